//! Why an item sits where it does, as data: the kind of evidence, its strength and the few
//! values it names. The wording of a reason is made in one place, [`Reason::message`] (with
//! [`Evidence::message`] and [`Strength::message`]): catalogue entries `pyramid-ev-…`,
//! rendered in the reader's language.

use serde::Serialize;

use super::{Level, Subarea, level_name};
use crate::i18n::{Message, Term};
use crate::model::{Area, MeasureKind, PopulationGroup, Sector, ServiceKind, StructureKind};
use crate::msg;

/// How much a piece of evidence says, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// The plan says so (`level:`).
    Declared,
    /// The item's kind, or a word that names the level's work.
    Strong,
    /// The item's target groups.
    Moderate,
    /// A word of the item's own text that hints at a level.
    Weak,
    /// Not the item's own words: its sector's usual level or its objective's statement.
    Context,
}

impl Strength {
    pub fn key(self) -> &'static str {
        match self {
            Strength::Declared => "declared",
            Strength::Strong => "strong",
            Strength::Moderate => "moderate",
            Strength::Weak => "weak",
            Strength::Context => "context",
        }
    }

    /// The strength as shown after a reason: "strong", "context".
    pub fn message(self) -> Message {
        msg!("pyramid-strength", strength = self.key())
    }
}

/// Where a word was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// In the `tags`.
    Tag,
    /// In the title or description (for a structure: name or mandate).
    Text,
}

/// What a placement (or a refusal to place) rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// `level:` in the plan.
    Declared(Level),
    /// The measure's `kind`.
    Kind(MeasureKind),
    /// A vocabulary term, with the words as the plan wrote them.
    Term {
        found: Found,
        written: String,
        subarea: Option<Subarea>,
    },
    /// A word of meeting next to a word naming several groups: an encounter between groups.
    GroupsMeet { meet: String, mix: String },
    /// A named group among the target groups (an age group may accompany it).
    TargetGroup(PopulationGroup),
    /// `all_residents` among the target groups (no named group).
    AllResidents,
    /// An age group alone, with a word naming a specific situation or need.
    AgeGroupWithNeed {
        group: PopulationGroup,
        written: String,
    },
    /// The sector's usual level.
    Sector(Sector),
    /// A vocabulary term in the statement of an objective the measure serves.
    Objective {
        id: String,
        areas: Vec<Area>,
        written: String,
    },
    /// A service of the integration programme.
    Service(ServiceKind),
    /// A structure placed by its kind.
    StructureKind(StructureKind),
    /// A coordination structure, kept off the pyramid.
    Coordination(StructureKind),
    /// A working group or network with no word placing it: treated as coordination.
    CoordinationByDefault(StructureKind),
    /// A measure with nothing to place it by.
    NothingForMeasure,
    /// A structure of kind `other` with nothing to place it by.
    NothingForStructure,
}

impl Evidence {
    /// A stable key for machine output.
    pub fn key(&self) -> &'static str {
        match self {
            Evidence::Declared(_) => "declared",
            Evidence::Kind(_) => "kind",
            Evidence::Term {
                found: Found::Tag, ..
            } => "tag",
            Evidence::Term {
                found: Found::Text, ..
            } => "word",
            Evidence::GroupsMeet { .. } => "groups_meet",
            Evidence::TargetGroup(_) => "target_group",
            Evidence::AllResidents => "all_residents",
            Evidence::AgeGroupWithNeed { .. } => "age_group_with_need",
            Evidence::Sector(_) => "sector",
            Evidence::Objective { .. } => "objective",
            Evidence::Service(_) => "integration_programme",
            Evidence::StructureKind(_) => "structure_kind",
            Evidence::Coordination(_) | Evidence::CoordinationByDefault(_) => "coordination",
            Evidence::NothingForMeasure | Evidence::NothingForStructure => "nothing",
        }
    }

    /// The evidence in the reader's language, e.g. `target group: roma` or
    /// `objective O-TYO (employment and education) names "maahanmuuttajien"`.
    pub fn message(&self) -> Message {
        match self {
            Evidence::Declared(level) => msg!("pyramid-ev-declared", level = level_name(*level)),
            Evidence::Kind(kind) => msg!("pyramid-ev-kind", kind = kind.term()),
            Evidence::Term {
                found,
                written,
                subarea,
            } => {
                let found = match found {
                    Found::Tag => "tag",
                    Found::Text => "word",
                };
                match subarea {
                    Some(sub) => msg!(
                        "pyramid-ev-term-subarea",
                        found = found,
                        written = written,
                        subarea = sub.describe()
                    ),
                    None => msg!("pyramid-ev-term", found = found, written = written),
                }
            }
            Evidence::GroupsMeet { meet, mix } => {
                msg!("pyramid-ev-groups-meet", mix = mix, meet = meet)
            }
            Evidence::TargetGroup(group) => msg!("pyramid-ev-target-group", group = group.term()),
            Evidence::AllResidents => msg!(
                "pyramid-ev-target-group",
                group = PopulationGroup::AllResidents.term()
            ),
            Evidence::AgeGroupWithNeed { group, written } => msg!(
                "pyramid-ev-age-group-need",
                group = group.term(),
                written = written
            ),
            Evidence::Sector(sector) => msg!("pyramid-ev-sector", sector = sector.term()),
            Evidence::Objective { id, areas, written } => {
                // "a; b; c": an area's name may hold a comma of its own.
                let areas = areas.iter().rev().map(Term::term).reduce(|rest, first| {
                    msg!("pyramid-semicolon-list", first = first, rest = rest)
                });
                match areas {
                    None => msg!("pyramid-ev-objective", id = id, written = written),
                    Some(areas) => msg!(
                        "pyramid-ev-objective-areas",
                        id = id,
                        areas = areas,
                        written = written
                    ),
                }
            }
            Evidence::Service(kind) => msg!(
                "pyramid-ev-service",
                kind = match kind {
                    ServiceKind::Programme => "programme",
                    ServiceKind::Interpreting => "interpreting",
                    ServiceKind::Reception => "reception",
                }
            ),
            Evidence::StructureKind(StructureKind::Council) => {
                msg!("pyramid-ev-participatory", kind = "council")
            }
            Evidence::StructureKind(StructureKind::CoDesign) => {
                msg!("pyramid-ev-participatory", kind = "co_design")
            }
            Evidence::StructureKind(StructureKind::DecisionMakerSession) => {
                msg!("pyramid-ev-participatory", kind = "decision_maker_session")
            }
            Evidence::StructureKind(kind) => msg!("pyramid-ev-structure-kind", kind = kind.term()),
            Evidence::Coordination(kind) => msg!("pyramid-ev-coordination", kind = kind.term()),
            Evidence::CoordinationByDefault(kind) => {
                msg!("pyramid-ev-coordination-by-default", kind = kind.term())
            }
            Evidence::NothingForMeasure => msg!("pyramid-ev-nothing-for-measure"),
            Evidence::NothingForStructure => msg!("pyramid-ev-nothing-for-structure"),
        }
    }
}

/// A placement's reason: the evidence and, for a placed item, its strength.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub evidence: Evidence,
    /// `None` for an item that is not placed (or kept off the pyramid).
    pub strength: Option<Strength>,
}

impl Reason {
    pub fn new(evidence: Evidence, strength: Strength) -> Self {
        Reason {
            evidence,
            strength: Some(strength),
        }
    }

    /// A reason for not placing an item.
    pub fn unplaced(evidence: Evidence) -> Self {
        Reason {
            evidence,
            strength: None,
        }
    }

    /// The reason, e.g. `target group: roma (moderate)` or `sector: library (context)`; a
    /// declared level and an unplaced item carry no strength.
    pub fn message(&self) -> Message {
        match self.strength {
            Some(Strength::Declared) | None => self.evidence.message(),
            Some(s) => msg!(
                "pyramid-reason",
                evidence = self.evidence.message(),
                strength = s.message()
            ),
        }
    }
}
