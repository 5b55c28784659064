//! The user's data folder and safe writes: every file is written to a
//! temporary file in the same folder, flushed to disk, then renamed over
//! the old one, so a crash or a full disk leaves the old file whole.
//! A file that cannot be read is set aside under a new name, never deleted.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

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

/// A temporary file beside `path`, unique to this process and this write
/// (two threads writing one file never share it): `.<name>.<pid>-<n>.tmp`.
fn temporary_for(path: &Path) -> std::io::Result<(PathBuf, fs::File)> {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
    let file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    Ok((tmp, file))
}

/// Make a rename or link in `dir` durable where the platform allows it.
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Write bytes atomically: temporary file, flush, sync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let (tmp, mut f) = temporary_for(path)?;
    let result = (|| {
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Write bytes to `path` only if no file is there yet, atomically and
/// exclusively: the whole file appears at once or not at all, and of two
/// writers (threads or processes) exactly one creates it; the other gets
/// `AlreadyExists`. (A hard link from a temporary file, which fails when
/// the name is taken; where links are not supported, an exclusive create.)
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    // `AlreadyExists` is kept for the file itself: a folder in the way is
    // another failure.
    let (tmp, mut f) = temporary_for(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => std::io::Error::other(e),
        _ => e,
    })?;
    let written = f.write_all(bytes).and_then(|()| f.sync_all());
    drop(f);
    let result = written.and_then(|()| match fs::hard_link(&tmp, path) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            let mut out = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)?;
            out.write_all(bytes).and_then(|()| out.sync_all())
        }
        other => other,
    });
    let _ = fs::remove_file(&tmp);
    if result.is_ok() {
        sync_dir(dir);
    }
    result
}

/// How old a temporary file must be to count as left by a killed write
/// (a write takes seconds).
const STALE_AFTER: Duration = Duration::from_secs(15 * 60);

/// Remove the temporary files that killed writes left in the data folder
/// and in each folder directly inside it (`results`, `conflicts`,
/// `reports`: `.<name>.<pid>[-<n>].tmp`, untouched for 15 minutes). Call
/// it at start: the command line and the game do. Returns the files
/// removed.
pub fn remove_stale_temporaries(data_dir: &Path) -> Vec<PathBuf> {
    let subfolders = fs::read_dir(data_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path());
    let dirs: Vec<PathBuf> = std::iter::once(data_dir.to_path_buf())
        .chain(subfolders)
        .collect();
    remove_stale_in(&dirs, STALE_AFTER)
}

pub(crate) fn remove_stale_in(dirs: &[PathBuf], older_than: Duration) -> Vec<PathBuf> {
    let now = SystemTime::now();
    let mut removed = Vec::new();
    for entry in dirs
        .iter()
        .filter_map(|d| fs::read_dir(d).ok())
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with('.') && name.ends_with(".tmp")) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= older_than);
        if stale && fs::remove_file(entry.path()).is_ok() {
            removed.push(entry.path());
        }
    }
    removed
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

    #[test]
    fn write_new_creates_once_and_stale_temporaries_go() {
        let dir = std::env::temp_dir().join(format!("frontline-new-{}", uuid::Uuid::new_v4()));
        let file = dir.join("a.json");
        write_new(&file, b"first").unwrap();
        let again = write_new(&file, b"second").unwrap_err();
        assert_eq!(again.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&file).unwrap(), b"first");
        let stale = dir.join(".a.json.99.tmp");
        fs::write(&stale, b"half").unwrap();
        assert!(remove_stale_in(std::slice::from_ref(&dir), Duration::from_secs(3600)).is_empty());
        assert_eq!(
            remove_stale_in(std::slice::from_ref(&dir), Duration::ZERO),
            vec![stale]
        );
        // Only the temporary went: nothing else is left behind by the writes.
        let left: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("a.json")]);
        fs::remove_dir_all(dir).unwrap();
    }
}
