//! The report for people, in the style of rustc and ruff:
//!
//! ```text
//! seeds/a.txt:3:25: warning[date/weekday-mismatch]: 16 June 2024 was a Sunday, not a Monday
//!   |
//! 3 | The talks took place on Monday, 16 June 2024.
//!   |                         ^^^^^^^^^^^^^^^^^^^^ fix: Replace with "Sunday"
//! ```
//!
//! Underlines are measured in display columns, so they sit right under
//! Cyrillic and wide characters. Terminals lay out right-to-left text in
//! their own way, so under Arabic and Hebrew the underlined text is also
//! quoted. Colour only on a terminal, and never with `NO_COLOR` set.

use super::{Emitter, FileReport, Mode, Outcome, Tally};
use crate::checks::{Finding, Severity};
use crate::recognize::Mention;
use crate::text::LineIndex;
use std::io::{self, Write};
use unicode_width::UnicodeWidthChar;

/// The human-readable emitter.
#[derive(Debug, Default)]
pub struct Human {
    /// Whether to colour the output.
    pub color: bool,
}

/// Around a span on a very long line, this many characters are shown.
const CONTEXT_CHARS: usize = 60;

impl Emitter for Human {
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], mode: Mode) -> io::Result<()> {
        let mut buf = Vec::new();
        for f in files {
            match &f.outcome {
                Outcome::Analysed { text, analysis, index } => {
                    if mode == Mode::Annotate {
                        self.mentions(&mut buf, &f.path, text, index, &analysis.mentions)?;
                    }
                    for finding in &analysis.findings {
                        self.finding(&mut buf, &f.path, text, index, finding)?;
                    }
                }
                Outcome::Failed(msg) => writeln!(buf, "{}: {}: {msg}", f.path, self.paint("error", "1;31"))?,
                Outcome::Skipped(msg) => writeln!(buf, "{}: {}: {msg}", f.path, self.paint("skipped", "2"))?,
            }
        }
        self.summary(&mut buf, &Tally::of(files))?;
        out.write_all(&buf)
    }
}

impl Human {
    fn paint(&self, s: &str, code: &str) -> String {
        if self.color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }

    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;34",
            Severity::Hint => "1;36",
        };
        self.paint(s.as_str(), code)
    }

    fn finding(&self, out: &mut Vec<u8>, path: &str, text: &str, index: &LineIndex, f: &Finding) -> io::Result<()> {
        let (line, col) = index.line_col_1based(f.span.start);
        writeln!(
            out,
            "{path}:{line}:{col}: {}[{}]: {}",
            self.severity(f.severity),
            f.code,
            self.paint(&f.message, "1")
        )?;
        let note = f.fix.as_ref().map(|fix| format!("fix: {}", fix.title)).unwrap_or_default();
        self.excerpt(out, text, index, f.span, &note)?;
        for r in &f.related {
            let (l, c) = index.line_col_1based(r.span.start);
            writeln!(out, "  = note: {path}:{l}:{c}: {}", r.message)?;
        }
        writeln!(out)
    }

    fn mentions(
        &self,
        out: &mut Vec<u8>,
        path: &str,
        text: &str,
        index: &LineIndex,
        mentions: &[Mention],
    ) -> io::Result<()> {
        for m in mentions {
            let (line, col) = index.line_col_1based(m.span.start);
            let value = match (m.date(), m.figure()) {
                (Some(d), _) => d.value.as_ref().map(|v| format!(" = {v}")).unwrap_or_else(|| " = ?".into()),
                (_, Some(f)) => format!(" = {} {}", f.amount, f.unit.as_deref().unwrap_or("")).trim_end().to_string(),
                _ => m
                    .canonical
                    .as_deref()
                    .filter(|&c| c != m.span.slice(text))
                    .map(|c| format!(" -> {c}"))
                    .unwrap_or_default(),
            };
            writeln!(out, "{path}:{line}:{col}: {:<12} {}{value}", m.kind.as_str(), m.span.slice(text))?;
        }
        Ok(())
    }

    /// The source line with the span underlined; long lines are cut to a
    /// window around the span.
    fn excerpt(
        &self,
        out: &mut Vec<u8>,
        text: &str,
        index: &LineIndex,
        span: crate::Span,
        note: &str,
    ) -> io::Result<()> {
        let pos = index.position(span.start, crate::text::PositionEncoding::Utf8);
        let line_span = index.line_span(pos.line as usize);
        let line = line_span.slice(text);
        let start = span.start.saturating_sub(line_span.start).min(line.len());
        let end = span.end.saturating_sub(line_span.start).clamp(start, line.len());
        // Window: up to CONTEXT_CHARS characters either side.
        let from = line[..start].char_indices().rev().nth(CONTEXT_CHARS).map_or(0, |(i, _)| i);
        let to = line[end..].char_indices().nth(CONTEXT_CHARS).map_or(line.len(), |(i, _)| end + i);
        let (prefix, suffix) = (if from > 0 { "…" } else { "" }, if to < line.len() { "…" } else { "" });
        let shown = format!("{prefix}{}{suffix}", &line[from..to]);
        let width = |s: &str| s.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
        let pad = width(prefix) + width(&line[from..start]);
        let marks = width(&line[start..end]).max(1);
        let number = (pos.line + 1).to_string();
        let gutter = " ".repeat(number.len());
        writeln!(out, "{gutter} |")?;
        writeln!(out, "{number} | {}", shown.trim_end())?;
        let rtl = line[start..end].chars().any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFEFF));
        let quoted = if rtl { format!(" «{}»", &line[start..end]) } else { String::new() };
        let underline = self.paint(&"^".repeat(marks), "1;33");
        let note = if note.is_empty() { String::new() } else { format!(" {note}") };
        writeln!(out, "{gutter} | {}{underline}{quoted}{note}", " ".repeat(pad))
    }

    fn summary(&self, out: &mut Vec<u8>, t: &Tally) -> io::Result<()> {
        let [hint, info, warning, error] = t.by_severity;
        let mut parts = Vec::new();
        for (n, name) in [(error, "error"), (warning, "warning"), (info, "info"), (hint, "hint")] {
            if n > 0 {
                parts.push(format!("{n} {name}{}", if n == 1 || name == "info" { "" } else { "s" }));
            }
        }
        let files = format!("{} file{}", t.files, if t.files == 1 { "" } else { "s" });
        let findings = if parts.is_empty() { "no findings".to_string() } else { parts.join(", ") };
        let mut line = format!("{files} checked: {findings}");
        if t.failed > 0 {
            line.push_str(&format!("; {} could not be read", t.failed));
        }
        if t.skipped > 0 {
            line.push_str(&format!("; {} skipped", t.skipped));
        }
        writeln!(out, "{}", self.paint(&line, "1"))
    }
}
