//! The one way plan text and paths reach human-readable output.
//!
//! Plan files come from pull requests, so whatever they hold is untrusted: a title holding a
//! newline and `::error::…` would become a GitHub workflow command of its own in a CI log,
//! and an ESC sequence would recolour, retitle or clear the reader's terminal. Every
//! human-readable renderer (text, `--quiet`, pyramid, governance, GitHub, Markdown, JUnit)
//! therefore passes every piece of plan text and every path through [`clean`] (or
//! [`clean_xml`]) before writing it, and table cells through [`cell`].
//!
//! Sanitising happens at render time, on finished values, not at the model boundary: rules
//! build their messages with `format!` from plan values, JSON and SARIF must carry the plan's
//! values exactly (their serialisers escape control characters themselves), and only the
//! renderer knows which of its own characters (line breaks, colour codes) it means.

use std::borrow::Cow;

/// Characters a table cell shows of one value before cutting it with an ellipsis. Tables
/// are for reading; the full value stays in JSON.
pub const CELL_MAX: usize = 200;

/// Whether `c` must not reach the output as itself: C0 controls but tab, DEL, C1 controls
/// (which include the 8-bit CSI and OSC), and the Unicode line and paragraph separators,
/// which some viewers break lines at.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}')
}

/// `is_unsafe`, plus the two characters XML 1.0 forbids outright besides controls.
fn is_unsafe_xml(c: char) -> bool {
    is_unsafe(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Whether `s` certainly holds no unsafe character, judged by its bytes alone: every C0
/// control and DEL is a byte below 0x20 or 0x7f, and C1, U+2028/2029 and U+FFFE/FFFF start
/// with 0xC2, 0xE2 or 0xEF. Most text passes this without decoding a character.
fn plainly_safe(s: &str) -> bool {
    s.bytes()
        .all(|b| (b >= 0x20 && !matches!(b, 0x7f | 0xC2 | 0xE2 | 0xEF)) || b == b'\t')
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
/// ESC, DEL, C1 and U+2028/2029 are written as escapes (`\n`, `\r`, `\u{1b}`), so the value
/// stays on its line and cannot start a workflow command or a terminal sequence.
pub fn clean(s: &str) -> Cow<'_, str> {
    escape_with(s, is_unsafe)
}

/// [`clean`] for XML text, which additionally cannot hold U+FFFE or U+FFFF; XML escaping of
/// `<`, `&` and quotes is the XML writer's job.
pub fn clean_xml(s: &str) -> Cow<'_, str> {
    escape_with(s, is_unsafe_xml)
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
