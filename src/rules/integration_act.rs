//! Integration Act 681/2023: the integration programme (§13) and the municipality's duty to
//! plan, develop and monitor integration promotion (§45). Statutory duties are errors; what
//! the savings amendments (HE 192/2024) turned into options is a warning.

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::duty::{self, Row};
use crate::finding::{Location, Severity};
use crate::i18n::{Arg, Message, Term};
use crate::model::date::Date;
use crate::model::{
    ActorKind, Area, Component, Consultation, Kind, Link, LinkKind, MeasureKind, Plan,
    PopulationGroup, RegionalAuthorityKind, ReportContents, Sector, Service, StructureKind,
};
use crate::msg;

/// The CoE guide's Part I section that summarises the Act's programme and planning duties.
const COE_PLANNING: &str =
    "Part I, \"Integration programmes and strategic planning and monitoring of integration\"";

const PROGRAMME: &[Source] = &[
    src(SourceDoc::IntegrationAct, "13"),
    src(SourceDoc::CoeMlg, COE_PLANNING),
];

const PLANNING: &[Source] = &[
    src(SourceDoc::IntegrationAct, "45"),
    src(SourceDoc::CoeMlg, COE_PLANNING),
];

const REPORTING: &[Source] = &[src(SourceDoc::CoeMlg, COE_PLANNING)];

const COOPERATION_GROUP: &[Source] = &[
    src(
        SourceDoc::MinistryChecklist,
        "step 2, ensuring cooperation and consultation",
    ),
    src(
        SourceDoc::CoeMlg,
        "Part I, \"Setting up a cross-sectoral cooperation group\"",
    ),
];

pub static PROGRAMME_WITHOUT_SERVICES: Rule = Rule {
    info: &RuleInfo {
        id: "IA001",
        name: "programme-without-services",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: &["services", "links", "services.kind", "links.kind"],
    check: Some(|c: &mut Check<'_>| {
        if programme_services(c.plan).next().is_some() {
            return; // IA002 names each component's services.
        }
        if let Some(link) = separate_programme(c.plan) {
            for component in Component::ALL {
                c.not_judged_on(
                    Row::Component(component),
                    msg!("reason-programme-kept", title = &link.title),
                );
            }
            return;
        }
        let at = c.plan.section("services");
        c.report(msg!("ia001-no-services"), at)
            .on_rows(Component::ALL.map(Row::Component));
    }),
    serves: Some(&duty::PROGRAMME_SERVICE),
};

/// Not a duty of the checklist: the other programme rules show the components as not
/// judged, naming the programme's own document.
pub static PROGRAMME_KEPT_SEPARATELY: Rule = Rule {
    info: &RuleInfo {
        id: "IA006",
        name: "programme-kept-separately",
        family: Family::IntegrationAct,
        severity: Severity::Info,
        sources: PROGRAMME,
    },
    reads: &["services", "links", "links.kind", "links.title"],
    check: Some(|c: &mut Check<'_>| {
        if programme_services(c.plan).next().is_some() {
            return;
        }
        if let Some(link) = separate_programme(c.plan) {
            let at = c.plan.item(&link.loc);
            c.report(msg!("ia006-kept-separately", title = &link.title), Some(at));
        }
    }),
    serves: None,
};

pub static PROGRAMME_COMPONENT_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA002",
        name: "programme-component-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: &["services", "services.kind", "services.component"],
    check: Some(|c: &mut Check<'_>| {
        if programme_services(c.plan).next().is_none() {
            return; // IA001 (or IA006) covers a programme without services.
        }
        for s in programme_services(c.plan).filter(|s| s.component.is_none()) {
            let at = c.plan.item(&s.loc);
            c.report(
                msg!("ia002-no-component", service = item(&s.id, &s.name)),
                Some(at),
            )
            .on(Row::Unassigned);
        }
        for component in Component::ALL {
            let row = Row::Component(component);
            let mut provided = false;
            for s in programme_services(c.plan).filter(|s| s.component == Some(component)) {
                provided = true;
                c.met_on(
                    row,
                    c.plan.item(&s.loc),
                    named(Kind::Service, &s.id, &s.name),
                );
            }
            if !provided {
                let at = c.plan.section("services");
                c.report(
                    msg!("ia002-component-missing", component = component.name()),
                    at,
                )
                .on(row);
            }
        }
    }),
    serves: Some(&duty::PROGRAMME_SERVICE),
};

pub static SERVICE_WITHOUT_RESPONSIBLE: Rule = Rule {
    info: &RuleInfo {
        id: "IA003",
        name: "service-without-responsible",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: &[
            src(SourceDoc::IntegrationAct, "13"),
            src(
                SourceDoc::MinistryChecklist,
                "the ministry's integration pages (kotoutuminen.fi): who arranges the programme's services",
            ),
            src(SourceDoc::CoeMlg, COE_PLANNING),
        ],
    },
    reads: &[
        "actors",
        "actors.kind",
        "actors.sector",
        "services",
        "links",
        "services.kind",
        "services.component",
        "services.responsible",
        "services.cooperation",
        "services.target_groups",
        "links.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        let provider_only = |id: &String| {
            c.plan
                .actor(id)
                .is_some_and(|a| a.kind == ActorKind::Business || a.kind.is_civil_society())
        };
        let misplaced: Vec<_> = programme_services(c.plan)
            .filter(|s| s.responsible.as_ref().is_some_and(provider_only))
            .collect();
        if let Some(first) = misplaced.first() {
            let names: Vec<String> = misplaced
                .iter()
                .map(|s| {
                    let who = s
                        .responsible
                        .as_deref()
                        .and_then(|r| c.plan.actor(r))
                        .map_or("", |a| a.name.as_str());
                    format!("{} ({who})", item(&s.id, &s.name))
                })
                .collect();
            let at = c.plan.at(&first.loc, "responsible");
            let rows: Vec<Row> = misplaced.iter().map(|s| service_row(s)).collect();
            // Which services are listed, and which comes first, rests on every service.
            c.report(
                msg!(
                    "ia003-provider-responsible",
                    count = misplaced.len(),
                    services = names
                ),
                Some(at),
            )
            .on_rows(rows)
            .resting_on_all("services")
            .resting_on_all("actors");
        }
        let employment = |id: &String| is_employment_authority(c.plan, id);
        let for_jobseekers_only = |s: &Service| {
            !s.target_groups.is_empty()
                && s.target_groups
                    .iter()
                    .all(|g| *g == PopulationGroup::EmploymentServicesClients)
        };
        // A service only for jobseekers is the employment authority's to arrange.
        let for_jobseekers: Vec<_> = programme_services(c.plan)
            .filter(|s| for_jobseekers_only(s))
            .filter(|s| {
                s.responsible.as_ref().is_some_and(|r| {
                    c.plan.actor(r).is_some() && !employment(r) && !provider_only(r)
                })
            })
            .collect();
        if let Some(first) = for_jobseekers.first() {
            let names: Vec<String> = for_jobseekers
                .iter()
                .map(|s| item(&s.id, &s.name))
                .collect();
            let at = c.plan.at(&first.loc, "responsible");
            let rows: Vec<Row> = for_jobseekers.iter().map(|s| service_row(s)).collect();
            c.report(
                msg!(
                    "ia003-jobseekers",
                    count = for_jobseekers.len(),
                    services = names
                ),
                Some(at),
            )
            .on_rows(rows)
            .resting_on_all("services")
            .resting_on_all("actors");
        }
        let mut services = programme_services(c.plan).peekable();
        if services.peek().is_some()
            && !services.any(|s| {
                s.responsible.as_ref().is_some_and(employment)
                    || s.cooperation.iter().any(employment)
            })
        {
            let at = c.plan.section("services");
            c.report(msg!("ia003-no-employment-authority"), at)
                .on_rows(Component::ALL.map(Row::Component));
        }
        for s in &c.plan.services {
            if s.responsible.is_none() {
                let at = c.plan.item(&s.loc);
                c.report(
                    msg!("ia003-no-responsible", service = item(&s.id, &s.name)),
                    Some(at),
                )
                .on(service_row(s));
            }
        }
        // The evidence: each component's services with a responsible authority that may
        // arrange them.
        for component in Component::ALL {
            let row = Row::Component(component);
            if let Some(reason) = programme_unjudged(c.plan, component) {
                c.not_judged_on(row, reason);
                continue;
            }
            for s in programme_services(c.plan).filter(|s| s.component == Some(component)) {
                let Some(actor) = s.responsible.as_deref().and_then(|r| c.plan.actor(r)) else {
                    continue;
                };
                if provider_only(&actor.id) || (for_jobseekers_only(s) && !employment(&actor.id)) {
                    continue;
                }
                let label = detailed(
                    named(Kind::Service, &s.id, &s.name),
                    msg!("evidence-responsible", actor = &actor.name),
                );
                c.met_on(row, c.plan.at(&s.loc, "responsible"), label);
            }
        }
    }),
    serves: Some(&duty::PROGRAMME_RESPONSIBLE),
};

pub static PROGRAMME_WITHOUT_COOPERATION: Rule = Rule {
    info: &RuleInfo {
        id: "IA004",
        name: "programme-without-cooperation",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: &[
        "services",
        "links",
        "services.kind",
        "services.component",
        "services.responsible",
        "services.cooperation",
        "links.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        let others = |s: &Service| -> Vec<String> {
            s.cooperation
                .iter()
                .filter(|p| s.responsible.as_ref() != Some(*p))
                .cloned()
                .collect()
        };
        let total = programme_services(c.plan).count();
        let alone: Vec<_> = programme_services(c.plan)
            .filter(|s| others(s).is_empty())
            .collect();
        if let Some(first) = alone.first() {
            let names: Vec<String> = alone.iter().map(|s| item(&s.id, &s.name)).collect();
            let message = if alone.len() == 1 {
                msg!("ia004-one-alone", service = names.join(""))
            } else if alone.len() == total {
                msg!("ia004-all-alone", total = total, services = names)
            } else {
                msg!(
                    "ia004-some-alone",
                    count = alone.len(),
                    total = total,
                    services = names
                )
            };
            let at = c.plan.item(&first.loc);
            let rows: Vec<Row> = alone.iter().map(|s| service_row(s)).collect();
            c.report(message, Some(at))
                .on_rows(rows)
                .resting_on_all("services");
        }
        for component in Component::ALL {
            let row = Row::Component(component);
            if let Some(reason) = programme_unjudged(c.plan, component) {
                c.not_judged_on(row, reason);
                continue;
            }
            for s in programme_services(c.plan).filter(|s| s.component == Some(component)) {
                let partners = others(s);
                if partners.is_empty() {
                    continue;
                }
                let names: Vec<String> = partners.iter().map(|p| actor_name(c.plan, p)).collect();
                let label = detailed(
                    named(Kind::Service, &s.id, &s.name),
                    msg!("evidence-with", partners = names.join(", ")),
                );
                c.met_on(row, c.plan.at(&s.loc, "cooperation"), label);
            }
        }
    }),
    serves: Some(&duty::PROGRAMME_COOPERATION),
};

pub static CIVIC_ORIENTATION_LANGUAGES_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA007",
        name: "civic-orientation-languages-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: &[
        "services",
        "links",
        "services.kind",
        "services.component",
        "services.languages",
        "services.client_language",
        "services.language_count",
        "links.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        for component in Component::ALL {
            if component != Component::CivicOrientation {
                c.not_judged_on(
                    Row::Component(component),
                    msg!("reason-languages-civic-only"),
                );
            }
        }
        let row = Row::Component(Component::CivicOrientation);
        if let Some(reason) = programme_unjudged(c.plan, Component::CivicOrientation) {
            c.not_judged_on(row, reason);
            return;
        }
        let civic: Vec<_> = programme_services(c.plan)
            .filter(|s| s.component == Some(Component::CivicOrientation))
            .collect();
        // A number of languages ("in ten languages") says as much as a list of them.
        let multilingual = |s: &Service| {
            s.client_language || s.languages.len() >= 2 || s.language_count.is_some_and(|n| n >= 2)
        };
        for s in civic.iter().filter(|s| multilingual(s)) {
            let detail = if s.client_language {
                msg!("evidence-client-language")
            } else if s.languages.len() < 2
                && let Some(count) = s.language_count
            {
                msg!("evidence-language-count", count = count)
            } else {
                msg!("evidence-languages", languages = s.languages.join(", "))
            };
            let label = detailed(named(Kind::Service, &s.id, &s.name), detail);
            c.met_on(row, c.plan.item(&s.loc), label);
        }
        let monolingual: Vec<_> = civic.iter().filter(|s| !multilingual(s)).collect();
        let Some(first) = monolingual.first() else {
            return;
        };
        let names: Vec<Arg> = monolingual
            .iter()
            .map(|s| match s.languages.first() {
                Some(l) => msg!(
                    "ia007-only-language",
                    service = item(&s.id, &s.name),
                    language = l
                )
                .into(),
                None => item(&s.id, &s.name).into(),
            })
            .collect();
        let at = c.plan.item(&first.loc);
        c.report(
            msg!(
                "ia007-not-multilingual",
                services = Arg::List(names),
                count = monolingual.len()
            ),
            Some(at),
        )
        .on(row)
        .resting_on_all("services");
    }),
    serves: Some(&duty::PROGRAMME_LANGUAGES),
};

pub static NEEDS_ASSESSMENT_TARGET_GROUP_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA005",
        name: "needs-assessment-target-group-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: &[
            src(SourceDoc::IntegrationAct, "13"),
            src(SourceDoc::CoeMlg, "Part I, \"Broadening the target group\""),
        ],
    },
    reads: &[
        "services",
        "services.kind",
        "services.component",
        "services.target_groups",
    ],
    check: Some(|c: &mut Check<'_>| {
        let row = Row::Component(Component::NeedsAssessment);
        let assessments: Vec<_> = programme_services(c.plan)
            .filter(|s| s.component == Some(Component::NeedsAssessment))
            .collect();
        let Some(first) = assessments.first() else {
            return; // IA002 reports the missing component.
        };
        let missing: Vec<Message> = PopulationGroup::NEEDS_ASSESSMENT
            .iter()
            .copied()
            .filter(|&g| g != PopulationGroup::OthersInNeed)
            .filter(|g| !assessments.iter().any(|s| s.target_groups.contains(g)))
            .map(group_words)
            .collect();
        if missing.is_empty() {
            for s in &assessments {
                let label = detailed(
                    named(Kind::Service, &s.id, &s.name),
                    msg!("evidence-broadened-target-group"),
                );
                c.met_on(row, c.plan.at(&s.loc, "target_groups"), label);
            }
            return;
        }
        let at = c.plan.at(&first.loc, "target_groups");
        let count = missing.len();
        let groups = semicolons(missing);
        let message = if assessments.len() == 1 {
            msg!(
                "ia005-groups-missing-one",
                service = item(&first.id, &first.name),
                count = count,
                groups = groups
            )
        } else {
            msg!("ia005-groups-missing-any", count = count, groups = groups)
        };
        // No assessment covers the groups: an absence judged across every service.
        c.report(message, Some(at))
            .on(row)
            .resting_on_all("services");
    }),
    serves: Some(&duty::PROGRAMME_SERVICE),
};

pub static AREA_WITHOUT_OBJECTIVES: Rule = Rule {
    info: &RuleInfo {
        id: "IA010",
        name: "area-without-objectives",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &["objectives", "objectives.area"],
    check: Some(|c: &mut Check<'_>| {
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            let mut found = false;
            for o in c.plan.objectives.iter().filter(|o| o.serves(area)) {
                found = true;
                c.met_on(
                    row,
                    c.plan.item(&o.loc),
                    named(Kind::Objective, &o.id, &o.statement),
                );
            }
            if !found {
                let at = c.plan.section("objectives");
                c.report(
                    msg!("ia010-no-objective", area = area.name(), key = area.key()),
                    at,
                )
                .on(row);
            }
        }
    }),
    serves: Some(&duty::PLANNING_OBJECTIVE),
};

pub static OBJECTIVE_WITHOUT_MEASURES: Rule = Rule {
    info: &RuleInfo {
        id: "IA011",
        name: "objective-without-measures",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &[
        "objectives",
        "measures",
        "objectives.area",
        "measures.objectives",
        "objectives.theme",
    ],
    check: Some(|c: &mut Check<'_>| {
        let everywhere: Vec<_> = c
            .plan
            .measures
            .iter()
            .filter(|m| serves_every_area(c.plan, m))
            .collect();
        for m in &everywhere {
            let at = c.plan.at(&m.loc, "objectives");
            c.report(
                msg!("ia011-every-area", measure = item(&m.id, &m.title)),
                Some(at),
            )
            .on_rows(Area::STATUTORY.map(Row::Area));
        }
        for o in &c.plan.objectives {
            if c.plan.measures_for(&o.id).next().is_none() {
                let at = c.plan.item(&o.loc);
                c.report(
                    msg!(
                        "ia011-no-measure",
                        // The programme's own theme names the objective where it has one.
                        objective = match &o.theme {
                            Some(theme) => item(&o.id, theme),
                            None => o.id.clone(),
                        },
                        areas = objective_areas(o)
                    ),
                    Some(at),
                )
                .on_rows(objective_rows(o))
                .resting_on_all("measures");
            }
        }
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            if !c.plan.objectives.iter().any(|o| o.serves(area)) {
                c.not_judged_on(row, msg!("reason-no-objective"));
                continue;
            }
            for m in area_measures(c.plan, area) {
                c.met_on(
                    row,
                    c.plan.item(&m.loc),
                    named(Kind::Measure, &m.id, &m.title),
                );
            }
        }
    }),
    serves: Some(&duty::PLANNING_MEASURE),
};

pub static MEASURE_WITHOUT_OBJECTIVE: Rule = Rule {
    info: &RuleInfo {
        id: "IA015",
        name: "measure-without-objective",
        family: Family::IntegrationAct,
        severity: Severity::Info,
        sources: PLANNING,
    },
    reads: &["measures", "measures.objectives"],
    check: Some(|c: &mut Check<'_>| {
        let loose: Vec<_> = c
            .plan
            .measures
            .iter()
            .filter(|m| m.objectives.is_empty())
            .collect();
        let Some(first) = loose.first() else {
            match c.plan.section("measures") {
                Some(at) if !c.plan.measures.is_empty() => c.met(
                    at,
                    msg!("evidence-measures-serve", count = c.plan.measures.len()),
                ),
                _ => c.not_judged(msg!("reason-no-measures")),
            }
            return;
        };
        let at = c.plan.item(&first.loc);
        let names: Vec<String> = loose.iter().map(|m| item(&m.id, &m.title)).collect();
        c.report(
            msg!("ia015-no-objective", count = loose.len(), measures = names),
            Some(at),
        )
        .resting_on_all("measures");
    }),
    serves: Some(&duty::MEASURES_SERVE_OBJECTIVES),
};

pub static MEASURE_WITHOUT_RESPONSIBLE: Rule = Rule {
    info: &RuleInfo {
        id: "IA012",
        name: "measure-without-responsible",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &[
        "objectives",
        "measures",
        "objectives.area",
        "measures.objectives",
        "measures.responsible",
    ],
    check: Some(|c: &mut Check<'_>| {
        for m in &c.plan.measures {
            if m.responsible.is_none() {
                let at = c.plan.item(&m.loc);
                let rows = measure_rows(c.plan, m);
                c.report(
                    msg!("ia012-no-responsible", measure = item(&m.id, &m.title)),
                    Some(at),
                )
                .on_rows(rows);
            }
        }
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            if let Some(reason) = planning_unjudged(c.plan, area) {
                c.not_judged_on(row, reason);
                continue;
            }
            for m in area_measures(c.plan, area) {
                let Some(responsible) = &m.responsible else {
                    continue;
                };
                let label = detailed(
                    named(Kind::Measure, &m.id, &m.title),
                    msg!(
                        "evidence-responsible",
                        actor = actor_name(c.plan, responsible)
                    ),
                );
                c.met_on(row, c.plan.at(&m.loc, "responsible"), label);
            }
        }
    }),
    serves: Some(&duty::PLANNING_RESPONSIBLE),
};

pub static AREA_WITHOUT_COOPERATION: Rule = Rule {
    info: &RuleInfo {
        id: "IA013",
        name: "area-without-cooperation",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &[
        "objectives",
        "measures",
        "objectives.area",
        "measures.objectives",
        "measures.responsible",
        "measures.partners",
        "measures.described_partners",
    ],
    check: Some(|c: &mut Check<'_>| {
        // Areas lacking cooperation, grouped by the measures that serve them, so that one
        // measure claimed for several areas gives one finding, not one per area.
        let mut groups: Vec<(AreaCooperation, Vec<Area>)> = Vec::new();
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            if let Some(reason) = planning_unjudged(c.plan, area) {
                c.not_judged_on(row, reason);
                continue;
            }
            let Some(coop) = area_cooperation(c.plan, area) else {
                continue;
            };
            if coop.with_partners > 0 {
                for m in area_measures(c.plan, area) {
                    let partners: Vec<String> = m
                        .partners
                        .iter()
                        .filter(|p| m.responsible.as_ref() != Some(*p))
                        .map(|p| actor_name(c.plan, p))
                        .collect();
                    if partners.is_empty() {
                        continue;
                    }
                    let label = detailed(
                        named(Kind::Measure, &m.id, &m.title),
                        msg!("evidence-with", partners = partners.join(", ")),
                    );
                    c.met_on(row, c.plan.at(&m.loc, "partners"), label);
                }
                continue;
            }
            match groups.iter_mut().find(|g| g.0.measures == coop.measures) {
                Some(g) => g.1.push(area),
                None => groups.push((coop, vec![area])),
            }
        }
        for (coop, areas) in groups {
            let (at, measures, self_partnered) = (coop.at, coop.count, coop.self_partnered);
            let rows: Vec<Row> = areas.iter().map(|a| Row::Area(*a)).collect();
            let areas = semicolons(areas.into_iter().map(Area::name).collect());
            let message = if self_partnered {
                msg!("ia013-self-partner", count = measures, areas = areas)
            } else {
                msg!("ia013-no-partner", count = measures, areas = areas)
            };
            // An area's cooperation is judged across every measure and objective.
            c.report(message, Some(at))
                .on_rows(rows)
                .resting_on_all("measures")
                .resting_on_all("objectives");
        }
    }),
    serves: Some(&duty::PLANNING_COOPERATION),
};

pub static AREA_WITHOUT_OUTSIDE_PARTNER: Rule = Rule {
    info: &RuleInfo {
        id: "IA008",
        name: "area-without-outside-partner",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: PLANNING,
    },
    reads: &[
        "actors",
        "actors.kind",
        "objectives",
        "measures",
        "objectives.area",
        "measures.objectives",
        "measures.responsible",
        "measures.partners",
        "measures.described_partners",
    ],
    check: Some(|c: &mut Check<'_>| {
        let city = |id: &String| c.plan.actor(id).is_some_and(|a| a.kind.is_city());
        let mut areas: Vec<Message> = Vec::new();
        let mut at = None;
        let mut judged = false;
        for area in Area::STATUTORY {
            let Some(coop) = area_cooperation(c.plan, area) else {
                continue;
            };
            if coop.with_partners == 0 {
                continue; // IA013's finding
            }
            judged = true;
            let measures: Vec<_> = c
                .plan
                .measures
                .iter()
                .filter(|m| coop.measures.contains(&m.id))
                .collect();
            // An actor of the plan, or a partner described without an id ("local
            // associations"), that is not one of the city's own.
            let outside = measures.iter().find_map(|m| {
                m.responsible
                    .iter()
                    .chain(m.partners.iter())
                    .find(|p| !city(p))
                    .map(|p| (m, actor_name(c.plan, p)))
                    .or_else(|| {
                        m.described_partners
                            .iter()
                            .find(|p| !p.kind.is_city())
                            .map(|p| (m, p.text.clone()))
                    })
            });
            match outside {
                Some((m, partner)) => {
                    let label = detailed(
                        named(Kind::Measure, &m.id, &m.title),
                        msg!(
                            "evidence-outside-partner",
                            area = area.name(),
                            partner = partner
                        ),
                    );
                    c.met(c.plan.item(&m.loc), label);
                }
                None => {
                    if at.is_none() {
                        at = c
                            .plan
                            .objectives
                            .iter()
                            .find(|o| o.serves(area))
                            .map(|o| c.plan.item(&o.loc));
                    }
                    areas.push(area.name());
                }
            }
        }
        if areas.is_empty() {
            if !judged {
                // Every area is IA013's or has no objective: nothing here to judge.
                c.not_judged(msg!("reason-no-cooperation"));
            }
            return;
        }
        c.report(msg!("ia008-city-only", areas = semicolons(areas)), at)
            .resting_on_all("measures")
            .resting_on_all("objectives")
            .resting_on_all("actors");
    }),
    serves: Some(&duty::OUTSIDE_PARTNERS),
};

pub static OBJECTIVE_WITHOUT_INDICATORS: Rule = Rule {
    info: &RuleInfo {
        id: "IA014",
        name: "objective-without-indicators",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &[
        "objectives",
        "objectives.area",
        "objectives.indicators",
        "indicators",
        "indicators.baseline",
        "indicators.target",
    ],
    check: Some(|c: &mut Check<'_>| {
        let hollow = c.plan.hollow_indicators();
        for (id, objectives) in hollow {
            let Some(i) = c.plan.indicator(id) else {
                continue;
            };
            let missing = match (&i.baseline, &i.target) {
                (None, None) => "both",
                (None, Some(_)) => "baseline",
                _ => "target",
            };
            let at = c.plan.item(&i.loc);
            let mut rows: Vec<Row> = Vec::new();
            let mut resting: Vec<&crate::model::Loc> = Vec::new();
            for o in objectives.iter().filter_map(|o| c.plan.objective(o)) {
                resting.push(&o.loc);
                resting.extend(
                    o.indicators
                        .iter()
                        .filter_map(|x| c.plan.indicator(x))
                        .map(|x| &x.loc),
                );
                for row in objective_rows(o) {
                    if !rows.contains(&row) {
                        rows.push(row);
                    }
                }
            }
            let mut report = c
                .report(
                    msg!(
                        "ia014-hollow",
                        indicator = item(&i.id, &i.name),
                        missing = msg!("ia014-missing", what = missing),
                        count = objectives.len(),
                        objectives = objectives.join(", ")
                    ),
                    Some(at),
                )
                .on_rows(rows);
            for loc in resting {
                report = report.resting_on(loc);
            }
        }
        for o in &c.plan.objectives {
            if o.indicators.is_empty() {
                let at = c.plan.item(&o.loc);
                c.report(
                    msg!(
                        "ia014-no-indicator",
                        objective = &o.id,
                        areas = objective_areas(o)
                    ),
                    Some(at),
                )
                .on_rows(objective_rows(o));
            }
        }
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            if !c.plan.objectives.iter().any(|o| o.serves(area)) {
                c.not_judged_on(row, msg!("reason-no-objective"));
                continue;
            }
            let mut named_already: Vec<&str> = Vec::new();
            for o in c.plan.objectives.iter().filter(|o| o.serves(area)) {
                for i in o.indicators.iter().filter_map(|x| c.plan.indicator(x)) {
                    let (Some(baseline), Some(target)) = (&i.baseline, &i.target) else {
                        continue;
                    };
                    if named_already.contains(&i.id.as_str()) {
                        continue;
                    }
                    named_already.push(&i.id);
                    let label = detailed(
                        named(Kind::Indicator, &i.id, &i.name),
                        msg!(
                            "evidence-baseline-target",
                            baseline = number(baseline.value),
                            target = number(target.value)
                        ),
                    );
                    c.met_on(row, c.plan.item(&i.loc), label);
                }
            }
        }
    }),
    serves: Some(&duty::PLANNING_INDICATOR),
};

pub static STRATEGY_MAINSTREAMING_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA016",
        name: "strategy-mainstreaming-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &["links", "links.kind", "links.mainstreaming"],
    check: Some(|c: &mut Check<'_>| {
        let mut strategies = c
            .plan
            .links
            .iter()
            .filter(|l| l.is(LinkKind::MunicipalStrategy));
        let Some(first) = strategies.next() else {
            let at = c.plan.section("links");
            c.report(msg!("ia016-no-link"), at);
            return;
        };
        let says = |m: &Option<String>| m.as_deref().is_some_and(says_how_mainstreamed);
        let saying: Vec<_> = std::iter::once(first)
            .chain(strategies)
            .filter(|l| says(&l.mainstreaming))
            .collect();
        for l in &saying {
            let label = detailed(
                named(Kind::Link, &l.id, &l.title),
                msg!("evidence-mainstreaming"),
            );
            c.met(c.plan.at(&l.loc, "mainstreaming"), label);
        }
        if saying.is_empty() {
            let at = c.plan.at(&first.loc, "mainstreaming");
            let link = item(&first.id, &first.title);
            let message = match first.mainstreaming.as_deref().map(str::trim) {
                None | Some("") => msg!("ia016-unsaid", link = link),
                Some(t) if t.chars().count() < MAINSTREAMING_MIN_CHARS => msg!(
                    "ia016-too-short",
                    link = link,
                    length = t.chars().count(),
                    minimum = MAINSTREAMING_MIN_CHARS
                ),
                Some(_) => msg!("ia016-no-reference", link = link),
            };
            // Whether any strategy link says it rests on every link.
            c.report(message, Some(at)).resting_on_all("links");
        }
    }),
    serves: Some(&duty::MAINSTREAMING),
};

pub static WELLBEING_COUNTY_COOPERATION_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA017",
        name: "wellbeing-county-cooperation-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: &[
            src(SourceDoc::IntegrationAct, "45"),
            src(
                SourceDoc::MinistryChecklist,
                "step 2, ensuring cooperation and consultation",
            ),
            src(SourceDoc::CoeMlg, COE_PLANNING),
        ],
    },
    reads: &[
        "municipality",
        "actors",
        "services",
        "objectives",
        "measures",
        "structures",
        "links",
        "municipality.wellbeing_services_county",
        "actors.kind",
        "services.responsible",
        "services.cooperation",
        "objectives.area",
        "measures.sector",
        "measures.objectives",
        "measures.responsible",
        "measures.partners",
        "structures.kind",
        "structures.convener",
        "structures.members",
        "links.kind",
        "links.mainstreaming",
    ],
    check: Some(|c: &mut Check<'_>| {
        let shown = county_coordination(c.plan);
        if !shown.is_empty() {
            for (loc, label) in shown {
                c.met(c.plan.item(loc), label);
            }
            return;
        }
        let listed = c
            .plan
            .actors
            .iter()
            .find(|a| a.kind == ActorKind::WellbeingServicesCounty);
        let why = match listed {
            Some(a) if cooperates_with_county(c.plan) => {
                msg!("ia017-takes-part", county = &a.name)
            }
            Some(a) => msg!("ia017-absent", county = &a.name),
            None => match c
                .plan
                .municipality
                .as_ref()
                .and_then(|m| m.wellbeing_services_county.as_deref())
            {
                Some(name) => msg!("ia017-not-listed-named", county = name),
                None => msg!("ia017-not-listed"),
            },
        };
        let at = c.plan.whole();
        c.report(msg!("ia017-no-coordination", why = why), at);
    }),
    serves: Some(&duty::WELLBEING_SERVICES_COUNTY),
};

pub static COOPERATION_GROUP_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA018",
        name: "cooperation-group-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: COOPERATION_GROUP,
    },
    reads: &["structures", "structures.kind"],
    check: Some(|c: &mut Check<'_>| {
        let groups: Vec<_> = c
            .plan
            .structures
            .iter()
            .filter(|s| {
                matches!(
                    s.kind,
                    StructureKind::CooperationGroup | StructureKind::RegionalCooperationGroup
                )
            })
            .collect();
        for s in &groups {
            c.met(c.plan.item(&s.loc), named(Kind::Structure, &s.id, &s.name));
        }
        if groups.is_empty() {
            let at = c.plan.section("structures");
            c.report(msg!("ia018-no-group"), at);
        }
    }),
    serves: Some(&duty::COOPERATION_GROUP),
};

pub static PARTICIPATION_IN_PLANNING_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA019",
        name: "participation-in-planning-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(
                SourceDoc::MinistryChecklist,
                "step 2, ensuring cooperation and consultation",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part I, \"Setting up a cross-sectoral cooperation group\"",
            ),
            src(SourceDoc::Osce, "3.2, \"Guaranteed and early access\""),
        ],
    },
    reads: &[
        "municipality",
        "actors",
        "structures",
        "consultations",
        "municipality.approval",
        "municipality.plan_period",
        "structures.groups",
        "consultations.groups",
        "consultations.organisations",
        "consultations.needs",
        "actors.kind",
        "consultations.date",
    ],
    check: Some(|c: &mut Check<'_>| {
        let deadline = planning_deadline(c.plan);
        let heard: Vec<_> = c
            .plan
            .consultations
            .iter()
            .filter(|k| hears_immigrants_or_organisations(c.plan, k))
            .collect();
        let in_time: Vec<_> = heard
            .iter()
            .filter(|k| {
                deadline
                    .as_ref()
                    .is_none_or(|(d, _)| k.date.may_precede(*d))
            })
            .collect();
        let with_needs: Vec<_> = in_time.iter().filter(|k| !k.needs.is_empty()).collect();
        if !with_needs.is_empty() {
            for k in with_needs {
                let label = detailed(
                    named(Kind::Consultation, &k.id, &k.title),
                    msg!(
                        "evidence-heard",
                        date = k.date.to_string(),
                        needs = k.needs.len()
                    ),
                );
                c.met(c.plan.item(&k.loc), label);
            }
            return;
        }
        let dated =
            |k: &Consultation| msg!("item-dated", item = item(&k.id, &k.title), date = k.date);
        let (message, at) = if let Some(first) = in_time.first() {
            let listed: Vec<Message> = in_time.iter().map(|k| dated(k)).collect();
            (
                msg!("ia019-no-needs", consultations = listed),
                Some(c.plan.item(&first.loc)),
            )
        } else if let (Some(first), Some((date, approval))) = (heard.first(), &deadline) {
            let listed: Vec<Message> = heard.iter().map(|k| dated(k)).collect();
            let message = if *approval {
                msg!("ia019-after-approval", date = date, consultations = listed)
            } else {
                msg!(
                    "ia019-after-period-start",
                    date = date,
                    consultations = listed
                )
            };
            (message, Some(c.plan.item(&first.loc)))
        } else {
            let roster = c
                .plan
                .structures
                .iter()
                .find(|s| s.groups.iter().copied().any(PopulationGroup::is_immigrant));
            let message = match roster {
                Some(s) => msg!("ia019-none-roster", structure = item(&s.id, &s.name)),
                None => msg!("ia019-none"),
            };
            (message, c.plan.section("consultations"))
        };
        // Which consultations count, and which comes first, rests on every one of them.
        c.report(message, at).resting_on_all("consultations");
    }),
    serves: Some(&duty::PARTICIPATION),
};

pub static GOOD_RELATIONS_WORKING_GROUP_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA020",
        name: "good-relations-working-group-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::CoeMlg, "Part I, \"Promoting good relations\""),
            src(
                SourceDoc::MinistryChecklist,
                "step 2, ensuring cooperation and consultation",
            ),
        ],
    },
    reads: &["structures", "structures.kind", "structures.remit"],
    check: Some(|c: &mut Check<'_>| {
        let groups: Vec<_> = c
            .plan
            .structures
            .iter()
            .filter(|s| {
                s.kind == StructureKind::GoodRelationsWorkingGroup
                    || (s.kind == StructureKind::CooperationGroup
                        && s.remit.contains(&Area::GoodRelations))
            })
            .collect();
        for s in &groups {
            c.met(c.plan.item(&s.loc), named(Kind::Structure, &s.id, &s.name));
        }
        if groups.is_empty() {
            let at = c.plan.section("structures");
            c.report(msg!("ia020-no-group"), at);
        }
    }),
    serves: Some(&duty::GOOD_RELATIONS_WORKING_GROUP),
};

pub static REPORT_OVERDUE: Rule = Rule {
    info: &RuleInfo {
        id: "IA021",
        name: "report-overdue",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: REPORTING,
    },
    reads: &[
        "municipality",
        "reports",
        "municipality.plan_period",
        "reports.submitted",
        "reports.period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let grace = c.derived.settings().report_grace_months;
        let Some(m) = &c.plan.municipality else {
            c.not_judged(msg!("reason-no-plan-period"));
            return;
        };
        let Some(plan_period) = &m.plan_period else {
            c.not_judged(msg!("reason-no-plan-period")); // IA024 reports the missing period.
            return;
        };
        let periods = report_periods(plan_period, grace);
        let due: Vec<&ReportPeriod> = periods.iter().filter(|p| p.due < c.as_of).collect();
        if due.is_empty() {
            match periods.first() {
                Some(p) => c.not_judged(msg!("reason-report-not-due", due = p.due.to_string())),
                None => c.not_judged(msg!("reason-no-report-period")),
            }
        }
        let covering = |p: &ReportPeriod| {
            c.plan
                .reports
                .iter()
                .find(|r| r.submitted.is_some() && p.start <= r.period.end && r.period.end <= p.end)
        };
        for p in &due {
            if let Some(r) = covering(p) {
                let label = msg!(
                    "evidence-report-submitted",
                    report = &r.id,
                    start = p.start.to_string(),
                    end = p.end.to_string(),
                    submitted = r.submitted.map(|d| d.to_string()).unwrap_or_default()
                );
                c.met(c.plan.item(&r.loc), label);
            }
        }
        let overdue: Vec<Message> = due
            .into_iter()
            .filter(|p| covering(p).is_none())
            .map(|p| {
                msg!(
                    "ia021-period",
                    start = p.start,
                    end = p.end,
                    due = p.due.to_string()
                )
            })
            .collect();
        if overdue.is_empty() {
            return;
        }
        let at = match c.plan.sections.get("reports") {
            Some(loc) => Some(c.plan.item(loc)),
            None => Some(c.plan.at(&m.loc, "plan_period")),
        };
        c.report(
            msg!(
                "ia021-overdue",
                count = overdue.len(),
                authority = authority(c.plan),
                periods = overdue
            ),
            at,
        );
    }),
    serves: Some(&duty::TWO_YEARLY_REPORT),
};

pub static REPORT_CONTENTS_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA022",
        name: "report-contents-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: REPORTING,
    },
    reads: &[
        "municipality",
        "reports",
        "measures",
        "municipality.plan_period",
        "reports.contents",
        "reports.submitted",
        "measures.status",
        "measures.timetable",
        "reports.period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let grace = c.derived.settings().report_grace_months;
        let periods = c
            .plan
            .municipality
            .as_ref()
            .and_then(|m| m.plan_period.as_ref())
            .map(|p| report_periods(p, grace))
            .unwrap_or_default();
        for r in &c.plan.reports {
            if r.period.end < ACT_IN_FORCE {
                continue;
            }
            if r.submitted.is_none() {
                // A draft is judged only once its period's report is due.
                let due = periods
                    .iter()
                    .find(|p| p.start <= r.period.end && r.period.end <= p.end)
                    .map_or_else(|| r.period.end.add_months(grace), |p| p.due);
                if c.as_of <= due {
                    continue;
                }
            }
            let missing: Vec<Message> = report_contents(&r.contents)
                .into_iter()
                .filter(|(present, _)| !present)
                .map(|(_, what)| msg!("ia022-content", key = what))
                .collect();
            let mut problems: Vec<Message> = Vec::new();
            if !missing.is_empty() {
                problems.push(msg!("ia022-not-covered", contents = missing));
            }
            if let Some(text) = r.contents.measures_implemented.as_deref()
                && says_something(text)
            {
                problems.extend(measures_cross_check(c.plan, &r.period, text));
            }
            if problems.is_empty() {
                let label = msg!(
                    "evidence-report-contents",
                    report = &r.id,
                    start = r.period.start.to_string(),
                    end = r.period.end.to_string()
                );
                c.met(c.plan.at(&r.loc, "contents"), label);
                continue;
            }
            let at = c.plan.at(&r.loc, "contents");
            c.report(
                msg!(
                    "ia022-report",
                    report = &r.id,
                    start = r.period.start,
                    end = r.period.end,
                    problems = semicolons(problems)
                ),
                Some(at),
            );
        }
    }),
    serves: Some(&duty::TWO_YEARLY_REPORT),
};

pub static NATIONAL_OBJECTIVES_NOT_CONSIDERED: Rule = Rule {
    info: &RuleInfo {
        id: "IA023",
        name: "national-objectives-not-considered",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &[
        "objectives",
        "links",
        "links.kind",
        "objectives.national_objective",
    ],
    check: Some(|c: &mut Check<'_>| {
        let mut shown = false;
        for l in c.plan.links.iter().filter(|l| l.is(LinkKind::Valko)) {
            shown = true;
            c.met(c.plan.item(&l.loc), named(Kind::Link, &l.id, &l.title));
        }
        for o in c
            .plan
            .objectives
            .iter()
            .filter(|o| o.national_objective.is_some())
        {
            shown = true;
            let label = detailed(
                named(Kind::Objective, &o.id, &o.statement),
                msg!(
                    "evidence-national-objective",
                    objective = o.national_objective.as_deref().unwrap_or_default()
                ),
            );
            c.met(c.plan.at(&o.loc, "national_objective"), label);
        }
        if !shown {
            let at = c.plan.section("links");
            c.report(msg!("ia023-not-considered"), at);
        }
    }),
    serves: Some(&duty::NATIONAL_OBJECTIVES),
};

pub static PLAN_PERIOD_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA024",
        name: "plan-period-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::IntegrationAct, "45"),
            src(SourceDoc::Goodrel, "municipality.plan_period"),
        ],
    },
    reads: &["municipality", "municipality.plan_period"],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            c.not_judged(msg!("reason-no-municipality"));
            return;
        };
        match &m.plan_period {
            Some(p) => c.met(
                c.plan.at(&m.loc, "plan_period"),
                msg!(
                    "evidence-plan-period",
                    start = p.start.to_string(),
                    end = p.end.to_string()
                ),
            ),
            None => {
                let at = c.plan.item(&m.loc);
                c.report(msg!("ia024-no-period", municipality = &m.name), Some(at));
            }
        }
    }),
    serves: Some(&duty::PLAN_PERIOD),
};

pub static REGIONAL_AUTHORITY_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA025",
        name: "regional-authority-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::CoeMlg, COE_PLANNING),
            src(SourceDoc::Goodrel, "municipality.regional_authority"),
        ],
    },
    reads: &["municipality", "municipality.regional_authority"],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            c.not_judged(msg!("reason-no-municipality"));
            return;
        };
        match &m.regional_authority {
            Some(a) => c.met(
                c.plan.at(&m.loc, "regional_authority"),
                msg!("evidence-regional-authority", name = &a.name),
            ),
            None => {
                let at = c.plan.item(&m.loc);
                c.report(msg!("ia025-no-authority", municipality = &m.name), Some(at));
            }
        }
    }),
    serves: Some(&duty::REGIONAL_AUTHORITY),
};

pub static RULES: &[&Rule] = &[
    &PROGRAMME_WITHOUT_SERVICES,
    &PROGRAMME_COMPONENT_MISSING,
    &SERVICE_WITHOUT_RESPONSIBLE,
    &PROGRAMME_WITHOUT_COOPERATION,
    &NEEDS_ASSESSMENT_TARGET_GROUP_MISSING,
    &PROGRAMME_KEPT_SEPARATELY,
    &CIVIC_ORIENTATION_LANGUAGES_MISSING,
    &AREA_WITHOUT_OBJECTIVES,
    &OBJECTIVE_WITHOUT_MEASURES,
    &MEASURE_WITHOUT_OBJECTIVE,
    &MEASURE_WITHOUT_RESPONSIBLE,
    &AREA_WITHOUT_COOPERATION,
    &AREA_WITHOUT_OUTSIDE_PARTNER,
    &OBJECTIVE_WITHOUT_INDICATORS,
    &STRATEGY_MAINSTREAMING_MISSING,
    &WELLBEING_COUNTY_COOPERATION_MISSING,
    &COOPERATION_GROUP_MISSING,
    &PARTICIPATION_IN_PLANNING_MISSING,
    &GOOD_RELATIONS_WORKING_GROUP_MISSING,
    &REPORT_OVERDUE,
    &REPORT_CONTENTS_MISSING,
    &NATIONAL_OBJECTIVES_NOT_CONSIDERED,
    &PLAN_PERIOD_MISSING,
    &REGIONAL_AUTHORITY_MISSING,
    &SITUATION_PICTURE_INCOMPLETE,
    &PLANNING_MODE_UNSTATED,
    &BASIC_GUIDANCE_FOR_ALL_MISSING,
    &NATIONAL_EMPLOYMENT_OBJECTIVES_NOT_CONSIDERED,
    &ELY_CENTRE_REPLACED,
];

/// The services that are the programme's components (interpreting and reception support
/// the programme but are none of the six).
fn programme_services(plan: &Plan) -> impl Iterator<Item = &crate::model::Item<Service>> {
    plan.services.iter().filter(|s| s.in_programme())
}

/// The grid row of a service: its component, or the row of services without one.
fn service_row(s: &Service) -> Row {
    s.component.map_or(Row::Unassigned, Row::Component)
}

/// Why a programme column cannot be judged for a component: the programme kept in a
/// document of its own, no programme service at all (IA001), or none for this component
/// (IA002).
fn programme_unjudged(plan: &Plan, component: Component) -> Option<Message> {
    if programme_services(plan).next().is_none() {
        return Some(match separate_programme(plan) {
            Some(link) => msg!("reason-programme-kept", title = &link.title),
            None => msg!("reason-no-programme-service"),
        });
    }
    if !programme_services(plan).any(|s| s.component == Some(component)) {
        return Some(msg!("reason-no-component-service"));
    }
    None
}

/// The grid rows of an objective: its statutory areas, else the row of what no area claims.
fn objective_rows(o: &crate::model::Objective) -> Vec<Row> {
    let rows: Vec<Row> = Area::STATUTORY
        .into_iter()
        .filter(|a| o.serves(*a))
        .map(Row::Area)
        .collect();
    if rows.is_empty() {
        vec![Row::Unassigned]
    } else {
        rows
    }
}

/// The grid rows of a measure: the areas of the objectives it serves, else the row of what
/// no area claims.
fn measure_rows(plan: &Plan, m: &crate::model::Measure) -> Vec<Row> {
    let rows: Vec<Row> = Area::STATUTORY
        .into_iter()
        .filter(|a| {
            m.objectives
                .iter()
                .filter_map(|o| plan.objective(o))
                .any(|o| o.serves(*a))
        })
        .map(Row::Area)
        .collect();
    if rows.is_empty() {
        vec![Row::Unassigned]
    } else {
        rows
    }
}

/// Why a planning column after the objectives cannot be judged for an area: it has no
/// objective (IA010), or no measure serves its objectives (IA011).
fn planning_unjudged(plan: &Plan, area: Area) -> Option<Message> {
    if !plan.objectives.iter().any(|o| o.serves(area)) {
        return Some(msg!("reason-no-objective"));
    }
    if area_measures(plan, area).next().is_none() {
        return Some(msg!("reason-no-measure"));
    }
    None
}

/// The measures that serve an area's objectives.
fn area_measures(
    plan: &Plan,
    area: Area,
) -> impl Iterator<Item = &crate::model::Item<crate::model::Measure>> {
    plan.measures.iter().filter(move |m| {
        m.objectives
            .iter()
            .filter_map(|o| plan.objective(o))
            .any(|o| o.serves(area))
    })
}

/// A figure of the plan as it is written (no rounding, no trailing `.0`).
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// An item as evidence names it: its kind, id and name (`service S3 'Civic orientation'`),
/// the name on one line.
fn named(kind: Kind, id: &str, name: &str) -> Message {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    msg!("evidence-item", kind = kind.word(), id = id, name = name)
}

/// Evidence with what makes it count (`… : responsible Employment services`).
fn detailed(item: Message, detail: Message) -> (Message, Message) {
    (item, detail)
}

/// An actor's name as the plan writes it, else its id.
fn actor_name(plan: &Plan, id: &str) -> String {
    plan.actor(id)
        .map_or_else(|| id.to_owned(), |a| a.name.clone())
}

/// The link to the §13 programme when it is kept as its own document.
fn separate_programme(plan: &Plan) -> Option<&crate::model::Item<Link>> {
    plan.links
        .iter()
        .find(|l| l.is(LinkKind::IntegrationProgramme))
}

/// A needs-assessment target group in the words of the Act (`ia005-group`, selected on the
/// group's key; other groups read "a target group").
/// A group as the Act names it, and the value to type for it in `target_groups`.
fn group_words(group: PopulationGroup) -> Message {
    msg!(
        "ia005-group-typed",
        group = msg!("ia005-group", key = group.key()),
        written = group.written()
    )
}

/// An item of the plan as findings name it: its id and its name in quotes, as the plan
/// writes them (`M3 'Kielikahvila'`), so no language needs to inflect it.
fn item(id: &str, name: &str) -> String {
    format!("{id} '{name}'")
}

/// An objective's areas, joined with semicolons (an area's name may contain commas).
fn objective_areas(o: &crate::model::Objective) -> Arg {
    semicolons(o.area.iter().copied().map(Area::name).collect())
}

/// Items joined with semicolons: `a; b; c`.
fn semicolons(items: Vec<Message>) -> Arg {
    let mut items = items.into_iter().rev();
    let Some(last) = items.next() else {
        return Arg::Text(String::new());
    };
    items.fold(Arg::Message(last), |rest, first| {
        msg!("ia-semicolon", first = first, rest = rest).into()
    })
}

/// How one area's measures cooperate.
struct AreaCooperation {
    /// Where to report: the first measure that names only its own responsible party as a
    /// partner, else the area's first objective.
    at: Location,
    /// The ids of the measures serving the area's objectives.
    measures: Vec<String>,
    count: usize,
    /// How many of them name a partner other than their own responsible party.
    with_partners: usize,
    /// Whether some measure names its responsible party as its (only) partner.
    self_partnered: bool,
}

/// For one area: how its measures cooperate. `None` when the area has no objective.
/// A partner equal to the measure's responsible party is no cooperation.
fn area_cooperation(plan: &Plan, area: Area) -> Option<AreaCooperation> {
    let first = plan.objectives.iter().find(|o| o.serves(area))?;
    let objectives: Vec<&str> = plan
        .objectives
        .iter()
        .filter(|o| o.serves(area))
        .map(|o| o.id.as_str())
        .collect();
    let serving: Vec<_> = plan
        .measures
        .iter()
        .filter(|m| {
            m.objectives
                .iter()
                .any(|o| objectives.contains(&o.as_str()))
        })
        .collect();
    // Partners described without an id ("local associations and companies") count too.
    let others = |m: &crate::model::Item<crate::model::Measure>| {
        m.partners
            .iter()
            .filter(|p| m.responsible.as_ref() != Some(*p))
            .count()
            + m.described_partners.len()
    };
    let self_partnered_at = serving
        .iter()
        .find(|m| !m.partners.is_empty() && others(m) == 0);
    let at = match self_partnered_at {
        Some(m) => plan.at(&m.loc, "partners"),
        None => plan.item(&first.loc),
    };
    Some(AreaCooperation {
        at,
        measures: serving.iter().map(|m| m.id.clone()).collect(),
        count: serving.len(),
        with_partners: serving.iter().filter(|m| others(m) > 0).count(),
        self_partnered: self_partnered_at.is_some(),
    })
}

/// The shortest `mainstreaming` text of a strategy link that can say anything (a sentence).
const MAINSTREAMING_MIN_CHARS: usize = 60;

/// Words that point to a place in a strategy or a decision, in English, Finnish and Swedish.
const STRATEGY_REFERENCES: &[&str] = &[
    "goal",
    "section",
    "chapter",
    "decision",
    "priority",
    "objective",
    "§",
    "tavoite",
    "luku",
    "kohta",
    "päätös",
    "linjaus",
    "painopiste",
    "mål",
    "avsnitt",
    "kapitel",
    "beslut",
];

/// Whether a mainstreaming text meets the documented minimum: long enough to be a sentence,
/// and pointing to where in the strategy (a goal, section, decision, or a number) it is done.
fn says_how_mainstreamed(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() < MAINSTREAMING_MIN_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit())
        || STRATEGY_REFERENCES.iter().any(|w| lower.contains(w))
}

/// Whether an actor is the employment authority: an actor of that kind, or, since the 2025
/// employment-services reform made the employment area a municipal unit, the municipality's
/// own employment services (`kind: municipal_sector`, `sector: employment`).
fn is_employment_authority(plan: &Plan, id: &str) -> bool {
    plan.actor(id).is_some_and(|a| {
        a.kind == ActorKind::EmploymentAuthority
            || (a.kind == ActorKind::MunicipalSector && a.sector == Some(Sector::Employment))
    })
}

/// Whether a measure's objectives cover all five statutory planning areas.
fn serves_every_area(plan: &Plan, m: &crate::model::Item<crate::model::Measure>) -> bool {
    Area::STATUTORY.iter().all(|&area| {
        m.objectives
            .iter()
            .filter_map(|o| plan.objective(o))
            .any(|o| o.serves(area))
    })
}

/// The shortest note on coordination a link to the county's plan must carry.
const COORDINATION_NOTE_MIN_CHARS: usize = 40;

/// What shows coordination of planning with the wellbeing services county, as evidence: a
/// link to the county's plan whose note (`mainstreaming`) says how the planning is
/// coordinated, or the county both in the cooperation group and in a wellbeing or health
/// measure. Merely sitting on some structure is not coordination of planning; nothing shown
/// is an empty list.
fn county_coordination(plan: &Plan) -> Vec<(&crate::model::Loc, crate::duty::Shown)> {
    let noted: Vec<_> = plan
        .links
        .iter()
        .filter(|l| {
            l.is(LinkKind::WellbeingServicesCountyPlan)
                && l.mainstreaming
                    .as_deref()
                    .is_some_and(|t| t.trim().chars().count() >= COORDINATION_NOTE_MIN_CHARS)
        })
        .map(|l| {
            let label = detailed(
                named(Kind::Link, &l.id, &l.title),
                msg!("evidence-coordination-note"),
            );
            (&l.loc, label.into())
        })
        .collect();
    if !noted.is_empty() {
        return noted;
    }
    let county = |id: &String| plan.is_kind(id, ActorKind::WellbeingServicesCounty);
    let group = plan.structures.iter().find(|s| {
        matches!(
            s.kind,
            StructureKind::CooperationGroup | StructureKind::RegionalCooperationGroup
        ) && (s.convener.as_ref().is_some_and(county) || s.members.iter().any(county))
    });
    let measure = plan.measures.iter().find(|m| {
        let wellbeing = m.sector == Some(Sector::SocialAndHealth)
            || m.objectives
                .iter()
                .filter_map(|o| plan.objective(o))
                .any(|o| o.serves(Area::WellbeingHealthHousing));
        wellbeing && (m.responsible.as_ref().is_some_and(county) || m.partners.iter().any(county))
    });
    match (group, measure) {
        (Some(s), Some(m)) => vec![
            (
                &s.loc,
                detailed(
                    named(Kind::Structure, &s.id, &s.name),
                    msg!("evidence-county-in-group"),
                )
                .into(),
            ),
            (
                &m.loc,
                detailed(
                    named(Kind::Measure, &m.id, &m.title),
                    msg!("evidence-county-in-measure"),
                )
                .into(),
            ),
        ],
        _ => Vec::new(),
    }
}

/// Whether an actor of kind `wellbeing_services_county` takes part anywhere in the plan.
fn cooperates_with_county(plan: &Plan) -> bool {
    let county = |id: &String| plan.is_kind(id, ActorKind::WellbeingServicesCounty);
    let any = |ids: &[String]| ids.iter().any(county);
    plan.measures
        .iter()
        .any(|m| m.responsible.as_ref().is_some_and(county) || any(&m.partners))
        || plan
            .services
            .iter()
            .any(|s| s.responsible.as_ref().is_some_and(county) || any(&s.cooperation))
        || plan
            .structures
            .iter()
            .any(|s| s.convener.as_ref().is_some_and(county) || any(&s.members))
}

/// Whether a consultation hears an immigrant group or a civil-society organisation.
fn hears_immigrants_or_organisations(plan: &Plan, k: &Consultation) -> bool {
    k.groups.iter().copied().any(PopulationGroup::is_immigrant)
        || k.organisations
            .iter()
            .any(|id| plan.actor(id).is_some_and(|a| a.kind.is_civil_society()))
}

/// The date participation must come before, and whether it is the approval (`true`) or,
/// without one, the start of the plan period (`false`); `None` when the plan gives neither.
fn planning_deadline(plan: &Plan) -> Option<(crate::model::date::Date, bool)> {
    let m = plan.municipality.as_ref()?;
    m.approval
        .as_ref()
        .map(|a| (a.date, true))
        .or_else(|| m.plan_period.as_ref().map(|p| (p.start, false)))
}

/// The authority that receives the reports, as the plan names it.
fn authority(plan: &Plan) -> Arg {
    plan.municipality
        .as_ref()
        .and_then(|m| m.regional_authority.as_ref())
        .map_or_else(
            || msg!("ia021-default-authority").into(),
            |a| crate::model::authorities::authority_name(&a.name),
        )
}

/// The day the Integration Act 681/2023 came into force: report periods that ended before
/// it are not judged.
const ACT_IN_FORCE: crate::model::date::Date = crate::model::date::Date {
    year: 2025,
    month: 1,
    day: 1,
};

/// One two-year reporting period and the day its report is due.
struct ReportPeriod {
    start: crate::model::date::Date,
    end: crate::model::date::Date,
    due: crate::model::date::Date,
}

/// The two-year periods counted from the plan's start, the last one ending with the plan
/// period, without those that ended before the Act came into force.
fn report_periods(plan: &crate::model::Period, grace_months: u32) -> Vec<ReportPeriod> {
    let mut periods = Vec::new();
    let mut start = plan.start;
    // Bounded: a plan period of more than 100 years is not a plan.
    for _ in 0..50 {
        if start > plan.end {
            break;
        }
        let next = start.add_years(2);
        let end = next.pred().min(plan.end);
        if end >= ACT_IN_FORCE {
            periods.push(ReportPeriod {
                start,
                end,
                due: end.add_months(grace_months),
            });
        }
        start = next;
    }
    periods
}

/// Whether a free text says something: at least three words and 20 letters or digits.
fn says_something(text: &str) -> bool {
    text.split_whitespace().count() >= 3
        && text.chars().filter(|c| c.is_alphanumeric()).count() >= 20
}

/// What is wrong with a report's account of the measures implemented, read against the
/// measures' status: no measure done or ongoing in the period named, or a measure named
/// that was never carried out.
fn measures_cross_check(plan: &Plan, period: &crate::model::Period, text: &str) -> Vec<Message> {
    use crate::model::Status;
    let lower = text.to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
        .collect();
    let named = |id: &str, title: &str| {
        words.iter().any(|w| w.eq_ignore_ascii_case(id))
            || (title.chars().count() >= 4 && lower.contains(&title.to_lowercase()))
    };
    let overlaps = |m: &crate::model::Measure| {
        m.timetable.as_ref().is_none_or(|t| {
            t.start.is_none_or(|s| s <= period.end) && t.end.is_none_or(|e| e >= period.start)
        })
    };
    let mut problems = Vec::new();
    let carried: Vec<_> = plan
        .measures
        .iter()
        .filter(|m| matches!(m.status, Some(Status::Done | Status::Ongoing)) && overlaps(m))
        .collect();
    if !carried.is_empty() && !carried.iter().any(|m| named(&m.id, &m.title)) {
        let list: Vec<String> = carried.iter().map(|m| item(&m.id, &m.title)).collect();
        problems.push(msg!("ia022-none-named", measures = list));
    }
    let not_done: Vec<Message> = plan
        .measures
        .iter()
        .filter(|m| named(&m.id, &m.title))
        .filter_map(|m| match m.status {
            Some(status @ (Status::Planned | Status::Dropped)) => Some(msg!(
                "ia022-measure-status",
                measure = item(&m.id, &m.title),
                status = status.term()
            )),
            _ => None,
        })
        .collect();
    if !not_done.is_empty() {
        problems.push(msg!("ia022-not-done-named", measures = not_done));
    }
    problems
}

/// The five contents of a report: whether each is written, and its key (`ia022-content`).
fn report_contents(contents: &ReportContents) -> [(bool, &'static str); 5] {
    let written = |t: &Option<String>| t.as_deref().is_some_and(says_something);
    [
        (
            written(&contents.objectives_achieved),
            "objectives_achieved",
        ),
        (
            written(&contents.measures_implemented),
            "measures_implemented",
        ),
        (written(&contents.equal_access), "equal_access"),
        (
            written(&contents.financial_resources),
            "financial_resources",
        ),
        (written(&contents.effectiveness), "effectiveness"),
    ]
}

// ---------------------------------------------------------------------------------------
// The ministry's planning checklist for municipal integration promotion (TEM,
// kotoutuminen.fi): what the checklist asks a municipality to settle before and while it
// plans, beyond the §13/§45 minimum contents. The checklist is advice on how to meet the Act,
// so these are warnings or info; the ids start at IA030 to leave room below for statutory
// rules.
const CHECKLIST_START: Source = src(
    SourceDoc::MinistryChecklist,
    "step 1, organising the planning",
);

const CHECKLIST_SITUATION: Source = src(
    SourceDoc::MinistryChecklist,
    "step 3, the picture of the local immigration situation",
);

const COE_PLANNING_SOURCE: Source = src(SourceDoc::CoeMlg, COE_PLANNING);

pub static SITUATION_PICTURE_INCOMPLETE: Rule = Rule {
    info: &RuleInfo {
        id: "IA030",
        name: "situation-picture-incomplete",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[CHECKLIST_SITUATION, COE_PLANNING_SOURCE],
    },
    reads: &[
        "municipality",
        "municipality.situation",
        "municipality.plan_period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            c.not_judged(msg!("reason-no-municipality"));
            return;
        };
        let Some(s) = &m.situation else {
            let at = c.plan.item(&m.loc);
            c.report(msg!("ia030-no-situation", municipality = &m.name), Some(at));
            return;
        };
        let gap = |key: &str| msg!("ia030-gap", key = key);
        let mut gaps: Vec<Message> = Vec::new();
        match (s.year, m.plan_period.as_ref()) {
            (None, _) => gaps.push(gap("year")),
            (Some(year), Some(period)) if year < period.start.year - 2 => gaps.push(msg!(
                "ia030-outdated",
                year = year.to_string(),
                start = period.start.year.to_string()
            )),
            _ => {}
        }
        let has = |t: &Option<String>| t.as_deref().is_some_and(|t| !t.trim().is_empty());
        if !has(&s.source) && s.sources.is_empty() {
            gaps.push(gap("source"));
        }
        // A share of the residents ("4.6 %") says as much as their number.
        if s.foreign_language_residents.is_none() && s.foreign_language_share_percent.is_none() {
            gaps.push(gap("residents"));
        }
        if s.reasons.is_empty() && s.by_reason.is_empty() {
            gaps.push(gap("reasons"));
        }
        if s.ages.is_empty() {
            gaps.push(gap("ages"));
        }
        if s.languages.is_empty() {
            gaps.push(gap("languages"));
        }
        if s.employment.as_ref().is_none_or(|e| {
            e.employment_rate_percent.is_none()
                && e.unemployment_rate_percent.is_none()
                && e.unemployed_jobseekers.is_none()
        }) {
            gaps.push(gap("employment"));
        }
        let at = c.plan.at(&m.loc, "situation");
        if gaps.is_empty() {
            let label = msg!(
                "evidence-situation",
                year = s.year.map(|y| y.to_string()).unwrap_or_default()
            );
            c.met(at, label);
            return;
        }
        c.report(msg!("ia030-lacks", gaps = gaps), Some(at));
    }),
    serves: Some(&duty::SITUATION_PICTURE),
};

pub static PLANNING_MODE_UNSTATED: Rule = Rule {
    info: &RuleInfo {
        id: "IA031",
        name: "planning-mode-unstated",
        family: Family::IntegrationAct,
        severity: Severity::Info,
        sources: &[CHECKLIST_START, COE_PLANNING_SOURCE],
    },
    reads: &["municipality", "municipality.planning"],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            c.not_judged(msg!("reason-no-municipality"));
            return;
        };
        match &m.planning {
            Some(p) => c.met(
                c.plan.at(&m.loc, "planning"),
                msg!("evidence-planning-mode", mode = p.mode.term()),
            ),
            None => {
                let at = c.plan.item(&m.loc);
                c.report(msg!("ia031-unstated", municipality = &m.name), Some(at));
            }
        }
    }),
    serves: Some(&duty::PLANNING_MODE),
};

pub static BASIC_GUIDANCE_FOR_ALL_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA032",
        name: "basic-guidance-for-all-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::CoeMlg, "Part I, \"Broadening the target group\""),
            src(
                SourceDoc::MinistryChecklist,
                "basic information and guidance for all immigrants",
            ),
        ],
    },
    reads: &["measures", "measures.kind", "measures.target_groups"],
    check: Some(|c: &mut Check<'_>| {
        let guidance: Vec<_> = c
            .plan
            .measures
            .iter()
            .filter(|m| {
                matches!(
                    m.kind,
                    Some(MeasureKind::Information | MeasureKind::Guidance)
                )
            })
            .collect();
        let open_to_all = |groups: &[PopulationGroup]| {
            groups.is_empty()
                || groups.iter().any(|g| {
                    matches!(
                        g,
                        PopulationGroup::Immigrants | PopulationGroup::AllResidents
                    )
                })
        };
        let open: Vec<_> = guidance
            .iter()
            .filter(|m| open_to_all(&m.target_groups))
            .collect();
        if !open.is_empty() {
            for m in open {
                c.met(c.plan.item(&m.loc), named(Kind::Measure, &m.id, &m.title));
            }
            return;
        }
        match guidance.first() {
            Some(first) => {
                let listed: Vec<String> = guidance
                    .iter()
                    .map(|m| format!("{} '{}'", m.id, m.title))
                    .collect();
                let at = c.plan.at(&first.loc, "target_groups");
                c.report(msg!("ia032-some-groups", measures = listed), Some(at));
            }
            None => {
                let at = c.plan.section("measures");
                c.report(msg!("ia032-none"), at);
            }
        }
    }),
    serves: Some(&duty::INFORMATION_FOR_ALL),
};

/// Word stems that show an objective concerns the municipality's vitality (elinvoima).
const VITALITY_STEMS: &[&str] = &["vitality", "elinvoim", "livskraft", "elinkeino", "näring"];

pub static NATIONAL_EMPLOYMENT_OBJECTIVES_NOT_CONSIDERED: Rule = Rule {
    info: &RuleInfo {
        id: "IA033",
        name: "national-employment-objectives-not-considered",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::IntegrationAct, "45"),
            COE_PLANNING_SOURCE,
            CHECKLIST_START,
        ],
    },
    reads: &[
        "objectives",
        "measures",
        "objectives.national_objective",
        "measures.sector",
        "objectives.area",
        "objectives.statement",
    ],
    check: Some(|c: &mut Check<'_>| {
        let employment = c
            .plan
            .objectives
            .iter()
            .find(|o| o.serves(Area::EmploymentAndEducation) && o.national_objective.is_some());
        let vitality_objective = c.plan.objectives.iter().find(|o| {
            let text = format!(
                "{} {}",
                o.statement,
                o.national_objective.as_deref().unwrap_or("")
            )
            .to_lowercase();
            VITALITY_STEMS.iter().any(|s| text.contains(s))
        });
        let vitality: Option<(&crate::model::Loc, Message)> = match vitality_objective {
            Some(o) => Some((&o.loc, named(Kind::Objective, &o.id, &o.statement))),
            None => c
                .plan
                .measures
                .iter()
                .find(|m| m.sector == Some(Sector::BusinessServices))
                .map(|m| (&m.loc, named(Kind::Measure, &m.id, &m.title))),
        };
        let missing = match (employment, vitality) {
            (Some(o), Some((loc, label))) => {
                let objective = detailed(
                    named(Kind::Objective, &o.id, &o.statement),
                    msg!(
                        "evidence-national-objective",
                        objective = o.national_objective.as_deref().unwrap_or_default()
                    ),
                );
                c.met(c.plan.at(&o.loc, "national_objective"), objective);
                c.met(c.plan.item(loc), detailed(label, msg!("evidence-vitality")));
                return;
            }
            (None, Some(_)) => "employment",
            (Some(_), None) => "vitality",
            (None, None) => "both",
        };
        let at = c.plan.section("objectives");
        c.report(msg!("ia033-not-considered", missing = missing), at);
    }),
    serves: Some(&duty::NATIONAL_EMPLOYMENT_OBJECTIVES),
};

/// The day the ELY Centres' integration tasks moved to the regional vitality centres.
const VITALITY_CENTRES_FROM: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

/// Wellbeing services county or region (as a lower-case stem of its Finnish or Swedish name)
/// → the vitality centre (elinvoimakeskus) that serves it from 1 January 2026. Built from the
/// public description of the 2026 reform of the regional state administration (the ten centres
/// and the regions each covers). Regions whose centre goodrel is not sure of (Kanta-Häme,
/// Päijät-Häme, Keski-Pohjanmaa, Åland) are left out on purpose: no name is better than a
/// wrong one. Compound names come before the stems they contain ("etelä-pohjanm" before
/// "pohjanm").
const VITALITY_CENTRES: &[(&str, &str)] = &[
    ("itä-uusimaa", "Uudenmaan elinvoimakeskus"),
    ("itä-uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("länsi-uusimaa", "Uudenmaan elinvoimakeskus"),
    ("länsi-uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("keski-uusimaa", "Uudenmaan elinvoimakeskus"),
    ("keski-uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("vantaa", "Uudenmaan elinvoimakeskus"),
    ("helsin", "Uudenmaan elinvoimakeskus"),
    ("uusimaa", "Uudenmaan elinvoimakeskus"),
    ("uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("nyland", "Uudenmaan elinvoimakeskus"),
    ("varsinais-suom", "Lounais-Suomen elinvoimakeskus"),
    ("egentliga finland", "Lounais-Suomen elinvoimakeskus"),
    ("satakun", "Lounais-Suomen elinvoimakeskus"),
    ("kymenlaak", "Kaakkois-Suomen elinvoimakeskus"),
    ("etelä-karjal", "Kaakkois-Suomen elinvoimakeskus"),
    ("pirkanm", "Sisä-Suomen elinvoimakeskus"),
    ("keski-suom", "Keski-Suomen elinvoimakeskus"),
    ("mellersta finland", "Keski-Suomen elinvoimakeskus"),
    ("etelä-savo", "Itä-Suomen elinvoimakeskus"),
    ("pohjois-savo", "Itä-Suomen elinvoimakeskus"),
    ("pohjois-karjal", "Itä-Suomen elinvoimakeskus"),
    ("etelä-pohjanm", "Etelä-Pohjanmaan elinvoimakeskus"),
    ("södra österbotten", "Etelä-Pohjanmaan elinvoimakeskus"),
    ("pohjois-pohjanm", "Pohjois-Suomen elinvoimakeskus"),
    ("norra österbotten", "Pohjois-Suomen elinvoimakeskus"),
    ("kainuu", "Pohjois-Suomen elinvoimakeskus"),
    ("kainuun", "Pohjois-Suomen elinvoimakeskus"),
    ("lappi", "Lapin elinvoimakeskus"),
    ("lapin", "Lapin elinvoimakeskus"),
    ("lappland", "Lapin elinvoimakeskus"),
];

/// The vitality centre for a county or region name, when goodrel is sure of it.
fn vitality_centre_for(county: &str) -> Option<&'static str> {
    let lower = county.to_lowercase();
    if lower.contains("keski-pohjanm") || lower.contains("mellersta österbotten") {
        return None; // not sure: see VITALITY_CENTRES.
    }
    VITALITY_CENTRES
        .iter()
        .find(|(stem, _)| lower.contains(stem))
        .map(|(_, centre)| *centre)
        .or_else(|| {
            (lower.contains("pohjanmaa")
                || lower.contains("pohjanmaan")
                || lower.contains("österbotten"))
            .then_some("Pohjanmaan elinvoimakeskus")
        })
}

pub static ELY_CENTRE_REPLACED: Rule = Rule {
    info: &RuleInfo {
        id: "IA034",
        name: "ely-centre-replaced",
        family: Family::IntegrationAct,
        severity: Severity::Info,
        sources: &[
            src(
                SourceDoc::MinistryChecklist,
                "the regional vitality centres from 1 January 2026",
            ),
            src(SourceDoc::Goodrel, "municipality.regional_authority"),
        ],
    },
    reads: &[
        "municipality",
        "actors",
        "municipality.regional_authority",
        "municipality.wellbeing_services_county",
    ],
    check: Some(|c: &mut Check<'_>| {
        if c.as_of < VITALITY_CENTRES_FROM {
            return;
        }
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let authority = m
            .regional_authority
            .as_ref()
            .filter(|a| a.kind == RegionalAuthorityKind::ElyCentre);
        let actor = c
            .plan
            .actors
            .iter()
            .find(|a| a.kind == ActorKind::ElyCentre);
        let (name, at) = match (authority, actor) {
            (Some(a), _) => (a.name.clone(), c.plan.at(&m.loc, "regional_authority")),
            (None, Some(a)) => (a.name.clone(), c.plan.item(&a.loc)),
            (None, None) => return,
        };
        let centre = m
            .wellbeing_services_county
            .as_deref()
            .and_then(|county| vitality_centre_for(county).map(|centre| (county, centre)));
        let instead = match centre {
            // The centre by its name in the reader's language.
            Some((county, centre)) => msg!(
                "ia034-centre",
                county = county,
                centre = crate::model::authorities::authority_name(centre)
            ),
            None => msg!("ia034-name-centre"),
        };
        // Where it is reported, at the authority or at the actor, rests on the municipality.
        c.report(
            msg!(
                "ia034-ely-centre",
                name = crate::model::authorities::authority_name(&name),
                instead = instead
            ),
            Some(at),
        )
        .resting_on(&m.loc);
    }),
    serves: Some(&duty::REGIONAL_AUTHORITY),
};

#[cfg(test)]
mod checklist_tests {
    use super::vitality_centre_for;

    #[test]
    fn counties_map_to_their_vitality_centre_or_to_none() {
        assert_eq!(
            vitality_centre_for("Pohjois-Pohjanmaan hyvinvointialue"),
            Some("Pohjois-Suomen elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Etelä-Pohjanmaan hyvinvointialue"),
            Some("Etelä-Pohjanmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Pohjanmaan hyvinvointialue / Välfärdsområde Österbotten"),
            Some("Pohjanmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Itä-Uudenmaan hyvinvointialue"),
            Some("Uudenmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Helsingin kaupunki"),
            Some("Uudenmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Keski-Pohjanmaan hyvinvointialue"),
            None
        );
        assert_eq!(vitality_centre_for("Päijät-Hämeen hyvinvointialue"), None);
        assert_eq!(vitality_centre_for("Harjumaan hyvinvointialue"), None);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::date::Date;
    use crate::{CheckOptions, check_dir};

    /// Runs the pipeline on one YAML plan and returns `rule`'s findings as (line, message).
    fn run(name: &str, yaml: &str, as_of: &str, rule: &str) -> Vec<(usize, String)> {
        let dir = std::env::temp_dir().join(format!("goodrel-ia-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plan.yaml"), yaml).unwrap();
        let options = CheckOptions {
            as_of: Date::parse(as_of).unwrap(),
            ..CheckOptions::default()
        };
        let report = check_dir(&dir, &options).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        report
            .findings
            .iter()
            .filter(|f| f.rule.id == rule)
            .map(|f| {
                let line = f.location.as_ref().map_or(0, |l| l.span.start.line);
                (line, f.message.to_string())
            })
            .collect()
    }

    /// Every finding's rule id and message on one YAML plan.
    fn all(name: &str, yaml: &str) -> Vec<(&'static str, String)> {
        let dir = std::env::temp_dir().join(format!("goodrel-ia-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plan.yaml"), yaml).unwrap();
        let options = CheckOptions {
            as_of: Date::parse("2026-01-01").unwrap(),
            ..CheckOptions::default()
        };
        let report = check_dir(&dir, &options).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        report
            .findings
            .iter()
            .map(|f| (f.rule.id, f.message.to_string()))
            .collect()
    }

    const PROGRAMME_RULES: [&str; 5] = ["IA001", "IA002", "IA003", "IA004", "IA005"];

    /// Findings of one rule rendered in a language.
    fn rendered(name: &str, yaml: &str, rule: &str, lang: crate::i18n::Lang) -> Vec<String> {
        let dir = std::env::temp_dir().join(format!("goodrel-ia-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plan.yaml"), yaml).unwrap();
        let options = CheckOptions {
            as_of: Date::parse("2026-01-01").unwrap(),
            ..CheckOptions::default()
        };
        let report = check_dir(&dir, &options).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        report
            .findings
            .iter()
            .filter(|f| f.rule.id == rule)
            .map(|f| f.message.render(lang))
            .collect()
    }

    #[test]
    fn findings_speak_finnish_and_swedish_with_plan_values_uninflected() {
        use crate::i18n::Lang;
        let plan = "municipality: {name: Fixture}\nmeasures:\n  - {id: M3, title: Kielikahvila}\n  - {id: M4, title: Läxhjälp}\n";
        assert_eq!(
            rendered("fi-ia012", plan, "IA012", Lang::Fi)[0],
            "toimenpide M3 'Kielikahvila': vastuutaho puuttuu"
        );
        assert_eq!(
            rendered("sv-ia012", plan, "IA012", Lang::Sv)[0],
            "åtgärd M3 'Kielikahvila': ansvarig aktör saknas"
        );
        // Counts select the plural form.
        assert_eq!(
            rendered("sv-ia015", plan, "IA015", Lang::Sv)[0],
            "2 åtgärder tjänar inget mål: M3 'Kielikahvila', M4 'Läxhjälp'"
        );
        // Areas are named in the words of the Act, in the reader's language.
        let ia010 = rendered("fi-ia010", plan, "IA010", Lang::Fi);
        assert!(
            ia010.contains(
                &"suunnitelmassa ei ole tavoitetta osa-alueelle: hyvät väestösuhteet (`good_relations`)"
                    .to_owned()
            ),
            "{ia010:?}"
        );
    }

    #[test]
    fn a_programme_kept_separately_gives_one_finding_not_five_errors() {
        let plan = "municipality: {name: Fixture}\nlinks:\n  - {id: L1, kind: [integration_programme], title: Kotoutumisohjelma 2025-2028}\n";
        let found = all("separate", plan);
        let programme: Vec<_> = found
            .iter()
            .filter(|(id, _)| PROGRAMME_RULES.contains(id) || *id == "IA006")
            .collect();
        assert_eq!(programme.len(), 1, "{found:?}");
        assert_eq!(programme[0].0, "IA006");
        assert_eq!(
            programme[0].1,
            "the §13 programme is kept in 'Kotoutumisohjelma 2025-2028'; its six components were not checked: add its services to check them"
        );
        // Without the link the programme rules speak as before.
        let found = all("no-link", "municipality: {name: Fixture}\n");
        assert!(found.iter().any(|(id, _)| *id == "IA001"));
        assert!(!found.iter().any(|(id, _)| *id == "IA006"));
    }

    #[test]
    fn interpreting_and_reception_are_not_components() {
        let base = "municipality: {name: Fixture}\nactors:\n  - {id: city, name: City, kind: municipal_sector}\n";
        let only_support = format!(
            "{base}services:\n  - {{id: S1, name: Interpreting, kind: tulkkaus, responsible: city, client_language: true}}\n  - {{id: S2, name: Reception of quota refugees, kind: reception, responsible: city, cooperation: [city]}}\n"
        );
        let found = all("support-only", &only_support);
        assert!(
            found.iter().any(|(id, _)| *id == "IA001"),
            "interpreting and reception alone are no programme: {found:?}"
        );
        assert!(!found.iter().any(|(id, _)| *id == "IA002"), "{found:?}");
        // Beside a programme service they are neither counted nor demanded as components.
        let with_programme = format!(
            "{only_support}  - {{id: S3, name: Assessment, component: needs_assessment, responsible: city}}\n  - {{id: S4, name: Guidance, responsible: city}}\n"
        );
        let found = all("support-and-programme", &with_programme);
        let ia002: Vec<&String> = found
            .iter()
            .filter(|(id, _)| *id == "IA002")
            .map(|(_, m)| m)
            .collect();
        assert_eq!(
            ia002.len(),
            6,
            "five components missing and S4 without one: {ia002:?}"
        );
        assert!(
            ia002
                .iter()
                .any(|m| m.starts_with("service S4 'Guidance' does not say"))
        );
        assert!(!ia002.iter().any(|m| m.contains("S1") || m.contains("S2")));
        assert!(
            found.iter().any(|(id, _)| *id == "IA004"),
            "S2's cooperation does not count for the programme: {found:?}"
        );
    }

    #[test]
    fn an_objective_with_two_areas_covers_both() {
        let plan = "municipality: {name: Fixture}\nobjectives:\n  - {id: O1, area: [employment_and_education, hyvät_väestösuhteet], statement: Work and relations}\n  - {id: O2, area: [wellbeing_health_housing, inclusion_and_equality, own_language_and_culture], statement: The rest}\n";
        let found = all("two-areas", plan);
        assert!(!found.iter().any(|(id, _)| *id == "IA010"), "{found:?}");
        let ia011: Vec<&String> = found
            .iter()
            .filter(|(id, _)| *id == "IA011")
            .map(|(_, m)| m)
            .collect();
        assert_eq!(
            ia011[0],
            "no measure serves objective O1 (employment and education; good relations between population groups)"
        );
        let one_area = "municipality: {name: Fixture}\nobjectives:\n  - {id: O1, area: good_relations, statement: Relations}\n";
        let ia010 = all("one-area", one_area)
            .into_iter()
            .filter(|(id, _)| *id == "IA010")
            .count();
        assert_eq!(ia010, 4);
    }

    const PLAN_2025: &str =
        "municipality:\n  name: Fixture\n  plan_period: {start: 2025-01-01, end: 2028-12-31}\n";

    #[test]
    fn a_period_is_not_overdue_within_its_grace() {
        // 2025-2026 ends 2026-12-31; with the default three months it is due 2027-03-31.
        assert!(run("grace", PLAN_2025, "2027-01-02", "IA021").is_empty());
        assert!(run("grace-due", PLAN_2025, "2027-03-31", "IA021").is_empty());
        let late = run("grace-late", PLAN_2025, "2027-04-01", "IA021");
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].0, 3, "no reports section: at the plan period");
        assert!(
            late[0]
                .1
                .contains("2025-01-01 to 2026-12-31 (due 2027-03-31)"),
            "{late:?}"
        );
        assert!(late[0].1.contains("the ELY Centre / vitality centre"));
    }

    #[test]
    fn periods_before_the_act_are_not_judged() {
        let plan =
            "municipality:\n  name: Fixture\n  plan_period: {start: 2023-01-01, end: 2026-12-31}\n";
        // 2023-2024 ended before 681/2023: not judged even years later; 2025-2026 is.
        let found = run("pre-act", plan, "2027-06-01", "IA021");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].1.contains("2023-01-01"), "{found:?}");
        assert!(found[0].1.contains("2025-01-01 to 2026-12-31"));
        assert!(run("pre-act-only", plan, "2026-06-01", "IA021").is_empty());
    }

    #[test]
    fn a_late_report_does_not_shift_the_next_due_date() {
        // The 2025-2026 report went in a year late; 2027-2028 is still due 2029-03-31.
        let plan = format!(
            "{PLAN_2025}reports:\n  - {{id: R1, period: {{start: 2025-01-01, end: 2026-12-31}}, submitted: 2028-03-01}}\n"
        );
        assert!(run("late-ok", &plan, "2029-03-31", "IA021").is_empty());
        let next = run("late-next", &plan, "2029-04-01", "IA021");
        assert_eq!(next.len(), 1);
        assert_eq!(next[0].0, 4, "at the reports section");
        assert!(
            next[0]
                .1
                .contains("2027-01-01 to 2028-12-31 (due 2029-03-31)")
        );
        assert!(!next[0].1.contains("2025-01-01 to"));
    }

    #[test]
    fn several_overdue_periods_make_one_finding_and_a_draft_does_not_count() {
        let plan = format!(
            "{PLAN_2025}reports:\n  - {{id: R1, period: {{start: 2025-01-01, end: 2026-12-31}}}}\n"
        );
        let found = run("two-late", &plan, "2029-06-01", "IA021");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("reports"));
        assert!(found[0].1.contains("2025-01-01 to 2026-12-31"));
        assert!(found[0].1.contains("2027-01-01 to 2028-12-31"));
    }

    #[test]
    fn no_plan_period_is_not_judged() {
        let plan = "municipality: {name: Fixture}\n";
        assert!(run("no-period", plan, "2030-01-01", "IA021").is_empty());
    }

    const MEASURES: &str = "measures:\n  - {id: M1, title: Language cafe, status: done, timetable: {start: 2025, end: 2025}}\n  - {id: M2, title: Mentoring for jobseekers, status: planned}\n";

    fn report(contents: &str, submitted: &str) -> String {
        format!(
            "{PLAN_2025}{MEASURES}reports:\n  - id: R1\n    period: {{start: 2025-01-01, end: 2026-12-31}}\n{submitted}    contents:\n{contents}"
        )
    }

    const FULL: &str = "      objectives_achieved: Employment rate rose as planned, see section 2\n      measures_implemented: M1 Language cafe met weekly in three libraries\n      equal_access: Services were offered in six languages, see section 4\n      financial_resources: State compensation covered the work, see section 5\n      effectiveness: Participants' survey results are in section 6 of the report\n";

    #[test]
    fn report_contents_must_say_something() {
        let sub = "    submitted: 2027-02-01\n";
        assert!(run("full", &report(FULL, sub), "2027-06-01", "IA022").is_empty());
        let hollow = FULL.replace("Employment rate rose as planned, see section 2", "x");
        let found = run("hollow", &report(&hollow, sub), "2027-06-01", "IA022");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .1
                .contains("does not cover how the objectives were achieved")
        );
    }

    #[test]
    fn measures_implemented_is_read_against_status() {
        let sub = "    submitted: 2027-02-01\n";
        let none = FULL.replace(
            "M1 Language cafe met weekly in three libraries",
            "Many things were done across the city",
        );
        let found = run("none-named", &report(&none, sub), "2027-06-01", "IA022");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains(
            "names none of the measures marked done or ongoing in the period (M1 'Language cafe')"
        ));
        let planned = FULL.replace(
            "M1 Language cafe met weekly in three libraries",
            "M1 Language cafe met weekly; M2 started",
        );
        let found = run(
            "planned-named",
            &report(&planned, sub),
            "2027-06-01",
            "IA022",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .1
                .contains("M2 'Mentoring for jobseekers' (planned)")
        );
    }

    #[test]
    fn a_draft_is_not_judged_before_it_is_due_nor_a_pre_act_report() {
        let draft = report("      objectives_achieved: x\n", "");
        assert!(run("draft-early", &draft, "2027-03-31", "IA022").is_empty());
        assert_eq!(run("draft-due", &draft, "2027-04-01", "IA022").len(), 1);
        let old = "municipality:\n  name: Fixture\n  plan_period: {start: 2023-01-01, end: 2026-12-31}\nreports:\n  - {id: R0, period: {start: 2023-01-01, end: 2024-12-31}, submitted: 2025-02-01}\n";
        assert!(run("pre-act-report", old, "2027-01-01", "IA022").is_empty());
    }

    #[test]
    fn participation_needs_a_dated_hearing_with_needs_before_approval() {
        let base = "municipality:\n  name: Fixture\n  approval: {body: Council, date: 2025-06-01}\nactors:\n  - {id: ngo, name: Refugee Aid, kind: ngo}\n";
        // A council listing immigrants is a roster, not a hearing.
        let roster = format!(
            "{base}structures:\n  - {{id: C1, name: Council, kind: council, groups: [immigrants]}}\n"
        );
        let found = run("par-roster", &roster, "2026-01-01", "IA019");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("records no consultation"));
        assert!(
            found[0]
                .1
                .contains("structure C1 'Council' lists immigrant groups")
        );
        // Heard after the approval: too late.
        let late = format!(
            "{base}consultations:\n  - {{id: K1, title: Hearing, date: 2025-06-01, method: hearing, organisations: [ngo], needs: [{{id: N1, need: More evening courses}}]}}\n"
        );
        let found = run("par-late", &late, "2026-01-01", "IA019");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .1
                .contains("on or after the plan's approval on 2025-06-01")
        );
        // In time but no needs recorded.
        let no_needs = format!(
            "{base}consultations:\n  - {{id: K1, title: Hearing, date: 2025-03-01, method: hearing, groups: [refugees]}}\n"
        );
        let found = run("par-no-needs", &no_needs, "2026-01-01", "IA019");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .1
                .contains("record no needs: K1 'Hearing' (2025-03-01)")
        );
        // In time, with needs: quiet; an organisation alone is enough.
        let good = late.replace("2025-06-01, method", "2025-05-31, method");
        assert!(run("par-good", &good, "2026-01-01", "IA019").is_empty());
        // A resident survey of everyone hears neither immigrants nor organisations.
        let everyone = format!(
            "{base}consultations:\n  - {{id: K1, title: Survey, date: 2025-03-01, method: survey, groups: [all_residents], needs: [{{id: N1, need: Parks}}]}}\n"
        );
        assert_eq!(
            run("par-everyone", &everyone, "2026-01-01", "IA019").len(),
            1
        );
    }

    #[test]
    fn participation_without_approval_falls_back_to_the_period_start() {
        let plan = "municipality:\n  name: Fixture\n  plan_period: {start: 2025-01-01, end: 2028-12-31}\nconsultations:\n  - {id: K1, title: Hearing, date: 2025-02-01, method: hearing, groups: [immigrants], needs: [{id: N1, need: Childcare}]}\n";
        let found = run("par-period", plan, "2026-01-01", "IA019");
        assert!(
            found[0]
                .1
                .contains("the start of the plan period on 2025-01-01")
        );
        let plan = plan.replace("  plan_period: {start: 2025-01-01, end: 2028-12-31}\n", "");
        assert!(run("par-undated", &plan, "2026-01-01", "IA019").is_empty());
    }

    /// Coordination of planning counts; presence alone does not.
    #[test]
    fn county_coordination_needs_planning_not_presence() {
        let base = "municipality: {name: Fixture}\nactors:\n  - {id: hva, name: County, kind: hyvinvointialue}\n";
        assert!(
            run("county-none", base, "2026-01-01", "IA017")[0]
                .1
                .contains("County is not responsible")
        );
        let group = "structures:\n  - {id: G1, name: G, kind: cooperation_group, members: [hva]}\n";
        let health = "objectives:\n  - {id: O1, area: wellbeing_health_housing, statement: S}\nmeasures:\n  - {id: M1, title: T, objectives: [O1], responsible: hva}\n";
        // Present somewhere, but not coordinating: each alone is not enough.
        for (name, part) in [
            ("county-measure", health),
            ("county-group", group),
            (
                "county-service",
                "services:\n  - {id: S1, name: S, component: needs_assessment, cooperation: [hva]}\n",
            ),
            (
                "county-short-note",
                "links:\n  - {id: L1, kind: wellbeing_services_county_plan, title: P, mainstreaming: yes}\n",
            ),
        ] {
            let plan = format!("{base}{part}");
            let found = run(name, &plan, "2026-01-01", "IA017");
            assert!(
                found.len() == 1
                    && (name == "county-short-note"
                        || found[0].1.contains("takes part in the plan")),
                "{name}: {found:?}"
            );
        }
        let both = format!("{base}{group}{health}");
        assert!(run("county-both", &both, "2026-01-01", "IA017").is_empty());
    }
}
