//! `goodrel checklist`: the evaluated duties ([`crate::duty::Duties`]) as text tables, as
//! Markdown for a memo, and as versioned JSON. Only shows what the check decided: each ✓
//! with the items that earn it, each ✗ with its findings, each "not judged" with its reason.

use std::fmt::Write as _;

use serde::Serialize;

use super::json::{Tool, tool};
use super::sanitize::{cell, clean};
use crate::PlanReport;
use crate::duty::{Basis, Counts, Duties, Evaluated, Evidence, FindingRef, Grid, Row, Verdict};
use crate::i18n::{Lang, Message, text as tr};
use crate::msg;

/// Version of the checklist's JSON shape; bumped on incompatible changes (2: one list of
/// evaluated duties with their evidence, findings and reasons).
pub const VERSION: u32 = 2;

/// How many evidence items a text or Markdown cell names; the rest are counted.
const CELL_ITEMS: usize = 3;

/// How to render the text view.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// `ok` / `--` and ASCII borders instead of ✓ / ✗ and box drawing.
    pub ascii: bool,
    /// Table width; `None` fits the terminal (or 100 columns when not on one).
    pub width: Option<u16>,
}

/// A verdict's mark: a symbol, or in ASCII a short word of the reader's language.
fn glyph(v: &Verdict, ascii: bool, lang: Lang) -> String {
    match (v, ascii) {
        (Verdict::Met(_), false) => "✓".to_owned(),
        (Verdict::Gap(_), false) => "✗".to_owned(),
        (Verdict::NotJudged(_), false) => "–".to_owned(),
        (Verdict::Met(_), true) => tr(lang, "checklist-mark-ok"),
        (Verdict::Gap(_), true) => "--".to_owned(),
        (Verdict::NotJudged(_), true) => tr(lang, "checklist-mark-not-checked"),
    }
}

/// A finding as the reviewer looks it up in `check`: rule id and symbolic path.
fn finding_id(r: &FindingRef) -> String {
    if r.path().is_empty() {
        r.rule.to_owned()
    } else {
        // The path holds the plan's own ids.
        format!("{} {}", r.rule, cell(r.path()))
    }
}

/// The reasons of the not-judged verdicts, each once, lettered in order of appearance.
#[derive(Default)]
struct Reasons(Vec<String>);

impl Reasons {
    fn letter(&mut self, reasons: &[Message], lang: Lang) -> String {
        let text = reasons
            .iter()
            .map(|r| r.render(lang))
            .collect::<Vec<_>>()
            .join("; ");
        let i = match self.0.iter().position(|r| *r == text) {
            Some(i) => i,
            None => {
                self.0.push(text);
                self.0.len() - 1
            }
        };
        letter(i)
    }
}

/// `a`, `b`, … `z`, `aa`, `ab`, …
fn letter(i: usize) -> String {
    let mut s = String::new();
    let mut n = i;
    loop {
        s.insert(0, char::from(b'a' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s
}

/// The items a cell names: the first few evidence items' short names and how many more.
fn named_items(evidence: &[Evidence], lang: Lang) -> String {
    let mut names: Vec<String> = Vec::new();
    let counted: usize = evidence.iter().map(|e| e.more).sum();
    for e in evidence.iter().filter(|e| e.more == 0) {
        let short = cell(e.short());
        if !names.contains(&short) {
            names.push(short);
        }
    }
    let more = names.len().saturating_sub(CELL_ITEMS) + counted;
    names.truncate(CELL_ITEMS);
    let mut s = names.join(", ");
    if more > 0 {
        s.push(' ');
        s.push_str(&msg!("checklist-more", count = more).render(lang));
    }
    s
}

/// A cell's text: the mark, then what earns it, what breaks it, or the reason's letter.
fn cell_text(e: &Evaluated, ascii: bool, lang: Lang, reasons: &mut Reasons) -> String {
    let mut s = glyph(&e.verdict, ascii, lang);
    match &e.verdict {
        Verdict::Met(evidence) => {
            s.push(' ');
            s.push_str(&named_items(evidence, lang));
        }
        Verdict::Gap(findings) => {
            for r in findings {
                s.push('\n');
                s.push_str(&finding_id(r));
            }
        }
        Verdict::NotJudged(why) => {
            let _ = write!(s, " ({})", reasons.letter(why, lang));
        }
    }
    s
}

fn new_table(header: Vec<String>, o: &TextOptions) -> comfy_table::Table {
    let mut t = super::table(header.iter().map(String::as_str).collect());
    if o.ascii {
        t.load_style(comfy_table::presets::ASCII_FULL);
    }
    if let Some(w) = o.width {
        t.force_no_tty().set_width(w);
    }
    t
}

fn grid_heading(grid: Grid) -> (&'static str, &'static str) {
    match grid {
        Grid::Programme => ("checklist-programme", "checklist-column-component"),
        Grid::Planning => ("checklist-planning", "checklist-column-area"),
    }
}

fn basis_word(basis: Basis, lang: Lang) -> String {
    tr(
        lang,
        match basis {
            Basis::Statute => "checklist-statutory",
            Basis::Guidance => "checklist-guidance",
        },
    )
}

/// The summary line every view ends with: statutory gaps as `check` counts them.
pub fn summary(c: Counts) -> Message {
    msg!(
        "checklist-summary",
        statutory = c.statutory_gaps,
        gaps = c.gaps,
        met = c.met,
        unjudged = c.not_judged
    )
}

/// One item the cells name, with everything it earns: its place (the first line it is
/// named at), its name, and what makes it count in each duty.
pub struct Listed<'d> {
    pub short: &'d str,
    pub file: &'d str,
    pub line: usize,
    item: &'d Message,
    details: Vec<&'d Message>,
}

/// The items the cells name (each once; the first few of each cell, or with `all` every
/// one), in order of appearance.
pub fn listed(duties: &Duties, all: bool) -> Vec<Listed<'_>> {
    let mut shown: Vec<&str> = Vec::new();
    for e in &duties.list {
        if let Verdict::Met(evidence) = &e.verdict {
            let mut in_cell: Vec<&str> = Vec::new();
            for ev in evidence.iter().filter(|e| e.more == 0) {
                if (all || in_cell.len() < CELL_ITEMS) && !in_cell.contains(&ev.short()) {
                    in_cell.push(ev.short());
                }
            }
            for s in in_cell {
                if !shown.contains(&s) {
                    shown.push(s);
                }
            }
        }
    }
    let mut out: Vec<Listed<'_>> = Vec::new();
    for e in &duties.list {
        let Verdict::Met(evidence) = &e.verdict else {
            continue;
        };
        for ev in evidence
            .iter()
            .filter(|ev| ev.more == 0 && shown.contains(&ev.short()))
        {
            let at = &ev.location;
            match out.iter_mut().find(|l| l.short == ev.short()) {
                Some(l) => {
                    if l.file == at.file {
                        l.line = l.line.min(at.span.start.line);
                    }
                    if let Some(d) = &ev.detail
                        && !l.details.iter().any(|x| x.to_string() == d.to_string())
                    {
                        l.details.push(d);
                    }
                }
                None => out.push(Listed {
                    short: ev.short(),
                    file: &at.file,
                    line: at.span.start.line,
                    item: &ev.item,
                    details: ev.detail.iter().collect(),
                }),
            }
        }
    }
    out.sort_by_key(|l| shown.iter().position(|s| *s == l.short));
    out
}

impl Listed<'_> {
    pub fn place(&self) -> String {
        format!("{}:{}", clean(self.file), self.line)
    }

    /// The item's name and what it earns, in the reader's language.
    pub fn text(&self, lang: Lang) -> String {
        let item = self.item.render(lang);
        let text = if self.details.is_empty() {
            item
        } else {
            let details: Vec<String> = self.details.iter().map(|d| d.render(lang)).collect();
            format!("{item}: {}", details.join("; "))
        };
        clean(&text).into_owned()
    }
}

/// The text view: §13's grid, §45's grid, the other duties, the reasons, the evidence and
/// the summary, every line within the terminal's width (or `--width`).
pub fn text(report: &PlanReport, o: &TextOptions, lang: Lang) -> String {
    let duties = &report.duties;
    let width = usize::from(
        o.width
            .unwrap_or_else(|| super::layout::terminal_width(100)),
    );
    let wrap = |text: &str| super::layout::wrap(text, width, "", "");
    let mut out = String::new();
    let mut reasons = Reasons::default();
    let title = msg!(
        "checklist-title",
        root = clean(&report.root),
        date = report.as_of
    )
    .render(lang);
    let _ = writeln!(out, "{}", wrap(&title));
    for grid in [Grid::Programme, Grid::Planning] {
        let (heading, first) = grid_heading(grid);
        out.push_str(&wrap(&tr(lang, heading)));
        let mut header = vec![tr(lang, first)];
        header.extend(grid.columns().iter().map(|c| tr(lang, c.label)));
        let mut t = new_table(header, o);
        for row in crate::checklist::grid_rows(duties, grid) {
            let mut cells = vec![row.label(grid).render(lang)];
            cells.extend(
                duties
                    .row(grid, row)
                    .iter()
                    .map(|e| cell_text(e, o.ascii, lang, &mut reasons)),
            );
            t.add_row(cells);
        }
        out.push_str(&super::layout::fit(&t, 100, lang));
        out.push_str("\n\n");
    }
    out.push_str(&wrap(&tr(lang, "checklist-duties")));
    let mut t = new_table(
        vec![
            tr(lang, "checklist-column-duty"),
            tr(lang, "checklist-column-basis"),
            tr(lang, "checklist-column-status"),
        ],
        o,
    );
    for e in duties.own() {
        t.add_row(vec![
            tr(lang, e.duty.label),
            basis_word(e.duty.basis, lang),
            cell_text(e, o.ascii, lang, &mut reasons),
        ]);
    }
    out.push_str(&super::layout::fit(&t, 100, lang));
    out.push('\n');
    if !reasons.0.is_empty() {
        let _ = write!(out, "\n{}", wrap(&tr(lang, "checklist-reasons")));
        for (i, r) in reasons.0.iter().enumerate() {
            let first = format!("  ({}) ", letter(i));
            let rest = " ".repeat(first.chars().count());
            out.push_str(&super::layout::wrap(&clean(r), width, &first, &rest));
        }
    }
    let items = listed(duties, false);
    if !items.is_empty() {
        let _ = write!(out, "\n{}", wrap(&tr(lang, "checklist-evidence")));
        for l in &items {
            let first = format!("  {}  ", l.place());
            out.push_str(&super::layout::wrap(&l.text(lang), width, &first, "      "));
        }
    }
    let legend = msg!(
        "checklist-legend",
        gap = glyph(&Verdict::Gap(Vec::new()), o.ascii, lang),
        ok = glyph(&Verdict::Met(Vec::new()), o.ascii, lang),
        none = glyph(&Verdict::NotJudged(Vec::new()), o.ascii, lang)
    )
    .render(lang);
    let _ = write!(out, "\n{}", wrap(&legend));
    out.push_str(&wrap(&summary(duties.counts()).render(lang)));
    super::sanitize::guarded(out, super::sanitize::Form::Text)
}

/// Markdown for a memo: the same tables and lists as the text view, marks as symbols.
pub fn markdown(report: &PlanReport, lang: Lang) -> String {
    let duties = &report.duties;
    let mut out = String::new();
    let mut reasons = Reasons::default();
    let md = |s: &str| super::markdown::escape(s);
    // A cell's lines each escaped, joined with the table's line break.
    let cell_md = |e: &Evaluated, reasons: &mut Reasons| {
        cell_text(e, false, lang, reasons)
            .split('\n')
            .map(md)
            .collect::<Vec<_>>()
            .join("<br>")
    };
    let heading = |id: &'static str| md(tr(lang, id).trim_end_matches(':'));
    let _ = writeln!(
        out,
        "# {}\n",
        md(&msg!(
            "checklist-title",
            root = clean(&report.root),
            date = report.as_of
        )
        .render(lang))
    );
    for grid in [Grid::Programme, Grid::Planning] {
        let (heading, first) = grid_heading(grid);
        let _ = writeln!(out, "## {}\n", md(&tr(lang, heading)));
        let mut header = vec![tr(lang, first)];
        header.extend(grid.columns().iter().map(|c| tr(lang, c.label)));
        let _ = writeln!(
            out,
            "| {} |",
            header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | ")
        );
        let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
        for row in crate::checklist::grid_rows(duties, grid) {
            let mut cells = vec![md(&row.label(grid).render(lang))];
            for e in duties.row(grid, row) {
                cells.push(cell_md(e, &mut reasons));
            }
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", md(&tr(lang, "checklist-duties")));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        md(&tr(lang, "checklist-column-duty")),
        md(&tr(lang, "checklist-column-basis")),
        md(&tr(lang, "checklist-column-status"))
    );
    for e in duties.own() {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(&tr(lang, e.duty.label)),
            md(&basis_word(e.duty.basis, lang)),
            cell_md(e, &mut reasons)
        );
    }
    if !reasons.0.is_empty() {
        let _ = writeln!(out, "\n## {}\n", heading("checklist-reasons"));
        for (i, r) in reasons.0.iter().enumerate() {
            let _ = writeln!(out, "- ({}) {}", letter(i), md(&clean(r)));
        }
    }
    let items = listed(duties, false);
    if !items.is_empty() {
        let _ = writeln!(out, "\n## {}\n", heading("checklist-evidence"));
        for l in &items {
            let _ = writeln!(
                out,
                "- {} {}",
                super::markdown::code(&l.place()),
                md(&l.text(lang))
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}\n\n{}",
        super::markdown::escape_message(
            &msg!("checklist-legend", gap = "✗", ok = "✓", none = "–").render(lang)
        ),
        super::markdown::escape_message(&summary(duties.counts()).render(lang))
    );
    super::sanitize::guarded(out, super::sanitize::Form::Markup)
}

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    root: &'a str,
    as_of: String,
    duties: Vec<DutyOutput>,
    summary: Counts,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    held_back: Vec<super::json::HeldBackOutput>,
}

/// One evaluated duty in JSON.
#[derive(Serialize)]
pub struct DutyOutput {
    pub id: String,
    pub basis: Basis,
    pub verdict: &'static str,
    /// The duty (and row) in the reader's language.
    pub label: String,
    pub evidence: Vec<EvidenceOutput>,
    pub findings: Vec<FindingRefOutput>,
    /// Why it was not judged; null otherwise.
    pub reason: Option<String>,
}

#[derive(Serialize)]
pub struct EvidenceOutput {
    pub file: String,
    pub line: usize,
    pub path: String,
    pub label: String,
}

#[derive(Serialize)]
pub struct FindingRefOutput {
    pub rule: &'static str,
    pub severity: crate::finding::Severity,
    /// The finding's message in the reader's language, as `check` gives it.
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub path: String,
}

/// The duty's label: a grid cell's row and column, or the duty's own label.
pub fn label(e: &Evaluated, lang: Lang) -> String {
    match (e.duty.grid, e.row) {
        (Some(grid), Some(row)) => {
            format!("{}: {}", row_label(grid, row, lang), tr(lang, e.duty.label))
        }
        _ => tr(lang, e.duty.label),
    }
}

fn row_label(grid: Grid, row: Row, lang: Lang) -> String {
    row.label(grid).render(lang)
}

/// The evaluated duties as JSON objects (also part of `check`'s JSON).
pub fn duties_json(report: &PlanReport, lang: Lang) -> Vec<DutyOutput> {
    report
        .duties
        .list
        .iter()
        .map(|e| duty_json(report, e, lang))
        .collect()
}

/// One evaluated duty of `report` as a JSON object (`goodrel diff` shows a duty's
/// evaluation in each version).
pub fn duty_json(report: &PlanReport, e: &Evaluated, lang: Lang) -> DutyOutput {
    let (evidence, findings, reason) = match &e.verdict {
        Verdict::Met(evidence) => (
            evidence
                .iter()
                .map(|ev| EvidenceOutput {
                    file: ev.location.file.clone(),
                    line: ev.location.span.start.line,
                    path: ev.location.path.clone(),
                    label: ev.label().render(lang),
                })
                .collect(),
            Vec::new(),
            None,
        ),
        Verdict::Gap(findings) => (
            Vec::new(),
            findings
                .iter()
                .map(|f| FindingRefOutput {
                    rule: f.rule,
                    severity: f.severity,
                    message: report
                        .findings
                        .get(f.index)
                        .map(|x| x.message.render(lang))
                        .unwrap_or_default(),
                    file: f.location.as_ref().map(|l| l.file.clone()),
                    line: f.location.as_ref().map(|l| l.span.start.line),
                    path: f.path().to_owned(),
                })
                .collect(),
            None,
        ),
        Verdict::NotJudged(why) => (
            Vec::new(),
            Vec::new(),
            Some(
                why.iter()
                    .map(|m| m.render(lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
    };
    DutyOutput {
        id: e.id(),
        basis: e.duty.basis,
        verdict: e.verdict.key(),
        label: label(e, lang),
        evidence,
        findings,
        reason,
    }
}

/// The versioned JSON: one list of duties with stable ids and English keys; labels,
/// evidence and reasons in the reader's language.
pub fn json(report: &PlanReport, lang: Lang) -> String {
    let out = Output {
        version: VERSION,
        tool: tool(),
        root: &report.root,
        as_of: report.as_of.to_string(),
        duties: duties_json(report, lang),
        summary: report.duties.counts(),
        held_back: super::json::held_back(report),
    };
    super::json::to_string(&out)
}

#[cfg(test)]
mod tests {
    use super::letter;

    #[test]
    fn reasons_are_lettered() {
        assert_eq!(letter(0), "a");
        assert_eq!(letter(25), "z");
        assert_eq!(letter(26), "aa");
        assert_eq!(letter(27), "ab");
    }
}
