//! `cargo bench --bench hostile`: the hostile inputs of issue 9, each generated at its
//! worst legal size (8 MiB plan files, a 3 MB title), run through the built binary in every
//! mode and format. Each run should take well under 2 s; a slower one is printed with `SLOW`
//! and the bench exits non-zero. With GNU time at `/usr/bin/time` it also prints each run's peak
//! memory. These are timings, so they live here and not in `cargo test`
//! (where the mutation test checks the same inputs for correctness, not speed).
//!
//! `cargo bench --bench hostile -- NAME` runs only the cases whose name contains NAME.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The most a legal plan file may hold.
const MAX: usize = 8 * 1024 * 1024;

/// Every mode and format a plan can be shown in.
const MODES: &[&[&str]] = &[
    &["check"],
    &["check", "--quiet"],
    &["check", "--format", "json"],
    &["check", "--format", "sarif"],
    &["check", "--format", "github"],
    &["check", "--format", "junit"],
    &["check", "--format", "markdown"],
    &["check", "--format", "gitlab"],
    &["pyramid", "--gaps"],
    &["pyramid", "--format", "json"],
    &["governance", "--trace"],
    &["governance", "--trace", "--format", "json"],
    &["report", "-o", "-"],
];

const MUNICIPALITY: &str = "municipality:\n  name: Hostile\n";

/// Repeats `item(i)` up to `n` times or until the text would pass `MAX` bytes.
fn fill(head: &str, n: usize, item: impl Fn(usize) -> String) -> String {
    let mut out = head.to_owned();
    for i in 0..n {
        let next = item(i);
        if out.len() + next.len() > MAX - 1024 {
            break;
        }
        out.push_str(&next);
    }
    out
}

/// The hostile cases: a name and the plan files (path, bytes).
fn cases() -> Vec<(&'static str, Vec<(&'static str, String)>)> {
    let long = "word ".repeat(600_000); // 3 MB
    let long_title = vec![
        (
            "plan.yaml",
            format!(
                "municipality:\n  name: \"{long}\"\nactors:\n  - {{id: a, name: A, kind: ngo}}\n"
            ),
        ),
        (
            "measures.yaml",
            format!(
                "measures:\n  - id: M1\n    title: \"{long}\"\n    responsible: a\n    target_groups: [immigrants]\n"
            ),
        ),
        (
            "structures.yaml",
            format!(
                "structures:\n  - id: S1\n    name: \"{long}\"\n    kind: council\n    convener: a\n    meets: monthly\n"
            ),
        ),
        (
            "consultations.yaml",
            format!(
                "consultations:\n  - id: C1\n    title: \"{long}\"\n    date: 2025-01-01\n    method: survey\n    needs:\n      - {{id: N1, need: \"{long}\"}}\n"
            ),
        ),
    ];
    let long_id = format!(
        "{MUNICIPALITY}measures:\n  - id: \"{}\"\n    title: T\n    responsible: \"{}\"\n",
        "i".repeat(1_500_000),
        "r".repeat(1_500_000)
    );
    let long_enum = format!(
        "{MUNICIPALITY}measures:\n  - id: M1\n    title: T\n    sector: {}\n",
        "y".repeat(MAX - 200)
    );
    // Keys and their values both count against the 500,000-value limit.
    let unknown_keys = format!(
        "measures:\n  - id: M1\n    title: T\n{}",
        (0..245_000)
            .map(|i| format!("    k{i}: 1\n"))
            .collect::<String>()
    );
    let unknown_sections = (0..245_000).fold(String::new(), |mut s, i| {
        let _ = writeln!(s, "s{i}: 1");
        s
    });
    let toml_tables = fill("", 130_000, |i| {
        format!("[[measures]]\nid = \"M{i}\"\ntitle = \"Measure number {i}\"\n")
    });
    // 212,000 measures with an id and a title fill 8 MiB but pass the 500,000-value limit:
    // refused on the tokens, before a tree is built.
    let toml_measures = fill("", 250_000, |i| {
        format!("[[measures]]\nid = \"M{i}\"\ntitle = \"T\"\n")
    });
    // 645,000 empty tables, refused the same way.
    let toml_bare = fill("", 700_000, |_| "[[measures]]\n".to_owned());
    // The most measures a file may hold: 71,000 with an id and a title (7 values each), each
    // without a responsible, a sector, a target group or a level (findings folded per rule).
    let toml_measures_at_limit = fill("", 71_000, |i| {
        format!("[[measures]]\nid = \"M{i}\"\ntitle = \"T\"\n")
    });
    // 166,000 empty tables (3 values each): one format finding each (no `id`).
    let toml_bare_at_limit = fill("", 166_000, |_| "[[measures]]\n".to_owned());
    // The YAML spelling at the limit: 99,000 measures of 5 values each.
    let yaml_measures_at_limit = fill("measures:\n", 99_000, |i| {
        format!("  - {{id: M{i}, title: T}}\n")
    });
    // 40,000 items of 11 values each stay under the 500,000-value limit.
    let dangling = fill("measures:\n", 40_000, |i| {
        format!("  - {{id: M{i}, title: T, responsible: nobody{i}, objectives: [O{i}]}}\n")
    });
    let valid = fill(
        "actors:\n  - {id: a, name: A, kind: ngo}\nobjectives:\n  - {id: O1, area: good_relations, statement: S}\nmeasures:\n",
        40_000,
        |i| format!("  - {{id: M{i}, title: T, responsible: a, objectives: [O1]}}\n"),
    );
    let alias_bomb = {
        let mut s = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let _ = writeln!(
                s,
                "a{i}: &a{i} [{}]",
                vec![format!("*a{}", i - 1); 10].join(", ")
            );
        }
        s
    };
    let controls = fill(
        &format!("{MUNICIPALITY}actors:\n  - {{id: a, name: A, kind: ngo}}\nmeasures:\n"),
        60_000,
        |i| {
            format!(
                "  - {{id: \"M{i}\\e]0;x\\a\", title: \"t\\n::error::x\\e[2J\", responsible: a}}\n"
            )
        },
    );
    // Issue 22. 40,000 measures with a dangling reference each, and a configuration that
    // ignores 100,000 paths of that rule (1.9 MB): every finding was matched against every
    // ignore.
    let rule_ignores = format!(
        "[rules.PLAN006]\nignore = [\n{}]\n",
        (0..100_000)
            .map(|i| format!("  \"measures[M{i}].responsible\",\n"))
            .collect::<String>()
    );
    // A configuration at its size limit, all on one line (TOML columns were counted from the
    // line's start for each value: quadratic): past the 200,000-value limit, refused unparsed.
    let config_one_line = fill("[rules.PLAN006]\nignore = [", 500_000, |i| {
        format!("\"measures[M{i}].responsible\",")
    }) + "]\n";
    // Just under the value limit: 199,000 top-level ignore patterns with wildcards (each a
    // regular expression; past 1,000 they are not used) and as many plain paths (a set).
    let file_globs = fill("ignore = [\n", 199_000, |i| {
        format!("  \"sub{i}/*.yaml\",\n")
    }) + "]\n";
    let file_paths = fill("ignore = [\n", 199_000, |i| {
        format!("  \"sub/{i}.yaml\",\n")
    }) + "]\n";
    // Lookalike ids: every measure's id and responsible mix Latin and Cyrillic letters, half
    // of them beside their Latin twin.
    let lookalikes = fill(
        &format!("{MUNICIPALITY}actors:\n  - {{id: a, name: A, kind: ngo}}\nmeasures:\n"),
        40_000,
        |i| {
            if i % 2 == 0 {
                format!("  - {{id: \"M{i}\", title: T, responsible: \"\u{0430}\"}}\n")
            } else {
                format!(
                    "  - {{id: \"\u{041c}{}\", title: \"t\u{200b}\", responsible: a}}\n",
                    i - 1
                )
            }
        },
    );
    // 59,049 distinct ids of one skeleton: every mix of Latin `o`, Cyrillic `о` and Greek `ο`
    // in ten letters.
    let one_skeleton = fill(&format!("{MUNICIPALITY}measures:\n"), 59_049, |i| {
        let id: String = (0..10)
            .scan(i, |n, _| {
                let c = ['o', '\u{43e}', '\u{3bf}'][*n % 3];
                *n /= 3;
                Some(c)
            })
            .collect();
        format!("  - {{id: \"{id}\", title: T}}\n")
    });
    // Workflow commands and bidi controls in every title, some put at the start of a line
    // by wrapping.
    let commands = fill(
        &format!("{MUNICIPALITY}actors:\n  - {{id: a, name: A, kind: ngo}}\nmeasures:\n"),
        60_000,
        |i| {
            format!(
                "  - {{id: M{i}, title: \"{} ::error::x ##[add-mask]y #\u{200b}#[error]z \u{202e}w\", responsible: a}}\n",
                "w".repeat(i % 90)
            )
        },
    );
    // The configuration's own cost, beside a one-line plan.
    let with_config = |config: String| {
        vec![
            ("plan.yaml", MUNICIPALITY.to_owned()),
            ("goodrel.toml", config),
        ]
    };
    vec![
        (
            "config-rule-ignores",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.yaml", dangling.clone()),
                ("goodrel.toml", rule_ignores),
            ],
        ),
        ("config-one-line", with_config(config_one_line)),
        ("config-file-globs", with_config(file_globs)),
        ("config-file-paths", with_config(file_paths)),
        ("lookalike-ids", vec![("plan.yaml", lookalikes)]),
        ("lookalike-one-skeleton", vec![("plan.yaml", one_skeleton)]),
        ("workflow-commands", vec![("plan.yaml", commands)]),
        ("long-title", long_title),
        ("long-id", vec![("plan.yaml", long_id)]),
        ("long-enum", vec![("plan.yaml", long_enum)]),
        (
            "unknown-keys",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.yaml", unknown_keys),
            ],
        ),
        (
            "unknown-sections",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.yaml", unknown_sections),
            ],
        ),
        (
            "toml-tables",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.toml", toml_tables),
            ],
        ),
        (
            "toml-measures",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.toml", toml_measures),
            ],
        ),
        (
            "toml-bare-tables",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.toml", toml_bare),
            ],
        ),
        (
            "toml-measures-at-limit",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.toml", toml_measures_at_limit),
            ],
        ),
        (
            "toml-bare-at-limit",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.toml", toml_bare_at_limit),
            ],
        ),
        (
            "yaml-measures-at-limit",
            vec![
                ("plan.yaml", MUNICIPALITY.to_owned()),
                ("m.yaml", yaml_measures_at_limit),
            ],
        ),
        (
            "dangling-refs",
            vec![("plan.yaml", MUNICIPALITY.to_owned()), ("m.yaml", dangling)],
        ),
        (
            "valid-refs",
            vec![("plan.yaml", MUNICIPALITY.to_owned()), ("m.yaml", valid)],
        ),
        ("alias-bomb", vec![("plan.yaml", alias_bomb)]),
        ("control-characters", vec![("plan.yaml", controls)]),
    ]
}

fn write_case(dir: &Path, files: &[(&str, String)]) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// A plan directory with links out of it: to `/`, to a procfs file that never ends, and one
/// that leads nowhere.
#[cfg(unix)]
fn links_case(dir: &Path) {
    write_case(dir, &[("plan.yaml", MUNICIPALITY.to_owned())]);
    let _ = std::os::unix::fs::symlink("/", dir.join("r"));
    let _ = std::os::unix::fs::symlink("/proc/self/pagemap", dir.join("p.yaml"));
    let _ = std::os::unix::fs::symlink("/nonexistent", dir.join("notes.txt"));
}

/// Runs one mode; with GNU time at `/usr/bin/time` (Linux), also the peak memory in MiB.
fn run(
    bin: &Path,
    mode: &[&str],
    dir: &Path,
    scratch: &Path,
) -> (Duration, Option<i32>, Option<u64>) {
    let gnu_time = Path::new("/usr/bin/time");
    let rss_file = scratch.join("rss");
    let mut cmd = if gnu_time.exists() {
        let mut c = Command::new(gnu_time);
        c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let start = Instant::now();
    let status = cmd
        .args(mode)
        .arg(dir)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    let took = start.elapsed();
    let rss = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|s| s.lines().last()?.trim().parse::<u64>().ok())
        .map(|kib| kib / 1024);
    let _ = std::fs::remove_file(&rss_file);
    (took, status.code(), rss)
}

fn main() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_goodrel"));
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let scratch = std::env::temp_dir().join(format!("goodrel-hostile-{}", std::process::id()));
    let mut dirs: Vec<(String, PathBuf)> = Vec::new();
    for (name, files) in cases() {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let dir = scratch.join(name);
        write_case(&dir, &files);
        dirs.push((name.to_owned(), dir));
    }
    #[cfg(unix)]
    if filter.as_deref().is_none_or(|f| "links".contains(f)) {
        let dir = scratch.join("links");
        links_case(&dir);
        dirs.push(("links".to_owned(), dir));
    }
    let mut slow = 0;
    println!(
        "{:<24} {:<40} {:>8} {:>8} exit",
        "case", "mode", "seconds", "MiB"
    );
    for (name, dir) in &dirs {
        for mode in MODES {
            let (took, code, rss) = run(&bin, mode, dir, &scratch);
            let flag = if took > Duration::from_secs(2) {
                slow += 1;
                "  SLOW"
            } else {
                ""
            };
            println!(
                "{name:<24} {:<40} {:>8.2} {:>8} {}{flag}",
                mode.join(" "),
                took.as_secs_f64(),
                rss.map_or_else(|| "-".to_owned(), |m| m.to_string()),
                code.map_or_else(|| "signal".to_owned(), |c| c.to_string())
            );
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if slow > 0 {
        println!("{slow} run(s) took more than 2 s");
        std::process::exit(1);
    }
}
