//! The simulation library and the command line, tested on real files: the
//! bundled scenarios, a small fixture, and broken copies that must fail
//! with the right place and message.

use frontline::scenario::check::{check_file, check_source};
use frontline::scenario::explore::Via;
use frontline::scenario::library::{Library, Source};
use frontline::sim::engine::{Carry, HarmKind, Session, SessionSave};
use frontline::{Area, Guide, debrief};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

fn guide() -> Arc<Guide> {
    Arc::new(Guide::bundled().expect("the bundled guide loads"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty folder for one test.
fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("frontline-sim-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

fn tiny() -> frontline::Checked {
    let r = check_file(&fixture("tiny.ron"), &guide());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    r.checked.unwrap()
}

fn library() -> Library {
    Library::load_dir(&root().join("scenarios"), guide()).expect("scenarios folder reads")
}

fn frontline(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(args)
        .current_dir(root())
        .env(
            "FRONTLINE_DATA",
            std::env::temp_dir().join("frontline-test-data"),
        )
        .output()
        .expect("the frontline binary runs")
}

// ---------------------------------------------------------------- the guide

#[test]
fn guide_has_every_harm_with_cited_guidance() {
    let g = guide();
    let ids: Vec<&str> = g.harms().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, Area::all_harm_ids());
    for h in g.harms() {
        assert!(!h.guidance.is_empty(), "{} has guidance", h.id);
        assert!(!h.explanation.is_empty());
        let c = h.citation(0);
        assert_eq!(c.harm_id, h.id);
        assert!(c.to_string().starts_with(c.area.title()));
    }
    assert!(g.concepts.len() >= 15);
    assert!(!g.search("interpreter").is_empty());
}

#[test]
fn a_broken_guide_is_rejected() {
    let text = frontline::guide::BUNDLED_GUIDE.replacen("id: \"CJ-7\"", "id: \"CJ-8\"", 1);
    let err = Guide::from_str(&text, Path::new("guide.ron")).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("CJ-8") && msg.contains("CJ-7"), "{msg}");
}

// ---------------------------------------------------------------- the checker

/// Each broken fixture fails with this code at this line.
const BROKEN: &[(&str, &str, usize, &str)] = &[
    ("missing_comma.ron", "missing-comma", 44, "comma is missing"),
    (
        "unknown_node.ron",
        "unknown-node",
        45,
        "did you mean `good`",
    ),
    ("unknown_harm.ron", "unknown-harm", 46, "ID-9"),
    ("bad_condition.ron", "bad-condition", 45, "write `>=`"),
    ("dead_end.ron", "dead-end", 41, "dead end"),
    (
        "never_holds.ron",
        "condition-never-holds",
        45,
        "never holds",
    ),
    (
        "loop_without_exit.ron",
        "loop-without-exit",
        52,
        "can never reach an ending",
    ),
    (
        "unknown_field.ron",
        "unknown-field",
        23,
        "did you mean `feedback`",
    ),
    ("curly_quote.ron", "curly-quote", 4, "the straight quote \""),
    (
        "missing_parenthesis.ron",
        "expected-field-name",
        26,
        "the `)` that closes it may be missing",
    ),
    (
        "quote_in_text.ron",
        "quote-inside-text",
        17,
        "ends the text too early",
    ),
    (
        "role_in_two_words.ron",
        "unknown-word",
        6,
        "did you mean `SocialWorker`? Write it as one word",
    ),
    (
        "placeholder_case.ron",
        "unknown-placeholder",
        15,
        "did you mean `{name}`",
    ),
    (
        "misspelt_guidance_harm.ron",
        "unknown-harm",
        29,
        "did you mean `ID-2`",
    ),
    (
        "guidance_item.ron",
        "bad-guidance",
        30,
        "`ID-2` has guidance items 1 to 7 (read them with `frontline guide ID-2`)",
    ),
];

#[test]
fn broken_files_fail_with_line_and_message() {
    let g = guide();
    for (file, code, line, words) in BROKEN {
        let r = check_file(&fixture(&format!("broken/{file}")), &g);
        assert!(r.checked.is_none(), "{file} must fail");
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.code == *code)
            .unwrap_or_else(|| panic!("{file}: no `{code}` in {:#?}", r.diagnostics));
        assert_eq!(d.line, *line, "{file}: {d}");
        assert!(d.column > 0, "{file}: {d}");
        let text = format!("{} {}", d.message, d.help);
        assert!(text.contains(words), "{file}: `{words}` not in `{text}`");
        assert!(d.to_string().contains(&format!("{file}:{line}:")), "{d}");
    }
}

/// One mistake, one message: a guidance reference to the harm a choice
/// misspells is not a second problem with generic help.
#[test]
fn a_misspelt_harm_and_its_guidance_reference_are_one_problem() {
    let r = check_file(&fixture("broken/misspelt_guidance_harm.ron"), &guide());
    let errors: Vec<_> = r.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].code, "unknown-harm");
}

/// A curly quote inside a straight-quoted text is fine: the checker
/// names curly quotes only where a straight one belongs.
#[test]
fn curly_quotes_inside_a_text_are_fine() {
    let src = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    let typographic = src.replace("Hello. I need help.", "Hello. “I need help,” she says.");
    let r = check_source(&typographic, Path::new("tiny.ron"), &guide());
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
}

/// Each design warning: its fixture in `tests/fixtures/lint/` (named after
/// the code) gets it at this line, with these words in its help, and
/// nothing else; the scenario stays playable.
const DESIGN: &[(&str, usize, &str)] = &[
    ("same-choice-text", 16, "reword one of them"),
    (
        "similar-choices",
        15,
        "make their conditions exclude each other",
    ),
    ("harm-without-feedback", 15, "add `feedback: \"...\"`"),
    ("variable-never-changed", 10, "`\"asked = true\"`"),
    ("variable-never-read", 10, "`when: \"noted\"`"),
    ("placeholder-in-some-profiles", 11, "add \"pet\": \"...\""),
    ("harm-not-in-draws-on", 9, "add \"ID-1\" to `draws_on"),
    ("draws-on-unused", 9, "or remove it from `draws_on`"),
    ("luck-changes-best-score", 18, "the same stakes"),
    (
        "area-best-off-best-path",
        15,
        "should not avoid it more strongly than the choice that caused it",
    ),
    ("content-note-missing", 11, "\"a child of uncertain age\""),
];

#[test]
fn design_warnings_have_their_line_and_fix() {
    let g = guide();
    for (code, line, words) in DESIGN {
        let r = check_file(&fixture(&format!("lint/{code}.ron")), &g);
        assert!(r.checked.is_some(), "{code}: {:#?}", r.diagnostics);
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.code == *code)
            .unwrap_or_else(|| panic!("{code}: not in {:#?}", r.diagnostics));
        assert!(!d.is_error());
        assert_eq!(d.line, *line, "{d}");
        assert!(d.column > 0, "{d}");
        assert!(
            d.help.contains(words),
            "{code}: `{words}` not in `{}`",
            d.help
        );
        let others: Vec<_> = r.diagnostics.iter().filter(|d| d.code != *code).collect();
        assert!(others.is_empty(), "{code}: {others:#?}");
    }
    let clean = check_file(&fixture("lint/clean.ron"), &g);
    assert!(clean.diagnostics.is_empty(), "{:#?}", clean.diagnostics);
}

/// The messages of the design warnings say what and where in plain words.
#[test]
fn design_warnings_name_what_and_where() {
    let g = guide();
    let message = |code: &str, n: usize| {
        check_file(&fixture(&format!("lint/{code}.ron")), &g)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == code)
            .nth(n)
            .unwrap()
            .message
    };
    let area = message("area-best-off-best-path", 0);
    assert!(
        area.contains("Recovery, reflection and shelter")
            && area.contains("+0")
            && area.contains("+2")
            && area.contains("choice 2 at `start`"),
        "{area}"
    );
    let luck = message("luck-changes-best-score", 0);
    assert!(
        luck.contains("`event`") && luck.contains("+2") && luck.contains("only +0"),
        "{luck}"
    );
    let similar = message("similar-choices", 0);
    assert!(similar.contains("choices 1 and 2 at `start`"), "{similar}");
    let child = message("content-note-missing", 0);
    assert!(
        child.contains("a child (\"a boy\" in node `start`)"),
        "{child}"
    );
    let deported = message("content-note-missing", 1);
    assert!(deported.contains("deportation"), "{deported}");
    let r = check_file(&fixture("lint/content-note-missing.ron"), &g);
    let lines: Vec<usize> = r.diagnostics.iter().map(|d| d.line).collect();
    assert_eq!(lines, [11, 19]);
    assert!(r.diagnostics[1].help.contains("\"threats of deportation\""));
}

#[test]
fn checker_catches_harm_points_in_a_loop_and_bad_weights() {
    let g = guide();
    let src = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    let looped = src.replace(
        "next: \"mixed\"),",
        "next: \"decide\"),\n                (text: \"Leave.\", next: \"mixed\"),",
    );
    let r = check_source(&looped, Path::new("tiny.ron"), &g);
    assert!(
        r.diagnostics.iter().any(|d| d.code == "harm-in-loop"),
        "{:#?}",
        r.diagnostics
    );
    let weights = src.replace(
        "(weight: 3, next: \"decide\")",
        "(weight: 0, next: \"decide\")",
    );
    let r = check_source(&weights, Path::new("tiny.ron"), &g);
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == "weight-not-positive")
    );
    let dup = src.replace("\"good\": (text:", "\"mixed\": (text: \"x\", ending: (title: \"a\", outcome: \"b\")),\n        \"good\": (text:");
    let r = check_source(&dup, Path::new("tiny.ron"), &g);
    assert!(
        r.diagnostics.iter().any(|d| d.code == "duplicate-node"),
        "{:#?}",
        r.diagnostics
    );
}

#[test]
fn garbage_never_panics_the_checker() {
    let g = guide();
    let src = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    // Every prefix of a valid file is an error with a place, not a panic.
    for cut in (0..src.len()).step_by(97) {
        if !src.is_char_boundary(cut) {
            continue;
        }
        let r = check_source(&src[..cut], Path::new("cut.ron"), &g);
        assert!(r.checked.is_none() || cut == src.len());
        assert!(r.diagnostics.iter().all(|d| d.line >= 1));
    }
    for junk in ["", "(", "{}", "[[[[", "\"", "()", "(id: 5)", "\u{0}\u{1}"] {
        let r = check_source(junk, Path::new("junk.ron"), &g);
        assert!(r.checked.is_none());
        assert!(!r.diagnostics.is_empty());
    }
}

// ---------------------------------------------------------------- the engine

#[test]
fn same_seed_and_choices_give_the_same_run() {
    let t = tiny();
    for seed in 0..20 {
        let mut a = Session::start(&t, seed);
        let mut b = Session::start(&t, seed);
        a.choose_number(1).unwrap();
        b.choose_number(1).unwrap();
        assert_eq!(a.log(), b.log());
        assert_eq!(a.choices(), b.choices());
    }
}

#[test]
fn profiles_vary_with_the_seed() {
    let t = tiny();
    let labels: std::collections::BTreeSet<String> = (0..40)
        .map(|s| Session::start(&t, s).profile_label().to_string())
        .collect();
    assert_eq!(labels.len(), 2, "both profiles appear: {labels:?}");
}

#[test]
fn choices_record_harms_and_effects() {
    let t = tiny();
    let mut s = Session::start(&t, 7);
    let ask = s.choices().iter().find(|c| c.index == 0).unwrap().number;
    let before = s.var("trust").unwrap();
    let decision = s.choose_number(ask).unwrap();
    assert_eq!((decision.choice, decision.number), (0, ask));
    let step = s.last_step().unwrap();
    assert_eq!((step.choice, step.number), (0, ask));
    assert_eq!(step.harms.len(), 1);
    assert_eq!(step.harms[0].id, "ID-3");
    assert_eq!(step.harms[0].kind, HarmKind::Avoided);
    assert_eq!(s.var("trust").unwrap(), (before + 10).min(100));
    assert_eq!(s.var("asked"), Some(1));
    // A closed choice cannot be made.
    assert!(s.choose(99).is_err());
}

#[test]
fn a_session_saves_restores_and_rewinds() {
    let t = tiny();
    let mut s = Session::start(&t, 11);
    s.choose_number(1).unwrap();
    s.choose_number(1).unwrap();
    assert!(s.is_ended());
    let save = s.save();
    let json = serde_json::to_string(&save).unwrap();
    let back: SessionSave = serde_json::from_str(&json).unwrap();
    let r = Session::restore(&t, &back).unwrap();
    assert_eq!(r.log(), s.log());
    assert_eq!(r.ending(), s.ending());

    let mut rewound = s.clone();
    rewound.rewind(1).unwrap();
    assert_eq!(rewound.steps().len(), 1);
    assert!(!rewound.is_ended());
    let other = rewound.choices().iter().map(|c| c.number).max().unwrap();
    rewound.choose_number(other).unwrap();
    assert_eq!(rewound.steps()[0].choice, s.steps()[0].choice);
    assert!(rewound.rewind(9).is_err());

    let wrong = SessionSave {
        scenario: "other".into(),
        ..back
    };
    assert!(Session::restore(&t, &wrong).is_err());
}

// ---------------------------------------------------------------- scoring

/// Play a scenario always taking the best (or worst) choice the explorer
/// found; returns the finished session.
fn play_extreme(c: &frontline::Checked, seed: u64, best: bool) -> Session {
    let x = &c.exploration;
    let mut s = Session::start(c, seed);
    for _ in 0..200 {
        if s.is_ended() {
            break;
        }
        let node = c.compiled.node_index[s.node_id()];
        let vars: Vec<i32> = c
            .compiled
            .var_names
            .iter()
            .map(|v| s.var(v).unwrap())
            .collect();
        let state = x
            .graph
            .find(node, &vars)
            .expect("the explorer saw every state a run reaches");
        let pick = x.pick(state, best).expect("a decision has a choice");
        s.choose(pick).unwrap();
    }
    assert!(
        s.is_ended(),
        "{}: the {} path ends",
        c.id(),
        if best { "best" } else { "worst" }
    );
    s
}

/// A test run from the scenario map starts at a node with the variables of
/// a run that reached it: at `decide`, the referral (which needs `asked`
/// and trust >= 50) is open after asking in private.
#[test]
fn a_session_starts_at_a_node_with_the_variables_of_a_run_there() {
    let c = tiny();
    let decide = c.compiled.node_index["decide"];
    let reach = frontline::scenario::map::reaching(&c.compiled, decide, 0).unwrap();
    let s = Session::start_at(&c, 7, decide, reach.vars.clone());
    assert_eq!(s.node_id(), "decide");
    assert!(s.steps().is_empty() && !s.is_ended());
    assert_eq!(s.var("asked"), Some(1));
    assert!(
        s.choices().iter().any(|o| o.index == 0),
        "the referral is open"
    );
    // Variables of the wrong length fall back to the profile's start.
    let s = Session::start_at(&c, 7, decide, vec![1]);
    assert_eq!(s.var("asked"), Some(0));
    assert!(s.choices().iter().all(|o| o.index != 0));
}

#[test]
fn best_path_scores_100_and_worst_0_on_the_fixture() {
    let t = tiny();
    let g = guide();
    for seed in 0..8 {
        let best = debrief(&play_extreme(&t, seed, true), &g);
        let worst = debrief(&play_extreme(&t, seed, false), &g);
        assert_eq!(best.score.overall, 100, "seed {seed}");
        assert_eq!(worst.score.overall, 0, "seed {seed}");
        assert!(best.decisions.iter().any(|d| !d.harms.is_empty()));
        let card = &worst.decisions[0].harms[0];
        assert!(
            !card.guidance.is_empty() && card.guidance.iter().all(|g| g.citation.contains("harm"))
        );
    }
}

#[test]
fn explorer_sees_every_random_branch() {
    let t = tiny();
    let x = &t.exploration;
    let branches: std::collections::BTreeSet<usize> = x
        .graph
        .all_edges()
        .filter_map(|(_, e)| match e.via {
            Via::Branch(b) => Some(b),
            _ => None,
        })
        .collect();
    assert_eq!(branches.len(), 2);
}

#[test]
fn a_generated_scenario_of_2000_nodes_checks_clean() {
    let src = frontline::bench::generated_scenario(2000);
    let r = check_source(&src, Path::new("generated.ron"), &guide());
    assert!(
        r.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        &r.diagnostics[..r.diagnostics.len().min(3)]
    );
    let c = r.checked.unwrap();
    assert!(c.exploration.graph.len() > 2000);
}

/// A story too large to walk whole (50,000 nodes, millions of situations)
/// is accepted with a warning, its score bounds marked as estimates, and
/// plays to an ending.
#[test]
fn a_generated_scenario_of_50000_nodes_is_accepted_and_plays_to_an_ending() {
    let src = frontline::bench::generated_story(50_000, true);
    let r = check_source(&src, Path::new("generated.ron"), &guide());
    let errors: Vec<_> = r.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(3)]);
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == "too-many-situations" && !d.is_error())
    );
    let c = r.checked.expect("accepted");
    assert!(c.exploration.truncated);
    let mut s = Session::start(&c, 7);
    let mut n = 0;
    while !s.is_ended() {
        s.choose_number(1 + n % 2).unwrap();
        n += 1;
    }
    assert!(s.ending().is_some());
    let score = frontline::score(&s);
    assert!(score.estimate && score.best >= score.points && score.worst <= score.points);
}

/// The allocations of `choices` choices from the start of a run (choice 1
/// each time), counted on this thread only.
fn allocations_of_choices(c: &frontline::Checked, choices: usize) -> u64 {
    let mut s = Session::start(c, 1);
    allocation_counter::measure(|| {
        for _ in 0..choices {
            s.choose_number(1).unwrap();
        }
    })
    .count_total
}

/// A choice costs the same whatever the scenario's size and however many
/// warnings the checker gave: the same 150 choices on a small story without
/// warnings and on one 10 times larger with a warning at every decision
/// make the same number of allocations (the engine once copied every
/// warning on every choice: thousands of allocations a choice; then it
/// rendered and kept every text: about 10 a choice). A run is kept as
/// indices, so the only allocations left are its two lists growing: a
/// handful for 150 choices, not one a choice.
#[test]
fn a_choice_costs_the_same_whatever_the_size_and_the_warnings() {
    let g = guide();
    let small = check_source(
        &frontline::bench::generated_story(300, true),
        Path::new("generated.ron"),
        &g,
    );
    let large = check_source(
        &frontline::bench::generated_story(3000, false),
        Path::new("generated.ron"),
        &g,
    );
    let (small, large) = (small.checked.unwrap(), large.checked.unwrap());
    assert!(small.warnings.is_empty() && large.warnings.len() > 2900);
    let (a, b) = (
        allocations_of_choices(&small, 150),
        allocations_of_choices(&large, 150),
    );
    eprintln!("allocations for 150 choices: small story {a}, large story with warnings {b}");
    assert!(a > 0, "the counter counts");
    assert!(b <= a + a / 10, "small {a}, large {b}");
    assert!(
        a < 40 && b < 40,
        "fewer than one allocation in 4 choices: {a}, {b}"
    );
}

// ---------------------------------------------------------------- the library

/// No errors and no warnings, but for the design warnings (`lint`), which
/// flag content being corrected: those are listed, not failed.
#[test]
fn every_bundled_scenario_checks_clean() {
    use frontline::scenario::lint::DESIGN_CODES;
    let lib = library();
    let (design, other): (Vec<_>, Vec<_>) = lib
        .problems
        .iter()
        .partition(|d| !d.is_error() && DESIGN_CODES.contains(&d.code.as_str()));
    assert!(
        other.is_empty(),
        "{}",
        other
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    for d in design {
        eprintln!("{d}");
    }
    assert!(lib.scenarios.len() >= 2);
    let bundled = Library::bundled(guide());
    assert_eq!(
        bundled.scenarios.len(),
        lib.scenarios.len(),
        "the binary bundles every scenario"
    );
}

/// One rule decides duplicate ids, for loading a folder and for hot reload
/// alike: the file that has the id keeps it; a second file with the same id
/// is refused with a located error; a file's new version replaces its old one.
#[test]
fn a_second_file_with_a_known_id_is_refused_by_load_and_reload_alike() {
    let dir = tempdir("duplicate-ids");
    let text = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    std::fs::write(dir.join("a.ron"), &text).unwrap();
    std::fs::write(dir.join("b.ron"), &text).unwrap();
    let mut lib = Library::load_dir(&dir, guide()).unwrap();
    assert_eq!(lib.scenarios.len(), 1);
    assert_eq!(lib.scenarios[0].compiled.file, dir.join("a.ron"));
    let refused: Vec<_> = lib.errors().collect();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].code, "duplicate-scenario");
    assert_eq!(refused[0].file, dir.join("b.ron"));

    // Hot reload of b.ron: still refused, a.ron's scenario stays.
    let b = check_source(&text, &dir.join("b.ron"), &guide());
    let err = lib.put(b.checked.unwrap()).unwrap_err();
    assert_eq!(err.code, "duplicate-scenario");
    assert_eq!(lib.scenarios.len(), 1);
    assert_eq!(lib.scenarios[0].compiled.file, dir.join("a.ron"));

    // Hot reload of a.ron with a new title: replaces it in place.
    let edited = text.replacen("title: \"", "title: \"Edited ", 1);
    let a = check_source(&edited, &dir.join("a.ron"), &guide());
    lib.put(a.checked.unwrap()).unwrap();
    assert_eq!(lib.scenarios.len(), 1);
    assert!(lib.scenarios[0].scenario().title.starts_with("Edited "));
}

/// One rule for where the scenarios come from, for the command line and the
/// game: the folder given, else the bundled copy with a note saying why.
#[test]
fn an_unreadable_folder_falls_back_to_the_bundled_scenarios_with_a_note() {
    let (lib, note) = Library::open(Some(&root().join("scenarios")), guide());
    assert_eq!(lib.source, Source::Folder(root().join("scenarios")));
    assert!(note.is_none());
    let missing = root().join("no-such-folder");
    let (lib, note) = Library::open(Some(&missing), guide());
    assert_eq!(lib.source, Source::Bundled);
    assert_eq!(
        lib.scenarios.len(),
        Library::bundled(guide()).scenarios.len()
    );
    let note = note.expect("the fallback is explained");
    assert!(
        note.contains("no-such-folder") && note.contains("bundled"),
        "{note}"
    );
}

#[test]
fn every_scenario_has_ending_paths_and_best_beats_worst() {
    let lib = library();
    let g = guide();
    for c in &lib.scenarios {
        for seed in [1, 2, 3] {
            let best = debrief(&play_extreme(c, seed, true), &g);
            let worst = debrief(&play_extreme(c, seed, false), &g);
            assert!(best.ending.is_some() && worst.ending.is_some());
            assert!(
                best.score.points > worst.score.points && best.score.overall > worst.score.overall,
                "{} seed {seed}: best {} vs worst {}",
                c.id(),
                best.score.points,
                worst.score.points
            );
        }
    }
}

// ---------------------------------------------------------------- the command line

#[test]
fn cli_check_passes_on_the_scenarios_and_fails_on_a_broken_copy() {
    let ok = frontline(&["check"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    let bad = frontline(&["check", "tests/fixtures/broken/missing_comma.ron"]);
    assert!(!bad.status.success());
    let out = String::from_utf8_lossy(&bad.stdout);
    assert!(
        out.contains("missing_comma.ron:44:13: error: a comma is missing"),
        "{out}"
    );
    let json = frontline(&["check", "--format", "json", "tests/fixtures/broken"]);
    assert!(!json.status.success());
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["ok"], false);
    let diags = v["diagnostics"].as_array().unwrap();
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "dead-end" && d["line"] == 41)
    );
}

#[test]
fn cli_run_json_is_byte_identical_for_the_same_seed_and_choices() {
    let args = [
        "run",
        "tests/fixtures/tiny.ron",
        "--seed",
        "5",
        "--choices",
        "2,1",
        "--json",
    ];
    let a = frontline(&args);
    let b = frontline(&args);
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(a.stdout, b.stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["scenario"], "tiny");
    assert_eq!(v["seed"], 5);
    assert!(v["ending"].is_string());
    let score = v["score"].as_u64().unwrap();
    assert!(score <= 100);
    for h in v["harms"].as_array().unwrap() {
        assert!(h["id"].is_string() && h["severity"].is_u64());
        assert!(h["kind"] == "caused" || h["kind"] == "avoided");
    }
    let bad = frontline(&["run", "tests/fixtures/tiny.ron", "--choices", "7"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not open"));
}

#[test]
fn cli_coverage_lists_all_harms() {
    let out = frontline(&["coverage", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let obj = v.as_object().unwrap();
    assert_eq!(obj.len(), 27);
    for (id, c) in obj {
        assert!(c["caused"].is_u64() && c["avoided"].is_u64(), "{id}");
    }
    // The coverage type's own field order, not alphabetical.
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.find("\"caused\"") < text.find("\"avoided\""), "{text}");
}

/// `frontline map` writes every bundled scenario's map as well-formed SVG
/// naming each node once, DOT and Mermaid to stdout, and maps a file whose
/// exploration fails too (exit code 1, the errors on stderr).
#[test]
fn cli_map_writes_svg_dot_and_mermaid() {
    let dir = tempdir("map");
    for s in &library().scenarios {
        let out_file = dir.join(format!("{}.svg", s.id()));
        let out = frontline(&[
            "map",
            s.id(),
            "--paths",
            "--out",
            out_file.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let svg = std::fs::read_to_string(&out_file).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        let names: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("name"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(names.len(), s.compiled.node_ids.len(), "{}", s.id());
        for id in &s.compiled.node_ids {
            assert!(names.contains(&id.as_str()), "{} in {}", id, s.id());
        }
    }
    let tiny = fixture("tiny.ron");
    let dot = frontline(&["map", tiny.to_str().unwrap(), "--format", "dot"]);
    assert!(dot.status.success());
    assert!(String::from_utf8_lossy(&dot.stdout).starts_with("digraph \"tiny\""));
    let mermaid = frontline(&["map", tiny.to_str().unwrap(), "--format", "mermaid"]);
    assert!(String::from_utf8_lossy(&mermaid.stdout).starts_with("flowchart LR"));
    // A node no run reaches is an error of the file, and on the map.
    let text = std::fs::read_to_string(&tiny).unwrap().replace(
        r#""good": (text"#,
        r#""lost": (text: "Nobody comes here.", next: "good"),
        "good": (text"#,
    );
    let broken = dir.join("tiny.ron");
    std::fs::write(&broken, text).unwrap();
    let out = frontline(&["map", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can never be reached"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("⚠ unreachable"));
    let unknown = frontline(&["map", "no-such-scenario"]);
    assert_eq!(unknown.status.code(), Some(2));
    // The game maps bundled scenarios from the copy in the binary.
    let bundled = Library::bundled(guide());
    let first = &bundled.scenarios[0];
    let text = bundled.source_of(&first.compiled.file).unwrap();
    assert!(text.contains(&format!("id: \"{}\"", first.id())));
}

#[test]
fn cli_play_reads_number_keys_from_the_terminal() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(["play", "tests/fixtures/tiny.ron", "--seed", "3"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"x\n1\nb\n2\n1\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Type a choice number"), "{text}");
    assert!(text.contains("Back to an earlier decision"), "{text}");
    assert!(text.contains("=== Debrief: Tiny ==="), "{text}");
    // The replay command names the file played, and works as printed.
    let printed = "frontline run tests/fixtures/tiny.ron --seed 3 --choices 2,1";
    assert!(text.contains(printed), "{text}");
    let args: Vec<&str> = printed.split(' ').skip(1).collect();
    let replay = frontline(&args);
    assert!(replay.status.success(), "{replay:?}");
    assert!(String::from_utf8_lossy(&replay.stdout).contains("=== Debrief: Tiny ==="));
}

/// The keys of the outermost object of pretty JSON, in the order written.
fn json_keys(json: &str) -> Vec<&str> {
    json.lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter_map(|l| l.split_once("\": ").map(|(key, _)| key))
        .collect()
}

/// `run --json` is a contract for facilitators' and CI scripts: its keys,
/// their order (alphabetical at every level) and the binary printing
/// exactly this type.
#[test]
fn cli_run_json_keeps_its_shape() {
    use frontline::cli::output::{RunOutput, to_json};
    let mut session = Session::start(&tiny(), 5);
    for n in [2, 1] {
        session.choose_number(n).unwrap();
    }
    let out = RunOutput::new(
        &session,
        debrief(&session, &guide()),
        frontline::i18n::Lang::En,
    );
    let json = to_json(&out);
    assert_eq!(
        json_keys(&json),
        [
            "choices",
            "debrief",
            "ending",
            "finished",
            "harms",
            "language",
            "open_choices",
            "profile",
            "scenario",
            "score",
            "scores",
            "seed",
            "transcript",
            "version"
        ]
    );
    assert_eq!(
        json_keys(&to_json(&out.harms[0])),
        [
            "caused", "choice", "decision", "id", "kind", "node", "severity"
        ]
    );
    // Nested objects too are written with their keys in alphabetical order.
    assert_eq!(
        json_keys(&to_json(&out.scores)),
        ["areas", "best", "overall", "points", "worst"]
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["scenario"], "tiny");
    assert_eq!(v["seed"], 5);
    assert_eq!(v["choices"], serde_json::json!([2, 1]));
    assert_eq!(v["harms"][0]["id"], "ID-2");
    assert_eq!(v["harms"][0]["kind"], "caused");
    assert_eq!(v["harms"][0]["caused"], true);
    assert_eq!(v["harms"][0]["decision"], 1);
    assert_eq!(v["score"], v["scores"]["overall"]);
    assert_eq!(v["finished"], v["ending"].is_string());

    let cli = frontline(&[
        "run",
        "tests/fixtures/tiny.ron",
        "--seed",
        "5",
        "--choices",
        "2,1",
        "--json",
    ]);
    assert_eq!(String::from_utf8_lossy(&cli.stdout), json + "\n");
}

/// `check` with no path names the folder it checks, so a copy elsewhere is
/// not taken for one's own files.
#[test]
fn cli_check_without_a_path_says_which_folder_it_checks() {
    let here = frontline(&["check"]);
    let out = String::from_utf8_lossy(&here.stdout);
    assert!(
        out.starts_with("Checking the scenarios/ folder in "),
        "{out}"
    );
    let dir = tempdir("check-no-scenarios");
    let elsewhere = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .arg("check")
        .current_dir(&dir)
        .env_remove("FRONTLINE_SCENARIOS")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&elsewhere.stdout);
    assert!(
        out.starts_with("There is no scenarios/ folder")
            && out.contains("frontline check my-scenario.ron"),
        "{out}"
    );
    // With --format json the note goes to stderr: stdout stays JSON.
    let json = frontline(&["check", "--format", "json"]);
    assert!(serde_json::from_slice::<serde_json::Value>(&json.stdout).is_ok());
    assert!(String::from_utf8_lossy(&json.stderr).contains("Checking the scenarios/ folder"));
}

/// `check` with no path and `--scenarios DIR` checks DIR and says so.
#[test]
fn cli_check_without_a_path_uses_the_scenarios_option() {
    let out = frontline(&["--scenarios", "tests/fixtures/lint", "check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Checking tests/fixtures/lint, the folder --scenarios names."),
        "{text}"
    );
    assert!(text.contains("lint/clean.ron: ok"), "{text}");
}

/// A scenario with `next_if` may be a stage of a case journey: a variable
/// it only sets may be read by a later stage, so it is not warned about.
#[test]
fn a_stage_with_next_if_is_not_warned_of_variables_a_case_carries() {
    let src = std::fs::read_to_string(fixture("lint/variable-never-read.ron")).unwrap();
    let stage = src
        .replacen("feedback: \"Privacy helps.\", next: \"good\")", "feedback: \"Privacy helps.\", next: \"route\")", 1)
        .replacen(
            "\"good\": (",
            "\"route\": (text: \"Later.\", next_if: [(when: \"trust >= 50\", next: \"good\")], next: \"poor\"),\n        \"good\": (",
            1,
        );
    assert_ne!(stage, src);
    let r = check_source(&stage, Path::new("variable-never-read.ron"), &guide());
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
}

/// `check DIR` reads only the files directly in DIR, and says which
/// subfolders it left, but not the language folders or `cases/`.
#[test]
fn cli_check_of_a_folder_says_which_subfolders_it_skipped() {
    let dir = tempdir("check-subfolders");
    std::fs::copy(fixture("tiny.ron"), dir.join("tiny.ron")).unwrap();
    for sub in ["drafts", "th", "cases", ".git"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let out = frontline(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let skipped: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "skipped-folder")
        .collect();
    assert_eq!(skipped.len(), 1, "{v:#}");
    assert!(skipped[0]["file"].as_str().unwrap().ends_with("drafts"));
    assert_eq!(skipped[0]["severity"], "warning");
    assert!(
        skipped[0]["help"]
            .as_str()
            .unwrap()
            .contains("frontline check "),
        "{v:#}"
    );
}

/// `check --format json`: a summary, one entry per file, every diagnostic.
#[test]
fn cli_check_json_keeps_its_shape() {
    use frontline::cli::output::{CheckOutput, to_json};
    use frontline::scenario::check::scenario_files;
    let folder = Path::new("tests/fixtures/broken");
    let checks: Vec<_> = scenario_files(folder)
        .unwrap()
        .iter()
        .map(|f| check_file(f, &guide()))
        .collect();
    let out = CheckOutput::new(&checks, &[]);
    let json = to_json(&out);
    assert_eq!(
        json_keys(&json),
        ["diagnostics", "errors", "files", "ok", "warnings"]
    );
    assert_eq!(
        json_keys(&to_json(&out.files[0])),
        ["errors", "file", "ok", "warnings"]
    );
    assert_eq!(
        json_keys(&to_json(&out.diagnostics[0])),
        [
            "code", "column", "file", "help", "line", "message", "severity"
        ]
    );
    assert!(!out.ok);
    assert_eq!(out.files.len(), checks.len());
    assert_eq!(out.errors + out.warnings, out.diagnostics.len());
    assert!(out.files.iter().all(|f| !f.ok && f.errors > 0));

    let cli = frontline(&["check", "--format", "json", "tests/fixtures/broken"]);
    assert_eq!(cli.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&cli.stdout), json + "\n");
}

/// `list --json`: an array with one entry per scenario.
#[test]
fn cli_list_json_keeps_its_shape() {
    use frontline::cli::output::{ScenarioListing, to_json};
    let listing: Vec<ScenarioListing> = library()
        .scenarios
        .iter()
        .map(ScenarioListing::from)
        .collect();
    let checked = tiny();
    let entry = ScenarioListing::from(&checked);
    assert_eq!(
        json_keys(&to_json(&entry)),
        [
            "area", "id", "minutes", "nodes", "roles", "title", "version"
        ]
    );
    let v = serde_json::to_value(&entry).unwrap();
    assert_eq!(v["id"], "tiny");
    assert_eq!(v["area"], "Identification");
    assert_eq!(v["roles"], serde_json::json!(["Police"]));
    assert_eq!(v["nodes"], checked.scenario().nodes.len());

    let cli = frontline(&["list", "--json"]);
    assert_eq!(
        String::from_utf8_lossy(&cli.stdout),
        to_json(&listing) + "\n"
    );
}

/// One error type chooses the exit code: 2 for a mistake in what was asked,
/// 1 when the work failed or its result is a failure.
#[test]
fn cli_exit_codes_are_2_for_mistakes_and_1_for_failures() {
    let unknown = frontline(&["run", "port-inspectin"]);
    assert_eq!(unknown.status.code(), Some(2));
    let err = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        err.starts_with("error: there is no scenario `port-inspectin`. Did you mean `port-inspection`? Known scenarios: "),
        "{err}"
    );
    let not_a_number = frontline(&["run", "tests/fixtures/tiny.ron", "--choices", "x"]);
    assert_eq!(not_a_number.status.code(), Some(2));
    let bad_code = frontline(&["report", "tests/fixtures", "--workshop", "!!"]);
    assert_eq!(bad_code.status.code(), Some(2));
    let broken = frontline(&["check", "tests/fixtures/broken"]);
    assert_eq!(broken.status.code(), Some(1));
    let unwritable = frontline(&[
        "xapi",
        "tests/fixtures",
        "--out",
        "/dev/null/no/statements.json",
    ]);
    assert_eq!(unwritable.status.code(), Some(1));
    let err = String::from_utf8_lossy(&unwritable.stderr);
    assert!(
        err.starts_with("error: cannot write /dev/null/no/statements.json: "),
        "{err}"
    );
}

#[test]
fn the_library_trains_the_whole_guide() {
    let lib = library();
    assert!(lib.scenarios.len() >= 12);
    for area in Area::ALL {
        let n = lib
            .scenarios
            .iter()
            .filter(|s| s.scenario().area == area)
            .count();
        assert!(n >= 2, "{area}: {n} scenarios");
    }
    let roles: std::collections::BTreeSet<_> = lib
        .scenarios
        .iter()
        .flat_map(|s| s.scenario().roles.clone())
        .collect();
    assert!(roles.len() >= 6, "{roles:?}");
    for s in &lib.scenarios {
        let sc = s.scenario();
        let id = &sc.id;
        assert!(
            (15..=40).contains(&sc.nodes.len()),
            "{id}: {} nodes",
            sc.nodes.len()
        );
        let endings: Vec<_> = sc
            .nodes
            .values()
            .filter_map(|n| n.ending.as_ref())
            .collect();
        assert!(endings.len() >= 3, "{id}: {} endings", endings.len());
        let tones: std::collections::BTreeSet<_> =
            endings.iter().map(|e| format!("{:?}", e.tone)).collect();
        assert!(
            tones.len() >= 2,
            "{id}: endings differ in what becomes of the person"
        );
        assert!(sc.profiles.len() >= 3, "{id}: the person met varies");
        assert!(!sc.content_notes.is_empty(), "{id}: content notes");
        assert!(!sc.draws_on.is_empty(), "{id}: guide sections recorded");
    }
    for (id, c) in lib.coverage() {
        assert!(
            c.is_enough(),
            "{id}: caused {} avoided {}",
            c.caused,
            c.avoided
        );
    }
}

// ---------------------------------------------------------------- hardening

/// The fixture with its one `when` replaced by `when`.
fn tiny_with_condition(when: &str) -> String {
    let src = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    src.replace(
        "when: \"asked and trust >= 50\"",
        &format!("when: \"{when}\""),
    )
}

#[test]
fn deeply_nested_conditions_are_a_located_error_not_a_crash() {
    let g = guide();
    let deep = [
        format!("{}asked{}", "(".repeat(5000), ")".repeat(5000)),
        format!("{}asked", "not ".repeat(5000)),
        format!("{}asked", "! ".repeat(100_000)),
        vec!["asked"; 50_000].join(" and "),
        vec!["asked"; 50_000].join(" or "),
    ];
    for when in &deep {
        let r = check_source(&tiny_with_condition(when), Path::new("deep.ron"), &g);
        assert!(r.checked.is_none());
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.code == "condition-too-deep")
            .unwrap_or_else(|| panic!("{:#?}", r.diagnostics));
        assert!(d.line > 1 && d.column > 0, "{d:?}");
        assert!(d.message.contains("nested too deep"), "{d:?}");
    }
    // A reasonable nesting still checks clean.
    let ok = format!("{}asked and trust >= 50{}", "(".repeat(10), ")".repeat(10));
    let r = check_source(&tiny_with_condition(&ok), Path::new("tiny.ron"), &g);
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
}

#[test]
fn deeply_nested_ron_says_so_in_plain_words() {
    let g = guide();
    let src = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    // `vars` takes any value, so ron walks the brackets as deep as they go.
    let deep = src.replacen(
        "\"trust\": 40",
        &format!("\"trust\": {}{}", "[".repeat(3000), "]".repeat(3000)),
        1,
    );
    let r = check_source(&deep, Path::new("deep.ron"), &g);
    assert!(r.checked.is_none());
    let d = &r.diagnostics[0];
    assert_eq!(d.code, "nested-too-deep", "{d:?}");
    assert!(!d.message.contains("recursion_limit"), "{d:?}");
    assert!(d.line >= 1 && d.column >= 1, "{d:?}");
}

#[test]
fn cli_commands_survive_a_folder_with_a_deep_condition() {
    let dir = tempdir("deep-condition");
    let when = format!("{}asked", "not ".repeat(20_000));
    std::fs::write(dir.join("tiny.ron"), tiny_with_condition(&when)).unwrap();
    let d = dir.to_str().unwrap();
    for args in [vec!["check", d], vec!["list", "--scenarios", d]] {
        let out = frontline(&args);
        assert!(out.status.code().is_some(), "{args:?} crashed");
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(text.contains("nested too deep"), "{args:?}: {text}");
    }
}

#[test]
fn cli_play_asks_again_after_a_line_that_is_not_utf8() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(["play", "tests/fixtures/tiny.ron", "--seed", "3"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"\xff\xfe1\n2\n1\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("not valid text"), "{text}");
    assert!(
        text.contains("frontline run tests/fixtures/tiny.ron --seed 3 --choices 2,1"),
        "{text}"
    );
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// A change to a scenario's text: replace the bytes at a place (a
    /// fraction of the length) with a fragment of RON or noise.
    fn edits() -> impl Strategy<Value = Vec<(f64, usize, String)>> {
        let fragment = prop_oneof![
            prop::sample::select(vec![
                "(",
                ")",
                "[",
                "]",
                "{",
                "}",
                ",",
                ":",
                "\"",
                "//",
                "/*",
                "r#\"",
                "Some(",
                "when: \"not (\"",
                "effects: [\"trust += 1\"]",
                "next: \"nowhere\"",
                "\"ID-4\": 9",
                "-1",
                "1e999",
                "é",
                "\u{0}",
            ])
            .prop_map(str::to_string),
            any::<String>(),
        ];
        prop::collection::vec((0.0..1.0f64, 0usize..20, fragment), 1..6)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Scenario source through the checker: a damaged file never
        /// panics or hangs it, and every error names its line.
        #[test]
        fn any_damaged_scenario_is_checked_with_placed_errors(edits in edits()) {
            let mut src = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
            for (at, cut, text) in edits {
                let mut i = (at * src.len() as f64) as usize;
                while !src.is_char_boundary(i) {
                    i -= 1;
                }
                let mut j = (i + cut).min(src.len());
                while !src.is_char_boundary(j) {
                    j += 1;
                }
                src.replace_range(i..j, &text);
            }
            let r = check_source(&src, Path::new("tiny.ron"), &guide());
            for d in &r.diagnostics {
                prop_assert!(d.line >= 1, "{d:?}");
                prop_assert!(!d.code.is_empty() && !d.message.is_empty(), "{d:?}");
            }
        }
    }
}

// ---------------------------------------------------------------- languages

/// A case journey's translation: `translate` makes `<lang>/cases/<id>.po`
/// and counts it, `case run --lang` shows a translated handover line, and
/// `check` names a lost placeholder with its line.
#[test]
fn cli_translate_makes_a_case_s_file_and_check_locates_its_problems() {
    let dir = std::env::temp_dir().join(format!("frontline-case-tr-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("cases")).unwrap();
    for f in ["stage-port.ron", "stage-shelter.ron", "stage-court.ron"] {
        std::fs::copy(fixture(f), dir.join(f)).unwrap();
    }
    std::fs::copy(fixture("cases/journey.ron"), dir.join("cases/journey.ron")).unwrap();
    let d = dir.to_str().unwrap();
    let made = frontline(&["--scenarios", d, "--lang", "th", "translate", "--json"]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&made.stdout).unwrap();
    let path = dir.join("th").join("cases").join("journey.po");
    let written: Vec<&str> = v["written"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(written.contains(&path.to_str().unwrap()), "{v}");
    assert!(
        v["languages"][0]["cases"]["journey"]["total"]
            .as_u64()
            .unwrap()
            > 8,
        "{v}"
    );
    let po = std::fs::read_to_string(&path).unwrap();
    let key = "msgctxt \"case:journey/stage/1/handover/2\"\nmsgid \"Trust is low.\"\nmsgstr \"\"";
    assert!(po.contains(key), "{po}");
    // A line without placeholders, translated: shown when its stage begins.
    std::fs::write(
        &path,
        po.replacen(key, &key.replace("msgstr \"\"", "msgstr \"ความไว้ใจต่ำ\""), 1),
    )
    .unwrap();
    let run = frontline(&[
        "--scenarios",
        d,
        "--lang",
        "th",
        "case",
        "run",
        "journey",
        "--seed",
        "5",
        "--choices",
        "2",
        "--json",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("ความไว้ใจต่ำ"));
    // A translation that loses {name}: an error at its line.
    let po = std::fs::read_to_string(&path).unwrap();
    let name_key = "msgctxt \"case:journey/stage/1/handover/0\"";
    let at = po.lines().position(|l| l == name_key).unwrap() + 2;
    let broken = po.replacen(
        &format!("{name_key}\nmsgid \"Referral note: {{name}}, presumed victim.\"\nmsgstr \"\""),
        &format!(
            "{name_key}\nmsgid \"Referral note: {{name}}, presumed victim.\"\nmsgstr \"บันทึก\""
        ),
        1,
    );
    assert_ne!(broken, po);
    std::fs::write(&path, broken).unwrap();
    let checked = frontline(&["check", d]);
    let out = String::from_utf8_lossy(&checked.stdout);
    assert!(out.contains(&format!("journey.po:{at}:1: error")), "{out}");
    assert!(
        out.contains("translation-placeholder") || out.contains("leaves out {name}"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A translator's round: `translate` makes the files, a translation shows
/// in `run`, `check` names a lost placeholder with its place, and when the
/// English changes the translation is kept, marked stale, and English shows.
#[test]
fn cli_translate_makes_the_files_and_a_changed_english_text_turns_stale() {
    let dir = std::env::temp_dir().join(format!("frontline-translate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let tiny = std::fs::read_to_string(fixture("tiny.ron")).unwrap();
    std::fs::write(dir.join("tiny.ron"), &tiny).unwrap();
    let d = dir.to_str().unwrap();
    let made = frontline(&["--scenarios", d, "--lang", "km", "translate", "--json"]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&made.stdout).unwrap();
    assert_eq!(v["written"].as_array().unwrap().len(), 2, "{v}");
    let po_path = dir.join("km").join("tiny.po");
    let po = std::fs::read_to_string(&po_path).unwrap();
    assert!(po.contains("msgctxt \"tiny/title\""), "{po}");
    let total = v["languages"][0]["scenarios"]["tiny"]["total"]
        .as_u64()
        .unwrap();
    assert!(total > 3);

    // Translate the title; it shows in a run in Khmer.
    let title = Library::load_dir(&dir, guide()).unwrap().scenarios[0]
        .scenario()
        .title
        .clone();
    let translated = po.replacen(
        &format!("msgctxt \"tiny/title\"\nmsgid \"{title}\"\nmsgstr \"\""),
        &format!("msgctxt \"tiny/title\"\nmsgid \"{title}\"\nmsgstr \"ចំណងជើង\""),
        1,
    );
    assert_ne!(translated, po);
    std::fs::write(&po_path, &translated).unwrap();
    let run_in_khmer = || {
        frontline(&[
            "--scenarios",
            d,
            "--lang",
            "km",
            "run",
            "tiny",
            "--choices",
            "1",
        ])
    };
    let run = run_in_khmer();
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("ចំណងជើង"));
    let report = frontline(&[
        "--scenarios",
        d,
        "--lang",
        "km",
        "translate",
        "--report-only",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(v["languages"][0]["scenarios"]["tiny"]["translated"], 1);
    assert_eq!(v["languages"][0]["scenarios"]["tiny"]["reviewed"], 1);

    // The English title changes: the translation is kept, stale, not shown.
    std::fs::write(
        dir.join("tiny.ron"),
        tiny.replacen(&title, "A new title", 1),
    )
    .unwrap();
    let checked = frontline(&["check", d]);
    let out = String::from_utf8_lossy(&checked.stdout);
    assert!(
        out.contains("translation-stale") || out.contains("has changed since it was translated"),
        "{out}"
    );
    let again = frontline(&["--scenarios", d, "--lang", "km", "translate", "--json"]);
    assert!(again.status.success());
    let po = std::fs::read_to_string(&po_path).unwrap();
    assert!(po.contains(&format!("#| msgid \"{title}\"")), "{po}");
    assert!(po.contains("msgstr \"ចំណងជើង\""));
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(v["languages"][0]["scenarios"]["tiny"]["stale"], 1);
    let run = run_in_khmer();
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("A new title"));

    // A translation that loses a placeholder is an error with its place.
    std::fs::write(
        &po_path,
        po.replace("msgstr \"ចំណងជើង\"", "msgstr \"{nobody}\""),
    )
    .unwrap();
    let broken = frontline(&["check", d]);
    assert!(!broken.status.success());
    let out = String::from_utf8_lossy(&broken.stdout);
    assert!(
        out.contains("km/tiny.po:") && out.contains("translation-placeholder")
            || out.contains("adds {nobody}"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// ------------------------------------------------- passages that route (next_if)

const ROUTED: &str = r#"(
    id: "routed", title: "Routed", area: Shelter, roles: [ShelterStaff],
    summary: "s", content_notes: ["none"],
    vars: {"detained": false},
    profiles: [(label: "free", values: {"name": "Ana"}), (label: "held", values: {"name": "Ana"}, effects: ["detained = true"])],
    nodes: {
        "start": (
            text: "{name} arrives.",
            next_if: [
                (when: "detained", next: "afraid"),
                (when: "trust >= 90", next: "open"),
            ],
            next: "open",
        ),
        "afraid": (text: "Afraid.", choices: [(text: "Wait", avoids: {"RS-2": 1}, next: "end")]),
        "open": (text: "Open.", choices: [(text: "Talk", avoids: {"RS-1": 1}, next: "end")]),
        "end": (text: "Done.", ending: (title: "Done", outcome: "Safe.", tone: Good)),
    },
)"#;

#[test]
fn next_if_routes_on_the_story_so_far() {
    let g = guide();
    let r = check_source(ROUTED, Path::new("routed.ron"), &g);
    assert!(
        r.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        r.diagnostics
    );
    let c = r.checked.unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..40 {
        let s = Session::start(&c, seed);
        let held = s.var("detained") == Some(1);
        assert_eq!(s.node_id(), if held { "afraid" } else { "open" });
        seen.insert(s.node_id().to_string());
    }
    assert_eq!(seen.len(), 2, "both routes are taken over 40 seeds");

    // A case carries facts and the person in: they replace the profile's.
    let carry = Carry {
        vars: vec![("detained".into(), 1), ("trust".into(), 20)],
        values: [("name".to_string(), "Ko Min".to_string())].into(),
    };
    for seed in 0..10 {
        let mut s = Session::start_carrying(&c, seed, carry.clone());
        assert_eq!(s.node_id(), "afraid");
        assert_eq!(s.meters()[0], 20);
        assert_eq!(s.beats()[0].text, "Ko Min arrives.");
        s.choose(0).unwrap();
        let again = Session::restore(&c, &s.save()).unwrap();
        assert_eq!(
            again.log(),
            s.log(),
            "a saved stage restores with what it carried"
        );
    }

    let no_next = ROUTED.replace("next: \"open\",\n        ),", "),");
    let r = check_source(&no_next, Path::new("routed.ron"), &g);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "next-if-without-next")
        .expect("a missing fallback is named");
    assert_eq!(d.line, 7);

    let bad = ROUTED.replace(
        "when: \"detained\", next: \"afraid\"",
        "when: \"detaned\", next: \"afriad\"",
    );
    let r = check_source(&bad, Path::new("routed.ron"), &g);
    let codes: Vec<(&str, usize)> = r
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.line))
        .collect();
    assert!(codes.contains(&("unknown-node", 10)), "{codes:?}");
    assert!(codes.contains(&("bad-condition", 10)), "{codes:?}");
}

// ------------------------------------------------- starting and scripting a scenario

#[test]
fn cli_new_writes_a_template_that_checks_clean_and_never_overwrites() {
    let dir = tempdir("new");
    let folder = dir.join("my scenarios");
    let new = |role: &str| {
        let folder = folder.to_str().unwrap();
        let args = [
            "--scenarios",
            folder,
            "new",
            "night-bus",
            "--area",
            "ID",
            "--role",
            role,
        ];
        frontline(&args)
    };
    // `Border Officer` is not a role name: the error lists the names.
    let out = new("Border Officer");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ImmigrationOfficer"));
    let out = new("immigration officer");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = folder.join("night-bus.ron");
    assert!(text.contains("frontline check"), "{text}");
    let check = frontline(&["check", file.to_str().unwrap()]);
    let checked = String::from_utf8_lossy(&check.stdout);
    assert!(checked.contains("0 error(s), 0 warning(s)"), "{checked}");
    let src = std::fs::read_to_string(&file).unwrap();
    assert!(src.contains("roles: [ImmigrationOfficer]") && src.contains("\"ID-1\""));
    // A second `new` with the same id leaves the file as it is.
    std::fs::write(&file, "my own work").unwrap();
    let again = new("Police");
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my own work");
    let bad = frontline(&["new", "Night Bus", "--area", "ID", "--role", "Police"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn cli_run_shows_places_in_the_file_and_takes_them_with_file_order() {
    let t = tiny();
    // A seed whose shuffle moves the first choice of the start.
    let seed = (0..50)
        .find(|s| Session::start(&t, *s).choices()[0].index != 0)
        .expect("some seed shuffles the first scene");
    let seed = seed.to_string();
    let shown = frontline(&["run", "tests/fixtures/tiny.ron", "--seed", &seed]);
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("in the file)"), "{text}");
    // File place 1 is "Ask ... in private" whatever number the shuffle gave it.
    let json = |order: bool| {
        let mut args = vec![
            "run",
            "tests/fixtures/tiny.ron",
            "--seed",
            &seed,
            "--choices",
            "1",
            "--json",
        ];
        if order {
            args.push("--file-order");
        }
        let out = frontline(&args);
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let by_place = json(true);
    assert_eq!(by_place["transcript"][1]["index"], 0, "{by_place}");
    assert!(
        by_place["transcript"][1]["text"]
            .as_str()
            .unwrap()
            .starts_with("Ask")
    );
    assert_ne!(json(false)["transcript"][1]["index"], 0);
    let closed = frontline(&[
        "run",
        "tests/fixtures/tiny.ron",
        "--seed",
        &seed,
        "--choices",
        "1,9",
        "--file-order",
    ]);
    let err = String::from_utf8_lossy(&closed.stderr);
    assert!(err.contains("choice 9 in the file is not open"), "{err}");
}

// ------------------------------------------------------------- case journeys

/// `case run --json` over the fixture case: the same bytes for the same
/// seed and choices, its keys pinned, and the choices and seed it prints
/// replaying the same journey.
#[test]
fn cli_case_run_json_round_trips_and_keeps_its_shape() {
    let args = [
        "--scenarios",
        "tests/fixtures",
        "case",
        "run",
        "journey",
        "--seed",
        "4",
        "--choices",
        "2,1,1",
        "--json",
    ];
    let a = frontline(&args);
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(a.stdout, frontline(&args).stdout);
    let json = String::from_utf8(a.stdout).unwrap();
    assert_eq!(
        json_keys(&json),
        [
            "carried",
            "case",
            "chains",
            "choices",
            "finished",
            "language",
            "open_choices",
            "score",
            "seed",
            "stages",
            "title"
        ]
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let stage = v["stages"][1].as_object().unwrap();
    let keys: Vec<&str> = stage.keys().map(String::as_str).collect();
    assert_eq!(keys, ["carried_in", "handover", "role", "run", "stage"]);
    assert_eq!(stage["run"]["scenario"], "stage-shelter");
    assert_eq!(stage["carried_in"]["trust"], 20);
    assert_eq!(v["chains"].as_array().unwrap().len(), 2);
    assert_eq!(v["chains"][0]["from_stage"], 1);
    assert_eq!(v["score"]["points"], -7);
    assert_eq!(v["finished"], true);
    let choices: Vec<String> = v["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.to_string())
        .collect();
    let seed = v["seed"].to_string();
    let again = frontline(&[
        "--scenarios",
        "tests/fixtures",
        "case",
        "run",
        "journey",
        "--seed",
        &seed,
        "--choices",
        &choices.join(","),
        "--json",
    ]);
    assert_eq!(again.stdout, json.as_bytes());

    let text = frontline(&args[..9]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("== Stage 2 of 3: Stage: the shelter (Shelter staff) =="));
    assert!(text.contains("Handed over:\n  - Immigration transfer sheet: Ko Min, held."));
    assert!(text.contains("Because Ko Min was detained at the port, he would not speak"));

    let list = frontline(&["--scenarios", "tests/fixtures", "case", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(v[0]["id"], "journey");
    assert_eq!(v[0]["best"], 6);
    assert_eq!(v[0]["worst"], -7);
}

#[test]
fn cli_case_run_with_a_wrong_choice_names_the_stage_and_check_checks_cases() {
    let bad = frontline(&[
        "--scenarios",
        "tests/fixtures",
        "case",
        "run",
        "journey",
        "--choices",
        "2,7",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr).trim(),
        "error: at stage 2 (`stage-shelter`), decision 2 of the case (node `guarded`): choice 7 is not open here; the open choices are 1, 2"
    );
    let ok = frontline(&["check", "tests/fixtures"]);
    let out = String::from_utf8_lossy(&ok.stdout);
    assert!(
        out.contains("tests/fixtures/cases/journey.ron: ok"),
        "{out}"
    );

    // A broken copy: `check` names the case file, line and column.
    let dir = tempdir("case-check");
    for f in ["stage-port.ron", "stage-shelter.ron", "stage-court.ron"] {
        std::fs::copy(fixture(f), dir.join(f)).unwrap();
    }
    std::fs::create_dir(dir.join("cases")).unwrap();
    let src = std::fs::read_to_string(fixture("cases/journey.ron")).unwrap();
    std::fs::write(
        dir.join("cases/journey.ron"),
        src.replace("role: Prosecutor", "role: Police"),
    )
    .unwrap();
    let broken = frontline(&["check", dir.to_str().unwrap()]);
    assert_eq!(broken.status.code(), Some(1));
    let out = String::from_utf8_lossy(&broken.stdout);
    assert!(
        out.contains("cases/journey.ron:22:13: error: stage 3 is played as Police"),
        "{out}"
    );
    let one = frontline(&["check", dir.join("cases/journey.ron").to_str().unwrap()]);
    assert_eq!(one.status.code(), Some(1));
}
