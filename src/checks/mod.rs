//! Checks: each reads an analysis and reports what does not add up, with
//! the evidence in its message. One file per rule under its family folder;
//! [`RULES`] is the registry that maps each stable code to its check.

mod date;
pub(crate) mod entity;
mod figure;
mod meta;
mod words;

pub use meta::unused_suppression::UNUSED_SUPPRESSION;

use crate::Span;
use crate::analysis::Analysis;
use crate::config::Config;
use crate::kb::Kb;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A hint: shown faintly, never fails CI.
    Hint,
    /// Worth a look; may be right.
    Info,
    /// Very likely wrong.
    Warning,
    /// Certainly wrong.
    Error,
}

impl Severity {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses the contract's name.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "hint" => Some(Severity::Hint),
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Whether a fix can be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Applicability {
    /// Shown for a person to apply by hand only.
    DisplayOnly,
    /// May change what the article means; applied only on request.
    Unsafe,
    /// Keeps what the article means; can always be applied.
    Safe,
}

impl Applicability {
    /// The name used in JSON and SARIF output.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// One replacement of a span's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// What to replace.
    pub span: Span,
    /// The new text.
    pub text: String,
}

/// A correction: edits that, applied together, resolve the finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does: `Replace with "Sunday"`.
    pub title: String,
    /// How safe it is.
    pub applicability: Applicability,
    /// Non-overlapping edits.
    pub edits: Vec<Edit>,
}

/// Another place in the text that a finding rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// Why it matters: "stated here as $2.4 million".
    pub message: String,
}

/// Something a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's stable code, `family/name`.
    pub code: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// What is wrong, with the evidence.
    pub message: String,
    /// Where.
    pub span: Span,
    /// The other statements it conflicts with.
    pub related: Vec<Related>,
    /// The correction, when exactly one correct edit exists.
    pub fix: Option<Fix>,
}

/// What a check reads.
pub struct CheckContext<'a> {
    /// The article's text.
    pub text: &'a str,
    /// The analysis so far (mentions, metadata; no findings yet).
    pub analysis: &'a Analysis,
    /// The knowledge base.
    pub kb: &'a Kb,
    /// The figures' statements, read once for the three figure checks that
    /// compare them (a third of the checks' time when each read its own).
    /// Shared between the two threads a long text's checks run on.
    statements: std::sync::OnceLock<Vec<figure::Statement<'a>>>,
}

impl<'a> CheckContext<'a> {
    /// The context the checks of `analysis` read.
    pub fn new(text: &'a str, analysis: &'a Analysis, kb: &'a Kb) -> CheckContext<'a> {
        CheckContext { text, analysis, kb, statements: std::sync::OnceLock::new() }
    }

    /// Every figure whose quantity can be told, in text order.
    fn statements(&self) -> &[figure::Statement<'a>] {
        self.statements.get_or_init(|| figure::statements(self.text, self.analysis))
    }
}

/// A rule: its stable code, default severity and documentation, and the
/// function that checks it.
pub struct Rule {
    /// Stable code, `family/name`; never reused for another meaning.
    pub code: &'static str,
    /// Severity when the configuration does not say otherwise.
    pub default_severity: Severity,
    /// The rule's documentation in sections: what it flags, why it matters,
    /// an example, fix safety. Printed by `copydesk explain`.
    pub doc: &'static str,
    check: fn(&CheckContext<'_>, &mut Vec<Finding>),
}

/// The 1-based line of `offset`, counting line breaks as LSP does (LF, CR
/// LF, lone CR). For messages: it scans the text, so call it only when a
/// finding is made, never per mention.
pub(crate) fn line_number(text: &str, offset: usize) -> usize {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut line = 1;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

impl Rule {
    /// Runs this rule alone (benchmarks time rules one by one).
    pub fn run(&self, ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        (self.check)(ctx, out);
    }

    /// The first paragraph under "What it flags", on one line.
    pub fn summary(&self) -> String {
        let after = self.doc.split("## What it flags").nth(1).unwrap_or(self.doc);
        let lines: Vec<&str> =
            after.lines().map(str::trim).skip_while(|l| l.is_empty()).take_while(|l| !l.is_empty()).collect();
        lines.join(" ")
    }

    /// The documentation with the doc-comment indentation removed.
    pub fn explain(&self) -> String {
        self.doc.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join("\n").trim().to_string()
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("code", &self.code).finish_non_exhaustive()
    }
}

/// Declares a rule whose documentation is its doc comment, so that the doc
/// a contributor reads in the source is the text `copydesk explain` prints.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $vis:vis static $name:ident = ($code:literal, $severity:expr, $check:path);) => {
        $(#[doc = $doc])*
        $vis static $name: $crate::checks::Rule = $crate::checks::Rule {
            code: $code,
            default_severity: $severity,
            doc: concat!($($doc, "\n"),*),
            check: $check,
        };
    };
}
pub(crate) use declare_rule;

/// Every rule, in code order. Codes never change meaning; a renamed rule
/// keeps its old code in [`REDIRECTS`].
pub static RULES: &[&Rule] = &[
    &date::after_publication::AFTER_PUBLICATION,
    &date::anniversary_mismatch::ANNIVERSARY_MISMATCH,
    &date::dateline_mismatch::DATELINE_MISMATCH,
    &date::hijri_mismatch::HIJRI_MISMATCH,
    &date::invalid::INVALID,
    &date::period_incomplete::PERIOD_INCOMPLETE,
    &date::relative_mismatch::RELATIVE_MISMATCH,
    &date::weekday_mismatch::WEEKDAY_MISMATCH,
    &entity::capital_mismatch::CAPITAL_MISMATCH,
    &entity::name_variant::NAME_VARIANT,
    &entity::nationality_conflict::NATIONALITY_CONFLICT,
    &entity::office_term::OFFICE_TERM,
    &entity::title_conflict::TITLE_CONFLICT,
    &figure::conflict::CONFLICT,
    &figure::percent_change::PERCENT_CHANGE,
    &figure::scale_mismatch::SCALE_MISMATCH,
    &figure::sum_mismatch::SUM_MISMATCH,
    &UNUSED_SUPPRESSION,
];

/// Old codes and the codes they now mean.
pub static REDIRECTS: &[(&str, &str)] = &[];

/// The rule with `code`, following redirects.
pub fn rule(code: &str) -> Option<&'static Rule> {
    let code = REDIRECTS.iter().find(|(old, _)| *old == code).map_or(code, |(_, new)| *new);
    RULES.iter().copied().find(|r| r.code == code)
}

/// Compiles, ahead of the first text, the patterns that every text's
/// checks use.
pub fn warm_up() {
    date::anniversary_mismatch::warm_up();
}

/// Runs every enabled rule; findings come sorted by position.
pub fn run(ctx: &CheckContext<'_>, config: &Config) -> Vec<Finding> {
    // Two threads from the length at which recognition takes two: below it
    // a thread's start costs more than the checks.
    run_on(ctx, config, ctx.text.len() >= crate::recognize::PARALLEL_FROM)
}

/// [`run`], the rules shared between two threads when `parallel`; the
/// findings come out the same either way.
fn run_on(ctx: &CheckContext<'_>, config: &Config, parallel: bool) -> Vec<Finding> {
    let rules: Vec<&Rule> = RULES.iter().copied().filter(|r| config.is_enabled(r.code)).collect();
    let check = |rule: &&Rule| {
        let mut found = Vec::new();
        (rule.check)(ctx, &mut found);
        // A check may lower its own severity where the evidence is weaker;
        // the configuration, when it names the rule, has the last word.
        for f in &mut found {
            f.code = rule.code;
            if let Some(&severity) = config.severity.get(rule.code) {
                f.severity = severity;
            }
        }
        found
    };
    let mut findings: Vec<Finding> = if parallel {
        crate::two_threads::map(&rules, check).into_iter().flatten().collect()
    } else {
        rules.iter().flat_map(check).collect()
    };
    findings.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(b.code)));
    findings
}

/// The messages of the findings `code` raises on `text`, for the
/// checks' own tests.
#[cfg(test)]
pub(crate) fn messages(text: &str, code: &str) -> Vec<String> {
    crate::analyze(text, &crate::Context::default())
        .findings
        .into_iter()
        .filter(|f| f.code == code)
        .map(|f| f.message)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_count_breaks_as_lsp_does() {
        assert_eq!(line_number("a\nb\r\nc\rd", 0), 1);
        assert_eq!(line_number("a\nb\r\nc\rd", 2), 2);
        assert_eq!(line_number("a\nb\r\nc\rd", 5), 3);
        assert_eq!(line_number("a\nb\r\nc\rd", 7), 4);
        assert_eq!(line_number("a", 99), 1);
    }

    #[test]
    fn every_rule_is_documented_in_sections() {
        for rule in RULES {
            let doc = rule.explain();
            for section in ["## What it flags", "## Why it matters", "## Example"] {
                assert!(doc.contains(section), "{} lacks {section}", rule.code);
            }
            assert!(!rule.summary().is_empty(), "{}", rule.code);
            let (family, name) = rule.code.split_once('/').expect("family/name");
            assert!(!family.is_empty() && !name.is_empty());
        }
    }

    #[test]
    fn two_threads_find_what_one_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/checks");
        let mut files: Vec<_> =
            std::fs::read_dir(dir).expect("fixtures").filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        let text: String = files
            .iter()
            .filter(|p| p.to_string_lossy().contains("flagged"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect::<Vec<_>>()
            .join("\n\n");
        let ctx = crate::Context::default();
        let analysis = crate::analyze(&text, &ctx);
        let check_ctx = CheckContext::new(&text, &analysis, &ctx.kb);
        let one = format!("{:?}", run_on(&check_ctx, &ctx.config, false));
        assert!(one.matches("Finding").count() > 5, "the flagged fixtures raise findings");
        assert_eq!(format!("{:?}", run_on(&check_ctx, &ctx.config, true)), one);
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<_> = RULES.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
    }
}
