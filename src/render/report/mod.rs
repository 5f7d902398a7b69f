//! `goodrel report`: the results of `check`, `pyramid`, `governance` and `checklist` as one
//! self-contained HTML page (inline CSS and SVG, no scripts, no external requests), a draft
//! of the two-yearly report to the regional authority, and a regional overview of several
//! plans. A renderer, not a second analysis: [`Analysis`] calls the same functions the
//! views call. Every human text comes from `locales/*/report.ftl` (or the texts the views and
//! rules already have); every piece of plan text passes [`crate::render::sanitize::clean`]
//! and then maud's escaping. docs/report.md describes the output.

pub mod html;
pub mod output;
pub mod overview;
pub mod svg;
pub mod two_yearly;

use std::borrow::Cow;
use std::path::Path;

pub use output::{TargetError, check_target};

use crate::PlanReport;
use crate::i18n::Lang;
use crate::model::date::Date;
use crate::{governance, pyramid};

/// Everything a report shows about one plan, computed by the same functions the `pyramid`
/// and `governance` views call; the checklist is the duties `check` evaluated.
pub struct Analysis<'a> {
    pub report: &'a PlanReport,
    pub pyramid: pyramid::Overview<'a>,
    pub gaps: Vec<pyramid::Gap>,
    pub governance: governance::Overview<'a>,
}

impl<'a> Analysis<'a> {
    /// Analyses a checked plan (its model must not have been released).
    pub fn new(report: &'a PlanReport, options: &pyramid::Options) -> Analysis<'a> {
        let overview = pyramid::overview(&report.plan, options);
        let gaps = pyramid::gaps(&report.plan, &overview);
        Analysis {
            report,
            pyramid: overview,
            gaps,
            governance: governance::overview(&report.plan, report.as_of, true),
        }
    }

    /// How the report speaks of the municipality: `city` when its name says it is one
    /// ([`municipality_kind`]), else `municipality`.
    pub fn kind(&self) -> &'static str {
        self.report
            .plan
            .municipality
            .as_ref()
            .map_or("municipality", |m| municipality_kind(&m.name))
    }

    /// The municipality's name as the plan writes it, else the plan directory.
    pub fn name(&self) -> &str {
        self.report
            .plan
            .municipality
            .as_ref()
            .map_or(self.report.root.as_str(), |m| m.name.as_str())
    }
}

/// `city` when a municipality's name calls it one (*kaupunki*, *stad*, *city*, *town*,
/// also at the end of a word, as in *Uusikaupunki*, *Jakobstad*), else `municipality`. A
/// Finnish city is a municipality too, so *kunta* / *kommun* is never wrong; a name that
/// says neither (`Oulu`) is spoken of that way.
pub fn municipality_kind(name: &str) -> &'static str {
    let city = name
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|w| w.ends_with("kaupunki") || w.ends_with("stad") || w == "city" || w == "town");
    if city { "city" } else { "municipality" }
}

/// Plan text made safe for output: folded lines joined (a YAML `>` block ends with a line
/// break, which a page shows as a space anyway), then the one sanitiser; HTML escaping
/// comes on top.
pub fn clean(s: &str) -> String {
    let joined: Cow<'_, str> = if s.contains(['\n', '\r']) {
        Cow::Owned(s.trim().replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        Cow::Borrowed(s)
    };
    crate::render::sanitize::clean(&joined).into_owned()
}

/// A plan figure as the reader's language writes it: whole numbers without decimals,
/// a decimal comma in Finnish and Swedish. Never rounded: the figure is the plan's.
pub fn number(value: f64, lang: Lang) -> String {
    let s = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    };
    match lang.row().decimal {
        '.' => s,
        mark => s.replace('.', mark.encode_utf8(&mut [0; 4])),
    }
}

/// A file name for a plan's own report in the overview: the directory's name in lower-case
/// ASCII letters, digits and dashes, made unique by a number when two plans share it.
pub fn slug(root: &str, taken: &[String]) -> String {
    let name = Path::new(root.trim_end_matches('/'))
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut s: String = name
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            match c {
                'a'..='z' | '0'..='9' => c,
                'ä' | 'å' | 'á' => 'a',
                'ö' => 'o',
                _ => '-',
            }
        })
        .collect();
    s = s.trim_matches('-').to_owned();
    if s.is_empty() {
        s = "plan".to_owned();
    }
    let mut candidate = s.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{s}-{n}");
        n += 1;
    }
    candidate
}

/// A period given as `START..END` (`--two-yearly 2025-01-01..2026-12-31`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportingPeriod {
    pub start: Date,
    pub end: Date,
}

impl std::str::FromStr for ReportingPeriod {
    type Err = String;

    fn from_str(s: &str) -> Result<ReportingPeriod, String> {
        let (a, b) = s.split_once("..").ok_or_else(|| {
            format!("`{s}`: give the period as START..END, e.g. 2025-01-01..2026-12-31")
        })?;
        let start = Date::read(a.trim())?;
        let end = Date::read(b.trim())?;
        if end < start {
            return Err(format!("`{s}`: the period ends before it starts"));
        }
        Ok(ReportingPeriod { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_written_as_the_plan_has_them() {
        assert_eq!(number(65.0, Lang::En), "65");
        assert_eq!(number(58.2, Lang::En), "58.2");
        assert_eq!(number(58.2, Lang::Fi), "58,2");
        assert_eq!(number(12000.0, Lang::Sv), "12000");
    }

    #[test]
    fn cities_are_told_from_their_names() {
        for city in [
            "Harjulahden kaupunki",
            "Uusikaupunki",
            "Raseborgs stad",
            "Jakobstad",
            "Oulu-like example city",
        ] {
            assert_eq!(municipality_kind(city), "city", "{city}");
        }
        for other in [
            "Ylä-Koskelan kunta",
            "Korsholms kommun",
            "Oulu",
            "Stadin kunta",
        ] {
            assert_eq!(municipality_kind(other), "municipality", "{other}");
        }
    }

    #[test]
    fn slugs_are_plain_and_unique() {
        assert_eq!(slug("examples/oulu-like", &[]), "oulu-like");
        assert_eq!(slug("x/Ylä Koski/", &[]), "yla-koski");
        assert_eq!(slug("a/city", &["city".to_owned()]), "city-2");
        assert_eq!(slug("", &[]), "plan");
    }

    #[test]
    fn periods_parse_and_must_not_run_backwards() {
        let s: ReportingPeriod = "2025-01-01..2026-12-31".parse().expect("period");
        assert_eq!(s.start.to_string(), "2025-01-01");
        assert!("2026-01-01..2025-01-01".parse::<ReportingPeriod>().is_err());
        assert!("2025-01-01".parse::<ReportingPeriod>().is_err());
    }
}
