//! The play screen: where and who, the scene, the choices (number keys
//! pick them), the person's trust, safety and wellbeing, coaching in coach
//! mode, pause and stop, and the room's votes in group play.

use super::theme::{self, bold, card, harm_mark, meter, notice, wide_button};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{GroupPlay, LiveLibrary, Play, Screen};
use crate::game::words;
use crate::i18n::Ui;
use crate::sim::engine::Session;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

/// The room's votes being typed in group play.
#[derive(Resource, Default)]
struct VoteState {
    /// Vote counts being typed, per choice number.
    counts: Vec<String>,
    /// The decision the counts are for.
    decision: usize,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<VoteState>()
        .add_systems(OnEnter(Screen::Play), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Play)).in_set(UiPass::Screen),
        );
}

fn reset(mut votes: ResMut<VoteState>) {
    *votes = VoteState::default();
}

fn draw(
    mut page: Page,
    play: Res<Play>,
    live: Res<LiveLibrary>,
    group: Res<GroupPlay>,
    mut votes: ResMut<VoteState>,
) -> Result {
    let group = group.0.then_some(&mut *votes);
    page.show(Screen::Play, |ui, t, out| {
        let Some(session) = &play.session else {
            wrap::label(ui, tr!(t, "play-none"));
            return;
        };
        if header(ui, t, session, &play, &live, out) {
            scene(ui, t, session, &play, &live, group, out);
        }
    })
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

/// Where and who, the meters, and pause and stop. False when paused: the
/// scene is hidden.
fn header(
    ui: &mut egui::Ui,
    t: &Ui,
    session: &Session,
    play: &Play,
    live: &LiveLibrary,
    out: &mut Vec<Action>,
) -> bool {
    let sc = session.checked().scenario();
    let paused = play.paused;
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
        if live.is_draft(&sc.id) {
            theme::draft_mark(ui, t);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!(t, "play-stop"))
                .on_hover_text(tr!(t, "play-stop-hint"))
                .clicked()
            {
                out.push(Action::Stop);
            }
            if ui.button(tr!(t, "play-pause")).clicked() {
                out.push(Action::Pause(true));
            }
        });
    });
    if let Some(node) = &play.from_map {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(tr!(t, "play-test-run", node = node.as_str())).italics());
            if ui.button(bold(tr!(t, "play-back-to-map"))).clicked() {
                out.push(Action::Stop);
            }
        });
    }
    let mut whereabouts = Vec::new();
    if !sc.setting.is_empty() {
        whereabouts.push(sc.setting.clone());
    }
    if !session.profile_label().is_empty() {
        whereabouts.push(tr!(t, "play-person", person = session.profile_label()));
    }
    whereabouts.push(tr!(
        t,
        "play-decision",
        number = session.decision_count() + 1
    ));
    wrap::label(ui, egui::RichText::new(whereabouts.join("  ·  ")).small());
    let [trust, safety, wellbeing] = session.meters();
    ui.horizontal(|ui| {
        meter(ui, &tr!(t, "play-trust", value = trust), trust);
        meter(ui, &tr!(t, "play-safety", value = safety), safety);
        meter(ui, &tr!(t, "play-wellbeing", value = wellbeing), wellbeing);
    });
    ui.separator();

    if paused {
        card(ui, |ui| {
            theme::subheading(ui, tr!(t, "play-paused"));
            wrap::label(ui, tr!(t, "play-paused-text"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(bold(tr!(t, "play-resume"))).clicked() {
                    out.push(Action::Pause(false));
                }
                if ui.button(tr!(t, "play-stop-home")).clicked() {
                    out.push(Action::Stop);
                }
            });
        });
        return false;
    }
    true
}

/// The coach's note, the scene, the choices, and the room's votes in group
/// play (`group`: the votes being typed).
fn scene(
    ui: &mut egui::Ui,
    t: &Ui,
    session: &Session,
    play: &Play,
    live: &LiveLibrary,
    group: Option<&mut VoteState>,
    out: &mut Vec<Action>,
) {
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if let Some(fb) = &play.feedback {
        card(ui, |ui| {
            ui.label(bold(tr!(t, "play-coach")));
            for h in &fb.harms {
                let (color, sym) = harm_mark(ui, h.kind);
                let title = live
                    .guide()
                    .harm(&h.id)
                    .map(|x| x.title.as_str())
                    .unwrap_or("");
                let line = tr!(
                    t,
                    "play-coach-harm",
                    mark = sym,
                    kind = words::harm_label(t, h.kind),
                    id = h.id.as_str(),
                    title = title
                );
                wrap::label(ui, egui::RichText::new(line).color(color));
            }
            if let Some(text) = &fb.text {
                wrap::label(ui, text);
            }
        });
    }

    let id = session.checked().id();
    for beat in session.beats() {
        if !beat.speaker.is_empty() {
            ui.label(bold(&beat.speaker));
        }
        if live.is_english(id, &format!("{id}/node/{}/text", beat.node)) {
            theme::english_mark(ui, t);
        }
        wrap::label(ui, egui::RichText::new(&beat.text).size(17.0));
        ui.add_space(6.0);
    }
    if let Some(e) = &play.error {
        notice(ui, &e.show(t));
    }
    // A test run from the map ends here, not on the debrief.
    if play.from_map.is_some()
        && let Some(end) = session.ending()
    {
        card(ui, |ui| {
            ui.label(bold(tr!(
                t,
                "play-test-ending",
                title = end.title.as_str(),
                tone = words::tone(t, end.tone)
            )));
            if wide_button(ui, tr!(t, "play-back-to-map")).clicked() {
                out.push(Action::Stop);
            }
        });
    }
    ui.add_space(4.0);
    let choices = session.choices();
    let node = session.node_id();
    if choices
        .iter()
        .any(|c| live.is_english(id, &format!("{id}/node/{node}/choice/{}/text", c.index)))
    {
        theme::english_mark(ui, t);
    }
    for c in &choices {
        let key = NUMBER_KEYS.get(c.number - 1).copied();
        let pressed = !typing && key.is_some_and(|k| ui.input(|i| i.key_pressed(k)));
        if wide_button(ui, format!("{}   {}", c.number, c.text)).clicked()
            || (pressed && group.is_none())
        {
            out.push(Action::Choose(c.number));
        }
    }
    wrap::label(ui, egui::RichText::new(tr!(t, "play-number-keys")).small());

    if let Some(votes) = group {
        group_votes(ui, t, session.decision_count(), choices.len(), votes, out);
    }
}

fn group_votes(
    ui: &mut egui::Ui,
    t: &Ui,
    decision: usize,
    n: usize,
    g: &mut VoteState,
    out: &mut Vec<Action>,
) {
    if g.decision != decision || g.counts.len() != n {
        g.decision = decision;
        g.counts = vec![String::new(); n];
    }
    card(ui, |ui| {
        theme::subheading(ui, tr!(t, "play-room-vote"));
        wrap::label(ui, tr!(t, "play-room-vote-intro"));
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
                .add_enabled(
                    total > 0,
                    egui::Button::new(bold(tr!(t, "play-follow-majority"))),
                )
                .clicked()
            {
                out.push(Action::Vote {
                    counts: counts.clone(),
                    follow: None,
                });
            }
            for i in 0..n {
                if ui
                    .add_enabled(
                        total > 0,
                        egui::Button::new(tr!(t, "play-follow", number = i + 1)),
                    )
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
