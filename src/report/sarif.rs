//! SARIF 2.1.0, for code-scanning dashboards (GitHub's among them): one
//! run, the registry's rules with their docs, each finding with its
//! region, related locations and fixes.
//!
//! Columns are Unicode code points (`columnKind: unicodeCodePoints`), as
//! in the JSON report; `byteOffset`/`byteLength` give the exact bytes.

use super::{Emitter, FileReport, Mode, Outcome};
use crate::checks::{self, Finding, Severity};
use crate::text::LineIndex;
use serde_json::{Value as J, json};
use std::io::{self, Write};

/// The SARIF emitter.
#[derive(Debug, Default)]
pub struct Sarif;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn region(index: &LineIndex, span: crate::Span) -> J {
    let (start_line, start_col) = index.line_col_1based(span.start);
    let (end_line, end_col) = index.line_col_1based(span.end);
    json!({
        "startLine": start_line, "startColumn": start_col,
        "endLine": end_line, "endColumn": end_col,
        "byteOffset": span.start, "byteLength": span.len(),
    })
}

fn result(f: &Finding, uri: &str, index: &LineIndex) -> J {
    let rule_index = checks::RULES.iter().position(|r| r.code == f.code);
    let location = |span, message: Option<&str>| {
        let mut loc = json!({"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region(index, span)}});
        if let Some(m) = message {
            loc["message"] = json!({"text": m});
        }
        loc
    };
    let mut r = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": {"text": f.message},
        "locations": [location(f.span, None)],
    });
    if let Some(i) = rule_index {
        r["ruleIndex"] = json!(i);
    }
    if !f.related.is_empty() {
        r["relatedLocations"] = f
            .related
            .iter()
            .enumerate()
            .map(|(i, rel)| {
                let mut l = location(rel.span, Some(&rel.message));
                l["id"] = json!(i);
                l
            })
            .collect();
    }
    if let Some(fix) = &f.fix {
        r["fixes"] = json!([{
            "description": {"text": fix.title},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": fix.edits.iter().map(|e| json!({
                    "deletedRegion": region(index, e.span),
                    "insertedContent": {"text": e.text},
                })).collect::<Vec<_>>(),
            }],
        }]);
        r["properties"] = json!({"applicability": fix.applicability.as_str()});
    }
    r
}

impl Emitter for Sarif {
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], _mode: Mode) -> io::Result<()> {
        let rules: Vec<J> = checks::RULES
            .iter()
            .map(|r| {
                json!({
                    "id": r.code,
                    "name": r.code.replace('/', "-"),
                    "shortDescription": {"text": r.summary()},
                    "fullDescription": {"text": r.explain()},
                    "help": {"text": r.explain(), "markdown": r.explain()},
                    "defaultConfiguration": {"level": level(r.default_severity)},
                })
            })
            .collect();
        let mut results = Vec::new();
        let mut artifacts = Vec::new();
        let mut notifications = Vec::new();
        for f in files {
            match &f.outcome {
                Outcome::Analysed { analysis, index, .. } => {
                    let uri = crate::input::uri_reference(&f.path);
                    artifacts.push(json!({"location": {"uri": uri}, "encoding": "utf-8"}));
                    results.extend(analysis.findings.iter().map(|finding| result(finding, &uri, index)));
                }
                Outcome::Failed(msg) | Outcome::Skipped(msg) => {
                    let level = if matches!(f.outcome, Outcome::Failed(_)) { "error" } else { "note" };
                    notifications.push(json!({
                        "level": level,
                        "message": {"text": format!("{}: {msg}", f.path)},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": crate::input::uri_reference(&f.path)}}}],
                    }));
                }
            }
        }
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "copydesk",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
                "invocations": [{
                    "executionSuccessful": notifications.iter().all(|n| n["level"] != "error"),
                    "toolExecutionNotifications": notifications,
                }],
            }],
        });
        let mut text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
        text.push('\n');
        out.write_all(text.as_bytes())
    }
}
