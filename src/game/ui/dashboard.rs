//! The facilitator's dashboard: a workshop code for the room, results
//! collected from trainees' export files, the group's scores, the harms the
//! group caused most, how the room chose at each decision, the scenarios
//! nobody has played, a CSV export, and group play on a projector.

use super::theme::{self, bold, card, notice, subheading};
use super::{UiState, View};
use crate::game::core::Action;
use crate::workshop::records::{self, load_all};
use crate::workshop::report::{GroupReport, render_csv};
use bevy_egui::egui;

/// The dashboard's own state: the report is built on demand, not per frame.
#[derive(Default)]
pub struct DashboardState {
    pub code: String,
    pub import_path: String,
    pub report: Option<GroupReport>,
    /// Files that could not be read, and other messages.
    pub messages: Vec<String>,
    pub loaded_once: bool,
}

impl DashboardState {
    /// Build the report from the data folder's records.
    pub fn refresh(&mut self, view: &View) {
        self.loaded_once = true;
        let Some(dir) = &view.store.dir else {
            self.messages = vec!["Results are not being saved in this session.".into()];
            return;
        };
        let all = load_all(dir);
        let code = Some(self.code.trim()).filter(|c| !c.is_empty());
        self.report = Some(GroupReport::build(
            &all.records,
            code,
            Some(&view.catalog.library),
        ));
        self.messages = all
            .skipped
            .iter()
            .map(|s| format!("Not read: {s}"))
            .collect();
    }
}

pub fn dashboard(ui: &mut egui::Ui, view: &View, state: &mut UiState, out: &mut Vec<Action>) {
    ui.heading("Facilitator");
    let d = &mut state.dashboard;
    if !d.loaded_once {
        if let Some(c) = &view.store.progress.workshop {
            d.code = c.clone();
        }
        d.refresh(view);
    }
    card(ui, |ui| {
        subheading(ui, "1. Before the session: a code for the room");
        ui.label("Give the room a short code. Everyone who enters it meets the same person and events, and their results carry the code.");
        ui.horizontal(|ui| {
            ui.label("Workshop code");
            ui.add(egui::TextEdit::singleline(&mut d.code).desired_width(140.0));
            if ui.button("New code").clicked() {
                d.code = crate::workshop::code::new_code();
            }
            if ui.button("Use on this computer too").clicked() {
                out.push(Action::Workshop(Some(d.code.clone())));
            }
        });
        if let Some(problem) = Some(d.code.trim())
            .filter(|c| !c.is_empty())
            .and_then(crate::workshop::code::code_problem)
        {
            notice(ui, &problem);
        }
    });
    card(ui, |ui| {
        subheading(ui, "2. During the session: group play on a projector");
        ui.checkbox(&mut state.group.enabled, "Group play: at each decision, enter the room's votes and follow the majority or your pick");
        ui.label(egui::RichText::new("Then start a scenario from Scenarios; the debrief shows how the room split at each decision.").small());
    });
    card(ui, |ui| {
        subheading(ui, "3. After the session: collect the results");
        ui.label("Each trainee exports their results (Settings, Export my results) to a file on a USB stick or a shared folder. Import the files or the whole folder here.");
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut d.import_path).hint_text("folder or file, e.g. /media/usb/results").desired_width(360.0));
            if ui.button("Import").clicked()
                && let Some(dir) = &view.store.dir {
                    let path = d.import_path.trim().to_string();
                    if path.is_empty() {
                        d.messages = vec!["Type the path of a results file or folder first.".into()];
                    } else {
                        let r = records::import_into(dir, &[path.as_str()]);
                        d.refresh(view);
                        d.messages.insert(
                            0,
                            format!(
                                "Imported {} new result(s) from {} file(s); {} already here, {} duplicate(s), {} skipped.",
                                r.imported,
                                r.files,
                                r.already,
                                r.duplicates,
                                r.skipped.len()
                            ),
                        );
                        d.messages.extend(r.skipped.iter().map(|s| format!("Skipped: {s}")));
                    }
                }
        });
    });
    for m in &d.messages {
        notice(ui, m);
    }
    ui.horizontal(|ui| {
        if ui.button("Refresh the report").clicked() {
            d.refresh(view);
        }
        if let (Some(report), Some(dir)) = (&d.report, &view.store.dir)
            && ui.button("Export the report as CSV").clicked()
        {
            let name = format!(
                "report-{}-{}.csv",
                report.workshop.as_deref().unwrap_or("all"),
                &crate::save::progress::now_rfc3339()[..10]
            );
            let path = dir.join("reports").join(name);
            let msg = match crate::save::files::write_atomic(&path, render_csv(report).as_bytes()) {
                Ok(()) => format!("Report saved as {}", path.display()),
                Err(e) => format!("The report could not be saved: {e}"),
            };
            d.messages = vec![msg];
        }
    });
    let Some(report) = &d.report else { return };
    report_view(ui, report);
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
    if !r.not_played.is_empty() {
        card(ui, |ui| {
            ui.label(bold("Scenarios nobody has played yet"));
            for s in &r.not_played {
                ui.label(format!("•  {}", s.title));
            }
        });
    }
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
