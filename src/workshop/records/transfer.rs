//! Records moving between machines and folders: the export bundle a
//! trainee hands the facilitator, the import of many files into a data
//! folder, writing records one file each, and deleting the user's records.

use super::folder::{Found, SkippedFile, load_all, visit};
use super::record::{BUNDLE_FORMAT, FORMAT_VERSION, ResultRecord, check_attempt, results_dir};
use crate::save::files;
use crate::save::progress::now_rfc3339;
use crate::workshop::code::normalise_code;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// An exported set of records, for a USB stick or a shared folder.
///
/// Like [`ResultRecord`], its field names are a file format: they change
/// only with [`FORMAT_VERSION`] (pinned by a test in `tests/workshop.rs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultsBundle {
    /// Always [`BUNDLE_FORMAT`].
    pub format: String,
    pub format_version: u32,
    /// RFC 3339 time of the export.
    pub exported: String,
    /// The workshop the export was limited to, if any.
    #[serde(default)]
    pub workshop: Option<String>,
    pub records: Vec<ResultRecord>,
}

impl ResultsBundle {
    /// A bundle of the records, only those of `workshop` if given (the code
    /// is compared normalised).
    pub fn new(records: &[ResultRecord], workshop: Option<&str>) -> ResultsBundle {
        let code = workshop.map(normalise_code);
        ResultsBundle {
            format: BUNDLE_FORMAT.into(),
            format_version: FORMAT_VERSION,
            exported: now_rfc3339(),
            workshop: code.clone(),
            records: records
                .iter()
                .filter(|r| in_workshop(r, code.as_deref()))
                .cloned()
                .collect(),
        }
    }

    /// Write the bundle atomically.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        files::write_json(path, self)
    }
}

/// Whether a record belongs to a workshop (None: every record does).
pub fn in_workshop(r: &ResultRecord, code: Option<&str>) -> bool {
    match code {
        None => true,
        Some(c) => r.workshop.as_deref().map(normalise_code) == Some(normalise_code(c)),
    }
}

/// Export records (only those of `workshop` if given) to one bundle file,
/// written atomically. Returns how many records it holds.
pub fn export_bundle(
    records: &[ResultRecord],
    workshop: Option<&str>,
    path: &Path,
) -> std::io::Result<usize> {
    let b = ResultsBundle::new(records, workshop);
    b.write(path)?;
    Ok(b.records.len())
}

/// A file name for an export: `frontline-results-[CODE-]<pseudonym>-<date>.json`,
/// with the pseudonym reduced to letters, digits, `-` and `_`.
pub(crate) fn export_file_name(pseudonym: &str, workshop: Option<&str>, date: &str) -> String {
    let mut name: String = pseudonym
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    name = name.trim_matches('-').to_string();
    if name.is_empty() {
        name = "trainee".into();
    }
    let code = workshop
        .map(normalise_code)
        .filter(|c| !c.is_empty() && c.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|c| format!("{c}-"))
        .unwrap_or_default();
    format!("frontline-results-{code}{name}-{date}.json")
}

/// What an export of the user's records wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub path: PathBuf,
    pub records: usize,
    /// Files of the results folder that could not be read (not exported).
    pub skipped: Vec<SkippedFile>,
}

/// Export the records of a data folder (only `workshop`'s if given) to one
/// bundle: to `out`, or else to
/// `frontline-results-[CODE-]<pseudonym>-<date>.json` in `default_dir`,
/// named after the trainee's pseudonym and today's date. Nothing is
/// written when there is nothing to export.
pub fn export_user(
    data_dir: &Path,
    workshop: Option<&str>,
    out: Option<&Path>,
    default_dir: &Path,
) -> Result<Exported, String> {
    let all = load_all(data_dir);
    let bundle = ResultsBundle::new(&all.records, workshop);
    if bundle.records.is_empty() {
        let scope = workshop
            .map(|c| format!(" for the workshop {}", normalise_code(c)))
            .unwrap_or_default();
        return Err(format!(
            "there are no results{scope} to export in {}",
            results_dir(data_dir).display()
        ));
    }
    let path = match out {
        Some(p) => p.to_path_buf(),
        None => {
            let name = pseudonym(data_dir, &bundle.records);
            let today = now_rfc3339();
            default_dir.join(export_file_name(
                &name,
                bundle.workshop.as_deref(),
                today.get(..10).unwrap_or("today"),
            ))
        }
    };
    bundle
        .write(&path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(Exported {
        path,
        records: bundle.records.len(),
        skipped: all.skipped,
    })
}

/// The trainee's pseudonym: from the progress file (read without touching
/// it), else the latest record's.
fn pseudonym(data_dir: &Path, records: &[ResultRecord]) -> String {
    let from_progress = std::fs::read(crate::save::progress::progress_path(data_dir))
        .ok()
        .and_then(|b| serde_json::from_slice::<crate::save::progress::Progress>(&b).ok())
        .and_then(|p| p.trainee)
        .map(|t| t.name);
    from_progress
        .or_else(|| {
            records
                .iter()
                .max_by(|a, b| a.finished.cmp(&b.finished))
                .map(|r| r.trainee.clone())
        })
        .unwrap_or_default()
}

/// Write records into a folder, one `<attempt>.json` each, atomically.
/// Returns how many were written; the error names the record that failed.
pub fn write_each(records: &[ResultRecord], dir: &Path) -> Result<usize, String> {
    for (i, r) in records.iter().enumerate() {
        check_attempt(&r.attempt).map_err(|e| e.to_string())?;
        let path = dir.join(format!("{}.json", r.attempt));
        files::write_json(&path, r).map_err(|e| {
            format!(
                "cannot write {} ({i} of {} written): {e}",
                path.display(),
                records.len()
            )
        })?;
    }
    Ok(records.len())
}

/// The outcome of importing into a data folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Imported {
    /// New records written to the results folder.
    pub imported: usize,
    /// Records the data folder already had.
    pub already: usize,
    /// Records seen twice among the imported files.
    pub duplicates: usize,
    /// Files read.
    pub files: usize,
    /// Files not used, and records that could not be written.
    pub skipped: Vec<SkippedFile>,
    /// Records that could not be written (each is also in `skipped`).
    pub not_written: usize,
    /// Copies of an attempt already kept (in the folder, or read earlier
    /// in this import) with different content: each is set aside in
    /// `<data dir>/conflicts/` (the path), never dropped, and the copy
    /// kept first stays.
    pub conflicts: Vec<SkippedFile>,
}

/// The folder of the data directory where conflicting copies are set aside.
pub(crate) const CONFLICTS_DIR: &str = "conflicts";

/// Import records from files and folders into a data folder's results:
/// every valid record whose attempt the folder does not have yet is
/// written (atomically, and only if no other import wrote it meanwhile)
/// as its own file. Records are read and written one at a time, so memory
/// holds one record whatever a bundle holds. Never stops at a bad file.
///
/// Which copy is kept: the one already in the folder; among new files, the
/// one read first (files in the order given, a folder's files in name
/// order, a bundle's records in order). A different copy of a kept
/// attempt is a conflict: it is set aside in `<data dir>/conflicts/`.
pub fn import_into<P: AsRef<Path>>(data_dir: &Path, paths: &[P]) -> Imported {
    let have: BTreeMap<String, u64> = load_all(data_dir)
        .records
        .iter()
        .map(|r| (r.attempt.to_ascii_lowercase(), r.fingerprint()))
        .collect();
    let mut seen: BTreeMap<String, u64> = BTreeMap::new();
    let mut out = Imported::default();
    out.files = visit(paths, &mut |found| match found {
        Found::Skipped(s) => out.skipped.push(s),
        Found::Record(r, from) => {
            if let Some(p) = r.field_problem() {
                out.skipped.push(SkippedFile {
                    path: from,
                    reason: format!("a damaged Frontline result: {p}"),
                });
                return;
            }
            let key = r.attempt.to_ascii_lowercase();
            let fp = r.fingerprint();
            if let Some(&first) = seen.get(&key) {
                if first == fp {
                    out.duplicates += 1;
                } else {
                    set_aside(
                        data_dir,
                        &r,
                        fp,
                        "a copy read earlier in this import",
                        &mut out,
                    );
                }
                return;
            }
            seen.insert(key.clone(), fp);
            match have.get(&key) {
                Some(&kept) if kept == fp => out.already += 1,
                Some(_) => set_aside(data_dir, &r, fp, "the copy already in the folder", &mut out),
                None => write_one(data_dir, &r, fp, &mut out),
            }
        }
    });
    out
}

/// Write a new record, unless another import wrote its attempt first.
fn write_one(data_dir: &Path, r: &ResultRecord, fp: u64, out: &mut Imported) {
    let written = r
        .path_in(data_dir)
        .map_err(|e| e.to_string())
        .and_then(|path| {
            let bytes = serde_json::to_vec_pretty(r).map_err(|e| e.to_string())?;
            match files::write_new(&path, &bytes) {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
                Err(e) => Err(e.to_string()),
            }
        });
    match written {
        Ok(true) => out.imported += 1,
        Ok(false) => {
            // Written meanwhile (another import): the same, or a conflict.
            let there = r.path_in(data_dir).ok().and_then(|p| std::fs::read(p).ok());
            let same = there
                .and_then(|b| serde_json::from_slice::<ResultRecord>(&b).ok())
                .is_some_and(|kept| kept.fingerprint() == fp);
            if same {
                out.already += 1;
            } else {
                set_aside(data_dir, r, fp, "the copy already in the folder", out);
            }
        }
        Err(e) => not_written(r, e, out),
    }
}

fn not_written(r: &ResultRecord, e: String, out: &mut Imported) {
    out.not_written += 1;
    out.skipped.push(SkippedFile {
        path: PathBuf::from(format!("{} (attempt {})", r.trainee, r.attempt)),
        reason: format!("could not be written: {e}"),
    });
}

/// Keep a conflicting copy in `<data dir>/conflicts/<attempt>-<content>.json`.
fn set_aside(data_dir: &Path, r: &ResultRecord, fp: u64, kept: &str, out: &mut Imported) {
    let path = data_dir
        .join(CONFLICTS_DIR)
        .join(format!("{}-{fp:016x}.json", r.attempt.to_ascii_lowercase()));
    let bytes = serde_json::to_vec_pretty(r).expect("records serialise");
    match files::write_new(&path, &bytes) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return not_written(r, e.to_string(), out),
    }
    out.conflicts.push(SkippedFile {
        path,
        reason: format!(
            "attempt {} of {} differs from {kept}, which is kept; this copy is set aside",
            r.attempt, r.trainee
        ),
    });
}

/// Delete the user's records (settings: "delete my data"): every file in
/// the results folder and in the folder of conflicting copies set aside,
/// then the folders. Tries every file; returns how many were deleted, or
/// the first error after trying them all.
#[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
pub(crate) fn delete_all(data_dir: &Path) -> std::io::Result<usize> {
    let results = delete_folder(&results_dir(data_dir));
    let conflicts = delete_folder(&data_dir.join(CONFLICTS_DIR));
    Ok(results? + conflicts?)
}

/// Delete every file of a folder, then the folder.
#[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
fn delete_folder(dir: &Path) -> std::io::Result<usize> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut deleted = 0;
    let mut first_error = None;
    for entry in entries.flatten() {
        let p = entry.path();
        let result = if entry.file_type().is_ok_and(|t| t.is_dir()) {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
        match result {
            Ok(()) => deleted += 1,
            Err(e) => {
                first_error.get_or_insert_with(|| {
                    std::io::Error::new(e.kind(), format!("{}: {e}", p.display()))
                });
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => {
            let _ = std::fs::remove_dir(dir);
            Ok(deleted)
        }
    }
}
