//! What a case carries from stage to stage: the three meters, then the
//! case's facts, as one vector of values; conditions over it (a handover
//! line's or a link's `when`) and the person's placeholders.

use crate::scenario::compile::{CCond, VarKind, in_condition, resolve_condition};
use crate::scenario::expr::{self, Cond, Operand};
use crate::scenario::{METER_START, METERS, Value};
use std::collections::BTreeMap;

/// The names a case carries and their kinds: the meters, then the facts in
/// the order of the case's `facts` table.
#[derive(Debug, Clone, Default)]
pub(crate) struct Carried {
    pub(crate) names: Vec<String>,
    pub(crate) kinds: Vec<VarKind>,
    /// The values at the start of the case (the meters at their standard
    /// start: the first stage starts them as its own file says).
    pub(crate) start: Vec<i32>,
}

impl Carried {
    pub(crate) fn new(facts: &BTreeMap<String, Value>) -> Carried {
        let mut c = Carried::default();
        for m in METERS {
            c.names.push(m.to_string());
            c.kinds.push(VarKind::Number);
            c.start.push(METER_START);
        }
        for (name, value) in facts {
            if METERS.contains(&name.as_str()) {
                continue;
            }
            c.names.push(name.clone());
            let (kind, v) = match value {
                Value::Flag(b) => (VarKind::Flag, i32::from(*b)),
                Value::Number(n) => (VarKind::Number, (*n).clamp(0, 100) as i32),
            };
            c.kinds.push(kind);
            c.start.push(v);
        }
        c
    }

    /// The carried values by name, as a stage is started with; the meters
    /// left out for the first stage, which starts them itself.
    pub(crate) fn carry(&self, values: &[i32], with_meters: bool) -> Vec<(String, i32)> {
        let skip = if with_meters { 0 } else { METERS.len() };
        self.names
            .iter()
            .zip(values)
            .skip(skip)
            .map(|(n, v)| (n.clone(), *v))
            .collect()
    }

    /// `trust=40, detained=true`, for messages.
    pub(crate) fn describe(&self, values: &[i32], with_meters: bool) -> String {
        let skip = if with_meters { 0 } else { METERS.len() };
        let parts: Vec<String> = self
            .names
            .iter()
            .zip(&self.kinds)
            .zip(values)
            .skip(skip)
            .map(|((n, k), v)| match k {
                VarKind::Flag => format!("{n}={}", *v != 0),
                VarKind::Number => format!("{n}={v}"),
            })
            .collect();
        if parts.is_empty() {
            "no facts".into()
        } else {
            parts.join(", ")
        }
    }

    /// Compile a condition over the carried names: the message and help of
    /// what is wrong, else the condition.
    pub(crate) fn condition(&self, when: &str) -> Result<CCond, (String, String)> {
        let cond =
            expr::parse_condition(when).map_err(|e| (in_condition(when, &e.message), e.help))?;
        let lookup = |name: &str| match self.names.iter().position(|n| n == name) {
            Some(i) => Ok((i, self.kinds[i])),
            None => Err((
                format!("`{name}` is neither a meter nor a fact of the case"),
                format!(
                    "a case's conditions read trust, safety, wellbeing and the facts in `facts`; add \"{name}\": false to `facts`"
                ),
            )),
        };
        resolve_condition(&cond, &lookup, "detained").map_err(|(m, h)| (in_condition(when, &m), h))
    }
}

/// Fill the person's `{placeholders}`; unknown ones stay as written.
pub(crate) fn render(text: &str, values: &BTreeMap<String, String>) -> String {
    crate::sim::transcript::render_with(text, |k| values.get(k).map(String::as_str))
}

/// The variables a condition reads.
pub(crate) fn condition_vars(when: &str) -> Vec<String> {
    fn walk(c: &Cond, out: &mut Vec<String>) {
        match c {
            Cond::Truthy(o) => operand(o, out),
            Cond::Compare(a, _, b) => {
                operand(a, out);
                operand(b, out);
            }
            Cond::Not(x) => walk(x, out),
            Cond::And(a, b) | Cond::Or(a, b) => {
                walk(a, out);
                walk(b, out);
            }
        }
    }
    fn operand(o: &Operand, out: &mut Vec<String>) {
        if let Operand::Var(v) = o {
            out.push(v.clone());
        }
    }
    let mut out = Vec::new();
    if let Ok(c) = expr::parse_condition(when) {
        walk(&c, &mut out);
    }
    out
}

/// The variable an effect changes.
pub(crate) fn effect_var(effect: &str) -> Option<String> {
    expr::parse_effect(effect).ok().map(|e| e.var)
}
