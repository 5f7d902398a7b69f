//! Running the rules: the context a check function reports through, and the run over a
//! plan that collects every rule's findings.

use super::all;
use super::derived::{Derived, Settings};
use super::rule::Rule;
use crate::finding::{Finding, Folder, Location};
use crate::i18n::Message;
use crate::model::Plan;
use crate::model::date::Date;
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
    /// What the rule reported, past [`crate::finding::FOLD_CAP`] folded as it arrives, so a
    /// rule that fires on every one of 200,000 items keeps 50 findings and a list of places.
    findings: Folder,
}

impl<'a> Check<'a> {
    pub fn new(derived: &'a Derived<'a>, rule: &'static Rule) -> Self {
        Check {
            plan: derived.plan,
            as_of: derived.as_of,
            derived,
            rule,
            findings: Folder::default(),
        }
    }

    pub fn report(&mut self, message: impl Into<Message>, location: Option<Location>) {
        self.push(self.rule.severity, message.into(), location, None);
    }

    pub fn report_hint(
        &mut self,
        message: impl Into<Message>,
        location: Option<Location>,
        hint: impl Into<Message>,
    ) {
        self.push(
            self.rule.severity,
            message.into(),
            location,
            Some(hint.into()),
        );
    }

    /// Reports at a severity other than the rule's default, for a rule whose judgement is
    /// graded (e.g. PYR004: a warning for groups the plan says live in the municipality, an
    /// info for the others). A configured level still overrides it.
    pub fn report_at(
        &mut self,
        severity: crate::finding::Severity,
        message: impl Into<Message>,
        location: Option<Location>,
        hint: Option<Message>,
    ) {
        self.push(severity, message.into(), location, hint);
    }

    /// Collects one finding, unless it rests on a field written but invalid (see
    /// [`Rule::reads`]); past the cap only its location is kept.
    fn push(
        &mut self,
        severity: crate::finding::Severity,
        message: Message,
        location: Option<Location>,
        hint: Option<Message>,
    ) {
        let finding = Finding {
            rule: self.rule,
            severity,
            message,
            location,
            hint,
            also: crate::finding::Also::default(),
        };
        if !quieted(self.plan, self.rule, &finding) {
            self.findings.push(finding);
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

/// A rule that was not run because a section it reads could not be read in full.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub rule: &'static Rule,
    /// The unreadable sections it reads, in the order documented.
    pub sections: Vec<&'static str>,
}

/// What running the rules gave: their findings, and the rules skipped.
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
}

/// Runs every rule whose input could be read; the others are listed as skipped. Findings
/// about a field that was written but could not be read are dropped (see [`Rule::reads`]),
/// and each rule's findings past [`crate::finding::FOLD_CAP`] are folded into one.
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
    let mut findings = Vec::new();
    let mut skipped = Vec::new();
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
            skipped.push(Skipped { rule, sections });
            continue;
        }
        let mut ctx = Check::new(&derived, rule);
        check(&mut ctx);
        findings.extend(ctx.into_findings());
    }
    Outcome { findings, skipped }
}

/// Whether a finding rests on a field the rule reads that was written but invalid: it is
/// about the item holding that field, or about something other than that section's items
/// (an aggregate the invalid field would have counted towards).
fn quieted(plan: &Plan, rule: &Rule, finding: &Finding) -> bool {
    // Most plans have no invalid field: then nothing is quieted, and a rule firing on
    // 250,000 items should not split its `reads` 250,000 times to find that out.
    if !plan.has_invalid() {
        return false;
    }
    let at = finding.location.as_ref().map_or("", |l| l.path.as_str());
    rule.reads.iter().any(|read| {
        let Some((section, field)) = read.split_once('.') else {
            return false;
        };
        if !plan.invalid_in(section, field) {
            return false;
        }
        let about_section = at == section
            || at.starts_with(&format!("{section}["))
            || at.starts_with(&format!("{section}."));
        !about_section || plan.invalid_label(at, field)
    })
}
