//! Result records: one JSON file per finished attempt, kept in
//! `<data dir>/results/<attempt>.json` and written atomically, so a crash
//! or a full disk never damages an earlier record. Also the bundle file a
//! trainee exports for the facilitator, and the import that reads many
//! such files (or whole folders) without ever stopping at a bad one.
//!
//! A run still in progress is not a record: see [`crate::save::progress::InProgress`].
//!
//! Nothing here sends anything anywhere; records leave the machine only
//! through an explicit export.

use crate::save::files;
use crate::save::progress::{Mode, Trainee, now_rfc3339};
use crate::scenario::Tone;
use crate::sim::area::Role;
use crate::sim::debrief::{Score, score};
use crate::sim::engine::{HarmRecord, Session};
use crate::sim::guide::Guide;
use crate::workshop::code::normalise_code;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The `format` of a result record file.
pub const RECORD_FORMAT: &str = "frontline-result";
/// The `format` of an exported bundle of records.
pub const BUNDLE_FORMAT: &str = "frontline-results-bundle";
/// The newest format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The folder of the data directory that holds the records.
pub const RESULTS_DIR: &str = "results";

/// One decision taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceMade {
    /// Which decision of the run (0-based).
    pub decision: usize,
    pub node: String,
    /// The choice's index in the node's `choices` (0-based).
    pub index: usize,
    /// The number the trainee saw (1-based among the open choices).
    pub number: usize,
    /// The choice's text as shown.
    pub text: String,
}

/// The ending the run reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndingReached {
    pub node: String,
    pub title: String,
    #[serde(default)]
    pub tone: Tone,
}

/// How the room voted at one decision of a group run on a projector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionVotes {
    /// Which decision of the run (0-based).
    pub decision: usize,
    /// The decision's node (filled from the record's choices by
    /// [`ResultRecord::set_votes`]).
    #[serde(default)]
    pub node: String,
    /// Votes per choice number as shown: `counts[0]` is choice 1.
    pub counts: Vec<u32>,
    /// The number of the choice the game followed.
    pub followed: usize,
}

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultRecord {
    /// Always [`RECORD_FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] when written.
    pub format_version: u32,
    /// A random UUID (v4), unique to the attempt; also the file name.
    pub attempt: String,
    /// The trainee's pseudonym: the only personal data kept.
    pub trainee: String,
    pub role: Role,
    pub scenario: String,
    pub scenario_title: String,
    pub scenario_version: i64,
    pub seed: u64,
    /// The label of the person met (the scenario's profile).
    #[serde(default)]
    pub profile: String,
    pub choices: Vec<ChoiceMade>,
    /// Every harm caused or avoided, in the order of the decisions.
    pub harms: Vec<HarmRecord>,
    /// The guide's titles of the harms in `harms`, so that a report can
    /// name them on a machine with another guide.
    #[serde(default)]
    pub harm_titles: BTreeMap<String, String>,
    pub score: Score,
    pub ending: EndingReached,
    /// RFC 3339 times.
    pub started: String,
    pub finished: String,
    pub duration_secs: u64,
    pub mode: Mode,
    /// The normalised workshop code, if one was entered.
    #[serde(default)]
    pub workshop: Option<String>,
    /// Group play: how the room voted at each decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<DecisionVotes>>,
}

/// Why a record cannot be made or stored.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("the run has not reached an ending yet; only finished runs are recorded")]
    NotFinished,
    #[error("the attempt id `{0}` is not a UUID")]
    BadAttempt(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl ResultRecord {
    /// The record of a finished run, finished now. `started` is the RFC 3339
    /// time the run began (as kept in [`crate::save::progress::InProgress`]);
    /// `workshop` is normalised. The attempt id is a new random UUID: set
    /// `attempt` to the in-progress attempt's id to keep the two linked.
    pub fn from_session(
        session: &Session,
        trainee: &Trainee,
        mode: Mode,
        workshop: Option<&str>,
        started: &str,
        guide: &Guide,
    ) -> Result<ResultRecord, RecordError> {
        Self::from_session_at(
            session,
            trainee,
            mode,
            workshop,
            started,
            guide,
            SystemTime::now(),
        )
    }

    /// As [`from_session`](Self::from_session), finished at a given time.
    pub fn from_session_at(
        session: &Session,
        trainee: &Trainee,
        mode: Mode,
        workshop: Option<&str>,
        started: &str,
        guide: &Guide,
        finished: SystemTime,
    ) -> Result<ResultRecord, RecordError> {
        let ending = session.ending().ok_or(RecordError::NotFinished)?;
        let scenario = session.checked().scenario();
        let harms: Vec<HarmRecord> = session
            .steps()
            .iter()
            .flat_map(|s| s.harms.iter().cloned())
            .collect();
        let harm_titles = harms
            .iter()
            .filter_map(|h| guide.harm(&h.id).map(|g| (h.id.clone(), g.title.clone())))
            .collect();
        let duration_secs = humantime::parse_rfc3339_weak(started)
            .ok()
            .and_then(|s| finished.duration_since(s).ok())
            .map_or(0, |d| d.as_secs());
        Ok(ResultRecord {
            format: RECORD_FORMAT.into(),
            format_version: FORMAT_VERSION,
            attempt: uuid::Uuid::new_v4().to_string(),
            trainee: trainee.name.clone(),
            role: trainee.role,
            scenario: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            scenario_version: scenario.version,
            seed: session.seed(),
            profile: session.profile_label().to_string(),
            choices: session
                .steps()
                .iter()
                .enumerate()
                .map(|(i, s)| ChoiceMade {
                    decision: i,
                    node: s.node.clone(),
                    index: s.choice,
                    number: s.number,
                    text: s.text.clone(),
                })
                .collect(),
            harms,
            harm_titles,
            score: score(session),
            ending: EndingReached {
                node: ending.node,
                title: ending.title,
                tone: ending.tone,
            },
            started: started.to_string(),
            finished: humantime::format_rfc3339_seconds(finished).to_string(),
            duration_secs,
            mode,
            workshop: workshop.map(normalise_code).filter(|c| !c.is_empty()),
            votes: None,
        })
    }

    /// Keep the room's votes of a group run: `(decision, counts per choice
    /// number, number followed)` for each decision voted on. The node of
    /// each decision is taken from the record's choices.
    pub fn set_votes(&mut self, votes: impl IntoIterator<Item = (usize, Vec<u32>, usize)>) {
        let v: Vec<DecisionVotes> = votes
            .into_iter()
            .map(|(decision, counts, followed)| DecisionVotes {
                decision,
                node: self
                    .choices
                    .get(decision)
                    .map(|c| c.node.clone())
                    .unwrap_or_default(),
                counts,
                followed,
            })
            .collect();
        self.votes = (!v.is_empty()).then_some(v);
    }

    /// The file this record is kept in, in a data folder.
    pub fn path_in(&self, data_dir: &Path) -> Result<PathBuf, RecordError> {
        check_attempt(&self.attempt)?;
        Ok(results_dir(data_dir).join(format!("{}.json", self.attempt)))
    }

    /// Write the record to `<data_dir>/results/<attempt>.json`, atomically.
    pub fn save(&self, data_dir: &Path) -> Result<PathBuf, RecordError> {
        let path = self.path_in(data_dir)?;
        files::write_json(&path, self)?;
        Ok(path)
    }

    /// Whether the record is one this build understands: the right format
    /// and version, and an attempt id that is a UUID (it becomes a file name).
    pub fn problem(&self) -> Option<String> {
        if self.format != RECORD_FORMAT {
            return Some(format!("its format is `{}`", self.format));
        }
        if self.format_version > FORMAT_VERSION {
            return Some(newer(self.format_version));
        }
        check_attempt(&self.attempt).err().map(|e| e.to_string())
    }

    /// The date part of the finish time (`2026-03-14`).
    pub fn finished_date(&self) -> &str {
        self.finished.get(..10).unwrap_or(&self.finished)
    }
}

fn newer(v: u32) -> String {
    format!("it was made by a newer Frontline (format version {v}); update Frontline to read it")
}

fn check_attempt(attempt: &str) -> Result<(), RecordError> {
    // Only the hyphenated form: the id is used as a file name.
    match uuid::Uuid::try_parse(attempt) {
        Ok(u) if u.hyphenated().to_string() == attempt.to_ascii_lowercase() => Ok(()),
        _ => Err(RecordError::BadAttempt(attempt.chars().take(60).collect())),
    }
}

/// The results folder of a data folder.
pub fn results_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(RESULTS_DIR)
}

/// A file that was not read, and why, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What reading result files gave.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Collected {
    /// Each attempt once, in the order found.
    pub records: Vec<ResultRecord>,
    /// Records seen again with an attempt id already read (kept once).
    pub duplicates: usize,
    /// Files (or records inside a bundle) that could not be used.
    pub skipped: Vec<Skipped>,
    /// How many files were read.
    pub files: usize,
}

impl Collected {
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
pub fn load_all(data_dir: &Path) -> Collected {
    let dir = results_dir(data_dir);
    if !dir.exists() {
        return Collected::default();
    }
    collect(&[dir])
}

/// Read records from files and folders (recursively; only `.json` files
/// inside folders, any file named directly). A file may hold one record or
/// a bundle. Nothing stops the reading: a bad file is listed with the
/// reason and the rest are read.
pub fn collect<P: AsRef<Path>>(paths: &[P]) -> Collected {
    let mut out = Collected::default();
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
            Err(e) => out.skipped.push(Skipped {
                path: p.to_path_buf(),
                reason: io_reason(&e),
            }),
        }
    }
    out
}

/// How deep folders are followed.
const MAX_DEPTH: usize = 16;

fn walk(dir: &Path, depth: usize, files: &mut Vec<PathBuf>, skipped: &mut Vec<Skipped>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            skipped.push(Skipped {
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

fn read_into(path: &Path, out: &mut Collected, seen: &mut BTreeSet<String>) {
    let skip = |out: &mut Collected, reason: String| {
        out.skipped.push(Skipped {
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
        Ok(Parsed::Record(r)) => out.add(seen, *r),
        Ok(Parsed::Bundle(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    Ok(r) => out.add(seen, r),
                    Err(reason) => out.skipped.push(Skipped {
                        path: PathBuf::from(format!("{} (record {})", path.display(), i + 1)),
                        reason,
                    }),
                }
            }
        }
    }
}

/// What a result file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Record(Box<ResultRecord>),
    /// Each record of a bundle, or why it cannot be used.
    Bundle(Vec<Result<ResultRecord, String>>),
}

/// Parse the bytes of a result or bundle file; the error is a plain reason.
pub fn parse(bytes: &[u8]) -> Result<Parsed, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| json_reason(e, bytes))?;
    let format = value.get("format").and_then(|f| f.as_str());
    match format {
        Some(RECORD_FORMAT) => record_from_value(value).map(|r| Parsed::Record(Box::new(r))),
        Some(BUNDLE_FORMAT) => {
            let version = value
                .get("format_version")
                .and_then(|v| v.as_u64())
                .unwrap_or(0);
            if version > u64::from(FORMAT_VERSION) {
                return Err(format!(
                    "a bundle of results, but {}",
                    newer(version as u32)
                ));
            }
            match value.get("records").and_then(|r| r.as_array()) {
                Some(items) => Ok(Parsed::Bundle(
                    items.iter().cloned().map(record_from_value).collect(),
                )),
                None => Err("a damaged bundle of results: it has no `records` list".into()),
            }
        }
        Some(other) => Err(format!(
            "a JSON file that is not a Frontline result (its format is `{}`)",
            other.chars().take(60).collect::<String>()
        )),
        None => Err("a JSON file that is not a Frontline result".into()),
    }
}

fn record_from_value(value: serde_json::Value) -> Result<ResultRecord, String> {
    if value.get("format").and_then(|f| f.as_str()) != Some(RECORD_FORMAT) {
        return Err("not a Frontline result".into());
    }
    if let Some(v) = value.get("format_version").and_then(|v| v.as_u64())
        && v > u64::from(FORMAT_VERSION)
    {
        return Err(newer(v as u32));
    }
    let r: ResultRecord =
        serde_json::from_value(value).map_err(|e| format!("a damaged Frontline result: {e}"))?;
    match r.problem() {
        Some(p) => Err(format!("a damaged Frontline result: {p}")),
        None => Ok(r),
    }
}

/// The reason a file is not JSON. A file that starts like JSON and breaks
/// off on its last line was cut short (a copy or a write interrupted).
fn json_reason(e: serde_json::Error, bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let content = text.trim();
    let last_line = content.lines().count().max(1);
    let cut_short = e.classify() == serde_json::error::Category::Eof
        || (content.starts_with(['{', '['])
            && e.classify() == serde_json::error::Category::Syntax
            && e.line() >= last_line);
    if cut_short {
        format!(
            "truncated JSON: the file ends early (line {}, column {}); it may have been cut off while copying",
            e.line(),
            e.column()
        )
    } else if e.classify() == serde_json::error::Category::Io {
        format!("unreadable: {e}")
    } else {
        format!("malformed JSON, not a Frontline result: {e}")
    }
}

/// An exported set of records, for a USB stick or a shared folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
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

impl Bundle {
    /// A bundle of the records, only those of `workshop` if given (the code
    /// is compared normalised).
    pub fn new(records: &[ResultRecord], workshop: Option<&str>) -> Bundle {
        let code = workshop.map(normalise_code);
        Bundle {
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
    let b = Bundle::new(records, workshop);
    b.write(path)?;
    Ok(b.records.len())
}

/// A file name for an export: `frontline-results-[CODE-]<pseudonym>-<date>.json`,
/// with the pseudonym reduced to letters, digits, `-` and `_`.
pub fn export_file_name(pseudonym: &str, workshop: Option<&str>, date: &str) -> String {
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
    pub skipped: Vec<Skipped>,
}

/// Export the records of a data folder (only `workshop`'s if given) to one
/// bundle: to `out`, or else to [`export_file_name`] in `default_dir`,
/// named after the trainee's pseudonym and today's date. Nothing is
/// written when there is nothing to export.
pub fn export_user(
    data_dir: &Path,
    workshop: Option<&str>,
    out: Option<&Path>,
    default_dir: &Path,
) -> Result<Exported, String> {
    let all = load_all(data_dir);
    let bundle = Bundle::new(&all.records, workshop);
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
    pub skipped: Vec<Skipped>,
}

/// Import records from files and folders into a data folder's results:
/// every valid record whose attempt the folder does not have yet is
/// written (atomically) as its own file. Never stops at a bad file.
pub fn import_into<P: AsRef<Path>>(data_dir: &Path, paths: &[P]) -> Imported {
    let have: BTreeSet<String> = load_all(data_dir)
        .records
        .iter()
        .map(|r| r.attempt.to_ascii_lowercase())
        .collect();
    let c = collect(paths);
    let mut out = Imported {
        duplicates: c.duplicates,
        files: c.files,
        skipped: c.skipped,
        ..Imported::default()
    };
    for r in c.records {
        let exists = r.path_in(data_dir).is_ok_and(|p| p.exists());
        if have.contains(&r.attempt.to_ascii_lowercase()) || exists {
            out.already += 1;
            continue;
        }
        match r.save(data_dir) {
            Ok(_) => out.imported += 1,
            Err(e) => out.skipped.push(Skipped {
                path: PathBuf::from(format!("{} (attempt {})", r.trainee, r.attempt)),
                reason: format!("could not be written: {e}"),
            }),
        }
    }
    out
}

/// Delete the user's records (settings: "delete my data"): every file in
/// the results folder, then the folder. Tries every file; returns how many
/// were deleted, or the first error after trying them all.
pub fn delete_all(data_dir: &Path) -> std::io::Result<usize> {
    let dir = results_dir(data_dir);
    let entries = match std::fs::read_dir(&dir) {
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
            let _ = std::fs::remove_dir(&dir);
            Ok(deleted)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::check_file;

    fn tiny_record(choices: &[usize]) -> ResultRecord {
        let guide = Guide::bundled().unwrap();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.ron");
        let checked = check_file(&path, &guide).checked.unwrap();
        let mut s = Session::start(&checked, 3);
        for c in choices {
            s.choose_number(*c).unwrap();
        }
        let trainee = Trainee {
            name: "Kite".into(),
            role: Role::SocialWorker,
        };
        ResultRecord::from_session(
            &s,
            &trainee,
            Mode::Assessment,
            Some(" ab-cd "),
            "2026-01-01T10:00:00Z",
            &guide,
        )
        .unwrap()
    }

    fn temp(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("frontline-records-{name}-{}", uuid::Uuid::new_v4()))
    }

    #[test]
    fn a_record_round_trips_through_its_file() {
        let dir = temp("roundtrip");
        let mut r = tiny_record(&[2, 1]);
        r.set_votes([(0, vec![3, 5], 2)]);
        assert_eq!(r.workshop.as_deref(), Some("ABCD"));
        assert_eq!(r.votes.as_ref().unwrap()[0].node, "start");
        let path = r.save(&dir).unwrap();
        assert_eq!(
            path,
            dir.join("results").join(format!("{}.json", r.attempt))
        );
        let all = load_all(&dir);
        assert_eq!(all.records, vec![r]);
        assert!(all.skipped.is_empty());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn unfinished_runs_and_odd_attempt_ids_are_refused() {
        let guide = Guide::bundled().unwrap();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.ron");
        let checked = check_file(&path, &guide).checked.unwrap();
        let s = Session::start(&checked, 3);
        let t = Trainee {
            name: "K".into(),
            role: Role::Police,
        };
        let e = ResultRecord::from_session(&s, &t, Mode::Coach, None, "", &guide).unwrap_err();
        assert!(matches!(e, RecordError::NotFinished));
        let mut r = tiny_record(&[1, 1]);
        r.attempt = "../../escape".into();
        assert!(matches!(
            r.save(&temp("bad")),
            Err(RecordError::BadAttempt(_))
        ));
        assert!(r.problem().unwrap().contains("not a UUID"));
    }

    #[test]
    fn bad_bytes_get_plain_reasons() {
        assert_eq!(parse(b"  \n").unwrap_err(), "empty file");
        assert!(
            parse(b"{\"format\": \"frontline-re")
                .unwrap_err()
                .starts_with("truncated JSON")
        );
        assert!(parse(b"hello").unwrap_err().starts_with("malformed JSON"));
        assert!(
            parse(b"{\"format\": \"frontline-re\n")
                .unwrap_err()
                .starts_with("truncated JSON")
        );
        assert!(
            parse(b"{\"a\": 1,\n\"b\": tru\n")
                .unwrap_err()
                .starts_with("truncated JSON")
        );
        let e = parse(b"{\"a\": x,\n\"b\": 2\n}\n").unwrap_err();
        assert!(e.starts_with("malformed JSON"), "{e}");
        assert_eq!(
            parse(b"{\"name\": \"x\"}").unwrap_err(),
            "a JSON file that is not a Frontline result"
        );
        assert!(
            parse(b"[1,2]")
                .unwrap_err()
                .contains("not a Frontline result")
        );
        let mut v = serde_json::to_value(tiny_record(&[1, 1])).unwrap();
        v["format_version"] = 9.into();
        let e = parse(&serde_json::to_vec(&v).unwrap()).unwrap_err();
        assert!(e.contains("newer Frontline"), "{e}");
        v["format_version"] = 1.into();
        v["score"] = "high".into();
        let e = parse(&serde_json::to_vec(&v).unwrap()).unwrap_err();
        assert!(e.starts_with("a damaged Frontline result"), "{e}");
    }

    #[test]
    fn export_names_are_safe() {
        assert_eq!(
            export_file_name("Mai T./x", Some("ab-cd"), "2026-03-14"),
            "frontline-results-ABCD-Mai-T--x-2026-03-14.json"
        );
        assert_eq!(
            export_file_name("  ", None, "2026-03-14"),
            "frontline-results-trainee-2026-03-14.json"
        );
    }

    #[test]
    fn deleting_removes_every_result_and_nothing_else() {
        let dir = temp("delete");
        tiny_record(&[1, 1]).save(&dir).unwrap();
        tiny_record(&[2, 2]).save(&dir).unwrap();
        std::fs::write(dir.join("progress.json"), "{}").unwrap();
        assert_eq!(delete_all(&dir).unwrap(), 2);
        assert!(!results_dir(&dir).exists());
        assert!(dir.join("progress.json").exists());
        assert_eq!(delete_all(&dir).unwrap(), 0);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
