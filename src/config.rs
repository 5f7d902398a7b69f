//! The configuration file, `goodrel.toml`: per-rule and per-family levels, plan files and
//! finding paths to ignore, the as-of date and the rule pack. It is not plan data.
//!
//! The file is read with toml's span-keeping document parser and walked key by key, so that
//! every mistake in it (an unknown key, rule or family, a bad level, a value of the wrong
//! kind) is reported in one run as a located `PLAN008 config-invalid` finding with the
//! closest known name, and the valid rest of the file still applies. See
//! docs/configuration.md for the format and every decision behind it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::discover::{self, CONFIG_FILE};
use crate::finding::{Finding, Location, Severity};
use crate::i18n::Message;
use crate::load::node::Span;
use crate::load::toml::LineIndex;
use crate::model::date::Date;
use crate::model::decode::did_you_mean;
use crate::msg;
use crate::rules::{self, Family, Rule, RuleInfo, format};

/// The rule packs goodrel knows. Finnish law (the Integration Act 681/2023 as in force from
/// 2025) is the first and, for now, only one.
pub const RULE_PACKS: &[&str] = &["fi-2025"];

/// The rule pack used when the configuration names none.
pub const DEFAULT_RULE_PACK: &str = "fi-2025";

/// The most a configuration file may hold: the plan files' limit, so that a huge or endless
/// `goodrel.toml` (a link to `/dev/zero`) is refused rather than read until memory runs out.
pub const MAX_BYTES: u64 = crate::load::DEFAULT_MAX_BYTES;

const TOP_KEYS: &[&str] = &[
    "as_of",
    "lang",
    "rule_pack",
    "ignore",
    "rules",
    "pyramid",
    "reports",
];
const RULE_TABLE_KEYS: &[&str] = &["level", "ignore"];

/// What a rule or family is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    pub const NAMES: [&'static str; 4] = ["off", "info", "warning", "error"];

    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "off" => Some(Level::Off),
            "info" => Some(Level::On(Severity::Info)),
            "warning" => Some(Level::On(Severity::Warning)),
            "error" => Some(Level::On(Severity::Error)),
            _ => None,
        }
    }
}

/// What a level or an ignore applies to: one rule, or every rule of a family.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    Rule(&'static Rule),
    Family(Family),
}

impl Target {
    /// A rule id or name (any case), or a family key (`integration_act`, `governance`, ...).
    pub fn parse(s: &str) -> Option<Target> {
        if let Some(family) = Family::ALL.iter().find(|f| f.key() == s) {
            return Some(Target::Family(*family));
        }
        rules::find(s).map(Target::Rule)
    }

    fn applies_to(self, rule: &RuleInfo) -> bool {
        match self {
            Target::Rule(r) => r.id == rule.id,
            Target::Family(f) => f == rule.family,
        }
    }

    fn is_rule(self) -> bool {
        matches!(self, Target::Rule(_))
    }

    /// Every name a target may be written as, for did-you-mean hints.
    fn candidates() -> Vec<&'static str> {
        Family::ALL
            .iter()
            .map(|f| f.key())
            .chain(rules::all().flat_map(|r| [r.id, r.name]))
            .collect()
    }
}

/// Rules whose findings neither the configuration nor a suppression can change: a file that
/// cannot be read or parsed is a part of the plan nobody checked (its suppressions included),
/// and a broken configuration cannot vouch for itself.
pub fn is_fixed(rule: &RuleInfo) -> bool {
    rule.id == format::UNREADABLE_FILE.id
        || rule.id == format::SYNTAX_ERROR.id
        || rule.id == format::CONFIG_INVALID.id
}

/// A `--level RULE=LEVEL` given on the command line; it wins over the configuration file.
#[derive(Debug, Clone, Copy)]
pub struct LevelOverride {
    pub target: Target,
    pub level: Level,
}

/// Parses `RULE=LEVEL` (or `FAMILY=LEVEL`), for clap.
pub fn parse_level_override(s: &str) -> Result<LevelOverride, String> {
    let Some((name, level)) = s.split_once('=') else {
        return Err(format!(
            "`{s}` is not RULE=LEVEL (e.g. IA012=warning or governance=off)"
        ));
    };
    let (name, level) = (name.trim(), level.trim());
    let target = Target::parse(name).ok_or_else(|| {
        let hint = did_you_mean(name, Target::candidates().into_iter())
            .map_or_else(String::new, |h| format!("; {}", h.english()));
        format!("no rule or family `{name}`{hint}")
    })?;
    if let Target::Rule(rule) = target
        && is_fixed(rule)
    {
        return Err(format!("{} cannot be reconfigured", rule.id));
    }
    let level = Level::parse(level).ok_or_else(|| {
        let hint = did_you_mean(level, Level::NAMES.into_iter())
            .map_or_else(String::new, |h| format!("; {}", h.english()));
        format!("`{level}` is not a level: use off, info, warning or error{hint}")
    })?;
    Ok(LevelOverride { target, level })
}

/// Where `check` takes its configuration from.
#[derive(Debug, Clone, Default)]
pub enum ConfigSource {
    /// The nearest `goodrel.toml` in or above the plan directory, up to the repository root;
    /// outside a repository, only in the plan directory (see [`find`]).
    #[default]
    Discover,
    /// This file (`--config`).
    File(PathBuf),
    /// No configuration file (`--no-config`).
    None,
}

/// The `[rules]` entries of one rule or family (entries naming the same one, e.g. `IA012`
/// and `ia012`, are merged: the last level wins, the ignores add up), so a configuration
/// holds at most one entry per rule and family however long it is.
#[derive(Debug, Clone)]
struct RuleEntry {
    target: Target,
    level: Option<Level>,
    /// Symbolic paths of findings to ignore, e.g. `measures[M12]`: a set, looked up once per
    /// prefix of a finding's path rather than scanned per finding (100,000 ignores).
    ignore: HashSet<Box<str>>,
}

impl Target {
    fn same(self, other: Target) -> bool {
        match (self, other) {
            (Target::Rule(a), Target::Rule(b)) => a.id == b.id,
            (Target::Family(a), Target::Family(b)) => a == b,
            _ => false,
        }
    }
}

/// The `ignore` patterns of plan files: plain paths in a set (400,000 of them as globs took
/// 430 MiB), the patterns with wildcards in one `globset`.
#[derive(Debug, Default)]
struct FileIgnores {
    paths: HashSet<Box<str>>,
    globs: Option<GlobSet>,
}

impl FileIgnores {
    /// Whether `rel` (a path relative to the configuration's folder) is ignored by a pattern.
    fn is_match(&self, rel: impl AsRef<Path>) -> bool {
        let rel = rel.as_ref();
        let plain = || {
            rel.to_str().is_some_and(|p| {
                if cfg!(windows) {
                    self.paths.contains(p.replace('\\', "/").as_str())
                } else {
                    self.paths.contains(p)
                }
            })
        };
        (!self.paths.is_empty() && plain()) || self.globs.as_ref().is_some_and(|g| g.is_match(rel))
    }
}

/// Characters that make an ignore pattern a glob rather than a plain path.
const GLOB_SYNTAX: [char; 7] = ['*', '?', '[', ']', '{', '}', '\\'];

/// The most values (texts, numbers, keys, lists and tables) a configuration may hold: far
/// more than 100,000 ignores need, while an 8 MiB file of 400,000 short paths (225 MiB to
/// parse) is refused unparsed, with a finding, and not applied.
pub const MAX_VALUES: usize = 200_000;

/// The most ignore patterns with wildcards (`*`, `?`, `[…]`, `{…}`) a configuration may use:
/// each becomes a regular expression, and 200,000 of them took a minute and 957 MiB to
/// build. Plain paths are not limited (they are looked up in a set). Past the limit the
/// file gets a finding and the rest are not used, so more is checked, never less.
pub const MAX_WILDCARD_PATTERNS: usize = 1_000;

/// A loaded configuration (the defaults when there is no file).
#[derive(Debug, Default)]
pub struct Config {
    /// The file it was read from.
    pub file: Option<PathBuf>,
    /// The directory `ignore` patterns are relative to (canonical).
    pub dir: Option<PathBuf>,
    pub as_of: Option<Date>,
    /// The rule pack named in the file, if any (see [`RULE_PACKS`]).
    pub rule_pack: Option<&'static str>,
    /// `[pyramid] thin_below`: a pyramid level with fewer placed items is thin (for both
    /// `check` and `pyramid`; `--thin-below` wins).
    pub thin_below: Option<usize>,
    /// `[reports] grace_months`: how many months after a two-year period ends its report is
    /// due (IA021, IA022; default [`crate::rules::DEFAULT_REPORT_GRACE_MONTHS`]).
    pub report_grace_months: Option<u32>,
    /// `lang = "fi"`: the output language, after `--lang` and before the locale.
    pub lang: Option<crate::i18n::Lang>,
    rules: Vec<RuleEntry>,
    file_ignores: Option<FileIgnores>,
    /// Problems with the file itself (`PLAN008`).
    pub findings: Vec<Finding>,
}

impl Config {
    /// The configuration `source` gives for the plan at `plan`.
    pub fn resolve(source: &ConfigSource, plan: &Path) -> Config {
        match source {
            ConfigSource::None => Config::default(),
            ConfigSource::File(path) => Config::load(path),
            ConfigSource::Discover => find(plan).map_or_else(Config::default, |p| Config::load(&p)),
        }
    }

    /// Reads a configuration file; a file that cannot be read is a `PLAN008` finding.
    pub fn load(path: &Path) -> Config {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let display = discover::display_path(&canonical);
        let dir = canonical.parent().map(Path::to_path_buf);
        let read = crate::load::read_bounded(path, MAX_BYTES).map_err(|e| match e {
            crate::load::ReadError::TooLarge(_) => msg!("config-too-large", max = MAX_BYTES),
            crate::load::ReadError::NotAFile => msg!("config-not-a-file"),
            crate::load::ReadError::Io(e) => msg!("config-cannot-read", error = e.to_string()),
        });
        let text = read.and_then(|bytes| {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            String::from_utf8(bytes.to_vec()).map_err(|_| msg!("config-not-utf8"))
        });
        match text {
            Ok(text) => {
                let mut config = Config::parse(&text, &display);
                config.file = Some(canonical);
                config.dir = dir;
                config
            }
            Err(e) => {
                let mut config = Config {
                    file: Some(canonical),
                    dir,
                    ..Config::default()
                };
                config
                    .findings
                    .push(problem(&display, Span::point(1, 1), "", e, None));
                config
            }
        }
    }

    /// Parses configuration text; `display` names the file in findings.
    pub fn parse(text: &str, display: &str) -> Config {
        let mut config = Config::default();
        let index = LineIndex::new(text);
        let mut p = Parser {
            display,
            index: &index,
            findings: Vec::new(),
        };
        // toml's tree takes about 300 bytes per value (124 MiB for 8 MiB of short paths), so
        // the values are counted first, as for plan files.
        if let Some(at) = crate::load::toml::values_past(text, MAX_VALUES) {
            p.report(
                index.span(at),
                "",
                msg!("config-too-many-values", max = MAX_VALUES),
                None,
            );
            config.findings = p.findings;
            return config;
        }
        match DeTable::parse(text) {
            Err(e) => {
                let span = e.span().map_or(Span::point(1, 1), |r| index.span(r));
                p.report(
                    span,
                    "",
                    msg!("config-not-toml", parser = e.message().trim_end()),
                    None,
                );
            }
            Ok(doc) => p.top(doc.get_ref(), &mut config),
        }
        config.findings = p.findings;
        config
    }

    /// Whether the plan file `file`, found under the plan directory `plan_dir` (canonical
    /// form `canonical_dir`), matches an `ignore` pattern. Patterns are relative to the
    /// configuration file's directory; a plan outside it is matched by its path relative to
    /// the plan directory. A file named directly on the command line is never ignored.
    pub fn ignores_file(&self, plan_dir: &Path, canonical_dir: Option<&Path>, file: &Path) -> bool {
        let Some(ignores) = &self.file_ignores else {
            return false;
        };
        let Ok(in_plan) = file.strip_prefix(plan_dir) else {
            return false;
        };
        if in_plan.as_os_str().is_empty() {
            return false;
        }
        let full = canonical_dir.map(|d| d.join(in_plan));
        let rel = match (&full, &self.dir) {
            (Some(full), Some(dir)) => full.strip_prefix(dir).unwrap_or(in_plan),
            _ => in_plan,
        };
        // A pattern naming a folder ignores everything below it.
        rel.ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| ignores.is_match(a))
    }

    /// Whether `path` is this configuration file (which is never plan data, whatever its
    /// name).
    pub fn is_file(&self, path: &Path) -> bool {
        let Some(file) = &self.file else {
            return false;
        };
        path.file_name() == file.file_name()
            && std::fs::canonicalize(path).is_ok_and(|p| &p == file)
    }

    /// Applies levels (`off` removes a finding) and per-rule path ignores to `findings`.
    /// `cli` overrides win over the file; with `no_ignores` the path ignores are skipped.
    /// Fixed rules (see [`is_fixed`]) are left alone.
    pub fn apply(&self, findings: &mut Vec<Finding>, cli: &[LevelOverride], no_ignores: bool) {
        if self.rules.is_empty() && cli.is_empty() {
            return;
        }
        findings.retain_mut(|f| {
            if is_fixed(f.rule) {
                return true;
            }
            let rule = f.rule;
            if !no_ignores && !f.retain_places(|_, l| !self.ignores_at(rule, l)) {
                return false;
            }
            match self.level_of(f.rule, cli) {
                Some(Level::Off) => false,
                Some(Level::On(severity)) => {
                    f.severity = severity;
                    true
                }
                None => true,
            }
        });
    }

    /// The configured level of `rule`: a command-line rule, a command-line family, a file
    /// rule, a file family, in that order of precedence (the last of equals wins).
    pub fn level_of(&self, rule: &RuleInfo, cli: &[LevelOverride]) -> Option<Level> {
        let from_cli = |want_rule: bool| {
            cli.iter()
                .rev()
                .find(|o| o.target.is_rule() == want_rule && o.target.applies_to(rule))
                .map(|o| o.level)
        };
        let from_file = |want_rule: bool| {
            self.rules
                .iter()
                .rev()
                .filter(|e| e.target.is_rule() == want_rule && e.target.applies_to(rule))
                .find_map(|e| e.level)
        };
        from_cli(true)
            .or_else(|| from_cli(false))
            .or_else(|| from_file(true))
            .or_else(|| from_file(false))
    }

    /// Whether an `ignore` of `rule` covers a finding (or a folded place) at `at`: whether
    /// the path or one of its prefixes (see [`path_has_prefix`]) is in an ignore set.
    fn ignores_at(&self, rule: &RuleInfo, at: Option<&Location>) -> bool {
        let Some(path) = at.map(|l| l.path.as_str()) else {
            return false;
        };
        self.rules
            .iter()
            .filter(|e| e.target.applies_to(rule) && !e.ignore.is_empty())
            .any(|e| path_prefixes(path).any(|prefix| e.ignore.contains(prefix)))
    }
}

/// Whether the symbolic path `path` is `prefix` or lies below it (`measures[M12]` covers
/// `measures[M12].responsible` but not `measures[M120]`).
pub fn path_has_prefix(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// Every `prefix` for which [`path_has_prefix`]`(path, prefix)` holds: the path cut before
/// each `.` and `[`, and the whole path.
fn path_prefixes(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices(['.', '['])
        .map(|(i, _)| &path[..i])
        .chain(std::iter::once(path))
}

/// The nearest `goodrel.toml` for the plan at `plan` (a directory or a file): in its
/// directory or above it, up to and including the repository root (the first directory
/// holding `.git`). Outside a repository only the plan's own directory is searched: a
/// `goodrel.toml` in a shared folder above it (the system's temp directory, a home
/// directory) may have been put there by anyone, and could switch rules off unseen.
pub fn find(plan: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(plan).ok()?;
    let dir = if start.is_dir() {
        start.as_path()
    } else {
        start.parent()?
    };
    let repository = dir.ancestors().find(|d| d.join(".git").exists());
    let searched: Vec<&Path> = match repository {
        Some(root) => dir
            .ancestors()
            .take_while(|d| d.starts_with(root))
            .collect(),
        None => vec![dir],
    };
    searched
        .into_iter()
        .map(|d| d.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

fn problem(
    display: &str,
    span: Span,
    path: &str,
    message: Message,
    hint: Option<Message>,
) -> Finding {
    Finding {
        rule: &format::CONFIG_INVALID,
        severity: format::CONFIG_INVALID.severity,
        message,
        location: Some(Location {
            file: display.to_owned(),
            span,
            path: path.to_owned(),
        }),
        hint,
        also: crate::finding::Also::default(),
        rows: Vec::new(),
    }
}

struct Parser<'a> {
    display: &'a str,
    index: &'a LineIndex<'a>,
    findings: Vec<Finding>,
}

impl Parser<'_> {
    fn report(&mut self, span: Span, path: &str, message: Message, hint: Option<Message>) {
        self.findings
            .push(problem(self.display, span, path, message, hint));
    }

    fn span<T>(&self, v: &Spanned<T>) -> Span {
        self.index.span(v.span())
    }

    fn top(&mut self, doc: &DeTable<'_>, config: &mut Config) {
        for (key, value) in doc.iter() {
            let name = key.get_ref().as_ref();
            let kspan = self.span(key);
            match name {
                "as_of" => config.as_of = self.as_of(value),
                "lang" => config.lang = self.lang(value),
                "rule_pack" => config.rule_pack = self.rule_pack(value),
                "ignore" => config.file_ignores = self.file_ignores(value),
                "rules" => self.rules(value, &mut config.rules),
                "pyramid" => config.thin_below = self.pyramid(value),
                "reports" => config.report_grace_months = self.reports(value),
                _ => {
                    let hint = did_you_mean(name, TOP_KEYS.iter().copied());
                    self.report(kspan, name, msg!("config-unknown-key", key = name), hint);
                }
            }
        }
    }

    fn wrong_kind(&mut self, value: &Spanned<DeValue<'_>>, path: &str, want: Message) {
        let got = match value.get_ref() {
            DeValue::String(_) => "text",
            DeValue::Integer(_) | DeValue::Float(_) => "number",
            DeValue::Boolean(_) => "bool",
            DeValue::Datetime(_) => "date",
            DeValue::Array(_) => "list",
            DeValue::Table(_) => "table",
        };
        self.report(
            self.span(value),
            path,
            msg!("config-wrong-kind", path = path, want = want, got = got),
            None,
        );
    }

    fn lang(&mut self, value: &Spanned<DeValue<'_>>) -> Option<crate::i18n::Lang> {
        let DeValue::String(text) = value.get_ref() else {
            self.wrong_kind(value, "lang", msg!("config-want-lang"));
            return None;
        };
        let lang = crate::i18n::Lang::parse(text);
        if lang.is_none() {
            self.report(
                self.span(value),
                "lang",
                msg!("config-unknown-lang", text = text.as_ref()),
                None,
            );
        }
        lang
    }

    fn as_of(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Date> {
        let text = match value.get_ref() {
            DeValue::Datetime(d) => d.to_string(),
            DeValue::String(s) => s.to_string(),
            _ => {
                self.wrong_kind(value, "as_of", msg!("config-want-date"));
                return None;
            }
        };
        let date = Date::parse(&text);
        if date.is_none() {
            self.report(
                self.span(value),
                "as_of",
                msg!("config-not-a-date", text = text.as_str()),
                None,
            );
        }
        date
    }

    /// `[pyramid]`: only `thin_below`, a whole number of at least 1.
    fn pyramid(&mut self, value: &Spanned<DeValue<'_>>) -> Option<usize> {
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_kind(value, "pyramid", msg!("config-want-pyramid"));
            return None;
        };
        let mut thin_below = None;
        for (key, v) in table.iter() {
            let name = key.get_ref().as_ref();
            if name != "thin_below" {
                let hint = did_you_mean(name, ["thin_below"].into_iter());
                self.report(
                    self.span(key),
                    &format!("pyramid.{name}"),
                    msg!("config-unknown-pyramid-key", key = name),
                    hint,
                );
                continue;
            }
            let n = match v.get_ref() {
                DeValue::Integer(i) => i.as_str().parse::<usize>().ok().filter(|n| *n >= 1),
                _ => None,
            };
            if n.is_none() {
                self.wrong_kind_or_range(v, "pyramid.thin_below", msg!("config-want-thin-below"));
            }
            thin_below = n.or(thin_below);
        }
        thin_below
    }

    /// `[reports]`: only `grace_months`, a whole number from 0 to 24.
    fn reports(&mut self, value: &Spanned<DeValue<'_>>) -> Option<u32> {
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_kind(value, "reports", msg!("config-want-reports"));
            return None;
        };
        let mut grace = None;
        for (key, v) in table.iter() {
            let name = key.get_ref().as_ref();
            if name != "grace_months" {
                let hint = did_you_mean(name, ["grace_months"].into_iter());
                self.report(
                    self.span(key),
                    &format!("reports.{name}"),
                    msg!("config-unknown-reports-key", key = name),
                    hint,
                );
                continue;
            }
            let n = match v.get_ref() {
                DeValue::Integer(i) => i.as_str().parse::<u32>().ok().filter(|n| *n <= 24),
                _ => None,
            };
            if n.is_none() {
                self.wrong_kind_or_range(v, "reports.grace_months", msg!("config-want-grace"));
            }
            grace = n.or(grace);
        }
        grace
    }

    fn wrong_kind_or_range(&mut self, value: &Spanned<DeValue<'_>>, path: &str, want: Message) {
        self.report(
            self.span(value),
            path,
            msg!("config-out-of-range", path = path, want = want),
            None,
        );
    }

    fn rule_pack(&mut self, value: &Spanned<DeValue<'_>>) -> Option<&'static str> {
        let Some(name) = value.get_ref().as_str() else {
            self.wrong_kind(value, "rule_pack", msg!("config-want-rule-pack"));
            return None;
        };
        let known = RULE_PACKS.iter().find(|p| **p == name).copied();
        if known.is_none() {
            let hint = did_you_mean(name, RULE_PACKS.iter().copied());
            self.report(
                self.span(value),
                "rule_pack",
                msg!(
                    "config-unknown-rule-pack",
                    name = name,
                    packs = RULE_PACKS.join(", ")
                ),
                hint,
            );
        }
        known
    }

    /// A list of texts, handed one by one to `each` (with the element's index and node, for
    /// its place if `each` reports it); each element that is not text is reported. Nothing is
    /// collected: a list of 400,000 paths goes straight into its set.
    fn texts<'v, 'i: 'v>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        path: &str,
        mut each: impl FnMut(&mut Self, usize, &str, &'v Spanned<DeValue<'i>>),
    ) {
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_kind(value, path, msg!("config-want-list"));
            return;
        };
        for (i, item) in items.iter().enumerate() {
            match item.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => each(self, i, s.trim(), item),
                Some(_) => self.report(
                    self.span(item),
                    &format!("{path}[{i}]"),
                    msg!("config-empty-entry", path = path),
                    None,
                ),
                None => self.wrong_kind(item, &format!("{path}[{i}]"), msg!("config-want-text")),
            }
        }
    }

    fn file_ignores(&mut self, value: &Spanned<DeValue<'_>>) -> Option<FileIgnores> {
        if value.get_ref().is_table() {
            self.report(
                self.span(value),
                "ignore",
                msg!("config-ignore-is-a-list"),
                None,
            );
            return None;
        }
        let mut ignores = FileIgnores::default();
        let mut builder = GlobSetBuilder::new();
        let mut any = false;
        let mut wildcards = 0;
        self.texts(value, "ignore", |p, i, pattern, item| {
            let normal = pattern.trim_start_matches("./").trim_start_matches('/');
            let normal = normal.trim_end_matches('/');
            if !normal.contains(GLOB_SYNTAX) {
                ignores.paths.insert(normal.into());
                return;
            }
            wildcards += 1;
            if wildcards == MAX_WILDCARD_PATTERNS + 1 {
                p.report(
                    p.span(item),
                    &format!("ignore[{i}]"),
                    msg!("config-too-many-patterns", max = MAX_WILDCARD_PATTERNS),
                    None,
                );
            }
            if wildcards > MAX_WILDCARD_PATTERNS {
                return;
            }
            match GlobBuilder::new(normal).literal_separator(true).build() {
                Ok(glob) => {
                    builder.add(glob);
                    any = true;
                }
                Err(e) => p.report(
                    p.span(item),
                    &format!("ignore[{i}]"),
                    msg!(
                        "config-bad-pattern",
                        pattern = pattern,
                        error = e.kind().to_string()
                    ),
                    None,
                ),
            }
        });
        if any {
            match builder.build() {
                Ok(set) => ignores.globs = Some(set),
                Err(e) => self.report(
                    self.span(value),
                    "ignore",
                    msg!("config-patterns-unusable", error = e.to_string()),
                    None,
                ),
            }
        }
        (ignores.globs.is_some() || !ignores.paths.is_empty()).then_some(ignores)
    }

    fn rules(&mut self, value: &Spanned<DeValue<'_>>, out: &mut Vec<RuleEntry>) {
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_kind(value, "rules", msg!("config-want-rules"));
            return;
        };
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            let path = format!("rules.{name}");
            let Some(target) = Target::parse(name) else {
                let hint = did_you_mean(name, Target::candidates().into_iter());
                self.report(
                    self.span(key),
                    &path,
                    msg!(
                        "config-unknown-rule",
                        name = name,
                        families = Family::ALL.map(Family::key).join(", ")
                    ),
                    hint,
                );
                continue;
            };
            if let Target::Rule(rule) = target
                && is_fixed(rule)
            {
                self.report(
                    self.span(key),
                    &path,
                    msg!("config-fixed-rule", id = rule.id, name = rule.name),
                    None,
                );
                continue;
            }
            let mut entry = RuleEntry {
                target,
                level: None,
                ignore: HashSet::new(),
            };
            match value.get_ref() {
                DeValue::String(level) => entry.level = self.level(level, value, &path),
                DeValue::Table(t) => {
                    for (k, v) in t.iter() {
                        let kname = k.get_ref().as_ref();
                        let kpath = format!("{path}.{kname}");
                        match kname {
                            "level" => match v.get_ref().as_str() {
                                Some(level) => entry.level = self.level(level, v, &kpath),
                                None => self.wrong_kind(v, &kpath, msg!("config-want-level")),
                            },
                            "ignore" => {
                                self.texts(v, &kpath, |_, _, path, _| {
                                    entry.ignore.insert(path.into());
                                });
                            }
                            _ => {
                                let hint = did_you_mean(kname, RULE_TABLE_KEYS.iter().copied());
                                self.report(
                                    self.span(k),
                                    &kpath,
                                    msg!("config-unknown-rule-key", key = kname),
                                    hint,
                                );
                            }
                        }
                    }
                }
                _ => self.wrong_kind(value, &path, msg!("config-want-rule-entry")),
            }
            match out.iter_mut().find(|e| e.target.same(entry.target)) {
                Some(earlier) => {
                    earlier.level = entry.level.or(earlier.level);
                    earlier.ignore.extend(entry.ignore);
                }
                None => out.push(entry),
            }
        }
    }

    fn level(&mut self, text: &str, value: &Spanned<DeValue<'_>>, path: &str) -> Option<Level> {
        let level = Level::parse(text);
        if level.is_none() {
            let hint = did_you_mean(text, Level::NAMES.into_iter());
            self.report(
                self.span(value),
                path,
                msg!("config-unknown-level", text = text),
                hint,
            );
        }
        level
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefixes_of_a_path_are_exactly_what_path_has_prefix_accepts() {
        let path = "measures[M12].dialogue.supported_by[0]";
        let prefixes: Vec<&str> = path_prefixes(path).collect();
        assert_eq!(
            prefixes,
            [
                "measures",
                "measures[M12]",
                "measures[M12].dialogue",
                "measures[M12].dialogue.supported_by",
                path
            ]
        );
        for cut in 0..=path.len() {
            let candidate = &path[..cut];
            assert_eq!(
                prefixes.contains(&candidate),
                path_has_prefix(path, candidate),
                "{candidate}"
            );
        }
    }

    #[test]
    fn entries_naming_one_rule_are_merged() {
        let config = Config::parse(
            "[rules]\nIA012 = \"warning\"\n[rules.ia012]\nignore = [\"measures[M1]\"]\n[rules.programme-without-services]\nignore = [\"services\"]\n",
            "goodrel.toml",
        );
        assert!(config.findings.is_empty(), "{:?}", config.findings);
        assert_eq!(config.rules.len(), 2, "IA012 once, IA001 once");
        let ia012 = crate::rules::find("IA012").expect("rule");
        assert_eq!(
            config.level_of(ia012, &[]),
            Some(Level::On(Severity::Warning))
        );
        let at = |path: &str| Location {
            file: "plan.yaml".into(),
            span: Span::point(1, 1),
            path: path.into(),
        };
        assert!(config.ignores_at(ia012, Some(&at("measures[M1].title"))));
        assert!(!config.ignores_at(ia012, Some(&at("measures[M10]"))));
    }

    #[test]
    fn a_configuration_of_too_many_values_is_refused_unparsed() {
        let mut text = String::from("as_of = 2026-01-01\nignore = [");
        for i in 0..MAX_VALUES {
            text.push_str(&format!("\"p{i}\","));
        }
        text.push_str("]\n");
        let config = Config::parse(&text, "goodrel.toml");
        assert_eq!(config.findings.len(), 1);
        let at = config.findings[0].location.as_ref().expect("located");
        assert_eq!(at.span.start.line, 2, "the line where the limit was passed");
        assert!(
            config.file_ignores.is_none() && config.as_of.is_none(),
            "nothing applied"
        );
    }

    #[test]
    fn past_the_limit_wildcard_patterns_are_reported_and_not_used() {
        let mut text = String::from("ignore = [\n");
        for i in 0..=MAX_WILDCARD_PATTERNS {
            text.push_str(&format!("  \"d{i}/*.yaml\",\n"));
        }
        text.push_str("  \"plain/file.yaml\",\n]\n");
        let config = Config::parse(&text, "goodrel.toml");
        let paths: Vec<&str> = config
            .findings
            .iter()
            .filter_map(|f| f.location.as_ref().map(|l| l.path.as_str()))
            .collect();
        assert_eq!(paths, [format!("ignore[{MAX_WILDCARD_PATTERNS}]")]);
        let set = config.file_ignores.as_ref().expect("patterns");
        assert!(set.is_match("d0/a.yaml"));
        assert!(
            set.is_match("plain/file.yaml"),
            "plain paths are not limited"
        );
        assert!(!set.is_match(format!("d{MAX_WILDCARD_PATTERNS}/a.yaml")));
    }
}
