//! The map as text for other tools: Graphviz DOT and Mermaid flowcharts.
//! They lay the graph out themselves (left to right); the marks are the
//! same as the SVG's: ✖ and ✔ harms, dashed random branches, dotted arrows
//! no run takes, unreachable nodes dashed and named so, endings by tone.

use super::svg::{clip, edge_colour, node_style};
use super::{MapEdge, ScenarioMap};
use std::fmt::Write;

/// A DOT string literal's inside: quotes and backslashes escaped, line
/// breaks as `\n`.
fn dot_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// What a box says: its name, what it is, and marks (in every format).
pub(super) fn node_label(map: &ScenarioMap, i: usize, paths: bool) -> (String, String) {
    let n = &map.nodes[i];
    let mut under = node_style(n.kind).2.to_string();
    if !n.reachable {
        under = format!("⚠ unreachable · {under}");
    }
    if i == map.start {
        under = format!("▶ start · {under}");
    }
    if paths && n.best {
        under.push_str(" ★");
    }
    if paths && n.worst {
        under.push_str(" ⬇");
    }
    (clip(&n.id, 40), under)
}

fn edge_label(e: &MapEdge, paths: bool) -> String {
    let mut label = e.label();
    if paths && e.best {
        label.push_str(" ★");
    }
    if paths && e.worst {
        label.push_str(" ⬇");
    }
    label.trim().to_string()
}

/// The map as a Graphviz DOT digraph.
pub fn dot(map: &ScenarioMap, paths: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "digraph \"{}\" {{\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\"];\n  edge [fontname=\"sans-serif\", fontsize=10];",
        dot_quote(&map.compiled.scenario.id)
    );
    for i in 0..map.nodes.len() {
        let n = &map.nodes[i];
        let (fill, stroke, _) = node_style(n.kind);
        let (name, under) = node_label(map, i, paths);
        let style = if n.reachable {
            "rounded,filled"
        } else {
            "rounded,filled,dashed"
        };
        let _ = writeln!(
            s,
            "  \"{}\" [label=\"{}\\n{}\", fillcolor=\"{fill}\", color=\"{}\", style=\"{style}\"];",
            dot_quote(&n.id),
            dot_quote(&name),
            dot_quote(&under),
            if n.reachable { stroke } else { "#c0392b" },
        );
    }
    for e in &map.edges {
        let style = if !e.open {
            "dotted"
        } else if e.is_random() {
            "dashed"
        } else {
            "solid"
        };
        let width = if paths && (e.best || e.worst) { 3 } else { 1 };
        let _ = writeln!(
            s,
            "  \"{}\" -> \"{}\" [label=\"{}\", color=\"{}\", fontcolor=\"{}\", style={style}, penwidth={width}];",
            dot_quote(&map.nodes[e.from].id),
            dot_quote(&map.nodes[e.to].id),
            dot_quote(&edge_label(e, paths)),
            edge_colour(e),
            edge_colour(e),
        );
    }
    s.push_str("}\n");
    s
}

/// Text inside a Mermaid `"..."` label: quotes and the characters Mermaid
/// reads as markup as its `#...;` entity codes.
fn mermaid_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '|' => out.push_str("#124;"),
            '`' => out.push_str("#96;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The map as a Mermaid flowchart. Nodes are named `n0`, `n1`, ... (node
/// names may hold characters Mermaid does not accept in ids).
pub fn mermaid(map: &ScenarioMap, paths: bool) -> String {
    let mut s = String::from("flowchart LR\n");
    for i in 0..map.nodes.len() {
        let (name, under) = node_label(map, i, paths);
        let _ = writeln!(
            s,
            "  n{i}[\"{}<br/>{}\"]",
            mermaid_quote(&name),
            mermaid_quote(&under)
        );
    }
    for e in &map.edges {
        let label = edge_label(e, paths);
        let arrow = if !e.open || e.is_random() {
            "-.->"
        } else if paths && (e.best || e.worst) {
            "==>"
        } else {
            "-->"
        };
        if label.is_empty() {
            let _ = writeln!(s, "  n{} {arrow} n{}", e.from, e.to);
        } else {
            let _ = writeln!(
                s,
                "  n{} {arrow}|\"{}\"| n{}",
                e.from,
                mermaid_quote(&label),
                e.to
            );
        }
    }
    let classes = [
        ("good", "#e9f7ef", "#1e8449"),
        ("mixed", "#fef9e7", "#b9770e"),
        ("poor", "#fdedec", "#c0392b"),
        ("unreachable", "#ffffff", "#c0392b"),
    ];
    for (name, fill, stroke) in classes {
        let dash = if name == "unreachable" {
            ",stroke-dasharray:6 3"
        } else {
            ""
        };
        let _ = writeln!(s, "  classDef {name} fill:{fill},stroke:{stroke}{dash}");
    }
    for (i, n) in map.nodes.iter().enumerate() {
        let class = match n.kind {
            _ if !n.reachable => "unreachable",
            super::MapKind::Ending(crate::scenario::Tone::Good) => "good",
            super::MapKind::Ending(crate::scenario::Tone::Mixed) => "mixed",
            super::MapKind::Ending(crate::scenario::Tone::Poor) => "poor",
            _ => continue,
        };
        let _ = writeln!(s, "  class n{i} {class}");
    }
    s
}
