//! YAML and TOML are two spellings of one plan: the same plan written in each reads to the
//! same model and gives the same findings (the fields added for real programmes included).

#![allow(clippy::unwrap_used)]

use goodrel::model::date::Date;
use goodrel::{CheckOptions, PlanReport, check_dir};

const YAML: &str = r#"
municipality:
  name: Testby
  law_basis: 681/2023
  budget:
    - {amount_eur: 420000, source: state compensation, year: 2025}
    - {amount_eur: 180000.5, source: city budget}
  situation:
    year: 2024
    source: Statistics Finland
    foreign_language_residents: 2400
    by_reason:
      - {reason: work, share_percent: 34.5}
      - {reason: perhe, residents: 610}
    languages:
      - {language: ru, residents: 400}
    ages:
      - {ages: "0-17", share_percent: 24}
    employment: {employment_rate_percent: 58, unemployed_jobseekers: 230}
actors:
  - {id: city, name: Testby city, kind: municipal_sector}
services:
  - id: S1
    name: Interpreting
    kind: tulkkaus
    responsible: city
    client_language: true
  - id: S2
    name: Assessment
    component: needs_assessment
    responsible: city
    languages: fi
objectives:
  - id: O1
    area: [employment_and_education, good_relations]
    statement: Work and relations
  - {id: O2, area: other, statement: Volunteers guide newcomers around town}
measures:
  - id: M1
    title: Language café
    objectives: [O1]
    responsible: city
    partners: [nobody]
    budget: {amount_eur: 5000, year: 2026}
links:
  - id: L1
    kind: [non_discrimination_plan, gender_equality_plan]
    title: Equality plan
    law_basis: 1386/2010
  - {id: L2, kind: integration_programme, title: Kotoutumisohjelma 2025–2028}
"#;

const TOML: &str = r#"
[municipality]
name = "Testby"
law_basis = "681/2023"
budget = [
  { amount_eur = 420000, source = "state compensation", year = 2025 },
  { amount_eur = 180000.5, source = "city budget" },
]

[municipality.situation]
year = 2024
source = "Statistics Finland"
foreign_language_residents = 2400
by_reason = [{ reason = "work", share_percent = 34.5 }, { reason = "perhe", residents = 610 }]
languages = [{ language = "ru", residents = 400 }]
ages = [{ ages = "0-17", share_percent = 24 }]
employment = { employment_rate_percent = 58, unemployed_jobseekers = 230 }

[[actors]]
id = "city"
name = "Testby city"
kind = "municipal_sector"

[[services]]
id = "S1"
name = "Interpreting"
kind = "tulkkaus"
responsible = "city"
client_language = true

[[services]]
id = "S2"
name = "Assessment"
component = "needs_assessment"
responsible = "city"
languages = "fi"

[[objectives]]
id = "O1"
area = ["employment_and_education", "good_relations"]
statement = "Work and relations"

[[objectives]]
id = "O2"
area = "other"
statement = "Volunteers guide newcomers around town"

[[measures]]
id = "M1"
title = "Language café"
objectives = ["O1"]
responsible = "city"
partners = ["nobody"]
budget = { amount_eur = 5000, year = 2026 }

[[links]]
id = "L1"
kind = ["non_discrimination_plan", "gender_equality_plan"]
title = "Equality plan"
law_basis = "1386/2010"

[[links]]
id = "L2"
kind = "integration_programme"
title = "Kotoutumisohjelma 2025–2028"
"#;

fn check(name: &str, text: &str) -> PlanReport {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    let options = CheckOptions {
        as_of: Date::parse("2026-11-23").unwrap(),
        config: goodrel::config::ConfigSource::None,
        ..CheckOptions::default()
    };
    check_dir(dir.path(), &options).unwrap()
}

/// The typed model of the plan, as JSON.
fn model(r: &PlanReport) -> serde_json::Value {
    let values = |items: Vec<serde_json::Value>| serde_json::Value::Array(items);
    let p = &r.plan;
    serde_json::json!({
        "municipality": p.municipality.as_ref().map(|m| serde_json::to_value(&m.value).unwrap()),
        "actors": values(p.actors.iter().map(|i| serde_json::to_value(&i.value).unwrap()).collect()),
        "services": values(p.services.iter().map(|i| serde_json::to_value(&i.value).unwrap()).collect()),
        "objectives": values(p.objectives.iter().map(|i| serde_json::to_value(&i.value).unwrap()).collect()),
        "measures": values(p.measures.iter().map(|i| serde_json::to_value(&i.value).unwrap()).collect()),
        "links": values(p.links.iter().map(|i| serde_json::to_value(&i.value).unwrap()).collect()),
    })
}

/// Findings without their file and line (which differ between the spellings by nature).
fn findings(r: &PlanReport) -> Vec<(String, String, String)> {
    r.findings
        .iter()
        .map(|f| {
            let path = f
                .location
                .as_ref()
                .map_or(String::new(), |l| l.path.clone());
            (f.rule.id.to_owned(), path, f.message.to_string())
        })
        .collect()
}

#[test]
fn yaml_and_toml_spell_the_same_plan_with_the_new_fields() {
    let yaml = check("plan.yaml", YAML);
    let toml = check("plan.toml", TOML);
    let format_findings: Vec<_> = findings(&yaml)
        .into_iter()
        .filter(|(id, _, _)| id.starts_with("PLAN") && id != "PLAN006")
        .collect();
    assert!(
        format_findings.is_empty(),
        "every new field reads: {format_findings:?}"
    );
    assert_eq!(model(&yaml), model(&toml));
    let (mut y, mut t) = (findings(&yaml), findings(&toml));
    y.sort();
    t.sort();
    assert_eq!(y, t);
    // The one planted mistake is found in both, at the same symbolic place.
    assert!(
        y.iter()
            .any(|(id, path, _)| id == "PLAN006" && path == "measures[M1].partners[0]")
    );

    // The values read as meant.
    let m = model(&yaml);
    assert_eq!(
        m["objectives"][0]["area"],
        serde_json::json!(["employment_and_education", "good_relations"])
    );
    assert_eq!(m["objectives"][1]["area"], "other");
    assert_eq!(m["services"][0]["kind"], "interpreting");
    assert_eq!(m["services"][0]["client_language"], true);
    assert_eq!(m["services"][1]["languages"], "fi");
    assert_eq!(m["links"][0]["law_basis"], "1386/2010");
    assert_eq!(m["municipality"]["budget"][1]["amount_eur"], 180000.5);
    assert_eq!(
        m["municipality"]["situation"]["by_reason"][1]["reason"],
        "family"
    );
    assert_eq!(m["measures"][0]["budget"]["year"], 2026);
}

#[test]
fn wrong_values_in_the_new_fields_are_located_format_findings() {
    let bad = "municipality:\n  name: Testby\n  law_basis: 2023\n  budget: {source: city}\nobjectives:\n  - {id: O1, area: [good_relations, nonsense], statement: S}\nlinks:\n  - {id: L1, kind: [valko, valkko], title: T}\n";
    let report = check("plan.yaml", bad);
    let plan004: Vec<(usize, String)> = report
        .findings
        .iter()
        .filter(|f| f.rule.id == "PLAN004")
        .map(|f| {
            (
                f.location.as_ref().map_or(0, |l| l.span.start.line),
                f.message.to_string(),
            )
        })
        .collect();
    let lines: Vec<usize> = plan004.iter().map(|(l, _)| *l).collect();
    assert!(lines.contains(&3), "law_basis: {plan004:?}");
    assert!(lines.contains(&6), "the bad area in the list: {plan004:?}");
    assert!(
        lines.contains(&8),
        "the bad link kind in the list: {plan004:?}"
    );
    assert!(
        plan004.iter().any(|(_, m)| m.contains("nonsense")),
        "{plan004:?}"
    );
    // A budget without its amount is reported, not silently taken.
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.location.as_ref().is_some_and(|l| l.span.start.line == 4)),
        "{:?}",
        report.findings
    );
}
