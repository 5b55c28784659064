//! Result records: one JSON file per finished attempt, kept in
//! `<data dir>/results/<attempt>.json` and written atomically, so a crash
//! or a full disk never damages an earlier record. Also the bundle file a
//! trainee exports for the facilitator, and the import that reads many
//! such files (or whole folders) without ever stopping at a bad one.
//!
//! A run still in progress is not a record: see [`crate::save::progress::InProgress`].
//!
//! Nothing here sends anything anywhere; records leave the machine only
//! through an explicit export.
//!
//! In three steps: the record and its file format ([`ResultRecord`],
//! [`parse`]), the walk over files and folders that reads them
//! ([`collect`], [`load_all`]), and their transfer between machines and
//! folders ([`export_user`], [`import_into`], [`write_each`], `delete_all`).

mod folder;
mod record;
#[cfg(test)]
mod tests;
mod transfer;
mod validate;

pub use folder::{CollectedResults, SkippedFile, collect, load_all};
pub(crate) use folder::{read_capped_to, shown as shown_path};
pub(crate) use record::check_attempt;
pub use record::{
    BUNDLE_FORMAT, ChoiceMade, DecisionVotes, EndingReached, FORMAT_VERSION, JourneyRef,
    RECORD_FORMAT, RecordError, ResultFile, ResultRecord, parse, results_dir,
};
pub(crate) use transfer::CONFLICTS_DIR;
#[cfg(feature = "game")]
pub(crate) use transfer::delete_all;
pub use transfer::{
    Exported, Imported, ResultsBundle, export_bundle, export_user, import_into, in_workshop,
    write_each,
};
pub(crate) use validate::{MAX_STAGES, case_id_problem, journey_id_problem, trainee_problem};
