//! Integration Act 681/2023: the integration programme (§13) and the municipality's duty to
//! plan, develop and monitor integration promotion (§45). Statutory duties are errors; what
//! the savings amendments (HE 192/2024) turned into options is a warning.

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::finding::{Location, Severity};
use crate::i18n::{Arg, Message, Term};
use crate::model::{
    ActorKind, Area, Component, Consultation, Link, LinkKind, Plan, PopulationGroup,
    ReportContents, Sector, Service, StructureKind,
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
    reads: &["services"],
    check: Some(|c: &mut Check<'_>| {
        if programme_services(c.plan).next().is_none() && separate_programme(c.plan).is_none() {
            let at = c.plan.section("services");
            c.report(msg!("ia001-no-services"), at);
        }
    }),
};

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
};

pub static PROGRAMME_COMPONENT_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA002",
        name: "programme-component-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: &["services"],
    check: Some(|c: &mut Check<'_>| {
        if programme_services(c.plan).next().is_none() {
            return; // IA001 (or IA006) covers a programme without services.
        }
        for s in programme_services(c.plan).filter(|s| s.component.is_none()) {
            let at = c.plan.item(&s.loc);
            c.report(
                msg!("ia002-no-component", service = item(&s.id, &s.name)),
                Some(at),
            );
        }
        for component in Component::ALL {
            if !programme_services(c.plan).any(|s| s.component == Some(component)) {
                let at = c.plan.section("services");
                c.report(
                    msg!(
                        "ia002-component-missing",
                        component = component_name(component)
                    ),
                    at,
                );
            }
        }
    }),
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
        "services.responsible",
        "services.cooperation",
        "services.target_groups",
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
            c.report(
                msg!(
                    "ia003-provider-responsible",
                    count = misplaced.len(),
                    services = names
                ),
                Some(at),
            );
        }
        let employment = |id: &String| is_employment_authority(c.plan, id);
        // A service only for jobseekers is the employment authority's to arrange.
        let for_jobseekers: Vec<_> = programme_services(c.plan)
            .filter(|s| {
                !s.target_groups.is_empty()
                    && s.target_groups
                        .iter()
                        .all(|g| *g == PopulationGroup::EmploymentServicesClients)
            })
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
            c.report(
                msg!(
                    "ia003-jobseekers",
                    count = for_jobseekers.len(),
                    services = names
                ),
                Some(at),
            );
        }
        let mut services = programme_services(c.plan).peekable();
        if services.peek().is_some()
            && !services.any(|s| {
                s.responsible.as_ref().is_some_and(employment)
                    || s.cooperation.iter().any(employment)
            })
        {
            let at = c.plan.section("services");
            c.report(msg!("ia003-no-employment-authority"), at);
        }
        for s in &c.plan.services {
            if s.responsible.is_none() {
                let at = c.plan.item(&s.loc);
                c.report(
                    msg!("ia003-no-responsible", service = item(&s.id, &s.name)),
                    Some(at),
                );
            }
        }
    }),
};

pub static PROGRAMME_WITHOUT_COOPERATION: Rule = Rule {
    info: &RuleInfo {
        id: "IA004",
        name: "programme-without-cooperation",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: super::PYRAMID_READS,
    check: Some(|c: &mut Check<'_>| {
        let total = programme_services(c.plan).count();
        let alone: Vec<_> = programme_services(c.plan)
            .filter(|s| {
                !s.cooperation
                    .iter()
                    .any(|p| s.responsible.as_ref() != Some(p))
            })
            .collect();
        let Some(first) = alone.first() else {
            return;
        };
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
        c.report(message, Some(at));
    }),
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
        "services.languages",
        "services.client_language",
        "services.language_count",
    ],
    check: Some(|c: &mut Check<'_>| {
        // A number of languages ("in ten languages") says as much as a list of them.
        let monolingual: Vec<_> = programme_services(c.plan)
            .filter(|s| s.component == Some(Component::CivicOrientation))
            .filter(|s| {
                !s.client_language
                    && s.languages.len() < 2
                    && s.language_count.is_none_or(|n| n < 2)
            })
            .collect();
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
        );
    }),
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
    reads: &["services", "services.target_groups"],
    check: Some(|c: &mut Check<'_>| {
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
        c.report(message, Some(at));
    }),
};

pub static AREA_WITHOUT_OBJECTIVES: Rule = Rule {
    info: &RuleInfo {
        id: "IA010",
        name: "area-without-objectives",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &["objectives"],
    check: Some(|c: &mut Check<'_>| {
        for area in Area::STATUTORY {
            if !c.plan.objectives.iter().any(|o| o.serves(area)) {
                let at = c.plan.section("objectives");
                c.report(
                    msg!(
                        "ia010-no-objective",
                        area = area_name(area),
                        key = area.key()
                    ),
                    at,
                );
            }
        }
    }),
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
            );
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
                );
            }
        }
    }),
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
            return;
        };
        let at = c.plan.item(&first.loc);
        let names: Vec<String> = loose.iter().map(|m| item(&m.id, &m.title)).collect();
        c.report(
            msg!("ia015-no-objective", count = loose.len(), measures = names),
            Some(at),
        );
    }),
};

pub static MEASURE_WITHOUT_RESPONSIBLE: Rule = Rule {
    info: &RuleInfo {
        id: "IA012",
        name: "measure-without-responsible",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &["measures", "measures.responsible"],
    check: Some(|c: &mut Check<'_>| {
        for m in &c.plan.measures {
            if m.responsible.is_none() {
                let at = c.plan.item(&m.loc);
                c.report(
                    msg!("ia012-no-responsible", measure = item(&m.id, &m.title)),
                    Some(at),
                );
            }
        }
    }),
};

pub static AREA_WITHOUT_COOPERATION: Rule = Rule {
    info: &RuleInfo {
        id: "IA013",
        name: "area-without-cooperation",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &super::with_pyramid::<29>(&[
        "objectives",
        "measures.objectives",
        "measures.described_partners",
    ]),
    check: Some(|c: &mut Check<'_>| {
        // Areas lacking cooperation, grouped by the measures that serve them, so that one
        // measure claimed for several areas gives one finding, not one per area.
        let mut groups: Vec<(AreaCooperation, Vec<Area>)> = Vec::new();
        for area in Area::STATUTORY {
            let Some(coop) = area_cooperation(c.plan, area) else {
                continue;
            };
            if coop.measures.is_empty() || coop.with_partners > 0 {
                continue;
            }
            match groups.iter_mut().find(|g| g.0.measures == coop.measures) {
                Some(g) => g.1.push(area),
                None => groups.push((coop, vec![area])),
            }
        }
        for (coop, areas) in groups {
            let (at, measures, self_partnered) = (coop.at, coop.count, coop.self_partnered);
            let areas = semicolons(areas.into_iter().map(area_name).collect());
            let message = if self_partnered {
                msg!("ia013-self-partner", count = measures, areas = areas)
            } else {
                msg!("ia013-no-partner", count = measures, areas = areas)
            };
            c.report(message, Some(at));
        }
    }),
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
        "measures.objectives",
        "measures.responsible",
        "measures.partners",
        "measures.described_partners",
    ],
    check: Some(|c: &mut Check<'_>| {
        let city = |id: &String| c.plan.actor(id).is_some_and(|a| a.kind.is_city());
        let mut areas: Vec<Message> = Vec::new();
        let mut at = None;
        for area in Area::STATUTORY {
            let Some(coop) = area_cooperation(c.plan, area) else {
                continue;
            };
            if coop.with_partners == 0 {
                continue; // IA013's finding
            }
            let measures: Vec<_> = c
                .plan
                .measures
                .iter()
                .filter(|m| coop.measures.contains(&m.id))
                .collect();
            let only_city = measures.iter().all(|m| {
                m.responsible.iter().chain(m.partners.iter()).all(city)
                    && m.described_partners.iter().all(|p| p.kind.is_city())
            });
            if only_city {
                if at.is_none() {
                    at = c
                        .plan
                        .objectives
                        .iter()
                        .find(|o| o.serves(area))
                        .map(|o| c.plan.item(&o.loc));
                }
                areas.push(area_name(area));
            }
        }
        if areas.is_empty() {
            return;
        }
        c.report(msg!("ia008-city-only", areas = semicolons(areas)), at);
    }),
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
        "objectives.indicators",
        "indicators",
        "indicators.baseline",
        "indicators.target",
    ],
    check: Some(|c: &mut Check<'_>| {
        let hollow = hollow_indicators(c.plan);
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
            c.report(
                msg!(
                    "ia014-hollow",
                    indicator = item(&i.id, &i.name),
                    missing = msg!("ia014-missing", what = missing),
                    count = objectives.len(),
                    objectives = objectives.join(", ")
                ),
                Some(at),
            );
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
                );
            }
        }
    }),
};

pub static STRATEGY_MAINSTREAMING_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA016",
        name: "strategy-mainstreaming-missing",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &["links", "links.mainstreaming"],
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
        if !says(&first.mainstreaming) && !strategies.any(|l| says(&l.mainstreaming)) {
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
            c.report(message, Some(at));
        }
    }),
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
    reads: &super::with_pyramid::<33>(&[
        "objectives",
        "links",
        "links.kind",
        "links.mainstreaming",
        "measures.objectives",
        "structures.kind",
        "municipality.wellbeing_services_county",
    ]),
    check: Some(|c: &mut Check<'_>| {
        if coordinates_with_county(c.plan) {
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
};

pub static COOPERATION_GROUP_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA018",
        name: "cooperation-group-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: COOPERATION_GROUP,
    },
    reads: &["structures"],
    check: Some(|c: &mut Check<'_>| {
        let has_group = c.plan.structures.iter().any(|s| {
            matches!(
                s.kind,
                StructureKind::CooperationGroup | StructureKind::RegionalCooperationGroup
            )
        });
        if !has_group {
            let at = c.plan.section("structures");
            c.report(msg!("ia018-no-group"), at);
        }
    }),
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
        if in_time.iter().any(|k| !k.needs.is_empty()) {
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
        c.report(message, at);
    }),
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
    reads: &["structures", "structures.remit"],
    check: Some(|c: &mut Check<'_>| {
        let has_group = c.plan.structures.iter().any(|s| {
            s.kind == StructureKind::GoodRelationsWorkingGroup
                || (s.kind == StructureKind::CooperationGroup
                    && s.remit.contains(&Area::GoodRelations))
        });
        if !has_group {
            let at = c.plan.section("structures");
            c.report(msg!("ia020-no-group"), at);
        }
    }),
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
        "municipality.regional_authority",
        "municipality.plan_period",
        "reports.submitted",
    ],
    check: Some(|c: &mut Check<'_>| {
        let grace = c.derived.settings().report_grace_months;
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let Some(plan_period) = &m.plan_period else {
            return; // IA024 reports the missing period.
        };
        let overdue: Vec<Message> = report_periods(plan_period, grace)
            .into_iter()
            .filter(|p| p.due < c.as_of)
            .filter(|p| {
                !c.plan.reports.iter().any(|r| {
                    r.submitted.is_some() && p.start <= r.period.end && r.period.end <= p.end
                })
            })
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
};

pub static NATIONAL_OBJECTIVES_NOT_CONSIDERED: Rule = Rule {
    info: &RuleInfo {
        id: "IA023",
        name: "national-objectives-not-considered",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PLANNING,
    },
    reads: &["objectives", "links", "objectives.national_objective"],
    check: Some(|c: &mut Check<'_>| {
        let linked = c.plan.links_to(LinkKind::Valko);
        let carried = c
            .plan
            .objectives
            .iter()
            .any(|o| o.national_objective.is_some());
        if !linked && !carried {
            let at = c.plan.section("links");
            c.report(msg!("ia023-not-considered"), at);
        }
    }),
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
        if let Some(m) = &c.plan.municipality
            && m.plan_period.is_none()
        {
            let at = c.plan.item(&m.loc);
            c.report(msg!("ia024-no-period", municipality = &m.name), Some(at));
        }
    }),
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
        if let Some(m) = &c.plan.municipality
            && m.regional_authority.is_none()
        {
            let at = c.plan.item(&m.loc);
            c.report(msg!("ia025-no-authority", municipality = &m.name), Some(at));
        }
    }),
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
];

/// The services that are the programme's components (interpreting and reception support
/// the programme but are none of the six).
fn programme_services(plan: &Plan) -> impl Iterator<Item = &crate::model::Item<Service>> {
    plan.services.iter().filter(|s| s.in_programme())
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

/// One of the programme's six components in the words of the Act (findings and the
/// checklist), in the reader's language.
pub fn component_name(component: Component) -> Message {
    let key = match serde_json::to_value(component) {
        Ok(serde_json::Value::String(key)) => key,
        _ => String::new(),
    };
    msg!("ia-component", key = key)
}

/// A planning area in the words of the Act (findings and the checklist).
pub fn area_name(area: Area) -> Message {
    msg!("ia-area", key = area.key())
}

/// An objective's areas, joined with semicolons (an area's name may contain commas).
fn objective_areas(o: &crate::model::Objective) -> Arg {
    semicolons(o.area.iter().copied().map(area_name).collect())
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

/// The indicators IA014 reports: for each objective whose indicators all lack a baseline or
/// a target, its first indicator, with the objectives it leaves unmeasured (grouped, so one
/// hollow indicator is one finding). Objectives with a dangling reference are left to the
/// reference check.
pub(crate) fn hollow_indicators(plan: &Plan) -> Vec<(&str, Vec<&str>)> {
    let mut hollow: Vec<(&str, Vec<&str>)> = Vec::new();
    for o in &plan.objectives {
        let found: Vec<_> = o
            .indicators
            .iter()
            .filter_map(|i| plan.indicator(i))
            .collect();
        if o.indicators.is_empty() || found.len() < o.indicators.len() {
            continue;
        }
        if let Some(first) = found.first()
            && !found.iter().any(|i| measures_progress(i))
        {
            match hollow.iter_mut().find(|h| h.0 == first.id) {
                Some(h) => h.1.push(&o.id),
                None => hollow.push((&first.id, vec![&o.id])),
            }
        }
    }
    hollow
}

/// Whether an indicator can measure progress: it has a starting value and a target.
fn measures_progress(i: &crate::model::Indicator) -> bool {
    i.baseline.is_some() && i.target.is_some()
}

/// The shortest note on coordination a link to the county's plan must carry.
const COORDINATION_NOTE_MIN_CHARS: usize = 40;

/// Whether the plan shows coordination of planning with the wellbeing services county: a
/// link to the county's plan whose note (`mainstreaming`) says how the planning is
/// coordinated, or the county both in the cooperation group and in a wellbeing or health
/// measure. Merely sitting on some structure is not coordination of planning.
fn coordinates_with_county(plan: &Plan) -> bool {
    let noted = plan.links.iter().any(|l| {
        l.is(LinkKind::WellbeingServicesCountyPlan)
            && l.mainstreaming
                .as_deref()
                .is_some_and(|t| t.trim().chars().count() >= COORDINATION_NOTE_MIN_CHARS)
    });
    let county = |id: &String| plan.is_kind(id, ActorKind::WellbeingServicesCounty);
    let in_group = plan.structures.iter().any(|s| {
        matches!(
            s.kind,
            StructureKind::CooperationGroup | StructureKind::RegionalCooperationGroup
        ) && (s.convener.as_ref().is_some_and(county) || s.members.iter().any(county))
    });
    let in_wellbeing_measure = plan.measures.iter().any(|m| {
        let wellbeing = m.sector == Some(Sector::SocialAndHealth)
            || m.objectives
                .iter()
                .filter_map(|o| plan.objective(o))
                .any(|o| o.serves(Area::WellbeingHealthHousing));
        wellbeing && (m.responsible.as_ref().is_some_and(county) || m.partners.iter().any(county))
    });
    noted || (in_group && in_wellbeing_measure)
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
