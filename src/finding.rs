//! What every rule produces: a located finding with its severity, message and help, and
//! what describes the rule behind it. Kept below the analyses and the rule catalogue, so that
//! the loader, the model and every renderer can speak of findings without importing the
//! catalogue (which imports them).

use serde::Serialize;

use crate::i18n::{Lang, Message};
use crate::load::node::Span;
use crate::sources::Source;

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

impl Severity {
    /// The severity's word in `lang` (`as_str` is the stable key of JSON and config).
    pub fn label(self, lang: Lang) -> String {
        Message::new(match self {
            Severity::Info => "severity-info",
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        })
        .render(lang)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Format,
    IntegrationAct,
    Governance,
    GoodRelations,
    Participation,
    Pyramid,
}

impl Family {
    pub const ALL: [Family; 6] = [
        Family::IntegrationAct,
        Family::Governance,
        Family::GoodRelations,
        Family::Participation,
        Family::Pyramid,
        Family::Format,
    ];

    /// The family's heading in `lang`.
    pub fn title(self, lang: Lang) -> String {
        Message::new(match self {
            Family::Format => "family-format",
            Family::IntegrationAct => "family-integration_act",
            Family::Governance => "family-governance",
            Family::GoodRelations => "family-good_relations",
            Family::Participation => "family-participation",
            Family::Pyramid => "family-pyramid",
        })
        .render(lang)
    }

    pub fn key(self) -> &'static str {
        match self {
            Family::Format => "format",
            Family::IntegrationAct => "integration_act",
            Family::Governance => "governance",
            Family::GoodRelations => "good_relations",
            Family::Participation => "participation",
            Family::Pyramid => "pyramid",
        }
    }
}

/// Everything that describes a rule, which a finding points at: its id, family, default
/// severity and the texts `rules`, `explain`, the docs and SARIF are generated from. The
/// catalogue ([`crate::rules::Rule`]) adds what the rule reads and its check function.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable id, grouped by family: `PLAN…`, `IA…`, `MLG…`, `GR…`, `PAR…`, `PYR…`.
    pub id: &'static str,
    /// Kebab-case name, e.g. `measure-without-responsible`.
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub sources: &'static [Source],
}

/// A rule's texts live in the catalogue under its id (`locales/<lang>/rules-*.ftl`): the
/// value says what it checks, `.rationale` why it matters and has this severity, `.help`
/// how to fix a finding. `tests/i18n.rs` checks every rule has all three in every language.
impl RuleInfo {
    /// What it checks, one sentence.
    pub fn summary(&self, lang: Lang) -> String {
        Message::new(self.id).render(lang)
    }

    /// Why it matters and why it has this severity.
    pub fn rationale(&self, lang: Lang) -> String {
        crate::i18n::attribute(lang, self.id, "rationale")
    }

    /// How to fix a finding.
    pub fn help(&self, lang: Lang) -> String {
        crate::i18n::attribute(lang, self.id, "help")
    }

    pub fn source_line(&self, lang: Lang) -> String {
        self.sources
            .iter()
            .map(|s| s.render(lang))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl PartialEq for RuleInfo {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
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
    pub rule: &'static RuleInfo,
    pub severity: Severity,
    pub message: Message,
    /// `None` only for findings about the plan as a whole when it has no file to point at.
    pub location: Option<Location>,
    /// A finding-specific hint (e.g. "did you mean `partners`?") shown before the rule's help.
    pub hint: Option<Message>,
}

impl Finding {
    /// File, line, column; at the same place a format finding (PLAN…) comes first, since it
    /// explains what the content rules saw; then the rule id.
    pub fn sort_key(&self) -> (String, usize, usize, bool, &'static str) {
        let content = self.rule.family != Family::Format;
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

    static CONTENT_RULE: RuleInfo = RuleInfo {
        id: "IA012",
        name: "measure-without-responsible",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: &[],
    };

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
        let make = |rule: &'static RuleInfo| Finding {
            rule,
            severity: rule.severity,
            message: Message::new("untranslated").arg("text", ""),
            location: Some(at.clone()),
            hint: None,
        };
        let mut findings = [make(&CONTENT_RULE), make(&crate::format_rules::UNKNOWN_KEY)];
        findings.sort_by_cached_key(Finding::sort_key);
        let ids: Vec<&str> = findings.iter().map(|f| f.rule.id).collect();
        assert_eq!(ids, ["PLAN003", "IA012"]);
    }
}
