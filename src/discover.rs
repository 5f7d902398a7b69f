//! Stage 1: find the plan files under a plan directory.

use std::path::{Path, PathBuf};

use crate::load::Syntax;

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

impl std::error::Error for DiscoverError {}

/// A found plan file, or a directory entry that could not be walked (reported as a finding).
pub enum Entry {
    File(PathBuf),
    Unreadable(PathBuf, String),
}

/// Plan files under `root` (or `root` itself if it is a file), sorted, hidden folders
/// and the config file skipped, symbolic links followed with loop detection.
pub fn discover(root: &Path) -> Result<Vec<Entry>, DiscoverError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => DiscoverError::Missing(root.to_path_buf()),
        _ => DiscoverError::Unreadable(root.to_path_buf(), e.to_string()),
    })?;
    if meta.is_file() {
        return Ok(vec![Entry::File(root.to_path_buf())]);
    }
    std::fs::read_dir(root)
        .map_err(|e| DiscoverError::Unreadable(root.to_path_buf(), e.to_string()))?;
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) => {
                if e.file_type().is_file()
                    && Syntax::of(e.path()).is_some()
                    && e.file_name() != CONFIG_FILE
                {
                    out.push(Entry::File(e.into_path()));
                }
            }
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                let why = if err.loop_ancestor().is_some() {
                    "a symbolic link loops back to a folder above it; the loop is skipped"
                        .to_owned()
                } else {
                    err.io_error()
                        .map_or_else(|| err.to_string(), ToString::to_string)
                };
                out.push(Entry::Unreadable(path, why));
            }
        }
    }
    Ok(out)
}

/// How a path is shown in findings: relative to the working directory when below it,
/// always with forward slashes.
pub fn display_path(path: &Path) -> String {
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf());
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}
