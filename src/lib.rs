//! goodrel: checks a municipality's integration and good-relations plan against the
//! Integration Act 681/2023 and the Council of Europe's multilevel-governance guidance.
//!
//! The pipeline, one module per stage: [`discover`] finds plan files, [`load`] parses them
//! with spans, [`model`] merges them into a located [`model::Plan`], [`rules`] (and
//! [`pyramid`]) analyse it, and [`render`] prints the result. Analysis never prints and
//! renderers never decide.

pub mod checklist;
pub mod cli;
pub mod config;
pub mod discover;
pub mod duty;
pub mod finding;
pub mod format_rules;
pub mod governance;
pub mod i18n;
pub mod init;
pub mod jobs;
pub mod load;
pub mod model;
pub use model::schema;
pub mod pyramid;
pub mod render;
pub mod rules;
pub mod sources;
pub mod suppress;

use std::path::Path;

use finding::{Finding, Location, Severity};
use load::node::Span;
use model::Plan;
use model::date::Date;

/// Options that change what `check` reports.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub as_of: Date,
    /// True when `as_of` was given explicitly (`--as-of`), so it wins over the
    /// configuration file's `as_of`; otherwise the file's date, when it has one, is used.
    pub as_of_explicit: bool,
    pub limits: load::Limits,
    /// Where the configuration comes from (default: the nearest `goodrel.toml`).
    pub config: config::ConfigSource,
    /// `--level RULE=LEVEL` overrides, which win over the configuration file.
    pub levels: Vec<config::LevelOverride>,
    /// `--no-ignores`: honour no inline suppression and no `ignore` of the configuration.
    pub no_ignores: bool,
    /// How many threads may parse one plan's files (`--jobs`; [`check_dirs`] also spreads
    /// plans over them). The output is the same for every value.
    pub jobs: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            as_of: Date::today(),
            as_of_explicit: false,
            limits: load::Limits::default(),
            config: config::ConfigSource::default(),
            levels: Vec::new(),
            no_ignores: false,
            jobs: jobs::default_jobs(),
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
    /// Content rules not run because a section they read could not be read at all.
    pub skipped: Vec<rules::Skipped>,
    /// Findings not reported because they rest on a value written but unreadable, each with
    /// that value's place (the rest past [`rules::HELD_BACK_LISTED`] per rule counted in
    /// `held_back_more`).
    pub held_back: Vec<rules::HeldBack>,
    pub held_back_more: usize,
    /// Every duty of the statutory checklist, evaluated: what `check`, `checklist`, the
    /// report and every JSON show.
    pub duties: duty::Duties,
    /// The date deadlines were judged against (`--as-of`, else the configuration's, else
    /// the one in the options).
    pub as_of: Date,
    /// The configuration file used, if any.
    pub config: Option<std::path::PathBuf>,
    /// Rules switched off (`off` in the configuration or `--level`), which JUnit reports as
    /// skipped rather than passed.
    pub switched_off: Vec<&'static str>,
    /// The configuration's `lang`, if it has one.
    pub config_lang: Option<i18n::Lang>,
    /// The plan's first official language, the last choice before English.
    pub plan_lang: Option<i18n::Lang>,
}

impl PlanReport {
    /// The output language for these reports when `--lang` does not say: the first plan's
    /// configuration, then the locale, then its first official language, then English.
    pub fn language(
        reports: &[PlanReport],
        flag: Option<i18n::Lang>,
        locale: Option<i18n::Lang>,
    ) -> i18n::Lang {
        let first = reports.first();
        i18n::Lang::choose(
            flag,
            first.and_then(|r| r.config_lang),
            locale,
            first.and_then(|r| r.plan_lang),
        )
    }

    /// Whether the content rules ran.
    pub fn content_checked(&self) -> bool {
        !self.empty && self.unreadable_files == 0
    }
}

impl PlanReport {
    /// Drops the plan's parse trees and typed model and all of its text but the lines its
    /// findings start and end on, keeping the findings and the file names the renderers
    /// show, so that memory does not grow with the number of plans checked in one run.
    /// SARIF measures its regions on the lines kept ([`load::SourceFile::keep_lines`]).
    pub fn release_model(&mut self) {
        let mut wanted: std::collections::HashMap<&str, std::collections::BTreeSet<usize>> =
            std::collections::HashMap::new();
        for place in self
            .findings
            .iter()
            .flat_map(|f| f.location.iter().chain(f.also.iter()))
        {
            let lines = wanted.entry(place.file.as_str()).or_default();
            lines.insert(place.span.start.line);
            lines.insert(place.span.end.line);
        }
        let files = std::mem::take(&mut self.plan.files)
            .into_iter()
            .map(|f| load::SourceFile {
                text: f.keep_lines(wanted.get(f.display.as_str())),
                root: None,
                ..f
            })
            .collect();
        let mut plan = Plan::default();
        plan.root = std::mem::take(&mut self.plan.root);
        plan.files = files;
        self.plan = plan;
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// The plan's first official language that goodrel speaks (`official_languages: [fi]`).
pub fn plan_language(plan: &Plan) -> Option<i18n::Lang> {
    plan.municipality
        .as_ref()?
        .official_languages
        .iter()
        .find_map(|l| i18n::Lang::parse(l))
}

/// Discovers, loads and models a plan directory (stages 1–3), skipping the plan files the
/// configuration ignores. The configuration's own findings come first in the list.
pub fn load_plan(
    dir: &Path,
    options: &CheckOptions,
) -> Result<(model::Built, bool), discover::DiscoverError> {
    let config = config::Config::resolve(&options.config, dir);
    let (mut built, empty) = load_with(dir, options, &config)?;
    built.findings.splice(0..0, config.findings);
    Ok((built, empty))
}

fn load_with(
    dir: &Path,
    options: &CheckOptions,
    config: &config::Config,
) -> Result<(model::Built, bool), discover::DiscoverError> {
    let entries = discover::discover(dir)?;
    let canonical_dir = std::fs::canonicalize(dir).ok();
    let mut skipped = Vec::new();
    let entries: Vec<discover::Entry> = entries
        .into_iter()
        .filter(|entry| match entry {
            discover::Entry::File(path) => {
                !(config.is_file(path)
                    || (!options.no_ignores
                        && config.ignores_file(dir, canonical_dir.as_deref(), path)))
            }
            discover::Entry::Unreadable(..) => true,
            discover::Entry::Skipped(path, why) => {
                skipped.push(Finding {
                    rule: &format_rules::LINK_OUTSIDE,
                    severity: format_rules::LINK_OUTSIDE.severity,
                    message: why.clone(),
                    location: Some(file_start(&discover::display_path(path))),
                    hint: None,
                    also: crate::finding::Also::default(),
                    rows: Vec::new(),
                });
                false
            }
        })
        .collect();
    // Reading and parsing is most of the work for a big plan, and files are independent.
    let loaded = jobs::map(&entries, options.jobs, |entry| match entry {
        discover::Entry::File(path) => {
            load::load_file(path, discover::display_path(path), &options.limits)
        }
        discover::Entry::Unreadable(path, why) | discover::Entry::Skipped(path, why) => Err((
            discover::display_path(path),
            load::Problem {
                kind: load::ProblemKind::Unreadable,
                message: why.clone(),
                span: Span::point(1, 1),
            },
        )),
    });
    let empty = loaded.is_empty();
    let mut built = model::build(discover::display_path(dir), loaded);
    built.findings.append(&mut skipped);
    // A file that repeats one format mistake 600,000 times gives 50 findings and one fold,
    // before suppressions, the configuration and sorting see them.
    built.findings = finding::fold(std::mem::take(&mut built.findings));
    Ok((built, empty))
}

/// Runs the whole pipeline on one plan directory.
pub fn check_dir(
    dir: &Path,
    options: &CheckOptions,
) -> Result<PlanReport, discover::DiscoverError> {
    let mut config = config::Config::resolve(&options.config, dir);
    let as_of = match config.as_of {
        Some(date) if !options.as_of_explicit => date,
        _ => options.as_of,
    };
    let (built, empty) = load_with(dir, options, &config)?;
    let model::Built {
        plan,
        mut findings,
        unreadable_files,
    } = built;
    let mut skipped = Vec::new();
    let mut held_back = Vec::new();
    let mut held_back_more = 0;
    let mut notes = Vec::new();
    if !empty && unreadable_files == 0 {
        let pyramid = pyramid::Options {
            thin_below: config.thin_below.unwrap_or(pyramid::DEFAULT_THIN_BELOW),
        };
        let settings = rules::Settings {
            report_grace_months: config
                .report_grace_months
                .unwrap_or(rules::DEFAULT_REPORT_GRACE_MONTHS),
        };
        let outcome = rules::run_with(&plan, as_of, &pyramid, settings);
        findings.extend(outcome.findings);
        held_back = outcome.held_back;
        held_back_more = outcome.held_back_more;
        notes = outcome.notes;
        // A rule switched off is not worth naming as skipped.
        skipped = outcome
            .skipped
            .into_iter()
            .filter(|s| config.level_of(s.rule, &options.levels) != Some(config::Level::Off))
            .collect();
    }
    // The grid rows that have findings now; a suppression or the configuration may take
    // some away, and the checklist then says so rather than "no evidence".
    let before: Vec<(&'static str, Vec<duty::Row>)> = findings
        .iter()
        .filter(|f| f.rule.family == finding::Family::IntegrationAct || !f.rows.is_empty())
        .map(|f| (f.rule.id, f.rows.clone()))
        .collect();
    if !options.no_ignores {
        suppress::apply(&plan, &mut findings);
    }
    config.apply(&mut findings, &options.levels, options.no_ignores);
    findings.append(&mut config.findings);
    findings.sort_by_cached_key(Finding::sort_key);
    // The rules and the loader fold their own findings; this catches the rest (e.g. a file
    // of 100,000 malformed suppression comments).
    let findings = finding::fold(findings);
    let switched_off: Vec<&'static str> = rules::all()
        .filter(|r| {
            !config::is_fixed(r)
                && matches!(
                    config.level_of(r, &options.levels),
                    Some(config::Level::Off)
                )
        })
        .map(|r| r.id)
        .collect();
    // A rule switched off holds nothing back either.
    held_back.retain(|h: &rules::HeldBack| !switched_off.contains(&h.rule.id));
    let withdrawn: Vec<(&'static str, Vec<duty::Row>)> = before
        .into_iter()
        .filter(|(id, rows)| !findings.iter().any(|f| f.rule.id == *id && f.rows == *rows))
        .collect();
    let duties = checklist::evaluate(&checklist::Inputs {
        findings: &findings,
        withdrawn: &withdrawn,
        held_back: &held_back,
        notes: &notes,
        switched_off: &switched_off,
        skipped: &skipped,
        content_checked: !empty && unreadable_files == 0,
    });
    let plan_lang = plan_language(&plan);
    Ok(PlanReport {
        root: discover::display_path(dir),
        plan,
        findings,
        empty,
        unreadable_files,
        skipped,
        held_back,
        held_back_more,
        duties,
        as_of,
        config: config.file,
        switched_off,
        config_lang: config.lang,
        plan_lang,
    })
}

/// Checks several plan directories on up to `options.jobs` threads. Each plan is
/// discovered, loaded, analysed and then released ([`PlanReport::release_model`]) by the
/// thread that checked it, so only findings are kept. Results are in the order given.
pub fn check_dirs<P: AsRef<Path> + Sync>(
    dirs: &[P],
    options: &CheckOptions,
) -> Vec<Result<PlanReport, discover::DiscoverError>> {
    // With several plans, plans are the unit of work and each one's files are read in turn;
    // a single plan spreads its files instead.
    let per_plan = CheckOptions {
        jobs: if dirs.len() > 1 { 1 } else { options.jobs },
        ..options.clone()
    };
    jobs::map(dirs, options.jobs, |dir| {
        let mut report = check_dir(dir.as_ref(), &per_plan)?;
        report.release_model();
        Ok(report)
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
