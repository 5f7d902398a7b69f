//! Findings fixed and new: each place of each finding of one version matched with one of
//! the other version by identity (rule, symbolic path, checklist rows), first where the
//! message is the same too, then where only the message changed (a measure renamed, one
//! more item in a list the finding names). Lines never take part, so a line added at the
//! top of every file changes nothing.

use std::collections::HashMap;

use crate::PlanReport;
use crate::finding::{Also, Family, Finding, Identity};
use crate::i18n::Message;

/// One place of a finding: the finding itself, or one place folded into it.
struct Unit {
    identity: Identity,
    /// The message in English, for a finding's own place; `None` for a folded place,
    /// which has no message of its own.
    english: Option<String>,
    /// The finding as the diff shows it: itself, or for a folded place a finding of its
    /// rule at that place saying what the rule checks.
    finding: Finding,
}

fn units(report: &PlanReport) -> Vec<Unit> {
    let mut out = Vec::new();
    for f in &report.findings {
        let identities = f.identities(&report.root);
        if !f.is_folded() {
            if let Some(identity) = identities.into_iter().next() {
                out.push(Unit {
                    identity,
                    english: Some(f.message.english()),
                    finding: f.clone(),
                });
            }
            continue;
        }
        let places = f.location.iter().chain(f.also.iter());
        for (identity, place) in identities.into_iter().zip(places) {
            out.push(Unit {
                identity: Identity {
                    rows: Vec::new(),
                    ..identity
                },
                english: None,
                // Not `..f.clone()`: that would copy the fold's thousand places for each.
                finding: Finding {
                    rule: f.rule,
                    severity: f.severity,
                    message: Message::new(f.rule.id),
                    location: Some(place.clone()),
                    hint: None,
                    also: Also::default(),
                    rows: f.rows.clone(),
                },
            });
        }
    }
    out
}

pub(super) struct Matched {
    pub fixed: Vec<Finding>,
    pub new: Vec<Finding>,
    pub kept: usize,
}

/// How many candidates the second pass weighs for one finding; past them it takes the
/// first, so that a hostile plan cannot make matching quadratic.
const WEIGHED: usize = 64;

/// Matches the findings of two versions. With `format_only` (a version had a file that
/// could not be read, so its content rules did not run), only the format findings are
/// compared: the other version's content findings would all look fixed or new.
pub(super) fn compare(old: &PlanReport, new: &PlanReport, format_only: bool) -> Matched {
    let keep = |u: &Unit| !format_only || u.finding.rule.family == Family::Format;
    let old_units: Vec<Unit> = units(old).into_iter().filter(keep).collect();
    let new_units: Vec<Unit> = units(new).into_iter().filter(keep).collect();
    let mut taken = vec![false; new_units.len()];
    let mut matched_old = vec![false; old_units.len()];
    // Pass 1: the same identity and the same message.
    let mut exact: HashMap<(&Identity, Option<&str>), Vec<usize>> = HashMap::new();
    for (i, u) in new_units.iter().enumerate().rev() {
        exact
            .entry((&u.identity, u.english.as_deref()))
            .or_default()
            .push(i);
    }
    for (i, u) in old_units.iter().enumerate() {
        if let Some(list) = exact.get_mut(&(&u.identity, u.english.as_deref()))
            && let Some(j) = list.pop()
        {
            taken[j] = true;
            matched_old[i] = true;
        }
    }
    // Pass 2: the same identity, another message; among several, the one whose message
    // keeps the most of its arguments (the same level, the same group).
    let mut by_identity: HashMap<&Identity, Vec<usize>> = HashMap::new();
    for (j, u) in new_units.iter().enumerate() {
        if !taken[j] {
            by_identity.entry(&u.identity).or_default().push(j);
        }
    }
    for (i, u) in old_units.iter().enumerate() {
        if matched_old[i] {
            continue;
        }
        let Some(list) = by_identity.get_mut(&u.identity) else {
            continue;
        };
        let best = list
            .iter()
            .take(WEIGHED)
            .enumerate()
            .max_by_key(|&(at, &j)| {
                (
                    likeness(&u.finding.message, &new_units[j].finding.message),
                    std::cmp::Reverse(at),
                )
            })
            .map(|(at, _)| at);
        if let Some(at) = best {
            let j = list.remove(at);
            taken[j] = true;
            matched_old[i] = true;
        }
    }
    let kept = matched_old.iter().filter(|m| **m).count();
    Matched {
        fixed: old_units
            .into_iter()
            .zip(matched_old)
            .filter(|(_, m)| !m)
            .map(|(u, _)| u.finding)
            .collect(),
        new: new_units
            .into_iter()
            .zip(taken)
            .filter(|(_, t)| !t)
            .map(|(u, _)| u.finding)
            .collect(),
        kept,
    }
}

/// How alike two messages are: the same catalogue entry, then how many arguments are the
/// same.
fn likeness(a: &Message, b: &Message) -> (bool, usize) {
    let same = a
        .args
        .iter()
        .filter(|(name, value)| b.args.iter().any(|(n, v)| n == name && v == value))
        .count();
    (a.id == b.id, same)
}
