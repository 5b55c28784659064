//! Every field of a record read from a file, checked against what the game
//! can produce: a record that another tool or a hand edit broke is refused
//! with the name of the field that is wrong, before it reaches a report or
//! an xAPI statement.

use super::record::{FORMAT_VERSION, JourneyRef, ResultRecord};
use crate::sim::seed::SEED_LIMIT;
use crate::workshop::code::code_problem;

/// The longest text kept in a name-like field (pseudonym, ids, titles).
const MAX_NAME_CHARS: usize = 200;
/// More choices than any node offers, or decisions than any run takes.
const MAX_COUNT: usize = 10_000;
/// More stages than any case has.
pub(crate) const MAX_STAGES: usize = 100;
/// A run longer than a year did not happen.
const MAX_DURATION_SECS: u64 = 366 * 24 * 3600;

impl ResultRecord {
    /// The first field that the game could not have written, and why:
    /// checked on import, so that only records the game could have made
    /// enter a data folder.
    pub(crate) fn field_problem(&self) -> Option<String> {
        header_problem(self)
            .or_else(|| choices_problem(self))
            .or_else(|| score_problem(self))
            .or_else(|| times_problem(self))
            .or_else(|| votes_problem(self))
            .or_else(|| {
                let j = self.journey.as_ref()?;
                journey_problem(j).map(|p| format!("its `journey.{p}"))
            })
    }
}

/// Why a journey id is not one Frontline makes (a v4 UUID, hyphenated),
/// or None.
pub(crate) fn journey_id_problem(id: &str) -> Option<String> {
    match uuid::Uuid::try_parse(id) {
        Ok(u) if u.hyphenated().to_string() == id.to_ascii_lowercase() => {
            (u.get_version_num() != 4).then(|| {
                format!(
                    "`{}` is a UUID of version {}, not a random (v4) one",
                    u.hyphenated(),
                    u.get_version_num()
                )
            })
        }
        _ => Some(format!(
            "`{}` is not a UUID",
            crate::workshop::shown::escape_controls(&id.chars().take(60).collect::<String>())
        )),
    }
}

/// Why a case id is not the short name a case file has, or None.
pub(crate) fn case_id_problem(id: &str) -> Option<String> {
    let short = !id.is_empty()
        && id.chars().count() <= MAX_NAME_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    (!short).then(|| {
        format!(
            "`{}` is not a case id (lower-case letters, digits and dashes)",
            crate::workshop::shown::escape_controls(&id.chars().take(60).collect::<String>())
        )
    })
}

/// Why a trainee's name could not have been written by Frontline, or None.
pub(crate) fn trainee_problem(name: &str) -> Option<String> {
    (name.chars().count() > MAX_NAME_CHARS)
        .then(|| format!("is longer than {MAX_NAME_CHARS} characters"))
}

/// The field of a journey reference that is wrong (its name, then why:
/// `stage` is 0; ...), or None.
fn journey_problem(j: &JourneyRef) -> Option<String> {
    if let Some(p) = journey_id_problem(&j.journey) {
        return Some(format!("journey` is {p}"));
    }
    if let Some(p) = case_id_problem(&j.case) {
        return Some(format!("case` is {p}"));
    }
    if j.stages == 0 || j.stages > MAX_STAGES {
        return Some(format!(
            "stages` is {}; a case has 1 to {MAX_STAGES} stages",
            j.stages
        ));
    }
    if j.stage == 0 || j.stage > j.stages {
        return Some(format!(
            "stage` is {}; the stages are numbered 1 to {}",
            j.stage, j.stages
        ));
    }
    (j.seed >= SEED_LIMIT).then(|| {
        format!(
            "seed` is {}; Frontline's seeds are below {SEED_LIMIT}",
            j.seed
        )
    })
}

fn too_long(field: &str, text: &str) -> Option<String> {
    (text.chars().count() > MAX_NAME_CHARS)
        .then(|| format!("its `{field}` is longer than {MAX_NAME_CHARS} characters"))
}

fn header_problem(r: &ResultRecord) -> Option<String> {
    if r.format_version == 0 || r.format_version > FORMAT_VERSION {
        return Some(format!(
            "its `format_version` is {}; Frontline writes 1 to {FORMAT_VERSION}",
            r.format_version
        ));
    }
    if r.scenario.trim().is_empty() {
        return Some("its `scenario` is empty".into());
    }
    if r.seed >= SEED_LIMIT {
        return Some(format!(
            "its `seed` is {}; Frontline's seeds are below {SEED_LIMIT}",
            r.seed
        ));
    }
    if !crate::workshop::xapi::is_language_tag(&r.language) {
        return Some(format!(
            "its `language` is `{}`, not a language code such as th or en",
            crate::workshop::shown::escape_controls(&r.language)
        ));
    }
    if let Some(p) = r.workshop.as_deref().and_then(code_problem) {
        return Some(format!("its `workshop` is not a workshop code: {p}"));
    }
    [
        ("trainee", &r.trainee),
        ("scenario", &r.scenario),
        ("scenario_title", &r.scenario_title),
        ("profile", &r.profile),
        ("ending.node", &r.ending.node),
        ("ending.title", &r.ending.title),
    ]
    .into_iter()
    .find_map(|(f, t)| too_long(f, t))
}

fn choices_problem(r: &ResultRecord) -> Option<String> {
    for (i, c) in r.choices.iter().enumerate() {
        if c.decision != i {
            return Some(format!(
                "its `choices[{i}].decision` is {}; the decisions are numbered 0, 1, 2, ... in order",
                c.decision
            ));
        }
        if c.index >= MAX_COUNT {
            return Some(format!(
                "its `choices[{i}].index` is {}, far too large",
                c.index
            ));
        }
        if c.number == 0 || c.number > MAX_COUNT {
            return Some(format!(
                "its `choices[{i}].number` is {}; choices are numbered from 1",
                c.number
            ));
        }
    }
    for (i, h) in r.harms.iter().enumerate() {
        if !(1..=3).contains(&h.severity) {
            return Some(format!(
                "its `harms[{i}].severity` is {}; a severity is 1, 2 or 3",
                h.severity
            ));
        }
        if h.decision >= r.choices.len() {
            return Some(format!(
                "its `harms[{i}].decision` is {}, but the run has {} decision(s)",
                h.decision,
                r.choices.len()
            ));
        }
        if h.choice >= MAX_COUNT {
            return Some(format!(
                "its `harms[{i}].choice` is {}, far too large",
                h.choice
            ));
        }
    }
    None
}

fn score_problem(r: &ResultRecord) -> Option<String> {
    let s = &r.score;
    if s.overall > 100 {
        return Some(format!(
            "its `score.overall` is {}; a score is 0 to 100",
            s.overall
        ));
    }
    if let Some((i, a)) = s.areas.iter().enumerate().find(|(_, a)| a.score > 100) {
        return Some(format!(
            "its `score.areas[{i}].score` is {}; a score is 0 to 100",
            a.score
        ));
    }
    (s.worst > s.best).then(|| {
        format!(
            "its `score.worst` ({}) is above its `score.best` ({})",
            s.worst, s.best
        )
    })
}

fn times_problem(r: &ResultRecord) -> Option<String> {
    let started = humantime::parse_rfc3339_weak(&r.started);
    let finished = humantime::parse_rfc3339_weak(&r.finished);
    if started.is_err() {
        return Some("its `started` is not a date and time (RFC 3339)".into());
    }
    if finished.is_err() {
        return Some("its `finished` is not a date and time (RFC 3339)".into());
    }
    (r.duration_secs > MAX_DURATION_SECS).then(|| {
        format!(
            "its `duration_secs` is {}, more than a year",
            r.duration_secs
        )
    })
}

fn votes_problem(r: &ResultRecord) -> Option<String> {
    for (i, v) in r.votes.iter().flatten().enumerate() {
        if v.decision >= r.choices.len() {
            return Some(format!(
                "its `votes[{i}].decision` is {}, but the run has {} decision(s)",
                v.decision,
                r.choices.len()
            ));
        }
        if v.followed == 0 || v.followed > v.counts.len() {
            return Some(format!(
                "its `votes[{i}].followed` is {}, but {} choice(s) were voted on",
                v.followed,
                v.counts.len()
            ));
        }
    }
    None
}
