//! A scripted playthrough for CI and for looking at the screens: set
//! `FRONTLINE_SMOKE=shots/frontline` and the game plays the first scenario
//! with the first choice at every decision, saves a screenshot of each
//! screen it passes (`shots/frontline-welcome.png` on a first run, then
//! `-home.png`, `-notes.png`, `-play.png`, `-debrief.png`, `-guide.png` and
//! `-dashboard.png`) and exits; with an error code if it never reached the
//! end. `FRONTLINE_SMOKE_SCENARIO` picks another scenario.

use super::actions::Action;
use super::state::{LiveLibrary, Play, Screen};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

/// The steps of the playthrough, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// The welcome (on a first run: shot, then a trainee is set), then home.
    Home,
    /// Pick the scenario.
    Prepare,
    /// The content notes.
    Notes,
    Begin,
    /// Two decisions in, so the coach's note shows.
    Play,
    /// The first choice at every decision until the debrief.
    Finish,
    OpenGuide,
    Guide,
    OpenDashboard,
    Dashboard,
    /// Wait until every screenshot is on disk, then exit.
    Done,
}

#[derive(Resource)]
pub(super) struct SmokeRun {
    prefix: String,
    scenario: Option<String>,
    frame: u32,
    stage: Stage,
    wait_until: u32,
    pending_shots: Vec<String>,
}

impl SmokeRun {
    pub(super) fn from_env() -> Option<SmokeRun> {
        let prefix = std::env::var("FRONTLINE_SMOKE").ok()?;
        Some(SmokeRun {
            prefix,
            scenario: std::env::var("FRONTLINE_SMOKE_SCENARIO").ok(),
            frame: 0,
            stage: Stage::Home,
            wait_until: 30,
            pending_shots: Vec::new(),
        })
    }

    /// Save a screenshot of the window as `<prefix>-<name>.png`, and give
    /// it time before the next step.
    fn shot(&mut self, commands: &mut Commands, name: &str) {
        let path = format!("{}-{name}.png", self.prefix);
        self.pending_shots.push(path.clone());
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path));
        self.wait(20);
    }

    fn has_shot(&self, name: &str) -> bool {
        let suffix = format!("-{name}.png");
        self.pending_shots.iter().any(|p| p.ends_with(&suffix))
    }

    /// Do nothing for `frames` frames.
    fn wait(&mut self, frames: u32) {
        self.wait_until = self.frame + frames;
    }

    /// Send an action, go on to `next` and give the action `frames` frames.
    fn send(
        &mut self,
        actions: &mut MessageWriter<Action>,
        action: Action,
        next: Stage,
        frames: u32,
    ) {
        actions.write(action);
        self.stage = next;
        self.wait(frames);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, drive);
}

/// The smoke run gives up after this many frames.
const MAX_FRAMES: u32 = 3000;

fn drive(
    mut commands: Commands,
    mut smoke: ResMut<SmokeRun>,
    live: Res<LiveLibrary>,
    play: Res<Play>,
    screen: Res<State<Screen>>,
    mut actions: MessageWriter<Action>,
    mut exit: MessageWriter<AppExit>,
) {
    smoke.frame += 1;
    if smoke.frame > MAX_FRAMES {
        error!(
            "smoke run: gave up at stage {:?} on screen {:?}",
            smoke.stage,
            screen.get()
        );
        exit.write(AppExit::from_code(3));
        return;
    }
    if smoke.frame < smoke.wait_until {
        return;
    }
    let s = &mut *smoke;
    let a = &mut actions;
    match (s.stage, *screen.get()) {
        (Stage::Home, Screen::Welcome) if !s.has_shot("welcome") => {
            s.shot(&mut commands, "welcome");
        }
        (Stage::Home, Screen::Welcome) => {
            let trainee = Action::SetTrainee {
                name: "Smoke test".into(),
                role: crate::guide::area::Role::LabourInspector,
            };
            s.send(a, trainee, Stage::Home, 5);
        }
        (Stage::Home, _) => {
            s.shot(&mut commands, "home");
            s.stage = Stage::Prepare;
        }
        (Stage::Prepare, _) => {
            let first = live.library.scenarios.first().map(|c| c.id().to_string());
            let Some(scenario) = s.scenario.clone().or(first) else {
                error!("smoke run: there are no scenarios");
                exit.write(AppExit::from_code(4));
                return;
            };
            let prepare = Action::Prepare {
                scenario,
                seed: Some(1),
            };
            s.send(a, prepare, Stage::Notes, 5);
        }
        (Stage::Notes, Screen::Notes) => {
            s.shot(&mut commands, "notes");
            s.stage = Stage::Begin;
        }
        (Stage::Begin, _) => s.send(a, Action::Begin, Stage::Play, 5),
        (Stage::Play, Screen::Play) => {
            if play.session.as_ref().is_some_and(|p| p.steps().len() >= 2) {
                s.shot(&mut commands, "play");
                s.stage = Stage::Finish;
            } else {
                s.send(a, Action::Choose(1), Stage::Play, 5);
            }
        }
        (Stage::Finish, Screen::Play) => s.send(a, Action::Choose(1), Stage::Finish, 3),
        (Stage::Finish, Screen::Debrief) if play.debrief.is_some() => {
            s.shot(&mut commands, "debrief");
            s.stage = Stage::OpenGuide;
        }
        (Stage::OpenGuide, _) => s.send(a, Action::Go(Screen::Guide), Stage::Guide, 10),
        (Stage::Guide, _) => {
            s.shot(&mut commands, "guide");
            s.stage = Stage::OpenDashboard;
        }
        (Stage::OpenDashboard, _) => {
            s.send(a, Action::Go(Screen::Dashboard), Stage::Dashboard, 10);
        }
        (Stage::Dashboard, _) => {
            s.shot(&mut commands, "dashboard");
            s.stage = Stage::Done;
        }
        (Stage::Done, _) => {
            let saved = s
                .pending_shots
                .iter()
                .all(|p| std::path::Path::new(p).exists());
            if saved {
                info!("smoke run: reached the debrief; screenshots saved");
                exit.write(AppExit::Success);
            }
        }
        _ => {}
    }
}
