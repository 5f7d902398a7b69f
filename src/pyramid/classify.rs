//! Placing items on the pyramid.
//!
//! A measure's declared `level` is used as written. Otherwise the level is inferred from the
//! first of these kinds of evidence that says anything, strongest first (docs/pyramid.md
//! has the full tables and the reasons for the order):
//!
//! 1. `kind` (strong): encounter, dialogue, mediation, hate_crime_response -> top;
//!    targeted_service, anti_discrimination, participatory_structure -> middle;
//!    service_development -> base; other kinds say nothing about the level.
//! 2. a *strong* term of the vocabulary in the `tags`, then in the title or description
//!    (strong).
//! 3. an encounter between groups (strong): a word of meeting (meet, kohtaaminen, tapaavat,
//!    mötas) and a word naming several groups or cultures (cultures, eri kulttuurit, olika
//!    bakgrund) in the same text -> top.
//! 4. `target_groups` (moderate): named groups (Roma, Sámi, immigrants, ...) without all
//!    residents -> middle; all residents without a named group -> base. An age group
//!    (children, young people, older people) counts as a named group only next to another
//!    named group or with a word of a specific need (at risk, erityistä tukea, särskilt stöd);
//!    alone it says nothing, so a universal service for one age group falls to its sector.
//! 5. a weak term in the `tags`, then in the title or description (weak).
//! 6. the sector's usual level (context): integration_services -> middle, any other ->
//!    base.
//! 7. a hint word of meeting alone (weak): kohtaaminen, möte, meeting place -> top.
//! 8. the statement of an objective the measure serves (context): its strongest term.
//!
//! A declared level is checked against the inference: when the deciding evidence is strong
//! and points elsewhere, the placement carries a contradiction.
//!
//! Objectives are indexed by id once per plan, with their statements scanned once, so
//! classifying stays one linear pass.

use std::collections::HashMap;

use super::reason::{Evidence, Found, Reason, Strength};
use super::subareas;
use super::vocab::{self, Hit, Hits};
use super::{Inferred, ItemKind, Level, Placement, Signal, Source, Subarea};
use crate::model::{
    ActorKind, Area, Item, Measure, MeasureKind, Objective, Plan, PopulationGroup, Sector, Service,
    Structure, StructureKind,
};

/// Reusable text buffers, so that classifying a plan allocates no per-item scratch space.
#[derive(Default)]
struct Scratch {
    tags: String,
    words: String,
}

/// What an objective's statement says about the level: its strongest term, if any.
struct ObjectiveHint<'p> {
    objective: &'p Objective,
    level: Level,
    strong: bool,
    written: String,
}

/// The objectives by id, each statement scanned once.
fn objective_index(plan: &Plan) -> HashMap<&str, Option<ObjectiveHint<'_>>> {
    let mut buf = String::new();
    plan.objectives
        .iter()
        .map(|o| {
            vocab::normalise(&o.statement, &mut buf);
            let hits = vocab::scan(&buf);
            let hint = hits.strong.or(hits.weak).map(|hit| ObjectiveHint {
                objective: o,
                level: hit.term.level,
                strong: hit.term.is_strong(),
                written: hit.words(&buf).to_owned(),
            });
            (o.id.as_str(), hint)
        })
        .collect()
}

type Objectives<'p> = HashMap<&'p str, Option<ObjectiveHint<'p>>>;

/// Places every measure, service and structure; returns the placements (measures, services,
/// structures on the pyramid) and the coordination structures kept off it.
pub fn classify(plan: &Plan) -> (Vec<Placement<'_>>, Vec<Placement<'_>>) {
    let mut scratch = Scratch::default();
    let objectives = objective_index(plan);
    let mut placements =
        Vec::with_capacity(plan.measures.len() + plan.services.len() + plan.structures.len());
    let mut coordination = Vec::new();
    for m in &plan.measures {
        placements.push(measure(plan, m, &objectives, &mut scratch));
    }
    for s in &plan.services {
        placements.push(service(plan, s));
    }
    for s in &plan.structures {
        let p = structure(plan, s, &mut scratch);
        if p.level.is_none() && p.signal == Some(Signal::StructureKind) {
            coordination.push(p);
        } else {
            placements.push(p);
        }
    }
    (placements, coordination)
}

/// The level a measure kind implies, and for top-level kinds the sub-area.
pub fn kind_level(kind: MeasureKind) -> Option<(Level, Option<Subarea>)> {
    match kind {
        MeasureKind::Encounter => Some((Level::Top, Some(Subarea::Encounters))),
        MeasureKind::Dialogue => Some((Level::Top, Some(Subarea::Dialogue))),
        MeasureKind::Mediation => Some((Level::Top, Some(Subarea::Mediation))),
        MeasureKind::HateCrimeResponse => Some((Level::Top, Some(Subarea::HateCrimeResponse))),
        MeasureKind::TargetedService
        | MeasureKind::AntiDiscrimination
        | MeasureKind::ParticipatoryStructure => Some((Level::Middle, None)),
        MeasureKind::ServiceDevelopment => Some((Level::Base, None)),
        MeasureKind::Training
        | MeasureKind::Information
        | MeasureKind::Guidance
        | MeasureKind::Research
        | MeasureKind::Survey
        | MeasureKind::Campaign
        | MeasureKind::Event
        | MeasureKind::Other => None,
    }
}

/// Whether a target group stands for everyone rather than a named group.
fn is_general(group: PopulationGroup) -> bool {
    matches!(
        group,
        PopulationGroup::AllResidents | PopulationGroup::MajorityPopulation
    )
}

/// Whether a target group is an age group, which alone does not make a service
/// group-specific.
pub fn is_age_group(group: PopulationGroup) -> bool {
    matches!(
        group,
        PopulationGroup::Children | PopulationGroup::YoungPeople | PopulationGroup::OlderPeople
    )
}

/// The level the target groups imply, given the measure's normalised text (for words of a
/// specific need): named groups without general ones -> middle; all residents without a
/// named group -> base; an age group alone -> middle only with a word of need; anything
/// else (a mix, the majority population alone, an age group alone) -> nothing.
pub fn target_group_level(groups: &[PopulationGroup], text: &str) -> Option<(Level, Evidence)> {
    let named = groups
        .iter()
        .copied()
        .find(|g| !is_general(*g) && !is_age_group(*g));
    let age = groups.iter().copied().find(|g| is_age_group(*g));
    let general = groups.iter().any(|g| is_general(*g));
    let all = groups.contains(&PopulationGroup::AllResidents);
    match (named, general) {
        (Some(g), false) => Some((Level::Middle, Evidence::TargetGroup(g))),
        (None, true) if all => Some((Level::Base, Evidence::AllResidents)),
        (None, false) => {
            let group = age?;
            let (_, written) = vocab::find_any(text, vocab::Table::Need)?;
            Some((Level::Middle, Evidence::AgeGroupWithNeed { group, written }))
        }
        _ => None,
    }
}

/// The level a sector implies.
pub fn sector_level(sector: Sector) -> Level {
    match sector {
        Sector::IntegrationServices => Level::Middle,
        _ => Level::Base,
    }
}

fn term_inferred(hit: Hit, text: &str, signal: Signal, found: Found) -> Inferred {
    let strength = match hit.term.weight {
        vocab::Weight::Strong => Strength::Strong,
        vocab::Weight::Weak | vocab::Weight::Hint => Strength::Weak,
    };
    Inferred {
        level: hit.term.level,
        signal,
        why: Reason::new(
            Evidence::Term {
                found,
                written: hit.words(text).to_owned(),
                subarea: hit.term.subarea,
            },
            strength,
        ),
    }
}

/// What inference found for one measure: the deciding evidence and the top sub-areas.
struct Inference {
    inferred: Option<Inferred>,
    subareas: u8,
}

/// An encounter between groups: a word of meeting and a word naming several groups.
fn groups_meet(text: &str) -> Option<Evidence> {
    let (_, meet) = vocab::find_any(text, vocab::Table::Meet)?;
    let (_, mix) = vocab::find_any(text, vocab::Table::Mix)?;
    Some(Evidence::GroupsMeet { meet, mix })
}

/// The first objective (in the measure's order) whose statement names a strong term, else
/// the first with a weak one.
fn objective_context<'p>(
    m: &Measure,
    objectives: &'p Objectives<'p>,
) -> Option<&'p ObjectiveHint<'p>> {
    let hints = || {
        m.objectives
            .iter()
            .filter_map(|id| objectives.get(id.as_str()).and_then(Option::as_ref))
    };
    hints().find(|h| h.strong).or_else(|| hints().next())
}

fn infer_measure(
    m: &Measure,
    sector: Option<Sector>,
    objectives: &Objectives<'_>,
    scratch: &mut Scratch,
) -> Inference {
    scratch.tags.clear();
    scratch.tags.push(' ');
    for tag in &m.tags {
        vocab::append_normalised(tag, &mut scratch.tags);
    }
    vocab::normalise(&m.title, &mut scratch.words);
    if let Some(d) = &m.description {
        vocab::append_normalised(d, &mut scratch.words);
    }
    let tag_hits: Hits = vocab::scan(&scratch.tags);
    let word_hits: Hits = vocab::scan(&scratch.words);
    let mut subareas = tag_hits.strong_subareas | word_hits.strong_subareas;

    let kind = m.kind.and_then(|k| kind_level(k).map(|l| (k, l)));
    if let Some((_, (_, Some(sub)))) = kind {
        subareas |= sub.bit();
    }
    let inferred = if let Some((k, (level, _))) = kind {
        Some(Inferred {
            level,
            signal: Signal::Kind,
            why: Reason::new(Evidence::Kind(k), Strength::Strong),
        })
    } else if let Some(hit) = tag_hits.strong {
        Some(term_inferred(
            hit,
            &scratch.tags,
            Signal::StrongTag,
            Found::Tag,
        ))
    } else if let Some(hit) = word_hits.strong {
        Some(term_inferred(
            hit,
            &scratch.words,
            Signal::StrongWord,
            Found::Text,
        ))
    } else if let Some(evidence) =
        groups_meet(&scratch.words).or_else(|| groups_meet(&scratch.tags))
    {
        subareas |= Subarea::Encounters.bit();
        Some(Inferred {
            level: Level::Top,
            signal: Signal::GroupsMeet,
            why: Reason::new(evidence, Strength::Strong),
        })
    } else if let Some((level, evidence)) = target_group_level(&m.target_groups, &scratch.words) {
        Some(Inferred {
            level,
            signal: Signal::TargetGroup,
            why: Reason::new(evidence, Strength::Moderate),
        })
    } else if let Some(hit) = tag_hits.weak {
        Some(term_inferred(hit, &scratch.tags, Signal::Tag, Found::Tag))
    } else if let Some(hit) = word_hits.weak {
        Some(term_inferred(
            hit,
            &scratch.words,
            Signal::Word,
            Found::Text,
        ))
    } else if let Some(sector) = sector {
        Some(Inferred {
            level: sector_level(sector),
            signal: Signal::Sector,
            why: Reason::new(Evidence::Sector(sector), Strength::Context),
        })
    } else if let Some(hit) = tag_hits.hint {
        Some(term_inferred(hit, &scratch.tags, Signal::Hint, Found::Tag))
    } else if let Some(hit) = word_hits.hint {
        Some(term_inferred(
            hit,
            &scratch.words,
            Signal::Hint,
            Found::Text,
        ))
    } else {
        objective_context(m, objectives).map(|h| Inferred {
            level: h.level,
            signal: Signal::Objective,
            why: Reason::new(
                Evidence::Objective {
                    id: h.objective.id.clone(),
                    areas: h
                        .objective
                        .area
                        .iter()
                        .copied()
                        .filter(|a| *a != Area::Other)
                        .collect(),
                    written: h.written.clone(),
                },
                Strength::Context,
            ),
        })
    };
    if let Some(Inferred {
        why:
            Reason {
                evidence:
                    Evidence::Term {
                        subarea: Some(sub), ..
                    },
                ..
            },
        ..
    }) = &inferred
    {
        subareas |= sub.bit();
    }
    // The sub-area table's cues (the suggestions' own examples), over the whole text; only a
    // top-level item has sub-areas.
    let top = match (m.level, &inferred) {
        (Some(level), _) => level == Level::Top,
        (None, Some(e)) => e.level == Level::Top,
        (None, None) => false,
    };
    if top {
        subareas = subareas::cue_subareas(&scratch.words, subareas);
        subareas = subareas::cue_subareas(&scratch.tags, subareas);
    }
    Inference { inferred, subareas }
}

fn actor_sector(plan: &Plan, id: &str) -> Option<Sector> {
    plan.actor(id).and_then(|a| a.sector)
}

/// Whether any of these actors is outside the city; unknown ids are skipped.
fn any_non_city<'a>(plan: &Plan, ids: impl IntoIterator<Item = &'a str>) -> bool {
    ids.into_iter()
        .filter_map(|id| plan.actor(id))
        .any(|a| !ActorKind::is_city(a.kind))
}

fn measure<'p>(
    plan: &'p Plan,
    m: &'p Item<Measure>,
    objectives: &Objectives<'_>,
    scratch: &mut Scratch,
) -> Placement<'p> {
    // The measure's sector, else its responsible actor's.
    let sector = m
        .sector
        .or_else(|| m.responsible.as_deref().and_then(|r| actor_sector(plan, r)));
    let inference = infer_measure(m, sector, objectives, scratch);
    let non_city = any_non_city(
        plan,
        m.responsible
            .as_deref()
            .into_iter()
            .chain(m.partners.iter().map(String::as_str)),
    );
    let (level, source, signal, why, contradiction) = match (m.level, inference.inferred) {
        (Some(declared), inferred) => {
            let contradiction = inferred.filter(|e| e.signal.is_strong() && e.level != declared);
            (
                Some(declared),
                Some(Source::Declared),
                Some(Signal::Declared),
                Reason::new(Evidence::Declared(declared), Strength::Declared),
                contradiction,
            )
        }
        (None, Some(e)) => (
            Some(e.level),
            Some(Source::Inferred),
            Some(e.signal),
            e.why,
            None,
        ),
        (None, None) => (
            None,
            None,
            None,
            Reason::unplaced(Evidence::NothingForMeasure),
            None,
        ),
    };
    Placement {
        kind: ItemKind::Measure,
        id: &m.id,
        title: &m.title,
        loc: &m.loc,
        level,
        source,
        signal,
        why,
        contradiction,
        subareas: if level == Some(Level::Top) {
            inference.subareas
        } else {
            0
        },
        responsible: m.responsible.as_deref(),
        partners: &m.partners,
        non_city,
        sector,
        groups: &m.target_groups,
        component: None,
    }
}

fn service<'p>(plan: &'p Plan, s: &'p Item<Service>) -> Placement<'p> {
    let non_city = any_non_city(
        plan,
        s.responsible
            .as_deref()
            .into_iter()
            .chain(s.cooperation.iter().map(String::as_str)),
    );
    Placement {
        kind: ItemKind::Service,
        id: &s.id,
        title: &s.name,
        loc: &s.loc,
        level: Some(Level::Middle),
        source: Some(Source::Inferred),
        signal: Some(Signal::IntegrationProgramme),
        why: Reason::new(Evidence::Service(s.kind), Strength::Strong),
        contradiction: None,
        subareas: 0,
        responsible: s.responsible.as_deref(),
        partners: &s.cooperation,
        non_city,
        sector: s.responsible.as_deref().and_then(|r| actor_sector(plan, r)),
        groups: &s.target_groups,
        component: s.component,
    }
}

/// How a structure kind is placed.
enum StructurePlace {
    At(Level, Option<Subarea>),
    /// Coordination: not on the pyramid.
    Coordination,
    /// Decided by the words; when they say nothing, coordination (`true`) or unplaced.
    ByWords {
        else_coordination: bool,
    },
}

fn structure_place(kind: StructureKind) -> StructurePlace {
    match kind {
        StructureKind::Council | StructureKind::CoDesign | StructureKind::DecisionMakerSession => {
            StructurePlace::At(Level::Middle, None)
        }
        StructureKind::Dialogue => StructurePlace::At(Level::Top, Some(Subarea::Dialogue)),
        StructureKind::CooperationGroup
        | StructureKind::RegionalCooperationGroup
        | StructureKind::GoodRelationsWorkingGroup
        | StructureKind::SteeringGroup => StructurePlace::Coordination,
        StructureKind::WorkingGroup | StructureKind::Network => StructurePlace::ByWords {
            else_coordination: true,
        },
        StructureKind::Other => StructurePlace::ByWords {
            else_coordination: false,
        },
    }
}

fn structure<'p>(plan: &'p Plan, s: &'p Item<Structure>, scratch: &mut Scratch) -> Placement<'p> {
    let non_city = any_non_city(
        plan,
        s.convener
            .as_deref()
            .into_iter()
            .chain(s.members.iter().map(String::as_str)),
    );
    vocab::normalise(&s.name, &mut scratch.words);
    if let Some(mandate) = &s.mandate {
        vocab::append_normalised(mandate, &mut scratch.words);
    }
    if let Some(description) = &s.description {
        vocab::append_normalised(description, &mut scratch.words);
    }
    let hits = vocab::scan(&scratch.words);
    let (level, signal, why, mut subareas) = match structure_place(s.kind) {
        StructurePlace::At(level, sub) => (
            Some(level),
            Some(Signal::StructureKind),
            Reason::new(Evidence::StructureKind(s.kind), Strength::Strong),
            sub.map_or(0, Subarea::bit),
        ),
        StructurePlace::Coordination => (
            None,
            Some(Signal::StructureKind),
            Reason::unplaced(Evidence::Coordination(s.kind)),
            0,
        ),
        StructurePlace::ByWords { else_coordination } => {
            match hits.strong.or(hits.weak).or(hits.hint) {
                Some(hit) => {
                    let signal = match hit.term.weight {
                        vocab::Weight::Strong => Signal::StrongWord,
                        vocab::Weight::Weak => Signal::Word,
                        vocab::Weight::Hint => Signal::Hint,
                    };
                    let e = term_inferred(hit, &scratch.words, signal, Found::Text);
                    let sub = hit.term.subarea.map_or(0, Subarea::bit);
                    (Some(e.level), Some(signal), e.why, sub)
                }
                None if else_coordination => (
                    None,
                    Some(Signal::StructureKind),
                    Reason::unplaced(Evidence::CoordinationByDefault(s.kind)),
                    0,
                ),
                None => (
                    None,
                    None,
                    Reason::unplaced(Evidence::NothingForStructure),
                    0,
                ),
            }
        }
    };
    if level == Some(Level::Top) {
        subareas |= hits.strong_subareas;
        subareas = subareas::cue_subareas(&scratch.words, subareas);
    } else {
        subareas = 0;
    }
    Placement {
        kind: ItemKind::Structure,
        id: &s.id,
        title: &s.name,
        loc: &s.loc,
        level,
        source: level.map(|_| Source::Inferred),
        signal,
        why,
        contradiction: None,
        subareas,
        responsible: s.convener.as_deref(),
        partners: &s.members,
        non_city,
        sector: None,
        groups: &s.groups,
        component: None,
    }
}
