//! Sending statements to a learning record store (LRS): the one part of
//! `workshop` that talks to the network.
//!
//! A programme that runs many rooms collects every room's results in its
//! LRS: the statements of [`xapi`](super::xapi) are posted to the LRS's
//! xAPI 1.0.3 Statements resource (`<endpoint>/statements`) in batches,
//! with HTTP basic authentication.
//!
//! - [`LrsConfig`] (`config.rs`): where the LRS is and who we are. The
//!   endpoint comes from the caller (`--send URL`), `FRONTLINE_LRS_URL` or
//!   the file `lrs.json` in the data folder; the user and password from
//!   `FRONTLINE_LRS_USER` and `FRONTLINE_LRS_PASSWORD` or that file, never
//!   from the command line, where other users of the computer can read
//!   them.
//! - [`send`] (`send.rs`): posts the statements, retrying with exponential
//!   back-off and jitter on connection errors, 429 and 5xx
//!   ([`RetryPolicy`]), and reports each step to a progress callback.
//!   Statement ids are stable (derived from the attempt), so sending again
//!   after an interruption stores nothing twice: a statement the LRS
//!   already holds counts as delivered. [`fetch_statements`] reads
//!   statements back (the `more` links followed).
//!
//! The game calls [`send`] from a background task (it blocks until done;
//! every request has connect and read timeouts, so it always ends):
//!
//! ```no_run
//! use frontline::workshop::lrs::{self, LrsConfig};
//! # fn demo(statements: Vec<serde_json::Value>) -> Result<(), Box<dyn std::error::Error>> {
//! let config = LrsConfig::load(None)?.config;
//! let summary = lrs::send(&statements, &config, |p| {
//!     eprintln!("{} of {} statements", p.done, p.total);
//! })?;
//! println!("{} sent, {} already there", summary.sent, summary.already);
//! # Ok(()) }
//! ```

mod config;
mod send;

pub use config::{
    CONFIG_FILE, ConfigError, ENV_PASSWORD, ENV_URL, ENV_USER, LoadedConfig, LrsConfig, RetryPolicy,
};
pub use send::{Progress, Retrying, SendError, SendSummary, StopReason, fetch_statements, send};
