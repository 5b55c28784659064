//! Where the learning record store is and the credentials to use it:
//! the environment first, then `lrs.json` in the data folder.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The LRS's xAPI endpoint (the base, such as `https://lrs.example.org/xAPI`).
pub const ENV_URL: &str = "FRONTLINE_LRS_URL";
/// The basic-auth user (an LRS "key").
pub const ENV_USER: &str = "FRONTLINE_LRS_USER";
/// The basic-auth password (an LRS "secret").
pub const ENV_PASSWORD: &str = "FRONTLINE_LRS_PASSWORD";
/// The configuration file in the data folder: a JSON object with
/// `endpoint`, `user` and `password`, each optional.
pub const CONFIG_FILE: &str = "lrs.json";

/// How a failed request is tried again: up to `tries` attempts in all,
/// waiting `base_delay * 2^n` (at most `max_delay`, and at least what a
/// `Retry-After` header asks, up to `max_delay`) with jitter between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub tries: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Six tries over about half a minute.
    fn default() -> Self {
        RetryPolicy {
            tries: 6,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(15),
        }
    }
}

impl RetryPolicy {
    /// The wait before try `retry + 1` (`retry` counts from 0), `jitter` in
    /// `[0, 1)` spreading it over its upper half; a server's `Retry-After`
    /// raises it (never past `max_delay`).
    pub fn delay(&self, retry: u32, jitter: f64, retry_after: Option<Duration>) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry.min(20)))
            .min(self.max_delay);
        let jittered = exp.mul_f64(0.5 + 0.5 * jitter.clamp(0.0, 1.0));
        match retry_after {
            Some(after) => jittered.max(after.min(self.max_delay)),
            None => jittered,
        }
    }
}

/// Everything needed to send statements to one LRS.
#[derive(Clone, PartialEq, Eq)]
pub struct LrsConfig {
    /// The xAPI base, without a trailing `/`: statements go to
    /// `<endpoint>/statements`.
    pub endpoint: String,
    pub user: String,
    pub password: String,
    /// Statements per POST.
    pub batch_size: usize,
    pub retry: RetryPolicy,
    /// The longest wait for a connection.
    pub connect_timeout: Duration,
    /// The longest wait for an answer once a request is sent.
    pub read_timeout: Duration,
}

impl std::fmt::Debug for LrsConfig {
    /// Never shows the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LrsConfig")
            .field("endpoint", &self.endpoint)
            .field("user", &self.user)
            .field("password", &"(hidden)")
            .field("batch_size", &self.batch_size)
            .field("retry", &self.retry)
            .finish()
    }
}

impl LrsConfig {
    /// A configuration with the default batch size (50), retries and
    /// timeouts (10 s to connect, 60 s for an answer); the endpoint is
    /// checked and normalised.
    pub fn new(endpoint: &str, user: &str, password: &str) -> Result<LrsConfig, ConfigError> {
        Ok(LrsConfig {
            endpoint: normalise_endpoint(endpoint)?,
            user: user.into(),
            password: password.into(),
            batch_size: 50,
            retry: RetryPolicy::default(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(60),
        })
    }

    /// The Statements resource.
    pub fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint)
    }

    /// The configuration of this user: `endpoint` if given (`--send URL`),
    /// else `FRONTLINE_LRS_URL`, else the file's; the credentials from
    /// `FRONTLINE_LRS_USER` and `FRONTLINE_LRS_PASSWORD`, else the file's.
    /// The file is `lrs.json` in [`data_dir`](crate::save::files::data_dir).
    pub fn load(endpoint: Option<&str>) -> Result<LoadedConfig, ConfigError> {
        Self::load_from(endpoint, &crate::save::files::data_dir(), &|k| {
            std::env::var(k).ok()
        })
    }

    /// [`LrsConfig::load`] with the data folder and the environment given.
    pub fn load_from(
        endpoint: Option<&str>,
        data_dir: &Path,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<LoadedConfig, ConfigError> {
        let env = |k: &str| env(k).filter(|v| !v.trim().is_empty());
        let path = data_dir.join(CONFIG_FILE);
        let mut warnings = Vec::new();
        let file = read_file(&path, &mut warnings)?;
        let endpoint = endpoint
            .filter(|e| !e.trim().is_empty())
            .map(str::to_string)
            .or_else(|| env(ENV_URL))
            .or_else(|| file.as_ref().and_then(|f| f.endpoint.clone()))
            .ok_or_else(|| ConfigError::NoEndpoint(path.clone()))?;
        let (user, password) = match (env(ENV_USER), env(ENV_PASSWORD)) {
            (Some(u), Some(p)) => (u, p),
            _ => match file.as_ref().map(|f| (f.user.clone(), f.password.clone())) {
                Some((Some(u), Some(p))) => (u, p),
                _ => return Err(ConfigError::NoCredentials(path)),
            },
        };
        let config = LrsConfig::new(&endpoint, &user, &password)?;
        if config.endpoint.starts_with("http://") && !is_loopback(&config.endpoint) {
            warnings.push(format!(
                "warning: {} is not https: the password and the results cross the network unencrypted",
                config.endpoint
            ));
        }
        Ok(LoadedConfig { config, warnings })
    }
}

/// A configuration and what the user should know about it (a file others
/// can read, an endpoint without encryption).
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    pub config: LrsConfig,
    pub warnings: Vec<String>,
}

/// Why there is no usable configuration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "no learning record store given: pass its xAPI address (`--send https://lrs.example.org/xAPI`), or set {ENV_URL}, or write \"endpoint\" in {}", .0.display()
    )]
    NoEndpoint(PathBuf),
    #[error(
        "no credentials for the learning record store: set {ENV_USER} and {ENV_PASSWORD}, or write \"user\" and \"password\" in {} (readable only by you)", .0.display()
    )]
    NoCredentials(PathBuf),
    #[error("`{url}` is not the address of a learning record store: {why}")]
    InvalidUrl { url: String, why: String },
    #[error("cannot use {}: {why}", .path.display())]
    BadFile { path: PathBuf, why: String },
}

/// The fields of `lrs.json`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    endpoint: Option<String>,
    user: Option<String>,
    password: Option<String>,
}

fn read_file(path: &Path, warnings: &mut Vec<String>) -> Result<Option<ConfigFile>, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ConfigError::BadFile {
                path: path.into(),
                why: e.to_string(),
            });
        }
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(m) = std::fs::metadata(path)
            && m.permissions().mode() & 0o077 != 0
        {
            warnings.push(format!(
                "warning: {} can be read by other users of this computer; make it yours alone with `chmod 600 {}`",
                path.display(),
                path.display()
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = &warnings;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| ConfigError::BadFile {
            path: path.into(),
            why: format!(
                "{e} (expected {{\"endpoint\": \"https://...\", \"user\": \"...\", \"password\": \"...\"}})"
            ),
        })
}

/// The endpoint checked (`http` or `https`, a host, no credentials, query
/// or fragment) without a trailing `/`; a `/statements` at its end is
/// dropped, as people often paste the resource's address.
pub(crate) fn normalise_endpoint(url: &str) -> Result<String, ConfigError> {
    let bad = |why: &str| ConfigError::InvalidUrl {
        url: url.to_string(),
        why: why.to_string(),
    };
    let u = url.trim();
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .ok_or_else(|| bad("it must start with https:// (or http://)"))?;
    let authority = rest.split('/').next().unwrap_or("");
    if authority.is_empty() {
        return Err(bad("it names no host"));
    }
    if authority.contains('@') {
        return Err(bad(
            "credentials do not belong in the address, where others can read them; set them in the environment or the configuration file",
        ));
    }
    if u.contains(['?', '#']) || u.chars().any(char::is_whitespace) {
        return Err(bad(
            "it must be the xAPI base address, without spaces, `?` or `#`",
        ));
    }
    if u.parse::<ureq::http::Uri>().is_err() {
        return Err(bad("it is not a valid address"));
    }
    let mut base = u.trim_end_matches('/');
    base = base.strip_suffix("/statements").unwrap_or(base);
    Ok(base.trim_end_matches('/').to_string())
}

/// Whether the endpoint's host is this computer.
fn is_loopback(endpoint: &str) -> bool {
    let rest = endpoint.split("://").nth(1).unwrap_or("");
    let authority = rest.split('/').next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    host == "localhost" || host.starts_with("127.") || host == "::1"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_checked_and_normalised() {
        let ok = |u: &str| normalise_endpoint(u).unwrap();
        assert_eq!(
            ok("https://lrs.example.org/xAPI/"),
            "https://lrs.example.org/xAPI"
        );
        assert_eq!(
            ok(" https://lrs.example.org/xAPI/statements "),
            "https://lrs.example.org/xAPI"
        );
        assert_eq!(
            ok("http://127.0.0.1:8100/xAPI"),
            "http://127.0.0.1:8100/xAPI"
        );
        for bad in [
            "lrs.example.org/xAPI",
            "ftp://lrs.example.org",
            "https://",
            "https://user:pw@lrs.example.org/xAPI",
            "https://lrs.example.org/xAPI?x=1",
            "https://lrs example.org",
        ] {
            assert!(normalise_endpoint(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        assert!(is_loopback("http://localhost:8100/xAPI"));
        assert!(is_loopback("http://127.0.0.1/xAPI"));
        assert!(is_loopback("http://[::1]:80/xAPI"));
        assert!(!is_loopback("http://lrs.example.org/xAPI"));
    }

    #[test]
    fn the_delay_doubles_up_to_the_cap_and_honours_retry_after() {
        let p = RetryPolicy {
            tries: 6,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
        };
        assert_eq!(p.delay(0, 1.0, None), Duration::from_millis(100));
        assert_eq!(p.delay(0, 0.0, None), Duration::from_millis(50));
        assert_eq!(p.delay(2, 1.0, None), Duration::from_millis(400));
        assert_eq!(p.delay(10, 1.0, None), Duration::from_secs(1));
        assert_eq!(
            p.delay(0, 0.0, Some(Duration::from_millis(700))),
            Duration::from_millis(700)
        );
        assert_eq!(
            p.delay(0, 0.0, Some(Duration::from_secs(3600))),
            Duration::from_secs(1)
        );
    }

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let c = LrsConfig::new("https://lrs.example.org/xAPI", "key", "s3cret").unwrap();
        assert!(!format!("{c:?}").contains("s3cret"));
    }
}
