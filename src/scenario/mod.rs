//! The scenario format and its checker: the RON types a facilitator
//! writes ([`format`](mod@format)), the condition language ([`expr`]),
//! where things are in a file (`locate`), the messages an author reads
//! ([`diag`]), the compilation into a playable form ([`compile`]), the walk
//! over every reachable situation ([`explore`]), the checks of a file
//! ([`check`]) with its design warnings ([`lint`]), the map of a scenario
//! for authors ([`map`]), and the set of scenarios the game and the command
//! line use ([`library`]).

pub mod check;
pub mod compile;
pub mod diag;
pub mod explore;
pub mod expr;
pub mod format;
pub(crate) mod hints;
pub mod library;
pub mod lint;
pub(crate) mod locate;
pub mod map;

pub use format::*;
