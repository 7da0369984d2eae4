//! A minimal LSP client for tests: spawns the real `copydesk serve
//! --stdio`, frames JSON-RPC with Content-Length headers, and waits for
//! answers with a deadline so a hung server fails the test instead of CI.

#![allow(dead_code)]

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(10);

pub struct Lsp {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Notifications and server requests received while waiting for
    /// something else.
    pub backlog: Vec<Value>,
    next_id: i64,
    /// What this client answers to `workspace/configuration` (one value
    /// per item asked); null when unset.
    pub settings: Option<Value>,
}

impl Lsp {
    pub fn spawn() -> Lsp {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .args(["serve", "--stdio"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("copydesk serve starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        length = v.parse::<usize>().ok();
                    }
                }
                let Some(n) = length else { return };
                let mut body = vec![0; n];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if let Ok(v) = serde_json::from_slice(&body)
                    && tx.send(v).is_err()
                {
                    return;
                }
            }
        });
        Lsp { child, stdin, incoming: rx, backlog: Vec::new(), next_id: 1, settings: None }
    }

    /// The server's process id, to read its memory.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn send_raw(&mut self, body: &[u8]) {
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        self.stdin.write_all(header.as_bytes()).expect("write header");
        self.stdin.write_all(body).expect("write body");
        self.stdin.flush().expect("flush");
    }

    /// Writes bytes as they are, without a frame: for broken headers.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write");
        self.stdin.flush().expect("flush");
    }

    pub fn send(&mut self, msg: Value) {
        self.send_raw(msg.to_string().as_bytes());
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let msg = self.recv(deadline).unwrap_or_else(|| panic!("no answer to {method} within {TIMEOUT:?}"));
            if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() {
                return msg;
            }
            self.answer_server_request(&msg);
            self.backlog.push(msg);
        }
    }

    /// Waits for the response to a request sent with [`Lsp::send`].
    pub fn wait_for_response(&mut self, id: i64) -> Value {
        if let Some(i) = self.backlog.iter().position(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
        {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let msg = self.recv(deadline).unwrap_or_else(|| panic!("no response to request {id} within {TIMEOUT:?}"));
            if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() {
                return msg;
            }
            self.answer_server_request(&msg);
            self.backlog.push(msg);
        }
    }

    pub fn result(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params);
        assert!(response.get("error").is_none(), "{method} failed: {response}");
        response["result"].clone()
    }

    fn recv(&mut self, deadline: Instant) -> Option<Value> {
        let left = deadline.saturating_duration_since(Instant::now());
        self.incoming.recv_timeout(left).ok()
    }

    /// Answers requests from the server (configuration, registration) with
    /// null so it never waits on the test.
    fn answer_server_request(&mut self, msg: &Value) {
        if let (Some(id), Some(method)) = (msg.get("id"), msg.get("method")) {
            let id = id.clone();
            let result = match (method.as_str(), &self.settings) {
                (Some("workspace/configuration"), Some(settings)) => json!([settings]),
                _ => Value::Null,
            };
            self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}));
        }
    }

    /// Waits for a notification `method` whose params satisfy `pred`,
    /// looking at the backlog first.
    pub fn wait_for(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(|m| m["method"] == method && pred(&m["params"])) {
            return self.backlog.remove(i)["params"].clone();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let msg = self
                .recv(deadline)
                .unwrap_or_else(|| panic!("no {method} within {TIMEOUT:?}; backlog: {:?}", self.backlog));
            if msg["method"] == method && pred(&msg["params"]) {
                return msg["params"].clone();
            }
            self.answer_server_request(&msg);
            self.backlog.push(msg);
        }
    }

    pub fn initialize(&mut self, encodings: &[&str]) -> Value {
        let result = self.result(
            "initialize",
            json!({
                "processId": null,
                "rootUri": null,
                "capabilities": {"general": {"positionEncodings": encodings}},
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&mut self, uri: &str, text: &str, version: i64) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": version, "text": text}}),
        );
    }

    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let params = self.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri && p["version"] == version);
        params["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    /// Shuts down and exits; returns the exit status code.
    pub fn shutdown(mut self) -> Option<i32> {
        let _ = self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("server did not exit after shutdown/exit");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Decodes LSP semantic tokens into (line, start, length, type index).
pub fn decode_tokens(data: &Value) -> Vec<(u64, u64, u64, u64)> {
    let nums: Vec<u64> = data.as_array().map(|a| a.iter().filter_map(Value::as_u64).collect()).unwrap_or_default();
    let (mut line, mut start) = (0, 0);
    nums.chunks(5)
        .map(|c| {
            if c[0] > 0 {
                line += c[0];
                start = c[1];
            } else {
                start += c[1];
            }
            (line, start, c[2], c[3])
        })
        .collect()
}

/// UTF-16 column of byte offset `at` in `text` (which must not contain a
/// line break before it on the same line).
pub fn utf16_col(line: &str, byte: usize) -> u64 {
    line[..byte].encode_utf16().count() as u64
}

/// Applies an LSP edit (UTF-16 positions) to a string, as a client does.
pub fn apply(text: &str, start: (usize, usize), end: (usize, usize), new: &str) -> String {
    let offset = |(line, col): (usize, usize)| -> usize {
        let mut at = 0;
        let mut l = 0;
        let bytes = text.as_bytes();
        while l < line && at < bytes.len() {
            if bytes[at] == b'\r' {
                at += if bytes.get(at + 1) == Some(&b'\n') { 2 } else { 1 };
                l += 1;
            } else if bytes[at] == b'\n' {
                at += 1;
                l += 1;
            } else {
                at += 1;
            }
        }
        let mut units = 0;
        for ch in text[at..].chars() {
            if units >= col || ch == '\n' || ch == '\r' {
                break;
            }
            units += ch.len_utf16();
            at += ch.len_utf8();
        }
        at
    };
    let (a, b) = (offset(start), offset(end));
    format!("{}{new}{}", &text[..a], &text[b..])
}
