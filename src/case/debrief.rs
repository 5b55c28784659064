//! The debrief of a journey: each stage's own debrief (score and
//! decisions), the case's total between its best and worst, and the chains
//! by which a harm at one stage led to one at a later stage.

use super::chain::CaseTotals;
use super::run::CaseRun;
use super::state::render;
use crate::guide::Guide;
use crate::guide::area::Role;
use crate::sim::debrief::{Debrief, debrief, normalise};
use crate::sim::engine::HarmKind;
use serde::{Deserialize, Serialize};

/// One stage in the debrief of a journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageDebrief {
    /// 1-based place of the stage in the case.
    pub stage: usize,
    pub role: Role,
    /// The handover lines shown at its start.
    pub handover: Vec<String>,
    /// The stage's own debrief (its score against the stage's own best and
    /// worst, its decisions).
    pub debrief: Debrief,
}

/// The journey's total: the points of every stage, between the best and
/// worst totals reachable over the whole case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseScore {
    /// 0 to 100.
    pub overall: u8,
    pub points: i32,
    pub best: i32,
    pub worst: i32,
    /// The best and worst are estimates (see [`CaseTotals::estimate`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimate: bool,
}

/// A link of the case that happened: harm `from` caused at one stage, harm
/// `to` at a later one, and the link's condition held at the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    pub from: String,
    /// 1-based stage where `from` was caused (the first time).
    pub from_stage: usize,
    pub to: String,
    /// 1-based stage where `to` was caused (the first after `from_stage`).
    pub to_stage: usize,
    /// The link's sentence with the person's placeholders filled.
    pub text: String,
}

/// Everything shown after a journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDebrief {
    pub case: String,
    pub title: String,
    pub seed: u64,
    /// Whether the last stage reached an ending.
    pub finished: bool,
    /// The stages played, the last possibly unfinished.
    pub stages: Vec<StageDebrief>,
    pub score: CaseScore,
    pub chains: Vec<Chain>,
}

/// Build the debrief of a journey (finished or not).
pub fn case_debrief(run: &CaseRun, guide: &Guide) -> CaseDebrief {
    let case = run.case();
    let stages: Vec<StageDebrief> = run
        .stages()
        .iter()
        .map(|s| {
            let mut debrief = debrief(&s.session, guide);
            // The person met is the case's, whichever profile the stage's
            // seed picked for its events.
            if let Some(name) = case.case.values.get("name") {
                debrief.profile.clone_from(name);
            }
            StageDebrief {
                stage: s.index + 1,
                role: case.case.stages[s.index].role,
                handover: s.handover.clone(),
                debrief,
            }
        })
        .collect();
    let points = stages.iter().map(|s| s.debrief.score.points).sum();
    let CaseTotals {
        best,
        worst,
        estimate,
    } = case.totals;
    let caused = |s: &StageDebrief, harm: &str| {
        s.debrief
            .harms()
            .any(|(_, h)| h.id == harm && h.kind == HarmKind::Caused)
    };
    let values = run.carried_values();
    let mut chains = Vec::new();
    for (link, when) in case.case.links.iter().zip(&case.links) {
        if when.as_ref().is_some_and(|w| !w.holds(&values)) {
            continue;
        }
        let Some(from) = stages.iter().position(|s| caused(s, &link.from)) else {
            continue;
        };
        if let Some(to) = stages[from + 1..].iter().position(|s| caused(s, &link.to)) {
            chains.push(Chain {
                from: link.from.clone(),
                from_stage: from + 1,
                to: link.to.clone(),
                to_stage: from + 2 + to,
                text: render(&link.text, &case.case.values),
            });
        }
    }
    CaseDebrief {
        case: case.id().to_string(),
        title: case.case.title.clone(),
        seed: run.seed(),
        finished: run.is_ended(),
        stages,
        score: CaseScore {
            overall: normalise(points, best, worst),
            points,
            best,
            worst,
            estimate,
        },
        chains,
    }
}
