//! The pyramid before and after: items per level, items that moved level, gaps opened and
//! closed, and the reference sectors that gained or lost their base-level measure.

use std::collections::HashMap;

use crate::PlanReport;
use crate::finding::Location;
use crate::i18n::Message;
use crate::model::Sector;
use crate::pyramid::{self, Gap, GapKind, ItemKind, Level, Overview, Placement};

#[derive(Debug, Clone, Default)]
pub struct PyramidDiff {
    /// Items placed per level, before and after, from the top down.
    pub levels: Vec<(Level, usize, usize)>,
    /// Items no signal placed, before and after.
    pub unplaced: (usize, usize),
    pub moved: Vec<Moved>,
    /// Gaps the new version has and the old did not (the heaviest first).
    pub opened: Vec<Gap>,
    /// Gaps the old version had and the new does not.
    pub closed: Vec<Gap>,
    /// Reference sectors covered now and not before, with what covers them now.
    pub gained: Vec<SectorChange>,
    /// Reference sectors covered before and not now, with what covered them.
    pub lost: Vec<SectorChange>,
}

impl PyramidDiff {
    pub fn is_empty(&self) -> bool {
        self.levels.iter().all(|(_, a, b)| a == b)
            && self.unplaced.0 == self.unplaced.1
            && self.moved.is_empty()
            && self.opened.is_empty()
            && self.closed.is_empty()
            && self.gained.is_empty()
            && self.lost.is_empty()
    }
}

/// An item in both versions placed on another level (or placed now, or no longer).
#[derive(Debug, Clone)]
pub struct Moved {
    pub kind: ItemKind,
    pub id: String,
    pub title: String,
    pub before: Option<Level>,
    pub after: Option<Level>,
    /// Why it sits where it is now.
    pub why: Message,
    pub location: Location,
}

/// A reference sector that gained or lost its base measure.
#[derive(Debug, Clone)]
pub struct SectorChange {
    pub sector: Sector,
    /// What covers it (in the new version for a gain, in the old one for a loss).
    pub covers: Vec<Cover>,
}

/// What gives a sector its base-level coverage, as the diff shows it.
#[derive(Debug, Clone)]
pub enum Cover {
    Item {
        kind: ItemKind,
        id: String,
        title: String,
        level: Option<Level>,
        location: Location,
    },
    /// A linked plan whose `mainstreaming` names the sector.
    Link { id: String, via: Message },
}

fn placements<'o, 'p>(
    overview: &'o Overview<'p>,
) -> HashMap<(ItemKind, &'p str), &'o Placement<'p>> {
    let mut out = HashMap::new();
    for p in &overview.placements {
        out.entry((p.kind, p.id)).or_insert(p);
    }
    out
}

/// A gap's identity: its kind, level and subject (the group, the sub-area); the sectors
/// gap is one gap whatever sectors it lists (they are compared one by one instead), and a
/// thin level stays the same gap as its count changes.
fn gap_key(g: &Gap) -> (&'static str, Level, Vec<String>) {
    let subjects = match g.kind {
        GapKind::SectorsWithoutMainstreaming(_) => Vec::new(),
        _ => g.subjects(),
    };
    (g.key(), g.level, subjects)
}

fn cover(report: &PlanReport, c: &pyramid::Cover<'_, '_>) -> Cover {
    match c {
        pyramid::Cover::Item(p) => Cover::Item {
            kind: p.kind,
            id: p.id.to_owned(),
            title: p.title.to_owned(),
            level: p.level,
            location: report.plan.item(p.loc),
        },
        pyramid::Cover::Link(l) => Cover::Link {
            id: l.link.to_owned(),
            via: l.via(),
        },
    }
}

pub(super) fn compare(
    old: &PlanReport,
    before: &Overview<'_>,
    new: &PlanReport,
    after: &Overview<'_>,
) -> PyramidDiff {
    let levels = pyramid::LEVELS_TOP_DOWN
        .iter()
        .map(|&l| (l, before.tier(l).count, after.tier(l).count))
        .collect();
    let unplaced = (before.unplaced().count(), after.unplaced().count());
    let was = placements(before);
    let mut moved = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for p in &after.placements {
        if !seen.insert((p.kind, p.id)) {
            continue;
        }
        let Some(w) = was.get(&(p.kind, p.id)) else {
            continue;
        };
        if w.level != p.level {
            moved.push(Moved {
                kind: p.kind,
                id: p.id.to_owned(),
                title: p.title.to_owned(),
                before: w.level,
                after: p.level,
                why: p.reason(),
                location: new.plan.item(p.loc),
            });
        }
    }
    let old_gaps = pyramid::gaps(&old.plan, before);
    let new_gaps = pyramid::gaps(&new.plan, after);
    let opened = new_gaps
        .iter()
        .filter(|g| !old_gaps.iter().any(|o| gap_key(o) == gap_key(g)))
        .cloned()
        .collect();
    let closed = old_gaps
        .iter()
        .filter(|g| !new_gaps.iter().any(|n| gap_key(n) == gap_key(g)))
        .cloned()
        .collect();
    let old_cover = pyramid::sector_cover(before);
    let new_cover = pyramid::sector_cover(after);
    let mut gained = Vec::new();
    let mut lost = Vec::new();
    for ((sector, then), (_, now)) in old_cover.iter().zip(&new_cover) {
        if then.is_empty() && !now.is_empty() {
            gained.push(SectorChange {
                sector: *sector,
                covers: now.iter().map(|c| cover(new, c)).collect(),
            });
        } else if !then.is_empty() && now.is_empty() {
            lost.push(SectorChange {
                sector: *sector,
                covers: then.iter().map(|c| cover(old, c)).collect(),
            });
        }
    }
    PyramidDiff {
        levels,
        unplaced,
        moved,
        opened,
        closed,
        gained,
        lost,
    }
}
