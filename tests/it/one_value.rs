//! A wrong value costs only itself. Each example is edited one value at a time, a word of
//! a choice (`kind: ngo`, `target_groups: [children, …]`) turned into a word goodrel does
//! not know; for every edit the check must give exactly one new finding (PLAN004 at that
//! line), skip no rule, and report every finding of the unedited plan again or list it as
//! held back until that value is fixed.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use goodrel::model::date::Date;
use goodrel::{CheckOptions, PlanReport, check_dir};

/// A word no choice of the format accepts, nor any Finnish or Swedish spelling.
const UNKNOWN: &str = "zzunheardof";

/// How many edits of one field name in one file are made (the first ones); enough to meet
/// every kind of item without checking the same field 50 times.
const PER_FIELD_AND_FILE: usize = 2;

fn options() -> CheckOptions {
    CheckOptions {
        as_of: Date::parse("2026-06-01").unwrap(),
        as_of_explicit: true,
        jobs: 1,
        ..CheckOptions::default()
    }
}

/// A finding as the property compares it: rule, file, line, symbolic path.
type Key = (String, String, usize, String);

fn keys(report: &PlanReport) -> BTreeSet<Key> {
    report
        .findings
        .iter()
        .map(|f| {
            let (file, line, path) = f
                .location
                .as_ref()
                .map_or((String::new(), 0, String::new()), |l| {
                    (l.file.clone(), l.span.start.line, l.path.clone())
                });
            (f.rule.id.to_owned(), file, line, path)
        })
        .collect()
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
    out.sort();
}

/// One edit: the file, its line (1-based), and the text with that line's first word value
/// replaced.
struct Edit {
    file: PathBuf,
    line: usize,
    field: String,
    text: String,
}

/// The candidate edits of a file: each `key: word` and the first word of each
/// `key: [word, …]`, where the word is written in snake_case (as choices are).
fn edits(file: &Path) -> Vec<Edit> {
    let text = std::fs::read_to_string(file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut per_field: Vec<(String, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start().trim_start_matches("- ");
        let Some((key, value)) = trimmed.split_once(": ") else {
            continue;
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            continue;
        }
        let value = value.trim();
        let (word, list) = match value.strip_prefix('[') {
            Some(rest) => (rest.split([',', ']']).next().unwrap_or("").trim(), true),
            None => (value, false),
        };
        let is_word = !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || "äöå".contains(c));
        if !is_word || key == "id" {
            continue;
        }
        let count = match per_field.iter_mut().find(|(k, _)| k == key) {
            Some((_, n)) => n,
            None => {
                per_field.push((key.to_owned(), 0));
                &mut per_field.last_mut().unwrap().1
            }
        };
        if *count >= PER_FIELD_AND_FILE {
            continue;
        }
        *count += 1;
        let edited_line = if list {
            line.replacen(&format!("[{word}"), &format!("[{UNKNOWN}"), 1)
        } else {
            line.replacen(&format!(": {word}"), &format!(": {UNKNOWN}"), 1)
        };
        let mut new_lines: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
        new_lines[i] = edited_line;
        let mut new_text = new_lines.join("\n");
        new_text.push('\n');
        out.push(Edit {
            file: file.to_path_buf(),
            line: i + 1,
            field: key.to_owned(),
            text: new_text,
        });
    }
    out
}

/// Runs the property over one example; returns how many choice edits it checked.
fn property(example: &str) -> usize {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(example);
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join(example);
    crate::common::copy_plan(&source, &plan);
    let original = check_dir(&plan, &options()).unwrap();
    assert!(original.skipped.is_empty() && original.held_back.is_empty());
    let before = keys(&original);
    let mut files = Vec::new();
    yaml_files(&plan, &mut files);
    let mut checked = 0;
    let mut problems: Vec<String> = Vec::new();
    for file in files {
        let pristine = std::fs::read_to_string(&file).unwrap();
        for edit in edits(&file) {
            std::fs::write(&edit.file, &edit.text).unwrap();
            let report = check_dir(&plan, &options()).unwrap();
            std::fs::write(&edit.file, &pristine).unwrap();
            let after = keys(&report);
            let new: Vec<&Key> = after.difference(&before).collect();
            let at = format!(
                "{}:{} ({})",
                edit.file.strip_prefix(dir.path()).unwrap().display(),
                edit.line,
                edit.field
            );
            let is_choice = new.iter().any(|k| k.0 == "PLAN004" && k.2 == edit.line);
            if !is_choice {
                continue; // not a choice: the word was some other text
            }
            checked += 1;
            if new.len() != 1 {
                problems.push(format!("{at}: new findings {new:?}"));
            }
            if !report.skipped.is_empty() {
                let skipped: Vec<&str> = report.skipped.iter().map(|s| s.rule.id).collect();
                problems.push(format!("{at}: rules skipped {skipped:?}"));
            }
            for gone in before.difference(&after) {
                // Held back with this value as its cause: as a finding (at its place, or
                // at the place the wrong value moved it to), or as the judgement of a rule
                // that reads the value and waits for it.
                let held = report
                    .held_back
                    .iter()
                    .any(|h| h.rule.id == gone.0 && h.because.span.start.line == edit.line);
                if !held {
                    problems.push(format!("{at}: {gone:?} neither reported nor held back"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{example}:\n{}", problems.join("\n"));
    eprintln!("examples/{example}: {checked} choice edits, each one PLAN004 and nothing lost");
    checked
}

#[test]
fn one_wrong_choice_in_the_city_costs_only_itself() {
    let checked = property("city");
    assert!(
        checked >= 30,
        "only {checked} choice edits of examples/city"
    );
}

#[test]
fn one_wrong_choice_in_the_other_examples_costs_only_itself() {
    for example in ["small-town", "oulu-like", "incomplete"] {
        let checked = property(example);
        assert!(
            checked >= 10,
            "only {checked} choice edits of examples/{example}"
        );
    }
}
