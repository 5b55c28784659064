//! The group report as CSV (RFC 4180), for a spreadsheet.

use super::{GroupReport, area_scores, choice_numbers, harm_counts, mode_name, tone_name};
use crate::guide::area::Area;
use crate::sim::engine::HarmKind;
use crate::workshop::records::ResultRecord;

/// One CSV field, quoted when it must be (RFC 4180). A text starting with
/// `=`, `+`, `-`, `@`, tab or return gets a leading `'`, so a spreadsheet
/// does not run a pseudonym as a formula.
pub(crate) fn csv_field(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '@', '\t', '\r'])
        || (s.starts_with('-') && s.parse::<f64>().is_err());
    let s = if risky {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub(super) fn csv_line(out: &mut String, cells: &[String]) {
    let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The attempts as CSV (RFC 4180: comma separated, CRLF line ends, fields
/// quoted when needed), one row per attempt, with a header row:
///
/// `attempt, workshop, trainee, role, scenario, scenario_title,
/// scenario_version, seed, mode, started, finished, duration_secs, score,
/// score_ID, score_RS, score_RR, score_MH, score_CJ` (per area; empty when
/// the run did not touch the area), `ending, ending_title, tone, choices`
/// (the numbers as shown, separated by spaces), `harms_caused,
/// harms_avoided`, then one column per harm of the guide, `caused_ID-1` ...
/// `caused_CJ-7`, then `avoided_ID-1` ... `avoided_CJ-7`: how many times
/// the attempt caused / avoided that harm. The columns are the same
/// whatever the records, so sheets from several workshops line up.
pub fn render_csv(r: &GroupReport) -> String {
    let ids = Area::all_harm_ids();
    let mut out = String::new();
    csv_line(&mut out, &attempts_header(&ids));
    for t in &r.rows {
        csv_line(&mut out, &attempt_row(t, &ids));
    }
    out
}

/// The header row of [`render_csv`], with a column per harm of `ids`.
fn attempts_header(ids: &[String]) -> Vec<String> {
    let mut head: Vec<String> = [
        "attempt",
        "workshop",
        "trainee",
        "role",
        "scenario",
        "scenario_title",
        "scenario_version",
        "seed",
        "mode",
        "started",
        "finished",
        "duration_secs",
        "score",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    head.extend(Area::ALL.iter().map(|a| format!("score_{}", a.prefix())));
    head.extend(
        [
            "ending",
            "ending_title",
            "tone",
            "choices",
            "harms_caused",
            "harms_avoided",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    head.extend(ids.iter().map(|id| format!("caused_{id}")));
    head.extend(ids.iter().map(|id| format!("avoided_{id}")));
    head
}

/// One attempt's row of [`render_csv`].
fn attempt_row(t: &ResultRecord, ids: &[String]) -> Vec<String> {
    let caused = harm_counts(t, HarmKind::Caused);
    let avoided = harm_counts(t, HarmKind::Avoided);
    let areas = area_scores(t);
    let mut cells = vec![
        t.attempt.clone(),
        t.workshop.clone().unwrap_or_default(),
        t.trainee.clone(),
        t.role.title().to_string(),
        t.scenario.clone(),
        t.scenario_title.clone(),
        t.scenario_version.to_string(),
        t.seed.to_string(),
        mode_name(t.mode).to_string(),
        t.started.clone(),
        t.finished.clone(),
        t.duration_secs.to_string(),
        t.score.overall.to_string(),
    ];
    cells.extend(
        Area::ALL
            .iter()
            .map(|a| areas.get(a).map(|s| s.to_string()).unwrap_or_default()),
    );
    cells.extend([
        t.ending.node.clone(),
        t.ending.title.clone(),
        tone_name(t.ending.tone).to_string(),
        choice_numbers(t)
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(" "),
        caused.values().sum::<u32>().to_string(),
        avoided.values().sum::<u32>().to_string(),
    ]);
    cells.extend(
        ids.iter()
            .map(|id| caused.get(id.as_str()).copied().unwrap_or(0).to_string()),
    );
    cells.extend(
        ids.iter()
            .map(|id| avoided.get(id.as_str()).copied().unwrap_or(0).to_string()),
    );
    cells
}

/// The harms table as its own CSV: `id, title, caused, avoided,
/// attempts_caused`, most caused first (the dashboard's chart).
pub fn render_harms_csv(r: &GroupReport) -> String {
    let mut out = String::new();
    csv_line(
        &mut out,
        &["id", "title", "caused", "avoided", "attempts_caused"].map(String::from),
    );
    for h in &r.harms {
        csv_line(
            &mut out,
            &[
                h.id.clone(),
                h.title.clone(),
                h.caused.to_string(),
                h.avoided.to_string(),
                h.attempts_caused.to_string(),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("-5"), "-5");
        assert_eq!(csv_field("-x"), "'-x");
        assert_eq!(csv_field(" pad"), "\" pad\"");
    }
}
