//! Workshop codes. The facilitator gives the room a short code; a trainee
//! who enters it gets the same person and the same random events as
//! everyone else in the room (the code fixes the seed), and their results
//! carry the code, so the group's results can be compared choice by choice.
//!
//! Also [`simulate`]: scripted runs of a whole room, for testing the report
//! and the facilitator's dashboard without forty laptops.

use crate::save::progress::{Mode, Trainee};
use crate::scenario::check::Checked;
use crate::sim::area::Role;
use crate::sim::engine::Session;
use crate::sim::guide::Guide;
use crate::sim::seed::workshop_seed;
use crate::workshop::records::ResultRecord;
use rand::rngs::Xoshiro256PlusPlus;
use rand::{Rng, RngExt, SeedableRng};
use std::time::{Duration, SystemTime};

/// The letters and digits a new code is made of: no `0`/`O`, `1`/`I`/`L`,
/// which are easily confused when read aloud or from a projector.
pub const CODE_ALPHABET: &str = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// The length of a code made by [`new_code`].
pub const NEW_CODE_LEN: usize = 6;
/// The shortest and longest code [`valid_code`] accepts (after normalising).
pub const CODE_MIN: usize = 4;
pub const CODE_MAX: usize = 12;

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

/// A fresh code of [`NEW_CODE_LEN`] characters from [`CODE_ALPHABET`].
pub fn new_code() -> String {
    let alphabet: Vec<char> = CODE_ALPHABET.chars().collect();
    let mut rng = rand::rng();
    (0..NEW_CODE_LEN)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())])
        .collect()
}

/// What a simulated room produced.
#[derive(Debug, Clone, Default)]
pub struct Simulated {
    pub records: Vec<ResultRecord>,
    /// Runs that did not reach an ending within the step limit (a scenario
    /// that loops), by scenario id and trainee.
    pub unfinished: Vec<String>,
}

/// The most decisions a simulated run makes before it is given up.
pub const SIM_MAX_DECISIONS: usize = 500;

/// Play every scenario once for each of `trainees` simulated trainees of a
/// workshop, as the room would: each run starts with
/// `workshop_seed(code, scenario)`. Each trainee has their own skill (the
/// chance of picking the choice that avoids the most harm; otherwise a
/// random open choice) drawn from a generator seeded by the code, so the
/// same arguments always give the same records, attempt ids included.
/// Trainees start one after another from `start`.
pub fn simulate(
    scenarios: &[Checked],
    guide: &Guide,
    code: &str,
    trainees: usize,
    start: SystemTime,
) -> Simulated {
    let code = normalise_code(code);
    let mut out = Simulated::default();
    for t in 0..trainees {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(
            workshop_seed(&code, "simulated-trainee") ^ (t as u64).wrapping_mul(0x9E37_79B9),
        );
        // Spread skills over the room: from 10% to 95% best choices.
        let skill = 0.10 + 0.85 * rng.random::<f64>();
        let trainee = Trainee {
            name: format!("Trainee {:02}", t + 1),
            role: Role::ALL[t % Role::ALL.len()],
        };
        let mode = if t % 2 == 0 {
            Mode::Coach
        } else {
            Mode::Assessment
        };
        let mut clock = start + Duration::from_secs(t as u64 * 17);
        for checked in scenarios {
            let mut session = Session::start(checked, workshop_seed(&code, checked.id()));
            let started = clock;
            for _ in 0..SIM_MAX_DECISIONS {
                if session.is_ended() {
                    break;
                }
                let pick = pick_choice(&session, &mut rng, skill);
                if session.choose(pick).is_err() {
                    break;
                }
                clock += Duration::from_secs(rng.random_range(20..120));
            }
            clock += Duration::from_secs(rng.random_range(60..240));
            if !session.is_ended() {
                out.unfinished
                    .push(format!("{} ({})", checked.id(), trainee.name));
                continue;
            }
            let started_text = humantime::format_rfc3339_seconds(started).to_string();
            let Ok(mut record) = ResultRecord::from_session_at(
                &session,
                &trainee,
                mode,
                Some(&code),
                &started_text,
                guide,
                clock,
            ) else {
                continue;
            };
            let mut bytes = [0u8; 16];
            rng.fill_bytes(&mut bytes);
            record.attempt = uuid::Builder::from_random_bytes(bytes)
                .into_uuid()
                .to_string();
            out.records.push(record);
        }
    }
    out
}

/// The index of the choice to make: with chance `skill` the open choice
/// with the best harm balance (avoided minus caused severities), else any.
fn pick_choice(session: &Session, rng: &mut Xoshiro256PlusPlus, skill: f64) -> usize {
    let open = session.choices();
    if open.is_empty() {
        return 0;
    }
    if rng.random::<f64>() < skill {
        let node = &session.checked().scenario().nodes[session.node_id()];
        let balance = |i: usize| -> i64 {
            node.choices.get(i).map_or(0, |c| {
                c.avoids.values().sum::<i64>() - c.causes.values().sum::<i64>()
            })
        };
        open.iter()
            .max_by_key(|o| (balance(o.index), std::cmp::Reverse(o.index)))
            .map_or(open[0].index, |o| o.index)
    } else {
        open[rng.random_range(0..open.len())].index
    }
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
}
