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
