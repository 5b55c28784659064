//! The best and the worst path, from the explorer's score bounds, and a
//! run's way to any node ("play from here").
//!
//! The explorer knows, for every situation, the best and the worst total
//! still to gain (`Exploration::best`, `worst`: the largest and smallest
//! sum of harm points over the moves to any ending, random branches and
//! the profile included). A path that, from each situation, takes a move
//! whose points plus the bound after it equal the bound here reaches
//! exactly that total, so the path is sound wherever the bounds are: exact
//! when every situation was walked, an estimate over the node graph
//! otherwise ([`ScenarioMap::estimated`]). Inside a loop moves carry no
//! points (the checker refuses those that do), so the path walks round
//! the loop to the situation whose way out keeps the bound.
//!
//! The best path is the luckiest: it takes the best random branch and the
//! best profile too. That is what the bound means: the most a run can score.

use super::{PathScore, ScenarioMap};
use crate::scenario::compile::{Compiled, Points};
use crate::scenario::explore::{Exploration, MAX_STATES, StateGraph, Via, for_each_successor};
use std::collections::{HashMap, HashSet, VecDeque};

/// Mark the best (or worst) path on the map's nodes and edges; return its
/// total, or None when no run can end (or there is no state graph).
pub(super) fn mark(map: &mut ScenarioMap, x: &Exploration, best: bool) -> Option<PathScore> {
    let moves = extreme_path(x, best)?;
    let g = &x.graph;
    let points = moves.iter().map(|(_, (_, p))| p[0]).sum();
    for (s, (via, _)) in &moves {
        let node = g.node[*s as usize] as usize;
        set_node(map, node, best);
        if let Some(e) = map.edge_mut(node, *via) {
            if best {
                e.best = true;
            } else {
                e.worst = true;
            }
            let to = e.to;
            set_node(map, to, best);
        }
    }
    Some(PathScore { points })
}

fn set_node(map: &mut ScenarioMap, node: usize, best: bool) {
    if let Some(n) = map.nodes.get_mut(node) {
        if best {
            n.best = true;
        } else {
            n.worst = true;
        }
    }
}

/// The states and moves of the best (or worst) path, from the profile whose
/// bound is the best (or worst), to an ending.
fn extreme_path(x: &Exploration, best: bool) -> Option<Vec<(u32, (Via, Points))>> {
    let g = &x.graph;
    let table = if best { &x.best } else { &x.worst };
    if g.is_empty() || table.len() != g.len() || x.comp.len() != g.len() {
        return None;
    }
    let better = |a: i32, b: i32| if best { a > b } else { a < b };
    let mut here: Option<u32> = None;
    for s in &g.initial {
        let Some(total) = table[*s as usize] else {
            continue;
        };
        if here.is_none_or(|h| better(total[0], table[h as usize].map_or(0, |t| t[0]))) {
            here = Some(*s);
        }
    }
    let mut s = here?;
    let mut path = Vec::new();
    // Each round leaves a loop for a later one, so this ends.
    for _ in 0..=g.len() {
        let goal = table[s as usize]?[0];
        if g.edges(s as usize).is_empty() {
            return Some(path);
        }
        let comp = x.comp[s as usize];
        // The move out of the loop that keeps the bound, from here or, round
        // the loop, from another of its situations.
        let keeps = |t: u32| {
            g.edges(t as usize).iter().find(|e| {
                x.comp[e.to as usize] != comp
                    && table[e.to as usize].is_some_and(|after| after[0] + e.points[0] == goal)
            })
        };
        for (from, via, points, to) in within_loop(g, &x.comp, s, |t| keeps(t).is_some())? {
            path.push((from, (via, points)));
            s = to;
        }
        let e = keeps(s)?;
        path.push((s, (e.via, e.points)));
        s = e.to;
    }
    None
}

/// A move: from, how, its points, to.
type Move = (u32, Via, Points, u32);

/// The moves inside `s`'s loop from `s` to the nearest situation where
/// `exit` holds (none if it holds at `s`), breadth first.
fn within_loop(
    g: &StateGraph,
    comp: &[u32],
    s: u32,
    exit: impl Fn(u32) -> bool,
) -> Option<Vec<Move>> {
    if exit(s) {
        return Some(Vec::new());
    }
    let c = comp[s as usize];
    let mut parent: HashMap<u32, Move> = HashMap::new();
    let mut queue = VecDeque::from([s]);
    while let Some(t) = queue.pop_front() {
        for e in g.edges(t as usize) {
            if comp[e.to as usize] != c || e.to == s || parent.contains_key(&e.to) {
                continue;
            }
            parent.insert(e.to, (t, e.via, e.points, e.to));
            if exit(e.to) {
                let mut way = Vec::new();
                let mut at = e.to;
                while let Some(m) = parent.get(&at).copied() {
                    way.push(m);
                    at = m.0;
                }
                way.reverse();
                return Some(way);
            }
            queue.push_back(e.to);
        }
    }
    None
}

/// How a run gets to a node: the profile it started with and the
/// variables it has on arrival (after the node's own effects).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    pub profile: usize,
    pub vars: Vec<i32>,
}

/// The variables of a shortest run to `node`, searched breadth first over
/// the engine's own moves from profile `prefer` first, then the others.
/// None if no run reaches it within [`MAX_STATES`] situations.
pub fn reaching(c: &Compiled, node: usize, prefer: usize) -> Option<Reach> {
    let profiles = c.profiles.len();
    let order = std::iter::once(prefer.min(profiles.saturating_sub(1)))
        .chain((0..profiles).filter(|p| *p != prefer));
    let mut buf = Vec::new();
    for profile in order {
        let first = c.start_vars(profile);
        if c.start == node {
            return Some(Reach {
                profile,
                vars: first,
            });
        }
        let mut seen: HashSet<(usize, Vec<i32>)> = HashSet::new();
        let mut queue = VecDeque::from([(c.start, first.clone())]);
        seen.insert((c.start, first));
        while let Some((at, vars)) = queue.pop_front() {
            if seen.len() > MAX_STATES {
                break;
            }
            let mut next = Vec::new();
            for_each_successor(c, at, &vars, &mut buf, |t, v, _, _| {
                next.push((t, v.to_vec()))
            });
            for (t, v) in next {
                if t == node {
                    return Some(Reach { profile, vars: v });
                }
                if seen.insert((t, v.clone())) {
                    queue.push_back((t, v));
                }
            }
        }
    }
    None
}
