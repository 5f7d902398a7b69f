//! The duties the statutory checklist shows, and what a plan's check makes of each: **met**
//! with the items that earn it, a **gap** with the findings that say why, or **not judged**
//! with the reason. A duty is declared once here; a rule names the duty it serves in its own
//! declaration ([`crate::rules::Rule::serves`]), and the rule's check both reports its
//! findings and names its evidence, so silence never makes a duty met. `check`, `checklist`,
//! the report and every JSON read the same evaluated duties ([`Duties`]).

use serde::Serialize;

use crate::finding::{Location, Severity};
use crate::i18n::Message;
use crate::model::{Area, Component};

/// Where a duty comes from: the Integration Act, or guidance (the ministry's checklist, the
/// Council of Europe guide) shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Statute,
    Guidance,
}

/// The two grids of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grid {
    /// §13: the programme's six components.
    Programme,
    /// §45: the five planning areas.
    Planning,
}

impl Grid {
    pub fn key(self) -> &'static str {
        match self {
            Grid::Programme => "programme",
            Grid::Planning => "planning",
        }
    }

    /// The grid's rows, in the Act's order, then the row for what no component or area
    /// claims (shown only when something lands there).
    pub fn rows(self) -> Vec<Row> {
        let mut rows: Vec<Row> = match self {
            Grid::Programme => Component::ALL.into_iter().map(Row::Component).collect(),
            Grid::Planning => Area::STATUTORY.into_iter().map(Row::Area).collect(),
        };
        rows.push(Row::Unassigned);
        rows
    }

    /// The grid's columns, in display order.
    pub fn columns(self) -> &'static [&'static Duty] {
        match self {
            Grid::Programme => PROGRAMME,
            Grid::Planning => PLANNING,
        }
    }
}

/// One duty: a column of a grid (judged once per row) or a duty of its own.
#[derive(Debug)]
pub struct Duty {
    /// The stable key: a column's (`service`) or a duty's (`two_yearly_report`).
    pub key: &'static str,
    pub grid: Option<Grid>,
    pub basis: Basis,
    /// The catalogue id of its heading or label (`locales/*/views-checklist.ftl`).
    pub label: &'static str,
    /// The catalogue id saying what counts as evidence for it (docs/rules.md's coverage
    /// table, `locales/*/views-checklist.ftl`).
    pub evidence: &'static str,
}

impl Duty {
    /// How the checklist names the duty: a grid's column (`§13 …: service`) or its label.
    pub fn name(&self) -> Message {
        match self.grid {
            Some(grid) => crate::msg!(
                "duty-column",
                grid = Message::new(match grid {
                    Grid::Programme => "checklist-programme",
                    Grid::Planning => "checklist-planning",
                }),
                column = Message::new(self.label)
            ),
            None => Message::new(self.label),
        }
    }

    /// The basis in the reader's words (`statutory`, `guidance`).
    pub fn basis_word(&self) -> Message {
        Message::new(match self.basis {
            Basis::Statute => "checklist-statutory",
            Basis::Guidance => "checklist-guidance",
        })
    }
}

impl PartialEq for Duty {
    fn eq(&self, other: &Duty) -> bool {
        std::ptr::eq(self, other)
    }
}

const fn column(
    grid: Grid,
    key: &'static str,
    label: &'static str,
    evidence: &'static str,
) -> Duty {
    Duty {
        key,
        grid: Some(grid),
        basis: Basis::Statute,
        label,
        evidence,
    }
}

const fn own(key: &'static str, basis: Basis, label: &'static str, evidence: &'static str) -> Duty {
    Duty {
        key,
        grid: None,
        basis,
        label,
        evidence,
    }
}

/// §13's columns: each component has a service, a responsible authority, cooperation with
/// other providers, and (civic orientation) several languages.
pub static PROGRAMME_SERVICE: Duty = column(
    Grid::Programme,
    "service",
    "checklist-column-service",
    "coverage-programme-service",
);
pub static PROGRAMME_RESPONSIBLE: Duty = column(
    Grid::Programme,
    "responsible",
    "checklist-column-responsible",
    "coverage-programme-responsible",
);
pub static PROGRAMME_COOPERATION: Duty = column(
    Grid::Programme,
    "cooperation",
    "checklist-column-cooperation",
    "coverage-programme-cooperation",
);
pub static PROGRAMME_LANGUAGES: Duty = column(
    Grid::Programme,
    "languages",
    "checklist-column-languages",
    "coverage-programme-languages",
);

/// §45's columns: each area has objectives, measures, responsible parties, cooperation and
/// indicators with a baseline and a target.
pub static PLANNING_OBJECTIVE: Duty = column(
    Grid::Planning,
    "objective",
    "checklist-column-objective",
    "coverage-planning-objective",
);
pub static PLANNING_MEASURE: Duty = column(
    Grid::Planning,
    "measure",
    "checklist-column-measure",
    "coverage-planning-measure",
);
pub static PLANNING_RESPONSIBLE: Duty = column(
    Grid::Planning,
    "responsible",
    "checklist-column-responsible",
    "coverage-planning-responsible",
);
pub static PLANNING_COOPERATION: Duty = column(
    Grid::Planning,
    "cooperation",
    "checklist-column-cooperation",
    "coverage-planning-cooperation",
);
pub static PLANNING_INDICATOR: Duty = column(
    Grid::Planning,
    "indicator",
    "checklist-column-indicator",
    "coverage-planning-indicator",
);

pub static MAINSTREAMING: Duty = own(
    "mainstreaming",
    Basis::Statute,
    "checklist-duty-mainstreaming",
    "coverage-mainstreaming",
);
pub static NATIONAL_OBJECTIVES: Duty = own(
    "national_objectives",
    Basis::Statute,
    "checklist-duty-national_objectives",
    "coverage-national_objectives",
);
pub static WELLBEING_SERVICES_COUNTY: Duty = own(
    "wellbeing_services_county",
    Basis::Statute,
    "checklist-duty-wellbeing_services_county",
    "coverage-wellbeing_services_county",
);
pub static TWO_YEARLY_REPORT: Duty = own(
    "two_yearly_report",
    Basis::Statute,
    "checklist-duty-two_yearly_report",
    "coverage-two_yearly_report",
);
pub static LAW_BASIS: Duty = own(
    "law_basis",
    Basis::Statute,
    "checklist-duty-law_basis",
    "coverage-law_basis",
);
pub static NATIONAL_EMPLOYMENT_OBJECTIVES: Duty = own(
    "national_employment_objectives",
    Basis::Guidance,
    "checklist-duty-national_employment_objectives",
    "coverage-national_employment_objectives",
);
pub static MEASURES_SERVE_OBJECTIVES: Duty = own(
    "measures_serve_objectives",
    Basis::Guidance,
    "checklist-duty-measures_serve_objectives",
    "coverage-measures_serve_objectives",
);
pub static INDICATOR_QUALITY: Duty = own(
    "indicator_quality",
    Basis::Guidance,
    "checklist-duty-indicator_quality",
    "coverage-indicator_quality",
);
pub static SITUATION_PICTURE: Duty = own(
    "situation_picture",
    Basis::Guidance,
    "checklist-duty-situation_picture",
    "coverage-situation_picture",
);
pub static PLANNING_MODE: Duty = own(
    "planning_mode",
    Basis::Guidance,
    "checklist-duty-planning_mode",
    "coverage-planning_mode",
);
pub static INFORMATION_FOR_ALL: Duty = own(
    "information_for_all",
    Basis::Guidance,
    "checklist-duty-information_for_all",
    "coverage-information_for_all",
);
pub static PARTICIPATION: Duty = own(
    "participation",
    Basis::Guidance,
    "checklist-duty-participation",
    "coverage-participation",
);
pub static COOPERATION_GROUP: Duty = own(
    "cooperation_group",
    Basis::Guidance,
    "checklist-duty-cooperation_group",
    "coverage-cooperation_group",
);
pub static GOOD_RELATIONS_WORKING_GROUP: Duty = own(
    "good_relations_working_group",
    Basis::Guidance,
    "checklist-duty-good_relations_working_group",
    "coverage-good_relations_working_group",
);
pub static PLAN_PERIOD: Duty = own(
    "plan_period",
    Basis::Guidance,
    "checklist-duty-plan_period",
    "coverage-plan_period",
);
pub static REGIONAL_AUTHORITY: Duty = own(
    "regional_authority",
    Basis::Guidance,
    "checklist-duty-regional_authority",
    "coverage-regional_authority",
);

static PROGRAMME: &[&Duty] = &[
    &PROGRAMME_SERVICE,
    &PROGRAMME_RESPONSIBLE,
    &PROGRAMME_COOPERATION,
    &PROGRAMME_LANGUAGES,
];

static PLANNING: &[&Duty] = &[
    &PLANNING_OBJECTIVE,
    &PLANNING_MEASURE,
    &PLANNING_RESPONSIBLE,
    &PLANNING_COOPERATION,
    &PLANNING_INDICATOR,
];

/// The duties of their own, statutory first, in the order the checklist lists them.
pub static OWN: &[&Duty] = &[
    &LAW_BASIS,
    &MAINSTREAMING,
    &NATIONAL_OBJECTIVES,
    &WELLBEING_SERVICES_COUNTY,
    &TWO_YEARLY_REPORT,
    &NATIONAL_EMPLOYMENT_OBJECTIVES,
    &MEASURES_SERVE_OBJECTIVES,
    &INDICATOR_QUALITY,
    &SITUATION_PICTURE,
    &PLANNING_MODE,
    &INFORMATION_FOR_ALL,
    &PARTICIPATION,
    &COOPERATION_GROUP,
    &GOOD_RELATIONS_WORKING_GROUP,
    &PLAN_PERIOD,
    &REGIONAL_AUTHORITY,
];

/// Every duty: the programme's columns, the planning's columns, then the duties of their own.
pub fn all() -> impl Iterator<Item = &'static Duty> {
    PROGRAMME.iter().chain(PLANNING).chain(OWN).copied()
}

/// A row of a grid: a component, an area, or what no component or area claims (a service
/// without a component, a measure serving no objective).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Component(Component),
    Area(Area),
    Unassigned,
}

impl Row {
    /// The row's stable key: the plan format's spelling of the component or area.
    pub fn key(self) -> &'static str {
        match self {
            Row::Component(c) => c.key(),
            Row::Area(a) => crate::i18n::Term::key(&a),
            Row::Unassigned => "unassigned",
        }
    }

    /// The row's label in the reader's language.
    pub fn label(self, grid: Grid) -> Message {
        match self {
            Row::Component(c) => c.name(),
            Row::Area(a) => a.name(),
            Row::Unassigned => Message::new(match grid {
                Grid::Programme => "checklist-row-unassigned-programme",
                Grid::Planning => "checklist-row-unassigned-planning",
            }),
        }
    }
}

/// One item of the plan that earns a duty: where it is written, how the checklist names it
/// (`service S3 'Civic orientation'`) and what makes it count (`in fi, en, ar`).
#[derive(Debug, Clone)]
pub struct Evidence {
    pub location: Location,
    pub item: Message,
    pub detail: Option<Message>,
    /// Not an item but how many more items earn the cell past those named (0 for an item).
    pub more: usize,
}

/// What a rule says of an item it names as evidence: the item, and what makes it count.
#[derive(Debug, Clone)]
pub struct Shown {
    pub item: Message,
    pub detail: Option<Message>,
}

impl From<Message> for Shown {
    fn from(item: Message) -> Shown {
        Shown { item, detail: None }
    }
}

impl From<(Message, Message)> for Shown {
    fn from((item, detail): (Message, Message)) -> Shown {
        Shown {
            item,
            detail: Some(detail),
        }
    }
}

impl Evidence {
    /// The item and what makes it count, in one phrase.
    pub fn label(&self) -> Message {
        match &self.detail {
            Some(detail) => crate::msg!(
                "evidence-detail",
                item = self.item.clone(),
                detail = detail.clone()
            ),
            None => self.item.clone(),
        }
    }

    /// The short name a grid cell shows: the item's id (`S3`), else its path.
    pub fn short(&self) -> &str {
        let path = self.location.path.as_str();
        match (path.find('['), path.find(']')) {
            (Some(open), Some(close)) if open < close => &path[open + 1..close],
            _ => path,
        }
    }
}

/// A finding as a duty names it: enough to find it in `check`'s output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingRef {
    pub rule: &'static str,
    pub severity: Severity,
    pub location: Option<Location>,
    /// Its place in the plan's list of findings (`PlanReport::findings`).
    pub index: usize,
}

impl FindingRef {
    /// The finding's symbolic path (`measures[M3]`, `services`); empty for the whole plan.
    pub fn path(&self) -> &str {
        self.location.as_ref().map_or("", |l| l.path.as_str())
    }
}

/// What the check makes of one duty.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Earned by these items (never empty).
    Met(Vec<Evidence>),
    /// These findings say why not (never empty).
    Gap(Vec<FindingRef>),
    /// Not judged, for these reasons (never empty).
    NotJudged(Vec<Message>),
}

impl Verdict {
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Met(_) => "met",
            Verdict::Gap(_) => "gap",
            Verdict::NotJudged(_) => "not_judged",
        }
    }
}

/// One duty, or one cell of a grid, evaluated.
#[derive(Debug, Clone)]
pub struct Evaluated {
    pub duty: &'static Duty,
    /// The grid row, for a column of a grid.
    pub row: Option<Row>,
    pub verdict: Verdict,
}

impl Evaluated {
    /// The stable id: `programme.<component>.<column>`, `planning.<area>.<column>` or
    /// `duty.<name>`.
    pub fn id(&self) -> String {
        match (self.duty.grid, self.row) {
            (Some(grid), Some(row)) => format!("{}.{}.{}", grid.key(), row.key(), self.duty.key),
            _ => format!("duty.{}", self.duty.key),
        }
    }

    /// Whether an error-level Integration Act finding backs this gap: a statutory gap,
    /// which `check` counts among its errors.
    pub fn statutory_gap(&self) -> bool {
        match &self.verdict {
            Verdict::Gap(findings) => findings.iter().any(is_statutory),
            _ => false,
        }
    }
}

/// Whether a finding is an error-level Integration Act finding.
pub fn is_statutory(f: &FindingRef) -> bool {
    f.severity == Severity::Error && f.rule.starts_with("IA")
}

/// Every duty of one plan, evaluated: each grid cell (components and areas in the Act's
/// order, then the unassigned row where something landed) and each duty of its own.
#[derive(Debug, Clone, Default)]
pub struct Duties {
    pub list: Vec<Evaluated>,
}

impl Duties {
    /// The cells of one grid's row, in column order (empty for an unassigned row nothing
    /// landed in).
    pub fn row(&self, grid: Grid, row: Row) -> Vec<&Evaluated> {
        self.list
            .iter()
            .filter(|e| e.duty.grid == Some(grid) && e.row == Some(row))
            .collect()
    }

    /// The duties of their own, in order.
    pub fn own(&self) -> impl Iterator<Item = &Evaluated> {
        self.list.iter().filter(|e| e.duty.grid.is_none())
    }

    /// The distinct error-level Integration Act findings behind the gaps: as many as
    /// `check` reports, at the same places.
    pub fn statutory_findings(&self) -> Vec<&FindingRef> {
        let mut out: Vec<&FindingRef> = Vec::new();
        for e in &self.list {
            if let Verdict::Gap(findings) = &e.verdict {
                for f in findings.iter().filter(|f| is_statutory(f)) {
                    if !out.iter().any(|o| o.index == f.index) {
                        out.push(f);
                    }
                }
            }
        }
        out
    }

    /// How many duties are met, gaps and not judged.
    /// Keeps every verdict and what [`Duties::counts`] needs, and drops the evidence and the
    /// reasons but the first of each: a run over many plans whose output shows only the
    /// checklist's counts then keeps no plan's evidence until its end.
    pub fn release_evidence(&mut self) {
        for e in &mut self.list {
            match &mut e.verdict {
                Verdict::Met(items) => {
                    items.truncate(1);
                    items.shrink_to_fit();
                }
                Verdict::NotJudged(reasons) => {
                    reasons.truncate(1);
                    reasons.shrink_to_fit();
                }
                Verdict::Gap(_) => {}
            }
        }
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for e in &self.list {
            match &e.verdict {
                Verdict::Met(_) => c.met += 1,
                Verdict::Gap(_) => {
                    c.gaps += 1;
                    if e.statutory_gap() {
                        c.statutory_gap_duties += 1;
                    }
                }
                Verdict::NotJudged(_) => c.not_judged += 1,
            }
        }
        c.statutory_gaps = self.statutory_findings().len();
        c
    }
}

/// The checklist's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub met: usize,
    /// Duties (grid cells and duties of their own) with a gap.
    pub gaps: usize,
    /// Error-level Integration Act findings behind the gaps (`check`'s statutory errors).
    pub statutory_gaps: usize,
    /// Duties with a statutory gap.
    pub statutory_gap_duties: usize,
    pub not_judged: usize,
}
