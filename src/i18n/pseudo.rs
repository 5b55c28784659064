//! The pseudo-locale `en-XA`: English with every letter accented and words
//! made about 40% longer, between brackets, as Android and Windows test
//! their interfaces. A string still written in code shows up plain among
//! the accented ones, and a layout that cannot take longer words shows cut.

use std::borrow::Cow;

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'đ',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ğ',
        'h' => 'ĥ',
        'i' => 'í',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ĺ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ó',
        'p' => 'þ',
        'q' => 'ʠ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'ú',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Á',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Đ',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ğ',
        'H' => 'Ĥ',
        'I' => 'Í',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ĺ',
        'M' => 'Ṁ',
        'N' => 'Ñ',
        'O' => 'Ó',
        'P' => 'Þ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Ú',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// Whether `c` is one of the letters [`transform`] writes.
pub fn is_pseudo_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_ascii()
}

/// Accents every ASCII letter and lengthens each word by 40% (rounded up)
/// by repeating its vowels; text with no letters is left alone.
pub fn transform(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() * 2);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let letters = word.chars().count();
        let extra = (letters * 2).div_ceil(5);
        out.extend(word.chars().map(accent));
        let pad = word
            .chars()
            .find(|c| "aeiouAEIOU".contains(*c))
            .map_or('~', accent);
        out.extend(std::iter::repeat_n(pad, extra));
        word.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_grow_by_forty_percent_and_every_letter_is_accented() {
        assert_eq!(transform("Settings"), "Šéţţíñğšéééé");
        assert_eq!(transform("12 / 3"), "12 / 3");
        let t = transform("Choose a scenario");
        assert!(!t.chars().any(|c| c.is_ascii_alphabetic()), "{t}");
        assert!(t.chars().count() >= "Choose a scenario".len() * 14 / 10 - 2);
    }
}
