//! Step: the variables, the standard meters first, then the scenario's own
//! in `vars`.

use super::Compilation;
use super::compiled::VarKind;
use crate::scenario::{METER_START, METERS, NUMBER_MAX, NUMBER_MIN, Value};

/// Words of the condition language, which cannot name a variable.
const RESERVED: [&str; 7] = ["and", "or", "not", "true", "false", "yes", "no"];

/// The variables of a scenario, by slot.
#[derive(Default)]
pub(super) struct Variables {
    pub(super) names: Vec<String>,
    pub(super) kinds: Vec<VarKind>,
    pub(super) initial: Vec<i32>,
}

impl Compilation<'_> {
    /// Give each variable its slot, kind and start value.
    pub(super) fn declare_variables(&mut self) {
        for m in METERS {
            self.vars.names.push(m.to_string());
            self.vars.kinds.push(VarKind::Number);
            self.vars.initial.push(METER_START);
        }
        let vars_span = self.places.loc.field(self.places.loc.whole(), "vars");
        let fallback = self.places.top_field("vars");
        let scenario = self.scenario;
        for (name, value) in &scenario.vars {
            let at = self.places.string_in(vars_span, name, fallback);
            if !is_name(name) || RESERVED.contains(&name.as_str()) {
                self.error(
                    "bad-variable-name",
                    format!("`{name}` cannot be a variable name"),
                    "use letters, digits and `_`, starting with a letter, such as `asked_consent`"
                        .into(),
                    at,
                );
                continue;
            }
            let (kind, v) = self.start_value(name, value, at);
            if let Some(i) = self.vars.names.iter().position(|n| n == name) {
                if kind != VarKind::Number {
                    self.error(
                        "meter-not-number",
                        format!("`{name}` is one of the standard meters and must be a number"),
                        format!("write `\"{name}\": 50`"),
                        at,
                    );
                }
                self.vars.initial[i] = v;
            } else {
                self.vars.names.push(name.clone());
                self.vars.kinds.push(kind);
                self.vars.initial.push(v);
            }
        }
    }

    /// The kind and start value of a variable, numbers kept within range.
    fn start_value(&mut self, name: &str, value: &Value, at: (usize, usize)) -> (VarKind, i32) {
        match value {
            Value::Flag(b) => (VarKind::Flag, i32::from(*b)),
            Value::Number(n) => {
                if *n < i64::from(NUMBER_MIN) || *n > i64::from(NUMBER_MAX) {
                    self.error(
                        "number-out-of-range",
                        format!("`{name}` starts at {n}, outside {NUMBER_MIN}..{NUMBER_MAX}"),
                        format!("numbers are whole numbers from {NUMBER_MIN} to {NUMBER_MAX}"),
                        at,
                    );
                }
                (
                    VarKind::Number,
                    (*n).clamp(i64::from(NUMBER_MIN), i64::from(NUMBER_MAX)) as i32,
                )
            }
        }
    }
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}
