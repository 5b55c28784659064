//! Where each box goes.
//!
//! - **Columns by shortest depth.** A node's column is the fewest arrows
//!   from the start to it, every choice taken as open (a breadth-first
//!   search). The longest path is undefined once a story loops (a recovery
//!   choice back to an earlier scene), the shortest always exists, and it
//!   reads as "how early can a trainee be here". Arrows may therefore also
//!   run back or skip columns. Nodes no arrow from the start leads to share
//!   one column after the last.
//! - **Rows by barycentre.** Within a column, boxes are sorted by the mean
//!   row of their neighbours in the column before (then, sweeping back, in
//!   the column after), the cheap heuristic of Sugiyama-style layouts that
//!   removes most crossings: two sweeps each way, each O(arrows + boxes log
//!   boxes).
//! - Every box has the same size ([`BOX_W`] x [`BOX_H`]) and its own
//!   (column, row) cell, so no two boxes overlap.

use super::{BOX_H, BOX_W, GAP_X, GAP_Y, MARGIN, ScenarioMap};
use std::collections::VecDeque;

/// How many times rows are re-sorted each way.
const SWEEPS: usize = 2;

/// Give every node of `map` its column, row and position, and the map its
/// size.
pub(super) fn place(map: &mut ScenarioMap) {
    let n = map.nodes.len();
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in &map.edges {
        succ[e.from].push(e.to);
        pred[e.to].push(e.from);
    }
    // Columns, and the first order of each column: the order the search
    // finds the nodes, which already keeps a scene near the one before it.
    let mut depth: Vec<Option<usize>> = vec![None; n];
    let mut found = Vec::with_capacity(n);
    let mut queue = VecDeque::new();
    if map.start < n {
        depth[map.start] = Some(0);
        queue.push_back(map.start);
    }
    while let Some(v) = queue.pop_front() {
        found.push(v);
        let d = depth[v].unwrap_or(0);
        for &w in &succ[v] {
            if depth[w].is_none() {
                depth[w] = Some(d + 1);
                queue.push_back(w);
            }
        }
    }
    let last = depth.iter().flatten().max().copied().unwrap_or(0);
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); last + 1];
    for &v in &found {
        columns[depth[v].unwrap_or(0)].push(v);
    }
    let orphans: Vec<usize> = (0..n).filter(|v| depth[*v].is_none()).collect();
    if !orphans.is_empty() {
        columns.push(orphans);
    }
    let mut column_of = vec![0usize; n];
    let mut row_of = vec![0usize; n];
    let number = |columns: &[Vec<usize>], column_of: &mut [usize], row_of: &mut [usize]| {
        for (c, col) in columns.iter().enumerate() {
            for (r, v) in col.iter().enumerate() {
                column_of[*v] = c;
                row_of[*v] = r;
            }
        }
    };
    number(&columns, &mut column_of, &mut row_of);
    for _ in 0..SWEEPS {
        for (c, col) in columns.iter_mut().enumerate().skip(1) {
            sort_by_neighbours(col, &pred, &column_of, &mut row_of, c - 1);
        }
        for c in (0..columns.len().saturating_sub(1)).rev() {
            sort_by_neighbours(&mut columns[c], &succ, &column_of, &mut row_of, c + 1);
        }
    }
    number(&columns, &mut column_of, &mut row_of);
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
    for (v, node) in map.nodes.iter_mut().enumerate() {
        node.column = column_of[v];
        node.row = row_of[v];
        node.x = MARGIN + column_of[v] as f32 * (BOX_W + GAP_X);
        node.y = MARGIN + row_of[v] as f32 * (BOX_H + GAP_Y);
    }
    map.columns = columns.len();
    map.column_rows = columns.iter().map(Vec::len).collect();
    map.width = 2.0 * MARGIN + columns.len() as f32 * (BOX_W + GAP_X) - GAP_X;
    map.height = 2.0 * MARGIN + tallest as f32 * (BOX_H + GAP_Y) - GAP_Y;
}

/// Sort one column by the mean row of each node's neighbours in column
/// `other`; a node with none there keeps its row as its key. Then number
/// the column's rows again.
fn sort_by_neighbours(
    col: &mut [usize],
    neighbours: &[Vec<usize>],
    column_of: &[usize],
    row_of: &mut [usize],
    other: usize,
) {
    let mut keyed: Vec<(f32, usize)> = col
        .iter()
        .map(|&v| {
            let (sum, count) = neighbours[v]
                .iter()
                .filter(|w| column_of[**w] == other)
                .fold((0.0f32, 0u32), |(s, k), w| (s + row_of[*w] as f32, k + 1));
            let key = if count == 0 {
                row_of[v] as f32
            } else {
                sum / count as f32
            };
            (key, v)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (r, (_, v)) in keyed.into_iter().enumerate() {
        col[r] = v;
        row_of[v] = r;
    }
}
