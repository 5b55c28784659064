//! Step: the scenario's own fields (id, title, summary, roles, content
//! notes, the harms it draws on).

use super::Compilation;

impl Compilation<'_> {
    /// Check the fields that describe the scenario.
    pub(super) fn check_metadata(&mut self) {
        self.check_id();
        let scenario = self.scenario;
        for (field, value) in [("title", &scenario.title), ("summary", &scenario.summary)] {
            if value.trim().is_empty() {
                self.error(
                    "empty-field",
                    format!("`{field}` is empty"),
                    format!("write the scenario's {field}"),
                    self.places.top_field(field),
                );
            }
        }
        if scenario.roles.is_empty() {
            self.error(
                "no-roles",
                "the scenario names no role".into(),
                "list the roles it is played from, such as `roles: [Police]`".into(),
                self.places.top_field("roles"),
            );
        }
        if scenario.content_notes.is_empty() {
            self.warning(
                "no-content-notes",
                "the scenario has no content notes".into(),
                "add `content_notes: [...]` naming what may be hard to see, such as \"threats of violence\"".into(),
                self.places.top_field("summary"),
            );
        }
        self.check_draws_on();
    }

    /// The id is a short name, and the file is named after it.
    fn check_id(&mut self) {
        let id = &self.scenario.id;
        let at = self.places.top_field("id");
        if !is_id(id) {
            self.error(
                "bad-id",
                format!("the id `{id}` is not a short name"),
                "use lower-case letters, digits and dashes, such as `port-inspection`".into(),
                at,
            );
        }
        let file = self.file;
        if let Some(stem) = file.file_stem().and_then(|s| s.to_str())
            && file.extension().is_some_and(|e| e == "ron")
            && stem != id
        {
            self.warning(
                "id-not-file-name",
                format!("the id `{id}` differs from the file name `{stem}.ron`"),
                format!("rename the file to `{id}.ron` or change the id, so facilitators find it"),
                at,
            );
        }
    }

    /// Entries of `draws_on` that look like harm ids are the guide's.
    fn check_draws_on(&mut self) {
        let scenario = self.scenario;
        if scenario.draws_on.is_empty() {
            // Nothing to check, and no need to scan the file for the field.
            return;
        }
        let places = &self.places;
        let draws_on = places.loc.field(places.loc.whole(), "draws_on");
        let fallback = places.top_field("draws_on");
        for s in &scenario.draws_on {
            let looks_like_id = s.len() <= 5
                && s.contains('-')
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if looks_like_id && !self.known_harms.contains(s) {
                let at = self.places.string_in(draws_on, s, fallback);
                self.unknown_harm(s, at);
            }
        }
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
