//! Past 50 findings of one rule in one plan, the rest are folded into one finding of that
//! rule that lists their places (`also`), on the built binary: no place is lost in any
//! format, every format stays valid, suppressions and ignores still reach folded places,
//! and the exit code does not change.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

const CAP: usize = goodrel::finding::FOLD_CAP;
const MEASURES: usize = 120;

fn run(cwd: &Path, args: &[&str]) -> (i32, String) {
    common::run_in(cwd, 60, args)
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A plan of `MEASURES` measures, none with a responsible party (IA012, an error, once per
/// measure); `line` gives measure `i`'s own line (its `- id:` line).
fn plan(measure_line_extra: impl Fn(usize) -> String) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plan");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("plan.yaml"),
        "municipality:\n  name: Foldby\nactors:\n  - {id: a, name: A, kind: ngo}\n",
    )
    .unwrap();
    let mut measures = String::from("measures:\n");
    for i in 0..MEASURES {
        measures.push_str(&measure_line_extra(i));
        measures.push_str(&format!("  - id: M{i}\n    title: Measure {i}\n"));
    }
    std::fs::write(dir.join("measures.yaml"), measures).unwrap();
    tmp
}

fn json(cwd: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["check", "plan", "--format", "json"];
    args.extend_from_slice(extra);
    let (code, out) = run(cwd, &args);
    (code, serde_json::from_str(&out).unwrap())
}

fn of_rule<'a>(json: &'a Value, rule: &str) -> Vec<&'a Value> {
    json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// The measure ids named by a rule's findings and their folded places.
fn measures_named(findings: &[&Value]) -> BTreeSet<String> {
    let id = |path: &str| {
        path.strip_prefix("measures[")
            .and_then(|p| p.split(']').next())
            .map(str::to_owned)
    };
    let mut out = BTreeSet::new();
    for f in findings {
        out.extend(id(f["location"]["path"].as_str().unwrap()));
        for place in f["also"].as_array().into_iter().flatten() {
            out.extend(id(place["path"].as_str().unwrap()));
        }
    }
    out
}

#[test]
fn a_rule_past_the_cap_gives_the_cap_and_one_fold_that_lists_every_other_place() {
    let tmp = plan(|_| String::new());
    let (code, json) = json(tmp.path(), &[]);
    assert_eq!(code, 1, "IA012 is an error");
    let ia012 = of_rule(&json, "IA012");
    assert_eq!(ia012.len(), CAP + 1, "{ia012:#?}");
    let folds: Vec<&&Value> = ia012.iter().filter(|f| f.get("also").is_some()).collect();
    assert_eq!(folds.len(), 1, "one folded finding");
    let fold = folds[0];
    let folded = MEASURES - CAP;
    assert_eq!(fold["also"].as_array().unwrap().len(), folded - 1);
    assert!(
        fold["message"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{folded} more findings")),
        "{fold}"
    );
    assert_eq!(fold["severity"], "error");
    // Each place has a file, a line, a column and a path; the lines are the measures' own.
    let place = &fold["also"][0];
    assert_eq!(place["file"], "plan/measures.yaml");
    assert!(place["line"].as_u64().unwrap() > 1);
    assert!(place["column"].as_u64().unwrap() >= 1);
    // No measure is lost.
    let all: BTreeSet<String> = (0..MEASURES).map(|i| format!("M{i}")).collect();
    assert_eq!(measures_named(&ia012), all);
    // The summary counts the fold once (`also` holds the rest).
    let errors = json["plans"][0]["summary"]["error"].as_u64().unwrap() as usize;
    let all_errors = json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .count();
    assert_eq!(errors, all_errors);
    // Every rule of the plan keeps at most the cap and one fold.
    let findings = json["plans"][0]["findings"].as_array().unwrap();
    for f in findings {
        let rule = f["rule"].as_str().unwrap();
        assert!(of_rule(&json, rule).len() <= CAP + 1, "{rule}");
    }
}

/// Past [`goodrel::finding::FOLD_PLACES_LISTED`] folded places, `also` stops listing and
/// `also_unlisted` counts the rest; the message and the summary still count every one.
#[test]
fn a_fold_lists_at_most_a_thousand_places_and_counts_the_rest() {
    let listed = goodrel::finding::FOLD_PLACES_LISTED;
    let n = CAP + 1 + listed + 7;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plan");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("plan.yaml"), "municipality:\n  name: Foldby\n").unwrap();
    let mut measures = String::from("measures:\n");
    for i in 0..n {
        measures.push_str(&format!("  - {{id: M{i}, title: T}}\n"));
    }
    std::fs::write(dir.join("measures.yaml"), measures).unwrap();
    let (code, json) = json(tmp.path(), &[]);
    assert_eq!(code, 1);
    let ia012 = of_rule(&json, "IA012");
    let fold = ia012.iter().find(|f| f.get("also").is_some()).unwrap();
    assert_eq!(fold["also"].as_array().unwrap().len(), listed);
    assert_eq!(fold["also_unlisted"], 7);
    let folded = n - CAP;
    assert!(
        fold["message"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{folded} more findings")),
        "{fold}"
    );
    // A fold that lists every place has no `also_unlisted`.
    let small = plan(|_| String::new());
    let (_, json) = self::json(small.path(), &[]);
    assert!(
        of_rule(&json, "IA012")
            .iter()
            .all(|f| f.get("also_unlisted").is_none())
    );
}

#[test]
fn text_shows_the_count_and_the_first_places() {
    let tmp = plan(|_| String::new());
    let (code, out) = run(tmp.path(), &["check", "plan"]);
    assert_eq!(code, 1);
    let folded = MEASURES - CAP;
    assert!(
        out.contains(&format!("{folded} more findings of this rule")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "also at measures[M{}] (plan/measures.yaml:",
            CAP + 1
        )),
        "{out}"
    );
    assert!(out.contains(&format!("and {} more", folded - 4)), "{out}");
    // `--quiet` too.
    let (_, quiet) = run(tmp.path(), &["check", "plan", "--quiet"]);
    assert!(
        quiet.contains(&format!("{folded} more findings")),
        "{quiet}"
    );
}

#[test]
fn every_format_shows_the_fold_and_stays_valid() {
    let tmp = plan(|_| String::new());
    let folded = MEASURES - CAP;
    let count = format!("{folded} more findings");

    // SARIF: valid against the official schema; the other places are related locations.
    let (code, out) = run(tmp.path(), &["check", "plan", "--format", "sarif"]);
    assert_eq!(code, 1);
    let log: Value = serde_json::from_str(&out).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/data/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let fold: Vec<&Value> = results
        .iter()
        .filter(|r| r["ruleId"] == "IA012" && r.get("relatedLocations").is_some())
        .collect();
    assert_eq!(fold.len(), 1);
    assert!(
        fold[0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains(&count)
    );
    let related = fold[0]["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), folded - 1);
    assert_eq!(
        related[0]["physicalLocation"]["artifactLocation"]["uri"],
        "plan/measures.yaml"
    );
    assert_eq!(
        related[0]["message"]["text"],
        format!("measures[M{}]", CAP + 1)
    );
    assert_eq!(
        results.iter().filter(|r| r["ruleId"] == "IA012").count(),
        CAP + 1
    );

    // JUnit: valid against junit-10.xsd when xmllint is installed.
    let (_, xml) = run(tmp.path(), &["check", "plan", "--format", "junit"]);
    assert!(xml.contains(&count), "{xml}");
    if let Some(xmllint) = which("xmllint") {
        let file = tmp.path().join("report.xml");
        std::fs::write(&file, &xml).unwrap();
        let out = std::process::Command::new(xmllint)
            .arg("--noout")
            .arg("--schema")
            .arg(repo().join("tests/data/junit-10.xsd"))
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    // GitHub: one annotation per finding, the fold's naming its count and first places.
    let (_, gh) = run(tmp.path(), &["check", "plan", "--format", "github"]);
    let ia012: Vec<&str> = gh.lines().filter(|l| l.contains("title=IA012 ")).collect();
    assert_eq!(ia012.len(), CAP + 1);
    assert!(
        ia012
            .iter()
            .any(|l| l.contains(&count) && l.contains("Also at measures[M"))
    );

    // GitLab: JSON, one issue per finding.
    let (_, gl) = run(tmp.path(), &["check", "plan", "--format", "gitlab"]);
    let issues: Value = serde_json::from_str(&gl).unwrap();
    let ia012 = issues
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["check_name"] == "IA012")
        .count();
    assert_eq!(ia012, CAP + 1);
    assert!(gl.contains(&count));

    // Markdown.
    let (_, md) = run(tmp.path(), &["check", "plan", "--format", "markdown"]);
    assert!(md.contains(&count), "{md}");
    assert!(md.contains("also at measures\\[M"), "{md}");
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

#[test]
fn a_suppression_reaches_a_folded_place() {
    let target = CAP + 10;
    let tmp = plan(|i| {
        if i == target {
            "  # goodrel: ignore[IA012] carried by the parish, agreed in the group\n".to_owned()
        } else {
            String::new()
        }
    });
    let (code, json) = json(tmp.path(), &[]);
    assert_eq!(code, 1);
    let ia012 = of_rule(&json, "IA012");
    let named = measures_named(&ia012);
    assert!(!named.contains(&format!("M{target}")), "suppressed");
    assert_eq!(named.len(), MEASURES - 1);
    assert!(
        of_rule(&json, "PLAN010").is_empty(),
        "the suppression is used: {:#?}",
        of_rule(&json, "PLAN010")
    );
    let fold = ia012.iter().find(|f| f.get("also").is_some()).unwrap();
    let folded = MEASURES - CAP - 1;
    assert!(
        fold["message"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{folded} more findings")),
        "the count is what is left: {fold}"
    );
}

#[test]
fn an_ignore_of_the_configuration_reaches_folded_places_and_the_fold_moves() {
    let tmp = plan(|_| String::new());
    std::fs::create_dir(tmp.path().join(".git")).unwrap();
    // The fold's own place (the first folded measure) and another one.
    std::fs::write(
        tmp.path().join("goodrel.toml"),
        format!(
            "[rules.IA012]\nignore = [\"measures[M{}]\", \"measures[M{}]\"]\n",
            CAP,
            CAP + 5
        ),
    )
    .unwrap();
    let (_, json) = json(tmp.path(), &[]);
    let ia012 = of_rule(&json, "IA012");
    let named = measures_named(&ia012);
    assert_eq!(named.len(), MEASURES - 2);
    assert!(!named.contains(&format!("M{CAP}")));
    let fold = ia012.iter().find(|f| f.get("also").is_some()).unwrap();
    assert_eq!(
        fold["location"]["path"],
        format!("measures[M{}]", CAP + 1),
        "the fold moves to its next place"
    );
}

#[test]
fn the_exit_code_is_the_same_as_without_the_fold() {
    let tmp = plan(|_| String::new());
    for format in [
        "text", "json", "sarif", "github", "gitlab", "junit", "markdown",
    ] {
        let (code, _) = run(tmp.path(), &["check", "plan", "--format", format]);
        assert_eq!(code, 1, "{format}");
    }
    let (code, _) = run(tmp.path(), &["check", "plan", "--exit-zero"]);
    assert_eq!(code, 0);
}

#[test]
fn format_findings_of_the_loader_fold_the_same_way() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plan");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("plan.yaml"), "municipality:\n  name: Foldby\n").unwrap();
    // 120 measures without an id: PLAN004 each.
    std::fs::write(dir.join("m.toml"), "[[measures]]\n".repeat(MEASURES)).unwrap();
    let (code, json) = json(tmp.path(), &[]);
    assert_eq!(code, 1);
    let plan004 = of_rule(&json, "PLAN004");
    assert_eq!(plan004.len(), CAP + 1);
    let lines: BTreeSet<u64> = plan004
        .iter()
        .flat_map(|f| {
            std::iter::once(f["location"]["start"]["line"].as_u64().unwrap()).chain(
                f["also"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| p["line"].as_u64().unwrap()),
            )
        })
        .collect();
    assert_eq!(
        lines,
        (1..=MEASURES as u64).collect(),
        "every table is listed"
    );
}

#[test]
fn fifty_one_findings_are_not_folded() {
    let folds = goodrel::finding::fold(
        (0..=CAP)
            .map(|i| goodrel::finding::Finding {
                rule: &goodrel::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE,
                severity: goodrel::finding::Severity::Error,
                message: goodrel::msg!("verbatim", text = format!("m{i}")),
                location: Some(goodrel::file_start("p.yaml")),
                hint: None,
                also: goodrel::finding::Also::default(),
                rows: Vec::new(),
            })
            .collect(),
    );
    assert_eq!(folds.len(), CAP + 1);
    assert!(folds.iter().all(|f| !f.is_folded()));
    assert_eq!(
        folds[CAP].message,
        goodrel::msg!("verbatim", text = format!("m{CAP}")),
        "the last one keeps its message"
    );
}
