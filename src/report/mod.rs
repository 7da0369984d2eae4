//! Output formats: one emitter per format behind [`Emitter`], each a view
//! of the same per-file analyses: `human` for people, `json` for tools (the
//! contract in `shared/contracts/annotate-json.md`), `sarif` for
//! code-scanning dashboards, `github` for pull-request annotations, `junit` for
//! CI test reports, `html` for a page to read.

mod github;
mod html;
mod human;
mod json;
mod junit;
mod sarif;

pub use github::Github;
pub use html::Html;
pub use human::Human;
pub use json::Json;
pub use junit::Junit;
pub use sarif::Sarif;

use crate::analysis::Analysis;
use crate::checks::Severity;
use crate::text::LineIndex;
use std::io::{self, Write};

/// What became of one file. The analysed variant is large and by far the
/// most common: boxing it would cost an allocation per file for nothing.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// It was read and analysed.
    Analysed {
        /// The text as read.
        text: String,
        /// Its analysis.
        analysis: Analysis,
        /// Its line index, for line and column numbers.
        index: LineIndex,
    },
    /// It could not be read or is not UTF-8 text: the message says why.
    Failed(String),
    /// It was skipped on purpose (a binary file): the message says why.
    Skipped(String),
}

/// One file of a run.
#[derive(Debug)]
pub struct FileReport {
    /// The path as the user gave it or the walk found it, with `/`.
    pub path: String,
    /// What became of it.
    pub outcome: Outcome,
}

/// Which run an emitter reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `copydesk check`: findings.
    Check,
    /// `copydesk annotate`: mentions and findings.
    Annotate,
}

/// Writes a run's reports in one format.
pub trait Emitter {
    /// Writes everything at once, so that nothing half-written reaches a
    /// consumer.
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], mode: Mode) -> io::Result<()>;
}

/// Counts of a run, for summaries and the exit code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Files analysed.
    pub files: usize,
    /// Files that failed.
    pub failed: usize,
    /// Files skipped.
    pub skipped: usize,
    /// Findings by severity: hint, info, warning, error.
    pub by_severity: [usize; 4],
}

impl Tally {
    /// Counts `files`.
    pub fn of(files: &[FileReport]) -> Tally {
        let mut t = Tally::default();
        for f in files {
            match &f.outcome {
                Outcome::Analysed { analysis, .. } => {
                    t.files += 1;
                    for finding in &analysis.findings {
                        t.by_severity[finding.severity as usize] += 1;
                    }
                }
                Outcome::Failed(_) => t.failed += 1,
                Outcome::Skipped(_) => t.skipped += 1,
            }
        }
        t
    }

    /// Findings at `severity` or above.
    pub fn at_least(&self, severity: Severity) -> usize {
        self.by_severity[severity as usize..].iter().sum()
    }
}
