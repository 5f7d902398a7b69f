//! Generated documentation is tested, not hand-kept: docs/rules.md must match the registry.

#![allow(clippy::unwrap_used)]

#[test]
fn rule_catalogue_doc_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let generated = goodrel::render::catalogue::rules_markdown();
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk != generated {
        if std::env::var_os("GOODREL_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, generated).unwrap();
            return;
        }
        panic!(
            "docs/rules.md is stale: run `GOODREL_BLESS=1 cargo test --test docs` and commit it"
        );
    }
}
