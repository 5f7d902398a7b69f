//! Generated documentation is tested, not hand-kept: docs/rules.md (and its Finnish and
//! Swedish editions, docs/rules.fi.md and docs/rules.sv.md) must match the registry and the
//! translation catalogue.

#![allow(clippy::unwrap_used)]

#[test]
fn rule_catalogue_doc_is_current() {
    for (lang, file) in [
        (goodrel::i18n::Lang::En, "docs/rules.md"),
        (goodrel::i18n::Lang::Fi, "docs/rules.fi.md"),
        (goodrel::i18n::Lang::Sv, "docs/rules.sv.md"),
    ] {
        current(lang, file);
    }
}

fn current(lang: goodrel::i18n::Lang, file: &str) {
    same_as_generated(file, |_| goodrel::render::catalogue::rules_markdown(lang));
}

/// Fails unless `file` holds what `generate` makes of its text; `GOODREL_BLESS=1` writes it.
fn same_as_generated(file: &str, generate: impl Fn(&str) -> String) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = generate(&on_disk);
    if on_disk != generated {
        if std::env::var_os("GOODREL_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, generated).unwrap();
            return;
        }
        panic!("{file} is stale: run `GOODREL_BLESS=1 cargo test docs` and commit it");
    }
}

/// The terms of the plan format's choices are generated from the vocabulary.
#[test]
fn terms_catalogue_is_current() {
    for lang in goodrel::i18n::Lang::ALL {
        same_as_generated(&format!("locales/{}/terms.ftl", lang.code()), |_| {
            goodrel::render::values::terms_ftl(lang)
        });
    }
}

/// The value tables of the plan-format guides are generated from the vocabulary.
#[test]
fn plan_format_value_tables_are_current() {
    for lang in goodrel::i18n::Lang::ALL {
        let file = match lang.code() {
            "en" => "docs/plan-format.md".to_owned(),
            code => format!("docs/plan-format.{code}.md"),
        };
        same_as_generated(&file, |text| goodrel::render::values::splice(text, lang));
    }
}

/// The vocabulary tables of docs/pyramid.md are generated from the placement's word lists.
#[test]
fn pyramid_vocabulary_tables_are_current() {
    same_as_generated("docs/pyramid.md", goodrel::render::vocabulary::splice);
}
