//! The facilitator's dashboard: a workshop code for the room, results
//! collected from trainees' export files, the group's scores, the harms the
//! group caused most, how the room chose at each decision, the scenarios
//! nobody has played, a CSV export, and group play on a projector.

use super::theme::{self, bold, card, notice, subheading};
use super::{Page, UiPass};
use crate::game::actions::Action;
use crate::game::state::{FacilitatorReport, GroupPlay, SavedProgress, Screen};
use crate::workshop::code::{code_problem, new_code};
use crate::workshop::report::GroupReport;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};
use std::path::PathBuf;

/// The workshop code and the import path being typed.
#[derive(Resource, Default)]
struct DashboardState {
    code: String,
    import_path: String,
}

impl DashboardState {
    /// The code typed, if any: the workshop the report is for.
    fn workshop(&self) -> Option<String> {
        Some(self.code.trim().to_string()).filter(|c| !c.is_empty())
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DashboardState>()
        .add_systems(OnEnter(Screen::Dashboard), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Dashboard))
                .in_set(UiPass::Screen),
        );
}

/// Start from the workshop code in use, and build its report afresh.
fn reset(
    mut state: ResMut<DashboardState>,
    saved: Res<SavedProgress>,
    mut actions: MessageWriter<Action>,
) {
    *state = DashboardState {
        code: saved.progress.workshop.clone().unwrap_or_default(),
        import_path: String::new(),
    };
    actions.write(Action::RefreshReport {
        workshop: state.workshop(),
    });
}

fn draw(
    mut page: Page,
    report: Res<FacilitatorReport>,
    group: Res<GroupPlay>,
    mut state: ResMut<DashboardState>,
) -> Result {
    page.show(Screen::Dashboard, |ui, out| {
        ui.heading("Facilitator");
        before_the_session(ui, &mut state, out);
        during_the_session(ui, *group, out);
        after_the_session(ui, &mut state, out);
        for m in &report.messages {
            notice(ui, m);
        }
        ui.horizontal(|ui| {
            if ui.button("Refresh the report").clicked() {
                out.push(Action::RefreshReport {
                    workshop: state.workshop(),
                });
            }
            if report.report.is_some() && ui.button("Export the report as CSV").clicked() {
                out.push(Action::ExportReportCsv { to: None });
            }
        });
        if let Some(r) = &report.report {
            report_view(ui, r);
        }
    })
}

fn before_the_session(ui: &mut egui::Ui, state: &mut DashboardState, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, "1. Before the session: a code for the room");
        ui.label("Give the room a short code. Everyone who enters it meets the same person and events, and their results carry the code.");
        ui.horizontal(|ui| {
            ui.label("Workshop code");
            ui.add(egui::TextEdit::singleline(&mut state.code).desired_width(140.0));
            if ui.button("New code").clicked() {
                state.code = new_code();
            }
            if ui.button("Use on this computer too").clicked() {
                out.push(Action::Workshop(Some(state.code.clone())));
            }
        });
        if let Some(problem) = state.workshop().as_deref().and_then(code_problem) {
            notice(ui, &problem);
        }
    });
}

fn during_the_session(ui: &mut egui::Ui, group: GroupPlay, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, "2. During the session: group play on a projector");
        let mut on = group.0;
        if ui.checkbox(&mut on, "Group play: at each decision, enter the room's votes and follow the majority or your pick").changed() {
            out.push(Action::GroupPlay(on));
        }
        ui.label(egui::RichText::new("Then start a scenario from Scenarios; the debrief shows how the room split at each decision.").small());
    });
}

fn after_the_session(ui: &mut egui::Ui, state: &mut DashboardState, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, "3. After the session: collect the results");
        ui.label("Each trainee exports their results (Settings, Export my results) to a file on a USB stick or a shared folder. Import the files or the whole folder here.");
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut state.import_path)
                    .hint_text("folder or file, e.g. /media/usb/results")
                    .desired_width(360.0),
            );
            if ui.button("Import").clicked() {
                let path = state.import_path.trim();
                out.push(Action::ImportResults {
                    paths: if path.is_empty() {
                        vec![]
                    } else {
                        vec![PathBuf::from(path)]
                    },
                    workshop: state.workshop(),
                });
            }
        });
    });
}

fn report_view(ui: &mut egui::Ui, r: &GroupReport) {
    subheading(
        ui,
        match &r.workshop {
            Some(c) => format!(
                "Workshop {c}: {} trainee(s), {} attempt(s)",
                r.trainees, r.attempts
            ),
            None => format!(
                "All results: {} trainee(s), {} attempt(s)",
                r.trainees, r.attempts
            ),
        },
    );
    if r.attempts == 0 {
        ui.label("No results yet for this code.");
    }
    harms_caused(ui, r);
    scores(ui, r);
    decisions(ui, r);
    if !r.not_played.is_empty() {
        card(ui, |ui| {
            ui.label(bold("Scenarios nobody has played yet"));
            for s in &r.not_played {
                ui.label(format!("•  {}", s.title));
            }
        });
    }
    trainees(ui, r);
}

/// The harms the group caused most, as bars.
fn harms_caused(ui: &mut egui::Ui, r: &GroupReport) {
    let caused: Vec<_> = r.harms.iter().filter(|h| h.caused > 0).take(10).collect();
    if !caused.is_empty() {
        card(ui, |ui| {
            ui.label(bold("The harms the group caused most"));
            let max = caused.iter().map(|h| h.caused).max().unwrap_or(1).max(1);
            for h in caused {
                ui.horizontal(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(330.0, 20.0),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_width(330.0);
                            ui.add(egui::Label::new(format!("{} {}", h.id, h.title)).truncate());
                        },
                    );
                    let (caused, _, _) = theme::harm_mark(ui, crate::sim::engine::HarmKind::Caused);
                    theme::fill_bar(
                        ui,
                        egui::vec2(260.0, 14.0),
                        h.caused as f32 / max as f32,
                        caused,
                    );
                    ui.label(format!("✖ {} caused · ✔ {} avoided", h.caused, h.avoided));
                });
            }
        });
    }
}

/// Attempts and scores per scenario.
fn scores(ui: &mut egui::Ui, r: &GroupReport) {
    if !r.scenarios.is_empty() {
        card(ui, |ui| {
            ui.label(bold("Scores by scenario"));
            egui::Grid::new("scenario-stats")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in ["Scenario", "Attempts", "Mean", "Lowest", "Highest"] {
                        ui.label(bold(h));
                    }
                    ui.end_row();
                    for st in &r.scenarios {
                        ui.label(&st.title);
                        ui.label(format!("{}", st.attempts));
                        ui.label(format!("{:.0}", st.mean));
                        ui.label(format!("{}", st.min));
                        ui.label(format!("{}", st.max));
                        ui.end_row();
                    }
                });
        });
    }
}

/// How the group chose at each decision.
fn decisions(ui: &mut egui::Ui, r: &GroupReport) {
    if !r.decisions.is_empty() {
        card(ui, |ui| {
            ui.label(bold("How the group chose at each decision"));
            for dstat in &r.decisions {
                egui::CollapsingHeader::new(format!(
                    "{}: decision at `{}` ({} took it)",
                    dstat.scenario_title, dstat.node, dstat.taken
                ))
                .id_salt((&dstat.scenario, &dstat.node))
                .show(ui, |ui| {
                    for c in &dstat.choices {
                        let mut marks = Vec::new();
                        if !c.causes.is_empty() {
                            marks.push(format!("✖ {}", c.causes.join(", ")));
                        }
                        if !c.avoids.is_empty() {
                            marks.push(format!("✔ {}", c.avoids.join(", ")));
                        }
                        ui.label(format!(
                            "{:>3} ×  {}   {}",
                            c.count,
                            c.text,
                            marks.join("  ")
                        ));
                    }
                });
            }
        });
    }
}

/// Each attempt: trainee, role, scenario, score, ending.
fn trainees(ui: &mut egui::Ui, r: &GroupReport) {
    if !r.rows.is_empty() {
        card(ui, |ui| {
            egui::CollapsingHeader::new(bold(format!(
                "Trainees and scores ({} attempts)",
                r.rows.len()
            )))
            .default_open(r.rows.len() <= 40)
            .show(ui, |ui| {
                egui::Grid::new("trainees")
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        for h in ["Trainee", "Role", "Scenario", "Score", "Ending"] {
                            ui.label(bold(h));
                        }
                        ui.end_row();
                        for row in &r.rows {
                            ui.label(&row.trainee);
                            ui.label(row.role.title());
                            ui.label(&row.scenario_title);
                            ui.label(format!("{}", row.score.overall));
                            ui.label(format!("{} ({:?})", row.ending.title, row.ending.tone));
                            ui.end_row();
                        }
                    });
            });
        });
    }
}
