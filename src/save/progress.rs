//! What the game keeps between runs: the trainee's profile, settings,
//! completed scenarios with best scores, and the run in progress.

use crate::guide::area::Role;
use crate::i18n::Lang;
use crate::save::files::{self, Loaded};
use crate::sim::engine::SessionSave;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// When feedback is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A short coaching line after each choice that touched a harm.
    #[default]
    Coach,
    /// Feedback only in the debrief.
    Assessment,
}

/// Whether a pseudonym looks like an e-mail address (`someone@host.tld`).
pub(crate) fn looks_like_email(name: &str) -> bool {
    let name = name.trim();
    name.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty()
            && !user.contains(char::is_whitespace)
            && host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && !host.contains(char::is_whitespace)
    })
}

/// Whether a pseudonym looks like a phone number: mostly digits (at least
/// seven), with only `+ - . ( )` and spaces beside them.
pub(crate) fn looks_like_phone(name: &str) -> bool {
    let name = name.trim();
    let digits = name.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && name
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()/".contains(c))
}

/// The warning to show when a trainee enters a pseudonym that looks like
/// contact details (an e-mail address or a phone number): a pseudonym is
/// the only personal data kept, and it leaves the machine in exports and
/// xAPI statements. `None` for an ordinary pseudonym. The game shows it on
/// the name screen; the command line where a name is given.
pub fn pseudonym_warning(name: &str) -> Option<&'static str> {
    if looks_like_email(name) {
        Some(
            "This looks like an e-mail address. Please choose a pseudonym instead: it is kept with your results and shared with your facilitator.",
        )
    } else if looks_like_phone(name) {
        Some(
            "This looks like a phone number. Please choose a pseudonym instead: it is kept with your results and shared with your facilitator.",
        )
    } else {
        None
    }
}

/// The trainee, by pseudonym: the only personal data kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trainee {
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Text size factor, 0.8 to 2.0.
    pub text_scale: f32,
    pub high_contrast: bool,
    pub mode: Mode,
    /// The interface language the trainee picked; None: not picked yet (the
    /// game then follows the computer's language). Older progress files
    /// have no such field and load with None.
    pub language: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_scale: 1.0,
            high_contrast: false,
            mode: Mode::Coach,
            language: None,
        }
    }
}

/// A trainee's record for one scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScenarioProgress {
    pub attempts: u32,
    pub completed: u32,
    pub best: Option<u8>,
    pub last: Option<u8>,
}

/// A run that has not reached its ending yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InProgress {
    pub attempt: String,
    pub save: SessionSave,
    pub mode: Mode,
    /// RFC 3339 time the run started.
    pub started: String,
    #[serde(default)]
    pub workshop: Option<String>,
}

/// A case journey in progress: its id across trainees and saves, and the
/// journey as data (the stage's own run is saved beside it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyProgress {
    pub journey: String,
    pub save: crate::case::CaseSave,
    /// Who played the finished stages (on this laptop, or before a
    /// handover file reached it).
    #[serde(default)]
    pub played_by: Vec<crate::workshop::handover::StagePlayer>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub trainee: Option<Trainee>,
    pub settings: Settings,
    pub scenarios: BTreeMap<String, ScenarioProgress>,
    pub in_progress: Option<InProgress>,
    /// The workshop code last entered.
    pub workshop: Option<String>,
    /// The case journey under way (its stage being played is `in_progress`;
    /// between stages there is none), kept until its last stage ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journey: Option<JourneyProgress>,
}

/// A progress file that could not be read: where it was set aside, and why.
/// The game words the notice in the trainee's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub set_aside: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Your saved progress could not be read ({}). It was kept as {} and a new record was started.",
            self.reason,
            self.set_aside.display()
        )
    }
}

/// The progress file in a data folder.
pub(crate) fn progress_path(dir: &Path) -> PathBuf {
    dir.join("progress.json")
}

impl Progress {
    /// Load progress. A corrupt file is set aside (kept) and what happened
    /// returned to show the trainee; progress then starts afresh.
    #[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
    pub(crate) fn load(dir: &Path) -> (Progress, Option<Unreadable>) {
        match files::read_json(&progress_path(dir)) {
            Loaded::Missing => (Progress::default(), None),
            Loaded::Ok(p) => (p, None),
            Loaded::Corrupt { set_aside, reason } => {
                (Progress::default(), Some(Unreadable { set_aside, reason }))
            }
        }
    }

    /// Write progress, atomically.
    #[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
    pub(crate) fn save(&self, dir: &Path) -> std::io::Result<()> {
        files::write_json(&progress_path(dir), self)
    }

    /// Record a finished run's score.
    #[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
    pub(crate) fn record_finish(&mut self, scenario: &str, score: u8) {
        let e = self.scenarios.entry(scenario.to_string()).or_default();
        e.completed += 1;
        e.last = Some(score);
        e.best = Some(e.best.map_or(score, |b| b.max(score)));
    }

    /// Count a run started.
    #[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
    pub(crate) fn record_start(&mut self, scenario: &str) {
        self.scenarios
            .entry(scenario.to_string())
            .or_default()
            .attempts += 1;
    }
}

/// The current time as RFC 3339 (UTC, seconds).
pub(crate) fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_round_trips_and_corruption_is_reported() {
        let dir = std::env::temp_dir().join(format!("frontline-progress-{}", uuid::Uuid::new_v4()));
        let mut p = Progress::default();
        p.record_start("a");
        p.record_finish("a", 70);
        p.record_finish("a", 40);
        p.save(&dir).unwrap();
        let (q, warn) = Progress::load(&dir);
        assert!(warn.is_none());
        assert_eq!(q.scenarios["a"].best, Some(70));
        assert_eq!(q.scenarios["a"].last, Some(40));
        std::fs::write(progress_path(&dir), "{\"trainee\": 5").unwrap();
        let (r, warn) = Progress::load(&dir);
        assert_eq!(r, Progress::default());
        assert!(warn.unwrap().to_string().contains("could not be read"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_old_progress_file_without_a_language_loads() {
        let old = r#"{"trainee": {"name": "Mai", "role": "Police"},
            "settings": {"text_scale": 1.2, "high_contrast": true, "mode": "assessment"}}"#;
        let p: Progress = serde_json::from_str(old).unwrap();
        assert_eq!(p.settings.language, None);
        assert_eq!(p.settings.mode, Mode::Assessment);
        let mut p = p;
        p.settings.language = Some(Lang::Km);
        let text = serde_json::to_string(&p).unwrap();
        assert!(text.contains(r#""language":"km""#), "{text}");
        let back: Progress = serde_json::from_str(&text).unwrap();
        assert_eq!(back.settings.language, Some(Lang::Km));
    }
}
