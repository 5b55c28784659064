//! The command line's words: the commands, their arguments and the help
//! text, as clap definitions. Parsing happens in `main`; running a parsed
//! [`Command`] is [`run`](super::run).

use crate::i18n::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A language code as `--lang` takes it.
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| {
        let codes: Vec<&str> = Lang::SHIPPED.iter().map(|l| l.code()).collect();
        format!("unknown language `{s}`; use one of {}", codes.join(", "))
    })
}

/// The whole command line: the global `--scenarios` folder and a command
/// (none opens the game).
#[derive(Parser)]
#[command(
    name = "frontline",
    version,
    about = "Do-no-harm training for frontline responders to human trafficking",
    long_about = "Do-no-harm training for frontline responders to human trafficking.\n\nWith no command, opens the game on the bundled scenarios."
)]
pub struct Cli {
    /// The folder of scenarios to use (default: ./scenarios, or the copy in the binary).
    #[arg(long, global = true, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// The language of the texts shown: th, vi, km, lo, my, id, ms, fil or en
    /// (default: the computer's language if Frontline has it, else English).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How `check` prints its findings.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// What `map` writes.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum MapFormat {
    /// A drawing, laid out by Frontline (no Graphviz needed).
    Svg,
    /// Graphviz DOT, to lay out with `dot -Tpdf`.
    Dot,
    /// A Mermaid flowchart, for Markdown pages that render Mermaid.
    Mermaid,
}

/// A command and its arguments; the doc comments below are the help text.
#[derive(Subcommand)]
pub enum Command {
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
        /// Read --choices as places in the file (1 = a scene's first choice
        /// as written), not as the shuffled numbers shown: a scripted run
        /// that stays right whatever the seed.
        #[arg(long)]
        file_order: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start a new scenario from a commented template that uses each part
    /// of the format once and checks clean.
    ///
    /// Writes SCENARIOS/ID.ron (the --scenarios folder, or ./scenarios)
    /// and never over an existing file.
    New {
        /// The new scenario's id and file name: lower-case letters, digits
        /// and dashes, such as `night-bus-check`.
        id: String,
        /// Its area: Identification (ID), Shelter (RS), Return (RR),
        /// Health (MH) or Justice (CJ).
        #[arg(long)]
        area: String,
        /// The trainee's role, such as Police, SocialWorker, HealthWorker.
        #[arg(long)]
        role: String,
    },
    /// Play a scenario in the terminal with the number keys.
    Play {
        /// Scenario id or file.
        scenario: String,
        /// Seed for the person and random events (default: random).
        #[arg(long)]
        seed: Option<u64>,
    },
    /// Case journeys: one person through several stage scenarios, each
    /// played in its role, with what happened carried forward. The case
    /// files are in the scenarios folder's cases/ folder; `check` checks
    /// them with the scenarios.
    Case {
        #[command(subcommand)]
        command: CaseCommand,
    },
    /// Write a scenario's map: its nodes left to right by depth, every
    /// choice as an arrow marked with the harms it causes (✖) and avoids
    /// (✔), random branches dashed, endings by tone, unreachable nodes
    /// flagged. A file with errors is mapped too if it compiles (exit code 1).
    Map {
        /// Scenario id or file.
        scenario: String,
        #[arg(long, value_enum, default_value = "svg")]
        format: MapFormat,
        /// Highlight the best (★) and the worst (⬇) path.
        #[arg(long)]
        paths: bool,
        /// Write to this file instead of printing.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// How many choices across the scenarios cause and avoid each harm.
    Coverage {
        #[arg(long)]
        json: bool,
    },
    /// Make or update the translation files of a language, and report how
    /// much of the interface, the guide and each scenario is translated,
    /// reviewed and stale.
    ///
    /// With --lang th, writes th/guide.po and th/SCENARIO-ID.po for every
    /// scenario into the scenarios folder (new texts empty, changed ones
    /// marked for review); open them with Poedit. Without --lang, only
    /// reports every language.
    Translate {
        /// Only report; write no file.
        #[arg(long)]
        report_only: bool,
        /// Print the report as JSON.
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
    ///
    /// For the scenarios and for generated stories of several sizes, with
    /// and without harm tags: check time, states explored and their memory,
    /// choices per second over random playthroughs, and debrief time.
    Bench {
        /// Sizes of the generated stories, in nodes, comma-separated; each
        /// is timed with and without harm tags.
        #[arg(long, value_delimiter = ',', default_value = "2000,10000,50000")]
        nodes: Vec<usize>,
        /// Repetitions of each timing; the median is reported.
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
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
        /// With --csv: the case journeys played across trainees instead,
        /// one row per stage of each journey, played or missing (columns:
        /// see `report::render_journeys_csv`).
        #[arg(long, requires = "csv")]
        journeys: bool,
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
        #[arg(long, value_name = "IRL", default_value = crate::workshop::xapi::DEFAULT_BASE)]
        home_page: String,
        /// Base IRI of the scenario activities and extension keys.
        #[arg(long, value_name = "IRI", default_value = crate::workshop::xapi::DEFAULT_BASE)]
        base_iri: String,
        /// Set result.success for scores at or above this (0-100).
        #[arg(long, value_name = "SCORE")]
        pass_mark: Option<u8>,
        /// Send pseudonyms that look like e-mail addresses (left out by default).
        #[arg(long)]
        allow_email_names: bool,
        /// Post the statements to a learning record store: its xAPI base
        /// address (statements go to URL/statements), or without a value
        /// the one in FRONTLINE_LRS_URL or the data folder's lrs.json. The
        /// user and password come from FRONTLINE_LRS_USER and
        /// FRONTLINE_LRS_PASSWORD or lrs.json, never from the command line.
        #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "")]
        send: Option<String>,
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
        /// Instead of scenarios, a room split by role over this case: the
        /// trainees in groups, each group one journey, each trainee one
        /// stage handed over to the next.
        #[arg(long, value_name = "CASE", conflicts_with = "scenario")]
        case: Option<String>,
        /// The folder to write one result file per attempt into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// The commands of case journeys.
#[derive(Subcommand)]
pub enum CaseCommand {
    /// List the cases: id, stages and roles.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Play a scripted journey and print, stage by stage, the handover, the
    /// transcript and the debrief, then the case's total and the chains by
    /// which a harm at one stage led to one at a later stage.
    ///
    /// In a workshop the room can split a case by role: --handover-to
    /// writes a handover file after the stages played, and the next
    /// trainee continues the same journey with --from that file.
    Run(CaseRunArgs),
}

/// The arguments of `case run`.
#[derive(Args)]
pub struct CaseRunArgs {
    /// Case id (not with --from: the handover file names the case).
    #[arg(required_unless_present = "from", conflicts_with = "from")]
    pub case: Option<String>,
    /// The case's seed; each stage's seed is derived from it (default: the
    /// seed the --workshop code fixes for the case, else 1).
    #[arg(long, conflicts_with = "from")]
    pub seed: Option<u64>,
    /// The numbers of the choices to make, as shown, in one list across
    /// the stages: 2,1,3. With --from, the choices made after the
    /// handover's.
    #[arg(long, value_delimiter = ',', default_value = "")]
    pub choices: Vec<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Continue the journey of a handover file: its case, seed and
    /// choices, then --choices.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// After the choices, write a handover file into this folder for the
    /// trainee who plays the next stage (the journey must stand between
    /// two stages).
    #[arg(long, value_name = "DIR")]
    pub handover_to: Option<PathBuf>,
    /// Write the result record of each stage finished here into this
    /// folder, one ATTEMPT.json file each, for the facilitator's report.
    #[arg(long, value_name = "DIR")]
    pub records: Option<PathBuf>,
    /// The pseudonym of who played the stages finished here (default:
    /// anonymous).
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
    /// Their role, such as Police or SocialWorker (default: each stage's
    /// role in the case).
    #[arg(long, value_name = "ROLE", value_parser = super::author::parse_role)]
    pub role: Option<crate::guide::area::Role>,
    /// The workshop code (default: the handover file's, with --from).
    #[arg(long, value_name = "CODE")]
    pub workshop: Option<String>,
}
