//! Design warnings: a scenario that plays, but whose design is likely to
//! mislead a trainee or a facilitator (two choices that read the same, a
//! variable nothing reads, a harm taught without coaching, luck that
//! decides the best score, a content note missing). Each check is one small
//! function over the compiled scenario and its exploration, reporting
//! warnings only, in plain words with a fix.
//!
//! The checks run only on a scenario without errors (see
//! [`crate::scenario::check`]): an error is fixed first, and its knock-on
//! effects would only add noise here.
//!
//! The files: `choices.rs` (choices that read the same, harms without
//! feedback), `variables.rs` (variables and placeholders), `harms.rs` (the
//! harms against `draws_on`), `scores.rs` (luck and area scores, from the
//! explorer's bounds), `content_notes.rs` (children, detention and
//! deportation shown without a content note).

mod choices;
mod content_notes;
mod harms;
mod scores;
mod variables;

use crate::scenario::compile::{Compiled, Places};
use crate::scenario::diag::Diagnostic;
use crate::scenario::explore::Exploration;

/// The codes of the design warnings, for tools that tell them from the
/// checker's other messages.
pub const DESIGN_CODES: [&str; 11] = [
    "same-choice-text",
    "similar-choices",
    "harm-without-feedback",
    "variable-never-changed",
    "variable-never-read",
    "placeholder-in-some-profiles",
    "harm-not-in-draws-on",
    "draws-on-unused",
    "luck-changes-best-score",
    "area-best-off-best-path",
    "content-note-missing",
];

/// Every design warning of a compiled and explored scenario.
pub(crate) fn design_warnings(c: &Compiled, x: &Exploration, places: &Places) -> Vec<Diagnostic> {
    let lint = Lint { c, x, places };
    let mut d = Vec::new();
    lint.same_choices_open_together(&mut d);
    lint.harms_without_feedback(&mut d);
    lint.variables_never_changed_or_read(&mut d);
    lint.placeholders_in_some_profiles(&mut d);
    lint.harms_not_in_draws_on(&mut d);
    lint.draws_on_unused(&mut d);
    lint.luck_changes_best_score(&mut d);
    lint.area_best_off_best_path(&mut d);
    lint.content_notes_missing(&mut d);
    d
}

/// One scenario under the design checks, with where to place their messages.
struct Lint<'a> {
    c: &'a Compiled,
    x: &'a Exploration,
    places: &'a Places<'a>,
}

impl Lint<'_> {
    fn warning(
        &self,
        code: &str,
        message: String,
        help: impl Into<String>,
        at: (usize, usize),
    ) -> Diagnostic {
        Diagnostic::warning(self.c.file.as_path(), code, message, help).at(at)
    }
}

/// `a`, `a and b`, `a, b and c`: names in a sentence.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::and_list;

    #[test]
    fn names_read_as_a_sentence() {
        let s = |v: &[&str]| and_list(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["a"]), "a");
        assert_eq!(s(&["a", "b"]), "a and b");
        assert_eq!(s(&["a", "b", "c"]), "a, b and c");
    }
}
