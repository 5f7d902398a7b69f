//! JUnit XML for GitLab, Jenkins and other CI test reports, valid against the Jenkins
//! xunit-plugin's junit-10.xsd: one `<testsuite>` per plan directory and one `<testcase>`
//! per rule of the registry, which fails when the rule found errors or warnings in that
//! plan, is `<skipped/>` when the rule was switched off, and keeps info findings in its
//! `<system-out>`. `time` is always 0: goodrel does not time rules, and a report that does
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

fn lines(findings: &[&Finding], root: &str, lang: Lang) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "{}: {}: {}",
                xml_safe(&where_(f, root)),
                f.severity.label(lang),
                xml_safe(&super::sarif::message_with_hint(f, lang))
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

struct Case<'a> {
    rule: &'static Rule,
    failing: Vec<&'a Finding>,
    info: Vec<&'a Finding>,
    off: bool,
}

fn cases(report: &PlanReport) -> Vec<Case<'_>> {
    rules::all()
        .map(|rule| {
            let off = report.switched_off.contains(&rule.id);
            let (failing, info) = report
                .findings
                .iter()
                .filter(|f| f.rule.id == rule.id)
                .partition(|f| f.severity >= Severity::Warning);
            Case {
                rule,
                failing,
                info,
                off,
            }
        })
        .collect()
}

/// The class name: where a failing rule's first finding is (GitLab shows the class name as
/// the test's suite, so it says where to look), else the rule's family.
fn classname(case: &Case<'_>, root: &str) -> String {
    match case.failing.first() {
        Some(f) => match &f.location {
            Some(l) => xml_safe(&format!("{}:{}", l.file, l.span.start.line)),
            None => root.to_owned(),
        },
        None => format!("goodrel.{}", case.rule.family.key()),
    }
}

fn write_case<W: io::Write>(
    w: &mut Writer<W>,
    case: &Case<'_>,
    root: &str,
    lang: Lang,
) -> io::Result<()> {
    let name = format!("{} {}", case.rule.id, case.rule.name);
    let classname = classname(case, root);
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
            let message = xml_safe(&format!(
                "{}: {}",
                where_(first, root),
                first.message.render(lang)
            ));
            let text = xml_safe(&lines(&case.failing, root, lang));
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
    let failures: usize = all
        .iter()
        .flatten()
        .filter(|c| !c.off && !c.failing.is_empty())
        .count();
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("testsuites")
        .with_attribute(("name", "goodrel"))
        .with_attribute(("time", "0"))
        .with_attribute(("tests", tests.to_string().as_str()))
        .with_attribute(("failures", failures.to_string().as_str()))
        .with_attribute(("errors", "0"))
        .write_inner_content(|w| {
            for (report, cases) in reports.iter().zip(&all) {
                let failed = cases
                    .iter()
                    .filter(|c| !c.off && !c.failing.is_empty())
                    .count();
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
