//! Conditions and effects: parsed from the author's text, then their
//! variables resolved to slots and their types checked.

use super::Compilation;
use super::compiled::{CCond, CEffect, COperand, VarKind};
use super::variables::Variables;
use crate::scenario::diag::suggest;
use crate::scenario::expr::{self, Cmp, Cond, EffectOp, Operand};
use crate::scenario::locate::Span;

/// What a problem in an expression says: the message and how to fix it.
type Problem = (String, String);

impl Variables {
    /// The slot and kind of the variable `name`.
    fn lookup(&self, name: &str) -> Result<(usize, VarKind), Problem> {
        match self.names.iter().position(|v| v == name) {
            Some(i) => Ok((i, self.kinds[i])),
            None => {
                let names: Vec<&str> = self.names.iter().map(|s| s.as_str()).collect();
                Err((
                    format!("there is no variable `{name}`"),
                    match suggest(name, &names) {
                        Some(s) => format!(
                            "did you mean `{s}`? Or declare it in `vars`, such as `\"{name}\": false`"
                        ),
                        None => format!(
                            "declare it in `vars`, such as `\"{name}\": false` or `\"{name}\": 0`"
                        ),
                    },
                ))
            }
        }
    }

    /// Resolve a parsed condition's variables, checking that it compares
    /// like with like.
    fn resolve_cond(&self, c: &Cond) -> Result<CCond, Problem> {
        resolve_condition(c, &|name| self.lookup(name), "asked")
    }
}

/// A parsed condition with its variables resolved by `lookup` (a slot and
/// kind, or what is wrong), checking that it compares like with like; the
/// one rule for scenarios and for cases. `flag` names a flag for the help.
pub(crate) fn resolve_condition(
    c: &Cond,
    lookup: &impl Fn(&str) -> Result<(usize, VarKind), Problem>,
    flag: &str,
) -> Result<CCond, Problem> {
    let operand = |o: &Operand| -> Result<(COperand, VarKind), Problem> {
        Ok(match o {
            Operand::Var(v) => {
                let (i, k) = lookup(v)?;
                (COperand::Var(i), k)
            }
            Operand::Number(n) => (COperand::Const(*n), VarKind::Number),
            Operand::Bool(b) => (COperand::Const(i32::from(*b)), VarKind::Flag),
        })
    };
    let resolve = |x: &Cond| resolve_condition(x, lookup, flag);
    Ok(match c {
        Cond::Truthy(o) => {
            let (op, kind) = operand(o)?;
            if kind == VarKind::Number {
                return Err((
                    "a number on its own is not a condition".into(),
                    "compare it, such as `trust >= 40`".into(),
                ));
            }
            CCond::Truthy(op)
        }
        Cond::Compare(a, cmp, b) => {
            let (oa, ka) = operand(a)?;
            let (ob, kb) = operand(b)?;
            if ka != kb {
                return Err((
                    "this compares a flag (true/false) with a number".into(),
                    "compare flags with true or false, numbers with numbers".into(),
                ));
            }
            if ka == VarKind::Flag && !matches!(cmp, Cmp::Eq | Cmp::Ne) {
                return Err((
                    "flags can only be compared with == or !=".into(),
                    format!("write `{flag}` or `not {flag}`"),
                ));
            }
            CCond::Compare(oa, *cmp, ob)
        }
        Cond::Not(x) => CCond::Not(Box::new(resolve(x)?)),
        Cond::And(a, b) => CCond::And(Box::new(resolve(a)?), Box::new(resolve(b)?)),
        Cond::Or(a, b) => CCond::Or(Box::new(resolve(a)?), Box::new(resolve(b)?)),
    })
}

/// "in the condition "...": problem", with a very long condition cut short
/// (a message quotes it, it need not repeat thousands of characters).
pub(crate) fn in_condition(when: &str, problem: &str) -> String {
    const SHOWN: usize = 80;
    if when.chars().count() <= SHOWN {
        return format!("in the condition \"{when}\": {problem}");
    }
    let start: String = when.chars().take(SHOWN).collect();
    format!("in the condition \"{start}...\": {problem}")
}

impl Compilation<'_> {
    /// Compile the condition `when`, written in `span` (or at `fallback`).
    pub(super) fn compile_condition(
        &mut self,
        when: &str,
        span: Option<Span>,
        fallback: (usize, usize),
    ) -> Option<CCond> {
        match expr::parse_condition(when) {
            Ok(cond) => match self.vars.resolve_cond(&cond) {
                Ok(c) => Some(c),
                Err((m, h)) => {
                    let at = self.places.string_in(span, when, fallback);
                    self.error("bad-condition", m, h, at);
                    None
                }
            },
            Err(e) => {
                let at = self.places.inside_string(span, when, e.offset, fallback);
                let code = e.code.unwrap_or("bad-condition");
                self.error(code, in_condition(when, &e.message), e.help, at);
                None
            }
        }
    }

    /// Compile effects written in `span` (or at `fallback`); the ones with
    /// problems are reported and left out.
    pub(super) fn compile_effects(
        &mut self,
        effects: &[String],
        span: Option<Span>,
        fallback: (usize, usize),
    ) -> Vec<CEffect> {
        let mut out = Vec::new();
        for e in effects {
            let eff = match expr::parse_effect(e) {
                Ok(eff) => eff,
                Err(x) => {
                    let at = self.places.inside_string(span, e, x.offset, fallback);
                    self.error(
                        "bad-effect",
                        format!("in the effect \"{e}\": {}", x.message),
                        x.help,
                        at,
                    );
                    continue;
                }
            };
            // Where the effect is written is looked up only for an error.
            let at = |cx: &Self| cx.places.inside_string(span, e, 0, fallback);
            match self.vars.lookup(&eff.var) {
                Err((m, h)) => self.error("unknown-variable", m, h, at(self)),
                Ok((i, kind)) => {
                    let fits = matches!(
                        (kind, eff.op),
                        (VarKind::Flag, EffectOp::SetFlag(_))
                            | (VarKind::Number, EffectOp::Add(_) | EffectOp::Set(_))
                    );
                    if fits {
                        out.push(CEffect { var: i, op: eff.op });
                    } else {
                        self.error(
                            "effect-type",
                            match kind {
                                VarKind::Flag => {
                                    format!("`{}` is a flag: set it to true or false", eff.var)
                                }
                                VarKind::Number => format!(
                                    "`{}` is a number: change it with +=, -= or = and a number",
                                    eff.var
                                ),
                            },
                            "match the effect to the variable's start value in `vars`".into(),
                            at(self),
                        );
                    }
                }
            }
        }
        out
    }
}
