//! Ids that look like other ids (`PLAN013 lookalike-id`).
//!
//! References in a plan are ids, and a reader checks a reference by reading it. An id that a
//! reader cannot tell from another one breaks that: an actor `еmployment` written with a
//! Cyrillic `е` takes the measures that seem to name `employment`; `М1` (Cyrillic) sits
//! beside `M1`; `M\u{200b}2` with a zero-width space is another id than `M2`. The checks
//! follow Unicode's security mechanisms (UTS #39, through the `unicode-security` crate):
//! mixed-script detection, whole-script confusables and confusable skeletons, plus the
//! default-ignorable (invisible) characters, bidi controls among them.
//!
//! Ids are compared after NFC normalisation (the loader composes all text), so an `é` typed
//! in two ways is one id and needs no finding. Pairs of ids that are both plain ASCII
//! (`O1`/`01`, `l1`/`11`, `rn`/`m`) are left alone: they are typed on an ordinary keyboard
//! and are real, distinct ids far more often than tricks, while every lookalike attack needs
//! a character from outside ASCII.

use std::collections::HashMap;

use unicode_security::MixedScript;
use unicode_security::mixed_script::AugmentedScriptSet;

use super::Kind;
use crate::finding::{Finding, Location};
use crate::format_rules as format;
use crate::i18n::Message;
use crate::msg;

/// The bidirectional formatting characters of UAX #9: ALM, LRM, RLM, the embeddings and
/// overrides (U+202A–202E) and the isolates (U+2066–2069). They make a line read in another
/// order than it is written (the "Trojan Source" trick).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `c` is invisible: a default-ignorable code point (zero-width spaces and joiners,
/// the soft hyphen, bidi controls, variation selectors, tags…). UTS #39 drops exactly these
/// when it computes a skeleton, so a character whose skeleton is empty is one of them.
pub fn is_invisible(c: char) -> bool {
    !c.is_ascii()
        && unicode_security::skeleton(c.encode_utf8(&mut [0; 4]))
            .next()
            .is_none()
}

/// The UTS #39 skeleton of `s`: two strings with the same skeleton look alike.
fn skeleton(s: &str) -> String {
    unicode_security::skeleton(s).collect()
}

/// `s` with its invisible characters shown as `\u{200b}`, so a message can name them.
pub fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// `U+0435`, how a message names a character.
fn code(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// What is wrong with one id (or reference) by itself.
enum Own {
    /// It holds this invisible character.
    Invisible(char),
    /// This character is of another script than the letters before it.
    Mixed(char),
    /// It is written wholly in another script but looks like this ASCII text.
    WholeScript(String, char),
}

/// The ASCII text `id` looks like, when every character of it has an ASCII prototype (`М1`
/// looks like `M1`): ASCII characters stand for themselves, others for their skeleton.
fn ascii_form(id: &str) -> Option<String> {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let proto = skeleton(c.encode_utf8(&mut [0; 4]));
            if !proto.is_ascii() || proto.is_empty() {
                return None;
            }
            out.push_str(&proto);
        }
    }
    Some(out)
}

fn own_trouble(id: &str) -> Option<Own> {
    if id.is_ascii() {
        return None;
    }
    if let Some(c) = id.chars().find(|&c| is_invisible(c)) {
        return Some(Own::Invisible(c));
    }
    if !id.is_single_script() {
        let mut set = AugmentedScriptSet::default();
        for c in id.chars() {
            set.intersect_with(AugmentedScriptSet::for_char(c));
            if set.is_empty() {
                return Some(Own::Mixed(c));
            }
        }
    }
    let scripts = AugmentedScriptSet::for_str(id);
    let latin = AugmentedScriptSet::for_char('a');
    let mut shared = scripts;
    shared.intersect_with(latin);
    if !scripts.is_all()
        && shared.is_empty()
        && let Some(looks) = ascii_form(id)
        && let Some(c) = id.chars().find(|c| !c.is_ascii())
    {
        return Some(Own::WholeScript(looks, c));
    }
    None
}

impl Own {
    fn message(&self, id: &str) -> Message {
        match self {
            Own::Invisible(c) => msg!(
                "plan-lookalike-invisible",
                id = visible(id),
                code = code(*c)
            ),
            Own::Mixed(c) => msg!(
                "plan-lookalike-mixed",
                id = id,
                char = c.to_string(),
                code = code(*c)
            ),
            Own::WholeScript(looks, c) => msg!(
                "plan-lookalike-script",
                id = id,
                looks = looks.as_str(),
                code = code(*c)
            ),
        }
    }
}

/// One lookalike finding (also used for a reference that only looks like an existing id).
pub(crate) fn finding(message: Message, location: Location) -> Finding {
    Finding {
        rule: &format::LOOKALIKE_ID,
        severity: format::LOOKALIKE_ID.severity,
        message,
        location: Some(location),
        hint: Some(msg!("plan-hint-lookalike")),
        also: crate::finding::Also::default(),
        rows: Vec::new(),
    }
}

/// Reports the plan's lookalike ids: `written` holds each id with its kind and where it is
/// written (`locate` turns that into a location), in the plan's order. One finding per id
/// at most. Of ids that look alike, the first in ASCII (else the first written) is the one
/// the others are said to look like.
pub fn ids<A: Copy>(
    written: &[(&str, Kind, usize, A)],
    locate: impl Fn(A) -> Location,
    findings: &mut Vec<Finding>,
) {
    // Every finding needs a character outside ASCII.
    if written.iter().all(|(id, ..)| id.is_ascii()) {
        return;
    }
    // Per skeleton, the id the others are said to look like: the first in ASCII, else the
    // first written (kept as one index, so 60,000 ids of one skeleton stay linear).
    let mut anchors: HashMap<String, usize> = HashMap::new();
    for (i, (id, ..)) in written.iter().enumerate() {
        let anchor = anchors.entry(skeleton(id)).or_insert(i);
        if id.is_ascii() && !written[*anchor].0.is_ascii() {
            *anchor = i;
        }
    }
    let mut done: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for &(id, _, _, at) in written {
        if id.is_ascii() || !done.insert(id) {
            continue;
        }
        let anchor = written[anchors[&skeleton(id)]];
        let message = if anchor.0 != id {
            let seen = locate(anchor.3);
            msg!(
                "plan-lookalike-pair",
                id = visible(id),
                other = visible(anchor.0),
                kind = msg!("plan-kind", kind = anchor.1.noun()),
                file = seen.file.as_str(),
                line = seen.span.start.line
            )
        } else {
            match own_trouble(id) {
                Some(trouble) => trouble.message(id),
                None => continue,
            }
        };
        findings.push(finding(message, locate(at)));
    }
}

/// The plan's ids by skeleton, built once, for [`Skeletons::reference`].
pub struct Skeletons<'a> {
    by_skeleton: HashMap<String, Vec<(&'a str, Kind)>>,
}

impl<'a> Skeletons<'a> {
    pub fn new(ids: impl Iterator<Item = (&'a str, Kind)>) -> Skeletons<'a> {
        let mut by_skeleton: HashMap<String, Vec<(&'a str, Kind)>> = HashMap::new();
        for (id, kind) in ids {
            by_skeleton
                .entry(skeleton(id))
                .or_default()
                .push((id, kind));
        }
        Skeletons { by_skeleton }
    }

    /// For a reference that names no item: whether it looks like an id of the plan, or
    /// holds an invisible character, in which case it is a lookalike rather than a typing
    /// mistake (its message). An ASCII reference only looks like an id outside ASCII (`M1`
    /// for `М1`), as with ids.
    pub fn reference(&self, written: &str) -> Option<Message> {
        let ascii = written.is_ascii();
        let looks_like = self
            .by_skeleton
            .get(&skeleton(written))
            .and_then(|ids| ids.iter().find(|(id, _)| !ascii || !id.is_ascii()));
        if let Some((id, kind)) = looks_like {
            return Some(msg!(
                "plan-lookalike-reference",
                written = visible(written),
                id = visible(id),
                kind = kind.word()
            ));
        }
        own_trouble(written).map(|t| t.message(written))
    }
}

/// Whether a reference could be a lookalike at all, before any skeleton is built: ASCII
/// references only when the plan has an id outside ASCII.
pub fn may_look_alike(written: &str, any_non_ascii_id: bool) -> bool {
    any_non_ascii_id || !written.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trouble(id: &str) -> Option<&'static str> {
        own_trouble(id).map(|t| match t {
            Own::Invisible(_) => "invisible",
            Own::Mixed(_) => "mixed",
            Own::WholeScript(..) => "script",
        })
    }

    #[test]
    fn ordinary_ids_in_the_plan_languages_are_left_alone() {
        for id in [
            "M1",
            "työllisyys",
            "välittäjä-2",
            "Åbo_akademi",
            "kotoutuminen",
            "ääni",
            "café",
            "Ｍ１",
            "日本語",
            "مرکز",
            "Ελλάδα",
            "Україна",
        ] {
            assert_eq!(trouble(id), None, "{id}");
        }
    }

    #[test]
    fn lookalikes_are_told_apart() {
        assert_eq!(trouble("\u{435}mployment"), Some("mixed"));
        assert_eq!(trouble("\u{41c}1"), Some("script"));
        assert_eq!(trouble("M\u{200b}2"), Some("invisible"));
        assert_eq!(trouble("M3\u{202e}"), Some("invisible"));
        assert_eq!(ascii_form("\u{41c}1").as_deref(), Some("M1"));
        assert_eq!(skeleton("\u{41c}1"), skeleton("M1"));
        assert_eq!(visible("M\u{200b}2"), "M\\u{200b}2");
    }

    #[test]
    fn invisible_means_default_ignorable() {
        for c in [
            '\u{ad}',
            '\u{200b}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{202e}',
            '\u{2066}',
            '\u{fe0f}',
            '\u{e0041}',
        ] {
            assert!(is_invisible(c), "{:x}", u32::from(c));
        }
        for c in ['a', ' ', '\u{a0}', 'ä', '\u{301}', '\u{3000}', 'М'] {
            assert!(!is_invisible(c), "{:x}", u32::from(c));
        }
        // Every bidi control is invisible.
        for c in (0..0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| is_bidi_control(*c))
        {
            assert!(is_invisible(c), "{:x}", u32::from(c));
        }
    }

    #[test]
    fn each_lookalike_id_is_one_finding_on_the_odd_one() {
        let written = [
            ("employment", Kind::Actor, 0, 1usize),
            ("\u{435}mployment", Kind::Actor, 1, 2),
            ("\u{41c}1", Kind::Measure, 0, 3),
            ("M1", Kind::Measure, 1, 4),
            ("M\u{200b}2", Kind::Measure, 2, 5),
            ("O1", Kind::Objective, 0, 6),
            ("01", Kind::Objective, 1, 7),
        ];
        let mut findings = Vec::new();
        let locate = |line: usize| Location {
            file: "plan.yaml".into(),
            span: crate::load::node::Span::point(line, 1),
            path: String::new(),
        };
        ids(&written, locate, &mut findings);
        let lines: Vec<usize> = findings
            .iter()
            .map(|f| f.location.as_ref().map_or(0, |l| l.span.start.line))
            .collect();
        assert_eq!(lines, [2, 3, 5]);
        assert!(
            findings[1].message.english().contains("`M1`"),
            "{}",
            findings[1].message.english()
        );
    }
}
