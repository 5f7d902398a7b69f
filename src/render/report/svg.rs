//! The report's drawings, as inline SVG built with maud (escaped like the page). Every
//! drawing has a `<title>` and a `<desc>` saying in words what it shows, and every number
//! it draws is also written as text, so nothing is conveyed by colour or length alone.
//! Each level of the pyramid carries its numbers as `data-` attributes for tests and tools.

use maud::{Markup, html};

use crate::i18n::{Lang, Term, text};
use crate::msg;
use crate::pyramid::{self, Gap, LEVELS_TOP_DOWN, Level, Overview};

use super::number;

/// The fill of a level: lighter when fewer of its items have partners outside the city.
/// Every shade keeps black text above 7:1.
fn shade(percent: usize) -> String {
    let p = percent.min(100) as u32;
    // From #eef3fa (0 %) to #8fb1dc (100 %).
    let mix = |from: u32, to: u32| from - (from - to) * p / 100;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(0xee, 0x8f),
        mix(0xf3, 0xb1),
        mix(0xfa, 0xdc)
    )
}

#[cfg(test)]
pub(super) fn shade_for_test(percent: usize) -> String {
    shade(percent)
}

/// The pyramid drawn to scale: each level's width by its item count, its shade by the share
/// of items with partners outside the city, and its gaps marked on it.
pub fn pyramid(overview: &Overview<'_>, gaps: &[Gap], lang: Lang, id: &str) -> Markup {
    const BAR_AREA: u32 = 470;
    const MIN_W: u32 = 40;
    const ROW_H: u32 = 78;
    const TOP: u32 = 10;
    let max = LEVELS_TOP_DOWN
        .iter()
        .map(|&l| overview.tier(l).count)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = TOP * 2 + ROW_H * 3;
    let desc = LEVELS_TOP_DOWN
        .iter()
        .map(|&l| {
            let t = overview.tier(l);
            msg!(
                "report-pyramid-level-desc",
                level = l.term(),
                count = t.count,
                percent = t.non_city_percent(),
                gaps = gaps.iter().filter(|g| g.level == l).count()
            )
            .render(lang)
        })
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="pyramid" role="img"
            viewBox=(format!("0 0 1100 {height}")) width="100%"
            aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (text(lang, "report-pyramid-svg-title")) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (row, &level) in LEVELS_TOP_DOWN.iter().enumerate() {
                @let tier = overview.tier(level);
                @let level_gaps: Vec<&Gap> = gaps.iter().filter(|g| g.level == level).collect();
                @let w = MIN_W + (BAR_AREA - MIN_W) * (tier.count as u32) / (max as u32);
                @let x = 10 + (BAR_AREA - w) / 2;
                @let y = TOP + ROW_H * (row as u32);
                g class="tier" data-level=(pyramid::level_key(level)) data-count=(tier.count)
                    data-non-city=(tier.with_non_city) data-gaps=(level_gaps.len()) {
                    rect x=(x) y=(y) width=(w) height=(ROW_H - 12)
                        fill=(if tier.count == 0 { "#ffffff".to_owned() } else { shade(tier.non_city_percent()) })
                        stroke=(if level_gaps.is_empty() { "#1f3b63" } else { "#8a1c1c" })
                        stroke-width=(if level_gaps.is_empty() { "1.5" } else { "3" })
                        stroke-dasharray=(if level_gaps.is_empty() { "none" } else { "8 4" }) {}
                    text x=(x + w / 2) y=(y + 40) text-anchor="middle" font-size="20" font-weight="bold" fill="#000000" {
                        (tier.count)
                    }
                    text x="500" y=(y + 22) font-size="17" font-weight="bold" fill="#000000" {
                        (level.term().render(lang))
                    }
                    text x="500" y=(y + 44) font-size="15" fill="#1a1a1a" {
                        (msg!("report-pyramid-level-line", count = tier.count, percent = tier.non_city_percent()).render(lang))
                    }
                    @if !level_gaps.is_empty() {
                        text x="500" y=(y + 64) font-size="15" fill="#8a1c1c" font-weight="bold" {
                            "⚠ " (msg!("report-pyramid-level-gaps", count = level_gaps.len()).render(lang))
                        }
                    }
                }
            }
        }
    }
}

/// An indicator's baseline, target and latest value as three labelled bars on one scale.
pub fn indicator_bars(
    rows: &[(&'static str, Option<(f64, String)>)],
    unit: &str,
    lang: Lang,
    id: &str,
    name: &str,
) -> Markup {
    let max = rows
        .iter()
        .filter_map(|(_, v)| v.as_ref().map(|(x, _)| x.abs()))
        .fold(0.0_f64, f64::max);
    let desc = rows
        .iter()
        .map(|(label, v)| match v {
            Some((x, date)) => msg!(
                "report-indicator-bar-desc",
                label = text_of(lang, label),
                value = number(*x, lang),
                unit = unit,
                date = date.as_str()
            )
            .render(lang),
            None => msg!("report-indicator-bar-none", label = text_of(lang, label)).render(lang),
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="bars" role="img" viewBox="0 0 300 60"
            width="300" height="60" aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (name) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (i, (label, v)) in rows.iter().enumerate() {
                @let y = 2 + 19 * i;
                text x="0" y=(y + 13) font-size="12" fill="#000000" { (text_of(lang, label)) }
                @if let Some((x, _)) = v {
                    @let w = if max > 0.0 { (x.max(0.0) / max * 150.0).round() } else { 0.0 };
                    rect x="80" y=(y + 2) width=(w) height="14" fill=(["#5b7fb0", "#2e5a1c", "#7a4d00"][i % 3]) {}
                    text x=(86.0 + w) y=(y + 13) font-size="12" fill="#000000" { (number(*x, lang)) " " (unit) }
                } @else {
                    text x="80" y=(y + 13) font-size="12" fill="#333333" { "–" }
                }
            }
        }
    }
}

/// The label ids [`indicator_bars`] takes.
fn text_of(lang: Lang, label: &str) -> String {
    match label {
        "baseline" => text(lang, "report-indicator-baseline"),
        "target" => text(lang, "report-indicator-target"),
        _ => text(lang, "report-indicator-latest"),
    }
}

/// The pyramid's shape in three small bars (top, middle, base) for the overview.
pub fn shape(counts: [usize; 3], lang: Lang, id: &str) -> Markup {
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let desc = msg!(
        "report-shape-desc",
        top = counts[0],
        middle = counts[1],
        base = counts[2]
    )
    .render(lang);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="shape" role="img" viewBox="0 0 130 42"
            width="130" height="42" aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (text(lang, "report-shape-title")) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (i, &level) in LEVELS_TOP_DOWN.iter().enumerate() {
                @let count = counts[i];
                @let w = 4 + 86 * count / max;
                g class="tier" data-level=(pyramid::level_key(level)) data-count=(count) {
                    rect x=(2 + (90 - w) / 2) y=(2 + 13 * i) width=(w) height="11"
                        fill=(if count == 0 { "#ffffff" } else { "#8fb1dc" }) stroke="#1f3b63" {}
                    text x="98" y=(11 + 13 * i) font-size="11" fill="#000000" { (count) }
                }
            }
        }
    }
}

/// The counts of a level in [`LEVELS_TOP_DOWN`] order.
pub fn counts(overview: &Overview<'_>) -> [usize; 3] {
    LEVELS_TOP_DOWN.map(|l: Level| overview.tier(l).count)
}
