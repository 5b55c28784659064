//! The group report as text for a terminal: aligned tables, bars of `#`.

use super::GroupReport;
use crate::i18n::{Ui, names};
use crate::save::progress::Mode;
use crate::tr;
use std::fmt::Write as _;

/// Width of the longest bar in the text report.
const BAR: usize = 24;

fn bar(n: usize, max: usize) -> String {
    if max == 0 || n == 0 {
        return String::new();
    }
    "#".repeat((n * BAR).div_ceil(max).max(1))
}

/// Columns a text takes in a terminal (Thai and Khmer marks take none).
fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn mode(ui: &Ui, m: Mode) -> String {
    match m {
        Mode::Coach => tr!(ui, "mode-coach"),
        Mode::Assessment => tr!(ui, "mode-assessment"),
    }
}

/// Cut text to `n` characters, marking the cut with `...`.
pub(super) fn cut(s: &str, n: usize) -> String {
    if width(s) <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(3)).collect();
        t.push_str("...");
        t
    }
}

/// Columns padded to their widest cell; `right` marks right-aligned columns.
fn table(out: &mut String, head: &[String], rows: &[Vec<String>], right: &[bool]) {
    let mut w: Vec<usize> = head.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(width(c));
        }
    }
    let line = |cells: Vec<String>| -> String {
        let mut s = String::from(" ");
        for (i, c) in cells.iter().enumerate() {
            let pad = " ".repeat(w[i] - width(c));
            if right.get(i).copied().unwrap_or(false) {
                let _ = write!(s, " {pad}{c}");
            } else {
                let _ = write!(s, " {c}{pad}");
            }
        }
        s.trim_end().to_string() + "\n"
    };
    out.push_str(&line(head.iter().map(|h| h.to_string()).collect()));
    out.push_str(&line(w.iter().map(|n| "-".repeat(*n)).collect()));
    for r in rows {
        out.push_str(&line(r.clone()));
    }
}

/// The report as text for a terminal, in the language of `ui`: aligned
/// tables, bars of `#`.
pub fn render_text(r: &GroupReport, ui: &Ui) -> String {
    let mut out = String::new();
    let scope = match &r.workshop {
        Some(c) => tr!(ui, "report-scope-workshop", code = c.as_str()),
        None => tr!(ui, "report-scope-all"),
    };
    let summary = tr!(
        ui,
        "report-summary",
        scope = scope,
        attempts = r.attempts,
        trainees = r.trainees
    );
    let _ = writeln!(out, "{summary}\n");
    if r.attempts == 0 {
        let _ = writeln!(out, "{}", tr!(ui, "report-no-results"));
    } else {
        trainees(&mut out, r, ui);
        scores_by_scenario(&mut out, r, ui);
        harms(&mut out, r, ui);
        how_the_group_chose(&mut out, r, ui);
        super::journeys::render_journeys_text(&mut out, r, ui);
    }
    if !r.not_played.is_empty() {
        let _ = writeln!(out, "\n{}", tr!(ui, "report-not-played"));
        for s in &r.not_played {
            let _ = writeln!(out, "  {:<28} {}", s.id, s.title);
        }
    }
    // Names and titles come from files: no escape sequence reaches a terminal.
    match crate::workshop::shown::escape_controls_keep_lines(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(escaped) => escaped,
    }
}

/// The table of attempts.
fn trainees(out: &mut String, r: &GroupReport, ui: &Ui) {
    let _ = writeln!(out, "{}", tr!(ui, "report-trainees"));
    let rows: Vec<Vec<String>> = r
        .rows
        .iter()
        .map(|t| {
            vec![
                cut(&t.trainee, 24),
                names::role(ui, t.role),
                cut(&t.scenario, 28),
                t.score.overall.to_string(),
                format!(
                    "{} ({})",
                    cut(&t.ending.title, 28),
                    names::tone(ui, t.ending.tone)
                ),
                mode(ui, t.mode),
                t.finished
                    .replace('T', " ")
                    .trim_end_matches('Z')
                    .to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            "report-col-trainee",
            "report-col-role",
            "report-col-scenario",
            "report-col-score",
            "report-col-ending",
            "report-col-mode",
            "report-col-finished",
        ]
        .map(|k| ui.text(k)),
        &rows,
        &[false, false, false, true, false, false, false],
    );
}

/// Scores per scenario, with a bar of the mean, and the endings reached.
fn scores_by_scenario(out: &mut String, r: &GroupReport, ui: &Ui) {
    let _ = writeln!(out, "\n{}", tr!(ui, "report-scores-by-scenario"));
    let rows: Vec<Vec<String>> = r
        .scenarios
        .iter()
        .map(|s| {
            vec![
                cut(&s.id, 28),
                s.attempts.to_string(),
                format!("{:.1}", s.mean),
                s.min.to_string(),
                s.max.to_string(),
                bar(s.mean.round() as usize, 100),
            ]
        })
        .collect();
    table(
        out,
        &[
            "report-col-scenario",
            "report-col-attempts",
            "report-col-mean",
            "report-col-min",
            "report-col-max",
            "report-col-mean-score",
        ]
        .map(|k| ui.text(k)),
        &rows,
        &[false, true, true, true, true, false],
    );
    for s in &r.scenarios {
        let endings: Vec<String> = s
            .endings
            .iter()
            .map(|e| format!("{} x{}", e.title, e.count))
            .collect();
        let line = tr!(
            ui,
            "report-endings",
            scenario = s.id.as_str(),
            endings = endings.join(", ")
        );
        let _ = writeln!(out, "  {line}");
    }
}

/// The harms, most caused first, with bars of the times caused.
fn harms(out: &mut String, r: &GroupReport, ui: &Ui) {
    let _ = writeln!(out, "\n{}", tr!(ui, "report-harms-most-caused"));
    let max = r
        .harms
        .iter()
        .map(|h| h.caused.max(h.avoided))
        .max()
        .unwrap_or(0);
    let rows: Vec<Vec<String>> = r
        .harms
        .iter()
        .map(|h| {
            vec![
                h.id.clone(),
                cut(&h.title, 60),
                h.caused.to_string(),
                bar(h.caused, max),
                h.avoided.to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            ui.text("report-col-harm"),
            ui.text("report-col-title"),
            ui.text("report-col-caused"),
            String::new(),
            ui.text("report-col-avoided"),
        ],
        &rows,
        &[false, false, true, false, true],
    );
}

/// Each decision point: how many took each choice, and its harm balance.
fn how_the_group_chose(out: &mut String, r: &GroupReport, ui: &Ui) {
    let _ = writeln!(out, "\n{}", tr!(ui, "report-how-the-group-chose"));
    let cw = r
        .decisions
        .iter()
        .map(|d| width(&d.taken.to_string()))
        .max()
        .unwrap_or(1);
    for d in &r.decisions {
        let line = tr!(
            ui,
            "report-decision",
            scenario = d.scenario.as_str(),
            node = d.node.as_str(),
            decision = (d.first_decision + 1).to_string(),
            taken = d.taken
        );
        let _ = writeln!(out, "\n  {line}");
        let max = d.choices.iter().map(|c| c.count).max().unwrap_or(0);
        for c in &d.choices {
            let mut tags = Vec::new();
            if !c.causes.is_empty() {
                tags.push(tr!(ui, "report-causes", harms = c.causes.join(", ")));
            }
            if !c.avoids.is_empty() {
                tags.push(tr!(ui, "report-avoids", harms = c.avoids.join(", ")));
            }
            let tag = if tags.is_empty() {
                String::new()
            } else {
                format!("  [{}]", tags.join("; "))
            };
            let _ = writeln!(
                out,
                "    {:>cw$} {:<BAR$} {}{tag}",
                c.count,
                bar(c.count, max),
                cut(&c.text, 70)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_and_text_is_cut() {
        assert_eq!(bar(0, 10), "");
        assert_eq!(bar(10, 10).len(), BAR);
        assert_eq!(bar(1, 1000).len(), 1);
        assert_eq!(cut("abcdef", 5), "ab...");
        assert_eq!(cut("abc", 5), "abc");
    }
}
