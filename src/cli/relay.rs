//! `case run` in a room split by role: `--from` continues the journey of a
//! handover file, `--records` writes the result record of each stage
//! finished, and `--handover-to` writes the handover file for the trainee
//! who plays the next stage.

use super::CliError;
use super::args::CaseRunArgs;
use crate::case::CaseRun;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::save::progress::{Mode, Trainee, now_rfc3339, pseudonym_warning};
use crate::workshop::code::{code_problem, normalise_code};
use crate::workshop::handover::{
    Handover, JourneyRef, StagePlayer, stages_finished, stages_to_hand_over,
};
use crate::workshop::records::{ResultRecord, trainee_problem, write_each};
use std::path::Path;
use std::time::SystemTime;

/// The pseudonym of stages played without `--trainee`.
const ANONYMOUS: &str = "anonymous";

/// The handover file at `path`, checked.
pub(super) fn read(path: &Path) -> Result<Handover, CliError> {
    Handover::read(path).map_err(CliError::Usage)
}

/// The workshop code of the journey: `--workshop` (checked), else the
/// handover file's.
pub(super) fn workshop(
    args: &CaseRunArgs,
    from: Option<&Handover>,
) -> Result<Option<String>, CliError> {
    match &args.workshop {
        Some(code) => match code_problem(code) {
            Some(p) => Err(CliError::WorkshopCode(p)),
            None => Ok(Some(normalise_code(code))),
        },
        None => Ok(from.and_then(|h| h.workshop.clone())),
    }
}

/// Hand the journey on: the records of the stages finished here (with
/// `--records`) and the handover file (with `--handover-to`), each
/// written where asked; what was written is said on stderr.
pub(super) fn hand_on(
    run: &CaseRun,
    args: &CaseRunArgs,
    from: Option<&Handover>,
    workshop: Option<&str>,
    lang: Lang,
    guide: &Guide,
) -> Result<(), CliError> {
    if args.handover_to.is_none() && args.records.is_none() {
        return Ok(());
    }
    let done = match args.handover_to {
        Some(_) => stages_to_hand_over(run)
            .map_err(|e| CliError::Usage(format!("cannot hand the journey over: {e}")))?,
        None => stages_finished(run),
    };
    let name = args.trainee.as_deref().map_or(ANONYMOUS, str::trim);
    if let Some(p) = trainee_problem(name) {
        return Err(CliError::Usage(format!("the --trainee name {p}")));
    }
    if let Some(w) = pseudonym_warning(name) {
        eprintln!("warning: {w}");
    }
    let journey = from.map_or_else(Handover::new_journey_id, |h| h.journey.clone());
    let before = from.map_or(0, |h| h.stages_done);
    let mut records = Vec::new();
    let mut players = Vec::new();
    for stage in before + 1..=done {
        let role = args.role.unwrap_or(run.case().case.stages[stage - 1].role);
        let trainee = Trainee {
            name: name.to_string(),
            role,
        };
        let mut r = ResultRecord::from_session_at(
            &run.stages()[stage - 1].session,
            &trainee,
            Mode::Assessment,
            workshop,
            &now_rfc3339(),
            guide,
            SystemTime::now(),
        )
        .map_err(|e| CliError::Io(e.to_string()))?;
        r.language = lang.code().to_string();
        r.journey = Some(JourneyRef::of_stage(run, &journey, stage));
        players.push(StagePlayer {
            stage,
            trainee: trainee.name,
            role,
            attempt: r.attempt.clone(),
        });
        records.push(r);
    }
    if let Some(dir) = &args.records {
        let n = write_each(&records, dir).map_err(CliError::Io)?;
        eprintln!(
            "{n} result record(s) of this journey's stages written to {}",
            dir.display()
        );
    }
    if let Some(dir) = &args.handover_to {
        let mut played_by = from.map(|h| h.played_by.clone()).unwrap_or_default();
        played_by.extend(players);
        let h = Handover::new(
            journey,
            &run.save(),
            done,
            played_by,
            workshop.map(str::to_string),
        );
        let path = h.write(dir).map_err(CliError::Io)?;
        eprintln!(
            "handover for stage {} written to {}; the next trainee continues with: frontline case run --from {}",
            h.next_stage(),
            path.display(),
            path.display()
        );
    }
    Ok(())
}
