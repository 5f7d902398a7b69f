//! Integration Act 681/2023: the integration programme (§13) and the municipality's duty to
//! plan, develop and monitor integration promotion (§45). Statutory duties are errors.

use super::{Check, Family, Rule, SourceDoc, src};
use crate::finding::Severity;
use crate::model::Component;

const PROGRAMME: &[super::Source] = &[
    src(SourceDoc::IntegrationAct, "§13 integration programme"),
    src(SourceDoc::CoeMlg, "Part I, \"Integration programme\""),
];

pub static PROGRAMME_WITHOUT_SERVICES: Rule = Rule {
    id: "IA001",
    name: "programme-without-services",
    family: Family::IntegrationAct,
    severity: Severity::Error,
    summary: "The plan describes no services of the initial phase of integration (the integration programme).",
    rationale: "Under §13 the municipality must have an integration programme describing the services of the initial phase, and since 2025 state compensation depends on it. A plan without services cannot show the programme exists. Error: statutory.",
    help: "Add a `services:` section listing the programme's services, each with its component, responsible actor and cooperating providers.",
    sources: PROGRAMME,
    check: Some(|c: &mut Check<'_>| {
        if c.plan.services.is_empty() {
            let at = c.plan.section("services");
            c.report(
                "the plan lists no services of the integration programme",
                at,
            );
        }
    }),
};

pub static PROGRAMME_COMPONENT_MISSING: Rule = Rule {
    id: "IA002",
    name: "programme-component-missing",
    family: Family::IntegrationAct,
    severity: Severity::Error,
    summary: "One of the six minimum-content components of the integration programme has no service.",
    rationale: "The Act sets six components every programme must contain: needs assessment, integration plan, multilingual civic orientation, integration training with a language examination, other skills and employment services, and guidance and counselling. Each missing component is its own error.",
    help: "Add a service with `component:` set to the missing component, naming who provides it.",
    sources: PROGRAMME,
    check: Some(|c: &mut Check<'_>| {
        if c.plan.services.is_empty() {
            return; // IA001 covers an empty programme.
        }
        for component in Component::ALL {
            if !c.plan.services.iter().any(|s| s.component == component) {
                let at = c.plan.section("services");
                c.report(
                    format!(
                        "the integration programme has no service for {}",
                        component.describe()
                    ),
                    at,
                );
            }
        }
    }),
};

pub static MEASURE_WITHOUT_RESPONSIBLE: Rule = Rule {
    id: "IA012",
    name: "measure-without-responsible",
    family: Family::IntegrationAct,
    severity: Severity::Error,
    summary: "A measure names no responsible party.",
    rationale: "§45 requires responsible parties for the measures of each planning area; a measure nobody owns is rarely carried out. Error: statutory.",
    help: "Add `responsible:` with the id of the actor who carries the measure out.",
    sources: &[
        src(
            SourceDoc::IntegrationAct,
            "§45 planning, development and monitoring",
        ),
        src(
            SourceDoc::CoeMlg,
            "Part I, \"Planning, development and monitoring\"",
        ),
    ],
    check: Some(|c: &mut Check<'_>| {
        for m in &c.plan.measures {
            if m.responsible.is_none() {
                let at = c.plan.item(&m.loc);
                c.report(
                    format!("measure {} '{}' has no responsible party", m.id, m.title),
                    Some(at),
                );
            }
        }
    }),
};

pub static RULES: &[&Rule] = &[
    &PROGRAMME_WITHOUT_SERVICES,
    &PROGRAMME_COMPONENT_MISSING,
    &MEASURE_WITHOUT_RESPONSIBLE,
];
