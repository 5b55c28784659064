//! The checker: load a scenario file, compile it, explore it, and report
//! every problem with its place and a fix.

use crate::guide::Guide;
use crate::scenario::Scenario;
use crate::scenario::compile::{CKind, Compiled, Places, compile};
use crate::scenario::diag::{Diagnostic, LoadError, parse_ron};
use crate::scenario::explore::{Exploration, MAX_STATES, Via, explore};
use crate::scenario::lint::design_warnings;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A scenario that passed the checker's errors (warnings may remain),
/// with its exploration for scoring.
#[derive(Debug, Clone)]
pub struct Checked {
    pub compiled: Arc<Compiled>,
    pub exploration: Arc<Exploration>,
    /// Shared, not copied: a session clones its `Checked`, and a scenario
    /// may have thousands of warnings.
    pub warnings: Arc<[Diagnostic]>,
}

impl Checked {
    pub fn scenario(&self) -> &Scenario {
        &self.compiled.scenario
    }
    pub fn id(&self) -> &str {
        &self.compiled.scenario.id
    }

    /// Drop the exploration's state graph, keeping the score bounds.
    pub fn slim(&mut self) {
        self.exploration = Arc::new(self.exploration.slimmed());
    }
}

/// The result of checking one file.
pub struct FileCheck {
    pub file: PathBuf,
    pub checked: Option<Checked>,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileCheck {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// From how many nodes a scenario's exploration problems and design
/// warnings are worked out on two threads (below, a thread costs more
/// than it saves).
const SIDE_BY_SIDE: usize = 500;

/// Check scenario text as if read from `file`.
pub fn check_source(src: &str, file: &Path, guide: &Guide) -> FileCheck {
    check_source_built(src, file, guide).0
}

/// What checking built from a file that compiled, even one whose
/// exploration found errors (a node never reached, a loop without exit):
/// the scenario map shows those too.
#[derive(Debug, Clone)]
pub struct Built {
    pub compiled: Arc<Compiled>,
    pub exploration: Arc<Exploration>,
}

/// [`check_source`], keeping what was built when the file compiled.
pub fn check_source_built(src: &str, file: &Path, guide: &Guide) -> (FileCheck, Option<Built>) {
    let failed = |diagnostics| FileCheck {
        file: file.to_path_buf(),
        checked: None,
        diagnostics,
    };
    let scenario: Scenario = match parse_ron(src, file) {
        Ok(s) => s,
        Err(LoadError::Syntax(d)) => return (failed(vec![d]), None),
        Err(LoadError::Invalid(ds)) => return (failed(ds), None),
    };
    let out = compile(scenario, src, file, guide);
    let places = out.places;
    let mut diagnostics = out.diagnostics;
    let Some(compiled) = out.compiled else {
        diagnostics.sort_by_key(|d| (d.line, d.column));
        return (failed(diagnostics), None);
    };
    let x = explore(&compiled);
    // The exploration's problems and the design warnings read the same
    // scenario and exploration: worked out side by side on a large one.
    let (problems, design) = if compiled.nodes.len() >= SIDE_BY_SIDE {
        std::thread::scope(|s| {
            let design = s.spawn(|| design_warnings(&compiled, &x, &places));
            let problems = explore_problems(&compiled, &x, &places);
            let design = design
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (problems, Some(design))
        })
    } else {
        (explore_problems(&compiled, &x, &places), None)
    };
    diagnostics.extend(problems);
    // Design warnings only for a scenario without errors: fix those first.
    if !diagnostics.iter().any(|d| d.is_error()) {
        diagnostics.extend(design.unwrap_or_else(|| design_warnings(&compiled, &x, &places)));
    }
    diagnostics.sort_by_key(|d| (d.line, d.column));
    let built = Built {
        compiled: Arc::new(compiled),
        exploration: Arc::new(x),
    };
    let checked = if diagnostics.iter().any(|d| d.is_error()) {
        None
    } else {
        Some(Checked {
            compiled: built.compiled.clone(),
            exploration: built.exploration.clone(),
            warnings: diagnostics.iter().cloned().collect(),
        })
    };
    let report = FileCheck {
        file: file.to_path_buf(),
        checked,
        diagnostics,
    };
    (report, Some(built))
}

/// Check one file on disk.
pub fn check_file(path: &Path, guide: &Guide) -> FileCheck {
    match std::fs::read(path) {
        Err(e) => FileCheck {
            file: path.to_path_buf(),
            checked: None,
            diagnostics: LoadError::io(path, &e).diagnostics(),
        },
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(src) => check_source(&src, path, guide),
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let before = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
                let line = before.matches('\n').count() + 1;
                let col = before
                    .rsplit('\n')
                    .next()
                    .map(|l| l.chars().count() + 1)
                    .unwrap_or(1);
                FileCheck {
                    file: path.to_path_buf(),
                    checked: None,
                    diagnostics: vec![
                        Diagnostic::error(
                            path,
                            "not-utf8",
                            "the file is not saved as UTF-8 text",
                            "save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
                        )
                        .at((line, col)),
                    ],
                }
            }
        },
    }
}

/// Check many scenario texts, spread over the machine's cores; the
/// reports come back in the order given.
pub(crate) fn check_many(sources: &[(PathBuf, String)], guide: &Guide) -> Vec<FileCheck> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(sources.len().max(1));
    if threads <= 1 {
        return sources
            .iter()
            .map(|(p, t)| check_source(t, p, guide))
            .collect();
    }
    // Deal the files out round-robin so that large ones spread evenly.
    let mut slots: Vec<Option<FileCheck>> = (0..sources.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    sources
                        .iter()
                        .enumerate()
                        .skip(t)
                        .step_by(threads)
                        .map(|(i, (p, text))| (i, check_source(text, p, guide)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            if let Ok(done) = h.join() {
                for (i, r) in done {
                    slots[i] = Some(r);
                }
            }
        }
    });
    slots
        .into_iter()
        .zip(sources)
        .map(|(r, (p, t))| r.unwrap_or_else(|| check_source(t, p, guide)))
        .collect()
}

/// Read files for [`check_many`]; unreadable ones become reports at once.
pub(crate) fn read_sources(
    files: &[PathBuf],
    guide: &Guide,
) -> (Vec<(PathBuf, String)>, Vec<FileCheck>) {
    let mut ok = Vec::new();
    let mut failed = Vec::new();
    for f in files {
        match std::fs::read(f) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => ok.push((f.clone(), text)),
                Err(_) => failed.push(check_file(f, guide)),
            },
            Err(e) => failed.push(FileCheck {
                file: f.clone(),
                checked: None,
                diagnostics: LoadError::io(f, &e).diagnostics(),
            }),
        }
    }
    (ok, failed)
}

/// The scenario files under a path: the file itself, or every `.ron` file
/// in a folder (not recursive), sorted by name.
pub fn scenario_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        files.sort();
        Ok(files)
    } else if path.exists() {
        Ok(vec![path.to_path_buf()])
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no such file or folder",
        ))
    }
}

/// What exploring found wrong, in the order the checks run: decisions with
/// no open choice, loops without exit, unreachable nodes, choices never
/// open, harms in loops. When the situations were too many to walk, a
/// warning says so and only what the node graph proves is reported: nodes
/// that no path reaches, even with every condition open.
fn explore_problems(c: &Compiled, x: &Exploration, places: &Places) -> Vec<Diagnostic> {
    let problems = ExploreProblems { c, x, places };
    if x.truncated {
        let mut d = vec![problems.too_many_situations()];
        let mut reached = vec![false; c.nodes.len()];
        for n in &x.graph.node {
            reached[*n as usize] = true;
        }
        let open: Vec<Vec<bool>> = c
            .nodes
            .iter()
            .map(|n| match &n.kind {
                CKind::Decision(ch) => vec![true; ch.len()],
                _ => Vec::new(),
            })
            .collect();
        problems.unreachable(&reached, &open, &mut d);
        return d;
    }
    let mut d = Vec::new();
    let (reached, open) = problems.stuck_decisions(&mut d);
    problems.loop_without_exit(&mut d);
    problems.unreachable(&reached, &open, &mut d);
    problems.harms_in_loops(&mut d);
    d
}

/// The checks over an exploration, with where to place their messages.
struct ExploreProblems<'a> {
    c: &'a Compiled,
    x: &'a Exploration,
    places: &'a Places<'a>,
}

impl ExploreProblems<'_> {
    fn error(&self, code: &str, message: String, help: &str, at: (usize, usize)) -> Diagnostic {
        Diagnostic::error(self.c.file.as_path(), code, message, help).at(at)
    }

    /// A warning, not an error: the scenario plays, but was checked only
    /// in part and its score bounds are estimates.
    fn too_many_situations(&self) -> Diagnostic {
        Diagnostic::warning(
            self.c.file.as_path(),
            "too-many-situations",
            format!(
                "the variables combine into more than {MAX_STATES} situations, too many to check them all: only that many were walked, so conditions that never hold and loops without exit may go unreported, and scores rest on estimated best and worst totals"
            ),
            "use fewer numeric variables, bigger steps (+= 10 rather than += 1), or flags",
        )
        .at(self.places.top_field("vars"))
    }

    /// Report each decision reached with no open choice (once per node);
    /// return which nodes were reached and which of their choices were open.
    fn stuck_decisions(&self, d: &mut Vec<Diagnostic>) -> (Vec<bool>, Vec<Vec<bool>>) {
        let (c, g) = (self.c, &self.x.graph);
        let mut reached = vec![false; c.nodes.len()];
        let mut open = vec![Vec::new(); c.nodes.len()];
        for (i, n) in c.nodes.iter().enumerate() {
            if let CKind::Decision(ch) = &n.kind {
                open[i] = vec![false; ch.len()];
            }
        }
        let mut stuck_reported = vec![false; c.nodes.len()];
        for s in 0..g.len() {
            let node = g.node[s] as usize;
            reached[node] = true;
            for e in g.edges(s) {
                if let Via::Choice(ci) = e.via {
                    open[node][ci] = true;
                }
            }
            let id = &c.node_ids[node];
            if let CKind::Decision(_) = c.nodes[node].kind
                && g.edges(s).is_empty()
                && !stuck_reported[node]
            {
                stuck_reported[node] = true;
                d.push(self.error(
                    "no-open-choice",
                    format!(
                        "at `{id}` no choice is open when {}",
                        c.describe_vars(&g.vars_of(s as u32))
                    ),
                    "add a choice without `when`, or loosen a condition, so the trainee can always go on",
                    self.places.node_at(id),
                ));
            }
        }
        (reached, open)
    }

    /// The first state from which no ending can be reached, not already
    /// explained as a stuck decision.
    fn loop_without_exit(&self, d: &mut Vec<Diagnostic>) {
        let (c, g) = (self.c, &self.x.graph);
        let Some(s) = (0..g.len()).find(|&s| !self.x.can_end[s] && !g.edges(s).is_empty()) else {
            return;
        };
        let id = &c.node_ids[g.node[s] as usize];
        d.push(self.error(
            "loop-without-exit",
            format!(
                "from `{id}` (when {}) the story can never reach an ending: it goes round a loop that cannot be left",
                c.describe_vars(&g.vars_of(s as u32))
            ),
            "give the loop a way out: a choice that leads towards an ending",
            self.places.node_at(id),
        ));
    }

    /// Nodes never reached, and choices of reached decisions never open.
    fn unreachable(&self, reached: &[bool], open: &[Vec<bool>], d: &mut Vec<Diagnostic>) {
        let c = self.c;
        for (i, id) in c.node_ids.iter().enumerate() {
            if !reached[i] {
                let (code, what) = match c.nodes[i].kind {
                    CKind::Ending => ("ending-unreachable", "the ending"),
                    _ => ("node-unreachable", "the node"),
                };
                d.push(self.error(
                    code,
                    format!("{what} `{id}` can never be reached"),
                    "lead a choice, `next` or random branch to it (check the conditions on the way), or delete it",
                    self.places.node_at(id),
                ));
                continue;
            }
            if let CKind::Decision(_) = c.nodes[i].kind {
                for (ci, ok) in open[i].iter().enumerate() {
                    if !ok {
                        let when = c.scenario.nodes[id].choices[ci]
                            .when
                            .clone()
                            .unwrap_or_default();
                        d.push(self.error(
                            "condition-never-holds",
                            format!(
                                "choice {} at `{id}` can never be chosen: its condition \"{when}\" never holds when the story reaches `{id}`",
                                ci + 1
                            ),
                            "change the condition, or the effects earlier in the story that it depends on",
                            self.places.choice_at(id, ci),
                        ));
                    }
                }
            }
        }
    }

    /// Choices that touch harms and can be taken again round a loop.
    fn harms_in_loops(&self, d: &mut Vec<Diagnostic>) {
        for (node, ci) in &self.x.loop_harms {
            let id = &self.c.node_ids[*node];
            d.push(self.error(
                "harm-in-loop",
                format!(
                    "choice {} at `{id}` touches harms and can be taken again and again round a loop",
                    ci + 1
                ),
                "set a flag in its effects and add `when: \"not that_flag\"`, so it can be taken once, or move the harms to a choice outside the loop",
                self.places.choice_at(id, *ci),
            ));
        }
    }
}
