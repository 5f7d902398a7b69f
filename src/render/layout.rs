//! Text that fits the reader's terminal: paragraphs and table cells wrap at word boundaries,
//! and long Finnish and Swedish compounds (`kohtaamispaikka`, `kvotflyktingar`) are
//! hyphenated with the language's TeX hyphenation patterns (the `hyphenation` crate's
//! embedded dictionaries) rather than cut at a letter. Lines are laid out by `textwrap`; a
//! table's columns are sized here so that no word of a cell needs to be cut at all, then
//! comfy-table draws the borders around the already wrapped cells.

use std::collections::HashMap;
use std::sync::OnceLock;

use comfy_table::{ContentArrangement, Table};
use hyphenation::{Hyphenator, Load, Standard};
use textwrap::core::{Word, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::i18n::Lang;

/// The width to fit: `COLUMNS` when the environment sets it (as `COLUMNS=80 goodrel …`
/// does), else the terminal's width when output goes to one, else `default` (files and CI
/// logs stay stable).
pub fn terminal_width(default: u16) -> u16 {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|c| *c >= 20)
    {
        return columns;
    }
    Table::new().width().unwrap_or(default)
}

/// The hyphenation dictionary of a language (its row's `hyphenation` tag), loaded once.
fn dictionary(lang: Lang) -> Option<&'static Standard> {
    static DICTIONARIES: OnceLock<HashMap<&'static str, Standard>> = OnceLock::new();
    DICTIONARIES
        .get_or_init(|| {
            Lang::ALL
                .into_iter()
                .filter_map(|l| {
                    let tag = l.row().hyphenation;
                    let language = hyphenation::Language::try_from_code(tag)?;
                    Some((l.code(), Standard::from_embedded(language).ok()?))
                })
                .collect()
        })
        .get(lang.code())
}

/// Where a word may be broken: after its own hyphens; a word without hyphens also at the
/// hyphenation points of the language's dictionary (a hyphen is then added). Ids and
/// hyphenated compounds (`participation-unit`, `tasa-arvo`) break only at their hyphens,
/// unless `deep` (a part between the hyphens is itself too wide for the line).
fn split_points(word: &str, lang: Option<Lang>, deep: bool) -> Vec<usize> {
    let own: Vec<usize> = word
        .match_indices('-')
        .filter(|(i, _)| {
            let before = word[..*i].chars().next_back();
            let after = word[i + 1..].chars().next();
            before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)
        })
        .map(|(i, _)| i + 1)
        .collect();
    if !own.is_empty() && !deep {
        return own;
    }
    let Some(dictionary) = lang.and_then(dictionary) else {
        return own;
    };
    let mut points = own;
    let mut start = 0;
    for part in word.split('-') {
        // Punctuation around the part stays with it; only letters are hyphenated.
        let letters = part.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = part.len()
            - part
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        if letters.chars().all(char::is_alphabetic) {
            let breaks = dictionary.hyphenate(letters).breaks;
            points.extend(breaks.into_iter().map(|b| start + lead + b));
        }
        start += part.len() + 1;
    }
    points.sort_unstable();
    points.dedup();
    points.retain(|p| *p > 0 && *p < word.len() && word.is_char_boundary(*p));
    points
}

/// The pieces a line can be broken into: its words (with the spaces after them), a word
/// wider than `width` split at its [`split_points`], a piece inside a word carrying the
/// hyphen it needs at a line's end. A word that fits a line is never split.
fn pieces(line: &str, lang: Option<Lang>, width: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while !rest.is_empty() {
        let end = rest.find(' ').unwrap_or(rest.len());
        let spaces = rest[end..].len() - rest[end..].trim_start_matches(' ').len();
        let (word, whitespace) = (&rest[..end], &rest[end..end + spaces]);
        let mut prev = 0;
        if display_width(word) > width {
            let mut points = split_points(word, lang, false);
            let too_wide = |points: &[usize]| {
                let mut from = 0;
                points
                    .iter()
                    .chain(std::iter::once(&word.len()))
                    .any(|&to| {
                        let wide = display_width(&word[from..to]) + 1 > width;
                        from = to;
                        wide
                    })
            };
            if too_wide(&points) {
                points = split_points(word, lang, true);
            }
            for point in points {
                let piece = &word[prev..point];
                out.push(Word {
                    word: piece,
                    whitespace: "",
                    penalty: if piece.ends_with('-') { "" } else { "-" },
                    width: display_width(piece),
                });
                prev = point;
            }
        }
        let last = &word[prev..];
        out.push(Word {
            word: last,
            whitespace,
            penalty: "",
            width: display_width(last),
        });
        rest = &rest[end + spaces..];
    }
    out
}

/// The lines of `text` wrapped to `width` columns (its own line breaks kept), breaking only
/// between words, after a word's own hyphen, or (given a language) at a hyphenation point
/// of that language.
pub fn lines(text: &str, width: usize, lang: Option<Lang>) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let words = pieces(line.trim_end(), lang, width);
        if words.is_empty() {
            out.push(String::new());
            continue;
        }
        for row in wrap_first_fit(&words, &[width.max(1) as f64]) {
            let mut s = String::new();
            for (i, w) in row.iter().enumerate() {
                s.push_str(w.word);
                if i + 1 < row.len() {
                    s.push_str(w.whitespace);
                } else {
                    s.push_str(w.penalty);
                }
            }
            out.push(s);
        }
    }
    out
}

/// `text` wrapped to `width` columns between words, the first line after `first`, the others
/// after `rest` (each line ends with a newline). Prose is not hyphenated: a word longer than
/// the line keeps a line of its own.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let inner = width.saturating_sub(display_width(first).max(display_width(rest)));
    let mut out = String::new();
    for (i, line) in lines(text, inner.max(10), None).iter().enumerate() {
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A column at most this wide is given its whole width before wider ones share the rest.
const NARROW: usize = 24;

/// Words up to this many columns are kept whole when the table has room for it.
const WHOLE: usize = 12;

/// The narrowest column `text` fits without cutting a word: its widest word, or with
/// `whole` false, its widest unbreakable piece (with the hyphen it would need); with
/// `whole`, words of up to [`WHOLE`] columns are kept whole.
fn narrowest(text: &str, lang: Option<Lang>, whole: bool) -> usize {
    // Words as `pieces` sees them: separated by spaces only (a no-break space joins).
    text.split(['\n', ' '])
        .filter(|w| !w.is_empty())
        .map(|word| {
            let w = display_width(word);
            if whole && w <= WHOLE {
                return w;
            }
            pieces(word, lang, 0)
                .iter()
                .map(|p| p.width + display_width(p.penalty))
                .max()
                .unwrap_or(w)
        })
        .max()
        .unwrap_or(0)
}

/// The widest line of `text` as written.
fn widest(text: &str) -> usize {
    text.split('\n').map(display_width).max().unwrap_or(0)
}

/// Column widths that fit `room` columns of content: every column as wide as its content
/// when that fits; otherwise each column gets at least its narrowest unbreakable piece and
/// the rest of the room in proportion to how much wider its content is.
fn column_widths(
    cells: &[Vec<String>],
    room: usize,
    hyphenate: &dyn Fn(usize) -> Option<Lang>,
) -> Vec<usize> {
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    let column = |c: usize| cells.iter().filter_map(move |row| row.get(c));
    let max: Vec<usize> = (0..columns)
        .map(|c| column(c).map(|t| widest(t)).max().unwrap_or(0).max(1))
        .collect();
    if max.iter().sum::<usize>() <= room {
        return max;
    }
    let min_of = |whole: bool| -> Vec<usize> {
        (0..columns)
            .map(|c| {
                column(c)
                    .map(|t| narrowest(t, hyphenate(c), whole))
                    .max()
                    .unwrap_or(1)
                    .clamp(1, max[c])
            })
            .collect()
    };
    // Short words whole where the room allows, else only the pieces.
    let mut min = min_of(true);
    if min.iter().sum::<usize>() > room {
        min = min_of(false);
    }
    let mut widths = min.clone();
    let mut spare = room.saturating_sub(min.iter().sum());
    // Narrow columns (a status, a code, a short term) whole first: wrapping them saves
    // little room and costs a hyphen; the long texts share what is left.
    let mut narrow: Vec<usize> = (0..columns).filter(|&c| max[c] <= NARROW).collect();
    narrow.sort_by_key(|&c| max[c] - min[c]);
    for c in narrow {
        let more = max[c] - widths[c];
        if more <= spare {
            widths[c] = max[c];
            spare -= more;
        }
    }
    let wanted: usize = (0..columns).map(|c| max[c] - widths[c]).sum();
    if let Some(wanted) = std::num::NonZeroUsize::new(wanted) {
        let shares: Vec<usize> = (0..columns)
            .map(|c| (max[c] - widths[c]) * spare / wanted)
            .collect();
        for (width, share) in widths.iter_mut().zip(shares) {
            *width += share;
        }
        spare = room.saturating_sub(widths.iter().sum());
        // What rounding left over goes to the columns still short of their content.
        while spare > 0 {
            let Some(c) = (0..columns)
                .filter(|&c| widths[c] < max[c])
                .max_by_key(|&c| max[c] - widths[c])
            else {
                break;
            };
            widths[c] += 1;
            spare -= 1;
        }
    }
    widths
}

/// The table drawn to fit its width ([`Table::width`], else [`terminal_width`] of
/// `default`): its cells wrapped at word boundaries and hyphenation points to column widths
/// chosen so that no piece needs cutting. Keeps the table's style, header and rows.
/// Every column may be hyphenated; see [`fit_with_ids`].
pub fn fit(table: &Table, default: u16, lang: Lang) -> String {
    fit_with_ids(table, default, lang, &[])
}

/// [`fit`], the columns `ids` holding ids (`participation-unit`, `S-INTERPRETING`): they
/// break only after their own hyphens, never at a syllable, so an id stays recognisable.
pub fn fit_with_ids(table: &Table, default: u16, lang: Lang, ids: &[usize]) -> String {
    let width = usize::from(table.width().unwrap_or_else(|| terminal_width(default)));
    let header: Option<Vec<String>> = table
        .header()
        .map(|h| h.cell_iter().map(comfy_table::Cell::content).collect());
    let rows: Vec<Vec<String>> = table
        .row_iter()
        .map(|r| r.cell_iter().map(comfy_table::Cell::content).collect())
        .collect();
    let mut all: Vec<Vec<String>> = rows.clone();
    all.extend(header.clone());
    let columns = all.iter().map(Vec::len).max().unwrap_or(0);
    // Borders left, right and between the columns, and a space of padding on either side
    // of each column.
    let overhead = 3 * columns + 1;
    let hyphenate = |c: usize| (!ids.contains(&c)).then_some(lang);
    let widths = column_widths(&all, width.saturating_sub(overhead), &hyphenate);
    let wrapped = |row: &[String]| -> Vec<String> {
        row.iter()
            .enumerate()
            .map(|(c, text)| {
                lines(text, widths.get(c).copied().unwrap_or(1), hyphenate(c)).join("\n")
            })
            .collect()
    };
    let mut out = Table::new();
    out.load_style(table.style())
        .set_content_arrangement(ContentArrangement::Disabled)
        .force_no_tty();
    if let Some(h) = &header {
        out.set_header(wrapped(h));
    }
    for row in &rows {
        out.add_row(wrapped(row));
    }
    out.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_and_swedish_compounds_break_at_syllables_with_a_hyphen() {
        let fi = lines("Kohtaamispaikka Olohuone", 12, Some(Lang::Fi));
        assert!(fi.iter().all(|l| display_width(l) <= 12), "{fi:?}");
        assert!(fi[0].ends_with('-'), "{fi:?}");
        assert_eq!(
            fi.concat().replace(['-', ' '], ""),
            "KohtaamispaikkaOlohuone"
        );
        let sv = lines("kvotflyktingar", 8, Some(Lang::Sv));
        assert!(sv.len() > 1 && sv[0].ends_with('-'), "{sv:?}");
        assert_eq!(sv.concat().replace('-', ""), "kvotflyktingar");
    }

    #[test]
    fn a_word_with_its_own_hyphen_breaks_there_without_another() {
        let l = lines("participation-unit", 15, None);
        assert_eq!(l[0], "participation-");
        assert_eq!(l[1], "unit");
    }

    #[test]
    fn a_table_fits_its_width_and_splits_no_word_without_a_hyphen() {
        let mut t = Table::new();
        t.set_header(vec!["tunnus", "nimi", "peruste"])
            .set_width(40);
        t.add_row(vec![
            "M1",
            "Kohtaamispaikka Olohuone ja kvotflyktingarnas kvällar",
            "INTERPRETING",
        ]);
        let drawn = fit(&t, 80, Lang::Fi);
        for line in drawn.lines() {
            assert!(display_width(line) <= 40, "{drawn}");
        }
        assert!(drawn.contains("INTERPRETING"), "{drawn}");
        let content: String = drawn
            .lines()
            .filter_map(|l| l.split(['|', '│', '┆']).nth(2))
            .map(|c| c.trim().trim_end_matches('-'))
            .collect();
        assert!(content.contains("Kohtaamispaikka"), "{drawn}");
    }
}
