//! The baseline for Frontline's start-up, idle CPU and memory figures: a
//! Bevy window with bevy_egui showing one label, built with the same
//! features and settings as the game, and the same fix for bevy_egui's
//! repaint on every frame. `cargo run --release --example minimal_window`
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use std::time::{Duration, Instant};

/// When the program started, and how many egui passes have run.
#[derive(Resource)]
struct Start(Instant, u32);

fn main() {
    // Taken first, as the game takes its own at the start of `run`.
    let started = Instant::now();
    App::new()
        .add_plugins(DefaultPlugins)
        .add_plugins(EguiPlugin::default())
        // The same fix the game applies, so that both can idle (see its docs).
        .add_plugins(frontline::game::ui::quiet_idle_input)
        .insert_resource(WinitSettings {
            focused_mode: UpdateMode::reactive_low_power(Duration::from_secs(3)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(5)),
        })
        .insert_resource(Start(started, 0))
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, ui)
        .run();
}

fn ui(mut contexts: EguiContexts, mut start: ResMut<Start>) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = frontline::game::ui::root_ui(ctx);
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.label("minimal window");
    });
    // Measured like the game: at the first pass that draws the UI.
    start.1 += 1;
    if start.1 == 1 {
        info!(
            "minimal: interactive after {} ms",
            start.0.elapsed().as_millis()
        );
    }
    Ok(())
}
