//! The checks of each stage against the case: the facts it reads and sets
//! (declared, of the same kind, set before they are read) and the
//! placeholders it uses (all in the case's `values`).

use super::check::{CaseChecker, FACTS};
use super::state::{condition_vars, effect_var};
use crate::scenario::check::Checked;
use crate::scenario::compile::{VarKind, placeholders};
use crate::scenario::{METERS, Scenario};
use std::collections::BTreeSet;

impl CaseChecker<'_> {
    /// The facts stage `i` reads and sets: declared in the case, of the
    /// same kind, and set before they are read.
    pub(super) fn stage_facts(&mut self, i: usize, s: &Scenario, stages: &[Checked]) {
        let (reads, sets) = uses(s);
        let at = self.stage_field(i, "scenario");
        for name in s.vars.keys() {
            let read = reads.contains(name);
            let set = sets.contains(name);
            let Some(k) = self.carried.names.iter().position(|n| n == name) else {
                if FACTS.contains(&name.as_str()) && (read || set) {
                    let what = if read { "reads" } else { "sets" };
                    let m = format!(
                        "stage {} (`{}`) {what} the fact `{name}`, which the case does not declare in `facts`, so it is not carried",
                        i + 1,
                        s.id
                    );
                    let h = format!(
                        "add \"{name}\": false (its value at the start of the case) to `facts`"
                    );
                    if read {
                        self.error("undeclared-fact", m, &h, at);
                    } else {
                        self.warning("undeclared-fact", m, &h, at);
                    }
                }
                continue;
            };
            let kind = stages[i]
                .compiled
                .var(name)
                .map(|v| stages[i].compiled.var_kinds[v]);
            if k >= METERS.len() && kind.is_some_and(|kd| kd != self.carried.kinds[k]) {
                self.error(
                    "fact-kind",
                    format!(
                        "stage {} (`{}`) has `{name}` as a {}, the case as a {}",
                        i + 1,
                        s.id,
                        kind_word(kind),
                        kind_word(Some(self.carried.kinds[k]))
                    ),
                    "make the fact a flag (true or false) or a number in both files",
                    at,
                );
                continue;
            }
            let set_before = stages[..i]
                .iter()
                .any(|e| uses(e.scenario()).1.contains(name));
            if read && !set && !set_before && k >= METERS.len() && self.carried.start[k] == 0 {
                let always = if self.carried.kinds[k] == VarKind::Flag {
                    "false"
                } else {
                    "0"
                };
                self.warning(
                    "fact-never-set",
                    format!("stage {} (`{}`) reads the fact `{name}`, but it is {always} at the start of the case and no earlier stage sets it: always {always} here", i + 1, s.id),
                    "set it in an earlier stage's effects, give it another start value in `facts`, or move the stage",
                    at,
                );
            }
        }
    }

    /// Every placeholder stage `i` uses is in the case's `values`.
    pub(super) fn stage_placeholders(&mut self, i: usize, s: &Scenario) {
        let mut missing = BTreeSet::new();
        for node in s.nodes.values() {
            let mut texts = vec![&node.speaker, &node.text];
            for c in &node.choices {
                texts.push(&c.text);
                texts.extend(c.feedback.as_ref());
            }
            if let Some(e) = &node.ending {
                texts.extend([&e.title, &e.outcome]);
            }
            for t in texts {
                missing.extend(
                    placeholders(t)
                        .into_iter()
                        .filter(|p| !self.case.values.contains_key(p)),
                );
            }
        }
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|p| format!("`{{{p}}}`")).collect();
            let adds: Vec<String> = missing
                .iter()
                .map(|p| format!("\"{p}\": \"...\""))
                .collect();
            let at = self.stage_field(i, "scenario");
            self.error(
                "unknown-placeholder",
                format!(
                    "stage {} (`{}`) uses {}, which the case's `values` do not define",
                    i + 1,
                    s.id,
                    names.join(", ")
                ),
                &format!(
                    "add {} to `values`: the case's person replaces each stage's profiles",
                    adds.join(", ")
                ),
                at,
            );
        }
    }
}

fn kind_word(k: Option<VarKind>) -> &'static str {
    match k {
        Some(VarKind::Flag) => "flag",
        _ => "number",
    }
}

/// The variables a scenario reads (in conditions) and sets (in the
/// effects of its scenes, choices and random branches; a profile's effects
/// are replaced by what a case carries in).
pub(crate) fn uses(s: &Scenario) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut reads = BTreeSet::new();
    let mut sets = BTreeSet::new();
    for node in s.nodes.values() {
        let mut effects: Vec<&String> = node.effects.iter().collect();
        for c in &node.choices {
            reads.extend(c.when.iter().flat_map(|w| condition_vars(w)));
            effects.extend(&c.effects);
        }
        for r in &node.next_if {
            reads.extend(condition_vars(&r.when));
        }
        for b in &node.random {
            effects.extend(&b.effects);
        }
        sets.extend(effects.into_iter().filter_map(|e| effect_var(e)));
    }
    (reads, sets)
}
