//! `goodrel lsp` driven over standard input and output the way an editor drives it:
//! initialize, didOpen, didChange, hover, completion, definition, references, symbols,
//! code actions, shutdown and exit, on a copy of examples/incomplete. The transcript is
//! printed when a step fails (and written to `$GOODREL_LSP_TRANSCRIPT` when set).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A client speaking LSP to the built binary.
pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: mpsc::Receiver<Value>,
    /// Notifications received and not yet looked at.
    pending: Vec<Value>,
    next_id: i64,
    pub transcript: Vec<String>,
}

/// How long any one answer may take before the test fails (a hang is a failure).
const PATIENCE: Duration = Duration::from_secs(30);

impl Client {
    /// Starts `goodrel lsp` in `cwd` with no language asked for by the locale.
    pub fn start(cwd: &Path) -> Client {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("goodrel"))
            .arg("lsp")
            .current_dir(cwd)
            .env("LC_ALL", "C")
            .env_remove("LANG")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("goodrel lsp starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, incoming) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let Some(length) = length else { return };
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let Ok(value) = serde_json::from_slice::<Value>(&body) else {
                    return;
                };
                if tx.send(value).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Client {
            child,
            stdin,
            incoming,
            pending: Vec::new(),
            next_id: 0,
            transcript: Vec::new(),
        }
    }

    fn write(&mut self, message: Value) {
        let body = message.to_string();
        self.transcript.push(format!("--> {}", shorten(&body)));
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        stdin.flush().expect("flush");
    }

    fn receive(&mut self, deadline: Instant) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.incoming.recv_timeout(left) {
            Ok(v) => {
                self.transcript
                    .push(format!("<-- {}", shorten(&v.to_string())));
                v
            }
            Err(_) => self.fail("no answer in time"),
        }
    }

    pub fn fail(&self, why: &str) -> ! {
        panic!("{why}\n{}", self.transcript.join("\n"));
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.write(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its answer (an error answer is returned as is).
    pub fn request_raw(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.write(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let deadline = Instant::now() + PATIENCE;
        loop {
            let v = self.receive(deadline);
            if v.get("id") == Some(&json!(id)) && v.get("method").is_none() {
                return v;
            }
            self.pending.push(v);
        }
    }

    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let answer = self.request_raw(method, params);
        if let Some(error) = answer.get("error") {
            self.fail(&format!("{method} failed: {error}"));
        }
        answer["result"].clone()
    }

    /// The next diagnostics published for `uri` that `wanted` accepts (earlier ones for
    /// it are passed over).
    pub fn diagnostics(&mut self, uri: &str, wanted: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = self.pending.iter().position(|v| {
                v["method"] == "textDocument/publishDiagnostics" && v["params"]["uri"] == uri
            });
            if let Some(at) = found {
                let v = self.pending.remove(at);
                let list = v["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                if wanted(&list) {
                    return list;
                }
                continue;
            }
            let v = self.receive(deadline);
            self.pending.push(v);
        }
    }

    /// `shutdown`, then `exit`: the server ends with status 0.
    pub fn shutdown(mut self) -> Vec<String> {
        let answer = self.request("shutdown", Value::Null);
        assert_eq!(answer, Value::Null);
        self.notify("exit", Value::Null);
        drop(self.stdin.take());
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                assert!(status.success(), "exit status {status}");
                break;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                self.fail("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        std::mem::take(&mut self.transcript)
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A message cut for the transcript.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(600) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}

pub fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn position(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

fn codes(list: &[Value]) -> Vec<(String, u64)> {
    list.iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_owned(),
                d["range"]["start"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn an_editor_session_on_the_incomplete_example() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    super::common::copy_plan(Path::new("examples/incomplete"), &plan);
    let mut client = Client::start(tmp.path());
    let init = client.request(
        "initialize",
        json!({"processId": null, "rootUri": uri_of(&plan), "capabilities": {}}),
    );
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["serverInfo"]["name"], "goodrel");
    client.notify("initialized", json!({}));

    let measures = plan.join("measures.yaml");
    let uri = uri_of(&measures);
    let text = std::fs::read_to_string(&measures).unwrap();
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
    );
    // IA012 on M3 (line 21, 0-based 20), in Finnish: the plan's official language.
    let first = client.diagnostics(&uri, |_| true);
    let ia012: Vec<&Value> = first
        .iter()
        .filter(|d| d["code"] == "IA012" && d["range"]["start"]["line"] == 20)
        .collect();
    if ia012.len() != 1 {
        client.fail(&format!("no IA012 on line 20: {:?}", codes(&first)));
    }
    let message = ia012[0]["message"].as_str().unwrap_or("");
    assert!(
        message.starts_with("toimenpide M3 'Kielikahvila': vastuutaho puuttuu"),
        "{message}"
    );
    assert!(
        message.contains("korjaus: Lisää `responsible:`"),
        "{message}"
    );
    assert_eq!(ia012[0]["severity"], 1);
    assert_eq!(ia012[0]["source"], "goodrel");
    // The other files of the plan get theirs too, unopened.
    let plan_file = uri_of(&plan.join("plan.yaml"));
    let _ = client.diagnostics(&plan_file, |_| true);

    // Hover on the key `responsible` of M2 (line 18, 0-based 17).
    let lines: Vec<&str> = text.lines().collect();
    let m2_responsible = lines
        .iter()
        .position(|l| l.contains("responsible: integration-services"))
        .unwrap() as u32;
    let hover = client.request("textDocument/hover", position(&uri, m2_responsible, 6));
    let shown = hover["contents"]["value"].as_str().unwrap_or("");
    assert!(shown.contains("`responsible`"), "{shown}");
    assert!(
        shown.contains("toimija"),
        "the description in Finnish: {shown}"
    );
    // Hover on the actor id: what it names and where.
    let hover = client.request("textDocument/hover", position(&uri, m2_responsible, 20));
    let shown = hover["contents"]["value"].as_str().unwrap_or("");
    assert!(
        shown.contains("maahanmuuttajapalvelut") && shown.contains("plan.yaml:"),
        "{shown}"
    );

    // Unsaved: `responsible: library` added under M3, with no line break yet typed after it.
    let m3_title = lines
        .iter()
        .position(|l| l.contains("title: Kielikahvila"))
        .unwrap() as u32;
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{
            "range": {"start": {"line": m3_title + 1, "character": 0}, "end": {"line": m3_title + 1, "character": 0}},
            "text": "    responsible: \n"
        }]}),
    );
    let after_key = client.diagnostics(&uri, |_| true);
    let _ = after_key;
    // Completion right after `responsible: ` offers the plan's actor ids.
    let completion = client.request("textDocument/completion", position(&uri, m3_title + 1, 17));
    let labels: Vec<&str> = completion
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["label"].as_str())
        .collect();
    for id in [
        "integration-services",
        "library",
        "youth-services",
        "county",
    ] {
        assert!(labels.contains(&id), "{id} not offered: {labels:?}");
    }
    assert!(
        !labels.contains(&"M1"),
        "a measure is not an actor: {labels:?}"
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{
            "range": {"start": {"line": m3_title + 1, "character": 17}, "end": {"line": m3_title + 1, "character": 17}},
            "text": "library"
        }]}),
    );
    let fixed = client.diagnostics(&uri, |list| {
        !list
            .iter()
            .any(|d| d["code"] == "IA012" && d["range"]["start"]["line"] == 20)
    });
    assert!(
        !fixed.iter().any(|d| d["code"] == "IA012"),
        "{:?}",
        codes(&fixed)
    );
    assert!(!fixed.is_empty(), "the other findings stay");
    // Nothing was saved.
    assert_eq!(std::fs::read_to_string(&measures).unwrap(), text);

    // Go to definition on the actor id opens plan.yaml at the actor.
    let definition = client.request("textDocument/definition", position(&uri, m3_title + 1, 19));
    assert_eq!(definition["uri"], uri_of(&plan.join("plan.yaml")));
    let plan_text = std::fs::read_to_string(plan.join("plan.yaml")).unwrap();
    let library_line = plan_text
        .lines()
        .position(|l| l.contains("id: library"))
        .unwrap();
    assert_eq!(definition["range"]["start"]["line"], library_line as u64);
    // Find references: the definition and every use.
    let references = client.request(
        "textDocument/references",
        json!({"textDocument": {"uri": uri}, "position": {"line": m3_title + 1, "character": 19}, "context": {"includeDeclaration": true}}),
    );
    assert!(
        references.as_array().is_some_and(|r| r.len() >= 2),
        "{references}"
    );

    // The file's items as symbols.
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let measures_symbol = &symbols[0];
    assert_eq!(measures_symbol["name"], "measures");
    let ids: Vec<&str> = measures_symbol["children"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(&ids[..4], ["M1", "M2", "M3", "M4"]);

    // A method goodrel does not serve is answered with an error, and the server goes on.
    let unknown = client.request_raw("textDocument/rename", position(&uri, 0, 0));
    assert_eq!(unknown["error"]["code"], -32601);

    let transcript = client.shutdown();
    if let Some(path) = std::env::var_os("GOODREL_LSP_TRANSCRIPT") {
        std::fs::write(path, transcript.join("\n")).unwrap();
    }
}

/// `locales/en/fields.ftl` is the schema's descriptions, generated; the Finnish and Swedish
/// files translate every entry (the catalogue test checks they have the same entries).
#[test]
fn the_english_field_descriptions_are_the_schemas() {
    let path = Path::new("locales/en/fields.ftl");
    let generated = goodrel::lsp::format::english_catalogue();
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    if on_disk != generated {
        if std::env::var_os("GOODREL_BLESS").is_some() {
            std::fs::write(path, generated).unwrap();
            return;
        }
        panic!(
            "locales/en/fields.ftl is stale: run `GOODREL_BLESS=1 cargo test --test it lsp` and commit it"
        );
    }
}
