//! The statistics of the group report: the attempts of the workshop in
//! order, scores per scenario, harms across the group, and how the group
//! chose at each decision point (filled in from the scenario library).

use super::{
    ChoiceStats, DecisionStats, EndingCount, GroupReport, HarmStats, ScenarioStats,
    UnplayedScenario,
};
use crate::scenario::library::Library;
use crate::sim::engine::{HarmKind, Session};
use crate::workshop::code::normalise_code;
use crate::workshop::records::{ResultRecord, in_workshop};
use std::collections::{BTreeMap, BTreeSet};

impl GroupReport {
    /// Build the report over `records`, only those of `workshop` if given.
    /// The library (when given) supplies harm titles from its guide, the
    /// text of choices nobody took, and the scenarios nobody played.
    pub fn build(
        records: &[ResultRecord],
        workshop: Option<&str>,
        library: Option<&Library>,
    ) -> GroupReport {
        let code = workshop.map(normalise_code).filter(|c| !c.is_empty());
        let recs = workshop_attempts(records, code.as_deref());
        let trainees: BTreeSet<&str> = recs.iter().map(|r| r.trainee.as_str()).collect();
        GroupReport {
            attempts: recs.len(),
            trainees: trainees.len(),
            scenarios: scenario_stats(&recs),
            harms: harm_stats(&recs, library),
            decisions: decision_stats(&recs, library),
            not_played: library.map(|l| not_played(&recs, l)).unwrap_or_default(),
            journeys: super::journeys::journeys(&recs),
            rows: recs.into_iter().cloned().collect(),
            workshop: code,
        }
    }
}

/// The attempts of the workshop (all when `code` is None), sorted by
/// pseudonym (ignoring case), then scenario, then finish time.
fn workshop_attempts<'a>(records: &'a [ResultRecord], code: Option<&str>) -> Vec<&'a ResultRecord> {
    let mut recs: Vec<&ResultRecord> = records.iter().filter(|r| in_workshop(r, code)).collect();
    recs.sort_by(|a, b| {
        (
            a.trainee.to_lowercase(),
            &a.scenario,
            &a.finished,
            &a.attempt,
        )
            .cmp(&(
                b.trainee.to_lowercase(),
                &b.scenario,
                &b.finished,
                &b.attempt,
            ))
    });
    recs
}

/// The scenarios of the library that no attempt played.
fn not_played(recs: &[&ResultRecord], library: &Library) -> Vec<UnplayedScenario> {
    let played: BTreeSet<&str> = recs.iter().map(|r| r.scenario.as_str()).collect();
    library
        .scenarios
        .iter()
        .filter(|s| !played.contains(s.id()))
        .map(|s| UnplayedScenario {
            id: s.id().to_string(),
            title: s.scenario().title.clone(),
        })
        .collect()
}

fn scenario_stats(recs: &[&ResultRecord]) -> Vec<ScenarioStats> {
    let mut by: BTreeMap<&str, Vec<&ResultRecord>> = BTreeMap::new();
    for r in recs {
        by.entry(&r.scenario).or_default().push(r);
    }
    by.into_iter()
        .map(|(id, rs)| {
            let scores: Vec<u8> = rs.iter().map(|r| r.score.overall).collect();
            let mut endings: Vec<EndingCount> = Vec::new();
            for r in &rs {
                match endings.iter_mut().find(|e| e.node == r.ending.node) {
                    Some(e) => e.count += 1,
                    None => endings.push(EndingCount {
                        node: r.ending.node.clone(),
                        title: r.ending.title.clone(),
                        tone: r.ending.tone,
                        count: 1,
                    }),
                }
            }
            endings.sort_by(|a, b| b.count.cmp(&a.count).then(a.node.cmp(&b.node)));
            let trainees: BTreeSet<&str> = rs.iter().map(|r| r.trainee.as_str()).collect();
            ScenarioStats {
                id: id.to_string(),
                title: rs
                    .last()
                    .map(|r| r.scenario_title.clone())
                    .unwrap_or_default(),
                attempts: rs.len(),
                trainees: trainees.len(),
                mean: scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64,
                min: scores.iter().copied().min().unwrap_or(0),
                max: scores.iter().copied().max().unwrap_or(0),
                endings,
            }
        })
        .collect()
}

fn harm_stats(recs: &[&ResultRecord], library: Option<&Library>) -> Vec<HarmStats> {
    let mut by: BTreeMap<String, HarmStats> = BTreeMap::new();
    for r in recs {
        let mut caused_here = BTreeSet::new();
        for h in &r.harms {
            let e = by.entry(h.id.clone()).or_insert_with(|| HarmStats {
                id: h.id.clone(),
                title: library
                    .and_then(|l| l.guide.harm(&h.id))
                    .map(|g| g.title.clone())
                    .or_else(|| r.harm_titles.get(&h.id).cloned())
                    .unwrap_or_else(|| h.id.clone()),
                caused: 0,
                avoided: 0,
                attempts_caused: 0,
            });
            match h.kind {
                HarmKind::Caused => {
                    e.caused += 1;
                    if caused_here.insert(h.id.as_str()) {
                        e.attempts_caused += 1;
                    }
                }
                HarmKind::Avoided => e.avoided += 1,
            }
        }
    }
    let mut out: Vec<HarmStats> = by.into_values().collect();
    out.sort_by(|a, b| {
        b.caused
            .cmp(&a.caused)
            .then(a.avoided.cmp(&b.avoided))
            .then(a.id.cmp(&b.id))
    });
    out
}

fn decision_stats(recs: &[&ResultRecord], library: Option<&Library>) -> Vec<DecisionStats> {
    let mut out = choices_taken(recs);
    if let Some(lib) = library {
        add_library_choices(&mut out, recs, lib);
    }
    for d in &mut out {
        d.choices.sort_by_key(|c| c.index);
    }
    out.sort_by(|a, b| {
        (&a.scenario, a.first_decision, &a.node).cmp(&(&b.scenario, b.first_decision, &b.node))
    });
    out
}

/// How the group chose at each decision point: the choices taken, with
/// the text as shown, counted.
fn choices_taken(recs: &[&ResultRecord]) -> Vec<DecisionStats> {
    let mut by: BTreeMap<(String, String), DecisionStats> = BTreeMap::new();
    for r in recs {
        for c in &r.choices {
            let key = (r.scenario.clone(), c.node.clone());
            let d = by.entry(key).or_insert_with(|| DecisionStats {
                scenario: r.scenario.clone(),
                scenario_title: r.scenario_title.clone(),
                node: c.node.clone(),
                taken: 0,
                first_decision: c.decision,
                choices: Vec::new(),
            });
            d.taken += 1;
            d.first_decision = d.first_decision.min(c.decision);
            match d.choices.iter_mut().find(|x| x.index == c.index) {
                Some(x) => {
                    x.count += 1;
                    if x.text.is_empty() {
                        x.text = c.text.clone();
                    }
                }
                None => d.choices.push(ChoiceStats {
                    index: c.index,
                    text: c.text.clone(),
                    count: 1,
                    causes: Vec::new(),
                    avoids: Vec::new(),
                }),
            }
        }
    }
    by.into_values().collect()
}

/// Every choice of each decision point from the library (the untaken ones
/// with 0), with the harms each choice causes and avoids.
fn add_library_choices(out: &mut [DecisionStats], recs: &[&ResultRecord], lib: &Library) {
    // A session of each scenario, started with a seed the group played,
    // fills the `{placeholders}` of choices nobody took.
    let mut sessions: BTreeMap<&str, Session> = BTreeMap::new();
    for r in recs {
        if let Some(c) = lib.get(&r.scenario) {
            sessions
                .entry(r.scenario.as_str())
                .or_insert_with(|| Session::start(c, r.seed));
        }
    }
    for d in out.iter_mut() {
        let Some(node) = lib
            .get(&d.scenario)
            .and_then(|s| s.scenario().nodes.get(&d.node))
        else {
            continue;
        };
        let render = |text: &str| match sessions.get(d.scenario.as_str()) {
            Some(s) => s.render(text),
            None => text.to_string(),
        };
        for (i, choice) in node.choices.iter().enumerate() {
            let stats = match d.choices.iter_mut().find(|x| x.index == i) {
                Some(x) => x,
                None => {
                    d.choices.push(ChoiceStats {
                        index: i,
                        text: render(&choice.text),
                        count: 0,
                        causes: Vec::new(),
                        avoids: Vec::new(),
                    });
                    d.choices.last_mut().expect("just pushed")
                }
            };
            stats.causes = choice.causes.keys().cloned().collect();
            stats.avoids = choice.avoids.keys().cloned().collect();
        }
    }
}
