//! The library's English labels the game shows (areas, roles, modes,
//! tones, harm kinds, citations), in the interface's language. The library
//! keeps its English functions for the command line; the game asks here.

use crate::guide::area::{Area, Role};
use crate::guide::{Citation, NoteKind};
use crate::i18n::Ui;
use crate::save::progress::Mode;
use crate::scenario::Tone;
use crate::sim::engine::HarmKind;
use crate::tr;

/// The guide's heading for an area.
pub fn area(t: &Ui, a: Area) -> String {
    match a {
        Area::Identification => tr!(t, "area-identification"),
        Area::Shelter => tr!(t, "area-shelter"),
        Area::Return => tr!(t, "area-return"),
        Area::Health => tr!(t, "area-health"),
        Area::Justice => tr!(t, "area-justice"),
    }
}

/// A responder's role.
pub fn role(t: &Ui, r: Role) -> String {
    match r {
        Role::Police => tr!(t, "role-police"),
        Role::LabourInspector => tr!(t, "role-labour-inspector"),
        Role::ImmigrationOfficer => tr!(t, "role-immigration-officer"),
        Role::SocialWorker => tr!(t, "role-social-worker"),
        Role::ShelterStaff => tr!(t, "role-shelter-staff"),
        Role::HealthWorker => tr!(t, "role-health-worker"),
        Role::Interpreter => tr!(t, "role-interpreter"),
        Role::Prosecutor => tr!(t, "role-prosecutor"),
        Role::NgoWorker => tr!(t, "role-ngo-worker"),
    }
}

/// The feedback mode's name.
pub fn mode(t: &Ui, m: Mode) -> String {
    match m {
        Mode::Coach => tr!(t, "mode-coach"),
        Mode::Assessment => tr!(t, "mode-assessment"),
    }
}

/// An ending's tone, as a word ("Good").
pub fn tone(t: &Ui, tone: Tone) -> String {
    match tone {
        Tone::Good => tr!(t, "tone-good"),
        Tone::Mixed => tr!(t, "tone-mixed"),
        Tone::Poor => tr!(t, "tone-poor"),
    }
}

/// An ending's tone, as the debrief says it ("A good outcome").
pub fn outcome(t: &Ui, tone: Tone) -> String {
    match tone {
        Tone::Good => tr!(t, "tone-good-outcome"),
        Tone::Mixed => tr!(t, "tone-mixed-outcome"),
        Tone::Poor => tr!(t, "tone-poor-outcome"),
    }
}

/// A harm caused or avoided, as a short word ("caused").
pub fn harm_kind(t: &Ui, k: HarmKind) -> String {
    match k {
        HarmKind::Caused => tr!(t, "harm-caused"),
        HarmKind::Avoided => tr!(t, "harm-avoided"),
    }
}

/// A harm caused or avoided, as a label ("Harm caused").
pub fn harm_label(t: &Ui, k: HarmKind) -> String {
    match k {
        HarmKind::Caused => tr!(t, "harm-caused-label"),
        HarmKind::Avoided => tr!(t, "harm-avoided-label"),
    }
}

/// A box from the national consultations.
pub fn note_kind(t: &Ui, k: NoteKind) -> String {
    match k {
        NoteKind::GoodPractice => tr!(t, "note-good-practice"),
        NoteKind::Challenge => tr!(t, "note-challenge"),
    }
}

/// Where a piece of guidance comes from: "Victim identification, harm 3, p. 12".
pub fn citation(t: &Ui, c: &Citation) -> String {
    let area = area(t, c.area);
    match c.page {
        Some(page) => tr!(
            t,
            "citation-page",
            area = area,
            number = c.harm_number,
            page = page
        ),
        None => tr!(t, "citation", area = area, number = c.harm_number),
    }
}

/// The warning for a pseudonym that looks like contact details (the
/// library's rule), or None.
pub fn pseudonym_warning(t: &Ui, name: &str) -> Option<String> {
    use crate::save::progress::{looks_like_email, looks_like_phone};
    if looks_like_email(name) {
        Some(tr!(t, "pseudonym-looks-like-email"))
    } else if looks_like_phone(name) {
        Some(tr!(t, "pseudonym-looks-like-phone"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    /// The `"key"` after each `tr!(ui, ` and `said!(` in a Rust source, its
    /// comments left out.
    fn keys_used(source: &str) -> Vec<String> {
        // This module's own text names the macros without using them.
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
                assert!(
                    rest.starts_with('"'),
                    "a key is a literal: {}",
                    &rest[..40.min(rest.len())]
                );
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

    #[test]
    fn every_key_the_game_uses_is_in_the_english_catalogue_and_none_is_unused() {
        let english = crate::i18n::ui::keys(crate::i18n::ui::ftl_source(crate::i18n::Lang::En));
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/game"),
            &mut files,
        );
        let mut used = std::collections::BTreeSet::new();
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            for key in keys_used(&text) {
                assert!(
                    english.contains(&key),
                    "{} uses the key `{key}`, which assets/i18n/en.ftl lacks",
                    f.display()
                );
                used.insert(key);
            }
        }
        assert!(used.len() > 150, "the scan found the keys: {}", used.len());
        let unused: Vec<_> = english.difference(&used).collect();
        assert!(unused.is_empty(), "keys of en.ftl no code uses: {unused:?}");
    }
}
