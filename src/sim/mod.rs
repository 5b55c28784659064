//! The simulation: the guide's areas, roles and harms ([`area`], [`guide`]),
//! a running session ([`engine`]), and scoring and debrief ([`debrief`]).
//! Plain rules over data: no I/O, no Bevy.

pub mod area;
pub mod debrief;
pub mod engine;
pub mod guide;
pub mod seed;
