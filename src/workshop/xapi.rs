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
//! workshop code, role, mode, seed and scenario version.
//!
//! IRIs: activities are `<base>/scenarios/<scenario id>`, extension keys
//! `<base>/xapi/<name>` (see [`EXT_HARMS`] and the other `EXT_` names), and
//! a workshop, as a grouping activity, `<base>/workshops/<code>`. The base
//! defaults to [`DEFAULT_BASE`]; set it to an address your organisation
//! controls.

use crate::sim::engine::HarmKind;
use crate::workshop::records::ResultRecord;
use serde_json::{Map, Value, json};

/// The default base IRI of activities and extensions, and the default
/// `homePage` of trainee accounts. `.example` is reserved (RFC 2606): it
/// names nothing real, which is right for a pseudonymous local account.
pub const DEFAULT_BASE: &str = "https://frontline.example";
/// The verb of every statement.
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// The activity type of a scenario (ADL vocabulary).
pub const ACTIVITY_SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
/// The activity type of a workshop (ADL vocabulary).
pub const ACTIVITY_MEETING: &str = "http://adlnet.gov/expapi/activities/meeting";
/// Extension names, under `<base>/xapi/`.
pub const EXT_HARMS: &str = "harms";
pub const EXT_AREA_SCORES: &str = "area-scores";
pub const EXT_ENDING: &str = "ending";
pub const EXT_WORKSHOP: &str = "workshop";
pub const EXT_ROLE: &str = "role";
pub const EXT_MODE: &str = "mode";
pub const EXT_SEED: &str = "seed";
pub const EXT_SCENARIO_VERSION: &str = "scenario-version";

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
}

impl Default for XapiOptions {
    fn default() -> Self {
        XapiOptions {
            base: DEFAULT_BASE.into(),
            home_page: DEFAULT_BASE.into(),
            language: "en-US".into(),
            platform: format!("Frontline {}", env!("CARGO_PKG_VERSION")),
            pass_mark: None,
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

/// The statement id of an attempt: a UUID (v5) derived from the attempt id,
/// so that exporting the same attempt twice gives the same statement and a
/// record store keeps it once.
pub fn statement_id(attempt: &str) -> String {
    let ns = uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        b"https://frontline.example/xapi/statements",
    );
    uuid::Uuid::new_v5(
        &ns,
        format!("{}/completed", attempt.to_ascii_lowercase()).as_bytes(),
    )
    .to_string()
}

/// `PT1H2M3S` for a number of seconds (ISO 8601 duration).
pub fn iso_duration(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{s}S"));
    }
    out
}

/// Percent-encode what may not stand in an IRI path segment.
fn segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn lang_map(lang: &str, text: &str) -> Value {
    json!({ lang: text })
}

/// The statement of one attempt.
pub fn statement(r: &ResultRecord, opts: &XapiOptions) -> Value {
    let lang = opts.language.as_str();
    let harms: Vec<Value> = r
        .harms
        .iter()
        .map(|h| {
            json!({
                "id": h.id,
                "title": r.harm_titles.get(&h.id).cloned().unwrap_or_else(|| h.id.clone()),
                "kind": match h.kind { HarmKind::Caused => "caused", HarmKind::Avoided => "avoided" },
                "severity": h.severity,
                "node": h.node,
                "decision": h.decision + 1,
            })
        })
        .collect();
    let areas: Map<String, Value> = r
        .score
        .areas
        .iter()
        .map(|a| (a.area.prefix().to_string(), json!(a.score)))
        .collect();
    let mut result = json!({
        "score": {
            "scaled": f64::from(r.score.overall) / 100.0,
            "raw": r.score.overall,
            "min": 0,
            "max": 100,
        },
        "completion": true,
        "duration": iso_duration(r.duration_secs),
        "extensions": {
            opts.ext(EXT_HARMS): harms,
            opts.ext(EXT_AREA_SCORES): areas,
            opts.ext(EXT_ENDING): {
                "node": r.ending.node,
                "title": r.ending.title,
                "tone": r.ending.tone,
            },
        },
    });
    if let Some(pass) = opts.pass_mark {
        result["success"] = json!(r.score.overall >= pass);
    }
    let mut context_ext = Map::new();
    if let Some(code) = &r.workshop {
        context_ext.insert(opts.ext(EXT_WORKSHOP), json!(code));
    }
    context_ext.insert(opts.ext(EXT_ROLE), json!(r.role));
    context_ext.insert(opts.ext(EXT_MODE), json!(r.mode));
    context_ext.insert(opts.ext(EXT_SEED), json!(r.seed));
    context_ext.insert(opts.ext(EXT_SCENARIO_VERSION), json!(r.scenario_version));
    let mut context = json!({
        "registration": r.attempt.to_ascii_lowercase(),
        "platform": opts.platform,
        "language": lang,
        "extensions": context_ext,
    });
    if let Some(code) = &r.workshop {
        context["contextActivities"] = json!({
            "grouping": [{
                "objectType": "Activity",
                "id": format!("{}/workshops/{}", opts.base(), segment(code)),
                "definition": {
                    "name": lang_map(lang, &format!("Workshop {code}")),
                    "type": ACTIVITY_MEETING,
                },
            }],
        });
    }
    json!({
        "id": statement_id(&r.attempt),
        "actor": {
            "objectType": "Agent",
            "name": account_name(r),
            "account": { "homePage": opts.home_page, "name": account_name(r) },
        },
        "verb": {
            "id": VERB_COMPLETED,
            "display": lang_map("en-US", "completed"),
        },
        "object": {
            "objectType": "Activity",
            "id": format!("{}/scenarios/{}", opts.base(), segment(&r.scenario)),
            "definition": {
                "name": lang_map(lang, &r.scenario_title),
                "description": lang_map(lang, &format!(
                    "Frontline do-no-harm training scenario \"{}\" (version {}): a branching role-play for frontline responders to human trafficking.",
                    r.scenario_title, r.scenario_version
                )),
                "type": ACTIVITY_SIMULATION,
            },
        },
        "result": result,
        "context": context,
        "timestamp": r.finished,
        "version": "1.0.3",
    })
}

/// The account name: the pseudonym, or for a record without one a name
/// made from the attempt (never empty, which xAPI forbids).
fn account_name(r: &ResultRecord) -> String {
    match r.trainee.trim() {
        "" => format!(
            "anonymous-{}",
            r.attempt.chars().take(8).collect::<String>()
        ),
        name => name.to_string(),
    }
}

/// The statements of many attempts (a JSON array when serialised).
pub fn statements(records: &[ResultRecord], opts: &XapiOptions) -> Vec<Value> {
    records.iter().map(|r| statement(r, opts)).collect()
}

/// Statements checked before they leave: the valid ones, and the attempts
/// left out with the rules their statements broke (a hand-edited record
/// with, say, a finish time that is not a time).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidStatements {
    pub statements: Vec<Value>,
    pub left_out: Vec<(String, Vec<String>)>,
}

/// The statements of many attempts, each checked with [`validate_statement`].
pub fn checked_statements(records: &[ResultRecord], opts: &XapiOptions) -> ValidStatements {
    let mut out = ValidStatements::default();
    for r in records {
        let s = statement(r, opts);
        let problems = validate_statement(&s);
        if problems.is_empty() {
            out.statements.push(s);
        } else {
            out.left_out.push((r.attempt.clone(), problems));
        }
    }
    out
}

// ---------------------------------------------------------------- validation

/// Check a statement against the rules of xAPI 1.0.3 (Data, section 2)
/// that apply to statements a learning activity provider sends, plus one of
/// Frontline's own: no email in any form (`mbox`, `mbox_sha1sum`).
/// Returns one message per problem, with its JSON path; empty means valid.
pub fn validate_statement(s: &Value) -> Vec<String> {
    let mut v = Validator::default();
    v.statement(s, "statement", false);
    v.problems
}

#[derive(Default)]
struct Validator {
    problems: Vec<String>,
}

const STATEMENT_KEYS: &[&str] = &[
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
];
const SUBSTATEMENT_KEYS: &[&str] = &[
    "objectType",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "attachments",
];
const AGENT_KEYS: &[&str] = &[
    "objectType",
    "name",
    "mbox",
    "mbox_sha1sum",
    "openid",
    "account",
];
const GROUP_KEYS: &[&str] = &[
    "objectType",
    "name",
    "mbox",
    "mbox_sha1sum",
    "openid",
    "account",
    "member",
];
const IFIS: &[&str] = &["mbox", "mbox_sha1sum", "openid", "account"];
const RESULT_KEYS: &[&str] = &[
    "score",
    "success",
    "completion",
    "response",
    "duration",
    "extensions",
];
const SCORE_KEYS: &[&str] = &["scaled", "raw", "min", "max"];
const CONTEXT_KEYS: &[&str] = &[
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
];
const DEFINITION_KEYS: &[&str] = &[
    "name",
    "description",
    "type",
    "moreInfo",
    "extensions",
    "interactionType",
    "correctResponsesPattern",
    "choices",
    "scale",
    "source",
    "target",
    "steps",
];

impl Validator {
    fn err(&mut self, path: &str, msg: impl std::fmt::Display) {
        self.problems.push(format!("{path}: {msg}"));
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        match v.as_object() {
            Some(o) => Some(o),
            None => {
                self.err(path, "must be a JSON object");
                None
            }
        }
    }

    fn known_keys(&mut self, o: &Map<String, Value>, allowed: &[&str], path: &str) {
        for k in o.keys() {
            if !allowed.contains(&k.as_str()) {
                self.err(
                    path,
                    format!("has a property `{k}` that xAPI does not define"),
                );
            }
        }
    }

    fn string<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a str> {
        match v.as_str() {
            Some(s) => Some(s),
            None => {
                self.err(path, "must be a string");
                None
            }
        }
    }

    /// A string that must pass `ok`; otherwise "`value` is not {what}".
    fn string_that(&mut self, v: &Value, path: &str, ok: fn(&str) -> bool, what: &str) {
        if let Some(s) = self.string(v, path)
            && !ok(s)
        {
            self.err(path, format!("`{s}` is not {what}"));
        }
    }

    fn iri(&mut self, v: &Value, path: &str) {
        self.string_that(v, path, is_iri, "an IRI");
    }

    fn irl(&mut self, v: &Value, path: &str) {
        self.string_that(v, path, is_irl, "an IRL (a resolvable web address)");
    }

    fn uuid(&mut self, v: &Value, path: &str) {
        self.string_that(v, path, is_uuid, "a UUID");
    }

    fn timestamp(&mut self, v: &Value, path: &str) {
        self.string_that(
            v,
            path,
            is_timestamp,
            "an ISO 8601 timestamp with a time zone",
        );
    }

    fn lang_map(&mut self, v: &Value, path: &str) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        for (k, text) in o {
            if !is_language_tag(k) {
                self.err(path, format!("`{k}` is not an RFC 5646 language tag"));
            }
            if !text.is_string() {
                self.err(&format!("{path}.{k}"), "must be a string");
            }
        }
    }

    fn extensions(&mut self, v: &Value, path: &str) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        for k in o.keys() {
            if !is_iri(k) {
                self.err(path, format!("the extension key `{k}` is not an IRI"));
            }
        }
    }

    fn require<'a>(
        &mut self,
        o: &'a Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<&'a Value> {
        let v = o.get(key);
        if v.is_none() {
            self.err(path, format!("`{key}` is required"));
        }
        v
    }

    fn statement(&mut self, s: &Value, path: &str, sub: bool) {
        let Some(o) = self.object(s, path) else {
            return;
        };
        self.known_keys(
            o,
            if sub {
                SUBSTATEMENT_KEYS
            } else {
                STATEMENT_KEYS
            },
            path,
        );
        if let Some(id) = o.get("id") {
            self.uuid(id, &format!("{path}.id"));
        }
        if let Some(a) = self.require(o, "actor", path) {
            self.agent_or_group(a, &format!("{path}.actor"));
        }
        if let Some(verb) = self.require(o, "verb", path) {
            self.verb(verb, &format!("{path}.verb"));
        }
        let object = self.require(o, "object", path);
        if let Some(obj) = object {
            self.statement_object(obj, &format!("{path}.object"), sub);
        }
        if let Some(r) = o.get("result") {
            self.result(r, &format!("{path}.result"));
        }
        if let Some(c) = o.get("context") {
            let object_is_agent = object
                .and_then(|x| x.get("objectType"))
                .and_then(|t| t.as_str())
                .is_some_and(|t| t == "Agent" || t == "Group");
            self.context(c, &format!("{path}.context"), object_is_agent);
        }
        for key in ["timestamp", "stored"] {
            if let Some(t) = o.get(key) {
                self.timestamp(t, &format!("{path}.{key}"));
            }
        }
        if let Some(a) = o.get("authority") {
            self.agent_or_group(a, &format!("{path}.authority"));
        }
        if let Some(v) = o.get("version")
            && let Some(s) = self.string(v, &format!("{path}.version"))
            && !is_version_1_0(s)
        {
            self.err(
                &format!("{path}.version"),
                format!("`{s}` is not a 1.0.x version"),
            );
        }
        if let Some(a) = o.get("attachments")
            && !a.is_array()
        {
            self.err(&format!("{path}.attachments"), "must be an array");
        }
    }

    fn agent_or_group(&mut self, v: &Value, path: &str) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        let kind = o.get("objectType").and_then(|t| t.as_str());
        match kind {
            None | Some("Agent") => self.agent(o, path),
            Some("Group") => self.group(o, path),
            Some(other) => self.err(
                &format!("{path}.objectType"),
                format!("`{other}` is neither Agent nor Group"),
            ),
        }
    }

    fn ifis(&mut self, o: &Map<String, Value>, path: &str) -> usize {
        let n = IFIS.iter().filter(|k| o.contains_key(**k)).count();
        for key in ["mbox", "mbox_sha1sum"] {
            if o.contains_key(key) {
                self.err(
                    &format!("{path}.{key}"),
                    "Frontline never exports an email (only a pseudonymous account)",
                );
            }
        }
        if let Some(a) = o.get("account") {
            let p = format!("{path}.account");
            if let Some(acc) = self.object(a, &p) {
                self.known_keys(acc, &["homePage", "name"], &p);
                if let Some(h) = self.require(acc, "homePage", &p) {
                    self.irl(h, &format!("{p}.homePage"));
                }
                if let Some(name) = self.require(acc, "name", &p)
                    && let Some(s) = self.string(name, &format!("{p}.name"))
                    && s.trim().is_empty()
                {
                    self.err(&format!("{p}.name"), "must not be empty");
                }
            }
        }
        if let Some(openid) = o.get("openid") {
            self.iri(openid, &format!("{path}.openid"));
        }
        n
    }

    fn agent(&mut self, o: &Map<String, Value>, path: &str) {
        self.known_keys(o, AGENT_KEYS, path);
        if let Some(n) = o.get("name") {
            self.string(n, &format!("{path}.name"));
        }
        let n = self.ifis(o, path);
        if n != 1 {
            self.err(
                path,
                format!("an Agent needs exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); it has {n}"),
            );
        }
    }

    fn group(&mut self, o: &Map<String, Value>, path: &str) {
        self.known_keys(o, GROUP_KEYS, path);
        let n = self.ifis(o, path);
        if n > 1 {
            self.err(
                path,
                "a Group has at most one inverse functional identifier",
            );
        }
        match o.get("member") {
            Some(Value::Array(members)) => {
                for (i, m) in members.iter().enumerate() {
                    let p = format!("{path}.member[{i}]");
                    if let Some(mo) = self.object(m, &p) {
                        self.agent(mo, &p);
                    }
                }
            }
            Some(_) => self.err(&format!("{path}.member"), "must be an array of Agents"),
            None if n == 0 => self.err(path, "an anonymous Group must list its members"),
            None => {}
        }
    }

    fn verb(&mut self, v: &Value, path: &str) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        self.known_keys(o, &["id", "display"], path);
        if let Some(id) = self.require(o, "id", path) {
            self.iri(id, &format!("{path}.id"));
        }
        if let Some(d) = o.get("display") {
            self.lang_map(d, &format!("{path}.display"));
        }
    }

    fn statement_object(&mut self, v: &Value, path: &str, sub: bool) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        match o.get("objectType").and_then(|t| t.as_str()) {
            None | Some("Activity") => self.activity(o, path),
            Some("Agent") | Some("Group") => self.agent_or_group(v, path),
            Some("StatementRef") => {
                self.known_keys(o, &["objectType", "id"], path);
                if let Some(id) = self.require(o, "id", path) {
                    self.uuid(id, &format!("{path}.id"));
                }
            }
            Some("SubStatement") if !sub => self.statement(v, path, true),
            Some("SubStatement") => self.err(path, "a SubStatement cannot hold another"),
            Some(other) => self.err(
                &format!("{path}.objectType"),
                format!("`{other}` is not an object type of xAPI"),
            ),
        }
    }

    fn activity(&mut self, o: &Map<String, Value>, path: &str) {
        self.known_keys(o, &["objectType", "id", "definition"], path);
        if let Some(id) = self.require(o, "id", path) {
            self.iri(id, &format!("{path}.id"));
        }
        let Some(d) = o.get("definition") else {
            return;
        };
        let p = format!("{path}.definition");
        let Some(def) = self.object(d, &p) else {
            return;
        };
        self.known_keys(def, DEFINITION_KEYS, &p);
        for key in ["name", "description"] {
            if let Some(m) = def.get(key) {
                self.lang_map(m, &format!("{p}.{key}"));
            }
        }
        if let Some(t) = def.get("type") {
            self.iri(t, &format!("{p}.type"));
        }
        if let Some(m) = def.get("moreInfo") {
            self.irl(m, &format!("{p}.moreInfo"));
        }
        if let Some(e) = def.get("extensions") {
            self.extensions(e, &format!("{p}.extensions"));
        }
    }

    fn result(&mut self, v: &Value, path: &str) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        self.known_keys(o, RESULT_KEYS, path);
        if let Some(s) = o.get("score") {
            self.score(s, &format!("{path}.score"));
        }
        for key in ["success", "completion"] {
            if let Some(b) = o.get(key)
                && !b.is_boolean()
            {
                self.err(&format!("{path}.{key}"), "must be true or false");
            }
        }
        if let Some(r) = o.get("response") {
            self.string(r, &format!("{path}.response"));
        }
        if let Some(d) = o.get("duration")
            && let Some(s) = self.string(d, &format!("{path}.duration"))
            && !is_iso_duration(s)
        {
            self.err(
                &format!("{path}.duration"),
                format!("`{s}` is not an ISO 8601 duration such as PT12M30S"),
            );
        }
        if let Some(e) = o.get("extensions") {
            self.extensions(e, &format!("{path}.extensions"));
        }
    }

    fn score(&mut self, v: &Value, path: &str) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        self.known_keys(o, SCORE_KEYS, path);
        let mut num = |key: &str| -> Option<f64> {
            let x = o.get(key)?;
            let n = x.as_f64();
            if n.is_none() {
                self.err(&format!("{path}.{key}"), "must be a number");
            }
            n
        };
        let (scaled, raw, min, max) = (num("scaled"), num("raw"), num("min"), num("max"));
        if let Some(s) = scaled
            && !(-1.0..=1.0).contains(&s)
        {
            self.err(&format!("{path}.scaled"), format!("{s} is outside -1 to 1"));
        }
        if let (Some(lo), Some(hi)) = (min, max)
            && lo >= hi
        {
            self.err(path, format!("min ({lo}) must be less than max ({hi})"));
        }
        if let Some(r) = raw
            && (min.is_some_and(|lo| r < lo) || max.is_some_and(|hi| r > hi))
        {
            self.err(
                &format!("{path}.raw"),
                format!("{r} is not between min and max"),
            );
        }
    }

    fn context(&mut self, v: &Value, path: &str, object_is_agent: bool) {
        let Some(o) = self.object(v, path) else {
            return;
        };
        self.known_keys(o, CONTEXT_KEYS, path);
        if let Some(r) = o.get("registration") {
            self.uuid(r, &format!("{path}.registration"));
        }
        if let Some(i) = o.get("instructor") {
            self.agent_or_group(i, &format!("{path}.instructor"));
        }
        if let Some(t) = o.get("team") {
            let p = format!("{path}.team");
            if t.get("objectType").and_then(|x| x.as_str()) != Some("Group") {
                self.err(&p, "must be a Group");
            } else {
                self.agent_or_group(t, &p);
            }
        }
        for key in ["revision", "platform"] {
            if let Some(x) = o.get(key) {
                self.string(x, &format!("{path}.{key}"));
                if object_is_agent {
                    self.err(
                        &format!("{path}.{key}"),
                        "must not be used when the object is an Agent or Group",
                    );
                }
            }
        }
        if let Some(l) = o.get("language")
            && let Some(s) = self.string(l, &format!("{path}.language"))
            && !is_language_tag(s)
        {
            self.err(
                &format!("{path}.language"),
                format!("`{s}` is not an RFC 5646 language tag"),
            );
        }
        if let Some(s) = o.get("statement") {
            let p = format!("{path}.statement");
            if let Some(so) = self.object(s, &p) {
                if so.get("objectType").and_then(|t| t.as_str()) != Some("StatementRef") {
                    self.err(&p, "must be a StatementRef");
                }
                if let Some(id) = self.require(so, "id", &p) {
                    self.uuid(id, &format!("{p}.id"));
                }
            }
        }
        if let Some(ca) = o.get("contextActivities") {
            let p = format!("{path}.contextActivities");
            if let Some(cao) = self.object(ca, &p) {
                self.known_keys(cao, &["parent", "grouping", "category", "other"], &p);
                for (k, acts) in cao {
                    let list: Vec<&Value> = match acts {
                        Value::Array(a) => a.iter().collect(),
                        one => vec![one],
                    };
                    for (i, a) in list.into_iter().enumerate() {
                        let ap = format!("{p}.{k}[{i}]");
                        if let Some(ao) = self.object(a, &ap) {
                            match ao.get("objectType").and_then(|t| t.as_str()) {
                                None | Some("Activity") => self.activity(ao, &ap),
                                Some(_) => self.err(&ap, "must be an Activity"),
                            }
                        }
                    }
                }
            }
        }
        if let Some(e) = o.get("extensions") {
            self.extensions(e, &format!("{path}.extensions"));
        }
    }
}

/// A UUID in its standard form: `8-4-4-4-12` hexadecimal digits.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// An absolute IRI (RFC 3987): a scheme, `:`, and a rest without spaces,
/// control characters or the characters IRIs exclude.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut sc = scheme.chars();
    sc.next().is_some_and(|c| c.is_ascii_alphabetic())
        && sc.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !rest
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
        && percent_escapes_ok(rest)
}

fn percent_escapes_ok(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, c)| {
        *c != b'%'
            || (b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

/// An IRL: an IRI that can be looked up, here `http(s)://host...`.
pub fn is_irl(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    is_iri(s)
        && rest.is_some_and(|r| {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !host.starts_with(':')
        })
}

/// An RFC 5646 language tag, in its common shape: `en`, `en-US`,
/// `zh-Hant-TW`, `x-private` (subtags of 1 to 8 letters or digits, the
/// first one letters).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    let first_ok = (2..=8).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
        || first.eq_ignore_ascii_case("x")
        || first.eq_ignore_ascii_case("i");
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// An ISO 8601 duration as xAPI uses it: `P[nY][nM][nW][nD][T[nH][nM][n[.n]S]]`
/// with at least one part, a fraction only on the last part, and a `T`
/// only when a time part follows.
pub fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => {
            if t.is_empty() {
                return false;
            }
            (d, Some(t))
        }
        None => (rest, None),
    };
    let mut parts = 0;
    let mut fraction_seen = false;
    let mut check = |text: &str, units: &[char]| -> bool {
        let mut next_unit = 0;
        let mut num = String::new();
        for c in text.chars() {
            if c.is_ascii_digit() || c == '.' || c == ',' {
                num.push(c);
                continue;
            }
            let Some(pos) = units[next_unit..].iter().position(|u| *u == c) else {
                return false;
            };
            if num.is_empty() || fraction_seen {
                return false;
            }
            let (int, frac) = match num.split_once(['.', ',']) {
                Some((i, f)) => (i, Some(f)),
                None => (num.as_str(), None),
            };
            if int.is_empty() || !int.chars().all(|d| d.is_ascii_digit()) {
                return false;
            }
            if let Some(f) = frac {
                if f.is_empty() || !f.chars().all(|d| d.is_ascii_digit()) {
                    return false;
                }
                fraction_seen = true;
            }
            num.clear();
            next_unit += pos + 1;
            parts += 1;
        }
        num.is_empty()
    };
    // A week form (`P3W`) stands alone.
    let ok = if date.contains('W') {
        time.is_none() && check(date, &['W'])
    } else {
        check(date, &['Y', 'M', 'D']) && time.is_none_or(|t| check(t, &['H', 'M', 'S']))
    };
    ok && parts > 0
}

/// An ISO 8601 timestamp with date, time and a time zone:
/// `YYYY-MM-DDThh:mm:ss[.f](Z|+hh:mm|-hh:mm)`. xAPI forbids the offset
/// `-00:00`.
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    let num =
        |r: std::ops::Range<usize>| -> u32 { s.get(r).and_then(|x| x.parse().ok()).unwrap_or(99) };
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || (b[10] != b'T' && b[10] != b't')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let (mo, d, h, mi, se) = (num(5..7), num(8..10), num(11..13), num(14..16), num(17..19));
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return false;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    let zone = &s[i..];
    match zone {
        "Z" | "z" => true,
        "-00:00" => false,
        _ => {
            let z = zone.as_bytes();
            z.len() == 6
                && (z[0] == b'+' || z[0] == b'-')
                && z[1..3].iter().all(u8::is_ascii_digit)
                && z[3] == b':'
                && z[4..6].iter().all(u8::is_ascii_digit)
                && num(i + 1..i + 3) <= 23
                && num(i + 4..i + 6) <= 59
        }
    }
}

fn is_version_1_0(s: &str) -> bool {
    s.strip_prefix("1.0").is_some_and(|r| {
        r.is_empty()
            || r.strip_prefix('.')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_format_and_parse() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(750), "PT12M30S");
        assert_eq!(iso_duration(3600), "PT1H");
        assert_eq!(iso_duration(3723), "PT1H2M3S");
        for ok in [
            "PT12M30S",
            "P1D",
            "P1Y2M3DT4H5M6.5S",
            "PT0.25S",
            "P3W",
            "PT1H",
        ] {
            assert!(is_iso_duration(ok), "{ok}");
        }
        for bad in [
            "", "P", "PT", "12M", "PT1.5H2M", "PT-1S", "P1S", "PT1S2M", "P1W2D", "PTS", "pt1s",
        ] {
            assert!(!is_iso_duration(bad), "{bad}");
        }
    }

    #[test]
    fn timestamps_uuids_iris_and_tags() {
        assert!(is_timestamp("2026-03-14T09:30:00Z"));
        assert!(is_timestamp("2026-03-14T09:30:00.123+07:00"));
        assert!(!is_timestamp("2026-03-14T09:30:00"));
        assert!(!is_timestamp("2026-03-14T09:30:00-00:00"));
        assert!(!is_timestamp("2026-13-14T09:30:00Z"));
        assert!(!is_timestamp("2026-03-14 09:30Z"));
        assert!(!is_timestamp("2026-03-14T09:30:00.+07:00"));
        assert!(is_uuid("8f2c1e0a-3b4d-4c5e-9f60-718293a4b5c6"));
        assert!(!is_uuid("8f2c1e0a3b4d4c5e9f60718293a4b5c6"));
        assert!(!is_uuid("8f2c1e0a-3b4d-4c5e-9f60-718293a4b5cz"));
        assert!(is_iri("http://adlnet.gov/expapi/verbs/completed"));
        assert!(is_iri("urn:uuid:8f2c1e0a-3b4d-4c5e-9f60-718293a4b5c6"));
        assert!(!is_iri("harms"));
        assert!(!is_iri("http://a b"));
        assert!(!is_iri("1http://x"));
        assert!(!is_iri("http://x/%zz"));
        assert!(is_irl("https://frontline.example"));
        assert!(!is_irl("urn:frontline"));
        assert!(!is_irl("https:///path"));
        assert!(is_language_tag("en-US") && is_language_tag("zh-Hant-TW") && is_language_tag("th"));
        assert!(!is_language_tag("") && !is_language_tag("en_US") && !is_language_tag("e"));
        assert!(is_version_1_0("1.0.3") && is_version_1_0("1.0"));
        assert!(!is_version_1_0("2.0.0") && !is_version_1_0("1.0.") && !is_version_1_0("1.01"));
    }

    #[test]
    fn statement_ids_are_stable_uuids() {
        let a = statement_id("8f2c1e0a-3b4d-4c5e-9f60-718293a4b5c6");
        assert!(is_uuid(&a));
        assert_eq!(a, statement_id("8F2C1E0A-3B4D-4C5E-9F60-718293A4B5C6"));
        assert_ne!(a, statement_id("9f2c1e0a-3b4d-4c5e-9f60-718293a4b5c6"));
    }

    #[test]
    fn options_are_checked() {
        assert!(XapiOptions::default().check().is_ok());
        let bad = XapiOptions {
            home_page: "mailto:x@y.z".into(),
            ..XapiOptions::default()
        };
        assert!(bad.check().unwrap_err().contains("not a web address"));
    }
}
