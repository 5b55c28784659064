//! The map screen's side panel: one node as written in its file (its text,
//! its choices with their conditions, effects, harms and coaching, where
//! each arrow leads, its line), "play from here", and the file's errors.

use super::map::kind_word;
use super::theme::{bold, card, harm_mark, subheading};
use super::wrap;
use crate::game::actions::Action;
use crate::game::state::MapShown;
use crate::i18n::Ui;
use crate::scenario::Scenario;
use crate::scenario::explore::Via;
use crate::scenario::map::{MapKind, ScenarioMap};
use crate::sim::engine::HarmKind;
use crate::tr;
use bevy_egui::egui;

/// The file's errors, if any: the map shows what compiles, these say what
/// is wrong, each with its line.
pub(super) fn errors(ui: &mut egui::Ui, t: &Ui, shown: &MapShown) {
    if shown.errors.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr!(t, "map-errors", count = shown.errors.len()))
        .id_salt("map-errors")
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for d in &shown.errors {
                        wrap::label(
                            ui,
                            egui::RichText::new(tr!(
                                t,
                                "map-error-line",
                                line = d.line,
                                message = d.message.as_str()
                            ))
                            .small(),
                        );
                    }
                });
        });
}

/// The node `selected` as written, and "play from here".
pub(super) fn node(
    ui: &mut egui::Ui,
    t: &Ui,
    map: &ScenarioMap,
    sc: &Scenario,
    shown: &MapShown,
    selected: Option<usize>,
    out: &mut Vec<Action>,
) {
    let Some(i) = selected else {
        wrap::label(ui, tr!(t, "map-select-hint"));
        return;
    };
    let n = &map.nodes[i];
    let Some(node) = sc.nodes.get(&n.id) else {
        return;
    };
    subheading(ui, &n.id);
    ui.label(kind_word(t, n.kind));
    if i == map.start {
        ui.label(tr!(t, "map-start"));
    }
    if !n.reachable {
        ui.label(
            egui::RichText::new(tr!(t, "map-unreachable"))
                .color(egui::Color32::from_rgb(192, 57, 43)),
        );
    }
    if let Some(line) = n.line {
        let file = map.compiled.file.display().to_string();
        ui.label(egui::RichText::new(tr!(t, "map-line", line = line, file = file)).monospace());
    }
    let playable = shown.checked.is_some() && n.reachable && !matches!(n.kind, MapKind::Ending(_));
    if ui
        .add_enabled(
            playable,
            egui::Button::new(bold(tr!(t, "map-play-from-here"))),
        )
        .on_hover_text(tr!(t, "map-play-from-here-hint"))
        .on_disabled_hover_text(tr!(t, "map-play-from-here-disabled"))
        .clicked()
    {
        out.push(Action::PlayFromHere { node: n.id.clone() });
    }
    ui.add_space(6.0);
    if !node.speaker.is_empty() {
        ui.label(bold(&node.speaker));
    }
    if !node.text.is_empty() {
        wrap::label(ui, &node.text);
    }
    if !node.effects.is_empty() {
        small(
            ui,
            tr!(t, "map-on-arrival", effects = node.effects.join(", ")),
        );
    }
    if let Some(e) = &node.ending {
        card(ui, |ui| {
            ui.label(bold(&e.title));
            wrap::label(ui, &e.outcome);
        });
    }
    for e in map.edges_from(i) {
        let to = map.nodes[e.to].id.as_str();
        card(ui, |ui| {
            match e.via {
                Via::Choice(ci) => {
                    let Some(c) = node.choices.get(ci) else {
                        return;
                    };
                    wrap::label(ui, bold(format!("{}. {}", ci + 1, c.text)));
                    if let Some(when) = &c.when {
                        small(ui, tr!(t, "map-when", condition = when.as_str()));
                    }
                    if !c.effects.is_empty() {
                        small(ui, tr!(t, "map-effects", effects = c.effects.join(", ")));
                    }
                    for (harm, severity) in &c.causes {
                        harm_line(ui, t, HarmKind::Caused, harm, *severity);
                    }
                    for (harm, severity) in &c.avoids {
                        harm_line(ui, t, HarmKind::Avoided, harm, *severity);
                    }
                    if let Some(f) = &c.feedback {
                        small(ui, tr!(t, "map-feedback", feedback = f.as_str()));
                    }
                }
                Via::Branch(bi) => {
                    ui.label(bold(tr!(t, "map-branch", weight = e.weight.unwrap_or(1))));
                    if let Some(b) = node.random.get(bi)
                        && !b.effects.is_empty()
                    {
                        small(ui, tr!(t, "map-effects", effects = b.effects.join(", ")));
                    }
                }
                Via::Next => {}
            }
            if !e.open {
                small(ui, tr!(t, "map-never-open"));
            }
            ui.label(tr!(t, "map-goes-to", node = to));
        });
    }
}

fn small(ui: &mut egui::Ui, text: String) {
    wrap::label(ui, egui::RichText::new(text).small());
}

fn harm_line(ui: &mut egui::Ui, t: &Ui, kind: HarmKind, harm: &str, severity: i64) {
    let (colour, mark) = harm_mark(ui, kind);
    let text = match kind {
        HarmKind::Caused => tr!(
            t,
            "map-causes",
            mark = mark,
            harm = harm,
            severity = severity
        ),
        HarmKind::Avoided => tr!(
            t,
            "map-avoids",
            mark = mark,
            harm = harm,
            severity = severity
        ),
    };
    wrap::label(ui, egui::RichText::new(text).small().color(colour));
}
