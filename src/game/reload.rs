//! Scenarios and their translations through Bevy's asset system, so that a
//! facilitator's or a translator's edit is seen while the game runs. A
//! broken scenario is shown with the checker's messages and the last good
//! version stays playable; a broken translation shows English and is listed.

use super::state::{LiveLibrary, text_hash};
use crate::scenario::check::check_source;
use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, LoadedFolder};
use bevy::prelude::*;
use std::path::{Path, PathBuf};

/// A scenario file's text, as loaded; checked by `apply_changes`.
#[derive(Asset, TypePath, Debug)]
struct SourceText {
    text: String,
}

/// Loads scenario (`.ron`) and translation (`.po`) files as text; the
/// systems below tell them apart by their extension.
#[derive(Default, TypePath)]
struct TextLoader;

impl AssetLoader for TextLoader {
    type Asset = SourceText;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<SourceText, std::io::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        // Invalid UTF-8 is kept as text with replacement characters; the
        // checker then reports the place.
        Ok(SourceText {
            text: String::from_utf8_lossy(&bytes).into_owned(),
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron", "po"]
    }
}

/// The scenarios folder being watched: the asset root itself, so that the
/// file watcher watches only it (not, say, a project folder with a
/// `target/` inside).
#[derive(Resource)]
pub struct ScenarioFolder {
    /// The folder's path on disk.
    pub(crate) disk: PathBuf,
    /// Keeps the folder's files loaded, and so watched.
    handle: Option<Handle<LoadedFolder>>,
}

impl ScenarioFolder {
    /// The folder, if it exists.
    pub(crate) fn new(disk: &Path) -> Option<ScenarioFolder> {
        std::fs::canonicalize(disk).ok()?;
        Some(ScenarioFolder {
            disk: disk.to_path_buf(),
            handle: None,
        })
    }

    /// The asset root for the folder: its canonical path.
    pub(crate) fn asset_root(&self) -> Option<String> {
        std::fs::canonicalize(&self.disk)
            .ok()
            .map(|p| p.to_string_lossy().into_owned())
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<SourceText>()
        .register_asset_loader(TextLoader)
        .add_systems(Startup, load_folder)
        .add_systems(Update, (apply_changes, apply_translations));
}

fn load_folder(server: Res<AssetServer>, folder: Option<ResMut<ScenarioFolder>>) {
    if let Some(mut f) = folder {
        // The folder is the asset root: its path inside the root is empty.
        f.handle = Some(server.load_folder(""));
    }
}

/// Re-check every added or changed scenario file.
fn apply_changes(
    mut events: MessageReader<AssetEvent<SourceText>>,
    sources: Res<Assets<SourceText>>,
    server: Res<AssetServer>,
    folder: Option<Res<ScenarioFolder>>,
    mut live: ResMut<LiveLibrary>,
    mut journeys: Option<ResMut<crate::game::journey::Journeys>>,
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
        if path.path().extension().is_none_or(|e| e != "ron") {
            continue;
        }
        // Only the folder's own files are scenarios; a case file
        // (`cases/<id>.ron`) has the cases checked again.
        if let Some(sub) = path.path().parent().filter(|p| !p.as_os_str().is_empty()) {
            if sub == Path::new(crate::case::CASES_FOLDER)
                && let Some(j) = journeys.as_mut()
            {
                j.case_file_changed(&folder.disk.join(path.path()), &source.text);
            }
            continue;
        }
        let file_name = path
            .path()
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_default();
        let disk = folder.disk.join(&file_name);
        apply_source(&mut live, &disk, &source.text);
    }
}

/// Read again every added or changed translation file, and show the run in
/// progress with the new texts.
fn apply_translations(
    mut events: MessageReader<AssetEvent<SourceText>>,
    sources: Res<Assets<SourceText>>,
    server: Res<AssetServer>,
    folder: Option<Res<ScenarioFolder>>,
    mut live: ResMut<LiveLibrary>,
    mut play: ResMut<crate::game::state::Play>,
) {
    let Some(folder) = folder else {
        events.clear();
        return;
    };
    let mut changed = false;
    for event in events.read() {
        let (AssetEvent::Added { id } | AssetEvent::Modified { id }) = event else {
            continue;
        };
        let (Some(source), Some(path)) = (sources.get(*id), server.get_path(*id)) else {
            continue;
        };
        if path.path().extension().is_none_or(|e| e != "po") {
            continue;
        }
        // The path inside the folder: `th/port-inspection.po`.
        let disk = folder.disk.join(path.path());
        let hash = text_hash(&source.text);
        if live.hashes.get(&disk) == Some(&hash) {
            continue;
        }
        live.hashes.insert(disk.clone(), hash);
        let is_guide =
            crate::i18n::translations::name_parts(&disk).is_some_and(|(id, _)| id == "guide");
        if is_guide {
            live.localized
                .translations
                .add_guide_file(&disk, &source.text);
        } else {
            live.localized
                .translations
                .add_scenario(&disk, &source.text);
        }
        info!("translation reloaded: {}", disk.display());
        changed = true;
    }
    if changed {
        live.refresh();
        crate::game::actions::retranslate(&mut play, &live);
    }
}

/// Check one scenario's text and put it into the library, or report why
/// not. Unchanged text is left alone.
fn apply_source(live: &mut LiveLibrary, file: &Path, text: &str) {
    let hash = text_hash(text);
    if live.hashes.get(file) == Some(&hash) {
        return;
    }
    live.hashes.insert(file.to_path_buf(), hash);
    let report = check_source(text, file, &live.library.guide);
    live.problems.retain(|d| d.file != file);
    match report.checked {
        Some(mut checked) => {
            checked.slim();
            match live.localized.english.put(checked) {
                Ok(()) => {
                    live.refresh();
                    info!("scenario reloaded: {}", file.display());
                }
                Err(d) => {
                    warn!("scenario {} not used: {}", file.display(), d.message);
                    live.problems.push(d);
                }
            }
        }
        None => {
            live.problems
                .extend(report.diagnostics.into_iter().filter(|d| d.is_error()));
            warn!(
                "scenario {} has errors; keeping the last good version",
                file.display()
            );
        }
    }
}
