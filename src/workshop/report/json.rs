//! The group report as JSON: the [`GroupReport`] fields, each row of the
//! trainees' table as an object of its columns.

use super::{GroupReport, area_scores, choice_numbers, harm_counts};
use crate::guide::area::{Area, Role};
use crate::save::progress::Mode;
use crate::scenario::Tone;
use crate::sim::engine::HarmKind;
use crate::workshop::records::ResultRecord;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// The report as pretty JSON (the [`GroupReport`] fields).
pub fn render_json(r: &GroupReport) -> String {
    serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// One row of `rows` in the JSON report: borrowed from the attempt's
/// record, with the columns a record does not hold as it is (the overall
/// score, scores per area, choice numbers, harm counts) worked out. The
/// field names and their order are the shape of `report --json`.
#[derive(Serialize)]
struct AttemptRow<'a> {
    attempt: &'a str,
    trainee: &'a str,
    role: Role,
    scenario: &'a str,
    scenario_title: &'a str,
    scenario_version: i64,
    seed: u64,
    score: u8,
    area_scores: BTreeMap<Area, u8>,
    ending: &'a str,
    ending_node: &'a str,
    tone: Tone,
    mode: Mode,
    workshop: Option<&'a str>,
    started: &'a str,
    finished: &'a str,
    duration_secs: u64,
    choices: Vec<usize>,
    caused: BTreeMap<&'a str, u32>,
    avoided: BTreeMap<&'a str, u32>,
}

impl<'a> AttemptRow<'a> {
    fn of(r: &'a ResultRecord) -> Self {
        AttemptRow {
            attempt: &r.attempt,
            trainee: &r.trainee,
            role: r.role,
            scenario: &r.scenario,
            scenario_title: &r.scenario_title,
            scenario_version: r.scenario_version,
            seed: r.seed,
            score: r.score.overall,
            area_scores: area_scores(r),
            ending: &r.ending.title,
            ending_node: &r.ending.node,
            tone: r.ending.tone,
            mode: r.mode,
            workshop: r.workshop.as_deref(),
            started: &r.started,
            finished: &r.finished,
            duration_secs: r.duration_secs,
            choices: choice_numbers(r),
            caused: harm_counts(r, HarmKind::Caused),
            avoided: harm_counts(r, HarmKind::Avoided),
        }
    }
}

/// Serialise [`GroupReport::rows`] as a list of row objects.
pub(super) fn rows<S: Serializer>(rows: &[ResultRecord], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(rows.iter().map(AttemptRow::of))
}
