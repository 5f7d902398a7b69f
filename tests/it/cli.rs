//! CLI behaviour on the built binary: exit codes, bad input, formats.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::path::Path;

use assert_cmd::Command;

fn goodrel() -> Command {
    let mut cmd = common::goodrel();
    cmd.env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = goodrel().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

const MUNICIPALITY: &[u8] = b"municipality:\n  name: Testby\n";

#[test]
fn missing_path_exits_2_with_one_clear_line() {
    let (code, stdout, stderr) = run(&["check", "no/such/plan"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("no/such/plan") && stderr.contains("no such file"),
        "{stderr}"
    );
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(run(&["check", "examples", "--as-of", "2026-13-01"]).0, 2);
    assert_eq!(run(&["check", "examples", "--format", "nope"]).0, 2);
    assert_eq!(run(&["check"]).0, 2);
    assert_eq!(run(&["explain", "NOPE999"]).0, 2);
}

#[test]
fn a_directory_of_broken_files_reports_each_located_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "plan.yaml", MUNICIPALITY);
    write(d, "logo.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    write(
        d,
        "broken.yaml",
        b"actors:\n  - id: a\n    name: [unclosed\n",
    );
    write(d, "broken.toml", b"[[actors]]\nid = \"a\"\nname = \n");
    write(
        d,
        "typo.yaml",
        b"actors:\n  - id: a\n    name: A\n    kind: ngo\n    sectr: youth\n",
    );
    let (code, stdout, _) = run(&["check", d.to_str().unwrap()]);
    assert_eq!(code, 1, "{stdout}");
    for (file, rule, line_col) in [
        ("logo.yaml", "PLAN001", ":1:"),
        ("broken.yaml", "PLAN002", ":3:"),
        ("broken.toml", "PLAN002", ":3:"),
        ("typo.yaml", "PLAN003", ":5:5"),
    ] {
        let needle = format!("{file}{line_col}");
        assert!(
            stdout.contains(&needle),
            "no location {needle} in\n{stdout}"
        );
        assert!(stdout.contains(rule), "{rule} missing in\n{stdout}");
    }
    assert!(stdout.contains("did you mean `sector`?"), "{stdout}");
}

#[test]
fn hostile_files_are_located_findings_not_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "latin1.yaml",
            b"municipality:\n  name: Yl\xe4-Koskela\n".to_vec(),
            "latin1.yaml:2:11",
        ),
        (
            "tabs.yaml",
            b"municipality:\n\tname: X\n".to_vec(),
            "tabs.yaml:2:",
        ),
        (
            "bomb.yaml",
            {
                let mut s = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
                for i in 1..12 {
                    let prev = (b'a' + i - 1) as char;
                    let name = (b'a' + i) as char;
                    s.push_str(&format!(
                        "{name}: &{name} [{}]\n",
                        vec![format!("*{prev}"); 10].join(", ")
                    ));
                }
                s.into_bytes()
            },
            "bomb.yaml:",
        ),
        ("huge.yaml", vec![b'#'; 9 * 1024 * 1024], "huge.yaml:1:1"),
        ("deep.yaml", "[".repeat(10_000).into_bytes(), "deep.yaml:1:"),
        (
            "two-docs.yaml",
            b"actors: []\n---\nactors: []\n".to_vec(),
            "two-docs.yaml:2:",
        ),
        (
            "dup-key.yaml",
            b"municipality:\n  name: A\n  name: B\n".to_vec(),
            "dup-key.yaml:3:3",
        ),
    ];
    for (name, bytes, needle) in &cases {
        let sub = d.join(name.replace('.', "_"));
        write(&sub, name, bytes);
        let (code, stdout, stderr) = run(&["check", sub.to_str().unwrap()]);
        assert_eq!(code, 1, "{name}: {stdout}{stderr}");
        assert!(
            stdout.contains(needle),
            "{name}: expected {needle} in\n{stdout}"
        );
        assert!(
            stdout.contains("content rules did not run"),
            "{name}: {stdout}"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_and_the_walk_ends() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "plan.yaml", MUNICIPALITY);
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::os::unix::fs::symlink(d, d.join("sub/back")).unwrap();
    let (code, stdout, _) = run(&["check", d.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stdout.contains("loops back"), "{stdout}");
}

#[test]
fn an_empty_directory_exits_2_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "notes.txt", b"not a plan file");
    let (code, stdout, stderr) = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stdout.contains("no plan files"), "{stdout}");
    assert!(stderr.contains("no plan files"), "{stderr}");
}

#[test]
fn json_output_is_versioned_and_complete() {
    let (code, stdout, _) = run(&[
        "check",
        "tests/fixtures/rules/PLAN006/fail.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["version"], 1);
    let findings = v["plans"][0]["findings"].as_array().unwrap();
    let dangling: Vec<_> = findings.iter().filter(|f| f["rule"] == "PLAN006").collect();
    assert_eq!(dangling.len(), 7);
    assert_eq!(
        dangling[0]["location"]["file"],
        "tests/fixtures/rules/PLAN006/fail.yaml"
    );
    assert_eq!(dangling[0]["location"]["start"]["line"], 11);
    assert_eq!(dangling[0]["location"]["path"], "measures[M1].responsible");
    assert_eq!(dangling[0]["hint"], "did you mean `youth`?");
    // Ids in nested blocks are located at the id, with the kind they should name.
    let wrong_kind = dangling
        .iter()
        .find(|f| f["location"]["path"] == "structures[S1].cycle.action_plan[1]")
        .unwrap();
    assert!(
        wrong_kind["message"]
            .as_str()
            .unwrap()
            .contains("names the consultation `K1`, but it should name a measure"),
        "{wrong_kind}"
    );
    let linked = dangling
        .iter()
        .find(|f| f["location"]["path"] == "structures[C1].linked_to[0]")
        .unwrap();
    assert_eq!(linked["hint"], "did you mean `coop`?");
    assert!(v["plans"][0]["summary"]["error"].as_u64().unwrap() >= 2);
}

#[test]
fn several_plan_dirs_each_get_their_own_block() {
    let (_, stdout, _) = run(&[
        "check",
        "tests/fixtures/rules/IA001/fail.yaml",
        "tests/fixtures/rules/IA001/pass.yaml",
    ]);
    assert!(
        stdout.contains("plan tests/fixtures/rules/IA001/fail.yaml"),
        "{stdout}"
    );
    assert!(
        stdout.contains("plan tests/fixtures/rules/IA001/pass.yaml"),
        "{stdout}"
    );
    let (_, json, _) = run(&[
        "check",
        "tests/fixtures/rules/IA001/fail.yaml",
        "tests/fixtures/rules/IA001/pass.yaml",
        "-f",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["plans"].as_array().unwrap().len(), 2);
}

#[test]
fn exit_code_follows_the_fail_level() {
    // The PLAN003 pass fixture has only content findings; some are warnings.
    let path = "tests/fixtures/rules/IA012/pass.yaml";
    let (code, stdout, _) = run(&["check", path, "-f", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let errors = v["plans"][0]["summary"]["error"].as_u64().unwrap();
    assert_eq!(code, i32::from(errors > 0));
    assert_eq!(run(&["check", path, "--exit-zero"]).0, 0);
}

#[test]
fn rules_json_lists_every_rule_and_explain_knows_each() {
    let (code, stdout, _) = run(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let rules = v["rules"].as_array().unwrap();
    assert_eq!(rules.len(), goodrel::rules::all().count());
    for rule in rules {
        let id = rule["id"].as_str().unwrap();
        assert!(rule["severity"].is_string(), "{id}");
        assert!(!rule["sources"].as_array().unwrap().is_empty(), "{id}");
        let (code, text, _) = run(&["explain", id]);
        assert_eq!(code, 0, "{id}");
        assert!(
            text.starts_with(id) && text.contains("Why") && text.contains("Sources"),
            "{id}: {text}"
        );
    }
    let (code, text, _) = run(&["rules"]);
    assert_eq!(code, 0);
    assert!(text.contains("IA012"));
}

#[test]
fn schema_command_prints_the_checked_in_schema() {
    let (code, stdout, _) = run(&["schema"]);
    assert_eq!(code, 0);
    let on_disk = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/plan.schema.json"),
    )
    .unwrap();
    assert_eq!(stdout, on_disk);
}

#[test]
fn text_output_snapshot() {
    // A plan with an unparsable file: only format findings, so the snapshot does not move
    // when content rules are added (the examples' snapshots cover those).
    let (code, stdout, _) = run(&[
        "check",
        "tests/fixtures/cli/unreadable",
        "--as-of",
        "2026-11-23",
    ]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(stdout);
}

/// (rule, file name, symbolic path, line) of every finding.
fn findings(dir: &Path) -> Vec<(String, String, String, u64)> {
    let (_, stdout, _) = run(&[
        "check",
        dir.to_str().unwrap(),
        "-f",
        "json",
        "--as-of",
        "2026-11-23",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    v["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let file = f["location"]["file"].as_str().unwrap_or_default();
            let file = file.rsplit('/').next().unwrap_or_default().to_owned();
            (
                f["rule"].as_str().unwrap().to_owned(),
                file,
                f["location"]["path"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                f["location"]["start"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// Acceptance: deleting one line from the complete example (a measure's responsible party)
/// makes exactly the expected rule fire, at that measure's line.
#[test]
fn deleting_a_responsible_line_fires_exactly_ia012_at_the_measure() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("city");
    common::copy_plan(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/city"),
        &plan,
    );
    let before = findings(&plan);

    let file = plan.join("measures/education.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let removed = lines
        .iter()
        .position(|l| l.trim() == "responsible: basic-education")
        .unwrap();
    let measure_line = lines[..removed]
        .iter()
        .rposition(|l| l.trim_start().starts_with("- id:"))
        .unwrap()
        + 1;
    let edited: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != removed)
        .map(|(_, l)| *l)
        .collect();
    std::fs::write(&file, edited.join("\n") + "\n").unwrap();

    // Lines below the deleted one shift, so findings are compared by rule and symbolic path.
    let key = |f: &(String, String, String, u64)| (f.0.clone(), f.2.clone());
    let before_keys: Vec<_> = before.iter().map(key).collect();
    let after = findings(&plan);
    let new: Vec<_> = after
        .iter()
        .filter(|f| !before_keys.contains(&key(f)))
        .collect();
    assert_eq!(new.len(), 1, "new findings: {new:?}");
    assert_eq!(new[0].0, "IA012");
    assert_eq!(new[0].1, "education.yaml");
    assert_eq!(new[0].3, measure_line as u64);
    assert_eq!(after.len(), before.len() + 1);
}

/// The plan directory given as the absolute path of the working directory is shown as `.`,
/// not as an empty name ("plan  (5 plan files)", ": errors found").
#[test]
fn the_working_directory_given_by_its_full_path_is_shown_as_dot() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    common::copy_plan(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/incomplete"),
        &plan,
    );
    let full = plan.canonicalize().unwrap();
    let (code, out) = common::run_in(&full, 60, &["check", full.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with("plan .  ("), "{out}");
    assert!(out.lines().any(|l| l.starts_with(".: ")), "{out}");
}
