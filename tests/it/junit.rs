//! JUnit as GitLab and Jenkins keep it between runs: a test's identity (class name and
//! name) is the rule and the item, so editing lines around a finding keeps its history.

use crate::common;
use std::collections::BTreeSet;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::common::run_in;

/// Every test case as (class name, name, failed, failure text).
fn cases(xml: &str) -> Vec<(String, String, bool, String)> {
    let mut reader = Reader::from_str(xml);
    let mut out: Vec<(String, String, bool, String)> = Vec::new();
    let mut in_failure = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) if e.name().0 == "testcase" => {
                let attr = |name: &str| {
                    e.try_get_attribute(name)
                        .expect("attribute")
                        .map(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .expect("value")
                                .into_owned()
                        })
                        .unwrap_or_default()
                };
                out.push((attr("classname"), attr("name"), false, String::new()));
            }
            Event::Start(e) if e.name().0 == "failure" => {
                in_failure = true;
                if let Some(case) = out.last_mut() {
                    case.2 = true;
                }
            }
            Event::End(e) if e.name().0 == "failure" => in_failure = false,
            Event::Text(t) if in_failure => {
                if let Some(case) = out.last_mut() {
                    case.3.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_failure => {
                if let Some(case) = out.last_mut() {
                    case.3.push(match r.xml10_content().as_ref() {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "quot" => '"',
                        _ => '\'',
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn failing(xml: &str) -> BTreeSet<(String, String)> {
    cases(xml)
        .into_iter()
        .filter(|c| c.2)
        .map(|(class, name, ..)| (class, name))
        .collect()
}

/// The acceptance check of issue 23: a comment line inserted at the top of every file of
/// examples/incomplete moves every finding down a line and leaves the set of failing test
/// cases as it was; class names are `goodrel.<rule>` and names hold no line number.
#[test]
fn inserting_a_line_keeps_every_failing_test_case() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let plan = tmp.path().join("plan");
    common::copy_plan(&repo.join("examples/incomplete"), &plan);
    let args = [
        "check",
        "plan",
        "--format",
        "junit",
        "--as-of",
        "2026-06-01",
    ];
    let (code, before) = run_in(tmp.path(), 60, &args);
    assert_eq!(code, 1, "{before}");
    for entry in std::fs::read_dir(&plan).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).expect("read");
            std::fs::write(&path, format!("# a comment added above\n{text}")).expect("write");
        }
    }
    let (_, after) = run_in(tmp.path(), 60, &args);
    assert_ne!(before, after, "the failure texts name the moved lines");
    let failed = failing(&before);
    assert!(failed.len() > 10, "{failed:?}");
    assert_eq!(failed, failing(&after));
    assert!(
        failed.contains(&("goodrel.IA012".to_owned(), "measures[M3]".to_owned())),
        "{failed:?}"
    );
    for (class, name) in &failed {
        assert!(
            class.starts_with("goodrel.") && !class.contains(':'),
            "{class}"
        );
        assert!(!name.contains(".yaml:"), "no line in a test name: {name}");
    }
}

/// A failure lists one finding per line with a real line break, never a literal `\n`.
#[test]
fn failure_texts_have_real_line_breaks() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut several = 0;
    for example in [
        "examples/incomplete",
        "examples/oulu-like",
        "examples/small-town",
    ] {
        let (_, xml) = run_in(repo, 60, &["check", example, "--format", "junit"]);
        assert!(!xml.contains("\\n"), "{example}: a literal \\n in\n{xml}");
        for (class, name, failed, text) in cases(&xml) {
            if !failed {
                continue;
            }
            let lines: Vec<&str> = text.lines().collect();
            several += usize::from(lines.len() > 1);
            for line in lines {
                assert!(
                    line.starts_with(example) && line.contains(".yaml:"),
                    "{class} {name}: each line starts with file:line: {line}"
                );
            }
        }
    }
    assert!(several > 0, "some failure lists several findings");
}
