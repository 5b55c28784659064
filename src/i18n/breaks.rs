//! Where a line may break. Thai, Lao, Khmer and Burmese are written without
//! spaces between words, so a wrapper that breaks at whitespace (as egui
//! does) finds no place to break and cuts words, even syllables, wherever
//! the width runs out. The places to break come from ICU4X's line segmenter
//! instead (Unicode's line breaking rules, UAX #14, with a word model for
//! the four scripts).
//!
//! The segmenter is the LSTM one (`LineSegmenter::new_lstm`), not the
//! dictionary one. On sentences like those in the tests (a shelter, a
//! clinic, a police interview) the dictionary breaks words it does not know
//! in the middle of a syllable: Lao ນາງ "she" as ນ|າ|ງ and ສາມາດ "can" as
//! ສ|າ|ມາດ, Khmer បដិសេធ "refuse" as ប|ដិ|សេ|ធ and តើ នរណា "who" as
//! តើន|រណា. The LSTM put every break of those sentences between
//! syllables: at worst it splits a compound (Thai ต้อง|การ, Burmese
//! သူ|မ), where a line may still break. It is also smaller (about 0.34 MB
//! of data against 1.06 MB) but slower (about 5 µs a byte against 0.06),
//! which is why callers cache what they lay out.

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{GraphemeClusterSegmenter, LineSegmenter, LineSegmenterBorrowed};
use std::sync::OnceLock;

/// The one line segmenter, made the first time text needs it, so start-up
/// never pays for it and no call builds its own.
fn segmenter() -> LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    *SEGMENTER.get_or_init(|| LineSegmenter::new_lstm(LineBreakOptions::default()))
}

/// The byte offsets in `text` where a line may break, in order: each is
/// the start of the text that would go on the next line (after any spaces,
/// which stay at the end of the line before). The start and the end of the
/// text are not included. A line break in `text` gives a break after it,
/// like any other.
pub fn line_breaks(text: &str) -> Vec<usize> {
    if text.is_empty() {
        return Vec::new();
    }
    segmenter()
        .segment_str(text)
        .filter(|&i| i > 0 && i < text.len())
        .collect()
}

/// The byte offsets in `text` between grapheme clusters (a letter with its
/// vowel signs, tone marks and subscript consonants), start and end not
/// included: where a word too long for a line may be cut as a last resort.
pub fn grapheme_boundaries(text: &str) -> Vec<usize> {
    GraphemeClusterSegmenter::new()
        .segment_str(text)
        .filter(|&i| i > 0 && i < text.len())
        .collect()
}

/// Whether `text` has a letter of a script written without spaces between
/// words (Thai, Lao, Khmer, Myanmar), whose lines need [`line_breaks`];
/// other text wraps at its spaces as it always has.
pub fn needs_segmenter(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{0E00}'..='\u{0EFF}' // Thai, Lao
            | '\u{1000}'..='\u{109F}' // Myanmar
            | '\u{1780}'..='\u{17FF}' // Khmer
            | '\u{19E0}'..='\u{19FF}' // Khmer symbols
            | '\u{A9E0}'..='\u{A9FF}' // Myanmar extended-B
            | '\u{AA60}'..='\u{AA7F}' // Myanmar extended-A
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text cut at every break, for readable assertions.
    fn pieces(text: &str) -> Vec<&str> {
        let mut cuts = vec![0];
        cuts.extend(line_breaks(text));
        cuts.push(text.len());
        cuts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
    }

    /// No break falls strictly inside any occurrence of `word` in `text`.
    fn assert_whole(text: &str, word: &str) {
        let breaks = line_breaks(text);
        let mut found = false;
        for (start, _) in text.match_indices(word) {
            found = true;
            let end = start + word.len();
            let inside: Vec<_> = breaks.iter().filter(|&&b| b > start && b < end).collect();
            assert!(
                inside.is_empty(),
                "{word:?} is broken at {inside:?} in {:?}",
                pieces(text)
            );
        }
        assert!(found, "{word:?} is not in {text:?}");
    }

    const THAI: [&str; 3] = [
        "เธอถูกทำร้ายและต้องการความช่วยเหลือจากเจ้าหน้าที่",
        "บ้านพักฉุกเฉินเป็นสถานที่ปลอดภัยสำหรับผู้เสียหายจากการค้ามนุษย์",
        "พยาบาลที่คลินิกอธิบายว่าเธอสามารถปฏิเสธการตรวจร่างกายได้",
    ];
    const LAO: [&str; 3] = [
        "ລາວຖືກທຳຮ້າຍ ແລະ ຕ້ອງການຄວາມຊ່ວຍເຫຼືອຈາກເຈົ້າໜ້າທີ່",
        "ເຈົ້າໜ້າທີ່ຕຳຫຼວດຖາມນາງວ່າໃຜພານາງມາທີ່ນີ້",
        "ພະຍາບານຢູ່ຄລີນິກອະທິບາຍວ່ານາງສາມາດປະຕິເສດການກວດໄດ້",
    ];
    const KHMER: [&str; 3] = [
        "នាងត្រូវបានគេវាយដំ ហើយត្រូវការជំនួយពីមន្ត្រី",
        "ប៉ូលិសបានសួរនាងថាតើនរណាបាននាំនាងមកទីនេះ",
        "គិលានុបដ្ឋាយិកានៅគ្លីនិកបានពន្យល់ថានាងអាចបដិសេធការពិនិត្យរាងកាយបាន",
    ];
    const BURMESE: [&str; 3] = [
        "သူမကိုရိုက်နှက်ခံရပြီး အရာရှိများထံမှ အကူအညီလိုအပ်သည်",
        "ရဲအရာရှိက သူမကို ဒီနေရာကို ဘယ်သူခေါ်လာသလဲလို့ မေးခဲ့သည်",
        "ဆေးခန်းမှ သူနာပြုက သူမသည် ကိုယ်ခန္ဓာစစ်ဆေးမှုကို ငြင်းဆိုနိုင်ကြောင်း ရှင်းပြခဲ့သည်",
    ];

    #[test]
    fn thai_breaks_between_words() {
        assert_eq!(
            pieces(THAI[0]),
            [
                "เธอ",
                "ถูก",
                "ทำร้าย",
                "และ",
                "ต้อง",
                "การ",
                "ความ",
                "ช่วยเหลือ",
                "จาก",
                "เจ้าหน้าที่"
            ]
        );
        for word in ["ถูก", "ทำร้าย", "ช่วยเหลือ", "เจ้าหน้าที่"]
        {
            assert_whole(THAI[0], word);
        }
        for word in ["บ้าน", "ฉุกเฉิน", "สำหรับ", "มนุษย์"]
        {
            assert_whole(THAI[1], word);
        }
        for word in ["พยาบาล", "คลินิก", "ปฏิเสธ", "ร่างกาย"]
        {
            assert_whole(THAI[2], word);
        }
    }

    #[test]
    fn lao_breaks_between_words() {
        assert_eq!(
            pieces(LAO[0]),
            [
                "ລາວ",
                "ຖືກ",
                "ທຳຮ້າຍ ",
                "ແລະ ",
                "ຕ້ອງການ",
                "ຄວາມ",
                "ຊ່ວຍເຫຼືອ",
                "ຈາກ",
                "ເຈົ້າໜ້າທີ່"
            ]
        );
        // The dictionary segmenter breaks these inside a syllable.
        for word in ["ນາງ", "ມາ", "ພາ"] {
            assert_whole(LAO[1], word);
        }
        for word in ["ນາງ", "ສາມາດ", "ປະຕິເສດ", "ອະທິບາຍ"]
        {
            assert_whole(LAO[2], word);
        }
    }

    #[test]
    fn khmer_breaks_between_words() {
        assert_eq!(
            pieces(KHMER[0]),
            [
                "នាង",
                "ត្រូវ",
                "បាន",
                "គេ",
                "វាយ",
                "ដំ ",
                "ហើយ",
                "ត្រូវ",
                "ការ",
                "ជំនួយ",
                "ពី",
                "មន្ត្រី"
            ]
        );
        // The dictionary segmenter breaks these inside a word.
        assert_whole(KHMER[1], "នរណា");
        for word in ["បដិសេធ", "គ្លីនិក", "ពន្យល់", "ការពិនិត្យ"]
        {
            assert_whole(KHMER[2], word);
        }
    }

    #[test]
    fn burmese_breaks_between_syllables() {
        assert_eq!(
            pieces(BURMESE[1]),
            [
                "ရဲ",
                "အရာရှိ",
                "က ",
                "သူ",
                "မကို ",
                "ဒီ",
                "နေရာ",
                "ကို ",
                "ဘယ်",
                "သူ",
                "ခေါ်",
                "လာ",
                "သလဲ",
                "လို့ ",
                "မေး",
                "ခဲ့",
                "သည်"
            ]
        );
        for word in ["ရိုက်နှက်", "အရာရှိ", "အကူအညီ"] {
            assert_whole(BURMESE[0], word);
        }
        for word in ["ဆေးခန်း", "စစ်ဆေး", "ကြောင်း", "ငြင်း"]
        {
            assert_whole(BURMESE[2], word);
        }
    }

    #[test]
    fn no_break_inside_a_grapheme_cluster() {
        for text in THAI.iter().chain(&LAO).chain(&KHMER).chain(&BURMESE) {
            let clusters = grapheme_boundaries(text);
            for b in line_breaks(text) {
                assert!(
                    clusters.contains(&b),
                    "break at {b} inside a cluster in {:?}",
                    pieces(text)
                );
                // A combining mark (vowel sign, tone mark, Khmer or
                // Burmese subscript sign) never starts a line.
                let next = text[b..].chars().next().unwrap();
                assert!(
                    !matches!(next, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
                        | '\u{17B6}'..='\u{17D3}' | '\u{102B}'..='\u{103E}'),
                    "a line would start with {next:?} in {:?}",
                    pieces(text)
                );
            }
        }
    }

    #[test]
    fn spaced_scripts_break_after_spaces() {
        assert_eq!(
            pieces("Cô ấy cần được giúp đỡ."),
            ["Cô ", "ấy ", "cần ", "được ", "giúp ", "đỡ."]
        );
        assert_eq!(
            pieces("a well-known shelter"),
            ["a ", "well-", "known ", "shelter"]
        );
        assert_eq!(line_breaks("ทำร้าย"), Vec::<usize>::new());
        assert!(line_breaks("").is_empty());
        assert_eq!(pieces("one\ntwo"), ["one\n", "two"]);
    }

    #[test]
    fn only_the_four_scripts_need_the_segmenter() {
        assert!(needs_segmenter(THAI[0]));
        assert!(needs_segmenter(LAO[0]));
        assert!(needs_segmenter(KHMER[0]));
        assert!(needs_segmenter(BURMESE[0]));
        assert!(needs_segmenter("Mr Somchai (สมชาย)"));
        assert!(!needs_segmenter("Cô ấy cần được giúp đỡ."));
        assert!(!needs_segmenter("Dia perlu bantuan."));
    }
}
