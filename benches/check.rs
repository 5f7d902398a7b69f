//! `cargo bench`: how `check` compares with the least any YAML/TOML linter must do, and how
//! much memory it needs for many plans.
//!
//! 1. Copies the bundled complete example (examples/city) 309 times into a scratch folder.
//! 2. The floor: reads every plan file of those copies and parses it, discarding the result
//!    (saphyr-parser's events for YAML, `toml::from_str` for TOML), on 2 threads.
//! 3. `check` over all copies, on 2 threads: the built binary as a child process (what a user
//!    or CI runs, output to a file) and the library's `check_dirs` in this process.
//! 4. Prints both and the ratio check / floor (target on a 2-core machine: at most 2.5).
//! 5. Peak memory of the binary checking 1,000 copies, measured in the child process (so the
//!    bench's own copies do not count); target at most 150 MiB.
//!
//! Each timing is the median of several runs. `GOODREL_BENCH_RUNS` sets the number of runs
//! (default 5).

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The allocator the binary uses, so that the in-process figure is comparable.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const COPIES: usize = 309;
const MANY: usize = 1000;
const THREADS: usize = 2;

mod common;
use common::copy_dir;

fn plan_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            plan_files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "toml")
        ) {
            out.push(path);
        }
    }
}

/// The parse-only floor for one file: read it, parse it, throw the result away. Returns a
/// count so that the work cannot be optimised out.
fn parse_only(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    if path.extension().and_then(|e| e.to_str()) == Some("toml") {
        let table: toml::Table = toml::from_str(&text).unwrap();
        table.len()
    } else {
        saphyr_parser::Parser::new_from_str(&text)
            .map(|event| usize::from(event.is_ok()))
            .sum()
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm-up: file-system caches, page faults
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn goodrel(dirs: &[PathBuf], out: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goodrel"));
    cmd.args(["check", "--no-config", "--exit-zero", "--format", "json"])
        .args(["--as-of", "2026-11-23", "--jobs", &THREADS.to_string()])
        .args(dirs)
        .stdout(std::fs::File::create(out).unwrap());
    cmd
}

/// The child's peak resident memory in KiB: `/usr/bin/time -f %M` where it exists, else the
/// highest `VmHWM` read from /proc while the child runs (a slight underestimate).
fn peak_rss_kib(dirs: &[PathBuf], out: &Path) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if time.exists() {
        let report = out.with_extension("rss");
        let status = Command::new(time)
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(&report)
            .arg(env!("CARGO_BIN_EXE_goodrel"))
            .args(goodrel(dirs, out).get_args())
            .stdout(std::fs::File::create(out).unwrap())
            .status()
            .ok()?;
        if status.success() {
            return std::fs::read_to_string(&report).ok()?.trim().parse().ok();
        }
    }
    let mut child = goodrel(dirs, out).spawn().ok()?;
    let status = format!("/proc/{}/status", child.id());
    let mut peak = None;
    while child.try_wait().ok()?.is_none() {
        let hwm = std::fs::read_to_string(&status).ok().and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        });
        peak = peak.max(hwm);
        std::thread::sleep(Duration::from_millis(2));
    }
    peak
}

fn main() {
    let runs: usize = std::env::var("GOODREL_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5)
        .max(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/city");
    let scratch = std::env::temp_dir().join(format!("goodrel-bench-{}", std::process::id()));
    let dirs: Vec<PathBuf> = (0..MANY)
        .map(|i| scratch.join(format!("plan{i:04}")))
        .collect();
    for d in &dirs {
        copy_dir(&example, d);
    }
    let some = &dirs[..COPIES];
    let mut files = Vec::new();
    for d in some {
        plan_files(d, &mut files);
    }
    let out = scratch.join("out.json");
    println!(
        "{COPIES} copies of examples/city, {} plan files, {THREADS} threads, median of {runs} runs",
        files.len()
    );

    let floor = time(runs, || {
        let parsed: usize = goodrel::jobs::map(&files, THREADS, |f| parse_only(f))
            .into_iter()
            .sum();
        assert!(parsed > 0);
    });
    let binary = time(runs, || {
        assert!(goodrel(some, &out).status().unwrap().success());
    });
    let options = goodrel::CheckOptions {
        as_of: goodrel::model::date::Date::parse("2026-11-23").unwrap(),
        config: goodrel::config::ConfigSource::None,
        jobs: THREADS,
        ..goodrel::CheckOptions::default()
    };
    let library = time(runs, || {
        let reports = goodrel::check_dirs(some, &options);
        assert_eq!(reports.len(), COPIES);
    });
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "parse-only floor        {:>8.1} ms  ({:.2} ms/plan)",
        ms(floor),
        ms(floor) / COPIES as f64
    );
    println!(
        "check (binary, json)    {:>8.1} ms  ({:.2} ms/plan)  ratio {:.2}",
        ms(binary),
        ms(binary) / COPIES as f64,
        ms(binary) / ms(floor)
    );
    println!(
        "check (library)         {:>8.1} ms  ({:.2} ms/plan)  ratio {:.2}",
        ms(library),
        ms(library) / COPIES as f64,
        ms(library) / ms(floor)
    );
    match peak_rss_kib(&dirs, &out) {
        Some(kib) => println!(
            "peak memory, {MANY} copies  {:>6.1} MiB (the binary, measured in its own process)",
            kib as f64 / 1024.0
        ),
        None => println!("peak memory, {MANY} copies: could not be measured"),
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
