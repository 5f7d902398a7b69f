//! `goodrel diff` on the built binary (issue 25): what a change does to the plan, between
//! two directories and between a git revision and the working tree.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common;
use crate::common::git;

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// Runs goodrel in `cwd`, in English unless the arguments say otherwise: exit code,
/// standard output, standard error.
fn run(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = common::goodrel_in(cwd, 60)
        .args(args)
        .output()
        .expect("goodrel runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(cwd: &Path, args: &[&str]) -> (i32, Value) {
    let (code, out, err) = run(cwd, args);
    let value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, value)
}

const AS_OF: &[&str] = &["--as-of", "2025-06-01", "--no-config"];

fn with(args: &[&str]) -> Vec<String> {
    args.iter().chain(AS_OF).map(|s| (*s).to_owned()).collect()
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// examples/incomplete's measures with M3 given a responsible party, and (unless
/// `fix_only`) M4 deleted and M9 added without one (serving O1, so that the employment
/// row's "responsible" cell turns from met to a gap while inclusion's turns to met).
fn changed_measures(fix_only: bool) -> String {
    let text = std::fs::read_to_string(example("incomplete").join("measures.yaml")).unwrap();
    let text = text.replacen(
        "  - id: M3\n    title: Kielikahvila\n    objectives: [O3]\n",
        "  - id: M3\n    title: Kielikahvila\n    objectives: [O3]\n    responsible: library\n",
        1,
    );
    assert!(text.contains("responsible: library"), "the fixture moved");
    if fix_only {
        return text;
    }
    let m4 = text.find("  - id: M4").expect("M4 in the example");
    format!(
        "{}{}",
        &text[..m4],
        concat!(
            "  - id: M9\n",
            "    title: Naapurustojen kohtaamisilta\n",
            "    objectives: [O1]\n",
            "    partners: [multicultural-association]\n",
            "    sector: youth\n",
            "    target_groups: [immigrants, majority_population]\n",
            "    kind: encounter\n",
            "    timetable: {start: 2025-01-01, end: 2026-12-31}\n",
        )
    )
}

/// A temporary folder with `old` (examples/incomplete) and `new` (the changed copy).
fn two_dirs(fix_only: bool) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_plan(&example("incomplete"), &tmp.path().join("old"));
    common::copy_plan(&example("incomplete"), &tmp.path().join("new"));
    std::fs::write(
        tmp.path().join("new/measures.yaml"),
        changed_measures(fix_only),
    )
    .unwrap();
    tmp
}

fn ids(list: &Value, rule: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["location"]["path"].as_str().unwrap().to_owned())
        .collect()
}

fn item_ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect()
}

#[test]
fn the_acceptance_change_between_two_directories() {
    let tmp = two_dirs(false);
    let (code, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    assert_eq!(code, 1, "a new error fails the change: {d:#}");
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
    assert_eq!(ids(&d["new"], "IA012"), ["measures[M9]"]);
    assert_eq!(d["fixed"][0]["location"]["file"], "old/measures.yaml");
    assert_eq!(d["new"][0]["location"]["file"], "new/measures.yaml");
    assert_eq!(item_ids(&d["items"]["removed"]), ["M4"]);
    assert_eq!(item_ids(&d["items"]["added"]), ["M9"]);
    assert_eq!(d["items"]["removed"][0]["kind"], "measure");
    assert_eq!(
        d["items"]["removed"][0]["location"]["file"],
        "old/measures.yaml"
    );
    let changed = &d["items"]["changed"];
    assert_eq!(item_ids(changed), ["M3"]);
    assert_eq!(changed[0]["fields"], serde_json::json!(["responsible"]));
    // The checklist: inclusion's responsible cell is met now (by M3), employment's is a
    // gap (M9), each with its evidence.
    let duties = d["checklist"]["changed"].as_array().unwrap();
    let duty = |id: &str| {
        duties
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id} changed: {duties:#?}"))
    };
    let inclusion = duty("planning.inclusion_and_equality.responsible");
    assert_eq!(inclusion["before"]["verdict"], "gap");
    assert_eq!(inclusion["after"]["verdict"], "met");
    assert_eq!(
        inclusion["after"]["evidence"][0]["path"],
        "measures[M3].responsible"
    );
    let employment = duty("planning.employment_and_education.responsible");
    assert_eq!(employment["before"]["verdict"], "met");
    assert_eq!(employment["after"]["verdict"], "gap");
    assert_eq!(employment["after"]["findings"][0]["path"], "measures[M9]");
    // The pyramid: M9 is an encounter (top), M4 was a middle-level service for young
    // people, whose group is now reached by nothing.
    let levels = d["pyramid"]["levels"].as_array().unwrap();
    let level = |l: &str| levels.iter().find(|x| x["level"] == l).unwrap();
    assert_eq!(
        (
            level("top")["before"].as_u64(),
            level("top")["after"].as_u64()
        ),
        (Some(1), Some(2))
    );
    assert_eq!(
        level("middle")["before"].as_u64().unwrap(),
        level("middle")["after"].as_u64().unwrap() + 1
    );
    let opened = d["pyramid"]["gaps_opened"].as_array().unwrap();
    assert!(
        opened
            .iter()
            .any(|g| g["rule"] == "PYR004" && g["subjects"][0] == "age_groups"),
        "{opened:#?}"
    );
    assert_eq!(d["result"]["new_errors"], 1);
    assert_eq!(d["result"]["fails"], true);
    assert_eq!(d["before"]["root"], "old");
    assert_eq!(d["after"]["root"], "new");
}

#[test]
fn a_change_that_only_fixes_passes_even_with_older_errors_left() {
    let tmp = two_dirs(true);
    let (code, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    assert_eq!(code, 0, "{d:#}");
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
    assert!(d["new"].as_array().unwrap().is_empty(), "{:#}", d["new"]);
    assert!(d["after"]["summary"]["error"].as_u64().unwrap() > 0);
    // A new warning (a measure without funding) fails it only when asked to.
    let measures = format!(
        "{}{}",
        changed_measures(true),
        concat!(
            "  - id: M10\n    title: Asukasilta\n    objectives: [O2]\n",
            "    responsible: housing-company\n    sector: housing\n",
            "    target_groups: [all_residents]\n",
            "    timetable: {start: 2025-01-01, end: 2026-12-31}\n",
        )
    );
    std::fs::write(tmp.path().join("new/measures.yaml"), measures).unwrap();
    let (code, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    let new_warnings = d["result"]["new_warnings"].as_u64().unwrap();
    assert_eq!(d["result"]["new_errors"], 0, "{:#}", d["new"]);
    assert!(new_warnings > 0, "{:#}", d["new"]);
    assert_eq!(code, 0);
    let (code, _, _) = run(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--fail-on", "warning"])),
    );
    assert_eq!(code, 1);
    let (code, _, _) = run(
        tmp.path(),
        &args(&with(&[
            "diff",
            "old",
            "new",
            "--fail-on",
            "warning",
            "--exit-zero",
        ])),
    );
    assert_eq!(code, 0);
}

/// A repository with examples/incomplete committed under `plan/`, then the change made in
/// the working tree.
fn repo(fix_only: bool) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_plan(&example("incomplete"), &tmp.path().join("plan"));
    git(tmp.path(), &["init", "-q"]);
    git(tmp.path(), &["add", "-A"]);
    git(tmp.path(), &["commit", "-q", "-m", "the plan"]);
    std::fs::write(
        tmp.path().join("plan/measures.yaml"),
        changed_measures(fix_only),
    )
    .unwrap();
    tmp
}

#[test]
fn a_revision_and_the_working_tree() {
    if common::tool("git").is_none() {
        return;
    }
    let tmp = repo(false);
    let (code, d) = json(
        tmp.path(),
        &args(&with(&[
            "diff", "--rev", "HEAD", "plan", "--format", "json",
        ])),
    );
    assert_eq!(code, 1);
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
    assert_eq!(ids(&d["new"], "IA012"), ["measures[M9]"]);
    assert_eq!(item_ids(&d["items"]["removed"]), ["M4"]);
    assert_eq!(d["before"]["revision"]["name"], "HEAD");
    assert_eq!(
        d["before"]["revision"]["commit"].as_str().unwrap().len(),
        40
    );
    assert_eq!(d["before"]["root"], "plan");
    // In text, a place in the old version is written as git names a file at a revision.
    let (_, text, _) = run(tmp.path(), &args(&with(&["diff", "--rev", "HEAD", "plan"])));
    assert!(text.contains("HEAD:plan/measures.yaml:21:5"), "{text}");
    assert!(text.contains("plan at HEAD ("), "{text}");

    // Only the fix: it passes, and the fix is found.
    let tmp = repo(true);
    let (code, d) = json(
        tmp.path(),
        &args(&with(&[
            "diff", "--rev", "HEAD", "plan", "--format", "json",
        ])),
    );
    assert_eq!(code, 0, "{d:#}");
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
    // From inside the plan directory, and with the plan's folder as `.`.
    let (code, d) = json(
        &tmp.path().join("plan"),
        &args(&with(&["diff", "--rev", "HEAD", ".", "--format", "json"])),
    );
    assert_eq!(code, 0);
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
    // Committed, the working tree is the revision: nothing changed.
    git(
        tmp.path(),
        &["commit", "-q", "-am", "M3 has a responsible party"],
    );
    let (code, d) = json(
        tmp.path(),
        &args(&with(&[
            "diff", "--rev", "HEAD", "plan", "--format", "json",
        ])),
    );
    assert_eq!(code, 0);
    assert!(d["fixed"].as_array().unwrap().is_empty());
    let (_, d) = json(
        tmp.path(),
        &args(&with(&[
            "diff", "--rev", "HEAD~1", "plan", "--format", "json",
        ])),
    );
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
}

#[test]
fn a_plan_new_in_the_change_is_all_new() {
    if common::tool("git").is_none() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("README.md"), "plans\n").unwrap();
    git(tmp.path(), &["init", "-q"]);
    git(tmp.path(), &["add", "-A"]);
    git(tmp.path(), &["commit", "-q", "-m", "empty"]);
    common::copy_plan(&example("incomplete"), &tmp.path().join("plan"));
    let (code, d) = json(
        tmp.path(),
        &args(&with(&[
            "diff", "--rev", "HEAD", "plan", "--format", "json",
        ])),
    );
    assert_eq!(code, 1);
    assert_eq!(d["before"]["files"].as_array().unwrap().len(), 0);
    assert!(item_ids(&d["items"]["added"]).contains(&"M4"));
    assert!(!ids(&d["new"], "IA012").is_empty());
    let (_, text, _) = run(tmp.path(), &args(&with(&["diff", "--rev", "HEAD", "plan"])));
    assert!(text.contains("the old version has no plan files"), "{text}");
}

#[test]
fn the_markdown_names_what_changed_and_fits_one_comment() {
    let tmp = two_dirs(false);
    let (code, md, _) = run(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "markdown"])),
    );
    assert_eq!(code, 1);
    assert!(md.contains("IA012") && md.contains("M9"), "{md}");
    assert!(md.len() < 65_536);
    assert!(md.contains("The change fails"), "{md}");
    // In the plan's language when no language is asked for (the locale says none).
    let out = common::goodrel_in(tmp.path(), 60)
        .env("LC_ALL", "C")
        .args(args(&with(&["diff", "old", "new", "--format", "markdown"])))
        .output()
        .unwrap();
    let fi = String::from_utf8_lossy(&out.stdout);
    assert!(fi.contains("2 uutta havaintoa"), "{fi}");
    assert!(fi.contains("Muutos ei mene läpi"), "{fi}");

    // A change of thousands of measures is cut to fit, and says how much was left out.
    let mut many = changed_measures(false);
    for n in 0..3000 {
        many.push_str(&format!(
            "  - id: X{n}\n    title: \"Toimenpide {n} | *pipe* <b>\"\n    objectives: [O1]\n"
        ));
    }
    std::fs::write(tmp.path().join("new/measures.yaml"), many).unwrap();
    let (_, md, _) = run(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "markdown"])),
    );
    assert!(md.len() < 65_536, "{} bytes", md.len());
    // Each table and list shows its first rows, so the pyramid still has its place.
    assert!(md.contains("### Pyramid"), "{md}");
    assert!(md.contains("middle: 8 → 3007"), "{md}");
    assert!(
        md.contains("more changes are not shown here"),
        "{}",
        &md[md.len() - 300..]
    );
    assert!(
        md.contains("\\| \\*pipe\\* &lt;b&gt;"),
        "plan text is escaped"
    );
    assert!(!md.contains("<b>"));
}

/// Inserts a comment line at the top of every plan file below `dir`.
fn shift_lines(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("# a line added at the top\n{text}")).unwrap();
        }
    }
}

fn places(list: &Value) -> Vec<(String, String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["location"]["path"].as_str().unwrap_or("").to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_line_added_at_the_top_of_every_file_changes_nothing() {
    let tmp = two_dirs(false);
    let (_, before) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    common::copy_plan(&tmp.path().join("new"), &tmp.path().join("shifted"));
    shift_lines(&tmp.path().join("shifted"));
    let (code, d) = json(
        tmp.path(),
        &args(&with(&["diff", "new", "shifted", "--format", "json"])),
    );
    assert_eq!(code, 0);
    assert!(
        d["fixed"].as_array().unwrap().is_empty(),
        "{:#}",
        d["fixed"]
    );
    assert!(d["new"].as_array().unwrap().is_empty(), "{:#}", d["new"]);
    assert!(d["checklist"]["changed"].as_array().unwrap().is_empty());
    for list in ["added", "removed", "changed"] {
        assert!(d["items"][list].as_array().unwrap().is_empty(), "{list}");
    }
    assert!(d["pyramid"]["moved"].as_array().unwrap().is_empty());
    // And the change itself reads the same with every line moved.
    let (_, after) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "shifted", "--format", "json"])),
    );
    assert_eq!(places(&before["fixed"]), places(&after["fixed"]));
    assert_eq!(places(&before["new"]), places(&after["new"]));
    assert_eq!(
        before["new"][0]["location"]["start"]["line"]
            .as_u64()
            .unwrap()
            + 1,
        after["new"][0]["location"]["start"]["line"]
            .as_u64()
            .unwrap(),
        "located in the new version"
    );
    let (_, text, _) = run(tmp.path(), &args(&with(&["diff", "new", "shifted"])));
    assert!(text.contains("makes no difference"), "{text}");
}

#[test]
fn a_measure_renamed_or_moved_to_another_file_is_not_fixed_and_new() {
    let tmp = two_dirs(true);
    let renamed = changed_measures(true).replace("Kielikahvila", "Kielikahvila ja lukupiiri");
    // M2 (no timetable, no funding: two findings) moves to a file of its own.
    let m2 = renamed.find("  - id: M2").unwrap();
    let m3 = renamed.find("  - id: M3").unwrap();
    let moved = format!("measures:\n{}", &renamed[m2..m3]);
    let rest = format!("{}{}", &renamed[..m2], &renamed[m3..]);
    std::fs::write(tmp.path().join("new/measures.yaml"), rest).unwrap();
    std::fs::write(tmp.path().join("new/housing.yaml"), moved).unwrap();
    let (code, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    assert_eq!(code, 0);
    assert_eq!(ids(&d["fixed"], "IA012"), ["measures[M3]"]);
    assert!(d["new"].as_array().unwrap().is_empty(), "{:#}", d["new"]);
    assert_eq!(places(&d["fixed"]).len(), 1, "{:#}", d["fixed"]);
    let changed = d["items"]["changed"].as_array().unwrap();
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(
        changed[0]["fields"],
        serde_json::json!(["responsible", "title"])
    );
}

#[test]
fn indicator_values_recorded_are_listed_with_their_place() {
    let tmp = two_dirs(true);
    let path = tmp.path().join("new/objectives.yaml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "values: [{value: 86, date: 2024-12-31}]",
        "values: [{value: 86, date: 2024-12-31}, {value: 91, date: 2025-12-31}]",
    );
    std::fs::write(&path, text).unwrap();
    let (_, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    let values = d["indicators"]["values"].as_array().unwrap();
    assert_eq!(values.len(), 1, "{values:#?}");
    assert_eq!(values[0]["indicator"], "I2");
    assert_eq!(values[0]["value"], 91.0);
    assert_eq!(values[0]["date"], "2025-12-31");
    assert_eq!(values[0]["location"]["path"], "indicators[I2].values[1]");
    let (_, text, _) = run(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--lang", "fi"])),
    );
    assert!(text.contains("1 mittarin arvo kirjattu"), "{text}");
    assert!(text.contains("I2 'Newcomers"), "{text}");
}

#[test]
fn what_cannot_be_compared_exits_2_with_a_clear_message() {
    let tmp = two_dirs(true);
    let cases: &[(&[&str], &str)] = &[
        (&["diff", "new"], "give two plan directories"),
        (
            &["diff", "old", "new", "--rev", "HEAD"],
            "give two plan directories",
        ),
        (&["diff", "nope", "new"], "nope: no such file or directory"),
        (&["diff", "old", "nope"], "nope: no such file or directory"),
        (
            &["diff", "--rev", "HEAD", "new"],
            "is not in a git repository",
        ),
    ];
    for (a, said) in cases {
        let (code, out, err) = run(tmp.path(), a);
        assert_eq!(code, 2, "{a:?}: {out}{err}");
        assert!(err.contains(said), "{a:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let (code, _, err) = run(
        tmp.path(),
        &["diff", "--rev", "HEAD", "new", "--lang", "sv"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("ligger inte i ett git-arkiv"), "{err}");
    if common::tool("git").is_none() {
        return;
    }
    let repo = repo(true);
    for rev in ["no-such-branch", "--output=x", ""] {
        let flag = format!("--rev={rev}");
        let (code, _, err) = run(repo.path(), &["diff", &flag, "plan", "--lang", "fi"]);
        assert_eq!(code, 2, "{rev}: {err}");
        assert!(err.contains("git ei tunne versiota"), "{rev}: {err}");
    }
    assert!(!repo.path().join("x").exists());
}

#[test]
fn github_annotates_the_new_findings_and_writes_the_comment_to_the_job_summary() {
    let tmp = two_dirs(false);
    let summary = tmp.path().join("summary.md");
    let out = common::goodrel_in(tmp.path(), 60)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(args(&with(&["diff", "old", "new", "--format", "github"])))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let log = String::from_utf8_lossy(&out.stdout);
    let errors: Vec<&str> = log.lines().filter(|l| l.starts_with("::error ")).collect();
    assert_eq!(errors.len(), 1, "{log}");
    assert!(
        errors[0].contains("file=new/measures.yaml,line=31"),
        "{log}"
    );
    assert!(log.contains("fixed: IA012 old/measures.yaml:21"), "{log}");
    let md = std::fs::read_to_string(summary).unwrap();
    assert!(md.contains("IA012") && md.contains("M9"), "{md}");
}

#[test]
fn the_two_yearly_draft_lists_measures_added_and_dropped_since_a_revision() {
    if common::tool("git").is_none() {
        return;
    }
    let tmp = repo(false);
    let draft = |since: &str| {
        run(
            tmp.path(),
            &args(&with(&[
                "report",
                "plan",
                "--two-yearly",
                "2025-01-01..2026-12-31",
                "--since",
                since,
                "-f",
                "markdown",
            ])),
        )
    };
    let (code, md, err) = draft("HEAD");
    assert_eq!(code, 0, "{err}");
    let part = md
        .split("### Measures added and dropped (compared with HEAD)")
        .nth(1)
        .unwrap_or_else(|| panic!("{md}"));
    let part = part.split("\n## ").next().unwrap();
    assert!(
        part.contains("Added to the plan\n\n- `M9` Naapurustojen"),
        "{part}"
    );
    assert!(
        part.contains("Taken out of the plan\n\n- `M4` Maahanmuuttajanuorten"),
        "{part}"
    );
    // An old copy of the plan in a directory does the same.
    common::copy_plan(&example("incomplete"), &tmp.path().join("old-copy"));
    let (_, md, _) = draft("old-copy");
    assert!(md.contains("- `M4` Maahanmuuttajanuorten"), "{md}");
    let (code, _, err) = draft("v9");
    assert_eq!(code, 2);
    assert!(err.contains("no commit called `v9`"), "{err}");
}

#[test]
fn a_file_broken_by_the_change_is_its_one_new_finding_not_every_content_finding_fixed() {
    let tmp = two_dirs(true);
    std::fs::write(
        tmp.path().join("new/objectives.yaml"),
        "objectives:\n  - id: O1\n    statement: [unclosed\n",
    )
    .unwrap();
    let (code, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    assert_eq!(code, 1, "the parse error is a new error");
    assert_eq!(d["content_compared"], false);
    let new = places(&d["new"]);
    assert_eq!(new.len(), 1, "{new:?}");
    assert!(new[0].0.starts_with("PLAN"), "{new:?}");
    assert!(
        d["fixed"].as_array().unwrap().is_empty(),
        "content findings are not called fixed: {:#}",
        d["fixed"]
    );
    let (_, text, _) = run(tmp.path(), &args(&with(&["diff", "old", "new"])));
    assert!(
        text.contains("a file of the new version could not be read"),
        "{text}"
    );
}

/// The acceptance change as each format shows it, in English, Finnish and Swedish.
#[test]
fn the_rendered_diff_in_every_format_and_language() {
    let tmp = two_dirs(false);
    for (format, lang) in [
        ("text", "en"),
        ("text", "fi"),
        ("text", "sv"),
        ("markdown", "en"),
        ("markdown", "fi"),
        ("markdown", "sv"),
        ("github", "en"),
        ("json", "en"),
    ] {
        let (_, out, err) = run(
            tmp.path(),
            &args(&with(&[
                "diff", "old", "new", "--format", format, "--lang", lang,
            ])),
        );
        assert!(err.is_empty(), "{err}");
        // The tool's version is not the diff's business.
        let out = out.replace(env!("CARGO_PKG_VERSION"), "VERSION");
        insta::assert_snapshot!(format!("diff_{format}_{lang}"), out);
    }
}

#[test]
fn a_measure_placed_on_another_level_moves_and_its_sector_gains_a_base_measure() {
    let tmp = two_dirs(true);
    let measures = changed_measures(true).replacen(
        "    sector: employment\n",
        "    sector: employment\n    level: base\n",
        1,
    );
    std::fs::write(tmp.path().join("new/measures.yaml"), measures).unwrap();
    let (_, d) = json(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--format", "json"])),
    );
    let moved = d["pyramid"]["moved"].as_array().unwrap();
    assert_eq!(moved.len(), 1, "{moved:#?}");
    assert_eq!(moved[0]["id"], "M1");
    assert_eq!(moved[0]["before"], "middle");
    assert_eq!(moved[0]["after"], "base");
    let gained = d["pyramid"]["sectors_gained"].as_array().unwrap();
    assert_eq!(gained.len(), 1, "{gained:#?}");
    assert_eq!(gained[0]["sector"], "employment");
    assert_eq!(gained[0]["covers"][0]["id"], "M1");
    assert_eq!(
        gained[0]["covers"][0]["location"]["file"],
        "new/measures.yaml"
    );
    // And back: the sector loses it, shown where it was.
    let (_, d) = json(
        tmp.path(),
        &args(&with(&["diff", "new", "old", "--format", "json"])),
    );
    let lost = d["pyramid"]["sectors_lost"].as_array().unwrap();
    assert_eq!(lost[0]["sector"], "employment");
    assert_eq!(
        lost[0]["covers"][0]["location"]["file"],
        "new/measures.yaml"
    );
    let (_, text, _) = run(
        tmp.path(),
        &args(&with(&["diff", "old", "new", "--lang", "sv"])),
    );
    assert!(
        text.contains("fick en åtgärd på basnivån: åtgärd M1 '"),
        "{text}"
    );
    assert!(text.contains("mellannivå → bas"), "{text}");
}

/// Below any cap, the comment keeps its order and counts every change it leaves out.
#[test]
fn a_comment_cut_anywhere_stays_under_the_cap_and_counts_the_rest() {
    let tmp = two_dirs(false);
    let options = goodrel::CheckOptions {
        as_of: goodrel::model::date::Date::parse("2025-06-01").unwrap(),
        as_of_explicit: true,
        config: goodrel::config::ConfigSource::None,
        ..goodrel::CheckOptions::default()
    };
    let session = goodrel::Session::new(&tmp.path().join("new"), options);
    let new = session.check(&goodrel::Sources::disk()).unwrap();
    let old = session
        .check(&goodrel::Sources::other_dir(tmp.path().join("old")))
        .unwrap();
    let diff = goodrel::diff::Diff::new(&old, &new);
    let view = goodrel::render::diff::View {
        old: &old,
        new: &new,
        side: &goodrel::diff::OldSide::Dir,
        diff: &diff,
        fail_on: goodrel::finding::Severity::Error,
    };
    let lang = goodrel::i18n::Lang::En;
    let full = goodrel::render::diff::markdown_within(&view, usize::MAX, lang);
    assert!(!full.contains("not shown here"), "{full}");
    let entries = full
        .lines()
        .filter(|l| l.starts_with("| **") || l.starts_with("- "))
        .count();
    assert!(full.len() > 1_500, "{full}");
    for cap in [700, full.len() / 3, full.len() / 2, full.len() - 1] {
        let md = goodrel::render::diff::markdown_within(&view, cap, lang);
        assert!(md.len() < cap, "{} >= {cap}", md.len());
        let shown = md
            .lines()
            .filter(|l| l.starts_with("| **") || l.starts_with("- "))
            .count();
        let said = md
            .lines()
            .last()
            .and_then(|l| l.split(' ').next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("{cap}: {md}"));
        assert_eq!(shown + said, entries, "{cap}: {md}");
        assert!(full.starts_with(md.lines().next().unwrap()));
    }
}
