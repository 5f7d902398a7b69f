//! The words for the plan format's choice values (`locales/*/terms.ftl`, generated from the
//! vocabulary in `src/model/choices.rs`): every value reads back in the reader's language in
//! its official term, that term is one the plan format accepts, and no Finnish or Swedish
//! term is the bare English key.

use goodrel::i18n::{Lang, Message};
use goodrel::model::vocabulary::{fold, selector};

/// Terms that are the same word as their key in a language.
const SAME_AS_KEY: &[(&str, &str)] = &[
    ("sv", "regional"),
    ("sv", "information"),
    ("sv", "workshop"),
    ("fi", "kela"),
    ("fi", "esis"),
    ("sv", "esis"),
    ("fi", "681/2023"),
    ("sv", "681/2023"),
    ("fi", "1386/2010"),
    ("sv", "1386/2010"),
];

#[test]
fn every_term_reads_back_as_its_value() {
    let mut problems = Vec::new();
    let mut checked = 0usize;
    for vocabulary in goodrel::model::choices::ALL {
        for (i, value) in vocabulary.values.iter().enumerate() {
            checked += 1;
            for lang in Lang::ALL {
                let shown = Message::new(vocabulary.message)
                    .arg("key", selector(value.key))
                    .render(lang);
                let term = value.term(lang).unwrap_or_default();
                if shown != term {
                    problems.push(format!(
                        "{lang}: {}[{}] shows `{shown}`",
                        vocabulary.message, value.key
                    ));
                }
                if vocabulary.find(&shown) != Some(i) {
                    problems.push(format!("{lang}: `{shown}` does not read as {}", value.key));
                }
                let same = SAME_AS_KEY.contains(&(lang.code(), value.key));
                if lang != Lang::En && fold(term) == fold(value.key) && !same {
                    problems.push(format!(
                        "{lang}: {}[{}] is its bare key",
                        vocabulary.message, value.key
                    ));
                }
            }
        }
    }
    assert!(checked > 180, "only {checked} values checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_value_as_typed_names_its_key_where_the_term_differs() {
    let area = goodrel::model::choices::by_name("Area").unwrap();
    let written = |lang| {
        Message::new(area.written)
            .arg("key", "employment_and_education")
            .render(lang)
    };
    assert_eq!(written(Lang::En), "employment_and_education");
    assert_eq!(
        written(Lang::Fi),
        "työllisyys ja koulutus (employment_and_education)"
    );
    assert_eq!(
        written(Lang::Sv),
        "sysselsättning och utbildning (employment_and_education)"
    );
}
