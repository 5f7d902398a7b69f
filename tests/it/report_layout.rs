//! The report as the people it is for read it: a board paper with the plan's facts first,
//! findings in sentences, the file details in an appendix and a footer; the pyramid drawn as
//! the guide draws it; a *kunta* not called a city; the overview with landmarks and a
//! landscape page; plan text in the two-yearly draft unable to start Markdown of its own.
//! (Widths and print are checked in a real browser by tests/browser.sh.)

use std::path::Path;

use crate::common::goodrel;

const AS_OF: &str = "2026-06-01";

/// `goodrel report ARGS -o FILE` in a fresh directory: the file's text.
fn report(args: &[&str], file: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join(file);
    let output = goodrel()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(&out)
        .args(["--as-of", AS_OF])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(&out).expect("the report")
}

/// The text from the first `<tag` (a name, possibly with attributes) to the first closing
/// tag of that name after it (enough for these elements, which do not nest).
fn element<'h>(html: &'h str, tag: &str) -> &'h str {
    let start = html
        .find(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("<{tag}>"));
    let name = tag.split(' ').next().unwrap_or(tag);
    let end = html[start..]
        .find(&format!("</{name}>"))
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn the_board_reads_the_plan_first_and_the_file_details_last() {
    let html = report(&["examples/incomplete", "--lang", "en"], "r.html");
    let header = element(&html, "header");
    for fact in ["Plan period", "Approval", "Regional authority", "Findings"] {
        assert!(header.contains(fact), "{fact} in the header");
    }
    let footer = element(&html, "footer");
    for technical in ["Plan directory", "Configuration used", "goodrel 0.1.0"] {
        assert!(!header.contains(technical), "{technical} not in the header");
        assert!(footer.contains(technical), "{technical} in the footer");
    }
    // Findings are sentences without files, lines or rule ids; each links to its row of the
    // appendix, which has the file and line, and links back.
    let findings = element(&html, "section id=\"findings\"");
    assert!(
        !findings.contains(".yaml:"),
        "no file:line among the findings"
    );
    assert!(!findings.contains("IA012"), "no rule id among the findings");
    assert!(findings.contains("Error:</span> Measure M3 'Kielikahvila' has no responsible party."));
    let items = findings.matches("<li id=\"f-").count();
    assert_eq!(items, 35);
    let places = element(&html, "section id=\"places\"");
    for i in 0..items {
        assert!(
            findings.contains(&format!("href=\"#p-{i}\"")),
            "finding {i} links on"
        );
        assert!(places.contains(&format!("<tr id=\"p-{i}\"")), "row {i}");
        assert!(
            places.contains(&format!("href=\"#f-{i}\"")),
            "row {i} links back"
        );
    }
    assert!(places.contains("examples/incomplete/measures.yaml:21:5"));
    assert!(places.contains("measures[M3]"));
    // A finding's number is the same in the list and in the appendix.
    let m3 = findings
        .split("<li ")
        .find(|li| li.contains("'Kielikahvila' has no responsible party"))
        .expect("the IA012 finding");
    let number = m3
        .split("value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .expect("a number");
    let id = m3
        .split("id=\"f-")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .expect("an id");
    let row = places
        .split(&format!("<tr id=\"p-{id}\""))
        .nth(1)
        .expect("its row");
    assert!(
        row.starts_with(&format!(
            "><td class=\"title\"><a href=\"#f-{id}\">{number}</a>"
        )),
        "{row}"
    );
}

#[test]
fn a_municipality_is_not_called_a_city() {
    let kunta = report(&["examples/small-town", "--lang", "fi"], "k.html");
    assert!(kunta.contains("Ylä-Koskelan kunta"));
    assert!(kunta.contains("kunnan ulkopuolisten kumppanien"));
    assert!(
        !kunta.contains("kaupungin ulkopuolisten"),
        "a kunta is no kaupunki"
    );
    let kaupunki = report(&["examples/incomplete", "--lang", "fi"], "c.html");
    assert!(kaupunki.contains("kaupungin ulkopuolisten kumppanien"));
    let kommun = report(&["examples/small-town", "--lang", "sv"], "s.html");
    assert!(kommun.contains("utanför kommunen") && !kommun.contains("utanför staden"));
}

/// The corners of each band of the drawn pyramid, top band first.
fn bands(html: &str) -> Vec<Vec<(f64, f64)>> {
    let svg = element(html, "svg");
    svg.split("<polygon points=\"")
        .skip(1)
        .map(|rest| {
            rest[..rest.find('"').expect("points")]
                .split(' ')
                .map(|p| {
                    let (x, y) = p.split_once(',').expect("x,y");
                    (x.parse().expect("x"), y.parse().expect("y"))
                })
                .collect()
        })
        .collect()
}

/// The city has more items in the middle (36) than at the base (22); drawn by count it
/// looked like a diamond. Drawn as the guide draws it, each band is wider than the one above,
/// with its count written on it; the levels with gaps are marked.
#[test]
fn the_pyramid_is_drawn_as_the_guide_draws_it() {
    let html = report(&["examples/city", "--lang", "en"], "r.html");
    let shape = bands(&html);
    assert_eq!(shape.len(), 3);
    let bottom = |band: &Vec<(f64, f64)>| band[2].0 - band[3].0;
    let top = |band: &Vec<(f64, f64)>| band[1].0 - band[0].0;
    assert_eq!(top(&shape[0]), 0.0, "the top band is a triangle");
    for pair in shape.windows(2) {
        assert!(
            bottom(&pair[0]) < bottom(&pair[1]),
            "the base is the widest"
        );
        assert_eq!(bottom(&pair[0]), top(&pair[1]), "the bands meet");
        assert!(pair[0][2].1 <= pair[1][0].1, "the base is at the bottom");
    }
    let svg = element(&html, "svg");
    for count in [">9</text>", ">36</text>", ">22</text>"] {
        assert!(svg.contains(count), "{count} on its band");
    }
    let gaps = report(&["examples/incomplete", "--lang", "en"], "g.html");
    let svg = element(&gaps, "svg");
    assert_eq!(svg.matches("stroke-dasharray=\"8 4\"").count(), 3);
    assert!(
        // Thin, and five sub-areas: four with nothing, and encounters named only by the
        // one-word "Kielikahvila".
        svg.contains(">⚠ 6</text>"),
        "the gaps of a level are counted on it"
    );
    assert!(gaps.contains(
        "<li class=\"has-gaps\"><strong>top: interaction, dialogue and conflict</strong>"
    ));
}

#[test]
fn the_overview_has_landmarks_and_a_landscape_page() {
    let html = report(
        &[
            "examples/city",
            "examples/small-town",
            "--overview",
            "--lang",
            "en",
        ],
        "o.html",
    );
    for tag in ["<header>", "<main>", "<footer>"] {
        assert!(html.contains(tag), "{tag}");
    }
    assert!(html.contains("@page{size:A4 landscape"));
    assert!(
        !html.contains("li{white-space:nowrap}"),
        "family counts wrap"
    );
    let single = report(&["examples/city"], "r.html");
    assert!(
        !single.contains("A4 landscape"),
        "one plan's report is portrait"
    );
}

/// Plan text that would be struck through, typeset as maths or read as an entity comes out
/// as the characters it is.
#[test]
fn the_two_yearly_draft_escapes_markdown_in_plan_text() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let plan = tmp.path().join("plan");
    std::fs::create_dir(&plan).expect("mkdir");
    for entry in std::fs::read_dir(repo.join("examples/small-town")).expect("example") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, plan.join(path.file_name().expect("name"))).expect("copy");
    }
    let plan_yaml = plan.join("plan.yaml");
    let text = std::fs::read_to_string(&plan_yaml).expect("plan.yaml");
    let hostile = "~~Ylä-Koskela~~ $x^2$ &shy;# kunta";
    let text = text.replacen(
        "name: Ylä-Koskelan kunta",
        &format!("name: \"{hostile}\""),
        1,
    );
    assert!(text.contains(hostile), "the example names the municipality");
    std::fs::write(&plan_yaml, text).expect("write");
    let out = goodrel()
        .current_dir(tmp.path())
        .args([
            "report",
            "plan",
            "--two-yearly",
            "2025-01-01..2026-12-31",
            "--format",
            "markdown",
            "--lang",
            "en",
        ])
        .output()
        .expect("runs");
    let draft = String::from_utf8_lossy(&out.stdout);
    let title = draft.lines().next().unwrap_or_default();
    assert_eq!(
        title,
        "# Two-yearly report to the regional authority (draft): \\~\\~Ylä-Koskela\\~\\~ \\$x^2\\$ &amp;shy;\\# kunta",
        "{draft}"
    );
}
