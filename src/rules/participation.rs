//! Participation and inclusion (CoE-MLG Parts II and III, MoJ-TOOL): whether immigrants and
//! other language minorities are heard in a language of their own, whether what they said
//! reaches decision-makers and turns into action (the Beqiri model), and whether they take
//! part in a standing structure. Guidance, so warnings. PAR001–PAR003 report what the
//! identification -> recognition -> action trace ([`crate::governance::trace`]) finds.

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::finding::Severity;
use crate::governance::cycle::CycleTrace;
use crate::governance::quality::{self, Dialogue, Gap};
use crate::governance::trace::LanguageProvision;
use crate::governance::{Subject, esis, forms, trace};
use crate::i18n::{Message, Term};
use crate::load::node::Seg;
use crate::model::{Instrument, StructureRight};
use crate::msg;

const BEQIRI: Source = src(
    SourceDoc::CoeMlg,
    "Part II, \"The Beqiri model of facilitated information flow\"",
);

pub static CONSULTATION_WITHOUT_LANGUAGE_PROVISION: Rule = Rule {
    info: &RuleInfo {
        id: "PAR001",
        name: "consultation-without-language-provision",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            src(
                SourceDoc::MojTool,
                "discussion sessions in the participants' own language",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part III, \"Forms of governance participation\" (information participation)",
            ),
        ],
    },
    reads: super::TRACE_READS,
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for t in &c.derived.trace().consultations {
            let LanguageProvision::Missing(group) = t.language else {
                continue;
            };
            let k = t.consultation;
            let message = if k.languages.is_empty() {
                msg!(
                    "par001-no-languages",
                    id = &k.id,
                    title = &k.title,
                    group = group.term()
                )
            } else {
                msg!(
                    "par001-only-in",
                    id = &k.id,
                    title = &k.title,
                    group = group.term(),
                    languages = k.languages.clone()
                )
            };
            c.report(message, Some(plan.at(&k.loc, "languages")));
        }
    }),
    serves: None,
};

pub static NEED_UNANSWERED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR002",
        name: "need-unanswered",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            BEQIRI,
            src(SourceDoc::MojTool, "decision-maker session and action plan"),
        ],
    },
    reads: super::TRACE_READS,
    check: Some(|c: &mut Check<'_>| {
        // Needs answered only by dropped measures are PAR019's.
        for (k, n) in c.derived.trace().unanswered() {
            c.report(
                msg!(
                    "par002-need-unanswered",
                    need = &n.need.id,
                    text = &n.need.need,
                    consultation = &k.consultation.id
                ),
                Some(n.location.clone()),
            )
            // No measure answers it: an absence judged across every measure.
            .resting_on_all("measures");
        }
    }),
    serves: None,
};

pub static CONSULTATION_NOT_RECOGNISED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR003",
        name: "consultation-not-recognised",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            BEQIRI,
            src(SourceDoc::MojTool, "session for local decision-makers"),
        ],
    },
    reads: super::TRACE_READS,
    check: Some(|c: &mut Check<'_>| {
        let plan = c.plan;
        for t in &c.derived.trace().consultations {
            let k = t.consultation;
            if !t.needs.is_empty() && t.recognised_in.is_empty() {
                let at = plan.at(&k.loc, "recognised_in");
                c.report(
                    msg!(
                        "par003-not-recognised",
                        id = &k.id,
                        title = &k.title,
                        count = k.needs.len()
                    ),
                    Some(at),
                );
            }
        }
    }),
    serves: None,
};

pub static IMMIGRANTS_NOT_REPRESENTED: Rule = Rule {
    info: &RuleInfo {
        id: "PAR004",
        name: "immigrants-not-represented",
        family: Family::Participation,
        severity: Severity::Warning,
        sources: &[
            src(
                SourceDoc::CoeMlg,
                "Part III, \"Councils for specific groups\"",
            ),
            src(
                SourceDoc::CoeMlg,
                "Part I, \"Setting up a cross-sectoral cooperation group\" (participation of immigrants)",
            ),
        ],
    },
    reads: &[
        "structures",
        "structures.groups",
        "structures.member_counts",
    ],
    check: Some(|c: &mut Check<'_>| {
        let represented = c
            .plan
            .structures
            .iter()
            .any(|s| s.represented_groups().any(|g| g.is_immigrant()));
        if !represented {
            let at = c.plan.section("structures");
            c.report(msg!("par004-no-immigrants"), at);
        }
    }),
    serves: None,
};

pub static CONSULTATION_WITHOUT_FEEDBACK: Rule = Rule {
    info: &RuleInfo {
        id: "PAR035",
        name: "consultation-without-feedback",
        family: Family::Participation,
        severity: Severity::Info,
        sources: &[
            src(SourceDoc::MojTool, "a session for local decision-makers"),
            src(
                SourceDoc::MojTool,
                "monitoring and assessment of the impact of the measures",
            ),
            src(
                SourceDoc::Osce,
                "3.2, \"Accountability and public acceptance\"",
            ),
        ],
    },
    reads: &[
        "consultations",
        "consultations.feedback",
        "consultations.date",
    ],
    check: Some(|c: &mut Check<'_>| {
        let silent: Vec<_> = c
            .plan
            .consultations
            .iter()
            .filter(|k| {
                k.feedback.is_none() && k.date.latest().is_some_and(|d| d.add_months(6) < c.as_of)
            })
            .collect();
        let Some(first) = silent.first() else {
            return;
        };
        let listed: Vec<Message> = silent
            .iter()
            .map(|k| {
                msg!(
                    "par035-consultation",
                    id = &k.id,
                    title = &k.title,
                    date = k.date
                )
            })
            .collect();
        let at = c.plan.item(&first.loc);
        c.report(
            msg!(
                "par035-no-feedback",
                count = silent.len(),
                consultations = listed
            ),
            Some(at),
        );
    }),
    serves: None,
};

pub static RULES: &[&Rule] = &[
    &CONSULTATION_WITHOUT_LANGUAGE_PROVISION,
    &NEED_UNANSWERED,
    &CONSULTATION_NOT_RECOGNISED,
    &IMMIGRANTS_NOT_REPRESENTED,
    &CONSULTATION_WITHOUT_FEEDBACK,
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
];

// ---------------------------------------------------------------------------------------
// Participation in depth (CoE-MLG Parts II and III, MoJ-TOOL): the quality of councils for
// specific groups, co-design processes and dialogues; participation forms and multilingual
// information; what the identification -> recognition -> action trace shows; the Ministry
// of Justice data-collection cycle; and the ESIS instrument. The logic lives in
// [`crate::governance`]; these rules report from it. Guide elements are warnings; advice
// is info.
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
const ESIS: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"Measuring inclusion: THL's Experiences of Social Inclusion Scale\"",
);
const MOJ_CYCLE: Source = src(
    SourceDoc::MojTool,
    "discussion sessions, session for decision-makers, monitoring and assessment",
);

/// Reports the element or condition `key` of every structure (or dialogue measure) that
/// `subject` selects and that lacks it, from the run's shared quality checks. The shared
/// check decides whether there is a gap and where it is; the message is built here, from
/// the plan, in the reader's language.
fn report_element(c: &mut Check<'_>, subject: fn(&Subject<'_>) -> bool, key: &str) {
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
            c.report(gap_message(&q.subject, key), Some(at));
        }
    }
}

/// How a finding names its structure: "council C1 'Immigrant council'".
fn describe(s: &Subject<'_>) -> Message {
    match s {
        Subject::Council(s) => msg!("par010-council", id = &s.id, name = &s.name),
        Subject::CoDesign(s) => msg!("par020-co-design", id = &s.id, name = &s.name),
        Subject::Dialogue(Dialogue::Structure(s)) => {
            msg!("par025-dialogue", id = &s.id, name = &s.name)
        }
        Subject::Dialogue(Dialogue::Measure(m)) => {
            msg!("par025-dialogue-measure", id = &m.id, name = &m.title)
        }
    }
}

fn blank(s: Option<&String>) -> bool {
    s.is_none_or(|s| s.trim().is_empty())
}

/// What a structure lacks for the element or condition `key`, as a finding says it. Mirrors
/// the shared checks of [`crate::governance::quality`], which decide that it lacks it.
fn gap_message(subject: &Subject<'_>, key: &str) -> Message {
    let label = describe(subject);
    let structure = match subject {
        Subject::Council(s) | Subject::CoDesign(s) | Subject::Dialogue(Dialogue::Structure(s)) => {
            Some(*s)
        }
        Subject::Dialogue(Dialogue::Measure(_)) => None,
    };
    let co_design = structure
        .and_then(|s| s.co_design.clone())
        .unwrap_or_default();
    match key {
        "focus_issues" => {
            let set: Vec<_> = structure
                .into_iter()
                .flat_map(|s| &s.focus_issues)
                .filter(|f| f.issues.iter().any(|i| !i.trim().is_empty()))
                .collect();
            let latest = set
                .iter()
                .filter_map(|f| f.period.as_ref())
                .max_by_key(|p| p.end);
            match latest {
                Some(p) if !set.is_empty() => msg!(
                    "par010-not-current",
                    subject = label,
                    start = p.start,
                    end = p.end
                ),
                _ => msg!("par010-no-focus-issues", subject = label),
            }
        }
        "decision_making_link" => msg!("par011-no-initiative-mandate", subject = label),
        "information_right" => {
            if structure.is_some_and(|s| s.rights.contains(&StructureRight::Information)) {
                msg!("par012-information-only", subject = label)
            } else {
                msg!("par012-no-information-right", subject = label)
            }
        }
        "membership" => {
            let Some(m) = structure.and_then(|s| s.membership.as_ref()) else {
                return msg!("par013-no-membership", subject = label);
            };
            let n = m.diversity.len();
            let chair = blank(m.chair.as_ref());
            let min = quality::MIN_DIVERSITY_DIMENSIONS;
            match (n, chair) {
                (0, false) => msg!("par013-no-diversity", subject = label),
                (0, true) => msg!("par013-no-diversity-no-chair", subject = label),
                (n, false) if n < min => {
                    msg!(
                        "par013-few-diversity",
                        subject = label,
                        count = n,
                        min = min
                    )
                }
                (n, true) if n < min => msg!(
                    "par013-few-diversity-no-chair",
                    subject = label,
                    count = n,
                    min = min
                ),
                _ => msg!("par013-no-chair", subject = label),
            }
        }
        "skills_development" => msg!("par014-no-skills-development", subject = label),
        "meeting_fees" => {
            let fees = structure
                .and_then(|s| s.resources.as_ref())
                .and_then(|r| r.meeting_fees);
            if fees == Some(false) {
                msg!("par015-no-meeting-fees", subject = label)
            } else {
                msg!("par015-meeting-fees-unknown", subject = label)
            }
        }
        "resources" => {
            let money = structure
                .and_then(|s| s.resources.as_ref())
                .and_then(|r| r.budget_eur)
                .is_some_and(|b| b > 0.0);
            if money {
                msg!("par020-no-time", subject = label)
            } else if blank(co_design.time.as_ref()) {
                msg!("par020-no-money-no-time", subject = label)
            } else {
                msg!("par020-no-money", subject = label)
            }
        }
        "open_to_change" => msg!("par021-not-open-to-change", subject = label),
        "power_balance" => msg!("par022-power-balance", subject = label),
        "facilitator" => match &co_design.facilitator {
            Some(f) => msg!(
                "par023-facilitator-without-experience",
                subject = label,
                facilitator = &f.name
            ),
            None => msg!("par023-no-facilitator", subject = label),
        },
        "venue" => match &co_design.venue {
            Some(v) if v.accessible == Some(false) => {
                msg!(
                    "par024-venue-not-accessible",
                    subject = label,
                    venue = &v.name
                )
            }
            Some(v) => msg!(
                "par024-venue-accessibility-unknown",
                subject = label,
                venue = &v.name
            ),
            None => msg!("par024-no-venue", subject = label),
        },
        "timing" => msg!("par025-timing-unstated", subject = label),
        "common_interest" => msg!("par026-no-common-interest", subject = label),
        "facilitation" => msg!("par027-facilitation-unstated", subject = label),
        _ => msg!("par028-no-authority-support", subject = label),
    }
}

/// Reports the council element `key` for every council that lacks it.
fn council_element(c: &mut Check<'_>, key: &str) {
    report_element(c, |s| matches!(s, Subject::Council(_)), key);
}

/// Reports the co-design condition `key` for every co-design process that lacks it.
fn co_design_condition(c: &mut Check<'_>, key: &str) {
    report_element(c, |s| matches!(s, Subject::CoDesign(_)), key);
}

/// Reports the dialogue condition `key` for every dialogue that lacks it.
fn dialogue_condition(c: &mut Check<'_>, key: &str) {
    report_element(c, |s| matches!(s, Subject::Dialogue(_)), key);
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
                c.report(msg!("par016-no-forms-recorded"), at);
            }
            return;
        }
        // The missing forms are one gap of one subject (the plan), so one finding names them.
        let mut missing: Vec<Message> = forms::count(plan)
            .into_iter()
            .filter(|f| f.total() == 0)
            .map(|f| f.form.term())
            .collect();
        let Some(last) = missing.pop() else {
            return;
        };
        let message = if missing.is_empty() {
            msg!("par016-form-unused", form = last)
        } else {
            msg!("par016-forms-unused", rest = missing, last = last)
        };
        c.report(message, at);
    }),
    serves: None,
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
                    msg!("par017-structure", id = &s.id, name = &s.name),
                    &s.loc,
                    &s.languages,
                ),
                forms::InformationItem::Measure(m, _) => (
                    msg!("par017-measure", id = &m.id, name = &m.title),
                    &m.loc,
                    &m.languages,
                ),
            };
            let message = if langs.is_empty() {
                msg!("par017-no-languages", what = what)
            } else {
                msg!("par017-only-in", what = what, languages = langs.clone())
            };
            c.report(message, Some(plan.at(loc, "languages")));
        }
    }),
    serves: None,
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
        let mut ids: Vec<String> = t
            .measures_citing_no_need
            .iter()
            .take(LISTED_MEASURES)
            .map(|m| m.id.clone())
            .collect();
        if n > LISTED_MEASURES {
            ids.push("...".to_owned());
        }
        c.report(
            msg!(
                "par018-measures-cite-no-need",
                count = n,
                total = total,
                measures = ids
            ),
            plan.section("measures"),
        );
    }),
    serves: None,
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
                let ids: Vec<String> = n.answered_by.iter().map(|m| m.id.clone()).collect();
                c.report(
                    msg!(
                        "par019-only-dropped",
                        need = &n.need.id,
                        text = &n.need.need,
                        consultation = &k.consultation.id,
                        count = ids.len(),
                        measures = ids
                    ),
                    Some(n.location.clone()),
                )
                .resting_on_all("measures");
            }
        }
    }),
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
    serves: None,
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
                c.report(incomplete_message(t, gap), Some(at))
                    .resting_on_all("consultations");
            }
        }
    }),
    serves: None,
};

/// The part of a cycle that the shared check found missing (it names the field), as
/// PAR029 says it.
fn incomplete_message(t: &CycleTrace<'_>, gap: &Gap) -> Message {
    let (id, name) = (&t.session.id, &t.session.name);
    let field = match gap.field.last() {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "",
    };
    match field {
        "discussion_sessions" => msg!("par029-no-discussion-sessions", id = id, name = name),
        "kind" => msg!("par029-not-a-session", id = id, name = name),
        "action_plan" => msg!("par029-no-action-plan", id = id, name = name),
        "feedback_survey" => msg!("par029-no-feedback-survey", id = id, name = name),
        _ => msg!("par029-incomplete", id = id, name = name),
    }
}

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
                    msg!(
                        "par030-action-plan-too-large",
                        id = &t.session.id,
                        name = &t.session.name,
                        count = t.cycle.action_plan.len()
                    ),
                    Some(at),
                );
            }
        }
    }),
    serves: None,
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
                let (id, name) = (&t.session.id, &t.session.name);
                let message = match t.cycle.next_round {
                    Some(next) => msg!(
                        "par031-next-round-overdue",
                        id = id,
                        name = name,
                        next = next
                    ),
                    None => msg!("par031-no-next-round", id = id, name = name),
                };
                c.report(message, Some(at));
            }
        }
    }),
    serves: None,
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
                        msg!("par032-no-items", id = &i.id, name = &i.name),
                        plan.at(&i.loc, "items"),
                    ),
                    esis::ItemProblem::WrongCount(n) => (
                        msg!(
                            "par032-wrong-count",
                            id = &i.id,
                            name = &i.name,
                            count = n,
                            statements = esis::STATEMENTS
                        ),
                        plan.at(&i.loc, "items"),
                    ),
                    esis::ItemProblem::OutOfOrder { index, statement } => (
                        msg!(
                            "par032-out-of-order",
                            item = index + 1,
                            id = &i.id,
                            statement = statement + 1
                        ),
                        item_at(index),
                    ),
                    esis::ItemProblem::Differs { index } => (
                        if i.items.len() == esis::STATEMENTS {
                            msg!(
                                "par032-differs",
                                item = index + 1,
                                id = &i.id,
                                statement = index + 1
                            )
                        } else {
                            msg!("par032-not-a-statement", item = index + 1, id = &i.id)
                        },
                        item_at(index),
                    ),
                };
                c.report(message, Some(at));
            }
        }
    }),
    serves: None,
};
