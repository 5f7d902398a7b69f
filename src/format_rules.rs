//! The plan-format rules (`PLAN…`): problems reading the plan files themselves, the
//! configuration file and the inline suppressions. They are declared here, below the model,
//! because the loader, the model stage, [`crate::config`] and [`crate::suppress`] report
//! them; the catalogue lists them in [`crate::rules::format`]. They have no check function.

use crate::finding::{Family, RuleInfo, Severity};
use crate::sources::{Source, SourceDoc, src};

const FORMAT_DOC: &[Source] = &[src(SourceDoc::Goodrel, "docs/plan-format.md")];

macro_rules! format_rule {
    ($ident:ident, $id:literal, $name:literal, $summary:literal, $rationale:literal, $help:literal) => {
        pub static $ident: RuleInfo = RuleInfo {
            id: $id,
            name: $name,
            family: Family::Format,
            severity: Severity::Error,
            summary: $summary,
            rationale: $rationale,
            help: $help,
            sources: FORMAT_DOC,
        };
    };
}

format_rule!(
    UNREADABLE_FILE,
    "PLAN001",
    "unreadable-file",
    "A plan file cannot be read as text: unreadable, binary, not UTF-8 or too large.",
    "A file goodrel cannot read is a part of the plan nobody can check; it is an error so that CI does not pass a plan it has only partly seen.",
    "Save the file as UTF-8 text, move binary files (PDFs, images) out of the plan directory, or split a very large file by sector."
);
format_rule!(
    SYNTAX_ERROR,
    "PLAN002",
    "syntax-error",
    "A plan file is not valid YAML or TOML.",
    "A file that does not parse contributes nothing to the plan, so everything in it would silently go unchecked.",
    "Fix the syntax at the line shown; the message says what is wrong in plain words, then the parser's own words in brackets."
);
format_rule!(
    UNKNOWN_KEY,
    "PLAN003",
    "unknown-key",
    "A section or field name is not part of the plan format.",
    "A misspelt key is silently ignored by most tools, and the information in it is lost; goodrel refuses to guess.",
    "Use one of the documented names (see `goodrel schema` or docs/plan-format.md); the closest known name is suggested."
);
format_rule!(
    INVALID_VALUE,
    "PLAN004",
    "invalid-value",
    "A field has the wrong type, a value outside its documented choices, or a required field is missing.",
    "Rules can only check what they can read; a value of the wrong shape would otherwise be dropped.",
    "Write the value the way the message says this field takes it (an example follows it); docs/plan-format.md and `goodrel schema` describe every field."
);
format_rule!(
    DUPLICATE_ID,
    "PLAN005",
    "duplicate-id",
    "Two items of the plan share an id (ids are unique across all files).",
    "References by id would become ambiguous; which measure is `M12`?",
    "Give one of the two items a different id and update the references to it."
);
format_rule!(
    DANGLING_REFERENCE,
    "PLAN006",
    "dangling-reference",
    "A reference names an id that no item of the right kind has.",
    "A responsible actor or objective that does not exist means the plan does not say who does what.",
    "Correct the id, or add the missing item (e.g. the actor under `actors`)."
);
format_rule!(
    MUNICIPALITY_SECTION,
    "PLAN007",
    "municipality-section",
    "The `municipality` section is missing, or appears in more than one file.",
    "Every plan belongs to exactly one municipality; many rules read its period, authority and vision.",
    "Keep exactly one `municipality:` section, usually in `plan.yaml` at the top of the plan directory."
);

format_rule!(
    LINK_OUTSIDE,
    "PLAN012",
    "link-outside-plan",
    "A symbolic link in the plan directory leads outside it, or a plan file is a FIFO, device or socket; it is not read.",
    "Plan directories are checked in CI on pull requests, so what they point at is not trusted: a link to `/` would walk the whole machine, a link to `/proc` or a FIFO never ends, and a link to a file elsewhere would echo its contents into a public log. goodrel reads only what lies inside the plan directory and checks the rest; the finding is an error because the plan may be missing what the link was meant to add.",
    "Copy the file into the plan directory instead of linking to it, or point the link at a file inside the plan directory; delete links to system paths."
);

const CONFIG_DOC: &[Source] = &[src(SourceDoc::Goodrel, "docs/configuration.md")];

macro_rules! config_rule {
    ($ident:ident, $id:literal, $name:literal, $severity:expr, $summary:literal, $rationale:literal, $help:literal) => {
        pub static $ident: RuleInfo = RuleInfo {
            id: $id,
            name: $name,
            family: Family::Format,
            severity: $severity,
            summary: $summary,
            rationale: $rationale,
            help: $help,
            sources: CONFIG_DOC,
        };
    };
}

config_rule!(
    CONFIG_INVALID,
    "PLAN008",
    "config-invalid",
    Severity::Error,
    "The goodrel.toml configuration file has an unknown key, an unknown rule or family, a bad level, or a value of the wrong kind.",
    "The configuration decides which findings are shown and how severe they are; a misspelt rule id or level would silently leave a rule on, off or at the wrong severity, so the run fails until the file says what was meant. A configuration error cannot itself be switched off or suppressed.",
    "Correct the key or value at the line shown (the closest known name is suggested); the keys and levels are listed in docs/configuration.md."
);
config_rule!(
    SUPPRESSION_WITHOUT_REASON,
    "PLAN009",
    "suppression-without-reason",
    Severity::Error,
    "An inline `# goodrel: ignore[RULE]` comment gives no reason, so it suppresses nothing.",
    "A silenced finding may be a statutory gap; whoever reads the plan later (the council, the ELY Centre / vitality centre, the next coordinator) must be able to see why it was accepted. A suppression without a reason is not honoured and is an error so that the reason gets written.",
    "Write the reason after the bracket, e.g. `# goodrel: ignore[IA012] the county runs this measure; agreed in the cooperation group on 3 May`."
);
config_rule!(
    UNUSED_SUPPRESSION,
    "PLAN010",
    "unused-suppression",
    Severity::Warning,
    "An inline `# goodrel: ignore[RULE]` comment names a rule that reports nothing where the comment is.",
    "A suppression left behind after the plan was fixed would silently hide the next finding of that rule at the same place. It is a warning: the plan itself is not wrong, the comment is stale.",
    "Delete the suppression (or the rule id that is no longer needed in it); if the finding moved, move the comment onto or directly above the line reported."
);
config_rule!(
    SUPPRESSION_INVALID,
    "PLAN011",
    "suppression-invalid",
    Severity::Error,
    "An inline `# goodrel:` comment names an unknown rule, a rule that cannot be suppressed, or is not written as `# goodrel: ignore[RULE] reason`.",
    "A misspelt suppression does nothing, so the finding it was meant to cover keeps showing, or a later one is not covered as intended; it is an error so that the comment is corrected rather than mistaken for a working one.",
    "Write the comment as `# goodrel: ignore[RULE] reason` with a rule id from `goodrel rules` (the closest known id is suggested); unreadable-file and syntax-error findings cannot be suppressed."
);
