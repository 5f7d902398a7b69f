//! `goodrel init`: the scaffold loads without format findings in every language, points
//! editors at its schema copy, its commented examples fit together, its comments speak the
//! chosen language, and it never overwrites anything.

use crate::common;

use std::path::Path;

use assert_cmd::Command;
use goodrel::i18n::Lang;
use goodrel::model::date::Date;
use goodrel::{CheckOptions, check_dir};
use serde_json::Value;

fn goodrel() -> Command {
    let mut cmd = common::goodrel();
    cmd.env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

fn options() -> CheckOptions {
    CheckOptions {
        as_of: Date::parse("2026-11-23").expect("date"),
        ..CheckOptions::default()
    }
}

fn format_findings(dir: &Path) -> Vec<String> {
    let report = check_dir(dir, &options()).expect("plan loads");
    report
        .findings
        .iter()
        .filter(|f| f.rule.id.starts_with("PLAN"))
        .map(|f| {
            let at = f
                .location
                .as_ref()
                .map(|l| format!("{}:{}", l.file, l.span.start.line))
                .unwrap_or_default();
            format!("{} {at} {}", f.rule.id, f.message)
        })
        .collect()
}

#[test]
fn init_then_check_shows_only_content_findings() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("plan");
    let out = goodrel().arg("init").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(stdout.contains("plan.yaml"), "{stdout}");

    for section in goodrel::model::SECTIONS {
        let file = if *section == "municipality" {
            "plan.yaml".to_owned()
        } else {
            format!("{section}.yaml")
        };
        let text = std::fs::read_to_string(dir.join(&file)).expect("section file");
        assert!(
            text.starts_with(goodrel::init::SCHEMA_COMMENT),
            "{file} starts with the schema comment"
        );
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{section}:"))),
            "{file} holds the {section} section"
        );
    }

    // The JSON report: no format finding, but content findings to work on.
    let out = goodrel()
        .args(["check", "--as-of", "2026-11-23", "--format", "json"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "content errors remain to be fixed"
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let findings = report["plans"][0]["findings"].as_array().expect("findings");
    assert!(!findings.is_empty(), "the to-do list is not empty");
    let format: Vec<&Value> = findings
        .iter()
        .filter(|f| f["family"] == "format")
        .collect();
    assert!(format.is_empty(), "format findings: {format:?}");
    assert_eq!(
        report["plans"][0]["files"].as_array().map(Vec::len),
        Some(goodrel::model::SECTIONS.len()),
        "one file per section; the schema copy in .goodrel/ is not plan data"
    );
}

#[test]
fn a_second_init_refuses_and_changes_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    goodrel().arg("init").arg(dir).assert().success();
    let plan = dir.join("plan.yaml");
    std::fs::write(&plan, "municipality: {name: Edited}\n").expect("edit");

    let out = goodrel().arg("init").arg(dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(stderr.contains("refusing to overwrite"), "{stderr}");
    assert!(stderr.contains("plan.yaml"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&plan).expect("read"),
        "municipality: {name: Edited}\n"
    );
}

#[test]
fn init_refuses_in_the_chosen_language() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    goodrel().arg("init").arg(dir).assert().success();
    for (lang, words) in [("fi", "mitään ei kirjoitettu"), ("sv", "ingenting skrevs")] {
        let out = goodrel()
            .args(["init", "--lang", lang])
            .arg(dir)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8(out.stderr).expect("UTF-8");
        assert!(stderr.contains(words), "{lang}: {stderr}");
        assert!(stderr.contains("plan.yaml"), "{lang}: {stderr}");
    }
}

#[test]
fn init_refuses_when_any_one_file_exists_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join(".goodrel")).expect("mkdir");
    std::fs::write(dir.join(".goodrel/plan.schema.json"), "{}").expect("write");
    let out = goodrel().arg("init").arg(dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.join("plan.yaml").exists(), "nothing was written");
    assert!(!dir.join("actors.yaml").exists(), "nothing was written");
    assert_eq!(
        std::fs::read_to_string(dir.join(".goodrel/plan.schema.json")).expect("read"),
        "{}"
    );
}

#[test]
fn init_into_a_file_is_an_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("plan.yaml");
    std::fs::write(&file, "x: 1\n").expect("write");
    let out = goodrel().arg("init").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "x: 1\n");
}

#[test]
fn init_writes_the_schema_copy_that_the_comment_lines_name() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("nested/new/plan");
    goodrel().arg("init").arg(&dir).assert().success();
    let copy = std::fs::read_to_string(dir.join(goodrel::init::SCHEMA_FILE)).expect("copy");
    assert_eq!(copy, goodrel::schema::plan_schema_json());
    let target = goodrel::init::SCHEMA_COMMENT
        .split_once("$schema=")
        .map(|(_, t)| t)
        .expect("directive");
    assert!(
        dir.join(target).is_file(),
        "{target} resolves from the plan files"
    );
}

#[test]
fn the_municipality_name_is_written_safely() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let name = "Pietarsaari: \"Jakobstad\" # 100%";
    goodrel()
        .arg("init")
        .arg(tmp.path())
        .args(["--name", name])
        .assert()
        .success();
    assert!(format_findings(tmp.path()).is_empty());
    let report = check_dir(tmp.path(), &options()).expect("loads");
    let municipality = report.plan.municipality.as_ref().expect("municipality");
    assert_eq!(municipality.name, name);
}

/// Uncommenting every example (delete `[]`, remove the `# ` in front of each line below the
/// data) gives a plan whose references all resolve: the examples fit together.
fn uncomment(text: &str) -> String {
    let mut out = String::new();
    let mut in_data = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if !in_data {
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                in_data = true;
                out.push_str(&line.replace(": []", ":"));
            } else {
                out.push_str(line);
            }
        } else if trimmed.starts_with("# ") {
            out.push_str(&line.replacen("# ", "", 1));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_commented_examples_form_a_plan_without_format_findings() {
    for lang in Lang::ALL {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        for (file, text) in goodrel::init::files(lang, Some("Esimerkkilä")) {
            std::fs::write(dir.join(file), uncomment(&text)).expect("write");
        }
        let problems = format_findings(dir);
        assert!(problems.is_empty(), "{lang}: {problems:#?}");
        let report = check_dir(dir, &options()).expect("loads");
        let plan = &report.plan;
        assert!(!plan.actors.is_empty() && !plan.measures.is_empty());
        assert_eq!(plan.services.len(), 6, "{lang}: one service per component");
        assert_eq!(
            plan.objectives.len(),
            5,
            "{lang}: one objective per statutory area"
        );
        for rule in ["IA001", "IA002", "IA012"] {
            assert!(
                report.findings.iter().all(|f| f.rule.id != rule),
                "{lang}: the example satisfies {rule}"
            );
        }
    }
}

/// Both the scaffold and its uncommented examples validate against the plan schema, so an
/// editor shows no schema errors on them.
#[test]
fn scaffold_and_examples_validate_against_the_schema() {
    let schema: Value =
        serde_json::from_str(&goodrel::schema::plan_schema_json()).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let tmp = tempfile::tempdir().expect("tempdir");
    let limits = goodrel::load::Limits::default();
    for lang in Lang::ALL {
        for (file, text) in goodrel::init::files(lang, None) {
            for (variant, body) in [("scaffold", text.clone()), ("example", uncomment(&text))] {
                let path = tmp.path().join(format!("{lang}-{variant}-{file}"));
                std::fs::write(&path, &body).expect("write");
                let loaded =
                    goodrel::load::load_file(&path, file.to_owned(), &limits).expect("parses");
                let json = loaded.root.expect("not empty").to_json();
                let errors: Vec<String> = validator
                    .iter_errors(&json)
                    .map(|e| format!("{e} at {}", e.instance_path()))
                    .collect();
                assert!(
                    errors.is_empty(),
                    "{lang} {variant} {file}:\n{}",
                    errors.join("\n")
                );
            }
        }
    }
}

/// `goodrel init --lang X DIR`, then `goodrel check DIR`: no format finding, in every
/// language, and the lines `init` prints are in that language.
#[test]
fn init_in_every_language_then_check_gives_no_format_finding() {
    for (lang, created) in [
        ("fi", "Uusi suunnitelma luotiin kansioon"),
        ("sv", "En ny plan skapades i mappen"),
        ("en", "Created a new plan in"),
    ] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("oma-suunnitelma");
        let out = goodrel()
            .args(["init", "--lang", lang])
            .arg(&dir)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{lang}: {out:?}");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(stdout.starts_with(created), "{lang}: {stdout}");
        let out = goodrel()
            .args(["check", "--as-of", "2026-11-23", "--format", "json"])
            .arg(&dir)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "{lang}: content errors remain");
        let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let findings = report["plans"][0]["findings"].as_array().expect("findings");
        let format: Vec<&Value> = findings
            .iter()
            .filter(|f| f["family"] == "format")
            .collect();
        assert!(format.is_empty(), "{lang}: format findings: {format:?}");
        assert!(format_findings(&dir).is_empty(), "{lang}");
    }
}

/// The prose of a scaffold's comments: what follows `#`, without keys (`responsible:`),
/// the format's values and ids (`needs_assessment`, `youth-services`), backticked text and
/// paths — the words a coordinator reads.
fn prose_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for line in text.lines() {
        let Some((_, comment)) = line.split_once('#') else {
            continue;
        };
        let mut rest = comment.to_owned();
        while let Some(start) = rest.find('`') {
            let end = rest[start + 1..]
                .find('`')
                .map_or(rest.len(), |e| start + 1 + e + 1);
            rest.replace_range(start..end, " ");
        }
        for token in rest.split_whitespace() {
            if token.ends_with(':') || token.contains(['_', '-', '/', '.', '$', '=']) {
                continue;
            }
            let word: String = token
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if !word.is_empty() {
                words.push(word);
            }
        }
    }
    words
}

const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "with",
    "fill",
    "measure",
    "measures",
    "objective",
    "objectives",
    "responsible",
    "services",
    "actors",
    "indicators",
    "structures",
    "consultations",
    "links",
    "reports",
    "every",
    "each",
    "what",
    "who",
    "file",
    "files",
    "here",
    "example",
    "line",
    "lines",
    "remove",
    "delete",
    "run",
    "errors",
    "warnings",
];

#[test]
fn the_finnish_and_swedish_scaffolds_speak_their_language() {
    for (lang, must) in [
        (Lang::Fi, ["toimenpide", "vastuutaho", "tavoite"]),
        (Lang::Sv, ["åtgärd", "ansvarig aktör", "mål"]),
    ] {
        let all: String = goodrel::init::files(lang, None)
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        let lower = all.to_lowercase();
        for word in must {
            assert!(lower.contains(word), "{lang}: no `{word}` in the scaffold");
        }
        for (file, text) in goodrel::init::files(lang, None) {
            let english: Vec<String> = prose_words(&text)
                .into_iter()
                .filter(|w| ENGLISH_WORDS.contains(&w.as_str()))
                .collect();
            assert!(
                english.is_empty(),
                "{lang} {file}: English words in the comments: {english:?}\n{text}"
            );
        }
    }
    // The same scan finds English in the English scaffold (so it scans what it should).
    let en: Vec<String> = goodrel::init::files(Lang::En, None)
        .into_iter()
        .flat_map(|(_, text)| prose_words(&text))
        .collect();
    assert!(en.iter().any(|w| w == "measure"));
    assert!(en.iter().any(|w| w == "responsible"));
}

/// Every target that would stop `init` is found before anything is written.
#[test]
fn init_checks_every_target_first_and_names_the_one_that_fails() {
    let targets: Vec<String> = goodrel::init::files(Lang::En, Some("X"))
        .into_iter()
        .map(|(f, _)| f.to_owned())
        .chain([goodrel::init::SCHEMA_FILE.to_owned()])
        .collect();
    for target in &targets {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        let blocker = dir.join(target);
        std::fs::create_dir_all(blocker.parent().expect("parent")).expect("mkdir");
        std::fs::write(&blocker, "mine\n").expect("write");
        let out = goodrel().arg("init").arg(dir).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{target}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(target.rsplit('/').next().unwrap_or(target)),
            "{target}: {stderr}"
        );
        let left: Vec<_> = walk(dir);
        assert_eq!(
            left,
            vec![blocker.clone()],
            "{target}: nothing else written"
        );
    }
}

#[test]
fn a_goodrel_file_in_place_of_the_folder_stops_init_before_it_writes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    std::fs::write(dir.join(".goodrel"), "").expect("write");
    let out = goodrel().arg("init").arg(dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(".goodrel"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(walk(dir), vec![dir.join(".goodrel")]);
}

/// Every file below `dir`, sorted.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// The language chosen at `init` sticks (issue 26): `init --lang fi` writes the plan's
/// official languages, so a later `check` on a C locale answers in Finnish; `init --lang en`
/// writes `lang = "en"` into goodrel.toml; and `init` says which it wrote.
#[test]
fn the_language_chosen_at_init_sticks_on_a_c_locale() {
    for (lang, says, answers) in [
        ("fi", "official_languages: [fi]", "suunnitelma "),
        ("sv", "official_languages: [sv, fi]", "plan "),
        ("en", "lang = \"en\"", "plan "),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan");
        let out = assert_cmd::Command::cargo_bin("goodrel")
            .unwrap()
            .env("LC_ALL", "C")
            .args(["init", "--lang", lang])
            .arg(&plan)
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&out.stdout);
        assert!(printed.contains(says), "{lang}: {printed}");
        let out = assert_cmd::Command::cargo_bin("goodrel")
            .unwrap()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .arg("check")
            .arg(&plan)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.starts_with(answers), "{lang}: {text}");
        if lang == "sv" {
            assert!(text.contains("inställningar: ingen"), "{text}");
        }
        if lang == "fi" {
            assert!(text.contains("asetukset: ei asetustiedostoa"), "{text}");
        }
    }
}
