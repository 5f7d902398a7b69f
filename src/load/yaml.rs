//! YAML to [`Node`] with spans, built on saphyr-parser's event stream (a maintained YAML 1.2
//! parser that reports a span for every event). Aliases are expanded under a budget, so an
//! alias bomb is a located error rather than a hang.

use std::borrow::Cow;
use std::collections::HashMap;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};

use super::node::{Key, Node, NodeValue, Span};
use super::{Limits, Problem, ProblemKind};
use crate::i18n::Message;
use crate::msg;

fn pos(m: &Marker) -> super::node::Pos {
    super::node::Pos {
        line: m.line(),
        col: m.col() + 1,
    }
}

fn span(s: &saphyr_parser::Span) -> Span {
    Span {
        start: pos(&s.start),
        end: pos(&s.end),
    }
}

enum Frame {
    Seq(Span, Vec<Node>, usize),
    Map(Span, Vec<(Key, Node)>, Option<Key>, usize),
}

/// Parses one YAML plan file. An empty file yields `None` (no sections).
pub fn parse(text: &str, limits: &Limits) -> Result<Option<Node>, Problem> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    let mut nodes = 0usize;
    let mut aliased = false;
    let mut duplicate: Option<Problem> = None;
    let mut lines: Option<LineStarts> = None;

    for event in Parser::new_from_str(text) {
        let (event, ev_span) = event
            .map_err(|e| syntax_problem(text, e.info(), within_text(text, pos(e.marker()))))?;
        let sp = span(&ev_span);
        let finished: Option<(Node, usize)> = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(Problem {
                        kind: ProblemKind::Syntax,
                        message: msg!("plan-yaml-second-document"),
                        span: sp,
                    });
                }
                None
            }
            Event::Scalar(value, style, anchor, tag) => {
                // `!!str 12` is the text "12", whatever it looks like.
                let style = if tag.is_some_and(|t| t.is_yaml_core_schema() && t.suffix == "str") {
                    ScalarStyle::SingleQuoted
                } else {
                    style
                };
                let span = if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
                    lines
                        .get_or_insert_with(|| LineStarts::new(text))
                        .trim_block_end(text, sp)
                } else {
                    sp
                };
                let node = Node {
                    span,
                    value: scalar(value, style),
                };
                Some((node, anchor))
            }
            Event::Alias(id) => {
                let Some(target) = anchors.get(&id) else {
                    return Err(Problem {
                        kind: ProblemKind::Syntax,
                        message: msg!("plan-yaml-undefined-alias"),
                        span: sp,
                    });
                };
                aliased = true;
                nodes += count(target);
                if nodes > limits.max_nodes {
                    return Err(super::too_many(sp, limits, aliased));
                }
                let mut copy = target.clone();
                copy.span = sp;
                Some((copy, 0))
            }
            Event::SequenceStart(anchor, _) => {
                push_frame(&mut stack, Frame::Seq(sp, Vec::new(), anchor), sp, limits)?;
                None
            }
            Event::MappingStart(anchor, _) => {
                push_frame(
                    &mut stack,
                    Frame::Map(sp, Vec::new(), None, anchor),
                    sp,
                    limits,
                )?;
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq(start, items, anchor)) => Some((
                    Node {
                        span: close(start, sp, items.last().map(|n| n.span)),
                        value: NodeValue::Seq(items),
                    },
                    anchor,
                )),
                _ => None,
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map(start, entries, _, anchor)) => {
                    if let Some(key) = first_repeat(&entries)
                        && duplicate
                            .as_ref()
                            .is_none_or(|d| key.span.start < d.span.start)
                    {
                        // A repeated key of the file's top map is a section written twice.
                        let id = if stack.is_empty() {
                            "plan-duplicate-section"
                        } else {
                            "plan-duplicate-key"
                        };
                        duplicate = Some(Problem {
                            kind: ProblemKind::DuplicateKey,
                            message: crate::i18n::Message::new(id).arg("key", &key.name),
                            span: key.span,
                        });
                    }
                    Some((
                        Node {
                            span: close(start, sp, entries.last().map(|(_, v)| v.span)),
                            value: NodeValue::Map(entries),
                        },
                        anchor,
                    ))
                }
                _ => None,
            },
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => None,
        };
        let Some((node, anchor)) = finished else {
            continue;
        };
        nodes += 1;
        if nodes > limits.max_nodes {
            return Err(super::too_many(sp, limits, aliased));
        }
        if anchor != 0 {
            anchors.insert(anchor, node.clone());
        }
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq(_, items, _)) => items.push(node),
            Some(Frame::Map(_, entries, pending, _)) => match pending.take() {
                None => {
                    let span = node.span;
                    let name = match node.value {
                        NodeValue::Str(s) => s,
                        NodeValue::Int(i) => i.to_string(),
                        NodeValue::Bool(b) => b.to_string(),
                        NodeValue::Float(f) => f.to_string(),
                        NodeValue::Null => String::new(),
                        NodeValue::Seq(_) | NodeValue::Map(_) => {
                            return Err(Problem {
                                kind: ProblemKind::Syntax,
                                message: msg!("plan-yaml-complex-key"),
                                span,
                            });
                        }
                    };
                    *pending = Some(Key { name, span });
                }
                Some(key) => entries.push((key, node)),
            },
        }
    }
    if let Some(problem) = duplicate {
        return Err(problem);
    }
    Ok(root.filter(|n| !matches!(n.value, NodeValue::Null)))
}

/// A parser error in plain words first, the parser's own text after it. A tab is reported on
/// the line that holds it (the parser stops at the end of the line before).
fn syntax_problem(text: &str, info: &str, at: super::node::Pos) -> Problem {
    if info.contains("tab") {
        let tab = text
            .lines()
            .enumerate()
            .skip(at.line.saturating_sub(1))
            .find_map(|(i, line)| {
                let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
                line[..indent]
                    .find('\t')
                    .map(|col| Span::point(i + 1, line[..col].chars().count() + 1))
            });
        if let Some(span) = tab {
            return Problem {
                kind: ProblemKind::Syntax,
                message: msg!("plan-yaml-tab", parser = info),
                span,
            };
        }
    }
    Problem {
        kind: ProblemKind::Syntax,
        message: msg!("plan-yaml-syntax", plain = plain_words(info), parser = info),
        span: Span::point(at.line, at.col),
    }
}

/// What a YAML parser message means for someone editing a plan.
fn plain_words(info: &str) -> Message {
    const PLAIN: &[(&str, &str)] = &[
        (
            "did not find expected '-' indicator",
            "plan-yaml-dash-indent",
        ),
        ("did not find expected key", "plan-yaml-key-indent"),
        ("mapping values are not allowed", "plan-yaml-colon"),
        ("expected ',' or ']'", "plan-yaml-unclosed-list"),
        ("expected ',' or '}'", "plan-yaml-unclosed-map"),
        ("while scanning a quoted scalar", "plan-yaml-open-quote"),
        ("cannot start any token", "plan-yaml-reserved"),
        (
            "did not find expected node content",
            "plan-yaml-missing-value",
        ),
        ("could not find expected ':'", "plan-yaml-expected-colon"),
        ("while scanning an alias", "plan-yaml-star"),
        ("while scanning an anchor", "plan-yaml-ampersand"),
    ];
    Message::new(
        PLAIN
            .iter()
            .find(|(pattern, _)| info.contains(pattern))
            .map_or("plan-yaml-invalid", |(_, id)| id),
    )
}

/// The parser reports an error at the end of the input on the line after the last one; a
/// finding must point at a line the file has, so such a position moves to the end of the
/// last line.
fn within_text(text: &str, at: super::node::Pos) -> super::node::Pos {
    let last = text.lines().count().max(1);
    if at.line <= last {
        return at;
    }
    let col = text.lines().last().map_or(0, |l| l.chars().count()) + 1;
    super::node::Pos { line: last, col }
}

/// The first key of a map (in file order) that repeats an earlier one. Sorting keeps this
/// O(n log n): a map of 400,000 keys compared pairwise would take minutes.
fn first_repeat(entries: &[(Key, Node)]) -> Option<&Key> {
    // Indexing cannot fail: `order` holds indices of `entries`, and windows have two items.
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| entries[a].0.name.cmp(&entries[b].0.name).then(a.cmp(&b)));
    order
        .windows(2)
        .filter(|w| entries[w[0]].0.name == entries[w[1]].0.name)
        .map(|w| w[1])
        .min()
        .map(|i| &entries[i].0)
}

fn push_frame(
    stack: &mut Vec<Frame>,
    frame: Frame,
    sp: Span,
    limits: &Limits,
) -> Result<(), Problem> {
    if stack.len() >= limits.max_depth {
        return Err(Problem {
            kind: ProblemKind::TooLarge,
            message: msg!("plan-yaml-too-deep", max = limits.max_depth),
            span: sp,
        });
    }
    stack.push(frame);
    Ok(())
}

/// Where each line of a file starts, built once per file (and only for files with block
/// scalars), so that trimming a block scalar looks at its own lines only.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineStarts(starts)
    }

    /// Line `n` (1-based) without its line break; `None` past the end.
    fn line<'t>(&self, text: &'t str, n: usize) -> Option<&'t str> {
        let start = *self.0.get(n.checked_sub(1)?)?;
        let end = self.0.get(n).map_or(text.len(), |next| next - 1);
        let line = text.get(start..end)?;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }

    /// A block scalar's span as the parser gives it runs over the blank and comment lines
    /// that follow it, up to the next token; end it after its last character instead.
    fn trim_block_end(&self, text: &str, span: Span) -> Span {
        let mut end = span.end;
        for line_no in span.start.line + 1..=span.end.line {
            let Some(line) = self.line(text, line_no) else {
                break;
            };
            let trimmed = line.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                end = super::node::Pos {
                    line: line_no,
                    col: line.trim_end().chars().count() + 1,
                };
            }
        }
        if end.line >= span.end.line && span.end.col > 1 {
            return span;
        }
        Span {
            start: span.start,
            end: end.max(span.start),
        }
    }
}

/// The span of a finished collection. A flow collection ends at its closing bracket (the end
/// event has width); a block collection ends where its last child ends, not where the next
/// token begins, so a finding's region does not run into the following item.
fn close(start: Span, end_event: Span, last_child: Option<Span>) -> Span {
    let end = match last_child {
        Some(child) if end_event.start == end_event.end => child.end,
        _ => end_event.end,
    };
    Span {
        start: start.start,
        end: end.max(start.start),
    }
}

fn count(node: &Node) -> usize {
    1 + match &node.value {
        NodeValue::Seq(items) => items.iter().map(count).sum(),
        NodeValue::Map(entries) => entries.iter().map(|(_, v)| count(v)).sum(),
        _ => 0,
    }
}

/// Resolves a scalar by the YAML 1.2 core schema: only plain scalars become non-strings.
/// Takes the parser's text by value so that a string it already owns is moved, not copied.
fn scalar(value: Cow<'_, str>, style: ScalarStyle) -> NodeValue {
    if style != ScalarStyle::Plain {
        return text(value);
    }
    match &*value {
        "" | "~" | "null" | "Null" | "NULL" => return NodeValue::Null,
        "true" | "True" | "TRUE" => return NodeValue::Bool(true),
        "false" | "False" | "FALSE" => return NodeValue::Bool(false),
        _ => {}
    }
    if let Ok(i) = value.parse::<i64>() {
        return NodeValue::Int(i);
    }
    let looks_numeric = value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        && value.chars().any(|c| c.is_ascii_digit());
    if looks_numeric && let Ok(f) = value.parse::<f64>() {
        return NodeValue::Float(f);
    }
    text(value)
}

/// The scanner reserves room for a long scalar in every string it reads; kept in the tree,
/// that spare room was 60 MB of a file of 99,000 measures.
fn text(value: Cow<'_, str>) -> NodeValue {
    let mut s = super::node::nfc(value.into_owned());
    s.shrink_to_fit();
    NodeValue::Str(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::Seg;

    fn parse_ok(text: &str) -> Node {
        parse(text, &Limits::default())
            .ok()
            .flatten()
            .expect("parses")
    }

    #[test]
    fn a_block_item_ends_at_its_last_value_not_at_the_next_item() {
        let root = parse_ok(
            "measures:\n  - id: M1\n    description: >\n      folded\n      text\n\n  # note\n  - id: M2\n    tags: [a, b]\n",
        );
        let m1 = root
            .at(&[Seg::Key("measures".into()), Seg::Index(0)])
            .expect("M1");
        assert_eq!((m1.span.start.line, m1.span.start.col), (2, 5));
        assert_eq!((m1.span.end.line, m1.span.end.col), (5, 11));
        let m2 = root
            .at(&[Seg::Key("measures".into()), Seg::Index(1)])
            .expect("M2");
        assert_eq!(
            (m2.span.end.line, m2.span.end.col),
            (9, 17),
            "a flow list ends at its bracket"
        );
    }

    fn problem(text: &str) -> Problem {
        match parse(text, &Limits::default()) {
            Err(p) => p,
            Ok(_) => panic!("{text:?} parsed"),
        }
    }

    #[test]
    fn a_tab_is_reported_on_its_own_line() {
        let p = problem("municipality:\n  name: X\n\tcode: \"1\"\n");
        assert_eq!(
            (p.span.start.line, p.span.start.col),
            (3, 1),
            "{}",
            p.message.english()
        );
        let text = p.message.english();
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.contains("indented with a tab"),
            "{}",
            p.message.english()
        );
        assert!(
            p.message.english().contains("YAML parser:"),
            "{}",
            p.message.english()
        );
    }

    #[test]
    fn parser_messages_get_a_plain_first_line() {
        let p = problem("actors:\n  - id: a\n    name: A\n   - id: b\n");
        // One line (plan text echoed in a message must never start a line of its own): the
        // plain words first, the parser's own words after them in brackets.
        let text = p.message.english();
        let (plain, parser) = text.split_once(" (YAML parser: ").unwrap_or_default();
        assert!(
            !p.message.english().contains('\n'),
            "{}",
            p.message.english()
        );
        assert!(
            plain.contains("indented differently from the list items"),
            "{}",
            p.message.english()
        );
        assert!(
            parser.contains("did not find expected '-' indicator"),
            "{}",
            p.message.english()
        );
    }

    #[test]
    fn an_error_at_the_end_of_the_input_is_on_the_last_line() {
        for (text, line, col) in [
            ("municipality:\n  name: X\nc", 3, 2),
            ("municipality:\n  name: X\nc\n", 3, 2),
        ] {
            let err = parse(text, &Limits::default()).expect_err("not valid");
            assert_eq!(err.kind, ProblemKind::Syntax);
            assert_eq!(
                (err.span.start.line, err.span.start.col),
                (line, col),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_values_limit_speaks_of_aliases_only_when_there_are_some() {
        let limits = Limits {
            max_nodes: 20,
            ..Limits::default()
        };
        let plain: String = (0..30).map(|i| format!("k{i}: v\n")).collect();
        let err = parse(&plain, &limits).expect_err("too many");
        assert_eq!(err.kind, ProblemKind::TooLarge);
        assert!(
            !err.message.english().contains("alias"),
            "{}",
            err.message.english()
        );
        let bomb = "a: &a [x, x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b]\n";
        let err = parse(bomb, &limits).expect_err("too many");
        assert!(
            err.message.english().contains("aliases"),
            "{}",
            err.message.english()
        );
    }

    #[test]
    fn the_str_tag_makes_text_of_what_looks_like_a_number() {
        let root = parse_ok("a: !!str 12\nb: !!str true\nc: 12\nd: !!int 7\n");
        let value = |k: &str| root.entry(k).expect(k).1.value.clone();
        assert!(matches!(value("a"), NodeValue::Str(s) if s == "12"));
        assert!(matches!(value("b"), NodeValue::Str(s) if s == "true"));
        assert!(matches!(value("c"), NodeValue::Int(12)));
        assert!(matches!(value("d"), NodeValue::Int(7)));
    }

    #[test]
    fn spans_are_one_based_lines_and_character_columns() {
        let root = parse_ok("name: Ylä-Koskela\nkind: ngo\n");
        let (key, value) = root.entry("kind").expect("kind");
        assert_eq!((key.span.start.line, key.span.start.col), (2, 1));
        assert_eq!((value.span.start.line, value.span.start.col), (2, 7));
    }

    /// The former trimming, which rescanned the file from its start for every block scalar:
    /// the linear one must agree with it.
    fn trim_by_rescanning(text: &str, span: Span) -> Span {
        let mut end = span.end;
        for (offset, line) in text
            .lines()
            .skip(span.start.line)
            .take(span.end.line.saturating_sub(span.start.line))
            .enumerate()
        {
            let trimmed = line.trim();
            let line_no = span.start.line + 1 + offset;
            if !trimmed.is_empty() && !trimmed.starts_with('#') && line_no <= span.end.line {
                end = crate::load::node::Pos {
                    line: line_no,
                    col: line.trim_end().chars().count() + 1,
                };
            }
        }
        if end.line >= span.end.line && span.end.col > 1 {
            return span;
        }
        Span {
            start: span.start,
            end: end.max(span.start),
        }
    }

    fn block_spans(node: &Node, out: &mut Vec<Span>) {
        match &node.value {
            NodeValue::Seq(items) => items.iter().for_each(|n| block_spans(n, out)),
            NodeValue::Map(entries) => entries.iter().for_each(|(_, n)| block_spans(n, out)),
            NodeValue::Str(_) => out.push(node.span),
            _ => {}
        }
    }

    #[test]
    fn block_scalars_are_trimmed_as_by_rescanning_the_file() {
        let texts = [
            "a: |\n  one\n  two\n\n# c\nb: >\n  x\n\n\n",
            "a: |\r\n  one\r\n\r\nb: 1\r\n",
            "- >-\n  folded ä\n  text\n  # not a comment\n\n- |+\n  kept\n\n",
            "m:\n  d: |\n    last line at the end of the file",
        ];
        for text in texts {
            let events: Vec<Span> = Parser::new_from_str(text)
                .filter_map(Result::ok)
                .filter(|(e, _)| {
                    matches!(
                        e,
                        Event::Scalar(_, ScalarStyle::Literal | ScalarStyle::Folded, _, _)
                    )
                })
                .map(|(_, s)| span(&s))
                .collect();
            assert!(!events.is_empty(), "{text:?}");
            let lines = LineStarts::new(text);
            let mut parsed = Vec::new();
            block_spans(&parse_ok(text), &mut parsed);
            for raw in events {
                let trimmed = lines.trim_block_end(text, raw);
                assert_eq!(trimmed, trim_by_rescanning(text, raw), "{text:?}");
                assert!(
                    parsed.contains(&trimmed),
                    "{text:?}: {trimmed:?} in {parsed:?}"
                );
            }
        }
    }
}
