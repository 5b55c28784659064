//! Frontline: a do-no-harm training simulation for the people who meet
//! victims of human trafficking first.
//!
//! The library is plain Rust and knows nothing of Bevy: the guide as data
//! ([`guide`]), the scenario format and its checker ([`scenario`]), the
//! simulation ([`sim`]), workshops ([`workshop`]) and what is saved on disk
//! ([`save`]). The command line ([`cli`]) and the game window (`game`,
//! behind the feature `game`) sit on top. `docs/architecture.md` is the map.

pub mod bench;
pub mod case;
pub mod cli;
#[cfg(feature = "game")]
pub mod game;
pub mod guide;
pub mod i18n;
pub mod save;
pub mod scenario;
pub mod sim;
pub mod workshop;

pub use guide::Guide;
pub use guide::area::{Area, Role};
pub use scenario::check::{Checked, check_file, check_source};
pub use scenario::diag::{Diagnostic, Severity};
pub use scenario::library::Library;
pub use sim::debrief::{Debrief, Score, debrief, score};
pub use sim::engine::{HarmKind, HarmRecord, Session, SessionSave};
