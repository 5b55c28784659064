//! Turning a parsed scenario into the compact form the engine and the
//! explorer run on, and the static checks that need no exploration:
//! names that exist, harm ids, expressions, weights, placeholders.
//!
//! `compile()` is a list of named steps over one compilation: each step
//! reads the scenario, reports what is wrong with its part in order, and
//! leaves what later steps need (the variables, the node names, the
//! placeholders every profile defines).
//!
//! The steps, in order, and their files: `check_metadata` (`metadata.rs`),
//! `declare_variables` (`variables.rs`), `name_nodes` and `resolve_start`
//! (`nodes.rs`), `collect_placeholders` (`placeholders.rs`), `compile_nodes`
//! (`nodes.rs`, decisions in `choices.rs`, conditions and effects in
//! `expressions.rs`) and `compile_profiles` (`profiles.rs`). The order is
//! the order of the diagnostics, which the checker then sorts by place. What
//! compiling produces is in `compiled.rs`; where things are in the file, in
//! `places.rs`.

mod choices;
mod compiled;
mod expressions;
mod metadata;
mod nodes;
mod placeholders;
mod places;
mod profiles;
mod variables;

pub use compiled::{
    CBranch, CChoice, CCond, CEffect, CKind, CNode, COperand, CProfile, CRoute, Compiled, Points,
    VarKind,
};
pub(crate) use compiled::{apply_effects, area_slot};
pub(crate) use expressions::{in_condition, resolve_condition};
pub(crate) use placeholders::placeholders;
pub(crate) use places::Places;

use crate::guide::Guide;
use crate::guide::area::Area;
use crate::scenario::Scenario;
use crate::scenario::diag::{Diagnostic, edit_distance};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use variables::Variables;

/// What compiling found: the compiled scenario (if it could be built),
/// every static problem, and where things are in the file (found once; the
/// checks after compiling place their messages with it too).
pub(crate) struct CompileOutput<'s> {
    pub(crate) compiled: Option<Compiled>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) places: Places<'s>,
}

/// Compile and statically check a scenario.
pub(crate) fn compile<'s>(
    scenario: Scenario,
    src: &'s str,
    file: &Path,
    guide: &Guide,
) -> CompileOutput<'s> {
    let places = Places::new(src);
    let mut cx = Compilation::new(&scenario, &places, file, guide);
    cx.check_metadata();
    cx.declare_variables();
    cx.name_nodes();
    let start = cx.resolve_start();
    cx.collect_placeholders();
    let nodes = cx.compile_nodes();
    cx.warn_quiet_decisions();
    let profiles = cx.compile_profiles();
    let Compilation {
        vars,
        node_ids,
        node_index,
        diagnostics,
        ..
    } = cx;
    let compiled = if diagnostics.iter().any(|x| x.is_error()) {
        None
    } else {
        start.map(|start| Compiled {
            texts: compiled::NodeText::of(&scenario),
            scenario,
            file: file.to_path_buf(),
            var_names: vars.names,
            var_kinds: vars.kinds,
            initial: vars.initial,
            node_ids,
            node_index,
            nodes,
            profiles,
            start,
        })
    };
    CompileOutput {
        compiled,
        diagnostics,
        places,
    }
}

/// One compilation of one file: what the steps read, what they leave for
/// later steps, and the diagnostics they report, in order.
struct Compilation<'a> {
    scenario: &'a Scenario,
    file: &'a Path,
    guide: &'a Guide,
    places: &'a Places<'a>,
    /// Every harm id of the guide.
    known_harms: BTreeSet<String>,
    /// Left by [`Compilation::declare_variables`]: the meters, then the
    /// scenario's own variables.
    vars: Variables,
    /// Left by [`Compilation::name_nodes`].
    node_ids: Vec<String>,
    node_index: HashMap<String, usize>,
    /// Left by [`Compilation::collect_placeholders`]: the placeholders
    /// every profile defines.
    defined: BTreeSet<String>,
    diagnostics: Vec<Diagnostic>,
    /// Decisions none of whose choices touches a harm, with their place:
    /// warned of after every node is compiled, so that the nodes the engine
    /// walks lie together in memory, not between thousands of messages (a
    /// choice then costs the same however many warnings a scenario has).
    quiet_decisions: Vec<(usize, (usize, usize))>,
}

impl<'a> Compilation<'a> {
    fn new(
        scenario: &'a Scenario,
        places: &'a Places<'a>,
        file: &'a Path,
        guide: &'a Guide,
    ) -> Self {
        Compilation {
            scenario,
            file,
            guide,
            places,
            known_harms: Area::all_harm_ids().into_iter().collect(),
            vars: Variables::default(),
            node_ids: Vec::new(),
            node_index: HashMap::new(),
            defined: BTreeSet::new(),
            diagnostics: Vec::new(),
            quiet_decisions: Vec::new(),
        }
    }

    fn error(&mut self, code: &str, message: String, help: String, at: (usize, usize)) {
        self.diagnostics
            .push(Diagnostic::error(self.file, code, message, help).at(at));
    }

    fn warning(&mut self, code: &str, message: String, help: String, at: (usize, usize)) {
        self.diagnostics
            .push(Diagnostic::warning(self.file, code, message, help).at(at));
    }

    /// Report `harm` as not one of the guide's harms.
    fn unknown_harm(&mut self, harm: &str, at: (usize, usize)) {
        let help = match self.nearest_harm(harm) {
            Some(s) => format!("did you mean `{s}`? Harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7"),
            None => "harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7 (see the guide screen)".into(),
        };
        self.error(
            "unknown-harm",
            format!("`{harm}` is not one of the guide's harms"),
            help,
            at,
        );
    }

    /// The guide's harm id nearest to a misspelt one (case, spaces and
    /// dashes aside); of those as near, one of the area typed (`RS-6`
    /// finds an `RS` harm), then one of the scenario's area.
    fn nearest_harm(&self, found: &str) -> Option<String> {
        nearest_harm(found, &self.known_harms, self.scenario.area)
    }
}

/// See [`Compilation::nearest_harm`].
fn nearest_harm(found: &str, known: &BTreeSet<String>, area: Area) -> Option<String> {
    let typed: String = found
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_uppercase();
    let loose = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let f = loose(found);
    known
        .iter()
        .map(|h| (edit_distance(&f, &loose(h)), h))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, h)| {
            (
                *d,
                !h.starts_with(typed.as_str()) || typed.is_empty(),
                Area::of_harm(h) != Some(area),
            )
        })
        .map(|(_, h)| h.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_harm_finds_the_nearest_by_letters_then_area() {
        let known: BTreeSet<String> = Area::all_harm_ids().into_iter().collect();
        let near = |f: &str, a: Area| nearest_harm(f, &known, a);
        assert_eq!(near("id 2", Area::Shelter).as_deref(), Some("ID-2"));
        assert_eq!(near("ID-22", Area::Shelter).as_deref(), Some("ID-2"));
        // RS-6 does not exist: an RS harm, not ID-6 or MH-... .
        assert!(
            near("RS-6", Area::Identification)
                .unwrap()
                .starts_with("RS-")
        );
        // As near as each other: the scenario's area decides.
        assert_eq!(near("-2", Area::Justice).as_deref(), Some("CJ-2"));
        assert_eq!(near("zzzz-9", Area::Justice), None);
    }
    use crate::scenario::diag::parse_ron;

    /// The steps report in a fixed order (metadata, variables, node names,
    /// start, nodes, profiles); the checker sorts by place afterwards, so
    /// this order decides between problems at the same place.
    #[test]
    fn steps_report_in_order() {
        let src = r#"(
            id: "Bad Id", title: "", area: Identification, roles: [], summary: "s",
            vars: {"not": 1, "trust": true},
            profiles: [(weight: 0, effects: ["nothing += 1"])],
            start: "begin",
            nodes: {
                "start": (text: "{who}", choices: [
                    (text: "a", when: "trust >", causes: {"ID-9": 4}, next: "gone"),
                    (text: "b", effects: ["trust = true"], next: "start"),
                ]),
                "end": (),
            },
        )"#;
        let file = Path::new("x.ron");
        let scenario: Scenario = parse_ron(src, file).unwrap();
        let out = compile(scenario, src, file, &Guide::bundled().unwrap());
        let codes: Vec<&str> = out.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "bad-id",
                "id-not-file-name",
                "empty-field",
                "no-roles",
                "no-content-notes",
                "bad-variable-name",
                "meter-not-number",
                "unknown-node",
                "dead-end",
                "unknown-placeholder",
                "bad-condition",
                "unknown-harm",
                "unknown-node",
                "effect-type",
                "weight-not-positive",
                "unknown-variable",
            ]
        );
        assert!(out.compiled.is_none());
    }
}
