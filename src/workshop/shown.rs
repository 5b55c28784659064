//! Text from files shown on a terminal: control characters (and the
//! invisible marks that reverse the direction of text) are written as
//! escapes, so a trainee name can never send an escape sequence to the
//! facilitator's terminal. Ordinary text passes through unchanged.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is.
fn hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every control character escaped (`\u{1b}`).
pub(crate) fn escape_controls(s: &str) -> Cow<'_, str> {
    escape_except(s, |_| false)
}

/// As [`escape_controls`], but line breaks are kept: for whole outputs.
pub(crate) fn escape_controls_keep_lines(s: &str) -> Cow<'_, str> {
    escape_except(s, |c| c == '\n')
}

fn escape_except(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| hidden(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) && !keep(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_plain_text_is_not() {
        assert!(matches!(escape_controls("Rain Ñú 雨"), Cow::Borrowed(_)));
        assert_eq!(escape_controls("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape_controls("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(escape_controls_keep_lines("a\nb\r"), "a\nb\\u{d}");
    }
}
