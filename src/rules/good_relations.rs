//! Good relations between population groups as strategic work (MoJ-GR): the prerequisites, the
//! strategy process, related plans and monitoring. The non-discrimination plan is a statutory
//! duty (error); the rest is the Ministry of Justice's guidance (warnings and info).

use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::i18n::{Message, Term};
use crate::model::{Area, Instrument, LinkKind, Sector};
use crate::msg;

const STRATEGY: super::Source = src(
    SourceDoc::MojGr,
    "\"Creating a strategy or programme for improving good relations\"",
);
const PREREQUISITES: super::Source = src(
    SourceDoc::MojGr,
    "\"Strategic basis and prerequisites for promoting good relations\"",
);

pub static SCOPE_UNDEFINED: Rule = Rule {
    info: &RuleInfo {
        id: "GR001",
        name: "good-relations-scope-undefined",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[PREREQUISITES],
    },
    reads: &["municipality", "municipality.good_relations"],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let message = match &m.good_relations {
            None => msg!("gr001-no-definition"),
            Some(scope) if scope.groups.is_empty() => msg!("gr001-no-groups"),
            Some(_) => return,
        };
        let at = c.plan.at(&m.loc, "good_relations");
        c.report(message, Some(at));
    }),
    serves: None,
};

pub static NARROW_SCOPE: Rule = Rule {
    info: &RuleInfo {
        id: "GR002",
        name: "good-relations-narrow-scope",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[
            PREREQUISITES,
            src(
                SourceDoc::MojGr,
                "\"Extensive work in municipal administrative branches to ensure good relations\"",
            ),
        ],
    },
    reads: &[
        "objectives",
        "measures",
        "actors",
        "objectives.area",
        "measures.objectives",
        "measures.sector",
        "measures.responsible",
        "actors.sector",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        let Some(first) = plan
            .objectives
            .iter()
            .find(|o| o.serves(Area::GoodRelations))
        else {
            return; // The Integration Act rules report a missing planning area.
        };
        let mut sectors: Vec<Sector> = Vec::new();
        for o in plan
            .objectives
            .iter()
            .filter(|o| o.serves(Area::GoodRelations))
        {
            for m in plan.measures_for(&o.id) {
                let sector = m.sector.or_else(|| {
                    m.responsible
                        .as_deref()
                        .and_then(|id| plan.actor(id))
                        .and_then(|a| a.sector)
                });
                if let Some(s) = sector
                    && !sectors.contains(&s)
                {
                    sectors.push(s);
                }
            }
        }
        if sectors.len() < 3 {
            let message = if sectors.is_empty() {
                msg!("gr002-no-sector")
            } else {
                let names: Vec<Message> = sectors.iter().map(Term::term).collect();
                msg!("gr002-few-sectors", count = sectors.len(), sectors = names)
            };
            let at = plan.item(&first.loc);
            // The sectors are counted across every measure of the area.
            c.report(message, Some(at)).resting_on_all_read();
        }
    }),
    serves: None,
};

pub static MEASURE_WITHOUT_TIMETABLE: Rule = Rule {
    info: &RuleInfo {
        id: "GR003",
        name: "measure-without-timetable",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[STRATEGY],
    },
    reads: &["measures", "measures.timetable"],
    check: Some(|c: &mut Check<'_>| {
        for m in &c.plan.measures {
            if m.timetable.as_ref().is_none_or(|t| t.is_empty()) {
                let at = c.plan.item(&m.loc);
                c.report(
                    msg!(
                        "gr003-no-timetable",
                        id = m.id.as_str(),
                        title = m.title.as_str()
                    ),
                    Some(at),
                );
            }
        }
    }),
    serves: None,
};

pub static NON_DISCRIMINATION_PLAN_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "GR004",
        name: "non-discrimination-plan-missing",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::NonDiscriminationAct, "5"),
            src(
                SourceDoc::MojGr,
                "\"Obligations of the municipality in the promotion of good relations\"",
            ),
            src(SourceDoc::CoeMlg, "Part III, introduction"),
        ],
    },
    reads: &["links", "links.kind"],
    check: Some(|c: &mut Check<'_>| {
        if !c.plan.links_to(LinkKind::NonDiscriminationPlan) {
            let at = c.plan.section("links");
            c.report(msg!("gr004-no-non-discrimination-plan"), at);
        }
    }),
    serves: None,
};

pub static SECURITY_PLAN_UNLINKED: Rule = Rule {
    info: &RuleInfo {
        id: "GR005",
        name: "security-plan-unlinked",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[
            src(
                SourceDoc::MojGr,
                "\"Obligations of the municipality in the promotion of good relations\" (related plans)",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part II, \"Actors, policy programmes and participatory structures\"",
            ),
        ],
    },
    reads: &["links", "links.kind"],
    check: Some(|c: &mut Check<'_>| {
        if !c.plan.links_to(LinkKind::SecurityPlan) {
            let at = c.plan.section("links");
            c.report(msg!("gr005-no-security-plan"), at);
        }
    }),
    serves: None,
};

pub static OBJECTIVES_NOT_COMMUNICATED: Rule = Rule {
    info: &RuleInfo {
        id: "GR006",
        name: "objectives-not-communicated",
        family: Family::GoodRelations,
        severity: Severity::Info,
        sources: &[
            STRATEGY,
            src(
                SourceDoc::MojGr,
                "\"Communicating the importance of good relations in the municipality\"",
            ),
        ],
    },
    // Only the municipality's own words: an unreadable measures section must not skip it.
    reads: &["municipality", "municipality.communication"],
    check: Some(|c: &mut Check<'_>| {
        if let Some(m) = &c.plan.municipality
            && m.communication.iter().all(|s| s.trim().is_empty())
        {
            let at = c.plan.at(&m.loc, "communication");
            c.report(msg!("gr006-not-communicated"), Some(at));
        }
    }),
    serves: None,
};

pub static NOT_MONITORED: Rule = Rule {
    info: &RuleInfo {
        id: "GR007",
        name: "good-relations-not-monitored",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[
            src(
                SourceDoc::MojGr,
                "monitoring and measuring relations between population groups, Example 10 (atmosphere survey)",
            ),
            src(
                SourceDoc::MojTool,
                "monitoring and repeated data-collection sessions",
            ),
        ],
    },
    reads: &[
        "objectives",
        "indicators",
        "objectives.indicators",
        "indicators.instrument",
        "objectives.area",
    ],
    check: Some(|c: &mut Check<'_>| {
        let instrument = c.plan.indicators.iter().any(|i| {
            matches!(
                i.instrument,
                Some(Instrument::AtmosphereSurvey | Instrument::DataCollectionSessions)
            )
        });
        let objective = c
            .plan
            .objectives
            .iter()
            .any(|o| o.serves(Area::GoodRelations) && !o.indicators.is_empty());
        if !instrument && !objective {
            let at = c.plan.section("indicators");
            c.report(msg!("gr007-not-monitored"), at);
        }
    }),
    serves: None,
};

pub static PLAN_NOT_APPROVED: Rule = Rule {
    info: &RuleInfo {
        id: "GR008",
        name: "plan-not-approved",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[
            PREREQUISITES,
            STRATEGY,
            src(
                SourceDoc::MinistryChecklist,
                "step 1: commit decision-makers to a timetable",
            ),
        ],
    },
    reads: &["municipality", "municipality.approval"],
    check: Some(|c: &mut Check<'_>| {
        if let Some(m) = &c.plan.municipality
            && m.approval.is_none()
        {
            let at = c.plan.item(&m.loc);
            c.report(
                msg!("gr008-not-approved", municipality = m.name.as_str()),
                Some(at),
            );
        }
    }),
    serves: None,
};

pub static MEASURE_PAST_TIMETABLE: Rule = Rule {
    info: &RuleInfo {
        id: "GR009",
        name: "measure-past-timetable",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        sources: &[STRATEGY],
    },
    reads: &["measures", "measures.timetable", "measures.status"],
    check: Some(|c: &mut Check<'_>| {
        use crate::model::Status;
        let late: Vec<_> = c
            .plan
            .measures
            .iter()
            .filter(|m| matches!(m.status, Some(Status::Planned | Status::Ongoing)))
            .filter_map(|m| {
                let t = m.timetable.as_ref()?;
                let end = t.end.filter(|e| !t.ongoing && *e < c.as_of)?;
                Some((m, end))
            })
            .collect();
        let Some((first, _)) = late.first() else {
            return;
        };
        // The first few by name keep the message readable; the rest are counted.
        const SHOWN: usize = 5;
        let mut listed: Vec<Message> = late
            .iter()
            .take(SHOWN)
            .map(|(m, end)| {
                let status = if m.status == Some(Status::Planned) {
                    "planned"
                } else {
                    "ongoing"
                };
                msg!(
                    "gr009-measure",
                    id = m.id.as_str(),
                    title = m.title.as_str(),
                    end = end,
                    status = status
                )
            })
            .collect();
        if late.len() > SHOWN {
            listed.push(msg!("gr009-more", count = late.len() - SHOWN));
        }
        let at = c.plan.at(&first.loc, "timetable");
        c.report(
            msg!(
                "gr009-past-timetable",
                count = late.len(),
                measures = listed
            ),
            Some(at),
        )
        .resting_on_all("measures");
    }),
    serves: None,
};

pub static RULES: &[&Rule] = &[
    &SCOPE_UNDEFINED,
    &NARROW_SCOPE,
    &MEASURE_WITHOUT_TIMETABLE,
    &NON_DISCRIMINATION_PLAN_MISSING,
    &SECURITY_PLAN_UNLINKED,
    &OBJECTIVES_NOT_COMMUNICATED,
    &NOT_MONITORED,
    &PLAN_NOT_APPROVED,
    &MEASURE_PAST_TIMETABLE,
];
