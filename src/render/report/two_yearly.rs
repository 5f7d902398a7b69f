//! A draft of the two-yearly report to the regional authority (ELY Centre / vitality
//! centre), built from the plan's data for a period: per objective its indicators at the
//! period's start and end against their targets; the measures carried out in the period;
//! equal access to services; financial resources; effectiveness. Every figure in the draft
//! is a value the plan holds, shown with its date; what the plan has no data for is marked
//! as still to be written by the coordinator. Nothing is summed, estimated or rounded.

use maud::html;

use crate::PlanReport;
use crate::i18n::{Lang, Term, text};
use crate::model::date::Date;
use crate::model::{Area, Indicator, Measure, Measurement, Status};
use crate::msg;
use crate::render::markdown::escape;

use super::{ReportingPeriod, clean, number};

/// A piece of a line: goodrel's own words, plan text, or an id.
#[derive(Debug, Clone)]
pub enum Piece {
    Words(String),
    Plan(String),
    Id(String),
}

/// One block of the draft.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(u8, Vec<Piece>),
    Para(Vec<Piece>),
    Item(Vec<Piece>),
    /// What the coordinator must still write.
    Todo(String),
}

fn w(s: impl Into<String>) -> Piece {
    Piece::Words(s.into())
}

fn p(s: &str) -> Piece {
    Piece::Plan(clean(s))
}

fn id(s: &str) -> Piece {
    Piece::Id(clean(s))
}

/// All measurements of an indicator (baseline and values), by date.
fn measurements(i: &Indicator) -> Vec<&Measurement> {
    let mut all: Vec<&Measurement> = i.baseline.iter().chain(&i.values).collect();
    all.sort_by_key(|m| m.date);
    all
}

/// The value at the period's start: the latest measurement on or before it.
fn at_start<'a>(all: &[&'a Measurement], period: ReportingPeriod) -> Option<&'a Measurement> {
    all.iter().rev().find(|m| m.date <= period.start).copied()
}

/// The value at the period's end: the latest measurement inside the period.
fn at_end<'a>(all: &[&'a Measurement], period: ReportingPeriod) -> Option<&'a Measurement> {
    all.iter()
        .rev()
        .find(|m| m.date <= period.end && m.date > period.start)
        .copied()
}

fn figure(m: &Measurement, unit: &str, lang: Lang) -> String {
    msg!(
        "report-draft-figure",
        value = number(m.value, lang),
        unit = unit,
        date = m.date
    )
    .render(lang)
}

/// Whether a measure's timetable overlaps the period (ongoing measures without dates count).
fn in_period(m: &Measure, period: ReportingPeriod) -> Option<bool> {
    let t = m.timetable.as_ref()?;
    if t.is_empty() {
        return None;
    }
    let starts_before_end = t.start.is_none_or(|s| s <= period.end);
    let ends_after_start = t.ongoing || t.end.is_none_or(|e| e >= period.start);
    Some(starts_before_end && ends_after_start)
}

fn timetable(m: &Measure, lang: Lang) -> String {
    match &m.timetable {
        Some(t) => {
            let d = |d: Option<Date>| d.map(|d| d.show(lang)).unwrap_or_default();
            format!("{} – {}", d(t.start), d(t.end))
        }
        None => String::new(),
    }
}

/// The draft as blocks, for Markdown and HTML alike.
pub fn draft(report: &PlanReport, period: ReportingPeriod, lang: Lang) -> Vec<Block> {
    draft_since(report, period, None, lang)
}

/// What changed in the plan since an earlier version of it (`report --two-yearly --since`):
/// the version's name (a revision or a directory) and the items added and removed.
pub struct Since<'a> {
    pub name: &'a str,
    pub items: &'a crate::diff::Items,
}

/// [`draft`], with the measures added to and dropped from the plan since an earlier
/// version listed after the measures carried out.
pub fn draft_since(
    report: &PlanReport,
    period: ReportingPeriod,
    since: Option<Since<'_>>,
    lang: Lang,
) -> Vec<Block> {
    let plan = &report.plan;
    let mut out = Vec::new();
    let name = plan
        .municipality
        .as_ref()
        .map_or(report.root.as_str(), |m| m.name.as_str());
    out.push(Block::Heading(
        1,
        vec![w(text(lang, "report-draft-title")), w(": "), p(name)],
    ));
    out.push(Block::Para(vec![w(msg!(
        "report-draft-period",
        start = period.start,
        end = period.end
    )
    .render(lang))]));
    if let Some(ra) = plan
        .municipality
        .as_ref()
        .and_then(|m| m.regional_authority.as_ref())
    {
        out.push(Block::Para(vec![
            w(text(lang, "report-draft-to")),
            w(" "),
            p(&msg!(
                "verbatim",
                text = crate::model::authorities::authority_name(&ra.name)
            )
            .render(lang)),
        ]));
    } else {
        out.push(Block::Todo(text(lang, "report-draft-todo-authority")));
    }
    out.push(Block::Para(vec![w(text(lang, "report-draft-intro"))]));

    objectives(report, period, lang, &mut out);
    measures(report, period, lang, &mut out);
    if let Some(since) = since {
        changes(&since, lang, &mut out);
    }
    equal_access(report, lang, &mut out);
    finances(report, lang, &mut out);
    effectiveness(report, period, lang, &mut out);
    out
}

fn objectives(report: &PlanReport, period: ReportingPeriod, lang: Lang, out: &mut Vec<Block>) {
    let plan = &report.plan;
    out.push(Block::Heading(
        2,
        vec![w(text(lang, "report-draft-objectives"))],
    ));
    if plan.objectives.is_empty() {
        out.push(Block::Todo(text(lang, "report-draft-todo-objectives")));
    }
    for o in &plan.objectives {
        let areas = o
            .area
            .iter()
            .map(|a| a.term().render(lang))
            .collect::<Vec<_>>()
            .join("; ");
        out.push(Block::Heading(3, vec![id(&o.id), w(" "), p(&o.statement)]));
        out.push(Block::Para(vec![w(msg!(
            "report-draft-areas",
            areas = areas
        )
        .render(lang))]));
        if o.indicators.is_empty() {
            out.push(Block::Todo(text(lang, "report-draft-todo-no-indicator")));
        }
        for iid in &o.indicators {
            let Some(i) = plan.indicator(iid) else {
                continue;
            };
            let unit = i.unit.as_deref().unwrap_or("");
            let all = measurements(i);
            let mut line = vec![id(&i.id), w(" "), p(&i.name), w(": ")];
            let mut parts = Vec::new();
            match at_start(&all, period) {
                Some(m) => parts.push(
                    msg!("report-draft-at-start", figure = figure(m, unit, lang)).render(lang),
                ),
                None => parts.push(text(lang, "report-draft-no-start")),
            }
            match at_end(&all, period) {
                Some(m) => parts
                    .push(msg!("report-draft-at-end", figure = figure(m, unit, lang)).render(lang)),
                None => parts.push(text(lang, "report-draft-no-end")),
            }
            match &i.target {
                Some(t) => parts
                    .push(msg!("report-draft-target", figure = figure(t, unit, lang)).render(lang)),
                None => parts.push(text(lang, "report-draft-no-target")),
            }
            line.push(w(parts.join("; ")));
            out.push(Block::Item(line));
            if at_end(&all, period).is_none() {
                out.push(Block::Todo(
                    msg!(
                        "report-draft-todo-measure-indicator",
                        indicator = clean(&i.id)
                    )
                    .render(lang),
                ));
            }
        }
    }
}

fn measures(report: &PlanReport, period: ReportingPeriod, lang: Lang, out: &mut Vec<Block>) {
    let plan = &report.plan;
    out.push(Block::Heading(
        2,
        vec![w(text(lang, "report-draft-measures"))],
    ));
    out.push(Block::Para(vec![w(text(
        lang,
        "report-draft-measures-intro",
    ))]));
    let mut unknown = Vec::new();
    for (status, heading) in [
        (Status::Done, "report-draft-measures-done"),
        (Status::Ongoing, "report-draft-measures-ongoing"),
        (Status::Planned, "report-draft-measures-planned"),
        (Status::Dropped, "report-draft-measures-dropped"),
    ] {
        let these: Vec<_> = plan
            .measures
            .iter()
            .filter(|m| m.status == Some(status) && in_period(m, period) == Some(true))
            .collect();
        if these.is_empty() {
            continue;
        }
        out.push(Block::Heading(3, vec![w(text(lang, heading))]));
        for m in these {
            out.push(Block::Item(vec![
                id(&m.id),
                w(" "),
                p(&m.title),
                w(format!(" ({})", timetable(m, lang))),
            ]));
        }
    }
    for m in &plan.measures {
        if m.status.is_none() || in_period(m, period).is_none() {
            unknown.push(clean(&m.id));
        }
    }
    if !unknown.is_empty() {
        out.push(Block::Todo(
            msg!(
                "report-draft-todo-measure-status",
                measures = unknown.join(", ")
            )
            .render(lang),
        ));
    }
    out.push(Block::Todo(text(lang, "report-draft-todo-measures")));
}

/// The measures added to and dropped from the plan since an earlier version, each with
/// its id and title as the plan wrote them (for a dropped one, the old version).
fn changes(since: &Since<'_>, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(
        3,
        vec![w(
            msg!("report-draft-since", since = clean(since.name)).render(lang)
        )],
    ));
    out.push(Block::Para(vec![w(msg!(
        "report-draft-since-intro",
        since = clean(since.name)
    )
    .render(lang))]));
    let (added, dropped) = since.items.measures();
    if added.is_empty() && dropped.is_empty() {
        out.push(Block::Para(vec![w(text(lang, "report-draft-since-none"))]));
        return;
    }
    for (list, heading) in [
        (added, "report-draft-since-added"),
        (dropped, "report-draft-since-dropped"),
    ] {
        if list.is_empty() {
            continue;
        }
        out.push(Block::Para(vec![w(text(lang, heading))]));
        for m in list {
            out.push(Block::Item(vec![id(&m.id), w(" "), p(&m.title)]));
        }
    }
}

fn equal_access(report: &PlanReport, lang: Lang, out: &mut Vec<Block>) {
    let plan = &report.plan;
    out.push(Block::Heading(
        2,
        vec![w(text(lang, "report-draft-access"))],
    ));
    if plan.services.is_empty() {
        out.push(Block::Todo(text(lang, "report-draft-todo-services")));
    }
    for s in &plan.services {
        let mut line = vec![id(&s.id), w(" "), p(&s.name), w(": ")];
        let mut parts = Vec::new();
        if s.languages.is_empty() {
            parts.push(text(lang, "report-draft-no-languages"));
        } else {
            let langs: Vec<String> = s.languages.iter().map(|l| clean(l)).collect();
            parts.push(msg!("report-draft-languages", languages = langs.join(", ")).render(lang));
        }
        if s.client_language {
            parts.push(text(lang, "report-draft-client-language"));
        }
        if s.target_groups.is_empty() {
            parts.push(text(lang, "report-draft-no-groups"));
        } else {
            let groups: Vec<String> = s
                .target_groups
                .iter()
                .map(|g| g.term().render(lang))
                .collect();
            parts.push(msg!("report-draft-groups", groups = groups.join(", ")).render(lang));
        }
        line.push(w(parts.join("; ")));
        out.push(Block::Item(line));
    }
    out.push(Block::Todo(text(lang, "report-draft-todo-accessibility")));
}

fn finances(report: &PlanReport, lang: Lang, out: &mut Vec<Block>) {
    let plan = &report.plan;
    out.push(Block::Heading(
        2,
        vec![w(text(lang, "report-draft-finances"))],
    ));
    let budgets = plan
        .municipality
        .as_ref()
        .map(|m| &m.budget.0[..])
        .unwrap_or(&[]);
    for b in budgets {
        out.push(Block::Item(vec![w(budget_line(b, lang))]));
    }
    let mut without = Vec::new();
    let area_of = |m: &Measure| -> Area {
        m.objectives
            .iter()
            .filter_map(|o| plan.objective(o))
            .flat_map(|o| o.area.iter().copied())
            .next()
            .unwrap_or(Area::Other)
    };
    for area in Area::STATUTORY.into_iter().chain([Area::Other]) {
        let these: Vec<_> = plan
            .measures
            .iter()
            .filter(|m| area_of(m) == area && (m.funding.is_some() || !m.budget.is_empty()))
            .collect();
        if these.is_empty() {
            continue;
        }
        out.push(Block::Heading(3, vec![w(area.term().render(lang))]));
        for m in these {
            let mut parts = Vec::new();
            if let Some(f) = &m.funding {
                parts.push(match f.amount_eur {
                    Some(eur) => msg!(
                        "report-draft-funding",
                        source = clean(&f.source),
                        amount = number(eur, lang)
                    )
                    .render(lang),
                    None => msg!("report-draft-funding-no-amount", source = clean(&f.source))
                        .render(lang),
                });
            }
            for b in m.budget.iter() {
                parts.push(budget_line(b, lang));
            }
            out.push(Block::Item(vec![
                id(&m.id),
                w(" "),
                p(&m.title),
                w(": "),
                w(parts.join("; ")),
            ]));
        }
    }
    for m in &plan.measures {
        // No amount anywhere: neither a funding amount nor a budget line.
        if m.funding.as_ref().is_none_or(|f| f.amount_eur.is_none()) && m.budget.is_empty() {
            without.push(clean(&m.id));
        }
    }
    if budgets.is_empty() {
        out.push(Block::Todo(text(lang, "report-draft-todo-budget")));
    }
    if !without.is_empty() {
        out.push(Block::Todo(
            msg!("report-draft-todo-funding", measures = without.join(", ")).render(lang),
        ));
    }
    out.push(Block::Todo(text(lang, "report-draft-todo-spent")));
}

fn budget_line(b: &crate::model::Budget, lang: Lang) -> String {
    let source = b.source.as_deref().map(clean).unwrap_or_default();
    match b.year {
        Some(year) => msg!(
            "report-draft-budget-year",
            amount = number(b.amount_eur, lang),
            source = source,
            year = year.to_string()
        )
        .render(lang),
        None => msg!(
            "report-draft-budget",
            amount = number(b.amount_eur, lang),
            source = source
        )
        .render(lang),
    }
}

fn effectiveness(report: &PlanReport, period: ReportingPeriod, lang: Lang, out: &mut Vec<Block>) {
    let plan = &report.plan;
    out.push(Block::Heading(
        2,
        vec![w(text(lang, "report-draft-effectiveness"))],
    ));
    for i in &plan.indicators {
        let all = measurements(i);
        let (Some(start), Some(end)) = (at_start(&all, period), at_end(&all, period)) else {
            continue;
        };
        let unit = i.unit.as_deref().unwrap_or("");
        let direction = if end.value > start.value {
            "up"
        } else if end.value < start.value {
            "down"
        } else {
            "same"
        };
        let toward = match &i.target {
            Some(t) if (t.value - end.value).abs() < (t.value - start.value).abs() => "toward",
            Some(t) if (t.value - end.value).abs() > (t.value - start.value).abs() => "away",
            Some(_) => "same",
            None => "none",
        };
        let reached = i.target.as_ref().is_some_and(|t| {
            if t.value >= start.value {
                end.value >= t.value
            } else {
                end.value <= t.value
            }
        });
        out.push(Block::Item(vec![
            id(&i.id),
            w(" "),
            p(&i.name),
            w(": "),
            w(msg!(
                "report-draft-trend",
                direction = direction,
                start = figure(start, unit, lang),
                end = figure(end, unit, lang),
                toward = toward,
                reached = if reached { "yes" } else { "no" }
            )
            .render(lang)),
        ]));
    }
    out.push(Block::Todo(text(lang, "report-draft-todo-effectiveness")));
}

fn md_pieces(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Words(s) => escape(s),
            Piece::Plan(s) => escape(s),
            Piece::Id(s) => format!("`{}`", s.replace('`', "'")),
        })
        .collect()
}

/// The draft as Markdown.
pub fn markdown(blocks: &[Block], lang: Lang) -> String {
    let todo = text(lang, "report-todo");
    let mut out = String::new();
    let mut in_list = false;
    for b in blocks {
        let item = matches!(b, Block::Item(_));
        if in_list && !item {
            out.push('\n');
        }
        in_list = item;
        match b {
            Block::Heading(level, pieces) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level)),
                    md_pieces(pieces)
                ));
            }
            Block::Para(pieces) => out.push_str(&format!("{}\n\n", md_pieces(pieces))),
            Block::Item(pieces) => out.push_str(&format!("- {}\n", md_pieces(pieces))),
            Block::Todo(s) => out.push_str(&format!("\n> **{}** {}\n\n", escape(&todo), escape(s))),
        }
    }
    out
}

/// The draft as a self-contained HTML page.
pub fn html(blocks: &[Block], lang: Lang) -> String {
    let todo = text(lang, "report-todo");
    let title = text(lang, "report-draft-title");
    let piece = |p: &Piece| match p {
        Piece::Words(s) | Piece::Plan(s) => html! { (s) },
        Piece::Id(s) => html! { code { (s) } },
    };
    let mut items: Vec<maud::Markup> = Vec::new();
    let mut list: Vec<maud::Markup> = Vec::new();
    let flush = |list: &mut Vec<maud::Markup>, items: &mut Vec<maud::Markup>| {
        if !list.is_empty() {
            let lis = std::mem::take(list);
            items.push(html! { ul { @for li in lis { (li) } } });
        }
    };
    for b in blocks {
        if let Block::Item(pieces) = b {
            list.push(html! { li { @for x in pieces { (piece(x)) } } });
            continue;
        }
        flush(&mut list, &mut items);
        items.push(match b {
            Block::Heading(1, pieces) => html! { h1 { @for x in pieces { (piece(x)) } } },
            Block::Heading(2, pieces) => html! { h2 { @for x in pieces { (piece(x)) } } },
            Block::Heading(_, pieces) => html! { h3 { @for x in pieces { (piece(x)) } } },
            Block::Para(pieces) => html! { p { @for x in pieces { (piece(x)) } } },
            Block::Todo(s) => html! { p.todo { strong { (todo) } " " (s) } },
            Block::Item(_) => html! {},
        });
    }
    flush(&mut list, &mut items);
    let body = html! { main { @for i in items { (i) } } };
    super::html::page(lang, &title, body).into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timetable;

    fn date(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    fn m(value: f64, d: &str) -> Measurement {
        Measurement {
            value,
            date: date(d),
        }
    }

    #[test]
    fn the_start_is_the_last_value_before_the_period_and_the_end_the_last_inside_it() {
        let period: ReportingPeriod = "2025-01-01..2026-12-31".parse().expect("period");
        let values = [
            m(1.0, "2023-12-31"),
            m(2.0, "2024-12-31"),
            m(3.0, "2025-12-31"),
            m(4.0, "2027-12-31"),
        ];
        let all: Vec<&Measurement> = values.iter().collect();
        assert_eq!(at_start(&all, period).map(|m| m.value), Some(2.0));
        assert_eq!(at_end(&all, period).map(|m| m.value), Some(3.0));
        let before_only: Vec<&Measurement> = values[..2].iter().collect();
        assert!(
            at_end(&before_only, period).is_none(),
            "no value in the period"
        );
    }

    #[test]
    fn a_measure_is_in_the_period_when_its_timetable_overlaps_it() {
        let period: ReportingPeriod = "2025-01-01..2026-12-31".parse().expect("period");
        let with = |start: Option<&str>, end: Option<&str>, ongoing: bool| {
            let mut measure: Measure = serde_json::from_value(serde_json::json!({
                "id": "M1", "title": "t"
            }))
            .expect("measure");
            measure.timetable = Some(Timetable {
                start: start.map(date),
                end: end.map(date),
                ongoing,
            });
            in_period(&measure, period)
        };
        assert_eq!(
            with(Some("2024-01-01"), Some("2025-06-30"), false),
            Some(true)
        );
        assert_eq!(
            with(Some("2023-01-01"), Some("2024-12-31"), false),
            Some(false)
        );
        assert_eq!(with(Some("2027-01-01"), None, false), Some(false));
        assert_eq!(
            with(Some("2020-01-01"), Some("2021-01-01"), true),
            Some(true)
        );
        assert_eq!(with(None, None, false), None);
    }
}
