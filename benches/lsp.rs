//! `cargo bench --bench lsp`: the time from an edit of one file of examples/city, sent to
//! the language server as an unsaved change, to its new diagnostics (target: at most 20 ms
//! median on the 2-core development machine).
//!
//! The server runs in this process on an in-memory connection (the protocol's messages,
//! without the pipe). The edit takes the `responsible:` line of the first measure of
//! measures/education.yaml out and puts it back, in turn, so that every edit changes the
//! file's diagnostics (IA012 comes and goes) and is answered with a publication. Prints
//! the median, the 90th percentile and the first (cold) check.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::path::Path;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::copy_dir;

fn notify(client: &Connection, method: &str, params: Value) {
    client
        .sender
        .send(Message::Notification(Notification::new(
            method.to_owned(),
            params,
        )))
        .unwrap();
}

/// Waits for the next diagnostics of `uri`; returns how many there are.
fn diagnostics(client: &Connection, uri: &str) -> usize {
    loop {
        let message = client
            .receiver
            .recv_timeout(Duration::from_secs(60))
            .unwrap();
        if let Message::Notification(n) = message
            && n.method == "textDocument/publishDiagnostics"
            && n.params["uri"] == uri
        {
            return n.params["diagnostics"].as_array().map_or(0, Vec::len);
        }
    }
}

fn main() {
    let runs: usize = std::env::var("GOODREL_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("city");
    copy_dir(Path::new("examples/city"), &plan);
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || goodrel::lsp::serve(&server, None, None));
    client
        .sender
        .send(Message::Request(Request::new(
            RequestId::from(1),
            "initialize".to_owned(),
            json!({"capabilities": {}}),
        )))
        .unwrap();
    let _ = client.receiver.recv().unwrap();
    notify(&client, "initialized", json!({}));
    let file = plan.join("measures/education.yaml");
    let uri = format!("file://{}", file.display());
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("responsible:"))
        .unwrap() as u32;
    let removed = text.lines().nth(line as usize).unwrap().to_owned() + "\n";
    let started = Instant::now();
    notify(
        &client,
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 0, "text": text}}),
    );
    let before = diagnostics(&client, &uri);
    let cold = started.elapsed();
    let mut times = Vec::with_capacity(runs);
    for version in 1..=runs {
        // Odd edits take the line out, even ones put it back.
        let change = if version % 2 == 1 {
            json!({"range": {"start": {"line": line, "character": 0}, "end": {"line": line + 1, "character": 0}}, "text": ""})
        } else {
            json!({"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": removed})
        };
        let started = Instant::now();
        notify(
            &client,
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
        );
        let count = diagnostics(&client, &uri);
        times.push(started.elapsed());
        assert_eq!(
            count == before,
            version % 2 == 0,
            "each edit changes the findings"
        );
    }
    client
        .sender
        .send(Message::Request(Request::new(
            RequestId::from(2),
            "shutdown".to_owned(),
            Value::Null,
        )))
        .unwrap();
    let _ = client.receiver.recv().unwrap();
    notify(&client, "exit", Value::Null);
    thread.join().unwrap().unwrap();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "lsp edit -> diagnostics on examples/city (measures/education.yaml, {runs} edits): median {:.2} ms, p90 {:.2} ms, max {:.2} ms; first check after didOpen {:.2} ms (target: median at most 20 ms)",
        ms(times[runs / 2]),
        ms(times[runs * 9 / 10]),
        ms(times[runs - 1]),
        ms(cold)
    );
}
