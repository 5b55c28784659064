//! Step: the profiles, the people the trainee may meet.

use super::Compilation;
use super::compiled::CProfile;

impl Compilation<'_> {
    /// Compile each profile's weight and effects; a scenario without
    /// profiles gets one plain profile.
    pub(super) fn compile_profiles(&mut self) -> Vec<CProfile> {
        let mut profiles = Vec::new();
        let scenario = self.scenario;
        for (pi, p) in scenario.profiles.iter().enumerate() {
            let loc = &self.places.loc;
            let pspan = loc.list_items(loc.whole(), "profiles").get(pi).copied();
            let pat = pspan
                .map(|s| loc.line_col(s.start))
                .unwrap_or(self.places.top_field("profiles"));
            if p.weight <= 0 {
                self.error(
                    "weight-not-positive",
                    format!("profile {} has weight {}", pi + 1, p.weight),
                    "weights are whole numbers above 0; remove the profile if it should never be picked".into(),
                    pat,
                );
            }
            let effects = self.compile_effects(&p.effects, pspan, pat);
            profiles.push(CProfile {
                weight: p.weight.clamp(0, i64::from(u32::MAX)) as u32,
                effects,
            });
        }
        if profiles.is_empty() {
            profiles.push(CProfile {
                weight: 1,
                effects: Vec::new(),
            });
        }
        profiles
    }
}
