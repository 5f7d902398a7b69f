//! The vocabulary tables of docs/pyramid.md, generated from `src/pyramid/vocab.rs` so that the
//! guide lists exactly the words the placement reads (`tests/it/docs.rs` checks it; written
//! by `GOODREL_BLESS=1 cargo test`).

use std::fmt::Write as _;

use crate::pyramid::vocab::{Anchor, Lang, TERMS, Table, Weight};
use crate::pyramid::{Level, Subarea};

pub const BEGIN: &str = "<!-- BEGIN generated vocabulary: edit src/pyramid/vocab.rs, then `GOODREL_BLESS=1 cargo test` -->";
pub const END: &str = "<!-- END generated vocabulary -->";

/// The columns: a word shared by Swedish, Norwegian and Danish is listed in each of theirs.
const COLUMNS: [Lang; 5] = [Lang::En, Lang::Fi, Lang::Sv, Lang::No, Lang::Da];

fn in_column(word: Lang, column: Lang) -> bool {
    word == column || (word == Lang::Nordic && matches!(column, Lang::Sv | Lang::No | Lang::Da))
}

/// The word as listed: ¹ when it must start a word where its language's words need not, ²
/// when it must be the whole word.
fn listed(word: &str, lang: Lang, anchor: Anchor) -> String {
    match anchor {
        Anchor::Whole => format!("{word}²"),
        Anchor::Start if lang != Lang::En => format!("{word}¹"),
        _ => word.to_owned(),
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Top => "top",
        Level::Middle => "middle",
        Level::Base => "base",
    }
}

fn subarea_name(subarea: Subarea) -> &'static str {
    match subarea {
        Subarea::HateCrimeResponse => "hate-crime response",
        Subarea::CommunitySupport => "community support",
        Subarea::Mediation => "mediation",
        Subarea::Dialogue => "dialogue",
        Subarea::Encounters => "encounters",
    }
}

fn weight_name(weight: Weight) -> &'static str {
    match weight {
        Weight::Strong => "strong",
        Weight::Weak => "weak",
        Weight::Hint => "hint",
    }
}

/// One row of the terms table: a level, its sub-area and a strength.
type RowKey = (Level, Option<Subarea>, Weight);

fn row(out: &mut String, label: &str, about: &str, words: &[(String, Lang)]) {
    let _ = write!(out, "| {label} | {about} |");
    for column in COLUMNS {
        let cell: Vec<&str> = words
            .iter()
            .filter(|(_, lang)| in_column(*lang, column))
            .map(|(w, _)| w.as_str())
            .collect();
        let _ = write!(out, " {} |", cell.join(", "));
    }
    out.push('\n');
}

/// The two tables: the terms by level, sub-area and strength, and the word tables.
pub fn markdown() -> String {
    let mut out = format!("{BEGIN}\n\n");
    out.push_str(
        "| level · sub-area | strength | English | Finnish | Swedish | Norwegian | Danish |\n\
         |---|---|---|---|---|---|---|\n",
    );
    // Rows in the order of the vocabulary, one per level, sub-area and strength.
    let mut rows: Vec<(RowKey, Vec<(String, Lang)>)> = Vec::new();
    for term in TERMS {
        let key = (term.level, term.subarea, term.weight);
        let word = (listed(term.word, term.lang, term.anchor), term.lang);
        match rows.iter_mut().find(|(k, _)| *k == key) {
            Some((_, words)) => words.push(word),
            None => rows.push((key, vec![word])),
        }
    }
    for ((level, subarea, weight), words) in &rows {
        let label = match subarea {
            Some(sub) => format!("{} · {}", level_name(*level), subarea_name(*sub)),
            None => level_name(*level).to_owned(),
        };
        row(&mut out, &label, weight_name(*weight), words);
    }
    out.push_str(
        "\nThe word tables the placement combines (a word marked ¹ must start a word, ² must be \
         the whole word; English words start a word, Finnish and Nordic ones may sit inside \
         one):\n\n\
         | table | what it says | English | Finnish | Swedish | Norwegian | Danish |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for table in Table::ALL {
        let words: Vec<(String, Lang)> = table
            .words()
            .iter()
            .map(|&(w, lang, anchor)| (listed(w, lang, anchor), lang))
            .collect();
        row(
            &mut out,
            &format!("`{}`", table.name()),
            table.about(),
            &words,
        );
    }
    out.push('\n');
    out.push_str(END);
    out
}

/// `text` with its generated block replaced by [`markdown`] (appended when it has none).
pub fn splice(text: &str) -> String {
    match (text.find(BEGIN), text.find(END)) {
        (Some(begin), Some(end)) if begin < end => {
            let after = &text[end + END.len()..];
            format!("{}{}{after}", &text[..begin], markdown())
        }
        _ => format!("{text}\n{}\n", markdown()),
    }
}
