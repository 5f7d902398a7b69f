//! The server's state: the open documents, the plans they belong to (one check session
//! each, with the open buffers as its sources and its last report), and the diagnostics
//! published so far, so that only what changed is sent and what was fixed is cleared.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use lsp_server::Notification;
use lsp_types::notification::PublishDiagnostics;
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams, Location,
    NumberOrString, PublishDiagnosticsParams, Url,
};

use crate::engine::{CheckOptions, PlanReport, Session, Sources};
use crate::finding::{Finding, Severity};
use crate::i18n::Lang;
use crate::load::Syntax;
use crate::{config, discover, msg};

use super::position::{Encoding, Lines};

/// An open document.
pub(super) struct Doc {
    pub path: Option<PathBuf>,
    pub text: String,
    pub version: i32,
    /// The plan directory it belongs to.
    pub plan: Option<PathBuf>,
}

impl Doc {
    pub fn syntax(&self) -> Syntax {
        self.path
            .as_deref()
            .and_then(Syntax::of)
            .unwrap_or(Syntax::Yaml)
    }
}

/// One plan being edited.
pub(super) struct Plan {
    pub session: Session,
    pub sources: Sources,
    pub report: Option<PlanReport>,
    /// Whether the sources changed since the report was made.
    pub dirty: bool,
    /// Whether its diagnostics are to be published again.
    pub unpublished: bool,
}

pub(super) struct Server {
    pub encoding: Encoding,
    /// `initializationOptions.lang`, else `--lang`.
    flag: Option<Lang>,
    locale: Option<Lang>,
    pub docs: HashMap<Url, Doc>,
    pub plans: HashMap<PathBuf, Plan>,
    /// What was last published for each file, and for which plan.
    published: HashMap<Url, (PathBuf, Vec<Diagnostic>)>,
    cwd: PathBuf,
}

impl Server {
    pub fn new(encoding: Encoding, flag: Option<Lang>, locale: Option<Lang>) -> Server {
        Server {
            encoding,
            flag,
            locale,
            docs: HashMap::new(),
            plans: HashMap::new(),
            published: HashMap::new(),
            cwd: std::env::current_dir().unwrap_or_default(),
        }
    }

    /// Handles a notification about the documents.
    pub fn notify(&mut self, note: Notification) {
        use lsp_types::notification::{
            DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
            Notification as _,
        };
        match note.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(note.params) {
                    let d = p.text_document;
                    self.open(d.uri, d.text, d.version);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(note.params) {
                    self.change(p);
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(note.params) {
                    self.touched(&p.text_document.uri);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(note.params) {
                    self.close(&p.text_document.uri);
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, uri: Url, text: String, version: i32) {
        let path = uri.to_file_path().ok();
        let plan = path.as_deref().map(|p| self.plan_for(p));
        self.docs.insert(
            uri.clone(),
            Doc {
                path,
                text,
                version,
                plan,
            },
        );
        self.touched(&uri);
    }

    fn change(&mut self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let encoding = self.encoding;
        let Some(doc) = self.docs.get_mut(&uri) else {
            return;
        };
        for change in params.content_changes {
            match change.range {
                Some(range) => {
                    let lines = Lines::new(&doc.text);
                    let start = lines.offset(range.start, encoding);
                    let end = lines.offset(range.end, encoding).max(start);
                    doc.text.replace_range(start..end, &change.text);
                }
                None => doc.text = change.text,
            }
        }
        doc.version = params.text_document.version;
        self.touched(&uri);
    }

    fn close(&mut self, uri: &Url) {
        let Some(doc) = self.docs.remove(uri) else {
            return;
        };
        let (Some(path), Some(dir)) = (doc.path, doc.plan) else {
            return;
        };
        if let Some(plan) = self.plans.get_mut(&dir) {
            plan.sources.remove_buffer(&path);
            plan.dirty = true;
            plan.unpublished = true;
        }
        if path.file_name() == Some(std::ffi::OsStr::new(discover::CONFIG_FILE)) {
            self.reconfigure(&path, None);
        }
        // A plan no open file belongs to is dropped, with its diagnostics.
        let in_use: HashSet<PathBuf> = self.docs.values().filter_map(|d| d.plan.clone()).collect();
        let unused: Vec<PathBuf> = self
            .plans
            .keys()
            .filter(|k| !in_use.contains(*k))
            .cloned()
            .collect();
        for dir in unused {
            self.plans.remove(&dir);
        }
    }

    /// A document's text changed (or was opened or saved): its plan is checked again.
    fn touched(&mut self, uri: &Url) {
        let Some(doc) = self.docs.get(uri) else {
            return;
        };
        let (Some(path), Some(dir)) = (doc.path.clone(), doc.plan.clone()) else {
            return;
        };
        let text = doc.text.clone();
        if path.file_name() == Some(std::ffi::OsStr::new(discover::CONFIG_FILE)) {
            self.reconfigure(&path, Some(&text));
            return;
        }
        let buffers: Vec<(PathBuf, String)> = self
            .docs
            .values()
            .filter(|d| d.plan.as_ref() == Some(&dir))
            .filter_map(|d| Some((d.path.clone()?, d.text.clone())))
            .collect();
        let plan = self.plans.entry(dir.clone()).or_insert_with(|| {
            let session = Session::new(&dir, options()).caching();
            Plan {
                session,
                sources: Sources::disk(),
                report: None,
                dirty: true,
                unpublished: true,
            }
        });
        if plan.report.is_none() {
            for (p, t) in buffers {
                plan.sources.set_buffer(p, t);
            }
        }
        plan.sources.set_buffer(path, text);
        plan.dirty = true;
        plan.unpublished = true;
    }

    /// The configuration file at `path` changed (`text`, unsaved) or was closed (`None`):
    /// every plan it configures gets a new session.
    fn reconfigure(&mut self, path: &Path, text: Option<&str>) {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        for (dir, plan) in &mut self.plans {
            let uses = plan.session.config().file.as_deref() == Some(canonical.as_path())
                || config::find(dir).is_some_and(|f| f == canonical);
            if !uses {
                continue;
            }
            let session = match text {
                Some(text) => {
                    let mut config =
                        config::Config::parse(text, &discover::display_path(&canonical));
                    config.file = Some(canonical.clone());
                    config.dir = canonical.parent().map(Path::to_path_buf);
                    Session::with_config(dir, options(), config)
                }
                None => Session::new(dir, options()),
            };
            plan.session = session.caching();
            plan.dirty = true;
            plan.unpublished = true;
        }
        // The file's own diagnostics are those of the plans it configures.
        if let Some(doc) = self
            .docs
            .values_mut()
            .find(|d| d.path.as_deref() == Some(path))
            && doc.plan.is_none()
        {
            doc.plan = self.plans.keys().next().cloned();
        }
    }

    /// The plan directory a file belongs to: the nearest directory at or above it holding
    /// the `municipality` section (in the file itself, an open buffer or a file on disk),
    /// not looking past the repository's root; else the file's own directory. For
    /// `goodrel.toml`, the plan of an open file it configures, else its directory.
    fn plan_for(&self, path: &Path) -> PathBuf {
        let own = path.parent().unwrap_or(Path::new("/")).to_path_buf();
        if path.file_name() == Some(std::ffi::OsStr::new(discover::CONFIG_FILE)) {
            let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            return self
                .docs
                .values()
                .filter_map(|d| d.plan.clone())
                .find(|dir| config::find(dir).is_some_and(|f| f == canonical))
                .unwrap_or(own);
        }
        for dir in own.ancestors().take(32) {
            if self.holds_municipality(dir) {
                return dir.to_path_buf();
            }
            if dir.join(".git").exists() {
                break;
            }
        }
        own
    }

    /// Whether a plan file directly in `dir` writes the `municipality` section.
    fn holds_municipality(&self, dir: &Path) -> bool {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return false;
        };
        let buffered = self
            .docs
            .values()
            .filter(|d| d.path.as_deref().and_then(Path::parent) == Some(dir))
            .filter_map(|d| Some((d.path.clone()?, d.text.clone())));
        let on_disk = entries.filter_map(|e| {
            let path = e.ok()?.path();
            if self.docs.values().any(|d| d.path.as_ref() == Some(&path)) {
                return None;
            }
            let text = crate::load::read_bounded(&path, crate::load::DEFAULT_MAX_BYTES).ok()?;
            Some((path, String::from_utf8_lossy(&text).into_owned()))
        });
        buffered.chain(on_disk).any(|(path, text)| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let plan_file = Syntax::of(&path).is_some()
                && name != discover::CONFIG_FILE
                && !name.starts_with('.');
            plan_file
                && text.lines().any(|l| {
                    let l = l.trim_end();
                    l.starts_with("municipality:")
                        || l == "[municipality]"
                        || l.starts_with("municipality =")
                        || l.starts_with("municipality.")
                })
        })
    }

    /// Checks the plan of a document as its sources are now, if they changed; then
    /// [`Server::report_of`] gives its report.
    pub fn refresh(&mut self, uri: &Url) {
        if let Some(dir) = self.docs.get(uri).and_then(|d| d.plan.clone()) {
            self.check(&dir);
        }
    }

    /// The last report of a document's plan.
    pub fn report_of(&self, uri: &Url) -> Option<&PlanReport> {
        let dir = self.docs.get(uri)?.plan.as_ref()?;
        self.plans.get(dir)?.report.as_ref()
    }

    fn check(&mut self, dir: &Path) {
        let Some(plan) = self.plans.get_mut(dir) else {
            return;
        };
        if plan.dirty || plan.report.is_none() {
            plan.report = plan.session.check(&plan.sources).ok();
            plan.dirty = false;
        }
    }

    /// The language `check` would speak for this plan.
    pub fn lang(&self, report: Option<&PlanReport>) -> Lang {
        match report {
            Some(r) => PlanReport::language(std::slice::from_ref(r), self.flag, self.locale),
            None => Lang::choose(self.flag, None, self.locale, None),
        }
    }

    /// The file a finding's place names, as a path.
    pub fn path_of(&self, display: &str) -> PathBuf {
        self.cwd.join(display)
    }

    /// The text of a file: its open buffer, the text the check read, else the disk's.
    pub fn text_of(&self, path: &Path, report: Option<&PlanReport>) -> String {
        if let Some(doc) = self.docs.values().find(|d| d.path.as_deref() == Some(path)) {
            return doc.text.clone();
        }
        if let Some(file) = report.and_then(|r| r.plan.files.iter().find(|f| f.path == path)) {
            return file.text.clone();
        }
        crate::load::read_bounded(path, crate::load::DEFAULT_MAX_BYTES)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    }

    /// The diagnostics of every plan whose sources changed, for each of its files (and
    /// empty ones for the files whose findings are gone).
    pub fn publish(&mut self) -> Vec<Notification> {
        let dirs: Vec<PathBuf> = self
            .plans
            .iter()
            .filter(|(_, p)| p.unpublished)
            .map(|(d, _)| d.clone())
            .collect();
        let mut out = Vec::new();
        for dir in &dirs {
            self.check(dir);
            let mut now: HashMap<Url, Vec<Diagnostic>> = HashMap::new();
            if let Some(plan) = self.plans.get(dir)
                && let Some(report) = &plan.report
            {
                for file in &report.plan.files {
                    if let Ok(uri) = Url::from_file_path(&file.path) {
                        now.entry(uri).or_default();
                    }
                }
                let lang = self.lang(Some(report));
                let mut lines: HashMap<PathBuf, String> = HashMap::new();
                for f in &report.findings {
                    let file = crate::engine::report::reported_file(report, f);
                    let path = self.path_of(file);
                    let Ok(uri) = Url::from_file_path(&path) else {
                        continue;
                    };
                    let diagnostic = self.diagnostic(report, f, &path, &mut lines, lang);
                    now.entry(uri).or_default().push(diagnostic);
                }
            }
            let mut batch = Vec::new();
            for (uri, (owner, _)) in &self.published {
                if owner == dir && !now.contains_key(uri) {
                    batch.push((uri.clone(), Vec::new()));
                }
            }
            for (uri, diagnostics) in now {
                let same = self
                    .published
                    .get(&uri)
                    .is_some_and(|(_, old)| *old == diagnostics);
                if !same {
                    batch.push((uri, diagnostics));
                }
            }
            for (uri, diagnostics) in &batch {
                self.published
                    .insert(uri.clone(), (dir.clone(), diagnostics.clone()));
            }
            out.append(&mut batch);
            if let Some(plan) = self.plans.get_mut(dir) {
                plan.unpublished = false;
            }
        }
        // Files of plans no longer open are cleared.
        let gone: Vec<Url> = self
            .published
            .iter()
            .filter(|(_, (dir, d))| !self.plans.contains_key(dir) && !d.is_empty())
            .map(|(u, _)| u.clone())
            .collect();
        for uri in gone {
            self.published.remove(&uri);
            out.push((uri, Vec::new()));
        }
        out.into_iter()
            .map(|(uri, diagnostics)| {
                let version = self.docs.get(&uri).map(|d| d.version);
                super::notification::<PublishDiagnostics>(PublishDiagnosticsParams {
                    uri,
                    diagnostics,
                    version,
                })
            })
            .collect()
    }

    /// One finding as the editor shows it: the message, its hint (or a fold's other
    /// places) and the rule's help; code = rule id; the fold's other places as related
    /// information; its fingerprint as data, so a code action can find it again.
    fn diagnostic(
        &self,
        report: &PlanReport,
        f: &Finding,
        path: &Path,
        texts: &mut HashMap<PathBuf, String>,
        lang: Lang,
    ) -> Diagnostic {
        use crate::render::sanitize::clean;
        let encoding = self.encoding;
        let mut range_in = |path: &Path, span| {
            let text = texts
                .entry(path.to_path_buf())
                .or_insert_with(|| self.text_of(path, Some(report)));
            Lines::new(text).range(span, encoding)
        };
        let span = f
            .location
            .as_ref()
            .map_or(crate::load::node::Span::point(1, 1), |l| l.span);
        let range = range_in(path, span);
        let mut message = clean(&f.message.render(lang)).into_owned();
        if let Some(hint) = &f.hint {
            message.push('\n');
            message.push_str(&clean(&hint.render(lang)));
        }
        message.push('\n');
        message.push_str(&msg!("text-help").render(lang));
        message.push(' ');
        message.push_str(&f.rule.help(lang));
        let also = msg!("lsp-also-here").render(lang);
        let related: Vec<DiagnosticRelatedInformation> = f
            .also
            .iter()
            .filter_map(|place| {
                let path = self.path_of(&place.file);
                let uri = Url::from_file_path(&path).ok()?;
                Some(DiagnosticRelatedInformation {
                    location: Location {
                        uri,
                        range: range_in(&path, place.span),
                    },
                    message: if place.path.is_empty() {
                        also.clone()
                    } else {
                        format!("{also}: {}", clean(&place.path))
                    },
                })
            })
            .collect();
        let file = crate::engine::report::reported_file(report, f);
        Diagnostic {
            range,
            severity: Some(match f.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
                Severity::Info => DiagnosticSeverity::INFORMATION,
            }),
            code: Some(NumberOrString::String(f.rule.id.to_owned())),
            code_description: None,
            source: Some("goodrel".to_owned()),
            message,
            related_information: (!related.is_empty()).then_some(related),
            tags: None,
            data: Some(serde_json::json!({ "fingerprint": f.fingerprint(file) })),
        }
    }
}

/// The options of an editor's check: today's date, the configuration found as `check`
/// finds it, one thread (a plan's files are parsed once, then only the one edited).
fn options() -> CheckOptions {
    CheckOptions {
        jobs: 1,
        ..CheckOptions::default()
    }
}
