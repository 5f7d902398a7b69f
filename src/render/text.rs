//! The human-readable report: findings grouped by file, then a summary table by family.

use std::fmt::Write as _;

use super::Style;
use super::sanitize::clean;
use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::i18n::{Lang, Message, text};
use crate::msg;
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
    /// The language of everything but plan values, ids and paths.
    pub lang: Lang,
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
    let lang = options.lang;
    let mut out = String::new();
    for report in reports {
        if reports.len() > 1 || !quiet {
            let _ = writeln!(
                out,
                "{} {}  ({})",
                style.bold(&text(lang, "text-plan")),
                style.bold(&clean(&report.root)),
                msg!("text-plan-files", count = n_files(report)).render(lang)
            );
            let _ = writeln!(out, "{}", config_line(report, style, lang));
        }
        if report.empty {
            let _ = writeln!(
                out,
                "  {}\n",
                msg!("text-no-plan-files", root = clean(&report.root)).render(lang)
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
                finding(&mut out, f, style, options.verbose, lang);
            } else {
                grouped(&mut out, &group, style, options.verbose, lang);
            }
        }
        if report.unreadable_files > 0 {
            let _ = writeln!(
                out,
                "\n  {} {}",
                style.paint("1;33", &text(lang, "text-note")),
                msg!("text-unreadable", count = report.unreadable_files).render(lang)
            );
        }
        for line in skipped_lines(&report.skipped)
            .into_iter()
            .chain(held_back_lines(report))
        {
            let _ = writeln!(
                out,
                "\n  {} {}",
                style.paint("1;33", &text(lang, "text-note")),
                line.render(lang)
            );
        }
        if !quiet && options.verbose {
            out.push('\n');
            out.push_str(&super::layout::fit(&summary_table(report, lang), 100, lang));
            out.push('\n');
        } else if !quiet {
            out.push('\n');
        }
        if reports.len() == 1 && quiet {
            let _ = writeln!(out, "{}", config_line(report, style, lang));
        }
        let _ = writeln!(out, "{}", result_line(report, style, lang));
        if !quiet && !options.verbose && !report.findings.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                msg!("text-by-family", families = family_line(report, lang)).render(lang)
            );
        }
        if !quiet && report.content_checked() {
            let _ = writeln!(out, "  {}", checklist_line(report).render(lang));
        }
        if reports.len() > 1 {
            out.push('\n');
        }
    }
    super::sanitize::guarded(out, super::sanitize::Form::Text)
}

/// The skipped rules in one line: how many, the sections that could not be read, which rules
/// (the JSON output says which section each rule was skipped for).
pub fn skipped_lines(skipped: &[rules::Skipped]) -> Vec<Message> {
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
    let ids: Vec<&str> = skipped.iter().map(|s| s.rule.id).collect();
    vec![msg!(
        "text-skipped",
        count = ids.len(),
        sections = list_and(sections.iter().map(|s| format!("`{s}`")).collect()),
        ids = ids.join(", ")
    )]
}

/// What is held back, one line per unreadable value: how many findings wait for it and
/// which rules, then the rules that read it and wait to judge.
pub fn held_back_lines(report: &PlanReport) -> Vec<Message> {
    struct Cause<'r> {
        place: String,
        findings: usize,
        rules: Vec<&'r str>,
        waiting: Vec<&'r str>,
    }
    let mut causes: Vec<Cause<'_>> = Vec::new();
    for h in &report.held_back {
        let place = format!(
            "{}:{}:{}",
            clean(&h.because.file),
            h.because.span.start.line,
            h.because.span.start.col
        );
        let i = match causes.iter().position(|c| c.place == place) {
            Some(i) => i,
            None => {
                causes.push(Cause {
                    place,
                    findings: 0,
                    rules: Vec::new(),
                    waiting: Vec::new(),
                });
                causes.len() - 1
            }
        };
        let c = &mut causes[i];
        let id = h.rule.id;
        if h.finding.is_some() {
            c.findings += 1;
            if !c.rules.contains(&id) {
                c.rules.push(id);
            }
        } else if !c.waiting.contains(&id) {
            c.waiting.push(id);
        }
    }
    let shown = causes.len().min(HELD_BACK_LINES);
    let unshown = causes.len() - shown;
    let mut lines: Vec<Message> = causes
        .into_iter()
        .take(shown)
        .map(|c| {
            let waiting = ids_shortly(&c.waiting);
            match (c.findings, c.waiting.len()) {
                (0, n) => msg!("text-waiting", count = n, place = c.place, ids = waiting),
                (found, 0) => msg!(
                    "text-held-back",
                    count = found,
                    place = c.place,
                    ids = c.rules.join(", ")
                ),
                (found, n) => msg!(
                    "text-held-back-and-waiting",
                    held = msg!(
                        "text-held-back",
                        count = found,
                        place = c.place,
                        ids = c.rules.join(", ")
                    ),
                    count = n,
                    ids = waiting
                ),
            }
        })
        .collect();
    if unshown > 0 {
        lines.push(msg!("text-held-back-values", count = unshown));
    }
    if report.held_back_more > 0
        && let Some(last) = lines.last_mut()
    {
        *last = msg!(
            "text-held-back-more",
            line = last.clone(),
            count = report.held_back_more
        );
    }
    lines
}

/// How many unreadable values get a line of their own; the rest are counted in one.
const HELD_BACK_LINES: usize = 10;

/// Rule ids, the first few by name and the rest counted (`IA032, PAR001, … and 25 more`).
fn ids_shortly(ids: &[&str]) -> crate::i18n::Arg {
    const NAMED: usize = 5;
    if ids.len() <= NAMED + 1 {
        return list_and(ids.iter().map(|s| (*s).to_owned()).collect());
    }
    msg!(
        "text-ids-and-more",
        ids = ids[..NAMED].join(", "),
        count = ids.len() - NAMED
    )
    .into()
}

/// The checklist in one line: the statutory gaps (as many as the Integration Act errors
/// above), the duties met and not judged.
pub fn checklist_line(report: &PlanReport) -> Message {
    let c = report.duties.counts();
    msg!(
        "text-checklist",
        statutory = c.statutory_gaps,
        met = c.met,
        unjudged = c.not_judged
    )
}

/// `a`, `b` and `c` in the reader's language.
pub fn list_and(mut items: Vec<String>) -> crate::i18n::Arg {
    match items.pop() {
        Some(last) if !items.is_empty() => {
            msg!("list-and", rest = items.join(", "), last = last).into()
        }
        Some(last) => last.into(),
        None => String::new().into(),
    }
}

/// Which configuration file decided the levels, or that none did.
fn config_line(report: &PlanReport, style: Style, lang: Lang) -> String {
    let label = text(lang, "text-config");
    match super::config_used(report) {
        Some(path) => format!("{} {}", style.dim(&label), clean(&path)),
        None => format!("{} {}", style.dim(&label), text(lang, "text-config-none")),
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
fn grouped(out: &mut String, group: &[&Finding], style: Style, verbose: bool, lang: Lang) {
    let f = group[0];
    let total: usize = group.iter().map(|g| g.count()).sum();
    let how = if total > group.len() {
        msg!(
            "text-grouped-folded",
            count = total,
            cap = crate::finding::FOLD_CAP,
            listed = crate::finding::FOLD_PLACES_LISTED
        )
    } else {
        msg!("text-grouped", count = group.len())
    }
    .render(lang);
    let _ = writeln!(
        out,
        "  {}[{}] {}",
        style.severity(f.severity, lang),
        style.bold(f.rule.id),
        how
    );
    for g in group {
        match &g.location {
            Some(l) if verbose => {
                let _ = writeln!(
                    out,
                    "    - {}  {} {}",
                    clean(&g.message.render(lang)),
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
                    clean(&g.message.render(lang))
                );
            }
            None => {
                let _ = writeln!(out, "    - {}", clean(&g.message.render(lang)));
            }
        }
        if let Some(also) = super::also_line(g, lang) {
            let _ = writeln!(out, "      {}", clean(&also));
        }
    }
    let _ = writeln!(
        out,
        "    {} {}",
        style.paint("36", &text(lang, "text-help")),
        f.rule.help(lang)
    );
    if verbose {
        let _ = writeln!(
            out,
            "    {} {}",
            style.dim(&text(lang, "text-source")),
            f.rule.source_line(lang)
        );
    }
}

/// By default a finding takes two lines: severity, rule, place and message, then the help;
/// `--verbose` gives the place (with the symbolic path) and the source lines of their own.
pub fn finding(out: &mut String, f: &Finding, style: Style, verbose: bool, lang: Lang) {
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
        style.severity(f.severity, lang),
        style.bold(f.rule.id),
        clean(&f.message.render(lang))
    );
    if verbose && let Some(l) = &f.location {
        let _ = writeln!(out, "    {} {}", style.dim("-->"), location_text(l, style));
    }
    if let Some(also) = super::also_line(f, lang) {
        let _ = writeln!(out, "    {}", clean(&also));
    }
    let help = match &f.hint {
        Some(h) => format!("{} {}", clean(&h.render(lang)), f.rule.help(lang)),
        None => f.rule.help(lang),
    };
    let _ = writeln!(
        out,
        "    {} {help}",
        style.paint("36", &text(lang, "text-help"))
    );
    if verbose {
        let _ = writeln!(
            out,
            "    {} {}",
            style.dim(&text(lang, "text-source")),
            f.rule.source_line(lang)
        );
    }
}

/// The families with findings and their counts, on one line (the table is `--verbose`).
fn family_line(report: &PlanReport, lang: Lang) -> String {
    let mut parts = Vec::new();
    for family in Family::ALL {
        let counts: Vec<String> = [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .filter_map(|s| {
                let n = report
                    .findings
                    .iter()
                    .filter(|f| f.rule.family == family && f.severity == s)
                    .count();
                (n > 0).then(|| count_text(s, n).render(lang))
            })
            .collect();
        if !counts.is_empty() {
            parts.push(
                msg!(
                    "text-family-counts",
                    family = family.title(lang),
                    counts = counts.join(", ")
                )
                .render(lang),
            );
        }
    }
    parts.join("; ")
}

/// "3 errors", "1 warning", "2 info" in the reader's language.
pub fn count_text(severity: Severity, n: usize) -> Message {
    match severity {
        Severity::Error => msg!("summary-errors", count = n),
        Severity::Warning => msg!("summary-warnings", count = n),
        Severity::Info => msg!("summary-infos", count = n),
    }
}

/// Error, warning and info counts per family, for the families with findings.
pub fn summary_table(report: &PlanReport, lang: Lang) -> comfy_table::Table {
    let header = [
        "table-family",
        "table-errors",
        "table-warnings",
        "table-info",
    ]
    .map(|id| text(lang, id));
    let mut t = super::table(header.iter().map(String::as_str).collect());
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
            family.title(lang),
            count(Severity::Error).to_string(),
            count(Severity::Warning).to_string(),
            count(Severity::Info).to_string(),
        ]);
    }
    t
}

fn result_line(report: &PlanReport, style: Style, lang: Lang) -> String {
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    let verdict = if e > 0 {
        style
            .paint("1;31", &text(lang, "result-errors"))
            .into_owned()
    } else {
        style
            .paint("1;32", &text(lang, "result-clean"))
            .into_owned()
    };
    msg!(
        "result-line",
        root = clean(&report.root),
        verdict = verdict,
        errors = count_text(Severity::Error, e),
        warnings = count_text(Severity::Warning, w),
        infos = count_text(Severity::Info, i)
    )
    .render(lang)
}

/// The rule catalogue as a table.
pub fn rules_table(lang: Lang) -> String {
    let header = [
        "table-id",
        "table-name",
        "table-severity",
        "table-family",
        "table-checks",
    ]
    .map(|id| text(lang, id));
    let mut t = super::table(header.iter().map(String::as_str).collect());
    for r in rules::all() {
        t.add_row(vec![
            r.id.to_owned(),
            r.name.to_owned(),
            r.severity.label(lang),
            r.family.title(lang),
            r.summary(lang),
        ]);
    }
    format!("{}\n", super::layout::fit(&t, 100, lang))
}

/// One rule's full documentation, as `goodrel explain` shows it.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", rule.id, rule.name);
    let _ = writeln!(
        out,
        "{} {}",
        text(lang, "explain-family"),
        rule.family.title(lang)
    );
    let _ = writeln!(
        out,
        "{}\n",
        msg!("explain-severity", severity = rule.severity.label(lang)).render(lang)
    );
    if let Some(duty) = rule.serves {
        let _ = writeln!(
            out,
            "{}\n",
            msg!(
                "explain-duty",
                duty = duty.name(),
                basis = duty.basis_word()
            )
            .render(lang)
        );
    }
    let _ = writeln!(
        out,
        "{}\n  {}\n",
        text(lang, "explain-checks"),
        rule.summary(lang)
    );
    let _ = writeln!(
        out,
        "{}\n  {}\n",
        text(lang, "explain-why"),
        rule.rationale(lang)
    );
    let _ = writeln!(
        out,
        "{}\n  {}\n",
        text(lang, "explain-fix"),
        rule.help(lang)
    );
    let _ = writeln!(out, "{}", text(lang, "explain-sources"));
    for s in rule.sources {
        let _ = writeln!(out, "  - {}", citation(s, lang));
    }
    out
}

/// A source with the document's full title, as `explain` and the docs list them.
pub fn citation(s: &crate::sources::Source, lang: Lang) -> String {
    let title = s.doc.title_in(lang);
    if s.at.is_empty() {
        title
    } else if matches!(
        s.doc,
        crate::sources::SourceDoc::IntegrationAct | crate::sources::SourceDoc::NonDiscriminationAct
    ) {
        s.render(lang)
    } else {
        format!("{title}, {}", s.at)
    }
}
