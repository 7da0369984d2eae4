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
//! `qualifier` and `max` (a range's upper end) on figures, `end_line`/`end_col` and `related` on
//! diagnostics, `applicability` on fixes, and `error` or `skipped` on a
//! file that could not be analysed (its other fields are then absent).

use super::{Emitter, FileReport, Mode, Outcome};
use crate::checks::Finding;
use crate::recognize::{Form, Kind, Mention, Value};
use crate::text::LineIndex;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Value as J, json};
use std::io::{self, Write};

/// The contract's emitter.
#[derive(Debug, Default)]
pub struct Json;

impl Emitter for Json {
    /// Serializes as it goes: one entity's JSON value exists at a time, so
    /// annotating a 10 MB article does not build a gigabyte-sized tree.
    /// The whole document still goes out in one write.
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], mode: Mode) -> io::Result<()> {
        let doc = Doc { files, mode };
        let mut buf = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, serde_json::ser::PrettyFormatter::new());
        doc.serialize(&mut ser).map_err(io::Error::other)?;
        buf.push(b'\n');
        out.write_all(&buf)
    }
}

/// The whole report, serialized lazily.
struct Doc<'a> {
    files: &'a [FileReport],
    mode: Mode,
}

impl Serialize for Doc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("version", &1)?;
        map.serialize_entry("tool", &json!({"name": "copydesk", "version": env!("CARGO_PKG_VERSION")}))?;
        map.serialize_entry("files", &Lazy(self.files.iter().map(|f| File { report: f, mode: self.mode })))?;
        map.end()
    }
}

/// A sequence serialized from an iterator, without collecting it.
struct Lazy<I>(I);

impl<I, T> Serialize for Lazy<I>
where
    I: Iterator<Item = T> + Clone,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone())
    }
}

/// One file of the report.
struct File<'a> {
    report: &'a FileReport,
    mode: Mode,
}

impl Serialize for File<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("path", &self.report.path)?;
        match &self.report.outcome {
            Outcome::Analysed { text, analysis, index } => {
                map.serialize_entry("language", analysis.language.as_str())?;
                let published = analysis
                    .metadata
                    .published
                    .map_or(J::Null, |p| json!({"value": p.date.to_string(), "source": p.source.as_str()}));
                map.serialize_entry("published", &published)?;
                if self.mode == Mode::Annotate {
                    map.serialize_entry("entities", &Lazy(analysis.mentions.iter().map(|m| entity(m, text, index))))?;
                }
                map.serialize_entry("diagnostics", &Lazy(analysis.findings.iter().map(|f| diagnostic(f, index))))?;
            }
            Outcome::Failed(message) => map.serialize_entry("error", message)?,
            Outcome::Skipped(message) => map.serialize_entry("skipped", message)?,
        }
        map.end()
    }
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
            if let Some(upper) = f.upper {
                obj["max"] = number(upper);
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
