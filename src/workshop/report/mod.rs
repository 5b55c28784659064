//! The group report a facilitator leads the debrief with: over a set of
//! result records (optionally one workshop's), the table of trainees and
//! scores, scores per scenario, the harms the group caused most, how the
//! group chose at each decision point, the case journeys played across
//! trainees as chains of stages, and the scenarios nobody has played.
//!
//! [`GroupReport`] is plain data (the game's dashboard draws it), built by
//! the statistics step (`stats`); the renderers give text ([`render_text`]),
//! CSV ([`render_csv`], [`render_harms_csv`], [`render_journeys_csv`]) and JSON ([`render_json`]) for
//! the command line and for export.

mod csv;
mod journeys;
mod json;
mod stats;
mod text;

pub use csv::{render_csv, render_harms_csv};
pub use journeys::{JourneyChain, JourneyStage, journey_lines, render_journeys_csv};
pub use json::render_json;
pub use text::render_text;

use crate::guide::area::Area;
use crate::save::progress::Mode;
use crate::scenario::Tone;
use crate::sim::engine::HarmKind;
use crate::workshop::records::ResultRecord;
use serde::Serialize;
use std::collections::BTreeMap;

/// The group report. It is output only (rendered, drawn), never read
/// back, so it serialises but does not deserialise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupReport {
    /// The workshop the report is limited to (normalised), if any.
    pub workshop: Option<String>,
    pub attempts: usize,
    /// Distinct pseudonyms.
    pub trainees: usize,
    /// The table of trainees: one row per attempt, its result record as it
    /// is (not a copy of its fields). Sorted by pseudonym, then scenario,
    /// then finish time. In JSON each row is an object of the row's
    /// columns (see [`render_json`]).
    #[serde(serialize_with = "json::rows")]
    pub rows: Vec<ResultRecord>,
    /// By scenario id.
    pub scenarios: Vec<ScenarioStats>,
    /// Most caused first (then least avoided, then id).
    pub harms: Vec<HarmStats>,
    /// By scenario, then the place in the run, then node id.
    pub decisions: Vec<DecisionStats>,
    /// Scenarios of the library with no attempt in the report.
    pub not_played: Vec<UnplayedScenario>,
    /// The case journeys played across trainees (attempts whose record
    /// names a journey): by case, then the first finish.
    pub journeys: Vec<JourneyChain>,
}

/// How often an ending was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndingCount {
    pub node: String,
    pub title: String,
    pub tone: Tone,
    pub count: usize,
}

/// Scores of one scenario across the group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioStats {
    pub id: String,
    pub title: String,
    pub attempts: usize,
    /// Distinct pseudonyms.
    pub trainees: usize,
    pub mean: f64,
    pub min: u8,
    pub max: u8,
    /// Most reached first.
    pub endings: Vec<EndingCount>,
}

/// A harm across the group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HarmStats {
    pub id: String,
    /// From the guide, else as recorded, else the id.
    pub title: String,
    /// Times caused and avoided, over all attempts.
    pub caused: usize,
    pub avoided: usize,
    /// Attempts that caused it at least once.
    pub attempts_caused: usize,
}

/// One option at a decision point and how many took it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChoiceStats {
    /// Index in the node's `choices` (0-based).
    pub index: usize,
    /// As shown to a trainee who took it, else from the scenario library
    /// (filled in for the person a trainee of the group met).
    pub text: String,
    pub count: usize,
    /// Harm balance of the choice when the library has the scenario:
    /// harm ids it causes and avoids.
    pub causes: Vec<String>,
    pub avoids: Vec<String>,
}

/// How the group chose at one decision point (scenario and node).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionStats {
    pub scenario: String,
    pub scenario_title: String,
    pub node: String,
    /// How many times the decision was taken (attempts that reached it).
    pub taken: usize,
    /// The earliest place in a run the decision came (0-based), for ordering.
    pub first_decision: usize,
    /// Every choice of the node when the library has the scenario (untaken
    /// ones with 0), else the choices taken; in the node's order.
    pub choices: Vec<ChoiceStats>,
}

/// A scenario of the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnplayedScenario {
    pub id: String,
    pub title: String,
}

// The columns of a row of the trainees' table that are not a field of the
// record as it is, for the renderers.

/// Harm id to how many times the attempt caused (or avoided) it.
fn harm_counts(r: &ResultRecord, kind: HarmKind) -> BTreeMap<&str, u32> {
    let mut counts = BTreeMap::new();
    for h in r.harms.iter().filter(|h| h.kind == kind) {
        *counts.entry(h.id.as_str()).or_insert(0) += 1;
    }
    counts
}

/// Score per area the attempt touched.
fn area_scores(r: &ResultRecord) -> BTreeMap<Area, u8> {
    r.score.areas.iter().map(|a| (a.area, a.score)).collect()
}

/// The choice numbers as shown, in order.
fn choice_numbers(r: &ResultRecord) -> Vec<usize> {
    r.choices.iter().map(|c| c.number).collect()
}

fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Coach => "coach",
        Mode::Assessment => "assessment",
    }
}

fn tone_name(t: Tone) -> &'static str {
    match t {
        Tone::Good => "good",
        Tone::Mixed => "mixed",
        Tone::Poor => "poor",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_report_says_so() {
        let r = GroupReport::build(&[], Some("ab-cd"), None);
        assert_eq!(r.workshop.as_deref(), Some("ABCD"));
        assert!(
            render_text(&r, &crate::i18n::Ui::new(crate::i18n::Lang::En))
                .contains("No results to report.")
        );
        assert_eq!(render_csv(&r).lines().count(), 1);
        let v: serde_json::Value = serde_json::from_str(&render_json(&r)).unwrap();
        assert_eq!(v["attempts"], 0);
    }
}
