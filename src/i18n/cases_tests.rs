//! Case journeys through the catalogue: the files' places, a translator's
//! round trip, the checker's messages with their lines, a bundled case in
//! Thai, and English where a translation is missing, never mixed into a
//! sentence.

use super::*;
use crate::case::{CaseRun, check_case_source};
use crate::guide::Guide;
use crate::i18n::content::placeholders;
use crate::i18n::po;
use crate::scenario::library::Library;
use std::sync::Arc;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The fixture journey over the three tiny stages, checked.
fn journey() -> CheckedCase {
    let library = Library::load_dir(&fixtures(), Arc::new(Guide::bundled().unwrap())).unwrap();
    let src = std::fs::read_to_string(fixtures().join("cases/journey.ron")).unwrap();
    let r = check_case_source(&src, Path::new("journey.ron"), &library);
    r.checked.expect("the fixture journey checks")
}

/// `text`'s placeholders, as a translation must keep them.
fn kept(text: &str) -> String {
    placeholders(text)
        .iter()
        .map(|p| format!(" {{{p}}}"))
        .collect()
}

/// A Thai file for `case`: every text translated as `แปล` and its
/// placeholders, but for the keys in `skip`.
fn thai_po(case: &CheckedCase, skip: &[&str]) -> po::PoFile {
    let mut c = case.case.clone();
    let mut file = catalog::update(None, &case_texts(&mut c), Lang::Th, "cases/journey.ron");
    for e in &mut file.entries {
        if !skip.iter().any(|s| e.context.ends_with(s)) {
            e.translation = if e.context.contains("/value/") {
                format!("ไทย{}", e.source.len())
            } else {
                format!("แปล{}", kept(&e.source))
            };
            e.fuzzy = true;
        }
    }
    file
}

fn has_thai(s: &str) -> bool {
    s.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

fn has_latin(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
}

/// No sentence in two languages.
fn one_language(s: &str) -> bool {
    !(has_thai(s) && has_latin(s))
}

/// The journey played to its second stage (the port's first choice).
fn at_second_stage(case: &CheckedCase) -> CaseRun {
    let mut run = CaseRun::start(case, 5);
    while run.stages().len() < 2 {
        let n = run.current().session.choices()[0].number;
        run.choose_number(n).unwrap();
    }
    run
}

#[test]
fn a_case_translation_s_place_names_its_case_and_language() {
    assert_eq!(
        case_name_parts(Path::new("scenarios/th/cases/fisherman-journey.po")),
        Some(("fisherman-journey".into(), Lang::Th))
    );
    assert_eq!(
        case_name_parts(Path::new("fil/cases/x.po")),
        Some(("x".into(), Lang::Fil))
    );
    assert_eq!(case_name_parts(Path::new("th/fisherman-journey.po")), None);
    assert_eq!(case_name_parts(Path::new("en/cases/x.po")), None);
    assert_eq!(case_name_parts(Path::new("cases/x.po")), None);
    // A scenario's reader does not take a case's file for a scenario's.
    assert_eq!(
        crate::i18n::translations::name_parts(Path::new("th/cases/x.po")),
        None
    );
}

#[test]
fn a_translator_s_round_trip_translate_fill_apply_show() {
    let case = journey();
    // `translate` makes the file; the translator fills it; it is saved in
    // the language's `cases` folder and read back from the folder.
    let dir = std::env::temp_dir().join(format!("frontline-case-i18n-{}", std::process::id()));
    let folder = dir.join("th").join("cases");
    std::fs::create_dir_all(&folder).unwrap();
    let file = thai_po(&case, &[]);
    std::fs::write(folder.join("journey.po"), po::write(&file)).unwrap();
    let mut t = Translations::default();
    t.load_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert!(t.cases.contains_key(&("journey".into(), Lang::Th)));
    let cases = vec![(PathBuf::from("journey.ron"), case.case.clone())];
    assert!(t.check_cases(&cases).is_empty());
    assert_eq!(
        t.case_coverage(&cases, Lang::Th)["journey"].draft,
        file.entries.len()
    );
    // Shown: every text of the case in Thai, the structure the same.
    let (shown, applied) = t.case(&case, Lang::Th);
    assert!(applied.draft);
    assert!(
        !applied.english.iter().any(|k| k.starts_with("case:")),
        "{:?}",
        applied.english
    );
    assert!(shown.case.title.starts_with("แปล"));
    assert!(
        shown
            .case
            .content_notes
            .iter()
            .all(|n| n.starts_with("แปล"))
    );
    assert_eq!(shown.case.values["name"], "ไทย6");
    assert_eq!(shown.case.stages.len(), case.case.stages.len());
    assert_eq!(shown.totals.best, case.totals.best);
    let run = at_second_stage(&shown);
    let handover = &run.stages()[1].handover;
    assert!(!handover.is_empty());
    for line in handover {
        assert!(line.starts_with("แปล"), "{line}");
        assert!(one_language(line), "{line}");
    }
    // The same choices make the same journey as in English.
    let english = at_second_stage(&case);
    assert_eq!(run.choices(), english.choices());
    assert_eq!(run.carried(), english.carried());
    // English is English.
    let (same, applied) = t.case(&case, Lang::En);
    assert_eq!(same.case.title, case.case.title);
    assert_eq!(applied, Applied::default());
}

#[test]
fn the_checker_locates_lost_placeholders_stale_texts_and_unknown_cases() {
    let case = journey();
    let mut file = thai_po(&case, &[]);
    for e in &mut file.entries {
        if e.context == "case:journey/stage/1/handover/0" {
            e.translation = "บันทึกส่งต่อ".into(); // {name} left out
        }
        if e.context == "case:journey/summary" {
            e.source = "An older English summary.".into();
        }
    }
    let text = po::write(&file);
    let line_of = |key: &str| {
        let lines: Vec<&str> = text.lines().collect();
        let at = lines.iter().position(|l| l.contains(key)).unwrap();
        at + 1
            + lines[at..]
                .iter()
                .position(|l| l.starts_with("msgid"))
                .unwrap()
    };
    let path = Path::new("scenarios/th/cases/journey.po");
    let mut t = Translations::default();
    t.add_scenario(path, &text); // as the game's reload does: routed to the cases
    assert!(t.scenarios.is_empty() && t.cases.len() == 1);
    let cases = vec![(PathBuf::from("journey.ron"), case.case.clone())];
    let found: Vec<(String, usize)> = t
        .check_cases(&cases)
        .into_iter()
        .map(|d| (d.code, d.line))
        .collect();
    assert!(
        found.contains(&(
            "translation-placeholder".into(),
            line_of("case:journey/stage/1/handover/0")
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&("translation-stale".into(), line_of("case:journey/summary"))),
        "{found:?}"
    );
    // The broken line shows English, whole.
    let (shown, applied) = t.case(&case, Lang::Th);
    assert_eq!(
        shown.case.stages[1].handover[0].text,
        case.case.stages[1].handover[0].text
    );
    assert_eq!(shown.case.summary, case.case.summary);
    assert!(applied.english.contains("case:journey/summary"));
    // A file for a case that is not there.
    let codes: Vec<String> = t.check_cases(&[]).into_iter().map(|d| d.code).collect();
    assert_eq!(codes, ["translation-unknown-case"]);
    // A malformed file: its problem with line and column, and English.
    let mut t = Translations::default();
    t.add_case(
        path,
        "msgctxt \"case:journey/title\"\nmsgid \"A Test Journey\"\nmsgstr \"แปล\n",
    );
    assert!(t.cases.is_empty());
    assert_eq!(t.problems.len(), 1, "{:?}", t.problems);
    assert_eq!((t.problems[0].line, t.problems[0].column > 0), (3, true));
}

#[test]
fn english_where_a_word_is_missing_and_never_a_sentence_in_two_languages() {
    let case = journey();
    // The word for `their` untranslated: the sentence that uses it stays
    // English, whole, and the others are Thai. (A sentence kept English
    // keeps every word it uses English, everywhere: see `kept_english`.)
    let file = thai_po(&case, &["/value/their"]);
    let mut t = Translations::default();
    t.cases.insert(
        ("journey".into(), Lang::Th),
        Catalog::new(Lang::Th, Path::new("th/cases/journey.po"), file),
    );
    let (shown, applied) = t.case(&case, Lang::Th);
    let letter = &shown.case.stages[2].handover[0].text;
    assert_eq!(
        letter, &case.case.stages[2].handover[0].text,
        "the line using {{their}} is English"
    );
    assert!(applied.english.contains("case:journey/stage/2/handover/0"));
    assert!(shown.case.links[0].text.starts_with("แปล"));
    assert_eq!(shown.case.values["their"], "his");
    // The untranslated stage is filled with the English words; the case's
    // handover lines with the Thai ones: each sentence in one language.
    assert_eq!(shown.stage_values(1)["name"], "Ko Min");
    assert_eq!(shown.case.values["name"], "ไทย6");
    let run = at_second_stage(&shown);
    for line in &run.stages()[1].handover {
        assert!(has_thai(line) && one_language(line), "{line}");
    }
    for beat in run.current().session.beats() {
        assert!(!has_thai(&beat.text), "{}", beat.text);
    }
    // The case and the stage translated in full: the stage's scenes are
    // filled with the Thai words.
    t.cases.insert(
        ("journey".into(), Lang::Th),
        Catalog::new(
            Lang::Th,
            Path::new("th/cases/journey.po"),
            thai_po(&case, &[]),
        ),
    );
    let stage = &case.stages[1];
    let mut s = stage.scenario().clone();
    let mut sp = catalog::update(None, &scenario_texts(&mut s), Lang::Th, "x.ron");
    for e in &mut sp.entries {
        e.translation = format!("ฉาก{}", kept(&e.source));
    }
    t.scenarios.insert(
        (stage.id().into(), Lang::Th),
        Catalog::new(Lang::Th, Path::new("th/stage-shelter.po"), sp),
    );
    let (shown, _) = t.case(&case, Lang::Th);
    assert_eq!(shown.stage_values(1)["name"], "ไทย6");
    let run = at_second_stage(&shown);
    let beats = run.current().session.beats();
    assert!(
        beats.iter().any(|b| b.text.contains("ไทย6")),
        "the scene names the person in Thai"
    );
    for b in &beats {
        assert!(one_language(&b.text), "{}", b.text);
    }
    assert_eq!(shown.stage_values(1)["their"], "ไทย3");
}

#[test]
fn the_bundled_fisherman_in_thai_has_a_thai_title_and_thai_handover_lines() {
    let library = Library::bundled(Arc::new(Guide::bundled().unwrap()));
    let (name, src) = crate::case::cases::BUNDLED_CASES
        .iter()
        .find(|(n, _)| n.starts_with("fisherman-journey"))
        .unwrap();
    let file = Path::new("scenarios/cases").join(name);
    let checked = check_case_source(src, &file, &library).checked.unwrap();
    let t = Translations::for_library_in(&library, Lang::Th);
    assert!(t.check(&library).iter().all(|d| !d.is_error()));
    let (shown, applied) = t.case(&checked, Lang::Th);
    assert!(has_thai(&shown.case.title) && !has_latin(&shown.case.title));
    assert!(applied.draft, "the drafts are marked");
    let run = at_second_stage(&shown);
    let lines = &run.stages()[1].handover;
    assert!(!lines.is_empty());
    for l in lines {
        assert!(has_thai(l) && one_language(l), "{l}");
    }
    // Lao has the title but not the handover lines: those stay English,
    // whole.
    let t = Translations::for_library_in(&library, Lang::Lo);
    let (shown, _) = t.case(&checked, Lang::Lo);
    assert_ne!(shown.case.title, checked.case.title);
    let run = at_second_stage(&shown);
    for l in &run.stages()[1].handover {
        assert!(l.is_ascii(), "{l}");
    }
}

/// The pseudo-locale translates every text, the person's words included,
/// so a stage's scenes never mix English words into pseudo-text.
#[test]
fn in_the_pseudo_locale_the_person_s_words_are_pseudo_too() {
    let case = journey();
    let (shown, _) = Translations::default().case(&case, Lang::Pseudo);
    for i in 0..shown.stages.len() {
        for (name, v) in shown.stage_values(i) {
            assert_ne!(v, &case.case.values[name], "stage {i}, {name}");
        }
    }
    assert_ne!(shown.case.title, case.case.title);
}
