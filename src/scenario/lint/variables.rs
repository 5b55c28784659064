//! Variables no effect changes or no condition reads, and placeholders only
//! some profiles define.

use super::{Lint, and_list};
use crate::scenario::METERS;
use crate::scenario::compile::{CCond, CKind, COperand, VarKind};
use crate::scenario::diag::Diagnostic;

/// Mark the variables a condition reads.
fn mark_read(cond: &CCond, read: &mut [bool]) {
    let mut operand = |o: &COperand| {
        if let COperand::Var(i) = o {
            read[*i] = true;
        }
    };
    match cond {
        CCond::Truthy(o) => operand(o),
        CCond::Compare(a, _, b) => {
            operand(a);
            operand(b);
        }
        CCond::Not(x) => mark_read(x, read),
        CCond::And(a, b) | CCond::Or(a, b) => {
            mark_read(a, read);
            mark_read(b, read);
        }
    }
}

impl Lint<'_> {
    /// The scenario's own variables (not the meters, which the debrief
    /// shows) that no effect changes or no condition reads; not for a
    /// scenario with `next_if` (a stage of a case journey).
    pub(super) fn variables_never_changed_or_read(&self, d: &mut Vec<Diagnostic>) {
        let c = self.c;
        let n = c.var_names.len();
        let mut read = vec![false; n];
        let mut changed = vec![false; n];
        let mut effects = |list: &[crate::scenario::compile::CEffect]| {
            for e in list {
                changed[e.var] = true;
            }
        };
        for p in &c.profiles {
            effects(&p.effects);
        }
        for node in &c.nodes {
            effects(&node.effects);
            match &node.kind {
                CKind::Decision(choices) => {
                    for ch in choices {
                        effects(&ch.effects);
                        if let Some(w) = &ch.when {
                            mark_read(w, &mut read);
                        }
                    }
                }
                CKind::Random(branches) => {
                    for b in branches {
                        effects(&b.effects);
                    }
                }
                CKind::Route(routes, _) => {
                    for r in routes {
                        mark_read(&r.when, &mut read);
                    }
                }
                CKind::Passage(_) | CKind::Ending => {}
            }
        }
        // A scenario with `next_if` is written as a stage of a case journey:
        // an earlier stage may set what it reads, a later one read what it
        // sets. Only the case's own check can tell; here, nothing is said.
        if c.nodes.iter().any(|n| matches!(n.kind, CKind::Route(..))) {
            return;
        }
        // Where `vars` is written is looked up once, for the first warning:
        // a scan of the whole file.
        let vars = std::cell::OnceCell::new();
        for (i, name) in c.var_names.iter().enumerate() {
            if METERS.contains(&name.as_str()) || (read[i] && changed[i]) {
                continue;
            }
            let (span, fallback) = *vars.get_or_init(|| {
                let loc = &self.places.loc;
                (
                    loc.field(loc.whole(), "vars"),
                    self.places.top_field("vars"),
                )
            });
            let at = self.places.string_in(span, name, fallback);
            let flag = c.var_kinds[i] == VarKind::Flag;
            d.push(if !read[i] {
                self.warning(
                    "variable-never-read",
                    if changed[i] {
                        format!("the variable `{name}` is changed, but no condition reads it, so it makes no difference to the story")
                    } else {
                        format!("the variable `{name}` is never used: no effect changes it and no condition reads it")
                    },
                    format!("use it in a `when` condition, such as `when: \"{}\"`, or remove it from `vars` and from the effects that change it", if flag { name.clone() } else { format!("{name} >= 40") }),
                    at,
                )
            } else {
                self.warning(
                    "variable-never-changed",
                    format!("the variable `{name}` is read by conditions, but no effect ever changes it, so those conditions always give the same answer"),
                    format!("add an effect such as `\"{name} {}\"` to the choice that should change it, or remove the variable and the conditions that use it", if flag { "= true" } else { "+= 10" }),
                    at,
                )
            });
        }
    }

    /// A `values` entry some profiles define and others leave out. (One
    /// used in a text is already an error, so this one is unused.)
    pub(super) fn placeholders_in_some_profiles(&self, d: &mut Vec<Diagnostic>) {
        let profiles = &self.c.scenario.profiles;
        let loc = &self.places.loc;
        // Looked up for the first warning only: a scan of the whole file.
        let spans = std::cell::OnceCell::new();
        let mut seen = Vec::new();
        for (pi, p) in profiles.iter().enumerate() {
            for key in p.values.keys() {
                if seen.contains(key) {
                    continue;
                }
                seen.push(key.clone());
                let missing: Vec<String> = profiles
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| !q.values.contains_key(key))
                    .map(|(qi, _)| (qi + 1).to_string())
                    .collect();
                if missing.is_empty() {
                    continue;
                }
                let span = spans
                    .get_or_init(|| loc.list_items(loc.whole(), "profiles"))
                    .get(pi)
                    .copied();
                let fallback = span
                    .map(|s| loc.line_col(s.start))
                    .unwrap_or_else(|| self.places.top_field("profiles"));
                let at = self.places.string_in(span, key, fallback);
                d.push(self.warning(
                    "placeholder-in-some-profiles",
                    format!(
                        "`{{{key}}}` is defined by profile {} but not by profile{} {}",
                        pi + 1,
                        if missing.len() > 1 { "s" } else { "" },
                        and_list(&missing)
                    ),
                    format!("add \"{key}\": \"...\" to the `values` of every profile, so it can be used in the text, or remove it where it is not needed"),
                    at,
                ));
            }
        }
    }
}
