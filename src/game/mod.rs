//! The game window: Bevy with bevy_egui, as plugins over the simulation
//! library. `core` holds state and actions (tested headlessly), `reload`
//! the hot reload of scenario files, `ui` the screens, `smoke` a scripted
//! playthrough for CI.

pub mod core;
pub mod reload;
pub mod results;
pub mod smoke;
pub mod ui;

use crate::scenario::library::{Library, Source, find_scenarios_dir};
use crate::sim::guide::Guide;
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use core::{Catalog, Store};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Load the catalogue: from the folder if there is one, else the bundled copy.
pub fn load_catalog(
    dir: Option<PathBuf>,
) -> Result<(Catalog, Option<reload::ScenarioFolder>), String> {
    let guide =
        Arc::new(Guide::bundled().map_err(|e| format!("the guide catalogue is broken:\n{e}"))?);
    let folder = dir.as_deref().and_then(folder_for_assets);
    let (library, note) = Library::open(dir.as_deref(), guide);
    if let Some(note) = note {
        warn!("{note}");
    }
    // A folder that could not be read is not watched.
    let folder = folder.filter(|_| matches!(library.source, Source::Folder(_)));
    let mut library = library;
    library.slim();
    let problems = library.errors().cloned().collect();
    // Remember what was checked, so the asset system's first report of each
    // file does not check it again.
    let sources = match &library.source {
        Source::Folder(d) => crate::scenario::check::scenario_files(d)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|f| {
                let text = std::fs::read_to_string(&f).ok()?;
                Some((f, core::text_hash(&text)))
            })
            .collect(),
        Source::Bundled => Default::default(),
    };
    Ok((
        Catalog {
            library,
            problems,
            generation: 0,
            sources,
        },
        folder,
    ))
}

/// The scenarios folder is the asset root itself, so that the file watcher
/// watches only it (not, say, a project folder with a `target/` inside).
fn folder_for_assets(dir: &std::path::Path) -> Option<reload::ScenarioFolder> {
    std::fs::canonicalize(dir).ok()?;
    Some(reload::ScenarioFolder {
        disk: dir.to_path_buf(),
        asset_path: String::new(),
        handle: None,
    })
}

/// The asset root for a scenarios folder: the folder itself.
pub fn asset_root(folder: &reload::ScenarioFolder) -> Option<String> {
    std::fs::canonicalize(&folder.disk)
        .ok()
        .map(|p| p.to_string_lossy().into_owned())
}

/// The plugins that hold the game's state, without window or drawing: used
/// by the game and by the headless tests.
pub fn core_plugins(app: &mut App) {
    app.add_plugins((core::plugin, reload::plugin));
}

/// Open the game window. Returns when the window closes.
pub fn run(scenarios: Option<PathBuf>) -> ExitCode {
    let started = std::time::Instant::now();
    let dir = scenarios.or_else(find_scenarios_dir);
    let planned_folder = dir.as_deref().and_then(folder_for_assets);
    // Check the scenarios while Bevy starts its window and renderer.
    let loader = std::thread::spawn(move || {
        let t = std::time::Instant::now();
        load_catalog(dir).map(|x| (x, t.elapsed()))
    });
    let smoke = smoke::SmokeRun::from_env();
    let asset_root = planned_folder
        .as_ref()
        .and_then(asset_root)
        .unwrap_or_else(|| ".".into());
    let data_dir = crate::save::files::data_dir();
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Frontline: do-no-harm training".into(),
                    resolution: (1200, 800).into(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: asset_root,
                watch_for_changes_override: Some(planned_folder.is_some()),
                meta_check: bevy::asset::AssetMetaCheck::Never,
                ..default()
            }),
    )
    .insert_resource(ClearColor(Color::srgb(0.96, 0.96, 0.94)))
    .insert_resource(if smoke.is_some() {
        WinitSettings::continuous()
    } else {
        // Redraw on input only; wake every few seconds to pick up edited scenarios.
        WinitSettings {
            focused_mode: UpdateMode::reactive_low_power(Duration::from_secs(3)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(5)),
        }
    })
    .insert_resource(Store::open(Some(data_dir)))
    .insert_resource(ui::StartTime(started));
    let ((catalog, folder), took) = match loader.join() {
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
        catalog.library.scenarios.len(),
        took.as_millis(),
        started.elapsed().as_millis()
    );
    app.insert_resource(catalog);
    if let Some(f) = folder {
        app.insert_resource(f);
    }
    core_plugins(&mut app);
    app.add_plugins(ui::plugin);
    if let Some(s) = smoke {
        app.insert_resource(s).add_plugins(smoke::plugin);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Whether the scenarios came from a folder (and so can be edited live).
pub fn is_live(catalog: &Catalog) -> bool {
    matches!(catalog.library.source, Source::Folder(_))
}
