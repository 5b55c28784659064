//! The benchmark behind `frontline bench` and `cargo bench`: the time to
//! load, check and explore the scenarios, and a generated large scenario.

use crate::check::{check_source, scenario_files};
use crate::guide::Guide;
use crate::library::BUNDLED_SCENARIOS;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A valid scenario of `n` nodes (n >= 4): a long chain of decisions whose
/// choices move trust up and down, set a flag, and skip ahead, so that its
/// state space is many times its node count.
pub fn generated_scenario(n: usize) -> String {
    let n = n.max(4);
    let mut s = String::from(
        "(\n    id: \"generated\",\n    title: \"Generated\",\n    area: Identification,\n    roles: [Police],\n    summary: \"A generated scenario for the benchmark.\",\n    content_notes: [\"none\"],\n    vars: {\"asked\": false},\n    profiles: [(values: {\"name\": \"A\"}), (values: {\"name\": \"B\"}, effects: [\"trust -= 20\"])],\n    nodes: {\n",
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
        let _ = write!(
            s,
            "        \"{}\": (text: \"Scene {i} with {{name}}.\", choices: [\n            (text: \"Listen\", effects: [\"trust += 5\", \"asked = true\"], avoids: {{\"ID-3\": 1}}, next: \"{a}\"),\n            (text: \"Hurry\", effects: [\"trust -= 5\"], causes: {{\"ID-6\": 2}}, next: \"{b}\"),\n            (text: \"Follow up\", when: \"asked and trust >= 40\", effects: [\"asked = false\"], avoids: {{\"ID-1\": 2}}, next: \"{c}\"),\n        ]),\n",
            name(i)
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

/// Run the benchmark and describe the results.
pub fn run(dir: Option<&Path>, guide: &Guide, nodes: usize, runs: usize) -> String {
    let mut out = String::new();
    let files: Vec<PathBuf> = dir.and_then(|d| scenario_files(d).ok()).unwrap_or_default();
    let mut times = Vec::new();
    let mut states = 0;
    let mut count = 0;
    for _ in 0..runs {
        let t = Instant::now();
        states = 0;
        count = 0;
        if files.is_empty() {
            for (name, text) in BUNDLED_SCENARIOS {
                let r = check_source(text, &Path::new("scenarios").join(name), guide);
                states += r.checked.map(|c| c.exploration.graph.len()).unwrap_or(0);
                count += 1;
            }
        } else {
            for f in &files {
                let text = std::fs::read_to_string(f).unwrap_or_default();
                let r = check_source(&text, f, guide);
                states += r.checked.map(|c| c.exploration.graph.len()).unwrap_or(0);
                count += 1;
            }
        }
        times.push(t.elapsed());
    }
    let _ = writeln!(
        out,
        "load+check+explore {count} scenarios ({states} states): median {:.2} ms over {runs} runs (target < 100 ms)",
        median(times).as_secs_f64() * 1000.0
    );
    let src = generated_scenario(nodes);
    let mut times = Vec::new();
    let mut info = String::new();
    for _ in 0..runs {
        let t = Instant::now();
        let r = check_source(&src, Path::new("generated.ron"), guide);
        times.push(t.elapsed());
        info = match &r.checked {
            Some(c) => format!("{} states", c.exploration.graph.len()),
            None => format!(
                "FAILED: {}",
                r.diagnostics
                    .first()
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            ),
        };
    }
    let _ = writeln!(
        out,
        "load+check+explore generated scenario of {nodes} nodes ({info}): median {:.2} ms over {runs} runs (target < 1000 ms)",
        median(times).as_secs_f64() * 1000.0
    );
    out
}
