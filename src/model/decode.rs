//! Typed reading of one plan item from its node, reporting every unknown key (with the
//! closest known name) and the first wrong value, each at its own line.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Loc, Plan};
use crate::finding::{Finding, Location};
use crate::load::node::{Node, Seg};
use crate::rules::format;

/// Reads `node` as a `T`. Unknown keys are found by walking the node against the schema,
/// so every one is reported; a wrong value is reported and, when its field is optional,
/// dropped so the rest of the item is still read and checked.
pub(super) fn item<T: DeserializeOwned>(
    plan: &Plan,
    loc: &Loc,
    node: &Node,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    unknown_keys(
        plan,
        loc,
        node,
        schema_at(&loc.path),
        &mut loc.path.clone(),
        findings,
    );
    let mut value = node.to_json();
    let mut removed: Vec<Vec<Seg>> = Vec::new();
    for _ in 0..MAX_RETRIES {
        let err = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(v) => return Some(v),
            Err(err) => err,
        };
        let rel: Vec<Seg> = err
            .path()
            .iter()
            .filter_map(|seg| match seg {
                serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
                serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
                _ => None,
            })
            .collect();
        let raw = err.inner().to_string();
        if let Some(field) = raw
            .strip_prefix("missing field `")
            .map(|f| f.trim_end_matches('`'))
        {
            // A required field we removed ourselves was already reported.
            let mut missing = rel.clone();
            missing.push(Seg::Key(field.to_owned()));
            if !removed.contains(&missing) {
                let (message, hint) = explain_error(&raw, loc, &rel);
                findings.push(located(plan, loc, &rel, message, hint));
            }
            return None;
        }
        let (message, hint) = explain_error(&raw, loc, &rel);
        findings.push(located(plan, loc, &rel, message, hint));
        // Drop the offending field (a whole list, for a bad element) and read on.
        let mut field = rel.clone();
        while matches!(field.last(), Some(Seg::Index(_))) {
            field.pop();
        }
        if field.is_empty() || !remove(&mut value, &field) {
            return None;
        }
        removed.push(field);
    }
    None
}

const MAX_RETRIES: usize = 16;

fn located(plan: &Plan, loc: &Loc, rel: &[Seg], message: String, hint: Option<String>) -> Finding {
    Finding {
        rule: &format::INVALID_VALUE,
        severity: format::INVALID_VALUE.severity,
        message,
        location: Some(plan.locate(loc, rel)),
        hint,
    }
}

fn remove(value: &mut Value, path: &[Seg]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut node = value;
    for seg in parents {
        node = match (seg, node) {
            (Seg::Key(k), Value::Object(m)) => match m.get_mut(k) {
                Some(n) => n,
                None => return false,
            },
            (Seg::Index(i), Value::Array(a)) => match a.get_mut(*i) {
                Some(n) => n,
                None => return false,
            },
            _ => return false,
        };
    }
    match (last, node) {
        (Seg::Key(k), Value::Object(m)) => m.shift_remove(k).is_some(),
        _ => false,
    }
}

/// Reports every key of `node` (at `path` from the file root) that the schema does not know.
/// `schema` is the schema node describing `node`, carried down the recursion so that no
/// lookup starts again from the root (this runs for every item of every plan).
fn unknown_keys(
    plan: &Plan,
    loc: &Loc,
    node: &Node,
    schema: Option<&Value>,
    path: &mut Vec<Seg>,
    findings: &mut Vec<Finding>,
) {
    use crate::load::node::NodeValue;
    let Some(schema) = schema.map(|s| resolve(self::schema(), s)) else {
        return;
    };
    match &node.value {
        NodeValue::Map(entries) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            let mut unknown = 0usize;
            for (key, child) in entries {
                path.push(Seg::Key(key.name.clone()));
                if let Some(child_schema) = properties.get(&key.name) {
                    unknown_keys(plan, loc, child, Some(child_schema), path, findings);
                    path.pop();
                    continue;
                }
                unknown += 1;
                if unknown > UNKNOWN_KEYS_SHOWN {
                    path.pop();
                    continue;
                }
                let rel = &path[loc.path.len()..];
                let hint = did_you_mean(&key.name, properties.keys().map(String::as_str));
                let mut message = format!(
                    "`{}` is not a field of {}",
                    key.name,
                    describe(loc, &rel[..rel.len() - 1])
                );
                if hint.is_none() {
                    let known: Vec<&str> = properties.keys().map(String::as_str).collect();
                    message.push_str(&format!("; its fields are: {}", known.join(", ")));
                }
                findings.push(Finding {
                    rule: &format::UNKNOWN_KEY,
                    severity: format::UNKNOWN_KEY.severity,
                    message,
                    location: Some(plan.located(loc, rel, key.span.join(child.span))),
                    hint,
                });
                path.pop();
            }
            if unknown > UNKNOWN_KEYS_SHOWN {
                let rel = &path[loc.path.len()..];
                findings.push(more_unknown_keys(
                    plan.located(loc, rel, node.span),
                    unknown - UNKNOWN_KEYS_SHOWN,
                    &describe(loc, rel),
                ));
            }
        }
        NodeValue::Seq(items) => {
            let item_schema = schema.get("items");
            for (i, child) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                unknown_keys(plan, loc, child, item_schema, path, findings);
                path.pop();
            }
        }
        _ => {}
    }
}

/// How many unknown keys of one map are reported one by one; the rest are counted in one
/// finding. A misspelling shows in the first few, and a generated file with 400,000 stray
/// keys would otherwise bury the report (and take seconds to suggest names for).
pub const UNKNOWN_KEYS_SHOWN: usize = 100;

/// The finding that stands for the unknown keys of a map past [`UNKNOWN_KEYS_SHOWN`].
pub(crate) fn more_unknown_keys(at: Location, more: usize, map: &str) -> Finding {
    Finding {
        rule: &format::UNKNOWN_KEY,
        severity: format::UNKNOWN_KEY.severity,
        message: format!(
            "… and {more} more unknown key{} in {map}, not listed one by one",
            if more == 1 { "" } else { "s" }
        ),
        location: Some(at),
        hint: None,
    }
}

fn describe(loc: &Loc, rel: &[Seg]) -> String {
    let mut s = loc.label.clone();
    let rest = crate::load::node::path_to_string(rel);
    if !rest.is_empty() {
        if !rest.starts_with('[') {
            s.push('.');
        }
        s.push_str(&rest);
    }
    format!("`{s}`")
}

/// Turns serde's wording into words for plan editors, with a suggestion where one helps.
fn explain_error(raw: &str, loc: &Loc, rel: &[Seg]) -> (String, Option<String>) {
    let what = describe(loc, rel);
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (
            format!(
                "{} is missing the required field `{field}`",
                describe(loc, &[])
            ),
            None,
        );
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (given, expected) = rest.split_once("`, expected ").unwrap_or((rest, ""));
        // serde lists aliases too; suggest among all, show the canonical values.
        let all: Vec<&str> = expected
            .trim_start_matches("one of ")
            .split(", ")
            .map(|c| c.trim_matches('`'))
            .filter(|c| !c.is_empty())
            .collect();
        let mut full = loc.path.clone();
        full.extend_from_slice(rel);
        let canonical = known_values(&full);
        let choices: Vec<&str> = if canonical.is_empty() {
            all.clone()
        } else {
            canonical.iter().map(String::as_str).collect()
        };
        let hint = did_you_mean(given, all.iter().copied());
        return (
            format!(
                "`{given}` is not one of the values {what} accepts: {}",
                choices.join(", ")
            ),
            hint,
        );
    }
    let friendly = raw
        .replace("a sequence", "a list")
        .replace("sequence", "list")
        .replace("a string", "text")
        .replace("string ", "text ")
        .replace("struct ", "a map of ")
        .replace("invalid type: ", "");
    (format!("{what}: wrong kind of value: {friendly}"), None)
}

/// Longest value (in bytes) that gets a did-you-mean suggestion.
const SUGGEST_MAX_LEN: usize = 128;

/// The closest candidate by edit distance, as a ready hint, when it is close enough to be
/// what the writer meant.
pub(crate) fn did_you_mean<'a>(
    given: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<String> {
    // A value this long is not a misspelt name, and comparing an 8 MiB value with every
    // choice would take seconds.
    if given.len() > SUGGEST_MAX_LEN {
        return None;
    }
    let given_l = given.to_lowercase();
    candidates
        .map(|c| (strsim::jaro_winkler(&given_l, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(crate::schema::plan_schema_value)
}

/// The schema node describing the value at `path` (from the plan file's root).
fn schema_at(path: &[Seg]) -> Option<&'static Value> {
    let root = schema();
    let mut node = root;
    for seg in path {
        node = resolve(root, node);
        node = match seg {
            Seg::Key(k) => node.get("properties").and_then(|p| p.get(k))?,
            Seg::Index(_) => node.get("items")?,
        };
    }
    Some(resolve(root, node))
}

/// The documented (canonical) values of the enumeration at `path`, without the aliases.
fn known_values(path: &[Seg]) -> Vec<String> {
    let Some(node) = schema_at(path) else {
        return Vec::new();
    };
    let mut canonical = node.clone();
    if let Some(branches) = canonical.get_mut("oneOf").and_then(Value::as_array_mut) {
        branches.retain(|b| b.get(crate::schema::ALIASES_MARK).is_none());
    }
    crate::schema::listed_values(&canonical)
}

/// Follows `$ref` and picks the non-null branch of an optional value.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..8 {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            match root.get("$defs").and_then(|d| d.get(name)) {
                Some(n) => node = n,
                None => return node,
            }
        } else if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            match branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
            {
                Some(b) => node = b,
                None => return node,
            }
        } else {
            return node;
        }
    }
    node
}
