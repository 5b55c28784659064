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
pub(crate) use placeholders::placeholders;
pub(crate) use places::Places;

use crate::guide::Guide;
use crate::guide::area::Area;
use crate::scenario::Scenario;
use crate::scenario::diag::{Diagnostic, suggest};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use variables::Variables;

/// What compiling found: the compiled scenario (if it could be built) and
/// every static problem.
pub(crate) struct CompileOutput {
    pub(crate) compiled: Option<Compiled>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Compile and statically check a scenario.
pub(crate) fn compile(scenario: Scenario, src: &str, file: &Path, guide: &Guide) -> CompileOutput {
    let mut cx = Compilation::new(&scenario, src, file, guide);
    cx.check_metadata();
    cx.declare_variables();
    cx.name_nodes();
    let start = cx.resolve_start();
    cx.collect_placeholders();
    let nodes = cx.compile_nodes();
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
    }
}

/// One compilation of one file: what the steps read, what they leave for
/// later steps, and the diagnostics they report, in order.
struct Compilation<'a> {
    scenario: &'a Scenario,
    file: &'a Path,
    guide: &'a Guide,
    places: Places<'a>,
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
}

impl<'a> Compilation<'a> {
    fn new(scenario: &'a Scenario, src: &'a str, file: &'a Path, guide: &'a Guide) -> Self {
        Compilation {
            scenario,
            file,
            guide,
            places: Places::new(src),
            known_harms: Area::all_harm_ids().into_iter().collect(),
            vars: Variables::default(),
            node_ids: Vec::new(),
            node_index: HashMap::new(),
            defined: BTreeSet::new(),
            diagnostics: Vec::new(),
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
        let help = harm_help(harm, &self.known_harms);
        self.error(
            "unknown-harm",
            format!("`{harm}` is not one of the guide's harms"),
            help,
            at,
        );
    }
}

fn harm_help(found: &str, known: &BTreeSet<String>) -> String {
    let names: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
    match suggest(&found.to_uppercase(), &names) {
        Some(s) => format!("did you mean `{s}`? Harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7"),
        None => "harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7 (see the guide screen)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
