//! Stage 2: read each discovered file and parse it, YAML or TOML, into a [`node::Node`] tree
//! that keeps a span for every key and value. Anything wrong with a file is a located
//! [`Problem`], which the model stage turns into a finding; nothing here panics on input.

pub mod node;
pub mod toml;
pub mod yaml;

use std::path::{Path, PathBuf};

use node::{Node, Span};

use crate::i18n::Message;
use crate::msg;

/// Bounds that keep a hostile file from exhausting time or memory.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_bytes: u64,
    pub max_nodes: usize,
    pub max_depth: usize,
}

/// The default size limit of a plan file (and of goodrel.toml): 8 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 8 * 1024 * 1024;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
            max_nodes: 500_000,
            max_depth: 64,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    Unreadable,
    Binary,
    NotUtf8,
    TooLarge,
    Syntax,
    DuplicateKey,
}

/// Why a file could not be read as plan data, and where.
#[derive(Debug, Clone)]
pub struct Problem {
    pub kind: ProblemKind,
    pub message: Message,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Toml,
}

impl Syntax {
    pub fn of(path: &Path) -> Option<Syntax> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Some(Syntax::Yaml),
            "toml" => Some(Syntax::Toml),
            _ => None,
        }
    }
}

/// One plan file as read: its repo-relative name for output and its parsed tree.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path shown in findings: relative to where goodrel runs, forward slashes.
    pub display: String,
    pub syntax: Syntax,
    pub text: String,
    pub root: Option<Node>,
}

/// The most characters of one line [`SourceFile::keep_lines`] keeps: enough for any region
/// a reader looks at, while a file of 3 MB lines keeps kilobytes.
pub const KEPT_LINE_MAX: usize = 4096;

impl SourceFile {
    /// The file's text with only `lines` (1-based) left and every other line emptied, so
    /// that line numbers still hold; each kept line is cut after [`KEPT_LINE_MAX`]
    /// characters. What a released plan keeps for its findings' regions.
    pub fn keep_lines(&self, lines: Option<&std::collections::BTreeSet<usize>>) -> String {
        let Some(last) = lines.and_then(|l| l.last().copied()) else {
            return String::new();
        };
        let mut out = String::new();
        for (n, line) in self.text.lines().enumerate().take(last) {
            if lines.is_some_and(|l| l.contains(&(n + 1))) {
                match line.char_indices().nth(KEPT_LINE_MAX) {
                    Some((at, _)) => out.push_str(&line[..at]),
                    None => out.push_str(line),
                }
            }
            out.push('\n');
        }
        out
    }
}

/// Reads and parses one plan file.
pub fn load_file(
    path: &Path,
    display: String,
    limits: &Limits,
) -> Result<SourceFile, (String, Problem)> {
    let start = Span::point(1, 1);
    let fail = |kind, message: Message| {
        Err((
            display.clone(),
            Problem {
                kind,
                message,
                span: start,
            },
        ))
    };
    let bytes = match read_bounded(path, limits.max_bytes) {
        Ok(b) => b,
        Err(ReadError::TooLarge(size)) => {
            let message = match size {
                Some(size) => msg!("plan-file-too-large", size = size, max = limits.max_bytes),
                None => msg!("plan-file-too-large-unknown", max = limits.max_bytes),
            };
            return fail(ProblemKind::TooLarge, message);
        }
        Err(ReadError::NotAFile) => {
            return fail(ProblemKind::Unreadable, msg!("plan-not-a-file"));
        }
        Err(ReadError::Io(e)) => {
            return fail(
                ProblemKind::Unreadable,
                msg!("plan-cannot-read", error = e.to_string()),
            );
        }
    };
    parse_bytes(path, display, &bytes, limits)
}

/// Parses a plan file's bytes, read from disk or from a git revision: UTF-8 text (a BOM
/// dropped), no NUL byte, held to the limits.
pub fn parse_bytes(
    path: &Path,
    display: String,
    bytes: &[u8],
    limits: &Limits,
) -> Result<SourceFile, (String, Problem)> {
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(p) => return Err((display, p)),
    };
    parse_text(path, display, text, limits)
}

/// Parses a plan file's text: read from disk by [`load_file`], or an editor's unsaved
/// buffer, held to the same limits.
pub fn parse_text(
    path: &Path,
    display: String,
    text: String,
    limits: &Limits,
) -> Result<SourceFile, (String, Problem)> {
    if text.len() as u64 > limits.max_bytes {
        let message = msg!(
            "plan-file-too-large",
            size = text.len() as u64,
            max = limits.max_bytes
        );
        let span = Span::point(1, 1);
        let kind = ProblemKind::TooLarge;
        return Err((
            display,
            Problem {
                kind,
                message,
                span,
            },
        ));
    }
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.contains('\0') {
        let problem = Problem {
            kind: ProblemKind::Binary,
            message: msg!("plan-binary"),
            span: Span::point(1, 1),
        };
        return Err((display, problem));
    }
    let syntax = Syntax::of(path).unwrap_or(Syntax::Yaml);
    let parsed = match syntax {
        Syntax::Yaml => yaml::parse(&text, limits),
        Syntax::Toml => toml::parse(&text, limits),
    };
    match parsed {
        Ok(root) => Ok(SourceFile {
            path: path.to_path_buf(),
            display,
            syntax,
            text,
            root,
        }),
        Err(p) => Err((display, p)),
    }
}

/// The values limit was reached; `aliased` says whether aliases repeated values on the way,
/// which is the likely cause only then.
pub(crate) fn too_many(sp: Span, limits: &Limits, aliased: bool) -> Problem {
    let message = if aliased {
        msg!("plan-too-many-values-aliased", max = limits.max_nodes)
    } else {
        msg!("plan-too-many-values", max = limits.max_nodes)
    };
    Problem {
        kind: ProblemKind::TooLarge,
        message,
        span: sp,
    }
}

/// Why [`read_bounded`] gave no bytes.
#[derive(Debug)]
pub enum ReadError {
    /// Longer than the limit: the size when the file system told it, `None` when only
    /// reading found out (procfs files, which report 0).
    TooLarge(Option<u64>),
    /// A directory, FIFO, device or socket.
    NotAFile,
    Io(std::io::Error),
}

/// Reads at most `max` bytes of a regular file. The limit is enforced by reading at most
/// `max + 1` bytes, not by trusting the size the metadata reports, which is 0 for procfs
/// files that never end; the metadata only lets an honest large file be refused unread.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > max {
        return Err(ReadError::TooLarge(Some(meta.len())));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge(None));
    }
    Ok(bytes)
}

/// Plan files are UTF-8 text; a NUL byte means a binary file was saved with a plan extension.
fn decode(bytes: &[u8]) -> Result<String, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(Problem {
            kind: ProblemKind::Binary,
            message: msg!("plan-binary"),
            span: Span::point(1, 1),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(Problem {
            kind: ProblemKind::NotUtf8,
            message: msg!("plan-not-utf8"),
            span: byte_pos(bytes, e.valid_up_to()),
        }),
    }
}

fn byte_pos(bytes: &[u8], at: usize) -> Span {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Span::point(line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stop_after_the_limit_whatever_the_metadata_says() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let path = tmp.path().join("big.yaml");
        std::fs::write(&path, "x".repeat(101)).expect("write");
        assert!(matches!(
            read_bounded(&path, 100),
            Err(ReadError::TooLarge(Some(101)))
        ));
        assert_eq!(read_bounded(&path, 101).expect("fits").len(), 101);
        assert!(matches!(
            read_bounded(tmp.path(), 100),
            Err(ReadError::NotAFile)
        ));
        // procfs reports a size of 0 for files that hold more; only reading finds out.
        #[cfg(target_os = "linux")]
        {
            let status = Path::new("/proc/self/status");
            if status.metadata().is_ok_and(|m| m.len() == 0) {
                assert!(matches!(
                    read_bounded(status, 10),
                    Err(ReadError::TooLarge(None))
                ));
            }
        }
    }
}
