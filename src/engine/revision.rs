//! A plan directory as it was at a git revision, read with the `git` binary (`rev-parse`,
//! `ls-tree`, `cat-file --batch`): the old side of `goodrel diff --rev REV PLAN_DIR`.
//!
//! Shelling out to git, rather than linking a git library, keeps the dependency list short
//! and reads the repository exactly as the user's own git does (its configuration, its
//! object formats, worktrees, partial clones, `safe.directory`). Only plumbing commands
//! are run, which print machine-readable output and run no hooks; the revision is passed as
//! one argument, never through a shell, and a revision that begins with `-` is refused so
//! that it cannot be read as an option.

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::i18n::Message;
use crate::load::Syntax;
use crate::msg;

/// One plan file at the revision: its bytes, or why they were not read.
#[derive(Debug, Clone)]
pub(crate) enum Blob {
    Bytes(Vec<u8>),
    /// Larger than the size limit: its size, unread.
    TooLarge(u64),
    /// A symbolic link that leads outside the plan directory (or to nothing in it).
    LinkOutside,
}

/// The plan files of a directory at one commit, read into memory.
#[derive(Debug, Clone)]
pub struct Revision {
    /// The revision as the user wrote it (`origin/main`, `HEAD~1`).
    pub name: String,
    /// The commit it names (full object id).
    pub commit: String,
    /// The plan files, by their path as discovery would give it on disk (the plan
    /// directory joined with the path inside it), in discovery's order.
    pub(crate) files: BTreeMap<PathBuf, Blob>,
}

/// Why a revision could not be read (exit code 2), said in the reader's language.
#[derive(Debug)]
pub enum RevisionError {
    /// The `git` binary is not installed (or not on `PATH`).
    GitMissing,
    /// The plan directory is not inside a git work tree.
    NotARepository(PathBuf),
    /// The revision names no commit.
    BadRevision(String),
    /// git failed for another reason; its own first line of error.
    Git(String),
}

impl RevisionError {
    pub fn message(&self) -> Message {
        match self {
            RevisionError::GitMissing => msg!("diff-git-missing"),
            RevisionError::NotARepository(dir) => {
                msg!("diff-not-a-repository", path = dir.display().to_string())
            }
            RevisionError::BadRevision(rev) => msg!("diff-bad-revision", rev = rev.as_str()),
            RevisionError::Git(error) => msg!("diff-git-failed", error = error.as_str()),
        }
    }
}

impl std::fmt::Display for RevisionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for RevisionError {}

/// git, run in `dir`, in the plain locale, never asking for a password.
fn git(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.arg("-C")
        .arg(dir)
        .env("LC_ALL", "C")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null());
    cmd
}

/// Runs a git command to its end: its standard output, or its first line of error.
fn output(mut cmd: Command) -> Result<(bool, Vec<u8>, String), RevisionError> {
    let out = cmd.output().map_err(spawn_error)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_owned();
    Ok((out.status.success(), out.stdout, first))
}

fn spawn_error(e: std::io::Error) -> RevisionError {
    if e.kind() == std::io::ErrorKind::NotFound {
        RevisionError::GitMissing
    } else {
        RevisionError::Git(e.to_string())
    }
}

impl Revision {
    /// Reads the plan at `plan` (a directory, or a single plan file) as it was at `rev`,
    /// holding each file to `max_bytes` as discovery and loading do on disk. A plan
    /// directory that did not exist at the revision gives a revision without files (an
    /// empty old side: everything in the plan is new).
    pub fn read(plan: &Path, rev: &str, max_bytes: u64) -> Result<Revision, RevisionError> {
        let meta = std::fs::metadata(plan);
        let is_file = meta.as_ref().is_ok_and(|m| m.is_file());
        // git runs in the plan directory (or the plan file's), so that paths are listed
        // relative to it and the repository is the one the plan is in.
        let (run_in, only): (PathBuf, Option<&std::ffi::OsStr>) = if is_file {
            let parent = plan
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            (parent.to_path_buf(), plan.file_name())
        } else {
            (plan.to_path_buf(), None)
        };
        let (inside, out, _) = output({
            let mut c = git(&run_in);
            c.args(["rev-parse", "--is-inside-work-tree"]);
            c
        })?;
        if !inside || String::from_utf8_lossy(&out).trim() != "true" {
            return Err(RevisionError::NotARepository(plan.to_path_buf()));
        }
        if rev.is_empty() || rev.starts_with('-') {
            return Err(RevisionError::BadRevision(rev.to_owned()));
        }
        let (ok, out, _) = output({
            let mut c = git(&run_in);
            c.args(["rev-parse", "--verify", "--quiet"])
                .arg(format!("{rev}^{{commit}}"));
            c
        })?;
        let commit = String::from_utf8_lossy(&out).trim().to_owned();
        if !ok || commit.is_empty() {
            return Err(RevisionError::BadRevision(rev.to_owned()));
        }
        let (ok, listing, error) = output({
            let mut c = git(&run_in);
            c.args(["ls-tree", "-r", "-l", "-z", &commit, "--"]);
            match only {
                Some(name) => c.arg(name),
                None => c.arg("."),
            };
            c
        })?;
        if !ok {
            return Err(RevisionError::Git(error));
        }
        let entries = parse_listing(&listing);
        let by_path: BTreeMap<&Path, &TreeEntry> =
            entries.iter().map(|e| (e.path.as_path(), e)).collect();
        let plan_files: Vec<(PathBuf, &TreeEntry)> = entries
            .iter()
            .filter(|e| e.kind != EntryKind::Other && is_plan_file(&e.path))
            .map(|e| {
                let at = match only {
                    Some(_) => plan.to_path_buf(),
                    None => plan.join(&e.path),
                };
                (at, e)
            })
            .collect();
        // A link is followed inside the plan directory only, as discovery does on disk:
        // its text (the target) is read first.
        let link_texts = cat_files(
            &run_in,
            plan_files
                .iter()
                .filter(|(_, e)| e.kind == EntryKind::Link)
                .map(|(_, e)| e.object.as_str()),
        )?;
        let mut files = BTreeMap::new();
        let mut wanted: Vec<(PathBuf, &str)> = Vec::new();
        for (at, entry) in plan_files {
            let blob = match entry.kind {
                EntryKind::Link => link_texts
                    .get(&entry.object)
                    .and_then(|t| resolve_link(&entry.path, &String::from_utf8_lossy(t)))
                    .and_then(|p| by_path.get(p.as_path()).copied())
                    .filter(|t| t.kind == EntryKind::Blob),
                _ => Some(entry),
            };
            match blob {
                None => {
                    files.insert(at, Blob::LinkOutside);
                }
                Some(b) if b.size > max_bytes => {
                    files.insert(at, Blob::TooLarge(b.size));
                }
                Some(b) => wanted.push((at, b.object.as_str())),
            }
        }
        let read = cat_files(&run_in, wanted.iter().map(|(_, o)| *o))?;
        for (at, object) in wanted {
            let bytes = read
                .get(object)
                .ok_or_else(|| RevisionError::Git(format!("{object} missing")))?;
            files.insert(at, Blob::Bytes(bytes.clone()));
        }
        Ok(Revision {
            name: rev.to_owned(),
            commit,
            files,
        })
    }

    /// The commit's id as people quote it (its first 12 hex digits).
    pub fn short_commit(&self) -> &str {
        self.commit.get(..12).unwrap_or(&self.commit)
    }
}

/// Whether a path inside the plan directory is where discovery would find a plan file:
/// a plan extension, no hidden folder, not the configuration file.
fn is_plan_file(rel: &Path) -> bool {
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    Syntax::of(rel).is_some()
        && rel.file_name() != Some(std::ffi::OsStr::new(crate::discover::CONFIG_FILE))
        && !hidden
}

/// Where a symbolic link at `link` (inside the plan directory) leads, inside it; `None`
/// when it leads out (an absolute target, or `..` past the plan directory).
fn resolve_link(link: &Path, target: &str) -> Option<PathBuf> {
    if target.starts_with('/') {
        return None;
    }
    let mut parts: Vec<std::ffi::OsString> = link
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .map(|c| c.as_os_str().to_owned())
        .collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p.into()),
        }
    }
    Some(parts.iter().collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    Blob,
    Link,
    /// A submodule's commit: not part of this repository's plan.
    Other,
}

#[derive(Debug)]
struct TreeEntry {
    kind: EntryKind,
    object: String,
    size: u64,
    path: PathBuf,
}

/// Parses `git ls-tree -r -l -z`: `<mode> SP <type> SP <object> SP+ <size> TAB <path> NUL`.
fn parse_listing(listing: &[u8]) -> Vec<TreeEntry> {
    listing
        .split(|&b| b == 0)
        .filter(|r| !r.is_empty())
        .filter_map(|record| {
            let tab = record.iter().position(|&b| b == b'\t')?;
            let head = String::from_utf8_lossy(&record[..tab]);
            let mut fields = head.split_whitespace();
            let mode = fields.next()?;
            let kind = fields.next()?;
            let object = fields.next()?.to_owned();
            let size = fields.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let kind = match (kind, mode) {
                ("blob", "120000") => EntryKind::Link,
                ("blob", _) => EntryKind::Blob,
                _ => EntryKind::Other,
            };
            Some(TreeEntry {
                kind,
                object,
                size,
                path: path_from_bytes(&record[tab + 1..]),
            })
        })
        .collect()
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt as _;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Reads objects with one `git cat-file --batch`: each object's bytes by its id. The
/// requests are written from a thread of their own, so that git never waits for its
/// output to be read while goodrel waits to write.
fn cat_files<'a>(
    dir: &Path,
    objects: impl Iterator<Item = &'a str>,
) -> Result<BTreeMap<String, Vec<u8>>, RevisionError> {
    let requests: Vec<String> = objects.map(|o| format!("{o}\n")).collect();
    let mut out = BTreeMap::new();
    if requests.is_empty() {
        return Ok(out);
    }
    let mut cmd = git(dir);
    cmd.args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(spawn_error)?;
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            for r in &requests {
                if stdin.write_all(r.as_bytes()).is_err() {
                    break;
                }
            }
        }
    });
    let mut bytes = Vec::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout
            .read_to_end(&mut bytes)
            .map_err(|e| RevisionError::Git(e.to_string()))?;
    }
    let _ = writer.join();
    let done = child
        .wait_with_output()
        .map_err(|e| RevisionError::Git(e.to_string()))?;
    if !done.status.success() {
        let stderr = String::from_utf8_lossy(&done.stderr);
        return Err(RevisionError::Git(
            stderr.lines().next().unwrap_or("").trim().to_owned(),
        ));
    }
    let mut rest = bytes.as_slice();
    while !rest.is_empty() {
        let Some(nl) = rest.iter().position(|&b| b == b'\n') else {
            break;
        };
        let header = String::from_utf8_lossy(&rest[..nl]).into_owned();
        rest = &rest[nl + 1..];
        let mut fields = header.split(' ');
        let (Some(object), Some(_kind), Some(size)) = (fields.next(), fields.next(), fields.next())
        else {
            // `<object> missing`: nothing follows it.
            continue;
        };
        let Ok(size) = size.parse::<usize>() else {
            continue;
        };
        if rest.len() < size {
            break;
        }
        out.insert(object.to_owned(), rest[..size].to_vec());
        // The contents end with a line feed of git's own.
        rest = rest.get(size + 1..).unwrap_or(&[]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_is_read_with_modes_sizes_and_any_path() {
        let listing = [
            "100644 blob abc123     42\tplan/m.yaml",
            "120000 blob def456      6\tlink.yaml",
            "160000 commit 999 -\tsub",
            "100644 blob 777 3\tnew\nline.yaml",
        ]
        .join("\0");
        let listing = listing.as_bytes();
        let entries = parse_listing(listing);
        assert_eq!(entries.len(), 4);
        assert_eq!(entries[0].kind, EntryKind::Blob);
        assert_eq!(entries[0].size, 42);
        assert_eq!(entries[0].path, PathBuf::from("plan/m.yaml"));
        assert_eq!(entries[1].kind, EntryKind::Link);
        assert_eq!(entries[2].kind, EntryKind::Other);
        assert_eq!(entries[3].path, PathBuf::from("new\nline.yaml"));
    }

    #[test]
    fn links_are_followed_inside_the_plan_only() {
        assert_eq!(
            resolve_link(Path::new("a/b.yaml"), "../c.yaml"),
            Some(PathBuf::from("c.yaml"))
        );
        assert_eq!(
            resolve_link(Path::new("a/b.yaml"), "./d/e.yaml"),
            Some(PathBuf::from("a/d/e.yaml"))
        );
        assert_eq!(resolve_link(Path::new("b.yaml"), "../x.yaml"), None);
        assert_eq!(resolve_link(Path::new("b.yaml"), "/etc/passwd"), None);
    }

    #[test]
    fn plan_files_are_those_discovery_would_read() {
        assert!(is_plan_file(Path::new("a/m.yaml")));
        assert!(is_plan_file(Path::new("m.TOML")));
        assert!(!is_plan_file(Path::new(".github/w.yml")));
        assert!(!is_plan_file(Path::new("goodrel.toml")));
        assert!(!is_plan_file(Path::new("README.md")));
    }
}
