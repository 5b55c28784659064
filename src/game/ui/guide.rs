//! The guide: its five areas, their harms and guidance, the key concepts,
//! a search box, and for each harm the scenarios that train it.

use super::theme::{self, bold, card, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Screen};
use crate::game::words;
use crate::guide::{Harm, SearchHit};
use crate::i18n::Ui;
use crate::tr;
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
    page.show(Screen::Guide, |ui, t, out| {
        guide(ui, t, &live, &mut state, out)
    })
}

fn guide(
    ui: &mut egui::Ui,
    t: &Ui,
    live: &LiveLibrary,
    state: &mut GuideState,
    out: &mut Vec<Action>,
) {
    let g = live.guide();
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!(t, "guide-title"));
        if live.guide_is_draft() {
            theme::draft_mark(ui, t);
        }
    });
    wrap::label(
        ui,
        egui::RichText::new(tr!(t, "guide-source", source = g.source.as_str())).small(),
    );
    ui.horizontal_wrapped(|ui| {
        wrap::label(ui, tr!(t, "guide-search"));
        ui.add(
            egui::TextEdit::singleline(&mut state.query)
                .hint_text(tr!(t, "guide-search-hint"))
                .desired_width(480.0),
        );
        if !state.query.is_empty() && ui.button(tr!(t, "guide-clear")).clicked() {
            state.query.clear();
        }
    });
    if !state.query.trim().is_empty() {
        let hits = g.search(&state.query);
        wrap::label(ui, tr!(t, "guide-results", count = hits.len()));
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
        harm_page(ui, t, live, h, state, out);
        return;
    }
    for area in &g.areas {
        subheading(ui, words::area(t, area.area));
        wrap::label(ui, &area.summary);
        for h in &area.harms {
            let n = live.library.scenarios_for_harm(&h.id).len();
            ui.horizontal(|ui| {
                if ui.link(format!("{}  {}", h.id, h.title)).clicked() {
                    state.selected = Some(h.id.clone());
                }
                wrap::label(
                    ui,
                    egui::RichText::new(tr!(t, "guide-scenario-count", count = n)).small(),
                );
            });
        }
    }
    subheading(ui, tr!(t, "guide-concepts"));
    for c in &g.concepts {
        egui::CollapsingHeader::new(&c.term).show(ui, |ui| {
            wrap::label(ui, &c.text);
            if let Some(p) = c.page {
                wrap::label(
                    ui,
                    egui::RichText::new(tr!(t, "guide-page", page = p)).small(),
                );
            }
        });
    }
}

/// One harm: the guide's explanation and guidance with citations, the
/// national consultations' notes, and the scenarios that train it.
fn harm_page(
    ui: &mut egui::Ui,
    t: &Ui,
    live: &LiveLibrary,
    h: &Harm,
    state: &mut GuideState,
    out: &mut Vec<Action>,
) {
    if ui.button(tr!(t, "guide-all-harms")).clicked() {
        state.selected = None;
    }
    let area = h.area().map(|a| words::area(t, a)).unwrap_or_default();
    ui.label(egui::RichText::new(area).small());
    ui.heading(format!("{}  {}", h.id, h.title));
    if live.guide_is_english(&format!("guide/harm/{}/explanation", h.id)) {
        theme::english_mark(ui, t);
    }
    wrap::label(ui, &h.explanation);
    subheading(ui, tr!(t, "guide-guidance"));
    for (i, item) in h.guidance.iter().enumerate() {
        wrap::label(ui, format!("{}.{}  {}", h.id, i + 1, item.text));
        let cite = words::citation(t, &h.citation(i));
        wrap::label(ui, egui::RichText::new(format!("      {cite}")).small());
    }
    if !h.notes.is_empty() {
        subheading(ui, tr!(t, "guide-consultations"));
        for n in &h.notes {
            card(ui, |ui| {
                let kind = words::note_kind(t, n.kind);
                let heading = match n.country.as_deref() {
                    Some(c) => tr!(t, "guide-note-country", kind = kind, country = c),
                    None => kind,
                };
                ui.label(bold(heading));
                wrap::label(ui, &n.text);
            });
        }
    }
    subheading(ui, tr!(t, "guide-trained-by"));
    let list = live.library.scenarios_for_harm(&h.id);
    if list.is_empty() {
        wrap::label(ui, tr!(t, "guide-none-yet"));
    }
    for s in list {
        ui.horizontal(|ui| {
            ui.label(&s.scenario().title);
            if ui.small_button(tr!(t, "guide-play")).clicked() {
                out.push(Action::Prepare {
                    scenario: s.id().to_string(),
                    seed: None,
                });
            }
        });
    }
}
