//! Participation and inclusion (CoE-MLG Parts II and III, MoJ-TOOL): whether immigrants and
//! other language minorities are heard in a language of their own, whether what they said
//! reaches decision-makers and turns into action (the Beqiri model), and whether they take
//! part in a standing structure. Guidance, so warnings. PAR001–PAR003 report what the
//! identification -> recognition -> action trace ([`crate::governance::trace`]) finds.

use super::governance::{count, words};
use super::{Check, Family, Rule, RuleInfo, SourceDoc, src};
use crate::finding::Severity;
use crate::governance::trace::LanguageProvision;

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
        summary: "A consultation that hears immigrants or another language minority was not held in a language of their own (e.g. only in the municipality's official languages), or records no languages.",
        rationale: "The Ministry of Justice tool stresses that language minorities should be able to discuss in their own language, with sessions run by organisations and facilitators who share it, and the CoE guide's account of information participation calls for multilingual, multichannel information. A hearing of immigrants held only in Finnish or Swedish reaches those who already speak them. Language minorities are the immigrant groups (any language beyond the official ones counts), Swedish speakers where Swedish is not official (Swedish is needed) and the Sámi where no Sámi language is official (a Sámi language is needed); official languages default to Finnish and Swedish when the plan does not list them. This is the language verdict `goodrel governance --trace` shows. Warning: guidance.",
        help: "List the languages the consultation was held or interpreted in under `languages` (e.g. [fi, ar, so, uk]); if it was held only in the official languages, arrange sessions in the participants' own languages next time.",
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
                format!(
                    "consultation {} '{}' heard {} but records no languages it was held in",
                    k.id,
                    k.title,
                    words(&group)
                )
            } else {
                format!(
                    "consultation {} '{}' heard {} but was held only in {}",
                    k.id,
                    k.title,
                    words(&group),
                    k.languages.join(", ")
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
        summary: "A need brought up in a consultation is not answered by any measure.",
        rationale: "In the Beqiri model that the CoE guide presents, local knowledge is identified, recognised together with decision-makers and then acted on; meaningful inclusion means that problems identified together are addressed in some way. A need that no measure answers stops at identification, and people who took part learn that consultation changes nothing. Warning: guidance (a need may be knowingly left for later; say so in a measure).",
        help: "Add the need's id to the `answers` of the measure that responds to it, or add a measure for it.",
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
                format!(
                    "need {} '{}' from consultation {} is not answered by any measure",
                    n.need.id, n.need.need, k.consultation.id
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
        summary: "A consultation brought up needs, but the plan does not say where they were discussed with decision-makers.",
        rationale: "Recognition, the middle step of the Beqiri model, means working through what was heard together with decision-makers so that it becomes shared understanding; the Ministry of Justice tool does this in a decision-maker session. When a consultation's needs were never taken to a structure with decision-makers, they rarely reach the budget. Warning: guidance.",
        help: "Set the consultation's `recognised_in` to the structure(s) where its results were discussed with decision-makers (e.g. a decision_maker_session or the cooperation group).",
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
                    format!(
                        "consultation {} '{}' brought up {} but the plan does not say where they were discussed with decision-makers",
                        k.id,
                        k.title,
                        count(k.needs.len(), "need", "needs")
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
        summary: "No council, group or other structure has immigrants themselves taking part.",
        rationale: "The municipality is to ensure that immigrants living in it can take part in planning integration promotion, and the CoE guide presents councils for specific groups, such as immigrant councils, as the permanent way to bring immigrants into municipal decision-making. When no structure lists immigrants among the groups taking part, they are at most consulted now and then. Warning: guidance on how to meet the participation duty.",
        help: "Add `groups: [immigrants]` (or the groups concerned) to the structures where immigrants take part, or set up an immigrant council or a seat for immigrant residents in the cooperation group.",
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
    reads: &["structures", "structures.groups"],
    check: Some(|c: &mut Check<'_>| {
        let represented = c
            .plan
            .structures
            .iter()
            .any(|s| s.groups.iter().any(|g| g.is_immigrant()));
        if !represented {
            let at = c.plan.section("structures");
            c.report(
                "no council, group or other structure of the plan has immigrants taking part",
                at,
            );
        }
    }),
};

pub static CONSULTATION_WITHOUT_FEEDBACK: Rule = Rule {
    info: &RuleInfo {
        id: "PAR035",
        name: "consultation-without-feedback",
        family: Family::Participation,
        severity: Severity::Info,
        summary: "Consultations held more than six months ago do not record that participants were told what came of what they said.",
        rationale: "In the Ministry of Justice tool, residents who took part in the discussion sessions come to the decision-makers' session, and the municipality monitors and assesses the measures that follow; the OSCE's accountability principle asks that the outcomes of participation be public. Telling participants what came of what they said closes that loop, and people who never hear back stop coming. Six months is goodrel's assumption of a reasonable time to decide what to do with the results; consultations younger than that (judged by `--as-of`) are not judged. The plan shows the feedback with `feedback: {date, how}` on the consultation. All such consultations make one finding, at the first. Info: the sources describe the loop, not a duty to record it.",
        help: "Add `feedback: {date: YYYY-MM-DD, how: \"...\"}` to each consultation listed, saying when and how participants were told what came of their views.",
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
            .filter(|k| k.feedback.is_none() && k.date.add_months(6) < c.as_of)
            .collect();
        let Some(first) = silent.first() else {
            return;
        };
        let listed: Vec<String> = silent
            .iter()
            .map(|k| format!("{} '{}' ({})", k.id, k.title, k.date))
            .collect();
        let at = c.plan.item(&first.loc);
        c.report(
            format!(
                "{} more than six months ago {} not record that participants were told what came of what they said: {}",
                count(silent.len(), "consultation held", "consultations held"),
                if silent.len() == 1 { "does" } else { "do" },
                listed.join(", ")
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
