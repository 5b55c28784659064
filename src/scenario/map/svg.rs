//! The map as an SVG drawing, written here (no Graphviz needed), for
//! documents and review meetings. Colour is never the only cue: harms are
//! ✖ (caused) and ✔ (avoided) on the arrows, random branches are dashed,
//! arrows no run takes are dotted, unreachable boxes have a dashed border
//! and say so, endings name their tone, and the best and worst paths carry
//! ★ and ⬇.

use super::{BOX_H, BOX_W, MapEdge, MapKind, ScenarioMap, bezier};
use crate::scenario::Tone;
use std::fmt::Write;

/// Escape text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters of `text`, with an ellipsis if cut.
pub fn clip(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// The colour of an arrow: red for a harm caused, green for one avoided,
/// amber for both, grey for none, light grey for an arrow no run takes.
pub fn edge_colour(e: &MapEdge) -> &'static str {
    let i = match (e.open, e.causes.is_empty(), e.avoids.is_empty()) {
        (false, _, _) => 4,
        (true, false, true) => 0,
        (true, true, false) => 1,
        (true, false, false) => 2,
        (true, true, true) => 3,
    };
    EDGE_COLOURS[i]
}

/// Caused, avoided, both, neither, never taken.
const EDGE_COLOURS: [&str; 5] = ["#c0392b", "#1e8449", "#b9770e", "#6b6b6b", "#b8b8b8"];

/// A box's fill and border colour, and the word under its name.
pub fn node_style(kind: MapKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        MapKind::Decision => ("#eef3fb", "#34495e", "decision"),
        MapKind::Passage => ("#f7f7f7", "#7f8c8d", "passage"),
        MapKind::Random => ("#fdf2e9", "#a04000", "random event"),
        MapKind::Ending(Tone::Good) => ("#e9f7ef", "#1e8449", "ending: good ●"),
        MapKind::Ending(Tone::Mixed) => ("#fef9e7", "#b9770e", "ending: mixed ◐"),
        MapKind::Ending(Tone::Poor) => ("#fdedec", "#c0392b", "ending: poor ○"),
    }
}

/// The map as a standalone SVG document; with `paths`, the best and the
/// worst path highlighted.
pub fn render(map: &ScenarioMap, paths: bool) -> String {
    let legend_h = 64.0;
    // Arrows back to an earlier column dip below the rows: the curve stays
    // within its control points, so the lowest of them bounds the drawing.
    let lowest = map
        .edges
        .iter()
        .flat_map(|e| map.edge_curve(e))
        .fold(map.height, |low, p| low.max(p.1 + 8.0));
    let (w, h) = (map.width.max(640.0), lowest + legend_h);
    let mut s = String::new();
    let title = &map.compiled.scenario.title;
    let _ = writeln!(s, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="12">"#
    );
    let _ = writeln!(
        s,
        "<title>{}</title>",
        escape(&format!("Map of {title} ({})", map.compiled.scenario.id))
    );
    // One arrowhead per colour: `context-stroke` is not drawn everywhere.
    s.push_str("<defs>");
    for c in EDGE_COLOURS {
        let _ = write!(
            s,
            r#"<marker id="arrow-{}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>"#,
            &c[1..]
        );
    }
    s.push_str("</defs>\n");
    s.push_str(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    s.push('\n');
    legend(&mut s, map, paths);
    let _ = writeln!(s, r#"<g transform="translate(0 {legend_h})">"#);
    s.push_str("<g class=\"edges\">\n");
    for e in &map.edges {
        edge(&mut s, map, e, paths);
    }
    s.push_str("</g>\n<g class=\"nodes\">\n");
    for (i, _) in map.nodes.iter().enumerate() {
        node(&mut s, map, i, paths);
    }
    s.push_str("</g>\n</g>\n</svg>\n");
    s
}

fn legend(s: &mut String, map: &ScenarioMap, paths: bool) {
    let title = escape(&map.compiled.scenario.title);
    let _ = writeln!(
        s,
        r#"<text x="24" y="22" font-size="16" font-weight="bold">{title}</text>"#
    );
    let mut items = vec![
        "✖ harm caused (red)".to_string(),
        "✔ harm avoided (green)".into(),
        "- - - random branch".into(),
        "····· never taken".into(),
    ];
    if paths {
        if let Some(b) = map.best {
            items.push(format!("★ best path ({:+} points)", b.points));
        }
        if let Some(w) = map.worst {
            items.push(format!("⬇ worst path ({:+} points)", w.points));
        }
    }
    if map.estimated {
        items.push("estimated: too many situations to walk them all".into());
    }
    let _ = writeln!(
        s,
        r##"<text x="24" y="46" fill="#333333">{}</text>"##,
        escape(&items.join("   "))
    );
}

fn edge(s: &mut String, map: &ScenarioMap, e: &MapEdge, paths: bool) {
    let c = map.edge_curve(e);
    let d = format!(
        "M{:.1},{:.1} C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
        c[0].0, c[0].1, c[1].0, c[1].1, c[2].0, c[2].1, c[3].0, c[3].1
    );
    let what = edge_title(map, e);
    // A wide band under the arrow: purple for the worst path, blue for the
    // best (narrower, on top, where they share an arrow).
    for (on, halo, width) in [(e.worst, "#9b59b6", 12), (e.best, "#3498db", 6)] {
        if paths && on {
            let _ = writeln!(
                s,
                r#"<path d="{d}" fill="none" stroke="{halo}" stroke-width="{width}" stroke-opacity="0.65"/>"#
            );
        }
    }
    let dash = if !e.open {
        r#" stroke-dasharray="2 3""#
    } else if e.is_random() {
        r#" stroke-dasharray="7 4""#
    } else {
        ""
    };
    let width = if e.causes.is_empty() && e.avoids.is_empty() {
        1.2
    } else {
        2.0
    };
    let _ = writeln!(
        s,
        r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{width}"{dash} marker-end="url(#arrow-{})"><title>{}</title></path>"#,
        edge_colour(e),
        &edge_colour(e)[1..],
        escape(&what)
    );
    let mut label = e.label();
    if paths && e.best {
        label.push_str(" ★");
    }
    if paths && e.worst {
        label.push_str(" ⬇");
    }
    if !label.is_empty() {
        let (x, y) = bezier(&c, 0.12);
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" font-size="10" fill="{}">{}</text>"#,
            x + 4.0,
            y - 3.0,
            edge_colour(e),
            escape(&label)
        );
    }
}

/// What an arrow's tooltip says: the choice's text, or the kind of move.
fn edge_title(map: &ScenarioMap, e: &MapEdge) -> String {
    let from = &map.nodes[e.from].id;
    let to = &map.nodes[e.to].id;
    let text = match e.via {
        crate::scenario::explore::Via::Choice(i) => map.compiled.scenario.nodes[from]
            .choices
            .get(i)
            .map(|c| c.text.clone())
            .unwrap_or_default(),
        crate::scenario::explore::Via::Branch(_) => "random branch".into(),
        crate::scenario::explore::Via::Next => "next".into(),
    };
    format!("{from} → {to}: {text}")
}

fn node(s: &mut String, map: &ScenarioMap, i: usize, paths: bool) {
    let n = &map.nodes[i];
    let (fill, stroke, _) = node_style(n.kind);
    let (_, under) = super::text::node_label(map, i, paths);
    let border = if n.reachable {
        format!(r#"stroke="{stroke}" stroke-width="1.5""#)
    } else {
        r##"stroke="#c0392b" stroke-width="2" stroke-dasharray="6 3""##.to_string()
    };
    let node = &map.compiled.scenario.nodes[&n.id];
    let text = match &node.ending {
        Some(e) => e.title.clone(),
        None => node.text.clone(),
    };
    let line = n.line.map(|l| format!(" (line {l})")).unwrap_or_default();
    let _ = writeln!(
        s,
        r#"<g class="node"><title>{}</title><rect x="{:.1}" y="{:.1}" width="{BOX_W}" height="{BOX_H}" rx="6" fill="{fill}" {border}/>"#,
        escape(&format!("{}{line}: {}", n.id, clip(&text, 300))),
        n.x,
        n.y
    );
    let _ = writeln!(
        s,
        r#"<text class="name" x="{:.1}" y="{:.1}" font-weight="bold">{}</text>"#,
        n.x + 8.0,
        n.y + 18.0,
        escape(&clip(&n.id, 28))
    );
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#444444">{}</text>"##,
        n.x + 8.0,
        n.y + 33.0,
        escape(&clip(&under, 34))
    );
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#666666">{}</text></g>"##,
        n.x + 8.0,
        n.y + 48.0,
        escape(&clip(&text, 34))
    );
}
