//! The case journeys on the fixture case `tests/fixtures/cases/journey.ron`
//! over three tiny stage scenarios: carrying, routing by a carried fact,
//! handovers, determinism, chains, totals, and every checker message.

use super::*;
use crate::guide::Guide;
use crate::scenario::check::check_source;
use crate::scenario::library::Library;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn library() -> Library {
    Library::load_dir(&fixtures(), Arc::new(Guide::bundled().unwrap())).unwrap()
}

fn journey_source() -> String {
    std::fs::read_to_string(fixtures().join("cases/journey.ron")).unwrap()
}

fn journey() -> CheckedCase {
    let r = check_case_source(&journey_source(), Path::new("journey.ron"), &library());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    r.checked.unwrap()
}

/// The journey after `choices`.
fn play(case: &CheckedCase, seed: u64, choices: &[usize]) -> CaseRun {
    let mut run = CaseRun::start(case, seed);
    for n in choices {
        run.choose_number(*n).unwrap();
    }
    run
}

/// The codes and lines of the checker's messages on an edited journey.
fn codes_of(src: &str, library: &Library) -> Vec<(String, usize)> {
    check_case_source(src, Path::new("journey.ron"), library)
        .diagnostics
        .iter()
        .map(|d| (d.code.clone(), d.line))
        .collect()
}

fn edited(from: &str, to: &str) -> String {
    let src = journey_source();
    assert!(src.contains(from), "the fixture has {from}");
    src.replace(from, to)
}

#[test]
fn meters_facts_and_the_person_carry_from_stage_to_stage() {
    let case = journey();
    let run = play(&case, 5, &[2]);
    assert_eq!(run.stages().len(), 2, "the port ended: the shelter began");
    let shelter = run.current();
    // The port's trust (50 - 30) and its fact, carried in.
    assert_eq!(shelter.session.meters()[0], 20);
    assert_eq!(shelter.session.var("detained"), Some(1));
    assert!(shelter.carried_in.contains(&("trust".into(), 20)));
    // A fact the shelter does not declare passes through it to the court.
    let run = play(&case, 5, &[1, 1]);
    assert_eq!(run.current().session.var("has_support"), Some(1));
    let carried = run.carried();
    assert!(carried.contains(&("identified".into(), 1)), "{carried:?}");
    // The person is the case's in every stage, not the stage's profile.
    let d = case_debrief(&run, &Guide::bundled().unwrap());
    assert_eq!(
        d.stages[0].debrief.decisions[0].chosen,
        "Talk to Ko Min in private and refer him."
    );
    assert_eq!(
        d.stages[2].debrief.ending, None,
        "the court has not been decided yet"
    );
}

#[test]
fn a_carried_fact_chooses_the_stage_s_opening_and_its_handover() {
    let case = journey();
    for seed in 0..8 {
        let free = play(&case, seed, &[1]);
        assert_eq!(free.current().session.node_id(), "open");
        assert_eq!(
            free.current().handover,
            ["Referral note: Ko Min, presumed victim."]
        );
        let held = play(&case, seed, &[2]);
        assert_eq!(held.current().session.node_id(), "guarded");
        assert_eq!(
            held.current().handover,
            ["Immigration transfer sheet: Ko Min, held.", "Trust is low."]
        );
    }
    assert!(play(&case, 1, &[]).current().handover.is_empty());
}

#[test]
fn the_same_seed_and_choices_give_the_same_journey_and_a_save_restores_it() {
    let case = journey();
    let a = play(&case, 42, &[2, 2, 1]);
    let b = play(&case, 42, &[2, 2, 1]);
    let g = Guide::bundled().unwrap();
    assert_eq!(case_debrief(&a, &g), case_debrief(&b, &g));
    assert!(a.is_ended());
    let stage_seeds: Vec<u64> = a.stages().iter().map(|s| s.seed).collect();
    assert_eq!(
        stage_seeds,
        (0..3)
            .map(|i| crate::sim::seed::stage_seed("journey", i, 42))
            .collect::<Vec<_>>()
    );
    let save = a.save();
    assert_eq!(save.choices, [2, 2, 1]);
    let json = serde_json::to_string(&save).unwrap();
    let back: CaseSave = serde_json::from_str(&json).unwrap();
    let again = CaseRun::restore(&case, &back).unwrap();
    assert_eq!(case_debrief(&again, &g), case_debrief(&a, &g));
    let mut rewound = again.clone();
    rewound.rewind(1).unwrap();
    assert_eq!(rewound.choices(), [2]);
    assert_eq!(rewound.current().session.node_id(), "guarded");
}

#[test]
fn a_wrong_choice_names_the_stage_and_the_open_choices() {
    let case = journey();
    let mut run = play(&case, 1, &[2]);
    let e = run.choose_number(5).unwrap_err();
    assert_eq!(
        e.to_string(),
        "at stage 2 (`stage-shelter`), decision 2 of the case (node `guarded`): choice 5 is not open here; the open choices are 1, 2"
    );
    let mut done = play(&case, 1, &[2, 2, 1]);
    assert_eq!(done.choose_number(1), Err(CaseError::Ended { decision: 4 }));
}

#[test]
fn links_show_only_the_chains_that_happened() {
    let case = journey();
    let g = Guide::bundled().unwrap();
    let chains = |choices: &[usize]| -> Vec<(String, usize, String, usize)> {
        case_debrief(&play(&case, 3, choices), &g)
            .chains
            .into_iter()
            .map(|c| (c.from, c.from_stage, c.to, c.to_stage))
            .collect()
    };
    // Detained, pressed to sign (RS-2), then summoned without support (CJ-1).
    assert_eq!(
        chains(&[2, 1, 1]),
        [
            ("ID-2".into(), 1, "RS-2".into(), 2),
            ("ID-2".into(), 1, "CJ-1".into(), 3)
        ]
    );
    let d = case_debrief(&play(&case, 3, &[2, 1, 1]), &g);
    assert_eq!(
        d.chains[0].text,
        "Because Ko Min was detained at the port, he would not speak at the shelter."
    );
    // Given time and support: RS-2 avoided; CJ-1 caused, but with support.
    assert!(chains(&[2, 2, 2]).is_empty());
    // Never detained: no ID-2, no chain.
    assert!(chains(&[1, 2, 1]).is_empty());
}

#[test]
fn the_totals_span_the_best_and_worst_journeys() {
    let case = journey();
    assert_eq!(
        case.totals,
        CaseTotals {
            best: 6,
            worst: -7,
            estimate: false
        }
    );
    let g = Guide::bundled().unwrap();
    let best = case_debrief(&play(&case, 9, &[1, 1, 1]), &g).score;
    assert_eq!((best.points, best.overall), (6, 100));
    let worst = case_debrief(&play(&case, 9, &[2, 1, 1]), &g).score;
    assert_eq!((worst.points, worst.overall), (-7, 0));
}

#[test]
fn the_checker_names_stages_roles_facts_placeholders_and_links() {
    let lib = library();
    let has = |codes: &[(String, usize)], code: &str, line: usize| {
        codes.iter().any(|(c, l)| c == code && *l == line)
    };
    let c = codes_of(&edited("\"stage-court\"", "\"stage-cort\""), &lib);
    assert!(has(&c, "unknown-stage", 21), "{c:?}");
    let r = check_case_source(
        &edited("\"stage-court\"", "\"stage-cort\""),
        Path::new("journey.ron"),
        &lib,
    );
    assert!(
        r.diagnostics[0]
            .help
            .contains("did you mean `stage-court`?")
    );
    assert!(r.checked.is_none());

    let c = codes_of(&edited("role: Prosecutor", "role: Police"), &lib);
    assert!(has(&c, "role-not-in-stage", 22), "{c:?}");

    let c = codes_of(&edited("\"them\": \"him\", ", ""), &lib);
    assert!(has(&c, "unknown-placeholder", 10), "{c:?}");
    let msg = check_case_source(
        &edited("\"their\": \"his\"", "\"theirs\": \"his\""),
        Path::new("journey.ron"),
        &lib,
    );
    assert!(
        msg.diagnostics.iter().any(|d| d.message
            == "stage 2 (`stage-shelter`) uses `{their}`, which the case's `values` do not define"),
        "{:?}",
        msg.diagnostics
    );

    // The court without the shelter before it: nothing sets has_support.
    let c = codes_of(
        &edited(
            "(\n            scenario: \"stage-shelter\"",
            "(\n            scenario: \"stage-port\"",
        ),
        &lib,
    );
    assert!(c.iter().any(|(code, _)| code == "fact-never-set"), "{c:?}");

    let c = codes_of(&edited("\"has_support\": false, ", ""), &lib);
    assert!(has(&c, "undeclared-fact", 12), "{c:?}");
    assert!(has(&c, "undeclared-fact", 21), "{c:?}");

    let c = codes_of(&edited("to: \"RS-2\"", "to: \"RR-1\""), &lib);
    assert!(has(&c, "link-never-happens", 27), "{c:?}");
    let c = codes_of(
        &edited(
            "from: \"ID-2\", to: \"RS-2\"",
            "from: \"ID-9\", to: \"RS-2\"",
        ),
        &lib,
    );
    assert!(has(&c, "unknown-harm", 27), "{c:?}");

    let c = codes_of(&edited("when: \"identified\"", "when: \"identifed\""), &lib);
    assert!(has(&c, "bad-condition", 15), "{c:?}");

    let c = codes_of(&edited("summary:", "sumary:"), &lib);
    assert_eq!(c, [("unknown-field".to_string(), 5)]);
}

#[test]
fn a_stage_that_cannot_go_on_from_an_ending_before_it_is_an_error() {
    let mut lib = library();
    let path = fixtures().join("stage-shelter.ron");
    let src = std::fs::read_to_string(&path).unwrap();
    // Alone, the held person arrives with trust 50; after the port's
    // detention trust is 20, and neither choice at `guarded` is open.
    let strict = src
        .replace("(text: \"Insist", "(when: \"trust >= 30\", text: \"Insist")
        .replace("(text: \"Give", "(when: \"trust >= 30\", text: \"Give");
    let r = check_source(&strict, &path, &lib.guide);
    assert!(r.errors() == 0, "{:?}", r.diagnostics);
    lib.put(r.checked.unwrap()).unwrap();
    let r = check_case_source(&journey_source(), Path::new("journey.ron"), &lib);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "stage-cannot-start")
        .expect("the stuck start is found");
    assert_eq!(d.line, 11);
    assert!(
        d.message.starts_with(
            "stage 2 (`stage-shelter`) cannot go on after the ending `held` of stage 1 (`stage-port`), which carries in trust=20"
        ),
        "{}",
        d.message
    );
    assert!(d.message.ends_with("at `guarded` no choice is open when trust=20, safety=50, wellbeing=50, detained=true, has_support=false"), "{}", d.message);
    assert!(r.checked.is_none());
}

/// A stage that can end with thousands of different meters: the stage
/// after it is explored from the first `MAX_CARRIED` of them only, so the
/// case checks with a warning and its totals are estimates.
#[test]
fn too_many_carried_situations_make_the_totals_estimates() {
    let mut lib = library();
    let wide = r#"(
        id: "wide", title: "Wide", area: Identification, roles: [Police],
        summary: "s", content_notes: ["none"], shuffle_choices: false,
        profiles: [(values: {"name": "Ana", "they": "she", "them": "her", "their": "her"})],
        nodes: {
            "start": (text: "{name} waits.", choices: [
                (text: "Wait more.", effects: ["trust += 1"], next: "start"),
                (text: "Look away.", effects: ["safety += 1"], next: "start"),
                (text: "Refer {them}.", avoids: {"ID-3": 1}, next: "end"),
            ]),
            "end": (text: "Done.", ending: (title: "Done", outcome: "{name} is referred.")),
        },
    )"#;
    let r = check_source(wide, Path::new("wide.ron"), &lib.guide);
    assert_eq!(r.errors(), 0, "{:?}", r.diagnostics);
    lib.put(r.checked.unwrap()).unwrap();
    let src = journey_source().replace(
        "(scenario: \"stage-port\", role: LabourInspector),",
        "(scenario: \"wide\", role: Police),\n        (scenario: \"stage-port\", role: LabourInspector),",
    );
    let r = check_case_source(&src, Path::new("journey.ron"), &lib);
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["case-partial"]);
    let case = r.checked.expect("a warning does not stop a case");
    assert!(case.totals.estimate);
    assert_eq!(case.totals.best, 7);
}

/// The example of `docs/authoring.md` section 11.3 checks clean over the
/// fixture stages, so the guide never teaches a case that does not work.
#[test]
fn the_authoring_guide_s_example_case_checks_clean() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/authoring.md"))
            .unwrap();
    let section = &doc[doc.find("### 11.3 The case file").unwrap()..];
    let start = section.find("```ron\n").unwrap() + "```ron\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let r = check_case_source(example, Path::new("journey.ron"), &library());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(r.checked.unwrap().totals, journey().totals);
}

/// A journey played to its end, each decision the best (or worst) by the
/// stage's own exploration from where it started.
fn play_extreme(case: &CheckedCase, seed: u64, best: bool) -> CaseRun {
    use crate::scenario::explore::explore_from;
    let mut run = CaseRun::start(case, seed);
    let mut explored: Option<(usize, crate::scenario::explore::Exploration)> = None;
    while !run.is_ended() {
        let stage = run.current();
        let c = &stage.session.checked().compiled;
        if explored.as_ref().is_none_or(|(i, _)| *i != stage.index) {
            let start = c.start_vars_carrying(stage.session.profile(), &stage.carried_in);
            explored = Some((stage.index, explore_from(c, &[start])));
        }
        let x = &explored.as_ref().unwrap().1;
        let vars: Vec<i32> = c
            .var_names
            .iter()
            .map(|n| stage.session.var(n).unwrap())
            .collect();
        let state = x
            .graph
            .find(c.node_index[stage.session.node_id()], &vars)
            .expect("the stage's exploration has the situation");
        let index = x.pick(state, best).expect("a decision has a choice");
        let number = stage
            .session
            .choices()
            .iter()
            .find(|o| o.index == index)
            .unwrap()
            .number;
        run.choose_number(number).unwrap();
    }
    run
}

/// The two cases of the scenarios folder check clean and play to their
/// end by their best and worst choices, the best scoring more; and what
/// the port did changes how the shelter opens.
#[test]
fn the_bundled_cases_play_their_best_and_worst_journeys() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let lib = Library::load_dir(&dir, Arc::new(Guide::bundled().unwrap())).unwrap();
    let cases = Cases::open(&lib);
    assert_eq!(cases.errors().count(), 0, "{:?}", cases.problems);
    assert_eq!(cases.cases.len(), 2);
    let g = Guide::bundled().unwrap();
    for case in &cases.cases {
        let best = case_debrief(&play_extreme(case, 7, true), &g);
        let worst = case_debrief(&play_extreme(case, 7, false), &g);
        assert!(best.finished && worst.finished);
        assert_eq!(best.stages.len(), case.case.stages.len());
        let (b, w) = (best.score, worst.score);
        assert!(b.points > w.points, "{}: {b:?} {w:?}", case.id());
        assert!(w.worst <= w.points && b.points <= b.best, "{b:?} {w:?}");
        if case.id() == "fisherman-journey" {
            // Detained at the port or referred: the shelter opens otherwise.
            assert_ne!(
                best.stages[1].debrief.decisions[0].node,
                worst.stages[1].debrief.decisions[0].node
            );
        }
    }
}

/// The game walks only the stages' scene graphs: the same checks but the
/// chain's, and totals that are estimates bounding the chain's.
#[test]
fn the_game_s_quick_walk_bounds_the_chain_s_totals() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let lib = Library::load_dir(&dir, Arc::new(Guide::bundled().unwrap())).unwrap();
    let full = Cases::open(&lib);
    let quick = Cases::open_with(&lib, crate::case::Walk::Graph);
    assert_eq!(full.cases.len(), quick.cases.len());
    for c in &full.cases {
        let q = quick.get(c.id()).unwrap();
        assert!(q.totals.estimate);
        assert!(q.totals.best >= c.totals.best, "{}", c.id());
        assert!(q.totals.worst <= c.totals.worst, "{}", c.id());
        assert!(!q.warnings.iter().any(|d| d.code == "case-partial"));
    }
    let src = journey_source();
    let q = check_case_source_with(&src, Path::new("journey.ron"), &library(), Walk::Graph);
    assert!(q.checked.is_some(), "{:?}", q.diagnostics);
}
