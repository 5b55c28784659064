//! Settings: text size, high contrast, feedback mode, the trainee's
//! pseudonym and role, exporting and deleting one's own results.

use super::theme::{bold, card, notice, subheading};
use super::{Page, UiPass};
use crate::game::actions::Action;
use crate::game::state::{ExportOutcome, SavedProgress, Screen};
use crate::guide::area::Role;
use crate::save::progress::{Mode, Settings, pseudonym_warning};
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
    page.show(Screen::Settings, |ui, out| {
        ui.heading("Settings");
        reading_and_feedback(ui, &saved.progress.settings, out);
        trainee(ui, &mut state, out);
        your_data(ui, &saved, &export, &mut state, out);
    })
}

/// Text size, contrast and the feedback mode: applied as they change.
fn reading_and_feedback(ui: &mut egui::Ui, settings: &Settings, out: &mut Vec<Action>) {
    let mut s = settings.clone();
    card(ui, |ui| {
        subheading(ui, "Reading");
        ui.horizontal(|ui| {
            ui.label("Text size");
            ui.add(egui::Slider::new(&mut s.text_scale, 0.8..=2.0).step_by(0.1));
            if ui.button("A−").clicked() {
                s.text_scale = (s.text_scale - 0.1).max(0.8);
            }
            if ui.button("A+").clicked() {
                s.text_scale = (s.text_scale + 0.1).min(2.0);
            }
        });
        ui.checkbox(
            &mut s.high_contrast,
            "High-contrast theme (light text on black)",
        );
    });
    card(ui, |ui| {
        subheading(ui, "Feedback while playing");
        ui.radio_value(
            &mut s.mode,
            Mode::Coach,
            "Coach: a short note after each choice that touches a harm",
        );
        ui.radio_value(
            &mut s.mode,
            Mode::Assessment,
            "Assessment: feedback only in the debrief",
        );
    });
    if s != *settings {
        out.push(Action::Settings(s));
    }
}

fn trainee(ui: &mut egui::Ui, state: &mut SettingsState, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, "You");
        ui.horizontal(|ui| {
            ui.label("Name or pseudonym");
            ui.add(egui::TextEdit::singleline(&mut state.name).desired_width(220.0));
        });
        if let Some(warning) = pseudonym_warning(&state.name) {
            notice(ui, warning);
        }
        egui::ComboBox::from_label("Role")
            .selected_text(state.role.map(|r| r.title()).unwrap_or("choose"))
            .show_ui(ui, |ui| {
                for r in Role::ALL {
                    ui.selectable_value(&mut state.role, Some(r), r.title());
                }
            });
        if ui.button("Save name and role").clicked() {
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
    saved: &SavedProgress,
    export: &ExportOutcome,
    state: &mut SettingsState,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        subheading(ui, "Your data");
        match &saved.dir {
            Some(d) => ui.label(format!("Progress and results are kept only on this computer, in {}. Nothing leaves it unless you export it.", d.display())),
            None => ui.label("Progress is not being saved in this session."),
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Export my results")
                .on_hover_text("One file with all your results, for your facilitator")
                .clicked()
            {
                out.push(Action::ExportMyResults {
                    workshop: None,
                    folder: None,
                });
            }
            if let Some(code) = &saved.progress.workshop
                && ui
                    .button(format!("Export my results for workshop {code}"))
                    .clicked()
            {
                out.push(Action::ExportMyResults {
                    workshop: Some(code.clone()),
                    folder: None,
                });
            }
        });
        if let Some(m) = &export.0 {
            notice(ui, m);
        }
        if !state.confirm_delete {
            if ui.button("Delete my results and progress…").clicked() {
                state.confirm_delete = true;
            }
        } else {
            notice(
                ui,
                "This deletes your saved results and progress on this computer. Exported files are not affected.",
            );
            ui.horizontal(|ui| {
                if ui.button(bold("Yes, delete them")).clicked() {
                    out.push(Action::DeleteMyData);
                    state.confirm_delete = false;
                }
                if ui.button("Cancel").clicked() {
                    state.confirm_delete = false;
                }
            });
        }
    });
}
