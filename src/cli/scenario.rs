//! The commands of scenario authors and trainees: `run`, `play`, `list`,
//! `coverage`, `guide` and `bench` (`check` is in `check.rs`).

use super::output::{RunOutput, ScenarioListing, to_json};
use super::{
    CliError, Outcome, find_scenario, in_language, library_in_language, load_library, terminal,
};
use crate::guide::{Guide, Harm, SearchHit};
use crate::i18n::Lang;
use crate::scenario::check::Checked;
use crate::scenario::library::{COVERAGE_MIN, Source};
use crate::sim::debrief::debrief;
use crate::sim::engine::Session;
use std::io::{BufRead, Write};
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

/// A scripted run: the seed and the choices, as numbers shown or (with
/// `file_order`) as places in the file.
pub(super) struct Script<'a> {
    pub(super) seed: u64,
    pub(super) choices: &'a [String],
    pub(super) file_order: bool,
}

/// `run`: play the choices given and print the transcript and debrief.
pub(super) fn run(
    dir: Option<&Path>,
    name: &str,
    script: &Script,
    json: bool,
    lang: Lang,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let (checked, guide) = in_language(find_scenario(dir, name, guide.clone())?, &guide, lang);
    let seed = script.seed;
    let session = scripted_run(&checked, script)?;
    let d = debrief(&session, &guide);
    if json {
        println!("{}", to_json(&RunOutput::new(&session, d, lang)));
    } else {
        let ui = crate::i18n::Ui::new(lang);
        println!("{} (seed {seed})\n", checked.scenario().title);
        print!("{}", terminal::transcript(&session.log(), &ui));
        if !session.is_ended() {
            println!("{}", ui.text("terminal-run-stops"));
            for c in session.choices() {
                let line = terminal::choice_line(c.number, c.index, &c.text, &ui);
                println!("   {line}");
            }
            println!();
        }
        print!("{}", terminal::debrief(&d, &ui));
    }
    Ok(Outcome::Success)
}

/// A session of `checked` that has made the script's choices (numbers as
/// shown, or places in the file; blank entries are skipped).
fn scripted_run(checked: &Checked, script: &Script) -> Result<Session, CliError> {
    let mut session = Session::start(checked, script.seed);
    let choices = script.choices.iter().filter(|c| !c.trim().is_empty());
    for (i, raw) in choices.enumerate() {
        let number: usize = raw.trim().parse().map_err(|_| CliError::ChoiceNotANumber {
            position: i + 1,
            raw: raw.clone(),
        })?;
        let made = if script.file_order {
            choose_in_file_order(&mut session, number)
        } else {
            session
                .choose_number(number)
                .map(drop)
                .map_err(|e| e.to_string())
        };
        if let Err(reason) = made {
            return Err(CliError::ChoiceNotOpen {
                decision: i + 1,
                node: session.node_id().to_string(),
                reason,
            });
        }
    }
    Ok(session)
}

/// Make the choice at `place` (1-based) in the file's list of the current
/// scene's choices; if it is not open, say which places are.
fn choose_in_file_order(session: &mut Session, place: usize) -> Result<(), String> {
    if session.is_ended() {
        return Err(crate::sim::engine::EngineError::Ended.to_string());
    }
    if let Some(Ok(_)) = place.checked_sub(1).map(|i| session.choose(i)) {
        return Ok(());
    }
    let mut open: Vec<String> = session
        .choices()
        .iter()
        .map(|c| c.index + 1)
        .map(|p| p.to_string())
        .collect();
    open.sort_by_key(|p| p.parse::<usize>().unwrap_or(0));
    Err(format!(
        "choice {place} in the file is not open here; the open choices, by their place in the file, are {}",
        open.join(", ")
    ))
}

/// `play`: the scenario in the terminal, one number (or `b`, `q`) a line.
pub(super) fn play(
    dir: Option<&Path>,
    name: &str,
    seed: Option<u64>,
    lang: Lang,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let (checked, guide) = in_language(find_scenario(dir, name, guide.clone())?, &guide, lang);
    let seed = seed.unwrap_or_else(crate::sim::seed::random_seed);
    let ui = crate::i18n::Ui::new(lang);
    let origin = Origin { name, dir, lang };
    print_intro(&checked, &ui);
    let mut session = Session::start(&checked, seed);
    let mut shown = 0;
    let mut input = std::io::stdin().lock();
    loop {
        shown = show_transcript(&session, shown, &ui);
        if session.is_ended() {
            break;
        }
        show_choices(&session, &ui);
        let line = match read_line(&mut input) {
            Some(Ok(line)) => line,
            Some(Err(problem)) => {
                println!("{}", ui.text(problem.key()));
                continue;
            }
            None => {
                println!("\n{}", stopped(&session, &origin, &ui));
                return Ok(Outcome::Success);
            }
        };
        if take_turn(&mut session, line.trim(), &mut shown, &ui).is_break() {
            println!("{}", stopped(&session, &origin, &ui));
            return Ok(Outcome::Success);
        }
    }
    print!(
        "\n{}",
        terminal::debrief(&debrief(&session, &guide), &crate::i18n::Ui::new(lang))
    );
    println!("\n{}", replay_hint(&session, &origin, &ui));
    Ok(Outcome::Success)
}

/// What a line typed in `play` could not be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BadLine {
    TooLong,
    NotText,
}

impl BadLine {
    /// The message's key in the interface's strings.
    fn key(self) -> &'static str {
        match self {
            BadLine::TooLong => "terminal-line-too-long",
            BadLine::NotText => "terminal-line-not-text",
        }
    }
}

fn stopped(session: &Session, origin: &Origin, ui: &crate::i18n::Ui) -> String {
    format!(
        "{} {}",
        ui.text("terminal-stopped"),
        replay_hint(session, origin, ui)
    )
}

/// The longest line `play` reads; the rest of a longer one is skipped.
const MAX_LINE_BYTES: u64 = 4096;

/// One line typed in `play`: `None` at the end of input (or when input
/// cannot be read), `Some(Err(..))` with what to tell the trainee when the
/// line is not text, so that they can type it again.
pub(crate) fn read_line(input: &mut impl BufRead) -> Option<Result<String, BadLine>> {
    let mut bytes = Vec::new();
    let n = std::io::Read::take(&mut *input, MAX_LINE_BYTES)
        .read_until(b'\n', &mut bytes)
        .ok()?;
    if n == 0 {
        return None;
    }
    if !bytes.ends_with(b"\n") && n as u64 == MAX_LINE_BYTES {
        // Skip the rest of an endless line, in bounded steps.
        let mut rest = Vec::new();
        while std::io::Read::take(&mut *input, MAX_LINE_BYTES)
            .read_until(b'\n', &mut rest)
            .ok()?
            > 0
        {
            if rest.ends_with(b"\n") {
                break;
            }
            rest.clear();
        }
        return Some(Err(BadLine::TooLong));
    }
    match String::from_utf8(bytes) {
        Ok(line) => Some(Ok(line)),
        Err(_) => Some(Err(BadLine::NotText)),
    }
}

/// The title, summary, content notes and keys of a `play`.
fn print_intro(checked: &Checked, ui: &crate::i18n::Ui) {
    let s = checked.scenario();
    println!("{}\n{}\n", s.title, terminal::wrap(&s.summary, 78, ""));
    if !s.content_notes.is_empty() {
        let notes = s.content_notes.join("; ");
        println!(
            "{}\n",
            crate::tr!(ui, "terminal-content-notes", notes = notes)
        );
    }
    println!("{}\n", ui.text("terminal-keys"));
}

/// Print the transcript after the first `shown` entries (all of it, after
/// going back: `shown` is then past the end); the number now shown.
fn show_transcript(session: &Session, shown: usize, ui: &crate::i18n::Ui) -> usize {
    if shown > session.log_len() {
        println!("\n{}\n", ui.text("terminal-back"));
        print!("{}", terminal::transcript(&session.log(), ui));
    } else {
        print!("{}", terminal::transcript(&session.log_from(shown), ui));
    }
    session.log_len()
}

/// The meters, the open choices and the prompt.
fn show_choices(session: &Session, ui: &crate::i18n::Ui) {
    let [t, sa, w] = session.meters();
    let meters = crate::tr!(
        ui,
        "terminal-meters",
        trust = t.to_string(),
        safety = sa.to_string(),
        wellbeing = w.to_string()
    );
    println!("   {meters}");
    for c in session.choices() {
        let line = terminal::choice_line(c.number, c.index, &c.text, ui);
        print!("{}", terminal::wrap(&line, 78, "  "));
    }
    print!("> ");
    let _ = std::io::stdout().flush();
}

/// Act on one line typed in `play`: a choice number, `b` (back one
/// decision: the whole transcript is shown again) or `q` (break).
fn take_turn(
    session: &mut Session,
    input: &str,
    shown: &mut usize,
    ui: &crate::i18n::Ui,
) -> ControlFlow<()> {
    match input {
        "q" | "Q" => return ControlFlow::Break(()),
        "b" | "B" => {
            let n = session.decision_count();
            if n == 0 {
                println!("{}", ui.text("terminal-first-decision"));
            } else {
                let _ = session.rewind(n - 1);
                *shown = usize::MAX;
            }
        }
        other => match other.parse::<usize>() {
            Ok(n) => match session.choose_number(n).map(|_| session.last_step()) {
                Ok(Some(step)) => {
                    if let Some(f) = &step.feedback
                        && !step.harms.is_empty()
                    {
                        let coach = crate::tr!(ui, "terminal-coach", text = f.as_str());
                        print!("{}", terminal::wrap(&coach, 78, "   "));
                    }
                    println!();
                }
                Ok(None) => println!(),
                Err(_) => {
                    let open: Vec<String> = session
                        .choices()
                        .iter()
                        .map(|c| c.number.to_string())
                        .collect();
                    let text = crate::tr!(
                        ui,
                        "terminal-not-open",
                        number = n.to_string(),
                        open = open.join(", ")
                    );
                    println!("{text}");
                }
            },
            Err(_) => println!("{}", ui.text("terminal-type-a-number")),
        },
    }
    ControlFlow::Continue(())
}

/// A word for a shell command line: as it is if it is plain, else in
/// single quotes.
fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._/-:=,+@".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Where a played scenario came from, so that the replay command printed
/// finds it again: the file or id as typed, and the `--scenarios` folder.
pub(super) struct Origin<'a> {
    pub(super) name: &'a str,
    pub(super) dir: Option<&'a Path>,
    pub(super) lang: Lang,
}

/// The `run` command that replays this session, as it can be typed.
fn replay_hint(session: &Session, origin: &Origin, ui: &crate::i18n::Ui) -> String {
    let numbers: Vec<String> = session
        .decisions()
        .iter()
        .map(|x| x.number.to_string())
        .collect();
    let path = Path::new(origin.name);
    let is_file = path.extension().is_some_and(|e| e == "ron") || path.is_file();
    let mut command = String::from("frontline");
    if let (false, Some(dir)) = (is_file, origin.dir) {
        command += &format!(" --scenarios {}", shell_word(&dir.display().to_string()));
    }
    if origin.lang != Lang::En {
        command += &format!(" --lang {}", origin.lang.code());
    }
    let scenario = if is_file {
        origin.name
    } else {
        session.checked().id()
    };
    command += &format!(" run {} --seed {}", shell_word(scenario), session.seed());
    if !numbers.is_empty() {
        command += &format!(" --choices {}", numbers.join(","));
    }
    crate::tr!(ui, "terminal-replay", command = command)
}

/// `coverage`: how many choices cause and avoid each harm of the guide.
pub(super) fn coverage(
    dir: Option<&Path>,
    json: bool,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let lib = load_library(dir, guide.clone());
    for e in lib.errors() {
        eprintln!("{e}");
    }
    let cov = lib.coverage();
    if json {
        // The coverage type's own field order (caused, avoided), not `to_json`.
        println!("{}", serde_json::to_string_pretty(&cov).expect("json"));
    } else {
        println!("{:<6} {:>6} {:>8}  harm", "id", "caused", "avoided");
        for (id, c) in &cov {
            let title = guide.harm(id).map(|h| h.title.as_str()).unwrap_or("");
            let flag = if c.is_enough() {
                String::new()
            } else {
                format!("  <- fewer than {COVERAGE_MIN}")
            };
            println!("{id:<6} {:>6} {:>8}  {title}{flag}", c.caused, c.avoided);
        }
        println!("\n{} scenario(s)", lib.scenarios.len());
    }
    Ok(Outcome::Success)
}

/// `list`: the scenarios, one a line or as JSON.
pub(super) fn list(
    dir: Option<&Path>,
    json: bool,
    lang: Lang,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let lib = library_in_language(dir, guide, lang);
    for e in lib.errors() {
        eprintln!("{e}");
    }
    if json {
        let listing: Vec<ScenarioListing> =
            lib.scenarios.iter().map(ScenarioListing::from).collect();
        println!("{}", to_json(&listing));
    } else {
        for s in &lib.scenarios {
            let sc = s.scenario();
            let roles: Vec<&str> = sc.roles.iter().map(|r| r.title()).collect();
            println!(
                "{:<28} {:<34} {:>3} min  {}",
                sc.id,
                sc.area.title(),
                sc.minutes,
                roles.join(", ")
            );
        }
    }
    Ok(Outcome::Success)
}

/// `guide`: the harms by area, one harm with its guidance, or a search.
pub(super) fn show_guide(
    guide: &Arc<Guide>,
    query: Option<&str>,
    check: bool,
    lang: Lang,
) -> Result<Outcome, CliError> {
    let localized;
    let guide: &Guide = if lang == Lang::En {
        guide
    } else {
        let t = crate::i18n::Translations::for_source_in(&Source::Bundled, lang);
        localized = t.guide(guide, lang).0;
        &localized
    };
    if check {
        let n: usize = guide.harms().map(|h| h.guidance.len()).sum();
        println!(
            "guide ok: {} harms, {n} guidance items, {} concepts",
            guide.harms().count(),
            guide.concepts.len()
        );
        return Ok(Outcome::Success);
    }
    let Some(q) = query else {
        for a in &guide.areas {
            println!("{}", a.area.title());
            for h in &a.harms {
                println!("  {:<5} {}", h.id, h.title);
            }
        }
        return Ok(Outcome::Success);
    };
    if let Some(h) = guide.harm(&q.to_uppercase()) {
        print_harm(h);
        return Ok(Outcome::Success);
    }
    let hits = guide.search(q);
    if hits.is_empty() {
        println!("Nothing in the guide matches `{q}`.");
    }
    for hit in hits {
        match hit {
            SearchHit::Harm(h) => println!("{:<5} {}", h.id, h.title),
            SearchHit::Concept(c) => println!("concept: {}", c.term),
        }
    }
    Ok(Outcome::Success)
}

fn print_harm(h: &Harm) {
    println!("{} {}\n", h.id, h.title);
    print!("{}", terminal::wrap(&h.explanation, 78, ""));
    println!("\nDo No Harm guidance:");
    for (i, g) in h.guidance.iter().enumerate() {
        print!(
            "{}",
            terminal::wrap(
                &format!("{}.{} {} [{}]", h.id, i + 1, g.text, h.citation(i)),
                78,
                "  "
            )
        );
    }
}

/// `bench`: time checking, exploring, playing and debriefing (see
/// [`crate::bench`]).
pub(super) fn bench(
    dir: Option<&Path>,
    nodes: &[usize],
    runs: usize,
    json: bool,
    guide: Arc<Guide>,
) -> Result<Outcome, CliError> {
    let lib = load_library(dir, guide.clone());
    let folder = match &lib.source {
        Source::Folder(d) => Some(d.as_path()),
        Source::Bundled => None,
    };
    match crate::bench::run(folder, &guide, nodes, runs.max(1)) {
        Ok(report) if json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("json values serialise")
        ),
        Ok(report) => print!("{}", crate::bench::table(&report)),
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(Outcome::Failure);
        }
    }
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::check_file;
    use proptest::prelude::*;

    fn tiny() -> Checked {
        let guide = Guide::bundled().unwrap();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.ron");
        check_file(&path, &guide).checked.unwrap()
    }

    /// Bytes a terminal may send: numbers, keys, noise and broken UTF-8.
    fn typed() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(b"1".to_vec()),
            Just(b"2".to_vec()),
            Just(b"b".to_vec()),
            Just(b"q".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"\xff\xfe".to_vec()),
            Just(b"\x1b[2J".to_vec()),
            Just(b"18446744073709551616".to_vec()),
            Just(b"-1".to_vec()),
            Just(vec![b'9'; 5000]),
            prop::collection::vec(any::<u8>(), 0..8),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// The terminal player's input: whatever is typed, reading ends at
        /// the end of input (no hang) and playing never panics.
        #[test]
        fn any_input_to_play_ends_without_panic(bytes in typed()) {
            let checked = tiny();
            let mut session = Session::start(&checked, 3);
            let mut input = std::io::Cursor::new(bytes.clone());
            let mut shown = 0;
            let mut lines = 0;
            while let Some(line) = read_line(&mut input) {
                lines += 1;
                prop_assert!(lines <= bytes.len());
                if let Ok(line) = line
                    && take_turn(&mut session, line.trim(), &mut shown, &crate::i18n::Ui::new(Lang::En)).is_break()
                {
                    break;
                }
                if session.is_ended() {
                    break;
                }
            }
        }
    }
}
