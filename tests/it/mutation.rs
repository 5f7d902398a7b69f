//! Mutation test: hundreds of broken, hostile and odd plans derived from examples/ by a
//! deterministic generator (fixed seeds, no network), each run through the whole pipeline and
//! every renderer. For each one: no panic, JSON that parses, every finding located in a file
//! of the plan at a line that file has, and no raw control character in any text output; a
//! third of them also through `report` (the HTML page, the two-yearly draft in Markdown and
//! HTML, the overview's HTML and CSV). A smaller sample also runs through the built binary,
//! which must exit 0, 1 or 2.
//!
//! Failures print the seed and the mutation, so a case can be reproduced by itself.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::path::{Path, PathBuf};

use goodrel::model::date::Date;
use goodrel::render::text::TextOptions;
use goodrel::render::{self, Style};
use goodrel::{CheckOptions, PlanReport};
use serde_json::Value;

/// How many mutated plans go through the library, and how many of them also through the
/// binary. Together they stay within a few seconds of a debug `cargo test`.
const IN_PROCESS: usize = 520;
const THROUGH_BINARY: usize = 40;

/// xorshift64*: small, fast and the same on every machine, which is all a generator of test
/// cases needs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One plan directory of examples/: its files as (relative name, bytes).
type Seed = Vec<(String, Vec<u8>)>;

fn seeds() -> Vec<Seed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut out = Vec::new();
    for name in ["small-town", "incomplete", "city", "oulu-like"] {
        let dir = root.join(name);
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        files.sort();
        out.push(files);
    }
    out
}

fn collect(base: &Path, dir: &Path, out: &mut Seed) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            collect(base, &p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "toml")
        ) {
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
            out.push((rel, std::fs::read(&p).unwrap()));
        }
    }
}

const CONTROLS: &[&str] = &[
    "\u{1b}[2J",
    "\u{1b}]0;pwned\u{7}",
    "\n::error::injected\n",
    "\r::add-mask::x",
    "\u{0}",
    "\u{7f}",
    "\u{85}",
    "\u{9b}31m",
    "\u{2028}",
    "\u{feff}",
    "\u{fffe}",
    "##[add-mask]x",
    " ::error::y",
    "#\u{200b}#[error]z",
    "\u{202e}",
    "\u{2066}",
    "\u{435}",
    "\u{200b}",
];

const SCALARS: &[&str] = &[
    "[a, b, [c]]",
    "{x: 1, y: {z: 2}}",
    "12",
    "-0.5e3",
    "true",
    "~",
    "2026-13-45",
    "!!str 12",
    "!!int x",
    "!custom {a: 1}",
    "!!binary aGVsbG8=",
    "&anchor v",
    "*undefined",
    "'quoted''s'",
    "\"\\u001b[31mred\\n::error::x\"",
    "|\n  block\n  text",
    ">-\n  folded",
    "[]",
    "{}",
];

/// Mutates one file's bytes in place; returns what was done, for the failure message.
fn mutate(rng: &mut Rng, name: &str, bytes: &mut Vec<u8>) -> String {
    let toml = name.ends_with(".toml");
    let kind = rng.below(20);
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let line_at = |rng: &mut Rng, lines: &[String]| rng.below(lines.len().max(1));
    match kind {
        0 => {
            for _ in 0..1 + rng.below(8) {
                if bytes.is_empty() {
                    break;
                }
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
            return "byte flips".into();
        }
        1 => {
            let at = rng.below(bytes.len() + 1);
            bytes.truncate(at);
            return format!("truncated at {at}");
        }
        2 if lines.len() > 1 => {
            let (a, b) = (line_at(rng, &lines), line_at(rng, &lines));
            lines.swap(a, b);
        }
        3 if !lines.is_empty() => {
            let at = line_at(rng, &lines);
            lines.remove(at);
        }
        4 if !lines.is_empty() => {
            let at = line_at(rng, &lines);
            let l = &mut lines[at];
            match rng.below(3) {
                0 => l.insert_str(0, "  "),
                1 => *l = l.trim_start().to_owned(),
                _ => l.insert(0, '\t'),
            }
        }
        5..=7 if !lines.is_empty() => {
            // A scalar replaced by a list, map, number, tag, anchor or long string.
            let at = line_at(rng, &lines);
            let value = if rng.below(4) == 0 {
                format!("\"{}\"", "x ".repeat(150 + rng.below(2_000)))
            } else {
                rng.pick(SCALARS).to_string()
            };
            if let Some(colon) = lines[at].find(": ") {
                lines[at].truncate(colon + 2);
                lines[at].push_str(&value);
            } else if let Some(eq) = lines[at].find(" = ") {
                lines[at].truncate(eq + 3);
                lines[at].push_str(&value);
            }
        }
        8 | 9 if !lines.is_empty() => {
            let at = line_at(rng, &lines);
            let c = rng.pick(CONTROLS);
            let l = &mut lines[at];
            let mut pos = rng.below(l.len() + 1);
            while !l.is_char_boundary(pos) {
                pos -= 1;
            }
            l.insert_str(pos, c);
        }
        10 => {
            bytes.splice(0..0, b"\xEF\xBB\xBF".iter().copied());
            return "BOM".into();
        }
        11 => {
            let crlf = text.replace('\n', "\r\n");
            *bytes = crlf.into_bytes();
            return "CRLF".into();
        }
        12 if !toml => {
            // Anchors, aliases and merge keys.
            let extra = match rng.below(4) {
                0 => "base: &b {id: X, title: T}\nmeasures:\n  - <<: *b\n    id: Y\n  - *b\n",
                1 => {
                    "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n"
                }
                2 => "measures:\n  - &m {id: A1, title: T}\n  - *m\n",
                _ => "x: *nowhere\n",
            };
            lines.push(extra.to_owned());
        }
        13 if !toml => {
            let tag = rng.pick(&[
                "!!map",
                "!!seq",
                "!!str",
                "!!null",
                "!x",
                "!<tag:yaml.org,2002:int>",
            ]);
            let at = line_at(rng, &lines);
            if let Some(colon) = lines.get(at).and_then(|l| l.find(": ")) {
                lines[at].insert_str(colon + 2, &format!("{tag} "));
            }
        }
        14 => {
            // TOML arrays of tables and dotted keys (appended to YAML they are syntax errors).
            let extra = match rng.below(5) {
                0 => "[[measures]]\nid = \"T1\"\ntitle = \"T\"\n[[measures]]\nid = \"T1\"\n",
                1 => {
                    "municipality.name = \"Dotted\"\nmunicipality.plan_period.start = 2025-01-01\n"
                }
                2 => "[[services.cooperation]]\nx = 1\n",
                3 => "[measures]\nid = 1\n",
                _ => "a.b.c.d.e.f.g.h = [1, [2, [3, {x = \"y\"}]]]\n",
            };
            lines.push(extra.to_owned());
        }
        15 => {
            // A second document, a deep nest, or a duplicate key.
            let extra = match rng.below(3) {
                0 => "---\nmunicipality: {name: Second}\n".to_owned(),
                1 => format!("deep: {}{}\n", "[".repeat(100), "]".repeat(100)),
                _ => "municipality:\n  name: A\nmunicipality:\n  name: B\n".to_owned(),
            };
            lines.push(extra);
        }
        16 => {
            *bytes = Vec::new();
            return "emptied".into();
        }
        17 if lines.len() > 2 => {
            let at = line_at(rng, &lines);
            let dup = lines[at].clone();
            lines.insert(at, dup);
        }
        _ => {
            // Several small edits at once.
            let a = mutate(rng, name, bytes);
            let b = mutate(rng, name, bytes);
            return format!("{a} + {b}");
        }
    }
    let mut out = lines.join("\n");
    if rng.below(4) != 0 {
        out.push('\n');
    }
    *bytes = out.into_bytes();
    format!("edit #{kind}")
}

/// A mutated plan written into `dir`; returns its description.
fn make_case(seeds: &[Seed], n: u64, dir: &Path) -> String {
    let mut rng = Rng::new(n + 1);
    // The two small examples twice as often as the two large ones, which cost more to check.
    let seed = &seeds[*rng.pick(&[0, 0, 1, 1, 2, 3])];
    let mut files = seed.clone();
    let mut what = Vec::new();
    for _ in 0..1 + rng.below(2) {
        let i = rng.below(files.len());
        let (name, bytes) = &mut files[i];
        let how = mutate(&mut rng, name, bytes);
        what.push(format!("{name}: {how}"));
    }
    if rng.below(10) == 0 {
        // A plan file's content under the other syntax's extension.
        let i = rng.below(files.len());
        let name = &mut files[i].0;
        *name = if name.ends_with(".toml") {
            name.replace(".toml", ".yaml")
        } else {
            format!("{name}.toml")
        };
        what.push(format!("renamed to {name}"));
    }
    for (name, bytes) in &files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    format!("case {n}: {}", what.join("; "))
}

/// Lines a file has: as YAML counts them (LF, CRLF or a lone CR ends a line), at least 1.
fn line_count(bytes: &[u8]) -> usize {
    let mut lines = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => lines += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => lines += 1,
            _ => {}
        }
        i += 1;
    }
    if !matches!(bytes.last(), Some(b'\n' | b'\r') | None) {
        lines += 1;
    }
    lines.max(1)
}

fn raw_control(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| (c.is_control() && c != '\n') || matches!(c, '\u{2028}' | '\u{2029}'))
}

/// Every check of one report: JSON parses, findings are located inside their files, the
/// human-readable formats carry no raw control character.
fn check_report(report: &PlanReport, what: &str, with_sarif: bool) {
    let as_of = Date::parse("2026-11-23").unwrap();
    let reports = std::slice::from_ref(report);
    let json: Value = serde_json::from_str(&render::json::check(
        reports,
        as_of,
        goodrel::i18n::Lang::En,
    ))
    .unwrap_or_else(|e| panic!("{what}: JSON does not parse: {e}"));
    // SARIF repeats the whole rule catalogue in every log, which makes it the slowest
    // format to build; a quarter of the cases is enough to catch a broken log.
    if with_sarif {
        let sarif: Value =
            serde_json::from_str(&render::sarif::check(reports, goodrel::i18n::Lang::En))
                .unwrap_or_else(|e| panic!("{what}: SARIF does not parse: {e}"));
        assert_eq!(sarif["version"], "2.1.0", "{what}");
    }
    assert!(json["plans"][0]["findings"].is_array(), "{what}");
    for f in &report.findings {
        let l = f
            .location
            .as_ref()
            .unwrap_or_else(|| panic!("{what}: {} has no location", f.rule.id));
        let bytes = std::fs::read(&l.file)
            .unwrap_or_else(|e| panic!("{what}: {} names {}: {e}", f.rule.id, l.file));
        let lines = line_count(&bytes);
        assert!(
            (1..=lines).contains(&l.span.start.line),
            "{what}: {} at {}:{} but the file has {lines} lines",
            f.rule.id,
            l.file,
            l.span.start.line
        );
    }
    for (format, text) in [
        (
            "text",
            render::text::check(reports, Style::default(), TextOptions::default()),
        ),
        (
            "quiet",
            render::text::check(
                reports,
                Style::default(),
                TextOptions {
                    quiet: true,
                    ..TextOptions::default()
                },
            ),
        ),
        (
            "verbose, all",
            render::text::check(
                reports,
                Style::default(),
                TextOptions {
                    verbose: true,
                    show_all: true,
                    ..TextOptions::default()
                },
            ),
        ),
        (
            "github",
            render::github::check(reports, goodrel::i18n::Lang::En),
        ),
        (
            "markdown",
            render::markdown::check(reports, goodrel::i18n::Lang::En),
        ),
        (
            "junit",
            render::junit::check(reports, goodrel::i18n::Lang::En),
        ),
    ] {
        if let Some(c) = raw_control(&text).or_else(|| {
            text.chars()
                .find(|&c| goodrel::render::sanitize::is_bidi_control(c))
        }) {
            panic!("{what}: raw {c:?} in {format} output");
        }
        let commands = crate::workflow_commands::all_commands(&text);
        let foreign = commands.iter().find(|c| {
            format != "github"
                || !matches!(
                    c.name.as_str(),
                    "error" | "warning" | "notice" | "group" | "endgroup"
                )
        });
        assert!(foreign.is_none(), "{what}: {format}: {foreign:?}");
    }
}

fn check_views(plan: &goodrel::model::Plan, what: &str) {
    let overview = goodrel::pyramid::overview(plan, &goodrel::pyramid::Options::default());
    let gaps = goodrel::pyramid::gaps(plan, &overview);
    let text = render::pyramid::text(
        plan,
        &overview,
        Some(&gaps),
        &render::pyramid::TextOptions::default(),
    );
    if let Some(c) = raw_control(&text) {
        panic!("{what}: raw {c:?} in the pyramid view");
    }
    let _: Value = serde_json::from_str(&render::pyramid::json(
        plan,
        &overview,
        &gaps,
        goodrel::i18n::Lang::En,
    ))
    .unwrap_or_else(|e| panic!("{what}: pyramid JSON: {e}"));
    let as_of = Date::parse("2026-11-23").unwrap();
    let gov = goodrel::governance::overview(plan, as_of, true);
    let text =
        render::governance::text(plan, &gov, as_of, Style::default(), goodrel::i18n::Lang::En);
    if let Some(c) = raw_control(&text) {
        panic!("{what}: raw {c:?} in the governance view");
    }
    let _: Value = serde_json::from_str(&render::governance::json(
        plan,
        &gov,
        as_of,
        goodrel::i18n::Lang::En,
    ))
    .unwrap_or_else(|e| panic!("{what}: governance JSON: {e}"));
}

/// The `report` outputs of one checked plan: the HTML page, the two-yearly draft in
/// Markdown and HTML, and the overview's HTML and CSV row, each as the writer finishes it.
/// None may hold a raw control or bidi character, and the CSV must keep its columns and
/// start no cell with a formula sign, split on commas or on semicolons.
fn check_report_outputs(report: &PlanReport, what: &str) {
    use goodrel::render::report as rep;
    use goodrel::render::sanitize::{Form, guarded, guarded_html};
    let lang = goodrel::i18n::Lang::En;
    let analysis = rep::Analysis::new(report, &goodrel::pyramid::Options::default());
    let period: rep::ReportingPeriod = "2025-01-01..2026-12-31".parse().unwrap();
    let blocks = rep::two_yearly::draft(report, period, lang);
    let rows = vec![rep::overview::row(
        &analysis,
        Some("./x-files/p.html".into()),
    )];
    let as_of = Date::parse("2026-11-23").unwrap();
    let csv_text = guarded(rep::overview::csv(&rows), Form::Text);
    for (format, text) in [
        (
            "report html",
            guarded_html(rep::html::report(&analysis, lang)),
        ),
        (
            "draft markdown",
            guarded(rep::two_yearly::markdown(&blocks, lang), Form::Markup),
        ),
        (
            "draft html",
            guarded_html(rep::two_yearly::html(&blocks, lang)),
        ),
        (
            "overview html",
            guarded_html(rep::overview::html(&rows, as_of, lang)),
        ),
        ("overview csv", csv_text.clone()),
    ] {
        if let Some(c) = raw_control(&text).or_else(|| {
            text.chars()
                .find(|&c| goodrel::render::sanitize::is_bidi_control(c))
        }) {
            panic!("{what}: raw {c:?} in {format}");
        }
        let commands = crate::workflow_commands::all_commands(&text);
        assert!(commands.is_empty(), "{what}: {format}: {commands:?}");
    }
    for delimiter in [b',', b';'] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(delimiter == b';')
            .from_reader(csv_text.as_bytes());
        for record in reader.records() {
            let record = record.unwrap_or_else(|e| panic!("{what}: CSV: {e}"));
            for cell in record.iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{what}: CSV cell {cell:?}"
                );
            }
        }
    }
}

#[test]
fn mutated_plans_never_panic_and_every_finding_is_located_in_its_file() {
    let seeds = seeds();
    let scratch = tempfile::tempdir().unwrap();
    let options = CheckOptions {
        as_of: Date::parse("2026-11-23").unwrap(),
        config: goodrel::config::ConfigSource::None,
        ..CheckOptions::default()
    };
    let mut failures = Vec::new();
    let mut kinds = std::collections::BTreeSet::new();
    for n in 0..IN_PROCESS as u64 {
        let dir = scratch.path().join(format!("c{n}"));
        let what = make_case(&seeds, n, &dir);
        for part in what.split(['+', ';']) {
            if let Some(k) = part.rsplit(": ").next() {
                kinds.insert(k.trim().to_owned());
            }
        }
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let report = goodrel::check_dir(&dir, &options).expect("the directory exists");
            check_report(&report, &what, n % 4 == 0);
            // The views read the same model; every third case keeps the test fast.
            if n % 3 == 0 {
                check_views(&report.plan, &what);
            }
            // And the report's outputs, on another third.
            if n % 3 == 1 {
                check_report_outputs(&report, &what);
            }
        }));
        if let Err(e) = result {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            failures.push(format!("{what}\n    {msg}"));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert!(
        kinds.len() >= 15,
        "the generator covers too few mutations: {kinds:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {IN_PROCESS} mutated plans failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn goodrel_bin(args: &[&str], dir: &Path) -> (i32, Vec<u8>) {
    let out = common::goodrel()
        .args(args)
        .arg(dir)
        .args(["--as-of", "2026-11-23"])
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout)
}

#[test]
fn the_binary_exits_0_1_or_2_on_mutated_plans() {
    let seeds = seeds();
    let scratch = tempfile::tempdir().unwrap();
    let formats = ["text", "json", "sarif", "github", "junit", "markdown"];
    for n in 0..THROUGH_BINARY as u64 {
        // Cases of their own, not a repeat of the in-process ones.
        let dir: PathBuf = scratch.path().join(format!("b{n}"));
        let what = make_case(&seeds, 10_000 + n, &dir);
        let format = formats[n as usize % formats.len()];
        let (code, out) = goodrel_bin(&["check", "--format", format], &dir);
        assert!(matches!(code, 0..=2), "{what}: {format} exit {code}");
        let out = String::from_utf8(out).unwrap_or_else(|_| panic!("{what}: not UTF-8"));
        match format {
            "json" | "sarif" => {
                let _: Value = serde_json::from_str(&out)
                    .unwrap_or_else(|e| panic!("{what}: {format} does not parse: {e}"));
            }
            _ => {
                if let Some(c) = raw_control(&out) {
                    panic!("{what}: raw {c:?} in {format} output");
                }
            }
        }
        if n % 4 == 1 {
            let (code, out) = goodrel_bin(&["report", "-o", "-"], &dir);
            assert!(matches!(code, 0 | 2), "{what}: report exit {code}");
            let out = String::from_utf8_lossy(&out);
            if let Some(c) = raw_control(&out) {
                panic!("{what}: raw {c:?} in the report");
            }
        }
        if n % 4 == 0 {
            for view in [&["pyramid", "--gaps"][..], &["governance", "--trace"][..]] {
                let (code, out) = goodrel_bin(view, &dir);
                assert!(matches!(code, 0 | 2), "{what}: {view:?} exit {code}");
                let out = String::from_utf8_lossy(&out);
                if let Some(c) = raw_control(&out) {
                    panic!("{what}: raw {c:?} in {view:?}");
                }
            }
        }
    }
}

#[test]
fn the_generator_is_deterministic() {
    let seeds = seeds();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for n in [0, 7, 123] {
        assert_eq!(
            make_case(&seeds, n, a.path()),
            make_case(&seeds, n, b.path())
        );
    }
}
