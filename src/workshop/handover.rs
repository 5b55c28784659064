//! A case journey handed from one trainee to the next: in a workshop the
//! room can split a case by role, one trainee playing the identification
//! stage and the next the shelter stage, on another laptop. The first
//! writes a [`Handover`] file when their stages are done; the next opens
//! it and continues the same journey (same case, seed and choices, so the
//! same person with what happened to them). Each stage's result record
//! carries a [`JourneyRef`], and the facilitator's report shows the
//! journey as a chain across trainees.
//!
//! A handover is made between stages only: after the last finished stage,
//! before anyone has begun the next.

use crate::case::{CaseRun, CaseSave, CheckedCase};
use crate::guide::area::Role;
use crate::save::files;
use crate::sim::seed::SEED_LIMIT;
use crate::workshop::code::{code_problem, normalise_code};
use crate::workshop::records::{
    MAX_STAGES, case_id_problem, check_attempt, journey_id_problem, read_capped_to, trainee_problem,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

pub use crate::workshop::records::JourneyRef;

/// The `format` of a handover file.
pub const HANDOVER_FORMAT: &str = "frontline-handover";
/// The newest handover format version this build writes and reads.
pub const HANDOVER_VERSION: u32 = 1;
/// A handover is a few hundred bytes; anything far bigger is not one.
const MAX_HANDOVER_BYTES: u64 = 1024 * 1024;
/// More choices than any journey takes.
const MAX_CHOICES: usize = 10_000;

/// A journey handed from one trainee to the next: enough to continue it.
///
/// Like a result record, its field names are a file format (it travels
/// between laptops and versions of Frontline): they change only with
/// [`HANDOVER_VERSION`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    /// Always [`HANDOVER_FORMAT`].
    pub format: String,
    /// [`HANDOVER_VERSION`] when written.
    pub format_version: u32,
    /// A v4 UUID naming this journey across trainees.
    pub journey: String,
    /// The case's id.
    pub case: String,
    /// The case's seed.
    pub seed: u64,
    /// Every choice so far, across the stages (as [`CaseSave`]).
    pub choices: Vec<usize>,
    /// How many stages are finished.
    pub stages_done: usize,
    /// Who played each finished stage, in order: one entry per stage.
    pub played_by: Vec<StagePlayer>,
    /// The normalised workshop code, if the journey is played in one.
    #[serde(default)]
    pub workshop: Option<String>,
}

/// Who played one finished stage of a journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StagePlayer {
    /// 1-based.
    pub stage: usize,
    /// The trainee's pseudonym.
    pub trainee: String,
    pub role: Role,
    /// The attempt id of the stage's result record.
    pub attempt: String,
}

impl Handover {
    /// The handover of a journey saved as `save`, with `stages_done`
    /// stages finished, played by `played_by`. The workshop code is kept
    /// normalised. Nothing is checked here: [`write`](Self::write) and
    /// [`continue_run`](Self::continue_run) check.
    pub fn new(
        journey: String,
        save: &CaseSave,
        stages_done: usize,
        played_by: Vec<StagePlayer>,
        workshop: Option<String>,
    ) -> Handover {
        Handover {
            format: HANDOVER_FORMAT.into(),
            format_version: HANDOVER_VERSION,
            journey,
            case: save.case.clone(),
            seed: save.seed,
            choices: save.choices.clone(),
            stages_done,
            played_by,
            workshop: workshop
                .map(|c| normalise_code(&c))
                .filter(|c| !c.is_empty()),
        }
    }

    /// A new journey's id: a random (v4) UUID.
    pub fn new_journey_id() -> String {
        uuid::Uuid::new_v4().to_string()
    }

    /// The journey as a [`CaseSave`], to restore with [`CaseRun::restore`].
    pub fn case_save(&self) -> CaseSave {
        CaseSave {
            case: self.case.clone(),
            seed: self.seed,
            choices: self.choices.clone(),
        }
    }

    /// The 1-based stage the next trainee plays.
    pub fn next_stage(&self) -> usize {
        self.stages_done + 1
    }

    /// The name of the file: `handover-<case>-stage<k>-<journey>.json`,
    /// where `k` is the stage to play next and `<journey>` the first eight
    /// characters of the journey id.
    pub fn file_name(&self) -> String {
        let safe = |s: &str, n: usize| -> String {
            s.chars()
                .take(n)
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect()
        };
        format!(
            "handover-{}-stage{}-{}.json",
            safe(&self.case, 60),
            self.next_stage(),
            safe(&self.journey, 8)
        )
    }

    /// Write the handover into `folder` (made if missing) as
    /// [`file_name`](Self::file_name), atomically and never over another
    /// file: the same handover written twice is one file; a different
    /// file of that name is kept and the write refused.
    pub fn write(&self, folder: &Path) -> Result<PathBuf, String> {
        if let Some(p) = self.problem() {
            return Err(format!("this handover cannot be written: {p}"));
        }
        let path = folder.join(self.file_name());
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
        match files::write_new(&path, &bytes) {
            Ok(()) => Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if std::fs::read(&path).is_ok_and(|b| b == bytes) {
                    Ok(path)
                } else {
                    Err(format!(
                        "{} is already there and holds another handover; it is kept. Write this one to another folder.",
                        path.display()
                    ))
                }
            }
            Err(e) => Err(format!("cannot write {}: {e}", path.display())),
        }
    }

    /// Read a handover file, with every field checked; the error says
    /// which field is wrong and why.
    pub fn read(path: &Path) -> Result<Handover, String> {
        let shown = crate::workshop::records::shown_path(path);
        let bytes = read_capped_to(
            path,
            MAX_HANDOVER_BYTES,
            "not a Frontline handover (the file is far too big)",
        )
        .map_err(|e| format!("{shown}: {e}"))?;
        Handover::parse(&bytes).map_err(|e| format!("{shown}: {e}"))
    }

    /// A handover from the bytes of its file, with every field checked.
    pub fn parse(bytes: &[u8]) -> Result<Handover, String> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let value: Value = serde_json::from_slice(bytes)
            .map_err(|e| format!("not a Frontline handover: the JSON is broken ({e})"))?;
        let Value::Object(o) = value else {
            return Err("not a Frontline handover: not a JSON object".into());
        };
        match o.get("format").and_then(Value::as_str) {
            Some(HANDOVER_FORMAT) => {}
            Some(other) => {
                return Err(format!(
                    "not a Frontline handover: its `format` is `{}`, not `{HANDOVER_FORMAT}`",
                    crate::workshop::shown::escape_controls(
                        &other.chars().take(60).collect::<String>()
                    )
                ));
            }
            None => return Err("not a Frontline handover: it has no `format`".into()),
        }
        let damaged = |p: String| format!("a damaged Frontline handover: {p}");
        let version: u64 = field(&o, "format_version").map_err(damaged)?;
        if version > u64::from(HANDOVER_VERSION) {
            return Err(format!(
                "a handover made by a newer Frontline (format version {version}); update Frontline to read it"
            ));
        }
        let played: Vec<Value> = field(&o, "played_by").map_err(damaged)?;
        let mut played_by = Vec::with_capacity(played.len().min(MAX_STAGES + 1));
        for (i, p) in played.iter().enumerate() {
            let Value::Object(p) = p else {
                return Err(damaged(format!("its `played_by[{i}]` is not an object")));
            };
            let at = |f: &str| format!("played_by[{i}].{f}");
            played_by.push(StagePlayer {
                stage: field_at(p, "stage", &at("stage")).map_err(damaged)?,
                trainee: field_at(p, "trainee", &at("trainee")).map_err(damaged)?,
                role: field_at(p, "role", &at("role")).map_err(damaged)?,
                attempt: field_at(p, "attempt", &at("attempt")).map_err(damaged)?,
            });
        }
        let workshop: Option<String> = match o.get("workshop") {
            None | Some(Value::Null) => None,
            Some(_) => Some(field(&o, "workshop").map_err(damaged)?),
        };
        let h = Handover {
            format: HANDOVER_FORMAT.into(),
            format_version: u32::try_from(version).unwrap_or(u32::MAX),
            journey: field(&o, "journey").map_err(damaged)?,
            case: field(&o, "case").map_err(damaged)?,
            seed: field(&o, "seed").map_err(damaged)?,
            choices: field(&o, "choices").map_err(damaged)?,
            stages_done: field(&o, "stages_done").map_err(damaged)?,
            played_by,
            workshop,
        };
        match h.problem() {
            Some(p) => Err(damaged(p)),
            None => Ok(h),
        }
    }

    /// The first field Frontline could not have written, and why (`its
    /// `seed` is ...`); None when every field is one it could.
    pub fn problem(&self) -> Option<String> {
        if self.format != HANDOVER_FORMAT {
            return Some(format!("its `format` is not `{HANDOVER_FORMAT}`"));
        }
        if self.format_version == 0 || self.format_version > HANDOVER_VERSION {
            return Some(format!(
                "its `format_version` is {}; Frontline writes 1 to {HANDOVER_VERSION}",
                self.format_version
            ));
        }
        if let Some(p) = journey_id_problem(&self.journey) {
            return Some(format!("its `journey` is {p}"));
        }
        if let Some(p) = case_id_problem(&self.case) {
            return Some(format!("its `case` is {p}"));
        }
        if self.seed >= SEED_LIMIT {
            return Some(format!(
                "its `seed` is {}; Frontline's seeds are below {SEED_LIMIT}",
                self.seed
            ));
        }
        if self.choices.len() > MAX_CHOICES {
            return Some(format!(
                "its `choices` has {} choices, far more than a journey takes",
                self.choices.len()
            ));
        }
        if let Some((i, n)) = self
            .choices
            .iter()
            .enumerate()
            .find(|(_, n)| **n == 0 || **n > MAX_CHOICES)
        {
            return Some(format!(
                "its `choices[{i}]` is {n}; choices are numbered from 1"
            ));
        }
        if self.stages_done > MAX_STAGES {
            return Some(format!(
                "its `stages_done` is {}; a case has at most {MAX_STAGES} stages",
                self.stages_done
            ));
        }
        self.players_problem().or_else(|| {
            let p = code_problem(self.workshop.as_deref()?)?;
            Some(format!("its `workshop` is not a workshop code: {p}"))
        })
    }

    /// One player per finished stage, in order, each a name and attempt
    /// id a record could hold.
    fn players_problem(&self) -> Option<String> {
        if self.played_by.len() != self.stages_done {
            return Some(format!(
                "its `played_by` lists {} stage(s), but its `stages_done` is {}",
                self.played_by.len(),
                self.stages_done
            ));
        }
        for (i, p) in self.played_by.iter().enumerate() {
            if p.stage != i + 1 {
                return Some(format!(
                    "its `played_by[{i}].stage` is {}; the stages played are listed in order, from 1",
                    p.stage
                ));
            }
            if let Some(why) = trainee_problem(&p.trainee) {
                return Some(format!("its `played_by[{i}].trainee` {why}"));
            }
            if check_attempt(&p.attempt).is_err() {
                return Some(format!(
                    "its `played_by[{i}].attempt` is not a UUID (the attempt id of the stage's result)"
                ));
            }
        }
        None
    }

    /// The journey restored on `case`, ready for the next stage: the
    /// handover's fields checked, its choices replayed, and its
    /// `stages_done` checked against where the replay stands (the stages
    /// finished, and the next one not begun).
    pub fn continue_run(&self, case: &CheckedCase) -> Result<CaseRun, String> {
        if let Some(p) = self.problem() {
            return Err(p);
        }
        if self.case != case.id() {
            return Err(format!(
                "its `case` is `{}`, but the case given is `{}`",
                self.case,
                case.id()
            ));
        }
        let stages = case.case.stages.len();
        if self.stages_done >= stages {
            return Err(format!(
                "its `stages_done` is {}, but the case `{}` has {stages} stage(s): no stage is left to play",
                self.stages_done, self.case
            ));
        }
        let run = CaseRun::restore(case, &self.case_save()).map_err(|e| {
            format!(
                "its `choices` do not replay on the case `{}`: {e}",
                self.case
            )
        })?;
        let (done, begun) = position(&run);
        if let Some((stage, decisions)) = begun {
            return Err(format!(
                "its `choices` stop in the middle of stage {stage} ({decisions} decision(s) into it), but a handover is made between stages"
            ));
        }
        if done != self.stages_done {
            return Err(format!(
                "its `stages_done` is {}, but its `choices` finish {done} stage(s)",
                self.stages_done
            ));
        }
        Ok(run)
    }

    /// The journey reference of stage `stage` (1-based) of this journey,
    /// for that stage's result record.
    pub fn journey_ref(&self, stage: usize, stages: usize) -> JourneyRef {
        JourneyRef {
            journey: self.journey.clone(),
            case: self.case.clone(),
            stage,
            stages,
            seed: self.seed,
        }
    }
}

impl JourneyRef {
    /// The reference of stage `stage` (1-based) of `run`, in the journey
    /// `journey`: what that stage's result record carries.
    pub fn of_stage(run: &CaseRun, journey: &str, stage: usize) -> JourneyRef {
        JourneyRef {
            journey: journey.to_string(),
            case: run.case().id().to_string(),
            stage,
            stages: run.case().case.stages.len(),
            seed: run.seed(),
        }
    }
}

/// Where a journey stands: how many stages are finished, and the stage
/// begun but not finished (1-based) with how many decisions were made in
/// it, if one is.
fn position(run: &CaseRun) -> (usize, Option<(usize, usize)>) {
    let done = run.stages().iter().filter(|s| s.session.is_ended()).count();
    let current = run.current();
    let begun = (!current.session.is_ended() && !current.choices.is_empty())
        .then(|| (current.index + 1, current.choices.len()));
    (done, begun)
}

/// How many stages of `run` are finished.
pub fn stages_finished(run: &CaseRun) -> usize {
    position(run).0
}

/// How many stages of `run` are finished, when it can be handed over now:
/// between stages, with a stage left to play. The error says why not.
pub fn stages_to_hand_over(run: &CaseRun) -> Result<usize, String> {
    let (done, begun) = position(run);
    if let Some((stage, decisions)) = begun {
        return Err(format!(
            "the journey stops in the middle of stage {stage} ({decisions} decision(s) into it); a handover is made between stages, so finish stage {stage} first"
        ));
    }
    if run.is_ended() {
        return Err(format!(
            "the journey has ended: all {done} stage(s) are done, and there is no stage left to hand over"
        ));
    }
    Ok(done)
}

/// The field `name` of an object, as a `T`; the error names it.
fn field<T: DeserializeOwned>(o: &Map<String, Value>, name: &str) -> Result<T, String> {
    field_at(o, name, name)
}

/// The field `name` of an object, as a `T`; the error calls it `shown`.
fn field_at<T: DeserializeOwned>(
    o: &Map<String, Value>,
    name: &str,
    shown: &str,
) -> Result<T, String> {
    let v = o
        .get(name)
        .ok_or_else(|| format!("its `{shown}` is missing"))?;
    T::deserialize(v).map_err(|e| {
        let e = e.to_string();
        format!(
            "its `{shown}` is wrong: {}",
            crate::workshop::shown::escape_controls(&e.chars().take(200).collect::<String>())
        )
    })
}
