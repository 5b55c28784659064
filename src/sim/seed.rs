//! Seeds: which person and which random events a run meets. One rule for
//! every way a run starts (the game, `play`, a workshop code): a seed is a
//! number below [`SEED_LIMIT`], short to type (`frontline run ID --seed N`)
//! and exact in any JSON reader. A fresh run gets [`random_seed`]; a
//! workshop code fixes the seed through [`seed_from_key`] (see
//! `workshop::code::workshop_seed`); a stage of a case journey through
//! [`stage_seed`].

/// Every seed Frontline chooses is below this (nine digits at most).
/// `run --seed` still accepts any `u64` a user types.
pub const SEED_LIMIT: u64 = 1_000_000_000;

/// A fresh seed for a run.
pub fn random_seed() -> u64 {
    rand::random::<u64>() % SEED_LIMIT
}

/// The seed fixed by a key: FNV-1a over its bytes, below [`SEED_LIMIT`].
/// The hash is written out here, so the seed is the same on every platform
/// and in every version of Frontline.
pub fn seed_from_key(key: &str) -> u64 {
    fnv1a(key.as_bytes()) % SEED_LIMIT
}

/// The seed of stage `stage` (0-based) of the case `case` played with the
/// seed `case_seed`: fixed by the key `CASE/STAGE/SEED` (the stage counted
/// from 1), so a case seed gives the same person and events in every stage
/// on every machine, and each stage its own.
pub fn stage_seed(case: &str, stage: usize, case_seed: u64) -> u64 {
    seed_from_key(&format!("{case}/{}/{case_seed}", stage + 1))
}

/// FNV-1a, 64 bits: a fixed hash, so that seeds and the shuffled order of
/// choices never change between builds or platforms.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn every_seed_is_below_the_limit() {
        for _ in 0..1000 {
            assert!(random_seed() < SEED_LIMIT);
        }
        assert_eq!(
            seed_from_key("K7QP2M/tiny"),
            fnv1a(b"K7QP2M/tiny") % SEED_LIMIT
        );
        assert!(seed_from_key("K7QP2M/tiny") < SEED_LIMIT);
    }

    #[test]
    fn stage_seeds_are_pinned_and_differ_by_stage() {
        assert_eq!(stage_seed("journey", 0, 7), seed_from_key("journey/1/7"));
        assert_ne!(stage_seed("journey", 1, 7), stage_seed("journey", 0, 7));
        assert!(stage_seed("journey", 4, u64::MAX) < SEED_LIMIT);
    }
}
