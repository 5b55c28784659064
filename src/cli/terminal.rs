//! Plain-text rendering of transcripts and debriefs for the command line.

use crate::sim::debrief::Debrief;
use crate::sim::engine::{HarmKind, LogEntry};
use std::fmt::Write;

/// Wrap text at `width` columns, indenting every line by `indent`.
pub(crate) fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    for para in text.split('\n') {
        let mut line = String::from(indent);
        let mut empty = true;
        for word in para.split_whitespace() {
            if !empty && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from(indent);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The transcript of a run.
pub(crate) fn transcript(log: &[LogEntry]) -> String {
    let mut out = String::new();
    for e in log {
        match e {
            LogEntry::Scene(b) => {
                if !b.speaker.is_empty() {
                    let _ = writeln!(out, "{}:", b.speaker);
                }
                out.push_str(&wrap(&b.text, 78, "  "));
                out.push('\n');
            }
            LogEntry::Choice { number, text } => {
                out.push_str(&wrap(&format!("> [{number}] {text}"), 78, ""));
                out.push('\n');
            }
        }
    }
    out
}

/// A bar of `width` characters for a 0..=100 value, readable without colour.
pub(crate) fn bar(value: u8, width: usize) -> String {
    let filled = (usize::from(value) * width + 50) / 100;
    format!("{}{}", "#".repeat(filled), ".".repeat(width - filled))
}

/// The debrief as text.
pub(crate) fn debrief(d: &Debrief) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "=== Debrief: {} ===", d.title);
    if !d.profile.is_empty() {
        let _ = writeln!(out, "Person met: {} (seed {})", d.profile, d.seed);
    }
    match &d.ending {
        Some(e) => {
            let _ = writeln!(out, "\nEnding: {} [{:?}]", e.title, e.tone);
            out.push_str(&wrap(&e.outcome, 78, "  "));
        }
        None => out.push_str("\nThe run has not reached an ending yet.\n"),
    }
    let s = &d.score;
    let _ = writeln!(
        out,
        "\nScore: {:>3}/100  {}  ({} points; reachable {} to {})",
        s.overall,
        bar(s.overall, 20),
        s.points,
        s.worst,
        s.best
    );
    for a in &s.areas {
        let _ = writeln!(
            out,
            "  {:<34} {:>3}  {}",
            a.title,
            a.score,
            bar(a.score, 20)
        );
    }
    let mut any = false;
    for dc in &d.decisions {
        if dc.harms.is_empty() {
            continue;
        }
        if !any {
            out.push_str("\nDecisions that mattered:\n");
            any = true;
        }
        let _ = writeln!(out, "\n{}. You chose: {}", dc.decision + 1, dc.chosen);
        if let Some(f) = &dc.feedback {
            out.push_str(&wrap(f, 78, "   "));
        }
        for h in &dc.harms {
            let mark = match h.kind {
                HarmKind::Caused => "CAUSED ",
                HarmKind::Avoided => "AVOIDED",
            };
            let _ = writeln!(
                out,
                "   {mark} {} {} (severity {})",
                h.id, h.title, h.severity
            );
            if !h.why.is_empty() {
                out.push_str(&wrap(&format!("Why it matters: {}", h.why), 78, "     "));
            }
            for g in &h.guidance {
                out.push_str(&wrap(
                    &format!("- {} [{}]", g.text, g.citation),
                    78,
                    "     ",
                ));
            }
        }
    }
    if !any {
        out.push_str("\nNo decision in this run touched a harm.\n");
    }
    out
}
