//! The guide: its five areas, their harms and guidance, the key concepts,
//! a search box, and for each harm the scenarios that train it.

use super::theme::{bold, card, subheading};
use super::{UiState, View};
use crate::game::core::Action;
use crate::sim::guide::{NoteKind, SearchHit};
use bevy_egui::egui;

pub fn guide(ui: &mut egui::Ui, view: &View, state: &mut UiState, out: &mut Vec<Action>) {
    let g = view.catalog.guide();
    ui.heading("The Do-No-Harm Guide");
    ui.label(
        egui::RichText::new(format!(
            "In the project's own words, with citations. Source: {}",
            g.source
        ))
        .small(),
    );
    ui.horizontal(|ui| {
        ui.label("Search:");
        ui.add(
            egui::TextEdit::singleline(&mut state.guide_query)
                .hint_text("for example: interpreter, child, shelter")
                .desired_width(320.0),
        );
        if !state.guide_query.is_empty() && ui.button("Clear").clicked() {
            state.guide_query.clear();
        }
    });
    if !state.guide_query.trim().is_empty() {
        let hits = g.search(&state.guide_query);
        ui.label(format!("{} result(s)", hits.len()));
        for hit in hits {
            match hit {
                SearchHit::Harm(h) => {
                    if ui.link(format!("{}  {}", h.id, h.title)).clicked() {
                        state.guide_selected = Some(h.id.clone());
                        state.guide_query.clear();
                    }
                }
                SearchHit::Concept(c) => {
                    card(ui, |ui| {
                        ui.label(bold(&c.term));
                        ui.label(&c.text);
                    });
                }
            }
        }
        return;
    }
    if let Some(id) = state.guide_selected.clone()
        && let Some(h) = g.harm(&id)
    {
        if ui.button("← All harms").clicked() {
            state.guide_selected = None;
        }
        ui.label(egui::RichText::new(h.area().map(|a| a.title()).unwrap_or("")).small());
        ui.heading(format!("{}  {}", h.id, h.title));
        ui.label(&h.explanation);
        subheading(ui, "Do No Harm guidance");
        for (i, item) in h.guidance.iter().enumerate() {
            ui.label(format!("{}.{}  {}", h.id, i + 1, item.text));
            ui.label(egui::RichText::new(format!("      {}", h.citation(i))).small());
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
                    ui.label(&n.text);
                });
            }
        }
        subheading(ui, "Scenarios that train this harm");
        let list = view.catalog.library.scenarios_for_harm(&h.id);
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
        return;
    }
    for area in &g.areas {
        subheading(ui, area.area.title());
        ui.label(&area.summary);
        for h in &area.harms {
            let n = view.catalog.library.scenarios_for_harm(&h.id).len();
            ui.horizontal(|ui| {
                if ui.link(format!("{}  {}", h.id, h.title)).clicked() {
                    state.guide_selected = Some(h.id.clone());
                }
                ui.label(egui::RichText::new(format!("{n} scenario(s)")).small());
            });
        }
    }
    subheading(ui, "Key concepts");
    for c in &g.concepts {
        egui::CollapsingHeader::new(&c.term).show(ui, |ui| {
            ui.label(&c.text);
            if let Some(p) = c.page {
                ui.label(egui::RichText::new(format!("Guide, p. {p}")).small());
            }
        });
    }
}
