//! The actions of a case journey: start one, begin each stage on the play
//! screen, show the whole journey's debrief, continue one saved between
//! stages. A stage is then played like any run (see `run.rs`, which makes
//! each choice and each step back in the journey too).

use super::Game;
use super::run::start_run;
use crate::game::journey;
use crate::game::state::Screen;

pub(super) fn start_case(g: &mut Game, case: &str, seed: Option<u64>) {
    let seed = seed.unwrap_or_else(|| {
        crate::workshop::code::seed_for(case, g.saved.progress.workshop.as_deref())
    });
    if journey::start(&mut g.journeys, &g.library, case, seed) {
        save_journey(g);
        g.next.set(Screen::Handover);
    } else {
        g.play.error = Some(said!("browser-scenario-missing", scenario = case));
    }
}

/// Play the journey's current stage: a copy of its session on the play
/// screen.
pub(super) fn begin_stage(g: &mut Game) {
    let Some(run) = &g.journeys.run else { return };
    if run.is_ended() {
        return;
    }
    let stage = run.current();
    let session = stage.session.clone();
    g.play.stage = Some(stage.index);
    g.play.mode = g.saved.progress.settings.mode;
    start_run(&mut g.play, &mut g.saved, session);
    g.next.set(Screen::Play);
}

pub(super) fn finish_journey(g: &mut Game) {
    if journey::finish(&mut g.journeys, g.library.guide()) {
        g.saved.progress.journey = None;
        g.saved.save();
        g.next.set(Screen::Journey);
    }
}

/// Continue the journey saved between stages, at its next stage's
/// handover.
pub(super) fn continue_journey(g: &mut Game) {
    let Some(saved) = g.saved.progress.journey.clone() else {
        return;
    };
    match journey::restore(&mut g.journeys, &g.library, &saved) {
        Ok(()) => g.next.set(Screen::Handover),
        Err(reason) => g.play.error = Some(said!("journey-cannot-continue", reason = reason)),
    }
}

/// Keep the journey under way in the progress file.
pub(super) fn save_journey(g: &mut Game) {
    g.saved.progress.journey = g.journeys.progress();
    g.saved.save();
}

/// Before a resumed run that is a stage of a journey (it carries what the
/// journey carried in): restore the journey beside it; the stage number.
pub(super) fn restore_for(g: &mut Game, carried: bool) -> Option<usize> {
    let saved = g.saved.progress.journey.clone().filter(|_| carried)?;
    match journey::restore(&mut g.journeys, &g.library, &saved) {
        Ok(()) => g.journeys.run.as_ref().map(|r| r.current().index),
        Err(reason) => {
            g.saved
                .notices
                .push(said!("journey-cannot-continue", reason = reason));
            None
        }
    }
}

/// Write the handover file for the next trainee.
pub(super) fn save_handover(g: &mut Game, folder: Option<std::path::PathBuf>) {
    let folder = folder
        .or_else(super::files::documents_folder)
        .or_else(|| g.saved.dir.clone());
    let Some(folder) = folder else {
        g.journeys.message = Some(said!("files-not-saving"));
        return;
    };
    let workshop = g.saved.progress.workshop.clone();
    g.journeys.message = Some(match journey::hand_over(&g.journeys, &folder, workshop) {
        Ok(path) => said!(
            "journey-handover-written",
            path = path.display().to_string()
        ),
        Err(reason) => said!("journey-handover-not-written", reason = reason),
    });
}

/// Continue the journey a handover file holds, at its next stage.
pub(super) fn continue_from_file(g: &mut Game, file: &std::path::Path) {
    match journey::continue_from(&mut g.journeys, &g.library, file) {
        Ok(()) => {
            g.journeys.message = None;
            save_journey(g);
            g.next.set(Screen::Handover);
        }
        Err(reason) => {
            g.journeys.message = Some(said!("journey-handover-not-read", reason = reason));
        }
    }
}

/// Another trainee plays the next stage on this laptop.
pub(super) fn switch_trainee(g: &mut Game, name: String) {
    let name = name.trim().to_string();
    if name.is_empty() {
        g.play.error = Some(said!("welcome-name-missing"));
        return;
    }
    if let Some(t) = g.saved.progress.trainee.as_mut() {
        t.name = name;
    }
    g.saved.save();
}
