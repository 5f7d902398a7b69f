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
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let generated = goodrel::render::catalogue::rules_markdown(lang);
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk != generated {
        if std::env::var_os("GOODREL_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, generated).unwrap();
            return;
        }
        panic!("{file} is stale: run `GOODREL_BLESS=1 cargo test --test docs` and commit it");
    }
}
