//! Placing items on the pyramid.
//!
//! A measure's declared `level` is used as written. Otherwise the level is inferred from the
//! first of these signals that says anything (docs/pyramid.md has the full tables):
//!
//! 1. `kind`: encounter, dialogue, mediation, hate_crime_response -> top;
//!    targeted_service, anti_discrimination, participatory_structure -> middle;
//!    service_development -> base; other kinds say nothing about the level.
//! 2. a *strong* term of the vocabulary in the `tags`, then in the title or description
//!    (mediation / sovittelu / medling, hate crime / viharikos / hatbrott, dialogue / dialogi,
//!    racism / rasismi, discrimination / syrjintä, mainstreaming / valtavirtaistaminen, ...);
//! 3. `target_groups`: only `all_residents` -> base; only named groups (Roma, Sámi,
//!    immigrants, ...) -> middle; a mix of all residents or the majority population with named
//!    groups says nothing (work *between* groups is not group-specific);
//! 4. a weak term in the `tags`;
//! 5. `sector`: integration_services -> middle, any other sector -> base;
//! 6. a weak term in the title or description.
//!
//! The order was kind, target groups, sector and tags, words. Strong terms are moved
//! up because the guide defines the top level by what a measure *does*: a mediation service
//! that names the groups it mediates between, or a dialogue run by the youth sector, is still
//! top-level work, and the sector alone (which nearly every measure has) would otherwise bury
//! the level the overview most needs to show. Weak words stay last, after the sector.
//!
//! A declared level is checked against the inference: when the deciding signal is strong
//! (kind or a strong term) and points elsewhere, the placement carries a contradiction.

use super::vocab::{self, Hit, Hits};
use super::{Evidence, ItemKind, Level, Placement, Signal, Source, Subarea, words_of};
use crate::model::{
    ActorKind, Item, Measure, MeasureKind, Plan, PopulationGroup, Sector, Service, ServiceKind,
    Structure, StructureKind,
};

/// Reusable text buffers, so that classifying a plan allocates no per-item scratch space.
#[derive(Default)]
struct Scratch {
    tags: String,
    words: String,
}

/// Places every measure, service and structure; returns the placements (measures, services,
/// structures on the pyramid) and the coordination structures kept off it.
pub fn classify(plan: &Plan) -> (Vec<Placement<'_>>, Vec<Placement<'_>>) {
    let mut scratch = Scratch::default();
    let mut placements =
        Vec::with_capacity(plan.measures.len() + plan.services.len() + plan.structures.len());
    let mut coordination = Vec::new();
    for m in &plan.measures {
        placements.push(measure(plan, m, &mut scratch));
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

/// The level the target groups imply: only all residents -> base; only named groups ->
/// middle; anything else (a mix, or the majority population alone) -> nothing.
pub fn target_group_level(groups: &[PopulationGroup]) -> Option<(Level, String)> {
    let named = groups.iter().find(|g| !is_general(**g));
    let all = groups.contains(&PopulationGroup::AllResidents);
    let general = groups.iter().any(|g| is_general(*g));
    match (named, general) {
        (Some(g), false) => Some((Level::Middle, format!("target group: {}", words_of(g)))),
        (None, true) if all => Some((Level::Base, "target group: all residents".to_owned())),
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

fn word_evidence(hit: Hit, text: &str, signal: Signal, what: &str) -> Evidence {
    let because = match hit.term.subarea {
        Some(sub) => format!("{what} \"{}\" ({})", hit.words(text), sub.describe()),
        None => format!("{what} \"{}\"", hit.words(text)),
    };
    Evidence {
        level: hit.term.level,
        signal,
        because,
    }
}

/// What inference found for one measure: the deciding evidence and the top sub-areas.
struct Inference {
    evidence: Option<Evidence>,
    subareas: u8,
}

fn infer_measure(m: &Measure, sector: Option<Sector>, scratch: &mut Scratch) -> Inference {
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
    let evidence = if let Some((k, (level, _))) = kind {
        Some(Evidence {
            level,
            signal: Signal::Kind,
            because: format!("kind: {}", words_of(&k)),
        })
    } else if let Some(hit) = tag_hits.strong {
        Some(word_evidence(hit, &scratch.tags, Signal::StrongTag, "tag"))
    } else if let Some(hit) = word_hits.strong {
        Some(word_evidence(
            hit,
            &scratch.words,
            Signal::StrongWord,
            "word",
        ))
    } else if let Some((level, because)) = target_group_level(&m.target_groups) {
        Some(Evidence {
            level,
            signal: Signal::TargetGroup,
            because,
        })
    } else if let Some(hit) = tag_hits.weak {
        if let Some(sub) = hit.term.subarea {
            subareas |= sub.bit();
        }
        Some(word_evidence(hit, &scratch.tags, Signal::Tag, "tag"))
    } else if let Some(sector) = sector {
        Some(Evidence {
            level: sector_level(sector),
            signal: Signal::Sector,
            because: format!("sector: {}", words_of(&sector)),
        })
    } else if let Some(hit) = word_hits.weak {
        if let Some(sub) = hit.term.subarea {
            subareas |= sub.bit();
        }
        Some(word_evidence(hit, &scratch.words, Signal::Word, "word"))
    } else {
        None
    };
    Inference { evidence, subareas }
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

fn measure<'p>(plan: &'p Plan, m: &'p Item<Measure>, scratch: &mut Scratch) -> Placement<'p> {
    // The measure's sector, else its responsible actor's.
    let sector = m
        .sector
        .or_else(|| m.responsible.as_deref().and_then(|r| actor_sector(plan, r)));
    let inference = infer_measure(m, sector, scratch);
    let non_city = any_non_city(
        plan,
        m.responsible
            .as_deref()
            .into_iter()
            .chain(m.partners.iter().map(String::as_str)),
    );
    let (level, source, signal, because, contradiction) = match (m.level, inference.evidence) {
        (Some(declared), evidence) => {
            let contradiction = evidence.filter(|e| e.signal.is_strong() && e.level != declared);
            (
                Some(declared),
                Some(Source::Declared),
                Some(Signal::Declared),
                format!("declared: level {}", super::level_key(declared)),
                contradiction,
            )
        }
        (None, Some(e)) => (
            Some(e.level),
            Some(Source::Inferred),
            Some(e.signal),
            e.because,
            None,
        ),
        (None, None) => (
            None,
            None,
            None,
            "nothing to place it by: no level, kind, target group, tag, sector or keyword"
                .to_owned(),
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
        because,
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
        because: match s.kind {
            ServiceKind::Programme => "integration programme service",
            ServiceKind::Interpreting => "interpreting service supporting the programme",
            ServiceKind::Reception => "refugee reception service",
        }
        .to_owned(),
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
    At(Level, Option<Subarea>, &'static str),
    /// Coordination: not on the pyramid.
    Coordination,
    /// Decided by the words; when they say nothing, coordination (`true`) or unplaced.
    ByWords {
        else_coordination: bool,
    },
}

fn structure_place(kind: StructureKind) -> StructurePlace {
    match kind {
        StructureKind::Council => StructurePlace::At(
            Level::Middle,
            None,
            "council for a specific group (participatory structure)",
        ),
        StructureKind::CoDesign => {
            StructurePlace::At(Level::Middle, None, "co-design (participatory structure)")
        }
        StructureKind::DecisionMakerSession => StructurePlace::At(
            Level::Middle,
            None,
            "decision-maker session (participatory structure)",
        ),
        StructureKind::Dialogue => StructurePlace::At(
            Level::Top,
            Some(Subarea::Dialogue),
            "structure kind: dialogue",
        ),
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
    let hits = vocab::scan(&scratch.words);
    let kind_words = words_of(&s.kind);
    let (level, signal, because, mut subareas) = match structure_place(s.kind) {
        StructurePlace::At(level, sub, why) => (
            Some(level),
            Some(Signal::StructureKind),
            why.to_owned(),
            sub.map_or(0, Subarea::bit),
        ),
        StructurePlace::Coordination => (
            None,
            Some(Signal::StructureKind),
            format!("{kind_words}: coordinates the work on every level, not placed on one"),
            0,
        ),
        StructurePlace::ByWords { else_coordination } => match hits.strong.or(hits.weak) {
            Some(hit) => {
                let signal = if hit.term.strong {
                    Signal::StrongWord
                } else {
                    Signal::Word
                };
                let e = word_evidence(hit, &scratch.words, signal, "word");
                let sub = hit.term.subarea.map_or(0, Subarea::bit);
                (Some(e.level), Some(signal), e.because, sub)
            }
            None if else_coordination => (
                None,
                Some(Signal::StructureKind),
                format!(
                    "{kind_words} without words placing it: treated as coordination, not placed"
                ),
                0,
            ),
            None => (
                None,
                None,
                "nothing to place it by: structure kind `other` and no keyword in its name or mandate"
                    .to_owned(),
                0,
            ),
        },
    };
    if level == Some(Level::Top) {
        subareas |= hits.strong_subareas;
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
        because,
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
