//! `frontline`: the game (with no arguments) and the command line for
//! facilitators and tests. The commands live in the library
//! (`frontline::cli`); this file parses, calls them and chooses the exit code.

use clap::Parser;
use frontline::cli::{self, Cli, CliError, Outcome};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    let guide = match cli::bundled_guide() {
        Ok(guide) => guide,
        Err(e) => return exit_code(Err(e)),
    };
    match cli.command {
        Some(command) => exit_code(cli::run(command, cli.scenarios.as_deref(), cli.lang, guide)),
        None => open_game(cli.scenarios),
    }
}

/// The one place that turns how a command ended into the exit code: 0 or 1
/// for an [`Outcome`]; for a [`CliError`], its message on stderr and its code.
fn exit_code(result: Result<Outcome, CliError>) -> ExitCode {
    match result {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
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
