//! The quality of participatory structures (CoE-MLG Part III): councils for specific groups
//! against the six elements of meaningful inclusion, co-design processes and dialogues
//! against their conditions, and the cooperation group's meeting frequency against the
//! plan's cycle. Each check says what is missing and where; rules and the `governance` view
//! both read these functions.

use crate::i18n::{Message, Term};
use crate::load::node::Seg;
use crate::model::date::Date;
use crate::model::{
    ActorKind, DialogueConditions, Frequency, Item, Measure, MeasureKind, Plan, Structure,
    StructureKind, StructureRight,
};
use crate::msg;

/// One element or condition of a structure and, when unmet, what is missing.
#[derive(Debug, Clone)]
pub struct ElementCheck {
    /// Stable key, e.g. `meeting_fees`.
    pub key: &'static str,
    /// Short label for tables, e.g. "meeting fees".
    pub label: Message,
    pub gap: Option<Gap>,
}

/// What is missing and the field (below the item) to point at.
#[derive(Debug, Clone)]
pub struct Gap {
    /// Completes a sentence whose subject is the structure, e.g. "pays no meeting fees".
    pub what: Message,
    pub field: Vec<Seg>,
}

fn gap(what: Message, field: &[&str]) -> Option<Gap> {
    Some(Gap {
        what,
        field: field.iter().map(|f| Seg::Key((*f).to_owned())).collect(),
    })
}

/// The short label of an element or condition, e.g. "meeting fees".
fn label(key: &'static str) -> Message {
    msg!("governance-element", key = key)
}

fn blank(s: Option<&String>) -> bool {
    s.is_none_or(|s| s.trim().is_empty())
}

// ---------------------------------------------------------------------------------------
// Councils for specific groups.

/// The six quality elements, in the guide's order.
pub const COUNCIL_ELEMENTS: [&str; 6] = [
    "focus_issues",
    "decision_making_link",
    "information_right",
    "membership",
    "skills_development",
    "meeting_fees",
];

/// Minimum number of diversity dimensions a council's recruitment should name.
pub const MIN_DIVERSITY_DIMENSIONS: usize = 2;

/// Structure kinds a council can be linked to for its right to participate in strategic
/// planning, monitoring and evaluation.
const STRATEGIC_GROUPS: [StructureKind; 5] = [
    StructureKind::CooperationGroup,
    StructureKind::RegionalCooperationGroup,
    StructureKind::GoodRelationsWorkingGroup,
    StructureKind::SteeringGroup,
    StructureKind::WorkingGroup,
];

/// Whether a free-text mandate speaks of initiatives (English, Finnish, Swedish).
fn mentions_initiatives(mandate: Option<&String>) -> bool {
    mandate.is_some_and(|m| {
        let m = m.to_lowercase();
        m.contains("initiativ") || m.contains("aloit")
    })
}

/// Checks a council against the six elements.
pub fn council(plan: &Plan, s: &Structure, as_of: Date) -> Vec<ElementCheck> {
    COUNCIL_ELEMENTS
        .iter()
        .map(|&key| ElementCheck {
            key,
            label: label(key),
            gap: match key {
                "focus_issues" => focus_issues(s, as_of),
                "decision_making_link" => decision_making_link(s),
                "information_right" => information_right(plan, s),
                "membership" => membership(s),
                "skills_development" => {
                    if s.skills_development.iter().all(|x| x.trim().is_empty()) {
                        gap(
                            msg!("governance-gap-no-skills-development"),
                            &["skills_development"],
                        )
                    } else {
                        None
                    }
                }
                _ => meeting_fees(s),
            },
        })
        .collect()
}

fn focus_issues(s: &Structure, as_of: Date) -> Option<Gap> {
    let set: Vec<_> = s
        .focus_issues
        .iter()
        .filter(|f| f.issues.iter().any(|i| !i.trim().is_empty()))
        .collect();
    if set.is_empty() {
        return gap(msg!("governance-gap-no-focus-issues"), &["focus_issues"]);
    }
    let current = set.iter().any(|f| {
        f.period
            .as_ref()
            .is_none_or(|p| p.start <= as_of && as_of <= p.end)
    });
    if current {
        return None;
    }
    let what = set
        .iter()
        .filter_map(|f| f.period.as_ref())
        .max_by_key(|p| p.end)
        .map_or_else(
            || msg!("governance-gap-focus-issues-outdated"),
            |p| {
                msg!(
                    "governance-gap-focus-issues-outdated-latest",
                    start = p.start,
                    end = p.end
                )
            },
        );
    gap(what, &["focus_issues"])
}

fn decision_making_link(s: &Structure) -> Option<Gap> {
    if s.rights.contains(&StructureRight::InitiativesToCouncil)
        || s.rights.contains(&StructureRight::ProposalsToAuthorities)
        || mentions_initiatives(s.mandate.as_ref())
    {
        return None;
    }
    let field = if s.rights.is_empty() && s.mandate.is_some() {
        "mandate"
    } else {
        "rights"
    };
    gap(msg!("governance-gap-no-initiatives"), &[field])
}

fn information_right(plan: &Plan, s: &Structure) -> Option<Gap> {
    let linked = s
        .linked_to
        .iter()
        .filter_map(|id| plan.structure(id))
        .any(|t| STRATEGIC_GROUPS.contains(&t.kind));
    if linked || s.rights.contains(&StructureRight::StrategyParticipation) {
        return None;
    }
    let what = if s.rights.contains(&StructureRight::Information) {
        msg!("governance-gap-information-only")
    } else {
        msg!("governance-gap-no-information-right")
    };
    let field = if s.linked_to.is_empty() {
        "rights"
    } else {
        "linked_to"
    };
    gap(what, &[field])
}

fn membership(s: &Structure) -> Option<Gap> {
    let Some(m) = &s.membership else {
        return gap(msg!("governance-gap-no-membership"), &["membership"]);
    };
    let mut missing = Vec::new();
    let mut field: &[&str] = &["membership"];
    let n = m.diversity.len();
    if n == 0 {
        missing.push(msg!("governance-gap-no-diversity"));
        field = &["membership", "diversity"];
    } else if n < MIN_DIVERSITY_DIMENSIONS {
        missing.push(msg!(
            "governance-gap-little-diversity",
            count = n,
            min = MIN_DIVERSITY_DIMENSIONS
        ));
        field = &["membership", "diversity"];
    }
    if blank(m.chair.as_ref()) {
        missing.push(msg!("governance-gap-no-chair-requirements"));
        if n >= MIN_DIVERSITY_DIMENSIONS {
            field = &["membership", "chair"];
        }
    }
    let joined = missing
        .into_iter()
        .reduce(|first, second| msg!("governance-gap-and", first = first, second = second))?;
    gap(joined, field)
}

fn meeting_fees(s: &Structure) -> Option<Gap> {
    match s.resources.as_ref().and_then(|r| r.meeting_fees) {
        Some(true) => None,
        Some(false) => gap(
            msg!("governance-gap-no-meeting-fees"),
            &["resources", "meeting_fees"],
        ),
        None => gap(
            msg!("governance-gap-meeting-fees-unknown"),
            &["resources", "meeting_fees"],
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Co-design.

pub const CO_DESIGN_CONDITIONS: [&str; 5] = [
    "resources",
    "open_to_change",
    "power_balance",
    "facilitator",
    "venue",
];

/// Checks a co-design process against its conditions.
pub fn co_design(s: &Structure) -> Vec<ElementCheck> {
    let c = s.co_design.clone().unwrap_or_default();
    CO_DESIGN_CONDITIONS
        .iter()
        .map(|&key| ElementCheck {
            key,
            label: label(key),
            gap: match key {
                "resources" => {
                    let money = s
                        .resources
                        .as_ref()
                        .and_then(|r| r.budget_eur)
                        .is_some_and(|b| b > 0.0);
                    let time = !blank(c.time.as_ref());
                    match (money, time) {
                        (true, true) => None,
                        (false, false) => {
                            gap(msg!("governance-gap-no-money-or-time"), &["resources"])
                        }
                        (false, true) => gap(
                            msg!("governance-gap-no-money"),
                            &["resources", "budget_eur"],
                        ),
                        (true, false) => {
                            gap(msg!("governance-gap-no-time"), &["co_design", "time"])
                        }
                    }
                }
                "open_to_change" => {
                    if blank(c.open_to_change.as_ref()) {
                        gap(
                            msg!("governance-gap-not-open-to-change"),
                            &["co_design", "open_to_change"],
                        )
                    } else {
                        None
                    }
                }
                "power_balance" => {
                    if blank(c.power_balance.as_ref()) {
                        gap(
                            msg!("governance-gap-no-power-balance"),
                            &["co_design", "power_balance"],
                        )
                    } else {
                        None
                    }
                }
                "facilitator" => match &c.facilitator {
                    None => gap(
                        msg!("governance-gap-no-facilitator"),
                        &["co_design", "facilitator"],
                    ),
                    Some(f) if !f.experiential_knowledge && blank(f.co_lead.as_ref()) => gap(
                        msg!(
                            "governance-gap-facilitator-without-experience",
                            facilitator = f.name.as_str()
                        ),
                        &["co_design", "facilitator"],
                    ),
                    Some(_) => None,
                },
                _ => match &c.venue {
                    None => gap(msg!("governance-gap-no-venue"), &["co_design", "venue"]),
                    Some(v) => match v.accessible {
                        Some(true) => None,
                        Some(false) => gap(
                            msg!(
                                "governance-gap-venue-not-accessible",
                                venue = v.name.as_str()
                            ),
                            &["co_design", "venue", "accessible"],
                        ),
                        None => gap(
                            msg!(
                                "governance-gap-venue-accessibility-unknown",
                                venue = v.name.as_str()
                            ),
                            &["co_design", "venue"],
                        ),
                    },
                },
            },
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Dialogues.

pub const DIALOGUE_CONDITIONS: [&str; 4] = [
    "timing",
    "common_interest",
    "facilitation",
    "authority_support",
];

/// A dialogue: a structure of kind `dialogue` or a measure of kind `dialogue`.
#[derive(Debug, Clone, Copy)]
pub enum Dialogue<'a> {
    Structure(&'a Item<Structure>),
    Measure(&'a Item<Measure>),
}

impl<'a> Dialogue<'a> {
    pub fn loc(&self) -> &'a crate::model::Loc {
        match self {
            Dialogue::Structure(s) => &s.loc,
            Dialogue::Measure(m) => &m.loc,
        }
    }

    /// "dialogue structure D1 'Neighbourhood dialogue'" / "dialogue measure M7 '…'", in the
    /// reader's language.
    pub fn label(&self) -> Message {
        match self {
            Dialogue::Structure(s) => msg!(
                "governance-dialogue-structure",
                id = s.id.as_str(),
                name = s.name.as_str()
            ),
            Dialogue::Measure(m) => msg!(
                "governance-dialogue-measure",
                id = m.id.as_str(),
                title = m.title.as_str()
            ),
        }
    }

    fn conditions(&self) -> Option<&'a DialogueConditions> {
        match self {
            Dialogue::Structure(s) => s.dialogue.as_ref(),
            Dialogue::Measure(m) => m.dialogue.as_ref(),
        }
    }

    fn owner(&self) -> Option<&'a String> {
        match self {
            Dialogue::Structure(s) => s.convener.as_ref(),
            Dialogue::Measure(m) => m.responsible.as_ref(),
        }
    }
}

/// Every dialogue of the plan.
pub fn dialogues(plan: &Plan) -> Vec<Dialogue<'_>> {
    plan.structures
        .iter()
        .filter(|s| s.kind == StructureKind::Dialogue)
        .map(Dialogue::Structure)
        .chain(
            plan.measures
                .iter()
                .filter(|m| m.kind == Some(MeasureKind::Dialogue))
                .map(Dialogue::Measure),
        )
        .collect()
}

/// Actor kinds that exercise public authority.
pub fn is_public_authority(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::MunicipalSector
            | ActorKind::DecisionMakers
            | ActorKind::WellbeingServicesCounty
            | ActorKind::ElyCentre
            | ActorKind::VitalityCentre
            | ActorKind::EmploymentAuthority
            | ActorKind::Kela
            | ActorKind::Avi
            | ActorKind::RegionalCouncil
            | ActorKind::Ministry
            | ActorKind::Police
    )
}

/// Checks a dialogue against its conditions.
pub fn dialogue(plan: &Plan, d: Dialogue<'_>) -> Vec<ElementCheck> {
    let c = d.conditions().cloned().unwrap_or_default();
    DIALOGUE_CONDITIONS
        .iter()
        .map(|&key| ElementCheck {
            key,
            label: label(key),
            gap: match key {
                "timing" => c.timing.is_none().then(|| Gap {
                    what: msg!("governance-gap-no-timing"),
                    field: vec![Seg::Key("dialogue".into()), Seg::Key("timing".into())],
                }),
                "common_interest" => blank(c.common_interest.as_ref()).then(|| Gap {
                    what: msg!("governance-gap-no-common-interest"),
                    field: vec![
                        Seg::Key("dialogue".into()),
                        Seg::Key("common_interest".into()),
                    ],
                }),
                "facilitation" => blank(c.facilitation.as_ref()).then(|| Gap {
                    what: msg!("governance-gap-no-facilitation"),
                    field: vec![Seg::Key("dialogue".into()), Seg::Key("facilitation".into())],
                }),
                _ => {
                    let backed = d
                        .owner()
                        .into_iter()
                        .chain(c.supported_by.iter())
                        .filter_map(|id| plan.actor(id))
                        .any(|a| is_public_authority(a.kind));
                    (!backed).then(|| Gap {
                        what: msg!("governance-gap-no-authority-support"),
                        field: vec![Seg::Key("dialogue".into()), Seg::Key("supported_by".into())],
                    })
                }
            },
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Cooperation group meeting frequency.

/// The lowest number of meetings a year any cooperation group should have: one while the
/// sectors prepare next year's budget and operating plans, one to review implementation.
pub const MIN_MEETINGS_PER_YEAR: f64 = 2.0;
/// The most the plan's own cycle raises that to (a strategic group need not meet more
/// often than quarterly even when some indicator is monthly).
pub const MAX_REQUIRED_PER_YEAR: f64 = 4.0;

/// How often the plan's cycle asks its cooperation groups to meet, and why.
#[derive(Debug, Clone)]
pub struct Required {
    pub per_year: f64,
    pub because: Message,
}

/// The plan's cycle: at least twice a year, raised to the most frequent indicator
/// measurement (up to quarterly) so that the group sees each round of monitoring data.
pub fn required_meetings(plan: &Plan) -> Required {
    let fastest = plan
        .indicators
        .iter()
        .filter_map(|i| i.frequency)
        .filter(|f| *f != Frequency::AsNeeded)
        .max_by(|a, b| a.per_year().total_cmp(&b.per_year()));
    match fastest {
        Some(f) if f.per_year() > MIN_MEETINGS_PER_YEAR => {
            let per_year = f.per_year().min(MAX_REQUIRED_PER_YEAR);
            Required {
                per_year,
                because: msg!(
                    "governance-cycle-indicators",
                    frequency = frequency(f),
                    times = times_a_year(per_year)
                ),
            }
        }
        _ => Required {
            per_year: MIN_MEETINGS_PER_YEAR,
            because: msg!("governance-cycle-yearly"),
        },
    }
}

/// The groups whose meeting frequency follows the plan's cycle: the local cooperation
/// group and the good-relations working group (the regional group is convened by the
/// ELY Centre / vitality centre, not by the municipality).
pub fn is_cycle_group(kind: StructureKind) -> bool {
    matches!(
        kind,
        StructureKind::CooperationGroup | StructureKind::GoodRelationsWorkingGroup
    )
}

/// A meeting or measuring frequency as messages show it ("twice a year").
pub fn frequency(f: Frequency) -> Message {
    f.term()
}

pub fn times_a_year(n: f64) -> Message {
    if n >= 4.0 {
        msg!("governance-times-quarterly")
    } else if n >= 3.0 {
        msg!("governance-times-three")
    } else {
        msg!("governance-times-twice")
    }
}
