//! Step: decisions and their choices (text, condition, effects, the harms
//! caused and avoided, guidance references, where each leads).

use super::Compilation;
use super::compiled::{CChoice, CKind, Points, area_slot};
use crate::guide::Guide;
use crate::guide::area::Area;
use crate::scenario::locate::Span;
use crate::scenario::{Choice, Node};

impl Compilation<'_> {
    /// Compile the choices of the decision node `id` (at `nat`).
    pub(super) fn compile_decision(&mut self, id: &str, node: &Node, nat: (usize, usize)) -> CKind {
        let mut choices = Vec::new();
        let mut touches = false;
        // Where the choices are: found once per node, not once per choice.
        let spans = match self.places.node(id) {
            Some(n) => self.places.loc.list_items(n, "choices"),
            None => Vec::new(),
        };
        for (ci, c) in node.choices.iter().enumerate() {
            touches |= !c.causes.is_empty() || !c.avoids.is_empty();
            let cspan = spans.get(ci).copied();
            choices.push(self.compile_choice(id, ci, c, cspan, nat));
        }
        if !touches
            && node.choices.len() > 1
            && let Some(i) = self.node_index.get(id)
        {
            self.quiet_decisions.push((*i, nat));
        }
        CKind::Decision(choices)
    }

    /// Warn of the decisions none of whose choices touches a harm.
    pub(super) fn warn_quiet_decisions(&mut self) {
        for (i, at) in std::mem::take(&mut self.quiet_decisions) {
            let id = &self.node_ids[i];
            let message = format!("none of the choices at `{id}` causes or avoids a harm");
            self.warning(
                "no-harm-at-decision",
                message,
                "every decision should train something: add `causes` or `avoids` to a choice, or make the node a passage with `next`".into(),
                at,
            );
        }
    }

    /// Compile choice `ci` of node `id` (written at `cspan`).
    fn compile_choice(
        &mut self,
        id: &str,
        ci: usize,
        c: &Choice,
        cspan: Option<Span>,
        nat: (usize, usize),
    ) -> CChoice {
        let cat = cspan
            .map(|s| self.places.loc.line_col(s.start))
            .unwrap_or(nat);
        self.check_text(&c.text, cat);
        if let Some(f) = &c.feedback {
            self.check_text(f, cat);
        }
        if c.text.trim().is_empty() {
            self.error(
                "empty-choice",
                format!("choice {} at `{id}` has no text", ci + 1),
                "write what the trainee does or says".into(),
                cat,
            );
        }
        let when = c
            .when
            .as_ref()
            .and_then(|w| self.compile_condition(w, cspan, cat));
        let effects = self.compile_effects(&c.effects, cspan, cat);
        let points = self.harm_points(c, cspan, cat);
        for harm in c.causes.keys().filter(|h| c.avoids.contains_key(*h)) {
            self.error(
                "caused-and-avoided",
                format!(
                    "choice {} at `{id}` both causes and avoids `{harm}`",
                    ci + 1
                ),
                "keep it in `causes` or in `avoids`, not both".into(),
                cat,
            );
        }
        for g in &c.guidance {
            if let Err(Some((m, help))) = self.check_guidance_ref(g, c) {
                let at = self.places.string_in(cspan, g, cat);
                self.error("bad-guidance", m, help, at);
            }
        }
        // An unknown target leads to node 0, to keep indices aligned with
        // the file's choices; the error stops the scenario from being used.
        // Where `next` is written is looked up only for that error.
        let target = match self.node_index.get(&c.next) {
            Some(t) => *t,
            None => {
                let next = cspan.and_then(|s| self.places.loc.field(s, "next"));
                self.resolve_target(&c.next, next, cat).unwrap_or(0)
            }
        };
        CChoice {
            when,
            effects,
            target,
            points,
        }
    }

    /// The harm points of a choice (written in `cspan`, or at `cat`),
    /// checking each harm id and severity.
    fn harm_points(&mut self, c: &Choice, cspan: Option<Span>, cat: (usize, usize)) -> Points {
        let mut points = [0; 6];
        for (field, map, sign) in [("causes", &c.causes, -1), ("avoids", &c.avoids, 1)] {
            // Where each harm is written is looked up only for an error.
            let at = |cx: &Self, harm: &str| {
                let harm_span = cspan.and_then(|s| cx.places.loc.field(s, field));
                cx.places.string_in(harm_span, harm, cat)
            };
            for (harm, sev) in map {
                if !self.known_harms.contains(harm) {
                    let at = at(self, harm);
                    self.unknown_harm(harm, at);
                    continue;
                }
                if !(1..=3).contains(sev) {
                    let at = at(self, harm);
                    self.error(
                        "bad-severity",
                        format!("severity {sev} for `{harm}` is not 1, 2 or 3"),
                        "use 1 for minor, 2 for serious, 3 for severe harm".into(),
                        at,
                    );
                }
                let sev = (*sev).clamp(1, 3) as i32;
                points[0] += sign * sev;
                if let Some(a) = Area::of_harm(harm) {
                    points[area_slot(a)] += sign * sev;
                }
            }
        }
        points
    }
}

/// How to read a harm's items: "`ID-2` has guidance items 1 to 7 (read
/// them with `frontline guide ID-2`)".
fn items_of(harm: &str, count: usize) -> String {
    format!("`{harm}` has guidance items 1 to {count} (read them with `frontline guide {harm}`)")
}

impl Compilation<'_> {
    /// Check a guidance reference such as `ID-3.2`: `Err(None)` when it
    /// names a harm the choice itself misspells, already reported as an
    /// unknown harm (one mistake, one message).
    fn check_guidance_ref(&self, r: &str, choice: &Choice) -> Result<(), Option<(String, String)>> {
        let guide: &Guide = self.guide;
        let generic = "write `ID-3.2` for item 2 of harm ID-3, as numbered in the guide screen";
        let Some((harm, item)) = r.split_once('.') else {
            let help = match guide.harm(r.trim()) {
                Some(h) => format!(
                    "add the item's number: `{}.1` for item 1; {}",
                    r.trim(),
                    items_of(r.trim(), h.guidance.len())
                ),
                None => generic.to_string(),
            };
            return Err(Some((format!("`{r}` is not a guidance reference"), help)));
        };
        let Some(h) = guide.harm(harm) else {
            if choice.causes.contains_key(harm) || choice.avoids.contains_key(harm) {
                return Err(None);
            }
            let help = match self
                .nearest_harm(harm)
                .and_then(|n| Some((guide.harm(&n)?, n)))
            {
                Some((h, n)) => format!(
                    "did you mean `{n}.{item}`? {}",
                    items_of(&n, h.guidance.len())
                ),
                None => generic.to_string(),
            };
            return Err(Some((
                format!("`{r}` names the unknown harm `{harm}`"),
                help,
            )));
        };
        let items = items_of(harm, h.guidance.len());
        let n: usize = item.parse().map_err(|_| {
            Some((
                format!("`{r}`: the item number `{item}` is not a number"),
                items.clone(),
            ))
        })?;
        if n == 0 || n > h.guidance.len() {
            return Err(Some((
                format!(
                    "`{r}`: harm {harm} has guidance items 1 to {}",
                    h.guidance.len()
                ),
                items,
            )));
        }
        if !choice.causes.contains_key(harm) && !choice.avoids.contains_key(harm) {
            return Err(Some((
                format!(
                    "`{r}` is guidance on `{harm}`, which this choice neither causes nor avoids"
                ),
                format!(
                    "add `{harm}` to the choice's `causes` or `avoids`, or remove this reference"
                ),
            )));
        }
        Ok(())
    }
}
