//! The case explorer: every stage from every situation the stage before
//! can end in, projected onto what a case carries (the meters and the
//! facts). It finds the stages that cannot go on from such a start, and
//! the best and worst totals over the whole journey (a walk forward over
//! the stages, then the bounds backward, each ending of a stage worth the
//! best and worst of the journey after it).

use super::state::Carried;
use crate::scenario::check::Checked;
use crate::scenario::compile::{CKind, Compiled, Points};
use crate::scenario::explore::{Exploration, explore_from, node_bounds};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The most distinct carried situations a stage is explored from; past it,
/// as many spread over them are (every n-th, in order), the check is
/// partial and the totals are estimates.
pub const MAX_CARRIED: usize = 300;

/// The explorations of the walk forward are kept for the walk backward up
/// to this many bytes (as they held while exploring); the others are
/// explored again.
const KEEP_BYTES: usize = 128 << 20;

/// The best and worst totals of harm points over a whole journey.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseTotals {
    pub best: i32,
    pub worst: i32,
    /// Some stage's situations were too many to follow whole: the totals
    /// are estimates (a best no worse, a worst no better than the real).
    pub estimate: bool,
}

/// A stage that cannot go on from a situation it can start in.
pub(crate) struct ChainProblem {
    pub(crate) stage: usize,
    pub(crate) message: String,
    pub(crate) help: String,
}

pub(crate) struct ChainExploration {
    pub(crate) totals: CaseTotals,
    pub(crate) problems: Vec<ChainProblem>,
}

/// The carried situations a stage starts in, each with where it came from
/// (for messages).
type Starts = BTreeMap<Vec<i32>, String>;

/// Best and worst to come, by carried situation (None: cannot end).
type Values = HashMap<Vec<i32>, Option<(Points, Points)>>;

/// The slot in the stage's variables of each carried name.
fn slots(c: &Compiled, carried: &Carried) -> Vec<Option<usize>> {
    carried.names.iter().map(|n| c.var(n)).collect()
}

/// What a stage ending in `vars` carries on, from `from` carried in.
fn carry_out(slots: &[Option<usize>], vars: &[i32], from: &[i32]) -> Vec<i32> {
    slots
        .iter()
        .zip(from)
        .map(|(s, v)| s.map_or(*v, |i| vars[i]))
        .collect()
}

/// Stage `k` explored from the carried situations `members`, which share
/// the facts the stage does not declare: each with every profile, in order.
fn explore_group(k: usize, c: &Compiled, carried: &Carried, members: &[Vec<i32>]) -> Exploration {
    let vars: Vec<Vec<i32>> = members
        .iter()
        .flat_map(|m| {
            let carry = carried.carry(m, k > 0);
            (0..c.profiles.len()).map(move |p| c.start_vars_carrying(p, &carry))
        })
        .collect();
    explore_from(c, &vars)
}

/// The carried situations grouped by the facts stage `c` does not declare
/// (it passes them through): one exploration each.
fn groups(c: &Compiled, carried: &Carried, starts: &Starts) -> Vec<Vec<Vec<i32>>> {
    let slots = slots(c, carried);
    let mut groups: BTreeMap<Vec<Option<i32>>, Vec<Vec<i32>>> = BTreeMap::new();
    for s in starts.keys() {
        let pass = slots
            .iter()
            .zip(s)
            .map(|(sl, v)| sl.is_none().then_some(*v))
            .collect();
        groups.entry(pass).or_default().push(s.clone());
    }
    groups.into_values().collect()
}

/// The best and worst to come from each member of a group, each ending
/// state `e` worth `after(e)` more.
fn member_values(
    x: &Exploration,
    members: &[Vec<i32>],
    profiles: usize,
    after: impl Fn(usize) -> Option<(Points, Points)>,
    into: &mut Values,
) {
    let (best, worst) = x.bounds_after(after);
    for (i, m) in members.iter().enumerate() {
        let v = (0..profiles)
            .filter_map(|p| {
                let s = x.graph.initial[i * profiles + p] as usize;
                Some((best[s]?, worst[s]?))
            })
            .reduce(widen);
        into.insert(m.clone(), v);
    }
}

/// Explore the journey: forward, every stage from every situation the one
/// before can end in (checking that it can go on); backward, the best and
/// worst to come from each. The explorations are kept for the walk back up
/// to `KEEP_BYTES`; past it, the walk back explores again.
pub(crate) fn explore_chain(stages: &[Checked], carried: &Carried) -> ChainExploration {
    let mut estimate = false;
    // A stage too large to walk carries on what it was given (stand-ins,
    // not real endings): the stages after it are not checked.
    let mut stand_ins = false;
    let mut problems = Vec::new();
    let mut starts: Starts =
        BTreeMap::from([(carried.start.clone(), "the start of the case".into())]);
    let mut grouped: Vec<Vec<Vec<Vec<i32>>>> = Vec::new();
    let mut kept: Vec<Vec<Option<Exploration>>> = Vec::new();
    let mut kept_bytes = 0;
    // The last stage's values need nothing after it: worked out at once.
    let mut after: Values = HashMap::new();
    let last = stages.len().saturating_sub(1);
    for (k, stage) in stages.iter().enumerate() {
        let c = &stage.compiled;
        let slots = slots(c, carried);
        let profiles = c.profiles.len();
        let mut next: Starts = BTreeMap::new();
        let groups = groups(c, carried, &starts);
        let mut truncated = false;
        let mut stage_kept = Vec::new();
        for members in &groups {
            let x = explore_group(k, c, carried, members);
            truncated |= x.truncated;
            if !x.truncated && !stand_ins && problems.iter().all(|p: &ChainProblem| p.stage != k) {
                problems.extend(cannot_go_on(
                    k, stage, &x, members, &starts, carried, profiles,
                ));
            }
            if k == last {
                member_values(
                    &x,
                    members,
                    profiles,
                    |_| Some(([0; 6], [0; 6])),
                    &mut after,
                );
                continue;
            }
            let g = &x.graph;
            for e in 0..g.len() {
                if !matches!(c.nodes[g.node[e] as usize].kind, CKind::Ending) {
                    continue;
                }
                let node = &c.node_ids[g.node[e] as usize];
                if x.truncated {
                    for m in members {
                        next.entry(m.clone()).or_insert_with(|| {
                            format!("an ending of stage {} (`{}`)", k + 1, stage.id())
                        });
                    }
                } else {
                    // Which member it came from matters only for the facts
                    // passed through, which all members share.
                    let out = carry_out(&slots, &g.vars_of(e as u32), &members[0]);
                    next.entry(out).or_insert_with(|| {
                        format!("the ending `{node}` of stage {} (`{}`)", k + 1, stage.id())
                    });
                }
            }
            let keep = kept_bytes + x.peak_bytes <= KEEP_BYTES;
            if keep {
                kept_bytes += x.peak_bytes;
            }
            stage_kept.push(keep.then_some(x));
        }
        estimate |= truncated;
        stand_ins |= truncated;
        if next.len() > MAX_CARRIED {
            estimate = true;
            let step = next.len().div_ceil(MAX_CARRIED);
            next = next.into_iter().step_by(step).collect();
        }
        grouped.push(groups);
        kept.push(stage_kept);
        starts = next;
    }
    // What the stages from k on can give at best and worst from any start:
    // for the situations past `MAX_CARRIED`, and after a stage too large to
    // walk, so that an estimate is a best no worse and a worst no better.
    let mut tail = vec![([0; 6], [0; 6]); stages.len() + 1];
    for k in (0..stages.len()).rev() {
        let (b, w) = node_bounds(&stages[k].compiled).unwrap_or(([0; 6], [0; 6]));
        tail[k] = (add(b, tail[k + 1].0), add(w, tail[k + 1].1));
    }
    // Backward: each ending worth the best and worst of the journey after it.
    for k in (0..last).rev() {
        let c = &stages[k].compiled;
        let slots = slots(c, carried);
        let mut here: Values = HashMap::new();
        let rest = Some(tail[k + 1]);
        for (members, x) in grouped[k].iter().zip(&mut kept[k]) {
            let x = match x.take() {
                Some(x) => x,
                None => explore_group(k, c, carried, members),
            };
            let value_of = |e: usize| {
                if x.truncated {
                    return rest;
                }
                let out = carry_out(&slots, &x.graph.vars_of(e as u32), &members[0]);
                after.get(&out).copied().unwrap_or(rest)
            };
            member_values(&x, members, c.profiles.len(), value_of, &mut here);
        }
        after = here;
    }
    let (best, worst) = after
        .get(&carried.start)
        .copied()
        .flatten()
        .unwrap_or(([0; 6], [0; 6]));
    ChainExploration {
        totals: CaseTotals {
            best: best[0],
            worst: worst[0],
            estimate,
        },
        problems,
    }
}

fn add(a: Points, b: Points) -> Points {
    std::array::from_fn(|i| a[i] + b[i])
}

/// The wider of two (best, worst) bounds.
fn widen(a: (Points, Points), b: (Points, Points)) -> (Points, Points) {
    let best = if b.0[0] > a.0[0] { b.0 } else { a.0 };
    let worst = if b.1[0] < a.1[0] { b.1 } else { a.1 };
    (best, worst)
}

/// The first start of the group from which the stage reaches a situation
/// that can never end (a decision with no open choice, a loop without
/// exit), as a problem.
fn cannot_go_on(
    k: usize,
    stage: &Checked,
    x: &Exploration,
    members: &[Vec<i32>],
    starts: &Starts,
    carried: &Carried,
    profiles: usize,
) -> Option<ChainProblem> {
    if x.can_end.iter().all(|ok| *ok) {
        return None;
    }
    let g = &x.graph;
    let c = &stage.compiled;
    for (n, init) in g.initial.iter().enumerate() {
        let mut seen = vec![false; g.len()];
        let mut queue = vec![*init];
        seen[*init as usize] = true;
        let mut head = 0;
        while head < queue.len() {
            let s = queue[head] as usize;
            head += 1;
            for e in g.edges(s) {
                if !seen[e.to as usize] {
                    seen[e.to as usize] = true;
                    queue.push(e.to);
                }
            }
        }
        // A decision with no open choice says most; else a loop's first state.
        let stuck = queue.iter().map(|s| *s as usize).filter(|s| !x.can_end[*s]);
        let Some(s) = stuck
            .clone()
            .find(|s| g.edges(*s).is_empty())
            .or_else(|| stuck.clone().next())
        else {
            continue;
        };
        let member = &members[n / profiles];
        let node = &c.node_ids[g.node[s] as usize];
        let vars = c.describe_vars(&g.vars_of(s as u32));
        let what = if g.edges(s).is_empty() {
            format!("at `{node}` no choice is open when {vars}")
        } else {
            format!("from `{node}` (when {vars}) the story can never reach an ending")
        };
        return Some(ChainProblem {
            stage: k,
            message: format!(
                "stage {} (`{}`) cannot go on after {}, which carries in {}: {what}",
                k + 1,
                stage.id(),
                starts.get(member).map_or("the stage before", String::as_str),
                carried.describe(member, k > 0),
            ),
            help: "give the stage a way on from this start: a choice without `when` at that scene, or a `next_if` route at its start for this situation".into(),
        });
    }
    None
}

/// The totals of a journey over its stages' scene graphs alone, without
/// following what each stage carries to the next: quick and small, and
/// always an estimate (a best no worse, a worst no better than the real).
/// For the game, which must not hold the chain's explorations in memory.
pub(crate) fn graph_totals(stages: &[Checked]) -> CaseTotals {
    let (best, worst) = stages.iter().fold(([0; 6], [0; 6]), |(b, w), s| {
        let (sb, sw) = node_bounds(&s.compiled).unwrap_or(([0; 6], [0; 6]));
        (add(b, sb), add(w, sw))
    });
    CaseTotals {
        best: best[0],
        worst: worst[0],
        estimate: true,
    }
}
