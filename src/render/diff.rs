//! `goodrel diff` for people and machines: text for a terminal, versioned JSON, Markdown
//! that fits one pull-request comment, and GitHub annotations of the new findings. Every
//! output is neutralised like the others: plan text cleaned (text, GitHub) or escaped
//! (Markdown), the whole passed through the workflow-command guard, JSON written through
//! [`super::sanitize::to_json`].

use std::fmt::Write as _;

use serde::Serialize;

use super::Style;
use super::json::{FindingOutput, LocationOutput, Position, Summary, Tool};
use super::sanitize::{Form, clean, guard, guarded};
use crate::PlanReport;
use crate::diff::{Cover, Diff, DutyChange, ItemRef, OldSide};
use crate::duty::{Evaluated, Verdict};
use crate::finding::{Finding, Location, Severity};
use crate::i18n::{self, Arg, Lang, Message, Term};
use crate::msg;
use crate::pyramid::{self, Level};

/// What every format shows: the two checks, where the old one came from, and what
/// differs.
pub struct View<'a> {
    pub old: &'a PlanReport,
    pub new: &'a PlanReport,
    pub side: &'a OldSide,
    pub diff: &'a Diff,
    /// New findings at this level or above fail the change.
    pub fail_on: Severity,
}

impl View<'_> {
    /// Whether the change brings a finding at the fail level.
    pub fn fails(&self) -> bool {
        self.diff.new_at_least(self.fail_on) > 0
    }

    /// The old version as the reader knows it: its directory, or the plan at a revision.
    fn old_name(&self) -> Message {
        match self.side {
            OldSide::Dir => msg!("verbatim", text = self.old.root.as_str()),
            OldSide::Revision { name, commit } => msg!(
                "diff-at-revision",
                root = self.old.root.as_str(),
                rev = name.as_str(),
                commit = commit.get(..12).unwrap_or(commit)
            ),
        }
    }

    fn new_name(&self) -> Message {
        match self.side {
            OldSide::Dir => msg!("verbatim", text = self.new.root.as_str()),
            OldSide::Revision { .. } => {
                msg!("diff-working-tree", root = self.new.root.as_str())
            }
        }
    }

    /// What the reader must know to read the comparison: an old version without plan
    /// files, a version whose content could not be checked.
    fn notes(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if self.old.empty {
            out.push(i18n::text(lang, "diff-old-empty"));
        }
        if !self.diff.content_compared {
            let side = if self.new.unreadable_files > 0 {
                "new"
            } else {
                "old"
            };
            out.push(msg!("diff-format-only", side = side).render(lang));
        }
        out
    }

    fn config(&self, lang: Lang) -> String {
        super::config_used(self.new).unwrap_or_else(|| i18n::text(lang, "text-config-none"))
    }

    /// The result in one line: passes or fails, and the counts.
    fn result(&self, lang: Lang) -> String {
        let count = |s: Severity| self.diff.new.iter().filter(|f| f.severity == s).count();
        let errors = msg!("diff-new-errors", count = count(Severity::Error));
        let warnings = msg!("diff-new-warnings", count = count(Severity::Warning));
        let level = self.fail_on.as_str();
        let verdict = if self.fails() {
            msg!(
                "diff-result-fails",
                level = level,
                errors = errors,
                warnings = warnings
            )
        } else {
            msg!("diff-result-passes", level = level)
        };
        msg!("diff-result", verdict = verdict, counts = self.counts()).render(lang)
    }

    fn counts(&self) -> Message {
        let count = |s: Severity| self.diff.new.iter().filter(|f| f.severity == s).count();
        msg!(
            "diff-result-counts",
            new_errors = super::text::count_text(Severity::Error, count(Severity::Error)),
            new_warnings = super::text::count_text(Severity::Warning, count(Severity::Warning)),
            new_infos = super::text::count_text(Severity::Info, count(Severity::Info)),
            fixed = self.diff.fixed.len()
        )
    }
}

/// A place in the new version as `file:line`.
fn place(l: &Location) -> String {
    format!("{}:{}", l.file, l.span.start.line)
}

/// Where a place is: in the new version, or in the old one, which for a git revision is
/// written as git writes a file at a revision (`origin/main:plan/measures.yaml:12`), since
/// the working tree has the same file with other lines.
#[derive(Clone, Copy)]
enum At<'a> {
    New,
    Old(&'a OldSide),
}

impl At<'_> {
    fn place(self, l: &Location) -> String {
        match self {
            At::Old(OldSide::Revision { name, .. }) => format!("{name}:{}", place(l)),
            _ => place(l),
        }
    }

    fn file(self, l: &Location) -> String {
        match self {
            At::Old(OldSide::Revision { name, .. }) => format!("{name}:{}", l.file),
            _ => l.file.clone(),
        }
    }
}

/// One entry of a section: a line of raw text (plan text not yet cleaned or escaped), the
/// place it is about, and lines that say more.
struct Entry {
    line: String,
    place: Option<String>,
    more: Vec<String>,
}

impl Entry {
    fn new(line: String, place: Option<String>) -> Entry {
        Entry {
            line,
            place,
            more: Vec::new(),
        }
    }
}

struct Section {
    heading: String,
    entries: Vec<Entry>,
}

/// An item as a message names it: `measure M9 'Language café'`.
fn item_name(i: &ItemRef) -> Message {
    match i.kind {
        None => msg!("diff-municipality"),
        Some(kind) if i.title.is_empty() => {
            msg!("diff-item-untitled", kind = kind.word(), id = i.id.as_str())
        }
        Some(kind) => msg!(
            "diff-item",
            kind = kind.word(),
            id = i.id.as_str(),
            title = i.title.as_str()
        ),
    }
}

fn verdict_word(e: Option<&Evaluated>) -> Message {
    msg!(
        "diff-verdict",
        verdict = e.map_or("none", |e| e.verdict.key())
    )
}

/// The items that earn a met duty, each with its place.
fn evidence_list(e: &Evaluated, at: At<'_>, lang: Lang) -> Option<Arg> {
    let Verdict::Met(evidence) = &e.verdict else {
        return None;
    };
    Some(Arg::List(
        evidence
            .iter()
            .filter(|ev| ev.more == 0)
            .map(|ev| {
                Arg::Text(format!(
                    "{} ({})",
                    ev.label().render(lang),
                    at.place(&ev.location)
                ))
            })
            .collect(),
    ))
}

/// The findings behind a gap, each as rule, item and place.
fn gap_list(e: &Evaluated, side: At<'_>) -> Option<Arg> {
    let Verdict::Gap(findings) = &e.verdict else {
        return None;
    };
    Some(Arg::List(
        findings
            .iter()
            .map(|f| {
                let at = f
                    .location
                    .as_ref()
                    .map(|l| side.place(l))
                    .unwrap_or_default();
                Arg::Text(match (f.path(), at.is_empty()) {
                    ("", true) => f.rule.to_owned(),
                    ("", false) => format!("{} ({at})", f.rule),
                    (path, true) => format!("{} {path}", f.rule),
                    (path, false) => format!("{} {path} ({at})", f.rule),
                })
            })
            .collect(),
    ))
}

/// What makes a duty's verdict now (and, for what it no longer is, what made it then).
fn duty_entry(c: &DutyChange, old: At<'_>, lang: Lang) -> Option<Entry> {
    let latest = c.latest()?;
    let mut entry = Entry::new(
        msg!(
            "diff-duty",
            duty = super::checklist::label(latest, lang),
            before = verdict_word(c.before.as_ref()),
            after = verdict_word(c.after.as_ref())
        )
        .render(lang),
        None,
    );
    if let Some(after) = &c.after {
        let why = match &after.verdict {
            Verdict::Met(_) => {
                evidence_list(after, At::New, lang).map(|items| msg!("diff-met-by", items = items))
            }
            Verdict::Gap(_) => {
                gap_list(after, At::New).map(|f| msg!("diff-gap-because", findings = f))
            }
            Verdict::NotJudged(reasons) => Some(msg!(
                "diff-not-judged-because",
                reasons = Arg::List(reasons.iter().cloned().map(Arg::Message).collect())
            )),
        };
        entry.more.extend(why.map(|m| m.render(lang)));
    }
    if let Some(before) = &c.before {
        let was = match &before.verdict {
            Verdict::Met(_) => {
                evidence_list(before, old, lang).map(|items| msg!("diff-was-met", items = items))
            }
            Verdict::Gap(_) => gap_list(before, old).map(|f| msg!("diff-was-gap", findings = f)),
            Verdict::NotJudged(_) => None,
        };
        entry.more.extend(was.map(|m| m.render(lang)));
    }
    Some(entry)
}

fn level_word(level: Option<Level>) -> Message {
    match level {
        Some(l) => pyramid::level_name(l),
        None => msg!("diff-not-placed"),
    }
}

fn cover_list(covers: &[Cover], at: At<'_>, lang: Lang) -> Arg {
    Arg::List(
        covers
            .iter()
            .map(|c| match c {
                Cover::Item {
                    kind,
                    id,
                    title,
                    location,
                    ..
                } => Arg::Text(format!(
                    "{} ({})",
                    msg!(
                        "diff-item",
                        kind = kind.noun(),
                        id = id.as_str(),
                        title = title.as_str()
                    )
                    .render(lang),
                    at.place(location)
                )),
                Cover::Link { via, .. } => Arg::Message(via.clone()),
            })
            .collect(),
    )
}

/// The sections after the findings: the checklist, the items, the pyramid, the values.
fn sections(v: &View<'_>, lang: Lang) -> Vec<Section> {
    let d = v.diff;
    let old = At::Old(v.side);
    let mut out = Vec::new();
    if !d.duties.is_empty() {
        let mut entries: Vec<Entry> = d
            .duties
            .iter()
            .filter_map(|c| duty_entry(c, old, lang))
            .collect();
        let (b, a) = d.counts;
        entries.push(Entry::new(
            msg!(
                "diff-counts",
                statutory_before = b.statutory_gaps,
                statutory_after = a.statutory_gaps,
                met_before = b.met,
                met_after = a.met,
                gaps_before = b.gaps,
                gaps_after = a.gaps,
                unjudged_before = b.not_judged,
                unjudged_after = a.not_judged
            )
            .render(lang),
            None,
        ));
        out.push(Section {
            heading: msg!("diff-duties-heading", count = d.duties.len()).render(lang),
            entries,
        });
    }
    if !d.items.is_empty() {
        let mut entries = Vec::new();
        for i in &d.items.added {
            entries.push(Entry::new(
                msg!("diff-added", item = item_name(i)).render(lang),
                Some(place(&i.location)),
            ));
        }
        for i in &d.items.removed {
            entries.push(Entry::new(
                msg!("diff-removed", item = item_name(i)).render(lang),
                Some(old.place(&i.location)),
            ));
        }
        for c in &d.items.changed {
            let fields: Vec<Arg> = c
                .fields
                .iter()
                .map(|f| match f.as_str() {
                    "" => Arg::Message(msg!("diff-whole-item")),
                    f => Arg::Text(f.to_owned()),
                })
                .collect();
            entries.push(Entry::new(
                msg!(
                    "diff-changed",
                    item = item_name(&c.item),
                    fields = Arg::List(fields)
                )
                .render(lang),
                Some(place(&c.item.location)),
            ));
        }
        out.push(Section {
            heading: i18n::text(lang, "diff-items-heading"),
            entries,
        });
    }
    let p = &d.pyramid;
    if !p.is_empty() {
        let levels: Vec<String> = p
            .levels
            .iter()
            .map(|(level, before, after)| {
                msg!(
                    "diff-level-count",
                    level = pyramid::level_name(*level),
                    before = *before,
                    after = *after
                )
                .render(lang)
            })
            .collect();
        let mut entries = vec![Entry::new(levels.join("; "), None)];
        if p.unplaced.0 != p.unplaced.1 {
            entries.push(Entry::new(
                msg!(
                    "diff-unplaced-count",
                    before = p.unplaced.0,
                    after = p.unplaced.1
                )
                .render(lang),
                None,
            ));
        }
        for m in &p.moved {
            let item = msg!(
                "diff-item",
                kind = m.kind.noun(),
                id = m.id.as_str(),
                title = m.title.as_str()
            );
            entries.push(Entry::new(
                msg!(
                    "diff-moved",
                    item = item,
                    before = level_word(m.before),
                    after = level_word(m.after),
                    why = m.why.clone()
                )
                .render(lang),
                Some(place(&m.location)),
            ));
        }
        let plain = |m: Message| Entry::new(m.render(lang), None);
        for (gaps, id) in [
            (&p.opened, "diff-gap-opened"),
            (&p.closed, "diff-gap-closed"),
        ] {
            entries.extend(
                gaps.iter()
                    .map(|g| plain(Message::new(id).arg("gap", g.message()))),
            );
        }
        for (sectors, id, at) in [
            (&p.gained, "diff-sector-gained", At::New),
            (&p.lost, "diff-sector-lost", old),
        ] {
            entries.extend(sectors.iter().map(|s| {
                plain(
                    Message::new(id)
                        .arg("sector", s.sector.term())
                        .arg("covers", cover_list(&s.covers, at, lang)),
                )
            }));
        }
        out.push(Section {
            heading: i18n::text(lang, "diff-pyramid-heading"),
            entries,
        });
    }
    if !d.values.is_empty() {
        let entries = d
            .values
            .iter()
            .map(|r| {
                let value = super::report::number(r.value, lang);
                let unit = r.unit.as_deref().unwrap_or("");
                let line = match r.before {
                    Some(before) => msg!(
                        "diff-value-corrected",
                        indicator = r.indicator.as_str(),
                        name = r.name.as_str(),
                        value = value,
                        unit = unit,
                        date = r.date,
                        before = super::report::number(before, lang)
                    ),
                    None => msg!(
                        "diff-value",
                        indicator = r.indicator.as_str(),
                        name = r.name.as_str(),
                        value = value,
                        unit = unit,
                        date = r.date
                    ),
                };
                Entry::new(line.render(lang), Some(place(&r.location)))
            })
            .collect();
        out.push(Section {
            heading: msg!("diff-values-heading", count = d.values.len()).render(lang),
            entries,
        });
    }
    out
}

/// The new findings, then the fixed ones (each list with its heading; `true` for new),
/// leaving out an empty list.
fn finding_groups(d: &Diff) -> impl Iterator<Item = (Message, &[Finding], bool)> {
    [
        (msg!("diff-new-heading", count = d.new.len()), &d.new, true),
        (
            msg!("diff-fixed-heading", count = d.fixed.len()),
            &d.fixed,
            false,
        ),
    ]
    .into_iter()
    .filter(|(_, list, _)| !list.is_empty())
    .map(|(heading, list, new)| (heading, list.as_slice(), new))
}

/// The diff for a terminal.
pub fn text(v: &View<'_>, style: Style, lang: Lang) -> String {
    let mut out = String::new();
    let title = msg!("diff-title", old = v.old_name(), new = v.new_name()).render(lang);
    let _ = writeln!(out, "{}", style.bold(&clean(&title)));
    let config = msg!("diff-config", config = v.config(lang)).render(lang);
    let _ = writeln!(out, "{}", style.dim(&clean(&config)));
    for note in v.notes(lang) {
        let _ = writeln!(out, "{}", clean(&note));
    }
    let d = v.diff;
    if d.is_empty() {
        let _ = writeln!(out, "\n{}", i18n::text(lang, "diff-nothing"));
    }
    for (heading, findings, new) in finding_groups(d) {
        let _ = writeln!(out, "\n{}", style.bold(&capitalised(&heading.render(lang))));
        for f in findings {
            if !new {
                fixed_line(&mut out, f, At::Old(v.side), style, lang);
            } else {
                super::text::finding(&mut out, f, style, false, lang);
            }
        }
    }
    if d.kept > 0 && !(d.new.is_empty() && d.fixed.is_empty()) {
        let _ = writeln!(out, "{}", msg!("diff-kept", count = d.kept).render(lang));
    }
    for s in sections(v, lang) {
        let _ = writeln!(out, "\n{}", style.bold(&capitalised(&clean(&s.heading))));
        for e in s.entries {
            let at = e
                .place
                .map(|p| format!("  {}", style.dim(&format!("({})", clean(&p)))))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}{at}", clean(&e.line));
            for m in e.more {
                let _ = writeln!(out, "    {}", clean(&m));
            }
        }
    }
    let _ = writeln!(out, "\n{}", capitalised(&clean(&v.result(lang))));
    guarded(out, Form::Text)
}

/// A fixed finding: where it was and what it said (no help: there is nothing to fix).
fn fixed_line(out: &mut String, f: &Finding, side: At<'_>, style: Style, lang: Lang) {
    let at = f
        .location
        .as_ref()
        .map(|l| {
            format!(
                "{}:{}:{}: ",
                clean(&side.file(l)),
                l.span.start.line,
                l.span.start.col
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  {}[{}] {at}{}",
        style.severity(f.severity, lang),
        style.bold(f.rule.id),
        clean(&f.message.render(lang))
    );
}

// ---------------------------------------------------------------------------------------
// JSON

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    as_of: String,
    before: SideOutput<'a>,
    after: SideOutput<'a>,
    /// The configuration file both versions were checked with, or null.
    config: Option<String>,
    /// Findings of the old version the new one no longer has, located in the old.
    fixed: Vec<FindingOutput<'a>>,
    /// Findings of the new version the old one did not have, located in the new.
    new: Vec<FindingOutput<'a>>,
    /// How many findings are in both versions.
    kept: usize,
    /// False when a version had a plan file that could not be read (its content rules did
    /// not run): then `fixed`, `new` and `kept` count format findings only.
    content_compared: bool,
    checklist: ChecklistOutput,
    items: ItemsOutput<'a>,
    pyramid: PyramidOutput<'a>,
    indicators: IndicatorsOutput<'a>,
    result: ResultOutput,
}

#[derive(Serialize)]
struct SideOutput<'a> {
    root: &'a str,
    /// For the old version read from git: the revision as given and its commit.
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<RevisionOutput<'a>>,
    files: Vec<&'a str>,
    content_checked: bool,
    summary: Summary,
    checklist: crate::duty::Counts,
}

#[derive(Serialize)]
struct RevisionOutput<'a> {
    name: &'a str,
    commit: &'a str,
}

#[derive(Serialize)]
struct ChecklistOutput {
    before: crate::duty::Counts,
    after: crate::duty::Counts,
    changed: Vec<DutyChangeOutput>,
}

#[derive(Serialize)]
struct DutyChangeOutput {
    id: String,
    label: String,
    /// The duty's evaluation in the old version (null where it was not listed).
    before: Option<super::checklist::DutyOutput>,
    after: Option<super::checklist::DutyOutput>,
}

#[derive(Serialize)]
struct ItemOutput<'a> {
    /// The plan format's word for its kind (`measure`), or `municipality`.
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    location: LocationOutput<'a>,
}

#[derive(Serialize)]
struct ChangedOutput<'a> {
    #[serde(flatten)]
    item: ItemOutput<'a>,
    /// The plan format's keys whose values differ (`""` when the item is not a map).
    fields: &'a [String],
}

#[derive(Serialize)]
struct ItemsOutput<'a> {
    added: Vec<ItemOutput<'a>>,
    removed: Vec<ItemOutput<'a>>,
    changed: Vec<ChangedOutput<'a>>,
}

#[derive(Serialize)]
struct LevelOutput {
    level: &'static str,
    before: usize,
    after: usize,
}

#[derive(Serialize)]
struct CountOutput {
    before: usize,
    after: usize,
}

#[derive(Serialize)]
struct MovedOutput<'a> {
    kind: pyramid::ItemKind,
    id: &'a str,
    title: &'a str,
    before: Option<&'static str>,
    after: Option<&'static str>,
    because: String,
    location: LocationOutput<'a>,
}

#[derive(Serialize)]
struct GapOutput {
    rule: &'static str,
    key: &'static str,
    level: &'static str,
    subjects: Vec<String>,
    message: String,
}

#[derive(Serialize)]
struct SectorOutput<'a> {
    sector: &'static str,
    covers: Vec<CoverOutput<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum CoverOutput<'a> {
    Item {
        kind: pyramid::ItemKind,
        id: &'a str,
        title: &'a str,
        level: Option<&'static str>,
        location: LocationOutput<'a>,
    },
    Link {
        id: &'a str,
        via: String,
    },
}

#[derive(Serialize)]
struct PyramidOutput<'a> {
    levels: Vec<LevelOutput>,
    unplaced: CountOutput,
    moved: Vec<MovedOutput<'a>>,
    gaps_opened: Vec<GapOutput>,
    gaps_closed: Vec<GapOutput>,
    sectors_gained: Vec<SectorOutput<'a>>,
    sectors_lost: Vec<SectorOutput<'a>>,
}

#[derive(Serialize)]
struct ValueOutput<'a> {
    indicator: &'a str,
    name: &'a str,
    unit: Option<&'a str>,
    value: f64,
    date: String,
    /// The value the old version held for the same date, when it held another.
    before: Option<f64>,
    location: LocationOutput<'a>,
}

#[derive(Serialize)]
struct IndicatorsOutput<'a> {
    values: Vec<ValueOutput<'a>>,
}

#[derive(Serialize)]
struct ResultOutput {
    new_errors: usize,
    new_warnings: usize,
    new_info: usize,
    fixed: usize,
    fail_on: Severity,
    /// Whether the change brings a new finding at `fail_on` or above (exit code 1).
    fails: bool,
}

fn location(l: &Location) -> LocationOutput<'_> {
    LocationOutput {
        file: &l.file,
        path: &l.path,
        start: Position::from(l.span.start),
        end: Position::from(l.span.end),
    }
}

fn item_output(i: &ItemRef) -> ItemOutput<'_> {
    ItemOutput {
        kind: i.kind.map_or("municipality", |k| k.noun()),
        id: &i.id,
        title: &i.title,
        location: location(&i.location),
    }
}

fn gap_output(g: &pyramid::Gap, lang: Lang) -> GapOutput {
    GapOutput {
        rule: g.rule_id(),
        key: g.key(),
        level: pyramid::level_key(g.level),
        subjects: g.subjects(),
        message: g.message().render(lang),
    }
}

fn sector_output(s: &crate::diff::SectorChange, lang: Lang) -> SectorOutput<'_> {
    SectorOutput {
        sector: s.sector.key(),
        covers: s
            .covers
            .iter()
            .map(|c| match c {
                Cover::Item {
                    kind,
                    id,
                    title,
                    level,
                    location: at,
                } => CoverOutput::Item {
                    kind: *kind,
                    id,
                    title,
                    level: level.map(pyramid::level_key),
                    location: location(at),
                },
                Cover::Link { id, via } => CoverOutput::Link {
                    id,
                    via: via.render(lang),
                },
            })
            .collect(),
    }
}

fn side<'a>(r: &'a PlanReport, revision: Option<RevisionOutput<'a>>) -> SideOutput<'a> {
    SideOutput {
        root: &r.root,
        revision,
        files: r.plan.files.iter().map(|f| f.display.as_str()).collect(),
        content_checked: r.content_checked(),
        summary: super::json::summary(&r.findings),
        checklist: r.duties.counts(),
    }
}

/// The diff as goodrel's versioned JSON.
pub fn json(v: &View<'_>, lang: Lang) -> String {
    let d = v.diff;
    let count = |s: Severity| d.new.iter().filter(|f| f.severity == s).count();
    let revision = match v.side {
        OldSide::Dir => None,
        OldSide::Revision { name, commit } => Some(RevisionOutput { name, commit }),
    };
    let p = &d.pyramid;
    let out = Output {
        version: super::json::VERSION,
        tool: super::json::tool(),
        as_of: v.new.as_of.to_string(),
        before: side(v.old, revision),
        after: side(v.new, None),
        config: super::config_used(v.new),
        fixed: d
            .fixed
            .iter()
            .map(|f| super::json::finding(f, lang))
            .collect(),
        new: d
            .new
            .iter()
            .map(|f| super::json::finding(f, lang))
            .collect(),
        kept: d.kept,
        content_compared: d.content_compared,
        checklist: ChecklistOutput {
            before: d.counts.0,
            after: d.counts.1,
            changed: d
                .duties
                .iter()
                .map(|c| DutyChangeOutput {
                    id: c.id.clone(),
                    label: c
                        .latest()
                        .map(|e| super::checklist::label(e, lang))
                        .unwrap_or_default(),
                    before: c
                        .before
                        .as_ref()
                        .map(|e| super::checklist::duty_json(v.old, e, lang)),
                    after: c
                        .after
                        .as_ref()
                        .map(|e| super::checklist::duty_json(v.new, e, lang)),
                })
                .collect(),
        },
        items: ItemsOutput {
            added: d.items.added.iter().map(item_output).collect(),
            removed: d.items.removed.iter().map(item_output).collect(),
            changed: d
                .items
                .changed
                .iter()
                .map(|c| ChangedOutput {
                    item: item_output(&c.item),
                    fields: &c.fields,
                })
                .collect(),
        },
        pyramid: PyramidOutput {
            levels: p
                .levels
                .iter()
                .map(|(level, before, after)| LevelOutput {
                    level: pyramid::level_key(*level),
                    before: *before,
                    after: *after,
                })
                .collect(),
            unplaced: CountOutput {
                before: p.unplaced.0,
                after: p.unplaced.1,
            },
            moved: p
                .moved
                .iter()
                .map(|m| MovedOutput {
                    kind: m.kind,
                    id: &m.id,
                    title: &m.title,
                    before: m.before.map(pyramid::level_key),
                    after: m.after.map(pyramid::level_key),
                    because: m.why.render(lang),
                    location: location(&m.location),
                })
                .collect(),
            gaps_opened: p.opened.iter().map(|g| gap_output(g, lang)).collect(),
            gaps_closed: p.closed.iter().map(|g| gap_output(g, lang)).collect(),
            sectors_gained: p.gained.iter().map(|s| sector_output(s, lang)).collect(),
            sectors_lost: p.lost.iter().map(|s| sector_output(s, lang)).collect(),
        },
        indicators: IndicatorsOutput {
            values: d
                .values
                .iter()
                .map(|r| ValueOutput {
                    indicator: &r.indicator,
                    name: &r.name,
                    unit: r.unit.as_deref(),
                    value: r.value,
                    date: r.date.to_string(),
                    before: r.before,
                    location: location(&r.location),
                })
                .collect(),
        },
        result: ResultOutput {
            new_errors: count(Severity::Error),
            new_warnings: count(Severity::Warning),
            new_info: count(Severity::Info),
            fixed: d.fixed.len(),
            fail_on: v.fail_on,
            fails: v.fails(),
        },
    };
    super::json::to_string(&out)
}

// ---------------------------------------------------------------------------------------
// Markdown

use super::markdown::{capitalised, code, escape, escape_message};

/// Adds pieces while they fit in `max` bytes, keeping room for the closing line; counts
/// what did not fit.
struct Budget {
    out: String,
    max: usize,
    left_out: usize,
}

impl Budget {
    /// Adds `piece` if it fits; a piece that does not fit is counted when it is one change
    /// (`counts`), and nothing after it is added either (the comment reads in order).
    fn add(&mut self, piece: &str, counts: bool) -> bool {
        if self.left_out == 0 && self.out.len() + piece.len() <= self.max {
            self.out.push_str(piece);
            return true;
        }
        if counts {
            self.left_out += 1;
        }
        false
    }
}

/// The diff as Markdown for one pull-request comment: under [`super::markdown::MAX_LEN`]
/// bytes, what did not fit counted in the last line.
pub fn markdown(v: &View<'_>, lang: Lang) -> String {
    markdown_within(v, super::markdown::MAX_LEN, lang)
}

/// [`markdown`] with another cap (for tests).
pub fn markdown_within(v: &View<'_>, max_len: usize, lang: Lang) -> String {
    let d = v.diff;
    // The closing line is at most this long (with any count).
    let closing = |n: usize| format!("\n{}\n", msg!("diff-md-more", count = n).render(lang));
    let room = max_len.saturating_sub(closing(usize::MAX / 2).len() + 64);
    let mut b = Budget {
        out: String::new(),
        max: room,
        left_out: 0,
    };
    let title = msg!(
        "diff-title",
        old = escape(&v.old_name().render(lang)),
        new = escape(&v.new_name().render(lang))
    )
    .render(lang);
    b.add(&format!("## {}\n\n", title), false);
    b.add(
        &format!("**{}**\n\n", escape(&capitalised(&v.result(lang)))),
        false,
    );
    let config = msg!("diff-config", config = code(&v.config(lang))).render(lang);
    b.add(&format!("{config}\n\n"), false);
    for note in v.notes(lang) {
        b.add(&format!("{}\n\n", escape(&note)), false);
    }
    if d.is_empty() {
        b.add(&format!("{}\n", i18n::text(lang, "diff-nothing")), false);
    }
    for (heading, findings, new) in finding_groups(d) {
        // A new finding has its fix; a fixed one only where it was.
        let head = if new {
            format!(
                "### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
                capitalised(&heading.render(lang)),
                i18n::text(lang, "markdown-rule"),
                i18n::text(lang, "markdown-finding"),
                i18n::text(lang, "markdown-where"),
                i18n::text(lang, "explain-fix")
            )
        } else {
            format!(
                "### {}\n\n| {} | {} | {} |\n|---|---|---|\n",
                capitalised(&heading.render(lang)),
                i18n::text(lang, "markdown-rule"),
                i18n::text(lang, "markdown-finding"),
                i18n::text(lang, "markdown-where"),
            )
        };
        if !b.add(&head, false) {
            b.left_out += findings.len();
            continue;
        }
        let side = if new { At::New } else { At::Old(v.side) };
        for f in findings {
            let at = f
                .location
                .as_ref()
                .map_or_else(|| code(&v.new.root), |l| code(&side.place(l)));
            let fix = if new {
                format!(
                    " {} |",
                    f.rule.help(lang).replace('|', "\\|").replace('\n', "<br>")
                )
            } else {
                String::new()
            };
            let row = format!(
                "| **{}** {} {} | {} | {} |{fix}\n",
                f.rule.id,
                f.severity.label(lang),
                f.rule.name,
                escape_message(&f.message.render(lang)),
                at,
            );
            b.add(&row, true);
        }
        b.add("\n", false);
    }
    if d.kept > 0 && !(d.new.is_empty() && d.fixed.is_empty()) {
        b.add(
            &format!("{}\n\n", msg!("diff-kept", count = d.kept).render(lang)),
            false,
        );
    }
    for s in sections(v, lang) {
        if !b.add(
            &format!("### {}\n\n", escape(&capitalised(&s.heading))),
            false,
        ) {
            b.left_out += s.entries.len();
            continue;
        }
        for e in s.entries {
            let at = e
                .place
                .map(|p| format!(" {}", code(&p)))
                .unwrap_or_default();
            let mut piece = format!("- {}{at}\n", escape(&e.line));
            for m in e.more {
                let _ = writeln!(piece, "  - {}", escape(&m));
            }
            b.add(&piece, true);
        }
        b.add("\n", false);
    }
    let mut out = b.out;
    if b.left_out > 0 {
        out.push_str(&closing(b.left_out));
    }
    guarded(out, Form::Markup)
}

// ---------------------------------------------------------------------------------------
// GitHub

/// The new findings as GitHub annotations on their lines in the new version (in one
/// group), the fixed ones as plain lines, and a summary line. The binary also appends the
/// Markdown to `$GITHUB_STEP_SUMMARY`.
pub fn github(v: &View<'_>, lang: Lang) -> String {
    let d = v.diff;
    let mut out = String::new();
    if !d.new.is_empty() || !d.fixed.is_empty() {
        let _ = writeln!(
            out,
            "::group::{}",
            super::github::escape_data(&i18n::text(lang, "diff-github-group"))
        );
        for f in &d.new {
            out.push_str(&super::github::annotation(f, lang));
            out.push('\n');
        }
        for f in &d.fixed {
            let at = f
                .location
                .as_ref()
                .map(|l| At::Old(v.side).place(l))
                .unwrap_or_default();
            let line = msg!(
                "diff-github-fixed",
                rule = f.rule.id,
                place = at,
                message = f.message.clone()
            )
            .render(lang);
            let _ = writeln!(out, "{}", guard(&clean(&line), Form::Text));
        }
        out.push_str("::endgroup::\n");
    }
    let line = msg!(
        "diff-github-summary",
        root = v.new.root.as_str(),
        counts = v.counts(),
        old = v.old_name()
    )
    .render(lang);
    // A line of its own, which begins with the plan directory's name (it may hold `::`).
    let _ = writeln!(out, "{}", guard(&clean(&line), Form::Text));
    out
}
