//! The benchmark behind `frontline bench` (run it in release, as `.ci/run`
//! does): for the scenarios and for generated stories of several sizes,
//! with and without harm tags, the time to load, check and explore, the
//! states explored and their memory, choices per second over random
//! playthroughs, the time of a debrief, and the time to lay out the
//! scenario map.

use crate::guide::Guide;
use crate::scenario::check::{Checked, check_source, check_source_built};
use crate::scenario::library::Library;
use crate::scenario::map::ScenarioMap;
use crate::sim::debrief::debrief;
use crate::sim::engine::Session;
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A valid scenario of `n` nodes (n >= 4): a long chain of decisions whose
/// choices move trust up and down, set a flag, and skip ahead, so that its
/// state space is many times its node count. Every choice touches a harm.
pub fn generated_scenario(n: usize) -> String {
    generated_story(n, true)
}

/// [`generated_scenario`], with harms on its choices or none (then the
/// checker warns at every decision: `no-harm-at-decision`).
pub fn generated_story(n: usize, harms: bool) -> String {
    let tag = |t: &'static str| if harms { t } else { "" };
    let n = n.max(4);
    let mut s = String::from(
        "(\n    id: \"generated\",\n    title: \"Generated\",\n    area: Identification,\n    roles: [Police],\n    summary: \"A generated scenario for the benchmark.\",\n    content_notes: [\"none\"],\n",
    );
    s.push_str(tag("    draws_on: [\"ID-1\", \"ID-3\", \"ID-6\"],\n"));
    s.push_str(
        "    vars: {\"asked\": false},\n    profiles: [(values: {\"name\": \"A\"}), (values: {\"name\": \"B\"}, effects: [\"trust -= 20\"])],\n    nodes: {\n",
    );
    let decisions = n - 3;
    let name = |i: usize| {
        if i == 0 {
            "start".to_string()
        } else {
            format!("n{i}")
        }
    };
    for i in 0..decisions {
        let a = if i + 1 < decisions {
            name(i + 1)
        } else {
            "end_good".into()
        };
        let b = if i + 2 < decisions {
            name(i + 2)
        } else {
            "end_mixed".into()
        };
        let c = if i + 1 < decisions {
            name(i + 1)
        } else {
            "end_poor".into()
        };
        // The first scene cannot follow up: nothing has been asked yet.
        let follow_up = if i == 0 {
            String::new()
        } else {
            format!(
                "            (text: \"Follow up\", when: \"asked and trust >= 40\", effects: [\"asked = false\"], {}next: \"{c}\"),\n",
                tag("avoids: {\"ID-1\": 2}, feedback: \"Following up helps.\", ")
            )
        };
        let _ = write!(
            s,
            "        \"{}\": (text: \"Scene {i} with {{name}}.\", choices: [\n            (text: \"Listen\", effects: [\"trust += 5\", \"asked = true\"], {}next: \"{a}\"),\n            (text: \"Hurry\", effects: [\"trust -= 5\"], {}next: \"{b}\"),\n{follow_up}        ]),\n",
            name(i),
            tag("avoids: {\"ID-3\": 1}, feedback: \"Listening helps.\", "),
            tag("causes: {\"ID-6\": 2}, feedback: \"Hurrying hurts.\", "),
        );
    }
    for (id, tone) in [
        ("end_good", "Good"),
        ("end_mixed", "Mixed"),
        ("end_poor", "Poor"),
    ] {
        let _ = writeln!(
            s,
            "        \"{id}\": (text: \"The end.\", ending: (title: \"{id}\", outcome: \"What became of {{name}}.\", tone: {tone})),"
        );
    }
    s.push_str("    },\n)\n");
    s
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The goals the figures are measured against (issue 11).
pub(crate) const GOAL_CHOICES_PER_S: f64 = 1_000_000.0;
pub(crate) const GOAL_DEBRIEF_300_MS: f64 = 1.0;
pub(crate) const GOAL_BUNDLED_MS: f64 = 50.0;

/// How many choices each row plays (over as many playthroughs as that takes).
const CHOICES_PER_ROW: usize = 300_000;
/// The length of the run whose debrief is timed.
const DEBRIEF_DECISIONS: usize = 300;

/// One row of the benchmark.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Row {
    /// `bundled` or `generated`.
    pub(crate) what: String,
    /// Scenarios in the row (13 bundled, or one generated).
    pub(crate) scenarios: usize,
    /// Nodes over all the row's scenarios.
    pub(crate) nodes: usize,
    /// Whether the choices carry harm tags (`None` for the bundled ones).
    pub(crate) harms: Option<bool>,
    /// Median time to load, check and explore, in milliseconds.
    pub(crate) check_ms: f64,
    /// The goal for `check_ms`, where the issue sets one.
    pub(crate) check_goal_ms: Option<f64>,
    /// States explored (the situations walked).
    pub(crate) states: usize,
    /// Whether the state space was too large to walk whole.
    pub(crate) partial: bool,
    /// Peak heap bytes of the exploration per state explored.
    pub(crate) bytes_per_state: f64,
    /// Warnings the checker gave.
    pub(crate) warnings: usize,
    /// Choices per second over random playthroughs to an ending.
    pub(crate) choices_per_s: f64,
    /// Median time of a debrief of a run of `debrief_decisions` decisions.
    pub(crate) debrief_ms: f64,
    pub(crate) debrief_decisions: usize,
    /// Median time to lay out the scenario map (of the largest scenario of
    /// the row), in milliseconds: done once per change of a file.
    pub(crate) map_ms: f64,
}

/// The whole benchmark.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Report {
    pub(crate) threads: usize,
    pub(crate) runs: usize,
    pub(crate) goal_choices_per_s: f64,
    pub(crate) goal_debrief_300_ms: f64,
    pub(crate) rows: Vec<Row>,
}

/// Random playthroughs of the scenarios, round-robin, until `target`
/// choices are made; returns choices per second.
fn choices_per_second(scenarios: &[Checked], target: usize) -> f64 {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(11);
    let mut made = 0usize;
    let mut seed = 0u64;
    let t = Instant::now();
    'outer: loop {
        for c in scenarios {
            let mut s = Session::start(c, seed);
            seed += 1;
            while !s.is_ended() {
                let open = s.open_count();
                if open == 0 {
                    break;
                }
                let pick = rng.random_range(1..=open);
                if s.choose_number(pick).is_err() {
                    break;
                }
                made += 1;
                if made >= target {
                    break 'outer;
                }
            }
        }
        if made == 0 {
            return 0.0;
        }
    }
    made as f64 / t.elapsed().as_secs_f64()
}

/// A random run of up to `decisions` decisions and the median time of its
/// debrief, in milliseconds.
fn debrief_time(c: &Checked, guide: &Guide, decisions: usize, runs: usize) -> (f64, usize) {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(300);
    let mut s = Session::start(c, 1);
    while !s.is_ended() && s.decision_count() < decisions {
        let open = s.open_count();
        if open == 0 || s.choose_number(rng.random_range(1..=open)).is_err() {
            break;
        }
    }
    let times = (0..(runs * 7).max(21))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(debrief(&s, guide));
            t.elapsed()
        })
        .collect();
    (median(times).as_secs_f64() * 1000.0, s.decision_count())
}

/// The median time to lay out a scenario's map from its text (compiled and
/// explored already), in milliseconds.
fn map_time(src: &str, guide: &Guide, runs: usize) -> f64 {
    let (_, built) = check_source_built(src, Path::new("map.ron"), guide);
    let Some(built) = built else {
        return 0.0;
    };
    let times = (0..runs.max(3))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(ScenarioMap::build(&built, Some(src)));
            t.elapsed()
        })
        .collect();
    median(times).as_secs_f64() * 1000.0
}

/// The states and peak bytes per state of checked scenarios.
fn states_and_bytes(scenarios: &[Checked]) -> (usize, f64, bool) {
    let states: usize = scenarios.iter().map(|c| c.exploration.states).sum();
    let bytes: usize = scenarios.iter().map(|c| c.exploration.peak_bytes).sum();
    let partial = scenarios.iter().any(|c| c.exploration.truncated);
    (states, bytes as f64 / states.max(1) as f64, partial)
}

/// The row of the scenarios of a folder (or the bundled ones).
fn library_row(dir: Option<&Path>, guide: &Arc<Guide>, runs: usize) -> Row {
    let load = || match dir {
        Some(d) => {
            Library::load_dir(d, guide.clone()).unwrap_or_else(|_| Library::bundled(guide.clone()))
        }
        None => Library::bundled(guide.clone()),
    };
    let mut times = Vec::new();
    let mut lib = load();
    for _ in 0..runs {
        let t = Instant::now();
        lib = load();
        times.push(t.elapsed());
    }
    let (states, bytes_per_state, partial) = states_and_bytes(&lib.scenarios);
    let longest = lib
        .scenarios
        .iter()
        .max_by_key(|c| c.compiled.nodes.len())
        .expect("a library has scenarios");
    let (debrief_ms, debrief_decisions) = debrief_time(longest, guide, DEBRIEF_DECISIONS, runs);
    let map_ms = lib
        .source_of(&longest.compiled.file)
        .map_or(0.0, |src| map_time(&src, guide, runs));
    Row {
        what: if dir.is_some() { "folder" } else { "bundled" }.into(),
        scenarios: lib.scenarios.len(),
        nodes: lib.scenarios.iter().map(|c| c.compiled.nodes.len()).sum(),
        harms: None,
        check_ms: median(times).as_secs_f64() * 1000.0,
        check_goal_ms: Some(GOAL_BUNDLED_MS),
        states,
        partial,
        bytes_per_state,
        warnings: lib.scenarios.iter().map(|c| c.warnings.len()).sum(),
        choices_per_s: choices_per_second(&lib.scenarios, CHOICES_PER_ROW),
        debrief_ms,
        debrief_decisions,
        map_ms,
    }
}

/// The row of a generated story of `nodes` nodes.
fn generated_row(nodes: usize, harms: bool, guide: &Guide, runs: usize) -> Result<Row, String> {
    let src = generated_story(nodes, harms);
    let mut times = Vec::new();
    let mut checked = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = check_source(&src, Path::new("generated.ron"), guide);
        times.push(t.elapsed());
        match r.checked {
            Some(c) => checked = Some(c),
            None => {
                return Err(format!(
                    "the generated story of {nodes} nodes was refused: {}",
                    r.diagnostics
                        .iter()
                        .find(|d| d.is_error())
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                ));
            }
        }
    }
    let c = checked.expect("runs >= 1");
    let (states, bytes_per_state, partial) = states_and_bytes(std::slice::from_ref(&c));
    let (debrief_ms, debrief_decisions) = debrief_time(&c, guide, DEBRIEF_DECISIONS, runs);
    Ok(Row {
        what: "generated".into(),
        scenarios: 1,
        nodes: c.compiled.nodes.len(),
        harms: Some(harms),
        check_ms: median(times).as_secs_f64() * 1000.0,
        check_goal_ms: match nodes {
            ..=2000 => Some(100.0),
            50_000.. => Some(3000.0),
            _ => None,
        },
        states,
        partial,
        bytes_per_state,
        warnings: c.warnings.len(),
        choices_per_s: choices_per_second(std::slice::from_ref(&c), CHOICES_PER_ROW),
        debrief_ms,
        debrief_decisions,
        map_ms: map_time(&src, guide, runs),
    })
}

/// Run the benchmark: the scenarios, then each size with and without harms.
pub(crate) fn run(
    dir: Option<&Path>,
    guide: &Arc<Guide>,
    sizes: &[usize],
    runs: usize,
) -> Result<Report, String> {
    let mut rows = vec![library_row(dir, guide, runs)];
    for n in sizes {
        for harms in [true, false] {
            rows.push(generated_row(*n, harms, guide, runs)?);
        }
    }
    Ok(Report {
        threads: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        runs,
        goal_choices_per_s: GOAL_CHOICES_PER_S,
        goal_debrief_300_ms: GOAL_DEBRIEF_300_MS,
        rows,
    })
}

/// The report as a table.
pub(crate) fn table(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<22} {:>11} {:>9} {:>10} {:>9} {:>12} {:>14} {:>8}",
        "scenarios",
        "check ms",
        "states",
        "B/state",
        "warnings",
        "choices/s",
        "debrief ms",
        "map ms"
    );
    for row in &r.rows {
        let name = match row.harms {
            None => format!("{} ({})", row.what, row.scenarios),
            Some(h) => format!(
                "{} {}{}",
                row.nodes,
                if h { "harms" } else { "no harms" },
                ""
            ),
        };
        let goal = row
            .check_goal_ms
            .map(|g| format!(" <{g:.0}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:<22} {:>11} {:>9} {:>10.0} {:>9} {:>12.0} {:>8.3} ({}) {:>8.1}",
            name,
            format!("{:.1}{goal}", row.check_ms),
            format!("{}{}", row.states, if row.partial { "*" } else { "" }),
            row.bytes_per_state,
            row.warnings,
            row.choices_per_s,
            row.debrief_ms,
            row.debrief_decisions,
            row.map_ms,
        );
    }
    let _ = writeln!(
        out,
        "\nmedians over {} runs, {} threads; goals: >= {:.0} choices/s at every size, a debrief of {} decisions < {} ms.\n\
         map ms: laying out the map of the row's largest scenario (once per change of its file).\n\
         B/state: peak heap bytes of the exploration per state; * the state space was too large to walk whole (score bounds are estimates).",
        r.runs, r.threads, r.goal_choices_per_s, DEBRIEF_DECISIONS, r.goal_debrief_300_ms
    );
    out
}
