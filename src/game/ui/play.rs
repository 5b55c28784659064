//! The play screen: where and who, the scene, the choices (number keys
//! pick them), the person's trust, safety and wellbeing, coaching in coach
//! mode, pause and stop, and the room's votes in group play.

use super::theme::{self, bold, card, harm_mark, meter, notice, wide_button};
use super::{UiState, View};
use crate::game::core::Action;
use bevy_egui::egui;

/// Group play on a projector: the facilitator enters the room's votes.
#[derive(Default)]
pub struct GroupState {
    pub enabled: bool,
    /// Vote counts being typed, per choice number.
    pub counts: Vec<String>,
    /// The decision the counts are for.
    pub decision: usize,
}

const NUMBER_KEYS: [egui::Key; 9] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
];

pub fn play(ui: &mut egui::Ui, view: &View, state: &mut UiState, out: &mut Vec<Action>) {
    let Some(session) = &view.play.session else {
        ui.label("No scenario is running.");
        return;
    };
    let sc = session.checked().scenario();
    let paused = view.play.paused;
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    let (esc, stop) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::Escape),
            i.key_pressed(egui::Key::S),
        )
    });
    if esc {
        out.push(Action::Pause(!paused));
    }
    if stop && !typing {
        out.push(Action::Stop);
    }

    // Where and who
    ui.horizontal_wrapped(|ui| {
        ui.label(bold(&sc.title).size(20.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Stop  (S)")
                .on_hover_text("Leave; your place is kept")
                .clicked()
            {
                out.push(Action::Stop);
            }
            if ui.button("Pause  (Esc)").clicked() {
                out.push(Action::Pause(true));
            }
        });
    });
    let mut whereabouts = Vec::new();
    if !sc.setting.is_empty() {
        whereabouts.push(sc.setting.clone());
    }
    if !session.profile_label().is_empty() {
        whereabouts.push(format!("Person: {}", session.profile_label()));
    }
    whereabouts.push(format!("Decision {}", session.steps().len() + 1));
    ui.label(egui::RichText::new(whereabouts.join("  ·  ")).small());
    let [t, s, w] = session.meters();
    ui.horizontal(|ui| {
        meter(ui, "Trust", t);
        meter(ui, "Safety", s);
        meter(ui, "Wellbeing", w);
    });
    ui.separator();

    if paused {
        card(ui, |ui| {
            theme::subheading(ui, "Paused");
            ui.label("Take the time you need. Your place is saved.");
            ui.horizontal(|ui| {
                if ui.button(bold("Resume  (Esc)")).clicked() {
                    out.push(Action::Pause(false));
                }
                if ui.button("Stop and return home  (S)").clicked() {
                    out.push(Action::Stop);
                }
            });
        });
        return;
    }

    if let Some(fb) = &view.play.feedback {
        card(ui, |ui| {
            ui.label(bold("Coach"));
            for h in &fb.harms {
                let (color, sym, word) = harm_mark(ui, h.kind);
                let title = view
                    .catalog
                    .guide()
                    .harm(&h.id)
                    .map(|x| x.title.as_str())
                    .unwrap_or("");
                ui.label(
                    egui::RichText::new(format!("{sym} {word}: {} {title}", h.id)).color(color),
                );
            }
            if let Some(text) = &fb.text {
                ui.label(text);
            }
        });
    }

    for beat in session.beats() {
        if !beat.speaker.is_empty() {
            ui.label(bold(&beat.speaker));
        }
        ui.label(egui::RichText::new(&beat.text).size(17.0));
        ui.add_space(6.0);
    }
    if let Some(e) = &view.play.error {
        notice(ui, e);
    }
    ui.add_space(4.0);
    let choices = session.choices();
    for c in &choices {
        let key = NUMBER_KEYS.get(c.number - 1).copied();
        let pressed = !typing && key.is_some_and(|k| ui.input(|i| i.key_pressed(k)));
        if wide_button(ui, format!("{}   {}", c.number, c.text)).clicked()
            || (pressed && !state.group.enabled)
        {
            out.push(Action::Choose(c.number));
        }
    }
    ui.label(egui::RichText::new("Press a number key to choose.").small());

    if state.group.enabled {
        group_votes(ui, session.steps().len(), choices.len(), state, out);
    }
}

fn group_votes(
    ui: &mut egui::Ui,
    decision: usize,
    n: usize,
    state: &mut UiState,
    out: &mut Vec<Action>,
) {
    let g = &mut state.group;
    if g.decision != decision || g.counts.len() != n {
        g.decision = decision;
        g.counts = vec![String::new(); n];
    }
    card(ui, |ui| {
        theme::subheading(ui, "Room vote");
        ui.label("Ask the room to vote, then enter how many chose each option.");
        ui.horizontal_wrapped(|ui| {
            for (i, c) in g.counts.iter_mut().enumerate() {
                ui.label(format!("{}:", i + 1));
                ui.add(egui::TextEdit::singleline(c).desired_width(40.0));
            }
        });
        let counts: Vec<u32> = g
            .counts
            .iter()
            .map(|c| c.trim().parse().unwrap_or(0))
            .collect();
        let total: u32 = counts.iter().sum();
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(total > 0, egui::Button::new(bold("Follow the majority")))
                .clicked()
            {
                out.push(Action::Vote {
                    counts: counts.clone(),
                    follow: None,
                });
            }
            for i in 0..n {
                if ui
                    .add_enabled(total > 0, egui::Button::new(format!("Follow {}", i + 1)))
                    .clicked()
                {
                    out.push(Action::Vote {
                        counts: counts.clone(),
                        follow: Some(i + 1),
                    });
                }
            }
        });
    });
}
