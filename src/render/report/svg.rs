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

/// A number for an SVG coordinate: one decimal, so the output stays the same everywhere.
fn at(v: f64) -> String {
    format!("{v:.1}")
}

/// The band of a triangle (apex at `apex_y`, base `half_base` either side of `mid_x` at
/// `base_y`) between heights `y0` and `y1`, as polygon points.
fn band(mid_x: f64, apex_y: f64, base_y: f64, half_base: f64, y0: f64, y1: f64) -> String {
    let half = |y: f64| half_base * (y - apex_y) / (base_y - apex_y);
    [
        (mid_x - half(y0), y0),
        (mid_x + half(y0), y0),
        (mid_x + half(y1), y1),
        (mid_x - half(y1), y1),
    ]
    .iter()
    .map(|(x, y)| format!("{},{}", at(*x), at(*y)))
    .collect::<Vec<_>>()
    .join(" ")
}

/// The pyramid as the CoE guide draws it: one triangle in three bands, general services at
/// the base, interaction and conflict at the top. The shape is always the guide's (the
/// widths say nothing); each band carries its number of items in large figures, its shade
/// the share of items with partners outside the municipality, and a level with gaps a
/// dashed red border and ⚠. The levels' names and figures are written beside the drawing.
pub fn pyramid(overview: &Overview<'_>, gaps: &[Gap], lang: Lang, id: &str, kind: &str) -> Markup {
    const W: f64 = 360.0;
    const APEX: f64 = 6.0;
    const BASE: f64 = 294.0;
    const HALF_BASE: f64 = 174.0;
    let band_h = (BASE - APEX) / 3.0;
    let desc = LEVELS_TOP_DOWN
        .iter()
        .map(|&l| {
            let t = overview.tier(l);
            msg!(
                "report-pyramid-level-desc",
                level = l.term(),
                count = t.count,
                percent = t.non_city_percent(),
                gaps = gaps.iter().filter(|g| g.level == l).count(),
                kind = kind
            )
            .render(lang)
        })
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="pyramid" role="img"
            viewBox=(format!("0 0 {W} 300")) width=(W) height="300"
            aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (text(lang, "report-pyramid-svg-title")) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (row, &level) in LEVELS_TOP_DOWN.iter().enumerate() {
                @let tier = overview.tier(level);
                @let level_gaps = gaps.iter().filter(|g| g.level == level).count();
                @let y0 = APEX + band_h * row as f64;
                @let y1 = y0 + band_h;
                // The top band is a triangle: its figures sit low, where it is wide.
                @let count_y = if row == 0 { y1 - 34.0 } else { y0 + band_h / 2.0 + (if level_gaps > 0 { 0.0 } else { 9.0 }) };
                g class="tier" data-level=(pyramid::level_key(level)) data-count=(tier.count)
                    data-non-city=(tier.with_non_city) data-gaps=(level_gaps) {
                    polygon points=(band(W / 2.0, APEX, BASE, HALF_BASE, y0, y1))
                        fill=(if tier.count == 0 { "#ffffff".to_owned() } else { shade(tier.non_city_percent()) })
                        stroke=(if level_gaps == 0 { "#1f3b63" } else { "#8a1c1c" })
                        stroke-width=(if level_gaps == 0 { "1.5" } else { "3" })
                        stroke-dasharray=(if level_gaps == 0 { "none" } else { "8 4" })
                        stroke-linejoin="round" {}
                    text x=(at(W / 2.0)) y=(at(count_y)) text-anchor="middle" font-size="26" font-weight="bold" fill="#000000" {
                        (tier.count)
                    }
                    @if level_gaps > 0 {
                        text x=(at(W / 2.0)) y=(at(count_y + 24.0)) text-anchor="middle" font-size="17" font-weight="bold" fill="#8a1c1c" {
                            "⚠ " (level_gaps)
                        }
                    }
                }
            }
        }
    }
}

/// An indicator's baseline, target and latest value as three labelled bars on one scale,
/// each value written after its bar. The drawing is as wide as its longest label and value
/// need (by a generous estimate of their width), so no text runs out of it.
pub fn indicator_bars(
    rows: &[(&'static str, Option<(f64, String)>)],
    unit: &str,
    lang: Lang,
    id: &str,
    name: &str,
) -> Markup {
    const BAR: f64 = 150.0;
    // 12 px text: no glyph of these fonts is wider than 0.75 em on average over a word.
    let text_width = |s: &str| s.chars().count() as f64 * 9.0;
    let max = rows
        .iter()
        .filter_map(|(_, v)| v.as_ref().map(|(x, _)| x.abs()))
        .fold(0.0_f64, f64::max);
    let labels: Vec<String> = rows.iter().map(|(l, _)| text_of(lang, l)).collect();
    let values: Vec<Option<String>> = rows
        .iter()
        .map(|(_, v)| {
            v.as_ref()
                .map(|(x, _)| format!("{} {}", number(*x, lang), unit).trim().to_owned())
        })
        .collect();
    let bar_x = 6.0 + labels.iter().map(|l| text_width(l)).fold(60.0, f64::max);
    let widest_value = values
        .iter()
        .flatten()
        .map(|v| text_width(v))
        .fold(text_width("–"), f64::max);
    let width = (bar_x + BAR + 6.0 + widest_value).ceil();
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
        svg xmlns="http://www.w3.org/2000/svg" class="bars" role="img" viewBox=(format!("0 0 {width} 60"))
            width=(width) height="60" aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (name) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (i, ((_, v), (label, value))) in rows.iter().zip(labels.iter().zip(&values)).enumerate() {
                @let y = 2 + 19 * i;
                text x="0" y=(y + 13) font-size="12" fill="#000000" { (label) }
                @match (v, value) {
                    (Some((x, _)), Some(value)) => {
                        @let w = if max > 0.0 { (x.max(0.0) / max * BAR).round() } else { 0.0 };
                        rect x=(bar_x) y=(y + 2) width=(w) height="14" fill=(["#5b7fb0", "#2e5a1c", "#7a4d00"][i % 3]) {}
                        text x=(bar_x + w + 6.0) y=(y + 13) font-size="12" fill="#000000" { (value) }
                    },
                    _ => text x=(bar_x) y=(y + 13) font-size="12" fill="#333333" { "–" },
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

/// The overview's small pyramid: the guide's triangle in three bands, an empty level white
/// with a dashed red border, each level's count written beside its band.
pub fn shape(counts: [usize; 3], lang: Lang, id: &str) -> Markup {
    const APEX: f64 = 2.0;
    const BASE: f64 = 50.0;
    let band_h = (BASE - APEX) / 3.0;
    let desc = msg!(
        "report-shape-desc",
        top = counts[0],
        middle = counts[1],
        base = counts[2]
    )
    .render(lang);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="shape" role="img" viewBox="0 0 100 52"
            width="100" height="52" aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (text(lang, "report-shape-title")) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (i, &level) in LEVELS_TOP_DOWN.iter().enumerate() {
                @let count = counts[i];
                @let y0 = APEX + band_h * i as f64;
                g class="tier" data-level=(pyramid::level_key(level)) data-count=(count) {
                    polygon points=(band(30.0, APEX, BASE, 28.0, y0, y0 + band_h))
                        fill=(if count == 0 { "#ffffff" } else { "#8fb1dc" })
                        stroke=(if count == 0 { "#8a1c1c" } else { "#1f3b63" })
                        stroke-dasharray=(if count == 0 { "3 2" } else { "none" }) {}
                    text x="66" y=(at(y0 + band_h / 2.0 + 4.0)) font-size="12" fill="#000000" { (count) }
                }
            }
        }
    }
}

/// The counts of a level in [`LEVELS_TOP_DOWN`] order.
pub fn counts(overview: &Overview<'_>) -> [usize; 3] {
    LEVELS_TOP_DOWN.map(|l: Level| overview.tier(l).count)
}
