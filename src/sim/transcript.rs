//! What a run shows and records, rendered from the indices the engine
//! keeps: the steps, the transcript, the scenes since the last decision,
//! the open choices and the ending, with `{placeholders}` filled from the
//! person met.

use super::engine::{Decision, Said, Session};
use crate::scenario::Tone;
use crate::scenario::compile::CKind;
use serde::{Deserialize, Serialize};

/// Whether a choice caused or avoided a harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HarmKind {
    Caused,
    Avoided,
}

/// A harm caused or avoided at one decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HarmRecord {
    pub id: String,
    pub kind: HarmKind,
    pub severity: u8,
    /// The node of the decision.
    pub node: String,
    /// The choice's index in that node's `choices` (0-based).
    pub choice: usize,
    /// Which decision of the run (0-based).
    pub decision: usize,
}

/// One decision taken.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    pub node: String,
    /// Index in the node's `choices`.
    pub choice: usize,
    /// The number the trainee saw (1-based among the open choices).
    pub number: usize,
    pub text: String,
    pub feedback: Option<String>,
    pub harms: Vec<HarmRecord>,
    /// The trust, safety and wellbeing after the choice.
    pub meters: [i32; 3],
}

/// Something said or narrated in a scene.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Beat {
    pub node: String,
    pub speaker: String,
    pub text: String,
}

/// A choice open now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenChoice {
    /// Index in the node's `choices`.
    pub index: usize,
    /// 1-based number shown to the trainee (and typed on the keyboard).
    pub number: usize,
    pub text: String,
}

/// The ending reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndingView {
    pub node: String,
    pub title: String,
    pub outcome: String,
    pub tone: Tone,
}

/// One line of the run's transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum LogEntry {
    Scene(Beat),
    Choice {
        /// The number the trainee saw.
        number: usize,
        /// The choice's place in the node's `choices` in the file (0-based).
        index: usize,
        text: String,
    },
}

impl Session {
    /// The decisions taken, as indices.
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }
    /// How many decisions were taken.
    pub fn decision_count(&self) -> usize {
        self.decisions.len()
    }
    /// Decision `i` (0-based), rendered.
    pub fn step(&self, i: usize) -> Option<Step> {
        self.decisions.get(i).map(|d| self.render_step(i, d))
    }
    /// The last decision, rendered.
    pub fn last_step(&self) -> Option<Step> {
        self.decision_count()
            .checked_sub(1)
            .and_then(|i| self.step(i))
    }
    /// Every decision, rendered.
    pub fn steps(&self) -> Vec<Step> {
        self.decisions
            .iter()
            .enumerate()
            .map(|(i, d)| self.render_step(i, d))
            .collect()
    }
    /// The whole transcript, rendered.
    pub fn log(&self) -> Vec<LogEntry> {
        self.log_from(0)
    }
    /// The transcript from line `start` on, rendered (empty past the end).
    pub fn log_from(&self, start: usize) -> Vec<LogEntry> {
        self.log
            .get(start..)
            .unwrap_or_default()
            .iter()
            .map(|s| self.render_said(*s))
            .collect()
    }
    /// How many lines the transcript has.
    pub fn log_len(&self) -> usize {
        self.log.len()
    }
    /// The scenes shown since the last decision, ending with the current
    /// node, rendered.
    pub fn beats(&self) -> Vec<Beat> {
        self.log[self.beats_from..]
            .iter()
            .filter_map(|s| match s {
                Said::Scene(n) => Some(self.render_beat(*n as usize)),
                Said::Choice(_) => None,
            })
            .collect()
    }
    /// The text of the last scene shown before each decision, rendered
    /// (empty where a decision followed another with no scene between).
    pub(crate) fn situations(&self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.decisions.len());
        let mut last = None;
        for said in &self.log {
            match said {
                Said::Scene(n) => last = Some(*n as usize),
                Said::Choice(_) => out.push(
                    last.take()
                        .map(|n| self.render(&self.checked.compiled.texts[n].text))
                        .unwrap_or_default(),
                ),
            }
        }
        out
    }

    /// The points of the harms caused and avoided so far (total, then by
    /// area), from the compiled choices: nothing is rendered.
    pub(crate) fn points(&self) -> crate::scenario::compile::Points {
        let c = &self.checked.compiled;
        let mut p = [0; 6];
        for d in &self.decisions {
            if let CKind::Decision(choices) = &c.nodes[d.node].kind {
                for (total, v) in p.iter_mut().zip(choices[d.choice].points) {
                    *total += v;
                }
            }
        }
        p
    }
    /// Decision `i`, rendered: its text, feedback and harms.
    fn render_step(&self, i: usize, d: &Decision) -> Step {
        let c = &self.checked.compiled;
        let choice = &c.texts[d.node].choices[d.choice];
        let node = &c.node_ids[d.node];
        Step {
            node: node.clone(),
            choice: d.choice,
            number: d.number,
            text: self.render(&choice.text),
            feedback: choice.feedback.as_ref().map(|f| self.render(f)),
            harms: choice
                .harms
                .iter()
                .map(|(id, caused, severity)| HarmRecord {
                    id: id.clone(),
                    kind: if *caused {
                        HarmKind::Caused
                    } else {
                        HarmKind::Avoided
                    },
                    severity: *severity,
                    node: node.clone(),
                    choice: d.choice,
                    decision: i,
                })
                .collect(),
            meters: d.meters,
        }
    }

    fn render_beat(&self, node: usize) -> Beat {
        let c = &self.checked.compiled;
        let texts = &c.texts[node];
        Beat {
            node: c.node_ids[node].clone(),
            speaker: self.render(&texts.speaker),
            text: self.render(&texts.text),
        }
    }

    fn render_said(&self, said: Said) -> LogEntry {
        match said {
            Said::Scene(n) => LogEntry::Scene(self.render_beat(n as usize)),
            Said::Choice(i) => {
                let d = &self.decisions[i as usize];
                let text = &self.checked.compiled.texts[d.node].choices[d.choice].text;
                LogEntry::Choice {
                    number: d.number,
                    index: d.choice,
                    text: self.render(text),
                }
            }
        }
    }

    /// Fill `{placeholders}` from the run's profile; `{{` is a plain brace.
    pub(crate) fn render(&self, text: &str) -> String {
        if brace(text).is_none() {
            return text.to_string();
        }
        let values = self
            .checked
            .scenario()
            .profiles
            .get(self.profile)
            .map(|p| &p.values);
        let carried = self.carry.as_ref().map(|c| &c.values);
        render_with(text, |key| {
            carried
                .and_then(|v| v.get(key))
                .or_else(|| values.and_then(|v| v.get(key)))
                .map(|s| s.as_str())
        })
    }
}

/// Fill `{placeholders}` with a lookup; unknown ones stay as written.
pub(crate) fn render_with<'a>(text: &str, lookup: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = brace(rest) {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if let Some(after) = tail.strip_prefix('}') {
            out.push('}');
            rest = after;
            continue;
        }
        match tail.find('}') {
            Some(close) => {
                let key = &tail[1..close];
                match lookup(key) {
                    Some(v) => out.push_str(v),
                    None => out.push_str(&tail[..=close]),
                }
                rest = &tail[close + 1..];
            }
            None => {
                out.push_str(tail);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The byte offset of the first `{` or `}` (a byte search: both are ASCII).
fn brace(text: &str) -> Option<usize> {
    text.bytes().position(|b| b == b'{' || b == b'}')
}

#[cfg(test)]
mod tests {
    use super::render_with;

    #[test]
    fn placeholders_render_and_braces_escape() {
        let r = render_with("{name} said {{hi}} to {who}", |k| {
            (k == "name").then_some("Mai")
        });
        assert_eq!(r, "Mai said {hi} to {who}");
    }
}
