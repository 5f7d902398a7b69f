//! The governance view and analysis: the multilevel map and its suggestions, the
//! identification -> recognition -> action trace, council quality elements, the
//! cooperation-group threshold, ESIS hashes, the text view (snapshots) and the CLI.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::path::{Path, PathBuf};

use goodrel::governance::levels::PieceKind;
use goodrel::governance::trace::{LanguageProvision, NeedState};
use goodrel::governance::{self, esis, quality, trace};
use goodrel::model::date::Date;
use goodrel::model::{GovernanceLevel, Plan};
use goodrel::render::Style;
use goodrel::{CheckOptions, check_dir, load_plan};

const AS_OF: &str = "2026-11-23";

fn as_of() -> Date {
    Date::parse(AS_OF).unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(dir: &Path) -> Plan {
    let options = CheckOptions {
        as_of: as_of(),
        ..CheckOptions::default()
    };
    let (built, empty) = load_plan(dir, &options).unwrap();
    assert!(!empty, "no plan files in {}", dir.display());
    assert!(
        built
            .findings
            .iter()
            .all(|f| !f.rule.id.starts_with("PLAN")),
        "format findings in {}: {:?}",
        dir.display(),
        built
            .findings
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    built.plan
}

/// A copy of `src` in a temporary directory, so a test can edit it.
fn copy_dir(src: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_plan(src, tmp.path());
    tmp
}

/// Removes the YAML list item that starts with `  - id: <id>` (up to the next item at the
/// same depth or the end of the list).
fn remove_item(file: &Path, id: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut out = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with("  - ") {
            skipping = line.trim_start_matches("  - ").trim() == format!("id: {id}");
        } else if !line.starts_with("   ") && !line.trim().is_empty() {
            skipping = false;
        }
        if !skipping {
            out.push(line);
        }
    }
    assert_ne!(
        out.len(),
        text.lines().count(),
        "{id} not found in {}",
        file.display()
    );
    std::fs::write(file, out.join("\n") + "\n").unwrap();
}

/// The 1-based line of the first line containing `needle`.
fn line_of(file: &Path, needle: &str) -> usize {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

fn missing_keys(plan: &Plan) -> Vec<&'static str> {
    governance::levels::missing(plan)
        .into_iter()
        .map(|m| m.key)
        .collect()
}

// ---------------------------------------------------------------------------------------
// The multilevel map.

#[test]
fn a_plan_without_regional_partners_and_links_gets_them_named_as_suggestions() {
    let plan = load(&root().join("tests/fixtures/governance/local-only"));
    let missing = governance::levels::missing(&plan);
    let regional: Vec<(&str, PieceKind)> = missing
        .iter()
        .filter(|m| m.level == GovernanceLevel::Regional)
        .map(|m| (m.key, m.kind))
        .collect();
    for key in [
        "regional_authority",
        "wellbeing_services_county",
        "regional_cooperation_group",
        "regional_etno",
        "wellbeing_services_county_plan",
    ] {
        assert!(
            regional.iter().any(|(k, _)| *k == key),
            "{key} not suggested: {regional:?}"
        );
    }
    let keys = missing_keys(&plan);
    for key in [
        "security_plan",
        "roma_policy",
        "valko",
        "non_discrimination_plan",
    ] {
        assert!(keys.contains(&key), "{key} not suggested: {keys:?}");
    }
    // Suggestions are the view's, never findings of `check`.
    let report = check_dir(
        &root().join("tests/fixtures/governance/local-only"),
        &CheckOptions {
            as_of: as_of(),
            ..CheckOptions::default()
        },
    )
    .unwrap();
    assert!(
        report
            .findings
            .iter()
            .all(|f| !f.message.to_string().contains("reference set"))
    );
}

#[test]
fn missing_pieces_disappear_once_present() {
    let plan = load(&root().join("tests/fixtures/governance/full"));
    let keys = missing_keys(&plan);
    for present in [
        "regional_authority",
        "wellbeing_services_county",
        "regional_cooperation_group",
        "regional_etno",
        "valko",
        "security_plan",
        "council",
        "national_structure",
    ] {
        assert!(!keys.contains(&present), "{present} wrongly missing");
    }
}

#[test]
fn incomplete_example_names_its_missing_regional_partner_and_programme_links() {
    let (code, stdout, _) = run(&[
        "governance",
        "examples/incomplete",
        "--format",
        "json",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{stdout}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let missing: Vec<(String, String, String)> = json["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["level"].as_str().unwrap().to_owned(),
                m["kind"].as_str().unwrap().to_owned(),
                m["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let has = |level: &str, kind: &str, text: &str| {
        missing
            .iter()
            .any(|(l, k, m)| l == level && k == kind && m.contains(text))
    };
    // The plan names its ELY Centre as regional authority but not among its actors.
    assert!(
        has(
            "regional",
            "partner",
            "Harjumaan ELY-keskus (the plan's regional authority)"
        ),
        "{missing:?}"
    );
    assert!(has(
        "regional",
        "structure",
        "regional integration cooperation group"
    ));
    assert!(has("regional", "programme_link", "regional ETNO"));
    assert!(has(
        "regional",
        "programme_link",
        "wellbeing services county's planning"
    ));
    assert!(has("national", "programme_link", "National Roma Policy"));
    // The text view says the same, as suggestions.
    let (_, text, _) = run(&["governance", "examples/incomplete", "--as-of", AS_OF]);
    assert!(text.contains("suggestions, not errors"), "{text}");
    assert!(
        text.contains("Harjumaan") && text.contains("ELY-keskus"),
        "{text}"
    );
}

#[test]
fn city_example_populates_local_regional_and_national_levels() {
    let plan = load(&root().join("examples/city"));
    let map = governance::levels::map(&plan);
    for level in [
        GovernanceLevel::Local,
        GovernanceLevel::Regional,
        GovernanceLevel::National,
    ] {
        let row = map.rows.iter().find(|r| r.level == level).unwrap();
        assert!(!row.actors.is_empty(), "no actors at {level:?}");
        assert!(!row.links.is_empty(), "no programme links at {level:?}");
    }
    let (code, stdout, _) = run(&[
        "governance",
        "examples/city",
        "--format",
        "json",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["version"], 1);
    let levels = json["levels"].as_array().unwrap();
    for name in ["local", "regional", "national"] {
        let level = levels.iter().find(|l| l["level"] == name).unwrap();
        assert!(!level["actors"].as_array().unwrap().is_empty(), "{name}");
    }
}

#[test]
fn levels_are_inferred_from_kinds_unless_declared() {
    let plan = load(&root().join("tests/fixtures/governance/full"));
    let map = governance::levels::map(&plan);
    let level_of = |id: &str| {
        map.rows
            .iter()
            .find(|r| {
                r.actors.iter().any(|a| a.item.id == id)
                    || r.structures.iter().any(|s| s.item.id == id)
                    || r.links.iter().any(|l| l.item.id == id)
            })
            .map(|r| r.level)
    };
    assert_eq!(level_of("county"), Some(GovernanceLevel::Regional));
    assert_eq!(level_of("vitality"), Some(GovernanceLevel::Regional));
    assert_eq!(level_of("tem"), Some(GovernanceLevel::National));
    assert_eq!(level_of("icc"), Some(GovernanceLevel::International));
    assert_eq!(level_of("regional-group"), Some(GovernanceLevel::Regional));
    assert_eq!(level_of("forum"), Some(GovernanceLevel::National)); // declared
    assert_eq!(level_of("valko"), Some(GovernanceLevel::National));
    assert_eq!(level_of("etno"), Some(GovernanceLevel::Regional));
    assert_eq!(level_of("county-plan"), Some(GovernanceLevel::Regional));
    assert_eq!(level_of("security"), Some(GovernanceLevel::Local));
}

// ---------------------------------------------------------------------------------------
// The trace.

#[test]
fn removing_the_only_measure_answering_a_need_leaves_it_unanswered_at_its_line() {
    let tmp = copy_dir(&root().join("examples/city"));
    let before = load(tmp.path());
    let t = trace::trace(&before);
    assert_eq!(
        t.unanswered().count(),
        0,
        "the city example answers every need"
    );
    let need = t
        .needs()
        .find(|(_, n)| n.need.id == "N-COUNCIL-INITIATIVE")
        .unwrap()
        .1;
    let answering: Vec<&str> = need.answered_by.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(answering, ["M-GR-08"]);

    remove_item(&tmp.path().join("measures/good-relations.yaml"), "M-GR-08");
    let after = load(tmp.path());
    let t = trace::trace(&after);
    let unanswered: Vec<_> = t.unanswered().collect();
    assert_eq!(unanswered.len(), 1);
    let (k, n) = unanswered[0];
    assert_eq!(n.need.id, "N-COUNCIL-INITIATIVE");
    assert_eq!(k.consultation.id, "C-2024-IMMIGRANT-COUNCIL");
    let file = tmp.path().join("consultations.yaml");
    assert_eq!(
        n.location.span.start.line,
        line_of(&file, "id: N-COUNCIL-INITIATIVE")
    );
    assert!(n.location.file.ends_with("consultations.yaml"));
}

#[test]
fn the_trace_follows_needs_to_recognition_and_measures() {
    let plan = load(&root().join("tests/fixtures/governance/full"));
    let t = trace::trace(&plan);
    let k1 = &t.consultations[0];
    assert_eq!(k1.consultation.id, "K1");
    assert_eq!(k1.recognised_in.len(), 1);
    assert!(k1.recognised_in[0].structure.is_some());
    assert!(matches!(k1.language, LanguageProvision::Provided(ref l) if l == &["so"]));
    assert!(k1.needs.iter().all(|n| n.state == NeedState::Answered));
    let k2 = &t.consultations[1];
    assert!(k2.recognised_in.is_empty());
    assert_eq!(k2.language, LanguageProvision::NotNeeded);
    assert_eq!(k2.needs[0].state, NeedState::OnlyDropped);
    let citing_none: Vec<&str> = t
        .measures_citing_no_need
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(citing_none, ["M1", "M5"]); // M4 is dropped
}

#[test]
fn language_provision_depends_on_the_group_and_the_official_languages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.yaml"),
        "municipality:\n  name: T\n  official_languages: [fi]\nconsultations:\n\
         - {id: K1, title: a, date: 2026-01-01, method: hearing, groups: [immigrants], languages: [fi]}\n\
         - {id: K2, title: b, date: 2026-01-01, method: hearing, groups: [swedish_speakers], languages: [Finnish]}\n\
         - {id: K3, title: c, date: 2026-01-01, method: hearing, groups: [swedish_speakers], languages: [fi, svenska]}\n\
         - {id: K4, title: d, date: 2026-01-01, method: hearing, groups: [majority_population]}\n",
    )
    .unwrap();
    let plan = load(dir.path());
    let t = trace::trace(&plan);
    let provision: Vec<&LanguageProvision> = t.consultations.iter().map(|c| &c.language).collect();
    assert!(matches!(provision[0], LanguageProvision::Missing(_)));
    assert!(matches!(provision[1], LanguageProvision::Missing(_)));
    assert!(matches!(provision[2], LanguageProvision::Provided(_)));
    assert_eq!(provision[3], &LanguageProvision::NotNeeded);
}

// ---------------------------------------------------------------------------------------
// Council quality elements: each element fires when its field is taken away, and only then.

const COUNCIL_ELEMENT_RULES: [(&str, &str); 6] = [
    ("PAR010", "focus_issues"),
    ("PAR011", "rights"),
    ("PAR012", "linked_to"),
    ("PAR013", "membership"),
    ("PAR014", "skills_development"),
    ("PAR015", "resources"),
];

/// A council meeting all six elements; `without` drops the top-level field of one.
fn council_plan(without: Option<&str>) -> String {
    let fields = [
        (
            "focus_issues",
            "    focus_issues:\n      - period: {start: 2026-01-01, end: 2027-12-31}\n        issues: [housing]\n",
        ),
        ("rights", "    rights: [initiatives_to_council]\n"),
        ("linked_to", "    linked_to: [coop]\n"),
        (
            "membership",
            "    membership:\n      diversity: [languages, gender]\n      chair: Expertise in the mandate\n",
        ),
        ("skills_development", "    skills_development: [training]\n"),
        ("resources", "    resources: {meeting_fees: true}\n"),
    ];
    let mut s = String::from(
        "municipality:\n  name: T\nstructures:\n  - id: coop\n    name: Cooperation group\n    kind: cooperation_group\n  - id: C1\n    name: Immigrant council\n    kind: council\n",
    );
    for (name, text) in fields {
        if Some(name) != without {
            s.push_str(text);
        }
    }
    s
}

fn council_findings(yaml: &str) -> Vec<(&'static str, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), yaml).unwrap();
    let report = check_dir(
        dir.path(),
        &CheckOptions {
            as_of: as_of(),
            ..CheckOptions::default()
        },
    )
    .unwrap();
    report
        .findings
        .iter()
        .filter(|f| COUNCIL_ELEMENT_RULES.iter().any(|(id, _)| *id == f.rule.id))
        .map(|f| (f.rule.id, f.message.to_string()))
        .collect()
}

#[test]
fn a_council_meeting_every_element_is_quiet() {
    assert_eq!(council_findings(&council_plan(None)), vec![]);
}

#[test]
fn each_missing_council_element_fires_its_own_rule_only() {
    for (rule, field) in COUNCIL_ELEMENT_RULES {
        let found = council_findings(&council_plan(Some(field)));
        let ids: Vec<&str> = found.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, [rule], "without `{field}`: {found:?}");
        assert!(found[0].1.contains("council C1 'Immigrant council'"));
    }
}

#[test]
fn a_council_without_initiative_mandate_or_meeting_fees_is_told_so() {
    let found = council_findings(&council_plan(Some("rights")));
    assert!(
        found[0]
            .1
            .contains("no mandate to submit initiatives to the municipal council")
    );
    let found = council_findings(&council_plan(Some("resources")));
    assert!(found[0].1.contains("meeting fee"));
}

// ---------------------------------------------------------------------------------------
// The cooperation group's cycle and ESIS.

#[test]
fn the_plan_cycle_asks_for_two_to_four_meetings_a_year() {
    let plan_with = |freq: Option<&str>| {
        let dir = tempfile::tempdir().unwrap();
        let mut yaml = String::from("municipality:\n  name: T\n");
        if let Some(f) = freq {
            yaml.push_str(&format!(
                "indicators:\n  - {{id: I1, name: x, frequency: {f}}}\n"
            ));
        }
        std::fs::write(dir.path().join("plan.yaml"), yaml).unwrap();
        quality::required_meetings(&load(dir.path())).per_year
    };
    assert_eq!(plan_with(None), 2.0);
    assert_eq!(plan_with(Some("yearly")), 2.0);
    assert_eq!(plan_with(Some("twice_a_year")), 2.0);
    assert_eq!(plan_with(Some("quarterly")), 4.0);
    assert_eq!(plan_with(Some("monthly")), 4.0);
    assert_eq!(plan_with(Some("as_needed")), 2.0);
}

#[test]
fn esis_hashes_match_the_statements_in_order() {
    // The pass fixture of PAR032 holds the statements (test data; the product keeps hashes).
    let plan = load(&root().join("tests/fixtures/rules/PAR032/pass.yaml"));
    let items = &plan.indicators[0].items;
    assert_eq!(items.len(), esis::STATEMENTS);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(esis::which_statement(item), Some(i), "item {}", i + 1);
    }
    assert!(esis::check_items(items).is_empty());
    let mut swapped = items.clone();
    swapped.swap(0, 9);
    assert_eq!(
        esis::check_items(&swapped),
        vec![
            esis::ItemProblem::OutOfOrder {
                index: 0,
                statement: 9
            },
            esis::ItemProblem::OutOfOrder {
                index: 9,
                statement: 0
            }
        ]
    );
}

// ---------------------------------------------------------------------------------------
// The text view and the CLI.

fn view(dir: &str, with_trace: bool) -> String {
    let mut plan = load(&root().join(dir));
    plan.root = dir.to_owned();
    let o = governance::overview(&plan, as_of(), with_trace);
    goodrel::render::governance::text(
        &plan,
        &o,
        as_of(),
        Style::default(),
        goodrel::i18n::Lang::En,
    )
}

#[test]
fn text_view_of_a_full_plan_with_trace() {
    let text = view("tests/fixtures/governance/full", true);
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn text_view_of_a_local_only_plan() {
    let text = view("tests/fixtures/governance/local-only", true);
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    insta::assert_snapshot!(text);
}

fn view_in(dir: &str, lang: goodrel::i18n::Lang) -> String {
    let mut plan = load(&root().join(dir));
    plan.root = dir.to_owned();
    let o = governance::overview(&plan, as_of(), true);
    goodrel::render::governance::text(&plan, &o, as_of(), Style::default(), lang)
}

#[test]
fn the_view_speaks_finnish_and_swedish() {
    use goodrel::i18n::Lang;
    let fi = view_in("tests/fixtures/governance/full", Lang::Fi);
    assert!(fi.lines().all(|l| l.chars().count() <= 80), "{fi}");
    for heading in [
        "Monitasokartta (CoE-MLG, osa II)",
        "Osallisuuden muodot",
        "Yhteistyöryhmät suhteessa suunnitelman kiertoon",
        "Tunnistaminen -> tunnustaminen -> toiminta",
    ] {
        assert!(fi.contains(heading), "{heading}: {fi}");
    }
    let sv = view_in("tests/fixtures/governance/full", Lang::Sv);
    assert!(sv.lines().all(|l| l.chars().count() <= 80), "{sv}");
    assert!(sv.contains("Flernivåkarta (CoE-MLG, del II)"), "{sv}");
    assert!(sv.contains("Former av delaktighet"), "{sv}");
    for text in [&fi, &sv] {
        for english in [
            "Multilevel map",
            "Participation forms",
            "Missing against",
            "recognised in:",
            "discussion sessions:",
        ] {
            assert!(!text.contains(english), "{english}: {text}");
        }
    }
}

#[test]
fn json_keeps_its_keys_and_speaks_the_reader_s_language() {
    use goodrel::i18n::Lang;
    let plan = load(&root().join("examples/incomplete"));
    let o = governance::overview(&plan, as_of(), false);
    let en: serde_json::Value = serde_json::from_str(&goodrel::render::governance::json(
        &plan,
        &o,
        as_of(),
        Lang::En,
    ))
    .unwrap();
    let fi: serde_json::Value = serde_json::from_str(&goodrel::render::governance::json(
        &plan,
        &o,
        as_of(),
        Lang::Fi,
    ))
    .unwrap();
    assert_eq!(en["missing"][0]["key"], fi["missing"][0]["key"]);
    assert_eq!(en["missing"][0]["level"], fi["missing"][0]["level"]);
    assert_ne!(en["missing"][0]["message"], fi["missing"][0]["message"]);
    assert!(
        fi["cooperation_groups"]["because"]
            .as_str()
            .unwrap()
            .contains("vähintään kahta kokousta vuodessa")
    );
}

#[test]
fn rule_messages_render_in_finnish_and_swedish() {
    use goodrel::i18n::Lang;
    let report = check_dir(
        &root().join("tests/fixtures/hollow"),
        &CheckOptions {
            as_of: as_of(),
            ..CheckOptions::default()
        },
    )
    .unwrap();
    let message = |id: &str, lang: Lang| {
        report
            .findings
            .iter()
            .find(|f| f.rule.id == id)
            .map(|f| f.message.render(lang))
            .unwrap()
    };
    // No consultation at all: IA019 says so, and MLG004 defers to it (one gap, one finding).
    assert_eq!(
        message("IA019", Lang::Fi),
        "suunnitelmaan ei ole kirjattu kuulemista tai suunnittelutilaisuutta maahanmuuttajien tai järjestöjen kanssa"
    );
    assert!(!report.findings.iter().any(|f| f.rule.id == "MLG004"));
    assert_eq!(
        message("GR004", Lang::Sv),
        "planen hänvisar inte till kommunens likabehandlingsplan"
    );
    assert_eq!(
        message("MLG009", Lang::Fi),
        "mittari I1 'x' ei sovellu seurantaan: lähtötaso ja tavoitetaso puuttuvat; lähde puuttuu; se seuraa kaikkia viittä suunnittelun osa-aluetta"
    );
    assert_eq!(
        message("MLG009", Lang::En),
        "indicator I1 'x' is not fit for monitoring: no baseline and no target; no source; it monitors all five planning areas"
    );
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = common::goodrel()
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn governance_command_exit_codes_and_json() {
    let (code, stdout, _) = run(&[
        "governance",
        "tests/fixtures/governance/full",
        "--trace",
        "--format",
        "json",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["municipality"], "Jokila");
    let needs = json["trace"]["consultations"][0]["needs"]
        .as_array()
        .unwrap();
    assert_eq!(needs[0]["state"], "answered");
    assert_eq!(json["cycles"][0]["session"], "dm-2026");
    assert_eq!(
        json["structure_quality"][0]["elements"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    // Without --trace there is no trace in the output.
    let (_, stdout, _) = run(&["governance", "tests/fixtures/governance/full", "-f", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(json.get("trace").is_none());

    let (code, stdout, stderr) = run(&["governance", "no/such/plan"]);
    assert_eq!(code, 2);
    assert!(
        stdout.is_empty() && stderr.contains("no/such/plan"),
        "{stderr}"
    );
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(run(&["governance", empty.path().to_str().unwrap()]).0, 2);
}

#[test]
fn the_governance_doc_lists_every_reference_piece_and_rule() {
    let doc = std::fs::read_to_string(root().join("docs/governance.md")).unwrap();
    for (_, _, key) in governance::levels::reference_keys() {
        assert!(
            doc.contains(&format!("`{key}`")),
            "docs/governance.md lacks `{key}`"
        );
    }
    // The rules reporting from the governance analyses: the structures' quality, forms and
    // cycles (PAR010–PAR034) and the multilevel map (MLG020, MLG021).
    let from_analyses = |id: &str| {
        id.strip_prefix("PAR")
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| (10..=34).contains(&n))
            || id == "MLG020"
            || id == "MLG021"
    };
    for rule in goodrel::rules::all().filter(|r| from_analyses(r.id)) {
        assert!(
            doc.contains(rule.id),
            "docs/governance.md lacks {}",
            rule.id
        );
    }
}

fn check_findings(dir: &Path, rule: &str) -> Vec<(String, usize)> {
    let report = check_dir(
        dir,
        &CheckOptions {
            as_of: as_of(),
            ..CheckOptions::default()
        },
    )
    .unwrap();
    report
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f| {
            let l = f.location.as_ref().unwrap();
            (l.file.clone(), l.span.start.line)
        })
        .collect()
}

#[test]
fn removing_the_only_answering_measure_makes_par002_fire_at_the_need() {
    let tmp = copy_dir(&root().join("examples/city"));
    assert_eq!(check_findings(tmp.path(), "PAR002"), vec![]);
    remove_item(&tmp.path().join("measures/good-relations.yaml"), "M-GR-08");
    let found = check_findings(tmp.path(), "PAR002");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.ends_with("consultations.yaml"));
    assert_eq!(
        found[0].1,
        line_of(
            &tmp.path().join("consultations.yaml"),
            "id: N-COUNCIL-INITIATIVE"
        )
    );
    // PAR002 and the trace agree on where the need is.
    let plan = load(tmp.path());
    let t = trace::trace(&plan);
    let (_, n) = t.unanswered().next().unwrap();
    assert_eq!(n.location.span.start.line, found[0].1);
}
