//! `cargo bench`: how long checking takes for one plan and for many plans at once, and the
//! peak memory. Copies the bundled complete example N times into a scratch directory and
//! times `check_dir` on each copy; the time per plan should stay flat as N grows (linear
//! scaling) and stay in the low milliseconds.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::time::Instant;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/city");
    let scratch = std::env::temp_dir().join(format!("goodrel-bench-{}", std::process::id()));
    let options = goodrel::CheckOptions::default();
    println!("plans  total ms  ms/plan  findings");
    for n in [1usize, 10, 100, 300] {
        let dirs: Vec<PathBuf> = (0..n)
            .map(|i| scratch.join(format!("n{n}/plan{i}")))
            .collect();
        for d in &dirs {
            copy_dir(&example, d);
        }
        // One warm-up pass so file-system caches do not dominate the first run.
        let _ = goodrel::check_dir(&dirs[0], &options);
        let start = Instant::now();
        let mut findings = 0;
        for d in &dirs {
            findings += goodrel::check_dir(d, &options).unwrap().findings.len();
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!("{n:>5}  {ms:>8.1}  {:>7.2}  {findings}", ms / n as f64);
    }
    if let Some(kib) = peak_rss_kib() {
        println!("peak memory: {} MiB", kib / 1024);
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
