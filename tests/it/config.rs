//! The configuration file (`goodrel.toml`) and inline suppressions, on the fixtures under
//! `tests/fixtures/config/`, through the library and through the built binary.
//! Assertions look only at the rules concerned, so new rules do not break them.

use crate::common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use goodrel::config::{ConfigSource, parse_level_override};
use goodrel::finding::{Finding, Severity};
use goodrel::model::date::Date;
use goodrel::{CheckOptions, PlanReport, check_dir};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/config")
        .join(name)
}

fn options() -> CheckOptions {
    CheckOptions {
        as_of: Date::parse("2026-11-23").expect("date"),
        ..CheckOptions::default()
    }
}

fn check(name: &str, options: &CheckOptions) -> PlanReport {
    check_dir(&fixture(name), options).expect("fixture loads")
}

fn of<'a>(report: &'a PlanReport, rule: &str) -> Vec<&'a Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .collect()
}

/// (line, path) of each finding of `rule`.
fn where_(report: &PlanReport, rule: &str) -> Vec<(usize, String)> {
    of(report, rule)
        .iter()
        .map(|f| {
            let l = f.location.as_ref().expect("located");
            (l.span.start.line, l.path.clone())
        })
        .collect()
}

fn file_of(f: &Finding) -> &str {
    &f.location.as_ref().expect("located").file
}

#[test]
fn without_a_config_both_measures_lack_a_responsible_party() {
    let report = check(
        "levels",
        &CheckOptions {
            config: ConfigSource::None,
            ..options()
        },
    );
    let ia012 = of(&report, "IA012");
    assert_eq!(ia012.len(), 2);
    assert!(ia012.iter().all(|f| f.severity == Severity::Error));
    assert!(
        of(&report, "IA001")
            .iter()
            .all(|f| f.severity == Severity::Error)
    );
    assert!(report.config.is_none());
}

#[test]
fn a_rule_level_beats_its_family_level() {
    let report = check("levels", &options());
    assert!(report.config.is_some());
    let ia012 = of(&report, "IA012");
    assert_eq!(ia012.len(), 2);
    assert!(ia012.iter().all(|f| f.severity == Severity::Warning));
    let ia001 = of(&report, "IA001");
    assert!(!ia001.is_empty());
    assert!(ia001.iter().all(|f| f.severity == Severity::Info));
    assert!(of(&report, "PLAN008").is_empty());
}

#[test]
fn command_line_levels_beat_the_file() {
    let levels = vec![
        parse_level_override("integration_act=error").expect("valid"),
        parse_level_override("IA001=off").expect("valid"),
    ];
    let report = check(
        "levels",
        &CheckOptions {
            levels,
            ..options()
        },
    );
    // The command line's family level beats the file's rule level.
    assert!(
        of(&report, "IA012")
            .iter()
            .all(|f| f.severity == Severity::Error)
    );
    assert!(of(&report, "IA001").is_empty());
}

#[test]
fn level_overrides_on_the_command_line_are_checked() {
    assert!(parse_level_override("measure-without-responsible=warning").is_ok());
    let err = parse_level_override("measure-without-responsibl=off").expect_err("unknown rule");
    assert!(
        err.contains("did you mean `measure-without-responsible`?"),
        "{err}"
    );
    let err = parse_level_override("IA0012=off").expect_err("unknown rule");
    assert!(err.contains("did you mean `IA0"), "{err}");
    let err = parse_level_override("IA012=warn").expect_err("bad level");
    assert!(err.contains("did you mean `warning`?"), "{err}");
    assert!(parse_level_override("IA012").is_err());
    assert!(parse_level_override("PLAN002=off").is_err());
}

#[test]
fn off_removes_the_rule_named_by_id_or_name() {
    let report = check("off", &options());
    assert!(of(&report, "IA012").is_empty());
    assert!(of(&report, "PLAN008").is_empty());
    assert!(!of(&report, "IA001").is_empty());
}

#[test]
fn a_finding_path_is_ignored_at_a_boundary_only() {
    let report = check("ignore_path", &options());
    assert_eq!(where_(&report, "IA012"), vec![(10, "measures[M10]".into())]);
    let all = check(
        "ignore_path",
        &CheckOptions {
            no_ignores: true,
            ..options()
        },
    );
    assert_eq!(of(&all, "IA012").len(), 2);
}

#[test]
fn ignored_plan_files_are_not_read() {
    let report = check("ignore_files", &options());
    assert!(
        of(&report, "PLAN002").is_empty(),
        "{:?}",
        of(&report, "PLAN002")
    );
    assert_eq!(
        report.plan.files.len(),
        2,
        "plan.yaml and sector/objectives.yaml"
    );
    let all = check(
        "ignore_files",
        &CheckOptions {
            no_ignores: true,
            ..options()
        },
    );
    let mut broken: Vec<&str> = of(&all, "PLAN002").into_iter().map(file_of).collect();
    broken.sort_unstable();
    assert_eq!(broken.len(), 2);
    assert!(broken[0].ends_with("drafts/broken.yaml"), "{broken:?}");
    assert!(
        broken[1].ends_with("sector/services.old.yaml"),
        "{broken:?}"
    );
}

#[test]
fn an_unknown_key_is_reported_at_its_line_with_did_you_mean() {
    let report = check("unknown_key", &options());
    let found = of(&report, "PLAN008");
    assert_eq!(found.len(), 2, "{found:?}");
    let lines: Vec<(usize, usize)> = found
        .iter()
        .map(|f| {
            let l = f.location.as_ref().expect("located");
            (l.span.start.line, l.span.start.col)
        })
        .collect();
    assert_eq!(lines, vec![(3, 1), (6, 1)]);
    assert!(file_of(found[0]).ends_with("unknown_key/goodrel.toml"));
    assert_eq!(
        found[0].hint.as_ref().map(ToString::to_string).as_deref(),
        Some("did you mean `rule_pack`?")
    );
    assert_eq!(
        found[1].hint.as_ref().map(ToString::to_string).as_deref(),
        Some("did you mean `level`?")
    );
    assert!(found[0].message.to_string().contains("rule_pak"));
    assert!(found.iter().all(|f| f.severity == Severity::Error));
}

#[test]
fn an_unknown_rule_or_family_is_reported_and_changes_nothing() {
    let report = check("unknown_rule", &options());
    let found = of(&report, "PLAN008");
    assert_eq!(
        where_(&report, "PLAN008")
            .iter()
            .map(|w| w.0)
            .collect::<Vec<_>>(),
        vec![2, 3]
    );
    let hint = found[0]
        .hint
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(hint.starts_with("did you mean `IA0"), "{hint}");
    assert_eq!(
        found[1].hint.as_ref().map(ToString::to_string).as_deref(),
        Some("did you mean `governance`?")
    );
    // The misspelt `off` did not switch IA012 off.
    assert_eq!(of(&report, "IA012").len(), 2);
}

#[test]
fn a_bad_level_is_reported_at_the_value() {
    let report = check("bad_level", &options());
    let found = of(&report, "PLAN008");
    assert_eq!(found.len(), 2, "{found:?}");
    let spans: Vec<(usize, usize)> = found
        .iter()
        .map(|f| {
            let l = f.location.as_ref().expect("located");
            (l.span.start.line, l.span.start.col)
        })
        .collect();
    assert_eq!(spans, vec![(2, 9), (3, 24)]);
    assert_eq!(
        found[0].hint.as_ref().map(ToString::to_string).as_deref(),
        Some("did you mean `warning`?")
    );
    assert!(
        found[1].message.to_string().contains("not a number"),
        "{}",
        found[1].message
    );
    assert!(
        of(&report, "IA012")
            .iter()
            .all(|f| f.severity == Severity::Error)
    );
}

#[test]
fn only_known_rule_packs_are_accepted() {
    let report = check("bad_pack", &options());
    let found = of(&report, "PLAN008");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.to_string().contains("fi-2025"),
        "{}",
        found[0].message
    );
    assert_eq!(
        found[0].hint.as_ref().map(ToString::to_string).as_deref(),
        Some("did you mean `fi-2025`?")
    );
}

#[test]
fn the_config_as_of_applies_unless_given_explicitly() {
    let report = check("as_of", &options());
    assert_eq!(report.as_of, Date::parse("2020-01-31").expect("date"));
    let explicit = check(
        "as_of",
        &CheckOptions {
            as_of_explicit: true,
            ..options()
        },
    );
    assert_eq!(explicit.as_of, Date::parse("2026-11-23").expect("date"));
}

#[test]
fn a_config_is_found_in_a_parent_directory() {
    let report = check("parent/plan", &options());
    let config = report.config.as_ref().expect("found a config");
    assert!(
        config.ends_with("parent/goodrel.toml"),
        "{}",
        config.display()
    );
    assert!(of(&report, "IA012").is_empty());
    let none = check(
        "parent/plan",
        &CheckOptions {
            config: ConfigSource::None,
            ..options()
        },
    );
    assert_eq!(of(&none, "IA012").len(), 2);
}

#[test]
fn no_config_is_found_above_the_repository_root() {
    // tests/fixtures/rules/IA012 has no goodrel.toml up to the repository root.
    let report = check_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/IA012"),
        &options(),
    )
    .expect("loads");
    assert!(report.config.is_none());
}

#[test]
fn an_explicit_config_file_is_used() {
    let report = check(
        "levels",
        &CheckOptions {
            config: ConfigSource::File(fixture("off/goodrel.toml")),
            ..options()
        },
    );
    assert!(of(&report, "IA012").is_empty());
}

#[test]
fn suppressions_need_a_reason_and_must_suppress_something() {
    let report = check("suppress", &options());
    // M1 is suppressed with a reason; M10's suppression has none; M3's markers are text.
    assert_eq!(
        where_(&report, "IA012"),
        vec![(11, "measures[M10]".into()), (17, "measures[M3]".into())]
    );
    let unreasoned = of(&report, "PLAN009");
    assert_eq!(
        where_(&report, "PLAN009")
            .iter()
            .map(|w| w.0)
            .collect::<Vec<_>>(),
        vec![12]
    );
    assert_eq!(unreasoned[0].severity, Severity::Error);
    let unused = of(&report, "PLAN010");
    assert_eq!(
        where_(&report, "PLAN010")
            .iter()
            .map(|w| w.0)
            .collect::<Vec<_>>(),
        vec![16]
    );
    assert_eq!(unused[0].severity, Severity::Warning);
    assert!(of(&report, "PLAN011").is_empty());
}

#[test]
fn no_ignores_shows_everything() {
    let report = check(
        "suppress",
        &CheckOptions {
            no_ignores: true,
            ..options()
        },
    );
    assert_eq!(of(&report, "IA012").len(), 3);
    assert!(of(&report, "PLAN009").is_empty());
    assert!(of(&report, "PLAN010").is_empty());
}

#[test]
fn a_suppression_inside_a_toml_table_covers_it() {
    let report = check("suppress_toml", &options());
    assert_eq!(where_(&report, "IA012"), vec![(14, "measures[M2]".into())]);
    // IA001 in the same comment suppresses nothing at that place.
    let unused = of(&report, "PLAN010");
    assert_eq!(unused.len(), 1);
    assert!(unused[0].message.to_string().contains("IA001"));
    let l = unused[0].location.as_ref().expect("located");
    assert_eq!((l.span.start.line, l.span.start.col), (11, 26));
}

#[test]
fn the_config_levels_apply_to_suppression_findings_too() {
    let levels = vec![parse_level_override("unused-suppression=off").expect("valid")];
    let report = check(
        "suppress",
        &CheckOptions {
            levels,
            ..options()
        },
    );
    assert!(of(&report, "PLAN010").is_empty());
    assert_eq!(of(&report, "PLAN009").len(), 1);
}

// ---- the binary ----

fn goodrel() -> Command {
    let mut cmd = common::goodrel();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args(["check", "--as-of", "2026-11-23"]);
    cmd
}

const PLAN: &str = "tests/fixtures/config/cli/plan";
const STRICT: &str = "tests/fixtures/config/cli/strict.toml";

fn stdout(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code).get_output().clone();
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn cli_config_decides_the_exit_code() {
    let out = stdout(goodrel().args([PLAN, "--config", STRICT]), 1);
    assert!(out.contains("IA012"), "{out}");
    stdout(
        goodrel().args([PLAN, "--config", STRICT, "--level", "IA012=warning"]),
        0,
    );
    stdout(
        goodrel().args([
            PLAN,
            "--config",
            STRICT,
            "--level",
            "IA012=warning",
            "--deny",
            "warnings",
        ]),
        1,
    );
    stdout(
        goodrel().args([PLAN, "--config", STRICT, "--level", "IA012=off"]),
        0,
    );
    // A command-line family level beats the file's rule level.
    stdout(
        goodrel().args([PLAN, "--config", STRICT, "--level", "integration_act=info"]),
        0,
    );
    stdout(goodrel().args([PLAN, "--config", STRICT, "--exit-zero"]), 0);
}

#[test]
fn cli_config_errors_are_located_findings_and_fail_the_run() {
    let out = stdout(
        goodrel().args([
            PLAN,
            "--config",
            "tests/fixtures/config/cli/broken.toml",
            "--level",
            "IA012=off",
        ]),
        1,
    );
    assert!(out.contains("PLAN008"), "{out}");
    assert!(
        out.contains("tests/fixtures/config/cli/broken.toml:3:19"),
        "{out}"
    );
    assert!(out.contains("did you mean `off`?"), "{out}");
}

#[test]
fn cli_usage_errors_exit_2() {
    goodrel()
        .args([PLAN, "--config", "tests/fixtures/config/cli/missing.toml"])
        .assert()
        .code(2);
    let out = goodrel()
        .args([PLAN, "--level", "measure-without-responsibl=off"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.contains("did you mean `measure-without-responsible`?"),
        "{err}"
    );
    goodrel()
        .args([PLAN, "--config", STRICT, "--no-config"])
        .assert()
        .code(2);
}

#[test]
fn cli_no_config_and_no_ignores() {
    // The parent fixture's config turns IA012 off; --no-config brings it back.
    let parent = "tests/fixtures/config/parent/plan";
    let quiet = stdout(goodrel().args([parent, "--format", "json"]), 1);
    assert!(!quiet.contains("\"IA012\""), "{quiet}");
    let loud = stdout(
        goodrel().args([parent, "--no-config", "--format", "json"]),
        1,
    );
    assert!(loud.contains("\"IA012\""), "{loud}");
    let all = stdout(
        goodrel().args([
            "tests/fixtures/config/suppress",
            "--no-ignores",
            "--format",
            "json",
        ]),
        1,
    );
    assert!(
        !all.contains("PLAN009") && !all.contains("PLAN010"),
        "{all}"
    );
}

#[test]
fn an_explicit_config_inside_the_plan_directory_is_not_plan_data() {
    let report = check(
        "inside",
        &CheckOptions {
            config: ConfigSource::File(fixture("inside/strict.toml")),
            ..options()
        },
    );
    assert_eq!(report.plan.files.len(), 1);
    assert!(of(&report, "PLAN003").is_empty());
    assert!(
        of(&report, "IA012")
            .iter()
            .all(|f| f.severity == Severity::Warning)
    );
}

fn doc_block(lang: &str, containing: &str) -> String {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/configuration.md"),
    )
    .expect("docs/configuration.md");
    let fence = format!("```{lang}\n");
    doc.split(&fence)
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .find(|block| block.contains(containing))
        .expect("example block")
        .to_owned()
}

#[test]
fn the_documented_config_example_is_valid() {
    let text = doc_block("toml", "[rules]");
    let config = goodrel::config::Config::parse(&text, "docs/configuration.md");
    assert!(config.findings.is_empty(), "{:?}", config.findings);
    assert_eq!(config.as_of, Date::parse("2026-11-23"));
    assert_eq!(config.rule_pack, Some("fi-2025"));
}

#[test]
fn the_documented_suppression_examples_are_valid() {
    let dir = std::env::temp_dir().join(format!("goodrel-doc-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let yaml = format!(
        "municipality:\n  name: Example\n{}",
        doc_block("yaml", "goodrel: ignore")
    );
    std::fs::write(dir.join("plan.yaml"), yaml).expect("write");
    let toml = doc_block("toml", "goodrel: ignore").replace("M12", "T12");
    std::fs::write(dir.join("more.toml"), toml).expect("write");
    let report = check_dir(
        &dir,
        &CheckOptions {
            config: ConfigSource::None,
            ..options()
        },
    )
    .expect("loads");
    std::fs::remove_dir_all(&dir).ok();
    for rule in ["IA012", "PLAN009", "PLAN010", "PLAN011"] {
        assert!(
            of(&report, rule).is_empty(),
            "{rule}: {:?}",
            of(&report, rule)
        );
    }
}

/// `[pyramid] thin_below` feeds both `check` (PYR002) and `goodrel pyramid`; the flag wins.
#[test]
fn pyramid_threshold_from_the_config_reaches_check_and_the_pyramid_command() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir_all(&plan).unwrap();
    for entry in
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/oulu-like")).unwrap()
    {
        let path = entry.unwrap().path();
        std::fs::copy(&path, plan.join(path.file_name().unwrap())).unwrap();
    }
    let thin_levels = |report: &PlanReport| of(report, "PYR002").len();
    let default = check_dir(&plan, &options()).unwrap();
    assert_eq!(
        thin_levels(&default),
        1,
        "only the top is thin at the default of 3"
    );

    // A goodrel.toml above the plan counts only inside a repository.
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(
        dir.path().join("goodrel.toml"),
        "[pyramid]\nthin_below = 20\n",
    )
    .unwrap();
    let strict = check_dir(&plan, &options()).unwrap();
    assert!(of(&strict, "PLAN008").is_empty());
    assert_eq!(
        thin_levels(&strict),
        3,
        "base (16) and middle (14) are thin below 20 too"
    );

    let pyramid = |extra: &[&str]| {
        let out = common::goodrel()
            .args(["pyramid", plan.to_str().unwrap(), "--gaps", "-f", "json"])
            .args(extra)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["thin_below"].as_u64().unwrap()
    };
    assert_eq!(pyramid(&[]), 20);
    assert_eq!(pyramid(&["--thin-below", "2"]), 2);

    std::fs::write(
        dir.path().join("goodrel.toml"),
        "[pyramid]\nthin_below = 0\nthin = 2\n",
    )
    .unwrap();
    let bad = check_dir(&plan, &options()).unwrap();
    let messages: Vec<_> = of(&bad, "PLAN008")
        .iter()
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("thin_below") || messages[1].contains("thin_below"));
}

/// `[reports] grace_months` moves the two-yearly report's due date (IA021); a bad value is a
/// located PLAN008 and the default stays in force.
#[test]
fn report_grace_from_the_config_moves_the_due_date() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir_all(&plan).unwrap();
    std::fs::write(
        plan.join("plan.yaml"),
        "municipality:\n  name: Fixture\n  plan_period: {start: 2025-01-01, end: 2028-12-31}\n",
    )
    .unwrap();
    let on = |date: &str| CheckOptions {
        as_of: Date::parse(date).unwrap(),
        as_of_explicit: true,
        ..CheckOptions::default()
    };
    // Default: the 2025-2026 report is due 2027-03-31.
    assert!(of(&check_dir(&plan, &on("2027-03-31")).unwrap(), "IA021").is_empty());
    assert_eq!(
        of(&check_dir(&plan, &on("2027-04-01")).unwrap(), "IA021").len(),
        1
    );
    // The configuration is found up to the repository root.
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    std::fs::write(
        dir.path().join("goodrel.toml"),
        "[reports]\ngrace_months = 6\n",
    )
    .unwrap();
    let later = check_dir(&plan, &on("2027-06-30")).unwrap();
    assert!(of(&later, "PLAN008").is_empty());
    assert!(
        of(&later, "IA021").is_empty(),
        "due 2027-06-30 with six months"
    );
    assert_eq!(
        of(&check_dir(&plan, &on("2027-07-01")).unwrap(), "IA021").len(),
        1
    );
    std::fs::write(
        dir.path().join("goodrel.toml"),
        "[reports]\ngrace_months = 30\ngrace = 2\n",
    )
    .unwrap();
    let bad = check_dir(&plan, &on("2027-04-01")).unwrap();
    let messages: Vec<_> = of(&bad, "PLAN008")
        .iter()
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("grace_months")));
    assert_eq!(of(&bad, "IA021").len(), 1, "the default stays in force");
}
