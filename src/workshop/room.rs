//! Group play: the room votes at each decision and the game follows the
//! majority, or the facilitator's pick.

/// The choice the room's majority voted for, as a choice number (1-based).
/// `counts[i]` is the number of votes for choice `i + 1`. A tie goes to the
/// lowest choice number; with no votes at all it is choice 1.
pub(crate) fn majority(counts: &[u32]) -> usize {
    counts
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, std::cmp::Reverse(*i)))
        .map_or(1, |(i, _)| i + 1)
}

/// The choice a group run takes: the facilitator's pick if there is one,
/// else the majority.
#[cfg_attr(not(feature = "game"), allow(dead_code, reason = "used by the game"))]
pub(crate) fn followed(counts: &[u32], pick: Option<usize>) -> usize {
    pick.unwrap_or_else(|| majority(counts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_votes_win() {
        assert_eq!(majority(&[1, 5, 2]), 2);
        assert_eq!(majority(&[0, 0, 3]), 3);
    }

    #[test]
    fn a_tie_goes_to_the_lowest_number() {
        assert_eq!(majority(&[2, 4, 4]), 2);
        assert_eq!(majority(&[3, 3, 3]), 1);
    }

    #[test]
    fn no_votes_is_choice_one() {
        assert_eq!(majority(&[]), 1);
        assert_eq!(majority(&[0, 0]), 1);
    }

    #[test]
    fn the_facilitator_pick_overrides_the_majority() {
        assert_eq!(followed(&[9, 0, 1], Some(3)), 3);
        assert_eq!(followed(&[9, 0, 1], None), 1);
    }
}
