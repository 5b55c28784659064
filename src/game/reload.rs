//! Scenarios through Bevy's asset system, so that a facilitator's edit is
//! seen while the game runs. A broken edit is shown with the checker's
//! messages and the last good version stays playable.

use super::core::Catalog;
use crate::scenario::check::check_source;
use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, LoadedFolder};
use bevy::prelude::*;
use std::path::{Path, PathBuf};

/// A scenario file's text, as loaded; checked by [`apply_changes`].
#[derive(Asset, TypePath, Debug)]
pub struct ScenarioSource {
    pub text: String,
}

#[derive(Default, TypePath)]
pub struct ScenarioLoader;

impl AssetLoader for ScenarioLoader {
    type Asset = ScenarioSource;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<ScenarioSource, std::io::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        // Invalid UTF-8 is kept as text with replacement characters; the
        // checker then reports the place.
        Ok(ScenarioSource {
            text: String::from_utf8_lossy(&bytes).into_owned(),
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// The folder being watched, relative to the asset root.
#[derive(Resource)]
pub struct ScenarioFolder {
    /// The folder's path on disk, for messages.
    pub disk: PathBuf,
    /// The folder's name inside the asset root.
    pub asset_path: String,
    pub handle: Option<Handle<LoadedFolder>>,
}

pub fn plugin(app: &mut App) {
    app.init_asset::<ScenarioSource>()
        .register_asset_loader(ScenarioLoader)
        .add_systems(Startup, load_folder)
        .add_systems(Update, apply_changes);
}

fn load_folder(server: Res<AssetServer>, folder: Option<ResMut<ScenarioFolder>>) {
    if let Some(mut f) = folder {
        f.handle = Some(server.load_folder(f.asset_path.clone()));
    }
}

/// Re-check every added or changed scenario file.
pub fn apply_changes(
    mut events: MessageReader<AssetEvent<ScenarioSource>>,
    sources: Res<Assets<ScenarioSource>>,
    server: Res<AssetServer>,
    folder: Option<Res<ScenarioFolder>>,
    mut catalog: ResMut<Catalog>,
) {
    let Some(folder) = folder else {
        events.clear();
        return;
    };
    for event in events.read() {
        let (AssetEvent::Added { id } | AssetEvent::Modified { id }) = event else {
            continue;
        };
        let Some(source) = sources.get(*id) else {
            continue;
        };
        let Some(path) = server.get_path(*id) else {
            continue;
        };
        let file_name = path
            .path()
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_default();
        let disk = folder.disk.join(&file_name);
        apply_source(&mut catalog, &disk, &source.text);
    }
}

/// Check one scenario's text and put it into the catalogue, or report why
/// not. Unchanged text is left alone.
pub fn apply_source(catalog: &mut Catalog, file: &Path, text: &str) {
    let hash = super::core::text_hash(text);
    if catalog.sources.get(file) == Some(&hash) {
        return;
    }
    catalog.sources.insert(file.to_path_buf(), hash);
    let guide = catalog.library.guide.clone();
    let report = check_source(text, file, &guide);
    let same_file = |d: &crate::scenario::diag::Diagnostic| d.file == file;
    match report.checked {
        Some(mut checked) => {
            checked.slim();
            catalog.problems.retain(|d| !same_file(d));
            if let Err(d) = catalog.library.put(checked) {
                warn!("scenario {} not used: {}", file.display(), d.message);
                catalog.problems.push(d);
                catalog.generation += 1;
                return;
            }
            info!("scenario reloaded: {}", file.display());
            catalog.generation += 1;
        }
        None => {
            catalog.problems.retain(|d| !same_file(d));
            catalog
                .problems
                .extend(report.diagnostics.into_iter().filter(|d| d.is_error()));
            warn!(
                "scenario {} has errors; keeping the last good version",
                file.display()
            );
            catalog.generation += 1;
        }
    }
}
