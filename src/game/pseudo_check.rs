//! The pseudo-locale check of the smoke run: with `FRONTLINE_LANG=en-XA`
//! every interface string comes out accented (`Šéţţíñğš`), so a text laid
//! out with plain English words in it was written in code and never went
//! through the catalogue.
//!
//! Plain words may legitimately come from elsewhere: what the trainee typed,
//! harm ids, numbers, file paths, the languages' own names, and the few
//! texts given as [`Content`] (the smoke run gives only the title of the
//! published guide the game cites). The scenarios and the guide are
//! translated in the pseudo-locale like everything else, so any other plain
//! word fails.

use crate::i18n::Lang;
use crate::i18n::pseudo::is_pseudo_letter;
use std::collections::BTreeSet;

/// The scenario and guide content, as the sources write it.
#[derive(Default)]
pub struct Content {
    strings: Vec<String>,
    words: BTreeSet<String>,
}

impl Content {
    /// The string literals of RON sources (scenarios, the guide).
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = &'a str>) -> Content {
        let mut c = Content::default();
        for text in sources {
            for s in string_literals(text) {
                c.words.extend(words(&s).map(str::to_string));
                c.strings.push(s);
            }
        }
        c
    }

    /// Whether `run` (plain text, trimmed) is content: a piece of one of
    /// the strings, or a sentence whose every word is in them (text with
    /// the scenario's placeholders filled in).
    fn has(&self, run: &str) -> bool {
        if self.strings.iter().any(|s| s.contains(run)) {
            return true;
        }
        let ws: Vec<&str> = words(run).collect();
        ws.len() >= 4 && ws.iter().all(|w| self.words.contains(*w))
    }
}

/// The contents of the `"..."` literals of a RON text, escapes resolved.
fn string_literals(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some(other) => s.push(other),
                    None => break,
                },
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

/// The ASCII words of three letters or more.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
}

/// Whether a piece of plain text may stay untranslated without the
/// content: a harm id (`ID-1`, `ID-1.2`), a number, a file path, a
/// language's own name, or one of `typed` (names and codes the user typed).
fn allowed(piece: &str, typed: &[String]) -> bool {
    let piece = piece.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
    if piece.contains('/') || words(piece).next().is_none() {
        return true;
    }
    let harm_id = piece.split_once('-').is_some_and(|(p, n)| {
        p.len() == 2
            && p.chars().all(|c| c.is_ascii_uppercase())
            && n.chars().all(|c| c.is_ascii_digit() || c == '.')
    });
    // What was typed (a pseudonym) is the user's, whole or word by word
    // ("Stage 1: Mai Lin (...)" splits it).
    harm_id
        || typed
            .iter()
            .any(|t| t == piece || t.split(' ').any(|w| w == piece))
        || Lang::SHIPPED.iter().any(|l| l.native_name() == piece)
}

/// The texts among `laid_out` with plain English words that are neither
/// content nor allowed: interface text that did not go through the
/// catalogue.
pub fn untranslated(
    laid_out: &BTreeSet<String>,
    content: &Content,
    typed: &[String],
) -> Vec<String> {
    laid_out
        .iter()
        .filter(|text| {
            text.split(is_pseudo_letter)
                .flat_map(|run| run.split(['\n', ';', '·']))
                .flat_map(|run| run.split("  "))
                .map(|run| run.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|run| words(run).next().is_some())
                .any(|run| {
                    !allowed(run, typed) && !content.has(run) && !pieces_ok(run, content, typed)
                })
        })
        .cloned()
        .collect()
}

/// A run such as `ID-3 Asking for papers` is fine when each of its parts
/// between allowed tokens is content.
fn pieces_ok(run: &str, content: &Content, typed: &[String]) -> bool {
    let mut rest = String::new();
    for token in run.split(' ') {
        if allowed(token, typed) {
            rest.push('\u{1}');
        } else {
            rest.push_str(token);
            rest.push(' ');
        }
    }
    rest.split('\u{1}')
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|p| words(p).next().is_some())
        .all(|p| content.has(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::pseudo::transform;

    #[test]
    fn plain_interface_words_are_found_and_content_is_not() {
        let content = Content::from_sources([
            r#"(title: "Port inspection at dawn", text: "The captain says \"wait\" and looks at the crew again.")"#,
        ]);
        let typed = vec!["Smoke test".to_string()];
        let texts: BTreeSet<String> = [
            transform("Settings").into_owned(),
            format!("{}: Port inspection at dawn", transform("Debrief")),
            "Port inspection at dawn".to_string(),
            "The captain says \"wait\" and looks at the crew again.".to_string(),
            format!("{} ID-3 Port inspection at dawn", transform("Harm caused")),
            "Smoke test".to_string(),
            "ID-2.1  /tmp/data/results 12".to_string(),
            "Tiếng Việt".to_string(),
            "✔ Bahasa Indonesia".to_string(),
            "Back to scenarios".to_string(),
            format!("{} Continue", transform("Home")),
        ]
        .into_iter()
        .collect();
        let found = untranslated(&texts, &content, &typed);
        assert_eq!(
            found,
            vec![
                format!("{} Continue", transform("Home")),
                "Back to scenarios".to_string(),
            ]
            .into_iter()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
        );
    }
}
