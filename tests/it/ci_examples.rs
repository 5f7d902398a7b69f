//! The example CI files under examples/ci, as a plan repository would copy them: the GitHub
//! workflow passes zizmor (pinned actions, no persisted credentials, least permissions).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common;

/// zizmor's findings (offline, its default persona) on one workflow file, as JSON values.
fn zizmor_findings(zizmor: &Path, workflow: &Path) -> Vec<Value> {
    let out = Command::new(zizmor)
        .args(["--offline", "--format", "json"])
        .arg(workflow)
        .output()
        .expect("zizmor runs");
    let findings: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "zizmor printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    findings.as_array().cloned().unwrap_or_default()
}

fn describe(findings: &[Value]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "{} ({}) at line {}",
                f["ident"],
                f["determinations"]["severity"],
                f["locations"][0]["concrete"]["location"]["start_point"]["row"]
                    .as_u64()
                    .map_or(0, |r| r + 1)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `zizmor --offline` finds nothing in the example workflow; the same file with one action
/// unpinned and a checkout keeping its credentials is flagged, so the check is not vacuous.
#[test]
fn the_example_workflow_is_clean_under_zizmor() {
    let Some(zizmor) = common::tool("zizmor") else {
        return;
    };
    let workflow = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ci/github-workflow.yml");
    let findings = zizmor_findings(&zizmor, &workflow);
    assert!(findings.is_empty(), "{}", describe(&findings));

    let text = std::fs::read_to_string(&workflow).expect("workflow");
    let pinned = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("- uses: actions/checkout@"))
        .expect("a checkout step")
        .to_owned();
    let keep_nothing = "\n        with:\n          persist-credentials: false";
    let cut = text
        .find(keep_nothing)
        .expect("a checkout without credentials");
    let after = cut + keep_nothing.len();
    let line_end = text[after..].find('\n').map_or(text.len(), |n| after + n);
    let broken = format!("{}{}", &text[..cut], &text[line_end..]).replacen(&pinned, "v5", 1);
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("goodrel.yml");
    std::fs::write(&copy, broken).expect("write");
    let findings = zizmor_findings(&zizmor, &copy);
    let idents: Vec<&str> = findings
        .iter()
        .filter_map(|f| f["ident"].as_str())
        .collect();
    assert!(
        idents.contains(&"unpinned-uses") && idents.contains(&"artipacked"),
        "{}",
        describe(&findings)
    );
}

/// The scripts of the example jobs that compare a change with the base branch, run as the
/// CI would run them in a clone whose `origin/main` is the plan before the change: the
/// comment is written (and, on GitHub, added to the job summary), and the last step fails
/// on the change's new error.
mod what_changed {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use goodrel::load::node::{Node, NodeValue};

    use crate::common;
    use crate::common::git;

    /// A clone of a repository holding examples/incomplete under `plan/`, with M3 given a
    /// responsible party and a measure without one added in its working tree.
    fn clone_with_change(tmp: &Path) -> PathBuf {
        let origin = tmp.join("origin");
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/incomplete");
        common::copy_plan(&example, &origin.join("plan"));
        git(&origin, &["init", "-q"]);
        git(&origin, &["add", "-A"]);
        git(&origin, &["commit", "-q", "-m", "the plan"]);
        git(tmp, &["clone", "-q", "origin", "work"]);
        let work = tmp.join("work");
        let measures = work.join("plan/measures.yaml");
        let text = std::fs::read_to_string(&measures).unwrap().replacen(
            "    title: Kielikahvila\n",
            "    title: Kielikahvila\n    responsible: library\n",
            1,
        ) + "  - {id: M9, title: Uusi toimenpide, objectives: [O1], sector: youth}\n";
        std::fs::write(&measures, text).unwrap();
        work
    }

    fn get<'a>(node: &'a Node, key: &str) -> &'a Node {
        node.get(key).unwrap_or_else(|| panic!("no `{key}`"))
    }

    fn text(node: &Node) -> String {
        match &node.value {
            NodeValue::Str(s) => s.clone(),
            other => panic!("not text: {other:?}"),
        }
    }

    fn yaml(name: &str) -> Node {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/ci")
            .join(name);
        let source = std::fs::read_to_string(path).unwrap();
        goodrel::load::yaml::parse(&source, &goodrel::load::Limits::default())
            .unwrap()
            .unwrap()
    }

    /// Runs a job's script with bash in `dir`, goodrel on `PATH`: exit code and output.
    fn bash(
        dir: &Path,
        script: &str,
        env: &[(&str, &Path)],
        vars: &[(&str, &str)],
    ) -> (i32, String) {
        let bin = assert_cmd::cargo::cargo_bin("goodrel");
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut cmd = Command::new("bash");
        cmd.args(["-e", "-c", script])
            .current_dir(dir)
            .env("PATH", path)
            .env("LC_ALL", "C")
            .env("HOME", dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("GITHUB_STEP_SUMMARY");
        for (k, v) in env {
            cmd.env(k, v);
        }
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("bash runs");
        (
            out.status.code().unwrap_or(-1),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        )
    }

    #[test]
    fn the_github_job_writes_the_comment_and_fails_on_the_new_error() {
        if common::tool("git").is_none() {
            return;
        }
        let workflow = yaml("github-workflow.yml");
        let job = get(get(&workflow, "jobs"), "what-changed");
        let NodeValue::Seq(steps) = &get(job, "steps").value else {
            panic!("steps")
        };
        let step = |name: &str| {
            steps
                .iter()
                .find(|s| s.get("name").is_some_and(|n| text(n) == name))
                .map(|s| text(get(s, "run")))
                .unwrap_or_else(|| panic!("a step `{name}`"))
        };
        let permissions = get(job, "permissions");
        assert_eq!(text(get(permissions, "pull-requests")), "write");
        let tmp = tempfile::tempdir().unwrap();
        let work = clone_with_change(tmp.path());
        let summary = tmp.path().join("summary.md");
        let vars = [("BASE_REF", "main"), ("PLAN_DIR", "plan")];
        let env = [("GITHUB_STEP_SUMMARY", summary.as_path())];
        let (code, out) = bash(
            &work,
            &step("Compare the plan with the base branch"),
            &env,
            &vars,
        );
        assert_eq!(code, 0, "{out}");
        let comment = std::fs::read_to_string(work.join("goodrel-diff.md")).unwrap();
        assert!(
            comment.contains("IA012") && comment.contains("M9"),
            "{comment}"
        );
        // The plan's own language, Finnish, with no language asked for.
        assert!(comment.contains("Muutos ei mene läpi"), "{comment}");
        assert_eq!(std::fs::read_to_string(&summary).unwrap(), comment);
        let (code, out) = bash(&work, &step("Fail on new errors"), &env, &vars);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("::error file=plan/measures.yaml"), "{out}");
    }

    #[test]
    fn the_gitlab_job_writes_the_comment_and_fails_on_the_new_error() {
        if common::tool("git").is_none() {
            return;
        }
        let ci = yaml("gitlab-ci.yml");
        let job = get(&ci, "goodrel-diff");
        let lines = |key: &str| -> Vec<String> {
            let NodeValue::Seq(items) = &get(job, key).value else {
                panic!("{key}")
            };
            items.iter().map(text).collect()
        };
        // The fetch of the target branch; the image's packages and goodrel's build are the
        // runner's business.
        let fetch: Vec<String> = lines("before_script")
            .into_iter()
            .filter(|l| l.starts_with("git fetch"))
            .collect();
        assert_eq!(fetch.len(), 1);
        let tmp = tempfile::tempdir().unwrap();
        let work = clone_with_change(tmp.path());
        let vars = [
            ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"),
            ("PLAN_DIR", "plan"),
            ("GOODREL_NOTE_TOKEN", ""),
        ];
        let script = [fetch, lines("script")].concat().join("\n");
        let (code, out) = bash(&work, &script, &[], &vars);
        assert_eq!(code, 1, "{out}");
        let comment = std::fs::read_to_string(work.join("goodrel-diff.md")).unwrap();
        assert!(
            comment.contains("IA012") && comment.contains("M9"),
            "{comment}"
        );
    }
}
