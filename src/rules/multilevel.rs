//! Multilevel governance (CoE-MLG Parts I and II): whether the cooperation groups meet as
//! often as the plan's cycle needs, and whether actors sit on the level their kind implies.
//! The multilevel map itself is in [`crate::governance::levels`] and shown by
//! `goodrel governance`; what it finds missing are suggestions there, not findings here.

use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::governance::{levels, quality};
use crate::model::Frequency;

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
            let Some(meets) = s.meets else { continue };
            let message = if meets == Frequency::AsNeeded {
                format!(
                    "{} '{}' meets only as needed; {}",
                    s.id, s.name, required.because
                )
            } else if meets.per_year() < required.per_year {
                format!(
                    "{} '{}' meets {}; {}",
                    s.id,
                    s.name,
                    quality::frequency_words(meets),
                    required.because
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
                    format!(
                        "actor {} '{}' is marked {} but a {} works at {} level",
                        a.id,
                        a.name,
                        levels::level_name(declared),
                        crate::governance::levels::actor_kind_words(a.kind),
                        levels::level_name(fixed)
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
