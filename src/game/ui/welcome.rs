//! The first-run welcome: the language first, then the trainee's
//! pseudonym and role.

use super::theme::{bold, card, notice};
use super::{Page, UiPass, language, wrap};
use crate::game::actions::Action;
use crate::game::state::{Play, Screen};
use crate::game::words;
use crate::guide::area::Role;
use crate::i18n::Ui;
use crate::tr;
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
    page.show(Screen::Welcome, |ui, t, out| {
        welcome(ui, t, &play, &mut state, out)
    })
}

fn welcome(
    ui: &mut egui::Ui,
    t: &Ui,
    play: &Play,
    state: &mut WelcomeState,
    out: &mut Vec<Action>,
) {
    ui.add_space(20.0);
    card(ui, |ui| language::picker(ui, t, out));
    ui.add_space(10.0);
    ui.heading(tr!(t, "welcome-title"));
    wrap::label(ui, tr!(t, "welcome-intro"));
    ui.add_space(10.0);
    card(ui, |ui| {
        ui.label(bold(tr!(t, "welcome-name")));
        wrap::label(
            ui,
            egui::RichText::new(tr!(t, "welcome-name-privacy")).small(),
        );
        let r = ui.add(
            egui::TextEdit::singleline(&mut state.name)
                .hint_text(tr!(t, "welcome-name-hint"))
                .desired_width(440.0),
        );
        if state.name.is_empty() && !r.has_focus() && state.role.is_none() {
            r.request_focus();
        }
        if let Some(warning) = words::pseudonym_warning(t, &state.name) {
            notice(ui, &warning);
        }
        ui.add_space(8.0);
        ui.label(bold(tr!(t, "welcome-role")));
        egui::Grid::new("roles")
            .num_columns(3)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                for (i, role) in Role::ALL.iter().enumerate() {
                    ui.radio_value(&mut state.role, Some(*role), words::role(t, *role));
                    if i % 3 == 2 {
                        ui.end_row();
                    }
                }
            });
        ui.add_space(8.0);
        let ready = !state.name.trim().is_empty() && state.role.is_some();
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui
            .add_enabled(ready, egui::Button::new(bold(tr!(t, "welcome-start"))))
            .clicked()
            || (ready && enter)
        {
            out.push(Action::SetTrainee {
                name: state.name.clone(),
                role: state.role.unwrap_or(Role::Police),
            });
        }
        if !ready {
            wrap::label(ui, egui::RichText::new(tr!(t, "welcome-not-ready")).small());
        }
    });
    if let Some(e) = &play.error {
        notice(ui, &e.show(t));
    }
}
