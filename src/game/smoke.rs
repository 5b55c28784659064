//! A scripted playthrough for CI and for looking at the screens: set
//! `FRONTLINE_SMOKE=shots/frontline` and the game plays the first scenario
//! with the first choice at every decision, saves a screenshot of each
//! screen it passes (`shots/frontline-welcome.png` on a first run, then
//! `-home.png`, `-browser.png`, `-notes.png`, `-play.png`, `-debrief.png`,
//! `-guide.png`, `-settings.png`, `-dashboard.png`, and `-map.png` and
//! `-map-node.png`, the map of the scenario played, or of the first file
//! with problems, without and with a node open; then a case journey:
//! `-handover.png`, `-handover-2.png` and `-journey.png`) and exits; with an
//! error code if it never reached the end. `FRONTLINE_SMOKE_SCENARIO` picks
//! another scenario.
//!
//! With `FRONTLINE_LANG=en-XA` (the pseudo-locale) it also collects every
//! text egui lays out, writes those with plain English words in them to
//! `<prefix>-untranslated.txt` and exits with code 5 if there are any
//! (see [`pseudo_check`](super::pseudo_check)).

use super::actions::Action;
use super::pseudo_check::{Content, untranslated};
use super::state::{Interface, LiveLibrary, Play, Screen};
use crate::i18n::Lang;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use std::collections::BTreeSet;

/// The steps of the playthrough, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// The welcome (on a first run: shot, then a trainee is set), then home.
    Home,
    OpenBrowser,
    Browser,
    /// Pick the scenario.
    Prepare,
    /// The content notes.
    Notes,
    Begin,
    /// Two decisions in, so the coach's note shows.
    Play,
    /// The first choice at every decision until the debrief.
    Finish,
    OpenGuide,
    Guide,
    OpenSettings,
    Settings,
    OpenDashboard,
    Dashboard,
    /// The map of the scenario played.
    OpenMap,
    Map,
    /// A case journey, once the cases are checked: its first handover,
    /// every stage with the first choice, the second handover, and the
    /// journey's debrief.
    OpenJourney,
    Journey,
    /// Wait until every screenshot is on disk, then exit.
    Done,
}

#[derive(Resource)]
pub(super) struct SmokeRun {
    prefix: String,
    scenario: Option<String>,
    frame: u32,
    stage: Stage,
    wait_until: u32,
    pending_shots: Vec<String>,
    /// Every text laid out, in the pseudo-locale only.
    texts: BTreeSet<String>,
    /// The interface is in the pseudo-locale: check the texts at the end.
    pseudo: bool,
    /// The names and code of the scenario mapped (see [`file_names`]).
    file_names: Vec<String>,
}

impl SmokeRun {
    pub(super) fn from_env() -> Option<SmokeRun> {
        let prefix = std::env::var("FRONTLINE_SMOKE").ok()?;
        Some(SmokeRun {
            prefix,
            scenario: std::env::var("FRONTLINE_SMOKE_SCENARIO").ok(),
            frame: 0,
            stage: Stage::Home,
            wait_until: 30,
            pending_shots: Vec::new(),
            texts: BTreeSet::new(),
            pseudo: false,
            file_names: Vec::new(),
        })
    }

    /// Save a screenshot of the window as `<prefix>-<name>.png`, and give
    /// it time before the next step.
    fn shot(&mut self, commands: &mut Commands, name: &str) {
        let path = format!("{}-{name}.png", self.prefix);
        self.pending_shots.push(path.clone());
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path));
        self.wait(20);
    }

    fn has_shot(&self, name: &str) -> bool {
        let suffix = format!("-{name}.png");
        self.pending_shots.iter().any(|p| p.ends_with(&suffix))
    }

    /// Do nothing for `frames` frames.
    fn wait(&mut self, frames: u32) {
        self.wait_until = self.frame + frames;
    }

    /// Send an action, go on to `next` and give the action `frames` frames.
    fn send(
        &mut self,
        actions: &mut MessageWriter<Action>,
        action: Action,
        next: Stage,
        frames: u32,
    ) {
        actions.write(action);
        self.stage = next;
        self.wait(frames);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, drive).add_systems(
        PostUpdate,
        collect_texts
            .after(bevy_egui::EguiPostUpdateSet::EndPass)
            .before(bevy_egui::EguiPostUpdateSet::ProcessOutput),
    );
}

/// Keep every text of this frame's egui output (pseudo-locale only).
fn collect_texts(
    interface: Res<Interface>,
    outputs: Query<&bevy_egui::EguiFullOutput>,
    mut smoke: ResMut<SmokeRun>,
) {
    smoke.pseudo = interface.lang == Lang::Pseudo;
    if !smoke.pseudo {
        return;
    }
    fn walk(shape: &bevy_egui::egui::Shape, out: &mut BTreeSet<String>) {
        use bevy_egui::egui::Shape;
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(t) if !out.contains(&t.galley.job.text) => {
                out.insert(t.galley.job.text.clone());
            }
            _ => {}
        }
    }
    for output in &outputs {
        if let Some(full) = &output.0 {
            for clipped in &full.shapes {
                walk(&clipped.shape, &mut smoke.texts);
            }
        }
    }
}

/// In the pseudo-locale: write the texts still in plain English next to
/// the screenshots. True if there are none.
fn check_texts(smoke: &SmokeRun, live: &LiveLibrary) -> bool {
    // The content is translated too (the pseudo-locale transforms every
    // scenario and guide text), so the only English let through is the
    // guide's source: the title of the published document it cites.
    let source = format!("{:?}", live.guide().source);
    // The map shows the mapped file's own names and code as written: node
    // ids, variables, placeholders, conditions and effects.
    let names = format!("{:?}", smoke.file_names);
    let content = Content::from_sources([source.as_str(), names.as_str()]);
    // What the smoke run typed.
    let typed = ["Smoke test".to_string()];
    let found = untranslated(&smoke.texts, &content, &typed);
    info!(
        "smoke run: {} texts laid out, {} not translated",
        smoke.texts.len(),
        found.len()
    );
    let path = format!("{}-untranslated.txt", smoke.prefix);
    let mut list = found.join("\n");
    list.push('\n');
    if let Err(e) = std::fs::write(&path, if found.is_empty() { "" } else { &list }) {
        error!("smoke run: cannot write {path}: {e}");
    }
    if !found.is_empty() {
        error!(
            "smoke run: {} texts are not translated (listed in {path})",
            found.len()
        );
    }
    found.is_empty()
}

/// What a scenario file names and computes rather than says, which the map
/// shows as written: node ids, variables, placeholders, conditions and
/// effects.
fn file_names(sc: &crate::scenario::Scenario) -> Vec<String> {
    let mut out: Vec<String> = sc.nodes.keys().chain(sc.vars.keys()).cloned().collect();
    for p in &sc.profiles {
        out.extend(p.values.keys().cloned());
        out.extend(p.effects.iter().cloned());
    }
    for n in sc.nodes.values() {
        out.extend(n.effects.iter().cloned());
        for c in &n.choices {
            out.extend(c.when.iter().cloned());
            out.extend(c.effects.iter().cloned());
        }
        for b in &n.random {
            out.extend(b.effects.iter().cloned());
        }
    }
    out
}

/// The smoke run gives up after this many frames.
const MAX_FRAMES: u32 = 3000;

fn drive(
    mut commands: Commands,
    mut smoke: ResMut<SmokeRun>,
    live: Res<LiveLibrary>,
    screen: Res<State<Screen>>,
    // The run played, the map of its scenario, and the journey.
    (play, mut view, shown, journeys): (
        Res<Play>,
        ResMut<super::ui::MapView>,
        Res<super::state::MapShown>,
        Res<super::journey::Journeys>,
    ),
    mut actions: MessageWriter<Action>,
    mut exit: MessageWriter<AppExit>,
) {
    smoke.frame += 1;
    if smoke.frame > MAX_FRAMES {
        error!(
            "smoke run: gave up at stage {:?} on screen {:?}",
            smoke.stage,
            screen.get()
        );
        exit.write(AppExit::from_code(3));
        return;
    }
    if smoke.frame < smoke.wait_until {
        return;
    }
    let s = &mut *smoke;
    let a = &mut actions;
    match (s.stage, *screen.get()) {
        (Stage::Home, Screen::Welcome) if !s.has_shot("welcome") => {
            s.shot(&mut commands, "welcome");
        }
        (Stage::Home, Screen::Welcome) => {
            let trainee = Action::SetTrainee {
                name: "Smoke test".into(),
                role: crate::guide::area::Role::LabourInspector,
            };
            s.send(a, trainee, Stage::Home, 5);
        }
        (Stage::Home, _) => {
            s.shot(&mut commands, "home");
            s.stage = Stage::OpenBrowser;
        }
        (Stage::OpenBrowser, _) => s.send(a, Action::Go(Screen::Browser), Stage::Browser, 10),
        (Stage::Browser, _) => {
            s.shot(&mut commands, "browser");
            s.stage = Stage::Prepare;
        }
        (Stage::Prepare, _) => {
            let first = live.library.scenarios.first().map(|c| c.id().to_string());
            let Some(scenario) = s.scenario.clone().or(first) else {
                error!("smoke run: there are no scenarios");
                exit.write(AppExit::from_code(4));
                return;
            };
            let prepare = Action::Prepare {
                scenario,
                seed: Some(1),
            };
            s.send(a, prepare, Stage::Notes, 5);
        }
        (Stage::Notes, Screen::Notes) => {
            s.shot(&mut commands, "notes");
            s.stage = Stage::Begin;
        }
        (Stage::Begin, _) => s.send(a, Action::Begin, Stage::Play, 5),
        (Stage::Play, Screen::Play) => {
            if play
                .session
                .as_ref()
                .is_some_and(|p| p.decision_count() >= 2)
            {
                s.shot(&mut commands, "play");
                s.stage = Stage::Finish;
            } else {
                s.send(a, Action::Choose(1), Stage::Play, 5);
            }
        }
        (Stage::Finish, Screen::Play) => s.send(a, Action::Choose(1), Stage::Finish, 3),
        (Stage::Finish, Screen::Debrief) if play.debrief.is_some() => {
            s.shot(&mut commands, "debrief");
            s.stage = Stage::OpenGuide;
        }
        (Stage::OpenGuide, _) => s.send(a, Action::Go(Screen::Guide), Stage::Guide, 10),
        (Stage::Guide, _) => {
            s.shot(&mut commands, "guide");
            s.stage = Stage::OpenSettings;
        }
        (Stage::OpenSettings, _) => {
            s.send(a, Action::Go(Screen::Settings), Stage::Settings, 10);
        }
        (Stage::Settings, _) => {
            s.shot(&mut commands, "settings");
            s.stage = Stage::OpenDashboard;
        }
        (Stage::OpenDashboard, _) => {
            s.send(a, Action::Go(Screen::Dashboard), Stage::Dashboard, 10);
        }
        (Stage::Dashboard, _) => {
            s.shot(&mut commands, "dashboard");
            s.stage = Stage::OpenMap;
        }
        (Stage::OpenMap, _) => {
            // A scenario file with problems, as its button in the problems
            // panel opens it; else the scenario played.
            let broken = live
                .problems
                .iter()
                .find(|d| d.file.extension().is_some_and(|e| e == "ron"))
                .map(|d| d.file.clone());
            let played = play
                .session
                .as_ref()
                .map(|p| p.checked().compiled.file.clone());
            let Some(file) = broken.or(played) else {
                error!("smoke run: no scenario was played to map");
                exit.write(AppExit::from_code(4));
                return;
            };
            s.send(a, Action::OpenMap { file }, Stage::Map, 15);
        }
        (Stage::Map, Screen::Map) if !s.has_shot("map") => {
            if let Some(m) = &shown.map {
                s.file_names = file_names(&m.compiled.scenario);
            }
            s.shot(&mut commands, "map");
        }
        (Stage::Map, Screen::Map) if !s.has_shot("map-node") => {
            // A node open beside the map, the paths highlighted.
            if view.selected.is_none() {
                // A scene no run reaches if there is one, else the first
                // decision from the start, to show its choices.
                view.selected = shown.map.as_ref().map(|m| {
                    if let Some(i) = m.nodes.iter().position(|n| !n.reachable) {
                        return i;
                    }
                    let mut at = m.start;
                    for _ in 0..m.nodes.len() {
                        match (m.nodes[at].kind, m.edges_from(at).first()) {
                            (crate::scenario::map::MapKind::Passage, Some(e)) => at = e.to,
                            _ => break,
                        }
                    }
                    at
                });
                view.center_on = view.selected;
                view.paths = true;
                s.wait(10);
            } else {
                s.shot(&mut commands, "map-node");
                s.stage = Stage::OpenJourney;
            }
        }
        (Stage::OpenJourney, _) => {
            // The cases are checked in the background: wait for them.
            let Some(cases) = &journeys.cases else {
                s.wait(10);
                return;
            };
            let Some(case) = cases.cases.last().map(|c| c.id().to_string()) else {
                info!("smoke run: no case journeys to play");
                s.stage = Stage::Done;
                return;
            };
            let start = Action::StartCase {
                case,
                seed: Some(1),
            };
            s.send(a, start, Stage::Journey, 10);
        }
        (Stage::Journey, Screen::Handover) => {
            let stage = journeys.run.as_ref().map_or(0, |r| r.current().index);
            let name = if stage == 0 { "handover" } else { "handover-2" };
            if stage <= 1 && !s.has_shot(name) {
                s.shot(&mut commands, name);
            } else {
                s.send(a, Action::BeginStage, Stage::Journey, 5);
            }
        }
        (Stage::Journey, Screen::Play) => s.send(a, Action::Choose(1), Stage::Journey, 2),
        (Stage::Journey, Screen::Debrief) => {
            let ended = journeys.run.as_ref().is_some_and(|r| r.is_ended());
            let next = if ended {
                Action::FinishJourney
            } else {
                Action::Go(Screen::Handover)
            };
            s.send(a, next, Stage::Journey, 5);
        }
        (Stage::Journey, Screen::Journey) => {
            s.shot(&mut commands, "journey");
            s.stage = Stage::Done;
        }
        (Stage::Done, _) => {
            let saved = s
                .pending_shots
                .iter()
                .all(|p| std::path::Path::new(p).exists());
            if saved {
                info!("smoke run: reached the debrief; screenshots saved");
                if s.pseudo && !check_texts(s, &live) {
                    exit.write(AppExit::from_code(5));
                } else {
                    exit.write(AppExit::Success);
                }
            }
        }
        _ => {}
    }
}
