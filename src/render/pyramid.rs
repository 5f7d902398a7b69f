//! `goodrel pyramid`: the drawing, a table per level, the gap list, and the versioned JSON
//! output. Everything here formats what [`crate::pyramid`] decided and returns a `String`.

use std::fmt::Write as _;

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde::Serialize;

use super::Style;
use super::json::{Tool, tool};
use super::sanitize::{cell, clean};
use crate::i18n::{self, Lang, Term};
use crate::model::Plan;
use crate::msg;
use crate::pyramid::{
    self, Gap, ItemKind, LEVELS_TOP_DOWN, Level, Overview, Placement, level_label, level_name,
};

/// Width used for tables and wrapped text when it cannot be detected (and in tests).
pub const DEFAULT_WIDTH: u16 = 80;

/// How to render the text report.
#[derive(Debug, Clone, Copy)]
pub struct TextOptions {
    /// Plain ASCII instead of Unicode box drawing.
    pub ascii: bool,
    /// Table width; `None` fits the terminal (or [`DEFAULT_WIDTH`] when not on one).
    pub width: Option<u16>,
    pub style: Style,
    /// The language of everything but plan values and ids.
    pub lang: Lang,
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            ascii: false,
            width: Some(DEFAULT_WIDTH),
            style: Style::default(),
            lang: Lang::En,
        }
    }
}

/// Whether the locale can show Unicode: the first set of `LC_ALL`, `LC_CTYPE` and `LANG`
/// (POSIX precedence) names UTF-8. `var` looks a variable up (`std::env::var` at the edge).
pub fn locale_is_utf8(var: impl Fn(&str) -> Option<String>) -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| var(k).filter(|v| !v.is_empty()))
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        })
}

/// The glyphs of one drawing style.
struct Glyphs {
    h: char,
    v: char,
    tl: char,
    tr: char,
    bl: char,
    br: char,
    join: char,
    dot: &'static str,
    dash: &'static str,
}

const UNICODE: Glyphs = Glyphs {
    h: '─',
    v: '│',
    tl: '┌',
    tr: '┐',
    bl: '└',
    br: '┘',
    join: '┴',
    dot: "·",
    dash: "—",
};

const ASCII: Glyphs = Glyphs {
    h: '-',
    v: '|',
    tl: '+',
    tr: '+',
    bl: '+',
    br: '+',
    join: '+',
    dot: "-",
    dash: "-",
};

fn glyphs(ascii: bool) -> &'static Glyphs {
    if ascii { &ASCII } else { &UNICODE }
}

/// Inner width of each tier's box, and its indent; the base is widest.
fn geometry(level: Level) -> (usize, usize) {
    match level {
        Level::Top => (38, 18),
        Level::Middle => (54, 10),
        Level::Base => (70, 2),
    }
}

fn centred(text: &str, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        return text.chars().take(width).collect();
    }
    let left = (width - len) / 2;
    format!(
        "{}{text}{}",
        " ".repeat(left),
        " ".repeat(width - len - left)
    )
}

/// The lines of a tier's box: `parts` joined by `sep` as long as they fit in `width`, a part
/// too long for a line of its own broken between words. English fits on one line; longer
/// Finnish and Swedish labels take two.
fn fit(parts: &[String], sep: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for part in parts {
        let joined = if line.is_empty() {
            part.clone()
        } else {
            format!("{line}{sep}{part}")
        };
        if joined.chars().count() <= width {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for word in part.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if candidate.chars().count() <= width || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The pyramid: three stacked tiers, widest at the base, each with its count and the share
/// of its items run with partners outside the city.
pub fn drawing(overview: &Overview<'_>, ascii: bool, lang: Lang) -> String {
    let g = glyphs(ascii);
    let mut out = String::new();
    let mut above: Option<(usize, usize)> = None;
    for level in LEVELS_TOP_DOWN {
        let (inner, indent) = geometry(level);
        let tier = overview.tier(level);
        // The top edge, joined to the tier above.
        let mut edge = String::new();
        edge.push_str(&" ".repeat(indent));
        edge.push(g.tl);
        for col in 0..inner {
            let abs = indent + 1 + col;
            let on_join = above.is_some_and(|(ai, aind)| abs == aind || abs == aind + ai + 1);
            edge.push(if on_join { g.join } else { g.h });
        }
        edge.push(g.tr);
        let _ = writeln!(out, "{edge}");

        let mut title = vec![
            level_name(level).render(lang).to_uppercase(),
            level_label(level).render(lang),
        ];
        if tier.empty() {
            title.push(i18n::text(lang, "pyramid-tier-empty"));
        } else if tier.thin {
            title.push(i18n::text(lang, "pyramid-tier-thin"));
        }
        let stats = if tier.empty() {
            vec![i18n::text(lang, "pyramid-tier-nothing")]
        } else {
            vec![
                msg!("pyramid-items", count = tier.count).render(lang),
                msg!("pyramid-tier-partners", percent = tier.non_city_percent()).render(lang),
            ]
        };
        let sep = format!(" {} ", g.dot);
        // A space each side, so that a wrapped line does not touch the box.
        let room = inner.saturating_sub(2);
        let lines = fit(&title, &sep, room)
            .into_iter()
            .chain(fit(&stats, &sep, room));
        for line in lines {
            let _ = writeln!(
                out,
                "{}{}{}{}",
                " ".repeat(indent),
                g.v,
                centred(&line, inner),
                g.v
            );
        }
        above = Some((inner, indent));
    }
    let (inner, indent) = geometry(Level::Base);
    let _ = writeln!(
        out,
        "{}{}{}{}",
        " ".repeat(indent),
        g.bl,
        g.h.to_string().repeat(inner),
        g.br
    );
    out
}

fn new_table(header: Vec<String>, options: &TextOptions) -> Table {
    let mut t = Table::new();
    t.load_style(if options.ascii {
        presets::ASCII_FULL_CONDENSED
    } else {
        presets::UTF8_FULL_CONDENSED
    })
    .set_content_arrangement(ContentArrangement::Dynamic)
    .set_header(header);
    match options.width {
        Some(w) => {
            t.force_no_tty().set_width(w);
        }
        None => {
            t.set_width(super::layout::terminal_width(DEFAULT_WIDTH));
        }
    }
    t
}

fn none(options: &TextOptions) -> &'static str {
    glyphs(options.ascii).dash
}

/// What the "sector / groups" column shows: a service's programme component, else a measure's
/// sector, else the target groups.
fn scope(p: &Placement<'_>, lang: Lang) -> String {
    if let Some(c) = p.component {
        return msg!("pyramid-scope-component", component = c.term()).render(lang);
    }
    if p.kind == ItemKind::Measure
        && let Some(s) = p.sector
    {
        return s.term().render(lang);
    }
    p.groups
        .iter()
        .map(|g| g.term().render(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The reason, marked `? ` when the placement is uncertain (see [`Placement::uncertain`]).
fn reason_cell(p: &Placement<'_>, lang: Lang) -> String {
    let mark = if p.uncertain() { "? " } else { "" };
    let reason = match &p.contradiction {
        Some(e) => cell(
            &msg!(
                "pyramid-reason-contradicted",
                reason = p.because(),
                evidence = e.because(),
                level = level_name(e.level)
            )
            .render(lang),
        ),
        None => cell(&p.because().render(lang)),
    };
    format!("{mark}{reason}")
}

fn or_none(s: String, options: &TextOptions) -> String {
    if s.is_empty() {
        none(options).to_owned()
    } else {
        s
    }
}

/// Keeps a column at least as wide as its longest unbreakable value (up to `cap`), so that
/// ids are not split in the middle.
fn keep_whole(t: &mut Table, column: usize, longest: usize, cap: usize) {
    // The boundary counts the cell's padding (one space each side).
    let width = u16::try_from(longest.min(cap) + 2).unwrap_or(u16::MAX);
    if let Some(c) = t.column_mut(column) {
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(width)));
    }
}

/// The table of one level: id, title, responsible and partners, sector or groups, reason.
/// The responsible actor and the partners share a column (partners marked `+`), which
/// leaves the title and the reason room to stay readable at 80 columns.
pub fn level_table(overview: &Overview<'_>, level: Level, options: &TextOptions) -> String {
    const WHO_MAX: usize = 16;
    let lang = options.lang;
    let mut t = new_table(
        [
            "pyramid-col-id",
            "pyramid-col-title",
            "pyramid-col-who",
            "pyramid-col-scope",
            "pyramid-col-reason",
        ]
        .map(|id| i18n::text(lang, id))
        .to_vec(),
        options,
    );
    let (mut id_w, mut who_w) = (2, 4);
    for p in overview.at(level).take(TABLE_ROWS) {
        let id = cell(p.id);
        id_w = id_w.max(id.chars().count());
        let responsible = p.responsible.map(cell);
        let partners: Vec<String> = p.partners.iter().map(|x| cell(x)).collect();
        let mut who = vec![
            responsible
                .as_deref()
                .map_or_else(|| none(options).to_owned(), str::to_owned),
        ];
        who.extend(
            partners
                .iter()
                // A no-break space keeps the mark with the id when the id wraps.
                .map(|x| format!("+\u{a0}{x}")),
        );
        who_w = who_w.max(
            responsible
                .iter()
                .map(|r| r.chars().count())
                .chain(partners.iter().map(|x| x.chars().count() + 2))
                .max()
                .unwrap_or(1),
        );
        t.add_row(vec![
            id,
            cell(p.title),
            who.join("\n"),
            or_none(scope(p, lang), options),
            reason_cell(p, lang),
        ]);
    }
    keep_whole(&mut t, 0, id_w, 8);
    keep_whole(&mut t, 2, who_w, WHO_MAX);
    format!(
        "{}\n{}{}",
        super::layout::fit_with_ids(&t, DEFAULT_WIDTH, options.lang, &[0, 2]),
        more_rows(overview.at(level).count(), lang),
        context_note(overview, level, options)
    )
}

/// The line under a level's table naming the items whose placement is uncertain (marked `?`):
/// placed on a weak word or on context alone, not on what they say they do.
fn context_note(overview: &Overview<'_>, level: Level, options: &TextOptions) -> String {
    let ids: Vec<String> = overview
        .at(level)
        .filter(|p| p.uncertain())
        .map(|p| cell(p.id))
        .collect();
    if ids.is_empty() {
        return String::new();
    }
    let width = view_width(options);
    let text = msg!("pyramid-uncertain-note", ids = ids).render(options.lang);
    wrap(&text, width, "  ")
}

/// The line under the base table naming the reference sectors mainstreamed in linked plans.
fn linked_note(overview: &Overview<'_>, options: &TextOptions) -> String {
    if overview.linked_sectors.is_empty() {
        return String::new();
    }
    let width = view_width(options);
    let lang = options.lang;
    let list: Vec<String> = overview
        .linked_sectors
        .iter()
        .map(|l| {
            format!(
                "{} ({})",
                l.sector.term().render(lang),
                cell(&l.via().render(lang))
            )
        })
        .collect();
    wrap(
        &msg!("pyramid-linked-note", sectors = list.join("; ")).render(lang),
        width,
        "  ",
    )
}

/// Rows a table of the text view shows; a generated plan with 130,000 items would otherwise
/// take seconds to lay out and be unreadable anyway. JSON lists every item.
pub const TABLE_ROWS: usize = 1000;

/// The line under a table cut at [`TABLE_ROWS`] (empty when nothing was cut).
fn more_rows(total: usize, lang: Lang) -> String {
    if total > TABLE_ROWS {
        format!(
            "  {}\n",
            msg!("pyramid-more-rows", count = total - TABLE_ROWS).render(lang)
        )
    } else {
        String::new()
    }
}

/// The table of items that could not be placed.
pub fn unplaced_table(overview: &Overview<'_>, options: &TextOptions) -> String {
    let lang = options.lang;
    let mut t = new_table(
        ["pyramid-col-id", "pyramid-col-title", "pyramid-col-why-not"]
            .map(|id| i18n::text(lang, id))
            .to_vec(),
        options,
    );
    for p in overview.unplaced().take(TABLE_ROWS) {
        t.add_row(vec![
            format!("{} {}", p.kind.noun().render(lang), cell(p.id)),
            cell(p.title),
            cell(&p.because().render(lang)),
        ]);
    }
    format!(
        "{}\n{}",
        super::layout::fit_with_ids(&t, DEFAULT_WIDTH, lang, &[0]),
        more_rows(overview.unplaced().count(), lang)
    )
}

/// The width the view fits: `--width`-like options first, else `COLUMNS` or the terminal,
/// else [`DEFAULT_WIDTH`].
fn view_width(options: &TextOptions) -> usize {
    usize::from(
        options
            .width
            .unwrap_or_else(|| super::layout::terminal_width(DEFAULT_WIDTH)),
    )
}

/// `text` wrapped between words to `width` columns, every line prefixed with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    super::layout::wrap(text, width, indent, indent)
}

/// The gap list, worst first, each with its weight, rule and suggestion.
pub fn gaps_text(gaps: &[Gap], options: &TextOptions) -> String {
    let width = view_width(options);
    let g = glyphs(options.ascii);
    let s = options.style;
    let lang = options.lang;
    let mut out = String::new();
    if gaps.is_empty() {
        let _ = writeln!(out, "{}", s.bold(&i18n::text(lang, "pyramid-gaps")));
        let _ = writeln!(out, "  {}", i18n::text(lang, "pyramid-gaps-none"));
        return out;
    }
    let _ = writeln!(
        out,
        "{}",
        s.bold(&i18n::text(lang, "pyramid-gaps-worst-first"))
    );
    if let Some(level) = pyramid::gaps::main_gap(gaps) {
        let main = msg!("pyramid-main-gap", level = pyramid::level_phrase(level)).render(lang);
        out.push_str(&super::layout::wrap(&main, width, "  ", "    "));
    }
    for (i, gap) in gaps.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{:>3}. {} {} {} {} {}",
            i + 1,
            s.bold(&level_name(gap.level).render(lang)),
            g.dot,
            msg!("pyramid-gap-weight", weight = gap.weight).render(lang),
            g.dot,
            gap.rule_id()
        );
        out.push_str(&wrap(&clean(&gap.message().render(lang)), width, "     "));
        out.push_str(&wrap(
            &format!(
                "{} {}",
                if options.ascii { "->" } else { "→" },
                clean(&gap.suggestion().render(lang))
            ),
            width,
            "     ",
        ));
    }
    out
}

/// The whole text report: heading, drawing, a table per level, unplaced items, coordination
/// structures and, when `gaps` is given, the gap list.
pub fn text(
    plan: &Plan,
    overview: &Overview<'_>,
    gaps: Option<&[Gap]>,
    options: &TextOptions,
) -> String {
    let s = options.style;
    let g = glyphs(options.ascii);
    let lang = options.lang;
    let mut out = String::new();
    let name = plan
        .municipality
        .as_ref()
        .map_or(plan.root.as_str(), |m| m.name.as_str());
    let unplaced = overview.unplaced().count();
    let _ = writeln!(
        out,
        "{} {}  ({})",
        s.bold(&i18n::text(lang, "pyramid-heading")),
        cell(name),
        clean(&plan.root)
    );
    let counts = msg!(
        "pyramid-counts",
        placed = overview.placed_count(),
        unplaced = unplaced,
        coordination = overview.coordination.len()
    )
    .render(lang);
    let _ = writeln!(out, "{}", wrap(&counts, view_width(options), ""));
    out.push_str(&drawing(overview, options.ascii, lang));
    for level in LEVELS_TOP_DOWN {
        let tier = overview.tier(level);
        let heading = format!(
            "{} {} {}  ({})",
            s.bold(&level_name(level).render(lang).to_uppercase()),
            g.dot,
            level_label(level).render(lang),
            msg!("pyramid-items", count = tier.count).render(lang)
        );
        let _ = write!(out, "\n{}", wrap(&heading, view_width(options), ""));
        if tier.empty() {
            let _ = writeln!(out, "  {}", i18n::text(lang, "pyramid-level-nothing"));
        } else {
            out.push_str(&level_table(overview, level, options));
        }
        if level == Level::Base {
            out.push_str(&linked_note(overview, options));
        }
    }
    if unplaced > 0 {
        let heading = format!(
            "{}  {}",
            s.bold(&i18n::text(lang, "pyramid-unplaced-heading")),
            msg!("pyramid-unplaced-note", count = unplaced).render(lang)
        );
        let _ = write!(out, "\n{}", wrap(&heading, view_width(options), ""));
        out.push_str(&unplaced_table(overview, options));
    }
    if !overview.coordination.is_empty() {
        let heading = format!(
            "{}  {}",
            s.bold(&i18n::text(lang, "pyramid-coordination-heading")),
            i18n::text(lang, "pyramid-coordination-note")
        );
        let _ = write!(out, "\n{}", wrap(&heading, view_width(options), ""));
        let list = overview
            .coordination
            .iter()
            .map(|p| {
                format!(
                    "{} {} ({})",
                    cell(p.id),
                    cell(p.title),
                    words_of_kind(p, plan, lang)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&wrap(&list, view_width(options), "  "));
    }
    if let Some(gaps) = gaps {
        out.push('\n');
        if overview.has_measures {
            out.push_str(&gaps_text(gaps, options));
        } else {
            let _ = writeln!(
                out,
                "{}\n  {}",
                s.bold(&i18n::text(lang, "pyramid-gaps")),
                i18n::text(lang, "pyramid-gaps-no-measures")
            );
        }
    }
    super::sanitize::guarded(out, super::sanitize::Form::Text)
}

fn words_of_kind(p: &Placement<'_>, plan: &Plan, lang: Lang) -> String {
    plan.structure(p.id)
        .map_or_else(String::new, |s| s.kind.term().render(lang))
}

// ---------------------------------------------------------------------------------------
// JSON: versioned output types, kept apart from the analysis types.

/// Version of the `pyramid --format json` output.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct PyramidOutput<'a> {
    pub version: u32,
    pub tool: Tool,
    pub root: &'a str,
    pub municipality: Option<&'a str>,
    pub thin_below: usize,
    /// The levels, top first.
    pub levels: Vec<LevelOutput>,
    /// Every measure, service and participatory structure; unplaced ones have `level: null`.
    pub items: ItemList<'a>,
    /// Coordination structures, which are not placed on the pyramid.
    pub coordination: ItemList<'a>,
    /// Gaps, worst first (empty when the plan has no measures).
    pub gaps: Vec<GapOutput>,
    /// Reference sectors whose mainstreaming a linked plan names; they count towards the
    /// base level's sector coverage but are not items.
    pub linked_sectors: Vec<LinkedSectorOutput<'a>>,
}

#[derive(Serialize)]
pub struct LinkedSectorOutput<'a> {
    pub sector: crate::model::Sector,
    pub link: &'a str,
    /// E.g. "via the municipal strategy".
    pub via: String,
}

#[derive(Serialize)]
pub struct LevelOutput {
    pub level: Level,
    /// What the level is about, in the reader's language.
    pub label: String,
    pub count: usize,
    pub with_non_city_partners: usize,
    /// Share of the level's items with non-city partners, 0–100.
    pub non_city_percent: usize,
    pub empty: bool,
    pub thin: bool,
}

#[derive(Serialize)]
pub struct ItemOutput<'a> {
    pub kind: ItemKind,
    pub id: &'a str,
    pub title: &'a str,
    pub level: Option<Level>,
    /// `declared`, `inferred`, or null when unplaced.
    pub level_source: Option<pyramid::Source>,
    pub signal: Option<pyramid::Signal>,
    /// E.g. "target group: roma (moderate) -> equality & inclusion".
    pub reason: String,
    /// The kind of evidence the placement rests on, e.g. `kind`, `word`, `target_group`,
    /// `sector`, `objective`.
    pub evidence: &'static str,
    /// How much that evidence says: `declared`, `strong`, `moderate`, `weak`, `context`;
    /// null when unplaced.
    pub strength: Option<pyramid::Strength>,
    /// Whether the placement rests only on a weak word or on context (`weak` or `context`):
    /// a `level:` in the plan would confirm it.
    pub uncertain: bool,
    /// For a declared level that strong evidence contradicts: that evidence.
    pub contradiction: Option<ContradictionOutput>,
    pub subareas: Vec<pyramid::Subarea>,
    pub responsible: Option<&'a str>,
    pub partners: &'a [String],
    pub non_city_partners: bool,
    pub sector: Option<crate::model::Sector>,
    /// For a service of the integration programme: its component.
    pub component: Option<crate::model::Component>,
    pub target_groups: &'a [crate::model::PopulationGroup],
    pub location: Option<super::json::LocationOutput<'a>>,
}

#[derive(Serialize)]
pub struct ContradictionOutput {
    pub level: Level,
    pub signal: pyramid::Signal,
    pub reason: String,
}

#[derive(Serialize)]
pub struct GapOutput {
    pub rank: usize,
    pub level: Level,
    pub kind: &'static str,
    pub rule: &'static str,
    pub weight: u32,
    pub subjects: Vec<String>,
    pub message: String,
    pub suggestion: String,
}

/// Placements written one by one as they are serialised: a plan of 99,000 measures would
/// otherwise hold 99,000 outputs and locations beside the text they become.
pub struct ItemList<'a> {
    plan: &'a Plan,
    placements: &'a [Placement<'a>],
    lang: Lang,
}

impl Serialize for ItemList<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq as _;
        let mut seq = s.serialize_seq(Some(self.placements.len()))?;
        for p in self.placements {
            let location = self.plan.item(p.loc);
            seq.serialize_element(&item_output(p, &location, self.lang))?;
        }
        seq.end()
    }
}

fn item_output<'a>(
    p: &Placement<'a>,
    location: &'a crate::finding::Location,
    lang: Lang,
) -> ItemOutput<'a> {
    ItemOutput {
        kind: p.kind,
        id: p.id,
        title: p.title,
        level: p.level,
        level_source: p.source,
        signal: p.signal,
        reason: p.reason().render(lang),
        evidence: p.why.evidence.key(),
        strength: p.why.strength,
        uncertain: p.uncertain(),
        contradiction: p.contradiction.as_ref().map(|e| ContradictionOutput {
            level: e.level,
            signal: e.signal,
            reason: e.because().render(lang),
        }),
        subareas: p.subarea_list().collect(),
        responsible: p.responsible,
        partners: p.partners,
        non_city_partners: p.non_city,
        sector: p.sector,
        component: p.component,
        target_groups: p.groups,
        location: Some(super::json::LocationOutput {
            file: &location.file,
            path: &location.path,
            start: location.span.start.into(),
            end: location.span.end.into(),
        }),
    }
}

/// The overview and its gaps as JSON (`"version": 1`): keys, ids and values as always, the
/// human texts (`label`, `reason`, `message`, `suggestion`, `via`) in `lang`.
pub fn json(plan: &Plan, overview: &Overview<'_>, gaps: &[Gap], lang: Lang) -> String {
    super::json::to_string(&json_output(plan, overview, gaps, lang))
}

/// [`json`], written to `w` as it is serialised.
pub fn write_json(
    w: impl std::io::Write,
    plan: &Plan,
    overview: &Overview<'_>,
    gaps: &[Gap],
    lang: Lang,
) -> std::io::Result<()> {
    super::json::write(w, &json_output(plan, overview, gaps, lang))
}

fn json_output<'a>(
    plan: &'a Plan,
    overview: &'a Overview<'a>,
    gaps: &[Gap],
    lang: Lang,
) -> PyramidOutput<'a> {
    PyramidOutput {
        version: JSON_VERSION,
        tool: tool(),
        root: &plan.root,
        municipality: plan.municipality.as_ref().map(|m| m.name.as_str()),
        thin_below: overview.thin_below,
        levels: LEVELS_TOP_DOWN
            .iter()
            .map(|&level| {
                let t = overview.tier(level);
                LevelOutput {
                    level,
                    label: level_label(level).render(lang),
                    count: t.count,
                    with_non_city_partners: t.with_non_city,
                    non_city_percent: t.non_city_percent(),
                    empty: t.empty(),
                    thin: t.thin,
                }
            })
            .collect(),
        items: ItemList {
            plan,
            placements: &overview.placements,
            lang,
        },
        coordination: ItemList {
            plan,
            placements: &overview.coordination,
            lang,
        },
        gaps: gaps
            .iter()
            .enumerate()
            .map(|(i, g)| GapOutput {
                rank: i + 1,
                level: g.level,
                kind: g.key(),
                rule: g.rule_id(),
                weight: g.weight,
                subjects: g.subjects(),
                message: g.message().render(lang),
                suggestion: g.suggestion().render(lang),
            })
            .collect(),
        linked_sectors: overview
            .linked_sectors
            .iter()
            .map(|l| LinkedSectorOutput {
                sector: l.sector,
                link: l.link,
                via: l.via().render(lang),
            })
            .collect(),
    }
}
