//! The debrief: what became of the person, the score overall and per area
//! as a chart, a timeline of decisions, and a card for each decision that
//! touched a harm, with the guide's guidance and a way back to it.

use super::theme::{bar, bold, card, harm_mark, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{Play, RoomVote, Screen};
use crate::scenario::Tone;
use crate::sim::debrief::{Debrief, DecisionCard};
use crate::sim::engine::HarmKind;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Debrief))
            .in_set(UiPass::Screen),
    );
}

fn draw(mut page: Page, play: Res<Play>) -> Result {
    page.show(Screen::Debrief, |ui, out| debrief(ui, &play, out))
}

fn debrief(ui: &mut egui::Ui, play: &Play, out: &mut Vec<Action>) {
    let Some(d) = &play.debrief else {
        ui.label("There is no debrief yet: finish a scenario first.");
        if ui.button("Choose a scenario").clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    ui.heading(format!("Debrief: {}", d.title));
    if !d.profile.is_empty() {
        wrap::label(
            ui,
            egui::RichText::new(format!("Person met: {}", d.profile)).small(),
        );
    }
    if let Some(e) = &d.ending {
        card(ui, |ui| {
            let tone = match e.tone {
                Tone::Good => "A good outcome",
                Tone::Mixed => "A mixed outcome",
                Tone::Poor => "A poor outcome",
            };
            ui.label(egui::RichText::new(tone).small());
            wrap::label(ui, bold(&e.title).size(20.0));
            wrap::label(ui, &e.outcome);
        });
    }

    score(ui, d);
    subheading(ui, "Your decisions");
    timeline(ui, d);
    ui.add_space(6.0);
    let (r, n) = ui.input(|i| (i.key_pressed(egui::Key::R), i.key_pressed(egui::Key::N)));
    for dc in d.decisions.iter().filter(|dc| !dc.harms.is_empty()) {
        let vote = play.votes.iter().find(|v| v.decision == dc.decision);
        decision_card(ui, dc, vote, out);
    }
    if d.harms().next().is_none() {
        ui.label("No decision in this run touched a harm.");
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(bold("Play again with another person  (N)"))
            .clicked()
            || n
        {
            out.push(Action::PlayAgain { same_seed: false });
        }
        if ui.button("Play the same run again  (R)").clicked() || r {
            out.push(Action::PlayAgain { same_seed: true });
        }
        if ui.button("Back to scenarios").clicked() {
            out.push(Action::Go(Screen::Browser));
        }
    });
}

/// The score overall and per area, as bars.
fn score(ui: &mut egui::Ui, d: &Debrief) {
    subheading(ui, "Your score");
    ui.horizontal(|ui| {
        ui.label(bold(format!("{}", d.score.overall)).size(40.0));
        ui.label("/ 100 overall\nfrom the harms you caused and avoided, against the best and worst this scenario allows");
    });
    bar(ui, "Overall", i32::from(d.score.overall), 300.0);
    for a in &d.score.areas {
        bar(ui, &a.title, i32::from(a.score), 300.0);
    }
}

/// A decision that touched a harm: how the room voted, what was chosen,
/// each harm with the guide's advice, and a way back to it.
fn decision_card(
    ui: &mut egui::Ui,
    dc: &DecisionCard,
    vote: Option<&RoomVote>,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(bold(format!("Decision {}", dc.decision + 1)));
            if let Some(v) = vote {
                let split: Vec<String> = v
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{}: {c}", i + 1))
                    .collect();
                ui.label(
                    egui::RichText::new(format!(
                        "Room vote  {}  (followed {})",
                        split.join("  "),
                        v.followed
                    ))
                    .small(),
                );
            }
        });
        if !dc.situation.is_empty() {
            wrap::label(
                ui,
                egui::RichText::new(short(&dc.situation, 240))
                    .italics()
                    .small(),
            );
        }
        wrap::label(ui, format!("You chose: {}", dc.chosen));
        if let Some(f) = &dc.feedback {
            wrap::label(ui, bold(f));
        }
        for h in &dc.harms {
            ui.add_space(4.0);
            let (color, sym, word) = harm_mark(ui, h.kind);
            wrap::label(
                ui,
                egui::RichText::new(format!(
                    "{sym} {word}: {} {} (severity {})",
                    h.id, h.title, h.severity
                ))
                .color(color)
                .strong(),
            );
            wrap::label(ui, format!("Why it matters: {}", h.why));
            ui.label(bold("What the guide advises"));
            for g in &h.guidance {
                wrap::label(ui, format!("•  {}", g.text));
                wrap::label(
                    ui,
                    egui::RichText::new(format!("    {} · {}", g.reference, g.citation)).small(),
                );
            }
        }
        if ui.button("↺ Try again from this decision").clicked() {
            out.push(Action::Rewind(dc.decision));
        }
    });
}

/// One mark per decision: ✔ avoided, ✖ caused, · neither.
fn timeline(ui: &mut egui::Ui, d: &Debrief) {
    ui.horizontal_wrapped(|ui| {
        for dc in &d.decisions {
            let caused = dc.harms.iter().any(|h| h.kind == HarmKind::Caused);
            let avoided = dc.harms.iter().any(|h| h.kind == HarmKind::Avoided);
            let (text, color) = match (caused, avoided) {
                (true, _) => {
                    let (c, s, _) = harm_mark(ui, HarmKind::Caused);
                    (format!("{} {s}", dc.decision + 1), c)
                }
                (false, true) => {
                    let (c, s, _) = harm_mark(ui, HarmKind::Avoided);
                    (format!("{} {s}", dc.decision + 1), c)
                }
                _ => (
                    format!("{} ·", dc.decision + 1),
                    ui.visuals().weak_text_color(),
                ),
            };
            let tip: Vec<String> = dc
                .harms
                .iter()
                .map(|h| format!("{:?} {}", h.kind, h.id))
                .collect();
            egui::Frame::new()
                .stroke(egui::Stroke::new(1.5, color))
                .corner_radius(12.0)
                .inner_margin(egui::Margin::symmetric(8, 2))
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(text).color(color).strong())
                        .on_hover_text(format!("{}\n{}", dc.chosen, tip.join(", ")));
                });
        }
    });
    ui.label(egui::RichText::new("✔ harm avoided   ✖ harm caused   · no harm touched").small());
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}
