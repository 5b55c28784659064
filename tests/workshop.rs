//! Workshops: result records on disk, export and import, the group report,
//! xAPI statements, and the command line that drives them. Scenarios come
//! from the `tiny` fixture.

use frontline::save::progress::{Mode, Trainee};
use frontline::scenario::check::check_file;
use frontline::scenario::library::{Library, Source};
use frontline::sim::engine::{HarmKind, Session};
use frontline::workshop::code::workshop_seed;
use frontline::workshop::code::{self as workshop, simulate};
use frontline::workshop::records::{
    self, ResultFile, ResultRecord, ResultsBundle, collect, export_bundle, import_into, load_all,
    results_dir,
};
use frontline::workshop::report::{
    GroupReport, render_csv, render_harms_csv, render_json, render_text,
};
use frontline::workshop::xapi::{self, XapiOptions, statement, statements, validate_statement};
use frontline::{Area, Guide, Role};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn guide() -> Arc<Guide> {
    Arc::new(Guide::bundled().expect("the bundled guide loads"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tiny() -> frontline::Checked {
    let r = check_file(&root().join("tests/fixtures/tiny.ron"), &guide());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    r.checked.unwrap()
}

fn library() -> Library {
    Library {
        guide: guide(),
        source: Source::Folder(root().join("tests/fixtures")),
        scenarios: vec![tiny()],
        problems: Vec::new(),
    }
}

/// A fresh folder, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let p = std::env::temp_dir().join(format!(
            "frontline-workshop-{name}-{}",
            uuid::Uuid::new_v4()
        ));
        std::fs::create_dir_all(&p).unwrap();
        Temp(p)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fixed moment, so simulated records are the same on every run.
fn t0() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_773_475_200) // 2026-03-14T08:00:00Z
}

fn room(trainees: usize) -> Vec<ResultRecord> {
    let sim = simulate(&[tiny()], &guide(), "k7q-p2m", trainees, t0());
    assert!(sim.unfinished.is_empty(), "{:?}", sim.unfinished);
    assert_eq!(sim.records.len(), trainees);
    sim.records
}

/// A record made as the game makes it: a session played by choice numbers.
fn played(numbers: &[usize], workshop: Option<&str>) -> ResultRecord {
    let checked = tiny();
    let seed = workshop.map_or(7, |c| workshop_seed(c, "tiny"));
    let mut s = Session::start(&checked, seed);
    for n in numbers {
        s.choose_number(*n).unwrap();
    }
    let trainee = Trainee {
        name: "Rain".into(),
        role: Role::HealthWorker,
    };
    ResultRecord::from_session_at(
        &s,
        &trainee,
        Mode::Coach,
        workshop,
        "2026-03-14T09:00:00Z",
        &guide(),
        UNIX_EPOCH + Duration::from_secs(1_773_479_550), // 12 min 30 s later
    )
    .unwrap()
}

// ---------------------------------------------------------------- records

#[test]
fn a_record_holds_the_run_and_round_trips() {
    let r = played(&[1, 1], Some(" k7q-p2m"));
    assert_eq!(r.format, "frontline-result");
    assert_eq!(r.format_version, 1);
    assert!(uuid::Uuid::parse_str(&r.attempt).is_ok_and(|u| u.get_version_num() == 4));
    assert_eq!((r.trainee.as_str(), r.role), ("Rain", Role::HealthWorker));
    assert_eq!(
        (r.scenario.as_str(), r.scenario_title.as_str()),
        ("tiny", "Tiny")
    );
    assert_eq!(r.scenario_version, 1);
    assert_eq!(r.seed, workshop_seed("K7QP2M", "tiny"));
    assert_eq!(r.workshop.as_deref(), Some("K7QP2M"));
    assert_eq!(r.choices.len(), 2);
    assert_eq!(r.choices[0].node, "start");
    assert_eq!(r.choices[0].number, 1);
    assert_eq!(r.choices[1].node, "decide");
    assert!(!r.harms.is_empty());
    for h in &r.harms {
        assert!(r.harm_titles.contains_key(&h.id), "{} has a title", h.id);
    }
    assert!(r.score.overall <= 100);
    assert_eq!(r.score.areas[0].area, Area::Identification);
    assert!(["good", "mixed", "poor"].contains(&r.ending.node.as_str()));
    assert!(!r.ending.title.is_empty());
    assert_eq!(r.started, "2026-03-14T09:00:00Z");
    assert_eq!(r.finished, "2026-03-14T09:12:30Z");
    assert_eq!(r.duration_secs, 750);
    assert_eq!(r.mode, Mode::Coach);
    assert_eq!(r.votes, None);

    // Through JSON text, through a file, through a bundle.
    let text = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<ResultRecord>(&text).unwrap(), r);
    let dir = Temp::new("roundtrip");
    let path = r.save(dir.path()).unwrap();
    assert_eq!(
        path,
        results_dir(dir.path()).join(format!("{}.json", r.attempt))
    );
    assert_eq!(load_all(dir.path()).records, vec![r.clone()]);
    let bundle = dir.path().join("out/bundle.json");
    assert_eq!(
        export_bundle(std::slice::from_ref(&r), None, &bundle).unwrap(),
        1
    );
    let back = collect(&[&bundle]);
    assert_eq!(back.records, vec![r.clone()]);
    assert_eq!(back.duplicates, 0);

    // Group play: the room's votes.
    let mut g = r.clone();
    g.set_votes([(0, vec![12, 3], 1), (1, vec![2, 9, 4], 2)]);
    let v = g.votes.as_ref().unwrap();
    assert_eq!(v[1].node, "decide");
    assert_eq!(v[1].counts, vec![2, 9, 4]);
    assert_eq!(v[1].followed, 2);
    let again: ResultRecord = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
    assert_eq!(again, g);
}

#[test]
fn the_workshop_code_fixes_the_variant_for_the_whole_room() {
    let a = played(&[1, 1], Some("k7q p2m"));
    let b = played(&[1, 1], Some("K7QP2M"));
    assert_eq!(a.seed, b.seed);
    assert_eq!(a.profile, b.profile);
    assert_eq!(a.choices, b.choices);
    assert_ne!(a.attempt, b.attempt);
    // Simulated rooms are reproducible, attempt ids included.
    assert_eq!(room(5), room(5));
    let code = workshop::new_code();
    assert!(workshop::valid_code(&code));
}

#[test]
fn an_interrupted_write_leaves_earlier_records_whole() {
    let dir = Temp::new("crash");
    let a = played(&[1, 1], None);
    let b = played(&[2, 1], None);
    a.save(dir.path()).unwrap();
    b.save(dir.path()).unwrap();
    let results = results_dir(dir.path());
    let c = played(&[1, 2], None);
    let c_text = serde_json::to_string_pretty(&c).unwrap();
    // 1. A crash during an atomic write leaves only a temporary file ...
    let tmp = results.join(format!(".{}.json.4242.tmp", c.attempt));
    std::fs::write(&tmp, &c_text[..c_text.len() / 2]).unwrap();
    // 2. ... and a copy cut off half way (say, a full USB stick) a truncated file.
    let cut = results.join(format!("{}.json", c.attempt));
    std::fs::write(&cut, &c_text[..c_text.len() / 2]).unwrap();
    // 3. A write that fails: the record's file name is taken by a folder.
    let d = played(&[2, 2], None);
    std::fs::create_dir_all(results.join(format!("{}.json", d.attempt))).unwrap();
    let err = d.save(dir.path()).unwrap_err();
    assert!(!err.to_string().is_empty());

    let all = load_all(dir.path());
    let mut got: Vec<&str> = all.records.iter().map(|r| r.attempt.as_str()).collect();
    got.sort();
    let mut want = vec![a.attempt.as_str(), b.attempt.as_str()];
    want.sort();
    assert_eq!(got, want, "the earlier records are all there");
    assert!(all.records.contains(&a) && all.records.contains(&b));
    assert_eq!(all.skipped.len(), 1, "{:?}", all.skipped);
    assert_eq!(all.skipped[0].path, cut);
    assert!(
        all.skipped[0].reason.starts_with("truncated JSON"),
        "{}",
        all.skipped[0]
    );
    // Nothing was moved or deleted by reading.
    assert_eq!(
        std::fs::read_to_string(&cut).unwrap(),
        c_text[..c_text.len() / 2]
    );
    assert!(tmp.exists());
    // The failed write left no temporary file of its own.
    let leftovers: Vec<String> = std::fs::read_dir(&results)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") && n.contains(&d.attempt))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Saving a record again replaces it whole.
    a.save(dir.path()).unwrap();
    assert!(load_all(dir.path()).records.contains(&a));
}

// ---------------------------------------------------------------- import

#[test]
fn importing_a_folder_counts_duplicates_and_names_bad_files() {
    let recs = room(4);
    let dir = Temp::new("import");
    let usb = dir.path().join("usb");
    // Trainee 1 exported a bundle of three; trainee 2 a single file that is
    // also in the bundle; a sub-folder has the fourth and a second bundle
    // repeating one; then a truncated copy, a foreign JSON file, a text file
    // and a hidden temporary file.
    export_bundle(&recs[..3], None, &usb.join("alice.json")).unwrap();
    frontline::save::files::write_json(&usb.join("bob.json"), &recs[0]).unwrap();
    frontline::save::files::write_json(&usb.join("more/carol.json"), &recs[3]).unwrap();
    export_bundle(&recs[1..2], Some("k7qp2m"), &usb.join("more/dan.json")).unwrap();
    let full = serde_json::to_string_pretty(&recs[3]).unwrap();
    std::fs::write(usb.join("more/erin.json"), &full[..full.len() * 2 / 3]).unwrap();
    std::fs::write(
        usb.join("package.json"),
        r#"{"name": "left-pad", "version": "1.0.0"}"#,
    )
    .unwrap();
    std::fs::write(usb.join("notes.txt"), "not a result").unwrap();
    std::fs::write(usb.join(".x.json.1.tmp"), "{").unwrap();

    let c = collect(&[&usb]);
    assert_eq!(c.records.len(), 4);
    assert_eq!(c.duplicates, 2);
    assert_eq!(c.files, 6);
    let skipped: Vec<(String, &str)> = c
        .skipped
        .iter()
        .map(|s| {
            (
                s.path.file_name().unwrap().to_string_lossy().into_owned(),
                s.reason.as_str(),
            )
        })
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert_eq!(skipped[0].0, "erin.json");
    assert!(
        skipped[0].1.starts_with("truncated JSON"),
        "{}",
        skipped[0].1
    );
    assert_eq!(skipped[1].0, "package.json");
    assert_eq!(skipped[1].1, "a JSON file that is not a Frontline result");

    // Into a data folder: all new the first time, all there the second.
    let data = dir.path().join("data");
    let first = import_into(&data, &[&usb]);
    assert_eq!((first.imported, first.already, first.duplicates), (4, 0, 2));
    assert_eq!(first.skipped.len(), 2);
    let second = import_into(&data, &[usb.join("alice.json"), usb.join("more")]);
    assert_eq!((second.imported, second.already), (0, 4));
    assert_eq!(load_all(&data).records.len(), 4);
    // A missing path is reported, not fatal.
    let third = import_into(&data, &[dir.path().join("nowhere"), usb.join("bob.json")]);
    assert_eq!(third.already, 1);
    assert_eq!(third.skipped[0].reason, "no such file or folder");
}

#[test]
fn a_bundle_with_one_bad_record_keeps_the_others() {
    let recs = room(3);
    let mut b = serde_json::to_value(ResultsBundle::new(&recs, None)).unwrap();
    b["records"][1]["attempt"] = json!("../../../etc/passwd");
    b["records"][2]["score"] = json!("excellent");
    let ResultFile::Bundle(items) = records::parse(&serde_json::to_vec(&b).unwrap()).unwrap()
    else {
        panic!("a bundle");
    };
    assert!(items[0].is_ok());
    assert!(items[1].as_ref().unwrap_err().contains("not a UUID"));
    assert!(
        items[2]
            .as_ref()
            .unwrap_err()
            .starts_with("a damaged Frontline result")
    );
}

// ---------------------------------------------------------------- report

/// A small RFC 4180 reader for checking the CSV output.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the CSV ends with a line end"
    );
    rows
}

#[test]
fn a_report_over_forty_simulated_trainees() {
    let mut recs = room(40);
    // A result from another workshop must stay out of this one's report.
    recs.push(played(&[1, 1], Some("OTHER1")));
    let lib = library();
    let r = GroupReport::build(&recs, Some("k7q-p2m"), Some(&lib));
    assert_eq!(r.workshop.as_deref(), Some("K7QP2M"));
    assert_eq!(r.attempts, 40);
    assert_eq!(r.trainees, 40);
    assert_eq!(r.rows.len(), 40);
    assert_eq!(r.rows[0].trainee, "Trainee 01");
    assert!(r.not_played.is_empty());
    // Scores per scenario.
    let s = &r.scenarios[0];
    assert_eq!((s.id.as_str(), s.attempts, s.trainees), ("tiny", 40, 40));
    let scores: Vec<u8> = recs[..40].iter().map(|x| x.score.overall).collect();
    assert_eq!(s.min, *scores.iter().min().unwrap());
    assert_eq!(s.max, *scores.iter().max().unwrap());
    let mean = scores.iter().map(|x| f64::from(*x)).sum::<f64>() / 40.0;
    assert!((s.mean - mean).abs() < 1e-9);
    assert!(s.min < s.max, "simulated trainees differ");
    assert_eq!(s.endings.iter().map(|e| e.count).sum::<usize>(), 40);
    // Harms: counts match the records; most caused first.
    for h in &r.harms {
        let count = |k: HarmKind| {
            recs[..40]
                .iter()
                .flat_map(|x| &x.harms)
                .filter(|x| x.id == h.id && x.kind == k)
                .count()
        };
        assert_eq!(h.caused, count(HarmKind::Caused), "{}", h.id);
        assert_eq!(h.avoided, count(HarmKind::Avoided), "{}", h.id);
        assert_eq!(h.title, lib.guide.harm(&h.id).unwrap().title);
    }
    assert!(r.harms.windows(2).all(|w| w[0].caused >= w[1].caused));
    assert!(r.harms[0].caused > 0);
    // Decision points: every attempt passed both; the choices add up; the
    // choice nobody could take still appears, with the library's text.
    assert_eq!(r.decisions.len(), 2);
    assert_eq!(r.decisions[0].node, "start");
    assert_eq!(r.decisions[1].node, "decide");
    for d in &r.decisions {
        assert_eq!(d.taken, 40);
        assert_eq!(d.choices.iter().map(|c| c.count).sum::<usize>(), 40);
        let node = &lib.get("tiny").unwrap().scenario().nodes[&d.node];
        assert_eq!(d.choices.len(), node.choices.len());
        assert!(d.choices.iter().all(|c| !c.text.is_empty()));
    }
    assert!(
        r.decisions[0].choices.iter().all(|c| c.count > 0),
        "varied choices"
    );

    // Text.
    let text = render_text(&r, &frontline::i18n::Ui::new(frontline::i18n::Lang::En));
    assert!(text.starts_with("Workshop K7QP2M: 40 attempts by 40 trainees"));
    for t in 1..=40 {
        assert!(text.contains(&format!("Trainee {t:02} ")), "row {t}");
    }
    assert!(!text.contains("OTHER1"));
    assert!(text.contains("Harms the group caused most"));
    assert!(text.contains("tiny / start (decision 1, taken 40 times)"));
    assert!(text.contains('#'));
    // Every row of the trainees' table is as wide as its header allows.
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "Trainees")
        .skip(1)
        .take(42)
        .collect();
    let score_col = table[0].find("Score").unwrap() + "Score".len();
    for line in &table[2..] {
        let before = &line[..score_col];
        assert!(before.trim_end().ends_with(char::is_numeric), "{line}");
    }

    // CSV: a header and 40 rows, all of the same width, quoted properly.
    let csv = render_csv(&r);
    assert!(csv.ends_with("\r\n"));
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 41);
    let head = &rows[0];
    assert!(rows.iter().all(|x| x.len() == head.len()));
    assert_eq!(head.len(), 24 + 2 * 27);
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let total_caused: usize = rows[1..]
        .iter()
        .map(|x| x[col("harms_caused")].parse::<usize>().unwrap())
        .sum();
    assert_eq!(
        total_caused,
        r.harms.iter().map(|h| h.caused).sum::<usize>()
    );
    for h in &r.harms {
        let per_harm: usize = rows[1..]
            .iter()
            .map(|x| {
                x[col(&format!("caused_{}", h.id))]
                    .parse::<usize>()
                    .unwrap()
            })
            .sum();
        assert_eq!(per_harm, h.caused, "{}", h.id);
    }
    assert!(rows[1..].iter().all(|x| x[col("workshop")] == "K7QP2M"));
    assert!(rows[1..].iter().all(|x| x[col("scenario")] == "tiny"));
    let harms_csv = parse_csv(&render_harms_csv(&r));
    assert_eq!(harms_csv.len(), r.harms.len() + 1);
    // A pseudonym with a comma, quotes and a formula survives as one field.
    let mut odd = recs[0].clone();
    odd.trainee = "=1+1, \"Kim\"".into();
    let odd_csv = parse_csv(&render_csv(&GroupReport::build(&[odd], None, None)));
    assert_eq!(odd_csv[1][col("trainee")], "'=1+1, \"Kim\"");

    // JSON.
    let v: Value = serde_json::from_str(&render_json(&r)).unwrap();
    assert_eq!(v["attempts"], 40);
    assert_eq!(v["rows"].as_array().unwrap().len(), 40);
    assert_eq!(v["scenarios"][0]["attempts"], 40);
    assert_eq!(v["decisions"][0]["taken"], 40);
    assert_eq!(v["workshop"], "K7QP2M");
}

#[test]
fn the_report_lists_scenarios_nobody_played() {
    let mut lib = library();
    let mut other = tiny();
    let mut compiled = (*other.compiled).clone();
    compiled.scenario.id = "untouched".into();
    compiled.scenario.title = "Untouched".into();
    other.compiled = Arc::new(compiled);
    lib.scenarios.push(other);
    let r = GroupReport::build(&room(3), None, Some(&lib));
    assert_eq!(r.not_played.len(), 1);
    assert_eq!(r.not_played[0].id, "untouched");
    assert!(
        render_text(&r, &frontline::i18n::Ui::new(frontline::i18n::Lang::En))
            .contains("Scenarios nobody has played yet\n  untouched")
    );
}

// ---------------------------------------------------------------- xAPI

/// Check one exported statement field by field against the record and the
/// rules of xAPI 1.0.3.
fn check_statement(s: &Value, r: &ResultRecord, opts: &XapiOptions) {
    let problems = validate_statement(s);
    assert!(problems.is_empty(), "{problems:#?}");
    let base = opts.base.trim_end_matches('/');
    // id: a UUID, stable for the attempt.
    let id = s["id"].as_str().unwrap();
    assert!(xapi::is_uuid(id));
    assert_eq!(id, xapi::statement_id(&r.attempt));
    assert_ne!(id, r.attempt);
    // actor: an Agent with exactly one identifier, a pseudonymous account.
    let actor = s["actor"].as_object().unwrap();
    assert_eq!(actor["objectType"], "Agent");
    assert_eq!(actor["account"]["homePage"], opts.home_page.as_str());
    assert!(xapi::is_irl(actor["account"]["homePage"].as_str().unwrap()));
    assert_eq!(actor["account"]["name"], r.trainee.as_str());
    for ifi in ["mbox", "mbox_sha1sum", "openid"] {
        assert!(!actor.contains_key(ifi), "no {ifi}");
    }
    assert!(!s.to_string().contains("mailto:"));
    // verb.
    assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");
    assert_eq!(s["verb"]["display"]["en-US"], "completed");
    // object: the scenario as an Activity.
    assert_eq!(s["object"]["objectType"], "Activity");
    assert_eq!(
        s["object"]["id"],
        format!("{base}/scenarios/{}", r.scenario)
    );
    let def = &s["object"]["definition"];
    assert_eq!(def["name"][&opts.language], r.scenario_title.as_str());
    assert!(
        def["description"][&opts.language]
            .as_str()
            .unwrap()
            .contains(&r.scenario_title)
    );
    assert_eq!(
        def["type"],
        "http://adlnet.gov/expapi/activities/simulation"
    );
    // result.
    let res = &s["result"];
    let score = &res["score"];
    let scaled = score["scaled"].as_f64().unwrap();
    assert!((-1.0..=1.0).contains(&scaled));
    assert!((scaled - f64::from(r.score.overall) / 100.0).abs() < 1e-9);
    assert_eq!(score["raw"], r.score.overall);
    assert_eq!(
        (score["min"].as_f64(), score["max"].as_f64()),
        (Some(0.0), Some(100.0))
    );
    let raw = score["raw"].as_f64().unwrap();
    assert!((0.0..=100.0).contains(&raw));
    assert_eq!(res["completion"], true);
    match opts.pass_mark {
        Some(p) => assert_eq!(res["success"], r.score.overall >= p),
        None => assert!(res.get("success").is_none()),
    }
    let duration = res["duration"].as_str().unwrap();
    assert!(xapi::is_iso_duration(duration), "{duration}");
    assert_eq!(duration, xapi::iso_duration(r.duration_secs));
    let ext = res["extensions"].as_object().unwrap();
    assert!(ext.keys().all(|k| xapi::is_iri(k)));
    let harms = ext[&format!("{base}/xapi/harms")].as_array().unwrap();
    assert_eq!(harms.len(), r.harms.len());
    for (h, rec) in harms.iter().zip(&r.harms) {
        assert_eq!(h["id"], rec.id.as_str());
        assert_eq!(
            h["kind"],
            if rec.kind == HarmKind::Caused {
                "caused"
            } else {
                "avoided"
            }
        );
        assert_eq!(h["severity"], rec.severity);
        assert_eq!(h["title"], r.harm_titles[&rec.id].as_str());
    }
    let areas = ext[&format!("{base}/xapi/area-scores")]
        .as_object()
        .unwrap();
    for a in &r.score.areas {
        assert_eq!(areas[a.area.prefix()], a.score);
    }
    // context.
    let ctx = &s["context"];
    assert_eq!(ctx["registration"], r.attempt.as_str());
    assert!(xapi::is_uuid(ctx["registration"].as_str().unwrap()));
    assert!(ctx["platform"].as_str().unwrap().starts_with("Frontline "));
    assert_eq!(ctx["language"], opts.language.as_str());
    let cext = ctx["extensions"].as_object().unwrap();
    assert!(cext.keys().all(|k| xapi::is_iri(k)));
    match &r.workshop {
        Some(code) => {
            assert_eq!(cext[&format!("{base}/xapi/workshop")], code.as_str());
            assert_eq!(
                ctx["contextActivities"]["grouping"][0]["id"],
                format!("{base}/workshops/{code}")
            );
        }
        None => {
            assert!(!cext.contains_key(&format!("{base}/xapi/workshop")));
            assert!(ctx.get("contextActivities").is_none());
        }
    }
    // timestamp and version.
    assert_eq!(s["timestamp"], r.finished.as_str());
    assert!(xapi::is_timestamp(&r.finished));
    assert_eq!(s["version"], "1.0.3");
}

#[test]
fn xapi_statements_follow_the_specification_field_by_field() {
    let mut recs = room(10);
    recs.push(played(&[2, 1], None));
    let opts = XapiOptions::default();
    let all = statements(&recs, &opts);
    assert_eq!(all.len(), recs.len());
    for (s, r) in all.iter().zip(&recs) {
        check_statement(s, r, &opts);
    }
    // As a JSON array, and with other options.
    let array: Value = serde_json::from_str(&serde_json::to_string(&all).unwrap()).unwrap();
    assert_eq!(array.as_array().unwrap().len(), 11);
    let custom = XapiOptions {
        base: "https://training.example.org/frontline/".into(),
        home_page: "https://lms.example.org".into(),
        language: "en-GB".into(),
        pass_mark: Some(60),
        ..XapiOptions::default()
    };
    assert!(custom.check().is_ok());
    for r in &recs {
        check_statement(&statement(r, &custom), r, &custom);
    }
    let s = statement(&recs[0], &custom);
    assert_eq!(
        s["object"]["id"],
        "https://training.example.org/frontline/scenarios/tiny"
    );
}

#[test]
fn the_validator_catches_each_broken_rule() {
    let good = statement(&played(&[1, 1], Some("ABCD")), &XapiOptions::default());
    assert!(validate_statement(&good).is_empty());
    let broken = |f: &dyn Fn(&mut Value), expect: &str| {
        let mut s = good.clone();
        f(&mut s);
        let problems = validate_statement(&s);
        assert!(
            problems.iter().any(|p| p.contains(expect)),
            "expected `{expect}` in {problems:#?}"
        );
    };
    let obj = |v: &mut Value| v.as_object_mut().unwrap().clone();
    broken(
        &|s| {
            s.as_object_mut().unwrap().remove("actor");
        },
        "`actor` is required",
    );
    broken(
        &|s| {
            s.as_object_mut().unwrap().remove("verb");
        },
        "`verb` is required",
    );
    broken(
        &|s| {
            s.as_object_mut().unwrap().remove("object");
        },
        "`object` is required",
    );
    broken(&|s| s["id"] = json!("not-a-uuid"), "is not a UUID");
    broken(
        &|s| s["id"] = json!("8f2c1e0a3b4d4c5e9f60718293a4b5c6"),
        "is not a UUID",
    );
    broken(
        &|s| s["actor"]["mbox"] = json!("mailto:kim@example.org"),
        "never exports an email",
    );
    broken(
        &|s| s["actor"]["mbox"] = json!("mailto:kim@example.org"),
        "exactly one inverse functional identifier",
    );
    broken(
        &|s| {
            s["actor"].as_object_mut().unwrap().remove("account");
        },
        "it has 0",
    );
    broken(
        &|s| s["actor"]["account"]["homePage"] = json!("frontline"),
        "is not an IRL",
    );
    broken(
        &|s| {
            s["actor"]["account"]
                .as_object_mut()
                .unwrap()
                .remove("name");
        },
        "`name` is required",
    );
    broken(&|s| s["verb"]["id"] = json!("completed"), "is not an IRI");
    broken(
        &|s| s["verb"]["display"] = json!({"en_US": "completed"}),
        "language tag",
    );
    broken(
        &|s| s["object"]["id"] = json!("tiny scenario"),
        "is not an IRI",
    );
    broken(
        &|s| s["result"]["score"]["scaled"] = json!(1.5),
        "outside -1 to 1",
    );
    broken(
        &|s| s["result"]["score"]["scaled"] = json!(-1.01),
        "outside -1 to 1",
    );
    broken(
        &|s| s["result"]["score"]["raw"] = json!(101),
        "not between min and max",
    );
    broken(
        &|s| s["result"]["score"]["raw"] = json!(-1),
        "not between min and max",
    );
    broken(
        &|s| s["result"]["score"]["min"] = json!(100),
        "must be less than max",
    );
    broken(
        &|s| s["result"]["score"]["raw"] = json!("90"),
        "must be a number",
    );
    broken(
        &|s| s["result"]["duration"] = json!("12:30"),
        "not an ISO 8601 duration",
    );
    broken(
        &|s| s["result"]["duration"] = json!("PT12.5M30S"),
        "not an ISO 8601 duration",
    );
    broken(
        &|s| s["result"]["completion"] = json!("yes"),
        "must be true or false",
    );
    broken(
        &|s| s["result"]["extensions"]["harms"] = json!([]),
        "extension key `harms` is not an IRI",
    );
    broken(
        &|s| s["context"]["extensions"]["workshop"] = json!("X"),
        "extension key `workshop`",
    );
    broken(
        &|s| s["context"]["registration"] = json!("attempt-1"),
        "is not a UUID",
    );
    broken(
        &|s| s["context"]["language"] = json!("en_US"),
        "language tag",
    );
    broken(
        &|s| s["timestamp"] = json!("14/03/2026 09:12"),
        "not an ISO 8601 timestamp",
    );
    broken(
        &|s| s["timestamp"] = json!("2026-03-14T09:12:30-00:00"),
        "not an ISO 8601 timestamp",
    );
    broken(&|s| s["version"] = json!("2.0.0"), "not a 1.0.x version");
    broken(
        &|s| s["grade"] = json!("A"),
        "property `grade` that xAPI does not define",
    );
    broken(
        &|s| {
            let mut o = obj(s);
            o.insert("result".into(), json!({"score": {"scaled": 0.5, "top": 1}}));
            *s = Value::Object(o);
        },
        "`top`",
    );
    assert!(
        validate_statement(&json!([1]))
            .iter()
            .any(|p| p.contains("must be a JSON object"))
    );
}

// ---------------------------------------------------------------- command line

fn frontline(args: &[&str], data: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(args)
        .current_dir(root())
        .env("FRONTLINE_DATA", data)
        .output()
        .expect("the frontline binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_command_line_runs_a_workshop_end_to_end() {
    let dir = Temp::new("cli");
    let p = |s: &str| dir.path().join(s).to_string_lossy().into_owned();
    let data = dir.path().join("data");
    let tiny = root().join("tests/fixtures/tiny.ron");
    let tiny = tiny.to_str().unwrap();

    let o = frontline(
        &[
            "simulate",
            "--trainees",
            "40",
            "--workshop",
            "k7q-p2m",
            "--scenario",
            tiny,
            "--out",
            &p("room"),
        ],
        &data,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("Wrote 40 result(s)"));
    assert_eq!(
        std::fs::read_dir(dir.path().join("room")).unwrap().count(),
        40
    );

    // The facilitator's report: text, CSV, JSON.
    let fixtures = root().join("tests/fixtures");
    let lib = fixtures.to_str().unwrap();
    let o = frontline(
        &[
            "--scenarios",
            lib,
            "report",
            &p("room"),
            "--workshop",
            "K7QP2M",
        ],
        &data,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("Workshop K7QP2M: 40 attempts by 40 trainees"));
    let o = frontline(&["--scenarios", lib, "report", &p("room"), "--csv"], &data);
    assert_eq!(parse_csv(&text(&o.stdout)).len(), 41);
    let o = frontline(&["--scenarios", lib, "report", &p("room"), "--json"], &data);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["attempts"], 40);
    let o = frontline(&["report", &p("room"), "--workshop", "no"], &data);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("4 to 12 letters"));

    // A trainee's laptop: import the room's results as if played here, export.
    let o = frontline(&["import", &p("room"), &p("missing")], &data);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("40 new result(s) imported"), "{out}");
    assert!(out.contains("missing: no such file or folder"), "{out}");
    let o = frontline(&["import", &p("room")], &data);
    assert!(
        text(&o.stdout).contains("0 new result(s) imported")
            && text(&o.stdout).contains("40 already there")
    );
    let o = frontline(
        &[
            "export",
            "--workshop",
            "k7qp2m",
            "--out",
            &p("usb/export.json"),
        ],
        &data,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("Exported 40 result(s)"));
    let o = frontline(
        &["export", "--workshop", "ZZZZ", "--out", &p("usb/none.json")],
        &data,
    );
    assert!(!o.status.success());
    assert!(!dir.path().join("usb/none.json").exists());

    // The facilitator imports the bundle and a bad file into another folder.
    std::fs::write(
        dir.path().join("usb/broken.json"),
        "{\"format\": \"frontline-result\", \"att",
    )
    .unwrap();
    let facilitator = dir.path().join("facilitator");
    let o = frontline(&["import", &p("usb")], &facilitator);
    let out = text(&o.stdout);
    assert!(
        out.contains("40 new result(s) imported") && out.contains("1 skipped"),
        "{out}"
    );
    assert!(out.contains("broken.json: truncated JSON"), "{out}");

    // xAPI, to a file, every statement valid.
    let o = frontline(
        &[
            "xapi",
            &p("usb/export.json"),
            "--out",
            &p("statements.json"),
            "--home-page",
            "https://lms.example.org",
        ],
        &data,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let all: Vec<Value> =
        serde_json::from_slice(&std::fs::read(dir.path().join("statements.json")).unwrap())
            .unwrap();
    assert_eq!(all.len(), 40);
    for s in &all {
        assert!(validate_statement(s).is_empty());
        assert_eq!(s["actor"]["account"]["homePage"], "https://lms.example.org");
    }
    let o = frontline(
        &["xapi", &p("room"), "--home-page", "kim@example.org"],
        &data,
    );
    assert_eq!(o.status.code(), Some(2));

    // A hand-edited record whose finish time is not a time is left out and
    // named; the others are still exported.
    let mut odd = played(&[1, 1], None);
    odd.finished = "yesterday".into();
    odd.trainee = "  ".into();
    let good = played(&[2, 1], None);
    let mixed = dir.path().join("mixed");
    records::write_each(&[odd.clone(), good], &mixed).unwrap();
    let o = frontline(&["xapi", &p("mixed"), "--out", &p("mixed.json")], &data);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains(&odd.attempt) && err.contains("statement.timestamp"),
        "{err}"
    );
    let kept: Vec<Value> =
        serde_json::from_slice(&std::fs::read(dir.path().join("mixed.json")).unwrap()).unwrap();
    assert_eq!(kept.len(), 1);
    // A blank pseudonym still gives a valid, non-empty account name.
    odd.finished = "2026-03-14T09:12:30Z".into();
    let s = statement(&odd, &XapiOptions::default());
    assert!(
        validate_statement(&s).is_empty(),
        "{:?}",
        validate_statement(&s)
    );
    assert!(
        s["actor"]["account"]["name"]
            .as_str()
            .unwrap()
            .starts_with("anonymous-")
    );
}

/// Every key of a JSON value as a path (`score.areas[].area`); the items
/// of a list share one path.
fn key_paths(v: &Value, path: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                out.push(p.clone());
                key_paths(item, &p, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                key_paths(item, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
    out.sort();
    out.dedup();
}

/// The fields of a result record (and of the bundle that carries records)
/// are a file format: other machines and later versions read them. A
/// rename must come with a new format version, never by accident.
const RECORD_FIELDS: &[&str] = &[
    "attempt",
    "choices",
    "choices[].decision",
    "choices[].index",
    "choices[].node",
    "choices[].number",
    "choices[].text",
    "duration_secs",
    "ending",
    "ending.node",
    "ending.title",
    "ending.tone",
    "finished",
    "format",
    "format_version",
    "harm_titles",
    "harms",
    "harms[].choice",
    "harms[].decision",
    "harms[].id",
    "harms[].kind",
    "harms[].node",
    "harms[].severity",
    "journey",
    "journey.case",
    "journey.journey",
    "journey.seed",
    "journey.stage",
    "journey.stages",
    "language",
    "mode",
    "profile",
    "role",
    "scenario",
    "scenario_title",
    "scenario_version",
    "score",
    "score.areas",
    "score.areas[].area",
    "score.areas[].best",
    "score.areas[].points",
    "score.areas[].score",
    "score.areas[].title",
    "score.areas[].worst",
    "score.best",
    "score.overall",
    "score.points",
    "score.worst",
    "seed",
    "started",
    "trainee",
    "votes",
    "votes[].counts",
    "votes[].decision",
    "votes[].followed",
    "votes[].node",
    "workshop",
];

#[test]
fn result_record_json_field_names_are_pinned() {
    let mut r = played(&[1, 2], Some("K7QP2M"));
    r.set_votes([(0, vec![3, 1], 1)]);
    r.journey = Some(records::JourneyRef {
        journey: uuid::Uuid::new_v4().to_string(),
        case: "journey".into(),
        stage: 1,
        stages: 3,
        seed: 4,
    });
    let v = serde_json::to_value(&r).unwrap();
    let mut keys = Vec::new();
    key_paths(&v, "", &mut keys);
    // harm_titles is a map keyed by harm id: its keys are data, not fields.
    keys.retain(|k| !k.starts_with("harm_titles."));
    assert_eq!(
        keys, RECORD_FIELDS,
        "the result record's JSON fields changed"
    );
    assert_eq!(v["format"], records::RECORD_FORMAT);
    assert_eq!(v["format_version"], records::FORMAT_VERSION);
    // The values of its enums are part of the format too.
    assert_eq!(v["role"], "HealthWorker");
    assert_eq!(v["mode"], "coach");
    assert!(["Good", "Mixed", "Poor"].contains(&v["ending"]["tone"].as_str().unwrap()));
    assert_eq!(v["score"]["areas"][0]["area"], "Identification");
    assert!(
        v["harms"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| ["caused", "avoided"].contains(&h["kind"].as_str().unwrap()))
    );

    let b = serde_json::to_value(ResultsBundle::new(std::slice::from_ref(&r), None)).unwrap();
    let mut keys = Vec::new();
    key_paths(&b, "", &mut keys);
    let mut expected: Vec<String> = [
        "exported",
        "format",
        "format_version",
        "records",
        "workshop",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(RECORD_FIELDS.iter().map(|f| format!("records[].{f}")));
    keys.retain(|k| !k.starts_with("records[].harm_titles."));
    expected.sort();
    assert_eq!(keys, expected, "the export bundle's JSON fields changed");
    assert_eq!(b["format"], records::BUNDLE_FORMAT);
}

/// `report --json` is read by facilitators' scripts: the columns of a row
/// of the trainees' table, in their order, are pinned.
#[test]
fn report_json_rows_keep_their_columns_in_order() {
    let r = GroupReport::build(&room(2), None, None);
    let text = render_json(&r);
    let rows = &text[text.find("\"rows\": [").expect("a rows list")..];
    let first = &rows[..rows.find("\n    }").expect("a first row")];
    let keys: Vec<&str> = first
        .lines()
        .filter_map(|l| l.strip_prefix("      \""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert_eq!(
        keys,
        [
            "attempt",
            "trainee",
            "role",
            "scenario",
            "scenario_title",
            "scenario_version",
            "seed",
            "score",
            "area_scores",
            "ending",
            "ending_node",
            "tone",
            "mode",
            "workshop",
            "started",
            "finished",
            "duration_secs",
            "choices",
            "caused",
            "avoided",
        ]
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    let row = &v["rows"][0];
    let rec = &r.rows[0];
    assert_eq!(row["score"], rec.score.overall);
    assert_eq!(row["ending"], rec.ending.title.as_str());
    assert_eq!(row["ending_node"], rec.ending.node.as_str());
    let caused: u64 = row["caused"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    let expected = rec
        .harms
        .iter()
        .filter(|h| h.kind == HarmKind::Caused)
        .count();
    assert_eq!(caused as usize, expected);
}

// ---------------------------------------------------------------- hardening

/// Import in a thread that must finish within `secs`.
fn import_within(secs: u64, data: &Path, paths: Vec<PathBuf>) -> records::Imported {
    let data = data.to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(import_into(&data, &paths)).unwrap());
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("the import finishes")
}

#[test]
fn import_skips_pipes_and_devices_by_name_without_waiting() {
    let recs = room(1);
    let dir = Temp::new("fifo");
    let good = dir.path().join("good.json");
    frontline::save::files::write_json(&good, &recs[0]).unwrap();
    let fifo = dir.path().join("pipe.json");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let data = dir.path().join("data");
    let paths = vec![
        fifo.clone(),
        PathBuf::from("/dev/zero"),
        dir.path().to_path_buf(),
    ];
    let r = import_within(20, &data, paths);
    assert_eq!(r.imported, 1, "{r:?}");
    let named: Vec<_> = r.skipped.iter().map(|s| s.path.clone()).collect();
    assert!(
        named.contains(&fifo) && named.contains(&PathBuf::from("/dev/zero")),
        "{r:?}"
    );
    assert!(
        r.skipped
            .iter()
            .all(|s| s.reason.contains("not a regular file")),
        "{r:?}"
    );
}

#[test]
fn a_bundle_of_millions_of_empty_records_keeps_the_good_ones() {
    let recs = room(2);
    let dir = Temp::new("million");
    let mut text =
        String::from(r#"{"format": "frontline-results-bundle", "format_version": 1, "records": ["#);
    text.push_str(&serde_json::to_string(&recs[0]).unwrap());
    text.push_str(&",{}".repeat(3_000_000));
    text.push(',');
    text.push_str(&serde_json::to_string(&recs[1]).unwrap());
    text.push_str("]}");
    let bundle = dir.path().join("bundle.json");
    std::fs::write(&bundle, text).unwrap();
    let r = import_within(120, &dir.path().join("data"), vec![bundle]);
    assert_eq!(r.imported, 2, "{:?}", &r.skipped[..3]);
    // The unusable records are counted, not listed one by one.
    assert!(r.skipped.len() <= 21, "{}", r.skipped.len());
    assert!(
        r.skipped
            .last()
            .unwrap()
            .reason
            .contains("2999980 more record(s)")
    );
}

#[test]
fn import_fails_and_says_how_many_records_were_not_written() {
    let recs = room(2);
    let dir = Temp::new("notwritten");
    let usb = dir.path().join("usb");
    records::write_each(&recs, &usb).unwrap();
    let data = dir.path().join("data");
    // The results folder cannot be made: every write fails, as on a full disk.
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("results"), "in the way").unwrap();
    let r = import_into(&data, &[&usb]);
    assert_eq!((r.imported, r.not_written), (0, 2), "{r:?}");
    let out = frontline(&["import", usb.to_str().unwrap()], &data);
    assert!(!out.status.success(), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("2 result(s) could not be written."),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_conflicting_copy_is_set_aside_and_the_kept_one_stays() {
    let recs = room(1);
    let dir = Temp::new("conflict");
    let data = dir.path().join("data");
    recs[0].save(&data).unwrap();
    let mut changed = recs[0].clone();
    changed.trainee = "Someone else".into();
    let other = dir.path().join("other.json");
    frontline::save::files::write_json(&other, &changed).unwrap();
    let r = import_into(&data, &[&other]);
    assert_eq!((r.imported, r.already, r.duplicates), (0, 0, 0), "{r:?}");
    assert_eq!(r.conflicts.len(), 1, "{r:?}");
    assert_eq!(load_all(&data).records, recs);
    let aside: ResultRecord =
        serde_json::from_slice(&std::fs::read(&r.conflicts[0].path).unwrap()).unwrap();
    assert_eq!(aside, changed);
    // Two new copies: the one read first is kept, the other set aside.
    let fresh = dir.path().join("fresh");
    let r = import_into(&fresh, &[&other, &dir.path().join("data/results")]);
    assert_eq!((r.imported, r.conflicts.len()), (1, 1), "{r:?}");
    assert_eq!(load_all(&fresh).records[0].trainee, "Someone else");
}

/// Each of `cases` (a JSON pointer into the good record, the value put
/// there, the field the refusal must name), imported alone, is refused
/// with that field named.
fn refused_with_field_named(dir: &Temp, good: &Value, cases: Vec<(&str, Value, &str)>) {
    for (pointer, value, field) in cases {
        let mut v = good.clone();
        *v.pointer_mut(pointer).unwrap() = value;
        let file = dir.path().join("odd.json");
        std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();
        let r = import_into(&dir.path().join("data"), &[&file]);
        assert_eq!(r.imported, 0, "{pointer}");
        let err = &r.skipped[0].reason;
        assert!(err.contains(field), "{pointer}: {err}");
    }
}

#[test]
fn out_of_range_fields_are_refused_with_the_field_named() {
    let recs = room(1);
    let good = serde_json::to_value(&recs[0]).unwrap();
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/score/overall", json!(101), "score.overall"),
        ("/score/overall", json!(255), "score.overall"),
        (
            "/choices/0/decision",
            json!(u64::MAX),
            "choices[0].decision",
        ),
        ("/format_version", json!(1u64 << 32), "4294967296"),
        ("/finished", json!("2026-02-30T10:00:00Z"), "finished"),
        ("/seed", json!(u64::MAX), "seed"),
    ];
    let dir = Temp::new("ranges");
    refused_with_field_named(&dir, &good, cases);
}

#[test]
fn report_text_shows_control_characters_escaped() {
    let mut recs = room(2);
    recs[0].trainee = "Mallory\u{1b}]0;owned\u{7}\u{1b}[2J".into();
    let r = GroupReport::build(&recs, None, Some(&library()));
    let t = render_text(&r, &frontline::i18n::Ui::new(frontline::i18n::Lang::En));
    assert!(!t.contains('\u{1b}') && !t.contains('\u{7}'), "{t}");
    assert!(t.contains("Mallory\\u{1b}]0;owned\\u{7}\\u{1b}[2J"), "{t}");
}

#[test]
fn json_nested_too_deep_is_said_so_and_a_bom_is_accepted() {
    let deep = format!(
        r#"{{"format": "frontline-result", "extra": {}1{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let err = records::parse(deep.as_bytes()).unwrap_err();
    assert!(err.contains("nested too deep"), "{err}");
    let recs = room(1);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec_pretty(&recs[0]).unwrap());
    assert!(matches!(records::parse(&bytes), Ok(ResultFile::Record(r)) if *r == recs[0]));
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_shown_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = Temp::new("nonutf8");
    let name = std::ffi::OsStr::from_bytes(b"bad-\xFF\x1b.json");
    std::fs::write(dir.path().join(name), "{").unwrap();
    let c = collect(&[dir.path()]);
    let shown = c.skipped[0].to_string();
    assert!(shown.contains("bad-\\xFF\\u{1b}.json"), "{shown}");
}

#[test]
fn two_imports_at_once_count_each_record_once() {
    let recs = room(30);
    let dir = Temp::new("race");
    let usb = dir.path().join("usb");
    records::write_each(&recs, &usb).unwrap();
    let data = dir.path().join("data");
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let (data, usb) = (data.clone(), usb.clone());
            std::thread::spawn(move || import_into(&data, &[usb]))
        })
        .collect();
    let results: Vec<_> = runs.into_iter().map(|h| h.join().unwrap()).collect();
    let imported: usize = results.iter().map(|r| r.imported).sum();
    assert_eq!(imported, 30, "{results:?}");
    for r in &results {
        assert_eq!(r.imported + r.already, 30, "{r:?}");
        assert!(r.conflicts.is_empty() && r.skipped.is_empty(), "{r:?}");
    }
}

#[test]
fn stale_temporary_files_are_removed_at_start() {
    let dir = Temp::new("stale");
    let results = results_dir(dir.path());
    std::fs::create_dir_all(&results).unwrap();
    let stale = results.join(".x.json.123.tmp");
    let fresh = results.join(".y.json.124.tmp");
    let kept = results.join("keep.json");
    for p in [&stale, &fresh, &kept] {
        std::fs::write(p, "{").unwrap();
    }
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    // A killed write of a conflicting copy leaves its temporary in
    // `conflicts/`: that folder is swept too.
    let conflicts = dir.path().join("conflicts");
    std::fs::create_dir_all(&conflicts).unwrap();
    let stale_conflict = conflicts.join(".x-1.json.125.tmp");
    std::fs::write(&stale_conflict, "{").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale_conflict)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let mut removed = frontline::save::files::remove_stale_temporaries(dir.path());
    removed.sort();
    let mut expected = vec![stale.clone(), stale_conflict.clone()];
    expected.sort();
    assert_eq!(removed, expected);
    assert!(!stale.exists() && fresh.exists() && kept.exists());
    // The command line cleans up when it starts.
    std::fs::write(&stale, "{").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let _ = frontline(&["report", results.to_str().unwrap()], dir.path());
    assert!(!stale.exists());
}

#[test]
fn xapi_refuses_impossible_dates_and_registrations_that_are_not_v4_or_v5() {
    assert!(!xapi::is_timestamp("2026-02-30T10:00:00Z"));
    assert!(!xapi::is_timestamp("2026-02-29T10:00:00Z"));
    assert!(!xapi::is_timestamp("2026-04-31T10:00:00Z"));
    assert!(xapi::is_timestamp("2024-02-29T10:00:00Z"));
    assert!(xapi::is_timestamp("2026-12-31T23:59:60Z"));
    let r = played(&[1, 1], None);
    let mut s = statement(&r, &XapiOptions::default());
    assert!(validate_statement(&s).is_empty());
    for not_v4_v5 in [
        "00000000-0000-0000-0000-000000000000",
        "6ba7b810-9dad-11d1-80b4-00c04fd430c8", // version 1
        "6ba7b810-9dad-31d1-80b4-00c04fd430c8", // version 3
    ] {
        s["context"]["registration"] = json!(not_v4_v5);
        let problems = validate_statement(&s);
        assert!(
            problems.iter().any(|p| p.contains("context.registration")),
            "{not_v4_v5}: {problems:?}"
        );
    }
}

#[test]
fn xapi_sends_the_seed_as_a_string() {
    let r = played(&[1, 1], Some("k7q-p2m"));
    let s = statement(&r, &XapiOptions::default());
    let seed = &s["context"]["extensions"]["https://frontline.example/xapi/seed"];
    assert_eq!(seed, &json!(r.seed.to_string()));
}

#[test]
fn xapi_refuses_email_shaped_names_unless_asked() {
    let mut r = played(&[1, 1], None);
    r.trainee = "kim.lee@example.org".into();
    let opts = XapiOptions::default();
    let checked = xapi::checked_statements(std::slice::from_ref(&r), &opts);
    assert!(checked.statements.is_empty());
    assert!(
        checked.left_out[0].1[0].contains("e-mail"),
        "{:?}",
        checked.left_out
    );
    let allowed = XapiOptions {
        allow_email_names: true,
        ..XapiOptions::default()
    };
    let checked = xapi::checked_statements(&[r], &allowed);
    assert_eq!(checked.statements.len(), 1);
}

#[test]
fn a_pseudonym_that_looks_like_contact_details_gets_a_warning() {
    use frontline::save::progress::pseudonym_warning;
    for contact in [
        "kim@example.org",
        " Kim.Lee@mail.example ",
        "+44 7700 900123",
        "0612345678",
        "(555) 123-4567",
    ] {
        assert!(pseudonym_warning(contact).is_some(), "{contact}");
    }
    for name in ["Rain", "Agent 007", "Team 12", "Nadia B.", "2024"] {
        assert!(pseudonym_warning(name).is_none(), "{name}");
    }
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// A change to a JSON value: a field set to an odd value, or removed.
    fn damage() -> impl Strategy<Value = Vec<(usize, Value)>> {
        let odd = prop_oneof![
            Just(Value::Null),
            Just(json!(-1)),
            Just(json!(u64::MAX)),
            Just(json!(1u64 << 32)),
            Just(json!(101)),
            Just(json!(1.5)),
            Just(json!("")),
            Just(json!("2026-02-30T10:00:00Z")),
            Just(json!("\u{1b}[2J")),
            Just(json!([])),
            Just(json!({})),
            any::<String>().prop_map(Value::String),
            any::<i64>().prop_map(|n| json!(n)),
        ];
        prop::collection::vec((any::<usize>(), odd), 0..4)
    }

    /// Every place in a JSON value, as JSON pointers.
    fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| {
                let p = format!("{at}/{k}");
                out.push(p.clone());
                pointers(x, p, out);
            }),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(x, p, out);
            }),
            _ => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Result records and bundles through import: damaged fields, cut
        /// files and noise never panic it, what is valid is imported, and
        /// every file or record not used is named with a reason.
        #[test]
        fn any_damaged_bundle_imports_what_is_valid(
            changes in damage(),
            cut in prop::option::of(0.0..1.0f64),
            noise in prop::collection::vec(any::<u8>(), 0..64),
        ) {
            let recs = room(3);
            let mut v = serde_json::to_value(ResultsBundle::new(&recs, None)).unwrap();
            let mut places = Vec::new();
            pointers(&v, String::new(), &mut places);
            for (i, odd) in changes {
                if let Some(x) = v.pointer_mut(&places[i % places.len()]) {
                    *x = odd;
                }
            }
            let mut bytes = serde_json::to_vec(&v).unwrap();
            if let Some(c) = cut {
                bytes.truncate((c * bytes.len() as f64) as usize);
            }
            let dir = Temp::new("fuzz");
            std::fs::write(dir.path().join("bundle.json"), &bytes).unwrap();
            std::fs::write(dir.path().join("noise.json"), &noise).unwrap();
            let r = import_into(&dir.path().join("data"), &[dir.path()]);
            prop_assert_eq!(r.files, 2);
            prop_assert!(r.imported <= 3);
            prop_assert_eq!(load_all(&dir.path().join("data")).records.len(), r.imported);
            for s in &r.skipped {
                prop_assert!(!s.path.as_os_str().is_empty() && !s.reason.is_empty(), "{:?}", s);
            }
            // Anything imported is read back and reported without trouble.
            let back = load_all(&dir.path().join("data")).records;
            let _ = render_text(&GroupReport::build(&back, None, None), &frontline::i18n::Ui::new(frontline::i18n::Lang::En));
        }
    }
}

#[test]
fn reading_counts_conflicting_copies_apart_from_plain_duplicates() {
    let recs = room(2);
    let dir = Temp::new("collect-conflict");
    let mut changed = recs[0].clone();
    changed.score.overall = 3;
    records::write_each(&recs, &dir.path().join("a")).unwrap();
    frontline::save::files::write_json(&dir.path().join("b/changed.json"), &changed).unwrap();
    frontline::save::files::write_json(&dir.path().join("b/copy.json"), &recs[1]).unwrap();
    let c = collect(&[dir.path()]);
    assert_eq!((c.records.len(), c.duplicates, c.conflicts), (2, 2, 1));
}

// ---------------------------------------------------------------- learning record store

use frontline::workshop::lrs::{self, LrsConfig, RetryPolicy, SendSummary, StopReason};
use std::io::{BufRead, BufReader, Read, Write as _};
use std::net::TcpListener;

/// A retry policy for tests: quick, and `tries` long.
fn quick(tries: u32) -> RetryPolicy {
    RetryPolicy {
        tries,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
    }
}

fn local_config(port: u16, user: &str, password: &str) -> LrsConfig {
    let mut c = LrsConfig::new(&format!("http://127.0.0.1:{port}/xAPI"), user, password).unwrap();
    c.retry = quick(3);
    c.connect_timeout = Duration::from_secs(5);
    c.read_timeout = Duration::from_secs(30);
    c
}

/// A request as a test server saw it.
#[derive(Debug)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A test server's answer: status, extra headers, body.
type Answer = (u16, Vec<(&'static str, String)>, Option<String>);

/// A one-thread HTTP server on a free localhost port that gives each
/// connection the next answer (status, extra headers, body; `None` for the
/// body means "echo the ids of the posted statements") and closes it; it
/// returns what it saw when the answers run out.
fn serve(answers: Vec<Answer>) -> (u16, std::thread::JoinHandle<Vec<Seen>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for (status, headers, body) in answers {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut parts = line.split_whitespace();
            let (method, target) = (
                parts.next().unwrap_or("").to_string(),
                parts.next().unwrap_or("").to_string(),
            );
            let mut req_headers = Vec::new();
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                let (k, v) = h.split_once(':').unwrap();
                req_headers.push((k.trim().to_string(), v.trim().to_string()));
            }
            let len: usize = req_headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .map_or(0, |(_, v)| v.parse().unwrap());
            let mut buf = vec![0; len];
            reader.read_exact(&mut buf).unwrap();
            let req = Seen {
                method,
                target,
                headers: req_headers,
                body: String::from_utf8(buf).unwrap(),
            };
            let body = body.unwrap_or_else(|| {
                let posted: Vec<Value> = serde_json::from_str(&req.body).unwrap();
                let ids: Vec<&Value> = posted.iter().map(|s| &s["id"]).collect();
                serde_json::to_string(&ids).unwrap()
            });
            let mut out = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str("\r\n");
            out.push_str(&body);
            let mut stream = stream;
            let _ = stream.write_all(out.as_bytes());
            seen.push(req);
        }
        seen
    });
    (port, handle)
}

fn room_statements(trainees: usize) -> Vec<Value> {
    statements(&room(trainees), &XapiOptions::default())
}

#[test]
fn the_lrs_configuration_comes_from_the_environment_then_the_file() {
    let dir = Temp::new("lrs-config");
    let none = |_: &str| None;
    let e = LrsConfig::load_from(None, dir.path(), &none).unwrap_err();
    assert!(e.to_string().contains("FRONTLINE_LRS_URL"), "{e}");
    let e =
        LrsConfig::load_from(Some("https://lrs.example.org/xAPI"), dir.path(), &none).unwrap_err();
    assert!(e.to_string().contains("FRONTLINE_LRS_PASSWORD"), "{e}");

    // The environment alone.
    let env = |k: &str| match k {
        "FRONTLINE_LRS_URL" => Some("https://env.example.org/xAPI/".to_string()),
        "FRONTLINE_LRS_USER" => Some("key".to_string()),
        "FRONTLINE_LRS_PASSWORD" => Some("secret".to_string()),
        _ => None,
    };
    let c = LrsConfig::load_from(None, dir.path(), &env).unwrap();
    assert_eq!(c.config.endpoint, "https://env.example.org/xAPI");
    assert_eq!(
        c.config.statements_url(),
        "https://env.example.org/xAPI/statements"
    );
    assert_eq!(
        (c.config.user.as_str(), c.config.password.as_str()),
        ("key", "secret")
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    // `--send URL` wins over the environment.
    let c = LrsConfig::load_from(Some("https://arg.example.org/lrs"), dir.path(), &env).unwrap();
    assert_eq!(c.config.endpoint, "https://arg.example.org/lrs");

    // The file, readable by others: a warning.
    let file = dir.path().join(lrs::CONFIG_FILE);
    std::fs::write(
        &file,
        r#"{"endpoint": "http://lrs.example.org/xAPI", "user": "fkey", "password": "fsecret"}"#,
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let c = LrsConfig::load_from(None, dir.path(), &none).unwrap();
        assert_eq!(c.config.user, "fkey");
        assert!(
            c.warnings.iter().any(|w| w.contains("chmod 600")),
            "{:?}",
            c.warnings
        );
        assert!(
            c.warnings.iter().any(|w| w.contains("not https")),
            "{:?}",
            c.warnings
        );
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let c = LrsConfig::load_from(None, dir.path(), &none).unwrap();
        assert!(
            !c.warnings.iter().any(|w| w.contains("chmod")),
            "{:?}",
            c.warnings
        );
    }
    // The environment's credentials win over the file's.
    let c = LrsConfig::load_from(None, dir.path(), &env).unwrap();
    assert_eq!(c.config.user, "key");

    // A broken file and a bad address are clear errors.
    std::fs::write(
        &file,
        r#"{"endpoint": "https://x.example", "pasword": "typo"}"#,
    )
    .unwrap();
    let e = LrsConfig::load_from(None, dir.path(), &none).unwrap_err();
    assert!(e.to_string().contains("pasword"), "{e}");
    let e = LrsConfig::load_from(Some("lrs.example.org"), dir.path(), &env).unwrap_err();
    assert!(e.to_string().contains("https://"), "{e}");
}

#[test]
fn statements_go_in_batches_with_the_xapi_headers() {
    let stmts = room_statements(40);
    let (port, server) = serve(vec![
        (200, vec![], None),
        (200, vec![], None),
        (200, vec![], None),
    ]);
    let mut config = local_config(port, "key", "secret");
    config.batch_size = 15;
    let mut seen_progress = Vec::new();
    let s = lrs::send(&stmts, &config, |p| seen_progress.push(p.done)).unwrap();
    assert_eq!((s.total, s.sent, s.already, s.failed), (40, 40, 0, 0));
    assert_eq!(seen_progress, vec![0, 15, 30, 40]);
    let seen = server.join().unwrap();
    let sizes: Vec<usize> = seen
        .iter()
        .map(|r| serde_json::from_str::<Vec<Value>>(&r.body).unwrap().len())
        .collect();
    assert_eq!(sizes, vec![15, 15, 10]);
    for r in &seen {
        assert_eq!(
            (r.method.as_str(), r.target.as_str()),
            ("POST", "/xAPI/statements")
        );
        assert_eq!(r.header("X-Experience-API-Version"), Some("1.0.3"));
        assert_eq!(r.header("Content-Type"), Some("application/json"));
        // key:secret
        assert_eq!(r.header("Authorization"), Some("Basic a2V5OnNlY3JldA=="));
    }
}

#[test]
fn a_busy_lrs_is_tried_again_with_back_off() {
    let stmts = room_statements(3);
    let (port, server) = serve(vec![
        (503, vec![], Some(r#"{"detail": "busy"}"#.into())),
        (429, vec![("Retry-After", "0".into())], Some("{}".into())),
        // The LRS held the first statement already: it lists the other two.
        (
            200,
            vec![],
            Some(serde_json::to_string(&[&stmts[1]["id"], &stmts[2]["id"]]).unwrap()),
        ),
    ]);
    let config = local_config(port, "key", "secret");
    let mut retries = Vec::new();
    let s = lrs::send(&stmts, &config, |p| {
        if let Some(r) = p.retrying {
            retries.push((r.attempt, r.why));
        }
    })
    .unwrap();
    assert_eq!((s.sent, s.already, s.failed), (2, 1, 0));
    assert_eq!(retries.len(), 2, "{retries:?}");
    assert_eq!(retries[0].0, 2);
    assert!(retries[0].1.contains("503: busy"), "{retries:?}");
    assert_eq!(server.join().unwrap().len(), 3);

    // Always busy: the send gives up after its tries, with a summary.
    let (port, server) = serve(vec![(503, vec![], Some("{}".into())); 3]);
    let e = lrs::send(&stmts, &local_config(port, "key", "secret"), |_| {}).unwrap_err();
    assert!(
        matches!(e.reason, StopReason::GaveUp { tries: 3, .. }),
        "{e}"
    );
    assert_eq!((e.summary.delivered(), e.summary.failed), (0, 3));
    server.join().unwrap();
}

#[test]
fn a_wrong_password_a_server_that_is_no_lrs_and_a_dead_port_are_clear_errors() {
    let stmts = room_statements(2);
    let (port, server) = serve(vec![(
        401,
        vec![("WWW-Authenticate", "Basic".into())],
        Some(r#"{"detail":"Invalid authentication credentials"}"#.into()),
    )]);
    let e = lrs::send(&stmts, &local_config(port, "key", "wrong"), |_| {}).unwrap_err();
    assert!(
        e.to_string()
            .contains("refused the user and password (401): Invalid authentication credentials"),
        "{e}"
    );
    server.join().unwrap();

    let (port, server) = serve(vec![(404, vec![], Some("<html>Not here</html>".into()))]);
    let e = lrs::send(&stmts, &local_config(port, "key", "secret"), |_| {}).unwrap_err();
    assert!(
        matches!(e.reason, StopReason::NotAnLrs { status: 404, .. }),
        "{e}"
    );
    server.join().unwrap();

    let (port, server) = serve(vec![(200, vec![], Some("<html>hello</html>".into()))]);
    let e = lrs::send(&stmts, &local_config(port, "key", "secret"), |_| {}).unwrap_err();
    assert!(e.to_string().contains("does not answer as an xAPI"), "{e}");
    server.join().unwrap();

    let (port, server) = serve(vec![(400, vec![], Some(r#"{"detail":"bad verb"}"#.into()))]);
    let e = lrs::send(&stmts, &local_config(port, "key", "secret"), |_| {}).unwrap_err();
    assert!(
        e.to_string()
            .contains("refused the statements (400): bad verb"),
        "{e}"
    );
    server.join().unwrap();

    // Nobody listens: connection refused, tried again, then a clear error.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let started = std::time::Instant::now();
    let e = lrs::send(&stmts, &local_config(port, "key", "secret"), |_| {}).unwrap_err();
    assert!(e.to_string().contains("after 3 tries"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(10));

    // A server that accepts but never answers: the read timeout ends it.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut config = local_config(silent.local_addr().unwrap().port(), "key", "secret");
    config.retry = quick(1);
    config.read_timeout = Duration::from_millis(300);
    let e = lrs::send(&stmts, &config, |_| {}).unwrap_err();
    assert!(e.to_string().contains("no answer in time"), "{e}");
}

#[test]
fn a_batch_refused_with_409_is_sent_one_by_one() {
    let stmts = room_statements(3);
    let id = |i: usize| stmts[i]["id"].as_str().unwrap().to_string();
    let (port, server) = serve(vec![
        (409, vec![], Some(r#"{"detail":"conflict"}"#.into())),
        // The first: held already (same statement).
        (200, vec![], Some(stmts[0].to_string())),
        (204, vec![], Some(String::new())),
        // The second: new.
        (404, vec![], Some("{}".into())),
        (204, vec![], Some(String::new())),
        // The third: a different statement holds its id.
        (200, vec![], Some("{}".into())),
        (
            409,
            vec![],
            Some(r#"{"detail":"A different statement already exists with the same ID"}"#.into()),
        ),
    ]);
    let s = lrs::send(&stmts, &local_config(port, "key", "secret"), |_| {}).unwrap();
    assert_eq!((s.sent, s.already, s.failed), (1, 1, 1));
    assert!(s.problems[0].contains(&id(2)), "{:?}", s.problems);
    let seen = server.join().unwrap();
    assert_eq!(seen[2].method, "PUT");
    assert_eq!(
        seen[2].target,
        format!("/xAPI/statements?statementId={}", id(0))
    );
}

#[test]
fn sending_without_an_lrs_configured_is_a_mistake_in_the_command() {
    let dir = Temp::new("lrs-cli");
    let o = frontline(
        &["xapi", dir.path().to_str().unwrap(), "--send"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("FRONTLINE_LRS_URL"),
        "{}",
        text(&o.stderr)
    );
    let o = frontline(
        &["xapi", dir.path().to_str().unwrap(), "--send", "not-a-url"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
}

// A real LRS: Ralph (https://github.com/openfun/ralph), started by the tests
// from the virtual environment in FRONTLINE_TEST_RALPH (`.ci/run` makes it).

/// The virtual environment with Ralph, or None (the test says it is skipped).
fn ralph_venv(test: &str) -> Option<PathBuf> {
    match std::env::var_os("FRONTLINE_TEST_RALPH") {
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => {
            eprintln!(
                "{test}: skipped: set FRONTLINE_TEST_RALPH to a virtual environment with ralph-malph[cli,lrs] (.ci/run does)"
            );
            None
        }
    }
}

const RALPH_USER: &str = "frontline-test";
const RALPH_PASSWORD: &str = "a-test-password";

/// Ralph's API served as `ralph runserver -b fs` serves it, but for two
/// things. Ralph 5.1.0's file-system backend writes its one statements
/// file with the "create" operation, which refuses an existing file, so
/// every write after the first fails with 500 "Statements bulk indexation
/// failed"; here it appends, as the file is meant to grow. And uvicorn
/// runs without runserver's reloader, in one process, which the test can
/// kill like a power cut.
const RALPH_SERVER: &str = r#"
import sys, uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"#;

/// A Ralph LRS serving one store on one localhost port; stopped (its
/// whole process group) when dropped.
struct Ralph {
    venv: PathBuf,
    /// Holds auth.json, the store and the server's log.
    dir: PathBuf,
    port: u16,
    child: Option<std::process::Child>,
}

impl Ralph {
    /// A user in a fresh auth file in `dir` (with `ralph auth`), then the
    /// server on a free port.
    fn start(venv: &Path, dir: &Path) -> Ralph {
        let o = Command::new(venv.join("bin/ralph"))
            .args([
                "auth",
                "-u",
                RALPH_USER,
                "-p",
                RALPH_PASSWORD,
                "-s",
                "all",
                "-w",
            ])
            .args(["-A", RALPH_USER, "https://frontline.example"])
            .envs(Self::env(dir))
            .output()
            .expect("ralph runs");
        assert!(o.status.success(), "ralph auth: {}", text(&o.stderr));
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut r = Ralph {
            venv: venv.to_path_buf(),
            dir: dir.to_path_buf(),
            port,
            child: None,
        };
        r.restart();
        r
    }

    fn env(dir: &Path) -> Vec<(&'static str, PathBuf)> {
        vec![
            ("RALPH_APP_DIR", dir.to_path_buf()),
            ("RALPH_AUTH_FILE", dir.join("auth.json")),
            ("RALPH_RUNSERVER_BACKEND", "fs".into()),
        ]
    }

    /// Start the server (again) on the same port and store; wait until it
    /// answers.
    fn restart(&mut self) {
        use std::os::unix::process::CommandExt;
        self.recover_store();
        let cwd = self.dir.join("cwd");
        std::fs::create_dir_all(&cwd).unwrap();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("ralph.log"))
            .unwrap();
        let child = Command::new(self.venv.join("bin/python"))
            .args(["-c", RALPH_SERVER, &self.port.to_string()])
            .envs(Self::env(&self.dir))
            .env(
                "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH",
                self.dir.join("store"),
            )
            .current_dir(&cwd)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .process_group(0)
            .spawn()
            .expect("ralph's python starts");
        self.child = Some(child);
        let mut probe = self.config();
        probe.retry = quick(1);
        let deadline = std::time::Instant::now() + Duration::from_secs(120);
        while lrs::fetch_statements(&probe, "limit=1").is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "ralph did not start: {}",
                std::fs::read_to_string(self.dir.join("ralph.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// Ralph's file store is one JSON-lines file appended in place, not
    /// crash-safe: a kill in the middle of a write leaves a cut line, and
    /// Ralph then fails every read. Drop such lines before a restart, as a
    /// database's recovery drops an unfinished transaction (the client got
    /// no answer for them, so it sends them again).
    fn recover_store(&self) {
        // Ralph also rewrites its history of reads and writes (a JSON
        // file) on every request: a kill can leave it empty or cut.
        let history = self.dir.join("history.json");
        if let Ok(text) = std::fs::read_to_string(&history)
            && serde_json::from_str::<Value>(&text).is_err()
        {
            eprintln!("ralph's history file cut by the kill: removed");
            std::fs::remove_file(&history).unwrap();
        }
        let file = self.dir.join("store/fs_lrs.jsonl");
        let Ok(text) = std::fs::read_to_string(&file) else {
            return;
        };
        let lines: Vec<&str> = text.lines().collect();
        let whole: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| serde_json::from_str::<Value>(l).is_ok())
            .collect();
        if whole.len() < lines.len() {
            eprintln!(
                "ralph's store: {} line(s) cut by the kill dropped",
                lines.len() - whole.len()
            );
            std::fs::write(&file, whole.join("\n") + "\n").unwrap();
        }
    }

    fn config(&self) -> LrsConfig {
        let mut c = local_config(self.port, RALPH_USER, RALPH_PASSWORD);
        c.retry = quick(4);
        c
    }

    /// Kill the server at once (SIGKILL to its process group), as a power
    /// cut would.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Every statement the LRS holds, read back with its GET and `more` links.
fn all_in_lrs(config: &LrsConfig) -> Vec<Value> {
    lrs::fetch_statements(config, "limit=100").expect("the LRS answers its GET")
}

/// Each local statement is in the LRS exactly once, with its id, verb,
/// actor, object, score and registration; the LRS holds nothing else.
fn assert_lrs_holds_exactly(remote: &[Value], local: &[Value]) {
    let mut count: std::collections::HashMap<&str, usize> = Default::default();
    for s in remote {
        *count.entry(s["id"].as_str().unwrap()).or_default() += 1;
    }
    assert!(count.values().all(|n| *n == 1), "statements stored twice");
    assert_eq!(remote.len(), local.len());
    for l in local {
        let id = l["id"].as_str().unwrap();
        let r = remote
            .iter()
            .find(|r| r["id"] == l["id"])
            .unwrap_or_else(|| panic!("statement {id} is not in the LRS"));
        for path in [
            "/verb/id",
            "/actor/account/name",
            "/actor/account/homePage",
            "/object/id",
            "/context/registration",
            "/result/completion",
            "/result/duration",
        ] {
            assert_eq!(r.pointer(path), l.pointer(path), "{id} {path}");
        }
        for path in [
            "/result/score/raw",
            "/result/score/scaled",
            "/result/score/max",
        ] {
            assert_eq!(
                r.pointer(path).and_then(Value::as_f64),
                l.pointer(path).and_then(Value::as_f64),
                "{id} {path}"
            );
        }
        assert_eq!(r["result"]["extensions"], l["result"]["extensions"], "{id}");
    }
}

#[test]
fn a_room_of_forty_reaches_a_real_lrs_and_reads_back_the_same() {
    let Some(venv) = ralph_venv("a_room_of_forty_reaches_a_real_lrs_and_reads_back_the_same")
    else {
        return;
    };
    let dir = Temp::new("ralph-roundtrip");
    let ralph = Ralph::start(&venv, dir.path());
    let config = ralph.config();

    // A room of 40 trainees over every bundled scenario, with the command
    // line, as a facilitator would.
    let data = dir.path().join("data");
    let room_dir = dir.path().join("room");
    let o = frontline(
        &[
            "simulate",
            "--trainees",
            "40",
            "--workshop",
            "k7q-p2m",
            "--out",
            room_dir.to_str().unwrap(),
        ],
        &data,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let found = frontline::workshop::records::collect(&[&room_dir]).records;
    assert!(found.len() >= 40 * 5, "{} records", found.len());
    let local = statements(&found, &XapiOptions::default());

    let send = |args: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_frontline"));
        cmd.args(["xapi", room_dir.to_str().unwrap()])
            .args(args)
            .current_dir(root())
            .env("FRONTLINE_DATA", &data)
            .env("FRONTLINE_LRS_USER", RALPH_USER)
            .env("FRONTLINE_LRS_PASSWORD", RALPH_PASSWORD);
        cmd.output().unwrap()
    };
    let started = std::time::Instant::now();
    let o = send(&["--send", &config.endpoint]);
    let took = started.elapsed();
    assert!(
        o.status.success(),
        "{}\n{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    let n = local.len();
    assert!(
        text(&o.stdout).contains(&format!("Sent {n} of {n} statement(s)")),
        "{}",
        text(&o.stdout)
    );
    assert!(text(&o.stdout).contains(&format!("{n} stored now, 0 already there, 0 failed")));

    let started = std::time::Instant::now();
    let remote = all_in_lrs(&config);
    let read_took = started.elapsed();
    assert_lrs_holds_exactly(&remote, &local);
    // One registration, one attempt: the LRS's own query finds it.
    let one = &local[7];
    let query = format!(
        "registration={}",
        one["context"]["registration"].as_str().unwrap()
    );
    let got = lrs::fetch_statements(&config, &query).unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["id"], one["id"]);

    // Sending again stores nothing twice: everything is already there.
    let o = send(&["--send", &config.endpoint]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains(&format!("0 stored now, {n} already there, 0 failed")),
        "{}",
        text(&o.stdout)
    );
    assert_lrs_holds_exactly(&all_in_lrs(&config), &local);

    // A wrong password: exit 1 and the LRS's words.
    let o = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args([
            "xapi",
            room_dir.to_str().unwrap(),
            "--send",
            &config.endpoint,
        ])
        .env("FRONTLINE_DATA", &data)
        .env("FRONTLINE_LRS_USER", RALPH_USER)
        .env("FRONTLINE_LRS_PASSWORD", "wrong")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("refused the user and password (401)"),
        "{}",
        text(&o.stderr)
    );

    // A statement whose id the LRS holds with other content fails alone.
    let mut changed = local[0].clone();
    changed["result"]["score"]["raw"] = json!(1);
    changed["result"]["score"]["scaled"] = json!(0.01);
    let s = lrs::send(&[changed, local[1].clone()], &config, |_| {}).unwrap();
    assert_eq!((s.sent, s.already, s.failed), (0, 1, 1), "{s:?}");

    eprintln!(
        "round trip of {n} statements through Ralph: sent with the command line in {:.2} s, read back in {:.2} s",
        took.as_secs_f64(),
        read_took.as_secs_f64()
    );
}

#[test]
fn an_lrs_killed_in_the_middle_of_a_send_ends_with_every_statement_once() {
    let Some(venv) =
        ralph_venv("an_lrs_killed_in_the_middle_of_a_send_ends_with_every_statement_once")
    else {
        return;
    };
    let dir = Temp::new("ralph-kill");
    let mut ralph = Ralph::start(&venv, dir.path());
    let mut config = ralph.config();
    config.batch_size = 5;
    let local = room_statements(40);

    // Kill the LRS after three batches of eight.
    let mut killed = false;
    let first = lrs::send(&local, &config, |p| {
        if !killed && p.done >= 15 && p.retrying.is_none() {
            ralph.kill();
            killed = true;
        }
    });
    assert!(killed);
    let e = first.expect_err("the LRS died");
    assert!(matches!(e.reason, StopReason::GaveUp { .. }), "{e}");
    let first: SendSummary = *e.summary;
    assert_eq!(first.delivered(), 15);
    assert_eq!(first.failed, 25);

    // Back on the same store: send everything again.
    ralph.restart();
    let second = lrs::send(&local, &config, |_| {}).unwrap();
    assert_eq!(second.failed, 0);
    assert_eq!(second.delivered(), 40);
    assert_eq!(second.already, 15, "{second:?}");
    assert_eq!(second.sent, 25);
    assert_lrs_holds_exactly(&all_in_lrs(&config), &local);

    // Killed while a request is on its way: after the tenth of forty
    // one-statement batches, a thread kills the LRS a moment later, while
    // the client waits for an answer.
    let mut config = config.clone();
    config.batch_size = 1;
    // Another room (other attempts, so other statement ids).
    let other = simulate(&[tiny()], &guide(), "r00m2", 40, t0()).records;
    let more = statements(&other, &XapiOptions::default());
    let pid = ralph.child.as_ref().unwrap().id();
    let mut killer = None;
    let interrupted = lrs::send(&more, &config, |p| {
        if p.done == 10 && killer.is_none() {
            killer = Some(std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(15));
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{pid}")])
                    .status();
            }));
        }
    });
    killer
        .expect("the send got to its tenth batch")
        .join()
        .unwrap();
    ralph.kill();
    let e = interrupted.expect_err("the LRS died during the send");
    let done_before = e.summary.delivered();
    assert!((10..40).contains(&done_before), "{done_before}");
    ralph.restart();
    let again = lrs::send(&more, &config, |_| {}).unwrap();
    assert_eq!((again.delivered(), again.failed), (40, 0));
    eprintln!(
        "killed during a send of 40 one-statement batches after {done_before} were acknowledged; sent again: {} stored now, {} already there",
        again.sent, again.already
    );
    assert!(
        again.already >= done_before,
        "{again:?} after {done_before}"
    );
    let everything: Vec<Value> = local.iter().chain(&more).cloned().collect();
    assert_lrs_holds_exactly(&all_in_lrs(&config), &everything);
}

// ------------------------------------------------- journeys across trainees

use frontline::case::{CaseRun, CheckedCase, check_case_file};
use frontline::workshop::handover::{
    HANDOVER_FORMAT, Handover, JourneyRef, StagePlayer, stages_finished, stages_to_hand_over,
};

/// The fixture case: three stages (port, shelter, court), one decision each.
fn journey_case() -> CheckedCase {
    let fixtures = root().join("tests/fixtures");
    let lib = Library::load_dir(&fixtures, guide()).unwrap();
    let r = check_case_file(&fixtures.join("cases/journey.ron"), &lib);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    r.checked.unwrap()
}

fn play_case(case: &CheckedCase, seed: u64, choices: &[usize]) -> CaseRun {
    let mut run = CaseRun::start(case, seed);
    for n in choices {
        run.choose_number(*n).unwrap();
    }
    run
}

/// One trainee's turn in a room split by role, as the game or `case run`
/// takes it: continue the journey of the handover file `from` (or start
/// one), make `choices`, keep a result record of each stage finished, and
/// hand over into `folder` unless the journey has ended.
fn turn(
    case: &CheckedCase,
    from: Option<&Path>,
    choices: &[usize],
    name: &str,
    folder: &Path,
) -> (Vec<ResultRecord>, Option<PathBuf>) {
    let before = from.map(|p| Handover::read(p).unwrap());
    let mut run = match &before {
        Some(h) => h.continue_run(case).unwrap(),
        None => CaseRun::start(case, 4),
    };
    for n in choices {
        run.choose_number(*n).unwrap();
    }
    let journey = before
        .as_ref()
        .map_or_else(Handover::new_journey_id, |h| h.journey.clone());
    let done_before = before.as_ref().map_or(0, |h| h.stages_done);
    let mut played_by = before.map(|h| h.played_by).unwrap_or_default();
    let mut recs = Vec::new();
    for stage in done_before + 1..=stages_finished(&run) {
        let role = case.case.stages[stage - 1].role;
        let trainee = Trainee {
            name: name.into(),
            role,
        };
        let mut r = ResultRecord::from_session_at(
            &run.stages()[stage - 1].session,
            &trainee,
            Mode::Assessment,
            Some("K7QP2M"),
            "2026-03-14T09:00:00Z",
            &guide(),
            t0() + Duration::from_secs(3600 + 60 * stage as u64),
        )
        .unwrap();
        r.journey = Some(JourneyRef::of_stage(&run, &journey, stage));
        played_by.push(StagePlayer {
            stage,
            trainee: name.into(),
            role,
            attempt: r.attempt.clone(),
        });
        recs.push(r);
    }
    let next = stages_to_hand_over(&run).ok().map(|done| {
        let h = Handover::new(
            journey,
            &run.save(),
            done,
            played_by,
            Some("k7q-p2m".into()),
        );
        h.write(folder).unwrap()
    });
    (recs, next)
}

#[test]
fn a_handover_round_trips_through_its_file() {
    let case = journey_case();
    let dir = Temp::new("handover");
    let run = play_case(&case, 4, &[2]);
    assert_eq!(stages_to_hand_over(&run), Ok(1));
    let attempt = uuid::Uuid::new_v4().to_string();
    let h = Handover::new(
        Handover::new_journey_id(),
        &run.save(),
        1,
        vec![StagePlayer {
            stage: 1,
            trainee: "Mai".into(),
            role: Role::LabourInspector,
            attempt,
        }],
        Some(" k7q-p2m ".into()),
    );
    assert_eq!(h.format, HANDOVER_FORMAT);
    assert_eq!(h.workshop.as_deref(), Some("K7QP2M"));
    assert_eq!(h.problem(), None);
    let path = h.write(dir.path()).unwrap();
    assert_eq!(
        path.file_name().unwrap().to_str().unwrap(),
        format!("handover-journey-stage2-{}.json", &h.journey[..8])
    );
    let back = Handover::read(&path).unwrap();
    assert_eq!(back, h);
    assert_eq!(back.case_save(), run.save());
    let again = back.continue_run(&case).unwrap();
    assert_eq!(again.choices(), vec![2]);
    assert_eq!(again.stages().len(), 2, "the shelter stage, not begun");
    assert!(again.current().choices.is_empty());

    // The same handover again is the same file; another of that name is
    // refused and the first kept.
    assert_eq!(h.write(dir.path()).unwrap(), path);
    let mut other = h.clone();
    other.played_by[0].trainee = "Someone else".into();
    let e = other.write(dir.path()).unwrap_err();
    assert!(e.contains("already there"), "{e}");
    assert_eq!(Handover::read(&path).unwrap(), h);

    // No handover in the middle of a journey's end.
    let ended = play_case(&case, 4, &[2, 1, 1]);
    let e = stages_to_hand_over(&ended).unwrap_err();
    assert!(e.contains("no stage left"), "{e}");
}

#[test]
fn a_forged_handover_is_refused_with_the_field_named() {
    let case = journey_case();
    let dir = Temp::new("forged");
    let run = play_case(&case, 4, &[2]);
    let good = Handover::new(
        Handover::new_journey_id(),
        &run.save(),
        1,
        vec![StagePlayer {
            stage: 1,
            trainee: "Mai".into(),
            role: Role::LabourInspector,
            attempt: uuid::Uuid::new_v4().to_string(),
        }],
        None,
    );
    let good_json = serde_json::to_value(&good).unwrap();
    let read = |v: &Value| {
        let file = dir.path().join("forged.json");
        std::fs::write(&file, serde_json::to_vec(v).unwrap()).unwrap();
        Handover::read(&file)
    };
    let cases: Vec<(&str, Option<Value>, &str)> = vec![
        (
            "/journey",
            Some(json!("not-a-uuid")),
            "`journey` is `not-a-uuid`",
        ),
        (
            "/journey",
            Some(json!("c232ab00-9414-11ec-b3c8-9f6bdeced846")),
            "`journey` is `c232ab00-9414-11ec-b3c8-9f6bdeced846` is a UUID of version 1",
        ),
        ("/case", Some(json!("Journey!")), "`case`"),
        ("/format", Some(json!("frontline-result")), "`format`"),
        ("/format_version", Some(json!(2)), "newer Frontline"),
        ("/format_version", Some(json!(0)), "`format_version`"),
        ("/seed", Some(json!(1_000_000_000_000u64)), "`seed`"),
        ("/seed", None, "`seed` is missing"),
        ("/seed", Some(json!("four")), "`seed` is wrong"),
        ("/choices/0", Some(json!(0)), "`choices[0]`"),
        ("/stages_done", Some(json!(2)), "`stages_done` is 2"),
        ("/played_by/0/stage", Some(json!(2)), "`played_by[0].stage`"),
        (
            "/played_by/0/role",
            Some(json!("Chef")),
            "`played_by[0].role`",
        ),
        (
            "/played_by/0/attempt",
            Some(json!("x")),
            "`played_by[0].attempt`",
        ),
        (
            "/played_by/0/trainee",
            Some(json!("x".repeat(201))),
            "`played_by[0].trainee`",
        ),
        ("/workshop", Some(json!("!!")), "`workshop`"),
    ];
    for (pointer, value, field) in cases {
        let mut v = good_json.clone();
        match value {
            Some(x) => *v.pointer_mut(pointer).unwrap() = x,
            None => {
                v.as_object_mut().unwrap().remove(&pointer[1..]);
            }
        }
        let e = read(&v).unwrap_err();
        assert!(e.contains(field), "{pointer}: {e}");
        assert!(e.contains("forged.json"), "the file is named: {e}");
    }
    let file = dir.path().join("plain.json");
    std::fs::write(&file, "{ not json").unwrap();
    assert!(
        Handover::read(&file)
            .unwrap_err()
            .contains("not a Frontline handover")
    );
    assert!(
        Handover::read(&dir.path().join("missing.json"))
            .unwrap_err()
            .contains("no such file")
    );

    // Well formed, but not a journey this case can continue.
    let mut h = good.clone();
    h.case = "another-case".into();
    let e = h.continue_run(&case).unwrap_err();
    assert!(e.contains("`case` is `another-case`"), "{e}");
    let mut h = good.clone();
    h.choices = vec![2, 9];
    let e = h.continue_run(&case).unwrap_err();
    assert!(
        e.contains("`choices` do not replay") && e.contains("choice 9"),
        "{e}"
    );
    let mut h = good.clone();
    h.choices = vec![2, 1];
    let e = h.continue_run(&case).unwrap_err();
    assert!(
        e.contains("its `stages_done` is 1, but its `choices` finish 2 stage(s)"),
        "{e}"
    );
    let mut h = good.clone();
    h.choices = vec![];
    let e = h.continue_run(&case).unwrap_err();
    assert!(e.contains("finish 0 stage(s)"), "{e}");
    let mut h = good;
    h.choices = vec![2, 1, 1];
    h.stages_done = 3;
    for k in 2..=3 {
        let mut p = h.played_by[0].clone();
        p.stage = k;
        h.played_by.push(p);
    }
    let e = h.continue_run(&case).unwrap_err();
    assert!(e.contains("no stage is left to play"), "{e}");
}

#[test]
fn a_journey_played_by_three_trainees_is_one_chain_in_the_report() {
    let case = journey_case();
    let dir = Temp::new("chain");
    let (handovers, results) = (dir.path().join("usb"), dir.path().join("results"));
    // Mai (port) hands to Ko (shelter), who hands to Lin (court).
    let (mai, to_ko) = turn(&case, None, &[2], "Mai", &handovers);
    let to_ko = to_ko.unwrap();
    let (ko, to_lin) = turn(&case, Some(&to_ko), &[1], "Ko", &handovers);
    let to_lin = to_lin.unwrap();
    let (lin, end) = turn(&case, Some(&to_lin), &[1], "Lin", &handovers);
    assert!(end.is_none(), "the journey ended with the court");
    // Another journey, only its first stage played so far.
    let (ana, _) = turn(&case, None, &[1], "Ana", &handovers);
    let journey = mai[0].journey.as_ref().unwrap().journey.clone();
    for r in [&mai, &ko, &lin] {
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].journey.as_ref().unwrap().journey, journey);
    }
    let last = Handover::read(&to_lin).unwrap();
    let who: Vec<(&str, &str)> = last
        .played_by
        .iter()
        .map(|p| (p.trainee.as_str(), p.attempt.as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("Mai", mai[0].attempt.as_str()),
            ("Ko", ko[0].attempt.as_str())
        ]
    );

    let all: Vec<ResultRecord> =
        [mai, ko, lin, ana, vec![played(&[1, 1], Some("K7QP2M"))]].concat();
    records::write_each(&all, &results).unwrap();
    // Through the facilitator's import, as from trainees' USB sticks.
    let data = dir.path().join("data");
    assert_eq!(import_into(&data, &[&results]).imported, 5);
    let back = load_all(&data).records;
    let r = GroupReport::build(&back, Some("k7q-p2m"), None);
    assert_eq!(r.journeys.len(), 2);
    let chain = r.journeys.iter().find(|j| j.journey == journey).unwrap();
    assert_eq!(
        (chain.case.as_str(), chain.stages, chain.seed),
        ("journey", 3, 4)
    );
    let steps: Vec<(usize, Role, &str, &str)> = chain
        .played
        .iter()
        .map(|s| (s.stage, s.role, s.trainee.as_str(), s.scenario.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (1, Role::LabourInspector, "Mai", "stage-port"),
            (2, Role::ShelterStaff, "Ko", "stage-shelter"),
            (3, Role::Prosecutor, "Lin", "stage-court"),
        ]
    );
    assert!(chain.missing.is_empty());
    let other = r.journeys.iter().find(|j| j.journey != journey).unwrap();
    assert_eq!(other.missing, vec![2, 3]);

    let text = render_text(&r, &frontline::i18n::Ui::new(frontline::i18n::Lang::En));
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in:\n{text}"));
    let head = format!("journey (journey {}): 3 of 3 stages played", &journey[..8]);
    let (h, s1, s2, s3) = (
        at(&head),
        at("Stage 1, Labour inspector: Mai, score"),
        at("-> Stage 2, Shelter staff: Ko, score"),
        at("-> Stage 3, Prosecutor or lawyer: Lin, score"),
    );
    assert!(at("Case journeys across trainees") < h && h < s1 && s1 < s2 && s2 < s3);
    assert!(text.contains("1 of 3 stages played"));
    assert!(text.contains("-> Stage 2: not played yet\n    -> Stage 3: not played yet"));

    // CSV: the attempts' columns as they were; the journeys their own table.
    let attempts = parse_csv(&render_csv(&r));
    assert_eq!(attempts.len(), 6);
    assert!(!attempts[0].iter().any(|c| c.contains("journey")));
    let rows = parse_csv(&frontline::workshop::report::render_journeys_csv(&r));
    assert_eq!(
        rows[0][..6],
        ["journey", "case", "seed", "stage", "stages", "status"]
    );
    assert_eq!(rows.len(), 1 + 3 + 3);
    let ours: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|row| row[0] == journey)
        .map(|row| (row[3].as_str(), row[5].as_str(), row[7].as_str()))
        .collect();
    assert_eq!(
        ours,
        [
            ("1", "played", "Mai"),
            ("2", "played", "Ko"),
            ("3", "played", "Lin")
        ]
    );
    assert!(
        rows.iter()
            .any(|row| row[0] != journey && row[3] == "3" && row[5] == "missing")
    );

    // JSON: a list of journeys.
    let v: Value = serde_json::from_str(&render_json(&r)).unwrap();
    let js = v["journeys"].as_array().unwrap();
    let ours = js
        .iter()
        .find(|j| j["journey"] == journey.as_str())
        .unwrap();
    assert_eq!(ours["played"][1]["trainee"], "Ko");
    assert_eq!(ours["played"][1]["role"], "ShelterStaff");
    assert_eq!(ours["missing"], json!([]));

    // xAPI: the stage's place in the journey as a context extension.
    let ko_record = back.iter().find(|r| r.trainee == "Ko").unwrap();
    let opts = XapiOptions::default();
    let s = statement(ko_record, &opts);
    assert!(
        validate_statement(&s).is_empty(),
        "{:?}",
        validate_statement(&s)
    );
    let ext = &s["context"]["extensions"][format!("{}/xapi/journey", xapi::DEFAULT_BASE)];
    assert_eq!(ext["journey"], journey.as_str());
    assert_eq!(
        (ext["stage"].clone(), ext["stages"].clone()),
        (json!(2), json!(3))
    );
    assert_eq!(ext["seed"], "4");
}

#[test]
fn old_records_without_a_journey_load_and_bad_journeys_are_refused() {
    let r = played(&[1, 1], None);
    let v = serde_json::to_value(&r).unwrap();
    assert!(v.get("journey").is_none(), "absent when there is none");
    let back = match records::parse(&serde_json::to_vec(&v).unwrap()).unwrap() {
        ResultFile::Record(r) => r,
        other => panic!("{other:?}"),
    };
    assert_eq!(back.journey, None);

    let mut j = played(&[1, 1], None);
    j.journey = Some(JourneyRef {
        journey: uuid::Uuid::new_v4().to_string(),
        case: "journey".into(),
        stage: 2,
        stages: 3,
        seed: 4,
    });
    let good = serde_json::to_value(&j).unwrap();
    let dir = Temp::new("journey-fields");
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/journey/stage", json!(0), "journey.stage"),
        ("/journey/stage", json!(4), "journey.stage"),
        ("/journey/stages", json!(0), "journey.stages"),
        ("/journey/journey", json!("nope"), "journey.journey"),
        ("/journey/case", json!("../x"), "journey.case"),
        ("/journey/seed", json!(u64::MAX), "journey.seed"),
    ];
    refused_with_field_named(&dir, &good, cases);
    let file = dir.path().join("good.json");
    std::fs::write(&file, serde_json::to_vec(&good).unwrap()).unwrap();
    assert_eq!(import_into(&dir.path().join("data"), &[&file]).imported, 1);
    assert_eq!(load_all(&dir.path().join("data")).records, vec![j]);
}

#[test]
fn the_command_line_hands_a_journey_over_and_continues_it() {
    let dir = Temp::new("cli-handover");
    let data = dir.path().join("data");
    let p = |s: &str| dir.path().join(s).to_string_lossy().into_owned();
    let case_run = |extra: &[&str]| {
        let mut args = vec!["--scenarios", "tests/fixtures", "case", "run"];
        args.extend_from_slice(extra);
        frontline(&args, &data)
    };
    let first = case_run(&[
        "journey",
        "--seed",
        "4",
        "--choices",
        "2",
        "--json",
        "--handover-to",
        &p("usb"),
        "--records",
        &p("results"),
        "--trainee",
        "Mai",
        "--workshop",
        "k7q-p2m",
    ]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let _: Value = serde_json::from_slice(&first.stdout).expect("stdout is only JSON");
    let files: Vec<PathBuf> = std::fs::read_dir(p("usb"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let file = files[0].to_string_lossy().into_owned();
    assert!(text(&first.stderr).contains(&format!("--from {file}")));
    let h = Handover::read(&files[0]).unwrap();
    assert_eq!((h.stages_done, h.workshop.as_deref()), (1, Some("K7QP2M")));
    assert_eq!(h.played_by[0].trainee, "Mai");
    assert_eq!(h.played_by[0].role, Role::LabourInspector);

    // The next trainee: the rest of the journey from the file.
    let second = case_run(&[
        "--from",
        &file,
        "--choices",
        "1,1",
        "--json",
        "--records",
        &p("results"),
        "--trainee",
        "Ko",
        "--role",
        "social worker",
    ]);
    assert!(second.status.success(), "{}", text(&second.stderr));
    let whole = case_run(&["journey", "--seed", "4", "--choices", "2,1,1", "--json"]);
    assert_eq!(
        second.stdout, whole.stdout,
        "the same journey as played alone"
    );

    let report = frontline(&["report", "--csv", "--journeys", &p("results")], &data);
    assert!(report.status.success(), "{}", text(&report.stderr));
    let rows = parse_csv(&text(&report.stdout));
    let who: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[3].as_str(), r[6].as_str(), r[7].as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("1", "Labour inspector", "Mai"),
            ("2", "Social worker", "Ko"),
            ("3", "Social worker", "Ko")
        ]
    );

    // Mistakes: a clear error, exit code 2, nothing written.
    let ended = case_run(&[
        "--from",
        &file,
        "--choices",
        "1,1",
        "--handover-to",
        &p("usb"),
    ]);
    assert_eq!(ended.status.code(), Some(2));
    assert!(
        text(&ended.stderr).contains("no stage left"),
        "{}",
        text(&ended.stderr)
    );
    let both = case_run(&["journey", "--from", &file]);
    assert_eq!(both.status.code(), Some(2));
    let seeded = case_run(&["--from", &file, "--seed", "3"]);
    assert_eq!(seeded.status.code(), Some(2));
    let mut v = serde_json::to_value(&h).unwrap();
    v["case"] = json!("no-such-case");
    std::fs::write(p("other.json"), serde_json::to_vec(&v).unwrap()).unwrap();
    let unknown = case_run(&["--from", &p("other.json")]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("no case `no-such-case`"));
    v["case"] = json!("journey");
    v["journey"] = json!("forged");
    std::fs::write(p("forged.json"), serde_json::to_vec(&v).unwrap()).unwrap();
    let forged = case_run(&["--from", &p("forged.json")]);
    assert_eq!(forged.status.code(), Some(2));
    assert!(
        text(&forged.stderr).contains("`journey` is `forged`"),
        "{}",
        text(&forged.stderr)
    );
    v["journey"] = json!(h.journey);
    v["stages_done"] = json!(0);
    v["played_by"] = json!([]);
    std::fs::write(p("early.json"), serde_json::to_vec(&v).unwrap()).unwrap();
    let early = case_run(&["--from", &p("early.json")]);
    assert_eq!(early.status.code(), Some(2));
    assert!(
        text(&early.stderr).contains("`stages_done` is 0"),
        "{}",
        text(&early.stderr)
    );
    assert_eq!(std::fs::read_dir(p("usb")).unwrap().count(), 1);
}

#[test]
fn a_handover_is_made_between_stages_only() {
    // A case whose first stage (tiny) takes two decisions.
    let dir = Temp::new("mid-stage");
    for f in ["tiny.ron", "stage-port.ron"] {
        std::fs::copy(root().join("tests/fixtures").join(f), dir.path().join(f)).unwrap();
    }
    std::fs::create_dir(dir.path().join("cases")).unwrap();
    std::fs::write(
        dir.path().join("cases/two.ron"),
        r#"(
    id: "two",
    title: "Two",
    summary: "Two stages.",
    values: {"name": "Ko Min", "they": "he", "them": "him", "their": "his"},
    stages: [
        (scenario: "tiny", role: Police),
        (scenario: "stage-port", role: LabourInspector),
    ],
)"#,
    )
    .unwrap();
    let lib = Library::load_dir(dir.path(), guide()).unwrap();
    let r = check_case_file(&dir.path().join("cases/two.ron"), &lib);
    let errors: Vec<_> = r.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let case = r.checked.unwrap();
    let mid = play_case(&case, 4, &[1]);
    assert_eq!(stages_finished(&mid), 0);
    let e = stages_to_hand_over(&mid).unwrap_err();
    assert!(
        e.contains("in the middle of stage 1 (1 decision(s) into it)"),
        "{e}"
    );
    let forged = Handover::new(Handover::new_journey_id(), &mid.save(), 0, vec![], None);
    assert_eq!(forged.problem(), None);
    let e = forged.continue_run(&case).unwrap_err();
    assert!(
        e.contains("its `choices` stop in the middle of stage 1"),
        "{e}"
    );
    // Before anyone played: a journey handed to its first trainee.
    let fresh = Handover::new(
        Handover::new_journey_id(),
        &CaseRun::start(&case, 4).save(),
        0,
        vec![],
        None,
    );
    assert_eq!(fresh.next_stage(), 1);
    assert!(fresh.continue_run(&case).unwrap().choices().is_empty());
}

#[test]
fn a_simulated_room_split_by_role_gives_chains_and_a_journey_cut_short() {
    let case = journey_case();
    let sim = frontline::workshop::simulate::simulate_journeys(&case, &guide(), "k7q-p2m", 7, t0());
    assert!(sim.unfinished.is_empty(), "{:?}", sim.unfinished);
    assert_eq!(sim.records.len(), 7);
    let again =
        frontline::workshop::simulate::simulate_journeys(&case, &guide(), "K7QP2M", 7, t0());
    assert_eq!(sim.records, again.records, "the same room every time");
    let r = GroupReport::build(&sim.records, Some("K7QP2M"), None);
    assert_eq!(r.journeys.len(), 3);
    let played: Vec<usize> = r.journeys.iter().map(|j| j.played.len()).collect();
    assert_eq!(played, [3, 3, 1]);
    assert_eq!(r.journeys[2].missing, vec![2, 3]);
    let first: Vec<(usize, Role, &str)> = r.journeys[0]
        .played
        .iter()
        .map(|s| (s.stage, s.role, s.trainee.as_str()))
        .collect();
    assert_eq!(
        first,
        [
            (1, Role::LabourInspector, "Trainee 01"),
            (2, Role::ShelterStaff, "Trainee 02"),
            (3, Role::Prosecutor, "Trainee 03"),
        ]
    );
    // Every record passes the import's checks.
    let dir = Temp::new("sim-journeys");
    records::write_each(&sim.records, &dir.path().join("room")).unwrap();
    let imported = import_into(&dir.path().join("data"), &[dir.path().join("room")]);
    assert_eq!(imported.imported, 7, "{:?}", imported.skipped);
}
