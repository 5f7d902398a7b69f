//! The translation catalogue is complete: every message id exists in Finnish, Swedish and
//! English with the same arguments and attributes, every id the code asks for exists, every
//! rule has its three texts, and no Finnish or Swedish entry is left as the English one.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use goodrel::i18n::{FILES, Lang, sources};

/// What one entry needs: its variables, and each attribute's variables.
#[derive(Debug, PartialEq, Eq, Clone)]
struct Shape {
    vars: BTreeSet<String>,
    attributes: BTreeMap<String, BTreeSet<String>>,
}

fn vars_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                vars_of_inline(a, out);
            }
            for a in &arguments.named {
                vars_of_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_of_expression(expression, out),
        _ => {}
    }
}

fn vars_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => vars_of_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            vars_of_inline(selector, out);
            for v in variants {
                vars_of_pattern(&v.value, out);
            }
        }
    }
}

fn vars_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            vars_of_expression(expression, out);
        }
    }
}

/// The plain text of a pattern (placeables dropped), to compare translations with English.
fn words(p: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        out.push_str(&words(&v.value));
                    }
                }
            }
        }
    }
    out
}

struct Catalogue {
    shapes: BTreeMap<String, Shape>,
    /// Entry (or `entry.attribute`) → its words.
    texts: BTreeMap<String, String>,
    /// (file, id) of entries defined twice.
    duplicates: Vec<(String, String)>,
    errors: Vec<String>,
}

fn catalogue(lang: Lang) -> Catalogue {
    let mut c = Catalogue {
        shapes: BTreeMap::new(),
        texts: BTreeMap::new(),
        duplicates: Vec::new(),
        errors: Vec::new(),
    };
    for (file, source) in FILES.iter().zip(sources(lang)) {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    c.errors.push(format!("locales/{lang}/{file}.ftl: {e:?}"));
                }
                r
            }
        };
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name.to_owned();
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                vars_of_pattern(v, &mut vars);
                c.texts.insert(id.clone(), words(v));
            }
            let mut attributes = BTreeMap::new();
            for a in &m.attributes {
                let mut avars = BTreeSet::new();
                vars_of_pattern(&a.value, &mut avars);
                attributes.insert(a.id.name.to_owned(), avars);
                c.texts
                    .insert(format!("{id}.{}", a.id.name), words(&a.value));
            }
            if c.shapes
                .insert(id.clone(), Shape { vars, attributes })
                .is_some()
            {
                c.duplicates.push(((*file).to_owned(), id));
            }
        }
    }
    c
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let en = catalogue(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let c = catalogue(lang);
        problems.extend(c.errors.iter().cloned());
        for (file, id) in &c.duplicates {
            problems.push(format!(
                "{lang}: `{id}` is defined twice (locales/{lang}/{file}.ftl)"
            ));
        }
        for (id, shape) in &en.shapes {
            match c.shapes.get(id) {
                None => problems.push(format!("{lang}: `{id}` is missing")),
                Some(s) if s != shape => problems.push(format!(
                    "{lang}: `{id}` has arguments {:?} and attributes {:?}, English has {:?} and {:?}",
                    s.vars,
                    s.attributes,
                    shape.vars,
                    shape.attributes
                )),
                Some(_) => {}
            }
        }
        for id in c.shapes.keys() {
            if !en.shapes.contains_key(id) {
                problems.push(format!("{lang}: `{id}` is not in the English catalogue"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rule_has_its_three_texts() {
    let en = catalogue(Lang::En);
    let mut problems = Vec::new();
    for rule in goodrel::rules::all() {
        match en.shapes.get(rule.id) {
            None => problems.push(format!("{}: no entry", rule.id)),
            Some(s) => {
                let attributes: Vec<&str> = s.attributes.keys().map(String::as_str).collect();
                if attributes != ["help", "rationale"] {
                    problems.push(format!(
                        "{}: attributes {attributes:?}, want help and rationale",
                        rule.id
                    ));
                }
            }
        }
        if en.texts.get(rule.id).is_none_or(|t| t.trim().is_empty()) {
            problems.push(format!("{}: empty summary", rule.id));
        }
    }
    // And no rule text for a rule that does not exist.
    for id in en.shapes.keys() {
        let looks_like_rule = id.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if looks_like_rule && goodrel::rules::find(id).is_none() {
            problems.push(format!("`{id}` names no rule"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every string literal of the crate's sources.
fn literals() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for entry in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")) {
        let entry = entry.expect("walk src");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read source");
        let mut rest = text.as_str();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let end = after.find('"').unwrap_or(after.len());
            out.insert(after[..end].to_owned());
            rest = &after[(end + 1).min(after.len())..];
        }
    }
    out
}

#[test]
fn the_code_asks_only_for_ids_that_exist_and_every_id_is_used() {
    let en = catalogue(Lang::En);
    let literals = literals();
    let mut problems = Vec::new();
    // Ids the code names in msg!, Message::new, text() and attribute() calls.
    for entry in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")) {
        let entry = entry.expect("walk src");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read source");
        if entry.path().ends_with("i18n.rs") {
            continue;
        }
        for marker in ["msg!(\"", "Message::new(\"", "text(lang, \""] {
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if !en.shapes.contains_key(id) {
                    problems.push(format!(
                        "{}: `{id}` is not in locales/en",
                        entry.path().display()
                    ));
                }
            }
        }
    }
    // The keys' descriptions are looked up by a name made of the key's type and name.
    let fields: BTreeSet<String> = goodrel::lsp::format::all_fields()
        .into_iter()
        .map(|(owner, name, _)| goodrel::lsp::format::field_id(&owner, &name))
        .collect();
    for id in en.shapes.keys() {
        let is_rule = goodrel::rules::find(id).is_some();
        // The vocabulary names each type's "as typed" entry by appending `-written`.
        let is_term = goodrel::model::choices::ALL
            .iter()
            .any(|v| v.written == id || v.message == id);
        if !is_rule && !is_term && !literals.contains(id) && !fields.contains(id) {
            problems.push(format!("`{id}` is in the catalogue but no code uses it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Entries whose Finnish or Swedish text may equal the English one: names of documents
/// cited by their original title, and patterns made only of arguments.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "verbatim",
    "source-coe-mlg",
    "source-coe-mlg.short",
    "source-coe-lab",
    "source-coe-lab.short",
    "source-osce",
    "source-goodrel.short",
    "source-moj-gr",
    "result-line",
    "list-and",
    // Swedish "plan" is the English word.
    "text-plan",
    // The command's name and the two versions.
    "diff-title",
];

#[test]
fn finnish_and_swedish_are_translated_not_copied() {
    let en = catalogue(Lang::En);
    let mut problems = Vec::new();
    for lang in [Lang::Fi, Lang::Sv] {
        let c = catalogue(lang);
        for (key, english) in &en.texts {
            let has_words = english
                .split(|ch: char| !ch.is_alphabetic())
                .any(|w| w.chars().count() >= 4);
            if has_words
                && !SAME_IN_EVERY_LANGUAGE.contains(&key.as_str())
                && c.texts.get(key) == Some(english)
            {
                problems.push(format!("{lang}: `{key}` is the English text"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} entries untranslated:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The `VALUE("key")` calls of a pattern (with their `of:` type, if given).
fn value_calls(p: &ast::Pattern<&str>, out: &mut Vec<(String, Option<String>)>) {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut Vec<(String, Option<String>)>) {
        match e {
            ast::InlineExpression::FunctionReference { id, arguments } if id.name == "VALUE" => {
                let literal = |e: &ast::InlineExpression<&str>| match e {
                    ast::InlineExpression::StringLiteral { value } => Some((*value).to_owned()),
                    _ => None,
                };
                let key = arguments.positional.first().and_then(literal);
                let of = arguments
                    .named
                    .iter()
                    .find(|a| a.name.name == "of")
                    .and_then(|a| literal(&a.value));
                out.push((key.unwrap_or_default(), of));
            }
            ast::InlineExpression::Placeable { expression } => expression_calls(expression, out),
            _ => {}
        }
    }
    fn expression_calls(e: &ast::Expression<&str>, out: &mut Vec<(String, Option<String>)>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    value_calls(&v.value, out);
                }
            }
        }
    }
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_calls(expression, out);
        }
    }
}

/// Where `key` stands in `text` as a word of its own: not part of a longer word, a field
/// path (`municipality.good_relations`), an id (`family-good_relations`) or a YAML key
/// (`meeting_fees: true`).
fn names_key(text: &str, key: &str) -> bool {
    text.match_indices(key).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + key.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || "_.-$\"".contains(c))
            && !after.is_some_and(|c| c.is_alphanumeric() || "_:-\"".contains(c))
    })
}

/// Finnish and Swedish hints name a plan's values as a plan in that language writes them
/// ("nuoret", `kind: yhdistys`), which the loader reads as well as the keys: through
/// `{ VALUE("young_people") }`, never the English key alone.
#[test]
fn finnish_and_swedish_hints_name_values_in_their_own_words() {
    let fields: BTreeSet<String> = goodrel::lsp::format::all_fields()
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    // Keys of two or more words, and the one-word keys hints use, that are not field names.
    const ONE_WORD: &[&str] = &[
        "immigrants",
        "refugees",
        "roma",
        "quarterly",
        "consultation",
        "ngo",
        "parish",
        "association",
        "business",
        "preventive",
        "defusing",
        "reconciliation",
        "alone",
        "done",
        "dropped",
        "planned",
        "ongoing",
        "interpreting",
        "reception",
        "guidance",
    ];
    let keys: BTreeSet<&str> = goodrel::model::choices::ALL
        .iter()
        .flat_map(|v| v.keys.iter().copied())
        .filter(|k| k.contains('_') || ONE_WORD.contains(k))
        .filter(|k| !fields.contains(*k))
        .collect();
    let mut problems = Vec::new();
    for lang in [Lang::Fi, Lang::Sv] {
        for (file, source) in FILES.iter().zip(sources(lang)) {
            let Ok(resource) = fluent_syntax::parser::parse(source) else {
                continue;
            };
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let patterns = m.value.iter().map(|v| (m.id.name.to_owned(), v)).chain(
                    m.attributes
                        .iter()
                        .map(|a| (format!("{}.{}", m.id.name, a.id.name), &a.value)),
                );
                for (id, pattern) in patterns {
                    let mut calls = Vec::new();
                    value_calls(pattern, &mut calls);
                    for (key, of) in calls {
                        let found = goodrel::model::choices::ALL
                            .iter()
                            .filter(|v| of.as_deref().is_none_or(|of| v.name == of))
                            .find_map(|v| v.value(&key));
                        match found.and_then(|v| v.term(lang)) {
                            None => problems.push(format!(
                                "{lang}/{file}.ftl {id}: VALUE(\"{key}\", of: {of:?}) is no value with a term"
                            )),
                            Some(_) if of.is_none() => {
                                // Without `of:`, every type with the key must write it alike.
                                let terms: BTreeSet<_> = goodrel::model::choices::ALL
                                    .iter()
                                    .filter_map(|v| v.value(&key))
                                    .filter_map(|v| v.term(lang))
                                    .collect();
                                if terms.len() > 1 {
                                    problems.push(format!(
                                        "{lang}/{file}.ftl {id}: VALUE(\"{key}\") needs `of:` ({terms:?})"
                                    ));
                                }
                            }
                            Some(_) => {}
                        }
                    }
                    // The template's comments list keys with their meaning; a `-written`
                    // term shows the key after the term on purpose ("nuoret (young_people)").
                    if *file == "init" || m.id.name.ends_with("-written") {
                        continue;
                    }
                    let text = words(pattern);
                    for key in keys.iter().filter(|k| names_key(&text, k)) {
                        problems.push(format!(
                            "{lang}/{file}.ftl {id}: names the key `{key}`; write {{ VALUE(\"{key}\") }}"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
