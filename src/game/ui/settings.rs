//! Settings: the language, text size, high contrast, feedback mode, the
//! trainee's pseudonym and role, exporting and deleting one's own results.

use super::theme::{bold, card, notice, subheading};
use super::{Page, UiPass, language, wrap};
use crate::game::actions::Action;
use crate::game::state::{ExportOutcome, SavedProgress, Screen};
use crate::game::words;
use crate::guide::area::Role;
use crate::i18n::Ui;
use crate::save::progress::{Mode, Settings};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

/// The name and role being edited, and whether deleting is being confirmed.
#[derive(Resource, Default)]
struct SettingsState {
    name: String,
    role: Option<Role>,
    confirm_delete: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SettingsState>()
        .add_systems(OnEnter(Screen::Settings), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Settings))
                .in_set(UiPass::Screen),
        );
}

/// Start from the trainee's name and role.
fn reset(mut state: ResMut<SettingsState>, saved: Res<SavedProgress>) {
    let trainee = saved.progress.trainee.as_ref();
    *state = SettingsState {
        name: trainee.map(|t| t.name.clone()).unwrap_or_default(),
        role: trainee.map(|t| t.role),
        confirm_delete: false,
    };
}

fn draw(
    mut page: Page,
    saved: Res<SavedProgress>,
    export: Res<ExportOutcome>,
    mut state: ResMut<SettingsState>,
) -> Result {
    page.show(Screen::Settings, |ui, t, out| {
        ui.heading(tr!(t, "settings-title"));
        card(ui, |ui| language::picker(ui, t, out));
        reading_and_feedback(ui, t, &saved.progress.settings, out);
        trainee(ui, t, &mut state, out);
        your_data(ui, t, &saved, &export, &mut state, out);
    })
}

/// Text size, contrast and the feedback mode: applied as they change.
fn reading_and_feedback(ui: &mut egui::Ui, t: &Ui, settings: &Settings, out: &mut Vec<Action>) {
    let mut s = settings.clone();
    card(ui, |ui| {
        subheading(ui, tr!(t, "settings-reading"));
        ui.horizontal_wrapped(|ui| {
            wrap::label(ui, tr!(t, "settings-text-size"));
            ui.add(egui::Slider::new(&mut s.text_scale, 0.8..=2.0).step_by(0.1));
            if ui.button("A−").clicked() {
                s.text_scale = (s.text_scale - 0.1).max(0.8);
            }
            if ui.button("A+").clicked() {
                s.text_scale = (s.text_scale + 0.1).min(2.0);
            }
        });
        ui.checkbox(&mut s.high_contrast, tr!(t, "settings-high-contrast"));
    });
    card(ui, |ui| {
        subheading(ui, tr!(t, "settings-feedback"));
        ui.radio_value(&mut s.mode, Mode::Coach, tr!(t, "settings-mode-coach"));
        ui.radio_value(
            &mut s.mode,
            Mode::Assessment,
            tr!(t, "settings-mode-assessment"),
        );
    });
    if s != *settings {
        out.push(Action::Settings(s));
    }
}

fn trainee(ui: &mut egui::Ui, t: &Ui, state: &mut SettingsState, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "settings-you"));
        ui.horizontal_wrapped(|ui| {
            wrap::label(ui, tr!(t, "settings-name"));
            ui.add(egui::TextEdit::singleline(&mut state.name).desired_width(220.0));
        });
        if let Some(warning) = words::pseudonym_warning(t, &state.name) {
            notice(ui, &warning);
        }
        let chosen = match state.role {
            Some(r) => words::role(t, r),
            None => tr!(t, "settings-role-choose"),
        };
        egui::ComboBox::from_label(tr!(t, "settings-role"))
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                for r in Role::ALL {
                    ui.selectable_value(&mut state.role, Some(r), words::role(t, r));
                }
            });
        if ui.button(tr!(t, "settings-save-trainee")).clicked() {
            out.push(Action::SetTrainee {
                name: state.name.clone(),
                role: state.role.unwrap_or(Role::Police),
            });
        }
    });
}

/// Where the data is kept, exporting it for the facilitator, deleting it.
fn your_data(
    ui: &mut egui::Ui,
    t: &Ui,
    saved: &SavedProgress,
    export: &ExportOutcome,
    state: &mut SettingsState,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "settings-data"));
        match &saved.dir {
            Some(d) => wrap::label(
                ui,
                tr!(t, "settings-data-kept", folder = d.display().to_string()),
            ),
            None => wrap::label(ui, tr!(t, "settings-data-not-saved")),
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(tr!(t, "settings-export"))
                .on_hover_text(tr!(t, "settings-export-hint"))
                .clicked()
            {
                out.push(Action::ExportMyResults {
                    workshop: None,
                    folder: None,
                });
            }
            if let Some(code) = &saved.progress.workshop
                && ui
                    .button(tr!(t, "settings-export-workshop", code = code.as_str()))
                    .clicked()
            {
                out.push(Action::ExportMyResults {
                    workshop: Some(code.clone()),
                    folder: None,
                });
            }
        });
        if let Some(m) = &export.0 {
            notice(ui, &m.show(t));
        }
        if !state.confirm_delete {
            if ui.button(tr!(t, "settings-delete")).clicked() {
                state.confirm_delete = true;
            }
        } else {
            notice(ui, &tr!(t, "settings-delete-warning"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(bold(tr!(t, "settings-delete-confirm"))).clicked() {
                    out.push(Action::DeleteMyData);
                    state.confirm_delete = false;
                }
                if ui.button(tr!(t, "settings-delete-cancel")).clicked() {
                    state.confirm_delete = false;
                }
            });
        }
    });
}
