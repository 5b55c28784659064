//! The content notes shown before a scenario starts, with the feedback
//! mode and the workshop the run will carry.

use super::theme::{bold, card, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Play, SavedProgress, Screen};
use crate::save::progress::Mode;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Notes)).in_set(UiPass::Screen),
    );
}

fn draw(
    mut page: Page,
    saved: Res<SavedProgress>,
    live: Res<LiveLibrary>,
    play: Res<Play>,
) -> Result {
    page.show(Screen::Notes, |ui, out| {
        notes(ui, &saved, &live, &play, out)
    })
}

fn notes(
    ui: &mut egui::Ui,
    saved: &SavedProgress,
    live: &LiveLibrary,
    play: &Play,
    out: &mut Vec<Action>,
) {
    let Some((id, _)) = &play.pending else {
        if play.session.is_some() {
            // The scenario has just started; the play screen follows.
            return;
        }
        ui.label("No scenario is selected.");
        if ui.button("Back to scenarios").clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    let Some(s) = live.library.get(id) else {
        return;
    };
    let sc = s.scenario();
    ui.heading(&sc.title);
    wrap::label(ui, &sc.summary);
    if !sc.setting.is_empty() {
        wrap::label(
            ui,
            egui::RichText::new(format!("Setting: {}", sc.setting)).italics(),
        );
    }
    ui.add_space(8.0);
    card(ui, |ui| {
        subheading(ui, "Before you start: content notes");
        if sc.content_notes.is_empty() {
            ui.label("This scenario has no content notes.");
        } else {
            for n in &sc.content_notes {
                wrap::label(ui, format!("•  {n}"));
            }
        }
        ui.add_space(4.0);
        ui.label("Some trainees have lived through situations like these. You can pause at any time with Esc, and stop with S; your place is kept. Take care of yourself, and speak to your facilitator if you need to.");
    });
    ui.add_space(6.0);
    let mode = match saved.progress.settings.mode {
        Mode::Coach => {
            "Coach mode: you will see a short note after each choice that touches a harm."
        }
        Mode::Assessment => "Assessment mode: feedback comes only in the debrief at the end.",
    };
    ui.label(mode);
    if let Some(code) = &saved.progress.workshop {
        ui.label(format!(
            "Workshop {code}: you will meet the same person as the rest of the room."
        ));
    }
    ui.add_space(6.0);
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    let esc = ui.input(|i| i.key_pressed(egui::Key::Escape));
    ui.horizontal(|ui| {
        if ui.button(bold("Begin  (Enter)")).clicked() || enter {
            out.push(Action::Begin);
        }
        if ui.button("Not now  (Esc)").clicked() || esc {
            out.push(Action::Go(Screen::Browser));
        }
    });
}
