//! The home screen: notices, progress, the run to continue, the way to
//! the scenarios and the guide, and the workshop code.

use super::theme::{self, bold, card, notice, subheading};
use super::{Page, UiPass};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, SavedProgress, Screen};
use crate::save::progress::Progress;
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
    page.show(Screen::Home, |ui, out| {
        home(ui, &saved, &live, out);
        workshop(ui, &saved.progress, &mut state, out);
    })
}

fn home(ui: &mut egui::Ui, saved: &SavedProgress, live: &LiveLibrary, out: &mut Vec<Action>) {
    let progress = &saved.progress;
    let name = progress
        .trainee
        .as_ref()
        .map(|t| t.name.as_str())
        .unwrap_or("trainee");
    ui.heading(format!("Hello, {name}"));
    for n in &saved.notices {
        notice(ui, n);
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
    ui.label(format!(
        "You have completed {done} of {} scenarios.",
        lib.scenarios.len()
    ));
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
            subheading(ui, "Continue where you left off");
            let title = lib
                .get(&ip.save.scenario)
                .map(|s| s.scenario().title.clone())
                .unwrap_or_else(|| ip.save.scenario.clone());
            ui.label(format!(
                "{title}: {} decision(s) made, started {}.",
                ip.save.choices.len(),
                ip.started.replace('T', " ").trim_end_matches('Z')
            ));
            ui.horizontal(|ui| {
                if ui.button(bold("Continue  (C)")).clicked() || (keys.0 && !typing) {
                    out.push(Action::Resume);
                }
                if ui.button("Discard this run").clicked() {
                    out.push(Action::Discard);
                }
            });
        });
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(bold("Choose a scenario  (S)")).clicked() || (keys.1 && !typing) {
            out.push(Action::Go(Screen::Browser));
        }
        if ui.button("Read the guide  (G)").clicked() || (keys.2 && !typing) {
            out.push(Action::Go(Screen::Guide));
        }
        if ui.button("Settings").clicked() {
            out.push(Action::Go(Screen::Settings));
        }
    });
    ui.add_space(10.0);
}

/// The workshop code: everyone in the room meets the same person.
fn workshop(ui: &mut egui::Ui, progress: &Progress, state: &mut HomeState, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, "In a workshop?");
        ui.label("Enter the code your facilitator gives the room. Everyone then meets the same person and events, and your results carry the code.");
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut state.workshop)
                    .hint_text("code")
                    .desired_width(140.0),
            );
            if ui.button("Use this code").clicked() {
                out.push(Action::Workshop(Some(state.workshop.clone())));
            }
            if progress.workshop.is_some() && ui.button("Leave workshop").clicked() {
                state.workshop.clear();
                out.push(Action::Workshop(None));
            }
        });
        match &progress.workshop {
            Some(c) => ui.label(theme::bold(format!("Workshop code in use: {c}"))),
            None => ui.label(
                egui::RichText::new("No workshop code: each run meets a person picked at random.")
                    .small(),
            ),
        };
    });
}
