//! `goodrel pyramid` on the built binary: exit codes, formats, ASCII and locale handling.

use crate::common;

use assert_cmd::Command;

fn goodrel() -> Command {
    let mut cmd = common::goodrel();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env("LANG", "en_US.UTF-8")
        .env("NO_COLOR", "1");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn gaps_put_the_top_first_for_the_oulu_like_example() {
    let out = stdout(goodrel().args(["pyramid", "examples/oulu-like", "--gaps"]));
    assert!(out.contains("main gap: the top level"), "{out}");
    let first = out
        .lines()
        .find(|l| l.trim_start().starts_with("1. "))
        .expect("a first gap");
    assert!(first.contains("top"), "{first}");
    // Only the top is called thin.
    assert!(out.contains("TOP · interaction & conflict · thin"));
    assert!(!out.contains("MIDDLE · equality & inclusion · thin"));
    assert!(!out.contains("BASE · general services · thin"));
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!words.contains("the middle level (equality & inclusion) is thin"));
    assert!(!words.contains("the base level (general services) is thin"));
}

#[test]
fn without_gaps_there_is_no_gap_list() {
    let out = stdout(goodrel().args(["pyramid", "examples/oulu-like"]));
    assert!(out.contains('┌'));
    assert!(!out.contains("Gaps, worst first"));
}

#[test]
fn ascii_by_flag_or_by_locale() {
    let out = stdout(goodrel().args(["pyramid", "examples/oulu-like", "--ascii"]));
    assert!(!out.contains('┌') && !out.contains('│') && !out.contains('·'));
    assert!(out.contains("+-------+"));
    let out = stdout(
        goodrel()
            .env("LANG", "C")
            .args(["pyramid", "examples/oulu-like"]),
    );
    assert!(!out.contains('┌'), "a C locale should get ASCII");
    let out = stdout(
        goodrel()
            .env("LC_ALL", "fi_FI.UTF-8")
            .env("LANG", "C")
            .args(["pyramid", "examples/oulu-like"]),
    );
    assert!(out.contains('┌'), "LC_ALL wins over LANG");
}

#[test]
fn json_output_parses_and_holds_items_and_gaps() {
    let out = stdout(goodrel().args(["pyramid", "examples/oulu-like", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(v["items"].as_array().is_some_and(|a| a.len() > 20));
    assert_eq!(v["gaps"][0]["level"], "top");
}

#[test]
fn thin_below_changes_the_threshold() {
    let out = stdout(goodrel().args([
        "pyramid",
        "examples/oulu-like",
        "--gaps",
        "--thin-below",
        "15",
    ]));
    // The gap list wraps at 80 columns; compare the words.
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(
        "the middle level (equality & inclusion) is thin: 14 items placed, fewer than 15"
    ));
}

#[test]
fn a_missing_path_exits_2() {
    let out = goodrel()
        .args(["pyramid", "no/such/plan"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

#[test]
fn check_reports_the_same_gaps_as_pyr_rules() {
    let out = goodrel()
        .args([
            "check",
            "examples/oulu-like",
            "--format",
            "json",
            "--as-of",
            "2026-11-23",
        ])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rules: Vec<&str> = v["plans"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .filter(|r| r.starts_with("PYR"))
        .collect();
    let pyramid = stdout(goodrel().args(["pyramid", "examples/oulu-like", "--format", "json"]));
    let p: serde_json::Value = serde_json::from_str(&pyramid).expect("JSON");
    let mut from_gaps: Vec<&str> = p["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .filter_map(|g| g["rule"].as_str())
        .collect();
    // `check` reports one finding per rule and subject (PYR005 names every missing sub-area
    // at once, PYR004 the unreached groups in one warning and one info), so the rules, not
    // the counts, agree.
    let mut from_check = rules.clone();
    from_gaps.sort_unstable();
    from_gaps.dedup();
    from_check.sort_unstable();
    from_check.dedup();
    assert_eq!(from_check, from_gaps);
}

#[test]
fn every_item_names_its_evidence_and_strength_and_the_text_view_marks_context() {
    let out = stdout(goodrel().args(["pyramid", "examples/oulu-like", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    for item in v["items"].as_array().expect("items") {
        assert!(item["evidence"].is_string(), "{item}");
        assert!(item["reason"].is_string(), "{item}");
        assert!(item["uncertain"].is_boolean(), "{item}");
        let strength = item["strength"]
            .as_str()
            .expect("placed items have a strength");
        assert!(
            item["reason"]
                .as_str()
                .is_some_and(|r| r.contains(&format!("({strength})"))),
            "{item}"
        );
    }
    assert!(v["linked_sectors"].is_array());
    let text = stdout(goodrel().args(["pyramid", "examples/oulu-like"]));
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("not on what they say they do: B02, B03, B05, B08, B12, B10, B11;"),
        "{text}"
    );
}

#[test]
fn the_view_speaks_finnish_and_swedish() {
    let fi = stdout(goodrel().args(["pyramid", "examples/oulu-like", "--gaps", "--lang", "fi"]));
    let words = fi.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Puutteet, vakavin ensin"), "{fi}");
    assert!(words.contains("suurin puute: huippu"), "{fi}");
    assert!(words.contains("huippu · paino 60 · PYR002"), "{fi}");
    assert!(
        !words.contains("main gap") && !words.contains("weight"),
        "{fi}"
    );
    let sv = stdout(goodrel().env("LANG", "sv_FI.UTF-8").args([
        "pyramid",
        "examples/small-town",
        "--gaps",
    ]));
    assert!(sv.starts_with("Pyramiden för"), "{sv}");
    assert!(sv.contains("Brister, allvarligast först"), "{sv}");
    let json = stdout(goodrel().args([
        "pyramid",
        "examples/oulu-like",
        "--format",
        "json",
        "--lang",
        "sv",
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    // Keys and values stay; the human texts are Swedish.
    assert_eq!(v["levels"][0]["level"], "top");
    assert_eq!(
        v["levels"][0]["label"],
        "interaktion, dialog, konflikter och hatbrott"
    );
    assert_eq!(v["gaps"][0]["rule"], "PYR002");
    assert!(
        v["gaps"][0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("toppen ")),
        "{}",
        v["gaps"][0]
    );
}

/// Terminal tables respect words (issue 26): at `COLUMNS=80` every line of `pyramid --gaps`
/// fits, in Finnish, Swedish and English, and a title that wraps is its words again once its
/// lines are joined (a line ending in a hyphen continues the word), so no word was cut
/// without a hyphen.
#[test]
fn pyramid_tables_fit_80_columns_and_cut_no_word_without_a_hyphen() {
    for (example, lang) in [
        ("examples/city", "fi"),
        ("examples/city", "sv"),
        ("examples/city", "en"),
        ("tests/fixtures/words/small-town-sv", "sv"),
        ("examples/bilingual-town", "sv"),
    ] {
        let run = |format: &str| {
            let out = common::goodrel()
                .env("COLUMNS", "80")
                .args([
                    "pyramid", example, "--gaps", "--lang", lang, "--format", format,
                ])
                .output()
                .unwrap();
            String::from_utf8(out.stdout).unwrap()
        };
        let text = run("text");
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{example} {lang}: {line}");
        }
        let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
        let titles: Vec<String> = json["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["title"].as_str().map(str::to_owned))
            .collect();
        assert!(!titles.is_empty(), "{json}");
        let cells = title_cells(&text);
        assert!(cells.len() >= 10, "{example}: {cells:?}");
        // Word by word equal to a title but for the hyphens the wrap added; a word cut
        // without a hyphen would be two words.
        let words =
            |s: &str| -> Vec<String> { s.split_whitespace().map(|w| w.replace('-', "")).collect() };
        for cell in cells {
            let matched = titles.iter().any(|t| words(t) == words(&cell));
            assert!(
                matched,
                "{example} {lang}: `{cell}` is no title: a word was cut"
            );
        }
    }
}

/// The second column of each row of the pyramid's tables, its lines joined: a line ending
/// in `-` continues the word, another line starts a new word.
fn title_cells(text: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut current: Option<String> = None;
    // Rows below a table's header rule, until the table ends.
    let mut body = false;
    let mut last_id = String::new();
    for line in text.lines() {
        if line.starts_with('╞') {
            body = true;
            continue;
        }
        let parts: Vec<&str> = line.split(['│', '┆']).collect();
        if !body || parts.len() < 6 {
            body &= parts.len() >= 6;
            cells.extend(current.take());
            continue;
        }
        let (id, title) = (parts[1].trim(), parts[2].trim());
        // An id that wrapped continues on the next line after its hyphen.
        let continued = current.is_some() && last_id.ends_with('-');
        if !id.is_empty() {
            last_id = id.to_owned();
        }
        if !id.is_empty() && !continued {
            cells.extend(current.take());
            current = Some(title.to_owned());
        } else if let Some(c) = current.as_mut()
            && !title.is_empty()
        {
            if !c.ends_with('-') {
                c.push(' ');
            }
            c.push_str(title);
        }
    }
    cells.extend(current);
    cells.into_iter().filter(|c| !c.is_empty()).collect()
}
