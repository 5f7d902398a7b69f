//! Multilevel governance (CoE-MLG Parts I and II): whether the cooperation groups meet as
//! often as the plan's cycle needs, and whether actors sit on the level their kind implies.
//! The multilevel map itself is in [`crate::governance::levels`] and shown by
//! `goodrel governance`; what it finds missing are suggestions there, not findings here.

use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::governance::{levels, quality};
use crate::model::Frequency;
use crate::msg;

pub static COOPERATION_GROUP_MEETS_TOO_RARELY: Rule = Rule {
    info: &RuleInfo {
        id: "MLG020",
        name: "cooperation-group-meets-too-rarely",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            src(
                SourceDoc::CoeMlg,
                "Part I, element 3 \"Grassroots consultation ... regular meetings\"",
            ),
            src(SourceDoc::CoeMlg, "Part I, Table 1, Recommendation 5"),
            src(
                SourceDoc::Osce,
                "Chapter 4, \"Create sustainable, enduring partnerships\"",
            ),
        ],
    },
    reads: &[
        "actors",
        "measures",
        "indicators",
        "structures",
        "measures.responsible",
        "measures.kind",
        "measures.languages",
        "measures.dialogue",
        "indicators.frequency",
        "structures.convener",
        "structures.meets",
        "structures.meetings_per_year",
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
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        let required = quality::required_meetings(plan);
        for s in plan
            .structures
            .iter()
            .filter(|s| quality::is_cycle_group(s.kind))
        {
            // A number of meetings a year, when the plan gives one, is read before `meets`.
            if let Some(per_year) = s.meetings_per_year {
                if per_year < required.per_year {
                    c.report(
                        msg!(
                            "mlg020-too-rarely",
                            id = s.id.as_str(),
                            name = s.name.as_str(),
                            frequency = msg!("times-a-year", count = per_year.round() as u64),
                            because = required.because.clone()
                        ),
                        Some(plan.at(&s.loc, "meetings_per_year")),
                    );
                }
                continue;
            }
            let Some(meets) = s.meets else { continue };
            let message = if meets == Frequency::AsNeeded {
                msg!(
                    "mlg020-only-as-needed",
                    id = s.id.as_str(),
                    name = s.name.as_str(),
                    because = required.because.clone()
                )
            } else if meets.per_year() < required.per_year {
                msg!(
                    "mlg020-too-rarely",
                    id = s.id.as_str(),
                    name = s.name.as_str(),
                    frequency = quality::frequency(meets),
                    because = required.because.clone()
                )
            } else {
                continue;
            };
            c.report(message, Some(plan.at(&s.loc, "meets")));
        }
    }),
};

pub static ACTOR_LEVEL_CONTRADICTS_KIND: Rule = Rule {
    info: &RuleInfo {
        id: "MLG021",
        name: "actor-level-contradicts-kind",
        family: Family::Governance,
        severity: Severity::Info,
        sources: &[src(
            SourceDoc::CoeMlg,
            "Part II, \"Actors, policy programmes and participatory structures\"",
        )],
    },
    reads: &[
        "municipality",
        "actors",
        "structures",
        "links",
        "municipality.regional_authority",
        "actors.level",
        "structures.level",
        "links.level",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for a in &plan.actors {
            let (Some(declared), Some(fixed)) = (a.level, levels::fixed_actor_level(a.kind)) else {
                continue;
            };
            if declared != fixed {
                c.report(
                    msg!(
                        "mlg021-level-contradicts-kind",
                        id = a.id.as_str(),
                        name = a.name.as_str(),
                        declared = levels::level_name(declared),
                        kind = msg!("mlg021-kind", key = super::governance::key_of(&a.kind)),
                        fixed = levels::level_name(fixed)
                    ),
                    Some(plan.at(&a.loc, "level")),
                );
            }
        }
    }),
};

pub static RULES: &[&Rule] = &[
    &COOPERATION_GROUP_MEETS_TOO_RARELY,
    &ACTOR_LEVEL_CONTRADICTS_KIND,
];
