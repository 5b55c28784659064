//! The home screen: notices, progress, the run to continue, the way to
//! the scenarios and the guide, and the workshop code.

use super::theme::{self, bold, card, notice, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, SavedProgress, Screen};
use crate::i18n::Ui;
use crate::save::progress::Progress;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

/// The workshop code being typed.
#[derive(Resource, Default)]
struct HomeState {
    workshop: String,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HomeState>()
        .add_systems(OnEnter(Screen::Home), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Home)).in_set(UiPass::Screen),
        );
}

/// The code box starts with the code in use.
fn reset(mut state: ResMut<HomeState>, saved: Res<SavedProgress>) {
    *state = HomeState {
        workshop: saved.progress.workshop.clone().unwrap_or_default(),
    };
}

fn draw(
    mut page: Page,
    saved: Res<SavedProgress>,
    live: Res<LiveLibrary>,
    mut state: ResMut<HomeState>,
) -> Result {
    page.show(Screen::Home, |ui, t, out| {
        home(ui, t, &saved, &live, out);
        workshop(ui, t, &saved.progress, &mut state, out);
    })
}

fn home(
    ui: &mut egui::Ui,
    t: &Ui,
    saved: &SavedProgress,
    live: &LiveLibrary,
    out: &mut Vec<Action>,
) {
    let progress = &saved.progress;
    let name = match &progress.trainee {
        Some(trainee) => trainee.name.clone(),
        None => tr!(t, "home-trainee"),
    };
    ui.heading(tr!(t, "home-hello", name = name));
    for n in &saved.notices {
        notice(ui, &n.show(t));
    }
    let lib = &live.library;
    let done = lib
        .scenarios
        .iter()
        .filter(|s| {
            progress
                .scenarios
                .get(s.id())
                .is_some_and(|p| p.completed > 0)
        })
        .count();
    wrap::label(
        ui,
        tr!(
            t,
            "home-completed",
            done = done,
            count = lib.scenarios.len()
        ),
    );
    ui.add_space(6.0);
    let keys = ui.input(|i| {
        (
            i.key_pressed(egui::Key::C),
            i.key_pressed(egui::Key::S),
            i.key_pressed(egui::Key::G),
        )
    });
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if let Some(ip) = &progress.in_progress {
        card(ui, |ui| {
            subheading(ui, tr!(t, "home-continue-title"));
            let title = lib
                .get(&ip.save.scenario)
                .map(|s| s.scenario().title.clone())
                .unwrap_or_else(|| ip.save.scenario.clone());
            wrap::label(
                ui,
                tr!(
                    t,
                    "home-continue-run",
                    title = title,
                    count = ip.save.choices.len(),
                    started = ip.started.replace('T', " ").trim_end_matches('Z')
                ),
            );
            ui.horizontal(|ui| {
                if ui.button(bold(tr!(t, "home-continue"))).clicked() || (keys.0 && !typing) {
                    out.push(Action::Resume);
                }
                if ui.button(tr!(t, "home-discard")).clicked() {
                    out.push(Action::Discard);
                }
            });
        });
    } else if progress.journey.is_some() {
        // A journey saved between two stages.
        card(ui, |ui| {
            subheading(ui, tr!(t, "home-continue-title"));
            if ui.button(bold(tr!(t, "journey-continue-short"))).clicked() {
                out.push(Action::ContinueJourney);
            }
        });
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(bold(tr!(t, "home-choose-scenario"))).clicked() || (keys.1 && !typing) {
            out.push(Action::Go(Screen::Browser));
        }
        if ui.button(tr!(t, "home-read-guide")).clicked() || (keys.2 && !typing) {
            out.push(Action::Go(Screen::Guide));
        }
        if ui.button(tr!(t, "home-settings")).clicked() {
            out.push(Action::Go(Screen::Settings));
        }
    });
    ui.add_space(10.0);
}

/// The workshop code: everyone in the room meets the same person.
fn workshop(
    ui: &mut egui::Ui,
    t: &Ui,
    progress: &Progress,
    state: &mut HomeState,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "home-workshop-title"));
        wrap::label(ui, tr!(t, "home-workshop-intro"));
        ui.horizontal_wrapped(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut state.workshop)
                    .hint_text(tr!(t, "home-workshop-hint"))
                    .desired_width(140.0),
            );
            if ui.button(tr!(t, "home-workshop-use")).clicked() {
                out.push(Action::Workshop(Some(state.workshop.clone())));
            }
            if progress.workshop.is_some() && ui.button(tr!(t, "home-workshop-leave")).clicked() {
                state.workshop.clear();
                out.push(Action::Workshop(None));
            }
        });
        match &progress.workshop {
            Some(c) => ui.label(theme::bold(tr!(
                t,
                "home-workshop-in-use",
                code = c.as_str()
            ))),
            None => wrap::label(
                ui,
                egui::RichText::new(tr!(t, "home-workshop-none")).small(),
            ),
        };
    });
}
