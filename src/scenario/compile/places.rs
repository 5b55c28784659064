//! Where the parts of a scenario are in its file, for the place of each
//! diagnostic.

use crate::scenario::locate::{Locator, Span};
use std::collections::{BTreeSet, HashMap};

/// Where the parts of the scenario are in its file.
pub(crate) struct Places<'a> {
    pub(crate) loc: Locator<'a>,
    /// Each node's span, found in one pass (the first of duplicates).
    node_spans: HashMap<String, Span>,
    /// The keys of the `nodes` table in order, with repeats.
    node_keys: Vec<String>,
}

impl<'a> Places<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        let loc = Locator::new(src);
        let mut node_spans = HashMap::new();
        let mut node_keys = Vec::new();
        if let Some(nodes) = loc.field(loc.whole(), "nodes")
            && let Some(open) = loc.text(nodes).find('{')
        {
            let inner = Span {
                start: nodes.start + open,
                end: nodes.end,
            };
            for (k, span) in loc.map_entries(inner) {
                node_spans.entry(k.clone()).or_insert(span);
                node_keys.push(k);
            }
        }
        Places {
            loc,
            node_spans,
            node_keys,
        }
    }

    pub(crate) fn top_field(&self, name: &str) -> (usize, usize) {
        self.loc
            .field(self.loc.whole(), name)
            .map(|s| self.loc.line_col(s.start))
            .unwrap_or((1, 1))
    }

    pub(crate) fn node(&self, id: &str) -> Option<Span> {
        self.node_spans.get(id).copied()
    }

    pub(crate) fn node_at(&self, id: &str) -> (usize, usize) {
        self.node(id)
            .map(|s| self.loc.line_col(s.start))
            .unwrap_or_else(|| self.top_field("nodes"))
    }

    pub(crate) fn item(&self, node: &str, list: &str, index: usize) -> Option<Span> {
        self.loc
            .list_items(self.node(node)?, list)
            .get(index)
            .copied()
    }

    pub(crate) fn choice_at(&self, node: &str, index: usize) -> (usize, usize) {
        self.item(node, "choices", index)
            .map(|s| self.loc.line_col(s.start))
            .unwrap_or_else(|| self.node_at(node))
    }

    /// The place of a quoted string inside a span, or of the span itself.
    pub(crate) fn string_in(
        &self,
        span: Option<Span>,
        text: &str,
        fallback: (usize, usize),
    ) -> (usize, usize) {
        span.and_then(|s| self.loc.string(s, text))
            .map(|o| self.loc.line_col(o))
            .unwrap_or(fallback)
    }

    /// The place of character `offset` inside the quoted string `text` in `span`.
    pub(super) fn inside_string(
        &self,
        span: Option<Span>,
        text: &str,
        offset: usize,
        fallback: (usize, usize),
    ) -> (usize, usize) {
        match span.and_then(|s| self.loc.string(s, text)) {
            Some(o) => {
                let (l, c) = self.loc.line_col(o);
                (l, c + 1 + offset)
            }
            None => fallback,
        }
    }

    /// Node keys written twice in the `nodes` table (serde keeps the last).
    pub(super) fn duplicate_nodes(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut dupes = Vec::new();
        for key in &self.node_keys {
            if !seen.insert(key.clone()) && !dupes.contains(key) {
                dupes.push(key.clone());
            }
        }
        dupes
    }
}
