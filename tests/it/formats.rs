//! Machine formats checked against what their consumers expect: SARIF against the official
//! SARIF 2.1.0 schema, GitHub workflow commands line by line, JUnit parsed as XML, and
//! every example plan against `schemas/plan.schema.json` with an independent validator.

use crate::common;

use std::path::{Path, PathBuf};

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
    let text = render::sarif::check(&reports, goodrel::i18n::Lang::En);
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
        assert_eq!(
            json["shortDescription"]["text"],
            rule.summary(goodrel::i18n::Lang::En)
        );
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
    let mut line_hashes = std::collections::HashSet::new();
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
                let text = std::fs::read_to_string(&l.file).unwrap_or_default();
                let first = text.lines().nth(line - 1).unwrap_or_default();
                let utf16: usize = first
                    .chars()
                    .take(l.span.start.col - 1)
                    .map(char::len_utf16)
                    .sum();
                assert_eq!(
                    physical["region"]["startColumn"].as_u64(),
                    Some(utf16 as u64 + 1),
                    "startColumn counts UTF-16 code units"
                );
                assert_eq!(
                    physical["region"]["endLine"].as_u64(),
                    Some(line as u64),
                    "the region is the item's first line"
                );
                if l.span.end.line > l.span.start.line {
                    let context = &physical["contextRegion"];
                    assert_eq!(context["startLine"].as_u64(), Some(line as u64));
                    assert_eq!(context["endLine"].as_u64(), Some(l.span.end.line as u64));
                } else {
                    assert!(physical.get("contextRegion").is_none());
                }
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
        let line_hash = result["partialFingerprints"]["primaryLocationLineHash"]
            .as_str()
            .expect("primaryLocationLineHash");
        assert!(
            line_hash.starts_with(fingerprint),
            "the line hash is goodrel's fingerprint plus a disambiguator"
        );
        assert!(
            line_hashes.insert(line_hash.to_owned()),
            "two results share primaryLocationLineHash {line_hash}"
        );
    }
    let configurations = runs[0]["invocations"][0]["properties"]["configurations"]
        .as_array()
        .expect("the invocation names the configurations");
    assert_eq!(configurations.len(), reports.len());
    for (c, r) in configurations.iter().zip(&reports) {
        assert_eq!(c["planDirectory"], r.root.as_str());
        assert!(c.get("configurationFile").is_some(), "null says none");
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
    let mut log: Value =
        serde_json::from_str(&render::sarif::check(&reports, goodrel::i18n::Lang::En))
            .expect("JSON");
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
        message: goodrel::msg!("verbatim", text = "m"),
        location: Some(Location {
            file: "plan/measures.yaml".into(),
            span: Span::point(line, 5),
            path: "measures[M1]".into(),
        }),
        hint: None,
        also: goodrel::finding::Also::default(),
        rows: Vec::new(),
    };
    let a = finding(9).fingerprint("plan/measures.yaml");
    let b = finding(40).fingerprint("plan/measures.yaml");
    assert_eq!(a, b);
    let c = finding(9).fingerprint("plan/other.yaml");
    assert_ne!(a, c);
}

/// A finding whose message, hint, title and file need every kind of escaping.
fn crafted() -> Finding {
    Finding {
        rule: &goodrel::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE,
        severity: Severity::Error,
        message: goodrel::msg!("verbatim", text = "100% done\r\nnext: a, b"),
        location: Some(Location {
            file: "plan/a:b,c%.yaml".into(),
            span: Span {
                start: goodrel::load::node::Pos { line: 7, col: 3 },
                end: goodrel::load::node::Pos { line: 7, col: 9 },
            },
            path: "measures[M1]".into(),
        }),
        hint: None,
        also: goodrel::finding::Also::default(),
        rows: Vec::new(),
    }
}

#[test]
fn github_annotation_is_exact_workflow_command_syntax() {
    let line = render::github::annotation(&crafted(), goodrel::i18n::Lang::En);
    let help =
        goodrel::rules::integration_act::MEASURE_WITHOUT_RESPONSIBLE.help(goodrel::i18n::Lang::En);
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
    assert!(
        render::github::annotation(&warning, goodrel::i18n::Lang::En)
            .starts_with("::warning file=")
    );
    let mut info = crafted();
    info.severity = Severity::Info;
    assert!(
        render::github::annotation(&info, goodrel::i18n::Lang::En).starts_with("::notice file=")
    );
}

#[test]
fn github_multiline_spans_have_no_columns() {
    let mut f = crafted();
    if let Some(l) = &mut f.location {
        l.span.end = goodrel::load::node::Pos { line: 10, col: 4 };
    }
    let line = render::github::annotation(&f, goodrel::i18n::Lang::En);
    assert!(line.contains("line=7,endLine=10,title="), "{line}");
    assert!(!line.contains("col="));
}

#[test]
fn github_output_groups_findings_per_file() {
    let fixtures = fail_fixtures();
    let reports = reports(&fixtures);
    let out = render::github::check(&reports, goodrel::i18n::Lang::En);
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
    let output = common::goodrel()
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
    let xml = render::junit::check(&reports, goodrel::i18n::Lang::En);
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
                        assert!(tests >= rules, "every rule is a test case at least once");
                        declared_tests += tests;
                        let f: usize = attr("failures").expect("failures").parse().expect("n");
                        declared_failures += f;
                        current_suite_failures += f;
                    }
                    "testcase" => {
                        cases += 1;
                        let classname = attr("classname").expect("classname");
                        let id = classname.strip_prefix("goodrel.").expect("goodrel.RULE");
                        assert!(goodrel::rules::all().any(|r| r.id == id), "{classname}");
                        assert_eq!(attr("time").as_deref(), Some("0"));
                        let name = attr("name").expect("name");
                        assert!(!name.is_empty() && !name.contains(".yaml:"), "{name}");
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
    assert_eq!(declared_tests, cases);
    assert_eq!(declared_failures, failures);
    assert_eq!(current_suite_failures, failures);
    // Per plan: one case per (rule, item) with findings, one per rule without; a case fails
    // when its item has an error or a warning, and keeps info findings in `<system-out>`.
    let item = |f: &Finding, root: &str| match &f.location {
        Some(l) if !l.path.is_empty() => l.path.clone(),
        Some(l) => l.file.clone(),
        None => root.to_owned(),
    };
    let (mut expected_cases, mut expected, mut expected_out) = (0, 0, 0);
    for r in &reports {
        for rule in goodrel::rules::all() {
            let mut items: std::collections::BTreeMap<String, (bool, bool)> = Default::default();
            for f in r.findings.iter().filter(|f| f.rule.id == rule.id) {
                let e = items.entry(item(f, &r.root)).or_default();
                e.0 |= f.severity >= Severity::Warning;
                e.1 |= f.severity == Severity::Info;
            }
            expected_cases += items.len().max(1);
            expected += items.values().filter(|(fail, _)| *fail).count();
            expected_out += items.values().filter(|(_, info)| *info).count();
        }
    }
    assert_eq!(cases, expected_cases);
    assert_eq!(failures, expected);
    assert_eq!(system_out, expected_out);
    assert!(failures > 0);
}

#[test]
fn junit_escapes_markup_in_messages() {
    let mut f = crafted();
    f.message = goodrel::msg!("verbatim", text = "<b>&\"x\" ]]> \u{1}");
    let mut reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    reports[0].findings = vec![f];
    let xml = render::junit::check(&reports, goodrel::i18n::Lang::En);
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
    let md = render::markdown::check(&reports, goodrel::i18n::Lang::En);
    assert!(md.starts_with("# goodrel report\n"));
    assert!(md.contains("| Family | Errors | Warnings | Info |"));
    assert!(md.contains("### Errors ("));
    // Every table row has the same number of unescaped pipes as its header.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells == 5, "row has {cells} pipes: {line}");
    }
    let mut f = crafted();
    f.message = goodrel::msg!("verbatim", text = "a | b\nc `d|e` *f*");
    let mut one = goodrel_reports_with(f);
    let md = render::markdown::check(&one, goodrel::i18n::Lang::En);
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
    warning.message = goodrel::msg!("verbatim", text = "the warning");
    let mut info = crafted();
    info.severity = Severity::Info;
    info.message = goodrel::msg!("verbatim", text = "the info");
    let mut reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    reports[0].findings = vec![info, warning, crafted()];
    let md = render::markdown::check(&reports, goodrel::i18n::Lang::En);
    let e = md.find("### Errors (1)").expect("errors");
    let w = md.find("### Warnings (1)").expect("warnings");
    let i = md.find("### Info (1)").expect("info");
    assert!(e < w && w < i);
}

#[test]
fn every_format_has_the_same_exit_code() {
    use clap::ValueEnum;
    let formats: Vec<String> = goodrel::cli::CheckFormat::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_owned()))
        .collect();
    assert!(formats.iter().any(|f| f == "gitlab"));
    for format in formats.iter().map(String::as_str) {
        let run = |path: &str, extra: &[&str]| {
            common::goodrel()
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
        let out = common::goodrel()
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
    let out = common::goodrel().arg("man").output().expect("runs");
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
            &[
                "--format junit",
                "junit: goodrel-junit.xml",
                "--format gitlab",
                "codequality: gl-code-quality-report.json",
                "--exit-zero",
            ][..],
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
            let Some(at) = line
                .find("goodrel check")
                .or_else(|| line.find("goodrel diff"))
            else {
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
        assert!(commands >= 4, "{file} runs goodrel check and goodrel diff");
    }
}

/// Regions end on the last line of the thing concerned, not on the next item's line.
#[test]
fn regions_end_where_the_item_ends() {
    let reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    let github = render::github::check(&reports, goodrel::i18n::Lang::En);
    assert!(
        github.contains(
            "::error file=tests/fixtures/rules/IA012/fail.yaml,line=9,endLine=11,title=IA012"
        ),
        "{github}"
    );
    let log: Value = serde_json::from_str(&render::sarif::check(&reports, goodrel::i18n::Lang::En))
        .expect("JSON");
    let result = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "IA012")
        .expect("IA012 result");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 9);
    assert_eq!(
        region["endLine"], 9,
        "the region is the measure's first line"
    );
    let region = &result["locations"][0]["physicalLocation"]["contextRegion"];
    assert_eq!(region["startLine"], 9);
    assert_eq!(region["endLine"], 11);
    assert_eq!(
        region["endColumn"], 38,
        "after `description: nobody owns this one`"
    );
}

/// Every rule says how precise it is and GitHub's problem severity; `helpUri` points at the
/// rule's own section of docs/rules.md once there is a public home, and is left out before.
#[test]
fn sarif_rules_carry_precision_severity_and_a_stable_help_anchor() {
    let reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    let log: Value = serde_json::from_str(&render::sarif::check(&reports, goodrel::i18n::Lang::En))
        .expect("JSON");
    let driver = &log["runs"][0]["tool"]["driver"];
    let docs = std::fs::read_to_string(manifest_dir().join("docs/rules.md")).expect("rules.md");
    for (json, rule) in driver["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .zip(goodrel::rules::all())
    {
        let precision = json["properties"]["precision"].as_str().expect("precision");
        assert!(["very-high", "high", "medium", "low"].contains(&precision));
        let expected = match rule.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "recommendation",
        };
        assert_eq!(json["properties"]["problem.severity"], expected);
        // No public home yet: an absolute helpUri would be invented, so there is none.
        assert_eq!(env!("CARGO_PKG_REPOSITORY"), "");
        assert!(json.get("helpUri").is_none());
        let uri = render::sarif::help_uri("https://example.org/goodrel/", rule).expect("uri");
        let anchor = uri.rsplit('#').next().expect("anchor");
        assert_eq!(
            uri,
            format!(
                "https://example.org/goodrel/blob/v{}/docs/rules.md#{anchor}",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert!(
            docs.contains(&format!("\n### {}\n", rule.id)) && anchor == rule.id.to_lowercase(),
            "docs/rules.md has the section #{anchor} that {} links to",
            rule.id
        );
    }
    assert!(driver.get("informationUri").is_none());
    assert_eq!(
        log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"]
            .as_str()
            .map(|t| !t.is_empty()),
        Some(true)
    );
    assert_eq!(log["runs"][0]["columnKind"], "utf16CodeUnits");
}

/// The invocation names the configuration file each plan was checked with, or says none.
#[test]
fn sarif_invocation_names_the_configuration() {
    let with = check_dir(Path::new("tests/fixtures/config/off"), &options()).expect("loads");
    let without = check_dir(
        Path::new("tests/fixtures/rules/IA012/fail.yaml"),
        &CheckOptions {
            config: goodrel::config::ConfigSource::None,
            ..options()
        },
    )
    .expect("loads");
    let log: Value = serde_json::from_str(&render::sarif::check(
        &[with, without],
        goodrel::i18n::Lang::En,
    ))
    .expect("JSON");
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let configurations = &invocation["properties"]["configurations"];
    assert_eq!(
        configurations[0]["configurationFile"],
        "tests/fixtures/config/off/goodrel.toml"
    );
    assert_eq!(configurations[1]["configurationFile"], Value::Null);
    assert!(sarif_validator().is_valid(&log));
}

/// Findings of one rule on one line (one per missing item of a section) stay separate alerts
/// in GitHub, which keys alerts on `primaryLocationLineHash` alone.
#[test]
fn sarif_line_hashes_tell_apart_findings_on_one_line() {
    let reports = reports(&examples());
    let log: Value = serde_json::from_str(&render::sarif::check(&reports, goodrel::i18n::Lang::En))
        .expect("JSON");
    let mut by_line: std::collections::HashMap<(String, String, u64), Vec<String>> =
        std::collections::HashMap::new();
    for r in log["runs"][0]["results"].as_array().expect("results") {
        let physical = &r["locations"][0]["physicalLocation"];
        by_line
            .entry((
                r["ruleId"].as_str().unwrap_or_default().to_owned(),
                physical["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                physical["region"]["startLine"].as_u64().unwrap_or_default(),
            ))
            .or_default()
            .push(
                r["partialFingerprints"]["primaryLocationLineHash"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            );
    }
    let shared: Vec<_> = by_line.values().filter(|h| h.len() > 1).collect();
    assert!(!shared.is_empty(), "the examples have repeats on one line");
    for hashes in shared {
        let distinct: std::collections::HashSet<_> = hashes.iter().collect();
        assert_eq!(distinct.len(), hashes.len(), "{hashes:?}");
    }
}

/// A file name that is not UTF-8 is percent-encoded from its own bytes.
#[cfg(unix)]
#[test]
fn sarif_uris_keep_the_bytes_of_non_utf8_file_names() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let name = std::ffi::OsStr::from_bytes(b"toimenpiteet-\xe4.yaml");
    std::fs::write(
        dir.path().join(name),
        "measures:\n  - id: M1\n    title: Homework club\n",
    )
    .expect("write");
    let out = common::goodrel()
        .args(["check", "--format", "sarif", "--no-config"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let log: Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let uris: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert!(
        uris.iter().any(|u| u.ends_with("/toimenpiteet-%E4.yaml")),
        "{uris:?}"
    );
    assert!(sarif_validator().is_valid(&log));
}

/// Validates XML against an XSD with xmllint; returns its complaints.
fn xmllint_errors(xmllint: &Path, xsd: &Path, xml: &str) -> Option<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("report.xml");
    std::fs::write(&file, xml).expect("write");
    let out = std::process::Command::new(xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(xsd)
        .arg(&file)
        .output()
        .expect("xmllint runs");
    (!out.status.success()).then(|| String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn junit_of_every_example_validates_against_junit_10_xsd() {
    let Some(xmllint) = common::tool("xmllint") else {
        return;
    };
    let xsd = manifest_dir().join("tests/data/junit-10.xsd");
    let mut all = examples();
    all.extend(fail_fixtures());
    for path in &all {
        let xml = render::junit::check(
            &reports(std::slice::from_ref(path)),
            goodrel::i18n::Lang::En,
        );
        if let Some(errors) = xmllint_errors(&xmllint, &xsd, &xml) {
            panic!("JUnit of {} is not valid:\n{errors}", path.display());
        }
    }
    // Not vacuous: the old `file` attribute on a test case is rejected.
    let xml = render::junit::check(&reports(&examples()), goodrel::i18n::Lang::En);
    let bad = xml.replacen("<testcase ", "<testcase file=\"x\" ", 1);
    assert!(xmllint_errors(&xmllint, &xsd, &bad).is_some());
    assert!(xmllint_errors(&xmllint, &xsd, &xml).is_none());
}

/// A switched-off rule is a skipped test, `time` is present, and a failing case is named by
/// its rule and item, its failure listing the file and line of each finding.
#[test]
fn junit_skips_switched_off_rules_and_locates_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("goodrel.toml"),
        "[rules]\nIA014 = \"off\"\n",
    )
    .expect("config");
    std::fs::copy(
        manifest_dir().join("tests/fixtures/rules/IA012/fail.yaml"),
        dir.path().join("plan.yaml"),
    )
    .expect("copy");
    let report = check_dir(dir.path(), &options()).expect("loads");
    assert_eq!(report.switched_off, vec!["IA014"]);
    let xml = render::junit::check(&[report], goodrel::i18n::Lang::En);
    let case = |id: &str| {
        let at = xml
            .find(&format!("classname=\"goodrel.{id}\""))
            .and_then(|at| xml[..at].rfind("<testcase "))
            .unwrap_or_else(|| panic!("{id} in {xml}"));
        let end = xml[at..].find("</testcase>").map_or(xml.len(), |e| at + e);
        let next = xml[at + 1..]
            .find("<testcase")
            .map_or(xml.len(), |e| at + 1 + e);
        xml[at..end.min(next)].to_owned()
    };
    let off = case("IA014");
    assert!(
        off.contains("<skipped message=\"switched off by the configuration\"/>"),
        "{off}"
    );
    assert!(xml.contains("skipped=\"1\""), "the suite counts it");
    let failing = case("IA012");
    let file = format!("{}/plan.yaml", goodrel::discover::display_path(dir.path()));
    assert!(
        failing.starts_with("<testcase name=\"measures[M1]\" classname=\"goodrel.IA012\""),
        "{failing}"
    );
    assert!(
        failing.contains(&format!(">{file}:9:5: error:")),
        "{failing}"
    );
    assert!(failing.contains("time=\"0\""));
    assert!(
        xml.contains("<testcase name=\"unknown-key\" classname=\"goodrel.PLAN003\" time=\"0\"/>"),
        "a rule that found nothing is one passing case named after the rule"
    );
}

/// The Code Climate issue shape GitLab documents for Code Quality reports
/// (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"): an array of
/// issues, each with a description, a check name, a unique fingerprint, one of GitLab's five
/// severities, a relative path and the line the issue begins on.
fn gitlab_code_quality_schema() -> Value {
    serde_json::json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "array",
        "items": {
            "type": "object",
            "required": ["description", "check_name", "fingerprint", "severity", "location"],
            "properties": {
                "type": {"const": "issue"},
                "description": {"type": "string", "minLength": 1},
                "check_name": {"type": "string", "minLength": 1},
                "fingerprint": {"type": "string", "minLength": 1},
                "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
                "categories": {"type": "array", "items": {"type": "string"}},
                "location": {
                    "type": "object",
                    "required": ["path", "lines"],
                    "properties": {
                        "path": {"type": "string", "pattern": "^[^/\\\\]"},
                        "lines": {
                            "type": "object",
                            "required": ["begin"],
                            "properties": {
                                "begin": {"type": "integer", "minimum": 1},
                                "end": {"type": "integer", "minimum": 1}
                            }
                        }
                    }
                }
            }
        }
    })
}

#[test]
fn gitlab_code_quality_of_examples_has_the_documented_shape() {
    let validator = jsonschema::validator_for(&gitlab_code_quality_schema()).expect("compiles");
    for example in examples() {
        let reports = reports(std::slice::from_ref(&example));
        let out = common::goodrel()
            .args(["check", "--format", "gitlab", "--as-of", "2026-11-23"])
            .arg(&example)
            .output()
            .expect("runs");
        let issues: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&issues)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{}: {}",
            example.display(),
            errors.join("\n")
        );
        let issues = issues.as_array().expect("array");
        let findings: Vec<&Finding> = reports.iter().flat_map(|r| &r.findings).collect();
        assert_eq!(issues.len(), findings.len(), "each finding once");
        let mut fingerprints = std::collections::HashSet::new();
        for (issue, f) in issues.iter().zip(&findings) {
            assert!(
                fingerprints.insert(issue["fingerprint"].as_str().unwrap_or_default()),
                "distinct fingerprints"
            );
            assert_eq!(issue["check_name"], f.rule.id);
            if let Some(l) = &f.location {
                assert_eq!(issue["location"]["path"], l.file.as_str());
                assert_eq!(issue["location"]["lines"]["begin"], l.span.start.line);
                assert!(Path::new(&l.file).is_file());
            }
            let expected = match f.severity {
                Severity::Error if goodrel::config::is_fixed(f.rule) => "blocker",
                Severity::Error => "major",
                Severity::Warning => "minor",
                Severity::Info => "info",
            };
            assert_eq!(issue["severity"], expected);
        }
    }
    // Not vacuous: GitLab's severities only.
    let bad = serde_json::json!([{"description": "d", "check_name": "c", "fingerprint": "f",
        "severity": "error", "location": {"path": "a", "lines": {"begin": 1}}}]);
    assert!(!validator.is_valid(&bad));
}

/// examples/incomplete lists each finding once, with a distinct fingerprint, even where one
/// rule reports several findings on one line.
#[test]
fn gitlab_fingerprints_of_incomplete_are_distinct_on_shared_lines() {
    let reports = reports(&[PathBuf::from("examples/incomplete")]);
    let issues: Value =
        serde_json::from_str(&render::gitlab::check(&reports, goodrel::i18n::Lang::En))
            .expect("JSON");
    let issues = issues.as_array().expect("array");
    assert_eq!(issues.len(), reports[0].findings.len());
    let mut per_line = std::collections::HashMap::<(String, String, u64), usize>::new();
    for i in issues {
        *per_line
            .entry((
                i["check_name"].to_string(),
                i["location"]["path"].to_string(),
                i["location"]["lines"]["begin"].as_u64().unwrap_or_default(),
            ))
            .or_default() += 1;
    }
    assert!(
        per_line.values().any(|n| *n > 1),
        "some rule repeats on a line"
    );
    let distinct: std::collections::HashSet<&str> = issues
        .iter()
        .filter_map(|i| i["fingerprint"].as_str())
        .collect();
    assert_eq!(distinct.len(), issues.len());
}

/// A schema copy from tests/data, compiled without network access: the `jsonschema`
/// dev-dependency is built without its HTTP resolver, so a remote `$ref` fails here.
fn offline_validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(manifest_dir().join("tests/data").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::options()
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name} compiles offline: {e}"))
}

fn yaml_as_json(file: &str) -> Value {
    let path = manifest_dir().join(file);
    let parsed =
        goodrel::load::load_file(&path, file.to_owned(), &goodrel::load::Limits::default())
            .unwrap_or_else(|(_, p)| panic!("{file} is not valid YAML: {}", p.message));
    parsed.root.expect("not empty").to_json()
}

/// The CI examples validate against the GitHub-workflow schema (SchemaStore) and GitLab's
/// CI schema, and use the action versions that are current.
#[test]
fn ci_examples_validate_against_their_schemas() {
    for (file, schema) in [
        ("examples/ci/github-workflow.yml", "github-workflow.json"),
        ("examples/ci/gitlab-ci.yml", "gitlab-ci.json"),
    ] {
        let validator = offline_validator(schema);
        let json = yaml_as_json(file);
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}:\n{}", errors.join("\n"));
        // Not vacuous: a misspelt key is rejected.
        let mut bad = json.clone();
        if let Some(map) = bad.as_object_mut() {
            map.insert("jobz".into(), Value::from(1));
        }
        if file.contains("gitlab") {
            bad["goodrel"]["artifacts"]["reports"]["codequalty"] = Value::from("x");
        }
        assert!(
            !validator.is_valid(&bad),
            "{file}: a broken copy is rejected"
        );
    }
    let github = std::fs::read_to_string(manifest_dir().join("examples/ci/github-workflow.yml"))
        .expect("workflow");
    let uses: Vec<&str> = github
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("- uses: ")
                .or_else(|| l.trim().strip_prefix("uses: "))
        })
        .collect();
    // Each action is pinned to a full commit, with its release in the comment beside it.
    let major = |action: &str| -> Vec<u32> {
        uses.iter()
            .filter_map(|u| u.strip_prefix(&format!("{action}@")))
            .map(|pin| {
                let (sha, version) = pin.split_once(" # v").expect("a version comment");
                assert!(
                    sha.len() == 40 && sha.bytes().all(|b| b.is_ascii_hexdigit()),
                    "{action} is pinned to a full commit: {pin}"
                );
                version
                    .split('.')
                    .next()
                    .unwrap_or_default()
                    .parse()
                    .expect("a version")
            })
            .collect()
    };
    assert_eq!(uses.len(), 7, "{uses:?}");
    assert!(
        major("actions/checkout").iter().all(|v| *v >= 7) && !major("actions/checkout").is_empty()
    );
    assert!(major("actions/cache").iter().all(|v| *v >= 5) && !major("actions/cache").is_empty());
    assert_eq!(major("github/codeql-action/upload-sarif"), vec![4]);
    let workflow = yaml_as_json("examples/ci/github-workflow.yml");
    let condition = workflow["jobs"]["code-scanning"]["if"]
        .as_str()
        .unwrap_or_default();
    assert!(
        condition.contains("github.event.pull_request.head.repo.full_name == github.repository"),
        "the SARIF job is skipped on fork pull requests: {condition}"
    );
    let gitlab = yaml_as_json("examples/ci/gitlab-ci.yml");
    assert_eq!(
        gitlab["goodrel"]["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
}

/// A report too long for a pull-request comment keeps every summary, then as many findings
/// as fit, then says how many were left out.
#[test]
fn markdown_is_capped_with_summary_first_and_a_count_of_the_rest() {
    let reports = reports(&examples());
    let total: usize = reports.iter().map(|r| r.findings.len()).sum();
    let full = render::markdown::check_within(&reports, usize::MAX, goodrel::i18n::Lang::En);
    assert!(!full.contains("more finding"), "nothing cut without a cap");
    let rows = |md: &str| md.lines().filter(|l| l.starts_with("| **")).count();
    assert_eq!(rows(&full), total);
    assert!(full.len() > 8_000, "the examples make a long report");
    for cap in [6_000, full.len() / 2, full.len() - 1] {
        let md = render::markdown::check_within(&reports, cap, goodrel::i18n::Lang::En);
        assert!(md.len() < cap, "{} >= {cap}", md.len());
        for r in &reports {
            assert!(
                md.contains(&format!("## Plan `{}`", r.root)),
                "every plan's summary is kept"
            );
        }
        assert_eq!(
            md.matches("| Family | Errors | Warnings | Info |").count(),
            reports.len()
        );
        let shown = rows(&md);
        assert!(shown < total);
        assert!(
            md.ends_with(&format!(
                "\n{} more finding{}: see the job log or the SARIF upload.\n",
                total - shown,
                if total - shown == 1 { "" } else { "s" }
            )),
            "{}",
            &md[md.len().saturating_sub(200)..]
        );
        assert!(
            full.starts_with(md.lines().next().unwrap_or_default()),
            "same start as the full report"
        );
    }
}

/// A plan with hundreds of measures stays below GitHub's comment limit of 65,536.
#[test]
fn markdown_of_a_huge_plan_fits_a_pull_request_comment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut yaml = String::from("measures:\n");
    for i in 0..404 {
        yaml.push_str(&format!(
            "  - id: M{i}\n    title: \"Measure | {i} with *markup*\"\n    description: nobody owns it\n"
        ));
    }
    std::fs::write(dir.path().join("plan.yaml"), yaml).expect("write");
    let out = common::goodrel()
        .args(["check", "--format", "markdown", "--no-config"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        md.chars().count() < 65_536,
        "{} characters",
        md.chars().count()
    );
    assert!(md.len() <= render::markdown::MAX_LEN);
    assert!(md.contains("| Family | Errors | Warnings | Info |"));
    assert!(md.contains("more findings: see the job log or the SARIF upload."));
}

/// A `|` in a plan directory's name shows as itself in the heading (outside a table a
/// backslash before it would be shown).
#[test]
fn markdown_heading_shows_a_pipe_without_backslash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("a|b");
    std::fs::create_dir(&plan).expect("mkdir");
    std::fs::copy(
        manifest_dir().join("tests/fixtures/rules/IA012/fail.yaml"),
        plan.join("plan.yaml"),
    )
    .expect("copy");
    let report = check_dir(&plan, &options()).expect("loads");
    let md = render::markdown::check(&[report], goodrel::i18n::Lang::En);
    let heading = md
        .lines()
        .find(|l| l.starts_with("## Plan "))
        .expect("heading");
    assert!(
        heading.contains("a|b`") && !heading.contains("\\|"),
        "{heading}"
    );
    let row = md
        .lines()
        .find(|l| l.starts_with("| **IA012**"))
        .expect("row");
    assert!(
        row.contains("a\\|b/plan.yaml"),
        "cells keep the escape: {row}"
    );
}

/// `goodrel man --dir` writes every page the top page names, and mandoc finds nothing to
/// warn about in any of them.
#[test]
fn man_pages_per_subcommand_exist_and_lint_clean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::goodrel()
        .args(["man", "--dir"])
        .arg(dir.path().join("man"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let man = dir.path().join("man");
    let top = std::fs::read_to_string(man.join("goodrel.1")).expect("goodrel.1");
    let named: Vec<String> = top
        .match_indices("(1)")
        .filter_map(|(at, _)| top[..at].rsplit(['\n', ' ']).next())
        .map(|name| name.replace("\\-", "-"))
        .collect();
    assert!(named.len() >= 9, "{named:?}");
    for name in &named {
        assert!(
            man.join(format!("{name}.1")).is_file(),
            "{name}(1) is written"
        );
    }
    assert!(named.iter().any(|n| n == "goodrel-check"));
    let listed = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(listed.lines().count(), named.len() + 1, "{listed}");
    let Some(mandoc) = common::tool("mandoc") else {
        return;
    };
    for page in std::fs::read_dir(&man).expect("dir").filter_map(Result::ok) {
        let lint = std::process::Command::new(&mandoc)
            .args(["-Tlint", "-W", "warning"])
            .arg(page.path())
            .output()
            .expect("mandoc runs");
        assert!(
            lint.status.success() && lint.stdout.is_empty() && lint.stderr.is_empty(),
            "{}: {}{}",
            page.path().display(),
            String::from_utf8_lossy(&lint.stdout),
            String::from_utf8_lossy(&lint.stderr)
        );
    }
}

/// Fish keeps `$GITHUB_STEP_SUMMARY` in a description instead of expanding it, and every
/// shell completes `goodrel explain` with the rule ids.
#[test]
fn completions_escape_fish_and_offer_rule_ids() {
    let script = |shell: &str| {
        let out = common::goodrel()
            .args(["completions", shell])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let fish = script("fish");
    assert!(fish.contains("\\$GITHUB_STEP_SUMMARY"), "escaped in fish");
    assert!(!fish.contains(" $GITHUB_STEP_SUMMARY"));
    assert!(
        fish.contains("test -z \"$cmd\""),
        "the script's own variables stay"
    );
    for rule in goodrel::rules::all() {
        assert!(
            fish.lines()
                .any(|l| l.contains("__fish_goodrel_using_subcommand explain")
                    && l.contains(&format!(" -a '{}' ", rule.id))),
            "fish completes explain with {}",
            rule.id
        );
    }
    for shell in ["bash", "zsh"] {
        let text = script(shell);
        for rule in goodrel::rules::all() {
            assert!(text.contains(rule.id), "{shell} offers {}", rule.id);
        }
    }
    // Names still work, and an unknown rule still gets the list.
    let named = common::goodrel()
        .args(["explain", "measure-without-responsible"])
        .output()
        .expect("runs");
    assert!(named.status.success());
    let unknown = common::goodrel()
        .args(["explain", "XX1"])
        .output()
        .expect("runs");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("known rules"));
}

#[test]
fn fish_value_lists_escape_dollars_only_inside_them() {
    let script = "complete -c g -a \"x\\t'a $B \\\" $C'\" -d 'd $E'\ntest -z \"$cmd\"\n";
    assert_eq!(
        goodrel::cli::escape_fish_value_lists(script),
        "complete -c g -a \"x\\t'a \\$B \\\" \\$C'\" -d 'd $E'\ntest -z \"$cmd\"\n"
    );
}

/// The consumer formats of one small plan, frozen: any change to what CI tools receive shows
/// up as a snapshot diff to review.
#[test]
fn consumer_formats_snapshot() {
    let reports = reports(&[PathBuf::from("tests/fixtures/rules/IA012/fail.yaml")]);
    insta::assert_snapshot!(
        "gitlab_ia012",
        render::gitlab::check(&reports, goodrel::i18n::Lang::En)
    );
    insta::assert_snapshot!(
        "junit_ia012",
        render::junit::check(&reports, goodrel::i18n::Lang::En)
    );
    insta::assert_snapshot!(
        "markdown_ia012",
        render::markdown::check(&reports, goodrel::i18n::Lang::En)
    );
    let log: Value = serde_json::from_str(&render::sarif::check(&reports, goodrel::i18n::Lang::En))
        .expect("JSON");
    let mut run = log["runs"][0].clone();
    if let Some(run) = run.as_object_mut() {
        run.remove("tool");
    }
    insta::assert_snapshot!(
        "sarif_run_ia012",
        serde_json::to_string_pretty(&run).expect("JSON")
    );
}

/// The schema copies in tests/data are the ones tests/data/README.md names, with licences.
#[test]
fn consumer_schema_copies_are_the_named_ones() {
    let data = manifest_dir().join("tests/data");
    let read = |name: &str| std::fs::read_to_string(data.join(name)).expect(name);
    let github: Value = serde_json::from_str(&read("github-workflow.json")).expect("JSON");
    assert_eq!(
        github["$id"],
        "https://json.schemastore.org/github-workflow.json"
    );
    let gitlab: Value = serde_json::from_str(&read("gitlab-ci.json")).expect("JSON");
    assert_eq!(gitlab["$id"], "https://gitlab.com/.gitlab-ci.yml");
    let xsd = read("junit-10.xsd");
    assert!(xsd.contains("Copyright (c) 2014, Gregory Boissinot"));
    assert!(xsd.contains("<xs:element name=\"testcase\">"));
    assert!(read("junit-10.xsd.LICENSE").starts_with("The MIT License (MIT)"));
    assert!(read("github-workflow.json.LICENSE").contains("Apache License"));
    assert!(read("gitlab-ci.json.LICENSE").contains("MIT Expat"));
}
