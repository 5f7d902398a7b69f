//! The JSON Schema of plan files, generated from the Rust types in `model::sections`.

use serde_json::Value;

use crate::model::PlanFile;

/// The schema as a JSON value.
pub fn plan_schema_value() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<PlanFile>();
    schema.to_value()
}

/// The schema as written to `schemas/plan.schema.json` (pretty, trailing newline).
pub fn plan_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&plan_schema_value()).unwrap_or_default();
    s.push('\n');
    s
}
