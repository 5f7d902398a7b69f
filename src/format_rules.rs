//! The plan-format rules (`PLAN…`): problems reading the plan files themselves, the
//! configuration file and the inline suppressions. They are declared here, below the model,
//! because the loader, the model stage, [`crate::config`] and [`crate::suppress`] report
//! them; the catalogue lists them in [`crate::rules::format`]. They have no check function.

use crate::finding::{Family, RuleInfo, Severity};
use crate::sources::{Source, SourceDoc, src};

const FORMAT_DOC: &[Source] = &[src(SourceDoc::Goodrel, "docs/plan-format.md")];

macro_rules! format_rule {
    ($ident:ident, $id:literal, $name:literal) => {
        pub static $ident: RuleInfo = RuleInfo {
            id: $id,
            name: $name,
            family: Family::Format,
            severity: Severity::Error,
            sources: FORMAT_DOC,
        };
    };
}

format_rule!(UNREADABLE_FILE, "PLAN001", "unreadable-file");
format_rule!(SYNTAX_ERROR, "PLAN002", "syntax-error");
format_rule!(UNKNOWN_KEY, "PLAN003", "unknown-key");
format_rule!(INVALID_VALUE, "PLAN004", "invalid-value");
format_rule!(DUPLICATE_ID, "PLAN005", "duplicate-id");
format_rule!(DANGLING_REFERENCE, "PLAN006", "dangling-reference");
format_rule!(MUNICIPALITY_SECTION, "PLAN007", "municipality-section");

format_rule!(LINK_OUTSIDE, "PLAN012", "link-outside-plan");
format_rule!(LOOKALIKE_ID, "PLAN013", "lookalike-id");

const CONFIG_DOC: &[Source] = &[src(SourceDoc::Goodrel, "docs/configuration.md")];

macro_rules! config_rule {
    ($ident:ident, $id:literal, $name:literal, $severity:expr) => {
        pub static $ident: RuleInfo = RuleInfo {
            id: $id,
            name: $name,
            family: Family::Format,
            severity: $severity,
            sources: CONFIG_DOC,
        };
    };
}

config_rule!(CONFIG_INVALID, "PLAN008", "config-invalid", Severity::Error);
config_rule!(
    SUPPRESSION_WITHOUT_REASON,
    "PLAN009",
    "suppression-without-reason",
    Severity::Error
);
config_rule!(
    UNUSED_SUPPRESSION,
    "PLAN010",
    "unused-suppression",
    Severity::Warning
);
config_rule!(
    SUPPRESSION_INVALID,
    "PLAN011",
    "suppression-invalid",
    Severity::Error
);
