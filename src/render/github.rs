//! GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` annotation per
//! finding, grouped per file with `::group::`. GitHub shows only about ten annotations per
//! step, so the binary also appends the Markdown report to `$GITHUB_STEP_SUMMARY`
//! ([`super::markdown::check`]); this module stays pure and only returns text.

use crate::i18n::{Lang, text};
use crate::msg;
use std::fmt::Write as _;

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::load::node::Span;

use super::sanitize::{Form, clean, guard, guard_inside};

/// The workflow command for a severity.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes a command's message (the part after `::`), as GitHub's toolkit does.
pub fn escape_data(s: &str) -> String {
    escape(s, false)
}

/// Escapes a command property value (`file=`, `title=`): data escaping plus `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape(s, true)
}

/// Both escapings in one pass over the text (a report may hold half a million annotations).
fn escape(s: &str, property: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            _ => out.push(c),
        }
    }
    out
}

/// One annotation line (without the trailing newline).
pub fn annotation(f: &Finding, lang: Lang) -> String {
    annotation_with(f, f.location.as_ref().map(|l| l.span), lang)
}

/// One annotation line for `f`, located at `span` (its location's span, tightened).
fn annotation_with(f: &Finding, span: Option<Span>, lang: Lang) -> String {
    let mut props: Vec<String> = Vec::new();
    if let (Some(l), Some(span)) = (&f.location, span) {
        let (start, end) = (span.start, span.end);
        // Spans end exclusively; a span ending at column 1 of a later line ends on the line
        // before it.
        let end_line = if end.line > start.line && end.col <= 1 {
            end.line - 1
        } else {
            end.line.max(start.line)
        };
        props.push(format!("file={}", escape_property(&clean(&l.file))));
        props.push(format!("line={}", start.line.max(1)));
        props.push(format!("endLine={}", end_line.max(start.line).max(1)));
        if end_line <= start.line {
            let end_col = if end.col > start.col {
                end.col - 1
            } else {
                start.col
            };
            props.push(format!("col={}", start.col.max(1)));
            props.push(format!("endColumn={}", end_col.max(1)));
        }
    }
    props.push(format!(
        "title={}",
        escape_property(&format!("{} {}", f.rule.id, f.rule.name))
    ));
    // The toolkit's escaping keeps plan text inside the command; `clean` keeps ESC and the
    // other controls out of the log as well, and `guard_inside` a legacy `##[` command.
    let message = format!(
        "{}\n{} {}",
        guard_inside(
            &clean(&super::sarif::message_with_hint(f, lang)),
            Form::Text
        ),
        text(lang, "text-help"),
        f.rule.help(lang)
    );
    format!(
        "::{} {}::{}",
        command(f.severity),
        props.join(","),
        escape_data(&message)
    )
}

/// Renders `check` results as workflow commands, one `::group::` per file.
pub fn check(reports: &[PlanReport], lang: Lang) -> String {
    let mut out = String::new();
    for report in reports {
        let mut current: Option<&str> = None;
        for f in &report.findings {
            let file = f
                .location
                .as_ref()
                .map_or(report.root.as_str(), |l| l.file.as_str());
            if current != Some(file) {
                if current.is_some() {
                    out.push_str("::endgroup::\n");
                }
                let _ = writeln!(
                    out,
                    "::group::{}",
                    escape_data(&guard_inside(&clean(file), Form::Text))
                );
                current = Some(file);
            }
            let span = f.location.as_ref().map(|l| l.span);
            out.push_str(&annotation_with(f, span, lang));
            out.push('\n');
        }
        if current.is_some() {
            out.push_str("::endgroup::\n");
        }
        let (e, w, i) = (
            report.count(Severity::Error),
            report.count(Severity::Warning),
            report.count(Severity::Info),
        );
        let config = super::config_used(report).unwrap_or_else(|| text(lang, "text-config-none"));
        let line = msg!(
            "summary-line-config",
            root = clean(&report.root),
            errors = super::text::count_text(Severity::Error, e),
            warnings = super::text::count_text(Severity::Warning, w),
            infos = super::text::count_text(Severity::Info, i),
            config = clean(&config)
        )
        .render(lang);
        // A line of its own, which begins with the plan directory's name.
        let _ = writeln!(out, "{}", escape_data(&guard(&line, Form::Text)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_toolkit() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(
            escape_property("50% a\r\nb: c, d"),
            "50%25 a%0D%0Ab%3A c%2C d"
        );
    }
}
