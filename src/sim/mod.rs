//! The simulation: a running session ([`engine`]), what it shows and
//! records, rendered on demand ([`transcript`]), the seeds that fix the
//! person and events a run meets ([`seed`]), and scoring and debrief
//! ([`debrief`]). Plain rules over data: no I/O, no Bevy.

pub mod debrief;
pub mod engine;
pub mod seed;
pub mod transcript;
