//! Every example plan under `examples/` is checked with its expected findings.
//!
//! Each subdirectory of `examples/` that holds plan files (except `ci/`, which holds CI
//! configuration examples) is checked as of 2026-11-23, and its findings are snapshotted as
//! sorted `<severity> <rule> <file>:<line> <message>` lines under `tests/snapshots/`. The
//! snapshots change whenever a rule is added or reworded: review the diff and accept it with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test examples`).
//!
//! Beyond the snapshots, the examples must keep their purpose: no example has a plan-format
//! (PLAN…) finding, the complete examples have no error-level finding, and the deliberately
//! incomplete one has errors. Every plan file starts with the editor-schema comment line.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use goodrel::finding::Severity;
use goodrel::model::date::Date;
use goodrel::{CheckOptions, PlanReport, check_dir};

/// Examples that are meant to have statutory gaps (errors).
const INCOMPLETE: &[&str] = &["incomplete"];

/// The examples this file was written with; they also carry the editor-schema line.
const BUNDLED: &[&str] = &["city", "incomplete", "small-town", "bilingual-town"];

/// Subdirectories of `examples/` that are not plan examples.
const NOT_PLANS: &[&str] = &["ci"];

const AS_OF: &str = "2026-11-23";

fn is_plan_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml" | "toml")
    ) && path.file_name().and_then(|n| n.to_str()) != Some(goodrel::discover::CONFIG_FILE)
}

/// Plan files below `dir`, hidden files and folders skipped (as the tool does), sorted.
fn plan_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.is_file() && is_plan_file(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The example directories, as paths relative to the crate root (e.g. `examples/city`).
fn example_dirs() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut dirs: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .expect("examples/ exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.') && !NOT_PLANS.contains(&name.as_str()))
        .filter(|name| !plan_files(&root.join(name)).is_empty())
        .map(|name| {
            let rel = Path::new("examples").join(&name);
            (name, rel)
        })
        .collect();
    dirs.sort();
    dirs
}

fn check(rel: &Path) -> PlanReport {
    // Integration tests run with the crate root as the working directory, so the paths in
    // findings come out relative to it (`examples/city/plan.yaml`).
    let options = CheckOptions {
        as_of: Date::parse(AS_OF).unwrap(),
        ..CheckOptions::default()
    };
    check_dir(rel, &options).unwrap_or_else(|e| panic!("{}: {e}", rel.display()))
}

fn lines(report: &PlanReport) -> Vec<String> {
    let mut lines: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let place = f.location.as_ref().map_or_else(
                || "(plan)".to_owned(),
                |l| format!("{}:{}", l.file, l.span.start.line),
            );
            format!("{} {} {} {}", f.severity, f.rule.id, place, f.message)
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn the_bundled_examples_are_there() {
    let names: Vec<String> = example_dirs().into_iter().map(|(n, _)| n).collect();
    for expected in BUNDLED {
        assert!(
            names.iter().any(|n| n == expected),
            "examples/{expected} is missing (found {names:?})"
        );
    }
}

#[test]
fn every_example_keeps_its_purpose() {
    let mut problems = Vec::new();
    for (name, rel) in example_dirs() {
        let report = check(&rel);
        assert!(!report.empty, "{} has no plan files", rel.display());
        let lines = lines(&report);
        let format: Vec<&str> = lines
            .iter()
            .filter(|l| l.split(' ').nth(1).is_some_and(|id| id.starts_with("PLAN")))
            .map(String::as_str)
            .collect();
        if !format.is_empty() {
            problems.push(format!(
                "{} has plan-format findings:\n  {}",
                rel.display(),
                format.join("\n  ")
            ));
        }
        let errors: Vec<&str> = lines
            .iter()
            .filter(|l| l.starts_with("error "))
            .map(String::as_str)
            .collect();
        if INCOMPLETE.contains(&name.as_str()) {
            if errors.is_empty() {
                problems.push(format!(
                    "{} is meant to show statutory gaps but has no errors",
                    rel.display()
                ));
            }
        } else if !errors.is_empty() {
            problems.push(format!(
                "{} is meant to be complete but has {} error(s):\n  {}",
                rel.display(),
                errors.len(),
                errors.join("\n  ")
            ));
        }
        assert_eq!(
            errors.len(),
            report.count(Severity::Error),
            "every error is listed"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_example_matches_its_snapshot() {
    assert_eq!(
        std::env::current_dir().unwrap(),
        Path::new(env!("CARGO_MANIFEST_DIR")),
        "integration tests run from the crate root, so finding paths are repo-relative"
    );
    // Check every example before failing, so one run shows (and, with INSTA_UPDATE, writes)
    // every changed snapshot.
    let mut failed = Vec::new();
    for (name, rel) in example_dirs() {
        let lines = lines(&check(&rel));
        let body = if lines.is_empty() {
            "(no findings)".to_owned()
        } else {
            lines.join("\n")
        };
        let outcome = std::panic::catch_unwind(|| {
            insta::with_settings!({
                description => format!("goodrel check --as-of {AS_OF} {}", rel.display()),
                omit_expression => true,
            }, {
                insta::assert_snapshot!(name.as_str(), body);
            });
        });
        if outcome.is_err() {
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty(),
        "findings changed for: {}; review with `cargo insta review`",
        failed.join(", ")
    );
}

#[test]
fn every_bundled_example_file_names_the_schema_on_its_first_line() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for name in BUNDLED {
        let rel = Path::new("examples").join(name);
        for file in plan_files(&manifest.join(&rel)) {
            let text = std::fs::read_to_string(&file).unwrap();
            let first = text.lines().next().unwrap_or("");
            let depth = file
                .strip_prefix(manifest)
                .unwrap()
                .components()
                .count()
                .saturating_sub(1);
            let schema = format!("{}schemas/plan.schema.json", "../".repeat(depth));
            let expected = if file.extension().and_then(|e| e.to_str()) == Some("toml") {
                format!("#:schema {schema}")
            } else {
                format!("# yaml-language-server: $schema={schema}")
            };
            if first != expected {
                problems.push(format!(
                    "{}: first line should be `{expected}`, is `{first}`",
                    file.strip_prefix(manifest).unwrap().display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Field names (`properties`) and choice values (`enum`/`const`) anywhere in the schema.
fn schema_names(node: &serde_json::Value, fields: &mut Vec<String>, values: &mut Vec<String>) {
    match node {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("properties", serde_json::Value::Object(props)) => {
                        fields.extend(props.keys().cloned());
                    }
                    ("enum", serde_json::Value::Array(items)) => {
                        values.extend(items.iter().filter_map(|v| v.as_str().map(str::to_owned)));
                    }
                    ("const", serde_json::Value::String(s)) => values.push(s.clone()),
                    _ => {}
                }
                schema_names(child, fields, values);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                schema_names(item, fields, values);
            }
        }
        _ => {}
    }
}

use goodrel::model::vocabulary::fold;

/// docs/plan-format.md is written by hand for coordinators; this keeps it from falling behind
/// the format: every field and every choice value of the schema must appear in it.
#[test]
fn the_format_guide_names_every_field_and_value() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(manifest.join("docs/plan-format.md")).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&goodrel::schema::plan_schema_json()).unwrap();
    let (mut fields, mut values) = (Vec::new(), Vec::new());
    schema_names(&schema, &mut fields, &mut values);
    fields.sort();
    fields.dedup();
    values.sort();
    values.dedup();
    assert!(
        fields.len() > 50 && values.len() > 100,
        "schema walk found too little"
    );
    let missing: Vec<String> = fields
        .iter()
        .filter(|f| !doc.contains(&format!("`{f}`")) && !doc.contains(&format!("## {f}\n")))
        .map(|f| format!("field `{f}`"))
        .chain(
            // Every key and spelling as the vocabulary writes it (the schema also lists the
            // lower-case and underscore forms editors accept).
            goodrel::model::choices::ALL
                .iter()
                .flat_map(|v| v.values.iter())
                .flat_map(|v| {
                    let key = fold(v.key);
                    v.all_spellings()
                        .map(|(_, w)| w.to_owned())
                        .filter(move |w| *w == v.key || fold(w) != key)
                })
                .filter(|v| !doc.contains(&format!("`{v}`")))
                .map(|v| format!("value `{v}`")),
        )
        .collect();
    assert!(
        missing.is_empty(),
        "docs/plan-format.md does not mention: {}",
        missing.join(", ")
    );
}
