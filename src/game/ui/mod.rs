//! The screens, drawn with egui. Each screen is a function in its own
//! module that reads the game's state and pushes [`Action`]s; the core
//! applies them. Shared widgets and colours live in `theme`.

mod browser;
mod dashboard;
mod debrief;
mod guide;
mod home;
mod play;
mod settings;
pub mod theme;

use super::core::{Action, Catalog, Play, Screen, Store};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use std::time::Instant;

/// When the program started, to report the time to an interactive home screen.
#[derive(Resource)]
pub struct StartTime(pub Instant);

/// Widget state that is not the game's: text being typed, the selected harm.
#[derive(Resource, Default)]
pub struct UiState {
    pub name: String,
    pub role: Option<crate::sim::area::Role>,
    pub workshop: String,
    pub guide_query: String,
    pub guide_selected: Option<String>,
    pub fonts_installed: bool,
    pub reported_start: bool,
    pub dashboard: dashboard::DashboardState,
    pub group: play::GroupState,
    pub confirm_delete: bool,
    pub export_message: Option<String>,
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

pub fn plugin(app: &mut App) {
    quiet_idle_input(app);
    app.add_plugins(EguiPlugin::default())
        .init_resource::<UiState>()
        .add_systems(Startup, camera)
        .add_systems(
            PreUpdate,
            install_fonts
                .after(bevy_egui::EguiPreUpdateSet::InitContexts)
                .before(bevy_egui::EguiPreUpdateSet::BeginPass),
        )
        .add_systems(EguiPrimaryContextPass, draw);
}

/// Fonts set before a context's first pass are used in that pass, so the
/// home screen is drawn in the very first frame.
fn install_fonts(mut contexts: Query<&mut bevy_egui::EguiContext>, mut state: ResMut<UiState>) {
    if state.fonts_installed {
        return;
    }
    for mut ctx in &mut contexts {
        theme::install_fonts(ctx.get_mut());
        state.fonts_installed = true;
    }
}

fn camera(mut commands: Commands) {
    commands.spawn(Camera2d);
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

/// Everything a screen may read.
pub struct View<'a> {
    pub catalog: &'a Catalog,
    pub store: &'a Store,
    pub play: &'a Play,
    pub screen: Screen,
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    catalog: Res<Catalog>,
    store: Res<Store>,
    play: Res<Play>,
    screen: Res<State<Screen>>,
    mut ui_state: ResMut<UiState>,
    mut actions: MessageWriter<Action>,
    start: Option<Res<StartTime>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !ui_state.fonts_installed {
        // The context appeared after this frame's font step; fonts take
        // effect from the next pass, so draw nothing until then.
        theme::install_fonts(ctx);
        ui_state.fonts_installed = true;
        ctx.request_repaint();
        return Ok(());
    }
    theme::apply(ctx, &store.progress.settings);
    let view = View {
        catalog: &catalog,
        store: &store,
        play: &play,
        screen: *screen.get(),
    };
    let mut out: Vec<Action> = Vec::new();
    let mut root = root_ui(ctx);
    if view.screen != Screen::Welcome && view.screen != Screen::Play {
        top_bar(&mut root, &view, &mut out);
    }
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, |ui| match view.screen {
                    Screen::Welcome => home::welcome(ui, &view, &mut ui_state, &mut out),
                    Screen::Home => home::home(ui, &view, &mut ui_state, &mut out),
                    Screen::Browser => browser::browser(ui, &view, &mut out),
                    Screen::Notes => browser::notes(ui, &view, &mut out),
                    Screen::Play => play::play(ui, &view, &mut ui_state, &mut out),
                    Screen::Debrief => debrief::debrief(ui, &view, &mut out),
                    Screen::Guide => guide::guide(ui, &view, &mut ui_state, &mut out),
                    Screen::Settings => settings::settings(ui, &view, &mut ui_state, &mut out),
                    Screen::Dashboard => dashboard::dashboard(ui, &view, &mut ui_state, &mut out),
                });
            });
    });
    problems_overlay(ctx, &catalog);
    if let Some(start) = start
        && !ui_state.reported_start
    {
        ui_state.reported_start = true;
        info!(
            "frontline: interactive after {} ms",
            start.0.elapsed().as_millis()
        );
    }
    actions.write_batch(out);
    Ok(())
}

fn top_bar(root: &mut egui::Ui, view: &View, out: &mut Vec<Action>) {
    egui::Panel::top("top").show(root, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.heading(egui::RichText::new("Frontline").strong());
            ui.separator();
            for (label, screen) in [
                ("Home", Screen::Home),
                ("Scenarios", Screen::Browser),
                ("Guide", Screen::Guide),
                ("Settings", Screen::Settings),
                ("Facilitator", Screen::Dashboard),
            ] {
                if ui.selectable_label(view.screen == screen, label).clicked() {
                    out.push(Action::Go(screen));
                }
            }
            if let Some(t) = &view.store.progress.trainee {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(format!("{} · {}", t.name, t.role.title()));
                });
            }
        });
        ui.add_space(4.0);
    });
}

/// The checker's errors for scenario files that failed to (re)load.
fn problems_overlay(ctx: &egui::Context, catalog: &Catalog) {
    if catalog.problems.is_empty() {
        return;
    }
    egui::Window::new("Scenario file problems")
        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -12.0])
        .resizable(true)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label("These files have errors. The last good version of each scenario stays playable; fix the file and save it to reload.");
            ui.separator();
            egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
                for d in &catalog.problems {
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
                    ui.label(format!("error: {}", d.message));
                    if !d.help.is_empty() {
                        ui.label(egui::RichText::new(format!("fix: {}", d.help)).italics());
                    }
                    ui.add_space(6.0);
                }
            });
        });
}
