//! The harms the choices train against the guide's challenges the scenario
//! says it draws on (`draws_on`), which the guide screen and `coverage`
//! read.

use super::{Lint, and_list};
use crate::guide::area::Area;
use crate::scenario::diag::Diagnostic;
use std::collections::BTreeMap;

/// The harm id a `draws_on` entry names: `ID-3`, or `ID-3 ...` followed by
/// words; None for a free description.
fn harm_named(entry: &str, harms: &[String]) -> Option<String> {
    let entry = entry.trim();
    harms
        .iter()
        .find(|h| {
            entry.strip_prefix(h.as_str()).is_some_and(|rest| {
                rest.is_empty() || !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
            })
        })
        .cloned()
}

impl Lint<'_> {
    /// Every harm a choice causes or avoids, with the first choice that
    /// does (node, choice), in file order of the nodes' names.
    fn harms_used(&self) -> BTreeMap<String, (String, usize)> {
        let mut used = BTreeMap::new();
        for (id, node) in &self.c.scenario.nodes {
            for (ci, ch) in node.choices.iter().enumerate() {
                for h in ch.causes.keys().chain(ch.avoids.keys()) {
                    used.entry(h.clone()).or_insert((id.clone(), ci));
                }
            }
        }
        used
    }

    /// Harms the choices train that `draws_on` does not list: one warning
    /// naming them all.
    pub(super) fn harms_not_in_draws_on(&self, d: &mut Vec<Diagnostic>) {
        let all = Area::all_harm_ids();
        let listed: Vec<String> = self
            .c
            .scenario
            .draws_on
            .iter()
            .filter_map(|e| harm_named(e, &all))
            .collect();
        let missing: Vec<(String, (String, usize))> = self
            .harms_used()
            .into_iter()
            .filter(|(h, _)| !listed.contains(h))
            .collect();
        let Some((_, (node, ci))) = missing.first() else {
            return;
        };
        let names: Vec<String> = missing.iter().map(|(h, _)| format!("`{h}`")).collect();
        let quoted: Vec<String> = missing.iter().map(|(h, _)| format!("\"{h}\"")).collect();
        let (message, at) = if self.c.scenario.draws_on.is_empty() {
            (
                format!(
                    "the scenario has no `draws_on`, but its choices train {}",
                    and_list(&names)
                ),
                self.places.top_field("summary"),
            )
        } else {
            (
                format!(
                    "the choices train {} (first at choice {} of `{node}`), but `draws_on` does not list {}",
                    and_list(&names),
                    ci + 1,
                    if missing.len() > 1 { "them" } else { "it" }
                ),
                self.places.top_field("draws_on"),
            )
        };
        d.push(self.warning(
            "harm-not-in-draws-on",
            message,
            format!(
                "add {} to `draws_on: [...]`, the list of the guide's challenges the scenario draws on",
                quoted.join(", ")
            ),
            at,
        ));
    }

    /// Harm ids in `draws_on` that no choice causes or avoids. Only an
    /// entry that is a bare id (`"ID-5"`) says the scenario trains the
    /// harm; one with words (`"ID-5 guidance: a referral card, p. 32"`)
    /// cites a passage of the guide, as free descriptions do.
    pub(super) fn draws_on_unused(&self, d: &mut Vec<Diagnostic>) {
        let all = Area::all_harm_ids();
        let used = self.harms_used();
        let loc = &self.places.loc;
        for entry in &self.c.scenario.draws_on {
            let Some(h) = all.iter().find(|h| *h == entry.trim()).cloned() else {
                continue;
            };
            if used.contains_key(&h) {
                continue;
            }
            // Where `draws_on` is written is looked up only for a warning: a
            // scan of the whole file.
            let span = loc.field(loc.whole(), "draws_on");
            let fallback = self.places.top_field("draws_on");
            d.push(self.warning(
                "draws-on-unused",
                format!("`draws_on` lists `{h}`, but no choice causes or avoids it"),
                format!("add a choice that causes or avoids `{h}`, or remove it from `draws_on` (name other parts of the guide in words, such as \"Good practice: port inspections, p. 33\")"),
                self.places.string_in(span, entry, fallback),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_on_entries_name_harms_by_their_id() {
        let all = Area::all_harm_ids();
        assert_eq!(harm_named("ID-3", &all).as_deref(), Some("ID-3"));
        assert_eq!(harm_named("CJ-1 (p. 80)", &all).as_deref(), Some("CJ-1"));
        assert_eq!(harm_named("ID-33", &all), None);
        assert_eq!(harm_named("Good practice, p. 33", &all), None);
    }
}
