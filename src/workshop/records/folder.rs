//! The walk over files and folders that reads result records: never
//! stopping at a bad file, listing each one not read with the reason.

use super::record::{ResultRecord, parse_each, results_dir};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
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
        write!(f, "{}: {}", shown(&self.path), self.reason)
    }
}

/// What reading result files gave.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CollectedResults {
    /// Each attempt once, in the order found.
    pub records: Vec<ResultRecord>,
    /// Records seen again with an attempt id already read (kept once).
    pub duplicates: usize,
    /// Of those, the copies whose content differs from the one kept (the
    /// first read): a changed name or score, not a plain copy.
    pub conflicts: usize,
    /// Files (or records inside a bundle) that could not be used.
    pub skipped: Vec<SkippedFile>,
    /// How many files were read.
    pub files: usize,
}

impl CollectedResults {
    fn add(&mut self, seen: &mut BTreeMap<String, u64>, r: ResultRecord) {
        let fp = r.fingerprint();
        match seen.entry(r.attempt.to_ascii_lowercase()) {
            Entry::Vacant(v) => {
                v.insert(fp);
                self.records.push(r);
            }
            Entry::Occupied(kept) => {
                self.duplicates += 1;
                self.conflicts += usize::from(*kept.get() != fp);
            }
        }
    }
}

/// What the walk over files finds, one item at a time.
pub(crate) enum Found {
    /// A record, and where it was read (a file, or a record of a bundle).
    Record(Box<ResultRecord>, PathBuf),
    Skipped(SkippedFile),
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
    let mut seen = BTreeMap::new();
    out.files = visit(paths, &mut |found| match found {
        Found::Record(r, _) => out.add(&mut seen, *r),
        Found::Skipped(s) => out.skipped.push(s),
    });
    out
}

/// Walk files and folders as [`collect`] does, handing each record (or
/// each file or record not used) to `each` as soon as it is read, so that
/// memory holds one record at a time. Returns how many files were read.
pub(crate) fn visit<P: AsRef<Path>>(paths: &[P], each: &mut dyn FnMut(Found)) -> usize {
    let mut files_read = 0;
    for p in paths {
        let p = p.as_ref();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                let mut skipped = Vec::new();
                walk(p, 0, &mut files, &mut skipped);
                skipped.into_iter().for_each(|s| each(Found::Skipped(s)));
                for f in files {
                    files_read += usize::from(read_into(&f, each));
                }
            }
            Ok(_) => files_read += usize::from(read_into(p, each)),
            Err(e) => each(Found::Skipped(SkippedFile {
                path: p.to_path_buf(),
                reason: io_reason(&e),
            })),
        }
    }
    files_read
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
        {
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => files.push(p),
                Ok(m) if !m.is_dir() => skipped.push(not_regular(&p)),
                _ => {}
            }
        }
    }
}

fn not_regular(path: &Path) -> SkippedFile {
    SkippedFile {
        path: path.to_path_buf(),
        reason: "not a regular file (a pipe, device or socket is never read)".into(),
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

/// How many unusable records of one bundle are listed one by one; the
/// rest are counted in one line.
const MAX_LISTED_PER_FILE: usize = 20;

/// The bytes of a regular file, read through a reader capped at
/// [`MAX_FILE_BYTES`]: a pipe or device is never opened, and a file that
/// grows while it is read stops at the cap.
fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    read_capped_to(
        path,
        MAX_FILE_BYTES,
        "not a Frontline result (the file is far too big)",
    )
}

/// The bytes of a regular file of at most `max` bytes, read as
/// [`read_capped`] reads; `too_big` is the reason given for a bigger one.
pub(crate) fn read_capped_to(path: &Path, max: u64, too_big: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let too_big = || too_big.to_string();
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => return Err(not_regular(path).reason),
        Ok(m) if m.len() > max => return Err(too_big()),
        Ok(_) => {}
        Err(e) => return Err(io_reason(&e)),
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(not_regular(path).reason);
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Read one file; whether it was read (and so counts as a file read).
fn read_into(path: &Path, each: &mut dyn FnMut(Found)) -> bool {
    let bytes = match read_capped(path) {
        Ok(b) => b,
        Err(reason) => {
            each(Found::Skipped(SkippedFile {
                path: path.to_path_buf(),
                reason,
            }));
            return false;
        }
    };
    let (mut index, mut unlisted) = (0, 0);
    let mut listed = 0;
    let parsed = parse_each(&bytes, &mut |item| {
        index += 1;
        match item {
            Ok(r) => each(Found::Record(Box::new(r), record_in(path, index))),
            Err(_) if listed >= MAX_LISTED_PER_FILE => unlisted += 1,
            Err(reason) => {
                listed += 1;
                each(Found::Skipped(SkippedFile {
                    path: record_in(path, index),
                    reason,
                }));
            }
        }
    });
    match parsed {
        Err(reason) => each(Found::Skipped(SkippedFile {
            path: path.to_path_buf(),
            reason,
        })),
        Ok(Some(r)) => each(Found::Record(Box::new(r), path.to_path_buf())),
        Ok(None) if unlisted > 0 => each(Found::Skipped(SkippedFile {
            path: path.to_path_buf(),
            reason: format!(
                "{unlisted} more record(s) of this bundle could not be used (the first {MAX_LISTED_PER_FILE} are listed)"
            ),
        })),
        Ok(None) => {}
    }
    true
}

/// The name of the `index`th record of a bundle (1-based).
fn record_in(path: &Path, index: usize) -> PathBuf {
    PathBuf::from(format!("{} (record {index})", shown(path)))
}

/// A path as text, with what cannot be shown plainly escaped: bytes that
/// are not UTF-8 as `\xNN`, control characters as `\u{..}`.
pub(crate) fn shown(path: &Path) -> String {
    let escaped_controls = |s: &str| crate::workshop::shown::escape_controls(s).into_owned();
    if let Some(s) = path.to_str() {
        return escaped_controls(s);
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            out.push_str(&escaped_controls(chunk.valid()));
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    escaped_controls(&path.to_string_lossy())
}
