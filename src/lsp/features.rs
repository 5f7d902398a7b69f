//! The requests an editor makes about a place in a plan file: hover, completion, go to
//! definition, find references, document symbols and code actions. Each reads the cursor's
//! place from the text ([`super::context`]), the format ([`super::format`]) and the plan
//! as last checked.

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, CompletionParams, CompletionResponse, CompletionTextEdit, DocumentSymbol,
    DocumentSymbolParams, DocumentSymbolResponse, Documentation, GotoDefinitionParams,
    GotoDefinitionResponse, Hover, HoverContents, HoverParams, Location, MarkupContent, MarkupKind,
    Position, Range, ReferenceParams, SymbolKind, TextDocumentPositionParams, TextEdit, Url,
    WorkspaceEdit,
};

use crate::engine::PlanReport;
use crate::finding::Finding;
use crate::i18n::{Arg, Lang, Message};
use crate::model::{Kind, Plan};
use crate::{msg, rules};

use super::context::{self, At, Cursor, Word};
use super::format;
use super::position::Lines;
use super::state::Server;

/// The kinds of item, each with the items of the plan of that kind: id, name, where.
fn items_of(plan: &Plan, kind: Kind) -> Vec<(String, String)> {
    fn list<T>(
        items: &[crate::model::Item<T>],
        f: impl Fn(&T) -> (&str, &str),
    ) -> Vec<(String, String)> {
        items
            .iter()
            .map(|i| f(&i.value))
            .filter(|(id, _)| !id.is_empty())
            .map(|(id, name)| (id.to_owned(), name.to_owned()))
            .collect()
    }
    match kind {
        Kind::Actor => list(&plan.actors, |a| (&a.id, &a.name)),
        Kind::Service => list(&plan.services, |s| (&s.id, &s.name)),
        Kind::Objective => list(&plan.objectives, |o| (&o.id, &o.statement)),
        Kind::Measure => list(&plan.measures, |m| (&m.id, &m.title)),
        Kind::Indicator => list(&plan.indicators, |i| (&i.id, &i.name)),
        Kind::Structure => list(&plan.structures, |s| (&s.id, &s.name)),
        Kind::Consultation => list(&plan.consultations, |c| (&c.id, &c.title)),
        Kind::Need => plan
            .consultations
            .iter()
            .flat_map(|c| c.needs.iter())
            .map(|n| (n.id.clone(), n.need.clone()))
            .collect(),
        Kind::Link => list(&plan.links, |l| (&l.id, &l.title)),
        Kind::Report => list(&plan.reports, |r| (&r.id, "")),
    }
}

/// The name (title, statement) of the item with this id.
fn name_of(plan: &Plan, id: &str) -> Option<(Kind, String)> {
    let kind = plan.kind_of(id)?;
    let name = items_of(plan, kind)
        .into_iter()
        .find(|(i, _)| i == id)
        .map(|(_, n)| n)?;
    Some((kind, name))
}

fn markdown(value: String) -> MarkupContent {
    MarkupContent {
        kind: MarkupKind::Markdown,
        value,
    }
}

/// Plan text in a hover: one line, no control characters, no Markdown of its own.
fn shown(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let clean = crate::render::sanitize::clean(&one_line).into_owned();
    clean
        .chars()
        .flat_map(|c| {
            let escape = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#');
            escape.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

impl Server {
    /// The document's text, syntax and the cursor at a position.
    fn cursor_at(&self, at: &TextDocumentPositionParams) -> Option<(Cursor, String)> {
        let doc = self.docs.get(&at.text_document.uri)?;
        let lines = Lines::new(&doc.text);
        let col = lines.char_column(at.position, self.encoding);
        let mut cursor = context::cursor(doc.syntax(), &lines, at.position.line as usize, col);
        // `- ti` under `measures:` begins a measure's key, not a value of the list.
        if let At::Value {
            key,
            word,
            list: true,
        } = &cursor.at
            && format::holds_maps(&cursor.parents, key)
        {
            cursor.parents.push(key.clone());
            cursor.at = At::Key(word.clone());
        }
        Some((cursor, doc.text.clone()))
    }

    fn word_range(&self, text: &str, word: &Word) -> Range {
        Lines::new(text).chars_range(word.line, word.start, word.end, self.encoding)
    }

    /// Where a finding's place or an item is, as the editor opens it.
    fn location(&self, report: &PlanReport, at: &crate::finding::Location) -> Option<Location> {
        let path = self.path_of(&at.file);
        let uri = Url::from_file_path(&path).ok()?;
        let text = self.text_of(&path, Some(report));
        Some(Location {
            uri,
            range: Lines::new(&text).range(at.span, self.encoding),
        })
    }

    pub fn hover(&mut self, params: &HoverParams) -> Option<Hover> {
        let at = &params.text_document_position_params;
        let (cursor, text) = self.cursor_at(at)?;
        let uri = at.text_document.uri.clone();
        self.refresh(&uri);
        let report = self.report_of(&uri);
        let lang = self.lang(report);
        let (value, word) = match &cursor.at {
            At::Key(word) => {
                let field = format::field(&cursor.parents, &word.text)?;
                let description = field.description(lang).unwrap_or_default();
                (format!("**`{}`**\n\n{}", field.name, description), word)
            }
            At::Value { key, word, .. } => {
                if word.text.is_empty() {
                    return None;
                }
                let field = format::field(&cursor.parents, key);
                let choice = field.as_ref().and_then(format::Field::choice);
                if let Some(choice) = choice.and_then(format::choice) {
                    let key = format::key_of(choice, &word.text)?;
                    (terms(choice, key, lang), word)
                } else {
                    let report = report?;
                    let expect = format::reference(&cursor.parents, key);
                    (item_hover(report, &word.text, expect, lang)?, word)
                }
            }
            At::Rule(word) => {
                let rule = rules::find(&word.text)?;
                (rule_hover(rule, lang), word)
            }
            At::Nothing => return None,
        };
        Some(Hover {
            contents: HoverContents::Markup(markdown(value)),
            range: Some(self.word_range(&text, word)),
        })
    }

    pub fn completion(&mut self, params: &CompletionParams) -> Option<CompletionResponse> {
        let at = &params.text_document_position;
        let (cursor, text) = self.cursor_at(at)?;
        let uri = at.text_document.uri.clone();
        let syntax = self.docs.get(&uri)?.syntax();
        self.refresh(&uri);
        let report = self.report_of(&uri);
        let lang = self.lang(report);
        let lines = Lines::new(&text);
        let edit = |word: &Word, new_text: String| {
            CompletionTextEdit::Edit(TextEdit {
                range: lines.chars_range(word.line, word.start, word.end, self.encoding),
                new_text,
            })
        };
        let toml = syntax == crate::load::Syntax::Toml;
        let quote = |word: &Word, s: &str| {
            if toml && !word.quoted {
                format!("\"{s}\"")
            } else {
                s.to_owned()
            }
        };
        let items: Vec<CompletionItem> = match &cursor.at {
            At::Key(word) => {
                let line = lines.line(word.line);
                let rest: String = line.chars().skip(word.end).collect();
                let has_separator = rest.trim_start().starts_with([':', '=']);
                format::keys(&cursor.parents)
                    .into_iter()
                    .map(|field| {
                        let description = field.description(lang);
                        let insert = match (has_separator, toml) {
                            (true, _) => field.name.to_owned(),
                            (false, false) => format!("{}: ", field.name),
                            (false, true) => format!("{} = ", field.name),
                        };
                        CompletionItem {
                            label: field.name.to_owned(),
                            kind: Some(CompletionItemKind::PROPERTY),
                            detail: description.as_deref().map(first_sentence),
                            documentation: description
                                .map(|d| Documentation::MarkupContent(markdown(d))),
                            text_edit: Some(edit(word, insert)),
                            ..CompletionItem::default()
                        }
                    })
                    .collect()
            }
            At::Value { key, word, .. } => {
                let field = format::field(&cursor.parents, key);
                if let Some(kind) = format::reference(&cursor.parents, key) {
                    let report = report?;
                    items_of(&report.plan, kind)
                        .into_iter()
                        .map(|(id, name)| {
                            let detail = shown(&name);
                            CompletionItem {
                                label: id.clone(),
                                kind: Some(CompletionItemKind::REFERENCE),
                                detail: Some(detail),
                                filter_text: Some(format!("{id} {name}")),
                                text_edit: Some(edit(word, quote(word, &id))),
                                ..CompletionItem::default()
                            }
                        })
                        .collect()
                } else if let Some(choice) = field
                    .as_ref()
                    .and_then(format::Field::choice)
                    .and_then(format::choice)
                {
                    choice
                        .values
                        .iter()
                        .map(|value| {
                            let key = value.key;
                            let fi = format::term(choice, key, Lang::Fi);
                            let sv = format::term(choice, key, Lang::Sv);
                            // Typing any of the value's terms finds it.
                            let words: Vec<&str> = value.all_spellings().map(|(_, w)| w).collect();
                            CompletionItem {
                                label: key.to_owned(),
                                kind: Some(CompletionItemKind::ENUM_MEMBER),
                                detail: Some(format!("{fi} · {sv}")),
                                documentation: Some(Documentation::MarkupContent(markdown(terms(
                                    choice, key, lang,
                                )))),
                                filter_text: Some(words.join(" ")),
                                text_edit: Some(edit(word, quote(word, key))),
                                ..CompletionItem::default()
                            }
                        })
                        .collect()
                } else {
                    return None;
                }
            }
            At::Rule(word) => rules::all()
                .map(|rule| CompletionItem {
                    label: rule.id.to_owned(),
                    kind: Some(CompletionItemKind::CONSTANT),
                    detail: Some(rule.summary(lang)),
                    filter_text: Some(format!("{} {}", rule.id, rule.name)),
                    text_edit: Some(edit(word, rule.id.to_owned())),
                    ..CompletionItem::default()
                })
                .collect(),
            At::Nothing => return None,
        };
        Some(CompletionResponse::Array(items))
    }

    /// The id under the cursor, when it names an item of the plan.
    /// The id under the cursor, when it names an item of the plan (which is checked).
    fn id_at(&mut self, at: &TextDocumentPositionParams) -> Option<String> {
        let (cursor, _) = self.cursor_at(at)?;
        let At::Value { word, .. } = cursor.at else {
            return None;
        };
        self.refresh(&at.text_document.uri);
        let report = self.report_of(&at.text_document.uri)?;
        report.plan.kind_of(&word.text)?;
        Some(word.text)
    }

    pub fn definition(&mut self, params: &GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
        let id = self.id_at(&params.text_document_position_params)?;
        let report = self.report_of(&params.text_document_position_params.text_document.uri)?;
        let at = report.plan.definition(&id)?;
        Some(GotoDefinitionResponse::Scalar(self.location(report, &at)?))
    }

    pub fn references(&mut self, params: &ReferenceParams) -> Option<Vec<Location>> {
        let id = self.id_at(&params.text_document_position)?;
        let report = self.report_of(&params.text_document_position.text_document.uri)?;
        let mut places: Vec<crate::finding::Location> = Vec::new();
        if params.context.include_declaration {
            places.extend(report.plan.definition(&id));
        }
        places.extend(
            report
                .plan
                .referrals()
                .into_iter()
                .filter(|r| r.id == id)
                .map(|r| r.at),
        );
        Some(
            places
                .iter()
                .filter_map(|p| self.location(report, p))
                .collect(),
        )
    }

    pub fn symbols(&mut self, params: &DocumentSymbolParams) -> Option<DocumentSymbolResponse> {
        let uri = &params.text_document.uri;
        let path = self.docs.get(uri)?.path.clone()?;
        self.refresh(uri);
        let report = self.report_of(uri)?;
        let plan = &report.plan;
        let file = plan.files.iter().position(|f| f.path == path)?;
        let text = &plan.files[file].text;
        let lines = Lines::new(text);
        let encoding = self.encoding;
        let mut sections: Vec<DocumentSymbol> = Vec::new();
        let mut add = |section: &str, loc: &crate::model::Loc, id: &str, name: &str| {
            if loc.file != file {
                return;
            }
            let range = lines.range(plan.item(loc).span, encoding);
            let selection = lines.range(plan.at(loc, "id").span, encoding);
            let selection = if contains(range, selection) {
                selection
            } else {
                range
            };
            let symbol = symbol(
                if id.is_empty() {
                    section.to_owned()
                } else {
                    id.to_owned()
                },
                (!name.is_empty()).then(|| shown(name)),
                SymbolKind::OBJECT,
                range,
                selection,
            );
            match sections.iter_mut().find(|s| s.name == section) {
                Some(s) => {
                    s.range.end = s.range.end.max(range.end);
                    s.children.get_or_insert_with(Vec::new).push(symbol);
                }
                None => {
                    let mut s = symbol.clone();
                    s.name = section.to_owned();
                    s.detail = None;
                    s.kind = SymbolKind::NAMESPACE;
                    s.children = Some(vec![symbol]);
                    sections.push(s);
                }
            }
        };
        if let Some(m) = &plan.municipality {
            add("municipality", &m.loc, "", &m.name);
        }
        macro_rules! each {
            ($list:ident, $section:literal, $name:ident) => {
                for item in &plan.$list {
                    add($section, &item.loc, &item.id, &item.$name);
                }
            };
        }
        each!(actors, "actors", name);
        each!(services, "services", name);
        each!(objectives, "objectives", statement);
        each!(measures, "measures", title);
        each!(indicators, "indicators", name);
        each!(structures, "structures", name);
        each!(consultations, "consultations", title);
        each!(links, "links", title);
        for item in &plan.reports {
            add("reports", &item.loc, &item.id, "");
        }
        Some(DocumentSymbolResponse::Nested(sections))
    }

    pub fn code_actions(&mut self, params: &CodeActionParams) -> Option<Vec<CodeActionOrCommand>> {
        let uri = params.text_document.uri.clone();
        let path = self.docs.get(&uri)?.path.clone()?;
        let text = self.docs.get(&uri)?.text.clone();
        self.refresh(&uri);
        let report = self.report_of(&uri)?;
        let lang = self.lang(Some(report));
        let lines = Lines::new(&text);
        let encoding = self.encoding;
        let mut actions = Vec::new();
        for f in &report.findings {
            let Some(at) = &f.location else { continue };
            if self.path_of(&at.file) != path {
                continue;
            }
            let range = lines.range(at.span, encoding);
            if !overlaps(range, params.range) {
                continue;
            }
            let diagnostics: Vec<lsp_types::Diagnostic> = params
                .context
                .diagnostics
                .iter()
                .filter(|d| {
                    d.code == Some(lsp_types::NumberOrString::String(f.rule.id.to_owned()))
                        && d.range.start.line == range.start.line
                })
                .cloned()
                .collect();
            let mut action = |title: String, edit: TextEdit, preferred: bool| {
                let changes = std::iter::once((uri.clone(), vec![edit])).collect();
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: (!diagnostics.is_empty()).then(|| diagnostics.clone()),
                    edit: Some(WorkspaceEdit {
                        changes: Some(changes),
                        ..WorkspaceEdit::default()
                    }),
                    is_preferred: Some(preferred),
                    ..CodeAction::default()
                }));
            };
            if let Some((written, range, meant)) = fix(f, &lines, encoding) {
                let title = msg!(
                    "lsp-action-fix",
                    written = written.as_str(),
                    meant = meant.as_str()
                );
                action(
                    title.render(lang),
                    TextEdit {
                        range,
                        new_text: meant,
                    },
                    true,
                );
            }
            if !crate::config::is_fixed(f.rule) {
                let line = at.span.start.line.saturating_sub(1);
                let indent: String = lines
                    .line(line)
                    .chars()
                    .take_while(|c| c.is_whitespace())
                    .collect();
                let reason = msg!("lsp-ignore-reason").render(lang);
                let comment = format!("{indent}# goodrel: ignore[{}] {reason}\n", f.rule.id);
                let title = msg!("lsp-action-ignore", rule = f.rule.id).render(lang);
                let start = Position::new(line as u32, 0);
                action(
                    title,
                    TextEdit {
                        range: Range::new(start, start),
                        new_text: comment,
                    },
                    false,
                );
            }
        }
        Some(actions)
    }
}

fn contains(outer: Range, inner: Range) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: Range, b: Range) -> bool {
    a.start <= b.end && b.start <= a.end
}

#[allow(deprecated)]
fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: Range,
    selection_range: Range,
) -> DocumentSymbol {
    DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: None,
    }
}

/// The first sentence of a description, for a completion's one-line detail.
fn first_sentence(s: &str) -> String {
    match s.find(". ") {
        Some(i) => s[..=i].to_owned(),
        None => s.to_owned(),
    }
}

/// A choice value's terms: the key, then its term in Finnish, Swedish and English, the
/// reader's language first.
fn terms(choice: &'static format::Choice, key: &str, lang: Lang) -> String {
    let mut langs = vec![lang];
    langs.extend(Lang::ALL.iter().copied().filter(|l| *l != lang));
    let lines: Vec<String> = langs
        .iter()
        .map(|l| {
            let name = msg!("lsp-language", code = l.code()).render(lang);
            format!("- {name}: {}", shown(&format::term(choice, key, *l)))
        })
        .collect();
    let meaning = choice
        .value(key)
        .map(|v| format!("\n\n{}", v.description()))
        .unwrap_or_default();
    format!("**`{key}`**\n\n{}{meaning}", lines.join("\n"))
}

/// What an id names: its kind, name and place.
fn item_hover(report: &PlanReport, id: &str, expect: Option<Kind>, lang: Lang) -> Option<String> {
    let plan = &report.plan;
    let Some((kind, name)) = name_of(plan, id) else {
        // A reference that names nothing says so; any other value has nothing to show.
        let expect = expect?;
        let text = msg!("plan-reference-undefined", kind = expect.word(), id = id).render(lang);
        return Some(shown(&text));
    };
    let at = plan.definition(id)?;
    let place = format!("{}:{}", at.file, at.span.start.line);
    // The catalogue's text is Markdown already; only the plan's texts are escaped.
    let id = crate::render::sanitize::clean(id).replace('`', "'");
    let what = msg!("lsp-hover-item", kind = kind.word(), id = id).render(lang);
    let place = crate::render::sanitize::clean(&place).replace('`', "'");
    Some(format!("{what}\n\n{}\n\n`{place}`", shown(&name)))
}

/// A rule's explanation: what it checks, why, how to fix.
fn rule_hover(rule: &rules::Rule, lang: Lang) -> String {
    let info: &crate::finding::RuleInfo = rule;
    format!(
        "**{}** `{}`\n\n{}\n\n**{}** {}\n\n**{}** {}",
        info.id,
        info.name,
        info.summary(lang),
        msg!("explain-why").render(lang),
        info.rationale(lang),
        msg!("explain-fix").render(lang),
        info.help(lang),
    )
}

/// The did-you-mean fix of a finding (PLAN003's key, PLAN004's value, PLAN006's id): the
/// word written, where it is, and what was meant.
fn fix(
    f: &Finding,
    lines: &Lines<'_>,
    encoding: super::position::Encoding,
) -> Option<(String, Range, String)> {
    if !matches!(f.rule.id, "PLAN003" | "PLAN004" | "PLAN006") {
        return None;
    }
    let hint = f.hint.as_ref()?;
    let meant = match hint.id {
        "plan-did-you-mean" => text_arg(hint, "name"),
        "plan-hint-named" => text_arg(hint, "id"),
        "plan-hint-translated-key" => text_arg(hint, "english"),
        _ => None,
    }?;
    let at = f.location.as_ref()?;
    let line = at.span.start.line.checked_sub(1)?;
    let text: Vec<char> = lines.line(line).chars().collect();
    let from = at.span.start.col.saturating_sub(1).min(text.len());
    let to = if at.span.end.line == at.span.start.line {
        at.span.end.col.saturating_sub(1).clamp(from, text.len())
    } else {
        text.len()
    };
    let region: String = text[from..to].iter().collect();
    // The word written is one of the message's own texts (the key, value or id it quotes).
    let mut written: Vec<&str> = f
        .message
        .args
        .iter()
        .filter_map(|(_, a)| match a {
            Arg::Text(t) if !t.is_empty() => Some(t.as_str()),
            _ => None,
        })
        .collect();
    written.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let written = written.into_iter().find(|w| region.contains(*w))?;
    let byte = region.find(written)?;
    let start = from + region[..byte].chars().count();
    let end = start + written.chars().count();
    Some((
        written.to_owned(),
        lines.chars_range(line, start, end, encoding),
        meant,
    ))
}

fn text_arg(m: &Message, name: &str) -> Option<String> {
    m.args
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, a)| match a {
            Arg::Text(t) => Some(t.clone()),
            _ => None,
        })
}
