//! The commands of case journeys: `case list`, `case run` (handing a
//! journey on with `--handover-to`, continuing one with `--from`: see
//! `relay.rs`), and the case files that `check` checks with the scenarios.

use super::args::{CaseCommand, CaseRunArgs};
use super::output::{CaseListing, CaseRunOutput, to_json};
use super::{CliError, Outcome, load_library, relay, terminal};
use crate::case::{
    CASES_FOLDER, CaseRun, Cases, CheckedCase, case_debrief, case_files, check_case_file,
};
use crate::guide::Guide;
use crate::i18n::{Lang, Ui, names};
use crate::scenario::check::FileCheck;
use crate::scenario::library::Library;
use crate::tr;
use crate::workshop::code::workshop_seed;
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;

/// Run a `case` command.
pub(super) fn command(
    command: CaseCommand,
    dir: Option<&Path>,
    lang: Lang,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    match command {
        CaseCommand::List { json } => list(dir, json, guide),
        CaseCommand::Run(args) => run(dir, &args, lang, guide),
    }
}

/// The cases of the library of `dir`, their problems on stderr.
fn open_cases(library: &Library) -> Cases {
    let cases = Cases::open(library);
    for e in cases.errors() {
        eprintln!("{e}");
    }
    cases
}

/// `case list`: the cases, one a line or as JSON.
fn list(dir: Option<&Path>, json: bool, guide: Arc<Guide>) -> Result<Outcome, CliError> {
    let cases = open_cases(&load_library(dir, guide));
    if json {
        let listing: Vec<CaseListing> = cases.cases.iter().map(CaseListing::from).collect();
        println!("{}", to_json(&listing));
    } else {
        for c in &cases.cases {
            let stages: Vec<String> = c
                .case
                .stages
                .iter()
                .map(|s| format!("{} ({})", s.scenario, s.role.title()))
                .collect();
            println!("{:<28} {}", c.id(), c.case.title);
            println!("{:<28} {}", "", stages.join(" -> "));
        }
    }
    Ok(Outcome::Success)
}

/// `case run`: play the choices given across the stages (after those of
/// a handover file, with `--from`) and print the journey; with
/// `--handover-to` and `--records`, hand it on.
fn run(
    dir: Option<&Path>,
    args: &CaseRunArgs,
    lang: Lang,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let from = args.from.as_deref().map(relay::read).transpose()?;
    let workshop = relay::workshop(args, from.as_ref())?;
    // The case checked in English, then shown in the language asked for:
    // its own texts and its stages, where translated.
    let mut library = load_library(dir, guide);
    let cases = open_cases(&library);
    let name = match (&from, &args.case) {
        (Some(h), _) => h.case.as_str(),
        (None, Some(c)) => c.as_str(),
        (None, None) => {
            return Err(CliError::Usage(
                "name the case to run, or a handover file with --from".into(),
            ));
        }
    };
    let Some(english) = cases.get(name) else {
        let known: Vec<&str> = cases.cases.iter().map(|c| c.id()).collect();
        let hint = crate::scenario::diag::suggest(name, &known)
            .map(|s| format!(" Did you mean `{s}`?"))
            .unwrap_or_default();
        return Err(CliError::Usage(format!(
            "there is no case `{name}`.{hint} Known cases: {}",
            known.join(", ")
        )));
    };
    let translations = crate::i18n::Translations::for_library_in(&library, lang);
    let (shown, _) = translations.case(english, lang);
    let case = &shown;
    library.guide = Arc::new(translations.guide(&library.guide, lang).0);
    let start = match (&from, args.from.as_deref()) {
        (Some(h), Some(path)) => h.continue_run(case).map_err(|e| {
            CliError::Usage(format!(
                "the handover file {} cannot be continued: {e}",
                path.display()
            ))
        })?,
        _ => {
            let code = workshop.as_deref();
            let seed = args
                .seed
                .unwrap_or_else(|| code.map_or(1, |c| workshop_seed(c, case.id())));
            CaseRun::start(case, seed)
        }
    };
    let journey = scripted_journey(start, &args.choices)?;
    relay::hand_on(
        &journey,
        args,
        from.as_ref(),
        workshop.as_deref(),
        lang,
        &library.guide,
    )?;
    let d = case_debrief(&journey, &library.guide);
    let out = CaseRunOutput::new(&journey, d, lang);
    if args.json {
        println!("{}", to_json(&out));
    } else {
        print!("{}", transcript(&out, case, &Ui::new(lang)));
    }
    Ok(Outcome::Success)
}

/// The journey `journey` after it has made `choices` (numbers as shown,
/// across the stages; blank entries are skipped).
fn scripted_journey(mut journey: CaseRun, choices: &[String]) -> Result<CaseRun, CliError> {
    for (i, raw) in choices.iter().filter(|c| !c.trim().is_empty()).enumerate() {
        let number: usize = raw.trim().parse().map_err(|_| CliError::ChoiceNotANumber {
            position: i + 1,
            raw: raw.clone(),
        })?;
        journey
            .choose_number(number)
            .map_err(|e| CliError::Usage(e.to_string()))?;
    }
    Ok(journey)
}

/// The journey as text: each stage's handover, transcript and debrief,
/// then the total and the chains.
fn transcript(out: &CaseRunOutput, case: &CheckedCase, ui: &Ui) -> String {
    let mut text = String::new();
    let seed = out.seed.to_string();
    let title = tr!(
        ui,
        "cli-case-title",
        title = out.title.as_str(),
        case = out.case.as_str(),
        seed = seed
    );
    let _ = writeln!(text, "{title}");
    let count = case.case.stages.len().to_string();
    for s in &out.stages {
        let head = tr!(
            ui,
            "cli-case-stage",
            number = s.stage.to_string(),
            count = count.as_str(),
            title = s.run.debrief.title.as_str(),
            role = names::role(ui, s.role)
        );
        let _ = writeln!(text, "\n{head}\n");
        if s.stage > 1 {
            if s.handover.is_empty() {
                let _ = writeln!(text, "{}\n", tr!(ui, "cli-case-handover-none"));
            } else {
                let _ = writeln!(text, "{}", tr!(ui, "cli-case-handover"));
                for line in &s.handover {
                    text.push_str(&terminal::wrap(&format!("- {line}"), 78, "  "));
                }
                text.push('\n');
            }
        }
        text.push_str(&terminal::transcript(&s.run.transcript, ui));
        if !s.run.finished {
            let _ = writeln!(text, "{}", tr!(ui, "cli-case-stops"));
            for c in &out.open_choices {
                let _ = writeln!(text, "   [{}] {}", c.number, c.text);
            }
            text.push('\n');
        }
        text.push_str(&terminal::debrief(&s.run.debrief, ui));
    }
    let _ = writeln!(
        text,
        "\n{}",
        tr!(ui, "cli-case-journey", title = out.title.as_str())
    );
    for s in &out.stages {
        let line = tr!(
            ui,
            "cli-case-stage-score",
            number = s.stage.to_string(),
            title = s.run.debrief.title.as_str(),
            score = s.run.score.to_string()
        );
        let _ = writeln!(text, "  {line}");
    }
    let sc = &out.score;
    let total = tr!(
        ui,
        "cli-case-total",
        score = format!("{:>3}", sc.overall),
        bar = terminal::bar(sc.overall, 20),
        points = sc.points.to_string(),
        worst = sc.worst.to_string(),
        best = sc.best.to_string()
    );
    let _ = writeln!(text, "\n{total}");
    if sc.estimate {
        let _ = writeln!(text, "{}", tr!(ui, "cli-case-estimate"));
    }
    if out.chains.is_empty() {
        let _ = writeln!(text, "\n{}", tr!(ui, "cli-case-no-chain"));
    } else {
        let _ = writeln!(text, "\n{}", tr!(ui, "cli-case-chains"));
        for c in &out.chains {
            text.push_str(&terminal::wrap(&format!("- {}", c.text), 78, "  "));
            let how = tr!(
                ui,
                "cli-case-chain",
                from = c.from.as_str(),
                from_stage = c.from_stage.to_string(),
                to = c.to.as_str(),
                to_stage = c.to_stage.to_string()
            );
            let _ = writeln!(text, "    ({how})");
        }
    }
    text
}

/// The case files in the `cases/` folder of the scenarios folder `dir`,
/// checked against its library, as `check` reports files.
pub(super) fn check_cases_of(dir: &Path, guide: &Guide) -> Vec<FileCheck> {
    let files = case_files(&dir.join(CASES_FOLDER));
    if files.is_empty() {
        return Vec::new();
    }
    check_against(&files, dir, guide)
}

/// When `path` is a case file or a `cases/` folder (inside a scenarios
/// folder), its cases checked against that folder's library.
pub(super) fn check_case_path(path: &Path, guide: &Guide) -> Option<Vec<FileCheck>> {
    let is_cases = |p: &Path| p.file_name().is_some_and(|n| n == CASES_FOLDER);
    // The folder a path is in (`.` for a bare name).
    let parent = |p: &Path| match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    // Named by its real path, so that `check journey.ron` inside `cases/` works.
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if path.is_dir() && is_cases(&real) {
        return Some(check_against(&case_files(path), &parent(&real), guide));
    }
    let folder = parent(&real);
    if path.extension().is_some_and(|e| e == "ron") && is_cases(&folder) {
        return Some(check_against(
            &[path.to_path_buf()],
            &parent(&folder),
            guide,
        ));
    }
    None
}

fn check_against(files: &[std::path::PathBuf], scenarios: &Path, guide: &Guide) -> Vec<FileCheck> {
    let library = Library::load_dir(scenarios, Arc::new(guide.clone()))
        .unwrap_or_else(|_| Library::bundled(Arc::new(guide.clone())));
    files
        .iter()
        .map(|f| {
            let r = check_case_file(f, &library);
            FileCheck {
                file: r.file,
                checked: None,
                diagnostics: r.diagnostics,
            }
        })
        .collect()
}
