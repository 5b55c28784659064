//! `check`: the problems of scenario files, and of the case files of a
//! scenarios folder's `cases/` folder, with which folder was checked and
//! which subfolders were not.

use super::output::{CheckOutput, to_json};
use super::{CliError, Format, Outcome};
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::scenario::check::{check_file, scenario_files};
use crate::scenario::diag::Diagnostic;
use crate::scenario::library::find_scenarios_dir;
use std::path::{Path, PathBuf};

/// `check`: every problem of the scenario files in `paths` (default: the
/// `--scenarios` folder, else the scenarios folder found); a failure if
/// there is an error.
pub(super) fn check(
    paths: Vec<PathBuf>,
    scenarios: Option<&Path>,
    format: Format,
    guide: &Guide,
) -> Result<Outcome, CliError> {
    // With no path, say which folder is checked: it may not be the one here.
    let (paths, which) = if paths.is_empty() {
        let dir = scenarios.map(Path::to_path_buf).or_else(find_scenarios_dir);
        let which = match scenarios {
            Some(d) => format!("Checking {}, the folder --scenarios names.", d.display()),
            None => folder_checked(dir.as_deref()),
        };
        (
            vec![dir.unwrap_or_else(|| PathBuf::from("scenarios"))],
            Some(which),
        )
    } else {
        (paths, None)
    };
    if let Some(which) = &which {
        // On stderr for JSON, whose stdout scripts read.
        if format == Format::Json {
            eprintln!("{which}");
        } else {
            println!("{which}\n");
        }
    }
    let mut checks = Vec::new();
    let mut unread = skipped_folders(&paths);
    for p in &paths {
        if p.extension().is_some_and(|e| e == "ftl") {
            checks.push(super::translate::check_ftl_file(p));
            continue;
        }
        if let Some(cases) = super::case::check_case_path(p, guide) {
            checks.extend(cases);
            continue;
        }
        match scenario_files(p) {
            Ok(files) if files.is_empty() => unread.push(Diagnostic::error(
                p,
                "no-scenarios",
                "the folder has no .ron files",
                "scenario files end in .ron",
            )),
            Ok(files) => {
                checks.extend(files.iter().map(|f| check_file(f, guide)));
                if p.is_dir() {
                    checks.extend(super::translate::check_translations(p, guide));
                    checks.extend(super::case::check_cases_of(p, guide));
                }
            }
            Err(e) => unread.push(Diagnostic::error(
                p,
                "not-found",
                format!("cannot read {}: {e}", p.display()),
                "check the path",
            )),
        }
    }
    let out = CheckOutput::new(&checks, &unread);
    if format == Format::Json {
        println!("{}", to_json(&out));
    } else {
        for d in &out.diagnostics {
            println!("{d}");
        }
        for c in &checks {
            if c.diagnostics.is_empty() {
                println!("{}: ok", c.file.display());
            }
        }
        println!(
            "\n{} file(s) checked: {} error(s), {} warning(s)",
            checks.len(),
            out.errors,
            out.warnings
        );
    }
    Ok(if out.ok {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// What `check` with no path says about the folder it checks.
fn folder_checked(dir: Option<&Path>) -> String {
    let here = std::env::current_dir().unwrap_or_default();
    match dir {
        None => format!(
            "There is no scenarios/ folder in {}: give the path of the files to check, such as `frontline check my-scenario.ron`.",
            here.display()
        ),
        Some(d) if std::env::var_os("FRONTLINE_SCENARIOS").is_some() => {
            format!(
                "Checking {}, the folder FRONTLINE_SCENARIOS names.",
                d.display()
            )
        }
        Some(d) if d == Path::new("scenarios") => {
            format!("Checking the scenarios/ folder in {}.", here.display())
        }
        Some(d) => format!(
            "There is no scenarios/ folder with .ron files in {}, so this checks {} (the folder beside the program), not your own files. To check yours, give their path, such as `frontline check my-scenario.ron`.",
            here.display(),
            d.display()
        ),
    }
}

/// A warning for each subfolder of a folder given to `check` that it does
/// not read: not a language folder of translations (`th/`), not `cases/`,
/// not hidden.
fn skipped_folders(paths: &[PathBuf]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for p in paths.iter().filter(|p| p.is_dir()) {
        let Ok(entries) = std::fs::read_dir(p) else {
            continue;
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|d| d.is_dir())
            .collect();
        dirs.sort();
        for d in dirs {
            let name = d.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let known = name == "cases"
                || name.starts_with('.')
                || Lang::from_code(name).is_some_and(|l| l.code().eq_ignore_ascii_case(name));
            if known {
                continue;
            }
            out.push(Diagnostic::warning(
                &d,
                "skipped-folder",
                format!(
                    "the folder `{name}` was not checked: `check` reads only the .ron files directly in {}",
                    p.display()
                ),
                format!("to check the files in it, run `frontline check {}`", d.display()),
            ));
        }
    }
    out
}
