//! What the plan format says about a place in a file, for hover and completion: the keys a
//! map takes, a key's description, the choice a value is one of, and the kind of item a
//! reference names. Read from the same JSON Schema the loader compiles and editors get, so
//! the server, the messages and `schemas/plan.schema.json` agree.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::i18n::{self, Lang};
use crate::model::{self, Kind};

/// The plan schema, built once.
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(crate::schema::plan_schema_value)
}

/// The definition a `$ref` names.
fn resolve(v: &Value) -> Option<(&str, &Value)> {
    let name = v.get("$ref")?.as_str()?.rsplit('/').next()?;
    Some((name, schema().get("$defs")?.get(name)?))
}

/// The map type a value of this schema is (through references, options and lists): its
/// name in the schema and its schema.
fn object_of<'s>(name: &'s str, v: &'s Value, depth: usize) -> Option<(&'s str, &'s Value)> {
    if depth > 8 {
        return None;
    }
    if let Some((name, def)) = resolve(v) {
        return object_of(name, def, depth + 1);
    }
    if v.get("properties").is_some() {
        return Some((name, v));
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in v.get(key).and_then(Value::as_array).into_iter().flatten() {
            if let Some(found) = object_of(name, branch, depth + 1) {
                return Some(found);
            }
        }
    }
    v.get("items")
        .and_then(|items| object_of(name, items, depth + 1))
}

fn properties(v: &Value) -> Option<&Map<String, Value>> {
    v.get("properties")?.as_object()
}

/// The map at `parents` (keys from the top of a file): its type's name and schema.
fn map_at(parents: &[String]) -> Option<(&'static str, &'static Value)> {
    let mut at: (&'static str, &'static Value) = ("PlanFile", schema());
    for key in parents {
        let (key, field) = properties(at.1)?.get_key_value(key)?;
        at = object_of(key, field, 0)?;
    }
    Some(at)
}

/// A key of the format at a place in a file.
#[derive(Debug, Clone)]
pub struct Field {
    /// The type holding it (`Measure`), which names its catalogue entry.
    pub owner: &'static str,
    pub name: &'static str,
    schema: &'static Value,
}

impl Field {
    /// The key's description in `lang`: the catalogue's (`field-Measure-responsible`),
    /// else the schema's own English.
    pub fn description(&self, lang: Lang) -> Option<String> {
        if let Some(text) = i18n::entry(lang, &field_id(self.owner, self.name)) {
            return Some(text);
        }
        let own = self.schema.get("description").and_then(Value::as_str);
        own.or_else(|| resolve(self.schema)?.1.get("description")?.as_str())
            .map(str::to_owned)
    }

    /// The choice type its values come from (`Sector`), if it takes one.
    pub fn choice(&self) -> Option<&'static str> {
        choice_in(self.schema, 0)
    }

    /// Whether it takes a list.
    pub fn is_list(&self) -> bool {
        list_in(self.schema, 0)
    }
}

/// The catalogue id of a field's description.
pub fn field_id(owner: &str, name: &str) -> String {
    format!("field-{owner}-{name}")
}

fn choice_in(v: &'static Value, depth: usize) -> Option<&'static str> {
    if depth > 6 {
        return None;
    }
    if let Some((name, def)) = resolve(v) {
        if choice(name).is_some() {
            return Some(name);
        }
        return choice_in(def, depth + 1).filter(|_| def.get("properties").is_none());
    }
    for key in ["anyOf", "oneOf"] {
        for branch in v.get(key).and_then(Value::as_array).into_iter().flatten() {
            if let Some(found) = choice_in(branch, depth + 1) {
                return Some(found);
            }
        }
    }
    v.get("items").and_then(|items| choice_in(items, depth + 1))
}

fn list_in(v: &Value, depth: usize) -> bool {
    if depth > 6 {
        return false;
    }
    if v.get("type").and_then(Value::as_str) == Some("array") || v.get("items").is_some() {
        return true;
    }
    ["anyOf", "oneOf"].iter().any(|key| {
        v.get(*key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|b| list_in(b, depth + 1))
    })
}

/// The key `name` of the map at `parents`.
pub fn field(parents: &[String], name: &str) -> Option<Field> {
    let (owner, map) = map_at(parents)?;
    let (name, schema) = properties(map)?.get_key_value(name)?;
    Some(Field {
        owner,
        name: name.as_str(),
        schema,
    })
}

/// Every key the map at `parents` takes, in the schema's order.
pub fn keys(parents: &[String]) -> Vec<Field> {
    let Some((owner, map)) = map_at(parents) else {
        return Vec::new();
    };
    properties(map)
        .into_iter()
        .flatten()
        .map(|(name, schema)| Field {
            owner,
            name: name.as_str(),
            schema,
        })
        .collect()
}

/// Every key of the format, with the type holding it, for the catalogue's completeness.
pub fn all_fields() -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    let mut visit = |owner: &str, v: &Value| {
        for (name, prop) in properties(v).into_iter().flatten() {
            let description = prop
                .get("description")
                .and_then(Value::as_str)
                .or_else(|| resolve(prop)?.1.get("description")?.as_str())
                .map(str::to_owned);
            out.push((owner.to_owned(), name.clone(), description));
        }
    };
    visit("PlanFile", schema());
    for (name, def) in schema()
        .get("$defs")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        visit(name, def);
    }
    out
}

/// Text as a Fluent pattern: braces are placeables in Fluent, so they are written as
/// string literals.
fn fluent_text(s: &str) -> String {
    s.replace('{', "\u{1}")
        .replace('}', "{\"}\"}")
        .replace('\u{1}', "{\"{\"}")
}

/// The English descriptions of every key, as `locales/en/fields.ftl` holds them: generated
/// from the schema (the doc comments of `model::sections`), so the English cannot drift;
/// `locales/fi/fields.ftl` and `locales/sv/fields.ftl` translate them, entry by entry.
pub fn english_catalogue() -> String {
    let mut out = String::from(
        "# The description of every key of the plan format, shown when an editor hovers on a\n\
         # key (`goodrel lsp`). Generated from the schema's descriptions (the doc comments of\n\
         # src/model/sections.rs) by `GOODREL_BLESS=1 cargo test`; do not edit. The Finnish and\n\
         # Swedish files translate each entry.\n",
    );
    for (owner, name, description) in all_fields() {
        let Some(description) = description else {
            continue;
        };
        out.push('\n');
        out.push_str(&format!(
            "{} = {}\n",
            field_id(&owner, &name),
            fluent_text(&description)
        ));
    }
    out
}

/// A choice type: its vocabulary (keys, and each value's terms in every language).
pub use crate::model::vocabulary::Vocabulary as Choice;

/// The choice type named `name` in the schema.
pub fn choice(name: &str) -> Option<&'static Choice> {
    crate::model::choices::by_name(name)
}

/// The key a written value of a choice is read as (any of its terms, any case).
pub fn key_of(choice: &'static Choice, written: &str) -> Option<&'static str> {
    choice
        .find(written)
        .and_then(|i| choice.values.get(i))
        .map(|v| v.key)
}

/// A value's official term in `lang` (the key itself where the vocabulary has none).
pub fn term(choice: &Choice, key: &str, lang: Lang) -> String {
    choice.term_of(key, lang).unwrap_or(key).to_owned()
}

/// Whether the key at `parents` + `key` holds maps (a section's items, a block): an entry
/// begun under it (`- ti`) is a key being written, not a value.
pub fn holds_maps(parents: &[String], key: &str) -> bool {
    let mut path = parents.to_vec();
    path.push(key.to_owned());
    map_at(&path).is_some()
}

/// The kind of item the key at `parents` + `key` names by id, if it is a reference.
pub fn reference(parents: &[String], key: &str) -> Option<Kind> {
    let mut path: Vec<&str> = parents.iter().map(String::as_str).collect();
    path.push(key);
    model::REFERENCE_FIELDS
        .iter()
        .find(|(p, _)| p.split('.').eq(path.iter().copied()))
        .map(|(_, kind)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_of(parents: &[&str]) -> Vec<&'static str> {
        let parents: Vec<String> = parents.iter().map(|s| (*s).to_owned()).collect();
        keys(&parents).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn keys_descriptions_choices_and_references_at_a_place() {
        assert!(keys_of(&[]).contains(&"measures"));
        assert!(keys_of(&["measures"]).contains(&"responsible"));
        assert!(keys_of(&["measures", "timetable"]).contains(&"start"));
        let measures = vec!["measures".to_owned()];
        let sector = field(&measures, "sector").map(|f| f.choice());
        assert_eq!(sector, Some(Some("Sector")));
        let groups = field(&measures, "target_groups");
        assert_eq!(
            groups.as_ref().and_then(Field::choice),
            Some("PopulationGroup")
        );
        assert!(groups.is_some_and(|f| f.is_list()));
        let responsible = field(&measures, "responsible");
        assert!(
            responsible
                .and_then(|f| f.description(Lang::En))
                .is_some_and(|d| d.contains("actor"))
        );
        assert_eq!(reference(&measures, "responsible"), Some(Kind::Actor));
        assert_eq!(reference(&measures, "objectives"), Some(Kind::Objective));
        assert_eq!(reference(&measures, "title"), None);
        let sector = choice("Sector").expect("a choice type");
        assert_eq!(key_of(sector, "nuoriso"), Some("youth"));
        assert_eq!(key_of(sector, "Ungdomstjänster"), Some("youth"));
        assert_eq!(term(sector, "youth", Lang::Fi), "nuorisopalvelut");
    }
}
