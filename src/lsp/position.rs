//! Positions as the client counts them. goodrel's spans count lines and characters from 1;
//! the protocol counts from 0, and counts a line's characters in the encoding the client
//! and server agree on at `initialize`: UTF-16 code units unless the client offers another
//! (UTF-8 bytes, UTF-32 characters), as LSP 3.17 specifies.

use lsp_types::{Position, PositionEncodingKind, Range};

use crate::load::node::{Pos, Span};

/// The encoding of a line's columns in protocol positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// The first encoding the client offers that goodrel counts in, else UTF-16 (the
    /// protocol's default, which every client supports).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        offered
            .into_iter()
            .flatten()
            .find_map(|kind| match kind.as_str() {
                "utf-8" => Some(Encoding::Utf8),
                "utf-16" => Some(Encoding::Utf16),
                "utf-32" => Some(Encoding::Utf32),
                _ => None,
            })
            .unwrap_or(Encoding::Utf16)
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

/// A document's lines, for turning positions into offsets and back.
pub struct Lines<'a> {
    text: &'a str,
    /// Byte offset of each line's start.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// Line `n` (from 0) without its line break; empty past the end.
    pub fn line(&self, n: usize) -> &'a str {
        let Some(&start) = self.starts.get(n) else {
            return "";
        };
        let end = self.starts.get(n + 1).map_or(self.text.len(), |&e| e - 1);
        let line = self.text.get(start..end).unwrap_or("");
        line.strip_suffix('\r').unwrap_or(line)
    }

    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// The byte offset of a protocol position, clamped to its line (a position past the
    /// end of a line is its end, as the protocol says) and to the text.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        let n = position.line as usize;
        let Some(&start) = self.starts.get(n) else {
            return self.text.len();
        };
        let line = self.line(n);
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += encoding.width(c);
        }
        start + line.len()
    }

    /// The character index (from 0) in its line of a protocol position.
    pub fn char_column(&self, position: Position, encoding: Encoding) -> usize {
        let line = self.line(position.line as usize);
        let mut units = 0;
        for (n, c) in line.chars().enumerate() {
            if units >= position.character as usize {
                return n;
            }
            units += encoding.width(c);
        }
        line.chars().count()
    }

    /// The protocol position of goodrel's 1-based line and character column.
    pub fn position(&self, pos: Pos, encoding: Encoding) -> Position {
        let n = pos.line.saturating_sub(1);
        if n >= self.count() {
            let last = self.count().saturating_sub(1);
            return Position::new(last as u32, units(self.line(last), usize::MAX, encoding));
        }
        let column = pos.col.saturating_sub(1);
        Position::new(n as u32, units(self.line(n), column, encoding))
    }

    /// The protocol range of a span. A point (a finding about a file, a syntax error)
    /// reaches to the end of its line, so that an editor underlines something.
    pub fn range(&self, span: Span, encoding: Encoding) -> Range {
        let start = self.position(span.start, encoding);
        let end = if span.end <= span.start {
            let line = self.line(start.line as usize);
            let end = Position::new(start.line, units(line, usize::MAX, encoding));
            if end.character > start.character {
                end
            } else {
                start
            }
        } else {
            self.position(span.end, encoding)
        };
        Range::new(start, end)
    }

    /// The protocol range of characters `from..to` of line `line` (all from 0).
    pub fn chars_range(&self, line: usize, from: usize, to: usize, encoding: Encoding) -> Range {
        let text = self.line(line);
        Range::new(
            Position::new(line as u32, units(text, from, encoding)),
            Position::new(line as u32, units(text, to, encoding)),
        )
    }
}

/// How many code units the first `chars` characters of `line` take.
fn units(line: &str, chars: usize, encoding: Encoding) -> u32 {
    let n: usize = line.chars().take(chars).map(|c| encoding.width(c)).sum();
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_in_the_negotiated_encoding() {
        // "ä" is one UTF-16 unit and two UTF-8 bytes; "𝄞" two units and four bytes.
        let lines = Lines::new("a: ä𝄞x\r\nb\n");
        let at_x = Pos { line: 1, col: 6 };
        assert_eq!(lines.position(at_x, Encoding::Utf16), Position::new(0, 6));
        assert_eq!(lines.position(at_x, Encoding::Utf8), Position::new(0, 9));
        assert_eq!(lines.position(at_x, Encoding::Utf32), Position::new(0, 5));
        assert_eq!(lines.line(0), "a: ä𝄞x");
        assert_eq!(lines.char_column(Position::new(0, 6), Encoding::Utf16), 5);
        assert_eq!(lines.offset(Position::new(0, 6), Encoding::Utf16), 9);
        // Past the end of a line is its end; past the last line, the end of the text.
        assert_eq!(lines.offset(Position::new(1, 40), Encoding::Utf16), 13);
        assert_eq!(lines.offset(Position::new(9, 0), Encoding::Utf16), 14);
        let offered = [
            PositionEncodingKind::new("utf-32"),
            PositionEncodingKind::UTF8,
        ];
        assert_eq!(Encoding::negotiate(Some(&offered)), Encoding::Utf32);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
