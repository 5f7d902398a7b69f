//! The checked-in schema is generated from the Rust types; this fails when it is stale.

#![allow(clippy::unwrap_used)]

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

/// Every property of the plan schema, wherever it is, with its path.
fn properties<'a>(
    node: &'a serde_json::Value,
    path: String,
    out: &mut Vec<(String, &'a serde_json::Value)>,
) {
    match node {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                if key == "properties" {
                    for (name, property) in value.as_object().into_iter().flatten() {
                        let here = format!("{path}.{name}");
                        out.push((here.clone(), property));
                        properties(property, here, out);
                    }
                } else {
                    properties(value, format!("{path}/{key}"), out);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                properties(item, path.clone(), out);
            }
        }
        _ => {}
    }
}

fn described(v: &serde_json::Value) -> bool {
    v.get("description")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|d| !d.trim().is_empty())
}

/// Editors show a property's own description on hover; without one, yaml-language-server
/// falls back to whatever the referenced enumeration holds (e.g. one value's text).
#[test]
fn every_property_has_its_own_description() {
    let schema = goodrel::schema::plan_schema_value();
    let mut all = Vec::new();
    properties(&schema, String::new(), &mut all);
    assert!(all.len() > 150, "{} properties", all.len());
    let missing: Vec<&str> = all
        .iter()
        .filter(|(_, p)| !described(p))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(missing.is_empty(), "undescribed properties: {missing:?}");
}

/// Every value of every enumeration is its own `const` with a description, and every alias
/// says which English value it is read as.
#[test]
fn every_enum_value_is_described_and_aliases_name_their_value() {
    let schema = goodrel::schema::plan_schema_value();
    let defs = schema["$defs"].as_object().expect("$defs");
    for (name, accepted) in goodrel::schema::ENUMS {
        let def = &defs[*name];
        let branches = def["oneOf"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: one branch per value"));
        for branch in branches {
            assert!(
                branch.get("enum").is_none(),
                "{name}: a bare list of values: {branch}"
            );
            let value = branch["const"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: {branch}"));
            assert!(
                described(branch),
                "{name}: value `{value}` has no description"
            );
        }
        let canonical: Vec<&str> = branches
            .iter()
            .filter(|b| b.get(goodrel::schema::ALIASES_MARK).is_none())
            .filter_map(|b| b["const"].as_str())
            .collect();
        for (alias, reads_as) in accepted() {
            let branch = branches
                .iter()
                .find(|b| b["const"] == alias.as_str())
                .unwrap_or_else(|| panic!("{name}: `{alias}` is accepted but not in the schema"));
            assert!(canonical.contains(&reads_as.as_str()));
            if alias != reads_as {
                let description = branch["description"].as_str().unwrap_or_default();
                assert!(
                    description.starts_with(&format!("Read as `{reads_as}`")),
                    "{name}: `{alias}` says {description:?}"
                );
            }
        }
    }
    let nuoriso = defs["Sector"]["oneOf"]
        .as_array()
        .and_then(|b| b.iter().find(|b| b["const"] == "nuoriso"))
        .expect("nuoriso");
    assert_eq!(nuoriso["description"], "Read as `youth`: Youth services.");
}

/// The docs say what the schema does: it lists the Finnish and Swedish spellings too.
#[test]
fn docs_describe_the_aliases_the_schema_lists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema = goodrel::schema::plan_schema_json();
    assert!(schema.contains("\"const\": \"nuoriso\""));
    for file in ["docs/plan-format.md", "examples/small-town/plan.yaml"] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let flat = text.replace("\n# ", " ").replace('\n', " ");
        for claim in [
            "English values only",
            "the only ones the editor schema knows",
        ] {
            assert!(!flat.contains(claim), "{file} still says {claim:?}");
        }
    }
    let doc = std::fs::read_to_string(root.join("docs/plan-format.md")).unwrap();
    assert!(doc.contains("Read as `youth`: Youth services."));
    assert!(schema.contains("Read as `youth`: Youth services."));
}
