//! Exploring a scenario's state space: every (scene, variables) situation a
//! run can reach, from every profile. The checker uses it for reachability,
//! dead ends and loops; scoring uses it for the best and worst totals that
//! are actually reachable.

use crate::scenario::compile::{CKind, Compiled, Points, apply_effects};
use std::collections::HashMap;

/// Above this many situations the exploration stops and says so.
pub const MAX_STATES: usize = 400_000;

/// How a state moves on to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Choice(usize),
    Branch(usize),
    Next,
}

#[derive(Debug, Clone, Copy)]
pub struct Edge {
    pub to: u32,
    pub via: Via,
    pub points: Points,
}

/// The reachable states and the moves between them.
#[derive(Debug, Default)]
pub struct StateGraph {
    /// The node of each state.
    pub node: Vec<u32>,
    /// The variables of each state, `stride` values per state. Every
    /// variable is kept within 0..=100, so a byte holds it.
    pub vars: Vec<u8>,
    pub stride: usize,
    /// Every move, grouped by the state it leaves from: the moves of state
    /// `s` are `edges[edge_start[s]..edge_start[s + 1]]`.
    edge_list: Vec<Edge>,
    edge_start: Vec<u32>,
    /// The first state of each profile.
    pub initial: Vec<u32>,
    index: HashMap<Box<[u8]>, u32, foldhash::fast::FixedState>,
}

impl StateGraph {
    pub fn len(&self) -> usize {
        self.node.len()
    }

    pub fn is_empty(&self) -> bool {
        self.node.is_empty()
    }

    /// The moves out of state `s`.
    pub(crate) fn edges(&self, s: usize) -> &[Edge] {
        let a = self.edge_start[s] as usize;
        let b = self
            .edge_start
            .get(s + 1)
            .map_or(self.edge_list.len(), |e| *e as usize);
        &self.edge_list[a..b]
    }

    /// Every move of the graph, with the state it leaves from.
    pub fn all_edges(&self) -> impl Iterator<Item = (usize, &Edge)> {
        (0..self.len()).flat_map(move |s| self.edges(s).iter().map(move |e| (s, e)))
    }

    pub(crate) fn vars_of(&self, s: u32) -> Vec<i32> {
        let i = s as usize * self.stride;
        self.vars[i..i + self.stride]
            .iter()
            .map(|v| i32::from(*v))
            .collect()
    }

    /// The state for a node and variables, if exploration reached it.
    pub fn find(&self, node: usize, vars: &[i32]) -> Option<u32> {
        let mut key = Vec::new();
        state_key(node, vars, &mut key);
        if self.index.is_empty() {
            // The index was dropped to save memory: search the states.
            return (0..self.len() as u32).find(|s| {
                let i = *s as usize * self.stride;
                self.node[*s as usize] as usize == node && self.vars[i..i + self.stride] == key[4..]
            });
        }
        self.index.get(key.as_slice()).copied()
    }

    /// Drop the lookup table once exploration is done; [`Self::find`] then
    /// searches, which is slower but needs no memory.
    pub(crate) fn forget_index(&mut self) {
        self.index = HashMap::default();
    }

    fn intern(
        &mut self,
        node: usize,
        vars: &[i32],
        key: &mut Vec<u8>,
        queue: &mut Vec<u32>,
    ) -> u32 {
        state_key(node, vars, key);
        if let Some(s) = self.index.get(key.as_slice()) {
            return *s;
        }
        let s = self.node.len() as u32;
        self.node.push(node as u32);
        self.vars.extend_from_slice(&key[4..]);
        self.index.insert(key.as_slice().into(), s);
        queue.push(s);
        s
    }
}

/// Everything exploration learnt.
#[derive(Debug, Default)]
pub struct Exploration {
    pub graph: StateGraph,
    /// Exploration stopped at [`MAX_STATES`].
    pub truncated: bool,
    /// Whether an ending can be reached from each state.
    pub can_end: Vec<bool>,
    /// Best and worst points still to gain from each state (None: cannot end).
    pub best: Vec<Option<Points>>,
    pub worst: Vec<Option<Points>>,
    /// Choices that touch harms and can be taken round a loop: (node, choice).
    pub loop_harms: Vec<(usize, usize)>,
    /// The strongly connected component (loop) of each state.
    pub comp: Vec<u32>,
    /// Best and worst totals of a whole run from each profile's start: all
    /// that scoring needs, kept when [`Exploration::slimmed`] drops the rest.
    pub profile_bounds: Vec<Option<(Points, Points)>>,
}

/// The hash key of a state: the node, then one byte per variable.
fn state_key(node: usize, vars: &[i32], key: &mut Vec<u8>) {
    key.clear();
    key.extend_from_slice(&(node as u32).to_le_bytes());
    key.extend(vars.iter().map(|v| (*v).clamp(0, 255) as u8));
}

/// Call `f` with each successor of a state, reusing `buf` for the variables.
fn for_each_successor(
    c: &Compiled,
    node: usize,
    vars: &[i32],
    buf: &mut Vec<i32>,
    mut f: impl FnMut(usize, &[i32], Via, Points),
) {
    match &c.nodes[node].kind {
        CKind::Ending => {}
        CKind::Passage(t) => {
            buf.clear();
            buf.extend_from_slice(vars);
            c.enter(*t, buf);
            f(*t, buf, Via::Next, [0; 6]);
        }
        CKind::Random(branches) => {
            for (i, b) in branches.iter().enumerate() {
                if b.weight == 0 {
                    continue;
                }
                buf.clear();
                buf.extend_from_slice(vars);
                apply_effects(&b.effects, buf);
                c.enter(b.target, buf);
                f(b.target, buf, Via::Branch(i), [0; 6]);
            }
        }
        CKind::Decision(choices) => {
            for (i, ch) in choices.iter().enumerate() {
                if ch.when.as_ref().is_some_and(|w| !w.holds(vars)) {
                    continue;
                }
                buf.clear();
                buf.extend_from_slice(vars);
                apply_effects(&ch.effects, buf);
                c.enter(ch.target, buf);
                f(ch.target, buf, Via::Choice(i), ch.points);
            }
        }
    }
}

/// Explore every state reachable from every profile.
pub fn explore(c: &Compiled) -> Exploration {
    let mut g = StateGraph {
        stride: c.var_names.len(),
        ..Default::default()
    };
    let mut queue = Vec::new();
    let mut key = Vec::new();
    for p in 0..c.profiles.len() {
        let s = g.intern(c.start, &c.start_vars(p), &mut key, &mut queue);
        g.initial.push(s);
    }
    let mut truncated = false;
    let mut head = 0;
    let mut vars = Vec::new();
    let mut buf = Vec::new();
    let mut found = Vec::new();
    // States are numbered in the order they are found and handled in that
    // same order, so each state's moves are stored one after another.
    while head < queue.len() {
        let s = queue[head];
        debug_assert_eq!(s as usize, head);
        head += 1;
        if g.len() > MAX_STATES {
            truncated = true;
            break;
        }
        let node = g.node[s as usize] as usize;
        vars.clear();
        vars.extend(
            g.vars[s as usize * g.stride..(s as usize + 1) * g.stride]
                .iter()
                .map(|v| i32::from(*v)),
        );
        found.clear();
        for_each_successor(c, node, &vars, &mut buf, |t, v, via, p| {
            found.push((t, v.to_vec(), via, p))
        });
        g.edge_start.push(g.edge_list.len() as u32);
        for (t, v, via, points) in found.drain(..) {
            let to = g.intern(t, &v, &mut key, &mut queue);
            g.edge_list.push(Edge { to, via, points });
        }
    }
    while g.edge_start.len() < g.len() {
        g.edge_start.push(g.edge_list.len() as u32);
    }
    let mut x = Exploration {
        graph: g,
        truncated,
        ..Default::default()
    };
    if truncated {
        return x;
    }
    x.can_end = can_end(c, &x.graph);
    let comp = strongly_connected(&x.graph);
    // Harm points on a move inside a loop could be gathered without limit.
    for (s, e) in x.graph.all_edges() {
        if comp[s] == comp[e.to as usize]
            && e.points != [0; 6]
            && let Via::Choice(ci) = e.via
        {
            let key = (x.graph.node[s] as usize, ci);
            if !x.loop_harms.contains(&key) {
                x.loop_harms.push(key);
            }
        }
    }
    let (best, worst) = bounds(&x.graph, &x.can_end, &comp);
    x.best = best;
    x.worst = worst;
    x.comp = comp;
    x.profile_bounds = x
        .graph
        .initial
        .iter()
        .map(|s| Some((x.best[*s as usize]?, x.worst[*s as usize]?)))
        .collect();
    // The table was only needed while exploring.
    x.graph.forget_index();
    x
}

fn can_end(c: &Compiled, g: &StateGraph) -> Vec<bool> {
    let n = g.len();
    // Reverse moves in flat arrays: the predecessors of `t` are
    // `rev[rev_start[t]..rev_start[t + 1]]`.
    let mut rev_start = vec![0u32; n + 1];
    for (_, e) in g.all_edges() {
        rev_start[e.to as usize + 1] += 1;
    }
    for i in 0..n {
        rev_start[i + 1] += rev_start[i];
    }
    let mut fill = rev_start.clone();
    let mut rev = vec![0u32; g.edge_list.len()];
    for (s, e) in g.all_edges() {
        let slot = &mut fill[e.to as usize];
        rev[*slot as usize] = s as u32;
        *slot += 1;
    }
    let mut ok = vec![false; n];
    let mut stack: Vec<u32> = (0..n as u32)
        .filter(|s| matches!(c.nodes[g.node[*s as usize] as usize].kind, CKind::Ending))
        .collect();
    for s in &stack {
        ok[*s as usize] = true;
    }
    while let Some(s) = stack.pop() {
        for p in &rev[rev_start[s as usize] as usize..rev_start[s as usize + 1] as usize] {
            if !ok[*p as usize] {
                ok[*p as usize] = true;
                stack.push(*p);
            }
        }
    }
    ok
}

/// Tarjan's algorithm without recursion. Returns the component of each
/// state; components are numbered in reverse topological order (a
/// component's successors have smaller numbers).
pub(crate) fn strongly_connected(g: &StateGraph) -> Vec<u32> {
    let n = g.len();
    const UNSEEN: u32 = u32::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![UNSEEN; n];
    let mut stack = Vec::new();
    let mut next_index = 0u32;
    let mut next_comp = 0u32;
    let mut call: Vec<(u32, usize)> = Vec::new();
    for root in 0..n as u32 {
        if index[root as usize] != UNSEEN {
            continue;
        }
        call.push((root, 0));
        index[root as usize] = next_index;
        low[root as usize] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root as usize] = true;
        while let Some(&mut (v, ref mut ei)) = call.last_mut() {
            let edges = g.edges(v as usize);
            if *ei < edges.len() {
                let w = edges[*ei].to;
                *ei += 1;
                if index[w as usize] == UNSEEN {
                    index[w as usize] = next_index;
                    low[w as usize] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w as usize] = true;
                    call.push((w, 0));
                } else if on_stack[w as usize] {
                    low[v as usize] = low[v as usize].min(index[w as usize]);
                }
            } else {
                call.pop();
                if let Some(&(parent, _)) = call.last() {
                    low[parent as usize] = low[parent as usize].min(low[v as usize]);
                }
                if low[v as usize] == index[v as usize] {
                    while let Some(w) = stack.pop() {
                        on_stack[w as usize] = false;
                        comp[w as usize] = next_comp;
                        if w == v {
                            break;
                        }
                    }
                    next_comp += 1;
                }
            }
        }
    }
    comp
}

type Bounds = Vec<Option<Points>>;

/// Best and worst points from each state to an ending. Moves inside a loop
/// carry no points (the checker reports those that do), so every state of a
/// component shares its bounds.
fn bounds(g: &StateGraph, can_end: &[bool], comp: &[u32]) -> (Bounds, Bounds) {
    let n = g.len();
    let ncomp = comp.iter().map(|c| *c as usize + 1).max().unwrap_or(0);
    // The states of each component, in flat arrays (counting sort).
    let mut start = vec![0u32; ncomp + 1];
    for c in comp {
        start[*c as usize + 1] += 1;
    }
    for i in 0..ncomp {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut order = vec![0u32; n];
    for (s, c) in comp.iter().enumerate() {
        order[fill[*c as usize] as usize] = s as u32;
        fill[*c as usize] += 1;
    }
    let mut cbest: Vec<Option<Points>> = vec![None; ncomp];
    let mut cworst: Vec<Option<Points>> = vec![None; ncomp];
    for ci in 0..ncomp {
        let mut best: Option<Points> = None;
        let mut worst: Option<Points> = None;
        for &s in &order[start[ci] as usize..start[ci + 1] as usize] {
            if !can_end[s as usize] {
                continue;
            }
            if g.edges(s as usize).is_empty() {
                // an ending
                best = Some(merge(best, [0; 6], i32::max));
                worst = Some(merge(worst, [0; 6], i32::min));
            }
            for e in g.edges(s as usize) {
                let tc = comp[e.to as usize] as usize;
                if tc == ci {
                    continue;
                }
                if let (Some(tb), Some(tw)) = (cbest[tc], cworst[tc]) {
                    best = Some(merge(best, add(tb, e.points), i32::max));
                    worst = Some(merge(worst, add(tw, e.points), i32::min));
                }
            }
        }
        cbest[ci] = best;
        cworst[ci] = worst;
    }
    let best = (0..n)
        .map(|s| {
            if can_end[s] {
                cbest[comp[s] as usize]
            } else {
                None
            }
        })
        .collect();
    let worst = (0..n)
        .map(|s| {
            if can_end[s] {
                cworst[comp[s] as usize]
            } else {
                None
            }
        })
        .collect();
    (best, worst)
}

fn add(a: Points, b: Points) -> Points {
    std::array::from_fn(|i| a[i] + b[i])
}

fn merge(acc: Option<Points>, p: Points, f: fn(i32, i32) -> i32) -> Points {
    match acc {
        None => p,
        Some(a) => std::array::from_fn(|i| f(a[i], p[i])),
    }
}

impl Exploration {
    /// Best and worst total points over whole runs from profile `p`.
    pub(crate) fn run_bounds(&self, p: usize) -> Option<(Points, Points)> {
        *self.profile_bounds.get(p)?
    }

    /// A copy without the state graph, keeping only what scoring needs:
    /// for the game, which holds every scenario for hours and needs no paths.
    pub fn slimmed(&self) -> Exploration {
        Exploration {
            truncated: self.truncated,
            loop_harms: self.loop_harms.clone(),
            profile_bounds: self.profile_bounds.clone(),
            ..Exploration::default()
        }
    }

    /// The choice at a decision state that leads to the best (or worst)
    /// total, by index in the node's choices. Ties go to the earlier choice.
    pub fn pick(&self, state: u32, best: bool) -> Option<usize> {
        let table = if best { &self.best } else { &self.worst };
        let mut pick: Option<(i32, usize)> = None;
        let here = self.comp.get(state as usize);
        let edges = self.graph.edges(state as usize);
        // Prefer moves that leave the current loop, so a path always ends.
        let leaves = edges.iter().any(|e| {
            self.comp.get(e.to as usize) != here
                && self.best.get(e.to as usize).is_some_and(|b| b.is_some())
        });
        for e in edges {
            let Via::Choice(ci) = e.via else { continue };
            if leaves && self.comp.get(e.to as usize) == here {
                continue;
            }
            let Some(future) = table.get(e.to as usize).copied().flatten() else {
                continue;
            };
            let total = future[0] + e.points[0];
            let better = match pick {
                None => true,
                Some((t, _)) => {
                    if best {
                        total > t
                    } else {
                        total < t
                    }
                }
            };
            if better {
                pick = Some((total, ci));
            }
        }
        pick.map(|(_, c)| c)
    }
}
