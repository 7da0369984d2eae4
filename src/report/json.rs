//! The JSON report: `shared/contracts/annotate-json.md`, version 1.
//!
//! ```json
//! {"version": 1, "tool": {"name": "copydesk", "version": "0.1.0"},
//!  "files": [{"path": "...", "language": "en",
//!             "published": {"value": "2021-12-14", "source": "header"},
//!             "entities": [...], "diagnostics": [...]}]}
//! ```
//!
//! Additions to the contract (which allows them): `form` on entities,
//! `qualifier` on figures, `end_line`/`end_col` and `related` on
//! diagnostics, `applicability` on fixes, and `error` or `skipped` on a
//! file that could not be analysed (its other fields are then absent).

use super::{Emitter, FileReport, Mode, Outcome};
use crate::checks::Finding;
use crate::recognize::{Form, Kind, Mention, Value};
use crate::text::LineIndex;
use serde_json::{Map, Value as J, json};
use std::io::{self, Write};

/// The contract's emitter.
#[derive(Debug, Default)]
pub struct Json;

impl Emitter for Json {
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], mode: Mode) -> io::Result<()> {
        let doc = json!({
            "version": 1,
            "tool": {"name": "copydesk", "version": env!("CARGO_PKG_VERSION")},
            "files": files.iter().map(|f| file(f, mode)).collect::<Vec<_>>(),
        });
        let mut text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
        text.push('\n');
        out.write_all(text.as_bytes())
    }
}

fn file(report: &FileReport, mode: Mode) -> J {
    let mut obj = Map::new();
    obj.insert("path".into(), json!(report.path));
    match &report.outcome {
        Outcome::Analysed { text, analysis, index } => {
            obj.insert("language".into(), json!(analysis.language.as_str()));
            obj.insert(
                "published".into(),
                analysis
                    .metadata
                    .published
                    .map_or(J::Null, |p| json!({"value": p.date.to_string(), "source": p.source.as_str()})),
            );
            if mode == Mode::Annotate {
                let entities = analysis.mentions.iter().map(|m| entity(m, text, index)).collect();
                obj.insert("entities".into(), J::Array(entities));
            }
            let diagnostics = analysis.findings.iter().map(|f| diagnostic(f, index)).collect();
            obj.insert("diagnostics".into(), J::Array(diagnostics));
        }
        Outcome::Failed(message) => {
            obj.insert("error".into(), json!(message));
        }
        Outcome::Skipped(message) => {
            obj.insert("skipped".into(), json!(message));
        }
    }
    J::Object(obj)
}

/// A mention as the contract's entity.
pub fn entity(m: &Mention, text: &str, index: &LineIndex) -> J {
    let (line, col) = index.line_col_1based(m.span.start);
    let mut obj = json!({
        "kind": m.kind.as_str(),
        "text": m.span.slice(text),
        "start": m.span.start,
        "end": m.span.end,
        "line": line,
        "col": col,
        "canonical": m.canonical,
        "id": m.id,
        "value": value(m),
    });
    if matches!(m.kind, Kind::Country | Kind::Organization | Kind::Person | Kind::Place) {
        let form = match m.form {
            Form::Name => "name",
            Form::Demonym => "demonym",
            Form::Acronym => "acronym",
        };
        obj["form"] = json!(form);
    }
    obj
}

fn value(m: &Mention) -> J {
    match &m.value {
        None => J::Null,
        Some(Value::Date(d)) => d.value.as_ref().map_or(J::Null, |v| json!(v.to_string())),
        Some(Value::Figure(f)) => {
            let mut obj = match m.kind {
                Kind::Money => json!({"amount": number(f.amount), "currency": f.unit}),
                Kind::Percent => json!({"value": number(f.amount)}),
                _ => json!({"amount": number(f.amount), "unit": f.unit}),
            };
            if let Some(q) = f.qualifier {
                obj["qualifier"] = json!(q.as_str());
            }
            obj
        }
    }
}

/// Whole numbers print without a fraction ("1100000", not "1100000.0").
fn number(x: f64) -> J {
    if x.fract() == 0.0 && x.abs() < 9.0e15 { json!(x as i64) } else { json!(x) }
}

/// A finding as the contract's diagnostic.
pub fn diagnostic(f: &Finding, index: &LineIndex) -> J {
    let (line, col) = index.line_col_1based(f.span.start);
    let (end_line, end_col) = index.line_col_1based(f.span.end);
    let related: Vec<J> = f
        .related
        .iter()
        .map(|r| {
            let (line, col) = index.line_col_1based(r.span.start);
            json!({"start": r.span.start, "end": r.span.end, "line": line, "col": col, "message": r.message})
        })
        .collect();
    let fixes: Vec<J> = f
        .fix
        .iter()
        .map(|fix| {
            json!({
                "title": fix.title,
                "applicability": fix.applicability.as_str(),
                "edits": fix.edits.iter().map(|e| json!({"start": e.span.start, "end": e.span.end, "text": e.text})).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "code": f.code,
        "severity": f.severity.as_str(),
        "message": f.message,
        "start": f.span.start,
        "end": f.span.end,
        "line": line,
        "col": col,
        "end_line": end_line,
        "end_col": end_col,
        "related": related,
        "fixes": fixes,
    })
}
