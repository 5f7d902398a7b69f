//! Stage 1: find the plan files under a plan directory.

use std::path::{Path, PathBuf};

use crate::i18n::Message;
use crate::load::Syntax;
use crate::msg;

/// The tool's own configuration file, which is not plan data.
pub const CONFIG_FILE: &str = "goodrel.toml";

/// Why a plan directory could not be searched at all (exit code 2).
#[derive(Debug)]
pub enum DiscoverError {
    Missing(PathBuf),
    Unreadable(PathBuf, String),
}

impl std::fmt::Display for DiscoverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DiscoverError::Missing(p) => write!(f, "{}: no such file or directory", p.display()),
            DiscoverError::Unreadable(p, e) => write!(f, "{}: cannot be read: {e}", p.display()),
        }
    }
}

impl DiscoverError {
    /// The error in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            DiscoverError::Missing(p) => msg!("plan-dir-missing", path = p.display().to_string()),
            DiscoverError::Unreadable(p, e) => msg!(
                "plan-dir-unreadable",
                path = p.display().to_string(),
                error = e.as_str()
            ),
        }
    }
}

impl std::error::Error for DiscoverError {}

/// A found plan file, a directory entry that could not be walked (reported as a finding
/// that stops the content rules), or one deliberately not read (see [`Entry::Skipped`]).
pub enum Entry {
    File(PathBuf),
    Unreadable(PathBuf, Message),
    /// A symbolic link leading outside the plan directory, or a special file (FIFO, device,
    /// socket) with a plan extension: not read, reported as `PLAN012`, content rules still
    /// run on the rest.
    Skipped(PathBuf, Message),
}

/// Why a link out of the plan directory is not followed.
fn outside() -> Message {
    msg!("plan-link-outside")
}

/// Why a FIFO, device or socket is not read.
fn special() -> Message {
    msg!("plan-special-file")
}

/// Whether `root` can be discovered at all: the errors [`discover`] gives before it walks
/// anything, so that a run writing its output as it goes can refuse a missing path before
/// writing a byte. `Some` of the canonical directory to walk, `None` for a single file.
pub fn preflight(root: &Path) -> Result<Option<PathBuf>, DiscoverError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => DiscoverError::Missing(root.to_path_buf()),
        _ => DiscoverError::Unreadable(root.to_path_buf(), e.to_string()),
    })?;
    if meta.is_file() {
        return Ok(None);
    }
    std::fs::read_dir(root)
        .map_err(|e| DiscoverError::Unreadable(root.to_path_buf(), e.to_string()))?;
    std::fs::canonicalize(root)
        .map(Some)
        .map_err(|e| DiscoverError::Unreadable(root.to_path_buf(), e.to_string()))
}

/// Plan files under `root` (or `root` itself if it is a file), sorted, hidden folders
/// and the config file skipped.
///
/// Plan directories come from pull requests, so discovery stays inside the directory it was
/// given: a symbolic link is followed only when its target (canonicalised) lies inside it,
/// which also keeps `/proc`, `/dev` and a link to `/` out; special files are never opened
/// (reading a FIFO would block). Links that lead nowhere are skipped unless they carry a
/// plan extension, in which case a plan file is missing (PLAN001).
pub fn discover(root: &Path) -> Result<Vec<Entry>, DiscoverError> {
    let Some(inside) = preflight(root)? else {
        return Ok(vec![Entry::File(root.to_path_buf())]);
    };
    let mut skipped = Vec::new();
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() == 0 {
                return true;
            }
            if e.file_name().to_string_lossy().starts_with('.') {
                return false;
            }
            if e.path_is_symlink()
                && !std::fs::canonicalize(e.path()).is_ok_and(|t| t.starts_with(&inside))
            {
                skipped.push(Entry::Skipped(e.path().to_path_buf(), outside()));
                return false;
            }
            true
        });
    for entry in walker {
        match entry {
            Ok(e) => {
                let plan_file = Syntax::of(e.path()).is_some() && e.file_name() != CONFIG_FILE;
                if e.file_type().is_file() && plan_file {
                    out.push(Entry::File(e.into_path()));
                } else if plan_file && !e.file_type().is_dir() {
                    out.push(Entry::Skipped(e.into_path(), special()));
                }
            }
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                // Following a link out (to a folder goodrel may not list) can fail before the
                // filter sees it; it is still a link out, not an unreadable plan file.
                let is_link =
                    std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
                if is_link && std::fs::canonicalize(&path).is_ok_and(|t| !t.starts_with(&inside)) {
                    out.push(Entry::Skipped(path, outside()));
                    continue;
                }
                if is_dangling(&path) {
                    if Syntax::of(&path).is_some() {
                        out.push(Entry::Unreadable(path, msg!("plan-dangling-link")));
                    }
                    continue;
                }
                let why = if err.loop_ancestor().is_some() {
                    msg!("plan-link-loop")
                } else {
                    msg!(
                        "plan-walk-error",
                        error = err
                            .io_error()
                            .map_or_else(|| err.to_string(), ToString::to_string)
                    )
                };
                out.push(Entry::Unreadable(path, why));
            }
        }
    }
    out.append(&mut skipped);
    Ok(out)
}

/// A symbolic link whose target does not exist.
fn is_dangling(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err()
}

/// How a path is shown in findings: relative to the working directory when below it,
/// always with forward slashes.
pub fn display_path(path: &Path) -> String {
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf());
    let s = rel.to_string_lossy().replace('\\', "/");
    let s = s.strip_prefix("./").map(str::to_owned).unwrap_or(s);
    // The working directory itself: `.`, not an empty name in "plan  (4 files)" and ": errors".
    if s.is_empty() { ".".to_owned() } else { s }
}
