//! Analyses several rules share (the pyramid, the trace, the cycles, the quality of
//! structures), computed at most once per check run, and what each of them reads.

use std::cell::OnceCell;

use crate::governance::{self as governance_model, StructureQuality, cycle, trace};
use crate::model::Plan;
use crate::model::date::Date;
use crate::model::written::Writing;
use crate::pyramid as pyramid_model;

/// Analyses several rules share, each computed at most once per check run (on first use)
/// and handed to every rule through [`Check`]. The rules read the same results that
/// `goodrel pyramid` and `goodrel governance` show, without rebuilding them per rule.
pub struct Derived<'a> {
    pub(super) plan: &'a Plan,
    pub(super) as_of: Date,
    pyramid_options: pyramid_model::Options,
    pyramid: OnceCell<(pyramid_model::Overview<'a>, Vec<pyramid_model::Gap>)>,
    trace: OnceCell<trace::Trace<'a>>,
    cycles: OnceCell<Vec<cycle::CycleTrace<'a>>>,
    structure_quality: OnceCell<Vec<StructureQuality<'a>>>,
    writing: OnceCell<Writing>,
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
            writing: OnceCell::new(),
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

    /// The plan's free texts judged once: which do not count as written, and why.
    pub fn writing(&self) -> &Writing {
        self.writing.get_or_init(|| Writing::of(self.plan))
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
    "objectives",
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
    "actors.kind",
    "structures.kind",
    "structures.name",
    "services.name",
    "services.kind",
    "services.component",
    "measures.title",
    "objectives.statement",
    "measures.objectives",
    // Whether the Sámi are a group the overview must find reached (`Plan::sami_live_here`).
    "consultations",
    "municipality.name",
    "municipality.code",
    "municipality.situation",
    "consultations.groups",
    "structures.member_counts",
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

/// What the plan's participation in its own planning (`Plan::participation_shown`, the
/// councils and groups that plan) reads: IA019 judges it, MLG004 defers to it.
pub const PARTICIPATION_READS: &[&str] = &[
    "municipality",
    "actors",
    "structures",
    "consultations",
    "municipality.approval",
    "municipality.plan_period",
    "actors.kind",
    "structures.groups",
    "structures.member_counts",
    "structures.members",
    "structures.participation",
    "consultations.groups",
    "consultations.organisations",
    "consultations.needs",
    "consultations.date",
];

/// What shows the national integration objectives taken into account (a VALKO link or a
/// national objective, written): IA023 judges it, MLG011 defers to it.
pub const NATIONAL_OBJECTIVES_READS: &[&str] = &[
    "objectives",
    "links",
    "links.kind",
    "links.title",
    "objectives.national_objective",
];

/// What the identification -> recognition -> action trace (`Derived::trace`) read, for the rules
/// that rest on it alone.
pub const TRACE_READS: &[&str] = &[
    "municipality",
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
    "structures.kind",
    "municipality.official_languages",
];

/// What the structure-quality checks of councils, co-design and dialogues
/// (`Derived::structure_quality`) read, for the rules that rest on it alone.
pub const STRUCTURE_QUALITY_READS: &[&str] = &[
    "actors",
    "services",
    "measures",
    "indicators",
    "structures",
    "consultations",
    "links",
    "services.languages",
    "measures.responsible",
    "measures.kind",
    "measures.languages",
    "measures.dialogue",
    "indicators.frequency",
    "structures.convener",
    "structures.members",
    "structures.mandate",
    "structures.languages",
    "structures.resources",
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
    "actors.kind",
    "structures.kind",
    "structures.name",
    "measures.title",
];

/// What the data-collection cycles (`Derived::cycles`) read, for the rules that rest on it alone.
pub const CYCLE_READS: &[&str] = &[
    "measures",
    "structures",
    "consultations",
    "measures.kind",
    "structures.cycle",
    "consultations.recognised_in",
    "structures.kind",
    "consultations.method",
    "consultations.date",
];
