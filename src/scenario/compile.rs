//! Turning a parsed scenario into the compact form the engine and the
//! explorer run on, and the static checks that need no exploration:
//! names that exist, harm ids, expressions, weights, placeholders.

use crate::scenario::diag::{Diagnostic, suggest};
use crate::scenario::expr::{self, Cmp, Cond, EffectOp, Operand};
use crate::scenario::locate::{Locator, Span};
use crate::scenario::{METER_START, METERS, NUMBER_MAX, NUMBER_MIN, Scenario, Value};
use crate::sim::area::Area;
use crate::sim::guide::Guide;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Harm points of a choice: index 0 is the total, 1..=5 the areas in
/// `Area::ALL` order. Avoiding a harm adds its severity, causing it subtracts.
pub type Points = [i32; 6];

/// Index of an area in a [`Points`] array.
pub fn area_slot(area: Area) -> usize {
    1 + Area::ALL.iter().position(|a| *a == area).unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    Number,
    Flag,
}

/// A condition with variables resolved to their slots.
#[derive(Debug, Clone)]
pub enum CCond {
    Truthy(COperand),
    Compare(COperand, Cmp, COperand),
    Not(Box<CCond>),
    And(Box<CCond>, Box<CCond>),
    Or(Box<CCond>, Box<CCond>),
}

#[derive(Debug, Clone, Copy)]
pub enum COperand {
    Var(usize),
    Const(i32),
}

impl COperand {
    fn value(self, vars: &[i32]) -> i32 {
        match self {
            COperand::Var(i) => vars[i],
            COperand::Const(c) => c,
        }
    }
}

impl CCond {
    pub fn holds(&self, vars: &[i32]) -> bool {
        match self {
            CCond::Truthy(o) => o.value(vars) != 0,
            CCond::Compare(a, op, b) => op.holds(a.value(vars), b.value(vars)),
            CCond::Not(c) => !c.holds(vars),
            CCond::And(a, b) => a.holds(vars) && b.holds(vars),
            CCond::Or(a, b) => a.holds(vars) || b.holds(vars),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CEffect {
    pub var: usize,
    pub op: EffectOp,
}

/// Apply effects, keeping numbers within range.
pub fn apply_effects(effects: &[CEffect], vars: &mut [i32]) {
    for e in effects {
        let v = &mut vars[e.var];
        *v = match e.op {
            EffectOp::Add(n) => (*v + n).clamp(NUMBER_MIN, NUMBER_MAX),
            EffectOp::Set(n) => n.clamp(NUMBER_MIN, NUMBER_MAX),
            EffectOp::SetFlag(b) => i32::from(b),
        };
    }
}

#[derive(Debug, Clone)]
pub struct CChoice {
    pub when: Option<CCond>,
    pub effects: Vec<CEffect>,
    pub target: usize,
    pub points: Points,
}

#[derive(Debug, Clone)]
pub struct CBranch {
    pub weight: u32,
    pub effects: Vec<CEffect>,
    pub target: usize,
}

#[derive(Debug, Clone)]
pub enum CKind {
    Decision(Vec<CChoice>),
    Passage(usize),
    Random(Vec<CBranch>),
    Ending,
}

#[derive(Debug, Clone)]
pub struct CNode {
    pub effects: Vec<CEffect>,
    pub kind: CKind,
}

#[derive(Debug, Clone)]
pub struct CProfile {
    pub weight: u32,
    pub effects: Vec<CEffect>,
}

/// A scenario ready to run: names resolved to indices.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub scenario: Scenario,
    pub file: PathBuf,
    pub var_names: Vec<String>,
    pub var_kinds: Vec<VarKind>,
    pub initial: Vec<i32>,
    pub node_ids: Vec<String>,
    pub node_index: HashMap<String, usize>,
    pub nodes: Vec<CNode>,
    /// Never empty: a scenario without profiles gets one plain profile.
    pub profiles: Vec<CProfile>,
    pub start: usize,
}

impl Compiled {
    pub fn var(&self, name: &str) -> Option<usize> {
        self.var_names.iter().position(|v| v == name)
    }

    /// The variables at the start of a run with profile `p`, after the start
    /// node's own effects.
    pub fn start_vars(&self, profile: usize) -> Vec<i32> {
        let mut vars = self.initial.clone();
        apply_effects(&self.profiles[profile].effects, &mut vars);
        apply_effects(&self.nodes[self.start].effects, &mut vars);
        vars
    }

    /// Move into node `target`: apply its effects.
    pub fn enter(&self, target: usize, vars: &mut [i32]) {
        apply_effects(&self.nodes[target].effects, vars);
    }

    /// The choices of a decision node that are open in `vars`.
    pub fn open_choices(&self, node: usize, vars: &[i32]) -> Vec<usize> {
        match &self.nodes[node].kind {
            CKind::Decision(choices) => choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.when.as_ref().is_none_or(|w| w.holds(vars)))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Describe the variables, for messages: `trust=40, asked=true`.
    pub fn describe_vars(&self, vars: &[i32]) -> String {
        self.var_names
            .iter()
            .zip(&self.var_kinds)
            .zip(vars)
            .map(|((n, k), v)| match k {
                VarKind::Flag => format!("{n}={}", *v != 0),
                VarKind::Number => format!("{n}={v}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Where the parts of the scenario are in its file.
pub struct Places<'a> {
    pub loc: Locator<'a>,
    /// Each node's span, found in one pass (the first of duplicates).
    node_spans: HashMap<String, Span>,
    /// The keys of the `nodes` table in order, with repeats.
    node_keys: Vec<String>,
}

impl<'a> Places<'a> {
    pub fn new(src: &'a str) -> Self {
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

    pub fn top_field(&self, name: &str) -> (usize, usize) {
        self.loc
            .field(self.loc.whole(), name)
            .map(|s| self.loc.line_col(s.start))
            .unwrap_or((1, 1))
    }

    pub fn node(&self, id: &str) -> Option<Span> {
        self.node_spans.get(id).copied()
    }

    pub fn node_at(&self, id: &str) -> (usize, usize) {
        self.node(id)
            .map(|s| self.loc.line_col(s.start))
            .unwrap_or_else(|| self.top_field("nodes"))
    }

    pub fn item(&self, node: &str, list: &str, index: usize) -> Option<Span> {
        self.loc
            .list_items(self.node(node)?, list)
            .get(index)
            .copied()
    }

    pub fn choice_at(&self, node: &str, index: usize) -> (usize, usize) {
        self.item(node, "choices", index)
            .map(|s| self.loc.line_col(s.start))
            .unwrap_or_else(|| self.node_at(node))
    }

    /// The place of a quoted string inside a span, or of the span itself.
    pub fn string_in(
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
    fn inside_string(
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
}

/// What compiling found: the compiled scenario (if it could be built) and
/// every static problem.
pub struct CompileOutput {
    pub compiled: Option<Compiled>,
    pub diagnostics: Vec<Diagnostic>,
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// `{placeholders}` used in a text.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if rest[open..].starts_with("{{") {
            rest = &rest[open + 2..];
            continue;
        }
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// Compile and statically check a scenario.
pub fn compile(scenario: Scenario, src: &str, file: &Path, guide: &Guide) -> CompileOutput {
    let places = Places::new(src);
    let mut d = Vec::new();
    let err = |code: &str, msg: String, help: String, at: (usize, usize)| {
        Diagnostic::error(file, code, msg, help).at(at)
    };
    let warn = |code: &str, msg: String, help: String, at: (usize, usize)| {
        Diagnostic::warning(file, code, msg, help).at(at)
    };

    // --- metadata
    if !is_id(&scenario.id) {
        d.push(err(
            "bad-id",
            format!("the id `{}` is not a short name", scenario.id),
            "use lower-case letters, digits and dashes, such as `port-inspection`".into(),
            places.top_field("id"),
        ));
    }
    if let Some(stem) = file.file_stem().and_then(|s| s.to_str())
        && file.extension().is_some_and(|e| e == "ron")
        && stem != scenario.id
    {
        d.push(warn(
            "id-not-file-name",
            format!(
                "the id `{}` differs from the file name `{stem}.ron`",
                scenario.id
            ),
            format!(
                "rename the file to `{}.ron` or change the id, so facilitators find it",
                scenario.id
            ),
            places.top_field("id"),
        ));
    }
    for (field, value) in [("title", &scenario.title), ("summary", &scenario.summary)] {
        if value.trim().is_empty() {
            d.push(err(
                "empty-field",
                format!("`{field}` is empty"),
                format!("write the scenario's {field}"),
                places.top_field(field),
            ));
        }
    }
    if scenario.roles.is_empty() {
        d.push(err(
            "no-roles",
            "the scenario names no role".into(),
            "list the roles it is played from, such as `roles: [Police]`".into(),
            places.top_field("roles"),
        ));
    }
    if scenario.content_notes.is_empty() {
        d.push(warn(
            "no-content-notes",
            "the scenario has no content notes".into(),
            "add `content_notes: [...]` naming what may be hard to see, such as \"threats of violence\"".into(),
            places.top_field("summary"),
        ));
    }
    let known_harms: BTreeSet<String> = Area::all_harm_ids().into_iter().collect();
    for s in &scenario.draws_on {
        let looks_like_id = s.len() <= 5
            && s.contains('-')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if looks_like_id && !known_harms.contains(s) {
            d.push(err(
                "unknown-harm",
                format!("`{s}` is not one of the guide's harms"),
                harm_help(s, &known_harms),
                places.string_in(
                    places.loc.field(places.loc.whole(), "draws_on"),
                    s,
                    places.top_field("draws_on"),
                ),
            ));
        }
    }

    // --- variables
    let mut var_names = Vec::new();
    let mut var_kinds = Vec::new();
    let mut initial = Vec::new();
    for m in METERS {
        var_names.push(m.to_string());
        var_kinds.push(VarKind::Number);
        initial.push(METER_START);
    }
    let vars_span = places.loc.field(places.loc.whole(), "vars");
    for (name, value) in &scenario.vars {
        let at = places.string_in(vars_span, name, places.top_field("vars"));
        if !is_name(name)
            || ["and", "or", "not", "true", "false", "yes", "no"].contains(&name.as_str())
        {
            d.push(err(
                "bad-variable-name",
                format!("`{name}` cannot be a variable name"),
                "use letters, digits and `_`, starting with a letter, such as `asked_consent`"
                    .into(),
                at,
            ));
            continue;
        }
        let (kind, v) = match value {
            Value::Flag(b) => (VarKind::Flag, i32::from(*b)),
            Value::Number(n) => {
                if *n < i64::from(NUMBER_MIN) || *n > i64::from(NUMBER_MAX) {
                    d.push(err(
                        "number-out-of-range",
                        format!("`{name}` starts at {n}, outside {NUMBER_MIN}..{NUMBER_MAX}"),
                        format!("numbers are whole numbers from {NUMBER_MIN} to {NUMBER_MAX}"),
                        at,
                    ));
                }
                (
                    VarKind::Number,
                    (*n).clamp(i64::from(NUMBER_MIN), i64::from(NUMBER_MAX)) as i32,
                )
            }
        };
        if let Some(i) = var_names.iter().position(|n| n == name) {
            if kind != VarKind::Number {
                d.push(err(
                    "meter-not-number",
                    format!("`{name}` is one of the standard meters and must be a number"),
                    format!("write `\"{name}\": 50`"),
                    at,
                ));
            }
            initial[i] = v;
        } else {
            var_names.push(name.clone());
            var_kinds.push(kind);
            initial.push(v);
        }
    }

    // --- nodes
    let node_ids: Vec<String> = scenario.nodes.keys().cloned().collect();
    let node_index: HashMap<String, usize> = node_ids
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i))
        .collect();
    let dupes = duplicate_node_keys(&places);
    for dup in dupes {
        d.push(err(
            "duplicate-node",
            format!("two nodes are named `{dup}`"),
            "give each node its own name; the second one silently replaces the first".into(),
            places.node_at(&dup),
        ));
    }

    let ctx = ExprCtx {
        var_names: &var_names,
        var_kinds: &var_kinds,
    };
    let resolve_target = |target: &str,
                          span: Option<Span>,
                          fallback: (usize, usize),
                          d: &mut Vec<Diagnostic>| {
        match node_index.get(target) {
            Some(i) => Some(*i),
            None => {
                let names: Vec<&str> = node_ids.iter().map(|s| s.as_str()).collect();
                let help = match suggest(target, &names) {
                    Some(s) => format!("did you mean `{s}`? Or add a node named `{target}`"),
                    None if target.is_empty() => "write the name of the node it leads to".into(),
                    None => format!("add a node named `{target}`, or correct the name"),
                };
                d.push(err(
                    "unknown-node",
                    format!("leads to `{target}`, but there is no node with that name"),
                    help,
                    places.string_in(span, target, fallback),
                ));
                None
            }
        }
    };
    let start = resolve_target(
        &scenario.start,
        places.loc.field(places.loc.whole(), "start"),
        places.top_field("start"),
        &mut d,
    );

    // placeholders: what every profile defines
    let mut defined: Option<BTreeSet<String>> = None;
    for p in &scenario.profiles {
        let keys: BTreeSet<String> = p.values.keys().cloned().collect();
        defined = Some(match defined {
            None => keys,
            Some(prev) => prev.intersection(&keys).cloned().collect(),
        });
    }
    let defined = defined.unwrap_or_default();
    let check_text = |text: &str, at: (usize, usize), d: &mut Vec<Diagnostic>| {
        for p in placeholders(text) {
            if !defined.contains(&p) {
                let in_some = scenario
                    .profiles
                    .iter()
                    .any(|pr| pr.values.contains_key(&p));
                d.push(err(
                    "unknown-placeholder",
                    if in_some {
                        format!("`{{{p}}}` is not defined in every profile")
                    } else {
                        format!("`{{{p}}}` is not defined by any profile")
                    },
                    format!("add \"{p}\": \"...\" to the `values` of every profile, or write `{{{{` for a plain brace"),
                    at,
                ));
            }
        }
    };

    let mut nodes = Vec::new();
    for (id, node) in &scenario.nodes {
        let nspan = places.node(id);
        let nat = places.node_at(id);
        let kinds = [
            !node.choices.is_empty(),
            node.next.is_some(),
            !node.random.is_empty(),
            node.ending.is_some(),
        ];
        let count = kinds.iter().filter(|k| **k).count();
        if count == 0 {
            d.push(err(
                "dead-end",
                format!("node `{id}` is a dead end: it has no choices, no `next`, no `random` and is not an ending"),
                "add `choices: [...]`, `next: \"...\"`, `random: [...]`, or make it an ending with `ending: (...)`".into(),
                nat,
            ));
        } else if count > 1 {
            d.push(err(
                "mixed-node",
                format!("node `{id}` is more than one kind of node"),
                "a node has exactly one of `choices`, `next`, `random` or `ending`; split it in two".into(),
                nat,
            ));
        }
        if node.text.trim().is_empty() && (node.ending.is_some() || !node.choices.is_empty()) {
            d.push(warn(
                "empty-text",
                format!("node `{id}` has no text"),
                "say what happens, so the trainee knows what they are deciding".into(),
                nat,
            ));
        }
        check_text(&node.text, nat, &mut d);
        check_text(&node.speaker, nat, &mut d);
        let effects = compile_effects(&node.effects, &ctx, &places, nspan, nat, file, &mut d);
        let kind = if let Some(end) = &node.ending {
            check_text(&end.outcome, nat, &mut d);
            check_text(&end.title, nat, &mut d);
            if end.outcome.trim().is_empty() {
                d.push(err(
                    "empty-outcome",
                    format!("the ending at `{id}` does not say what became of the person"),
                    "write the `outcome`: where the person is now, and how they are".into(),
                    nat,
                ));
            }
            CKind::Ending
        } else if let Some(next) = &node.next {
            let t = nspan.and_then(|s| places.loc.field(s, "next"));
            match resolve_target(next, t, nat, &mut d) {
                Some(t) => CKind::Passage(t),
                None => CKind::Ending,
            }
        } else if !node.random.is_empty() {
            let mut branches = Vec::new();
            for (bi, b) in node.random.iter().enumerate() {
                let bspan = places.item(id, "random", bi);
                let bat = bspan.map(|s| places.loc.line_col(s.start)).unwrap_or(nat);
                if b.weight <= 0 {
                    d.push(err(
                        "weight-not-positive",
                        format!("branch {} of the random event at `{id}` has weight {}", bi + 1, b.weight),
                        "weights are whole numbers above 0; remove the branch if it should never happen".into(),
                        bat,
                    ));
                }
                let effects = compile_effects(&b.effects, &ctx, &places, bspan, bat, file, &mut d);
                if let Some(t) = resolve_target(&b.next, bspan, bat, &mut d) {
                    branches.push(CBranch {
                        weight: b.weight.clamp(0, i64::from(u32::MAX)) as u32,
                        effects,
                        target: t,
                    });
                }
            }
            CKind::Random(branches)
        } else {
            let mut choices = Vec::new();
            let mut touches = false;
            for (ci, c) in node.choices.iter().enumerate() {
                let cspan = places.item(id, "choices", ci);
                let cat = cspan.map(|s| places.loc.line_col(s.start)).unwrap_or(nat);
                check_text(&c.text, cat, &mut d);
                if let Some(f) = &c.feedback {
                    check_text(f, cat, &mut d);
                }
                if c.text.trim().is_empty() {
                    d.push(err(
                        "empty-choice",
                        format!("choice {} at `{id}` has no text", ci + 1),
                        "write what the trainee does or says".into(),
                        cat,
                    ));
                }
                let when = c
                    .when
                    .as_ref()
                    .and_then(|w| match expr::parse_condition(w) {
                        Ok(cond) => ctx
                            .resolve_cond(&cond)
                            .map_err(|(m, h)| {
                                d.push(err("bad-condition", m, h, places.string_in(cspan, w, cat)));
                            })
                            .ok(),
                        Err(e) => {
                            d.push(err(
                                "bad-condition",
                                format!("in the condition \"{w}\": {}", e.message),
                                e.help,
                                places.inside_string(cspan, w, e.offset, cat),
                            ));
                            None
                        }
                    });
                let effects = compile_effects(&c.effects, &ctx, &places, cspan, cat, file, &mut d);
                let mut points = [0; 6];
                let harm_span = |field: &str| cspan.and_then(|s| places.loc.field(s, field));
                for (field, map, sign) in [("causes", &c.causes, -1), ("avoids", &c.avoids, 1)] {
                    for (harm, sev) in map {
                        touches = true;
                        let at = places.string_in(harm_span(field), harm, cat);
                        if !known_harms.contains(harm) {
                            d.push(err(
                                "unknown-harm",
                                format!("`{harm}` is not one of the guide's harms"),
                                harm_help(harm, &known_harms),
                                at,
                            ));
                            continue;
                        }
                        if !(1..=3).contains(sev) {
                            d.push(err(
                                "bad-severity",
                                format!("severity {sev} for `{harm}` is not 1, 2 or 3"),
                                "use 1 for minor, 2 for serious, 3 for severe harm".into(),
                                at,
                            ));
                        }
                        let sev = (*sev).clamp(1, 3) as i32;
                        points[0] += sign * sev;
                        if let Some(a) = Area::of_harm(harm) {
                            points[area_slot(a)] += sign * sev;
                        }
                    }
                }
                for harm in c.causes.keys().filter(|h| c.avoids.contains_key(*h)) {
                    d.push(err(
                        "caused-and-avoided",
                        format!(
                            "choice {} at `{id}` both causes and avoids `{harm}`",
                            ci + 1
                        ),
                        "keep it in `causes` or in `avoids`, not both".into(),
                        cat,
                    ));
                }
                for g in &c.guidance {
                    if let Err(m) = check_guidance_ref(g, guide, c) {
                        d.push(err("bad-guidance", m, "write `ID-3.2` for item 2 of harm ID-3, as numbered in the guide screen".into(), places.string_in(cspan, g, cat)));
                    }
                }
                if let Some(t) = resolve_target(
                    &c.next,
                    cspan.and_then(|s| places.loc.field(s, "next")),
                    cat,
                    &mut d,
                ) {
                    choices.push(CChoice {
                        when,
                        effects,
                        target: t,
                        points,
                    });
                } else {
                    // keep indices aligned with the file's choices
                    choices.push(CChoice {
                        when,
                        effects,
                        target: 0,
                        points,
                    });
                }
            }
            if !touches && node.choices.len() > 1 {
                d.push(warn(
                    "no-harm-at-decision",
                    format!("none of the choices at `{id}` causes or avoids a harm"),
                    "every decision should train something: add `causes` or `avoids` to a choice, or make the node a passage with `next`".into(),
                    nat,
                ));
            }
            CKind::Decision(choices)
        };
        nodes.push(CNode { effects, kind });
    }

    // --- profiles
    let mut profiles = Vec::new();
    for (pi, p) in scenario.profiles.iter().enumerate() {
        let pspan = places
            .loc
            .list_items(places.loc.whole(), "profiles")
            .get(pi)
            .copied();
        let pat = pspan
            .map(|s| places.loc.line_col(s.start))
            .unwrap_or(places.top_field("profiles"));
        if p.weight <= 0 {
            d.push(err(
                "weight-not-positive",
                format!("profile {} has weight {}", pi + 1, p.weight),
                "weights are whole numbers above 0; remove the profile if it should never be picked".into(),
                pat,
            ));
        }
        let effects = compile_effects(&p.effects, &ctx, &places, pspan, pat, file, &mut d);
        profiles.push(CProfile {
            weight: p.weight.clamp(0, i64::from(u32::MAX)) as u32,
            effects,
        });
    }
    if profiles.is_empty() {
        profiles.push(CProfile {
            weight: 1,
            effects: Vec::new(),
        });
    }

    let compiled = if d.iter().any(|x| x.is_error()) {
        None
    } else {
        start.map(|start| Compiled {
            scenario,
            file: file.to_path_buf(),
            var_names,
            var_kinds,
            initial,
            node_ids,
            node_index,
            nodes,
            profiles,
            start,
        })
    };
    CompileOutput {
        compiled,
        diagnostics: d,
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn harm_help(found: &str, known: &BTreeSet<String>) -> String {
    let names: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
    match suggest(&found.to_uppercase(), &names) {
        Some(s) => format!("did you mean `{s}`? Harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7"),
        None => "harm ids are ID-1..ID-6, RS-1..RS-5, RR-1..RR-5, MH-1..MH-4, CJ-1..CJ-7 (see the guide screen or HARMS.md)".into(),
    }
}

/// Check a guidance reference such as `ID-3.2`.
fn check_guidance_ref(
    r: &str,
    guide: &Guide,
    choice: &crate::scenario::Choice,
) -> Result<(), String> {
    let (harm, item) = r
        .split_once('.')
        .ok_or_else(|| format!("`{r}` is not a guidance reference"))?;
    let h = guide
        .harm(harm)
        .ok_or_else(|| format!("`{r}` names the unknown harm `{harm}`"))?;
    let n: usize = item
        .parse()
        .map_err(|_| format!("`{r}`: the item number `{item}` is not a number"))?;
    if n == 0 || n > h.guidance.len() {
        return Err(format!(
            "`{r}`: harm {harm} has guidance items 1 to {}",
            h.guidance.len()
        ));
    }
    if !choice.causes.contains_key(harm) && !choice.avoids.contains_key(harm) {
        return Err(format!(
            "`{r}` is guidance on `{harm}`, which this choice neither causes nor avoids"
        ));
    }
    Ok(())
}

/// Node keys written twice in the `nodes` table (serde keeps the last).
fn duplicate_node_keys(places: &Places) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut dupes = Vec::new();
    for key in &places.node_keys {
        if !seen.insert(key.clone()) && !dupes.contains(key) {
            dupes.push(key.clone());
        }
    }
    dupes
}

struct ExprCtx<'a> {
    var_names: &'a [String],
    var_kinds: &'a [VarKind],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Number,
    Flag,
}

impl ExprCtx<'_> {
    fn var(&self, name: &str) -> Result<(usize, VarKind), (String, String)> {
        match self.var_names.iter().position(|v| v == name) {
            Some(i) => Ok((i, self.var_kinds[i])),
            None => {
                let names: Vec<&str> = self.var_names.iter().map(|s| s.as_str()).collect();
                Err((
                    format!("there is no variable `{name}`"),
                    match suggest(name, &names) {
                        Some(s) => format!(
                            "did you mean `{s}`? Or declare it in `vars`, such as `\"{name}\": false`"
                        ),
                        None => format!(
                            "declare it in `vars`, such as `\"{name}\": false` or `\"{name}\": 0`"
                        ),
                    },
                ))
            }
        }
    }

    fn operand(&self, o: &Operand) -> Result<(COperand, Ty), (String, String)> {
        Ok(match o {
            Operand::Var(v) => {
                let (i, k) = self.var(v)?;
                (
                    COperand::Var(i),
                    if k == VarKind::Flag {
                        Ty::Flag
                    } else {
                        Ty::Number
                    },
                )
            }
            Operand::Number(n) => (COperand::Const(*n), Ty::Number),
            Operand::Bool(b) => (COperand::Const(i32::from(*b)), Ty::Flag),
        })
    }

    fn resolve_cond(&self, c: &Cond) -> Result<CCond, (String, String)> {
        Ok(match c {
            Cond::Truthy(o) => {
                let (op, ty) = self.operand(o)?;
                if ty == Ty::Number {
                    return Err((
                        "a number on its own is not a condition".into(),
                        "compare it, such as `trust >= 40`".into(),
                    ));
                }
                CCond::Truthy(op)
            }
            Cond::Compare(a, cmp, b) => {
                let (oa, ta) = self.operand(a)?;
                let (ob, tb) = self.operand(b)?;
                if ta != tb {
                    return Err((
                        "this compares a flag (true/false) with a number".into(),
                        "compare flags with true or false, numbers with numbers".into(),
                    ));
                }
                if ta == Ty::Flag && !matches!(cmp, Cmp::Eq | Cmp::Ne) {
                    return Err((
                        "flags can only be compared with == or !=".into(),
                        "write `asked` or `not asked`".into(),
                    ));
                }
                CCond::Compare(oa, *cmp, ob)
            }
            Cond::Not(x) => CCond::Not(Box::new(self.resolve_cond(x)?)),
            Cond::And(a, b) => CCond::And(
                Box::new(self.resolve_cond(a)?),
                Box::new(self.resolve_cond(b)?),
            ),
            Cond::Or(a, b) => CCond::Or(
                Box::new(self.resolve_cond(a)?),
                Box::new(self.resolve_cond(b)?),
            ),
        })
    }
}

fn compile_effects(
    effects: &[String],
    ctx: &ExprCtx,
    places: &Places,
    span: Option<Span>,
    fallback: (usize, usize),
    file: &Path,
    d: &mut Vec<Diagnostic>,
) -> Vec<CEffect> {
    let mut out = Vec::new();
    for e in effects {
        let at = |off: usize| places.inside_string(span, e, off, fallback);
        match expr::parse_effect(e) {
            Err(x) => d.push(
                Diagnostic::error(
                    file,
                    "bad-effect",
                    format!("in the effect \"{e}\": {}", x.message),
                    x.help,
                )
                .at(at(x.offset)),
            ),
            Ok(eff) => {
                match ctx.var(&eff.var) {
                    Err((m, h)) => {
                        d.push(Diagnostic::error(file, "unknown-variable", m, h).at(at(0)))
                    }
                    Ok((i, kind)) => {
                        let fits = matches!(
                            (kind, eff.op),
                            (VarKind::Flag, EffectOp::SetFlag(_))
                                | (VarKind::Number, EffectOp::Add(_) | EffectOp::Set(_))
                        );
                        if fits {
                            out.push(CEffect { var: i, op: eff.op });
                        } else {
                            d.push(
                            Diagnostic::error(
                                file,
                                "effect-type",
                                match kind {
                                    VarKind::Flag => format!("`{}` is a flag: set it to true or false", eff.var),
                                    VarKind::Number => format!("`{}` is a number: change it with +=, -= or = and a number", eff.var),
                                },
                                "match the effect to the variable's start value in `vars`".to_string(),
                            )
                            .at(at(0)),
                        );
                        }
                    }
                }
            }
        }
    }
    out
}
