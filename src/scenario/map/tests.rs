//! The map's layout and exports over small scenarios; the command line's
//! `map` is tested in `tests/simulation.rs`.

use super::*;
use crate::scenario::explore::Via;
use std::collections::HashSet;

fn tiny_source() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tiny.ron"
    ))
    .expect("the tiny fixture")
}

fn map_of(src: &str) -> MapOfFile {
    let guide = Guide::bundled().expect("the bundled guide");
    of_source(src, Path::new("tiny.ron"), &guide)
}

/// Every node has one box of its own, no two boxes overlap, and every
/// arrow joins two boxes.
fn assert_laid_out(map: &ScenarioMap) {
    assert_eq!(map.nodes.len(), map.compiled.node_ids.len());
    let ids: HashSet<&str> = map.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids.len(), map.nodes.len(), "each node once");
    let cells: HashSet<(usize, usize)> = map.nodes.iter().map(|n| (n.column, n.row)).collect();
    assert_eq!(cells.len(), map.nodes.len(), "each box its own cell");
    // Boxes of one column are in row order, and columns do not touch, so
    // comparing each box with the next one of its column and with the
    // columns' spans is enough to rule out any overlap.
    let mut by_column: Vec<Vec<&MapNode>> = vec![Vec::new(); map.columns];
    for n in &map.nodes {
        assert!(n.x >= 0.0 && n.y >= 0.0);
        assert!(n.x + BOX_W <= map.width && n.y + BOX_H <= map.height);
        by_column[n.column].push(n);
    }
    for col in &mut by_column {
        col.sort_by(|a, b| a.y.total_cmp(&b.y));
        for pair in col.windows(2) {
            assert!(
                pair[0].y + BOX_H < pair[1].y,
                "{} overlaps {}",
                pair[0].id,
                pair[1].id
            );
            assert_eq!(pair[0].x, pair[1].x);
        }
    }
    for pair in by_column.windows(2) {
        if let (Some(a), Some(b)) = (pair[0].first(), pair[1].first()) {
            assert!(a.x + BOX_W < b.x);
        }
    }
    for e in &map.edges {
        assert!(e.from < map.nodes.len() && e.to < map.nodes.len());
    }
}

#[test]
fn tiny_is_laid_out_by_depth_with_harms_random_branches_and_tones() {
    let out = map_of(&tiny_source());
    let map = out.map.expect("tiny compiles");
    assert_laid_out(&map);
    assert!(map.nodes.iter().all(|n| n.reachable) && !map.estimated);
    let node = |id: &str| map.nodes.iter().find(|n| n.id == id).unwrap();
    assert_eq!(node("start").column, 0);
    assert_eq!(node("event").column, 1);
    // `decide` is one move from `event` (luck), `phone` another.
    assert_eq!(node("decide").column, 2);
    assert_eq!(node("phone").column, 2);
    assert_eq!(node("good").kind, MapKind::Ending(Tone::Good));
    assert_eq!(node("mixed").kind, MapKind::Ending(Tone::Mixed));
    assert_eq!(node("poor").kind, MapKind::Ending(Tone::Poor));
    assert_eq!(node("decide").line, Some(42));
    let randoms: Vec<&MapEdge> = map.edges.iter().filter(|e| e.is_random()).collect();
    assert_eq!(randoms.len(), 2);
    assert_eq!(randoms[0].label(), "~3");
    let papers = map
        .edges
        .iter()
        .find(|e| map.nodes[e.from].id == "start" && e.via == Via::Choice(1))
        .unwrap();
    assert_eq!(papers.label(), "2 ✖ID-2");
    // Best: ask in private (+2), refer (+2); worst: papers (-3), send home (-2).
    assert_eq!(map.best, Some(PathScore { points: 4 }));
    assert_eq!(map.worst, Some(PathScore { points: -5 }));
    assert!(node("good").best && !node("good").worst);
    assert!(node("poor").worst && !node("poor").best);
    assert!(papers.worst && !papers.best);
}

#[test]
fn unreachable_nodes_and_choices_never_open_are_marked() {
    let src = tiny_source()
        .replace(
            r#""good": (text"#,
            r#""lost": (text: "Nobody comes here.", next: "gone"),
        "gone": (ending: (title: "Gone", outcome: "Never seen.", tone: Poor)),
        "good": (text"#,
        )
        .replace(
            r#"when: "asked and trust >= 50""#,
            r#"when: "asked and trust >= 99""#,
        );
    let out = map_of(&src);
    assert!(out.report.checked.is_none(), "unreachable nodes are errors");
    let map = out.map.expect("it compiles, so there is a map");
    assert_laid_out(&map);
    let node = |id: &str| map.nodes.iter().find(|n| n.id == id).unwrap();
    assert!(!node("lost").reachable && !node("gone").reachable);
    // Refer never opens, so `good` is unreachable too, though an arrow leads there.
    assert!(!node("good").reachable);
    assert!(node("decide").reachable);
    // Nodes no arrow from the start leads to share the last column.
    assert_eq!(node("lost").column, map.columns - 1);
    assert_eq!(node("gone").column, map.columns - 1);
    assert_ne!(node("good").column, map.columns - 1);
    let refer = map
        .edges
        .iter()
        .find(|e| map.nodes[e.from].id == "decide" && e.via == Via::Choice(0))
        .unwrap();
    assert!(!refer.open);
    assert!(
        map.edges
            .iter()
            .filter(|e| e.from != node_index(&map, "lost"))
            .any(|e| e.open)
    );
    let svg = svg::render(&map, true);
    assert!(svg.contains("⚠ unreachable"));
    roxmltree::Document::parse(&svg).expect("well-formed SVG");
}

fn node_index(map: &ScenarioMap, id: &str) -> usize {
    map.nodes.iter().position(|n| n.id == id).unwrap()
}

/// The SVG is well-formed XML (parsed by a real parser) and names every
/// node exactly once, also when names and texts hold XML's own characters.
#[test]
fn svg_is_well_formed_and_escapes_names_and_texts() {
    let src = tiny_source()
        .replace(
            r#"title: "Tiny""#,
            r#"title: "Tom & Jerry's <test> \"map\"""#,
        )
        .replace(r#""phone""#, r#""a<b & \"c\" 'd'""#)
        .replace("What now?", "What now? <b>&amp;</b> ]]>");
    let out = map_of(&src);
    let map = out.map.expect("compiles");
    assert!(out.report.checked.is_some(), "{:?}", out.report.diagnostics);
    for paths in [false, true] {
        let svg = svg::render(&map, paths);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        let names: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("name"))
            .filter_map(|n| n.text())
            .collect();
        for n in &map.nodes {
            assert_eq!(names.iter().filter(|x| **x == n.id).count(), 1, "{}", n.id);
        }
        assert_eq!(names.len(), map.nodes.len());
        assert!(names.contains(&r#"a<b & "c" 'd'"#));
        let dashed = doc
            .descendants()
            .filter(|n| n.has_tag_name("path") && n.attribute("stroke-dasharray") == Some("7 4"))
            .count();
        assert_eq!(dashed, 2, "random branches are dashed");
    }
}

#[test]
fn dot_and_mermaid_name_every_node_and_escape_quotes() {
    let src = tiny_source().replace(r#""phone""#, r#""ph\"one""#);
    let map = map_of(&src).map.expect("compiles");
    let dot = text::dot(&map, true);
    assert!(dot.starts_with("digraph \"tiny\" {") && dot.trim_end().ends_with('}'));
    assert!(dot.contains(r#""ph\"one" [label="#));
    assert!(dot.contains("style=dashed"), "random branches");
    assert!(dot.contains("✖ID-2"));
    let mermaid = text::mermaid(&map, false);
    assert!(mermaid.starts_with("flowchart LR\n"));
    assert!(mermaid.contains("ph#quot;one"));
    assert!(!mermaid.contains("ph\"one"));
    for i in 0..map.nodes.len() {
        assert!(mermaid.contains(&format!("  n{i}[\"")));
    }
    assert!(mermaid.contains("-.->"));
}

#[test]
fn a_run_reaches_any_reachable_node_with_its_variables() {
    let out = map_of(&tiny_source());
    let map = out.map.unwrap();
    let c = &map.compiled;
    let good = c.node_index["good"];
    // Refer needs `asked` and trust >= 50: the first profile (trust 40)
    // reaches it by asking in private (+10).
    let r = reaching(c, good, 0).expect("reachable");
    assert_eq!(r.profile, 0);
    let asked = c.var("asked").unwrap();
    assert_eq!(r.vars[asked], 1);
    let r = reaching(c, c.node_index["phone"], 1).unwrap();
    assert_eq!(r.profile, 1);
    assert_eq!(reaching(c, c.start, 1).unwrap().vars, c.start_vars(1));
}

#[test]
fn a_generated_scenario_of_2000_nodes_is_laid_out_once_each() {
    let src = crate::bench::generated_scenario(2000);
    let guide = Guide::bundled().unwrap();
    let (report, built) = check_source_built(&src, Path::new("generated.ron"), &guide);
    assert!(report.checked.is_some());
    let built = built.unwrap();
    let t = std::time::Instant::now();
    let map = ScenarioMap::build(&built, Some(&src));
    eprintln!("layout of 2000 nodes: {:?}", t.elapsed());
    assert_laid_out(&map);
    assert!(map.best.is_some() && map.worst.is_some());
    let svg = svg::render(&map, true);
    roxmltree::Document::parse(&svg).expect("well-formed SVG");
}
