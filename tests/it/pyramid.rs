//! The pyramid: placement per signal (firing and not firing), declared-vs-inferred
//! contradictions, the gaps of the Oulu-like example, the JSON output, and snapshots of the
//! drawing and the tables.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use goodrel::CheckOptions;
use goodrel::i18n::Lang;
use goodrel::model::Plan;
use goodrel::pyramid::{self, GapKind, ItemKind, Level, Signal, Source, Subarea};
use goodrel::render::pyramid as draw;

/// Writes `yaml` as the only file of a fresh plan directory and loads it.
fn load(yaml: &str) -> Plan {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "goodrel-pyramid-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("plan.yaml"), yaml).expect("write plan");
    let (goodrel::model::Built { plan, findings, .. }, _) =
        goodrel::load_plan(&dir, &CheckOptions::default()).expect("loads");
    let _ = std::fs::remove_dir_all(&dir);
    let mut plan = plan;
    plan.root = "test-plan".to_owned();
    assert!(
        findings.is_empty(),
        "fixture has format problems: {:?}",
        findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    plan
}

const HEAD: &str = "municipality: {name: Test}
actors:
  - {id: city, name: City, kind: municipal_sector}
  - {id: youth, name: Youth services, kind: municipal_sector, sector: youth}
  - {id: ngo, name: NGO, kind: ngo}
";

/// What one measure's placement came to.
#[derive(Debug)]
struct Placed {
    level: Option<Level>,
    source: Option<Source>,
    signal: Option<Signal>,
    reason: String,
    subareas: Vec<Subarea>,
    contradiction: Option<(Level, Signal)>,
}

/// Places the single measure written as a YAML flow map (or block) after `measures:`.
fn place(measure: &str) -> Placed {
    let plan = load(&format!("{HEAD}measures:\n  - {measure}\n"));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let p = ov
        .placements
        .iter()
        .find(|p| p.kind == ItemKind::Measure)
        .expect("one measure");
    Placed {
        level: p.level,
        source: p.source,
        signal: p.signal,
        reason: p.reason().to_string(),
        subareas: p.subarea_list().collect(),
        contradiction: p.contradiction.as_ref().map(|e| (e.level, e.signal)),
    }
}

fn inferred(measure: &str, level: Level, signal: Signal) -> Placed {
    let p = place(measure);
    assert_eq!(p.level, Some(level), "{measure}: {p:?}");
    assert_eq!(p.source, Some(Source::Inferred), "{measure}: {p:?}");
    assert_eq!(p.signal, Some(signal), "{measure}: {p:?}");
    p
}

/// A measure with only a title, as the flow map [`place`] reads.
fn titled(title: &str) -> String {
    format!("{{id: A, title: \"{title}\"}}")
}

/// Each title placed at `level` on `signal` ([`inferred`]).
fn each_inferred(titles: &[&str], level: Level, signal: Signal) -> Vec<Placed> {
    titles
        .iter()
        .map(|title| inferred(&titled(title), level, signal))
        .collect()
}

fn unplaced(measure: &str) {
    let p = place(measure);
    assert_eq!(p.level, None, "{measure} should be unplaced: {p:?}");
    assert_eq!(p.source, None);
    assert!(
        p.reason.starts_with("nothing to place it by"),
        "{}",
        p.reason
    );
}

// --- kind ------------------------------------------------------------------------------

#[test]
fn kind_places_a_measure() {
    let p = inferred(
        "{id: A, title: Evening event, kind: dialogue}",
        Level::Top,
        Signal::Kind,
    );
    assert_eq!(
        p.reason,
        "kind: dialogue (strong) -> interaction & conflict"
    );
    assert_eq!(p.subareas, vec![Subarea::Dialogue]);
    inferred(
        "{id: A, title: Evening event, kind: targeted_service}",
        Level::Middle,
        Signal::Kind,
    );
    inferred(
        "{id: A, title: Evening event, kind: anti_discrimination}",
        Level::Middle,
        Signal::Kind,
    );
    inferred(
        "{id: A, title: Evening event, kind: service_development}",
        Level::Base,
        Signal::Kind,
    );
    let p = inferred(
        "{id: A, title: Evening event, kind: hate_crime_response}",
        Level::Top,
        Signal::Kind,
    );
    assert_eq!(p.subareas, vec![Subarea::HateCrimeResponse]);
}

#[test]
fn kinds_that_say_nothing_about_the_level_do_not_place() {
    unplaced("{id: A, title: Evening event, kind: training}");
    unplaced("{id: A, title: Evening event, kind: campaign}");
}

// --- target groups -----------------------------------------------------------------------

#[test]
fn a_named_target_group_places_in_the_middle() {
    let p = inferred(
        "{id: A, title: Evening club, target_groups: [roma]}",
        Level::Middle,
        Signal::TargetGroup,
    );
    assert_eq!(
        p.reason,
        "target group: Roma (moderate) -> equality & inclusion"
    );
    inferred(
        "{id: A, title: Evening club, target_groups: [sami, children]}",
        Level::Middle,
        Signal::TargetGroup,
    );
}

#[test]
fn all_residents_places_at_the_base() {
    let p = inferred(
        "{id: A, title: Evening club, target_groups: [all_residents]}",
        Level::Base,
        Signal::TargetGroup,
    );
    assert_eq!(
        p.reason,
        "target group: all residents (moderate) -> general services"
    );
}

#[test]
fn mixed_target_groups_do_not_place() {
    unplaced("{id: A, title: Evening club, target_groups: [roma, majority_population]}");
    unplaced("{id: A, title: Evening club, target_groups: [all_residents, immigrants]}");
    unplaced("{id: A, title: Evening club, target_groups: [majority_population]}");
}

// --- sector and tags -----------------------------------------------------------------------

#[test]
fn the_sector_places_a_measure() {
    let p = inferred(
        "{id: A, title: Evening club, sector: library}",
        Level::Base,
        Signal::Sector,
    );
    assert_eq!(p.reason, "sector: library (context) -> general services");
    inferred(
        "{id: A, title: Evening club, sector: integration_services}",
        Level::Middle,
        Signal::Sector,
    );
    // The responsible actor's sector counts when the measure has none.
    inferred(
        "{id: A, title: Evening club, responsible: youth}",
        Level::Base,
        Signal::Sector,
    );
}

#[test]
fn no_sector_anywhere_does_not_place() {
    unplaced("{id: A, title: Evening club, responsible: city}");
    unplaced("{id: A, title: Evening club, responsible: ngo}");
}

#[test]
fn tags_place_a_measure() {
    let p = inferred(
        "{id: A, title: Evening event, tags: [dialogue]}",
        Level::Top,
        Signal::StrongTag,
    );
    assert_eq!(p.subareas, vec![Subarea::Dialogue]);
    let p = inferred(
        "{id: A, title: Evening event, tags: [community_support]}",
        Level::Top,
        Signal::Tag,
    );
    assert_eq!(p.subareas, vec![Subarea::CommunitySupport]);
    inferred(
        "{id: A, title: Evening event, tags: [anti-racism]}",
        Level::Middle,
        Signal::StrongTag,
    );
}

#[test]
fn tags_without_vocabulary_words_do_not_place() {
    unplaced("{id: A, title: Evening event, tags: [annual, evening]}");
}

// --- words, per language ---------------------------------------------------------------------

#[test]
fn english_keywords_place() {
    let p = inferred(
        "{id: A, title: Neighbourhood mediation}",
        Level::Top,
        Signal::StrongWord,
    );
    assert_eq!(p.subareas, vec![Subarea::Mediation]);
    assert!(p.reason.contains("\"mediation\""), "{}", p.reason);
    inferred(
        "{id: A, title: Responding to hate crimes}",
        Level::Top,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Training, description: Recognising discrimination in services}",
        Level::Middle,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Mainstreaming in the city strategy}",
        Level::Base,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: A meeting place in every district}",
        Level::Top,
        Signal::Hint,
    );
}

#[test]
fn english_keywords_do_not_fire_inside_other_words() {
    unplaced("{id: A, title: Media literacy course}");
    unplaced("{id: A, title: Intermediate courses whatever the weather}");
}

#[test]
fn finnish_keywords_place_through_inflection_and_compounds() {
    let p = inferred(
        "{id: A, title: Naapurustosovittelun kehittäminen}",
        Level::Top,
        Signal::StrongWord,
    );
    assert!(p.reason.contains("naapurustosovittelun"), "{}", p.reason);
    let p = inferred(
        "{id: A, title: Viharikosten ehkäisy}",
        Level::Top,
        Signal::StrongWord,
    );
    assert_eq!(p.subareas, vec![Subarea::HateCrimeResponse]);
    inferred(
        "{id: A, title: Nuorten dialogit}",
        Level::Top,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Rasismin vastainen koulutus}",
        Level::Middle,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Syrjinnän tunnistaminen}",
        Level::Middle,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Kohtaamispaikka lähiöön}",
        Level::Top,
        Signal::Hint,
    );
}

#[test]
fn finnish_lookalikes_do_not_fire() {
    // "sovellus" (an app) is not "sovittelu" (mediation): the library named places the
    // measure at the base only by context.
    let p = inferred(
        "{id: A, title: Sovellus kirjaston lainoihin}",
        Level::Base,
        Signal::Word,
    );
    assert!(p.reason.contains("(context)"), "{p:?}");
    unplaced("{id: A, title: Kesätapahtuma}");
}

#[test]
fn swedish_keywords_place() {
    let p = inferred(
        "{id: A, title: Grannmedling i bostadsområden}",
        Level::Top,
        Signal::StrongWord,
    );
    assert_eq!(p.subareas, vec![Subarea::Mediation]);
    inferred(
        "{id: A, title: Åtgärder mot hatbrott}",
        Level::Top,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Dialog mellan grupper}",
        Level::Top,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: Diskriminering på bostadsmarknaden}",
        Level::Middle,
        Signal::StrongWord,
    );
    // A meeting place for young people is the general youth work (the base, by context), as
    // real plans' "mötesplatser för unga" were labelled; the word of meeting alone is a hint.
    let p = inferred(
        "{id: A, title: Mötesplats för unga}",
        Level::Base,
        Signal::Word,
    );
    assert!(p.reason.contains("(context)"), "{}", p.reason);
    inferred("{id: A, title: Mötesplats}", Level::Top, Signal::Hint);
}

#[test]
fn swedish_lookalikes_do_not_fire() {
    // "möte" in "medlemsmöte" is no encounter: associations are only the context.
    let p = place("{id: A, title: Medlemsmöte för föreningar}");
    assert_eq!(p.level, Some(Level::Base), "{p:?}");
    assert!(p.reason.contains("(context)"), "{}", p.reason);
    unplaced("{id: A, title: Sommarfest}");
}

// --- the order of signals ------------------------------------------------------------------

#[test]
fn signals_are_taken_in_order() {
    // The kind beats a strong word.
    inferred(
        "{id: A, title: Anti-racism dialogue, kind: targeted_service}",
        Level::Middle,
        Signal::Kind,
    );
    // A strong word beats the target group: work between groups is still the top.
    inferred(
        "{id: A, title: Dialogue between Roma and other residents, target_groups: [roma]}",
        Level::Top,
        Signal::StrongWord,
    );
    // The target group beats the sector.
    inferred(
        "{id: A, title: Evening club, target_groups: [roma], sector: youth}",
        Level::Middle,
        Signal::TargetGroup,
    );
    // The sector beats a weak word.
    inferred(
        "{id: A, title: A meeting place for young people, sector: youth}",
        Level::Base,
        Signal::Sector,
    );
}

// --- declared levels ------------------------------------------------------------------------

#[test]
fn a_declared_level_is_used() {
    let p = place("{id: A, title: Evening club, level: top}");
    assert_eq!(p.level, Some(Level::Top));
    assert_eq!(p.source, Some(Source::Declared));
    assert_eq!(p.reason, "declared: level top -> interaction & conflict");
    assert_eq!(p.contradiction, None);
}

#[test]
fn a_declared_level_against_strong_evidence_is_a_contradiction() {
    let p = place("{id: A, title: Neighbourhood help, kind: mediation, level: base}");
    assert_eq!(
        p.level,
        Some(Level::Base),
        "the declared level is still used"
    );
    assert_eq!(p.contradiction, Some((Level::Top, Signal::Kind)));
    let p = place("{id: A, title: Sovittelupalvelu, level: middle}");
    assert_eq!(p.contradiction, Some((Level::Top, Signal::StrongWord)));
}

#[test]
fn a_declared_level_against_weak_evidence_is_no_contradiction() {
    let p = place("{id: A, title: Evening club, target_groups: [roma], level: base}");
    assert_eq!(p.contradiction, None);
    let p = place("{id: A, title: A meeting place, sector: youth, level: middle}");
    assert_eq!(p.contradiction, None);
    let p = place("{id: A, title: Neighbourhood mediation, kind: mediation, level: top}");
    assert_eq!(p.contradiction, None);
}

// --- services and structures --------------------------------------------------------------------

#[test]
fn services_and_structures_are_placed() {
    let plan = load(&format!(
        "{HEAD}services:
  - {{id: S1, name: Civic orientation, component: civic_orientation, responsible: city, cooperation: [ngo]}}
structures:
  - {{id: C1, name: Immigrant council, kind: council}}
  - {{id: C2, name: Cooperation group, kind: cooperation_group}}
  - {{id: C3, name: District dialogues, kind: dialogue}}
  - {{id: C4, name: Co-design of youth services, kind: co_design}}
  - {{id: C5, name: Mediation network, kind: network}}
  - {{id: C6, name: Steering network, kind: network}}
  - {{id: C7, name: Something else, kind: other}}
"
    ));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let level_of = |id: &str| ov.placements.iter().find(|p| p.id == id).map(|p| p.level);
    assert_eq!(level_of("S1"), Some(Some(Level::Middle)));
    assert_eq!(level_of("C1"), Some(Some(Level::Middle)));
    assert_eq!(level_of("C3"), Some(Some(Level::Top)));
    assert_eq!(level_of("C4"), Some(Some(Level::Middle)));
    assert_eq!(level_of("C5"), Some(Some(Level::Top)));
    assert_eq!(
        level_of("C7"),
        Some(None),
        "kind other without words is unplaced"
    );
    let coordination: Vec<_> = ov.coordination.iter().map(|p| p.id).collect();
    assert_eq!(coordination, ["C2", "C6"]);
    let s1 = ov.placements.iter().find(|p| p.id == "S1").expect("S1");
    assert!(s1.non_city);
    assert_eq!(s1.source, Some(Source::Inferred));
}

#[test]
fn the_share_with_non_city_partners_counts_responsible_and_partners() {
    let plan = load(&format!(
        "{HEAD}measures:
  - {{id: A, title: One, sector: library, responsible: city, partners: [ngo]}}
  - {{id: B, title: Two, sector: library, responsible: ngo}}
  - {{id: C, title: Three, sector: library, responsible: city, partners: [youth]}}
  - {{id: D, title: Four, sector: library, responsible: city}}
"
    ));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let base = ov.tier(Level::Base);
    assert_eq!((base.count, base.with_non_city), (4, 2));
    assert_eq!(base.non_city_percent(), 50);
}

// --- gaps -------------------------------------------------------------------------------------

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/oulu-like")
}

fn load_example() -> Plan {
    let (goodrel::model::Built { plan, findings, .. }, empty) =
        goodrel::load_plan(&example(), &CheckOptions::default()).expect("example loads");
    assert!(!empty);
    assert!(
        findings.is_empty(),
        "the example has format problems: {:?}",
        findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    let mut plan = plan;
    plan.root = "examples/oulu-like".to_owned();
    plan
}

#[test]
fn the_oulu_like_example_leaves_every_level_to_inference() {
    let plan = load_example();
    assert!(plan.measures.iter().all(|m| m.level.is_none()));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    assert_eq!(ov.unplaced().count(), 0);
    assert!(ov.tier(Level::Base).count >= 10);
    assert!(ov.tier(Level::Middle).count >= 10);
    assert_eq!(ov.tier(Level::Top).count, 1);
}

#[test]
fn the_oulu_like_example_has_its_main_gap_at_the_top() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let gaps = pyramid::gaps(&plan, &ov);
    assert_eq!(gaps.first().map(|g| g.level), Some(Level::Top));
    // Every top-level gap ranks above every other gap.
    let first_other = gaps.iter().position(|g| g.level != Level::Top);
    let last_top = gaps.iter().rposition(|g| g.level == Level::Top);
    assert!(last_top < first_other, "{gaps:#?}");
    // The base and the middle are neither thin nor empty.
    for g in &gaps {
        if matches!(g.kind, GapKind::LevelThin { .. } | GapKind::LevelEmpty) {
            assert_eq!(g.level, Level::Top, "{g:?}");
        }
    }
    assert_eq!(pyramid::gaps::main_gap(&gaps), Some(Level::Top));
    // The analysis' findings: the top is thin and run by the city alone.
    assert!(
        gaps.iter()
            .any(|g| g.level == Level::Top && matches!(g.kind, GapKind::LevelThin { .. }))
    );
    assert!(
        gaps.iter()
            .any(|g| g.level == Level::Top && matches!(g.kind, GapKind::CityOnly { .. }))
    );
}

#[test]
fn a_higher_threshold_makes_more_levels_thin() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options { thin_below: 15 });
    assert!(ov.tier(Level::Middle).thin);
    assert!(!ov.tier(Level::Base).thin);
    let ov = pyramid::overview(&plan, &pyramid::Options { thin_below: 0 });
    assert!(!ov.tier(Level::Top).thin);
}

#[test]
fn an_empty_level_is_reported_once_without_its_sub_areas() {
    let plan = load(&format!(
        "{HEAD}measures:\n  - {{id: A, title: One, sector: library, responsible: city}}\n"
    ));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let gaps = pyramid::gaps(&plan, &ov);
    assert_eq!(gaps[0].kind, GapKind::LevelEmpty);
    assert!(gaps.iter().all(|g| !matches!(
        g.kind,
        GapKind::SubareaMissing(_) | GapKind::GroupUnreached { .. }
    )));
    assert_eq!(
        gaps.iter()
            .filter(|g| g.kind == GapKind::LevelEmpty)
            .count(),
        2
    );
}

#[test]
fn a_plan_without_measures_has_no_gaps() {
    let plan = load(HEAD);
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    assert!(pyramid::gaps(&plan, &ov).is_empty());
}

#[test]
fn the_oulu_like_example_checks_with_mainly_pyramid_findings() {
    let report = goodrel::check_dir(
        &example(),
        &CheckOptions {
            as_of: goodrel::model::date::Date::parse("2026-11-23").expect("date"),
            ..CheckOptions::default()
        },
    )
    .expect("checks");
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == goodrel::finding::Severity::Error)
        .map(|f| format!("{} {}", f.rule.id, f.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The published analysis found a weak top: every pyramid warning is about the top level
    // (one finding per gap, the missing sub-areas named together), and there are some.
    let pyramid_warnings: Vec<String> = report
        .findings
        .iter()
        .filter(|f| {
            f.rule.id.starts_with("PYR") && f.severity == goodrel::finding::Severity::Warning
        })
        .map(|f| f.message.to_string())
        .collect();
    assert!(pyramid_warnings.len() >= 2, "{pyramid_warnings:#?}");
    assert!(
        pyramid_warnings.iter().all(|m| m.contains("top level")),
        "{pyramid_warnings:#?}"
    );
}

// --- JSON ---------------------------------------------------------------------------------------

#[test]
fn json_holds_every_item_with_level_source_and_reason_and_the_gaps() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let gaps = pyramid::gaps(&plan, &ov);
    let json: serde_json::Value =
        serde_json::from_str(&draw::json(&plan, &ov, &gaps, Lang::En)).expect("valid JSON");
    assert_eq!(json["version"], 1);
    let items = json["items"].as_array().expect("items");
    for m in &plan.measures {
        let item = items
            .iter()
            .find(|i| i["id"] == m.id.as_str())
            .unwrap_or_else(|| panic!("measure {} missing from JSON", m.id));
        assert_eq!(item["kind"], "measure");
        assert!(item["level"].is_string(), "{item}");
        assert_eq!(item["level_source"], "inferred");
        assert!(item["reason"].as_str().is_some_and(|r| r.contains(" -> ")));
        assert!(
            item["location"]["start"]["line"]
                .as_u64()
                .is_some_and(|l| l > 1)
        );
    }
    let b16 = items.iter().find(|i| i["id"] == "B16").expect("B16");
    assert_eq!(b16["level"], "base");
    assert_eq!(
        b16["reason"],
        "target group: all residents (moderate) -> general services"
    );
    let gaps = json["gaps"].as_array().expect("gaps");
    assert!(!gaps.is_empty());
    assert_eq!(gaps[0]["level"], "top");
    assert_eq!(gaps[0]["rank"], 1);
    assert!(
        gaps.iter()
            .all(|g| g["rule"].as_str().is_some_and(|r| r.starts_with("PYR")))
    );
    let levels = json["levels"].as_array().expect("levels");
    assert_eq!(levels[0]["level"], "top");
    assert_eq!(levels[0]["thin"], true);
    assert_eq!(levels[2]["level"], "base");
    assert_eq!(json["coordination"][0]["id"], "C1");
}

#[test]
fn json_marks_declared_levels_and_contradictions() {
    let plan = load(&format!(
        "{HEAD}measures:
  - {{id: A, title: Neighbourhood help, kind: mediation, level: base}}
  - {{id: B, title: Miscellaneous}}
"
    ));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let json: serde_json::Value =
        serde_json::from_str(&draw::json(&plan, &ov, &[], Lang::En)).expect("valid JSON");
    let a = &json["items"][0];
    assert_eq!(a["level"], "base");
    assert_eq!(a["level_source"], "declared");
    assert_eq!(a["contradiction"]["level"], "top");
    assert_eq!(a["contradiction"]["signal"], "kind");
    let b = &json["items"][1];
    assert!(b["level"].is_null());
    assert!(b["level_source"].is_null());
}

// --- locale ---------------------------------------------------------------------------------------

#[test]
fn the_locale_decides_unicode() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert!(draw::locale_is_utf8(env(&[("LANG", "fi_FI.UTF-8")])));
    assert!(draw::locale_is_utf8(env(&[("LC_CTYPE", "C.utf8")])));
    assert!(!draw::locale_is_utf8(env(&[("LANG", "C")])));
    assert!(!draw::locale_is_utf8(env(&[])));
    // LC_ALL overrides the others; an empty value is skipped.
    assert!(!draw::locale_is_utf8(env(&[
        ("LC_ALL", "POSIX"),
        ("LANG", "en_US.UTF-8")
    ])));
    assert!(draw::locale_is_utf8(env(&[
        ("LC_ALL", ""),
        ("LANG", "en_US.UTF-8")
    ])));
}

// --- snapshots --------------------------------------------------------------------------------------

fn options(ascii: bool) -> draw::TextOptions {
    draw::TextOptions {
        ascii,
        width: Some(80),
        ..draw::TextOptions::default()
    }
}

#[test]
fn snapshot_drawing_unicode() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    insta::assert_snapshot!("drawing_unicode", draw::drawing(&ov, false, Lang::En));
}

#[test]
fn snapshot_drawing_ascii() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let out = draw::drawing(&ov, true, Lang::En);
    assert!(out.is_ascii());
    insta::assert_snapshot!("drawing_ascii", out);
}

#[test]
fn snapshot_tables_at_80_columns() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let mut out = String::new();
    for level in pyramid::LEVELS_TOP_DOWN {
        out.push_str(&draw::level_table(&ov, level, &options(false)));
    }
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "a table line is wider than 80 columns"
    );
    insta::assert_snapshot!("tables_unicode", out);
}

#[test]
fn snapshot_full_report_ascii_with_gaps() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let gaps = pyramid::gaps(&plan, &ov);
    let out = draw::text(&plan, &ov, Some(&gaps), &options(true));
    assert!(out.lines().all(|l| l.chars().count() <= 80));
    insta::assert_snapshot!("report_ascii_gaps", out);
}

#[test]
fn snapshot_unplaced_and_contradicted() {
    let plan = load(&format!(
        "{HEAD}measures:
  - {{id: A, title: Neighbourhood help, kind: mediation, level: base, responsible: city}}
  - {{id: B, title: Miscellaneous, responsible: ngo}}
"
    ));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let gaps = pyramid::gaps(&plan, &ov);
    insta::assert_snapshot!(
        "report_unplaced_contradicted",
        draw::text(&plan, &ov, Some(&gaps), &options(false))
    );
}

// --- docs ----------------------------------------------------------------------------------------

#[test]
fn docs_list_every_vocabulary_word_and_reference_sector() {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/pyramid.md"))
            .expect("docs/pyramid.md");
    let lower = docs.to_lowercase();
    let mut missing = Vec::new();
    for term in pyramid::vocab::TERMS {
        for word in term.word.split(" / ") {
            if !lower.contains(&word.to_lowercase()) {
                missing.push(word);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/pyramid.md lacks words: {missing:?}"
    );
    for sector in pyramid::gaps::BASE_SECTORS {
        let key = pyramid::words_of(sector).replace(' ', "_");
        assert!(docs.contains(&format!("`{key}`")), "docs lack sector {key}");
    }
    assert!(docs.contains(&format!("default **{}**", pyramid::DEFAULT_THIN_BELOW)));
}

#[test]
fn interpreting_and_reception_services_sit_in_the_middle_without_a_component() {
    let plan = load(&format!(
        "{HEAD}services:\n  - {{id: S1, name: Tulkkaus, kind: interpreting, responsible: city, client_language: true}}\n  - {{id: S2, name: Vastaanotto, kind: vastaanotto, responsible: city}}\n  - {{id: S3, name: Assessment, component: needs_assessment, responsible: city}}\n"
    ));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let service = |id: &str| {
        ov.placements
            .iter()
            .find(|p| p.kind == ItemKind::Service && p.id == id)
            .expect("placed")
    };
    assert_eq!(service("S1").level, Some(Level::Middle));
    assert_eq!(service("S1").component, None);
    assert!(
        service("S1")
            .because()
            .to_string()
            .starts_with("interpreting"),
        "{}",
        service("S1").because().to_string()
    );
    assert_eq!(
        service("S2").because().to_string(),
        "refugee reception service (strong)"
    );
    assert_eq!(
        service("S3").because().to_string(),
        "integration programme service (strong)"
    );
}

// --- issue 12: age groups, encounters, context, linked plans, sub-areas, vocabulary -----------

/// Places the measures (YAML flow maps) of a plan that also holds `extra` sections.
fn overview_of(extra: &str, measures: &[&str]) -> Plan {
    let mut yaml = format!("{HEAD}{extra}measures:\n");
    for m in measures {
        yaml.push_str(&format!("  - {m}\n"));
    }
    load(&yaml)
}

fn sector_gap(plan: &Plan) -> Vec<goodrel::model::Sector> {
    let ov = pyramid::overview(plan, &pyramid::Options::default());
    pyramid::gaps(plan, &ov)
        .into_iter()
        .find_map(|g| match g.kind {
            GapKind::SectorsWithoutMainstreaming(s) => Some(s),
            _ => None,
        })
        .unwrap_or_default()
}

/// A base-level measure, so that the base is not empty and the sector list is judged.
const BASE_LIBRARY: &str = "{id: B, title: Library open to all residents, target_groups: [all_residents], sector: library}";

#[test]
fn no_missing_base_sector_is_claimed_on_an_uncertain_placement_alone() {
    use goodrel::model::Sector;
    // Placed in the middle on a weak word only: it may be the culture sector's base measure,
    // so the sector is not reported as lacking one.
    let plan = overview_of(
        "",
        &[
            "{id: A, title: Kulttuuripalvelut maahanmuuttajille, sector: culture}",
            BASE_LIBRARY,
        ],
    );
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    assert!(ov.placements[0].uncertain(), "{:?}", ov.placements[0].why);
    assert!(!sector_gap(&plan).contains(&Sector::Culture));
    // Its target groups make the placement certain, and a declared level confirms it: then
    // the sector does lack a base measure.
    for m in [
        "{id: A, title: Kulttuuripalvelut maahanmuuttajille, target_groups: [immigrants], sector: culture}",
        "{id: A, title: Kulttuuripalvelut maahanmuuttajille, level: middle, sector: culture}",
    ] {
        let plan = overview_of("", &[m, BASE_LIBRARY]);
        let ov = pyramid::overview(&plan, &pyramid::Options::default());
        assert!(!ov.placements[0].uncertain(), "{m}");
        assert!(sector_gap(&plan).contains(&Sector::Culture), "{m}");
    }
}

#[test]
fn a_universal_service_for_one_age_group_stays_at_the_base_in_every_language() {
    for m in [
        "{id: A, title: Läksykerho jokaisessa kirjastossa, description: Avoinna jokaiselle oppilaalle., target_groups: [children], sector: library}",
        "{id: A, title: Öppen verksamhet på fritidsgårdarna, target_groups: [young_people], sector: youth}",
        "{id: A, title: Open youth work in the youth centres, target_groups: [young_people], sector: youth}",
        "{id: A, title: Evening club in the library, target_groups: [children], sector: library}",
    ] {
        let p = place(m);
        assert_eq!(p.level, Some(Level::Base), "{m}: {p:?}");
        assert!(!p.reason.contains("target group"), "{}", p.reason);
    }
    // With nothing else to go by, the sector decides, and the reason says it is context.
    let p = inferred(
        "{id: A, title: Evening club, target_groups: [young_people], sector: youth}",
        Level::Base,
        Signal::Sector,
    );
    assert_eq!(
        p.reason,
        "sector: youth services (context) -> general services"
    );
    // The age group with all residents is the base too.
    inferred(
        "{id: A, title: Evening club, target_groups: [all_residents, older_people]}",
        Level::Base,
        Signal::TargetGroup,
    );
}

#[test]
fn an_age_group_with_a_named_group_or_a_need_stays_in_the_middle() {
    let p = inferred(
        "{id: A, title: Evening club, target_groups: [young_people, immigrants], sector: youth}",
        Level::Middle,
        Signal::TargetGroup,
    );
    assert_eq!(
        p.reason,
        "target group: immigrants (moderate) -> equality & inclusion"
    );
    for m in [
        "{id: A, title: Syrjäytymisvaarassa olevien nuorten ryhmä, target_groups: [young_people], sector: youth}",
        "{id: A, title: Grupp för unga i riskzonen, target_groups: [young_people], sector: youth}",
        "{id: A, title: Club for lonely older people, target_groups: [older_people], sector: culture}",
    ] {
        let p = inferred(m, Level::Middle, Signal::TargetGroup);
        assert!(p.reason.contains("with a specific need"), "{}", p.reason);
    }
}

#[test]
fn a_universal_age_group_service_is_no_false_sector_gap() {
    let plan = overview_of(
        "",
        &[
            "{id: A, title: Läksykerho, target_groups: [children], sector: library}",
            "{id: B, title: Nuorisotalot, target_groups: [young_people], sector: youth}",
            "{id: C, title: Targeted youth work for young immigrants, target_groups: [young_people, immigrants], sector: culture}",
        ],
    );
    let missing = sector_gap(&plan);
    assert!(
        !missing.contains(&goodrel::model::Sector::Library),
        "{missing:?}"
    );
    assert!(
        !missing.contains(&goodrel::model::Sector::Youth),
        "{missing:?}"
    );
    // The targeted service is in the middle, so its sector still lacks a base measure.
    assert!(
        missing.contains(&goodrel::model::Sector::Culture),
        "{missing:?}"
    );
}

#[test]
fn an_encounter_between_groups_outranks_all_residents_in_every_language() {
    let p = inferred(
        "{id: A, title: \"Kohtaamispaikka, jossa eri kulttuurit ja ihmiset tapaavat\", target_groups: [all_residents]}",
        Level::Top,
        Signal::GroupsMeet,
    );
    assert_eq!(p.subareas, vec![Subarea::Encounters]);
    assert!(p.reason.contains("encounter between groups") && p.reason.contains("(strong)"));
    inferred(
        "{id: A, title: Mötesplats där människor från olika kulturer träffas, target_groups: [all_residents], sector: culture}",
        Level::Top,
        Signal::GroupsMeet,
    );
    let p = inferred(
        "{id: A, title: Multicultural centre, description: A forum where people and cultures meet., target_groups: [all_residents]}",
        Level::Top,
        Signal::GroupsMeet,
    );
    assert_eq!(p.subareas, vec![Subarea::Encounters]);
}

/// Places a measure of each title (with `extra` fields, e.g. `, target_groups: [immigrants]`)
/// and checks its level.
fn each_title_placed_at(level: Level, extra: &str, titles: &[&str]) -> Vec<Placed> {
    titles
        .iter()
        .map(|title| {
            let p = place(&format!("{{id: A, title: \"{title}\"{extra}}}"));
            assert_eq!(p.level, Some(level), "{title}: {p:?}");
            p
        })
        .collect()
}

#[test]
fn an_encounter_is_recognised_however_the_groups_are_named_in_five_languages() {
    // Newcomers and people who have long lived here, immigrants and the majority, population
    // groups: what happens (they meet) outranks whom the measure names (immigrants).
    for title in [
        "Walks where newcomers and people who have lived here longer get to know each other",
        "Kävelyt, joilla maahanmuuttajat ja valtaväestö tutustuvat toisiinsa",
        "Promenader där nyanlända och andra invånare från olika grupper träffas",
        "Turer der nye og gamle innbyggere blir kjent med hverandre",
        "Fællesspisning hvor danskere og nytilkomne mødes",
        "Kulttuuritalo, jossa eri väestöryhmien kohtaaminen on arkea",
    ] {
        inferred(
            &format!("{{id: A, title: \"{title}\", target_groups: [immigrants]}}"),
            Level::Top,
            Signal::GroupsMeet,
        );
    }
}

#[test]
fn language_practice_is_a_service_for_learners_even_where_groups_meet() {
    each_title_placed_at(
        Level::Middle,
        "",
        &[
            "Language café where newcomers and volunteers meet",
            "Kielikahvila, jossa maahanmuuttajat ja kantaväestö kohtaavat",
            "Språkcafé där nyanlända och svensktalande träffas",
            "Språkkafé på biblioteket",
            "Sprogcafé hvor danskere og nytilkomne mødes",
        ],
    );
}

#[test]
fn equality_as_an_aim_does_not_make_a_general_practice_group_specific() {
    each_title_placed_at(
        Level::Base,
        "",
        &[
            "Equal treatment in the city's recruitment",
            "Yhdenvertainen rekrytointi kaupungin palveluksessa",
            "Likabehandling i stadens rekrytering",
            "Likestilling i kommunens rekruttering",
            "Ligebehandling i kommunens rekruttering",
        ],
    );
}

#[test]
fn a_hate_crime_is_recognised_from_what_happened_in_five_languages() {
    let placed = each_title_placed_at(
        Level::Top,
        ", target_groups: [immigrants]",
        &[
            "The city's response after a racist assault in the town centre",
            "Kaupungin toiminta rasistisen väkivallan jälkeen",
            "Stadens agerande efter rasistiska angrepp",
            "Kommunens oppfølging etter rasistiske angrep",
            "Kommunens indsats efter racistiske overfald",
        ],
    );
    for p in placed {
        assert_eq!(p.subareas, vec![Subarea::HateCrimeResponse], "{p:?}");
    }
}

#[test]
fn a_council_stays_in_the_middle_unless_its_work_is_dialogue_between_groups() {
    each_title_placed_at(
        Level::Middle,
        "",
        &[
            "Immigrant council: dialogue with the city's politicians",
            "Maahanmuuttajaneuvosto, vuoropuhelu päättäjien kanssa",
            "Invandrarrådet för dialog med politiker",
            "Innvandrerråd med dialogmøter med politikere",
            "Integrationsrådet i dialog med politikerne",
        ],
    );
    // A council whose recorded work is dialogue between faith communities is the top.
    each_title_placed_at(
        Level::Top,
        "",
        &["Multicultural council: interreligious dialogue between faith communities"],
    );
}

#[test]
fn a_meeting_word_or_a_mix_of_groups_alone_is_no_encounter() {
    // A meeting word alone, with all residents: the target group decides.
    inferred(
        "{id: A, title: Kohtaamispaikka kaupunginosatalossa, target_groups: [all_residents]}",
        Level::Base,
        Signal::TargetGroup,
    );
    inferred(
        "{id: A, title: Mötesplats i stadsdelshuset, target_groups: [all_residents]}",
        Level::Base,
        Signal::TargetGroup,
    );
    inferred(
        "{id: A, title: A meeting place in the district house, target_groups: [all_residents]}",
        Level::Base,
        Signal::TargetGroup,
    );
    // Groups named without meeting: housing policy, the sector decides.
    inferred(
        "{id: A, title: Asukasvalinta, description: Eri taustaiset asukkaat sijoittuvat tasaisesti., sector: housing}",
        Level::Base,
        Signal::Sector,
    );
}

const OBJECTIVES: &str = "objectives:
  - {id: O-TYO, area: employment_and_education, statement: Maahanmuuttajien työllisyysaste nousee.}
  - {id: O-SYS, area: employment_and_education, statement: Sysselsättningen bland invandrare stiger.}
  - {id: O-EMP, area: employment_and_education, statement: The employment rate of immigrants rises.}
  - {id: O-GEN, area: other, statement: The city is a good place to live.}
";

fn placed_in(plan: &Plan, id: &str) -> (Option<Level>, Option<Signal>, String) {
    let ov = pyramid::overview(plan, &pyramid::Options::default());
    let p = ov.placements.iter().find(|p| p.id == id).expect("placed");
    (p.level, p.signal, p.reason().to_string())
}

#[test]
fn a_silent_measure_is_placed_by_its_objective_as_context_in_every_language() {
    let plan = overview_of(
        OBJECTIVES,
        &[
            "{id: A, title: Työnhakuvalmennus, objectives: [O-TYO]}",
            "{id: B, title: Arbetsprövning, objectives: [O-SYS]}",
            "{id: C, title: Work try-outs, objectives: [O-GEN, O-EMP]}",
        ],
    );
    for (id, objective, word) in [
        ("A", "O-TYO", "maahanmuuttajien"),
        ("B", "O-SYS", "invandrare"),
        ("C", "O-EMP", "immigrants"),
    ] {
        let (level, signal, reason) = placed_in(&plan, id);
        assert_eq!(level, Some(Level::Middle), "{reason}");
        assert_eq!(signal, Some(Signal::Objective));
        assert!(
            reason.contains(&format!(
                "objective {objective} (employment and education) names \"{word}\" (context)"
            )),
            "{reason}"
        );
    }
}

#[test]
fn the_measures_own_words_and_sector_outrank_its_objective() {
    let plan = overview_of(
        OBJECTIVES,
        &[
            "{id: A, title: Kesätyöt kaikille nuorille, objectives: [O-TYO]}",
            "{id: B, title: Arbetsprövning, sector: employment, objectives: [O-SYS]}",
            "{id: C, title: Work try-outs, objectives: [O-GEN]}",
        ],
    );
    let (level, signal, _) = placed_in(&plan, "A");
    assert_eq!((level, signal), (Some(Level::Base), Some(Signal::Word)));
    let (level, signal, _) = placed_in(&plan, "B");
    assert_eq!((level, signal), (Some(Level::Base), Some(Signal::Sector)));
    // An objective whose statement names nothing places nothing.
    let (level, _, reason) = placed_in(&plan, "C");
    assert_eq!(level, None, "{reason}");
}

#[test]
fn the_text_view_and_json_mark_a_placement_resting_on_context_as_uncertain() {
    let plan = overview_of(
        OBJECTIVES,
        &[
            "{id: A, title: Työnhakuvalmennus, objectives: [O-TYO]}",
            "{id: B, title: Evening club, sector: library}",
            "{id: C, title: Anti-racism training}",
        ],
    );
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    // Wide enough that no reason cell wraps, so each reads on one line.
    let wide = draw::TextOptions {
        width: Some(160),
        ..options(true)
    };
    let out = draw::text(&plan, &ov, None, &wide);
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // Each level's table marks its uncertain rows with `?` and names them underneath.
    assert!(
        words.contains("? objective O-TYO") && words.contains("? sector: library"),
        "{out}"
    );
    assert!(
        words.contains("? uncertain: placed on a weak word or on context alone"),
        "{out}"
    );
    assert!(words.contains("not on what they say they do: A;"), "{out}");
    assert!(words.contains("not on what they say they do: B;"), "{out}");
    assert!(!words.contains("they do: C"), "{out}");
    let json: serde_json::Value =
        serde_json::from_str(&draw::json(&plan, &ov, &[], Lang::En)).expect("JSON");
    let item = |id: &str| {
        json["items"]
            .as_array()
            .and_then(|a| a.iter().find(|i| i["id"] == id).cloned())
            .expect("item")
    };
    assert_eq!(item("A")["strength"], "context");
    assert_eq!(item("A")["evidence"], "objective");
    assert_eq!(item("A")["uncertain"], true);
    assert_eq!(item("B")["uncertain"], true);
    assert_eq!(item("C")["uncertain"], false);
    assert!(item("A")["reason"].is_string());
    assert_eq!(item("C")["strength"], "strong");
    assert_eq!(item("C")["evidence"], "word");
}

#[test]
fn links_naming_a_sector_count_for_its_base_coverage_in_every_language() {
    use goodrel::model::Sector;
    let links = "links:
  - {id: strategy, kind: municipal_strategy, title: Kuntastrategia, mainstreaming: \"Tavoite 2: varhaiskasvatus ja perusopetus ottavat maahanmuuttajataustaiset perheet huomioon.\"}
  - {id: welfare, kind: wellbeing_report_and_plan, title: Välfärdsplan, mainstreaming: \"Avsnitt 4: biblioteket och idrottstjänsterna når invandrare.\"}
  - {id: other, kind: other, title: Housing programme, mainstreaming: \"Chapter 3: city housing allocation prevents segregation.\"}
";
    let plan = overview_of(links, &["{id: A, title: Evening club, sector: culture}"]);
    let missing = sector_gap(&plan);
    for covered in [
        Sector::EarlyChildhoodEducation,
        Sector::BasicEducation,
        Sector::Library,
        Sector::Sports,
        Sector::Housing,
        Sector::Culture,
    ] {
        assert!(!missing.contains(&covered), "{covered:?} in {missing:?}");
    }
    assert!(missing.contains(&Sector::Transport));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    // Not pyramid items.
    assert_eq!(ov.placed_count(), 1);
    let via: Vec<String> = ov
        .linked_sectors
        .iter()
        .map(|l| l.via().to_string())
        .collect();
    assert_eq!(via[0], "via the municipal strategy");
    assert!(via.contains(&"via the wellbeing report and plan".to_owned()));
    assert!(via.contains(&"via Housing programme (other)".to_owned()));
    let out = draw::text(&plan, &ov, None, &options(true));
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("early childhood education (via the municipal strategy)"),
        "{out}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&draw::json(&plan, &ov, &[], Lang::En)).expect("JSON");
    assert_eq!(
        json["linked_sectors"][0]["via"],
        "via the municipal strategy"
    );
}

#[test]
fn links_that_name_no_sector_cover_nothing() {
    let links = "links:
  - {id: strategy, kind: municipal_strategy, title: Kuntastrategia, mainstreaming: \"Jokainen toimiala ottaa maahanmuuttajat huomioon.\"}
  - {id: welfare, kind: wellbeing_report_and_plan, title: Välfärdsplan, mainstreaming: \"Alla sektorer beaktar invandrare.\"}
  - {id: other, kind: other, title: Plan, mainstreaming: \"Every sector takes immigrants into account.\"}
  - {id: none, kind: other, title: Plan without a note}
";
    let plan = overview_of(links, &["{id: A, title: Evening club, sector: culture}"]);
    assert_eq!(
        sector_gap(&plan).len(),
        pyramid::gaps::BASE_SECTORS.len() - 1
    );
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    assert!(ov.linked_sectors.is_empty());
}

fn subareas_of(measure: &str) -> Vec<Subarea> {
    let p = place(measure);
    assert_eq!(p.level, Some(Level::Top), "{measure}: {p:?}");
    p.subareas
}

#[test]
fn a_listening_forum_after_a_hate_crime_is_community_support_in_every_language() {
    for m in [
        "{id: A, title: Kuulemistilaisuus maahanmuuttajaneuvoston kautta väkivaltaisten tapahtumien jälkeen, kind: hate_crime_response}",
        "{id: A, title: Samtal med invandrarrådet efter våldet, kind: hate_crime_response}",
        "{id: A, title: Listening forum through the immigrant council after violent incidents, kind: hate_crime_response}",
    ] {
        assert_eq!(
            subareas_of(m),
            vec![Subarea::HateCrimeResponse, Subarea::CommunitySupport],
            "{m}"
        );
    }
}

#[test]
fn a_forum_without_a_hate_crime_is_no_community_support() {
    for m in [
        "{id: A, title: Keskustelufoorumi maahanmuuttajaneuvoston kanssa, kind: dialogue}",
        "{id: A, title: Samtalsforum med invandrarrådet, kind: dialogue}",
        "{id: A, title: Listening forum with the immigrant council, kind: dialogue}",
    ] {
        assert_eq!(subareas_of(m), vec![Subarea::Dialogue], "{m}");
    }
}

#[test]
fn every_sub_area_suggestions_own_example_counts_for_that_sub_area() {
    for spec in &pyramid::subareas::SUBAREAS {
        let suggestion = pyramid::Suggestion::Subarea(spec.subarea)
            .message()
            .to_string();
        let example = goodrel::i18n::Message::new(spec.example).to_string();
        assert!(suggestion.contains(&example), "{suggestion}");
        // The suggestion, written as a top-level measure, covers its sub-area.
        let p = place(&format!(
            "{{id: A, title: \"{}\", kind: encounter}}",
            suggestion.replace('"', "")
        ));
        assert!(
            p.subareas.contains(&spec.subarea),
            "{:?} not found in its own suggestion: {suggestion} -> {:?}",
            spec.subarea,
            p.subareas
        );
    }
}

#[test]
fn the_oulu_like_forum_now_covers_community_support() {
    let plan = load_example();
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    let gaps = pyramid::gaps(&plan, &ov);
    assert!(
        !gaps
            .iter()
            .any(|g| g.kind == GapKind::SubareaMissing(Subarea::CommunitySupport)),
        "{gaps:#?}"
    );
}

#[test]
fn anonymous_recruitment_and_summer_jobs_are_placed_in_every_language() {
    for m in [
        "{id: A, title: Anonyymi rekrytointi kaupungin tehtäviin}",
        "{id: A, title: Anonym rekrytering i stadens förvaltningar}",
        "{id: A, title: Anonymous recruitment in city jobs}",
        "{id: A, title: Nuorten kesätyöt kaupungin yksiköissä}",
        "{id: A, title: Sommarjobb för unga}",
        "{id: A, title: Summer jobs for young people}",
    ] {
        inferred(m, Level::Base, Signal::Word);
    }
    // A targeted version is in the middle.
    inferred(
        "{id: A, title: Kesätyöt maahanmuuttajanuorille}",
        Level::Middle,
        Signal::Word,
    );
}

#[test]
fn lookalikes_of_the_new_words_do_not_place() {
    unplaced("{id: A, title: Anonyymi palautekysely}");
    unplaced("{id: A, title: Anonym enkät}");
    unplaced("{id: A, title: Anonymous feedback survey}");
    unplaced("{id: A, title: Kesäjuhlat}");
    unplaced("{id: A, title: Sommarfest i parken}");
    unplaced("{id: A, title: Summer festival}");
}

// --- issue 21: readings learnt from 290 more real measures ------------------------------------

#[test]
fn newcomers_and_the_majority_named_side_by_side_meet_in_every_language() {
    each_inferred(
        &[
            "Projects where citizens of Danish and other ethnic backgrounds meet and do activities together",
            "Projekter, hvor borgere med dansk og anden etnisk baggrund mødes og laver aktiviteter sammen",
            "Samarbejde om at bygge bro imellem flygtninge og danskere",
            "Toimintaa, joka pyrkii yhdistämään valtaväestöä ja maahanmuuttajia",
            "Äldre, unga och nyanlända bor tillsammans och umgås",
            "Quizen der de nye landsmennene ble plassert sammen med lokale",
        ],
        Level::Top,
        Signal::GroupsMeet,
    );
}

#[test]
fn one_group_or_a_general_service_together_is_no_encounter() {
    // Newcomer children are one group; pupils of all backgrounds learning together is the
    // school's general work; new Swedes are newcomers, not the majority.
    for title in [
        "Newly arrived children learn together in the preparatory class",
        "Pupils of all backgrounds learn together at school",
        "New Swedes and refugees get advice together",
        "Services that meet the needs of newcomers and long-time residents alike",
    ] {
        let p = place(&titled(title));
        assert_ne!(p.level, Some(Level::Top), "{title}: {p:?}");
    }
}

#[test]
fn a_racist_incident_answered_is_a_hate_crime_response_in_every_language() {
    for title in [
        "Racist graffiti removed from the school wall and a crime report made",
        "Koulun seinään piirretyt rasistiset töhryt poistettiin ja tehtiin rikosilmoitus",
        "Rasistiskt klotter på skolan togs bort och polisanmälan gjordes",
        "Rasistiske trusler mot elever ble politianmeldt",
        "Racistisk hærværk på skolen blev politianmeldt",
    ] {
        let p = inferred(&titled(title), Level::Top, Signal::StrongWord);
        assert_eq!(p.subareas, vec![Subarea::HateCrimeResponse], "{title}");
    }
    // Racism without an incident stays anti-racism work.
    inferred(
        "{id: A, title: Anti-racism training for teachers}",
        Level::Middle,
        Signal::StrongWord,
    );
}

#[test]
fn interpreting_in_an_ordinary_service_is_the_base_and_for_newcomers_the_middle() {
    inferred(
        "{id: A, title: Providing interpreters at council meetings and consultations}",
        Level::Base,
        Signal::Word,
    );
    inferred(
        "{id: A, title: Tolk i møte med kommunale tenester}",
        Level::Base,
        Signal::Word,
    );
    inferred(
        "{id: A, title: Tolkservice för invandrare}",
        Level::Middle,
        Signal::Word,
    );
}

#[test]
fn a_dialogue_with_the_city_is_participation_of_residents_or_of_a_group() {
    inferred(
        "{id: A, title: \"Dialogue meetings where associations talked with politicians about cooperation\"}",
        Level::Base,
        Signal::Word,
    );
    inferred(
        "{id: A, title: Dialogue meeting between the municipality and immigrants}",
        Level::Middle,
        Signal::Word,
    );
}

#[test]
fn a_general_service_adapted_to_diverse_needs_is_mainstreaming() {
    let p = inferred(
        "{id: A, title: Nuorisopalveluiden kehittäminen etnisten vähemmistöryhmien tarpeisiin}",
        Level::Base,
        Signal::Word,
    );
    // The reason names the service and the words that fit it to its users.
    assert!(
        p.reason.contains("nuorisopalveluiden … tarpeisiin"),
        "{}",
        p.reason
    );
    inferred(
        "{id: A, title: \"The city's website is developed so that immigrants find their way more easily\"}",
        Level::Base,
        Signal::Word,
    );
    // Language training stays a targeted service however it is adapted.
    inferred(
        "{id: A, title: Language training adapted to the needs of working parents}",
        Level::Middle,
        Signal::Word,
    );
}

#[test]
fn councils_are_known_by_more_names_and_outrank_for_all() {
    inferred(
        "{id: A, title: Internasjonalt råd ber om at integrering synliggjøres i alle virksomheters planer}",
        Level::Middle,
        Signal::StrongWord,
    );
    inferred(
        "{id: A, title: The international council comments on the master plan}",
        Level::Middle,
        Signal::StrongWord,
    );
}

#[test]
fn a_plan_listing_encounters_among_its_strategies_is_a_plan_for_its_field() {
    let p = place(
        "{id: A, title: Multicultural Plan 2017-2021, description: \"strategies that address the barriers faced by culturally and linguistically diverse communities and bring together all of our cultures\"}",
    );
    assert_eq!(p.level, Some(Level::Middle), "{p:?}");
    // Without a plan the same words are an encounter.
    inferred(
        "{id: A, title: Festival that brings together all of our cultures}",
        Level::Top,
        Signal::GroupsMeet,
    );
}

#[test]
fn language_access_in_ordinary_services_is_the_base() {
    for title in [
        "Bilingual staffing of public contact positions in recreation centres",
        "Language access in 911, police and City Hall",
    ] {
        let p = place(&titled(title));
        assert_eq!(p.level, Some(Level::Base), "{title}: {p:?}");
    }
}

#[test]
fn a_nationality_names_the_majority_only_as_a_whole_word() {
    // "danske" (Danish) and "svenska" (Swedish) are adjectives of language and society, not
    // the Danes and the Swedes beside whom newcomers would make two groups.
    for title in [
        "Flygtninge mødes til danske samtaler på biblioteket",
        "Nyanlända träffas och lär sig om det svenska samhället",
    ] {
        let p = place(&titled(title));
        assert_ne!(p.signal, Some(Signal::GroupsMeet), "{title}: {p:?}");
    }
    inferred(
        "{id: A, title: Flygtninge og danskere mødes}",
        Level::Top,
        Signal::GroupsMeet,
    );
}

#[test]
fn extremism_and_radicalisation_are_a_specific_situation() {
    inferred(
        "{id: A, title: Mentors for young people in a radicalisation process}",
        Level::Middle,
        Signal::Word,
    );
}

// --- issue 21: readings learnt from the sixth held-out set ------------------------------------

#[test]
fn an_event_of_many_cultures_is_an_encounter_in_every_language() {
    for title in [
        "Multicultural town festival in the old tower",
        "Monikulttuurinen itsenäisyyspäivän juhla kaikille avoimena",
        "Multikulturell stadsfestival med integration som huvudtema",
        "Mangfoldskveld i biblioteket",
        "Internasjonal kveld i kulturhuset",
        "Multikulturel sommerfest i parken",
    ] {
        let p = inferred(&titled(title), Level::Top, Signal::GroupsMeet);
        assert_eq!(p.subareas, vec![Subarea::Encounters], "{title}");
    }
}

#[test]
fn a_plan_or_a_service_of_many_cultures_is_no_event() {
    // "Multicultural" beside no event, an event far from it, and the Nordic "eventuell",
    // which starts with the English "event".
    for title in [
        "Multicultural action plan for the council's services",
        "Guidance for international students at the adult education centre",
        "Flerspråkighet i förskolan: barn med annat modersmål och eventuella tolkbehov",
    ] {
        let p = place(&titled(title));
        assert_ne!(p.level, Some(Level::Top), "{title}: {p:?}");
    }
}

#[test]
fn a_public_meeting_about_a_reception_centre_is_a_dialogue_in_every_language() {
    for title in [
        "Public meeting about the new reception centre for asylum seekers",
        "Infotilaisuus kuntalaisille uudesta vastaanottokeskuksesta",
        "Informationsmöte om det nya asylboendet",
        "Folkemøte om asylmottak i grendahuset",
        "Borgermøde om det nye asylcenter",
    ] {
        let p = inferred(&titled(title), Level::Top, Signal::StrongWord);
        assert!(p.subareas.contains(&Subarea::Dialogue), "{title}: {p:?}");
    }
    // A meeting after an act of violence handles a confrontation.
    let p = inferred(
        "{id: A, title: Turvallisuusilta asukkaille väkivallanteon jälkeen}",
        Level::Top,
        Signal::StrongWord,
    );
    assert!(p.subareas.contains(&Subarea::Mediation), "{p:?}");
}

#[test]
fn a_reception_centre_without_a_public_meeting_is_reception_work() {
    for title in [
        "The city rents flats to the reception centre so that it can take more residents",
        "Kirjaston työntekijät jalkautuivat vastaanottokeskuksiin",
        "Information meeting on study paths for adult learners",
    ] {
        let p = place(&titled(title));
        assert_ne!(p.level, Some(Level::Top), "{title}: {p:?}");
    }
}

#[test]
fn restorative_practice_is_mediation_in_every_language() {
    for title in [
        "Restorative practice in the upper classes of every school",
        "Restoratiivinen sovittelu kouluissa",
        "Restorativ praktik i skolan",
        "Gjenopprettende praksis i ungdomsskolen",
        "Genoprettende praksis i udskolingen",
    ] {
        let p = inferred(&titled(title), Level::Top, Signal::StrongWord);
        assert!(p.subareas.contains(&Subarea::Mediation), "{title}: {p:?}");
    }
    let p = place("{id: A, title: Restoration of the old town hall}");
    assert_ne!(p.level, Some(Level::Top), "{p:?}");
}

#[test]
fn safety_walks_are_general_safety_work_in_every_language() {
    for title in [
        "Safety walks in the housing areas",
        "Area walks and district meetings",
        "Turvallisuuskävelyt asuinalueilla",
        "Trygghetsvandringar i bostadsområdena",
        "Tryghedsvandringer i boligområderne",
    ] {
        // What led to the walks (noise and conflicts) does not make them mediation.
        inferred(
            &format!(
                "{{id: A, title: \"{title}\", description: \"som følge af støj og konflikter\"}}"
            ),
            Level::Base,
            Signal::StrongWord,
        );
    }
}

#[test]
fn two_groups_far_apart_in_a_long_text_are_not_side_by_side() {
    // The coordinator's title names immigration; "locals" comes thirty words later: no
    // encounter.
    let p = place(
        "{id: A, title: \"Joint immigration coordinator of three towns\", description: \
         \"the coordinator is responsible for coordinating the statutory integration tasks of \
         the municipalities, mainly settlement, guidance and advice, and the information work \
         of the three towns, with their associations and the locals together\"}",
    );
    assert_ne!(p.level, Some(Level::Top), "{p:?}");
    // Side by side, in the words of every Nordic language: neighbours are the majority.
    each_inferred(
        &[
            "Asylum seekers and their neighbours solve problems together",
            "Asylansøgerne og naboerne løser problemer sammen",
            "Asylsøkerne og naboene løser problemer sammen",
            "Asylsökande och grannar löser problem tillsammans",
        ],
        Level::Top,
        Signal::GroupsMeet,
    );
}

// --- issue 21: readings learnt from the seventh held-out set ----------------------------------

#[test]
fn a_councils_event_that_brings_groups_together_is_an_encounter() {
    // Councils stay in the middle unless their recorded work is an encounter or a dialogue
    // between groups: here it is.
    each_inferred(
        &[
            "Innvandrerrådet inviterer til dialogkafé på biblioteket: en møteplass mellom innvandrere og lokalbefolkningen",
            "The immigrant council invites to a dialogue café at the library, a meeting place between immigrants and local people",
        ],
        Level::Top,
        Signal::GroupsMeet,
    );
    inferred(
        "{id: A, title: The immigrant council holds a dialogue with the city's politicians}",
        Level::Middle,
        Signal::StrongWord,
    );
}

#[test]
fn a_council_named_for_newcomers_is_a_structure_of_the_group() {
    each_inferred(
        &[
            "Nyt råd for internationale borgere og flygtninge, for alle borgere på øen",
            "A new council for refugees and international residents, open to all residents",
            "Nytt råd för nyanlända, öppet för alla",
            "Maahanmuuttajien neuvosto perustetaan kaikille avoimeksi",
        ],
        Level::Middle,
        Signal::StrongWord,
    );
    // The city council deciding about refugees is no council of refugees.
    let p = place("{id: A, title: \"The council decided to receive twenty refugees a year\"}");
    assert_ne!(p.signal, Some(Signal::StrongWord), "{p:?}");
}

#[test]
fn a_dialogue_with_other_municipalities_is_no_dialogue_between_groups() {
    for title in [
        "Fast kvote på 20 flygtninge årligt | dialog med de fire kommuner om at modtage flygtninge",
        "A fixed quota of 20 refugees a year, in dialogue with four municipalities",
    ] {
        let p = place(&titled(title));
        assert_eq!(p.level, Some(Level::Middle), "{title}: {p:?}");
    }
}

#[test]
fn a_safety_dialogue_with_the_church_and_the_police_is_general_safety_work() {
    for title in [
        "Dialogue meeting on safety after the thefts, with residents, the church and the police",
        "Dialogmøte om tryggleik etter tjuveria, med innbyggjarar, kyrkja og politiet",
        "Dialogmöte om trygghet efter stölderna, med invånare, kyrkan och polisen",
    ] {
        let p = place(&titled(title));
        assert_ne!(p.level, Some(Level::Top), "{title}: {p:?}");
    }
    // Faith communities in a dialogue about something else: a dialogue between groups.
    inferred(
        "{id: A, title: Dialogue between the mosque and the church on living together}",
        Level::Top,
        Signal::StrongWord,
    );
}

#[test]
fn a_national_minority_is_a_group_in_every_language() {
    each_inferred(
        &[
            "Consultation meetings within the Finnish administrative area",
            "Samrådsmöten inom det finska förvaltningsområdet",
            "Sverigefinnarnas önskemål om service på finska",
            "Ruotsinsuomalaisten toiveet palveluista suomeksi",
            "Consultation with the national minorities",
        ],
        Level::Middle,
        Signal::StrongWord,
    );
}

#[test]
fn a_welcoming_programme_is_for_newcomers_though_it_names_all_residents() {
    each_inferred(
        &[
            "Council joins the Welcoming Communities programme, where all residents can belong",
            "Office of New Americans to improve access to city services for all",
            "Welcome Office: information for all who move to the town",
        ],
        Level::Middle,
        Signal::StrongWord,
    );
}

#[test]
fn work_against_segregation_is_the_base_though_it_names_a_group() {
    each_inferred(
        &[
            "Allocation of rental housing reviewed to prevent segregation of immigrants",
            "Modell för att följa segregationens utveckling, med riktade åtgärder i bostadsområden",
            "Lähiöohjelma: eriytymisen ehkäisy ja maahanmuuttajien asuminen",
        ],
        Level::Base,
        Signal::StrongWord,
    );
}

#[test]
fn english_arrangements_are_no_event() {
    // The Nordic "arrangement" is an event; the English "arrangements" are not.
    let p = place(
        "{id: A, title: \"Guidance for immigrants and local residents on housing arrangements\"}",
    );
    assert_ne!(p.signal, Some(Signal::GroupsMeet), "{p:?}");
    inferred(
        "{id: A, title: \"Arrangement der nye og gamle innbyggere møtes\"}",
        Level::Top,
        Signal::GroupsMeet,
    );
}

// --- issue 21: readings learnt from the eighth held-out set -----------------------------------

#[test]
fn the_newcomers_settling_in_is_not_the_established_residents() {
    // "etableringen" (the settling-in programme) starts like "etablerade" (established), and
    // "establishment" like "established".
    for title in [
        "Kommunvägledare för nysvenskar, för att snabba på etableringen; arrangemang i biblioteket",
        "A municipal guide for new Swedes to speed up their establishment; events at the library",
    ] {
        let p = inferred(&titled(title), Level::Middle, Signal::Word);
        assert_ne!(p.signal, Some(Signal::GroupsMeet), "{title}");
    }
    inferred(
        "{id: A, title: \"Nyanlända och etablerade invånare möts\"}",
        Level::Top,
        Signal::GroupsMeet,
    );
}

#[test]
fn celebrating_many_cultures_is_an_event_of_many_cultures() {
    each_inferred(
        &[
            "Kommunen fejrer den kulturelle diversitet med aktiviteter for borgerne",
            "The town celebrates multiculturalism with a day in the park",
        ],
        Level::Top,
        Signal::GroupsMeet,
    );
    // A festival's name alone, without a word of an event, is not enough.
    let p = place(&titled("Multicultura i parken"));
    assert_ne!(p.level, Some(Level::Top), "{p:?}");
}

#[test]
fn knowing_each_other_across_groups_is_an_encounter_in_every_language() {
    each_inferred(
        &[
            "Målet er et samfunn på tvers av etnisitet hvor vi blir sett av og kjent med hverandre",
            "The aim is a town across ethnicity where people of different backgrounds know each other",
            "Målet är att människor med olika bakgrund ska känna varandra",
        ],
        Level::Top,
        Signal::GroupsMeet,
    );
}

#[test]
fn a_refugee_guide_is_a_befriending_scheme_in_every_language() {
    for title in [
        "Refugee guides wanted",
        "Flyktningguider søkes",
        "Flyktingguider sökes",
    ] {
        let p = inferred(&titled(title), Level::Top, Signal::StrongWord);
        assert_eq!(p.subareas, vec![Subarea::Encounters], "{title}");
    }
}

// --- a sub-area needs a measure that says what is done ----------------------------------------

fn subarea_gaps(measures: &str) -> Vec<GapKind> {
    let plan = load(&format!("{HEAD}measures:\n{measures}"));
    let ov = pyramid::overview(&plan, &pyramid::Options::default());
    pyramid::gaps(&plan, &ov)
        .into_iter()
        .map(|g| g.kind)
        .filter(|k| matches!(k, GapKind::SubareaMissing(_) | GapKind::SubareaBare { .. }))
        .collect()
}

#[test]
fn a_bare_title_names_a_sub_area_without_covering_it() {
    let gaps = subarea_gaps(
        "  - {id: M1, title: Sovittelu}
  - {id: M2, title: Dialogi, description: lisätään myöhemmin}
  - {id: M3, title: Kohtaamiset, kind: encounter}
",
    );
    for (subarea, item) in [
        (Subarea::Mediation, "M1"),
        (Subarea::Dialogue, "M2"),
        (Subarea::Encounters, "M3"),
    ] {
        assert!(
            gaps.contains(&GapKind::SubareaBare {
                subarea,
                items: vec![item.to_owned()]
            }),
            "{subarea:?}: {gaps:#?}"
        );
    }
}

#[test]
fn a_described_measure_covers_its_sub_area() {
    let gaps = subarea_gaps(
        "  - id: M1
    title: Sovittelu
    description: Naapurisovittelijat auttavat asukkaita ratkaisemaan riitoja taloyhtiöissä yhdessä isännöitsijän kanssa.
",
    );
    assert!(
        !gaps.iter().any(|k| matches!(
            k,
            GapKind::SubareaMissing(Subarea::Mediation)
                | GapKind::SubareaBare {
                    subarea: Subarea::Mediation,
                    ..
                }
        )),
        "{gaps:#?}"
    );
    assert!(gaps.contains(&GapKind::SubareaMissing(Subarea::Dialogue)));
}

// --- issue 21: readings learnt from the ninth held-out set ------------------------------------

#[test]
fn the_same_offer_as_everyone_else_is_mainstreaming_in_every_language() {
    each_inferred(
        &[
            "Samme tilbud til flygtninge som alle andre ledige borgere",
            "The same offer for refugees as for all other unemployed residents",
            "Nykyiset palvelut sopiviksi myös maahanmuuttajille",
            "Biblioteket anpassar sina tjänster även för nyanlända",
        ],
        Level::Base,
        Signal::StrongWord,
    );
}

#[test]
fn an_introduction_programme_is_targeted_though_it_is_on_an_equal_footing() {
    each_inferred(
        &[
            "Selvforsørgelses- og hjemrejseprogram for nyankomne flygtninge, på lige fod med andre ledige",
            "Introduksjonsprogram for nyankomne flyktninger",
            "Introduction programme for refugees on the same terms as other jobseekers",
        ],
        Level::Middle,
        Signal::StrongWord,
    );
}

#[test]
fn the_swedish_finns_is_no_people() {
    // "det finns" (there is) in Swedish is not the English "Finns".
    let p = place(
        "{id: A, title: \"Föreningsträff om de asylsökande som finns i kommunen; företrädare träffades\"}",
    );
    assert_ne!(p.signal, Some(Signal::GroupsMeet), "{p:?}");
    inferred(
        "{id: A, title: \"An event for both Finns and Ukrainians\"}",
        Level::Top,
        Signal::GroupsMeet,
    );
}

#[test]
fn a_discussion_event_of_the_city_with_newcomers_is_participation() {
    let p = inferred(
        "{id: A, title: \"Kaupungin elinvoimaverkoston keskustelutilaisuus ulkomaalaisten muuttajien kotoutumisesta\"}",
        Level::Middle,
        Signal::Word,
    );
    assert_ne!(p.level, Some(Level::Top));
    // Between residents, without the authority, it stays a dialogue.
    inferred(
        "{id: A, title: \"Keskustelutilaisuus naapuruston asukkaille\"}",
        Level::Top,
        Signal::Word,
    );
}
