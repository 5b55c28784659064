//! The running session: one trainee's run through one scenario. The same
//! scenario, seed and choices always give the same run, so a session is
//! saved as its seed and choices, and rewound by replaying a prefix.

use crate::scenario::Tone;
use crate::scenario::check::Checked;
use crate::scenario::compile::{CKind, apply_effects};
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

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
    Choice { number: usize, text: String },
}

/// A session as data: enough to restore it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSave {
    pub scenario: String,
    pub version: i64,
    pub seed: u64,
    /// Index of each choice in its node's `choices`.
    pub choices: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("the scenario has ended; there is nothing left to choose")]
    Ended,
    #[error("choice {0} is not open here; the open choices are {1}")]
    NotOpen(usize, String),
    #[error("this run was saved for scenario `{saved}`, not `{found}`")]
    WrongScenario { saved: String, found: String },
    #[error(
        "the scenario has changed since this run was saved (decision {0} is no longer possible)"
    )]
    Changed(usize),
    #[error("there is no decision {0} to go back to; this run has {1}")]
    NoSuchDecision(usize, usize),
}

/// A run in progress or finished.
#[derive(Debug, Clone)]
pub struct Session {
    checked: Checked,
    seed: u64,
    rng: Xoshiro256PlusPlus,
    profile: usize,
    vars: Vec<i32>,
    node: usize,
    steps: Vec<Step>,
    /// What was shown since the last decision, ending with the current node.
    beats: Vec<Beat>,
    log: Vec<LogEntry>,
}

impl Session {
    /// Start a run. The seed picks the profile and every random event.
    pub fn start(checked: &Checked, seed: u64) -> Session {
        let c = &checked.compiled;
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let profile = pick_weighted(&mut rng, c.profiles.iter().map(|p| p.weight));
        let vars = c.start_vars(profile);
        let mut s = Session {
            checked: checked.clone(),
            seed,
            rng,
            profile,
            vars,
            node: c.start,
            steps: Vec::new(),
            beats: Vec::new(),
            log: Vec::new(),
        };
        s.settle();
        s
    }

    /// Start a test run at `node` with the variables `vars` (those of a run
    /// that reached it, after its effects), for the scenario map's "play
    /// from here". The seed picks the profile (as in [`Session::start`])
    /// and every random event after. Such a run is for trying a scene out:
    /// its [`Session::save`] holds only the choices made from `node`, so it
    /// cannot be restored or rewound, and it is not a result.
    pub fn start_at(checked: &Checked, seed: u64, node: usize, vars: Vec<i32>) -> Session {
        let c = &checked.compiled;
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let profile = pick_weighted(&mut rng, c.profiles.iter().map(|p| p.weight));
        let vars = if vars.len() == c.var_names.len() {
            vars
        } else {
            c.start_vars(profile)
        };
        let mut s = Session {
            checked: checked.clone(),
            seed,
            rng,
            profile,
            vars,
            node: node.min(c.nodes.len().saturating_sub(1)),
            steps: Vec::new(),
            beats: Vec::new(),
            log: Vec::new(),
        };
        s.settle();
        s
    }

    /// Restore a saved session by replaying it.
    pub fn restore(checked: &Checked, save: &SessionSave) -> Result<Session, EngineError> {
        if save.scenario != checked.id() {
            return Err(EngineError::WrongScenario {
                saved: save.scenario.clone(),
                found: checked.id().to_string(),
            });
        }
        let mut s = Session::start(checked, save.seed);
        for (i, c) in save.choices.iter().enumerate() {
            s.choose(*c).map_err(|_| EngineError::Changed(i + 1))?;
        }
        Ok(s)
    }

    pub fn save(&self) -> SessionSave {
        SessionSave {
            scenario: self.checked.id().to_string(),
            version: self.checked.scenario().version,
            seed: self.seed,
            choices: self.steps.iter().map(|s| s.choice).collect(),
        }
    }

    /// Go back to just before decision `n` (0-based) and continue from there.
    pub fn rewind(&mut self, n: usize) -> Result<(), EngineError> {
        if n > self.steps.len() {
            return Err(EngineError::NoSuchDecision(n + 1, self.steps.len()));
        }
        let mut save = self.save();
        save.choices.truncate(n);
        *self = Session::restore(&self.checked, &save)?;
        Ok(())
    }

    pub(crate) fn checked(&self) -> &Checked {
        &self.checked
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub(crate) fn profile(&self) -> usize {
        self.profile
    }
    pub fn profile_label(&self) -> &str {
        self.checked
            .scenario()
            .profiles
            .get(self.profile)
            .map(|p| p.label.as_str())
            .unwrap_or("")
    }
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }
    pub fn beats(&self) -> &[Beat] {
        &self.beats
    }
    pub fn node_id(&self) -> &str {
        &self.checked.compiled.node_ids[self.node]
    }

    /// A variable's current value (flags are 0 or 1).
    pub fn var(&self, name: &str) -> Option<i32> {
        self.checked.compiled.var(name).map(|i| self.vars[i])
    }

    /// Trust, safety and wellbeing.
    pub fn meters(&self) -> [i32; 3] {
        [self.vars[0], self.vars[1], self.vars[2]]
    }

    pub fn is_ended(&self) -> bool {
        matches!(self.checked.compiled.nodes[self.node].kind, CKind::Ending)
    }

    pub fn ending(&self) -> Option<EndingView> {
        let node = &self.checked.scenario().nodes[self.node_id()];
        node.ending.as_ref().map(|e| EndingView {
            node: self.node_id().to_string(),
            title: self.render(&e.title),
            outcome: self.render(&e.outcome),
            tone: e.tone,
        })
    }

    /// The choices open now, numbered as the trainee sees them.
    pub fn choices(&self) -> Vec<OpenChoice> {
        let texts = &self.checked.compiled.texts[self.node];
        self.open_order()
            .into_iter()
            .enumerate()
            .map(|(k, i)| OpenChoice {
                index: i,
                number: k + 1,
                text: self.render(&texts.choices[i].text),
            })
            .collect()
    }

    /// How many choices are open now.
    pub(crate) fn open_count(&self) -> usize {
        let c = &self.checked.compiled;
        match &c.nodes[self.node].kind {
            CKind::Decision(choices) => (0..choices.len()).filter(|i| self.is_open(*i)).count(),
            _ => 0,
        }
    }

    /// Whether choice `i` of the current node is open.
    fn is_open(&self, i: usize) -> bool {
        match &self.checked.compiled.nodes[self.node].kind {
            CKind::Decision(choices) => choices
                .get(i)
                .is_some_and(|c| c.when.as_ref().is_none_or(|w| w.holds(&self.vars))),
            _ => false,
        }
    }

    /// The sort key of choice `i` when the scenario shuffles choices.
    fn shuffle_key(&self, i: usize) -> u64 {
        let node_key = crate::sim::seed::fnv1a(self.node_id().as_bytes());
        splitmix(self.seed ^ node_key ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// The 1-based number the trainee sees for open choice `index`,
    /// without building the list of open choices.
    fn number_of(&self, index: usize) -> Option<usize> {
        if !self.is_open(index) {
            return None;
        }
        let CKind::Decision(choices) = &self.checked.compiled.nodes[self.node].kind else {
            return None;
        };
        let before = if self.checked.scenario().shuffle_choices {
            let key = (self.shuffle_key(index), index);
            (0..choices.len())
                .filter(|j| *j != index && self.is_open(*j) && (self.shuffle_key(*j), *j) < key)
                .count()
        } else {
            (0..index).filter(|j| self.is_open(*j)).count()
        };
        Some(before + 1)
    }

    /// The indices of the open choices, in the order shown.
    fn open_order(&self) -> Vec<usize> {
        let c = &self.checked.compiled;
        let mut open = c.open_choices(self.node, &self.vars);
        if c.scenario.shuffle_choices {
            open.sort_by_key(|i| self.shuffle_key(*i));
        }
        open
    }

    /// The numbers of the open choices, for an error message.
    fn open_numbers(&self) -> String {
        (1..=self.open_order().len())
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Choose by the number the trainee sees (1-based).
    pub fn choose_number(&mut self, number: usize) -> Result<&Step, EngineError> {
        let index = match &self.checked.compiled.nodes[self.node].kind {
            CKind::Decision(_) if number == 0 => None,
            CKind::Decision(choices) if self.checked.scenario().shuffle_choices => {
                (0..choices.len()).find(|i| self.number_of(*i) == Some(number))
            }
            // In the file's order the n-th open choice has number n.
            CKind::Decision(choices) => (0..choices.len())
                .filter(|i| self.is_open(*i))
                .nth(number - 1),
            _ => None,
        };
        match index {
            Some(i) => self.choose(i),
            None if self.is_ended() => Err(EngineError::Ended),
            None => Err(EngineError::NotOpen(number, self.open_numbers())),
        }
    }

    /// Choose by index in the node's `choices`.
    pub fn choose(&mut self, index: usize) -> Result<&Step, EngineError> {
        if self.is_ended() {
            return Err(EngineError::Ended);
        }
        let Some(number) = self.number_of(index) else {
            return Err(EngineError::NotOpen(index + 1, self.open_numbers()));
        };
        let compiled = Arc::clone(&self.checked.compiled);
        let c = &*compiled;
        let CKind::Decision(cchoices) = &c.nodes[self.node].kind else {
            return Err(EngineError::Ended);
        };
        let cc = &cchoices[index];
        let choice = &c.texts[self.node].choices[index];
        let node_id = &c.node_ids[self.node];
        let decision = self.steps.len();
        let harms = choice
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
                node: node_id.clone(),
                choice: index,
                decision,
            })
            .collect();
        let text = self.render(&choice.text);
        self.log.push(LogEntry::Choice {
            number,
            text: text.clone(),
        });
        apply_effects(&cc.effects, &mut self.vars);
        self.node = cc.target;
        c.enter(self.node, &mut self.vars);
        let step = Step {
            node: node_id.clone(),
            choice: index,
            number,
            text,
            feedback: choice.feedback.as_ref().map(|f| self.render(f)),
            harms,
            meters: self.meters(),
        };
        self.steps.push(step);
        self.beats.clear();
        self.settle();
        Ok(self.steps.last().expect("just pushed"))
    }

    /// Follow passages and random events until a decision or an ending.
    fn settle(&mut self) {
        let compiled = Arc::clone(&self.checked.compiled);
        let c = &*compiled;
        // Bounded: the checker rejects loops that never reach a decision or ending,
        // but a scenario loaded without checking must not hang the game.
        for _ in 0..=c.nodes.len() * 4 {
            let texts = &c.texts[self.node];
            if texts.shown {
                let beat = Beat {
                    node: c.node_ids[self.node].clone(),
                    speaker: self.render(&texts.speaker),
                    text: self.render(&texts.text),
                };
                self.log.push(LogEntry::Scene(beat.clone()));
                self.beats.push(beat);
            }
            match &c.nodes[self.node].kind {
                CKind::Passage(t) => {
                    self.node = *t;
                    c.enter(self.node, &mut self.vars);
                }
                CKind::Random(branches) => {
                    let i = pick_weighted(&mut self.rng, branches.iter().map(|b| b.weight));
                    let b = &branches[i];
                    apply_effects(&b.effects, &mut self.vars);
                    self.node = b.target;
                    c.enter(self.node, &mut self.vars);
                }
                CKind::Decision(_) | CKind::Ending => return,
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
        render_with(text, |key| {
            values.and_then(|v| v.get(key)).map(|s| s.as_str())
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

/// SplitMix64's finaliser: spreads a key over all bits.
fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Pick an index by weight. A single option draws nothing from the generator.
fn pick_weighted(
    rng: &mut Xoshiro256PlusPlus,
    weights: impl Iterator<Item = u32> + Clone,
) -> usize {
    let (count, total) = weights
        .clone()
        .fold((0usize, 0u64), |(n, t), w| (n + 1, t + u64::from(w)));
    if count <= 1 || total == 0 {
        return 0;
    }
    let mut roll = rng.random_range(0..total);
    for (i, w) in weights.map(u64::from).enumerate() {
        if roll < w {
            return i;
        }
        roll -= w;
    }
    count - 1
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
