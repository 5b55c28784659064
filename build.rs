//! Embeds the bundled scenarios, the case journeys, their translations and the guide's
//! translations in the binary, so that the game and the command line work
//! wherever they are started from.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The files of `dir` whose names end with `suffix`, sorted.
fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(suffix))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A constant list of (file name, text) pairs.
fn table(out: &mut String, doc: &str, name: &str, files: &[PathBuf]) {
    writeln!(
        out,
        "/// {doc}: (file name, text).\npub const {name}: &[(&str, &str)] = &["
    )
    .unwrap();
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
        let file = f.file_name().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({file:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let scenarios = root.join("scenarios");
    let mut out = String::new();
    table(
        &mut out,
        "The scenarios bundled at build time",
        "BUNDLED_SCENARIOS",
        &files(&scenarios, ".ron"),
    );
    std::fs::write(out_dir.join("bundled_scenarios.rs"), out).unwrap();
    // Case journeys: scenarios/cases/<id>.ron.
    let cases = scenarios.join("cases");
    let case_files = if cases.is_dir() {
        files(&cases, ".ron")
    } else {
        Vec::new()
    };
    let mut out = String::new();
    table(
        &mut out,
        "The case journeys bundled at build time",
        "BUNDLED_CASES",
        &case_files,
    );
    std::fs::write(out_dir.join("bundled_cases.rs"), out).unwrap();
    // Translations: scenarios/<lang>/<scenario-id>.po and scenarios/<lang>/guide.po.
    let mut langs: Vec<PathBuf> = std::fs::read_dir(&scenarios)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    // And the case journeys' translations: scenarios/<lang>/cases/<case-id>.po.
    let po: Vec<PathBuf> = langs
        .iter()
        .flat_map(|d| {
            let cases = d.join("cases");
            let mut f = files(d, ".po");
            if cases.is_dir() {
                f.extend(files(&cases, ".po"));
            }
            f
        })
        .collect();
    let mut out = String::from(
        "/// The translations bundled at build time: (lang/file name, text).\npub const BUNDLED_TRANSLATIONS: &[(&str, &str)] = &[\n",
    );
    for f in &po {
        println!("cargo::rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&scenarios)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("bundled_translations.rs"), out).unwrap();
}
