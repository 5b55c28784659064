//! The content notes shown before a scenario starts, with the feedback
//! mode and the workshop the run will carry.

use super::theme::{bold, card, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Play, SavedProgress, Screen};
use crate::i18n::Ui;
use crate::save::progress::Mode;
use crate::tr;
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
    page.show(Screen::Notes, |ui, t, out| {
        notes(ui, t, &saved, &live, &play, out)
    })
}

fn notes(
    ui: &mut egui::Ui,
    t: &Ui,
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
        wrap::label(ui, tr!(t, "notes-none-selected"));
        if ui.button(tr!(t, "notes-back")).clicked() {
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
            egui::RichText::new(tr!(t, "notes-setting", setting = sc.setting.as_str())).italics(),
        );
    }
    ui.add_space(8.0);
    card(ui, |ui| {
        subheading(ui, tr!(t, "notes-title"));
        if sc.content_notes.is_empty() {
            wrap::label(ui, tr!(t, "notes-none"));
        } else {
            for n in &sc.content_notes {
                wrap::label(ui, format!("•  {n}"));
            }
        }
        ui.add_space(4.0);
        wrap::label(ui, tr!(t, "notes-care"));
    });
    ui.add_space(6.0);
    let mode = match saved.progress.settings.mode {
        Mode::Coach => tr!(t, "notes-mode-coach"),
        Mode::Assessment => tr!(t, "notes-mode-assessment"),
    };
    ui.label(mode);
    if let Some(code) = &saved.progress.workshop {
        wrap::label(ui, tr!(t, "notes-workshop", code = code.as_str()));
    }
    ui.add_space(6.0);
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    let esc = ui.input(|i| i.key_pressed(egui::Key::Escape));
    ui.horizontal_wrapped(|ui| {
        if ui.button(bold(tr!(t, "notes-begin"))).clicked() || enter {
            out.push(Action::Begin);
        }
        if ui.button(tr!(t, "notes-not-now")).clicked() || esc {
            out.push(Action::Go(Screen::Browser));
        }
    });
}
