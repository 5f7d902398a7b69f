//! The statutory checklist a vitality-centre reviewer walks through, evaluated once per
//! check from what the rules said: each duty (every grid cell and every other duty) is
//! **met** by the evidence its rules named, a **gap** where their findings stand (as `check`
//! reports them, after suppressions and the configuration), or **not judged** with the
//! reason. Which rules judge a duty is a field of each rule's declaration
//! ([`crate::rules::Rule::serves`]); nothing here maps rule ids to cells.

use crate::duty::{self, Duties, Duty, Evaluated, FindingRef, Grid, Row, Verdict};
use crate::finding::Finding;
use crate::i18n::Message;
use crate::msg;
use crate::rules::{HeldBack, Note, Noted, Rule, Skipped};

/// What the evaluation reads: the check's final findings and what the rules said.
pub struct Inputs<'a> {
    /// `check`'s findings, after suppressions, the configuration, sorting and folding.
    pub findings: &'a [Finding],
    /// The grid rows (by rule) that had findings before suppressions and the configuration
    /// took some away, so that a cell whose finding was suppressed says so.
    pub withdrawn: &'a [(&'static str, Vec<Row>)],
    pub held_back: &'a [HeldBack],
    pub notes: &'a [Note],
    pub switched_off: &'a [&'static str],
    pub skipped: &'a [Skipped],
    /// Whether the content rules ran at all (no plan file unreadable, some plan file).
    pub content_checked: bool,
}

/// Evaluates every duty.
pub fn evaluate(inputs: &Inputs<'_>) -> Duties {
    let mut list = Vec::new();
    for d in duty::all() {
        match d.grid {
            Some(grid) => {
                for row in grid.rows() {
                    let e = evaluate_one(inputs, d, Some(row));
                    // The row of what no component or area claims shows only when used.
                    if row == Row::Unassigned && matches!(e.verdict, Verdict::NotJudged(_)) {
                        continue;
                    }
                    list.push(e);
                }
            }
            None => list.push(evaluate_one(inputs, d, None)),
        }
    }
    Duties { list }
}

/// The rules that judge a duty.
pub fn rules_of(d: &'static Duty) -> impl Iterator<Item = &'static Rule> {
    crate::rules::all().filter(move |r| r.serves.is_some_and(|s| std::ptr::eq(s, d)))
}

fn evaluate_one(inputs: &Inputs<'_>, d: &'static Duty, row: Option<Row>) -> Evaluated {
    let rules: Vec<&'static Rule> = rules_of(d).collect();
    // A rule switched off says nothing: neither its findings (the configuration took them)
    // nor its evidence.
    let serving = |id: &str| rules.iter().any(|r| r.id == id) && !inputs.switched_off.contains(&id);
    let on_row = |rows: &[Row]| match row {
        None => true,
        Some(Row::Unassigned) => rows.is_empty() || rows.contains(&Row::Unassigned),
        Some(r) => rows.contains(&r),
    };
    let verdict = |v| Evaluated {
        duty: d,
        row,
        verdict: v,
    };
    if !inputs.content_checked {
        return verdict(Verdict::NotJudged(vec![msg!("reason-plan-unreadable")]));
    }
    let findings: Vec<FindingRef> = inputs
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| serving(f.rule.id) && on_row(&f.rows))
        .map(|(index, f)| FindingRef {
            rule: f.rule.id,
            severity: f.severity,
            location: f.location.clone(),
            index,
        })
        .collect();
    if !findings.is_empty() {
        return verdict(Verdict::Gap(findings));
    }
    // A held finding makes its cells wait; a judgement that waits without a finding shows
    // in the held-back list only (its rule's evidence, if it rests on the value, is held).
    let held: Vec<Message> = inputs
        .held_back
        .iter()
        .filter(|h| h.finding.is_some() && serving(h.rule.id) && on_row(&h.rows))
        .map(|h| held_reason(&h.because, h.rule.id))
        .chain(notes(inputs, &serving, row).filter_map(|n| match &n.what {
            Noted::HeldEvidence { because } => Some(held_reason(because, n.rule.id)),
            _ => None,
        }))
        .collect();
    if !held.is_empty() {
        return verdict(Verdict::NotJudged(dedup(held)));
    }
    let evidence: Vec<duty::Evidence> = notes(inputs, &serving, row)
        .filter_map(|n| match &n.what {
            Noted::Evidence(e) => Some(e.clone()),
            _ => None,
        })
        .collect();
    if !evidence.is_empty() {
        return verdict(Verdict::Met(evidence));
    }
    let reasons: Vec<Message> = notes(inputs, &serving, row)
        .filter_map(|n| match &n.what {
            Noted::NotJudged(reason) => Some(reason.clone()),
            _ => None,
        })
        .collect();
    if !reasons.is_empty() {
        return verdict(Verdict::NotJudged(dedup(reasons)));
    }
    verdict(Verdict::NotJudged(vec![why_silent(inputs, &rules, row)]))
}

fn notes<'n>(
    inputs: &'n Inputs<'_>,
    serving: &'n impl Fn(&str) -> bool,
    row: Option<Row>,
) -> impl Iterator<Item = &'n Note> {
    inputs
        .notes
        .iter()
        .filter(move |n| serving(n.rule.id) && n.row == row)
}

fn held_reason(because: &crate::finding::Location, rule: &str) -> Message {
    msg!(
        "reason-held-back",
        place = format!(
            "{}:{}:{}",
            because.file, because.span.start.line, because.span.start.col
        ),
        rule = rule
    )
}

/// Why a duty has neither a finding nor evidence: its rules are switched off or were not
/// run, its finding is suppressed, or nothing in the plan earns it.
fn why_silent(inputs: &Inputs<'_>, rules: &[&'static Rule], row: Option<Row>) -> Message {
    let ids = |pick: &dyn Fn(&Rule) -> bool| -> String {
        rules
            .iter()
            .filter(|r| pick(r))
            .map(|r| r.id)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if rules.is_empty() {
        return msg!("reason-no-rule");
    }
    if rules.iter().all(|r| inputs.switched_off.contains(&r.id)) {
        return msg!("reason-switched-off", rules = ids(&|_| true));
    }
    let skipped: Vec<&Skipped> = inputs
        .skipped
        .iter()
        .filter(|s| rules.iter().any(|r| r.id == s.rule.id))
        .collect();
    if let Some(first) = skipped.first() {
        return msg!(
            "reason-skipped",
            sections = first.sections.join(", "),
            rules = skipped
                .iter()
                .map(|s| s.rule.id)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let withdrawn = |r: &Rule| {
        inputs
            .withdrawn
            .iter()
            .any(|(id, rows)| *id == r.id && row.is_none_or(|row| rows.contains(&row)))
    };
    if rules.iter().any(|r| withdrawn(r)) {
        return msg!("reason-suppressed", rules = ids(&withdrawn));
    }
    msg!("reason-no-evidence", rules = ids(&|_| true))
}

fn dedup(messages: Vec<Message>) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    for m in messages {
        if !out.iter().any(|o| o.to_string() == m.to_string()) {
            out.push(m);
        }
    }
    out
}

/// The grid of a duty and its rows, for the views: the rows present in the evaluated list.
pub fn grid_rows(duties: &Duties, grid: Grid) -> Vec<Row> {
    grid.rows()
        .into_iter()
        .filter(|row| !duties.row(grid, *row).is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every Integration Act rule that can leave a gap judges a duty of the checklist; the
    /// one that cannot (IA006: the programme kept as its own document, which the programme
    /// rules show as not judged) is the exception.
    #[test]
    fn every_integration_act_rule_serves_a_duty() {
        for rule in crate::rules::all() {
            if rule.family == crate::finding::Family::IntegrationAct && rule.id != "IA006" {
                assert!(rule.serves.is_some(), "{} serves no duty", rule.id);
            }
        }
    }

    /// Every duty is judged by at least one rule, and every statutory duty by an error rule.
    #[test]
    fn every_duty_has_its_rules() {
        for d in duty::all() {
            let rules: Vec<_> = rules_of(d).collect();
            assert!(!rules.is_empty(), "{} has no rule", d.key);
            if d.basis == duty::Basis::Statute {
                assert!(
                    rules
                        .iter()
                        .any(|r| r.severity == crate::finding::Severity::Error),
                    "{} is statutory but none of its rules is an error",
                    d.key
                );
            } else {
                assert!(
                    rules
                        .iter()
                        .all(|r| r.severity != crate::finding::Severity::Error),
                    "{} is guidance but an error rule judges it",
                    d.key
                );
            }
        }
    }
}
