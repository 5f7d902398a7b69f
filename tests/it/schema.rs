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

/// The `enum` lists of an enumeration's schema with their descriptions, aliases marked.
fn value_lists(def: &serde_json::Value) -> Vec<(&serde_json::Value, bool)> {
    match def.get("oneOf").and_then(serde_json::Value::as_array) {
        Some(branches) => branches
            .iter()
            .map(|b| (b, b.get(goodrel::schema::ALIASES_MARK).is_some()))
            .collect(),
        None => vec![(def, false)],
    }
}

/// Every value of every enumeration has a description (in `enumDescriptions` and
/// `markdownEnumDescriptions`, which editors show per value), and every alias says which
/// English value it is read as.
#[test]
fn every_enum_value_is_described_and_aliases_name_their_value() {
    let schema = goodrel::schema::plan_schema_value();
    let defs = schema["$defs"].as_object().expect("$defs");
    for vocabulary in goodrel::model::choices::ALL {
        let name = vocabulary.name;
        let def = &defs[name];
        let mut described_values = std::collections::HashMap::new();
        let mut canonical = Vec::new();
        for (list, is_alias) in value_lists(def) {
            assert!(
                list.get("const").is_none(),
                "{name}: a value outside the lists"
            );
            let values = list["enum"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: no enum list in {list}"));
            for key in ["enumDescriptions", "markdownEnumDescriptions"] {
                let descriptions = list[key]
                    .as_array()
                    .unwrap_or_else(|| panic!("{name}: no {key}"));
                assert_eq!(
                    descriptions.len(),
                    values.len(),
                    "{name}: one {key} per value"
                );
            }
            for (value, description) in values
                .iter()
                .zip(list["enumDescriptions"].as_array().into_iter().flatten())
            {
                let value = value.as_str().expect("string value");
                let description = description.as_str().unwrap_or_default();
                assert!(
                    !description.trim().is_empty(),
                    "{name}: value `{value}` has no description"
                );
                described_values.insert(value.to_owned(), description.to_owned());
                if !is_alias {
                    canonical.push(value.to_owned());
                }
            }
        }
        let accepted = vocabulary.values.iter().flat_map(|v| {
            v.all_spellings()
                .map(move |(_, word)| (word.to_owned(), v.key.to_owned()))
        });
        for (alias, reads_as) in accepted {
            let description = described_values
                .get(&alias)
                .unwrap_or_else(|| panic!("{name}: `{alias}` is accepted but not in the schema"));
            assert!(canonical.contains(&reads_as));
            if alias != reads_as {
                assert!(
                    description.starts_with(&format!("Read as `{reads_as}` (")),
                    "{name}: `{alias}` says {description:?}"
                );
                assert!(
                    !canonical.contains(&alias),
                    "{name}: alias `{alias}` listed as English"
                );
            }
        }
    }
    let sector = value_lists(&defs["Sector"]);
    let (aliases, _) = sector.iter().find(|(_, a)| *a).expect("aliases");
    let at = aliases["enum"]
        .as_array()
        .and_then(|v| v.iter().position(|v| v == "nuoriso"))
        .expect("nuoriso");
    assert_eq!(
        aliases["markdownEnumDescriptions"][at],
        "Read as `youth` (Finnish): Youth services."
    );
}

/// No value's description stands in for a field's: a field that takes an enumeration has its
/// own description, the enumeration's values carry theirs in lists (not as `const`s, which
/// yaml-language-server would show instead of the field's text), and there is no schema
/// title to head every hover.
#[test]
fn hovers_show_the_field_not_a_value() {
    let schema = goodrel::schema::plan_schema_value();
    assert!(schema.get("title").is_none());
    let text = schema.to_string();
    assert!(
        !text.contains("\"const\""),
        "no value is a const of its own"
    );
    let actor = &schema["$defs"]["Actor"]["properties"]["sector"];
    assert_eq!(
        actor["description"],
        "For a municipal sector or a service provider: the sector it works in."
    );
    let mut all = Vec::new();
    properties(&schema, String::new(), &mut all);
    for (path, p) in all {
        if let Some(d) = p.get("description").and_then(serde_json::Value::as_str) {
            assert!(
                !d.replace("\n\n", "").contains('\n'),
                "{path}: wrapped lines in {d:?}"
            );
        }
    }
}

/// The docs say what the schema does: it lists the Finnish and Swedish spellings too.
#[test]
fn docs_describe_the_aliases_the_schema_lists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema = goodrel::schema::plan_schema_json();
    assert!(schema.contains("\"nuoriso\""));
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
    assert!(doc.contains("Read as `youth` (Finnish): Youth services."));
    assert!(schema.contains("Read as `youth` (Finnish): Youth services."));
}

/// The schema's date pattern and goodrel's date reader are one grammar: every text of a wide
/// sample is a date for both or for neither (issue 23, item 5).
#[test]
fn the_schema_and_goodrel_read_the_same_dates() {
    let schema = goodrel::schema::plan_schema_value();
    let date = schema["$defs"]["Date"].clone();
    let validator = jsonschema::validator_for(&date).expect("the date schema compiles");
    let mut samples: Vec<String> = Vec::new();
    for year in ["2024", "2025", "2000", "1900", "2100", "25", "02025"] {
        for month in [
            "0", "1", "01", "2", "02", "4", "09", "11", "12", "13", "001",
        ] {
            for day in ["0", "1", "01", "28", "29", "30", "31", "32"] {
                samples.push(format!("{year}-{month}-{day}"));
                samples.push(format!("{day}.{month}.{year}"));
            }
        }
    }
    samples.extend(
        [
            "2025-01-01x",
            "2025-01-01T10:00",
            "2025-01-01T10:00:00.5+02:00",
            "2025-01-01 10:00:00Z",
            "2025-01-01T1",
            "1.3.2025.",
            "tomorrow",
            "3/1/2025",
            "",
        ]
        .map(str::to_owned),
    );
    let mut disagree = Vec::new();
    for s in &samples {
        let schema_says = validator.is_valid(&serde_json::Value::from(s.as_str()));
        let goodrel_says = goodrel::model::date::Date::parse(s).is_some();
        if schema_says != goodrel_says {
            disagree.push(format!("{s}: schema {schema_says}, goodrel {goodrel_says}"));
        }
    }
    assert!(disagree.is_empty(), "{disagree:#?}");
    for (text, valid) in [
        ("2028-13-31", false),
        ("2025-02-30", false),
        ("2025-01-01x", false),
        ("2025-1-1", true),
        ("29.2.2024", true),
        ("29.2.2025", false),
    ] {
        assert_eq!(
            validator.is_valid(&serde_json::Value::from(text)),
            valid,
            "{text}"
        );
    }
}
