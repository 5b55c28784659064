//! The screens, drawn with egui. Each screen is its own module with a
//! `plugin`: a state resource of its own (reset on entering the screen) and
//! a system that draws it only while the game is on that screen, reading
//! the game's state and sending [`Action`]s. The page around every screen
//! (the top bar, the scrolling column, or the whole window for the map)
//! and the overlay of scenario file problems (each file with a way to its
//! map) live here; shared widgets and colours in `theme`.

mod browser;
mod dashboard;
mod debrief;
mod guide;
mod home;
mod journey;
mod language;
mod map;
mod map_detail;
mod notes;
mod play;
mod settings;
mod theme;
mod welcome;
mod wrap;

pub(crate) use map::MapView;

use super::actions::Action;
use super::state::{Interface, LanguageChanged, LiveLibrary, SavedProgress, Screen};
use super::words;
use crate::i18n::Ui;
use crate::tr;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use std::time::Instant;

/// When the program started, to report the time to an interactive home screen.
#[derive(Resource)]
pub(crate) struct StartTime(pub(crate) Instant);

/// The steps of every egui pass: fonts and theme, then the screen, then
/// what is drawn over any screen.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
enum UiPass {
    Begin,
    /// The one screen the game is on; `in_state` picks it.
    Screen,
    Overlay,
}

/// Whether the fonts are installed, and whether this pass draws with them.
#[derive(Resource, Default)]
struct Fonts {
    installed: bool,
    /// The fonts were installed before this pass began.
    ready: bool,
}

/// bevy_egui 0.42 feeds egui a `ModifiersChanged` event on every frame,
/// which makes egui ask for an immediate repaint, so the window redraws
/// continuously (about 150% CPU on llvmpipe). This drops the event when the
/// modifiers did not change, so a still window really idles.
pub fn quiet_idle_input(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(bevy_egui::EguiPreUpdateSet::ProcessInput)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    );
}

fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut bevy_egui::EguiInput)>,
    mut last: Local<bevy::platform::collections::HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        let previous = last.get(&entity).copied();
        let mut latest = previous;
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let changed = latest != Some(*m);
                latest = Some(*m);
                changed
            }
            _ => true,
        });
        if let Some(m) = latest {
            last.insert(entity, m);
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    quiet_idle_input(app);
    app.add_plugins(EguiPlugin::default())
        .init_resource::<Fonts>()
        .add_systems(Startup, camera)
        .add_systems(
            PreUpdate,
            install_fonts
                .after(bevy_egui::EguiPreUpdateSet::InitContexts)
                .before(bevy_egui::EguiPreUpdateSet::BeginPass),
        )
        .configure_sets(
            EguiPrimaryContextPass,
            (
                UiPass::Begin,
                UiPass::Screen.run_if(fonts_ready),
                UiPass::Overlay.run_if(fonts_ready),
            )
                .chain(),
        )
        .add_systems(EguiPrimaryContextPass, begin_pass.in_set(UiPass::Begin))
        .add_systems(
            EguiPrimaryContextPass,
            (problems_overlay, report_start).in_set(UiPass::Overlay),
        )
        .add_systems(Update, window_title)
        .add_plugins((
            welcome::plugin,
            home::plugin,
            browser::plugin,
            notes::plugin,
            play::plugin,
            debrief::plugin,
            guide::plugin,
            settings::plugin,
            dashboard::plugin,
            journey::plugin,
            map::plugin,
        ));
}

/// Fonts set before a context's first pass are used in that pass, so the
/// home screen is drawn in the very first frame.
fn install_fonts(mut contexts: Query<&mut bevy_egui::EguiContext>, mut fonts: ResMut<Fonts>) {
    if fonts.installed {
        return;
    }
    for mut ctx in &mut contexts {
        theme::install_fonts(ctx.get_mut());
        fonts.installed = true;
    }
}

fn camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

/// Apply the trainee's text size and contrast. A context that appeared
/// after this frame's font step gets its fonts now; they take effect from
/// the next pass, so this pass draws nothing.
fn begin_pass(
    mut contexts: EguiContexts,
    mut fonts: ResMut<Fonts>,
    saved: Res<SavedProgress>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    fonts.ready = fonts.installed;
    if !fonts.installed {
        theme::install_fonts(ctx);
        fonts.installed = true;
        ctx.request_repaint();
        return Ok(());
    }
    theme::apply(ctx, &saved.progress.settings);
    Ok(())
}

fn fonts_ready(fonts: Res<Fonts>) -> bool {
    fonts.ready
}

/// A Ui over the whole window for egui 0.36's panels, which are shown
/// inside a Ui rather than a context.
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// The window's title in the interface's language, at start and after a
/// language change.
fn window_title(
    interface: Res<Interface>,
    mut changed: MessageReader<LanguageChanged>,
    mut windows: Query<&mut Window>,
    mut done: Local<bool>,
) {
    if changed.read().count() == 0 && *done {
        return;
    }
    *done = true;
    for mut w in &mut windows {
        w.title = tr!(interface.ui, "window-title");
    }
}

/// What every screen's system needs to draw its page: the egui context,
/// the trainee (for the top bar), the interface's strings, and a way to
/// send actions.
#[derive(SystemParam)]
struct Page<'w, 's> {
    contexts: EguiContexts<'w, 's>,
    saved: Res<'w, SavedProgress>,
    interface: Res<'w, Interface>,
    actions: MessageWriter<'w, Action>,
}

impl Page<'_, '_> {
    /// Draw a screen's page: the top bar (not on the welcome and play
    /// screens), then the screen in a scrolling column in the middle of the
    /// window. The screen gets the interface's strings (read afresh every
    /// frame, so a language change shows at once). The actions the screen
    /// pushes are sent.
    fn show(
        &mut self,
        screen: Screen,
        add: impl FnOnce(&mut egui::Ui, &Ui, &mut Vec<Action>),
    ) -> Result {
        self.draw(screen, false, add)
    }

    /// Draw a screen that uses the whole window below the top bar (the
    /// map), with no scrolling column around it.
    fn show_wide(
        &mut self,
        screen: Screen,
        add: impl FnOnce(&mut egui::Ui, &Ui, &mut Vec<Action>),
    ) -> Result {
        self.draw(screen, true, add)
    }

    fn draw(
        &mut self,
        screen: Screen,
        wide: bool,
        add: impl FnOnce(&mut egui::Ui, &Ui, &mut Vec<Action>),
    ) -> Result {
        let t = self.interface.ui.clone();
        let ctx = self.contexts.ctx_mut()?;
        let mut out = Vec::new();
        let mut root = root_ui(ctx);
        if wide || (screen != Screen::Welcome && screen != Screen::Play) {
            top_bar(&mut root, &t, screen, &self.saved, &mut out);
        }
        egui::CentralPanel::default().show(&mut root, |ui| {
            if wide {
                add(ui, &t, &mut out);
            } else {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| theme::column(ui, |ui| add(ui, &t, &mut out)));
            }
        });
        self.actions.write_batch(out);
        Ok(())
    }
}

fn top_bar(
    root: &mut egui::Ui,
    t: &Ui,
    current: Screen,
    saved: &SavedProgress,
    out: &mut Vec<Action>,
) {
    egui::Panel::top("top").show(root, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.heading(egui::RichText::new(tr!(t, "app-name")).strong());
            ui.separator();
            for (label, screen) in [
                (tr!(t, "nav-home"), Screen::Home),
                (tr!(t, "nav-scenarios"), Screen::Browser),
                (tr!(t, "nav-guide"), Screen::Guide),
                (tr!(t, "nav-settings"), Screen::Settings),
                (tr!(t, "nav-facilitator"), Screen::Dashboard),
            ] {
                if ui.selectable_label(current == screen, label).clicked() {
                    out.push(Action::Go(screen));
                }
            }
            if let Some(trainee) = &saved.progress.trainee {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    wrap::label(
                        ui,
                        tr!(
                            t,
                            "nav-trainee",
                            name = trainee.name.as_str(),
                            role = words::role(t, trainee.role)
                        ),
                    );
                });
            }
        });
        ui.add_space(4.0);
    });
}

/// The checker's errors for scenario files that failed to (re)load, over
/// any screen.
fn problems_overlay(
    mut contexts: EguiContexts,
    live: Res<LiveLibrary>,
    interface: Res<Interface>,
    mut actions: MessageWriter<Action>,
) -> Result {
    if live.problems.is_empty() {
        return Ok(());
    }
    let t = &interface.ui;
    let ctx = contexts.ctx_mut()?;
    egui::Window::new(tr!(t, "problems-title"))
        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -12.0])
        .resizable(true)
        .default_width(520.0)
        .show(ctx, |ui| {
            wrap::label(ui, tr!(t, "problems-intro"));
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    let mut last_file = None;
                    for d in &live.problems {
                        // Each scenario file's problems begin with a way to
                        // its map.
                        let scenario = d.file.extension().is_some_and(|e| e == "ron");
                        if scenario && last_file != Some(&d.file) {
                            last_file = Some(&d.file);
                            if ui
                                .button(tr!(t, "problems-map", file = file_name(&d.file)))
                                .clicked()
                            {
                                actions.write(Action::OpenMap {
                                    file: d.file.clone(),
                                });
                            }
                        }
                        ui.label(
                            egui::RichText::new(format!(
                                "{}:{}:{}",
                                d.file.display(),
                                d.line,
                                d.column
                            ))
                            .monospace()
                            .strong(),
                        );
                        wrap::label(ui, tr!(t, "problems-error", message = d.message.as_str()));
                        if !d.help.is_empty() {
                            ui.label(
                                egui::RichText::new(tr!(t, "problems-fix", help = d.help.as_str()))
                                    .italics(),
                            );
                        }
                        ui.add_space(6.0);
                    }
                });
        });
    Ok(())
}

/// A file's name without its folder, for a button.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Log, once, how long the program took to draw its first screen.
fn report_start(start: Option<Res<StartTime>>, mut reported: Local<bool>) {
    if let Some(start) = start
        && !*reported
    {
        *reported = true;
        info!(
            "frontline: interactive after {} ms",
            start.0.elapsed().as_millis()
        );
    }
}
