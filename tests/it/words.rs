//! The coordinator's own words (issue 26): a plan written with every choice value in the
//! glossary's Swedish (or Finnish) terms, capitals and spaces as people type them, reads as
//! the same plan as its English-keyed original. The fixtures are copies of
//! `examples/small-town` made by rewriting each value into the term of `locales/*/terms.ftl`
//! (every third one capitalised); the Swedish one is also bilingual, `[sv, fi]`.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::goodrel;

/// (rule, symbolic path, line, English message) of every finding of `check --format json`.
fn findings(dir: &str) -> BTreeSet<(String, String, u64, String)> {
    let out = goodrel()
        .args(["check", dir, "--format", "json", "--as-of", "2026-06-01"])
        .output()
        .expect("goodrel runs");
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    json["plans"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["location"]["path"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                f["location"]["start"]["line"].as_u64().unwrap_or_default(),
                f["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_plan_written_in_swedish_or_finnish_terms_reads_as_the_original() {
    let original = findings("examples/small-town");
    assert!(!original.is_empty());
    for copy in [
        "tests/fixtures/words/small-town-sv",
        "tests/fixtures/words/small-town-fi",
    ] {
        let written = std::fs::read_to_string(format!("{copy}/plan.yaml")).unwrap();
        assert!(
            !written.contains("municipal_sector") && !written.contains("kind: ngo"),
            "{copy} still has English keys"
        );
        let found = findings(copy);
        let format: Vec<_> = found.iter().filter(|f| f.0.starts_with("PLAN")).collect();
        assert!(format.is_empty(), "{copy}: {format:#?}");
        assert_eq!(found, original, "{copy}");
    }
}

/// The Swedish copy lists Swedish first among its official languages, so it is answered in
/// Swedish when nothing else chooses.
#[test]
fn a_bilingual_plan_with_swedish_first_is_answered_in_swedish() {
    let out = goodrel()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .args([
            "check",
            "tests/fixtures/words/small-town-sv",
            "--as-of",
            "2026-06-01",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("plan tests/fixtures/words/small-town-sv  (3 planfiler)"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------
// The format holds what real programmes say (issue 26, point 6), and the rule that needs
// each new field reads it: each test runs the rule with and without the field.

/// The JSON `goodrel ARGS… --format json` prints for a plan of one file, `yaml`.
fn json_of(args: &[&str], yaml: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), yaml).unwrap();
    let out = goodrel()
        .args(args)
        .args(["--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The findings (rule, message) of a plan made of `MINIMAL` and `extra`.
fn check(extra: &str) -> Vec<(String, String)> {
    let json = json_of(
        &["check", "--as-of", "2026-06-01"],
        &format!("{MINIMAL}{extra}"),
    );
    json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn fires(findings: &[(String, String)], rule: &str) -> bool {
    findings.iter().any(|(r, _)| r == rule)
}

fn no_format_findings(findings: &[(String, String)]) {
    let format: Vec<_> = findings
        .iter()
        .filter(|(r, _)| r.starts_with("PLAN"))
        .collect();
    assert!(format.is_empty(), "{format:#?}");
}

const MINIMAL: &str = "municipality:
  name: Testby
  plan_period: {start: 2025-01-01, end: 2028-12-31}
  approval: {body: council, date: 2025-03-01}
actors:
  - {id: city, name: City, kind: municipal_sector}
  - {id: youth, name: Youth services, kind: municipal_sector, sector: youth}
";

#[test]
fn a_number_of_meetings_a_year_is_read_by_mlg005_and_mlg020() {
    let group = |meetings: &str| {
        format!(
            "structures:\n  - {{id: G, name: Group, kind: cooperation_group, convener: city, {meetings}}}\n"
        )
    };
    let rare = check(&group("meetings_per_year: 1"));
    no_format_findings(&rare);
    let mlg020: Vec<_> = rare.iter().filter(|(r, _)| r == "MLG020").collect();
    assert_eq!(mlg020.len(), 1, "{rare:#?}");
    assert!(mlg020[0].1.contains("once a year"), "{mlg020:?}");
    assert!(!fires(&rare, "MLG005"), "a number says how often it meets");
    let often = check(&group("meetings_per_year: 5"));
    assert!(
        !fires(&often, "MLG020") && !fires(&often, "MLG005"),
        "{often:#?}"
    );
    let unset = check(&group("mandate: Plans the programme"));
    assert!(fires(&unset, "MLG005"), "{unset:#?}");
}

#[test]
fn proposals_to_city_authorities_link_a_council_to_decision_making() {
    let council = |rights: &str| {
        format!(
            "structures:\n  - {{id: R, name: Immigrant council, kind: council, groups: [immigrants], mandate: Gives statements, rights: [{rights}]}}\n"
        )
    };
    let proposals = check(&council("proposals_to_authorities, statements"));
    no_format_findings(&proposals);
    assert!(!fires(&proposals, "PAR011"), "{proposals:#?}");
    assert!(fires(&check(&council("statements")), "PAR011"));
    // The Finnish and Swedish words for it read too.
    for written in ["esitysoikeus", "Förslagsrätt"] {
        let found = check(&council(written));
        no_format_findings(&found);
        assert!(!fires(&found, "PAR011"), "{written}: {found:#?}");
    }
}

#[test]
fn members_counted_by_group_represent_the_group() {
    let council = |members: &str| {
        format!("structures:\n  - {{id: R, name: Council, kind: council{members}}}\n")
    };
    let counted = check(&council(
        ", member_counts: [{count: 6, group: maahanmuuttajat}, {count: 6, who: city officials}]",
    ));
    no_format_findings(&counted);
    assert!(!fires(&counted, "PAR004"), "{counted:#?}");
    assert!(fires(&check(&council("")), "PAR004"));
}

#[test]
fn partners_described_without_an_id_count_as_partners() {
    let measure = |partners: &str| {
        format!(
            "objectives:\n  - {{id: O1, area: good_relations, statement: Relations}}\nmeasures:\n  - {{id: M1, title: Evenings, objectives: [O1], responsible: youth, partners: [city]{partners}}}\n"
        )
    };
    let described = check(&measure(
        ", described_partners: [{kind: association, text: local associations}, {kind: företag, text: local companies}]",
    ));
    no_format_findings(&described);
    let only_city = check(&measure(""));
    // IA013: the city's own units are one organisation; the associations and companies are
    // others.
    for rule in ["IA013", "MLG013"] {
        assert!(fires(&only_city, rule), "{rule}: {only_city:#?}");
        assert!(!fires(&described, rule), "{rule}: {described:#?}");
    }
}

#[test]
fn dates_as_exact_as_the_sources_are_read_by_the_participation_rules() {
    let consultation = |date: &str| {
        format!(
            "consultations:\n  - id: C1\n    title: Hearing\n    date: {date}\n    method: hearing\n    groups: [immigrants]\n    needs: [{{id: N1, need: More evening courses}}]\n"
        )
    };
    // IA019: participation in planning needs a hearing before the approval (1 March 2025).
    for before in ["{during: planning}", "2024", "\"2023–2024\"", "1.2.2025"] {
        let found = check(&consultation(before));
        no_format_findings(&found);
        assert!(!fires(&found, "IA019"), "{before}: {found:#?}");
    }
    for after in ["{during: implementation}", "2026", "2025-06-01"] {
        let found = check(&consultation(after));
        no_format_findings(&found);
        assert!(fires(&found, "IA019"), "{after}: {found:#?}");
    }
    // A date that is none of these is one located finding.
    let wrong = check(&consultation("{during: someday}"));
    assert_eq!(
        wrong.iter().filter(|(r, _)| r.starts_with("PLAN")).count(),
        1,
        "{wrong:#?}"
    );
}

#[test]
fn a_period_written_as_years_reads_as_its_first_and_last_day() {
    let plan = MINIMAL.replace(
        "plan_period: {start: 2025-01-01, end: 2028-12-31}",
        "plan_period: \"2023–2026\"",
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), &plan).unwrap();
    let report = goodrel::check_dir(dir.path(), &goodrel::CheckOptions::default()).unwrap();
    let period = report
        .plan
        .municipality
        .as_ref()
        .unwrap()
        .plan_period
        .clone()
        .unwrap();
    assert_eq!(
        (period.start.to_string(), period.end.to_string()),
        ("2023-01-01".to_owned(), "2026-12-31".to_owned())
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| !f.rule.id.starts_with("PLAN"))
    );
}

#[test]
fn a_share_of_foreign_language_residents_counts_in_the_situation_picture() {
    let situation = |figure: &str| {
        MINIMAL.replace(
            "  approval:",
            &format!(
                "  situation: {{year: 2024, source: Statistics Finland, {figure}}}\n  approval:"
            ),
        )
    };
    let message = |figure: &str| {
        let json = json_of(&["check", "--as-of", "2026-06-01"], &situation(figure));
        json["plans"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "IA030")
            .map(|f| f["message"].as_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert!(
        message("reasons: [work]").contains("how many"),
        "{}",
        message("reasons: [work]")
    );
    let share = message("reasons: [work], foreign_language_share_percent: 10");
    assert!(!share.contains("how many"), "{share}");
}

#[test]
fn a_number_of_service_languages_or_the_clients_own_language_is_multilingual() {
    let service = |languages: &str| {
        format!(
            "services:\n  - {{id: S1, name: Civic orientation, component: civic_orientation, responsible: city, {languages}}}\n"
        )
    };
    assert!(fires(&check(&service("languages: [fi]")), "IA007"));
    for multilingual in [
        "language_count: 10",
        "client_language: true",
        "languages: fi, language_count: 10",
    ] {
        let found = check(&service(multilingual));
        no_format_findings(&found);
        assert!(!fires(&found, "IA007"), "{multilingual}: {found:#?}");
    }
}

#[test]
fn a_structures_description_places_it_on_the_pyramid() {
    let plan = |description: &str| {
        format!(
            "{MINIMAL}structures:\n  - {{id: F, name: Evening forum, kind: other{description}}}\n"
        )
    };
    let level = |yaml: String| {
        json_of(&["pyramid"], &yaml)["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "F")
            .map(|i| i["level"].clone())
            .unwrap_or(Value::Null)
    };
    assert_eq!(level(plan("")), Value::Null);
    assert_eq!(
        level(plan(
            ", description: A mediation and dialogue forum between residents and the police"
        )),
        "top"
    );
}

#[test]
fn an_objective_is_named_by_its_programmes_own_theme() {
    let found = check(
        "objectives:\n  - {id: O1, area: employment_and_education, theme: Work and skills, statement: More immigrants in work}\n",
    );
    no_format_findings(&found);
    let ia011: Vec<_> = found.iter().filter(|(r, _)| r == "IA011").collect();
    assert!(
        ia011
            .iter()
            .any(|(_, m)| m.contains("O1 'Work and skills'")),
        "{ia011:#?}"
    );
}

/// A Swedish sentence names the vitality centre and the former ELY Centre in Swedish, though
/// the plan writes them in Finnish (issue 26: "livskraftscentralen är Pohjanmaan
/// elinvoimakeskus").
#[test]
fn a_swedish_sentence_names_the_authorities_in_swedish() {
    let plan = "municipality:
  name: Testby
  wellbeing_services_county: Pohjanmaan hyvinvointialue
  regional_authority: {kind: ely_centre, name: Pohjanmaan ELY-keskus}
";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), plan).unwrap();
    let out = goodrel()
        .args([
            "check",
            "--format",
            "json",
            "--as-of",
            "2026-06-01",
            "--lang",
            "sv",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ia034 = json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "IA034")
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .expect("IA034 fires");
    assert!(ia034.contains("NTM-centralen i Österbotten"), "{ia034}");
    assert!(
        ia034.contains("livskraftscentralen: Livskraftscentralen i Österbotten"),
        "{ia034}"
    );
    assert!(!ia034.contains("elinvoimakeskus"), "{ia034}");
}
