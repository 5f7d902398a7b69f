//! The `governance` view: the multilevel map with what is missing against the reference
//! set, participation forms, the quality of participatory structures and, with `--trace`,
//! the identification -> recognition -> action trace and the data-collection cycles. Text
//! for people (tables fitted to 80 columns) and a versioned JSON format for scripts.

use std::fmt::Write as _;

use serde::Serialize;

use super::Style;
use super::json::{Tool, VERSION, to_string, tool};
use super::sanitize::{cell, clean};
use crate::governance::trace::{LanguageProvision, NeedState};
use crate::governance::{Overview, cycle, forms, trace};
use crate::i18n::{self, Arg, Lang, Message, Term};
use crate::model::date::Date;
use crate::model::{
    ActorKind, ConsultationMethod, GovernanceLevel, LinkKind, ParticipationForm, Plan,
    PopulationGroup, Status, StructureKind,
};
use crate::msg;

/// Width of the view's tables: readable in an 80-column terminal and stable in files.
pub const WIDTH: u16 = 80;

fn table(header: Vec<String>) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_header(header)
        .set_width(width());
    t
}

/// Ids joined with commas (the table wraps them), or a dash.
fn ids<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<String> = items.map(cell).collect();
    if v.is_empty() {
        "–".to_owned()
    } else {
        v.join(", ")
    }
}

/// `text` wrapped between words to the view's width; its leading spaces stay, continuation
/// lines get `indent` spaces.
fn wrap(text: &str, indent: usize) -> String {
    let body = text.trim_start_matches(' ');
    let lead = &text[..text.len() - body.len()];
    let wrapped = super::layout::wrap(body, usize::from(width()), lead, &" ".repeat(indent));
    wrapped.trim_end_matches('\n').to_owned()
}

/// The view's width: [`WIDTH`], or less when `COLUMNS` or the terminal is narrower.
fn width() -> u16 {
    super::layout::terminal_width(WIDTH).min(WIDTH)
}

fn lines(items: impl Iterator<Item = String>) -> String {
    let v: Vec<String> = items.collect();
    if v.is_empty() {
        "–".to_owned()
    } else {
        v.join("\n")
    }
}

fn municipality_name(plan: &Plan, lang: Lang) -> String {
    plan.municipality.as_ref().map_or_else(
        || i18n::text(lang, "governance-no-municipality"),
        |m| cell(&m.name),
    )
}

/// A level of the map in the reader's language.
fn level_name(level: GovernanceLevel, lang: Lang) -> String {
    level.term().render(lang)
}

/// The text view.
pub fn text(plan: &Plan, o: &Overview<'_>, as_of: Date, style: Style, lang: Lang) -> String {
    let mut out = String::new();
    let header = format!(
        "{} {}  ({})",
        style.bold(&i18n::text(lang, "governance-title")),
        style.bold(&clean(&plan.root)),
        msg!(
            "governance-header-note",
            municipality = municipality_name(plan, lang),
            date = as_of
        )
        .render(lang)
    );
    let _ = writeln!(out, "{}\n", wrap(&header, 2));

    // The map.
    let _ = writeln!(
        out,
        "{}",
        wrap(&style.bold(&i18n::text(lang, "governance-map-title")), 0)
    );
    let mut t = table(vec![
        i18n::text(lang, "governance-col-level"),
        i18n::text(lang, "governance-col-contents"),
    ]);
    for row in &o.map.rows {
        if row.level == GovernanceLevel::International && row.is_empty() {
            continue;
        }
        let part = |id: &'static str, v: Vec<&str>| {
            Message::new(id)
                .arg("count", v.len())
                .arg("ids", ids(v.into_iter()))
                .render(lang)
        };
        t.add_row(vec![
            level_name(row.level, lang),
            [
                part(
                    "governance-map-actors",
                    row.actors.iter().map(|a| a.item.id.as_str()).collect(),
                ),
                part(
                    "governance-map-structures",
                    row.structures.iter().map(|s| s.item.id.as_str()).collect(),
                ),
                part(
                    "governance-map-links",
                    row.links.iter().map(|l| l.item.id.as_str()).collect(),
                ),
            ]
            .join("\n"),
        ]);
    }
    let _ = writeln!(out, "{}", super::layout::fit(&t, WIDTH, lang));
    let _ = writeln!(
        out,
        "{}\n",
        style.dim(&wrap(&i18n::text(lang, "governance-map-legend"), 0))
    );

    // Missing pieces.
    if o.map.missing.is_empty() {
        let _ = writeln!(out, "{}\n", i18n::text(lang, "governance-missing-none"));
    } else {
        let heading = format!(
            "{} {}",
            style.bold(&i18n::text(lang, "governance-missing-title")),
            msg!("governance-missing-count", count = o.map.missing.len()).render(lang)
        );
        let _ = writeln!(out, "{}", wrap(&heading, 0));
        let mut t = table(vec![
            i18n::text(lang, "governance-col-level"),
            i18n::text(lang, "governance-col-missing"),
            i18n::text(lang, "governance-col-suggestion"),
        ]);
        for m in &o.map.missing {
            t.add_row(vec![
                format!(
                    "{}\n{}",
                    level_name(m.level, lang),
                    m.kind.noun().render(lang)
                ),
                cell(&m.message.render(lang)),
                m.add.render(lang),
            ]);
        }
        let _ = writeln!(out, "{}\n", super::layout::fit(&t, WIDTH, lang));
    }

    // Participation forms.
    let _ = writeln!(
        out,
        "{}",
        wrap(&style.bold(&i18n::text(lang, "governance-forms-title")), 0)
    );
    let mut t = table(vec![
        i18n::text(lang, "governance-col-form"),
        i18n::text(lang, "governance-col-structures"),
        i18n::text(lang, "governance-col-measures"),
    ]);
    for f in &o.forms {
        let ids = |v: Vec<&str>| {
            if v.is_empty() {
                "–".to_owned()
            } else {
                let v: Vec<String> = v.into_iter().map(cell).collect();
                format!("{}: {}", v.len(), v.join(", "))
            }
        };
        t.add_row(vec![
            forms::form_name(f.form).render(lang),
            ids(f.structures.iter().map(|s| s.id.as_str()).collect()),
            ids(f.measures.iter().map(|m| m.id.as_str()).collect()),
        ]);
    }
    let _ = writeln!(out, "{}\n", super::layout::fit(&t, WIDTH, lang));

    // Structure quality.
    if !o.quality.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            wrap(
                &style.bold(&i18n::text(lang, "governance-quality-title")),
                0
            )
        );
        let mut t = table(vec![
            i18n::text(lang, "governance-col-structure"),
            i18n::text(lang, "governance-col-kind"),
            i18n::text(lang, "governance-col-met"),
            i18n::text(lang, "governance-col-missing"),
        ]);
        for q in &o.quality {
            let met = q.checks.iter().filter(|c| c.gap.is_none()).count();
            t.add_row(vec![
                format!("{} '{}'", cell(q.subject.id()), cell(q.subject.name())),
                msg!("governance-subject-kind", key = q.subject.kind()).render(lang),
                format!("{met}/{}", q.checks.len()),
                lines(
                    q.checks
                        .iter()
                        .filter(|c| c.gap.is_some())
                        .map(|c| c.label.render(lang)),
                ),
            ]);
        }
        let _ = writeln!(out, "{}\n", super::layout::fit(&t, WIDTH, lang));
    }
    let groups: Vec<_> = plan
        .structures
        .iter()
        .filter(|s| crate::governance::quality::is_cycle_group(s.kind))
        .collect();
    if !groups.is_empty() {
        let _ = writeln!(
            out,
            "{}\n{}",
            wrap(&style.bold(&i18n::text(lang, "governance-groups-title")), 0),
            wrap(
                &format!("  {}.", clean(&o.required_meetings.because.render(lang))),
                2
            )
        );
        for s in groups {
            let line = match s.meets {
                None => msg!(
                    "governance-group-unrecorded",
                    id = cell(&s.id),
                    name = cell(&s.name)
                ),
                Some(f) => {
                    let verdict = if f.per_year() >= o.required_meetings.per_year {
                        i18n::text(lang, "governance-group-enough")
                    } else {
                        style
                            .paint("1;33", &i18n::text(lang, "governance-group-too-rarely"))
                            .into_owned()
                    };
                    msg!(
                        "governance-group-meets",
                        id = cell(&s.id),
                        name = cell(&s.name),
                        frequency = crate::governance::quality::frequency(f),
                        verdict = verdict
                    )
                }
            };
            let _ = writeln!(out, "{}", wrap(&format!("  {}", line.render(lang)), 4));
        }
        out.push('\n');
    }

    if let Some(tr) = &o.trace {
        trace_text(&mut out, tr, style, lang);
    }
    if let Some(cycles) = &o.cycles {
        cycles_text(&mut out, cycles, style, lang);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    super::sanitize::guarded(out, super::sanitize::Form::Text)
}

fn trace_text(out: &mut String, tr: &trace::Trace<'_>, style: Style, lang: Lang) {
    let warn = style.paint("1;33", "!").into_owned();
    let _ = writeln!(
        out,
        "{}",
        wrap(&style.bold(&i18n::text(lang, "governance-trace-title")), 0)
    );
    if tr.consultations.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            i18n::text(lang, "governance-trace-no-consultations")
        );
    }
    for k in &tr.consultations {
        let c = k.consultation;
        let _ = writeln!(
            out,
            "\n{}",
            wrap(
                &msg!(
                    "governance-trace-consultation",
                    id = style.bold(&cell(&c.id)),
                    title = cell(&c.title),
                    date = c.date,
                    method = c.method.term()
                )
                .render(lang),
                2
            )
        );
        let groups: Arg = if c.groups.is_empty() {
            msg!("governance-trace-no-groups").into()
        } else {
            c.groups
                .iter()
                .map(Term::term)
                .collect::<Vec<Message>>()
                .into()
        };
        let languages: Arg = if c.languages.is_empty() {
            msg!("governance-trace-no-languages").into()
        } else {
            c.languages
                .iter()
                .map(|l| cell(l))
                .collect::<Vec<String>>()
                .into()
        };
        let line = msg!(
            "governance-trace-heard",
            groups = groups,
            languages = languages
        )
        .render(lang);
        let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
        if let LanguageProvision::Missing(group) = k.language {
            let line = msg!(
                "governance-trace-no-own-language",
                warn = warn.as_str(),
                group = group.term()
            )
            .render(lang);
            let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
        }
        if k.recognised_in.is_empty() {
            let line =
                msg!("governance-trace-recognised-nowhere", warn = warn.as_str()).render(lang);
            let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
        } else {
            let places: Vec<String> = k
                .recognised_in
                .iter()
                .map(|r| match r.structure {
                    Some(s) => format!("{} ({})", cell(&s.id), s.kind.term().render(lang)),
                    None => msg!("governance-trace-not-a-structure", id = cell(r.id)).render(lang),
                })
                .collect();
            let line = msg!("governance-trace-recognised-in", places = places).render(lang);
            let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
        }
        if c.needs.is_empty() {
            let _ = writeln!(out, "  {}", i18n::text(lang, "governance-trace-no-needs"));
        }
        for n in &k.needs {
            let line = msg!(
                "governance-trace-need",
                id = cell(&n.need.id),
                need = cell(&n.need.need)
            )
            .render(lang);
            let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
            match n.state {
                NeedState::Unanswered => {
                    let line = msg!(
                        "governance-trace-unanswered",
                        warn = warn.as_str(),
                        at = format!("{}:{}", clean(&n.location.file), n.location.span.start.line)
                    )
                    .render(lang);
                    let _ = writeln!(out, "{}", wrap(&format!("    {line}"), 7));
                }
                NeedState::Answered | NeedState::OnlyDropped => {
                    for m in &n.answered_by {
                        let status = m
                            .status
                            .map(|s| format!(" ({})", s.term().render(lang)))
                            .unwrap_or_default();
                        let line = format!("    -> {} '{}'{status}", cell(&m.id), cell(&m.title));
                        let _ = writeln!(out, "{}", wrap(&line, 7));
                    }
                    if n.state == NeedState::OnlyDropped {
                        let _ = writeln!(
                            out,
                            "    {}",
                            msg!("governance-trace-all-dropped", warn = warn.as_str()).render(lang)
                        );
                    }
                }
            }
        }
    }
    if !tr.measures_citing_no_need.is_empty() && tr.has_needs() {
        let ids: Vec<String> = tr
            .measures_citing_no_need
            .iter()
            .map(|m| cell(&m.id))
            .collect();
        let line = msg!(
            "governance-trace-citing-no-need",
            count = ids.len(),
            ids = ids.join(", ")
        )
        .render(lang);
        let _ = writeln!(out, "\n{}", wrap(&line, 2));
    }
    out.push('\n');
}

fn cycles_text(out: &mut String, cycles: &[cycle::CycleTrace<'_>], style: Style, lang: Lang) {
    let _ = writeln!(
        out,
        "{}",
        wrap(&style.bold(&i18n::text(lang, "governance-cycles-title")), 0)
    );
    if cycles.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            wrap(
                &format!("  {}", i18n::text(lang, "governance-cycles-none")),
                2
            )
        );
        return;
    }
    for t in cycles {
        let held = match t.cycle.held {
            Some(d) if t.held => msg!("governance-cycle-held", date = d),
            Some(d) => msg!("governance-cycle-planned", date = d),
            None => msg!("governance-cycle-no-date"),
        };
        let _ = writeln!(
            out,
            "\n{}",
            wrap(
                &format!(
                    "{} '{}' ({})",
                    style.bold(&cell(&t.session.id)),
                    cell(&t.session.name),
                    held.render(lang)
                ),
                2
            )
        );
        let ds: Vec<String> = t.discussion_sessions.iter().map(|c| cell(&c.id)).collect();
        let line = msg!(
            "governance-cycle-discussion-sessions",
            ids = if ds.is_empty() {
                "–".to_owned()
            } else {
                ds.join(", ")
            }
        )
        .render(lang);
        let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
        let ap: Vec<String> = t.action_plan.iter().map(|m| cell(&m.id)).collect();
        let plan: Arg = if ap.is_empty() {
            "–".into()
        } else {
            msg!(
                "governance-cycle-measures",
                ids = ap.join(", "),
                count = ap.len()
            )
            .into()
        };
        let line = msg!("governance-cycle-action-plan", plan = plan).render(lang);
        let _ = writeln!(out, "{}", wrap(&format!("  {line}"), 4));
        let survey = match &t.cycle.feedback_survey {
            None => "–".to_owned(),
            Some(s) => {
                let mut parts = Vec::new();
                if let Some(d) = s.date {
                    parts.push(d.show(lang));
                }
                if let Some(n) = s.respondents {
                    parts.push(msg!("governance-cycle-respondents", count = n).render(lang));
                }
                if parts.is_empty() {
                    i18n::text(lang, "governance-cycle-survey-recorded")
                } else {
                    parts.join(", ")
                }
            }
        };
        let _ = writeln!(
            out,
            "  {}",
            msg!("governance-cycle-survey", survey = survey).render(lang)
        );
        let _ = writeln!(
            out,
            "  {}",
            msg!(
                "governance-cycle-next-round",
                date = t.cycle.next_round.map_or(Arg::from("–"), Arg::from)
            )
            .render(lang)
        );
        for gap in t
            .incomplete
            .iter()
            .chain(t.too_large.iter())
            .chain(t.not_repeated.iter())
        {
            let line = format!(
                "  {} {}",
                style.paint("1;33", "!"),
                clean(&gap.what.render(lang))
            );
            let _ = writeln!(out, "{}", wrap(&line, 4));
        }
    }
    out.push('\n');
}

// ---------------------------------------------------------------------------------------
// JSON (version 1).

#[derive(Serialize)]
pub struct GovernanceOutput<'a> {
    pub version: u32,
    pub tool: Tool,
    pub as_of: String,
    pub root: &'a str,
    pub municipality: Option<&'a str>,
    pub levels: Vec<LevelOutput<'a>>,
    pub missing: Vec<MissingOutput>,
    pub participation: Vec<FormOutput<'a>>,
    pub structure_quality: Vec<QualityOutput<'a>>,
    pub cooperation_groups: CooperationOutput<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<TraceOutput<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cycles: Option<Vec<CycleOutput<'a>>>,
}

#[derive(Serialize)]
pub struct LevelOutput<'a> {
    pub level: GovernanceLevel,
    pub actors: Vec<ActorOutput<'a>>,
    pub structures: Vec<StructureOutput<'a>>,
    pub links: Vec<LinkOutput<'a>>,
}

/// `declared` when the plan gave the level, `inferred` when goodrel took it from the kind.
#[derive(Serialize)]
pub struct ActorOutput<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: ActorKind,
    pub level_from: &'static str,
}

#[derive(Serialize)]
pub struct StructureOutput<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: StructureKind,
    pub level_from: &'static str,
}

#[derive(Serialize)]
pub struct LinkOutput<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub kind: &'a crate::model::OneOrMany<LinkKind>,
    pub level_from: &'static str,
}

#[derive(Serialize)]
pub struct MissingOutput {
    pub level: GovernanceLevel,
    pub kind: &'static str,
    pub key: &'static str,
    pub message: String,
    pub suggestion: String,
    pub source: String,
}

#[derive(Serialize)]
pub struct FormOutput<'a> {
    pub form: ParticipationForm,
    pub structures: Vec<&'a str>,
    pub measures: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct QualityOutput<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
    pub elements: Vec<ElementOutput>,
}

#[derive(Serialize)]
pub struct ElementOutput {
    pub element: &'static str,
    pub met: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<String>,
}

#[derive(Serialize)]
pub struct CooperationOutput<'a> {
    pub required_meetings_per_year: f64,
    pub because: String,
    pub groups: Vec<GroupOutput<'a>>,
}

#[derive(Serialize)]
pub struct GroupOutput<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub meets_per_year: Option<f64>,
    pub enough: Option<bool>,
}

#[derive(Serialize)]
pub struct TraceOutput<'a> {
    pub consultations: Vec<ConsultationOutput<'a>>,
    pub measures_citing_no_need: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct ConsultationOutput<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub date: String,
    pub method: ConsultationMethod,
    pub groups: &'a [PopulationGroup],
    pub languages: &'a [String],
    /// `not_needed`, `provided` or `missing`.
    pub language_provision: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language_missing_for: Option<PopulationGroup>,
    pub recognised_in: Vec<RecognitionOutput<'a>>,
    pub needs: Vec<NeedOutput<'a>>,
}

#[derive(Serialize)]
pub struct RecognitionOutput<'a> {
    pub id: &'a str,
    pub kind: Option<StructureKind>,
}

#[derive(Serialize)]
pub struct NeedOutput<'a> {
    pub id: &'a str,
    pub need: &'a str,
    pub state: &'static str,
    pub file: &'a str,
    pub line: usize,
    pub answered_by: Vec<MeasureRef<'a>>,
}

#[derive(Serialize)]
pub struct MeasureRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub status: Option<Status>,
}

#[derive(Serialize)]
pub struct CycleOutput<'a> {
    pub session: &'a str,
    pub held: Option<String>,
    pub discussion_sessions: Vec<&'a str>,
    pub action_plan: Vec<&'a str>,
    pub feedback_survey: bool,
    pub next_round: Option<String>,
    pub problems: Vec<String>,
}

fn level_from(declared: bool) -> &'static str {
    if declared { "declared" } else { "inferred" }
}

/// The JSON view.
/// The JSON view: stable keys and ids; its human texts (`message`, `suggestion`, `source`,
/// `missing`, `because`, `problems`) in `lang`.
pub fn json<'a>(plan: &'a Plan, o: &'a Overview<'a>, as_of: Date, lang: Lang) -> String {
    let out = GovernanceOutput {
        version: VERSION,
        tool: tool(),
        as_of: as_of.to_string(),
        root: &plan.root,
        municipality: plan.municipality.as_ref().map(|m| m.name.as_str()),
        levels: o
            .map
            .rows
            .iter()
            .map(|r| LevelOutput {
                level: r.level,
                actors: r
                    .actors
                    .iter()
                    .map(|a| ActorOutput {
                        id: &a.item.id,
                        name: &a.item.name,
                        kind: a.item.kind,
                        level_from: level_from(a.declared),
                    })
                    .collect(),
                structures: r
                    .structures
                    .iter()
                    .map(|s| StructureOutput {
                        id: &s.item.id,
                        name: &s.item.name,
                        kind: s.item.kind,
                        level_from: level_from(s.declared),
                    })
                    .collect(),
                links: r
                    .links
                    .iter()
                    .map(|l| LinkOutput {
                        id: &l.item.id,
                        title: &l.item.title,
                        kind: &l.item.kind,
                        level_from: level_from(l.declared),
                    })
                    .collect(),
            })
            .collect(),
        missing: o
            .map
            .missing
            .iter()
            .map(|m| MissingOutput {
                level: m.level,
                kind: m.kind.key(),
                key: m.key,
                message: m.message.render(lang),
                suggestion: m.add.render(lang),
                source: m.source.render(lang),
            })
            .collect(),
        participation: o
            .forms
            .iter()
            .map(|f| FormOutput {
                form: f.form,
                structures: f.structures.iter().map(|s| s.id.as_str()).collect(),
                measures: f.measures.iter().map(|m| m.id.as_str()).collect(),
            })
            .collect(),
        structure_quality: o
            .quality
            .iter()
            .map(|q| QualityOutput {
                id: q.subject.id(),
                name: q.subject.name(),
                kind: q.subject.kind(),
                elements: q
                    .checks
                    .iter()
                    .map(|c| ElementOutput {
                        element: c.key,
                        met: c.gap.is_none(),
                        missing: c.gap.as_ref().map(|g| g.what.render(lang)),
                    })
                    .collect(),
            })
            .collect(),
        cooperation_groups: CooperationOutput {
            required_meetings_per_year: o.required_meetings.per_year,
            because: o.required_meetings.because.render(lang),
            groups: plan
                .structures
                .iter()
                .filter(|s| crate::governance::quality::is_cycle_group(s.kind))
                .map(|s| GroupOutput {
                    id: &s.id,
                    name: &s.name,
                    meets_per_year: s.meets.map(|f| f.per_year()),
                    enough: s
                        .meets
                        .map(|f| f.per_year() >= o.required_meetings.per_year),
                })
                .collect(),
        },
        trace: o.trace.as_ref().map(|t| TraceOutput {
            consultations: t
                .consultations
                .iter()
                .map(|k| {
                    let c = k.consultation;
                    let (language_provision, language_missing_for) = match k.language {
                        LanguageProvision::NotNeeded => ("not_needed", None),
                        LanguageProvision::Provided(_) => ("provided", None),
                        LanguageProvision::Missing(g) => ("missing", Some(g)),
                    };
                    ConsultationOutput {
                        id: &c.id,
                        title: &c.title,
                        date: c.date.to_string(),
                        method: c.method,
                        groups: &c.groups,
                        languages: &c.languages,
                        language_provision,
                        language_missing_for,
                        recognised_in: k
                            .recognised_in
                            .iter()
                            .map(|r| RecognitionOutput {
                                id: r.id,
                                kind: r.structure.map(|s| s.kind),
                            })
                            .collect(),
                        needs: k
                            .needs
                            .iter()
                            .map(|n| NeedOutput {
                                id: &n.need.id,
                                need: &n.need.need,
                                state: n.state.key(),
                                file: &n.location.file,
                                line: n.location.span.start.line,
                                answered_by: n
                                    .answered_by
                                    .iter()
                                    .map(|m| MeasureRef {
                                        id: &m.id,
                                        title: &m.title,
                                        status: m.status,
                                    })
                                    .collect(),
                            })
                            .collect(),
                    }
                })
                .collect(),
            measures_citing_no_need: if t.has_needs() {
                t.measures_citing_no_need
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect()
            } else {
                Vec::new()
            },
        }),
        cycles: o.cycles.as_ref().map(|cs| {
            cs.iter()
                .map(|t| CycleOutput {
                    session: &t.session.id,
                    held: t.cycle.held.map(|d| d.to_string()),
                    discussion_sessions: t
                        .discussion_sessions
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect(),
                    action_plan: t.action_plan.iter().map(|m| m.id.as_str()).collect(),
                    feedback_survey: t.cycle.feedback_survey.is_some(),
                    next_round: t.cycle.next_round.map(|d| d.to_string()),
                    problems: t
                        .incomplete
                        .iter()
                        .chain(t.too_large.iter())
                        .chain(t.not_repeated.iter())
                        .map(|g| g.what.render(lang))
                        .collect(),
                })
                .collect()
        }),
    };
    to_string(&out)
}
