//! The case checker: one case file in, a [`CaseCheck`] out (the
//! [`CheckedCase`] if it is usable, and every diagnostic), checked against
//! the scenarios of a [`Library`]. The checks of each stage's facts and
//! placeholders are in `facts.rs`; those that need the stages' state spaces
//! (every stage starts from every ending of the one before, the totals) in
//! `chain.rs`.

use super::chain::{self, CaseTotals};
use super::format::{Case, Stage};
use super::state::Carried;
use crate::guide::area::Area;
use crate::scenario::check::Checked;
use crate::scenario::compile::{CCond, placeholders};
use crate::scenario::diag::{Diagnostic, LoadError, parse_ron, suggest};
use crate::scenario::library::Library;
use crate::scenario::locate::{Locator, Span};
use crate::scenario::{METERS, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The facts every case uses, by these names (see `docs/authoring.md`).
pub const FACTS: [&str; 9] = [
    "identified",
    "detained",
    "documents_taken",
    "phone_taken",
    "family_told",
    "testified",
    "consented_exam",
    "referred_health",
    "has_support",
];

/// A case that passed the checker's errors (warnings may remain), with its
/// stage scenarios from the library and its best and worst totals.
#[derive(Debug, Clone)]
pub struct CheckedCase {
    pub case: Case,
    pub file: PathBuf,
    /// The stage scenarios, in the order of `case.stages`.
    pub stages: Vec<Checked>,
    /// The best and worst totals over the whole journey.
    pub totals: CaseTotals,
    pub warnings: Vec<Diagnostic>,
    pub(crate) carried: Carried,
    /// The condition of each handover line, by stage (None: always shown).
    pub(crate) handover: Vec<Vec<Option<CCond>>>,
    /// The condition of each link (None: always).
    pub(crate) links: Vec<Option<CCond>>,
    /// The person's values each stage's texts are filled with, where they
    /// differ from `case.values` (a case in a language whose stage is not
    /// translated as far as its own texts: see
    /// `i18n::Translations::case`); empty: `case.values` for every stage.
    pub(crate) stage_values: Vec<std::collections::BTreeMap<String, String>>,
}

impl CheckedCase {
    pub fn id(&self) -> &str {
        &self.case.id
    }

    /// The same case over other copies of its stages (such as the stages in
    /// another language: same structure, other texts).
    pub fn with_stages(&self, stages: Vec<Checked>) -> CheckedCase {
        CheckedCase {
            stages,
            ..self.clone()
        }
    }

    /// The person's values that stage `index`'s texts are filled with:
    /// the case's `values`, unless a translation keeps some English there
    /// so that no sentence mixes languages.
    pub fn stage_values(&self, index: usize) -> &std::collections::BTreeMap<String, String> {
        self.stage_values.get(index).unwrap_or(&self.case.values)
    }

    /// The same case with other texts (the same stages, handovers and links
    /// in another language), and the values each stage's texts are filled
    /// with. Only for `i18n`: the structure must not change.
    pub(crate) fn with_texts(
        &self,
        case: Case,
        stages: Vec<Checked>,
        stage_values: Vec<std::collections::BTreeMap<String, String>>,
    ) -> CheckedCase {
        CheckedCase {
            case,
            stages,
            stage_values,
            ..self.clone()
        }
    }
}

/// The result of checking one case file.
pub struct CaseCheck {
    pub file: PathBuf,
    pub checked: Option<CheckedCase>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Check one case file on disk against `library`.
pub fn check_case_file(path: &Path, library: &Library) -> CaseCheck {
    check_case_file_with(path, library, Walk::Chain)
}

/// [`check_case_file`], walking the journey as `walk` says.
pub fn check_case_file_with(path: &Path, library: &Library, walk: Walk) -> CaseCheck {
    match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(src)) => check_case_source_with(&src, path, library, walk),
        Ok(Err(_)) => failed(
            path,
            Diagnostic::error(
                path,
                "not-utf8",
                "the file is not saved as UTF-8 text",
                "save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            )
            .at((1, 1)),
        ),
        Err(e) => failed(path, LoadError::io(path, &e).diagnostics().remove(0)),
    }
}

fn failed(file: &Path, d: Diagnostic) -> CaseCheck {
    CaseCheck {
        file: file.to_path_buf(),
        checked: None,
        diagnostics: vec![d],
    }
}

/// Check case text as if read from `file`, against `library`.
pub fn check_case_source(src: &str, file: &Path, library: &Library) -> CaseCheck {
    check_case_source_with(src, file, library, Walk::Chain)
}

/// How much of a journey a check walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Walk {
    /// Every stage from every ending of the one before, for the best and
    /// worst totals: what `frontline check` does (seconds, and memory for
    /// the stages' explorations).
    Chain,
    /// The stages' scene graphs only: every other check, and totals that
    /// are estimates. What the game does, so that it stays small and quick.
    Graph,
}

/// [`check_case_source`], walking the journey as `walk` says.
pub fn check_case_source_with(src: &str, file: &Path, library: &Library, walk: Walk) -> CaseCheck {
    let case: Case = match parse_ron(src, file) {
        Ok(c) => c,
        Err(e) => {
            return CaseCheck {
                file: file.to_path_buf(),
                checked: None,
                diagnostics: e.diagnostics(),
            };
        }
    };
    let mut cx = CaseChecker {
        case: &case,
        file,
        loc: Locator::new(src),
        carried: Carried::new(&case.facts),
        d: Vec::new(),
    };
    cx.metadata();
    cx.facts();
    let stages = cx.stages(library);
    let handover = cx.handovers();
    let links = cx.links(&stages);
    if let Some(stages) = stages.iter().cloned().collect::<Option<Vec<Checked>>>() {
        for (i, s) in stages.iter().enumerate() {
            cx.stage_facts(i, s.scenario(), &stages);
            cx.stage_placeholders(i, s.scenario());
        }
    }
    let mut checked = None;
    if !cx.d.iter().any(Diagnostic::is_error)
        && let Some(stages) = stages.into_iter().collect::<Option<Vec<Checked>>>()
    {
        let x = match walk {
            Walk::Chain => chain::explore_chain(&stages, &cx.carried),
            Walk::Graph => chain::ChainExploration {
                totals: chain::graph_totals(&stages),
                problems: Vec::new(),
            },
        };
        for p in &x.problems {
            let at = cx.stage_at(p.stage);
            cx.error("stage-cannot-start", p.message.clone(), &p.help, at);
        }
        if x.totals.estimate && walk == Walk::Chain {
            let at = cx.top("stages");
            cx.warning(
                "case-partial",
                format!(
                    "a stage ends in more situations than the checker follows (more than {}: as many spread over them were followed), or is too large to walk: that every stage can start from every ending of the one before was checked only in part, and the best and worst totals are estimates that still bound the real ones",
                    chain::MAX_CARRIED
                ),
                "usual for real stages, whose meters end in many values; to check more, carry fewer facts or use bigger steps in the stages' numbers",
                at,
            );
        }
        if !cx.d.iter().any(Diagnostic::is_error) {
            checked = Some(CheckedCase {
                case: case.clone(),
                file: file.to_path_buf(),
                stages,
                totals: x.totals,
                warnings: cx.d.clone(),
                carried: cx.carried.clone(),
                handover,
                links,
                stage_values: Vec::new(),
            });
        }
    }
    let mut diagnostics = cx.d;
    diagnostics.sort_by_key(|d| (d.line, d.column));
    if let Some(c) = &mut checked {
        c.warnings.clone_from(&diagnostics);
    }
    CaseCheck {
        file: file.to_path_buf(),
        checked,
        diagnostics,
    }
}

/// One check of one case file: what it reads and what it found.
pub(super) struct CaseChecker<'a> {
    pub(super) case: &'a Case,
    file: &'a Path,
    loc: Locator<'a>,
    pub(super) carried: Carried,
    pub(super) d: Vec<Diagnostic>,
}

impl CaseChecker<'_> {
    pub(super) fn error(&mut self, code: &str, message: String, help: &str, at: (usize, usize)) {
        self.d
            .push(Diagnostic::error(self.file, code, message, help).at(at));
    }

    pub(super) fn warning(&mut self, code: &str, message: String, help: &str, at: (usize, usize)) {
        self.d
            .push(Diagnostic::warning(self.file, code, message, help).at(at));
    }

    fn place(&self, span: Option<Span>) -> (usize, usize) {
        span.map(|s| self.loc.line_col(s.start)).unwrap_or((1, 1))
    }

    fn top(&self, field: &str) -> (usize, usize) {
        self.place(self.loc.field(self.loc.whole(), field))
    }

    fn stage_span(&self, i: usize) -> Option<Span> {
        self.loc
            .list_items(self.loc.whole(), "stages")
            .get(i)
            .copied()
    }

    fn stage_at(&self, i: usize) -> (usize, usize) {
        match self.stage_span(i) {
            Some(s) => self.place(Some(s)),
            None => self.top("stages"),
        }
    }

    /// The place of field `field` of stage `i`, or of the stage.
    pub(super) fn stage_field(&self, i: usize, field: &str) -> (usize, usize) {
        let span = self.stage_span(i).and_then(|s| self.loc.field(s, field));
        span.map_or_else(|| self.stage_at(i), |s| self.place(Some(s)))
    }

    fn item_at(&self, within: Option<Span>, list: &str, i: usize) -> Option<Span> {
        within.and_then(|w| self.loc.list_items(w, list).get(i).copied())
    }

    /// The id, title, summary, content notes and stages are there.
    fn metadata(&mut self) {
        let case = self.case;
        let at = self.top("id");
        if case.id.is_empty()
            || !case
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        {
            self.error(
                "bad-id",
                format!("the id `{}` is not a short name", case.id),
                "use lower-case letters, digits and dashes, such as `fisherman-journey`",
                at,
            );
        }
        if let Some(stem) = self.file.file_stem().and_then(|s| s.to_str())
            && self.file.extension().is_some_and(|e| e == "ron")
            && stem != case.id
        {
            self.warning(
                "id-not-file-name",
                format!(
                    "the id `{}` differs from the file name `{stem}.ron`",
                    case.id
                ),
                "rename the file or change the id, so facilitators find it",
                at,
            );
        }
        for (field, value) in [("title", &case.title), ("summary", &case.summary)] {
            if value.trim().is_empty() {
                let at = self.top(field);
                self.error(
                    "empty-field",
                    format!("`{field}` is empty"),
                    &format!("write the case's {field}"),
                    at,
                );
            }
        }
        if case.content_notes.is_empty() {
            let at = self.top("summary");
            self.warning(
                "no-content-notes",
                "the case has no content notes".into(),
                "add `content_notes: [...]` naming what may be hard to see, such as \"detention\"",
                at,
            );
        }
        if case.stages.is_empty() {
            let at = self.top("stages");
            self.error(
                "no-stages",
                "the case has no stages".into(),
                "list the stage scenarios in `stages: [(scenario: \"...\", role: ...), ...]`",
                at,
            );
        }
    }

    /// Fact names are names (not meters), numbers within range.
    fn facts(&mut self) {
        let span = self.loc.field(self.loc.whole(), "facts");
        for (name, value) in &self.case.facts {
            let at = self.place(
                span.and_then(|s| self.loc.string(s, name).map(|o| Span { start: o, end: o })),
            );
            let is_name = name
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !is_name || METERS.contains(&name.as_str()) {
                self.error(
                    "bad-fact-name",
                    format!("`{name}` cannot be a fact"),
                    "a fact is a name of letters, digits and `_`; trust, safety and wellbeing are carried always, not as facts",
                    at,
                );
            }
            if let Value::Number(n) = value
                && !(0..=100).contains(n)
            {
                self.error(
                    "number-out-of-range",
                    format!("the fact `{name}` starts at {n}, outside 0..100"),
                    "numbers are whole numbers from 0 to 100",
                    at,
                );
            }
        }
    }

    /// Each stage's scenario is in the library, and its role is one of the
    /// scenario's.
    fn stages(&mut self, library: &Library) -> Vec<Option<Checked>> {
        let case = self.case;
        let mut out = Vec::new();
        for (i, Stage { scenario, role, .. }) in case.stages.iter().enumerate() {
            let Some(c) = library.get(scenario) else {
                let known: Vec<&str> = library.scenarios.iter().map(|s| s.id()).collect();
                let help = match suggest(scenario, &known) {
                    Some(s) => format!("did you mean `{s}`? A scenario with errors is left out of the library: run `frontline check` on it"),
                    None => "write the id of a scenario of the scenarios folder; a scenario with errors is left out of the library: run `frontline check` on it".into(),
                };
                let at = self.stage_field(i, "scenario");
                self.error(
                    "unknown-stage",
                    format!(
                        "stage {} names the scenario `{scenario}`, which is not in the library",
                        i + 1
                    ),
                    &help,
                    at,
                );
                out.push(None);
                continue;
            };
            if !c.scenario().roles.contains(role) {
                let roles: Vec<String> = c
                    .scenario()
                    .roles
                    .iter()
                    .map(|r| format!("{r:?}"))
                    .collect();
                let at = self.stage_field(i, "role");
                self.error(
                    "role-not-in-stage",
                    format!("stage {} is played as {role:?}, which is not one of the roles of `{scenario}`", i + 1),
                    &format!("use one of its roles: {}", roles.join(", ")),
                    at,
                );
            }
            out.push(Some(c.clone()));
        }
        out
    }

    /// A condition of the case, compiled over the carried names.
    fn condition(&mut self, when: &str, within: Option<Span>) -> Option<CCond> {
        match self.carried.condition(when) {
            Ok(c) => Some(c),
            Err((m, h)) => {
                let at = self.place(
                    within
                        .and_then(|s| self.loc.string(s, when))
                        .map(|o| Span { start: o, end: o })
                        .or(within),
                );
                self.error("bad-condition", m, &h, at);
                None
            }
        }
    }

    /// The handover lines: conditions and placeholders.
    fn handovers(&mut self) -> Vec<Vec<Option<CCond>>> {
        let case = self.case;
        let mut out = Vec::new();
        for (i, stage) in case.stages.iter().enumerate() {
            let mut conds = Vec::new();
            if i == 0 && !stage.handover.is_empty() {
                let at = self.stage_field(0, "handover");
                self.warning(
                    "handover-before-first-stage",
                    "the first stage has a handover, but nothing is handed over before the first stage: it is never shown".into(),
                    "move the lines to the second stage, or write them into the first stage's scenario",
                    at,
                );
            }
            for (k, h) in stage.handover.iter().enumerate() {
                let span = self.item_at(self.stage_span(i), "handover", k);
                conds.push(h.when.as_ref().and_then(|w| self.condition(w, span)));
                let at = self.place(span);
                self.case_placeholders(
                    &h.text,
                    &format!("handover line {} of stage {}", k + 1, i + 1),
                    at,
                );
            }
            out.push(conds);
        }
        out
    }

    /// Placeholders in the case's own texts are in `values`.
    fn case_placeholders(&mut self, text: &str, what: &str, at: (usize, usize)) {
        for p in placeholders(text) {
            if !self.case.values.contains_key(&p) {
                self.error(
                    "unknown-placeholder",
                    format!("{what} uses `{{{p}}}`, which the case's `values` do not define"),
                    &format!("add \"{p}\": \"...\" to `values`, or write `{{{{` for a plain brace"),
                    at,
                );
            }
        }
    }

    /// The links: real harms, caused by an earlier and a later stage.
    fn links(&mut self, stages: &[Option<Checked>]) -> Vec<Option<CCond>> {
        let case = self.case;
        let known: BTreeSet<String> = Area::all_harm_ids().into_iter().collect();
        let causes = |s: &Option<Checked>, harm: &str| {
            s.as_ref().is_some_and(|c| {
                c.scenario()
                    .nodes
                    .values()
                    .any(|n| n.choices.iter().any(|ch| ch.causes.contains_key(harm)))
            })
        };
        let mut out = Vec::new();
        for (k, link) in case.links.iter().enumerate() {
            let span = self.item_at(Some(self.loc.whole()), "links", k);
            let at = self.place(span);
            out.push(link.when.as_ref().and_then(|w| self.condition(w, span)));
            self.case_placeholders(&link.text, &format!("link {}", k + 1), at);
            let mut ok = true;
            for harm in [&link.from, &link.to] {
                if !known.contains(harm) {
                    ok = false;
                    self.error(
                        "unknown-harm",
                        format!("`{harm}` is not one of the guide's harms"),
                        "harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7",
                        at,
                    );
                }
            }
            if !ok || stages.iter().any(Option::is_none) {
                continue;
            }
            let first = stages.iter().position(|s| causes(s, &link.from));
            let happens =
                first.is_some_and(|i| stages[i + 1..].iter().any(|s| causes(s, &link.to)));
            if !happens {
                let message = match first {
                    None => format!(
                        "the link from `{}` to `{}` can never happen: no stage causes `{}`",
                        link.from, link.to, link.from
                    ),
                    Some(i) => format!(
                        "the link from `{}` to `{}` can never happen: no stage after stage {} causes `{}`",
                        link.from,
                        link.to,
                        i + 1,
                        link.to
                    ),
                };
                self.error(
                    "link-never-happens",
                    message,
                    "name a harm a choice of an earlier stage causes in `from`, and one a later stage causes in `to`",
                    at,
                );
            }
        }
        out
    }
}
