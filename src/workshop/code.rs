//! Workshop codes. The facilitator gives the room a short code; a trainee
//! who enters it gets the same person and the same random events as
//! everyone else in the room (the code fixes the seed), and their results
//! carry the code, so the group's results can be compared choice by choice.
//! The seed a code fixes is [`workshop_seed`].
//!
//! A simulated room of trainees is in [`crate::workshop::simulate`]
//! (re-exported here as [`simulate`]).

use crate::sim::seed::{random_seed, seed_from_key};
use rand::RngExt;

pub use crate::workshop::simulate::{SimulatedRoom, simulate};

/// The letters and digits a new code is made of: no `0`/`O`, `1`/`I`/`L`,
/// which are easily confused when read aloud or from a projector.
pub(crate) const CODE_ALPHABET: &str = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// The length of a code made by [`new_code`].
pub(crate) const NEW_CODE_LEN: usize = 6;
/// The shortest and longest code [`valid_code`] accepts (after normalising).
pub(crate) const CODE_MIN: usize = 4;
pub(crate) const CODE_MAX: usize = 12;

/// A code as typed, in its one canonical form: trimmed, upper case, with
/// spaces and dashes removed (`" k7q-p2m "` is `K7QP2M`).
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Whether a code (as typed) is usable: 4 to 12 letters A-Z or digits
/// once normalised.
pub fn valid_code(code: &str) -> bool {
    let n = normalise_code(code);
    (CODE_MIN..=CODE_MAX).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Why a code cannot be used, in words for the trainee; None if it can.
pub fn code_problem(code: &str) -> Option<String> {
    let n = normalise_code(code);
    if n.is_empty() {
        Some("Please enter the workshop code your facilitator gave you.".into())
    } else if !n.chars().all(|c| c.is_ascii_alphanumeric()) {
        Some("A workshop code has only letters A to Z and digits.".into())
    } else if n.len() < CODE_MIN || n.len() > CODE_MAX {
        Some(format!(
            "A workshop code has {CODE_MIN} to {CODE_MAX} letters and digits; this one has {}.",
            n.len()
        ))
    } else {
        None
    }
}

/// The seed of a scenario for a workshop: fixed by the normalised code and
/// the scenario id, so the whole room meets the same person and events.
pub fn workshop_seed(code: &str, scenario_id: &str) -> u64 {
    seed_from_key(&format!("{}/{}", normalise_code(code), scenario_id))
}

/// The seed of a new run: fixed by the workshop code when there is one,
/// fresh otherwise. The game starts every run with it.
pub fn seed_for(scenario_id: &str, workshop: Option<&str>) -> u64 {
    match workshop {
        Some(code) => workshop_seed(code, scenario_id),
        None => random_seed(),
    }
}

/// A fresh code of 6 characters from an alphabet without the letters and
/// digits easily confused when read aloud (`0`/`O`, `1`/`I`/`L`).
pub fn new_code() -> String {
    let alphabet: Vec<char> = CODE_ALPHABET.chars().collect();
    let mut rng = rand::rng();
    (0..NEW_CODE_LEN)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_normalise_and_validate() {
        assert_eq!(normalise_code("  k7q-p2m "), "K7QP2M");
        assert_eq!(normalise_code("ab cd\tef"), "ABCDEF");
        assert!(valid_code("k7q-p2m"));
        assert!(valid_code("ABCD"));
        assert!(!valid_code("ABC"));
        assert!(!valid_code("ABCDEFGHJKMNP"));
        assert!(!valid_code("AB_CD"));
        assert!(!valid_code("ÄBCD"));
        assert!(!valid_code(""));
        assert!(code_problem("k7q p2m").is_none());
        assert!(code_problem("ab").unwrap().contains("this one has 2"));
        assert!(code_problem("").is_some());
        assert!(code_problem("AB!CD").unwrap().contains("letters"));
    }

    #[test]
    fn new_codes_are_valid_and_unambiguous() {
        for _ in 0..200 {
            let c = new_code();
            assert_eq!(c.len(), NEW_CODE_LEN);
            assert!(valid_code(&c), "{c}");
            assert!(!c.contains(['0', 'O', '1', 'I', 'L']), "{c}");
        }
    }

    #[test]
    fn workshop_seeds_are_pinned_and_ignore_how_the_code_was_typed() {
        // Pinned: a change here would give rooms different variants than
        // an earlier version of Frontline did.
        let s = workshop_seed("K7QP2M", "tiny");
        assert_eq!(s, crate::sim::seed::seed_from_key("K7QP2M/tiny"));
        assert_eq!(workshop_seed(" k7q-p2m ", "tiny"), s);
        assert_ne!(workshop_seed("K7QP2M", "other"), s);
        assert_ne!(workshop_seed("K7QP2N", "tiny"), s);
        assert!(s < crate::sim::seed::SEED_LIMIT);
    }

    #[test]
    fn a_run_s_seed_follows_the_workshop_code_or_is_fresh_below_the_limit() {
        assert_eq!(
            seed_for("tiny", Some("ABCD23")),
            workshop_seed("ABCD23", "tiny")
        );
        for _ in 0..1000 {
            assert!(seed_for("tiny", None) < crate::sim::seed::SEED_LIMIT);
        }
    }
}
