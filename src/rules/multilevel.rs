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
        summary: "The cooperation group or good-relations working group meets less often than the plan's cycle needs, or only as needed.",
        rationale: "The CoE elements ask for regular meetings, and Recommendation 5 for Finland asks that meeting frequency follow need and be synchronised with the cycles of the sectors and levels whose objectives and actions the group coordinates. goodrel takes the plan's cycle as at least two meetings a year (one while the sectors prepare next year's budget and operating plans, one to review implementation), raised to the most frequent indicator measurement in the plan up to quarterly, so that the group sees each round of monitoring data. `as_needed` ties the group to no cycle. A group without `meets` is left to the rule on meeting frequency. The regional group is convened by the ELY Centre / vitality centre and not checked. Warning: a guide recommendation.",
        help: "Set the group's `meets` to match the plan's cycle (e.g. `quarterly` or `twice_a_year`) and schedule the meetings before budget preparation and after each monitoring round.",
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
        summary: "An authority's declared level differs from the level its kind works at (e.g. a ministry marked local).",
        rationale: "The multilevel map places actors by their `level`, and some public authorities work at one level only: the wellbeing services county, the ELY Centre / vitality centre, AVI and the regional council regionally, ministries nationally. A different declared level is almost always a slip and puts the actor on the wrong row of `goodrel governance`. Municipal sectors (a jointly run service may be regional), NGOs, businesses and other actors may work at any level and are not checked. Info: it changes the overview, not compliance.",
        help: "Correct the actor's `level` (or leave it out: goodrel infers it from the kind).",
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
