//! Why an item sits where it does, as data: the kind of evidence, its strength and the few
//! values it names. The English wording of a reason is made in one place,
//! [`Reason::english`] (with [`Evidence::english`] and [`Strength::english`]), so that a
//! translation catalogue can take over from there.

use serde::Serialize;

use super::{Level, Subarea, words_of};
use crate::model::{Area, MeasureKind, PopulationGroup, Sector, ServiceKind, StructureKind};

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

    /// The strength in English, as shown after a reason: "strong", "context".
    pub fn english(self) -> &'static str {
        self.key()
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

    /// The evidence in English, e.g. `target group: roma` or
    /// `objective O-TYO (employment and education) names "maahanmuuttajien"`.
    pub fn english(&self) -> String {
        match self {
            Evidence::Declared(level) => format!("declared: level {}", super::level_key(*level)),
            Evidence::Kind(kind) => format!("kind: {}", words_of(kind)),
            Evidence::Term {
                found,
                written,
                subarea,
            } => {
                let what = match found {
                    Found::Tag => "tag",
                    Found::Text => "word",
                };
                match subarea {
                    Some(sub) => format!("{what} \"{written}\" ({})", sub.describe()),
                    None => format!("{what} \"{written}\""),
                }
            }
            Evidence::GroupsMeet { meet, mix } => {
                format!("words \"{mix}\" ... \"{meet}\" (an encounter between groups)")
            }
            Evidence::TargetGroup(group) => format!("target group: {}", words_of(group)),
            Evidence::AllResidents => "target group: all residents".to_owned(),
            Evidence::AgeGroupWithNeed { group, written } => format!(
                "target group: {} with a specific need (\"{written}\")",
                words_of(group)
            ),
            Evidence::Sector(sector) => format!("sector: {}", words_of(sector)),
            Evidence::Objective { id, areas, written } => {
                let areas: Vec<&str> = areas.iter().map(|a| a.describe()).collect();
                if areas.is_empty() {
                    format!("objective {id} names \"{written}\"")
                } else {
                    format!(
                        "objective {id} ({}) names \"{written}\"",
                        areas.join("; ")
                    )
                }
            }
            Evidence::Service(ServiceKind::Programme) => {
                "integration programme service".to_owned()
            }
            Evidence::Service(ServiceKind::Interpreting) => {
                "interpreting service supporting the programme".to_owned()
            }
            Evidence::Service(ServiceKind::Reception) => "refugee reception service".to_owned(),
            Evidence::StructureKind(StructureKind::Council) => {
                "council for a specific group (participatory structure)".to_owned()
            }
            Evidence::StructureKind(StructureKind::CoDesign) => {
                "co-design (participatory structure)".to_owned()
            }
            Evidence::StructureKind(StructureKind::DecisionMakerSession) => {
                "decision-maker session (participatory structure)".to_owned()
            }
            Evidence::StructureKind(kind) => format!("structure kind: {}", words_of(kind)),
            Evidence::Coordination(kind) => format!(
                "{}: coordinates the work on every level, not placed on one",
                words_of(kind)
            ),
            Evidence::CoordinationByDefault(kind) => format!(
                "{} without words placing it: treated as coordination, not placed",
                words_of(kind)
            ),
            Evidence::NothingForMeasure => {
                "nothing to place it by: no level, kind, target group, tag, sector or keyword"
                    .to_owned()
            }
            Evidence::NothingForStructure => {
                "nothing to place it by: structure kind `other` and no keyword in its name or mandate"
                    .to_owned()
            }
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

    /// Whether the placement rests on context alone (sector or objective, not the item's
    /// own words or fields).
    pub fn is_context(&self) -> bool {
        self.strength == Some(Strength::Context)
    }

    /// The reason in English, e.g. `target group: roma (moderate)` or
    /// `sector: library (context)`; a declared level and an unplaced item carry no strength.
    pub fn english(&self) -> String {
        match self.strength {
            Some(Strength::Declared) | None => self.evidence.english(),
            Some(s) => format!("{} ({})", self.evidence.english(), s.english()),
        }
    }
}
