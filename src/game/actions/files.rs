//! The actions on result files: the facilitator's report (build, import,
//! CSV export), the trainee's export of their own results, and deleting
//! them. The file formats and rules live in [`crate::workshop`]; each
//! action keeps its outcome in a resource the screen shows.

use super::Game;
use crate::game::state::{Play, Screen};
use crate::save::progress::{Progress, now_rfc3339};
use crate::workshop::records;
use crate::workshop::report::{GroupReport, render_csv};
use std::path::{Path, PathBuf};

pub(super) fn refresh_report(g: &mut Game, workshop: Option<String>) {
    g.report.workshop = workshop;
    rebuild_report(g);
}

/// Build the report from the data folder's records; the messages become
/// the files that could not be read.
fn rebuild_report(g: &mut Game) {
    let Some(dir) = &g.saved.dir else {
        g.report.messages = vec![said!("files-not-saving")];
        return;
    };
    let all = records::load_all(dir);
    let report = &mut *g.report;
    report.report = Some(GroupReport::build(
        &all.records,
        report.workshop.as_deref(),
        Some(&g.library.library),
    ));
    report.messages = all
        .skipped
        .iter()
        .map(|s| said!("files-not-read", file = s.to_string()))
        .collect();
}

/// Send the results of the report's workshop (or all results) to the
/// learning record store, on a thread of its own that reports its progress
/// in [`LrsSend`](crate::game::state::LrsSend). Statement ids are stable, so
/// sending again after an interruption stores nothing twice.
pub(super) fn send_to_lrs(g: &mut Game) {
    use crate::game::state::LrsStatus;
    use crate::workshop::{lrs, xapi};
    if matches!(g.lrs.status(), LrsStatus::Sending(_)) {
        return;
    }
    let Some(dir) = &g.saved.dir else {
        g.report.messages = vec![said!("files-not-saving")];
        return;
    };
    // The game's own data folder: the one its results are in.
    let config = match lrs::LrsConfig::load_from(None, dir, &|k| std::env::var(k).ok()) {
        Ok(c) => c,
        Err(e) => {
            g.lrs.set(LrsStatus::NotConfigured(e.to_string()));
            return;
        }
    };
    let workshop = g.report.workshop.clone();
    let records: Vec<_> = records::load_all(dir)
        .records
        .into_iter()
        .filter(|r| workshop.is_none() || r.workshop == workshop)
        .collect();
    let statements = xapi::checked_statements(&records, &xapi::XapiOptions::default()).statements;
    let status = g.lrs.clone();
    status.set(LrsStatus::Sending(lrs::Progress {
        done: 0,
        total: statements.len(),
        sent: 0,
        already: 0,
        failed: 0,
        retrying: None,
    }));
    std::thread::spawn(move || {
        let progress = status.clone();
        let result = lrs::send(&statements, &config.config, move |p| {
            progress.set(LrsStatus::Sending(p))
        });
        status.set(match result {
            Ok(summary) => LrsStatus::Done(summary),
            Err(e) => LrsStatus::Stopped {
                reason: e.reason.to_string(),
                summary: *e.summary,
            },
        });
    });
}

pub(super) fn import_results(g: &mut Game, paths: &[PathBuf], workshop: Option<String>) {
    let Some(dir) = g.saved.dir.clone() else {
        g.report.messages = vec![said!("files-not-saving")];
        return;
    };
    if paths.is_empty() {
        g.report.messages = vec![said!("files-import-no-path")];
        return;
    }
    let r = records::import_into(&dir, paths);
    refresh_report(g, workshop);
    g.report.messages.insert(
        0,
        said!(
            "files-imported",
            imported = r.imported,
            files = r.files,
            already = r.already,
            duplicates = r.duplicates,
            skipped = r.skipped.len()
        ),
    );
    if r.not_written > 0 {
        g.report
            .messages
            .insert(1, said!("files-not-written", count = r.not_written));
    }
    g.report.messages.extend(
        r.skipped
            .iter()
            .map(|s| said!("files-skipped", file = s.to_string())),
    );
    g.report.messages.extend(
        r.conflicts
            .iter()
            .map(|c| said!("files-set-aside", file = c.to_string())),
    );
}

pub(super) fn export_report_csv(g: &mut Game, to: Option<PathBuf>) {
    let (Some(report), Some(dir)) = (&g.report.report, &g.saved.dir) else {
        g.report.messages = vec![said!("files-no-report")];
        return;
    };
    let path = to.unwrap_or_else(|| default_csv_path(dir, report));
    let message = match crate::save::files::write_atomic(&path, render_csv(report).as_bytes()) {
        Ok(()) => said!("files-report-saved", path = path.display().to_string()),
        Err(e) => said!("files-report-not-saved", reason = e.to_string()),
    };
    g.report.messages = vec![message];
}

/// `reports/report-<workshop or all>-<date>.csv` in the data folder.
fn default_csv_path(dir: &Path, report: &GroupReport) -> PathBuf {
    let name = format!(
        "report-{}-{}.csv",
        report.workshop.as_deref().unwrap_or("all"),
        &now_rfc3339()[..10]
    );
    dir.join("reports").join(name)
}

pub(super) fn export_my_results(g: &mut Game, workshop: Option<String>, folder: Option<PathBuf>) {
    let Some(dir) = &g.saved.dir else {
        g.export.0 = Some(said!("files-not-saving"));
        return;
    };
    let target = folder.unwrap_or_else(|| documents_folder().unwrap_or_else(|| dir.clone()));
    let message = match records::export_user(dir, workshop.as_deref(), None, &target) {
        Ok(e) => said!(
            "files-exported",
            count = e.records,
            path = e.path.display().to_string()
        ),
        Err(e) => said!("files-not-exported", reason = e.to_string()),
    };
    g.export.0 = Some(message);
}

/// The user's documents folder, or else their home folder.
pub(super) fn documents_folder() -> Option<PathBuf> {
    directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(|d| d.to_path_buf())
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .filter(|d| d.is_dir())
}

/// Delete the trainee's results and progress (settings stay), and start
/// again at the welcome.
pub(super) fn delete_my_data(g: &mut Game) {
    if let Some(dir) = g.saved.dir.clone()
        && let Err(e) = records::delete_all(&dir)
    {
        g.saved
            .notices
            .push(said!("files-not-deleted", reason = e.to_string()));
    }
    let settings = g.saved.progress.settings.clone();
    g.saved.progress = Progress {
        settings,
        ..Progress::default()
    };
    g.saved.save();
    *g.play = Play::default();
    g.next.set(Screen::Welcome);
}
