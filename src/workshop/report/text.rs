//! The group report as text for a terminal: aligned tables, bars of `#`.

use super::GroupReport;
use super::{mode_name, tone_name};
use std::fmt::Write as _;

/// Width of the longest bar in the text report.
const BAR: usize = 24;

fn bar(n: usize, max: usize) -> String {
    if max == 0 || n == 0 {
        return String::new();
    }
    "#".repeat((n * BAR).div_ceil(max).max(1))
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Cut text to `n` characters, marking the cut with `...`.
fn cut(s: &str, n: usize) -> String {
    if width(s) <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(3)).collect();
        t.push_str("...");
        t
    }
}

/// Columns padded to their widest cell; `right` marks right-aligned columns.
fn table(out: &mut String, head: &[&str], rows: &[Vec<String>], right: &[bool]) {
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

/// The report as text for a terminal: aligned tables, bars of `#`.
pub fn render_text(r: &GroupReport) -> String {
    let mut out = String::new();
    let scope = match &r.workshop {
        Some(c) => format!("Workshop {c}"),
        None => "All results".to_string(),
    };
    let _ = writeln!(
        out,
        "{scope}: {} attempt(s) by {} trainee(s)\n",
        r.attempts, r.trainees
    );
    if r.attempts == 0 {
        out.push_str("No results to report.\n");
    } else {
        trainees(&mut out, r);
        scores_by_scenario(&mut out, r);
        harms(&mut out, r);
        how_the_group_chose(&mut out, r);
    }
    if !r.not_played.is_empty() {
        out.push_str("\nScenarios nobody has played yet\n");
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
fn trainees(out: &mut String, r: &GroupReport) {
    out.push_str("Trainees\n");
    let rows: Vec<Vec<String>> = r
        .rows
        .iter()
        .map(|t| {
            vec![
                cut(&t.trainee, 24),
                t.role.title().to_string(),
                cut(&t.scenario, 28),
                t.score.overall.to_string(),
                format!(
                    "{} ({})",
                    cut(&t.ending.title, 28),
                    tone_name(t.ending.tone)
                ),
                mode_name(t.mode).to_string(),
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
            "Trainee", "Role", "Scenario", "Score", "Ending", "Mode", "Finished",
        ],
        &rows,
        &[false, false, false, true, false, false, false],
    );
}

/// Scores per scenario, with a bar of the mean, and the endings reached.
fn scores_by_scenario(out: &mut String, r: &GroupReport) {
    out.push_str("\nScores by scenario (0-100)\n");
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
        &["Scenario", "Attempts", "Mean", "Min", "Max", "Mean score"],
        &rows,
        &[false, true, true, true, true, false],
    );
    for s in &r.scenarios {
        let endings: Vec<String> = s
            .endings
            .iter()
            .map(|e| format!("{} x{}", e.title, e.count))
            .collect();
        let _ = writeln!(out, "  {} endings: {}", s.id, endings.join(", "));
    }
}

/// The harms, most caused first, with bars of the times caused.
fn harms(out: &mut String, r: &GroupReport) {
    out.push_str("\nHarms the group caused most\n");
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
        &["Harm", "Title", "Caused", "", "Avoided"],
        &rows,
        &[false, false, true, false, true],
    );
}

/// Each decision point: how many took each choice, and its harm balance.
fn how_the_group_chose(out: &mut String, r: &GroupReport) {
    out.push_str("\nHow the group chose\n");
    let cw = r
        .decisions
        .iter()
        .map(|d| width(&d.taken.to_string()))
        .max()
        .unwrap_or(1);
    for d in &r.decisions {
        let _ = writeln!(
            out,
            "\n  {} / {} (decision {}, taken {} time(s))",
            d.scenario,
            d.node,
            d.first_decision + 1,
            d.taken
        );
        let max = d.choices.iter().map(|c| c.count).max().unwrap_or(0);
        for c in &d.choices {
            let mut tags = Vec::new();
            if !c.causes.is_empty() {
                tags.push(format!("causes {}", c.causes.join(", ")));
            }
            if !c.avoids.is_empty() {
                tags.push(format!("avoids {}", c.avoids.join(", ")));
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
