//! Checking on several threads prints exactly what a sequential run prints: the same bytes in
//! every format, plans in the order given, the same exit code.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::path::{Path, PathBuf};

/// 64 plans of different sizes (so threads finish out of order), one of them with a file
/// that does not parse.
fn many_plans(root: &Path) -> Vec<PathBuf> {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let kinds = [
        "small-town",
        "incomplete",
        "small-town",
        "incomplete",
        "oulu-like",
    ];
    let dirs: Vec<PathBuf> = (0..64)
        .map(|i| {
            let dir = root.join(format!("plan{i:02}"));
            common::copy_plan(&examples.join(kinds[i % kinds.len()]), &dir);
            dir
        })
        .collect();
    std::fs::write(dirs[7].join("broken.yaml"), "measures: [\n").unwrap();
    dirs
}

fn check(dirs: &[PathBuf], jobs: &str, format: &str) -> (i32, Vec<u8>) {
    let out = common::goodrel()
        .env("NO_COLOR", "1")
        .args(["check", "--as-of", "2026-11-23", "--no-config"])
        .args(["--format", format, "--jobs", jobs])
        .args(dirs)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout)
}

#[test]
fn one_thread_and_many_threads_print_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = many_plans(tmp.path());
    let mut json = Vec::new();
    for format in ["json", "text"] {
        let (code_one, one) = check(&dirs, "1", format);
        let (code_many, many) = check(&dirs, "4", format);
        assert_eq!(code_one, 1, "the incomplete plans have errors");
        assert_eq!(code_one, code_many, "{format}: exit code");
        assert!(
            one == many,
            "{format}: output differs between -j 1 and -j 4"
        );
        if format == "json" {
            json = many;
        }
    }
    // Plans come out in the order given, each with its own findings.
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let plans = json["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 64);
    for (plan, dir) in plans.iter().zip(&dirs) {
        let root = plan["root"].as_str().unwrap();
        assert!(root.ends_with(dir.file_name().unwrap().to_str().unwrap()));
    }
    assert_eq!(
        plans[7]["content_checked"], false,
        "the plan with a broken file"
    );
    assert_eq!(plans[8]["content_checked"], true);
}

#[test]
fn a_missing_plan_among_many_still_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let mut dirs = many_plans(tmp.path());
    dirs.truncate(6);
    dirs.insert(3, tmp.path().join("no-such-plan"));
    for jobs in ["1", "3"] {
        let (code, out) = check(&dirs, jobs, "json");
        assert_eq!(code, 2, "-j {jobs}");
        // JSON is written plan by plan, but a path that cannot be read is refused before
        // the first byte: no half document.
        assert!(
            out.is_empty(),
            "-j {jobs}: {}",
            String::from_utf8_lossy(&out)
        );
    }
}

#[test]
fn json_written_plan_by_plan_is_the_whole_document_serialised_at_once() {
    use goodrel::render::json;
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let dirs: Vec<PathBuf> = ["city", "incomplete", "oulu-like", "small-town"]
        .iter()
        .map(|d| examples.join(d))
        .collect();
    let options = goodrel::CheckOptions {
        as_of: goodrel::model::date::Date::parse("2026-11-23").unwrap(),
        config: goodrel::config::ConfigSource::None,
        ..goodrel::CheckOptions::default()
    };
    let reports: Vec<goodrel::PlanReport> = goodrel::check_dirs(&dirs, &options)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    for lang in [goodrel::i18n::Lang::En, goodrel::i18n::Lang::Fi] {
        for some in [&reports[..0], &reports[..1], &reports[..]] {
            let whole = json::to_string(&json::CheckOutput {
                version: json::VERSION,
                tool: json::tool(),
                as_of: options.as_of.to_string(),
                plans: some.iter().map(|r| json::plan_output(r, lang)).collect(),
            });
            assert_eq!(
                json::check(some, options.as_of, lang),
                whole,
                "{} plans",
                some.len()
            );
        }
    }
}

#[test]
fn jobs_must_be_at_least_one() {
    let out = common::goodrel()
        .args(["check", "--jobs", "0", "examples/city"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn checked_plans_keep_only_their_findings_and_file_names() {
    let city = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/city");
    let options = |jobs| goodrel::CheckOptions {
        as_of: goodrel::model::date::Date::parse("2026-11-23").unwrap(),
        config: goodrel::config::ConfigSource::None,
        jobs,
        ..goodrel::CheckOptions::default()
    };
    let whole = goodrel::check_dir(&city, &options(1)).unwrap();
    // One plan's files read on several threads give the same result as on one.
    let spread = goodrel::check_dir(&city, &options(4)).unwrap();
    let key = |r: &goodrel::PlanReport| {
        r.findings
            .iter()
            .map(|f| {
                (
                    f.rule.id,
                    f.message.to_string(),
                    f.location.clone().map(|l| (l.file, l.span)),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(key(&whole), key(&spread));
    assert!(whole.plan.files.iter().all(|f| f.root.is_some()));
    assert!(!whole.plan.measures.is_empty());

    let released = goodrel::check_dirs(&[&city, &city], &options(2));
    for r in released {
        let r = r.unwrap();
        assert_eq!(key(&r), key(&whole));
        let names = |r: &goodrel::PlanReport| {
            r.plan
                .files
                .iter()
                .map(|f| f.display.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&r), names(&whole));
        // Of the text, only the lines findings start or end on are kept (for SARIF's
        // regions); every other line is empty.
        let on_finding_lines = |f: &goodrel::load::SourceFile| {
            f.text.lines().enumerate().all(|(n, line)| {
                line.is_empty()
                    || r.findings.iter().any(|x| {
                        x.location.as_ref().is_some_and(|l| {
                            l.file == f.display
                                && (l.span.start.line == n + 1 || l.span.end.line == n + 1)
                        })
                    })
            })
        };
        assert!(
            r.plan
                .files
                .iter()
                .all(|f| f.root.is_none() && on_finding_lines(f))
        );
        let kept: usize = r.plan.files.iter().map(|f| f.text.len()).sum();
        let whole_text: usize = whole.plan.files.iter().map(|f| f.text.len()).sum();
        assert!(kept * 4 < whole_text, "{kept} of {whole_text} bytes kept");
        assert!(r.plan.measures.is_empty() && r.plan.municipality.is_none());
    }
}

/// A run whose output shows only the checklist's counts keeps every verdict and count but not
/// every plan's evidence, so that its memory does not grow with the evidence of every plan.
#[test]
fn a_run_that_shows_counts_keeps_the_verdicts_and_counts_but_not_the_evidence() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let dirs = [examples.join("city"), examples.join("incomplete")];
    let options = |jobs| goodrel::CheckOptions {
        jobs,
        as_of: goodrel::model::date::Date::parse("2026-11-23").unwrap(),
        config: goodrel::config::ConfigSource::None,
        ..goodrel::CheckOptions::default()
    };
    let full = goodrel::check_dirs(&dirs, &options(2));
    let counted = goodrel::check_dirs_keeping(&dirs, &options(2), goodrel::Keep::Counts);
    for (full, counted) in full.into_iter().zip(counted) {
        let (full, counted) = (full.unwrap(), counted.unwrap());
        assert_eq!(full.duties.counts(), counted.duties.counts());
        let verdicts = |r: &goodrel::PlanReport| {
            r.duties
                .list
                .iter()
                .map(|e| (e.id(), e.verdict.key()))
                .collect::<Vec<_>>()
        };
        assert_eq!(verdicts(&full), verdicts(&counted));
        let evidence = |r: &goodrel::PlanReport| {
            r.duties
                .list
                .iter()
                .map(|e| match &e.verdict {
                    goodrel::duty::Verdict::Met(items) => items.len(),
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
        };
        assert!(
            evidence(&full) > 1,
            "the full run keeps every item of evidence"
        );
        assert_eq!(evidence(&counted), 1);
    }
}
