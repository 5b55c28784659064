//! The game's state, without any drawing: the screens, the scenarios kept
//! live, the progress on disk, the run in progress, and what the last file
//! action did. Only [`actions`](super::actions) changes them (and hot
//! reload the library); the screens read them.

use crate::guide::Guide;
use crate::save::progress::{Mode, Progress};
use crate::scenario::diag::Diagnostic;
use crate::scenario::library::Library;
use crate::sim::debrief::Debrief;
use crate::sim::engine::{HarmRecord, Session};
use crate::workshop::report::GroupReport;
use bevy::prelude::*;
use std::collections::HashMap;
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

/// The scenario library kept live by hot reload: the scenarios and the
/// guide, plus the problems of files that failed and the hashes of the
/// files already checked.
#[derive(Resource, Clone)]
pub struct LiveLibrary {
    pub library: Library,
    /// Errors of scenario files that failed to load or reload, by file.
    pub problems: Vec<Diagnostic>,
    /// A hash of the text each file had when it was last checked, so that
    /// a file the asset system reports again unchanged is not checked twice.
    pub(crate) hashes: HashMap<PathBuf, u64>,
}

impl LiveLibrary {
    pub fn guide(&self) -> &Arc<Guide> {
        &self.library.guide
    }
}

/// A hash of a file's text, to notice real changes.
pub(crate) fn text_hash(text: &str) -> u64 {
    crate::sim::seed::fnv1a(text.as_bytes())
}

/// The trainee's progress as saved on disk, and the notices about saving
/// that the trainee must be told (a save that could not be read or written).
#[derive(Resource)]
pub struct SavedProgress {
    /// The data folder. None: nothing is written (tests that want no files).
    pub(crate) dir: Option<PathBuf>,
    pub progress: Progress,
    /// Things the trainee must be told, such as a save that could not be read.
    pub notices: Vec<String>,
}

impl SavedProgress {
    /// Open the data folder `dir` (None: keep nothing on disk): load the
    /// progress and remove temporary files that killed writes left behind.
    pub fn open(dir: Option<PathBuf>) -> SavedProgress {
        let (progress, notice) = match &dir {
            Some(d) => {
                // Temporary files left by a write that was killed.
                crate::save::files::remove_stale_temporaries(d);
                Progress::load(d)
            }
            None => (Progress::default(), None),
        };
        SavedProgress {
            dir,
            progress,
            notices: notice.into_iter().collect(),
        }
    }

    /// Write the progress; a failure becomes a notice (once).
    pub(crate) fn save(&mut self) {
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
    /// A message for the screen that sent the action (a name left empty,
    /// a choice that could not be made).
    pub error: Option<String>,
}

/// Group play on a projector: the facilitator enters the room's votes at
/// each decision instead of a trainee choosing.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupPlay(pub bool);

/// The facilitator's report over the collected results, and the messages
/// of the last action on them (files not read, an import, a CSV export).
#[derive(Resource, Default)]
pub struct FacilitatorReport {
    /// The workshop the report is limited to (None: every result).
    pub workshop: Option<String>,
    /// None until the report is first built.
    pub report: Option<GroupReport>,
    pub messages: Vec<String>,
}

/// What the last export of the trainee's own results did.
#[derive(Resource, Default)]
pub struct ExportOutcome(pub Option<String>);

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .init_resource::<Play>()
        .init_resource::<GroupPlay>()
        .init_resource::<FacilitatorReport>()
        .init_resource::<ExportOutcome>()
        .add_systems(Startup, first_screen);
}

/// A first run asks who the trainee is.
fn first_screen(saved: Res<SavedProgress>, mut next: ResMut<NextState<Screen>>) {
    if saved.progress.trainee.is_none() {
        next.set(Screen::Welcome);
    }
}
