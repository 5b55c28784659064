//! The case files a command or the game works with: those of the
//! scenarios folder's `cases/` folder, or the copy bundled in the binary,
//! each checked against the library of that folder.

use super::check::{CaseCheck, CheckedCase, Walk, check_case_file_with, check_case_source_with};
use super::format::Case;
use crate::scenario::diag::{Diagnostic, parse_ron};
use crate::scenario::library::{Library, Source};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/bundled_cases.rs"));

/// The folder of case files inside a scenarios folder.
pub const CASES_FOLDER: &str = "cases";

/// Checked cases, and the problems of the files.
#[derive(Debug, Clone, Default)]
pub struct Cases {
    pub cases: Vec<CheckedCase>,
    /// Errors of files that could not be used (and warnings of all files).
    pub problems: Vec<Diagnostic>,
}

impl Cases {
    /// The cases that go with `library`: its folder's `cases/` folder (none
    /// if it has none), or the bundled ones for the bundled scenarios.
    pub fn open(library: &Library) -> Cases {
        Cases::open_with(library, Walk::Chain)
    }

    /// [`Cases::open`], walking each journey as `walk` says (the game:
    /// [`Walk::Graph`]).
    pub fn open_with(library: &Library, walk: Walk) -> Cases {
        match &library.source {
            Source::Folder(dir) => {
                let files = case_files(&dir.join(CASES_FOLDER));
                Cases::from_checks(files.iter().map(|f| check_case_file_with(f, library, walk)))
            }
            Source::Bundled => Cases::from_checks(BUNDLED_CASES.iter().map(|(name, text)| {
                let file = Path::new("scenarios").join(CASES_FOLDER).join(name);
                check_case_source_with(text, &file, library, walk)
            })),
        }
    }

    /// The cases of the checks given; of two files with one id, the first.
    pub fn from_checks(checks: impl IntoIterator<Item = CaseCheck>) -> Cases {
        let mut out = Cases::default();
        for r in checks {
            out.problems.extend(r.diagnostics);
            let Some(c) = r.checked else { continue };
            if let Some(other) = out.get(c.id()) {
                out.problems.push(Diagnostic::error(
                    &c.file,
                    "duplicate-case",
                    format!(
                        "the id `{}` is used by another case too ({})",
                        c.id(),
                        other.file.display()
                    ),
                    "give each case its own id; this one is left out",
                ));
            } else {
                out.cases.push(c);
            }
        }
        out
    }

    pub fn get(&self, id: &str) -> Option<&CheckedCase> {
        self.cases.iter().find(|c| c.id() == id)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.problems.iter().filter(|d| d.is_error())
    }
}

/// The case files that go with scenarios from `source`, read but not
/// checked (the case's texts are all a translation needs): the folder's
/// `cases/` folder, or the bundled ones. A file that cannot be read as a
/// case is left out (`check` reports it); of two with one id, the first.
pub fn parsed_cases(source: &Source) -> Vec<(PathBuf, Case)> {
    let sources: Vec<(PathBuf, String)> = match source {
        Source::Folder(dir) => case_files(&dir.join(CASES_FOLDER))
            .into_iter()
            .filter_map(|f| std::fs::read_to_string(&f).ok().map(|t| (f, t)))
            .collect(),
        Source::Bundled => BUNDLED_CASES
            .iter()
            .map(|(name, text)| {
                let file = Path::new("scenarios").join(CASES_FOLDER).join(name);
                (file, text.to_string())
            })
            .collect(),
    };
    let mut out: Vec<(PathBuf, Case)> = Vec::new();
    for (file, text) in sources {
        if let Ok(case) = parse_ron::<Case>(&text, &file)
            && !out.iter().any(|(_, c)| c.id == case.id)
        {
            out.push((file, case));
        }
    }
    out
}

/// The case files of a folder: its `.ron` files, sorted by name (none if
/// the folder cannot be read).
pub fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
