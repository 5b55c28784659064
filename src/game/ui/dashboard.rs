// TODO-REPLACE
use super::{UiState, View};
use crate::game::core::Action;
use bevy_egui::egui;
#[derive(Default)]
pub struct DashboardState {}
pub fn dashboard(ui: &mut egui::Ui, _view: &View, _state: &mut UiState, _out: &mut Vec<Action>) {
    ui.label("dashboard");
}
