//! Second looks at the text around a writing error, for the causes ron's
//! own error hides: curly quotes from a word processor, a `"` inside a
//! text that ends it early, and a name written as two words.

/// The byte offset of a 1-based line and column (in characters).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let rest = &text[start..];
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    Some(start + within)
}

/// Whether `c` is a curly quote a word processor puts in.
pub(crate) fn is_curly(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '„' | '«' | '»')
}

/// The first curly quote up to `limit` that stands where a straight quote
/// belongs: outside any straight-quoted text, or closing one (right before
/// a `,` `)` `]` or `:` that ends the value). Curly quotes inside a text are
/// fine and are not reported.
pub(crate) fn curly_quote(text: &str, limit: usize) -> Option<(usize, char)> {
    let mut in_string = false;
    let mut escaped = false;
    let mut in_comment = false;
    let mut prev = '\0';
    for (i, c) in text.char_indices() {
        if i > limit {
            break;
        }
        if in_comment {
            in_comment = c != '\n';
        } else if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if is_curly(c) && closes_value(&text[i + c.len_utf8()..]) {
                return Some((i, c));
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '/' && prev == '/' {
            in_comment = true;
        } else if is_curly(c) {
            return Some((i, c));
        }
        prev = c;
    }
    None
}

/// Whether the text after a curly quote inside a text ends the value: spaces,
/// then `,` `)` `]` `}` `:` or the end of the line, and no straight quote
/// closes the text later on the line (`"He said “go”, then left"` is fine).
fn closes_value(after: &str) -> bool {
    let line = after.split('\n').next().unwrap_or("");
    let rest = line.trim_start_matches([' ', '\t', '\r']);
    (rest.is_empty() || rest.starts_with([',', ')', ']', '}', ':'])) && !line.contains('"')
}

/// For a comma missing at `offset`: the place of the `"` that ended a text
/// too early, when the text goes on right after it on the same line (and
/// is not a field name, `next: ...`, which a missing comma explains).
pub(crate) fn quote_inside_text(text: &str, offset: usize) -> Option<usize> {
    let before = text.get(..offset)?;
    let trimmed = before.trim_end_matches([' ', '\t']);
    if !trimmed.ends_with('"') {
        return None;
    }
    let after = text.get(offset..)?;
    let first = after.chars().next()?;
    if matches!(
        first,
        '(' | '[' | '{' | '"' | ')' | ']' | '}' | ',' | '\n' | '\r'
    ) {
        return None;
    }
    // A field name: a word followed by `:`.
    let word_end = after
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(after.len());
    if word_end > 0 && after[word_end..].trim_start().starts_with(':') {
        return None;
    }
    Some(trimmed.len() - 1)
}

/// The name written at `offset`, up to the end of the value, with its
/// spaces taken out: `Social Worker` for a role becomes `SocialWorker`.
pub(crate) fn joined_word(text: &str, offset: usize) -> Option<String> {
    let rest = text.get(offset..)?;
    let end = rest.find([',', ']', ')', '\n', '"']).unwrap_or(rest.len());
    let joined: String = rest[..end].split_whitespace().collect();
    (!joined.is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_from_one() {
        let t = "ab\n“cd\nx";
        assert_eq!(offset_of(t, 1, 1), Some(0));
        assert_eq!(offset_of(t, 2, 2), Some(3 + '“'.len_utf8()));
        assert_eq!(offset_of(t, 3, 1), Some(t.len() - 1));
    }

    #[test]
    fn curly_quotes_are_found_only_where_a_straight_one_belongs() {
        let t = "(title: “Tiny”, text: \"He said “go” to me\")";
        assert_eq!(curly_quote(t, t.len()), Some((8, '“')));
        let inside = "(text: \"He said “go”, then left\", // “x”\n)";
        assert_eq!(curly_quote(inside, inside.len()), None);
        let closing = "(text: \"Hello”,\n next: \"a\")";
        assert_eq!(curly_quote(closing, closing.len()).map(|x| x.1), Some('”'));
    }

    #[test]
    fn a_quote_in_a_text_is_told_from_a_missing_comma() {
        let t = "text: \"Hello. \"I need help.\",";
        let at = t.find("I need").unwrap();
        assert_eq!(quote_inside_text(t, at), Some(at - 1));
        let field = "(text: \"a\" next: \"b\")";
        assert_eq!(quote_inside_text(field, field.find("next").unwrap()), None);
        let next_line = "text: \"a\"\n  next: \"b\"";
        assert_eq!(
            quote_inside_text(next_line, next_line.find("next").unwrap()),
            None
        );
    }

    #[test]
    fn words_join_for_a_suggestion() {
        assert_eq!(
            joined_word("[Social Worker, Police]", 1).as_deref(),
            Some("SocialWorker")
        );
    }
}
