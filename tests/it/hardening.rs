//! Issue 9, on the built binary: plan text cannot inject workflow commands or terminal
//! sequences, configuration comes only from the plan's repository, discovery stays inside
//! the plan directory, reads are bounded, and plan-level findings are located alike in
//! every format.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn goodrel(cwd: &Path) -> Command {
    common::goodrel_in(cwd, 20)
}

fn run(cwd: &Path, args: &[&str]) -> (i32, String) {
    common::run_in(cwd, 20, args)
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_example(name: &str, to: &Path) {
    common::copy_plan(&repo().join("examples").join(name), to);
}

#[test]
fn plan_text_cannot_inject_workflow_commands_or_escape_sequences() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    std::fs::create_dir(&plan).unwrap();
    std::fs::write(
        plan.join("plan.yaml"),
        concat!(
            "municipality:\n  name: \"Inj\\n::error::muni\"\n",
            "actors:\n  - {id: \"a\\e[31m\", name: \"A\\n::error::injected\", kind: ngo}\n",
            "measures:\n",
            "  - id: \"\\u001b]0;pwned\\u0007\"\n",
            "    title: \"x\\n::error::injected\\n\\u001b[2J \\uFFFE\\uFFFF\"\n",
            "    responsible: \"nobody\\n::error::injected\"\n",
            "    sector: \"youth\\n::error::injected\"\n",
            "structures:\n  - {id: \"S\\n::error::injected\", name: \"n\\e]8;;http://x\\e\\\\\", kind: council}\n",
            "consultations:\n",
            "  - id: \"C1\\n::error::injected\"\n    title: \"t\\r::error::injected\"\n",
            "    date: 2025-01-01\n    method: survey\n    languages: [\"fi\\n::error::injected\"]\n",
            "    needs: [{id: \"N\\e[2J\", need: \"x\\u2028::error::injected\"}]\n",
            "\"bad\\n::error::injected\": 1\n",
        ),
    )
    .unwrap();
    // A file name with a line break and ESC in it.
    std::fs::write(
        plan.join("evil\n::error::injected\u{1b}[2J.yaml"),
        "links: []\n",
    )
    .unwrap();
    old_beside(tmp.path());
    for args in ALL_OUTPUTS {
        let mut all: Vec<&str> = args.to_vec();
        all.push("plan");
        let out = goodrel(tmp.path()).args(&all).output().unwrap();
        let code = out.status.code().unwrap_or(-1);
        assert!((0..=2).contains(&code), "{args:?}: exit {code}");
        if args.contains(&"junit") {
            let xml = String::from_utf8_lossy(&out.stdout);
            assert!(
                !xml.contains(['\u{FFFE}', '\u{FFFF}']),
                "XML 1.0 cannot hold them"
            );
            assert!(xml.contains("\\u{fffe}"), "{xml}");
        }
        for stream in [&out.stdout, &out.stderr] {
            assert!(!stream.contains(&0x1b), "{args:?}: ESC in output");
            let text = String::from_utf8_lossy(stream);
            for line in text.split(['\n', '\r']) {
                assert!(
                    !line.starts_with("::error::injected") && !line.starts_with("::error::muni"),
                    "{args:?}: injected line {line:?}"
                );
            }
        }
    }
}

fn incomplete_with_config(config: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_example("incomplete", &tmp.path().join("a/plan"));
    std::fs::write(tmp.path().join("goodrel.toml"), config).unwrap();
    tmp
}

#[test]
fn a_configuration_above_the_plan_outside_any_repository_is_not_used() {
    let tmp = incomplete_with_config("[rules]\nintegration_act = \"off\"\n");
    let (code, out) = run(tmp.path(), &["check", "a/plan"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("configuration: none"), "{out}");
    assert!(out.contains("[IA"), "the Integration Act rules ran: {out}");
    let (_, json) = run(tmp.path(), &["check", "a/plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["plans"][0]["config"], Value::Null);
}

#[test]
fn inside_a_repository_the_root_configuration_is_used_and_named_in_every_format() {
    let tmp = incomplete_with_config("[rules]\nintegration_act = \"off\"\n");
    std::fs::create_dir(tmp.path().join(".git")).unwrap();
    let (_, out) = run(tmp.path(), &["check", "a/plan"]);
    assert!(out.contains("configuration: goodrel.toml"), "{out}");
    assert!(
        !out.contains("[IA"),
        "the Integration Act rules are off: {out}"
    );
    let (_, quiet) = run(tmp.path(), &["check", "a/plan", "--quiet"]);
    assert!(quiet.contains("configuration: goodrel.toml"), "{quiet}");
    let (_, json) = run(tmp.path(), &["check", "a/plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["plans"][0]["config"], "goodrel.toml");
    let (_, md) = run(tmp.path(), &["check", "a/plan", "--format", "markdown"]);
    assert!(md.contains("Configuration: `goodrel.toml`."), "{md}");
    let (_, xml) = run(tmp.path(), &["check", "a/plan", "--format", "junit"]);
    assert!(
        xml.contains(r#"<property name="goodrel.config" value="goodrel.toml"/>"#),
        "{xml}"
    );
    let (_, gh) = run(tmp.path(), &["check", "a/plan", "--format", "github"]);
    assert!(gh.contains("configuration: goodrel.toml"), "{gh}");
    // A plan directory's own file is used without a repository, and wins over the root's.
    std::fs::remove_dir(tmp.path().join(".git")).unwrap();
    std::fs::write(
        tmp.path().join("a/plan/goodrel.toml"),
        "[rules]\nIA012 = \"off\"\n",
    )
    .unwrap();
    let (_, own) = run(tmp.path(), &["check", "a/plan"]);
    assert!(own.contains("configuration: a/plan/goodrel.toml"), "{own}");
    assert!(own.contains("[IA0") && !own.contains("[IA012]"), "{own}");
}

#[test]
fn an_ignore_that_matches_everything_names_the_configuration() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example("incomplete", &tmp.path().join("plan"));
    std::fs::write(tmp.path().join("plan/goodrel.toml"), "ignore = [\"**\"]\n").unwrap();
    let out = goodrel(tmp.path())
        .args(["check", "plan"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no plan files"), "{stderr}");
    assert!(stderr.contains("plan/goodrel.toml"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_plan_are_not_followed_and_content_rules_still_run() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    copy_example("incomplete", &plan);
    symlink("/", plan.join("r")).unwrap();
    symlink("/proc/self/pagemap", plan.join("p.yaml")).unwrap();
    symlink("/nonexistent", plan.join("notes.txt")).unwrap();
    std::fs::write(tmp.path().join("outside.yaml"), "links: []\n").unwrap();
    symlink("../outside.yaml", plan.join("borrowed.yaml")).unwrap();
    std::fs::create_dir(plan.join("inner")).unwrap();
    symlink("../plan.yaml", plan.join("inner/again.yml")).unwrap_or(());
    let (code, json) = run(tmp.path(), &["check", "plan", "--format", "json"]);
    assert_eq!(code, 1);
    let json: Value = serde_json::from_str(&json).unwrap();
    let report = &json["plans"][0];
    assert_eq!(report["content_checked"], true, "{report}");
    let skipped: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "PLAN012")
        .map(|f| f["location"]["file"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["plan/borrowed.yaml", "plan/p.yaml", "plan/r"]);
    let files = report["findings"].as_array().unwrap();
    assert!(
        !files.iter().any(|f| f["rule"] == "PLAN001"),
        "a dangling link without a plan extension is skipped: {report}"
    );
    // A link that stays inside is followed: the municipality is now declared twice.
    assert!(files.iter().any(|f| f["rule"] == "PLAN007"), "{report}");
}

#[cfg(unix)]
#[test]
fn a_dangling_link_with_a_plan_extension_is_a_missing_plan_file() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    copy_example("incomplete", &plan);
    std::os::unix::fs::symlink("gone.yaml", plan.join("measures-2.yaml")).unwrap();
    let (code, out) = run(tmp.path(), &["check", "plan"]);
    assert_eq!(code, 1);
    assert!(out.contains("error[PLAN001]"), "{out}");
    assert!(out.contains("plan/measures-2.yaml:1:1"), "{out}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_fifo_with_a_plan_extension_is_not_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    copy_example("incomplete", &plan);
    let made = std::process::Command::new("mkfifo")
        .arg(plan.join("pipe.yaml"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let (code, out) = run(tmp.path(), &["check", "plan"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("error[PLAN012] plan/pipe.yaml:1:1: not a regular file"),
        "{out}"
    );
}

#[test]
fn a_configuration_file_larger_than_the_limit_is_refused_unread() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example("incomplete", &tmp.path().join("plan"));
    let mut big = String::from("[rules]\nintegration_act = \"off\"\n");
    big.push_str(&"# padding\n".repeat(900_000));
    std::fs::write(tmp.path().join("plan/goodrel.toml"), big).unwrap();
    let (code, out) = run(tmp.path(), &["check", "plan"]);
    assert_eq!(code, 1);
    assert!(out.contains("error[PLAN008]"), "{out}");
    assert!(out.contains("larger than 8388608 bytes"), "{out}");
    assert!(
        out.contains("[IA"),
        "the file's levels did not apply: {out}"
    );
}

#[test]
fn a_syntax_error_at_the_end_of_a_file_is_on_its_last_line() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("plan")).unwrap();
    std::fs::write(
        tmp.path().join("plan/plan.yaml"),
        "municipality:\n  name: X\nc",
    )
    .unwrap();
    let (code, out) = run(tmp.path(), &["check", "plan"]);
    assert_eq!(code, 1);
    assert!(out.contains("error[PLAN002]"), "{out}");
    assert!(out.contains("plan/plan.yaml:3:"), "{out}");
}

/// The findings `check --format json` gives for a plan of one file, `plan/plan.yaml`.
fn json_findings(yaml: &str) -> Vec<Value> {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("plan")).unwrap();
    std::fs::write(tmp.path().join("plan/plan.yaml"), yaml).unwrap();
    let (_, json) = run(tmp.path(), &["check", "plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    json["plans"][0]["findings"].as_array().unwrap().clone()
}

#[test]
fn a_str_tag_makes_a_number_text() {
    let findings = json_findings("municipality:\n  name: !!str 12\n");
    assert!(
        !findings.iter().any(|f| f["rule"] == "PLAN004"),
        "{findings:?}"
    );
}

/// Plan-level findings point at the same place in JSON, SARIF and GitHub annotations: the
/// municipality section, or line 1 of the first plan file without one.
#[test]
fn plan_level_findings_are_located_alike_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("plan")).unwrap();
    std::fs::write(
        tmp.path().join("plan/b-measures.yaml"),
        "measures:\n  - {id: M1, title: T}\n",
    )
    .unwrap();
    std::fs::write(tmp.path().join("plan/a-links.yaml"), "links: []\n").unwrap();
    let (_, json) = run(tmp.path(), &["check", "plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    let findings = json["plans"][0]["findings"].as_array().unwrap();
    assert!(findings.len() > 10);
    let mut places = Vec::new();
    for f in findings {
        let l = &f["location"];
        assert!(l.is_object(), "unlocated: {f}");
        places.push(format!(
            "{}:{}",
            l["file"].as_str().unwrap(),
            l["start"]["line"]
        ));
    }
    assert!(
        places.iter().any(|p| p == "plan/a-links.yaml:1"),
        "{places:?}"
    );
    let (_, sarif) = run(tmp.path(), &["check", "plan", "--format", "sarif"]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let mut sarif_places: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let p = &r["locations"][0]["physicalLocation"];
            format!(
                "{}:{}",
                p["artifactLocation"]["uri"].as_str().unwrap(),
                p["region"]["startLine"]
            )
        })
        .collect();
    let mut json_places = places.clone();
    sarif_places.sort();
    json_places.sort();
    assert_eq!(sarif_places, json_places);
    let (_, gh) = run(tmp.path(), &["check", "plan", "--format", "github"]);
    let annotations: Vec<&str> = gh
        .lines()
        .filter(|l| {
            l.starts_with("::error") || l.starts_with("::warning") || l.starts_with("::notice")
        })
        .collect();
    assert_eq!(annotations.len(), findings.len());
    assert!(
        annotations.iter().all(|a| a.contains(" file=plan/")),
        "{gh}"
    );
}

#[cfg(unix)]
#[test]
fn errors_and_init_show_hostile_paths_escaped() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = "gone\n::error::injected\u{1b}[2J";
    let out = goodrel(tmp.path())
        .args(["check", missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.contains(&0x1b));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.lines().all(|l| !l.starts_with("::error::")),
        "{stderr}"
    );
    assert!(
        stderr.contains("gone\\n::error::injected\\u{1b}[2J"),
        "{stderr}"
    );
    let out = goodrel(tmp.path())
        .args(["init", missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.contains(&0x1b));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.lines().all(|l| !l.starts_with("::error::")),
        "{stdout}"
    );
}

#[test]
fn the_pyramid_view_cuts_huge_tables_and_json_keeps_every_item() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("plan")).unwrap();
    let mut text = String::from("municipality: {name: Many}\nmeasures:\n");
    for i in 0..1_005 {
        text.push_str(&format!("  - {{id: M{i}, title: T}}\n"));
    }
    std::fs::write(tmp.path().join("plan/plan.yaml"), text).unwrap();
    let (code, out) = run(tmp.path(), &["pyramid", "plan"]);
    assert_eq!(code, 0);
    assert!(out.contains("… and 5 more, not shown here"), "{out}");
    assert!(
        out.contains(" M999 ") && !out.contains(" M1000 "),
        "the first 1,000 rows"
    );
    let (_, json) = run(tmp.path(), &["pyramid", "plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 1_005);
}

#[test]
fn a_map_reports_its_first_hundred_unknown_keys_and_counts_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("plan")).unwrap();
    let mut measure =
        String::from("municipality: {name: X}\nmeasures:\n  - id: M1\n    title: T\n");
    let mut sections = String::new();
    for i in 0..105 {
        measure.push_str(&format!("    k{i}: 1\n"));
        sections.push_str(&format!("s{i}: 1\n"));
    }
    std::fs::write(tmp.path().join("plan/a.yaml"), measure).unwrap();
    std::fs::write(tmp.path().join("plan/b.yaml"), sections).unwrap();
    let (_, json) = run(tmp.path(), &["check", "plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    let unknown: Vec<&Value> = json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "PLAN003")
        .collect();
    // Past 50 findings of one rule the rest are folded into one (tests/fold.rs); the fold
    // still lists each map's hundred keys and its "… and 5 more" line by place.
    assert_eq!(unknown.len(), goodrel::finding::FOLD_CAP + 1, "{unknown:?}");
    for file in ["plan/a.yaml", "plan/b.yaml"] {
        let places = unknown
            .iter()
            .flat_map(|f| {
                std::iter::once(&f["location"]).chain(f["also"].as_array().into_iter().flatten())
            })
            .filter(|l| l["file"] == file)
            .count();
        assert_eq!(places, 101, "{file}");
    }
    let first = "… and 5 more unknown keys in `measures[M1]`, not listed one by one";
    let shown: Vec<&str> = unknown
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        shown.contains(&first) || shown.iter().any(|m| m.contains("folded")),
        "{shown:?}"
    );
}

#[test]
fn a_very_long_wrong_value_gets_no_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("plan")).unwrap();
    let long = format!("youth{}", "h".repeat(200));
    std::fs::write(
        tmp.path().join("plan/plan.yaml"),
        format!("municipality: {{name: X}}\nmeasures:\n  - {{id: M1, title: T, sector: youthh}}\n  - {{id: M2, title: T, sector: {long}}}\n"),
    )
    .unwrap();
    let (_, json) = run(tmp.path(), &["check", "plan", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    let hints: Vec<(String, Value)> = json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "PLAN004")
        .map(|f| {
            (
                f["location"]["path"].as_str().unwrap().to_owned(),
                f["hint"].clone(),
            )
        })
        .collect();
    assert_eq!(hints.len(), 2, "{hints:?}");
    assert!(
        hints[0].1.as_str().is_some_and(|h| h.contains("youth")),
        "{hints:?}"
    );
    assert_eq!(hints[1].1, Value::Null, "{hints:?}");
}

/// Every text a workflow command could hide in: the legacy `##[…]` form anywhere, `::…::`
/// after spaces, both with invisible characters between their signs, and a bidi override.
const PAYLOAD: &str = "a ##[error]x ##[add-mask]x ##[stop-commands]t ::error::x #\u{200b}#[warning]y \u{202e}evil\u{202c} \u{2066}iso\u{2069}";

/// A plan whose every free text holds [`PAYLOAD`], whose long titles put `::error::x` at the
/// start of a wrapped line at some width, and whose ids include lookalikes: an actor written
/// with a Cyrillic `е` beside the Latin one (a measure names it), a Cyrillic `М1` beside
/// `M1`, and an id with a zero-width space and one with a bidi override.
fn hostile_plan(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let p = |s: &str| format!("\"{s} {PAYLOAD}\"");
    let mut measures = String::from("measures:\n");
    measures.push_str(&format!(
        "  - {{id: M1, title: {}, responsible: employment, sector: employment, target_groups: [immigrants]}}\n",
        p("Job fair")
    ));
    for (id, title, responsible) in [
        ("\u{41c}1", "Lookalike", "\u{435}mployment"),
        ("M\u{200b}2", "Invisible", "employment"),
        ("M3\u{202e}", "Override", "employment"),
    ] {
        measures.push_str(&format!(
            "  - {{id: \"{id}\", title: {}, responsible: \"{responsible}\"}}\n",
            p(title)
        ));
    }
    // Titles of every length up to 120, each ending in a command, so that wrapping at any
    // width starts some line with it.
    for n in 0..120 {
        measures.push_str(&format!(
            "  - {{id: W{n}, title: \"{} ::error::wrapped{n} ##[error]w\", responsible: nobody{n}, sector: \"::error::s\"}}\n",
            "w".repeat(n)
        ));
    }
    std::fs::write(dir.join("measures.yaml"), measures).unwrap();
    std::fs::write(
        dir.join("plan.yaml"),
        format!(
            concat!(
                "municipality:\n  name: {m}\n  plan_period: {{start: 2025-01-01, end: 2028-12-31}}\n",
                "  vision: {v}\n",
                "actors:\n",
                "  - {{id: employment, name: {a}, kind: municipal_sector}}\n",
                "  - {{id: \"\u{435}mployment\", name: {b}, kind: ngo}}\n",
                "objectives:\n  - {{id: O1, area: good_relations, statement: {o}}}\n",
                "structures:\n  - {{id: S1, name: {s}, kind: council, convener: employment}}\n",
                "consultations:\n",
                "  - id: C1\n    title: {c}\n    date: 2025-01-01\n    method: survey\n",
                "    needs: [{{id: N1, need: {n}}}]\n",
                "{k}: 1\n",
            ),
            m = p("Town"),
            v = p("Vision"),
            a = p("Employment services"),
            b = p("Employment services"),
            o = p("Objective"),
            s = p("Council"),
            c = p("Consultation"),
            n = p("Need"),
            k = p("unknown key"),
        ),
    )
    .unwrap();
    std::fs::write(dir.join("##[error]file ::error::f.yaml"), "links: []\n").unwrap();
}

/// Every command and format of goodrel that prints a plan.
const ALL_OUTPUTS: &[&[&str]] = &[
    &["check"],
    &["check", "--quiet"],
    &["check", "--verbose", "--show-all"],
    &["check", "--format", "json"],
    &["check", "--format", "sarif"],
    &["check", "--format", "github"],
    &["check", "--format", "gitlab"],
    &["check", "--format", "junit"],
    &["check", "--format", "markdown"],
    &["pyramid"],
    &["pyramid", "--gaps"],
    &["pyramid", "--gaps", "--ascii"],
    &["pyramid", "--format", "json"],
    &["governance", "--trace"],
    &["governance", "--trace", "--format", "json"],
    &["checklist"],
    &["checklist", "--format", "json"],
    &["checklist", "--format", "markdown"],
    &["report", "-o", "-"],
    &[
        "report",
        "--two-yearly",
        "2025-01-01..2026-12-31",
        "--format",
        "markdown",
        "-o",
        "-",
    ],
    &[
        "report",
        "--two-yearly",
        "2025-01-01..2026-12-31",
        "-o",
        "-",
    ],
    // `diff OLD NEW` with `old` (examples/incomplete) beside the plan; the tests also run
    // it the other way round, so that the old version's text is shown too.
    &["diff", "old"],
    &["diff", "old", "--format", "json"],
    &["diff", "old", "--format", "markdown"],
    &["diff", "old", "--format", "github"],
    &[
        "report",
        "--two-yearly",
        "2025-01-01..2026-12-31",
        "--since",
        "old",
        "--format",
        "markdown",
        "-o",
        "-",
    ],
];

/// The old version `diff` and `report --since` compare the plan with in [`ALL_OUTPUTS`].
fn old_beside(tmp: &Path) {
    copy_example("incomplete", &tmp.join("old"));
}

fn bidi(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| goodrel::render::sanitize::is_bidi_control(c))
}

#[test]
fn no_output_holds_a_workflow_command_from_plan_text_or_a_raw_bidi_control() {
    use crate::workflow_commands::all_commands;
    let tmp = tempfile::tempdir().unwrap();
    // The plan directory's own name is printed too.
    let dir_name = "::error::p ##[add-mask]q";
    hostile_plan(&tmp.path().join(dir_name));
    let (_, json) = run(tmp.path(), &["check", dir_name, "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    let findings = json["plans"][0]["findings"].as_array().unwrap();
    let lookalikes: Vec<&str> = findings
        .iter()
        .filter(|f| f["name"].as_str().is_some_and(|n| n.contains("lookalike")))
        .map(|f| f["location"]["path"].as_str().unwrap())
        .collect();
    assert!(lookalikes.len() >= 4, "{lookalikes:?}");
    old_beside(tmp.path());
    let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
    for args in ALL_OUTPUTS {
        let mut cmd = goodrel(tmp.path());
        cmd.args(*args).arg(dir_name);
        if args[0] != "pyramid" {
            cmd.args(["--as-of", "2026-11-23"]);
        }
        let out = cmd.output().unwrap();
        let code = out.status.code().unwrap_or(-1);
        assert!((0..=1).contains(&code), "{args:?}: exit {code}");
        outputs.push((format!("{args:?} stdout"), out.stdout));
        outputs.push((format!("{args:?} stderr"), out.stderr));
    }
    // The hostile plan as the old version: what it had is shown as fixed and removed.
    let mut new_findings = std::collections::HashMap::new();
    for (old, new) in [("old", dir_name), (dir_name, "old")] {
        let (_, json) = run(
            tmp.path(),
            &[
                "diff",
                old,
                new,
                "--format",
                "json",
                "--as-of",
                "2026-11-23",
            ],
        );
        let json: Value = serde_json::from_str(&json).unwrap();
        new_findings.insert(old == "old", json["new"].as_array().unwrap().len());
        assert!(!json["fixed"].as_array().unwrap().is_empty());
        if old != "old" {
            for format in ["text", "markdown", "github"] {
                let out = goodrel(tmp.path())
                    .args(["diff", old, new, "--format", format])
                    .args(["--as-of", "2026-11-23"])
                    .output()
                    .unwrap();
                outputs.push((format!("diff reversed {format} stdout"), out.stdout));
                outputs.push((format!("diff reversed {format} stderr"), out.stderr));
            }
        }
    }
    // The overview writes files (HTML and CSV), which a job may print too.
    for (out, what) in [
        ("o/overview.html", "overview html"),
        ("o/overview.csv", "overview csv"),
    ] {
        let run = goodrel(tmp.path())
            .args([
                "report",
                "--overview",
                dir_name,
                "-o",
                out,
                "--as-of",
                "2026-11-23",
            ])
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(0), "{what}: {run:?}");
        outputs.push((
            what.to_owned(),
            std::fs::read(tmp.path().join(out)).unwrap(),
        ));
    }
    for entry in std::fs::read_dir(tmp.path().join("o/overview-files")).unwrap() {
        let p = entry.unwrap().path();
        outputs.push((p.display().to_string(), std::fs::read(&p).unwrap()));
    }
    for (what, bytes) in &outputs {
        let text = String::from_utf8_lossy(bytes);
        assert!(bidi(&text).is_none(), "{what}: raw bidi control");
        let commands = all_commands(&text);
        if what.contains("github") && what.ends_with("stdout") {
            let own: Vec<_> = commands
                .iter()
                .filter(|c| matches!(c.name.as_str(), "error" | "warning" | "notice"))
                .collect();
            // `check` annotates every finding, `diff` the new ones.
            let annotated = if what.contains("reversed") {
                new_findings[&false]
            } else if what.contains("diff") {
                new_findings[&true]
            } else {
                findings.len()
            };
            assert_eq!(own.len(), annotated, "{what}: one annotation per finding");
            for c in &commands {
                assert!(
                    matches!(
                        c.name.as_str(),
                        "error" | "warning" | "notice" | "group" | "endgroup"
                    ),
                    "{what}: {c:?}"
                );
                if c.name != "group" && c.name != "endgroup" {
                    assert!(c.line.starts_with("::"), "{what}: {c:?}");
                    assert!(c.properties.iter().any(|(k, _)| k == "file"), "{c:?}");
                }
            }
        } else {
            assert!(
                commands.is_empty(),
                "{what}: {:#?}",
                &commands[..commands.len().min(3)]
            );
        }
    }
    // The plan's text is still there to read, neutralised rather than dropped.
    let (_, text) = run(tmp.path(), &["check", dir_name, "--show-all"]);
    assert!(text.contains("##\\u{5b}error]x"), "{text}");
    assert!(text.contains("\\u{202e}evil"), "{text}");
}

fn output(cwd: &Path, args: &[&str]) -> std::process::Output {
    goodrel(cwd).args(args).output().unwrap()
}

/// Every file below `dir` with its bytes (links as their target's name), to compare before
/// and after a refused write.
fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).follow_links(false) {
        let e = e.unwrap();
        let p = e.path().to_owned();
        let bytes = if e.path_is_symlink() {
            std::fs::read_link(&p)
                .unwrap()
                .to_string_lossy()
                .into_owned()
                .into_bytes()
        } else if e.file_type().is_file() {
            std::fs::read(&p).unwrap()
        } else {
            b"<dir>".to_vec()
        };
        out.insert(p, bytes);
    }
    out
}

#[test]
fn report_dash_o_dash_writes_to_standard_output_and_says_so_on_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example("city", &tmp.path().join("city"));
    let before = snapshot(tmp.path());
    let out = output(
        tmp.path(),
        &["report", "city", "-o", "-", "--as-of", "2026-11-23"],
    );
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..100]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("to standard output"), "{stderr}");
    assert_eq!(snapshot(tmp.path()), before, "no file named `-` or else");
    // The two-yearly draft in Markdown, and the overview as CSV, likewise.
    let md = output(
        tmp.path(),
        &[
            "report",
            "city",
            "--two-yearly",
            "2025-01-01..2026-12-31",
            "--format",
            "markdown",
            "-o",
            "-",
        ],
    );
    assert_eq!(md.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&md.stdout).starts_with('#'));
    let csv = output(
        tmp.path(),
        &["report", "--overview", "city", "--format", "csv", "-o", "-"],
    );
    assert_eq!(csv.status.code(), Some(0), "{csv:?}");
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("\"municipality\""));
    // The overview's page links to files beside it, so it needs a file.
    let ov = output(tmp.path(), &["report", "--overview", "city", "-o", "-"]);
    assert_eq!(ov.status.code(), Some(2));
    let err = String::from_utf8_lossy(&ov.stderr);
    assert!(
        err.contains("needs a file") && err.contains("-o FILE.html"),
        "{err}"
    );
    assert_eq!(snapshot(tmp.path()), before, "no `--files` folder either");
    // Written to a file, the one line goes to standard output.
    let file = output(tmp.path(), &["report", "city", "-o", "r.html"]);
    assert_eq!(file.status.code(), Some(0));
    let said = String::from_utf8_lossy(&file.stdout);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.contains("to r.html") && said.contains("HTML"),
        "{said}"
    );
    assert!(file.stderr.is_empty());
}

#[cfg(unix)]
#[test]
fn report_writes_through_links_or_into_a_plan_are_refused_and_change_nothing() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    copy_example("city", &t.join("plan"));
    copy_example("small-town", &t.join("other"));
    std::fs::write(t.join("victim.txt"), "keep me").unwrap();
    // A committed dangling link into the plan, and a link to any file.
    symlink("plan/new.yaml", t.join("out.html")).unwrap();
    symlink("victim.txt", t.join("victim.html")).unwrap();
    // A `-files` folder that is a link into the plan.
    symlink("plan", t.join("linked-files")).unwrap();
    // A plan directory that is itself named like the overview's folder.
    copy_example("small-town", &t.join("region-files"));
    let before = snapshot(t);
    let cases: &[&[&str]] = &[
        &["report", "plan", "-o", "out.html"],
        &["report", "plan", "-o", "victim.html"],
        &[
            "report",
            "other",
            "--two-yearly",
            "2025-01-01..2026-12-31",
            "-o",
            "victim.html",
        ],
        &["report", "--overview", "plan", "other", "-o", "out.html"],
        &[
            "report",
            "--overview",
            "other",
            "plan",
            "-o",
            "other/nx/../../plan/region.html",
        ],
        &["report", "plan", "-o", "other/nx/../../plan/region.html"],
        &["report", "--overview", "plan", "other", "-o", "linked.html"],
        &[
            "report",
            "--overview",
            "region-files",
            "other",
            "-o",
            "region.html",
        ],
        &["report", "plan", "-o", "plan/report.html"],
        &["report", "plan", "-o", "plan/../plan/x/report.html"],
    ];
    for args in cases {
        let out = output(t, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("symbolic link") || err.contains("inside the plan directory"),
            "{args:?}: {err}"
        );
        assert_eq!(snapshot(t), before, "{args:?} changed a file");
    }
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_midway_leaves_the_previous_report_and_set_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    copy_example("small-town", &t.join("small"));
    // A plan whose report is far larger than the file size limit below.
    std::fs::create_dir(t.join("big")).unwrap();
    let mut big = String::from("municipality:\n  name: Big\nmeasures:\n");
    for i in 0..3_000 {
        big.push_str(&format!(
            "  - {{id: M{i}, title: \"A measure with a long enough title, number {i}\"}}\n"
        ));
    }
    std::fs::write(t.join("big/plan.yaml"), big).unwrap();
    for args in [
        &["report", "big", "-o", "one.html", "--as-of", "2026-01-01"][..],
        &[
            "report",
            "--overview",
            "small",
            "big",
            "-o",
            "set.html",
            "--as-of",
            "2026-01-01",
        ],
    ] {
        assert_eq!(output(t, args).status.code(), Some(0), "{args:?}");
    }
    let before = snapshot(t);
    // The small plan's report fits under the limit, the big one's does not: the set is
    // written whole or not at all.
    for args in [
        "report big -o one.html --as-of 2026-11-23",
        "report --overview small big -o set.html --as-of 2026-11-23",
    ] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -f 200 && exec \"$0\" {args}"))
            .arg(env!("CARGO_BIN_EXE_goodrel"))
            .current_dir(t)
            .env("LC_ALL", "en_GB.UTF-8")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("could not write") && err.contains("no file was changed"),
            "{err}"
        );
        assert_eq!(
            snapshot(t),
            before,
            "{args}: a file changed or a temporary file was left"
        );
    }
}

#[test]
fn the_overview_csv_has_no_formula_cell_when_split_on_commas_or_semicolons() {
    let tmp = tempfile::tempdir().unwrap();
    let names = [
        "=1+1",
        "+cmd",
        "-2",
        "@SUM(A1)",
        "\t=tab",
        "Town;=HYPERLINK(\\\"http://x\\\")",
        "a,b;-c",
        "quote \\\" ; =x",
    ];
    let mut dirs = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let dir = format!("p{i}");
        std::fs::create_dir(tmp.path().join(&dir)).unwrap();
        std::fs::write(
            tmp.path().join(&dir).join("plan.yaml"),
            format!("municipality:\n  name: \"{name}\"\n"),
        )
        .unwrap();
        dirs.push(dir);
    }
    // A plan directory whose own name starts with `-`, after `--`.
    let mut args = vec!["report", "--overview", "--format", "csv", "-o", "-", "--"];
    args.extend(dirs.iter().map(String::as_str));
    let out = output(tmp.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let csv_text = String::from_utf8(out.stdout).unwrap();
    for delimiter in [b',', b';'] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(csv_text.as_bytes());
        let mut cells = 0;
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                cells += 1;
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "split on {}: {cell:?}",
                    char::from(delimiter)
                );
            }
        }
        assert!(cells > names.len());
    }
    // Split on commas, the rows keep their columns and the names their text.
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let width = reader.headers().unwrap().len();
    let shown: Vec<String> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), width);
            r[0].to_owned()
        })
        .collect();
    assert!(shown.contains(&"'=1+1".to_owned()), "{shown:?}");
    assert!(shown.contains(&"a,b;-c".to_owned()), "{shown:?}");
}

#[test]
fn an_id_written_with_a_decomposed_letter_is_the_same_id() {
    let findings = json_findings(
        "municipality: {name: X}\nactors:\n  - {id: \"tyo\u{308}paja\", name: W, kind: ngo}\n  - {id: \"työpaja\", name: W, kind: ngo}\nmeasures:\n  - {id: M1, title: Kielikahvila, responsible: \"työpaja\"}\n",
    );
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .filter(|r| r.starts_with("PLAN"))
        .collect();
    // The two spellings are one id, written twice: a duplicate, not a lookalike, and the
    // reference resolves.
    assert_eq!(rules, ["PLAN005"], "{findings:?}");
}
