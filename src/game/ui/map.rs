//! The map screen: a scenario file's nodes as boxes left to right by depth
//! and its choices as arrows (laid out by `scenario::map`, once per version
//! of the file), in a painter area that pans (drag) and zooms (scroll, or
//! the buttons). Only the boxes and arrows in view are drawn. Clicking a
//! box shows its text, its choices with their conditions, effects and
//! harms, and its line in the file, with "play from here".
//!
//! Colour is never the only cue: harms are ✖ and ✔ on the arrows, random
//! branches are dashed, arrows no run takes are dotted, unreachable boxes
//! say so, and the best and worst paths carry ★ and ⬇.

use super::theme::{bold, notice};
use super::{Page, UiPass, map_detail, wrap};
use crate::game::actions::Action;
use crate::game::state::{LiveLibrary, MapShown, Play, Screen};
use crate::game::words;
use crate::i18n::Ui;
use crate::scenario::Scenario;
use crate::scenario::map::{BOX_H, BOX_W, MapEdge, MapKind, ScenarioMap, bezier, svg::clip};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};
use egui::{Color32, Pos2, Rect, Stroke, Vec2, pos2, vec2};

/// The view of the map: where it is moved to, how far zoomed, which box is
/// open, whether the paths are shown. Reset on entering the screen.
#[derive(Resource)]
pub(crate) struct MapView {
    /// Where the map's origin is, from the canvas's top left corner.
    pan: Vec2,
    zoom: f32,
    /// The box whose node the side panel shows.
    pub(crate) selected: Option<usize>,
    /// Highlight the best and the worst path.
    pub(crate) paths: bool,
    /// The view was fitted to the map of this size (a new map fits again).
    fitted: Option<(f32, f32)>,
    /// The least zoom a fit may pick: readable text when the map opens,
    /// the whole map when "Fit" is pressed.
    fit_min: f32,
    /// Move the view to this box on the next frame.
    pub(crate) center_on: Option<usize>,
}

impl Default for MapView {
    fn default() -> Self {
        MapView {
            pan: vec2(0.0, 0.0),
            zoom: 1.0,
            selected: None,
            paths: false,
            fitted: None,
            fit_min: OPEN_ZOOM,
            center_on: None,
        }
    }
}

const MIN_ZOOM: f32 = 0.05;
/// The least zoom the map opens at, where the boxes' text still reads.
const OPEN_ZOOM: f32 = 0.6;
/// Below this zoom the boxes show no text.
const TEXT_ZOOM: f32 = 0.35;
const MAX_ZOOM: f32 = 3.0;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MapView>()
        .add_systems(OnEnter(Screen::Map), reset)
        .add_systems(
            EguiPrimaryContextPass,
            draw.run_if(in_state(Screen::Map)).in_set(UiPass::Screen),
        );
}

fn reset(mut view: ResMut<MapView>) {
    *view = MapView::default();
}

fn draw(
    mut page: Page,
    shown: Res<MapShown>,
    live: Res<LiveLibrary>,
    play: Res<Play>,
    mut view: ResMut<MapView>,
) -> Result {
    page.show_wide(Screen::Map, |ui, t, out| {
        map_screen(ui, t, &shown, &live, &play, &mut view, out)
    })
}

/// The texts to show: the scenario as the library shows it (in the
/// interface's language) when it is this file with the same nodes, else
/// the file as written.
fn texts<'a>(map: &'a ScenarioMap, live: &'a LiveLibrary) -> &'a Scenario {
    live.library
        .scenarios
        .iter()
        .find(|c| c.compiled.file == map.compiled.file)
        .filter(|c| c.compiled.node_ids == map.compiled.node_ids)
        .map_or(&map.compiled.scenario, |c| c.scenario())
}

fn map_screen(
    ui: &mut egui::Ui,
    t: &Ui,
    shown: &MapShown,
    live: &LiveLibrary,
    play: &Play,
    view: &mut MapView,
    out: &mut Vec<Action>,
) {
    let Some(map) = shown.map.as_deref() else {
        ui.heading(tr!(t, "map-heading"));
        match &shown.message {
            Some(m) => notice(ui, &m.show(t)),
            None => {
                wrap::label(ui, tr!(t, "map-none"));
            }
        }
        map_detail::errors(ui, t, shown);
        if ui.button(tr!(t, "map-back")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
        return;
    };
    if view.selected.is_some_and(|i| i >= map.nodes.len()) {
        view.selected = None;
    }
    let sc = texts(map, live);
    toolbar(ui, t, map, sc, view, out);
    if let Some(e) = &play.error {
        notice(ui, &e.show(t));
    }
    map_detail::errors(ui, t, shown);
    if view.selected.is_some() {
        egui::Panel::right("map-detail")
            .resizable(true)
            .default_size(380.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        map_detail::node(ui, t, map, sc, shown, view.selected, out)
                    });
            });
    }
    canvas(ui, t, map, sc, view);
}

fn toolbar(
    ui: &mut egui::Ui,
    t: &Ui,
    map: &ScenarioMap,
    sc: &Scenario,
    view: &mut MapView,
    out: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(bold(tr!(t, "map-title", title = sc.title.as_str())).size(19.0));
        ui.separator();
        if ui.button(tr!(t, "map-zoom-out")).clicked() {
            view.zoom = (view.zoom / 1.25).max(MIN_ZOOM);
        }
        if ui.button(tr!(t, "map-zoom-in")).clicked() {
            view.zoom = (view.zoom * 1.25).min(MAX_ZOOM);
        }
        if ui.button(tr!(t, "map-fit")).clicked() {
            view.fitted = None;
            view.fit_min = MIN_ZOOM;
        }
        ui.checkbox(&mut view.paths, tr!(t, "map-paths"));
        if ui.button(tr!(t, "map-back")).clicked() {
            out.push(Action::Go(Screen::Browser));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(tr!(t, "map-legend")).small());
        if view.paths {
            if let Some(b) = map.best {
                ui.label(egui::RichText::new(tr!(t, "map-best", points = b.points)).small());
            }
            if let Some(w) = map.worst {
                ui.label(egui::RichText::new(tr!(t, "map-worst", points = w.points)).small());
            }
        }
    });
    if map.estimated {
        wrap::label(ui, egui::RichText::new(tr!(t, "map-estimated")).small());
    }
    // Scenes no run reaches sit in the last column, often out of view: a
    // button to each.
    let stranded: Vec<usize> = (0..map.nodes.len())
        .filter(|i| !map.nodes[*i].reachable)
        .collect();
    if !stranded.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!(t, "map-unreachable-nodes"));
            for &i in stranded.iter().take(12) {
                if ui.small_button(&map.nodes[i].id).clicked() {
                    view.selected = Some(i);
                    view.center_on = Some(i);
                }
            }
            if stranded.len() > 12 {
                ui.label("…");
            }
        });
    }
}

/// The painter area: pan, zoom, click, and the boxes and arrows in view.
fn canvas(ui: &mut egui::Ui, t: &Ui, map: &ScenarioMap, sc: &Scenario, view: &mut MapView) {
    let size = ui.available_size().max(vec2(100.0, 100.0));
    let (response, painter) = ui.allocate_painter(size, egui::Sense::click_and_drag());
    let area = response.rect;
    if view.fitted != Some((map.width, map.height)) {
        view.fitted = Some((map.width, map.height));
        // The whole map if it reads at that size (never above zoom 1).
        let whole = (area.width() / map.width).min(area.height() / map.height);
        view.zoom = whole.clamp(view.fit_min, 1.0);
        view.pan = vec2(0.0, 0.0);
    }
    if let Some(i) = view.center_on.take()
        && let Some(n) = map.nodes.get(i)
    {
        let middle = vec2(n.x + BOX_W / 2.0, n.y + BOX_H / 2.0) * view.zoom;
        view.pan = area.size() / 2.0 - middle;
    }
    if response.dragged() {
        view.pan += response.drag_delta();
    }
    if response.hovered() {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let factor = pinch * (scroll.y * 0.002).exp();
        if factor != 1.0 {
            let at = response.hover_pos().unwrap_or(area.center()) - area.min;
            let zoom = (view.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
            // Keep the point under the pointer where it is.
            view.pan = at - (at - view.pan) * (zoom / view.zoom);
            view.zoom = zoom;
        }
    }
    let z = view.zoom;
    let origin = area.min + view.pan;
    let to_screen = |(x, y): (f32, f32)| pos2(origin.x + x * z, origin.y + y * z);
    if response.clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        let m = (p - origin) / z;
        view.selected = map.node_at(m.x, m.y);
    }
    let painter = painter.with_clip_rect(area);
    painter.rect_filled(area, 0.0, Color32::from_rgb(250, 250, 247));
    // The part of the map in view, in the map's units.
    let (x0, y0) = ((area.min.x - origin.x) / z, (area.min.y - origin.y) / z);
    let (x1, y1) = ((area.max.x - origin.x) / z, (area.max.y - origin.y) / z);
    for e in &map.edges {
        let c = map.edge_curve(e);
        let (lo_x, hi_x) = c
            .iter()
            .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (lo_y, hi_y) = c
            .iter()
            .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        if hi_x < x0 || lo_x > x1 || hi_y < y0 || lo_y > y1 {
            continue;
        }
        let points: Vec<Pos2> = (0..=24)
            .map(|k| to_screen(bezier(&c, k as f32 / 24.0)))
            .collect();
        edge(&painter, e, &points, view.paths, z);
    }
    for i in map.nodes_in(x0, y0, x1, y1) {
        let n = &map.nodes[i];
        let rect = Rect::from_min_size(to_screen((n.x, n.y)), vec2(BOX_W, BOX_H) * z);
        node_box(&painter, t, map, sc, i, rect, view);
    }
}

/// An arrow's colour: red caused, green avoided, amber both, grey neither,
/// light grey never taken (the same as the SVG's).
fn edge_colour(e: &MapEdge) -> Color32 {
    let hex = crate::scenario::map::svg::edge_colour(e);
    let v = u32::from_str_radix(&hex[1..], 16).unwrap_or(0x6b6b6b);
    Color32::from_rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

fn edge(painter: &egui::Painter, e: &MapEdge, points: &[Pos2], paths: bool, z: f32) {
    let colour = edge_colour(e);
    if paths {
        // A wide band under the arrow: purple for the worst path, blue for
        // the best (narrower, on top, where they share an arrow).
        let w = z.max(0.4);
        if e.worst {
            let halo = Color32::from_rgba_unmultiplied(155, 89, 182, 170);
            painter.add(egui::Shape::line(
                points.to_vec(),
                Stroke::new(12.0 * w, halo),
            ));
        }
        if e.best {
            let halo = Color32::from_rgba_unmultiplied(52, 152, 219, 190);
            painter.add(egui::Shape::line(
                points.to_vec(),
                Stroke::new(6.0 * w, halo),
            ));
        }
    }
    let width = if e.causes.is_empty() && e.avoids.is_empty() {
        1.2
    } else {
        2.0
    };
    let stroke = Stroke::new(width, colour);
    if !e.open {
        painter.extend(egui::Shape::dotted_line(points, colour, 5.0, 1.0));
    } else if e.is_random() {
        painter.extend(egui::Shape::dashed_line(points, stroke, 8.0, 5.0));
    } else {
        painter.add(egui::Shape::line(points.to_vec(), stroke));
    }
    // The arrowhead.
    if let [.., a, b] = points {
        let dir = (*b - *a).normalized() * 9.0;
        let side = vec2(-dir.y, dir.x) * 0.5;
        painter.add(egui::Shape::convex_polygon(
            vec![*b, *b - dir + side, *b - dir - side],
            colour,
            Stroke::NONE,
        ));
    }
    if z >= 0.55 {
        let mut label = e.label();
        if paths && e.best {
            label.push_str(" ★");
        }
        if paths && e.worst {
            label.push_str(" ⬇");
        }
        if !label.is_empty()
            && let Some(p) = points.get(2)
        {
            painter.text(
                *p + vec2(4.0, -2.0),
                egui::Align2::LEFT_BOTTOM,
                label,
                egui::FontId::proportional(10.0 * z.min(1.4)),
                colour,
            );
        }
    }
}

/// A box's fill and border.
fn node_colours(kind: MapKind) -> (Color32, Color32) {
    let (fill, stroke, _) = crate::scenario::map::svg::node_style(kind);
    let rgb = |hex: &str| {
        let v = u32::from_str_radix(&hex[1..], 16).unwrap_or(0);
        Color32::from_rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
    };
    (rgb(fill), rgb(stroke))
}

/// What a box says under its name: its kind, and the marks.
pub(super) fn kind_word(t: &Ui, kind: MapKind) -> String {
    match kind {
        MapKind::Decision => tr!(t, "map-kind-decision"),
        MapKind::Passage => tr!(t, "map-kind-passage"),
        MapKind::Random => tr!(t, "map-kind-random"),
        MapKind::Ending(tone) => tr!(t, "map-kind-ending", tone = words::tone(t, tone)),
    }
}

fn node_box(
    painter: &egui::Painter,
    t: &Ui,
    map: &ScenarioMap,
    sc: &Scenario,
    i: usize,
    rect: Rect,
    view: &MapView,
) {
    let z = view.zoom;
    let n = &map.nodes[i];
    let (fill, border) = node_colours(n.kind);
    let radius = 6.0 * z;
    painter.rect_filled(rect, radius, fill);
    let selected = view.selected == Some(i);
    let stroke = if selected {
        Stroke::new(3.0, Color32::from_rgb(20, 90, 200))
    } else if !n.reachable {
        Stroke::new(2.0, Color32::from_rgb(192, 57, 43))
    } else {
        Stroke::new(1.5, border)
    };
    if n.reachable || selected {
        painter.rect_stroke(rect, radius, stroke, egui::StrokeKind::Inside);
    } else {
        // Unreachable: a dashed border, and the word below.
        let c = [
            rect.left_top(),
            rect.right_top(),
            rect.right_bottom(),
            rect.left_bottom(),
            rect.left_top(),
        ];
        painter.extend(egui::Shape::dashed_line(&c, stroke, 6.0, 4.0));
    }
    if z < TEXT_ZOOM {
        return;
    }
    let inside = painter.with_clip_rect(rect.shrink(2.0).intersect(painter.clip_rect()));
    let mut under = kind_word(t, n.kind);
    if !n.reachable {
        under = format!("⚠ {} · {under}", tr!(t, "map-unreachable-short"));
    }
    if i == map.start {
        under = format!("▶ {under}");
    }
    if view.paths && n.best {
        under.push_str(" ★");
    }
    if view.paths && n.worst {
        under.push_str(" ⬇");
    }
    let Some(node) = sc.nodes.get(&n.id) else {
        return;
    };
    let text = match &node.ending {
        Some(e) => e.title.as_str(),
        None => node.text.as_str(),
    };
    let pad = 8.0 * z;
    let dark = Color32::from_rgb(30, 30, 30);
    let rows = [
        (n.id.as_str().to_string(), 13.0, dark, true),
        (under, 10.5, Color32::from_rgb(60, 60, 60), false),
        (clip(text, 40), 10.5, Color32::from_rgb(90, 90, 90), false),
    ];
    for (k, (s, size, colour, strong)) in rows.into_iter().enumerate() {
        let font = if strong {
            egui::FontId::new(size * z, egui::FontFamily::Name("bold".into()))
        } else {
            egui::FontId::proportional(size * z)
        };
        inside.text(
            rect.min + vec2(pad, pad + k as f32 * 15.0 * z),
            egui::Align2::LEFT_TOP,
            s,
            font,
            colour,
        );
    }
}
