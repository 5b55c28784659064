//! The game window: Bevy with bevy_egui, as plugins over the simulation
//! library. `state` holds the screens and resources, `actions` the one
//! system that changes them (both tested headlessly), `reload` the hot
//! reload of scenario files, `ui` the screens (one plugin each), `smoke` a
//! scripted playthrough for CI.

/// A [`Said`](state::Said): a message kept as its key and arguments, shown
/// in the language of the moment: `said!("files-not-read", file = name)`.
macro_rules! said {
    ($key:literal) => {
        $crate::game::state::Said { key: $key, args: Vec::new() }
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::game::state::Said {
            key: $key,
            args: vec![$((stringify!($name), $crate::game::state::SaidArg::from($value))),+],
        }
    };
}

pub mod actions;
pub mod journey;
mod pseudo_check;
pub mod reload;
mod smoke;
pub mod state;
pub mod ui;
pub mod words;

use crate::guide::Guide;
use crate::scenario::library::{Library, Source, find_scenarios_dir};
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use reload::ScenarioFolder;
use state::{LiveLibrary, SavedProgress, text_hash};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Load the scenarios: from the folder if there is one (then also the
/// folder to watch), else the bundled copy.
pub fn load_library(dir: Option<PathBuf>) -> Result<(LiveLibrary, Option<ScenarioFolder>), String> {
    let guide =
        Arc::new(Guide::bundled().map_err(|e| format!("the guide catalogue is broken:\n{e}"))?);
    let folder = dir.as_deref().and_then(ScenarioFolder::new);
    let (mut library, note) = Library::open(dir.as_deref(), guide);
    if let Some(note) = note {
        warn!("{note}");
    }
    // A folder that could not be read is not watched.
    let folder = folder.filter(|_| matches!(library.source, Source::Folder(_)));
    library.slim();
    let problems = library.errors().cloned().collect();
    // Remember what was checked, so the asset system's first report of each
    // file does not check it again.
    let hashes = match &library.source {
        Source::Folder(d) => file_hashes(d),
        Source::Bundled => Default::default(),
    };
    Ok((LiveLibrary::new(library, problems, hashes), folder))
}

/// The hash of each scenario file's text in a folder.
fn file_hashes(dir: &Path) -> std::collections::HashMap<PathBuf, u64> {
    crate::scenario::check::scenario_files(dir)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(&f).ok()?;
            let hash = text_hash(&text);
            Some((f, hash))
        })
        .collect()
}

/// The plugins that hold the game's state and apply its actions, without
/// window or drawing: used by the game and by the headless tests. The app
/// must hold a [`LiveLibrary`] and a [`SavedProgress`] (and a
/// [`ScenarioFolder`] to watch, if any).
pub fn headless_plugins(app: &mut App) {
    app.add_plugins((
        state::plugin,
        actions::plugin,
        reload::plugin,
        journey::plugin,
    ));
}

/// Open the game window. Returns when the window closes.
pub fn run(scenarios: Option<PathBuf>) -> ExitCode {
    let started = std::time::Instant::now();
    let dir = scenarios.or_else(find_scenarios_dir);
    let planned_folder = dir.as_deref().and_then(ScenarioFolder::new);
    // Check the scenarios while Bevy starts its window and renderer.
    let loader = std::thread::spawn(move || {
        let t = std::time::Instant::now();
        load_library(dir).map(|x| (x, t.elapsed()))
    });
    let smoke = smoke::SmokeRun::from_env();
    let mut app = App::new();
    add_window_plugins(&mut app, planned_folder.as_ref(), smoke.is_some());
    app.insert_resource(SavedProgress::open(Some(crate::save::files::data_dir())))
        .insert_resource(ui::StartTime(started));
    let ((live, folder), took) = match loader.join() {
        Ok(Ok(x)) => x,
        Ok(Err(e)) => {
            eprintln!("Frontline cannot start: {e}");
            return ExitCode::from(2);
        }
        Err(_) => {
            eprintln!("Frontline cannot start: checking the scenarios failed unexpectedly");
            return ExitCode::from(2);
        }
    };
    info!(
        "frontline: {} scenarios checked in {} ms, ready after {} ms",
        live.library.scenarios.len(),
        took.as_millis(),
        started.elapsed().as_millis()
    );
    app.insert_resource(live);
    if let Some(f) = folder {
        app.insert_resource(f);
    }
    headless_plugins(&mut app);
    app.add_plugins(ui::plugin);
    if let Some(s) = smoke {
        app.insert_resource(s).add_plugins(smoke::plugin);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Bevy's window, renderer and asset server (rooted at the scenarios
/// folder, watched if there is one), redrawn on input only unless a smoke
/// run drives the game.
fn add_window_plugins(app: &mut App, folder: Option<&ScenarioFolder>, continuous: bool) {
    let asset_root = folder
        .and_then(ScenarioFolder::asset_root)
        .unwrap_or_else(|| ".".into());
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    // The name; `ui` sets the title in the interface's language.
                    title: "Frontline".into(),
                    resolution: (1200, 800).into(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: asset_root,
                watch_for_changes_override: Some(folder.is_some()),
                meta_check: bevy::asset::AssetMetaCheck::Never,
                ..default()
            }),
    )
    .insert_resource(ClearColor(Color::srgb(0.96, 0.96, 0.94)))
    .insert_resource(if continuous {
        WinitSettings::continuous()
    } else {
        // Redraw on input only; wake every few seconds to pick up edited scenarios.
        WinitSettings {
            focused_mode: UpdateMode::reactive_low_power(Duration::from_secs(3)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(5)),
        }
    });
}
