//! The command line, grouped by who uses it: the commands of scenario
//! authors and trainees (`check`, `run`, `play`, `map`, `list`,
//! `coverage`, `guide`, `bench`; `case list` and `case run` for case
//! journeys) and those of facilitators (`report`, `export`,
//! `import`, `xapi`, `simulate`).
//!
//! `main` parses a [`Cli`] ([`args`]), calls [`run`] and turns its result,
//! an [`Outcome`] or a [`CliError`], into the exit code. The JSON outputs
//! are typed in [`output`]; plain text is rendered by `terminal`.

pub mod args;
mod author;
mod case;
mod check;
mod error;
mod map;
pub mod output;
mod relay;
mod scenario;
mod terminal;
mod translate;
mod workshop;

pub use args::{CaseCommand, CaseRunArgs, Cli, Command, Format, MapFormat};
pub use error::{CliError, Outcome};

use crate::guide::Guide;
use crate::i18n::{Lang, Translations};
use crate::scenario::check::{Checked, check_file};
use crate::scenario::library::{Library, Source};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// The guide catalogue compiled into the binary, which every command reads.
pub fn bundled_guide() -> Result<Arc<Guide>, CliError> {
    Guide::bundled()
        .map(Arc::new)
        .map_err(|e| CliError::BrokenGuide(e.to_string()))
}

/// Run one command on the scenarios of `dir` (the `--scenarios` folder;
/// `./scenarios` or the bundled copy if `None`). First removes the
/// temporary files that killed writes left in the data folder.
pub fn run(
    command: Command,
    dir: Option<&Path>,
    lang: Option<Lang>,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let language = lang.unwrap_or(Lang::En);
    crate::save::files::remove_stale_temporaries(&crate::save::files::data_dir());
    match command {
        Command::Check { paths, format } => check::check(paths, dir, format, &guide),
        Command::Run {
            scenario,
            seed,
            choices,
            file_order,
            json,
        } => {
            let script = scenario::Script {
                seed,
                choices: &choices,
                file_order,
            };
            scenario::run(dir, &scenario, &script, json, language, guide)
        }
        Command::Play { scenario, seed } => scenario::play(dir, &scenario, seed, language, guide),
        Command::New { id, area, role } => author::new(dir, &id, &area, &role, language, &guide),
        Command::Case { command } => case::command(command, dir, language, guide),
        Command::Map {
            scenario,
            format,
            paths,
            out,
        } => map::map(dir, &scenario, format, paths, out.as_deref(), &guide),
        Command::Coverage { json } => scenario::coverage(dir, json, guide),
        Command::Translate { report_only, json } => {
            translate::translate(dir, lang, report_only, json, guide)
        }
        Command::List { json } => scenario::list(dir, json, language, guide),
        Command::Guide { query, check } => {
            scenario::show_guide(&guide, query.as_deref(), check, language)
        }
        Command::Bench { nodes, runs, json } => scenario::bench(dir, &nodes, runs, json, guide),
        Command::Report {
            paths,
            workshop,
            csv,
            journeys,
            json,
        } => {
            let format = match (csv, journeys, json) {
                (true, true, _) => workshop::ReportFormat::JourneysCsv,
                (true, false, _) => workshop::ReportFormat::Csv,
                (_, _, true) => workshop::ReportFormat::Json,
                _ => workshop::ReportFormat::Text,
            };
            workshop::report(dir, &paths, workshop.as_deref(), format, language, guide)
        }
        Command::Export { workshop, out } => workshop::export(workshop.as_deref(), out.as_deref()),
        Command::Import { paths } => workshop::import(&paths),
        Command::Xapi {
            paths,
            workshop,
            out,
            home_page,
            base_iri,
            pass_mark,
            allow_email_names,
            send,
        } => {
            let opts = crate::workshop::xapi::XapiOptions {
                base: base_iri,
                home_page,
                pass_mark,
                allow_email_names,
                ..Default::default()
            };
            workshop::xapi(
                &paths,
                workshop.as_deref(),
                out.as_deref(),
                send.as_deref(),
                &opts,
            )
        }
        Command::Simulate {
            trainees,
            workshop,
            scenario,
            case,
            out,
        } => {
            let what = match &case {
                Some(c) => workshop::Simulated::Case(c),
                None => workshop::Simulated::Scenarios(&scenario),
            };
            workshop::simulate(dir, trainees, &workshop, what, &out, guide)
        }
    }
}

/// The scenarios of `dir` (or the fallback), with the note on stderr of
/// why the fallback was taken.
fn load_library(dir: Option<&Path>, guide: Arc<Guide>) -> Library {
    let (library, note) = Library::open(dir, guide);
    if let Some(note) = note {
        eprintln!("{note}");
    }
    library
}

/// A scenario by id in the library of `dir`, or loaded from a file path.
fn find_scenario(dir: Option<&Path>, name: &str, guide: Arc<Guide>) -> Result<Checked, CliError> {
    let path = Path::new(name);
    if path.extension().is_some_and(|e| e == "ron") || path.is_file() {
        let r = check_file(path, &guide);
        return r.checked.ok_or_else(|| {
            CliError::InvalidScenario(r.diagnostics.iter().map(|d| d.to_string()).collect())
        });
    }
    let lib = load_library(dir, guide);
    lib.get(name).cloned().ok_or_else(|| {
        let known: Vec<&str> = lib.scenarios.iter().map(|s| s.id()).collect();
        CliError::UnknownScenario {
            name: name.to_string(),
            suggestion: crate::scenario::diag::suggest(name, &known).map(str::to_string),
            known: known.into_iter().map(str::to_string).collect(),
        }
    })
}

/// `checked` and the guide in `lang`: the translations of the folder the
/// scenario came from (or the bundled ones), English where there are none.
fn in_language(checked: Checked, guide: &Arc<Guide>, lang: Lang) -> (Checked, Arc<Guide>) {
    if lang == Lang::En {
        return (checked, guide.clone());
    }
    let file = &checked.compiled.file;
    let source = match file.parent() {
        Some(dir) if file.is_file() => Source::Folder(dir.to_path_buf()),
        _ => Source::Bundled,
    };
    let t = Translations::for_source_in(&source, lang);
    let (localized, _) = t.scenario(&checked, lang);
    let (g, _) = t.guide(guide, lang);
    (localized, Arc::new(g))
}

/// The library of `dir` and the guide in `lang`: scenario titles,
/// summaries and everything else translated where there is a translation.
fn library_in_language(dir: Option<&Path>, guide: Arc<Guide>, lang: Lang) -> Library {
    let mut lib = load_library(dir, guide);
    if lang == Lang::En {
        return lib;
    }
    let t = Translations::for_library_in(&lib, lang);
    lib.scenarios = lib
        .scenarios
        .iter()
        .map(|s| t.scenario(s, lang).0)
        .collect();
    lib.guide = Arc::new(t.guide(&lib.guide, lang).0);
    lib
}

/// Print to stdout; a closed pipe (`| head`) is not an error.
fn print_out(text: &str) -> Result<(), CliError> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output(e)),
        _ => Ok(()),
    }
}
