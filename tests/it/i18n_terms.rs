//! The words for the plan format's choice values (`locales/*/terms.ftl`): in Finnish and
//! Swedish a value that the plan format accepts in that language reads back in that spelling
//! (`maahanmuuttajat` stays `maahanmuuttajat`), and no value is shown as its bare key.

use std::collections::BTreeMap;

use goodrel::i18n::{Lang, Message};

/// Aliases the plan format accepts that are Swedish; every other alias that is not in
/// [`ENGLISH`] is Finnish.
const SWEDISH: &[&str] = &[
    "livskraftscentral",
    "välfärdsområde",
    "organisation",
    "förening",
    "församling",
    "företag",
    "läroanstalt",
    "polis",
    "småbarnspedagogik",
    "grundläggande_utbildning",
    "kultur",
    "ungdom",
    "bibliotek",
    "idrott",
    "näringsliv",
    "integration",
    "sysselsättning",
    "delaktighet",
    "trafik",
    "boende",
    "miljö",
    "säkerhet",
    "upphandling",
    "kommunikation",
    "förvaltning",
    "alla_invånare",
    "invandrare",
    "flyktingar",
    "språkliga_minoriteter",
    "svenskspråkiga",
    "barn",
    "unga",
    "äldre",
    "kvinnor",
    "personer_med_funktionsnedsättning",
    "romer",
    "samer",
    "majoritetsbefolkning",
    "integrationsprogram",
    "tolkning",
    "mottagning",
    "goda_relationer",
    "grupper",
    "individer",
    "råd",
    "jämställdhetsplan",
    "ntm-centralen",
    "stadsplanering",
];

/// Aliases that are English (or shared abbreviations), neither language's term.
const ENGLISH: &[&str] = &[
    "organization",
    "everyone",
    "lgbtiq",
    "hr",
    "equality_and_inclusion",
    "interaction",
    "ely",
    "general_services",
    "mainstreaming",
];

/// Terms that are the same word as their key in a language.
const SAME_AS_KEY: &[(&str, &str)] = &[
    ("sv", "regional"),
    ("sv", "information"),
    ("sv", "workshop"),
    ("fi", "kela"),
    ("fi", "esis"),
    ("sv", "esis"),
];

fn term_id(schema_name: &str) -> String {
    let mut id = String::from("term");
    for c in schema_name.chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}

fn render(id: &'static str, key: &str, lang: Lang) -> String {
    Message::new(id).arg("key", key).render(lang)
}

#[test]
fn finnish_and_swedish_terms_are_the_spellings_the_plan_format_accepts() {
    let terms = goodrel::i18n::FILES
        .iter()
        .position(|f| *f == "terms")
        .expect("terms.ftl is a catalogue file");
    let en_terms = goodrel::i18n::sources(Lang::En)[terms];
    let mut problems = Vec::new();
    let mut checked = 0usize;
    for (name, accepted) in goodrel::schema::ENUMS {
        let id = term_id(name);
        if !en_terms.contains(&format!("\n{id} = ")) {
            continue;
        }
        let id: &'static str = Box::leak(id.into_boxed_str());
        let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (alias, canonical) in accepted() {
            let aliases = by_key.entry(canonical.clone()).or_default();
            if alias != canonical {
                aliases.push(alias);
            }
        }
        for (key, aliases) in &by_key {
            checked += 1;
            let bare = key.replace('_', " ");
            for lang in Lang::ALL {
                let term = render(id, key, lang);
                if term.trim().is_empty() || term == id {
                    problems.push(format!("{lang}: {id}[{key}] has no term"));
                }
                if lang == Lang::En {
                    continue;
                }
                let in_lang: Vec<String> = aliases
                    .iter()
                    .filter(|a| !ENGLISH.contains(&a.as_str()))
                    .filter(|a| SWEDISH.contains(&a.as_str()) == (lang == Lang::Sv))
                    .map(|a| spelled(a))
                    .collect();
                // The term may add the punctuation an alias cannot hold ("hyvinvointi, terveys
                // ja asuminen" for `hyvinvointi_terveys_ja_asuminen`, "tasa-arvo").
                if !in_lang.is_empty() && !in_lang.contains(&spelled(&term)) {
                    problems.push(format!(
                        "{lang}: {id}[{key}] is `{term}`, but the plan format spells it {in_lang:?}"
                    ));
                }
                let same = SAME_AS_KEY.contains(&(lang.code(), key.as_str()));
                if term.to_lowercase() == bare && !same {
                    problems.push(format!("{lang}: {id}[{key}] is its bare key `{term}`"));
                }
            }
        }
    }
    assert!(checked > 150, "only {checked} values checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_alias_the_test_classifies_is_accepted() {
    let all: Vec<String> = goodrel::schema::ENUMS
        .iter()
        .flat_map(|(_, accepted)| accepted().into_iter().map(|(alias, _)| alias))
        .collect();
    for alias in SWEDISH.iter().chain(ENGLISH) {
        assert!(all.iter().any(|a| a == alias), "`{alias}` is not an alias");
    }
}

/// A spelling with case, punctuation and word separators made uniform: lower case, `_`, `-`
/// and spaces one space, commas dropped ("ELY-keskus" is the alias `ely_keskus`).
fn spelled(s: &str) -> String {
    s.to_lowercase()
        .replace(',', "")
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
