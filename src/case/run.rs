//! `CaseRun`: one trainee's journey through a case, stage after stage. The
//! same case, seed and choices always give the same journey, so a run is
//! saved as its seed and its choices (one list across the stages) and
//! restored by replaying them.

use super::check::CheckedCase;
use super::state::render;
use crate::sim::engine::{Carry, EngineError, Session};
use crate::sim::seed::stage_seed;
use serde::{Deserialize, Serialize};

/// One stage played (or being played).
#[derive(Debug, Clone)]
pub struct StageRun {
    /// 0-based place of the stage in the case.
    pub index: usize,
    /// The stage's seed, derived from the case's ([`stage_seed`]).
    pub seed: u64,
    /// The meters and facts carried in, by name (no meters for the first
    /// stage, which starts them itself).
    pub carried_in: Vec<(String, i32)>,
    /// What the responder is handed: the handover lines whose condition
    /// held on what was carried in, with the person's placeholders filled.
    pub handover: Vec<String>,
    /// The numbers of the choices made in this stage, as shown.
    pub choices: Vec<usize>,
    pub session: Session,
}

/// A case journey as data: enough to restore it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSave {
    pub case: String,
    pub seed: u64,
    /// The numbers of the choices made, as shown, across all the stages.
    pub choices: Vec<usize>,
}

/// Why a choice of a journey could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    #[error(
        "at stage {stage} (`{scenario}`), decision {decision} of the case (node `{node}`): choice {number} is not open here; the open choices are {open}"
    )]
    NotOpen {
        /// 1-based stage.
        stage: usize,
        scenario: String,
        /// 1-based decision of the whole journey.
        decision: usize,
        node: String,
        number: usize,
        open: String,
    },
    #[error("the case has ended after its last stage; choice {decision} is one too many")]
    Ended {
        /// 1-based decision of the whole journey.
        decision: usize,
    },
    #[error("this journey was saved for the case `{saved}`, not `{found}`")]
    WrongCase { saved: String, found: String },
}

/// A journey in progress or finished.
#[derive(Debug, Clone)]
pub struct CaseRun {
    case: CheckedCase,
    seed: u64,
    stages: Vec<StageRun>,
}

impl CaseRun {
    /// Start a journey: its first stage (and the next ones, if a stage
    /// ends before any decision).
    pub fn start(case: &CheckedCase, seed: u64) -> CaseRun {
        let mut run = CaseRun {
            case: case.clone(),
            seed,
            stages: Vec::new(),
        };
        run.begin_stage(case.carried.start.clone());
        run.settle();
        run
    }

    /// Restore a saved journey by replaying its choices.
    pub fn restore(case: &CheckedCase, save: &CaseSave) -> Result<CaseRun, CaseError> {
        if save.case != case.id() {
            return Err(CaseError::WrongCase {
                saved: save.case.clone(),
                found: case.id().to_string(),
            });
        }
        let mut run = CaseRun::start(case, save.seed);
        for n in &save.choices {
            run.choose_number(*n)?;
        }
        Ok(run)
    }

    pub fn save(&self) -> CaseSave {
        CaseSave {
            case: self.case.id().to_string(),
            seed: self.seed,
            choices: self.choices(),
        }
    }

    /// Go back to just before decision `n` (0-based, across the stages).
    pub fn rewind(&mut self, n: usize) -> Result<(), CaseError> {
        let mut save = self.save();
        save.choices.truncate(n);
        *self = CaseRun::restore(&self.case, &save)?;
        Ok(())
    }

    pub fn case(&self) -> &CheckedCase {
        &self.case
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The stages played so far; the last is the one being played.
    pub fn stages(&self) -> &[StageRun] {
        &self.stages
    }

    /// The stage being played (or the last, when the journey has ended).
    pub fn current(&self) -> &StageRun {
        self.stages
            .last()
            .expect("a journey starts its first stage")
    }

    /// Every choice made, across the stages.
    pub fn choices(&self) -> Vec<usize> {
        self.stages
            .iter()
            .flat_map(|s| s.choices.iter().copied())
            .collect()
    }

    /// Whether the last stage has reached an ending.
    pub fn is_ended(&self) -> bool {
        self.stages.len() == self.case.stages.len() && self.current().session.is_ended()
    }

    /// Choose by the number shown in the stage being played; a stage that
    /// ends hands over to the next.
    pub fn choose_number(&mut self, number: usize) -> Result<(), CaseError> {
        let decision = self.choices().len() + 1;
        if self.is_ended() {
            return Err(CaseError::Ended { decision });
        }
        let stage = self.stages.last_mut().expect("a journey has a stage");
        match stage.session.choose_number(number) {
            Ok(_) => stage.choices.push(number),
            Err(EngineError::NotOpen(_, open)) => {
                return Err(CaseError::NotOpen {
                    stage: stage.index + 1,
                    scenario: self.case.case.stages[stage.index].scenario.clone(),
                    decision,
                    node: stage.session.node_id().to_string(),
                    number,
                    open,
                });
            }
            Err(_) => return Err(CaseError::Ended { decision }),
        }
        self.settle();
        Ok(())
    }

    /// The meters and facts now, in the order of the case's carried names:
    /// what the stage being played would carry on if it ended here.
    pub(crate) fn carried_values(&self) -> Vec<i32> {
        let stage = self.current();
        let carried = &self.case.carried;
        let before: Vec<i32> = if stage.index == 0 {
            carried.start.clone()
        } else {
            carried
                .names
                .iter()
                .map(|n| {
                    stage
                        .carried_in
                        .iter()
                        .find(|(m, _)| m == n)
                        .map_or(0, |(_, v)| *v)
                })
                .collect()
        };
        carried
            .names
            .iter()
            .zip(before)
            .map(|(n, v)| stage.session.var(n).unwrap_or(v))
            .collect()
    }

    /// The meters and facts now, by name.
    pub fn carried(&self) -> Vec<(String, i32)> {
        self.case.carried.carry(&self.carried_values(), true)
    }

    /// Start the next stage while the one being played has ended.
    fn settle(&mut self) {
        while self.current().session.is_ended() && self.stages.len() < self.case.stages.len() {
            let values = self.carried_values();
            self.begin_stage(values);
        }
    }

    /// Start stage `self.stages.len()` with the carried `values`.
    fn begin_stage(&mut self, values: Vec<i32>) {
        let index = self.stages.len();
        let case = &self.case;
        let carried_in = case.carried.carry(&values, index > 0);
        let handover = if index == 0 {
            Vec::new()
        } else {
            case.case.stages[index]
                .handover
                .iter()
                .zip(&case.handover[index])
                .filter(|(_, when)| when.as_ref().is_none_or(|w| w.holds(&values)))
                .map(|(h, _)| render(&h.text, &case.case.values))
                .collect()
        };
        let seed = stage_seed(case.id(), index, self.seed);
        let carry = Carry {
            vars: carried_in.clone(),
            values: case.stage_values(index).clone(),
        };
        let session = Session::start_carrying(&case.stages[index], seed, carry);
        self.stages.push(StageRun {
            index,
            seed,
            carried_in,
            handover,
            choices: Vec::new(),
            session,
        });
    }
}
