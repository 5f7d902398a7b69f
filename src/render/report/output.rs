//! Where a report may be written, and writing it so that a failure changes nothing.
//!
//! A report is output, not a plan: an earlier report at the same path is replaced, as a build
//! replaces its artefacts. But `report` runs in CI on pull requests, whose plan directories
//! (and the folders around them) may hold symbolic links, so a target is refused when it is
//! a link (a committed `out.html -> plan/new.yaml` would otherwise write a plan file), when it
//! has a plan file's extension, or when the folder it would end up in, resolved as the
//! operating system will resolve it once missing folders exist (`other/nx/../../plan`), lies
//! inside a plan directory. Files are written to a temporary file in the target's folder and
//! renamed into place, so a write that fails midway (a full disk, `ulimit -f`) leaves the
//! previous report as it was; the overview's set of files is staged the same way and
//! renamed only when every file has been written.

use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

/// Why a report cannot be written to a path.
#[derive(Debug, PartialEq, Eq)]
pub enum TargetError {
    /// The path has a plan file's extension (`.yaml`, `.yml`, `.toml`).
    PlanFile(PathBuf),
    /// The path lies inside a plan directory, where it would become part of the plan's
    /// folder (and the next report would read its own output's neighbour).
    InsidePlan(PathBuf, PathBuf),
    /// The path is a symbolic link: writing would change whatever it points at.
    Link(PathBuf),
    /// The path is a folder (for a file) or a file (for the overview's folder).
    WrongKind(PathBuf),
    /// `--overview` asked to write its HTML page to standard output, where its links to each
    /// plan's report (written beside the page) would lead nowhere.
    OverviewToStdout,
}

impl TargetError {
    /// The error in the reader's words.
    pub fn message(&self) -> crate::i18n::Message {
        let show = |p: &Path| p.display().to_string();
        match self {
            TargetError::PlanFile(p) => crate::msg!("report-error-plan-file", path = show(p)),
            TargetError::InsidePlan(p, dir) => {
                crate::msg!("report-error-inside-plan", path = show(p), dir = show(dir))
            }
            TargetError::Link(p) => crate::msg!("report-error-link", path = show(p)),
            TargetError::WrongKind(p) => crate::msg!("report-error-wrong-kind", path = show(p)),
            TargetError::OverviewToStdout => crate::msg!("report-error-overview-stdout"),
        }
    }
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for TargetError {}

/// Whether `p` is a symbolic link (a dangling one included).
fn is_link(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

/// The absolute path `p` will name once its missing folders have been created: its nearest
/// existing ancestor canonicalised (links resolved), then the rest of its components applied
/// as the operating system will apply them to freshly made folders (`x/..` is the folder
/// `x` was made in). `None` when there is no working directory to start from.
pub fn resolve(p: &Path) -> Option<PathBuf> {
    resolve_within(p, 40)
}

/// [`resolve`], following at most `links` dangling links (a loop of them resolves to `None`;
/// writing through it fails anyway).
fn resolve_within(p: &Path, links: usize) -> Option<PathBuf> {
    let p = if p.is_absolute() {
        p.to_owned()
    } else {
        std::env::current_dir().ok()?.join(p)
    };
    let mut existing = p.as_path();
    let mut rest: Vec<Component<'_>> = Vec::new();
    while std::fs::symlink_metadata(existing).is_err() {
        let mut parts = existing.components();
        rest.push(parts.next_back()?);
        existing = parts.as_path();
    }
    // A dangling link among the ancestors canonicalises to nothing: it leads nowhere yet,
    // and writing through it would create what it points at, so resolve it by hand.
    let mut out = match std::fs::canonicalize(existing) {
        Ok(c) => c,
        Err(_) => {
            let target = std::fs::read_link(existing).ok()?;
            let base = existing.parent().unwrap_or(Path::new("/"));
            let followed = rest
                .iter()
                .rev()
                .fold(base.join(target), |acc, c| acc.join(c));
            return resolve_within(&followed, links.checked_sub(1)?);
        }
    };
    for part in rest.iter().rev() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Some(out)
}

/// Whether `resolved` lies in one of `plan_dirs`: the plan directory that holds it.
fn inside_plan<'a>(resolved: &Path, plan_dirs: &[&'a Path]) -> Option<&'a Path> {
    plan_dirs.iter().copied().find(|dir| {
        std::fs::metadata(dir).is_ok()
            && std::fs::canonicalize(dir).is_ok_and(|d| resolved.starts_with(d))
    })
}

/// Whether a report may be written to the file `target`: not over a plan file, not through
/// a symbolic link, not over a folder, and not into a plan directory (after resolving links
/// and `..` as the operating system will).
pub fn check_target(target: &Path, plan_dirs: &[&Path]) -> Result<(), TargetError> {
    let ext = target
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("yaml" | "yml" | "toml")) {
        return Err(TargetError::PlanFile(target.to_owned()));
    }
    if is_link(target) {
        return Err(TargetError::Link(target.to_owned()));
    }
    if target.is_dir() {
        return Err(TargetError::WrongKind(target.to_owned()));
    }
    check_place(target, plan_dirs)
}

/// Whether the overview may write its plans' reports into the folder `dir`: not a link,
/// not a file, and not inside a plan directory.
pub fn check_folder(dir: &Path, plan_dirs: &[&Path]) -> Result<(), TargetError> {
    if is_link(dir) {
        return Err(TargetError::Link(dir.to_owned()));
    }
    if std::fs::symlink_metadata(dir).is_ok_and(|m| !m.is_dir()) {
        return Err(TargetError::WrongKind(dir.to_owned()));
    }
    check_place(dir, plan_dirs)
}

fn check_place(path: &Path, plan_dirs: &[&Path]) -> Result<(), TargetError> {
    // Without a working directory nothing can be written anyway; the write says why.
    let Some(resolved) = resolve(path) else {
        return Ok(());
    };
    match inside_plan(&resolved, plan_dirs) {
        Some(dir) => Err(TargetError::InsidePlan(path.to_owned(), dir.to_owned())),
        None => Ok(()),
    }
}

/// Files written together: each is first written to a temporary file beside its target,
/// and only [`Staged::commit`] renames them into place. Dropped without a commit, it removes
/// the temporary files and the folders it made, so a failure leaves every file as it was.
#[derive(Default)]
pub struct Staged {
    files: Vec<(tempfile::NamedTempFile, PathBuf)>,
    made_dirs: Vec<PathBuf>,
}

/// Why writing failed: the path and the system's reason.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

impl WriteError {
    /// The error in the reader's words; nothing was changed.
    pub fn message(&self) -> crate::i18n::Message {
        crate::msg!(
            "report-error-write",
            path = self.path.display().to_string(),
            error = self.error.to_string()
        )
    }
}

impl Staged {
    pub fn new() -> Staged {
        Staged::default()
    }

    /// Makes `dir` and its missing parents, remembering which were made.
    pub fn create_dir(&mut self, dir: &Path) -> Result<(), WriteError> {
        let mut missing = Vec::new();
        let mut at = Some(dir);
        while let Some(d) = at.filter(|d| !d.as_os_str().is_empty()) {
            if std::fs::symlink_metadata(d).is_ok() {
                break;
            }
            missing.push(d.to_owned());
            at = d.parent();
        }
        for d in missing.into_iter().rev() {
            std::fs::create_dir(&d).map_err(|error| WriteError {
                path: d.clone(),
                error,
            })?;
            self.made_dirs.push(d);
        }
        Ok(())
    }

    /// Writes `text` to a temporary file in `target`'s folder, to become `target` on commit.
    pub fn add(&mut self, target: &Path, text: &str) -> Result<(), WriteError> {
        let fail = |error| WriteError {
            path: target.to_owned(),
            error,
        };
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".goodrel-").suffix(".tmp");
        // A replaced report keeps its permissions; a new one gets the usual ones (0666 less
        // the umask), not the temporary file's private 0600.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(target).map_or(0o666, |m| m.permissions().mode());
            builder.permissions(std::fs::Permissions::from_mode(mode & 0o777));
        }
        let mut file = builder.tempfile_in(dir).map_err(fail)?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.as_file_mut().sync_all())
            .map_err(fail)?;
        self.files.push((file, target.to_owned()));
        Ok(())
    }

    /// Renames every staged file into place.
    pub fn commit(mut self) -> Result<(), WriteError> {
        for (file, target) in std::mem::take(&mut self.files) {
            file.persist(&target).map_err(|e| WriteError {
                path: target.clone(),
                error: e.error,
            })?;
        }
        self.made_dirs.clear();
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // The temporary files delete themselves; then the folders made for them, if empty.
        self.files.clear();
        for d in self.made_dirs.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    }
}

/// Writes one report file: staged, then renamed into place.
pub fn write_file(target: &Path, text: &str) -> Result<(), WriteError> {
    let mut staged = Staged::new();
    staged.add(target, text)?;
    staged.commit()
}

/// A folder name as a relative link of the overview: percent-encoded past the unreserved
/// characters, and after `./`, so that a name like `javascript:x` stays a path and never
/// becomes a scheme.
pub fn href(folder: &str, file: &str) -> String {
    let mut out = String::from("./");
    for b in folder.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push('/');
    out.push_str(file);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_not_written_over_a_plan_file_or_into_the_plan() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("plan");
        std::fs::create_dir(&plan).expect("mkdir");
        assert!(matches!(
            check_target(&dir.path().join("x.yaml"), &[&plan]),
            Err(TargetError::PlanFile(_))
        ));
        assert!(matches!(
            check_target(&plan.join("sub/report.html"), &[&plan]),
            Err(TargetError::InsidePlan(..))
        ));
        assert_eq!(
            check_target(&dir.path().join("report.html"), &[&plan]),
            Ok(())
        );
        // `..` after a folder that does not exist yet is resolved as it will be.
        let sneaky = dir.path().join("other/nx/../../plan/region.html");
        assert!(matches!(
            check_target(&sneaky, &[&plan]),
            Err(TargetError::InsidePlan(..))
        ));
        assert!(matches!(
            check_folder(&dir.path().join("other/nx/../../plan/x-files"), &[&plan]),
            Err(TargetError::InsidePlan(..))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_refused_dangling_or_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("plan");
        std::fs::create_dir(&plan).expect("mkdir");
        let link = dir.path().join("out.html");
        std::os::unix::fs::symlink("plan/new.yaml", &link).expect("link");
        assert_eq!(
            check_target(&link, &[&plan]),
            Err(TargetError::Link(link.clone()))
        );
        let folder = dir.path().join("region-files");
        std::os::unix::fs::symlink(&plan, &folder).expect("link");
        assert_eq!(
            check_folder(&folder, &[&plan]),
            Err(TargetError::Link(folder.clone()))
        );
        // A dangling link among the ancestors is followed to where it would lead.
        std::os::unix::fs::symlink("plan/deeper", dir.path().join("via")).expect("link");
        assert!(matches!(
            check_target(&dir.path().join("via/r.html"), &[&plan]),
            Err(TargetError::InsidePlan(..))
        ));
    }

    #[test]
    fn a_staged_set_is_written_whole_or_not_at_all() {
        let dir = tempfile::tempdir().expect("tempdir");
        let page = dir.path().join("page.html");
        std::fs::write(&page, "old").expect("write");
        let mut staged = Staged::new();
        staged
            .create_dir(&dir.path().join("a/b"))
            .expect("folders made");
        staged.add(&page, "new").expect("staged");
        staged
            .add(&dir.path().join("a/b/x.html"), "x")
            .expect("staged");
        drop(staged);
        assert_eq!(std::fs::read_to_string(&page).expect("read"), "old");
        assert!(
            !dir.path().join("a").exists(),
            "the folders made are removed"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["page.html"], "no temporary file is left");
        let mut staged = Staged::new();
        staged.add(&page, "new").expect("staged");
        staged.commit().expect("renamed");
        assert_eq!(std::fs::read_to_string(&page).expect("read"), "new");
    }

    #[test]
    fn overview_links_never_become_a_scheme() {
        assert_eq!(
            href("javascript:alert(1)-files", "a.html"),
            "./javascript%3Aalert%281%29-files/a.html"
        );
        assert_eq!(
            href("region-files", "oulu.html"),
            "./region-files/oulu.html"
        );
        assert_eq!(
            href("Ylä alue-files", "x.html"),
            "./Yl%C3%A4%20alue-files/x.html"
        );
    }
}
