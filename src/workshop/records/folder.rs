//! The walk over files and folders that reads result records: never
//! stopping at a bad file, listing each one not read with the reason.

use super::record::{ResultFile, ResultRecord, parse, results_dir};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// A file that was not read, and why, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedFile {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for SkippedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What reading result files gave.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CollectedResults {
    /// Each attempt once, in the order found.
    pub records: Vec<ResultRecord>,
    /// Records seen again with an attempt id already read (kept once).
    pub duplicates: usize,
    /// Files (or records inside a bundle) that could not be used.
    pub skipped: Vec<SkippedFile>,
    /// How many files were read.
    pub files: usize,
}

impl CollectedResults {
    fn add(&mut self, seen: &mut BTreeSet<String>, r: ResultRecord) {
        if seen.insert(r.attempt.to_ascii_lowercase()) {
            self.records.push(r);
        } else {
            self.duplicates += 1;
        }
    }
}

/// Every record of a data folder (`<data_dir>/results`). Unreadable files
/// are reported in `skipped` and left as they are: never moved or deleted.
pub fn load_all(data_dir: &Path) -> CollectedResults {
    let dir = results_dir(data_dir);
    if !dir.exists() {
        return CollectedResults::default();
    }
    collect(&[dir])
}

/// Read records from files and folders (recursively; only `.json` files
/// inside folders, any file named directly). A file may hold one record or
/// a bundle. Nothing stops the reading: a bad file is listed with the
/// reason and the rest are read.
pub fn collect<P: AsRef<Path>>(paths: &[P]) -> CollectedResults {
    let mut out = CollectedResults::default();
    let mut seen = BTreeSet::new();
    for p in paths {
        let p = p.as_ref();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(p, 0, &mut files, &mut out.skipped);
                for f in files {
                    read_into(&f, &mut out, &mut seen);
                }
            }
            Ok(_) => read_into(p, &mut out, &mut seen),
            Err(e) => out.skipped.push(SkippedFile {
                path: p.to_path_buf(),
                reason: io_reason(&e),
            }),
        }
    }
    out
}

/// How deep folders are followed.
const MAX_DEPTH: usize = 16;

fn walk(dir: &Path, depth: usize, files: &mut Vec<PathBuf>, skipped: &mut Vec<SkippedFile>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            skipped.push(SkippedFile {
                path: dir.to_path_buf(),
                reason: io_reason(&e),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            // Temporary files of an interrupted write, and system files.
            continue;
        }
        // Folders are followed only when they are real folders (no links), so
        // a link loop cannot make the import run forever.
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            if depth < MAX_DEPTH {
                walk(&p, depth + 1, files, skipped);
            }
        } else if p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            && std::fs::metadata(&p).is_ok_and(|m| m.is_file())
        {
            files.push(p);
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "unreadable: permission denied".into(),
        _ => format!("unreadable: {e}"),
    }
}

/// The largest file read as results (a bundle of thousands of records is
/// far smaller); anything bigger is not a Frontline file.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

fn read_into(path: &Path, out: &mut CollectedResults, seen: &mut BTreeSet<String>) {
    let skip = |out: &mut CollectedResults, reason: String| {
        out.skipped.push(SkippedFile {
            path: path.to_path_buf(),
            reason,
        })
    };
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_FILE_BYTES) {
        return skip(
            out,
            "not a Frontline result (the file is far too big)".into(),
        );
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return skip(out, io_reason(&e)),
    };
    out.files += 1;
    match parse(&bytes) {
        Err(reason) => skip(out, reason),
        Ok(ResultFile::Record(r)) => out.add(seen, *r),
        Ok(ResultFile::Bundle(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    Ok(r) => out.add(seen, r),
                    Err(reason) => out.skipped.push(SkippedFile {
                        path: PathBuf::from(format!("{} (record {})", path.display(), i + 1)),
                        reason,
                    }),
                }
            }
        }
    }
}
