//! The scenario browser, grouped by the guide's thematic areas, the
//! trainee's role first.

use super::theme::{self, bold, card, notice, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Play, SavedProgress, Screen};
use crate::game::words;
use crate::guide::area::Area;
use crate::i18n::Ui;
use crate::tr;
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
    journeys: Res<crate::game::journey::Journeys>,
    mut handover_file: Local<String>,
) -> Result {
    page.show(Screen::Browser, |ui, t, out| {
        browser(ui, t, &saved, &live, &play, out);
        // The journeys after the scenarios they are made of.
        ui.add_space(10.0);
        super::journey::cases_section(ui, t, &journeys, &mut handover_file, out);
    })
}

fn browser(
    ui: &mut egui::Ui,
    t: &Ui,
    saved: &SavedProgress,
    live: &LiveLibrary,
    play: &Play,
    out: &mut Vec<Action>,
) {
    ui.heading(tr!(t, "browser-title"));
    let progress = &saved.progress;
    let role = progress.trainee.as_ref().map(|trainee| trainee.role);
    if let Some(r) = role {
        wrap::label(
            ui,
            tr!(t, "browser-your-role-first", role = words::role(t, r)),
        );
    }
    if let Some(e) = &play.error {
        notice(ui, &e.show(t));
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
        subheading(ui, words::area(t, area));
        for s in list {
            let sc = s.scenario();
            card(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(bold(&sc.title).size(18.0));
                    if live.is_draft(&sc.id) {
                        theme::draft_mark(ui, t);
                    } else if live.is_english(&sc.id, &format!("{}/title", sc.id)) {
                        theme::english_mark(ui, t);
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button(bold(tr!(t, "browser-play"))).clicked() {
                            out.push(Action::Prepare {
                                scenario: sc.id.clone(),
                                seed: None,
                            });
                        }
                        if ui
                            .button(tr!(t, "browser-map"))
                            .on_hover_text(tr!(t, "browser-map-hint"))
                            .clicked()
                        {
                            out.push(Action::OpenMap {
                                file: s.compiled.file.clone(),
                            });
                        }
                        let status = match progress.scenarios.get(&sc.id) {
                            Some(p) if p.completed > 0 => {
                                tr!(t, "browser-completed", best = p.best.unwrap_or(0))
                            }
                            _ if progress
                                .in_progress
                                .as_ref()
                                .is_some_and(|i| i.save.scenario == sc.id) =>
                            {
                                tr!(t, "browser-in-progress")
                            }
                            _ => tr!(t, "browser-not-played"),
                        };
                        ui.label(status);
                    });
                });
                let roles: Vec<String> = sc.roles.iter().map(|r| words::role(t, *r)).collect();
                wrap::label(
                    ui,
                    egui::RichText::new(tr!(
                        t,
                        "browser-roles-minutes",
                        roles = roles.join(&tr!(t, "list-separator")),
                        minutes = sc.minutes
                    ))
                    .small(),
                );
                wrap::label(ui, &sc.summary);
                if !sc.content_notes.is_empty() {
                    wrap::label(
                        ui,
                        egui::RichText::new(tr!(
                            t,
                            "browser-content-notes",
                            notes = sc.content_notes.join("; ")
                        ))
                        .small()
                        .italics(),
                    );
                }
            });
        }
    }
}
