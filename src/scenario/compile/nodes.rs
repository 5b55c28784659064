//! Steps: the node names, the start, and each node (its kind, text,
//! effects, ending, passage or random event; decisions are in `choices`).

use super::Compilation;
use super::compiled::{CBranch, CKind, CNode, CRoute};
use crate::scenario::diag::suggest;
use crate::scenario::locate::Span;
use crate::scenario::{Ending, Node};

impl Compilation<'_> {
    /// Number the nodes, and report names written twice.
    pub(super) fn name_nodes(&mut self) {
        self.node_ids = self.scenario.nodes.keys().cloned().collect();
        self.node_index = self
            .node_ids
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        for dup in self.places.duplicate_nodes() {
            let at = self.places.node_at(&dup);
            self.error(
                "duplicate-node",
                format!("two nodes are named `{dup}`"),
                "give each node its own name; the second one silently replaces the first".into(),
                at,
            );
        }
    }

    /// The node the scenario starts at.
    pub(super) fn resolve_start(&mut self) -> Option<usize> {
        // Where `start` is written is looked up only for an error: a field
        // the file leaves out costs a scan of the whole file.
        if let Some(i) = self.node_index.get(&self.scenario.start) {
            return Some(*i);
        }
        let span = self.places.loc.field(self.places.loc.whole(), "start");
        let fallback = self.places.top_field("start");
        let scenario = self.scenario;
        self.resolve_target(&scenario.start, span, fallback)
    }

    /// The index of the node named `target`, written in `span` (or at
    /// `fallback`); reported if there is none.
    pub(super) fn resolve_target(
        &mut self,
        target: &str,
        span: Option<Span>,
        fallback: (usize, usize),
    ) -> Option<usize> {
        if let Some(i) = self.node_index.get(target) {
            return Some(*i);
        }
        let names: Vec<&str> = self.node_ids.iter().map(|s| s.as_str()).collect();
        let help = match suggest(target, &names) {
            Some(s) => format!("did you mean `{s}`? Or add a node named `{target}`"),
            None if target.is_empty() => "write the name of the node it leads to".into(),
            None => format!("add a node named `{target}`, or correct the name"),
        };
        let at = self.places.string_in(span, target, fallback);
        self.error(
            "unknown-node",
            format!("leads to `{target}`, but there is no node with that name"),
            help,
            at,
        );
        None
    }

    /// Compile every node, in the order of their names.
    pub(super) fn compile_nodes(&mut self) -> Vec<CNode> {
        let scenario = self.scenario;
        scenario
            .nodes
            .iter()
            .map(|(id, node)| self.compile_node(id, node))
            .collect()
    }

    fn compile_node(&mut self, id: &str, node: &Node) -> CNode {
        let nspan = self.places.node(id);
        let nat = self.places.node_at(id);
        self.check_node_kind(id, node, nat);
        if node.text.trim().is_empty() && (node.ending.is_some() || !node.choices.is_empty()) {
            self.warning(
                "empty-text",
                format!("node `{id}` has no text"),
                "say what happens, so the trainee knows what they are deciding".into(),
                nat,
            );
        }
        self.check_text(&node.text, nat);
        self.check_text(&node.speaker, nat);
        let effects = self.compile_effects(&node.effects, nspan, nat);
        let kind = if let Some(end) = &node.ending {
            self.compile_ending(id, end, nat)
        } else if let Some(next) = &node.next {
            let t = nspan.and_then(|s| self.places.loc.field(s, "next"));
            let otherwise = self.resolve_target(next, t, nat);
            let routes = self.compile_routes(id, node, nat);
            match otherwise {
                Some(t) if node.next_if.is_empty() => CKind::Passage(t),
                Some(t) => CKind::Route(routes, t),
                None => CKind::Ending,
            }
        } else if !node.random.is_empty() {
            self.compile_random(id, node, nat)
        } else {
            self.compile_decision(id, node, nat)
        };
        CNode { effects, kind }
    }

    /// The routes of a passage that depends on the story so far.
    fn compile_routes(&mut self, id: &str, node: &Node, nat: (usize, usize)) -> Vec<CRoute> {
        let mut routes = Vec::new();
        for (ri, r) in node.next_if.iter().enumerate() {
            let rspan = self.places.item(id, "next_if", ri);
            let rat = rspan
                .map(|s| self.places.loc.line_col(s.start))
                .unwrap_or(nat);
            let when = self.compile_condition(&r.when, rspan, rat);
            let target = self.resolve_target(&r.next, rspan, rat);
            if let (Some(when), Some(target)) = (when, target) {
                routes.push(CRoute { when, target });
            }
        }
        routes
    }

    /// A node is exactly one of a decision, a passage, a random event or an
    /// ending.
    fn check_node_kind(&mut self, id: &str, node: &Node, nat: (usize, usize)) {
        if !node.next_if.is_empty() && node.next.is_none() {
            self.error(
                "next-if-without-next",
                format!("node `{id}` has `next_if` but no `next`"),
                "add `next: \"...\"`: where the story goes when none of the `next_if` conditions holds".into(),
                nat,
            );
        }
        let kinds = [
            !node.choices.is_empty(),
            node.next.is_some() || !node.next_if.is_empty(),
            !node.random.is_empty(),
            node.ending.is_some(),
        ];
        let count = kinds.iter().filter(|k| **k).count();
        if count == 0 {
            self.error(
                "dead-end",
                format!("node `{id}` is a dead end: it has no choices, no `next`, no `random` and is not an ending"),
                "add `choices: [...]`, `next: \"...\"`, `random: [...]`, or make it an ending with `ending: (...)`".into(),
                nat,
            );
        } else if count > 1 {
            self.error(
                "mixed-node",
                format!("node `{id}` is more than one kind of node"),
                "a node has exactly one of `choices`, `next` (with or without `next_if`), `random` or `ending`; split it in two"
                    .into(),
                nat,
            );
        }
    }

    fn compile_ending(&mut self, id: &str, end: &Ending, nat: (usize, usize)) -> CKind {
        self.check_text(&end.outcome, nat);
        self.check_text(&end.title, nat);
        if end.outcome.trim().is_empty() {
            self.error(
                "empty-outcome",
                format!("the ending at `{id}` does not say what became of the person"),
                "write the `outcome`: where the person is now, and how they are".into(),
                nat,
            );
        }
        CKind::Ending
    }

    fn compile_random(&mut self, id: &str, node: &Node, nat: (usize, usize)) -> CKind {
        let mut branches = Vec::new();
        for (bi, b) in node.random.iter().enumerate() {
            let bspan = self.places.item(id, "random", bi);
            let bat = bspan
                .map(|s| self.places.loc.line_col(s.start))
                .unwrap_or(nat);
            if b.weight <= 0 {
                self.error(
                    "weight-not-positive",
                    format!("branch {} of the random event at `{id}` has weight {}", bi + 1, b.weight),
                    "weights are whole numbers above 0; remove the branch if it should never happen".into(),
                    bat,
                );
            }
            let effects = self.compile_effects(&b.effects, bspan, bat);
            if let Some(t) = self.resolve_target(&b.next, bspan, bat) {
                branches.push(CBranch {
                    weight: b.weight.clamp(0, i64::from(u32::MAX)) as u32,
                    effects,
                    target: t,
                });
            }
        }
        CKind::Random(branches)
    }
}
