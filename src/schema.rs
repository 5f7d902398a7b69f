//! The JSON Schema of plan files, generated from the Rust types in `model::sections`.
//!
//! schemars lists only the canonical (English) value of each choice, while the loader also
//! accepts the Finnish and Swedish aliases declared on the serde types. So that an editor does
//! not underline `nuoriso` which goodrel accepts, the aliases are added to each enumeration's
//! schema, taken from serde itself (the names a type's deserializer reports it expects).

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::*;

/// The schema as a JSON value.
pub fn plan_schema_value() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<PlanFile>();
    let mut value = schema.to_value();
    if let Some(defs) = value.get_mut("$defs").and_then(Value::as_object_mut) {
        for (name, accepted) in ENUMS {
            if let Some(def) = defs.get_mut(*name) {
                add_aliases(def, &accepted());
            }
        }
    }
    value
}

/// The schema as written to `schemas/plan.schema.json` (pretty, trailing newline).
pub fn plan_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&plan_schema_value()).unwrap_or_default();
    s.push('\n');
    s
}

/// Returns every name serde accepts for one enumeration.
pub type AcceptedNames = fn() -> Vec<String>;

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
/// error it gives for a name it does not know.
fn accepted<T: DeserializeOwned>() -> Vec<String> {
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

fn add_aliases(def: &mut Value, accepted: &[String]) {
    let listed = listed_values(def);
    let aliases: Vec<Value> = accepted
        .iter()
        .filter(|n| !listed.contains(n))
        .map(|n| Value::String(n.clone()))
        .collect();
    if aliases.is_empty() {
        return;
    }
    let branch = serde_json::json!({
        "type": "string",
        "enum": aliases,
        "description": "Finnish, Swedish and other accepted spellings of the values above.",
        ALIASES_MARK: true
    });
    match def.get_mut("oneOf").and_then(Value::as_array_mut) {
        Some(branches) => branches.push(branch),
        None => {
            let original = def.take();
            *def = serde_json::json!({ "oneOf": [original, branch] });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_read_from_serde() {
        let names = accepted::<Sector>();
        assert!(names.contains(&"youth".to_owned()));
        assert!(names.contains(&"nuoriso".to_owned()));
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
