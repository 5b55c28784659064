//! Colours, fonts and the widgets screens share. Nothing depends on colour
//! alone: every coloured mark also carries a word or a symbol.

use super::wrap;
use crate::save::progress::Settings;
use crate::sim::engine::HarmKind;
use bevy_egui::egui::{self, Color32, RichText};
use std::sync::Arc;

const FONTS: [(&str, &[u8]); 5] = [
    (
        "noto-sans",
        include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "noto-thai",
        include_bytes!("../../../assets/fonts/NotoSansThai-Regular.ttf"),
    ),
    (
        "noto-lao",
        include_bytes!("../../../assets/fonts/NotoSansLao-Regular.ttf"),
    ),
    (
        "noto-khmer",
        include_bytes!("../../../assets/fonts/NotoSansKhmer-Regular.ttf"),
    ),
    (
        "noto-myanmar",
        include_bytes!("../../../assets/fonts/NotoSansMyanmar-Regular.ttf"),
    ),
];
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");

/// Noto Sans (Latin and Vietnamese) first, then the Thai, Lao, Khmer and
/// Myanmar scripts that egui's own fonts lack.
pub(super) fn install_fonts(ctx: &egui::Context) {
    let mut defs = egui::FontDefinitions::default();
    let mut names = Vec::new();
    for (name, bytes) in FONTS {
        defs.font_data
            .insert(name.into(), Arc::new(egui::FontData::from_static(bytes)));
        names.push(name.to_string());
    }
    defs.font_data.insert(
        "noto-bold".into(),
        Arc::new(egui::FontData::from_static(BOLD)),
    );
    let prop = defs
        .families
        .entry(egui::FontFamily::Proportional)
        .or_default();
    for (i, n) in names.iter().enumerate() {
        prop.insert(i, n.clone());
    }
    let mono = defs
        .families
        .entry(egui::FontFamily::Monospace)
        .or_default();
    for n in names.iter().skip(1) {
        mono.push(n.clone());
    }
    let mut bold = vec!["noto-bold".to_string()];
    bold.extend(names.iter().cloned());
    defs.families
        .insert(egui::FontFamily::Name("bold".into()), bold);
    ctx.set_fonts(defs);
}

/// The mark on a scenario or the guide whose translation is a draft, not
/// yet reviewed by a native speaker: a word, with why on hover.
pub(super) fn draft_mark(ui: &mut egui::Ui, t: &crate::i18n::Ui) {
    ui.label(RichText::new(crate::tr!(t, "mark-draft")).small().italics())
        .on_hover_text(crate::tr!(t, "mark-draft-hover"));
}

/// The discreet mark before a text shown in English for want of a
/// translation.
pub(super) fn english_mark(ui: &mut egui::Ui, t: &crate::i18n::Ui) {
    ui.label(RichText::new(crate::tr!(t, "mark-english")).small().weak())
        .on_hover_text(crate::tr!(t, "mark-english-hover"));
}

/// Apply text size and contrast.
pub(super) fn apply(ctx: &egui::Context, settings: &Settings) {
    let zoom = settings.text_scale.clamp(0.8, 2.0);
    if (ctx.zoom_factor() - zoom).abs() > 0.001 {
        ctx.set_zoom_factor(zoom);
    }
    let mut style = (*ctx.global_style()).clone();
    let mut visuals = if settings.high_contrast {
        let mut v = egui::Visuals::dark();
        v.override_text_color = Some(Color32::WHITE);
        v.panel_fill = Color32::BLACK;
        v.window_fill = Color32::BLACK;
        v.extreme_bg_color = Color32::BLACK;
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
        v.widgets.inactive.weak_bg_fill = Color32::from_gray(20);
        v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, Color32::YELLOW);
        v.selection.bg_fill = Color32::from_rgb(0, 70, 160);
        v
    } else {
        let mut v = egui::Visuals::light();
        v.panel_fill = Color32::from_rgb(246, 245, 240);
        v.override_text_color = Some(Color32::from_gray(25));
        v.widgets.inactive.weak_bg_fill = Color32::from_rgb(228, 232, 238);
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(170));
        v
    };
    visuals.widgets.noninteractive.corner_radius = egui::CornerRadius::same(6);
    visuals.widgets.inactive.corner_radius = egui::CornerRadius::same(6);
    visuals.widgets.hovered.corner_radius = egui::CornerRadius::same(6);
    visuals.widgets.active.corner_radius = egui::CornerRadius::same(6);
    style.visuals = visuals;
    style.spacing.item_spacing = egui::vec2(8.0, 8.0);
    style.spacing.button_padding = egui::vec2(10.0, 6.0);
    use egui::{FontFamily, FontId, TextStyle};
    style.text_styles = [
        (
            TextStyle::Heading,
            FontId::new(24.0, FontFamily::Name("bold".into())),
        ),
        (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
        (
            TextStyle::Button,
            FontId::new(16.0, FontFamily::Proportional),
        ),
        (
            TextStyle::Small,
            FontId::new(13.0, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(14.0, FontFamily::Monospace),
        ),
    ]
    .into();
    if *ctx.global_style() != style {
        ctx.set_global_style(style);
    }
}

fn high_contrast(ui: &egui::Ui) -> bool {
    ui.visuals().dark_mode
}

/// A readable column in the middle of the window.
pub(super) fn column(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width().min(860.0);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.add_space(8.0);
            add(ui);
            ui.add_space(24.0);
        });
    });
}

pub(super) fn bold(text: impl Into<String>) -> RichText {
    RichText::new(text).family(egui::FontFamily::Name("bold".into()))
}

pub(super) fn subheading(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add_space(6.0);
    ui.label(bold(text).size(19.0));
}

/// A framed card.
pub(super) fn card<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let fill = if high_contrast(ui) {
        Color32::from_gray(10)
    } else {
        Color32::WHITE
    };
    egui::Frame::group(ui.style())
        .fill(fill)
        .inner_margin(egui::Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// The colour and the symbol for a harm caused or avoided (its word is
/// [`words::harm_label`](crate::game::words::harm_label)).
pub(super) fn harm_mark(ui: &egui::Ui, kind: HarmKind) -> (Color32, &'static str) {
    let hc = high_contrast(ui);
    match kind {
        HarmKind::Caused => (
            if hc {
                Color32::from_rgb(255, 140, 120)
            } else {
                Color32::from_rgb(170, 40, 30)
            },
            "✖",
        ),
        HarmKind::Avoided => (
            if hc {
                Color32::from_rgb(120, 220, 255)
            } else {
                Color32::from_rgb(20, 100, 60)
            },
            "✔",
        ),
    }
}

/// Paint a bar of `size` filled to `fraction` (0..=1) in `fg`.
pub(super) fn fill_bar(ui: &mut egui::Ui, size: egui::Vec2, fraction: f32, fg: Color32) {
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let bg = if high_contrast(ui) {
        Color32::from_gray(60)
    } else {
        Color32::from_gray(215)
    };
    let radius = (size.y / 4.0).min(3.0);
    ui.painter().rect_filled(rect, radius, bg);
    let mut filled = rect;
    filled.set_width(rect.width() * fraction.clamp(0.0, 1.0));
    ui.painter().rect_filled(filled, radius, fg);
}

/// A horizontal bar for a 0..=100 value with its label and number.
pub(super) fn bar(ui: &mut egui::Ui, label: &str, value: i32, width: f32) {
    ui.horizontal(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(340.0, 20.0),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(340.0);
                ui.add(egui::Label::new(label).truncate());
            },
        );
        let fg = if high_contrast(ui) {
            Color32::from_rgb(120, 220, 255)
        } else {
            Color32::from_rgb(40, 90, 150)
        };
        fill_bar(ui, egui::vec2(width, 14.0), value as f32 / 100.0, fg);
        ui.label(bold(format!("{value}")));
    });
}

/// A small labelled meter (trust, safety, wellbeing) for the play screen;
/// `label` holds the value as the language writes it ("Trust 50").
pub(super) fn meter(ui: &mut egui::Ui, label: &str, value: i32) {
    ui.vertical(|ui| {
        ui.label(RichText::new(label).small());
        let fg = if high_contrast(ui) {
            Color32::WHITE
        } else {
            Color32::from_gray(110)
        };
        fill_bar(ui, egui::vec2(110.0, 6.0), value as f32 / 100.0, fg);
    });
}

/// A wide button that fills the column, left-aligned text.
pub(super) fn wide_button(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let text = wrap::button_text(ui, text, ui.available_width());
    let button = egui::Button::new(text)
        .wrap()
        .min_size(egui::vec2(ui.available_width(), 40.0));
    ui.add(button)
}

pub(super) fn notice(ui: &mut egui::Ui, text: &str) {
    let hc = high_contrast(ui);
    egui::Frame::new()
        .fill(if hc {
            Color32::from_rgb(60, 50, 0)
        } else {
            Color32::from_rgb(255, 243, 205)
        })
        .inner_margin(egui::Margin::same(10))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            wrap::label(ui, format!("⚠ {text}"));
        });
}
