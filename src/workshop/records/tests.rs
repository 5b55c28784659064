//! Unit tests of the records: round trips, refusals, reasons, names.

use super::transfer::{delete_all, export_file_name};
use super::*;
use crate::guide::Guide;
use crate::guide::area::Role;
use crate::save::progress::{Mode, Trainee};
use crate::scenario::check::check_file;
use crate::sim::engine::Session;
use std::path::{Path, PathBuf};

fn tiny_record(choices: &[usize]) -> ResultRecord {
    let guide = Guide::bundled().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.ron");
    let checked = check_file(&path, &guide).checked.unwrap();
    let mut s = Session::start(&checked, 3);
    for c in choices {
        s.choose_number(*c).unwrap();
    }
    let trainee = Trainee {
        name: "Kite".into(),
        role: Role::SocialWorker,
    };
    ResultRecord::from_session(
        &s,
        &trainee,
        Mode::Assessment,
        Some(" ab-cd "),
        "2026-01-01T10:00:00Z",
        &guide,
    )
    .unwrap()
}

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("frontline-records-{name}-{}", uuid::Uuid::new_v4()))
}

#[test]
fn a_record_round_trips_through_its_file() {
    let dir = temp("roundtrip");
    let mut r = tiny_record(&[2, 1]);
    r.set_votes([(0, vec![3, 5], 2)]);
    assert_eq!(r.workshop.as_deref(), Some("ABCD"));
    assert_eq!(r.votes.as_ref().unwrap()[0].node, "start");
    let path = r.save(&dir).unwrap();
    assert_eq!(
        path,
        dir.join("results").join(format!("{}.json", r.attempt))
    );
    let all = load_all(&dir);
    assert_eq!(all.records, vec![r]);
    assert!(all.skipped.is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unfinished_runs_and_odd_attempt_ids_are_refused() {
    let guide = Guide::bundled().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.ron");
    let checked = check_file(&path, &guide).checked.unwrap();
    let s = Session::start(&checked, 3);
    let t = Trainee {
        name: "K".into(),
        role: Role::Police,
    };
    let e = ResultRecord::from_session(&s, &t, Mode::Coach, None, "", &guide).unwrap_err();
    assert!(matches!(e, RecordError::NotFinished));
    let mut r = tiny_record(&[1, 1]);
    r.attempt = "../../escape".into();
    assert!(matches!(
        r.save(&temp("bad")),
        Err(RecordError::BadAttempt(_))
    ));
    assert!(r.problem().unwrap().contains("not a UUID"));
}

#[test]
fn bad_bytes_get_plain_reasons() {
    assert_eq!(parse(b"  \n").unwrap_err(), "empty file");
    assert!(
        parse(b"{\"format\": \"frontline-re")
            .unwrap_err()
            .starts_with("truncated JSON")
    );
    assert!(parse(b"hello").unwrap_err().starts_with("malformed JSON"));
    assert!(
        parse(b"{\"format\": \"frontline-re\n")
            .unwrap_err()
            .starts_with("truncated JSON")
    );
    assert!(
        parse(b"{\"a\": 1,\n\"b\": tru\n")
            .unwrap_err()
            .starts_with("truncated JSON")
    );
    let e = parse(b"{\"a\": x,\n\"b\": 2\n}\n").unwrap_err();
    assert!(e.starts_with("malformed JSON"), "{e}");
    assert_eq!(
        parse(b"{\"name\": \"x\"}").unwrap_err(),
        "a JSON file that is not a Frontline result"
    );
    assert!(
        parse(b"[1,2]")
            .unwrap_err()
            .contains("not a Frontline result")
    );
    let mut v = serde_json::to_value(tiny_record(&[1, 1])).unwrap();
    v["format_version"] = 9.into();
    let e = parse(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert!(e.contains("newer Frontline"), "{e}");
    v["format_version"] = 1.into();
    v["score"] = "high".into();
    let e = parse(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert!(e.starts_with("a damaged Frontline result"), "{e}");
}

#[test]
fn export_names_are_safe() {
    assert_eq!(
        export_file_name("Mai T./x", Some("ab-cd"), "2026-03-14"),
        "frontline-results-ABCD-Mai-T--x-2026-03-14.json"
    );
    assert_eq!(
        export_file_name("  ", None, "2026-03-14"),
        "frontline-results-trainee-2026-03-14.json"
    );
}

#[test]
fn deleting_removes_every_result_and_nothing_else() {
    let dir = temp("delete");
    tiny_record(&[1, 1]).save(&dir).unwrap();
    tiny_record(&[2, 2]).save(&dir).unwrap();
    std::fs::write(dir.join("progress.json"), "{}").unwrap();
    // A conflicting copy set aside by an import is the user's data too.
    let conflicts = dir.join(super::CONFLICTS_DIR);
    std::fs::create_dir_all(&conflicts).unwrap();
    std::fs::write(conflicts.join("copy.json"), "{}").unwrap();
    assert_eq!(delete_all(&dir).unwrap(), 3);
    assert!(!results_dir(&dir).exists() && !conflicts.exists());
    assert!(dir.join("progress.json").exists());
    assert_eq!(delete_all(&dir).unwrap(), 0);
    std::fs::remove_dir_all(dir).unwrap();
}
