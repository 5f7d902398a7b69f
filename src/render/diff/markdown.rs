//! `goodrel diff --format markdown`: one pull-request comment.

use std::fmt::Write as _;

use super::{At, View, finding_groups, sections};
use crate::finding::Finding;
use crate::i18n::{self, Lang};
use crate::msg;
use crate::render::markdown::{capitalised, code, escape, escape_message};
use crate::render::sanitize::{Form, guarded};

/// Adds pieces while they fit in `max` bytes, keeping room for the closing line; counts
/// what did not fit.
struct Budget {
    out: String,
    max: usize,
    /// The changes not shown.
    left_out: usize,
    /// Whether a piece did not fit: nothing after it is added (the comment reads in order).
    full: bool,
}

/// How many rows a table of findings, or a list of a section, shows before counting the
/// rest.
const ROWS_SHOWN: usize = 50;

impl Budget {
    /// Adds `piece` if it fits; a piece that does not fit is counted when it is one change
    /// (`counts`), and nothing after it is added either.
    fn add(&mut self, piece: &str, counts: bool) -> bool {
        if !self.full && self.out.len() + piece.len() <= self.max {
            self.out.push_str(piece);
            return true;
        }
        self.full = true;
        if counts {
            self.left_out += 1;
        }
        false
    }
}

/// The diff as Markdown for one pull-request comment: under [`crate::render::markdown::MAX_LEN`]
/// bytes, what did not fit counted in the last line.
pub fn markdown(v: &View<'_>, lang: Lang) -> String {
    markdown_within(v, crate::render::markdown::MAX_LEN, lang)
}

/// [`markdown`] with another cap (for tests).
pub fn markdown_within(v: &View<'_>, max_len: usize, lang: Lang) -> String {
    let d = v.diff;
    // The closing line is at most this long (with any count).
    let closing = |n: usize| format!("\n{}\n", msg!("diff-md-more", count = n).render(lang));
    let room = max_len.saturating_sub(closing(usize::MAX / 2).len() + 64);
    let mut b = Budget {
        out: String::new(),
        max: room,
        left_out: 0,
        full: false,
    };
    let title = msg!(
        "diff-title",
        old = escape(&v.old_name().render(lang)),
        new = escape(&v.new_name().render(lang))
    )
    .render(lang);
    b.add(&format!("## {}\n\n", title), false);
    b.add(
        &format!("**{}**\n\n", escape(&capitalised(&v.result(lang)))),
        false,
    );
    let config = msg!("diff-config", config = code(&v.config(lang))).render(lang);
    b.add(&format!("{config}\n\n"), false);
    for note in v.notes(lang) {
        b.add(&format!("{}\n\n", escape(&note)), false);
    }
    if d.is_empty() {
        b.add(&format!("{}\n", i18n::text(lang, "diff-nothing")), false);
    }
    for (heading, findings, new) in finding_groups(d) {
        // A new finding has its fix; a fixed one only where it was.
        let head = if new {
            format!(
                "### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
                capitalised(&heading.render(lang)),
                i18n::text(lang, "markdown-rule"),
                i18n::text(lang, "markdown-finding"),
                i18n::text(lang, "markdown-where"),
                i18n::text(lang, "explain-fix")
            )
        } else {
            format!(
                "### {}\n\n| {} | {} | {} |\n|---|---|---|\n",
                capitalised(&heading.render(lang)),
                i18n::text(lang, "markdown-rule"),
                i18n::text(lang, "markdown-finding"),
                i18n::text(lang, "markdown-where"),
            )
        };
        if !b.add(&head, false) {
            b.left_out += findings.len();
            continue;
        }
        let side = if new { At::New } else { At::Old(v.side) };
        // Errors first; past the first rows of a table, the rest is counted, so that a
        // change of thousands of findings still leaves room for the checklist and the rest.
        let mut sorted: Vec<&Finding> = findings.iter().collect();
        sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
        b.left_out += sorted.len().saturating_sub(ROWS_SHOWN);
        for f in sorted.into_iter().take(ROWS_SHOWN) {
            let at = f
                .location
                .as_ref()
                .map_or_else(|| code(&v.new.root), |l| code(&side.place(l)));
            let fix = if new {
                format!(
                    " {} |",
                    f.rule.help(lang).replace('|', "\\|").replace('\n', "<br>")
                )
            } else {
                String::new()
            };
            let row = format!(
                "| **{}** {} {} | {} | {} |{fix}\n",
                f.rule.id,
                f.severity.label(lang),
                f.rule.name,
                escape_message(&f.message.render(lang)),
                at,
            );
            b.add(&row, true);
        }
        b.add("\n", false);
    }
    if d.kept > 0 && !(d.new.is_empty() && d.fixed.is_empty()) {
        b.add(
            &format!("{}\n\n", msg!("diff-kept", count = d.kept).render(lang)),
            false,
        );
    }
    for s in sections(v, lang) {
        if !b.add(
            &format!("### {}\n\n", escape(&capitalised(&s.heading))),
            false,
        ) {
            b.left_out += s.entries.len();
            continue;
        }
        b.left_out += s.entries.len().saturating_sub(ROWS_SHOWN);
        for e in s.entries.into_iter().take(ROWS_SHOWN) {
            let at = e
                .place
                .map(|p| format!(" {}", code(&p)))
                .unwrap_or_default();
            let mut piece = format!("- {}{at}\n", escape(&e.line));
            for m in e.more {
                let _ = writeln!(piece, "  - {}", escape(&m));
            }
            b.add(&piece, true);
        }
        b.add("\n", false);
    }
    let mut out = b.out;
    if b.left_out > 0 {
        out.push_str(&closing(b.left_out));
    }
    guarded(out, Form::Markup)
}
