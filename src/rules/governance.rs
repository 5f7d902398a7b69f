//! Council of Europe multilevel governance (CoE-MLG Part I): the elements of good multilevel
//! governance that apply to a municipality (2–6), the recommendations for Finland that concern
//! municipalities (2, 4, 5, 6, 7) and the OSCE's transparency principle. These are guidance,
//! not statute, so they are warnings (or info where they are advice).

use serde::Serialize;

use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::{Location, Severity};
use crate::governance::{levels, quality};
use crate::i18n::{Message, Term};
use crate::model::{
    ActorKind, Frequency, FundingUse, LinkKind, Measure, ParticipationForm, Plan, PopulationGroup,
    Structure, StructureKind,
};
use crate::msg;

// ---------------------------------------------------------------------------------------------
// Helpers shared with the good-relations and participation families.

/// The actor ids a measure involves: its responsible party and its partners.
pub(crate) fn measure_actors(m: &Measure) -> impl Iterator<Item = &str> {
    m.responsible
        .iter()
        .chain(m.partners.iter())
        .map(String::as_str)
}

/// The actor ids a structure involves: its convener and its members.
pub(crate) fn structure_actors(s: &Structure) -> impl Iterator<Item = &str> {
    s.convener
        .iter()
        .chain(s.members.iter())
        .map(String::as_str)
}

/// A plan value's canonical key (`municipal_sector`), for messages that select on it.
pub(crate) fn key_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// How a structure is named in messages: "council G2 'Immigrant council'".
pub(crate) fn structure_label(s: &Structure) -> Message {
    msg!(
        "mlg-structure",
        kind = s.kind.term(),
        id = s.id.as_str(),
        name = s.name.as_str()
    )
}

/// Whether any of the actors named by `ids` is of a kind for which `pred` holds.
pub(crate) fn involves<'a>(
    plan: &Plan,
    ids: impl Iterator<Item = &'a str>,
    pred: impl Fn(ActorKind) -> bool,
) -> bool {
    ids.filter_map(|id| plan.actor(id)).any(|a| pred(a.kind))
}

/// Whether any measure or structure of the plan involves an actor for which `pred` holds.
/// Whether any measure, structure or programme service of the plan involves an actor for
/// which `pred` holds (a service through its responsible party and its `cooperation`).
fn anyone_involves(plan: &Plan, pred: impl Fn(ActorKind) -> bool + Copy) -> bool {
    plan.services.iter().any(|s| {
        involves(
            plan,
            s.responsible
                .iter()
                .chain(s.cooperation.iter())
                .map(String::as_str),
            pred,
        )
    }) || plan.measures.iter().any(|m| {
        involves(plan, measure_actors(m), pred) || m.described_partners.iter().any(|p| pred(p.kind))
    }) || plan
        .structures
        .iter()
        .any(|s| involves(plan, structure_actors(s), pred))
}

/// Where a finding about "no measure or structure does X" points: the structures section
/// when there is one, else the measures section (else the municipality section).
fn measures_or_structures(plan: &Plan) -> Option<Location> {
    if plan.sections.contains_key("structures") {
        plan.section("structures")
    } else {
        plan.section("measures")
    }
}

/// The standing cooperation bodies the Act and the guide expect to be cross-sectoral.
fn is_cooperation_body(kind: StructureKind) -> bool {
    matches!(
        kind,
        StructureKind::CooperationGroup
            | StructureKind::RegionalCooperationGroup
            | StructureKind::GoodRelationsWorkingGroup
    )
}

// ---------------------------------------------------------------------------------------------
// Sources.

/// A citation of the guide's list of multilevel-governance elements or of its Table 1 of
/// recommendations for Finland, both under the same Part I heading.
macro_rules! element {
    ($at:literal $(,)?) => {
        src(
            SourceDoc::CoeMlg,
            concat!(
                "Part I, \"Council of Europe recommendations for multilevel governance to promote intercultural integration and good relations\", ",
                $at
            ),
        )
    };
}

// ---------------------------------------------------------------------------------------------
// Element 2: coordination of cross-governmental and cross-sectoral cooperation.

pub static COORDINATOR_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "MLG002",
        name: "coordinator-missing",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!(
                "element 2: coordination of cross-governmental and cross-sectoral cooperation",
            ),
            src(
                SourceDoc::MinistryChecklist,
                "step 1: name the coordinating authority",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part III, introduction (cooperation coordinated by an actor)",
            ),
        ],
    },
    reads: &["municipality", "municipality.coordinator"],
    check: Some(|c: &mut Check<'_>| {
        if let Some(m) = &c.plan.municipality
            && m.coordinator.is_none()
        {
            let at = c.plan.item(&m.loc);
            c.report(
                msg!("mlg002-no-coordinator", municipality = m.name.as_str()),
                Some(at),
            );
        }
    }),
    serves: None,
};

pub static COOPERATION_NOT_CROSS_SECTORAL: Rule = Rule {
    info: &RuleInfo {
        id: "MLG003",
        name: "cooperation-not-cross-sectoral",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!(
                "element 2: coordination of cross-governmental and cross-sectoral cooperation",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part I, \"Setting up a cross-sectoral cooperation group\"",
            ),
            src(
                SourceDoc::MinistryChecklist,
                "step 2: a cooperation group drawing on several services",
            ),
        ],
    },
    reads: &[
        "actors",
        "structures",
        "actors.sector",
        "structures.members",
        "structures.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        for s in c
            .plan
            .structures
            .iter()
            .filter(|s| is_cooperation_body(s.kind))
        {
            let mut covered: Vec<Message> = Vec::new();
            for actor in s.members.iter().filter_map(|id| c.plan.actor(id)) {
                let name = match (actor.kind, actor.sector) {
                    (ActorKind::MunicipalSector, Some(sector)) => sector.term(),
                    (kind, _) => kind.term(),
                };
                if !covered.contains(&name) {
                    covered.push(name);
                }
            }
            if covered.len() < 3 {
                let message = if covered.is_empty() {
                    msg!("mlg003-no-members", structure = structure_label(s))
                } else {
                    msg!(
                        "mlg003-few-sectors",
                        structure = structure_label(s),
                        count = covered.len(),
                        sectors = covered
                    )
                };
                let at = c.plan.at(&s.loc, "members");
                c.report(message, Some(at));
            }
        }
    }),
    serves: None,
};

// ---------------------------------------------------------------------------------------------
// Element 3: grassroots consultation, planning based on local needs, regular meetings.

pub static NO_GRASSROOTS_CONSULTATION: Rule = Rule {
    info: &RuleInfo {
        id: "MLG004",
        name: "no-grassroots-consultation",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!(
                "element 3: grassroots consultation, planning based on local needs, regular meetings",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part II, \"The Beqiri model of facilitated information flow\"",
            ),
            src(SourceDoc::Osce, "3.2, \"Guaranteed and early access\""),
            src(
                SourceDoc::MojTool,
                "discussion sessions with population groups",
            ),
        ],
    },
    reads: super::PARTICIPATION_READS,
    check: Some(|c: &mut Check<'_>| {
        // Without participation at all IA019 says so (one gap, one finding); a council or
        // group of immigrants or organisations taking part in planning is grassroots
        // consultation too. What is left here is consultations held too early or too late.
        if !c.plan.participation_shown() || c.plan.planning_bodies().next().is_some() {
            return;
        }
        let at = c.plan.section("consultations");
        let Some(m) = c.plan.municipality.as_ref() else {
            return;
        };
        let approval = m.approval.as_ref().map(|a| a.date);
        let from = m.plan_period.as_ref().map(|p| p.start.add_years(-1));
        let until = m.plan_period.as_ref().map(|p| p.end);
        let counts = |d: crate::model::date::Date| {
            from.is_none_or(|f| d >= f)
                && match approval {
                    Some(a) => d < a,
                    None => until.is_none_or(|u| d <= u),
                }
        };
        // A consultation dated only by years counts when one of its days may fall in the
        // window; one dated by the planning phase counts before the approval.
        let may_count = |w: crate::model::date::When| match (w.earliest(), w.latest()) {
            (Some(first), Some(last)) => counts(first) || counts(last),
            _ => approval.is_some_and(|a| w.may_precede(a)),
        };
        if c.plan.consultations.iter().any(|k| may_count(k.date)) {
            return;
        }
        let window = match (from, approval, until) {
            (Some(f), Some(a), _) => msg!(
                "mlg004-window-since-before-approval",
                from = f,
                approval = a
            ),
            (None, Some(a), _) => msg!("mlg004-window-before-approval", approval = a),
            (Some(f), None, Some(u)) => msg!("mlg004-window-period", from = f, until = u),
            _ => return,
        };
        let latest = c.plan.consultations.iter().max_by_key(|k| k.date.latest());
        if let Some(k) = latest {
            c.report(
                msg!(
                    "mlg004-too-early-or-late",
                    window = window,
                    id = k.id.as_str(),
                    title = k.title.as_str(),
                    date = k.date
                ),
                at,
            );
        }
    }),
    serves: None,
};

pub static MEETING_FREQUENCY_UNSET: Rule = Rule {
    info: &RuleInfo {
        id: "MLG005",
        name: "meeting-frequency-unset",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("element 3: regular meetings"),
            element!("Table 1, Recommendation 5"),
            src(SourceDoc::Osce, "3.2, \"Regular and repetitive exchange\""),
        ],
    },
    reads: &[
        "structures",
        "structures.meets",
        "structures.meetings_per_year",
        "structures.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        for s in &c.plan.structures {
            let standing = is_cooperation_body(s.kind)
                || matches!(
                    s.kind,
                    StructureKind::Council
                        | StructureKind::WorkingGroup
                        | StructureKind::SteeringGroup
                );
            if standing && s.meets.is_none() && s.meetings_per_year.is_none() {
                let at = c.plan.item(&s.loc);
                c.report(
                    msg!("mlg005-meets-unset", structure = structure_label(s)),
                    Some(at),
                );
            }
        }
    }),
    serves: None,
};

// ---------------------------------------------------------------------------------------------
// Element 4: sustainable and fair funding.

pub static MEASURE_WITHOUT_FUNDING: Rule = Rule {
    info: &RuleInfo {
        id: "MLG006",
        name: "measure-without-funding",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[element!("element 4: ensuring sustainable and fair funding",)],
    },
    reads: &["measures", "measures.funding"],
    check: Some(|c: &mut Check<'_>| {
        for m in &c.plan.measures {
            if m.funding.is_none() {
                let at = c.plan.item(&m.loc);
                c.report(
                    msg!(
                        "mlg006-no-funding",
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

pub static PARTICIPATION_UNFUNDED: Rule = Rule {
    info: &RuleInfo {
        id: "MLG007",
        name: "participation-unfunded",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("element 4, and the paragraph on securing resources for inclusion"),
            src(
                SourceDoc::CoeMlg,
                "Part III, \"Councils for specific groups\" (financial resources)",
            ),
        ],
    },
    reads: &[
        "measures",
        "structures",
        "measures.funding",
        "structures.resources",
    ],
    check: Some(|c: &mut Check<'_>| {
        const PARTICIPATION: [FundingUse; 5] = [
            FundingUse::Consultation,
            FundingUse::CoDesign,
            FundingUse::Meetings,
            FundingUse::MeetingFees,
            FundingUse::Interpretation,
        ];
        let measure_funded = c.plan.measures.iter().any(|m| {
            m.funding
                .as_ref()
                .is_some_and(|f| f.covers.iter().any(|u| PARTICIPATION.contains(u)))
        });
        let structure_funded = c.plan.structures.iter().any(|s| {
            s.resources.as_ref().is_some_and(|r| {
                r.budget_eur.is_some_and(|b| b > 0.0) || r.meeting_fees == Some(true)
            })
        });
        if !measure_funded && !structure_funded {
            let at = c.plan.whole();
            c.report(msg!("mlg007-participation-unfunded"), at);
        }
    }),
    serves: None,
};

// ---------------------------------------------------------------------------------------------
// Element 5: a vision with inclusion and good relations at its core.

/// Word stems that show a vision is about inclusion, equality or good relations (English,
/// Finnish, Swedish), matched case-insensitively as substrings. Integration and diversity
/// are left out on purpose: "a city of successful integration" or "a diverse city" describes
/// the population or a service, not the commitment the guide asks for.
const VISION_STEMS: &[&str] = &[
    // English
    "inclusi",
    "includ",
    "good relations",
    "relations between",
    "equal",
    "belong",
    "intercultural",
    "discriminat",
    // Finnish
    "osallisuu",
    "yhdenvertai",
    "väestösuhte",
    "tasa-arvo",
    "syrjimät",
    "kuuluu joukkoon",
    // Swedish
    "delaktig",
    "goda relationer",
    "jämlik",
    "jämställ",
    "inkluder",
    "likabehandl",
];

/// Stems of integration words: a vision naming only these gets its own message.
const INTEGRATION_STEMS: &[&str] = &["integrat", "kotoutu", "kotouttam", "integrer"];

/// The fewest words a vision needs to state a commitment rather than a slogan.
const VISION_MIN_WORDS: usize = 6;

fn speaks_of_inclusion(text: &str) -> bool {
    let lower = text.to_lowercase();
    VISION_STEMS.iter().any(|stem| lower.contains(stem))
}

fn speaks_of_integration(text: &str) -> bool {
    let lower = text.to_lowercase();
    INTEGRATION_STEMS.iter().any(|stem| lower.contains(stem))
}

pub static VISION_WITHOUT_INCLUSION: Rule = Rule {
    info: &RuleInfo {
        id: "MLG008",
        name: "vision-without-inclusion",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[element!(
            "element 5: a vision with inclusion and good relations at its core",
        )],
    },
    reads: &["municipality", "municipality.vision"],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let at = c.plan.at(&m.loc, "vision");
        let Some(text) = m.vision.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
            c.report(msg!("mlg008-no-vision"), Some(at));
            return;
        };
        let words = text.split_whitespace().count();
        let message = if !speaks_of_inclusion(text) && speaks_of_integration(text) {
            msg!("mlg008-only-integration")
        } else if !speaks_of_inclusion(text) {
            msg!("mlg008-no-inclusion")
        } else if words < VISION_MIN_WORDS {
            msg!(
                "mlg008-too-short",
                vision = text,
                words = words,
                min = VISION_MIN_WORDS
            )
        } else {
            return;
        };
        c.report(message, Some(at));
    }),
    serves: None,
};

// ---------------------------------------------------------------------------------------------
// Element 6: monitoring and evaluation of results.

pub static INDICATOR_WITHOUT_BASELINE_OR_TARGET: Rule = Rule {
    info: &RuleInfo {
        id: "MLG009",
        name: "indicator-without-baseline-or-target",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("element 6: monitoring and evaluation of results at all levels"),
            src(
                SourceDoc::CoeMlg,
                "Part I, \"Integration programmes and strategic planning and monitoring of integration\"",
            ),
        ],
    },
    reads: &[
        "municipality",
        "objectives",
        "indicators",
        "municipality.plan_period",
        "objectives.indicators",
        "indicators.baseline",
        "indicators.target",
        "indicators.source",
        "indicators.values",
        "objectives.area",
    ],
    check: Some(|c: &mut Check<'_>| {
        let period = c
            .plan
            .municipality
            .as_ref()
            .and_then(|m| m.plan_period.as_ref());
        if c.plan.indicators.is_empty() {
            c.not_judged(msg!("reason-no-indicators"));
        }
        for i in &c.plan.indicators {
            let mut problems: Vec<Message> = Vec::new();
            match (&i.baseline, &i.target) {
                (None, None) => problems.push(msg!("mlg009-no-baseline-no-target")),
                (None, Some(_)) => problems.push(msg!("mlg009-no-baseline")),
                (Some(_), None) => problems.push(msg!("mlg009-no-target")),
                (Some(_), Some(_)) => {}
            }
            problems.extend(figures_contradict(i, period));
            if i.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
                problems.push(msg!("mlg009-no-source"));
            }
            // A measured value belongs to the plan's monitoring when it is not after the
            // period's end, not before the baseline it is compared with (or, without a
            // baseline, the period's start), and not in the future. Values between the
            // baseline and the period's start are the history the baseline came from.
            let earliest = i
                .baseline
                .as_ref()
                .map(|b| b.date)
                .or(period.map(|p| p.start));
            let outside: Vec<crate::i18n::Arg> = i
                .values
                .iter()
                .filter(|v| {
                    earliest.is_some_and(|e| v.date < e)
                        || period.is_some_and(|p| v.date > p.end)
                        || v.date > c.as_of
                })
                .map(|v| crate::i18n::Arg::from(v.date))
                .collect();
            if !outside.is_empty() {
                problems.push(match period {
                    Some(p) => msg!(
                        "mlg009-values-outside-period",
                        start = p.start,
                        end = p.end,
                        dates = outside
                    ),
                    None => msg!("mlg009-values-outside", dates = outside),
                });
            }
            let monitored = c
                .plan
                .objectives
                .iter()
                .filter(|o| o.indicators.iter().any(|x| *x == i.id));
            let mut areas: Vec<crate::model::Area> = Vec::new();
            for o in monitored {
                for a in o.area.iter() {
                    if !areas.contains(a) {
                        areas.push(*a);
                    }
                }
            }
            if crate::model::Area::STATUTORY
                .iter()
                .all(|a| areas.contains(a))
            {
                problems.push(msg!("mlg009-all-areas"));
            }
            // Joined with semicolons: the problems themselves may hold commas.
            let Some(joined) = problems
                .into_iter()
                .rev()
                .reduce(|rest, first| msg!("mlg009-and", first = first, rest = rest))
            else {
                let label = msg!(
                    "evidence-indicator-fit",
                    id = i.id.as_str(),
                    name = i.name.as_str()
                );
                c.met(c.plan.item(&i.loc), label);
                continue;
            };
            let at = c.plan.item(&i.loc);
            c.report(
                msg!(
                    "mlg009-unfit",
                    id = i.id.as_str(),
                    name = i.name.as_str(),
                    problems = joined
                ),
                Some(at),
            );
        }
    }),
    serves: Some(&crate::duty::INDICATOR_QUALITY),
};

/// What an indicator's figures say that cannot be: a baseline dated after the plan period
/// had well begun (more than a year in), a baseline not before its target, a target before
/// the period or after the end of the year it ends in, a target equal to the baseline (no
/// change sought).
fn figures_contradict(
    i: &crate::model::Indicator,
    period: Option<&crate::model::Period>,
) -> Vec<Message> {
    let mut problems = Vec::new();
    if let (Some(b), Some(p)) = (&i.baseline, period)
        && b.date > p.start.add_years(1)
    {
        problems.push(msg!("mlg009-baseline-late", date = b.date, start = p.start));
    }
    if let (Some(b), Some(t)) = (&i.baseline, &i.target) {
        if b.date >= t.date {
            problems.push(msg!(
                "mlg009-baseline-after-target",
                baseline = b.date,
                target = t.date
            ));
        }
        if b.value == t.value {
            problems.push(msg!("mlg009-target-is-baseline"));
        }
    }
    if let (Some(t), Some(p)) = (&i.target, period) {
        let last = crate::model::date::Date {
            year: p.end.year,
            month: 12,
            day: 31,
        };
        if t.date < p.start || t.date > last {
            problems.push(msg!(
                "mlg009-target-outside-period",
                date = t.date,
                start = p.start,
                end = p.end
            ));
        }
    }
    problems
}

pub static INDICATOR_NEVER_MEASURED: Rule = Rule {
    info: &RuleInfo {
        id: "MLG010",
        name: "indicator-never-measured",
        family: Family::Governance,
        severity: Severity::Info,
        sources: &[element!(
            "element 6: monitoring and evaluation of results at all levels",
        )],
    },
    reads: &["indicators", "indicators.baseline", "indicators.values"],
    check: Some(|c: &mut Check<'_>| {
        for i in &c.plan.indicators {
            let Some(baseline) = &i.baseline else {
                continue;
            };
            let measured = i.values.iter().any(|v| v.date > baseline.date);
            if !measured && c.as_of > baseline.date.add_years(1) {
                let at = c.plan.at(&i.loc, "values");
                c.report(
                    msg!(
                        "mlg010-not-measured",
                        id = i.id.as_str(),
                        name = i.name.as_str(),
                        date = baseline.date
                    ),
                    Some(at),
                );
            }
        }
    }),
    serves: None,
};

// ---------------------------------------------------------------------------------------------
// Recommendations for Finland relevant to municipalities.

pub static NATIONAL_PROGRAMMES_NOT_LOCALISED: Rule = Rule {
    info: &RuleInfo {
        id: "MLG011",
        name: "national-programmes-not-localised",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("Table 1, Recommendation 2"),
            src(
                SourceDoc::CoeMlg,
                "Part II, \"Actors, policy programmes and participatory structures\"",
            ),
        ],
    },
    reads: super::NATIONAL_OBJECTIVES_READS,
    check: Some(|c: &mut Check<'_>| {
        // With no objectives at all the Integration Act rules already speak.
        if c.plan.objectives.is_empty() {
            return;
        }
        let writing = c.derived.writing();
        let written = |loc: &crate::model::Loc, field: &str, text: Option<&str>| {
            writing.written(loc, field, text)
        };
        let localised = c.plan.objectives.iter().any(|o| {
            written(
                &o.loc,
                "national_objective",
                o.national_objective.as_deref(),
            )
        });
        // Without a VALKO link that names it either, IA023 says the national objectives are
        // not taken into account at all: one gap, one finding.
        let linked = c
            .plan
            .links
            .iter()
            .any(|l| l.is(LinkKind::Valko) && written(&l.loc, "title", Some(&l.title)));
        if !localised && linked {
            let at = c.plan.section("objectives");
            c.report(msg!("mlg011-no-national-objective"), at);
        }
    }),
    serves: None,
};

pub static FEW_STRATEGY_SYNERGIES: Rule = Rule {
    info: &RuleInfo {
        id: "MLG012",
        name: "few-strategy-synergies",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("Table 1, Recommendation 4"),
            src(
                SourceDoc::MojGr,
                "\"Obligations of the municipality in the promotion of good relations\" (related plans)",
            ),
        ],
    },
    reads: &["links", "links.kind"],
    check: Some(|c: &mut Check<'_>| {
        const SYNERGY: [LinkKind; 9] = [
            LinkKind::SecurityPlan,
            LinkKind::WellbeingReportAndPlan,
            LinkKind::NonDiscriminationPlan,
            LinkKind::LanguageStrategy,
            LinkKind::GenderEqualityPlan,
            LinkKind::InteractionPlan,
            LinkKind::AntiRacismActionPlan,
            LinkKind::RomaPolicy,
            LinkKind::RegionalEtno,
        ];
        // Distinct kinds: a combined document counts once for each kind it combines, two
        // documents of one kind count once.
        let count = SYNERGY
            .iter()
            .filter(|kind| c.plan.links.iter().any(|l| l.kind.contains(kind)))
            .count();
        if count < 2 {
            let at = c.plan.section("links");
            c.report(msg!("mlg012-few-links", count = count), at);
        }
    }),
    serves: None,
};

pub static NO_CROSS_SECTOR_CHANNELS: Rule = Rule {
    info: &RuleInfo {
        id: "MLG013",
        name: "no-cross-sector-channels",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("Table 1, Recommendation 6"),
            src(
                SourceDoc::Osce,
                "3.2, \"Partnership and stakeholder co-operation\"",
            ),
        ],
    },
    reads: &[
        "actors",
        "services",
        "measures",
        "structures",
        "services.responsible",
        "services.cooperation",
        "measures.responsible",
        "measures.partners",
        "measures.described_partners",
        "structures.convener",
        "structures.members",
        "actors.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        let business = anyone_involves(c.plan, |k| k == ActorKind::Business);
        let civil = anyone_involves(c.plan, ActorKind::is_civil_society);
        let message = match (business, civil) {
            (true, true) => return,
            (false, true) => msg!("mlg013-no-business"),
            (true, false) => msg!("mlg013-no-civil-society"),
            (false, false) => msg!("mlg013-no-business-or-civil-society"),
        };
        let at = measures_or_structures(c.plan);
        c.report(message, at);
    }),
    serves: None,
};

pub static NO_CO_CREATION: Rule = Rule {
    info: &RuleInfo {
        id: "MLG014",
        name: "no-co-creation",
        family: Family::Governance,
        severity: Severity::Warning,
        sources: &[
            element!("Table 1, Recommendation 7"),
            src(
                SourceDoc::CoeMlg,
                "Part III, \"Forms of governance participation\" and \"Co-design\"",
            ),
        ],
    },
    reads: &[
        "actors",
        "measures",
        "structures",
        "measures.responsible",
        "measures.partners",
        "measures.described_partners",
        "measures.kind",
        "measures.participation",
        "structures.convener",
        "structures.members",
        "structures.groups",
        "structures.member_counts",
        "structures.participation",
        "actors.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        let co_creative = |forms: &[ParticipationForm]| {
            forms.iter().any(|f| {
                matches!(
                    f,
                    ParticipationForm::Planning | ParticipationForm::DecisionMaking
                )
            })
        };
        let civil = ActorKind::is_civil_society;
        // A council or group of immigrants that plans or decides is co-creation with the
        // people concerned, as one of organisations is; so is a measure with organisations
        // the plan describes without an id.
        let found = plan.measures.iter().any(|m| {
            co_creative(&m.participation)
                && (involves(plan, measure_actors(m), civil)
                    || m.described_partners.iter().any(|p| civil(p.kind)))
        }) || plan.structures.iter().any(|s| {
            co_creative(&s.participation)
                && (involves(plan, structure_actors(s), civil)
                    || s.represented_groups().any(PopulationGroup::is_immigrant))
        });
        if !found {
            let at = measures_or_structures(plan);
            c.report(msg!("mlg014-no-co-creation"), at);
        }
    }),
    serves: None,
};

/// Whether the ELY Centre / vitality centre convenes the structure: a regional cooperation
/// group (the regional authority sets it up), or any structure whose convener is one. The
/// municipality cannot publish such a body's composition or minutes.
fn convened_by_regional_authority(plan: &Plan, s: &Structure) -> bool {
    s.kind == StructureKind::RegionalCooperationGroup
        || s.convener
            .as_deref()
            .and_then(|id| plan.actor(id))
            .is_some_and(|a| matches!(a.kind, ActorKind::ElyCentre | ActorKind::VitalityCentre))
}

pub static STRUCTURE_NOT_TRANSPARENT: Rule = Rule {
    info: &RuleInfo {
        id: "MLG015",
        name: "structure-not-transparent",
        family: Family::Governance,
        severity: Severity::Info,
        sources: &[src(
            SourceDoc::Osce,
            "3.2, \"Accountability and public acceptance\"",
        )],
    },
    reads: &[
        "actors",
        "structures",
        "structures.transparency",
        "structures.convener",
        "actors.kind",
        "structures.kind",
    ],
    check: Some(|c: &mut Check<'_>| {
        for s in &c.plan.structures {
            if !(is_cooperation_body(s.kind) || s.kind == StructureKind::Council) {
                continue;
            }
            if convened_by_regional_authority(c.plan, s) {
                continue;
            }
            let (composition, minutes) = s
                .transparency
                .as_ref()
                .map_or((false, false), |t| (t.composition_public, t.minutes_public));
            let structure = structure_label(s);
            let message = match (composition, minutes) {
                (true, true) => continue,
                (false, true) => msg!("mlg015-no-composition", structure = structure),
                (true, false) => msg!("mlg015-no-minutes", structure = structure),
                (false, false) => msg!("mlg015-neither", structure = structure),
            };
            let at = c.plan.at(&s.loc, "transparency");
            c.report(message, Some(at));
        }
    }),
    serves: None,
};

pub static RULES: &[&Rule] = &[
    &COORDINATOR_MISSING,
    &COOPERATION_NOT_CROSS_SECTORAL,
    &NO_GRASSROOTS_CONSULTATION,
    &MEETING_FREQUENCY_UNSET,
    &MEASURE_WITHOUT_FUNDING,
    &PARTICIPATION_UNFUNDED,
    &VISION_WITHOUT_INCLUSION,
    &INDICATOR_WITHOUT_BASELINE_OR_TARGET,
    &INDICATOR_NEVER_MEASURED,
    &NATIONAL_PROGRAMMES_NOT_LOCALISED,
    &FEW_STRATEGY_SYNERGIES,
    &NO_CROSS_SECTOR_CHANNELS,
    &NO_CO_CREATION,
    &STRUCTURE_NOT_TRANSPARENT,
    &COOPERATION_GROUP_MEETS_TOO_RARELY,
    &ACTOR_LEVEL_CONTRADICTS_KIND,
];

// ---------------------------------------------------------------------------------------
// Multilevel governance (CoE-MLG Parts I and II): whether the cooperation groups meet as
// often as the plan's cycle needs, and whether actors sit on the level their kind implies.
// The multilevel map itself is in [`crate::governance::levels`] and shown by
// `goodrel governance`; what it finds missing are suggestions there, not findings here.
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
        "structures",
        "indicators",
        "structures.kind",
        "structures.meets",
        "structures.meetings_per_year",
        "indicators.frequency",
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
    serves: None,
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
    reads: &["actors", "actors.level", "actors.kind"],
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
                        kind = msg!("mlg021-kind", key = key_of(&a.kind)),
                        fixed = levels::level_name(fixed)
                    ),
                    Some(plan.at(&a.loc, "level")),
                );
            }
        }
    }),
    serves: None,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PopulationGroup;

    #[test]
    fn vision_vocabulary_in_three_languages() {
        assert!(speaks_of_inclusion("An INCLUSIVE city for all"));
        assert!(speaks_of_inclusion(
            "Hyvät väestösuhteet ja yhdenvertaisuus"
        ));
        assert!(speaks_of_inclusion(
            "En stad med goda relationer och mångfald"
        ));
        assert!(!speaks_of_inclusion("A vibrant city of growth and jobs"));
        assert!(speaks_of_inclusion(
            "Kunta, jossa osallisuus kuuluu kaikille"
        ));
        assert!(speaks_of_inclusion(
            "En kommun där delaktighet och likabehandling"
        ));
        // Integration or diversity alone is not it.
        assert!(!speaks_of_inclusion("Successful integration of newcomers"));
        assert!(!speaks_of_inclusion(
            "Onnistunut kotoutuminen ja monimuotoinen kaupunki"
        ));
        assert!(!speaks_of_inclusion(
            "En mångfaldig kommun med lyckad integration"
        ));
        assert!(speaks_of_integration("Onnistunut kotoutuminen"));
    }

    fn mlg008(vision: &str) -> Vec<String> {
        let name: String = vision
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(12)
            .collect();
        let dir =
            std::env::temp_dir().join(format!("goodrel-mlg008-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let yaml = format!("municipality:\n  name: Fixture\n  vision: \"{vision}\"\n");
        std::fs::write(dir.join("plan.yaml"), yaml).unwrap();
        let report = crate::check_dir(&dir, &crate::CheckOptions::default()).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        report
            .findings
            .iter()
            .filter(|f| f.rule.id == "MLG008")
            .map(|f| f.message.to_string())
            .collect()
    }

    #[test]
    fn a_vision_needs_inclusion_and_enough_words() {
        assert!(
            mlg008("A city of successful integration for every newcomer")[0]
                .contains("speaks of integration but not of inclusion")
        );
        assert!(mlg008("Inclusion for all!")[0].contains("too short"));
        assert!(mlg008("A city where everyone is included and treated equally").is_empty());
        assert_eq!(mlg008("").len(), 1);
    }

    #[test]
    fn immigrant_groups() {
        assert!(PopulationGroup::Refugees.is_immigrant());
        assert!(PopulationGroup::RecentResidencePermit.is_immigrant());
        assert!(!PopulationGroup::OlderPeople.is_immigrant());
        assert!(!PopulationGroup::MajorityPopulation.is_immigrant());
    }
}
