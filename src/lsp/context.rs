//! What the cursor is on, read from the document's text rather than its parse tree, so
//! that hover and completion work in a half-typed file that does not parse: the keys of
//! the maps around the cursor (from indentation in YAML, from the table headers in TOML)
//! and whether the cursor is on a key, a value or a rule id of a suppression comment.

use crate::load::Syntax;

use super::position::Lines;

/// A word of a line: its text and its character range (from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The part before the cursor, which completion filters on.
    pub prefix: String,
    /// Whether the word is inside quotes (a completion then inserts no quotes of its own).
    pub quoted: bool,
}

/// Where the cursor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    /// On a key, or where a key is being written.
    Key(Word),
    /// On or after the value of `key`; `list` when the value is a list.
    Value {
        key: String,
        word: Word,
        list: bool,
    },
    /// On a rule id in a `# goodrel: ignore[...]` comment.
    Rule(Word),
    Nothing,
}

/// The cursor's place: the keys of the maps around it from the top (list positions left
/// out: `["measures", "timetable"]` inside a measure's timetable), and what it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub parents: Vec<String>,
    pub at: At,
}

impl Cursor {
    fn nothing() -> Cursor {
        Cursor {
            parents: Vec::new(),
            at: At::Nothing,
        }
    }
}

/// The cursor at character `col` (from 0) of line `line` (from 0).
pub fn cursor(syntax: Syntax, lines: &Lines<'_>, line: usize, col: usize) -> Cursor {
    let text: Vec<char> = lines.line(line).chars().collect();
    let col = col.min(text.len());
    let comment = comment_start(&text);
    if let Some(at) = comment
        && at < col
    {
        return match suppression_rule(&text, at, line, col) {
            Some(word) => Cursor {
                parents: Vec::new(),
                at: At::Rule(word),
            },
            None => Cursor::nothing(),
        };
    }
    let content = &text[..comment.unwrap_or(text.len())];
    match syntax {
        Syntax::Yaml => yaml(lines, line, content, col),
        Syntax::Toml => toml(lines, line, content, col),
    }
}

/// Where a comment starts: a `#` at the start or after a space, outside quotes.
fn comment_start(text: &[char]) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, &c) in text.iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => {
                // A quote opens a string only at a value's start; `don't` is plain text.
                let opens = i == 0 || matches!(text[i - 1], ' ' | '[' | '{' | ',' | ':' | '=');
                if opens {
                    quote = Some(c);
                }
            }
            None if c == '#' && (i == 0 || text[i - 1].is_whitespace()) => return Some(i),
            None => {}
        }
    }
    None
}

/// The rule id at `col` of a `# goodrel: ignore[RULE, RULE] reason` comment starting at
/// `at`, when the cursor is inside the brackets.
fn suppression_rule(text: &[char], at: usize, line: usize, col: usize) -> Option<Word> {
    let body: String = text[at + 1..].iter().collect();
    let lead = body.len() - body.trim_start().len();
    let rest = body.trim_start().strip_prefix("goodrel:")?;
    let lead2 = rest.len() - rest.trim_start().len();
    rest.trim_start().strip_prefix("ignore[")?;
    // Character positions: `#`, the spaces, `goodrel:`, the spaces, `ignore[`.
    let open = at
        + 1
        + body[..lead].chars().count()
        + "goodrel:".len()
        + rest[..lead2].chars().count()
        + "ignore".len();
    let close = text[open..]
        .iter()
        .position(|&c| c == ']')
        .map_or(text.len(), |p| open + p);
    if col <= open || col > close {
        return None;
    }
    let is_id = |c: char| c.is_ascii_alphanumeric();
    Some(word_around(text, line, col, open + 1, close, is_id))
}

/// The word of `text[lo..hi]` around `col`, made of the characters `part` accepts.
fn word_around(
    text: &[char],
    line: usize,
    col: usize,
    lo: usize,
    hi: usize,
    part: impl Fn(char) -> bool,
) -> Word {
    let mut start = col.clamp(lo, hi);
    while start > lo && part(text[start - 1]) {
        start -= 1;
    }
    let mut end = col.clamp(lo, hi);
    while end < hi && part(text[end]) {
        end += 1;
    }
    Word {
        line,
        start,
        end,
        text: text[start..end].iter().collect(),
        prefix: text[start..col.clamp(start, end)].iter().collect(),
        quoted: false,
    }
}

fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// The value (or list entry) around `col` in `text[lo..hi]`: between the separators of
/// flow lists and maps, without the spaces around it and without its quotes.
fn value_around(text: &[char], line: usize, col: usize, lo: usize, hi: usize) -> Word {
    let col = col.clamp(lo, hi);
    let mut start = col;
    while start > lo && !matches!(text[start - 1], '[' | ']' | '{' | '}' | ',') {
        start -= 1;
    }
    let mut end = col;
    while end < hi && !matches!(text[end], '[' | ']' | '{' | '}' | ',') {
        end += 1;
    }
    while start < end && text[start].is_whitespace() {
        start += 1;
    }
    while end > start && text[end - 1].is_whitespace() {
        end -= 1;
    }
    let mut quoted = false;
    if start < end && matches!(text[start], '"' | '\'') {
        quoted = true;
        start += 1;
        if end > start && text[end - 1] == text[start - 1] {
            end -= 1;
        }
    }
    let end = end.max(start);
    let cut = col.clamp(start, end);
    Word {
        line,
        start,
        end,
        text: text[start..end].iter().collect(),
        prefix: text[start..cut].iter().collect(),
        quoted,
    }
}

/// Where the separator of a key (`:` in YAML, `=` in TOML) is in `text[from..]`: outside
/// quotes and flow brackets, and for YAML followed by a space or the end.
fn separator(text: &[char], from: usize, sep: char) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut depth = 0i32;
    for i in from..text.len() {
        let c = text[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' => quote = Some(c),
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ if c == sep && depth == 0 => {
                    let next = text.get(i + 1).copied();
                    if sep == '=' || next.is_none_or(char::is_whitespace) {
                        return Some(i);
                    }
                }
                _ => {}
            },
        }
    }
    None
}

/// Analyses the value of a key from `after` to the cursor: inside a flow map (`{start:
/// 2025, end: |}`) it is the nested key or value; inside a flow list, a list entry.
fn flow_value(
    text: &[char],
    line: usize,
    key: String,
    after: usize,
    col: usize,
    sep: char,
    mut parents: Vec<String>,
) -> Cursor {
    // The innermost bracket still open at the cursor.
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut quote: Option<char> = None;
    for (i, &c) in text.iter().enumerate().take(col).skip(after) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' => quote = Some(c),
                '[' | '{' => open.push((c, i)),
                ']' | '}' => {
                    open.pop();
                }
                _ => {}
            },
        }
    }
    let hi = text.len();
    match open.last() {
        Some(&('{', at)) => {
            // The entry of the flow map the cursor is in.
            let mut start = at + 1;
            for (i, &c) in text.iter().enumerate().take(col).skip(at + 1) {
                if c == ',' {
                    start = i + 1;
                }
            }
            parents.push(key);
            match separator(text, start, sep).filter(|&s| s < col) {
                Some(s) => {
                    let nested: String = text[start..s].iter().collect();
                    let nested = nested.trim().trim_matches(['"', '\'']).to_owned();
                    let word = value_around(text, line, col, s + 1, hi);
                    let list = open.iter().skip(1).any(|(c, _)| *c == '[');
                    Cursor {
                        parents,
                        at: At::Value {
                            key: nested,
                            word,
                            list,
                        },
                    }
                }
                None => Cursor {
                    parents,
                    at: At::Key(word_around(text, line, col, start, hi, is_key_char)),
                },
            }
        }
        Some(&(_, _)) => Cursor {
            parents,
            at: At::Value {
                key,
                word: value_around(text, line, col, after, hi),
                list: true,
            },
        },
        None => Cursor {
            parents,
            at: At::Value {
                key,
                word: value_around(text, line, col, after, hi),
                list: false,
            },
        },
    }
}

/// One YAML line as the outline sees it.
struct Outline {
    /// Where the line's content starts, after its indentation and list markers.
    content: usize,
    /// The column of its first list marker, if it has one.
    dash: Option<usize>,
    /// Its key, when it has one.
    key: Option<String>,
    /// What follows the key (trimmed, without a comment).
    value: String,
}

fn outline(line: &str) -> Option<Outline> {
    let text: Vec<char> = line.chars().collect();
    let end = comment_start(&text).unwrap_or(text.len());
    let text = &text[..end];
    if text.iter().all(|c| c.is_whitespace()) {
        return None;
    }
    let (content, dash) = markers(text);
    let (key, value) = match separator(text, content, ':') {
        Some(s) => {
            let key: String = text[content..s].iter().collect();
            let value: String = text[s + 1..].iter().collect();
            (
                Some(key.trim().trim_matches(['"', '\'']).to_owned()),
                value.trim().to_owned(),
            )
        }
        None => (None, String::new()),
    };
    Some(Outline {
        content,
        dash,
        key,
        value,
    })
}

/// Where a line's content starts after its indentation and `- ` list markers, and the
/// column of the first marker.
fn markers(text: &[char]) -> (usize, Option<usize>) {
    let mut i = text.iter().take_while(|c| **c == ' ').count();
    let mut dash = None;
    while i < text.len() && text[i] == '-' && text.get(i + 1).is_none_or(|c| *c == ' ') {
        dash.get_or_insert(i);
        i += 1;
        while i < text.len() && text[i] == ' ' {
            i += 1;
        }
    }
    (i, dash)
}

fn is_block_scalar(value: &str) -> bool {
    value.starts_with('|') || value.starts_with('>')
}

/// The keys of the maps that hold a line whose content starts at column `indent`, read
/// from the lines above it: each line less indented that opens a block (`key:` with
/// nothing after it) is one. `None` inside a block scalar's text.
fn yaml_parents(lines: &Lines<'_>, line: usize, mut indent: usize) -> Option<Vec<String>> {
    let mut parents = Vec::new();
    for n in (0..line).rev() {
        if indent == 0 {
            break;
        }
        let Some(o) = outline(lines.line(n)) else {
            continue;
        };
        let at = o.dash.unwrap_or(o.content).min(o.content);
        if o.content >= indent && at >= indent {
            continue;
        }
        if o.content >= indent {
            // A list marker left of the block: the list's item holding it.
            indent = at;
            continue;
        }
        match &o.key {
            Some(key) if o.value.is_empty() => {
                parents.push(key.clone());
                indent = o.content;
            }
            Some(_) if is_block_scalar(&o.value) => return None,
            _ => indent = o.content,
        }
    }
    parents.reverse();
    Some(parents)
}

fn yaml(lines: &Lines<'_>, line: usize, text: &[char], col: usize) -> Cursor {
    let (content, dash) = markers(text);
    let blank = content >= text.len();
    // On a blank line the cursor's column says how deep the key being written is.
    let indent = if blank { col } else { content };
    let separator_at = if blank {
        None
    } else {
        separator(text, content, ':')
    };
    let Some(mut parents) = yaml_parents(lines, line, indent) else {
        return Cursor::nothing();
    };
    match separator_at {
        Some(s) if col > s => {
            let key: String = text[content..s].iter().collect();
            let key = key.trim().trim_matches(['"', '\'']).to_owned();
            flow_value(text, line, key, s + 1, col, ':', parents)
        }
        Some(_) => Cursor {
            parents,
            at: At::Key(word_around(
                text,
                line,
                col,
                content,
                text.len(),
                is_key_char,
            )),
        },
        None if dash.is_some() && !blank && col >= content => {
            // `- entry`: an entry of the list under the key above.
            let Some(key) = list_key(lines, line, dash.unwrap_or(0), &mut parents) else {
                return Cursor::nothing();
            };
            Cursor {
                parents,
                at: At::Value {
                    key,
                    word: value_around(text, line, col, content, text.len()),
                    list: true,
                },
            }
        }
        None => Cursor {
            parents,
            at: At::Key(word_around(
                text,
                line,
                col,
                col.min(content),
                text.len(),
                is_key_char,
            )),
        },
    }
}

/// The key of the list whose entry (a `- ` at column `dash`) is on `line`, and the keys
/// of the maps above that key (in `parents`, replacing what was there).
fn list_key(
    lines: &Lines<'_>,
    line: usize,
    dash: usize,
    parents: &mut Vec<String>,
) -> Option<String> {
    for n in (0..line).rev() {
        let Some(o) = outline(lines.line(n)) else {
            continue;
        };
        if o.dash == Some(dash) || o.content > dash {
            continue;
        }
        let key = o.key.filter(|_| o.value.is_empty())?;
        *parents = yaml_parents(lines, n, o.content)?;
        return Some(key);
    }
    None
}

fn toml(lines: &Lines<'_>, line: usize, text: &[char], col: usize) -> Cursor {
    let trimmed: String = text.iter().collect::<String>().trim_start().to_owned();
    if trimmed.starts_with('[') && !trimmed.contains('=') {
        // A table header: its parts are sections and keys.
        let lo = text.iter().take_while(|c| matches!(c, ' ' | '[')).count();
        return Cursor {
            parents: Vec::new(),
            at: At::Key(word_around(text, line, col, lo, text.len(), is_key_char)),
        };
    }
    let mut parents = toml_table(lines, line);
    match separator(text, 0, '=') {
        Some(s) if col > s => {
            let key: String = text[..s].iter().collect();
            let mut path = dotted(&key);
            let key = path.pop().unwrap_or_default();
            parents.extend(path);
            let mut cursor = flow_value(text, line, key, s + 1, col, '=', parents);
            if let At::Value { word, .. } = &mut cursor.at {
                word.quoted = word.quoted || !word.text.is_empty() || toml_in_quotes(text, col);
            }
            cursor
        }
        Some(_) => Cursor {
            parents,
            at: At::Key(word_around(text, line, col, 0, text.len(), is_key_char)),
        },
        None => match toml_open_array(lines, line) {
            // A line of an array written over several lines.
            Some(key) => {
                let mut path = dotted(&key);
                let key = path.pop().unwrap_or_default();
                parents.extend(path);
                let mut word = value_around(text, line, col, 0, text.len());
                word.quoted = word.quoted || toml_in_quotes(text, col);
                Cursor {
                    parents,
                    at: At::Value {
                        key,
                        word,
                        list: true,
                    },
                }
            }
            None => Cursor {
                parents,
                at: At::Key(word_around(text, line, col, 0, text.len(), is_key_char)),
            },
        },
    }
}

/// Whether the cursor is inside a quoted string of a TOML line.
fn toml_in_quotes(text: &[char], col: usize) -> bool {
    text.iter().take(col).filter(|c| **c == '"').count() % 2 == 1
}

fn dotted(key: &str) -> Vec<String> {
    key.split('.')
        .map(|p| p.trim().trim_matches(['"', '\'']).to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The path of the table the line is in: the nearest header above (`[[measures]]`,
/// `[measures.timetable]`).
fn toml_table(lines: &Lines<'_>, line: usize) -> Vec<String> {
    for n in (0..line).rev() {
        let l = lines.line(n).trim();
        if l.starts_with('[') {
            let inner = l.trim_start_matches('[');
            let inner = inner.split(']').next().unwrap_or_default();
            return dotted(inner);
        }
    }
    Vec::new()
}

/// The key of an array left open on a line above (`partners = [` without its `]`).
fn toml_open_array(lines: &Lines<'_>, line: usize) -> Option<String> {
    let mut depth = 0i32;
    for n in (0..line).rev() {
        let l: Vec<char> = lines.line(n).chars().collect();
        let l = &l[..comment_start(&l).unwrap_or(l.len())];
        if l.iter().collect::<String>().trim_start().starts_with('[')
            && separator(l, 0, '=').is_none()
        {
            return None;
        }
        for c in l.iter().rev() {
            match c {
                ']' => depth += 1,
                '[' => depth -= 1,
                _ => {}
            }
        }
        if depth < 0 {
            let s = separator(l, 0, '=')?;
            return Some(l[..s].iter().collect::<String>().trim().to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor where `|` is written.
    fn at(syntax: Syntax, text: &str) -> Cursor {
        let (line, col) = text
            .lines()
            .enumerate()
            .find_map(|(n, l)| l.find('|').map(|c| (n, l[..c].chars().count())))
            .unwrap_or((0, 0));
        let clean = text.replacen('|', "", 1);
        cursor(syntax, &Lines::new(&clean), line, col)
    }

    fn value(c: &Cursor) -> (Vec<&str>, &str, &str, bool) {
        match &c.at {
            At::Value { key, word, list } => (
                c.parents.iter().map(String::as_str).collect(),
                key.as_str(),
                word.prefix.as_str(),
                *list,
            ),
            other => panic!("not a value: {other:?}"),
        }
    }

    fn key(c: &Cursor) -> (Vec<&str>, &str) {
        match &c.at {
            At::Key(word) => (
                c.parents.iter().map(String::as_str).collect(),
                word.prefix.as_str(),
            ),
            other => panic!("not a key: {other:?}"),
        }
    }

    const MEASURES: &str = "measures:\n  - id: M1\n    title: T\n";

    #[test]
    fn yaml_values_keys_and_lists() {
        let c = at(Syntax::Yaml, &format!("{MEASURES}    responsible: |\n"));
        assert_eq!(value(&c), (vec!["measures"], "responsible", "", false));
        let c = at(Syntax::Yaml, &format!("{MEASURES}    partners: [a, co|]\n"));
        assert_eq!(value(&c), (vec!["measures"], "partners", "co", true));
        let c = at(
            Syntax::Yaml,
            &format!("{MEASURES}    partners:\n      - co|\n"),
        );
        assert_eq!(value(&c), (vec!["measures"], "partners", "co", true));
        let c = at(
            Syntax::Yaml,
            &format!("{MEASURES}    partners:\n    - a\n    - co|\n"),
        );
        assert_eq!(value(&c), (vec!["measures"], "partners", "co", true));
        let c = at(
            Syntax::Yaml,
            &format!("{MEASURES}    timetable: {{start: 2025, end: 2|}}\n"),
        );
        assert_eq!(
            value(&c),
            (vec!["measures", "timetable"], "end", "2", false)
        );
        let c = at(
            Syntax::Yaml,
            &format!("{MEASURES}    timetable:\n      en|\n"),
        );
        assert_eq!(key(&c), (vec!["measures", "timetable"], "en"));
        let c = at(Syntax::Yaml, &format!("{MEASURES}    resp|\n"));
        assert_eq!(key(&c), (vec!["measures"], "resp"));
        // An entry begun in a list: the format decides whether it is a key (of a measure)
        // or a value.
        let c = at(Syntax::Yaml, &format!("{MEASURES}  - ti|\n"));
        assert_eq!(value(&c), (vec![], "measures", "ti", true));
        let c = at(Syntax::Yaml, &format!("{MEASURES}    |\n"));
        assert_eq!(key(&c), (vec!["measures"], ""));
        let c = at(Syntax::Yaml, "mun|\n");
        assert_eq!(key(&c), (vec![], "mun"));
        // Inside a block scalar's text there is neither key nor value.
        let c = at(
            Syntax::Yaml,
            &format!("{MEASURES}    description: >\n      some te|xt\n"),
        );
        assert_eq!(c.at, At::Nothing);
    }

    #[test]
    fn a_rule_id_in_a_suppression_comment() {
        let c = at(
            Syntax::Yaml,
            "  - id: M3  # goodrel: ignore[IA0|12] not ours\n",
        );
        match c.at {
            At::Rule(w) => assert_eq!((w.text.as_str(), w.prefix.as_str()), ("IA012", "IA0")),
            other => panic!("{other:?}"),
        }
        let c = at(Syntax::Yaml, "  # goodrel: ignore[IA012] not o|urs\n");
        assert_eq!(c.at, At::Nothing);
    }

    #[test]
    fn toml_tables_keys_and_values() {
        let c = at(
            Syntax::Toml,
            "[[measures]]\nid = \"M1\"\nresponsible = \"yo|\"\n",
        );
        let v = value(&c);
        assert_eq!(v, (vec!["measures"], "responsible", "yo", false));
        let c = at(Syntax::Toml, "[[measures]]\npartners = [\"a\", |]\n");
        assert_eq!(value(&c), (vec!["measures"], "partners", "", true));
        let c = at(
            Syntax::Toml,
            "[[measures]]\npartners = [\n  \"a\",\n  \"b|\"\n]\n",
        );
        assert_eq!(value(&c), (vec!["measures"], "partners", "b", true));
        let c = at(
            Syntax::Toml,
            "[[measures]]\ntimetable = { start = 2025, e| }\n",
        );
        assert_eq!(key(&c), (vec!["measures", "timetable"], "e"));
        let c = at(Syntax::Toml, "[municipality]\nna|\n");
        assert_eq!(key(&c), (vec!["municipality"], "na"));
    }
}
