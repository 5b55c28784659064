//! Frontline: a do-no-harm training simulation for the people who meet
//! victims of human trafficking first.
//!
//! The library is plain Rust and knows nothing of Bevy: the scenario
//! format ([`scenario`]), loading and checking ([`check`]), the running
//! session ([`engine`]), scoring and debrief ([`debrief`]). The game window
//! (feature `game`) and the command line sit on top.

pub mod area;
pub mod bench;
pub mod check;
pub mod compile;
pub mod debrief;
pub mod diag;
pub mod engine;
pub mod explore;
pub mod expr;
#[cfg(feature = "game")]
pub mod game;
pub mod guide;
pub mod library;
pub mod locate;
pub mod progress;
pub mod records;
pub mod report;
pub mod scenario;
pub mod store;
pub mod text;
pub mod workshop;
pub mod xapi;

pub use area::{Area, Role};
pub use check::{Checked, check_file, check_source};
pub use debrief::{Debrief, Score, debrief, score};
pub use diag::{Diagnostic, Severity};
pub use engine::{HarmKind, HarmRecord, Session, SessionSave};
pub use guide::Guide;
pub use library::Library;
