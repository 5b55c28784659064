//! The scenario map's actions: open the map of a file, follow its edits,
//! and play a test run from one of its nodes. The layout, the file's
//! problems and the way to a node are the library's (`scenario::map`).

use super::Game;
use crate::game::state::{LiveLibrary, MapShown, Play, Screen, text_hash};
use crate::scenario::map::{of_source, reaching};
use crate::sim::engine::Session;
use bevy::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Show the map of `file` (a scenario of the library, or a file among the
/// problems).
pub(super) fn open(g: &mut Game, file: PathBuf) {
    lay_out(&mut g.map, &g.library, &file);
    NextState::set_if_neq(&mut g.next, Screen::Map);
}

/// Read `file` (from the library's folder, or the bundled copy), check it
/// and lay out its map.
fn lay_out(shown: &mut MapShown, live: &LiveLibrary, file: &Path) {
    let text = match live.library.source_of(file) {
        Ok(text) => text,
        Err(e) => {
            *shown = MapShown {
                file: Some(file.to_path_buf()),
                message: Some(said!(
                    "map-unreadable",
                    file = file.display().to_string(),
                    reason = e.to_string()
                )),
                ..Default::default()
            };
            return;
        }
    };
    let found = of_source(&text, file, live.guide());
    let message = found
        .map
        .is_none()
        .then(|| said!("map-does-not-compile", file = file.display().to_string()));
    *shown = MapShown {
        file: Some(file.to_path_buf()),
        hash: text_hash(&text),
        map: found.map.map(Arc::new),
        errors: found
            .report
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect(),
        checked: found.report.checked,
        message,
    };
}

/// The map follows hot reload: when the file's text changed since it was
/// laid out (its hash in the live library differs), lay it out again.
pub(super) fn follow_reload(live: Res<LiveLibrary>, mut shown: ResMut<MapShown>) {
    if !live.is_changed() {
        return;
    }
    let Some(file) = shown.file.clone() else {
        return;
    };
    if live.hashes.get(&file).is_some_and(|h| *h != shown.hash) {
        lay_out(&mut shown, &live, &file);
        info!("map laid out again: {}", file.display());
    }
}

/// Start a test run at `node` with the variables of a shortest run that
/// reaches it from the profile the seed picks (or another profile if that
/// one never gets there).
pub(super) fn play_from(g: &mut Game, node: String) {
    let Some(checked) = g.map.checked.clone() else {
        g.play.error = Some(said!("map-play-needs-clean-file"));
        return;
    };
    let c = &checked.compiled;
    let Some(&index) = c.node_index.get(&node) else {
        return;
    };
    let seed = crate::sim::seed::random_seed();
    let profile = Session::start(&checked, seed).profile();
    let Some(reach) = reaching(c, index, profile) else {
        g.play.error = Some(said!("map-play-unreachable", node = node.as_str()));
        return;
    };
    let session = Session::start_at(&checked, seed, index, reach.vars);
    let play: &mut Play = &mut g.play;
    play.attempt = String::new();
    play.started = String::new();
    play.mode = crate::save::progress::Mode::Coach;
    play.workshop = None;
    play.paused = false;
    play.feedback = None;
    play.debrief = None;
    play.votes.clear();
    play.pending = None;
    play.session = Some(session);
    play.from_map = Some(node);
    g.next.set(Screen::Play);
}

/// Leave a test run for the map.
pub(super) fn end_test_run(g: &mut Game) {
    g.play.session = None;
    g.play.from_map = None;
    g.play.feedback = None;
    g.play.paused = false;
    g.next.set(Screen::Map);
}
