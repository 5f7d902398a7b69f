//! The loader on the built binary: one typing mistake in a copy of examples/city gives the one
//! finding that explains it, at the edited line, and nothing else new.

#![allow(clippy::unwrap_used)]

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn goodrel() -> Command {
    let mut cmd = common::goodrel();
    cmd.env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// A fresh copy of examples/city.
fn city() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_plan(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/city"),
        &dir.path().join("city"),
    );
    dir
}

fn check_json(plan: &Path) -> Value {
    let out = goodrel()
        .args(["check", "--format", "json", "--as-of", "2026-06-01"])
        .arg(plan)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The findings of one rule in `check --format json` output.
fn of_rule<'a>(json: &'a Value, rule: &str) -> Vec<&'a Value> {
    json["plans"][0]["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// (rule, file name, line, message) of every finding.
type Found = (String, String, u64, String);
type Seen = BTreeSet<Found>;

fn findings(json: &Value) -> Seen {
    json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let file = f["location"]["file"].as_str().unwrap_or_default();
            let name = file.rsplit('/').next().unwrap_or_default().to_owned();
            (
                f["rule"].as_str().unwrap().to_owned(),
                name,
                f["location"]["start"]["line"].as_u64().unwrap_or(0),
                f["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Replaces the first `old` in `file` of the copy with `new`; returns its 1-based line.
fn edit(plan: &Path, file: &str, old: &str, new: &str) -> u64 {
    let path = plan.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text
        .find(old)
        .unwrap_or_else(|| panic!("`{old}` not in {file}"));
    let line = text[..at].matches('\n').count() as u64 + 1;
    std::fs::write(&path, text.replacen(old, new, 1)).unwrap();
    line
}

/// The findings a single edit adds (the baseline's removed from the edited run's).
fn added_by(file: &str, old: &str, new: &str) -> (Vec<Found>, u64, Value) {
    let dir = city();
    let plan = dir.path().join("city");
    let before = findings(&check_json(&plan));
    let line = edit(&plan, file, old, new);
    let json = check_json(&plan);
    let after = findings(&json);
    (after.difference(&before).cloned().collect(), line, json)
}

/// The hint of the first finding of `rule` in `check --format json`'s output.
fn hint_of(json: &Value, rule: &str) -> String {
    json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == rule)
        .and_then(|f| f["hint"].as_str())
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn a_finnish_date_is_read_as_the_day_it_names() {
    let (added, _, _) = added_by(
        "measures/education.yaml",
        "timetable: {start: 2025-01-01,",
        "timetable: {start: 1.1.2025,",
    );
    assert!(added.is_empty(), "{added:?}");
}

#[test]
fn an_impossible_date_is_one_plan004_at_its_line() {
    let (added, line, _) = added_by(
        "measures/education.yaml",
        "timetable: {start: 2025-01-01,",
        "timetable: {start: 31.2.2025,",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    let (rule, file, at, message) = &added[0];
    assert_eq!(
        (rule.as_str(), file.as_str(), *at),
        ("PLAN004", "education.yaml", line)
    );
    assert!(message.contains("February 2025 has 28 days"), "{message}");
    assert!(message.contains("2025-03-01 or 1.3.2025"), "{message}");
}

#[test]
fn a_misspelt_responsible_is_one_plan003_and_no_missing_responsible() {
    let (added, line, json) = added_by(
        "measures/education.yaml",
        "    responsible: basic-education",
        "    responsibel: basic-education",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    let (rule, _, at, _) = &added[0];
    assert_eq!((rule.as_str(), *at), ("PLAN003", line));
    let hint = hint_of(&json, "PLAN003");
    assert!(hint.contains("did you mean `responsible`?"), "{hint}");
}

/// Text with a comma inside `{ … }` is cut there by YAML; the rest reads as a field name. A
/// coordinator gets one finding that says so and names the field, not "not a field".
#[test]
fn text_cut_at_a_comma_in_braces_is_one_plan003_naming_its_field() {
    let (added, line, json) = added_by(
        "links.yaml",
        "  - id: L-VALKO\n    kind: valko\n    title: Valtion kotouttamisohjelma (VALKO)\n    mainstreaming: The objectives of this plan name the national integration objectives they turn into local action.",
        "  - {id: L-VALKO, kind: valko, title: Valtion kotouttamisohjelma, mainstreaming: The objectives of this plan name the national objectives, which they turn into local action.}",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    let (rule, _, at, message) = &added[0];
    assert_eq!((rule.as_str(), *at), ("PLAN003", line));
    assert!(
        message.contains("the text of `mainstreaming` in `links[L-VALKO]` was cut at a comma"),
        "{message}"
    );
    assert!(
        message.contains("\"which they turn into local action.\""),
        "{message}"
    );
    let hint = hint_of(&json, "PLAN003");
    assert!(hint.contains("in quotes"), "{hint}");
}

#[test]
fn a_bad_approval_date_is_one_plan004_and_the_municipality_stays() {
    let (added, line, json) = added_by("plan.yaml", "    date: 2024-12-16", "    date: tomorrow");
    assert_eq!(added.len(), 1, "{added:?}");
    let (rule, file, at, message) = &added[0];
    assert_eq!(
        (rule.as_str(), file.as_str(), *at),
        ("PLAN004", "plan.yaml", line)
    );
    assert!(message.contains("the text `tomorrow`"), "{message}");
    assert!(json["plans"][0].get("skipped_rules").is_none(), "{json}");
}

#[test]
fn a_finnish_section_name_is_named_and_the_rules_reading_it_are_skipped() {
    let dir = city();
    let plan = dir.path().join("city");
    let before = findings(&check_json(&plan));
    let mut lines = Vec::new();
    for file in [
        "measures/education.yaml",
        "measures/employment-and-city-services.yaml",
        "measures/good-relations.yaml",
        "measures/wellbeing.yaml",
        "measures/youth-culture-sports.yaml",
    ] {
        lines.push((
            file,
            edit(&plan, file, "\nmeasures:\n", "\ntoimenpiteet:\n") + 1,
        ));
    }
    let toml = "measures/housing-and-urban-planning.toml";
    let text = std::fs::read_to_string(plan.join(toml)).unwrap();
    std::fs::write(
        plan.join(toml),
        text.replace("[[measures]]", "[[toimenpiteet]]"),
    )
    .unwrap();
    let json = check_json(&plan);
    let after = findings(&json);
    let added: Vec<_> = after.difference(&before).collect();
    assert!(
        added.iter().all(|(rule, ..)| rule == "PLAN003"),
        "only PLAN003 is new: {added:?}"
    );
    for (file, line) in &lines {
        let name = file.rsplit('/').next().unwrap();
        assert!(
            added
                .iter()
                .any(|(_, f, l, m)| f == name && l == line && m.contains("`toimenpiteet`")),
            "no PLAN003 at {file}:{line}: {added:?}"
        );
    }
    assert!(
        json["plans"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "PLAN003")
            .all(|f| f["location"]["path"] == "toimenpiteet"),
        "the symbolic path of a section key is the key"
    );
    let hints: Vec<&str> = json["plans"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "PLAN003")
        .filter_map(|f| f["hint"].as_str())
        .collect();
    assert!(
        hints
            .iter()
            .all(|h| h.contains("`toimenpiteet` is the Finnish for `measures`: rename the key")),
        "{hints:?}"
    );
    let skipped: Vec<&str> = json["plans"][0]["skipped_rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["rule"].as_str().unwrap())
        .collect();
    for rule in ["IA011", "IA012", "GR003"] {
        assert!(skipped.contains(&rule), "{rule} not skipped: {skipped:?}");
    }
    let text = goodrel()
        .args(["check", "--as-of", "2026-06-01"])
        .arg(&plan)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains(&format!(
            "{} rules skipped: `measures` could not be read in full (",
            skipped.len()
        )),
        "{text}"
    );
}

#[test]
fn a_section_holding_text_skips_its_rules() {
    let dir = city();
    let plan = dir.path().join("city");
    std::fs::write(plan.join("extra.yaml"), "objectives: see the strategy\n").unwrap();
    let json = check_json(&plan);
    let added: Vec<_> = findings(&json)
        .into_iter()
        .filter(|(_, f, ..)| f == "extra.yaml")
        .collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0].0, "PLAN004");
    let skipped = json["plans"][0]["skipped_rules"].as_array().unwrap();
    assert!(
        skipped
            .iter()
            .any(|s| s["rule"] == "IA010" && s["sections"][0] == "objectives"),
        "{skipped:?}"
    );
    assert!(
        findings(&json)
            .iter()
            .all(|(rule, ..)| rule != "IA010" && rule != "IA011"),
        "rules reading objectives ran"
    );
}

#[test]
fn a_responsible_written_as_the_actors_name_suggests_its_id() {
    let dir = city();
    let plan = dir.path().join("city");
    let actors = std::fs::read_to_string(plan.join("actors.yaml")).unwrap();
    let name = actors
        .lines()
        .skip_while(|l| !l.contains("id: basic-education"))
        .find_map(|l| l.trim().strip_prefix("name: "))
        .unwrap()
        .trim()
        .to_owned();
    edit(
        &plan,
        "measures/education.yaml",
        "    responsible: basic-education",
        &format!("    responsible: \"{name}\""),
    );
    let json = check_json(&plan);
    let dangling: Vec<&Value> = of_rule(&json, "PLAN006");
    assert_eq!(dangling.len(), 1, "{dangling:?}");
    let hint = dangling[0]["hint"].as_str().unwrap_or_default();
    assert!(
        hint.contains("did you mean the id `basic-education`?"),
        "{hint}"
    );
}

#[test]
fn a_bare_year_and_an_ongoing_measure_are_a_timetable() {
    let (added, _, _) = added_by(
        "measures/education.yaml",
        "timetable: {start: 2025-01-01, end: 2028-12-31}",
        "timetable: {start: 2025, end: 2028}",
    );
    assert!(added.is_empty(), "{added:?}");
    let (added, _, _) = added_by(
        "measures/education.yaml",
        "timetable: {start: 2025-01-01, end: 2028-12-31}",
        "timetable: {ongoing: true}",
    );
    assert!(added.is_empty(), "{added:?}");
    let (added, line, _) = added_by(
        "measures/education.yaml",
        "timetable: {start: 2025-01-01, end: 2028-12-31}",
        "timetable: {start: soon, end: 2028}",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!((added[0].0.as_str(), added[0].2), ("PLAN004", line));
    assert!(
        added[0].3.contains("or a year such as 2025"),
        "{:?}",
        added[0]
    );
}

#[test]
fn a_wrong_list_element_drops_only_itself() {
    let (added, line, _) = added_by(
        "measures/education.yaml",
        "    target_groups: [all_residents, children]",
        "    target_groups: [all_residents, childs]",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!((added[0].0.as_str(), added[0].2), ("PLAN004", line));
}

#[test]
fn a_yaml_tab_is_reported_on_its_line_with_yaml_advice() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.yaml"),
        "municipality:\n  name: X\n\tcode: \"1\"\n",
    )
    .unwrap();
    let json = check_json(dir.path());
    let f = &json["plans"][0]["findings"][0];
    assert_eq!(f["rule"], "PLAN002");
    assert_eq!(f["location"]["start"]["line"], 3);
    let message = f["message"].as_str().unwrap();
    assert!(
        message.starts_with("this line is indented with a tab"),
        "{message}"
    );
    assert!(f["hint"].as_str().unwrap().starts_with("In YAML"), "{f}");
}

#[test]
fn a_toml_error_gets_toml_advice() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.toml"),
        "[municipality]\nname = Oulu\n",
    )
    .unwrap();
    let json = check_json(dir.path());
    let f = &json["plans"][0]["findings"][0];
    assert_eq!(f["rule"], "PLAN002");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("TOML writes text in quotes"), "{message}");
    assert!(message.contains(" (TOML parser: "), "{message}");
    let hint = f["hint"].as_str().unwrap();
    assert!(
        hint.starts_with("In TOML") && !hint.contains("YAML"),
        "{hint}"
    );
}

#[test]
fn a_wrong_kind_of_value_says_what_the_field_takes_with_an_example() {
    let (added, line, json) = added_by(
        "measures/education.yaml",
        "    partners: [early-childhood, silta, wellbeing-county]",
        "    partners: {early-childhood: yes}",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0].2, line);
    assert!(
        added[0]
            .3
            .contains("takes a list of texts, but here it is fields (`name: value` lines)"),
        "{:?}",
        added[0]
    );
    let f = of_rule(&json, "PLAN004")[0];
    assert_eq!(f["hint"], "For example `partners: [library, red-cross]`.");
}

#[test]
fn a_rule_switched_off_is_not_named_as_skipped() {
    let dir = city();
    let plan = dir.path().join("city");
    std::fs::write(plan.join("extra.yaml"), "objectives: see the strategy\n").unwrap();
    let out = goodrel()
        .args([
            "check",
            "--format",
            "json",
            "--as-of",
            "2026-06-01",
            "--level",
            "IA010=off",
        ])
        .arg(&plan)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let skipped: Vec<&str> = json["plans"][0]["skipped_rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["rule"].as_str().unwrap())
        .collect();
    assert!(!skipped.contains(&"IA010"), "{skipped:?}");
    assert!(skipped.contains(&"IA011"), "{skipped:?}");
}

/// The coordinator's own words (issue 26): a value in Swedish that is not on the list is
/// answered in Swedish, with the Swedish values and the nearest one.
#[test]
fn an_unknown_swedish_value_lists_the_swedish_values_and_the_nearest() {
    let dir = city();
    let plan = dir.path().join("city");
    edit(
        &plan,
        "measures/education.yaml",
        "    kind: service_development",
        "    kind: tjänsteutvecklingg",
    );
    let out = goodrel()
        .args(["check", "--lang", "sv", "--format", "json"])
        .arg(&plan)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let plan4: Vec<&serde_json::Value> = of_rule(&json, "PLAN004");
    assert_eq!(plan4.len(), 1, "{plan4:?}");
    let message = plan4[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("`tjänsteutvecklingg` är inte ett tillåtet värde"),
        "{message}"
    );
    for listed in [
        "riktad tjänst (targeted_service)",
        "utbildning (training)",
        "medling (mediation)",
    ] {
        assert!(message.contains(listed), "{message}");
    }
    assert!(
        plan4[0]["hint"]
            .as_str()
            .unwrap()
            .starts_with("menade du `tjänsteutveckling`?"),
        "{}",
        plan4[0]
    );
}

/// Values typed as coordinators type them: capitals, spaces and hyphens.
#[test]
fn values_read_whatever_their_case_and_separators() {
    for (before, after) in [
        (
            "    kind: service_development",
            "    kind: Tjänsteutveckling",
        ),
        (
            "    kind: service_development",
            "    kind: PALVELUJEN-KEHITTÄMINEN",
        ),
        (
            "    sector: basic_education",
            "    sector: grundläggande utbildning",
        ),
    ] {
        let (added, _, _) = added_by("measures/education.yaml", before, after);
        assert!(added.is_empty(), "{after}: {added:?}");
    }
}

/// A list whose every entry has the wrong form is one mistake: one finding at the list, with
/// an example of the right shape taken from the format's description.
#[test]
fn a_list_of_wrong_entries_is_one_finding_with_the_right_shape() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.yaml"),
        "municipality:\n  name: X\n  situation:\n    languages: [ru, uk, ar]\n",
    )
    .unwrap();
    let json = check_json(dir.path());
    let plan4: Vec<&serde_json::Value> = of_rule(&json, "PLAN004");
    assert_eq!(plan4.len(), 1, "{plan4:?}");
    assert_eq!(
        plan4[0]["message"],
        "`municipality.situation.languages` takes a list of entries, each with the field \
         `language` (and if you like `residents`, `share_percent`), but here it is a list of \
         texts: every entry has the wrong form"
    );
    assert_eq!(
        plan4[0]["hint"],
        "For example `languages: [{language: ru, residents: 4100}]`."
    );
}

/// A section written twice makes its file unreadable: one finding, not one per reference to
/// the items of the file.
#[test]
fn a_section_written_twice_is_one_finding() {
    let dir = city();
    let plan = dir.path().join("city");
    let file = std::fs::read_dir(&plan)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .is_ok_and(|t| t.starts_with("# yaml") && t.contains("\nactors:"))
        })
        .expect("a YAML file with actors");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\nactors:\n  - {id: extra-actor, name: Extra, kind: ngo}\n");
    std::fs::write(&file, text).unwrap();
    let json = check_json(&plan);
    let findings = json["plans"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "PLAN002");
    assert!(
        findings[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("the section `actors` is written twice in this file"),
        "{}",
        findings[0]
    );
}

/// A list written as text with commas gets the same words in brackets as its example.
#[test]
fn a_list_written_as_text_gets_its_own_words_in_brackets() {
    let (added, _, json) = added_by(
        "measures/education.yaml",
        "    partners: [early-childhood, silta, wellbeing-county]",
        "    partners: early-childhood, silta",
    );
    assert_eq!(added.len(), 1, "{added:?}");
    let f = of_rule(&json, "PLAN004")[0];
    assert_eq!(
        f["hint"],
        "For example `partners: [early-childhood, silta]`."
    );
}
