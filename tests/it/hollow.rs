//! Issue 11's acceptance: a plan written to pass — every field present, nothing said — must
//! fail, with the substance rules at error and each finding at the hollow item itself.

#![allow(clippy::unwrap_used)]

use crate::common;

#[test]
fn the_hollow_plan_fails_at_its_hollow_items() {
    let out = common::goodrel()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "check",
            "--as-of",
            "2027-02-01",
            "--format",
            "json",
            "tests/fixtures/hollow",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the hollow plan must exit 1");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings: Vec<(String, String, String)> = json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["severity"].as_str().unwrap_or_default().to_owned(),
                f["location"]["path"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect();
    // Each substance rule, at error, located at the hollow item it is about.
    let expected = [
        ("IA003", "services[S1].responsible"), // a business responsible for all six components
        ("IA011", "measures[M1].objectives"),  // one measure claimed for all five areas
        ("IA013", "measures[M1].partners"),    // its only partner is its responsible party
        ("IA014", "indicators[I1].name"),      // indicator named "x"
        ("IA016", "links[L1].mainstreaming"),  // `mainstreaming: x`
    ];
    let mut missing = Vec::new();
    for (rule, path) in expected {
        let hits: Vec<_> = findings.iter().filter(|f| f.0 == rule).collect();
        if !hits.iter().any(|f| f.1 == "error" && f.2 == path) {
            missing.push(format!("{rule} at {path} (got {hits:?})"));
        }
    }
    assert!(missing.is_empty(), "missing: {missing:#?}");
    // One mistake, one finding: the measure and the indicator are reported once each.
    for rule in ["IA011", "IA013", "IA014"] {
        let n = findings.iter().filter(|f| f.0 == rule).count();
        assert_eq!(n, 1, "{rule} reported {n} times");
    }
}
