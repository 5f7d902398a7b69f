//! Integration Act 681/2023: the integration programme (§13) and the municipality's duty to
//! plan, develop and monitor integration promotion (§45). Statutory duties are errors; what
//! the savings amendments (HE 192/2024) turned into options is a warning.

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::duty::{self, Row};
use crate::finding::{Location, Severity};
use crate::governance::languages;
use crate::i18n::{Arg, Message, Term};
use crate::model::date::Date;
use crate::model::written::{self, Writing};
use crate::model::{
    ActorKind, Area, Component, Consultation, Kind, LawBasis, Link, LinkKind, MeasureKind, Plan,
    PopulationGroup, RegionalAuthorityKind, Sector, Service, StructureKind,
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
    reads: &[
        "services",
        "links",
        "services.kind",
        "links.kind",
        "links.title",
        "links.url",
        "links.approved",
        "links.file",
        "links.law_basis",
    ],
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
        // A link that names the programme without identifying a document does not stand for
        // it: the finding is at the link, which is what needs mending.
        let named = c
            .plan
            .links
            .iter()
            .find(|l| l.is(LinkKind::IntegrationProgramme));
        match named {
            Some(l) => {
                let why = if l.law_basis == Some(LawBasis::IntegrationAct2010) {
                    msg!("ia001-link-former-act")
                } else {
                    msg!("ia001-link-unidentified")
                };
                let at = c.plan.item(&l.loc);
                c.report(
                    msg!(
                        "ia001-link-no-programme",
                        link = item(&l.id, &l.title),
                        why = why
                    ),
                    Some(at),
                )
                .on_rows(Component::ALL.map(Row::Component))
                .resting_on_all("links");
            }
            None => {
                let at = c.plan.section("services");
                c.report(msg!("ia001-no-services"), at)
                    .on_rows(Component::ALL.map(Row::Component));
            }
        }
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
    reads: &[
        "services",
        "links",
        "links.kind",
        "links.title",
        "links.url",
        "links.approved",
        "links.file",
        "links.law_basis",
    ],
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

pub static SERVICE_NOT_DESCRIBED: Rule = Rule {
    info: &RuleInfo {
        id: "IA009",
        name: "service-not-described",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: PROGRAMME,
    },
    reads: &[
        "services",
        "links",
        "services.kind",
        "services.component",
        "services.name",
        "services.description",
        "links.kind",
        "links.title",
        "links.url",
        "links.approved",
        "links.file",
        "links.law_basis",
    ],
    check: Some(|c: &mut Check<'_>| {
        let mut undescribed: Vec<(&crate::model::Item<Service>, Message)> = Vec::new();
        for s in programme_services(c.plan) {
            match not_written(
                c.derived.writing(),
                &s.loc,
                "description",
                s.description.as_deref(),
                true,
            ) {
                Some(why) => undescribed.push((s, why)),
                None => {
                    if let Some(component) = s.component {
                        let label = detailed(
                            named(Kind::Service, &s.id, &s.name),
                            msg!("evidence-described"),
                        );
                        c.met_on(
                            Row::Component(component),
                            c.plan.at(&s.loc, "description"),
                            label,
                        );
                    }
                }
            }
        }
        for component in Component::ALL {
            if let Some(reason) = programme_unjudged(c.plan, component) {
                c.not_judged_on(Row::Component(component), reason);
            }
        }
        let Some((first, _)) = undescribed.first() else {
            return;
        };
        let at = c.plan.at(&first.loc, "description");
        let rows: Vec<Row> = undescribed.iter().map(|(s, _)| service_row(s)).collect();
        let listed = with_why(&undescribed, |s, why| {
            msg!("ia009-service", service = item(&s.id, &s.name), why = why)
        });
        // Whether a description is the same as another service's rests on every service.
        c.report(
            msg!(
                "ia009-not-described",
                count = undescribed.len(),
                services = Arg::List(listed)
            ),
            Some(at),
        )
        .on_rows(rows)
        .resting_on_all("services");
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
        "actors",
        "services",
        "links",
        "actors.kind",
        "services.kind",
        "services.component",
        "services.responsible",
        "services.cooperation",
        "links.kind",
        "links.title",
        "links.url",
        "links.approved",
        "links.file",
        "links.law_basis",
    ],
    check: Some(|c: &mut Check<'_>| {
        // Cooperation with *other* service providers: another organisation than the one
        // responsible (the municipality's own units are one organisation).
        let others = |s: &Service| -> Vec<String> {
            s.cooperation
                .iter()
                .filter(|p| c.plan.another_organisation(s.responsible.as_deref(), p))
                .cloned()
                .collect()
        };
        let total = programme_services(c.plan).count();
        let alone: Vec<_> = programme_services(c.plan)
            .filter(|s| others(s).is_empty())
            .collect();
        if let Some(first) = alone.first() {
            let names: Vec<Arg> = alone
                .iter()
                .map(|s| {
                    let own: Vec<String> = s
                        .cooperation
                        .iter()
                        .filter(|p| s.responsible.as_ref() != Some(*p))
                        .map(|p| actor_name(c.plan, p))
                        .collect();
                    service_noting(s, "ia004-same-organisation", "partners", &own)
                })
                .collect();
            let message = if alone.len() == 1 {
                msg!("ia004-one-alone", service = names[0].clone())
            } else if alone.len() == total {
                msg!(
                    "ia004-all-alone",
                    total = total,
                    services = Arg::List(names)
                )
            } else {
                msg!(
                    "ia004-some-alone",
                    count = alone.len(),
                    total = total,
                    services = Arg::List(names)
                )
            };
            let at = c.plan.item(&first.loc);
            let rows: Vec<Row> = alone.iter().map(|s| service_row(s)).collect();
            c.report(message, Some(at))
                .on_rows(rows)
                .resting_on_all("services")
                .resting_on_all("actors");
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
        // Multilingual: in a language besides the national ones, or in each client's own; a
        // number of languages ("in ten languages") says as much when it is three or more
        // (two may be Finnish and Swedish).
        let beyond_national = |s: &Service| -> Vec<String> {
            let mut codes: Vec<String> = Vec::new();
            for l in s.languages.iter() {
                let code = languages::code(l);
                if code != "fi" && code != "sv" && !code.is_empty() && !codes.contains(&code) {
                    codes.push(code);
                }
            }
            codes
        };
        let multilingual = |s: &Service| {
            s.client_language
                || !beyond_national(s).is_empty()
                || s.language_count.is_some_and(|n| n >= 3)
        };
        for s in civic.iter().filter(|s| multilingual(s)) {
            // The evidence is what earns it: the client's language, a language besides
            // Finnish and Swedish, else the number of languages.
            let detail = if s.client_language {
                msg!("evidence-client-language")
            } else if beyond_national(s).is_empty()
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
            .map(|s| {
                let mut written: Vec<String> = Vec::new();
                for l in s.languages.iter() {
                    if !written
                        .iter()
                        .any(|w| languages::code(w) == languages::code(l))
                    {
                        written.push(l.clone());
                    }
                }
                service_noting(s, "ia007-only-language", "language", &written)
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
            // `immigrants` is everyone the Act's groups are drawn from.
            .filter(|g| {
                !assessments.iter().any(|s| {
                    s.target_groups.contains(g)
                        || s.target_groups.contains(&PopulationGroup::Immigrants)
                })
            })
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
    reads: &["objectives", "objectives.area", "objectives.statement"],
    check: Some(|c: &mut Check<'_>| {
        // Areas whose objectives are all unwritten (a placeholder, a label, one slogan for
        // them all) are one finding, listing the objectives once each.
        let mut unwritten_areas: Vec<Area> = Vec::new();
        let mut unwritten: Vec<(&crate::model::Item<crate::model::Objective>, Message)> =
            Vec::new();
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            let objectives: Vec<_> = c
                .plan
                .objectives
                .iter()
                .filter(|o| o.serves(area))
                .collect();
            if objectives.is_empty() {
                let at = c.plan.section("objectives");
                c.report(
                    msg!("ia010-no-objective", area = area.name(), key = area.key()),
                    at,
                )
                .on(row);
                continue;
            }
            let written_any = judge_written(
                c,
                row,
                objectives,
                &mut unwritten,
                |w, o| not_written(w, &o.loc, "statement", Some(&o.statement), false),
                |o| named(Kind::Objective, &o.id, &o.statement),
            );
            if !written_any {
                unwritten_areas.push(area);
            }
        }
        if unwritten_areas.is_empty() {
            return;
        }
        // Only the objectives of the areas left without a written one are named.
        unwritten.retain(|(o, _)| unwritten_areas.iter().any(|a| o.serves(*a)));
        let Some((first, _)) = unwritten.first() else {
            return;
        };
        let at = c.plan.at(&first.loc, "statement");
        let listed = with_why(&unwritten, |o, why| {
            msg!("ia010-objective", objective = &o.id, why = why)
        });
        report_unwritten_areas(c, unwritten_areas, at, |count, areas| {
            msg!(
                "ia010-not-written",
                count = count,
                areas = areas,
                objectives = Arg::List(listed)
            )
        })
        .resting_on_all("objectives");
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
        "measures.title",
        "measures.description",
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
                let message = msg!(
                    "ia011-no-measure",
                    // The programme's own theme names the objective where it has one.
                    objective = match &o.theme {
                        Some(theme) => item(&o.id, theme),
                        None => o.id.clone(),
                    },
                    areas = objective_areas(o)
                );
                // The Act asks measures for the five areas; the plan's own further
                // objectives are guidance.
                let severity = statutory_or_guidance(o.area.iter().any(|a| a.is_statutory()));
                c.report_at(severity, message, Some(at), None)
                    .on_rows(objective_rows(o))
                    .resting_on_all("measures");
            }
        }
        // Areas whose measures are all unwritten ("Work", "Toimenpide", one title for all
        // of them without a description telling them apart): one finding listing them.
        let mut unwritten_areas: Vec<Area> = Vec::new();
        let mut unwritten: Vec<(&crate::model::Item<crate::model::Measure>, Message)> = Vec::new();
        for area in Area::STATUTORY {
            let row = Row::Area(area);
            if !c.plan.objectives.iter().any(|o| o.serves(area)) {
                c.not_judged_on(row, msg!("reason-no-objective"));
                continue;
            }
            // A measure claimed for every area is reported above and stands for none of them.
            let measures: Vec<_> = area_measures(c.plan, area)
                .filter(|m| !serves_every_area(c.plan, m))
                .collect();
            let any = !measures.is_empty();
            let written_any =
                judge_written(c, row, measures, &mut unwritten, measure_unwritten, |m| {
                    named(Kind::Measure, &m.id, &m.title)
                });
            if any && !written_any {
                unwritten_areas.push(area);
            }
        }
        unwritten.retain(|(m, _)| {
            unwritten_areas
                .iter()
                .any(|a| measure_rows(c.plan, m).contains(&Row::Area(*a)))
        });
        let Some((first, _)) = unwritten.first() else {
            return;
        };
        let at = c.plan.at(&first.loc, "title");
        let listed = with_why(&unwritten, |m, why| {
            msg!("ia011-measure", measure = item(&m.id, &m.title), why = why)
        });
        report_unwritten_areas(c, unwritten_areas, at, |count, areas| {
            msg!(
                "ia011-not-written",
                count = count,
                areas = areas,
                measures = Arg::List(listed)
            )
        })
        .resting_on_all("measures")
        .resting_on_all("objectives");
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
                let severity = statutory_or_guidance(!optional_only(c.plan, m));
                c.report_at(
                    severity,
                    msg!("ia012-no-responsible", measure = item(&m.id, &m.title)),
                    Some(at),
                    None,
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
        "actors",
        "objectives",
        "measures",
        "actors.kind",
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
                    let partners = other_partners(c.plan, m);
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
                .resting_on_all("objectives")
                .resting_on_all("actors");
        }
    }),
    serves: Some(&duty::PLANNING_COOPERATION),
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
        "indicators.name",
        "indicators.baseline",
        "indicators.target",
    ],
    check: Some(|c: &mut Check<'_>| {
        // An indicator counts when it is named: a name that says what is measured, not
        // "Indicator", "Mittari 1" or "x". A missing baseline or target is MLG009's warning.
        let writing = c.derived.writing();
        let unnamed = |i: &crate::model::Item<crate::model::Indicator>| {
            not_written(writing, &i.loc, "name", Some(&i.name), false)
        };
        // Objectives whose indicators are all unnamed, grouped by their first indicator so
        // that one unnamed indicator shared by several objectives is one finding.
        let mut groups: Vec<(
            &crate::model::Item<crate::model::Indicator>,
            Message,
            Vec<&str>,
        )> = Vec::new();
        for o in &c.plan.objectives {
            let found: Vec<_> = o
                .indicators
                .iter()
                .filter_map(|x| c.plan.indicator(x))
                .collect();
            // A dangling reference is the reference check's (PLAN006).
            if o.indicators.is_empty() || found.len() < o.indicators.len() {
                continue;
            }
            if found.iter().any(|i| unnamed(i).is_none()) {
                continue;
            }
            let first = found[0];
            match groups.iter_mut().find(|g| g.0.id == first.id) {
                Some(g) => g.2.push(&o.id),
                None => {
                    if let Some(why) = unnamed(first) {
                        groups.push((first, why, vec![&o.id]));
                    }
                }
            }
        }
        for (i, why, objectives) in groups {
            let statutory = objectives
                .iter()
                .filter_map(|o| c.plan.objective(o))
                .any(|o| o.area.iter().any(|a| a.is_statutory()));
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
            let at = c.plan.at(&i.loc, "name");
            let mut report = c
                .report_at(
                    statutory_or_guidance(statutory),
                    msg!(
                        "ia014-unnamed",
                        indicator = item(&i.id, &i.name),
                        why = why,
                        count = objectives.len(),
                        objectives = objectives.join(", ")
                    ),
                    Some(at),
                    None,
                )
                .on_rows(rows);
            for loc in resting {
                report = report.resting_on(loc);
            }
        }
        for o in &c.plan.objectives {
            if o.indicators.is_empty() {
                let at = c.plan.item(&o.loc);
                let statutory = o.area.iter().any(|a| a.is_statutory());
                c.report_at(
                    statutory_or_guidance(statutory),
                    msg!(
                        "ia014-no-indicator",
                        objective = &o.id,
                        areas = objective_areas(o)
                    ),
                    Some(at),
                    None,
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
                    if unnamed(i).is_some() || named_already.contains(&i.id.as_str()) {
                        continue;
                    }
                    named_already.push(&i.id);
                    let label: duty::Shown = match (&i.baseline, &i.target) {
                        (Some(baseline), Some(target)) => detailed(
                            named(Kind::Indicator, &i.id, &i.name),
                            msg!(
                                "evidence-baseline-target",
                                baseline = number(baseline.value),
                                target = number(target.value)
                            ),
                        )
                        .into(),
                        _ => named(Kind::Indicator, &i.id, &i.name).into(),
                    };
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
    reads: &["links", "links.kind", "links.title", "links.mainstreaming"],
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
        // The note says how the strategy takes immigrants and integration into account: it
        // is written, a sentence, and speaks of them (in any inflection or compound).
        let writing = c.derived.writing();
        let judge = |l: &crate::model::Item<Link>| -> Option<Message> {
            let text = l.mainstreaming.as_deref();
            let link = item(&l.id, &l.title);
            if let Some(why) = not_written(writing, &l.loc, "mainstreaming", text, true) {
                return Some(match text.map(str::trim) {
                    None | Some("") => msg!("ia016-unsaid", link = link),
                    Some(_) => msg!("ia016-not-written", link = link, why = why),
                });
            }
            let text = text.unwrap_or_default();
            if !speaks_of_integration(text) {
                return Some(msg!("ia016-off-topic", link = link, text = one_line(text)));
            }
            None
        };
        let mut first_problem = None;
        let mut saying = false;
        for l in std::iter::once(first).chain(strategies) {
            match judge(l) {
                None => {
                    saying = true;
                    let label = detailed(
                        named(Kind::Link, &l.id, &l.title),
                        msg!("evidence-mainstreaming"),
                    );
                    c.met(c.plan.at(&l.loc, "mainstreaming"), label);
                }
                Some(problem) => {
                    if first_problem.is_none() {
                        first_problem = Some((l, problem));
                    }
                }
            }
        }
        if saying {
            return;
        }
        if let Some((l, problem)) = first_problem {
            let at = c.plan.at(&l.loc, "mainstreaming");
            // Whether any strategy link says it rests on every link.
            c.report(problem, Some(at)).resting_on_all("links");
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
        "measures",
        "structures",
        "links",
        "municipality.wellbeing_services_county",
        "actors.kind",
        "services.responsible",
        "services.cooperation",
        "measures.responsible",
        "measures.partners",
        "structures.convener",
        "structures.members",
        "links.kind",
        "links.title",
        "links.mainstreaming",
    ],
    check: Some(|c: &mut Check<'_>| {
        let writing = c.derived.writing();
        let shown = county_coordination(c.plan, writing);
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
        // A link to the county's plan whose note does not say how is named too: it is what
        // the coordinator will look at first.
        let note = c
            .plan
            .links
            .iter()
            .find(|l| l.is(LinkKind::WellbeingServicesCountyPlan));
        let message = match note {
            Some(l) => msg!(
                "ia017-no-coordination-note",
                why = why,
                link = item(&l.id, &l.title),
                note = match l.mainstreaming.as_deref() {
                    Some(t) if !t.trim().is_empty() => msg!("ia017-note-vague", text = one_line(t)),
                    _ => msg!("ia017-note-missing"),
                }
            ),
            None => msg!("ia017-no-coordination", why = why),
        };
        let at = match note {
            Some(l) => Some(c.plan.at(&l.loc, "mainstreaming")),
            None => c.plan.whole(),
        };
        c.report(message, at).resting_on_all_read();
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
    reads: super::PARTICIPATION_READS,
    check: Some(|c: &mut Check<'_>| {
        let deadline = c.plan.planning_deadline();
        let heard: Vec<_> = c
            .plan
            .consultations
            .iter()
            .filter(|k| c.plan.hears_immigrants_or_organisations(k))
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
        // A council or group of immigrants or of organisations that takes part in planning
        // (`participation: [planning]`) is participation too.
        let bodies: Vec<_> = c.plan.planning_bodies().collect();
        for s in &bodies {
            let label = detailed(
                named(Kind::Structure, &s.id, &s.name),
                msg!("evidence-took-part-in-planning"),
            );
            c.met(c.plan.item(&s.loc), label);
        }
        if !with_needs.is_empty() || !bodies.is_empty() {
            for k in with_needs {
                let label = detailed(
                    named(Kind::Consultation, &k.id, &k.title),
                    msg!("evidence-heard", date = k.date, needs = k.needs.len()),
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
        "municipality.regional_authority",
        "reports.submitted",
        "reports.period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let grace = c.derived.settings().report_grace_months;
        let as_of = c.as_of;
        // A record counts as a submitted report only if it could have been one: submitted
        // by the day judged, and not before its own period ended.
        let invalid = |r: &crate::model::Report| -> Option<Message> {
            let submitted = r.submitted?;
            if submitted > as_of {
                Some(msg!(
                    "ia021-submitted-future",
                    report = &r.id,
                    submitted = submitted,
                    as_of = as_of
                ))
            } else if submitted < r.period.end {
                Some(msg!(
                    "ia021-submitted-early",
                    report = &r.id,
                    submitted = submitted,
                    end = r.period.end
                ))
            } else {
                None
            }
        };
        let periods = report_periods(as_of, grace);
        let due: Vec<&ReportPeriod> = periods.iter().filter(|p| p.due < as_of).collect();
        if due.is_empty() {
            let first = first_report_period(grace);
            c.not_judged(msg!("reason-report-not-due", due = first.due));
        }
        // A report counts for a period when its own period covers the whole of it.
        let covering = |p: &ReportPeriod| {
            c.plan.reports.iter().find(|r| {
                r.submitted.is_some()
                    && invalid(r).is_none()
                    && r.period.start <= p.start
                    && p.end <= r.period.end
            })
        };
        for p in &due {
            if let Some(r) = covering(p)
                && let Some(submitted) = r.submitted
            {
                let label = msg!(
                    "evidence-report-submitted",
                    report = &r.id,
                    start = p.start,
                    end = p.end,
                    submitted = submitted
                );
                c.met(c.plan.item(&r.loc), label);
            }
        }
        let not_counted: Vec<(&crate::model::Item<crate::model::Report>, Message)> = c
            .plan
            .reports
            .iter()
            .filter_map(|r| invalid(r).map(|why| (r, why)))
            .collect();
        let overdue: Vec<Message> = due
            .into_iter()
            .filter(|p| covering(p).is_none())
            .map(|p| msg!("ia021-period", start = p.start, end = p.end, due = p.due))
            .collect();
        let not_counted_list: Vec<Message> =
            not_counted.iter().map(|(_, why)| why.clone()).collect();
        if !overdue.is_empty() {
            let at = match c.plan.sections.get("reports") {
                Some(loc) => Some(c.plan.item(loc)),
                None => c.plan.whole(),
            };
            let message = msg!(
                "ia021-overdue",
                count = overdue.len(),
                authority = authority(c.plan),
                periods = overdue
            );
            let message = if not_counted_list.is_empty() {
                message
            } else {
                msg!(
                    "ia021-and-not-counted",
                    overdue = message,
                    records = semicolons(not_counted_list)
                )
            };
            c.report(message, at).resting_on_all("reports");
        } else if let Some((first, _)) = not_counted.first() {
            let at = c.plan.at(&first.loc, "submitted");
            c.report(
                msg!(
                    "ia021-not-counted",
                    count = not_counted_list.len(),
                    records = semicolons(not_counted_list)
                ),
                Some(at),
            )
            .resting_on_all("reports");
        }
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
        "reports",
        "measures",
        "reports.contents",
        "reports.submitted",
        "measures.status",
        "measures.timetable",
        "reports.period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let grace = c.derived.settings().report_grace_months;
        let periods = report_periods(c.as_of, grace);
        let writing = c.derived.writing();
        for r in &c.plan.reports {
            let contents = r.contents.named();
            // A report on a period before the Act 681/2023 is judged only on what it records:
            // contents it gives must be written.
            let before_act = r.period.end < ACT_IN_FORCE;
            if before_act && (r.submitted.is_none() || contents.iter().all(|(_, t)| t.is_none())) {
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
            let missing: Vec<Message> = contents
                .iter()
                .filter(|(_, text)| !before_act || text.is_some())
                .filter_map(|(key, text)| {
                    let field = format!("contents.{key}");
                    not_written(writing, &r.loc, &field, *text, true).map(|why| {
                        msg!(
                            "ia022-content-why",
                            content = msg!("ia022-content", key = *key),
                            why = why
                        )
                    })
                })
                .collect();
            let mut problems: Vec<Message> = Vec::new();
            if !missing.is_empty() {
                problems.push(msg!("ia022-not-covered", contents = missing));
            }
            if let Some(text) = r.contents.measures_implemented.as_deref()
                && !before_act
                && not_written(
                    writing,
                    &r.loc,
                    "contents.measures_implemented",
                    Some(text),
                    true,
                )
                .is_none()
            {
                problems.extend(measures_cross_check(c.plan, &r.period, text));
            }
            if problems.is_empty() {
                let label = msg!(
                    "evidence-report-contents",
                    report = &r.id,
                    start = r.period.start,
                    end = r.period.end
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
    reads: super::NATIONAL_OBJECTIVES_READS,
    check: Some(|c: &mut Check<'_>| {
        // A VALKO link or a national objective counts when it names something: a link
        // titled "x" or an objective's `national_objective: x` does not.
        let writing = c.derived.writing();
        let mut shown = false;
        let mut unwritten: Vec<Message> = Vec::new();
        for l in c.plan.links.iter().filter(|l| l.is(LinkKind::Valko)) {
            match not_written(writing, &l.loc, "title", Some(&l.title), false) {
                None => {
                    shown = true;
                    c.met(c.plan.item(&l.loc), named(Kind::Link, &l.id, &l.title));
                }
                Some(why) => unwritten.push(msg!("ia023-link", link = &l.id, why = why)),
            }
        }
        for o in &c.plan.objectives {
            let Some(national) = o.national_objective.as_deref() else {
                continue;
            };
            match not_written(writing, &o.loc, "national_objective", Some(national), false) {
                None => {
                    shown = true;
                    let label = detailed(
                        named(Kind::Objective, &o.id, &o.statement),
                        msg!("evidence-national-objective", objective = national),
                    );
                    c.met(c.plan.at(&o.loc, "national_objective"), label);
                }
                Some(why) => unwritten.push(msg!("ia023-objective", objective = &o.id, why = why)),
            }
        }
        if shown {
            return;
        }
        let at = c.plan.section("links");
        let message = if unwritten.is_empty() {
            msg!("ia023-not-considered")
        } else {
            msg!("ia023-not-named", items = semicolons(unwritten))
        };
        c.report(message, at).resting_on_all_read();
    }),
    serves: Some(&duty::NATIONAL_OBJECTIVES),
};

/// The day the statutory checks of a plan under the former act say nothing of: a plan in
/// force on or after it is judged by what 681/2023 requires.
pub static FORMER_ACT: Rule = Rule {
    info: &RuleInfo {
        id: "IA026",
        name: "plan-under-former-act",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: &[
            src(SourceDoc::IntegrationAct, "13"),
            src(SourceDoc::IntegrationAct, "45"),
            src(SourceDoc::CoeMlg, COE_PLANNING),
        ],
    },
    reads: &[
        "municipality",
        "municipality.law_basis",
        "municipality.plan_period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            c.not_judged(msg!("reason-no-municipality"));
            return;
        };
        if m.law_basis != Some(LawBasis::IntegrationAct2010) {
            let at = c.plan.item(&m.loc);
            c.met(at, msg!("evidence-law-basis"));
            return;
        }
        // A plan whose period ended before the Act came into force is history: said once,
        // as information. One in force since then is judged by nothing else (the other
        // Integration Act rules are not run), so this one finding says what is missing.
        let in_force =
            m.plan_period.as_ref().is_none_or(|p| p.end >= ACT_IN_FORCE) && c.as_of >= ACT_IN_FORCE;
        let at = c.plan.at(&m.loc, "law_basis");
        let (severity, message) = if in_force {
            (
                Severity::Error,
                msg!("ia026-in-force", municipality = &m.name),
            )
        } else {
            (
                Severity::Info,
                msg!("ia026-history", municipality = &m.name),
            )
        };
        c.report_at(severity, message, Some(at), None);
    }),
    serves: Some(&duty::LAW_BASIS),
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
                msg!("evidence-plan-period", start = p.start, end = p.end),
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
    &SERVICE_NOT_DESCRIBED,
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
    &OBJECTIVE_WITHOUT_INDICATORS,
    &STRATEGY_MAINSTREAMING_MISSING,
    &WELLBEING_COUNTY_COOPERATION_MISSING,
    &COOPERATION_GROUP_MISSING,
    &PARTICIPATION_IN_PLANNING_MISSING,
    &GOOD_RELATIONS_WORKING_GROUP_MISSING,
    &REPORT_OVERDUE,
    &REPORT_CONTENTS_MISSING,
    &NATIONAL_OBJECTIVES_NOT_CONSIDERED,
    &FORMER_ACT,
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

/// The link to the §13 programme when it is kept as its own document: a link of that kind
/// that identifies a document (a title that is written, and an approval date, a URL or a
/// file) written under the Act 681/2023. A link titled "x", or with nothing to find the
/// document by, does not stand for the programme.
fn separate_programme(plan: &Plan) -> Option<&crate::model::Item<Link>> {
    let given = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.trim().is_empty());
    plan.links.iter().find(|l| {
        l.is(LinkKind::IntegrationProgramme)
            && l.law_basis != Some(LawBasis::IntegrationAct2010)
            && written::judge(&l.title, &[&l.id]).is_none()
            && (l.approved.is_some() || given(&l.url) || given(&l.file))
    })
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

/// The severity of a §45 finding: the rule's error where the Act asks it (the five areas),
/// a warning for what the plan adds of its own (`area: other`), which is guidance.
fn statutory_or_guidance(statutory: bool) -> Severity {
    if statutory {
        Severity::Error
    } else {
        Severity::Warning
    }
}

/// Whether a measure serves only objectives of the plan's own (`area: other`): it names
/// objectives, and none of them is in a statutory area.
fn optional_only(plan: &Plan, m: &crate::model::Measure) -> bool {
    let objectives: Vec<_> = m
        .objectives
        .iter()
        .filter_map(|o| plan.objective(o))
        .collect();
    !objectives.is_empty()
        && !objectives
            .iter()
            .any(|o| o.area.iter().any(|a| a.is_statutory()))
}

/// The one finding for the areas left without a written item, on those areas' rows;
/// `message` gets how many areas and their names.
/// The lines of a finding that lists items, each with why it falls short.
fn with_why<T>(items: &[(&T, Message)], line: impl Fn(&T, Message) -> Message) -> Vec<Arg> {
    items
        .iter()
        .map(|(it, why)| line(it, why.clone()).into())
        .collect()
}

fn report_unwritten_areas<'c, 'p>(
    c: &'c mut Check<'p>,
    areas: Vec<Area>,
    at: Location,
    message: impl FnOnce(usize, Arg) -> Message,
) -> super::Report<'c, 'p> {
    let rows: Vec<Row> = areas.iter().map(|a| Row::Area(*a)).collect();
    let count = areas.len();
    let names = semicolons(areas.into_iter().map(Area::name).collect());
    c.report(message(count, names), Some(at)).on_rows(rows)
}

/// Judges one area's items as written: each written one is the area's evidence, each
/// unwritten one is kept once (with why) for the finding listing them. Whether the area
/// has a written one.
fn judge_written<'p, T>(
    c: &mut Check<'p>,
    row: Row,
    items: Vec<&'p crate::model::Item<T>>,
    unwritten: &mut Vec<(&'p crate::model::Item<T>, Message)>,
    why: impl Fn(&Writing, &crate::model::Item<T>) -> Option<Message>,
    shown: impl Fn(&crate::model::Item<T>) -> Message,
) -> bool {
    let mut written_any = false;
    for it in items {
        match why(c.derived.writing(), it) {
            None => {
                written_any = true;
                let at = c.plan.item(&it.loc);
                c.met_on(row, at, shown(it));
            }
            Some(why) => {
                if !unwritten.iter().any(|(x, _)| std::ptr::eq(*x, it)) {
                    unwritten.push((it, why));
                }
            }
        }
    }
    written_any
}

/// Why a measure does not count as written: its title is a placeholder, a label or shared
/// with other measures, and no description of a sentence says what it is.
fn measure_unwritten(
    writing: &Writing,
    m: &crate::model::Item<crate::model::Measure>,
) -> Option<Message> {
    let title = not_written(writing, &m.loc, "title", Some(&m.title), false)?;
    let description = m.description.as_deref();
    not_written(writing, &m.loc, "description", description, true).map(|_| title)
}

/// Why the value of an item's `field` does not count as written (`written-what`): not
/// given, a mark, a placeholder, only a label, the same as other items', or (where a
/// `sentence` is asked for) too short to say anything; `None` when it is written.
fn not_written(
    writing: &Writing,
    loc: &crate::model::Loc,
    field: &str,
    value: Option<&str>,
    sentence: bool,
) -> Option<Message> {
    let Some(text) = value.filter(|v| !v.trim().is_empty()) else {
        return Some(msg!("written-what", why = "missing", value = ""));
    };
    let why = match writing.why(loc, field) {
        Some(why) => why.key(),
        None if sentence && !written::is_sentence(text) => "short",
        None => return None,
    };
    Some(msg!("written-what", why = why, value = one_line(text)))
}

/// A plan text on one line, at most 60 characters, for a finding that quotes it.
fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= 60 {
        line
    } else {
        let cut: String = line.chars().take(57).collect();
        format!("{cut}…")
    }
}

/// A service as a finding lists it, with what it has that does not count (`S3 'Civic
/// orientation' (only fi, sv)`), or alone when it has nothing.
fn service_noting(s: &Service, message: &'static str, key: &'static str, what: &[String]) -> Arg {
    if what.is_empty() {
        item(&s.id, &s.name).into()
    } else {
        Message::new(message)
            .arg("service", item(&s.id, &s.name))
            .arg(key, what.join(", "))
            .into()
    }
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

/// The names of a measure's partners of another organisation than its responsible
/// party's: actors of the plan, and partners it describes by kind ("local associations and
/// companies").
fn other_partners(plan: &Plan, m: &crate::model::Measure) -> Vec<String> {
    let responsible = m.responsible.as_deref();
    m.partners
        .iter()
        .filter(|p| plan.another_organisation(responsible, p))
        .map(|p| actor_name(plan, p))
        .chain(
            m.described_partners
                .iter()
                .filter(|p| plan.described_is_another(responsible, p.kind))
                .map(|p| p.text.clone()),
        )
        .collect()
}

/// How one area's measures cooperate.
struct AreaCooperation {
    /// Where to report: the first measure whose partners are all of its responsible
    /// party's own organisation, else the area's first objective.
    at: Location,
    /// The ids of the measures serving the area's objectives.
    measures: Vec<String>,
    count: usize,
    /// How many of them name a partner of another organisation than their responsible
    /// party's.
    with_partners: usize,
    /// Whether some measure names partners, all of its responsible party's organisation.
    self_partnered: bool,
}

/// For one area: how its measures cooperate. `None` when the area has no objective.
/// A partner of the measure's responsible party's own organisation (the party itself, or
/// another unit of the municipality) is no cooperation.
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
    let others = |m: &crate::model::Item<crate::model::Measure>| other_partners(plan, m).len();
    let self_partnered_at = serving
        .iter()
        .find(|m| (!m.partners.is_empty() || !m.described_partners.is_empty()) && others(m) == 0);
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

/// Stems that show a text speaks of immigrants, integration (its clients), diversity or good
/// relations, in English, Finnish and Swedish. They are matched inside words, so that they
/// find inflected forms and compounds alike (`maahanmuuttajien`,
/// `maahanmuuttajataustaisten`, `kotoutumisen`, `invandrarnas`, `goda relationer`), which
/// a word stemmer, blind to compounds, would miss.
const INTEGRATION_STEMS: &[&str] = &[
    // English
    "immigra",
    "migrant",
    "integrat",
    "divers",
    "multicultur",
    "intercultur",
    "good relation",
    "refugee",
    "asylum",
    "ethnic",
    "foreign-language",
    "foreign language",
    "foreign-born",
    "foreign born",
    "newcomer",
    "newly arrived",
    "minorit",
    "population group",
    // Finnish
    "maahanmuut",
    "maahantul",
    "kotoutu",
    "kotoudu",
    "kotoutta",
    "kotouta",
    "monikulttuur",
    "kulttuurienväli",
    "moninai",
    "väestösuhte",
    "väestöryhm",
    "pakolai",
    "turvapaik",
    "etni",
    "vieraskiel",
    "ulkomaalai",
    "ulkomailla syntyn",
    "vähemmistö",
    // Swedish
    "invandr",
    "integration",
    "integrer",
    "mångfald",
    "mångkultur",
    "goda relation",
    "befolkningsgrupp",
    "flykting",
    "asyl",
    "utlandsfödd",
    "främmande språk",
    "främmandespråk",
    "nyanlän",
    "minoritet",
    "interkultur",
];

/// Whether a text speaks of immigrants, integration, diversity or good relations. A note that
/// only says the strategy "applies to all residents" does not.
fn speaks_of_integration(text: &str) -> bool {
    let lower = text.to_lowercase();
    INTEGRATION_STEMS.iter().any(|stem| lower.contains(stem))
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

/// Stems that say how planning is coordinated: a meeting, a group or network, an
/// agreement, a representative or member, something shared or joint, a schedule or a
/// document of the county's (English, Finnish, Swedish). "As needed" says none of that.
const COORDINATION_STEMS: &[&str] = &[
    // English
    "meet",
    "group",
    "forum",
    "network",
    "agree",
    "joint",
    "shared",
    "common ",
    "representative",
    "member",
    "contact person",
    "liaison",
    "steering",
    "annual",
    "yearly",
    "each year",
    "every year",
    "spring",
    "autumn",
    "quarter",
    "twice",
    "monthly",
    "schedule",
    "timetable",
    "wellbeing report",
    "welfare report",
    "seat",
    // Finnish
    "kokou",
    "kokoontu",
    "ryhmä",
    "verkosto",
    "sopimu",
    "sopii",
    "yhteinen",
    "yhteise",
    "yhteisi",
    "edustaja",
    "edustu",
    "jäsen",
    "yhdyshenkil",
    "vuosittain",
    "kerran vuodessa",
    "kahdesti",
    "neljännes",
    "kuukausi",
    "aikataul",
    "keväisin",
    "syksyisin",
    "hyvinvointikerto",
    "hyvinvointisuunnitelm",
    "neuvottel",
    "tapaa",
    "foorumi",
    // Swedish
    "möte",
    "möten",
    "träff",
    "sammanträd",
    "grupp",
    "nätverk",
    "avtal",
    "överens",
    "gemensam",
    "representant",
    "medlem",
    "kontaktperson",
    "årlig",
    "varje år",
    "kvartal",
    "två gånger",
    "månad",
    "tidtabell",
    "välfärdsberättelse",
    "välfärdsplan",
    "årligen",
    "varje vår",
    "varje höst",
    "förhandl",
];

/// Whether a note on the county's plan says how the planning is coordinated.
fn says_how_coordinated(text: &str) -> bool {
    let lower = text.to_lowercase();
    COORDINATION_STEMS.iter().any(|stem| lower.contains(stem))
}

/// What shows the wellbeing services county is a party the plan coordinates with, as
/// evidence: the county responsible for or a partner in a measure or a programme service,
/// or a member or convener of a structure; or a link to its plan whose note says how the
/// planning is coordinated (a meeting, a group, an agreement, a schedule — "as needed" does
/// not say how). Listed among the actors and doing nothing is not coordination; nothing
/// shown is an empty list.
fn county_coordination<'p>(
    plan: &'p Plan,
    writing: &Writing,
) -> Vec<(&'p crate::model::Loc, crate::duty::Shown)> {
    let county = |id: &String| plan.is_kind(id, ActorKind::WellbeingServicesCounty);
    let mut shown: Vec<(&crate::model::Loc, crate::duty::Shown)> = Vec::new();
    // Each item the county takes part in, with what its part is.
    let mut taking_part =
        |loc: &'p crate::model::Loc, item: Message, part: &'static str, parties: Vec<&String>| {
            if parties.into_iter().any(county) {
                shown.push((loc, detailed(item, Message::new(part)).into()));
            }
        };
    for m in &plan.measures {
        let item = named(Kind::Measure, &m.id, &m.title);
        let parties = m.responsible.iter().chain(&m.partners).collect();
        taking_part(&m.loc, item, "evidence-county-in-measure", parties);
    }
    for s in &plan.services {
        let item = named(Kind::Service, &s.id, &s.name);
        let parties = s.responsible.iter().chain(&s.cooperation).collect();
        taking_part(&s.loc, item, "evidence-county-in-service", parties);
    }
    for s in &plan.structures {
        let item = named(Kind::Structure, &s.id, &s.name);
        let parties = s.convener.iter().chain(&s.members).collect();
        taking_part(&s.loc, item, "evidence-county-in-group", parties);
    }
    for l in plan
        .links
        .iter()
        .filter(|l| l.is(LinkKind::WellbeingServicesCountyPlan))
    {
        let note = l.mainstreaming.as_deref();
        if not_written(writing, &l.loc, "mainstreaming", note, true).is_none()
            && note.is_some_and(says_how_coordinated)
        {
            let label = detailed(
                named(Kind::Link, &l.id, &l.title),
                msg!("evidence-coordination-note"),
            );
            shown.push((&l.loc, label.into()));
        }
    }
    shown
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

/// The first two-year reporting period under the Act 681/2023: 2025 and 2026.
fn first_report_period(grace_months: u32) -> ReportPeriod {
    let start = ACT_IN_FORCE;
    let end = start.add_years(2).pred();
    ReportPeriod {
        start,
        end,
        due: end.add_months(grace_months),
    }
}

/// The two-year reporting periods from 1 January 2025, when the Act 681/2023 came into
/// force (2025–2026, 2027–2028, …), whatever period the plan covers, up to the one running
/// on `as_of`.
fn report_periods(as_of: Date, grace_months: u32) -> Vec<ReportPeriod> {
    let mut periods = Vec::new();
    let mut p = first_report_period(grace_months);
    // Bounded: two centuries of periods is more than any date a plan is judged on.
    for _ in 0..100 {
        if p.start > as_of {
            break;
        }
        let next = p.start.add_years(2);
        periods.push(p);
        let end = next.add_years(2).pred();
        p = ReportPeriod {
            start: next,
            end,
            due: end.add_months(grace_months),
        };
    }
    periods
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
    reads: &[
        "services",
        "measures",
        "services.kind",
        "services.component",
        "services.target_groups",
        "measures.kind",
        "measures.target_groups",
    ],
    check: Some(|c: &mut Check<'_>| {
        // A guidance service of the programme open to every immigrant (an info centre for
        // all) gives the low-threshold guidance as a measure would.
        let services: Vec<_> = programme_services(c.plan)
            .filter(|s| {
                s.component == Some(Component::GuidanceAndCounselling)
                    && s.target_groups.iter().any(|g| {
                        matches!(
                            g,
                            PopulationGroup::Immigrants | PopulationGroup::AllResidents
                        )
                    })
            })
            .collect();
        for s in &services {
            c.met(c.plan.item(&s.loc), named(Kind::Service, &s.id, &s.name));
        }
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
        if !open.is_empty() || !services.is_empty() {
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
        let plan = "municipality: {name: Fixture}\nlinks:\n  - {id: L1, kind: [integration_programme], title: Kotoutumisohjelma 2025-2028, approved: 2024-12-16}\n";
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
        // A link that identifies no document (no date, URL or file; or a title "x"; or the
        // former act) does not switch the programme's checks off: IA001 says so at the link.
        for (name, link) in [
            ("no-date", "title: Kotoutumisohjelma"),
            (
                "placeholder-title",
                "title: x, url: https://example.org/p.pdf",
            ),
            (
                "former-act",
                "title: Kotouttamisohjelma 2018, approved: 2018-05-01, law_basis: 1386/2010",
            ),
        ] {
            let plan = format!(
                "municipality: {{name: Fixture}}\nlinks:\n  - {{id: L1, kind: integration_programme, {link}}}\n"
            );
            let found = all(name, &plan);
            let ia001: Vec<_> = found.iter().filter(|(id, _)| *id == "IA001").collect();
            assert_eq!(ia001.len(), 1, "{name}: {found:?}");
            assert!(ia001[0].1.starts_with("link L1"), "{name}: {ia001:?}");
            assert!(!found.iter().any(|(id, _)| *id == "IA006"), "{name}");
        }
        // A URL or a file identifies it as well as a date does.
        for (name, link) in [
            ("url", "url: https://example.org/ohjelma.pdf"),
            ("file", "file: docs/ohjelma.pdf"),
        ] {
            let plan = format!(
                "municipality: {{name: Fixture}}\nlinks:\n  - {{id: L1, kind: integration_programme, title: Kotoutumisohjelma, {link}}}\n"
            );
            let found = all(name, &plan);
            assert!(
                found.iter().any(|(id, _)| *id == "IA006"),
                "{name}: {found:?}"
            );
            assert!(!found.iter().any(|(id, _)| *id == "IA001"), "{name}");
        }
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
        assert_eq!(late[0].0, 1, "no reports section: at the plan as a whole");
        assert!(
            late[0]
                .1
                .contains("2025-01-01 to 2026-12-31 (due 2027-03-31)"),
            "{late:?}"
        );
        assert!(late[0].1.contains("the ELY Centre / vitality centre"));
    }

    /// The duty runs in two-year periods from 1.1.2025 whatever the plan's own period: a plan
    /// for 2023-2026 owes the 2025-2026 report, and one without a period is judged too.
    #[test]
    fn periods_run_from_the_act_whatever_the_plan_period() {
        let plan =
            "municipality:\n  name: Fixture\n  plan_period: {start: 2023-01-01, end: 2026-12-31}\n";
        let found = run("pre-act", plan, "2027-06-01", "IA021");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].1.contains("2023-01-01"), "{found:?}");
        assert!(found[0].1.contains("2025-01-01 to 2026-12-31"));
        assert!(run("pre-act-early", plan, "2026-06-01", "IA021").is_empty());
        // A plan starting mid-period owes the same periods.
        let mid =
            "municipality:\n  name: Fixture\n  plan_period: {start: 2026-01-01, end: 2029-12-31}\n";
        let found = run("mid", mid, "2029-06-01", "IA021");
        assert!(found[0].1.contains("2025-01-01 to 2026-12-31"), "{found:?}");
        assert!(found[0].1.contains("2027-01-01 to 2028-12-31"), "{found:?}");
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
    fn no_plan_period_is_judged_from_the_act() {
        let plan = "municipality: {name: Fixture}\n";
        let found = run("no-period", plan, "2027-06-01", "IA021");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("2025-01-01 to 2026-12-31"));
        assert!(run("no-period-early", plan, "2027-01-01", "IA021").is_empty());
    }

    /// A submitted date that cannot be true (after the day judged, before the report's own
    /// period ended) or a period shorter than the one due does not count.
    #[test]
    fn a_report_counts_only_when_it_could_have_been_submitted() {
        let report = |period: &str, submitted: &str| {
            format!(
                "{PLAN_2025}reports:\n  - {{id: R1, period: {period}, submitted: {submitted}}}\n"
            )
        };
        let full = "{start: 2025-01-01, end: 2026-12-31}";
        assert!(run("ok", &report(full, "2027-02-01"), "2027-06-01", "IA021").is_empty());
        let future = run("future", &report(full, "2027-09-01"), "2027-06-01", "IA021");
        assert_eq!(future.len(), 1, "{future:?}");
        assert!(
            future[0].1.contains("2025-01-01 to 2026-12-31"),
            "{future:?}"
        );
        assert!(
            future[0]
                .1
                .contains("not counted: report R1 is recorded as submitted on 2027-09-01, after the day judged (2027-06-01)"),
            "{future:?}"
        );
        let early = run("early", &report(full, "2026-06-01"), "2027-06-01", "IA021");
        assert!(
            early[0].1.contains("before its period ended on 2026-12-31"),
            "{early:?}"
        );
        let short = run(
            "short",
            &report("{start: 2026-01-01, end: 2026-12-31}", "2027-02-01"),
            "2027-06-01",
            "IA021",
        );
        assert_eq!(short.len(), 1, "{short:?}");
        assert!(short[0].1.contains("2025-01-01 to 2026-12-31"), "{short:?}");
        // A record that cannot be true is named even when no report is due.
        let old = "municipality: {name: Fixture}\nreports:\n  - {id: R0, period: {start: 2023-01-01, end: 2024-12-31}, submitted: 2024-06-01}\n";
        let found = run("old-early", old, "2026-06-01", "IA021");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 3, "at the record's `submitted`");
        assert!(
            found[0].1.contains("a report record does not count"),
            "{found:?}"
        );
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

    /// The county counts as a party the plan coordinates with when it takes part in
    /// something, or its plan is linked with a note on how; listed and idle, or "as needed",
    /// it does not.
    #[test]
    fn county_coordination_needs_a_party_or_a_note_on_how() {
        let base = "municipality: {name: Fixture}\nactors:\n  - {id: hva, name: County, kind: hyvinvointialue}\n";
        assert!(
            run("county-none", base, "2026-01-01", "IA017")[0]
                .1
                .contains("County is not responsible")
        );
        let taking_part = [
            (
                "county-measure",
                "objectives:\n  - {id: O1, area: wellbeing_health_housing, statement: S}\nmeasures:\n  - {id: M1, title: T, objectives: [O1], partners: [hva]}\n",
            ),
            (
                "county-group",
                "structures:\n  - {id: G1, name: G, kind: cooperation_group, members: [hva]}\n",
            ),
            (
                "county-service",
                "services:\n  - {id: S1, name: S, component: needs_assessment, cooperation: [hva]}\n",
            ),
            (
                "county-note",
                "links:\n  - {id: L1, kind: wellbeing_services_county_plan, title: P, mainstreaming: The county's coordinator sits in our cooperation group, which meets four times a year.}\n",
            ),
            (
                "county-note-fi",
                "links:\n  - {id: L1, kind: wellbeing_services_county_plan, title: P, mainstreaming: Suunnitelmat sovitetaan yhteen yhteisessä työryhmässä kahdesti vuodessa.}\n",
            ),
        ];
        for (name, part) in taking_part {
            let plan = format!("{base}{part}");
            let found = run(name, &plan, "2026-01-01", "IA017");
            assert!(found.is_empty(), "{name}: {found:?}");
        }
        for (name, note) in [
            (
                "as-needed",
                "Planning is coordinated with the county as needed.",
            ),
            (
                "tarvittaessa",
                "Suunnittelu sovitetaan yhteen tarvittaessa.",
            ),
            (
                "vid-behov",
                "Planeringen samordnas med välfärdsområdet vid behov.",
            ),
            ("placeholder", "TBD"),
        ] {
            let plan = format!(
                "{base}links:\n  - {{id: L1, kind: wellbeing_services_county_plan, title: P, mainstreaming: {note}}}\n"
            );
            let found = run(name, &plan, "2026-01-01", "IA017");
            assert_eq!(found.len(), 1, "{name}: {found:?}");
            assert!(
                found[0].1.contains("the note on link L1"),
                "{name}: {found:?}"
            );
        }
    }
}
