//! The participation rules (PAR) speak the reader's language: every finding of every PAR
//! fail fixture renders in Finnish and Swedish without falling back to English, and a few
//! findings read as the catalogue has them.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use goodrel::i18n::Lang;
use goodrel::model::date::Date;
use goodrel::{CheckOptions, check_dir};

/// Every `fail*` fixture of the PAR rules, with its `# as-of:` date.
fn fail_fixtures() -> Vec<(PathBuf, Date)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap().filter_map(Result::ok) {
        if !dir.file_name().to_string_lossy().starts_with("PAR") {
            continue;
        }
        for f in std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
        {
            let path = f.path();
            if !f.file_name().to_string_lossy().starts_with("fail") {
                continue;
            }
            let text = if path.is_dir() {
                std::fs::read_to_string(path.join("plan.yaml")).unwrap_or_default()
            } else {
                std::fs::read_to_string(&path).unwrap_or_default()
            };
            let as_of = text
                .lines()
                .filter_map(|l| l.trim().strip_prefix('#'))
                .find_map(|l| l.trim().strip_prefix("as-of:").map(str::trim))
                .and_then(Date::parse)
                .or_else(|| Date::parse("2026-11-23"))
                .unwrap();
            out.push((path, as_of));
        }
    }
    out.sort();
    out
}

/// (rule id, message in en, fi, sv) of every PAR finding of the fail fixtures.
fn findings() -> Vec<(&'static str, [String; 3])> {
    let mut out = Vec::new();
    for (path, as_of) in fail_fixtures() {
        let options = CheckOptions {
            as_of,
            ..CheckOptions::default()
        };
        let report = check_dir(&path, &options).unwrap();
        for f in report
            .findings
            .iter()
            .filter(|f| f.rule.id.starts_with("PAR"))
        {
            out.push((
                f.rule.id,
                [Lang::En, Lang::Fi, Lang::Sv].map(|l| f.message.render(l)),
            ));
        }
    }
    out
}

#[test]
fn every_par_finding_is_translated() {
    let all = findings();
    assert!(all.len() > 100, "{} findings", all.len());
    let mut problems = Vec::new();
    for (rule, [en, fi, sv]) in &all {
        assert!(
            !en.starts_with("par") && !en.starts_with("untranslated"),
            "{rule}: {en}"
        );
        if fi == en || sv == en || fi == sv {
            problems.push(format!("{rule}: {en} | {fi} | {sv}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn some_findings_read_as_written() {
    let all = findings();
    let has = |lang: usize, text: &str| all.iter().any(|(_, m)| m[lang] == text);
    assert!(has(
        0,
        "council C1 'Immigrant council' does not say how its members and chair are chosen"
    ));
    assert!(has(
        1,
        "neuvosto C1 'Immigrant council' ei kerro, miten sen jäsenet ja puheenjohtaja valitaan"
    ));
    assert!(has(
        2,
        "rådet C1 'Immigrant council' anger inte hur dess medlemmar och ordförande väljs"
    ));
    // English keeps the hyphenated compound; counts select the plural.
    assert!(has(
        0,
        "no structure or measure offers initiation, planning, decision-making or evaluation participation"
    ));
    assert!(has(
        1,
        "kuuleminen K1 'Focus group' toi esiin yhden tarpeen, mutta suunnitelmassa ei kerrota, missä sitä käsiteltiin päättäjien kanssa"
    ));
    assert!(has(
        2,
        "samrådet C1 'Focus groups in Somali and Arabic' lyfte fram 2 behov, men planen anger inte var de behandlades med beslutsfattarna"
    ));
}
