//! Silencing a finding in place, where the editor sees it:
//!
//! - Markdown: `<!-- copydesk-disable-next-line date/weekday-mismatch -->`
//!   on the line before, or `<!-- copydesk-disable figure -->` for the file;
//! - plain text: `[copydesk: ignore date/weekday-mismatch]` on the line
//!   before, or `[copydesk: ignore-file figure]` for the file.
//!
//! Codes may be families (`date`) and lists (`date, figure/conflict`); no
//! code means every rule. A directive that silences nothing is reported
//! (`meta/unused-suppression`), so stale ones do not pile up.

use crate::Span;
use crate::checks::{Finding, Severity};
use regex::Regex;
use std::sync::LazyLock;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*copydesk-disable(?P<next>-next-line)?(?P<codes>[^>]*?)\s*-->|\[copydesk:\s*ignore(?P<file>-file)?(?P<codes2>[^\]]*)\]")
        .expect("valid regex")
});

/// Where a directive applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// The byte range of one line.
    Line(Span),
    /// The whole file.
    File,
}

#[derive(Debug)]
struct Directive {
    span: Span,
    codes: Vec<String>,
    scope: Scope,
    used: bool,
}

impl Directive {
    fn covers(&self, f: &Finding) -> bool {
        let code_ok = self.codes.is_empty()
            || self.codes.iter().any(|c| c == f.code || f.code.split('/').next() == Some(c.as_str()));
        let place_ok = match self.scope {
            Scope::File => true,
            Scope::Line(line) => line.start <= f.span.start && f.span.start <= line.end,
        };
        code_ok && place_ok
    }
}

/// The byte range of the line after the one containing `offset`.
fn next_line(text: &str, offset: usize) -> Span {
    let rest = &text[offset..];
    let start = match rest.find(['\n', '\r']) {
        None => return Span::new(text.len(), text.len()),
        Some(i) => {
            let at = offset + i;
            if text[at..].starts_with("\r\n") { at + 2 } else { at + 1 }
        }
    };
    let end = text[start..].find(['\n', '\r']).map_or(text.len(), |i| start + i);
    Span::new(start, end)
}

/// The spans of every directive in `text`, so that recognizers skip them.
pub fn directive_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    DIRECTIVE.find_iter(text).map(|m| Span::new(m.start(), m.end()))
}

/// Removes the findings that directives silence and, when
/// `report_unused` is set, adds a hint for each directive that silenced
/// nothing.
pub fn apply(text: &str, findings: Vec<Finding>, report_unused: bool) -> Vec<Finding> {
    let mut directives: Vec<Directive> = DIRECTIVE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let codes = c.name("codes").or_else(|| c.name("codes2")).map_or("", |m| m.as_str());
            let codes = codes.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
            let file_wide =
                c.name("file").is_some() || (whole.as_str().starts_with("<!--") && c.name("next").is_none());
            let scope = if file_wide { Scope::File } else { Scope::Line(next_line(text, whole.end())) };
            Some(Directive { span: Span::new(whole.start(), whole.end()), codes, scope, used: false })
        })
        .collect();
    if directives.is_empty() {
        return findings;
    }
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|f| {
            let mut silenced = false;
            for d in directives.iter_mut().filter(|d| d.covers(f)) {
                d.used = true;
                silenced = true;
            }
            !silenced
        })
        .collect();
    if report_unused {
        for d in directives.iter().filter(|d| !d.used) {
            let what = if d.codes.is_empty() { "any rule".to_string() } else { d.codes.join(", ") };
            kept.push(Finding {
                code: "meta/unused-suppression",
                severity: Severity::Hint,
                message: format!("this suppression of {what} silences nothing; remove it"),
                span: d.span,
                related: Vec::new(),
                fix: None,
            });
        }
        kept.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(b.code)));
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: &'static str, at: usize) -> Finding {
        Finding {
            code,
            severity: Severity::Warning,
            message: String::new(),
            span: Span::new(at, at + 1),
            related: vec![],
            fix: None,
        }
    }

    #[test]
    fn next_line_in_markdown_and_plain_text() {
        let text =
            "<!-- copydesk-disable-next-line date/weekday-mismatch -->\nMonday, 16 June 2024\nMonday, 16 June 2024\n";
        let second = text.rfind("Monday").unwrap();
        let kept =
            apply(text, vec![finding("date/weekday-mismatch", 58), finding("date/weekday-mismatch", second)], true);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].span.start, second);

        let text = "[copydesk: ignore date]\r\nMonday, 16 June 2024\r\n";
        assert!(apply(text, vec![finding("date/weekday-mismatch", 25)], true).is_empty());
    }

    #[test]
    fn file_wide_and_unused() {
        let text = "[copydesk: ignore-file figure]\nA\n\nB\n";
        let kept = apply(text, vec![finding("figure/conflict", 34), finding("date/weekday-mismatch", 34)], true);
        assert_eq!(kept.iter().map(|f| f.code).collect::<Vec<_>>(), ["date/weekday-mismatch"]);

        let text = "<!-- copydesk-disable-next-line date -->\nNothing here.\n";
        let kept = apply(text, vec![], true);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].code, "meta/unused-suppression");
        assert!(kept[0].message.contains("date"));
        assert!(apply(text, vec![], false).is_empty());
    }
}
