//! gettext PO files, the format Poedit, Weblate, Crowdin and Lokalize open.
//! Written here rather than taken from a crate because the checker must name
//! the line and column of every problem, and an update must keep what a
//! translator wrote: comments, the previous English of a changed text
//! (`#| msgid`), and the entries of texts that no longer exist (`#~`).

use crate::scenario::diag::Diagnostic;
use std::path::Path;

/// One translatable text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// Translator comments (`# ...`), kept as written.
    pub comments: Vec<String>,
    /// Notes for the translator from Frontline (`#. ...`).
    pub notes: Vec<String>,
    /// Where the text comes from (`#: file`).
    pub references: Vec<String>,
    /// `fuzzy`: a draft, not yet reviewed by a native speaker.
    pub fuzzy: bool,
    /// Other flags, kept as written.
    pub flags: Vec<String>,
    /// The English this translation was made from, when the English has
    /// changed since (`#| msgid`).
    pub previous: Option<String>,
    /// The stable key: scenario id and place, such as `port-inspection/node/start/text`.
    pub context: String,
    /// The English source text.
    pub source: String,
    /// The translation; empty when not translated yet.
    pub translation: String,
    /// 1-based line of `msgid` in the file read, 0 for a new entry.
    pub line: usize,
}

impl Entry {
    pub fn is_translated(&self) -> bool {
        !self.translation.is_empty()
    }
}

/// A PO file: its header fields and entries, and the obsolete entries (`#~`)
/// kept as they were so no translation is ever thrown away.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoFile {
    /// Header fields in order, such as (`Language`, `th`).
    pub header: Vec<(String, String)>,
    pub entries: Vec<Entry>,
    /// The lines of obsolete entries, `#~` and all.
    pub obsolete: Vec<String>,
}

impl PoFile {
    pub fn header_field(&self, name: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn set_header_field(&mut self, name: &str, value: &str) {
        match self
            .header
            .iter_mut()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
        {
            Some((_, v)) => *v = value.to_string(),
            None => self.header.push((name.to_string(), value.to_string())),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Context,
    Id,
    Plural,
    Str,
    Previous,
}

fn error(file: &Path, line: usize, column: usize, message: &str, help: &str) -> Diagnostic {
    Diagnostic::error(file, "translation-syntax", message, help).at((line, column))
}

/// Reads the text of a quoted PO string starting at `rest` (which must
/// begin with `"`); `column` is where `rest` starts on the line.
fn quoted(rest: &str, file: &Path, line: usize, column: usize) -> Result<String, Diagnostic> {
    let help = "Write the text between double quotes, with \\\" for a quote inside it and \\n for a new line.";
    let Some(body) = rest.strip_prefix('"') else {
        return Err(error(
            file,
            line,
            column,
            "a text must start with a double quote",
            help,
        ));
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let after = body[i + 1..].trim();
                if !after.is_empty() {
                    return Err(error(
                        file,
                        line,
                        column + 1 + body[..=i].chars().count(),
                        "there is more on the line after the closing quote",
                        help,
                    ));
                }
                return Ok(out);
            }
            '\\' => match chars.next().map(|(_, c)| c) {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                other => {
                    return Err(error(
                        file,
                        line,
                        column + 1 + body[..i].chars().count(),
                        &format!(
                            "unknown escape `\\{}`",
                            other.map(String::from).unwrap_or_default()
                        ),
                        "Inside a text, a backslash starts \\n, \\t, \\\" or \\\\ only; write \\\\ for a backslash.",
                    ));
                }
            },
            c => out.push(c),
        }
    }
    Err(error(
        file,
        line,
        column,
        "the text has no closing double quote",
        help,
    ))
}

fn header_fields(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// Parses a PO file. Every problem found is returned, each with its place.
pub fn parse(text: &str, file: &Path) -> Result<PoFile, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut po = PoFile::default();
    let mut errors = Vec::new();
    let mut cur = Entry::default();
    let mut field = Field::None;
    let mut have_id = false;
    let mut have_str = false;
    let mut ignore_plural_str = false;
    let finish = |cur: &mut Entry, have_id: &mut bool, have_str: &mut bool, po: &mut PoFile| {
        if *have_id {
            let e = std::mem::take(cur);
            if e.source.is_empty() && e.context.is_empty() {
                po.header = header_fields(&e.translation);
            } else {
                po.entries.push(e);
            }
        } else {
            *cur = Entry::default();
        }
        *have_id = false;
        *have_str = false;
    };
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let l = raw.trim_end_matches('\r');
        let t = l.trim_start();
        let indent = l.len() - t.len();
        let col = |off: usize| l[..indent + off].chars().count() + 1;
        if t.is_empty() {
            finish(&mut cur, &mut have_id, &mut have_str, &mut po);
            field = Field::None;
            continue;
        }
        if t.starts_with("#~") {
            finish(&mut cur, &mut have_id, &mut have_str, &mut po);
            po.obsolete.push(l.to_string());
            field = Field::None;
            continue;
        }
        if let Some(c) = t.strip_prefix('#') {
            if have_str {
                finish(&mut cur, &mut have_id, &mut have_str, &mut po);
            }
            field = Field::None;
            match c.chars().next() {
                Some('.') => cur.notes.push(c[1..].trim().to_string()),
                Some(':') => cur.references.push(c[1..].trim().to_string()),
                Some(',') => {
                    for f in c[1..].split(',').map(str::trim).filter(|f| !f.is_empty()) {
                        if f == "fuzzy" {
                            cur.fuzzy = true;
                        } else {
                            cur.flags.push(f.to_string());
                        }
                    }
                }
                Some('|') => {
                    let p = c[1..].trim_start();
                    if let Some(rest) = p.strip_prefix("msgid") {
                        match quoted(rest.trim_start(), file, line, col(1)) {
                            Ok(s) => cur.previous = Some(s),
                            Err(e) => errors.push(e),
                        }
                        field = Field::Previous;
                    } else if p.starts_with('"') {
                        if let (Ok(s), Some(prev)) =
                            (quoted(p, file, line, col(1)), cur.previous.as_mut())
                        {
                            prev.push_str(&s);
                        }
                        field = Field::Previous;
                    }
                }
                _ => cur
                    .comments
                    .push(c.strip_prefix(' ').unwrap_or(c).to_string()),
            }
            continue;
        }
        if t.starts_with('"') {
            let s = match quoted(t, file, line, col(0)) {
                Ok(s) => s,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            match field {
                Field::Context => cur.context.push_str(&s),
                Field::Id => cur.source.push_str(&s),
                Field::Str if !ignore_plural_str => cur.translation.push_str(&s),
                Field::Str | Field::Plural | Field::Previous => {}
                Field::None => errors.push(error(
                    file,
                    line,
                    col(0),
                    "a text on its own line must continue a msgid, msgstr or msgctxt",
                    "Put `msgid`, `msgstr` or `msgctxt` before the first quoted line of a text.",
                )),
            }
            continue;
        }
        let (keyword, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
        let rest_col = col(keyword.len() + (rest.len() - rest.trim_start().len()) + 1);
        let rest = rest.trim_start();
        let value = match quoted(rest, file, line, rest_col) {
            Ok(s) => s,
            Err(e) => {
                errors.push(e);
                field = Field::None;
                continue;
            }
        };
        match keyword {
            "msgctxt" => {
                if have_id {
                    finish(&mut cur, &mut have_id, &mut have_str, &mut po);
                }
                cur.context = value;
                field = Field::Context;
            }
            "msgid" => {
                if have_id {
                    finish(&mut cur, &mut have_id, &mut have_str, &mut po);
                }
                cur.source = value;
                cur.line = line;
                have_id = true;
                field = Field::Id;
            }
            "msgid_plural" => field = Field::Plural,
            k if k == "msgstr" || k.starts_with("msgstr[") => {
                if !have_id {
                    errors.push(error(
                        file,
                        line,
                        col(0),
                        "this msgstr has no msgid before it",
                        "Each translation needs the English text it translates: msgid \"...\" on the line before msgstr.",
                    ));
                    field = Field::None;
                    continue;
                }
                // Plural entries keep their first form.
                ignore_plural_str = k.starts_with("msgstr[") && k != "msgstr[0]";
                if !ignore_plural_str {
                    cur.translation = value;
                }
                have_str = true;
                field = Field::Str;
            }
            other => errors.push(error(
                file,
                line,
                col(0),
                &format!("`{other}` is not a PO keyword"),
                "Lines start with msgctxt, msgid, msgstr, a quoted text, or # for a comment.",
            )),
        }
    }
    finish(&mut cur, &mut have_id, &mut have_str, &mut po);
    if errors.is_empty() {
        Ok(po)
    } else {
        Err(errors)
    }
}

/// Quotes `s` for a PO file; a text with new lines is written one line per
/// line after an empty first one, as gettext does.
fn quote(s: &str) -> String {
    fn esc(s: &str) -> String {
        let mut o = String::with_capacity(s.len() + 2);
        o.push('"');
        for c in s.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                '\n' => o.push_str("\\n"),
                '\t' => o.push_str("\\t"),
                '\r' => o.push_str("\\r"),
                c => o.push(c),
            }
        }
        o.push('"');
        o
    }
    let trimmed = s.strip_suffix('\n').unwrap_or(s);
    if !trimmed.contains('\n') {
        return esc(s);
    }
    let mut out = String::from("\"\"");
    for part in s.split_inclusive('\n') {
        out.push('\n');
        out.push_str(&esc(part));
    }
    out
}

/// Writes a PO file, header first.
pub fn write(po: &PoFile) -> String {
    let mut out = String::new();
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for (k, v) in &po.header {
        out.push_str(&quote(&format!("{k}: {v}\n")).replace("\"\"\n", ""));
        out.push('\n');
    }
    for e in &po.entries {
        out.push('\n');
        for c in &e.comments {
            out.push_str(&format!("# {c}\n").replace("#  ", "# "));
        }
        for n in &e.notes {
            for l in n.lines() {
                out.push_str(&format!("#. {l}\n"));
            }
        }
        for r in &e.references {
            out.push_str(&format!("#: {r}\n"));
        }
        let mut flags: Vec<&str> = Vec::new();
        if e.fuzzy {
            flags.push("fuzzy");
        }
        flags.extend(e.flags.iter().map(String::as_str));
        if !flags.is_empty() {
            out.push_str(&format!("#, {}\n", flags.join(", ")));
        }
        if let Some(p) = &e.previous {
            out.push_str(&format!("#| msgid {}\n", quote(p).replace('\n', "\n#| ")));
        }
        out.push_str(&format!("msgctxt {}\n", quote(&e.context)));
        out.push_str(&format!("msgid {}\n", quote(&e.source)));
        out.push_str(&format!("msgstr {}\n", quote(&e.translation)));
    }
    if !po.obsolete.is_empty() {
        out.push('\n');
        for l in &po.obsolete {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"# Thai translation of port-inspection.
msgid ""
msgstr ""
"Language: th\n"
"Content-Type: text/plain; charset=UTF-8\n"

# checked with the team
#. Scene start: what the officer says
#: scenarios/port-inspection.ron
#, fuzzy
msgctxt "port-inspection/node/start/text"
msgid ""
"Two lines\n"
"of \"English\""
msgstr "สองบรรทัด"

#, fuzzy
#| msgid "Old text"
msgctxt "port-inspection/title"
msgid "New text"
msgstr "ข้อความเก่า"

#~ msgctxt "port-inspection/node/gone/text"
#~ msgid "Gone"
#~ msgstr "หายไป"
"#;

    #[test]
    fn a_po_file_reads_and_writes_back_what_a_translator_wrote() {
        let po = parse(SAMPLE, Path::new("t.po")).unwrap();
        assert_eq!(po.header_field("Language"), Some("th"));
        assert_eq!(po.entries.len(), 2);
        let e = &po.entries[0];
        assert_eq!(e.source, "Two lines\nof \"English\"");
        assert_eq!(e.translation, "สองบรรทัด");
        assert!(e.fuzzy);
        assert_eq!(e.comments, ["checked with the team"]);
        assert_eq!(e.line, 12);
        assert_eq!(po.entries[1].previous.as_deref(), Some("Old text"));
        assert_eq!(po.obsolete.len(), 3);
        let again = parse(&write(&po), Path::new("t.po")).unwrap();
        assert_eq!(
            again
                .entries
                .iter()
                .map(|e| (
                    &e.context,
                    &e.source,
                    &e.translation,
                    e.fuzzy,
                    &e.previous,
                    &e.comments,
                    &e.notes
                ))
                .collect::<Vec<_>>(),
            po.entries
                .iter()
                .map(|e| (
                    &e.context,
                    &e.source,
                    &e.translation,
                    e.fuzzy,
                    &e.previous,
                    &e.comments,
                    &e.notes
                ))
                .collect::<Vec<_>>()
        );
        assert_eq!(again.header, po.header);
        assert_eq!(again.obsolete, po.obsolete);
    }

    #[test]
    fn a_malformed_line_is_named_with_its_line_and_column() {
        let bad = "msgid \"a\"\nmsgstr \"b\nmsgid \"c\\q\"\nmsgstr \"d\"\nmsgfoo \"x\"\n";
        let errs = parse(bad, Path::new("bad.po")).unwrap_err();
        let places: Vec<_> = errs.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(places, [(2, 8), (3, 9), (5, 1)], "{errs:#?}");
        assert!(errs[1].message.contains("\\q"));
    }
}
