//! Format rules: problems reading the plan files themselves, the configuration file and the
//! inline suppressions. The loader, the model stage, [`crate::config`] and
//! [`crate::suppress`] report these; they have no check function of their own.

use super::Rule;
use crate::format_rules as info;

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
];
