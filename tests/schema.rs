//! The checked-in schema is generated from the Rust types; this fails when it is stale.

#[test]
fn checked_in_schema_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/plan.schema.json");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = goodrel::schema::plan_schema_json();
    if on_disk != generated {
        if std::env::var_os("GOODREL_BLESS").is_some() {
            std::fs::write(&path, generated).expect("write schema");
            return;
        }
        panic!(
            "schemas/plan.schema.json is stale: run `GOODREL_BLESS=1 cargo test --test schema` and commit it"
        );
    }
}
