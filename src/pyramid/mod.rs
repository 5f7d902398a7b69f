//! The three-level pyramid of the Council of Europe guide (CoE-MLG Part III, "The pyramid
//! model for creating a situational overview"): every measure, every service of the
//! integration programme and every participatory structure is placed on one of three levels,
//! and [`gaps`] reports what each level lacks.
//!
//! - **Base**: mainstreaming diversity in general services and policy, in every sector.
//! - **Middle**: structures, services and practices for equality and inclusion —
//!   anti-discrimination and anti-racism work, targeted services and participatory
//!   structures for specific groups; integration services and immigrant councils sit here.
//! - **Top**: structures, services and practices for interaction, confrontation, conflict and
//!   hate crime — timely encounters, dialogue, mediation, responding to hate crime.
//!
//! Placement ([`classify`]) is one linear pass over the plan; the keyword vocabulary
//! ([`vocab`]) is a static table. `goodrel pyramid` renders the result and the `PYR…` rules
//! report the same gaps in `goodrel check`: both call this module, so the logic lives in one
//! place. docs/pyramid.md describes the signals, thresholds and weights for users.

pub mod classify;
pub mod gaps;
pub mod links;
pub mod reason;
pub mod subareas;
pub mod vocab;

use serde::Serialize;

use crate::i18n::{Arg, Message};
pub use crate::model::PyramidLevel as Level;
use crate::model::{Component, Loc, Plan, PopulationGroup, Sector};

pub use gaps::{Cover, Gap, GapKind, GuideGroup, Suggestion, gaps, sector_cover};
pub use links::LinkedSector;
pub use reason::{Evidence, Found, Reason, Strength};

/// Fewer placed items than this at a level makes the level thin (`--thin-below`).
pub const DEFAULT_THIN_BELOW: usize = 3;

/// The levels from the top down, the order in which they are drawn and listed.
pub const LEVELS_TOP_DOWN: [Level; 3] = [Level::Top, Level::Middle, Level::Base];

/// The level's key as written in plan files and JSON: `base`, `middle`, `top`.
pub fn level_key(level: Level) -> &'static str {
    match level {
        Level::Base => "base",
        Level::Middle => "middle",
        Level::Top => "top",
    }
}

/// What the level is about, in a few words: "general services" (yleiset palvelut, allmänna
/// tjänster).
pub fn level_label(level: Level) -> Message {
    match level {
        Level::Base => crate::msg!("pyramid-label-base"),
        Level::Middle => crate::msg!("pyramid-label-middle"),
        Level::Top => crate::msg!("pyramid-label-top"),
    }
}

/// The level's name as the guide gives it: base, middle, top (perusta, keskitaso, huippu;
/// bas, mellannivå, topp).
pub fn level_name(level: Level) -> Message {
    crate::msg!("pyramid-level-name", level = level_key(level))
}

/// The level named in a sentence, e.g. "the top level (interaction & conflict)".
pub fn level_phrase(level: Level) -> Message {
    crate::msg!(
        "pyramid-level-phrase",
        level = level_key(level),
        label = level_label(level)
    )
}

/// "a, b and c" of messages, joined in the reader's language.
pub fn and_list(mut items: Vec<Message>) -> Arg {
    match items.pop() {
        Some(last) if !items.is_empty() => {
            crate::msg!("list-and", rest = items, last = last).into()
        }
        Some(last) => last.into(),
        None => Arg::Text(String::new()),
    }
}

fn level_index(level: Level) -> usize {
    match level {
        Level::Base => 0,
        Level::Middle => 1,
        Level::Top => 2,
    }
}

/// The sub-areas of the top level that the guide names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subarea {
    /// Timely, facilitated encounters and interaction between groups on an equal footing.
    Encounters,
    Dialogue,
    /// Conflict mediation, incl. neighbourhood and community mediation, and handling
    /// confrontations.
    Mediation,
    HateCrimeResponse,
    /// Support for the wider community after a hate crime.
    CommunitySupport,
}

impl Subarea {
    pub const ALL: [Subarea; 5] = [
        Subarea::Encounters,
        Subarea::Dialogue,
        Subarea::Mediation,
        Subarea::HateCrimeResponse,
        Subarea::CommunitySupport,
    ];

    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    pub fn key(self) -> &'static str {
        match self {
            Subarea::Encounters => "encounters",
            Subarea::Dialogue => "dialogue",
            Subarea::Mediation => "mediation",
            Subarea::HateCrimeResponse => "hate_crime_response",
            Subarea::CommunitySupport => "community_support",
        }
    }

    /// What the sub-area is, in a few words.
    pub fn describe(self) -> Message {
        Message::new(subareas::spec(self).describe)
    }

    /// The sub-areas in a bit set, in order.
    pub fn in_set(set: u8) -> impl Iterator<Item = Subarea> {
        Subarea::ALL.into_iter().filter(move |s| set & s.bit() != 0)
    }
}

/// What kind of plan item a placement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Measure,
    Service,
    Structure,
}

impl ItemKind {
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Measure => "measure",
            ItemKind::Service => "service",
            ItemKind::Structure => "structure",
        }
    }

    /// "measure", "service", "structure" in the reader's language.
    pub fn noun(self) -> Message {
        crate::msg!("pyramid-item-kind", kind = self.key())
    }
}

/// Where a level came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Written in the plan (`level:`).
    Declared,
    /// Worked out from the item's other fields.
    Inferred,
}

/// The signal that decided a placement, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// The measure's `level:`.
    Declared,
    /// The measure's `kind:` (dialogue, targeted_service, service_development, ...).
    Kind,
    /// A strong term of the vocabulary in the measure's `tags`.
    StrongTag,
    /// A strong term in the title or description.
    StrongWord,
    /// A word of meeting next to a word naming several groups or cultures in the tags,
    /// title or description: an encounter between groups.
    GroupsMeet,
    /// The target groups: all residents, or named groups (an age group only with a word
    /// naming a specific need).
    TargetGroup,
    /// A weak term in the tags.
    Tag,
    /// A weak term in the title or description.
    Word,
    /// The sector's usual level (context).
    Sector,
    /// A word of meeting alone (kohtaaminen, möte, meeting place), after the sector.
    Hint,
    /// A term in the statement of an objective the measure serves (context).
    Objective,
    /// A service of the integration programme (always the middle level, per the guide).
    IntegrationProgramme,
    /// The kind of a structure (council, co-design, dialogue, ...).
    StructureKind,
}

impl Signal {
    /// Whether this signal counts as strong evidence against a declared level.
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            Signal::Kind | Signal::StrongTag | Signal::StrongWord | Signal::GroupsMeet
        )
    }
}

/// What inference found for an item: the level, the signal and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inferred {
    pub level: Level,
    pub signal: Signal,
    pub why: Reason,
}

impl Inferred {
    /// The reason, e.g. "kind: mediation (strong)".
    pub fn because(&self) -> Message {
        self.why.message()
    }
}

/// One item of the plan placed on the pyramid (or not).
#[derive(Debug, Clone)]
pub struct Placement<'p> {
    pub kind: ItemKind,
    pub id: &'p str,
    pub title: &'p str,
    pub loc: &'p Loc,
    /// `None` when nothing placed it.
    pub level: Option<Level>,
    /// `None` when unplaced.
    pub source: Option<Source>,
    pub signal: Option<Signal>,
    /// Why it sits here (e.g. target group: roma, moderate); for an unplaced item, why not.
    pub why: Reason,
    /// For a declared level: strong evidence pointing to another level.
    pub contradiction: Option<Inferred>,
    /// For a top-level item: the sub-areas it covers (bit set of [`Subarea::bit`]).
    pub subareas: u8,
    /// Whether its text says what is done: a measure with a description that counts as
    /// written ([`crate::model::written`]) or a title of more than one word, not a bare
    /// "Sovittelu"; services and structures are described by their fields. A sub-area only
    /// bare titles name is not covered (PYR005).
    pub described: bool,
    /// The responsible actor (a measure's or service's `responsible`, a structure's
    /// `convener`).
    pub responsible: Option<&'p str>,
    /// Partners (a measure's `partners`, a service's `cooperation`, a structure's `members`).
    pub partners: &'p [String],
    /// Whether any of its actors is outside the city (kind other than municipal sector or
    /// decision-makers).
    pub non_city: bool,
    /// The measure's sector, else its responsible actor's sector.
    pub sector: Option<Sector>,
    pub groups: &'p [PopulationGroup],
    /// For a service: its programme component.
    pub component: Option<Component>,
}

impl Placement<'_> {
    /// Why it sits here, e.g. "target group: roma (moderate)".
    pub fn because(&self) -> Message {
        self.why.message()
    }

    /// The full reason, e.g. "target group: roma (moderate) -> equality & inclusion".
    pub fn reason(&self) -> Message {
        match self.level {
            Some(level) => crate::msg!(
                "pyramid-reason-level",
                reason = self.because(),
                level = level_label(level)
            ),
            None => self.because(),
        }
    }

    /// Whether the placement is uncertain: it rests on a weak word or on context alone (a
    /// sector, a general service named, an objective), not on what the item says it does, its
    /// kind or its target groups. A `level:` in the plan confirms a level and ends the doubt.
    pub fn uncertain(&self) -> bool {
        self.level.is_some()
            && matches!(self.why.strength, Some(Strength::Weak | Strength::Context))
    }

    pub fn subarea_list(&self) -> impl Iterator<Item = Subarea> {
        Subarea::in_set(self.subareas)
    }
}

/// One level's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    pub level: Level,
    /// Items placed at this level.
    pub count: usize,
    /// Of those, items run with (or by) an actor outside the city.
    pub with_non_city: usize,
    pub thin: bool,
}

impl Tier {
    pub fn empty(&self) -> bool {
        self.count == 0
    }

    /// The share with non-city partners, in whole percent (0 for an empty level).
    pub fn non_city_percent(&self) -> usize {
        (self.with_non_city * 100 + self.count / 2)
            .checked_div(self.count)
            .unwrap_or(0)
    }
}

/// Options for building the overview.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// A level with fewer placed items than this is thin.
    pub thin_below: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            thin_below: DEFAULT_THIN_BELOW,
        }
    }
}

/// The situational overview: every item placed, and the numbers per level.
#[derive(Debug, Clone)]
pub struct Overview<'p> {
    /// Measures, then services, then structures on the pyramid, in plan order; unplaced
    /// items have `level: None`.
    pub placements: Vec<Placement<'p>>,
    /// Coordination structures (cooperation and steering groups): they organise the work on
    /// all levels and are not placed on any one.
    pub coordination: Vec<Placement<'p>>,
    tiers: [Tier; 3],
    pub thin_below: usize,
    /// Whether the plan has any measures (without them the gaps are not analysed).
    pub has_measures: bool,
    /// Reference sectors whose mainstreaming a linked plan names (`links[].mainstreaming`):
    /// they count towards the base level's sector coverage without being pyramid items.
    pub linked_sectors: Vec<LinkedSector<'p>>,
}

impl<'p> Overview<'p> {
    pub fn tier(&self, level: Level) -> &Tier {
        &self.tiers[level_index(level)]
    }

    /// Items placed at `level`, in plan order.
    pub fn at(&self, level: Level) -> impl Iterator<Item = &Placement<'p>> {
        self.placements
            .iter()
            .filter(move |p| p.level == Some(level))
    }

    pub fn unplaced(&self) -> impl Iterator<Item = &Placement<'p>> {
        self.placements.iter().filter(|p| p.level.is_none())
    }

    pub fn placed_count(&self) -> usize {
        self.tiers.iter().map(|t| t.count).sum()
    }
}

/// Places every measure, service and participatory structure of the plan: one linear pass.
pub fn overview<'p>(plan: &'p Plan, options: &Options) -> Overview<'p> {
    let (placements, coordination) = classify::classify(plan);
    let mut tiers = [Level::Base, Level::Middle, Level::Top].map(|level| Tier {
        level,
        count: 0,
        with_non_city: 0,
        thin: false,
    });
    for p in &placements {
        if let Some(level) = p.level {
            let tier = &mut tiers[level_index(level)];
            tier.count += 1;
            tier.with_non_city += usize::from(p.non_city);
        }
    }
    for tier in &mut tiers {
        tier.thin = tier.count > 0 && tier.count < options.thin_below;
    }
    Overview {
        placements,
        coordination,
        tiers,
        thin_below: options.thin_below,
        has_measures: !plan.measures.is_empty(),
        linked_sectors: links::linked_sectors(plan),
    }
}

/// Turns a plan-format value (`all_residents`, `early_childhood_education`) into words.
pub fn words_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s.replace('_', " "),
        _ => String::new(),
    }
}
