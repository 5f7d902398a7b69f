//! `goodrel checklist`: the reviewer's grid as text tables and as versioned JSON. Formats
//! what [`crate::checklist`] decided and returns a `String`.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Map, Value};

use super::json::{Tool, tool};
use crate::checklist::{Cell, Checklist, FindingRef, Grid, Mark, Programme};
use crate::i18n::{Lang, text as tr};
use crate::model::Component;
use crate::model::date::Date;
use crate::msg;
use crate::rules::integration_act::component_name;

/// Version of the checklist's JSON shape; bumped on incompatible changes.
pub const VERSION: u32 = 1;

/// How to render the text view.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// `ok` / `--` and ASCII borders instead of ✓ / ✗ and box drawing.
    pub ascii: bool,
    /// Table width; `None` fits the terminal (or 100 columns when not on one).
    pub width: Option<u16>,
}

/// A cell's mark: a symbol, or in ASCII a short word of the reader's language.
fn glyph(mark: Mark, ascii: bool, lang: Lang) -> String {
    match (mark, ascii) {
        (Mark::Ok, false) => "✓".to_owned(),
        (Mark::Gap, false) => "✗".to_owned(),
        (Mark::NotChecked, false) => "–".to_owned(),
        (Mark::Ok, true) => tr(lang, "checklist-mark-ok"),
        (Mark::Gap, true) => "--".to_owned(),
        (Mark::NotChecked, true) => tr(lang, "checklist-mark-not-checked"),
    }
}

/// A finding as the reviewer looks it up in `check`: rule id and symbolic path.
fn finding_id(r: &FindingRef) -> String {
    if r.path.is_empty() {
        r.rule.to_owned()
    } else {
        // The path holds the plan's own ids.
        format!("{} {}", r.rule, super::sanitize::cell(&r.path))
    }
}

fn cell_text(cell: &Cell, ascii: bool, lang: Lang) -> String {
    let mut s = glyph(cell.mark, ascii, lang);
    for r in &cell.findings {
        s.push('\n');
        s.push_str(&finding_id(r));
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

fn grid_table(first: &'static str, grid: &Grid, o: &TextOptions, lang: Lang) -> String {
    let mut header = vec![tr(lang, first)];
    header.extend(grid.columns.iter().map(|c| tr(lang, c.heading)));
    let mut t = new_table(header, o);
    for row in &grid.rows {
        let mut cells = vec![row.label.render(lang)];
        cells.extend(row.cells.iter().map(|c| cell_text(c, o.ascii, lang)));
        t.add_row(cells);
    }
    super::layout::fit(&t, 100, lang)
}

/// The text view: §13's grid, §45's grid, the other duties, and a legend.
pub fn text(root: &str, as_of: Date, c: &Checklist, o: &TextOptions, lang: Lang) -> String {
    let width = usize::from(
        o.width
            .unwrap_or_else(|| super::layout::terminal_width(100)),
    );
    let wrap = |text: &str| super::layout::wrap(text, width, "", "");
    let mut out = String::new();
    let title = msg!(
        "checklist-title",
        root = super::sanitize::clean(root),
        date = as_of
    )
    .render(lang);
    let _ = writeln!(out, "{}", wrap(&title));
    out.push_str(&wrap(&tr(lang, "checklist-programme")));
    match &c.programme {
        Programme::Checked(grid) => {
            out.push_str(&grid_table("checklist-column-component", grid, o, lang));
        }
        Programme::KeptSeparately { title, .. } => {
            let mut t = new_table(
                vec![
                    tr(lang, "checklist-column-component"),
                    tr(lang, "checklist-column-status"),
                ],
                o,
            );
            let kept = msg!(
                "checklist-kept-separately",
                title = super::sanitize::cell(title)
            )
            .render(lang);
            for component in Component::ALL {
                t.add_row(vec![component_name(component).render(lang), kept.clone()]);
            }
            out.push_str(&super::layout::fit(&t, 100, lang));
        }
    }
    let _ = write!(out, "\n\n{}", wrap(&tr(lang, "checklist-planning")));
    out.push_str(&grid_table("checklist-column-area", &c.planning, o, lang));
    let _ = write!(out, "\n\n{}", wrap(&tr(lang, "checklist-duties")));
    let mut t = new_table(
        vec![
            tr(lang, "checklist-column-duty"),
            tr(lang, "checklist-column-basis"),
            tr(lang, "checklist-column-status"),
        ],
        o,
    );
    for d in &c.duties {
        t.add_row(vec![
            d.label.render(lang),
            tr(
                lang,
                if d.statutory {
                    "checklist-statutory"
                } else {
                    "checklist-guidance"
                },
            ),
            cell_text(&d.cell, o.ascii, lang),
        ]);
    }
    out.push_str(&super::layout::fit(&t, 100, lang));
    let (gaps, statutory) = c.gaps();
    let legend = msg!(
        "checklist-legend",
        gap = glyph(Mark::Gap, o.ascii, lang),
        ok = glyph(Mark::Ok, o.ascii, lang),
        none = glyph(Mark::NotChecked, o.ascii, lang)
    )
    .render(lang);
    let _ = write!(out, "\n\n{}", wrap(&legend));
    out.push_str(&wrap(
        &msg!("checklist-gaps", count = gaps, statutory = statutory).render(lang),
    ));
    out
}

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    root: &'a str,
    as_of: String,
    programme: Value,
    planning: Value,
    duties: Vec<Value>,
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    gaps: usize,
    statutory_gaps: usize,
}

fn mark_key(m: Mark) -> &'static str {
    match m {
        Mark::Ok => "ok",
        Mark::Gap => "gap",
        Mark::NotChecked => "not_checked",
    }
}

fn cell_json(c: &Cell) -> Value {
    serde_json::json!({
        "mark": mark_key(c.mark),
        "findings": c.findings.iter().map(|r| serde_json::json!({
            "rule": r.rule,
            "severity": r.severity,
            "path": r.path,
        })).collect::<Vec<_>>(),
    })
}

fn grid_json(grid: &Grid, lang: Lang) -> Value {
    let rows: Vec<Value> = grid
        .rows
        .iter()
        .map(|row| {
            let cells: Map<String, Value> = grid
                .columns
                .iter()
                .zip(&row.cells)
                .map(|(col, cell)| (col.key.to_owned(), cell_json(cell)))
                .collect();
            serde_json::json!({"key": row.key, "label": row.label.render(lang), "cells": cells})
        })
        .collect();
    serde_json::json!({
        "columns": grid.columns.iter().map(|c| serde_json::json!({
            "key": c.key, "rules": c.rules,
        })).collect::<Vec<_>>(),
        "rows": rows,
    })
}

/// The versioned JSON: stable English keys, one object per grid and a list of duties; the
/// labels of rows and duties are in the reader's language.
pub fn json(root: &str, as_of: Date, c: &Checklist, lang: Lang) -> String {
    let programme = match &c.programme {
        Programme::Checked(grid) => {
            let mut v = grid_json(grid, lang);
            if let Value::Object(m) = &mut v {
                m.insert("status".into(), "checked".into());
            }
            v
        }
        Programme::KeptSeparately { link, title } => serde_json::json!({
            "status": "kept_separately",
            "kept_in": {"link": link, "title": title},
        }),
    };
    let (gaps, statutory_gaps) = c.gaps();
    let out = Output {
        version: VERSION,
        tool: tool(),
        root,
        as_of: as_of.to_string(),
        programme,
        planning: grid_json(&c.planning, lang),
        duties: c
            .duties
            .iter()
            .map(|d| {
                serde_json::json!({
                    "key": d.key,
                    "label": d.label.render(lang),
                    "rules": d.rules,
                    "statutory": d.statutory,
                    "cell": cell_json(&d.cell),
                })
            })
            .collect(),
        summary: Summary {
            gaps,
            statutory_gaps,
        },
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}
