//! `goodrel checklist`: the reviewer's grid as text tables and as versioned JSON. Formats
//! what [`crate::checklist`] decided and returns a `String`.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Map, Value};

use super::json::{Tool, tool};
use crate::checklist::{Cell, Checklist, FindingRef, Grid, Mark, Programme};
use crate::model::Component;
use crate::model::date::Date;

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

fn glyph(mark: Mark, ascii: bool) -> &'static str {
    match (mark, ascii) {
        (Mark::Ok, false) => "✓",
        (Mark::Gap, false) => "✗",
        (Mark::NotChecked, false) => "–",
        (Mark::Ok, true) => "ok",
        (Mark::Gap, true) => "--",
        (Mark::NotChecked, true) => "n/a",
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

fn cell_text(cell: &Cell, ascii: bool) -> String {
    let mut s = glyph(cell.mark, ascii).to_owned();
    for r in &cell.findings {
        s.push('\n');
        s.push_str(&finding_id(r));
    }
    s
}

fn new_table(header: Vec<&str>, o: &TextOptions) -> comfy_table::Table {
    let mut t = super::table(header);
    if o.ascii {
        t.load_style(comfy_table::presets::ASCII_FULL);
    }
    if let Some(w) = o.width {
        t.force_no_tty().set_width(w);
    }
    t
}

fn grid_table(first: &str, grid: &Grid, o: &TextOptions) -> String {
    let mut header = vec![first];
    header.extend(grid.columns.iter().map(|c| c.heading));
    let mut t = new_table(header, o);
    for row in &grid.rows {
        let mut cells = vec![row.label.to_owned()];
        cells.extend(row.cells.iter().map(|c| cell_text(c, o.ascii)));
        t.add_row(cells);
    }
    t.to_string()
}

/// The text view: §13's grid, §45's grid, the other duties, and a legend.
pub fn text(root: &str, as_of: Date, c: &Checklist, o: &TextOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Statutory checklist for {} (as of {as_of})\n",
        super::sanitize::clean(root)
    );
    out.push_str("§13 integration programme: components\n");
    match &c.programme {
        Programme::Checked(grid) => out.push_str(&grid_table("component", grid, o)),
        Programme::KeptSeparately { title, .. } => {
            let mut t = new_table(vec!["component", "status"], o);
            for component in Component::ALL {
                t.add_row(vec![
                    component.describe().to_owned(),
                    format!("kept in '{}': not checked", super::sanitize::cell(title)),
                ]);
            }
            out.push_str(&t.to_string());
        }
    }
    out.push_str("\n\n§45 planning, development and monitoring: areas\n");
    out.push_str(&grid_table("area", &c.planning, o));
    out.push_str("\n\nOther duties\n");
    let mut t = new_table(vec!["duty", "basis", "status"], o);
    for d in &c.duties {
        t.add_row(vec![
            d.label.clone(),
            if d.statutory { "statutory" } else { "guidance" }.to_owned(),
            cell_text(&d.cell, o.ascii),
        ]);
    }
    out.push_str(&t.to_string());
    let (gaps, statutory) = c.gaps();
    let _ = writeln!(
        out,
        "\n\n{}: a finding is present (rule id and item, as `goodrel check` shows them); {}: the rules ran and found nothing; {}: no rule checked it.",
        glyph(Mark::Gap, o.ascii),
        glyph(Mark::Ok, o.ascii),
        glyph(Mark::NotChecked, o.ascii),
    );
    let _ = writeln!(
        out,
        "{gaps} gap{}, {statutory} of them statutory.",
        if gaps == 1 { "" } else { "s" }
    );
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

fn grid_json(grid: &Grid) -> Value {
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
            serde_json::json!({"key": row.key, "label": row.label, "cells": cells})
        })
        .collect();
    serde_json::json!({
        "columns": grid.columns.iter().map(|c| serde_json::json!({
            "key": c.key, "rules": c.rules,
        })).collect::<Vec<_>>(),
        "rows": rows,
    })
}

/// The versioned JSON: stable English keys, one object per grid and a list of duties.
pub fn json(root: &str, as_of: Date, c: &Checklist) -> String {
    let programme = match &c.programme {
        Programme::Checked(grid) => {
            let mut v = grid_json(grid);
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
        planning: grid_json(&c.planning),
        duties: c
            .duties
            .iter()
            .map(|d| {
                serde_json::json!({
                    "key": d.key,
                    "label": d.label,
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
