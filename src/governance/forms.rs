//! Sitra's six forms of governance participation (CoE-MLG Part III, "Forms of governance
//! participation") counted across the plan's structures and measures, and whether
//! information participation reaches residents beyond the official languages.

use crate::i18n::Message;
use crate::i18n::Term;
use crate::model::{Item, Measure, ParticipationForm, Plan, Structure};

use super::languages;

/// The six forms in the guide's order.
pub const FORMS: [ParticipationForm; 6] = [
    ParticipationForm::Information,
    ParticipationForm::Initiation,
    ParticipationForm::Planning,
    ParticipationForm::DecisionMaking,
    ParticipationForm::Implementation,
    ParticipationForm::Evaluation,
];

pub fn form_key(form: ParticipationForm) -> &'static str {
    match form {
        ParticipationForm::Information => "information",
        ParticipationForm::Initiation => "initiation",
        ParticipationForm::Planning => "planning",
        ParticipationForm::DecisionMaking => "decision_making",
        ParticipationForm::Implementation => "implementation",
        ParticipationForm::Evaluation => "evaluation",
    }
}

/// A participation form as the governance view and messages name it ("decision-making").
pub fn form_name(form: ParticipationForm) -> Message {
    form.term()
}

/// The structures and measures that offer one form.
#[derive(Debug)]
pub struct FormCount<'a> {
    pub form: ParticipationForm,
    pub structures: Vec<&'a Item<Structure>>,
    pub measures: Vec<&'a Item<Measure>>,
}

impl FormCount<'_> {
    pub fn total(&self) -> usize {
        self.structures.len() + self.measures.len()
    }
}

/// Counts each of the six forms.
pub fn count(plan: &Plan) -> Vec<FormCount<'_>> {
    FORMS
        .iter()
        .map(|&form| FormCount {
            form,
            structures: plan
                .structures
                .iter()
                .filter(|s| s.participation.contains(&form))
                .collect(),
            measures: plan
                .measures
                .iter()
                .filter(|m| m.participation.contains(&form))
                .collect(),
        })
        .collect()
}

/// Whether any structure or measure records a participation form.
pub fn any_recorded(plan: &Plan) -> bool {
    plan.structures.iter().any(|s| !s.participation.is_empty())
        || plan.measures.iter().any(|m| !m.participation.is_empty())
}

/// A structure or measure offering information participation, with the languages beyond
/// the official ones it reaches residents in (empty: official languages only, or none
/// recorded).
#[derive(Debug)]
pub enum InformationItem<'a> {
    Structure(&'a Item<Structure>, Vec<&'a str>),
    Measure(&'a Item<Measure>, Vec<&'a str>),
}

impl InformationItem<'_> {
    pub fn beyond_official(&self) -> &[&str] {
        match self {
            InformationItem::Structure(_, l) | InformationItem::Measure(_, l) => l,
        }
    }
}

/// Every structure and measure that offers information participation.
pub fn information_items(plan: &Plan) -> Vec<InformationItem<'_>> {
    let official = languages::official(plan);
    let mut out = Vec::new();
    for s in &plan.structures {
        if s.participation.contains(&ParticipationForm::Information) {
            out.push(InformationItem::Structure(
                s,
                languages::beyond_official(&s.languages, &official),
            ));
        }
    }
    for m in &plan.measures {
        if m.participation.contains(&ParticipationForm::Information) {
            out.push(InformationItem::Measure(
                m,
                languages::beyond_official(&m.languages, &official),
            ));
        }
    }
    out
}
