//! Questions several analyses ask of the plan (a rule family, the checklist, a view), kept
//! with the model so that no rule file borrows them from another.

use super::{Area, Component, Indicator, Plan};
use crate::i18n::Message;
use crate::msg;

impl Plan {
    /// The indicators IA014 reports: for each objective whose indicators all lack a baseline or
    /// a target, its first indicator, with the objectives it leaves unmeasured (grouped, so one
    /// hollow indicator is one finding). Objectives with a dangling reference are left to the
    /// reference check.
    pub fn hollow_indicators(&self) -> Vec<(&str, Vec<&str>)> {
        let mut hollow: Vec<(&str, Vec<&str>)> = Vec::new();
        for o in &self.objectives {
            let found: Vec<_> = o
                .indicators
                .iter()
                .filter_map(|i| self.indicator(i))
                .collect();
            if o.indicators.is_empty() || found.len() < o.indicators.len() {
                continue;
            }
            if let Some(first) = found.first()
                && !found.iter().any(|i| measures_progress(i))
            {
                match hollow.iter_mut().find(|h| h.0 == first.id) {
                    Some(h) => h.1.push(&o.id),
                    None => hollow.push((&first.id, vec![&o.id])),
                }
            }
        }
        hollow
    }
}

/// Whether an indicator can measure progress: it has a starting value and a target.
fn measures_progress(i: &Indicator) -> bool {
    i.baseline.is_some() && i.target.is_some()
}

impl Component {
    /// The stable key of a component (its spelling in the plan format).
    pub fn key(self) -> &'static str {
        match self {
            Component::NeedsAssessment => "needs_assessment",
            Component::IntegrationPlan => "integration_plan",
            Component::CivicOrientation => "civic_orientation",
            Component::IntegrationTraining => "integration_training",
            Component::SkillsAndEmployment => "skills_and_employment",
            Component::GuidanceAndCounselling => "guidance_and_counselling",
        }
    }

    /// The component in the words of the Act (findings and the checklist), in the reader's
    /// language.
    pub fn name(self) -> Message {
        msg!("ia-component", key = self.key())
    }
}

impl Area {
    /// A planning area in the words of the Act (findings and the checklist).
    pub fn name(self) -> Message {
        msg!("ia-area", key = crate::i18n::Term::key(&self))
    }
}
