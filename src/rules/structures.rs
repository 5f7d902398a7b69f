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
        summary: "A council for a specific group has no focus issues for the current period.",
        rationale: "The CoE guide's first element of meaningful (not symbolic) inclusion is reflecting on its structure: which issues the council focuses on in each period, and through which structures it influences them. A council without current focus issues tends to react to whatever is put before it. Focus issues with a period count only while the as-of date falls inside it; issues without a period hold throughout. Warning: a guide element, not a statutory duty.",
        help: "Add `focus_issues:` with the issues the council works on this period, e.g. `- period: {start: 2026-01-01, end: 2027-12-31}` and `issues: [housing, youth employment]`.",
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
        summary: "A council for a specific group has no mandate to submit initiatives to the municipal council.",
        rationale: "The guide links meaningful inclusion to decision-making: a council should be able to submit initiatives and proposals to the municipal or city council, at least on matters concerning the group it represents; otherwise it is heard but cannot put anything on the agenda. goodrel accepts `rights: [initiatives_to_council]` or a `mandate` that speaks of initiatives (initiative, aloite, initiativ). Warning: a guide element.",
        help: "Give the council the right to submit initiatives to the municipal council and record it as `rights: [initiatives_to_council]`.",
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
        summary: "A council for a specific group takes no part in the strategic planning, monitoring and evaluation of the work.",
        rationale: "The guide gives a council a right to information and participation: it monitors the accessibility of (targeted) services and takes part in the strategic planning, monitoring and evaluation of integration and good relations, i.e. it is linked to the strategic and monitoring group for integration or another cooperation group. A council outside that loop learns of plans when they are done. Met by `linked_to` naming a cooperation, steering or working group, or by the `strategy_participation` right. Warning: a guide element.",
        help: "Link the council to the cooperation or steering group that plans and monitors the work (`linked_to: [<group id>]`), or record `rights: [information, strategy_participation]`.",
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
        summary: "A council for a specific group does not say how its membership reflects diversity or what its chair needs.",
        rationale: "The guide asks that recruitment include people representing the diversity of communities (backgrounds, languages, religions, nationalities, gender, occupations) who also have expertise and motivation, and that the chair may have specific requirements (expertise in the mandate, communication skills). A council recruited without such criteria tends to speak for a few communities. goodrel asks for at least two diversity dimensions in `membership.diversity` and a `membership.chair` requirement. Warning: a guide element.",
        help: "Add `membership:` with `diversity: [languages, religions, gender, ...]` (at least two) and `chair:` describing what the chair needs.",
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
        summary: "A council for a specific group has no skills development for its members.",
        rationale: "The guide asks that council members' skills be developed continuously, through training, information and study trips, so that they can influence the municipality's structures in the language those structures use. Without it, influence stays with the few who already know the system. Warning: a guide element.",
        help: "Add `skills_development:` listing what members get, e.g. [\"training on municipal decision-making\", \"study trip to the regional ETNO\"].",
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
        summary: "A council for a specific group does not pay its members a meeting fee (or does not say).",
        rationale: "The guide's financial element: members should be compensated for their participation and receive a meeting fee, like members of other municipal bodies. Unpaid participation favours those who can afford it and signals that the council matters less. Warning: a guide element.",
        help: "Pay members a meeting fee and record `resources: {meeting_fees: true}` on the council.",
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
        summary: "One of the six forms of participation (information, initiation, planning, decision-making, implementation, evaluation) is offered by no structure or measure.",
        rationale: "The guide, following Sitra, asks what people are invited to take part in: information participation is the basis of everything, and the other five follow the phases of decision-making. A plan whose structures and measures offer, say, information and implementation but no planning or evaluation invites residents to be told and to help, not to shape. The forms nobody offers are named in one finding; when no structure or measure records any form, one finding says so. Info: a lens for reviewing the plan, not a requirement.",
        help: "Record on structures and measures the forms residents take part in (`participation: [information, planning, evaluation, ...]`), and consider adding a way to take part in the missing form.",
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
        summary: "A structure or measure offering information participation reaches residents only in the official languages (or records no languages).",
        rationale: "Information participation is the basis of every other form: without knowing what one can influence, no other participation is possible. For different population groups the guide calls for multilingual, multichannel information and systems training in their languages. Information in Finnish or Swedish only reaches those who already read them. Official languages are the municipality's `official_languages` (Finnish and Swedish when not listed). Warning: a guide element.",
        help: "List the languages the information reaches residents in (`languages: [fi, en, ar, so, uk]` on the measure or structure), adding the main languages of the municipality's residents.",
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
        summary: "Measures answer no need brought up in a consultation, although the plan records consultation needs.",
        rationale: "In the Beqiri model action rests on identified and recognised local needs. When a plan records consultation needs, measures that cite none show either links not yet written down or work planned without the residents' view. One finding per plan, at the measures section, counts them and names the first few; `goodrel governance --trace` lists them all. Quiet when the plan records no consultation needs (the trace is not in use); dropped measures are not counted. Info: many measures legitimately come from statute or strategy.",
        help: "Where a measure responds to something residents brought up, add the need's id to its `answers`; `goodrel governance PLAN_DIR --trace` lists the measures concerned.",
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
        summary: "Every measure that answered a consultation need has been dropped.",
        rationale: "Meaningful inclusion means that problems identified and recognised together are addressed in some way. When the only measures answering a need are dropped, the need has in effect returned to where it started, and the people who raised it have not been told. Warning: a guide element (the Beqiri model's action step).",
        help: "Answer the need with a measure that is planned, ongoing or done, or record why it is left (and tell those consulted).",
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
        summary: "A co-design process has no money or no time set aside.",
        rationale: "The guide's first condition for co-design is sufficient resources, financial and time, so that the process allows real inclusion and influence rather than its semblance; co-design is a process of building relations, not a one-off event. Money is `resources.budget_eur` (more than zero); time is `co_design.time`. Warning: a guide condition.",
        help: "Set `resources: {budget_eur: ...}` and `co_design: {time: \"six workshops, Sep 2026 to Feb 2027\"}` on the co-design structure.",
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
        summary: "A co-design process does not say what it is open to change.",
        rationale: "Co-design needs a genuine curiosity and openness to develop or change the service, practice or policy concerned. When nothing is stated as open, participants are easily invited to confirm decisions already taken. Warning: a guide condition.",
        help: "Write under `co_design.open_to_change` what the process can change (e.g. \"the service's format, opening hours and location\").",
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
        summary: "A co-design process does not say how the power imbalance between staff and residents is balanced.",
        rationale: "The guide asks that the power imbalance be identified so that the process does not repeat or reinforce it, through the facilitator, the choice of participants (several community members, including those with networks and tacit knowledge) and the place. Warning: a guide condition.",
        help: "Describe under `co_design.power_balance` how the imbalance is identified and balanced (e.g. \"residents co-chair; several community members invited; sessions in the community's own premises\").",
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
        summary: "A co-design process names no facilitator, or one without shared identity or experiential knowledge and no community co-lead.",
        rationale: "The guide calls for a skilled facilitator, ideally sharing the community's identity or having experiential knowledge, or else a pair of leads of whom one is a community member with experiential knowledge. A facilitator from outside the community alone tends to reproduce the staff's view. Met by `facilitator.experiential_knowledge: true` or a `facilitator.co_lead`. Warning: a guide condition.",
        help: "Add `co_design: {facilitator: {name: ..., experiential_knowledge: true}}`, or name a community member with experiential knowledge as `co_lead`.",
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
        summary: "A co-design process names no venue, or one that is not (or not known to be) accessible.",
        rationale: "Choosing the place also balances power: the guide asks that meetings be held somewhere accessible, easy to get to and comfortable for the participants. Warning: a guide condition.",
        help: "Add `co_design: {venue: {name: ..., accessible: true}}` once the venue is confirmed accessible and easy to reach.",
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
        summary: "A dialogue does not say whether it is preventive, defuses tensions or strengthens reconciliation.",
        rationale: "Dialogue held at the wrong time, between the wrong actors or on the wrong subject can increase polarisation. The guide asks that dialogue be timely: preventive, to defuse tensions or conflicts, or to strengthen reconciliation. Stating which makes the timing a choice. Applies to structures and measures of kind `dialogue`. Warning: a guide condition.",
        help: "Set `dialogue: {timing: preventive}` (or `defusing`, `reconciliation`) on the dialogue.",
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
        summary: "A dialogue states no common interest or objective clarified with the parties.",
        rationale: "For dialogue to change attitudes towards another group and defuse confrontation, the guide says it must rest on a common interest or objective that is carefully clarified. Warning: a guide condition.",
        help: "Write the clarified common interest under `dialogue.common_interest` (e.g. \"a safe park for everyone's children\").",
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
        summary: "A dialogue does not say how it is facilitated so that no party dominates another.",
        rationale: "The guide asks for balanced facilitation, so that no party dominates; dialogue otherwise easily reproduces ethnic hierarchies and structural discrimination. Warning: a guide condition.",
        help: "Describe under `dialogue.facilitation` who facilitates and how balance is kept (e.g. \"two trained facilitators, one from each community\").",
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
        summary: "A dialogue has no backing from a public authority.",
        rationale: "The guide's fourth condition is the support of society, here the local government exercising public authority: without it, what a dialogue produces has nowhere to go. Met when the dialogue's convener (a structure's `convener`, a measure's `responsible`) or an actor in `dialogue.supported_by` is a public authority (a municipal sector, decision-makers, the wellbeing services county, the ELY Centre / vitality centre, the police, ...). Warning: a guide condition.",
        help: "Name the public authority that backs the dialogue in `dialogue.supported_by` (e.g. the mayor's office or the city board as a decision_makers actor).",
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
        summary: "A recorded good-relations data-collection cycle lacks a part: discussion sessions, the decision-maker session, its action plan or the feedback survey.",
        rationale: "The Ministry of Justice tool is a cycle: discussion sessions with population groups, then a decision-maker session whose outcome is an action plan of one to four measures, a feedback survey of the participants, and monitoring with repeated sessions. A cycle with a missing part gathers experiences that lead nowhere, or acts without knowing the effect. A cycle is recorded with a `cycle:` block on a decision_maker_session structure; while its `held` date lies after the as-of date only the discussion sessions and the session's kind are checked. Warning: guidance.",
        help: "Complete the `cycle:` block: `discussion_sessions` (consultation ids), `action_plan` (one to four measure ids) and `feedback_survey`; record it on a structure of kind decision_maker_session.",
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
        summary: "A decision-maker session's action plan has more than four measures.",
        rationale: "The tool's decision-maker session ends in an action plan of one to four measures that the stakeholders present carry out themselves; a longer list dilutes commitment and cannot be followed up by the feedback survey and the next round. Warning: guidance.",
        help: "Keep the one to four measures the participants committed to in `cycle.action_plan`; move the rest to the plan's ordinary measures.",
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
        summary: "A data-collection cycle does not plan its next round, or the next round is overdue.",
        rationale: "Repeating the discussion sessions is how the tool monitors the state of relations and the effect of the measures; a single round gives a snapshot, not monitoring. Fires when `cycle.next_round` is missing, or has passed (as of the check date) with no later decision-maker session and no discussion-session consultation dated on or after it. Not checked while the session itself is still ahead. Warning: guidance.",
        help: "Set `cycle.next_round` to the date of the next sessions and, once they are held, record them (a new consultation with method discussion_session, and a new decision-maker session).",
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
        summary: "An indicator that uses THL's Experiences of Social Inclusion Scale (ESIS) does not list its ten statements unmodified and in order.",
        rationale: "ESIS is a scientifically validated instrument; the guide says that whoever uses it may not modify or adapt it, or the results are no longer comparable or valid. goodrel compares the plan's `items` with the ten statements as listed in the CoE guide, ignoring case, spacing, list numbers and final full stops, and says which item differs, is out of place, or that the count is wrong. goodrel knows only the English wording: items in another language (`items_language`) are not compared. Warning: the guide's instruction, not a statute.",
        help: "Copy the ten ESIS statements exactly, in THL's order, into the indicator's `items` (see THL's instructions for the scale).",
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
        summary: "An ESIS indicator is used to assess individual clients rather than reported for groups.",
        rationale: "ESIS measures the experience of inclusion and is reported for groups, to monitor activities or start discussion; it is not a tool for assessing individual clients. Fires when an ESIS indicator says `reported_for: individuals`. Warning: use outside the instrument's validated purpose.",
        help: "Report ESIS results for groups (`reported_for: groups`) and assess individual clients' needs with the integration programme's needs assessment instead.",
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
        summary: "An ESIS indicator uses an answer scale other than five points, or records a score outside 0–100.",
        rationale: "ESIS is answered on a five-point agreement scale and reported as a score from 0 to 100; another scale or range means the instrument was adapted and the results cannot be compared with THL's. Fires on `scale_points` other than 5 and on a baseline, target or measured value outside 0–100. Warning: an adapted validated instrument.",
        help: "Use ESIS's five-point scale (`scale_points: 5`) and record results as its 0–100 score.",
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
