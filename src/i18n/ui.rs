//! The interface's strings: one Fluent file per language
//! (`assets/i18n/<code>.ftl`), built into the binary. A key missing in a
//! language shows the English text; plurals and grammar follow each
//! language's rules through Fluent's selectors.

use super::Lang;
use super::pseudo;
use crate::scenario::diag::Diagnostic;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub use fluent_bundle::FluentValue as Arg;

/// The Fluent files built into the binary, by language.
pub const FTL: [(Lang, &str); 9] = [
    (Lang::En, include_str!("../../assets/i18n/en.ftl")),
    (Lang::Th, include_str!("../../assets/i18n/th.ftl")),
    (Lang::Vi, include_str!("../../assets/i18n/vi.ftl")),
    (Lang::Km, include_str!("../../assets/i18n/km.ftl")),
    (Lang::Lo, include_str!("../../assets/i18n/lo.ftl")),
    (Lang::My, include_str!("../../assets/i18n/my.ftl")),
    (Lang::Id, include_str!("../../assets/i18n/id.ftl")),
    (Lang::Ms, include_str!("../../assets/i18n/ms.ftl")),
    (Lang::Fil, include_str!("../../assets/i18n/fil.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// The interface strings of one language, with English behind them.
pub struct Ui {
    lang: Lang,
    bundle: Bundle,
    english: Bundle,
    /// Problems found in the language's file (shown like scenario problems).
    pub problems: Vec<Diagnostic>,
}

impl std::fmt::Debug for Ui {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ui").field("lang", &self.lang).finish()
    }
}

/// The built-in Fluent text of a language (the pseudo-locale uses English's).
pub fn ftl_source(lang: Lang) -> &'static str {
    let lang = if lang == Lang::Pseudo { Lang::En } else { lang };
    FTL.iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| *t)
        .unwrap_or("")
}

/// Where a language's Fluent file lives in the source tree, for messages.
pub fn ftl_path(lang: Lang) -> PathBuf {
    let lang = if lang == Lang::Pseudo { Lang::En } else { lang };
    Path::new("assets/i18n").join(format!("{}.ftl", lang.code()))
}

fn bundle(lang: Lang, text: &str, file: &Path, problems: &mut Vec<Diagnostic>) -> Bundle {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::Pseudo => "en".parse(),
        l => l.code().parse(),
    }
    .unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // egui draws the isolation marks Fluent puts around arguments as boxes.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(
                    Diagnostic::error(
                        file,
                        "translation-syntax",
                        format!("this line of the Fluent file cannot be read ({:?})", e.kind),
                        "Write each message as `key = text` on its own line; continue a long text on lines that start with spaces.",
                    )
                    .at(line_col(text, e.pos.start)),
                );
            }
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            problems.push(Diagnostic::error(
                file,
                "translation-duplicate",
                format!("a message is written twice: {e}"),
                "Keep one of the two and delete the other.",
            ));
        }
    }
    bundle
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl Ui {
    /// The built-in strings of `lang`.
    pub fn new(lang: Lang) -> Ui {
        Ui::from_source(lang, ftl_source(lang))
    }

    /// `lang`'s strings from `text` (a translator's file being checked).
    pub fn from_source(lang: Lang, text: &str) -> Ui {
        let mut problems = Vec::new();
        let english = bundle(
            Lang::En,
            ftl_source(Lang::En),
            &ftl_path(Lang::En),
            &mut problems,
        );
        let bundle = bundle(lang, text, &ftl_path(lang), &mut problems);
        Ui {
            lang,
            bundle,
            english,
            problems,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text of `key`, with no arguments.
    pub fn text(&self, key: &str) -> String {
        self.fmt(key, &[])
    }

    /// The text of `key` with its `{ $arguments }` filled in.
    pub fn fmt(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        let fargs = if args.is_empty() { None } else { Some(&fargs) };
        for bundle in [&self.bundle, &self.english] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, fargs, &mut errors);
                return match out {
                    Cow::Borrowed(s) => s.to_string(),
                    Cow::Owned(s) => s,
                };
            }
        }
        // A key no file has is a bug the tests catch; show something readable.
        key.replace('-', " ")
    }

    /// Whether `lang`'s own file has `key` (rather than English standing in).
    pub fn has_own(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// The message keys of a Fluent text.
pub fn keys(text: &str) -> BTreeSet<String> {
    let res = match FluentResource::try_new(text.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The problems of a translator's Fluent file for `lang`, read from
/// `file`: lines that cannot be read, messages English does not have (a
/// renamed or mistyped key), and messages whose `{ $variables }` differ
/// from the English ones. Messages the file lacks are not problems: English
/// shows for them, and `frontline translate` counts them.
pub fn check_ftl(lang: Lang, text: &str, file: &Path) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Ui::from_source(lang, text)
        .problems
        .into_iter()
        .map(|mut d| {
            d.file = file.to_path_buf();
            d
        })
        .collect();
    let english = variables(ftl_source(Lang::En));
    let place = |key: &str| {
        let at = text
            .match_indices(key)
            .find(|(i, _)| *i == 0 || text.as_bytes()[i - 1] == b'\n')
            .map_or(0, |(i, _)| i);
        line_col(text, at)
    };
    for (key, vars) in variables(text) {
        match english.get(&key) {
            None => out.push(
                Diagnostic::warning(
                    file,
                    "translation-unknown-text",
                    format!("`{key}` is not a message of the English file"),
                    "Check the key's spelling against assets/i18n/en.ftl; a key English no longer has can be deleted.",
                )
                .at(place(&key)),
            ),
            Some(want) if *want != vars => {
                let missing: Vec<String> = want.difference(&vars).map(|v| format!("{{ ${v} }}")).collect();
                let added: Vec<String> = vars.difference(want).map(|v| format!("{{ ${v} }}")).collect();
                out.push(
                    Diagnostic::error(
                        file,
                        "translation-placeholder",
                        format!(
                            "`{key}` leaves out [{}] and adds [{}] compared with the English",
                            missing.join(", "),
                            added.join(", ")
                        ),
                        "Keep each { $name } of the English message exactly as it is; the game fills it in.",
                    )
                    .at(place(&key)),
                );
            }
            Some(_) => {}
        }
    }
    out.sort_by_key(|d| (d.line, d.column));
    out
}

/// The `{ $variables }` each message of a Fluent text uses, by key, so that
/// a translation can be checked against the English one.
pub fn variables(text: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast;
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>, depth: usize) {
        if depth > 32 {
            return;
        }
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out, depth + 1);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out, depth + 1),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>, depth: usize) {
        match e {
            ast::Expression::Inline(i) => inline(i, out, depth),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out, depth);
                for v in variants {
                    pattern(&v.value, out, depth + 1);
                }
            }
        }
    }
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>, depth: usize) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out, depth);
            }
        }
    }
    let res = match FluentResource::try_new(text.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut map = std::collections::BTreeMap::new();
    for e in res.entries() {
        if let ast::Entry::Message(m) = e {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern(p, &mut vars, 0);
            }
            map.insert(m.id.name.to_string(), vars);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    /// The `"key"` after each `tr!(ui, ` and `said!(` in a Rust source, its
    /// comments and tests left out.
    fn keys_used(source: &str) -> Vec<String> {
        let source = source.split("#[cfg(test)]").next().unwrap_or("");
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut keys = Vec::new();
        for (macro_name, after_comma) in [("tr!(", true), ("said!(", false)] {
            for (at, _) in code.match_indices(macro_name) {
                let mut rest = &code[at + macro_name.len()..];
                if after_comma {
                    rest = &rest[rest.find(',').expect("tr! has a key") + 1..];
                }
                let rest = rest.trim_start();
                if !rest.starts_with('"') {
                    continue; // the macros' own definitions
                }
                let key = &rest[1..rest[1..].find('"').unwrap() + 1];
                keys.push(key.to_string());
            }
        }
        keys
    }

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    /// Every key a `tr!` or `said!` names is in en.ftl, and every key of
    /// en.ftl is named somewhere in the code (as a literal: some are
    /// chosen by a `match`, such as the area names).
    #[test]
    fn every_key_the_code_uses_is_in_the_english_file_and_none_is_unused() {
        let english = keys(ftl_source(Lang::En));
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut code = String::new();
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            for key in keys_used(&text) {
                assert!(
                    english.contains(&key),
                    "{} uses the key `{key}`, which assets/i18n/en.ftl lacks",
                    f.display()
                );
            }
            code.push_str(&text);
        }
        let unused: Vec<_> = english
            .iter()
            .filter(|k| !code.contains(&format!("\"{k}\"")))
            .collect();
        assert!(unused.is_empty(), "keys of en.ftl no code uses: {unused:?}");
    }

    /// Every key resolves in every shipped language (English stands in for
    /// what a language lacks), no language has a key English lacks, and a
    /// translation uses the same `{ $variables }` as the English.
    #[test]
    fn every_key_resolves_in_every_language_with_the_english_variables() {
        let english = keys(ftl_source(Lang::En));
        let english_vars = variables(ftl_source(Lang::En));
        for lang in Lang::TRANSLATED {
            let ui = Ui::new(lang);
            assert!(ui.problems.is_empty(), "{lang}: {:?}", ui.problems);
            for key in &english {
                let text = ui.text(key);
                // (A separator may be a space: Thai lists are spaced.)
                assert!(
                    !text.is_empty() && text != key.replace('-', " "),
                    "{lang}: {key}"
                );
            }
            let own = keys(ftl_source(lang));
            let extra: Vec<_> = own.difference(&english).collect();
            assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
            for (key, vars) in variables(ftl_source(lang)) {
                assert_eq!(
                    Some(&vars),
                    english_vars.get(&key),
                    "{lang}: the variables of `{key}`"
                );
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Ui::new(Lang::En);
        let one = en.fmt(
            "report-summary",
            &[
                ("scope", "X".into()),
                ("attempts", 1.into()),
                ("trainees", 1.into()),
            ],
        );
        let many = en.fmt(
            "report-summary",
            &[
                ("scope", "X".into()),
                ("attempts", 3.into()),
                ("trainees", 3.into()),
            ],
        );
        assert_eq!(one, "X: 1 attempt by 1 trainee");
        assert_eq!(many, "X: 3 attempts by 3 trainees");
    }

    #[test]
    fn the_pseudo_locale_changes_every_message() {
        let pseudo = Ui::new(Lang::Pseudo);
        let english = Ui::new(Lang::En);
        for key in keys(ftl_source(Lang::En)) {
            let p = pseudo.text(&key);
            // Without arguments Fluent shows `{$name}`: not a word to translate.
            let p: String = p
                .split("{$")
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once('}').map_or("", |(_, r)| r)
                    }
                })
                .collect();
            let words_left = p
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 3);
            assert!(!words_left || english.text(&key) == p, "{key}: {p}");
        }
    }
}
