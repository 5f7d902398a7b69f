//! Placement accuracy on a labelled set: 71 measures in Finnish, Swedish and English, written
//! as municipal plans word them, each labelled with the level the CoE guide's definitions give
//! (tests/data/placement/README.md says how). The test prints the share placed as labelled and
//! fails below 90 %.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;

use goodrel::CheckOptions;
use goodrel::pyramid::{self, ItemKind, level_key};

const THRESHOLD: f64 = 0.90;

#[derive(serde::Deserialize)]
struct Label {
    level: String,
    why: String,
}

#[test]
fn the_labelled_set_is_placed_as_labelled_at_least_90_percent_of_the_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/placement");
    let labels: BTreeMap<String, Label> =
        toml::from_str(&std::fs::read_to_string(root.join("labels.toml")).unwrap()).unwrap();
    let (built, _) = goodrel::load_plan(&root.join("plan"), &CheckOptions::default()).unwrap();
    assert!(
        built.findings.is_empty(),
        "the labelled set has format problems: {:?}",
        built
            .findings
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    let plan = built.plan;
    let overview = pyramid::overview(&plan, &pyramid::Options::default());
    let measures: Vec<_> = overview
        .placements
        .iter()
        .filter(|p| p.kind == ItemKind::Measure)
        .collect();
    assert!(
        measures.len() >= 60,
        "the set has {} measures",
        measures.len()
    );
    assert_eq!(
        measures.len(),
        labels.len(),
        "every measure has a label and every label a measure"
    );

    let mut right = 0usize;
    let mut wrong = Vec::new();
    let mut per_language: BTreeMap<char, (usize, usize)> = BTreeMap::new();
    for p in &measures {
        let label = labels
            .get(p.id)
            .unwrap_or_else(|| panic!("measure {} has no label", p.id));
        assert!(!label.why.trim().is_empty(), "{}: say why", p.id);
        let got = p.level.map_or("unplaced", level_key);
        let lang = p.id.chars().next().unwrap_or('?');
        let entry = per_language.entry(lang).or_default();
        entry.1 += 1;
        if got == label.level {
            right += 1;
            entry.0 += 1;
        } else {
            wrong.push(format!(
                "{} '{}': labelled {}, placed {} ({})",
                p.id,
                p.title,
                label.level,
                got,
                p.reason()
            ));
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let share = right as f64 / measures.len() as f64;
    let summary = format!(
        "placement accuracy: {right} of {} measures placed as labelled ({:.1} %)",
        measures.len(),
        share * 100.0
    );
    println!("{summary}");
    // Also straight to stderr, which the test harness does not capture, so that the share
    // shows in every `cargo test` run, not only with `--nocapture`.
    let _ = writeln!(std::io::stderr(), "{summary}");
    for (lang, (r, n)) in &per_language {
        let name = match lang {
            'F' => "Finnish",
            'S' => "Swedish",
            _ => "English",
        };
        println!("  {name}: {r} of {n}");
    }
    for w in &wrong {
        println!("  not as labelled: {w}");
    }
    assert!(
        share >= THRESHOLD,
        "placement accuracy {:.1} % is below {:.0} %: {wrong:#?}",
        share * 100.0,
        THRESHOLD * 100.0
    );
}
