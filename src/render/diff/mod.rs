//! `goodrel diff` for people and machines: text for a terminal, versioned JSON, Markdown
//! that fits one pull-request comment, and GitHub annotations of the new findings. Every
//! output is neutralised like the others: plan text cleaned (text, GitHub) or escaped
//! (Markdown), the whole passed through the workflow-command guard, JSON written through
//! [`super::sanitize::to_json`].

use std::fmt::Write as _;

mod json;
mod markdown;

pub use json::json;
pub use markdown::{markdown, markdown_within};

use super::Style;
use super::sanitize::{Form, clean, guard, guarded};
use crate::PlanReport;
use crate::diff::{Cover, Diff, DutyChange, ItemRef, OldSide};
use crate::duty::{Evaluated, Verdict};
use crate::finding::{Finding, Location, Severity};
use crate::i18n::{self, Arg, Lang, Message, Term};
use crate::msg;
use crate::pyramid::{self, Level};
use crate::render::markdown::capitalised;

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
