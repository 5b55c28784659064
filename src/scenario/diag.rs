//! Diagnostics: problems found in a file, each with a place (file, line,
//! column), a message a person can act on, and a hint on how to fix it. The
//! checker, the command line and the game's overlay all print these values.

use crate::scenario::hints;
use crate::scenario::locate::Locator;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line, 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    pub severity: Severity,
    /// A stable short name of the problem, such as `unknown-node`.
    pub code: String,
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Diagnostic {
    pub fn error(
        file: &Path,
        code: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            severity: Severity::Error,
            code: code.to_string(),
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn warning(
        file: &Path,
        code: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, code, message, help)
        }
    }

    pub fn at(mut self, (line, column): (usize, usize)) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {kind}: {}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// Why a file could not be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read or parsed; one diagnostic.
    #[error("{0}")]
    Syntax(Diagnostic),
    /// The file parsed but breaks the format's rules.
    #[error("{}", .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Diagnostic>),
}

impl LoadError {
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        LoadError::Syntax(Diagnostic::error(
            path,
            "unreadable",
            format!("cannot read the file: {err}"),
            "check that the path is right and the file is readable",
        ))
    }

    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            LoadError::Syntax(d) => vec![d.clone()],
            LoadError::Invalid(ds) => ds.clone(),
        }
    }
}

/// The RON options every file of the project is read with: optional values
/// are written plainly (`page: 12`, not `page: Some(12)`).
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parse RON text, turning a failure into a diagnostic in plain words.
pub(crate) fn parse_ron<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &Path,
) -> Result<T, LoadError> {
    ron_options()
        .from_str(text)
        .map_err(|e| LoadError::Syntax(explain_ron_error(&e, text, file)))
}

/// Turn ron's error into a message a non-programmer can act on.
pub(crate) fn explain_ron_error(
    err: &ron::error::SpannedError,
    text: &str,
    file: &Path,
) -> Diagnostic {
    let (code, message, help) =
        punctuation_problem(&err.code).unwrap_or_else(|| value_problem(&err.code));
    let mut line = err.span.start.line;
    let mut column = err.span.start.col;
    if line == 0 {
        line = 1;
    }
    if column == 0 {
        column = 1;
    }
    // For an unexpected end of file, the start of the unclosed part helps more.
    if matches!(err.code, ron::Error::Eof) {
        let lines = text.lines().count().max(1);
        line = line.min(lines);
    }
    let plain = Diagnostic::error(file, code, message, help).at((line, column));
    let Some(offset) = hints::offset_of(text, line, column) else {
        return plain;
    };
    // A curly quote before the place ron stopped, or on its line.
    let limit = if matches!(err.code, ron::Error::Eof) {
        text.len()
    } else {
        text[offset..].find('\n').map_or(text.len(), |n| offset + n)
    };
    if let Some((at, quote)) = hints::curly_quote(text, limit) {
        return Diagnostic::error(
            file,
            "curly-quote",
            format!("the curly quote {quote} is not a quote the file can use"),
            "write the straight quote \" instead of “ ” ‘ ’ around a text (a word processor puts curly ones in as you type; inside a text they are fine)",
        )
        .at(Locator::new(text).line_col(at));
    }
    if matches!(err.code, ron::Error::ExpectedComma)
        && let Some(at) = hints::quote_inside_text(text, offset)
    {
        return Diagnostic::error(
            file,
            "quote-inside-text",
            "a `\"` inside a text ends the text too early",
            "inside a text, write `\\\"` for a double quote, or use single quotes 'like this'",
        )
        .at(Locator::new(text).line_col(at));
    }
    if let ron::Error::NoSuchEnumVariant {
        expected, found, ..
    } = &err.code
        && let Some(joined) = hints::joined_word(text, offset)
        && joined != *found
        && let Some(s) = suggest(&joined, expected)
    {
        return Diagnostic {
            message: format!(
                "`{}` is not one of the allowed words here",
                text[offset..]
                    .split([',', ']', ')', '\n'])
                    .next()
                    .unwrap_or(found)
                    .trim()
            ),
            help: format!(
                "did you mean `{s}`? Write it as one word. Allowed: {}",
                expected.join(", ")
            ),
            ..plain
        };
    }
    plain
}

/// A short name, a message and a fix.
type Explanation = (&'static str, String, String);

/// Problems of punctuation: brackets, commas, quotes and what they enclose.
fn punctuation_problem(code: &ron::Error) -> Option<Explanation> {
    use ron::Error as E;
    Some(match code {
        E::Eof => (
            "unexpected-end",
            "the file ends too early".into(),
            "a bracket `(`, `[` or `{`, or a quote `\"`, was opened and never closed; count them, starting from the last part you edited".into(),
        ),
        E::ExpectedComma => (
            "missing-comma",
            "a comma is missing between two entries".into(),
            "put a `,` after the value that ends just before this point".into(),
        ),
        E::ExpectedStringEnd => (
            "unclosed-string",
            "a text in quotes is not closed".into(),
            "end the text with `\"`; to use a quote inside a text, write `\\\"` or use a single quote '".into(),
        ),
        E::ExpectedString => (
            "expected-text",
            "a text in double quotes is expected here".into(),
            "put the value in double quotes, like \"this\"".into(),
        ),
        E::ExpectedInteger | E::ExpectedFloat => (
            "expected-number",
            "a number is expected here".into(),
            "write a whole number such as 10, without quotes".into(),
        ),
        E::ExpectedBoolean => (
            "expected-yes-no",
            "`true` or `false` is expected here".into(),
            "write true or false, without quotes".into(),
        ),
        E::ExpectedArray | E::ExpectedArrayEnd => (
            "expected-list",
            if matches!(code, E::ExpectedArray) {
                "a list in square brackets `[ ... ]` is expected here".into()
            } else {
                "the list is not closed where expected".into()
            },
            "lists look like [\"a\", \"b\"]; check for a missing `,` or `]`".into(),
        ),
        E::ExpectedMap | E::ExpectedMapEnd | E::ExpectedMapColon => (
            "expected-map",
            "a table in curly brackets `{ ... }` is expected here".into(),
            "tables look like {\"key\": value, \"other\": value}; check for a missing `:`, `,` or `}`".into(),
        ),
        E::ExpectedStructLike | E::ExpectedStructLikeEnd | E::ExpectedNamedStructLike(_) => (
            "expected-parenthesis",
            "a group in round brackets `( ... )` is expected or not closed here".into(),
            "groups look like (field: value, other: value); check for a missing `,` or `)`".into(),
        ),
        E::UnexpectedChar(c) => (
            "unexpected-character",
            format!("the character `{c}` does not belong here"),
            "check the punctuation just before this point: a missing comma, quote or bracket is the usual cause".into(),
        ),
        E::ExceededRecursionLimit => (
            "nested-too-deep",
            "brackets are nested too deep here".into(),
            "a scenario needs only a few levels of `(`, `[` and `{`; look for brackets opened again and again, or never closed".into(),
        ),
        E::ExpectedIdentifier => (
            "expected-field-name",
            "a field name is expected here".into(),
            "write a field name, such as `text: ...`; if the part above is finished, the `)` that closes it may be missing (or remove a stray character or a second comma)".into(),
        ),
        E::TrailingCharacters => (
            "trailing-text",
            "there is more text after the end of the scenario".into(),
            "the whole file is one `( ... )`; remove what follows its closing bracket, or move it inside".into(),
        ),
        _ => return None,
    })
}

/// Problems with a value or a field: wrong names, missing or repeated
/// fields, values of the wrong kind.
fn value_problem(code: &ron::Error) -> Explanation {
    use ron::Error as E;
    match code {
        E::ExpectedDifferentStructName { expected, found } => (
            "wrong-name",
            format!("found `{found}(` where `{expected}(` belongs"),
            format!("write `{expected}(` or just `(`"),
        ),
        E::NoSuchStructField {
            expected, found, ..
        } => (
            "unknown-field",
            format!("`{found}` is not a field here"),
            match suggest(found, expected) {
                Some(s) => format!(
                    "did you mean `{s}`? The fields here are: {}",
                    expected.join(", ")
                ),
                None => format!("the fields here are: {}", expected.join(", ")),
            },
        ),
        E::MissingStructField { field, outer } => {
            // ron reports a missing field at the closing bracket; point at it.
            (
                "missing-field",
                match outer {
                    Some(o) => format!("`{o}` needs a `{field}`"),
                    None => format!("the field `{field}` is missing"),
                },
                format!("add `{field}: ...` inside the brackets that end here"),
            )
        }
        E::DuplicateStructField { field, .. } => (
            "duplicate-field",
            format!("`{field}` is written twice"),
            "keep one of them".into(),
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => (
            "unknown-word",
            format!("`{found}` is not one of the allowed words here"),
            match suggest(found, expected) {
                Some(s) => format!("did you mean `{s}`? Allowed: {}", expected.join(", ")),
                None => format!("allowed: {}", expected.join(", ")),
            },
        ),
        E::InvalidValueForType { expected, found } => (
            "wrong-kind-of-value",
            format!("expected {expected} but found {found}"),
            "check the example in docs/authoring.md for this field".into(),
        ),
        E::IntegerOutOfBounds => (
            "number-too-large",
            "this number is out of range".into(),
            "use a smaller whole number".into(),
        ),
        E::UnclosedBlockComment => (
            "unclosed-comment",
            "a comment started with `/*` is not closed".into(),
            "end it with `*/`, or use `//` comments that end with the line".into(),
        ),
        E::Message(m) => ("invalid-value", m.clone(), String::new()),
        other => (
            "syntax",
            other.to_string(),
            "compare this part with the example in docs/authoring.md".into(),
        ),
    }
}

/// The closest allowed word to a misspelled one, if it is close enough.
/// Case, spaces, `_` and `-` are ignored: `Social Worker` finds
/// `SocialWorker`, `Name` finds `name`.
pub fn suggest<'a>(found: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let found_l = loose(found);
    allowed
        .iter()
        .map(|a| (edit_distance(&found_l, &loose(a)), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

/// A word as `suggest` compares it: lower case, without spaces, `_` or `-`.
fn loose(word: &str) -> String {
    word.chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Levenshtein distance, for "did you mean" hints.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        assert_eq!(suggest("choises", &["choices", "text"]), Some("choices"));
        assert_eq!(suggest("zzz", &["choices", "text"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(
            suggest("Social Worker", &["Police", "SocialWorker"]),
            Some("SocialWorker")
        );
        assert_eq!(suggest("Name", &["name", "they"]), Some("name"));
    }
}
