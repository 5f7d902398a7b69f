//! The multilevel map: the plan's actors, structures and linked programmes placed on the
//! levels of governance (local, regional, national, international), as in the multilevel
//! governance model of CoE-MLG Part II, and what is missing against that part's reference
//! set of actors, participatory structures and policy programmes.

use crate::model::{
    Actor, ActorKind, GovernanceLevel, Item, Link, LinkKind, Plan, Structure, StructureKind,
};
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

    pub fn noun(self) -> &'static str {
        match self {
            PieceKind::Partner => "partner",
            PieceKind::Structure => "structure",
            PieceKind::ProgrammeLink => "programme link",
        }
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
    pub message: String,
    /// How to add it to the plan.
    pub add: &'static str,
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
    message: &'static str,
    add: &'static str,
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
        message: "no local organisation or association among the actors",
        add: "add the NGOs and associations that work with residents (kind: ngo or association)",
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "religious_community",
        present: |p| has_actor(p, &[ActorKind::ReligiousCommunity, ActorKind::Parish]),
        message: "no religious community or parish among the actors",
        add: "add the parishes and religious communities you cooperate with (kind: parish or religious_community)",
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "language_community",
        present: |p| has_actor(p, &[ActorKind::LanguageCommunity]),
        message: "no language community among the actors",
        add: "add the language communities that can reach their members (kind: language_community)",
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "business",
        present: |p| has_actor(p, &[ActorKind::Business]),
        message: "no business among the actors",
        add: "add local employers or business organisations you work with (kind: business)",
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Partner,
        key: "educational_institution",
        present: |p| has_actor(p, &[ActorKind::EducationalInstitution]),
        message: "no educational institution among the actors",
        add: "add the schools, colleges or adult education centres you work with (kind: educational_institution)",
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::Structure,
        key: "cooperation_group",
        present: |p| has_structure(p, &[StructureKind::CooperationGroup]),
        message: "no local integration cooperation group",
        add: "record the cross-sectoral cooperation group (kind: cooperation_group) with its members",
        source: PART_II,
    },
    Piece {
        level: Local,
        kind: PieceKind::Structure,
        key: "council",
        present: |p| has_structure(p, &[StructureKind::Council]),
        message: "no council for a specific group (e.g. an immigrant council)",
        add: "record councils such as an immigrant, youth or disability council (kind: council)",
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
        message: "no working or steering group (equality planning, inclusion, security)",
        add: "record the working groups for equality planning, inclusion or security (kind: working_group, good_relations_working_group or steering_group)",
        source: MODEL,
    },
    Piece {
        level: Local,
        kind: PieceKind::ProgrammeLink,
        key: "non_discrimination_plan",
        present: |p| has_link(p, &[LinkKind::NonDiscriminationPlan]),
        message: "no link to the non-discrimination plan",
        add: "add a link of kind non_discrimination_plan",
        source: PART_II,
    },
    Piece {
        level: Local,
        kind: PieceKind::ProgrammeLink,
        key: "security_plan",
        present: |p| has_link(p, &[LinkKind::SecurityPlan]),
        message: "no link to local security planning",
        add: "add a link of kind security_plan (the local security plan follows the national guidelines for local security planning)",
        source: PART_II,
    },
    Piece {
        level: Local,
        kind: PieceKind::ProgrammeLink,
        key: "interaction_plan",
        present: |p| has_link(p, &[LinkKind::InteractionPlan]),
        message: "no link to an inclusion or interaction programme",
        add: "add a link of kind interaction_plan",
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
        message: "", // worded from the plan's own authority, see `regional_authority_message`
        add: "add the authority as an actor (kind: ely_centre or vitality_centre) and name it in municipality.regional_authority.actor",
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::Partner,
        key: "wellbeing_services_county",
        present: |p| has_actor(p, &[ActorKind::WellbeingServicesCounty]),
        message: "no wellbeing services county among the actors",
        add: "add the county as an actor (kind: wellbeing_services_county) and involve it in measures or structures",
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::Partner,
        key: "regional_council",
        present: |p| has_actor(p, &[ActorKind::RegionalCouncil]),
        message: "no regional council among the actors",
        add: "add the regional council (kind: regional_council) if regional development work touches integration",
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::Structure,
        key: "regional_cooperation_group",
        present: |p| has_structure(p, &[StructureKind::RegionalCooperationGroup]),
        message: "no regional integration cooperation group",
        add: "record the regional cooperation group the municipality takes part in (kind: regional_cooperation_group)",
        source: PART_II,
    },
    Piece {
        level: Regional,
        kind: PieceKind::ProgrammeLink,
        key: "regional_etno",
        present: |p| has_link(p, &[LinkKind::RegionalEtno]),
        message: "no link to the regional ETNO action plan",
        add: "add a link of kind regional_etno (the regional advisory board for ethnic relations' plan)",
        source: MODEL,
    },
    Piece {
        level: Regional,
        kind: PieceKind::ProgrammeLink,
        key: "wellbeing_services_county_plan",
        present: |p| has_link(p, &[LinkKind::WellbeingServicesCountyPlan]),
        message: "no link to the wellbeing services county's planning",
        add: "add a link of kind wellbeing_services_county_plan",
        source: PART_II,
    },
    // National.
    Piece {
        level: National,
        kind: PieceKind::ProgrammeLink,
        key: "valko",
        present: |p| has_link(p, &[LinkKind::Valko]),
        message: "no link to the Government Integration Programme (VALKO)",
        add: "add a link of kind valko",
        source: PART_II,
    },
    Piece {
        level: National,
        kind: PieceKind::ProgrammeLink,
        key: "roma_policy",
        present: |p| has_link(p, &[LinkKind::RomaPolicy]),
        message: "no link to the National Roma Policy",
        add: "add a link of kind roma_policy",
        source: PART_II,
    },
    Piece {
        level: National,
        kind: PieceKind::ProgrammeLink,
        key: "anti_racism_action_plan",
        present: |p| has_link(p, &[LinkKind::AntiRacismActionPlan]),
        message: "no link to the government action plan against racism",
        add: "add a link of kind anti_racism_action_plan",
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
        message: "no national structure or network the municipality takes part in",
        add: "record e.g. the Integration Partnership Programme or the Good Relations Forum as a structure with level: national",
        source: MODEL,
    },
];

fn regional_authority_message(plan: &Plan) -> String {
    match plan
        .municipality
        .as_ref()
        .and_then(|m| m.regional_authority.as_ref())
    {
        Some(r) => format!(
            "{} (the plan's regional authority) is not among the actors",
            r.name
        ),
        None => "no ELY Centre / vitality centre among the actors".to_owned(),
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
                p.message.to_owned()
            },
            add: p.add,
            source: p.source,
        })
        .collect()
}

/// Every key of the reference set, in order (for docs and tests).
pub fn reference_keys() -> impl Iterator<Item = (GovernanceLevel, PieceKind, &'static str)> {
    REFERENCE.iter().map(|p| (p.level, p.kind, p.key))
}

/// An actor kind in plain words, e.g. "wellbeing services county".
pub fn actor_kind_words(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::MunicipalSector => "municipal sector",
        ActorKind::DecisionMakers => "body of decision-makers",
        ActorKind::WellbeingServicesCounty => "wellbeing services county",
        ActorKind::ElyCentre => "ELY Centre",
        ActorKind::VitalityCentre => "vitality centre",
        ActorKind::EmploymentAuthority => "employment authority",
        ActorKind::Kela => "Kela",
        ActorKind::Avi => "Regional State Administrative Agency",
        ActorKind::RegionalCouncil => "regional council",
        ActorKind::Ministry => "ministry",
        ActorKind::NationalBody => "national body",
        ActorKind::Ngo => "NGO",
        ActorKind::Association => "association",
        ActorKind::Parish => "parish",
        ActorKind::ReligiousCommunity => "religious community",
        ActorKind::LanguageCommunity => "language community",
        ActorKind::Business => "business",
        ActorKind::EducationalInstitution => "educational institution",
        ActorKind::Police => "police",
        ActorKind::InternationalOrganisation => "international organisation",
        ActorKind::Other => "other actor",
    }
}
