//! `goodrel lsp`: the language server. An editor sends the plan files as they are typed;
//! the server checks the plan they belong to through the same [`crate::engine::Session`]
//! as `goodrel check` (the open buffers laid over the files on disk, each file's parse
//! kept until it changes) and publishes the findings as diagnostics, in the language
//! `check` would speak. Hover, completion, go to definition, find references, document
//! symbols and code actions read the same checked plan. Built on `lsp-server` and
//! `lsp-types`, the crates rust-analyzer is built on (see README, Dependencies).

pub mod context;
mod features;
pub mod format;
pub mod position;
mod state;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::Notification as _;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    HoverProviderCapability, InitializeParams, OneOf, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions,
};

use crate::i18n::Lang;
use position::Encoding;
use state::Server;

/// Serves one editor on standard input and output until it says `exit`.
pub fn run(flag: Option<Lang>, locale: Option<Lang>) -> anyhow::Result<()> {
    let (connection, threads) = Connection::stdio();
    serve(&connection, flag, locale)?;
    drop(connection);
    threads.join()?;
    Ok(())
}

/// The capabilities goodrel's server has, in the position encoding agreed on.
fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(
                [":", " ", "[", ",", "-", "\"", "="]
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect(),
            ),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}

/// The language asked for in `initializationOptions` (`{"lang": "fi"}`).
fn asked_language(params: &InitializeParams) -> Option<Lang> {
    params
        .initialization_options
        .as_ref()?
        .get("lang")?
        .as_str()
        .and_then(Lang::parse)
}

/// Runs the protocol on `connection`: the `initialize` handshake, then every message in
/// turn until `shutdown` and `exit`. Every request gets an answer (an error for a method
/// goodrel does not serve); diagnostics are published once the messages waiting have been
/// handled, so a burst of keystrokes is checked once.
pub fn serve(
    connection: &Connection,
    flag: Option<Lang>,
    locale: Option<Lang>,
) -> Result<(), lsp_server::ProtocolError> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let encoding = Encoding::negotiate(
        params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref()),
    );
    let result = serde_json::json!({
        "capabilities": capabilities(encoding),
        "serverInfo": ServerInfo {
            name: "goodrel".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    connection.initialize_finish(id, result)?;
    let mut server = Server::new(encoding, asked_language(&params).or(flag), locale);
    while let Ok(message) = connection.receiver.recv() {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                let response = answer(&mut server, request);
                if !send(connection, response.into()) {
                    return Ok(());
                }
            }
            Message::Notification(note) => {
                if note.method == lsp_types::notification::Exit::METHOD {
                    return Ok(());
                }
                guarded(|| server.notify(note));
            }
            Message::Response(_) => {}
        }
        if connection.receiver.is_empty() {
            for note in guarded(|| server.publish()).unwrap_or_default() {
                if !send(connection, note.into()) {
                    return Ok(());
                }
            }
        }
    }
    Ok(())
}

/// Sends a message; `false` when the client is gone.
fn send(connection: &Connection, message: Message) -> bool {
    connection.sender.send(message).is_ok()
}

/// Runs a handler so that a fault in it costs that one answer, not the editor's session.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

/// The answer to one request: its result, or an error saying why there is none.
fn answer(server: &mut Server, request: Request) -> Response {
    use lsp_types::request::*;
    let id = request.id.clone();
    let method = request.method.clone();
    let result = guarded(|| -> Result<serde_json::Value, (ErrorCode, String)> {
        let params = request.params;
        fn parse<P: serde::de::DeserializeOwned>(
            v: serde_json::Value,
        ) -> Result<P, (ErrorCode, String)> {
            serde_json::from_value(v).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
        }
        let value = match method.as_str() {
            HoverRequest::METHOD => to_json(server.hover(&parse(params)?)),
            Completion::METHOD => to_json(server.completion(&parse(params)?)),
            GotoDefinition::METHOD => to_json(server.definition(&parse(params)?)),
            References::METHOD => to_json(server.references(&parse(params)?)),
            DocumentSymbolRequest::METHOD => to_json(server.symbols(&parse(params)?)),
            CodeActionRequest::METHOD => to_json(server.code_actions(&parse(params)?)),
            _ => {
                return Err((
                    ErrorCode::MethodNotFound,
                    format!("goodrel does not serve {method}"),
                ));
            }
        };
        Ok(value)
    });
    match result {
        Some(Ok(value)) => Response::new_ok(id, value),
        Some(Err((code, message))) => Response::new_err(id, code as i32, message),
        None => Response::new_err(
            id,
            ErrorCode::InternalError as i32,
            format!("goodrel failed on {method}"),
        ),
    }
}

fn to_json<T: serde::Serialize>(value: T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// A notification to the client.
fn notification<N: lsp_types::notification::Notification>(params: N::Params) -> Notification {
    Notification::new(N::METHOD.to_owned(), params)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_server::RequestId;
    use serde_json::{Value, json};

    struct Client {
        connection: Connection,
        id: i32,
        thread: Option<std::thread::JoinHandle<Result<(), lsp_server::ProtocolError>>>,
    }

    impl Client {
        fn start() -> Client {
            let (server, connection) = Connection::memory();
            let thread = std::thread::spawn(move || serve(&server, None, None));
            let mut client = Client {
                connection,
                id: 0,
                thread: Some(thread),
            };
            client.ask(
                "initialize",
                json!({"capabilities": {}, "initializationOptions": {"lang": "sv"}}),
            );
            client.tell("initialized", json!({}));
            client
        }

        fn tell(&self, method: &str, params: Value) {
            let note = Notification::new(method.to_owned(), params);
            self.connection.sender.send(note.into()).expect("send");
        }

        fn ask(&mut self, method: &str, params: Value) -> Value {
            self.id += 1;
            let id = RequestId::from(self.id);
            let request = Request::new(id.clone(), method.to_owned(), params);
            self.connection.sender.send(request.into()).expect("send");
            loop {
                match self.connection.receiver.recv().expect("an answer") {
                    Message::Response(r) if r.id == id => {
                        return r.response_result.expect("no error");
                    }
                    _ => {}
                }
            }
        }

        fn diagnostics(&self, uri: &str) -> Vec<Value> {
            loop {
                if let Message::Notification(n) = self.connection.receiver.recv().expect("a note")
                    && n.params["uri"] == uri
                {
                    return n.params["diagnostics"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default();
                }
            }
        }
    }

    impl Drop for Client {
        fn drop(&mut self) {
            let _ = self.ask("shutdown", Value::Null);
            self.tell("exit", Value::Null);
            if let Some(t) = self.thread.take() {
                assert!(t.join().is_ok_and(|r| r.is_ok()));
            }
        }
    }

    /// Every plan file of the examples cut short at many places, as a person typing it
    /// leaves it, then hovered, completed, followed and listed at the cut: every request
    /// is answered and none fails.
    #[test]
    fn half_typed_files_never_fail_a_request() {
        let mut client = Client::start();
        let mut files = Vec::new();
        for dir in [
            "examples/city",
            "examples/incomplete",
            "examples/small-town",
        ] {
            for entry in walkdir::WalkDir::new(dir) {
                let path = entry.expect("walk").into_path();
                if crate::load::Syntax::of(&path).is_some() {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 10);
        for path in files {
            let full = std::fs::canonicalize(&path).expect("canonical");
            let uri = format!("file://{}", full.display());
            let text = std::fs::read_to_string(&path).expect("read");
            let open = json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 0, "text": ""}});
            client.tell("textDocument/didOpen", open);
            let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(173).collect();
            for (version, cut) in cuts.into_iter().enumerate() {
                let part = &text[..cut];
                let change = json!({"textDocument": {"uri": uri, "version": version + 1}, "contentChanges": [{"text": part}]});
                client.tell("textDocument/didChange", change);
                let line = part.matches('\n').count();
                let character = part
                    .rsplit('\n')
                    .next()
                    .map_or(0, |l| l.encode_utf16().count());
                let at = json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
                for method in [
                    "textDocument/hover",
                    "textDocument/completion",
                    "textDocument/definition",
                ] {
                    let _ = client.ask(method, at.clone());
                }
                let _ = client.ask(
                    "textDocument/documentSymbol",
                    json!({"textDocument": {"uri": uri}}),
                );
                let range = json!({"start": {"line": 0, "character": 0}, "end": {"line": line, "character": character}});
                let _ = client.ask(
                    "textDocument/codeAction",
                    json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
                );
            }
            let close = json!({"textDocument": {"uri": uri}});
            client.tell("textDocument/didClose", close);
        }
    }

    fn at(uri: &str, line: u32, character: u32) -> Value {
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
    }

    /// A plan in Finnish read in Swedish (`initializationOptions.lang`): a choice value's
    /// terms, a rule id in a suppression comment, choice completion with the Finnish and
    /// Swedish terms, and the quick fixes of a misspelt key, value and id.
    #[test]
    fn choices_rules_and_quick_fixes() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = std::fs::canonicalize(tmp.path()).expect("canonical");
        let text = "municipality:\n  name: Harjula\n  official_languages: [fi]\nactors:\n  - {id: youth, name: Nuorisopalvelut, kind: municipal_sector}\nmeasures:\n  - id: M1\n    title: Kerho\n    responsible: yuoth\n    sector: nuoriso\n    kind: encountr\n    titel: x\n  # goodrel: ignore[IA012] ei vielä päätetty\n  - id: M2\n    title: Kahvila\n";
        let path = dir.join("plan.yaml");
        std::fs::write(&path, text).expect("write");
        let uri = format!("file://{}", path.display());
        let mut client = Client::start();
        client.tell(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
        let diagnostics = client.diagnostics(&uri);
        let codes: Vec<&str> = diagnostics
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect();
        for code in ["PLAN003", "PLAN004", "PLAN006"] {
            assert!(codes.contains(&code), "{codes:?}");
        }
        // Swedish, as asked, though the plan is Finnish.
        let plan006 = diagnostics
            .iter()
            .find(|d| d["code"] == "PLAN006")
            .expect("PLAN006");
        assert!(
            plan006["message"]
                .as_str()
                .is_some_and(|m| m.contains("id:t")),
            "{plan006}"
        );

        // The choice value `nuoriso` (line 9) is `youth`, with its terms in each language.
        let hover = client.ask("textDocument/hover", at(&uri, 9, 14));
        let shown = hover["contents"]["value"].as_str().unwrap_or("");
        assert!(shown.contains("`youth`"), "{shown}");
        assert!(shown.contains("på finska: nuorisopalvelut"), "{shown}");
        assert!(shown.contains("på svenska: "), "{shown}");
        // The rule id of a suppression comment (line 12): the rule's explanation, in Swedish.
        let hover = client.ask("textDocument/hover", at(&uri, 12, 22));
        let shown = hover["contents"]["value"].as_str().unwrap_or("");
        assert!(
            shown.starts_with("**IA012** `measure-without-responsible`"),
            "{shown}"
        );
        assert!(shown.contains("ansvarig aktör"), "{shown}");
        // Completing a sector offers each key with its Finnish and Swedish terms.
        let items = client.ask("textDocument/completion", at(&uri, 9, 12));
        let youth = items
            .as_array()
            .into_iter()
            .flatten()
            .find(|i| i["label"] == "youth")
            .cloned()
            .unwrap_or_default();
        assert!(
            youth["detail"]
                .as_str()
                .is_some_and(|d| d.starts_with("nuorisopalvelut · ")),
            "{youth}"
        );
        // Completing a key of a measure.
        let items = client.ask("textDocument/completion", at(&uri, 11, 6));
        assert!(
            items
                .as_array()
                .into_iter()
                .flatten()
                .any(|i| i["label"] == "timetable")
        );

        // Quick fixes: the misspelt id, value and key, each replaced in place; and a
        // suppression comment above a finding.
        let mut fixes = Vec::new();
        for line in [8, 10, 11] {
            let range = json!({"start": {"line": line, "character": 0}, "end": {"line": line, "character": 20}});
            let actions = client.ask(
                "textDocument/codeAction",
                json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": diagnostics}}),
            );
            for action in actions.as_array().into_iter().flatten() {
                let edit = &action["edit"]["changes"][&uri][0];
                fixes.push((
                    action["title"].as_str().unwrap_or("").to_owned(),
                    edit["newText"].as_str().unwrap_or("").to_owned(),
                    edit["range"]["start"]["line"].as_u64().unwrap_or(0),
                ));
            }
        }
        let has = |title: &str, new: &str, line: u64| {
            fixes
                .iter()
                .any(|(t, n, l)| t == title && n == new && *l == line)
        };
        assert!(has("Ändra `yuoth` till `youth`", "youth", 8), "{fixes:?}");
        assert!(
            has("Ändra `encountr` till `encounter`", "encounter", 10),
            "{fixes:?}"
        );
        assert!(has("Ändra `titel` till `title`", "title", 11), "{fixes:?}");
        assert!(
            fixes.iter().any(|(t, n, l)| t.contains("ignore[PLAN004]")
                && n == "    # goodrel: ignore[PLAN004] motivering\n"
                && *l == 10),
            "{fixes:?}"
        );
    }
}
