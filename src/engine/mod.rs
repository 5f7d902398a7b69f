//! One check session: the options, the configuration resolved once for the plan, and
//! where the plan's files come from. `check`, `checklist`, `report`, the views and the
//! language server all check a plan through [`Session::check`], so there is one pipeline
//! (discover -> load -> model -> rules -> duties) and one [`PlanReport`] every renderer
//! reads.

pub mod report;
pub mod revision;
pub mod sources;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub use report::{PlanReport, plan_language};
pub use revision::{Revision, RevisionError};
pub use sources::{ParseCache, Sources};

use crate::finding::{self, Finding};
use crate::load::node::Span;
use crate::model::date::Date;
use crate::{checklist, config, discover, duty, format_rules, jobs, load, model, pyramid, rules};

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

/// A plan directory with its options and its configuration, resolved once; checked as
/// often as its sources change (an editor checks at every keystroke).
pub struct Session {
    dir: PathBuf,
    options: CheckOptions,
    config: config::Config,
    /// Each file's last parse, kept only by a session that checks again and again.
    cache: Option<Mutex<ParseCache>>,
}

impl Session {
    /// The session for the plan at `dir`, its configuration found and read as `options`
    /// say (the nearest `goodrel.toml` in the plan's repository, a given file, or none).
    pub fn new(dir: &Path, options: CheckOptions) -> Session {
        let config = config::Config::resolve(&options.config, dir);
        Session::with_config(dir, options, config)
    }

    /// The session with a configuration already read (an editor's unsaved `goodrel.toml`).
    pub fn with_config(dir: &Path, options: CheckOptions, config: config::Config) -> Session {
        Session {
            dir: dir.to_path_buf(),
            options,
            config,
            cache: None,
        }
    }

    /// Keeps every file's parse between checks, so that a check after an edit parses only
    /// the files that changed.
    pub fn caching(mut self) -> Session {
        self.cache = Some(Mutex::new(ParseCache::default()));
        self
    }

    /// The plan directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn options(&self) -> &CheckOptions {
        &self.options
    }

    /// The configuration in force.
    pub fn config(&self) -> &config::Config {
        &self.config
    }

    /// The date deadlines are judged against: `--as-of`, else the configuration's, else
    /// the options' default (today).
    pub fn as_of(&self) -> Date {
        match self.config.as_of {
            Some(date) if !self.options.as_of_explicit => date,
            _ => self.options.as_of,
        }
    }

    /// The pyramid settings of the configuration.
    pub fn pyramid_options(&self) -> pyramid::Options {
        pyramid::Options {
            thin_below: self
                .config
                .thin_below
                .unwrap_or(pyramid::DEFAULT_THIN_BELOW),
        }
    }

    /// Discovers, loads and models the plan (stages 1–3), skipping the plan files the
    /// configuration ignores; the configuration's own findings come first in the list.
    pub fn load(&self, sources: &Sources) -> Result<(model::Built, bool), discover::DiscoverError> {
        let (mut built, empty) = self.build(sources)?;
        built
            .findings
            .splice(0..0, self.config.findings.iter().cloned());
        Ok((built, empty))
    }

    fn build(&self, sources: &Sources) -> Result<(model::Built, bool), discover::DiscoverError> {
        let dir = sources.plan_dir(&self.dir);
        let config = &self.config;
        let options = &self.options;
        let entries = sources.entries(dir)?;
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
                        location: Some(finding::file_start(&discover::display_path(path))),
                        hint: None,
                        also: finding::Also::default(),
                        rows: Vec::new(),
                    });
                    false
                }
            })
            .collect();
        let cache = self.cache.as_ref();
        // Reading and parsing is most of the work for a big plan, and files are independent.
        let loaded = jobs::map(&entries, options.jobs, |entry| match entry {
            discover::Entry::File(path) => {
                sources.load(path, discover::display_path(path), &options.limits, cache)
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
        if let Some(cache) = cache
            && let Ok(mut cache) = cache.lock()
        {
            // A file that left the plan (deleted, renamed, now ignored) is not kept.
            cache.retain(|p| {
                entries
                    .iter()
                    .any(|e| matches!(e, discover::Entry::File(f) if f == p))
            });
        }
        let empty = loaded.is_empty();
        let mut built = model::build(discover::display_path(dir), loaded);
        built.findings.append(&mut skipped);
        // A file that repeats one format mistake 600,000 times gives 50 findings and one
        // fold, before suppressions, the configuration and sorting see them.
        built.findings = finding::fold(std::mem::take(&mut built.findings));
        Ok((built, empty))
    }

    /// Runs the whole pipeline on the plan as `sources` give it.
    pub fn check(&self, sources: &Sources) -> Result<PlanReport, discover::DiscoverError> {
        let config = &self.config;
        let options = &self.options;
        let as_of = self.as_of();
        let pyramid_options = self.pyramid_options();
        let (built, empty) = self.build(sources)?;
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
            let settings = rules::Settings {
                report_grace_months: config
                    .report_grace_months
                    .unwrap_or(rules::DEFAULT_REPORT_GRACE_MONTHS),
            };
            let outcome = rules::run_with(&plan, as_of, &pyramid_options, settings);
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
            crate::suppress::apply(&plan, &mut findings);
        }
        config.apply(&mut findings, &options.levels, options.no_ignores);
        findings.extend(config.findings.iter().cloned());
        findings.sort_by_cached_key(Finding::sort_key);
        // The rules and the loader fold their own findings; this catches the rest (e.g. a
        // file of 100,000 malformed suppression comments).
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
            root: discover::display_path(sources.plan_dir(&self.dir)),
            plan,
            findings,
            empty,
            unreadable_files,
            skipped,
            held_back,
            held_back_more,
            duties,
            as_of,
            pyramid_options,
            config: config.file.clone(),
            switched_off,
            config_lang: config.lang,
            plan_lang,
        })
    }
}

/// Discovers, loads and models a plan directory from disk ([`Session::load`]).
pub fn load_plan(
    dir: &Path,
    options: &CheckOptions,
) -> Result<(model::Built, bool), discover::DiscoverError> {
    Session::new(dir, options.clone()).load(&Sources::disk())
}

/// Runs the whole pipeline on one plan directory as saved on disk.
pub fn check_dir(
    dir: &Path,
    options: &CheckOptions,
) -> Result<PlanReport, discover::DiscoverError> {
    Session::new(dir, options.clone()).check(&Sources::disk())
}

/// What a run over many plans keeps of each plan's checklist until its output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every duty's evidence and reasons: for output that shows them (JSON).
    Evidence,
    /// Every verdict, but of its evidence and reasons only the first
    /// ([`duty::Duties::release_evidence`]): for output that shows the checklist's counts, so
    /// that memory does not grow with the evidence of every plan.
    Counts,
}

/// Checks several plan directories on up to `options.jobs` threads. Each plan is
/// discovered, loaded, analysed and then released ([`PlanReport::release_model`]) by the
/// thread that checked it, so only findings are kept. Results are in the order given.
pub fn check_dirs<P: AsRef<Path> + Sync>(
    dirs: &[P],
    options: &CheckOptions,
) -> Vec<Result<PlanReport, discover::DiscoverError>> {
    check_dirs_keeping(dirs, options, Keep::Evidence)
}

/// [`check_dirs`], handing each plan's result to `each` in the order given as soon as it and
/// the plans before it are checked, so that the caller can write it and let it go; with it
/// what `prepare` made of it on the thread that checked it (its output, rendered there).
pub fn check_dirs_each<P: AsRef<Path> + Sync, X: Send>(
    dirs: &[P],
    options: &CheckOptions,
    keep: Keep,
    prepare: impl Fn(&PlanReport) -> X + Sync,
    each: impl FnMut(Result<(PlanReport, X), discover::DiscoverError>),
) {
    let per_plan = per_plan(dirs.len(), options);
    jobs::for_each_in_order(
        dirs,
        options.jobs,
        |dir| {
            checked(dir.as_ref(), &per_plan, keep).map(|r| {
                let x = prepare(&r);
                (r, x)
            })
        },
        each,
    );
}

/// With several plans, plans are the unit of work and each one's files are read in turn; a
/// single plan spreads its files instead.
fn per_plan(plans: usize, options: &CheckOptions) -> CheckOptions {
    CheckOptions {
        jobs: if plans > 1 { 1 } else { options.jobs },
        ..options.clone()
    }
}

/// One plan checked and released to what `keep` says.
fn checked(
    dir: &Path,
    options: &CheckOptions,
    keep: Keep,
) -> Result<PlanReport, discover::DiscoverError> {
    let mut report = check_dir(dir, options)?;
    report.release_model();
    if keep == Keep::Counts {
        report.duties.release_evidence();
    }
    Ok(report)
}

/// [`check_dirs`], keeping of each plan's checklist what `keep` says.
pub fn check_dirs_keeping<P: AsRef<Path> + Sync>(
    dirs: &[P],
    options: &CheckOptions,
    keep: Keep,
) -> Vec<Result<PlanReport, discover::DiscoverError>> {
    let per_plan = per_plan(dirs.len(), options);
    jobs::map(dirs, options.jobs, |dir| {
        checked(dir.as_ref(), &per_plan, keep)
    })
}
