//! SARIF regions as the built binary writes them (it releases each checked plan before
//! rendering, which once left every multi-line region zero wide): code scanning underlines
//! the thing concerned.

use std::path::Path;

use serde_json::Value;

use crate::common::run_in;

/// The text a region covers on its start line (UTF-16 columns, as the log declares).
fn covered(repo: &Path, physical: &Value) -> String {
    let uri = physical["artifactLocation"]["uri"].as_str().expect("uri");
    let region = &physical["region"];
    let line_no = region["startLine"].as_u64().expect("startLine") as usize;
    let text = std::fs::read_to_string(repo.join(uri)).expect("the file");
    let line: Vec<u16> = text
        .lines()
        .nth(line_no - 1)
        .unwrap_or_default()
        .encode_utf16()
        .collect();
    let col = |key: &str| region[key].as_u64().expect("column") as usize - 1;
    let (from, to) = (col("startColumn"), col("endColumn").min(line.len()));
    String::from_utf16_lossy(line.get(from..to).unwrap_or_default())
}

#[test]
fn nine_in_ten_regions_have_width_and_cover_the_item() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut regions, mut wide) = (0, 0);
    let mut seen_measure = false;
    for example in [
        "examples/city",
        "examples/incomplete",
        "examples/oulu-like",
        "examples/small-town",
    ] {
        let (_, out) = run_in(repo, 60, &["check", example, "--format", "sarif"]);
        let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
        for result in log["runs"][0]["results"].as_array().expect("results") {
            let physical = &result["locations"][0]["physicalLocation"];
            let region = &physical["region"];
            regions += 1;
            let width = (region["startLine"] != region["endLine"])
                || region["startColumn"] != region["endColumn"];
            wide += usize::from(width);
            let text = covered(repo, physical);
            if result["ruleId"] == "IA012" && example == "examples/incomplete" {
                assert_eq!(text, "id: M3", "a measure's region is its first line");
                seen_measure = true;
            }
            assert!(
                !width || !text.trim().is_empty(),
                "{example} {}: the region covers text",
                result["ruleId"]
            );
        }
    }
    assert!(seen_measure);
    assert!(regions > 50, "{regions}");
    assert!(
        wide * 10 >= regions * 9,
        "{wide} of {regions} regions have width"
    );
}
