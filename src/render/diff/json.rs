//! `goodrel diff --format json`: goodrel's versioned JSON of a comparison.

use serde::Serialize;

use super::View;
use crate::PlanReport;
use crate::diff::{Cover, ItemRef, OldSide};
use crate::finding::{Location, Severity};
use crate::i18n::{Lang, Term};
use crate::pyramid;
use crate::render::json::{FindingOutput, LocationOutput, Position, Summary, Tool};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    as_of: String,
    before: SideOutput<'a>,
    after: SideOutput<'a>,
    /// The configuration file both versions were checked with, or null.
    config: Option<String>,
    /// Findings of the old version the new one no longer has, located in the old.
    fixed: Vec<FindingOutput<'a>>,
    /// Findings of the new version the old one did not have, located in the new.
    new: Vec<FindingOutput<'a>>,
    /// How many findings are in both versions.
    kept: usize,
    /// False when a version had a plan file that could not be read (its content rules did
    /// not run): then `fixed`, `new` and `kept` count format findings only.
    content_compared: bool,
    checklist: ChecklistOutput,
    items: ItemsOutput<'a>,
    pyramid: PyramidOutput<'a>,
    indicators: IndicatorsOutput<'a>,
    result: ResultOutput,
}

#[derive(Serialize)]
struct SideOutput<'a> {
    root: &'a str,
    /// For the old version read from git: the revision as given and its commit.
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<RevisionOutput<'a>>,
    files: Vec<&'a str>,
    content_checked: bool,
    summary: Summary,
    checklist: crate::duty::Counts,
}

#[derive(Serialize)]
struct RevisionOutput<'a> {
    name: &'a str,
    commit: &'a str,
}

#[derive(Serialize)]
struct ChecklistOutput {
    before: crate::duty::Counts,
    after: crate::duty::Counts,
    changed: Vec<DutyChangeOutput>,
}

#[derive(Serialize)]
struct DutyChangeOutput {
    id: String,
    label: String,
    /// The duty's evaluation in the old version (null where it was not listed).
    before: Option<crate::render::checklist::DutyOutput>,
    after: Option<crate::render::checklist::DutyOutput>,
}

#[derive(Serialize)]
struct ItemOutput<'a> {
    /// The plan format's word for its kind (`measure`), or `municipality`.
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    location: LocationOutput<'a>,
}

#[derive(Serialize)]
struct ChangedOutput<'a> {
    #[serde(flatten)]
    item: ItemOutput<'a>,
    /// The plan format's keys whose values differ (`""` when the item is not a map).
    fields: &'a [String],
}

#[derive(Serialize)]
struct ItemsOutput<'a> {
    added: Vec<ItemOutput<'a>>,
    removed: Vec<ItemOutput<'a>>,
    changed: Vec<ChangedOutput<'a>>,
}

#[derive(Serialize)]
struct LevelOutput {
    level: &'static str,
    before: usize,
    after: usize,
}

#[derive(Serialize)]
struct CountOutput {
    before: usize,
    after: usize,
}

#[derive(Serialize)]
struct MovedOutput<'a> {
    kind: pyramid::ItemKind,
    id: &'a str,
    title: &'a str,
    before: Option<&'static str>,
    after: Option<&'static str>,
    because: String,
    location: LocationOutput<'a>,
}

#[derive(Serialize)]
struct GapOutput {
    rule: &'static str,
    key: &'static str,
    level: &'static str,
    subjects: Vec<String>,
    message: String,
}

#[derive(Serialize)]
struct SectorOutput<'a> {
    sector: &'static str,
    covers: Vec<CoverOutput<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum CoverOutput<'a> {
    Item {
        kind: pyramid::ItemKind,
        id: &'a str,
        title: &'a str,
        level: Option<&'static str>,
        location: LocationOutput<'a>,
    },
    Link {
        id: &'a str,
        via: String,
    },
}

#[derive(Serialize)]
struct PyramidOutput<'a> {
    levels: Vec<LevelOutput>,
    unplaced: CountOutput,
    moved: Vec<MovedOutput<'a>>,
    gaps_opened: Vec<GapOutput>,
    gaps_closed: Vec<GapOutput>,
    sectors_gained: Vec<SectorOutput<'a>>,
    sectors_lost: Vec<SectorOutput<'a>>,
}

#[derive(Serialize)]
struct ValueOutput<'a> {
    indicator: &'a str,
    name: &'a str,
    unit: Option<&'a str>,
    value: f64,
    date: String,
    /// The value the old version held for the same date, when it held another.
    before: Option<f64>,
    location: LocationOutput<'a>,
}

#[derive(Serialize)]
struct IndicatorsOutput<'a> {
    values: Vec<ValueOutput<'a>>,
}

#[derive(Serialize)]
struct ResultOutput {
    new_errors: usize,
    new_warnings: usize,
    new_info: usize,
    fixed: usize,
    fail_on: Severity,
    /// Whether the change brings a new finding at `fail_on` or above (exit code 1).
    fails: bool,
}

fn location(l: &Location) -> LocationOutput<'_> {
    LocationOutput {
        file: &l.file,
        path: &l.path,
        start: Position::from(l.span.start),
        end: Position::from(l.span.end),
    }
}

fn item_output(i: &ItemRef) -> ItemOutput<'_> {
    ItemOutput {
        kind: i.kind.map_or("municipality", |k| k.noun()),
        id: &i.id,
        title: &i.title,
        location: location(&i.location),
    }
}

fn gap_output(g: &pyramid::Gap, lang: Lang) -> GapOutput {
    GapOutput {
        rule: g.rule_id(),
        key: g.key(),
        level: pyramid::level_key(g.level),
        subjects: g.subjects(),
        message: g.message().render(lang),
    }
}

fn sector_output(s: &crate::diff::SectorChange, lang: Lang) -> SectorOutput<'_> {
    SectorOutput {
        sector: s.sector.key(),
        covers: s
            .covers
            .iter()
            .map(|c| match c {
                Cover::Item {
                    kind,
                    id,
                    title,
                    level,
                    location: at,
                } => CoverOutput::Item {
                    kind: *kind,
                    id,
                    title,
                    level: level.map(pyramid::level_key),
                    location: location(at),
                },
                Cover::Link { id, via } => CoverOutput::Link {
                    id,
                    via: via.render(lang),
                },
            })
            .collect(),
    }
}

fn side<'a>(r: &'a PlanReport, revision: Option<RevisionOutput<'a>>) -> SideOutput<'a> {
    SideOutput {
        root: &r.root,
        revision,
        files: r.plan.files.iter().map(|f| f.display.as_str()).collect(),
        content_checked: r.content_checked(),
        summary: crate::render::json::summary(&r.findings),
        checklist: r.duties.counts(),
    }
}

/// The diff as goodrel's versioned JSON.
pub fn json(v: &View<'_>, lang: Lang) -> String {
    let d = v.diff;
    let count = |s: Severity| d.new.iter().filter(|f| f.severity == s).count();
    let revision = match v.side {
        OldSide::Dir => None,
        OldSide::Revision { name, commit } => Some(RevisionOutput { name, commit }),
    };
    let p = &d.pyramid;
    let out = Output {
        version: crate::render::json::VERSION,
        tool: crate::render::json::tool(),
        as_of: v.new.as_of.to_string(),
        before: side(v.old, revision),
        after: side(v.new, None),
        config: crate::render::config_used(v.new),
        fixed: d
            .fixed
            .iter()
            .map(|f| crate::render::json::finding(f, lang))
            .collect(),
        new: d
            .new
            .iter()
            .map(|f| crate::render::json::finding(f, lang))
            .collect(),
        kept: d.kept,
        content_compared: d.content_compared,
        checklist: ChecklistOutput {
            before: d.counts.0,
            after: d.counts.1,
            changed: d
                .duties
                .iter()
                .map(|c| DutyChangeOutput {
                    id: c.id.clone(),
                    label: c
                        .latest()
                        .map(|e| crate::render::checklist::label(e, lang))
                        .unwrap_or_default(),
                    before: c
                        .before
                        .as_ref()
                        .map(|e| crate::render::checklist::duty_json(v.old, e, lang)),
                    after: c
                        .after
                        .as_ref()
                        .map(|e| crate::render::checklist::duty_json(v.new, e, lang)),
                })
                .collect(),
        },
        items: ItemsOutput {
            added: d.items.added.iter().map(item_output).collect(),
            removed: d.items.removed.iter().map(item_output).collect(),
            changed: d
                .items
                .changed
                .iter()
                .map(|c| ChangedOutput {
                    item: item_output(&c.item),
                    fields: &c.fields,
                })
                .collect(),
        },
        pyramid: PyramidOutput {
            levels: p
                .levels
                .iter()
                .map(|(level, before, after)| LevelOutput {
                    level: pyramid::level_key(*level),
                    before: *before,
                    after: *after,
                })
                .collect(),
            unplaced: CountOutput {
                before: p.unplaced.0,
                after: p.unplaced.1,
            },
            moved: p
                .moved
                .iter()
                .map(|m| MovedOutput {
                    kind: m.kind,
                    id: &m.id,
                    title: &m.title,
                    before: m.before.map(pyramid::level_key),
                    after: m.after.map(pyramid::level_key),
                    because: m.why.render(lang),
                    location: location(&m.location),
                })
                .collect(),
            gaps_opened: p.opened.iter().map(|g| gap_output(g, lang)).collect(),
            gaps_closed: p.closed.iter().map(|g| gap_output(g, lang)).collect(),
            sectors_gained: p.gained.iter().map(|s| sector_output(s, lang)).collect(),
            sectors_lost: p.lost.iter().map(|s| sector_output(s, lang)).collect(),
        },
        indicators: IndicatorsOutput {
            values: d
                .values
                .iter()
                .map(|r| ValueOutput {
                    indicator: &r.indicator,
                    name: &r.name,
                    unit: r.unit.as_deref(),
                    value: r.value,
                    date: r.date.to_string(),
                    before: r.before,
                    location: location(&r.location),
                })
                .collect(),
        },
        result: ResultOutput {
            new_errors: count(Severity::Error),
            new_warnings: count(Severity::Warning),
            new_info: count(Severity::Info),
            fixed: d.fixed.len(),
            fail_on: v.fail_on,
            fails: v.fails(),
        },
    };
    crate::render::json::to_string(&out)
}
