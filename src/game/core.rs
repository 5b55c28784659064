//! The game's state and rules of navigation, without any drawing: screens,
//! the run in progress, progress on disk, and the actions that buttons,
//! keys, tests and the smoke run all send. No game rule lives here either:
//! the session engine decides, this only calls it and saves.

use crate::save::progress::{InProgress, Mode, Progress, Settings, Trainee, now_rfc3339};
use crate::scenario::diag::Diagnostic;
use crate::scenario::library::Library;
use crate::sim::area::Role;
use crate::sim::debrief::{Debrief, debrief};
use crate::sim::engine::{HarmRecord, Session};
use crate::sim::guide::Guide;
use bevy::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// The screens a trainee meets.
#[derive(States, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Asks for a pseudonym and role on the very first run.
    Welcome,
    #[default]
    Home,
    Browser,
    /// The content notes, shown before a scenario starts.
    Notes,
    Play,
    Debrief,
    Guide,
    Settings,
    Dashboard,
}

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
    Workshop(Option<String>),
    /// Delete the trainee's results and progress (settings stay).
    DeleteMyData,
    /// Group play: the room's votes at the current decision (counts per
    /// choice number, 1-based order) and the choice to follow (None: majority).
    Vote {
        counts: Vec<u32>,
        follow: Option<usize>,
    },
}

/// The scenarios and the guide, with the problems of files that failed.
#[derive(Resource, Clone)]
pub struct Catalog {
    pub library: Library,
    /// Errors of scenario files that failed to load or reload, by file.
    pub problems: Vec<Diagnostic>,
    /// Raised on every change, so screens can refresh caches.
    pub generation: u64,
    /// The text each file had when it was last checked, so that a file the
    /// asset system reports again unchanged is not checked twice.
    pub sources: std::collections::HashMap<PathBuf, u64>,
}

/// A hash of a file's text, to notice real changes.
pub fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

impl Catalog {
    pub fn guide(&self) -> &Arc<Guide> {
        &self.library.guide
    }
}

/// Progress on disk and messages about it.
#[derive(Resource)]
pub struct Store {
    /// None: nothing is written (tests that do not want files).
    pub dir: Option<PathBuf>,
    pub progress: Progress,
    /// Things the trainee must be told, such as a save that could not be read.
    pub notices: Vec<String>,
}

impl Store {
    pub fn open(dir: Option<PathBuf>) -> Store {
        let (progress, notice) = match &dir {
            Some(d) => Progress::load(d),
            None => (Progress::default(), None),
        };
        Store {
            dir,
            progress,
            notices: notice.into_iter().collect(),
        }
    }

    pub fn save(&mut self) {
        if let Some(d) = &self.dir
            && let Err(e) = self.progress.save(d)
        {
            let msg = format!("Progress could not be saved to {}: {e}", d.display());
            if !self.notices.contains(&msg) {
                self.notices.push(msg);
            }
        }
    }
}

/// The coaching shown after a choice in coach mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    pub text: Option<String>,
    pub harms: Vec<HarmRecord>,
}

/// How the room voted at one decision of a group run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomVote {
    pub decision: usize,
    /// Votes per choice number (index 0 is choice 1).
    pub counts: Vec<u32>,
    pub followed: usize,
}

/// The run being played.
#[derive(Resource, Default)]
pub struct Play {
    pub session: Option<Session>,
    /// Scenario and seed waiting for the content notes to be accepted.
    pub pending: Option<(String, Option<u64>)>,
    pub attempt: String,
    pub started: String,
    pub mode: Mode,
    /// The workshop code the run started with.
    pub workshop: Option<String>,
    pub paused: bool,
    pub feedback: Option<Feedback>,
    pub votes: Vec<RoomVote>,
    /// The debrief of the finished run.
    pub debrief: Option<Debrief>,
    /// A message for the play screen (a choice that could not be made).
    pub error: Option<String>,
}

pub fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_message::<Action>()
        .init_resource::<Play>()
        .add_systems(Startup, first_screen)
        .add_systems(Update, handle_actions);
}

fn first_screen(store: Res<Store>, mut next: ResMut<NextState<Screen>>) {
    if store.progress.trainee.is_none() {
        next.set(Screen::Welcome);
    }
}

#[allow(clippy::too_many_arguments)]
fn handle_actions(
    mut actions: MessageReader<Action>,
    catalog: Res<Catalog>,
    mut store: ResMut<Store>,
    mut play: ResMut<Play>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        play.error = None;
        match action.clone() {
            Action::SetTrainee { name, role } => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    play.error = Some("Please enter a name or pseudonym.".into());
                    continue;
                }
                store.progress.trainee = Some(Trainee { name, role });
                store.save();
                next.set(Screen::Home);
            }
            Action::Go(s) => {
                if *screen.get() == Screen::Play {
                    play.paused = false;
                }
                next.set(s);
            }
            Action::Prepare { scenario, seed } => {
                if catalog.library.get(&scenario).is_some() {
                    play.pending = Some((scenario, seed));
                    next.set(Screen::Notes);
                } else {
                    play.error = Some(format!("The scenario `{scenario}` is not available."));
                }
            }
            Action::Begin => {
                let Some((id, seed)) = play.pending.take() else {
                    continue;
                };
                let Some(checked) = catalog.library.get(&id) else {
                    continue;
                };
                let seed = seed.unwrap_or_else(|| {
                    crate::sim::seed::seed_for(&id, store.progress.workshop.as_deref())
                });
                let session = Session::start(checked, seed);
                play.mode = store.progress.settings.mode;
                start_run(&mut play, &mut store, session);
                next.set(Screen::Play);
            }
            Action::Choose(n) => choose(&mut play, &mut store, &catalog, &mut next, n, None),
            Action::Vote { counts, follow } => {
                let pick = crate::workshop::room::followed(&counts, follow);
                choose(
                    &mut play,
                    &mut store,
                    &catalog,
                    &mut next,
                    pick,
                    Some(counts),
                );
            }
            Action::Rewind(n) => {
                let Some(session) = play.session.as_mut() else {
                    continue;
                };
                match session.rewind(n) {
                    Ok(()) => {
                        play.votes.retain(|v| v.decision < n);
                        play.feedback = None;
                        play.debrief = None;
                        save_in_progress(&mut play, &mut store);
                        next.set(Screen::Play);
                    }
                    Err(e) => play.error = Some(e.to_string()),
                }
            }
            Action::PlayAgain { same_seed } => {
                let Some(session) = play.session.as_ref() else {
                    continue;
                };
                let id = session.checked().id().to_string();
                let seed = same_seed.then_some(session.seed());
                play.pending = Some((id, seed));
                next.set(Screen::Notes);
            }
            Action::Pause(p) => play.paused = p,
            Action::Stop => {
                play.paused = false;
                play.feedback = None;
                save_in_progress(&mut play, &mut store);
                next.set(Screen::Home);
            }
            Action::Resume => {
                let Some(saved) = store.progress.in_progress.clone() else {
                    continue;
                };
                match catalog
                    .library
                    .get(&saved.save.scenario)
                    .map(|c| Session::restore(c, &saved.save))
                {
                    Some(Ok(session)) => {
                        play.session = Some(session);
                        play.attempt = saved.attempt;
                        play.started = saved.started;
                        play.mode = saved.mode;
                        play.workshop = saved.workshop.clone();
                        play.feedback = None;
                        play.debrief = None;
                        play.votes.clear();
                        play.paused = false;
                        next.set(Screen::Play);
                    }
                    Some(Err(e)) => {
                        store.notices.push(format!("The saved run cannot continue: {e}. It was kept; start the scenario again to replace it."));
                    }
                    None => store.notices.push(format!(
                        "The saved run is for the scenario `{}`, which is not available now.",
                        saved.save.scenario
                    )),
                }
            }
            Action::Discard => {
                store.progress.in_progress = None;
                store.save();
            }
            Action::Settings(s) => {
                store.progress.settings = s;
                store.save();
            }
            Action::DeleteMyData => {
                if let Some(dir) = store.dir.clone()
                    && let Err(e) = super::results::delete_results(&dir)
                {
                    store
                        .notices
                        .push(format!("Some results could not be deleted: {e}"));
                }
                let settings = store.progress.settings.clone();
                store.progress = Progress {
                    settings,
                    ..Progress::default()
                };
                store.save();
                *play = Play::default();
                next.set(Screen::Welcome);
            }
            Action::Workshop(code) => {
                store.progress.workshop = code
                    .map(|c| super::results::normalise_code(&c))
                    .filter(|c| !c.is_empty());
                store.save();
            }
        }
    }
}

fn start_run(play: &mut Play, store: &mut Store, session: Session) {
    play.attempt = uuid::Uuid::new_v4().to_string();
    play.started = now_rfc3339();
    play.workshop = store.progress.workshop.clone();
    play.paused = false;
    play.feedback = None;
    play.debrief = None;
    play.votes.clear();
    store.progress.record_start(session.checked().id());
    play.session = Some(session);
    save_in_progress(play, store);
}

fn save_in_progress(play: &mut Play, store: &mut Store) {
    let Some(session) = &play.session else { return };
    if session.is_ended() {
        return;
    }
    store.progress.in_progress = Some(InProgress {
        attempt: play.attempt.clone(),
        save: session.save(),
        mode: play.mode,
        started: play.started.clone(),
        workshop: play.workshop.clone(),
    });
    store.save();
}

fn choose(
    play: &mut Play,
    store: &mut Store,
    catalog: &Catalog,
    next: &mut NextState<Screen>,
    number: usize,
    votes: Option<Vec<u32>>,
) {
    if play.paused {
        return;
    }
    let Some(session) = play.session.as_mut() else {
        return;
    };
    let decision = session.steps().len();
    let step = match session.choose_number(number) {
        Ok(step) => step.clone(),
        Err(e) => {
            play.error = Some(e.to_string());
            return;
        }
    };
    if let Some(counts) = votes {
        play.votes.push(RoomVote {
            decision,
            counts,
            followed: number,
        });
    }
    play.feedback = (play.mode == Mode::Coach && !step.harms.is_empty()).then(|| Feedback {
        text: step.feedback.clone(),
        harms: step.harms.clone(),
    });
    let ended = session.is_ended();
    if ended {
        finish(play, store, catalog);
        next.set(Screen::Debrief);
    } else {
        save_in_progress(play, store);
    }
}

fn finish(play: &mut Play, store: &mut Store, catalog: &Catalog) {
    let Some(session) = &play.session else { return };
    let d = debrief(session, catalog.guide());
    store
        .progress
        .record_finish(session.checked().id(), d.score.overall);
    store.progress.in_progress = None;
    store.save();
    if let Some(dir) = store.dir.clone()
        && let Err(e) =
            crate::game::results::save_result(&dir, play, store, session, &d, catalog.guide())
    {
        store
            .notices
            .push(format!("The result could not be saved: {e}"));
    }
    play.feedback = None;
    play.debrief = Some(d);
}
