//! The `copydesk` command: a language server (`serve`) and a linter
//! (`check`, `annotate`) over the same analysis, plus the rule docs
//! (`rules`, `explain`).

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand, ValueEnum};
use copydesk::checks::{self, Applicability, Severity};
use copydesk::config::Config;
use copydesk::input::{self, ReadError};
use copydesk::report::{Emitter, FileReport, Github, Html, Human, Json, Junit, Mode, Outcome, Sarif, Tally};
use copydesk::text::{Language, LineIndex};
use copydesk::{Context, analyze};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A language server and CI linter for news articles: it finds the people,
/// countries, organizations, places, dates and figures in an article and
/// flags what does not add up.
#[derive(Parser, Debug)]
#[command(name = "copydesk", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the language server over stdio (for editors).
    Serve {
        /// Use stdio (the only transport; accepted for editors that pass it).
        #[arg(long)]
        stdio: bool,
    },
    /// Check articles and report findings; exit 1 if any reach --fail-on.
    Check(RunArgs),
    /// Print every entity, date and figure found, and the findings.
    Annotate(RunArgs),
    /// Print the documentation of a rule.
    Explain {
        /// The rule's code, e.g. date/weekday-mismatch.
        code: String,
    },
    /// Print the configuration in effect for a file or folder.
    Config {
        /// The file or folder (default: the current folder).
        path: Option<PathBuf>,
    },
    /// List the rules.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
        format: RulesFormat,
    },
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Files and folders (folders are searched for *.txt and *.md).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Lowest severity that makes `check` exit with 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Publication date (YYYY-MM-DD) for every article, overriding the text.
    #[arg(long, value_parser = parse_date)]
    published: Option<jiff::civil::Date>,
    /// Article language (en, ar, ru), overriding detection.
    #[arg(long, value_parser = parse_language)]
    language: Option<Language>,
    /// Rules or families to switch off (repeatable): --ignore date/weekday-mismatch.
    #[arg(long)]
    ignore: Vec<String>,
    /// Apply safe fixes to the files, then report what is left.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff, apply unsafe fixes too.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Show the edits the fixes would make, without writing.
    #[arg(long, conflicts_with = "fix")]
    diff: bool,
    /// Colour: auto (on a terminal), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
    Html,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum RulesFormat {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse().map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::from_tag(s).ok_or_else(|| format!("unknown language {s:?}: expected en, ar, ru or und"))
}

fn main() -> ExitCode {
    copydesk::allocator::keep_freed_memory();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`copydesk check | head`) is not a failure.
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("copydesk: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve { stdio: _ } => {
            copydesk::allocator::cap_arenas();
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .context("starting the async runtime")?;
            runtime.block_on(copydesk::lsp::serve_stdio());
            // The thread reading stdin blocks until the client closes it;
            // after `exit` the server must not wait for that.
            runtime.shutdown_timeout(std::time::Duration::from_millis(100));
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(args) => lint(args, Mode::Check),
        Command::Annotate(args) => lint(args, Mode::Annotate),
        Command::Explain { code } => {
            let Some(rule) = checks::rule(&code) else {
                let known: Vec<_> = checks::RULES.iter().map(|r| r.code).collect();
                bail!("unknown rule {code:?}; known rules: {}", known.join(", "));
            };
            let mut out = std::io::stdout().lock();
            writeln!(out, "# {} ({})\n\n{}", rule.code, rule.default_severity.as_str(), rule.explain())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Config { path } => {
            let path = path.unwrap_or_else(|| PathBuf::from("."));
            let config = copydesk::config::load_for(&path)?;
            let mut out = std::io::stdout().lock();
            match &config.source {
                Some(file) => writeln!(out, "# from {}", input::display_path(file))?,
                None => writeln!(out, "# no {} found; defaults", copydesk::config::FILE_NAME)?,
            }
            writeln!(
                out,
                "published = {}",
                config.published.map_or("(from each article)".to_string(), |d| d.to_string())
            )?;
            writeln!(out, "language = {}", config.language.map_or("(detected)", |l| l.as_str()))?;
            for rule in checks::RULES {
                let severity = config.severity.get(rule.code).copied().unwrap_or(rule.default_severity);
                let state = if config.is_enabled(rule.code) { severity.as_str() } else { "off" };
                writeln!(out, "rule {:<28} {state}", rule.code)?;
            }
            for pattern in &config.exclude {
                writeln!(out, "exclude {pattern}")?;
            }
            if let Some(overlay) = &config.kb_overlay {
                let (kb, error) = copydesk::kb::Kb::for_overlay(overlay);
                match (error, kb.overlay()) {
                    (Some(e), _) => writeln!(out, "knowledge overlay {}: error: {e}", input::display_path(overlay))?,
                    (None, Some(o)) => writeln!(
                        out,
                        "knowledge overlay {}: {} people, {} organizations",
                        input::display_path(overlay),
                        o.people.len(),
                        o.organizations.len()
                    )?,
                    (None, None) => {}
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { format } => {
            let mut out = std::io::stdout().lock();
            match format {
                RulesFormat::Human => {
                    for rule in checks::RULES {
                        writeln!(out, "{:<28} {:<8} {}", rule.code, rule.default_severity.as_str(), rule.summary())?;
                    }
                }
                RulesFormat::Json => {
                    let rules: Vec<_> = checks::RULES
                        .iter()
                        .map(|r| serde_json::json!({"code": r.code, "severity": r.default_severity.as_str(), "summary": r.summary(), "doc": r.explain()}))
                        .collect();
                    writeln!(out, "{}", serde_json::to_string_pretty(&rules)?)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn lint(args: RunArgs, mode: Mode) -> anyhow::Result<ExitCode> {
    let flags =
        Config { published: args.published, language: args.language, ignore: args.ignore.clone(), ..Config::default() };
    let mut configs = ConfigCache::default();
    let mut jobs = Vec::new();
    let mut overlay_errors = std::collections::BTreeSet::new();
    let entries = input::collect(&args.paths);
    let one_article = entries.len() == 1;
    // One article: its analysis is mostly one-time start-up work, which
    // two cores share. Many articles keep both cores busy anyway.
    let mut warm_text = None;
    for entry in entries {
        let mut config = match &entry {
            Ok(path) => configs.for_path(path, &flags)?,
            Err(_) => flags.clone(),
        };
        config.markdown = entry.as_ref().is_ok_and(|p| input::is_markdown(p));
        if let Ok(path) = &entry
            && config.excludes(path)
        {
            continue;
        }
        if one_article
            && let Ok(path) = &entry
            && let Ok(text) = input::read_article(path)
        {
            let text: std::sync::Arc<str> = text.into();
            warm_up_patterns(std::sync::Arc::clone(&text), config.clone());
            warm_text = Some(text);
        }
        let (ctx, error) = Context::load(config);
        if let Some(e) = error {
            // The article is still checked with the embedded knowledge; the
            // run fails so that CI does not pass on half the names.
            if overlay_errors.insert(e.to_string()) {
                eprintln!("copydesk: error: {e}; checking with the embedded knowledge only");
            }
        }
        jobs.push((entry, ctx));
    }
    if let ([(_, ctx)], Some(text)) = (jobs.as_slice(), warm_text) {
        copydesk::recognize::warm_up(std::sync::Arc::clone(&ctx.kb), text);
    }
    let keep_all = mode == Mode::Annotate || args.format == Format::Html;
    let mut reports = analyze_all(&jobs, keep_all);
    if args.fix || args.diff {
        let least = if args.unsafe_fixes { Applicability::Unsafe } else { Applicability::Safe };
        let mut out = std::io::stdout().lock();
        for (report, (_, ctx)) in reports.iter_mut().zip(&jobs) {
            fix_file(report, ctx, least, args.diff, &mut out)?;
        }
        if args.diff {
            return Ok(ExitCode::SUCCESS);
        }
    }

    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    // Problems with files go to stderr too, so a JSON consumer sees them.
    for r in &reports {
        match &r.outcome {
            Outcome::Failed(msg) => eprintln!("copydesk: error: {}: {msg}", r.path),
            Outcome::Skipped(msg) => eprintln!("copydesk: note: {}: {msg}", r.path),
            Outcome::Analysed { .. } => {}
        }
    }
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Human => Human { color }.emit(&mut out, &reports, mode)?,
        Format::Json => Json.emit(&mut out, &reports, mode)?,
        Format::Sarif => Sarif.emit(&mut out, &reports, mode)?,
        Format::Github => Github.emit(&mut out, &reports, mode)?,
        Format::Junit => Junit.emit(&mut out, &reports, mode)?,
        Format::Html => Html.emit(&mut out, &reports, mode)?,
    }
    out.flush()?;

    let tally = Tally::of(&reports);
    if tally.failed > 0 || !overlay_errors.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Hint => Some(Severity::Hint),
        FailOn::Never => None,
    };
    let failing = mode == Mode::Check && threshold.is_some_and(|s| tally.at_least(s) > 0);
    Ok(if failing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Applies the fixes to one analysed file: with `diff`, prints the changed
/// lines; otherwise writes the file atomically (a temporary file renamed
/// over it), unless it changed since it was read, and re-analyses it so
/// the report shows what is left.
fn fix_file(
    report: &mut FileReport,
    ctx: &Context,
    least: Applicability,
    diff: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let Outcome::Analysed { text, .. } = &report.outcome else {
        return Ok(());
    };
    let fixed = copydesk::fix::apply_all(text, ctx, least);
    if fixed.applied == 0 {
        return Ok(());
    }
    let path = PathBuf::from(&report.path);
    if diff {
        writeln!(out, "--- {0}\n+++ {0} (fixed)", report.path)?;
        let (old, new): (Vec<&str>, Vec<&str>) = (text.lines().collect(), fixed.text.lines().collect());
        for (i, (a, b)) in old.iter().zip(&new).enumerate() {
            if a != b {
                writeln!(out, "@@ line {} @@\n-{a}\n+{b}", i + 1)?;
            }
        }
        return Ok(());
    }
    let on_disk = std::fs::read(&path).with_context(|| format!("{}: re-reading before writing fixes", report.path))?;
    if on_disk != text.as_bytes() {
        report.outcome = Outcome::Failed("changed on disk since it was read; fixes not written".to_string());
        return Ok(());
    }
    // Through a symbolic link to the article itself, so the link stays a
    // link; the article keeps its permissions.
    let path = std::fs::canonicalize(&path).with_context(|| format!("{}: resolving the path", report.path))?;
    let permissions = std::fs::metadata(&path).map(|m| m.permissions()).ok();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.copydesk-fix"));
    std::fs::write(&tmp, fixed.text.as_bytes()).with_context(|| format!("{}: writing fixes", report.path))?;
    if let Some(p) = permissions {
        let _ = std::fs::set_permissions(&tmp, p);
    }
    if let Err(e) = std::fs::rename(&tmp, &path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("{}: replacing the file with its fixed text", report.path));
    }
    eprintln!(
        "copydesk: fixed {} finding{} in {}",
        fixed.applied,
        if fixed.applied == 1 { "" } else { "s" },
        report.path
    );
    let analysis = analyze(&fixed.text, ctx);
    let index = LineIndex::new(&fixed.text);
    report.outcome = Outcome::Analysed { text: fixed.text, analysis, index };
    Ok(())
}

/// The configuration of each folder, read once per run.
#[derive(Default)]
struct ConfigCache {
    by_file: std::collections::HashMap<Option<PathBuf>, Config>,
    by_dir: std::collections::HashMap<PathBuf, Option<PathBuf>>,
}

impl ConfigCache {
    /// The configuration for `path`: its `copydesk.toml`, with the
    /// command-line flags on top. A broken file stops the run: checking
    /// with the wrong rules would report the wrong things.
    fn for_path(&mut self, path: &std::path::Path, flags: &Config) -> anyhow::Result<Config> {
        let dir = path.parent().map(PathBuf::from).unwrap_or_default();
        let file = self.by_dir.entry(dir).or_insert_with(|| copydesk::config::find(path)).clone();
        if let Some(c) = self.by_file.get(&file) {
            return Ok(c.clone().for_file(path));
        }
        let mut config = match &file {
            Some(f) => copydesk::config::load_file(f)?,
            None => Config::default(),
        };
        config.overlay(flags);
        self.by_file.insert(file, config.clone());
        Ok(config.for_file(path))
    }
}

type Job = (Result<PathBuf, (PathBuf, String)>, Context);

/// Reads and analyses every file, on all cores, keeping the input order.
/// Unless `keep_all`, a file's mentions are dropped after analysis, and so
/// is the text of a file without findings: a check of ten thousand clean
/// articles then holds little more than their names.
/// Counts a worker out when it leaves, even by a panic, so the progress
/// line never waits for a worker that is gone.
struct Leaving<'a>(&'a AtomicUsize);

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A progress line only where a person watches a long run: stderr is a
/// terminal, the run is not in CI, and there are many articles.
fn show_progress(files: usize) -> bool {
    files >= 500 && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}

/// Rewrites one line on stderr with the articles checked so far, until
/// all are; then clears it, so the report starts on a clean screen.
fn progress(done: &AtomicUsize, running: &AtomicUsize, total: usize) {
    let mut err = std::io::stderr();
    loop {
        let n = done.load(Ordering::Relaxed);
        let _ = write!(err, "\rcopydesk: {n}/{total} articles ({}%)", n * 100 / total.max(1));
        let _ = err.flush();
        if n >= total || running.load(Ordering::Relaxed) == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = write!(err, "\r\x1b[K");
    let _ = err.flush();
}

/// Compiles, on another thread, the patterns the analysis of `text` will
/// use, while this one loads the knowledge base.
fn warm_up_patterns(text: std::sync::Arc<str>, config: Config) {
    let spawned = std::thread::Builder::new().name("copydesk-patterns".into()).spawn(move || {
        copydesk::warm_up_patterns(&text, &config);
    });
    // Without a thread the analysis does the same work itself.
    drop(spawned);
}

fn analyze_all(paths: &[Job], keep_all: bool) -> Vec<FileReport> {
    let one = |(entry, ctx): &Job| -> FileReport {
        match entry {
            Err((path, msg)) => FileReport { path: input::display_path(path), outcome: Outcome::Failed(msg.clone()) },
            Ok(path) => {
                let outcome = match input::read_article(path) {
                    Ok(text) => {
                        let mut analysis = analyze(&text, ctx);
                        if keep_all {
                            let index = LineIndex::new(&text);
                            Outcome::Analysed { text, analysis, index }
                        } else {
                            analysis.mentions = Vec::new();
                            analysis.structure = Default::default();
                            let text = if analysis.findings.is_empty() { String::new() } else { text };
                            let index = LineIndex::new(&text);
                            Outcome::Analysed { text, analysis, index }
                        }
                    }
                    Err(ReadError::Binary) => Outcome::Skipped(ReadError::Binary.to_string()),
                    Err(e) => Outcome::Failed(e.to_string()),
                };
                FileReport { path: input::display_path(path), outcome }
            }
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(paths.len().max(1));
    if threads <= 1 {
        return paths.iter().map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let running = AtomicUsize::new(threads);
    let mut slots: Vec<Option<FileReport>> = Vec::new();
    slots.resize_with(paths.len(), || None);
    let results = std::sync::Mutex::new(slots);
    std::thread::scope(|s| {
        if show_progress(paths.len()) {
            s.spawn(|| progress(&done, &running, paths.len()));
        }
        for _ in 0..threads {
            s.spawn(|| {
                let _leaving = Leaving(&running);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(entry) = paths.get(i) else { break };
                    let report = one(entry);
                    if let Ok(mut slots) = results.lock() {
                        slots[i] = Some(report);
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    results.into_inner().unwrap_or_default().into_iter().flatten().collect()
}
