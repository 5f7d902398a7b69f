//! Where a check reads its plan files from: the directory on disk, the directory with an
//! editor's unsaved buffers laid over it, another directory checked with the same session
//! (the old side of `goodrel diff OLD NEW`), or the directory as it was at a git revision
//! (`goodrel diff --rev`); and the parse cache that lets a server re-parse only the file
//! that changed.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::discover::{self, Entry};
use crate::load::{self, Limits, Problem, ProblemKind, SourceFile};
use crate::msg;

use super::revision::{Blob, Revision};

/// The texts of a check's plan files. Every file of the plan directory is read from disk
/// unless an editor holds an unsaved buffer for it; a buffer for a plan file not yet saved
/// at all is part of the plan too. A revision's files replace the directory's altogether.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    /// Unsaved texts by absolute path.
    buffers: BTreeMap<PathBuf, String>,
    /// Another plan directory on disk, read in place of the session's.
    dir: Option<PathBuf>,
    /// The session's plan directory as it was at a git revision.
    revision: Option<Arc<Revision>>,
}

impl Sources {
    /// The files as saved on disk.
    pub fn disk() -> Sources {
        Sources::default()
    }

    /// The plan files of another directory on disk, checked with the session's options and
    /// configuration (the old side of `goodrel diff OLD NEW`).
    pub fn other_dir(dir: PathBuf) -> Sources {
        Sources {
            dir: Some(dir),
            ..Sources::default()
        }
    }

    /// The session's plan directory as it was at a git revision.
    pub fn revision(revision: Revision) -> Sources {
        Sources {
            revision: Some(Arc::new(revision)),
            ..Sources::default()
        }
    }

    /// The plan directory these sources read: another directory, else the session's.
    pub fn plan_dir<'a>(&'a self, session_dir: &'a Path) -> &'a Path {
        self.dir.as_deref().unwrap_or(session_dir)
    }

    /// The git revision read, if any.
    pub fn read_revision(&self) -> Option<&Revision> {
        self.revision.as_deref()
    }

    /// Lays an editor's unsaved text over the file at `path` (absolute).
    pub fn with_buffer(mut self, path: PathBuf, text: String) -> Sources {
        self.buffers.insert(path, text);
        self
    }

    /// Lays an unsaved text over a file, in place.
    pub fn set_buffer(&mut self, path: PathBuf, text: String) {
        self.buffers.insert(path, text);
    }

    /// Forgets the unsaved text of a file (closed, or saved): disk is read again.
    pub fn remove_buffer(&mut self, path: &Path) {
        self.buffers.remove(path);
    }

    /// The unsaved text of `path`, if an editor holds one.
    pub fn buffer(&self, path: &Path) -> Option<&str> {
        self.buffers.get(path).map(String::as_str)
    }

    /// The plan files under `dir` as discovery finds them on disk, with the buffers below
    /// `dir` that name plan files not on disk put where discovery would have listed them.
    pub(crate) fn entries(&self, dir: &Path) -> Result<Vec<Entry>, discover::DiscoverError> {
        if let Some(revision) = &self.revision {
            return Ok(revision
                .files
                .iter()
                .map(|(path, blob)| match blob {
                    Blob::LinkOutside => Entry::Skipped(path.clone(), msg!("plan-link-outside")),
                    _ => Entry::File(path.clone()),
                })
                .collect());
        }
        let mut entries = discover::discover(dir)?;
        for path in self.buffers.keys() {
            let listed = entries.iter().any(|e| entry_path(e) == path.as_path());
            if listed || !is_plan_file_below(dir, path) {
                continue;
            }
            // Discovery lists a directory's entries by name, depth first: the order of
            // paths compared component by component.
            let at = entries
                .iter()
                .position(|e| matches!(e, Entry::File(p) if p.as_path() > path.as_path()))
                .unwrap_or_else(|| {
                    entries
                        .iter()
                        .rposition(|e| matches!(e, Entry::File(_)))
                        .map_or(0, |i| i + 1)
                });
            entries.insert(at, Entry::File(path.clone()));
        }
        Ok(entries)
    }

    /// Reads and parses one plan file, from its buffer or from disk, through `cache` when
    /// there is one.
    pub(crate) fn load(
        &self,
        path: &Path,
        display: String,
        limits: &Limits,
        cache: Option<&std::sync::Mutex<ParseCache>>,
    ) -> Result<SourceFile, (String, Problem)> {
        if let Some(revision) = &self.revision {
            return match revision.files.get(path) {
                Some(Blob::Bytes(bytes)) => load::parse_bytes(path, display, bytes, limits),
                Some(Blob::TooLarge(size)) => Err((
                    display,
                    Problem {
                        kind: ProblemKind::TooLarge,
                        message: msg!("plan-file-too-large", size = *size, max = limits.max_bytes),
                        span: crate::load::node::Span::point(1, 1),
                    },
                )),
                Some(Blob::LinkOutside) | None => Err((
                    display,
                    Problem {
                        kind: ProblemKind::Unreadable,
                        message: msg!("plan-link-outside"),
                        span: crate::load::node::Span::point(1, 1),
                    },
                )),
            };
        }
        let buffer = self.buffers.get(path);
        let stamp = match buffer {
            Some(_) => None,
            None => disk_stamp(path),
        };
        if let Some(cache) = cache
            && let Ok(cache) = cache.lock()
            && let Some((seen, parsed)) = cache.files.get(path)
            && parsed_as(parsed) == display
        {
            let same = match (seen, buffer) {
                (Version::Buffer(seen), Some(text)) => seen == text,
                (Version::Disk(seen), None) => stamp.is_some() && *seen == stamp,
                _ => false,
            };
            if same {
                return parsed.clone();
            }
        }
        let (version, parsed) = match buffer {
            Some(text) => (
                Version::Buffer(text.clone()),
                load::parse_text(path, display, text.clone(), limits),
            ),
            None => (Version::Disk(stamp), load::load_file(path, display, limits)),
        };
        if let Some(cache) = cache
            && let Ok(mut cache) = cache.lock()
        {
            cache
                .files
                .insert(path.to_path_buf(), (version, parsed.clone()));
        }
        parsed
    }
}

fn entry_path(entry: &Entry) -> &Path {
    match entry {
        Entry::File(p) | Entry::Unreadable(p, _) | Entry::Skipped(p, _) => p,
    }
}

/// Whether `path` is where discovery would find a plan file of `dir`: below it, not in a
/// hidden folder, with a plan extension, and not the configuration file.
fn is_plan_file_below(dir: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(dir) else {
        return false;
    };
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    load::Syntax::of(path).is_some()
        && path.file_name() != Some(std::ffi::OsStr::new(discover::CONFIG_FILE))
        && !hidden
}

/// What a parse was made from: a buffer's text, or a file on disk as its size and time of
/// change tell it (`None` when the file system does not say; never reused then).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Version {
    Buffer(String),
    Disk(Option<(u64, SystemTime)>),
}

fn disk_stamp(path: &Path) -> Option<(u64, SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

fn parsed_as(parsed: &Result<SourceFile, (String, Problem)>) -> &str {
    match parsed {
        Ok(f) => &f.display,
        Err((display, _)) => display,
    }
}

/// A file's parse, or why it could not be read (with the name it is shown by).
type Parsed = Result<SourceFile, (String, Problem)>;

/// Each plan file's last parse, so that a check after an edit of one file parses only that
/// file: the rest are taken from here while their text (a buffer) or their size and time of
/// change (on disk) are the same.
#[derive(Debug, Default)]
pub struct ParseCache {
    files: HashMap<PathBuf, (Version, Parsed)>,
}

impl ParseCache {
    /// How many files' parses are kept.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Keeps only the files for which `keep` holds (e.g. those still in the plan).
    pub fn retain(&mut self, mut keep: impl FnMut(&Path) -> bool) {
        self.files.retain(|p, _| keep(p));
    }
}
