//! The small language of conditions (`when: "trust >= 40 and not asked"`) and
//! effects (`"trust += 10"`, `"asked = true"`) that scenario authors write.

use std::fmt;

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    pub(crate) fn holds(self, a: i32, b: i32) -> bool {
        match self {
            Cmp::Eq => a == b,
            Cmp::Ne => a != b,
            Cmp::Lt => a < b,
            Cmp::Le => a <= b,
            Cmp::Gt => a > b,
            Cmp::Ge => a >= b,
        }
    }
}

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Operand {
    Var(String),
    Number(i32),
    Bool(bool),
}

/// A parsed condition; variable names are resolved later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cond {
    /// A flag on its own (`asked_name`), or a number that is not zero.
    Truthy(Operand),
    Compare(Operand, Cmp, Operand),
    Not(Box<Cond>),
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
}

/// What an effect does to its variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectOp {
    Add(i32),
    Set(i32),
    SetFlag(bool),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Effect {
    pub var: String,
    pub op: EffectOp,
}

/// A problem in an expression, with the 0-based character offset where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExprError {
    pub offset: usize,
    pub message: String,
    pub help: String,
    /// The diagnostic code when it is not the usual one (`bad-condition`).
    pub code: Option<&'static str>,
}

/// How deep a condition may nest: brackets, `not`s, and `and`/`or` chains
/// count alike. Far beyond what a person writes; it keeps every walk over
/// a condition (checking, exploring, playing) within the stack.
pub(crate) const MAX_CONDITION_DEPTH: usize = 64;

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Num(i32),
    Op(&'static str),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<(usize, Tok)>, ExprError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push((start, Tok::Ident(word)));
            continue;
        }
        if c.is_ascii_digit() {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            let n = digits.parse::<i32>().map_err(|_| ExprError {
                offset: start,
                message: format!("the number {digits} is too large"),
                help: "use a number below 10000".into(),
                code: None,
            })?;
            out.push((start, Tok::Num(n)));
            continue;
        }
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        if two == "=>" || two == "=<" {
            let right = if two == "=>" { ">=" } else { "<=" };
            return Err(ExprError {
                offset: start,
                message: format!("`{two}` is written the other way round"),
                help: format!("write `{right}`"),
                code: None,
            });
        }
        let op2 = ["==", "!=", "<=", ">=", "+=", "-=", "&&", "||"]
            .into_iter()
            .find(|o| *o == two);
        if let Some(op) = op2 {
            out.push((start, Tok::Op(op)));
            i += 2;
            continue;
        }
        let tok = match c {
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            '<' => Tok::Op("<"),
            '>' => Tok::Op(">"),
            '=' => Tok::Op("="),
            '!' => Tok::Op("!"),
            '-' => Tok::Op("-"),
            '+' => Tok::Op("+"),
            other => {
                return Err(ExprError {
                    offset: start,
                    message: format!("the character `{other}` cannot be used here"),
                    help: "conditions use names, numbers, true/false, and, or, not, ( ), == != < <= > >=".into(),
                    code: None,
                });
            }
        };
        out.push((start, tok));
        i += 1;
    }
    Ok(out)
}

struct Parser {
    toks: Vec<(usize, Tok)>,
    pos: usize,
    len: usize,
    /// Brackets and `not`s open at this point (the parser's own recursion).
    nesting: usize,
}

/// A parsed condition and the depth of its tree.
type Parsed = (Cond, usize);

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(_, t)| t)
    }
    fn offset(&self) -> usize {
        self.toks.get(self.pos).map(|(o, _)| *o).unwrap_or(self.len)
    }
    fn is_word(&self, w: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(s)) if s.eq_ignore_ascii_case(w))
    }
    fn err<T>(&self, message: impl Into<String>, help: impl Into<String>) -> Result<T, ExprError> {
        Err(ExprError {
            offset: self.offset(),
            message: message.into(),
            help: help.into(),
            code: None,
        })
    }

    /// Refuse a tree deeper than [`MAX_CONDITION_DEPTH`], at the current token.
    fn within_depth(&self, depth: usize) -> Result<(), ExprError> {
        if depth <= MAX_CONDITION_DEPTH {
            return Ok(());
        }
        Err(ExprError {
            offset: self.offset(),
            message: format!(
                "the condition is nested too deep (more than {MAX_CONDITION_DEPTH} levels of brackets, `not`, `and` or `or`)"
            ),
            help: "split it: keep a partial result in a flag set by an effect, or remove brackets and `not`s that cancel out".into(),
            code: Some("condition-too-deep"),
        })
    }

    /// Go one bracket or `not` deeper, within the limit.
    fn enter(&mut self) -> Result<(), ExprError> {
        self.nesting += 1;
        self.within_depth(self.nesting)
    }

    fn or(&mut self) -> Result<Parsed, ExprError> {
        let (mut left, mut depth) = self.and()?;
        while self.is_word("or") || self.peek() == Some(&Tok::Op("||")) {
            self.pos += 1;
            let (right, d) = self.and()?;
            depth = depth.max(d) + 1;
            self.within_depth(depth)?;
            left = Cond::Or(Box::new(left), Box::new(right));
        }
        Ok((left, depth))
    }

    fn and(&mut self) -> Result<Parsed, ExprError> {
        let (mut left, mut depth) = self.not()?;
        while self.is_word("and") || self.peek() == Some(&Tok::Op("&&")) {
            self.pos += 1;
            let (right, d) = self.not()?;
            depth = depth.max(d) + 1;
            self.within_depth(depth)?;
            left = Cond::And(Box::new(left), Box::new(right));
        }
        Ok((left, depth))
    }

    fn not(&mut self) -> Result<Parsed, ExprError> {
        if self.is_word("not") || self.peek() == Some(&Tok::Op("!")) {
            self.enter()?;
            self.pos += 1;
            let (inner, depth) = self.not()?;
            self.nesting -= 1;
            self.within_depth(depth + 1)?;
            return Ok((Cond::Not(Box::new(inner)), depth + 1));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Parsed, ExprError> {
        if self.peek() == Some(&Tok::LParen) {
            self.enter()?;
            self.pos += 1;
            let inner = self.or()?;
            if self.peek() != Some(&Tok::RParen) {
                return self.err("a `)` is missing", "close every `(` with a `)`");
            }
            self.pos += 1;
            self.nesting -= 1;
            return Ok(inner);
        }
        let left = self.operand()?;
        let cmp = match self.peek() {
            Some(Tok::Op("==")) => Cmp::Eq,
            Some(Tok::Op("=")) => {
                return self.err(
                    "`=` sets a value; to compare, write `==`",
                    "write for example `trust == 50`",
                );
            }
            Some(Tok::Op("!=")) => Cmp::Ne,
            Some(Tok::Op("<")) => Cmp::Lt,
            Some(Tok::Op("<=")) => Cmp::Le,
            Some(Tok::Op(">")) => Cmp::Gt,
            Some(Tok::Op(">=")) => Cmp::Ge,
            _ => return Ok((Cond::Truthy(left), 1)),
        };
        self.pos += 1;
        let right = self.operand()?;
        Ok((Cond::Compare(left, cmp, right), 1))
    }

    fn operand(&mut self) -> Result<Operand, ExprError> {
        let negative = if self.peek() == Some(&Tok::Op("-")) {
            self.pos += 1;
            true
        } else {
            false
        };
        match self.peek().cloned() {
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(Operand::Number(if negative { -n } else { n }))
            }
            Some(Tok::Ident(w)) if !negative => {
                let lower = w.to_lowercase();
                if ["and", "or", "not"].contains(&lower.as_str()) {
                    return self.err(
                        format!("`{w}` needs something before and after it"),
                        "write for example `trust > 40 and not asked`",
                    );
                }
                self.pos += 1;
                Ok(match lower.as_str() {
                    "true" | "yes" => Operand::Bool(true),
                    "false" | "no" => Operand::Bool(false),
                    _ => Operand::Var(w),
                })
            }
            None => self.err(
                "the condition ends too early",
                "finish it, for example `trust >= 40`",
            ),
            _ => self.err(
                "a name, a number, true or false is expected here",
                "write for example `trust >= 40` or `not asked_name`",
            ),
        }
    }
}

/// Parse a condition such as `trust >= 40 and not asked_name`.
pub(crate) fn parse_condition(src: &str) -> Result<Cond, ExprError> {
    let toks = tokenize(src)?;
    if toks.is_empty() {
        return Err(ExprError {
            offset: 0,
            message: "the condition is empty".into(),
            help: "remove `when`, or write a condition such as `trust >= 40`".into(),
            code: None,
        });
    }
    let mut p = Parser {
        toks,
        pos: 0,
        len: src.chars().count(),
        nesting: 0,
    };
    let (cond, _) = p.or()?;
    if p.pos < p.toks.len() {
        return p.err(
            "this part of the condition is not understood",
            "join conditions with `and` or `or`; compare with == != < <= > >=",
        );
    }
    Ok(cond)
}

/// Parse an effect such as `trust += 10`, `trust -= 5`, `asked = true`.
pub(crate) fn parse_effect(src: &str) -> Result<Effect, ExprError> {
    let toks = tokenize(src)?;
    let help = "effects look like `trust += 10`, `safety -= 5`, `asked = true` or `step = 2`";
    let len = src.chars().count();
    let err = |offset: usize, message: &str| ExprError {
        offset,
        message: message.to_string(),
        help: help.to_string(),
        code: None,
    };
    let Some((_, Tok::Ident(var))) = toks.first() else {
        return Err(err(0, "an effect starts with the name of a variable"));
    };
    let (op_at, op) = match toks.get(1) {
        Some((o, Tok::Op(op))) if ["+=", "-=", "="].contains(op) => (*o, *op),
        Some((o, _)) => return Err(err(*o, "expected `+=`, `-=` or `=` after the name")),
        None => return Err(err(len, "the effect says what to change but not how")),
    };
    let (neg, value_at) = match toks.get(2) {
        Some((_, Tok::Op("-"))) => (true, 3),
        _ => (false, 2),
    };
    let value = toks.get(value_at);
    if toks.len() > value_at + 1 {
        return Err(err(
            toks[value_at + 1].0,
            "the effect has extra words at the end",
        ));
    }
    let op = match (op, value) {
        ("+=", Some((_, Tok::Num(n)))) => EffectOp::Add(if neg { -n } else { *n }),
        ("-=", Some((_, Tok::Num(n)))) => EffectOp::Add(if neg { *n } else { -n }),
        ("=", Some((_, Tok::Num(n)))) => EffectOp::Set(if neg { -n } else { *n }),
        ("=", Some((_, Tok::Ident(w)))) if !neg => match w.to_lowercase().as_str() {
            "true" | "yes" => EffectOp::SetFlag(true),
            "false" | "no" => EffectOp::SetFlag(false),
            _ => {
                return Err(err(
                    op_at,
                    "a variable can be set to a number, true or false",
                ));
            }
        },
        (_, Some((o, _))) => return Err(err(*o, "a whole number is expected here")),
        (_, None) => return Err(err(len, "the value is missing at the end")),
    };
    Ok(Effect {
        var: var.clone(),
        op,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_parse_with_precedence() {
        let c = parse_condition("trust >= 40 and not asked or safety < 10").unwrap();
        let var = |n: &str| Operand::Var(n.into());
        assert_eq!(
            c,
            Cond::Or(
                Box::new(Cond::And(
                    Box::new(Cond::Compare(var("trust"), Cmp::Ge, Operand::Number(40))),
                    Box::new(Cond::Not(Box::new(Cond::Truthy(var("asked"))))),
                )),
                Box::new(Cond::Compare(var("safety"), Cmp::Lt, Operand::Number(10))),
            )
        );
        assert!(parse_condition("(a or b) && !c").is_ok());
    }

    #[test]
    fn condition_errors_point_at_the_problem() {
        let e = parse_condition("trust = 40").unwrap_err();
        assert_eq!(e.offset, 6);
        assert!(e.message.contains("=="));
        let e = parse_condition("trust >=").unwrap_err();
        assert!(e.message.contains("ends too early"));
        let e = parse_condition("trust # 3").unwrap_err();
        assert_eq!(e.offset, 6);
    }

    #[test]
    fn effects_parse() {
        assert_eq!(parse_effect("trust += 10").unwrap().op, EffectOp::Add(10));
        assert_eq!(parse_effect("trust -= 5").unwrap().op, EffectOp::Add(-5));
        assert_eq!(
            parse_effect("asked = true").unwrap().op,
            EffectOp::SetFlag(true)
        );
        assert_eq!(parse_effect("step = -2").unwrap().op, EffectOp::Set(-2));
        assert!(parse_effect("trust + 10").is_err());
        assert!(parse_effect("trust +=").is_err());
    }

    use proptest::prelude::*;

    /// Text made of the language's own words and signs, and some noise.
    fn expression() -> impl Strategy<Value = String> {
        let token = prop::sample::select(vec![
            "(",
            ")",
            "not ",
            " and ",
            " or ",
            "!",
            "&&",
            "||",
            "trust",
            "asked",
            "40",
            "-",
            ">=",
            "==",
            "=",
            "+=",
            "-=",
            "=>",
            "true",
            " ",
            "#",
            "é",
            "99999999999",
            "\u{0}",
        ]);
        prop_oneof![
            prop::collection::vec(token, 0..300).prop_map(|t| t.concat()),
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Conditions and effects: no panic, and every error names a place
        /// inside the text (or just after its end).
        #[test]
        fn any_expression_parses_or_fails_at_a_place(src in expression()) {
            let len = src.chars().count();
            if let Err(e) = parse_condition(&src) {
                prop_assert!(e.offset <= len, "{e:?}");
                prop_assert!(!e.message.is_empty());
            }
            if let Err(e) = parse_effect(&src) {
                prop_assert!(e.offset <= len, "{e:?}");
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}
