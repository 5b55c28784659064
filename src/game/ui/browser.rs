//! The scenario browser, grouped by the guide's thematic areas, the
//! trainee's role first.

use super::theme::{bold, card, notice, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Play, SavedProgress, Screen};
use crate::guide::area::Area;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Browser))
            .in_set(UiPass::Screen),
    );
}

fn draw(
    mut page: Page,
    saved: Res<SavedProgress>,
    live: Res<LiveLibrary>,
    play: Res<Play>,
) -> Result {
    page.show(Screen::Browser, |ui, out| {
        browser(ui, &saved, &live, &play, out)
    })
}

fn browser(
    ui: &mut egui::Ui,
    saved: &SavedProgress,
    live: &LiveLibrary,
    play: &Play,
    out: &mut Vec<Action>,
) {
    ui.heading("Scenarios");
    let progress = &saved.progress;
    let role = progress.trainee.as_ref().map(|t| t.role);
    if let Some(r) = role {
        ui.label(format!(
            "Scenarios for your role ({}) come first in each area.",
            r.title()
        ));
    }
    if let Some(e) = &play.error {
        notice(ui, e);
    }
    for area in Area::ALL {
        let mut list: Vec<_> = live
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
                wrap::label(
                    ui,
                    egui::RichText::new(format!("{} · about {} min", roles.join(", "), sc.minutes))
                        .small(),
                );
                wrap::label(ui, &sc.summary);
                if !sc.content_notes.is_empty() {
                    wrap::label(
                        ui,
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
