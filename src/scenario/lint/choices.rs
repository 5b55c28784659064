//! Choices a trainee cannot tell apart, and choices that teach a harm
//! without coaching.

use super::{Lint, and_list};
use crate::scenario::compile::CKind;
use crate::scenario::diag::{Diagnostic, edit_distance};
use crate::scenario::explore::Via;

/// Two choices of one decision whose texts read the same or nearly so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Likeness {
    Same,
    Similar,
}

/// A choice's text as a trainee reads it: lower case, words only.
fn words(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two texts (already through [`words`]) differ by a few letters:
/// at most one in five of the longer one's.
fn nearly_same(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let longer = la.max(lb);
    // The distance is at least the difference in length: most pairs are
    // told apart without working it out.
    longer >= 10 && la.abs_diff(lb) * 5 <= longer && edit_distance(a, b) * 5 <= longer
}

impl Lint<'_> {
    /// Two choices open at the same time that read the same
    /// (`same-choice-text`), or nearly the same while a condition was
    /// meant to keep one of them apart (`similar-choices`).
    pub(super) fn same_choices_open_together(&self, d: &mut Vec<Diagnostic>) {
        let c = self.c;
        // The pairs to look for, by node: found once from the texts.
        let mut pairs: Vec<Vec<(usize, usize, Likeness)>> = vec![Vec::new(); c.nodes.len()];
        for (n, id) in c.node_ids.iter().enumerate() {
            let choices = &c.scenario.nodes[id].choices;
            let texts: Vec<String> = choices.iter().map(|ch| words(&ch.text)).collect();
            for a in 0..choices.len() {
                for b in a + 1..choices.len() {
                    let conditional = choices[a].when.is_some() || choices[b].when.is_some();
                    if texts[a] == texts[b] {
                        pairs[n].push((a, b, Likeness::Same));
                    } else if conditional && nearly_same(&texts[a], &texts[b]) {
                        pairs[n].push((a, b, Likeness::Similar));
                    }
                }
            }
        }
        if pairs.iter().all(Vec::is_empty) {
            return;
        }
        // Each pair with a situation where both are open, in file order.
        let mut found: Vec<(usize, usize, usize, Likeness, Option<u32>)> = Vec::new();
        let g = &self.x.graph;
        if self.x.truncated {
            // The walk stopped early: only conditions written alike are
            // known to hold together.
            for (n, ps) in pairs.iter().enumerate() {
                let choices = &c.scenario.nodes[&c.node_ids[n]].choices;
                for &(a, b, like) in ps {
                    if choices[a].when == choices[b].when && g.node.contains(&(n as u32)) {
                        found.push((n, a, b, like, None));
                    }
                }
            }
        } else {
            let mut open = Vec::new();
            for s in 0..g.len() {
                let n = g.node[s] as usize;
                if pairs[n].is_empty() {
                    continue;
                }
                open.clear();
                open.extend(g.edges(s).iter().filter_map(|e| match e.via {
                    Via::Choice(ci) => Some(ci),
                    _ => None,
                }));
                for &(a, b, like) in &pairs[n] {
                    if open.contains(&a)
                        && open.contains(&b)
                        && !found.iter().any(|f| (f.0, f.1, f.2) == (n, a, b))
                    {
                        found.push((n, a, b, like, Some(s as u32)));
                    }
                }
            }
        }
        found.sort_by_key(|f| (f.0, f.1, f.2));
        for (n, a, b, like, state) in found {
            let id = &c.node_ids[n];
            let choices = &c.scenario.nodes[id].choices;
            let when = match state {
                Some(s) => format!(" (for example when {})", c.describe_vars(&g.vars_of(s))),
                None => String::new(),
            };
            let at = self.places.choice_at(id, b);
            d.push(match like {
                Likeness::Same => self.warning(
                    "same-choice-text",
                    format!(
                        "choices {} and {} at `{id}` both read \"{}\" and are offered at the same time{when}",
                        a + 1,
                        b + 1,
                        choices[b].text.trim()
                    ),
                    "reword one of them so the trainee can tell them apart, or give them conditions that never hold together, such as `when: \"asked\"` and `when: \"not asked\"`",
                    at,
                ),
                Likeness::Similar => self.warning(
                    "similar-choices",
                    format!(
                        "choices {} and {} at `{id}` read almost the same (\"{}\" and \"{}\"), and their conditions let both be offered at once{when}",
                        a + 1,
                        b + 1,
                        choices[a].text.trim(),
                        choices[b].text.trim()
                    ),
                    "if one is meant to replace the other, make their conditions exclude each other (such as `trust >= 40` and `trust < 40`); otherwise reword one so the difference is clear",
                    at,
                ),
            });
        }
    }

    /// Choices that cause or avoid a harm with no coaching line.
    pub(super) fn harms_without_feedback(&self, d: &mut Vec<Diagnostic>) {
        let c = self.c;
        for (n, id) in c.node_ids.iter().enumerate() {
            if !matches!(c.nodes[n].kind, CKind::Decision(_)) {
                continue;
            }
            for (ci, ch) in c.scenario.nodes[id].choices.iter().enumerate() {
                let has_feedback = ch.feedback.as_ref().is_some_and(|f| !f.trim().is_empty());
                if has_feedback || (ch.causes.is_empty() && ch.avoids.is_empty()) {
                    continue;
                }
                let names = |m: &std::collections::BTreeMap<String, i64>| {
                    and_list(&m.keys().map(|h| format!("`{h}`")).collect::<Vec<_>>())
                };
                let what = match (ch.causes.is_empty(), ch.avoids.is_empty()) {
                    (false, true) => format!("causes {}", names(&ch.causes)),
                    (true, false) => format!("avoids {}", names(&ch.avoids)),
                    _ => format!(
                        "causes {} and avoids {}",
                        names(&ch.causes),
                        names(&ch.avoids)
                    ),
                };
                d.push(self.warning(
                    "harm-without-feedback",
                    format!(
                        "choice {} at `{id}` {what} but has no coaching feedback",
                        ci + 1
                    ),
                    "add `feedback: \"...\"`, one line shown in coach mode right after the choice, saying why it helps or harms the person",
                    self.places.choice_at(id, ci),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_compared_as_read() {
        assert_eq!(words("Ask {name}, gently."), "ask name gently");
        assert!(nearly_same(
            &words("Ask her gently about her papers."),
            &words("Ask her gently about the papers.")
        ));
        assert!(!nearly_same(
            &words("Call the shelter now."),
            &words("Call the police now.")
        ));
        assert!(!nearly_same("yes", "yea"));
    }
}
