//! Every translation file the game and the command line use: the guide's
//! (bundled), the scenarios' (`<lang>/<scenario-id>.po` in the scenarios
//! folder, or bundled) and the case journeys' (`<lang>/cases/<case-id>.po`,
//! see `cases.rs` of this module). A file that cannot be read is listed as a
//! problem, like a broken scenario, and its language shows English.

use super::Lang;
use super::catalog::{self, Applied, Catalog, Counts};
use super::content::{guide_texts, scenario_texts};
use crate::guide::Guide;
use crate::scenario::check::Checked;
use crate::scenario::diag::Diagnostic;
use crate::scenario::library::{Library, Source};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

include!(concat!(env!("OUT_DIR"), "/bundled_translations.rs"));

/// What a translation file's place says: `th/port-inspection.po` (in the
/// scenarios folder) is the Thai of `port-inspection`, `km/guide.po` the
/// Khmer of the guide; `port-inspection.th.po` is read the same way.
pub fn name_parts(file: &Path) -> Option<(String, Lang)> {
    let translated = |l: Lang| l != Lang::Pseudo && l != Lang::En;
    let name = file.file_name()?.to_str()?;
    let stem = name.strip_suffix(".po")?;
    if let Some((id, code)) = stem.rsplit_once('.') {
        let lang = Lang::from_code(code).filter(|l| translated(*l))?;
        return (!id.is_empty()).then(|| (id.to_string(), lang));
    }
    let folder = file.parent()?.file_name()?.to_str()?;
    let lang = Lang::from_code(folder).filter(|l| translated(*l) && l.code() == folder)?;
    (!stem.is_empty()).then(|| (stem.to_string(), lang))
}

/// The largest translation file read: a full scenario's translation is
/// about 100 KB.
const MAX_FILE: u64 = 16 << 20;

/// Reads a regular file of at most [`MAX_FILE`] bytes as UTF-8 text.
fn read_capped(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(format!("it is larger than {} MiB", MAX_FILE >> 20));
    }
    String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_string())
}

/// The `.po` files directly in `dir`.
fn translation_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    rd.filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "po") && p.is_file())
        .collect()
}

/// The guide's, the scenarios' and the case journeys' translations.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    /// By scenario id and language.
    pub scenarios: BTreeMap<(String, Lang), Catalog>,
    /// By case id and language.
    pub cases: BTreeMap<(String, Lang), Catalog>,
    pub guide: BTreeMap<Lang, Catalog>,
    /// Files that could not be read or named.
    pub problems: Vec<Diagnostic>,
    /// The one language kept, if not all.
    only: Option<Lang>,
}

impl Translations {
    /// The translations for `library`: the bundled ones for the bundled
    /// scenarios, the folder's own for a folder; the guide's always bundled.
    pub fn for_library(library: &Library) -> Translations {
        Translations::for_source(&library.source)
    }

    /// As [`Translations::for_library`], only the files of `lang`: what the
    /// game holds (a language's files take a few megabytes once read).
    pub fn for_library_in(library: &Library, lang: Lang) -> Translations {
        Translations::for_source_in(&library.source, lang)
    }

    /// The translations into `lang` for scenarios from `source`.
    pub fn for_source_in(source: &Source, lang: Lang) -> Translations {
        let mut t = Translations {
            only: Some(lang),
            ..Translations::default()
        };
        t.read(source);
        t
    }

    /// The translations for scenarios from `source`.
    pub fn for_source(source: &Source) -> Translations {
        let mut t = Translations::default();
        t.read(source);
        t
    }

    /// Whether this set keeps the files of `lang`.
    pub(super) fn keeps(&self, lang: Lang) -> bool {
        self.only.is_none_or(|l| l == lang)
    }

    fn read(&mut self, source: &Source) {
        let t = self;
        let bundled = matches!(source, Source::Bundled);
        for (name, text) in BUNDLED_TRANSLATIONS {
            let path = Path::new("scenarios").join(name);
            if super::cases::case_name_parts(&path).is_some() {
                if bundled {
                    t.add_case(&path, text);
                }
                continue;
            }
            match name_parts(&path) {
                Some((id, _)) if id == "guide" => t.add_guide(&path, text),
                Some(_) if bundled => t.add_scenario(&path, text),
                _ => {}
            }
        }
        if let Source::Folder(dir) = source {
            t.load_dir(dir);
        }
    }

    /// Adds the bundled guide translation of each language the folder did
    /// not translate itself.
    pub fn add_bundled_guide_if_missing(&mut self) {
        for (name, text) in BUNDLED_TRANSLATIONS {
            let path = Path::new("scenarios").join(name);
            if let Some((id, lang)) = name_parts(&path)
                && super::cases::case_name_parts(&path).is_none()
                && id == "guide"
                && !self.guide.contains_key(&lang)
            {
                self.add_guide(&path, text);
            }
        }
    }

    /// Reads the `.po` files of a scenarios folder: in its language folders
    /// (`th/`, `km/`, ...), their `cases/` folders, and beside the scenarios.
    pub fn load_dir(&mut self, dir: &Path) {
        let mut files = translation_files(dir);
        for l in Lang::TRANSLATED {
            files.extend(translation_files(&dir.join(l.code())));
            files.extend(translation_files(
                &dir.join(l.code()).join(crate::case::CASES_FOLDER),
            ));
        }
        files.sort();
        for f in files {
            let is_guide = name_parts(&f).is_some_and(|(id, _)| id == "guide");
            match read_capped(&f) {
                // A folder's own guide translation (a translator's work in
                // progress) replaces the bundled one.
                Ok(text) if is_guide => self.add_guide_file(&f, &text),
                Ok(text) => self.add_scenario(&f, &text),
                Err(e) => self.problems.push(Diagnostic::error(
                    &f,
                    "translation-unreadable",
                    format!("the translation file cannot be read: {e}"),
                    "Save it as UTF-8 text (Poedit does).",
                )),
            }
        }
    }

    /// Adds (or replaces) a scenario translation from its file's text; a
    /// case journey's (`th/cases/<id>.po`) goes with the cases.
    pub fn add_scenario(&mut self, file: &Path, text: &str) {
        if super::cases::case_name_parts(file).is_some() {
            self.add_case(file, text);
            return;
        }
        self.problems.retain(|d| d.file != file);
        self.scenarios.retain(|_, c| c.file != file);
        if name_parts(file).is_some_and(|(_, l)| !self.keeps(l)) {
            return;
        }
        let Some((id, lang)) = name_parts(file) else {
            self.problems.push(Diagnostic::error(
                file,
                "translation-name",
                "the file name does not say which scenario and language it translates",
                "Put a translation in its language's folder and name it after the scenario's id, such as `th/port-inspection.po` (folders: th, vi, km, lo, my, id, ms, fil).",
            ));
            return;
        };
        match Catalog::parse(lang, file, text) {
            Ok(c) => {
                self.scenarios.insert((id, lang), c);
            }
            Err(ds) => self.problems.extend(ds),
        }
    }

    /// Forgets the translation read from `file` (deleted while running).
    pub fn remove_file(&mut self, file: &Path) {
        self.problems.retain(|d| d.file != file);
        self.scenarios.retain(|_, c| c.file != file);
        self.cases.retain(|_, c| c.file != file);
    }

    /// Adds (or replaces) the guide's translation from a file's text.
    pub fn add_guide_file(&mut self, file: &Path, text: &str) {
        self.problems.retain(|d| d.file != file);
        self.add_guide(file, text);
    }

    fn add_guide(&mut self, file: &Path, text: &str) {
        let Some((_, lang)) = name_parts(file).filter(|(_, l)| self.keeps(*l)) else {
            return;
        };
        match Catalog::parse(lang, file, text) {
            Ok(c) => {
                self.guide.insert(lang, c);
            }
            Err(ds) => self.problems.extend(ds),
        }
    }

    /// A scenario in `lang`: its texts translated where a current
    /// translation exists, English elsewhere. The scenario's structure,
    /// exploration and scoring are shared with the English one.
    pub fn scenario(&self, checked: &Checked, lang: Lang) -> (Checked, Applied) {
        if lang == Lang::En {
            return (checked.clone(), Applied::default());
        }
        let catalog = self.scenarios.get(&(checked.id().to_string(), lang));
        let english = kept_english(&mut checked.scenario().clone(), catalog);
        self.scenario_except(checked, lang, &english)
    }

    /// As [`Translations::scenario`], with the texts whose keys are in
    /// `english` kept English.
    pub(super) fn scenario_except(
        &self,
        checked: &Checked,
        lang: Lang,
        english: &BTreeSet<String>,
    ) -> (Checked, Applied) {
        let mut scenario = checked.scenario().clone();
        let catalog = self.scenarios.get(&(checked.id().to_string(), lang));
        let applied = catalog::apply_except(scenario_texts(&mut scenario), lang, catalog, english);
        let compiled = checked.compiled.with_texts_of(scenario);
        let localized = Checked {
            compiled: Arc::new(compiled),
            ..checked.clone()
        };
        (localized, applied)
    }

    /// The guide in `lang`.
    pub fn guide(&self, guide: &Guide, lang: Lang) -> (Guide, Applied) {
        let mut g = guide.clone();
        if lang == Lang::En {
            return (g, Applied::default());
        }
        let applied = catalog::apply(guide_texts(&mut g), lang, self.guide.get(&lang));
        (g, applied)
    }

    /// The problems of every translation file: those that cannot be read,
    /// and in the others placeholders, stale and unknown texts.
    pub fn check(&self, library: &Library) -> Vec<Diagnostic> {
        let mut out = self.problems.clone();
        let mut guide = (*library.guide).clone();
        let texts = guide_texts(&mut guide);
        for c in self.guide.values() {
            out.extend(catalog::check(c, &texts));
        }
        for ((id, _), c) in &self.scenarios {
            match library.get(id) {
                Some(s) => {
                    let mut scenario = s.scenario().clone();
                    out.extend(catalog::check(c, &scenario_texts(&mut scenario)));
                }
                None => out.push(Diagnostic::warning(
                    &c.file,
                    "translation-unknown-scenario",
                    format!("this file translates the scenario `{id}`, which is not in the folder (or has errors)"),
                    "Name the file after the scenario's `id`, or fix the scenario's errors first.",
                )),
            }
        }
        out.extend(self.check_cases(&crate::case::parsed_cases(&library.source)));
        out.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        out
    }

    /// How far each language has come: the guide and each scenario.
    pub fn coverage(&self, library: &Library, lang: Lang) -> LangCoverage {
        let mut guide = (*library.guide).clone();
        let guide_counts = catalog::count(&guide_texts(&mut guide), self.guide.get(&lang));
        let scenarios = library
            .scenarios
            .iter()
            .map(|s| {
                let mut scenario = s.scenario().clone();
                let texts = scenario_texts(&mut scenario);
                let counts =
                    catalog::count(&texts, self.scenarios.get(&(s.id().to_string(), lang)));
                (s.id().to_string(), counts)
            })
            .collect();
        LangCoverage {
            lang,
            guide: guide_counts,
            scenarios,
            cases: self.case_coverage(&crate::case::parsed_cases(&library.source), lang),
        }
    }
}

/// The texts of a partly translated scenario that must stay English so
/// that no sentence mixes languages: a translated sentence whose
/// `{placeholder}` would be filled with an English word, and a translated
/// word that would fill an English sentence. Starting from the texts with
/// no current translation, a placeholder is English when any of its values
/// or any text using it is English, and a text is English when any of its
/// placeholders is; repeated until nothing changes.
fn kept_english(
    scenario: &mut crate::scenario::Scenario,
    catalog: Option<&Catalog>,
) -> BTreeSet<String> {
    let texts = scenario_texts(scenario);
    let items: Vec<Item> = texts.iter().map(item).collect();
    let english: BTreeSet<String> = texts
        .iter()
        .filter(|t| catalog.is_none_or(|c| c.lookup(&t.key, t.text).is_none()))
        .map(|t| t.key.clone())
        .collect();
    kept_english_of(&items, english).0
}

/// A text for [`kept_english_of`]: its key, the placeholder it is a value
/// of (a key with `/value/NAME`), the placeholders it uses.
pub(super) type Item = (String, Option<String>, Vec<String>);

pub(super) fn item(t: &super::content::Text<'_>) -> Item {
    let value_of = t.key.split_once("/value/").map(|(_, n)| n.to_string());
    (
        t.key.clone(),
        value_of,
        crate::i18n::content::placeholders(t.text),
    )
}

/// The rule of [`kept_english`] over any set of texts that share their
/// placeholders, starting from the keys in `english`: the keys kept
/// English, and the placeholders filled with English words.
pub(super) fn kept_english_of(
    items: &[Item],
    mut english: BTreeSet<String>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut blocked: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = (english.len(), blocked.len());
        for (key, value_of, uses) in items {
            if english.contains(key) {
                blocked.extend(value_of.iter().cloned());
                blocked.extend(uses.iter().cloned());
            }
        }
        for (key, value_of, uses) in items {
            let touches = value_of.iter().chain(uses).any(|p| blocked.contains(p));
            if touches {
                english.insert(key.clone());
            }
        }
        if (english.len(), blocked.len()) == before {
            return (english, blocked);
        }
    }
}

/// One language's translation coverage.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LangCoverage {
    pub lang: Lang,
    pub guide: Counts,
    pub scenarios: BTreeMap<String, Counts>,
    /// By case id: the case journey's own texts.
    pub cases: BTreeMap<String, Counts>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_file_s_place_names_its_scenario_and_language() {
        assert_eq!(
            name_parts(Path::new("scenarios/th/port-inspection.po")),
            Some(("port-inspection".into(), Lang::Th))
        );
        assert_eq!(
            name_parts(Path::new("x/port-inspection.km.po")),
            Some(("port-inspection".into(), Lang::Km))
        );
        assert_eq!(
            name_parts(Path::new("km/guide.po")),
            Some(("guide".into(), Lang::Km))
        );
        assert_eq!(name_parts(Path::new("scenarios/port-inspection.po")), None);
        assert_eq!(name_parts(Path::new("en/port-inspection.po")), None);
        assert_eq!(name_parts(Path::new("th-TH/port-inspection.po")), None);
    }

    #[test]
    fn no_sentence_mixes_languages_in_a_partly_translated_scenario() {
        let guide = Arc::new(Guide::bundled().unwrap());
        let library = Library::bundled(guide);
        let english = library.get("worker-punished-abroad").unwrap();
        let mut s = english.scenario().clone();
        let texts = scenario_texts(&mut s);
        let mut po = catalog::update(None, &texts, Lang::Th, "x.ron");
        let key = "worker-punished-abroad/summary";
        for e in &mut po.entries {
            if e.context == key {
                let ph: String = crate::i18n::content::placeholders(&e.source)
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect();
                assert!(!ph.is_empty(), "the summary uses placeholders");
                e.translation = format!("สรุป {ph}");
            }
        }
        let mut t = Translations::default();
        t.scenarios.insert(
            (english.id().into(), Lang::Th),
            Catalog::new(Lang::Th, Path::new("th/x.po"), po.clone()),
        );
        let (shown, applied) = t.scenario(english, Lang::Th);
        assert_eq!(shown.scenario().summary, english.scenario().summary);
        assert!(applied.english.contains(key));
        // Its words translated, but the scenes that use them still English:
        // the words stay English in those scenes, and so the summary too.
        for e in &mut po.entries {
            if e.context.contains("/value/") {
                e.translation = "ค่า".into();
            }
        }
        t.scenarios.insert(
            (english.id().into(), Lang::Th),
            Catalog::new(Lang::Th, Path::new("th/x.po"), po.clone()),
        );
        let (shown, _) = t.scenario(english, Lang::Th);
        assert_eq!(shown.scenario().summary, english.scenario().summary);
        assert!(
            !shown
                .scenario()
                .profiles
                .iter()
                .any(|p| p.values.values().any(|v| v == "ค่า"))
        );
        // Everything translated: all of it shows.
        for e in &mut po.entries {
            if e.translation.is_empty() {
                let ph: String = crate::i18n::content::placeholders(&e.source)
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect();
                e.translation = format!("ข้อความ {ph}");
            }
        }
        t.scenarios.insert(
            (english.id().into(), Lang::Th),
            Catalog::new(Lang::Th, Path::new("th/x.po"), po),
        );
        let (shown, applied) = t.scenario(english, Lang::Th);
        assert!(applied.english.is_empty(), "{:?}", applied.english);
        assert!(shown.scenario().summary.starts_with("สรุป"));
    }

    #[test]
    fn every_bundled_translation_reads_and_checks_without_errors() {
        let guide = Arc::new(Guide::bundled().unwrap());
        let library = Library::bundled(guide);
        let t = Translations::for_library(&library);
        let errors: Vec<String> = t
            .check(&library)
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn a_scenario_in_a_language_keeps_its_structure_and_the_pseudo_locale_changes_every_text() {
        let guide = Arc::new(Guide::bundled().unwrap());
        let library = Library::bundled(guide.clone());
        let t = Translations::for_library(&library);
        let english = &library.scenarios[0];
        let (pseudo, applied) = t.scenario(english, Lang::Pseudo);
        assert!(applied.english.is_empty());
        assert_eq!(pseudo.compiled.node_ids, english.compiled.node_ids);
        assert_ne!(pseudo.scenario().title, english.scenario().title);
        let (g, _) = t.guide(&guide, Lang::Pseudo);
        assert_ne!(g.areas[0].harms[0].title, guide.areas[0].harms[0].title);
        // A session on the translated scenario makes the same choices.
        let mut a = crate::Session::start(english, 7);
        let mut b = crate::Session::start(&pseudo, 7);
        assert_ne!(
            a.beats()[0].text,
            b.beats()[0].text,
            "the engine shows the translated text"
        );
        assert_eq!(a.choices().len(), b.choices().len());
        let first = a.choices()[0].index;
        a.choose(first).unwrap();
        b.choose(first).unwrap();
        assert_eq!(a.node_id(), b.node_id());
    }
}
