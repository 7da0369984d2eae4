//! The language server over stdio, as an editor talks to it: the real
//! binary, real JSON-RPC framing.

mod common;

use common::{Lsp, apply, decode_tokens, utf16_col};
use serde_json::{Value, json};

const SEED_000: &str = include_str!("../seeds/000_e857ee8c00498cd5.txt");
const SEED_001: &str = include_str!("../seeds/001_9517d61872dd36b8.txt");

/// The legend index of a token type.
fn type_index(init: &Value, name: &str) -> u64 {
    let legend = &init["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"];
    legend.as_array().unwrap().iter().position(|t| t == name).unwrap_or_else(|| panic!("{name} in legend {legend}"))
        as u64
}

#[test]
fn initialize_negotiates_encoding_and_declares_the_legend() {
    let mut lsp = Lsp::spawn();
    let init = lsp.initialize(&["utf-16"]);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    for kind in ["person", "country", "place", "organization", "date", "money", "percent", "quantity"] {
        type_index(&init, kind);
    }
    assert_eq!(lsp.shutdown(), Some(0));

    let mut lsp = Lsp::spawn();
    let init = lsp.initialize(&["utf-8", "utf-16"]);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
}

#[test]
fn a_correct_seed_gets_no_warnings_and_its_countries_are_coloured() {
    let mut lsp = Lsp::spawn();
    let init = lsp.initialize(&[]);
    let uri = "file:///tmp/seed000.txt";
    lsp.open(uri, SEED_000, 1);
    let diags = lsp.diagnostics(uri, 1);
    assert!(diags.iter().all(|d| d["severity"].as_u64() > Some(2)), "no errors or warnings: {diags:?}");

    let tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}}));
    let tokens = decode_tokens(&tokens["data"]);
    let country = type_index(&init, "country");
    // "Azerbaijan and Qatar have discussed ..." is line 4.
    assert!(tokens.contains(&(4, 0, 10, country)), "Azerbaijan at 4:0: {tokens:?}");
    assert!(tokens.contains(&(4, 15, 5, country)), "Qatar at 4:15");
    let money = type_index(&init, "money");
    assert!(tokens.iter().any(|t| t.3 == money), "figures are coloured");

    let hover = lsp
        .result("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 4, "character": 17}}));
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("Qatar") && text.contains("QA"), "{hover}");
    assert_eq!(hover["range"]["start"], json!({"line": 4, "character": 15}));
}

#[test]
fn arabic_positions_are_utf16_columns() {
    let mut lsp = Lsp::spawn();
    let init = lsp.initialize(&[]);
    let uri = "file:///tmp/seed001.txt";
    lsp.open(uri, SEED_001, 1);
    lsp.diagnostics(uri, 1);
    let tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}}));
    let tokens = decode_tokens(&tokens["data"]);
    let first_line = SEED_001.lines().next().unwrap();
    let qatar = first_line.find("قطر").unwrap();
    let country = type_index(&init, "country");
    assert!(tokens.contains(&(0, utf16_col(first_line, qatar), 3, country)), "قطر at its UTF-16 column: {tokens:?}");
    // "وأذربيجان": the proclitic و stays outside the span.
    let azer = first_line.find("أذربيجان").unwrap();
    assert!(tokens.contains(&(0, utf16_col(first_line, azer), 8, country)), "{tokens:?}");
}

#[test]
fn a_wrong_weekday_is_a_warning_with_a_preferred_fix() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let uri = "file:///tmp/weekday.txt";
    let text = "Талки. 🇦🇿 The talks took place on Monday, 16 June 2024.\n";
    lsp.open(uri, text, 1);
    let diags = lsp.diagnostics(uri, 1);
    let d = diags.iter().find(|d| d["code"] == "date/weekday-mismatch").unwrap_or_else(|| panic!("{diags:?}"));
    assert_eq!(d["message"], "16 June 2024 was a Sunday, not a Monday");
    assert_eq!(d["severity"], 2);
    let start = utf16_col(text, text.find("Monday").unwrap());
    assert_eq!(d["range"]["start"], json!({"line": 0, "character": start}));

    let actions = lsp.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}}),
    );
    let fix = actions.as_array().unwrap().iter().find(|a| a["isPreferred"] == true).expect("a preferred quick fix");
    assert_eq!(fix["title"], "Replace with \"Sunday\"");
    let edit = &fix["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], "Sunday");
    assert_eq!(edit["range"]["start"]["character"], start);
    assert_eq!(edit["range"]["end"]["character"], start + 6);
    let disable =
        actions.as_array().unwrap().iter().find(|a| a["title"] == "Disable date/weekday-mismatch for this line");
    assert!(disable.is_some(), "{actions}");
}

#[test]
fn a_burst_of_edits_ends_in_the_analysis_of_the_final_text() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let uri = "file:///tmp/burst.txt";
    let mut text =
        "Azerbaijan and Qatar met.\r\nSecond line 🇦🇿 أذربيجان.\r\nThird.\r\nThey met on Monday, 16 June 2024."
            .to_string();
    lsp.open(uri, &text, 1);
    let pieces =
        ["Q", "a", "t", "a", "r", " ", "قطر", " ", "😀", "\r\n", "Monday, 16 June 2024 ", "$1.1 million ", "Baku"];
    let mut version = 1;
    for i in 0..200 {
        version += 1;
        let piece = pieces[i % pieces.len()];
        // Insert at the start of line 1 or 2, or delete the first char of
        // line 0, in turn.
        let (start, end, new) = match i % 3 {
            0 => ((1, 0), (1, 0), piece),
            1 => ((2, 0), (2, 0), piece),
            _ => ((0, 0), (0, 1), ""),
        };
        text = apply(&text, start, end, new);
        lsp.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": start.0, "character": start.1}, "end": {"line": end.0, "character": end.1}}, "text": new}],
            }),
        );
    }
    let burst_diags = lsp.diagnostics(uri, version);
    let burst_tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}}));

    let fresh_uri = "file:///tmp/fresh.txt";
    lsp.open(fresh_uri, &text, 1);
    let fresh_diags = lsp.diagnostics(fresh_uri, 1);
    let fresh_tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": fresh_uri}}));
    assert_eq!(burst_tokens["data"], fresh_tokens["data"]);
    assert!(!fresh_tokens["data"].as_array().unwrap().is_empty());
    let strip = |d: &[Value]| d.iter().map(|d| (d["range"].clone(), d["message"].clone())).collect::<Vec<_>>();
    assert_eq!(strip(&burst_diags), strip(&fresh_diags));
    assert!(!fresh_diags.is_empty(), "the burst planted weekday errors");
}

#[test]
fn edits_delivered_out_of_order_apply_in_version_order() {
    let mut lsp = Lsp::spawn();
    let init = lsp.initialize(&[]);
    let uri = "file:///tmp/order.txt";
    lsp.open(uri, "Talks in .", 1);
    let change = |version: i64, col: u64, text: &str| {
        json!({
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": 0, "character": col}, "end": {"line": 0, "character": col}}, "text": text}],
        })
    };
    // Version 3 appends to what version 2 inserts; send it first.
    lsp.notify("textDocument/didChange", change(3, 17, "tar"));
    lsp.notify("textDocument/didChange", change(2, 9, "Baku, Qa"));
    lsp.diagnostics(uri, 3);
    let tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}}));
    let tokens = decode_tokens(&tokens["data"]);
    // "Talks in Baku, Qatar." : Qatar at column 15.
    assert!(tokens.contains(&(0, 15, 5, type_index(&init, "country"))), "{tokens:?}");
}

#[test]
fn bad_requests_get_errors_and_the_server_keeps_serving() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let uri = "file:///tmp/bad.txt";
    lsp.open(uri, "Qatar", 1);
    lsp.diagnostics(uri, 1);

    let unknown = lsp.request("copydesk/noSuchMethod", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);

    lsp.send_raw(b"{this is not json");
    lsp.send_raw(br#"{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":{"wrong":"shape"}}"#);

    // Past the end, on an unopened document: answers, no crash.
    let past = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 999, "character": 999}}),
    );
    assert!(past.get("error").is_none(), "{past}");
    let unopened = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nope.txt"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(unopened["result"], Value::Null);

    let hover = lsp
        .result("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}));
    assert!(hover["contents"]["value"].as_str().unwrap_or_default().contains("Qatar"));
    assert_eq!(lsp.shutdown(), Some(0));
}

#[test]
fn broken_frames_cancellations_and_stale_edits_leave_the_server_serving() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let uri = "file:///tmp/abuse.txt";
    lsp.open(uri, "Talks in Qatar.", 1);
    lsp.diagnostics(uri, 1);
    let hover_qatar = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 10}});

    // A header with no length, a length that is not a number, one no
    // message could have, and bytes that are no header at all.
    lsp.send_bytes(b"Content-Type: application/json\r\n\r\n{}");
    lsp.send_bytes(b"Content-Length: abc\r\n\r\n{}");
    lsp.send_bytes(b"Content-Length: 99999999999\r\n\r\n{}");
    lsp.send_bytes(&[0xff, 0xfe, b'\r', b'\n', b'\r', b'\n']);
    // Wrong types in a known method.
    let wrong = lsp.request("textDocument/hover", json!({"textDocument": {"uri": 42}, "position": "here"}));
    assert!(wrong.get("error").is_some(), "{wrong}");
    let hover = lsp.result("textDocument/hover", hover_qatar.clone());
    assert!(hover["contents"]["value"].as_str().unwrap_or_default().contains("Doha"), "{hover}");

    // A cancelled request is answered (with its result or as cancelled),
    // never left hanging.
    lsp.send(json!({"jsonrpc": "2.0", "id": 7001, "method": "textDocument/semanticTokens/full", "params": {"textDocument": {"uri": uri}}}));
    lsp.notify("$/cancelRequest", json!({"id": 7001}));
    let answered = lsp.wait_for_response(7001);
    assert!(answered.get("result").is_some() || answered["error"]["code"] == -32800, "{answered}");

    // An edit older than the text is ignored: the text stays version 3's.
    let change = |version: i64, text: &str| json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]});
    lsp.notify("textDocument/didChange", change(3, "Talks in Qatar on Monday, 16 June 2024."));
    lsp.notify("textDocument/didChange", change(2, "Talks in Baku."));
    let diags = lsp.diagnostics(uri, 3);
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0]["message"].as_str().unwrap_or_default().contains("Sunday"));
    let hover = lsp.result("textDocument/hover", hover_qatar);
    assert!(hover["contents"]["value"].as_str().unwrap_or_default().contains("Doha"), "{hover}");
    assert_eq!(lsp.shutdown(), Some(0));
}

#[test]
fn symbols_highlights_references_and_rename() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let uri = "file:///tmp/entities.txt";
    let text = "Minister Sherali Kabir met Qatar's envoy. Kabir said Qatar agreed.\n";
    lsp.open(uri, text, 1);
    lsp.diagnostics(uri, 1);
    let symbols = lsp.result("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}}));
    let names: Vec<&str> = symbols.as_array().unwrap().iter().filter_map(|s| s["name"].as_str()).collect();
    assert!(names.contains(&"Sherali Kabir") && names.contains(&"Qatar"), "{names:?}");

    let at = |needle: &str| json!({"line": 0, "character": utf16_col(text, text.find(needle).unwrap()) + 1});
    let highlights =
        lsp.result("textDocument/documentHighlight", json!({"textDocument": {"uri": uri}, "position": at("Qatar")}));
    assert_eq!(highlights.as_array().unwrap().len(), 2);
    let refs = lsp.result(
        "textDocument/references",
        json!({"textDocument": {"uri": uri}, "position": at("Kabir"), "context": {"includeDeclaration": true}}),
    );
    assert_eq!(refs.as_array().unwrap().len(), 2, "full name and surname: {refs}");

    let prepare =
        lsp.result("textDocument/prepareRename", json!({"textDocument": {"uri": uri}, "position": at("Kabir")}));
    assert_eq!(prepare["placeholder"], "Sherali Kabir");
    let edit = lsp.result(
        "textDocument/rename",
        json!({"textDocument": {"uri": uri}, "position": at("Kabir"), "newName": "Sherali Kabirov"}),
    );
    let edits = edit["changes"][uri].as_array().unwrap();
    let new_texts: Vec<&str> = edits.iter().filter_map(|e| e["newText"].as_str()).collect();
    assert_eq!(new_texts, ["Sherali Kabirov", "Kabirov"]);
}

#[test]
fn inlay_hints_show_resolved_relative_dates() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let uri = "file:///tmp/inlay.txt";
    let text = " date 2021-12-14 By Azernews\n\nThe deal was signed yesterday.\n";
    lsp.open(uri, text, 1);
    lsp.diagnostics(uri, 1);
    let hints = lsp.result(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}}}),
    );
    let labels: Vec<&str> = hints.as_array().unwrap().iter().filter_map(|h| h["label"].as_str()).collect();
    assert_eq!(labels, [" 2021-12-13"]);
}

#[test]
fn semantic_token_deltas_rebuild_the_full_tokens() {
    let mut lsp = Lsp::spawn();
    let init = lsp.initialize(&[]);
    assert_eq!(init["capabilities"]["semanticTokensProvider"]["full"]["delta"], true);
    let uri = "file:///tmp/delta.txt";
    lsp.open(uri, "Azerbaijan and Qatar met.\nBaku hosted them.\n", 1);
    lsp.diagnostics(uri, 1);
    let full = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}}));
    let previous_id = full["resultId"].as_str().expect("a result id").to_string();
    let mut data: Vec<Value> = full["data"].as_array().unwrap().clone();

    lsp.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "On 16 May 2024 Oman and "}],
        }),
    );
    lsp.diagnostics(uri, 2);
    let delta = lsp.result(
        "textDocument/semanticTokens/full/delta",
        json!({"textDocument": {"uri": uri}, "previousResultId": previous_id}),
    );
    let edits = delta["edits"].as_array().expect("a delta, not full tokens");
    for edit in edits.iter().rev() {
        let start = edit["start"].as_u64().unwrap() as usize;
        let delete = edit["deleteCount"].as_u64().unwrap() as usize;
        let insert: Vec<Value> = edit["data"].as_array().cloned().unwrap_or_default();
        data.splice(start..start + delete, insert);
    }
    let fresh = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}}));
    assert_eq!(Value::Array(data), fresh["data"]);
    assert!(edits.len() == 1 && edits[0]["start"].as_u64() > Some(0), "line 0 is unchanged: {delta}");
}

#[test]
fn the_workspace_knowledge_file_is_read_and_reloaded_when_it_changes() {
    let dir = std::env::temp_dir().join(format!("copydesk-lsp-overlay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("copydesk.toml"), "[knowledge]\noverlay = \"newsroom.toml\"\n").unwrap();
    let org = |kind: &str| {
        format!(
            "[[organization]]\nname = \"Azerbaijan Export and Investment Promotion Foundation\"\nacronym = \"AZPROMO\"\nkind = \"{kind}\"\ncountry = \"AZ\"\n"
        )
    };
    std::fs::write(dir.join("newsroom.toml"), org("agency")).unwrap();
    let path = dir.join("article.txt");
    let text = " date 2024-05-16 By Trend\n\nThe head of AZPROMO met investors in Baku.\n";
    std::fs::write(&path, text).unwrap();
    let uri = format!("file://{}", path.display());

    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    lsp.open(&uri, text, 1);
    lsp.diagnostics(&uri, 1);
    let hover_at = json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 14}});
    let hover = lsp.result("textDocument/hover", hover_at.clone());
    let card = hover["contents"]["value"].as_str().unwrap_or_default().to_string();
    assert!(
        card.contains("Azerbaijan Export and Investment Promotion Foundation") && card.contains("agency"),
        "{card}"
    );

    // The newsroom corrects its file: the next hover reads the new one.
    std::fs::write(dir.join("newsroom.toml"), org("state foundation")).unwrap();
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": format!("file://{}", dir.join("newsroom.toml").display()), "type": 2}]}),
    );
    lsp.diagnostics(&uri, 1);
    let card = lsp.result("textDocument/hover", hover_at)["contents"]["value"].as_str().unwrap_or_default().to_string();
    assert!(card.contains("state foundation"), "{card}");

    // A broken file is reported with its line; the embedded knowledge stays.
    std::fs::write(dir.join("newsroom.toml"), "[[organization]]\nnme = \"X\"\n").unwrap();
    lsp.notify("workspace/didChangeWatchedFiles", json!({"changes": []}));
    let shown =
        lsp.wait_for("window/showMessage", |m| m["message"].as_str().is_some_and(|s| s.contains("newsroom.toml:2")));
    assert!(shown["message"].as_str().unwrap().contains("nme"), "{shown}");
    let diagnostics = lsp.diagnostics(&uri, 1);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    lsp.shutdown();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_workspace_is_indexed_with_progress_and_a_name_spelled_otherwise_elsewhere_is_shown() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("lsp-workspace");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("desk")).unwrap();
    std::fs::write(dir.join("desk").join("minsk.txt"), "President Aleksandr Lukashenka met the delegation in Minsk.\n")
        .unwrap();
    std::fs::write(dir.join("other.md"), "Talks in Doha, Qatar.\n").unwrap();
    let open_path = dir.join("today.txt");
    let text = "President Aleksandr Lukashenko said the talks went well.\n";
    std::fs::write(&open_path, text).unwrap();
    let root = format!("file://{}", dir.canonicalize().unwrap().display());

    let mut lsp = Lsp::spawn();
    lsp.result(
        "initialize",
        json!({
            "processId": null,
            "rootUri": root,
            "capabilities": {"window": {"workDoneProgress": true}},
        }),
    );
    lsp.notify("initialized", json!({}));
    let uri = format!("{root}/today.txt");
    lsp.open(&uri, text, 1);
    let ended = lsp.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    assert!(ended["value"]["message"].as_str().unwrap_or_default().contains("articles"), "{ended}");
    assert!(
        lsp.backlog.iter().any(|m| m["method"] == "window/workDoneProgress/create"),
        "the server asked to show progress"
    );
    let info = lsp.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri.as_str()
            && p["diagnostics"].as_array().is_some_and(|d| d.iter().any(|d| d["code"] == "entity/name-variant"))
    });
    let diag = info["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "entity/name-variant").unwrap();
    assert_eq!(diag["severity"], 3, "information: {diag}");
    let message = diag["message"].as_str().unwrap();
    assert!(
        message.contains("\"Aleksandr Lukashenko\" is spelled \"Aleksandr Lukashenka\" in minsk.txt (line 1)"),
        "{message}"
    );
    let related = &diag["relatedInformation"][0]["location"];
    assert!(related["uri"].as_str().unwrap().ends_with("/desk/minsk.txt"), "{related}");
    assert_eq!(related["range"]["start"], json!({"line": 0, "character": 10}));

    // Workspace symbols reach the articles that are not open.
    let symbols = lsp.result("workspace/symbol", json!({"query": "qatar"}));
    let found: Vec<&str> = symbols.as_array().unwrap().iter().filter_map(|s| s["location"]["uri"].as_str()).collect();
    assert!(found.iter().any(|u| u.ends_with("/other.md")), "{found:?}");

    // The other article, opened and edited so that it no longer names him:
    // the finding in this one goes without this one being touched.
    let minsk = format!("{root}/desk/minsk.txt");
    lsp.open(&minsk, "President Aleksandr Lukashenka met the delegation in Minsk.\n", 1);
    lsp.diagnostics(&minsk, 1);
    lsp.backlog.clear();
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": minsk, "version": 2}, "contentChanges": [{"text": "The delegation met in Minsk.\n"}]}),
    );
    // (A publication from before the edit may still be on its way.)
    let again = lsp.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri.as_str()
            && p["diagnostics"].as_array().is_some_and(|d| d.iter().all(|d| d["code"] != "entity/name-variant"))
    });
    assert_eq!(again["version"], 1, "from the open article's last analysis: {again}");
    assert_eq!(lsp.shutdown(), Some(0));
}

#[test]
fn settings_are_pulled_with_workspace_configuration() {
    let mut lsp = Lsp::spawn();
    lsp.settings = Some(json!({"ignore": ["date"]}));
    lsp.result(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {"workspace": {"configuration": true}}}),
    );
    lsp.notify("initialized", json!({}));
    let uri = "file:///tmp/pulled.txt";
    lsp.open(uri, "The talks took place on Monday, 16 June 2024.", 1);
    let weekday =
        |p: &Value| p["diagnostics"].as_array().is_some_and(|d| d.iter().any(|d| d["code"] == "date/weekday-mismatch"));
    // The pulled settings silence dates: the article ends up with none.
    let settled = lsp.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri && !weekday(p));
    assert_eq!(settled["diagnostics"], json!([]));

    // The editor's settings change and it says so without sending them:
    // the server asks again, and the weekday is reported.
    lsp.settings = Some(json!({}));
    lsp.notify("workspace/didChangeConfiguration", json!({"settings": null}));
    lsp.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri && weekday(p));
    assert_eq!(lsp.shutdown(), Some(0));
}

#[test]
fn a_name_the_knowledge_lacks_can_be_added_to_the_workspace_knowledge_file() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("lsp-add-knowledge");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("copydesk.toml"), "[knowledge]\noverlay = \"newsroom.toml\"\n").unwrap();
    std::fs::write(dir.join("newsroom.toml"), "as_of = \"2024-06-01\"\n").unwrap();
    let path = dir.join("article.txt");
    let text = " date 2024-05-16 By Trend\n\nMinister Farhad Guliyev-Testov met investors in Baku.\n";
    std::fs::write(&path, text).unwrap();
    let uri = format!("file://{}", path.canonicalize().unwrap().display());

    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    lsp.open(&uri, text, 1);
    lsp.diagnostics(&uri, 1);
    let at = json!({"line": 2, "character": 12});
    let actions = lsp.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
    );
    let add = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"].as_str().unwrap_or_default().contains("to the workspace knowledge"))
        .unwrap_or_else(|| panic!("no 'add to the workspace knowledge' action: {actions}"));
    assert_eq!(add["title"], "Add \"Farhad Guliyev-Testov\" to the workspace knowledge (newsroom.toml)");
    let changes = add["edit"]["changes"].as_object().unwrap();
    let (target, edits) = changes.iter().next().unwrap();
    assert!(target.ends_with("/newsroom.toml"), "{target}");
    assert_eq!(edits[0]["range"]["start"], json!({"line": 1, "character": 0}), "appended after the last line");
    assert_eq!(edits[0]["newText"], "\n[[person]]\nname = \"Farhad Guliyev-Testov\"\n");

    // The entry is a valid workspace knowledge file: applied, the name is known.
    let applied = format!("as_of = \"2024-06-01\"\n{}", edits[0]["newText"].as_str().unwrap());
    std::fs::write(dir.join("newsroom.toml"), applied).unwrap();
    lsp.notify("workspace/didChangeWatchedFiles", json!({"changes": []}));
    lsp.diagnostics(&uri, 1);
    let actions = lsp.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
    );
    assert!(
        !actions
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["title"].as_str().unwrap_or_default().contains("workspace knowledge")),
        "a known name is not offered again: {actions}"
    );
    assert_eq!(lsp.shutdown(), Some(0));
}

#[test]
fn diagnostics_link_their_rule_docs_when_the_newsroom_says_where_they_are() {
    let weekday = |diags: &[Value]| {
        diags.iter().find(|d| d["code"] == "date/weekday-mismatch").cloned().unwrap_or_else(|| panic!("{diags:?}"))
    };
    let text = "The talks took place on Monday, 16 June 2024.\n";
    let init = |options: Value| {
        let mut lsp = Lsp::spawn();
        lsp.result(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": options}),
        );
        lsp.notify("initialized", json!({}));
        lsp
    };

    // No default: only the newsroom knows where its rule docs are.
    let mut lsp = init(json!({}));
    lsp.open("file:///tmp/docs-none.txt", text, 1);
    let d = weekday(&lsp.diagnostics("file:///tmp/docs-none.txt", 1));
    assert!(d.get("codeDescription").is_none(), "{d}");

    let mut lsp = init(json!({"copydesk": {"ruleDocs": "https://wiki.example/copydesk/{code}"}}));
    lsp.open("file:///tmp/docs.txt", text, 1);
    let d = weekday(&lsp.diagnostics("file:///tmp/docs.txt", 1));
    assert_eq!(d["codeDescription"]["href"], "https://wiki.example/copydesk/date/weekday-mismatch");

    // A template without {code} would link every rule to one page: refused, and said.
    let mut lsp = init(json!({"copydesk": {"ruleDocs": "https://wiki.example/copydesk"}}));
    lsp.open("file:///tmp/docs-bad.txt", text, 1);
    let shown = lsp.wait_for("window/showMessage", |p| p["message"].as_str().is_some_and(|m| m.contains("ruleDocs")));
    assert!(shown["message"].as_str().unwrap_or_default().contains("{code}"), "{shown}");
    let d = weekday(&lsp.diagnostics("file:///tmp/docs-bad.txt", 1));
    assert!(d.get("codeDescription").is_none(), "{d}");
}
