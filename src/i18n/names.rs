//! The names of the guide's areas and of the trainee roles, and of an
//! ending's tone, in the interface's language (keys `area-*`, `role-*`,
//! `tone-*` of the Fluent files).

use super::Ui;
use crate::guide::area::{Area, Role};
use crate::scenario::Tone;
use crate::tr;

pub fn area_key(area: Area) -> &'static str {
    match area {
        Area::Identification => "area-identification",
        Area::Shelter => "area-shelter",
        Area::Return => "area-return",
        Area::Health => "area-health",
        Area::Justice => "area-justice",
    }
}

pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Police => "role-police",
        Role::LabourInspector => "role-labour-inspector",
        Role::ImmigrationOfficer => "role-immigration-officer",
        Role::SocialWorker => "role-social-worker",
        Role::ShelterStaff => "role-shelter-staff",
        Role::HealthWorker => "role-health-worker",
        Role::Interpreter => "role-interpreter",
        Role::Prosecutor => "role-prosecutor",
        Role::NgoWorker => "role-ngo-worker",
    }
}

pub fn tone_key(tone: Tone) -> &'static str {
    match tone {
        Tone::Good => "tone-good",
        Tone::Mixed => "tone-mixed",
        Tone::Poor => "tone-poor",
    }
}

/// An area's title, such as "Victim identification".
pub fn area(ui: &Ui, area: Area) -> String {
    ui.text(area_key(area))
}

/// A role's title, such as "Police officer".
pub fn role(ui: &Ui, role: Role) -> String {
    ui.text(role_key(role))
}

/// An ending's tone: good, mixed or poor.
pub fn tone(ui: &Ui, tone: Tone) -> String {
    ui.text(tone_key(tone))
}

/// Where a piece of guidance comes from: "Victim identification, harm 3,
/// p. 15".
pub fn citation(ui: &Ui, c: &crate::guide::Citation) -> String {
    let area = area(ui, c.area);
    let number = c.harm_number.to_string();
    match c.page {
        Some(p) => tr!(
            ui,
            "citation-page",
            area = area,
            number = number,
            page = p.to_string()
        ),
        None => tr!(ui, "citation", area = area, number = number),
    }
}

/// A guidance card's citation in the interface's language.
pub fn card_citation(ui: &Ui, card: &crate::sim::debrief::GuidanceCard) -> String {
    match &card.cited {
        Some(c) => citation(ui, c),
        None => card.citation.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_names_match_the_library_s() {
        let ui = Ui::new(crate::i18n::Lang::En);
        for a in Area::ALL {
            assert_eq!(area(&ui, a), a.title());
        }
        for r in Role::ALL {
            assert_eq!(role(&ui, r), r.title());
        }
    }
}
