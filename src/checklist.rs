//! `goodrel checklist`: the statutory checklist a vitality-centre reviewer walks through,
//! built from the findings `check` produced, not from a second reading of the rules. A cell
//! is a gap exactly when a finding of a rule that covers it is present for its component or
//! area; rules are mapped to cells by id in [`PROGRAMME_COLUMNS`], [`PLANNING_COLUMNS`] and
//! [`DUTIES`], so rewording a rule cannot move its findings. Where a finding's location names
//! no component or area (a section-level finding), the plan model says where it belongs.

use crate::PlanReport;
use crate::finding::{Family, Finding, Severity};
use crate::i18n::Message;
use crate::model::{Area, Component, LinkKind, Plan};
use crate::rules::integration_act::{area_name, component_name};

/// One column of a grid: its stable key, the catalogue id of its heading
/// (`locales/*/views-checklist.ftl`), and the rules whose findings make its cells gaps.
#[derive(Debug)]
pub struct Column {
    pub key: &'static str,
    pub heading: &'static str,
    pub rules: &'static [&'static str],
}

/// §13's columns. No rule checks the languages of every component (IA007 asks only civic
/// orientation to be multilingual, and gets a row of its own among the duties); the column
/// then shows "not checked" rather than a ✓ nobody earned.
pub const PROGRAMME_COLUMNS: &[Column] = &[
    Column {
        key: "service",
        heading: "checklist-column-service",
        rules: &["IA001", "IA002", "IA005"],
    },
    Column {
        key: "responsible",
        heading: "checklist-column-responsible",
        rules: &["IA003"],
    },
    Column {
        key: "cooperation",
        heading: "checklist-column-cooperation",
        rules: &["IA004"],
    },
    Column {
        key: "languages",
        heading: "checklist-column-languages",
        rules: &[],
    },
];

/// §45's columns. The indicator column includes MLG009 (baseline and target), which is
/// guidance today: the reviewer asks for both.
pub const PLANNING_COLUMNS: &[Column] = &[
    Column {
        key: "objective",
        heading: "checklist-column-objective",
        rules: &["IA010"],
    },
    Column {
        key: "measure",
        heading: "checklist-column-measure",
        rules: &["IA011", "IA015"],
    },
    Column {
        key: "responsible",
        heading: "checklist-column-responsible",
        rules: &["IA012"],
    },
    Column {
        key: "cooperation",
        heading: "checklist-column-cooperation",
        rules: &["IA013", "IA008"],
    },
    Column {
        key: "indicator",
        heading: "checklist-column-indicator",
        rules: &["IA014", "MLG009"],
    },
];

/// The other statutory duties (and the guidance next to them), one row each: key, the
/// catalogue id of its label, rules.
pub const DUTIES: &[(&str, &str, &[&str])] = &[
    ("mainstreaming", "checklist-duty-mainstreaming", &["IA016"]),
    (
        "national_objectives",
        "checklist-duty-national_objectives",
        &["IA023", "IA033"],
    ),
    (
        "civic_orientation_languages",
        "checklist-duty-civic_orientation_languages",
        &["IA007"],
    ),
    (
        "situation_picture",
        "checklist-duty-situation_picture",
        &["IA030"],
    ),
    ("planning_mode", "checklist-duty-planning_mode", &["IA031"]),
    (
        "information_for_all",
        "checklist-duty-information_for_all",
        &["IA032"],
    ),
    (
        "wellbeing_services_county",
        "checklist-duty-wellbeing_services_county",
        &["IA017"],
    ),
    ("participation", "checklist-duty-participation", &["IA019"]),
    (
        "cooperation_group",
        "checklist-duty-cooperation_group",
        &["IA018"],
    ),
    (
        "good_relations_working_group",
        "checklist-duty-good_relations_working_group",
        &["IA020"],
    ),
    (
        "two_yearly_report",
        "checklist-duty-two_yearly_report",
        &["IA021", "IA022"],
    ),
    ("plan_period", "checklist-duty-plan_period", &["IA024"]),
    (
        "regional_authority",
        "checklist-duty-regional_authority",
        &["IA025", "IA034"],
    ),
];

/// Rules the checklist shows in another way (IA006: the programme kept separately).
const SHOWN_OTHERWISE: &[&str] = &["IA006"];

/// A finding as the checklist names it: enough to look it up in `check`'s output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingRef {
    pub rule: &'static str,
    pub severity: Severity,
    /// The finding's symbolic path (`measures[M3]`, `services`); empty for the whole plan.
    pub path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The rules covering the cell ran and found nothing.
    Ok,
    /// At least one finding of the covering rules is present.
    Gap,
    /// No rule covering the cell ran (none exists, switched off, skipped, or the plan could
    /// not be read): nothing is claimed.
    NotChecked,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub mark: Mark,
    pub findings: Vec<FindingRef>,
}

/// A row of a grid: a component or an area.
#[derive(Debug, Clone)]
pub struct Row {
    pub key: &'static str,
    pub label: Message,
    /// One per column, in the grid's column order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct Grid {
    pub columns: &'static [Column],
    pub rows: Vec<Row>,
}

/// The §13 part: checked in the plan, or kept in a document of its own.
#[derive(Debug, Clone)]
pub enum Programme {
    Checked(Grid),
    /// The plan lists no programme service and links to the programme (IA006).
    KeptSeparately {
        link: String,
        title: String,
    },
}

/// One other duty (or a rule the tables above do not map), as one cell.
#[derive(Debug, Clone)]
pub struct Duty {
    pub key: String,
    pub label: Message,
    /// The rules behind the row.
    pub rules: Vec<&'static str>,
    /// True when one of its rules is an error by default (a statutory duty); otherwise it is
    /// guidance shown beside the duties.
    pub statutory: bool,
    pub cell: Cell,
}

#[derive(Debug, Clone)]
pub struct Checklist {
    pub programme: Programme,
    pub planning: Grid,
    pub duties: Vec<Duty>,
}

impl Checklist {
    /// Every cell with its statutory flag (grid cells are statutory).
    pub fn cells(&self) -> impl Iterator<Item = (bool, &Cell)> {
        let programme: Vec<&Cell> = match &self.programme {
            Programme::Checked(g) => g.rows.iter().flat_map(|r| &r.cells).collect(),
            Programme::KeptSeparately { .. } => Vec::new(),
        };
        programme
            .into_iter()
            .chain(self.planning.rows.iter().flat_map(|r| &r.cells))
            .map(|c| (true, c))
            .chain(self.duties.iter().map(|d| (d.statutory, &d.cell)))
    }

    /// How many cells are gaps, and how many of those are statutory.
    pub fn gaps(&self) -> (usize, usize) {
        self.cells()
            .filter(|(_, c)| c.mark == Mark::Gap)
            .fold((0, 0), |(all, st), (statutory, _)| {
                (all + 1, st + usize::from(statutory))
            })
    }
}

/// Builds the checklist from one plan's check results (the model must not be released).
pub fn checklist(report: &PlanReport) -> Checklist {
    let plan = &report.plan;
    let ran = |rule: &str| rule_ran(report, rule);
    let mut programme_cells: Vec<Vec<Vec<FindingRef>>> =
        vec![vec![Vec::new(); PROGRAMME_COLUMNS.len()]; Component::ALL.len()];
    let mut planning_cells: Vec<Vec<Vec<FindingRef>>> =
        vec![vec![Vec::new(); PLANNING_COLUMNS.len()]; Area::STATUTORY.len()];
    let mut duties: Vec<Duty> = DUTIES
        .iter()
        .map(|(key, label, rules)| duty(key, Message::new(label), rules))
        .collect();
    // Every Integration Act rule shows somewhere: those no table maps get a row of their own.
    for rule in crate::rules::all() {
        if rule.family == Family::IntegrationAct
            && rule.check.is_some()
            && !mapped(rule.id)
            && !SHOWN_OTHERWISE.contains(&rule.id)
        {
            duties.push(duty(rule.id, Message::new(rule.id), &[rule.id]));
        }
    }

    // Section-level IA002 / IA010 findings are one per missing component / area, emitted in
    // catalogue order; when their count matches, the k-th belongs to the k-th missing one.
    let whole = |id: &str| {
        report
            .findings
            .iter()
            .filter(|f| f.rule.id == id && !is_item(path_of(f)))
            .count()
    };
    let missing_components = missing_components(plan);
    let missing_areas = missing_areas(plan);
    let pair_components = whole("IA002") == missing_components.len();
    let pair_areas = whole("IA010") == missing_areas.len();
    let (mut nth_component, mut nth_area) = (0, 0);

    for f in &report.findings {
        let r = FindingRef {
            rule: f.rule.id,
            severity: f.severity,
            path: f
                .location
                .as_ref()
                .map(|l| l.path.clone())
                .unwrap_or_default(),
        };
        let placed = if let Some(col) = column_of(PROGRAMME_COLUMNS, f.rule.id) {
            let rows = if f.rule.id == "IA002" && !is_item(path_of(f)) {
                nth_component += 1;
                paired(&missing_components, pair_components, nth_component - 1)
            } else {
                component_rows(plan, f)
            };
            for &row in &rows {
                programme_cells[row][col].push(r.clone());
            }
            !rows.is_empty()
        } else if let Some(col) = column_of(PLANNING_COLUMNS, f.rule.id) {
            let rows = if f.rule.id == "IA010" && !is_item(path_of(f)) {
                nth_area += 1;
                paired(&missing_areas, pair_areas, nth_area - 1)
            } else {
                area_rows(plan, f)
            };
            for &row in &rows {
                planning_cells[row][col].push(r.clone());
            }
            !rows.is_empty()
        } else if let Some(d) = duties.iter_mut().find(|d| d.rules.contains(&f.rule.id)) {
            d.cell.findings.push(r.clone());
            true
        } else {
            // Not a rule the checklist maps (other families), or IA006.
            true
        };
        if !placed {
            // A finding the grid cannot place (a service without a component, a measure
            // serving no objective) keeps a row of its rule, so no gap is lost.
            let rule = f.rule;
            match duties.iter_mut().find(|d| d.key == rule.id) {
                Some(d) => d.cell.findings.push(r),
                None => {
                    let mut d = duty(rule.id, Message::new(rule.id), &[rule.id]);
                    d.cell.findings.push(r);
                    duties.push(d);
                }
            }
        }
    }

    for d in &mut duties {
        d.cell.mark = mark(&d.cell.findings, &d.rules, &ran);
    }
    let grid = |columns: &'static [Column],
                cells: Vec<Vec<Vec<FindingRef>>>,
                labels: Vec<(&'static str, Message)>| Grid {
        columns,
        rows: cells
            .into_iter()
            .zip(labels)
            .map(|(row, (key, label))| Row {
                key,
                label,
                cells: row
                    .into_iter()
                    .zip(columns)
                    .map(|(findings, c)| Cell {
                        mark: mark(&findings, c.rules, &ran),
                        findings,
                    })
                    .collect(),
            })
            .collect(),
    };
    let component_labels: Vec<_> = Component::ALL
        .iter()
        .map(|c| (component_key(*c), component_name(*c)))
        .collect();
    let area_labels: Vec<_> = Area::STATUTORY
        .iter()
        .map(|a| (crate::i18n::Term::key(a), area_name(*a)))
        .collect();
    let programme = match kept_separately(plan) {
        Some((link, title)) => Programme::KeptSeparately { link, title },
        None => Programme::Checked(grid(PROGRAMME_COLUMNS, programme_cells, component_labels)),
    };
    Checklist {
        programme,
        planning: grid(PLANNING_COLUMNS, planning_cells, area_labels),
        duties,
    }
}

/// The stable key of a component (its spelling in the plan format).
pub fn component_key(c: Component) -> &'static str {
    match c {
        Component::NeedsAssessment => "needs_assessment",
        Component::IntegrationPlan => "integration_plan",
        Component::CivicOrientation => "civic_orientation",
        Component::IntegrationTraining => "integration_training",
        Component::SkillsAndEmployment => "skills_and_employment",
        Component::GuidanceAndCounselling => "guidance_and_counselling",
    }
}

fn duty(key: &str, label: Message, rules: &[&'static str]) -> Duty {
    Duty {
        key: key.to_owned(),
        label,
        rules: rules.to_vec(),
        statutory: rules
            .iter()
            .any(|id| crate::rules::find(id).is_some_and(|r| r.severity == Severity::Error)),
        cell: Cell {
            mark: Mark::NotChecked,
            findings: Vec::new(),
        },
    }
}

fn mapped(id: &str) -> bool {
    PROGRAMME_COLUMNS
        .iter()
        .chain(PLANNING_COLUMNS)
        .any(|c| c.rules.contains(&id))
        || DUTIES.iter().any(|(_, _, rules)| rules.contains(&id))
}

fn column_of(columns: &[Column], id: &str) -> Option<usize> {
    columns.iter().position(|c| c.rules.contains(&id))
}

/// A gap when a finding is present; otherwise ✓ only if every covering rule exists and ran.
fn mark(findings: &[FindingRef], rules: &[&str], ran: &impl Fn(&str) -> bool) -> Mark {
    if !findings.is_empty() {
        Mark::Gap
    } else if !rules.is_empty() && rules.iter().all(|r| ran(r)) {
        Mark::Ok
    } else {
        Mark::NotChecked
    }
}

/// Whether a rule exists in the catalogue and was run on this plan.
fn rule_ran(report: &PlanReport, id: &str) -> bool {
    report.content_checked()
        && crate::rules::find(id).is_some_and(|r| r.id == id && r.check.is_some())
        && !report.switched_off.contains(&id)
        && !report.skipped.iter().any(|s| s.rule.id == id)
}

/// The item a finding is about, when its path starts with `label` (`services[S1]`,
/// `services[S1].target_groups`).
fn about(path: &str, label: &str) -> bool {
    path.strip_prefix(label)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

fn path_of(f: &Finding) -> &str {
    f.location.as_ref().map_or("", |l| l.path.as_str())
}

/// The component rows a programme finding belongs to.
fn component_rows(plan: &Plan, f: &Finding) -> Vec<usize> {
    let path = path_of(f);
    if let Some(s) = plan.services.iter().find(|s| about(path, &s.loc.label)) {
        return s
            .component
            .and_then(|c| Component::ALL.iter().position(|x| *x == c))
            .into_iter()
            .collect();
    }
    if path.starts_with("services[") {
        return Vec::new();
    }
    // About the programme as a whole (IA001, a programme-wide IA004): every component.
    (0..Component::ALL.len()).collect()
}

/// Whether a path names an item (`measures[M3]`, `services[S1].target_groups`), not a
/// section or the whole plan.
fn is_item(path: &str) -> bool {
    path.split('.')
        .next()
        .is_some_and(|head| head.contains('['))
}

/// The rows of the components no programme service provides.
fn missing_components(plan: &Plan) -> Vec<usize> {
    (0..Component::ALL.len())
        .filter(|&i| {
            !plan
                .services
                .iter()
                .any(|s| s.in_programme() && s.component == Some(Component::ALL[i]))
        })
        .collect()
}

/// The rows of the statutory areas no objective serves.
fn missing_areas(plan: &Plan) -> Vec<usize> {
    (0..Area::STATUTORY.len())
        .filter(|&i| !plan.objectives.iter().any(|o| o.serves(Area::STATUTORY[i])))
        .collect()
}

/// The row of the `nth` section-level finding: its own missing row when the counts pair
/// up, else every missing row (a suppressed finding leaves no way to tell which is which).
fn paired(missing: &[usize], pair: bool, nth: usize) -> Vec<usize> {
    match (pair, missing.get(nth)) {
        (true, Some(&row)) => vec![row],
        _ => missing.to_vec(),
    }
}

/// The statutory areas a planning finding belongs to.
fn area_rows(plan: &Plan, f: &Finding) -> Vec<usize> {
    let path = path_of(f);
    let mut areas: Vec<Area> = Vec::new();
    if let Some(o) = plan.objectives.iter().find(|o| about(path, &o.loc.label)) {
        areas.extend(o.area.iter().copied());
    } else if let Some(m) = plan.measures.iter().find(|m| about(path, &m.loc.label)) {
        areas = areas_of(plan, |o| m.objectives.contains(&o.id));
    } else if let Some(i) = plan.indicators.iter().find(|i| about(path, &i.loc.label)) {
        areas = areas_of(plan, |o| o.indicators.contains(&i.id));
    } else if ["objectives[", "measures[", "indicators["]
        .iter()
        .any(|p| path.starts_with(p))
    {
        return Vec::new();
    } else {
        // About the plan as a whole: every area.
        areas = Area::STATUTORY.to_vec();
    }
    (0..Area::STATUTORY.len())
        .filter(|&i| areas.contains(&Area::STATUTORY[i]))
        .collect()
}

/// The areas of the objectives that `pick` selects.
fn areas_of(plan: &Plan, pick: impl Fn(&crate::model::Objective) -> bool) -> Vec<Area> {
    plan.objectives
        .iter()
        .filter(|o| pick(o))
        .flat_map(|o| o.area.iter().copied())
        .collect()
}

/// The programme's own document, when the plan lists no programme service (as IA006 decides).
fn kept_separately(plan: &Plan) -> Option<(String, String)> {
    if plan.services.iter().any(|s| s.in_programme()) {
        return None;
    }
    plan.links
        .iter()
        .find(|l| l.is(LinkKind::IntegrationProgramme))
        .map(|l| (l.id.clone(), l.title.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables name rules by id; a rule renamed or removed elsewhere must fail here rather
    /// than leave a column silently not checked.
    #[test]
    fn every_rule_the_tables_name_is_in_the_catalogue() {
        let named = PROGRAMME_COLUMNS
            .iter()
            .chain(PLANNING_COLUMNS)
            .flat_map(|c| c.rules.iter())
            .chain(DUTIES.iter().flat_map(|(_, _, rules)| rules.iter()))
            .chain(SHOWN_OTHERWISE);
        for id in named {
            assert!(
                crate::rules::all().any(|r| r.id == *id && r.check.is_some()),
                "{id} is not a checking rule of the catalogue"
            );
        }
    }

    #[test]
    fn no_rule_is_mapped_twice() {
        let mut seen = Vec::new();
        for c in PROGRAMME_COLUMNS.iter().chain(PLANNING_COLUMNS) {
            for id in c.rules {
                assert!(!seen.contains(id), "{id} twice");
                seen.push(id);
            }
        }
        for (_, _, rules) in DUTIES {
            for id in *rules {
                assert!(!seen.contains(id), "{id} twice");
                seen.push(id);
            }
        }
    }

    #[test]
    fn paths_name_items_or_sections() {
        assert!(about("services[S1]", "services[S1]"));
        assert!(about("services[S1].target_groups", "services[S1]"));
        assert!(!about("services[S10]", "services[S1]"));
        assert!(is_item("measures[M3]"));
        assert!(is_item("services[S1].target_groups"));
        assert!(!is_item("services"));
        assert!(!is_item("municipality.plan_period"));
        assert!(!is_item(""));
    }

    #[test]
    fn section_findings_pair_with_missing_rows_only_when_the_counts_match() {
        assert_eq!(paired(&[2, 5], true, 1), vec![5]);
        assert_eq!(paired(&[2, 5], false, 0), vec![2, 5]);
        assert_eq!(paired(&[2], true, 3), vec![2]);
    }
}
