//! The JSON Schema of plan files, generated from the Rust types in `model::sections` and the
//! vocabulary of `model::choices`: each choice lists its keys and, so that an editor does not
//! underline `nuoriso` or `Regional samarbetsgrupp` which goodrel reads, its Finnish and
//! Swedish terms, each described as the key it is read as. The loader compiles this same
//! schema into its field tables (`model::decode`), so the messages and the editor agree.

use serde_json::Value;

use super::PlanFile;
pub use super::vocabulary::ALIASES_MARK;

/// The schema as a JSON value.
pub fn plan_schema_value() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<PlanFile>();
    let mut value = schema.to_value();
    // No title: yaml-language-server puts the nearest title above every hover, twice for an
    // optional field ("PlanFile || PlanFile"), which tells the reader nothing.
    if let Some(root) = value.as_object_mut() {
        root.remove("title");
    }
    unwrap_lines(&mut value);
    value
}

/// Joins the lines of every description back into paragraphs: doc comments wrap at 100
/// columns, and editors would show each wrapped line as a paragraph of its own.
fn unwrap_lines(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(s) if key == "description" => {
                        *s = s
                            .split("\n\n")
                            .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
                            .collect::<Vec<_>>()
                            .join("\n\n");
                    }
                    _ => unwrap_lines(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_lines),
        _ => {}
    }
}

/// The schema as written to `schemas/plan.schema.json` (pretty, trailing newline).
pub fn plan_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&plan_schema_value()).unwrap_or_default();
    s.push('\n');
    s
}

/// Every field of the format that takes a value of a choice type, as `section[].field`
/// (e.g. `actors[].kind`), with the type's name, in the order the schema declares them.
pub fn choice_fields() -> Vec<(String, String)> {
    let schema = plan_schema_value();
    let mut out = Vec::new();
    walk(&schema, &schema, String::new(), 0, &mut out);
    out
}

fn walk(schema: &Value, node: &Value, path: String, depth: usize, out: &mut Vec<(String, String)>) {
    if depth > 12 {
        return;
    }
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or_default();
        if super::choices::by_name(name).is_some() {
            if !out.iter().any(|(p, n)| *p == path && n == name) {
                out.push((path, name.to_owned()));
            }
            return;
        }
        if let Some(def) = schema.get("$defs").and_then(|d| d.get(name)) {
            walk(schema, def, path, depth + 1, out);
        }
        return;
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in node
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk(schema, branch, path.clone(), depth + 1, out);
        }
    }
    if let Some(items) = node.get("items") {
        walk(schema, items, format!("{path}[]"), depth + 1, out);
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            let here = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            walk(schema, prop, here, depth + 1, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choices;

    #[test]
    fn every_choice_lists_its_keys_and_its_terms() {
        let schema = plan_schema_value();
        for vocabulary in choices::ALL {
            let def = &schema["$defs"][vocabulary.name];
            let listed: Vec<&str> = def["oneOf"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|b| b["enum"].as_array().into_iter().flatten())
                .filter_map(Value::as_str)
                .collect();
            assert!(
                !listed.is_empty(),
                "{} is not in the schema",
                vocabulary.name
            );
            for value in vocabulary.values {
                for (_, word) in value.all_spellings() {
                    assert!(
                        listed.contains(&word),
                        "{}: `{word}` is not in the schema",
                        vocabulary.name
                    );
                }
            }
        }
        let fields = choice_fields();
        assert!(fields.contains(&("actors[].kind".to_owned(), "ActorKind".to_owned())));
        assert!(fields.contains(&("objectives[].area[]".to_owned(), "Area".to_owned())));
        let sector = &schema["$defs"]["Sector"]["oneOf"][1]["enum"];
        assert!(
            sector
                .as_array()
                .is_some_and(|a| a.contains(&"nuoriso".into()))
        );
    }
}
