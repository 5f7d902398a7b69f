//! What a newcomer reads before running anything: each subcommand's `--help` and man page
//! say what its `--lang` does, its exit codes and where its documentation is; the shells
//! complete `--lang` with the languages, not file names.

use std::process::Command;

use crate::common;

/// Every subcommand of the CLI definition (without clap's `help`).
fn subcommands() -> Vec<String> {
    goodrel::cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect()
}

fn stdout(args: &[&str]) -> String {
    let out = common::goodrel().args(args).output().expect("runs");
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A subcommand's own `--lang` help, as the CLI definition has it.
fn lang_help(name: &str) -> String {
    let cmd = goodrel::cli::command();
    let sub = cmd.find_subcommand(name).expect("a subcommand");
    sub.get_arguments()
        .find(|a| a.get_id() == "lang")
        .and_then(|a| a.get_help())
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn every_subcommand_names_its_exit_codes_docs_and_own_lang() {
    let names = subcommands();
    assert!(names.len() >= 11, "{names:?}");
    let mut lang_texts = std::collections::BTreeMap::new();
    for name in &names {
        let help = stdout(&[name.as_str(), "--help"]);
        assert!(help.contains("Exit status:\n  0  "), "{name}:\n{help}");
        assert!(help.contains("\n  2  "), "{name}: exit 2 is named");
        assert!(help.contains("Documentation: "), "{name}:\n{help}");
        let lang = lang_help(name);
        assert!(lang.contains("fi, sv or en"), "{name}: {lang}");
        // The binary shows that text (wrapped: its first words at least).
        let start: String = lang.split(' ').take(4).collect::<Vec<_>>().join(" ");
        assert!(help.contains(&start), "{name}: {start:?} in\n{help}");
        lang_texts.insert(name.clone(), lang);
    }
    let top = stdout(&["--help"]);
    assert!(top.contains("Exit status:") && top.contains("Documentation: README.md"));
    assert!(stdout(&["check", "--help"]).contains("\n  1  findings at or above"));
    // Each says what the language is of there: rule texts are not judged by the plan's
    // language, a new plan has no plan yet, a report's language may come from the plan.
    assert!(lang_texts["rules"].contains("rule texts"), "{lang_texts:?}");
    assert!(lang_texts["explain"].contains("rule texts"));
    assert!(lang_texts["init"].contains("comments and example texts"));
    assert!(!lang_texts["init"].contains("official language"));
    assert!(lang_texts["report"].contains("official language"));
    assert_ne!(lang_texts["check"], lang_texts["init"]);
    assert!(stdout(&["report", "--help"]).contains("docs/report.md"));
    assert!(stdout(&["pyramid", "--help"]).contains("docs/pyramid.md"));
}

/// `--lang` given after the subcommand, with the subcommand's own definition of it, still
/// sets the language.
#[test]
fn lang_after_the_subcommand_still_counts() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let city = repo.join("examples/city");
    let city = city.to_str().expect("UTF-8");
    let sv = stdout(&["check", city, "--lang", "sv", "--quiet"]);
    assert!(sv.contains("inga fel"), "{sv}");
    let out = common::goodrel()
        .args(["explain", "IA012", "--lang", "finnish"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Mitä sääntö tarkistaa"));
    let bad = common::goodrel()
        .args(["rules", "--lang", "de"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not fi, sv or en"));
}

#[test]
fn man_pages_have_exit_status_and_see_also() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::goodrel()
        .args(["man", "--dir"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    let mut pages = 0;
    for page in std::fs::read_dir(dir.path()).expect("dir") {
        let path = page.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("page");
        pages += 1;
        for section in [".SH \"EXIT STATUS\"", ".SH \"SEE ALSO\"", "Documentation: "] {
            assert!(text.contains(section), "{}: {section}", path.display());
        }
        assert!(!text.contains(".SH EXTRA"), "{}", path.display());
    }
    assert_eq!(
        pages,
        subcommands().len() + 1,
        "one per subcommand, and the top"
    );
}

/// Bash, given the generated script, offers `fi sv en` after `--lang`, before and after a
/// subcommand.
#[test]
fn bash_completes_lang_with_the_languages() {
    let script = stdout(&["completions", "bash"]);
    let has_bash = Command::new("bash").arg("--version").output().is_ok();
    if !has_bash {
        eprintln!("note: bash is not installed; checking the script's text only");
        assert!(
            script.contains("--lang)\n                    COMPREPLY=($(compgen -W \"fi sv en\"")
        );
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("goodrel.bash");
    std::fs::write(&file, &script).expect("write");
    for words in [
        &["goodrel", "--lang", ""][..],
        &["goodrel", "check", "--lang", ""],
        &["goodrel", "init", "--lang", "s"],
    ] {
        let cword = words.len() - 1;
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let probe = format!(
            "source '{}'; COMP_WORDS=({}); COMP_CWORD={cword}; _goodrel goodrel '{}' '{}'; echo \"${{COMPREPLY[@]}}\"",
            file.display(),
            quoted.join(" "),
            words[cword],
            words[cword - 1],
        );
        let out = Command::new("bash")
            .args(["-c", &probe])
            .output()
            .expect("bash runs");
        let offered = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let expected = if words[cword] == "s" {
            "sv"
        } else {
            "fi sv en"
        };
        assert_eq!(
            offered,
            expected,
            "{words:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
