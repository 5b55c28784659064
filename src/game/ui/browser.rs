//! The scenario browser, grouped by the guide's thematic areas, and the
//! content notes shown before a scenario starts.

use super::View;
use super::theme::{bold, card, notice, subheading};
use crate::game::core::{Action, Screen};
use crate::save::progress::Mode;
use crate::sim::area::Area;
use bevy_egui::egui;

pub fn browser(ui: &mut egui::Ui, view: &View, out: &mut Vec<Action>) {
    ui.heading("Scenarios");
    let progress = &view.store.progress;
    let role = progress.trainee.as_ref().map(|t| t.role);
    if let Some(r) = role {
        ui.label(format!(
            "Scenarios for your role ({}) come first in each area.",
            r.title()
        ));
    }
    if let Some(e) = &view.play.error {
        notice(ui, e);
    }
    for area in Area::ALL {
        let mut list: Vec<_> = view
            .catalog
            .library
            .scenarios
            .iter()
            .filter(|s| s.scenario().area == area)
            .collect();
        if list.is_empty() {
            continue;
        }
        list.sort_by_key(|s| {
            let mine = role.is_some_and(|r| s.scenario().roles.contains(&r));
            (!mine, s.scenario().title.clone())
        });
        subheading(ui, area.title());
        for s in list {
            let sc = s.scenario();
            card(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(bold(&sc.title).size(18.0));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button(bold("Play")).clicked() {
                            out.push(Action::Prepare {
                                scenario: sc.id.clone(),
                                seed: None,
                            });
                        }
                        let status = match progress.scenarios.get(&sc.id) {
                            Some(p) if p.completed > 0 => {
                                format!("Completed · best {}/100", p.best.unwrap_or(0))
                            }
                            _ if progress
                                .in_progress
                                .as_ref()
                                .is_some_and(|i| i.save.scenario == sc.id) =>
                            {
                                "In progress".to_string()
                            }
                            _ => "Not played yet".to_string(),
                        };
                        ui.label(status);
                    });
                });
                let roles: Vec<&str> = sc.roles.iter().map(|r| r.title()).collect();
                ui.label(
                    egui::RichText::new(format!("{} · about {} min", roles.join(", "), sc.minutes))
                        .small(),
                );
                ui.label(&sc.summary);
                if !sc.content_notes.is_empty() {
                    ui.label(
                        egui::RichText::new(format!(
                            "Content notes: {}",
                            sc.content_notes.join("; ")
                        ))
                        .small()
                        .italics(),
                    );
                }
            });
        }
    }
}

pub fn notes(ui: &mut egui::Ui, view: &View, out: &mut Vec<Action>) {
    let Some((id, _)) = &view.play.pending else {
        if view.play.session.is_some() {
            // The scenario has just started; the play screen follows.
            return;
        }
        ui.label("No scenario is selected.");
        if ui.button("Back to scenarios").clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    let Some(s) = view.catalog.library.get(id) else {
        return;
    };
    let sc = s.scenario();
    ui.heading(&sc.title);
    ui.label(&sc.summary);
    if !sc.setting.is_empty() {
        ui.label(egui::RichText::new(format!("Setting: {}", sc.setting)).italics());
    }
    ui.add_space(8.0);
    card(ui, |ui| {
        subheading(ui, "Before you start: content notes");
        if sc.content_notes.is_empty() {
            ui.label("This scenario has no content notes.");
        } else {
            for n in &sc.content_notes {
                ui.label(format!("•  {n}"));
            }
        }
        ui.add_space(4.0);
        ui.label("Some trainees have lived through situations like these. You can pause at any time with Esc, and stop with S; your place is kept. Take care of yourself, and speak to your facilitator if you need to.");
    });
    ui.add_space(6.0);
    let mode = match view.store.progress.settings.mode {
        Mode::Coach => {
            "Coach mode: you will see a short note after each choice that touches a harm."
        }
        Mode::Assessment => "Assessment mode: feedback comes only in the debrief at the end.",
    };
    ui.label(mode);
    if let Some(code) = &view.store.progress.workshop {
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
