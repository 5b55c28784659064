//! `frontline`: the game (with no arguments) and the command line for
//! facilitators and tests.

use clap::{Parser, Subcommand, ValueEnum};
use frontline::cli::terminal as text;
use frontline::scenario::check::{check_file, scenario_files};
use frontline::scenario::library::{Library, find_scenarios_dir};
use frontline::{Guide, Session, debrief};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "frontline",
    version,
    about = "Do-no-harm training for frontline responders to human trafficking",
    long_about = "Do-no-harm training for frontline responders to human trafficking.\n\nWith no command, opens the game on the bundled scenarios."
)]
struct Cli {
    /// The folder of scenarios to use (default: ./scenarios, or the copy in the binary).
    #[arg(long, global = true, value_name = "DIR")]
    scenarios: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files and report every problem with file:line:column.
    Check {
        /// Files or folders (default: scenarios/).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Play a scripted run and print the transcript and debrief.
    Run {
        /// Scenario id or file.
        scenario: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The numbers of the choices to make, as shown: 2,1,3.
        #[arg(long, value_delimiter = ',', default_value = "")]
        choices: Vec<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Play a scenario in the terminal with the number keys.
    Play {
        /// Scenario id or file.
        scenario: String,
        /// Seed for the person and random events (default: random).
        #[arg(long)]
        seed: Option<u64>,
    },
    /// How many choices across the scenarios cause and avoid each harm.
    Coverage {
        #[arg(long)]
        json: bool,
    },
    /// List the scenarios.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show the guide's harms and guidance, or one harm.
    Guide {
        /// A harm id such as ID-3, or words to search for.
        query: Option<String>,
        /// Only check the guide catalogue.
        #[arg(long)]
        check: bool,
    },
    /// Time loading, checking and exploring the scenarios (use --release).
    Bench {
        /// Also time a generated scenario of this many nodes.
        #[arg(long, default_value_t = 2000)]
        nodes: usize,
        /// Repetitions; the median is reported.
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// The group report over result files: trainees, scores, harms, choices.
    Report {
        /// Result files, exported bundles or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Only the results of this workshop code.
        #[arg(long, value_name = "CODE")]
        workshop: Option<String>,
        /// CSV, one row per attempt (columns: see `report::render_csv`).
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        #[arg(long)]
        json: bool,
    },
    /// Export this user's results to one file for the facilitator.
    Export {
        /// Only the results of this workshop code.
        #[arg(long, value_name = "CODE")]
        workshop: Option<String>,
        /// Default: frontline-results-[CODE-]PSEUDONYM-DATE.json here.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Copy results from files or folders into this user's data folder.
    Import {
        /// Result files, exported bundles or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Results as xAPI 1.0.3 statements (a JSON array) for an LRS or LMS.
    Xapi {
        /// Result files, exported bundles or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Only the results of this workshop code.
        #[arg(long, value_name = "CODE")]
        workshop: Option<String>,
        /// Write to this file instead of printing.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The homePage of the trainees' pseudonymous accounts.
        #[arg(long, value_name = "IRL", default_value = frontline::workshop::xapi::DEFAULT_BASE)]
        home_page: String,
        /// Base IRI of the scenario activities and extension keys.
        #[arg(long, value_name = "IRI", default_value = frontline::workshop::xapi::DEFAULT_BASE)]
        base_iri: String,
        /// Set result.success for scores at or above this (0-100).
        #[arg(long, value_name = "SCORE")]
        pass_mark: Option<u8>,
    },
    /// Generate the results of a simulated room (scripted runs, varied choices).
    Simulate {
        #[arg(long, default_value_t = 40)]
        trainees: usize,
        #[arg(long, value_name = "CODE")]
        workshop: String,
        /// Scenario id or file; repeat for several (default: all).
        #[arg(long, value_name = "ID")]
        scenario: Vec<String>,
        /// The folder to write one result file per attempt into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    let guide = match Guide::bundled() {
        Ok(g) => Arc::new(g),
        Err(e) => {
            eprintln!("The guide catalogue built into this program is broken:\n{e}");
            return ExitCode::from(2);
        }
    };
    let Some(command) = cli.command else {
        return open_game(cli.scenarios);
    };
    match command {
        Command::Check { paths, format } => check(paths, format, &guide),
        Command::Run {
            scenario,
            seed,
            choices,
            json,
        } => run(&cli.scenarios, &scenario, seed, &choices, json, guide),
        Command::Play { scenario, seed } => play(&cli.scenarios, &scenario, seed, guide),
        Command::Coverage { json } => coverage(&cli.scenarios, json, guide),
        Command::List { json } => list(&cli.scenarios, json, guide),
        Command::Guide { query, check } => show_guide(&guide, query.as_deref(), check),
        Command::Bench { nodes, runs } => {
            let lib = load_library(&cli.scenarios, guide.clone());
            let dir = match &lib.source {
                frontline::scenario::library::Source::Folder(d) => Some(d.clone()),
                frontline::scenario::library::Source::Bundled => None,
            };
            print!(
                "{}",
                frontline::bench::run(dir.as_deref(), &guide, nodes, runs.max(1))
            );
            ExitCode::SUCCESS
        }
        Command::Report {
            paths,
            workshop,
            csv,
            json,
        } => report(
            &cli.scenarios,
            &paths,
            workshop.as_deref(),
            csv,
            json,
            guide,
        ),
        Command::Export { workshop, out } => export(workshop.as_deref(), out.as_deref()),
        Command::Import { paths } => import(&paths),
        Command::Xapi {
            paths,
            workshop,
            out,
            home_page,
            base_iri,
            pass_mark,
        } => {
            let opts = frontline::workshop::xapi::XapiOptions {
                base: base_iri,
                home_page,
                pass_mark,
                ..Default::default()
            };
            xapi(&paths, workshop.as_deref(), out.as_deref(), &opts)
        }
        Command::Simulate {
            trainees,
            workshop,
            scenario,
            out,
        } => simulate(&cli.scenarios, trainees, &workshop, &scenario, &out, guide),
    }
}

/// `frontline coverage | head` closes the pipe early; printing then fails.
/// That is not an error of the user's: end quietly instead of panicking.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

#[cfg(feature = "game")]
fn open_game(scenarios: Option<PathBuf>) -> ExitCode {
    frontline::game::run(scenarios)
}

#[cfg(not(feature = "game"))]
fn open_game(_scenarios: Option<PathBuf>) -> ExitCode {
    use clap::CommandFactory;
    eprintln!("This build has no game window (built without the `game` feature).\n");
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}

fn load_library(dir: &Option<PathBuf>, guide: Arc<Guide>) -> Library {
    let (library, note) = Library::open(dir.as_deref(), guide);
    if let Some(note) = note {
        eprintln!("{note}");
    }
    library
}

fn check(paths: Vec<PathBuf>, format: Format, guide: &Guide) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![find_scenarios_dir().unwrap_or_else(|| PathBuf::from("scenarios"))]
    } else {
        paths
    };
    let mut reports = Vec::new();
    let mut missing = Vec::new();
    for p in &paths {
        match scenario_files(p) {
            Ok(files) if files.is_empty() => missing.push(frontline::Diagnostic::error(
                p,
                "no-scenarios",
                "the folder has no .ron files",
                "scenario files end in .ron",
            )),
            Ok(files) => reports.extend(files.iter().map(|f| check_file(f, guide))),
            Err(e) => missing.push(frontline::Diagnostic::error(
                p,
                "not-found",
                format!("cannot read {}: {e}", p.display()),
                "check the path",
            )),
        }
    }
    let all: Vec<&frontline::Diagnostic> = missing
        .iter()
        .chain(reports.iter().flat_map(|r| r.diagnostics.iter()))
        .collect();
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    if format == Format::Json {
        let files: Vec<_> = reports
            .iter()
            .map(|r| {
                serde_json::json!({
                    "file": r.file,
                    "ok": r.errors() == 0,
                    "errors": r.errors(),
                    "warnings": r.warnings(),
                })
            })
            .collect();
        let out = serde_json::json!({
            "ok": errors == 0,
            "errors": errors,
            "warnings": warnings,
            "files": files,
            "diagnostics": all,
        });
        println!("{}", serde_json::to_string_pretty(&out).expect("json"));
    } else {
        for d in &all {
            println!("{d}");
        }
        for r in &reports {
            if r.diagnostics.is_empty() {
                println!("{}: ok", r.file.display());
            }
        }
        println!(
            "\n{} file(s) checked: {errors} error(s), {warnings} warning(s)",
            reports.len()
        );
    }
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Find a scenario by id in the library, or load it from a file path.
fn find_scenario(
    dir: &Option<PathBuf>,
    name: &str,
    guide: Arc<Guide>,
) -> Result<frontline::Checked, String> {
    let path = Path::new(name);
    if path.extension().is_some_and(|e| e == "ron") || path.is_file() {
        let r = check_file(path, &guide);
        return r.checked.ok_or_else(|| {
            r.diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        });
    }
    let lib = load_library(dir, guide);
    lib.get(name).cloned().ok_or_else(|| {
        let ids: Vec<&str> = lib.scenarios.iter().map(|s| s.id()).collect();
        let hint = frontline::scenario::diag::suggest(name, &ids)
            .map(|s| format!(" Did you mean `{s}`?"))
            .unwrap_or_default();
        format!(
            "there is no scenario `{name}`.{hint} Known scenarios: {}",
            ids.join(", ")
        )
    })
}

fn run(
    dir: &Option<PathBuf>,
    name: &str,
    seed: u64,
    choices: &[String],
    json: bool,
    guide: Arc<Guide>,
) -> ExitCode {
    let checked = match find_scenario(dir, name, guide.clone()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut session = Session::start(&checked, seed);
    for (i, raw) in choices.iter().filter(|c| !c.trim().is_empty()).enumerate() {
        let number: usize = match raw.trim().parse() {
            Ok(n) => n,
            Err(_) => {
                eprintln!(
                    "error: choice {} (`{raw}`) is not a number; write the numbers of the choices, like 2,1,3",
                    i + 1
                );
                return ExitCode::from(2);
            }
        };
        if let Err(e) = session.choose_number(number) {
            eprintln!(
                "error: at decision {} (node `{}`): {e}",
                i + 1,
                session.node_id()
            );
            return ExitCode::from(2);
        }
    }
    let d = debrief(&session, &guide);
    if json {
        let harms: Vec<_> = session
            .steps()
            .iter()
            .flat_map(|s| s.harms.iter())
            .map(|h| {
                serde_json::json!({
                    "id": h.id,
                    "kind": h.kind,
                    "caused": h.kind == frontline::HarmKind::Caused,
                    "severity": h.severity,
                    "node": h.node,
                    "choice": h.choice + 1,
                    "decision": h.decision + 1,
                })
            })
            .collect();
        let out = serde_json::json!({
            "scenario": checked.id(),
            "version": checked.scenario().version,
            "seed": seed,
            "profile": session.profile_label(),
            "choices": session.steps().iter().map(|s| s.number).collect::<Vec<_>>(),
            "finished": session.is_ended(),
            "ending": session.ending().map(|e| e.node),
            "score": d.score.overall,
            "scores": d.score,
            "harms": harms,
            "open_choices": session.choices(),
            "transcript": session.log(),
            "debrief": d,
        });
        println!("{}", serde_json::to_string_pretty(&out).expect("json"));
    } else {
        println!("{} (seed {seed})\n", checked.scenario().title);
        print!("{}", text::transcript(session.log()));
        if !session.is_ended() {
            println!("-- The run stops here; open choices:");
            for c in session.choices() {
                println!("   [{}] {}", c.number, c.text);
            }
            println!();
        }
        print!("{}", text::debrief(&d));
    }
    ExitCode::SUCCESS
}

fn play(dir: &Option<PathBuf>, name: &str, seed: Option<u64>, guide: Arc<Guide>) -> ExitCode {
    let checked = match find_scenario(dir, name, guide.clone()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let seed = seed.unwrap_or_else(frontline::sim::seed::random_seed);
    let s = checked.scenario();
    println!("{}\n{}\n", s.title, text::wrap(&s.summary, 78, ""));
    if !s.content_notes.is_empty() {
        println!("Content notes: {}\n", s.content_notes.join("; "));
    }
    println!("Type the number of a choice and press Enter. b = back one decision, q = quit.\n");
    let mut session = Session::start(&checked, seed);
    let mut shown = 0;
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let log = session.log();
        if shown > log.len() {
            println!("\n-- Back to an earlier decision --\n");
            print!("{}", text::transcript(log));
        } else {
            print!("{}", text::transcript(&log[shown..]));
        }
        shown = session.log().len();
        if session.is_ended() {
            break;
        }
        let [t, sa, w] = session.meters();
        println!("   (trust {t}, safety {sa}, wellbeing {w})");
        for c in session.choices() {
            print!(
                "{}",
                text::wrap(&format!("[{}] {}", c.number, c.text), 78, "  ")
            );
        }
        print!("> ");
        let _ = std::io::stdout().flush();
        let Some(Ok(line)) = lines.next() else {
            println!(
                "\nStopped. Replay this run with: frontline run {} --seed {seed} --choices {}",
                checked.id(),
                numbers(&session)
            );
            return ExitCode::SUCCESS;
        };
        match line.trim() {
            "q" | "Q" => {
                println!(
                    "Stopped. Replay this run with: frontline run {} --seed {seed} --choices {}",
                    checked.id(),
                    numbers(&session)
                );
                return ExitCode::SUCCESS;
            }
            "b" | "B" => {
                let n = session.steps().len();
                if n == 0 {
                    println!("This is the first decision.");
                } else {
                    let _ = session.rewind(n - 1);
                    shown = usize::MAX;
                }
            }
            other => match other.parse::<usize>() {
                Ok(n) => match session.choose_number(n) {
                    Ok(step) => {
                        if let Some(f) = &step.feedback
                            && !step.harms.is_empty()
                        {
                            print!("{}", text::wrap(&format!("Coach: {f}"), 78, "   "));
                        }
                        println!();
                    }
                    Err(e) => println!("{e}"),
                },
                Err(_) => println!("Type a choice number, b or q."),
            },
        }
    }
    print!("\n{}", text::debrief(&debrief(&session, &guide)));
    println!(
        "\nReplay this run with: frontline run {} --seed {seed} --choices {}",
        checked.id(),
        numbers(&session)
    );
    ExitCode::SUCCESS
}

fn numbers(s: &Session) -> String {
    s.steps()
        .iter()
        .map(|x| x.number.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

fn coverage(dir: &Option<PathBuf>, json: bool, guide: Arc<Guide>) -> ExitCode {
    let lib = load_library(dir, guide.clone());
    for e in lib.errors() {
        eprintln!("{e}");
    }
    let cov = lib.coverage();
    if json {
        println!("{}", serde_json::to_string_pretty(&cov).expect("json"));
    } else {
        println!("{:<6} {:>6} {:>8}  harm", "id", "caused", "avoided");
        for (id, c) in &cov {
            let title = guide.harm(id).map(|h| h.title.as_str()).unwrap_or("");
            let flag = if !c.is_enough() {
                "  <- fewer than 2"
            } else {
                ""
            };
            println!("{id:<6} {:>6} {:>8}  {title}{flag}", c.caused, c.avoided);
        }
        println!("\n{} scenario(s)", lib.scenarios.len());
    }
    ExitCode::SUCCESS
}

fn list(dir: &Option<PathBuf>, json: bool, guide: Arc<Guide>) -> ExitCode {
    let lib = load_library(dir, guide);
    for e in lib.errors() {
        eprintln!("{e}");
    }
    if json {
        let items: Vec<_> = lib
            .scenarios
            .iter()
            .map(|s| {
                let sc = s.scenario();
                serde_json::json!({
                    "id": sc.id, "title": sc.title, "area": sc.area, "roles": sc.roles,
                    "minutes": sc.minutes, "nodes": sc.nodes.len(), "version": sc.version,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&items).expect("json"));
    } else {
        for s in &lib.scenarios {
            let sc = s.scenario();
            let roles: Vec<&str> = sc.roles.iter().map(|r| r.title()).collect();
            println!(
                "{:<28} {:<34} {:>3} min  {}",
                sc.id,
                sc.area.title(),
                sc.minutes,
                roles.join(", ")
            );
        }
    }
    ExitCode::SUCCESS
}

fn show_guide(guide: &Guide, query: Option<&str>, check: bool) -> ExitCode {
    if check {
        let n: usize = guide.harms().map(|h| h.guidance.len()).sum();
        println!(
            "guide ok: {} harms, {n} guidance items, {} concepts",
            guide.harms().count(),
            guide.concepts.len()
        );
        return ExitCode::SUCCESS;
    }
    match query {
        None => {
            for a in &guide.areas {
                println!("{}", a.area.title());
                for h in &a.harms {
                    println!("  {:<5} {}", h.id, h.title);
                }
            }
        }
        Some(q) => {
            if let Some(h) = guide.harm(&q.to_uppercase()) {
                print_harm(h);
            } else {
                let hits = guide.search(q);
                if hits.is_empty() {
                    println!("Nothing in the guide matches `{q}`.");
                }
                for hit in hits {
                    match hit {
                        frontline::sim::guide::SearchHit::Harm(h) => {
                            println!("{:<5} {}", h.id, h.title)
                        }
                        frontline::sim::guide::SearchHit::Concept(c) => {
                            println!("concept: {}", c.term)
                        }
                    }
                }
            }
        }
    }
    ExitCode::SUCCESS
}

fn print_harm(h: &frontline::sim::guide::Harm) {
    println!("{} {}\n", h.id, h.title);
    print!("{}", text::wrap(&h.explanation, 78, ""));
    println!("\nDo No Harm guidance:");
    for (i, g) in h.guidance.iter().enumerate() {
        print!(
            "{}",
            text::wrap(
                &format!("{}.{} {} [{}]", h.id, i + 1, g.text, h.citation(i)),
                78,
                "  "
            )
        );
    }
}

// ---------------------------------------------------------------- workshops

/// A workshop code given on the command line, checked; None if there is none.
fn checked_code(code: Option<&str>) -> Result<Option<&str>, ExitCode> {
    match code.and_then(frontline::workshop::code::code_problem) {
        Some(p) => {
            eprintln!("error: {p}");
            Err(ExitCode::from(2))
        }
        None => Ok(code),
    }
}

/// The records in files and folders (one workshop's if given); files that
/// cannot be used are listed on stderr.
fn read_results(
    paths: &[PathBuf],
    workshop: Option<&str>,
) -> Vec<frontline::workshop::records::ResultRecord> {
    let c = frontline::workshop::records::collect(paths);
    for s in &c.skipped {
        eprintln!("skipped {s}");
    }
    if c.duplicates > 0 {
        eprintln!("{} duplicate result(s) counted once", c.duplicates);
    }
    let mut records: Vec<_> = c
        .records
        .into_iter()
        .filter(|r| frontline::workshop::records::in_workshop(r, workshop))
        .collect();
    records.sort_by(|a, b| (&a.finished, &a.attempt).cmp(&(&b.finished, &b.attempt)));
    records
}

fn report(
    dir: &Option<PathBuf>,
    paths: &[PathBuf],
    workshop: Option<&str>,
    csv: bool,
    json: bool,
    guide: Arc<Guide>,
) -> ExitCode {
    use frontline::workshop::report::{GroupReport, render_csv, render_json, render_text};
    let workshop = match checked_code(workshop) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let records = read_results(paths, workshop);
    let lib = load_library(dir, guide);
    let r = GroupReport::build(&records, workshop, Some(&lib));
    let text = if csv {
        render_csv(&r)
    } else if json {
        render_json(&r) + "\n"
    } else {
        render_text(&r)
    };
    print_out(&text)
}

/// Print to stdout; a closed pipe (`| head`) is not an error.
fn print_out(text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn export(workshop: Option<&str>, out: Option<&Path>) -> ExitCode {
    let workshop = match checked_code(workshop) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let dir = frontline::save::files::data_dir();
    match frontline::workshop::records::export_user(&dir, workshop, out, Path::new(".")) {
        Ok(e) => {
            for s in &e.skipped {
                eprintln!("skipped {s}");
            }
            println!("Exported {} result(s) to {}", e.records, e.path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn import(paths: &[PathBuf]) -> ExitCode {
    let dir = frontline::save::files::data_dir();
    let r = frontline::workshop::records::import_into(&dir, paths);
    println!(
        "Read {} file(s): {} new result(s) imported into {}, {} already there, {} duplicate(s) among the files, {} skipped.",
        r.files,
        r.imported,
        frontline::workshop::records::results_dir(&dir).display(),
        r.already,
        r.duplicates,
        r.skipped.len()
    );
    for s in &r.skipped {
        println!("  skipped {s}");
    }
    if r.imported + r.already == 0 && !r.skipped.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn xapi(
    paths: &[PathBuf],
    workshop: Option<&str>,
    out: Option<&Path>,
    opts: &frontline::workshop::xapi::XapiOptions,
) -> ExitCode {
    let workshop = match checked_code(workshop) {
        Ok(w) => w,
        Err(code) => return code,
    };
    if let Err(e) = opts.check() {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let records = read_results(paths, workshop);
    let checked = frontline::workshop::xapi::checked_statements(&records, opts);
    for (attempt, problems) in &checked.left_out {
        eprintln!(
            "left out: the statement of attempt {attempt} would not be valid xAPI:\n  {}",
            problems.join("\n  ")
        );
    }
    let all = checked.statements;
    let status = if checked.left_out.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    };
    let text = serde_json::to_string_pretty(&all).expect("json values serialise");
    match out {
        Some(p) => match frontline::save::files::write_atomic(p, format!("{text}\n").as_bytes()) {
            Ok(()) => {
                eprintln!("Wrote {} statement(s) to {}", all.len(), p.display());
                status
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", p.display());
                ExitCode::FAILURE
            }
        },
        None if print_out(&format!("{text}\n")) == ExitCode::SUCCESS => status,
        None => ExitCode::FAILURE,
    }
}

fn simulate(
    dir: &Option<PathBuf>,
    trainees: usize,
    code: &str,
    names: &[String],
    out: &Path,
    guide: Arc<Guide>,
) -> ExitCode {
    if let Err(c) = checked_code(Some(code)) {
        return c;
    }
    let scenarios: Vec<frontline::Checked> = if names.is_empty() {
        load_library(dir, guide.clone()).scenarios
    } else {
        let mut found = Vec::new();
        for n in names {
            match find_scenario(dir, n, guide.clone()) {
                Ok(c) => found.push(c),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        found
    };
    if scenarios.is_empty() {
        eprintln!("error: there are no scenarios to play");
        return ExitCode::from(2);
    }
    let start = std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 3600);
    let sim = frontline::workshop::code::simulate(&scenarios, &guide, code, trainees, start);
    for u in &sim.unfinished {
        eprintln!("warning: a run reached no ending and was left out: {u}");
    }
    match frontline::workshop::records::write_each(&sim.records, out) {
        Ok(n) => {
            println!(
                "Wrote {n} result(s) of {trainees} simulated trainee(s), workshop {}, to {}",
                frontline::workshop::code::normalise_code(code),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
