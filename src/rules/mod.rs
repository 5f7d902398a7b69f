//! The rule catalogue. Each rule is declared once, as a [`Rule`] value holding everything
//! that describes it (id, name, severity, rationale, help, sources) plus its check function;
//! `goodrel rules`, `goodrel explain`, the docs and SARIF metadata are all generated from it.

mod check;
pub mod derived;
pub mod format;
pub mod good_relations;
pub mod governance;
mod hold;
pub mod integration_act;
pub mod participation;
pub mod pyramid;
mod rule;

pub use crate::finding::{Family, RuleInfo};
pub use crate::sources::{Source, SourceDoc, src};
pub use check::{
    Check, HELD_BACK_LISTED, HeldBack, Note, Noted, Outcome, Report, Skipped, run, run_all,
    run_with,
};
pub use derived::{
    CYCLE_READS, DEFAULT_REPORT_GRACE_MONTHS, Derived, NATIONAL_OBJECTIVES_READS,
    PARTICIPATION_READS, PYRAMID_READS, STRUCTURE_QUALITY_READS, Settings, TRACE_READS,
    with_pyramid,
};
pub use rule::Rule;

/// Every rule, in catalogue order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    format::RULES
        .iter()
        .chain(integration_act::RULES)
        .chain(governance::RULES)
        .chain(good_relations::RULES)
        .chain(participation::RULES)
        .chain(pyramid::RULES)
        .copied()
}

pub fn find(id_or_name: &str) -> Option<&'static Rule> {
    all().find(|r| r.id.eq_ignore_ascii_case(id_or_name) || r.name.eq_ignore_ascii_case(id_or_name))
}
