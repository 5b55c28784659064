//! The commands of facilitators: `report`, `export`, `import`, `xapi` and
//! `simulate`.

use super::{CliError, Outcome, find_scenario, load_library, print_out};
use crate::guide::Guide;
use crate::save::files::{data_dir, write_atomic};
use crate::save::progress::looks_like_phone;
use crate::scenario::check::Checked;
use crate::workshop::code::{code_problem, normalise_code};
use crate::workshop::lrs::{self, LrsConfig};
use crate::workshop::records::{self, ResultRecord};
use crate::workshop::shown::escape_controls;
use crate::workshop::xapi::{XapiOptions, checked_statements};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A workshop code given on the command line, checked; `None` if none was.
fn checked_code(code: Option<&str>) -> Result<Option<&str>, CliError> {
    match code.and_then(code_problem) {
        Some(p) => Err(CliError::WorkshopCode(p.to_string())),
        None => Ok(code),
    }
}

/// The records in files and folders (one workshop's if given), oldest
/// first; files that cannot be used are listed on stderr.
fn read_results(paths: &[PathBuf], workshop: Option<&str>) -> Vec<ResultRecord> {
    let c = records::collect(paths);
    for s in &c.skipped {
        eprintln!("skipped {}", escape_controls(&s.to_string()));
    }
    if c.duplicates > 0 {
        eprintln!("{} duplicate result(s) counted once", c.duplicates);
    }
    if c.conflicts > 0 {
        eprintln!(
            "{} of them differ from the copy used (the first read): check them with `frontline import`",
            c.conflicts
        );
    }
    let mut found: Vec<_> = c
        .records
        .into_iter()
        .filter(|r| records::in_workshop(r, workshop))
        .collect();
    found.sort_by(|a, b| (&a.finished, &a.attempt).cmp(&(&b.finished, &b.attempt)));
    found
}

/// How `report` prints the group report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ReportFormat {
    Text,
    /// The attempts, one row each.
    Csv,
    /// The stages of the case journeys, one row each.
    JourneysCsv,
    Json,
}

/// `report`: the group report as text, CSV or JSON.
pub(super) fn report(
    dir: Option<&Path>,
    paths: &[PathBuf],
    workshop: Option<&str>,
    format: ReportFormat,
    lang: crate::i18n::Lang,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    use crate::workshop::report::{
        GroupReport, render_csv, render_journeys_csv, render_json, render_text,
    };
    let workshop = checked_code(workshop)?;
    let found = read_results(paths, workshop);
    let lib = super::library_in_language(dir, guide, lang);
    let r = GroupReport::build(&found, workshop, Some(&lib));
    let text = match format {
        ReportFormat::Csv => render_csv(&r),
        ReportFormat::JourneysCsv => render_journeys_csv(&r),
        ReportFormat::Json => render_json(&r) + "\n",
        ReportFormat::Text => render_text(&r, &crate::i18n::Ui::new(lang)),
    };
    print_out(&text)?;
    Ok(Outcome::Success)
}

/// `export`: this user's results in one bundle for the facilitator.
pub(super) fn export(workshop: Option<&str>, out: Option<&Path>) -> Result<Outcome, CliError> {
    let workshop = checked_code(workshop)?;
    let e = records::export_user(&data_dir(), workshop, out, Path::new("."))
        .map_err(|e| CliError::Export(e.to_string()))?;
    for s in &e.skipped {
        eprintln!("skipped {s}");
    }
    println!("Exported {} result(s) to {}", e.records, e.path.display());
    Ok(Outcome::Success)
}

/// `import`: copy results into this user's data folder; a failure if no
/// file could be used, or if a record could not be written.
pub(super) fn import(paths: &[PathBuf]) -> Result<Outcome, CliError> {
    let dir = data_dir();
    let r = records::import_into(&dir, paths);
    println!(
        "Read {} file(s): {} new result(s) imported into {}, {} already there, {} duplicate(s) among the files, {} skipped.",
        r.files,
        r.imported,
        records::results_dir(&dir).display(),
        r.already,
        r.duplicates,
        r.skipped.len()
    );
    if !r.conflicts.is_empty() {
        println!(
            "{} conflicting copy(ies): a different version of a result already kept, set aside in {}.",
            r.conflicts.len(),
            dir.join(records::CONFLICTS_DIR).display()
        );
    }
    if r.not_written > 0 {
        println!("{} result(s) could not be written.", r.not_written);
    }
    for s in &r.skipped {
        println!("  skipped {}", escape_controls(&s.to_string()));
    }
    for c in &r.conflicts {
        println!("  conflict {}", escape_controls(&c.to_string()));
    }
    let nothing_used = r.imported + r.already == 0 && !r.skipped.is_empty();
    Ok(if nothing_used || r.not_written > 0 {
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

/// `xapi`: the results as xAPI statements, printed or written to `out`,
/// or sent to a learning record store (`send`: its address, or `""` for
/// the configured one); a failure if a statement had to be left out or
/// was not delivered.
pub(super) fn xapi(
    paths: &[PathBuf],
    workshop: Option<&str>,
    out: Option<&Path>,
    send: Option<&str>,
    opts: &XapiOptions,
) -> Result<Outcome, CliError> {
    let workshop = checked_code(workshop)?;
    opts.check()
        .map_err(|e| CliError::XapiOptions(e.to_string()))?;
    // A missing address or password is found before the results are read.
    let lrs = send
        .map(|url| LrsConfig::load(Some(url)))
        .transpose()
        .map_err(|e| CliError::LrsConfig(e.to_string()))?;
    let found = read_results(paths, workshop);
    for r in found.iter().filter(|r| looks_like_phone(&r.trainee)) {
        eprintln!(
            "warning: the pseudonym of attempt {} looks like a phone number; it is sent as it is",
            r.attempt
        );
    }
    let checked = checked_statements(&found, opts);
    for (attempt, problems) in &checked.left_out {
        eprintln!(
            "left out: the statement of attempt {attempt} would not be valid xAPI:\n  {}",
            problems.join("\n  ")
        );
    }
    let mut outcome = if checked.left_out.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failure
    };
    let all = checked.statements;
    let text = serde_json::to_string_pretty(&all).expect("json values serialise") + "\n";
    match out {
        Some(p) => {
            write_atomic(p, text.as_bytes()).map_err(|source| CliError::Write {
                path: p.to_path_buf(),
                source,
            })?;
            eprintln!("Wrote {} statement(s) to {}", all.len(), p.display());
        }
        None if lrs.is_some() => {}
        None => print_out(&text)?,
    }
    if let Some(loaded) = lrs {
        for w in &loaded.warnings {
            eprintln!("{w}");
        }
        if send_to_lrs(&all, &loaded.config)? > 0 {
            outcome = Outcome::Failure;
        }
    }
    Ok(outcome)
}

/// Send the statements, with a progress line, and print the summary; the
/// number of statements not delivered.
fn send_to_lrs(statements: &[serde_json::Value], config: &LrsConfig) -> Result<usize, CliError> {
    use std::io::IsTerminal;
    let mut line = ProgressLine {
        terminal: std::io::stderr().is_terminal(),
        long: statements.len() > config.batch_size,
        shown_tenth: 0,
        drawn: false,
    };
    eprintln!(
        "Sending {} statement(s) to {} ...",
        statements.len(),
        config.statements_url()
    );
    let result = lrs::send(statements, config, |p| line.show(&p));
    line.finish();
    let (summary, stopped) = match result {
        Ok(s) => (s, None),
        Err(e) => (*e.summary, Some(e.reason)),
    };
    println!(
        "Sent {} of {} statement(s) to {} in {:.1} s: {} stored now, {} already there, {} failed.",
        summary.delivered(),
        summary.total,
        config.endpoint,
        summary.elapsed.as_secs_f64(),
        summary.sent,
        summary.already,
        summary.failed
    );
    for p in &summary.problems {
        println!("  {p}");
    }
    if let Some(reason) = stopped {
        // The summary says what was done; the error why the rest was not.
        return Err(CliError::Send(format!(
            "{reason}{}",
            if summary.delivered() > 0 {
                "; send again to finish: what the LRS holds is not sent twice"
            } else {
                ""
            }
        )));
    }
    Ok(summary.failed)
}

/// The progress of a send on stderr: a bar redrawn in place on a terminal,
/// a plain line each tenth otherwise; retries always get their own line.
struct ProgressLine {
    terminal: bool,
    /// More than one batch: worth a bar.
    long: bool,
    shown_tenth: usize,
    drawn: bool,
}

impl ProgressLine {
    fn show(&mut self, p: &lrs::Progress) {
        if let Some(r) = &p.retrying {
            self.finish();
            eprintln!(
                "  {}; trying again in {:.1} s (try {} of {})",
                r.why,
                r.wait.as_secs_f64(),
                r.attempt,
                r.tries
            );
            return;
        }
        if !self.long || p.total == 0 {
            return;
        }
        if self.terminal {
            const WIDTH: usize = 30;
            let filled = p.done * WIDTH / p.total;
            eprint!(
                "\r  [{}{}] {}/{} statements",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                p.done,
                p.total
            );
            self.drawn = true;
        } else {
            let tenth = p.done * 10 / p.total;
            if tenth > self.shown_tenth {
                self.shown_tenth = tenth;
                eprintln!("  {}/{} statements", p.done, p.total);
            }
        }
    }

    /// End a bar drawn in place, so the next line starts clean.
    fn finish(&mut self) {
        if self.drawn {
            eprintln!();
            self.drawn = false;
        }
    }
}

/// What a simulated room plays.
pub(super) enum Simulated<'a> {
    /// These scenarios (ids or files; all when empty).
    Scenarios(&'a [String]),
    /// This case, the room split by role.
    Case(&'a str),
}

/// `simulate`: the result files of a simulated room, one per attempt.
pub(super) fn simulate(
    dir: Option<&Path>,
    trainees: usize,
    code: &str,
    what: Simulated,
    out: &Path,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    checked_code(Some(code))?;
    let names = match what {
        Simulated::Scenarios(names) => names,
        Simulated::Case(name) => return simulate_case(dir, trainees, code, name, out, guide),
    };
    let scenarios: Vec<Checked> = if names.is_empty() {
        load_library(dir, guide.clone()).scenarios
    } else {
        names
            .iter()
            .map(|n| find_scenario(dir, n, guide.clone()))
            .collect::<Result<_, _>>()?
    };
    if scenarios.is_empty() {
        return Err(CliError::NoScenarios);
    }
    let start = std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 3600);
    let sim = crate::workshop::code::simulate(&scenarios, &guide, code, trainees, start);
    write_simulated(&sim, trainees, code, out)
}

/// `simulate --case`: a room split by role over one case.
fn simulate_case(
    dir: Option<&Path>,
    trainees: usize,
    code: &str,
    name: &str,
    out: &Path,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let library = load_library(dir, guide.clone());
    let cases = crate::case::Cases::open(&library);
    let Some(case) = cases.get(name) else {
        let known: Vec<&str> = cases.cases.iter().map(|c| c.id()).collect();
        return Err(CliError::Usage(format!(
            "there is no case `{name}`. Known cases: {}",
            known.join(", ")
        )));
    };
    let start = std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 3600);
    let sim = crate::workshop::simulate::simulate_journeys(case, &guide, code, trainees, start);
    write_simulated(&sim, trainees, code, out)
}

/// Write a simulated room's records, one file each, and say so.
fn write_simulated(
    sim: &crate::workshop::simulate::SimulatedRoom,
    trainees: usize,
    code: &str,
    out: &Path,
) -> Result<Outcome, CliError> {
    for u in &sim.unfinished {
        eprintln!("warning: a run reached no ending and was left out: {u}");
    }
    let n =
        records::write_each(&sim.records, out).map_err(|e| CliError::Simulate(e.to_string()))?;
    println!(
        "Wrote {n} result(s) of {trainees} simulated trainee(s), workshop {}, to {}",
        normalise_code(code),
        out.display()
    );
    Ok(Outcome::Success)
}
