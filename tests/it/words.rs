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
