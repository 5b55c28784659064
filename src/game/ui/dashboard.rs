//! The facilitator's dashboard: a workshop code for the room, results
//! collected from trainees' export files, the group's scores, the harms the
//! group caused most, how the room chose at each decision, the scenarios
//! nobody has played, a CSV export, and group play on a projector.

use super::theme::{self, bold, card, notice, subheading};
use super::{Page, UiPass, wrap};
use crate::game::actions::Action;
use crate::game::state::{FacilitatorReport, GroupPlay, LrsSend, LrsStatus, SavedProgress, Screen};
use crate::game::words;
use crate::i18n::Ui;
use crate::tr;
use crate::workshop::code::{CODE_MAX, CODE_MIN, new_code, normalise_code};
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
    lrs: Res<LrsSend>,
) -> Result {
    let lrs = lrs.status();
    page.show(Screen::Dashboard, |ui, t, out| {
        ui.heading(tr!(t, "dashboard-title"));
        before_the_session(ui, t, &mut state, out);
        during_the_session(ui, t, *group, out);
        after_the_session(ui, t, &mut state, out);
        for m in &report.messages {
            notice(ui, &m.show(t));
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(t, "dashboard-refresh")).clicked() {
                out.push(Action::RefreshReport {
                    workshop: state.workshop(),
                });
            }
            if report.report.is_some() && ui.button(tr!(t, "dashboard-export-csv")).clicked() {
                out.push(Action::ExportReportCsv { to: None });
            }
        });
        if report.report.is_some() {
            send_card(ui, t, &lrs, out);
        }
        if let Some(r) = &report.report {
            report_view(ui, t, r);
        }
    })
}

/// Sending the results to the programme's learning record store, with its
/// progress while the send runs on its own thread.
fn send_card(ui: &mut egui::Ui, t: &Ui, status: &LrsStatus, out: &mut Vec<Action>) {
    card(ui, |ui| {
        ui.label(bold(tr!(t, "lrs-title")));
        wrap::label(ui, egui::RichText::new(tr!(t, "lrs-explained")).small());
        let sending = matches!(status, LrsStatus::Sending(_));
        if ui
            .add_enabled(!sending, egui::Button::new(tr!(t, "lrs-send")))
            .clicked()
        {
            out.push(Action::SendToLrs);
        }
        match status {
            LrsStatus::Idle => {}
            LrsStatus::Sending(p) => {
                ui.add(egui::ProgressBar::new(if p.total == 0 {
                    1.0
                } else {
                    p.done as f32 / p.total as f32
                }));
                wrap::label(ui, tr!(t, "lrs-sending", done = p.done, total = p.total));
                if let Some(r) = &p.retrying {
                    wrap::label(
                        ui,
                        egui::RichText::new(tr!(
                            t,
                            "lrs-retrying",
                            seconds = r.wait.as_secs().max(1),
                            attempt = r.attempt,
                            tries = r.tries,
                            why = r.why.as_str()
                        ))
                        .small(),
                    );
                }
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(200));
            }
            LrsStatus::Done(s) => {
                wrap::label(
                    ui,
                    tr!(
                        t,
                        "lrs-done",
                        sent = s.sent,
                        already = s.already,
                        failed = s.failed,
                        total = s.total
                    ),
                );
                for p in &s.problems {
                    wrap::label(ui, egui::RichText::new(p.as_str()).small());
                }
            }
            LrsStatus::Stopped { reason, summary } => {
                notice(
                    ui,
                    &tr!(
                        t,
                        "lrs-stopped",
                        reason = reason.as_str(),
                        delivered = summary.delivered(),
                        total = summary.total
                    ),
                );
            }
            LrsStatus::NotConfigured(reason) => {
                notice(ui, &tr!(t, "lrs-not-configured", reason = reason.as_str()));
            }
        }
    });
}

/// What is wrong with a workshop code typed (the library's rule, the
/// interface's words), or None.
fn code_problem(t: &Ui, code: &str) -> Option<String> {
    crate::workshop::code::code_problem(code)?;
    let n = normalise_code(code);
    Some(if n.is_empty() {
        tr!(t, "code-missing")
    } else if !n.chars().all(|c| c.is_ascii_alphanumeric()) {
        tr!(t, "code-characters")
    } else {
        tr!(
            t,
            "code-length",
            min = CODE_MIN,
            max = CODE_MAX,
            count = n.chars().count()
        )
    })
}

fn before_the_session(
    ui: &mut egui::Ui,
    t: &Ui,
    state: &mut DashboardState,
    out: &mut Vec<Action>,
) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "dashboard-before"));
        wrap::label(ui, tr!(t, "dashboard-before-intro"));
        ui.horizontal_wrapped(|ui| {
            wrap::label(ui, tr!(t, "dashboard-code"));
            ui.add(egui::TextEdit::singleline(&mut state.code).desired_width(140.0));
            if ui.button(tr!(t, "dashboard-new-code")).clicked() {
                state.code = new_code();
            }
            if ui.button(tr!(t, "dashboard-use-code")).clicked() {
                out.push(Action::Workshop(Some(state.code.clone())));
            }
        });
        if let Some(problem) = state.workshop().and_then(|c| code_problem(t, &c)) {
            notice(ui, &problem);
        }
    });
}

fn during_the_session(ui: &mut egui::Ui, t: &Ui, group: GroupPlay, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "dashboard-during"));
        let mut on = group.0;
        if ui
            .checkbox(&mut on, tr!(t, "dashboard-group-play"))
            .changed()
        {
            out.push(Action::GroupPlay(on));
        }
        wrap::label(
            ui,
            egui::RichText::new(tr!(t, "dashboard-group-play-hint")).small(),
        );
    });
}

fn after_the_session(ui: &mut egui::Ui, t: &Ui, state: &mut DashboardState, out: &mut Vec<Action>) {
    card(ui, |ui| {
        subheading(ui, tr!(t, "dashboard-after"));
        wrap::label(ui, tr!(t, "dashboard-after-intro"));
        ui.horizontal_wrapped(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut state.import_path)
                    .hint_text(tr!(t, "dashboard-import-hint"))
                    .desired_width(460.0),
            );
            if ui.button(tr!(t, "dashboard-import")).clicked() {
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

fn report_view(ui: &mut egui::Ui, t: &Ui, r: &GroupReport) {
    subheading(
        ui,
        match &r.workshop {
            Some(c) => tr!(
                t,
                "dashboard-report-workshop",
                code = c.as_str(),
                trainees = r.trainees,
                attempts = r.attempts
            ),
            None => tr!(
                t,
                "dashboard-report-all",
                trainees = r.trainees,
                attempts = r.attempts
            ),
        },
    );
    if r.attempts == 0 {
        wrap::label(ui, tr!(t, "dashboard-no-results"));
    }
    harms_caused(ui, t, r);
    scores(ui, t, r);
    decisions(ui, t, r);
    if !r.not_played.is_empty() {
        card(ui, |ui| {
            ui.label(bold(tr!(t, "dashboard-not-played")));
            for s in &r.not_played {
                ui.label(format!("•  {}", s.title));
            }
        });
    }
    journeys(ui, t, r);
    trainees(ui, t, r);
}

/// The case journeys played across trainees, each as its chain of stages.
fn journeys(ui: &mut egui::Ui, t: &Ui, r: &GroupReport) {
    if r.journeys.is_empty() {
        return;
    }
    card(ui, |ui| {
        ui.label(bold(tr!(t, "report-journeys")));
        for j in &r.journeys {
            let (head, lines) = crate::workshop::report::journey_lines(j, t);
            ui.add_space(4.0);
            wrap::label(ui, bold(head));
            for (i, line) in lines.iter().enumerate() {
                let arrow = if i == 0 { "   " } else { "➡ " };
                wrap::label(ui, format!("{arrow}{line}"));
            }
        }
    });
}

/// The harms the group caused most, as bars.
fn harms_caused(ui: &mut egui::Ui, t: &Ui, r: &GroupReport) {
    let caused: Vec<_> = r.harms.iter().filter(|h| h.caused > 0).take(10).collect();
    if !caused.is_empty() {
        card(ui, |ui| {
            ui.label(bold(tr!(t, "dashboard-harms-caused")));
            let max = caused.iter().map(|h| h.caused).max().unwrap_or(1).max(1);
            for h in caused {
                ui.horizontal(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(300.0, 20.0),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_width(300.0);
                            ui.add(egui::Label::new(format!("{} {}", h.id, h.title)).truncate());
                        },
                    );
                    let (caused, _) = theme::harm_mark(ui, crate::sim::engine::HarmKind::Caused);
                    theme::fill_bar(
                        ui,
                        egui::vec2(180.0, 14.0),
                        h.caused as f32 / max as f32,
                        caused,
                    );
                    wrap::label(
                        ui,
                        tr!(
                            t,
                            "dashboard-caused-avoided",
                            caused = h.caused,
                            avoided = h.avoided
                        ),
                    );
                });
            }
        });
    }
}

/// Attempts and scores per scenario.
fn scores(ui: &mut egui::Ui, t: &Ui, r: &GroupReport) {
    if !r.scenarios.is_empty() {
        card(ui, |ui| {
            ui.label(bold(tr!(t, "dashboard-scores")));
            egui::Grid::new("scenario-stats")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in [
                        tr!(t, "dashboard-col-scenario"),
                        tr!(t, "dashboard-col-attempts"),
                        tr!(t, "dashboard-col-mean"),
                        tr!(t, "dashboard-col-lowest"),
                        tr!(t, "dashboard-col-highest"),
                    ] {
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
fn decisions(ui: &mut egui::Ui, t: &Ui, r: &GroupReport) {
    if !r.decisions.is_empty() {
        card(ui, |ui| {
            ui.label(bold(tr!(t, "dashboard-decisions")));
            for dstat in &r.decisions {
                egui::CollapsingHeader::new(tr!(
                    t,
                    "dashboard-decision",
                    scenario = dstat.scenario_title.as_str(),
                    node = dstat.node.as_str(),
                    count = dstat.taken
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
fn trainees(ui: &mut egui::Ui, t: &Ui, r: &GroupReport) {
    if !r.rows.is_empty() {
        card(ui, |ui| {
            egui::CollapsingHeader::new(bold(tr!(t, "dashboard-trainees", count = r.rows.len())))
                .id_salt("trainees")
                .default_open(r.rows.len() <= 40)
                .show(ui, |ui| {
                    egui::Grid::new("trainees")
                        .striped(true)
                        .num_columns(5)
                        .show(ui, |ui| {
                            for h in [
                                tr!(t, "dashboard-col-trainee"),
                                tr!(t, "dashboard-col-role"),
                                tr!(t, "dashboard-col-scenario"),
                                tr!(t, "dashboard-col-score"),
                                tr!(t, "dashboard-col-ending"),
                            ] {
                                ui.label(bold(h));
                            }
                            ui.end_row();
                            for row in &r.rows {
                                ui.label(&row.trainee);
                                ui.label(words::role(t, row.role));
                                ui.label(&row.scenario_title);
                                ui.label(format!("{}", row.score.overall));
                                wrap::label(
                                    ui,
                                    tr!(
                                        t,
                                        "dashboard-ending",
                                        ending = row.ending.title.as_str(),
                                        tone = words::tone(t, row.ending.tone)
                                    ),
                                );
                                ui.end_row();
                            }
                        });
                });
        });
    }
}
