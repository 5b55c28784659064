//! Scoring and the debrief: what the game and the command line show after a
//! run, as plain data.

use crate::guide::Guide;
use crate::guide::area::Area;
use crate::scenario::compile::area_slot;
use crate::sim::engine::{EndingView, HarmKind, HarmRecord, Session};
use serde::{Deserialize, Serialize};

/// A score from 0 to 100, with the points behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaScore {
    pub area: Area,
    pub title: String,
    pub score: u8,
    pub points: i32,
    pub best: i32,
    pub worst: i32,
}

/// The run's score: overall and per thematic area the run could touch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub overall: u8,
    pub points: i32,
    pub best: i32,
    pub worst: i32,
    pub areas: Vec<AreaScore>,
    /// The scenario was too large to walk whole, so `best` and `worst`
    /// are estimates over its node graph (absent when false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimate: bool,
}

/// Normalise points between the worst and best reachable totals.
pub(crate) fn normalise(points: i32, best: i32, worst: i32) -> u8 {
    if best <= worst {
        return 100;
    }
    let x = f64::from(points - worst) / f64::from(best - worst) * 100.0;
    x.round().clamp(0.0, 100.0) as u8
}

/// Score a session against the best and worst totals reachable with its profile.
pub fn score(session: &Session) -> Score {
    let p = session.points();
    let (best, worst) = session
        .checked()
        .exploration
        .run_bounds(session.profile())
        .unwrap_or((p, p));
    let areas = Area::ALL
        .iter()
        .filter_map(|a| {
            let i = area_slot(*a);
            (best[i] != worst[i] || p[i] != 0).then(|| AreaScore {
                area: *a,
                title: a.title().to_string(),
                score: normalise(p[i], best[i], worst[i]),
                points: p[i],
                best: best[i],
                worst: worst[i],
            })
        })
        .collect();
    Score {
        overall: normalise(p[0], best[0], worst[0]),
        points: p[0],
        best: best[0],
        worst: worst[0],
        areas,
        estimate: session.checked().exploration.truncated,
    }
}

/// A guidance item with its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuidanceCard {
    /// Such as `ID-3.2`.
    pub reference: String,
    pub text: String,
    /// The citation in English, as `run --json` gives it.
    pub citation: String,
    /// The same citation as data, for the interface to say in its language.
    #[serde(skip)]
    pub cited: Option<crate::guide::Citation>,
}

/// A harm touched by a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HarmCard {
    pub id: String,
    pub title: String,
    pub kind: HarmKind,
    pub severity: u8,
    /// Why it matters: how well-meant action causes this harm.
    pub why: String,
    pub guidance: Vec<GuidanceCard>,
}

/// A decision that touched a harm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionCard {
    /// 0-based decision number in the run (rewind target).
    pub decision: usize,
    pub node: String,
    /// What the trainee faced: the scene's text.
    pub situation: String,
    pub chosen: String,
    pub feedback: Option<String>,
    pub harms: Vec<HarmCard>,
    /// Trust, safety and wellbeing after the choice.
    pub meters: [i32; 3],
}

/// Everything shown after a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debrief {
    pub scenario: String,
    pub title: String,
    pub version: i64,
    pub seed: u64,
    pub profile: String,
    pub ending: Option<EndingView>,
    pub score: Score,
    /// Every decision of the run, harms or not, in order.
    pub decisions: Vec<DecisionCard>,
}

impl Debrief {
    /// All harm records of the run, in order.
    pub fn harms(&self) -> impl Iterator<Item = (&DecisionCard, &HarmCard)> {
        self.decisions
            .iter()
            .flat_map(|d| d.harms.iter().map(move |h| (d, h)))
    }
}

/// Build the debrief of a session (finished or not).
pub fn debrief(session: &Session, guide: &Guide) -> Debrief {
    let scenario = session.checked().scenario();
    let mut decisions = Vec::new();
    // The scene text that preceded each decision.
    let mut situations = session.situations().into_iter();
    // The content words of each harm's guidance, and the items picked for
    // a harm and a choice's words, worked out once rather than once per
    // card: a debrief is linear in the run's length.
    let mut cache = Picks::default();
    let compiled = &session.checked().compiled;
    for (step, taken) in session.steps().into_iter().zip(session.decisions()) {
        // By index, not by name in the scenario's ordered map (its depth
        // grows with the scenario).
        let choice = &compiled.texts[taken.node].choices[taken.choice];
        let context = if step.harms.is_empty() {
            String::new()
        } else {
            format!(
                "{} {}",
                choice.text,
                choice.feedback.as_deref().unwrap_or_default()
            )
        };
        let harms = step
            .harms
            .iter()
            .map(|h| harm_card(h, &choice.guidance, &context, guide, &mut cache))
            .collect();
        decisions.push(DecisionCard {
            decision: decisions.len(),
            node: step.node,
            situation: situations.next().unwrap_or_default(),
            chosen: step.text,
            feedback: step.feedback,
            harms,
            meters: step.meters,
        });
    }
    Debrief {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        version: scenario.version,
        seed: session.seed(),
        profile: session.profile_label().to_string(),
        ending: session.ending(),
        score: score(session),
        decisions,
    }
}

/// How many guidance items a card shows when the scenario picks none.
const GUIDANCE_PER_CARD: usize = 3;

/// The content words of each guidance item of the harms met so far.
type GuidanceWords = std::collections::HashMap<String, Vec<Vec<String>>>;

/// What a debrief works out once: the guidance words of each harm, and the
/// items picked for each (harm, choice text and feedback).
#[derive(Default)]
struct Picks {
    words: GuidanceWords,
    picked: std::collections::HashMap<(String, String), Vec<usize>>,
}

/// The guidance items that best fit a choice: those sharing the most words
/// (`words`, the content words of its text and feedback) with the item, in
/// the guide's order.
fn relevant_guidance(
    harm: &crate::guide::Harm,
    words: &[String],
    cache: &mut GuidanceWords,
) -> Vec<usize> {
    let item_words = cache.entry(harm.id.clone()).or_insert_with(|| {
        harm.guidance
            .iter()
            .map(|g| content_words(&g.text))
            .collect()
    });
    let mut ranked: Vec<(usize, usize)> = item_words
        .iter()
        .enumerate()
        .map(|(i, g_words)| {
            let shared = words
                .iter()
                .filter(|w| g_words.binary_search(w).is_ok())
                .count();
            (shared, i)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut picked: Vec<usize> = ranked
        .into_iter()
        .take(GUIDANCE_PER_CARD)
        .map(|(_, i)| i)
        .collect();
    picked.sort();
    picked
}

/// The distinct content words of a text, sorted (so they can be searched).
fn content_words(text: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "and", "for", "with", "that", "this", "from", "they", "them", "their", "you",
        "your", "are", "was", "were", "have", "has", "not", "but", "all", "any", "can", "will",
        "who", "what", "when", "she", "her", "his", "him", "its", "into", "about", "than", "then",
        "there", "been", "before", "after", "only", "also", "more", "such", "other", "make", "may",
    ];
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3 || (w.len() == 3 && !STOP.contains(&w.to_lowercase().as_str())))
        .map(|w| {
            let w = w.to_lowercase();
            // a crude stem, so that 'interview' meets 'interviews'
            w.trim_end_matches("ing").trim_end_matches('s').to_string()
        })
        .filter(|w| w.len() >= 3 && !STOP.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn harm_card(
    h: &HarmRecord,
    picks: &[String],
    context: &str,
    guide: &Guide,
    cache: &mut Picks,
) -> HarmCard {
    let Some(harm) = guide.harm(&h.id) else {
        return HarmCard {
            id: h.id.clone(),
            title: h.id.clone(),
            kind: h.kind,
            severity: h.severity,
            why: String::new(),
            guidance: Vec::new(),
        };
    };
    let chosen: Vec<usize> = picks
        .iter()
        .filter_map(|r| r.split_once('.'))
        .filter(|(id, _)| *id == h.id)
        .filter_map(|(_, n)| n.parse::<usize>().ok())
        .filter(|n| *n >= 1 && *n <= harm.guidance.len())
        .map(|n| n - 1)
        .collect();
    let items: Vec<usize> = if chosen.is_empty() {
        let key = (h.id.clone(), context.to_string());
        match cache.picked.get(&key) {
            Some(p) => p.clone(),
            None => {
                let p = relevant_guidance(harm, &content_words(context), &mut cache.words);
                cache.picked.insert(key, p.clone());
                p
            }
        }
    } else {
        chosen
    };
    HarmCard {
        id: h.id.clone(),
        title: harm.title.clone(),
        kind: h.kind,
        severity: h.severity,
        why: harm.explanation.clone(),
        guidance: items
            .into_iter()
            .map(|i| GuidanceCard {
                reference: format!("{}.{}", h.id, i + 1),
                text: harm.guidance[i].text.clone(),
                citation: harm.citation(i).to_string(),
                cited: Some(harm.citation(i)),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn normalisation_spans_worst_to_best() {
        assert_eq!(normalise(-6, 10, -6), 0);
        assert_eq!(normalise(10, 10, -6), 100);
        assert_eq!(normalise(2, 10, -6), 50);
        assert_eq!(normalise(0, 0, 0), 100);
    }
}
