//! The benchmark behind `frontline bench` (run it in release, as `.ci/run`
//! does): the time to load, check and explore the scenarios, and a
//! generated large scenario.

use crate::guide::Guide;
use crate::scenario::check::check_source;
use crate::scenario::library::Library;
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;
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
        // The first scene cannot follow up: nothing has been asked yet.
        let follow_up = if i == 0 {
            String::new()
        } else {
            format!(
                "            (text: \"Follow up\", when: \"asked and trust >= 40\", effects: [\"asked = false\"], avoids: {{\"ID-1\": 2}}, next: \"{c}\"),\n"
            )
        };
        let _ = write!(
            s,
            "        \"{}\": (text: \"Scene {i} with {{name}}.\", choices: [\n            (text: \"Listen\", effects: [\"trust += 5\", \"asked = true\"], avoids: {{\"ID-3\": 1}}, next: \"{a}\"),\n            (text: \"Hurry\", effects: [\"trust -= 5\"], causes: {{\"ID-6\": 2}}, next: \"{b}\"),\n{follow_up}        ]),\n",
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
pub(crate) fn run(dir: Option<&Path>, guide: &Arc<Guide>, nodes: usize, runs: usize) -> String {
    let mut out = String::new();
    let mut times = Vec::new();
    let mut states = 0;
    let mut count = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let lib = match dir {
            Some(d) => Library::load_dir(d, guide.clone())
                .unwrap_or_else(|_| Library::bundled(guide.clone())),
            None => Library::bundled(guide.clone()),
        };
        times.push(t.elapsed());
        states = lib
            .scenarios
            .iter()
            .map(|c| c.exploration.graph.len())
            .sum::<usize>();
        count = lib.scenarios.len() + lib.errors().count();
    }
    let _ = writeln!(
        out,
        "load+check+explore {count} scenarios ({states} states, {} threads): median {:.2} ms over {runs} runs (target < 100 ms)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
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
