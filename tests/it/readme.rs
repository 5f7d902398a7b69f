//! README.md's sample output is what the command prints: every line of the sample block
//! (`$ goodrel …` and the lines after it) appears in the real output, in order; `...` alone
//! stands for lines left out, and a line ending in `...` for the rest of that line.

use std::path::Path;

use crate::common::goodrel;

#[test]
fn the_readme_sample_is_what_check_prints() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(repo.join("README.md")).expect("README.md");
    let block = readme
        .split("```text\n")
        .skip(1)
        .find(|b| b.starts_with("$ goodrel check "))
        .and_then(|b| b.split("\n```").next())
        .expect("a sample of `goodrel check` in README.md");
    let mut lines = block.lines();
    let command = lines.next().unwrap_or_default();
    let args: Vec<&str> = command
        .trim_start_matches("$ goodrel ")
        .split_whitespace()
        .collect();
    assert!(
        args.contains(&"--lang"),
        "the sample names its language: {command}"
    );
    // The locale must not choose: C.UTF-8 names no language.
    let out = goodrel()
        .current_dir(repo)
        .env("LC_ALL", "C.UTF-8")
        .env("NO_COLOR", "1")
        .args(&args)
        .output()
        .expect("runs");
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut rest: Vec<&str> = printed.lines().collect();
    let mut shown = 0;
    for line in lines {
        if line == "..." {
            continue;
        }
        let at = match line.strip_suffix("...") {
            Some(start) => rest.iter().position(|l| l.starts_with(start)),
            None => rest.iter().position(|l| *l == line),
        };
        let at = at.unwrap_or_else(|| {
            panic!("README line not printed (in this order): {line}\n--- printed:\n{printed}")
        });
        rest = rest.split_off(at + 1);
        shown += 1;
    }
    assert!(shown >= 8, "the sample shows {shown} lines");
}
