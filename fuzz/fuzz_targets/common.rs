//! What both targets check: a file that loads becomes a model, the rules run, and every
//! finding points at a line the file has.

use goodrel::load::{self, Limits, SourceFile, Syntax};
use goodrel::model::date::Date;

pub fn check(data: &[u8], syntax: Syntax) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = match syntax {
        Syntax::Yaml => load::yaml::parse(text, &Limits::default()),
        Syntax::Toml => load::toml::parse(text, &Limits::default()),
    };
    let lines = text.lines().count().max(1);
    let display = match syntax {
        Syntax::Yaml => "fuzz.yaml",
        Syntax::Toml => "fuzz.toml",
    };
    let file = match parsed {
        Ok(root) => Ok(SourceFile {
            path: display.into(),
            display: display.to_owned(),
            syntax,
            text: text.to_owned(),
            root,
        }),
        Err(problem) => {
            assert!(problem.span.start.line <= lines, "{problem:?} past the end");
            Err((display.to_owned(), problem))
        }
    };
    let built = goodrel::model::build("fuzz".to_owned(), vec![file]);
    let mut findings = built.findings;
    if built.unreadable_files == 0 {
        let as_of = Date::parse("2026-11-23").expect("a valid date");
        findings.extend(goodrel::rules::run_all(
            &built.plan,
            as_of,
            &goodrel::pyramid::Options::default(),
        ));
    }
    for f in &findings {
        if let Some(l) = &f.location {
            assert!(l.span.start.line >= 1, "{f:?}");
        }
    }
}
