//! The JSON Schema of plan files, generated from the Rust types in `model::sections`.
//!
//! schemars lists only the canonical (English) value of each choice, while the loader also
//! accepts the Finnish and Swedish aliases declared on the serde types. So that an editor does
//! not underline `nuoriso` which goodrel accepts, the aliases are added to each enumeration's
//! schema, taken from serde itself (the names a type's deserializer reports it expects), each
//! as its own value whose description says which English value it is read as.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::*;

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
    if let Some(defs) = value.get_mut("$defs").and_then(Value::as_object_mut) {
        for (name, accepted) in ENUMS {
            if let Some(def) = defs.get_mut(*name) {
                add_aliases(def, &accepted());
                to_enum_descriptions(def);
            }
        }
    }
    value
}

/// Rewrites an enumeration given as one `const` per value into `enum` lists with
/// `enumDescriptions` / `markdownEnumDescriptions` (the keywords VS Code's JSON support and
/// yaml-language-server read), one list of the English values and one of the aliases. With a
/// `const` per value, yaml-language-server's hover on a field shows the matched value's text
/// instead of the field's description; with the lists it shows the field's description, then
/// each value's.
fn to_enum_descriptions(def: &mut Value) {
    let Some(branches) = def.get("oneOf").and_then(Value::as_array) else {
        return;
    };
    let mut canonical = (Vec::new(), Vec::new());
    let mut aliases = (Vec::new(), Vec::new());
    for branch in branches {
        let (Some(value), Some(description)) = (
            branch.get("const").and_then(Value::as_str),
            branch.get("description").and_then(Value::as_str),
        ) else {
            // A value without a description: leave the schema as schemars wrote it (the
            // schema test names the value).
            return;
        };
        let list = if branch.get(ALIASES_MARK).is_some() {
            &mut aliases
        } else {
            &mut canonical
        };
        list.0.push(Value::from(value));
        list.1.push(Value::from(description));
    }
    let list = |(values, descriptions): (Vec<Value>, Vec<Value>), mark: bool| {
        let mut branch = serde_json::json!({
            "type": "string",
            "enum": values,
            "enumDescriptions": descriptions.clone(),
            "markdownEnumDescriptions": descriptions,
        });
        if mark {
            branch[ALIASES_MARK] = Value::Bool(true);
        }
        branch
    };
    let has_aliases = !aliases.0.is_empty();
    let mut new = list(canonical, false);
    if has_aliases {
        new = serde_json::json!({ "oneOf": [new, list(aliases, true)] });
    }
    if let (Some(description), Some(object)) =
        (def.get("description").cloned(), new.as_object_mut())
    {
        object.insert("description".into(), description);
    }
    *def = new;
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

/// Returns every name serde accepts for one enumeration, each with the canonical value it is
/// read as.
pub type AcceptedNames = fn() -> Vec<(String, String)>;

/// Every enumeration of the plan format, by its schema name, with the names serde accepts.
/// A test checks that no enumeration of the schema is missing here.
pub const ENUMS: &[(&str, AcceptedNames)] = &[
    ("RegionalAuthorityKind", accepted::<RegionalAuthorityKind>),
    ("PlanningMode", accepted::<PlanningMode>),
    ("ArrivalReason", accepted::<ArrivalReason>),
    ("ActorKind", accepted::<ActorKind>),
    ("GovernanceLevel", accepted::<GovernanceLevel>),
    ("Sector", accepted::<Sector>),
    ("PopulationGroup", accepted::<PopulationGroup>),
    ("Component", accepted::<Component>),
    ("Area", accepted::<Area>),
    ("FundingUse", accepted::<FundingUse>),
    ("PyramidLevel", accepted::<PyramidLevel>),
    ("MeasureKind", accepted::<MeasureKind>),
    ("ParticipationForm", accepted::<ParticipationForm>),
    ("Status", accepted::<Status>),
    ("Instrument", accepted::<Instrument>),
    ("Frequency", accepted::<Frequency>),
    ("StructureKind", accepted::<StructureKind>),
    ("ConsultationMethod", accepted::<ConsultationMethod>),
    ("LinkKind", accepted::<LinkKind>),
    ("ReportingUnit", accepted::<ReportingUnit>),
    ("StructureRight", accepted::<StructureRight>),
    ("DiversityDimension", accepted::<DiversityDimension>),
    ("DialogueTiming", accepted::<DialogueTiming>),
    ("LawBasis", accepted::<LawBasis>),
    ("ServiceKind", accepted::<ServiceKind>),
];

/// The names (canonical and aliases) serde accepts for a unit-variant enum, read from the
/// error it gives for a name it does not know, each with the canonical name serde writes for
/// the value it reads.
fn accepted<T: DeserializeOwned + Serialize>() -> Vec<(String, String)> {
    let Err(err) = serde_json::from_value::<T>(Value::String("\u{1}".into())) else {
        return Vec::new();
    };
    let message = err.to_string();
    let Some((_, expected)) = message.split_once("expected ") else {
        return Vec::new();
    };
    expected
        .trim_start_matches("one of ")
        .split(", ")
        .map(|n| n.trim_matches('`').to_owned())
        .filter(|n| !n.is_empty())
        .filter_map(|name| {
            let value = serde_json::from_value::<T>(Value::String(name.clone())).ok()?;
            let canonical = serde_json::to_value(value).ok()?.as_str()?.to_owned();
            Some((name, canonical))
        })
        .collect()
}

/// Marks the schema branch that holds aliases, so messages can list canonical values only.
pub const ALIASES_MARK: &str = "x-goodrel-aliases";

/// The values an enumeration's schema lists (`enum` arrays and `const`s), aliases included.
pub fn listed_values(def: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(values) = def.get("enum").and_then(Value::as_array) {
        out.extend(values.iter().filter_map(Value::as_str).map(str::to_owned));
    }
    if let Some(c) = def.get("const").and_then(Value::as_str) {
        out.push(c.to_owned());
    }
    for branch in def
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.extend(listed_values(branch));
    }
    out
}

/// The description of `value` in an enumeration's schema, if it has one.
fn value_description<'a>(def: &'a Value, value: &str) -> Option<&'a str> {
    // Called before `to_enum_descriptions`, while each value is a `const` of its own.
    def.get("oneOf")
        .and_then(Value::as_array)?
        .iter()
        .find(|b| b.get("const").and_then(Value::as_str) == Some(value))?
        .get("description")
        .and_then(Value::as_str)
}

/// Adds each alias as its own value, described as the canonical value it is read as, so an
/// editor's hover on `nuoriso` says `youth` and what that means.
fn add_aliases(def: &mut Value, accepted: &[(String, String)]) {
    let listed = listed_values(def);
    let branches: Vec<Value> = accepted
        .iter()
        .filter(|(name, _)| !listed.contains(name))
        .map(|(name, canonical)| {
            let description = match value_description(def, canonical) {
                Some(d) => format!("Read as `{canonical}`: {d}"),
                None => format!("Read as `{canonical}`."),
            };
            serde_json::json!({
                "type": "string",
                "const": name,
                "description": description,
                ALIASES_MARK: true
            })
        })
        .collect();
    if branches.is_empty() {
        return;
    }
    match def.get_mut("oneOf").and_then(Value::as_array_mut) {
        Some(existing) => existing.extend(branches),
        None => {
            let original = def.take();
            let mut all = vec![original];
            all.extend(branches);
            *def = serde_json::json!({ "oneOf": all });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_read_from_serde() {
        let names = accepted::<Sector>();
        assert!(names.contains(&("youth".to_owned(), "youth".to_owned())));
        assert!(names.contains(&("nuoriso".to_owned(), "youth".to_owned())));
    }

    #[test]
    fn every_enumeration_of_the_schema_gets_its_aliases() {
        let schema = schemars::generate::SchemaSettings::draft2020_12()
            .into_generator()
            .into_root_schema_for::<PlanFile>()
            .to_value();
        let defs = schema["$defs"].as_object().cloned().unwrap_or_default();
        for (name, def) in defs {
            if !listed_values(&def).is_empty() {
                assert!(
                    ENUMS.iter().any(|(n, _)| *n == name),
                    "enumeration {name} is missing from schema::ENUMS"
                );
            }
        }
        let full = plan_schema_value();
        assert!(listed_values(&full["$defs"]["Sector"]).contains(&"nuoriso".to_owned()));
    }
}
