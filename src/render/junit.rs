//! JUnit XML for GitLab, Jenkins and other CI test reports, valid against the Jenkins
//! xunit-plugin's junit-10.xsd: one `<testsuite>` per plan directory; in it, per rule of the
//! registry, one `<testcase>` per item the rule found something at (class name
//! `goodrel.IA012`, name `measures[M3]`), failing when there are errors or warnings there,
//! with info findings in its `<system-out>`; a rule that found nothing is one passing case
//! named after the rule, and a rule switched off one `<skipped/>` case. A test's identity is
//! the rule and the symbolic path, never a line, so CI history survives edits. `time` is always 0: goodrel does not time rules, and a report that does
//! not change between runs of an unchanged plan can be compared.

use crate::i18n::{Lang, text};
use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::rules::{self, Rule};

/// Plan text made safe for XML and for the log a CI shows it in (controls, U+FFFE/FFFF
/// escaped); quick-xml escapes markup.
fn xml_safe(s: &str) -> String {
    super::sanitize::clean_xml(s).into_owned()
}

fn where_(f: &Finding, root: &str) -> String {
    match &f.location {
        Some(l) => format!("{}:{}:{}", l.file, l.span.start.line, l.span.start.col),
        None => root.to_owned(),
    }
}

/// One line per finding, `file:line:column: severity: message`, each line made safe on its
/// own and joined with real line breaks (which quick-xml keeps in element text).
fn lines(findings: &[&Finding], root: &str, lang: Lang) -> String {
    findings
        .iter()
        .map(|f| {
            xml_safe(&format!(
                "{}: {}: {}",
                where_(f, root),
                f.severity.label(lang),
                super::sarif::message_with_hint(f, lang)
            ))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a finding is about, as a test name that survives edits: its symbolic path
/// (`measures[M3]`), else its file (a finding about a file as a whole), else the plan.
fn item(f: &Finding, root: &str) -> String {
    match &f.location {
        Some(l) if !l.path.is_empty() => l.path.clone(),
        Some(l) => l.file.clone(),
        None => root.to_owned(),
    }
}

/// One test case: a rule at one item (its findings there), or a rule as a whole when it
/// found nothing or was switched off.
struct Case<'a> {
    rule: &'static Rule,
    /// The item's symbolic path; `None` for the rule as a whole.
    item: Option<String>,
    failing: Vec<&'a Finding>,
    info: Vec<&'a Finding>,
    off: bool,
}

impl Case<'_> {
    /// `goodrel.IA012` (Jenkins files it as class `IA012` of package `goodrel`).
    fn classname(&self) -> String {
        format!("goodrel.{}", self.rule.id)
    }

    /// The item (`measures[M3]`), or the rule's name for the rule as a whole.
    fn name(&self) -> &str {
        self.item.as_deref().unwrap_or(self.rule.name)
    }

    fn fails(&self) -> bool {
        !self.off && !self.failing.is_empty()
    }
}

/// The test cases of one plan, in the registry's order of rules and, within a rule, in the
/// order of its findings: one per item the rule found something at, or one for the rule.
/// Names and class names hold no line numbers, so inserting a line leaves every test's
/// identity (and a CI's history of it) as it was.
fn cases(report: &PlanReport) -> Vec<Case<'_>> {
    let mut out = Vec::new();
    for rule in rules::all() {
        let off = report.switched_off.contains(&rule.id);
        let mut items: Vec<Case<'_>> = Vec::new();
        for f in report.findings.iter().filter(|f| f.rule.id == rule.id) {
            let name = item(f, &report.root);
            let at = match items.iter().position(|c| c.item.as_deref() == Some(&name)) {
                Some(i) => i,
                None => {
                    items.push(Case {
                        rule,
                        item: Some(name),
                        failing: Vec::new(),
                        info: Vec::new(),
                        off,
                    });
                    items.len() - 1
                }
            };
            if let Some(case) = items.get_mut(at) {
                if f.severity >= Severity::Warning {
                    case.failing.push(f);
                } else {
                    case.info.push(f);
                }
            }
        }
        if items.is_empty() || off {
            items = vec![Case {
                rule,
                item: None,
                failing: Vec::new(),
                info: Vec::new(),
                off,
            }];
        }
        out.extend(items);
    }
    out
}

fn write_case<W: io::Write>(
    w: &mut Writer<W>,
    case: &Case<'_>,
    root: &str,
    lang: Lang,
) -> io::Result<()> {
    let name = xml_safe(case.name());
    let classname = case.classname();
    let element = w
        .create_element("testcase")
        .with_attribute(("name", name.as_str()))
        .with_attribute(("classname", classname.as_str()))
        .with_attribute(("time", "0"));
    if case.off {
        element.write_inner_content(|w| {
            w.create_element("skipped")
                .with_attribute(("message", text(lang, "junit-switched-off").as_str()))
                .write_empty()?;
            Ok(())
        })?;
        return Ok(());
    }
    if case.failing.is_empty() && case.info.is_empty() {
        element.write_empty()?;
        return Ok(());
    }
    element.write_inner_content(|w| {
        if let Some(first) = case.failing.first() {
            let worst = case
                .failing
                .iter()
                .map(|f| f.severity)
                .max()
                .unwrap_or(Severity::Warning);
            let message = xml_safe(&first.message.render(lang));
            let text = lines(&case.failing, root, lang);
            w.create_element("failure")
                .with_attribute(("type", worst.as_str()))
                .with_attribute(("message", message.as_str()))
                .write_text_content(BytesText::new(&text))?;
        }
        if !case.info.is_empty() {
            let text = lines(&case.info, root, lang);
            w.create_element("system-out")
                .write_text_content(BytesText::new(&text))?;
        }
        Ok(())
    })?;
    Ok(())
}

fn write_all<W: io::Write>(
    w: &mut Writer<W>,
    reports: &[PlanReport],
    lang: Lang,
) -> io::Result<()> {
    let all: Vec<Vec<Case<'_>>> = reports.iter().map(cases).collect();
    let tests: usize = all.iter().map(Vec::len).sum();
    let failures: usize = all.iter().flatten().filter(|c| c.fails()).count();
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("testsuites")
        .with_attribute(("name", "goodrel"))
        .with_attribute(("time", "0"))
        .with_attribute(("tests", tests.to_string().as_str()))
        .with_attribute(("failures", failures.to_string().as_str()))
        .with_attribute(("errors", "0"))
        .write_inner_content(|w| {
            for (report, cases) in reports.iter().zip(&all) {
                let failed = cases.iter().filter(|c| c.fails()).count();
                let skipped = cases.iter().filter(|c| c.off).count();
                let root = xml_safe(&report.root);
                w.create_element("testsuite")
                    .with_attribute(("name", root.as_str()))
                    .with_attribute(("tests", cases.len().to_string().as_str()))
                    .with_attribute(("failures", failed.to_string().as_str()))
                    .with_attribute(("errors", "0"))
                    .with_attribute(("skipped", skipped.to_string().as_str()))
                    .with_attribute(("time", "0"))
                    .write_inner_content(|w| {
                        let config = super::config_used(report)
                            .map_or_else(|| "none".to_owned(), |c| xml_safe(&c));
                        w.create_element("properties").write_inner_content(|w| {
                            w.create_element("property")
                                .with_attribute(("name", "goodrel.config"))
                                .with_attribute(("value", config.as_str()))
                                .write_empty()?;
                            Ok(())
                        })?;
                        for case in cases {
                            write_case(w, case, &root, lang)?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// Renders `check` results as a JUnit XML report.
pub fn check(reports: &[PlanReport], lang: Lang) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing into memory does not fail; if it ever did, the report says so in XML.
    if let Err(e) = write_all(&mut w, reports, lang) {
        let mut w = Writer::new(Vec::new());
        let msg = e.to_string();
        let _ = w
            .create_element("testsuites")
            .with_attribute(("name", "goodrel"))
            .with_attribute(("error", msg.as_str()))
            .write_empty();
        return String::from_utf8_lossy(&w.into_inner()).into_owned();
    }
    let mut out = String::from_utf8_lossy(&w.into_inner()).into_owned();
    out.push('\n');
    super::sanitize::guarded(out, super::sanitize::Form::Markup)
}
