//! Placing items on the pyramid.
//!
//! A measure's declared `level` is used as written. Otherwise the level is inferred from the
//! first of these kinds of evidence that says anything, strongest first, read as a reviewer of
//! the guide reads a measure: what it does, and in which general service, before whom it names
//! (docs/pyramid.md has the full order, the word tables and real examples):
//!
//! 1. `kind` (strong).
//! 2. a strong term in the `tags` (strong).
//! 3. the title read strongly, then title and description together (`read_strongly`):
//!    hate crime (from the term, or from an incident beside a word of racism) and mediation
//!    -> top; a dialogue -> top when it is between groups, but a dialogue about everyday
//!    safety is the base, a council's dialogue stays in the middle, and a dialogue with the
//!    authority is participation (of a named group the middle, of residents at large the
//!    base); an encounter, or a word of meeting or of a shared event next to words naming two
//!    groups however they are named (or a word of togetherness beside newcomers and the
//!    majority) -> top, unless what happens is language practice or another targeted service
//!    (middle); anti-racism and the councils of a group -> middle; mainstreaming -> base (all
//!    strong).
//! 4. an encounter between groups named in the tags (strong).
//! 5. `target_groups` (moderate); an age group alone says nothing without a word of need.
//! 6. a weak term in the tags (weak).
//! 7. the text read weakly (`read_weakly`): tension or an intergroup word -> top; a service
//!    open to everyone -> base (unless it is a targeted service or "all" is followed by
//!    newcomers); a general service fitted to its users' needs -> base; whom it serves or
//!    language practice -> middle; a general practice (recruitment, planning, safety,
//!    interpreting in an ordinary service) -> base; a specific situation or need -> middle
//!    (weak). Equality as an aim names no level.
//! 8. the sector's usual level (context).
//! 9. a general service named in the text, nothing about what is done in it -> base (context).
//! 10. a hint word of meeting alone (weak) -> top.
//! 11. the statement of an objective the measure serves (context).
//!
//! A placement on a weak word or on context alone is *uncertain* (`Placement::uncertain`):
//! the views mark it `?`, and the gap report builds no "missing" claim on it alone.
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
    /// The title alone: what the measure is called decides before what its description adds.
    title: String,
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
            let hint = hits
                .best_strong()
                .or(hits.best_weak())
                .map(|hit| ObjectiveHint {
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

/// An encounter between groups: a word of meeting and words naming two groups, or a word of
/// doing things together (of building bridges) and newcomers and the majority, or two
/// generations, named side by side.
fn groups_meet(text: &str) -> Option<Evidence> {
    if let Some(meet) =
        vocab::meeting(text).or_else(|| vocab::find_any(text, vocab::Table::Event).map(|(_, w)| w))
    {
        let mix = groups_named(text)?;
        return Some(Evidence::GroupsMeet { meet, mix });
    }
    // "Together" is weaker than "meet": pupils of all backgrounds learning together is the
    // school's general work (the base); newcomers and the majority brought together is an
    // encounter.
    let (_, meet) = vocab::find_any(text, vocab::Table::Together)?;
    let mix = vocab::two_groups(text)?;
    Some(Evidence::GroupsMeet { meet, mix })
}

/// Words naming two groups together: a phrase of the `MIX` table, "different" followed by a
/// kind of group ("young people from different ethnic communities"), or two groups named
/// side by side however they are called ("refugees and Danes", "äldre, unga och nyanlända").
fn groups_named(text: &str) -> Option<String> {
    vocab::find_any(text, vocab::Table::Mix)
        .map(|(_, written)| written)
        .or_else(|| vocab::different_groups(text))
        .or_else(|| vocab::two_groups(text))
}

/// A word of the text found through a word table, as weak evidence at `level`.
fn table_word(text: &str, table: vocab::Table, level: Level) -> Option<Inferred> {
    table_evidence(text, table, level, Strength::Weak)
}

fn table_evidence(
    text: &str,
    table: vocab::Table,
    level: Level,
    strength: Strength,
) -> Option<Inferred> {
    let (_, written) = vocab::find_any(text, table)?;
    Some(Inferred {
        level,
        signal: Signal::Word,
        why: Reason::new(
            Evidence::Term {
                found: Found::Text,
                written,
                subarea: None,
            },
            strength,
        ),
    })
}

/// What a text says strongly, read as a reviewer of the guide reads it: what is done outranks
/// whom it names. Hate crime (from the term or from what happened) and mediation are the top;
/// a dialogue is the top when it is between groups, but a dialogue with the authority or about
/// everyday safety is participation or the base, and a council stays in the middle unless faith
/// communities or tensions make its dialogue one between groups; an encounter between groups
/// is the top unless what happens is language practice; then anti-racism and councils (the
/// middle) and mainstreaming (the base). `None` when the text says nothing strong.
fn read_strongly(text: &str, hits: &Hits, whole: &str) -> Option<Inferred> {
    use vocab::Table;
    let term = |hit: Hit| term_inferred(hit, text, Signal::StrongWord, Found::Text);
    if let Some(e) = racist_incident(text).or_else(|| reception_meeting(text)) {
        return Some(e);
    }
    if let Some(hit) = hits.strong_at(Level::Top) {
        match hit.term.subarea {
            Some(Subarea::Dialogue) => {
                // The title may name the dialogue and the description say with whom and how.
                // Newcomer families in dialogue with the school or another general service:
                // home–service contact, as with the authority, not a dialogue between groups.
                let participation = vocab::has(whole, Table::Authority)
                    || (vocab::has(whole, Table::Service)
                        && vocab::has(whole, Table::Newcomers)
                        && !vocab::has(whole, Table::Faith));
                let between_groups = (vocab::has(whole, Table::Faith)
                    && !vocab::has(whole, Table::Safety))
                    || (groups_named(whole).is_some() && !participation)
                    || hits
                        .weak_at(Level::Top)
                        .is_some_and(|h| h.term.subarea == Some(Subarea::Mediation));
                if !between_groups && !vocab::has(whole, Table::Facilitated) {
                    if vocab::has(whole, Table::Safety) {
                        return table_word(whole, Table::Safety, Level::Base);
                    }
                    // A council's dialogue café made "a meeting place between immigrants and
                    // local people": its recorded work is an encounter.
                    if let Some(e) = read_encounter(whole).filter(|e| e.level == Level::Top) {
                        return Some(e);
                    }
                    if let Some(council) = hits.strong_at(Level::Middle) {
                        return Some(term(council));
                    }
                    if participation {
                        // Residents or associations in dialogue with the city: participation.
                        // Of a named group it is the middle (what the text says of the group
                        // decides, later); of residents at large, general policy (the base).
                        if let Some(e) =
                            read_encounter(text).or_else(|| hits.strong_at(Level::Base).map(term))
                        {
                            return Some(e);
                        }
                        let named_group = vocab::scan(whole).weak_at(Level::Middle).is_some()
                            || vocab::has(whole, Table::Need);
                        return if named_group {
                            None
                        } else {
                            table_word(whole, Table::Authority, Level::Base)
                        };
                    }
                    if vocab::has(whole, Table::Service) {
                        // With the authority or a general service (home and school):
                        // participation, not dialogue between groups; what else the text
                        // says decides.
                        return read_encounter(text)
                            .or_else(|| hits.strong_at(Level::Base).map(term));
                    }
                }
                return Some(term(hit));
            }
            Some(Subarea::Encounters) => {
                if vocab::has(whole, Table::Learn) {
                    return table_word(whole, Table::Learn, Level::Middle);
                }
                return Some(term(hit));
            }
            _ => return Some(term(hit)),
        }
    }
    read_encounter(text)
        .or_else(|| hits.strong_at(Level::Middle).map(term))
        .or_else(|| council_of_newcomers(text))
        .or_else(|| hits.strong_at(Level::Base).map(term))
}

/// A council, forum or board for newcomers, named by whom it is for rather than by one of
/// the council names of the vocabulary: a participatory structure of a group (the middle).
fn council_of_newcomers(text: &str) -> Option<Inferred> {
    let written = vocab::council_of_newcomers(text)?;
    Some(Inferred {
        level: Level::Middle,
        signal: Signal::StrongWord,
        why: Reason::new(
            Evidence::Term {
                found: Found::Text,
                written,
                subarea: None,
            },
            Strength::Strong,
        ),
    })
}

/// Strong evidence of the top level, from words of the text read together.
fn top_words(written: String, subarea: Subarea) -> Inferred {
    Inferred {
        level: Level::Top,
        signal: Signal::StrongWord,
        why: Reason::new(
            Evidence::Term {
                found: Found::Text,
                written,
                subarea: Some(subarea),
            },
            Strength::Strong,
        ),
    }
}

/// A response to a hate crime recognised from what happened: a word of an incident (graffiti,
/// threats, an assault, a crime report) with a word of racism ("racist graffiti was removed
/// and reported to the police").
fn racist_incident(text: &str) -> Option<Inferred> {
    use vocab::Table;
    let (_, incident) = vocab::find_any(text, Table::Incident)?;
    let (_, racist) = vocab::find_any(text, Table::Racist)?;
    Some(top_words(
        format!("{racist} … {incident}"),
        Subarea::HateCrimeResponse,
    ))
}

/// A public meeting about a reception centre ("folkemøte om asylmottak", "an information
/// meeting about the reception centre"): the residents' concerns heard and answered before
/// they turn against the newcomers, a dialogue over a tension; or one after an act of
/// violence ("turvallisuusilta väkivallanteon jälkeen"), the handling of a confrontation.
fn reception_meeting(text: &str) -> Option<Inferred> {
    use vocab::Table;
    let (_, meeting) = vocab::find_any(text, Table::PublicMeeting)?;
    let (about, subarea) = vocab::find_any(text, Table::Reception)
        .map(|(_, w)| (w, Subarea::Dialogue))
        .or_else(|| vocab::find_any(text, Table::Incident).map(|(_, w)| (w, Subarea::Mediation)))?;
    Some(top_words(format!("{meeting} … {about}"), subarea))
}

/// An encounter between groups, however the groups are named; when what happens there is
/// language practice, a service for learners (the middle).
fn read_encounter(text: &str) -> Option<Inferred> {
    if let Some((_, written)) = vocab::find_any(text, vocab::Table::Pairing) {
        // A befriending scheme pairs newcomers with established residents: an encounter.
        return Some(top_words(written, Subarea::Encounters));
    }
    let evidence = groups_meet(text).or_else(|| {
        // A festival or evening of many cultures, open to the town: an encounter.
        vocab::diverse_event(text).map(|written| Evidence::Term {
            found: Found::Text,
            written,
            subarea: Some(Subarea::Encounters),
        })
    })?;
    if vocab::has(text, vocab::Table::Plan) {
        // A plan that lists bringing groups together among its strategies is a plan for its
        // field: what else it says decides.
        return None;
    }
    if vocab::has(text, vocab::Table::Learn) {
        return table_word(text, vocab::Table::Learn, Level::Middle);
    }
    if vocab::has(text, vocab::Table::Targeted) {
        // Language training or civic orientation where learners meet the language and its
        // speakers: a targeted service.
        return table_word(text, vocab::Table::Targeted, Level::Middle);
    }
    Some(Inferred {
        level: Level::Top,
        signal: Signal::GroupsMeet,
        why: Reason::new(evidence, Strength::Strong),
    })
}

/// What a text says weakly: a tension or an intergroup word (the top); a service open to
/// everyone (the base, even when it names newcomers among its users, unless what it offers is
/// language practice or another targeted service); a general service fitted to its users'
/// needs (the base); whom it serves or language practice (the middle); a general practice (the
/// base); a specific situation or need (the middle), in that order. Equality as an aim names no
/// level.
fn read_weakly(text: &str, hits: &Hits) -> Option<Inferred> {
    use vocab::Table;
    let word = |hit: Hit| term_inferred(hit, text, Signal::Word, Found::Text);
    let universal = || {
        if vocab::has(text, Table::Learn)
            || vocab::has(text, Table::Targeted)
            || hits.strong_at(Level::Middle).is_some()
        {
            return None;
        }
        // "for all newly arrived refugees" is for a group: the words after "all" decide.
        let found = vocab::locate(text, Table::Universal)?;
        let after: String = text
            .get(found.end..)
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let mut buf = String::new();
        vocab::normalise(&after, &mut buf);
        if vocab::has(&buf, Table::Newcomers) {
            return None;
        }
        table_word(text, Table::Universal, Level::Base)
    };
    // A general service developed or adapted for a diverse population: mainstreaming.
    let adapted = || {
        if vocab::has(text, Table::Learn) || vocab::has(text, Table::Targeted) {
            return None;
        }
        // The reason names both: the service and the words fitting it.
        let (_, service) = vocab::find_any(text, Table::Service)?;
        let (_, fit) = vocab::find_any(text, Table::Adapt)?;
        Some(Inferred {
            level: Level::Base,
            signal: Signal::Word,
            why: Reason::new(
                Evidence::Term {
                    found: Found::Text,
                    written: format!("{service} … {fit}"),
                    subarea: None,
                },
                Strength::Weak,
            ),
        })
    };
    // A discussion event the city holds with a group is participation, as a dialogue with the
    // authority is when it is said strongly.
    let participation = |hit: &Hit| {
        hit.term.subarea == Some(Subarea::Dialogue) && vocab::has(text, Table::Authority)
    };
    hits.weak_at(Level::Top)
        .filter(|hit| !participation(hit))
        .map(word)
        .or_else(universal)
        .or_else(adapted)
        .or_else(|| hits.weak_at(Level::Middle).map(word))
        .or_else(|| table_word(text, vocab::Table::Learn, Level::Middle))
        .or_else(|| hits.weak_at(Level::Base).map(word))
        // A specific situation or need (at risk, not in education): a group the guide names.
        .or_else(|| table_word(text, vocab::Table::Need, Level::Middle))
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
    vocab::normalise(&m.title, &mut scratch.title);
    scratch.words.clear();
    scratch.words.push_str(&scratch.title);
    if let Some(d) = &m.description {
        vocab::append_normalised(d, &mut scratch.words);
    }
    let tag_hits: Hits = vocab::scan(&scratch.tags);
    let title_hits: Hits = vocab::scan(&scratch.title);
    let word_hits: Hits = vocab::scan(&scratch.words);
    let mut subareas = tag_hits.strong_subareas | word_hits.strong_subareas;

    let kind = m.kind.and_then(|k| kind_level(k).map(|l| (k, l)));
    if let Some((_, (_, Some(sub)))) = kind {
        subareas |= sub.bit();
    }
    let with_description = m.description.is_some();
    let inferred = if let Some((k, (level, _))) = kind {
        Some(Inferred {
            level,
            signal: Signal::Kind,
            why: Reason::new(Evidence::Kind(k), Strength::Strong),
        })
    } else if let Some(hit) = tag_hits.best_strong() {
        Some(term_inferred(
            hit,
            &scratch.tags,
            Signal::StrongTag,
            Found::Tag,
        ))
    } else if let Some(e) =
        read_strongly(&scratch.title, &title_hits, &scratch.words).or_else(|| {
            with_description
                .then(|| read_strongly(&scratch.words, &word_hits, &scratch.words))
                .flatten()
        })
    {
        Some(e)
    } else if let Some(evidence) = groups_meet(&scratch.tags) {
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
    } else if let Some(hit) = tag_hits.best_weak() {
        Some(term_inferred(hit, &scratch.tags, Signal::Tag, Found::Tag))
    } else if let Some(e) = read_weakly(&scratch.words, &word_hits) {
        Some(e)
    } else if let Some(sector) = sector {
        Some(Inferred {
            level: sector_level(sector),
            signal: Signal::Sector,
            why: Reason::new(Evidence::Sector(sector), Strength::Context),
        })
    } else if let Some(e) = table_evidence(
        &scratch.words,
        vocab::Table::Service,
        Level::Base,
        Strength::Context,
    ) {
        // The text names a general service and nothing about what the measure does in it:
        // the sector's usual level, as context.
        Some(e)
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
        // Judged only where it matters: a sub-area rests on it.
        described: level != Some(Level::Top) || says_what_is_done(m),
        responsible: m.responsible.as_deref(),
        partners: &m.partners,
        non_city,
        sector,
        groups: &m.target_groups,
        component: None,
    }
}

/// Whether a measure says what is done: a written description, or a title of at least two
/// words ("Naapurustosovittelu taloyhtiöissä", "Peer mediation at the school"). A one-word
/// title ("Sovittelu", "Dialogi") only names a kind of work.
fn says_what_is_done(m: &Measure) -> bool {
    use crate::model::written::judge;
    let own = [m.id.as_str(), m.title.as_str()];
    m.description
        .as_deref()
        .is_some_and(|d| judge(d, &own).is_none())
        || (m.title.split_whitespace().count() >= 2 && judge(&m.title, &[&m.id]).is_none())
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
        described: true,
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
            match hits.best_strong().or(hits.best_weak()).or(hits.hint) {
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
        described: true,
        responsible: s.convener.as_deref(),
        partners: &s.members,
        non_city,
        sector: None,
        groups: &s.groups,
        component: None,
    }
}
