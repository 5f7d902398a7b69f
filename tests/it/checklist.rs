//! `goodrel checklist` on the built binary, as a reviewer reads it: every ✓ names evidence
//! that exists in the plan, nothing absent is ✓, the statutory gaps are exactly `check`'s
//! error-level Integration Act findings (same rules, same places), and `check`, the
//! checklist and the report count them alike. On the examples and on plans written to mimic
//! real ones (`tests/fixtures/checklist/`).

use crate::common;

use assert_cmd::Command;
use serde_json::Value;

const AS_OF: &str = "2026-11-23";

/// Every plan the agreement is checked on.
const PLANS: &[&str] = &[
    "examples/city",
    "examples/small-town",
    "examples/oulu-like",
    "examples/incomplete",
    "tests/fixtures/checklist/no-programme-services",
    "tests/fixtures/checklist/three-areas",
    "tests/fixtures/checklist/no-reports",
];

fn goodrel() -> Command {
    let mut cmd = common::goodrel();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env("LANG", "en_US.UTF-8")
        .env("NO_COLOR", "1");
    cmd
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = goodrel().args(args).output().expect("runs");
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

fn stdout(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(code, Some(0), "stderr: {err}");
    out
}

/// A plan of one file, `plan.yaml`, in a directory of its own.
fn one_file_plan(yaml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("plan.yaml"), yaml).expect("write");
    dir
}

fn checklist_json(dir: &str, extra: &[&str]) -> Value {
    let mut args = vec!["checklist", dir, "--as-of", AS_OF, "--format", "json"];
    args.extend(extra);
    serde_json::from_str(&stdout(&args)).expect("json")
}

fn duties(v: &Value) -> &Vec<Value> {
    v["duties"].as_array().expect("duties")
}

fn duty<'v>(v: &'v Value, id: &str) -> &'v Value {
    duties(v)
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no duty {id}"))
}

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

fn check_json(dir: &str) -> Value {
    let (_, out, _) = run(&["check", dir, "--as-of", AS_OF, "--format", "json"]);
    serde_json::from_str(&out).expect("json")
}

/// A finding as both views name it: rule, path, message.
type Named = (String, String, String);

/// Every error-level Integration Act finding `check` reports.
fn statutory_errors(check: &Value) -> Vec<Named> {
    let mut out: Vec<Named> = check["plans"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| s(&f["rule"]).starts_with("IA") && f["severity"] == "error")
        .map(|f| (s(&f["rule"]), s(&f["location"]["path"]), s(&f["message"])))
        .collect();
    out.sort();
    out
}

/// The error-level findings behind the checklist's gaps, each once.
fn statutory_gaps(v: &Value) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    for d in duties(v).iter().filter(|d| d["verdict"] == "gap") {
        for f in d["findings"].as_array().expect("findings") {
            let r = (s(&f["rule"]), s(&f["path"]), s(&f["message"]));
            if r.0.starts_with("IA") && f["severity"] == "error" && !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_statutory_gaps_are_exactly_checks_statutory_errors_and_every_count_agrees() {
    for dir in PLANS {
        let v = checklist_json(dir, &[]);
        let check = check_json(dir);
        let errors = statutory_errors(&check);
        assert_eq!(statutory_gaps(&v), errors, "{dir}");
        assert_eq!(v["summary"]["statutory_gaps"], errors.len(), "{dir}");
        // `check`'s JSON carries the same evaluated duties and the same count.
        let plan = &check["plans"][0];
        assert_eq!(plan["checklist"], v["summary"], "{dir}");
        assert_eq!(plan["duties"], v["duties"], "{dir}");
        let by_family = plan["summary"]["by_family"]
            .as_array()
            .expect("families")
            .iter()
            .find(|f| f["family"] == "integration_act")
            .expect("IA");
        assert_eq!(by_family["error"], errors.len(), "{dir}");
        // `check`'s text says the same, and so does the report.
        let (_, text, _) = run(&["check", dir, "--as-of", AS_OF]);
        let line = format!("checklist: {} statutory gap", errors.len());
        assert!(text.contains(&line), "{dir}: {text}");
        let report = tempfile::tempdir().expect("tempdir");
        let html = report.path().join("r.html");
        let (code, _, err) = run(&[
            "report",
            dir,
            "--as-of",
            AS_OF,
            "-o",
            html.to_str().expect("utf-8"),
        ]);
        assert!(code == Some(0) || code == Some(1), "{err}");
        let html = std::fs::read_to_string(html).expect("report");
        let summary = format!(
            "{} statutory gap",
            v["summary"]["statutory_gaps"].as_u64().expect("count")
        );
        assert!(html.contains(&summary), "{dir}: the report's count");
        // Each ✓ of the report names what earns it, linked to the list of evidence.
        let ticks = html.matches("<span class=\"ok\">✓").count();
        let met = duties(&v).iter().filter(|d| d["verdict"] == "met").count();
        assert_eq!(ticks, met, "{dir}");
        assert!(met == 0 || html.contains("href=\"#ev-0\""), "{dir}");
    }
}

/// Every ✓ names evidence, and every piece of evidence is in the plan: its file, a line that
/// file has, and the item's id written there.
#[test]
fn every_tick_names_evidence_that_exists_in_the_plan() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in PLANS {
        let v = checklist_json(dir, &[]);
        for d in duties(&v) {
            let id = s(&d["id"]);
            match s(&d["verdict"]).as_str() {
                "met" => {
                    let evidence = d["evidence"].as_array().expect("evidence");
                    assert!(!evidence.is_empty(), "{dir} {id}: ✓ without evidence");
                    assert!(d["findings"].as_array().is_some_and(Vec::is_empty));
                    for e in evidence {
                        let file = root.join(s(&e["file"]));
                        let text = std::fs::read_to_string(&file)
                            .unwrap_or_else(|_| panic!("{dir} {id}: no file {file:?}"));
                        let line = e["line"].as_u64().expect("line") as usize;
                        assert!(line >= 1 && line <= text.lines().count(), "{dir} {id}");
                        let path = s(&e["path"]);
                        if let (Some(open), Some(close)) = (path.find('['), path.find(']')) {
                            let item = &path[open + 1..close];
                            assert!(text.contains(item), "{dir} {id}: {item} not in {file:?}");
                        }
                        assert!(!s(&e["label"]).is_empty());
                    }
                }
                "gap" => assert!(
                    d["findings"].as_array().is_some_and(|f| !f.is_empty()),
                    "{dir} {id}"
                ),
                "not_judged" => assert!(!s(&d["reason"]).is_empty(), "{dir} {id}"),
                other => panic!("{dir} {id}: verdict {other}"),
            }
        }
    }
}

/// The reviewer's first complaint: a city with no programme service got ✓ for civic
/// orientation and for every component's responsible authority and cooperation.
#[test]
fn no_programme_service_is_a_gap_and_leaves_the_rest_of_the_row_unjudged() {
    let v = checklist_json("tests/fixtures/checklist/no-programme-services", &[]);
    for component in [
        "needs_assessment",
        "integration_plan",
        "civic_orientation",
        "integration_training",
        "skills_and_employment",
        "guidance_and_counselling",
    ] {
        let service = duty(&v, &format!("programme.{component}.service"));
        assert_eq!(service["verdict"], "gap");
        assert_eq!(service["findings"][0]["rule"], "IA001");
        for column in ["responsible", "cooperation"] {
            let d = duty(&v, &format!("programme.{component}.{column}"));
            assert_eq!(d["verdict"], "not_judged", "{component} {column}");
            assert!(s(&d["reason"]).contains("IA001"), "{d}");
        }
    }
    let languages = duty(&v, "programme.civic_orientation.languages");
    assert_eq!(languages["verdict"], "not_judged");
}

/// A §45 area with no objective: its objective is a gap, the rest of its row not judged.
#[test]
fn an_area_without_objective_leaves_its_row_unjudged() {
    let v = checklist_json("tests/fixtures/checklist/three-areas", &[]);
    for area in ["inclusion_and_equality", "own_language_and_culture"] {
        let objective = duty(&v, &format!("planning.{area}.objective"));
        assert_eq!(objective["verdict"], "gap");
        assert_eq!(objective["findings"][0]["rule"], "IA010");
        assert_eq!(objective["findings"].as_array().map(Vec::len), Some(1));
        for column in ["measure", "responsible", "cooperation", "indicator"] {
            let d = duty(&v, &format!("planning.{area}.{column}"));
            assert_eq!(d["verdict"], "not_judged", "{area} {column}");
            assert!(s(&d["reason"]).contains("IA010"), "{d}");
        }
    }
    for area in [
        "employment_and_education",
        "wellbeing_health_housing",
        "good_relations",
    ] {
        for column in [
            "objective",
            "measure",
            "responsible",
            "cooperation",
            "indicator",
        ] {
            let d = duty(&v, &format!("planning.{area}.{column}"));
            assert_eq!(d["verdict"], "met", "{area} {column}: {d}");
        }
    }
}

/// No plan period and no reports: the two-yearly report is not judged before the first one
/// is due (the duty runs from 2025 whatever the plan period), never ✓.
#[test]
fn no_reports_and_no_period_is_not_a_tick() {
    let v = checklist_json("tests/fixtures/checklist/no-reports", &[]);
    let report = duty(&v, "duty.two_yearly_report");
    assert_eq!(report["verdict"], "not_judged");
    assert!(s(&report["reason"]).contains("2027-03-31"), "{report}");
    let period = duty(&v, "duty.plan_period");
    assert_eq!(period["verdict"], "gap");
    assert_eq!(period["basis"], "guidance");
    // A guidance gap is not counted as statutory.
    assert_eq!(v["summary"]["statutory_gaps"], statutory_gaps(&v).len());
}

/// The other contradictions, on the incomplete example: IA004's services show their
/// cooperation as gaps, civic orientation's languages is a row of the grid (not "not
/// checked" beside a ✗ elsewhere), warnings stay in guidance rows, and VALKO is ✓ when
/// linked whatever IA033 says.
#[test]
fn the_checklist_does_not_contradict_check() {
    let v = checklist_json("examples/incomplete", &[]);
    let check = check_json("examples/incomplete");
    for f in check["plans"][0]["findings"].as_array().expect("findings") {
        if f["rule"] == "IA004" {
            let gaps: Vec<&Value> = duties(&v)
                .iter()
                .filter(|d| {
                    s(&d["id"]).ends_with(".cooperation")
                        && d["findings"]
                            .as_array()
                            .is_some_and(|fs| fs.iter().any(|x| x["rule"] == "IA004"))
                })
                .collect();
            assert!(!gaps.is_empty(), "IA004 is in no cooperation cell");
        }
    }
    for d in duties(&v) {
        let warnings = d["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["severity"] != "error");
        if warnings && d["basis"] == "statute" {
            panic!("a warning or info in a statutory duty: {d}");
        }
    }
    assert!(
        !duties(&v)
            .iter()
            .any(|d| s(&d["id"]).contains("civic_orientation_languages")),
        "civic orientation's languages is a cell of the grid"
    );
    let valko = duty(&v, "duty.national_objectives");
    assert_eq!(valko["verdict"], "met", "{valko}");
    let employment = duty(&v, "duty.national_employment_objectives");
    assert_eq!(employment["verdict"], "gap");
    assert_eq!(employment["basis"], "guidance");
    assert_eq!(employment["findings"][0]["rule"], "IA033");
}

#[test]
fn each_missing_component_and_area_gets_its_own_finding() {
    let v = checklist_json("examples/incomplete", &[]);
    for key in ["civic_orientation", "guidance_and_counselling"] {
        let d = duty(&v, &format!("programme.{key}.service"));
        assert_eq!(d["verdict"], "gap");
        assert_eq!(d["findings"].as_array().map(Vec::len), Some(1), "{d}");
    }
    // The needs assessment exists (no IA002), but its services are only named (IA009).
    let d = duty(&v, "programme.needs_assessment.service");
    let rules: Vec<&str> = d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["IA009"], "{d}");
    for key in ["own_language_and_culture", "good_relations"] {
        let d = duty(&v, &format!("planning.{key}.objective"));
        assert_eq!(d["findings"].as_array().map(Vec::len), Some(1), "{d}");
    }
    // M3 serves O3 (inclusion and equality): its missing responsible party is placed there.
    let d = duty(&v, "planning.inclusion_and_equality.responsible");
    assert_eq!(d["findings"][0]["path"], "measures[M3]");
    assert_eq!(
        duty(&v, "planning.employment_and_education.responsible")["verdict"],
        "met"
    );
}

#[test]
fn a_rule_switched_off_leaves_its_cells_not_judged_rather_than_ticked() {
    let v = checklist_json("examples/incomplete", &["--level", "IA012=off"]);
    let d = duty(&v, "planning.inclusion_and_equality.responsible");
    assert_eq!(d["verdict"], "not_judged");
    assert!(s(&d["reason"]).contains("IA012"), "{d}");
    let text = stdout(&[
        "checklist",
        "examples/incomplete",
        "--as-of",
        AS_OF,
        "--level",
        "IA012=off",
    ]);
    assert!(!text.contains("IA012 measures"), "{text}");
}

#[test]
fn a_programme_kept_separately_is_not_judged_rather_than_missing() {
    let dir = one_file_plan(
        "municipality: {name: Fixture}\nlinks:\n  - {id: L1, kind: integration_programme, title: Kotoutumisohjelma 2025-2028, approved: 2024-12-16}\n",
    );
    let path = dir.path().to_str().expect("utf-8 path");
    let v = checklist_json(path, &[]);
    for d in duties(&v)
        .iter()
        .filter(|d| s(&d["id"]).starts_with("programme."))
    {
        assert_eq!(d["verdict"], "not_judged", "{d}");
        if !s(&d["id"]).ends_with(".languages") || s(&d["id"]).contains("civic") {
            assert!(
                s(&d["reason"]).contains("kept in 'Kotoutumisohjelma 2025-2028'"),
                "{d}"
            );
        }
    }
    let text = stdout(&["checklist", path, "--as-of", AS_OF]);
    assert!(text.contains("(IA006)"), "{text}");
    // The planning grid still speaks: this plan has no objectives.
    assert!(text.contains("IA010"), "{text}");
}

#[test]
fn a_service_without_a_component_keeps_a_row_of_its_own() {
    let dir = one_file_plan(
        "municipality: {name: Fixture}\nactors:\n  - {id: city, name: City, kind: municipal_sector}\nservices:\n  - {id: S1, name: Guidance, responsible: city}\n",
    );
    let v = checklist_json(dir.path().to_str().expect("utf-8 path"), &[]);
    let d = duty(&v, "programme.unassigned.service");
    assert_eq!(d["findings"][0]["path"], "services[S1]");
    // The six components are all missing: one IA002 each, not the service's finding.
    for d in duties(&v)
        .iter()
        .filter(|d| s(&d["id"]).ends_with(".service") && !s(&d["id"]).contains("unassigned"))
    {
        let fs = d["findings"].as_array().expect("fs");
        assert_eq!(fs.len(), 1, "{d}");
        assert_eq!(fs[0]["path"], "services");
    }
}

#[test]
fn ascii_by_flag_or_by_locale() {
    let args = ["checklist", "examples/incomplete", "--as-of", AS_OF];
    let unicode = stdout(&args);
    assert!(unicode.contains('✓') && unicode.contains('✗'));
    let mut flagged = args.to_vec();
    flagged.push("--ascii");
    for out in [
        stdout(&flagged),
        String::from_utf8(
            goodrel()
                .env("LANG", "C")
                .args(args)
                .output()
                .expect("runs")
                .stdout,
        )
        .expect("utf-8"),
    ] {
        // Plan text and "§" stay as written; the marks and borders are ASCII.
        assert!(!out.contains(['✓', '✗', '│', '─']), "{out}");
        assert!(out.contains("| ok ") && out.contains("| --"), "{out}");
    }
}

#[test]
fn no_plan_or_a_missing_directory_exits_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = run(&["checklist", dir.path().to_str().expect("utf-8 path")]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no plan files"), "{err}");
    let (code, _, _) = run(&["checklist", "examples/no-such-plan"]);
    assert_eq!(code, Some(2));
    let (code, _, _) = run(&["checklist", "examples/city", "--format", "yaml"]);
    assert_eq!(code, Some(2));
    let (code, _, err) = run(&["checklist", "examples/city", "--config", "no-such.toml"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no such configuration file"), "{err}");
}

#[test]
fn an_unreadable_file_leaves_every_duty_not_judged() {
    let dir = one_file_plan("municipality: {name: Fixture}\n");
    std::fs::write(dir.path().join("broken.yaml"), "measures: [\n").expect("write");
    let (code, out, err) = run(&[
        "checklist",
        dir.path().to_str().expect("utf-8 path"),
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("not judged"), "{err}");
    let v: Value = serde_json::from_str(&out).expect("json");
    for d in duties(&v) {
        assert_eq!(d["verdict"], "not_judged", "{d}");
    }
}

/// A wrong value: the cells resting on it wait, the note says where, JSON lists it.
#[test]
fn a_held_back_finding_is_named_where_the_reader_looks() {
    let dir = one_file_plan(
        "municipality: {name: Fixture}\nobjectives:\n  - {id: O1, area: employment_and_education, statement: More immigrants in work}\n  - {id: O2, area: hyvinvointi, statement: Wellbeing}\n",
    );
    let path = dir.path().to_str().expect("utf-8 path");
    let (code, text, _) = run(&["check", path, "--as-of", AS_OF]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("findings held back until the value at")
            && text.contains("plan.yaml:4:14 is fixed (IA010, IA011"),
        "{text}"
    );
    let check = check_json(path);
    let held = check["plans"][0]["held_back"]
        .as_array()
        .expect("held_back");
    assert!(
        held.iter().any(|h| h["rule"] == "IA010"
            && h["because"]["line"] == 4
            && h["because"]["column"] == 14),
        "{held:?}"
    );
    let v = checklist_json(path, &[]);
    let d = duty(&v, "planning.wellbeing_health_housing.objective");
    assert_eq!(d["verdict"], "not_judged");
    assert!(
        s(&d["reason"]).contains("held back until the value at"),
        "{d}"
    );
    assert_eq!(
        duty(&v, "planning.employment_and_education.objective")["verdict"],
        "met"
    );
}

#[test]
fn snapshot_of_the_text_view() {
    let out = stdout(&["checklist", "examples/incomplete", "--as-of", AS_OF]);
    insta::assert_snapshot!("checklist_incomplete_text", out);
}

#[test]
fn snapshot_of_the_markdown_view() {
    let out = stdout(&[
        "checklist",
        "examples/incomplete",
        "--as-of",
        AS_OF,
        "--format",
        "markdown",
    ]);
    insta::assert_snapshot!("checklist_incomplete_markdown", out);
}

#[test]
fn snapshot_of_the_json_view() {
    let out = stdout(&[
        "checklist",
        "examples/incomplete",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ])
    .replace(env!("CARGO_PKG_VERSION"), "[version]");
    insta::assert_snapshot!("checklist_incomplete_json", out);
}

#[test]
fn the_view_speaks_finnish_and_swedish_and_json_keeps_its_keys() {
    let fi = stdout(&[
        "checklist",
        "examples/incomplete",
        "--as-of",
        AS_OF,
        "--lang",
        "fi",
        "--ascii",
    ]);
    for expected in [
        "Lakisääteinen tarkistuslista: examples/incomplete (tilanne 23.11.2026)",
        "Kotoutumisohjelma (13 §): vähimmäissisällön osat",
        "| osa ",
        "yhteiskuntaorientaatio",
        "väestösuhteet",
        "hyvinvointialueen kanssa",
        "| lakisääteinen ",
        "| ei tark.",
        "Ei arvioitu:",
        "Peruste:",
        "lakisääteistä puutetta",
    ] {
        assert!(fi.contains(expected), "{expected}: {fi}");
    }
    for english in [
        "component",
        "statutory",
        "guidance",
        "Other duties",
        "n/a",
        "Evidence",
        "responsible ",
    ] {
        assert!(!fi.contains(english), "{english}: {fi}");
    }
    let sv = checklist_json("examples/incomplete", &["--lang", "sv"]);
    let en = checklist_json("examples/incomplete", &[]);
    // The same duties under the same ids and verdicts; only the texts follow the language.
    let ids = |v: &Value| -> Vec<(String, String)> {
        duties(v)
            .iter()
            .map(|d| (s(&d["id"]), s(&d["verdict"])))
            .collect()
    };
    assert_eq!(ids(&sv), ids(&en));
    let d = duty(&sv, "programme.civic_orientation.service");
    assert!(
        s(&d["label"]).starts_with("flerspråkig samhällsorientering"),
        "{d}"
    );
    let d = duty(&sv, "duty.wellbeing_services_county");
    assert_eq!(d["label"], "samarbete med välfärdsområdet");
}
