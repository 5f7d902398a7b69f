//! What the tests on the built binary share.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

/// The built binary, answering in English whatever the locale and the plan's official language
/// (the tests of the other languages ask for theirs with `--lang` or their own locale).
pub fn goodrel() -> Command {
    let mut cmd = Command::cargo_bin("goodrel").expect("the goodrel binary is built for tests");
    cmd.env("LC_ALL", "en_GB.UTF-8");
    // Views fit `COLUMNS` when it is set; tests see the default widths.
    cmd.env_remove("COLUMNS");
    cmd
}

/// [`goodrel`] run in `cwd` without colours or a step summary, stopped after `timeout`
/// seconds so that a hang fails the test instead of the suite.
#[allow(dead_code)] // not every test file runs in a directory of its own
pub fn goodrel_in(cwd: &Path, timeout: u64) -> Command {
    let mut cmd = goodrel();
    cmd.env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .current_dir(cwd)
        .timeout(Duration::from_secs(timeout));
    cmd
}

/// Runs [`goodrel_in`] with `args`: its exit code and standard output.
#[allow(dead_code)]
pub fn run_in(cwd: &Path, timeout: u64, args: &[&str]) -> (i32, String) {
    let out = goodrel_in(cwd, timeout)
        .args(args)
        .output()
        .expect("the goodrel binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Copies a plan directory, recursively, for a test that edits its files.
#[allow(dead_code)]
pub fn copy_plan(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy");
    for entry in std::fs::read_dir(from).expect("read the plan") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_plan(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy a file");
        }
    }
}

/// A tool on `PATH` (xmllint, mandoc, zizmor), when it is installed; in CI (`CI` set) its
/// absence fails the test, so that a check that did not run cannot pass as one that did.
#[allow(dead_code)]
pub fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{name} is required in CI (.ci/run installs it)"
        );
        eprintln!("note: {name} is not installed; skipping its check");
    }
    found
}

/// Runs git in `dir` as a test's own user (no system or user configuration, no signing,
/// `main` as the first branch); fails the test when git fails.
#[allow(dead_code)]
pub fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// (rule, severity, symbolic path) of every finding `goodrel check --as-of AS_OF --format json`
/// reports on `dir`.
#[allow(dead_code)]
pub fn check_findings(dir: &Path, as_of: &str) -> Vec<(String, String, String)> {
    let out = goodrel()
        .args(["check", "--as-of", as_of, "--format", "json"])
        .arg(dir)
        .output()
        .expect("the goodrel binary runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    json["plans"][0]["findings"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|f| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
            (s(&f["rule"]), s(&f["severity"]), s(&f["location"]["path"]))
        })
        .collect()
}
