//! Scores a trainee cannot reach by playing well: luck that lowers the best
//! score still reachable, and an area whose best score lies off the
//! scenario's best path. Both read the explorer's bounds, which count a
//! random branch as if the trainee could pick it, as the debrief's best
//! total does; so they run only on a scenario walked whole (the bounds of
//! a truncated walk are estimates over the scenes, and would mislead).

use super::Lint;
use crate::guide::area::Area;
use crate::scenario::compile::{CKind, Points};
use crate::scenario::diag::Diagnostic;
use crate::scenario::explore::{Edge, Via};
use std::collections::VecDeque;

impl Lint<'_> {
    /// The best points still to gain from state `s`.
    fn best(&self, s: usize) -> Option<Points> {
        self.x.best.get(s).copied().flatten()
    }

    /// Whether move `e` out of state `s` keeps to a best path (its points
    /// and the best after it make the best from `s`).
    fn on_best_path(&self, s: usize, e: &Edge) -> bool {
        match (self.best(s), self.best(e.to as usize)) {
            (Some(here), Some(after)) => e.points[0] + after[0] == here[0],
            _ => false,
        }
    }

    /// A random event whose branches leave different best totals.
    pub(super) fn luck_changes_best_score(&self, d: &mut Vec<Diagnostic>) {
        if self.x.truncated {
            return;
        }
        let (c, g) = (self.c, &self.x.graph);
        let mut reported = vec![false; c.nodes.len()];
        for s in 0..g.len() {
            let n = g.node[s] as usize;
            if reported[n] || !matches!(c.nodes[n].kind, CKind::Random(_)) {
                continue;
            }
            // (best total after the branch, branch index, node it leads to)
            let outcomes: Vec<(i32, usize, usize)> = g
                .edges(s)
                .iter()
                .filter_map(|e| match e.via {
                    Via::Branch(i) => self
                        .best(e.to as usize)
                        .map(|b| (e.points[0] + b[0], i, g.node[e.to as usize] as usize)),
                    _ => None,
                })
                .collect();
            let (Some(hi), Some(lo)) = (
                outcomes
                    .iter()
                    .max_by_key(|o| (o.0, std::cmp::Reverse(o.1))),
                outcomes.iter().min_by_key(|o| (o.0, o.1)),
            ) else {
                continue;
            };
            if hi.0 == lo.0 {
                continue;
            }
            reported[n] = true;
            let id = &c.node_ids[n];
            d.push(self.warning(
                "luck-changes-best-score",
                format!(
                    "the random event at `{id}` decides how well the trainee can do: after branch {} (to `{}`) the best choices still earn {:+} points, after branch {} (to `{}`) only {:+} (when {}), so a trainee out of luck cannot reach the best score",
                    hi.1 + 1,
                    c.node_ids[hi.2],
                    hi.0,
                    lo.1 + 1,
                    c.node_ids[lo.2],
                    lo.0,
                    c.describe_vars(&g.vars_of(s as u32))
                ),
                "luck should change the story, not the score within reach: give each branch choices with the same stakes (harms of the same severity to cause and avoid), or move the event after the decisions that score",
                self.places.node_at(id),
            ));
        }
    }

    /// An area whose best score no best path reaches: a trainee playing
    /// as well as possible cannot get full marks there.
    pub(super) fn area_best_off_best_path(&self, d: &mut Vec<Diagnostic>) {
        if self.x.truncated {
            return;
        }
        let g = &self.x.graph;
        let comp = &self.x.comp;
        // The states in the order of their components; a component's
        // successors have smaller numbers, so counting up meets them first.
        let (starts, order) = crate::scenario::explore::by_component(comp);
        let ncomp = starts.len() - 1;
        // The most points of each area along best paths, by component
        // (moves inside a loop carry no points: `harm-in-loop` is an error).
        let mut on_best: Vec<Option<Points>> = vec![None; ncomp];
        for members in order.chunk_by(|a, b| comp[*a as usize] == comp[*b as usize]) {
            let ci = comp[members[0] as usize] as usize;
            let mut acc: Option<Points> = None;
            for s in members.iter().map(|s| *s as usize) {
                if self.best(s).is_none() {
                    continue;
                }
                let edges = g.edges(s);
                if edges.is_empty() {
                    acc = Some(max_points(acc, [0; 6]));
                }
                for e in edges {
                    let to = comp[e.to as usize] as usize;
                    if to == ci || !self.on_best_path(s, e) {
                        continue;
                    }
                    if let Some(after) = on_best[to] {
                        acc = Some(max_points(acc, add(after, e.points)));
                    }
                }
            }
            on_best[ci] = acc;
        }
        let mut reported = [false; 6];
        for &start in &g.initial {
            let start = start as usize;
            let (Some(best), Some(reached)) = (self.best(start), on_best[comp[start] as usize])
            else {
                continue;
            };
            for k in 1..6 {
                if reported[k] || reached[k] >= best[k] {
                    continue;
                }
                reported[k] = true;
                let area = Area::ALL[k - 1].title();
                let (what, at) = match self.parting(start, k, &on_best) {
                    Some((node, Via::Choice(ci))) => {
                        let id = &self.c.node_ids[node];
                        (
                            format!("choice {} at `{id}`", ci + 1),
                            self.places.choice_at(id, ci),
                        )
                    }
                    Some((node, via)) => {
                        let id = &self.c.node_ids[node];
                        let i = if let Via::Branch(i) = via { i } else { 0 };
                        let at = self
                            .places
                            .item(id, "random", i)
                            .map(|s| self.places.loc.line_col(s.start))
                            .unwrap_or_else(|| self.places.node_at(id));
                        (
                            format!("branch {} of the random event at `{id}`", i + 1),
                            at,
                        )
                    }
                    None => ("another path".to_string(), self.places.top_field("area")),
                };
                d.push(self.warning(
                    "area-best-off-best-path",
                    format!(
                        "a trainee who plays the best way through cannot get full marks in {area}: the best path earns {:+} points there, but {:+} are possible through {what}, which is not on the best path",
                        reached[k], best[k]
                    ),
                    "check the severities on both paths: a choice that makes up for a harm should not avoid it more strongly than the choice that caused it, and the choices on the best path should earn the most in every area",
                    at,
                ));
            }
        }
    }

    /// Where a path earning area `k`'s best leaves the best paths: the
    /// first move, walking the best paths from `start`, that leads to the
    /// area's best but is not itself on a best path.
    fn parting(&self, start: usize, k: usize, on_best: &[Option<Points>]) -> Option<(usize, Via)> {
        let g = &self.x.graph;
        let comp = &self.x.comp;
        let mut seen = vec![false; g.len()];
        let mut queue = VecDeque::from([start]);
        seen[start] = true;
        while let Some(s) = queue.pop_front() {
            let here = self.best(s)?;
            let short = on_best[comp[s] as usize].is_some_and(|r| r[k] < here[k]);
            for e in g.edges(s) {
                let to = e.to as usize;
                if self.on_best_path(s, e) {
                    if !seen[to] {
                        seen[to] = true;
                        queue.push_back(to);
                    }
                } else if short
                    && self
                        .best(to)
                        .is_some_and(|after| e.points[k] + after[k] == here[k])
                {
                    return Some((g.node[s] as usize, e.via));
                }
            }
        }
        None
    }
}

fn add(a: Points, b: Points) -> Points {
    std::array::from_fn(|i| a[i] + b[i])
}

fn max_points(acc: Option<Points>, p: Points) -> Points {
    match acc {
        None => p,
        Some(a) => std::array::from_fn(|i| a[i].max(p[i])),
    }
}
