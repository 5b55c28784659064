//! Workshops: workshop codes and simulated rooms ([`code`]), the result
//! record of a finished attempt and its files ([`records`]), the group
//! report ([`report`]), and xAPI statements for a learning record store
//! ([`xapi`]).

pub mod code;
pub mod records;
pub mod report;
pub mod room;
pub mod xapi;
