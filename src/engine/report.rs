//! What one check of a plan produced, read by every view: the findings, the evaluated
//! duties, what was held back or skipped, the plan model the analyses are computed from and
//! the settings they are computed with.

use std::collections::HashMap;

use crate::finding::{Finding, Severity};
use crate::model::Plan;
use crate::model::date::Date;
use crate::{duty, i18n, load, pyramid, rules};

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
    /// The pyramid settings the rules judged with (`[pyramid]` of the configuration), so a
    /// view draws the pyramid the rules saw.
    pub pyramid_options: pyramid::Options,
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

    /// Drops the plan's parse trees and typed model and all of its text but the lines its
    /// findings start and end on, keeping the findings and the file names the renderers
    /// show, so that memory does not grow with the number of plans checked in one run.
    /// SARIF measures its regions on the lines kept ([`load::SourceFile::keep_lines`]).
    pub fn release_model(&mut self) {
        let mut wanted: HashMap<&str, std::collections::BTreeSet<usize>> = HashMap::new();
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

/// The file a finding is reported on: its own, else (for findings about the whole plan)
/// the plan's first file, else the plan directory.
pub fn reported_file<'a>(report: &'a PlanReport, f: &'a Finding) -> &'a str {
    match &f.location {
        Some(l) => l.file.as_str(),
        None => report
            .plan
            .files
            .first()
            .map_or(report.root.as_str(), |s| s.display.as_str()),
    }
}

/// Each finding's identity, in order: goodrel's fingerprint (rule, file and symbolic path,
/// with the message mixed in where several findings share those) and, unique within the
/// log, that fingerprint with `:n` for its n-th occurrence (GitHub's own line hashes have
/// the same shape). Neither depends on a line number.
pub fn identities(reports: &[PlanReport]) -> Vec<(String, String)> {
    let mut shared: HashMap<String, usize> = HashMap::new();
    for report in reports {
        for f in &report.findings {
            *shared
                .entry(f.fingerprint(reported_file(report, f)))
                .or_default() += 1;
        }
    }
    let mut repeats: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for report in reports {
        for f in &report.findings {
            let file = reported_file(report, f);
            let plain = f.fingerprint(file);
            let v1 = if shared.get(&plain).copied().unwrap_or(0) > 1 {
                f.fingerprint_with_message(file)
            } else {
                plain
            };
            let n = repeats.entry(v1.clone()).or_default();
            *n += 1;
            let unique = format!("{v1}:{n}");
            out.push((v1, unique));
        }
    }
    out
}

/// The plan's first official language that goodrel speaks (`official_languages: [fi]`).
pub fn plan_language(plan: &Plan) -> Option<i18n::Lang> {
    plan.municipality
        .as_ref()?
        .official_languages
        .iter()
        .find_map(|l| i18n::Lang::parse(l))
}
