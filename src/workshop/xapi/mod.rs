//! Results as xAPI 1.0.3 statements, for a learning record store or LMS,
//! and a validator for the specification's rules that such statements
//! must follow.
//!
//! One statement per attempt: the trainee (a pseudonymous `account`, never
//! an email) `completed` the scenario (an Activity); the `result` carries
//! the score (`scaled` = overall / 100, `raw`, `min` 0, `max` 100),
//! `completion`, the `duration`, and as extensions the harms caused and
//! avoided and the per-area scores; the `context` carries the attempt as
//! `registration`, the platform, the language and, as extensions, the
//! workshop code, role, mode, seed (as a string, which JavaScript-based
//! stores cannot round) and scenario version.
//!
//! IRIs: activities are `<base>/scenarios/<scenario id>`, extension keys
//! `<base>/xapi/<name>` (`harms`, `area-scores`, `ending`, `workshop`,
//! `role`, `mode`, `seed`, `scenario-version`), and a workshop, as a
//! grouping activity, `<base>/workshops/<code>`. The base defaults to
//! [`DEFAULT_BASE`]; set it to an address your organisation controls.
//!
//! The statements are built in [`statement`](fn@statement) and checked,
//! before they leave, by [`validate_statement`]; the syntax rules of the
//! values (UUIDs, IRIs, durations, timestamps) are in `syntax`.

mod statement;
mod syntax;
mod validate;

pub use statement::{
    ValidStatements, checked_statements, iso_duration, statement, statement_id, statements,
};
pub use syntax::{is_iri, is_irl, is_iso_duration, is_language_tag, is_timestamp, is_uuid};
pub use validate::validate_statement;

/// The default base IRI of activities and extensions, and the default
/// `homePage` of trainee accounts. `.example` is reserved (RFC 2606): it
/// names nothing real, which is right for a pseudonymous local account.
pub const DEFAULT_BASE: &str = "https://frontline.example";
/// The verb of every statement.
pub(crate) const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// The activity type of a scenario (ADL vocabulary).
pub(crate) const ACTIVITY_SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
/// The activity type of a workshop (ADL vocabulary).
pub(crate) const ACTIVITY_MEETING: &str = "http://adlnet.gov/expapi/activities/meeting";
/// Extension names, under `<base>/xapi/`.
pub(crate) const EXT_HARMS: &str = "harms";
pub(crate) const EXT_AREA_SCORES: &str = "area-scores";
pub(crate) const EXT_ENDING: &str = "ending";
pub(crate) const EXT_WORKSHOP: &str = "workshop";
pub(crate) const EXT_ROLE: &str = "role";
pub(crate) const EXT_MODE: &str = "mode";
pub(crate) const EXT_SEED: &str = "seed";
pub(crate) const EXT_SCENARIO_VERSION: &str = "scenario-version";
pub(crate) const EXT_JOURNEY: &str = "journey";

/// How statements are made.
#[derive(Debug, Clone, PartialEq)]
pub struct XapiOptions {
    /// Base IRI of activity ids and extension keys (no trailing `/` needed).
    pub base: String,
    /// The `homePage` (an IRL) of the trainees' accounts.
    pub home_page: String,
    /// RFC 5646 language of the texts (`en-US`).
    pub language: String,
    /// `context.platform`.
    pub platform: String,
    /// A score at or above this sets `result.success: true` (below: false);
    /// None leaves `success` out.
    pub pass_mark: Option<u8>,
    /// Send pseudonyms that look like an e-mail address as they are; by
    /// default such a statement is left out, as a real address is personal
    /// data that must not reach a record store by mistake.
    pub allow_email_names: bool,
}

impl Default for XapiOptions {
    fn default() -> Self {
        XapiOptions {
            base: DEFAULT_BASE.into(),
            home_page: DEFAULT_BASE.into(),
            language: "en-US".into(),
            platform: format!("Frontline {}", env!("CARGO_PKG_VERSION")),
            pass_mark: None,
            allow_email_names: false,
        }
    }
}

impl XapiOptions {
    /// Whether the options can make valid statements; the error says why not.
    pub fn check(&self) -> Result<(), String> {
        if !is_irl(&self.home_page) {
            return Err(format!(
                "the home page `{}` is not a web address (an IRL such as https://lms.example.org)",
                self.home_page
            ));
        }
        if !is_irl(&self.base) {
            return Err(format!(
                "the base IRI `{}` is not a web address such as https://training.example.org",
                self.base
            ));
        }
        if !is_language_tag(&self.language) {
            return Err(format!(
                "`{}` is not a language tag such as en-US",
                self.language
            ));
        }
        Ok(())
    }

    fn base(&self) -> &str {
        self.base.trim_end_matches('/')
    }

    fn ext(&self, name: &str) -> String {
        format!("{}/xapi/{name}", self.base())
    }
}
