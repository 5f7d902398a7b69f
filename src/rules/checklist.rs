//! The ministry's planning checklist for municipal integration promotion (TEM,
//! kotoutuminen.fi): what the checklist asks a municipality to settle before and while it
//! plans, beyond the §13/§45 minimum contents. The checklist is advice on how to meet the Act,
//! so these are warnings or info; the ids start at IA030 to leave room below for statutory
//! rules.

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::finding::Severity;
use crate::i18n::Message;
use crate::model::date::Date;
use crate::model::{ActorKind, Area, MeasureKind, PopulationGroup, RegionalAuthorityKind, Sector};
use crate::msg;

const CHECKLIST_START: Source = src(
    SourceDoc::MinistryChecklist,
    "step 1, organising the planning",
);

const CHECKLIST_SITUATION: Source = src(
    SourceDoc::MinistryChecklist,
    "step 3, the picture of the local immigration situation",
);

const COE_PLANNING: Source = src(
    SourceDoc::CoeMlg,
    "Part I, \"Integration programmes and strategic planning and monitoring of integration\"",
);

pub static SITUATION_PICTURE_INCOMPLETE: Rule = Rule {
    info: &RuleInfo {
        id: "IA030",
        name: "situation-picture-incomplete",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[CHECKLIST_SITUATION, COE_PLANNING],
    },
    reads: &[
        "municipality",
        "municipality.situation",
        "municipality.plan_period",
    ],
    check: Some(|c: &mut Check<'_>| {
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let Some(s) = &m.situation else {
            let at = c.plan.item(&m.loc);
            c.report(msg!("ia030-no-situation", municipality = &m.name), Some(at));
            return;
        };
        let gap = |key: &str| msg!("ia030-gap", key = key);
        let mut gaps: Vec<Message> = Vec::new();
        match (s.year, m.plan_period.as_ref()) {
            (None, _) => gaps.push(gap("year")),
            (Some(year), Some(period)) if year < period.start.year - 2 => gaps.push(msg!(
                "ia030-outdated",
                year = year.to_string(),
                start = period.start.year.to_string()
            )),
            _ => {}
        }
        let has = |t: &Option<String>| t.as_deref().is_some_and(|t| !t.trim().is_empty());
        if !has(&s.source) && s.sources.is_empty() {
            gaps.push(gap("source"));
        }
        // A share of the residents ("4.6 %") says as much as their number.
        if s.foreign_language_residents.is_none() && s.foreign_language_share_percent.is_none() {
            gaps.push(gap("residents"));
        }
        if s.reasons.is_empty() && s.by_reason.is_empty() {
            gaps.push(gap("reasons"));
        }
        if s.ages.is_empty() {
            gaps.push(gap("ages"));
        }
        if s.languages.is_empty() {
            gaps.push(gap("languages"));
        }
        if s.employment.as_ref().is_none_or(|e| {
            e.employment_rate_percent.is_none()
                && e.unemployment_rate_percent.is_none()
                && e.unemployed_jobseekers.is_none()
        }) {
            gaps.push(gap("employment"));
        }
        if gaps.is_empty() {
            return;
        }
        let at = c.plan.at(&m.loc, "situation");
        c.report(msg!("ia030-lacks", gaps = gaps), Some(at));
    }),
};

pub static PLANNING_MODE_UNSTATED: Rule = Rule {
    info: &RuleInfo {
        id: "IA031",
        name: "planning-mode-unstated",
        family: Family::IntegrationAct,
        severity: Severity::Info,
        sources: &[CHECKLIST_START, COE_PLANNING],
    },
    reads: &["municipality", "municipality.planning"],
    check: Some(|c: &mut Check<'_>| {
        if let Some(m) = &c.plan.municipality
            && m.planning.is_none()
        {
            let at = c.plan.item(&m.loc);
            c.report(msg!("ia031-unstated", municipality = &m.name), Some(at));
        }
    }),
};

pub static BASIC_GUIDANCE_FOR_ALL_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "IA032",
        name: "basic-guidance-for-all-missing",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::CoeMlg, "Part I, \"Broadening the target group\""),
            src(
                SourceDoc::MinistryChecklist,
                "basic information and guidance for all immigrants",
            ),
        ],
    },
    reads: &["measures", "measures.kind", "measures.target_groups"],
    check: Some(|c: &mut Check<'_>| {
        let guidance: Vec<_> = c
            .plan
            .measures
            .iter()
            .filter(|m| {
                matches!(
                    m.kind,
                    Some(MeasureKind::Information | MeasureKind::Guidance)
                )
            })
            .collect();
        let open_to_all = |groups: &[PopulationGroup]| {
            groups.is_empty()
                || groups.iter().any(|g| {
                    matches!(
                        g,
                        PopulationGroup::Immigrants | PopulationGroup::AllResidents
                    )
                })
        };
        if guidance.iter().any(|m| open_to_all(&m.target_groups)) {
            return;
        }
        match guidance.first() {
            Some(first) => {
                let listed: Vec<String> = guidance
                    .iter()
                    .map(|m| format!("{} '{}'", m.id, m.title))
                    .collect();
                let at = c.plan.at(&first.loc, "target_groups");
                c.report(msg!("ia032-some-groups", measures = listed), Some(at));
            }
            None => {
                let at = c.plan.section("measures");
                c.report(msg!("ia032-none"), at);
            }
        }
    }),
};

/// Word stems that show an objective concerns the municipality's vitality (elinvoima).
const VITALITY_STEMS: &[&str] = &["vitality", "elinvoim", "livskraft", "elinkeino", "näring"];

pub static NATIONAL_EMPLOYMENT_OBJECTIVES_NOT_CONSIDERED: Rule = Rule {
    info: &RuleInfo {
        id: "IA033",
        name: "national-employment-objectives-not-considered",
        family: Family::IntegrationAct,
        severity: Severity::Warning,
        sources: &[
            src(SourceDoc::IntegrationAct, "45"),
            COE_PLANNING,
            CHECKLIST_START,
        ],
    },
    reads: &[
        "objectives",
        "measures",
        "objectives.national_objective",
        "measures.sector",
    ],
    check: Some(|c: &mut Check<'_>| {
        let employment = c
            .plan
            .objectives
            .iter()
            .any(|o| o.serves(Area::EmploymentAndEducation) && o.national_objective.is_some());
        let vitality = c.plan.objectives.iter().any(|o| {
            let text = format!(
                "{} {}",
                o.statement,
                o.national_objective.as_deref().unwrap_or("")
            )
            .to_lowercase();
            VITALITY_STEMS.iter().any(|s| text.contains(s))
        }) || c
            .plan
            .measures
            .iter()
            .any(|m| m.sector == Some(Sector::BusinessServices));
        let missing = match (employment, vitality) {
            (true, true) => return,
            (false, true) => "employment",
            (true, false) => "vitality",
            (false, false) => "both",
        };
        let at = c.plan.section("objectives");
        c.report(msg!("ia033-not-considered", missing = missing), at);
    }),
};

/// The day the ELY Centres' integration tasks moved to the regional vitality centres.
const VITALITY_CENTRES_FROM: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

/// Wellbeing services county or region (as a lower-case stem of its Finnish or Swedish name)
/// → the vitality centre (elinvoimakeskus) that serves it from 1 January 2026. Built from the
/// public description of the 2026 reform of the regional state administration (the ten centres
/// and the regions each covers). Regions whose centre goodrel is not sure of (Kanta-Häme,
/// Päijät-Häme, Keski-Pohjanmaa, Åland) are left out on purpose: no name is better than a
/// wrong one. Compound names come before the stems they contain ("etelä-pohjanm" before
/// "pohjanm").
const VITALITY_CENTRES: &[(&str, &str)] = &[
    ("itä-uusimaa", "Uudenmaan elinvoimakeskus"),
    ("itä-uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("länsi-uusimaa", "Uudenmaan elinvoimakeskus"),
    ("länsi-uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("keski-uusimaa", "Uudenmaan elinvoimakeskus"),
    ("keski-uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("vantaa", "Uudenmaan elinvoimakeskus"),
    ("helsin", "Uudenmaan elinvoimakeskus"),
    ("uusimaa", "Uudenmaan elinvoimakeskus"),
    ("uudenmaa", "Uudenmaan elinvoimakeskus"),
    ("nyland", "Uudenmaan elinvoimakeskus"),
    ("varsinais-suom", "Lounais-Suomen elinvoimakeskus"),
    ("egentliga finland", "Lounais-Suomen elinvoimakeskus"),
    ("satakun", "Lounais-Suomen elinvoimakeskus"),
    ("kymenlaak", "Kaakkois-Suomen elinvoimakeskus"),
    ("etelä-karjal", "Kaakkois-Suomen elinvoimakeskus"),
    ("pirkanm", "Sisä-Suomen elinvoimakeskus"),
    ("keski-suom", "Keski-Suomen elinvoimakeskus"),
    ("mellersta finland", "Keski-Suomen elinvoimakeskus"),
    ("etelä-savo", "Itä-Suomen elinvoimakeskus"),
    ("pohjois-savo", "Itä-Suomen elinvoimakeskus"),
    ("pohjois-karjal", "Itä-Suomen elinvoimakeskus"),
    ("etelä-pohjanm", "Etelä-Pohjanmaan elinvoimakeskus"),
    ("södra österbotten", "Etelä-Pohjanmaan elinvoimakeskus"),
    ("pohjois-pohjanm", "Pohjois-Suomen elinvoimakeskus"),
    ("norra österbotten", "Pohjois-Suomen elinvoimakeskus"),
    ("kainuu", "Pohjois-Suomen elinvoimakeskus"),
    ("kainuun", "Pohjois-Suomen elinvoimakeskus"),
    ("lappi", "Lapin elinvoimakeskus"),
    ("lapin", "Lapin elinvoimakeskus"),
    ("lappland", "Lapin elinvoimakeskus"),
];

/// The vitality centre for a county or region name, when goodrel is sure of it.
fn vitality_centre_for(county: &str) -> Option<&'static str> {
    let lower = county.to_lowercase();
    if lower.contains("keski-pohjanm") || lower.contains("mellersta österbotten") {
        return None; // not sure: see VITALITY_CENTRES.
    }
    VITALITY_CENTRES
        .iter()
        .find(|(stem, _)| lower.contains(stem))
        .map(|(_, centre)| *centre)
        .or_else(|| {
            (lower.contains("pohjanmaa")
                || lower.contains("pohjanmaan")
                || lower.contains("österbotten"))
            .then_some("Pohjanmaan elinvoimakeskus")
        })
}

pub static ELY_CENTRE_REPLACED: Rule = Rule {
    info: &RuleInfo {
        id: "IA034",
        name: "ely-centre-replaced",
        family: Family::IntegrationAct,
        severity: Severity::Info,
        sources: &[
            src(
                SourceDoc::MinistryChecklist,
                "the regional vitality centres from 1 January 2026",
            ),
            src(SourceDoc::Goodrel, "municipality.regional_authority"),
        ],
    },
    reads: &[
        "municipality",
        "actors",
        "municipality.regional_authority",
        "municipality.wellbeing_services_county",
    ],
    check: Some(|c: &mut Check<'_>| {
        if c.as_of < VITALITY_CENTRES_FROM {
            return;
        }
        let Some(m) = &c.plan.municipality else {
            return;
        };
        let authority = m
            .regional_authority
            .as_ref()
            .filter(|a| a.kind == RegionalAuthorityKind::ElyCentre);
        let actor = c
            .plan
            .actors
            .iter()
            .find(|a| a.kind == ActorKind::ElyCentre);
        let (name, at) = match (authority, actor) {
            (Some(a), _) => (a.name.clone(), c.plan.at(&m.loc, "regional_authority")),
            (None, Some(a)) => (a.name.clone(), c.plan.item(&a.loc)),
            (None, None) => return,
        };
        let centre = m
            .wellbeing_services_county
            .as_deref()
            .and_then(|county| vitality_centre_for(county).map(|centre| (county, centre)));
        let instead = match centre {
            // The centre by its name in the reader's language.
            Some((county, centre)) => msg!(
                "ia034-centre",
                county = county,
                centre = crate::model::authorities::authority_name(centre)
            ),
            None => msg!("ia034-name-centre"),
        };
        c.report(
            msg!(
                "ia034-ely-centre",
                name = crate::model::authorities::authority_name(&name),
                instead = instead
            ),
            Some(at),
        );
    }),
};

pub static RULES: &[&Rule] = &[
    &SITUATION_PICTURE_INCOMPLETE,
    &PLANNING_MODE_UNSTATED,
    &BASIC_GUIDANCE_FOR_ALL_MISSING,
    &NATIONAL_EMPLOYMENT_OBJECTIVES_NOT_CONSIDERED,
    &ELY_CENTRE_REPLACED,
];

#[cfg(test)]
mod tests {
    use super::vitality_centre_for;

    #[test]
    fn counties_map_to_their_vitality_centre_or_to_none() {
        assert_eq!(
            vitality_centre_for("Pohjois-Pohjanmaan hyvinvointialue"),
            Some("Pohjois-Suomen elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Etelä-Pohjanmaan hyvinvointialue"),
            Some("Etelä-Pohjanmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Pohjanmaan hyvinvointialue / Välfärdsområde Österbotten"),
            Some("Pohjanmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Itä-Uudenmaan hyvinvointialue"),
            Some("Uudenmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Helsingin kaupunki"),
            Some("Uudenmaan elinvoimakeskus")
        );
        assert_eq!(
            vitality_centre_for("Keski-Pohjanmaan hyvinvointialue"),
            None
        );
        assert_eq!(vitality_centre_for("Päijät-Hämeen hyvinvointialue"), None);
        assert_eq!(vitality_centre_for("Harjumaan hyvinvointialue"), None);
    }
}
