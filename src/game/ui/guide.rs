//! The guide: its five areas, their harms and guidance, the key concepts,
//! a search box, and for each harm the scenarios that train it.

use super::theme::{bold, card, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Screen};
use crate::guide::{Harm, NoteKind, SearchHit};
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

/// The search being typed and the harm being read.
#[derive(Resource, Default)]
struct GuideState {
    query: String,
    selected: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<GuideState>()
        .add_systems(OnEnter(Screen::Guide), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Guide)).in_set(UiPass::Screen),
        );
}

fn reset(mut state: ResMut<GuideState>) {
    *state = GuideState::default();
}

fn draw(mut page: Page, live: Res<LiveLibrary>, mut state: ResMut<GuideState>) -> Result {
    page.show(Screen::Guide, |ui, out| guide(ui, &live, &mut state, out))
}

fn guide(ui: &mut egui::Ui, live: &LiveLibrary, state: &mut GuideState, out: &mut Vec<Action>) {
    let g = live.guide();
    ui.heading("The Do-No-Harm Guide");
    wrap::label(
        ui,
        egui::RichText::new(format!(
            "In the project's own words, with citations. Source: {}",
            g.source
        ))
        .small(),
    );
    ui.horizontal(|ui| {
        ui.label("Search:");
        ui.add(
            egui::TextEdit::singleline(&mut state.query)
                .hint_text("for example: interpreter, child, shelter")
                .desired_width(320.0),
        );
        if !state.query.is_empty() && ui.button("Clear").clicked() {
            state.query.clear();
        }
    });
    if !state.query.trim().is_empty() {
        let hits = g.search(&state.query);
        ui.label(format!("{} result(s)", hits.len()));
        for hit in hits {
            match hit {
                SearchHit::Harm(h) => {
                    if ui.link(format!("{}  {}", h.id, h.title)).clicked() {
                        state.selected = Some(h.id.clone());
                        state.query.clear();
                    }
                }
                SearchHit::Concept(c) => {
                    card(ui, |ui| {
                        ui.label(bold(&c.term));
                        wrap::label(ui, &c.text);
                    });
                }
            }
        }
        return;
    }
    if let Some(id) = state.selected.clone()
        && let Some(h) = g.harm(&id)
    {
        harm_page(ui, live, h, state, out);
        return;
    }
    for area in &g.areas {
        subheading(ui, area.area.title());
        wrap::label(ui, &area.summary);
        for h in &area.harms {
            let n = live.library.scenarios_for_harm(&h.id).len();
            ui.horizontal(|ui| {
                if ui.link(format!("{}  {}", h.id, h.title)).clicked() {
                    state.selected = Some(h.id.clone());
                }
                ui.label(egui::RichText::new(format!("{n} scenario(s)")).small());
            });
        }
    }
    subheading(ui, "Key concepts");
    for c in &g.concepts {
        egui::CollapsingHeader::new(&c.term).show(ui, |ui| {
            wrap::label(ui, &c.text);
            if let Some(p) = c.page {
                ui.label(egui::RichText::new(format!("Guide, p. {p}")).small());
            }
        });
    }
}

/// One harm: the guide's explanation and guidance with citations, the
/// national consultations' notes, and the scenarios that train it.
fn harm_page(
    ui: &mut egui::Ui,
    live: &LiveLibrary,
    h: &Harm,
    state: &mut GuideState,
    out: &mut Vec<Action>,
) {
    if ui.button("← All harms").clicked() {
        state.selected = None;
    }
    ui.label(egui::RichText::new(h.area().map(|a| a.title()).unwrap_or("")).small());
    ui.heading(format!("{}  {}", h.id, h.title));
    wrap::label(ui, &h.explanation);
    subheading(ui, "Do No Harm guidance");
    for (i, item) in h.guidance.iter().enumerate() {
        wrap::label(ui, format!("{}.{}  {}", h.id, i + 1, item.text));
        wrap::label(
            ui,
            egui::RichText::new(format!("      {}", h.citation(i))).small(),
        );
    }
    if !h.notes.is_empty() {
        subheading(ui, "From the national consultations");
        for n in &h.notes {
            card(ui, |ui| {
                let kind = match n.kind {
                    NoteKind::GoodPractice => "Good practice",
                    NoteKind::Challenge => "Challenge",
                };
                let place = n
                    .country
                    .as_deref()
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default();
                ui.label(bold(format!("{kind}{place}")));
                wrap::label(ui, &n.text);
            });
        }
    }
    subheading(ui, "Scenarios that train this harm");
    let list = live.library.scenarios_for_harm(&h.id);
    if list.is_empty() {
        ui.label("None yet.");
    }
    for s in list {
        ui.horizontal(|ui| {
            ui.label(&s.scenario().title);
            if ui.small_button("Play").clicked() {
                out.push(Action::Prepare {
                    scenario: s.id().to_string(),
                    seed: None,
                });
            }
        });
    }
}
