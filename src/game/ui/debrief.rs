//! The debrief: what became of the person, the score overall and per area
//! as a chart, a timeline of decisions, and a card for each decision that
//! touched a harm, with the guide's guidance and a way back to it.

use super::theme::{bar, bold, card, harm_mark, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, Play, RoomVote, Screen};
use crate::game::words;
use crate::guide::Guide;
use crate::i18n::Ui;
use crate::sim::debrief::{Debrief, DecisionCard, GuidanceCard};
use crate::sim::engine::HarmKind;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Debrief))
            .in_set(UiPass::Screen),
    );
}

fn draw(
    mut page: Page,
    play: Res<Play>,
    live: Res<LiveLibrary>,
    journeys: Res<crate::game::journey::Journeys>,
) -> Result {
    page.show(Screen::Debrief, |ui, t, out| {
        debrief(ui, t, &play, live.guide(), out);
        if journeys.playing(&play) {
            super::journey::after_stage(ui, t, &journeys, out);
        }
    })
}

fn debrief(ui: &mut egui::Ui, t: &Ui, play: &Play, guide: &Guide, out: &mut Vec<Action>) {
    let Some(d) = &play.debrief else {
        wrap::label(ui, tr!(t, "debrief-none"));
        if ui.button(tr!(t, "debrief-choose-scenario")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    ui.heading(tr!(t, "debrief-title", title = d.title.as_str()));
    if !d.profile.is_empty() {
        wrap::label(
            ui,
            egui::RichText::new(tr!(t, "debrief-person", person = d.profile.as_str())).small(),
        );
    }
    if let Some(e) = &d.ending {
        card(ui, |ui| {
            ui.label(egui::RichText::new(words::outcome(t, e.tone)).small());
            wrap::label(ui, bold(&e.title).size(20.0));
            wrap::label(ui, &e.outcome);
        });
    }

    score(ui, t, d);
    subheading(ui, tr!(t, "debrief-decisions"));
    timeline(ui, t, d);
    ui.add_space(6.0);
    let (r, n) = ui.input(|i| (i.key_pressed(egui::Key::R), i.key_pressed(egui::Key::N)));
    for dc in d.decisions.iter().filter(|dc| !dc.harms.is_empty()) {
        let vote = play.votes.iter().find(|v| v.decision == dc.decision);
        decision_card(ui, t, guide, dc, vote, out);
    }
    if d.harms().next().is_none() {
        wrap::label(ui, tr!(t, "debrief-no-harm"));
    }
    ui.add_space(8.0);
    if play.stage.is_some() {
        // A stage of a journey goes on to the next (see `journey`).
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(bold(tr!(t, "debrief-play-another"))).clicked() || n {
            out.push(Action::PlayAgain { same_seed: false });
        }
        if ui.button(tr!(t, "debrief-play-same")).clicked() || r {
            out.push(Action::PlayAgain { same_seed: true });
        }
        if ui.button(tr!(t, "debrief-back")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
    });
}

/// The score overall and per area, as bars.
fn score(ui: &mut egui::Ui, t: &Ui, d: &Debrief) {
    subheading(ui, tr!(t, "debrief-score"));
    ui.horizontal(|ui| {
        ui.label(bold(format!("{}", d.score.overall)).size(40.0));
        ui.add(egui::Label::new(tr!(t, "debrief-score-explained")).wrap());
    });
    bar(
        ui,
        &tr!(t, "debrief-overall"),
        i32::from(d.score.overall),
        260.0,
    );
    for a in &d.score.areas {
        bar(ui, &words::area(t, a.area), i32::from(a.score), 260.0);
    }
}

/// Where a piece of guidance comes from, in the interface's language (the
/// debrief's own citation is English, for the command line).
fn citation(t: &Ui, guide: &Guide, harm: &str, g: &GuidanceCard) -> String {
    let index = g
        .reference
        .rsplit('.')
        .next()
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1));
    match (guide.harm(harm), index) {
        (Some(h), Some(i)) => words::citation(t, &h.citation(i)),
        _ => g.citation.clone(),
    }
}

/// A decision that touched a harm: how the room voted, what was chosen,
/// each harm with the guide's advice, and a way back to it.
fn decision_card(
    ui: &mut egui::Ui,
    t: &Ui,
    guide: &Guide,
    dc: &DecisionCard,
    vote: Option<&RoomVote>,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(bold(tr!(t, "debrief-decision", number = dc.decision + 1)));
            if let Some(v) = vote {
                let split: Vec<String> = v
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{}: {c}", i + 1))
                    .collect();
                ui.label(
                    egui::RichText::new(tr!(
                        t,
                        "debrief-room-vote",
                        votes = split.join("  "),
                        followed = v.followed
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
        wrap::label(ui, tr!(t, "debrief-you-chose", choice = dc.chosen.as_str()));
        if let Some(f) = &dc.feedback {
            wrap::label(ui, bold(f));
        }
        for h in &dc.harms {
            ui.add_space(4.0);
            let (color, sym) = harm_mark(ui, h.kind);
            let line = tr!(
                t,
                "debrief-harm",
                mark = sym,
                kind = words::harm_label(t, h.kind),
                id = h.id.as_str(),
                title = h.title.as_str(),
                severity = h.severity
            );
            wrap::label(ui, egui::RichText::new(line).color(color).strong());
            wrap::label(ui, tr!(t, "debrief-why", why = h.why.as_str()));
            ui.label(bold(tr!(t, "debrief-guide-advises")));
            for g in &h.guidance {
                wrap::label(ui, format!("•  {}", g.text));
                let cite = citation(t, guide, &h.id, g);
                wrap::label(
                    ui,
                    egui::RichText::new(format!("    {} · {}", g.reference, cite)).small(),
                );
            }
        }
        if ui.button(tr!(t, "debrief-try-again")).clicked() {
            out.push(Action::Rewind(dc.decision));
        }
    });
}

/// One mark per decision: ✔ avoided, ✖ caused, · neither.
fn timeline(ui: &mut egui::Ui, t: &Ui, d: &Debrief) {
    ui.horizontal_wrapped(|ui| {
        for dc in &d.decisions {
            let caused = dc.harms.iter().any(|h| h.kind == HarmKind::Caused);
            let avoided = dc.harms.iter().any(|h| h.kind == HarmKind::Avoided);
            let (text, color) = match (caused, avoided) {
                (true, _) => {
                    let (c, s) = harm_mark(ui, HarmKind::Caused);
                    (format!("{} {s}", dc.decision + 1), c)
                }
                (false, true) => {
                    let (c, s) = harm_mark(ui, HarmKind::Avoided);
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
                .map(|h| {
                    tr!(
                        t,
                        "debrief-harm-short",
                        kind = words::harm_kind(t, h.kind),
                        id = h.id.as_str()
                    )
                })
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
    wrap::label(
        ui,
        egui::RichText::new(tr!(t, "debrief-timeline-key")).small(),
    );
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}
