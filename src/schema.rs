//! The JSON Schema of plan files, generated from the Rust types in `model::sections`.

use schemars::JsonSchema;
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
    add_aliases(&mut value);
    value
}

/// schemars leaves out `#[serde(alias)]` spellings, so editors and other validators would
/// reject Finnish and Swedish values the loader accepts. Each enumeration with aliases gets
/// them as a second `anyOf` branch; the first branch stays the documented values (which
/// `model::decode` lists in messages).
fn add_aliases(schema: &mut Value) {
    aliases_of::<RegionalAuthorityKind>(schema);
    aliases_of::<PlanningMode>(schema);
    aliases_of::<ArrivalReason>(schema);
    aliases_of::<ActorKind>(schema);
    aliases_of::<GovernanceLevel>(schema);
    aliases_of::<Sector>(schema);
    aliases_of::<PopulationGroup>(schema);
    aliases_of::<Component>(schema);
    aliases_of::<Area>(schema);
    aliases_of::<PyramidLevel>(schema);
    aliases_of::<MeasureKind>(schema);
    aliases_of::<FundingUse>(schema);
    aliases_of::<ParticipationForm>(schema);
    aliases_of::<Status>(schema);
    aliases_of::<Instrument>(schema);
    aliases_of::<Frequency>(schema);
    aliases_of::<StructureKind>(schema);
    aliases_of::<ConsultationMethod>(schema);
    aliases_of::<LinkKind>(schema);
}

/// The (alias, canonical value) pairs of a unit enum. serde's error for an unknown variant
/// lists every spelling it accepts, aliases included; reading each back and writing it out
/// again gives its canonical value.
pub fn alias_pairs<T: DeserializeOwned + Serialize>() -> Vec<(String, String)> {
    let Err(e) = serde_json::from_value::<T>(Value::String("\u{1}".into())) else {
        return Vec::new();
    };
    let message = e.to_string();
    let Some((_, expected)) = message.split_once("expected") else {
        return Vec::new();
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|name| {
            let value = serde_json::from_value::<T>(Value::String(name.to_owned())).ok()?;
            let canonical = serde_json::to_value(value).ok()?;
            let canonical = canonical.as_str()?;
            (canonical != name).then(|| (name.to_owned(), canonical.to_owned()))
        })
        .collect()
}

fn aliases_of<T: DeserializeOwned + Serialize + JsonSchema>(schema: &mut Value) {
    let pairs = alias_pairs::<T>();
    if pairs.is_empty() {
        return;
    }
    let Some(def) = schema
        .get_mut("$defs")
        .and_then(|d| d.get_mut(T::schema_name().as_ref()))
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mut documented = def.clone();
    let mut wrapped = serde_json::Map::new();
    for key in ["title", "description"] {
        if let Some(v) = documented.remove(key) {
            wrapped.insert(key.to_owned(), v);
        }
    }
    let listing = pairs
        .iter()
        .map(|(alias, canonical)| format!("{alias} = {canonical}"))
        .collect::<Vec<_>>()
        .join(", ");
    wrapped.insert(
        "anyOf".to_owned(),
        serde_json::json!([
            Value::Object(documented),
            {
                "type": "string",
                "enum": pairs.iter().map(|(a, _)| a.as_str()).collect::<Vec<_>>(),
                "description": format!(
                    "Finnish, Swedish and other spellings that are read as the documented value: {listing}."
                ),
            }
        ]),
    );
    *def = wrapped;
}

/// The schema as written to `schemas/plan.schema.json` (pretty, trailing newline).
pub fn plan_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&plan_schema_value()).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_listed_apart_from_the_documented_values() {
        let pairs = alias_pairs::<Area>();
        assert!(pairs.contains(&("muu".to_owned(), "other".to_owned())));
        assert!(alias_pairs::<Status>().is_empty());
        let schema = plan_schema_value();
        let area = &schema["$defs"]["Area"];
        assert!(area["description"].is_string());
        assert!(
            area["anyOf"][0]["oneOf"].is_array(),
            "documented values first"
        );
        let aliases = area["anyOf"][1]["enum"].as_array().expect("aliases");
        assert!(aliases.iter().any(|a| a == "muu"));
        assert!(!aliases.iter().any(|a| a == "other"));
    }
}
