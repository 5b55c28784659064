//! Finding where things are in a scenario's source text, so that problems
//! found after parsing still name a line and column. RON parsing keeps no
//! positions, so this reads the text again with a tiny scanner that knows
//! strings, comments and brackets.

/// A scenario's source, with helpers to find the place of its parts.
pub(crate) struct Locator<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
}

/// A byte range of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Locator { src, line_starts }
    }

    pub(crate) fn whole(&self) -> Span {
        Span {
            start: 0,
            end: self.src.len(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let col = self.src[self.line_starts[line]..offset].chars().count() + 1;
        (line + 1, col)
    }

    /// The span of field `name: value` directly inside the group at `within`
    /// (depth 1 relative to `within.start`'s opening bracket).
    pub(crate) fn field(&self, within: Span, name: &str) -> Option<Span> {
        let bytes = self.src.as_bytes();
        let mut depth = 0i32;
        let mut i = within.start;
        while i < within.end {
            if let Some(next) = self.skip(i) {
                i = next;
                continue;
            }
            let c = bytes[i];
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            }
            if depth == 1
                && self.src[i..].starts_with(name)
                && (i == 0 || !is_ident(bytes[i - 1]))
                && !self.src[i + name.len()..]
                    .starts_with(|ch: char| ch.is_alphanumeric() || ch == '_')
            {
                let rest = &self.src[i + name.len()..within.end];
                let trimmed = rest.trim_start();
                if trimmed.starts_with(':') {
                    let vs = i + name.len() + (rest.len() - trimmed.len()) + 1;
                    let vs = vs + (self.src[vs..].len() - self.src[vs..].trim_start().len());
                    let end = self.value_end(vs, within.end);
                    return Some(Span { start: i, end });
                }
            }
            i += 1;
        }
        None
    }

    /// The spans of the items of the list that is the value of `field` in `within`.
    pub(crate) fn list_items(&self, within: Span, field: &str) -> Vec<Span> {
        let Some(f) = self.field(within, field) else {
            return Vec::new();
        };
        let Some(open) = self.src[f.start..f.end].find('[').map(|o| o + f.start) else {
            return Vec::new();
        };
        let bytes = self.src.as_bytes();
        let mut items = Vec::new();
        let mut depth = 0i32;
        let mut i = open;
        let mut item_start: Option<usize> = None;
        while i < f.end {
            if let Some(next) = self.skip(i) {
                if depth == 1 && item_start.is_none() && bytes[i] == b'"' {
                    item_start = Some(i);
                }
                i = next;
                continue;
            }
            let c = bytes[i];
            match c {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth == 2 && item_start.is_none() {
                        item_start = Some(i);
                    }
                }
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        if let Some(s) = item_start.take() {
                            items.push(Span { start: s, end: i });
                        }
                        break;
                    }
                }
                b',' if depth == 1 => {
                    if let Some(s) = item_start.take() {
                        items.push(Span { start: s, end: i });
                    }
                }
                c if depth == 1 && item_start.is_none() && !c.is_ascii_whitespace() => {
                    item_start = Some(i);
                }
                _ => {}
            }
            i += 1;
        }
        items
    }

    pub(crate) fn text(&self, span: Span) -> &'a str {
        &self.src[span.start..span.end.min(self.src.len())]
    }

    /// The entries of the map whose `{` is at `inner.start`: each key with
    /// the span from the key to the end of its value, in one pass.
    pub(crate) fn map_entries(&self, inner: Span) -> Vec<(String, Span)> {
        let bytes = self.src.as_bytes();
        let mut keys = Vec::new();
        let mut depth = 0i32;
        let mut i = inner.start;
        while i < inner.end {
            if let Some(next) = self.skip(i) {
                if depth == 1 && bytes[i] == b'"' {
                    let after = &self.src[next..inner.end];
                    let rest = after.trim_start();
                    if rest.starts_with(':') {
                        let vs = next + (after.len() - rest.len()) + 1;
                        let vs = vs + (self.src[vs..].len() - self.src[vs..].trim_start().len());
                        let end = self.value_end(vs, inner.end);
                        keys.push((
                            self.src[i + 1..next - 1].to_string(),
                            Span { start: i, end },
                        ));
                        i = end.max(next);
                        continue;
                    }
                }
                i = next;
                continue;
            }
            match bytes[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        keys
    }

    /// The first place of a quoted string `"text"` inside `within`.
    pub(crate) fn string(&self, within: Span, text: &str) -> Option<usize> {
        self.find_code(within, &format!("\"{text}\""))
    }

    /// Find `needle` outside comments (strings included, since we look for them).
    fn find_code(&self, within: Span, needle: &str) -> Option<usize> {
        let hay = &self.src[within.start..within.end.min(self.src.len())];
        let mut from = 0;
        while let Some(p) = hay[from..].find(needle) {
            let at = within.start + from + p;
            if !self.in_comment(at) {
                return Some(at);
            }
            from += p + needle.len();
        }
        None
    }

    fn in_comment(&self, at: usize) -> bool {
        let (line, _) = self.line_col(at);
        let start = self.line_starts[line - 1];
        let before = &self.src[start..at];
        // A `//` before the place on its line, outside a string.
        let mut in_str = false;
        let mut prev = ' ';
        for ch in before.chars() {
            if ch == '"' && prev != '\\' {
                in_str = !in_str;
            }
            if !in_str && prev == '/' && ch == '/' {
                return true;
            }
            prev = ch;
        }
        false
    }

    /// If a string or comment starts at `i`, the offset just after it.
    /// Called at every byte of a scan, so it looks at bytes: the quote, the
    /// slash and the backslash are ASCII, and never part of another
    /// character in UTF-8.
    fn skip(&self, i: usize) -> Option<usize> {
        let bytes = self.src.as_bytes();
        match bytes.get(i) {
            Some(b'"') => {
                let mut escaped = false;
                for (k, b) in bytes[i + 1..].iter().enumerate() {
                    if escaped {
                        escaped = false;
                    } else if *b == b'\\' {
                        escaped = true;
                    } else if *b == b'"' {
                        return Some(i + 1 + k + 1);
                    }
                }
                Some(self.src.len())
            }
            Some(b'/') => {
                let rest = &self.src[i..];
                if rest.starts_with("//") {
                    return Some(rest.find('\n').map(|n| i + n).unwrap_or(self.src.len()));
                }
                if rest.starts_with("/*") {
                    return Some(rest.find("*/").map(|n| i + n + 2).unwrap_or(self.src.len()));
                }
                None
            }
            _ => None,
        }
    }

    /// Where the value starting at `start` ends (exclusive).
    fn value_end(&self, start: usize, limit: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut depth = 0i32;
        let mut i = start;
        while i < limit {
            if let Some(next) = self.skip(i) {
                i = next;
                if depth == 0 {
                    // a plain string value, possibly followed by more
                    continue;
                }
                continue;
            }
            match bytes[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        return i;
                    }
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b',' if depth == 0 => return i,
                _ => {}
            }
            i += 1;
        }
        limit
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"(
    id: "x", // a comment with "start": in it
    nodes: {
        "start": (
            text: "Hello (",
            choices: [
                (text: "a", next: "end"),
                ( text: "b",
                  next: "nowhere" ),
            ],
        ),
        "end": (ending: (title: "t", outcome: "o")),
    },
)"#;

    #[test]
    fn finds_nodes_choices_and_strings() {
        let l = Locator::new(SRC);
        let nodes = l.field(l.whole(), "nodes").unwrap();
        let open = l.text(nodes).find('{').unwrap();
        let entries = l.map_entries(Span {
            start: nodes.start + open,
            end: nodes.end,
        });
        let entry = |k: &str| entries.iter().find(|(key, _)| key == k).map(|(_, s)| *s);
        let start = entry("start").unwrap();
        assert_eq!(l.line_col(start.start), (4, 9));
        let choices = l.list_items(start, "choices");
        assert_eq!(choices.len(), 2);
        assert_eq!(l.line_col(choices[1].start).0, 8);
        let at = l.string(choices[1], "nowhere").unwrap();
        assert_eq!(l.line_col(at), (9, 25));
        let end = entry("end").unwrap();
        assert_eq!(l.line_col(end.start).0, 12);
    }
}
