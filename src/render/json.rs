//! Machine output. These types are the versioned JSON format (`"version": 1`), kept apart
//! from internal structs so that refactoring the code does not break users' scripts.

use serde::Serialize;

use crate::i18n::Lang;

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::load::node::Pos;
use crate::rules::{self, Family, Rule};

pub const VERSION: u32 = 1;

/// The whole document of `check --format json`, which [`CheckStream`] writes plan by plan
/// (a test holds the two to the same bytes).
#[derive(Serialize)]
pub struct CheckOutput<'a> {
    pub version: u32,
    pub tool: Tool,
    pub as_of: String,
    pub plans: Vec<PlanOutput<'a>>,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

pub fn tool() -> Tool {
    Tool {
        name: "goodrel",
        version: env!("CARGO_PKG_VERSION"),
    }
}

#[derive(Serialize)]
pub struct PlanOutput<'a> {
    pub root: &'a str,
    /// The configuration file used (as shown in the other formats), or null for none.
    pub config: Option<String>,
    pub files: Vec<&'a str>,
    /// False when some file could not be read, so only format findings are reported.
    pub content_checked: bool,
    pub findings: Vec<FindingOutput<'a>>,
    pub summary: Summary,
    /// Content rules not run because a section they read could not be read at all;
    /// present only when there are some.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped_rules: Vec<SkippedOutput>,
    /// Findings held back because they rest on a value written but unreadable, each with
    /// that value's place.
    pub held_back: Vec<HeldBackOutput>,
    /// Held-back findings past the ones listed, counted only; present when there are some.
    #[serde(skip_serializing_if = "is_zero")]
    pub held_back_unlisted: usize,
    /// The statutory checklist's counts: `statutory_gaps` equals the error-level
    /// Integration Act findings above.
    pub checklist: crate::duty::Counts,
    /// Every duty of the checklist, evaluated, as `goodrel checklist --format json` lists
    /// them.
    pub duties: Vec<super::checklist::DutyOutput>,
}

/// A finding held back: its rule, its symbolic path, and where the unreadable value is
/// that it rests on.
#[derive(Serialize)]
pub struct HeldBackOutput {
    pub rule: &'static str,
    /// The held finding's path, or the item's whose judgement waits.
    pub path: String,
    /// True for a finding the rule gave and holds back; false where the rule reads the
    /// value and its judgement of the item waits for it.
    pub finding: bool,
    pub because: PlaceOutput,
}

#[derive(Serialize)]
pub struct PlaceOutput {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// The plan's held-back findings in JSON.
pub fn held_back(report: &PlanReport) -> Vec<HeldBackOutput> {
    report
        .held_back
        .iter()
        .map(|h| HeldBackOutput {
            rule: h.rule.id,
            path: h.path.clone(),
            finding: h.finding.is_some(),
            because: PlaceOutput {
                file: h.because.file.clone(),
                line: h.because.span.start.line,
                column: h.because.span.start.col,
            },
        })
        .collect()
}

#[derive(Serialize)]
pub struct SkippedOutput {
    pub rule: &'static str,
    pub name: &'static str,
    /// The sections it reads that could not be read in full.
    pub sections: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct FindingOutput<'a> {
    pub rule: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub message: String,
    pub location: Option<LocationOutput<'a>>,
    pub hint: Option<String>,
    pub help: String,
    pub sources: SourceList,
    /// Only on a folded finding: the places of the other findings of its rule folded into
    /// it (past the cap of 50 per rule and plan), so that every place is still listed.
    #[serde(skip_serializing_if = "AlsoList::is_empty")]
    pub also: AlsoList<'a>,
    /// Only on a fold of more places than `also` lists
    /// ([`crate::finding::FOLD_PLACES_LISTED`]): how many more places it stands for.
    #[serde(skip_serializing_if = "is_zero")]
    pub also_unlisted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A folded finding's other places, each written on one line as
/// `{"file": …, "line": …, "column": …, "path": …}` (the start of the thing concerned):
/// a fold may hold 200,000 places, which pretty-printed like `location` would be a quarter
/// of a gigabyte of output.
pub struct AlsoList<'a>(pub &'a [crate::finding::Location]);

impl AlsoList<'_> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Serialize)]
struct Place<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    path: &'a str,
}

impl Serialize for AlsoList<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq as _};
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for l in self.0 {
            let place = Place {
                file: &l.file,
                line: l.span.start.line,
                column: l.span.start.col,
                path: &l.path,
            };
            // Compact inside the pretty output: a raw value is written as it is.
            let raw = super::sanitize::to_json_compact(&place)
                .and_then(serde_json::value::RawValue::from_string)
                .map_err(S::Error::custom)?;
            seq.serialize_element(&raw)?;
        }
        seq.end()
    }
}

/// A rule's sources as a list of strings, written straight from the catalogue: building a
/// `String` per source per finding was a third of a million allocations on a large plan.
pub struct SourceList(pub &'static [crate::rules::Source], pub Lang);

impl Serialize for SourceList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|source| source.render(self.1)))
    }
}

#[derive(Serialize)]
pub struct LocationOutput<'a> {
    pub file: &'a str,
    pub path: &'a str,
    pub start: Position,
    pub end: Position,
}

#[derive(Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl From<Pos> for Position {
    fn from(p: Pos) -> Self {
        Position {
            line: p.line,
            column: p.col,
        }
    }
}

#[derive(Serialize)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    pub by_family: Vec<FamilyCount>,
}

#[derive(Serialize)]
pub struct FamilyCount {
    pub family: Family,
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// A finding as JSON: stable ids and keys, the human texts in `lang`.
pub fn finding(f: &Finding, lang: Lang) -> FindingOutput<'_> {
    FindingOutput {
        rule: f.rule.id,
        name: f.rule.name,
        family: f.rule.family,
        severity: f.severity,
        message: f.message.render(lang),
        location: f.location.as_ref().map(location),
        hint: f.hint.as_ref().map(|h| h.render(lang)),
        help: f.rule.help(lang),
        sources: SourceList(f.rule.sources, lang),
        also: AlsoList(f.also.listed()),
        also_unlisted: f.also.unlisted(),
    }
}

fn location(l: &crate::finding::Location) -> LocationOutput<'_> {
    LocationOutput {
        file: &l.file,
        path: &l.path,
        start: l.span.start.into(),
        end: l.span.end.into(),
    }
}

pub fn summary(findings: &[Finding]) -> Summary {
    let count = |fam: Option<Family>, s: Severity| {
        findings
            .iter()
            .filter(|f| f.severity == s && fam.is_none_or(|fam| f.rule.family == fam))
            .count()
    };
    Summary {
        error: count(None, Severity::Error),
        warning: count(None, Severity::Warning),
        info: count(None, Severity::Info),
        by_family: Family::ALL
            .iter()
            .map(|&fam| FamilyCount {
                family: fam,
                error: count(Some(fam), Severity::Error),
                warning: count(Some(fam), Severity::Warning),
                info: count(Some(fam), Severity::Info),
            })
            .collect(),
    }
}

pub fn check(reports: &[PlanReport], as_of: crate::model::date::Date, lang: Lang) -> String {
    let mut out = CheckStream::new(Vec::new(), as_of, lang);
    let written = reports
        .iter()
        .try_for_each(|r| out.plan(r))
        .and_then(|()| out.finish());
    match written {
        // Written to memory: only serialisation can fail, and then the reason is output.
        Ok(bytes) => String::from_utf8(bytes).unwrap_or_default(),
        Err(e) => format!("{{\"error\": \"{e}\"}}\n"),
    }
}

/// One plan of `check --format json`.
pub fn plan_output(r: &PlanReport, lang: Lang) -> PlanOutput<'_> {
    PlanOutput {
        root: &r.root,
        config: super::config_used(r),
        files: r.plan.files.iter().map(|f| f.display.as_str()).collect(),
        content_checked: r.content_checked(),
        findings: r.findings.iter().map(|f| finding(f, lang)).collect(),
        summary: summary(&r.findings),
        skipped_rules: r
            .skipped
            .iter()
            .map(|s| SkippedOutput {
                rule: s.rule.id,
                name: s.rule.name,
                sections: s.sections.clone(),
            })
            .collect(),
        held_back: held_back(r),
        held_back_unlisted: r.held_back_more,
        checklist: r.duties.counts(),
        duties: super::checklist::duties_json(r, lang),
    }
}

/// One plan of `check --format json` as pretty JSON, for [`CheckStream::rendered`].
pub fn plan_json(r: &PlanReport, lang: Lang) -> serde_json::Result<String> {
    super::sanitize::to_json(&plan_output(r, lang))
}

/// `check --format json` written plan by plan as the plans are checked, so that a run over a
/// national corpus holds one plan's output at a time, not every plan's. The bytes are those
/// of [`CheckOutput`] serialised whole (pretty, as [`to_string`] writes it): the head, then
/// each plan indented to its place in `plans`, then the tail.
pub struct CheckStream<W: std::io::Write> {
    out: W,
    as_of: crate::model::date::Date,
    lang: Lang,
    plans: usize,
}

/// The fields before `plans`, serialised as [`CheckOutput`] serialises them.
#[derive(Serialize)]
struct CheckHead {
    version: u32,
    tool: Tool,
    as_of: String,
}

impl<W: std::io::Write> CheckStream<W> {
    pub fn new(out: W, as_of: crate::model::date::Date, lang: Lang) -> Self {
        CheckStream {
            out,
            as_of,
            lang,
            plans: 0,
        }
    }

    /// The language the plans are written in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Writes one plan (the head first, before the first).
    pub fn plan(&mut self, r: &PlanReport) -> std::io::Result<()> {
        let json = plan_json(r, self.lang).map_err(std::io::Error::other)?;
        self.rendered(&json)
    }

    /// Writes one plan already rendered by [`plan_json`] in [`CheckStream::lang`] (the thread
    /// that checked it can render it too).
    pub fn rendered(&mut self, json: &str) -> std::io::Result<()> {
        if self.plans == 0 {
            self.head()?;
        }
        self.out
            .write_all(if self.plans == 0 { b"\n" } else { b",\n" })?;
        // Strings in JSON hold no raw newline, so every line is indented to its depth.
        for (i, line) in json.lines().enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(b"    ")?;
            self.out.write_all(line.as_bytes())?;
        }
        self.plans += 1;
        Ok(())
    }

    /// Closes the document and hands back the writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        if self.plans == 0 {
            self.head()?;
            self.out.write_all(b"]\n}\n")?;
        } else {
            self.out.write_all(b"\n  ]\n}\n")?;
        }
        self.out.flush()?;
        Ok(self.out)
    }

    fn head(&mut self) -> std::io::Result<()> {
        let head = super::sanitize::to_json(&CheckHead {
            version: VERSION,
            tool: tool(),
            as_of: self.as_of.to_string(),
        })
        .map_err(std::io::Error::other)?;
        let fields = head.strip_suffix("\n}").unwrap_or(&head);
        self.out.write_all(fields.as_bytes())?;
        self.out.write_all(b",\n  \"plans\": [")
    }
}

#[derive(Serialize)]
pub struct RuleOutput {
    pub id: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub summary: String,
    pub rationale: String,
    pub help: String,
    pub sources: Vec<SourceOutput>,
}

#[derive(Serialize)]
pub struct SourceOutput {
    pub key: &'static str,
    pub title: String,
    pub at: &'static str,
}

pub fn rule(r: &Rule, lang: Lang) -> RuleOutput {
    RuleOutput {
        id: r.id,
        name: r.name,
        family: r.family,
        severity: r.severity,
        summary: r.summary(lang),
        rationale: r.rationale(lang),
        help: r.help(lang),
        sources: r
            .sources
            .iter()
            .map(|s| SourceOutput {
                key: s.doc.key(),
                title: s.doc.title_in(lang),
                at: s.at,
            })
            .collect(),
    }
}

pub fn rules(lang: Lang) -> String {
    #[derive(Serialize)]
    struct Rules {
        version: u32,
        rules: Vec<RuleOutput>,
    }
    to_string(&Rules {
        version: VERSION,
        rules: rules::all().map(|r| rule(r, lang)).collect(),
    })
}

/// Writes output types as pretty JSON and a newline straight to `w`, for outputs as large as
/// the plan (the pyramid's every item): building the text first held it twice while it grew.
/// Like every JSON output, written through [`super::sanitize::GuardedJson`].
pub fn write<T: Serialize>(mut w: impl std::io::Write, value: &T) -> std::io::Result<()> {
    super::sanitize::to_json_writer(&mut w, value)?;
    w.write_all(b"\n")?;
    w.flush()
}

/// Serialises output types (through [`super::sanitize::GuardedJson`]); they contain only
/// strings and numbers, so this cannot fail.
pub fn to_string<T: Serialize>(value: &T) -> String {
    let mut s =
        super::sanitize::to_json(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
