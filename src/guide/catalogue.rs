//! The guide as data: its areas, its 27 harms with their Do No Harm guidance,
//! and the key concepts, loaded from `assets/guide/guide.ron`.

use crate::guide::area::Area;
use crate::scenario::diag::{Diagnostic, LoadError, parse_ron};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// The catalogue file, bundled into the binary so that the game and the
/// command line work wherever they are started from.
pub const BUNDLED_GUIDE: &str = include_str!("../../assets/guide/guide.ron");

/// The guide's content, as the project states it in its own words.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// Full title of the source document.
    pub source: String,
    /// The five thematic areas, each with its harms.
    pub areas: Vec<AreaEntry>,
    /// Key concepts and definitions (the glossary).
    #[serde(default)]
    pub concepts: Vec<Concept>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaEntry {
    pub area: Area,
    /// What the area covers, in two or three sentences.
    pub summary: String,
    pub harms: Vec<Harm>,
}

/// One of the 27 harms.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Harm {
    /// Stable id such as `ID-3`: one of ID-1..ID-6, RS-1..RS-5, RR-1..RR-5,
    /// MH-1..MH-4, CJ-1..CJ-7.
    pub id: String,
    pub title: String,
    /// How well-meant action causes this harm, in a few sentences.
    pub explanation: String,
    /// The guide's page where the harm is described.
    #[serde(default)]
    pub page: Option<u32>,
    /// The Do No Harm guidance, one item per piece of advice.
    pub guidance: Vec<Guidance>,
    /// Good practices and challenges from the national consultations.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// One item of Do No Harm guidance.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    pub text: String,
    /// The guide's page for this item, where the text shows one.
    #[serde(default)]
    pub page: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteKind {
    GoodPractice,
    Challenge,
}

/// A good practice or challenge box from the guide.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub kind: NoteKind,
    /// The country or countries it comes from, where the guide names them.
    #[serde(default)]
    pub country: Option<String>,
    pub text: String,
    #[serde(default)]
    pub page: Option<u32>,
}

/// A key concept from the guide's glossary.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    pub term: String,
    pub text: String,
    #[serde(default)]
    pub page: Option<u32>,
}

/// Where a piece of guidance comes from: area, harm number and page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    pub area: Area,
    pub harm_id: String,
    pub harm_number: u8,
    pub page: Option<u32>,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, harm {}", self.area.title(), self.harm_number)?;
        if let Some(p) = self.page {
            write!(f, ", p. {p}")?;
        }
        Ok(())
    }
}

impl Harm {
    /// The harm's number within its area (`ID-3` is 3).
    pub(crate) fn number(&self) -> u8 {
        self.id
            .rsplit('-')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    pub(crate) fn area(&self) -> Option<Area> {
        Area::of_harm(&self.id)
    }

    /// The citation of guidance item `index` (0-based).
    pub fn citation(&self, index: usize) -> Citation {
        Citation {
            area: self.area().unwrap_or(Area::Identification),
            harm_id: self.id.clone(),
            harm_number: self.number(),
            page: self.guidance.get(index).and_then(|g| g.page).or(self.page),
        }
    }
}

impl Guide {
    /// The bundled catalogue. It is checked by the tests, so failure here
    /// means the binary itself was built from a broken tree.
    pub fn bundled() -> Result<Guide, LoadError> {
        Guide::from_str(BUNDLED_GUIDE, Path::new("assets/guide/guide.ron"))
    }

    /// Parse and check a catalogue.
    pub fn from_str(text: &str, file: &Path) -> Result<Guide, LoadError> {
        let guide: Guide = parse_ron(text, file)?;
        let problems = guide.problems(file);
        if problems.is_empty() {
            Ok(guide)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }

    /// Every harm present exactly once under its area, no unknown ids, every
    /// harm with guidance.
    pub(crate) fn problems(&self, file: &Path) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        let known: BTreeSet<String> = Area::all_harm_ids().into_iter().collect();
        for entry in &self.areas {
            for harm in &entry.harms {
                if !known.contains(&harm.id) {
                    out.push(Diagnostic::error(
                        file,
                        "unknown-harm",
                        format!("the guide has no harm `{}`", harm.id),
                        "use one of the harm ids, ID-1 ... CJ-7",
                    ));
                } else if harm.area() != Some(entry.area) {
                    out.push(Diagnostic::error(
                        file,
                        "harm-in-wrong-area",
                        format!("harm `{}` is listed under {:?}", harm.id, entry.area),
                        "move it to the area its prefix names",
                    ));
                }
                if !seen.insert(harm.id.clone()) {
                    out.push(Diagnostic::error(
                        file,
                        "duplicate-harm",
                        format!("harm `{}` appears twice", harm.id),
                        "keep one entry per harm",
                    ));
                }
                if harm.guidance.is_empty() {
                    out.push(Diagnostic::error(
                        file,
                        "harm-without-guidance",
                        format!("harm `{}` has no guidance", harm.id),
                        "add the guide's Do No Harm guidance as items",
                    ));
                }
            }
        }
        for id in known.difference(&seen) {
            out.push(Diagnostic::error(
                file,
                "missing-harm",
                format!("harm `{id}` is missing"),
                "add an entry for every harm, ID-1 ... CJ-7",
            ));
        }
        out
    }

    pub fn harm(&self, id: &str) -> Option<&Harm> {
        self.harms().find(|h| h.id == id)
    }

    pub fn harms(&self) -> impl Iterator<Item = &Harm> {
        self.areas.iter().flat_map(|a| a.harms.iter())
    }

    /// Case-insensitive search across harms, guidance, notes and concepts.
    pub fn search(&self, query: &str) -> Vec<SearchHit<'_>> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        let has = |s: &str| s.to_lowercase().contains(&q);
        let mut hits = Vec::new();
        for harm in self.harms() {
            if has(&harm.title)
                || has(&harm.explanation)
                || harm.id.to_lowercase() == q
                || harm.guidance.iter().any(|g| has(&g.text))
                || harm.notes.iter().any(|n| has(&n.text))
            {
                hits.push(SearchHit::Harm(harm));
            }
        }
        for c in &self.concepts {
            if has(&c.term) || has(&c.text) {
                hits.push(SearchHit::Concept(c));
            }
        }
        hits
    }
}

/// A guide search result.
#[derive(Debug, Clone, Copy)]
pub enum SearchHit<'a> {
    Harm(&'a Harm),
    Concept(&'a Concept),
}
