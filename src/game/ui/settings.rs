//! Settings: text size, high contrast, feedback mode, the trainee's
//! pseudonym and role, and deleting one's own results.

use super::theme::{bold, card, notice, subheading};
use super::{UiState, View};
use crate::game::core::Action;
use crate::save::progress::Mode;
use crate::sim::area::Role;
use bevy_egui::egui;

pub fn settings(ui: &mut egui::Ui, view: &View, state: &mut UiState, out: &mut Vec<Action>) {
    ui.heading("Settings");
    let mut s = view.store.progress.settings.clone();
    let before = s.clone();
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
    if s != before {
        out.push(Action::Settings(s));
    }
    card(ui, |ui| {
        subheading(ui, "You");
        if let Some(t) = &view.store.progress.trainee {
            if state.name.is_empty() {
                state.name = t.name.clone();
            }
            if state.role.is_none() {
                state.role = Some(t.role);
            }
        }
        ui.horizontal(|ui| {
            ui.label("Name or pseudonym");
            ui.add(egui::TextEdit::singleline(&mut state.name).desired_width(220.0));
        });
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
    card(ui, |ui| {
        subheading(ui, "Your data");
        match &view.store.dir {
            Some(d) => ui.label(format!("Progress and results are kept only on this computer, in {}. Nothing leaves it unless you export it.", d.display())),
            None => ui.label("Progress is not being saved in this session."),
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Export my results")
                .on_hover_text("One file with all your results, for your facilitator")
                .clicked()
            {
                state.export_message = Some(export_results(view));
            }
            if let Some(code) = &view.store.progress.workshop
                && ui
                    .button(format!("Export my results for workshop {code}"))
                    .clicked()
            {
                state.export_message = Some(export_results_for(view, Some(code)));
            }
        });
        if let Some(m) = &state.export_message {
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

fn export_results(view: &View) -> String {
    export_results_for(view, None)
}

/// Write this user's results to one file in their documents folder (or home).
fn export_results_for(view: &View, workshop: Option<&str>) -> String {
    let Some(dir) = &view.store.dir else {
        return "Results are not being saved in this session.".into();
    };
    let target = directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(|d| d.to_path_buf())
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .filter(|d| d.is_dir())
        .unwrap_or_else(|| dir.clone());
    match crate::workshop::records::export_user(dir, workshop, None, &target) {
        Ok(e) => format!(
            "{} result(s) saved to {}. Copy this file to the USB stick or shared folder your facilitator gives you.",
            e.records,
            e.path.display()
        ),
        Err(e) => format!("Nothing was exported: {e}."),
    }
}
