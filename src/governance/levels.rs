//! The multilevel map: the plan's actors, structures and linked programmes placed on the
//! levels of governance (local, regional, national, international), as in the multilevel
//! governance model of CoE-MLG Part II, and what is missing against that part's reference
//! set of actors, participatory structures and policy programmes.

use crate::i18n::Message;
use crate::model::{
    Actor, ActorKind, GovernanceLevel, Item, Link, LinkKind, Plan, Structure, StructureKind,
};
use crate::msg;
use crate::sources::{Source, SourceDoc, src};

/// The levels in the order of the guide's model (bottom up).
pub const LEVELS: [GovernanceLevel; 4] = [
    GovernanceLevel::Local,
    GovernanceLevel::Regional,
    GovernanceLevel::National,
    GovernanceLevel::International,
];

pub fn level_name(level: GovernanceLevel) -> &'static str {
    match level {
        GovernanceLevel::Local => "local",
        GovernanceLevel::Regional => "regional",
        GovernanceLevel::National => "national",
        GovernanceLevel::International => "international",
    }
}

/// The level an actor of this kind works at when the plan does not say.
pub fn actor_level(kind: ActorKind) -> GovernanceLevel {
    match kind {
        ActorKind::WellbeingServicesCounty
        | ActorKind::ElyCentre
        | ActorKind::VitalityCentre
        | ActorKind::Avi
        | ActorKind::RegionalCouncil
        | ActorKind::Police => GovernanceLevel::Regional,
        ActorKind::Ministry | ActorKind::NationalBody | ActorKind::Kela => {
            GovernanceLevel::National
        }
        ActorKind::InternationalOrganisation => GovernanceLevel::International,
        ActorKind::MunicipalSector
        | ActorKind::DecisionMakers
        | ActorKind::EmploymentAuthority
        | ActorKind::Ngo
        | ActorKind::Association
        | ActorKind::Parish
        | ActorKind::ReligiousCommunity
        | ActorKind::LanguageCommunity
        | ActorKind::Business
        | ActorKind::EducationalInstitution
        | ActorKind::Other => GovernanceLevel::Local,
    }
}

/// Whether an actor of this kind can only work at one level (public authorities), so that
/// a different declared level is a mistake rather than a choice.
pub fn fixed_actor_level(kind: ActorKind) -> Option<GovernanceLevel> {
    // Municipal sectors are left out: a service run jointly by several municipalities (an
    // adult education centre, say) is fairly placed at regional level.
    match kind {
        ActorKind::WellbeingServicesCounty
        | ActorKind::ElyCentre
        | ActorKind::VitalityCentre
        | ActorKind::Avi
        | ActorKind::RegionalCouncil => Some(GovernanceLevel::Regional),
        ActorKind::Ministry => Some(GovernanceLevel::National),
        _ => None,
    }
}

/// The level a structure of this kind works at when the plan does not say.
pub fn structure_level(kind: StructureKind) -> GovernanceLevel {
    match kind {
        StructureKind::RegionalCooperationGroup => GovernanceLevel::Regional,
        _ => GovernanceLevel::Local,
    }
}

/// The level a linked programme of this kind belongs to when the plan does not say.
pub fn link_level(kind: LinkKind) -> GovernanceLevel {
    match kind {
        LinkKind::Valko | LinkKind::RomaPolicy | LinkKind::AntiRacismActionPlan => {
            GovernanceLevel::National
        }
        LinkKind::RegionalEtno
        | LinkKind::RegionalProgramme
        | LinkKind::WellbeingServicesCountyPlan => GovernanceLevel::Regional,
        LinkKind::MunicipalStrategy
        | LinkKind::NonDiscriminationPlan
        | LinkKind::GenderEqualityPlan
        | LinkKind::SecurityPlan
        | LinkKind::WellbeingReportAndPlan
        | LinkKind::LanguageStrategy
        | LinkKind::InteractionPlan
        | LinkKind::IntegrationProgramme
        | LinkKind::Other => GovernanceLevel::Local,
    }
}

/// A plan item placed on a level, and whether the plan declared the level or goodrel
/// inferred it from the item's kind.
#[derive(Debug)]
pub struct Placed<'a, T> {
    pub item: &'a Item<T>,
    pub level: GovernanceLevel,
    pub declared: bool,
}

/// One level of the map.
#[derive(Debug)]
pub struct LevelRow<'a> {
    pub level: GovernanceLevel,
    pub actors: Vec<Placed<'a, Actor>>,
    pub structures: Vec<Placed<'a, Structure>>,
    pub links: Vec<Placed<'a, Link>>,
}

impl LevelRow<'_> {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.structures.is_empty() && self.links.is_empty()
    }
}

/// What a missing piece of the reference set is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    Partner,
    Structure,
    ProgrammeLink,
}

impl PieceKind {
    pub fn key(self) -> &'static str {
        match self {
            PieceKind::Partner => "partner",
            PieceKind::Structure => "structure",
            PieceKind::ProgrammeLink => "programme_link",
        }
    }

    /// "partner", "structure", "programme link".
    pub fn noun(self) -> Message {
        msg!("governance-piece-kind", key = self.key())
    }
}

/// A piece of the reference set the plan lacks: a suggestion, never an error.
#[derive(Debug, Clone)]
pub struct Missing {
    pub level: GovernanceLevel,
    pub kind: PieceKind,
    /// A stable key for scripts, e.g. `wellbeing_services_county`.
    pub key: &'static str,
    /// What is missing, in plain words.
    pub message: Message,
    /// How to add it to the plan.
    pub add: Message,
    pub source: Source,
}

/// The whole map.
#[derive(Debug)]
pub struct Map<'a> {
    /// One row per level, in [`LEVELS`] order.
    pub rows: Vec<LevelRow<'a>>,
    pub missing: Vec<Missing>,
}

/// Places every actor, structure and link of the plan and lists what is missing.
pub fn map(plan: &Plan) -> Map<'_> {
    let mut rows: Vec<LevelRow<'_>> = LEVELS
        .iter()
        .map(|&level| LevelRow {
            level,
            actors: Vec::new(),
            structures: Vec::new(),
            links: Vec::new(),
        })
        .collect();
    let index = |level: GovernanceLevel| LEVELS.iter().position(|l| *l == level).unwrap_or(0);
    for a in &plan.actors {
        let level = a.level.unwrap_or_else(|| actor_level(a.kind));
        rows[index(level)].actors.push(Placed {
            item: a,
            level,
            declared: a.level.is_some(),
        });
    }
    for s in &plan.structures {
        let level = s.level.unwrap_or_else(|| structure_level(s.kind));
        rows[index(level)].structures.push(Placed {
            item: s,
            level,
            declared: s.level.is_some(),
        });
    }
    for l in &plan.links {
        let level = l.level.unwrap_or_else(|| {
            l.kind
                .first()
                .map_or(GovernanceLevel::Local, |k| link_level(*k))
        });
        rows[index(level)].links.push(Placed {
            item: l,
            level,
            declared: l.level.is_some(),
        });
    }
    Map {
        rows,
        missing: missing(plan),
    }
}

const PART_II: Source = src(
    SourceDoc::CoeMlg,
    "Part II, \"Actors, policy programmes and participatory structures\"",
);
const MODEL: Source = src(
    SourceDoc::CoeMlg,
    "Part II, \"Multilevel governance model to promote integration and good relations\"",
);

fn has_actor(plan: &Plan, kinds: &[ActorKind]) -> bool {
    plan.actors.iter().any(|a| kinds.contains(&a.kind))
}

fn has_structure(plan: &Plan, kinds: &[StructureKind]) -> bool {
    plan.structures.iter().any(|s| kinds.contains(&s.kind))
}

fn has_link(plan: &Plan, kinds: &[LinkKind]) -> bool {
    kinds.iter().any(|k| plan.links_to(*k))
}

/// One entry of the reference set.
struct Piece {
    level: GovernanceLevel,
    kind: PieceKind,
    key: &'static str,
    present: fn(&Plan) -> bool,
    source: Source,
}

use GovernanceLevel::{Local, National, Regional};

/// The reference set of CoE-MLG Part II (table of key actors, policy programmes and
/// participatory structures, and the multilevel governance model), as far as a
/// municipality's plan can show it. docs/governance.md lists it.
const REFERENCE: &[Piece] = &[
    // Local stakeholders.
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "civil_society_organisation",
        present: |p| has_actor(p, &[ActorKind::Ngo, ActorKind::Association]),
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "religious_community",
        present: |p| has_actor(p, &[ActorKind::ReligiousCommunity, ActorKind::Parish]),
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "language_community",
        present: |p| has_actor(p, &[ActorKind::LanguageCommunity]),
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "business",
        present: |p| has_actor(p, &[ActorKind::Business]),
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "educational_institution",
        present: |p| has_actor(p, &[ActorKind::EducationalInstitution]),
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Structure,
        key: "cooperation_group",
        present: |p| has_structure(p, &[StructureKind::CooperationGroup]),
        source: PART_II,
    },
    Piece {
        level: Local,
        kind: PieceKind::Structure,
        key: "council",
        present: |p| has_structure(p, &[StructureKind::Council]),
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Structure,
        key: "working_group",
        present: |p| {
            has_structure(
                p,
                &[
                    StructureKind::WorkingGroup,
                    StructureKind::GoodRelationsWorkingGroup,
                    StructureKind::SteeringGroup,
                ],
            )
        },
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::ProgrammeLink,
        key: "non_discrimination_plan",
        present: |p| has_link(p, &[LinkKind::NonDiscriminationPlan]),
        source: PART_II,
    },
    Piece {
        level: Local,
        kind: PieceKind::ProgrammeLink,
        key: "security_plan",
        present: |p| has_link(p, &[LinkKind::SecurityPlan]),
        source: PART_II,
    },
    Piece {
        level: Local,
        kind: PieceKind::ProgrammeLink,
        key: "interaction_plan",
        present: |p| has_link(p, &[LinkKind::InteractionPlan]),
        source: PART_II,
    },
    // Regional.
    Piece {
        level: Regional,
        kind: PieceKind::Partner,
        key: "regional_authority",
        present: |p| {
            has_actor(p, &[ActorKind::ElyCentre, ActorKind::VitalityCentre])
                || p.municipality
                    .as_ref()
                    .and_then(|m| m.regional_authority.as_ref())
                    .and_then(|r| r.actor.as_deref())
                    .is_some_and(|id| p.actor(id).is_some())
        },
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::Partner,
        key: "wellbeing_services_county",
        present: |p| has_actor(p, &[ActorKind::WellbeingServicesCounty]),
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::Partner,
        key: "regional_council",
        present: |p| has_actor(p, &[ActorKind::RegionalCouncil]),
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::Structure,
        key: "regional_cooperation_group",
        present: |p| has_structure(p, &[StructureKind::RegionalCooperationGroup]),
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::ProgrammeLink,
        key: "regional_etno",
        present: |p| has_link(p, &[LinkKind::RegionalEtno]),
        source: MODEL,
    },
    Piece {
        level: Regional,
        kind: PieceKind::ProgrammeLink,
        key: "wellbeing_services_county_plan",
        present: |p| has_link(p, &[LinkKind::WellbeingServicesCountyPlan]),
        source: PART_II,
    },
    // National.
    Piece {
        level: National,
        kind: PieceKind::ProgrammeLink,
        key: "valko",
        present: |p| has_link(p, &[LinkKind::Valko]),
        source: PART_II,
    },
    Piece {
        level: National,
        kind: PieceKind::ProgrammeLink,
        key: "roma_policy",
        present: |p| has_link(p, &[LinkKind::RomaPolicy]),
        source: PART_II,
    },
    Piece {
        level: National,
        kind: PieceKind::ProgrammeLink,
        key: "anti_racism_action_plan",
        present: |p| has_link(p, &[LinkKind::AntiRacismActionPlan]),
        source: PART_II,
    },
    Piece {
        level: National,
        kind: PieceKind::Structure,
        key: "national_structure",
        present: |p| {
            p.structures
                .iter()
                .any(|s| s.level == Some(GovernanceLevel::National))
        },
        source: MODEL,
    },
];

fn regional_authority_message(plan: &Plan) -> Message {
    match plan
        .municipality
        .as_ref()
        .and_then(|m| m.regional_authority.as_ref())
    {
        Some(r) => msg!(
            "governance-missing-named-regional-authority",
            authority = crate::model::authorities::authority_name(&r.name)
        ),
        None => msg!("governance-missing", key = "regional_authority"),
    }
}

/// The pieces of the reference set the plan lacks, local first.
pub fn missing(plan: &Plan) -> Vec<Missing> {
    REFERENCE
        .iter()
        .filter(|p| !(p.present)(plan))
        .map(|p| Missing {
            level: p.level,
            kind: p.kind,
            key: p.key,
            message: if p.key == "regional_authority" {
                regional_authority_message(plan)
            } else {
                msg!("governance-missing", key = p.key)
            },
            add: msg!("governance-missing-add", key = p.key),
            source: p.source,
        })
        .collect()
}

/// Every key of the reference set, in order (for docs and tests).
pub fn reference_keys() -> impl Iterator<Item = (GovernanceLevel, PieceKind, &'static str)> {
    REFERENCE.iter().map(|p| (p.level, p.kind, p.key))
}
