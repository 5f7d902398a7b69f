//! GitLab Code Quality (a JSON array of Code Climate issues), which GitLab shows in the
//! merge request's widget and on the changed lines of its diff. Each finding is one issue;
//! its fingerprint is the one goodrel gives code scanning, so GitLab can tell which findings
//! a merge request introduced or resolved.

use crate::i18n::Lang;
use serde::Serialize;

use crate::PlanReport;
use crate::finding::{Finding, Severity};

#[derive(Serialize)]
pub struct Issue {
    /// Code Climate's kind of entry; GitLab reads only issues.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub check_name: &'static str,
    pub description: String,
    pub severity: &'static str,
    pub fingerprint: String,
    pub location: IssueLocation,
}

#[derive(Serialize)]
pub struct IssueLocation {
    pub path: String,
    pub lines: Lines,
}

#[derive(Serialize)]
pub struct Lines {
    pub begin: usize,
    pub end: usize,
}

/// GitLab's level for a finding: a file goodrel could not read is a blocker (the plan could
/// not be checked at all), other errors (statutory duties, format problems) are major,
/// warnings (guidance) minor, info info. `critical` is left unused: goodrel has nothing more
/// serious than an unmet legal duty short of not being able to check.
pub fn severity(f: &Finding) -> &'static str {
    match f.severity {
        Severity::Error if crate::config::is_fixed(f.rule) => "blocker",
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// The Code Quality issues for `check` over one or more plan directories.
pub fn issues(reports: &[PlanReport], lang: Lang) -> Vec<Issue> {
    let mut identities = super::sarif::identities(reports).into_iter();
    let mut out = Vec::new();
    for report in reports {
        for f in &report.findings {
            let (_, unique) = identities.next().unwrap_or_default();
            let (begin, end) = match &f.location {
                Some(l) => (
                    l.span.start.line.max(1),
                    l.span.end.line.max(l.span.start.line).max(1),
                ),
                None => (1, 1),
            };
            out.push(Issue {
                kind: "issue",
                check_name: f.rule.id,
                description: format!(
                    "{} {}: {}",
                    f.rule.id,
                    f.rule.name,
                    super::sarif::message_with_hint(f, lang)
                ),
                severity: severity(f),
                fingerprint: unique,
                location: IssueLocation {
                    path: super::sarif::reported_file(report, f).to_owned(),
                    lines: Lines { begin, end },
                },
            });
        }
    }
    out
}

/// Renders `check` results as a GitLab Code Quality report.
pub fn check(reports: &[PlanReport], lang: Lang) -> String {
    super::json::to_string(&issues(reports, lang))
}
