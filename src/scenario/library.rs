//! The set of scenarios the game and the command line work with: loaded from
//! a folder of RON files, or from the copy bundled in the binary.

use crate::guide::Guide;
use crate::guide::area::Area;
use crate::scenario::check::{Checked, FileCheck, check_many, read_sources, scenario_files};
use crate::scenario::diag::Diagnostic;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

include!(concat!(env!("OUT_DIR"), "/bundled_scenarios.rs"));

/// Where the scenarios came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Folder(PathBuf),
    Bundled,
}

/// Checked scenarios, and the problems of those that failed.
#[derive(Debug, Clone)]
pub struct Library {
    pub guide: Arc<Guide>,
    pub source: Source,
    pub scenarios: Vec<Checked>,
    /// Errors of files that could not be used (and warnings of all files).
    pub problems: Vec<Diagnostic>,
}

/// The fewest choices that should cause, and the fewest that should avoid,
/// each harm across a library, so that every harm is trained both ways.
pub const COVERAGE_MIN: usize = 2;

/// How many choices cause and avoid one harm.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub caused: usize,
    pub avoided: usize,
}

impl Coverage {
    /// Whether the harm is caused and avoided by at least [`COVERAGE_MIN`]
    /// choices each.
    pub fn is_enough(&self) -> bool {
        self.caused >= COVERAGE_MIN && self.avoided >= COVERAGE_MIN
    }
}

impl Library {
    fn from_reports(guide: Arc<Guide>, source: Source, reports: Vec<FileCheck>) -> Library {
        let mut library = Library {
            guide,
            source,
            scenarios: Vec::new(),
            problems: Vec::new(),
        };
        for r in reports {
            library.problems.extend(r.diagnostics.iter().cloned());
            if let Some(c) = r.checked
                && let Err(d) = library.put(c)
            {
                library.problems.push(d);
            }
        }
        library
    }

    /// Put a checked scenario into the library: the one rule for loading a
    /// folder and for hot reload. A scenario from a file already in the
    /// library replaces that file's version in place; a scenario whose id
    /// another file already uses is refused (the first file keeps the id),
    /// so which scenario an id means never depends on the order of edits.
    pub fn put(&mut self, checked: Checked) -> Result<(), Diagnostic> {
        let file = checked.compiled.file.clone();
        if let Some(other) = self
            .scenarios
            .iter()
            .find(|s| s.id() == checked.id() && s.compiled.file != file)
        {
            return Err(Diagnostic::error(
                &file,
                "duplicate-scenario",
                format!(
                    "the id `{}` is used by another scenario too ({})",
                    checked.id(),
                    other.compiled.file.display()
                ),
                "give each scenario its own id; this one is left out",
            ));
        }
        match self.scenarios.iter().position(|s| s.compiled.file == file) {
            Some(i) => self.scenarios[i] = checked,
            None => self.scenarios.push(checked),
        }
        Ok(())
    }

    /// The scenarios a command or the game works with: those of `dir`, or
    /// of the folder [`find_scenarios_dir`] finds when `dir` is None, or the
    /// copy bundled in the binary when there is no folder. A folder that
    /// cannot be read falls back to the bundled copy; the second value then
    /// says why, for the user.
    pub fn open(dir: Option<&Path>, guide: Arc<Guide>) -> (Library, Option<String>) {
        let Some(dir) = dir.map(Path::to_path_buf).or_else(find_scenarios_dir) else {
            return (Library::bundled(guide), None);
        };
        match Library::load_dir(&dir, guide.clone()) {
            Ok(lib) => (lib, None),
            Err(e) => (
                Library::bundled(guide),
                Some(format!(
                    "Cannot read the scenarios folder {}: {e}; using the bundled scenarios.",
                    dir.display()
                )),
            ),
        }
    }

    /// Load every `.ron` file of a folder.
    pub fn load_dir(dir: &Path, guide: Arc<Guide>) -> std::io::Result<Library> {
        let (sources, mut reports) = read_sources(&scenario_files(dir)?, &guide);
        reports.extend(check_many(&sources, &guide));
        reports.sort_by(|a, b| a.file.cmp(&b.file));
        Ok(Library::from_reports(
            guide,
            Source::Folder(dir.to_path_buf()),
            reports,
        ))
    }

    /// The scenarios built into the binary.
    pub fn bundled(guide: Arc<Guide>) -> Library {
        let sources: Vec<(PathBuf, String)> = BUNDLED_SCENARIOS
            .iter()
            .map(|(name, text)| (Path::new("scenarios").join(name), text.to_string()))
            .collect();
        let reports = check_many(&sources, &guide);
        Library::from_reports(guide, Source::Bundled, reports)
    }

    /// Keep of each scenario's exploration only what scoring needs (see
    /// [`crate::scenario::explore::Exploration::slimmed`]).
    pub fn slim(&mut self) {
        for s in &mut self.scenarios {
            s.slim();
        }
    }

    /// The text of the file a scenario of this library came from: read
    /// from its folder, or the copy bundled in the binary. For what needs
    /// the text itself, such as the lines on the scenario map.
    pub fn source_of(&self, file: &Path) -> std::io::Result<String> {
        match &self.source {
            Source::Folder(_) => std::fs::read_to_string(file),
            Source::Bundled => bundled_source(file).map(str::to_string).ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::NotFound, "not a bundled scenario")
            }),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Checked> {
        self.scenarios.iter().find(|s| s.id() == id)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.problems.iter().filter(|d| d.is_error())
    }

    /// For each of the 27 harms, how many choices cause and avoid it.
    pub fn coverage(&self) -> BTreeMap<String, Coverage> {
        let mut out: BTreeMap<String, Coverage> = Area::all_harm_ids()
            .into_iter()
            .map(|id| (id, Coverage::default()))
            .collect();
        for s in &self.scenarios {
            for node in s.scenario().nodes.values() {
                for c in &node.choices {
                    for id in c.causes.keys() {
                        if let Some(e) = out.get_mut(id) {
                            e.caused += 1;
                        }
                    }
                    for id in c.avoids.keys() {
                        if let Some(e) = out.get_mut(id) {
                            e.avoided += 1;
                        }
                    }
                }
            }
        }
        out
    }

    /// The scenarios that train a harm (a choice causes or avoids it).
    pub fn scenarios_for_harm(&self, harm: &str) -> Vec<&Checked> {
        self.scenarios
            .iter()
            .filter(|s| {
                s.scenario().nodes.values().any(|n| {
                    n.choices
                        .iter()
                        .any(|c| c.causes.contains_key(harm) || c.avoids.contains_key(harm))
                })
            })
            .collect()
    }
}

/// The text of a bundled scenario by its file (`scenarios/port-inspection.ron`).
fn bundled_source(file: &Path) -> Option<&'static str> {
    let name = file.file_name()?.to_str()?;
    BUNDLED_SCENARIOS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Find the scenarios folder: `FRONTLINE_SCENARIOS`, then `scenarios/` in the
/// working folder, then beside the executable (and the crate root for a
/// binary under `target/`). None means: use the bundled copy.
pub fn find_scenarios_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("FRONTLINE_SCENARIOS") {
        return Some(PathBuf::from(p));
    }
    let mut candidates = vec![PathBuf::from("scenarios")];
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            candidates.push(dir.join("scenarios"));
        }
    }
    candidates
        .into_iter()
        .find(|p| p.is_dir() && p.join(".").exists() && has_ron(p))
}

fn has_ron(dir: &Path) -> bool {
    scenario_files(dir).is_ok_and(|f| !f.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_harm_is_covered_when_caused_and_avoided_at_least_the_minimum() {
        let enough = Coverage {
            caused: COVERAGE_MIN,
            avoided: COVERAGE_MIN,
        };
        assert!(enough.is_enough());
        let few_caused = Coverage {
            caused: COVERAGE_MIN - 1,
            ..enough
        };
        let few_avoided = Coverage {
            avoided: COVERAGE_MIN - 1,
            ..enough
        };
        assert!(!few_caused.is_enough() && !few_avoided.is_enough());
    }
}
