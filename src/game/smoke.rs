//! A scripted playthrough for CI and for looking at the screens: set
//! `FRONTLINE_SMOKE=shots/frontline` and the game plays the first scenario
//! with the first choice at every decision, saves a screenshot of each
//! screen it passes (`shots/frontline-home.png`, `-play.png`, `-debrief.png`,
//! `-guide.png`, `-dashboard.png`) and exits; with an error code if it never reached the
//! debrief. `FRONTLINE_SMOKE_SCENARIO` picks another scenario.

use super::core::{Action, Catalog, Play, Screen};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

#[derive(Resource)]
pub struct SmokeRun {
    prefix: String,
    scenario: Option<String>,
    frame: u32,
    stage: usize,
    wait_until: u32,
    pending_shots: Vec<String>,
}

impl SmokeRun {
    pub fn from_env() -> Option<SmokeRun> {
        let prefix = std::env::var("FRONTLINE_SMOKE").ok()?;
        Some(SmokeRun {
            prefix,
            scenario: std::env::var("FRONTLINE_SMOKE_SCENARIO").ok(),
            frame: 0,
            stage: 0,
            wait_until: 30,
            pending_shots: Vec::new(),
        })
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(Update, drive);
}

/// Screens reached in order; at each one a screenshot is taken.
const MAX_FRAMES: u32 = 3000;

fn drive(
    mut commands: Commands,
    mut smoke: ResMut<SmokeRun>,
    catalog: Res<Catalog>,
    play: Res<Play>,
    screen: Res<State<Screen>>,
    mut actions: MessageWriter<Action>,
    mut exit: MessageWriter<AppExit>,
) {
    smoke.frame += 1;
    let frame = smoke.frame;
    if frame > MAX_FRAMES {
        error!(
            "smoke run: gave up at stage {} on screen {:?}",
            smoke.stage,
            screen.get()
        );
        exit.write(AppExit::from_code(3));
        return;
    }
    if frame < smoke.wait_until {
        return;
    }
    let shot = |smoke: &mut SmokeRun, commands: &mut Commands, name: &str| {
        let path = format!("{}-{name}.png", smoke.prefix);
        smoke.pending_shots.push(path.clone());
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path));
        smoke.wait_until = frame + 20;
    };
    match smoke.stage {
        // Home, after a first-run welcome if needed.
        0 => {
            if *screen.get() == Screen::Welcome {
                if !smoke
                    .pending_shots
                    .iter()
                    .any(|p| p.ends_with("-welcome.png"))
                {
                    shot(&mut smoke, &mut commands, "welcome");
                    return;
                }
                actions.write(Action::SetTrainee {
                    name: "Smoke test".into(),
                    role: crate::sim::area::Role::LabourInspector,
                });
                smoke.wait_until = frame + 5;
                return;
            }
            shot(&mut smoke, &mut commands, "home");
            smoke.stage = 1;
        }
        1 => {
            let id = smoke.scenario.clone().or_else(|| {
                catalog
                    .library
                    .scenarios
                    .first()
                    .map(|s| s.id().to_string())
            });
            let Some(id) = id else {
                error!("smoke run: there are no scenarios");
                exit.write(AppExit::from_code(4));
                return;
            };
            actions.write(Action::Prepare {
                scenario: id,
                seed: Some(1),
            });
            smoke.stage = 2;
            smoke.wait_until = frame + 5;
        }
        2 if *screen.get() == Screen::Notes => {
            shot(&mut smoke, &mut commands, "notes");
            smoke.stage = 20;
        }
        20 => {
            actions.write(Action::Begin);
            smoke.stage = 3;
            smoke.wait_until = frame + 5;
        }
        3 if *screen.get() == Screen::Play => {
            // Two decisions in, so the coach's note shows.
            if play.session.as_ref().is_some_and(|s| s.steps().len() >= 2) {
                shot(&mut smoke, &mut commands, "play");
                smoke.stage = 4;
            } else {
                actions.write(Action::Choose(1));
                smoke.wait_until = frame + 5;
            }
        }
        4 => match screen.get() {
            Screen::Play => {
                actions.write(Action::Choose(1));
                smoke.wait_until = frame + 3;
            }
            Screen::Debrief if play.debrief.is_some() => {
                shot(&mut smoke, &mut commands, "debrief");
                smoke.stage = 5;
            }
            _ => {}
        },
        5 => {
            actions.write(Action::Go(Screen::Guide));
            smoke.stage = 6;
            smoke.wait_until = frame + 10;
        }
        6 => {
            shot(&mut smoke, &mut commands, "guide");
            smoke.stage = 7;
        }
        7 => {
            actions.write(Action::Go(Screen::Dashboard));
            smoke.stage = 8;
            smoke.wait_until = frame + 10;
        }
        8 => {
            shot(&mut smoke, &mut commands, "dashboard");
            smoke.stage = 9;
        }
        9 => {
            let missing: Vec<&String> = smoke
                .pending_shots
                .iter()
                .filter(|p| !std::path::Path::new(p).exists())
                .collect();
            if missing.is_empty() {
                info!("smoke run: reached the debrief; screenshots saved");
                exit.write(AppExit::Success);
            }
        }
        _ => {}
    }
}
