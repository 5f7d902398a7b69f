//! The Ministry of Justice good-relations data-collection cycle (MoJ-TOOL): discussion
//! sessions with population groups -> a decision-maker session whose outcome is an action
//! plan of one to four measures -> a feedback survey at the end of the session ->
//! monitoring and a repeated round of sessions.
//!
//! A plan records a cycle with a `cycle:` block on the decision-maker session (a structure
//! of kind `decision_maker_session`). Its discussion sessions are the consultations listed
//! in `cycle.discussion_sessions` plus every consultation whose `recognised_in` names the
//! session.

use crate::load::node::Seg;
use crate::model::date::Date;
use crate::model::{
    Consultation, ConsultationMethod, DataCollectionCycle, Item, Measure, Plan, Structure,
    StructureKind,
};
use crate::msg;

use super::quality::Gap;

/// The most measures the tool's action plan holds.
pub const MAX_ACTION_PLAN: usize = 4;

/// One recorded cycle, followed through.
#[derive(Debug)]
pub struct CycleTrace<'a> {
    pub session: &'a Item<Structure>,
    pub cycle: &'a DataCollectionCycle,
    pub discussion_sessions: Vec<&'a Item<Consultation>>,
    pub action_plan: Vec<&'a Item<Measure>>,
    /// False while the session lies after the as-of date: its outcome cannot exist yet.
    pub held: bool,
    /// Parts missing (rule `data-collection-cycle-incomplete`).
    pub incomplete: Vec<Gap>,
    /// Set when the action plan is larger than [`MAX_ACTION_PLAN`].
    pub too_large: Option<Gap>,
    /// Set when the next round is not planned or is overdue.
    pub not_repeated: Option<Gap>,
}

fn field(path: &[&str]) -> Vec<Seg> {
    path.iter().map(|p| Seg::Key((*p).to_owned())).collect()
}

/// Every structure with a `cycle:` block, followed through as of `as_of`.
pub fn cycles(plan: &Plan, as_of: Date) -> Vec<CycleTrace<'_>> {
    let recorded: Vec<(&Item<Structure>, &DataCollectionCycle)> = plan
        .structures
        .iter()
        .filter_map(|s| s.cycle.as_ref().map(|c| (s, c)))
        .collect();
    recorded
        .iter()
        .map(|&(session, cycle)| follow(plan, session, cycle, &recorded, as_of))
        .collect()
}

fn follow<'a>(
    plan: &'a Plan,
    session: &'a Item<Structure>,
    cycle: &'a DataCollectionCycle,
    all: &[(&'a Item<Structure>, &'a DataCollectionCycle)],
    as_of: Date,
) -> CycleTrace<'a> {
    let mut incomplete = Vec::new();
    let held = cycle.held.is_none_or(|d| d <= as_of);

    // Discussion sessions. An id that names no consultation is a dangling reference
    // (PLAN006), reported where the plan is loaded.
    let mut discussion_sessions: Vec<&Item<Consultation>> = cycle
        .discussion_sessions
        .iter()
        .filter_map(|id| plan.consultations.iter().find(|c| c.id == *id))
        .collect();
    for c in &plan.consultations {
        if c.recognised_in.iter().any(|r| *r == session.id)
            && !discussion_sessions.iter().any(|d| d.id == c.id)
        {
            discussion_sessions.push(c);
        }
    }
    if discussion_sessions.is_empty() && cycle.discussion_sessions.is_empty() {
        incomplete.push(Gap {
            what: msg!("governance-gap-no-discussion-sessions"),
            field: field(&["cycle", "discussion_sessions"]),
        });
    }

    // The decision-maker session itself.
    if session.kind != StructureKind::DecisionMakerSession {
        incomplete.push(Gap {
            what: msg!("governance-gap-not-decision-maker-session"),
            field: field(&["kind"]),
        });
    }

    // Its outcome: the action plan, and the feedback survey.
    // An id that names no measure is a dangling reference (PLAN006).
    let action_plan: Vec<&Item<Measure>> = cycle
        .action_plan
        .iter()
        .filter_map(|id| plan.measures.iter().find(|m| m.id == *id))
        .collect();
    let mut too_large = None;
    let mut not_repeated = None;
    if held {
        if cycle.action_plan.is_empty() {
            incomplete.push(Gap {
                what: msg!("governance-gap-no-action-plan"),
                field: field(&["cycle", "action_plan"]),
            });
        }
        if cycle.feedback_survey.is_none() {
            incomplete.push(Gap {
                what: msg!("governance-gap-no-feedback-survey"),
                field: field(&["cycle", "feedback_survey"]),
            });
        }
        not_repeated = repeat(plan, session, cycle, all, as_of);
    }
    if cycle.action_plan.len() > MAX_ACTION_PLAN {
        too_large = Some(Gap {
            what: msg!(
                "governance-gap-action-plan-too-large",
                count = cycle.action_plan.len()
            ),
            field: field(&["cycle", "action_plan"]),
        });
    }
    CycleTrace {
        session,
        cycle,
        discussion_sessions,
        action_plan,
        held,
        incomplete,
        too_large,
        not_repeated,
    }
}

/// Whether the next round is planned and, once due, under way.
fn repeat(
    plan: &Plan,
    session: &Item<Structure>,
    cycle: &DataCollectionCycle,
    all: &[(&Item<Structure>, &DataCollectionCycle)],
    as_of: Date,
) -> Option<Gap> {
    let Some(next) = cycle.next_round else {
        return Some(Gap {
            what: msg!("governance-gap-no-next-round"),
            field: field(&["cycle", "next_round"]),
        });
    };
    if next > as_of {
        return None;
    }
    let later_cycle = all.iter().any(|(s, c)| {
        s.id != session.id
            && c.held
                .is_some_and(|h| cycle.held.is_none_or(|this| h > this))
    });
    let later_sessions = plan.consultations.iter().any(|c| {
        c.method == ConsultationMethod::DiscussionSession
            && c.date.latest().is_some_and(|d| d >= next)
    });
    if later_cycle || later_sessions {
        return None;
    }
    Some(Gap {
        what: msg!("governance-gap-not-repeated", next = next),
        field: field(&["cycle", "next_round"]),
    })
}
