//! Issue 20's acceptance: plans of ordinary filler, written to get 0 errors from the rules
//! as they stood before issue 20 and labelled with the statutory gaps a reviewer would raise
//! before any rule changed (tests/fixtures/filler/README.md), must exit 1 with those gaps at
//! error, and the checklist must show the same duties as gaps.

use std::collections::BTreeMap;

use crate::common;

/// The day the plans were written and labelled: the 2025–2026 report is not yet due.
const AS_OF: &str = "2026-12-06";

/// A statutory gap the README lists: the rule that must report it at error, where (a prefix
/// of the finding's symbolic path), and the checklist duties that must show it as a gap.
struct Gap {
    label: &'static str,
    rule: &'static str,
    at: &'static str,
    duties: &'static [&'static str],
}

const fn gap(
    label: &'static str,
    rule: &'static str,
    at: &'static str,
    duties: &'static [&'static str],
) -> Gap {
    Gap {
        label,
        rule,
        at,
        duties,
    }
}

const ALL_SERVICES: &[&str] = &[
    "programme.needs_assessment.service",
    "programme.integration_plan.service",
    "programme.civic_orientation.service",
    "programme.integration_training.service",
    "programme.skills_and_employment.service",
    "programme.guidance_and_counselling.service",
];

fn area_column(column: &str) -> Vec<String> {
    [
        "employment_and_education",
        "wellbeing_health_housing",
        "inclusion_and_equality",
        "own_language_and_culture",
        "good_relations",
    ]
    .iter()
    .map(|a| format!("planning.{a}.{column}"))
    .collect()
}

/// What `check --format json` and `checklist --format json` say of one plan.
struct Outcome {
    exit: i32,
    /// (rule, severity, path) of every finding.
    findings: Vec<(String, String, String)>,
    /// duty id -> (verdict, rules of its findings).
    duties: BTreeMap<String, (String, Vec<String>)>,
}

fn run(dir: &str) -> Outcome {
    run_on(dir, AS_OF)
}

fn run_on(dir: &str, as_of: &str) -> Outcome {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = common::goodrel()
        .current_dir(root)
        .args(["check", "--as-of", as_of, dir])
        .output()
        .unwrap();
    let exit = out.status.code().unwrap_or(-1);
    let findings = common::check_findings(&std::path::Path::new(root).join(dir), as_of);
    let out = common::goodrel()
        .current_dir(root)
        .args(["checklist", "--as-of", as_of, "--format", "json", dir])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let duties = json["duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let rules = d["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["rule"].as_str().unwrap_or_default().to_owned())
                .collect();
            (
                d["id"].as_str().unwrap().to_owned(),
                (d["verdict"].as_str().unwrap().to_owned(), rules),
            )
        })
        .collect();
    Outcome {
        exit,
        findings,
        duties,
    }
}

/// Checks every labelled gap; returns what is missing, one line each.
fn missing(outcome: &Outcome, gaps: &[Gap], area_duties: &[(&str, &[&str])]) -> Vec<String> {
    let mut missing = Vec::new();
    let check_duty = |missing: &mut Vec<String>, label: &str, rule: &str, duty: &str| match outcome
        .duties
        .get(duty)
    {
        Some((verdict, rules)) if verdict == "gap" && rules.iter().any(|r| r == rule) => {}
        other => missing.push(format!(
            "{label}: checklist {duty} should be a gap of {rule}, is {other:?}"
        )),
    };
    for g in gaps {
        let found = outcome
            .findings
            .iter()
            .any(|(r, s, p)| r == g.rule && s == "error" && p.starts_with(g.at));
        if !found {
            let got: Vec<_> = outcome.findings.iter().filter(|f| f.0 == g.rule).collect();
            missing.push(format!(
                "{}: no {} error at {} (got {got:?})",
                g.label, g.rule, g.at
            ));
        }
        for duty in g.duties {
            check_duty(&mut missing, g.label, g.rule, duty);
        }
    }
    for (rule, columns) in area_duties {
        for column in *columns {
            for duty in area_column(column) {
                check_duty(&mut missing, "area", rule, &duty);
            }
        }
    }
    missing
}

#[test]
fn filler_a_english_fails_with_its_ten_statutory_gaps() {
    let outcome = run("tests/fixtures/filler/a");
    let gaps = [
        gap(
            "1 services not described",
            "IA009",
            "services",
            ALL_SERVICES,
        ),
        gap(
            "2 cooperation only within the town",
            "IA004",
            "services",
            &[
                "programme.needs_assessment.cooperation",
                "programme.integration_plan.cooperation",
                "programme.civic_orientation.cooperation",
                "programme.integration_training.cooperation",
                "programme.guidance_and_counselling.cooperation",
            ],
        ),
        gap(
            "3 civic orientation in fi and sv only",
            "IA007",
            "services[S3]",
            &["programme.civic_orientation.languages"],
        ),
        gap(
            "4 one slogan for every objective",
            "IA010",
            "objectives",
            &[],
        ),
        gap("5 measures titled Work", "IA011", "measures", &[]),
        gap("6 partners only the town's own unit", "IA013", "", &[]),
        gap(
            "7 indicator named Indicator",
            "IA014",
            "indicators[I1]",
            &[],
        ),
        gap(
            "8 strategy note about all residents",
            "IA016",
            "links[L1]",
            &["duty.mainstreaming"],
        ),
        gap(
            "9 county as needed",
            "IA017",
            "",
            &["duty.wellbeing_services_county"],
        ),
        gap(
            "10 VALKO titled x",
            "IA023",
            "",
            &["duty.national_objectives"],
        ),
    ];
    let areas: &[(&str, &[&str])] = &[
        ("IA010", &["objective"]),
        ("IA011", &["measure"]),
        ("IA013", &["cooperation"]),
        ("IA014", &["indicator"]),
    ];
    assert_eq!(outcome.exit, 1, "{:#?}", outcome.findings);
    let missing = missing(&outcome, &gaps, areas);
    assert!(missing.is_empty(), "{missing:#?}");
    // The 2025–2026 report is not yet due on the day the plan was labelled.
    assert_eq!(outcome.duties["duty.two_yearly_report"].0, "not_judged");
    // Services S5 (employment office with a town unit) does cooperate with another
    // organisation.
    assert_eq!(
        outcome.duties["programme.skills_and_employment.cooperation"].0,
        "met"
    );
}

#[test]
fn filler_b_swedish_fails_with_its_seven_statutory_gaps() {
    let outcome = run("tests/fixtures/filler/b");
    let gaps = [
        gap(
            "1 programme link identifies no document",
            "IA001",
            "",
            ALL_SERVICES,
        ),
        gap(
            "2 one sentence for every objective",
            "IA010",
            "objectives",
            &[],
        ),
        gap("3 measures titled Arbete", "IA011", "measures", &[]),
        gap(
            "4 areas 3-5 only the municipality's own unit",
            "IA013",
            "",
            &[
                "planning.inclusion_and_equality.cooperation",
                "planning.own_language_and_culture.cooperation",
                "planning.good_relations.cooperation",
            ],
        ),
        gap("5 indicator named Mätare", "IA014", "indicators[I1]", &[]),
        gap(
            "6 strategy note about all residents",
            "IA016",
            "links[L2]",
            &["duty.mainstreaming"],
        ),
        gap(
            "7 report submitted before its period ended",
            "IA021",
            "reports[R1]",
            &["duty.two_yearly_report"],
        ),
        gap(
            "7 report contents all 'see the report'",
            "IA022",
            "reports[R1]",
            &["duty.two_yearly_report"],
        ),
    ];
    let areas: &[(&str, &[&str])] = &[
        ("IA010", &["objective"]),
        ("IA011", &["measure"]),
        ("IA014", &["indicator"]),
    ];
    assert_eq!(outcome.exit, 1, "{:#?}", outcome.findings);
    let missing = missing(&outcome, &gaps, areas);
    assert!(missing.is_empty(), "{missing:#?}");
    // Not gaps: VALKO linked by its real title; the county a partner in a wellbeing measure.
    assert_eq!(outcome.duties["duty.national_objectives"].0, "met");
    assert_eq!(outcome.duties["duty.wellbeing_services_county"].0, "met");
    assert_eq!(
        outcome.duties["planning.employment_and_education.cooperation"].0,
        "met"
    );
}

#[test]
fn filler_c_finnish_fails_with_its_ten_statutory_gaps() {
    let outcome = run("tests/fixtures/filler/c");
    let gaps = [
        gap(
            "1 descriptions 'Lisätään myöhemmin.', TBD, -",
            "IA009",
            "services",
            ALL_SERVICES,
        ),
        gap(
            "2 P1, P3, P6 only with another unit of the municipality",
            "IA004",
            "services",
            &[
                "programme.needs_assessment.cooperation",
                "programme.civic_orientation.cooperation",
                "programme.guidance_and_counselling.cooperation",
            ],
        ),
        gap(
            "3 civic orientation in [fi, fi]",
            "IA007",
            "services[P3]",
            &["programme.civic_orientation.languages"],
        ),
        gap(
            "4 'Tavoite lisätään myöhemmin.' x5",
            "IA010",
            "objectives",
            &[],
        ),
        gap("5 measures titled Toimenpide", "IA011", "measures", &[]),
        gap("6 partners only the municipality's units", "IA013", "", &[]),
        gap("7 indicator named Mittari", "IA014", "indicators[M1]", &[]),
        gap(
            "8 strategy note about all residents",
            "IA016",
            "links[L1]",
            &["duty.mainstreaming"],
        ),
        gap(
            "9 county not an actor, 'tarvittaessa'",
            "IA017",
            "",
            &["duty.wellbeing_services_county"],
        ),
        gap(
            "10 VALKO titled ?",
            "IA023",
            "",
            &["duty.national_objectives"],
        ),
    ];
    let areas: &[(&str, &[&str])] = &[
        ("IA010", &["objective"]),
        ("IA011", &["measure"]),
        ("IA013", &["cooperation"]),
        ("IA014", &["indicator"]),
    ];
    assert_eq!(outcome.exit, 1, "{:#?}", outcome.findings);
    let missing = missing(&outcome, &gaps, areas);
    assert!(missing.is_empty(), "{missing:#?}");
    for met in [
        "programme.integration_plan.cooperation",
        "programme.integration_training.cooperation",
        "programme.skills_and_employment.cooperation",
    ] {
        assert_eq!(outcome.duties[met].0, "met", "{met}");
    }
}

/// A plan of filler written after the rules changed, in another style (full sentences, the
/// Act's own words as labels, one sentence for every service and report content), labelled
/// before goodrel ran on it: its eleven gaps, all at error.
#[test]
fn filler_d_full_sentences_fails_with_its_eleven_statutory_gaps() {
    let outcome = run_on("tests/fixtures/filler/d", "2027-06-01");
    let gaps = [
        gap(
            "1 one sentence for five services",
            "IA009",
            "services",
            ALL_SERVICES,
        ),
        gap(
            "2 cooperation only within the municipality",
            "IA004",
            "services",
            &[
                "programme.needs_assessment.cooperation",
                "programme.civic_orientation.cooperation",
                "programme.guidance_and_counselling.cooperation",
            ],
        ),
        gap(
            "3 civic orientation in suomi and ruotsi",
            "IA007",
            "services[P3]",
            &["programme.civic_orientation.languages"],
        ),
        gap(
            "4 statements that are the areas' names",
            "IA010",
            "objectives",
            &[],
        ),
        gap(
            "5 measures 'Toimenpide 1', 'Kuvaus'",
            "IA011",
            "measures",
            &[],
        ),
        gap("6 partners the municipality's own units", "IA013", "", &[]),
        gap(
            "7 indicator 'Seurantamittari'",
            "IA014",
            "indicators[I1]",
            &[],
        ),
        gap(
            "8 strategy note: the strategy is followed",
            "IA016",
            "links[L1]",
            &["duty.mainstreaming"],
        ),
        gap(
            "9 county listed, 'as needed'",
            "IA017",
            "links[L2]",
            &["duty.wellbeing_services_county"],
        ),
        gap(
            "10 national objective 'Kansallinen tavoite'",
            "IA023",
            "",
            &["duty.national_objectives"],
        ),
        gap(
            "11 report contents 'Raportoitu erikseen.'",
            "IA022",
            "reports[R1]",
            &["duty.two_yearly_report"],
        ),
    ];
    let areas: &[(&str, &[&str])] = &[
        ("IA010", &["objective"]),
        ("IA011", &["measure"]),
        ("IA013", &["cooperation"]),
        ("IA014", &["indicator"]),
    ];
    assert_eq!(outcome.exit, 1, "{:#?}", outcome.findings);
    let missing = missing(&outcome, &gaps, areas);
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Plan e, written at review as the emptiest plan of ordinary sentences: its measures of
/// "developing cooperation" and "networks" are no measures (IA011 at error). What it still
/// passes is recorded in the README and asserted here, so a change that catches more shows.
#[test]
fn filler_e_generic_measures_fail_and_what_still_passes_is_known() {
    let outcome = run("tests/fixtures/filler/e");
    let gaps = [gap(
        "1 measures of developing cooperation and networks",
        "IA011",
        "",
        &[],
    )];
    let areas: &[(&str, &[&str])] = &[("IA011", &["measure"])];
    assert_eq!(outcome.exit, 1, "{:#?}", outcome.findings);
    let missing = missing(&outcome, &gaps, areas);
    assert!(missing.is_empty(), "{missing:#?}");
    let has = |rule: &str, severity: &str| {
        outcome
            .findings
            .iter()
            .any(|(r, s, _)| r == rule && s == severity)
    };
    // Gap 4 is a warning (the indicator is named, but monitors all five areas).
    assert!(has("MLG009", "warning"), "{:#?}", outcome.findings);
    // Gaps 2 and 3 pass today (README, e/): objectives and service descriptions in words that
    // fit anything are not told apart from real ones.
    assert!(!has("IA010", "error") && !has("IA009", "error"));
}
