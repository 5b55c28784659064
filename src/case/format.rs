//! The case file format: what a facilitator writes in
//! `scenarios/cases/<id>.ron`. See `docs/authoring.md`, section 11.

use crate::guide::area::Role;
use crate::scenario::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One case file: a person's journey through several stage scenarios.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Short unique name, such as `fisherman-journey`.
    pub id: String,
    pub title: String,
    /// Two or three sentences shown in the list of cases.
    pub summary: String,
    /// What the case shows that may be hard for some trainees.
    #[serde(default)]
    pub content_notes: Vec<String>,
    /// The person's placeholder values (`"name": "Ko Min"`), which replace
    /// every stage's profile values, so the person is the same throughout.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    /// The facts carried from stage to stage, with their value at the start
    /// of the case (flags or numbers, as a scenario's `vars`).
    #[serde(default)]
    pub facts: BTreeMap<String, Value>,
    /// The stages, in the order they are played.
    pub stages: Vec<Stage>,
    /// The chains the debrief shows between harms of different stages.
    #[serde(default)]
    pub links: Vec<Link>,
}

/// One stage: a scenario of the library, played in one of its roles.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// The id of the stage scenario.
    pub scenario: String,
    /// The role it is played in: one of the scenario's `roles`.
    pub role: Role,
    /// What the responder of this stage is handed by the one before.
    #[serde(default)]
    pub handover: Vec<Handover>,
}

/// One line of a handover: shown when its condition holds on the meters and
/// facts carried in (always, without one).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handover {
    pub text: String,
    #[serde(default)]
    pub when: Option<String>,
}

/// A chain the debrief shows: harm `from` caused at one stage led to harm
/// `to` caused at a later one, when `when` holds at the end.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The harm id caused first, such as `ID-2`.
    pub from: String,
    /// The harm id caused at a later stage, such as `RS-2`.
    pub to: String,
    #[serde(default)]
    pub when: Option<String>,
    /// The sentence that explains the link, with placeholders.
    pub text: String,
}
