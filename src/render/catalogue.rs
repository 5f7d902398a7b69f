//! The rule catalogue as Markdown (`docs/rules.md`), generated from the rule declarations.

use std::fmt::Write as _;

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

pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# goodrel rules\n\n<!-- Generated from the rule declarations in src/rules/ by `cargo test --test docs`; do not edit by hand. -->\n\n\
         Severity: **error** for statutory duties (the Integration Act 681/2023, the Non-Discrimination Act) and for \
         plan-format problems; **warning** for the Council of Europe guide's elements and other guidance; **info** for advice. \
         Each rule's own \"why\" says why it has its severity. `goodrel explain ID` prints the same text.\n",
    );
    for family in Family::ALL {
        let in_family: Vec<_> = rules::all().filter(|r| r.family == family).collect();
        if in_family.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", family.title());
        let _ = writeln!(out, "| id | name | severity | checks |\n|---|---|---|---|");
        for r in &in_family {
            let _ = writeln!(
                out,
                "| [{id}](#{anchor}) | `{}` | {} | {} |",
                r.name,
                r.severity,
                cell(r.summary),
                id = r.id,
                anchor = anchor(r)
            );
        }
        for r in in_family {
            let _ = writeln!(out, "\n### {}\n", r.id);
            let _ = writeln!(out, "`{}` — default severity **{}**\n", r.name, r.severity);
            let _ = writeln!(out, "**Checks.** {}\n", r.summary);
            let _ = writeln!(out, "**Why.** {}\n", r.rationale);
            let _ = writeln!(out, "**Fix.** {}\n", r.help);
            let _ = writeln!(out, "**Sources.**\n");
            for s in r.sources {
                let at = if s.at.is_empty() {
                    String::new()
                } else {
                    format!(", {}", s.at)
                };
                let _ = writeln!(out, "- {}{at}", s.doc.title());
            }
        }
    }
    out
}
