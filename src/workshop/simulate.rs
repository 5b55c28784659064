//! A simulated room: scripted runs of a whole workshop, for testing the
//! report and the facilitator's dashboard without forty laptops.

use crate::case::{CaseRun, CheckedCase};
use crate::guide::Guide;
use crate::guide::area::Role;
use crate::save::progress::{Mode, Trainee};
use crate::scenario::check::Checked;
use crate::sim::engine::Session;
use crate::workshop::code::normalise_code;
use crate::workshop::code::workshop_seed;
use crate::workshop::handover::{Handover, JourneyRef, StagePlayer, stages_finished};
use crate::workshop::records::ResultRecord;
use rand::rngs::Xoshiro256PlusPlus;
use rand::{Rng, RngExt, SeedableRng};
use std::time::{Duration, SystemTime};

/// What a simulated room produced.
#[derive(Debug, Clone, Default)]
pub struct SimulatedRoom {
    pub records: Vec<ResultRecord>,
    /// Runs that did not reach an ending within the step limit (a scenario
    /// that loops), by scenario id and trainee.
    pub unfinished: Vec<String>,
}

/// The most decisions a simulated run makes before it is given up.
const SIM_MAX_DECISIONS: usize = 500;

/// Play every scenario once for each of `trainees` simulated trainees of a
/// workshop, as the room would: each run starts with
/// `workshop_seed(code, scenario)`. Each trainee has their own skill (the
/// chance of picking the choice that avoids the most harm; otherwise a
/// random open choice) drawn from a generator seeded by the code, so the
/// same arguments always give the same records, attempt ids included.
/// Trainees start one after another from `start`.
pub fn simulate(
    scenarios: &[Checked],
    guide: &Guide,
    code: &str,
    trainees: usize,
    start: SystemTime,
) -> SimulatedRoom {
    let code = normalise_code(code);
    let mut out = SimulatedRoom::default();
    for t in 0..trainees {
        let mut sim = SimulatedTrainee::new(&code, t);
        let mut clock = start + Duration::from_secs(t as u64 * 17);
        for checked in scenarios {
            let mut session = Session::start(checked, workshop_seed(&code, checked.id()));
            let started = clock;
            sim.play(&mut session, &mut clock);
            if !session.is_ended() {
                out.unfinished
                    .push(format!("{} ({})", checked.id(), sim.trainee.name));
                continue;
            }
            let started_text = humantime::format_rfc3339_seconds(started).to_string();
            let Ok(mut record) = ResultRecord::from_session_at(
                &session,
                &sim.trainee,
                sim.mode,
                Some(&code),
                &started_text,
                guide,
                clock,
            ) else {
                continue;
            };
            record.attempt = sim.attempt_id();
            out.records.push(record);
        }
    }
    out
}

/// A simulated room split by role over `case`: the trainees in groups of
/// as many as the case has stages, each group one journey, its `k`th
/// trainee playing stage `k` in the stage's role and handing over to the
/// next through a [`Handover`], as on two laptops. Every journey starts
/// with `workshop_seed(code, case)`. A last group smaller than the case
/// leaves its later stages unplayed, as a room where time ran out. Each
/// record carries its [`JourneyRef`]; the same arguments always give the
/// same records.
pub fn simulate_journeys(
    case: &CheckedCase,
    guide: &Guide,
    code: &str,
    trainees: usize,
    start: SystemTime,
) -> SimulatedRoom {
    let code = normalise_code(code);
    let stages = case.case.stages.len();
    let mut out = SimulatedRoom::default();
    let mut t = 0;
    for group in 0.. {
        if t >= trainees || stages == 0 {
            break;
        }
        let mut ids = Xoshiro256PlusPlus::seed_from_u64(
            workshop_seed(&code, &format!("simulated-journey/{}", case.id()))
                ^ (group as u64).wrapping_mul(0x9E37_79B9),
        );
        let journey = uuid_from(&mut ids);
        let mut clock = start + Duration::from_secs(group as u64 * 17);
        let mut run = CaseRun::start(case, workshop_seed(&code, case.id()));
        if run.is_ended() {
            break; // a case without a decision: nothing to play
        }
        let mut played_by: Vec<StagePlayer> = Vec::new();
        while t < trainees && !run.is_ended() {
            let mut sim = SimulatedTrainee::new(&code, t);
            t += 1;
            let done = stages_finished(&run);
            sim.trainee.role = case.case.stages[done].role;
            let started = humantime::format_rfc3339_seconds(clock).to_string();
            for _ in 0..SIM_MAX_DECISIONS {
                if stages_finished(&run) > done || run.is_ended() {
                    break;
                }
                let session = &run.current().session;
                let index = pick_choice(session, &mut sim.rng, sim.skill);
                let Some(number) = session
                    .choices()
                    .iter()
                    .find(|o| o.index == index)
                    .map(|o| o.number)
                else {
                    break;
                };
                if run.choose_number(number).is_err() {
                    break;
                }
                clock += Duration::from_secs(sim.rng.random_range(20..120));
            }
            clock += Duration::from_secs(sim.rng.random_range(60..240));
            let now_done = stages_finished(&run);
            if now_done == done {
                out.unfinished.push(format!(
                    "{} stage {} ({})",
                    case.id(),
                    done + 1,
                    sim.trainee.name
                ));
                break;
            }
            // A stage that ends before any decision is played by the same
            // trainee as the one before it.
            for stage in done + 1..=now_done {
                let Ok(mut record) = ResultRecord::from_session_at(
                    &run.stages()[stage - 1].session,
                    &sim.trainee,
                    sim.mode,
                    Some(&code),
                    &started,
                    guide,
                    clock,
                ) else {
                    continue;
                };
                record.attempt = sim.attempt_id();
                record.journey = Some(JourneyRef::of_stage(&run, &journey, stage));
                played_by.push(StagePlayer {
                    stage,
                    trainee: sim.trainee.name.clone(),
                    role: sim.trainee.role,
                    attempt: record.attempt.clone(),
                });
                out.records.push(record);
            }
            if run.is_ended() {
                break;
            }
            // Handed over: the next trainee continues from the handover.
            let handover = Handover::new(
                journey.clone(),
                &run.save(),
                now_done,
                played_by.clone(),
                Some(code.clone()),
            );
            match handover.continue_run(case) {
                Ok(next) => run = next,
                Err(e) => {
                    out.unfinished.push(format!("{} ({e})", case.id()));
                    break;
                }
            }
        }
    }
    out
}

/// One trainee of a simulated room: who they are, how they play, and the
/// generator of their choices, timings and attempt ids.
struct SimulatedTrainee {
    trainee: Trainee,
    mode: Mode,
    /// The chance of picking the choice that avoids the most harm.
    skill: f64,
    rng: Xoshiro256PlusPlus,
}

impl SimulatedTrainee {
    /// The trainee `t` (0-based) of the room of `code` (normalised).
    fn new(code: &str, t: usize) -> SimulatedTrainee {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(
            workshop_seed(code, "simulated-trainee") ^ (t as u64).wrapping_mul(0x9E37_79B9),
        );
        // Spread skills over the room: from 10% to 95% best choices.
        let skill = 0.10 + 0.85 * rng.random::<f64>();
        SimulatedTrainee {
            trainee: Trainee {
                name: format!("Trainee {:02}", t + 1),
                role: Role::ALL[t % Role::ALL.len()],
            },
            mode: if t.is_multiple_of(2) {
                Mode::Coach
            } else {
                Mode::Assessment
            },
            skill,
            rng,
        }
    }

    /// Play a run until it ends (or [`SIM_MAX_DECISIONS`] decisions), the
    /// clock moving on with the time each decision and the debrief take.
    fn play(&mut self, session: &mut Session, clock: &mut SystemTime) {
        for _ in 0..SIM_MAX_DECISIONS {
            if session.is_ended() {
                break;
            }
            let pick = pick_choice(session, &mut self.rng, self.skill);
            if session.choose(pick).is_err() {
                break;
            }
            *clock += Duration::from_secs(self.rng.random_range(20..120));
        }
        *clock += Duration::from_secs(self.rng.random_range(60..240));
    }

    /// A reproducible attempt id (a UUID from the trainee's generator).
    fn attempt_id(&mut self) -> String {
        uuid_from(&mut self.rng)
    }
}

/// A reproducible random (v4) UUID from `rng`.
fn uuid_from(rng: &mut Xoshiro256PlusPlus) -> String {
    let mut bytes = [0u8; 16];
    rng.fill_bytes(&mut bytes);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// The index of the choice to make: with chance `skill` the open choice
/// with the best harm balance (avoided minus caused severities), else any.
fn pick_choice(session: &Session, rng: &mut Xoshiro256PlusPlus, skill: f64) -> usize {
    let open = session.choices();
    if open.is_empty() {
        return 0;
    }
    if rng.random::<f64>() < skill {
        let node = &session.checked().scenario().nodes[session.node_id()];
        let balance = |i: usize| -> i64 {
            node.choices.get(i).map_or(0, |c| {
                c.avoids.values().sum::<i64>() - c.causes.values().sum::<i64>()
            })
        };
        open.iter()
            .max_by_key(|o| (balance(o.index), std::cmp::Reverse(o.index)))
            .map_or(open[0].index, |o| o.index)
    } else {
        open[rng.random_range(0..open.len())].index
    }
}
