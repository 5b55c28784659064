//! The xAPI statement of one attempt, built from its result record.

use super::*;
use crate::sim::engine::HarmKind;
use crate::workshop::records::ResultRecord;
use serde_json::{Map, Value, json};

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
    json!({
        "id": statement_id(&r.attempt),
        "actor": actor(r, opts),
        "verb": {
            "id": VERB_COMPLETED,
            "display": lang_map("en-US", "completed"),
        },
        "object": scenario_activity(r, opts),
        "result": result(r, opts),
        "context": context(r, opts),
        "timestamp": r.finished,
        "version": "1.0.3",
    })
}

/// `actor`: the trainee's pseudonymous account.
fn actor(r: &ResultRecord, opts: &XapiOptions) -> Value {
    json!({
        "objectType": "Agent",
        "name": account_name(r),
        "account": { "homePage": opts.home_page, "name": account_name(r) },
    })
}

/// `object`: the scenario, as an Activity.
fn scenario_activity(r: &ResultRecord, opts: &XapiOptions) -> Value {
    let lang = opts.language.as_str();
    json!({
        "objectType": "Activity",
        "id": format!("{}/scenarios/{}", opts.base(), segment(&r.scenario)),
        "definition": {
            "name": lang_map(&record_language(r, opts), &r.scenario_title),
            "description": lang_map(lang, &format!(
                "Frontline do-no-harm training scenario \"{}\" (version {}): a branching role-play for frontline responders to human trafficking.",
                r.scenario_title, r.scenario_version
            )),
            "type": ACTIVITY_SIMULATION,
        },
    })
}

/// The language of a record's own texts (its scenario title, choices and
/// harm titles): the record's, unless it was played in English, where the
/// statements' configured English tag (`en-US`) is kept.
pub(crate) fn record_language(r: &ResultRecord, opts: &XapiOptions) -> String {
    if r.language == "en" || r.language.is_empty() {
        opts.language.clone()
    } else {
        r.language.clone()
    }
}

/// `result`: the score, completion, duration, and as extensions the harms,
/// the per-area scores and the ending.
fn result(r: &ResultRecord, opts: &XapiOptions) -> Value {
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
    result
}

/// `context`: the attempt as `registration`, the platform and language,
/// the run's settings (and its place in a case journey) as extensions,
/// and the workshop as a grouping
/// activity.
fn context(r: &ResultRecord, opts: &XapiOptions) -> Value {
    let lang = opts.language.as_str();
    let mut context_ext = Map::new();
    if let Some(code) = &r.workshop {
        context_ext.insert(opts.ext(EXT_WORKSHOP), json!(code));
    }
    context_ext.insert(opts.ext(EXT_ROLE), json!(r.role));
    context_ext.insert(opts.ext(EXT_MODE), json!(r.mode));
    // A string: a JSON number above 2^53 is rounded by JavaScript readers.
    context_ext.insert(opts.ext(EXT_SEED), json!(r.seed.to_string()));
    context_ext.insert(opts.ext(EXT_SCENARIO_VERSION), json!(r.scenario_version));
    if let Some(j) = &r.journey {
        // A stage of a case journey played across trainees.
        context_ext.insert(
            opts.ext(EXT_JOURNEY),
            json!({
                "journey": j.journey,
                "case": j.case,
                "stage": j.stage,
                "stages": j.stages,
                "seed": j.seed.to_string(),
            }),
        );
    }
    let mut context = json!({
        "registration": r.attempt.to_ascii_lowercase(),
        "platform": opts.platform,
        "language": record_language(r, opts),
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
    context
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
        if !opts.allow_email_names && crate::save::progress::looks_like_email(&r.trainee) {
            out.left_out.push((
                r.attempt.clone(),
                vec![
                    "actor.name: the pseudonym looks like an e-mail address, personal data that is not sent (allow it with --allow-email-names)".into(),
                ],
            ));
            continue;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::xapi::is_uuid;

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
