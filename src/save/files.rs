//! The user's data folder and safe writes: every file is written to a
//! temporary file in the same folder, flushed to disk, then renamed over
//! the old one, so a crash or a full disk leaves the old file whole.
//! A file that cannot be read is set aside under a new name, never deleted.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where Frontline keeps progress, settings and results: `FRONTLINE_DATA`
/// if set, else the platform's user data folder (on Linux
/// `~/.local/share/frontline`).
pub fn data_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("FRONTLINE_DATA") {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("org", "Frontline", "frontline")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("frontline-data"))
}

/// Write bytes atomically: temporary file, flush, sync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Write a value as pretty JSON, atomically.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let bytes = serde_json::to_vec_pretty(value).map_err(std::io::Error::other)?;
    write_atomic(path, &bytes)
}

/// What reading a stored file gave.
#[derive(Debug)]
pub(crate) enum Loaded<T> {
    /// There was no file yet.
    Missing,
    Ok(T),
    /// The file could not be read; it was moved to `set_aside` and kept.
    Corrupt {
        set_aside: PathBuf,
        reason: String,
    },
}

/// Read a JSON file; a corrupt one is renamed (kept) and reported.
pub(crate) fn read_json<T: DeserializeOwned>(path: &Path) -> Loaded<T> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::Missing,
        Err(e) => {
            return Loaded::Corrupt {
                set_aside: path.to_path_buf(),
                reason: format!("cannot read it: {e}"),
            };
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(v) => Loaded::Ok(v),
        Err(e) => {
            let set_aside = set_aside_name(path);
            let reason = e.to_string();
            match fs::rename(path, &set_aside) {
                Ok(()) => Loaded::Corrupt { set_aside, reason },
                Err(_) => Loaded::Corrupt {
                    set_aside: path.to_path_buf(),
                    reason,
                },
            }
        }
    }
}

/// A free name beside `path` for a file that could not be read.
fn set_aside_name(path: &Path) -> PathBuf {
    let stem = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    (0..)
        .map(|i| {
            if i == 0 {
                dir.join(format!("{stem}.corrupt-{stamp}"))
            } else {
                dir.join(format!("{stem}.corrupt-{stamp}-{i}"))
            }
        })
        .find(|p| !p.exists())
        .expect("some name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_files_are_set_aside_not_lost() {
        let dir = std::env::temp_dir().join(format!("frontline-store-{}", uuid::Uuid::new_v4()));
        let file = dir.join("progress.json");
        write_json(&file, &vec![1, 2, 3]).unwrap();
        assert!(matches!(read_json::<Vec<i32>>(&file), Loaded::Ok(v) if v == vec![1, 2, 3]));
        fs::write(&file, b"{ not json").unwrap();
        match read_json::<Vec<i32>>(&file) {
            Loaded::Corrupt { set_aside, .. } => {
                assert_eq!(fs::read(&set_aside).unwrap(), b"{ not json");
                assert!(!file.exists());
            }
            other => panic!("expected corrupt, got {other:?}"),
        }
        assert!(matches!(read_json::<Vec<i32>>(&file), Loaded::Missing));
        fs::remove_dir_all(dir).unwrap();
    }
}
