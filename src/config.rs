//! What a user can set: the publication date, the language, which rules run
//! and at what severity. Read from `copydesk.toml`, the command line or the
//! editor; the analysis only sees the resulting [`Config`].

use crate::checks::Severity;
use crate::text::Language;
use jiff::civil::Date;
use std::collections::HashMap;

/// Settings that shape one analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The publication date, overriding what the article says.
    pub published: Option<Date>,
    /// The language, overriding detection.
    pub language: Option<Language>,
    /// Whether the text is Markdown (front matter, code blocks, comments).
    pub markdown: bool,
    /// Rules switched off, by code (`date/weekday-mismatch`) or family
    /// (`date`).
    pub ignore: Vec<String>,
    /// Severity overrides by code.
    pub severity: HashMap<String, Severity>,
}

impl Config {
    /// Whether the rule `code` runs.
    pub fn is_enabled(&self, code: &str) -> bool {
        !self
            .ignore
            .iter()
            .any(|i| i == code || code.split('/').next() == Some(i.as_str()))
    }
}
