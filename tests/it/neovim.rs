//! `goodrel lsp` under Neovim's own LSP client, headless (tests/data/neovim/session.lua): the
//! acceptance steps as an editor runs them. Skipped when Neovim is not installed, except in
//! CI (`CI` set), where `.ci/run` installs it.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use assert_cmd::cargo::cargo_bin;

#[test]
fn neovim_shows_goodrel_findings_and_follows_ids() {
    if Command::new("nvim").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs this test: install neovim"
        );
        eprintln!("neovim test skipped: nvim is not installed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let plan = std::fs::canonicalize(tmp.path()).unwrap().join("plan");
    super::common::copy_plan(Path::new("examples/incomplete"), &plan);
    let out = tmp.path().join("seen.tsv");
    let script = std::fs::canonicalize("tests/data/neovim/session.lua").unwrap();
    let mut child = Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "--noplugin"])
        .arg("-c")
        .arg(format!("luafile {}", script.display()))
        .env("GOODREL_BIN", cargo_bin("goodrel"))
        .env("GOODREL_PLAN", &plan)
        .env("GOODREL_FILE", plan.join("measures.yaml"))
        .env("GOODREL_OUT", &out)
        .env("LC_ALL", "C")
        .env_remove("LANG")
        .env("HOME", tmp.path())
        .env("XDG_STATE_HOME", tmp.path())
        .current_dir(tmp.path())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "nvim did not finish: {}",
                std::fs::read_to_string(&out).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let seen = std::fs::read_to_string(&out).unwrap_or_default();
    let get = |key: &str| {
        seen.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}\t")))
            .unwrap_or("")
            .to_owned()
    };
    assert_eq!(get("error"), "", "{seen}");
    assert_eq!(get("attached"), "true", "IA012 on line 21: {seen}");
    assert!(get("message").contains("vastuutaho puuttuu"), "{seen}");
    assert!(get("hover").contains("`responsible`"), "{seen}");
    assert_eq!(get("fixed"), "true", "{seen}");
    let library_line = std::fs::read_to_string(plan.join("plan.yaml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("id: library"))
        .unwrap();
    assert_eq!(
        get("definition"),
        format!("file://{}:{library_line}", plan.join("plan.yaml").display()),
        "{seen}"
    );
    assert!(
        get("completion").split(' ').any(|l| l == "youth-services"),
        "{seen}"
    );
    assert_eq!(get("stopped"), "true", "{seen}");
}
