//! The human-readable report: findings grouped by file, then a summary table by family.

use std::fmt::Write as _;

use super::Style;
use super::sanitize::clean;
use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::rules::{self, Family, Rule};

/// Renders `check` results for a terminal. `quiet` leaves out everything but errors'
/// findings and the one-line result.
pub fn check(reports: &[PlanReport], style: Style, quiet: bool) -> String {
    let mut out = String::new();
    let mut sources = Sources::new();
    for report in reports {
        if reports.len() > 1 || !quiet {
            let _ = writeln!(
                out,
                "{} {}  ({} plan file{})",
                style.bold("plan"),
                style.bold(&clean(&report.root)),
                n_files(report),
                if n_files(report) == 1 { "" } else { "s" }
            );
            let _ = writeln!(out, "{}", config_line(report, style));
        }
        if report.empty {
            let _ = writeln!(
                out,
                "  no plan files (.yaml, .yml, .toml) found under {}\n",
                clean(&report.root)
            );
            continue;
        }
        let mut current: Option<&str> = None;
        for f in &report.findings {
            if quiet && f.severity != Severity::Error {
                continue;
            }
            let file = f
                .location
                .as_ref()
                .map_or(report.root.as_str(), |l| l.file.as_str());
            if current != Some(file) {
                let _ = writeln!(out, "\n{}", style.bold(&clean(file)));
                current = Some(file);
            }
            finding(&mut out, f, style, &mut sources);
        }
        if report.unreadable_files > 0 {
            let _ = writeln!(
                out,
                "\n  {} the content rules did not run: {} plan file{} could not be read; fix {} first",
                style.paint("1;33", "note:"),
                report.unreadable_files,
                if report.unreadable_files == 1 {
                    ""
                } else {
                    "s"
                },
                if report.unreadable_files == 1 {
                    "it"
                } else {
                    "them"
                },
            );
        }
        for line in skipped_lines(&report.skipped) {
            let _ = writeln!(out, "\n  {} {line}", style.paint("1;33", "note:"));
        }
        if !quiet {
            out.push('\n');
            out.push_str(&summary_table(report).to_string());
            out.push('\n');
        }
        if reports.len() == 1 && quiet {
            let _ = writeln!(out, "{}", config_line(report, style));
        }
        let _ = writeln!(out, "{}\n", result_line(report, style));
    }
    out
}

/// The skipped rules in one line: how many, the sections that could not be read, which rules
/// (the JSON output says which section each rule was skipped for).
pub fn skipped_lines(skipped: &[rules::Skipped]) -> Vec<String> {
    if skipped.is_empty() {
        return Vec::new();
    }
    let mut sections: Vec<&str> = Vec::new();
    for s in skipped {
        for section in &s.sections {
            if !sections.contains(section) {
                sections.push(section);
            }
        }
    }
    let names = match sections.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!(
            "{} and `{last}`",
            rest.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => sections
            .first()
            .map(|s| format!("`{s}`"))
            .unwrap_or_default(),
    };
    let ids: Vec<&str> = skipped.iter().map(|s| s.rule.id).collect();
    vec![format!(
        "{} rule{} skipped: {names} could not be read in full ({})",
        ids.len(),
        if ids.len() == 1 { "" } else { "s" },
        ids.join(", ")
    )]
}

/// Which configuration file decided the levels, or that none did.
fn config_line(report: &PlanReport, style: Style) -> String {
    match super::config_used(report) {
        Some(path) => format!("{} {}", style.dim("configuration:"), clean(&path)),
        None => format!("{} none", style.dim("configuration:")),
    }
}

fn n_files(report: &PlanReport) -> usize {
    report.plan.files.len() + report.unreadable_files
}

/// Each rule's source line, built once per report rather than once per finding.
type Sources = std::collections::HashMap<&'static str, String>;

fn finding(out: &mut String, f: &Finding, style: Style, sources: &mut Sources) {
    let _ = writeln!(
        out,
        "  {}[{}] {}",
        style.severity(f.severity),
        style.bold(f.rule.id),
        clean(&f.message)
    );
    if let Some(l) = &f.location {
        let _ = write!(
            out,
            "    {} {}:{}:{}",
            style.dim("-->"),
            clean(&l.file),
            l.span.start.line,
            l.span.start.col,
        );
        if !l.path.is_empty() {
            let path = format!("  ({})", clean(&l.path));
            out.push_str(&style.dim(&path));
        }
        out.push('\n');
    }
    let _ = write!(out, "    {} ", style.paint("36", "help:"));
    if let Some(h) = &f.hint {
        let _ = write!(out, "{} ", clean(h));
    }
    let _ = writeln!(out, "{}", f.rule.help);
    let source = sources
        .entry(f.rule.id)
        .or_insert_with(|| f.rule.source_line());
    let _ = writeln!(out, "    {} {source}", style.dim("source:"));
}

/// Error, warning and info counts per family.
pub fn summary_table(report: &PlanReport) -> comfy_table::Table {
    let mut t = super::table(vec!["family", "errors", "warnings", "info"]);
    for family in Family::ALL {
        let count = |s: Severity| {
            report
                .findings
                .iter()
                .filter(|f| f.rule.family == family && f.severity == s)
                .count()
        };
        t.add_row(vec![
            family.title().to_owned(),
            count(Severity::Error).to_string(),
            count(Severity::Warning).to_string(),
            count(Severity::Info).to_string(),
        ]);
    }
    t
}

fn result_line(report: &PlanReport, style: Style) -> String {
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    let verdict = if e > 0 {
        style.paint("1;31", "statutory or format errors found")
    } else {
        style.paint("1;32", "no errors")
    };
    format!(
        "{}: {verdict} ({e} error{}, {w} warning{}, {i} info)",
        clean(&report.root),
        if e == 1 { "" } else { "s" },
        if w == 1 { "" } else { "s" }
    )
}

/// The rule catalogue as a table.
pub fn rules_table() -> String {
    let mut t = super::table(vec!["id", "name", "severity", "family", "checks"]);
    for r in rules::all() {
        t.add_row(vec![
            r.id,
            r.name,
            r.severity.as_str(),
            r.family.title(),
            r.summary,
        ]);
    }
    format!("{t}\n")
}

/// One rule's full documentation, as `goodrel explain` shows it.
pub fn explain(rule: &Rule) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", rule.id, rule.name);
    let _ = writeln!(out, "family:   {}", rule.family.title());
    let _ = writeln!(out, "severity: {} (default)\n", rule.severity);
    let _ = writeln!(out, "What it checks\n  {}\n", rule.summary);
    let _ = writeln!(out, "Why\n  {}\n", rule.rationale);
    let _ = writeln!(out, "How to fix\n  {}\n", rule.help);
    let _ = writeln!(out, "Sources");
    for s in rule.sources {
        let at = if s.at.is_empty() {
            String::new()
        } else {
            format!(", {}", s.at)
        };
        let _ = writeln!(out, "  - {}{at}", s.doc.title());
    }
    out
}
