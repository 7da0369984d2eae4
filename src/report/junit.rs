//! JUnit XML, for CI systems that show test reports: one test suite per
//! article, one failing test case per finding, one passing case for an
//! article with none.

use super::{Emitter, FileReport, Mode, Outcome};
use std::io::{self, Write};

/// The JUnit emitter.
#[derive(Debug, Default)]
pub struct Junit;

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Emitter for Junit {
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], _mode: Mode) -> io::Result<()> {
        let mut doc = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"copydesk\">\n");
        for f in files {
            let path = xml(&f.path);
            match &f.outcome {
                Outcome::Analysed { analysis, index, .. } => {
                    let n = analysis.findings.len();
                    doc.push_str(&format!("  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{n}\">\n", n.max(1)));
                    if n == 0 {
                        doc.push_str(&format!("    <testcase name=\"no findings\" classname=\"{path}\"/>\n"));
                    }
                    for finding in &analysis.findings {
                        let (line, col) = index.line_col_1based(finding.span.start);
                        doc.push_str(&format!(
                            "    <testcase name=\"{}:{line}:{col}\" classname=\"{path}\" file=\"{path}\" line=\"{line}\">\n      <failure type=\"{}\" message=\"{}\">{path}:{line}:{col}: {} [{}]</failure>\n    </testcase>\n",
                            xml(finding.code),
                            finding.severity.as_str(),
                            xml(&finding.message),
                            xml(&finding.message),
                            xml(finding.code)
                        ));
                    }
                    doc.push_str("  </testsuite>\n");
                }
                Outcome::Failed(msg) => doc.push_str(&format!(
                    "  <testsuite name=\"{path}\" tests=\"1\" errors=\"1\">\n    <testcase name=\"read\" classname=\"{path}\">\n      <error message=\"{}\"/>\n    </testcase>\n  </testsuite>\n",
                    xml(msg)
                )),
                Outcome::Skipped(msg) => doc.push_str(&format!(
                    "  <testsuite name=\"{path}\" tests=\"1\" skipped=\"1\">\n    <testcase name=\"read\" classname=\"{path}\">\n      <skipped message=\"{}\"/>\n    </testcase>\n  </testsuite>\n",
                    xml(msg)
                )),
            }
        }
        doc.push_str("</testsuites>\n");
        out.write_all(doc.as_bytes())
    }
}
