//! The single-plan report: one self-contained HTML5 page (inline CSS and SVG, no scripts, no
//! external requests), with a print stylesheet for A4.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::duty::{Evaluated, Grid, Verdict};
use crate::finding::{Family, Finding, Severity};
use crate::governance::trace::NeedState;
use crate::i18n::{Lang, Message, Term, text};
use crate::msg;
use crate::pyramid::{self, LEVELS_TOP_DOWN};
use crate::render::checklist::Listed;

use super::{Analysis, clean, number, svg};

/// The page's style: dark text on light backgrounds (every pair above 4.5:1), marks that
/// are symbols and words, not colours, and A4 pages when printed. It reflows down to a
/// phone's 390 px: long words and file names break, the header's facts stack, and a table
/// too wide for the screen scrolls inside its own box instead of widening the page.
pub const CSS: &str = r#"
*,*::before,*::after{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#111;background:#fff;margin:0 auto;max-width:68rem;padding:1rem 1.5rem;line-height:1.45;overflow-wrap:break-word}
h1{font-size:1.7rem;margin:.2rem 0 .6rem;hyphens:auto}h2{font-size:1.35rem;border-bottom:2px solid #1f3b63;padding-bottom:.2rem;margin-top:2rem;hyphens:auto}h3{font-size:1.1rem;margin-top:1.3rem}
a{color:#0b3d91}a:focus{outline:3px solid #0b3d91}
dl.meta{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.15rem 1rem}dl.meta dt{font-weight:bold}dl.meta dd{margin:0;min-width:0}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #767676;padding:.25rem .45rem;text-align:left;vertical-align:top}th{background:#e8edf4}caption{text-align:left;font-weight:bold;padding:.2rem 0}
td.mark{text-align:center}td.mark>span:first-child,td.mark a{white-space:nowrap}.ok{color:#1d5e20}.gap{color:#8a1c1c;font-weight:bold}.nc{color:#444}
.sev-error{color:#8a1c1c;font-weight:bold}.sev-warning{color:#6b4800;font-weight:bold}.sev-info{color:#1f3b63;font-weight:bold}
ol.findings>li{margin:.45rem 0}.loc{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}figure{margin:1rem 0}.help{color:#333}.place{font-size:.85em;white-space:nowrap}
.todo{border:2px dashed #6b4800;background:#fff8e6;padding:.4rem .6rem}
.muted{color:#444}.nowrap{white-space:nowrap}ul.families{list-style:none;padding:0;margin:0;font-size:.88em}
svg{max-width:100%;height:auto}svg text{font-family:system-ui,Arial,sans-serif}
.pyramid-figure{display:flex;flex-wrap:wrap;align-items:stretch;gap:1rem 2rem;margin:1rem 0}.pyramid-figure svg{flex:0 1 22rem}
ol.levels{flex:1 1 15rem;display:grid;grid-template-rows:repeat(3,1fr);list-style:none;margin:0;padding:0;gap:.5rem}ol.levels li{align-self:center;border-left:4px solid #1f3b63;padding-left:.6rem}ol.levels li.has-gaps{border-left:4px dashed #8a1c1c}
footer{margin-top:2.5rem;border-top:1px solid #767676;padding-top:.5rem;font-size:.9em}footer h2{font-size:1.05rem;border:0;margin-top:.5rem}
body.wide{max-width:90rem}table.overview td,table.overview th{font-size:.9em}table.overview td.n{text-align:right}
@media (max-width:45rem){body{padding:.75rem}h1{font-size:1.4rem}table{display:block;overflow-x:auto;width:auto;max-width:100%}dl.meta{grid-template-columns:minmax(0,1fr);gap:0}dl.meta dd{margin-bottom:.35rem}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto;overflow:visible}table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}table.stack tr{border:1px solid #767676;margin:.5rem 0;padding:.3rem .5rem}table.stack td{border:0;padding:.1rem 0}table.stack td.title{font-weight:bold}table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:bold}}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10pt}a{color:#000;text-decoration:none}h2,h3{break-after:avoid}tr,li,figure,svg{break-inside:avoid}nav{display:none}}
"#;

/// The overview's page in print: A4 landscape, so that every column fits.
pub const OVERVIEW_CSS: &str = r#"
@media print{@page{size:A4 landscape;margin:10mm}body{font-size:8.5pt}table.overview td,table.overview th{padding:.15rem .3rem}}
"#;

/// The whole page for one plan.
pub fn report(a: &Analysis<'_>, lang: Lang) -> String {
    let title = msg!("report-title", municipality = clean(a.name())).render(lang);
    page(lang, &title, body(a, lang)).into_string()
}

/// The HTML5 frame around a body.
pub fn page(lang: Lang, title: &str, body: Markup) -> Markup {
    frame(lang, title, None, body)
}

/// [`page`] with a class on `body` (the overview is `wide`).
pub fn frame(lang: Lang, title: &str, class: Option<&str>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("goodrel {}", env!("CARGO_PKG_VERSION")));
                title { (title) }
                style { (PreEscaped(CSS)) }
                @if class == Some("wide") {
                    style { (PreEscaped(OVERVIEW_CSS)) }
                }
            }
            body class=[class] { (body) }
        }
    }
}

fn body(a: &Analysis<'_>, lang: Lang) -> Markup {
    html! {
        header { (header(a, lang)) }
        nav aria-label=(text(lang, "report-contents")) {
            h2 { (text(lang, "report-contents")) }
            ol {
                li { a href="#pyramid" { (text(lang, "report-pyramid")) } }
                li { a href="#checklist" { (text(lang, "report-checklist")) } }
                li { a href="#findings" { (text(lang, "report-findings")) } }
                li { a href="#governance" { (text(lang, "report-governance")) } }
                li { a href="#indicators" { (text(lang, "report-indicators")) } }
                @if !a.report.findings.is_empty() {
                    li { a href="#places" { (text(lang, "report-places")) } }
                }
            }
        }
        main {
            (pyramid_section(a, lang))
            (checklist(a, lang))
            (findings(a, lang))
            (governance(a, lang))
            (indicators(a, lang))
            (places(a, lang))
        }
        footer { (technical(a, lang)) }
    }
}

/// The plan's facts, for the people who decide on it: municipality, period, approval,
/// regional authority, the date deadlines are judged as of, and what the check found. The
/// technical facts are in the footer ([`technical`]).
pub fn header(a: &Analysis<'_>, lang: Lang) -> Markup {
    let r = a.report;
    let m = r.plan.municipality.as_ref();
    let missing = text(lang, "report-not-given");
    let period = m
        .and_then(|m| m.plan_period.as_ref())
        .map(|p| format!("{} – {}", p.start.show(lang), p.end.show(lang)));
    let approval = m.and_then(|m| m.approval.as_ref()).map(|ap| {
        msg!(
            "report-approval-value",
            body = clean(&ap.body),
            date = ap.date
        )
        .render(lang)
    });
    let authority = m.and_then(|m| m.regional_authority.as_ref()).map(|ra| {
        let name = crate::model::authorities::authority_name(&ra.name);
        clean(&msg!("verbatim", text = name).render(lang))
    });
    let counts = msg!(
        "report-counts",
        errors = r.count(Severity::Error),
        warnings = r.count(Severity::Warning),
        infos = r.count(Severity::Info)
    )
    .render(lang);
    html! {
        h1 { (msg!("report-title", municipality = clean(a.name())).render(lang)) }
        dl.meta {
            dt { (text(lang, "report-municipality")) } dd { (clean(a.name())) }
            dt { (text(lang, "report-period")) } dd { (period.unwrap_or_else(|| missing.clone())) }
            dt { (text(lang, "report-approval")) } dd { (approval.unwrap_or_else(|| missing.clone())) }
            dt { (text(lang, "report-regional-authority")) } dd { (authority.unwrap_or_else(|| missing.clone())) }
            dt { (text(lang, "report-as-of")) } dd { (r.as_of.show(lang)) }
            dt { (text(lang, "report-result")) } dd { (counts) }
        }
        @if !r.content_checked() {
            p.todo { (text(lang, "report-not-checked-note")) }
        }
    }
}

/// What the report was made from and with: the plan directory, the configuration and the
/// tool's version (for whoever maintains the plan files, not for the board).
pub fn technical(a: &Analysis<'_>, lang: Lang) -> Markup {
    let r = a.report;
    let config = super::super::config_used(r)
        .map(|c| clean(&c))
        .unwrap_or_else(|| text(lang, "report-config-none"));
    html! {
        h2 { (text(lang, "report-technical")) }
        dl.meta {
            dt { (text(lang, "report-plan-dir")) } dd.loc { (clean(&r.root)) }
            dt { (text(lang, "report-config")) } dd.loc { (config) }
            dt { (text(lang, "report-version")) } dd { "goodrel " (env!("CARGO_PKG_VERSION")) }
        }
        p.muted { (msg!("report-footer", version = env!("CARGO_PKG_VERSION")).render(lang)) }
    }
}

/// The anchor of a finding in the findings section.
fn anchor(i: usize) -> String {
    format!("f-{i}")
}

/// A checklist cell: ✓ with the items that earn it (linked to the evidence list, which
/// gives their places), ✗ with its findings (linked to the findings), – with the reason.
fn mark(e: &Evaluated, evidence: &[Listed<'_>], lang: Lang) -> Markup {
    match &e.verdict {
        Verdict::Met(items) => {
            // Each item once, however many rules name it.
            let mut shorts: Vec<&str> = Vec::new();
            for item in items.iter().filter(|i| i.more == 0) {
                if !shorts.contains(&item.short()) {
                    shorts.push(item.short());
                }
            }
            let counted: usize = items.iter().map(|i| i.more).sum();
            html! {
                span.ok { "✓ " (text(lang, "report-mark-ok")) }
                @for short in shorts {
                    " "
                    @match evidence.iter().position(|x| x.short == short) {
                        Some(i) => a href=(format!("#ev-{i}")) title=(clean(&evidence[i].text(lang))) { (clean(short)) },
                        None => span { (clean(short)) },
                    }
                }
                @if counted > 0 {
                    " " span.muted { (msg!("checklist-more", count = counted).render(lang)) }
                }
            }
        }
        Verdict::NotJudged(why) => html! {
            span.nc { "– " (text(lang, "report-mark-not-checked")) }
            br;
            span.muted { (clean(&why.iter().map(|m| m.render(lang)).collect::<Vec<_>>().join("; "))) }
        },
        Verdict::Gap(findings) => html! {
            span.gap { "✗ " (text(lang, "report-mark-gap")) }
            @for r in findings {
                " "
                a href=(format!("#{}", anchor(r.index))) { (r.rule) }
            }
        },
    }
}

fn grid(a: &Analysis<'_>, g: Grid, caption: &str, evidence: &[Listed<'_>], lang: Lang) -> Markup {
    let duties = &a.report.duties;
    html! {
        table {
            caption { (caption) }
            thead {
                tr {
                    th scope="col" { (text(lang, "report-checklist-row")) }
                    @for c in g.columns() {
                        th scope="col" { (Message::new(c.label).render(lang)) }
                    }
                }
            }
            tbody {
                @for row in crate::checklist::grid_rows(duties, g) {
                    tr {
                        th scope="row" { (row.label(g).render(lang)) }
                        @for e in duties.row(g, row) {
                            td.mark { (mark(e, evidence, lang)) }
                        }
                    }
                }
            }
        }
    }
}

/// The statutory checklist: §13's components, §45's areas, the other duties, then the
/// items that earn each ✓ with their places.
pub fn checklist(a: &Analysis<'_>, lang: Lang) -> Markup {
    let duties = &a.report.duties;
    let evidence = crate::render::checklist::listed(duties, true);
    html! {
        section id="checklist" {
            h2 { (text(lang, "report-checklist")) }
            p { (crate::render::checklist::summary(duties.counts()).render(lang)) " " (text(lang, "report-checklist-links")) }
            h3 { (text(lang, "report-checklist-programme")) }
            (grid(a, Grid::Programme, &text(lang, "report-checklist-programme-caption"), &evidence, lang))
            h3 { (text(lang, "report-checklist-planning")) }
            (grid(a, Grid::Planning, &text(lang, "report-checklist-planning-caption"), &evidence, lang))
            h3 { (text(lang, "report-checklist-duties")) }
            table {
                thead { tr {
                    th scope="col" { (text(lang, "report-checklist-duty")) }
                    th scope="col" { (text(lang, "report-checklist-kind")) }
                    th scope="col" { (text(lang, "report-checklist-state")) }
                } }
                tbody {
                    @for e in duties.own() {
                        tr {
                            th scope="row" { (Message::new(e.duty.label).render(lang)) }
                            td { (text(lang, if e.duty.basis == crate::duty::Basis::Statute { "report-duty-statutory" } else { "report-duty-guidance" })) }
                            td { (mark(e, &evidence, lang)) }
                        }
                    }
                }
            }
            @if !evidence.is_empty() {
                h3 { (text(lang, "report-checklist-evidence")) }
                ol.evidence {
                    @for (i, item) in evidence.iter().enumerate() {
                        li id=(format!("ev-{i}")) {
                            (clean(&item.text(lang)))
                            br; span.loc { (item.place()) }
                        }
                    }
                }
            }
        }
    }
}

/// The pyramid drawn as the guide draws it (base at the bottom), each level's count on it
/// and its gaps marked, with the levels described beside it; then the gaps and the items.
pub fn pyramid_section(a: &Analysis<'_>, lang: Lang) -> Markup {
    let o = &a.pyramid;
    let kind = a.kind();
    html! {
        section id="pyramid" {
            h2 { (text(lang, "report-pyramid")) }
            p { (msg!("report-pyramid-intro", kind = kind).render(lang)) }
            figure {
                div.pyramid-figure {
                    (svg::pyramid(o, &a.gaps, lang, "pyramid-svg", kind))
                    ol.levels {
                        @for level in LEVELS_TOP_DOWN {
                            @let tier = o.tier(level);
                            @let gaps = a.gaps.iter().filter(|g| g.level == level).count();
                            li class=[(gaps > 0).then_some("has-gaps")] {
                                strong { (level.term().render(lang)) } br;
                                (msg!("report-pyramid-level-line", count = tier.count, percent = tier.non_city_percent(), kind = kind).render(lang))
                                @if gaps > 0 {
                                    br; span.gap { "⚠ " (msg!("report-pyramid-level-gaps", count = gaps).render(lang)) }
                                }
                            }
                        }
                    }
                }
                figcaption.muted { (msg!("report-pyramid-legend", kind = kind).render(lang)) }
            }
            h3 { (text(lang, "report-gaps")) }
            @if a.gaps.is_empty() {
                p { (text(lang, if o.has_measures { "report-gaps-none" } else { "report-gaps-no-measures" })) }
            } @else {
                ol {
                    @for g in &a.gaps {
                        li {
                            strong { (g.level.term().render(lang)) } ": "
                            (clean(&g.message().render(lang))) " "
                            span.muted { "(" (g.rule_id()) ", " (msg!("report-gap-weight", weight = g.weight).render(lang)) ")" }
                            br;
                            span.help { (clean(&g.suggestion().render(lang))) }
                        }
                    }
                }
            }
            @for level in LEVELS_TOP_DOWN {
                @let tier = o.tier(level);
                h3 id=(format!("level-{}", pyramid::level_key(level))) {
                    (level.term().render(lang)) " — "
                    (msg!("report-pyramid-level-line", count = tier.count, percent = tier.non_city_percent(), kind = kind).render(lang))
                }
                @if tier.count == 0 {
                    p.gap { "⚠ " (text(lang, "report-level-empty")) }
                } @else {
                    @let (kind_label, reason_label, partners_label) = (text(lang, "report-item-kind"), text(lang, "report-item-reason"), msg!("report-item-non-city", kind = kind).render(lang));
                    table.stack {
                        (column_heads(&[&text(lang, "report-item"), &kind_label, &reason_label, &partners_label]))
                        tbody {
                            @for p in o.at(level) {
                                tr {
                                    td.title { span.loc { (clean(p.id)) } " " (clean(p.title)) }
                                    td data-label=(kind_label) { (p.kind.noun().render(lang)) }
                                    td data-label=(reason_label) {
                                        @if p.uncertain() {
                                            span.uncertain title=(text(lang, "report-item-uncertain")) { "? " }
                                        }
                                        (clean(&p.reason().render(lang)))
                                    }
                                    td data-label=(partners_label) { (text(lang, if p.non_city { "report-yes" } else { "report-no" })) }
                                }
                            }
                        }
                    }
                }
            }
            @if o.placements.iter().any(|p| p.uncertain()) {
                p.muted { "? " (text(lang, "report-item-uncertain")) }
            }
            @let unplaced: Vec<_> = o.unplaced().collect();
            @if !unplaced.is_empty() {
                h3 { (text(lang, "report-unplaced")) }
                ul {
                    @for p in unplaced {
                        li { span.loc { (clean(p.id)) } " " (clean(p.title)) " — " (clean(&p.reason().render(lang))) }
                    }
                }
            }
        }
    }
}

fn location(f: &Finding) -> Option<String> {
    f.location.as_ref().map(|l| {
        format!(
            "{}:{}:{}",
            clean(&l.file),
            l.span.start.line,
            l.span.start.col
        )
    })
}

/// A table's head: one column heading per text. In a stacked table (`table.stack`, one
/// card per row on a phone) the cells repeat these as their `data-label`.
fn column_heads(heads: &[&str]) -> Markup {
    html! {
        thead { tr {
            @for head in heads {
                th scope="col" { (head) }
            }
        } }
    }
}

/// The anchor of a finding's row in the appendix of places.
fn place_anchor(i: usize) -> String {
    format!("p-{i}")
}

/// A finding's message as a sentence for a reader of the plan, not of its files: the key
/// names it quotes in parentheses (`` (`employment_and_education`) ``) left out, other
/// quoted names without their backticks, a capital first and a full stop last.
pub fn sentence(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(" (`") {
        let close = rest[at + 3..].find("`)").map(|e| at + 3 + e + 2);
        match close {
            Some(end) if !rest[at + 3..end - 2].contains('`') => {
                out.push_str(&rest[..at]);
                rest = &rest[end..];
            }
            _ => {
                out.push_str(&rest[..at + 3]);
                rest = &rest[at + 3..];
            }
        }
    }
    out.push_str(rest);
    let out = out.replace('`', "");
    let mut chars = out.trim().chars();
    let mut s: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !s.ends_with(['.', '!', '?', ':']) {
        s.push('.');
    }
    s
}

/// The findings in the order the report shows them, by family as [`Family::ALL`] lists
/// them, each with its index in the plan's findings; a finding's number in the report is
/// its position here plus one, in the findings list and in the appendix alike.
fn in_report_order(findings: &[Finding]) -> Vec<(usize, &Finding)> {
    Family::ALL
        .iter()
        .flat_map(|&family| {
            findings
                .iter()
                .enumerate()
                .filter(move |(_, f)| f.rule.family == family)
        })
        .collect()
}

/// Every finding as a sentence, grouped by family; where it is in the plan files and how to
/// fix it there are in the appendix ([`places`]), which each one links to.
pub fn findings(a: &Analysis<'_>, lang: Lang) -> Markup {
    let all = &a.report.findings;
    let order = in_report_order(all);
    html! {
        section id="findings" {
            h2 { (text(lang, "report-findings")) }
            @if all.is_empty() {
                p { (text(lang, "report-findings-none")) }
            } @else {
                p { (msg!("report-findings-intro", count = all.len()).render(lang)) }
            }
            @for family in Family::ALL {
                @let these: Vec<(usize, usize, &Finding)> = order.iter().enumerate().filter(|(_, (_, f))| f.rule.family == family).map(|(n, (i, f))| (n + 1, *i, *f)).collect();
                @if !these.is_empty() {
                    h3 id=(format!("family-{}", family.key())) {
                        (family.title(lang)) " (" (these.len()) ")"
                    }
                    ol.findings {
                        @for (n, i, f) in these {
                            li id=(anchor(i)) value=(n) {
                                span class=(format!("sev-{}", f.severity.as_str())) { (sentence(&f.severity.label(lang)).trim_end_matches('.')) ":" }
                                " " (clean(&sentence(&f.message.render(lang)))) " "
                                a.place.muted href=(format!("#{}", place_anchor(i))) {
                                    "(" (text(lang, "report-finding-place")) ")"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The appendix for whoever edits the plan files: every finding's number, rule, file and
/// line, the item it concerns (its symbolic path) and how to fix it.
pub fn places(a: &Analysis<'_>, lang: Lang) -> Markup {
    let all = &a.report.findings;
    html! {
        @if !all.is_empty() {
            section id="places" {
                h2 { (text(lang, "report-places")) }
                p { (text(lang, "report-places-intro")) }
                @let (rule_label, where_label, fix_label) = (text(lang, "report-places-rule"), text(lang, "report-places-where"), text(lang, "report-places-fix"));
                table.places.stack {
                    (column_heads(&[&text(lang, "report-places-number"), &rule_label, &where_label, &fix_label]))
                    tbody {
                        @for (n, (i, f)) in in_report_order(all).into_iter().enumerate() {
                            tr id=(place_anchor(i)) {
                                td.title { a href=(format!("#{}", anchor(i))) { (n + 1) } }
                                td data-label=(rule_label) { span.nowrap { (f.rule.id) } " " span.muted { (f.rule.name) } }
                                td data-label=(where_label) {
                                    @match location(f) {
                                        Some(loc) => span.loc { (loc) },
                                        None => span.loc { (clean(&a.report.root)) },
                                    }
                                    @if let Some(l) = &f.location && !l.path.is_empty() {
                                        br; span.loc.muted { (clean(&l.path)) }
                                    }
                                    @if let Some(also) = crate::render::also_line(f, lang) {
                                        br; span.muted { (clean(&also)) }
                                    }
                                }
                                td data-label=(fix_label) {
                                    @if let Some(h) = &f.hint {
                                        (clean(&h.render(lang))) br;
                                    }
                                    span.help { (clean(&f.rule.help(lang))) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The multilevel map, what is missing from it, and the needs → recognition → measures trace.
pub fn governance(a: &Analysis<'_>, lang: Lang) -> Markup {
    let g = &a.governance;
    let plan = &a.report.plan;
    html! {
        section id="governance" {
            h2 { (text(lang, "report-governance")) }
            @for row in &g.map.rows {
                h3 { (row.level.term().render(lang)) }
                @if row.is_empty() {
                    p.muted { (text(lang, "report-governance-level-empty")) }
                } @else {
                    ul {
                        @for p in &row.actors {
                            li { (text(lang, "report-governance-actor")) ": " (clean(&p.item.name)) " (" (p.item.kind.term().render(lang)) ")" }
                        }
                        @for p in &row.structures {
                            li { (text(lang, "report-governance-structure")) ": " (clean(&p.item.name)) " (" (p.item.kind.term().render(lang)) ")" }
                        }
                        @for p in &row.links {
                            li { (text(lang, "report-governance-link")) ": " (clean(&p.item.title)) }
                        }
                    }
                }
            }
            h3 { (text(lang, "report-governance-missing")) }
            @if g.map.missing.is_empty() {
                p { (text(lang, "report-governance-missing-none")) }
            } @else {
                ul {
                    @for m in &g.map.missing {
                        li { strong { (m.level.term().render(lang)) } ": " (clean(&m.message.render(lang))) br; span.help { (clean(&m.add.render(lang))) } }
                    }
                }
            }
            h3 { (text(lang, "report-trace")) }
            @match &g.trace {
                Some(t) if t.has_needs() => {
                    @let (identified, recognised, answered) = (text(lang, "report-trace-consultation"), text(lang, "report-trace-recognised"), text(lang, "report-trace-measures"));
                    table.stack {
                        (column_heads(&[&text(lang, "report-trace-need"), &identified, &recognised, &answered]))
                        tbody {
                            @for (c, n) in t.needs() {
                                tr {
                                    td.title { (clean(&n.need.need)) }
                                    td data-label=(identified) { (clean(&c.consultation.title)) " (" (c.consultation.date.show(lang)) ")" }
                                    td data-label=(recognised) {
                                        @if c.recognised_in.is_empty() {
                                            span.gap { "✗ " (text(lang, "report-trace-not-recognised")) }
                                        }
                                        @for (i, r) in c.recognised_in.iter().enumerate() {
                                            @if i > 0 { ", " }
                                            (clean(r.structure.map_or(r.id, |s| s.name.as_str())))
                                        }
                                    }
                                    td data-label=(answered) {
                                        @match n.state {
                                            NeedState::Unanswered => span.gap { "✗ " (text(lang, "report-trace-unanswered")) },
                                            NeedState::OnlyDropped => span.gap { "✗ " (text(lang, "report-trace-only-dropped")) },
                                            NeedState::Answered => {
                                                @for (i, m) in n.answered_by.iter().enumerate() {
                                                    @if i > 0 { "; " }
                                                    span.loc { (clean(&m.id)) } " " (clean(&m.title))
                                                }
                                            },
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                _ => p.muted { (text(lang, "report-trace-none")) },
            }
            @let _ = plan;
        }
    }
}

/// The latest measured value of an indicator (by date), if any.
pub fn latest(i: &crate::model::Indicator) -> Option<&crate::model::Measurement> {
    i.values.iter().max_by_key(|m| m.date)
}

/// Indicators with baseline, target and latest value, drawn as small bars.
pub fn indicators(a: &Analysis<'_>, lang: Lang) -> Markup {
    let plan = &a.report.plan;
    html! {
        section id="indicators" {
            h2 { (text(lang, "report-indicators")) }
            @if plan.indicators.is_empty() {
                p.muted { (text(lang, "report-indicators-none")) }
            } @else {
                @let labels = ["report-indicator-baseline", "report-indicator-target", "report-indicator-latest", "report-indicator-drawn"].map(|id| text(lang, id));
                table.stack {
                    (column_heads(&[&text(lang, "report-indicator"), &labels[0], &labels[1], &labels[2], &labels[3]]))
                    tbody {
                        @for (n, i) in plan.indicators.iter().enumerate() {
                            @let unit = clean(i.unit.as_deref().unwrap_or(""));
                            @let fig = |m: Option<&crate::model::Measurement>| m.map(|m| (m.value, m.date.show(lang)));
                            @let show = |m: Option<&crate::model::Measurement>| match m {
                                Some(m) => format!("{} {} ({})", number(m.value, lang), unit, m.date.show(lang)),
                                None => "–".to_owned(),
                            };
                            tr {
                                td.title { span.loc { (clean(&i.id)) } " " (clean(&i.name)) }
                                td data-label=(labels[0]) { (show(i.baseline.as_ref())) }
                                td data-label=(labels[1]) { (show(i.target.as_ref())) }
                                td data-label=(labels[2]) { (show(latest(i))) }
                                td.drawing { (svg::indicator_bars(&[
                                        ("baseline", fig(i.baseline.as_ref())),
                                        ("target", fig(i.target.as_ref())),
                                        ("latest", fig(latest(i))),
                                    ], &unit, lang, &format!("ind-{n}"), &clean(&i.name))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn findings_read_as_sentences() {
        use super::sentence;
        assert_eq!(
            sentence("the plan sets no objective for good relations (`good_relations`)"),
            "The plan sets no objective for good relations."
        );
        assert_eq!(
            sentence("measure M3 'Kielikahvila' has no `responsible`"),
            "Measure M3 'Kielikahvila' has no responsible."
        );
        assert_eq!(sentence("is it? (`a` and `b`)"), "Is it? (a and b).");
        assert_eq!(
            sentence("ärsyttävää: 3 kohdetta"),
            "Ärsyttävää: 3 kohdetta."
        );
        assert_eq!(sentence(""), ".");
    }

    /// WCAG 2 relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn every_text_colour_has_a_contrast_of_at_least_4_5_to_1() {
        let texts = [
            "#111111", "#0b3d91", "#1d5e20", "#8a1c1c", "#444444", "#6b4800", "#1f3b63", "#333333",
            "#000000", "#1a1a1a",
        ];
        // The page, table headings, the "to be written" box, and the pyramid's darkest shade.
        let backgrounds = ["#ffffff", "#e8edf4", "#fff8e6"];
        for t in texts {
            for b in backgrounds {
                assert!(contrast(t, b) >= 4.5, "{t} on {b}: {:.2}", contrast(t, b));
            }
        }
        for b in ["#eef3fa", "#8fb1dc", "#5b7fb0", "#2e5a1c", "#7a4d00"] {
            // Black numbers are written on the shades (not on the indicator bars, whose
            // values are written beside them on white).
            if b == "#eef3fa" || b == "#8fb1dc" {
                assert!(contrast("#000000", b) >= 4.5, "black on {b}");
            }
        }
        // The indicator bars and level borders are graphics: 3:1 against white (WCAG 1.4.11).
        for g in ["#5b7fb0", "#2e5a1c", "#7a4d00", "#1f3b63", "#8a1c1c"] {
            assert!(contrast(g, "#ffffff") >= 3.0, "{g}");
        }
        assert_eq!(super::super::svg::shade_for_test(100), "#8fb1dc");
        assert_eq!(super::super::svg::shade_for_test(0), "#eef3fa");
    }
}
