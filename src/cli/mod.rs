//! The command line: plain-text rendering for the terminal ([`terminal`]).

pub mod terminal;
