//! `goodrel report` on the built binary: the HTML report is one self-contained file whose
//! drawn pyramid carries `pyramid --format json`'s counts and which parses as HTML5; the
//! two-yearly draft invents no figure; the overview's counts are `check --format json`'s.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

const AS_OF: &str = "2026-06-01";
const EXAMPLES: &[&str] = &[
    "examples/city",
    "examples/incomplete",
    "examples/oulu-like",
    "examples/small-town",
];

fn goodrel() -> Command {
    let mut c = Command::cargo_bin("goodrel").unwrap();
    c.env("LC_ALL", "en_GB.UTF-8")
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = goodrel().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Writes a report into a fresh directory and returns (directory, its text).
fn report(args: &[&str], file: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(file);
    let mut all: Vec<&str> = vec!["report"];
    all.extend_from_slice(args);
    let out_s = out.to_str().unwrap().to_owned();
    all.extend_from_slice(&["-o", &out_s, "--as-of", AS_OF]);
    let (code, _, err) = run(&all);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    (dir, text)
}

/// Every value of `attr="..."` in the page.
fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

/// The `data-count` of each level inside the first `<svg class="pyramid"`.
fn svg_pyramid_counts(html: &str) -> BTreeMap<String, usize> {
    let start = html.find("<svg").unwrap();
    let svg = &html[start..start + html[start..].find("</svg>").unwrap()];
    assert!(
        svg.contains("class=\"pyramid\""),
        "the first drawing is the pyramid"
    );
    let levels = attribute_values(svg, "data-level");
    let counts = attribute_values(svg, "data-count");
    assert_eq!(levels.len(), 3);
    levels
        .into_iter()
        .zip(counts.iter().map(|c| c.parse().unwrap()))
        .collect()
}

#[test]
fn the_city_report_is_one_self_contained_file_under_a_megabyte() {
    let (_dir, html) = report(&["examples/city"], "city.html");
    assert!(html.len() < 1_000_000, "{} bytes", html.len());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(!html.contains("url("), "no CSS resources");
    assert!(!html.contains("@import"));
    for attr in ["href", "src", "srcset", "action", "poster", "data"] {
        for v in attribute_values(&html, attr) {
            assert!(v.starts_with('#'), "{attr}=\"{v}\" points outside the file");
        }
    }
    // The only URL is the SVG namespace, which is a name, not a request.
    let urls = html.matches("http").count();
    assert_eq!(
        urls,
        html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    // Every in-page link lands on an element of the page.
    for v in attribute_values(&html, "href") {
        assert!(
            html.contains(&format!("id=\"{}\"", &v[1..])),
            "{v} has no target"
        );
    }
    // Print stylesheet for A4.
    assert!(html.contains("@media print") && html.contains("size:A4"));
}

#[test]
fn every_drawing_has_a_title_and_a_description() {
    let (_dir, html) = report(&["examples/city"], "city.html");
    let svgs = html.matches("<svg").count();
    assert!(svgs > 3);
    assert_eq!(html.matches("<title id=").count(), svgs);
    assert_eq!(html.matches("<desc id=").count(), svgs);
    for part in html.split("<svg").skip(1) {
        let head = &part[..part.find('>').unwrap()];
        assert!(head.contains("role=\"img\"") && head.contains("aria-labelledby="));
        let inner = &part[part.find('>').unwrap() + 1..];
        assert!(inner.starts_with("<title"), "the title comes first");
    }
    // Real headings, in order.
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.matches("<h2").count() >= 5);
}

/// `goodrel pyramid EXAMPLE --format json`, parsed.
fn pyramid_json(example: &str) -> serde_json::Value {
    let (code, json, err) = run(&["pyramid", example, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&json).unwrap()
}

#[test]
fn the_drawn_pyramid_carries_the_counts_of_pyramid_json() {
    for example in EXAMPLES {
        let json = pyramid_json(example);
        let expected: BTreeMap<String, usize> = json["levels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["level"].as_str().unwrap().to_owned(),
                    l["count"].as_u64().unwrap() as usize,
                )
            })
            .collect();
        let (_dir, html) = report(&[example], "r.html");
        assert_eq!(svg_pyramid_counts(&html), expected, "{example}");
    }
}

#[test]
fn the_report_marks_the_uncertain_placements_of_pyramid_json() {
    for example in EXAMPLES {
        let json = pyramid_json(example);
        let uncertain = json["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["uncertain"] == true)
            .count();
        let (_dir, html) = report(&[example], "r.html");
        assert_eq!(
            html.matches("class=\"uncertain\"").count(),
            uncertain,
            "{example}"
        );
        assert_eq!(
            html.contains("? Uncertain: placed on a weak word"),
            uncertain > 0,
            "{example}"
        );
    }
}

/// python3 with html5lib, when both are there; in CI (`CI` set) their absence fails the
/// test (.ci/run installs html5lib), so that a validation that did not run cannot pass.
fn html5lib() -> Option<PathBuf> {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import html5lib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 with html5lib is required in CI (.ci/run installs it)"
        );
        eprintln!("note: python3 with html5lib is not installed; skipping the HTML5 validation");
        return None;
    }
    Some(PathBuf::from("python3"))
}

/// html5lib's parse errors for a file (empty when it parses cleanly as HTML5).
fn html5_errors(python: &Path, file: &Path) -> String {
    let script = "import sys, html5lib\n\
        p = html5lib.HTMLParser(strict=False)\n\
        p.parse(open(sys.argv[1], 'rb'))\n\
        for pos, code, data in p.errors:\n    print(pos, code, data)\n";
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_page_parses_as_html5_without_an_error() {
    let Some(python) = html5lib() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for (lang, example) in [
        ("en", "examples/city"),
        ("fi", "examples/incomplete"),
        ("sv", "examples/small-town"),
    ] {
        let out = dir.path().join(format!("{lang}.html"));
        let (code, _, err) = run(&[
            "--lang",
            lang,
            "report",
            example,
            "-o",
            out.to_str().unwrap(),
            "--as-of",
            AS_OF,
        ]);
        assert_eq!(code, 0, "{err}");
        pages.push(out);
    }
    let draft = dir.path().join("draft.html");
    let (code, _, err) = run(&[
        "report",
        "examples/city",
        "--two-yearly",
        "2025-01-01..2026-12-31",
        "-o",
        draft.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    pages.push(draft);
    let region = dir.path().join("region.html");
    let mut args = vec!["report"];
    args.extend_from_slice(EXAMPLES);
    args.extend_from_slice(&[
        "--overview",
        "-o",
        region.to_str().unwrap(),
        "--as-of",
        AS_OF,
    ]);
    let (code, _, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    pages.push(region);
    for page in pages {
        let errors = html5_errors(&python, &page);
        assert!(errors.is_empty(), "{}: {errors}", page.display());
    }
}

/// Numbers and dates of a text: ISO dates as they are, other numbers parsed (a decimal
/// comma or point), so "65.0" in the plan and "65" in the draft are the same figure.
fn figures(text: &str) -> (Vec<String>, Vec<f64>) {
    let mut dates = Vec::new();
    let mut numbers = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (matches!(chars[j], '.' | ',' | '-')
                        && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                j += 1;
            }
            let token: String = chars[i..j].iter().collect();
            if token.len() == 10 && token.matches('-').count() == 2 {
                dates.push(token);
            } else {
                for part in token.split('-') {
                    if let Ok(n) = part.replace(',', ".").parse::<f64>() {
                        numbers.push(n);
                    }
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    (dates, numbers)
}

#[test]
fn every_figure_of_the_two_yearly_draft_is_a_plan_value() {
    let period = "2025-01-01..2026-12-31";
    let (_dir, draft) = report(&["examples/city", "--two-yearly", period], "draft.md");
    let mut plan_text = String::new();
    for entry in walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/city"))
    {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            plan_text.push_str(&std::fs::read_to_string(entry.path()).unwrap());
            plan_text.push('\n');
        }
    }
    let (plan_dates, plan_numbers) = figures(&plan_text);
    let (dates, numbers) = figures(&draft);
    assert!(numbers.len() > 20, "the draft shows the plan's figures");
    for d in &dates {
        assert!(
            plan_dates.contains(d) || period.contains(d.as_str()),
            "date {d} is not in the plan"
        );
    }
    for n in &numbers {
        assert!(
            plan_numbers.iter().any(|p| (p - n).abs() < 1e-9),
            "figure {n} is not a value of the plan"
        );
    }
    // The parts without data are marked, in every section that needs the coordinator.
    for heading in [
        "## How the objectives were achieved",
        "## Measures implemented",
        "## Equal access to services",
        "## Financial resources",
        "## Effectiveness",
    ] {
        assert!(draft.contains(heading), "{heading}");
    }
    assert!(draft.matches("**TO BE WRITTEN:**").count() >= 4, "{draft}");
    // The start and end values of an indicator, with their dates and the target.
    assert!(draft.contains(
        "`I-EMPLOYMENT` Employment rate of foreign-language residents aged 20–64: at the start of the period 59 % (2024-12-31); latest in the period 59.6 % (2025-12-31); target 65 % (2028-12-31)"
    ));
}

#[test]
fn a_plan_without_data_gets_a_draft_of_markers_not_figures() {
    let (_dir, draft) = report(
        &[
            "examples/incomplete",
            "--two-yearly",
            "2025-01-01..2026-12-31",
        ],
        "d.md",
    );
    assert!(draft.contains("**TO BE WRITTEN:**"));
    insta::assert_snapshot!("two_yearly_incomplete", draft);
}

#[test]
fn the_small_town_report_is_stable() {
    let (_dir, html) = report(&["examples/small-town"], "small.html");
    insta::assert_snapshot!("report_small_town", html);
}

/// (errors, warnings, info) per plan root from `check --format json`.
fn check_counts(dirs: &[&str]) -> BTreeMap<String, (u64, u64, u64)> {
    let mut args = vec!["check", "--format", "json", "--as-of", AS_OF, "--exit-zero"];
    args.extend_from_slice(dirs);
    let (code, json, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    json["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = &p["summary"];
            (
                p["root"].as_str().unwrap().to_owned(),
                (
                    s["error"].as_u64().unwrap(),
                    s["warning"].as_u64().unwrap(),
                    s["info"].as_u64().unwrap(),
                ),
            )
        })
        .collect()
}

#[test]
fn the_overview_counts_are_those_of_check_json_and_link_to_each_report() {
    let expected = check_counts(EXAMPLES);
    let mut args: Vec<&str> = EXAMPLES.to_vec();
    args.push("--overview");
    let (dir, html) = report(&args, "region.html");
    let roots = attribute_values(&html, "data-root");
    let errors = attribute_values(&html, "data-errors");
    let warnings = attribute_values(&html, "data-warnings");
    let infos = attribute_values(&html, "data-info");
    // Rows first: their data-errors come before the families' own.
    let mut got = BTreeMap::new();
    let mut in_order = Vec::new();
    let rows: Vec<&str> = html.split("<tr data-root=").skip(1).collect();
    assert_eq!(rows.len(), EXAMPLES.len());
    for (i, root) in roots.iter().enumerate() {
        let _ = (&errors, &warnings, &infos, i);
        let row = rows[i];
        let row = &row[..row.find("</tr>").unwrap()];
        let value = |attr: &str| -> u64 { attribute_values(row, attr)[0].parse().unwrap() };
        got.insert(
            root.clone(),
            (
                value("data-errors"),
                value("data-warnings"),
                value("data-info"),
            ),
        );
        in_order.push(value("data-errors"));
    }
    assert_eq!(got, expected);
    assert!(
        in_order.windows(2).all(|w| w[0] >= w[1]),
        "sorted by errors"
    );
    // Each row links to its own report, written beside the page.
    let links: Vec<String> = attribute_values(&html, "href");
    assert_eq!(links.len(), EXAMPLES.len());
    for link in links {
        assert!(!link.contains("://") && !link.starts_with('/'), "{link}");
        let file = dir.path().join(&link);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains("class=\"pyramid\""), "{link}");
    }
    // The CSV has the same rows.
    let mut args: Vec<&str> = EXAMPLES.to_vec();
    args.extend_from_slice(&["--overview", "--format", "csv"]);
    let (_d, csv) = report(&args, "region.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut from_csv = BTreeMap::new();
    for record in reader.records() {
        let cells: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        let n = |name: &str| -> u64 { cells[col(name)].parse().unwrap() };
        from_csv.insert(
            cells[col("plan_dir")].to_owned(),
            (n("errors"), n("warnings"), n("info")),
        );
    }
    assert_eq!(from_csv, expected);
}

#[test]
fn a_report_is_not_written_into_the_plan_or_over_a_plan_file() {
    let (code, _, err) = run(&["report", "examples/city", "-o", "examples/city/report.html"]);
    assert_eq!(code, 2);
    assert!(err.contains("inside the plan directory"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("plan.yaml");
    let (code, _, err) = run(&["report", "examples/city", "-o", yaml.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("plan file"), "{err}");
    assert!(!yaml.exists());
    // An earlier report is overwritten.
    let html = dir.path().join("r.html");
    std::fs::write(&html, "old").unwrap();
    let (code, _, err) = run(&[
        "report",
        "examples/small-town",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn the_report_speaks_the_chosen_language() {
    let (_d, fi) = report(&["--lang", "fi", "examples/city"], "fi.html");
    assert!(fi.contains("<html lang=\"fi\">") && fi.contains("Lakisääteinen tarkistuslista"));
    let (_d, sv) = report(&["--lang", "sv", "examples/city"], "sv.html");
    assert!(sv.contains("<html lang=\"sv\">") && sv.contains("Lagstadgad checklista"));
}

#[test]
fn hostile_plan_text_is_escaped_and_sanitised() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir(&plan).unwrap();
    std::fs::write(
        plan.join("plan.yaml"),
        "municipality:\n  name: \"<script>alert(1)</script>\\u001b[2J Town\"\nmeasures:\n  - id: M1\n    title: \"<img src=x onerror=alert(1)>\"\n",
    )
    .unwrap();
    let out = dir.path().join("r.html");
    let (code, _, err) = run(&[
        "report",
        plan.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(!html.contains("<script") && !html.contains("<img"));
    assert!(html.contains("&lt;script&gt;") && html.contains("\\u{1b}[2J"));
    assert!(!html.contains('\u{1b}'));
}
