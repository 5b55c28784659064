//! The translations of case journeys: `<lang>/cases/<case-id>.po` in the
//! scenarios folder (beside the language's scenario files, as the case files
//! are in `cases/` beside the scenarios), or bundled; a case shown in a
//! language; checking and counting them.
//!
//! A case's values (the person's name and pronouns) fill two kinds of
//! sentence: the case's own (handover lines, chains) and its stages'
//! scenes. Each is kept whole in one language: the case's texts follow the
//! rule of a scenario's (a sentence whose placeholder would be filled with
//! an English word stays English, and so does a word that would fill an
//! English sentence), and each stage is filled with the case's words in
//! the language only where that stage's texts that use them are translated
//! too ([`CheckedCase::stage_values`]).

use super::Lang;
use super::catalog::{self, Applied, Catalog, Counts};
use super::content::{Text, case_prefix, case_texts, pseudo, scenario_texts};
use super::translations::{Item, Translations, item, kept_english_of};
use crate::case::{Case, CheckedCase};
use crate::scenario::diag::Diagnostic;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What a case translation file's place says: `th/cases/fisherman-journey.po`
/// is the Thai of the case `fisherman-journey`.
pub fn case_name_parts(file: &Path) -> Option<(String, Lang)> {
    let stem = file.file_name()?.to_str()?.strip_suffix(".po")?;
    let parent = file.parent()?;
    if parent.file_name()? != crate::case::CASES_FOLDER {
        return None;
    }
    let folder = parent.parent()?.file_name()?.to_str()?;
    let lang = Lang::from_code(folder)
        .filter(|l| !matches!(l, Lang::En | Lang::Pseudo) && l.code() == folder)?;
    (!stem.is_empty()).then(|| (stem.to_string(), lang))
}

/// The keys of `texts` with no current translation in `catalog`.
fn untranslated<'a>(
    texts: impl IntoIterator<Item = &'a Text<'a>>,
    catalog: Option<&Catalog>,
) -> BTreeSet<String> {
    texts
        .into_iter()
        .filter(|t| catalog.is_none_or(|c| c.lookup(&t.key, t.text).is_none()))
        .map(|t| t.key.clone())
        .collect()
}

fn is_profile_value(key: &str) -> bool {
    key.contains("/profile/") && key.contains("/value/")
}

impl Translations {
    /// Adds (or replaces) a case journey's translation from its file's text
    /// (`th/cases/<case-id>.po`).
    pub fn add_case(&mut self, file: &Path, text: &str) {
        self.problems.retain(|d| d.file != file);
        self.cases.retain(|_, c| c.file != file);
        let Some((id, lang)) = case_name_parts(file) else {
            self.problems.push(Diagnostic::error(
                file,
                "translation-name",
                "the file name does not say which case and language it translates",
                "Put a case's translation in the `cases` folder of its language's folder and name it after the case's id, such as `th/cases/fisherman-journey.po`.",
            ));
            return;
        };
        if !self.keeps(lang) {
            return;
        }
        match Catalog::parse(lang, file, text) {
            Ok(c) => {
                self.cases.insert((id, lang), c);
            }
            Err(ds) => self.problems.extend(ds),
        }
    }

    /// A case journey in `lang`: its title, summary, content notes, values,
    /// handover lines and chains translated where a current translation
    /// exists, English elsewhere, and its stages in `lang` as
    /// [`Translations::scenario`] shows them, each filled with the person's
    /// words in `lang` only where no sentence would mix languages
    /// ([`CheckedCase::stage_values`]). Its stages, conditions and totals are
    /// the English case's. `case` is as checked against the English library
    /// (its stages in English). The [`Applied`] is the case's and its
    /// stages' together: `english` holds keys of both (`case:<id>/...` and
    /// `<scenario-id>/...`).
    pub fn case(&self, case: &CheckedCase, lang: Lang) -> (CheckedCase, Applied) {
        if lang == Lang::En {
            return (case.clone(), Applied::default());
        }
        let catalog = self.cases.get(&(case.id().to_string(), lang));
        // The case's own sentences.
        let mut english_case = case.case.clone();
        let texts = case_texts(&mut english_case);
        let items: Vec<Item> = texts.iter().map(item).collect();
        // The pseudo-locale translates every text: nothing is kept English.
        let missing = |keys: BTreeSet<String>| {
            if lang == Lang::Pseudo {
                BTreeSet::new()
            } else {
                keys
            }
        };
        let (english, _) = kept_english_of(&items, missing(untranslated(&texts, catalog)));
        let mut shown = case.case.clone();
        let mut applied = catalog::apply_except(case_texts(&mut shown), lang, catalog, &english);
        // The person's words: the English, and the translation if current.
        let prefix = case_prefix(case.id());
        let words: Vec<(String, String, Option<String>)> = case
            .case
            .values
            .iter()
            .map(|(name, v)| {
                let key = format!("{prefix}/value/{name}");
                let tr = match lang {
                    Lang::Pseudo => Some(pseudo(v)),
                    _ => catalog.and_then(|c| c.lookup(&key, v)).map(str::to_string),
                };
                (name.clone(), v.clone(), tr)
            })
            .collect();
        let value_items: Vec<Item> = words
            .iter()
            .map(|(name, v, _)| {
                let key = format!("{prefix}/value/{name}");
                (key, Some(name.clone()), super::content::placeholders(v))
            })
            .collect();
        let mut stages = Vec::with_capacity(case.stages.len());
        let mut stage_values = Vec::with_capacity(case.stages.len());
        for stage in &case.stages {
            let scat = self.scenarios.get(&(stage.id().to_string(), lang));
            let mut s = stage.scenario().clone();
            let stexts = scenario_texts(&mut s);
            // The stage's profile values are replaced by the case's.
            let own: Vec<&Text<'_>> = stexts
                .iter()
                .filter(|t| !is_profile_value(&t.key))
                .collect();
            let mut items: Vec<Item> = own.iter().map(|t| item(t)).collect();
            items.extend(value_items.iter().cloned());
            let mut init = missing(untranslated(own.iter().copied(), scat));
            init.extend(
                words
                    .iter()
                    .filter(|(_, _, tr)| tr.is_none())
                    .map(|(name, _, _)| format!("{prefix}/value/{name}")),
            );
            let (mut kept, blocked) = kept_english_of(&items, init);
            let values: BTreeMap<String, String> = words
                .iter()
                .map(|(name, v, tr)| {
                    let key = format!("{prefix}/value/{name}");
                    let word = match tr {
                        Some(tr) if !kept.contains(&key) => tr.clone(),
                        _ => v.clone(),
                    };
                    (name.clone(), word)
                })
                .collect();
            kept.extend(
                stexts
                    .iter()
                    .filter(|t| is_profile_value(&t.key))
                    .filter(|t| {
                        t.key
                            .rsplit('/')
                            .next()
                            .is_some_and(|n| blocked.contains(n))
                    })
                    .map(|t| t.key.clone()),
            );
            let (shown_stage, a) = self.scenario_except(stage, lang, &kept);
            applied.english.extend(a.english);
            applied.draft |= a.draft;
            applied.translated += a.translated;
            stages.push(shown_stage);
            stage_values.push(values);
        }
        (case.with_texts(shown, stages, stage_values), applied)
    }

    /// The problems of the case translations against the cases (as read by
    /// [`crate::case::parsed_cases`]): placeholders, stale and unknown
    /// texts, and files for a case that is not there.
    pub(super) fn check_cases(&self, cases: &[(PathBuf, Case)]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for ((id, _), c) in &self.cases {
            match cases.iter().find(|(_, k)| k.id == *id) {
                Some((_, k)) => {
                    let mut k = k.clone();
                    out.extend(catalog::check(c, &case_texts(&mut k)));
                }
                None => out.push(Diagnostic::warning(
                    &c.file,
                    "translation-unknown-case",
                    format!("this file translates the case `{id}`, which is not in the scenarios folder's `cases` folder (or cannot be read)"),
                    "Name the file after the case's `id`, or fix the case file's errors first.",
                )),
            }
        }
        out
    }

    /// How far each case's own texts are translated into `lang`.
    pub(super) fn case_coverage(
        &self,
        cases: &[(PathBuf, Case)],
        lang: Lang,
    ) -> BTreeMap<String, Counts> {
        cases
            .iter()
            .map(|(_, c)| {
                let id = c.id.clone();
                let catalog = self.cases.get(&(id.clone(), lang));
                let counts = catalog::count(&case_texts(&mut c.clone()), catalog);
                (id, counts)
            })
            .collect()
    }
}

#[cfg(test)]
#[path = "cases_tests.rs"]
mod tests;
