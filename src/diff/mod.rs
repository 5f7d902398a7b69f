//! What a change does to a plan: two checks of the same session (the old version and the
//! new) compared. Findings are matched by their identity ([`crate::finding::Identity`]:
//! rule, symbolic path, checklist rows; never the line), duties by their stable id, items by
//! their id, pyramid placements by item. Everything is computed from the two
//! [`PlanReport`]s the check produced; the renderers (`render::diff`) only show it.

mod findings;
mod items;
mod pyramid;

use crate::PlanReport;
use crate::duty::{self, Evaluated};
use crate::finding::{Finding, Severity};

pub use items::{ItemChange, ItemRef, Items, ValueRecorded};
pub use pyramid::{Cover, Moved, PyramidDiff, SectorChange};

/// Where the old version came from, for the reader: a directory, or a git revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OldSide {
    /// Another plan directory (`goodrel diff OLD NEW`).
    Dir,
    /// The plan directory at a git revision: as the user named it, and its commit.
    Revision { name: String, commit: String },
}

/// Everything a change does to a plan.
#[derive(Debug, Clone)]
pub struct Diff {
    /// Findings of the old version that the new one no longer has, located in the old.
    pub fixed: Vec<Finding>,
    /// Findings of the new version that the old one did not have, located in the new.
    pub new: Vec<Finding>,
    /// Findings in both versions.
    pub kept: usize,
    /// False when a version had a plan file that could not be read, so that its content
    /// rules did not run: then only format findings are compared.
    pub content_compared: bool,
    /// Duties (checklist cells and duties of their own) whose verdict changed.
    pub duties: Vec<DutyChange>,
    /// The checklist's counts before and after.
    pub counts: (duty::Counts, duty::Counts),
    pub items: Items,
    pub pyramid: PyramidDiff,
    /// Indicator values the new version records that the old did not (or records with
    /// another value).
    pub values: Vec<ValueRecorded>,
}

/// A duty whose verdict changed: its evaluation in each version (`None` where the duty
/// was not listed, e.g. the checklist row of what no component claims).
#[derive(Debug, Clone)]
pub struct DutyChange {
    pub id: String,
    pub before: Option<Evaluated>,
    pub after: Option<Evaluated>,
}

impl DutyChange {
    /// The verdict's stable key before and after (`met`, `gap`, `not_judged`; `none`
    /// where the duty was not listed).
    pub fn keys(&self) -> (&'static str, &'static str) {
        let key = |e: &Option<Evaluated>| e.as_ref().map_or("none", |e| e.verdict.key());
        (key(&self.before), key(&self.after))
    }

    /// The duty's evaluation in the newer version it appears in.
    pub fn latest(&self) -> Option<&Evaluated> {
        self.after.as_ref().or(self.before.as_ref())
    }
}

impl Diff {
    /// Compares two checks of one plan by the same session.
    pub fn new(old: &PlanReport, new: &PlanReport) -> Diff {
        let content_compared = old.unreadable_files == 0 && new.unreadable_files == 0;
        let matched = findings::compare(old, new, !content_compared);
        let old_overview = crate::pyramid::overview(&old.plan, &old.pyramid_options);
        let new_overview = crate::pyramid::overview(&new.plan, &new.pyramid_options);
        Diff {
            fixed: matched.fixed,
            new: matched.new,
            kept: matched.kept,
            content_compared,
            duties: duties(old, new),
            counts: (old.duties.counts(), new.duties.counts()),
            items: items::compare(&old.plan, &new.plan),
            pyramid: pyramid::compare(old, &old_overview, new, &new_overview),
            values: items::values(&old.plan, &new.plan),
        }
    }

    /// How many new findings are at or above `level`: what fails a pull request.
    pub fn new_at_least(&self, level: Severity) -> usize {
        self.new.iter().filter(|f| f.severity >= level).count()
    }

    /// Whether the change did nothing this comparison can see.
    pub fn is_empty(&self) -> bool {
        self.fixed.is_empty()
            && self.new.is_empty()
            && self.duties.is_empty()
            && self.items.is_empty()
            && self.pyramid.is_empty()
            && self.values.is_empty()
    }
}

/// The duties whose verdict is not the same in both versions, in the checklist's order
/// (the new version's, then any the new one no longer lists).
fn duties(old: &PlanReport, new: &PlanReport) -> Vec<DutyChange> {
    let before = |id: &str| old.duties.list.iter().find(|e| e.id() == id);
    let mut out: Vec<DutyChange> = Vec::new();
    for e in &new.duties.list {
        let id = e.id();
        let was = before(&id);
        if was.is_some_and(|w| w.verdict.key() == e.verdict.key()) {
            continue;
        }
        out.push(DutyChange {
            id,
            before: was.cloned(),
            after: Some(e.clone()),
        });
    }
    for e in &old.duties.list {
        let id = e.id();
        if !new.duties.list.iter().any(|n| n.id() == id) {
            out.push(DutyChange {
                id,
                before: Some(e.clone()),
                after: None,
            });
        }
    }
    out
}
