//! A Markdown report for a pull-request comment, a job summary (`$GITHUB_STEP_SUMMARY`) or
//! a file: a title, a summary table by family, then the findings grouped by severity.

use crate::i18n::{Lang, text};
use crate::msg;
use std::fmt::Write as _;

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::rules::Family;

/// Escapes plan text for Markdown, the one escaper of every Markdown goodrel writes (the
/// `check` report and the two-yearly draft): the characters that start inline Markdown
/// (emphasis, code, links, HTML and entities, tables, headings, GitHub's math and
/// strikethrough) are backslash-escaped or written as entities, a list or heading marker at
/// the start is escaped so the text can begin a line or a list item, and line breaks (which
/// would end a table row) become `<br>`. Control characters are first shown as escapes
/// ([`super::sanitize::clean`]), so plan text keeps to its row and no ESC reaches a log; `@` and `#`
/// before a letter or digit get a zero-width joiner, so plan text mentions no one and links
/// no issue.
pub fn escape(s: &str) -> String {
    let s = super::sanitize::clean(s);
    let mut out = String::with_capacity(s.len() + 8);
    // `- x`, `+ x`, `= x` and `1. x` / `1) x` start a list or underline a heading when
    // they begin a line; the digits stay, the marker is escaped.
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = match s.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => {
            out.push_str(&s[..digits]);
            out.push('\\');
            &s[digits..]
        }
        Some(b'-' | b'+' | b'=') if digits == 0 => {
            out.push('\\');
            &s[..]
        }
        _ => &s[..],
    };
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // `@name` would notify a GitHub user or team and `#123` link an issue from a
            // pull-request comment: a zero-width joiner after the sign keeps both inert.
            '@' | '#' if chars.peek().is_some_and(|n| n.is_alphanumeric()) => {
                out.push(c);
                out.push('\u{200D}');
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' | '#' => {
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
    fenced(
        &super::sanitize::clean(s)
            .replace(['\r', '\n'], " ")
            .replace('|', "\\|"),
    )
}

/// A code span around `s` with a fence longer than any run of backticks in it.
fn fenced(s: &str) -> String {
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

/// A code span for a heading, where (unlike in a table cell) `\\|` would show its backslash.
fn heading_code(s: &str) -> String {
    fenced(&super::sanitize::clean(s).replace(['\r', '\n'], " "))
}

/// `s` with its first letter in upper case (a heading, a sentence).
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn heading(severity: Severity, lang: Lang) -> String {
    capitalised(&text(
        lang,
        match severity {
            Severity::Error => "table-errors",
            Severity::Warning => "table-warnings",
            Severity::Info => "table-info",
        },
    ))
}

fn location(f: &Finding, root: &str) -> String {
    match &f.location {
        Some(l) => code(&format!("{}:{}", l.file, l.span.start.line)),
        None => code(root),
    }
}

fn finding_row(out: &mut String, f: &Finding, root: &str, lang: Lang) {
    let hint = f
        .hint
        .as_ref()
        .map(|h| format!("{} ", escape_message(&capitalised(&h.render(lang)))))
        .unwrap_or_default();
    let also = super::also_line(f, lang)
        .map(|a| format!("<br>{}", escape(&a)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| **{}** {} | {}{also} | {} | {hint}{} |",
        cell(f.rule.id),
        cell(f.rule.name),
        escape_message(&f.message.render(lang)),
        location(f, root),
        cell(&f.rule.help(lang))
    );
}

/// The most a report may hold: GitHub refuses comments of 65,536 characters or more, so the
/// report stays below with room for a bot's own line or two. Bytes are counted, which is
/// never less than characters.
pub const MAX_LEN: usize = 64_000;

/// The summary of one plan: its heading, verdict and table by family.
fn summary(report: &PlanReport, lang: Lang) -> String {
    let mut out = String::new();
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    let _ = writeln!(
        out,
        "\n## {} {}\n",
        capitalised(&text(lang, "text-plan")),
        heading_code(&report.root)
    );
    let config =
        super::config_used(report).map_or_else(|| text(lang, "text-config-none"), |c| code(&c));
    let _ = writeln!(
        out,
        "{}\n",
        msg!("markdown-config", config = config).render(lang)
    );
    if report.empty {
        let _ = writeln!(out, "{}", text(lang, "markdown-empty"));
        return out;
    }
    let verdict = capitalised(&text(
        lang,
        if e > 0 {
            "result-errors"
        } else {
            "result-clean"
        },
    ));
    let _ = writeln!(
        out,
        "{}\n",
        msg!(
            "markdown-verdict",
            verdict = format!("**{verdict}**"),
            errors = super::text::count_text(Severity::Error, e),
            warnings = super::text::count_text(Severity::Warning, w),
            infos = super::text::count_text(Severity::Info, i),
            files = msg!("text-plan-files", count = report.plan.files.len())
        )
        .render(lang)
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---:|---:|---:|",
        capitalised(&text(lang, "table-family")),
        capitalised(&text(lang, "table-errors")),
        capitalised(&text(lang, "table-warnings")),
        capitalised(&text(lang, "table-info"))
    );
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
            escape(&family.title(lang)),
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info)
        );
    }
    out
}

/// The line that ends a report cut at [`MAX_LEN`].
fn more(n: usize, lang: Lang) -> String {
    format!("\n{}\n", msg!("markdown-more", count = n).render(lang))
}

/// Renders `check` results as one Markdown document of less than [`MAX_LEN`] bytes: every
/// plan's summary, then its findings (errors first) as long as they fit, then how many were
/// left out.
pub fn check(reports: &[PlanReport], lang: Lang) -> String {
    check_within(reports, MAX_LEN, lang)
}

/// [`check`] with another cap (for tests).
pub fn check_within(reports: &[PlanReport], max_len: usize, lang: Lang) -> String {
    let title = format!("# {}\n", text(lang, "markdown-title"));
    let title = title.as_str();
    let summaries: Vec<String> = reports.iter().map(|r| summary(r, lang)).collect();
    let total: usize = reports.iter().map(|r| r.findings.len()).sum();
    // Room kept for what must come after the findings: the later summaries and the last line.
    let mut reserved =
        title.len() + summaries.iter().map(String::len).sum::<usize>() + more(total, lang).len();
    let mut out = String::from(title);
    let mut shown = 0;
    let mut full = false;
    for (report, summary) in reports.iter().zip(&summaries) {
        out.push_str(summary);
        reserved -= summary.len();
        if report.empty || full {
            continue;
        }
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let group: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            if group.is_empty() || full {
                continue;
            }
            let head = format!(
                "\n### {} ({})\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
                heading(severity, lang),
                group.len(),
                text(lang, "markdown-rule"),
                text(lang, "markdown-finding"),
                text(lang, "markdown-where"),
                text(lang, "explain-fix"),
            );
            let mut section = head.clone();
            for f in group {
                let mut row = String::new();
                finding_row(&mut row, f, &report.root, lang);
                if out.len() + section.len() + row.len() + reserved >= max_len {
                    full = true;
                    break;
                }
                section.push_str(&row);
                shown += 1;
            }
            if section.len() > head.len() {
                out.push_str(&section);
            }
        }
    }
    if shown < total {
        out.push_str(&more(total - shown, lang));
    }
    super::sanitize::guarded(out, super::sanitize::Form::Markup)
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
    }

    /// What issue 23 found passing into the two-yearly draft, and list and heading markers
    /// at the start of a line.
    #[test]
    fn strikethrough_math_entities_and_block_markers_are_escaped() {
        assert_eq!(escape("~~gone~~"), "\\~\\~gone\\~\\~");
        assert_eq!(escape("$x^2$ and $$y$$"), "\\$x^2\\$ and \\$\\$y\\$\\$");
        assert_eq!(
            escape("&shy;&amp;&#65;"),
            "&amp;shy;&amp;amp;&amp;#\u{200D}65;"
        );
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("+ x"), "\\+ x");
        assert_eq!(escape("2024. year"), "2024\\. year");
        assert_eq!(escape("3) third"), "3\\) third");
        assert_eq!(escape("12 pupils - 3 groups"), "12 pupils - 3 groups");
        assert_eq!(escape("ä-b"), "ä-b");
        assert_eq!(code("a|b"), "`a\\|b`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }
}
