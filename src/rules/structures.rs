//! Participation in depth (CoE-MLG Parts II and III, MoJ-TOOL): the quality of councils for
//! specific groups, co-design processes and dialogues; participation forms and multilingual
//! information; what the identification -> recognition -> action trace shows; the Ministry
//! of Justice data-collection cycle; and the ESIS instrument. The logic lives in
//! [`crate::governance`]; these rules report from it. Guide elements are warnings; advice
//! is info.

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::finding::Severity;
use crate::governance::{Subject, esis, forms, trace};
use crate::load::node::Seg;
use crate::model::Instrument;

const COUNCILS: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"Councils for specific groups\"",
);
const CO_DESIGN: Source = src(SourceDoc::CoeMlg, "Part III, \"Conditions for co-design\"");
const DIALOGUE: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"Using dialogue to promote inclusion and good relations\"",
);
const FORMS: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"Forms of governance participation\"",
);
const BEQIRI: Source = src(
    SourceDoc::CoeMlg,
    "Part II, \"The Beqiri model of facilitated information flow\"",
);
const ESIS: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"Measuring inclusion: THL's Experiences of Social Inclusion Scale\"",
);
const MOJ_CYCLE: Source = src(
    SourceDoc::MojTool,
    "discussion sessions, session for decision-makers, monitoring and assessment",
);

/// Reports the element or condition `key` of every structure (or dialogue measure) that
/// `subject` selects and that lacks it, from the run's shared quality checks.
fn report_element(
    c: &mut Check<'_>,
    subject: fn(&Subject<'_>) -> bool,
    key: &str,
    describe: fn(&Subject<'_>) -> String,
) {
    let plan = c.plan;
    for q in c.derived.structure_quality() {
        if !subject(&q.subject) {
            continue;
        }
        let gap = q
            .checks
            .iter()
            .find(|e| e.key == key)
            .and_then(|e| e.gap.as_ref());
        if let Some(gap) = gap {
            let at = plan.locate(q.subject.loc(), &gap.field);
            c.report(format!("{} {}", describe(&q.subject), gap.what), Some(at));
        }
    }
}

/// Reports the council element `key` for every council that lacks it.
fn council_element(c: &mut Check<'_>, key: &str) {
    report_element(
        c,
        |s| matches!(s, Subject::Council(_)),
        key,
        |s| format!("council {} '{}'", s.id(), s.name()),
    );
}

/// Reports the co-design condition `key` for every co-design process that lacks it.
fn co_design_condition(c: &mut Check<'_>, key: &str) {
    report_element(
        c,
        |s| matches!(s, Subject::CoDesign(_)),
        key,
        |s| format!("co-design process {} '{}'", s.id(), s.name()),
    );
}

/// Reports the dialogue condition `key` for every dialogue that lacks it.
fn dialogue_condition(c: &mut Check<'_>, key: &str) {
    report_element(
        c,
        |s| matches!(s, Subject::Dialogue(_)),
        key,
        |s| match s {
            Subject::Dialogue(d) => d.describe(),
            other => format!("{} {}", other.id(), other.name()),
        },
    );
}

// ---------------------------------------------------------------------------------------
// Councils for specific groups: the six quality elements.

pub static COUNCIL_WITHOUT_FOCUS_ISSUES: Rule = Rule {
    info: &RuleInfo {
        id: "PAR010",
        name: "council-without-focus-issues",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[COUNCILS],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| council_element(c, "focus_issues")),
};

pub static COUNCIL_WITHOUT_INITIATIVE_MANDATE: Rule = Rule {
    info: &RuleInfo {
        id: "PAR011",
        name: "council-without-initiative-mandate",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            COUNCILS,
            src(
                SourceDoc::CoeMlg,
                "Part III, \"Forms of governance participation\" (initiation participation)",
            ),
        ],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| council_element(c, "decision_making_link")),
};

pub static COUNCIL_WITHOUT_INFORMATION_RIGHT: Rule = Rule {
    info: &RuleInfo {
        id: "PAR012",
        name: "council-without-information-right",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[COUNCILS],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| council_element(c, "information_right")),
};

pub static COUNCIL_MEMBERSHIP_CRITERIA_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "PAR013",
        name: "council-membership-criteria-missing",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            COUNCILS,
            src(
                SourceDoc::Osce,
                "Chapter 4, \"Ensure that policies reflect diversity\"",
            ),
        ],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| council_element(c, "membership")),
};

pub static COUNCIL_WITHOUT_SKILLS_DEVELOPMENT: Rule = Rule {
    info: &RuleInfo {
        id: "PAR014",
        name: "council-without-skills-development",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[COUNCILS],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| council_element(c, "skills_development")),
};

pub static COUNCIL_WITHOUT_MEETING_FEES: Rule = Rule {
    info: &RuleInfo {
        id: "PAR015",
        name: "council-without-meeting-fees",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            COUNCILS,
            src(
                SourceDoc::CoeMlg,
                "Part I, element 4 \"Ensuring sustainable and fair funding\"",
            ),
        ],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| council_element(c, "meeting_fees")),
};

// ---------------------------------------------------------------------------------------
// Participation forms.

pub static PARTICIPATION_FORM_UNUSED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR016",
        name: "participation-form-unused",
        family: Family::Participation,
        severity: Severity::Info,
        sources: &[FORMS],
    },
    reads: &[
        "measures",
        "structures",
        "measures.participation",
        "measures.languages",
        "structures.languages",
        "structures.participation",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        let at = plan
            .sections
            .get("measures")
            .or_else(|| plan.sections.get("structures"))
            .map(|l| plan.item(l))
            .or_else(|| plan.whole());
        if !forms::any_recorded(plan) {
            if !plan.structures.is_empty() || !plan.measures.is_empty() {
                c.report(
                    "no structure or measure records which forms of participation it offers residents",
                    at,
                );
            }
            return;
        }
        // The missing forms are one gap of one subject (the plan), so one finding names them.
        let missing: Vec<&str> = forms::count(plan)
            .into_iter()
            .filter(|f| f.total() == 0)
            .map(|f| forms::form_words(f.form))
            .collect();
        let names = match missing.as_slice() {
            [] => return,
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        };
        c.report(
            format!("no structure or measure offers {names} participation"),
            at,
        );
    }),
};

pub static INFORMATION_NOT_MULTILINGUAL: Rule = Rule {
    info: &RuleInfo {
        id: "PAR017",
        name: "information-not-multilingual",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            FORMS,
            src(
                SourceDoc::MojTool,
                "discussion sessions in the participants' own language",
            ),
        ],
    },
    reads: &[
        "measures",
        "structures",
        "measures.participation",
        "measures.languages",
        "structures.languages",
        "structures.participation",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for item in forms::information_items(plan) {
            if !item.beyond_official().is_empty() {
                continue;
            }
            let (what, loc, langs) = match &item {
                forms::InformationItem::Structure(s, _) => (
                    format!("structure {} '{}'", s.id, s.name),
                    &s.loc,
                    &s.languages,
                ),
                forms::InformationItem::Measure(m, _) => (
                    format!("measure {} '{}'", m.id, m.title),
                    &m.loc,
                    &m.languages,
                ),
            };
            let message = if langs.is_empty() {
                format!(
                    "{what} offers information participation but records no languages it reaches residents in"
                )
            } else {
                format!(
                    "{what} offers information participation only in {}",
                    langs.join(", ")
                )
            };
            c.report(message, Some(plan.at(loc, "languages")));
        }
    }),
};

// ---------------------------------------------------------------------------------------
// The identification -> recognition -> action trace.

/// How many measure ids PAR018 names before it refers to `governance --trace`.
const LISTED_MEASURES: usize = 8;

pub static MEASURE_CITES_NO_NEED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR018",
        name: "measures-cite-no-need",
        family: Family::Participation,
        severity: Severity::Info,
        sources: &[BEQIRI],
    },
    reads: super::TRACE_READS,
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        let t = c.derived.trace();
        if !t.has_needs() || t.measures_citing_no_need.is_empty() {
            return;
        }
        let n = t.measures_citing_no_need.len();
        let total = plan
            .measures
            .iter()
            .filter(|m| m.status != Some(crate::model::Status::Dropped))
            .count();
        let mut ids: Vec<&str> = t
            .measures_citing_no_need
            .iter()
            .take(LISTED_MEASURES)
            .map(|m| m.id.as_str())
            .collect();
        if n > LISTED_MEASURES {
            ids.push("...");
        }
        c.report(
            format!(
                "{n} of {total} measures answer no need brought up in a consultation: {}",
                ids.join(", ")
            ),
            plan.section("measures"),
        );
    }),
};

pub static NEED_ANSWERED_ONLY_BY_DROPPED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR019",
        name: "need-answered-only-by-dropped-measures",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[BEQIRI],
    },
    reads: super::TRACE_READS,
    check: Some(|c: &mut Check<'_>| {
        let t = c.derived.trace();
        for (k, n) in t.needs() {
            if n.state == trace::NeedState::OnlyDropped {
                let ids: Vec<&str> = n.answered_by.iter().map(|m| m.id.as_str()).collect();
                c.report(
                    format!(
                        "need {} '{}' from consultation {} was answered only by dropped measure(s) {}",
                        n.need.id,
                        n.need.need,
                        k.consultation.id,
                        ids.join(", ")
                    ),
                    Some(n.location.clone()),
                );
            }
        }
    }),
};

// ---------------------------------------------------------------------------------------
// Co-design conditions.

pub static CO_DESIGN_WITHOUT_RESOURCES: Rule = Rule {
    info: &RuleInfo {
        id: "PAR020",
        name: "co-design-without-resources",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            CO_DESIGN,
            src(
                SourceDoc::CoeMlg,
                "Part I, element 4 \"Ensuring sustainable and fair funding\"",
            ),
        ],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| co_design_condition(c, "resources")),
};

pub static CO_DESIGN_NOT_OPEN_TO_CHANGE: Rule = Rule {
    info: &RuleInfo {
        id: "PAR021",
        name: "co-design-not-open-to-change",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[CO_DESIGN],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| co_design_condition(c, "open_to_change")),
};

pub static CO_DESIGN_POWER_UNBALANCED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR022",
        name: "co-design-power-imbalance-unaddressed",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[CO_DESIGN],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| co_design_condition(c, "power_balance")),
};

pub static CO_DESIGN_FACILITATOR: Rule = Rule {
    info: &RuleInfo {
        id: "PAR023",
        name: "co-design-without-experienced-facilitator",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[CO_DESIGN],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| co_design_condition(c, "facilitator")),
};

pub static CO_DESIGN_VENUE: Rule = Rule {
    info: &RuleInfo {
        id: "PAR024",
        name: "co-design-venue-not-accessible",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[CO_DESIGN],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| co_design_condition(c, "venue")),
};

// ---------------------------------------------------------------------------------------
// Dialogue conditions.

pub static DIALOGUE_TIMING: Rule = Rule {
    info: &RuleInfo {
        id: "PAR025",
        name: "dialogue-timing-unstated",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[DIALOGUE],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| dialogue_condition(c, "timing")),
};

pub static DIALOGUE_COMMON_INTEREST: Rule = Rule {
    info: &RuleInfo {
        id: "PAR026",
        name: "dialogue-without-common-interest",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[DIALOGUE],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| dialogue_condition(c, "common_interest")),
};

pub static DIALOGUE_FACILITATION: Rule = Rule {
    info: &RuleInfo {
        id: "PAR027",
        name: "dialogue-facilitation-unbalanced",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[DIALOGUE],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| dialogue_condition(c, "facilitation")),
};

pub static DIALOGUE_AUTHORITY_SUPPORT: Rule = Rule {
    info: &RuleInfo {
        id: "PAR028",
        name: "dialogue-without-authority-support",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[DIALOGUE],
    },
    reads: super::STRUCTURE_QUALITY_READS,
    check: Some(|c: &mut Check<'_>| dialogue_condition(c, "authority_support")),
};

// ---------------------------------------------------------------------------------------
// The Ministry of Justice data-collection cycle.

pub static CYCLE_INCOMPLETE: Rule = Rule {
    info: &RuleInfo {
        id: "PAR029",
        name: "data-collection-cycle-incomplete",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[MOJ_CYCLE, BEQIRI],
    },
    reads: super::CYCLE_READS,
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for t in c.derived.cycles() {
            for gap in &t.incomplete {
                let at = plan.locate(&t.session.loc, &gap.field);
                c.report(
                    format!(
                        "data-collection cycle of {} '{}' {}",
                        t.session.id, t.session.name, gap.what
                    ),
                    Some(at),
                );
            }
        }
    }),
};

pub static CYCLE_ACTION_PLAN_TOO_LARGE: Rule = Rule {
    info: &RuleInfo {
        id: "PAR030",
        name: "cycle-action-plan-too-large",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[MOJ_CYCLE],
    },
    reads: super::CYCLE_READS,
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for t in c.derived.cycles() {
            if let Some(gap) = &t.too_large {
                let at = plan.locate(&t.session.loc, &gap.field);
                c.report(
                    format!(
                        "decision-maker session {} '{}' {}",
                        t.session.id, t.session.name, gap.what
                    ),
                    Some(at),
                );
            }
        }
    }),
};

pub static CYCLE_NOT_REPEATED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR031",
        name: "data-collection-not-repeated",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[MOJ_CYCLE],
    },
    reads: super::CYCLE_READS,
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for t in c.derived.cycles() {
            if let Some(gap) = &t.not_repeated {
                let at = plan.locate(&t.session.loc, &gap.field);
                c.report(
                    format!(
                        "data-collection cycle of {} '{}' {}",
                        t.session.id, t.session.name, gap.what
                    ),
                    Some(at),
                );
            }
        }
    }),
};

// ---------------------------------------------------------------------------------------
// ESIS.

fn is_english(lang: Option<&String>) -> bool {
    lang.is_none_or(|l| crate::governance::languages::code(l) == "en")
}

pub static ESIS_MODIFIED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR032",
        name: "esis-statements-modified",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[ESIS],
    },
    reads: &[
        "municipality",
        "indicators",
        "municipality.official_languages",
        "indicators.instrument",
        "indicators.items",
        "indicators.items_language",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for i in &plan.indicators {
            if i.instrument != Some(Instrument::Esis) || !is_english(i.items_language.as_ref()) {
                continue;
            }
            for p in esis::check_items(&i.items) {
                let item_at = |index: usize| {
                    plan.locate(&i.loc, &[Seg::Key("items".into()), Seg::Index(index)])
                };
                let (message, at) = match p {
                    esis::ItemProblem::NoItems => (
                        format!(
                            "indicator {} '{}' uses ESIS but lists none of its statements, so goodrel cannot confirm they are unmodified",
                            i.id, i.name
                        ),
                        plan.at(&i.loc, "items"),
                    ),
                    esis::ItemProblem::WrongCount(n) => (
                        format!(
                            "indicator {} '{}' lists {n} ESIS statement(s); the scale has {}",
                            i.id,
                            i.name,
                            esis::STATEMENTS
                        ),
                        plan.at(&i.loc, "items"),
                    ),
                    esis::ItemProblem::OutOfOrder { index, statement } => (
                        format!(
                            "item {} of indicator {} is ESIS statement {}, out of order",
                            index + 1,
                            i.id,
                            statement + 1
                        ),
                        item_at(index),
                    ),
                    esis::ItemProblem::Differs { index } => (
                        if i.items.len() == esis::STATEMENTS {
                            format!(
                                "item {} of indicator {} differs from ESIS statement {}",
                                index + 1,
                                i.id,
                                index + 1
                            )
                        } else {
                            format!(
                                "item {} of indicator {} is not one of the ESIS statements",
                                index + 1,
                                i.id
                            )
                        },
                        item_at(index),
                    ),
                };
                c.report(message, Some(at));
            }
        }
    }),
};

pub static ESIS_FOR_INDIVIDUALS: Rule = Rule {
    info: &RuleInfo {
        id: "PAR033",
        name: "esis-used-for-individuals",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[ESIS],
    },
    reads: &[
        "indicators",
        "indicators.instrument",
        "indicators.reported_for",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for i in &plan.indicators {
            if i.instrument == Some(Instrument::Esis)
                && i.reported_for == Some(crate::model::ReportingUnit::Individuals)
            {
                c.report(
                    format!("indicator {} '{}' uses ESIS to assess individuals; the scale is reported for groups", i.id, i.name),
                    Some(plan.at(&i.loc, "reported_for")),
                );
            }
        }
    }),
};

pub static ESIS_SCALE_CHANGED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR034",
        name: "esis-scale-changed",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[ESIS],
    },
    reads: &[
        "indicators",
        "indicators.baseline",
        "indicators.target",
        "indicators.values",
        "indicators.instrument",
        "indicators.scale_points",
    ],
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        let (lo, hi) = esis::SCORE_RANGE;
        for i in &plan.indicators {
            if i.instrument != Some(Instrument::Esis) {
                continue;
            }
            if let Some(n) = i.scale_points
                && n != esis::SCALE_POINTS
            {
                c.report(
                    format!(
                        "indicator {} '{}' uses a {n}-point scale; ESIS uses {}",
                        i.id,
                        i.name,
                        esis::SCALE_POINTS
                    ),
                    Some(plan.at(&i.loc, "scale_points")),
                );
            }
            let mut values: Vec<(f64, Vec<Seg>)> = Vec::new();
            if let Some(b) = &i.baseline {
                values.push((b.value, vec![Seg::Key("baseline".into())]));
            }
            if let Some(t) = &i.target {
                values.push((t.value, vec![Seg::Key("target".into())]));
            }
            for (k, v) in i.values.iter().enumerate() {
                values.push((v.value, vec![Seg::Key("values".into()), Seg::Index(k)]));
            }
            for (value, path) in values {
                if !(lo..=hi).contains(&value) {
                    c.report(
                        format!("indicator {} '{}' records {value} as an ESIS score; the score runs from 0 to 100", i.id, i.name),
                        Some(plan.locate(&i.loc, &path)),
                    );
                }
            }
        }
    }),
};

pub static RULES: &[&Rule] = &[
    &COUNCIL_WITHOUT_FOCUS_ISSUES,
    &COUNCIL_WITHOUT_INITIATIVE_MANDATE,
    &COUNCIL_WITHOUT_INFORMATION_RIGHT,
    &COUNCIL_MEMBERSHIP_CRITERIA_MISSING,
    &COUNCIL_WITHOUT_SKILLS_DEVELOPMENT,
    &COUNCIL_WITHOUT_MEETING_FEES,
    &PARTICIPATION_FORM_UNUSED,
    &INFORMATION_NOT_MULTILINGUAL,
    &MEASURE_CITES_NO_NEED,
    &NEED_ANSWERED_ONLY_BY_DROPPED,
    &CO_DESIGN_WITHOUT_RESOURCES,
    &CO_DESIGN_NOT_OPEN_TO_CHANGE,
    &CO_DESIGN_POWER_UNBALANCED,
    &CO_DESIGN_FACILITATOR,
    &CO_DESIGN_VENUE,
    &DIALOGUE_TIMING,
    &DIALOGUE_COMMON_INTEREST,
    &DIALOGUE_FACILITATION,
    &DIALOGUE_AUTHORITY_SUPPORT,
    &CYCLE_INCOMPLETE,
    &CYCLE_ACTION_PLAN_TOO_LARGE,
    &CYCLE_NOT_REPEATED,
    &ESIS_MODIFIED,
    &ESIS_FOR_INDIVIDUALS,
    &ESIS_SCALE_CHANGED,
];
