//! The scenario format: what a facilitator writes in `scenarios/*.ron`.
//! See `docs/authoring.md` for the annotated example and every default.

use crate::guide::area::{Area, Role};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The variables every scenario has, whether it declares them or not: the
/// person's trust in the trainee, their safety and their wellbeing (0..=100).
pub(crate) const METERS: [&str; 3] = ["trust", "safety", "wellbeing"];
/// Start value of a meter that the scenario does not declare.
pub(crate) const METER_START: i32 = 50;
/// Numbers are whole numbers kept within this range.
pub(crate) const NUMBER_MIN: i32 = 0;
pub(crate) const NUMBER_MAX: i32 = 100;

fn one() -> i64 {
    1
}
fn fifteen() -> u32 {
    15
}
fn yes() -> bool {
    true
}
fn start() -> String {
    "start".into()
}

/// One scenario file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short unique name, such as `port-inspection`.
    pub id: String,
    pub title: String,
    /// The thematic area the scenario trains.
    pub area: Area,
    /// The roles the trainee can play it from.
    pub roles: Vec<Role>,
    /// Two or three sentences shown in the scenario browser.
    pub summary: String,
    /// What the scenario shows that may be hard for some trainees.
    #[serde(default)]
    pub content_notes: Vec<String>,
    /// Estimated playing time in minutes (default 15).
    #[serde(default = "fifteen")]
    pub minutes: u32,
    /// The guide sections the scenario draws on: harm ids (`ID-1`) and
    /// free descriptions ("Good practice: port inspections, p. 33").
    #[serde(default)]
    pub draws_on: Vec<String>,
    /// Raise it when the scenario changes in a way that matters to results.
    #[serde(default = "one")]
    pub version: i64,
    /// Where the scenario takes place, shown above the text while playing.
    #[serde(default)]
    pub setting: String,
    /// Named variables and their start values: numbers (0..=100) or flags.
    #[serde(default)]
    pub vars: BTreeMap<String, Value>,
    /// The people the trainee may meet, one picked at random per run.
    #[serde(default)]
    pub profiles: Vec<Profile>,
    /// Show the open choices in an order fixed by the run's seed (default
    /// true), so that the best answer is not always in the same place.
    #[serde(default = "yes")]
    pub shuffle_choices: bool,
    /// The node the scenario starts at (default `start`).
    #[serde(default = "start")]
    pub start: String,
    /// The scenes, by name.
    pub nodes: BTreeMap<String, Node>,
}

/// A variable's start value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Flag(bool),
    Number(i64),
}

/// One variant of the person met. Its `values` fill `{placeholders}` in the
/// text; its `effects` set variables at the start.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Relative chance of this profile (default 1).
    #[serde(default = "one")]
    pub weight: i64,
    /// A short description for the facilitator and the debrief.
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    #[serde(default)]
    pub effects: Vec<String>,
}

/// A scene: someone speaks, then the trainee chooses, the story moves on, a
/// random event happens, or the scenario ends.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Who speaks; empty for narration.
    #[serde(default)]
    pub speaker: String,
    #[serde(default)]
    pub text: String,
    /// Changes applied when the scene is reached.
    #[serde(default)]
    pub effects: Vec<String>,
    /// A decision: the options the trainee picks from.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// A passage: the scene the story moves on to.
    #[serde(default)]
    pub next: Option<String>,
    /// A passage that depends on the story so far: the story moves on to
    /// the first route whose condition holds, and to `next` when none does.
    #[serde(default)]
    pub next_if: Vec<Route>,
    /// A random event: one branch is picked by weight.
    #[serde(default)]
    pub random: Vec<Branch>,
    /// An ending: what became of the person.
    #[serde(default)]
    pub ending: Option<Ending>,
}

/// One option at a decision.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    /// Offered only when this condition holds, such as `trust >= 40`.
    #[serde(default)]
    pub when: Option<String>,
    #[serde(default)]
    pub effects: Vec<String>,
    /// Harms this choice causes: harm id to severity (1 minor, 2 serious, 3 severe).
    #[serde(default)]
    pub causes: BTreeMap<String, i64>,
    /// Harms this choice avoids: harm id to severity.
    #[serde(default)]
    pub avoids: BTreeMap<String, i64>,
    /// Guidance items to show in the debrief, such as `ID-3.2` (item 2 of
    /// ID-3); by default the three items that best match the choice's words.
    #[serde(default)]
    pub guidance: Vec<String>,
    /// A short coaching line shown after the choice in coach mode.
    #[serde(default)]
    pub feedback: Option<String>,
    /// Where the choice leads.
    pub next: String,
}

/// One route of a passage that depends on the story so far (`next_if`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The condition, as in a choice's `when`.
    pub when: String,
    /// Where the story moves on to when it holds.
    pub next: String,
}

/// One branch of a random event.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// Relative chance (default 1).
    #[serde(default = "one")]
    pub weight: i64,
    #[serde(default)]
    pub effects: Vec<String>,
    pub next: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tone {
    /// The person is safer and was respected.
    Good,
    /// Some things went well, some did not.
    #[default]
    Mixed,
    /// The response harmed the person.
    Poor,
}

/// The end of a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub title: String,
    /// What became of the person.
    pub outcome: String,
    #[serde(default)]
    pub tone: Tone,
}

impl Node {
    pub(crate) fn is_ending(&self) -> bool {
        self.ending.is_some()
    }
}
