//! Plain-text rendering of transcripts and debriefs for the command line.

use crate::i18n::{Ui, names};
use crate::sim::debrief::Debrief;
use crate::sim::engine::{HarmKind, LogEntry};
use crate::tr;
use std::fmt::Write;

/// Wrap text at `width` columns, indenting every line by `indent`. Lines
/// break at spaces, and in Thai, Lao, Khmer and Burmese also between words
/// where the segmenter allows (those scripts write no spaces between words).
pub(crate) fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    for para in text.split('\n') {
        let mut line = String::from(indent);
        let mut empty = true;
        for word in pieces(para) {
            let w = word.trim_end();
            if !empty && self::width(line.trim_end()) + self::width(w) > width {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from(indent);
                empty = true;
            }
            if empty {
                line.push_str(word.trim_start());
            } else {
                line.push_str(word);
            }
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The pieces a line may break between, each with the spaces after it.
fn pieces(para: &str) -> Vec<&str> {
    let mut cuts: Vec<usize> = if crate::i18n::breaks::needs_segmenter(para) {
        crate::i18n::breaks::line_breaks(para)
    } else {
        para.char_indices()
            .filter(|&(i, c)| c != ' ' && i > 0 && para[..i].ends_with(' '))
            .map(|(i, _)| i)
            .collect()
    };
    cuts.retain(|&c| c > 0 && c < para.len());
    let mut out = Vec::new();
    let mut start = 0;
    for c in cuts {
        out.push(&para[start..c]);
        start = c;
    }
    out.push(&para[start..]);
    out.retain(|p| !p.trim().is_empty());
    out
}

/// A choice as the terminal shows it: `[2] text`, with its place in the
/// file when the scenario's shuffling moved it (`(choice 3 in the file)`),
/// so that an author can find it and script a run with `--file-order`.
pub(crate) fn choice_line(number: usize, index: usize, text: &str, ui: &Ui) -> String {
    if number == index + 1 {
        format!("[{number}] {text}")
    } else {
        let place = crate::tr!(ui, "terminal-file-position", position = index + 1);
        format!("[{number}] {text} {place}")
    }
}

/// The transcript of a run.
pub(crate) fn transcript(log: &[LogEntry], ui: &Ui) -> String {
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
            LogEntry::Choice {
                number,
                index,
                text,
            } => {
                let line = choice_line(*number, *index, text, ui);
                out.push_str(&wrap(&format!("> {line}"), 78, ""));
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

/// The debrief as text, in the language of `ui`.
pub(crate) fn debrief(d: &Debrief, ui: &Ui) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(ui, "cli-debrief-title", title = d.title.as_str())
    );
    if !d.profile.is_empty() {
        let line = tr!(
            ui,
            "cli-person-met",
            profile = d.profile.as_str(),
            seed = d.seed.to_string()
        );
        let _ = writeln!(out, "{line}");
    }
    match &d.ending {
        Some(e) => {
            let line = tr!(
                ui,
                "cli-ending",
                title = e.title.as_str(),
                tone = names::tone(ui, e.tone)
            );
            let _ = writeln!(out, "\n{line}");
            out.push_str(&wrap(&e.outcome, 78, "  "));
        }
        None => {
            let _ = writeln!(out, "\n{}", tr!(ui, "cli-no-ending"));
        }
    }
    let s = &d.score;
    let line = tr!(
        ui,
        "cli-score",
        score = format!("{:>3}", s.overall),
        bar = bar(s.overall, 20),
        points = s.points.to_string(),
        worst = s.worst.to_string(),
        best = s.best.to_string()
    );
    let _ = writeln!(out, "\n{line}");
    for a in &s.areas {
        let title = names::area(ui, a.area);
        let pad = 34usize.saturating_sub(width(&title));
        let _ = writeln!(
            out,
            "  {title}{} {:>3}  {}",
            " ".repeat(pad),
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
            let _ = writeln!(out, "\n{}", tr!(ui, "cli-decisions-that-mattered"));
            any = true;
        }
        let line = tr!(
            ui,
            "cli-you-chose",
            number = (dc.decision + 1).to_string(),
            choice = dc.chosen.as_str()
        );
        let _ = writeln!(out, "\n{line}");
        if let Some(f) = &dc.feedback {
            out.push_str(&wrap(f, 78, "   "));
        }
        let caused = tr!(ui, "cli-caused");
        let avoided = tr!(ui, "cli-avoided");
        let mark_width = width(&caused).max(width(&avoided));
        for h in &dc.harms {
            let mark = match h.kind {
                HarmKind::Caused => &caused,
                HarmKind::Avoided => &avoided,
            };
            let mark = format!("{mark}{}", " ".repeat(mark_width - width(mark)));
            let line = tr!(
                ui,
                "cli-harm-line",
                mark = mark,
                id = h.id.as_str(),
                title = h.title.as_str(),
                severity = h.severity.to_string()
            );
            let _ = writeln!(out, "   {line}");
            if !h.why.is_empty() {
                out.push_str(&wrap(
                    &tr!(ui, "cli-why-it-matters", why = h.why.as_str()),
                    78,
                    "     ",
                ));
            }
            for g in &h.guidance {
                out.push_str(&wrap(
                    &format!("- {} [{}]", g.text, names::card_citation(ui, g)),
                    78,
                    "     ",
                ));
            }
        }
    }
    if !any {
        let _ = writeln!(out, "\n{}", tr!(ui, "cli-no-harm-touched"));
    }
    out
}

/// Columns a text takes in a terminal (combining marks take none).
pub(crate) fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}
