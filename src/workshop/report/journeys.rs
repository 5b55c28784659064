//! The journeys of the group report: each case journey played across
//! trainees (records with a [`JourneyRef`](crate::workshop::records::JourneyRef)),
//! as the chain of its stages in order, who played each, and the stages
//! nobody has played yet. Built here, rendered as text, CSV and (through
//! [`GroupReport`]) JSON.

use super::csv::csv_line;
use super::text::cut;
use super::{GroupReport, tone_name};
use crate::guide::area::Role;
use crate::i18n::{Ui, names};
use crate::scenario::Tone;
use crate::tr;
use crate::workshop::records::ResultRecord;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One case journey, played by one or more trainees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JourneyChain {
    /// The journey's id (a UUID).
    pub journey: String,
    /// The case's id.
    pub case: String,
    /// The case's seed.
    pub seed: u64,
    /// How many stages the case has.
    pub stages: usize,
    /// The stages played, in order of stage (a stage played twice appears
    /// twice, the earlier finish first).
    pub played: Vec<JourneyStage>,
    /// The stages nobody has played yet (1-based).
    pub missing: Vec<usize>,
}

/// One stage of a journey, played.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JourneyStage {
    /// 1-based.
    pub stage: usize,
    pub role: Role,
    pub trainee: String,
    pub scenario: String,
    pub scenario_title: String,
    pub score: u8,
    /// The ending's title.
    pub ending: String,
    pub tone: Tone,
    /// The attempt id of the stage's result record.
    pub attempt: String,
    pub finished: String,
}

/// The journeys among `recs`: by case, then the first finish, then id.
pub(super) fn journeys(recs: &[&ResultRecord]) -> Vec<JourneyChain> {
    let mut by: BTreeMap<&str, JourneyChain> = BTreeMap::new();
    for r in recs {
        let Some(j) = &r.journey else { continue };
        let chain = by
            .entry(j.journey.as_str())
            .or_insert_with(|| JourneyChain {
                journey: j.journey.clone(),
                case: j.case.clone(),
                seed: j.seed,
                stages: 0,
                played: Vec::new(),
                missing: Vec::new(),
            });
        chain.stages = chain.stages.max(j.stages);
        chain.played.push(JourneyStage {
            stage: j.stage,
            role: r.role,
            trainee: r.trainee.clone(),
            scenario: r.scenario.clone(),
            scenario_title: r.scenario_title.clone(),
            score: r.score.overall,
            ending: r.ending.title.clone(),
            tone: r.ending.tone,
            attempt: r.attempt.clone(),
            finished: r.finished.clone(),
        });
    }
    let mut out: Vec<JourneyChain> = by.into_values().collect();
    for c in &mut out {
        c.played.sort_by(|a, b| {
            (a.stage, &a.finished, &a.attempt).cmp(&(b.stage, &b.finished, &b.attempt))
        });
        c.missing = (1..=c.stages)
            .filter(|k| !c.played.iter().any(|p| p.stage == *k))
            .collect();
    }
    out.sort_by(|a, b| {
        let first = |c: &JourneyChain| c.played.iter().map(|p| p.finished.clone()).min();
        (&a.case, first(a), &a.journey).cmp(&(&b.case, first(b), &b.journey))
    });
    out
}

/// A journey as it is read: its heading, then one line a stage, in order,
/// the stages not played yet where they belong (the report's text and the
/// game's dashboard show these).
pub fn journey_lines(j: &JourneyChain, ui: &Ui) -> (String, Vec<String>) {
    let played = j.stages.saturating_sub(j.missing.len());
    let head = tr!(
        ui,
        "report-journey",
        case = j.case.as_str(),
        journey = j.journey.chars().take(8).collect::<String>(),
        played = played,
        stages = j.stages
    );
    let mut lines: Vec<(usize, String)> = j
        .played
        .iter()
        .map(|s| {
            let line = tr!(
                ui,
                "report-journey-stage",
                stage = s.stage.to_string(),
                role = names::role(ui, s.role),
                trainee = cut(&s.trainee, 24),
                score = s.score.to_string(),
                ending = cut(&s.ending, 40),
                tone = names::tone(ui, s.tone)
            );
            (s.stage, line)
        })
        .collect();
    lines.extend(j.missing.iter().map(|k| {
        let line = tr!(ui, "report-journey-missing", stage = k.to_string());
        (*k, line)
    }));
    // Stable: a stage's plays stay in their order.
    lines.sort_by_key(|(k, _)| *k);
    (head, lines.into_iter().map(|(_, l)| l).collect())
}

/// The journeys as text: one chain per journey, each stage on its line,
/// in order, the stages not played yet where they belong.
pub(super) fn render_journeys_text(out: &mut String, r: &GroupReport, ui: &Ui) {
    if r.journeys.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", tr!(ui, "report-journeys"));
    for j in &r.journeys {
        let (head, lines) = journey_lines(j, ui);
        let _ = writeln!(out, "\n  {head}");
        for (i, line) in lines.iter().enumerate() {
            let arrow = if i == 0 { "  " } else { "->" };
            let _ = writeln!(out, "    {arrow} {line}");
        }
    }
}

/// The journeys as their own CSV (RFC 4180), one row per stage of each
/// journey, the stages not played yet included: `journey, case, seed,
/// stage, stages, status` (`played` or `missing`), `role, trainee,
/// scenario, score, ending, tone, attempt, finished` (empty for a missing
/// stage). Stages in order within a journey; journeys as in the report.
pub fn render_journeys_csv(r: &GroupReport) -> String {
    let mut out = String::new();
    csv_line(
        &mut out,
        &[
            "journey", "case", "seed", "stage", "stages", "status", "role", "trainee", "scenario",
            "score", "ending", "tone", "attempt", "finished",
        ]
        .map(String::from),
    );
    for j in &r.journeys {
        let head = |stage: usize, status: &str| {
            vec![
                j.journey.clone(),
                j.case.clone(),
                j.seed.to_string(),
                stage.to_string(),
                j.stages.to_string(),
                status.to_string(),
            ]
        };
        let mut rows: Vec<(usize, Vec<String>)> = j
            .played
            .iter()
            .map(|s| {
                let mut row = head(s.stage, "played");
                row.extend([
                    s.role.title().to_string(),
                    s.trainee.clone(),
                    s.scenario.clone(),
                    s.score.to_string(),
                    s.ending.clone(),
                    tone_name(s.tone).to_string(),
                    s.attempt.clone(),
                    s.finished.clone(),
                ]);
                (s.stage, row)
            })
            .collect();
        rows.extend(j.missing.iter().map(|k| {
            let mut row = head(*k, "missing");
            row.extend(std::iter::repeat_n(String::new(), 8));
            (*k, row)
        }));
        rows.sort_by_key(|(k, _)| *k);
        for (_, row) in rows {
            csv_line(&mut out, &row);
        }
    }
    out
}
