//! A port of how the GitHub Actions runner finds workflow commands in a step's output, so
//! tests can ask of any goodrel output: which commands would the runner execute?
//!
//! Ported from actions/runner: `OutputManager.OnDataReceived` (a line is looked at only when
//! it holds `##[` or `::`), `ActionCommandManager.TryProcessCommand` (the registered
//! commands, case-insensitive; `stop-commands` and its resume token) and
//! `ActionCommand.TryParseV2` (`::name props::data` after `TrimStart`) and `TryParse` (the
//! legacy `##[name props]data` anywhere in a line). Lines end at LF, CR or CRLF, as .NET's
//! `ReadLine` has them.
//!
//! .NET's `StartsWith(string)` and `IndexOf(string)` compare by culture unless told
//! otherwise, and with ICU a culture-aware comparison skips "ignorable" characters (controls,
//! zero-width spaces and joiners, the soft hyphen, bidi controls). [`Mode::Culture`] models
//! that (an approximation of ICU: every control and default-ignorable character is skipped);
//! [`Mode::Ordinal`] matches code unit by code unit. goodrel's output must hold no command
//! under either.

#![allow(dead_code)]

/// One command the runner would execute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub name: String,
    pub properties: Vec<(String, String)>,
    pub data: String,
    /// The output line it came from.
    pub line: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Ordinal,
    Culture,
}

/// The commands the runner registers (ActionCommandManager.Initialize and the command
/// extensions); `internal-set-repo-path` only for plugins, so not here.
const REGISTERED: &[&str] = &[
    "stop-commands",
    "set-env",
    "set-output",
    "save-state",
    "add-mask",
    "add-path",
    "add-matcher",
    "remove-matcher",
    "debug",
    "warning",
    "error",
    "notice",
    "group",
    "endgroup",
    "echo",
];

/// What ICU ignores in a culture-aware comparison, approximately: controls and the
/// default-ignorable code points.
fn ignorable(c: char) -> bool {
    c.is_control() || goodrel::render::sanitize::is_invisible(c)
}

/// `needle` in `hay` from char index `from`: the char index where it starts.
fn index_of(hay: &[char], needle: &str, from: usize, mode: Mode) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    (from..hay.len()).find(|&start| matches_at(hay, &needle, start, mode).is_some())
}

/// Whether `needle` matches `hay` at `start`; the char index after the match.
fn matches_at(hay: &[char], needle: &[char], start: usize, mode: Mode) -> Option<usize> {
    let mut i = start;
    for (k, &n) in needle.iter().enumerate() {
        if mode == Mode::Culture && k > 0 {
            while i < hay.len() && ignorable(hay[i]) {
                i += 1;
            }
        }
        if hay.get(i) != Some(&n) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

fn starts_with(hay: &[char], needle: &str, mode: Mode) -> bool {
    let mut start = 0;
    if mode == Mode::Culture {
        while start < hay.len() && ignorable(hay[start]) {
            start += 1;
        }
    }
    let needle: Vec<char> = needle.chars().collect();
    matches_at(hay, &needle, start, mode).is_some()
}

fn string(chars: &[char]) -> String {
    chars.iter().collect()
}

fn registered(name: &str, extra: &[String]) -> bool {
    REGISTERED.iter().any(|r| r.eq_ignore_ascii_case(name))
        || extra.iter().any(|r| r.eq_ignore_ascii_case(name))
}

fn unescape(s: &str, mappings: &[(&str, &str)]) -> String {
    let mut out = s.to_owned();
    for (token, replacement) in mappings {
        out = out.replace(replacement, token);
    }
    out
}

const ESCAPE: &[(&str, &str)] = &[
    (";", "%3B"),
    ("\r", "%0D"),
    ("\n", "%0A"),
    ("]", "%5D"),
    ("%", "%25"),
];
const ESCAPE_DATA: &[(&str, &str)] = &[("\r", "%0D"), ("\n", "%0A"), ("%", "%25")];
const ESCAPE_PROPERTY: &[(&str, &str)] = &[
    ("\r", "%0D"),
    ("\n", "%0A"),
    (":", "%3A"),
    (",", "%2C"),
    ("%", "%25"),
];

/// The command name of `cmd_info` (up to the first space), if registered, and its
/// properties: split at `sep`, each `key=value` with its value unescaped by `escape`. The V2
/// form (`,`) trims the properties before splitting; the legacy form (`;`) does not.
fn name_and_properties(
    cmd_info: &[char],
    extra: &[String],
    sep: char,
    escape: &[(&str, &str)],
) -> Option<(String, Vec<(String, String)>)> {
    let space = cmd_info.iter().position(|c| *c == ' ');
    let name = string(&cmd_info[..space.unwrap_or(cmd_info.len())]);
    if !registered(&name, extra) {
        return None;
    }
    let mut properties = Vec::new();
    if let Some(space) = space.filter(|s| *s > 0) {
        let props = string(&cmd_info[space + 1..]);
        let props = if sep == ',' {
            props.trim()
        } else {
            props.as_str()
        };
        for prop in props.split(sep).filter(|p| !p.is_empty()) {
            let pair: Vec<&str> = prop.splitn(2, '=').filter(|p| !p.is_empty()).collect();
            if pair.len() == 2 {
                properties.push((pair[0].to_owned(), unescape(pair[1], escape)));
            }
        }
    }
    Some((name, properties))
}

/// `ActionCommand.TryParseV2`.
fn try_parse_v2(line: &str, extra: &[String], mode: Mode) -> Option<Command> {
    // `TrimStart()` removes white space (char.IsWhiteSpace is Unicode's White_Space).
    let message: Vec<char> = line
        .trim_start_matches(char::is_whitespace)
        .chars()
        .collect();
    if !starts_with(&message, "::", mode) {
        return None;
    }
    let skip = if mode == Mode::Culture {
        message.iter().take_while(|c| ignorable(**c)).count()
    } else {
        0
    };
    let key_end = matches_at(&message, &[':', ':'], skip, mode)?;
    let end = index_of(&message, "::", key_end, mode)?;
    // V2 trims the properties, splits them at `,` and unescapes them as properties.
    let (name, properties) =
        name_and_properties(&message[key_end..end], extra, ',', ESCAPE_PROPERTY)?;
    let after = matches_at(&message, &[':', ':'], end, mode)?;
    Some(Command {
        name,
        properties,
        data: unescape(&string(&message[after..]), ESCAPE_DATA),
        line: line.to_owned(),
    })
}

/// `ActionCommand.TryParse`, the legacy `##[name props]data` form.
fn try_parse(line: &str, extra: &[String], mode: Mode) -> Option<Command> {
    let message: Vec<char> = line.chars().collect();
    let prefix = index_of(&message, "##[", 0, mode)?;
    let cmd_start = matches_at(&message, &['#', '#', '['], prefix, mode)?;
    let rb = (prefix..message.len()).find(|&i| message[i] == ']')?;
    if rb < cmd_start {
        return None;
    }
    // The legacy form splits at `;` and does not trim.
    let (name, properties) = name_and_properties(&message[cmd_start..rb], extra, ';', ESCAPE)?;
    Some(Command {
        name,
        properties,
        data: unescape(&string(&message[rb + 1..]), ESCAPE),
        line: line.to_owned(),
    })
}

/// Lines as .NET's `StreamReader.ReadLine` returns them.
fn read_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// The commands the runner would execute for a step that printed `text`.
pub fn commands(text: &str, mode: Mode) -> Vec<Command> {
    let mut out = Vec::new();
    // The stop token, once `stop-commands` has been seen; it is a registered command then.
    let mut stopped: Option<String> = None;
    let mut extra: Vec<String> = Vec::new();
    for line in read_lines(text) {
        let chars: Vec<char> = line.chars().collect();
        if line.is_empty()
            || (index_of(&chars, "##[", 0, mode).is_none()
                && index_of(&chars, "::", 0, mode).is_none())
        {
            continue;
        }
        let Some(command) =
            try_parse_v2(line, &extra, mode).or_else(|| try_parse(line, &extra, mode))
        else {
            continue;
        };
        match &stopped {
            Some(token) => {
                if !token.is_empty() && command.name.eq_ignore_ascii_case(token) {
                    extra.retain(|t| !t.eq_ignore_ascii_case(token));
                    stopped = None;
                    out.push(command);
                }
            }
            None => {
                if command.name.eq_ignore_ascii_case("stop-commands") {
                    stopped = Some(command.data.clone());
                    extra.push(command.data.clone());
                }
                out.push(command);
            }
        }
    }
    out
}

/// The commands in `text` under both matching modes (each command once).
pub fn all_commands(text: &str) -> Vec<Command> {
    let mut found = commands(text, Mode::Ordinal);
    for c in commands(text, Mode::Culture) {
        if !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

#[test]
fn the_port_reads_commands_as_the_runner_does() {
    let log = "plain\n  ::error file=a.yaml,line=3::msg %0A more\nsee ##[add-mask]secret\r::WARNING::x\n::nope::y\n::error no separator\n";
    let found = commands(log, Mode::Ordinal);
    let names: Vec<&str> = found.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["error", "add-mask", "WARNING"]);
    assert_eq!(
        found[0].properties,
        [
            ("file".to_owned(), "a.yaml".to_owned()),
            ("line".to_owned(), "3".to_owned())
        ]
    );
    assert_eq!(found[0].data, "msg \n more");
    assert_eq!(found[1].data, "secret");
    // The legacy form needs its `]` after the prefix, and a registered name.
    assert!(commands("##[ error x", Mode::Ordinal).is_empty());
    assert!(commands("##[unknown]x", Mode::Ordinal).is_empty());
    // Leading white space of any kind is trimmed before `::`.
    assert_eq!(commands("\u{a0}\u{3000}::debug::x", Mode::Ordinal).len(), 1);
    // stop-commands: nothing runs until the token comes back.
    let stopped = "::stop-commands::tok\n::error::hidden\n::tok::\n::error::shown\n";
    let names: Vec<String> = commands(stopped, Mode::Ordinal)
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["stop-commands", "tok", "error"]);
}

#[test]
fn culture_aware_matching_skips_invisible_characters() {
    let hidden = "a #\u{200b}#[error]x";
    assert!(commands(hidden, Mode::Ordinal).is_empty());
    assert_eq!(commands(hidden, Mode::Culture).len(), 1);
    assert_eq!(commands("\u{200d}:\u{ad}:error::x", Mode::Culture).len(), 1);
    // goodrel's neutralised forms are commands under neither.
    for safe in [
        "##\\u{5b}error]x",
        "##&#91;error]x",
        "\\u{3a}:error::x",
        "&#58;:error::x",
    ] {
        assert!(all_commands(safe).is_empty(), "{safe}");
    }
}
