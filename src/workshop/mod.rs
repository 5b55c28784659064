//! Workshops: workshop codes ([`code`]), case journeys handed from trainee
//! to trainee ([`handover`]), the room's votes in group play
//! (`room`), the result record of a finished attempt and its files
//! ([`records`]), the group report ([`report`]), xAPI statements for a
//! learning record store ([`xapi`]) and sending them to one ([`lrs`]), and
//! simulated rooms for testing ([`simulate`]).

pub mod code;
pub mod handover;
pub mod lrs;
pub mod records;
pub mod report;
pub(crate) mod room;
pub(crate) mod shown;
pub mod simulate;
pub mod xapi;
