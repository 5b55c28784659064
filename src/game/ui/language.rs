//! The language picker of the welcome and settings screens: one button per
//! shipped language, each named in itself, the current one ticked.

use super::theme::bold;
use crate::game::actions::Action;
use crate::i18n::{Lang, Ui};
use crate::tr;
use bevy_egui::egui;

pub(super) fn picker(ui: &mut egui::Ui, t: &Ui, out: &mut Vec<Action>) {
    ui.label(bold(tr!(t, "language-label")));
    ui.horizontal_wrapped(|ui| {
        for lang in Lang::SHIPPED {
            let current = lang == t.lang();
            // The tick marks the current language without relying on colour.
            let name = if current {
                format!("✔ {}", lang.native_name())
            } else {
                lang.native_name().to_string()
            };
            let r = ui.selectable_label(current, name);
            if r.clicked() && !current {
                out.push(Action::Language(lang));
            }
        }
    });
}
