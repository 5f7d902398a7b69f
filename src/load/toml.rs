//! TOML to [`Node`] with spans, through the `toml` crate's span-keeping document parser, so a
//! TOML plan file is located exactly as a YAML one is.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::node::{Key, Node, NodeValue, Pos, Span};
use super::{Limits, Problem, ProblemKind};
use crate::i18n::Message;
use crate::msg;

/// Maps byte offsets to 1-based line and character column.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last offset asked for and its column (0-based, in characters). Spans are asked
    /// for in the order of the text, so counting on from there keeps a file whose one line
    /// holds 400,000 values linear; counting from the line's start each time was quadratic
    /// (two minutes for a 7 MB `goodrel.toml`).
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 0)),
        }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let (last, last_col) = self.last.get();
        let (from, base) = if (start..=offset).contains(&last) && self.text.is_char_boundary(last) {
            (last, last_col)
        } else {
            (start, 0)
        };
        let col = base
            + self
                .text
                .get(from..offset)
                .map_or(offset - from, |s| s.chars().count());
        if self.text.is_char_boundary(offset) {
            self.last.set((offset, col));
        }
        Pos { line, col: col + 1 }
    }

    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: self.pos(range.start),
            end: self.pos(range.end),
        }
    }
}

pub fn parse(text: &str, limits: &Limits) -> Result<Option<Node>, Problem> {
    let index = LineIndex::new(text);
    within_values_limit(text, limits, &index)?;
    let doc = DeTable::parse(text).map_err(|e| {
        let span = e.span().map_or(Span::point(1, 1), |r| index.span(r));
        let parser = e.message().trim_end().replace('\n', " ");
        Problem {
            kind: ProblemKind::Syntax,
            message: msg!(
                "plan-toml-syntax",
                plain = plain_words(&parser),
                parser = parser
            ),
            span,
        }
    })?;
    let span = index.span(doc.span());
    let root = table(doc.get_ref(), span, &index)?;
    match &root.value {
        NodeValue::Map(entries) if entries.is_empty() => Ok(None),
        _ => Ok(Some(root)),
    }
}

/// Keeps a TOML file to the YAML loader's values limit ([`Limits::max_nodes`]): each key,
/// value, table and array counts about one (a string or bare word, or an opening bracket).
/// Counted on the tokens, which costs no allocation, before the document is built: the
/// `toml` crate's tree of an 8 MiB file of 250,000 tables takes 300 MB, and a plan that
/// large is not a plan a person wrote.
fn within_values_limit(text: &str, limits: &Limits, index: &LineIndex<'_>) -> Result<(), Problem> {
    match values_past(text, limits.max_nodes) {
        Some(at) => Err(super::too_many(index.span(at), limits, false)),
        None => Ok(()),
    }
}

/// Where `text` passes `max` TOML values (each string, bare word and opening bracket counts
/// one), as the byte range of the token that passes it; counted on the lexer's tokens, which
/// allocates nothing, before any tree is built.
pub fn values_past(text: &str, max: usize) -> Option<Range<usize>> {
    use toml_parser::lexer::TokenKind;
    let mut values = 0usize;
    for token in toml_parser::Source::new(text).lex() {
        if matches!(
            token.kind(),
            TokenKind::Atom
                | TokenKind::BasicString
                | TokenKind::LiteralString
                | TokenKind::MlBasicString
                | TokenKind::MlLiteralString
                | TokenKind::LeftSquareBracket
                | TokenKind::LeftCurlyBracket
        ) {
            values += 1;
            if values > max {
                let span = token.span();
                return Some(span.start()..span.end());
            }
        }
    }
    None
}

/// What a TOML parser message means for someone editing a plan.
fn plain_words(info: &str) -> Message {
    const PLAIN: &[(&str, &str)] = &[
        ("string values must be quoted", "plan-toml-unquoted"),
        ("duplicate key", "plan-toml-duplicate-key"),
        ("unclosed table", "plan-toml-unclosed-table"),
        ("invalid basic string", "plan-toml-open-basic-string"),
        ("invalid literal string", "plan-toml-open-literal-string"),
        ("unclosed array", "plan-toml-unclosed-array"),
        ("invalid inline table", "plan-toml-inline-table"),
        ("expected `=`", "plan-toml-expected-equals"),
    ];
    Message::new(
        PLAIN
            .iter()
            .find(|(pattern, _)| info.contains(pattern))
            .map_or("plan-toml-invalid", |(_, id)| id),
    )
}

fn table(t: &DeTable<'_>, span: Span, index: &LineIndex<'_>) -> Result<Node, Problem> {
    let mut entries = Vec::with_capacity(t.len());
    for (k, v) in t.iter() {
        let key = Key {
            name: super::node::nfc(k.get_ref().to_string()),
            span: index.span(k.span()),
        };
        let vspan = index.span(v.span());
        entries.push((key, value(v.get_ref(), vspan, index)?));
    }
    Ok(Node {
        span,
        value: NodeValue::Map(entries),
    })
}

fn value(v: &DeValue<'_>, span: Span, index: &LineIndex<'_>) -> Result<Node, Problem> {
    let value = match v {
        DeValue::String(s) => NodeValue::Str(super::node::nfc(s.to_string())),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => NodeValue::Int(n),
            Err(_) => {
                return Err(Problem {
                    kind: ProblemKind::Syntax,
                    message: msg!("plan-toml-number-too-large"),
                    span,
                });
            }
        },
        DeValue::Float(f) => {
            NodeValue::Float(f.as_str().replace('_', "").parse().unwrap_or(f64::NAN))
        }
        DeValue::Boolean(b) => NodeValue::Bool(*b),
        // Dates are written as text in YAML plans; TOML's native dates become the same text.
        DeValue::Datetime(d) => NodeValue::Str(d.to_string()),
        DeValue::Array(items) => NodeValue::Seq(
            items
                .iter()
                .map(|item| value(item.get_ref(), index.span(item.span()), index))
                .collect::<Result<_, _>>()?,
        ),
        DeValue::Table(t) => return table(t, span, index),
    };
    Ok(Node { span, value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_right_in_any_order_of_asking() {
        let text = "ab\nä ö x\ny";
        let index = LineIndex::new(text);
        let col = |offset: usize| {
            let p = index.pos(offset);
            (p.line, p.col)
        };
        // `x` is at byte 9 (ä and ö take two bytes each), column 5.
        assert_eq!(col(9), (2, 5));
        assert_eq!(col(3), (2, 1));
        assert_eq!(col(6), (2, 3));
        assert_eq!(col(9), (2, 5));
        assert_eq!(col(1), (1, 2));
        assert_eq!(col(11), (3, 1));
        assert_eq!(col(4), (2, 2), "inside `ä`: counted in bytes, as before");
        assert_eq!(col(8), (2, 4));
    }

    /// TOML keeps YAML's values limit, and says where it was passed.
    #[test]
    fn a_toml_file_past_the_values_limit_is_not_read() {
        let limits = Limits {
            max_nodes: 20,
            ..Limits::default()
        };
        let text: String = (0..10)
            .map(|i| format!("[[measures]]\nid = \"M{i}\"\n"))
            .collect();
        let problem = parse(&text, &limits).unwrap_err();
        assert_eq!(problem.kind, ProblemKind::TooLarge);
        assert_eq!(problem.message.id, "plan-too-many-values");
        // M4's table header, on line 9, is the 21st value (3 for a header, 2 for `id`).
        assert_eq!(problem.span.start.line, 9);
        let four: String = (0..4)
            .map(|i| format!("[[measures]]\nid = \"M{i}\"\n"))
            .collect();
        assert!(parse(&four, &limits).is_ok());
    }
}
