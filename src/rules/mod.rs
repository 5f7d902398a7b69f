//! The rule catalogue. Each rule is declared once, as a [`Rule`] value holding everything
//! that describes it (id, name, severity, rationale, help, sources) plus its check function;
//! `goodrel rules`, `goodrel explain`, the docs and SARIF metadata are all generated from it.

pub mod checklist;
pub mod format;
pub mod good_relations;
pub mod governance;
pub mod integration_act;
pub mod multilevel;
pub mod participation;
pub mod pyramid;
pub mod structures;

use std::cell::OnceCell;

use crate::finding::{Finding, Folder, Location};
use crate::governance::{self as governance_model, StructureQuality, cycle, trace};
use crate::i18n::Message;
use crate::model::Plan;
use crate::model::date::Date;
use crate::pyramid as pyramid_model;

pub use crate::finding::{Family, RuleInfo};
pub use crate::sources::{Source, SourceDoc, src};

/// One rule, declared once: what describes it, what it reads, and how it checks.
#[derive(Debug)]
pub struct Rule {
    pub info: &'static RuleInfo,
    /// What the check reads: sections (`"measures"`) and fields within them
    /// (`"measures.responsible"`). A rule reading a section that could not be read in full is
    /// skipped and named in the output; a finding of a rule about an item whose read field
    /// was written but invalid is dropped (the format finding already speaks for it).
    pub reads: &'static [&'static str],
    /// `None` for rules the loader reports (format problems).
    pub check: Option<fn(&mut Check<'_>)>,
}

impl Rule {
    /// A rule the loader, the model, the configuration or the suppressions report: it has
    /// no check function and reads nothing of the plan's content.
    pub const fn reported_by_loader(info: &'static RuleInfo) -> Rule {
        Rule {
            info,
            reads: &[],
            check: None,
        }
    }
}

impl std::ops::Deref for Rule {
    type Target = RuleInfo;
    fn deref(&self) -> &RuleInfo {
        self.info
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// Every rule, in catalogue order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    format::RULES
        .iter()
        .chain(integration_act::RULES)
        .chain(checklist::RULES)
        .chain(governance::RULES)
        .chain(multilevel::RULES)
        .chain(good_relations::RULES)
        .chain(participation::RULES)
        .chain(structures::RULES)
        .chain(pyramid::RULES)
        .copied()
}

pub fn find(id_or_name: &str) -> Option<&'static Rule> {
    all().find(|r| r.id.eq_ignore_ascii_case(id_or_name) || r.name.eq_ignore_ascii_case(id_or_name))
}

/// Analyses several rules share, each computed at most once per check run (on first use)
/// and handed to every rule through [`Check`]. The rules read the same results that
/// `goodrel pyramid` and `goodrel governance` show, without rebuilding them per rule.
pub struct Derived<'a> {
    plan: &'a Plan,
    as_of: Date,
    pyramid_options: pyramid_model::Options,
    pyramid: OnceCell<(pyramid_model::Overview<'a>, Vec<pyramid_model::Gap>)>,
    trace: OnceCell<trace::Trace<'a>>,
    cycles: OnceCell<Vec<cycle::CycleTrace<'a>>>,
    structure_quality: OnceCell<Vec<StructureQuality<'a>>>,
    settings: Settings,
}

/// Rule settings the configuration file can change (`goodrel.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// `[reports] grace_months`: how many months after a two-year period ends its report is
    /// due (IA021, IA022).
    pub report_grace_months: u32,
}

/// The default grace for the two-yearly report: three months, so the report can use the
/// accounts of the period's last year, which a municipality closes by the end of March.
pub const DEFAULT_REPORT_GRACE_MONTHS: u32 = 3;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            report_grace_months: DEFAULT_REPORT_GRACE_MONTHS,
        }
    }
}

impl<'a> Derived<'a> {
    pub fn new(plan: &'a Plan, as_of: Date, pyramid_options: pyramid_model::Options) -> Self {
        Derived {
            plan,
            as_of,
            pyramid_options,
            pyramid: OnceCell::new(),
            trace: OnceCell::new(),
            cycles: OnceCell::new(),
            structure_quality: OnceCell::new(),
            settings: Settings::default(),
        }
    }

    /// The same, with the configuration's rule settings.
    pub fn with_settings(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self
    }

    /// The rule settings in force.
    pub fn settings(&self) -> Settings {
        self.settings
    }

    fn pyramid_and_gaps(&self) -> &(pyramid_model::Overview<'a>, Vec<pyramid_model::Gap>) {
        self.pyramid.get_or_init(|| {
            let overview = pyramid_model::overview(self.plan, &self.pyramid_options);
            let gaps = pyramid_model::gaps(self.plan, &overview);
            (overview, gaps)
        })
    }

    /// The pyramid overview with the configured threshold, as `goodrel pyramid` builds it.
    pub fn pyramid(&self) -> &pyramid_model::Overview<'a> {
        &self.pyramid_and_gaps().0
    }

    /// The overview's gaps, the worst first.
    pub fn pyramid_gaps(&self) -> &[pyramid_model::Gap] {
        &self.pyramid_and_gaps().1
    }

    /// The identification -> recognition -> action trace.
    pub fn trace(&self) -> &trace::Trace<'a> {
        self.trace.get_or_init(|| trace::trace(self.plan))
    }

    /// The recorded data-collection cycles, as of the check date.
    pub fn cycles(&self) -> &[cycle::CycleTrace<'a>] {
        self.cycles
            .get_or_init(|| cycle::cycles(self.plan, self.as_of))
    }

    /// Councils, co-design processes and dialogues with their element checks, as of the
    /// check date.
    pub fn structure_quality(&self) -> &[StructureQuality<'a>] {
        self.structure_quality
            .get_or_init(|| governance_model::structure_quality(self.plan, self.as_of))
    }
}

/// What the pyramid overview and its gaps (`Derived::pyramid`) read, for the rules that rest
/// on it alone.
pub const PYRAMID_READS: &[&str] = &[
    "municipality",
    "actors",
    "services",
    "measures",
    "structures",
    "municipality.good_relations",
    "actors.level",
    "actors.sector",
    "services.responsible",
    "services.cooperation",
    "services.target_groups",
    "services.description",
    "measures.description",
    "measures.responsible",
    "measures.partners",
    "measures.sector",
    "measures.target_groups",
    "measures.level",
    "measures.kind",
    "measures.tags",
    "structures.convener",
    "structures.members",
    "structures.groups",
    "structures.mandate",
    "structures.description",
    "structures.level",
];

/// [`PYRAMID_READS`] followed by what a rule reads besides the pyramid overview, joined at
/// compile time so that no rule copies the overview's list (`N` is checked: a wrong length
/// does not compile).
pub const fn with_pyramid<const N: usize>(more: &[&'static str]) -> [&'static str; N] {
    assert!(
        PYRAMID_READS.len() + more.len() == N,
        "N must be the length of PYRAMID_READS plus the extra reads"
    );
    let mut out = [""; N];
    let mut i = 0;
    while i < PYRAMID_READS.len() {
        out[i] = PYRAMID_READS[i];
        i += 1;
    }
    let mut j = 0;
    while j < more.len() {
        out[PYRAMID_READS.len() + j] = more[j];
        j += 1;
    }
    out
}

/// What the identification -> recognition -> action trace (`Derived::trace`) read, for the rules
/// that rest on it alone.
pub const TRACE_READS: &[&str] = &[
    "measures",
    "structures",
    "consultations",
    "measures.kind",
    "measures.answers",
    "measures.status",
    "measures.languages",
    "structures.groups",
    "structures.languages",
    "consultations.groups",
    "consultations.languages",
    "consultations.needs",
    "consultations.recognised_in",
];

/// What the structure-quality checks of councils, co-design and dialogues
/// (`Derived::structure_quality`) read, for the rules that rest on it alone.
pub const STRUCTURE_QUALITY_READS: &[&str] = &[
    "municipality",
    "actors",
    "services",
    "measures",
    "indicators",
    "structures",
    "consultations",
    "links",
    "municipality.good_relations",
    "actors.level",
    "actors.sector",
    "services.responsible",
    "services.cooperation",
    "services.target_groups",
    "services.languages",
    "services.description",
    "measures.description",
    "measures.responsible",
    "measures.partners",
    "measures.sector",
    "measures.target_groups",
    "measures.level",
    "measures.kind",
    "measures.tags",
    "measures.languages",
    "measures.dialogue",
    "indicators.frequency",
    "structures.convener",
    "structures.members",
    "structures.groups",
    "structures.mandate",
    "structures.languages",
    "structures.resources",
    "structures.level",
    "structures.focus_issues",
    "structures.rights",
    "structures.linked_to",
    "structures.membership",
    "structures.skills_development",
    "structures.co_design",
    "structures.dialogue",
    "consultations.groups",
    "consultations.languages",
    "links.period",
    "links.level",
];

/// What the data-collection cycles (`Derived::cycles`) read, for the rules that rest on it alone.
pub const CYCLE_READS: &[&str] = &[
    "measures",
    "structures",
    "consultations",
    "measures.kind",
    "structures.cycle",
    "consultations.recognised_in",
];

/// What a check function sees: the plan, the reference date, the shared analyses, and a
/// place to report.
pub struct Check<'a> {
    pub plan: &'a Plan,
    /// The date deadlines are judged against (`--as-of`, default today).
    pub as_of: Date,
    /// Analyses shared between rules (computed once per run).
    pub derived: &'a Derived<'a>,
    rule: &'static Rule,
    /// What the rule reported, past [`crate::finding::FOLD_CAP`] folded as it arrives, so a
    /// rule that fires on every one of 200,000 items keeps 50 findings and a list of places.
    findings: Folder,
}

impl<'a> Check<'a> {
    pub fn new(derived: &'a Derived<'a>, rule: &'static Rule) -> Self {
        Check {
            plan: derived.plan,
            as_of: derived.as_of,
            derived,
            rule,
            findings: Folder::default(),
        }
    }

    pub fn report(&mut self, message: impl Into<Message>, location: Option<Location>) {
        self.push(self.rule.severity, message.into(), location, None);
    }

    pub fn report_hint(
        &mut self,
        message: impl Into<Message>,
        location: Option<Location>,
        hint: impl Into<Message>,
    ) {
        self.push(
            self.rule.severity,
            message.into(),
            location,
            Some(hint.into()),
        );
    }

    /// Reports at a severity other than the rule's default, for a rule whose judgement is
    /// graded (e.g. PYR004: a warning for groups the plan says live in the municipality, an
    /// info for the others). A configured level still overrides it.
    pub fn report_at(
        &mut self,
        severity: crate::finding::Severity,
        message: impl Into<Message>,
        location: Option<Location>,
        hint: Option<Message>,
    ) {
        self.push(severity, message.into(), location, hint);
    }

    /// Collects one finding, unless it rests on a field written but invalid (see
    /// [`Rule::reads`]); past the cap only its location is kept.
    fn push(
        &mut self,
        severity: crate::finding::Severity,
        message: Message,
        location: Option<Location>,
        hint: Option<Message>,
    ) {
        let finding = Finding {
            rule: self.rule,
            severity,
            message,
            location,
            hint,
            also: crate::finding::Also::default(),
        };
        if !quieted(self.plan, self.rule, &finding) {
            self.findings.push(finding);
        }
    }

    /// The findings, past the cap folded into one.
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings.finish()
    }
}

/// Runs every rule that has a check function over a loaded plan.
pub fn run_all(plan: &Plan, as_of: Date, pyramid: &pyramid_model::Options) -> Vec<Finding> {
    run(plan, as_of, pyramid).findings
}

/// A rule that was not run because a section it reads could not be read in full.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub rule: &'static Rule,
    /// The unreadable sections it reads, in the order documented.
    pub sections: Vec<&'static str>,
}

/// What running the rules gave: their findings, and the rules skipped.
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
}

/// Runs every rule whose input could be read; the others are listed as skipped. Findings
/// about a field that was written but could not be read are dropped (see [`Rule::reads`]),
/// and each rule's findings past [`crate::finding::FOLD_CAP`] are folded into one.
pub fn run(plan: &Plan, as_of: Date, pyramid: &pyramid_model::Options) -> Outcome {
    run_with(plan, as_of, pyramid, Settings::default())
}

/// [`run`] with the configuration's rule settings.
pub fn run_with(
    plan: &Plan,
    as_of: Date,
    pyramid: &pyramid_model::Options,
    settings: Settings,
) -> Outcome {
    let derived = Derived::new(plan, as_of, *pyramid).with_settings(settings);
    let mut findings = Vec::new();
    let mut skipped = Vec::new();
    for rule in all() {
        let Some(check) = rule.check else {
            continue;
        };
        let mut sections: Vec<&'static str> = Vec::new();
        for read in rule.reads {
            let section = read.split('.').next().unwrap_or(read);
            if let Some(&s) = plan.unreadable_sections.iter().find(|s| **s == section)
                && !sections.contains(&s)
            {
                sections.push(s);
            }
        }
        if !sections.is_empty() {
            skipped.push(Skipped { rule, sections });
            continue;
        }
        let mut ctx = Check::new(&derived, rule);
        check(&mut ctx);
        findings.extend(ctx.into_findings());
    }
    Outcome { findings, skipped }
}

/// Whether a finding rests on a field the rule reads that was written but invalid: it is
/// about the item holding that field, or about something other than that section's items
/// (an aggregate the invalid field would have counted towards).
fn quieted(plan: &Plan, rule: &Rule, finding: &Finding) -> bool {
    // Most plans have no invalid field: then nothing is quieted, and a rule firing on
    // 250,000 items should not split its `reads` 250,000 times to find that out.
    if !plan.has_invalid() {
        return false;
    }
    let at = finding.location.as_ref().map_or("", |l| l.path.as_str());
    rule.reads.iter().any(|read| {
        let Some((section, field)) = read.split_once('.') else {
            return false;
        };
        if !plan.invalid_in(section, field) {
            return false;
        }
        let about_section = at == section
            || at.starts_with(&format!("{section}["))
            || at.starts_with(&format!("{section}."));
        !about_section || plan.invalid_label(at, field)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::Seg;

    /// Every rule says what it reads, and every section or field it names is one of the plan
    /// format's, so skipping and quieting cannot silently miss a misspelt entry.
    #[test]
    fn every_rule_declares_what_it_reads_in_the_formats_words() {
        let shapes = crate::model::decode::shapes();
        for rule in all() {
            if rule.check.is_some() {
                assert!(!rule.reads.is_empty(), "{} declares no reads", rule.id);
            }
            for read in rule.reads {
                let mut path = Vec::new();
                for (i, part) in read.split('.').enumerate() {
                    path.push(Seg::Key(part.to_owned()));
                    if i == 0 && part != "municipality" {
                        path.push(Seg::Index(0));
                    }
                }
                assert!(
                    shapes.at(&path).is_some(),
                    "{} reads `{read}`, which is not in the plan format",
                    rule.id
                );
            }
        }
    }
}
