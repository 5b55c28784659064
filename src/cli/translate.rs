//! `translate`: make or update a language's translation files (gettext PO,
//! for Poedit, Weblate, Crowdin or Lokalize) and report how far every
//! language has come.

use super::output::to_json;
use super::{CliError, Outcome, load_library};
use crate::guide::Guide;
use crate::i18n::catalog::{self, Counts};
use crate::i18n::content::{case_texts, guide_texts, scenario_texts};
use crate::i18n::po::{self, PoFile};
use crate::i18n::translations::LangCoverage;
use crate::i18n::{Lang, Translations, ui};
use crate::scenario::diag::Diagnostic;
use crate::scenario::library::{Library, Source};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The interface's coverage in one language: keys of the English file that
/// the language's own file has.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct UiCounts {
    pub total: usize,
    pub translated: usize,
}

/// One language's line of the report.
#[derive(Debug, Serialize)]
pub struct LangReport {
    pub lang: Lang,
    pub name: &'static str,
    pub ui: UiCounts,
    #[serde(flatten)]
    pub content: LangCoverage,
    /// All scenarios together.
    pub scenarios_total: Counts,
}

/// What `translate --json` prints.
#[derive(Debug, Serialize)]
pub struct TranslateOutput {
    /// Files written (empty with --report-only or without --lang).
    pub written: Vec<PathBuf>,
    pub languages: Vec<LangReport>,
}

fn ui_counts(lang: Lang) -> UiCounts {
    let english = ui::keys(ui::ftl_source(Lang::En));
    let own = ui::keys(ui::ftl_source(lang));
    UiCounts {
        total: english.len(),
        translated: english.intersection(&own).count(),
    }
}

fn report_for(library: &Library, translations: &Translations, lang: Lang) -> LangReport {
    let content = translations.coverage(library, lang);
    let mut scenarios_total = Counts::default();
    for c in content.scenarios.values() {
        scenarios_total.add(*c);
    }
    LangReport {
        lang,
        name: lang.english_name(),
        ui: ui_counts(lang),
        content,
        scenarios_total,
    }
}

/// Reads an existing PO file to update it; a file that cannot be read as
/// PO is an error, so that nothing a translator wrote is overwritten.
fn existing(path: &Path) -> Result<Option<PoFile>, CliError> {
    match std::fs::read_to_string(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(CliError::Io(format!("cannot read {}: {e}", path.display()))),
        Ok(text) => po::parse(&text, path)
            .map(Some)
            .map_err(|ds| CliError::InvalidTranslation(ds.iter().map(|d| d.to_string()).collect())),
    }
}

fn write_po(path: &Path, po: &PoFile) -> Result<(), CliError> {
    crate::save::files::write_atomic(path, po::write(po).as_bytes())
        .map_err(|e| CliError::Io(format!("cannot write {}: {e}", path.display())))
}

/// Writes or updates the guide's, every scenario's and every case
/// journey's file for `lang` (`<lang>/cases/<case-id>.po`).
fn update_files(library: &Library, lang: Lang) -> Result<Vec<PathBuf>, CliError> {
    let Source::Folder(dir) = &library.source else {
        return Err(CliError::Usage(
            "there is no scenarios folder to write the translations into: run this where the scenarios/ folder is, or give --scenarios DIR".into(),
        ));
    };
    let mut written = Vec::new();
    let folder = dir.join(lang.code());
    std::fs::create_dir_all(&folder)
        .map_err(|e| CliError::Io(format!("cannot make {}: {e}", folder.display())))?;
    let mut guide: Guide = (*library.guide).clone();
    let path = folder.join("guide.po");
    let po = catalog::update(
        existing(&path)?,
        &guide_texts(&mut guide),
        lang,
        "assets/guide/guide.ron",
    );
    write_po(&path, &po)?;
    written.push(path);
    for s in &library.scenarios {
        let path = folder.join(format!("{}.po", s.id()));
        let mut scenario = s.scenario().clone();
        let reference = s.compiled.file.display().to_string();
        let po = catalog::update(
            existing(&path)?,
            &scenario_texts(&mut scenario),
            lang,
            &reference,
        );
        write_po(&path, &po)?;
        written.push(path);
    }
    let cases = crate::case::parsed_cases(&library.source);
    if !cases.is_empty() {
        let folder = folder.join(crate::case::CASES_FOLDER);
        std::fs::create_dir_all(&folder)
            .map_err(|e| CliError::Io(format!("cannot make {}: {e}", folder.display())))?;
        for (file, mut case) in cases {
            let path = folder.join(format!("{}.po", case.id));
            let reference = file.display().to_string();
            let po = catalog::update(existing(&path)?, &case_texts(&mut case), lang, &reference);
            write_po(&path, &po)?;
            written.push(path);
        }
    }
    Ok(written)
}

/// `translate`.
pub(super) fn translate(
    dir: Option<&Path>,
    lang: Option<Lang>,
    report_only: bool,
    json: bool,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let library = load_library(dir, guide);
    let mut written = Vec::new();
    if let Some(lang) = lang.filter(|_| !report_only) {
        if matches!(lang, Lang::En | Lang::Pseudo) {
            return Err(CliError::Usage(
                "English is the source language: choose a language to translate into, such as --lang th".into(),
            ));
        }
        written = update_files(&library, lang)?;
    }
    // Read back what is on disk now, so the report shows the files as written.
    let translations = Translations::for_library(&library);
    let langs: Vec<Lang> = match lang {
        Some(l) if l != Lang::En => vec![l],
        _ => Lang::TRANSLATED.to_vec(),
    };
    let out = TranslateOutput {
        written,
        languages: langs
            .iter()
            .map(|&l| report_for(&library, &translations, l))
            .collect(),
    };
    if json {
        println!("{}", to_json(&out));
    } else {
        print_report(&out);
    }
    Ok(Outcome::Success)
}

fn line(what: &str, c: &Counts) -> String {
    format!(
        "  {what:<34} {:>3}% translated ({} of {}), {} reviewed, {} draft, {} stale",
        c.percent(),
        c.translated,
        c.total,
        c.reviewed,
        c.draft,
        c.stale
    )
}

fn print_report(out: &TranslateOutput) {
    for f in &out.written {
        println!("wrote {}", f.display());
    }
    if !out.written.is_empty() {
        println!();
    }
    for l in &out.languages {
        println!("{} ({}, {})", l.lang.native_name(), l.name, l.lang.code());
        println!(
            "  {:<34} {:>3}% translated ({} of {} messages)",
            "interface",
            (l.ui.translated * 100)
                .checked_div(l.ui.total)
                .unwrap_or(100),
            l.ui.translated,
            l.ui.total
        );
        println!("{}", line("guide", &l.content.guide));
        for (id, c) in &l.content.scenarios {
            println!("{}", line(id, c));
        }
        println!("{}", line("all scenarios", &l.scenarios_total));
        for (id, c) in &l.content.cases {
            println!("{}", line(&format!("case {id}"), c));
        }
        println!();
    }
}

/// An interface translation (`assets/i18n/th.ftl`), named after its language.
pub(super) fn check_ftl_file(path: &Path) -> crate::scenario::check::FileCheck {
    let lang = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(Lang::from_code);
    let diagnostics = match (lang, std::fs::read_to_string(path)) {
        (_, Err(e)) => vec![Diagnostic::error(
            path,
            "not-found",
            format!("cannot read {}: {e}", path.display()),
            "check the path",
        )],
        (None, _) => vec![Diagnostic::error(
            path,
            "translation-name",
            "the file name does not say its language",
            "Name an interface translation after its language code, such as th.ftl.",
        )],
        (Some(lang), Ok(text)) => crate::i18n::ui::check_ftl(lang, &text, path),
    };
    crate::scenario::check::FileCheck {
        file: path.to_path_buf(),
        checked: None,
        diagnostics,
    }
}

/// The translation files of a scenarios folder (its case journeys' too),
/// each as a checked file: malformed PO, placeholders lost or added, texts
/// that no longer exist, stale translations, a case that is not there. The bundled guide's translations are not checked
/// here unless the folder has its own.
pub(super) fn check_translations(
    dir: &Path,
    guide: &Guide,
) -> Vec<crate::scenario::check::FileCheck> {
    use crate::i18n::Translations;
    let Ok(library) = crate::scenario::library::Library::load_dir(dir, Arc::new(guide.clone()))
    else {
        return Vec::new();
    };
    let mut t = Translations::default();
    t.load_dir(dir);
    t.add_bundled_guide_if_missing();
    let diagnostics = t.check(&library);
    let mut files: Vec<PathBuf> = t
        .scenarios
        .values()
        .chain(t.cases.values())
        .chain(t.guide.values())
        .map(|c| c.file.clone())
        .chain(t.problems.iter().map(|d| d.file.clone()))
        .filter(|f| f.starts_with(dir))
        .collect();
    files.sort();
    files.dedup();
    files
        .into_iter()
        .map(|file| crate::scenario::check::FileCheck {
            diagnostics: diagnostics
                .iter()
                .filter(|d| d.file == file)
                .cloned()
                .collect(),
            file,
            checked: None,
        })
        .collect()
}
