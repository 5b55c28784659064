//! How a command ends: an [`Outcome`] when it ran to the end, a
//! [`CliError`] when it could not. Each knows its exit code, so `main`
//! chooses the code in one place.

/// How a command that ran to the end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything asked was done (exit code 0).
    Success,
    /// The command did its work and its output says what failed: `check`
    /// found errors, `import` could use none of the files, `xapi` left
    /// statements out (exit code 1).
    Failure,
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Failure => 1,
        }
    }
}

/// Why a command could not do what was asked. Its `Display` is the text
/// printed on stderr; [`CliError::exit_code`] is 2 for a mistake in the
/// command line or its input, 1 when the work itself failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The guide catalogue compiled into the binary does not load.
    #[error("The guide catalogue built into this program is broken:\n{0}")]
    BrokenGuide(String),
    /// A scenario file given on the command line does not check; the
    /// diagnostics, one a line.
    #[error("error: {}", .0.join("\n"))]
    InvalidScenario(Vec<String>),
    /// No scenario of the library has this id.
    #[error(
        "error: there is no scenario `{name}`.{} Known scenarios: {}",
        .suggestion.as_ref().map(|s| format!(" Did you mean `{s}`?")).unwrap_or_default(),
        .known.join(", ")
    )]
    UnknownScenario {
        name: String,
        /// The nearest known id, if one is near.
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// There is nothing to play (an empty library).
    #[error("error: there are no scenarios to play")]
    NoScenarios,
    /// An entry of `--choices` is not a number.
    #[error(
        "error: choice {position} (`{raw}`) is not a number; write the numbers of the choices, like 2,1,3"
    )]
    ChoiceNotANumber {
        /// 1-based position in the list.
        position: usize,
        raw: String,
    },
    /// A choice of `--choices` cannot be made where the run is.
    #[error("error: at decision {decision} (node `{node}`): {reason}")]
    ChoiceNotOpen {
        /// 1-based decision of the run.
        decision: usize,
        node: String,
        reason: String,
    },
    /// A workshop code that is not one.
    #[error("error: {0}")]
    WorkshopCode(String),
    /// xAPI options that cannot make valid statements.
    #[error("error: {0}")]
    XapiOptions(String),
    /// No usable learning record store configuration (address or
    /// credentials).
    #[error("error: {0}")]
    LrsConfig(String),
    /// Sending to the learning record store stopped.
    #[error("error: {0}")]
    Send(String),
    /// Exporting this user's results failed.
    #[error("error: {0}")]
    Export(String),
    /// Writing the results of a simulated room failed.
    #[error("error: {0}")]
    Simulate(String),
    /// A command that cannot do what was asked, with why and what to do.
    #[error("error: {0}")]
    Usage(String),
    /// Reading or writing a file failed.
    #[error("error: {0}")]
    Io(String),
    /// A translation file that cannot be read as PO, so is not updated.
    #[error("error: {}", .0.join("\n"))]
    InvalidTranslation(Vec<String>),
    /// Writing to stdout failed (other than a closed pipe).
    #[error("error: cannot write the output: {0}")]
    Output(std::io::Error),
    /// Writing an output file failed.
    #[error("error: cannot write {}: {source}", .path.display())]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

impl CliError {
    /// The process exit code: 2 for a mistake in what was asked (arguments,
    /// scenario, workshop code) or a broken build, 1 when the work failed.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::BrokenGuide(_)
            | CliError::InvalidScenario(_)
            | CliError::UnknownScenario { .. }
            | CliError::NoScenarios
            | CliError::ChoiceNotANumber { .. }
            | CliError::ChoiceNotOpen { .. }
            | CliError::WorkshopCode(_)
            | CliError::XapiOptions(_)
            | CliError::LrsConfig(_)
            | CliError::Usage(_)
            | CliError::InvalidTranslation(_) => 2,
            CliError::Export(_)
            | CliError::Send(_)
            | CliError::Simulate(_)
            | CliError::Output(_)
            | CliError::Io(_)
            | CliError::Write { .. } => 1,
        }
    }
}
