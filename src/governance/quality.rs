//! The quality of participatory structures (CoE-MLG Part III): councils for specific groups
//! against the six elements of meaningful inclusion, co-design processes and dialogues
//! against their conditions, and the cooperation group's meeting frequency against the
//! plan's cycle. Each check says what is missing and where; rules and the `governance` view
//! both read these functions.

use crate::load::node::Seg;
use crate::model::date::Date;
use crate::model::{
    ActorKind, DialogueConditions, Frequency, Item, Measure, MeasureKind, Plan, Structure,
    StructureKind, StructureRight,
};

/// One element or condition of a structure and, when unmet, what is missing.
#[derive(Debug, Clone)]
pub struct ElementCheck {
    /// Stable key, e.g. `meeting_fees`.
    pub key: &'static str,
    /// Short label for tables, e.g. "meeting fees".
    pub label: &'static str,
    pub gap: Option<Gap>,
}

/// What is missing and the field (below the item) to point at.
#[derive(Debug, Clone)]
pub struct Gap {
    /// Completes a sentence whose subject is the structure, e.g. "pays no meeting fees".
    pub what: String,
    pub field: Vec<Seg>,
}

fn gap(what: impl Into<String>, field: &[&str]) -> Option<Gap> {
    Some(Gap {
        what: what.into(),
        field: field.iter().map(|f| Seg::Key((*f).to_owned())).collect(),
    })
}

fn blank(s: Option<&String>) -> bool {
    s.is_none_or(|s| s.trim().is_empty())
}

// ---------------------------------------------------------------------------------------
// Councils for specific groups.

/// The six quality elements, in the guide's order.
pub const COUNCIL_ELEMENTS: [(&str, &str); 6] = [
    ("focus_issues", "focus issues"),
    ("decision_making_link", "initiatives to council"),
    ("information_right", "information and participation"),
    ("membership", "membership and chair"),
    ("skills_development", "skills development"),
    ("meeting_fees", "meeting fees"),
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
        .map(|&(key, label)| ElementCheck {
            key,
            label,
            gap: match key {
                "focus_issues" => focus_issues(s, as_of),
                "decision_making_link" => decision_making_link(s),
                "information_right" => information_right(plan, s),
                "membership" => membership(s),
                "skills_development" => {
                    if s.skills_development.iter().all(|x| x.trim().is_empty()) {
                        gap(
                            "has no skills development for its members (e.g. training, information, study trips)",
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
        return gap(
            "does not say which issues it focuses on in this period",
            &["focus_issues"],
        );
    }
    let current = set.iter().any(|f| {
        f.period
            .as_ref()
            .is_none_or(|p| p.start <= as_of && as_of <= p.end)
    });
    if current {
        return None;
    }
    let latest = set
        .iter()
        .filter_map(|f| f.period.as_ref())
        .max_by_key(|p| p.end)
        .map(|p| format!(" (the latest are for {} to {})", p.start, p.end))
        .unwrap_or_default();
    gap(
        format!("has no focus issues for the current period{latest}"),
        &["focus_issues"],
    )
}

fn decision_making_link(s: &Structure) -> Option<Gap> {
    if s.rights.contains(&StructureRight::InitiativesToCouncil)
        || mentions_initiatives(s.mandate.as_ref())
    {
        return None;
    }
    let field = if s.rights.is_empty() && s.mandate.is_some() {
        "mandate"
    } else {
        "rights"
    };
    gap(
        "has no mandate to submit initiatives to the municipal council",
        &[field],
    )
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
        "has a right to information but no part in strategic planning, monitoring and evaluation: it is linked to no cooperation or steering group"
    } else {
        "has no right to information and participation: it is linked to no cooperation or steering group and has no `strategy_participation` right"
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
        return gap(
            "does not say how its members and chair are chosen",
            &["membership"],
        );
    };
    let mut missing = Vec::new();
    let mut field: &[&str] = &["membership"];
    let n = m.diversity.len();
    if n == 0 {
        missing.push("does not say which kinds of diversity its recruitment seeks".to_owned());
        field = &["membership", "diversity"];
    } else if n < MIN_DIVERSITY_DIMENSIONS {
        missing.push(format!(
            "seeks diversity in only {n} respect; recruitment should reflect the diversity of communities in at least {MIN_DIVERSITY_DIMENSIONS} (e.g. languages, religions, gender)"
        ));
        field = &["membership", "diversity"];
    }
    if blank(m.chair.as_ref()) {
        missing.push("sets no requirements for its chair".to_owned());
        if n >= MIN_DIVERSITY_DIMENSIONS {
            field = &["membership", "chair"];
        }
    }
    if missing.is_empty() {
        None
    } else {
        gap(missing.join(" and "), field)
    }
}

fn meeting_fees(s: &Structure) -> Option<Gap> {
    match s.resources.as_ref().and_then(|r| r.meeting_fees) {
        Some(true) => None,
        Some(false) => gap(
            "pays its members no meeting fees",
            &["resources", "meeting_fees"],
        ),
        None => gap(
            "does not say whether its members are paid a meeting fee",
            &["resources", "meeting_fees"],
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Co-design.

pub const CO_DESIGN_CONDITIONS: [(&str, &str); 5] = [
    ("resources", "money and time"),
    ("open_to_change", "openness to change"),
    ("power_balance", "power balance"),
    ("facilitator", "facilitator"),
    ("venue", "accessible venue"),
];

/// Checks a co-design process against its conditions.
pub fn co_design(s: &Structure) -> Vec<ElementCheck> {
    let c = s.co_design.clone().unwrap_or_default();
    CO_DESIGN_CONDITIONS
        .iter()
        .map(|&(key, label)| ElementCheck {
            key,
            label,
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
                        (false, false) => gap(
                            "has neither money (resources.budget_eur) nor time (co_design.time) set aside",
                            &["resources"],
                        ),
                        (false, true) => gap(
                            "has no money set aside (resources.budget_eur)",
                            &["resources", "budget_eur"],
                        ),
                        (true, false) => gap(
                            "has no time set aside (co_design.time)",
                            &["co_design", "time"],
                        ),
                    }
                }
                "open_to_change" => {
                    if blank(c.open_to_change.as_ref()) {
                        gap(
                            "does not say what in the service or policy it is open to change",
                            &["co_design", "open_to_change"],
                        )
                    } else {
                        None
                    }
                }
                "power_balance" => {
                    if blank(c.power_balance.as_ref()) {
                        gap(
                            "does not say how the power imbalance between staff and residents is identified and balanced",
                            &["co_design", "power_balance"],
                        )
                    } else {
                        None
                    }
                }
                "facilitator" => match &c.facilitator {
                    None => gap("names no facilitator", &["co_design", "facilitator"]),
                    Some(f) if !f.experiential_knowledge && blank(f.co_lead.as_ref()) => gap(
                        format!(
                            "is facilitated by {} without shared identity or experiential knowledge, and no community member co-leads it",
                            f.name
                        ),
                        &["co_design", "facilitator"],
                    ),
                    Some(_) => None,
                },
                _ => match &c.venue {
                    None => gap(
                        "names no venue, so its accessibility is unknown",
                        &["co_design", "venue"],
                    ),
                    Some(v) => match v.accessible {
                        Some(true) => None,
                        Some(false) => gap(
                            format!("meets at {}, which is not accessible", v.name),
                            &["co_design", "venue", "accessible"],
                        ),
                        None => gap(
                            format!("does not say whether its venue {} is accessible", v.name),
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

pub const DIALOGUE_CONDITIONS: [(&str, &str); 4] = [
    ("timing", "timing"),
    ("common_interest", "common interest"),
    ("facilitation", "balanced facilitation"),
    ("authority_support", "authority support"),
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

    /// "dialogue structure D1 'Neighbourhood dialogue'" / "dialogue measure M7 '…'".
    pub fn describe(&self) -> String {
        match self {
            Dialogue::Structure(s) => format!("dialogue {} '{}'", s.id, s.name),
            Dialogue::Measure(m) => format!("dialogue measure {} '{}'", m.id, m.title),
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
        .map(|&(key, label)| ElementCheck {
            key,
            label,
            gap: match key {
                "timing" => c.timing.is_none().then(|| Gap {
                    what: "does not say whether it is preventive, defuses tensions or strengthens reconciliation"
                        .to_owned(),
                    field: vec![Seg::Key("dialogue".into()), Seg::Key("timing".into())],
                }),
                "common_interest" => blank(c.common_interest.as_ref()).then(|| Gap {
                    what: "states no common interest or objective clarified with the parties"
                        .to_owned(),
                    field: vec![
                        Seg::Key("dialogue".into()),
                        Seg::Key("common_interest".into()),
                    ],
                }),
                "facilitation" => blank(c.facilitation.as_ref()).then(|| Gap {
                    what: "does not say how it is facilitated so that no party dominates another"
                        .to_owned(),
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
                        what: "has no backing from a public authority: neither its convener nor `dialogue.supported_by` names one"
                            .to_owned(),
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
    pub because: String,
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
                because: format!(
                    "the plan measures indicators {}, so the group should meet {}",
                    frequency_words(f),
                    times_a_year(per_year)
                ),
            }
        }
        _ => Required {
            per_year: MIN_MEETINGS_PER_YEAR,
            because:
                "the plan's yearly budget and monitoring cycle needs at least two meetings a year"
                    .to_owned(),
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

pub fn frequency_words(f: Frequency) -> &'static str {
    match f {
        Frequency::Weekly => "weekly",
        Frequency::Monthly => "monthly",
        Frequency::EveryTwoMonths => "every two months",
        Frequency::Quarterly => "quarterly",
        Frequency::TwiceAYear => "twice a year",
        Frequency::Yearly => "yearly",
        Frequency::EveryTwoYears => "every two years",
        Frequency::AsNeeded => "as needed",
    }
}

pub fn times_a_year(n: f64) -> String {
    if n >= 4.0 {
        "at least quarterly".to_owned()
    } else if n >= 3.0 {
        "at least three times a year".to_owned()
    } else {
        "at least twice a year".to_owned()
    }
}
