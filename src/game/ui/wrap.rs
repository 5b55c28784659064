//! Paragraphs wrapped where their language allows a line to break.
//!
//! egui breaks a row at whitespace and, where a row has none, at any
//! character, so Thai, Lao, Khmer and Burmese (written without spaces
//! between words) were cut inside words and syllables. Here the rows are
//! chosen by us, only at [`breaks::line_breaks`], and given to egui as
//! explicit newlines with no wrap width, so egui never breaks them again.
//!
//! Each candidate row is measured by egui laying it out (shaped, with the
//! project's fonts), so what is measured is what is drawn. Results are
//! cached, so a still screen lays nothing out again. Text with none of
//! those scripts takes egui's usual path, unchanged.

use crate::i18n::breaks;
use bevy_egui::egui::epaint::text::ByteIndex;
use bevy_egui::egui::{self, FontSelection, Galley, TextStyle, WidgetText, text::LayoutJob};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// A label for a paragraph: as `ui.label`, wrapping at the places its
/// language allows within the width available.
pub(super) fn label(ui: &mut egui::Ui, text: impl Into<WidgetText>) -> egui::Response {
    let text = fitted(
        ui,
        text.into(),
        FontSelection::Default,
        ui.available_width(),
    );
    ui.label(text)
}

/// The text of a button that fills `width` (its padding included), fitted
/// as [`label`] fits a paragraph.
pub(super) fn button_text(ui: &egui::Ui, text: impl Into<WidgetText>, width: f32) -> WidgetText {
    let inner = width - 2.0 * ui.spacing().button_padding.x;
    fitted(ui, text.into(), TextStyle::Button.into(), inner)
}

/// `text` laid out within `width` if it needs the segmenter, else as it
/// was, for egui to wrap. `fallback` is the font of plain text (the body
/// for labels, the button style for buttons).
fn fitted(ui: &egui::Ui, text: WidgetText, fallback: FontSelection, width: f32) -> WidgetText {
    if !width.is_finite() || !breaks::needs_segmenter(text.text()) {
        return text;
    }
    // Plain text as rich text, so that the fallback font applies to it.
    let rich = match text {
        WidgetText::Text(s) => WidgetText::from(egui::RichText::new(s)),
        rich @ WidgetText::RichText(_) => rich,
        other => return other,
    };
    let job = rich.into_layout_job(ui.style(), fallback, ui.text_valign());
    WidgetText::Galley(wrapped(ui.ctx(), Arc::unwrap_or_clone(job), width))
}

/// What was laid out for one paragraph, kept across frames.
#[derive(Clone)]
struct Entry {
    galley: Arc<Galley>,
    /// The last pass that asked for it.
    used: u64,
}

/// The laid-out paragraphs, by the hash of their text, styles, width and
/// scale, so a still screen lays nothing out again; and the breaks of each
/// text, by the hash of the text, so that the segmenter (the slow part)
/// runs once per text even while the window is resized.
#[derive(Clone, Default)]
struct Cache {
    galleys: HashMap<u64, Entry>,
    breaks: HashMap<u64, (Allowed, u64)>,
}

/// The breaks [`breaks::line_breaks`] allows in each paragraph of a text.
type Allowed = Arc<Vec<Vec<usize>>>;

fn allowed(text: &str) -> Allowed {
    Arc::new(text.split('\n').map(breaks::line_breaks).collect())
}

/// How many paragraphs the cache holds before it forgets those unused for
/// [`FORGET_AFTER`] passes.
const CACHE_SIZE: usize = 512;
const FORGET_AFTER: u64 = 120;

/// `job` laid out within `width`, from the cache when it was laid out
/// before at this width and scale.
pub(super) fn wrapped(ctx: &egui::Context, job: LayoutJob, width: f32) -> Arc<Galley> {
    let mut h = std::hash::DefaultHasher::new();
    job.hash(&mut h);
    width.to_bits().hash(&mut h);
    ctx.pixels_per_point().to_bits().hash(&mut h);
    let key = h.finish();
    let id = egui::Id::new("frontline-wrap-cache");
    let pass = ctx.cumulative_pass_nr();
    let hit = ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(id);
        cache.galleys.get_mut(&key).map(|e| {
            e.used = pass;
            e.galley.clone()
        })
    });
    if let Some(galley) = hit {
        return galley;
    }
    let text_key = {
        let mut h = std::hash::DefaultHasher::new();
        job.text.hash(&mut h);
        h.finish()
    };
    let breaks_of = |text: &str| {
        let known = ctx.data_mut(|d| {
            let cache = d.get_temp_mut_or_default::<Cache>(id);
            cache.breaks.get(&text_key).map(|(a, _)| a.clone())
        });
        let a = known.unwrap_or_else(|| allowed(text));
        ctx.data_mut(|d| {
            let cache = d.get_temp_mut_or_default::<Cache>(id);
            if cache.breaks.len() >= CACHE_SIZE {
                cache
                    .breaks
                    .retain(|_, (_, used)| *used + FORGET_AFTER > pass);
            }
            cache.breaks.insert(text_key, (a.clone(), pass));
        });
        a
    };
    let galley = fit(ctx, job, width, breaks_of).galley;
    ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(id);
        if cache.galleys.len() >= CACHE_SIZE {
            cache.galleys.retain(|_, e| e.used + FORGET_AFTER > pass);
        }
        cache.galleys.insert(
            key,
            Entry {
                galley: galley.clone(),
                used: pass,
            },
        );
    });
    galley
}

/// A paragraph laid out in rows: the galley, and the byte offset in the
/// original text where each of its rows starts.
pub(super) struct Fitted {
    pub(super) galley: Arc<Galley>,
    /// Read by the tests, to map the rows back to the text.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) starts: Vec<usize>,
}

/// Lay `job` out in rows no wider than `width`, breaking only where
/// [`breaks::line_breaks`] allows (or, for a word wider than `width`,
/// between grapheme clusters). Rows are chosen greedily, each candidate
/// row measured by egui laying it out on its own, as it will be drawn:
/// glyphs cannot be mapped back to characters one by one (a cluster's
/// glyphs all name its first character, and shaping reorders them). Should
/// the final layout still come out wider (it should not), the rows are
/// chosen again with that much less room. `breaks_of` gives the breaks of
/// the text, asked for only if it does not fit on one row.
pub(super) fn fit(
    ctx: &egui::Context,
    mut job: LayoutJob,
    width: f32,
    breaks_of: impl FnOnce(&str) -> Allowed,
) -> Fitted {
    job.wrap = egui::text::TextWrapping::no_max_width();
    let line = ctx.fonts_mut(|f| f.layout_job(job.clone()));
    let mut starts = newline_starts(&job.text);
    if line.size().x <= width {
        return Fitted {
            galley: line,
            starts,
        };
    }
    let paragraph_starts = starts.clone();
    let allowed = breaks_of(&job.text);
    let mut budget = width;
    let mut galley = line;
    for _ in 0..3 {
        let cuts = cuts(ctx, &job, &allowed, budget);
        galley = ctx.fonts_mut(|f| f.layout_job(with_newlines(&job, &cuts)));
        starts = paragraph_starts.clone();
        starts.extend(&cuts);
        starts.sort_unstable();
        let widest = galley.rows.iter().map(|r| r.size.x).fold(0.0, f32::max);
        if widest <= width {
            break;
        }
        budget -= widest - width;
    }
    Fitted { galley, starts }
}

/// Offset 0 and the offset after every newline: where a paragraph starts.
fn newline_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// The byte offsets where new rows start, for every paragraph of `job`
/// (with the breaks `allowed` in each), within `budget`.
fn cuts(ctx: &egui::Context, job: &LayoutJob, allowed: &[Vec<usize>], budget: f32) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    for (para, allowed) in job.text.split('\n').zip(allowed) {
        let measure = Measure {
            text: para,
            allowed,
            width: |a: usize, b: usize| {
                let piece = slice(job, start + a..start + b);
                ctx.fonts_mut(|f| f.layout_job(piece)).size().x
            },
        };
        out.extend(measure.cuts(budget).into_iter().map(|c| c + start));
        start += para.len() + 1;
    }
    out
}

/// The part `range` of `job`, with its sections, on one row.
fn slice(job: &LayoutJob, range: std::ops::Range<usize>) -> LayoutJob {
    let mut piece = LayoutJob {
        text: job.text[range.clone()].to_string(),
        sections: Vec::new(),
        ..job.clone()
    };
    for s in &job.sections {
        let (a, b) = (s.byte_range.start.0, s.byte_range.end.0);
        let (a, b) = (a.max(range.start), b.min(range.end));
        if a < b || (a == b && range.is_empty()) {
            let mut s = s.clone();
            s.leading_space = 0.0;
            s.byte_range = ByteIndex(a - range.start)..ByteIndex(b - range.start);
            piece.sections.push(s);
        }
    }
    piece.wrap = egui::text::TextWrapping::no_max_width();
    piece
}

/// Chooses the rows of one paragraph, measuring with `width(a, b)`, the
/// width of `text[a..b]` drawn on a row of its own.
struct Measure<'a, W> {
    text: &'a str,
    /// Where [`breaks::line_breaks`] allows a break in `text`.
    allowed: &'a [usize],
    width: W,
}

impl<W: Fn(usize, usize) -> f32> Measure<'_, W> {
    /// The width of `text[a..b]` as drawn: spaces at its end hang past the
    /// row, as in CSS, and are dropped from the row (see `with_newlines`).
    fn width(&self, a: usize, b: usize) -> f32 {
        let b = a + self.text[a..b].trim_end().len();
        if a >= b { 0.0 } else { (self.width)(a, b) }
    }

    /// Greedy rows: as many pieces between breaks as fit on each row; a
    /// piece wider than a row alone is cut between grapheme clusters.
    fn cuts(&self, budget: f32) -> Vec<usize> {
        let mut cuts = Vec::new();
        let mut start = 0;
        let mut fits: Option<usize> = None;
        let ends = self.allowed.iter().copied().chain([self.text.len()]);
        for end in ends {
            if self.width(start, end) <= budget {
                fits = Some(end);
                continue;
            }
            if let Some(f) = fits.filter(|&f| f > start) {
                cuts.push(f);
                start = f;
            }
            if self.width(start, end) > budget {
                start = self.cut_clusters(start, end, budget, &mut cuts);
            }
            fits = Some(end);
        }
        cuts.retain(|&c| c > 0 && c < self.text.len());
        cuts.dedup();
        cuts
    }

    /// Cut `text[start..end]`, too wide for a row, between grapheme
    /// clusters; a cluster wider than a row gets a row of its own. Returns
    /// where the last, unfinished row starts.
    fn cut_clusters(&self, start: usize, end: usize, budget: f32, cuts: &mut Vec<usize>) -> usize {
        let mut row = start;
        let mut fits: Option<usize> = None;
        let bounds = breaks::grapheme_boundaries(&self.text[start..end])
            .into_iter()
            .map(|b| b + start)
            .chain([end]);
        for b in bounds {
            if self.width(row, b) > budget {
                let cut = fits.filter(|&f| f > row).unwrap_or(b);
                cuts.push(cut);
                row = cut;
            }
            fits = Some(b);
        }
        row
    }
}

/// `job` with a newline at each cut (ascending byte offsets), the spaces
/// before a cut dropped, and its sections moved to match.
fn with_newlines(job: &LayoutJob, cuts: &[usize]) -> LayoutJob {
    let text = &job.text;
    let mut out = String::with_capacity(text.len() + cuts.len());
    // Per cut: the removed spaces' range in `text`, and where the text
    // after the cut starts in `out`.
    let mut moves = Vec::with_capacity(cuts.len());
    let mut prev = 0;
    for &cut in cuts {
        let kept = prev + text[prev..cut].trim_end().len();
        out.push_str(&text[prev..kept]);
        out.push('\n');
        moves.push((kept, cut, out.len()));
        prev = cut;
    }
    out.push_str(&text[prev..]);
    let map = |o: usize| -> usize {
        let i = moves.partition_point(|&(kept, _, _)| kept <= o);
        if i == 0 {
            return o;
        }
        let (_, cut, after) = moves[i - 1];
        if o < cut {
            after - 1 // a dropped space: where the newline is
        } else {
            after + (o - cut)
        }
    };
    let mut new = job.clone();
    new.text = out;
    for s in &mut new.sections {
        let r = &s.byte_range;
        s.byte_range = ByteIndex(map(r.start.0))..ByteIndex(map(r.end.0));
    }
    new.wrap = egui::text::TextWrapping::no_max_width();
    new
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::breaks::{grapheme_boundaries, line_breaks};
    use egui::{Color32, FontId};

    /// `jobs` fitted within `width` in a pass of a context with the game's
    /// fonts (after a first pass, so that they are loaded).
    fn fit_all(jobs: Vec<LayoutJob>, width: f32) -> Vec<Fitted> {
        let ctx = egui::Context::default();
        super::super::theme::install_fonts(&ctx);
        let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
        out.textures_delta.clear();
        let mut jobs = Some(jobs);
        let mut fitted = Vec::new();
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            for job in jobs.take().unwrap_or_default() {
                fitted.push(fit(ui.ctx(), job, width, allowed));
            }
        });
        out.textures_delta.clear();
        fitted
    }

    fn job(text: &str) -> LayoutJob {
        LayoutJob::simple(
            text.to_string(),
            FontId::proportional(16.0),
            Color32::BLACK,
            f32::INFINITY,
        )
    }

    /// Each row of `fitted` as drawn, with the byte offset where it starts
    /// in `text`, checked to be that part of the text.
    fn rows<'t>(text: &'t str, fitted: &Fitted) -> Vec<(usize, &'t str)> {
        assert_eq!(fitted.galley.rows.len(), fitted.starts.len());
        let lines: Vec<&str> = fitted.galley.job.text.split('\n').collect();
        assert_eq!(lines.len(), fitted.starts.len(), "egui broke a row again");
        let mut out = Vec::new();
        for (line, &start) in lines.into_iter().zip(&fitted.starts) {
            assert!(
                text[start..].starts_with(line),
                "row {line:?} is not the text at {start}"
            );
            out.push((start, &text[start..start + line.len()]));
        }
        out
    }

    const PARAGRAPHS: [&str; 3] = [
        "เธอถูกทำร้ายและต้องการความช่วยเหลือจากเจ้าหน้าที่ พยาบาลที่คลินิกอธิบายว่าเธอสามารถปฏิเสธการตรวจร่างกายได้ บ้านพักฉุกเฉินเป็นสถานที่ปลอดภัยสำหรับผู้เสียหาย",
        "ប៉ូលិសបានសួរនាងថាតើនរណាបាននាំនាងមកទីនេះ។ គិលានុបដ្ឋាយិកានៅគ្លីនិកបានពន្យល់ថានាងអាចបដិសេធការពិនិត្យរាងកាយបាន។ ជនរងគ្រោះអាចភ័យខ្លាចថានឹងត្រូវបញ្ជូនត្រឡប់ទៅប្រទេសវិញ។",
        "ရဲအရာရှိက သူမကို ဒီနေရာကို ဘယ်သူခေါ်လာသလဲလို့ မေးခဲ့သည်။ ဆေးခန်းမှ သူနာပြုက သူမသည် ကိုယ်ခန္ဓာစစ်ဆေးမှုကို ငြင်းဆိုနိုင်ကြောင်း ရှင်းပြခဲ့သည်။",
    ];

    /// The test: laid out at a narrow width by egui's real text
    /// layout with the game's fonts, every row fits and starts where the
    /// segmenter allows a break.
    #[test]
    fn thai_khmer_and_burmese_paragraphs_fit_and_break_where_allowed() {
        let width = 180.0;
        let all = fit_all(PARAGRAPHS.iter().map(|t| job(t)).collect(), width);
        for (text, fitted) in PARAGRAPHS.into_iter().zip(all) {
            let allowed = line_breaks(text);
            let rows = rows(text, &fitted);
            assert!(rows.len() >= 4, "{text:?} in {} rows", rows.len());
            for ((start, shown), row) in rows.iter().zip(&fitted.galley.rows) {
                assert!(
                    row.size.x <= width,
                    "{shown:?} is {} px wide, more than {width}",
                    row.size.x
                );
                assert!(
                    *start == 0 || allowed.contains(start),
                    "a row starts inside a word: {shown:?}"
                );
            }
            // Nothing is lost but the spaces at the end of a row.
            let joined: String = rows.iter().map(|(_, r)| *r).collect::<Vec<_>>().join(" ");
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn a_word_wider_than_the_row_is_cut_between_clusters() {
        let text = "เจ้าหน้าที่สังคมสงเคราะห์";
        let fitted = &fit_all(vec![job(text)], 40.0)[0];
        let clusters = grapheme_boundaries(text);
        let rows = rows(text, fitted);
        assert!(rows.len() > 2);
        for (start, shown) in rows {
            assert!(start == 0 || clusters.contains(&start), "{shown:?}");
        }
    }

    #[test]
    fn text_that_fits_is_one_row_and_sections_follow_the_newlines() {
        let fitted = &fit_all(vec![job("ทำร้าย")], 180.0)[0];
        assert_eq!(fitted.galley.rows.len(), 1);

        let mut two = LayoutJob::default();
        let format = egui::TextFormat::simple(FontId::proportional(16.0), Color32::BLACK);
        two.append("เธอถูกทำร้าย ", 0.0, format.clone());
        let red = egui::TextFormat::simple(FontId::proportional(16.0), Color32::RED);
        two.append("และต้องการความช่วยเหลือ", 0.0, red);
        let cut = "เธอถูกทำร้าย ".len();
        let moved = with_newlines(&two, &[cut]);
        assert_eq!(moved.text, "เธอถูกทำร้าย\nและต้องการความช่วยเหลือ");
        let ranges: Vec<_> = moved
            .sections
            .iter()
            .map(|s| s.byte_range.clone())
            .collect();
        // The space dropped, the newline ends the first section.
        let next = cut;
        assert_eq!(ranges[0], ByteIndex(0)..ByteIndex(next));
        assert_eq!(ranges[1], ByteIndex(next)..ByteIndex(moved.text.len()));
    }

    #[test]
    fn a_still_screen_reuses_its_layout() {
        let ctx = egui::Context::default();
        super::super::theme::install_fonts(&ctx);
        let mut galleys = Vec::new();
        for width in [180.0, 180.0, 150.0] {
            let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                galleys.push(wrapped(ui.ctx(), job(PARAGRAPHS[0]), width));
            });
            out.textures_delta.clear();
        }
        assert!(Arc::ptr_eq(&galleys[0], &galleys[1]), "laid out again");
        assert!(!Arc::ptr_eq(&galleys[1], &galleys[2]));
        assert!(galleys[2].rows.len() > galleys[1].rows.len());
    }
}
