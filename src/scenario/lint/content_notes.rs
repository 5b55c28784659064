//! Hard things a scenario shows (a child, detention, deportation) that no
//! content note names, when its words tell: the texts name the topic with
//! words that have few other meanings, and no note uses any word of the
//! topic. Words that often mean something else are left out on purpose:
//! "children" (the person's own), "prison" and "jail" (the trafficker's
//! sentence), "minor" (a minor injury), "boys" and "girls" outside a
//! profile's label (a crew, "bar girls"). It warns only; a facilitator may
//! leave a warning for a word used in another sense.

use super::Lint;
use crate::scenario::diag::Diagnostic;

/// One hard topic: the words that show it in a text, the words that name
/// it in a note, and an example note.
struct Topic {
    what: &'static str,
    shown_by: &'static [&'static str],
    noted_by: &'static [&'static str],
    example: &'static str,
}

const TOPICS: [Topic; 3] = [
    Topic {
        what: "a child",
        shown_by: &[
            "child",
            "underage",
            "minors",
            "teenager",
            "teenagers",
            "juvenile",
        ],
        noted_by: &[
            "child", "children", "minor", "minors", "girl", "girls", "boy", "boys", "teen",
            "teenager", "underage", "juvenile", "age", "young",
        ],
        example: "a child of uncertain age",
    },
    Topic {
        what: "detention",
        shown_by: &[
            "detain",
            "detained",
            "detaining",
            "detention",
            "detainee",
            "detainees",
        ],
        noted_by: &[
            "detain",
            "detained",
            "detention",
            "jail",
            "prison",
            "imprisonment",
            "custody",
            "arrest",
            "arrested",
            "locked",
        ],
        example: "arrest and immigration detention",
    },
    Topic {
        what: "deportation",
        shown_by: &[
            "deport",
            "deported",
            "deporting",
            "deportation",
            "deportee",
            "deportees",
        ],
        noted_by: &[
            "deport",
            "deported",
            "deportation",
            "removal",
            "expulsion",
            "expelled",
            "return",
            "returned",
            "repatriation",
        ],
        example: "threats of deportation",
    },
];

/// Words before "child" that make it someone's own.
const POSSESSIVES: [&str; 7] = ["my", "his", "her", "their", "your", "our", "its"];

/// The words of a text, lower case.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Words before "boy" or "girl" that make it said of a child: "a boy", "the
/// girl", "a young girl". Alone, and in the plural, they are often said of
/// adults ("the boys" of a crew, "bar girls", "the boat boy").
const BEFORE_CHILD: [&str; 5] = ["a", "the", "this", "young", "little"];

/// The word of `topic` that `text` shows it by: one of its words, or for
/// a child an age under 18 (`16-year-old`, `16 years old`, `aged 16`), an
/// uncertain age, "a boy" or "the girl", or (in a profile's `label`, which
/// describes the person met) "boy" or "girl" alone.
#[cfg(test)]
fn shown_in(topic: &Topic, text: &str, label: bool) -> Option<String> {
    shown_in_words(topic, &words(text), label)
}

/// [`shown_in`] over a text's [`words`], split once for every topic.
fn shown_in_words(topic: &Topic, w: &[String], label: bool) -> Option<String> {
    // "her child", "his boys": someone's own child, not a child met.
    let owned = |i: usize| i > 0 && POSSESSIVES.contains(&w[i - 1].as_str());
    if let Some(found) =
        (0..w.len()).find(|i| topic.shown_by.contains(&w[*i].as_str()) && !owned(*i))
    {
        return Some(w[found].clone());
    }
    if topic.what != "a child" {
        return None;
    }
    let young = |x: &str| x.parse::<u32>().is_ok_and(|n| n < 18);
    w.iter().enumerate().find_map(|(i, x)| {
        let next = |k: usize| w.get(i + k).map(String::as_str);
        let prev = i.checked_sub(1).map(|p| w[p].as_str());
        let kid = match x.as_str() {
            "boy" | "girl" => label || prev.is_some_and(|p| BEFORE_CHILD.contains(&p)),
            "boys" | "girls" => label,
            _ => false,
        };
        if kid {
            return Some(match prev.filter(|_| !label) {
                Some(p) => format!("{p} {x}"),
                None => x.clone(),
            });
        }
        if x == "uncertain" && next(1) == Some("age") {
            return Some("uncertain age".into());
        }
        let age = young(x) && matches!(next(1), Some("year" | "years")) && next(2) == Some("old");
        let aged = (x == "aged" || x == "age") && next(1).is_some_and(young);
        (age || aged).then(|| {
            if aged {
                format!("{x} {}", w[i + 1])
            } else {
                format!("{x} {} old", w[i + 1])
            }
        })
    })
}

/// A profile label that gives an age under 18 after a comma: "Mai, 17".
fn label_age(label: &str) -> Option<String> {
    label
        .split(',')
        .map(str::trim)
        .find(|p| p.parse::<u32>().is_ok_and(|n| n < 18))
        .map(|p| format!("age {p}"))
}

/// Where a text is, to name it in a message.
enum Place<'s> {
    Field(&'static str),
    Profile(usize),
    Node(&'s str),
    Choice(&'s str, usize),
}

impl Place<'_> {
    fn name(&self) -> String {
        match self {
            Place::Field(f) => format!("the `{f}`"),
            Place::Profile(i) => format!("profile {}", i + 1),
            Place::Node(id) => format!("node `{id}`"),
            Place::Choice(id, ci) => format!("choice {} at `{id}`", ci + 1),
        }
    }
}

impl Lint<'_> {
    /// The texts a trainee or facilitator reads, each with where it is.
    fn shown_texts(&self) -> Vec<(String, Place<'_>, bool)> {
        let s = &self.c.scenario;
        let mut out = Vec::new();
        for (field, text) in [
            ("title", &s.title),
            ("summary", &s.summary),
            ("setting", &s.setting),
        ] {
            out.push((text.clone(), Place::Field(field), false));
        }
        for (pi, p) in s.profiles.iter().enumerate() {
            let age = label_age(&p.label).map(|a| format!("{} {a}", p.label));
            out.push((
                age.unwrap_or_else(|| p.label.clone()),
                Place::Profile(pi),
                true,
            ));
            for v in p.values.values() {
                out.push((v.clone(), Place::Profile(pi), false));
            }
        }
        for (id, node) in &s.nodes {
            out.push((
                format!("{} {}", node.speaker, node.text),
                Place::Node(id),
                false,
            ));
            if let Some(e) = &node.ending {
                out.push((format!("{} {}", e.title, e.outcome), Place::Node(id), false));
            }
            // Feedback is left out: it is advice ("should not be held in
            // detention"), not what the story shows.
            for (ci, ch) in node.choices.iter().enumerate() {
                out.push((ch.text.clone(), Place::Choice(id, ci), false));
            }
        }
        out
    }

    /// The line and column of a place.
    fn place_at(&self, place: &Place) -> (usize, usize) {
        match place {
            Place::Field(f) => self.places.top_field(f),
            Place::Profile(i) => {
                let loc = &self.places.loc;
                loc.list_items(loc.whole(), "profiles")
                    .get(*i)
                    .map(|sp| loc.line_col(sp.start))
                    .unwrap_or_else(|| self.places.top_field("profiles"))
            }
            Place::Node(id) => self.places.node_at(id),
            Place::Choice(id, ci) => self.places.choice_at(id, *ci),
        }
    }

    /// Children, detention or deportation shown but named by no note.
    pub(super) fn content_notes_missing(&self, d: &mut Vec<Diagnostic>) {
        let notes: Vec<String> = self
            .c
            .scenario
            .content_notes
            .iter()
            .flat_map(|n| words(n))
            .collect();
        let texts: Vec<_> = self
            .shown_texts()
            .into_iter()
            .map(|(text, place, label)| (words(&text), place, label))
            .collect();
        for topic in &TOPICS {
            if notes.iter().any(|w| topic.noted_by.contains(&w.as_str())) {
                continue;
            }
            // The first place in the file that shows the topic.
            let first = texts
                .iter()
                .filter_map(|(w, place, label)| {
                    shown_in_words(topic, w, *label).map(|w| (self.place_at(place), w, place))
                })
                .min_by_key(|(at, _, _)| *at);
            let Some((at, word, place)) = first else {
                continue;
            };
            d.push(self.warning(
                "content-note-missing",
                format!(
                    "the scenario shows {} (\"{word}\" in {}), but no content note says so",
                    topic.what,
                    place.name()
                ),
                format!(
                    "add a note such as \"{}\" to `content_notes`, so facilitators can prepare trainees; if the word means something else here, the warning can stay",
                    topic.example
                ),
                at,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_told_by_whole_words_and_young_ages() {
        let child = &TOPICS[0];
        let shown = |t: &str| shown_in(child, t, false);
        assert_eq!(shown("Her boyfriend came."), None);
        assert_eq!(shown("I am not his child any more."), None);
        assert_eq!(shown("The boy looks 15.").as_deref(), Some("the boy"));
        assert_eq!(shown("'The boat boy,' she says."), None);
        assert_eq!(shown("I keep them safe for the boys."), None);
        assert_eq!(shown("Bar girls."), None);
        assert_eq!(shown_in(child, "Girl, 16", true).as_deref(), Some("girl"));
        assert_eq!(
            shown("a 16-year-old from Lao PDR").as_deref(),
            Some("16 year old")
        );
        assert_eq!(shown("a 27-year-old man"), None);
        assert_eq!(shown("aged 12").as_deref(), Some("aged 12"));
        assert_eq!(
            shown("Man of uncertain age").as_deref(),
            Some("uncertain age")
        );
        assert_eq!(label_age("Mai, 17").as_deref(), Some("age 17"));
        assert_eq!(label_age("Tun, 30"), None);
        assert_eq!(
            shown_in(&TOPICS[1], "She was detained.", false).as_deref(),
            Some("detained")
        );
    }
}
