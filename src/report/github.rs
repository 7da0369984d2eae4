//! GitHub Actions workflow commands: each finding becomes an annotation on
//! the pull request's diff.
//!
//! ```text
//! ::warning file=news/a.txt,line=3,col=25,endLine=3,endColumn=45,title=date/weekday-mismatch::16 June 2024 was a Sunday, not a Monday
//! ```

use super::{Emitter, FileReport, Mode, Outcome};
use crate::checks::Severity;
use std::io::{self, Write};

/// The GitHub Actions emitter.
#[derive(Debug, Default)]
pub struct Github;

/// Escapes a message as the runner expects.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (which also may not hold `:` or `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Emitter for Github {
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], _mode: Mode) -> io::Result<()> {
        let mut buf = String::new();
        for f in files {
            let file = property(&f.path);
            match &f.outcome {
                Outcome::Analysed { analysis, index, .. } => {
                    for finding in &analysis.findings {
                        let command = match finding.severity {
                            Severity::Error => "error",
                            Severity::Warning => "warning",
                            Severity::Info | Severity::Hint => "notice",
                        };
                        let (line, col) = index.line_col_1based(finding.span.start);
                        let (end_line, end_col) = index.line_col_1based(finding.span.end);
                        buf.push_str(&format!(
                            "::{command} file={file},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}\n",
                            property(finding.code),
                            data(&finding.message)
                        ));
                    }
                }
                Outcome::Failed(msg) => buf.push_str(&format!("::error file={file}::{}\n", data(msg))),
                Outcome::Skipped(msg) => buf.push_str(&format!("::notice file={file}::{}\n", data(msg))),
            }
        }
        out.write_all(buf.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping() {
        assert_eq!(super::data("50%\nnext"), "50%25%0Anext");
        assert_eq!(super::property("a:b,c"), "a%3Ab%2Cc");
    }
}
