//! The group report a facilitator leads the debrief with: over a set of
//! result records (optionally one workshop's), the table of trainees and
//! scores, scores per scenario, the harms the group caused most, how the
//! group chose at each decision point, and the scenarios nobody has played.
//!
//! [`GroupReport`] is plain data (the game's dashboard draws it); the
//! renderers give text, CSV and JSON for the command line and for export.

use crate::save::progress::Mode;
use crate::scenario::Tone;
use crate::scenario::library::Library;
use crate::sim::area::{Area, Role};
use crate::sim::engine::{HarmKind, Session};
use crate::workshop::code::normalise_code;
use crate::workshop::records::{ResultRecord, in_workshop};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// One attempt: a row of the trainees' table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraineeRow {
    pub attempt: String,
    pub trainee: String,
    pub role: Role,
    pub scenario: String,
    pub scenario_title: String,
    pub scenario_version: i64,
    pub seed: u64,
    pub score: u8,
    /// Score per area the run touched.
    pub area_scores: BTreeMap<Area, u8>,
    pub ending: String,
    pub ending_node: String,
    pub tone: Tone,
    pub mode: Mode,
    pub workshop: Option<String>,
    pub started: String,
    pub finished: String,
    pub duration_secs: u64,
    /// The choice numbers as shown, in order.
    pub choices: Vec<usize>,
    /// Harm id to how many times the run caused / avoided it.
    pub caused: BTreeMap<String, u32>,
    pub avoided: BTreeMap<String, u32>,
}

/// How often an ending was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndingCount {
    pub node: String,
    pub title: String,
    pub tone: Tone,
    pub count: usize,
}

/// Scores of one scenario across the group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceStats {
    /// Index in the node's `choices` (0-based).
    pub index: usize,
    /// As shown to a trainee who took it, else from the scenario library
    /// (filled in for the person a trainee of the group met).
    pub text: String,
    pub count: usize,
    /// Harm balance of the choice when the library has the scenario:
    /// harm ids it causes and avoids.
    #[serde(default)]
    pub causes: Vec<String>,
    #[serde(default)]
    pub avoids: Vec<String>,
}

/// How the group chose at one decision point (scenario and node).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioRef {
    pub id: String,
    pub title: String,
}

/// The group report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupReport {
    /// The workshop the report is limited to (normalised), if any.
    pub workshop: Option<String>,
    pub attempts: usize,
    /// Distinct pseudonyms.
    pub trainees: usize,
    /// Sorted by pseudonym, then scenario, then finish time.
    pub rows: Vec<TraineeRow>,
    /// By scenario id.
    pub scenarios: Vec<ScenarioStats>,
    /// Most caused first (then least avoided, then id).
    pub harms: Vec<HarmStats>,
    /// By scenario, then the place in the run, then node id.
    pub decisions: Vec<DecisionStats>,
    /// Scenarios of the library with no attempt in the report.
    pub not_played: Vec<ScenarioRef>,
}

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
        let mut recs: Vec<&ResultRecord> = records
            .iter()
            .filter(|r| in_workshop(r, code.as_deref()))
            .collect();
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
        let trainees: BTreeSet<&str> = recs.iter().map(|r| r.trainee.as_str()).collect();
        let played: BTreeSet<&str> = recs.iter().map(|r| r.scenario.as_str()).collect();
        GroupReport {
            workshop: code,
            attempts: recs.len(),
            trainees: trainees.len(),
            rows: recs.iter().map(|r| row(r)).collect(),
            scenarios: scenario_stats(&recs),
            harms: harm_stats(&recs, library),
            decisions: decision_stats(&recs, library),
            not_played: library
                .map(|l| {
                    l.scenarios
                        .iter()
                        .filter(|s| !played.contains(s.id()))
                        .map(|s| ScenarioRef {
                            id: s.id().to_string(),
                            title: s.scenario().title.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

fn row(r: &ResultRecord) -> TraineeRow {
    let mut caused = BTreeMap::new();
    let mut avoided = BTreeMap::new();
    for h in &r.harms {
        let map = if h.kind == HarmKind::Caused {
            &mut caused
        } else {
            &mut avoided
        };
        *map.entry(h.id.clone()).or_insert(0) += 1;
    }
    TraineeRow {
        attempt: r.attempt.clone(),
        trainee: r.trainee.clone(),
        role: r.role,
        scenario: r.scenario.clone(),
        scenario_title: r.scenario_title.clone(),
        scenario_version: r.scenario_version,
        seed: r.seed,
        score: r.score.overall,
        area_scores: r.score.areas.iter().map(|a| (a.area, a.score)).collect(),
        ending: r.ending.title.clone(),
        ending_node: r.ending.node.clone(),
        tone: r.ending.tone,
        mode: r.mode,
        workshop: r.workshop.clone(),
        started: r.started.clone(),
        finished: r.finished.clone(),
        duration_secs: r.duration_secs,
        choices: r.choices.iter().map(|c| c.number).collect(),
        caused,
        avoided,
    }
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
    let mut out: Vec<DecisionStats> = by.into_values().collect();
    if let Some(lib) = library {
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
        for d in &mut out {
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
    for d in &mut out {
        d.choices.sort_by_key(|c| c.index);
    }
    out.sort_by(|a, b| {
        (&a.scenario, a.first_decision, &a.node).cmp(&(&b.scenario, b.first_decision, &b.node))
    });
    out
}

// ---------------------------------------------------------------- text

/// Width of the longest bar in the text report.
const BAR: usize = 24;

fn bar(n: usize, max: usize) -> String {
    if max == 0 || n == 0 {
        return String::new();
    }
    "#".repeat((n * BAR).div_ceil(max).max(1))
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Cut text to `n` characters, marking the cut with `...`.
fn cut(s: &str, n: usize) -> String {
    if width(s) <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(3)).collect();
        t.push_str("...");
        t
    }
}

/// Columns padded to their widest cell; `right` marks right-aligned columns.
fn table(out: &mut String, head: &[&str], rows: &[Vec<String>], right: &[bool]) {
    let mut w: Vec<usize> = head.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(width(c));
        }
    }
    let line = |cells: Vec<String>| -> String {
        let mut s = String::from(" ");
        for (i, c) in cells.iter().enumerate() {
            let pad = " ".repeat(w[i] - width(c));
            if right.get(i).copied().unwrap_or(false) {
                let _ = write!(s, " {pad}{c}");
            } else {
                let _ = write!(s, " {c}{pad}");
            }
        }
        s.trim_end().to_string() + "\n"
    };
    out.push_str(&line(head.iter().map(|h| h.to_string()).collect()));
    out.push_str(&line(w.iter().map(|n| "-".repeat(*n)).collect()));
    for r in rows {
        out.push_str(&line(r.clone()));
    }
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

/// The report as text for a terminal: aligned tables, bars of `#`.
pub fn render_text(r: &GroupReport) -> String {
    let mut out = String::new();
    let scope = match &r.workshop {
        Some(c) => format!("Workshop {c}"),
        None => "All results".to_string(),
    };
    let _ = writeln!(
        out,
        "{scope}: {} attempt(s) by {} trainee(s)\n",
        r.attempts, r.trainees
    );
    if r.attempts == 0 {
        out.push_str("No results to report.\n");
    } else {
        out.push_str("Trainees\n");
        let rows: Vec<Vec<String>> = r
            .rows
            .iter()
            .map(|t| {
                vec![
                    cut(&t.trainee, 24),
                    t.role.title().to_string(),
                    cut(&t.scenario, 28),
                    t.score.to_string(),
                    format!("{} ({})", cut(&t.ending, 28), tone_name(t.tone)),
                    mode_name(t.mode).to_string(),
                    t.finished
                        .replace('T', " ")
                        .trim_end_matches('Z')
                        .to_string(),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                "Trainee", "Role", "Scenario", "Score", "Ending", "Mode", "Finished",
            ],
            &rows,
            &[false, false, false, true, false, false, false],
        );

        out.push_str("\nScores by scenario (0-100)\n");
        let rows: Vec<Vec<String>> = r
            .scenarios
            .iter()
            .map(|s| {
                vec![
                    cut(&s.id, 28),
                    s.attempts.to_string(),
                    format!("{:.1}", s.mean),
                    s.min.to_string(),
                    s.max.to_string(),
                    bar(s.mean.round() as usize, 100),
                ]
            })
            .collect();
        table(
            &mut out,
            &["Scenario", "Attempts", "Mean", "Min", "Max", "Mean score"],
            &rows,
            &[false, true, true, true, true, false],
        );
        for s in &r.scenarios {
            let endings: Vec<String> = s
                .endings
                .iter()
                .map(|e| format!("{} x{}", e.title, e.count))
                .collect();
            let _ = writeln!(out, "  {} endings: {}", s.id, endings.join(", "));
        }

        out.push_str("\nHarms the group caused most\n");
        let max = r
            .harms
            .iter()
            .map(|h| h.caused.max(h.avoided))
            .max()
            .unwrap_or(0);
        let rows: Vec<Vec<String>> = r
            .harms
            .iter()
            .map(|h| {
                vec![
                    h.id.clone(),
                    cut(&h.title, 60),
                    h.caused.to_string(),
                    bar(h.caused, max),
                    h.avoided.to_string(),
                ]
            })
            .collect();
        table(
            &mut out,
            &["Harm", "Title", "Caused", "", "Avoided"],
            &rows,
            &[false, false, true, false, true],
        );

        out.push_str("\nHow the group chose\n");
        let cw = r
            .decisions
            .iter()
            .map(|d| width(&d.taken.to_string()))
            .max()
            .unwrap_or(1);
        for d in &r.decisions {
            let _ = writeln!(
                out,
                "\n  {} / {} (decision {}, taken {} time(s))",
                d.scenario,
                d.node,
                d.first_decision + 1,
                d.taken
            );
            let max = d.choices.iter().map(|c| c.count).max().unwrap_or(0);
            for c in &d.choices {
                let mut tags = Vec::new();
                if !c.causes.is_empty() {
                    tags.push(format!("causes {}", c.causes.join(", ")));
                }
                if !c.avoids.is_empty() {
                    tags.push(format!("avoids {}", c.avoids.join(", ")));
                }
                let tag = if tags.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", tags.join("; "))
                };
                let _ = writeln!(
                    out,
                    "    {:>cw$} {:<BAR$} {}{tag}",
                    c.count,
                    bar(c.count, max),
                    cut(&c.text, 70)
                );
            }
        }
    }
    if !r.not_played.is_empty() {
        out.push_str("\nScenarios nobody has played yet\n");
        for s in &r.not_played {
            let _ = writeln!(out, "  {:<28} {}", s.id, s.title);
        }
    }
    out
}

// ---------------------------------------------------------------- CSV

/// One CSV field, quoted when it must be (RFC 4180). A text starting with
/// `=`, `+`, `-`, `@`, tab or return gets a leading `'`, so a spreadsheet
/// does not run a pseudonym as a formula.
pub fn csv_field(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '@', '\t', '\r'])
        || (s.starts_with('-') && s.parse::<f64>().is_err());
    let s = if risky {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(out: &mut String, cells: &[String]) {
    let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The attempts as CSV (RFC 4180: comma separated, CRLF line ends, fields
/// quoted when needed), one row per attempt, with a header row:
///
/// `attempt, workshop, trainee, role, scenario, scenario_title,
/// scenario_version, seed, mode, started, finished, duration_secs, score,
/// score_ID, score_RS, score_RR, score_MH, score_CJ` (per area; empty when
/// the run did not touch the area), `ending, ending_title, tone, choices`
/// (the numbers as shown, separated by spaces), `harms_caused,
/// harms_avoided`, then one column per harm of the guide, `caused_ID-1` ...
/// `caused_CJ-7`, then `avoided_ID-1` ... `avoided_CJ-7`: how many times
/// the attempt caused / avoided that harm. The columns are the same
/// whatever the records, so sheets from several workshops line up.
pub fn render_csv(r: &GroupReport) -> String {
    let ids = Area::all_harm_ids();
    let mut head: Vec<String> = [
        "attempt",
        "workshop",
        "trainee",
        "role",
        "scenario",
        "scenario_title",
        "scenario_version",
        "seed",
        "mode",
        "started",
        "finished",
        "duration_secs",
        "score",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    head.extend(Area::ALL.iter().map(|a| format!("score_{}", a.prefix())));
    head.extend(
        [
            "ending",
            "ending_title",
            "tone",
            "choices",
            "harms_caused",
            "harms_avoided",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    head.extend(ids.iter().map(|id| format!("caused_{id}")));
    head.extend(ids.iter().map(|id| format!("avoided_{id}")));
    let mut out = String::new();
    csv_line(&mut out, &head);
    for t in &r.rows {
        let mut cells = vec![
            t.attempt.clone(),
            t.workshop.clone().unwrap_or_default(),
            t.trainee.clone(),
            t.role.title().to_string(),
            t.scenario.clone(),
            t.scenario_title.clone(),
            t.scenario_version.to_string(),
            t.seed.to_string(),
            mode_name(t.mode).to_string(),
            t.started.clone(),
            t.finished.clone(),
            t.duration_secs.to_string(),
            t.score.to_string(),
        ];
        cells.extend(Area::ALL.iter().map(|a| {
            t.area_scores
                .get(a)
                .map(|s| s.to_string())
                .unwrap_or_default()
        }));
        cells.extend([
            t.ending_node.clone(),
            t.ending.clone(),
            tone_name(t.tone).to_string(),
            t.choices
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            t.caused.values().sum::<u32>().to_string(),
            t.avoided.values().sum::<u32>().to_string(),
        ]);
        cells.extend(
            ids.iter()
                .map(|id| t.caused.get(id).copied().unwrap_or(0).to_string()),
        );
        cells.extend(
            ids.iter()
                .map(|id| t.avoided.get(id).copied().unwrap_or(0).to_string()),
        );
        csv_line(&mut out, &cells);
    }
    out
}

/// The harms table as its own CSV: `id, title, caused, avoided,
/// attempts_caused`, most caused first (the dashboard's chart).
pub fn render_harms_csv(r: &GroupReport) -> String {
    let mut out = String::new();
    csv_line(
        &mut out,
        &["id", "title", "caused", "avoided", "attempts_caused"].map(String::from),
    );
    for h in &r.harms {
        csv_line(
            &mut out,
            &[
                h.id.clone(),
                h.title.clone(),
                h.caused.to_string(),
                h.avoided.to_string(),
                h.attempts_caused.to_string(),
            ],
        );
    }
    out
}

/// The report as pretty JSON (the [`GroupReport`] fields).
pub fn render_json(r: &GroupReport) -> String {
    serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("-5"), "-5");
        assert_eq!(csv_field("-x"), "'-x");
        assert_eq!(csv_field(" pad"), "\" pad\"");
    }

    #[test]
    fn bars_scale_and_text_is_cut() {
        assert_eq!(bar(0, 10), "");
        assert_eq!(bar(10, 10).len(), BAR);
        assert_eq!(bar(1, 1000).len(), 1);
        assert_eq!(cut("abcdef", 5), "ab...");
        assert_eq!(cut("abc", 5), "abc");
    }

    #[test]
    fn an_empty_report_says_so() {
        let r = GroupReport::build(&[], Some("ab-cd"), None);
        assert_eq!(r.workshop.as_deref(), Some("ABCD"));
        assert!(render_text(&r).contains("No results to report."));
        assert_eq!(render_csv(&r).lines().count(), 1);
        let v: serde_json::Value = serde_json::from_str(&render_json(&r)).unwrap();
        assert_eq!(v["attempts"], 0);
    }
}
