//! goodrel: checks a municipality's integration and good-relations plan against the
//! Integration Act 681/2023 and the Council of Europe's multilevel-governance guidance.
//!
//! The pipeline, one module per stage: [`discover`] finds plan files, [`load`] parses them
//! with spans, [`model`] merges them into a located [`model::Plan`], [`rules`] (and
//! [`pyramid`]) analyse it, and [`render`] prints the result. Analysis never prints and
//! renderers never decide.

pub mod cli;
pub mod discover;
pub mod finding;
pub mod governance;
pub mod load;
pub mod model;
pub mod render;
pub mod rules;
pub mod schema;

use std::path::Path;

use finding::{Finding, Location, Severity};
use load::node::Span;
use model::Plan;
use model::date::Date;

/// Options that change what `check` reports.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub as_of: Date,
    pub limits: load::Limits,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            as_of: Date::today(),
            limits: load::Limits::default(),
        }
    }
}

/// The outcome of checking one plan directory.
pub struct PlanReport {
    /// The plan directory as shown in output.
    pub root: String,
    pub plan: Plan,
    /// Every finding, sorted by file, line, column and rule.
    pub findings: Vec<Finding>,
    /// True when the directory held no plan file at all.
    pub empty: bool,
    /// Plan files that could not be read or parsed. While any exist, content rules are not
    /// run: a plan missing a file's sections would be misjudged.
    pub unreadable_files: usize,
}

impl PlanReport {
    /// Whether the content rules ran.
    pub fn content_checked(&self) -> bool {
        !self.empty && self.unreadable_files == 0
    }
}

impl PlanReport {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Discovers, loads and models a plan directory (stages 1–3).
pub fn load_plan(
    dir: &Path,
    options: &CheckOptions,
) -> Result<(model::Built, bool), discover::DiscoverError> {
    let entries = discover::discover(dir)?;
    let mut loaded = Vec::with_capacity(entries.len());
    for entry in entries {
        match entry {
            discover::Entry::File(path) => {
                let display = discover::display_path(&path);
                loaded.push(load::load_file(&path, display, &options.limits));
            }
            discover::Entry::Unreadable(path, why) => loaded.push(Err((
                discover::display_path(&path),
                load::Problem {
                    kind: load::ProblemKind::Unreadable,
                    message: why,
                    span: Span::point(1, 1),
                },
            ))),
        }
    }
    let empty = loaded.is_empty();
    Ok((model::build(discover::display_path(dir), loaded), empty))
}

/// Runs the whole pipeline on one plan directory.
pub fn check_dir(
    dir: &Path,
    options: &CheckOptions,
) -> Result<PlanReport, discover::DiscoverError> {
    let (built, empty) = load_plan(dir, options)?;
    let model::Built {
        plan,
        mut findings,
        unreadable_files,
    } = built;
    if !empty && unreadable_files == 0 {
        findings.extend(rules::run_all(&plan, options.as_of));
    }
    findings.sort_by_cached_key(Finding::sort_key);
    Ok(PlanReport {
        root: discover::display_path(dir),
        plan,
        findings,
        empty,
        unreadable_files,
    })
}

/// A location at the start of a file, for findings about a file as a whole.
pub fn file_start(file: &str) -> Location {
    Location {
        file: file.to_owned(),
        span: Span::point(1, 1),
        path: String::new(),
    }
}
