//! A format-neutral document tree in which every key and value keeps its source span, so
//! that YAML and TOML spell the same plan and every finding can point at a line.

use serde_json::Value;

/// A 1-based line and column (columns count characters, as editors and GitHub do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// A region of a plan file; `end` is exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

impl Span {
    pub fn point(line: usize, col: usize) -> Span {
        let p = Pos { line, col };
        Span { start: p, end: p }
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: NodeValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

/// One step of a path into a document: a map key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    pub fn entry(&self, key: &str) -> Option<(&Key, &Node)> {
        match &self.value {
            NodeValue::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.name == key)
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            NodeValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Follows `path`; `None` when a step does not exist.
    pub fn at(&self, path: &[Seg]) -> Option<&Node> {
        let mut node = self;
        for seg in path {
            node = match (seg, &node.value) {
                (Seg::Key(k), NodeValue::Map(_)) => node.get(k)?,
                (Seg::Index(i), NodeValue::Seq(items)) => items.get(*i)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// The span to report for `path`: the line of the key when the last step is a key
    /// (from the key to the end of its value), the item itself for an index, and the deepest
    /// existing ancestor when the path does not exist (a missing field is reported at the
    /// item that lacks it).
    pub fn span_of(&self, path: &[Seg]) -> Span {
        self.span_along(path.iter())
    }

    /// [`Node::span_of`] for a path given in parts (an item's path and a field below it),
    /// so that locating a field needs no joined copy of the path.
    pub fn span_along<'s>(&self, path: impl IntoIterator<Item = &'s Seg>) -> Span {
        let mut node = self;
        let mut span = self.span;
        for seg in path {
            match (seg, &node.value) {
                (Seg::Key(k), NodeValue::Map(_)) => match node.entry(k) {
                    Some((key, value)) => {
                        span = key.span.join(value.span);
                        node = value;
                    }
                    None => return span,
                },
                (Seg::Index(i), NodeValue::Seq(items)) => match items.get(*i) {
                    Some(item) => {
                        span = item.span;
                        node = item;
                    }
                    None => return span,
                },
                _ => return span,
            }
        }
        span
    }

    /// The JSON value used to deserialize typed plan items (spans are kept by the tree).
    pub fn to_json(&self) -> Value {
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Int(i) => Value::from(*i),
            NodeValue::Float(f) => {
                serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
            }
            NodeValue::Str(s) => Value::String(s.clone()),
            NodeValue::Seq(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            NodeValue::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.name.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }

    /// What kind of value this is, in a message (`plan-node-kind`).
    pub fn kind_word(&self) -> crate::i18n::Message {
        let kind = match self.value {
            NodeValue::Null => "null",
            NodeValue::Bool(_) => "bool",
            NodeValue::Int(_) | NodeValue::Float(_) => "number",
            NodeValue::Str(_) => "text",
            NodeValue::Seq(_) => "list",
            NodeValue::Map(_) => "map",
        };
        crate::msg!("plan-node-kind", kind = kind)
    }
}

/// Renders a path as the plan's symbolic notation, e.g. `measures[3].partners[0]`.
pub fn path_to_string(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Text from a plan file in Unicode's composed form (NFC): an `é` typed as `e` plus a
/// combining accent is the same id, key and word as the precomposed `é`, whichever editor or
/// keyboard wrote it. Most text is NFC already and is returned without a copy.
pub fn nfc(s: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s
    } else {
        s.nfc().collect()
    }
}
