//! The one way plan text and paths reach human-readable output.
//!
//! Plan files come from pull requests, so whatever they hold is untrusted: a title holding a
//! newline and `::error::…` would become a GitHub workflow command of its own in a CI log,
//! and an ESC sequence would recolour, retitle or clear the reader's terminal. Every
//! human-readable renderer (text, `--quiet`, pyramid, governance, GitHub, Markdown, JUnit)
//! therefore passes every piece of plan text and every path through [`clean`] (or
//! [`clean_xml`]) before writing it, and table cells through [`cell`].
//!
//! The CI runner reads two more forms in any line it is given: `::cmd::` after leading
//! spaces, and the legacy `##[cmd]` anywhere in a line. Plan text can land at the start of a
//! line after wrapping or indentation, so each renderer passes its finished output through
//! [`guard`] (text and Markdown, HTML and XML) or serialises JSON with [`to_json`], which
//! write the `[` of `##[` and the first `:` of a line-leading `::` in a form the reader's
//! parser decodes back to the same character (`\u{5b}` in text, `&#91;` in markup, `\u005b`
//! in JSON) but the runner does not match. goodrel's own `::error` annotations are made by
//! the GitHub renderer around guarded pieces.
//!
//! Sanitising happens at render time, on finished values, not at the model boundary: rules
//! build their messages with `format!` from plan values, JSON and SARIF must carry the plan's
//! values exactly (their serialisers escape control characters themselves), and only the
//! renderer knows which of its own characters (line breaks, colour codes) it means.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters a table cell shows of one value before cutting it with an ellipsis. Tables
/// are for reading; the full value stays in JSON.
pub const CELL_MAX: usize = 200;

/// Whether `c` must not reach the output as itself: C0 controls but tab, DEL, C1 controls
/// (which include the 8-bit CSI and OSC), the Unicode line and paragraph separators, which
/// some viewers break lines at, and the bidirectional controls, which make a line read in
/// another order than it is written (the "Trojan Source" trick).
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}') || is_bidi_control(c)
}

pub use crate::model::lookalike::{is_bidi_control, is_invisible};

/// `is_unsafe`, plus the two characters XML 1.0 forbids outright besides controls.
fn is_unsafe_xml(c: char) -> bool {
    is_unsafe(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Whether `s` certainly holds no unsafe character, judged by its bytes alone: every C0
/// control and DEL is a byte below 0x20 or 0x7f, and C1, U+061C, U+200E/F, U+202A–202E,
/// U+2028/2029, U+2066–2069 and U+FFFE/FFFF start with 0xC2, 0xD8, 0xE2 or 0xEF. Most text
/// passes this without decoding a character.
fn plainly_safe(s: &str) -> bool {
    s.bytes()
        .all(|b| (b >= 0x20 && !matches!(b, 0x7f | 0xC2 | 0xD8 | 0xE2 | 0xEF)) || b == b'\t')
}

fn escape_with(s: &str, bad: fn(char) -> bool) -> Cow<'_, str> {
    if plainly_safe(s) || !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !bad(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    Cow::Owned(out)
}

/// Plan text or a path made safe for a terminal or a CI log: control characters (but tab),
/// ESC, DEL, C1, U+2028/2029 and the bidi controls are written as escapes (`\n`, `\r`,
/// `\u{1b}`, `\u{202e}`), so the value stays on its line, in its order, and cannot start a
/// terminal sequence. Workflow commands are the whole output's business: see [`guard`].
pub fn clean(s: &str) -> Cow<'_, str> {
    escape_with(s, is_unsafe)
}

/// [`clean`] for XML text, which additionally cannot hold U+FFFE or U+FFFF; XML escaping of
/// `<`, `&` and quotes is the XML writer's job.
pub fn clean_xml(s: &str) -> Cow<'_, str> {
    escape_with(s, is_unsafe_xml)
}

/// How a character the runner would read as part of a workflow command is written instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A terminal or a log: the sanitiser's visible escape, `\u{5b}`.
    Text,
    /// XML, HTML and Markdown: a numeric character reference, `&#91;`, which their readers
    /// turn back into the character (in XML text and attribute values alike).
    Markup,
}

impl Form {
    fn write(self, out: &mut String, c: char) {
        match self {
            Form::Text => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            Form::Markup => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
        }
    }
}

/// Whether the runner may skip `c` between the signs of a command: a culture-aware
/// comparison (which .NET uses for `StartsWith` and `IndexOf` of strings) ignores controls
/// and default-ignorable characters, so `#\u{200b}#[` is treated as `##[` too.
fn ignorable(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Whether the runner may skip `c` before a line's `::`: its `TrimStart` removes white
/// space, and then the comparison ignores what [`ignorable`] says.
fn skippable(c: char) -> bool {
    c.is_whitespace() || ignorable(c)
}

/// The byte offsets in `s` of the characters to neutralise: the first `:` of a `::` that
/// begins a line after white space (when `line_start` says `s` begins a line), and the `[`
/// of every `##[`; invisible characters between them do not save a match.
fn command_marks(s: &str, line_start: bool) -> Vec<usize> {
    let mut marks = Vec::new();
    // Fast path: neither a `#` nor a `:` at all.
    if !s.bytes().any(|b| b == b'#' || b == b':') {
        return marks;
    }
    let next_visible = |it: &mut std::str::CharIndices<'_>| {
        it.find(|&(_, c)| !ignorable(c) || c == '\n' || c == '\r')
    };
    let mut at_start = line_start;
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\n' || c == '\r' {
            at_start = true;
            continue;
        }
        if at_start {
            if skippable(c) {
                continue;
            }
            at_start = false;
            if c == ':' && matches!(next_visible(&mut chars.clone()), Some((_, ':'))) {
                marks.push(i);
                continue;
            }
        }
        if c == '#' {
            let mut look = chars.clone();
            if matches!(next_visible(&mut look), Some((_, '#')))
                && let Some((j, '[')) = next_visible(&mut look)
            {
                marks.push(j);
            }
        }
    }
    marks
}

/// `s` with workflow commands taken apart: the `[` of every `##[` and the first `:` of a
/// `::` at the start of a line (after white space) are written in `form`. Apply it to a whole
/// output after wrapping and indentation; `s` is assumed to begin a line.
pub fn guard(s: &str, form: Form) -> Cow<'_, str> {
    splice(s, &command_marks(s, true), form)
}

/// [`guard`] for a piece of text inside a line (a cell, a command's data): only `##[`, and a
/// `::` after a line break within it.
pub fn guard_inside(s: &str, form: Form) -> Cow<'_, str> {
    splice(s, &command_marks(s, false), form)
}

/// [`guard`] for a whole output held in a `String`, copied only when something changed.
pub fn guarded(s: String, form: Form) -> String {
    match guard(&s, form) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// [`guard`] for an HTML page: the same, but not inside its `<style>` elements, where CSS
/// selectors may begin a line with `::` and a character reference would not be decoded.
pub fn guarded_html(s: String) -> String {
    if !s.contains("<style") {
        return guarded(s, Form::Markup);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(open) = rest.find("<style") {
        out.push_str(&guard(&rest[..open], Form::Markup));
        let close = rest[open..]
            .find("</style>")
            .map_or(rest.len(), |c| open + c + "</style>".len());
        out.push_str(&rest[open..close]);
        rest = &rest[close..];
    }
    out.push_str(&guard(rest, Form::Markup));
    out
}

fn splice<'a>(s: &'a str, marks: &[usize], form: Form) -> Cow<'a, str> {
    if marks.is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + marks.len() * 8);
    let mut from = 0;
    for &at in marks {
        out.push_str(&s[from..at]);
        let c = s[at..].chars().next().unwrap_or(':');
        form.write(&mut out, c);
        from = at + c.len_utf8();
    }
    out.push_str(&s[from..]);
    Cow::Owned(out)
}

/// Methods of [`GuardedJson`] that hand the call to the wrapped formatter.
macro_rules! delegate {
    (first: $($name:ident),*) => {$(
        fn $name<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            self.0.$name(w, first)
        }
    )*};
    ($($name:ident),*) => {$(
        fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.$name(w)
        }
    )*};
}

/// A JSON formatter that writes bidi controls as `\u202e` escapes and the `[` of `##[` as
/// `\u005b`: every JSON parser reads the same value back, while a log that prints the JSON
/// shows neither a reordered line nor a workflow command. (A `::` cannot begin a line of
/// JSON: strings hold no raw line breaks.)
pub struct GuardedJson<F>(pub F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for GuardedJson<F> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let marks = command_marks(fragment, false);
        let bidi = !plainly_safe(fragment) && fragment.chars().any(is_bidi_control);
        if marks.is_empty() && !bidi {
            return writer.write_all(fragment.as_bytes());
        }
        let mut out = String::with_capacity(fragment.len() + 16);
        let mut marks = marks.into_iter().peekable();
        for (i, c) in fragment.char_indices() {
            if marks.peek() == Some(&i) {
                marks.next();
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            } else if is_bidi_control(c) {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            } else {
                out.push(c);
            }
        }
        writer.write_all(out.as_bytes())
    }

    // The layout as the wrapped formatter writes it (these are the methods serde_json's
    // `PrettyFormatter` overrides; the rest have the trait's plain defaults).
    delegate!(
        begin_array,
        end_array,
        end_array_value,
        begin_object,
        end_object,
        begin_object_value,
        end_object_value
    );
    delegate!(first: begin_array_value, begin_object_key);
}

/// Writes `value` as pretty JSON through [`GuardedJson`].
pub fn to_json_writer<T: serde::Serialize + ?Sized>(
    w: impl std::io::Write,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(
        w,
        GuardedJson(serde_json::ser::PrettyFormatter::new()),
    );
    value.serialize(&mut ser)
}

/// `value` as compact JSON through [`GuardedJson`] (for a raw value inside pretty output).
pub fn to_json_compact<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(64);
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        GuardedJson(serde_json::ser::CompactFormatter),
    );
    value.serialize(&mut ser)?;
    String::from_utf8(out).map_err(serde::ser::Error::custom)
}

/// `value` as pretty JSON through [`GuardedJson`].
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(128);
    to_json_writer(&mut out, value)?;
    // The formatter writes only what serde_json and `write_string_fragment` produce: UTF-8.
    String::from_utf8(out).map_err(serde::ser::Error::custom)
}

/// A value for a table cell: [`clean`]ed and cut after [`CELL_MAX`] characters with an
/// ellipsis, so that a hostile 3 MB title neither floods the table nor makes wrapping slow.
pub fn cell(s: &str) -> String {
    cut(&clean(s), CELL_MAX)
}

/// `s` cut after `max` characters with an ellipsis (no cut when it fits).
pub fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_owned(),
        Some((at, _)) => {
            let mut out = s[..at].to_owned();
            out.push('…');
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_escape_sequences_become_visible_escapes() {
        assert_eq!(
            clean("x\n::error::injected\n\u{1b}[2J"),
            "x\\n::error::injected\\n\\u{1b}[2J"
        );
        assert_eq!(clean("a\r\nb"), "a\\r\\nb");
        assert_eq!(clean("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(
            clean("del\u{7f} csi\u{9b} nel\u{85}"),
            "del\\u{7f} csi\\u{9b} nel\\u{85}"
        );
        assert_eq!(clean("ls\u{2028}ps\u{2029}"), "ls\\u{2028}ps\\u{2029}");
        assert_eq!(clean("nul\0"), "nul\\u{0}");
    }

    #[test]
    fn ordinary_text_is_left_alone_and_not_copied() {
        for s in [
            "Ylä-Koskelan kunta",
            "tab\tkept",
            "€ – “quotes” 日本",
            "back\\slash",
            "",
        ] {
            assert!(matches!(clean(s), Cow::Borrowed(_)), "{s:?}");
            assert_eq!(clean(s), s);
        }
    }

    #[test]
    fn the_byte_fast_path_agrees_with_the_character_rule() {
        let chars = (0..0x3000u32)
            .chain(0xFFF0..=0xFFFF)
            .chain([0x1F600])
            .filter_map(char::from_u32);
        for c in chars {
            let s = format!("a{c}b");
            let escaped = matches!(clean_xml(&s), Cow::Owned(_));
            assert_eq!(escaped, is_unsafe_xml(c), "{:x}", u32::from(c));
            let escaped = matches!(clean(&s), Cow::Owned(_));
            assert_eq!(escaped, is_unsafe(c), "{:x}", u32::from(c));
        }
    }

    #[test]
    fn xml_also_loses_the_two_noncharacters() {
        assert_eq!(clean("a\u{FFFE}b\u{FFFF}"), "a\u{FFFE}b\u{FFFF}");
        assert_eq!(clean_xml("a\u{FFFE}b\u{FFFF}\n"), "a\\u{fffe}b\\u{ffff}\\n");
    }

    #[test]
    fn no_output_line_can_begin_with_plan_text_after_a_break() {
        let hostile = "Inj\n::error::muni\r::add-mask::x\u{2028}::warning::y\u{85}::notice::z";
        let out = format!("  title: {}\n", clean(hostile));
        assert_eq!(out.lines().count(), 1);
        assert!(!out.lines().any(|l| l.starts_with("::")));
    }

    #[test]
    fn workflow_commands_are_taken_apart_in_the_output_s_own_escape() {
        assert_eq!(
            guard("  ::error::x\nsee ##[add-mask]y, not a ::b::c", Form::Text),
            "  \\u{3a}:error::x\nsee ##\\u{5b}add-mask]y, not a ::b::c"
        );
        assert_eq!(
            guard("\u{a0}\u{200b}::x::\r#\u{200b}#[e]", Form::Markup),
            "\u{a0}\u{200b}&#58;:x::\r#\u{200b}#&#91;e]"
        );
        // A space is not skipped between the signs, and text inside a line is not a line.
        for safe in ["# #[e]", ": :e::", "##", "a::b", ""] {
            assert!(
                matches!(guard(safe, Form::Text), Cow::Borrowed(_)),
                "{safe}"
            );
        }
        assert_eq!(guard_inside("::e::", Form::Text), "::e::");
        assert_eq!(guard_inside("a\n::e::", Form::Text), "a\n\\u{3a}:e::");
        let json = to_json(&serde_json::json!({"t": "##[e] \u{202e} ::x"})).expect("json");
        assert!(json.contains(r"##\u005be] \u202e ::x"), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).expect("parses");
        assert_eq!(back["t"], "##[e] \u{202e} ::x");
        let page = "<style>\n::before{}\n</style><p>\n::e:: ##[x]</p>".to_owned();
        assert_eq!(
            guarded_html(page),
            "<style>\n::before{}\n</style><p>\n&#58;:e:: ##&#91;x]</p>"
        );
    }

    #[test]
    fn bidi_controls_are_escaped() {
        assert_eq!(
            clean("a\u{202e}b\u{2066}c\u{200f}"),
            "a\\u{202e}b\\u{2066}c\\u{200f}"
        );
    }

    #[test]
    fn cells_are_cut_with_an_ellipsis_by_characters() {
        let long = "ä".repeat(CELL_MAX + 50);
        let c = cell(&long);
        assert_eq!(c.chars().count(), CELL_MAX + 1);
        assert!(c.ends_with('…'));
        assert_eq!(cell("short"), "short");
        assert_eq!(cut(&"x".repeat(CELL_MAX), CELL_MAX), "x".repeat(CELL_MAX));
        assert_eq!(cell("a\nb"), "a\\nb");
    }
}
