//! Posting statements to the LRS in batches, with retries, and reading
//! them back.

use super::config::LrsConfig;
use serde_json::Value;
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// Where a send is, reported after every batch and before every retry.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Statements dealt with so far (delivered or failed), of `total`.
    pub done: usize,
    pub total: usize,
    /// Stored by this send.
    pub sent: usize,
    /// Already in the LRS (an earlier send, or a batch whose answer was lost).
    pub already: usize,
    /// Not stored.
    pub failed: usize,
    /// Set while waiting to try a request again.
    pub retrying: Option<Retrying>,
}

/// A request about to be tried again.
#[derive(Debug, Clone, PartialEq)]
pub struct Retrying {
    /// The try to come (2 for the first retry), of `tries`.
    pub attempt: u32,
    pub tries: u32,
    pub wait: Duration,
    /// What went wrong, for a person.
    pub why: String,
}

/// What a send did. `sent + already + failed == total`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendSummary {
    pub total: usize,
    /// Stored by this send.
    pub sent: usize,
    /// Already held by the LRS (counted as delivered).
    pub already: usize,
    /// Not stored: refused one by one (a different statement with the
    /// same id is stored), or never sent because the send stopped.
    pub failed: usize,
    /// Why statements failed, one line each.
    pub problems: Vec<String>,
    pub elapsed: Duration,
}

impl SendSummary {
    /// Statements the LRS now holds.
    pub fn delivered(&self) -> usize {
        self.sent + self.already
    }
}

/// A send that stopped: why, and what was done before it stopped (the
/// statements not delivered are counted in `summary.failed`).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{reason}")]
pub struct SendError {
    pub reason: StopReason,
    pub summary: Box<SendSummary>,
}

/// Why a send or a read stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StopReason {
    #[error("the learning record store refused the user and password ({status}): {message}")]
    Unauthorized { status: u16, message: String },
    #[error(
        "{url} does not answer as an xAPI learning record store ({status}: {message}); give the xAPI base address, the one that ends before /statements"
    )]
    NotAnLrs {
        url: String,
        status: u16,
        message: String,
    },
    #[error("the learning record store refused the statements ({status}): {message}")]
    Rejected { status: u16, message: String },
    #[error("cannot reach the learning record store at {url} after {tries} tries: {why}")]
    GaveUp {
        url: String,
        tries: u32,
        why: String,
    },
    #[error("cannot reach the learning record store at {url}: {why}")]
    Unreachable { url: String, why: String },
}

/// Send `statements` (each with its `id`) to the LRS of `config`, in
/// batches of `config.batch_size`, calling `progress` after each batch and
/// before each retry. Blocks until done; run it on a background thread in
/// an interactive program.
///
/// Ids are stable, so sending again what was (perhaps) sent before stores
/// nothing twice: the LRS answers which statements it stored, and a
/// statement it already held counts as `already`. When a batch is refused
/// with 409 Conflict (some LRSs do so for a batch holding a known id, and
/// all do when a *different* statement has the same id), its statements
/// are sent one by one with `PUT ?statementId=`, and only the ones that
/// really differ from what the LRS holds fail.
///
/// Connection errors, timeouts, 429 and 5xx are tried again, with the
/// back-off of `config.retry`; a batch that still fails stops the send.
/// Wrong credentials, an address that is not an LRS, and a refusal (4xx)
/// stop it at once. Either way the error carries the summary so far.
pub fn send(
    statements: &[Value],
    config: &LrsConfig,
    mut progress: impl FnMut(Progress),
) -> Result<SendSummary, SendError> {
    let started = Instant::now();
    let client = Client::new(config);
    let mut summary = SendSummary {
        total: statements.len(),
        ..SendSummary::default()
    };
    let report = |s: &SendSummary, retrying: Option<Retrying>| Progress {
        done: s.sent + s.already + s.failed,
        total: s.total,
        sent: s.sent,
        already: s.already,
        failed: s.failed,
        retrying,
    };
    progress(report(&summary, None));
    for batch in statements.chunks(config.batch_size.max(1)) {
        let outcome = {
            let mut on_retry = |r: Retrying| progress(report(&summary, Some(r)));
            post_batch(&client, batch, &mut on_retry)
        };
        match outcome {
            Ok(Batch::Stored { new }) => {
                summary.sent += new;
                summary.already += batch.len() - new;
            }
            Ok(Batch::Conflict) => {
                for s in batch {
                    let outcome = {
                        let mut on_retry = |r: Retrying| progress(report(&summary, Some(r)));
                        put_one(&client, s, &mut on_retry)
                    };
                    match outcome {
                        Ok(One::Sent) => summary.sent += 1,
                        Ok(One::Already) => summary.already += 1,
                        Ok(One::Failed(why)) => {
                            summary.failed += 1;
                            summary.problems.push(why);
                        }
                        Err(reason) => return Err(stop(summary, reason, started)),
                    }
                    progress(report(&summary, None));
                }
            }
            Err(reason) => return Err(stop(summary, reason, started)),
        }
        progress(report(&summary, None));
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn stop(mut summary: SendSummary, reason: StopReason, started: Instant) -> SendError {
    let left = summary.total - summary.delivered() - summary.failed;
    summary.failed += left;
    if left > 0 {
        summary
            .problems
            .push(format!("{left} statement(s) not sent: {reason}"));
    }
    summary.elapsed = started.elapsed();
    SendError {
        reason,
        summary: Box::new(summary),
    }
}

/// Read statements back: `GET <endpoint>/statements?<query>`, following
/// the `more` links to the end. `query` is a URL query without `?`
/// (`registration=...`, `limit=100`), already encoded.
pub fn fetch_statements(config: &LrsConfig, query: &str) -> Result<Vec<Value>, StopReason> {
    let client = Client::new(config);
    let mut url = if query.is_empty() {
        config.statements_url()
    } else {
        format!("{}?{query}", config.statements_url())
    };
    let mut out = Vec::new();
    // A bound, so an LRS whose `more` never ends cannot keep us forever.
    for _ in 0..100_000 {
        let (status, body) = client.with_retries("GET", &url, None, &mut |_| {})?;
        if status != 200 {
            return Err(client.refusal(status, &body));
        }
        let page: Value = serde_json::from_str(&body).map_err(|_| StopReason::NotAnLrs {
            url: client.endpoint.clone(),
            status,
            message: "the answer is not a StatementResult".into(),
        })?;
        let Some(statements) = page["statements"].as_array() else {
            return Err(StopReason::NotAnLrs {
                url: client.endpoint.clone(),
                status,
                message: "the answer has no `statements`".into(),
            });
        };
        out.extend(statements.iter().cloned());
        match page["more"].as_str() {
            Some(more) if !more.is_empty() && !statements.is_empty() => {
                url = client.resolve(more);
            }
            _ => break,
        }
    }
    Ok(out)
}

/// What the LRS did with a batch.
enum Batch {
    /// Stored, `new` of them by this request (the others it held already).
    Stored { new: usize },
    /// 409: to be sent one by one.
    Conflict,
}

fn post_batch(
    client: &Client,
    batch: &[Value],
    on_retry: &mut dyn FnMut(Retrying),
) -> Result<Batch, StopReason> {
    let body = serde_json::to_vec(batch).expect("json values serialise");
    let url = client.config.statements_url();
    let (status, text) = client.with_retries("POST", &url, Some(&body), on_retry)?;
    match status {
        200 => {
            // The ids the LRS stored. Ralph lists only the statements it
            // stored now (it drops the ones it holds); others list all.
            let ids: Vec<String> =
                serde_json::from_str(&text).map_err(|_| StopReason::NotAnLrs {
                    url: client.endpoint.clone(),
                    status,
                    message: "the answer to a POST is not the list of statement ids".into(),
                })?;
            let ours: HashSet<&str> = batch.iter().filter_map(|s| s["id"].as_str()).collect();
            let new = ids
                .iter()
                .filter(|id| ours.contains(id.as_str()))
                .collect::<HashSet<_>>()
                .len();
            Ok(Batch::Stored { new })
        }
        // Ralph's answer when it held every statement of the batch.
        204 => Ok(Batch::Stored { new: 0 }),
        409 => Ok(Batch::Conflict),
        _ => Err(client.refusal(status, &text)),
    }
}

/// What the LRS did with one statement.
enum One {
    Sent,
    Already,
    Failed(String),
}

/// One statement with `PUT ?statementId=`, after asking whether the LRS
/// holds it (`GET ?statementId=`), so the summary can tell new from known.
fn put_one(
    client: &Client,
    statement: &Value,
    on_retry: &mut dyn FnMut(Retrying),
) -> Result<One, StopReason> {
    let Some(id) = statement["id"].as_str() else {
        return Ok(One::Failed("a statement without an id was not sent".into()));
    };
    let url = format!("{}?statementId={id}", client.config.statements_url());
    let (held, _) = client.with_retries("GET", &url, None, on_retry)?;
    let body = serde_json::to_vec(statement).expect("json values serialise");
    let (status, text) = client.with_retries("PUT", &url, Some(&body), on_retry)?;
    match status {
        200..=299 if held == 200 => Ok(One::Already),
        200..=299 => Ok(One::Sent),
        409 => Ok(One::Failed(format!(
            "statement {id}: the LRS holds a different statement with this id ({})",
            lrs_message(&text)
        ))),
        400 | 422 => Ok(One::Failed(format!(
            "statement {id}: refused ({status}): {}",
            lrs_message(&text)
        ))),
        _ => Err(client.refusal(status, &text)),
    }
}

/// One LRS's HTTP client: the agent, with its timeouts, and the headers
/// every request carries.
struct Client<'a> {
    config: &'a LrsConfig,
    agent: ureq::Agent,
    auth: String,
    /// The endpoint, for messages.
    endpoint: String,
}

/// A request that failed before an answer came.
enum Transport {
    /// Worth trying again (a refused or broken connection, a timeout).
    Retry(String),
    /// Not worth it (no such host, a broken address, TLS).
    Stop(StopReason),
}

impl<'a> Client<'a> {
    fn new(config: &'a LrsConfig) -> Client<'a> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(config.connect_timeout))
            .timeout_send_body(Some(config.read_timeout))
            .timeout_recv_response(Some(config.read_timeout))
            .timeout_recv_body(Some(config.read_timeout))
            // A redirect is reported, not followed: it would turn a POST
            // into a GET, and could carry the password elsewhere.
            .max_redirects(0)
            .max_redirects_will_error(false)
            .user_agent(format!("Frontline/{}", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let auth = format!(
            "Basic {}",
            base64(format!("{}:{}", config.user, config.password).as_bytes())
        );
        Client {
            config,
            agent,
            auth,
            endpoint: config.endpoint.clone(),
        }
    }

    /// `more` (a path on the same server, or a full address) as an address.
    fn resolve(&self, more: &str) -> String {
        if more.starts_with("http://") || more.starts_with("https://") {
            return more.to_string();
        }
        let e = &self.endpoint;
        let scheme_end = e.find("://").map(|i| i + 3).unwrap_or(0);
        let origin_end = e[scheme_end..]
            .find('/')
            .map(|i| scheme_end + i)
            .unwrap_or(e.len());
        format!("{}/{}", &e[..origin_end], more.trim_start_matches('/'))
    }

    /// The error for an answer that is neither success nor worth a retry.
    fn refusal(&self, status: u16, body: &str) -> StopReason {
        let message = lrs_message(body);
        match status {
            401 | 403 => StopReason::Unauthorized { status, message },
            300..=399 | 404 | 405 => StopReason::NotAnLrs {
                url: self.endpoint.clone(),
                status,
                message,
            },
            400..=499 => StopReason::Rejected { status, message },
            _ => StopReason::NotAnLrs {
                url: self.endpoint.clone(),
                status,
                message,
            },
        }
    }

    /// One request, tried again on connection errors, 429 and 5xx as the
    /// retry policy says; the status and body of the last answer.
    fn with_retries(
        &self,
        method: &str,
        url: &str,
        body: Option<&[u8]>,
        on_retry: &mut dyn FnMut(Retrying),
    ) -> Result<(u16, String), StopReason> {
        let policy = self.config.retry;
        let tries = policy.tries.max(1);
        for attempt in 1..=tries {
            let (why, retry_after) = match self.request(method, url, body) {
                Ok((status, retry_after, text)) if status == 429 || status >= 500 => (
                    format!("the LRS answered {status}: {}", lrs_message(&text)),
                    retry_after,
                ),
                Ok((status, _, text)) => return Ok((status, text)),
                Err(Transport::Retry(why)) => (why, None),
                Err(Transport::Stop(reason)) => return Err(reason),
            };
            if attempt == tries {
                return Err(StopReason::GaveUp {
                    url: self.endpoint.clone(),
                    tries,
                    why,
                });
            }
            let wait = policy.delay(attempt - 1, rand::random::<f64>(), retry_after);
            on_retry(Retrying {
                attempt: attempt + 1,
                tries,
                wait,
                why,
            });
            std::thread::sleep(wait);
        }
        unreachable!("the loop returns on its last try")
    }

    /// One request: the status, `Retry-After` and the body of the answer.
    fn request(
        &self,
        method: &str,
        url: &str,
        body: Option<&[u8]>,
    ) -> Result<(u16, Option<Duration>, String), Transport> {
        const VERSION: &str = "X-Experience-API-Version";
        let answer = match (method, body) {
            ("POST", Some(b)) => self
                .agent
                .post(url)
                .header(VERSION, "1.0.3")
                .header("Authorization", &self.auth)
                .content_type("application/json")
                .send(b),
            ("PUT", Some(b)) => self
                .agent
                .put(url)
                .header(VERSION, "1.0.3")
                .header("Authorization", &self.auth)
                .content_type("application/json")
                .send(b),
            _ => self
                .agent
                .get(url)
                .header(VERSION, "1.0.3")
                .header("Authorization", &self.auth)
                .call(),
        };
        let mut answer = answer.map_err(|e| self.transport(e))?;
        let status = answer.status().as_u16();
        let retry_after = answer
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let location = answer
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let text = answer
            .body_mut()
            .read_to_string()
            .map_err(|e| self.transport(e))?;
        let text = match location {
            Some(l) if (300..400).contains(&status) => format!("it redirects to {l}"),
            _ => text,
        };
        Ok((status, retry_after, text))
    }

    fn transport(&self, e: ureq::Error) -> Transport {
        let url = self.endpoint.clone();
        match e {
            ureq::Error::Timeout(t) => Transport::Retry(format!("no answer in time ({t})")),
            ureq::Error::ConnectionFailed => Transport::Retry("the connection failed".into()),
            ureq::Error::Io(io) => Transport::Retry(io.to_string()),
            ureq::Error::Protocol(p) => Transport::Retry(format!("a broken answer ({p})")),
            ureq::Error::BodyStalled => Transport::Retry("the answer stalled".into()),
            ureq::Error::HostNotFound => Transport::Stop(StopReason::Unreachable {
                url,
                why: "no such host (check the address)".into(),
            }),
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) => {
                Transport::Stop(StopReason::Unreachable {
                    url,
                    why: format!("the secure connection failed: {e}"),
                })
            }
            other => Transport::Stop(StopReason::Unreachable {
                url,
                why: other.to_string(),
            }),
        }
    }
}

/// The LRS's own words from an error answer: `detail` (Ralph), `message`
/// or `error` of a JSON body, else the start of the text.
fn lrs_message(body: &str) -> String {
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        for key in ["detail", "message", "error", "errorMessage"] {
            match &v[key] {
                Value::String(s) => return crate::workshop::shown::escape_controls(s).into_owned(),
                Value::Null => {}
                other => return other.to_string(),
            }
        }
    }
    let text: String = body.trim().chars().take(200).collect();
    if text.is_empty() {
        "no message".into()
    } else {
        crate::workshop::shown::escape_controls(&text).into_owned()
    }
}

/// Standard base64 with padding (RFC 4648), for the basic-auth header.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        for (input, want) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), want);
        }
    }

    #[test]
    fn the_lrs_message_is_read_from_its_answer() {
        assert_eq!(
            lrs_message(r#"{"detail":"Invalid JSON body"}"#),
            "Invalid JSON body"
        );
        assert_eq!(lrs_message(r#"{"message":"bad"}"#), "bad");
        assert_eq!(lrs_message(""), "no message");
        assert_eq!(lrs_message("<html>x</html>"), "<html>x</html>");
    }

    #[test]
    fn more_links_resolve_against_the_server() {
        let c = LrsConfig::new("http://127.0.0.1:8100/xAPI", "u", "p").unwrap();
        let client = Client::new(&c);
        assert_eq!(
            client.resolve("/xAPI/statements?limit=1&search_after=x"),
            "http://127.0.0.1:8100/xAPI/statements?limit=1&search_after=x"
        );
        assert_eq!(client.resolve("https://other/x"), "https://other/x");
    }
}
