//! The JSON the command line prints for `run --json`, `check --format json`,
//! `list --json`, `case run --json` and `case list --json`.
//!
//! These shapes are a contract: facilitators' scripts and CI read them. Add
//! a field only with care, and never rename or remove one without saying so
//! in the release notes. [`to_json`] writes them the one way they are
//! written: pretty-printed, with the keys of every object, nested ones too,
//! in alphabetical order (the fields below are declared in that order).
//! `coverage --json` prints the library's coverage map
//! (`scenario::library::Coverage` by harm id) as it serialises, not
//! through [`to_json`]: its keys are `caused`, then `avoided`.

use crate::guide::area::{Area, Role};
use crate::scenario::check::{Checked, FileCheck};
use crate::scenario::diag::Diagnostic;
use crate::sim::debrief::{Debrief, Score};
use crate::sim::engine::{HarmKind, HarmRecord, LogEntry, OpenChoice, Session};
use serde::Serialize;
use std::path::PathBuf;

/// `value` as the command line prints it: pretty JSON with the keys of every
/// object in alphabetical order, without a final newline.
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Through a `Value`: its maps keep their keys sorted at every level,
    // also in types (debrief, transcript) declared in another order.
    let value = serde_json::to_value(value).expect("the outputs serialise to JSON");
    serde_json::to_string_pretty(&value).expect("JSON values print")
}

/// `frontline run --json`: a scripted run, its transcript and debrief.
#[derive(Debug, Clone, Serialize)]
pub struct RunOutput {
    /// The numbers of the choices made, as the trainee saw them.
    pub choices: Vec<usize>,
    pub debrief: Debrief,
    /// The node id of the ending reached, `null` if the run has not ended.
    pub ending: Option<String>,
    /// Whether the run reached an ending.
    pub finished: bool,
    /// Every harm caused or avoided, in the order of the decisions.
    pub harms: Vec<RunHarm>,
    /// The language of the texts (`--lang`).
    pub language: crate::i18n::Lang,
    /// The choices open where the run stops (empty at an ending).
    pub open_choices: Vec<OpenChoice>,
    /// The label of the person met.
    pub profile: String,
    /// The scenario id.
    pub scenario: String,
    /// The overall score, 0 to 100 (also `scores.overall`).
    pub score: u8,
    pub scores: Score,
    pub seed: u64,
    pub transcript: Vec<LogEntry>,
    /// The scenario's version.
    pub version: i64,
}

impl RunOutput {
    /// The output of `session` and its debrief.
    pub fn new(session: &Session, debrief: Debrief, language: crate::i18n::Lang) -> RunOutput {
        let scenario = session.checked().scenario();
        let steps = session.steps();
        RunOutput {
            choices: steps.iter().map(|s| s.number).collect(),
            ending: session.ending().map(|e| e.node),
            finished: session.is_ended(),
            harms: steps
                .iter()
                .flat_map(|s| s.harms.iter())
                .map(RunHarm::from)
                .collect(),
            language,
            open_choices: session.choices(),
            profile: session.profile_label().to_string(),
            scenario: scenario.id.clone(),
            score: debrief.score.overall,
            scores: debrief.score.clone(),
            seed: session.seed(),
            transcript: session.log(),
            version: scenario.version,
            debrief,
        }
    }
}

/// One harm of a run in `run --json`.
#[derive(Debug, Clone, Serialize)]
pub struct RunHarm {
    /// Whether `kind` is `caused`.
    pub caused: bool,
    /// The choice's 1-based place in its node's `choices`.
    pub choice: usize,
    /// Which decision of the run (1-based).
    pub decision: usize,
    /// The harm id, such as `ID-3`.
    pub id: String,
    /// `caused` or `avoided`.
    pub kind: HarmKind,
    /// The node of the decision.
    pub node: String,
    pub severity: u8,
}

impl From<&HarmRecord> for RunHarm {
    fn from(h: &HarmRecord) -> RunHarm {
        RunHarm {
            caused: h.kind == HarmKind::Caused,
            choice: h.choice + 1,
            decision: h.decision + 1,
            id: h.id.clone(),
            kind: h.kind,
            node: h.node.clone(),
            severity: h.severity,
        }
    }
}

/// `frontline check --format json`: every problem of the files checked.
#[derive(Debug, Clone, Serialize)]
pub struct CheckOutput {
    /// Every problem: first the paths that could not be read, then each
    /// file's in the order checked.
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    /// One entry per scenario file checked.
    pub files: Vec<CheckedFile>,
    /// Whether there is no error (warnings allowed).
    pub ok: bool,
    pub warnings: usize,
}

impl CheckOutput {
    /// The output for the files checked and the problems of paths that
    /// could not be read (`unread`).
    pub fn new(checks: &[FileCheck], unread: &[Diagnostic]) -> CheckOutput {
        let diagnostics: Vec<Diagnostic> = unread
            .iter()
            .chain(checks.iter().flat_map(|c| c.diagnostics.iter()))
            .cloned()
            .collect();
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        CheckOutput {
            errors,
            warnings: diagnostics.len() - errors,
            ok: errors == 0,
            files: checks.iter().map(CheckedFile::from).collect(),
            diagnostics,
        }
    }
}

/// One file in `check --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckedFile {
    pub errors: usize,
    /// The path as found (relative if the argument was).
    pub file: PathBuf,
    /// Whether the file has no error.
    pub ok: bool,
    pub warnings: usize,
}

impl From<&FileCheck> for CheckedFile {
    fn from(c: &FileCheck) -> CheckedFile {
        CheckedFile {
            errors: c.errors(),
            file: c.file.clone(),
            ok: c.errors() == 0,
            warnings: c.warnings(),
        }
    }
}

/// One scenario in `frontline list --json` (which prints an array of them).
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioListing {
    pub area: Area,
    pub id: String,
    /// The expected playing time.
    pub minutes: u32,
    /// How many nodes the scenario has.
    pub nodes: usize,
    pub roles: Vec<Role>,
    pub title: String,
    pub version: i64,
}

impl From<&Checked> for ScenarioListing {
    fn from(c: &Checked) -> ScenarioListing {
        let s = c.scenario();
        ScenarioListing {
            area: s.area,
            id: s.id.clone(),
            minutes: s.minutes,
            nodes: s.nodes.len(),
            roles: s.roles.clone(),
            title: s.title.clone(),
            version: s.version,
        }
    }
}

/// `frontline case run --json`: a scripted journey, each stage as `run
/// --json` gives a run, and the case's debrief.
#[derive(Debug, Clone, Serialize)]
pub struct CaseRunOutput {
    /// The case id.
    pub case: String,
    /// The meters and facts at the end (or where the journey stops), by name.
    pub carried: std::collections::BTreeMap<String, i32>,
    /// The chains of the case's links that happened.
    pub chains: Vec<crate::case::Chain>,
    /// The numbers of the choices made, in one list across the stages.
    pub choices: Vec<usize>,
    /// Whether the last stage reached an ending.
    pub finished: bool,
    /// The language of the texts (`--lang`).
    pub language: crate::i18n::Lang,
    /// The choices open where the journey stops (empty at its end).
    pub open_choices: Vec<OpenChoice>,
    /// The journey's total against the case's best and worst.
    pub score: crate::case::CaseScore,
    /// The case's seed (each stage's own is in its `run.seed`).
    pub seed: u64,
    /// The stages played, in order; the last may be unfinished.
    pub stages: Vec<CaseStageOutput>,
    pub title: String,
}

/// One stage in `case run --json`.
#[derive(Debug, Clone, Serialize)]
pub struct CaseStageOutput {
    /// The meters and facts carried in, by name (no meters for the first
    /// stage, which starts them itself).
    pub carried_in: std::collections::BTreeMap<String, i32>,
    /// The handover lines shown at its start.
    pub handover: Vec<String>,
    pub role: Role,
    /// The stage as `run --json` prints a run (its `choices` are this
    /// stage's, its `seed` the stage's own).
    pub run: RunOutput,
    /// 1-based place of the stage in the case.
    pub stage: usize,
}

impl CaseRunOutput {
    /// The output of a journey and its debrief.
    pub fn new(
        run: &crate::case::CaseRun,
        debrief: crate::case::CaseDebrief,
        language: crate::i18n::Lang,
    ) -> CaseRunOutput {
        let stages = run
            .stages()
            .iter()
            .zip(debrief.stages)
            .map(|(s, d)| CaseStageOutput {
                carried_in: s.carried_in.iter().cloned().collect(),
                handover: d.handover,
                role: d.role,
                run: RunOutput::new(&s.session, d.debrief, language),
                stage: d.stage,
            })
            .collect();
        CaseRunOutput {
            case: debrief.case,
            carried: run.carried().into_iter().collect(),
            chains: debrief.chains,
            choices: run.choices(),
            finished: debrief.finished,
            language,
            open_choices: run.current().session.choices(),
            score: debrief.score,
            seed: debrief.seed,
            stages,
            title: debrief.title,
        }
    }
}

/// One case in `frontline case list --json` (which prints an array of them).
#[derive(Debug, Clone, Serialize)]
pub struct CaseListing {
    /// The best and worst totals over the whole journey.
    pub best: i32,
    pub id: String,
    /// Each stage's scenario and role, in order.
    pub stages: Vec<CaseListingStage>,
    pub title: String,
    pub worst: i32,
}

/// One stage in `case list --json`.
#[derive(Debug, Clone, Serialize)]
pub struct CaseListingStage {
    pub role: Role,
    pub scenario: String,
}

impl From<&crate::case::CheckedCase> for CaseListing {
    fn from(c: &crate::case::CheckedCase) -> CaseListing {
        CaseListing {
            best: c.totals.best,
            id: c.id().to_string(),
            stages: c
                .case
                .stages
                .iter()
                .map(|s| CaseListingStage {
                    role: s.role,
                    scenario: s.scenario.clone(),
                })
                .collect(),
            title: c.case.title.clone(),
            worst: c.totals.worst,
        }
    }
}
