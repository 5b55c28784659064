//! The simulation: a running session ([`engine`]), the seeds that fix the
//! person and events a run meets ([`seed`]), and scoring and debrief
//! ([`debrief`]). Plain rules over data: no I/O, no Bevy.

pub mod debrief;
pub mod engine;
pub mod seed;
