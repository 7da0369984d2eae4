//! What a user can set: the publication date, the language, which rules run
//! and at what severity, which files to skip. Read from `copydesk.toml`,
//! found by walking up from each article as ruff finds `ruff.toml`, so the
//! editor and CI share one file; the command line and the editor's settings
//! go on top. The analysis only sees the resulting [`Config`].
//!
//! ```toml
//! published = "2024-05-16"        # rarely: one date for every article
//! language = "en"
//! [rules]
//! ignore = ["figure", "date/hijri-mismatch"]
//! severity = { "date/weekday-mismatch" = "error" }
//! docs = "https://wiki.example/copydesk/{code}"   # linked from each diagnostic
//! [files]
//! exclude = ["drafts/**", "*.bak.md"]
//! [knowledge]
//! overlay = "newsroom.toml"       # people and organizations, see kb::overlay
//! ```

use crate::checks::{self, Severity};
use crate::text::Language;
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The configuration file's name.
pub const FILE_NAME: &str = "copydesk.toml";

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
    /// Glob patterns of files to skip, relative to the configuration file.
    pub exclude: Vec<String>,
    /// Rules switched off for the files a glob matches (relative to the
    /// configuration file): `[rules] per-file-ignores`.
    pub per_file_ignores: Vec<(String, Vec<String>)>,
    /// Where each rule's documentation lives, a URL with `{code}` for the
    /// rule's code: editors link a diagnostic's code there (LSP
    /// `codeDescription`). The rules' text ships in the binary (`copydesk
    /// explain`), but only a newsroom knows where it publishes it, so there
    /// is no default.
    pub rule_docs: Option<String>,
    /// The workspace knowledge file, resolved against the configuration
    /// file's folder.
    pub kb_overlay: Option<PathBuf>,
    /// The configuration file these settings came from, if any.
    pub source: Option<PathBuf>,
}

impl Config {
    /// Whether the rule `code` runs.
    pub fn is_enabled(&self, code: &str) -> bool {
        !self.ignore.iter().any(|i| i == code || code.split('/').next() == Some(i.as_str()))
    }

    /// These settings for the file at `path`: with the rules its
    /// `per-file-ignores` patterns switch off added to `ignore`.
    pub fn for_file(mut self, path: &Path) -> Config {
        let matched: Vec<String> = self
            .per_file_ignores
            .iter()
            .filter(|(pattern, _)| self.matches(std::slice::from_ref(pattern), path))
            .flat_map(|(_, codes)| codes.iter().cloned())
            .collect();
        self.ignore.extend(matched);
        self
    }

    /// Whether `path` is excluded by this configuration's `[files] exclude`.
    pub fn excludes(&self, path: &Path) -> bool {
        self.matches(&self.exclude, path)
    }

    /// Whether a glob of `patterns` matches `path`, relative to the
    /// configuration file's folder, or its file name alone.
    fn matches(&self, patterns: &[String], path: &Path) -> bool {
        if patterns.is_empty() {
            return false;
        }
        let base = self.source.as_deref().and_then(Path::parent).unwrap_or(Path::new(""));
        let absolute = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let base_abs = base.canonicalize().unwrap_or_else(|_| base.to_path_buf());
        let relative = absolute.strip_prefix(&base_abs).or_else(|_| path.strip_prefix(base)).unwrap_or(path);
        let mut builder = globset::GlobSetBuilder::new();
        for pattern in patterns {
            if let Ok(glob) = globset::Glob::new(pattern) {
                builder.add(glob);
            }
        }
        builder.build().is_ok_and(|set| set.is_match(relative) || path.file_name().is_some_and(|n| set.is_match(n)))
    }

    /// Settings of `other` laid over these: what `other` sets wins.
    pub fn overlay(&mut self, other: &Config) {
        if other.published.is_some() {
            self.published = other.published;
        }
        if other.language.is_some() {
            self.language = other.language;
        }
        self.ignore.extend(other.ignore.iter().cloned());
        self.severity.extend(other.severity.iter().map(|(k, v)| (k.clone(), *v)));
        self.exclude.extend(other.exclude.iter().cloned());
        self.per_file_ignores.extend(other.per_file_ignores.iter().cloned());
        if other.kb_overlay.is_some() {
            self.kb_overlay.clone_from(&other.kb_overlay);
        }
        if other.rule_docs.is_some() {
            self.rule_docs.clone_from(&other.rule_docs);
        }
    }

    /// The documentation link of rule `code`, when `rule_docs` is set.
    pub fn rule_docs_for(&self, code: &str) -> Option<String> {
        self.rule_docs.as_ref().map(|t| t.replace("{code}", code))
    }
}

/// Why a rule-docs template cannot be used: it must name a scheme
/// (`https:`, or an editor's own) and hold `{code}`.
pub fn check_rule_docs(template: &str) -> Result<(), String> {
    let scheme = template.split_once(':').map(|(s, _)| s).unwrap_or("");
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Err(format!("{template:?} is not a URL (expected e.g. \"https://wiki.example/copydesk/{{code}}\")"));
    }
    if !template.contains("{code}") {
        return Err(format!("{template:?} does not contain {{code}}, where each rule's code goes"));
    }
    Ok(())
}

/// A configuration file that cannot be used: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line of the offending key or value, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    published: Option<toml::Spanned<String>>,
    language: Option<toml::Spanned<String>>,
    #[serde(default)]
    rules: RulesSection,
    #[serde(default)]
    files: FilesSection,
    #[serde(default)]
    knowledge: KnowledgeSection,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct KnowledgeSection {
    overlay: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RulesSection {
    #[serde(default)]
    ignore: Vec<toml::Spanned<String>>,
    #[serde(default)]
    severity: HashMap<String, toml::Spanned<String>>,
    #[serde(default, rename = "per-file-ignores")]
    per_file_ignores: HashMap<String, Vec<toml::Spanned<String>>>,
    docs: Option<toml::Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FilesSection {
    #[serde(default)]
    exclude: Vec<String>,
}

/// Parses the text of a configuration file at `path`. Unknown keys,
/// unknown rule codes, bad dates and bad severities are errors naming the
/// line.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let line_of = |offset: usize| Some(text[..offset.min(text.len())].matches('\n').count() + 1);
    let err = |offset: Option<usize>, message: String| ConfigError {
        path: path.to_path_buf(),
        line: offset.and_then(line_of),
        message,
    };
    let file: FileConfig = toml::from_str(text).map_err(|e| err(e.span().map(|s| s.start), e.message().to_string()))?;
    let mut config = Config { source: Some(path.to_path_buf()), ..Config::default() };
    if let Some(p) = file.published {
        let date = p
            .get_ref()
            .parse::<Date>()
            .map_err(|e| err(Some(p.span().start), format!("`published`: expected YYYY-MM-DD: {e}")))?;
        config.published = Some(date);
    }
    if let Some(l) = file.language {
        let lang = Language::from_tag(l.get_ref()).ok_or_else(|| {
            err(Some(l.span().start), format!("`language`: unknown language {:?} (en, ar, ru, und)", l.get_ref()))
        })?;
        config.language = Some(lang);
    }
    for code in file.rules.ignore {
        check_code(code.get_ref()).map_err(|m| err(Some(code.span().start), format!("`rules.ignore`: {m}")))?;
        config.ignore.push(code.into_inner());
    }
    for (code, severity) in file.rules.severity {
        check_code(&code).map_err(|m| err(Some(severity.span().start), format!("`rules.severity`: {m}")))?;
        let s = Severity::parse(severity.get_ref()).ok_or_else(|| {
            err(
                Some(severity.span().start),
                format!("`rules.severity`: {:?} is not one of error, warning, info, hint", severity.get_ref()),
            )
        })?;
        config.severity.insert(code, s);
    }
    if let Some(docs) = file.rules.docs {
        check_rule_docs(docs.get_ref()).map_err(|m| err(Some(docs.span().start), format!("`rules.docs`: {m}")))?;
        config.rule_docs = Some(docs.into_inner());
    }
    let mut per_file: Vec<_> = file.rules.per_file_ignores.into_iter().collect();
    per_file.sort_by(|a, b| a.0.cmp(&b.0));
    for (pattern, codes) in per_file {
        globset::Glob::new(&pattern).map_err(|e| err(None, format!("`rules.per-file-ignores`: {e}")))?;
        let mut list = Vec::new();
        for code in codes {
            check_code(code.get_ref())
                .map_err(|m| err(Some(code.span().start), format!("`rules.per-file-ignores`: {m}")))?;
            list.push(code.into_inner());
        }
        config.per_file_ignores.push((pattern, list));
    }
    for pattern in &file.files.exclude {
        globset::Glob::new(pattern).map_err(|e| err(None, format!("`files.exclude`: {e}")))?;
    }
    config.exclude = file.files.exclude;
    config.kb_overlay = file.knowledge.overlay.map(|o| path.parent().unwrap_or(Path::new("")).join(o));
    Ok(config)
}

/// A rule code or family known to the registry.
fn check_code(code: &str) -> Result<(), String> {
    let known = checks::rule(code).is_some() || checks::RULES.iter().any(|r| r.code.split('/').next() == Some(code));
    if known { Ok(()) } else { Err(format!("unknown rule or family {code:?} (see `copydesk rules`)")) }
}

/// The nearest `copydesk.toml` at or above `path`'s folder.
pub fn find(path: &Path) -> Option<PathBuf> {
    let start = if path.is_dir() { path } else { path.parent()? };
    let start = start.canonicalize().unwrap_or_else(|_| start.to_path_buf());
    start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Reads the configuration that governs `path`, with its per-file rules
/// for `path`; the defaults when there is no configuration file.
pub fn load_for(path: &Path) -> Result<Config, ConfigError> {
    match find(path) {
        None => Ok(Config::default()),
        Some(file) => Ok(load_file(&file)?.for_file(path)),
    }
}

/// Reads the configuration file `file` as written, for every file it
/// governs (apply [`Config::for_file`] per article).
pub fn load_file(file: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(file).map_err(|e| ConfigError {
        path: file.to_path_buf(),
        line: None,
        message: format!("cannot read: {e}"),
    })?;
    parse(&text, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Config, ConfigError> {
        parse(text, Path::new("copydesk.toml"))
    }

    #[test]
    fn a_full_file() {
        let c = parse_str(
            "published = \"2024-05-16\"\nlanguage = \"ar\"\n[rules]\nignore = [\"date\"]\nseverity = { \"date/weekday-mismatch\" = \"error\" }\n[files]\nexclude = [\"drafts/**\"]\n",
        )
        .unwrap();
        assert_eq!(c.published, Some(jiff::civil::date(2024, 5, 16)));
        assert_eq!(c.language, Some(Language::Ar));
        assert!(!c.is_enabled("date/weekday-mismatch"));
        assert_eq!(c.severity.get("date/weekday-mismatch"), Some(&Severity::Error));
        assert!(c.excludes(Path::new("drafts/a.txt")));
        assert!(!c.excludes(Path::new("news/a.txt")));
    }

    #[test]
    fn errors_name_the_line_and_the_key() {
        let e = parse_str("language = \"en\"\n\n[rules]\nignroe = [\"date\"]\n").unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        assert!(e.message.contains("ignroe"), "{e}");
        let e = parse_str("[rules]\nignore = [\"date/nope\"]\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("date/nope"), "{e}");
        let e = parse_str("[rules]\nseverity = { \"date/weekday-mismatch\" = \"loud\" }\n").unwrap_err();
        assert!(e.message.contains("loud"), "{e}");
        let e = parse_str("published = \"16 May\"\n").unwrap_err();
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn rule_docs_link_each_code_and_a_template_without_code_is_refused() {
        let c = parse_str("[rules]\ndocs = \"https://wiki.example/copydesk/{code}\"\n").unwrap();
        assert_eq!(
            c.rule_docs_for("date/weekday-mismatch").as_deref(),
            Some("https://wiki.example/copydesk/date/weekday-mismatch")
        );
        assert_eq!(Config::default().rule_docs_for("date/weekday-mismatch"), None);
        let e = parse_str("[rules]\n\ndocs = \"https://wiki.example/copydesk\"\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("{code}"), "{e}");
        let e = parse_str("[rules]\ndocs = \"wiki/{code}\"\n").unwrap_err();
        assert!(e.message.contains("not a URL"), "{e}");
    }
}
