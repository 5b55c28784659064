//! The syntax of the values xAPI prescribes: UUIDs, IRIs and IRLs,
//! language tags, ISO 8601 durations and timestamps, versions.

/// A UUID in its standard form: `8-4-4-4-12` hexadecimal digits.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// A UUID of version 4 (random) or 5 (name-based, SHA-1) and of the RFC
/// 4122 variant: what a registration made by Frontline is, and what stores
/// expect of one.
pub(crate) fn is_uuid_v4_or_v5(s: &str) -> bool {
    let b = s.as_bytes();
    is_uuid(s)
        && matches!(b[14], b'4' | b'5')
        && matches!(b[19], b'8' | b'9' | b'a' | b'b' | b'A' | b'B')
}

/// An absolute IRI (RFC 3987): a scheme, `:`, and a rest without spaces,
/// control characters or the characters IRIs exclude.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut sc = scheme.chars();
    sc.next().is_some_and(|c| c.is_ascii_alphabetic())
        && sc.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !rest
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
        && percent_escapes_ok(rest)
}

fn percent_escapes_ok(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, c)| {
        *c != b'%'
            || (b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

/// An IRL: an IRI that can be looked up, here `http(s)://host...`.
pub fn is_irl(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    is_iri(s)
        && rest.is_some_and(|r| {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !host.starts_with(':')
        })
}

/// An RFC 5646 language tag, in its common shape: `en`, `en-US`,
/// `zh-Hant-TW`, `x-private` (subtags of 1 to 8 letters or digits, the
/// first one letters).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    let first_ok = (2..=8).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
        || first.eq_ignore_ascii_case("x")
        || first.eq_ignore_ascii_case("i");
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// An ISO 8601 duration as xAPI uses it: `P[nY][nM][nW][nD][T[nH][nM][n[.n]S]]`
/// with at least one part, a fraction only on the last part, and a `T`
/// only when a time part follows.
pub fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => {
            if t.is_empty() {
                return false;
            }
            (d, Some(t))
        }
        None => (rest, None),
    };
    let mut parts = 0;
    let mut fraction_seen = false;
    let mut check = |text: &str, units: &[char]| -> bool {
        let mut next_unit = 0;
        let mut num = String::new();
        for c in text.chars() {
            if c.is_ascii_digit() || c == '.' || c == ',' {
                num.push(c);
                continue;
            }
            let Some(pos) = units[next_unit..].iter().position(|u| *u == c) else {
                return false;
            };
            if num.is_empty() || fraction_seen {
                return false;
            }
            let (int, frac) = match num.split_once(['.', ',']) {
                Some((i, f)) => (i, Some(f)),
                None => (num.as_str(), None),
            };
            if int.is_empty() || !int.chars().all(|d| d.is_ascii_digit()) {
                return false;
            }
            if let Some(f) = frac {
                if f.is_empty() || !f.chars().all(|d| d.is_ascii_digit()) {
                    return false;
                }
                fraction_seen = true;
            }
            num.clear();
            next_unit += pos + 1;
            parts += 1;
        }
        num.is_empty()
    };
    // A week form (`P3W`) stands alone.
    let ok = if date.contains('W') {
        time.is_none() && check(date, &['W'])
    } else {
        check(date, &['Y', 'M', 'D']) && time.is_none_or(|t| check(t, &['H', 'M', 'S']))
    };
    ok && parts > 0
}

/// An ISO 8601 timestamp with date, time and a time zone:
/// `YYYY-MM-DDThh:mm:ss[.f](Z|+hh:mm|-hh:mm)`. xAPI forbids the offset
/// `-00:00`.
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    let num =
        |r: std::ops::Range<usize>| -> u32 { s.get(r).and_then(|x| x.parse().ok()).unwrap_or(99) };
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || (b[10] != b'T' && b[10] != b't')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let (mo, d, h, mi, se) = (num(5..7), num(8..10), num(11..13), num(14..16), num(17..19));
    if !(1..=12).contains(&mo)
        || d < 1
        || d > days_in_month(num(0..4), mo)
        || h > 23
        || mi > 59
        || se > 60
    {
        return false;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    let zone = &s[i..];
    match zone {
        "Z" | "z" => true,
        "-00:00" => false,
        _ => {
            let z = zone.as_bytes();
            z.len() == 6
                && (z[0] == b'+' || z[0] == b'-')
                && z[1..3].iter().all(u8::is_ascii_digit)
                && z[3] == b':'
                && z[4..6].iter().all(u8::is_ascii_digit)
                && num(i + 1..i + 3) <= 23
                && num(i + 4..i + 6) <= 59
        }
    }
}

/// The days of a month of the Gregorian calendar.
fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub(super) fn is_version_1_0(s: &str) -> bool {
    s.strip_prefix("1.0").is_some_and(|r| {
        r.is_empty()
            || r.strip_prefix('.')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::xapi::iso_duration;

    #[test]
    fn durations_format_and_parse() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(750), "PT12M30S");
        assert_eq!(iso_duration(3600), "PT1H");
        assert_eq!(iso_duration(3723), "PT1H2M3S");
        for ok in [
            "PT12M30S",
            "P1D",
            "P1Y2M3DT4H5M6.5S",
            "PT0.25S",
            "P3W",
            "PT1H",
        ] {
            assert!(is_iso_duration(ok), "{ok}");
        }
        for bad in [
            "", "P", "PT", "12M", "PT1.5H2M", "PT-1S", "P1S", "PT1S2M", "P1W2D", "PTS", "pt1s",
        ] {
            assert!(!is_iso_duration(bad), "{bad}");
        }
    }

    #[test]
    fn timestamps_uuids_iris_and_tags() {
        assert!(is_timestamp("2026-03-14T09:30:00Z"));
        assert!(is_timestamp("2026-03-14T09:30:00.123+07:00"));
        assert!(!is_timestamp("2026-03-14T09:30:00"));
        assert!(!is_timestamp("2026-03-14T09:30:00-00:00"));
        assert!(!is_timestamp("2026-13-14T09:30:00Z"));
        assert!(!is_timestamp("2026-03-14 09:30Z"));
        assert!(!is_timestamp("2026-03-14T09:30:00.+07:00"));
        assert!(is_uuid("8f2c1e0a-3b4d-4c5e-9f60-718293a4b5c6"));
        assert!(!is_uuid("8f2c1e0a3b4d4c5e9f60718293a4b5c6"));
        assert!(!is_uuid("8f2c1e0a-3b4d-4c5e-9f60-718293a4b5cz"));
        assert!(is_iri("http://adlnet.gov/expapi/verbs/completed"));
        assert!(is_iri("urn:uuid:8f2c1e0a-3b4d-4c5e-9f60-718293a4b5c6"));
        assert!(!is_iri("harms"));
        assert!(!is_iri("http://a b"));
        assert!(!is_iri("1http://x"));
        assert!(!is_iri("http://x/%zz"));
        assert!(is_irl("https://frontline.example"));
        assert!(!is_irl("urn:frontline"));
        assert!(!is_irl("https:///path"));
        assert!(is_language_tag("en-US") && is_language_tag("zh-Hant-TW") && is_language_tag("th"));
        assert!(!is_language_tag("") && !is_language_tag("en_US") && !is_language_tag("e"));
        assert!(is_version_1_0("1.0.3") && is_version_1_0("1.0"));
        assert!(!is_version_1_0("2.0.0") && !is_version_1_0("1.0.") && !is_version_1_0("1.01"));
    }
}
