//! Acceptance test of issue 13 on the built binary: Finnish and Swedish output holds no
//! English outside what is the plan's or the format's own (ids, paths, backticked keys and
//! values, quoted plan values, the words of the plan's own texts, which a table shows
//! unquoted) and the CoE and OSCE documents cited by their English titles; JSON differs between languages only in its human texts; the
//! locale chooses the language when nothing else does; `explain` cites the Act by its
//! Finnish name; and the language order of docs/translating.md holds. Every run sets
//! `LC_ALL` (or unsets it on purpose), so the machine's locale cannot change the result.

use crate::common;
use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use goodrel::i18n::{Lang, text};
use serde_json::Value;

/// The binary with `LC_ALL` set to `locale` (English unless a test says otherwise).
fn goodrel(locale: &str) -> Command {
    let mut cmd = Command::cargo_bin("goodrel").expect("binary");
    cmd.env("LC_ALL", locale);
    cmd.env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

fn stdout(cmd: &mut Command, expected_exit: i32) -> String {
    let out = cmd.output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(expected_exit),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// English words that no Finnish or Swedish line should hold. Words that are also Finnish
/// or Swedish (`on`, `in`, `plan`, `info`, `by`) are left out.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "without",
    "should",
    "must",
    "found",
    "has",
    "have",
    "does",
    "not",
    "no",
    "of",
    "for",
    "or",
    "this",
    "that",
    "which",
    "measure",
    "measures",
    "objective",
    "objectives",
    "responsible",
    "party",
    "help",
    "source",
    "sources",
    "error",
    "errors",
    "warning",
    "warnings",
    "missing",
    "level",
    "levels",
    "file",
    "files",
    "rule",
    "rules",
    "skipped",
    "could",
    "read",
    "family",
    "findings",
    "lists",
    "names",
    "add",
    "gap",
    "gaps",
    "base",
    "middle",
    "top",
    "service",
    "services",
    "structure",
    "structures",
    "actor",
    "actors",
    "group",
    "groups",
    "indicator",
    "indicators",
    "reason",
    "placed",
    "nothing",
    "items",
    "weight",
    "main",
    "worst",
    "first",
    "title",
    "kept",
    "off",
    "partners",
];

/// Texts that stay English in every language by docs/translating.md: the titles of the CoE
/// and OSCE documents.
fn english_by_convention(lang: Lang) -> Vec<String> {
    ["source-coe-mlg", "source-coe-lab", "source-osce"]
        .into_iter()
        .map(|id| text(lang, id))
        .collect()
}

/// The words of the plan's own texts (string values with a space: titles, descriptions,
/// names), which views show as written, in whatever language the plan is written.
fn plan_words(dir: &str) -> BTreeSet<String> {
    fn strings(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::String(s) if s.contains(' ') => {
                for w in s.split(|c: char| !c.is_alphabetic()) {
                    out.insert(w.to_lowercase());
                }
            }
            Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
            Value::Object(map) => map.values().for_each(|i| strings(i, out)),
            _ => {}
        }
    }
    let limits = goodrel::load::Limits::default();
    let mut words = BTreeSet::new();
    for entry in walkdir::WalkDir::new(dir) {
        let path = entry.expect("walk plan").into_path();
        if path
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml" || e == "toml")
        {
            let file = goodrel::load::load_file(&path, path.display().to_string(), &limits)
                .expect("example loads");
            if let Some(root) = file.root {
                strings(&root.to_json(), &mut words);
            }
        }
    }
    words
}

/// What a scan leaves alone besides ids, paths, backticked and quoted text.
struct Exempt {
    texts: Vec<String>,
    words: BTreeSet<String>,
}

impl Exempt {
    fn new(lang: Lang, plan: &str) -> Exempt {
        Exempt {
            texts: english_by_convention(lang),
            words: plan_words(plan),
        }
    }
}

/// `text` with the spans between `open` and `close` blanked (an unclosed span runs to the end).
fn blank_spans(text: &str, open: char, close: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        if !inside && c == open {
            inside = true;
            out.push(' ');
        } else if inside && c == close {
            inside = false;
            out.push(' ');
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// The English words of one output line, outside ids (`[IA012]`, `IA012`), symbolic paths
/// (`measures[M3]`), file paths, backticked keys and values and quoted plan values.
fn english_words(line: &str, exempt: &Exempt) -> Vec<String> {
    let mut rest = line.to_owned();
    for text in &exempt.texts {
        rest = rest.replace(text.as_str(), " ");
    }
    rest = blank_spans(&rest, '`', '`');
    rest = blank_spans(&rest, '[', ']');
    rest = blank_spans(&rest, '"', '"');
    // Plan values in single quotes ('Kielikahvila'); an apostrophe inside a word is not one.
    let mut unquoted = String::new();
    let mut inside = false;
    let chars: Vec<char> = rest.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let opens = c == '\'' && !before.is_some_and(char::is_alphanumeric);
        let closes = c == '\'' && !after.is_some_and(char::is_alphanumeric);
        if !inside && opens {
            inside = true;
        } else if inside && closes {
            inside = false;
        } else if !inside {
            unquoted.push(c);
        }
    }
    unquoted
        .split_whitespace()
        .filter(|token| !token.contains(['/', '\\', '_', '=']) && !is_kebab_id(token))
        .flat_map(|token| {
            token
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .filter(|w| ENGLISH.contains(&w.as_str()) && !exempt.words.contains(w))
        .collect()
}

/// A plan id or a rule's stable name (`multicultural-council`, `programme-component-missing`),
/// English by design like the rule ids.
fn is_kebab_id(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    token.contains('-')
        && token.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Every line of `output` with English words, as `line → words`.
fn english_lines(output: &str, exempt: &Exempt) -> Vec<String> {
    output
        .lines()
        .filter_map(|line| {
            let words = english_words(line, exempt);
            (!words.is_empty()).then(|| format!("{line}\n      English: {}", words.join(", ")))
        })
        .collect()
}

fn assert_no_english(what: &str, output: &str, exempt: &Exempt) {
    let lines = english_lines(output, exempt);
    assert!(
        lines.is_empty(),
        "{what}: {} lines hold English:\n{}",
        lines.len(),
        lines.join("\n")
    );
}

#[test]
fn the_scan_finds_english_and_spares_ids_paths_keys_and_plan_values() {
    let none = Exempt {
        texts: english_by_convention(Lang::Fi),
        words: BTreeSet::new(),
    };
    let english = "  error[IA012] examples/incomplete/measures.yaml:21:5: measure M3 'Kielikahvila' has no responsible party";
    assert!(english_words(english, &none).contains(&"measure".to_owned()));
    assert!(
        english_words("    help: Add `responsible:` with the id", &none)
            .contains(&"help".to_owned())
    );
    let finnish = "  virhe[IA012] examples/incomplete/measures.yaml:21:5: toimenpide M3 'Kielikahvila': vastuutaho puuttuu";
    assert_eq!(english_words(finnish, &none), Vec::<String>::new());
    assert_eq!(
        english_words("IA002 programme-component-missing", &none),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words(
            "    korjaus: Lisää `responsible: the-actor` ja 'The Café' IA012",
            &none
        ),
        Vec::<String>::new()
    );
}

/// (a) `check examples/incomplete` in Finnish and Swedish: the same exit code as English,
/// and no English in the text.
#[test]
fn check_in_finnish_and_swedish_holds_no_english() {
    let args = ["check", "examples/incomplete", "--as-of", "2026-11-23"];
    stdout(goodrel("en_GB.UTF-8").args(args).args(["--lang", "en"]), 1);
    let mut problems = Vec::new();
    for (lang, code) in [(Lang::Fi, "fi"), (Lang::Sv, "sv")] {
        let exempt = Exempt::new(lang, "examples/incomplete");
        let out = stdout(goodrel("en_GB.UTF-8").args(args).args(["--lang", code]), 1);
        let lines = english_lines(&out, &exempt);
        if !lines.is_empty() {
            problems.push(format!(
                "--lang {lang}: {} lines hold English:\n{}",
                lines.len(),
                lines.join("\n")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The JSON value with every human-text field blanked.
fn without_texts(mut v: Value) -> Value {
    const TEXTS: &[&str] = &[
        "message",
        "hint",
        "help",
        "sources",
        "source_texts",
        "text",
        "title",
        "summary_text",
        "description",
        "note",
        "reason",
        "label",
    ];
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if TEXTS.contains(&key.as_str()) {
                        *value = Value::Null;
                    } else {
                        walk(value);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    v
}

/// (b) `--format json` in Finnish equals English but for the human texts.
/// `check examples/incomplete` as of 23 November 2026 in a format and a language.
fn check_incomplete(lang: &str, format: &str) -> String {
    stdout(
        goodrel("en_GB.UTF-8").args([
            "check",
            "examples/incomplete",
            "--as-of",
            "2026-11-23",
            "--format",
            format,
            "--lang",
            lang,
        ]),
        1,
    )
}

#[test]
fn json_in_finnish_differs_from_english_only_in_its_texts() {
    let json = |lang: &str| -> Value {
        serde_json::from_str(&check_incomplete(lang, "json")).expect("JSON")
    };
    let (en, fi) = (json("en"), json("fi"));
    assert_ne!(en, fi, "the Finnish texts differ from the English ones");
    assert_eq!(without_texts(en), without_texts(fi));
}

/// (c) With `LANG=sv_FI.UTF-8` and neither `LC_ALL` nor `LC_MESSAGES`, the pyramid is Swedish.
#[test]
fn the_locale_makes_the_pyramid_swedish() {
    let mut cmd = Command::cargo_bin("goodrel").expect("binary");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_FI.UTF-8")
        .args(["pyramid", "examples/small-town", "--gaps"]);
    let out = stdout(&mut cmd, 0);
    assert!(!out.trim().is_empty());
    assert_no_english(
        "LANG=sv_FI.UTF-8 goodrel pyramid examples/small-town --gaps",
        &out,
        &Exempt::new(Lang::Sv, "examples/small-town"),
    );
}

/// (d) `explain IA002 --lang fi` is Finnish and cites the Act by its Finnish name.
#[test]
fn explain_in_finnish_cites_the_act_in_finnish() {
    let out = stdout(
        goodrel("en_GB.UTF-8").args(["explain", "IA002", "--lang", "fi"]),
        0,
    );
    assert!(
        out.contains("laki kotoutumisen edistämisestä 681/2023, 13 §"),
        "{out}"
    );
    let exempt = Exempt {
        texts: english_by_convention(Lang::Fi),
        words: BTreeSet::new(),
    };
    assert_no_english("goodrel explain IA002 --lang fi", &out, &exempt);
}

/// Which language a `check` text report is in, by its result line.
fn language_of(report: &str) -> Option<Lang> {
    Lang::ALL
        .into_iter()
        .find(|lang| report.contains(&text(*lang, "result-errors")))
}

/// (e) `--lang` beats goodrel.toml's `lang`, which beats the locale, which beats the plan's
/// official language (examples/incomplete says `official_languages: [fi]`).
#[test]
fn the_language_order_is_flag_config_locale_plan() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("plan");
    std::fs::create_dir(&dir).expect("mkdir");
    common::copy_plan(Path::new("examples/incomplete"), &dir);
    let run = |locale: &str, flag: Option<&str>| -> Option<Lang> {
        let mut cmd = goodrel(locale);
        cmd.args(["check", "--as-of", "2026-11-23"]).arg(&dir);
        if let Some(lang) = flag {
            cmd.args(["--lang", lang]);
        }
        language_of(&stdout(&mut cmd, 1))
    };
    // No flag, no configuration, a locale without a language: the plan's language.
    assert_eq!(
        run("C", None),
        Some(Lang::Fi),
        "the plan's official language"
    );
    // The locale beats the plan.
    assert_eq!(run("sv_FI.UTF-8", None), Some(Lang::Sv), "the locale");
    assert_eq!(run("en_GB.UTF-8", None), Some(Lang::En), "the locale");
    // The configuration beats the locale.
    std::fs::write(dir.join("goodrel.toml"), "lang = \"en\"\n").expect("config");
    assert_eq!(run("sv_FI.UTF-8", None), Some(Lang::En), "goodrel.toml");
    // The flag beats the configuration.
    assert_eq!(run("sv_FI.UTF-8", Some("sv")), Some(Lang::Sv), "--lang");
    assert_eq!(run("C", Some("fi")), Some(Lang::Fi), "--lang");
}

/// Dates in people's form (issue 26): Finnish and Swedish output writes the day the Finnish
/// way, 15.9.2022, where English and the fields of JSON keep ISO.
#[test]
fn finnish_and_swedish_write_dates_day_first_and_json_fields_stay_iso() {
    let run = check_incomplete;
    for lang in ["fi", "sv"] {
        let text = run(lang, "text");
        assert!(text.contains("(15.9.2022)"), "{lang}: {text}");
        assert!(!text.contains("2022-09-15"), "{lang}: {text}");
    }
    assert!(run("en", "text").contains("(2022-09-15)"));
    let json: Value = serde_json::from_str(&run("fi", "json")).expect("JSON");
    assert_eq!(json["as_of"], "2026-11-23", "{}", json["as_of"]);
}

/// No ISO date in any Finnish or Swedish text view of the examples: the checklist's evidence
/// and reasons, the governance trace and the pyramid write dates as people do too (only plan
/// text the plan itself wrote could hold one, and the examples' text holds none). Code to
/// type (between backticks, such as a hint's `period: {start: 2026-01-01, …}`) stays ISO.
#[test]
fn no_view_in_finnish_or_swedish_writes_an_iso_date() {
    let iso = |line: &str| {
        let prose: String = line.split('`').step_by(2).collect();
        prose.as_bytes().windows(10).any(|w| {
            w.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
        })
    };
    for plan in [
        "examples/incomplete",
        "examples/city",
        "examples/small-town",
    ] {
        for lang in ["fi", "sv"] {
            for view in [
                &["check"][..],
                &["checklist"],
                &["governance", "--trace"],
                &["pyramid", "--gaps"],
            ] {
                let out = goodrel("C")
                    .args(view)
                    .args([plan, "--lang", lang, "--as-of", "2026-12-06"])
                    .output()
                    .expect("runs");
                let text = String::from_utf8_lossy(&out.stdout);
                let lines: Vec<&str> = text.lines().filter(|l| iso(l)).collect();
                assert!(lines.is_empty(), "{plan} {view:?} {lang}: {lines:#?}");
            }
        }
    }
}
