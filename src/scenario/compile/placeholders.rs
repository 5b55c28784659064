//! Step: the `{placeholders}` that profiles fill in the text, and the check
//! that every one used is defined by every profile.

use super::Compilation;
use crate::scenario::diag::suggest;
use std::collections::BTreeSet;

/// `{placeholders}` used in a text.
pub(crate) fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if rest[open..].starts_with("{{") {
            rest = &rest[open + 2..];
            continue;
        }
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

impl Compilation<'_> {
    /// Find the placeholders that every profile defines.
    pub(super) fn collect_placeholders(&mut self) {
        let mut defined: Option<BTreeSet<String>> = None;
        for p in &self.scenario.profiles {
            let keys: BTreeSet<String> = p.values.keys().cloned().collect();
            defined = Some(match defined {
                None => keys,
                Some(prev) => prev.intersection(&keys).cloned().collect(),
            });
        }
        self.defined = defined.unwrap_or_default();
    }

    /// Report the placeholders in `text` (at `at`) that some profile leaves
    /// undefined.
    pub(super) fn check_text(&mut self, text: &str, at: (usize, usize)) {
        for p in placeholders(text) {
            if !self.defined.contains(&p) {
                let in_some = self
                    .scenario
                    .profiles
                    .iter()
                    .any(|pr| pr.values.contains_key(&p));
                let defined: Vec<&str> = self.defined.iter().map(String::as_str).collect();
                let help = match suggest(&p, &defined).filter(|_| !in_some) {
                    Some(s) => format!(
                        "did you mean `{{{s}}}`? Placeholders are written exactly as in the profiles' `values`"
                    ),
                    None => format!(
                        "add \"{p}\": \"...\" to the `values` of every profile, or write `{{{{` for a plain brace"
                    ),
                };
                self.error(
                    "unknown-placeholder",
                    if in_some {
                        format!("`{{{p}}}` is not defined in every profile")
                    } else {
                        format!("`{{{p}}}` is not defined by any profile")
                    },
                    help,
                    at,
                );
            }
        }
    }
}
