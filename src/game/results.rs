//! Where the game meets the workshop records: a finished run becomes a
//! result record on disk; workshop codes fix the seed.

use super::core::{Play, Store};
use crate::save::progress::Trainee;
use crate::sim::area::Role;
use crate::sim::debrief::Debrief;
use crate::sim::engine::Session;
use crate::sim::guide::Guide;
use crate::workshop::records::ResultRecord;
use std::path::Path;

pub use crate::workshop::code::normalise_code;

/// Delete every result record of this user (settings, privacy).
pub fn delete_results(dir: &Path) -> std::io::Result<()> {
    crate::workshop::records::delete_all(dir).map(|_| ())
}

/// Write the record of a finished run, atomically, one file per attempt.
pub fn save_result(
    dir: &Path,
    play: &Play,
    store: &Store,
    session: &Session,
    _debrief: &Debrief,
    guide: &Guide,
) -> Result<(), String> {
    let trainee = store.progress.trainee.clone().unwrap_or(Trainee {
        name: "anonymous".into(),
        role: Role::Police,
    });
    let workshop = play.workshop.clone();
    let mut record = ResultRecord::from_session(
        session,
        &trainee,
        play.mode,
        workshop.as_deref(),
        &play.started,
        guide,
    )
    .map_err(|e| e.to_string())?;
    if uuid::Uuid::parse_str(&play.attempt).is_ok() {
        record.attempt = play.attempt.clone();
    }
    if !play.votes.is_empty() {
        record.set_votes(
            play.votes
                .iter()
                .map(|v| (v.decision, v.counts.clone(), v.followed)),
        );
    }
    record.save(dir).map(|_| ()).map_err(|e| e.to_string())
}
