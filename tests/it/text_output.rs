//! The concise text report (issue 11): severity order, one entry per rule's repeated gap,
//! `--show-all`, `--verbose`, the line budget of examples/incomplete, and PYR004's judgement
//! of which groups live in the municipality.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

fn run(args: &[&str]) -> String {
    let out = common::goodrel()
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const AS_OF: [&str; 2] = ["--as-of", "2026-11-23"];

fn check(extra: &[&str]) -> String {
    let mut args = vec!["check", "examples/incomplete"];
    args.extend(AS_OF);
    args.extend(extra);
    run(&args)
}

#[test]
fn incomplete_prints_at_most_half_its_former_181_lines_and_json_keeps_every_finding() {
    let text = check(&[]);
    assert!(
        text.lines().count() <= 90,
        "{} lines:\n{text}",
        text.lines().count()
    );
    let json: serde_json::Value = serde_json::from_str(&check(&["--format", "json"])).unwrap();
    let findings = json["plans"][0]["findings"].as_array().unwrap();
    // The result line counts every finding, and JSON lists each one, grouped or not in text.
    let total = findings.len();
    assert!(
        text.contains(&format!(
            "({} errors, {} warnings, {} info)",
            findings.iter().filter(|f| f["severity"] == "error").count(),
            findings
                .iter()
                .filter(|f| f["severity"] == "warning")
                .count(),
            findings.iter().filter(|f| f["severity"] == "info").count(),
        )),
        "{text}"
    );
    let mlg006 = findings.iter().filter(|f| f["rule"] == "MLG006").count();
    assert_eq!(mlg006, 2, "JSON lists both measures without funding");
    assert!(total > 20);
}

#[test]
fn a_rules_repeated_gap_is_one_entry_unless_show_all() {
    let text = check(&[]);
    let mlg006: Vec<&str> = text.lines().filter(|l| l.contains("[MLG006]")).collect();
    assert_eq!(mlg006.len(), 1, "{text}");
    assert!(mlg006[0].contains("2 findings"), "{text}");
    assert!(text.contains(
        "- examples/incomplete/measures.yaml:15:5: measure M2 'Asumisneuvonta ja terveystarkastukset' does not say how it is funded"
    ));
    assert!(text.contains(
        "- examples/incomplete/measures.yaml:21:5: measure M3 'Kielikahvila' does not say how it is funded"
    ));
    assert_eq!(text.matches("Add `funding:`").count(), 1, "help shown once");
    // Findings with their own hint (PYR002: a suggestion per level) are never merged.
    assert_eq!(
        text.lines().filter(|l| l.contains("[PYR002]")).count(),
        2,
        "{text}"
    );

    let all = check(&["--show-all"]);
    assert_eq!(
        all.lines().filter(|l| l.contains("[MLG006]")).count(),
        2,
        "{all}"
    );
    assert_eq!(all.matches("Add `funding:`").count(), 2);
    assert!(!all.contains("findings (`--show-all`"));
}

#[test]
fn sources_only_with_verbose() {
    let text = check(&[]);
    assert!(!text.contains("source:"), "{text}");
    assert!(!text.contains("+----"), "the family table is --verbose");
    assert!(
        text.contains("  by family: Integration Act 7 errors"),
        "{text}"
    );
    let verbose = check(&["--verbose"]);
    assert!(
        verbose.contains("    source: Act on the Promotion of Integration 681/2023, section"),
        "{verbose}"
    );
    assert!(verbose.contains("| family"), "{verbose}");
    // explain always shows the sources.
    assert!(run(&["explain", "IA012"]).contains("Sources"));
}

#[test]
fn errors_come_before_warnings_before_info() {
    let text = check(&["--show-all"]);
    let tiers: Vec<u8> = text
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            if l.starts_with("error[") {
                Some(1)
            } else if l.starts_with("warning[") {
                Some(2)
            } else if l.starts_with("info[") {
                Some(3)
            } else {
                None
            }
        })
        .collect();
    assert!(tiers.len() > 20);
    assert!(tiers.windows(2).all(|w| w[0] <= w[1]), "{text}");
}

/// Checks a one-file plan and returns PYR004's findings as (severity, message).
fn pyr004(yaml: &str) -> Vec<(String, String)> {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "goodrel-text-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("plan.yaml"), yaml).unwrap();
    let report = goodrel::check_dir(Path::new(&dir), &goodrel::CheckOptions::default()).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    report
        .findings
        .iter()
        .filter(|f| f.rule.id == "PYR004")
        .map(|f| (f.severity.to_string(), f.message.to_string()))
        .collect()
}

fn plan(municipality: &str, extra: &str) -> String {
    format!(
        "municipality:\n{municipality}\nactors:\n  - {{id: city, name: City, kind: municipal_sector}}\nmeasures:\n  - {{id: M1, title: Advice, responsible: city, target_groups: [immigrants, children, linguistic_minorities, sexual_and_gender_minorities, persons_with_disabilities]}}\n{extra}"
    )
}

#[test]
fn pyr004_the_sami_only_in_the_homeland_or_where_recorded() {
    // Outside the homeland, with nothing recorded: the Sámi are not mentioned; the Roma (not
    // said to live there) are one info.
    let elsewhere = pyr004(&plan("  name: Tampere", ""));
    assert_eq!(elsewhere.len(), 1, "{elsewhere:?}");
    assert_eq!(elsewhere[0].0, "info");
    assert!(elsewhere[0].1.contains("the Roma") && !elsewhere[0].1.contains("Sámi"));

    // Inari by its code: the Sámi are judged (a warning).
    let inari = pyr004(&plan("  name: Kunta\n  code: \"148\"", ""));
    assert!(
        inari
            .iter()
            .any(|(s, m)| s == "warning" && m.contains("the Sámi")),
        "{inari:?}"
    );
    let utsjoki = pyr004(&plan("  name: Utsjoki", ""));
    assert!(
        utsjoki
            .iter()
            .any(|(s, m)| s == "warning" && m.contains("the Sámi")),
        "{utsjoki:?}"
    );

    // Elsewhere, Sámi residents recorded in the situation picture.
    let recorded = pyr004(&plan(
        "  name: Oulu\n  situation:\n    year: 2025\n    languages: [{language: se, residents: 300}]",
        "",
    ));
    assert!(
        recorded
            .iter()
            .any(|(s, m)| s == "warning" && m.contains("the Sámi")),
        "{recorded:?}"
    );
}

#[test]
fn pyr004_warns_for_groups_the_plan_says_live_there() {
    // A consultation heard the Roma: they are judged, and one warning names them.
    let heard = pyr004(&plan(
        "  name: Tampere",
        "consultations:\n  - {id: K1, title: Roma families heard, date: 2025-03-01, method: focus_group, groups: [roma]}\n",
    ));
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert_eq!(heard[0].0, "warning");
    assert!(heard[0].1.contains("the Roma"));
    // Nothing unreached: nothing reported.
    let reached = pyr004(&plan(
        "  name: Tampere",
        "  - {id: M2, title: Roma youth work, responsible: city, target_groups: [roma]}\n",
    ));
    assert!(reached.is_empty(), "{reached:?}");
}

/// Linking the non-discrimination plan is advice; having it is the statutory duty.
#[test]
fn gr004_is_a_warning() {
    let rule = goodrel::rules::find("GR004").unwrap();
    assert_eq!(rule.severity, goodrel::finding::Severity::Warning);
    assert!(rule.rationale(goodrel::i18n::Lang::En).contains("advice"));
}
