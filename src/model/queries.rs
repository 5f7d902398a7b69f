//! Questions several analyses ask of the plan (a rule family, the checklist, a view), kept
//! with the model so that no rule file borrows them from another.

use super::date::Date;
use super::{
    ActorKind, Area, Component, Consultation, Item, ParticipationForm, Plan, PopulationGroup,
    ReportContents, Structure,
};
use crate::i18n::{Message, Term};
use crate::msg;

/// The organisation an actor belongs to. The municipality's own units and decision-makers
/// are one organisation; a municipality has one wellbeing services county, one Kela, one
/// police department, one employment authority, one ELY Centre / vitality centre, one AVI
/// and one regional council, so two actors of one of those kinds are units of one
/// organisation; any other actor (an NGO, a school, a company, a ministry) is its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Organisation<'a> {
    Municipality,
    OfKind(ActorKind),
    Own(&'a str),
}

impl ActorKind {
    /// Whether a municipality has one organisation of this kind, however many of its units
    /// the plan lists.
    fn one_per_municipality(self) -> bool {
        matches!(
            self,
            ActorKind::WellbeingServicesCounty
                | ActorKind::Kela
                | ActorKind::Police
                | ActorKind::EmploymentAuthority
                | ActorKind::ElyCentre
                | ActorKind::VitalityCentre
                | ActorKind::Avi
                | ActorKind::RegionalCouncil
        )
    }

    /// The organisation an actor of this kind belongs to, `id` naming it when it is its own.
    pub fn organisation(self, id: &str) -> Organisation<'_> {
        match self {
            k if k.is_city() => Organisation::Municipality,
            // The vitality centre took over the ELY Centre's integration tasks.
            ActorKind::ElyCentre => Organisation::OfKind(ActorKind::VitalityCentre),
            k if k.one_per_municipality() => Organisation::OfKind(k),
            _ => Organisation::Own(id),
        }
    }
}

impl Plan {
    /// The organisation of the actor `id`; `None` for an id that names no actor.
    pub fn organisation<'a>(&'a self, id: &'a str) -> Option<Organisation<'a>> {
        self.actor(id).map(|a| a.kind.organisation(&a.id))
    }

    /// Whether `partner` belongs to another organisation than `responsible` (any actor
    /// does, when no responsible party is named). An id that names no actor is the reference
    /// check's finding (PLAN006) and is given the benefit of the doubt here.
    pub fn another_organisation(&self, responsible: Option<&str>, partner: &str) -> bool {
        if responsible == Some(partner) {
            return false;
        }
        match (
            responsible.and_then(|r| self.organisation(r)),
            self.organisation(partner),
        ) {
            (_, None) => true,
            (None, Some(_)) => true,
            (Some(a), Some(b)) => a != b,
        }
    }

    /// Whether a partner the plan describes by its kind only ("local associations") belongs
    /// to another organisation than `responsible`: unless its kind puts it in the same one
    /// (the municipality's units for a municipal party, the county's for the county).
    pub fn described_is_another(&self, responsible: Option<&str>, kind: ActorKind) -> bool {
        let theirs = responsible.and_then(|r| self.organisation(r));
        theirs.is_none_or(|t| t != kind.organisation(""))
    }

    /// The date participation in planning must come before, and whether it is the approval
    /// (`true`) or, without one, the start of the plan period (`false`); `None` when the plan
    /// gives neither.
    pub fn planning_deadline(&self) -> Option<(Date, bool)> {
        let m = self.municipality.as_ref()?;
        m.approval
            .as_ref()
            .map(|a| (a.date, true))
            .or_else(|| m.plan_period.as_ref().map(|p| (p.start, false)))
    }

    /// Whether a consultation hears an immigrant group or a civil-society organisation.
    pub fn hears_immigrants_or_organisations(&self, k: &Consultation) -> bool {
        k.groups.iter().copied().any(PopulationGroup::is_immigrant)
            || k.organisations
                .iter()
                .any(|id| self.actor(id).is_some_and(|a| a.kind.is_civil_society()))
    }

    /// The councils and groups of immigrants, or of organisations, that take part in
    /// planning (`participation: [planning]`): a multicultural council that drafted the
    /// programme is participation in planning, as a dated hearing is.
    pub fn planning_bodies(&self) -> impl Iterator<Item = &Item<Structure>> {
        self.structures.iter().filter(|s| {
            s.participation.contains(&ParticipationForm::Planning)
                && (s.represented_groups().any(PopulationGroup::is_immigrant)
                    || s.members
                        .iter()
                        .any(|id| self.actor(id).is_some_and(|a| a.kind.is_civil_society())))
        })
    }

    /// Whether the plan shows immigrants or organisations taking part in its planning: a
    /// consultation with them before the deadline that records the needs it brought up, or
    /// a council or group of theirs that takes part in planning (IA019's evidence).
    pub fn participation_shown(&self) -> bool {
        let deadline = self.planning_deadline();
        self.planning_bodies().next().is_some()
            || self.consultations.iter().any(|k| {
                self.hears_immigrants_or_organisations(k)
                    && !k.needs.is_empty()
                    && deadline.is_none_or(|(d, _)| k.date.may_precede(d))
            })
    }
}

/// The Sámi homeland (domain reference §2.5): Enontekiö, Inari, Utsjoki and the northern part
/// of Sodankylä, each by its Finnish, Swedish and Sámi names, the Finnish genitive a name
/// takes before `kunta` ("Inarin kunta", "Utsjoen kunta") and the Sámi one before `gielda`
/// ("Ohcejoga gielda"), and by Statistics Finland code. Sodankylä counts as a whole, since
/// its plan covers the northern part too.
const SAMI_HOMELAND: &[&str] = &[
    // Enontekiö
    "enontekiö",
    "enontekiön",
    "enontekis",
    "eanodat",
    "eanodaga",
    "047",
    "47",
    // Inari
    "inari",
    "inarin",
    "enare",
    "anár",
    "anára",
    "aanaar",
    "aanar",
    "148",
    // Utsjoki
    "utsjoki",
    "utsjoen",
    "ohcejohka",
    "ohcejoga",
    "890",
    // Sodankylä
    "sodankylä",
    "sodankylän",
    "soađegilli",
    "soađegili",
    "758",
];

/// Sámi languages (ISO 639: Northern, Inari and Skolt Sámi, and the macrolanguage), by code
/// or name, as a situation picture may list them.
const SAMI_LANGUAGES: &[&str] = &[
    "se",
    "sme",
    "smn",
    "sms",
    "smi",
    "sámi",
    "sami",
    "saame",
    "pohjoissaame",
    "inarinsaame",
    "koltansaame",
    "samiska",
    "nordsamiska",
];

impl super::Municipality {
    /// Whether the municipality is in the Sámi homeland, by name (with or without `kunta`,
    /// `kommun`, `gielda`) or code.
    pub fn in_sami_homeland(&self) -> bool {
        let named = super::written::words(&self.name)
            .iter()
            .any(|w| SAMI_HOMELAND.contains(&w.as_str()));
        named
            || self
                .code
                .as_deref()
                .is_some_and(|c| SAMI_HOMELAND.contains(&c.trim()))
    }
}

impl Plan {
    /// Whether the Sámi are a group the plan must address: the municipality is in the Sámi
    /// homeland, or the plan records Sámi residents (a group it names, a Sámi language in
    /// its situation picture). The pyramid's gaps and PYR004 both ask this.
    pub fn sami_live_here(&self) -> bool {
        let m = self.municipality.as_ref();
        let named = |groups: &[PopulationGroup]| groups.contains(&PopulationGroup::Sami);
        m.is_some_and(|m| m.in_sami_homeland())
            || m.and_then(|m| m.good_relations.as_ref())
                .is_some_and(|g| named(&g.groups))
            || self
                .structures
                .iter()
                .any(|s| s.represented_groups().any(|g| g == PopulationGroup::Sami))
            || self.consultations.iter().any(|k| named(&k.groups))
            || m.and_then(|m| m.situation.as_ref()).is_some_and(|s| {
                s.languages
                    .iter()
                    .any(|l| SAMI_LANGUAGES.contains(&l.language.trim().to_lowercase().as_str()))
            })
    }
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

    /// Whether the Act names the area (not the plan's own `other` objectives).
    pub fn is_statutory(self) -> bool {
        Area::STATUTORY.contains(&self)
    }

    /// The area's key and its name in every language goodrel speaks: what an objective's
    /// statement must say more than.
    pub fn names(self) -> Vec<String> {
        let mut names = vec![self.key().replace('_', " ")];
        names.extend(crate::i18n::Lang::ALL.map(|lang| self.name().render(lang)));
        names
    }
}

impl ReportContents {
    /// The five contents with their keys, in the order the Act lists them.
    pub fn named(&self) -> [(&'static str, Option<&str>); 5] {
        [
            ("objectives_achieved", self.objectives_achieved.as_deref()),
            ("measures_implemented", self.measures_implemented.as_deref()),
            ("equal_access", self.equal_access.as_deref()),
            ("financial_resources", self.financial_resources.as_deref()),
            ("effectiveness", self.effectiveness.as_deref()),
        ]
    }
}
