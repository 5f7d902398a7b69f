//! Pyramid rules: the gaps of the CoE guide's three-level pyramid (CoE-MLG Part III), as
//! `goodrel pyramid --gaps` shows them. The analysis lives in [`crate::pyramid`]; these rules
//! only report its results, so the command and `check` always agree. The guide's elements are
//! recommendations, not statutory duties: the rules are warnings, and the reference list of
//! sectors (PYR003) is advice (info).

use super::{Check, Family, Rule, RuleInfo, Source, SourceDoc, src};
use crate::finding::Severity;
use crate::i18n::{Message, Term};
use crate::model::PopulationGroup;
use crate::msg;
use crate::pyramid::{self, GapKind, GuideGroup, Level, Overview, and_list};

const PYRAMID: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"The pyramid model for creating a situational overview\"",
);
const OULU: Source = src(
    SourceDoc::CoeMlg,
    "Part III, \"Example: Analysis and overview of Oulu's integration programme\"",
);

/// What every PYR rule reads: the overview's reads, and the objectives whose statements
/// place a silent measure (context).
const PYR_READS: &[&str] = super::PYRAMID_READS;

/// What PYR003 reads besides: the linked plans whose `mainstreaming` names a sector.
const SECTOR_READS: &[&str] = &super::with_pyramid::<44>(&["links", "links.mainstreaming"]);

/// Reports every gap of the overview (default threshold, shared by the run) that `wanted`
/// selects.
fn report_gaps(c: &mut Check<'_>, wanted: fn(&GapKind) -> bool) {
    let derived = c.derived;
    let overview = derived.pyramid();
    for gap in derived.pyramid_gaps() {
        if !wanted(&gap.kind) {
            continue;
        }
        let at = match gap.kind {
            // Point at the first item of a city-only level: that is where partners go.
            GapKind::CityOnly { .. } => first_at(c, overview, gap.level),
            _ => c.plan.section("measures"),
        };
        // A gap of the pyramid is judged across every item placed on it.
        c.report_hint(gap.message(), at, gap.suggestion())
            .resting_on_all_read();
    }
}

fn first_at(
    c: &Check<'_>,
    overview: &Overview<'_>,
    level: Level,
) -> Option<crate::finding::Location> {
    overview
        .at(level)
        .next()
        .map(|p| c.plan.item(p.loc))
        .or_else(|| c.plan.section("measures"))
}

pub static LEVEL_EMPTY: Rule = Rule {
    info: &RuleInfo {
        id: "PYR001",
        name: "pyramid-level-empty",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[PYRAMID],
    },
    reads: PYR_READS,
    check: Some(|c: &mut Check<'_>| report_gaps(c, |k| matches!(k, GapKind::LevelEmpty))),
    serves: None,
};

pub static LEVEL_THIN: Rule = Rule {
    info: &RuleInfo {
        id: "PYR002",
        name: "pyramid-level-thin",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[PYRAMID, OULU],
    },
    reads: PYR_READS,
    check: Some(|c: &mut Check<'_>| report_gaps(c, |k| matches!(k, GapKind::LevelThin { .. }))),
    serves: None,
};

pub static SECTORS_WITHOUT_MAINSTREAMING: Rule = Rule {
    info: &RuleInfo {
        id: "PYR003",
        name: "base-sector-without-mainstreaming",
        family: Family::Pyramid,
        severity: Severity::Info,
        sources: &[
            PYRAMID,
            src(
                SourceDoc::MojGr,
                "\"Local government tasks and the role of the relations between population groups\"",
            ),
        ],
    },
    reads: SECTOR_READS,
    check: Some(|c: &mut Check<'_>| {
        report_gaps(c, |k| matches!(k, GapKind::SectorsWithoutMainstreaming(_)));
    }),
    serves: None,
};

/// Whether the plan says the group lives in the municipality: immigrants always (the plan is
/// about them); the others when its good-relations groups, a structure or a consultation name
/// them, or its situation picture records them (a foreign or Sámi language for linguistic
/// minorities, a Sámi language for the Sámi). The Sámi also in the Sámi homeland
/// ([`crate::model::Plan::sami_live_here`]).
fn lives_here(c: &Check<'_>, group: GuideGroup) -> bool {
    let named = |groups: &[PopulationGroup]| groups.iter().any(|g| group.members().contains(g));
    if group == GuideGroup::Immigrants {
        return true;
    }
    let municipality = c.plan.municipality.as_ref();
    if municipality
        .and_then(|m| m.good_relations.as_ref())
        .is_some_and(|g| named(&g.groups))
        || c.plan.structures.iter().any(|s| named(&s.groups))
        || c.plan.consultations.iter().any(|s| named(&s.groups))
    {
        return true;
    }
    let situation = municipality.and_then(|m| m.situation.as_ref());
    match group {
        // The same judgement `pyramid --gaps` makes: the homeland, or Sámi the plan records.
        GuideGroup::Sami => c.plan.sami_live_here(),
        GuideGroup::LinguisticAndCulturalMinorities => situation.is_some_and(|s| {
            !s.languages.is_empty()
                || s.foreign_language_residents.is_some_and(|n| n > 0)
                || s.foreign_language_share_percent.is_some_and(|p| p > 0.0)
        }),
        _ => false,
    }
}

/// What PYR004 reads: the overview, and where the plan says who lives in the municipality.
const GROUP_READS: &[&str] = super::PYRAMID_READS;

/// PYR004: one warning for the unreached groups the plan says live in the municipality, one
/// info naming the other unreached groups; the Sámi only where they are judged.
fn groups_unreached(c: &mut Check<'_>) {
    let derived = c.derived;
    let mut judged: Vec<Message> = Vec::new();
    let mut others: Vec<Message> = Vec::new();
    for gap in derived.pyramid_gaps() {
        let GapKind::GroupUnreached { group, .. } = gap.kind else {
            continue;
        };
        if lives_here(c, group) {
            judged.push(group.describe());
        } else if group != GuideGroup::Sami {
            others.push(group.describe());
        }
    }
    let at = c.plan.section("measures");
    if !judged.is_empty() {
        c.report(
            msg!(
                "pyr004-judged-unreached",
                count = judged.len(),
                groups = and_list(judged)
            ),
            at.clone(),
        );
    }
    if !others.is_empty() {
        c.report_at(
            Severity::Info,
            msg!(
                "pyr004-others-unreached",
                count = others.len(),
                groups = and_list(others)
            ),
            at,
            None,
        );
    }
}

pub static GROUP_UNREACHED: Rule = Rule {
    info: &RuleInfo {
        id: "PYR004",
        name: "middle-group-unreached",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[src(
            SourceDoc::CoeMlg,
            "Part III, \"Structures, services and practices for equality and inclusion\"",
        )],
    },
    reads: GROUP_READS,
    check: Some(groups_unreached),
    serves: None,
};

/// PYR005: the top level's missing sub-areas are one gap of one subject (the top level), so
/// one finding names them all; with one missing, its own suggestion is the hint.
fn subareas_missing(c: &mut Check<'_>) {
    let derived = c.derived;
    let missing: Vec<&pyramid::Gap> = derived
        .pyramid_gaps()
        .iter()
        .filter(|g| {
            matches!(
                g.kind,
                GapKind::SubareaMissing(_) | GapKind::SubareaBare { .. }
            )
        })
        .collect();
    let names: Vec<Message> = missing.iter().map(|g| g.subarea_named()).collect();
    let hint = match missing.as_slice() {
        [] => return,
        [one] => one.suggestion(),
        _ => msg!("pyr005-see-gaps"),
    };
    let at = c.plan.section("measures");
    c.report_hint(
        msg!(
            "pyr005-subareas-missing",
            count = names.len(),
            subareas = and_list(names)
        ),
        at,
        hint,
    );
}

pub static SUBAREA_MISSING: Rule = Rule {
    info: &RuleInfo {
        id: "PYR005",
        name: "top-subarea-missing",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[src(
            SourceDoc::CoeMlg,
            "Part III, \"Structures, services and practices for managing interaction, confrontation, conflict and hate crime\"",
        )],
    },
    reads: PYR_READS,
    check: Some(subareas_missing),
    serves: None,
};

pub static LEVEL_CITY_ONLY: Rule = Rule {
    info: &RuleInfo {
        id: "PYR006",
        name: "pyramid-level-city-only",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[OULU],
    },
    reads: PYR_READS,
    check: Some(|c: &mut Check<'_>| report_gaps(c, |k| matches!(k, GapKind::CityOnly { .. }))),
    serves: None,
};

pub static DECLARED_LEVEL_CONTRADICTED: Rule = Rule {
    info: &RuleInfo {
        id: "PYR007",
        name: "declared-level-contradicted",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[PYRAMID],
    },
    reads: PYR_READS,
    check: Some(|c: &mut Check<'_>| {
        let overview = c.derived.pyramid();
        for p in &overview.placements {
            let (Some(declared), Some(e)) = (p.level, &p.contradiction) else {
                continue;
            };
            let at = c.plan.at(p.loc, "level");
            c.report(
                msg!(
                    "pyr007-contradicted",
                    item = p.kind.noun(),
                    id = p.id,
                    title = p.title,
                    declared = declared.term(),
                    evidence = e.because(),
                    level = pyramid::level_key(e.level),
                    label = pyramid::level_label(e.level)
                ),
                Some(at),
            );
        }
    }),
    serves: None,
};

pub static UNPLACED: Rule = Rule {
    info: &RuleInfo {
        id: "PYR008",
        name: "unplaced-on-pyramid",
        family: Family::Pyramid,
        severity: Severity::Warning,
        sources: &[PYRAMID],
    },
    reads: PYR_READS,
    check: Some(|c: &mut Check<'_>| {
        let overview = c.derived.pyramid();
        for p in overview.unplaced() {
            let at = c.plan.item(p.loc);
            c.report(
                msg!(
                    "pyr008-unplaced",
                    item = p.kind.noun(),
                    id = p.id,
                    title = p.title,
                    reason = p.because()
                ),
                Some(at),
            );
        }
    }),
    serves: None,
};

pub static RULES: &[&Rule] = &[
    &LEVEL_EMPTY,
    &LEVEL_THIN,
    &SECTORS_WITHOUT_MAINSTREAMING,
    &GROUP_UNREACHED,
    &SUBAREA_MISSING,
    &LEVEL_CITY_ONLY,
    &DECLARED_LEVEL_CONTRADICTED,
    &UNPLACED,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every PYR rule rests on the overview, so it reads at least what the overview reads.
    #[test]
    fn rule_reads_cover_the_overviews() {
        for reads in [GROUP_READS, SECTOR_READS] {
            for read in PYR_READS {
                assert!(reads.contains(read), "a PYR rule does not declare `{read}`");
            }
        }
        for rule in RULES {
            assert!(
                rule.reads.contains(&"objectives.statement"),
                "{} does not read the objectives",
                rule.info.id
            );
        }
    }

    #[test]
    fn lists_read_as_prose() {
        use crate::i18n::Lang;
        use crate::model::Sector;
        let sectors = |v: &[Sector]| v.iter().map(Term::term).collect::<Vec<_>>();
        let render = |arg: crate::i18n::Arg, lang| {
            msg!("pyramid-scope-component", component = arg).render(lang)
        };
        assert_eq!(
            render(and_list(sectors(&[Sector::Library])), Lang::En),
            "programme: library"
        );
        assert_eq!(
            render(
                and_list(sectors(&[Sector::Library, Sector::Culture, Sector::Youth])),
                Lang::En
            ),
            "programme: library, culture and youth services"
        );
        assert!(
            render(
                and_list(sectors(&[Sector::Library, Sector::Culture, Sector::Youth])),
                Lang::Fi
            )
            .contains(" ja "),
        );
    }
}
