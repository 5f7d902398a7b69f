//! Typed reading of one plan item straight from its span tree. A serde `Deserializer` over
//! `&Node` knows the path of every value it hands out, so a wrong value is located without an
//! intermediate JSON copy; unknown keys are checked against the schema compiled once into
//! per-type field tables. A wrong value drops only itself: the item is read again without it,
//! and the field is recorded as present but invalid so rules do not also call it missing.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use serde_json::Value;

use super::date::DATE_MARK;
use super::vocabulary::{Vocabulary, selector};
use super::{Loc, Plan, words};
use crate::finding::{Finding, Location};
use crate::format_rules as format;
use crate::i18n::{Arg, Message};
use crate::load::Syntax;
use crate::load::node::{Key, Node, NodeValue, Seg};
use crate::msg;

/// What reading one item gave: the value, unless the item is not a map at all (or a
/// required field of it could not even be stood in for), and the fields (relative to the
/// item, list indices left out) present but invalid, or required but missing.
pub(super) struct Decoded<T> {
    pub value: Option<T>,
    pub invalid: Vec<Vec<Seg>>,
}

/// What stands in for a required field of an item that was written wrong or not at all,
/// so that the item is kept with that field marked invalid: an empty text, list or map,
/// `other` (else the first value) of a choice, and, where the field is a date, a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fill {
    Blank,
    Date,
    Choice,
}

/// Reads `node` as a `T`, reporting every unknown key and every wrong value at its own line.
pub(super) fn item<T: DeserializeOwned>(
    plan: &Plan,
    loc: &Loc,
    node: &Node,
    findings: &mut Vec<Finding>,
) -> Decoded<T> {
    let shapes = shapes();
    let shape = shapes.at(&loc.path);
    let mut invalid: Vec<Vec<Seg>> = Vec::new();
    if let Some(shape) = shape {
        let mut path = Vec::new();
        unknown_keys(plan, loc, node, shape, &mut path, &mut invalid, findings);
    }
    let syntax = plan.files.get(loc.file).map_or(Syntax::Yaml, |f| f.syntax);
    // Values left out of the next attempt, each already reported.
    let mut skip: Vec<Vec<Seg>> = Vec::new();
    // Required fields of the item itself stood in for (see [`Fill`]).
    let mut fill: Vec<(&'static str, Fill)> = Vec::new();
    for _ in 0..MAX_ATTEMPTS {
        let root = Trail::ROOT;
        let de = NodeDe {
            node,
            trail: &root,
            skip: &skip,
            fill: &fill,
        };
        let err = match T::deserialize(de) {
            Ok(value) => {
                return Decoded {
                    value: Some(value),
                    invalid,
                };
            }
            Err(err) => err,
        };
        // The value to leave out next time: the wrong one, or the map lacking a required
        // field (at the item's own level, the field is stood in for instead).
        let mut drop = err.path.unwrap_or_default();
        if let [Seg::Key(key)] = drop.as_slice()
            && let Some(f) = fill.iter_mut().find(|(name, _)| name == key)
        {
            // What stood in did not fit the field: a date next, then a choice, then give up.
            match f.1 {
                Fill::Blank => {
                    f.1 = Fill::Date;
                    continue;
                }
                Fill::Date => {
                    f.1 = Fill::Choice;
                    continue;
                }
                Fill::Choice => {}
            }
            return Decoded {
                value: None,
                invalid,
            };
        }
        // A list whose every entry has the same wrong kind (`languages: [ru, ar]` where
        // entries with fields belong) is one mistake: one finding, at the list.
        if matches!(err.kind, Trouble::Kind)
            && let Some(list) = uniform_list(node, &drop)
        {
            findings.push(wrong_list(plan, loc, node, &list, syntax));
            drop = list;
        } else {
            match &err.kind {
                Trouble::Missing(field) => {
                    let mut missing = drop.clone();
                    missing.push(Seg::Key((*field).to_owned()));
                    // Not again when we left it out ourselves or a misspelt key stands for it.
                    let already = skip.contains(&missing) || invalid.contains(&strip(&missing));
                    if !already {
                        findings.push(missing_field(plan, loc, &drop, field, syntax));
                    }
                    if drop.is_empty() {
                        if fill.iter().any(|(name, _)| name == field) {
                            return Decoded {
                                value: None,
                                invalid,
                            };
                        }
                        let field_path = vec![Seg::Key((*field).to_owned())];
                        if !invalid.contains(&field_path) {
                            invalid.push(field_path);
                        }
                        fill.push((field, Fill::Blank));
                        continue;
                    }
                }
                kind => findings.push(wrong_value(plan, loc, node, &drop, kind, syntax)),
            }
        }
        if drop.is_empty() {
            return Decoded {
                value: None,
                invalid,
            };
        }
        let field = strip(&drop);
        if !invalid.contains(&field) {
            invalid.push(field);
        }
        skip.push(drop);
    }
    Decoded {
        value: None,
        invalid,
    }
}

/// Enough for every field of the largest item to be wrong at once.
const MAX_ATTEMPTS: usize = 64;

/// The field a path names, list indices left out (`partners[2]` is the field `partners`).
fn strip(path: &[Seg]) -> Vec<Seg> {
    path.iter()
        .filter(|s| matches!(s, Seg::Key(_)))
        .cloned()
        .collect()
}

/// The list `path` is an entry of, when every entry of that list is the same kind of value
/// as the entry at `path`.
fn uniform_list(item: &Node, path: &[Seg]) -> Option<Vec<Seg>> {
    let (Seg::Index(_), list) = path.split_last()? else {
        return None;
    };
    let NodeValue::Seq(entries) = &item.at(list)?.value else {
        return None;
    };
    let kind = |n: &Node| std::mem::discriminant(&n.value);
    let first = kind(entries.first()?);
    entries
        .iter()
        .all(|e| kind(e) == first)
        .then(|| list.to_vec())
}

// ---------------------------------------------------------------------------------------
// The deserializer.

/// The path to the value being read, as a chain of borrowed steps (materialised only when
/// something goes wrong or a skip list has to be consulted).
#[derive(Clone, Copy)]
struct Trail<'p> {
    parent: Option<&'p Trail<'p>>,
    step: Step<'p>,
}

#[derive(Clone, Copy)]
enum Step<'p> {
    Root,
    Key(&'p str),
    Index(usize),
}

impl<'p> Trail<'p> {
    const ROOT: Trail<'static> = Trail {
        parent: None,
        step: Step::Root,
    };

    fn path(&self) -> Vec<Seg> {
        let mut out = Vec::new();
        let mut at = Some(self);
        while let Some(t) = at {
            match t.step {
                Step::Root => {}
                Step::Key(k) => out.push(Seg::Key(k.to_owned())),
                Step::Index(i) => out.push(Seg::Index(i)),
            }
            at = t.parent;
        }
        out.reverse();
        out
    }

    /// Whether this trail spells exactly `path`.
    fn is(&self, path: &[Seg]) -> bool {
        let mut at = Some(self);
        let mut rest = path;
        while let Some(t) = at {
            match t.step {
                Step::Root => {}
                Step::Key(k) => match rest.split_last() {
                    Some((Seg::Key(p), before)) if p == k => rest = before,
                    _ => return false,
                },
                Step::Index(i) => match rest.split_last() {
                    Some((Seg::Index(p), before)) if *p == i => rest = before,
                    _ => return false,
                },
            }
            at = t.parent;
        }
        rest.is_empty()
    }
}

struct NodeDe<'a, 'p> {
    node: &'a Node,
    trail: &'p Trail<'p>,
    skip: &'p [Vec<Seg>],
    /// The item's required fields stood in for; empty below the item's own map.
    fill: &'p [(&'static str, Fill)],
}

impl<'a, 'p> NodeDe<'a, 'p> {
    fn unexpected(&self) -> de::Unexpected<'a> {
        match &self.node.value {
            NodeValue::Null => de::Unexpected::Unit,
            NodeValue::Bool(b) => de::Unexpected::Bool(*b),
            NodeValue::Int(i) => de::Unexpected::Signed(*i),
            NodeValue::Float(f) => de::Unexpected::Float(*f),
            NodeValue::Str(s) => de::Unexpected::Str(s),
            NodeValue::Seq(_) => de::Unexpected::Seq,
            NodeValue::Map(_) => de::Unexpected::Map,
        }
    }
}

impl<'de, 'p> de::Deserializer<'de> for NodeDe<'de, 'p> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.value {
            NodeValue::Null => visitor.visit_unit(),
            NodeValue::Bool(b) => visitor.visit_bool(*b),
            NodeValue::Int(i) => visitor.visit_i64(*i),
            NodeValue::Float(f) => visitor.visit_f64(*f),
            NodeValue::Str(s) => visitor.visit_str(s),
            NodeValue::Seq(items) => visitor.visit_seq(Items {
                items: items.iter().enumerate(),
                trail: self.trail,
                skip: self.skip,
            }),
            NodeValue::Map(entries) => visitor.visit_map(Entries {
                entries: entries.iter(),
                value: None,
                trail: self.trail,
                skip: self.skip,
                fill: self.fill.iter(),
                filling: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.value {
            NodeValue::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.value {
            NodeValue::Str(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

struct Items<'a, 'p> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Node>>,
    trail: &'p Trail<'p>,
    skip: &'p [Vec<Seg>],
}

impl<'de, 'p> de::SeqAccess<'de> for Items<'de, 'p> {
    type Error = DeError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, DeError> {
        for (i, node) in self.items.by_ref() {
            let trail = Trail {
                parent: Some(self.trail),
                step: Step::Index(i),
            };
            if self.skip.iter().any(|s| trail.is(s)) {
                continue;
            }
            let de = NodeDe {
                node,
                trail: &trail,
                skip: self.skip,
                fill: &[],
            };
            return seed.deserialize(de).map(Some).map_err(|e| e.at(&trail));
        }
        Ok(None)
    }
}

struct Entries<'a, 'p> {
    entries: std::slice::Iter<'a, (crate::load::node::Key, Node)>,
    value: Option<(&'a str, &'a Node)>,
    trail: &'p Trail<'p>,
    skip: &'p [Vec<Seg>],
    /// After the written entries, the required fields to stand in for (the item's map only).
    fill: std::slice::Iter<'p, (&'static str, Fill)>,
    filling: Option<(&'static str, Fill)>,
}

impl<'de, 'p> de::MapAccess<'de> for Entries<'de, 'p> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        for (key, node) in self.entries.by_ref() {
            if !self.skip.is_empty() {
                let trail = Trail {
                    parent: Some(self.trail),
                    step: Step::Key(&key.name),
                };
                if self.skip.iter().any(|s| trail.is(s)) {
                    continue;
                }
            }
            self.value = Some((&key.name, node));
            let name: de::value::StrDeserializer<'_, DeError> =
                key.name.as_str().into_deserializer();
            return seed.deserialize(name).map(Some);
        }
        if let Some(&(name, fill)) = self.fill.next() {
            self.filling = Some((name, fill));
            let name: de::value::StrDeserializer<'_, DeError> = name.into_deserializer();
            return seed.deserialize(name).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        if let Some((name, fill)) = self.filling.take() {
            let trail = Trail {
                parent: Some(self.trail),
                step: Step::Key(name),
            };
            return seed.deserialize(StandIn(fill)).map_err(|e| e.at(&trail));
        }
        let Some((key, node)) = self.value.take() else {
            return Err(de::Error::custom("a value was asked for before its key"));
        };
        let trail = Trail {
            parent: Some(self.trail),
            step: Step::Key(key),
        };
        let de = NodeDe {
            node,
            trail: &trail,
            skip: self.skip,
            fill: &[],
        };
        seed.deserialize(de).map_err(|e| e.at(&trail))
    }
}

/// The value that stands in for a required field of an item (see [`Fill`]).
struct StandIn(Fill);

/// A date no plan speaks of, standing in for a required date written wrong.
const STAND_IN_DATE: &str = "1900-01-01";

impl<'de> de::Deserializer<'de> for StandIn {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Fill::Blank => visitor.visit_seq(de::value::SeqDeserializer::new(std::iter::empty::<
                de::value::UnitDeserializer<DeError>,
            >())),
            Fill::Date => visitor.visit_str(STAND_IN_DATE),
            Fill::Choice => visitor.visit_str(super::vocabulary::STAND_IN_CHOICE),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Fill::Blank => visitor.visit_str(""),
            Fill::Date => visitor.visit_str(STAND_IN_DATE),
            Fill::Choice => visitor.visit_str(super::vocabulary::STAND_IN_CHOICE),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_none()
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_bool(false)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let variant = variants
            .iter()
            .find(|v| **v == "other")
            .or(variants.first())
            .copied()
            .unwrap_or_default();
        visitor.visit_enum(variant.into_deserializer())
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_map(de::value::MapDeserializer::new(std::iter::empty::<(
            de::value::UnitDeserializer<DeError>,
            de::value::UnitDeserializer<DeError>,
        )>()))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
        bytes byte_buf unit unit_struct seq tuple tuple_struct identifier ignored_any
    }
}

/// A decoding error in the plan's terms, with the path (relative to the item) where it
/// arose: the innermost value reports, the enclosing maps only fill in the path.
#[derive(Debug)]
pub(super) struct DeError {
    kind: Trouble,
    path: Option<Vec<Seg>>,
}

#[derive(Debug)]
enum Trouble {
    Missing(&'static str),
    Variant {
        given: String,
        accepted: &'static [&'static str],
    },
    Kind,
    Custom(String),
}

impl DeError {
    fn at(mut self, trail: &Trail<'_>) -> Self {
        if self.path.is_none() {
            self.path = Some(trail.path());
        }
        self
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Trouble::Missing(field) => write!(f, "missing field `{field}`"),
            Trouble::Variant { given, .. } => write!(f, "unknown value `{given}`"),
            Trouble::Kind => f.write_str("wrong kind of value"),
            Trouble::Custom(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError {
            kind: Trouble::Custom(msg.to_string()),
            path: None,
        }
    }

    fn missing_field(field: &'static str) -> Self {
        DeError {
            kind: Trouble::Missing(field),
            path: None,
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError {
            kind: Trouble::Variant {
                given: variant.to_owned(),
                accepted: expected,
            },
            path: None,
        }
    }

    fn invalid_type(_unexp: de::Unexpected<'_>, _exp: &dyn de::Expected) -> Self {
        DeError {
            kind: Trouble::Kind,
            path: None,
        }
    }

    fn invalid_value(_unexp: de::Unexpected<'_>, _exp: &dyn de::Expected) -> Self {
        DeError {
            kind: Trouble::Kind,
            path: None,
        }
    }

    fn invalid_length(_len: usize, _exp: &dyn de::Expected) -> Self {
        DeError {
            kind: Trouble::Kind,
            path: None,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Messages.

/// How many unknown keys of one map are reported one by one; the rest are counted in one
/// finding. A misspelling shows in the first few, and a generated file with 400,000 stray
/// keys would otherwise bury the report (and take seconds to suggest names for).
pub const UNKNOWN_KEYS_SHOWN: usize = 100;

/// The finding that stands for the unknown keys of a map past [`UNKNOWN_KEYS_SHOWN`].
pub(crate) fn more_unknown_keys(at: Location, more: usize, map: Arg) -> Finding {
    Finding {
        rule: &format::UNKNOWN_KEY,
        severity: format::UNKNOWN_KEY.severity,
        message: msg!("plan-more-unknown-keys", count = more, map = map),
        location: Some(at),
        hint: None,
        also: crate::finding::Also::default(),
        rows: Vec::new(),
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

fn finding(
    plan: &Plan,
    loc: &Loc,
    rel: &[Seg],
    message: Message,
    hint: Option<Message>,
) -> Finding {
    Finding {
        rule: &format::INVALID_VALUE,
        severity: format::INVALID_VALUE.severity,
        message,
        location: Some(plan.locate(loc, rel)),
        hint,
        also: crate::finding::Also::default(),
        rows: Vec::new(),
    }
}

fn full_path(loc: &Loc, rel: &[Seg]) -> Vec<Seg> {
    let mut full = loc.path.clone();
    full.extend_from_slice(rel);
    full
}

fn missing_field(plan: &Plan, loc: &Loc, rel: &[Seg], field: &str, syntax: Syntax) -> Finding {
    let shapes = shapes();
    let mut path = full_path(loc, rel);
    path.push(Seg::Key(field.to_owned()));
    let hint = shapes.at(&path).map(|s| {
        msg!(
            "plan-hint-add-field",
            field = field,
            accepts = shapes.accepts(s),
            example = shapes
                .example_at(&path, syntax)
                .unwrap_or_else(|| shapes.example_line(field, s, syntax))
        )
    });
    finding(
        plan,
        loc,
        rel,
        msg!(
            "plan-missing-field",
            what = describe(loc, rel),
            field = field
        ),
        hint,
    )
}

/// One finding for a list whose entries all have the wrong kind of value.
fn wrong_list(plan: &Plan, loc: &Loc, item: &Node, rel: &[Seg], syntax: Syntax) -> Finding {
    let shapes = shapes();
    let shape = shapes.at(&full_path(loc, rel));
    let found = item
        .at(rel)
        .map_or_else(|| msg!("plan-found", kind = "nothing", value = ""), found);
    let (accepts, hint) = match shape {
        Some(s) => (
            shapes.accepts(s),
            shapes
                .example_at(&full_path(loc, rel), syntax)
                .map(|example| msg!("plan-hint-example", example = example)),
        ),
        None => (msg!("plan-accepts-other"), None),
    };
    finding(
        plan,
        loc,
        rel,
        msg!(
            "plan-wrong-list",
            what = describe(loc, rel),
            accepts = accepts,
            found = found
        ),
        hint,
    )
}

fn wrong_value(
    plan: &Plan,
    loc: &Loc,
    item: &Node,
    rel: &[Seg],
    trouble: &Trouble,
    syntax: Syntax,
) -> Finding {
    let shapes = shapes();
    let what = describe(loc, rel);
    let shape = shapes.at(&full_path(loc, rel));
    // The example shows the whole field, so an entry of a list gets the list's example.
    let mut whole = full_path(loc, rel);
    while matches!(whole.last(), Some(Seg::Index(_))) {
        whole.pop();
    }
    let mut example = shapes.example_at(&whole, syntax);
    // A list written as text with commas (`target_groups: immigrants, refugees`): the same
    // words in brackets.
    if let (Some(Seg::Key(field)), Some(NodeValue::Str(text))) =
        (whole.last(), item.at(rel).map(|n| &n.value))
        && text.contains(',')
        && shape.is_some_and(|s| matches!(shapes.get(s), Shape::List(_)))
    {
        let words: Vec<&str> = text.split(',').map(str::trim).collect();
        example = Some(match syntax {
            Syntax::Yaml => format!("`{field}: [{}]`", words.join(", ")),
            Syntax::Toml => format!("`{field} = [\"{}\"]`", words.join("\", \"")),
        });
    }
    if let Trouble::Variant { given, accepted } = trouble {
        let vocabulary = shape.and_then(|s| shapes.vocabulary(s));
        let (choices, hint) = match vocabulary {
            Some(vocabulary) => (
                written_values(vocabulary),
                closest_value(given, vocabulary).map(|c| msg!("plan-did-you-mean", name = c)),
            ),
            None => (
                Arg::from(accepted.join(", ")),
                did_you_mean(given, accepted.iter().copied()),
            ),
        };
        return finding(
            plan,
            loc,
            rel,
            msg!(
                "plan-not-a-choice",
                given = given,
                what = what,
                choices = choices
            ),
            hint,
        );
    }
    let value = item.at(rel);
    let found = value.map_or_else(|| msg!("plan-found", kind = "nothing", value = ""), found);
    let (accepts, hint) = match shape {
        Some(s) => (
            shapes.accepts(s),
            example.map(|example| msg!("plan-hint-example", example = example)),
        ),
        None => (msg!("plan-accepts-other"), None),
    };
    let message = match trouble {
        // The date reader says why a text is not a date; other custom errors are serde's own
        // words, shown as they are.
        Trouble::Custom(m) => msg!(
            "plan-wrong-value-why",
            what = what,
            accepts = accepts,
            found = found,
            why = value
                .and_then(super::date::why_not)
                .map_or_else(|| Arg::from(m.as_str()), Arg::from)
        ),
        _ => msg!(
            "plan-wrong-value",
            what = what,
            accepts = accepts,
            found = found
        ),
    };
    finding(plan, loc, rel, message, hint)
}

/// The value as the editor wrote it, named for a message.
fn found(node: &Node) -> Message {
    let (kind, value) = match &node.value {
        NodeValue::Null => ("null", String::new()),
        NodeValue::Bool(b) => ("bool", b.to_string()),
        NodeValue::Int(i) => ("number", i.to_string()),
        NodeValue::Float(f) => ("number", f.to_string()),
        NodeValue::Str(s) => ("text", s.chars().take(60).collect()),
        NodeValue::Seq(entries) => (
            match entries.first().map(|e| &e.value) {
                Some(NodeValue::Str(_)) => "list-of-text",
                Some(NodeValue::Int(_) | NodeValue::Float(_)) => "list-of-number",
                Some(NodeValue::Seq(_)) => "list-of-list",
                Some(NodeValue::Map(_)) => "list-of-map",
                _ => "list",
            },
            String::new(),
        ),
        NodeValue::Map(_) => ("map", String::new()),
    };
    msg!("plan-found", kind = kind, value = value)
}

/// A choice type's values as the reader types them: in Finnish `varhaiskasvatus
/// (early_childhood_education)`, in English the keys.
fn written_values(vocabulary: &'static Vocabulary) -> Arg {
    Arg::List(
        vocabulary
            .values
            .iter()
            .map(|v| Arg::Message(Message::new(vocabulary.written).arg("key", selector(v.key))))
            .collect(),
    )
}

/// The spelling of a value in any language (key, English, Finnish or Swedish term) closest
/// to what was written, so that `kvotflyktning` finds `kvotflykting` whatever the output
/// language.
fn closest_value(given: &str, vocabulary: &'static Vocabulary) -> Option<&'static str> {
    closest(
        given,
        vocabulary
            .values
            .iter()
            .flat_map(|v| v.all_spellings().map(|(_, word)| word)),
    )
}

/// Longest value (in bytes) that gets a did-you-mean suggestion.
const SUGGEST_MAX_LEN: usize = 128;

/// The closest candidate by edit distance, as a ready hint, when it is close enough to be
/// what the writer meant.
pub(crate) fn did_you_mean<'a>(
    given: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<Message> {
    closest(given, candidates).map(|c| msg!("plan-did-you-mean", name = c))
}

/// The closest candidate by edit distance, when it is close enough to be what was meant.
pub(crate) fn closest<'a>(
    given: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    // A value this long is not a misspelt name, and comparing an 8 MiB value with every
    // choice would take seconds.
    if given.len() > SUGGEST_MAX_LEN {
        return None;
    }
    let given_l = given.to_lowercase();
    // Field and choice names are mostly lower case already; only the others are copied.
    let lower = |c: &'a str| -> std::borrow::Cow<'a, str> {
        if c.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            std::borrow::Cow::Owned(c.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(c)
        }
    };
    candidates
        .map(|c| (strsim::jaro_winkler(&given_l, &lower(c)), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

// ---------------------------------------------------------------------------------------
// Unknown keys.

/// Reports every key of `node` that its shape does not know. A key that is a misspelling or
/// a Finnish or Swedish name of a field the map lacks marks that field present but invalid.
fn unknown_keys<'n>(
    plan: &Plan,
    loc: &Loc,
    node: &'n Node,
    shape: ShapeId,
    path: &mut Vec<Step<'n>>,
    invalid: &mut Vec<Vec<Seg>>,
    findings: &mut Vec<Finding>,
) {
    let shapes = shapes();
    let nested = |n: &Node| matches!(n.value, NodeValue::Map(_) | NodeValue::Seq(_));
    match (&node.value, shapes.get(shape)) {
        (NodeValue::Map(entries), Shape::Object { fields, .. }) => {
            let mut unknown = 0usize;
            for (n, (key, child)) in entries.iter().enumerate() {
                if let Some((_, child_shape)) = fields.iter().find(|(f, _)| *f == key.name) {
                    if nested(child) {
                        path.push(Step::Key(&key.name));
                        unknown_keys(plan, loc, child, *child_shape, path, invalid, findings);
                        path.pop();
                    }
                    continue;
                }
                unknown += 1;
                if unknown > UNKNOWN_KEYS_SHOWN {
                    continue;
                }
                let here = owned(path);
                let names = fields.iter().map(|(f, _)| f.as_str());
                let (message, hint, meant) = match cut_text(entries, n) {
                    Some(field) => (
                        msg!(
                            "plan-text-cut-at-comma",
                            field = field,
                            rest = key.name.as_str(),
                            of = describe(loc, &here)
                        ),
                        Some(msg!("plan-hint-text-cut-at-comma", field = field)),
                        None,
                    ),
                    None => unknown_key_words(&key.name, describe(loc, &here).into(), names),
                };
                if let Some(meant) = meant
                    && node.get(meant).is_none()
                {
                    let mut field = strip(&here);
                    field.push(Seg::Key(meant.to_owned()));
                    if !invalid.contains(&field) {
                        invalid.push(field);
                    }
                }
                let mut at = here;
                at.push(Seg::Key(key.name.clone()));
                findings.push(Finding {
                    rule: &format::UNKNOWN_KEY,
                    severity: format::UNKNOWN_KEY.severity,
                    message,
                    // The key's own span: looking it up by name again would be quadratic
                    // in a map of many stray keys.
                    location: Some(plan.located(loc, &at, key.span.join(child.span))),
                    hint,
                    also: crate::finding::Also::default(),
                    rows: Vec::new(),
                });
            }
            if unknown > UNKNOWN_KEYS_SHOWN {
                let here = owned(path);
                findings.push(more_unknown_keys(
                    plan.located(loc, &here, node.span),
                    unknown - UNKNOWN_KEYS_SHOWN,
                    describe(loc, &here).into(),
                ));
            }
        }
        (NodeValue::Map(_), Shape::OneOrMany(item_shape)) => {
            unknown_keys(plan, loc, node, *item_shape, path, invalid, findings);
        }
        (NodeValue::Seq(items), Shape::List(item_shape) | Shape::OneOrMany(item_shape)) => {
            for (i, child) in items.iter().enumerate() {
                if nested(child) {
                    path.push(Step::Index(i));
                    unknown_keys(plan, loc, child, *item_shape, path, invalid, findings);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

/// The field whose text a `{ … }` line cut at a comma, when entry `n` of a map is the rest of
/// that text: YAML ends a plain value at the comma in braces, so `{title: A, description:
/// Evenings, where people meet}` reads a key `where people meet` with no value. No field
/// name holds a space, so a key with one and no value right after a text field is that.
fn cut_text(entries: &[(Key, Node)], n: usize) -> Option<&str> {
    let (key, child) = entries.get(n)?;
    if !key.name.contains(' ') || !matches!(child.value, NodeValue::Null) {
        return None;
    }
    // The text field itself, or the previous piece of the same text cut twice.
    entries[..n]
        .iter()
        .rev()
        .find_map(|(k, v)| match &v.value {
            NodeValue::Str(_) if !k.name.contains(' ') => Some(k.name.as_str()),
            NodeValue::Null if k.name.contains(' ') => None,
            _ => Some(""),
        })
        .filter(|f| !f.is_empty())
}

/// A borrowed path as an owned one, for a finding or a marker.
fn owned(path: &[Step<'_>]) -> Vec<Seg> {
    path.iter()
        .filter_map(|s| match s {
            Step::Root => None,
            Step::Key(k) => Some(Seg::Key((*k).to_owned())),
            Step::Index(i) => Some(Seg::Index(*i)),
        })
        .collect()
}

/// The message, hint and meant field for a key `of` (a described map) does not have:
/// a Finnish or Swedish name first, else the closest spelling, else the list of fields.
pub(super) fn unknown_key_words<'a>(
    key: &str,
    of: Arg,
    names: impl Iterator<Item = &'a str> + Clone,
) -> (Message, Option<Message>, Option<&'a str>) {
    if let Some((english, language)) = words::translate(key, names.clone()) {
        return (
            msg!("plan-unknown-field", key = key, of = of),
            Some(msg!(
                "plan-hint-translated-key",
                key = key,
                language = language.code(),
                english = english
            )),
            Some(english),
        );
    }
    if let Some(meant) = closest(key, names.clone()) {
        return (
            msg!("plan-unknown-field", key = key, of = of),
            Some(msg!("plan-did-you-mean", name = meant)),
            Some(meant),
        );
    }
    let known: Vec<&str> = names.collect();
    (
        msg!(
            "plan-unknown-field-list",
            key = key,
            of = of,
            fields = known.join(", ")
        ),
        None,
        None,
    )
}

// ---------------------------------------------------------------------------------------
// The schema, compiled once into shapes with per-type field tables.

pub(crate) type ShapeId = usize;

#[derive(Debug, Clone)]
pub(crate) enum Shape {
    Any,
    Bool,
    Integer,
    Number,
    Text,
    /// A date; `year` when a bare year is accepted too.
    Date {
        year: bool,
    },
    /// A date, a year, years or a phase of the plan ([`super::date::When`]).
    When,
    /// One value of a choice type, spelt in any of its vocabulary's terms.
    Choice(&'static Vocabulary),
    List(ShapeId),
    /// One value of the shape, or a list of them.
    OneOrMany(ShapeId),
    Object {
        fields: Vec<(String, ShapeId)>,
        required: Vec<String>,
    },
}

pub(crate) struct Shapes {
    shapes: Vec<Shape>,
    root: ShapeId,
    /// Examples the format's own descriptions give for a field ("e.g. `[fi, en, ar, so]`"),
    /// by the shape of the map holding the field and the field's name.
    examples: HashMap<(ShapeId, String), String>,
}

pub(crate) fn shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| Shapes::compile(&super::schema::plan_schema_value()))
}

impl Shapes {
    fn compile(schema: &Value) -> Shapes {
        let mut c = Compiler {
            schema,
            shapes: Vec::new(),
            defs: Vec::new(),
            examples: HashMap::new(),
        };
        let root = c.node(schema);
        Shapes {
            shapes: c.shapes,
            root,
            examples: c.examples,
        }
    }

    pub(crate) fn get(&self, id: ShapeId) -> &Shape {
        self.shapes.get(id).unwrap_or(&Shape::Any)
    }

    /// The shape of the value at `path` from a plan file's root.
    pub(crate) fn at(&self, path: &[Seg]) -> Option<ShapeId> {
        let mut id = self.root;
        for seg in path {
            id = match (seg, self.get(id)) {
                (Seg::Key(k), Shape::Object { fields, .. }) => {
                    fields.iter().find(|(f, _)| f == k)?.1
                }
                (Seg::Index(_), Shape::List(item) | Shape::OneOrMany(item)) => *item,
                (Seg::Key(k), Shape::OneOrMany(item)) => match self.get(*item) {
                    Shape::Object { fields, .. } => fields.iter().find(|(f, _)| f == k)?.1,
                    _ => return None,
                },
                _ => return None,
            };
        }
        Some(id)
    }

    /// The choice type of a value of this shape, or of its items.
    fn vocabulary(&self, id: ShapeId) -> Option<&'static Vocabulary> {
        match self.get(id) {
            Shape::Choice(vocabulary) => Some(vocabulary),
            Shape::List(item) | Shape::OneOrMany(item) => self.vocabulary(*item),
            _ => None,
        }
    }

    /// What a value of this shape is, in the plan's words.
    pub(crate) fn accepts(&self, id: ShapeId) -> Message {
        match self.get(id) {
            Shape::Any => msg!("plan-accepts-any"),
            Shape::Bool => msg!("plan-accepts-bool"),
            Shape::Integer => msg!("plan-accepts-integer"),
            Shape::Number => msg!("plan-accepts-number"),
            Shape::Text => msg!("plan-accepts-text"),
            Shape::Date { year: false } => msg!("plan-accepts-date"),
            Shape::Date { year: true } => msg!("plan-accepts-date-or-year"),
            Shape::When => msg!("plan-accepts-when"),
            Shape::Choice(vocabulary) => {
                msg!("plan-accepts-choice", values = written_values(vocabulary))
            }
            Shape::List(item) => match self.get(*item) {
                Shape::Object { .. } => {
                    msg!("plan-accepts-list-of-maps", fields = self.accepts(*item))
                }
                Shape::Choice(vocabulary) => {
                    msg!(
                        "plan-accepts-list-of-choices",
                        values = written_values(vocabulary)
                    )
                }
                _ => msg!("plan-accepts-list-of", kind = self.plural(*item)),
            },
            Shape::OneOrMany(item) => {
                let one = self.accepts(*item);
                match self.get(*item) {
                    Shape::Choice(_) => msg!("plan-accepts-one-or-list-of-them", one = one),
                    _ => msg!("plan-accepts-one-or-list", one = one),
                }
            }
            Shape::Object { fields, required } => {
                let quoted = |names: &mut dyn Iterator<Item = &String>| {
                    names
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                if required.is_empty() {
                    return msg!(
                        "plan-accepts-map-any",
                        fields = quoted(&mut fields.iter().map(|(f, _)| f))
                    );
                }
                let mut optional = fields
                    .iter()
                    .map(|(f, _)| f)
                    .filter(|n| !required.contains(n))
                    .peekable();
                if optional.peek().is_none() {
                    msg!(
                        "plan-accepts-map",
                        count = required.len(),
                        fields = quoted(&mut required.iter())
                    )
                } else {
                    msg!(
                        "plan-accepts-map-optional",
                        count = required.len(),
                        fields = quoted(&mut required.iter()),
                        optional = quoted(&mut optional)
                    )
                }
            }
        }
    }

    /// The key of `plan-accepts-list-of`'s plural for a list's items.
    fn plural(&self, id: ShapeId) -> &'static str {
        match self.get(id) {
            Shape::Text => "text",
            Shape::Integer => "integer",
            Shape::Number => "number",
            Shape::Date { .. } | Shape::When => "date",
            _ => "value",
        }
    }

    /// A one-line example of the field at `path` (from a plan file's root), in the file's
    /// syntax: the example the format's description of the field gives (YAML), else one
    /// made from the field's shape.
    pub(crate) fn example_at(&self, path: &[Seg], syntax: Syntax) -> Option<String> {
        let (Seg::Key(field), parent) = path.split_last()? else {
            return None;
        };
        if syntax == Syntax::Yaml
            && let Some(example) = self
                .at(parent)
                .and_then(|map| self.examples.get(&(self.object_of(map), field.clone())))
        {
            return Some(format!("`{field}: {example}`"));
        }
        Some(self.example_line(field, self.at(path)?, syntax))
    }

    /// The map shape of a one-or-many value of maps, or the shape itself.
    fn object_of(&self, id: ShapeId) -> ShapeId {
        match self.get(id) {
            Shape::OneOrMany(item) => *item,
            _ => id,
        }
    }

    /// A one-line example of `field` holding a value of this shape, in the file's syntax.
    pub(crate) fn example_line(&self, field: &str, id: ShapeId, syntax: Syntax) -> String {
        let sep = match syntax {
            Syntax::Yaml => ": ",
            Syntax::Toml => " = ",
        };
        format!("`{field}{sep}{}`", self.example(id, syntax, 0))
    }

    fn example(&self, id: ShapeId, syntax: Syntax, depth: usize) -> String {
        let toml = syntax == Syntax::Toml;
        match self.get(id) {
            Shape::Any | Shape::Text if toml => "\"…\"".into(),
            Shape::Any | Shape::Text => "…".into(),
            Shape::Bool => "true".into(),
            Shape::Integer => "12".into(),
            Shape::Number => "1500".into(),
            Shape::Date { .. } | Shape::When => "2025-03-01".into(),
            Shape::Choice(vocabulary) => {
                let first = vocabulary.keys.first().copied().unwrap_or("…");
                if toml {
                    format!("\"{first}\"")
                } else {
                    first.to_owned()
                }
            }
            Shape::List(item) => {
                let one = self.example(*item, syntax, depth + 1);
                format!("[{one}]")
            }
            Shape::OneOrMany(item) => self.example(*item, syntax, depth),
            Shape::Object { fields, required } => {
                if depth > 1 {
                    return "{…}".into();
                }
                let shown: Vec<&String> = if required.is_empty() {
                    fields.iter().take(1).map(|(f, _)| f).collect()
                } else {
                    required.iter().collect()
                };
                let sep = if toml { " = " } else { ": " };
                let parts: Vec<String> = shown
                    .iter()
                    .enumerate()
                    .filter_map(|(i, name)| {
                        let (_, s) = fields.iter().find(|(f, _)| f == *name)?;
                        // A second date (a period's end) is shown later than the first.
                        let value = match self.get(*s) {
                            Shape::Date { .. } if i > 0 => "2028-12-31".to_owned(),
                            _ => self.example(*s, syntax, depth + 1),
                        };
                        Some(format!("{name}{sep}{value}"))
                    })
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
        }
    }
}

/// The first example a description gives in code font after "e.g.".
fn described_example(description: &str) -> Option<String> {
    let (_, rest) = description.split_once("e.g. `")?;
    let (example, _) = rest.split_once('`')?;
    (!example.is_empty()).then(|| example.to_owned())
}

struct Compiler<'s> {
    schema: &'s Value,
    shapes: Vec<Shape>,
    examples: HashMap<(ShapeId, String), String>,
    /// Compiled `$defs`, by name: a def is compiled once and shared by every use.
    defs: Vec<(&'s str, ShapeId)>,
}

impl<'s> Compiler<'s> {
    fn get(&self, id: ShapeId) -> &Shape {
        self.shapes.get(id).unwrap_or(&Shape::Any)
    }

    /// `example` as a value of the shape, if it is one (an entry's example becomes a list
    /// of that entry for a list of entries).
    fn fitting(&self, id: ShapeId, example: String) -> Option<String> {
        let starts = |c: char| example.starts_with(c);
        let fits = match self.get(id) {
            Shape::Any => true,
            Shape::Bool => example == "true" || example == "false",
            Shape::Integer => example.parse::<i64>().is_ok(),
            Shape::Number => example.parse::<f64>().is_ok(),
            Shape::Text => !starts('[') && !starts('{'),
            Shape::Date { .. } => super::date::Date::parse(&example).is_some(),
            Shape::When => {
                super::date::Date::parse(&example).is_some()
                    || super::date::read_years(&example).is_some()
            }
            Shape::Choice(vocabulary) => vocabulary.find(&example).is_some(),
            Shape::Object { .. } => starts('{'),
            Shape::List(item) | Shape::OneOrMany(item) => {
                if starts('{') && matches!(self.get(*item), Shape::Object { .. }) {
                    return Some(format!("[{example}]"));
                }
                starts('[') || matches!(self.get(id), Shape::OneOrMany(_))
            }
        };
        fits.then_some(example)
    }

    fn add(&mut self, shape: Shape) -> ShapeId {
        self.shapes.push(shape);
        self.shapes.len() - 1
    }

    fn node(&mut self, node: &'s Value) -> ShapeId {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            if let Some((_, id)) = self.defs.iter().find(|(n, _)| *n == name) {
                return *id;
            }
            if let Some(vocabulary) = super::choices::by_name(name) {
                let id = self.add(Shape::Choice(vocabulary));
                self.defs.push((name, id));
                return id;
            }
            let Some(def) = self.schema.get("$defs").and_then(|d| d.get(name)) else {
                return self.add(Shape::Any);
            };
            // Reserve the id first, so a def that refers to itself ends.
            let id = self.add(Shape::Any);
            self.defs.push((name, id));
            let compiled = self.node(def);
            let shape = self.get(compiled).clone();
            if let Some(reserved) = self.shapes.get_mut(id) {
                *reserved = shape;
            }
            let moved: Vec<(String, String)> = self
                .examples
                .iter()
                .filter(|((at, _), _)| *at == compiled)
                .map(|((_, field), example)| (field.clone(), example.clone()))
                .collect();
            for (field, example) in moved {
                self.examples.insert((id, field), example);
            }
            return id;
        }
        if let Some(mark) = node.get(DATE_MARK).and_then(Value::as_str) {
            return self.add(match mark {
                "when" => Shape::When,
                mark => Shape::Date {
                    year: mark == "year",
                },
            });
        }
        if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            let real: Vec<&Value> = branches
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                .collect();
            return match real.as_slice() {
                [one] => self.node(one),
                // A one-or-many value (`anyOf: [T, {items: T}]`): T, or a list of T.
                [a, b] => {
                    let (a, b) = (self.node(a), self.node(b));
                    match (self.get(a), self.get(b)) {
                        (Shape::List(item), _) if *item == b => self.add(Shape::OneOrMany(b)),
                        (_, Shape::List(item)) if *item == a => self.add(Shape::OneOrMany(a)),
                        // A map that may also be written as text (a period as "2025–2028"):
                        // its fields are what keys are checked against.
                        (Shape::Object { .. }, Shape::Text) => a,
                        (Shape::Text, Shape::Object { .. }) => b,
                        _ => self.add(Shape::Any),
                    }
                }
                _ => self.add(Shape::Any),
            };
        }
        let kind = match node.get("type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(types)) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null")
                .unwrap_or(""),
            _ => "",
        };
        match kind {
            "object" => {
                let mut fields = Vec::new();
                let mut examples = Vec::new();
                if let Some(props) = node.get("properties").and_then(Value::as_object) {
                    for (name, prop) in props {
                        let id = self.node(prop);
                        fields.push((name.clone(), id));
                        if let Some(example) = prop
                            .get("description")
                            .and_then(Value::as_str)
                            .and_then(described_example)
                        {
                            examples.push((name.clone(), id, example));
                        }
                    }
                }
                let required = node
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| {
                        r.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default();
                let id = self.add(Shape::Object { fields, required });
                for (field, shape, example) in examples {
                    if let Some(example) = self.fitting(shape, example) {
                        self.examples.insert((id, field), example);
                    }
                }
                id
            }
            "array" => {
                let item = match node.get("items") {
                    Some(items) => self.node(items),
                    None => self.add(Shape::Any),
                };
                self.add(Shape::List(item))
            }
            "string" => self.add(Shape::Text),
            "integer" => self.add(Shape::Integer),
            "number" => self.add(Shape::Number),
            "boolean" => self.add(Shape::Bool),
            _ => self.add(Shape::Any),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape_at(path: &[&str]) -> Option<&'static Shape> {
        let segs: Vec<Seg> = path
            .iter()
            .map(|p| match p.parse::<usize>() {
                Ok(i) => Seg::Index(i),
                Err(_) => Seg::Key((*p).to_owned()),
            })
            .collect();
        shapes().at(&segs).map(|id| shapes().get(id))
    }

    #[test]
    fn the_schema_compiles_to_field_tables() {
        assert!(matches!(
            shape_at(&["measures", "0", "timetable", "start"]),
            Some(Shape::Date { year: true })
        ));
        assert!(matches!(
            shape_at(&["municipality", "approval", "date"]),
            Some(Shape::Date { year: false })
        ));
        assert!(matches!(
            shape_at(&["measures", "0", "responsible"]),
            Some(Shape::Text)
        ));
        match shape_at(&["actors", "0", "kind"]) {
            Some(Shape::Choice(vocabulary)) => assert_eq!(vocabulary.name, "ActorKind"),
            other => panic!("actor kind compiled to {other:?}"),
        }
        assert!(shape_at(&["measures", "0", "nonsense"]).is_none());
    }

    #[test]
    fn a_trail_compares_with_a_path() {
        let root = Trail::ROOT;
        let a = Trail {
            parent: Some(&root),
            step: Step::Key("timetable"),
        };
        let b = Trail {
            parent: Some(&a),
            step: Step::Index(2),
        };
        assert!(b.is(&[Seg::Key("timetable".into()), Seg::Index(2)]));
        assert!(!b.is(&[Seg::Index(2)]));
        assert!(!a.is(&[Seg::Key("timetable".into()), Seg::Index(2)]));
        assert_eq!(b.path(), vec![Seg::Key("timetable".into()), Seg::Index(2)]);
    }
}
