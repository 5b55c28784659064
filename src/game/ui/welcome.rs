//! The first-run welcome: the trainee's pseudonym and role.

use super::theme::{bold, card, notice};
use super::{Page, UiPass};
use crate::game::actions::Action;
use crate::game::state::{Play, Screen};
use crate::guide::area::Role;
use crate::save::progress::pseudonym_warning;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

/// The name and role being entered.
#[derive(Resource, Default)]
struct WelcomeState {
    name: String,
    role: Option<Role>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<WelcomeState>()
        .add_systems(OnEnter(Screen::Welcome), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Welcome))
                .in_set(UiPass::Screen),
        );
}

fn reset(mut state: ResMut<WelcomeState>) {
    *state = WelcomeState::default();
}

fn draw(mut page: Page, play: Res<Play>, mut state: ResMut<WelcomeState>) -> Result {
    page.show(Screen::Welcome, |ui, out| {
        welcome(ui, &play, &mut state, out)
    })
}

fn welcome(ui: &mut egui::Ui, play: &Play, state: &mut WelcomeState, out: &mut Vec<Action>) {
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
        if let Some(warning) = pseudonym_warning(&state.name) {
            notice(ui, warning);
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
    if let Some(e) = &play.error {
        notice(ui, e);
    }
}
