//! A library in one language: the English library as loaded and checked,
//! its translations, and the library the game shows (the same scenarios with
//! their texts translated), kept in step when either the language or a file
//! changes.

use super::Lang;
use super::catalog::Applied;
use super::translations::Translations;
use crate::scenario::library::Library;
use std::collections::HashMap;
use std::sync::Arc;

/// The scenarios and the guide in one language.
#[derive(Debug, Clone)]
pub struct Localized {
    pub lang: Lang,
    /// The library as loaded, in English: what is checked and reloaded.
    pub english: Library,
    pub translations: Translations,
    /// The library to show: `english` with its texts in `lang`.
    pub shown: Library,
    /// By scenario id: which texts show English, and whether any is a draft.
    pub scenario_marks: HashMap<String, Applied>,
    pub guide_marks: Applied,
}

impl Localized {
    /// `english` shown in `lang`, with the translations that go with it.
    pub fn new(english: Library, lang: Lang) -> Localized {
        let translations = Translations::for_library_in(&english, lang);
        let mut l = Localized {
            lang,
            shown: english.clone(),
            english,
            translations,
            scenario_marks: HashMap::new(),
            guide_marks: Applied::default(),
        };
        l.refresh();
        l
    }

    /// Shows the library in `lang`.
    pub fn set_lang(&mut self, lang: Lang) {
        if lang != self.lang {
            self.lang = lang;
            self.translations = Translations::for_library_in(&self.english, lang);
            self.refresh();
        }
    }

    /// Rebuilds the shown library from the English one and the
    /// translations, after either changed.
    pub fn refresh(&mut self) {
        let (guide, guide_marks) = self.translations.guide(&self.english.guide, self.lang);
        self.guide_marks = guide_marks;
        let mut shown = self.english.clone();
        shown.guide = Arc::new(guide);
        self.scenario_marks.clear();
        shown.scenarios = self
            .english
            .scenarios
            .iter()
            .map(|s| {
                let (l, marks) = self.translations.scenario(s, self.lang);
                self.scenario_marks.insert(s.id().to_string(), marks);
                l
            })
            .collect();
        self.shown = shown;
    }

    /// Whether the scenario `id` shows a draft translation.
    pub fn is_draft(&self, id: &str) -> bool {
        self.scenario_marks.get(id).is_some_and(|m| m.draft)
    }

    /// Whether the text `key` of scenario `id` shows in English for want of
    /// a translation (never in English itself).
    pub fn is_english(&self, id: &str, key: &str) -> bool {
        self.scenario_marks
            .get(id)
            .is_some_and(|m| m.english.contains(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Guide;

    #[test]
    fn switching_language_changes_the_texts_and_keeps_the_scenarios() {
        let english = Library::bundled(Arc::new(Guide::bundled().unwrap()));
        let mut l = Localized::new(english, Lang::En);
        let title = l.shown.scenarios[0].scenario().title.clone();
        l.set_lang(Lang::Pseudo);
        assert_ne!(l.shown.scenarios[0].scenario().title, title);
        assert_eq!(l.shown.scenarios.len(), l.english.scenarios.len());
        assert!(!l.is_draft(l.shown.scenarios[0].id()));
        l.set_lang(Lang::En);
        assert_eq!(l.shown.scenarios[0].scenario().title, title);
    }
}
