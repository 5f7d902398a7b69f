//! What each level of the pyramid lacks, ordered by weight (the worst first).
//!
//! Gaps are analysed only when the plan has at least one measure; without measures the
//! Integration Act rules already report the missing planning.
//!
//! Weights (docs/pyramid.md explains them):
//!
//! | gap | weight |
//! |---|---|
//! | a level has nothing | 100 |
//! | a level is thin (fewer than `--thin-below` items, default 3) | 60 |
//! | a level is served only by the city itself | 40 |
//! | a top-level sub-area has nothing | 30 each |
//! | a group the guide names is reached by nothing: immigrants, or a group the plan itself names in `municipality.good_relations.groups` | 30 each |
//! | ... any other group the guide names | 15 each |
//! | base: reference sectors without a mainstreaming measure | 5 per sector, at most 50 |
//!
//! Ties go to the higher level (top, then middle, then base), because the guide's published
//! analysis found the top the level most often missing, then to the order above. The level
//! of the first (heaviest) gap is the *main gap*. The details of a level (its sub-areas,
//! groups or sectors) are not listed when the whole level is empty: the empty level is the gap.

use super::{ItemKind, Level, Overview, Subarea, level_key, level_phrase, words_of};
use crate::i18n::{Message, Term};
use crate::model::{Plan, PopulationGroup, Sector};
use crate::msg;

pub const WEIGHT_EMPTY: u32 = 100;
pub const WEIGHT_THIN: u32 = 60;
pub const WEIGHT_CITY_ONLY: u32 = 40;
pub const WEIGHT_SUBAREA: u32 = 30;
pub const WEIGHT_GROUP_NAMED: u32 = 30;
pub const WEIGHT_GROUP_OTHER: u32 = 15;
pub const WEIGHT_PER_SECTOR: u32 = 5;
pub const WEIGHT_SECTORS_MAX: u32 = 50;

/// The municipal sectors in which the base level expects a mainstreaming measure.
///
/// The list joins the sectors the CoE guide names for the base of the pyramid (CoE-MLG
/// Part III: housing, education, employment, urban planning, youth, culture, sports,
/// libraries, transport, security, the city as employer, procurement) with the municipal
/// task areas where relations between population groups matter (MoJ-GR: early childhood,
/// basic and liberal adult education, culture, youth, library, sports; business policy,
/// employment support, outreach youth work; participation; urban and land-use planning,
/// transport, housing, environment, security and preparedness). Integration services are
/// left out: they belong to the middle level. Social and health services are left out: since
/// 2023 the wellbeing services county provides them, not the municipality.
pub const BASE_SECTORS: &[Sector] = &[
    Sector::EarlyChildhoodEducation,
    Sector::BasicEducation,
    Sector::LiberalAdultEducation,
    Sector::Culture,
    Sector::Youth,
    Sector::Library,
    Sector::Sports,
    Sector::BusinessServices,
    Sector::Employment,
    Sector::OutreachYouthWork,
    Sector::Participation,
    Sector::UrbanPlanning,
    Sector::Transport,
    Sector::Housing,
    Sector::Environment,
    Sector::Security,
    Sector::HumanResources,
    Sector::Procurement,
];

/// The population groups the guide names for the middle level (CoE-MLG Part III,
/// "Structures, services and practices for equality and inclusion").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuideGroup {
    Immigrants,
    LinguisticAndCulturalMinorities,
    SexualAndGenderMinorities,
    AgeGroups,
    PersonsWithDisabilities,
    Roma,
    Sami,
}

impl GuideGroup {
    pub const ALL: [GuideGroup; 7] = [
        GuideGroup::Immigrants,
        GuideGroup::LinguisticAndCulturalMinorities,
        GuideGroup::SexualAndGenderMinorities,
        GuideGroup::AgeGroups,
        GuideGroup::PersonsWithDisabilities,
        GuideGroup::Roma,
        GuideGroup::Sami,
    ];

    /// The group as the guide names it, e.g. "the Roma".
    pub fn describe(self) -> Message {
        msg!("pyramid-guide-group", group = self.key())
    }

    pub fn key(self) -> &'static str {
        match self {
            GuideGroup::Immigrants => "immigrants",
            GuideGroup::LinguisticAndCulturalMinorities => "linguistic_and_cultural_minorities",
            GuideGroup::SexualAndGenderMinorities => "sexual_and_gender_minorities",
            GuideGroup::AgeGroups => "age_groups",
            GuideGroup::PersonsWithDisabilities => "persons_with_disabilities",
            GuideGroup::Roma => "roma",
            GuideGroup::Sami => "sami",
        }
    }

    /// The plan's target-group values that count as reaching this group.
    pub fn members(self) -> &'static [PopulationGroup] {
        use PopulationGroup as P;
        match self {
            GuideGroup::Immigrants => &[
                P::Immigrants,
                P::EmploymentServicesClients,
                P::RecentResidencePermit,
                P::IncomeSupportRecipients,
                P::HomeCareAllowanceRecipients,
                P::Refugees,
                P::UnaccompaniedMinors,
                P::TraffickingVictims,
                P::OthersInNeed,
                P::AsylumSeekers,
                P::TemporaryProtection,
            ],
            GuideGroup::LinguisticAndCulturalMinorities => &[
                P::LinguisticMinorities,
                P::CulturalMinorities,
                P::ReligiousMinorities,
                P::SwedishSpeakers,
            ],
            GuideGroup::SexualAndGenderMinorities => &[P::SexualAndGenderMinorities],
            GuideGroup::AgeGroups => &[P::Children, P::YoungPeople, P::OlderPeople],
            GuideGroup::PersonsWithDisabilities => &[P::PersonsWithDisabilities],
            GuideGroup::Roma => &[P::Roma],
            GuideGroup::Sami => &[P::Sami],
        }
    }

    fn reached_by(self, groups: &[PopulationGroup]) -> bool {
        groups.iter().any(|g| self.members().contains(g))
    }
}

/// What a gap is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GapKind {
    /// Nothing is placed at the level.
    LevelEmpty,
    /// Fewer than `below` items are placed at the level.
    LevelThin { count: usize, below: usize },
    /// Every item at the level is run by the city alone.
    CityOnly { count: usize },
    /// Reference sectors with no base-level measure.
    SectorsWithoutMainstreaming(Vec<Sector>),
    /// A group the guide names that no measure, service or structure reaches.
    GroupUnreached {
        group: GuideGroup,
        named_by_plan: bool,
    },
    /// A top-level sub-area with nothing in it.
    SubareaMissing(Subarea),
    /// A top-level sub-area named only by measures that do not say what is done (a title
    /// with no written description): the ids of those measures.
    SubareaBare {
        subarea: Subarea,
        items: Vec<String>,
    },
}

/// One gap of the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub level: Level,
    pub kind: GapKind,
    pub weight: u32,
}

impl Gap {
    /// The `PYR…` rule that reports this gap in `goodrel check`.
    pub fn rule_id(&self) -> &'static str {
        match self.kind {
            GapKind::LevelEmpty => "PYR001",
            GapKind::LevelThin { .. } => "PYR002",
            GapKind::SectorsWithoutMainstreaming(_) => "PYR003",
            GapKind::GroupUnreached { .. } => "PYR004",
            GapKind::SubareaMissing(_) | GapKind::SubareaBare { .. } => "PYR005",
            GapKind::CityOnly { .. } => "PYR006",
        }
    }

    /// A stable key for machine output.
    pub fn key(&self) -> &'static str {
        match self.kind {
            GapKind::LevelEmpty => "level_empty",
            GapKind::LevelThin { .. } => "level_thin",
            GapKind::SectorsWithoutMainstreaming(_) => "base_sectors_without_mainstreaming",
            GapKind::GroupUnreached { .. } => "middle_group_unreached",
            GapKind::SubareaMissing(_) => "top_subarea_missing",
            GapKind::SubareaBare { .. } => "top_subarea_bare",
            GapKind::CityOnly { .. } => "level_city_only",
        }
    }

    /// What the gap is about (the sub-area, group or sectors), for machine output.
    pub fn subjects(&self) -> Vec<String> {
        match &self.kind {
            GapKind::SectorsWithoutMainstreaming(sectors) => sectors
                .iter()
                .map(|s| words_of(s).replace(' ', "_"))
                .collect(),
            GapKind::GroupUnreached { group, .. } => vec![group.key().to_owned()],
            GapKind::SubareaMissing(sub) | GapKind::SubareaBare { subarea: sub, .. } => {
                vec![sub.key().to_owned()]
            }
            _ => Vec::new(),
        }
    }

    /// The gap in one plain sentence; `goodrel check` reports the same sentence (`pyr00N-…`).
    pub fn message(&self) -> Message {
        let level = level_phrase(self.level);
        match &self.kind {
            GapKind::LevelEmpty => msg!("pyr001-level-empty", level = level),
            GapKind::LevelThin { count, below } => msg!(
                "pyr002-level-thin",
                level = level,
                count = *count,
                below = *below
            ),
            GapKind::CityOnly { count } => {
                msg!("pyr006-city-only", level = level, count = *count)
            }
            GapKind::SectorsWithoutMainstreaming(sectors) => msg!(
                "pyr003-sectors",
                count = sectors.len(),
                total = BASE_SECTORS.len(),
                sectors = sectors.iter().map(Term::term).collect::<Vec<_>>()
            ),
            GapKind::GroupUnreached {
                group,
                named_by_plan,
            } => msg!(
                "pyr004-group-unreached",
                group = group.describe(),
                named = if *named_by_plan { "yes" } else { "no" }
            ),
            GapKind::SubareaMissing(sub) => {
                msg!(
                    "pyr005-subareas-missing",
                    count = 1usize,
                    subareas = sub.describe()
                )
            }
            GapKind::SubareaBare { .. } => msg!(
                "pyr005-subareas-missing",
                count = 1usize,
                subareas = self.subarea_named()
            ),
        }
    }

    /// A missing sub-area as the findings name it: the sub-area, and for one named only by
    /// bare titles, which measures name it ("dialogue (only M7 names it, without saying what
    /// is done)").
    pub fn subarea_named(&self) -> Message {
        match &self.kind {
            GapKind::SubareaBare { subarea, items } => msg!(
                "pyr005-subarea-bare",
                subarea = subarea.describe(),
                count = items.len(),
                items = items.clone()
            ),
            GapKind::SubareaMissing(sub) => sub.describe(),
            _ => self.message(),
        }
    }

    /// What to do about the gap, as data.
    pub fn advice(&self) -> Suggestion {
        match &self.kind {
            GapKind::LevelEmpty | GapKind::LevelThin { .. } => Suggestion::FillLevel(self.level),
            GapKind::CityOnly { .. } => Suggestion::Partners,
            GapKind::SectorsWithoutMainstreaming(_) => Suggestion::MainstreamSectors,
            GapKind::GroupUnreached { group, .. } => Suggestion::ReachGroup(*group),
            GapKind::SubareaMissing(sub) => Suggestion::Subarea(*sub),
            GapKind::SubareaBare { .. } => Suggestion::Describe,
        }
    }

    /// A one-line suggestion grounded in the CoE guide (CoE-MLG Part III).
    pub fn suggestion(&self) -> Message {
        self.advice().message()
    }
}

/// A gap's suggestion, as data; [`Suggestion::message`] words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Add items to an empty or thin level.
    FillLevel(Level),
    /// Place non-city operators' services at the level and agree partnerships.
    Partners,
    /// Give the listed sectors a mainstreaming measure.
    MainstreamSectors,
    /// Add targeted work for a group.
    ReachGroup(GuideGroup),
    /// Add work in a top-level sub-area; the advice and its example come from the sub-area
    /// table ([`super::subareas::SUBAREAS`]), which detection reads too.
    Subarea(Subarea),
    /// Say in a description what the measures that name a sub-area do.
    Describe,
}

impl Suggestion {
    /// The suggestion in one sentence with its source.
    pub fn message(&self) -> Message {
        match self {
            Suggestion::FillLevel(level) => {
                msg!("pyramid-suggest-fill-level", level = level_key(*level))
            }
            Suggestion::Partners => msg!("pyramid-suggest-partners"),
            Suggestion::MainstreamSectors => msg!("pyramid-suggest-mainstream-sectors"),
            Suggestion::ReachGroup(group) => {
                msg!("pyramid-suggest-reach-group", group = group.key())
            }
            Suggestion::Describe => msg!("pyramid-suggest-describe"),
            Suggestion::Subarea(sub) => {
                let spec = super::subareas::spec(*sub);
                msg!(
                    "pyramid-suggest-subarea",
                    advice = Message::new(spec.advice),
                    example = Message::new(spec.example),
                    source = Message::new(spec.source)
                )
            }
        }
    }
}

fn order(level: Level) -> u8 {
    match level {
        Level::Top => 0,
        Level::Middle => 1,
        Level::Base => 2,
    }
}

fn kind_order(kind: &GapKind) -> u8 {
    match kind {
        GapKind::LevelEmpty => 0,
        GapKind::LevelThin { .. } => 1,
        GapKind::CityOnly { .. } => 2,
        GapKind::SubareaMissing(_) | GapKind::SubareaBare { .. } => 3,
        GapKind::GroupUnreached { .. } => 4,
        GapKind::SectorsWithoutMainstreaming(_) => 5,
    }
}

/// Every gap of the overview, the worst first. Empty when the plan has no measures.
pub fn gaps(plan: &Plan, overview: &Overview<'_>) -> Vec<Gap> {
    let mut out = Vec::new();
    if !overview.has_measures {
        return out;
    }
    for level in super::LEVELS_TOP_DOWN {
        let tier = overview.tier(level);
        if tier.empty() {
            out.push(Gap {
                level,
                kind: GapKind::LevelEmpty,
                weight: WEIGHT_EMPTY,
            });
            continue;
        }
        if tier.thin {
            out.push(Gap {
                level,
                kind: GapKind::LevelThin {
                    count: tier.count,
                    below: overview.thin_below,
                },
                weight: WEIGHT_THIN,
            });
        }
        if tier.with_non_city == 0 {
            out.push(Gap {
                level,
                kind: GapKind::CityOnly { count: tier.count },
                weight: WEIGHT_CITY_ONLY,
            });
        }
    }

    // Top: sub-areas with nothing (not repeated when the whole level is empty).
    if !overview.tier(Level::Top).empty() {
        // Only a measure that says what is done covers a sub-area; a bare title is named.
        let covered = overview
            .at(Level::Top)
            .filter(|p| p.described)
            .fold(0u8, |set, p| set | p.subareas);
        for sub in Subarea::ALL {
            if covered & sub.bit() != 0 {
                continue;
            }
            let items: Vec<String> = overview
                .at(Level::Top)
                .filter(|p| p.subareas & sub.bit() != 0)
                .map(|p| p.id.to_owned())
                .collect();
            out.push(Gap {
                level: Level::Top,
                kind: if items.is_empty() {
                    GapKind::SubareaMissing(sub)
                } else {
                    GapKind::SubareaBare {
                        subarea: sub,
                        items,
                    }
                },
                weight: WEIGHT_SUBAREA,
            });
        }
    }

    // Middle: the guide's groups that nothing reaches (not repeated when the whole level is
    // empty).
    if !overview.tier(Level::Middle).empty() {
        middle_groups(plan, overview, &mut out);
    }

    // Base: reference sectors without a base-level item (not repeated when the level is empty).
    if !overview.tier(Level::Base).empty() {
        base_sectors(overview, &mut out);
    }

    // The worst first; ties to the higher level, then by kind; stable otherwise.
    out.sort_by_key(|g| {
        (
            std::cmp::Reverse(g.weight),
            order(g.level),
            kind_order(&g.kind),
        )
    });
    out
}

/// The guide's groups that no item lists in its target groups. Services of the integration
/// programme reach immigrants by definition.
fn middle_groups(plan: &Plan, overview: &Overview<'_>, out: &mut Vec<Gap>) {
    let named: &[PopulationGroup] = plan
        .municipality
        .as_ref()
        .and_then(|m| m.good_relations.as_ref())
        .map_or(&[], |g| g.groups.as_slice());
    let any_service = overview
        .placements
        .iter()
        .any(|p| p.kind == ItemKind::Service);
    for group in GuideGroup::ALL {
        // The Sámi are a gap only where they live: in the homeland, or as the plan records.
        if group == GuideGroup::Sami && !plan.sami_live_here() {
            continue;
        }
        let reached = overview
            .placements
            .iter()
            .any(|p| group.reached_by(p.groups))
            || (group == GuideGroup::Immigrants && any_service);
        if reached {
            continue;
        }
        let named_by_plan = group.reached_by(named);
        let weight = if named_by_plan || group == GuideGroup::Immigrants {
            WEIGHT_GROUP_NAMED
        } else {
            WEIGHT_GROUP_OTHER
        };
        out.push(Gap {
            level: Level::Middle,
            kind: GapKind::GroupUnreached {
                group,
                named_by_plan,
            },
            weight,
        });
    }
}

/// What gives a reference sector its base-level coverage: an item working in it (placed at
/// the base, or elsewhere only on a weak word or on context), or a linked plan whose
/// `mainstreaming` names it.
#[derive(Debug, Clone, Copy)]
pub enum Cover<'o, 'p> {
    Item(&'o super::Placement<'p>),
    Link(&'o super::LinkedSector<'p>),
}

/// Each reference sector ([`BASE_SECTORS`], in order) with what covers it; an empty list is
/// a sector without a mainstreaming measure. A sector whose item is placed elsewhere only
/// on a weak word or on context counts as covered: that item may well be its base measure,
/// and a "missing" claim is not built on an uncertain placement.
pub fn sector_cover<'o, 'p>(overview: &'o Overview<'p>) -> Vec<(Sector, Vec<Cover<'o, 'p>>)> {
    let mut out: Vec<(Sector, Vec<Cover<'o, 'p>>)> =
        BASE_SECTORS.iter().map(|s| (*s, Vec::new())).collect();
    for p in overview
        .placements
        .iter()
        .filter(|p| p.level == Some(Level::Base) || p.uncertain())
    {
        if let Some((_, covers)) = out.iter_mut().find(|(s, _)| Some(*s) == p.sector) {
            covers.push(Cover::Item(p));
        }
    }
    for link in &overview.linked_sectors {
        if let Some((_, covers)) = out.iter_mut().find(|(s, _)| *s == link.sector) {
            covers.push(Cover::Link(link));
        }
    }
    out
}

/// The reference sectors in which no base-level item works and no linked plan's
/// `mainstreaming` names ([`sector_cover`]).
fn base_sectors(overview: &Overview<'_>, out: &mut Vec<Gap>) {
    let missing: Vec<Sector> = sector_cover(overview)
        .into_iter()
        .filter(|(_, covers)| covers.is_empty())
        .map(|(s, _)| s)
        .collect();
    if !missing.is_empty() {
        let count = u32::try_from(missing.len()).unwrap_or(u32::MAX);
        out.push(Gap {
            level: Level::Base,
            kind: GapKind::SectorsWithoutMainstreaming(missing),
            weight: count
                .saturating_mul(WEIGHT_PER_SECTOR)
                .min(WEIGHT_SECTORS_MAX),
        });
    }
}

/// The level of the heaviest gap: where the plan most needs work.
pub fn main_gap(gaps: &[Gap]) -> Option<Level> {
    gaps.first().map(|g| g.level)
}
