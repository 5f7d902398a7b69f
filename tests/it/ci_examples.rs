//! The example CI files under examples/ci, as a plan repository would copy them: the GitHub
//! workflow passes zizmor (pinned actions, no persisted credentials, least permissions).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common;

/// zizmor's findings (offline, its default persona) on one workflow file, as JSON values.
fn zizmor_findings(zizmor: &Path, workflow: &Path) -> Vec<Value> {
    let out = Command::new(zizmor)
        .args(["--offline", "--format", "json"])
        .arg(workflow)
        .output()
        .expect("zizmor runs");
    let findings: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "zizmor printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    findings.as_array().cloned().unwrap_or_default()
}

fn describe(findings: &[Value]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "{} ({}) at line {}",
                f["ident"],
                f["determinations"]["severity"],
                f["locations"][0]["concrete"]["location"]["start_point"]["row"]
                    .as_u64()
                    .map_or(0, |r| r + 1)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `zizmor --offline` finds nothing in the example workflow; the same file with one action
/// unpinned and a checkout keeping its credentials is flagged, so the check is not vacuous.
#[test]
fn the_example_workflow_is_clean_under_zizmor() {
    let Some(zizmor) = common::tool("zizmor") else {
        return;
    };
    let workflow = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ci/github-workflow.yml");
    let findings = zizmor_findings(&zizmor, &workflow);
    assert!(findings.is_empty(), "{}", describe(&findings));

    let text = std::fs::read_to_string(&workflow).expect("workflow");
    let pinned = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("- uses: actions/checkout@"))
        .expect("a checkout step")
        .to_owned();
    let keep_nothing = "\n        with:\n          persist-credentials: false";
    let cut = text
        .find(keep_nothing)
        .expect("a checkout without credentials");
    let after = cut + keep_nothing.len();
    let line_end = text[after..].find('\n').map_or(text.len(), |n| after + n);
    let broken = format!("{}{}", &text[..cut], &text[line_end..]).replacen(&pinned, "v5", 1);
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("goodrel.yml");
    std::fs::write(&copy, broken).expect("write");
    let findings = zizmor_findings(&zizmor, &copy);
    let idents: Vec<&str> = findings
        .iter()
        .filter_map(|f| f["ident"].as_str())
        .collect();
    assert!(
        idents.contains(&"unpinned-uses") && idents.contains(&"artipacked"),
        "{}",
        describe(&findings)
    );
}
