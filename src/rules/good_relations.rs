//! Good relations between population groups as strategic work (MoJ-GR): the prerequisites, the
//! strategy process, related plans and monitoring. The non-discrimination plan is a statutory
//! duty (error); the rest is the Ministry of Justice's guidance (warnings and info).

use super::governance::{count, words};
use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::model::{Area, Instrument, LinkKind, Sector};

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
        summary: "The plan does not say what it means by good relations or which population groups the work concerns.",
        rationale: "The Ministry of Justice guide lists, among the prerequisites of strategic good-relations work, that the municipality states clearly what it means by relations between population groups and which groups are concerned. Good relations concern all residents, not only immigrants; without a stated scope, sectors read it as an integration matter only. Warning: guidance.",
        help: "Add `municipality.good_relations` with a `definition` in your own words and the `groups` the work concerns (e.g. immigrants, majority_population, roma, swedish_speakers, young_people).",
        sources: &[PREREQUISITES],
    },
    reads: &["municipality", "municipality.good_relations"],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let message = match &m.good_relations {
            None => {
                "the plan does not say what it means by good relations between population groups"
            }
            Some(scope) if scope.groups.is_empty() => {
                "the plan does not say which population groups its good-relations work concerns"
            }
            Some(_) => return,
        };
        let at = c.plan.at(&m.loc, "good_relations");
        c.report(message, Some(at));
    }),
};

pub static NARROW_SCOPE: Rule = Rule {
    info: &RuleInfo {
        id: "GR002",
        name: "good-relations-narrow-scope",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "The measures for good-relations objectives come from fewer than three sectors.",
        rationale: "The Ministry of Justice guide asks that good-relations work be understood broadly, reaching welfare services, housing, land use planning, education, youth, security and culture, and that people from all service functions take part. When the measures serving the good-relations objectives come from one or two sectors, the work stays a side project. A measure's sector is its `sector`, else its responsible actor's sector. Warning: guidance.",
        help: "Add measures for the good-relations objectives from other sectors (e.g. housing, urban planning, youth, basic education, culture, security), and give each measure its `sector`.",
        sources: &[
            PREREQUISITES,
            src(
                SourceDoc::MojGr,
                "\"Extensive work in municipal administrative branches to ensure good relations\"",
            ),
        ],
    },
    reads: &super::with_pyramid::<27>(&["objectives", "measures.objectives"]),
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
            let what = if sectors.is_empty() {
                "no stated sector".to_owned()
            } else {
                let names: Vec<String> = sectors.iter().map(words).collect();
                format!(
                    "only {} ({})",
                    count(sectors.len(), "sector", "sectors"),
                    names.join(", ")
                )
            };
            let at = plan.item(&first.loc);
            c.report(
                format!("the measures for the good-relations objectives come from {what}; good relations need at least three sectors"),
                Some(at),
            );
        }
    }),
};

pub static MEASURE_WITHOUT_TIMETABLE: Rule = Rule {
    info: &RuleInfo {
        id: "GR003",
        name: "measure-without-timetable",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "A measure has no timetable.",
        rationale: "The Ministry of Justice guide asks for a responsible party and a timetable for every measure, and for the municipality to follow whether the timetable is kept. A measure with no start date cannot be followed up, nor reported on in the two-yearly report. Warning: guidance.",
        help: "Add `timetable:` with a `start` date and, for a time-limited measure, an `end` date; a standing measure has `ongoing: true` (its `start` may be left out).",
        sources: &[STRATEGY],
    },
    reads: &["measures", "measures.timetable"],
    check: Some(|c: &mut Check<'_>| {
        for m in &c.plan.measures {
            if m.timetable.as_ref().is_none_or(|t| t.is_empty()) {
                let at = c.plan.item(&m.loc);
                c.report(
                    format!("measure {} '{}' has no timetable", m.id, m.title),
                    Some(at),
                );
            }
        }
    }),
};

pub static NON_DISCRIMINATION_PLAN_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "GR004",
        name: "non-discrimination-plan-missing",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "The plan does not link to the municipality's non-discrimination plan.",
        rationale: "Under the Non-Discrimination Act 1325/2014 authorities, municipalities among them, must assess how equality is realised in their activities, promote it, and draw up a non-discrimination plan; the Ministry of Justice guide names that plan as a main tool for developing relations between groups. The duty is to have the non-discrimination plan, not to link to it from this plan: a missing link does not show that the plan is missing, so this is advice. Warning: the Ministry of Justice guide asks that the connection to statutory plans be made visible.",
        help: "Add a `links:` entry with `kind: non_discrimination_plan`, its title and, if public, its URL.",
        sources: &[
            src(
                SourceDoc::NonDiscriminationAct,
                "duty of authorities to promote equality and draw up a non-discrimination plan",
            ),
            src(
                SourceDoc::MojGr,
                "\"Obligations of the municipality in the promotion of good relations\"",
            ),
            src(SourceDoc::CoeMlg, "Part III, introduction"),
        ],
    },
    reads: &["links"],
    check: Some(|c: &mut Check<'_>| {
        if !c.plan.links_to(LinkKind::NonDiscriminationPlan) {
            let at = c.plan.section("links");
            c.report(
                "the plan does not link to the municipality's non-discrimination plan",
                at,
            );
        }
    }),
};

pub static SECURITY_PLAN_UNLINKED: Rule = Rule {
    info: &RuleInfo {
        id: "GR005",
        name: "security-plan-unlinked",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "The plan does not link to the municipality's security plan.",
        rationale: "Local safety planning is where confrontations, conflicts and hate crime are handled locally; the Ministry of Justice guide lists the security plan among the plans good-relations work should connect to, and the CoE guide's national overview places local safety planning beside the integration programme. Warning: guidance.",
        help: "Add a `links:` entry with `kind: security_plan` and say in its `mainstreaming` how it takes relations between population groups into account.",
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
    reads: &["links"],
    check: Some(|c: &mut Check<'_>| {
        if !c.plan.links_to(LinkKind::SecurityPlan) {
            let at = c.plan.section("links");
            c.report(
                "the plan does not link to the municipality's security plan",
                at,
            );
        }
    }),
};

pub static OBJECTIVES_NOT_COMMUNICATED: Rule = Rule {
    info: &RuleInfo {
        id: "GR006",
        name: "objectives-not-communicated",
        family: Family::GoodRelations,
        severity: Severity::Info,
        summary: "The plan does not say how its objectives are communicated to authorities and residents.",
        rationale: "The Ministry of Justice guide ends the strategy process with communicating the objectives to the municipality's authorities and residents, so that decision-makers, staff and residents know what good relations are about and whom they concern. Info: advice on carrying the plan out.",
        help: "List under `municipality.communication` how the objectives are communicated (e.g. \"city website in fi, sv, en\", \"briefing for sector directors\", \"resident evening\").",
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
            c.report(
                "the plan does not say how its objectives are communicated to authorities and residents",
                Some(at),
            );
        }
    }),
};

pub static NOT_MONITORED: Rule = Rule {
    info: &RuleInfo {
        id: "GR007",
        name: "good-relations-not-monitored",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "Nothing in the plan measures relations between population groups.",
        rationale: "The Ministry of Justice guide treats monitoring and measuring relations between groups as one of the three parts of the work, with examples such as a recurring atmosphere survey and the ministry's data-collection sessions with population groups. With no such indicator and no indicator on any good-relations objective, the plan cannot tell whether relations improve. Warning: guidance.",
        help: "Add an indicator with `instrument: atmosphere_survey` or `data_collection_sessions`, or attach indicators to the good-relations objectives (`objectives[].indicators`).",
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
            c.report(
                "no indicator measures relations between population groups: there is no atmosphere survey or data-collection session, and no good-relations objective has an indicator",
                at,
            );
        }
    }),
};

pub static PLAN_NOT_APPROVED: Rule = Rule {
    info: &RuleInfo {
        id: "GR008",
        name: "plan-not-approved",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "The plan does not say which body approved it and when.",
        rationale: "The Ministry of Justice guide names the support of municipal management and the commitment of decision-makers as prerequisites of good-relations work; the ministry's checklist likewise asks for decision-makers committed to a timetable. A recorded approval is the visible sign of that commitment. Warning: guidance (the plan may still be in preparation).",
        help: "Add `municipality.approval` with the approving `body` (e.g. City Council) and the `date` of the decision.",
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
                format!(
                    "the plan of {} does not say which body approved it and when",
                    m.name
                ),
                Some(at),
            );
        }
    }),
};

pub static MEASURE_PAST_TIMETABLE: Rule = Rule {
    info: &RuleInfo {
        id: "GR009",
        name: "measure-past-timetable",
        family: Family::GoodRelations,
        severity: Severity::Warning,
        summary: "Measures whose timetable has ended are still marked planned or ongoing.",
        rationale: "The Ministry of Justice guide asks the municipality to set a timetable for each measure and to monitor that it is kept. A measure whose `timetable.end` has passed (judged by `--as-of`) but whose `status` is still `planned` or `ongoing` is either late or its status was not updated: either way the plan no longer says what is happening. Standing measures (`ongoing: true`, or no end) are not judged. All such measures make one finding, at the first. Warning: guidance.",
        help: "For each measure listed, set `status: done` or `dropped`, or move `timetable.end` to the new date and say why in its description.",
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
        let mut listed: Vec<String> = late
            .iter()
            .take(SHOWN)
            .map(|(m, end)| {
                let status = if m.status == Some(Status::Planned) {
                    "planned"
                } else {
                    "ongoing"
                };
                format!("{} '{}' (ended {end}, still {status})", m.id, m.title)
            })
            .collect();
        if late.len() > SHOWN {
            listed.push(format!("and {} more", late.len() - SHOWN));
        }
        let at = c.plan.at(&first.loc, "timetable");
        c.report(
            format!(
                "{} past the end of {} timetable: {}",
                count(late.len(), "measure is", "measures are"),
                if late.len() == 1 { "its" } else { "their" },
                listed.join(", ")
            ),
            Some(at),
        );
    }),
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
