//! The library's English labels the game shows (areas, roles, modes,
//! tones, harm kinds, citations), in the interface's language. The library
//! keeps its English functions for the command line; the game asks here.

use crate::guide::area::{Area, Role};
use crate::guide::{Citation, NoteKind};
use crate::i18n::{Ui, names};
use crate::save::progress::Mode;
use crate::scenario::Tone;
use crate::sim::engine::HarmKind;
use crate::tr;

/// The guide's heading for an area.
pub fn area(t: &Ui, a: Area) -> String {
    names::area(t, a)
}

/// A responder's role.
pub fn role(t: &Ui, r: Role) -> String {
    names::role(t, r)
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
    names::tone(t, tone)
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
    names::citation(t, c)
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
