//! The actions that buttons, keys, tests and the smoke run all send, and
//! the one system that applies them: a short dispatcher over one function
//! per action. No game rule lives here: the session engine and the
//! workshop modules decide; this calls them, saves, and moves between
//! screens. Every effect of the game (a file written or read included)
//! goes through an [`Action`], so a headless test can send it.

mod files;
mod journey;
mod map;
mod run;
pub(crate) use run::retranslate;

use super::state::{
    ExportOutcome, FacilitatorReport, GroupPlay, Interface, LanguageChanged, LiveLibrary, MapShown,
    Play, SavedProgress, Screen,
};
use crate::guide::area::Role;
use crate::i18n::Lang;
use crate::save::progress::Settings;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use std::path::PathBuf;

/// What a button, a key, the smoke run or a test asks the game to do.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Action {
    SetTrainee {
        name: String,
        role: Role,
    },
    Go(Screen),
    /// Choose a scenario: shows its content notes first.
    Prepare {
        scenario: String,
        seed: Option<u64>,
    },
    /// Start the prepared scenario.
    Begin,
    /// Start a journey through a case (its first stage's handover follows).
    StartCase {
        case: String,
        seed: Option<u64>,
    },
    /// Begin the journey's next stage on the play screen.
    BeginStage,
    /// Show the debrief of the whole journey, its last stage ended.
    FinishJourney,
    /// Continue the journey under way (saved between stages).
    ContinueJourney,
    /// Write the journey, between two stages, to a handover file for the
    /// trainee who plays the next stage (in `folder`, or the documents
    /// folder).
    SaveHandover {
        folder: Option<PathBuf>,
    },
    /// Continue a journey from a handover file.
    ContinueFromHandover {
        file: PathBuf,
    },
    /// Another trainee takes over on this laptop: their pseudonym (the
    /// role stays).
    SwitchTrainee {
        name: String,
    },
    /// Pick the choice with this number (as shown, 1-based).
    Choose(usize),
    /// Go back to just before decision `n` (0-based) of the current run.
    Rewind(usize),
    /// Play the same scenario again, with the same or a new seed.
    PlayAgain {
        same_seed: bool,
    },
    Pause(bool),
    /// Leave the run; it stays saved and can be resumed.
    Stop,
    /// Continue the saved run.
    Resume,
    /// Forget the saved run.
    Discard,
    Settings(Settings),
    /// Show the interface in this language from the next frame on, and
    /// keep it in the settings; sends [`LanguageChanged`].
    Language(Lang),
    Workshop(Option<String>),
    /// Delete the trainee's results and progress (settings stay).
    DeleteMyData,
    /// Group play on a projector: turn the room's votes on or off.
    GroupPlay(bool),
    /// Group play: the room's votes at the current decision (counts per
    /// choice number, 1-based order) and the choice to follow (None: majority).
    Vote {
        counts: Vec<u32>,
        follow: Option<usize>,
    },
    /// Build the facilitator's report from the data folder's results, for
    /// one workshop or (None) for every result.
    RefreshReport {
        workshop: Option<String>,
    },
    /// Import result files and folders (trainees' exports) into the data
    /// folder, then rebuild the report for `workshop`.
    ImportResults {
        paths: Vec<PathBuf>,
        workshop: Option<String>,
    },
    /// Write the facilitator's report as CSV: to `to`, or (None) to the
    /// data folder's `reports` folder, named after the workshop and the date.
    /// Send the results in the report (the workshop's, or all) to the
    /// learning record store configured for this user, in the background.
    SendToLrs,
    ExportReportCsv {
        to: Option<PathBuf>,
    },
    /// Write the trainee's results (only `workshop`'s if given) to one
    /// bundle file in `folder`, or (None) in their documents folder.
    ExportMyResults {
        workshop: Option<String>,
        folder: Option<PathBuf>,
    },
    /// Show the map of a scenario file (of the library, or one with
    /// problems): checked and laid out now, and again whenever it changes.
    OpenMap {
        file: PathBuf,
    },
    /// Start a test run at this node of the mapped scenario, with the
    /// variables of a run that reaches it. It is not saved or recorded,
    /// and stopping or ending it goes back to the map.
    PlayFromHere {
        node: String,
    },
}

/// Everything an action may read or change.
#[derive(SystemParam)]
struct Game<'w> {
    library: ResMut<'w, LiveLibrary>,
    saved: ResMut<'w, SavedProgress>,
    play: ResMut<'w, Play>,
    group: ResMut<'w, GroupPlay>,
    report: ResMut<'w, FacilitatorReport>,
    lrs: Res<'w, crate::game::state::LrsSend>,
    export: ResMut<'w, ExportOutcome>,
    map: ResMut<'w, MapShown>,
    screen: Res<'w, State<Screen>>,
    next: ResMut<'w, NextState<Screen>>,
    interface: ResMut<'w, Interface>,
    journeys: ResMut<'w, crate::game::journey::Journeys>,
    language_changed: MessageWriter<'w, LanguageChanged>,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Action>()
        .add_systems(Update, (handle_actions, map::follow_reload).chain());
}

fn handle_actions(mut actions: MessageReader<Action>, mut game: Game) {
    for action in actions.read() {
        let g = &mut game;
        g.play.error = None;
        match action.clone() {
            Action::SetTrainee { name, role } => set_trainee(g, name, role),
            Action::Go(screen) => go(g, screen),
            Action::Prepare { scenario, seed } => run::prepare(g, scenario, seed),
            Action::Begin => run::begin(g),
            Action::StartCase { case, seed } => journey::start_case(g, &case, seed),
            Action::BeginStage => journey::begin_stage(g),
            Action::FinishJourney => journey::finish_journey(g),
            Action::ContinueJourney => journey::continue_journey(g),
            Action::SaveHandover { folder } => journey::save_handover(g, folder),
            Action::ContinueFromHandover { file } => journey::continue_from_file(g, &file),
            Action::SwitchTrainee { name } => journey::switch_trainee(g, name),
            Action::Choose(n) => run::choose(g, n, None),
            Action::Vote { counts, follow } => run::vote(g, counts, follow),
            Action::Rewind(n) => run::rewind(g, n),
            Action::PlayAgain { same_seed } => run::play_again(g, same_seed),
            Action::Pause(p) => g.play.paused = p,
            Action::Stop => run::stop(g),
            Action::Resume => run::resume(g),
            Action::Discard => run::discard(g),
            Action::Settings(s) => settings(g, s),
            Action::Language(lang) => language(g, lang),
            Action::Workshop(code) => workshop(g, code),
            Action::GroupPlay(on) => g.group.0 = on,
            Action::DeleteMyData => files::delete_my_data(g),
            Action::RefreshReport { workshop } => files::refresh_report(g, workshop),
            Action::ImportResults { paths, workshop } => files::import_results(g, &paths, workshop),
            Action::ExportReportCsv { to } => files::export_report_csv(g, to),
            Action::SendToLrs => files::send_to_lrs(g),
            Action::ExportMyResults { workshop, folder } => {
                files::export_my_results(g, workshop, folder)
            }
            Action::OpenMap { file } => map::open(g, file),
            Action::PlayFromHere { node } => map::play_from(g, node),
        }
    }
}

fn set_trainee(g: &mut Game, name: String, role: Role) {
    let name = name.trim().to_string();
    if name.is_empty() {
        g.play.error = Some(said!("welcome-name-missing"));
        return;
    }
    g.saved.progress.trainee = Some(crate::save::progress::Trainee { name, role });
    g.saved.save();
    g.next.set(Screen::Home);
}

fn go(g: &mut Game, screen: Screen) {
    if *g.screen.get() == Screen::Play {
        g.play.paused = false;
    }
    g.next.set(screen);
}

/// New settings; one without a language keeps the language picked.
fn settings(g: &mut Game, mut settings: Settings) {
    settings.language = settings.language.or(g.saved.progress.settings.language);
    let lang = settings.language;
    g.saved.progress.settings = settings;
    g.saved.save();
    if let Some(lang) = lang.filter(|l| *l != g.interface.lang) {
        language(g, lang);
    }
}

/// Save the language picked and swap the interface's strings; the screens
/// read them every frame, so the next frame is in the new language.
fn language(g: &mut Game, lang: Lang) {
    g.saved.progress.settings.language = Some(lang);
    g.saved.save();
    if g.interface.lang != lang {
        *g.interface = Interface::new(lang);
        g.library.set_lang(lang);
        run::retranslate(&mut g.play, &g.library);
        let guide = g.library.guide().clone();
        crate::game::journey::retranslate(&mut g.journeys, &g.library, &guide);
        g.language_changed.write(LanguageChanged(lang));
    }
}

/// Use a workshop code (normalised), or leave the workshop.
fn workshop(g: &mut Game, code: Option<String>) {
    g.saved.progress.workshop = code
        .map(|c| crate::workshop::code::normalise_code(&c))
        .filter(|c| !c.is_empty());
    g.saved.save();
}
