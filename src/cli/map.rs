//! `frontline map`: a scenario's map as SVG, DOT or Mermaid, for documents
//! and review meetings. The layout and the drawing are the library's
//! (`scenario::map`); this finds the file, writes the output and says
//! what is wrong with the file, if anything.

use super::args::MapFormat;
use super::{CliError, Outcome, load_library, print_out};
use crate::guide::Guide;
use crate::save::files::write_atomic;
use crate::scenario::map::{of_source, svg, text};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(super) fn map(
    dir: Option<&Path>,
    name: &str,
    format: MapFormat,
    paths: bool,
    out: Option<&Path>,
    guide: &Arc<Guide>,
) -> Result<Outcome, CliError> {
    let (file, src) = source(dir, name, guide)?;
    let found = of_source(&src, &file, guide);
    let Some(map) = found.map else {
        return Err(CliError::InvalidScenario(
            found
                .report
                .diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect(),
        ));
    };
    let drawn = match format {
        MapFormat::Svg => svg::render(&map, paths),
        MapFormat::Dot => text::dot(&map, paths),
        MapFormat::Mermaid => text::mermaid(&map, paths),
    };
    match out {
        Some(p) => write_atomic(p, drawn.as_bytes()).map_err(|source| CliError::Write {
            path: p.to_path_buf(),
            source,
        })?,
        None => print_out(&drawn)?,
    }
    let errors: Vec<_> = found
        .report
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    for d in &errors {
        eprintln!("{d}");
    }
    if let Some(p) = out {
        eprintln!(
            "wrote the map of {} ({} nodes) to {}",
            file.display(),
            map.nodes.len(),
            p.display()
        );
    }
    if map.estimated {
        eprintln!(
            "note: too many situations to walk them all; reachability and paths are estimates"
        );
    }
    Ok(if errors.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// The file and text of a scenario given by path or by id.
fn source(
    dir: Option<&Path>,
    name: &str,
    guide: &Arc<Guide>,
) -> Result<(PathBuf, String), CliError> {
    let path = Path::new(name);
    if path.extension().is_some_and(|e| e == "ron") || path.is_file() {
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError::Io(format!("cannot read {}: {e}", path.display())))?;
        return Ok((path.to_path_buf(), text));
    }
    let lib = load_library(dir, guide.clone());
    let Some(checked) = lib.get(name) else {
        let known: Vec<&str> = lib.scenarios.iter().map(|s| s.id()).collect();
        return Err(CliError::UnknownScenario {
            name: name.to_string(),
            suggestion: crate::scenario::diag::suggest(name, &known).map(str::to_string),
            known: known.into_iter().map(str::to_string).collect(),
        });
    };
    let file = checked.compiled.file.clone();
    let text = lib
        .source_of(&file)
        .map_err(|e| CliError::Io(format!("cannot read {}: {e}", file.display())))?;
    Ok((file, text))
}
