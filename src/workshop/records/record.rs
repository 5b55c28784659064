//! The result record of one finished attempt, and its file format: the
//! `format` names and version, and the parse of a file's bytes into a
//! record or a bundle with a plain reason when it is not one.

use crate::guide::Guide;
use crate::guide::area::Role;
use crate::save::files;
use crate::save::progress::{Mode, Trainee};
use crate::scenario::Tone;
use crate::sim::debrief::{Score, score};
use crate::sim::engine::{HarmRecord, Session};
use crate::workshop::code::normalise_code;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The `format` of a result record file.
pub const RECORD_FORMAT: &str = "frontline-result";
/// The `format` of an exported bundle of records.
pub const BUNDLE_FORMAT: &str = "frontline-results-bundle";
/// The newest format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The folder of the data directory that holds the records.
pub(crate) const RESULTS_DIR: &str = "results";

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

/// Where an attempt stands in a case journey played by several trainees:
/// the attempt is stage `stage` of `stages` of the case `case`, in the
/// journey `journey` (a v4 UUID shared by every stage's record, carried
/// from trainee to trainee in a handover file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyRef {
    /// The journey's id: a v4 UUID.
    pub journey: String,
    /// The case's id.
    pub case: String,
    /// 1-based.
    pub stage: usize,
    /// How many stages the case has.
    pub stages: usize,
    /// The case's seed (each stage's own seed is the record's `seed`).
    pub seed: u64,
}

/// One finished attempt.
///
/// # Invariant: the fields are a file format
///
/// A record is written to disk as JSON (`<data dir>/results/<attempt>.json`)
/// and travels to other machines in export bundles ([`BUNDLE_FORMAT`]),
/// where another version of Frontline reads it. Its field names, their
/// types and meanings (and those of the types it holds: [`ChoiceMade`],
/// [`EndingReached`], [`DecisionVotes`], [`JourneyRef`]) are therefore a file format, not
/// an implementation detail: they change only together with
/// [`FORMAT_VERSION`], and a new version keeps reading the old ones. A new
/// optional field needs `#[serde(default)]` so that older files still
/// read. The test `result_record_json_field_names_are_pinned` (in
/// `tests/workshop.rs`) fails on an accidental rename.
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
    /// The language the run was played in (`th`, `km`, ...; `en` in records
    /// made before languages existed). Titles and choice texts are in it.
    #[serde(default = "english")]
    pub language: String,
    /// The normalised workshop code, if one was entered.
    #[serde(default)]
    pub workshop: Option<String>,
    /// Group play: how the room voted at each decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<DecisionVotes>>,
    /// A stage of a case journey: which journey, and which stage of it.
    /// Absent from records of a scenario played on its own (and from
    /// records made before journeys existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journey: Option<JourneyRef>,
}

fn english() -> String {
    "en".into()
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
    /// As [`from_session_at`](Self::from_session_at), finished now.
    #[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
    pub(crate) fn from_session(
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

    /// The record of a finished run, finished at `finished`. `started` is
    /// the RFC 3339 time the run began (as kept in
    /// [`crate::save::progress::InProgress`]); `workshop` is normalised. The
    /// attempt id is a new random UUID: set `attempt` to the in-progress
    /// attempt's id to keep the two linked.
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
        let steps = session.steps();
        let harms: Vec<HarmRecord> = steps.iter().flat_map(|s| s.harms.iter().cloned()).collect();
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
            choices: steps
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
            language: english(),
            mode,
            workshop: workshop.map(normalise_code).filter(|c| !c.is_empty()),
            votes: None,
            journey: None,
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
    pub(crate) fn path_in(&self, data_dir: &Path) -> Result<PathBuf, RecordError> {
        check_attempt(&self.attempt)?;
        Ok(results_dir(data_dir).join(format!("{}.json", self.attempt)))
    }

    /// Write the record to `<data_dir>/results/<attempt>.json`, atomically.
    pub fn save(&self, data_dir: &Path) -> Result<PathBuf, RecordError> {
        let path = self.path_in(data_dir)?;
        files::write_json(&path, self)?;
        Ok(path)
    }

    /// The record's content in short (FNV-1a of its JSON), to tell a copy
    /// of an attempt from a different version of it.
    pub(crate) fn fingerprint(&self) -> u64 {
        crate::sim::seed::fnv1a(&serde_json::to_vec(self).expect("records serialise"))
    }

    /// Whether the record is one this build understands: the right format
    /// and version, and an attempt id that is a UUID (it becomes a file name).
    pub(crate) fn problem(&self) -> Option<String> {
        if self.format != RECORD_FORMAT {
            return Some(format!("its format is `{}`", self.format));
        }
        if self.format_version > FORMAT_VERSION {
            return Some(newer(u64::from(self.format_version)));
        }
        check_attempt(&self.attempt).err().map(|e| e.to_string())
    }
}

pub(super) fn newer(v: u64) -> String {
    format!("it was made by a newer Frontline (format version {v}); update Frontline to read it")
}

pub(crate) fn check_attempt(attempt: &str) -> Result<(), RecordError> {
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

/// What a result file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultFile {
    Record(Box<ResultRecord>),
    /// Each record of a bundle, or why it cannot be used.
    Bundle(Vec<Result<ResultRecord, String>>),
}

/// Parse the bytes of a result or bundle file; the error is a plain reason.
pub fn parse(bytes: &[u8]) -> Result<ResultFile, String> {
    let mut items = Vec::new();
    match parse_each(bytes, &mut |item| items.push(item))? {
        Some(r) => Ok(ResultFile::Record(Box::new(r))),
        None => Ok(ResultFile::Bundle(items)),
    }
}

/// The fields of a file's top level that tell what it is; the rest is
/// skipped unread, and `records` stays text until it is walked.
#[derive(Deserialize)]
struct Head<'a> {
    #[serde(borrow, default)]
    format: Option<&'a RawValue>,
    #[serde(borrow, default)]
    format_version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    records: Option<&'a RawValue>,
}

/// Parse the bytes of a result or bundle file, one record at a time: a
/// single record is returned, each record of a bundle (or why it cannot
/// be used) goes to `each` as it is read, so memory holds one record
/// whatever the bundle holds. The error is a plain reason.
pub(crate) fn parse_each(
    bytes: &[u8],
    each: &mut dyn FnMut(Result<ResultRecord, String>),
) -> Result<Option<ResultRecord>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    let head: Head = match serde_json::from_slice(bytes) {
        Ok(h) => h,
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            return Err("a JSON file that is not a Frontline result".into());
        }
        Err(e) => return Err(json_reason(e, bytes)),
    };
    let format: Option<String> = head.format.and_then(|f| serde_json::from_str(f.get()).ok());
    match format.as_deref() {
        Some(RECORD_FORMAT) => record_from_bytes(bytes).map(Some),
        Some(BUNDLE_FORMAT) => {
            let version = match head.format_version {
                None => 0,
                Some(v) => serde_json::from_str::<u64>(v.get()).map_err(|_| {
                    "a damaged bundle of results: its `format_version` is not a version number"
                        .to_string()
                })?,
            };
            if version > u64::from(FORMAT_VERSION) {
                return Err(format!("a bundle of results, but {}", newer(version)));
            }
            let no_list = || "a damaged bundle of results: it has no `records` list".to_string();
            let records = head.records.ok_or_else(no_list)?;
            let mut de = serde_json::Deserializer::from_str(records.get());
            serde::Deserializer::deserialize_seq(&mut de, EachRecord(each))
                .map_err(|_| no_list())?;
            Ok(None)
        }
        Some(other) => Err(format!(
            "a JSON file that is not a Frontline result (its format is `{}`)",
            other.chars().take(60).collect::<String>()
        )),
        None => Err("a JSON file that is not a Frontline result".into()),
    }
}

/// Walks a bundle's `records` list, handing each record to the callback.
struct EachRecord<'f>(&'f mut dyn FnMut(Result<ResultRecord, String>));

impl<'de> serde::de::Visitor<'de> for EachRecord<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            (self.0)(record_from_bytes(raw.get().as_bytes()));
        }
        Ok(())
    }
}

fn record_from_bytes(bytes: &[u8]) -> Result<ResultRecord, String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        if too_deep(&e) {
            format!(
                "not a Frontline result: brackets are nested too deep (line {}, column {})",
                e.line(),
                e.column()
            )
        } else {
            format!("a damaged Frontline result: {e}")
        }
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(RECORD_FORMAT) {
        return Err("not a Frontline result".into());
    }
    if let Some(v) = value.get("format_version").and_then(|v| v.as_u64())
        && v > u64::from(FORMAT_VERSION)
    {
        return Err(newer(v));
    }
    let r: ResultRecord =
        serde_json::from_value(value).map_err(|e| format!("a damaged Frontline result: {e}"))?;
    match r.problem() {
        Some(p) => Err(format!("a damaged Frontline result: {p}")),
        None => Ok(r),
    }
}

/// Whether serde_json stopped at its nesting limit.
fn too_deep(e: &serde_json::Error) -> bool {
    e.to_string().starts_with("recursion limit exceeded")
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
    if too_deep(&e) {
        format!(
            "not a Frontline result: brackets are nested too deep (line {}, column {}); a result needs only a few levels",
            e.line(),
            e.column()
        )
    } else if cut_short {
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
