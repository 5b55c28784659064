//! The first-run welcome and the home screen.

use super::theme::{self, bold, card, notice, subheading};
use super::{UiState, View};
use crate::game::core::{Action, Screen};
use crate::sim::area::Role;
use bevy_egui::egui;

pub fn welcome(ui: &mut egui::Ui, view: &View, state: &mut UiState, out: &mut Vec<Action>) {
    ui.add_space(30.0);
    ui.heading("Welcome to Frontline");
    ui.label("Frontline trains the people who meet victims of trafficking first. You will play short scenarios drawn from the ASEAN Do-No-Harm Guide for Frontline Responders. Each choice can cause or avoid a harm the guide names; after each scenario a debrief explains why, with the guide's advice.");
    ui.add_space(10.0);
    card(ui, |ui| {
        ui.label(bold("Your name or a pseudonym"));
        ui.label(egui::RichText::new("Only this name is kept, on this computer. A facilitator sees it only if you export your results.").small());
        let r = ui.add(
            egui::TextEdit::singleline(&mut state.name)
                .hint_text("for example: Mai or Trainee 7")
                .desired_width(320.0),
        );
        if state.name.is_empty() && !r.has_focus() && state.role.is_none() {
            r.request_focus();
        }
        ui.add_space(8.0);
        ui.label(bold("Your role"));
        egui::Grid::new("roles")
            .num_columns(3)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                for (i, role) in Role::ALL.iter().enumerate() {
                    ui.radio_value(&mut state.role, Some(*role), role.title());
                    if i % 3 == 2 {
                        ui.end_row();
                    }
                }
            });
        ui.add_space(8.0);
        let ready = !state.name.trim().is_empty() && state.role.is_some();
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui
            .add_enabled(ready, egui::Button::new(bold("Start  (Enter)")))
            .clicked()
            || (ready && enter)
        {
            out.push(Action::SetTrainee {
                name: state.name.clone(),
                role: state.role.unwrap_or(Role::Police),
            });
        }
        if !ready {
            ui.label(egui::RichText::new("Enter a name and pick a role to start.").small());
        }
    });
    if let Some(e) = &view.play.error {
        notice(ui, e);
    }
}

pub fn home(ui: &mut egui::Ui, view: &View, state: &mut UiState, out: &mut Vec<Action>) {
    let progress = &view.store.progress;
    let name = progress
        .trainee
        .as_ref()
        .map(|t| t.name.as_str())
        .unwrap_or("trainee");
    ui.heading(format!("Hello, {name}"));
    for n in &view.store.notices {
        notice(ui, n);
    }
    let lib = &view.catalog.library;
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
    card(ui, |ui| {
        subheading(ui, "In a workshop?");
        ui.label("Enter the code your facilitator gives the room. Everyone then meets the same person and events, and your results carry the code.");
        ui.horizontal(|ui| {
            if state.workshop.is_empty()
                && let Some(c) = &progress.workshop
            {
                state.workshop = c.clone();
            }
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
