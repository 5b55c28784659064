// TODO-REPLACE: temporary until records.rs lands
use super::core::{Play, Store};
use crate::debrief::Debrief;
use crate::engine::Session;
use crate::guide::Guide;
use std::path::Path;
pub fn workshop_seed(_code: &str, _scenario: &str) -> u64 {
    1
}
pub fn normalise_code(c: &str) -> String {
    c.trim().to_uppercase()
}
pub fn delete_results(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
pub fn save_result(
    _dir: &Path,
    _play: &Play,
    _store: &Store,
    _s: &Session,
    _d: &Debrief,
    _g: &Guide,
) -> std::io::Result<()> {
    Ok(())
}
