//! Exploring a scenario's state space: every (scene, variables) situation a
//! run can reach, from every profile. The checker uses it for reachability,
//! dead ends and loops; scoring uses it for the best and worst totals that
//! are actually reachable.

use crate::scenario::compile::{CKind, Compiled, Points, apply_effects};

mod graph;

pub use graph::{Edge, StateGraph, Via};

/// Above this many situations the exploration stops: the checker then
/// accepts the scenario with a warning, and scoring estimates its bounds
/// over the node graph (see [`Exploration::truncated`]). A state costs
/// about 60 bytes while exploring (the graph, its index, the tables), so
/// this bounds the walk to a few dozen megabytes and well under a second.
pub const MAX_STATES: usize = 400_000;

/// Everything exploration learnt.
#[derive(Debug, Default)]
pub struct Exploration {
    /// The states walked; when [`Exploration::truncated`], the node graph
    /// instead (one state per node, every condition taken as open).
    pub graph: StateGraph,
    /// The situations were too many to walk whole: the walk stopped at
    /// [`MAX_STATES`], and everything below rests on the node graph, so the
    /// score bounds are estimates (a best no worse, a worst no better than
    /// the real ones).
    pub truncated: bool,
    /// How many situations were walked.
    pub states: usize,
    /// The most heap bytes the walk held at once (graph, index, tables).
    pub peak_bytes: usize,
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

/// Call `f` with each successor of a state, reusing `buf` for the variables.
pub(crate) fn for_each_successor(
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
        CKind::Route(routes, otherwise) => {
            let t = Compiled::route(routes, *otherwise, vars);
            buf.clear();
            buf.extend_from_slice(vars);
            c.enter(t, buf);
            f(t, buf, Via::Next, [0; 6]);
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

/// Call `f` with each successor of a node in the node graph: every choice
/// taken as open, every branch of some weight, no variables.
fn for_each_node_successor(c: &Compiled, node: usize, mut f: impl FnMut(usize, Via, Points)) {
    match &c.nodes[node].kind {
        CKind::Ending => {}
        CKind::Passage(t) => f(*t, Via::Next, [0; 6]),
        CKind::Route(routes, otherwise) => {
            for r in routes {
                f(r.target, Via::Next, [0; 6]);
            }
            f(*otherwise, Via::Next, [0; 6]);
        }
        CKind::Random(branches) => {
            for (i, b) in branches.iter().enumerate() {
                if b.weight > 0 {
                    f(b.target, Via::Branch(i), [0; 6]);
                }
            }
        }
        CKind::Decision(choices) => {
            for (i, ch) in choices.iter().enumerate() {
                f(ch.target, Via::Choice(i), ch.points);
            }
        }
    }
}

/// Walk the states from each start (the variables at the start node), up
/// to [`MAX_STATES`]. Returns the graph and whether it stopped there.
fn walk(c: &Compiled, starts: &[Vec<i32>]) -> (StateGraph, bool) {
    let mut g = StateGraph::new(c.var_names.len());
    let mut queue = Vec::new();
    let mut key = Vec::new();
    for vars in starts {
        let s = g.intern(c.start, vars, &mut key, &mut queue);
        g.initial.push(s);
    }
    let mut truncated = false;
    let mut head = 0;
    let mut vars = Vec::new();
    let mut buf = Vec::new();
    // The successors of the state in hand: their moves, and their
    // variables one after another.
    let mut found = Vec::new();
    let mut found_vars: Vec<i32> = Vec::new();
    let stride = g.stride;
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
            g.vars[s as usize * stride..(s as usize + 1) * stride]
                .iter()
                .map(|v| i32::from(*v)),
        );
        found.clear();
        found_vars.clear();
        for_each_successor(c, node, &vars, &mut buf, |t, v, via, p| {
            found.push((t, via, p));
            found_vars.extend_from_slice(v);
        });
        g.begin_moves();
        for (i, (t, via, points)) in found.iter().enumerate() {
            let v = &found_vars[i * stride..(i + 1) * stride];
            let to = g.intern(*t, v, &mut key, &mut queue);
            g.push_move(Edge {
                to,
                via: *via,
                points: *points,
            });
        }
    }
    g.close_moves();
    (g, truncated)
}

/// The node graph: one state per node reachable when every condition is
/// taken as open. Every real path is a path here, so a node it cannot reach
/// is unreachable, and its bounds contain the real ones.
fn node_graph(c: &Compiled, starts: usize) -> StateGraph {
    let mut g = StateGraph::new(0);
    let mut queue = Vec::new();
    let mut key = Vec::new();
    let s = g.intern(c.start, &[], &mut key, &mut queue);
    g.initial = vec![s; starts];
    let mut head = 0;
    let mut found = Vec::new();
    while head < queue.len() {
        let s = queue[head];
        head += 1;
        found.clear();
        for_each_node_successor(c, g.node[s as usize] as usize, |t, via, p| {
            found.push((t, via, p))
        });
        g.begin_moves();
        for (t, via, points) in found.drain(..) {
            let to = g.intern(t, &[], &mut key, &mut queue);
            g.push_move(Edge { to, via, points });
        }
    }
    g.close_moves();
    g
}

/// Explore every state reachable from every profile; past [`MAX_STATES`],
/// explore the node graph instead (see [`Exploration::truncated`]).
pub fn explore(c: &Compiled) -> Exploration {
    let starts: Vec<Vec<i32>> = (0..c.profiles.len()).map(|p| c.start_vars(p)).collect();
    explore_from(c, &starts)
}

/// [`explore`] from the given starts instead of the profiles' (the
/// variables at the start node, such as a stage of a case journey starts
/// with): `graph.initial` and `profile_bounds` then follow `starts`.
pub fn explore_from(c: &Compiled, starts: &[Vec<i32>]) -> Exploration {
    let (walked, truncated) = walk(c, starts);
    let states = walked.len();
    let walk_bytes = walked.heap_bytes();
    let graph = if truncated {
        drop(walked);
        node_graph(c, starts.len())
    } else {
        walked
    };
    let mut x = Exploration {
        graph,
        truncated,
        states,
        ..Default::default()
    };
    x.can_end = can_end(c, &x.graph);
    let comp = strongly_connected(&x.graph);
    // Harm points on a move inside a loop could be gathered without limit
    // (in the node graph a loop may be one no run can go round: unknown).
    for (s, e) in x.graph.all_edges() {
        if !truncated
            && comp[s] == comp[e.to as usize]
            && e.points != [0; 6]
            && let Via::Choice(ci) = e.via
        {
            let key = (x.graph.node[s] as usize, ci);
            if !x.loop_harms.contains(&key) {
                x.loop_harms.push(key);
            }
        }
    }
    let (best, worst) = bounds(&x.graph, &x.can_end, &comp, |_| Some(([0; 6], [0; 6])));
    x.best = best;
    x.worst = worst;
    x.comp = comp;
    x.profile_bounds = x
        .graph
        .initial
        .iter()
        .map(|s| Some((x.best[*s as usize]?, x.worst[*s as usize]?)))
        .collect();
    let per_state = x.can_end.capacity()
        + (x.best.capacity() + x.worst.capacity()) * std::mem::size_of::<Option<Points>>()
        + x.comp.capacity() * 4;
    x.peak_bytes = walk_bytes.max(x.graph.heap_bytes() + per_state);
    // The table was only needed while exploring.
    x.graph.forget_index();
    x
}

/// Best and worst points from the start to an ending over the node graph
/// (every condition taken as open): bounds that hold whatever the
/// variables at the start (None: no ending can be reached).
pub(crate) fn node_bounds(c: &Compiled) -> Option<(Points, Points)> {
    let g = node_graph(c, 1);
    let ends = can_end(c, &g);
    let comp = strongly_connected(&g);
    let (best, worst) = bounds(&g, &ends, &comp, |_| Some(([0; 6], [0; 6])));
    let s = g.initial[0] as usize;
    Some((best[s]?, worst[s]?))
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
    let mut rev = vec![0u32; g.move_count()];
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

pub(crate) type Bounds = Vec<Option<Points>>;

/// The states grouped by their component (a counting sort): the states of
/// component `c` are `order[start[c]..start[c + 1]]`. Components are
/// numbered so that a component's successors have smaller numbers.
pub(crate) fn by_component(comp: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let ncomp = comp.iter().map(|c| *c as usize + 1).max().unwrap_or(0);
    let mut start = vec![0u32; ncomp + 1];
    for c in comp {
        start[*c as usize + 1] += 1;
    }
    for i in 0..ncomp {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut order = vec![0u32; comp.len()];
    for (s, c) in comp.iter().enumerate() {
        order[fill[*c as usize] as usize] = s as u32;
        fill[*c as usize] += 1;
    }
    (start, order)
}

/// Best and worst points from each state to an ending, plus the best and
/// worst still to come after each ending state (`after`; None: the ending
/// leads nowhere, as if it could not end). Moves inside a loop carry no
/// points (the checker reports those that do), so every state of a
/// component shares its bounds.
fn bounds(
    g: &StateGraph,
    can_end: &[bool],
    comp: &[u32],
    after: impl Fn(usize) -> Option<(Points, Points)>,
) -> (Bounds, Bounds) {
    let n = g.len();
    let (start, order) = by_component(comp);
    let ncomp = start.len() - 1;
    let mut cbest: Vec<Option<Points>> = vec![None; ncomp];
    let mut cworst: Vec<Option<Points>> = vec![None; ncomp];
    for ci in 0..ncomp {
        let mut best: Option<Points> = None;
        let mut worst: Option<Points> = None;
        for &s in &order[start[ci] as usize..start[ci + 1] as usize] {
            if !can_end[s as usize] {
                continue;
            }
            if g.edges(s as usize).is_empty()
                && let Some((after_best, after_worst)) = after(s as usize)
            {
                // an ending
                best = Some(merge(best, after_best, i32::max));
                worst = Some(merge(worst, after_worst, i32::min));
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
    /// Best and worst points from each state when each ending state `s` is
    /// worth `after(s)` more (None: that ending leads nowhere): a case
    /// journey's totals, where an ending of one stage starts the next.
    /// Needs the state graph (not [`Exploration::slimmed`]).
    pub(crate) fn bounds_after(
        &self,
        after: impl Fn(usize) -> Option<(Points, Points)>,
    ) -> (Bounds, Bounds) {
        bounds(&self.graph, &self.can_end, &self.comp, after)
    }

    /// Best and worst total points over whole runs from profile `p`.
    pub(crate) fn run_bounds(&self, p: usize) -> Option<(Points, Points)> {
        *self.profile_bounds.get(p)?
    }

    /// A copy without the state graph, keeping only what scoring needs:
    /// for the game, which holds every scenario for hours and needs no paths.
    pub fn slimmed(&self) -> Exploration {
        Exploration {
            truncated: self.truncated,
            states: self.states,
            peak_bytes: self.peak_bytes,
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
