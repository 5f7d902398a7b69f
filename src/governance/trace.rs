//! The identification -> recognition -> action trace (the Beqiri model of facilitated
//! information flow, CoE-MLG Part II): every consultation's needs followed to where they
//! were recognised (a structure or decision-maker session) and to the measures that answer
//! them. This is the one place that logic lives; rules and the `governance --trace` view
//! both read it.

use crate::finding::Location;
use crate::load::node::Seg;
use crate::model::{Consultation, Item, Measure, Need, Plan, PopulationGroup, Status, Structure};

use super::languages;

/// Where a need has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeedState {
    /// At least one measure that is not dropped answers it.
    Answered,
    /// Measures answered it, but every one of them has been dropped.
    OnlyDropped,
    /// No measure answers it: it ends at identification.
    Unanswered,
}

impl NeedState {
    pub fn key(self) -> &'static str {
        match self {
            NeedState::Answered => "answered",
            NeedState::OnlyDropped => "only_dropped",
            NeedState::Unanswered => "unanswered",
        }
    }
}

/// One need of a consultation and the measures answering it.
#[derive(Debug)]
pub struct NeedTrace<'a> {
    /// Its position in the consultation's `needs`.
    pub index: usize,
    pub need: &'a Need,
    pub answered_by: Vec<&'a Item<Measure>>,
    pub state: NeedState,
    /// The need's own line (its entry in `needs`).
    pub location: Location,
}

/// Whether a consultation gave language minorities their own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageProvision {
    /// It heard no language minority.
    NotNeeded,
    /// It heard language minorities and was held (also) in these non-official languages.
    Provided(Vec<String>),
    /// It heard this language-minority group but recorded no language of its own for it.
    Missing(PopulationGroup),
}

/// Where a consultation's results were recognised.
#[derive(Debug)]
pub struct Recognition<'a> {
    pub id: &'a str,
    /// The structure, when the id names one.
    pub structure: Option<&'a Item<Structure>>,
}

/// One consultation followed through.
#[derive(Debug)]
pub struct ConsultationTrace<'a> {
    pub consultation: &'a Item<Consultation>,
    pub recognised_in: Vec<Recognition<'a>>,
    pub language: LanguageProvision,
    pub needs: Vec<NeedTrace<'a>>,
}

/// The whole trace.
#[derive(Debug)]
pub struct Trace<'a> {
    pub consultations: Vec<ConsultationTrace<'a>>,
    /// Measures (not dropped) that answer no consultation need.
    pub measures_citing_no_need: Vec<&'a Item<Measure>>,
}

impl<'a> Trace<'a> {
    /// Every need with the consultation it came from.
    pub fn needs(&self) -> impl Iterator<Item = (&ConsultationTrace<'a>, &NeedTrace<'a>)> {
        self.consultations
            .iter()
            .flat_map(|c| c.needs.iter().map(move |n| (c, n)))
    }

    /// Needs no measure answers (they end at identification).
    pub fn unanswered(&self) -> impl Iterator<Item = (&ConsultationTrace<'a>, &NeedTrace<'a>)> {
        self.needs()
            .filter(|(_, n)| n.state == NeedState::Unanswered)
    }

    /// Whether the plan records any consultation need at all.
    pub fn has_needs(&self) -> bool {
        self.consultations.iter().any(|c| !c.needs.is_empty())
    }
}

/// Where a need is written: its entry in the consultation's `needs`.
pub fn need_location(plan: &Plan, consultation: &Item<Consultation>, index: usize) -> Location {
    plan.locate(
        &consultation.loc,
        &[Seg::Key("needs".into()), Seg::Index(index)],
    )
}

/// Follows every consultation of the plan.
pub fn trace(plan: &Plan) -> Trace<'_> {
    let official = languages::official(plan);
    let consultations = plan
        .consultations
        .iter()
        .map(|c| ConsultationTrace {
            consultation: c,
            recognised_in: c
                .recognised_in
                .iter()
                .map(|id| Recognition {
                    id,
                    structure: plan.structure(id),
                })
                .collect(),
            language: language_provision(c, &official),
            needs: c
                .needs
                .iter()
                .enumerate()
                .map(|(index, need)| {
                    let answered_by: Vec<&Item<Measure>> = plan
                        .measures
                        .iter()
                        .filter(|m| m.answers.contains(&need.id))
                        .collect();
                    let state = if answered_by.is_empty() {
                        NeedState::Unanswered
                    } else if answered_by
                        .iter()
                        .all(|m| m.status == Some(Status::Dropped))
                    {
                        NeedState::OnlyDropped
                    } else {
                        NeedState::Answered
                    };
                    NeedTrace {
                        index,
                        need,
                        answered_by,
                        state,
                        location: need_location(plan, c, index),
                    }
                })
                .collect(),
        })
        .collect();
    let measures_citing_no_need = plan
        .measures
        .iter()
        .filter(|m| m.answers.is_empty() && m.status != Some(Status::Dropped))
        .collect();
    Trace {
        consultations,
        measures_citing_no_need,
    }
}

/// Whether the consultation heard language minorities in a language of their own.
pub fn language_provision(c: &Consultation, official: &[String]) -> LanguageProvision {
    let minorities: Vec<PopulationGroup> = c
        .groups
        .iter()
        .copied()
        .filter(|g| languages::is_language_minority(*g, official))
        .collect();
    if minorities.is_empty() {
        return LanguageProvision::NotNeeded;
    }
    if let Some(group) = minorities
        .iter()
        .copied()
        .find(|g| !languages::provides_for(*g, &c.languages, official))
    {
        return LanguageProvision::Missing(group);
    }
    LanguageProvision::Provided(
        languages::beyond_official(&c.languages, official)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    )
}
