//! Case journeys on screen: the journeys offered in the scenario browser,
//! the handover before each stage (who you are now, and what the
//! responder before you passed on), the way on from a stage's debrief, and
//! the debrief of the whole journey (each stage's score and ending, the
//! total, and the chains from a harm at one stage to a harm at a later one).

use super::theme::{bold, card, subheading, wide_button};
use super::{Page, UiPass, wrap};
use crate::case::CheckedCase;
use crate::game::actions::Action;
use crate::game::journey::Journeys;
use crate::game::state::{LiveLibrary, Screen};
use crate::game::words;
use crate::i18n::{Ui, names};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            draw_handover
                .run_if(in_state(Screen::Handover))
                .in_set(UiPass::Screen),
            draw_journey
                .run_if(in_state(Screen::Journey))
                .in_set(UiPass::Screen),
        ),
    );
}

/// The journeys in the scenario browser: one card each, with its stages
/// and roles and a button to start it.
pub(super) fn cases_section(
    ui: &mut egui::Ui,
    t: &Ui,
    journeys: &Journeys,
    handover_file: &mut String,
    out: &mut Vec<Action>,
) {
    subheading(ui, tr!(t, "journey-section"));
    wrap::label(ui, tr!(t, "journey-section-explained"));
    // A journey handed over by another trainee, as a file.
    card(ui, |ui| {
        wrap::label(ui, tr!(t, "journey-from-file"));
        ui.horizontal_wrapped(|ui| {
            ui.add(egui::TextEdit::singleline(handover_file).desired_width(360.0));
            let path = handover_file.trim();
            if ui.button(tr!(t, "journey-from-file-button")).clicked() && !path.is_empty() {
                out.push(Action::ContinueFromHandover {
                    file: std::path::PathBuf::from(path),
                });
            }
        });
        if let Some(m) = &journeys.message {
            wrap::label(ui, m.show(t));
        }
    });
    let Some(cases) = &journeys.cases else {
        wrap::label(
            ui,
            egui::RichText::new(tr!(t, "journey-checking")).italics(),
        );
        return;
    };
    if cases.cases.is_empty() {
        wrap::label(ui, tr!(t, "journey-none"));
        return;
    }
    for case in &cases.cases {
        card(ui, |ui| {
            wrap::label(ui, bold(&case.case.title).size(18.0));
            wrap::label(ui, &case.case.summary);
            wrap::label(ui, egui::RichText::new(stages_line(t, case)).small());
            if ui.button(bold(tr!(t, "journey-start"))).clicked() {
                out.push(Action::StartCase {
                    case: case.id().to_string(),
                    seed: None,
                });
            }
        });
    }
}

/// "1. Labour inspector ➡ 2. Shelter staff ➡ ..."
fn stages_line(t: &Ui, case: &CheckedCase) -> String {
    case.case
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            tr!(
                t,
                "journey-stage-role",
                number = i + 1,
                role = names::role(t, s.role)
            )
        })
        .collect::<Vec<_>>()
        .join("  ➡  ")
}

fn draw_handover(
    mut page: Page,
    journeys: Res<Journeys>,
    live: Res<LiveLibrary>,
    saved: Res<crate::game::state::SavedProgress>,
    mut next_trainee: Local<String>,
) -> Result {
    let trainee = saved.progress.trainee.as_ref().map(|t| t.name.clone());
    page.show(Screen::Handover, |ui, t, out| {
        handover(ui, t, &journeys, &live, out);
        if journeys.run.as_ref().is_some_and(|r| r.current().index > 0) {
            take_over(ui, t, &journeys, trainee.as_deref(), &mut next_trainee, out);
        }
    })
}

/// Who played the stages before, and another trainee taking over on this
/// laptop.
fn take_over(
    ui: &mut egui::Ui,
    t: &Ui,
    journeys: &Journeys,
    trainee: Option<&str>,
    next: &mut String,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "journey-played-by"));
        for p in &journeys.played_by {
            let line = tr!(
                t,
                "journey-played-by-stage",
                number = p.stage,
                trainee = p.trainee.as_str(),
                role = names::role(t, p.role)
            );
            wrap::label(ui, line);
        }
        if let Some(name) = trainee {
            wrap::label(ui, tr!(t, "journey-now-playing", name = name));
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!(t, "journey-next-trainee"));
            ui.add(egui::TextEdit::singleline(next).desired_width(200.0));
            if ui.button(tr!(t, "journey-take-over")).clicked() && !next.trim().is_empty() {
                out.push(Action::SwitchTrainee {
                    name: std::mem::take(next),
                });
            }
        });
    });
}

/// Before a stage: the case (for the first), who the trainee is now, what
/// they are handed, and the stage's own content notes.
fn handover(
    ui: &mut egui::Ui,
    t: &Ui,
    journeys: &Journeys,
    live: &LiveLibrary,
    out: &mut Vec<Action>,
) {
    let Some(run) = &journeys.run else {
        wrap::label(ui, tr!(t, "journey-not-started"));
        if ui.button(tr!(t, "notes-back")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    let case = run.case();
    let stage = run.current();
    let total = case.case.stages.len();
    let role = case.case.stages[stage.index].role;
    ui.heading(&case.case.title);
    if stage.index == 0 {
        wrap::label(ui, &case.case.summary);
        if !case.case.content_notes.is_empty() {
            card(ui, |ui| {
                subheading(ui, tr!(t, "notes-title"));
                for n in &case.case.content_notes {
                    wrap::label(ui, format!("•  {n}"));
                }
                wrap::label(ui, tr!(t, "notes-care"));
            });
        }
    }
    subheading(
        ui,
        tr!(
            t,
            "journey-stage-of",
            number = stage.index + 1,
            total = total,
            role = names::role(t, role)
        ),
    );
    let scenario = live.library.get(stage.session.checked().id());
    if let Some(s) = scenario {
        wrap::label(ui, bold(&s.scenario().title));
    }
    if stage.index > 0 {
        card(ui, |ui| {
            subheading(ui, tr!(t, "journey-handed"));
            if stage.handover.is_empty() {
                wrap::label(ui, tr!(t, "journey-handed-nothing"));
            }
            for line in &stage.handover {
                wrap::label(ui, format!("•  {line}"));
            }
            wrap::label(
                ui,
                egui::RichText::new(tr!(t, "journey-handed-partial")).small(),
            );
        });
    }
    if let Some(s) = scenario
        && !s.scenario().content_notes.is_empty()
    {
        let notes = s.scenario().content_notes.join("; ");
        wrap::label(
            ui,
            egui::RichText::new(tr!(t, "browser-content-notes", notes = notes)).small(),
        );
    }
    ui.add_space(8.0);
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        if ui.button(bold(tr!(t, "journey-begin-stage"))).clicked() || enter {
            out.push(Action::BeginStage);
        }
        if ui.button(tr!(t, "journey-leave")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
    });
}

/// Under a stage's debrief: hand over to the next stage, or see the whole
/// journey after the last.
pub(super) fn after_stage(ui: &mut egui::Ui, t: &Ui, journeys: &Journeys, out: &mut Vec<Action>) {
    let Some(run) = &journeys.run else { return };
    ui.add_space(6.0);
    if run.is_ended() {
        if wide_button(ui, bold(tr!(t, "journey-see-whole"))).clicked() {
            out.push(Action::FinishJourney);
        }
    } else {
        let next = run.case().case.stages[run.current().index].role;
        let text = tr!(t, "journey-hand-over", role = names::role(t, next));
        if wide_button(ui, bold(text)).clicked() {
            out.push(Action::Go(Screen::Handover));
        }
        // Or to a trainee on another laptop, as a file.
        if ui.button(tr!(t, "journey-save-handover")).clicked() {
            out.push(Action::SaveHandover { folder: None });
        }
        if let Some(m) = &journeys.message {
            wrap::label(ui, m.show(t));
        }
    }
}

fn draw_journey(mut page: Page, journeys: Res<Journeys>) -> Result {
    page.show(Screen::Journey, |ui, t, out| journey(ui, t, &journeys, out))
}

/// The debrief of the whole journey.
fn journey(ui: &mut egui::Ui, t: &Ui, journeys: &Journeys, out: &mut Vec<Action>) {
    let Some(d) = &journeys.debrief else {
        wrap::label(ui, tr!(t, "journey-no-debrief"));
        if ui.button(tr!(t, "notes-back")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    ui.heading(tr!(t, "journey-debrief-title", title = d.title.as_str()));
    card(ui, |ui| {
        let score = if d.score.estimate {
            tr!(t, "journey-total-estimate", score = d.score.overall)
        } else {
            tr!(t, "journey-total", score = d.score.overall)
        };
        wrap::label(ui, bold(score).size(20.0));
        wrap::label(
            ui,
            egui::RichText::new(tr!(t, "journey-total-explained")).small(),
        );
    });
    subheading(ui, tr!(t, "journey-stages"));
    for s in &d.stages {
        card(ui, |ui| {
            let head = tr!(
                t,
                "journey-stage-score",
                number = s.stage,
                role = names::role(t, s.role),
                title = s.debrief.title.as_str(),
                score = s.debrief.score.overall
            );
            wrap::label(ui, bold(head));
            if let Some(e) = &s.debrief.ending {
                wrap::label(ui, format!("{}: {}", words::outcome(t, e.tone), e.title));
            }
            let caused = s
                .debrief
                .decisions
                .iter()
                .flat_map(|dc| &dc.harms)
                .filter(|h| h.kind == crate::sim::engine::HarmKind::Caused)
                .map(|h| h.id.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>();
            if !caused.is_empty() {
                let list = caused.join(", ");
                wrap::label(ui, tr!(t, "journey-stage-caused", harms = list));
            }
        });
    }
    subheading(ui, tr!(t, "journey-chains"));
    if d.chains.is_empty() {
        wrap::label(ui, tr!(t, "journey-no-chains"));
    }
    for c in &d.chains {
        card(ui, |ui| {
            let link = tr!(
                t,
                "journey-chain",
                from = c.from.as_str(),
                from_stage = c.from_stage,
                to = c.to.as_str(),
                to_stage = c.to_stage
            );
            // Not bold: the bold face has no ➡.
            wrap::label(ui, egui::RichText::new(link).strong());
            wrap::label(ui, &c.text);
        });
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(bold(tr!(t, "journey-again"))).clicked() {
            out.push(Action::StartCase {
                case: d.case.clone(),
                seed: None,
            });
        }
        if ui.button(tr!(t, "debrief-back")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
    });
}
