//! The regional overview: one row per plan — errors and warnings by family, the pyramid's
//! shape, the main gap, the two-yearly report's state, approval date and plan period —
//! sorted by errors, each row linking to that plan's own report written beside the page.
//! The counts are those of `check` (the same findings), so they equal `check --format json`.

use maud::html;

use crate::finding::{Family, Severity};
use crate::i18n::{Lang, Term, text};
use crate::model::date::Date;
use crate::msg;
use crate::pyramid::Level;

use super::{Analysis, clean, svg};

/// The state of the two-yearly reporting, as the plan and the `IA021`/`IA022` findings have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportState {
    /// A finding of IA021 (not submitted) or IA022 (incomplete) is present.
    Overdue(&'static str),
    /// The latest report recorded was submitted on this date, for a period ending then.
    Submitted { date: Date, period_end: Date },
    /// No report is recorded and none is overdue.
    NoneYet,
}

impl ReportState {
    pub fn key(&self) -> &'static str {
        match self {
            ReportState::Overdue(_) => "overdue",
            ReportState::Submitted { .. } => "submitted",
            ReportState::NoneYet => "none_yet",
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ReportState::Overdue(rule) => {
                msg!("report-overview-report-overdue", rule = *rule).render(lang)
            }
            ReportState::Submitted { date, period_end } => msg!(
                "report-overview-report-submitted",
                date = *date,
                end = *period_end
            )
            .render(lang),
            ReportState::NoneYet => text(lang, "report-overview-report-none"),
        }
    }
}

/// One plan's row.
#[derive(Debug, Clone)]
pub struct Row {
    pub root: String,
    pub name: String,
    /// The plan's own report, relative to the overview page.
    pub href: Option<String>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Errors and warnings per family, in [`Family::ALL`] order.
    pub by_family: Vec<(Family, usize, usize)>,
    /// Items on the top, middle and base levels.
    pub pyramid: [usize; 3],
    pub main_gap: Option<Level>,
    /// The heaviest gap.
    pub main_gap_text: Option<crate::i18n::Message>,
    pub report: ReportState,
    pub approval: Option<Date>,
    pub period: Option<(Date, Date)>,
}

/// The row of one analysed plan.
pub fn row(a: &Analysis<'_>, href: Option<String>) -> Row {
    let r = a.report;
    let count = |fam: Family, s: Severity| {
        r.findings
            .iter()
            .filter(|f| f.rule.family == fam && f.severity == s)
            .count()
    };
    let m = r.plan.municipality.as_ref();
    let overdue = ["IA021", "IA022"]
        .into_iter()
        .find(|id| r.findings.iter().any(|f| f.rule.id == *id));
    let report = match overdue {
        Some(id) => ReportState::Overdue(id),
        None => r
            .plan
            .reports
            .iter()
            .filter_map(|rep| rep.submitted.map(|d| (rep.period.end, d)))
            .max()
            .map_or(ReportState::NoneYet, |(period_end, date)| {
                ReportState::Submitted { date, period_end }
            }),
    };
    Row {
        root: r.root.clone(),
        name: a.name().to_owned(),
        href,
        errors: r.count(Severity::Error),
        warnings: r.count(Severity::Warning),
        infos: r.count(Severity::Info),
        by_family: Family::ALL
            .iter()
            .map(|&f| (f, count(f, Severity::Error), count(f, Severity::Warning)))
            .collect(),
        pyramid: svg::counts(&a.pyramid),
        main_gap: crate::pyramid::gaps::main_gap(&a.gaps),
        main_gap_text: a.gaps.first().map(|g| g.message()),
        report,
        approval: m.and_then(|m| m.approval.as_ref()).map(|ap| ap.date),
        period: m
            .and_then(|m| m.plan_period.as_ref())
            .map(|p| (p.start, p.end)),
    }
}

/// Most errors first, then most warnings, then by name.
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        b.errors
            .cmp(&a.errors)
            .then(b.warnings.cmp(&a.warnings))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.root.cmp(&b.root))
    });
}

/// The overview page.
pub fn html(rows: &[Row], as_of: Date, lang: Lang) -> String {
    let title = text(lang, "report-overview-title");
    let body = html! {
        header {
            h1 { (title) }
            p { (msg!("report-overview-intro", count = rows.len(), date = as_of, version = env!("CARGO_PKG_VERSION")).render(lang)) }
        }
        main {
        table.overview {
            caption { (text(lang, "report-overview-caption")) }
            thead {
                tr {
                    th scope="col" { (text(lang, "report-municipality")) }
                    th scope="col" { (text(lang, "report-overview-errors")) }
                    th scope="col" { (text(lang, "report-overview-warnings")) }
                    th scope="col" { (text(lang, "report-overview-by-family")) }
                    th scope="col" { (text(lang, "report-overview-shape")) }
                    th scope="col" { (text(lang, "report-overview-main-gap")) }
                    th scope="col" { (text(lang, "report-overview-two-yearly")) }
                    th scope="col" { (text(lang, "report-approval")) }
                    th scope="col" { (text(lang, "report-period")) }
                }
            }
            tbody {
                @for (i, r) in rows.iter().enumerate() {
                    tr data-root=(clean(&r.root)) data-errors=(r.errors) data-warnings=(r.warnings) data-info=(r.infos) {
                        th scope="row" {
                            @match &r.href {
                                Some(h) => a href=(h) { (clean(&r.name)) },
                                None => (clean(&r.name)),
                            }
                            br; span.loc.muted { (clean(&r.root)) }
                        }
                        td.n { (r.errors) }
                        td.n { (r.warnings) }
                        td {
                            ul.families {
                                @for (f, e, w) in &r.by_family {
                                    @if *e + *w > 0 {
                                        li data-family=(f.key()) data-errors=(e) data-warnings=(w) {
                                            (f.title(lang)) ": " (msg!("report-overview-family-counts", errors = *e, warnings = *w).render(lang))
                                        }
                                    }
                                }
                            }
                        }
                        td { (svg::shape(r.pyramid, lang, &format!("shape-{i}"))) }
                        td {
                            @match (r.main_gap, &r.main_gap_text) {
                                (Some(level), Some(t)) => { strong { (level.term().render(lang)) } br; (clean(&t.render(lang))) },
                                _ => (text(lang, "report-overview-no-gap")),
                            }
                        }
                        td { (r.report.describe(lang)) }
                        td {
                            @match r.approval {
                                Some(d) => span.nowrap { (d.show(lang)) },
                                None => (text(lang, "report-not-given")),
                            }
                        }
                        td {
                            @match r.period {
                                Some((s, e)) => { span.nowrap { (s.show(lang)) } " – " span.nowrap { (e.show(lang)) } },
                                None => (text(lang, "report-not-given")),
                            }
                        }
                    }
                }
            }
        }
        }
        footer {
            p.muted { (msg!("report-footer", version = env!("CARGO_PKG_VERSION")).render(lang)) }
        }
    };
    super::html::frame(lang, &title, Some("wide"), body).into_string()
}

/// A CSV cell of plan text: made safe for a log ([`clean`] and the workflow-command guard),
/// and a leading `=`, `+`, `-`, `@`, tab or carriage return defused with `'`, so that a
/// spreadsheet does not take plan text for a formula (OWASP's advice for CSV injection).
fn field(s: &str) -> String {
    let s = clean(s);
    let s = crate::render::sanitize::guard(&s, crate::render::sanitize::Form::Text).into_owned();
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

/// The same rows as CSV (stable English column names, as machine output).
pub fn csv(rows: &[Row]) -> String {
    let mut header: Vec<String> = vec![
        "municipality".into(),
        "plan_dir".into(),
        "errors".into(),
        "warnings".into(),
        "info".into(),
    ];
    for f in Family::ALL {
        header.push(format!("{}_errors", f.key()));
        header.push(format!("{}_warnings", f.key()));
    }
    for h in [
        "pyramid_top",
        "pyramid_middle",
        "pyramid_base",
        "main_gap",
        "two_yearly_report",
        "last_report_submitted",
        "approval",
        "plan_start",
        "plan_end",
        "report",
    ] {
        header.push(h.into());
    }
    // Every text cell is quoted, not only those holding a comma: a spreadsheet set to split
    // on `;` (as Finnish and Swedish Excel are) then keeps a cell holding `;` whole too.
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::NonNumeric)
        .from_writer(Vec::new());
    // Writing into memory does not fail.
    let _ = w.write_record(&header);
    for r in rows {
        let mut cells = vec![
            field(&r.name),
            field(&r.root),
            r.errors.to_string(),
            r.warnings.to_string(),
            r.infos.to_string(),
        ];
        for (_, e, w) in &r.by_family {
            cells.push(e.to_string());
            cells.push(w.to_string());
        }
        cells.extend(r.pyramid.iter().map(usize::to_string));
        cells.push(
            r.main_gap
                .map(crate::pyramid::level_key)
                .unwrap_or("")
                .to_owned(),
        );
        cells.push(r.report.key().to_owned());
        cells.push(match &r.report {
            ReportState::Submitted { date, .. } => date.to_string(),
            _ => String::new(),
        });
        cells.push(r.approval.map(|d| d.to_string()).unwrap_or_default());
        cells.push(r.period.map(|(s, _)| s.to_string()).unwrap_or_default());
        cells.push(r.period.map(|(_, e)| e.to_string()).unwrap_or_default());
        cells.push(field(r.href.as_deref().unwrap_or("")));
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
