//! Issue 20's acceptance on real material: two municipalities' published programmes,
//! transcribed from their public pages (tests/fixtures/real/README.md, labelled before
//! goodrel ran on them), get no error-level finding on anything the Act does not require:
//! not on the programme's own objectives (`area: other`), not on a strategy note that speaks
//! of integration in its own words, not on participation recorded as surveys of a year or a
//! step of the planning. As published (under the former act) each gets the one finding
//! IA026 gives.

use crate::common;

const AS_OF: &str = "2026-12-06";

fn findings(dir: &std::path::Path) -> Vec<(String, String, String)> {
    common::check_findings(dir, AS_OF)
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/real")
        .join(name)
}

/// The plan as a coordinator carrying it into the Act 681/2023 would check it: the same
/// file without its `law_basis`.
fn under_new_act(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture(name).join("plan.yaml")).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("law_basis:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.path().join("plan.yaml"), kept).unwrap();
    dir
}

fn errors(found: &[(String, String, String)]) -> Vec<(String, String)> {
    let mut e: Vec<(String, String)> = found
        .iter()
        .filter(|f| f.1 == "error")
        .map(|f| (f.0.clone(), f.2.clone()))
        .collect();
    e.sort();
    e
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = list
        .iter()
        .map(|(r, p)| ((*r).to_owned(), (*p).to_owned()))
        .collect();
    v.sort();
    v
}

/// What the Act does not require may draw a warning, never an error.
fn no_error_on_what_the_act_does_not_ask(found: &[(String, String, String)]) {
    for rule in ["IA016", "IA019", "MLG004", "MLG014"] {
        assert!(
            !found.iter().any(|f| f.0 == rule && f.1 == "error"),
            "{rule} at error: {found:#?}"
        );
    }
    assert!(
        !found.iter().any(|f| f.0 == "IA016"),
        "the strategy note speaks of integration: {found:#?}"
    );
    assert!(
        !found.iter().any(|f| f.0 == "MLG004"),
        "participation dated by a year or a planning step counts: {found:#?}"
    );
}

#[test]
fn as_published_each_plan_gets_the_former_acts_one_finding() {
    let turku = findings(&fixture("turku-2022"));
    assert_eq!(
        errors(&turku),
        pairs(&[("IA026", "municipality.law_basis")]),
        "{turku:#?}"
    );
    let kouvola = findings(&fixture("kouvola-2015"));
    assert!(errors(&kouvola).is_empty(), "{kouvola:#?}");
    assert!(
        kouvola.iter().any(|f| f.0 == "IA026" && f.1 == "info"),
        "{kouvola:#?}"
    );
    // Nothing else of the Integration Act speaks of a plan under the former act.
    for found in [&turku, &kouvola] {
        assert!(
            !found
                .iter()
                .any(|f| f.0.starts_with("IA") && f.0 != "IA026"),
            "{found:#?}"
        );
    }
}

#[test]
fn turku_under_the_new_act_errs_only_on_its_labelled_gaps() {
    let dir = under_new_act("turku-2022");
    let found = findings(dir.path());
    assert_eq!(
        errors(&found),
        pairs(&[
            ("IA001", "municipality"),
            ("IA010", "municipality"),
            ("IA010", "municipality"),
            ("IA010", "municipality"),
            ("IA010", "municipality"),
            ("IA010", "municipality"),
            ("IA017", "municipality"),
            ("IA023", "links"),
        ]),
        "{found:#?}"
    );
    no_error_on_what_the_act_does_not_ask(&found);
}

#[test]
fn kouvola_under_the_new_act_errs_only_on_its_labelled_gaps() {
    let dir = under_new_act("kouvola-2015");
    let found = findings(dir.path());
    assert_eq!(
        errors(&found),
        pairs(&[
            ("IA001", "municipality"),
            ("IA010", "objectives"),
            ("IA011", "objectives[T1]"),
            ("IA011", "objectives[T2]"),
            ("IA014", "objectives[T1]"),
            ("IA014", "objectives[T2]"),
            ("IA017", "municipality"),
            ("IA023", "links"),
        ]),
        "{found:#?}"
    );
    no_error_on_what_the_act_does_not_ask(&found);
    // The programme's own objective (extending cooperation) draws warnings, not errors.
    for rule in ["IA011", "IA014"] {
        assert!(
            found
                .iter()
                .any(|f| f.0 == rule && f.1 == "warning" && f.2 == "objectives[T3]"),
            "{rule}: {found:#?}"
        );
    }
}
