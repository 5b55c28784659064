//! The texts of scenarios and of the guide that translators translate: each
//! with a stable key (its PO `msgctxt`), walked in one place so that
//! extracting, applying and checking agree on every key.
//!
//! Keys name the place, not the words: `port-inspection/node/start/text`,
//! `port-inspection/node/start/choice/2/text`, `guide/harm/ID-3/guidance/1`.
//! A case journey's own texts have keys that start with `case:` and its id
//! (a scenario id cannot hold a colon): `case:fisherman-journey/title`,
//! `case:fisherman-journey/stage/1/handover/0`, numbered from 0 like a
//! scenario's choices.
//! When the English of a key changes, its translation is stale: English is
//! shown until a translator reviews it.

use crate::case::Case;
use crate::guide::Guide;
use crate::scenario::Scenario;

/// One translatable text: its key, a note for the translator, the text.
pub struct Text<'a> {
    pub key: String,
    pub note: String,
    pub text: &'a mut String,
}

fn push<'a>(out: &mut Vec<Text<'a>>, key: String, note: String, text: &'a mut String) {
    if !text.trim().is_empty() {
        out.push(Text { key, note, text });
    }
}

/// Every translatable text of a scenario, in file order.
pub fn scenario_texts(s: &mut Scenario) -> Vec<Text<'_>> {
    let id = s.id.clone();
    let mut out = Vec::new();
    push(
        &mut out,
        format!("{id}/title"),
        "The scenario's title.".into(),
        &mut s.title,
    );
    push(
        &mut out,
        format!("{id}/summary"),
        "Shown in the scenario browser.".into(),
        &mut s.summary,
    );
    for (i, n) in s.content_notes.iter_mut().enumerate() {
        push(
            &mut out,
            format!("{id}/content-note/{i}"),
            "A content note: what may be hard for some trainees.".into(),
            n,
        );
    }
    for (i, d) in s.draws_on.iter_mut().enumerate() {
        if crate::guide::area::Area::of_harm(d).is_none() {
            push(
                &mut out,
                format!("{id}/draws-on/{i}"),
                "A part of the guide the scenario draws on.".into(),
                d,
            );
        }
    }
    push(
        &mut out,
        format!("{id}/setting"),
        "Where the scenario takes place, shown above the text.".into(),
        &mut s.setting,
    );
    for (i, p) in s.profiles.iter_mut().enumerate() {
        push(
            &mut out,
            format!("{id}/profile/{i}/label"),
            "Who the person met is, for the facilitator and the debrief.".into(),
            &mut p.label,
        );
        for (name, v) in p.values.iter_mut() {
            push(
                &mut out,
                format!("{id}/profile/{i}/value/{name}"),
                format!(
                    "The word that fills {{{name}}} in the texts for this person. A name can stay as it is."
                ),
                v,
            );
        }
    }
    for (name, node) in s.nodes.iter_mut() {
        let who = if node.speaker.is_empty() {
            "narration".to_string()
        } else {
            format!("spoken by {}", node.speaker)
        };
        push(
            &mut out,
            format!("{id}/node/{name}/speaker"),
            format!("Scene `{name}`: who speaks."),
            &mut node.speaker,
        );
        push(
            &mut out,
            format!("{id}/node/{name}/text"),
            format!("Scene `{name}`, {who}."),
            &mut node.text,
        );
        for (i, c) in node.choices.iter_mut().enumerate() {
            push(
                &mut out,
                format!("{id}/node/{name}/choice/{i}/text"),
                format!("Scene `{name}`: choice {} the trainee can make.", i + 1),
                &mut c.text,
            );
            if let Some(f) = c.feedback.as_mut() {
                push(
                    &mut out,
                    format!("{id}/node/{name}/choice/{i}/feedback"),
                    format!("Scene `{name}`: coaching shown after choice {}.", i + 1),
                    f,
                );
            }
        }
        if let Some(e) = node.ending.as_mut() {
            push(
                &mut out,
                format!("{id}/node/{name}/ending/title"),
                format!("Ending `{name}`: its title."),
                &mut e.title,
            );
            push(
                &mut out,
                format!("{id}/node/{name}/ending/outcome"),
                format!("Ending `{name}`: what became of the person."),
                &mut e.outcome,
            );
        }
    }
    out
}

/// Every translatable text of the guide, in file order.
pub fn guide_texts(g: &mut Guide) -> Vec<Text<'_>> {
    let mut out = Vec::new();
    for a in g.areas.iter_mut() {
        let area = format!("{:?}", a.area);
        push(
            &mut out,
            format!("guide/area/{area}/summary"),
            format!("What the area {area} covers."),
            &mut a.summary,
        );
        for h in a.harms.iter_mut() {
            let id = h.id.clone();
            push(
                &mut out,
                format!("guide/harm/{id}/title"),
                format!("The title of harm {id}."),
                &mut h.title,
            );
            push(
                &mut out,
                format!("guide/harm/{id}/explanation"),
                format!("How well-meant action causes harm {id}."),
                &mut h.explanation,
            );
            for (i, x) in h.guidance.iter_mut().enumerate() {
                push(
                    &mut out,
                    format!("guide/harm/{id}/guidance/{i}"),
                    format!("Do No Harm guidance for {id}, item {}.", i + 1),
                    &mut x.text,
                );
            }
            for (i, n) in h.notes.iter_mut().enumerate() {
                if let Some(c) = n.country.as_mut() {
                    push(
                        &mut out,
                        format!("guide/harm/{id}/note/{i}/country"),
                        "The country or countries a box comes from.".into(),
                        c,
                    );
                }
                push(
                    &mut out,
                    format!("guide/harm/{id}/note/{i}/text"),
                    format!("A good practice or challenge box under {id}."),
                    &mut n.text,
                );
            }
        }
    }
    for (i, c) in g.concepts.iter_mut().enumerate() {
        push(
            &mut out,
            format!("guide/concept/{i}/term"),
            "A key concept: the term.".into(),
            &mut c.term,
        );
        push(
            &mut out,
            format!("guide/concept/{i}/text"),
            "A key concept: what it means.".into(),
            &mut c.text,
        );
    }
    out
}

/// The key prefix of a case's texts: `case:<id>`.
pub fn case_prefix(id: &str) -> String {
    format!("case:{id}")
}

/// Every translatable text of a case journey, in file order: its title,
/// summary and content notes, the person's values, each stage's handover
/// lines and the links' sentences. The keys are
/// `case:<id>/title`, `case:<id>/summary`, `case:<id>/content-note/N`,
/// `case:<id>/value/NAME`, `case:<id>/stage/K/handover/N` and
/// `case:<id>/link/N` (K, N from 0).
pub fn case_texts(c: &mut Case) -> Vec<Text<'_>> {
    let id = case_prefix(&c.id);
    let mut out = Vec::new();
    push(
        &mut out,
        format!("{id}/title"),
        "The case journey's title.".into(),
        &mut c.title,
    );
    push(
        &mut out,
        format!("{id}/summary"),
        "The case journey's summary, shown in the list of cases.".into(),
        &mut c.summary,
    );
    for (i, n) in c.content_notes.iter_mut().enumerate() {
        push(
            &mut out,
            format!("{id}/content-note/{i}"),
            "A content note of the case: what may be hard for some trainees, across its stages."
                .into(),
            n,
        );
    }
    for (name, v) in c.values.iter_mut() {
        push(
            &mut out,
            format!("{id}/value/{name}"),
            format!(
                "The word that fills {{{name}}} in the case's handover lines and chains (and, where the stage is translated, in its scenes). A name can stay as it is or be written in your script."
            ),
            v,
        );
    }
    for (k, stage) in c.stages.iter_mut().enumerate() {
        let (scenario, role) = (stage.scenario.clone(), stage.role);
        for (i, h) in stage.handover.iter_mut().enumerate() {
            push(
                &mut out,
                format!("{id}/stage/{k}/handover/{i}"),
                format!(
                    "Stage {} (`{scenario}`, played as {role:?}): handover line {}, what the responder before passed on (a note, a file), shown before the stage.",
                    k + 1,
                    i + 1
                ),
                &mut h.text,
            );
        }
    }
    for (i, l) in c.links.iter_mut().enumerate() {
        push(
            &mut out,
            format!("{id}/link/{i}"),
            format!(
                "A chain in the journey's debrief: how harm {} at one stage led to harm {} at a later one.",
                l.from, l.to
            ),
            &mut l.text,
        );
    }
    out
}

/// The `{placeholders}` of a text, sorted, as the scenario engine reads
/// them (`{{` is a literal brace).
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out = crate::scenario::compile::placeholders(text);
    out.sort();
    out
}

/// The pseudo-locale's version of a content text: letters accented and
/// words lengthened, `{placeholders}` kept as they are.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&super::pseudo::transform(&rest[..open]));
        match rest[open..].find('}') {
            Some(close) => {
                out.push_str(&rest[open..=open + close]);
                rest = &rest[open + close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(&super::pseudo::transform(rest));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_name_their_place() {
        let lib = crate::Library::bundled(std::sync::Arc::new(Guide::bundled().unwrap()));
        for c in &lib.scenarios {
            let mut s = c.scenario().clone();
            let texts = scenario_texts(&mut s);
            let keys: std::collections::BTreeSet<_> = texts.iter().map(|t| t.key.clone()).collect();
            assert_eq!(keys.len(), texts.len(), "{}", c.id());
            assert!(keys.contains(&format!("{}/title", c.id())));
        }
        let mut g = Guide::bundled().unwrap();
        let texts = guide_texts(&mut g);
        assert!(texts.iter().any(|t| t.key == "guide/harm/ID-3/guidance/1"));
        let n = texts.len();
        let keys: std::collections::BTreeSet<_> = texts.into_iter().map(|t| t.key).collect();
        assert_eq!(keys.len(), n);
    }

    #[test]
    fn case_keys_are_unique_stable_and_name_their_place() {
        let src = include_str!("../../tests/fixtures/cases/journey.ron");
        let mut case: Case =
            crate::scenario::diag::parse_ron(src, std::path::Path::new("j.ron")).unwrap();
        let texts = case_texts(&mut case);
        let keys: Vec<String> = texts.iter().map(|t| t.key.clone()).collect();
        let unique: std::collections::BTreeSet<_> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len());
        // The keys are a contract with the translators' files: pinned.
        for k in [
            "case:journey/title",
            "case:journey/summary",
            "case:journey/content-note/1",
            "case:journey/value/name",
            "case:journey/value/they",
            "case:journey/stage/1/handover/0",
            "case:journey/stage/1/handover/2",
            "case:journey/stage/2/handover/0",
            "case:journey/link/1",
        ] {
            assert!(keys.iter().any(|x| x == k), "{k} in {keys:?}");
        }
        assert!(texts.iter().all(|t| !t.note.is_empty()));
        // The same file gives the same keys in the same order.
        let mut again: Case =
            crate::scenario::diag::parse_ron(src, std::path::Path::new("j.ron")).unwrap();
        let keys_again: Vec<String> = case_texts(&mut again).into_iter().map(|t| t.key).collect();
        assert_eq!(keys, keys_again);
    }

    #[test]
    fn pseudo_content_keeps_its_placeholders() {
        assert_eq!(
            placeholders(&pseudo("Hello {name}, {they} said {{x}}")),
            ["name", "they"]
        );
        assert!(pseudo("Hello {name}").contains("{name}"));
    }
}
