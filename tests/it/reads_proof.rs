//! `Rule::reads` says what each check reads, and holding back rests on it: a finding that
//! rests on a value written but unreadable is held back only when its rule declares that
//! field. This proves the lists right by corrupting, one at a time, every field written in
//! the rule fixtures and the examples (replacing its value with one no field accepts) and
//! watching which findings move:
//!
//! - a content finding that appears, or one that goes without being held back because of
//!   that very value, means a rule reads the field without declaring it (or rests on an item
//!   it does not say);
//! - a declared field whose corruption never moves its rule's findings (reported or held
//!   back) anywhere is declared without being read.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use goodrel::load::node::{Node, NodeValue};
use goodrel::model::date::Date;
use goodrel::{CheckOptions, PlanReport, check_dir};

/// A value no field of the format accepts: a list holding a map.
const CORRUPT: &str = "[{zz: 1}]";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn options(as_of: &str) -> CheckOptions {
    CheckOptions {
        as_of: Date::parse(as_of).unwrap(),
        as_of_explicit: true,
        jobs: 1,
        ..CheckOptions::default()
    }
}

/// A content finding as compared: rule, file, line, path.
type Key = (&'static str, String, usize, String);

fn key(f: &goodrel::finding::Finding) -> Key {
    let (file, line, path) = f
        .location
        .as_ref()
        .map_or((String::new(), 0, String::new()), |l| {
            (l.file.clone(), l.span.start.line, l.path.clone())
        });
    (f.rule.id, file, line, path)
}

fn content(report: &PlanReport) -> BTreeSet<Key> {
    report
        .findings
        .iter()
        .filter(|f| !f.rule.id.starts_with("PLAN"))
        .map(key)
        .collect()
}

/// Per rule, what it said (reported or held back) as (path, message), and the verdicts of
/// the duty it serves with their evidence and reasons: to see it move.
fn said(report: &PlanReport) -> BTreeMap<&'static str, BTreeSet<(String, String)>> {
    let mut out: BTreeMap<&'static str, BTreeSet<(String, String)>> = BTreeMap::new();
    for e in &report.duties.list {
        let shown = match &e.verdict {
            goodrel::duty::Verdict::Met(evidence) => evidence
                .iter()
                .map(|x| format!("{} {}", x.location.path, x.label()))
                .collect::<Vec<_>>()
                .join("; "),
            goodrel::duty::Verdict::Gap(findings) => findings
                .iter()
                .map(|f| f.rule)
                .collect::<Vec<_>>()
                .join(" "),
            goodrel::duty::Verdict::NotJudged(why) => why
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        };
        for rule in goodrel::checklist::rules_of(e.duty) {
            out.entry(rule.id)
                .or_default()
                .insert((e.id(), format!("{} {shown}", e.verdict.key())));
        }
    }
    let all = report
        .findings
        .iter()
        .chain(report.held_back.iter().filter_map(|h| h.finding.as_ref()));
    for f in all {
        let path = f
            .location
            .as_ref()
            .map_or(String::new(), |l| l.path.clone());
        out.entry(f.rule.id)
            .or_default()
            .insert((path, f.message.to_string()));
    }
    out
}

/// One field of one item: where its value is and how to name it.
struct Field {
    line: usize,
    /// The line of its key (where a value below its key is located from).
    key_line: usize,
    /// Byte offsets of the value in the file's text, end exclusive.
    start: usize,
    end: usize,
    /// `measures.responsible`.
    read: String,
}

/// The byte offset of a 1-based line and char column.
fn offset(text: &str, line: usize, col: usize) -> Option<usize> {
    let mut at = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let in_line: usize = l
                .chars()
                .take(col.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            return Some(at + in_line);
        }
        at += l.len();
    }
    (line == text.split_inclusive('\n').count() + 1 && col == 1).then_some(text.len())
}

/// The fields of the items of one YAML file.
fn fields(file: &Path) -> Vec<Field> {
    let display = file.display().to_string();
    let Ok(source) = goodrel::load::load_file(file, display, &goodrel::load::Limits::default())
    else {
        return Vec::new();
    };
    let Some(root) = &source.root else {
        return Vec::new();
    };
    let text = source.text.as_str();
    let mut out = Vec::new();
    let NodeValue::Map(sections) = &root.value else {
        return out;
    };
    for (section, node) in sections {
        let items: Vec<&Node> = match &node.value {
            NodeValue::Seq(items) => items.iter().collect(),
            NodeValue::Map(_) if section.name == "municipality" => vec![node],
            _ => continue,
        };
        for item in items {
            let NodeValue::Map(entries) = &item.value else {
                continue;
            };
            for (k, v) in entries {
                if k.name == "id" || matches!(v.value, NodeValue::Null) {
                    continue;
                }
                let (Some(start), Some(end)) = (
                    offset(text, v.span.start.line, v.span.start.col),
                    offset(text, v.span.end.line, v.span.end.col),
                ) else {
                    continue;
                };
                if start >= end || end > text.len() {
                    continue;
                }
                out.push(Field {
                    line: v.span.start.line,
                    key_line: k.span.start.line,
                    start,
                    end,
                    read: format!("{}.{}", section.name, k.name),
                });
            }
        }
    }
    out
}

/// The text with one value replaced by [`CORRUPT`]; a value that ran over several lines
/// leaves as many line breaks, so that every other line keeps its number.
fn corrupted(text: &str, f: &Field) -> String {
    let (before, rest) = text.split_at(f.start);
    let (written, after) = rest.split_at(f.end - f.start);
    let breaks = "\n".repeat(written.matches('\n').count());
    format!("{before}{CORRUPT}{breaks}{after}")
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
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

/// The plans to corrupt: every YAML rule fixture and the examples, each with its date.
fn plans() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let fixtures = root().join("tests/fixtures/rules");
    let mut rules: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    rules.sort();
    for dir in rules {
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        cases.sort();
        for case in cases {
            let main = if case.is_dir() {
                case.join("plan.yaml")
            } else {
                case.clone()
            };
            let as_of = std::fs::read_to_string(&main)
                .ok()
                .and_then(|t| {
                    t.lines()
                        .filter_map(|l| l.trim().strip_prefix('#'))
                        .find_map(|l| l.trim().strip_prefix("as-of:").map(|d| d.trim().to_owned()))
                })
                .unwrap_or_else(|| "2026-11-23".to_owned());
            out.push((case, as_of));
        }
    }
    for example in [
        "city",
        "incomplete",
        "small-town",
        "oulu-like",
        "bilingual-town",
    ] {
        out.push((
            root().join("examples").join(example),
            "2026-06-01".to_owned(),
        ));
    }
    out
}

/// Fields a rule's check reads (see its code) that no fixture or example makes matter yet:
/// corrupting them there moves nothing. Each wants a fixture; the test fails when one is
/// shown, so that the list only shrinks.
const NOT_YET_SHOWN: &[(&str, &str)] = &[
    // A service's kind (interpreting, reception) takes it out of the programme.
    ("IA007", "services.kind"),
    // Which measures were carried out in a report's period.
    ("IA022", "measures.timetable"),
    // The sectors of a cooperation group's municipal members.
    ("MLG003", "actors.sector"),
    // Funding that covers participation.
    ("MLG007", "measures.funding"),
    // Co-creation: a measure's forms of participation and who takes part.
    ("MLG014", "measures.responsible"),
    ("MLG014", "measures.kind"),
    ("MLG014", "structures.convener"),
    // Fields real programmes need (issue 26), each shown read by its rule in tests/it/words.rs,
    // but no fixture or example has a finding that rests on them alone: partners described
    // without an id (MLG014 also counts the plan's actors), meetings as a number a year (a
    // group meeting often enough).
    ("MLG014", "measures.described_partners"),
    ("MLG020", "structures.meetings_per_year"),
    // The ESIS items' language against the official languages.
    ("PAR032", "municipality.official_languages"),
];

/// How many fields of one name in one file of an example are corrupted (the first ones).
const PER_FIELD_AND_FILE: usize = 1;

#[test]
fn every_field_a_check_reads_is_declared_and_every_declared_field_is_read() {
    let work = tempfile::tempdir().unwrap();
    let mut problems: Vec<String> = Vec::new();
    let mut moved: BTreeSet<(&'static str, String)> = BTreeSet::new();
    let mut corrupted_reads: BTreeSet<String> = BTreeSet::new();
    for (n, (plan, as_of)) in plans().into_iter().enumerate() {
        let copy = work.path().join(n.to_string());
        let target = if plan.is_dir() {
            crate::common::copy_plan(&plan, &copy);
            copy.clone()
        } else {
            std::fs::create_dir_all(&copy).unwrap();
            let file = copy.join(plan.file_name().unwrap());
            std::fs::copy(&plan, &file).unwrap();
            file
        };
        let Ok(original) = check_dir(&target, &options(&as_of)) else {
            continue;
        };
        if !original.content_checked() {
            continue;
        }
        let before = content(&original);
        let said_before = said(&original);
        let mut files = Vec::new();
        yaml_files(&target, &mut files);
        for file in files {
            let pristine = std::fs::read_to_string(&file).unwrap();
            let mut per_field: BTreeMap<String, usize> = BTreeMap::new();
            for field in fields(&file) {
                let count = per_field.entry(field.read.clone()).or_default();
                *count += 1;
                if plan.starts_with(root().join("examples")) && *count > PER_FIELD_AND_FILE {
                    continue;
                }
                std::fs::write(&file, corrupted(&pristine, &field)).unwrap();
                let report = check_dir(&target, &options(&as_of));
                std::fs::write(&file, &pristine).unwrap();
                let Ok(report) = report else { continue };
                // Not corrupted after all (a block scalar that took the text as its own).
                let rejected = report.findings.iter().any(|f| {
                    f.rule.id.starts_with("PLAN")
                        && !original.findings.iter().any(|o| key(o) == key(f))
                });
                if !report.content_checked() || !rejected {
                    continue;
                }
                corrupted_reads.insert(field.read.clone());
                let at = format!(
                    "{}:{} `{}`",
                    plan.strip_prefix(root()).unwrap_or(&plan).display(),
                    field.line,
                    field.read
                );
                let after = content(&report);
                for new in after.difference(&before) {
                    problems.push(format!("{at}: {} appears at {} ({})", new.0, new.3, new.2));
                }
                for gone in before.difference(&after) {
                    let held = report.held_back.iter().any(|h| {
                        h.rule.id == gone.0
                            && (field.key_line..=field.line).contains(&h.because.span.start.line)
                    });
                    if !held {
                        problems.push(format!(
                            "{at}: {} at {} ({}) is gone, not held back",
                            gone.0, gone.3, gone.2
                        ));
                    }
                }
                let said_after = said(&report);
                for rule in goodrel::rules::all() {
                    if said_before.get(rule.id) != said_after.get(rule.id) {
                        moved.insert((rule.id, field.read.clone()));
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    // Declared fields that nothing corrupted ever moved: read by no check (or by none the
    // fixtures exercise, which a fixture should then show). A rule resting on a shared
    // analysis declares what the analysis reads (`rules::derived`), as a whole.
    let shared = [
        goodrel::rules::PYRAMID_READS,
        goodrel::rules::TRACE_READS,
        goodrel::rules::STRUCTURE_QUALITY_READS,
        goodrel::rules::CYCLE_READS,
    ];
    let mut unread: Vec<String> = Vec::new();
    let mut still_unshown: Vec<(&str, &str)> = NOT_YET_SHOWN.to_vec();
    for rule in goodrel::rules::all() {
        let inherited = |read: &str| {
            shared
                .iter()
                .any(|s| s.iter().all(|x| rule.reads.contains(x)) && s.contains(&read))
        };
        for read in rule
            .reads
            .iter()
            .filter(|r| r.contains('.') && !inherited(r))
        {
            let shown = moved.contains(&(rule.id, (*read).to_owned()));
            let listed = NOT_YET_SHOWN.contains(&(rule.id, *read));
            if listed {
                if shown || !corrupted_reads.contains(*read) {
                    unread.push(format!(
                        "{} `{read}` is shown now: take it off NOT_YET_SHOWN",
                        rule.id
                    ));
                }
                still_unshown.retain(|p| *p != (rule.id, *read));
            } else if !shown {
                unread.push(format!("{} declares `{read}`", rule.id));
            }
        }
    }
    for (id, read) in still_unshown {
        unread.push(format!("{id} `{read}` on NOT_YET_SHOWN is not declared"));
    }
    assert!(
        problems.is_empty() && unread.is_empty(),
        "undeclared:\n{}\n\nnever moved:\n{}",
        problems.join("\n"),
        unread.join("\n")
    );
}
