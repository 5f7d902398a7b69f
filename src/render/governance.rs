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
use crate::governance::{Overview, cycle, forms, levels, trace};
use crate::model::date::Date;
use crate::model::{
    ActorKind, ConsultationMethod, GovernanceLevel, LinkKind, ParticipationForm, Plan,
    PopulationGroup, Status, StructureKind,
};

/// Width of the view's tables: readable in an 80-column terminal and stable in files.
pub const WIDTH: u16 = 80;

fn table(header: Vec<&str>) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_header(header)
        .set_width(WIDTH);
    t
}

/// A plan value's canonical spelling in plain words (`decision_maker_session` ->
/// "decision maker session").
fn words<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s.replace('_', " "),
        _ => String::new(),
    }
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

/// Greedy word wrap to [`WIDTH`] columns; continuation lines get `indent` spaces.
fn wrap(text: &str, indent: usize) -> String {
    let width = usize::from(WIDTH);
    let body = text.trim_start_matches(' ');
    let lead = text.len() - body.len();
    let mut out = " ".repeat(lead);
    let mut col = lead;
    for word in body.split(' ') {
        let len = word.chars().count();
        if col > indent.max(lead) && col + 1 + len > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if col > lead {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += len;
    }
    out
}

fn lines(items: impl Iterator<Item = String>) -> String {
    let v: Vec<String> = items.collect();
    if v.is_empty() {
        "–".to_owned()
    } else {
        v.join("\n")
    }
}

fn municipality_name(plan: &Plan) -> String {
    plan.municipality
        .as_ref()
        .map_or("municipality not named".to_owned(), |m| cell(&m.name))
}

/// The text view.
pub fn text(plan: &Plan, o: &Overview<'_>, as_of: Date, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}  ({}; as of {as_of})\n",
        style.bold("governance"),
        style.bold(&clean(&plan.root)),
        municipality_name(plan)
    );

    // The map.
    let _ = writeln!(out, "{}", style.bold("Multilevel map (CoE-MLG Part II)"));
    let mut t = table(vec![
        "level",
        "actors, structures and programme links (by id)",
    ]);
    for row in &o.map.rows {
        if row.level == GovernanceLevel::International && row.is_empty() {
            continue;
        }
        let part =
            |noun: &str, v: Vec<&str>| format!("{noun} ({}): {}", v.len(), ids(v.into_iter()));
        t.add_row(vec![
            levels::level_name(row.level).to_owned(),
            [
                part(
                    "actors",
                    row.actors.iter().map(|a| a.item.id.as_str()).collect(),
                ),
                part(
                    "structures",
                    row.structures.iter().map(|s| s.item.id.as_str()).collect(),
                ),
                part(
                    "programme links",
                    row.links.iter().map(|l| l.item.id.as_str()).collect(),
                ),
            ]
            .join("\n"),
        ]);
    }
    let _ = writeln!(out, "{t}");
    let _ = writeln!(
        out,
        "{}\n",
        style.dim(&wrap(
            "Levels the plan does not declare are inferred from each item's kind; `--format json` adds names and kinds.",
            0
        ))
    );

    // Missing pieces.
    if o.map.missing.is_empty() {
        let _ = writeln!(
            out,
            "Nothing is missing against the reference set of CoE-MLG Part II.\n"
        );
    } else {
        let _ = writeln!(
            out,
            "{} ({} suggestion{}, not errors)",
            style.bold("Missing against the reference set"),
            o.map.missing.len(),
            if o.map.missing.len() == 1 { "" } else { "s" }
        );
        let mut t = table(vec!["level", "missing", "suggestion"]);
        for m in &o.map.missing {
            t.add_row(vec![
                format!("{}\n{}", levels::level_name(m.level), m.kind.noun()),
                cell(&m.message),
                m.add.to_owned(),
            ]);
        }
        let _ = writeln!(out, "{t}\n");
    }

    // Participation forms.
    let _ = writeln!(
        out,
        "{}",
        style.bold("Participation forms (Sitra, in CoE-MLG Part III)")
    );
    let mut t = table(vec!["form", "structures", "measures"]);
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
            forms::form_words(f.form).to_owned(),
            ids(f.structures.iter().map(|s| s.id.as_str()).collect()),
            ids(f.measures.iter().map(|m| m.id.as_str()).collect()),
        ]);
    }
    let _ = writeln!(out, "{t}\n");

    // Structure quality.
    if !o.quality.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            style.bold(
                "Councils, co-design and dialogues against their elements (CoE-MLG Part III)"
            )
        );
        let mut t = table(vec!["structure", "kind", "met", "missing"]);
        for q in &o.quality {
            let met = q.checks.iter().filter(|c| c.gap.is_none()).count();
            t.add_row(vec![
                format!("{} '{}'", cell(q.subject.id()), cell(q.subject.name())),
                q.subject.kind().replace('_', "-"),
                format!("{met}/{}", q.checks.len()),
                lines(
                    q.checks
                        .iter()
                        .filter(|c| c.gap.is_some())
                        .map(|c| c.label.to_owned()),
                ),
            ]);
        }
        let _ = writeln!(out, "{t}\n");
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
            style.bold("Cooperation groups against the plan's cycle"),
            wrap(&format!("  {}.", clean(&o.required_meetings.because)), 2)
        );
        for s in groups {
            let verdict = match s.meets {
                None => "meeting frequency not recorded".to_owned(),
                Some(f) if f.per_year() >= o.required_meetings.per_year => format!(
                    "meets {}: enough",
                    crate::governance::quality::frequency_words(f)
                ),
                Some(f) => format!(
                    "meets {}: {}",
                    crate::governance::quality::frequency_words(f),
                    style.paint("1;33", "too rarely")
                ),
            };
            let _ = writeln!(
                out,
                "{}",
                wrap(
                    &format!("  {} '{}' {verdict}", cell(&s.id), cell(&s.name)),
                    4
                )
            );
        }
        out.push('\n');
    }

    if let Some(tr) = &o.trace {
        trace_text(&mut out, tr, style);
    }
    if let Some(cycles) = &o.cycles {
        cycles_text(&mut out, cycles, style);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn trace_text(out: &mut String, tr: &trace::Trace<'_>, style: Style) {
    let warn = style.paint("1;33", "!");
    let _ = writeln!(
        out,
        "{}",
        style.bold("Identification -> recognition -> action (the Beqiri model, CoE-MLG Part II)")
    );
    if tr.consultations.is_empty() {
        let _ = writeln!(out, "  The plan records no consultations.");
    }
    for k in &tr.consultations {
        let c = k.consultation;
        let _ = writeln!(
            out,
            "\n{}",
            wrap(
                &format!(
                    "consultation {} '{}' ({}, {})",
                    style.bold(&cell(&c.id)),
                    cell(&c.title),
                    c.date,
                    words(&c.method)
                ),
                2
            )
        );
        let heard: Vec<String> = c.groups.iter().map(words).collect();
        let line = format!(
            "  heard: {}; languages: {}",
            if heard.is_empty() {
                "no groups recorded".to_owned()
            } else {
                heard.join(", ")
            },
            if c.languages.is_empty() {
                "none recorded".to_owned()
            } else {
                c.languages
                    .iter()
                    .map(|l| cell(l))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        let _ = writeln!(out, "{}", wrap(&line, 4));
        if let LanguageProvision::Missing(group) = k.language {
            let line = format!(
                "  {warn} {} heard without a language of their own",
                words(&group)
            );
            let _ = writeln!(out, "{}", wrap(&line, 4));
        }
        if k.recognised_in.is_empty() {
            let _ = writeln!(
                out,
                "  {warn} recognised in: nowhere (no structure or decision-maker session named)"
            );
        } else {
            let places: Vec<String> = k
                .recognised_in
                .iter()
                .map(|r| match r.structure {
                    Some(s) => format!("{} ({})", cell(&s.id), words(&s.kind)),
                    None => format!("{} (not a structure in the plan)", cell(r.id)),
                })
                .collect();
            let line = format!("  recognised in: {}", places.join(", "));
            let _ = writeln!(out, "{}", wrap(&line, 4));
        }
        if c.needs.is_empty() {
            let _ = writeln!(out, "  needs: none recorded");
        }
        for n in &k.needs {
            let _ = writeln!(
                out,
                "{}",
                wrap(
                    &format!("  need {} '{}'", cell(&n.need.id), cell(&n.need.need)),
                    4
                )
            );
            match n.state {
                NeedState::Unanswered => {
                    let line = format!(
                        "    -> {warn} no measure answers it ({}:{})",
                        clean(&n.location.file),
                        n.location.span.start.line
                    );
                    let _ = writeln!(out, "{}", wrap(&line, 7));
                }
                NeedState::Answered | NeedState::OnlyDropped => {
                    for m in &n.answered_by {
                        let status = m
                            .status
                            .map(|s| format!(" ({})", words(&s)))
                            .unwrap_or_default();
                        let line = format!("    -> {} '{}'{status}", cell(&m.id), cell(&m.title));
                        let _ = writeln!(out, "{}", wrap(&line, 7));
                    }
                    if n.state == NeedState::OnlyDropped {
                        let _ = writeln!(out, "    {warn} every measure answering it was dropped");
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
        let line = format!(
            "measures citing no need ({}): {}",
            ids.len(),
            ids.join(", ")
        );
        let _ = writeln!(out, "\n{}", wrap(&line, 2));
    }
    out.push('\n');
}

fn cycles_text(out: &mut String, cycles: &[cycle::CycleTrace<'_>], style: Style) {
    let _ = writeln!(
        out,
        "{}",
        style.bold("Good-relations data-collection cycles (MoJ-TOOL)")
    );
    if cycles.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            wrap(
                "  No cycle recorded (a `cycle:` block on a decision-maker session records one).",
                2
            )
        );
        return;
    }
    for t in cycles {
        let held = match t.cycle.held {
            Some(d) if t.held => format!("held {d}"),
            Some(d) => format!("planned for {d}"),
            None => "date not recorded".to_owned(),
        };
        let _ = writeln!(
            out,
            "\n{}",
            wrap(
                &format!(
                    "{} '{}' ({held})",
                    style.bold(&cell(&t.session.id)),
                    cell(&t.session.name)
                ),
                2
            )
        );
        let ds: Vec<String> = t.discussion_sessions.iter().map(|c| cell(&c.id)).collect();
        let line = format!(
            "  1 discussion sessions: {}",
            if ds.is_empty() {
                "–".to_owned()
            } else {
                ds.join(", ")
            }
        );
        let _ = writeln!(out, "{}", wrap(&line, 4));
        let ap: Vec<String> = t.action_plan.iter().map(|m| cell(&m.id)).collect();
        let line = format!(
            "  2 decision-maker session's action plan: {}",
            if ap.is_empty() {
                "–".to_owned()
            } else {
                format!(
                    "{} ({} measure{})",
                    ap.join(", "),
                    ap.len(),
                    if ap.len() == 1 { "" } else { "s" }
                )
            }
        );
        let _ = writeln!(out, "{}", wrap(&line, 4));
        let survey = match &t.cycle.feedback_survey {
            None => "–".to_owned(),
            Some(s) => {
                let mut parts = Vec::new();
                if let Some(d) = s.date {
                    parts.push(d.to_string());
                }
                if let Some(n) = s.respondents {
                    parts.push(format!("{n} respondents"));
                }
                if parts.is_empty() {
                    "recorded".to_owned()
                } else {
                    parts.join(", ")
                }
            }
        };
        let _ = writeln!(out, "  3 feedback survey: {survey}");
        let _ = writeln!(
            out,
            "  4 next round: {}",
            t.cycle.next_round.map_or("–".to_owned(), |d| d.to_string())
        );
        for gap in t
            .incomplete
            .iter()
            .chain(t.too_large.iter())
            .chain(t.not_repeated.iter())
        {
            let line = format!("  {} {}", style.paint("1;33", "!"), clean(&gap.what));
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
    pub suggestion: &'static str,
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
    pub because: &'a str,
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
pub fn json<'a>(plan: &'a Plan, o: &'a Overview<'a>, as_of: Date) -> String {
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
                message: m.message.clone(),
                suggestion: m.add,
                source: m.source.to_string(),
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
                        missing: c.gap.as_ref().map(|g| g.what.clone()),
                    })
                    .collect(),
            })
            .collect(),
        cooperation_groups: CooperationOutput {
            required_meetings_per_year: o.required_meetings.per_year,
            because: &o.required_meetings.because,
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
                        .map(|g| g.what.clone())
                        .collect(),
                })
                .collect()
        }),
    };
    to_string(&out)
}
