//! What every rule produces: a located finding with its severity, message and help.

use serde::Serialize;

use crate::load::node::Span;
use crate::rules::Rule;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a finding points: a file, a span in it, and the symbolic path of the thing
/// concerned (e.g. `measures[M12].responsible`), which identifies it across edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub span: Span,
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    /// `None` only for findings about the plan as a whole when it has no file to point at.
    pub location: Option<Location>,
    /// A finding-specific hint (e.g. "did you mean `partners`?") shown before the rule's help.
    pub hint: Option<String>,
}

impl Finding {
    /// File, line, column; at the same place a format finding (PLAN…) comes first, since it
    /// explains what the content rules saw; then the rule id.
    pub fn sort_key(&self) -> (String, usize, usize, bool, &'static str) {
        let content = self.rule.family != crate::rules::Family::Format;
        match &self.location {
            Some(l) => (
                l.file.clone(),
                l.span.start.line,
                l.span.start.col,
                content,
                self.rule.id,
            ),
            None => (String::new(), 0, 0, content, self.rule.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::Pos;

    #[test]
    fn at_one_place_the_format_finding_comes_first() {
        let at = Location {
            file: "m.yaml".into(),
            span: Span {
                start: Pos { line: 3, col: 5 },
                end: Pos { line: 3, col: 9 },
            },
            path: "measures[M1]".into(),
        };
        let make = |rule: &'static Rule| Finding {
            rule,
            severity: rule.severity,
            message: String::new(),
            location: Some(at.clone()),
            hint: None,
        };
        let mut findings = [
            make(&crate::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE),
            make(&crate::rules::format::UNKNOWN_KEY),
        ];
        findings.sort_by_cached_key(Finding::sort_key);
        let ids: Vec<&str> = findings.iter().map(|f| f.rule.id).collect();
        assert_eq!(ids, ["PLAN003", "IA012"]);
    }
}
