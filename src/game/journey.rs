//! Case journeys in the game: the cases that go with the library, checked
//! in the background (exploring a journey's chain of stages takes seconds,
//! and the game must not wait for it at start-up, nor after a file is
//! saved); the journey being played; and what starting one, beginning each
//! stage, making a choice, going back and handing over do to it.
//!
//! A stage is played on the play screen like any scenario: `Play` holds a
//! copy of the stage's session, and every choice made there is made in the
//! journey too ([`on_choice`]), so the two never differ. The rules of a
//! journey are the library's ([`crate::case`]); this module only keeps
//! them in step with the screens.

use crate::case::{CaseDebrief, CaseRun, Cases, CheckedCase, case_debrief};
use crate::game::state::{LiveLibrary, Play};
use crate::guide::Guide;
use crate::save::progress::JourneyProgress;
use crate::workshop::handover::{Handover, StagePlayer};
use crate::workshop::records::JourneyRef;
use bevy::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

/// The cases of the library and the journey being played.
#[derive(Resource, Default)]
pub struct Journeys {
    /// The cases, once checked against the library as it is now; `None`
    /// while the first check runs.
    pub cases: Option<Arc<Cases>>,
    /// What the cases were last checked against (see [`fingerprint`]).
    checked_for: Option<u64>,
    /// The library's fingerprint now, worked out when the library changes
    /// (not every frame).
    wanted: Option<u64>,
    /// The check running in the background, and what it checks against.
    checking: Option<(u64, Mutex<Receiver<Cases>>)>,
    /// The journey being played (or just finished).
    pub run: Option<CaseRun>,
    /// The journey's id across trainees and saves.
    pub journey: String,
    /// Who played its finished stages.
    pub played_by: Vec<StagePlayer>,
    /// What the last handover action did (a file written or read), to show.
    pub message: Option<crate::game::state::Said>,
    /// The debrief of the whole journey, once its last stage ended.
    pub debrief: Option<CaseDebrief>,
    /// The text of each case file as last seen by hot reload.
    case_files: HashMap<PathBuf, u64>,
    /// A case file changed since the check running began.
    dirty: bool,
}

impl Journeys {
    /// The journey as it is saved in the progress file.
    pub fn progress(&self) -> Option<JourneyProgress> {
        self.run.as_ref().map(|r| JourneyProgress {
            journey: self.journey.clone(),
            save: r.save(),
            played_by: self.played_by.clone(),
        })
    }

    /// Whether the run on the play screen is a stage of the journey.
    pub fn playing(&self, play: &Play) -> bool {
        play.stage.is_some() && self.run.is_some()
    }

    /// Hot reload saw a case file: check the cases again if its text
    /// changed (the first sight of each file is the one already checked).
    pub fn case_file_changed(&mut self, file: &Path, text: &str) {
        let hash = crate::game::state::text_hash(text);
        if self
            .case_files
            .insert(file.to_path_buf(), hash)
            .is_some_and(|before| before != hash)
        {
            self.dirty = true;
        }
    }

    /// What stage `stage`'s (0-based) result record says of the journey.
    pub fn record_ref(&self, stage: usize) -> Option<JourneyRef> {
        let run = self.run.as_ref()?;
        Some(JourneyRef::of_stage(run, &self.journey, stage + 1))
    }

    /// Forget the journey.
    pub fn clear(&mut self) {
        self.run = None;
        self.debrief = None;
    }
}

/// What the cases depend on: the scenario files as last checked (their
/// hashes; none for the bundled copy, which never changes).
fn fingerprint(live: &LiveLibrary) -> u64 {
    let mut files: Vec<(&std::path::PathBuf, &u64)> = live.hashes.iter().collect();
    files.sort();
    let mut h = crate::sim::seed::fnv1a(b"cases");
    for (path, hash) in files {
        h ^= crate::sim::seed::fnv1a(path.to_string_lossy().as_bytes()) ^ hash;
        h = h.rotate_left(7);
    }
    h ^ live.localized.english.scenarios.len() as u64
}

/// `case` (checked over the English library) in the language shown now:
/// its own texts and its stages, each sentence in one language.
pub fn localized(case: &CheckedCase, live: &LiveLibrary) -> CheckedCase {
    let l = &live.localized;
    l.translations.case(case, l.lang).0
}

/// Check the cases again in the background when the scenario files
/// changed, and take the result when it is ready.
fn keep_cases_checked(mut live: ResMut<LiveLibrary>, mut journeys: ResMut<Journeys>) {
    let j = &mut *journeys;
    if let Some((for_print, rx)) = &j.checking {
        let for_print = *for_print;
        let received = match rx.lock() {
            Ok(rx) => rx.try_recv(),
            Err(_) => Err(TryRecvError::Disconnected),
        };
        match received {
            Ok(cases) => {
                j.checked_for = Some(for_print);
                // The problems panel lists the case files' errors with the
                // scenario files'.
                let is_case = |d: &crate::scenario::diag::Diagnostic| {
                    d.file.parent().and_then(Path::file_name)
                        == Some(std::ffi::OsStr::new(crate::case::CASES_FOLDER))
                };
                live.problems.retain(|d| !is_case(d));
                live.problems.extend(cases.errors().cloned());
                j.cases = Some(Arc::new(cases));
                j.checking = None;
            }
            Err(TryRecvError::Empty) => return,
            // The check panicked: say so once, and check again after the
            // next change of a file.
            Err(TryRecvError::Disconnected) => {
                warn!("checking the case journeys failed");
                j.checked_for = Some(for_print);
                j.checking = None;
            }
        }
    }
    if live.is_changed() || j.wanted.is_none() {
        j.wanted = Some(fingerprint(&live));
    }
    let now = j.wanted.unwrap_or_default();
    if (j.checked_for != Some(now) || j.dirty) && j.checking.is_none() {
        j.dirty = false;
        let english = live.localized.english.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(check_cases(&english));
        });
        j.checking = Some((now, Mutex::new(rx)));
    }
}

/// The cases that go with the English library, as the game checks them:
/// over the stages' scene graphs only (the chain's explorations would hold
/// a hundred megabytes or more for seconds; the totals are then estimates,
/// as the bundled journeys' are anyway).
fn check_cases(english: &crate::scenario::library::Library) -> Cases {
    Cases::open_with(english, crate::case::Walk::Graph)
}

/// The cases, checked now if the background check has not finished (a
/// journey being restored cannot wait for it).
fn ensure_cases(j: &mut Journeys, live: &LiveLibrary) -> Arc<Cases> {
    if let Some(cases) = &j.cases {
        return cases.clone();
    }
    let cases = Arc::new(check_cases(&live.localized.english));
    j.cases = Some(cases.clone());
    j.checked_for = Some(fingerprint(live));
    j.checking = None;
    cases
}

/// Restore a saved journey; the error says why it cannot continue.
pub fn restore(
    j: &mut Journeys,
    live: &LiveLibrary,
    saved: &JourneyProgress,
) -> Result<(), String> {
    let cases = ensure_cases(j, live);
    let case = cases
        .get(&saved.save.case)
        .ok_or_else(|| format!("the case `{}` is no longer there", saved.save.case))?;
    let run = CaseRun::restore(&localized(case, live), &saved.save).map_err(|e| e.to_string())?;
    j.run = Some(run);
    j.journey = saved.journey.clone();
    j.played_by = saved.played_by.clone();
    j.debrief = None;
    Ok(())
}

/// Continue a journey from a handover file another trainee wrote.
pub fn continue_from(j: &mut Journeys, live: &LiveLibrary, file: &Path) -> Result<(), String> {
    let handover = Handover::read(file)?;
    let cases = ensure_cases(j, live);
    let case = cases.get(&handover.case).ok_or_else(|| {
        format!(
            "the case `{}` is not in this scenarios folder",
            handover.case
        )
    })?;
    let run = handover.continue_run(&localized(case, live))?;
    j.run = Some(run);
    j.journey = handover.journey;
    j.played_by = handover.played_by;
    j.debrief = None;
    Ok(())
}

/// Write the journey, between two stages, to a handover file in `folder`
/// for the trainee who plays the next stage; its path.
pub fn hand_over(j: &Journeys, folder: &Path, workshop: Option<String>) -> Result<PathBuf, String> {
    let run = j.run.as_ref().ok_or("no journey is under way")?;
    let done = crate::workshop::handover::stages_to_hand_over(run)?;
    let h = Handover::new(
        j.journey.clone(),
        &run.save(),
        done,
        j.played_by.clone(),
        workshop,
    );
    h.write(folder)
}

/// Start a journey of `case`: its first stage is ready to begin.
pub fn start(j: &mut Journeys, live: &LiveLibrary, case: &str, seed: u64) -> bool {
    let Some(checked) = j.cases.as_ref().and_then(|c| c.get(case)) else {
        return false;
    };
    j.run = Some(CaseRun::start(&localized(checked, live), seed));
    j.journey = Handover::new_journey_id();
    j.played_by.clear();
    j.message = None;
    j.debrief = None;
    true
}

/// The choice `number` was made on the play screen in a stage: make it in
/// the journey too (which starts the next stage when this one ended).
pub fn on_choice(j: &mut Journeys, number: usize) {
    if let Some(run) = j.run.as_mut()
        && let Err(e) = run.choose_number(number)
    {
        warn!("the journey and its stage differ: {e}");
    }
}

/// The stage on the play screen went back to before its decision `n`.
pub fn on_rewind(j: &mut Journeys, stage: usize, n: usize) {
    let Some(run) = j.run.as_mut() else { return };
    let before: usize = run.stages()[..stage.min(run.stages().len())]
        .iter()
        .map(|s| s.choices.len())
        .sum();
    if let Err(e) = run.rewind(before + n) {
        warn!("the journey could not go back: {e}");
    }
}

/// The journey's debrief, when its last stage has ended.
pub fn finish(j: &mut Journeys, guide: &Guide) -> bool {
    match &j.run {
        Some(run) if run.is_ended() => {
            j.debrief = Some(case_debrief(run, guide));
            true
        }
        _ => false,
    }
}

/// The journey (and its debrief) again over the library as shown now,
/// after the language or a file changed.
pub fn retranslate(j: &mut Journeys, live: &LiveLibrary, guide: &Guide) {
    let (Some(run), Some(cases)) = (&j.run, &j.cases) else {
        return;
    };
    let Some(case) = cases.get(run.case().id()) else {
        return;
    };
    if let Ok(run) = CaseRun::restore(&localized(case, live), &run.save()) {
        if j.debrief.is_some() && run.is_ended() {
            j.debrief = Some(case_debrief(&run, guide));
        }
        j.run = Some(run);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Journeys>()
        .add_systems(Update, keep_cases_checked);
}
