//! The actions of a run: prepare, begin, choose (alone or by the room's
//! vote), rewind, play again, stop, resume, discard; finishing a run saves
//! the progress and writes the result record.

use super::Game;
use crate::game::state::Said;
use crate::game::state::{Feedback, LiveLibrary, Play, RoomVote, SavedProgress, Screen};
use crate::guide::Guide;
use crate::guide::area::Role;
use crate::save::progress::{InProgress, Mode, Trainee, now_rfc3339};
use crate::sim::debrief::debrief;
use crate::sim::engine::{EngineError, Session};
use crate::workshop::records::ResultRecord;
use std::path::Path;

pub(super) fn prepare(g: &mut Game, scenario: String, seed: Option<u64>) {
    if g.library.library.get(&scenario).is_some() {
        g.play.pending = Some((scenario, seed));
        g.next.set(Screen::Notes);
    } else {
        g.play.error = Some(said!("browser-scenario-missing", scenario = scenario));
    }
}

pub(super) fn begin(g: &mut Game) {
    let Some((id, seed)) = g.play.pending.take() else {
        return;
    };
    let Some(checked) = g.library.library.get(&id) else {
        return;
    };
    let seed = seed.unwrap_or_else(|| {
        crate::workshop::code::seed_for(&id, g.saved.progress.workshop.as_deref())
    });
    let session = Session::start(checked, seed);
    g.play.mode = g.saved.progress.settings.mode;
    g.play.stage = None;
    start_run(&mut g.play, &mut g.saved, session);
    g.next.set(Screen::Play);
}

/// The room voted: follow the facilitator's pick or the majority.
pub(super) fn vote(g: &mut Game, counts: Vec<u32>, follow: Option<usize>) {
    let pick = crate::workshop::room::followed(&counts, follow);
    choose(g, pick, Some(counts));
}

/// Make the choice `number` (1-based), with the room's votes if it voted.
pub(super) fn choose(g: &mut Game, number: usize, votes: Option<Vec<u32>>) {
    if g.play.paused {
        return;
    }
    let play = &mut *g.play;
    let Some(session) = play.session.as_mut() else {
        return;
    };
    let decision = session.decision_count();
    let step = match session.choose_number(number).map(|_| session.last_step()) {
        Ok(Some(step)) => step,
        Ok(None) => return,
        Err(e) => {
            play.error = Some(engine_error(&e));
            return;
        }
    };
    let ended = session.is_ended();
    if play.stage.is_some() {
        crate::game::journey::on_choice(&mut g.journeys, number);
        g.saved.progress.journey = g.journeys.progress();
    }
    if let Some(counts) = votes {
        play.votes.push(RoomVote {
            decision,
            counts,
            followed: number,
        });
    }
    play.feedback = (play.mode == Mode::Coach && !step.harms.is_empty()).then_some(Feedback {
        text: step.feedback,
        harms: step.harms,
    });
    if g.play.from_map.is_some() {
        // A test run from the map: its ending shows on the play screen,
        // with the way back to the map; nothing is saved or recorded.
    } else if ended {
        finish(g);
        g.next.set(Screen::Debrief);
    } else {
        save_in_progress(&mut g.play, &mut g.saved);
    }
}

pub(super) fn rewind(g: &mut Game, n: usize) {
    let Some(session) = g.play.session.as_mut() else {
        return;
    };
    match session.rewind(n) {
        Ok(()) => {
            if let Some(stage) = g.play.stage {
                crate::game::journey::on_rewind(&mut g.journeys, stage, n);
                g.saved.progress.journey = g.journeys.progress();
            }
            g.play.votes.retain(|v| v.decision < n);
            g.play.feedback = None;
            g.play.debrief = None;
            save_in_progress(&mut g.play, &mut g.saved);
            g.next.set(Screen::Play);
        }
        Err(e) => g.play.error = Some(engine_error(&e)),
    }
}

pub(super) fn play_again(g: &mut Game, same_seed: bool) {
    let Some(session) = g.play.session.as_ref() else {
        return;
    };
    let id = session.checked().id().to_string();
    let seed = same_seed.then_some(session.seed());
    g.play.pending = Some((id, seed));
    g.next.set(Screen::Notes);
}

pub(super) fn stop(g: &mut Game) {
    if g.play.from_map.is_some() {
        super::map::end_test_run(g);
        return;
    }
    g.play.paused = false;
    g.play.feedback = None;
    save_in_progress(&mut g.play, &mut g.saved);
    g.next.set(Screen::Home);
}

pub(super) fn resume(g: &mut Game) {
    let Some(saved) = g.saved.progress.in_progress.clone() else {
        return;
    };
    let restored = g
        .library
        .library
        .get(&saved.save.scenario)
        .map(|c| Session::restore(c, &saved.save));
    match restored {
        Some(Ok(session)) => {
            let stage = super::journey::restore_for(g, saved.save.carry.is_some());
            let play = &mut *g.play;
            play.stage = stage;
            play.session = Some(session);
            play.from_map = None;
            play.attempt = saved.attempt;
            play.started = saved.started;
            play.mode = saved.mode;
            play.workshop = saved.workshop;
            play.feedback = None;
            play.debrief = None;
            play.votes.clear();
            play.paused = false;
            g.next.set(Screen::Play);
        }
        Some(Err(e)) => g.saved.notices.push(said!(
            "home-resume-failed",
            reason = engine_error(&e).show(&g.interface.ui)
        )),
        None => g
            .saved
            .notices
            .push(said!("home-resume-missing", scenario = saved.save.scenario)),
    }
}

pub(super) fn discard(g: &mut Game) {
    // A stage's run goes with its journey.
    if g.saved
        .progress
        .in_progress
        .as_ref()
        .is_some_and(|ip| ip.save.carry.is_some())
    {
        g.saved.progress.journey = None;
        g.journeys.clear();
    }
    g.saved.progress.in_progress = None;
    g.saved.save();
}

pub(super) fn start_run(play: &mut Play, saved: &mut SavedProgress, session: Session) {
    play.attempt = uuid::Uuid::new_v4().to_string();
    play.started = now_rfc3339();
    play.workshop = saved.progress.workshop.clone();
    play.paused = false;
    play.feedback = None;
    play.debrief = None;
    play.votes.clear();
    saved.progress.record_start(session.checked().id());
    play.session = Some(session);
    play.from_map = None;
    save_in_progress(play, saved);
}

/// Keep the unfinished run in the progress file, so it can be resumed.
fn save_in_progress(play: &mut Play, saved: &mut SavedProgress) {
    let Some(session) = &play.session else { return };
    if session.is_ended() || play.from_map.is_some() {
        return;
    }
    saved.progress.in_progress = Some(InProgress {
        attempt: play.attempt.clone(),
        save: session.save(),
        mode: play.mode,
        started: play.started.clone(),
        workshop: play.workshop.clone(),
    });
    saved.save();
}

/// The run in progress (and its coaching and debrief) again over the
/// library as shown now, after the language or a translation changed: the
/// same seed and choices over the same structure, with the new texts.
pub(crate) fn retranslate(play: &mut Play, live: &LiveLibrary) {
    let Some(session) = &play.session else {
        return;
    };
    let save = session.save();
    let Some(checked) = live.library.get(&save.scenario) else {
        return;
    };
    let Ok(session) = Session::restore(checked, &save) else {
        return;
    };
    if let (Some(fb), Some(step)) = (play.feedback.as_mut(), session.last_step()) {
        fb.text = step.feedback;
        fb.harms = step.harms;
    }
    if play.debrief.is_some() {
        play.debrief = Some(debrief(&session, live.guide()));
    }
    play.session = Some(session);
}

/// The run has ended: record the score, forget the saved run, write the
/// result record and show the debrief.
fn finish(g: &mut Game) {
    let Some(session) = &g.play.session else {
        return;
    };
    let d = debrief(session, g.library.guide());
    g.saved
        .progress
        .record_finish(session.checked().id(), d.score.overall);
    g.saved.progress.in_progress = None;
    g.saved.save();
    // A stage of a journey: its record names the journey, and who played
    // it joins the journey's list.
    let journey = g.play.stage.and_then(|k| g.journeys.record_ref(k));
    if let (Some(k), Some(trainee)) = (g.play.stage, g.saved.progress.trainee.as_ref())
        && let Some(role) = g
            .journeys
            .run
            .as_ref()
            .map(|r| r.case().case.stages[k].role)
    {
        g.journeys
            .played_by
            .push(crate::workshop::handover::StagePlayer {
                stage: k + 1,
                trainee: trainee.name.clone(),
                role,
                attempt: g.play.attempt.clone(),
            });
        g.saved.progress.journey = g.journeys.progress();
    }
    if let Some(dir) = g.saved.dir.clone()
        && let Err(e) = write_record(
            &dir,
            &g.play,
            g.saved.progress.trainee.as_ref(),
            g.library.guide(),
            (g.interface.lang, journey),
        )
    {
        g.saved
            .notices
            .push(said!("notice-result-not-saved", reason = e));
    }
    g.play.feedback = None;
    g.play.debrief = Some(d);
}

/// Write the record of the finished run, atomically, one file per attempt,
/// with the run's attempt id and the room's votes.
fn write_record(
    dir: &Path,
    play: &Play,
    trainee: Option<&Trainee>,
    guide: &Guide,
    (lang, journey): (
        crate::i18n::Lang,
        Option<crate::workshop::records::JourneyRef>,
    ),
) -> Result<(), String> {
    let Some(session) = &play.session else {
        return Ok(());
    };
    let anonymous = Trainee {
        name: "anonymous".into(),
        role: Role::Police,
    };
    let mut record = ResultRecord::from_session(
        session,
        trainee.unwrap_or(&anonymous),
        play.mode,
        play.workshop.as_deref(),
        &play.started,
        guide,
    )
    .map_err(|e| e.to_string())?;
    record.language = lang.code().to_string();
    record.journey = journey;
    if uuid::Uuid::parse_str(&play.attempt).is_ok() {
        record.attempt = play.attempt.clone();
    }
    if !play.votes.is_empty() {
        record.set_votes(
            play.votes
                .iter()
                .map(|v| (v.decision, v.counts.clone(), v.followed)),
        );
    }
    record.save(dir).map(|_| ()).map_err(|e| e.to_string())
}

/// What the engine refused, in the trainee's words.
fn engine_error(e: &EngineError) -> Said {
    match e {
        EngineError::Ended => said!("play-error-ended"),
        EngineError::NotOpen(n, open) => {
            said!("play-error-not-open", number = *n, open = open.as_str())
        }
        EngineError::WrongScenario { saved, found } => said!(
            "play-error-wrong-scenario",
            saved = saved.as_str(),
            found = found.as_str()
        ),
        EngineError::Changed(n) => said!("play-error-changed", number = *n),
        EngineError::NoSuchDecision(n, made) => {
            said!("play-error-no-decision", number = *n, made = *made)
        }
    }
}
