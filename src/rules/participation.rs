//! Participation and inclusion (CoE-MLG Parts II and III, MoJ-TOOL): whether immigrants and
//! other language minorities are heard in a language of their own, whether what they said
//! reaches decision-makers and turns into action (the Beqiri model), and whether they take
//! part in a standing structure. Guidance, so warnings. PAR001–PAR003 report what the
//! identification -> recognition -> action trace ([`crate::governance::trace`]) finds.

use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::governance::trace::LanguageProvision;
use crate::i18n::{Message, Term};
use crate::msg;

const BEQIRI: super::Source = src(
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
            );
        }
    }),
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
    reads: &["consultations", "consultations.feedback"],
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
};

pub static RULES: &[&Rule] = &[
    &CONSULTATION_WITHOUT_LANGUAGE_PROVISION,
    &NEED_UNANSWERED,
    &CONSULTATION_NOT_RECOGNISED,
    &IMMIGRANTS_NOT_REPRESENTED,
    &CONSULTATION_WITHOUT_FEEDBACK,
];
