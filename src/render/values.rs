//! The value tables of `docs/plan-format.md` and its Finnish and Swedish editions, generated
//! from the vocabulary (`model/choices.rs`): for each choice type, the fields that take it and
//! every value with its key and its terms and spellings in the three languages.

use std::fmt::Write as _;

use crate::i18n::{Lang, text};
use crate::model::schema::choice_fields;
use crate::model::vocabulary::{Value, Vocabulary, fold, selector};
use crate::msg;

/// Where the generated part of a plan-format guide starts and ends.
pub const BEGIN: &str = "<!-- BEGIN generated value tables: edit src/model/choices.rs, then `GOODREL_BLESS=1 cargo test` -->";
pub const END: &str = "<!-- END generated value tables -->";

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Spellings in code font, the first in bold (the official term).
fn spellings(words: &[&str]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 {
                format!("**`{}`**", cell(w))
            } else {
                format!("`{}`", cell(w))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value tables for one language's guide, between [`BEGIN`] and [`END`].
pub fn values_markdown(lang: Lang) -> String {
    let fields = choice_fields();
    let mut out = format!(
        "{BEGIN}\n\n## {}\n\n{}\n",
        text(lang, "format-values-heading"),
        text(lang, "format-values-intro")
    );
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != lang).collect();
    for vocabulary in crate::model::choices::ALL {
        let used: Vec<String> = fields
            .iter()
            .filter(|(_, name)| name == vocabulary.name)
            .map(|(path, _)| format!("`{path}`"))
            .collect();
        let _ = writeln!(
            out,
            "\n### {}\n\n{}\n",
            msg!("format-values-type", name = vocabulary.name).render(lang),
            msg!("format-values-used-by", fields = used.join(", ")).render(lang)
        );
        table(&mut out, vocabulary, lang, &others);
    }
    out.push('\n');
    out.push_str(END);
    out.push('\n');
    out
}

fn table(out: &mut String, vocabulary: &Vocabulary, lang: Lang, others: &[Lang]) {
    let name = |l: Lang| msg!("format-values-language", code = l.code()).render(lang);
    if lang == Lang::En {
        let mut header = vec![text(lang, "format-values-key")];
        header.extend(others.iter().map(|l| name(*l)));
        header.push(text(lang, "format-values-meaning"));
        row(out, &header);
        row(out, &vec!["---".to_owned(); header.len()]);
        for value in vocabulary.values {
            let mut cells = vec![format!("`{}`", value.key)];
            cells.extend(
                others
                    .iter()
                    .map(|l| spellings(value.in_language(l.code()))),
            );
            cells.push(meaning(value));
            row(out, &cells);
        }
        return;
    }
    let mut header = vec![name(lang), text(lang, "format-values-key")];
    header.extend(others.iter().filter(|l| **l != Lang::En).map(|l| name(*l)));
    header.push(name(Lang::En));
    row(out, &header);
    row(out, &vec!["---".to_owned(); header.len()]);
    for value in vocabulary.values {
        let mut cells = vec![
            spellings(value.in_language(lang.code())),
            format!("`{}`", value.key),
        ];
        cells.extend(
            others
                .iter()
                .filter(|l| **l != Lang::En)
                .map(|l| spellings(value.in_language(l.code()))),
        );
        cells.push(spellings(value.in_language(Lang::En.code())));
        row(out, &cells);
    }
}

/// An English value's description, and the English spellings other than its key.
fn meaning(value: &Value) -> String {
    let also: Vec<String> = value
        .in_language("en")
        .iter()
        .filter(|w| fold(w) != fold(value.key))
        .map(|w| format!("`{}`", cell(w)))
        .collect();
    let description = cell(&value.description());
    if also.is_empty() {
        description
    } else {
        msg!(
            "format-values-also",
            meaning = description,
            also = also.join(", ")
        )
        .render(Lang::En)
    }
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// `text` with its generated value tables replaced by the current ones (appended when the
/// markers are missing).
pub fn splice(text: &str, lang: Lang) -> String {
    let tables = values_markdown(lang);
    match (text.find(BEGIN), text.find(END)) {
        (Some(begin), Some(end)) if end > begin => {
            let after = &text[end + END.len()..];
            let after = after.strip_prefix('\n').unwrap_or(after);
            format!("{}{tables}{after}", &text[..begin])
        }
        _ => format!("{}\n{tables}", text.trim_end()),
    }
}

/// `locales/<lang>/terms.ftl`: for each choice type, the entry naming a value in a sentence
/// (its official term in `lang`) and the entry naming it as the reader types it (the term,
/// and the key after it where they differ; in English the key). Checked against the file by
/// `tests/it/docs.rs`, written by `GOODREL_BLESS=1 cargo test`.
pub fn terms_ftl(lang: Lang) -> String {
    let mut out = String::from(
        "# Generated from the vocabulary in src/model/choices.rs: edit the terms there, then run\n\
         # `GOODREL_BLESS=1 cargo test`. For each choice type of the plan format, `term-…` names a\n\
         # value in a sentence and `term-…-written` names it as the reader types it in a plan.\n",
    );
    for vocabulary in crate::model::choices::ALL {
        out.push_str(&format!("\n# {}\n", vocabulary.name));
        let last = vocabulary.values.len().saturating_sub(1);
        for (id, written) in [(vocabulary.message, false), (vocabulary.written, true)] {
            out.push_str(&format!("{id} = {{ $key ->\n"));
            for (i, value) in vocabulary.values.iter().enumerate() {
                let term = value
                    .term(lang)
                    .or(value.term(Lang::En))
                    .unwrap_or(value.key);
                let shown = match (written, lang == Lang::En) {
                    (false, _) => term.to_owned(),
                    (true, true) => value.key.to_owned(),
                    (true, false) if fold(term) == fold(value.key) => term.to_owned(),
                    (true, false) => format!("{term} ({})", value.key),
                };
                let mark = if i == last { "   *" } else { "    " };
                out.push_str(&format!("{mark}[{}] {shown}\n", selector(value.key)));
            }
            out.push_str("}\n");
        }
    }
    out
}
