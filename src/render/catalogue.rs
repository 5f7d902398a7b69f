//! The rule catalogue as Markdown (`docs/rules.md`), generated from the rule declarations.

use std::fmt::Write as _;

use crate::i18n::{Lang, text};
use crate::msg;
use crate::rules::{self, Family};

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The anchor of a rule's section in docs/rules.md (its heading is the id); SARIF's
/// `helpUri` links to it, so it must not change.
pub fn anchor(r: &rules::Rule) -> String {
    r.id.to_lowercase()
}

/// docs/rules.md (English), docs/rules.fi.md, docs/rules.sv.md.
pub fn rules_markdown(lang: Lang) -> String {
    let mut out = format!(
        "# {}\n\n<!-- {} -->\n\n{}\n",
        text(lang, "catalogue-title"),
        text(lang, "catalogue-generated"),
        text(lang, "catalogue-intro")
    );
    out.push_str(&coverage(lang));
    for family in Family::ALL {
        let in_family: Vec<_> = rules::all().filter(|r| r.family == family).collect();
        if in_family.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", family.title(lang));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            text(lang, "table-id"),
            text(lang, "table-name"),
            text(lang, "table-severity"),
            text(lang, "table-checks")
        );
        for r in &in_family {
            let _ = writeln!(
                out,
                "| [{id}](#{anchor}) | `{}` | {} | {} |",
                r.name,
                r.severity.label(lang),
                cell(&r.summary(lang)),
                id = r.id,
                anchor = anchor(r)
            );
        }
        for r in in_family {
            let _ = writeln!(out, "\n### {}\n", r.id);
            let _ = writeln!(
                out,
                "`{}` — {}\n",
                r.name,
                msg!(
                    "catalogue-default-severity",
                    severity = r.severity.label(lang)
                )
                .render(lang)
            );
            let _ = writeln!(
                out,
                "**{}** {}\n",
                text(lang, "catalogue-checks"),
                r.summary(lang)
            );
            let _ = writeln!(
                out,
                "**{}** {}\n",
                text(lang, "catalogue-why"),
                r.rationale(lang)
            );
            let _ = writeln!(
                out,
                "**{}** {}\n",
                text(lang, "catalogue-fix"),
                r.help(lang)
            );
            if let Some(duty) = r.serves {
                let _ = writeln!(
                    out,
                    "**{}** {} ({})\n",
                    text(lang, "catalogue-duty"),
                    duty.name().render(lang),
                    duty.basis_word().render(lang)
                );
            }
            let _ = writeln!(out, "**{}**\n", text(lang, "catalogue-sources"));
            for s in r.sources {
                let _ = writeln!(out, "- {}", super::text::citation(s, lang));
            }
        }
    }
    out
}

/// The coverage table: each duty of the checklist, its basis, the rules that judge it (from
/// their declarations) and what counts as evidence.
fn coverage(lang: Lang) -> String {
    let mut out = format!(
        "\n## {}\n\n{}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
        text(lang, "coverage-title"),
        text(lang, "coverage-intro"),
        text(lang, "coverage-duty"),
        text(lang, "coverage-basis"),
        text(lang, "coverage-rules"),
        text(lang, "coverage-evidence")
    );
    for d in crate::duty::all() {
        let rules: Vec<String> = crate::checklist::rules_of(d)
            .map(|r| format!("[{}](#{})", r.id, anchor(r)))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&d.name().render(lang)),
            d.basis_word().render(lang),
            rules.join(", "),
            cell(&text(lang, d.evidence))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    /// Every duty says, in every language, what counts as its evidence.
    #[test]
    fn every_duty_has_its_evidence_in_every_language() {
        for d in crate::duty::all() {
            for lang in crate::i18n::Lang::ALL {
                assert!(
                    crate::i18n::entry(lang, d.evidence).is_some(),
                    "{} has no `{}` in {}",
                    d.key,
                    d.evidence,
                    lang.code()
                );
            }
        }
    }
}
