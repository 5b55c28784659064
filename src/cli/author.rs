//! `new`: start a scenario from the commented template
//! (`assets/templates/scenario.ron`), which uses each part of the format
//! once and checks clean, and say what to do next.

use super::{CliError, Outcome};
use crate::guide::Guide;
use crate::guide::area::{Area, Role};
use crate::i18n::Lang;
use crate::scenario::check::check_file;
use crate::scenario::library::find_scenarios_dir;
use crate::tr;
use std::path::{Path, PathBuf};

/// The template, with `@ID@`, `@AREA@`, `@AREA_TITLE@`, `@ROLE@`,
/// `@HARM_A@` and `@HARM_B@` to fill.
const TEMPLATE: &str = include_str!("../../assets/templates/scenario.ron");

/// A name as typed, for comparing: lower case, without spaces, dashes and
/// underscores (`Social Worker`, `social-worker` and `SocialWorker` meet).
fn folded(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// An area as typed: its name in the file (`Identification`) or its harm
/// prefix (`ID`), in any case.
pub(crate) fn parse_area(s: &str) -> Result<Area, String> {
    let f = folded(s);
    Area::ALL
        .into_iter()
        .find(|a| folded(&format!("{a:?}")) == f || a.prefix().to_lowercase() == f)
        .ok_or_else(|| {
            let names: Vec<String> = Area::ALL
                .iter()
                .map(|a| format!("{a:?} ({})", a.prefix()))
                .collect();
            format!("`{s}` is not an area; use one of {}", names.join(", "))
        })
}

/// A role as typed: its name in the file (`SocialWorker`), in any case,
/// with or without spaces.
pub(crate) fn parse_role(s: &str) -> Result<Role, String> {
    let f = folded(s);
    Role::ALL
        .into_iter()
        .find(|r| folded(&format!("{r:?}")) == f)
        .ok_or_else(|| {
            let names: Vec<String> = Role::ALL.iter().map(|r| format!("{r:?}")).collect();
            format!("`{s}` is not a role; use one of {}", names.join(", "))
        })
}

/// The template filled in for a scenario `id` of `area` for `role`.
pub(crate) fn from_template(id: &str, area: Area, role: Role) -> String {
    let harm = |n: u8| format!("{}-{n}", area.prefix());
    TEMPLATE
        .replace("@ID@", id)
        .replace("@AREA_TITLE@", area.title())
        .replace("@AREA@", &format!("{area:?}"))
        .replace("@ROLE@", &format!("{role:?}"))
        .replace("@HARM_A@", &harm(1))
        .replace("@HARM_B@", &harm(2))
}

/// `new ID --area AREA --role ROLE`: write `<scenarios>/ID.ron` from the
/// template (never over an existing file), check it, and print the next
/// steps.
pub(super) fn new(
    dir: Option<&Path>,
    id: &str,
    area: &str,
    role: &str,
    lang: Lang,
    guide: &Guide,
) -> Result<Outcome, CliError> {
    let ok_id = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !ok_id {
        return Err(CliError::Usage(format!(
            "`{id}` cannot be a scenario id: use lower-case letters, digits and dashes, such as `port-inspection`"
        )));
    }
    let area = parse_area(area).map_err(CliError::Usage)?;
    let role = parse_role(role).map_err(CliError::Usage)?;
    let folder = dir
        .map(Path::to_path_buf)
        .or_else(find_scenarios_dir)
        .unwrap_or_else(|| PathBuf::from("scenarios"));
    std::fs::create_dir_all(&folder).map_err(|source| CliError::Write {
        path: folder.clone(),
        source,
    })?;
    let path = folder.join(format!("{id}.ron"));
    match crate::save::files::write_new(&path, from_template(id, area, role).as_bytes()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(CliError::Usage(format!(
                "{} already exists; it was left as it is. Choose another id, or open that file",
                path.display()
            )));
        }
        Err(source) => return Err(CliError::Write { path, source }),
    }
    let check = check_file(&path, guide);
    let ui = crate::i18n::Ui::new(lang);
    let shown = path.display().to_string();
    println!("{}", tr!(ui, "cli-new-written", path = shown.as_str()));
    for d in &check.diagnostics {
        println!("{d}");
    }
    let folder = folder.display().to_string();
    println!(
        "\n{}",
        tr!(
            ui,
            "cli-new-next",
            path = shown.as_str(),
            folder = folder.as_str(),
            id = id
        )
    );
    Ok(if check.checked.is_some() {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::check_source;

    #[test]
    fn the_template_checks_clean_for_every_area_and_role() {
        let guide = Guide::bundled().unwrap();
        for area in Area::ALL {
            for role in Role::ALL {
                let src = from_template("my-first", area, role);
                let r = check_source(&src, Path::new("my-first.ron"), &guide);
                assert!(
                    r.diagnostics.is_empty(),
                    "{area:?} {role:?}: {:?}",
                    r.diagnostics
                );
                assert!(r.checked.is_some());
            }
        }
    }

    #[test]
    fn areas_and_roles_are_read_as_people_type_them() {
        assert_eq!(parse_area("health"), Ok(Area::Health));
        assert_eq!(parse_area("CJ"), Ok(Area::Justice));
        assert_eq!(parse_role("Social Worker"), Ok(Role::SocialWorker));
        assert_eq!(parse_role("labour-inspector"), Ok(Role::LabourInspector));
        assert!(parse_role("doctor").unwrap_err().contains("HealthWorker"));
        assert!(parse_area("court").unwrap_err().contains("Justice (CJ)"));
    }
}
