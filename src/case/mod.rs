//! Case journeys: one person followed through several stage scenarios,
//! each played in a different role, with what happened carried forward.
//!
//! The case file format ([`format`](mod@format)), what a case carries from stage to
//! stage and its conditions (`state`), the checker of a case against a
//! library ([`check`]) and its explorer over the chain of stages
//! ([`chain`]), the set of case files ([`cases`]), a journey being played
//! ([`run`]) and its debrief ([`debrief`]). Plain rules over data, like
//! `sim`: only [`cases`] and [`check::check_case_file`] read files.

pub mod cases;
pub mod chain;
pub mod check;
pub mod debrief;
mod facts;
pub mod format;
pub mod run;
mod state;

pub use cases::{CASES_FOLDER, Cases, case_files, parsed_cases};
pub use chain::{CaseTotals, MAX_CARRIED};
pub use check::{
    CaseCheck, CheckedCase, FACTS, Walk, check_case_file, check_case_file_with, check_case_source,
    check_case_source_with,
};
pub use debrief::{CaseDebrief, CaseScore, Chain, StageDebrief, case_debrief};
pub use format::{Case, Handover, Link, Stage};
pub use run::{CaseError, CaseRun, CaseSave, StageRun};

#[cfg(test)]
mod tests;
