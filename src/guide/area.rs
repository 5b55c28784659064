//! The guide's five thematic areas and the roles of the people who meet victims.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the guide's five thematic areas. Every harm belongs to exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Area {
    /// Victim identification (harm ids `ID-1` ... `ID-6`).
    Identification,
    /// Recovery, reflection and shelter (`RS-1` ... `RS-5`).
    Shelter,
    /// Return and reintegration (`RR-1` ... `RR-5`).
    Return,
    /// Medical and mental healthcare (`MH-1` ... `MH-4`).
    Health,
    /// Criminal justice process (`CJ-1` ... `CJ-7`).
    Justice,
}

impl Area {
    /// All areas in the guide's order.
    pub const ALL: [Area; 5] = [
        Area::Identification,
        Area::Shelter,
        Area::Return,
        Area::Health,
        Area::Justice,
    ];

    /// The prefix of the harm ids in this area, such as `ID` or `CJ`.
    pub fn prefix(self) -> &'static str {
        match self {
            Area::Identification => "ID",
            Area::Shelter => "RS",
            Area::Return => "RR",
            Area::Health => "MH",
            Area::Justice => "CJ",
        }
    }

    /// The number of harms the guide names in this area.
    pub(crate) fn harm_count(self) -> u8 {
        match self {
            Area::Identification => 6,
            Area::Shelter => 5,
            Area::Return => 5,
            Area::Health => 4,
            Area::Justice => 7,
        }
    }

    /// The guide's heading for the area.
    pub fn title(self) -> &'static str {
        match self {
            Area::Identification => "Victim identification",
            Area::Shelter => "Recovery, reflection and shelter",
            Area::Return => "Return and reintegration",
            Area::Health => "Medical and mental healthcare",
            Area::Justice => "Criminal justice process",
        }
    }

    /// The area a harm id such as `RS-4` belongs to, if the prefix is known.
    pub(crate) fn of_harm(id: &str) -> Option<Area> {
        let prefix = id.split('-').next()?;
        Area::ALL.into_iter().find(|a| a.prefix() == prefix)
    }

    /// Every harm id the guide defines, in order: `ID-1` ... `CJ-7`.
    pub fn all_harm_ids() -> Vec<String> {
        Area::ALL
            .iter()
            .flat_map(|a| (1..=a.harm_count()).map(move |n| format!("{}-{n}", a.prefix())))
            .collect()
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// The trainee's professional role, and the roles a scenario is played from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Police,
    LabourInspector,
    /// Immigration or border officer.
    #[serde(alias = "BorderOfficer")]
    ImmigrationOfficer,
    SocialWorker,
    ShelterStaff,
    HealthWorker,
    Interpreter,
    /// Prosecutor or lawyer.
    #[serde(alias = "Lawyer")]
    Prosecutor,
    NgoWorker,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Police,
        Role::LabourInspector,
        Role::ImmigrationOfficer,
        Role::SocialWorker,
        Role::ShelterStaff,
        Role::HealthWorker,
        Role::Interpreter,
        Role::Prosecutor,
        Role::NgoWorker,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Role::Police => "Police officer",
            Role::LabourInspector => "Labour inspector",
            Role::ImmigrationOfficer => "Immigration or border officer",
            Role::SocialWorker => "Social worker",
            Role::ShelterStaff => "Shelter staff",
            Role::HealthWorker => "Health worker",
            Role::Interpreter => "Interpreter",
            Role::Prosecutor => "Prosecutor or lawyer",
            Role::NgoWorker => "NGO worker",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_seven_harm_ids_each_in_its_area() {
        let ids = Area::all_harm_ids();
        assert_eq!(ids.len(), 27);
        assert_eq!(ids.first().unwrap(), "ID-1");
        assert_eq!(ids.last().unwrap(), "CJ-7");
        assert_eq!(Area::of_harm("RS-4"), Some(Area::Shelter));
        assert_eq!(Area::of_harm("XX-1"), None);
    }
}
