//! Machine formats checked against what their consumers expect: SARIF against the official
//! SARIF 2.1.0 schema, GitHub workflow commands line by line, JUnit parsed as XML, and
//! every example plan against `schemas/plan.schema.json` with an independent validator.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use goodrel::finding::{Finding, Location, Severity};
use goodrel::load::node::Span;
use goodrel::model::date::Date;
use goodrel::render;
use goodrel::{CheckOptions, PlanReport, check_dir};
use serde_json::Value;

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn options() -> CheckOptions {
    CheckOptions {
        as_of: Date::parse("2026-11-23").expect("date"),
        ..CheckOptions::default()
    }
}

/// Example plan directories under `examples/` (not `examples/ci/`), as relative paths so
/// that findings carry repo-relative file names, as they do in CI.
fn examples() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("examples"))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.path().is_dir() && e.file_name() != "ci")
                .map(|e| Path::new("examples").join(e.file_name()))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The `fail` fixture of every rule: plans with real findings of every kind.
fn fail_fixtures() -> Vec<PathBuf> {
    let root = Path::new("tests/fixtures/rules");
    let mut out = Vec::new();
    for rule in goodrel::rules::all() {
        let dir = root.join(rule.id);
        let Ok(rd) = std::fs::read_dir(manifest_dir().join(&dir)) else {
            continue;
        };
        for e in rd.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "fail" || name.starts_with("fail.") {
                out.push(dir.join(name));
            }
        }
    }
    out.sort();
    out
}

fn reports(paths: &[PathBuf]) -> Vec<PlanReport> {
    // Findings carry paths relative to the working directory; tests run in the crate root.
    assert_eq!(
        std::env::current_dir().expect("cwd").canonicalize().ok(),
        manifest_dir().canonicalize().ok(),
        "integration tests run in the crate root"
    );
    paths
        .iter()
        .map(|p| check_dir(p, &options()).expect("plan directory loads"))
        .collect()
}

fn sarif_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(manifest_dir().join("tests/data/sarif-schema-2.1.0.json"))
        .expect("SARIF schema copy");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles offline")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 path")
}

fn assert_valid_sarif(paths: &[PathBuf]) -> usize {
    let reports = reports(paths);
    let text = render::sarif::check(&reports);
    let log: Value = serde_json::from_str(&text).expect("SARIF output is JSON");
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF for {paths:?} does not validate:\n{}",
        errors.join("\n")
    );

    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().is_some_and(|s| s.contains("sarif")));
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1, "several plan directories share one run");
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "goodrel");
    let rules = driver["rules"].as_array().expect("rules");
    let registry: Vec<_> = goodrel::rules::all().collect();
    assert_eq!(rules.len(), registry.len(), "every rule is in the driver");
    for (json, rule) in rules.iter().zip(&registry) {
        assert_eq!(json["id"], rule.id);
        assert_eq!(json["name"], rule.name);
        assert_eq!(json["shortDescription"]["text"], rule.summary);
        assert!(
            json["fullDescription"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty() && t.chars().count() <= 1024)
        );
        assert!(json["help"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(
            json["help"]["markdown"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        assert!(json["defaultConfiguration"]["level"].is_string());
    }

    let findings: Vec<&Finding> = reports.iter().flat_map(|r| &r.findings).collect();
    let results = runs[0]["results"].as_array().expect("results");
    // Distinct findings keep distinct alerts.
    let mut seen = std::collections::HashMap::new();
    for (result, finding) in results.iter().zip(&findings) {
        let fp = result["partialFingerprints"]["goodrel/v1"].to_string();
        let key = (
            finding.rule.id,
            finding
                .location
                .as_ref()
                .map(|l| (l.file.clone(), l.path.clone())),
            finding.message.clone(),
        );
        if let Some(other) = seen.insert(fp.clone(), key.clone()) {
            assert_eq!(
                other, key,
                "two different findings share the fingerprint {fp}"
            );
        }
    }
    assert_eq!(results.len(), findings.len(), "one result per finding");
    for (result, finding) in results.iter().zip(&findings) {
        assert_eq!(result["ruleId"], finding.rule.id);
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], finding.rule.id);
        let level = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        assert_eq!(result["level"], level);
        let locations = result["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1);
        let physical = &locations[0]["physicalLocation"];
        let uri = physical["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(
            !uri.starts_with('/')
                && !uri.starts_with("./")
                && !uri.contains("://")
                && !uri.contains('\\'),
            "uri {uri} is not repo-relative"
        );
        assert_eq!(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let line = physical["region"]["startLine"].as_u64().expect("startLine") as usize;
        match &finding.location {
            Some(l) => {
                assert_eq!(percent_decode(uri), l.file, "uri names the finding's file");
                assert_eq!(line, l.span.start.line, "startLine of {}", finding.message);
                assert_eq!(
                    physical["region"]["startColumn"].as_u64(),
                    Some(l.span.start.col as u64)
                );
                assert!(
                    Path::new(&l.file).is_file(),
                    "{} is a file relative to the repo root",
                    l.file
                );
            }
            None => assert_eq!(line, 1),
        }
        let fingerprint = result["partialFingerprints"]["goodrel/v1"]
            .as_str()
            .expect("fingerprint");
        assert_eq!(fingerprint.len(), 16);
    }
    findings.len()
}

#[test]
fn sarif_of_every_example_validates_against_the_official_schema() {
    for example in examples() {
        assert_valid_sarif(std::slice::from_ref(&example));
    }
}

#[test]
fn sarif_of_fail_fixtures_validates_and_points_at_the_right_lines() {
    let fixtures = fail_fixtures();
    assert!(!fixtures.is_empty());
    let mut total = 0;
    for fixture in &fixtures {
        total += assert_valid_sarif(std::slice::from_ref(fixture));
    }
    assert!(total >= fixtures.len(), "every fail fixture has findings");
    // Several plan directories in one log.
    assert_valid_sarif(&fixtures);
}

#[test]
fn the_sarif_schema_check_is_not_vacuous() {
    let validator = sarif_validator();
    let reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    let mut log: Value = serde_json::from_str(&render::sarif::check(&reports)).expect("JSON");
    assert!(validator.is_valid(&log));
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator.is_valid(&log), "an unknown level is rejected");
    log["runs"][0]["results"][0]["level"] = Value::from("error");
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    assert!(!validator.is_valid(&log), "line 0 is rejected");
}

#[test]
fn sarif_fingerprints_do_not_depend_on_the_line() {
    let finding = |line: usize| Finding {
        rule: &goodrel::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE,
        severity: Severity::Error,
        message: "m".into(),
        location: Some(Location {
            file: "plan/measures.yaml".into(),
            span: Span::point(line, 5),
            path: "measures[M1]".into(),
        }),
        hint: None,
    };
    let a = render::sarif::fingerprint(&finding(9), "plan/measures.yaml");
    let b = render::sarif::fingerprint(&finding(40), "plan/measures.yaml");
    assert_eq!(a, b);
    let c = render::sarif::fingerprint(&finding(9), "plan/other.yaml");
    assert_ne!(a, c);
}

/// A finding whose message, hint, title and file need every kind of escaping.
fn crafted() -> Finding {
    Finding {
        rule: &goodrel::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE,
        severity: Severity::Error,
        message: "100% done\r\nnext: a, b".into(),
        location: Some(Location {
            file: "plan/a:b,c%.yaml".into(),
            span: Span {
                start: goodrel::load::node::Pos { line: 7, col: 3 },
                end: goodrel::load::node::Pos { line: 7, col: 9 },
            },
            path: "measures[M1]".into(),
        }),
        hint: None,
    }
}

#[test]
fn github_annotation_is_exact_workflow_command_syntax() {
    let line = render::github::annotation(&crafted());
    let help = goodrel::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE.help;
    assert_eq!(
        line,
        format!(
            "::error file=plan/a%3Ab%2Cc%25.yaml,line=7,endLine=7,col=3,endColumn=8,title=IA012 measure-without-responsible::100%25 done\\r\\nnext: a, b%0Ahelp: {help}"
        )
    );
}

#[test]
fn github_title_escapes_colon_and_comma_and_severities_map_to_commands() {
    assert_eq!(
        render::github::escape_property("a:b,c%d\r\ne"),
        "a%3Ab%2Cc%25d%0D%0Ae"
    );
    assert_eq!(
        render::github::escape_data("a:b,c%d\r\ne"),
        "a:b,c%25d%0D%0Ae"
    );
    let mut warning = crafted();
    warning.severity = Severity::Warning;
    assert!(render::github::annotation(&warning).starts_with("::warning file="));
    let mut info = crafted();
    info.severity = Severity::Info;
    assert!(render::github::annotation(&info).starts_with("::notice file="));
}

#[test]
fn github_multiline_spans_have_no_columns() {
    let mut f = crafted();
    if let Some(l) = &mut f.location {
        l.span.end = goodrel::load::node::Pos { line: 10, col: 4 };
    }
    let line = render::github::annotation(&f);
    assert!(line.contains("line=7,endLine=10,title="), "{line}");
    assert!(!line.contains("col="));
}

#[test]
fn github_output_groups_findings_per_file() {
    let fixtures = fail_fixtures();
    let reports = reports(&fixtures);
    let out = render::github::check(&reports);
    let mut open = false;
    let mut annotations = 0;
    for line in out.lines() {
        if let Some(file) = line.strip_prefix("::group::") {
            assert!(!open, "groups do not nest");
            assert!(!file.is_empty());
            open = true;
        } else if line == "::endgroup::" {
            assert!(open);
            open = false;
        } else if let Some(command_line) = line.strip_prefix("::") {
            assert!(open, "annotations sit inside a group: {line}");
            let (command, rest) = command_line
                .split_once(' ')
                .expect("command and properties");
            assert!(["error", "warning", "notice"].contains(&command));
            let (props, _message) = rest.split_once("::").expect("message separator");
            for prop in props.split(',') {
                let (key, value) = prop.split_once('=').expect("key=value");
                assert!(
                    ["file", "line", "endLine", "col", "endColumn", "title"].contains(&key),
                    "{key}"
                );
                assert!(!value.contains(':') && !value.contains(','));
            }
            annotations += 1;
        }
    }
    assert!(!open);
    let findings: usize = reports.iter().map(|r| r.findings.len()).sum();
    assert_eq!(annotations, findings);
}

#[test]
fn github_format_appends_the_markdown_report_to_the_step_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").expect("write");
    let fixture = Path::new("tests/fixtures/rules/IA012/fail.yaml");
    let output = Command::cargo_bin("goodrel")
        .expect("binary")
        .current_dir(manifest_dir())
        .args(["check", "--as-of", "2026-11-23", "--format", "github"])
        .arg(fixture)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(stdout.contains("::error file=tests/fixtures/rules/IA012/fail.yaml,line=9"));
    let written = std::fs::read_to_string(&summary).expect("summary");
    assert!(
        written.starts_with("earlier step\n# goodrel report"),
        "{written}"
    );
    assert!(written.contains("IA012"));
}

#[test]
fn junit_parses_with_the_expected_counts() {
    use quick_xml::Reader;
    use quick_xml::events::Event;

    let fixtures = fail_fixtures();
    let reports = reports(&fixtures);
    let xml = render::junit::check(&reports);
    let mut reader = Reader::from_str(&xml);
    let rules = goodrel::rules::all().count();
    let (mut suites, mut cases, mut failures, mut system_out) = (0, 0, 0, 0);
    let mut declared_tests = 0;
    let mut declared_failures = 0;
    let mut current_suite_failures = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let attr = |name: &str| {
                    e.try_get_attribute(name).expect("attribute").map(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .expect("value")
                            .into_owned()
                    })
                };
                match e.name().0 {
                    "testsuite" => {
                        suites += 1;
                        let tests: usize = attr("tests").expect("tests").parse().expect("n");
                        assert_eq!(tests, rules, "one test case per rule");
                        declared_tests += tests;
                        let f: usize = attr("failures").expect("failures").parse().expect("n");
                        declared_failures += f;
                        current_suite_failures += f;
                    }
                    "testcase" => {
                        cases += 1;
                        let classname = attr("classname").expect("classname");
                        assert!(classname.starts_with("goodrel."), "{classname}");
                        let name = attr("name").expect("name");
                        assert!(goodrel::rules::all().any(|r| name.starts_with(r.id)));
                    }
                    "failure" => {
                        failures += 1;
                        let kind = attr("type").expect("type");
                        assert!(kind == "error" || kind == "warning");
                        assert!(attr("message").is_some_and(|m| !m.is_empty()));
                    }
                    "system-out" => system_out += 1,
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(suites, fixtures.len(), "one suite per plan");
    assert_eq!(cases, suites * rules);
    assert_eq!(declared_tests, cases);
    assert_eq!(declared_failures, failures);
    assert_eq!(current_suite_failures, failures);
    // Expected failures: one per (plan, rule) with an error or warning finding.
    let expected: usize = reports
        .iter()
        .map(|r| {
            goodrel::rules::all()
                .filter(|rule| {
                    r.findings
                        .iter()
                        .any(|f| f.rule.id == rule.id && f.severity >= Severity::Warning)
                })
                .count()
        })
        .sum();
    assert_eq!(failures, expected);
    let expected_out: usize = reports
        .iter()
        .map(|r| {
            goodrel::rules::all()
                .filter(|rule| {
                    r.findings
                        .iter()
                        .any(|f| f.rule.id == rule.id && f.severity == Severity::Info)
                })
                .count()
        })
        .sum();
    assert_eq!(system_out, expected_out);
    assert!(failures > 0);
}

#[test]
fn junit_escapes_markup_in_messages() {
    let mut f = crafted();
    f.message = "<b>&\"x\" ]]> \u{1}".into();
    let mut reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    reports[0].findings = vec![f];
    let xml = render::junit::check(&reports);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut text = String::new();
    let mut in_failure = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) if e.name().0 == "failure" => {
                in_failure = true;
            }
            quick_xml::events::Event::End(e) if e.name().0 == "failure" => {
                in_failure = false;
            }
            quick_xml::events::Event::Text(t) if in_failure => {
                text.push_str(&t.xml10_content());
            }
            quick_xml::events::Event::GeneralRef(r) if in_failure => {
                let name = r.xml10_content();
                text.push(match name.as_ref() {
                    "lt" => '<',
                    "gt" => '>',
                    "amp" => '&',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unexpected entity {other}"),
                });
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert!(text.contains("<b>&\"x\" ]]> "), "{text}");
    assert!(!xml.contains("<b>"));
    assert!(!xml.contains('\u{1}'));
}

#[test]
fn markdown_report_has_summary_table_and_severity_groups() {
    let fixtures = fail_fixtures();
    let reports = reports(&fixtures);
    let md = render::markdown::check(&reports);
    assert!(md.starts_with("# goodrel report\n"));
    assert!(md.contains("| Family | Errors | Warnings | Info |"));
    assert!(md.contains("### Errors ("));
    // Every table row has the same number of unescaped pipes as its header.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells == 5, "row has {cells} pipes: {line}");
    }
    let mut f = crafted();
    f.message = "a | b\nc `d|e` *f*".into();
    let mut one = goodrel_reports_with(f);
    let md = render::markdown::check(&one);
    let row = md
        .lines()
        .find(|l| l.starts_with("| **IA012**"))
        .expect("finding row");
    // The plan's line break is shown as `\n` (the sanitiser), its backslash escaped.
    assert!(row.contains("a \\| b\\\\nc `d\\|e` \\*f\\*"), "{row}");
    assert!(row.contains("`plan/a:b,c%.yaml:7`"), "{row}");
    one.clear();
}

fn goodrel_reports_with(f: Finding) -> Vec<PlanReport> {
    let mut reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    reports[0].findings = vec![f];
    reports
}

#[test]
fn markdown_lists_errors_before_warnings_before_info() {
    let mut warning = crafted();
    warning.severity = Severity::Warning;
    warning.message = "the warning".into();
    let mut info = crafted();
    info.severity = Severity::Info;
    info.message = "the info".into();
    let mut reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    reports[0].findings = vec![info, warning, crafted()];
    let md = render::markdown::check(&reports);
    let e = md.find("### Errors (1)").expect("errors");
    let w = md.find("### Warnings (1)").expect("warnings");
    let i = md.find("### Info (1)").expect("info");
    assert!(e < w && w < i);
}

#[test]
fn every_format_has_the_same_exit_code() {
    for format in ["text", "json", "sarif", "github", "junit", "markdown"] {
        let run = |path: &str, extra: &[&str]| {
            Command::cargo_bin("goodrel")
                .expect("binary")
                .current_dir(manifest_dir())
                .env_remove("GITHUB_STEP_SUMMARY")
                .args(["check", "--as-of", "2026-11-23", "--format", format])
                .args(extra)
                .arg(path)
                .output()
                .expect("runs")
                .status
                .code()
        };
        assert_eq!(
            run("tests/fixtures/rules/IA012/fail.yaml", &[]),
            Some(1),
            "{format}"
        );
        assert_eq!(
            run("tests/fixtures/rules/IA012/fail.yaml", &["--exit-zero"]),
            Some(0),
            "{format}"
        );
        assert_eq!(run("examples/city", &[]), Some(0), "{format}");
        assert_eq!(run("tests/no-such-plan", &[]), Some(2), "{format}");
    }
}

/// The plan files of every example, parsed with goodrel's own loader and validated as JSON
/// against the checked-in plan schema by the `jsonschema` crate.
#[test]
fn every_example_validates_against_the_plan_schema() {
    let text = std::fs::read_to_string(manifest_dir().join("schemas/plan.schema.json"))
        .expect("plan schema");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the plan schema compiles");
    let limits = goodrel::load::Limits::default();
    let mut files = 0;
    for example in examples() {
        for entry in goodrel::discover::discover(&example).expect("example directory") {
            let goodrel::discover::Entry::File(path) = entry else {
                panic!("unreadable entry in {}", example.display());
            };
            let display = goodrel::discover::display_path(&path);
            let file = goodrel::load::load_file(&path, display.clone(), &limits)
                .unwrap_or_else(|(_, p)| panic!("{display} does not load: {}", p.message));
            let Some(root) = file.root else { continue };
            let json = root.to_json();
            let errors: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(
                errors.is_empty(),
                "{display} does not validate against schemas/plan.schema.json:\n{}",
                errors.join("\n")
            );
            files += 1;
        }
    }
    if !examples().is_empty() {
        assert!(files > 0, "the examples hold plan files");
    }
}

/// Every example plan file names the schema in its first lines, so editors complete and
/// check it (`# yaml-language-server: $schema=…` in YAML, `#:schema …` in TOML), and the
/// path it names is the checked-in schema.
#[test]
fn every_example_file_points_editors_at_the_schema() {
    let schema = manifest_dir()
        .join("schemas/plan.schema.json")
        .canonicalize()
        .expect("schema exists");
    for example in examples() {
        for entry in goodrel::discover::discover(&manifest_dir().join(&example)).expect("dir") {
            let goodrel::discover::Entry::File(path) = entry else {
                continue;
            };
            let text = std::fs::read_to_string(&path).expect("read");
            let is_toml = path.extension().is_some_and(|e| e == "toml");
            let directive = text.lines().take(5).find_map(|l| {
                if is_toml {
                    l.strip_prefix("#:schema ")
                } else {
                    l.strip_prefix("# yaml-language-server: $schema=")
                }
            });
            let Some(target) = directive else {
                panic!("{} has no schema comment line", path.display());
            };
            let resolved = path
                .parent()
                .expect("parent")
                .join(target.trim())
                .canonicalize()
                .unwrap_or_else(|_| panic!("{}: {target} does not exist", path.display()));
            assert_eq!(resolved, schema, "{}", path.display());
        }
    }
}

/// The SARIF schema copy is the official OASIS one.
#[test]
fn sarif_schema_copy_is_the_official_one() {
    let text = std::fs::read_to_string(manifest_dir().join("tests/data/sarif-schema-2.1.0.json"))
        .expect("copy");
    let schema: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    );
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
}

/// Shell completions and the man page come from the clap definition.
#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = Command::cargo_bin("goodrel")
            .expect("binary")
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(text.contains("goodrel"), "{shell}");
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(
                text.contains("markdown"),
                "{shell} completes --format values"
            );
        }
    }
    let out = Command::cargo_bin("goodrel")
        .expect("binary")
        .arg("man")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let man = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        man.starts_with(".ie") || man.contains(".TH goodrel"),
        "{man}"
    );
    assert!(man.contains("check"));
}

/// The CI examples are valid YAML and every `goodrel` command in them is one the CLI accepts.
#[test]
fn ci_examples_run_commands_goodrel_accepts() {
    use clap::Parser;
    let limits = goodrel::load::Limits::default();
    for (file, must_have) in [
        (
            "examples/ci/github-workflow.yml",
            &[
                "--format sarif",
                "--exit-zero",
                "github/codeql-action/upload-sarif",
                "security-events: write",
                "--format github",
            ][..],
        ),
        (
            "examples/ci/gitlab-ci.yml",
            &["--format junit", "junit: goodrel-junit.xml", "--exit-zero"][..],
        ),
    ] {
        let path = manifest_dir().join(file);
        let text = std::fs::read_to_string(&path).expect("CI example");
        let parsed = goodrel::load::load_file(&path, file.to_owned(), &limits)
            .unwrap_or_else(|(_, p)| panic!("{file} is not valid YAML: {}", p.message));
        assert!(parsed.root.is_some());
        for needle in must_have {
            assert!(text.contains(needle), "{file} lacks {needle}");
        }
        let mut commands = 0;
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let Some(at) = line.find("goodrel check") else {
                continue;
            };
            let command = line[at..].split(" >").next().unwrap_or_default();
            let args: Vec<String> = command
                .split_whitespace()
                .map(|a| a.trim_matches('"').replace("$PLAN_DIR", "plan"))
                .collect();
            if let Err(e) = goodrel::cli::Cli::try_parse_from(&args) {
                panic!("{file}: `{command}` is not a valid goodrel command: {e}");
            }
            commands += 1;
        }
        assert!(commands >= 2, "{file} runs goodrel check");
    }
}

/// Regions end on the last line of the thing concerned, not on the next item's line.
#[test]
fn regions_end_where_the_item_ends() {
    let reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    let github = render::github::check(&reports);
    assert!(
        github.contains(
            "::error file=tests/fixtures/rules/IA012/fail.yaml,line=9,endLine=11,title=IA012"
        ),
        "{github}"
    );
    let log: Value = serde_json::from_str(&render::sarif::check(&reports)).expect("JSON");
    let result = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "IA012")
        .expect("IA012 result");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 9);
    assert_eq!(region["endLine"], 11);
    assert_eq!(
        region["endColumn"], 38,
        "after `description: nobody owns this one`"
    );
}
