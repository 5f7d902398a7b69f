//! Running the rules: the context a check function reports through, and the run over a
//! plan that collects every rule's findings, the evidence and reasons it gives for the duty
//! it serves ([`Rule::serves`]), and what it held back.

use super::all;
use super::derived::{Derived, Settings};
use super::hold::{Holding, Premises};
use super::rule::Rule;
use crate::duty::{Evidence, Row, Shown};
use crate::finding::{Finding, Folder, Location, Severity};
use crate::i18n::Message;
use crate::model::date::Date;
use crate::model::{Loc, Plan};
use crate::pyramid as pyramid_model;

/// What a check function sees: the plan, the reference date, the shared analyses, and a
/// place to report.
pub struct Check<'a> {
    pub plan: &'a Plan,
    /// The date deadlines are judged against (`--as-of`, default today).
    pub as_of: Date,
    /// Analyses shared between rules (computed once per run).
    pub derived: &'a Derived<'a>,
    rule: &'static Rule,
    holding: Option<&'a Holding<'a>>,
    /// What the rule reported, past [`crate::finding::FOLD_CAP`] folded as it arrives, so a
    /// rule that fires on every one of 200,000 items keeps 50 findings and a list of places.
    findings: Folder,
    held_back: Vec<HeldBack>,
    held_back_more: usize,
    notes: Vec<Note>,
    /// Evidence named per grid row (or for the duty), past [`EVIDENCE_LISTED`] counted only:
    /// a plan of 250,000 measures names its first items, not all of them.
    evidence_named: Vec<(Option<Row>, usize, Option<Location>)>,
}

/// How many items a rule names as evidence for one cell; the rest are counted in one more
/// entry ("and 12 more").
pub const EVIDENCE_LISTED: usize = 50;

/// What a rule holds back because it rests on a value written but unreadable: a finding it
/// gave, or, where it gave none there, its judgement of the item holding the value (a rule
/// that reads the field may have found something had the value been readable).
#[derive(Debug, Clone)]
pub struct HeldBack {
    pub rule: &'static Rule,
    /// The held finding's symbolic path, or the item's whose judgement waits.
    pub path: String,
    /// The grid rows of the held finding (empty for a judgement that waits).
    pub rows: Vec<Row>,
    /// Where the unreadable value is.
    pub because: Location,
    /// The finding, when the rule gave one.
    pub finding: Option<Finding>,
}

/// How many held-back findings a rule lists one by one; the rest are counted.
pub const HELD_BACK_LISTED: usize = 200;

/// What a rule says of the duty it serves besides its findings.
#[derive(Debug, Clone)]
pub struct Note {
    pub rule: &'static Rule,
    /// The grid row, for a rule serving a column of a grid.
    pub row: Option<Row>,
    pub what: Noted,
}

#[derive(Debug, Clone)]
pub enum Noted {
    /// An item that earns the duty.
    Evidence(Evidence),
    /// An item that would earn it, but rests on a value written but unreadable.
    HeldEvidence { because: Location },
    /// Why the rule could not judge the duty (a missing prerequisite, a date not yet come).
    NotJudged(Message),
}

/// One finding being reported; it is collected when dropped, so `c.report(..);` reports at
/// once and `c.report(..).on(row)` first says which row of the checklist it concerns.
pub struct Report<'c, 'a> {
    check: &'c mut Check<'a>,
    finding: Option<Finding>,
    premises: Premises,
}

impl Report<'_, '_> {
    /// The grid row (component or area) the finding concerns.
    pub fn on(mut self, row: Row) -> Self {
        if let Some(f) = &mut self.finding
            && !f.rows.contains(&row)
        {
            f.rows.push(row);
        }
        self
    }

    /// The grid rows the finding concerns.
    pub fn on_rows(mut self, rows: impl IntoIterator<Item = Row>) -> Self {
        for row in rows {
            self = self.on(row);
        }
        self
    }

    /// An item the finding rests on besides the one it is located at (and the items that
    /// one names): its unreadable values hold the finding back.
    pub fn resting_on(mut self, loc: &Loc) -> Self {
        self.premises.items.push(loc.label.clone());
        self
    }

    /// The finding rests on every item of a section (an absence judged across it).
    pub fn resting_on_all(mut self, section: &'static str) -> Self {
        self.premises.sections.push(section);
        self
    }

    /// The finding rests on everything the rule reads, wherever it is located (a judgement
    /// of the plan as a whole, pointed at one item).
    pub fn resting_on_all_read(mut self) -> Self {
        self.premises.everything = true;
        self
    }
}

impl Drop for Report<'_, '_> {
    fn drop(&mut self) {
        if let Some(f) = self.finding.take() {
            let premises = std::mem::take(&mut self.premises);
            self.check.push(f, &premises);
        }
    }
}

impl<'a> Check<'a> {
    pub fn new(derived: &'a Derived<'a>, rule: &'static Rule) -> Self {
        Check {
            plan: derived.plan,
            as_of: derived.as_of,
            derived,
            rule,
            holding: None,
            findings: Folder::default(),
            held_back: Vec::new(),
            held_back_more: 0,
            notes: Vec::new(),
            evidence_named: Vec::new(),
        }
    }

    fn with_holding(mut self, holding: Option<&'a Holding<'a>>) -> Self {
        self.holding = holding;
        self
    }

    pub fn report(
        &mut self,
        message: impl Into<Message>,
        location: Option<Location>,
    ) -> Report<'_, 'a> {
        let severity = self.rule.severity;
        self.begin(severity, message.into(), location, None)
    }

    pub fn report_hint(
        &mut self,
        message: impl Into<Message>,
        location: Option<Location>,
        hint: impl Into<Message>,
    ) -> Report<'_, 'a> {
        let severity = self.rule.severity;
        self.begin(severity, message.into(), location, Some(hint.into()))
    }

    /// Reports at a severity other than the rule's default, for a rule whose judgement is
    /// graded (e.g. PYR004: a warning for groups the plan says live in the municipality, an
    /// info for the others). A configured level still overrides it.
    pub fn report_at(
        &mut self,
        severity: Severity,
        message: impl Into<Message>,
        location: Option<Location>,
        hint: Option<Message>,
    ) -> Report<'_, 'a> {
        self.begin(severity, message.into(), location, hint)
    }

    fn begin(
        &mut self,
        severity: Severity,
        message: Message,
        location: Option<Location>,
        hint: Option<Message>,
    ) -> Report<'_, 'a> {
        let finding = Finding {
            rule: self.rule,
            severity,
            message,
            location,
            hint,
            also: crate::finding::Also::default(),
            rows: Vec::new(),
        };
        Report {
            check: self,
            finding: Some(finding),
            premises: Premises::default(),
        }
    }

    /// Collects one finding, unless it rests on a value written but unreadable (then it is
    /// held back, with that value's place); past the cap only its location is kept.
    fn push(&mut self, finding: Finding, premises: &Premises) {
        let at = finding.location.as_ref().map_or("", |l| l.path.as_str());
        if let Some(holding) = self.holding
            && let Some(because) = holding.rests_on(self.rule, at, premises)
        {
            if self.held_back.len() < HELD_BACK_LISTED {
                self.held_back.push(HeldBack {
                    rule: self.rule,
                    path: at.to_owned(),
                    rows: finding.rows.clone(),
                    because,
                    finding: Some(finding),
                });
            } else {
                self.held_back_more += 1;
            }
            return;
        }
        self.findings.push(finding);
    }

    /// An item that earns the duty the rule serves (a duty of its own).
    pub fn met(&mut self, at: Location, shown: impl Into<Shown>) {
        self.evidence(None, at, shown.into());
    }

    /// An item that earns the rule's column in one row of its grid.
    pub fn met_on(&mut self, row: Row, at: Location, shown: impl Into<Shown>) {
        self.evidence(Some(row), at, shown.into());
    }

    fn evidence(&mut self, row: Option<Row>, location: Location, shown: Shown) {
        let i = match self.evidence_named.iter().position(|(r, ..)| *r == row) {
            Some(i) => i,
            None => {
                self.evidence_named.push((row, 0, None));
                self.evidence_named.len() - 1
            }
        };
        let named = &mut self.evidence_named[i];
        named.1 += 1;
        if named.1 > EVIDENCE_LISTED {
            named.2.get_or_insert(location);
            return;
        }
        let held = self
            .holding
            .and_then(|h| h.rests_on(self.rule, &location.path, &Premises::default()));
        let what = match held {
            Some(because) => Noted::HeldEvidence { because },
            None => Noted::Evidence(Evidence {
                location,
                item: shown.item,
                detail: shown.detail,
                more: 0,
            }),
        };
        self.notes.push(Note {
            rule: self.rule,
            row,
            what,
        });
    }

    /// The rule could not judge its duty, and why.
    pub fn not_judged(&mut self, reason: impl Into<Message>) {
        self.not_judged_row(None, reason.into());
    }

    /// The rule could not judge its column in one row, and why.
    pub fn not_judged_on(&mut self, row: Row, reason: impl Into<Message>) {
        self.not_judged_row(Some(row), reason.into());
    }

    fn not_judged_row(&mut self, row: Option<Row>, reason: Message) {
        self.notes.push(Note {
            rule: self.rule,
            row,
            what: Noted::NotJudged(reason),
        });
    }

    /// The evidence past the cap, one entry per cell saying how many more items earn it.
    fn count_the_rest(&mut self) {
        for (row, named, first) in std::mem::take(&mut self.evidence_named) {
            if let Some(mut location) = first {
                // Named by its section: the items are many, not this one.
                let section = location
                    .path
                    .split(['[', '.'])
                    .next()
                    .unwrap_or("")
                    .to_owned();
                location.path = section;
                self.notes.push(Note {
                    rule: self.rule,
                    row,
                    what: Noted::Evidence(Evidence {
                        location,
                        item: crate::msg!("evidence-more", count = named - EVIDENCE_LISTED),
                        detail: None,
                        more: named - EVIDENCE_LISTED,
                    }),
                });
            }
        }
    }

    /// The findings, past the cap folded into one.
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings.finish()
    }
}

/// Runs every rule that has a check function over a loaded plan.
pub fn run_all(plan: &Plan, as_of: Date, pyramid: &pyramid_model::Options) -> Vec<Finding> {
    run(plan, as_of, pyramid).findings
}

/// A rule that was not run because a section it reads could not be read at all.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub rule: &'static Rule,
    /// The unreadable sections it reads, in the order documented.
    pub sections: Vec<&'static str>,
}

/// What running the rules gave: their findings, the rules skipped, the findings held back,
/// and what the rules said of their duties.
#[derive(Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
    pub held_back: Vec<HeldBack>,
    /// Held-back findings past [`HELD_BACK_LISTED`] per rule, counted only.
    pub held_back_more: usize,
    pub notes: Vec<Note>,
}

/// Notes that `rule` did not judge its duty, in every row of its grid (or the duty itself).
fn not_judged_everywhere(out: &mut Outcome, rule: &'static Rule, reason: impl Fn() -> Message) {
    let Some(duty) = rule.serves else {
        return;
    };
    let rows: Vec<Option<Row>> = match duty.grid {
        Some(grid) => grid
            .rows()
            .into_iter()
            .filter(|r| *r != Row::Unassigned)
            .map(Some)
            .collect(),
        None => vec![None],
    };
    for row in rows {
        out.notes.push(Note {
            rule,
            row,
            what: Noted::NotJudged(reason()),
        });
    }
}

/// Runs every rule whose input could be read; the others are listed as skipped. Findings
/// resting on a value written but unreadable are held back (see [`Rule::reads`]), and each
/// rule's findings past [`crate::finding::FOLD_CAP`] are folded into one.
pub fn run(plan: &Plan, as_of: Date, pyramid: &pyramid_model::Options) -> Outcome {
    run_with(plan, as_of, pyramid, Settings::default())
}

/// [`run`] with the configuration's rule settings.
pub fn run_with(
    plan: &Plan,
    as_of: Date,
    pyramid: &pyramid_model::Options,
    settings: Settings,
) -> Outcome {
    let derived = Derived::new(plan, as_of, *pyramid).with_settings(settings);
    let holding = Holding::new(plan);
    let mut out = Outcome::default();
    let former_act = plan
        .municipality
        .as_ref()
        .is_some_and(|m| m.law_basis == Some(crate::model::LawBasis::IntegrationAct2010));
    // Every Integration Act rule rests on the act the plan is written under: while that
    // value is unreadable, their judgements wait for it.
    let law_basis_unreadable = plan
        .invalid_values()
        .iter()
        .find(|i| i.section() == "municipality" && i.touches("law_basis"))
        .map(|i| plan.invalid_at(i));
    for rule in all() {
        let Some(check) = rule.check else {
            continue;
        };
        let mut sections: Vec<&'static str> = Vec::new();
        for read in rule.reads {
            let section = read.split('.').next().unwrap_or(read);
            if let Some(&s) = plan.unreadable_sections.iter().find(|s| **s == section)
                && !sections.contains(&s)
            {
                sections.push(s);
            }
        }
        if !sections.is_empty() {
            out.skipped.push(Skipped { rule, sections });
            continue;
        }
        let integration_act =
            rule.family == crate::finding::Family::IntegrationAct && rule.id != "IA026";
        if integration_act && let Some(because) = &law_basis_unreadable {
            out.held_back.push(HeldBack {
                rule,
                path: "municipality".to_owned(),
                rows: Vec::new(),
                because: because.clone(),
                finding: None,
            });
            not_judged_everywhere(&mut out, rule, || {
                crate::msg!(
                    "reason-held-back",
                    place = format!(
                        "{}:{}:{}",
                        because.file, because.span.start.line, because.span.start.col
                    ),
                    rule = "IA026"
                )
            });
            continue;
        }
        // A plan under the former act: IA026 says once what 681/2023 requires; the other
        // Integration Act rules would only repeat it, duty by duty.
        if former_act && integration_act {
            not_judged_everywhere(&mut out, rule, || crate::msg!("reason-former-act"));
            continue;
        }
        let mut ctx = Check::new(&derived, rule).with_holding(holding.as_ref());
        check(&mut ctx);
        // A value the rule reads that held back none of its findings may still hide one:
        // its judgement of the item waits for the value.
        if let Some(h) = &holding {
            for invalid in h.read_by(rule) {
                if ctx.held_back.len() >= HELD_BACK_LISTED {
                    break;
                }
                let because = plan.invalid_at(invalid);
                if !ctx.held_back.iter().any(|x| x.because == because) {
                    ctx.held_back.push(HeldBack {
                        rule,
                        path: invalid.item.label.clone(),
                        rows: Vec::new(),
                        because,
                        finding: None,
                    });
                }
            }
        }
        ctx.count_the_rest();
        out.held_back.append(&mut ctx.held_back);
        out.held_back_more += ctx.held_back_more;
        out.notes.append(&mut ctx.notes);
        out.findings.extend(ctx.into_findings());
    }
    out
}
