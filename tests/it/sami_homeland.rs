//! The Sámi homeland as plans name it (issue 20): `pyramid --gaps` and PYR004 agree that the
//! Sámi are a group to reach in Enontekiö, Inari, Utsjoki and Sodankylä, however the plan
//! writes the municipality (Finnish, Swedish or Sámi name, with kunta/kommun/gielda and the
//! genitive before them, or its code), and nowhere else unless the plan records them.

use crate::common;

/// Whether `pyramid --gaps` lists the Sámi, and whether `check` judges them (PYR004's
/// warning names them), for a one-file plan with `municipality`.
fn sami(municipality: &str) -> (bool, bool) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.yaml"),
        format!(
            "municipality: {municipality}\nmeasures:\n  - {{id: M1, title: Kielikahvila, target_groups: [immigrants]}}\n"
        ),
    )
    .unwrap();
    let out = common::goodrel()
        .args(["pyramid", "--gaps", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let gap = v["gaps"].as_array().unwrap().iter().any(|g| {
        g["subjects"]
            .as_array()
            .is_some_and(|s| s.iter().any(|x| x == "sami"))
    });
    let out = common::goodrel()
        .args(["check", "--format", "json", "--as-of", "2026-12-06"])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let judged = v["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| {
            f["rule"] == "PYR004"
                && f["severity"] == "warning"
                && f["message"].as_str().unwrap_or_default().contains("Sámi")
        });
    (gap, judged)
}

#[test]
fn the_homeland_is_recognised_however_the_plan_names_it() {
    for m in [
        "{name: Inarin kunta}",
        "{name: Utsjoki kommun}",
        "{name: Utsjoen kunta}",
        "{name: Ohcejoga gielda}",
        "{name: Anára gielda}",
        "{name: Enontekiö}",
        "{name: Enontekis kommun}",
        "{name: Sodankylän kunta}",
        "{name: X, code: \"148\"}",
        "{name: X, code: \"47\"}",
    ] {
        assert_eq!(sami(m), (true, true), "{m}");
    }
}

#[test]
fn elsewhere_the_sami_are_a_gap_only_where_the_plan_records_them() {
    for m in [
        "{name: Oulun kaupunki}",
        "{name: Rovaniemi}",
        "{name: Inkoo}",
    ] {
        assert_eq!(sami(m), (false, false), "{m}");
    }
    let recorded = "{name: Oulun kaupunki, good_relations: {definition: Relations between the Sámi, immigrants and the majority, groups: [sami, immigrants]}}";
    assert_eq!(sami(recorded), (true, true));
}
