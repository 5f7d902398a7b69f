//! The human-readable report: findings grouped by file, then a summary table by family.

use std::fmt::Write as _;

use super::Style;
use super::sanitize::clean;
use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::rules::{self, Family, Rule};

/// How much the text report shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Only errors' findings and the one-line result (`--quiet`).
    pub quiet: bool,
    /// Also each finding's `source:` line (`--verbose`).
    pub verbose: bool,
    /// One entry per finding, instead of one per rule and gap (`--show-all`).
    pub show_all: bool,
}

/// Where a finding comes in the text report: format errors (they explain what the content
/// rules saw), statutory errors, warnings, info.
fn tier(f: &Finding) -> u8 {
    match (f.severity, f.rule.family == Family::Format) {
        (Severity::Error, true) => 0,
        (Severity::Error, false) => 1,
        (Severity::Warning, _) => 2,
        (Severity::Info, _) => 3,
    }
}

/// The findings of one report as text entries: in tier order, then by file and place. Unless
/// `show_all`, findings of one rule that differ only in the item they name (same severity,
/// same help, no finding-specific hint) are one entry, shown where the first of them is.
fn entries<'f>(findings: &[&'f Finding], show_all: bool) -> Vec<Vec<&'f Finding>> {
    let mut sorted: Vec<&Finding> = findings.to_vec();
    // Stable: within a tier the report's order (file, line, column, rule) is kept.
    sorted.sort_by_key(|f| tier(f));
    let mut out: Vec<Vec<&Finding>> = Vec::new();
    for f in sorted {
        let joins = !show_all && f.hint.is_none();
        if joins
            && let Some(group) = out.iter_mut().find(|g| {
                g[0].rule.id == f.rule.id && g[0].severity == f.severity && g[0].hint.is_none()
            })
        {
            group.push(f);
            continue;
        }
        out.push(vec![f]);
    }
    out
}

/// Renders `check` results for a terminal.
pub fn check(reports: &[PlanReport], style: Style, options: TextOptions) -> String {
    let quiet = options.quiet;
    let mut out = String::new();
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
        let shown: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| !quiet || f.severity == Severity::Error)
            .collect();
        // Each entry names its file and line, so the tiers need no file headings: a blank
        // line separates them.
        let mut current: Option<u8> = None;
        for group in entries(&shown, options.show_all) {
            let f = group[0];
            if current != Some(tier(f)) {
                out.push('\n');
                current = Some(tier(f));
            }
            if f.location.is_none() {
                let _ = writeln!(out, "  {}", style.bold(&clean(&report.root)));
            }
            if group.len() == 1 {
                finding(&mut out, f, style, options.verbose);
            } else {
                grouped(&mut out, &group, style, options.verbose);
            }
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
        if !quiet && options.verbose {
            out.push('\n');
            out.push_str(&summary_table(report).to_string());
            out.push('\n');
        } else if !quiet {
            out.push('\n');
        }
        if reports.len() == 1 && quiet {
            let _ = writeln!(out, "{}", config_line(report, style));
        }
        let _ = writeln!(out, "{}", result_line(report, style));
        if !quiet && !options.verbose && !report.findings.is_empty() {
            let _ = writeln!(out, "  by family: {}", family_line(report));
        }
        if reports.len() > 1 {
            out.push('\n');
        }
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

fn location_text(l: &crate::finding::Location, style: Style) -> String {
    let path = if l.path.is_empty() {
        String::new()
    } else {
        format!("  ({})", clean(&l.path))
    };
    format!(
        "{}:{}:{}{}",
        clean(&l.file),
        l.span.start.line,
        l.span.start.col,
        style.dim(&path)
    )
}

/// One rule's findings that differ only in their item: one header, a line per item with
/// its place, the rule's help once.
fn grouped(out: &mut String, group: &[&Finding], style: Style, verbose: bool) {
    let f = group[0];
    let total: usize = group.iter().map(|g| g.count()).sum();
    let how = if total > group.len() {
        format!(
            "the first {} listed, the rest folded (`--format json` lists every place)",
            crate::finding::FOLD_CAP
        )
    } else {
        "`--show-all` lists them one by one".to_owned()
    };
    let _ = writeln!(
        out,
        "  {}[{}] {total} findings ({how}):",
        style.severity(f.severity),
        style.bold(f.rule.id),
    );
    for g in group {
        match &g.location {
            Some(l) if verbose => {
                let _ = writeln!(
                    out,
                    "    - {}  {} {}",
                    clean(&g.message),
                    style.dim("-->"),
                    location_text(l, style)
                );
            }
            Some(l) => {
                let _ = writeln!(
                    out,
                    "    - {}:{}:{}: {}",
                    clean(&l.file),
                    l.span.start.line,
                    l.span.start.col,
                    clean(&g.message)
                );
            }
            None => {
                let _ = writeln!(out, "    - {}", clean(&g.message));
            }
        }
        if let Some(also) = super::also_line(g) {
            let _ = writeln!(out, "      {}", clean(&also));
        }
    }
    let _ = writeln!(out, "    {} {}", style.paint("36", "help:"), f.rule.help);
    if verbose {
        let _ = writeln!(out, "    {} {}", style.dim("source:"), f.rule.source_line());
    }
}

/// By default a finding takes two lines: severity, rule, place and message, then the help;
/// `--verbose` gives the place (with the symbolic path) and the source lines of their own.
fn finding(out: &mut String, f: &Finding, style: Style, verbose: bool) {
    let place = match &f.location {
        Some(l) if !verbose => format!(
            "{}:{}:{}: ",
            clean(&l.file),
            l.span.start.line,
            l.span.start.col
        ),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "  {}[{}] {place}{}",
        style.severity(f.severity),
        style.bold(f.rule.id),
        clean(&f.message)
    );
    if verbose && let Some(l) = &f.location {
        let _ = writeln!(out, "    {} {}", style.dim("-->"), location_text(l, style));
    }
    if let Some(also) = super::also_line(f) {
        let _ = writeln!(out, "    {}", clean(&also));
    }
    let help = match &f.hint {
        Some(h) => format!("{} {}", clean(h), f.rule.help),
        None => f.rule.help.to_owned(),
    };
    let _ = writeln!(out, "    {} {help}", style.paint("36", "help:"));
    if verbose {
        let _ = writeln!(out, "    {} {}", style.dim("source:"), f.rule.source_line());
    }
}

/// The families with findings and their counts, on one line (the table is `--verbose`).
fn family_line(report: &PlanReport) -> String {
    let mut parts = Vec::new();
    for family in Family::ALL {
        let counts: Vec<String> = [
            (Severity::Error, "error", "errors"),
            (Severity::Warning, "warning", "warnings"),
            (Severity::Info, "info", "info"),
        ]
        .into_iter()
        .filter_map(|(s, one, many)| {
            let n = report
                .findings
                .iter()
                .filter(|f| f.rule.family == family && f.severity == s)
                .count();
            (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
        })
        .collect();
        if !counts.is_empty() {
            parts.push(format!("{} {}", family.title(), counts.join(", ")));
        }
    }
    parts.join("; ")
}

/// Error, warning and info counts per family, for the families with findings.
pub fn summary_table(report: &PlanReport) -> comfy_table::Table {
    let mut t = super::table(vec!["family", "errors", "warnings", "info"]);
    t.load_style(comfy_table::presets::ASCII_FULL_CONDENSED);
    for family in Family::ALL {
        let count = |s: Severity| {
            report
                .findings
                .iter()
                .filter(|f| f.rule.family == family && f.severity == s)
                .count()
        };
        if !report.findings.iter().any(|f| f.rule.family == family) {
            continue;
        }
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
