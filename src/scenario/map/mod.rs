//! The map of a scenario, for authors: every node as a box, laid out left
//! to right by its depth from the start, every choice, `next` and random
//! branch as an arrow, with what the explorer knows drawn on it (nodes and
//! choices no run reaches, the best and the worst path). The game draws it
//! (`game::ui::map`); `frontline map` writes it as SVG ([`svg`]), DOT or
//! Mermaid ([`text`]).
//!
//! A map is laid out once per version of a file ([`ScenarioMap::build`]):
//! columns by the shortest depth from the start, rows ordered by
//! barycentre sweeps to remove most crossings, every box the same size in
//! a cell of its own (`layout.rs`); the best and the worst path from the
//! explorer's score bounds (`paths.rs`). Drawing it is then only reading
//! positions.

mod layout;
mod paths;
pub mod svg;
pub mod text;

pub use paths::{Reach, reaching};

use crate::guide::Guide;
use crate::scenario::Tone;
use crate::scenario::check::{Built, FileCheck, check_source_built};
use crate::scenario::compile::{CKind, Compiled, Places};
use crate::scenario::explore::{Exploration, Via};
use std::path::Path;
use std::sync::Arc;

/// The width of a node's box, in the map's units (pixels at zoom 1).
pub const BOX_W: f32 = 200.0;
/// The height of a node's box.
pub const BOX_H: f32 = 56.0;
/// The space between two columns, where the arrows run.
pub const GAP_X: f32 = 120.0;
/// The space between two boxes of one column.
pub const GAP_Y: f32 = 28.0;
/// The space around the whole map.
pub const MARGIN: f32 = 24.0;

/// What a node does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapKind {
    /// The trainee chooses.
    Decision,
    /// The story moves on (`next`).
    Passage,
    /// A random event picks a branch.
    Random,
    /// The end of a run, and how it went for the person.
    Ending(Tone),
}

/// One node's box.
#[derive(Debug, Clone)]
pub struct MapNode {
    /// The node's name in the file.
    pub id: String,
    pub kind: MapKind,
    /// Whether some run reaches it (from the explorer: with
    /// [`ScenarioMap::estimated`], whether the node graph reaches it).
    pub reachable: bool,
    /// Its column: the fewest moves from the start, every choice taken as
    /// open (the shortest depth: a story that loops has no longest one).
    /// Nodes that no arrow leads to from the start share the last column.
    pub column: usize,
    /// Its place in the column, from the top.
    pub row: usize,
    /// The top left corner of its box.
    pub x: f32,
    pub y: f32,
    /// The line of the file where it is written (None: no source given).
    pub line: Option<usize>,
    /// On the highlighted best (worst) path.
    pub best: bool,
    pub worst: bool,
}

/// One arrow: a choice, a `next` or a random branch.
#[derive(Debug, Clone)]
pub struct MapEdge {
    /// Indices into [`ScenarioMap::nodes`].
    pub from: usize,
    pub to: usize,
    pub via: Via,
    /// The harms it causes (✖) and avoids (✔), with their severities.
    pub causes: Vec<(String, i64)>,
    pub avoids: Vec<(String, i64)>,
    /// A random branch's weight.
    pub weight: Option<u32>,
    /// Whether some run takes it: a choice whose condition never holds
    /// where it is offered, or any arrow out of a node never reached, is
    /// not.
    pub open: bool,
    /// On the best (worst) path.
    pub best: bool,
    pub worst: bool,
}

impl MapEdge {
    /// The arrow's short label: the choice's number in the file (`3`), a
    /// random branch's weight (`~2`), nothing for `next`, then the harms
    /// (`✖ID-2 ✔RS-1`). Symbols, not words, so it reads in any language.
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        match self.via {
            Via::Choice(i) => parts.push(format!("{}", i + 1)),
            Via::Branch(_) => parts.push(format!("~{}", self.weight.unwrap_or(1))),
            Via::Next => {}
        }
        parts.extend(self.causes.iter().map(|(h, _)| format!("✖{h}")));
        parts.extend(self.avoids.iter().map(|(h, _)| format!("✔{h}")));
        parts.join(" ")
    }

    pub fn is_random(&self) -> bool {
        matches!(self.via, Via::Branch(_))
    }
}

/// The total harm points of a run along the best or the worst path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathScore {
    pub points: i32,
}

/// A scenario laid out as a map.
#[derive(Debug, Clone)]
pub struct ScenarioMap {
    pub compiled: Arc<Compiled>,
    /// One box per node, in the order of `compiled.node_ids`.
    pub nodes: Vec<MapNode>,
    /// Grouped by the node they leave, in the order of its choices or
    /// branches: the arrows of node `i` are `edges[first_edge[i]..first_edge[i + 1]]`.
    pub edges: Vec<MapEdge>,
    first_edge: Vec<usize>,
    /// The index of the start node.
    pub start: usize,
    pub columns: usize,
    /// How many boxes each column holds.
    column_rows: Vec<usize>,
    /// The size of the whole map.
    pub width: f32,
    pub height: f32,
    /// The situations were too many to walk: reachability and the paths
    /// come from the node graph (every condition taken as open), so a node
    /// shown reachable may not be, and the paths are estimates.
    pub estimated: bool,
    /// Harm points along the best (worst) path, if some run can end.
    pub best: Option<PathScore>,
    pub worst: Option<PathScore>,
}

/// What [`of_source`] found: the checker's report, and the map when the
/// file compiled (also when exploring found errors, which the map shows).
pub struct MapOfFile {
    pub report: FileCheck,
    pub map: Option<ScenarioMap>,
}

/// Check a scenario's text and lay out its map.
pub fn of_source(src: &str, file: &Path, guide: &Guide) -> MapOfFile {
    let (report, built) = check_source_built(src, file, guide);
    let map = built.map(|b| ScenarioMap::build(&b, Some(src)));
    MapOfFile { report, map }
}

impl ScenarioMap {
    /// Lay out a built scenario; `src`, its text, gives each node's line.
    pub fn build(built: &Built, src: Option<&str>) -> ScenarioMap {
        let c = &built.compiled;
        let x: &Exploration = &built.exploration;
        let n = c.nodes.len();
        let mut reachable = vec![false; n];
        for node in &x.graph.node {
            reachable[*node as usize] = true;
        }
        let mut open_choices: Vec<Vec<bool>> = c
            .nodes
            .iter()
            .map(|node| match &node.kind {
                CKind::Decision(ch) => vec![x.truncated; ch.len()],
                _ => Vec::new(),
            })
            .collect();
        if !x.truncated {
            for (s, e) in x.graph.all_edges() {
                if let Via::Choice(ci) = e.via {
                    open_choices[x.graph.node[s] as usize][ci] = true;
                }
            }
        }
        let mut edges = Vec::new();
        let mut first_edge = Vec::with_capacity(n + 1);
        for (i, node) in c.nodes.iter().enumerate() {
            first_edge.push(edges.len());
            let id = &c.node_ids[i];
            let edge = |to, via, weight, open| MapEdge {
                from: i,
                to,
                via,
                causes: Vec::new(),
                avoids: Vec::new(),
                weight,
                open: open && reachable[i],
                best: false,
                worst: false,
            };
            match &node.kind {
                CKind::Ending => {}
                CKind::Passage(t) => edges.push(edge(*t, Via::Next, None, true)),
                // A passage that routes on the story so far: an arrow to
                // each route's scene and to the one taken when none holds.
                CKind::Route(routes, otherwise) => {
                    for r in routes {
                        edges.push(edge(r.target, Via::Next, None, true));
                    }
                    edges.push(edge(*otherwise, Via::Next, None, true));
                }
                CKind::Random(branches) => {
                    for (bi, b) in branches.iter().enumerate() {
                        edges.push(edge(
                            b.target,
                            Via::Branch(bi),
                            Some(b.weight),
                            b.weight > 0,
                        ));
                    }
                }
                CKind::Decision(choices) => {
                    let written = &c.scenario.nodes[id].choices;
                    for (ci, ch) in choices.iter().enumerate() {
                        let mut e = edge(ch.target, Via::Choice(ci), None, open_choices[i][ci]);
                        if let Some(w) = written.get(ci) {
                            e.causes = w.causes.iter().map(|(h, s)| (h.clone(), *s)).collect();
                            e.avoids = w.avoids.iter().map(|(h, s)| (h.clone(), *s)).collect();
                        }
                        edges.push(e);
                    }
                }
            }
        }
        first_edge.push(edges.len());
        let places = src.map(Places::new);
        let nodes: Vec<MapNode> = (0..n)
            .map(|i| {
                let id = &c.node_ids[i];
                let kind = match &c.nodes[i].kind {
                    CKind::Decision(_) => MapKind::Decision,
                    CKind::Passage(_) | CKind::Route(..) => MapKind::Passage,
                    CKind::Random(_) => MapKind::Random,
                    CKind::Ending => MapKind::Ending(
                        c.scenario.nodes[id]
                            .ending
                            .as_ref()
                            .map(|e| e.tone)
                            .unwrap_or_default(),
                    ),
                };
                MapNode {
                    id: id.clone(),
                    kind,
                    reachable: reachable[i],
                    column: 0,
                    row: 0,
                    x: 0.0,
                    y: 0.0,
                    line: places
                        .as_ref()
                        .and_then(|p| p.node(id).map(|_| p.node_at(id).0)),
                    best: false,
                    worst: false,
                }
            })
            .collect();
        let mut map = ScenarioMap {
            compiled: c.clone(),
            nodes,
            edges,
            first_edge,
            start: c.start,
            columns: 0,
            column_rows: Vec::new(),
            width: 0.0,
            height: 0.0,
            estimated: x.truncated,
            best: None,
            worst: None,
        };
        layout::place(&mut map);
        map.best = paths::mark(&mut map, x, true);
        map.worst = paths::mark(&mut map, x, false);
        map
    }

    /// The arrows out of node `i`.
    pub fn edges_from(&self, i: usize) -> &[MapEdge] {
        &self.edges[self.first_edge[i]..self.first_edge[i + 1]]
    }

    /// The arrow out of node `i` by `via`, to change it.
    fn edge_mut(&mut self, i: usize, via: Via) -> Option<&mut MapEdge> {
        let (a, b) = (*self.first_edge.get(i)?, *self.first_edge.get(i + 1)?);
        self.edges[a..b].iter_mut().find(|e| e.via == via)
    }

    /// The node whose box holds the point, if any.
    pub fn node_at(&self, x: f32, y: f32) -> Option<usize> {
        self.nodes
            .iter()
            .position(|n| x >= n.x && x <= n.x + BOX_W && y >= n.y && y <= n.y + BOX_H)
    }

    /// The nodes whose boxes meet the rectangle (x0, y0)-(x1, y1): what a
    /// view of that part of the map draws.
    pub fn nodes_in(&self, x0: f32, y0: f32, x1: f32, y1: f32) -> impl Iterator<Item = usize> + '_ {
        (0..self.nodes.len()).filter(move |i| {
            let n = &self.nodes[*i];
            n.x <= x1 && n.x + BOX_W >= x0 && n.y <= y1 && n.y + BOX_H >= y0
        })
    }

    /// The curve of an arrow, as the four control points of a cubic Bézier
    /// curve. It leaves the right side of its box (spread by its place
    /// among that node's arrows) and:
    /// - to a later column, enters the middle of the left side of its box;
    /// - within one column, bends out to the right and enters the right side;
    /// - back to an earlier column, dips below the rows and comes up into
    ///   the bottom of its box, so that it reads as going back rather than
    ///   as a line through the boxes between.
    pub fn edge_curve(&self, e: &MapEdge) -> [(f32, f32); 4] {
        let (a, b) = (&self.nodes[e.from], &self.nodes[e.to]);
        let count = self.first_edge[e.from + 1] - self.first_edge[e.from];
        let k = match e.via {
            Via::Choice(i) | Via::Branch(i) => i,
            Via::Next => 0,
        };
        let p0 = (
            a.x + BOX_W,
            a.y + BOX_H * (k as f32 + 1.0) / (count as f32 + 1.0),
        );
        if b.column > a.column {
            let p3 = (b.x, b.y + BOX_H / 2.0);
            let reach = ((p3.0 - p0.0) / 2.0).max(30.0);
            return [p0, (p0.0 + reach, p0.1), (p3.0 - reach, p3.1), p3];
        }
        if b.column == a.column {
            let p3 = (b.x + BOX_W, b.y + BOX_H / 2.0);
            let rows = a.row.abs_diff(b.row) as f32;
            let reach = (30.0 + 12.0 * rows).min(GAP_X * 0.8);
            return [p0, (p0.0 + reach, p0.1), (p3.0 + reach, p3.1), p3];
        }
        // Below the lowest box of the columns it passes.
        let rows = self.column_rows[b.column..=a.column]
            .iter()
            .max()
            .copied()
            .unwrap_or(1);
        let p3 = (b.x + BOX_W / 2.0, b.y + BOX_H);
        let low = MARGIN + rows as f32 * (BOX_H + GAP_Y) + 0.03 * (p0.0 - p3.0);
        // Control points at this depth put the middle of the curve at `low`.
        let depth = (low - (p0.1 + p3.1) / 8.0) / 0.75;
        [p0, (p0.0 + GAP_X * 0.5, depth), (p3.0, depth), p3]
    }
}

/// A point on a cubic Bézier curve at `t` in 0..=1.
pub fn bezier(c: &[(f32, f32); 4], t: f32) -> (f32, f32) {
    let u = 1.0 - t;
    let (a, b, cc, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (
        a * c[0].0 + b * c[1].0 + cc * c[2].0 + d * c[3].0,
        a * c[0].1 + b * c[1].1 + cc * c[2].1 + d * c[3].1,
    )
}

#[cfg(test)]
mod tests;
