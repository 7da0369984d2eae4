//! `copydesk annotate --format json` against the contract in
//! `shared/contracts/annotate-json.md`, for every seed: the fields, their
//! types, and that offsets, lines and columns point at the text they claim.

use serde_json::Value;
use std::process::Command;

const KINDS: &[&str] = &["person", "country", "place", "organization", "date", "money", "percent", "quantity"];
const SEVERITIES: &[&str] = &["error", "warning", "info", "hint"];
const SOURCES: &[&str] = &["header", "front-matter", "dateline", "byline", "inferred", "config"];

fn annotate_seeds() -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["annotate", "--format", "json", "seeds/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("copydesk runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON document")
}

/// 1-based line and character column of a byte offset, counted the
/// contract's way (LSP line breaks: \n, \r\n, \r).
fn line_col(text: &str, offset: usize) -> (u64, u64) {
    let bytes = &text.as_bytes()[..offset];
    let (mut line, mut line_start, mut i) = (1, 0, 0);
    while i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            line += 1;
            line_start = i + 1;
        }
        i += 1;
    }
    (line, text[line_start..offset].chars().count() as u64 + 1)
}

fn check_span(text: &str, item: &Value, what: &str) {
    let start = item["start"].as_u64().unwrap_or_else(|| panic!("{what}: start")) as usize;
    let end = item["end"].as_u64().unwrap_or_else(|| panic!("{what}: end")) as usize;
    assert!(start <= end && end <= text.len(), "{what}: {start}..{end}");
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what}: char boundaries");
    assert_eq!(
        (item["line"].as_u64().unwrap(), item["col"].as_u64().unwrap()),
        line_col(text, start),
        "{what}: line/col"
    );
}

#[test]
fn every_seed_follows_the_contract() {
    let doc = annotate_seeds();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["tool"]["name"], "copydesk");
    assert!(doc["tool"]["version"].is_string());
    let files = doc["files"].as_array().expect("files");
    assert_eq!(files.len(), 5);
    for file in files {
        let path = file["path"].as_str().expect("path");
        let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("seed");
        assert!(["en", "ar", "ru", "und"].contains(&file["language"].as_str().unwrap()), "{path}");
        match &file["published"] {
            Value::Null => {}
            p => {
                let value = p["value"].as_str().expect("published.value");
                assert!(value.parse::<jiff::civil::Date>().is_ok(), "{path}: {value}");
                assert!(SOURCES.contains(&p["source"].as_str().unwrap()), "{path}");
            }
        }
        for e in file["entities"].as_array().expect("entities") {
            let what = format!("{path}: {e}");
            let kind = e["kind"].as_str().expect("kind");
            assert!(KINDS.contains(&kind), "{what}");
            check_span(&text, e, &what);
            let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
            assert_eq!(e["text"].as_str(), Some(&text[s..t]), "{what}");
            assert!(e["canonical"].is_string() || e["canonical"].is_null(), "{what}");
            assert!(e["id"].is_string() || e["id"].is_null(), "{what}");
            let v = &e["value"];
            match kind {
                "date" => assert!(v.is_null() || v.is_string(), "{what}"),
                "money" => assert!(v["amount"].is_number() && v["currency"].is_string(), "{what}"),
                "percent" => assert!(v["value"].is_number(), "{what}"),
                "quantity" => {
                    assert!(v["amount"].is_number() && (v["unit"].is_string() || v["unit"].is_null()), "{what}")
                }
                _ => assert!(v.is_null(), "{what}"),
            }
            if let Some(date) = v.as_str().filter(|_| kind == "date") {
                let ok = date.split('/').all(|part| {
                    part.parse::<jiff::civil::Date>().is_ok()
                        || (part.len() == 7 && format!("{part}-01").parse::<jiff::civil::Date>().is_ok())
                        || (part.len() == 4 && part.parse::<u16>().is_ok())
                });
                assert!(ok, "{what}: ISO 8601 at some precision");
            }
        }
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            let what = format!("{path}: {d}");
            assert!(d["code"].as_str().is_some_and(|c| c.contains('/')), "{what}");
            assert!(SEVERITIES.contains(&d["severity"].as_str().unwrap()), "{what}");
            assert!(d["message"].is_string(), "{what}");
            check_span(&text, d, &what);
        }
    }
}

#[test]
fn line_col_helper_counts_like_lsp() {
    assert_eq!(line_col("a\r\nb", 3), (2, 1));
    assert_eq!(line_col("a\rb\nc", 4), (3, 1));
    assert_eq!(line_col("أذربيجان x", "أذربيجان ".len()), (1, 10));
}
