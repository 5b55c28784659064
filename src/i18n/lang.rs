//! The languages Frontline ships, each named in itself.

use serde::{Deserialize, Serialize};

/// A language of the interface and the content. `Pseudo` is English with
/// accents and longer words, used by tests to find text still written in
/// code; it is never offered in the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "th")]
    Th,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "km")]
    Km,
    #[serde(rename = "lo")]
    Lo,
    #[serde(rename = "my")]
    My,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "ms")]
    Ms,
    #[serde(rename = "fil")]
    Fil,
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Lang {
    /// The languages offered to users, in the picker's order.
    pub const SHIPPED: [Lang; 9] = [
        Lang::Th,
        Lang::Vi,
        Lang::Km,
        Lang::Lo,
        Lang::My,
        Lang::Id,
        Lang::Ms,
        Lang::Fil,
        Lang::En,
    ];
    /// The shipped languages other than English: the ones translated.
    pub const TRANSLATED: [Lang; 8] = [
        Lang::Th,
        Lang::Vi,
        Lang::Km,
        Lang::Lo,
        Lang::My,
        Lang::Id,
        Lang::Ms,
        Lang::Fil,
    ];

    /// The BCP 47 code, as in file names (`th.ftl`, `port-inspection.th.po`)
    /// and in results and xAPI statements.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Th => "th",
            Lang::Vi => "vi",
            Lang::Km => "km",
            Lang::Lo => "lo",
            Lang::My => "my",
            Lang::Id => "id",
            Lang::Ms => "ms",
            Lang::Fil => "fil",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Th => "ภาษาไทย",
            Lang::Vi => "Tiếng Việt",
            Lang::Km => "ខ្មែរ",
            Lang::Lo => "ລາວ",
            Lang::My => "မြန်မာ",
            Lang::Id => "Bahasa Indonesia",
            Lang::Ms => "Bahasa Melayu",
            Lang::Fil => "Filipino",
            Lang::Pseudo => "[Ƥşęũđő]",
        }
    }

    /// The language's name in English, for help texts and reports.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Th => "Thai",
            Lang::Vi => "Vietnamese",
            Lang::Km => "Khmer",
            Lang::Lo => "Lao",
            Lang::My => "Burmese",
            Lang::Id => "Indonesian",
            Lang::Ms => "Malay",
            Lang::Fil => "Filipino",
            Lang::Pseudo => "Pseudo-locale",
        }
    }

    /// Reads a language code or a locale as systems write them: `th`,
    /// `th-TH`, `th_TH.UTF-8`, `km-KH`, `tl` (Tagalog, read as Filipino),
    /// `in` (the old code for Indonesian), `en-XA` (the pseudo-locale).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("en-XA") || code.eq_ignore_ascii_case("pseudo") {
            return Some(Lang::Pseudo);
        }
        let base = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match base.as_str() {
            "en" | "c" | "posix" => Lang::En,
            "th" | "tha" => Lang::Th,
            "vi" | "vie" => Lang::Vi,
            "km" | "khm" => Lang::Km,
            "lo" | "lao" => Lang::Lo,
            "my" | "mya" | "bur" => Lang::My,
            "id" | "in" | "ind" => Lang::Id,
            "ms" | "msa" | "may" => Lang::Ms,
            "fil" | "tl" | "tgl" => Lang::Fil,
            _ => return None,
        })
    }

    /// The first of the computer's preferred languages that Frontline
    /// ships, or English.
    pub fn from_system() -> Lang {
        Self::from_locales(sys_locale::get_locales())
    }

    /// The first of `locales` that Frontline ships, or English.
    pub fn from_locales(locales: impl IntoIterator<Item = String>) -> Lang {
        locales
            .into_iter()
            .find_map(|l| Lang::from_code(&l).filter(|l| *l != Lang::Pseudo))
            .unwrap_or(Lang::En)
    }

    /// Scripts written without spaces between words, whose lines must break
    /// where a word segmenter allows.
    pub fn needs_segmenter(self) -> bool {
        matches!(self, Lang::Th | Lang::Lo | Lang::Km | Lang::My)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_as_systems_write_them_are_read() {
        assert_eq!(Lang::from_code("th_TH.UTF-8"), Some(Lang::Th));
        assert_eq!(Lang::from_code("km-KH"), Some(Lang::Km));
        assert_eq!(Lang::from_code("tl"), Some(Lang::Fil));
        assert_eq!(Lang::from_code("in_ID"), Some(Lang::Id));
        assert_eq!(Lang::from_code("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_code("fr_FR"), None);
        assert_eq!(
            Lang::from_locales(["fr-FR".to_string(), "lo-LA".to_string()]),
            Lang::Lo
        );
        assert_eq!(Lang::from_locales(Vec::<String>::new()), Lang::En);
    }

    #[test]
    fn every_code_reads_back_as_its_language() {
        for l in Lang::SHIPPED.into_iter().chain([Lang::Pseudo]) {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }
}
