//! A Markdown report for a pull-request comment, a job summary (`$GITHUB_STEP_SUMMARY`) or
//! a file: a title, a summary table by family, then the findings grouped by severity.

use std::fmt::Write as _;

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::rules::Family;

/// Escapes text for a Markdown table cell or paragraph: the characters that start inline
/// Markdown (emphasis, code, links, HTML, tables, GitHub's math and strikethrough) are
/// backslash-escaped or written as entities, and line breaks (which would end a table row)
/// become `<br>`. Control characters are first shown as escapes ([`super::sanitize::clean`]),
/// so plan text keeps to its row and no ESC reaches a log.
pub fn escape(s: &str) -> String {
    let s = super::sanitize::clean(s);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("<br>");
                }
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// Like [`escape`], but text between pairs of backticks (how goodrel's messages quote ids
/// and field names) becomes a code span; with an odd number of backticks everything is
/// escaped.
pub fn escape_message(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return escape(s);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 && !part.is_empty() {
                code(part)
            } else if i % 2 == 1 {
                "\\`\\`".to_owned()
            } else {
                escape(part)
            }
        })
        .collect()
}

/// Trusted Markdown from goodrel's own rule catalogue, made safe for one table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

/// A code span that holds any text (backticks inside get a longer fence); pipes are
/// escaped so that the span can sit in a table cell.
pub fn code(s: &str) -> String {
    let s = super::sanitize::clean(s)
        .replace(['\r', '\n'], " ")
        .replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat(longest + 1);
    if longest > 0 || s.starts_with(' ') || s.ends_with(' ') {
        format!("{fence} {s} {fence}")
    } else {
        format!("{fence}{s}{fence}")
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn heading(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Errors",
        Severity::Warning => "Warnings",
        Severity::Info => "Info",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn location(f: &Finding, root: &str) -> String {
    match &f.location {
        Some(l) => code(&format!("{}:{}", l.file, l.span.start.line)),
        None => code(root),
    }
}

fn finding_row(out: &mut String, f: &Finding, root: &str) {
    let hint = f
        .hint
        .as_deref()
        .map(|h| format!("{} ", escape_message(&capitalised(h))))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| **{}** {} | {} | {} | {hint}{} |",
        cell(f.rule.id),
        cell(f.rule.name),
        escape_message(&f.message),
        location(f, root),
        cell(f.rule.help)
    );
}

/// Renders `check` results as one Markdown document.
pub fn check(reports: &[PlanReport]) -> String {
    let mut out = String::from("# goodrel report\n");
    for report in reports {
        let (e, w, i) = (
            report.count(Severity::Error),
            report.count(Severity::Warning),
            report.count(Severity::Info),
        );
        let _ = writeln!(out, "\n## Plan {}\n", code(&report.root));
        let _ = writeln!(
            out,
            "Configuration: {}.\n",
            super::config_used(report).map_or_else(|| "none".to_owned(), |c| code(&c))
        );
        if report.empty {
            out.push_str("No plan files (.yaml, .yml, .toml) were found in this directory.\n");
            continue;
        }
        let verdict = if e > 0 {
            "**Statutory or format errors found**"
        } else {
            "**No errors**"
        };
        let _ = writeln!(
            out,
            "{verdict}: {}, {}, {} info in {}.\n",
            plural(e, "error", "errors"),
            plural(w, "warning", "warnings"),
            i,
            plural(report.plan.files.len(), "plan file", "plan files"),
        );
        out.push_str("| Family | Errors | Warnings | Info |\n|---|---:|---:|---:|\n");
        for family in Family::ALL {
            let count = |s: Severity| {
                report
                    .findings
                    .iter()
                    .filter(|f| f.rule.family == family && f.severity == s)
                    .count()
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape(family.title()),
                count(Severity::Error),
                count(Severity::Warning),
                count(Severity::Info)
            );
        }
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let group: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            if group.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n### {} ({})\n", heading(severity), group.len());
            out.push_str("| Rule | Finding | Where | How to fix |\n|---|---|---|---|\n");
            for f in group {
                finding_row(&mut out, f, &report.root);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_stay_in_their_column() {
        assert_eq!(escape("a | b"), "a \\| b");
        // The sanitiser's `\n` is itself escaped, so the reader sees `\n`.
        assert_eq!(escape("line\nnext"), "line\\\\nnext");
        assert_eq!(escape("\u{1b}[2J"), "\\\\u{1b}\\[2J");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("*x* [y](z)"), "\\*x\\* \\[y\\](z)");
        assert_eq!(
            escape_message("`a|b` is not *ok*"),
            "`a\\|b` is not \\*ok\\*"
        );
        assert_eq!(escape_message("odd ` tick"), "odd \\` tick");
        assert_eq!(code("a|b"), "`a\\|b`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }
}
