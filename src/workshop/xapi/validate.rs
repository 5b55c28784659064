//! The rules of xAPI 1.0.3 that a statement must follow, as a validator
//! that lists every problem with its JSON path.

use super::syntax::*;
use serde_json::{Map, Value};

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
            let at = format!("{path}.registration");
            if r.as_str().is_some_and(is_uuid) {
                self.string_that(r, &at, is_uuid_v4_or_v5, "a version 4 or 5 UUID");
            } else {
                self.uuid(r, &at);
            }
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
