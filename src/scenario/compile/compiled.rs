//! What compiling produces: a scenario with names resolved to indices, the
//! form the engine and the explorer run on.

use crate::guide::area::Area;
use crate::scenario::expr::{Cmp, EffectOp};
use crate::scenario::{NUMBER_MAX, NUMBER_MIN, Scenario};
use std::collections::HashMap;
use std::path::PathBuf;

/// Harm points of a choice: index 0 is the total, 1..=5 the areas in
/// `Area::ALL` order. Avoiding a harm adds its severity, causing it subtracts.
pub type Points = [i32; 6];

/// Index of an area in a [`Points`] array.
pub(crate) fn area_slot(area: Area) -> usize {
    1 + Area::ALL.iter().position(|a| *a == area).unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    Number,
    Flag,
}

/// A condition with variables resolved to their slots.
#[derive(Debug, Clone)]
pub enum CCond {
    Truthy(COperand),
    Compare(COperand, Cmp, COperand),
    Not(Box<CCond>),
    And(Box<CCond>, Box<CCond>),
    Or(Box<CCond>, Box<CCond>),
}

#[derive(Debug, Clone, Copy)]
pub enum COperand {
    Var(usize),
    Const(i32),
}

impl COperand {
    fn value(self, vars: &[i32]) -> i32 {
        match self {
            COperand::Var(i) => vars[i],
            COperand::Const(c) => c,
        }
    }
}

impl CCond {
    pub(crate) fn holds(&self, vars: &[i32]) -> bool {
        match self {
            CCond::Truthy(o) => o.value(vars) != 0,
            CCond::Compare(a, op, b) => op.holds(a.value(vars), b.value(vars)),
            CCond::Not(c) => !c.holds(vars),
            CCond::And(a, b) => a.holds(vars) && b.holds(vars),
            CCond::Or(a, b) => a.holds(vars) || b.holds(vars),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CEffect {
    pub var: usize,
    pub op: EffectOp,
}

/// Apply effects, keeping numbers within range.
pub(crate) fn apply_effects(effects: &[CEffect], vars: &mut [i32]) {
    for e in effects {
        let v = &mut vars[e.var];
        *v = match e.op {
            EffectOp::Add(n) => (*v + n).clamp(NUMBER_MIN, NUMBER_MAX),
            EffectOp::Set(n) => n.clamp(NUMBER_MIN, NUMBER_MAX),
            EffectOp::SetFlag(b) => i32::from(b),
        };
    }
}

#[derive(Debug, Clone)]
pub struct CChoice {
    pub when: Option<CCond>,
    pub effects: Vec<CEffect>,
    pub target: usize,
    pub points: Points,
}

#[derive(Debug, Clone)]
pub struct CBranch {
    pub weight: u32,
    pub effects: Vec<CEffect>,
    pub target: usize,
}

/// One route of a passage that depends on the story so far.
#[derive(Debug, Clone)]
pub struct CRoute {
    pub when: CCond,
    pub target: usize,
}

#[derive(Debug, Clone)]
pub enum CKind {
    Decision(Vec<CChoice>),
    Passage(usize),
    /// `next_if`: the first route whose condition holds, else the node given.
    Route(Vec<CRoute>, usize),
    Random(Vec<CBranch>),
    Ending,
}

#[derive(Debug, Clone)]
pub struct CNode {
    pub effects: Vec<CEffect>,
    pub kind: CKind,
}

#[derive(Debug, Clone)]
pub struct CProfile {
    pub weight: u32,
    pub effects: Vec<CEffect>,
}

/// What a run shows of one choice, by index: no name to look up.
#[derive(Debug, Clone)]
pub(crate) struct ChoiceText {
    pub(crate) text: String,
    pub(crate) feedback: Option<String>,
    /// The harms it causes (`true`) or avoids (`false`), in the order a
    /// run records them, with severities clamped to 1..=3.
    pub(crate) harms: Vec<(String, bool, u8)>,
    /// The guidance items the author picked (`ID-3.2`), for the debrief.
    pub(crate) guidance: Vec<String>,
}

/// What a run shows of one node, by index.
#[derive(Debug, Clone)]
pub(crate) struct NodeText {
    pub(crate) speaker: String,
    pub(crate) text: String,
    /// Whether entering the node shows a beat.
    pub(crate) shown: bool,
    pub(crate) choices: Vec<ChoiceText>,
}

impl NodeText {
    /// The texts of every node, in the order of `node_ids`.
    pub(crate) fn of(scenario: &Scenario) -> Vec<NodeText> {
        scenario
            .nodes
            .values()
            .map(|node| NodeText {
                speaker: node.speaker.clone(),
                text: node.text.clone(),
                shown: !node.text.is_empty() || node.is_ending() || !node.choices.is_empty(),
                choices: node
                    .choices
                    .iter()
                    .map(|ch| ChoiceText {
                        text: ch.text.clone(),
                        feedback: ch.feedback.clone(),
                        harms: (ch.causes.iter().map(|h| (h, true)))
                            .chain(ch.avoids.iter().map(|h| (h, false)))
                            .map(|((id, sev), caused)| {
                                (id.clone(), caused, (*sev).clamp(1, 3) as u8)
                            })
                            .collect(),
                        guidance: ch.guidance.clone(),
                    })
                    .collect(),
            })
            .collect()
    }
}

/// A scenario ready to run: names resolved to indices.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub scenario: Scenario,
    pub file: PathBuf,
    pub var_names: Vec<String>,
    pub var_kinds: Vec<VarKind>,
    pub initial: Vec<i32>,
    pub node_ids: Vec<String>,
    pub node_index: HashMap<String, usize>,
    pub nodes: Vec<CNode>,
    /// Never empty: a scenario without profiles gets one plain profile.
    pub profiles: Vec<CProfile>,
    pub start: usize,
    /// The texts the engine shows, by node index (a copy of the
    /// scenario's, so that a choice looks nothing up by name).
    pub(crate) texts: Vec<NodeText>,
}

impl Compiled {
    /// The same scenario with the texts of `scenario`, which must have the
    /// same structure: a translation. Nothing but the texts changes, so the
    /// exploration and scoring of the original hold for it.
    pub fn with_texts_of(&self, scenario: Scenario) -> Compiled {
        Compiled {
            texts: NodeText::of(&scenario),
            scenario,
            ..self.clone()
        }
    }

    pub(crate) fn var(&self, name: &str) -> Option<usize> {
        self.var_names.iter().position(|v| v == name)
    }

    /// The variables at the start of a run with profile `p`, after the start
    /// node's own effects.
    pub(crate) fn start_vars(&self, profile: usize) -> Vec<i32> {
        self.start_vars_carrying(profile, &[])
    }

    /// [`Compiled::start_vars`], with the values `carried` in from a case's
    /// earlier stages (by variable name; names the scenario does not declare
    /// are passed over) replacing the scenario's and the profile's, before
    /// the start node's own effects.
    pub(crate) fn start_vars_carrying(
        &self,
        profile: usize,
        carried: &[(String, i32)],
    ) -> Vec<i32> {
        let mut vars = self.initial.clone();
        apply_effects(&self.profiles[profile].effects, &mut vars);
        for (name, value) in carried {
            if let Some(i) = self.var(name) {
                vars[i] = *value;
            }
        }
        apply_effects(&self.nodes[self.start].effects, &mut vars);
        vars
    }

    /// Where a passage with routes leads with `vars`.
    pub(crate) fn route(routes: &[CRoute], otherwise: usize, vars: &[i32]) -> usize {
        routes
            .iter()
            .find(|r| r.when.holds(vars))
            .map_or(otherwise, |r| r.target)
    }

    /// Move into node `target`: apply its effects.
    pub(crate) fn enter(&self, target: usize, vars: &mut [i32]) {
        apply_effects(&self.nodes[target].effects, vars);
    }

    /// The choices of a decision node that are open in `vars`.
    pub(crate) fn open_choices(&self, node: usize, vars: &[i32]) -> Vec<usize> {
        match &self.nodes[node].kind {
            CKind::Decision(choices) => choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.when.as_ref().is_none_or(|w| w.holds(vars)))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Describe the variables, for messages: `trust=40, asked=true`.
    pub(crate) fn describe_vars(&self, vars: &[i32]) -> String {
        self.var_names
            .iter()
            .zip(&self.var_kinds)
            .zip(vars)
            .map(|((n, k), v)| match k {
                VarKind::Flag => format!("{n}={}", *v != 0),
                VarKind::Number => format!("{n}={v}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}
