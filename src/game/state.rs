//! The game's state, without any drawing: the screens, the scenarios kept
//! live, the progress on disk, the run in progress, and what the last file
//! action did. Only [`actions`](super::actions) changes them (and hot
//! reload the library); the screens read them.

use crate::guide::Guide;
use crate::i18n::{Arg, Lang, Localized, Ui};
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
    /// Before a stage of a case journey: who the trainee is now, and what
    /// the responder before passed on.
    Handover,
    /// The debrief of a whole case journey.
    Journey,
    /// The map of one scenario file, for authors.
    Map,
}

/// The scenario library kept live by hot reload: the scenarios and the
/// guide in the interface's language, the English library and the
/// translations they come from, the problems of files that failed and the
/// hashes of the files already checked.
#[derive(Resource, Clone)]
pub struct LiveLibrary {
    /// What the screens show: the scenarios and the guide in the
    /// interface's language (English where there is no translation).
    pub library: Library,
    /// The English library as checked, its translations, and which texts
    /// show English or a draft. Changed only through [`LiveLibrary::refresh`].
    pub localized: Localized,
    /// Errors of scenario and translation files that failed to load or
    /// reload, by file.
    pub problems: Vec<Diagnostic>,
    /// A hash of the text each file had when it was last checked, so that
    /// a file the asset system reports again unchanged is not checked twice.
    pub(crate) hashes: HashMap<PathBuf, u64>,
}

impl LiveLibrary {
    /// The English `library`, shown in English until [`Self::set_lang`].
    pub fn new(library: Library, problems: Vec<Diagnostic>, hashes: HashMap<PathBuf, u64>) -> Self {
        let localized = Localized::new(library, Lang::En);
        let mut live = LiveLibrary {
            library: localized.shown.clone(),
            localized,
            problems,
            hashes,
        };
        live.sync();
        live
    }

    pub fn guide(&self) -> &Arc<Guide> {
        &self.library.guide
    }

    /// Shows the library in `lang`.
    pub fn set_lang(&mut self, lang: Lang) {
        if self.localized.lang != lang {
            self.localized.set_lang(lang);
            self.sync();
        }
    }

    /// After the English library or a translation changed: the shown
    /// library again, and the translations' errors among the problems (a
    /// broken translation shows English and is listed, never more).
    pub fn refresh(&mut self) {
        self.localized.refresh();
        self.sync();
    }

    /// The shown library and the translations' errors from `localized`,
    /// after it was refreshed.
    fn sync(&mut self) {
        self.library = self.localized.shown.clone();
        self.problems
            .retain(|d| !d.code.starts_with("translation-"));
        let errors: Vec<Diagnostic> = self
            .localized
            .translations
            .check(&self.localized.english)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        self.problems.extend(errors);
    }

    /// Whether scenario `id` shows a translation not yet reviewed.
    pub fn is_draft(&self, id: &str) -> bool {
        self.localized.lang != Lang::En && self.localized.is_draft(id)
    }

    /// Whether the guide shows a translation not yet reviewed.
    pub fn guide_is_draft(&self) -> bool {
        self.localized.lang != Lang::En && self.localized.guide_marks.draft
    }

    /// Whether the guide's text `key` (`guide/harm/ID-3/title`) shows in
    /// English for want of a translation.
    pub fn guide_is_english(&self, key: &str) -> bool {
        self.localized.lang != Lang::En && self.localized.guide_marks.english.contains(key)
    }

    /// Whether the text `key` of scenario `id` (`id/node/start/text`) shows
    /// in English for want of a translation.
    pub fn is_english(&self, id: &str, key: &str) -> bool {
        self.localized.lang != Lang::En && self.localized.is_english(id, key)
    }
}

/// A hash of a file's text, to notice real changes.
pub(crate) fn text_hash(text: &str) -> u64 {
    crate::sim::seed::fnv1a(text.as_bytes())
}

/// The interface's language and its strings. Screens read it every frame,
/// so a change shows on the next frame, mid-scenario included; only
/// [`Action::Language`](super::actions::Action::Language) replaces it.
#[derive(Resource, Clone, Debug)]
pub struct Interface {
    pub lang: Lang,
    pub ui: Arc<Ui>,
}

impl Interface {
    pub fn new(lang: Lang) -> Interface {
        Interface {
            lang,
            ui: Arc::new(Ui::new(lang)),
        }
    }

    /// The language to start in: `FRONTLINE_LANG` (a code such as `th`,
    /// `km` or `en-XA`) if set, else the language the trainee saved, else
    /// the computer's.
    pub fn at_start(saved: Option<Lang>) -> Interface {
        let from_env = std::env::var("FRONTLINE_LANG")
            .ok()
            .and_then(|c| Lang::from_code(&c));
        Interface::new(from_env.or(saved).unwrap_or_else(Lang::from_system))
    }
}

/// Sent when the trainee picks another interface language, after
/// [`Interface`] holds the new one. Whatever is translated once rather than
/// every frame (the scenario and guide content) listens for it to translate
/// again.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageChanged(pub Lang);

/// A message for the trainee kept as its key and arguments, so it is shown
/// in the language of the moment, even one picked after it was said. Made
/// with `said!("key", name = value)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub key: &'static str,
    pub args: Vec<(&'static str, SaidArg)>,
}

/// An argument of a [`Said`]: text (a path, a reason from the library) or a
/// number (which picks a plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum SaidArg {
    Text(String),
    Number(i64),
}

macro_rules! said_arg_number {
    ($($t:ty),*) => {$(
        impl From<$t> for SaidArg {
            fn from(n: $t) -> SaidArg {
                SaidArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
said_arg_number!(usize, u32, u64, i32, i64);

impl From<String> for SaidArg {
    fn from(s: String) -> SaidArg {
        SaidArg::Text(s)
    }
}

impl From<&str> for SaidArg {
    fn from(s: &str) -> SaidArg {
        SaidArg::Text(s.to_string())
    }
}

impl Said {
    /// The message in `t`'s language.
    pub fn show(&self, t: &Ui) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(n, v)| {
                let v = match v {
                    SaidArg::Text(s) => Arg::from(s.clone()),
                    SaidArg::Number(n) => Arg::from(*n),
                };
                (*n, v)
            })
            .collect();
        t.fmt(self.key, &args)
    }
}

/// The trainee's progress as saved on disk, and the notices about saving
/// that the trainee must be told (a save that could not be read or written).
#[derive(Resource)]
pub struct SavedProgress {
    /// The data folder. None: nothing is written (tests that want no files).
    pub(crate) dir: Option<PathBuf>,
    pub progress: Progress,
    /// Things the trainee must be told, such as a save that could not be read.
    pub notices: Vec<Said>,
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
        let notices = notice
            .map(|n| {
                said!(
                    "notice-progress-unreadable",
                    reason = n.reason,
                    path = n.set_aside.display().to_string()
                )
            })
            .into_iter()
            .collect();
        SavedProgress {
            dir,
            progress,
            notices,
        }
    }

    /// Write the progress; a failure becomes a notice (once).
    pub(crate) fn save(&mut self) {
        if let Some(d) = &self.dir
            && let Err(e) = self.progress.save(d)
        {
            let msg = said!(
                "notice-progress-not-saved",
                folder = d.display().to_string(),
                reason = e.to_string()
            );
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
    /// The run is stage `n` (0-based) of the journey in
    /// [`Journeys`](crate::game::journey::Journeys).
    pub stage: Option<usize>,
    /// A message for the screen that sent the action (a name left empty,
    /// a choice that could not be made).
    pub error: Option<Said>,
    /// A test run started on the map at this node ("play from here"): not
    /// saved, not resumable and not a result; it ends back on the map.
    pub from_map: Option<String>,
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
    pub messages: Vec<Said>,
}

/// Where the facilitator's send to the learning record store is. The send
/// runs on a thread of its own (it may wait on the network for minutes), which
/// writes here; the dashboard draws from it every frame.
#[derive(Debug, Clone, Default)]
pub enum LrsStatus {
    #[default]
    Idle,
    Sending(crate::workshop::lrs::Progress),
    Done(crate::workshop::lrs::SendSummary),
    /// The send stopped: why (the library's words), and what was done.
    Stopped {
        reason: String,
        summary: crate::workshop::lrs::SendSummary,
    },
    /// There is no usable address or user (the library's words).
    NotConfigured(String),
}

/// The send to the learning record store, shared with its thread.
#[derive(Resource, Clone, Default)]
pub struct LrsSend(pub Arc<std::sync::Mutex<LrsStatus>>);

impl LrsSend {
    /// What the send is doing now (a poisoned lock still tells).
    pub fn status(&self) -> LrsStatus {
        match self.0.lock() {
            Ok(s) => s.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    pub(crate) fn set(&self, status: LrsStatus) {
        match self.0.lock() {
            Ok(mut s) => *s = status,
            Err(p) => *p.into_inner() = status,
        }
    }
}

/// The scenario map shown on the map screen: one file, laid out once per
/// version of its text (hot reload lays it out again when the text's hash
/// changes), with the file's errors and, when it checks, the scenario to
/// play from a node.
#[derive(Resource, Default)]
pub struct MapShown {
    /// The file mapped.
    pub file: Option<PathBuf>,
    /// The hash of the text it was laid out from.
    pub hash: u64,
    /// None when the file does not compile (see `errors`).
    pub map: Option<Arc<crate::scenario::map::ScenarioMap>>,
    /// The file's errors, as the checker gives them.
    pub errors: Vec<Diagnostic>,
    /// The scenario as checked, when it has no errors: what "play from
    /// here" plays.
    pub checked: Option<crate::scenario::check::Checked>,
    /// Why there is no map, for the screen.
    pub message: Option<Said>,
}

/// What the last export of the trainee's own results did.
#[derive(Resource, Default)]
pub struct ExportOutcome(pub Option<Said>);

pub(super) fn plugin(app: &mut App) {
    // The language is known before the first frame: a test may insert its
    // own Interface; else the saved setting or the environment decides.
    if !app.world().contains_resource::<Interface>() {
        let saved = app
            .world()
            .get_resource::<SavedProgress>()
            .and_then(|s| s.progress.settings.language);
        app.insert_resource(Interface::at_start(saved));
    }
    // The content shows in the interface's language from the first frame.
    let lang = app.world().resource::<Interface>().lang;
    if let Some(mut live) = app.world_mut().get_resource_mut::<LiveLibrary>() {
        live.set_lang(lang);
    }
    app.add_message::<LanguageChanged>()
        .init_state::<Screen>()
        .init_resource::<Play>()
        .init_resource::<GroupPlay>()
        .init_resource::<FacilitatorReport>()
        .init_resource::<ExportOutcome>()
        .init_resource::<MapShown>()
        .init_resource::<LrsSend>()
        .add_systems(Startup, first_screen);
}

/// A first run asks who the trainee is.
fn first_screen(saved: Res<SavedProgress>, mut next: ResMut<NextState<Screen>>) {
    if saved.progress.trainee.is_none() {
        next.set(Screen::Welcome);
    }
}
