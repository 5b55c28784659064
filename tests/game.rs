//! The game driven headlessly: Bevy's `App` with the game's plugins and no
//! window. Tests send the same actions the buttons send.
#![cfg(feature = "game")]

use bevy::asset::{AssetMetaCheck, AssetPlugin};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use frontline::game::actions::Action;
use frontline::game::state::{
    ExportOutcome, FacilitatorReport, GroupPlay, Interface, LanguageChanged, LiveLibrary, Play,
    Said, SavedProgress, Screen,
};
use frontline::i18n::{Lang, Ui};
use frontline::save::progress::Progress;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Fixture {
    root: PathBuf,
}

impl Fixture {
    /// A scenarios folder holding the tiny fixture, and an empty data folder.
    fn new(name: &str) -> Fixture {
        let root =
            std::env::temp_dir().join(format!("frontline-game-{name}-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(root.join("scenarios")).unwrap();
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.ron"),
            root.join("scenarios/tiny.ron"),
        )
        .unwrap();
        Fixture { root }
    }
    fn scenarios(&self) -> PathBuf {
        self.root.join("scenarios")
    }
    fn data(&self) -> PathBuf {
        self.root.join("data")
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn app(f: &Fixture) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin {
            file_path: f.scenarios().to_string_lossy().into_owned(),
            watch_for_changes_override: Some(true),
            meta_check: AssetMetaCheck::Never,
            ..default()
        },
    ));
    let (live, folder) = frontline::game::load_library(Some(f.scenarios())).unwrap();
    app.insert_resource(live)
        .insert_resource(SavedProgress::open(Some(f.data())));
    if let Some(folder) = folder {
        app.insert_resource(folder);
    }
    frontline::game::headless_plugins(&mut app);
    app.update();
    app.update();
    app
}

fn send(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// A message as the English interface shows it.
fn english(said: &Said) -> String {
    said.show(&Ui::new(Lang::En))
}

fn english_all(said: &[Said]) -> Vec<String> {
    said.iter().map(english).collect()
}

fn saved_progress(f: &Fixture) -> Progress {
    let text = std::fs::read_to_string(f.data().join("progress.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_trainee_plays_to_the_debrief_rewinds_and_progress_is_saved() {
    let f = Fixture::new("play");
    let mut app = app(&f);
    assert_eq!(
        screen(&app),
        Screen::Welcome,
        "a first run asks who the trainee is"
    );
    send(
        &mut app,
        Action::SetTrainee {
            name: "Mai".into(),
            role: frontline::Role::Police,
        },
    );
    assert_eq!(screen(&app), Screen::Home);

    send(
        &mut app,
        Action::Prepare {
            scenario: "tiny".into(),
            seed: Some(3),
        },
    );
    assert_eq!(
        screen(&app),
        Screen::Notes,
        "content notes come before the scenario"
    );
    send(&mut app, Action::Begin);
    assert_eq!(screen(&app), Screen::Play);

    send(&mut app, Action::Choose(1));
    let mid = saved_progress(&f);
    let ip = mid
        .in_progress
        .expect("the run is saved after every decision");
    assert_eq!(ip.save.choices.len(), 1);
    assert_eq!(ip.save.seed, 3);

    send(&mut app, Action::Choose(1));
    assert_eq!(screen(&app), Screen::Debrief);
    let play = app.world().resource::<Play>();
    let d = play.debrief.clone().expect("a debrief is shown");
    assert!(d.ending.is_some());
    assert_eq!(d.decisions.len(), 2);
    let done = saved_progress(&f);
    assert!(done.in_progress.is_none());
    assert_eq!(done.scenarios["tiny"].completed, 1);
    assert_eq!(done.scenarios["tiny"].best, Some(d.score.overall));

    send(&mut app, Action::Rewind(1));
    assert_eq!(screen(&app), Screen::Play, "try again from decision 2");
    let play = app.world().resource::<Play>();
    assert_eq!(play.session.as_ref().unwrap().decision_count(), 1);
    assert!(saved_progress(&f).in_progress.is_some());

    // The bad choice number is refused with a message, not a panic.
    send(&mut app, Action::Choose(9));
    assert!(app.world().resource::<Play>().error.is_some());
}

#[test]
fn a_killed_game_offers_to_resume_the_run() {
    let f = Fixture::new("resume");
    let log = {
        let mut app = app(&f);
        send(
            &mut app,
            Action::SetTrainee {
                name: "Tun".into(),
                role: frontline::Role::SocialWorker,
            },
        );
        send(
            &mut app,
            Action::Prepare {
                scenario: "tiny".into(),
                seed: Some(8),
            },
        );
        send(&mut app, Action::Begin);
        send(&mut app, Action::Choose(2));
        app.world()
            .resource::<Play>()
            .session
            .as_ref()
            .unwrap()
            .log()
        // the app is dropped here without any shutdown: as if killed
    };
    let mut app = app(&f);
    assert_eq!(screen(&app), Screen::Home);
    assert!(
        app.world()
            .resource::<SavedProgress>()
            .progress
            .in_progress
            .is_some()
    );
    send(&mut app, Action::Resume);
    assert_eq!(screen(&app), Screen::Play);
    let play = app.world().resource::<Play>();
    assert_eq!(play.session.as_ref().unwrap().log(), log.as_slice());
}

#[test]
fn a_corrupt_save_is_set_aside_and_reported() {
    let f = Fixture::new("corrupt");
    std::fs::create_dir_all(f.data()).unwrap();
    std::fs::write(
        f.data().join("progress.json"),
        b"{\"trainee\": {\"name\": \"Mai\"",
    )
    .unwrap();
    let app = app(&f);
    let saved = app.world().resource::<SavedProgress>();
    assert!(
        saved
            .notices
            .iter()
            .any(|n| english(n).contains("could not be read"))
    );
    let kept: Vec<_> = std::fs::read_dir(f.data())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(
        kept.len(),
        1,
        "the unreadable file is kept under a new name"
    );
}

/// Update the app until `done` holds or ten seconds pass.
fn wait_for(app: &mut App, done: impl Fn(&LiveLibrary) -> bool) -> bool {
    wait_until(app, Duration::from_secs(10), |app| {
        done(app.world().resource::<LiveLibrary>())
    })
}

/// Update the app until `done` holds or `limit` passes; whether it held.
fn wait_until(app: &mut App, limit: Duration, done: impl Fn(&App) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        app.update();
        if done(app) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn scenario_files_reload_while_the_game_runs() {
    let f = Fixture::new("reload");
    let mut app = app(&f);
    let file = f.scenarios().join("tiny.ron");
    let original = std::fs::read_to_string(&file).unwrap();
    // Let the initial load settle before editing.
    wait_for(&mut app, |_| false);

    std::fs::write(
        &file,
        original.replace("title: \"Tiny\"", "title: \"Tiny, edited\""),
    )
    .unwrap();
    assert!(
        wait_for(&mut app, |c| c
            .library
            .get("tiny")
            .is_some_and(|s| s.scenario().title == "Tiny, edited")),
        "an edited scenario is reloaded"
    );

    std::fs::write(
        &file,
        original.replace("text: \"What now?\",", "text: \"What now?\""),
    )
    .unwrap();
    assert!(
        wait_for(&mut app, |c| !c.problems.is_empty()),
        "a broken edit is reported"
    );
    let live = app.world().resource::<LiveLibrary>();
    let p = &live.problems[0];
    assert!(p.file.ends_with("tiny.ron"));
    assert_eq!(p.line, 44);
    assert!(p.message.contains("comma"));
    assert_eq!(
        live.library.get("tiny").unwrap().scenario().title,
        "Tiny, edited",
        "the last good version stays playable"
    );
    // And it is still playable.
    send(
        &mut app,
        Action::SetTrainee {
            name: "A".into(),
            role: frontline::Role::Police,
        },
    );
    send(
        &mut app,
        Action::Prepare {
            scenario: "tiny".into(),
            seed: Some(1),
        },
    );
    send(&mut app, Action::Begin);
    assert_eq!(screen(&app), Screen::Play);

    std::fs::write(&file, &original).unwrap();
    assert!(
        wait_for(&mut app, |c| c.problems.is_empty()),
        "fixing the file clears the overlay"
    );
}

#[test]
fn a_workshop_run_writes_a_result_record_with_the_code_and_the_room_votes() {
    let f = Fixture::new("workshop");
    let mut app = app(&f);
    send(
        &mut app,
        Action::SetTrainee {
            name: "Room".into(),
            role: frontline::Role::NgoWorker,
        },
    );
    send(&mut app, Action::Workshop(Some("ab-cd 23".into())));
    assert_eq!(
        app.world()
            .resource::<SavedProgress>()
            .progress
            .workshop
            .as_deref(),
        Some("ABCD23")
    );
    send(
        &mut app,
        Action::Prepare {
            scenario: "tiny".into(),
            seed: None,
        },
    );
    send(&mut app, Action::Begin);
    let seed = app
        .world()
        .resource::<Play>()
        .session
        .as_ref()
        .unwrap()
        .seed();
    assert_eq!(
        seed,
        frontline::workshop::code::workshop_seed("ABCD23", "tiny"),
        "the code fixes the seed"
    );
    // The room votes 3 to 9 and the game follows the majority.
    send(
        &mut app,
        Action::Vote {
            counts: vec![3, 9],
            follow: None,
        },
    );
    send(
        &mut app,
        Action::Vote {
            counts: vec![1, 1, 5],
            follow: Some(1),
        },
    );
    assert_eq!(screen(&app), Screen::Debrief);
    let play = app.world().resource::<Play>();
    assert_eq!(play.votes.len(), 2);
    assert_eq!(play.votes[0].followed, 2);
    assert_eq!(play.votes[1].followed, 1);
    let collected = frontline::workshop::records::load_all(&f.data());
    assert_eq!(collected.records.len(), 1);
    let r = &collected.records[0];
    assert_eq!(r.workshop.as_deref(), Some("ABCD23"));
    assert_eq!(r.seed, seed);
    assert_eq!(r.trainee, "Room");
    assert_eq!(
        r.attempt, play.attempt,
        "the record keeps the run's attempt id"
    );
    let votes = r.votes.as_ref().expect("the room's votes are kept");
    assert_eq!(votes[0].counts, vec![3, 9]);

    send(&mut app, Action::GroupPlay(true));
    assert!(app.world().resource::<GroupPlay>().0, "group play is on");

    send(&mut app, Action::DeleteMyData);
    assert!(
        frontline::workshop::records::load_all(&f.data())
            .records
            .is_empty()
    );
    assert_eq!(screen(&app), Screen::Welcome);
}

/// The records of a simulated room of `trainees` for a workshop, written
/// one file each into `usb` (as trainees' exports on a USB stick).
fn simulated_room(app: &App, code: &str, trainees: usize, usb: &Path) -> usize {
    let live = app.world().resource::<LiveLibrary>();
    let start = std::time::UNIX_EPOCH + Duration::from_secs(1_773_475_200);
    let sim = frontline::workshop::code::simulate(
        &live.library.scenarios,
        live.guide(),
        code,
        trainees,
        start,
    );
    frontline::workshop::records::write_each(&sim.records, usb).unwrap()
}

fn report(app: &App) -> &FacilitatorReport {
    app.world().resource::<FacilitatorReport>()
}

#[test]
fn the_facilitator_imports_the_room_s_results_and_exports_the_report_as_csv() {
    let f = Fixture::new("import");
    let mut app = app(&f);
    let usb = f.root.join("usb");
    assert_eq!(simulated_room(&app, "K7QP2M", 4, &usb), 4);

    send(
        &mut app,
        Action::ImportResults {
            paths: vec![],
            workshop: None,
        },
    );
    assert_eq!(
        english_all(&report(&app).messages),
        vec!["Type the path of a results file or folder first.".to_string()]
    );

    let import = Action::ImportResults {
        paths: vec![usb.clone()],
        workshop: Some("K7QP2M".into()),
    };
    send(&mut app, import.clone());
    let r = report(&app);
    assert!(
        english(&r.messages[0]).starts_with("Imported 4 new results from 4 files"),
        "{:?}",
        english_all(&r.messages)
    );
    let built = r.report.as_ref().expect("the report is rebuilt");
    assert_eq!(built.workshop.as_deref(), Some("K7QP2M"));
    assert_eq!(built.attempts, 4);
    assert_eq!(
        frontline::workshop::records::load_all(&f.data())
            .records
            .len(),
        4,
        "the results are kept in the data folder"
    );
    send(&mut app, import);
    assert!(
        english(&report(&app).messages[0]).contains("0 new results from 4 files; 4 already here"),
        "{:?}",
        english_all(&report(&app).messages)
    );

    // Another workshop's report is empty.
    send(
        &mut app,
        Action::RefreshReport {
            workshop: Some("OTHER1".into()),
        },
    );
    assert_eq!(report(&app).report.as_ref().unwrap().attempts, 0);
    send(&mut app, Action::RefreshReport { workshop: None });
    assert_eq!(report(&app).report.as_ref().unwrap().attempts, 4);

    let csv = f.root.join("out/report.csv");
    send(
        &mut app,
        Action::ExportReportCsv {
            to: Some(csv.clone()),
        },
    );
    assert_eq!(
        english_all(&report(&app).messages),
        vec![format!("Report saved as {}", csv.display())]
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("attempt,workshop,trainee,"));
    assert_eq!(text.lines().count(), 5, "a header and one row per attempt");

    // Without a path, the CSV goes to the data folder's reports.
    send(&mut app, Action::ExportReportCsv { to: None });
    let reports: Vec<_> = std::fs::read_dir(f.data().join("reports"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(reports.len(), 1);
    assert!(reports[0].starts_with("report-all-") && reports[0].ends_with(".csv"));
}

#[test]
fn a_trainee_exports_their_results_to_one_bundle_file() {
    let f = Fixture::new("export");
    let mut app = app(&f);
    send(
        &mut app,
        Action::SetTrainee {
            name: "Mai Anh".into(),
            role: frontline::Role::Police,
        },
    );
    let out = f.root.join("usb");
    let export = |workshop: Option<&str>| Action::ExportMyResults {
        workshop: workshop.map(str::to_string),
        folder: Some(out.clone()),
    };
    send(&mut app, export(None));
    let message = english(app.world().resource::<ExportOutcome>().0.as_ref().unwrap());
    assert!(message.starts_with("Nothing was exported"), "{message}");

    send(
        &mut app,
        Action::Prepare {
            scenario: "tiny".into(),
            seed: Some(2),
        },
    );
    send(&mut app, Action::Begin);
    send(&mut app, Action::Choose(1));
    send(&mut app, Action::Choose(1));
    assert_eq!(screen(&app), Screen::Debrief);

    send(&mut app, export(None));
    let message = english(app.world().resource::<ExportOutcome>().0.as_ref().unwrap());
    assert!(message.starts_with("1 result saved to "), "{message}");
    let files: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1);
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("frontline-results-Mai-Anh-"),
        "named after the trainee: {name}"
    );
    let bundle: frontline::workshop::records::ResultsBundle =
        serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(bundle.records.len(), 1);
    assert_eq!(bundle.records[0].trainee, "Mai Anh");

    // A workshop the trainee never played in has nothing to export.
    send(&mut app, export(Some("ZZZZ99")));
    let message = english(app.world().resource::<ExportOutcome>().0.as_ref().unwrap());
    assert!(
        message.starts_with("Nothing was exported: there are no results for the workshop ZZZZ99"),
        "{message}"
    );
}

/// The messages a system saw, for the test of the language change.
#[derive(Resource, Default)]
struct SeenLanguageChanges(Vec<Lang>);

fn see_language_changes(
    mut changes: MessageReader<LanguageChanged>,
    mut seen: ResMut<SeenLanguageChanges>,
) {
    seen.0.extend(changes.read().map(|c| c.0));
}

#[test]
fn choosing_a_language_saves_it_and_swaps_the_interface_at_once() {
    let f = Fixture::new("language");
    let mut app = app(&f);
    app.init_resource::<SeenLanguageChanges>()
        .add_systems(Update, see_language_changes);
    send(
        &mut app,
        Action::SetTrainee {
            name: "Mai".into(),
            role: frontline::Role::Police,
        },
    );
    send(
        &mut app,
        Action::Prepare {
            scenario: "tiny".into(),
            seed: Some(3),
        },
    );
    send(&mut app, Action::Begin);
    assert_eq!(screen(&app), Screen::Play);

    // Mid-scenario: the next frame reads the new strings.
    send(&mut app, Action::Language(Lang::Th));
    let interface = app.world().resource::<Interface>();
    assert_eq!(interface.lang, Lang::Th);
    assert_eq!(interface.ui.lang(), Lang::Th);
    assert_eq!(screen(&app), Screen::Play, "the run goes on");
    assert_eq!(saved_progress(&f).settings.language, Some(Lang::Th));
    assert_eq!(
        app.world().resource::<SeenLanguageChanges>().0,
        vec![Lang::Th]
    );

    // Picking the same language again changes nothing.
    send(&mut app, Action::Language(Lang::Th));
    assert_eq!(
        app.world().resource::<SeenLanguageChanges>().0,
        vec![Lang::Th]
    );

    // The settings screen's other changes keep the language.
    let mut settings = saved_progress(&f).settings;
    settings.text_scale = 1.4;
    send(&mut app, Action::Settings(settings));
    assert_eq!(saved_progress(&f).settings.language, Some(Lang::Th));
    assert_eq!(app.world().resource::<Interface>().lang, Lang::Th);

    // The next start uses the saved language (unless FRONTLINE_LANG says otherwise).
    drop(app);
    if std::env::var_os("FRONTLINE_LANG").is_none() {
        let again = self::app(&f);
        assert_eq!(again.world().resource::<Interface>().lang, Lang::Th);
    }
}

/// A translator saves a `.po` file while a trainee plays in that language:
/// the scene shows the new text at once (same run, same place); a broken
/// save is listed with its place and English shows instead.
#[test]
fn a_translation_saved_while_playing_shows_at_once_and_a_broken_one_is_listed() {
    let f = Fixture::new("po-reload");
    let mut app = app(&f);
    send(
        &mut app,
        Action::SetTrainee {
            name: "A".into(),
            role: frontline::Role::Police,
        },
    );
    send(&mut app, Action::Language(Lang::Km));
    send(
        &mut app,
        Action::Prepare {
            scenario: "tiny".into(),
            seed: Some(1),
        },
    );
    send(&mut app, Action::Begin);
    let first_beat = |app: &App| {
        let play = app.world().resource::<frontline::game::state::Play>();
        play.session.as_ref().unwrap().beats()[0].text.clone()
    };
    assert_eq!(first_beat(&app), "Hello. I need help.");

    let dir = f.scenarios().join("km");
    std::fs::create_dir_all(&dir).unwrap();
    let po = "msgid \"\"\nmsgstr \"Language: km\\n\"\n\n\
              msgctxt \"tiny/title\"\nmsgid \"Tiny\"\nmsgstr \"តូច\"\n\n\
              msgctxt \"tiny/node/start/text\"\nmsgid \"Hello. I need help.\"\nmsgstr \"សួស្ដី។ ខ្ញុំត្រូវការជំនួយ។\"\n";
    std::fs::write(dir.join("tiny.po"), po).unwrap();
    assert!(
        wait_for(&mut app, |l| l
            .library
            .get("tiny")
            .is_some_and(|s| s.scenario().title == "តូច")),
        "a saved translation is read again"
    );
    app.update();
    assert_eq!(
        first_beat(&app),
        "សួស្ដី។ ខ្ញុំត្រូវការជំនួយ។",
        "the run in progress shows it"
    );
    let live = app.world().resource::<LiveLibrary>();
    assert!(!live.is_draft("tiny"), "no entry is fuzzy: reviewed");
    assert!(live.is_english("tiny", "tiny/node/decide/text"));

    std::fs::write(
        dir.join("tiny.po"),
        po.replace("msgstr \"តូច\"", "msgstr \"តូច"),
    )
    .unwrap();
    assert!(
        wait_for(&mut app, |l| l
            .problems
            .iter()
            .any(|d| d.code == "translation-syntax")),
        "a broken translation is listed"
    );
    let live = app.world().resource::<LiveLibrary>();
    let p = live
        .problems
        .iter()
        .find(|d| d.code == "translation-syntax")
        .unwrap();
    assert!(p.file.ends_with("km/tiny.po") && p.line == 6, "{p:?}");
    assert_eq!(live.library.get("tiny").unwrap().scenario().title, "Tiny");

    // Back to English: the run goes on in English.
    send(&mut app, Action::Language(Lang::En));
    assert_eq!(first_beat(&app), "Hello. I need help.");
}

/// Without a learning record store configured, sending says so and sends
/// nothing.
#[test]
fn sending_to_a_learning_record_store_that_is_not_configured_says_why() {
    let f = Fixture::new("lrs");
    let mut app = app(&f);
    send(&mut app, Action::RefreshReport { workshop: None });
    send(&mut app, Action::SendToLrs);
    let status = app
        .world()
        .resource::<frontline::game::state::LrsSend>()
        .status();
    match status {
        frontline::game::state::LrsStatus::NotConfigured(why) => {
            assert!(
                why.contains("FRONTLINE_LRS_URL") || why.contains("lrs.json"),
                "{why}"
            )
        }
        other => panic!("{other:?}"),
    }
}

/// The scenario map: opened from a file, followed through hot reload (a
/// node made unreachable shows so), and "play from here" starts a test run
/// at a node that is neither saved nor recorded and ends back on the map.
#[test]
fn the_map_lays_out_a_file_follows_its_edits_and_plays_from_a_node() {
    use frontline::game::state::MapShown;
    let f = Fixture::new("map");
    let mut app = app(&f);
    wait_for(&mut app, |_| false);
    let file = f.scenarios().join("tiny.ron");
    send(&mut app, Action::OpenMap { file: file.clone() });
    assert_eq!(screen(&app), Screen::Map);
    let shown = app.world().resource::<MapShown>();
    let map = shown.map.clone().expect("tiny is mapped");
    assert_eq!(map.nodes.len(), 7);
    assert!(map.nodes.iter().all(|n| n.reachable));
    assert!(shown.errors.is_empty() && shown.checked.is_some());

    // Play from `decide`: the variables of a run that gets there.
    send(
        &mut app,
        Action::PlayFromHere {
            node: "decide".into(),
        },
    );
    assert_eq!(screen(&app), Screen::Play);
    let play = app.world().resource::<Play>();
    let session = play.session.as_ref().expect("a test run");
    assert_eq!(session.node_id(), "decide");
    assert_eq!(play.from_map.as_deref(), Some("decide"));
    assert!(session.steps().is_empty());
    send(&mut app, Action::Choose(1));
    let play = app.world().resource::<Play>();
    assert!(play.session.as_ref().unwrap().is_ended());
    assert_eq!(
        screen(&app),
        Screen::Play,
        "a test run ends on the play screen"
    );
    assert!(play.debrief.is_none());
    if f.data().join("progress.json").exists() {
        let progress = saved_progress(&f);
        assert!(progress.in_progress.is_none() && progress.scenarios.is_empty());
    }
    assert!(!f.data().join("results").exists(), "no result record");
    send(&mut app, Action::Stop);
    assert_eq!(screen(&app), Screen::Map);
    assert!(app.world().resource::<Play>().session.is_none());

    // Save the file with a node no run reaches: the map follows.
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        original.replace(
            r#""good": (text"#,
            r#""lost": (text: "Nobody comes here.", next: "good"),
        "good": (text"#,
        ),
    )
    .unwrap();
    let start = Instant::now();
    let mut followed = false;
    while start.elapsed() < Duration::from_secs(10) && !followed {
        app.update();
        let shown = app.world().resource::<MapShown>();
        followed = shown
            .map
            .as_ref()
            .is_some_and(|m| m.nodes.iter().any(|n| n.id == "lost" && !n.reachable));
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(followed, "the map is laid out again after the edit");
    let shown = app.world().resource::<MapShown>();
    assert!(shown.checked.is_none(), "a file with errors is not played");
    assert!(shown.errors.iter().any(|d| d.code == "node-unreachable"));
    send(
        &mut app,
        Action::PlayFromHere {
            node: "decide".into(),
        },
    );
    assert_eq!(screen(&app), Screen::Map);
    assert!(app.world().resource::<Play>().error.is_some());
}

/// A scenarios folder with the three fixture stages and the test case.
fn journey_fixture(name: &str) -> Fixture {
    let f = Fixture::new(name);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for stage in ["stage-port", "stage-shelter", "stage-court"] {
        std::fs::copy(
            fixtures.join(format!("{stage}.ron")),
            f.scenarios().join(format!("{stage}.ron")),
        )
        .unwrap();
    }
    std::fs::create_dir_all(f.scenarios().join("cases")).unwrap();
    std::fs::copy(
        fixtures.join("cases/journey.ron"),
        f.scenarios().join("cases/journey.ron"),
    )
    .unwrap();
    f
}

/// Update until the cases, checked in the background, are there.
fn wait_for_cases(app: &mut App) {
    assert!(
        wait_until(app, Duration::from_secs(120), |app| journeys(app)
            .cases
            .is_some()),
        "the cases were never checked"
    );
}

fn journeys(app: &App) -> &frontline::game::journey::Journeys {
    app.world().resource::<frontline::game::journey::Journeys>()
}

/// Play the stage on the play screen with the first choice to its debrief.
fn play_stage(app: &mut App) {
    for _ in 0..40 {
        if screen(app) != Screen::Play {
            break;
        }
        send(app, Action::Choose(1));
    }
    assert_eq!(screen(app), Screen::Debrief);
}

#[test]
fn a_case_journey_is_played_stage_by_stage_handed_over_and_kept_between_runs() {
    let f = journey_fixture("journey");
    let mut app = app(&f);
    wait_for_cases(&mut app);
    send(
        &mut app,
        Action::StartCase {
            case: "journey".into(),
            seed: Some(1),
        },
    );
    assert_eq!(screen(&app), Screen::Handover);
    send(&mut app, Action::BeginStage);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(app.world().resource::<Play>().stage, Some(0));
    play_stage(&mut app);
    // The first stage ended: the journey is at the second, whose handover
    // is what the first carried on; it is kept between runs.
    let run = journeys(&app).run.as_ref().unwrap();
    assert_eq!(run.current().index, 1);
    let handover = run.current().handover.clone();
    assert!(saved_progress(&f).journey.is_some());
    drop(app);

    // The game started again between two stages: continue the journey.
    let mut app = self::app(&f);
    send(&mut app, Action::ContinueJourney);
    assert_eq!(screen(&app), Screen::Handover);
    let run = journeys(&app).run.as_ref().unwrap();
    assert_eq!(run.current().index, 1);
    assert_eq!(run.current().handover, handover);
    send(&mut app, Action::BeginStage);
    assert_eq!(screen(&app), Screen::Play);
    drop(app);

    // Killed during the second stage: resume it, journey and all.
    let mut app = self::app(&f);
    send(&mut app, Action::Resume);
    assert_eq!(screen(&app), Screen::Play);
    let play = app.world().resource::<Play>();
    assert_eq!(play.stage, Some(1));
    assert_eq!(journeys(&app).run.as_ref().unwrap().current().index, 1);
    play_stage(&mut app);
    // Every stage to the end, then the journey's debrief.
    for _ in 0..5 {
        if journeys(&app).run.as_ref().unwrap().is_ended() {
            break;
        }
        send(&mut app, Action::Go(Screen::Handover));
        send(&mut app, Action::BeginStage);
        play_stage(&mut app);
    }
    send(&mut app, Action::FinishJourney);
    assert_eq!(screen(&app), Screen::Journey);
    let d = journeys(&app).debrief.as_ref().unwrap();
    assert_eq!(d.stages.len(), 3);
    assert!(d.finished);
    assert!(
        saved_progress(&f).journey.is_none(),
        "a finished journey is not kept"
    );
    // Each stage wrote its result record.
    let records = std::fs::read_dir(f.data().join("results")).unwrap().count();
    assert_eq!(records, 3);
}

#[test]
fn a_journey_is_handed_to_another_laptop_as_a_file_and_records_name_it() {
    let f = journey_fixture("handover");
    let mut app = app(&f);
    send(
        &mut app,
        Action::SetTrainee {
            name: "Mai".into(),
            role: frontline::Role::LabourInspector,
        },
    );
    wait_for_cases(&mut app);
    send(
        &mut app,
        Action::StartCase {
            case: "journey".into(),
            seed: Some(4),
        },
    );
    send(&mut app, Action::BeginStage);
    play_stage(&mut app);
    let usb = f.root.join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    send(
        &mut app,
        Action::SaveHandover {
            folder: Some(usb.clone()),
        },
    );
    let file = std::fs::read_dir(&usb)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert!(file.to_string_lossy().contains("handover-journey-stage2"));
    // The stage's result record names the journey and its stage.
    let results = f.data().join("results");
    let record = std::fs::read_dir(&results)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    assert_eq!(record["journey"]["case"], "journey");
    assert_eq!(record["journey"]["stage"], 1);
    let journey_id = record["journey"]["journey"].clone();
    drop(app);

    // Another laptop (another data folder) continues from the file.
    let other = journey_fixture("handover-other");
    let mut app = self::app(&other);
    send(
        &mut app,
        Action::SetTrainee {
            name: "Ko".into(),
            role: frontline::Role::ShelterStaff,
        },
    );
    wait_for_cases(&mut app);
    send(
        &mut app,
        Action::ContinueFromHandover { file: file.clone() },
    );
    assert_eq!(screen(&app), Screen::Handover);
    let j = journeys(&app);
    assert_eq!(j.run.as_ref().unwrap().current().index, 1);
    assert_eq!(j.played_by.len(), 1);
    assert_eq!(j.played_by[0].trainee, "Mai");
    assert_eq!(serde_json::Value::from(j.journey.clone()), journey_id);
    send(&mut app, Action::BeginStage);
    play_stage(&mut app);
    let record = std::fs::read_dir(other.data().join("results"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    assert_eq!(record["journey"]["stage"], 2);
    assert_eq!(record["journey"]["journey"], journey_id);
    assert_eq!(record["trainee"], "Ko");

    // A damaged file is refused with a reason, and nothing changes.
    std::fs::write(&file, "{}").unwrap();
    send(&mut app, Action::ContinueFromHandover { file });
    let j = journeys(&app);
    assert!(j.message.is_some());
    assert_eq!(j.run.as_ref().unwrap().current().index, 2);
}

/// Update until the cases (checked in the background) satisfy `done`.
fn wait_for_journeys(
    app: &mut App,
    done: impl Fn(&frontline::game::journey::Journeys, &LiveLibrary) -> bool,
) -> bool {
    wait_until(app, Duration::from_secs(60), |app| {
        done(journeys(app), app.world().resource::<LiveLibrary>())
    })
}

#[test]
fn case_files_reload_while_the_game_runs_and_their_errors_are_listed() {
    let f = journey_fixture("case-reload");
    let mut app = app(&f);
    wait_for_cases(&mut app);
    // Let the asset system's first look at every file settle.
    wait_for(&mut app, |_| false);
    let file = f.scenarios().join("cases/journey.ron");
    let original = std::fs::read_to_string(&file).unwrap();
    let title = |j: &frontline::game::journey::Journeys| {
        j.cases
            .as_ref()
            .and_then(|c| c.get("journey"))
            .map(|c| c.case.title.clone())
    };
    std::fs::write(
        &file,
        original.replace("A Test Journey", "A Test Journey, edited"),
    )
    .unwrap();
    assert!(
        wait_for_journeys(&mut app, |j, _| title(j).as_deref()
            == Some("A Test Journey, edited")),
        "an edited case is checked again"
    );
    // A case file with an unknown stage: listed with the other problems.
    std::fs::write(
        &file,
        original.replace("scenario: \"stage-court\"", "scenario: \"stage-curt\""),
    )
    .unwrap();
    assert!(
        wait_for_journeys(&mut app, |_, live| live
            .problems
            .iter()
            .any(|d| d.file.ends_with("journey.ron") && d.code == "unknown-stage")),
        "a broken case file is listed in the problems panel"
    );
    std::fs::write(&file, &original).unwrap();
    assert!(
        wait_for_journeys(&mut app, |j, live| live.problems.is_empty()
            && title(j).as_deref() == Some("A Test Journey")),
        "fixing the file clears it"
    );
}
