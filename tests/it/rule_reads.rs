//! Each rule declares what it reads (`Rule::reads`); a rule reading a section it does not
//! declare would run on a plan whose section could not be read, and misjudge it. This guard
//! reads each rule's check in the source and fails when it names a section of the plan that
//! its declaration leaves out.

#![allow(clippy::unwrap_used)]

use goodrel::model::SECTIONS;

/// The rule declarations of one source file: (id, declared reads, check source).
fn declarations(source: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for block in source.split("pub static ").skip(1) {
        let Some(end) = block.find("\n};") else {
            continue;
        };
        let block = &block[..end];
        if !block.contains(": Rule = Rule {") {
            continue;
        }
        let id = block
            .split("id: \"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_default()
            .to_owned();
        let (Some(reads_at), Some(check_at)) = (block.find("reads: "), block.find("check: "))
        else {
            continue;
        };
        let mut reads = block[reads_at..check_at].to_owned();
        // A list shared by the rules resting on one analysis, declared in rules/derived.rs.
        let shared = include_str!("../../src/rules/derived.rs");
        // The pyramid's reads joined with the rule's own (`with_pyramid`).
        if reads.contains("with_pyramid::<") {
            let start = shared
                .find("pub const PYRAMID_READS: &[&str]")
                .unwrap_or_else(|| panic!("{id}: no `PYRAMID_READS` in rules/derived.rs"));
            let end = shared[start..]
                .find("];")
                .map_or(shared.len(), |e| start + e);
            reads.push_str(&shared[start..end]);
        } else if let Some(name) = reads.trim().strip_prefix("reads: super::") {
            let name = name.trim_end_matches(',');
            let start = shared
                .find(&format!("pub const {name}: &[&str]"))
                .unwrap_or_else(|| panic!("{id}: no `{name}` in rules/derived.rs"));
            let end = shared[start..]
                .find("];")
                .map_or(shared.len(), |e| start + e);
            reads = shared[start..end].to_owned();
        }
        out.push((id, reads, block[check_at..].to_owned()));
    }
    out
}

#[test]
fn every_section_a_check_names_is_declared_in_its_reads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (id, reads, check) in declarations(&source) {
            // `plan.measures` and `plan\n    .measures`, as rustfmt writes long chains.
            let compact: String = check.split_whitespace().collect();
            for section in SECTIONS {
                let named = compact.contains(&format!("plan.{section}"));
                let declared = reads.contains(&format!("\"{section}\""));
                assert!(
                    !named || declared,
                    "{id} reads `{section}` but its `reads` does not say so"
                );
            }
            checked += 1;
        }
    }
    assert!(
        checked > 50,
        "only {checked} rules found; has the declaration form changed?"
    );
}
