//! Format rules: problems reading the plan files themselves, the configuration file and the
//! inline suppressions. The loader, the model stage, [`crate::config`] and
//! [`crate::suppress`] report these; they have no check function of their own.

use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::format_rules as info;
use crate::i18n::Arg;
use crate::model::written::WRITING_READS;
use crate::msg;

pub static UNREADABLE_FILE: Rule = Rule::reported_by_loader(&info::UNREADABLE_FILE);
pub static SYNTAX_ERROR: Rule = Rule::reported_by_loader(&info::SYNTAX_ERROR);
pub static UNKNOWN_KEY: Rule = Rule::reported_by_loader(&info::UNKNOWN_KEY);
pub static INVALID_VALUE: Rule = Rule::reported_by_loader(&info::INVALID_VALUE);
pub static DUPLICATE_ID: Rule = Rule::reported_by_loader(&info::DUPLICATE_ID);
pub static DANGLING_REFERENCE: Rule = Rule::reported_by_loader(&info::DANGLING_REFERENCE);
pub static MUNICIPALITY_SECTION: Rule = Rule::reported_by_loader(&info::MUNICIPALITY_SECTION);
pub static CONFIG_INVALID: Rule = Rule::reported_by_loader(&info::CONFIG_INVALID);
pub static SUPPRESSION_WITHOUT_REASON: Rule =
    Rule::reported_by_loader(&info::SUPPRESSION_WITHOUT_REASON);
pub static UNUSED_SUPPRESSION: Rule = Rule::reported_by_loader(&info::UNUSED_SUPPRESSION);
pub static SUPPRESSION_INVALID: Rule = Rule::reported_by_loader(&info::SUPPRESSION_INVALID);
pub static LINK_OUTSIDE: Rule = Rule::reported_by_loader(&info::LINK_OUTSIDE);
pub static LOOKALIKE_ID: Rule = Rule::reported_by_loader(&info::LOOKALIKE_ID);

/// How many of the values PLAN014 lists one by one; the rest are counted.
const PLACEHOLDERS_LISTED: usize = 30;

/// PLAN014: every value that does not count as written, once, in one finding with its
/// places. The rule that needs the value (a service's description, an objective's statement)
/// judges it as missing; this one shows the coordinator the whole list to fill in.
pub static PLACEHOLDER_TEXT: Rule = Rule {
    info: &RuleInfo {
        id: "PLAN014",
        name: "placeholder-text",
        family: Family::Format,
        severity: Severity::Warning,
        sources: &[src(
            SourceDoc::Goodrel,
            "docs/plan-format.md, \"What counts as written\"",
        )],
    },
    reads: WRITING_READS,
    check: Some(|c: &mut Check<'_>| {
        let derived = c.derived;
        let entries = derived.writing().entries();
        let Some(first) = entries.first() else {
            return;
        };
        let mut listed: Vec<Arg> = entries
            .iter()
            .take(PLACEHOLDERS_LISTED)
            .map(|e| {
                let at = c.plan.locate(&e.item, &e.field);
                msg!(
                    "plan014-value",
                    path = at.path,
                    // The file by its name: the finding's own location gives its folder.
                    place = format!(
                        "{}:{}",
                        std::path::Path::new(&at.file)
                            .file_name()
                            .map_or_else(|| at.file.clone(), |n| n.to_string_lossy().into_owned()),
                        at.span.start.line
                    ),
                    text = e.text.split_whitespace().collect::<Vec<_>>().join(" "),
                    why = e.why.key()
                )
                .into()
            })
            .collect();
        if entries.len() > PLACEHOLDERS_LISTED {
            listed.push(msg!("plan014-more", count = entries.len() - PLACEHOLDERS_LISTED).into());
        }
        let at = c.plan.locate(&first.item, &first.field);
        c.report(
            msg!(
                "plan014-placeholders",
                count = entries.len(),
                values = Arg::List(listed)
            ),
            Some(at),
        )
        .resting_on_all_read();
    }),
    serves: None,
};

pub static RULES: &[&Rule] = &[
    &UNREADABLE_FILE,
    &SYNTAX_ERROR,
    &UNKNOWN_KEY,
    &INVALID_VALUE,
    &DUPLICATE_ID,
    &DANGLING_REFERENCE,
    &MUNICIPALITY_SECTION,
    &CONFIG_INVALID,
    &SUPPRESSION_WITHOUT_REASON,
    &UNUSED_SUPPRESSION,
    &SUPPRESSION_INVALID,
    &LINK_OUTSIDE,
    &LOOKALIKE_ID,
    &PLACEHOLDER_TEXT,
];
