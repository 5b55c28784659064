//! The running session: one trainee's run through one scenario. The same
//! scenario, seed and choices always give the same run, so a session is
//! saved as its seed and choices, and rewound by replaying a prefix.

use crate::scenario::check::Checked;
use crate::scenario::compile::{CKind, Compiled, apply_effects};
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use super::transcript::{Beat, EndingView, HarmKind, HarmRecord, LogEntry, OpenChoice, Step};

/// What a case journey carries into one of its stages: the values of
/// variables by name (the meters and the case's facts) and the placeholder
/// values of the person, which replace those of the stage's profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carry {
    #[serde(default)]
    pub vars: Vec<(String, i32)>,
    #[serde(default)]
    pub values: BTreeMap<String, String>,
}

/// A session as data: enough to restore it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSave {
    pub scenario: String,
    pub version: i64,
    pub seed: u64,
    /// Index of each choice in its node's `choices`.
    pub choices: Vec<usize>,
    /// What a case carried in, for a stage of a case journey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carry: Option<Carry>,
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

/// One decision taken, as the engine keeps it: indices into the scenario,
/// so that a choice costs the same whatever the run's length or the
/// scenario's size. [`Session::step`] renders it as a [`Step`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// The node's index in the compiled scenario.
    pub node: usize,
    /// Index in the node's `choices`.
    pub choice: usize,
    /// The number the trainee saw (1-based among the open choices).
    pub number: usize,
    /// The trust, safety and wellbeing after the choice.
    pub meters: [i32; 3],
}

/// One line of the transcript, as kept: a scene shown (by node index) or a
/// decision (by its index in the run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Said {
    Scene(u32),
    Choice(u32),
}

/// A run in progress or finished. It keeps indices, not texts: the texts
/// are rendered when asked for ([`Session::steps`], [`Session::log`],
/// [`Session::beats`]).
#[derive(Debug, Clone)]
pub struct Session {
    pub(super) checked: Checked,
    pub(super) seed: u64,
    pub(super) rng: Xoshiro256PlusPlus,
    pub(super) profile: usize,
    /// What a case carried in (None for a scenario played alone).
    pub(super) carry: Option<Arc<Carry>>,
    pub(super) vars: Vec<i32>,
    pub(super) node: usize,
    pub(super) decisions: Vec<Decision>,
    pub(super) log: Vec<Said>,
    /// Where the scenes shown since the last decision start in `log`.
    pub(super) beats_from: usize,
}

impl Session {
    /// Start a run. The seed picks the profile and every random event.
    pub fn start(checked: &Checked, seed: u64) -> Session {
        Session::begin(checked, seed, None)
    }

    /// Start a stage of a case journey: the seed picks the profile and
    /// every random event, as in [`Session::start`]; the carried variables
    /// replace the scenario's and the profile's starting values, and the
    /// carried placeholder values replace the profile's.
    pub fn start_carrying(checked: &Checked, seed: u64, carry: Carry) -> Session {
        Session::begin(checked, seed, Some(Arc::new(carry)))
    }

    fn begin(checked: &Checked, seed: u64, carry: Option<Arc<Carry>>) -> Session {
        Session::begin_with(checked, seed, |c, profile| {
            let vars = match &carry {
                Some(carry) => c.start_vars_carrying(profile, &carry.vars),
                None => c.start_vars(profile),
            };
            (carry, vars, c.start)
        })
    }

    /// A session whose seed picks the profile, then `place` says what it
    /// carries, its variables and its node for that profile.
    fn begin_with(
        checked: &Checked,
        seed: u64,
        place: impl FnOnce(&Compiled, usize) -> (Option<Arc<Carry>>, Vec<i32>, usize),
    ) -> Session {
        let c = &checked.compiled;
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let profile = pick_weighted(&mut rng, c.profiles.iter().map(|p| p.weight));
        let (carry, vars, node) = place(c, profile);
        let mut s = Session {
            checked: checked.clone(),
            seed,
            rng,
            profile,
            carry,
            vars,
            node,
            decisions: Vec::new(),
            log: Vec::new(),
            beats_from: 0,
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
        Session::begin_with(checked, seed, |c, profile| {
            let vars = if vars.len() == c.var_names.len() {
                vars
            } else {
                c.start_vars(profile)
            };
            (None, vars, node.min(c.nodes.len().saturating_sub(1)))
        })
    }

    /// Restore a saved session by replaying it.
    pub fn restore(checked: &Checked, save: &SessionSave) -> Result<Session, EngineError> {
        if save.scenario != checked.id() {
            return Err(EngineError::WrongScenario {
                saved: save.scenario.clone(),
                found: checked.id().to_string(),
            });
        }
        let mut s = Session::begin(checked, save.seed, save.carry.clone().map(Arc::new));
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
            choices: self.decisions.iter().map(|d| d.choice).collect(),
            carry: self.carry.as_deref().cloned(),
        }
    }

    /// Go back to just before decision `n` (0-based) and continue from there.
    pub fn rewind(&mut self, n: usize) -> Result<(), EngineError> {
        if n > self.decisions.len() {
            return Err(EngineError::NoSuchDecision(n + 1, self.decisions.len()));
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

    /// The key of the current node for shuffling its choices.
    fn node_key(&self) -> u64 {
        crate::sim::seed::fnv1a(self.node_id().as_bytes())
    }

    /// The sort key of choice `i` of the node with `node_key` when the
    /// scenario shuffles choices (ties broken by the index).
    fn shuffle_key(&self, node_key: u64, i: usize) -> (u64, usize) {
        let k = splitmix(self.seed ^ node_key ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        (k, i)
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
            let node_key = self.node_key();
            let key = self.shuffle_key(node_key, index);
            (0..choices.len())
                .filter(|j| *j != index && self.is_open(*j) && self.shuffle_key(node_key, *j) < key)
                .count()
        } else {
            (0..index).filter(|j| self.is_open(*j)).count()
        };
        Some(before + 1)
    }

    /// The index of the open choice shown `rank`-th (0-based) when the
    /// scenario shuffles choices: each condition is evaluated once, and a
    /// node of up to 16 choices is ranked on the stack.
    fn shuffled_nth(&self, count: usize, rank: usize) -> Option<usize> {
        const ON_STACK: usize = 16;
        if count > ON_STACK {
            return self.open_order().get(rank).copied();
        }
        let node_key = self.node_key();
        let mut keys = [(u64::MAX, usize::MAX); ON_STACK];
        let mut open = 0;
        for i in (0..count).filter(|i| self.is_open(*i)) {
            keys[open] = self.shuffle_key(node_key, i);
            open += 1;
        }
        let keys = &mut keys[..open];
        keys.sort_unstable();
        keys.get(rank).map(|k| k.1)
    }

    /// The indices of the open choices, in the order shown.
    fn open_order(&self) -> Vec<usize> {
        let c = &self.checked.compiled;
        let mut open = c.open_choices(self.node, &self.vars);
        if c.scenario.shuffle_choices {
            let node_key = self.node_key();
            open.sort_by_key(|i| self.shuffle_key(node_key, *i));
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
    pub fn choose_number(&mut self, number: usize) -> Result<Decision, EngineError> {
        let index = match &self.checked.compiled.nodes[self.node].kind {
            CKind::Decision(_) if number == 0 => None,
            CKind::Decision(choices) if self.checked.scenario().shuffle_choices => {
                self.shuffled_nth(choices.len(), number - 1)
            }
            // In the file's order the n-th open choice has number n.
            CKind::Decision(choices) => (0..choices.len())
                .filter(|i| self.is_open(*i))
                .nth(number - 1),
            _ => None,
        };
        match index {
            Some(i) => self.choose_at(i, number),
            None if self.is_ended() => Err(EngineError::Ended),
            None => Err(EngineError::NotOpen(number, self.open_numbers())),
        }
    }

    /// Choose by index in the node's `choices`.
    pub fn choose(&mut self, index: usize) -> Result<Decision, EngineError> {
        if self.is_ended() {
            return Err(EngineError::Ended);
        }
        let Some(number) = self.number_of(index) else {
            return Err(EngineError::NotOpen(index + 1, self.open_numbers()));
        };
        self.choose_at(index, number)
    }

    /// Take open choice `index`, shown as `number`.
    fn choose_at(&mut self, index: usize, number: usize) -> Result<Decision, EngineError> {
        let compiled = Arc::clone(&self.checked.compiled);
        let c = &*compiled;
        let CKind::Decision(cchoices) = &c.nodes[self.node].kind else {
            return Err(EngineError::Ended);
        };
        let cc = &cchoices[index];
        let from = self.node;
        self.log.push(Said::Choice(self.decisions.len() as u32));
        apply_effects(&cc.effects, &mut self.vars);
        self.node = cc.target;
        c.enter(self.node, &mut self.vars);
        let decision = Decision {
            node: from,
            choice: index,
            number,
            meters: self.meters(),
        };
        self.decisions.push(decision);
        self.beats_from = self.log.len();
        self.settle();
        Ok(decision)
    }

    /// Follow passages and random events until a decision or an ending.
    fn settle(&mut self) {
        let compiled = Arc::clone(&self.checked.compiled);
        let c = &*compiled;
        // Bounded: the checker rejects loops that never reach a decision or ending,
        // but a scenario loaded without checking must not hang the game.
        for _ in 0..=c.nodes.len() * 4 {
            if c.texts[self.node].shown {
                self.log.push(Said::Scene(self.node as u32));
            }
            match &c.nodes[self.node].kind {
                CKind::Passage(t) => {
                    self.node = *t;
                    c.enter(self.node, &mut self.vars);
                }
                CKind::Route(routes, otherwise) => {
                    self.node = Compiled::route(routes, *otherwise, &self.vars);
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
