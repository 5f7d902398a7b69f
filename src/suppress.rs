//! Inline suppressions: a YAML or TOML comment `# goodrel: ignore[RULE] reason` (or
//! `ignore[RULE1, RULE2] reason`) silences findings of those rules whose span covers the
//! comment's line, or, for a comment alone on its line, that start on the line below it.
//!
//! A suppression must give a reason (else it suppresses nothing and is `PLAN009`); a rule
//! in it that suppresses nothing is `PLAN010`; an unknown rule, a rule that cannot be
//! suppressed, or a `# goodrel:` comment that is not a suppression is `PLAN011`. Only lines
//! that contain `goodrel:` are looked at, and a `#` inside a quoted or block string is not a
//! comment. See docs/configuration.md.

use crate::config::is_fixed;
use crate::finding::{Finding, Location};
use crate::i18n::Message;
use crate::load::SourceFile;
use crate::load::node::{Node, NodeValue, Pos, Span};
use crate::model::Plan;
use crate::model::decode::did_you_mean;
use crate::msg;
use crate::rules::{self, Rule, format};

const MARKER: &str = "goodrel:";

/// One rule named in a suppression.
#[derive(Debug, Clone)]
pub struct Code {
    /// As written.
    pub text: String,
    /// Where it is written (for findings about it).
    pub span: Span,
    pub rule: Option<&'static Rule>,
}

#[derive(Debug, Clone)]
pub enum DirectiveKind {
    Ignore {
        codes: Vec<Code>,
        /// `None` when no reason is given.
        reason: Option<String>,
    },
    /// A `# goodrel:` comment that is not `ignore[...]`.
    Malformed,
}

/// A `# goodrel:` comment.
#[derive(Debug, Clone)]
pub struct Directive {
    pub line: usize,
    /// The comment is alone on its line, so it also covers the line below.
    pub own_line: bool,
    /// From the `#` to the end of the line.
    pub span: Span,
    pub kind: DirectiveKind,
}

/// The `# goodrel:` comments of one file, in line order.
pub fn scan(file: &SourceFile) -> Vec<Directive> {
    if !file.text.contains(MARKER) {
        return Vec::new();
    }
    let mut strings: Option<Vec<Span>> = None;
    let mut out = Vec::new();
    for (i, line) in file.text.lines().enumerate() {
        if !line.contains(MARKER) {
            continue;
        }
        let line_no = i + 1;
        for (at, _) in line.match_indices('#') {
            let before = &line[..at];
            if !(before.is_empty() || before.ends_with(char::is_whitespace)) {
                continue;
            }
            let body = line[at + 1..].trim_start();
            let Some(body) = body.strip_prefix(MARKER) else {
                continue;
            };
            let pos = Pos {
                line: line_no,
                col: before.chars().count() + 1,
            };
            let strings = strings
                .get_or_insert_with(|| file.root.as_ref().map_or_else(Vec::new, string_spans));
            if strings.iter().any(|s| s.start <= pos && pos < s.end) {
                continue;
            }
            let body_at = line.len() - body.len();
            out.push(Directive {
                line: line_no,
                own_line: before.trim().is_empty(),
                span: Span {
                    start: pos,
                    end: Pos {
                        line: line_no,
                        col: line.chars().count() + 1,
                    },
                },
                kind: parse(line, line_no, body_at),
            });
            break;
        }
    }
    out
}

/// Parses what follows `goodrel:` (from byte `at` of `line`).
fn parse(line: &str, line_no: usize, at: usize) -> DirectiveKind {
    let rest = &line[at..];
    let trimmed = rest.trim_start();
    let Some(list) = trimmed.strip_prefix("ignore[") else {
        return DirectiveKind::Malformed;
    };
    let Some(close) = list.find(']') else {
        return DirectiveKind::Malformed;
    };
    let list_at = line.len() - list.len();
    let mut codes = Vec::new();
    let mut offset = 0;
    for part in list[..close].split(',') {
        let lead = part.len() - part.trim_start().len();
        let text = part.trim();
        let start = list_at + offset + lead;
        offset += part.len() + 1;
        if text.is_empty() {
            continue;
        }
        let col = line[..start].chars().count() + 1;
        codes.push(Code {
            text: text.to_owned(),
            span: Span {
                start: Pos { line: line_no, col },
                end: Pos {
                    line: line_no,
                    col: col + text.chars().count(),
                },
            },
            rule: rules::find(text),
        });
    }
    if codes.is_empty() {
        return DirectiveKind::Malformed;
    }
    let reason = list[close + 1..].trim();
    let reason = reason
        .chars()
        .any(char::is_alphanumeric)
        .then(|| reason.to_owned());
    DirectiveKind::Ignore { codes, reason }
}

/// Spans of every string value and key, inside which a `#` is text, not a comment.
fn string_spans(root: &Node) -> Vec<Span> {
    fn walk(node: &Node, out: &mut Vec<Span>) {
        match &node.value {
            NodeValue::Str(_) => out.push(node.span),
            NodeValue::Seq(items) => items.iter().for_each(|n| walk(n, out)),
            NodeValue::Map(entries) => {
                for (k, v) in entries {
                    out.push(k.span);
                    walk(v, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

/// The lines a finding covers: from its start to the last line of the thing it points at.
/// The thing is found in the file's tree by its span, and its extent is the last line of any
/// key or value inside it (a TOML `[[measures]]` table's own span is only its header). A span
/// that ends at the first token of a later line (as a YAML block mapping's does) does not
/// cover that line.
fn lines_covered(file: &SourceFile, span: Span) -> (usize, usize) {
    let end = file
        .root
        .as_ref()
        .and_then(|root| find_extent(root, span))
        .unwrap_or(span.end);
    let mut last = end.line;
    if end.line > span.start.line {
        let line = file.text.lines().nth(end.line - 1).unwrap_or("");
        let before: String = line.chars().take(end.col.saturating_sub(1)).collect();
        if before.chars().all(|c| c.is_whitespace() || c == '-') {
            last = end.line - 1;
        }
    }
    (span.start.line, last.max(span.start.line))
}

/// The end of the last key or scalar inside the node whose reported span is `span`.
fn find_extent(node: &Node, span: Span) -> Option<Pos> {
    if node.span == span {
        return Some(last_end(node));
    }
    match &node.value {
        NodeValue::Seq(items) => items.iter().find_map(|n| find_extent(n, span)),
        NodeValue::Map(entries) => entries.iter().find_map(|(k, v)| {
            if k.span.join(v.span) == span {
                Some(last_end(v).max(k.span.end))
            } else {
                find_extent(v, span)
            }
        }),
        _ => None,
    }
}

fn last_end(node: &Node) -> Pos {
    match &node.value {
        NodeValue::Seq(items) => items.iter().map(last_end).max(),
        NodeValue::Map(entries) => entries
            .iter()
            .map(|(k, v)| last_end(v).max(k.span.end))
            .max(),
        _ => None,
    }
    .unwrap_or(node.span.end)
}

fn finding(
    rule: &'static Rule,
    file: &str,
    span: Span,
    message: Message,
    hint: Option<Message>,
) -> Finding {
    Finding {
        rule,
        severity: rule.severity,
        message,
        location: Some(Location {
            file: file.to_owned(),
            span,
            path: String::new(),
        }),
        hint,
        also: crate::finding::Also::default(),
        rows: Vec::new(),
    }
}

/// Removes the findings that suppressions in the plan's files cover, and adds a finding for
/// each suppression that is missing its reason, is invalid, or names a rule that suppresses
/// nothing.
pub fn apply(plan: &Plan, findings: &mut Vec<Finding>) {
    let mut suppressed = vec![false; findings.len()];
    // The lines each finding covers, worked out once and only when a suppression needs it.
    let mut covered: Vec<Option<(usize, usize)>> = vec![None; findings.len()];
    // The places suppressed in each folded finding (0: its own location, n: `also[n - 1]`).
    let mut folded: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    let mut extra = Vec::new();
    for file in &plan.files {
        for directive in scan(file) {
            let DirectiveKind::Ignore { codes, reason } = &directive.kind else {
                extra.push(finding(
                    &format::SUPPRESSION_INVALID,
                    &file.display,
                    directive.span,
                    msg!("plan-not-a-suppression"),
                    None,
                ));
                continue;
            };
            if reason.is_none() {
                let ids = codes
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                extra.push(finding(
                    &format::SUPPRESSION_WITHOUT_REASON,
                    &file.display,
                    directive.span,
                    msg!("plan-suppression-no-reason", ids = ids),
                    None,
                ));
            }
            for code in codes {
                let Some(rule) = code.rule else {
                    let candidates = rules::all().map(|r| r.id);
                    extra.push(finding(
                        &format::SUPPRESSION_INVALID,
                        &file.display,
                        code.span,
                        msg!("plan-suppression-not-a-rule", name = code.text.as_str()),
                        did_you_mean(&code.text, candidates),
                    ));
                    continue;
                };
                if is_fixed(rule) {
                    extra.push(finding(
                        &format::SUPPRESSION_INVALID,
                        &file.display,
                        code.span,
                        msg!("plan-suppression-fixed", id = rule.id, name = rule.name),
                        None,
                    ));
                    continue;
                }
                if reason.is_none() {
                    continue;
                }
                let mut used = false;
                let covers = |loc: &Location, covered: &mut Option<(usize, usize)>| {
                    if loc.file != file.display || directive.line + 1 < loc.span.start.line {
                        return false;
                    }
                    let (start, last) =
                        *covered.get_or_insert_with(|| lines_covered(file, loc.span));
                    (directive.own_line && directive.line + 1 == start)
                        || (start..=last).contains(&directive.line)
                };
                for (i, f) in findings.iter().enumerate() {
                    if f.rule.id != rule.id {
                        continue;
                    }
                    if f.is_folded() {
                        // A fold: each of its places may be suppressed on its own.
                        let places = std::iter::once(f.location.as_ref())
                            .chain(f.also.iter().map(Some))
                            .enumerate();
                        for (n, loc) in places {
                            if let Some(loc) = loc
                                && covers(loc, &mut None)
                            {
                                folded.entry(i).or_default().push(n);
                                used = true;
                            }
                        }
                        continue;
                    }
                    let Some(loc) = &f.location else { continue };
                    if covers(loc, &mut covered[i]) {
                        suppressed[i] = true;
                        used = true;
                    }
                }
                if !used {
                    extra.push(finding(
                        &format::UNUSED_SUPPRESSION,
                        &file.display,
                        code.span,
                        if directive.own_line {
                            msg!(
                                "plan-suppression-unused-own-line",
                                id = rule.id,
                                name = rule.name
                            )
                        } else {
                            msg!("plan-suppression-unused", id = rule.id, name = rule.name)
                        },
                        None,
                    ));
                }
            }
        }
    }
    for (i, mut places) in folded {
        places.sort_unstable();
        if let Some(f) = findings.get_mut(i)
            && !f.retain_places(|n, _| places.binary_search(&n).is_err())
            && let Some(s) = suppressed.get_mut(i)
        {
            *s = true;
        }
    }
    let mut keep = suppressed.into_iter().map(|s| !s);
    findings.retain(|_| keep.next().unwrap_or(true));
    findings.extend(extra);
}
