//! One translation file read for use: look a key up, tell whether its
//! translation is current, apply it to texts, check it, count it, and
//! update it when the English changes.

use super::Lang;
use super::content::{Text, placeholders};
use super::po::{self, Entry, PoFile};
use crate::scenario::diag::Diagnostic;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The `{placeholders}` a translation leaves out and those it adds. One
/// may appear more or less often than in English, and a capitalised form
/// may stand for a plain one (`{They}` for `{they}`: a language may name the
/// person once where English repeats a pronoun); but every one the English
/// uses must be there in some form, and none the English does not use.
pub fn placeholder_changes(source: &str, translation: &str) -> (Vec<String>, Vec<String>) {
    let want: BTreeSet<String> = placeholders(source).into_iter().collect();
    let got: BTreeSet<String> = placeholders(translation).into_iter().collect();
    let got_lower: BTreeSet<String> = got.iter().map(|p| p.to_lowercase()).collect();
    let missing = want
        .iter()
        .filter(|p| !got_lower.contains(&p.to_lowercase()))
        .map(|p| format!("{{{p}}}"))
        .collect();
    let added = got
        .iter()
        .filter(|p| !want.contains(*p))
        .map(|p| format!("{{{p}}}"))
        .collect();
    (missing, added)
}

/// Whether a translation keeps the English's placeholders (see
/// [`placeholder_changes`]).
pub fn same_placeholders(source: &str, translation: &str) -> bool {
    let (missing, added) = placeholder_changes(source, translation);
    missing.is_empty() && added.is_empty()
}

/// Where a text stands in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No translation: English is shown.
    Missing,
    /// Translated from English that has changed since: English is shown
    /// until a translator reviews it.
    Stale,
    /// Translated but not yet reviewed by a native speaker (`fuzzy`).
    Draft,
    /// Translated and reviewed.
    Reviewed,
}

/// A translation file ready for use.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub lang: Lang,
    pub file: PathBuf,
    pub po: PoFile,
    index: HashMap<String, usize>,
    /// Keys whose translation breaks a rule (a placeholder lost or added):
    /// English is shown for them.
    refused: BTreeSet<String>,
}

impl Catalog {
    /// A file ready for use: only its translated entries are kept, without
    /// the notes meant for translators (a language's files would otherwise
    /// take tens of megabytes).
    pub fn new(lang: Lang, file: &Path, mut po: PoFile) -> Catalog {
        po.entries.retain(Entry::is_translated);
        for e in &mut po.entries {
            e.notes = Vec::new();
            e.references = Vec::new();
            e.comments = Vec::new();
            e.flags = Vec::new();
            e.context.shrink_to_fit();
        }
        po.obsolete = Vec::new();
        let index = po
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.context.clone(), i))
            .collect();
        let refused = po
            .entries
            .iter()
            .filter(|e| e.is_translated() && !same_placeholders(&e.source, &e.translation))
            .map(|e| e.context.clone())
            .collect();
        Catalog {
            lang,
            file: file.to_path_buf(),
            po,
            index,
            refused,
        }
    }

    /// Reads a PO file's text; a malformed file gives its problems.
    pub fn parse(lang: Lang, file: &Path, text: &str) -> Result<Catalog, Vec<Diagnostic>> {
        po::parse(text, file).map(|p| Catalog::new(lang, file, p))
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.index.get(key).map(|&i| &self.po.entries[i])
    }

    /// Where the text `key`, whose English is now `source`, stands.
    pub fn state(&self, key: &str, source: &str) -> State {
        match self.entry(key) {
            None => State::Missing,
            Some(e) if !e.is_translated() || self.refused.contains(key) => State::Missing,
            Some(e) if e.source != source || (e.fuzzy && e.previous.is_some()) => State::Stale,
            Some(e) if e.fuzzy => State::Draft,
            Some(_) => State::Reviewed,
        }
    }

    /// The translation to show for `key`, if it is current.
    pub fn lookup(&self, key: &str, source: &str) -> Option<&str> {
        match self.state(key, source) {
            State::Draft | State::Reviewed => self.entry(key).map(|e| e.translation.as_str()),
            State::Missing | State::Stale => None,
        }
    }
}

/// What applying a translation did to a set of texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Keys shown in English because they have no current translation.
    pub english: BTreeSet<String>,
    /// Some text shown is a draft, not yet reviewed by a native speaker.
    pub draft: bool,
    /// Texts translated (draft or reviewed).
    pub translated: usize,
}

/// Replaces each text by its translation in `catalog` (English stays where
/// there is none); the pseudo-locale transforms every text instead.
pub fn apply(texts: Vec<Text<'_>>, lang: Lang, catalog: Option<&Catalog>) -> Applied {
    apply_except(texts, lang, catalog, &BTreeSet::new())
}

/// As [`apply`], but the texts whose keys are in `english` stay English.
pub fn apply_except(
    texts: Vec<Text<'_>>,
    lang: Lang,
    catalog: Option<&Catalog>,
    english: &BTreeSet<String>,
) -> Applied {
    let mut out = Applied::default();
    for t in texts {
        if lang == Lang::Pseudo {
            *t.text = super::content::pseudo(t.text);
            out.translated += 1;
            continue;
        }
        if lang == Lang::En {
            continue;
        }
        let found = catalog.map(|c| (c.state(&t.key, t.text), c.lookup(&t.key, t.text)));
        match found {
            Some((state, Some(tr))) if !english.contains(&t.key) => {
                out.draft |= state == State::Draft;
                out.translated += 1;
                *t.text = tr.to_string();
            }
            _ => {
                out.english.insert(t.key);
            }
        }
    }
    out
}

/// Counts of a file's texts, for `frontline translate`'s report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub translated: usize,
    pub reviewed: usize,
    pub draft: usize,
    pub stale: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.total += other.total;
        self.translated += other.translated;
        self.reviewed += other.reviewed;
        self.draft += other.draft;
        self.stale += other.stale;
    }

    /// Translated share in percent, rounded down.
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

/// How many of `texts` stand where in `catalog`.
pub fn count(texts: &[Text<'_>], catalog: Option<&Catalog>) -> Counts {
    let mut c = Counts {
        total: texts.len(),
        ..Counts::default()
    };
    for t in texts {
        match catalog.map_or(State::Missing, |cat| cat.state(&t.key, t.text)) {
            State::Missing => {}
            State::Stale => c.stale += 1,
            State::Draft => {
                c.translated += 1;
                c.draft += 1;
            }
            State::Reviewed => {
                c.translated += 1;
                c.reviewed += 1;
            }
        }
    }
    c
}

/// The problems of a translation file against the texts it translates.
pub fn check(catalog: &Catalog, texts: &[Text<'_>]) -> Vec<Diagnostic> {
    let file = &catalog.file;
    let known: HashMap<&str, &str> = texts
        .iter()
        .map(|t| (t.key.as_str(), t.text.as_str()))
        .collect();
    let mut out = Vec::new();
    let header_lang = catalog
        .po
        .header_field("Language")
        .and_then(Lang::from_code);
    if let Some(l) = header_lang.filter(|l| *l != catalog.lang) {
        out.push(Diagnostic::warning(
            file,
            "translation-language",
            format!("the file's header says its language is {} but its name says {}", l.code(), catalog.lang.code()),
            format!("Name the file after its language, such as `name.{}.po`, or fix the Language line of its header.", l.code()),
        ));
    }
    for e in &catalog.po.entries {
        let place = (e.line, 1);
        let Some(source) = known.get(e.context.as_str()) else {
            if e.is_translated() {
                out.push(
                    Diagnostic::warning(
                        file,
                        "translation-unknown-text",
                        format!("this translation is for `{}`, a text the English no longer has", e.context),
                        "The scene, choice or field was renamed or removed. Run `frontline translate` to move it to the obsolete entries at the end of the file (nothing is lost), or delete it.",
                    )
                    .at(place),
                );
            }
            continue;
        };
        if !e.is_translated() {
            continue;
        }
        let (missing, added) = placeholder_changes(source, &e.translation);
        if !missing.is_empty() || !added.is_empty() {
            let mut what = Vec::new();
            if !missing.is_empty() {
                what.push(format!("leaves out {}", missing.join(", ")));
            }
            if !added.is_empty() {
                what.push(format!("adds {}", added.join(", ")));
            }
            out.push(
                Diagnostic::error(
                    file,
                    "translation-placeholder",
                    format!("the translation of `{}` {}; English is shown instead", e.context, what.join(" and ")),
                    "Copy each {placeholder} from the English exactly as it is, braces and all: the game fills it with the person's name or pronoun. Do not translate the word inside the braces.",
                )
                .at(place),
            );
        } else if e.source != *source || (e.fuzzy && e.previous.is_some()) {
            out.push(
                Diagnostic::warning(
                    file,
                    "translation-stale",
                    format!("the English of `{}` has changed since it was translated; English is shown until the translation is reviewed", e.context),
                    "Run `frontline translate` to bring in the new English (the old one is kept as `#| msgid`), update the translation, and mark it as no longer needing work.",
                )
                .at(place),
            );
        }
    }
    out
}

/// Brings a translation file up to date with the English texts, the way
/// gettext's msgmerge does: a text whose English changed keeps its
/// translation, marked fuzzy with the old English beside it; a text that
/// is gone moves to the obsolete entries; new texts come in empty.
pub fn update(existing: Option<PoFile>, texts: &[Text<'_>], lang: Lang, reference: &str) -> PoFile {
    let mut old = existing.unwrap_or_default();
    let mut by_key: HashMap<String, Entry> = old
        .entries
        .drain(..)
        .map(|e| (e.context.clone(), e))
        .collect();
    let mut po = PoFile {
        header: old.header,
        entries: Vec::with_capacity(texts.len()),
        obsolete: old.obsolete,
    };
    po.set_header_field("Project-Id-Version", "Frontline");
    po.set_header_field("Language", lang.code());
    po.set_header_field("MIME-Version", "1.0");
    po.set_header_field("Content-Type", "text/plain; charset=UTF-8");
    po.set_header_field("Content-Transfer-Encoding", "8bit");
    for t in texts {
        let mut e = by_key.remove(&t.key).unwrap_or_default();
        if e.source != *t.text {
            if e.is_translated() {
                if e.previous.is_none() {
                    e.previous = Some(std::mem::take(&mut e.source));
                }
                e.fuzzy = true;
            }
            e.source = t.text.clone();
        }
        e.context = t.key.clone();
        e.notes = vec![t.note.clone()];
        let ph = placeholders(t.text);
        if !ph.is_empty() {
            let list: Vec<_> = ph.iter().map(|p| format!("{{{p}}}")).collect();
            e.notes
                .push(format!("Keep as they are: {}", list.join(" ")));
        }
        e.references = vec![reference.to_string()];
        e.line = 0;
        po.entries.push(e);
    }
    let mut gone: Vec<Entry> = by_key.into_values().filter(Entry::is_translated).collect();
    gone.sort_by(|a, b| a.context.cmp(&b.context));
    for e in gone {
        let one = PoFile {
            entries: vec![e],
            ..PoFile::default()
        };
        let text = po::write(&one);
        // Skip the empty header `write` puts first.
        for l in text.lines().skip(2).filter(|l| !l.is_empty()) {
            po.obsolete.push(format!("#~ {l}"));
        }
    }
    po
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::content::scenario_texts;
    use crate::scenario::Scenario;

    fn scenario() -> Scenario {
        let lib = crate::Library::bundled(std::sync::Arc::new(crate::Guide::bundled().unwrap()));
        lib.get("worker-punished-abroad")
            .unwrap()
            .scenario()
            .clone()
    }

    /// A catalogue where the title is reviewed, the summary a draft, the
    /// setting stale, and one text's translation loses a placeholder.
    fn catalogue(s: &mut Scenario) -> Catalog {
        let texts = scenario_texts(s);
        let mut po = update(None, &texts, Lang::Th, "x.ron");
        for e in &mut po.entries {
            if e.context.ends_with("/title") {
                e.translation = "ชื่อ".into();
            } else if e.context.ends_with("/summary") {
                e.translation = format!(
                    "สรุป {}",
                    placeholders(&e.source)
                        .iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<String>()
                );
                e.fuzzy = true;
            } else if e.context.ends_with("/setting") {
                e.translation = "ที่".into();
                e.source = "An older English setting".into();
            } else if e.context.ends_with("/node/start/text") {
                e.translation = "ไม่มีตัวแทน".into();
            }
        }
        Catalog::new(Lang::Th, Path::new("th/x.po"), po)
    }

    #[test]
    fn a_placeholder_may_appear_more_or_less_often_but_never_go_or_come() {
        assert!(same_placeholders(
            "{They} said {they} would",
            "{They} nói sẽ"
        ));
        assert!(same_placeholders("{name}", "{name}, {name}"));
        assert!(!same_placeholders("{name} is here", "ở đây"));
        assert!(!same_placeholders("{name}", "{name} {nmae}"));
        assert!(
            !same_placeholders("{they}", "{They}"),
            "a form the English does not use is added"
        );
        assert!(!same_placeholders("{they} and {their}", "{they}"));
    }

    #[test]
    fn current_translations_apply_stale_and_broken_ones_show_english() {
        let mut s = scenario();
        let cat = catalogue(&mut s.clone());
        let start_has_placeholders = !placeholders(&s.nodes["start"].text).is_empty();
        let english_setting = s.setting.clone();
        let applied = apply(scenario_texts(&mut s), Lang::Th, Some(&cat));
        assert_eq!(s.title, "ชื่อ");
        assert!(s.summary.starts_with("สรุป"));
        assert!(
            applied.draft,
            "the fuzzy summary makes the scenario a draft"
        );
        assert_eq!(
            s.setting, english_setting,
            "a stale translation shows English"
        );
        assert!(applied.english.contains("worker-punished-abroad/setting"));
        if start_has_placeholders {
            assert_ne!(s.nodes["start"].text, "ไม่มีตัวแทน");
        }
    }

    #[test]
    fn the_checker_names_lost_placeholders_stale_and_unknown_texts() {
        let mut s = scenario();
        let mut cat = catalogue(&mut s.clone());
        cat.po.entries.push(Entry {
            context: "worker-punished-abroad/node/gone/text".into(),
            source: "Gone".into(),
            translation: "หาย".into(),
            line: 999,
            ..Entry::default()
        });
        let cat = Catalog::new(Lang::Th, &cat.file.clone(), cat.po);
        let texts = scenario_texts(&mut s);
        let codes: Vec<String> = check(&cat, &texts).into_iter().map(|d| d.code).collect();
        assert!(
            codes.contains(&"translation-stale".to_string()),
            "{codes:?}"
        );
        assert!(
            codes.contains(&"translation-unknown-text".to_string()),
            "{codes:?}"
        );
        let start_has_placeholders = !placeholders(&s.nodes["start"].text).is_empty();
        assert_eq!(
            codes.contains(&"translation-placeholder".to_string()),
            start_has_placeholders,
            "{codes:?}"
        );
    }

    #[test]
    fn an_update_keeps_translations_marks_changed_english_and_keeps_what_is_gone() {
        let mut s = scenario();
        let texts = scenario_texts(&mut s);
        let mut po = update(None, &texts, Lang::Th, "x.ron");
        for e in &mut po.entries {
            e.translation = format!(
                "แปล {}",
                placeholders(&e.source)
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<String>()
            );
        }
        po.entries.push(Entry {
            context: "worker-punished-abroad/node/gone/text".into(),
            source: "Gone".into(),
            translation: "หาย".into(),
            ..Entry::default()
        });
        let mut changed = s.clone();
        changed.title = "A new English title".into();
        let again = update(
            Some(po.clone()),
            &scenario_texts(&mut changed),
            Lang::Th,
            "x.ron",
        );
        let title = again
            .entries
            .iter()
            .find(|e| e.context.ends_with("/title"))
            .unwrap();
        assert!(title.fuzzy);
        assert_eq!(title.source, "A new English title");
        assert_eq!(title.previous.as_deref(), Some(s.title.as_str()));
        assert!(title.translation.starts_with("แปล"));
        let cat = Catalog::new(Lang::Th, Path::new("th/x.po"), again.clone());
        assert_eq!(cat.state(&title.context, &title.source), State::Stale);
        assert!(
            again.obsolete.iter().any(|l| l.contains("หาย")),
            "{:?}",
            again.obsolete
        );
        // Written and read back, nothing changes.
        let text = po::write(&again);
        let read = po::parse(&text, Path::new("x.po")).unwrap();
        assert_eq!(read.entries.len(), again.entries.len());
        assert_eq!(read.obsolete, again.obsolete);
        assert_eq!(count(&scenario_texts(&mut changed), Some(&cat)).stale, 1);
    }
}
