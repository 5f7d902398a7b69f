//! Every rule has a `fail` fixture that makes it fire and a `pass` fixture where it stays
//! quiet, under `tests/fixtures/rules/<RULE-ID>/`. A fixture is a plan file or a plan
//! directory; further cases are named `fail-<case>` and `pass-<case>`. Comment lines in a fixture file (or in `<fixture>/plan.yaml`) steer the test:
//! `# as-of: YYYY-MM-DD` sets the date (default 2026-11-23) and, in a fail fixture,
//! `# expect-lines: 7 12` lists the exact lines the rule must report.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use goodrel::model::date::Date;
use goodrel::{CheckOptions, check_dir};

/// The fixtures of one kind in a rule's folder: `fail` and any `fail-<case>` (likewise
/// `pass`), files or directories, sorted by name.
fn fixtures(dir: &Path, stem: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|s| s == stem || s.starts_with(&format!("{stem}-")))
        })
        .collect();
    found.sort();
    found
}

fn directive(path: &Path, key: &str) -> Option<String> {
    let file = if path.is_dir() {
        path.join("plan.yaml")
    } else {
        path.to_path_buf()
    };
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .filter_map(|l| l.trim().strip_prefix('#'))
        .find_map(|l| l.trim().strip_prefix(key).map(|v| v.trim().to_owned()))
}

fn lines_of(path: &Path, rule: &str) -> Vec<usize> {
    let as_of = directive(path, "as-of:")
        .and_then(|d| Date::parse(&d))
        .or_else(|| Date::parse("2026-11-23"))
        .expect("valid date");
    let options = CheckOptions {
        as_of,
        ..CheckOptions::default()
    };
    let report = check_dir(path, &options).expect("fixture loads");
    report
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f| f.location.as_ref().map_or(0, |l| l.span.start.line))
        .collect()
}

#[test]
fn every_rule_fires_on_its_fail_fixture_and_not_on_its_pass_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut problems = Vec::new();
    for rule in goodrel::rules::all() {
        let dir = root.join(rule.id);
        let (fails, passes) = (fixtures(&dir, "fail"), fixtures(&dir, "pass"));
        if fails.is_empty() || passes.is_empty() {
            problems.push(format!(
                "{}: missing fail or pass fixture in {}",
                rule.id,
                dir.display()
            ));
            continue;
        }
        for fail in &fails {
            let fired = lines_of(fail, rule.id);
            if fired.is_empty() {
                problems.push(format!("{}: did not fire on {}", rule.id, fail.display()));
            }
            if let Some(expected) = directive(fail, "expect-lines:") {
                let mut expected: Vec<usize> = expected
                    .split_whitespace()
                    .filter_map(|n| n.parse().ok())
                    .collect();
                let mut got = fired.clone();
                expected.sort_unstable();
                got.sort_unstable();
                if expected != got {
                    problems.push(format!(
                        "{}: expected lines {expected:?}, got {got:?} in {}",
                        rule.id,
                        fail.display()
                    ));
                }
            }
        }
        for pass in &passes {
            let quiet = lines_of(pass, rule.id);
            if !quiet.is_empty() {
                problems.push(format!(
                    "{}: fired on {} at lines {quiet:?}",
                    rule.id,
                    pass.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn rule_ids_and_names_are_unique_and_documented() {
    let mut ids = std::collections::HashSet::new();
    let mut names = std::collections::HashSet::new();
    for rule in goodrel::rules::all() {
        assert!(ids.insert(rule.id), "duplicate id {}", rule.id);
        assert!(names.insert(rule.name), "duplicate name {}", rule.name);
        assert!(!rule.sources.is_empty(), "{} cites no source", rule.id);
        assert!(
            rule.rationale(goodrel::i18n::Lang::En).len() > 40,
            "{} has no real rationale",
            rule.id
        );
        assert!(
            !rule.help(goodrel::i18n::Lang::En).is_empty()
                && !rule.summary(goodrel::i18n::Lang::En).is_empty(),
            "{} lacks help or summary",
            rule.id
        );
        let prefix = rule.id.trim_end_matches(|c: char| c.is_ascii_digit());
        let expected = match rule.family {
            goodrel::rules::Family::Format => "PLAN",
            goodrel::rules::Family::IntegrationAct => "IA",
            goodrel::rules::Family::Governance => "MLG",
            goodrel::rules::Family::GoodRelations => "GR",
            goodrel::rules::Family::Participation => "PAR",
            goodrel::rules::Family::Pyramid => "PYR",
        };
        assert_eq!(prefix, expected, "{} is in the wrong family", rule.id);
    }
}
