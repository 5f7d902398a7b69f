//! `goodrel checklist` on the built binary: the grid against `check`'s own findings, the
//! examples, the separate programme, ASCII, honesty about rules that did not run, and
//! snapshots of the text and JSON views.

use crate::common;

use assert_cmd::Command;
use serde_json::Value;

const AS_OF: &str = "2026-11-23";

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

fn checklist_json(dir: &str, extra: &[&str]) -> Value {
    let mut args = vec!["checklist", dir, "--as-of", AS_OF, "--format", "json"];
    args.extend(extra);
    serde_json::from_str(&stdout(&args)).expect("json")
}

/// One cell: (statutory, mark, [(rule, path)]).
type CellView = (bool, String, Vec<(String, String)>);

/// Every cell of a checklist.
fn cells(v: &Value) -> Vec<CellView> {
    let cell = |statutory: bool, c: &Value| {
        let findings = c["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap_or_default().to_owned(),
                    f["path"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        (
            statutory,
            c["mark"].as_str().unwrap_or_default().to_owned(),
            findings,
        )
    };
    let mut all = Vec::new();
    for grid in ["programme", "planning"] {
        for row in v[grid]["rows"].as_array().into_iter().flatten() {
            for c in row["cells"].as_object().expect("cells").values() {
                all.push(cell(true, c));
            }
        }
    }
    for d in v["duties"].as_array().expect("duties") {
        all.push(cell(d["statutory"].as_bool().expect("flag"), &d["cell"]));
    }
    all
}

/// (rule, path, severity) of every finding `check --format json` reports.
fn check_findings(dir: &str) -> Vec<(String, String, String)> {
    let (_, out, _) = run(&["check", dir, "--as-of", AS_OF, "--format", "json"]);
    let v: Value = serde_json::from_str(&out).expect("json");
    v["plans"][0]["findings"]
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
                f["severity"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_statutory_gap_of_the_incomplete_example_is_in_the_grid() {
    let grid = cells(&checklist_json("examples/incomplete", &[]));
    let findings = check_findings("examples/incomplete");
    let errors: Vec<_> = findings
        .iter()
        .filter(|(rule, _, severity)| rule.starts_with("IA") && severity == "error")
        .collect();
    assert!(errors.len() >= 5, "the example has its gaps: {errors:?}");
    for (rule, path, _) in &errors {
        assert!(
            grid.iter()
                .any(|(_, mark, fs)| mark == "gap" && fs.contains(&(rule.clone(), path.clone()))),
            "{rule} at {path} is in no cell"
        );
    }
    // And the grid names no finding that `check` does not report.
    for (_, _, fs) in &grid {
        for (rule, path) in fs {
            assert!(
                findings.iter().any(|(r, p, _)| r == rule && p == path),
                "the grid invents {rule} at {path}"
            );
        }
    }
    // A gap is a cell with findings, and only that.
    for (_, mark, fs) in &grid {
        assert_eq!(mark == "gap", !fs.is_empty(), "{mark} {fs:?}");
    }
}

#[test]
fn each_missing_component_and_area_gets_its_own_finding() {
    let v = checklist_json("examples/incomplete", &[]);
    let row = |grid: &str, key: &str| {
        v[grid]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["key"] == key)
            .cloned()
            .expect("row")
    };
    for key in ["civic_orientation", "guidance_and_counselling"] {
        let cell = &row("programme", key)["cells"]["service"];
        assert_eq!(cell["mark"], "gap");
        assert_eq!(cell["findings"].as_array().map(Vec::len), Some(1), "{cell}");
    }
    assert_eq!(
        row("programme", "needs_assessment")["cells"]["service"]["mark"],
        "ok"
    );
    // No rule checks a service's languages yet: nothing is claimed.
    assert_eq!(
        row("programme", "needs_assessment")["cells"]["languages"]["mark"],
        "not_checked"
    );
    for key in ["own_language_and_culture", "good_relations"] {
        let cell = &row("planning", key)["cells"]["objective"];
        assert_eq!(cell["findings"].as_array().map(Vec::len), Some(1), "{cell}");
    }
    // M3 serves O3 (inclusion and equality): its missing responsible party is placed there.
    let cell = &row("planning", "inclusion_and_equality")["cells"]["responsible"];
    assert_eq!(cell["findings"][0]["path"], "measures[M3]");
    assert_eq!(
        row("planning", "employment_and_education")["cells"]["responsible"]["mark"],
        "ok"
    );
}

#[test]
fn the_city_example_has_no_statutory_gap() {
    let v = checklist_json("examples/city", &[]);
    for (statutory, mark, fs) in cells(&v) {
        assert!(!(statutory && mark == "gap"), "{fs:?}");
    }
    assert_eq!(v["summary"]["statutory_gaps"], 0);
    assert_eq!(v["programme"]["status"], "checked");
}

#[test]
fn a_rule_switched_off_leaves_its_cells_not_checked_rather_than_ticked() {
    let v = checklist_json("examples/incomplete", &["--level", "IA012=off"]);
    let row = v["planning"]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["key"] == "inclusion_and_equality")
        .cloned()
        .expect("row");
    assert_eq!(row["cells"]["responsible"]["mark"], "not_checked");
    let text = stdout(&[
        "checklist",
        "examples/incomplete",
        "--as-of",
        AS_OF,
        "--level",
        "IA012=off",
    ]);
    assert!(!text.contains("IA012"), "{text}");
}

#[test]
fn a_programme_kept_separately_is_not_checked_rather_than_missing() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("plan.yaml"),
        "municipality: {name: Fixture}\nlinks:\n  - {id: L1, kind: integration_programme, title: Kotoutumisohjelma 2025-2028}\n",
    )
    .expect("write");
    let path = dir.path().to_str().expect("utf-8 path");
    let v = checklist_json(path, &[]);
    assert_eq!(v["programme"]["status"], "kept_separately");
    assert_eq!(v["programme"]["kept_in"]["link"], "L1");
    let text = stdout(&["checklist", path, "--as-of", AS_OF]);
    assert_eq!(
        text.matches("kept in 'Kotoutumisohjelma").count(),
        6,
        "{text}"
    );
    // The planning grid still speaks: this plan has no objectives.
    assert!(text.contains("IA010"), "{text}");
}

#[test]
fn a_service_without_a_component_keeps_a_row_of_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("plan.yaml"),
        "municipality: {name: Fixture}\nactors:\n  - {id: city, name: City, kind: municipal_sector}\nservices:\n  - {id: S1, name: Guidance, responsible: city}\n",
    )
    .expect("write");
    let v = checklist_json(dir.path().to_str().expect("utf-8 path"), &[]);
    let duty = v["duties"]
        .as_array()
        .expect("duties")
        .iter()
        .find(|d| d["key"] == "IA002")
        .cloned()
        .expect("a row for the unplaced IA002 finding");
    assert_eq!(duty["cell"]["findings"][0]["path"], "services[S1]");
    // The six components are all missing: one IA002 each, not the service's finding.
    for row in v["programme"]["rows"].as_array().expect("rows") {
        let fs = row["cells"]["service"]["findings"].as_array().expect("fs");
        assert_eq!(fs.len(), 1, "{row}");
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
        assert!(!out.contains(['✓', '✗', '–', '│', '─']), "{out}");
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
fn an_unreadable_file_leaves_every_cell_not_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("plan.yaml"),
        "municipality: {name: Fixture}\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("broken.yaml"), "measures: [\n").expect("write");
    let (code, out, err) = run(&[
        "checklist",
        dir.path().to_str().expect("utf-8 path"),
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("not checked"), "{err}");
    let v: Value = serde_json::from_str(&out).expect("json");
    for (_, mark, fs) in cells(&v) {
        assert_eq!(mark, "not_checked", "{fs:?}");
    }
}

#[test]
fn snapshot_of_the_text_view() {
    let out = stdout(&["checklist", "examples/incomplete", "--as-of", AS_OF]);
    insta::assert_snapshot!("checklist_incomplete_text", out);
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
        "13 puutetta, joista lakisääteisiä 8.",
    ] {
        assert!(fi.contains(expected), "{expected}: {fi}");
    }
    for english in ["component", "statutory", "guidance", "Other duties", "n/a"] {
        assert!(!fi.contains(english), "{english}: {fi}");
    }
    let sv = checklist_json("examples/incomplete", &["--lang", "sv"]);
    let en = checklist_json("examples/incomplete", &[]);
    // The same cells under the same keys; only the labels follow the language.
    assert_eq!(cells(&sv), cells(&en));
    let row = &sv["programme"]["rows"][2];
    assert_eq!(row["key"], "civic_orientation");
    assert_eq!(row["label"], "flerspråkig samhällsorientering");
    assert_eq!(row["cells"]["service"]["mark"], "gap");
    let duty = sv["duties"]
        .as_array()
        .expect("duties")
        .iter()
        .find(|d| d["key"] == "wellbeing_services_county")
        .cloned()
        .expect("duty");
    assert_eq!(duty["label"], "samarbete med välfärdsområdet");
}
