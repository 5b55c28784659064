//! The guide as data, which every other part of Frontline refers to: the
//! guide's five thematic areas, its 27 harm ids and the responders' roles
//! ([`area`]), and the catalogue of the harms with their guidance, page
//! citations and the key concepts ([`Guide`], from
//! `assets/guide/guide.ron`, built into the binary).

pub mod area;
mod catalogue;

pub use catalogue::*;
