//! The language server's handlers: each converts its parameters, asks the
//! document store or the analysis, and converts the answer back.

use super::convert;
use super::documents::{Applied, Change, Documents, Snapshot, analyse};
use super::workspace::{self, WorkspaceIndex};
use crate::analysis::Context;
use crate::config::{self, Config};
use crate::recognize::{Kind, Value};
use crate::text::PositionEncoding;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

/// How long the server waits after an edit before analysing, so that a
/// burst of keystrokes is analysed once.
const DEBOUNCE: Duration = Duration::from_millis(25);

/// Semantic tokens sent for a document, under their result id.
type SentTokens = (String, Arc<Vec<SemanticToken>>);

/// How long an edit waits for an earlier version that has not arrived
/// before the server decides the client skipped it.
const REORDER_WAIT: Duration = Duration::from_millis(15);

/// The server's state: the open documents and what was negotiated.
pub struct Backend {
    client: Client,
    docs: Arc<Documents>,
    encoding: AtomicU8,
    pull_diagnostics: AtomicBool,
    /// Whether a pulling client takes `workspace/diagnostic/refresh`.
    refresh_diagnostics: AtomicBool,
    /// Whether the client lets the server register file watchers.
    watch_files: AtomicBool,
    settings: RwLock<Config>,
    /// The last semantic tokens sent per document, with their result id,
    /// for `semanticTokens/full/delta`.
    sent_tokens: std::sync::Mutex<std::collections::HashMap<String, SentTokens>>,
    next_result: std::sync::atomic::AtomicU64,
    /// Analyses running at once: one per core. A flood of edits across
    /// many documents then waits here, checking it is still current when
    /// its turn comes, instead of piling up threads and memory.
    analyses: Arc<tokio::sync::Semaphore>,
    /// The workspace's articles on disk and open, for what crosses them.
    workspace: Arc<WorkspaceIndex>,
    /// The workspace folders, from `initialize`.
    roots: RwLock<Vec<PathBuf>>,
    /// Whether the client shows `$/progress`.
    progress: AtomicBool,
    /// Whether the client answers `workspace/configuration`.
    pull_config: AtomicBool,
}

impl Backend {
    /// A server talking to `client`.
    pub fn new(client: Client) -> Backend {
        Backend {
            client,
            docs: Arc::new(Documents::default()),
            encoding: AtomicU8::new(1),
            pull_diagnostics: AtomicBool::new(false),
            refresh_diagnostics: AtomicBool::new(false),
            watch_files: AtomicBool::new(false),
            settings: RwLock::new(Config::default()),
            sent_tokens: Default::default(),
            next_result: Default::default(),
            analyses: Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get),
            )),
            workspace: Arc::default(),
            roots: RwLock::default(),
            progress: AtomicBool::new(false),
            pull_config: AtomicBool::new(false),
        }
    }

    fn encoding(&self) -> PositionEncoding {
        match self.encoding.load(Ordering::Relaxed) {
            0 => PositionEncoding::Utf8,
            2 => PositionEncoding::Utf32,
            _ => PositionEncoding::Utf16,
        }
    }

    /// The analysis context for a document: its `copydesk.toml`, the
    /// editor's settings on top, Markdown by language id or extension.
    fn context_for(&self, uri: &Uri, language_id: Option<&str>) -> Context {
        let settings = self.settings.read().map(|s| s.clone()).unwrap_or_default();
        let (ctx, errors) = article_context(uri_path(uri).as_deref(), language_id, &settings);
        for (kind, message) in errors {
            let client = self.client.clone();
            tokio::spawn(async move { client.show_message(kind, message).await });
        }
        ctx
    }

    /// Reads every open document's configuration and knowledge again and
    /// re-analyses it: a `copydesk.toml` or knowledge file changed.
    fn reload_contexts(&self) {
        self.docs.set_context(|uri, old| match uri.parse::<Uri>() {
            Ok(u) => {
                let mut ctx = self.context_for(&u, None);
                ctx.config.markdown = old.config.markdown;
                ctx
            }
            Err(_) => Context { kb: Arc::clone(&old.kb), config: old.config.clone() },
        });
        self.reschedule_all();
    }

    /// Analyses every open document again at its current version.
    fn reschedule_all(&self) {
        self.analyst().schedule_all();
    }

    /// Analyses the document after the debounce, unless a newer edit came
    /// meanwhile; publishes the diagnostics if the result is still current.
    fn schedule(&self, uri: Uri, version: i32) {
        self.analyst().schedule(uri, version);
    }

    /// What analysis tasks need, cloned out of the backend.
    fn analyst(&self) -> Analyst {
        Analyst {
            docs: Arc::clone(&self.docs),
            client: self.client.clone(),
            encoding: self.encoding(),
            push: !self.pull_diagnostics.load(Ordering::Relaxed),
            refresh: self.refresh_diagnostics.load(Ordering::Relaxed),
            analyses: Arc::clone(&self.analyses),
            workspace: Arc::clone(&self.workspace),
        }
    }

    /// Keeps the tokens just sent, under a new result id.
    fn remember_tokens(&self, uri: &Uri, data: &Arc<Vec<SemanticToken>>) -> String {
        let id = self.next_result.fetch_add(1, Ordering::Relaxed).to_string();
        if let Ok(mut sent) = self.sent_tokens.lock() {
            sent.insert(uri.as_str().to_string(), (id.clone(), Arc::clone(data)));
        }
        id
    }

    /// Takes the editor's settings. A `ruleDocs` template that cannot be
    /// used is said once, here, and dropped: each article keeps its
    /// `copydesk.toml`'s.
    fn adopt_settings(&self, mut settings: Config) {
        if let Some(Err(e)) = settings.rule_docs.as_deref().map(config::check_rule_docs) {
            settings.rule_docs = None;
            let (client, message) = (self.client.clone(), format!("copydesk: setting `ruleDocs`: {e}; it is not used"));
            tokio::spawn(async move { client.show_message(MessageType::WARNING, message).await });
        }
        if let Ok(mut s) = self.settings.write() {
            *s = settings;
        }
    }

    /// The editor's `copydesk` settings, asked with `workspace/configuration`
    /// when the client offers it; `None` when it does not or has none.
    async fn pull_settings(&self) -> Option<Config> {
        if !self.pull_config.load(Ordering::Relaxed) {
            return None;
        }
        let item = ConfigurationItem { scope_uri: None, section: Some("copydesk".to_string()) };
        let values = self.client.configuration(vec![item]).await.ok()?;
        values.first().filter(|v| v.is_object()).map(settings_from)
    }

    /// Reads and analyses the workspace's articles in the background,
    /// reporting `$/progress`, then re-analyses the open ones so that
    /// what crosses articles shows in them.
    fn index_workspace(&self) {
        let roots = self.roots.read().map(|r| r.clone()).unwrap_or_default();
        if roots.is_empty() {
            return;
        }
        let settings = self.settings.read().map(|s| s.clone()).unwrap_or_default();
        let (client, index, docs, encoding) =
            (self.client.clone(), Arc::clone(&self.workspace), Arc::clone(&self.docs), self.encoding());
        let progress = self.progress.load(Ordering::Relaxed);
        let analyst = self.analyst();
        tokio::spawn(async move {
            let token = ProgressToken::String("copydesk-index".to_string());
            let ongoing = if progress && client.create_work_done_progress(token.clone()).await.is_ok() {
                Some(
                    client
                        .progress(token, "copydesk: reading the workspace's articles")
                        .with_percentage(0)
                        .begin()
                        .await,
                )
            } else {
                None
            };
            let files = tokio::task::spawn_blocking(move || {
                roots.iter().flat_map(|r| workspace::articles(r)).collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default();
            let total = files.len();
            for (n, chunk) in files.chunks(64).enumerate() {
                let chunk = chunk.to_vec();
                let (index, docs, settings) = (Arc::clone(&index), Arc::clone(&docs), settings.clone());
                let _ = tokio::task::spawn_blocking(move || {
                    for path in chunk {
                        let Ok(text) = std::fs::read_to_string(&path) else { continue };
                        let Ok(path) = std::fs::canonicalize(&path) else { continue };
                        let key = path.to_string_lossy().into_owned();
                        let Ok(uri) = crate::input::uri_reference(&key).parse::<Uri>() else { continue };
                        // An open article is indexed from the editor's text.
                        if docs.version(uri.as_str()).is_some() {
                            continue;
                        }
                        let (ctx, _) = article_context(Some(&path), None, &settings);
                        let snap = analyse(ropey::Rope::from_str(&text), 0, ctx, None);
                        index.update(&key, &uri, &snap, encoding);
                    }
                })
                .await;
                if let Some(p) = &ongoing {
                    let done = ((n + 1) * 64).min(total);
                    p.report_with_message(format!("{done}/{total}"), (done * 100 / total.max(1)) as u32).await;
                }
            }
            if let Some(p) = ongoing {
                p.finish_with_message(format!("{} articles", index.len())).await;
            }
            analyst.schedule_all();
        });
    }

    fn snapshot(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        self.docs.snapshot(uri.as_str())
    }
}

/// What an analysis task needs, cloned out of the backend so that the task
/// can outlive the handler that started it.
struct Analyst {
    docs: Arc<Documents>,
    client: Client,
    encoding: PositionEncoding,
    push: bool,
    refresh: bool,
    analyses: Arc<tokio::sync::Semaphore>,
    workspace: Arc<WorkspaceIndex>,
}

impl Analyst {
    fn schedule_all(&self) {
        for uri in self.docs.uris() {
            if let (Ok(u), Some(v)) = (uri.parse::<Uri>(), self.docs.version(&uri)) {
                self.schedule(u, v);
            }
        }
    }

    fn schedule(&self, uri: Uri, version: i32) {
        let Analyst { docs, client, encoding, push, refresh, analyses, workspace } = self;
        let (docs, client, encoding, push, refresh) = (Arc::clone(docs), client.clone(), *encoding, *push, *refresh);
        let (analyses, workspace) = (Arc::clone(analyses), Arc::clone(workspace));
        tokio::spawn(async move {
            tokio::time::sleep(DEBOUNCE).await;
            let key = uri.as_str().to_string();
            if docs.version(&key) != Some(version) {
                return;
            }
            let Ok(_turn) = analyses.acquire().await else { return };
            let Some((rope, current, ctx, reuse)) = docs.work(&key) else { return };
            if current != version {
                return;
            }
            let analysed = tokio::task::spawn_blocking(move || {
                let snapshot = analyse(rope, version, ctx, Some(&reuse));
                // The editor asks for tokens when the diagnostics arrive:
                // have them made (1 MB: about a millisecond) so that the
                // request only reads them.
                convert::document_tokens(&snapshot, encoding);
                snapshot
            });
            let Ok(snapshot) = analysed.await else { return };
            let snapshot = Arc::new(snapshot);
            if docs.store(&key, Arc::clone(&snapshot)) {
                let article = article_key(&uri);
                let changed = workspace.update(&article, &uri, &snapshot, encoding);
                if push {
                    let mut diagnostics = convert::diagnostics(&snapshot, &uri, encoding);
                    diagnostics.extend(workspace.name_variants(&article, &snapshot, encoding));
                    client.publish_diagnostics(uri.clone(), diagnostics, Some(version)).await;
                }
                if !changed.is_empty() {
                    // Another open article may spell a name this one now
                    // spells, or no longer does: its findings change too.
                    if push {
                        republish_others(&docs, &client, &workspace, &uri, &changed, encoding).await;
                    } else if refresh {
                        let _ = client.workspace_diagnostic_refresh().await;
                    }
                }
            }
        });
    }
}

/// Publishes again, from their last analyses, the diagnostics of the open
/// articles but `except` that name someone spelled like one of `changed`.
async fn republish_others(
    docs: &Documents,
    client: &Client,
    workspace: &WorkspaceIndex,
    except: &Uri,
    changed: &[String],
    encoding: PositionEncoding,
) {
    for key in docs.uris() {
        let (Ok(uri), Some(snapshot)) = (key.parse::<Uri>(), docs.snapshot(&key)) else { continue };
        // An article with an analysis under way publishes its own.
        if uri == *except
            || docs.version(&key) != Some(snapshot.version)
            || !workspace.spells_like(&article_key(&uri), changed)
        {
            continue;
        }
        let mut diagnostics = convert::diagnostics(&snapshot, &uri, encoding);
        diagnostics.extend(workspace.name_variants(&article_key(&uri), &snapshot, encoding));
        client.publish_diagnostics(uri, diagnostics, Some(snapshot.version)).await;
    }
}

/// The workspace index's key for an article: its path, else its URI.
fn article_key(uri: &Uri) -> String {
    match uri_path(uri) {
        Some(p) => std::fs::canonicalize(&p).unwrap_or(p).to_string_lossy().into_owned(),
        None => uri.as_str().to_string(),
    }
}

/// The context of the article at `path`: its `copydesk.toml` with the
/// editor's `settings` on top, Markdown by language id or extension, and
/// the messages to show when the configuration or knowledge is broken.
fn article_context(
    path: Option<&std::path::Path>,
    language_id: Option<&str>,
    settings: &Config,
) -> (Context, Vec<(MessageType, String)>) {
    let mut errors = Vec::new();
    let mut config = match path.map(config::load_for) {
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            errors.push((MessageType::WARNING, format!("copydesk: {e}; using the defaults")));
            Config::default()
        }
        None => Config::default(),
    };
    config.overlay(settings);
    let ext_md = path.is_some_and(crate::input::is_markdown);
    config.markdown = language_id.is_some_and(|l| l == "markdown") || ext_md;
    let (ctx, error) = Context::load(config);
    if let Some(e) = error {
        errors.push((MessageType::ERROR, format!("copydesk: {e}; using the embedded knowledge only")));
    }
    (ctx, errors)
}

/// The file-system path of a `file:` URI.
fn uri_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s.strip_prefix("file://")?;
    let decoded = percent_decode(rest);
    Some(PathBuf::from(decoded))
}

pub(super) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Editor settings under `copydesk`: `{ "published": "2024-05-16",
/// "language": "en", "ignore": ["figure"], "ruleDocs":
/// "https://wiki.example/copydesk/{code}" }`.
fn settings_from(value: &serde_json::Value) -> Config {
    let v = value.get("copydesk").unwrap_or(value);
    let mut c = Config {
        published: v.get("published").and_then(|p| p.as_str()).and_then(|p| p.parse().ok()),
        language: v.get("language").and_then(|l| l.as_str()).and_then(crate::text::Language::from_tag),
        rule_docs: v.get("ruleDocs").and_then(|d| d.as_str()).filter(|d| !d.is_empty()).map(str::to_string),
        ..Config::default()
    };
    if let Some(list) = v.get("ignore").and_then(|i| i.as_array()) {
        c.ignore = list.iter().filter_map(|s| s.as_str().map(str::to_string)).collect();
    }
    if let Some(rules) = v.get("rules").and_then(|r| r.as_object()) {
        for (code, level) in rules {
            match level.as_str() {
                Some("off") => c.ignore.push(code.clone()),
                Some(s) => {
                    if let Some(sev) = crate::checks::Severity::parse(s) {
                        c.severity.insert(code.clone(), sev);
                    }
                }
                None => {}
            }
        }
    }
    c
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered =
            params.capabilities.general.as_ref().and_then(|g| g.position_encodings.clone()).unwrap_or_default();
        let (code, kind) = if offered.contains(&PositionEncodingKind::UTF8) {
            (0, PositionEncodingKind::UTF8)
        } else {
            (1, PositionEncodingKind::UTF16)
        };
        self.encoding.store(code, Ordering::Relaxed);
        let pull = params.capabilities.text_document.as_ref().is_some_and(|t| t.diagnostic.is_some());
        self.pull_diagnostics.store(pull, Ordering::Relaxed);
        let refresh = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.diagnostics.as_ref())
            .and_then(|d| d.refresh_support)
            .unwrap_or(false);
        self.refresh_diagnostics.store(refresh, Ordering::Relaxed);
        let watch = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        self.watch_files.store(watch, Ordering::Relaxed);
        let pull_config = params.capabilities.workspace.as_ref().and_then(|w| w.configuration).unwrap_or(false);
        self.pull_config.store(pull_config, Ordering::Relaxed);
        let progress = params.capabilities.window.as_ref().and_then(|w| w.work_done_progress).unwrap_or(false);
        self.progress.store(progress, Ordering::Relaxed);
        #[allow(deprecated)]
        let roots: Vec<PathBuf> = match &params.workspace_folders {
            Some(folders) if !folders.is_empty() => folders.iter().filter_map(|f| uri_path(&f.uri)).collect(),
            _ => params.root_uri.as_ref().and_then(uri_path).into_iter().collect(),
        };
        if let Ok(mut r) = self.roots.write() {
            *r = roots;
        }
        if let Some(options) = params.initialization_options.as_ref() {
            self.adopt_settings(settings_from(options));
        }
        let legend = SemanticTokensLegend { token_types: convert::token_types(), token_modifiers: vec![] };
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(kind),
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..TextDocumentSyncOptions::default()
                })),
                semantic_tokens_provider: Some(
                    SemanticTokensOptions {
                        legend,
                        full: Some(SemanticTokensFullOptions::Delta { delta: Some(true) }),
                        range: Some(true),
                        ..SemanticTokensOptions::default()
                    }
                    .into(),
                ),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                    ..CodeActionOptions::default()
                })),
                document_symbol_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                inlay_hint_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                diagnostic_provider: pull.then(|| {
                    DiagnosticServerCapabilities::Options(DiagnosticOptions {
                        identifier: Some("copydesk".to_string()),
                        inter_file_dependencies: false,
                        workspace_diagnostics: false,
                        work_done_progress_options: Default::default(),
                    })
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "copydesk".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if let Some(settings) = self.pull_settings().await {
            self.adopt_settings(settings);
            self.reload_contexts();
        }
        self.index_workspace();
        if !self.watch_files.load(Ordering::Relaxed) {
            return;
        }
        // copydesk.toml and the knowledge files it names are TOML; any of
        // them changing re-reads the settings of every open article.
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/*.toml".to_string()),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "copydesk-watch-toml".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(options).ok(),
        };
        let _ = self.client.register_capability(vec![registration]).await;
    }

    async fn did_change_watched_files(&self, _: DidChangeWatchedFilesParams) {
        self.reload_contexts();
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let ctx = self.context_for(&doc.uri, Some(&doc.language_id));
        self.docs.open(doc.uri.as_str(), &doc.text, doc.version, ctx);
        self.schedule(doc.uri, doc.version);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let encoding = self.encoding();
        let changes = params
            .content_changes
            .into_iter()
            .map(|c| Change {
                range: c.range.map(|r| (convert::line_col(r.start), convert::line_col(r.end))),
                text: c.text,
            })
            .collect();
        match self.docs.change(uri.as_str(), params.text_document.version, changes, encoding) {
            Applied::UpTo(version) => self.schedule(uri, version),
            Applied::Waiting => {
                tokio::time::sleep(REORDER_WAIT).await;
                if let Some(version) = self.docs.flush(uri.as_str(), encoding) {
                    self.schedule(uri, version);
                } else if let Some(version) = self.docs.version(uri.as_str()) {
                    self.schedule(uri, version);
                }
            }
            Applied::Ignored => {}
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        self.docs.close(params.text_document.uri.as_str());
        if !self.pull_diagnostics.load(Ordering::Relaxed) {
            self.client.publish_diagnostics(params.text_document.uri, vec![], None).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        // Clients that answer `workspace/configuration` often send no
        // settings here, only the news that they changed.
        let pushed = params.settings.as_object().is_some_and(|o| !o.is_empty());
        let settings = match pushed {
            true => Some(settings_from(&params.settings)),
            false => self.pull_settings().await,
        };
        if let Some(settings) = settings {
            self.adopt_settings(settings);
        }
        self.reload_contexts();
    }

    async fn diagnostic(&self, params: DocumentDiagnosticParams) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let items = self
            .snapshot(&uri)
            .map(|s| {
                let mut items = convert::diagnostics(&s, &uri, self.encoding());
                items.extend(self.workspace.name_variants(&article_key(&uri), &s, self.encoding()));
                items
            })
            .unwrap_or_default();
        Ok(DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Full(
            RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport { result_id: None, items },
            },
        )))
    }

    async fn semantic_tokens_full(&self, params: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        let Some(snap) = self.snapshot(&params.text_document.uri) else { return Ok(None) };
        let data = convert::document_tokens(&snap, self.encoding());
        let result_id = self.remember_tokens(&params.text_document.uri, &data);
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens { result_id: Some(result_id), data: data.to_vec() })))
    }

    async fn semantic_tokens_full_delta(
        &self,
        params: SemanticTokensDeltaParams,
    ) -> Result<Option<SemanticTokensFullDeltaResult>> {
        let uri = params.text_document.uri;
        let Some(snap) = self.snapshot(&uri) else { return Ok(None) };
        let data = convert::document_tokens(&snap, self.encoding());
        let previous = self.sent_tokens.lock().ok().and_then(|sent| {
            sent.get(uri.as_str()).filter(|(id, _)| *id == params.previous_result_id).map(|(_, t)| Arc::clone(t))
        });
        let result_id = self.remember_tokens(&uri, &data);
        Ok(Some(match previous {
            Some(old) => SemanticTokensFullDeltaResult::TokensDelta(SemanticTokensDelta {
                result_id: Some(result_id),
                edits: convert::token_edits(&old, &data),
            }),
            None => SemanticTokensFullDeltaResult::Tokens(SemanticTokens {
                result_id: Some(result_id),
                data: data.to_vec(),
            }),
        }))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let Some(snap) = self.snapshot(&params.text_document.uri) else { return Ok(None) };
        let within = convert::span(&snap.index, params.range, self.encoding());
        let data = convert::semantic_tokens(&snap, within, self.encoding());
        Ok(Some(SemanticTokensRangeResult::Tokens(SemanticTokens { result_id: None, data })))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let Some(snap) = self.snapshot(&p.text_document.uri) else { return Ok(None) };
        let offset = convert::offset(&snap.index, p.position, self.encoding());
        Ok(snap.analysis.mention_at(offset).map(|m| convert::hover(&snap, m, self.encoding())))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(snap) = self.snapshot(&uri) else { return Ok(None) };
        let within = convert::span(&snap.index, params.range, self.encoding());
        let mut actions = convert::code_actions(&snap, &uri, within, snap.ctx.config.markdown, self.encoding());
        // The overlay file the article's copydesk.toml names, as it is now.
        if let Some(path) = snap.ctx.config.kb_overlay.as_deref() {
            let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            let overlay_uri = crate::input::uri_reference(&path.to_string_lossy()).parse::<Uri>();
            if let (Ok(text), Ok(overlay_uri)) = (std::fs::read_to_string(&path), overlay_uri) {
                actions.extend(convert::add_to_knowledge(&snap, within, &overlay_uri, &text, self.encoding()));
            }
        }
        Ok(Some(actions))
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        let Some(snap) = self.snapshot(&params.text_document.uri) else { return Ok(None) };
        let enc = self.encoding();
        #[allow(deprecated)]
        let symbols = snap
            .analysis
            .entities(&snap.text)
            .into_iter()
            .filter(|(_, mentions)| {
                !matches!(mentions[0].kind, Kind::Date | Kind::Money | Kind::Percent | Kind::Quantity)
            })
            .map(|(name, mentions)| {
                let first = mentions[0];
                let range = convert::range(&snap.index, first.span, enc);
                DocumentSymbol {
                    name,
                    detail: Some(format!(
                        "{}, {} mention{}",
                        first.kind.as_str(),
                        mentions.len(),
                        if mentions.len() == 1 { "" } else { "s" }
                    )),
                    kind: convert::symbol_kind(first.kind),
                    tags: None,
                    deprecated: None,
                    range,
                    selection_range: range,
                    children: None,
                }
            })
            .collect();
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    async fn document_highlight(&self, params: DocumentHighlightParams) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some(snap) = self.snapshot(&p.text_document.uri) else { return Ok(None) };
        let offset = convert::offset(&snap.index, p.position, self.encoding());
        let Some(m) = snap.analysis.mention_at(offset) else { return Ok(None) };
        let highlights = snap
            .analysis
            .mentions_of(m, &snap.text)
            .into_iter()
            .map(|o| DocumentHighlight {
                range: convert::range(&snap.index, o.span, self.encoding()),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect();
        Ok(Some(highlights))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let Some(snap) = self.snapshot(&uri) else { return Ok(None) };
        let offset = convert::offset(&snap.index, p.position, self.encoding());
        let Some(m) = snap.analysis.mention_at(offset) else { return Ok(None) };
        let locations = snap
            .analysis
            .mentions_of(m, &snap.text)
            .into_iter()
            .map(|o| Location { uri: uri.clone(), range: convert::range(&snap.index, o.span, self.encoding()) })
            .collect();
        Ok(Some(locations))
    }

    async fn prepare_rename(&self, params: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        let Some(snap) = self.snapshot(&params.text_document.uri) else { return Ok(None) };
        let offset = convert::offset(&snap.index, params.position, self.encoding());
        let Some(m) = snap
            .analysis
            .mention_at(offset)
            .filter(|m| matches!(m.kind, Kind::Person | Kind::Organization | Kind::Place))
        else {
            return Ok(None);
        };
        Ok(Some(PrepareRenameResponse::RangeWithPlaceholder {
            range: convert::range(&snap.index, m.span, self.encoding()),
            placeholder: m.canonical.as_deref().unwrap_or_else(|| m.span.slice(&snap.text)).to_string(),
        }))
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let Some(snap) = self.snapshot(&uri) else { return Ok(None) };
        let offset = convert::offset(&snap.index, p.position, self.encoding());
        let Some(m) = snap.analysis.mention_at(offset) else { return Ok(None) };
        let canonical = m.canonical.as_deref().unwrap_or_else(|| m.span.slice(&snap.text));
        let new_name = params.new_name.trim();
        let old_last = canonical.split_whitespace().last().unwrap_or("");
        let new_last = new_name.split_whitespace().last().unwrap_or(new_name);
        // The full name becomes the new full name; a surname alone becomes
        // the new surname. Inflected forms are left for a person to edit.
        let edits = snap
            .analysis
            .mentions_of(m, &snap.text)
            .into_iter()
            .filter_map(|o| {
                let written = o.span.slice(&snap.text);
                let replacement = if written == canonical {
                    new_name
                } else if written == old_last {
                    new_last
                } else {
                    return None;
                };
                Some(TextEdit {
                    range: convert::range(&snap.index, o.span, self.encoding()),
                    new_text: replacement.to_string(),
                })
            })
            .collect();
        Ok(Some(convert::workspace_edit(&uri, edits)))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let Some(snap) = self.snapshot(&params.text_document.uri) else { return Ok(None) };
        let enc = self.encoding();
        let within = convert::span(&snap.index, params.range, enc);
        let hints = snap
            .analysis
            .mentions
            .iter()
            .filter(|m| m.span.overlaps(within))
            .filter_map(|m| {
                let Some(Value::Date(d)) = &m.value else { return None };
                let value = d.value.as_ref().filter(|_| d.relative)?;
                Some(InlayHint {
                    position: convert::position(&snap.index, m.span.end, enc),
                    label: InlayHintLabel::String(format!(" {value}")),
                    kind: None,
                    text_edits: None,
                    tooltip: Some(InlayHintTooltip::String("resolved against the publication date".to_string())),
                    padding_left: Some(false),
                    padding_right: Some(false),
                    data: None,
                })
            })
            .collect();
        Ok(Some(hints))
    }

    async fn symbol(&self, params: WorkspaceSymbolParams) -> Result<Option<WorkspaceSymbolResponse>> {
        let query = params.query.to_lowercase();
        let mut out = Vec::new();
        for key in self.docs.uris() {
            let Ok(uri) = key.parse::<Uri>() else { continue };
            let Some(snap) = self.snapshot(&uri) else { continue };
            for (name, mentions) in snap.analysis.entities(&snap.text) {
                let first = mentions[0];
                if matches!(first.kind, Kind::Date | Kind::Money | Kind::Percent | Kind::Quantity)
                    || !name.to_lowercase().contains(&query)
                {
                    continue;
                }
                #[allow(deprecated)]
                out.push(SymbolInformation {
                    name,
                    kind: convert::symbol_kind(first.kind),
                    tags: None,
                    deprecated: None,
                    location: Location {
                        uri: uri.clone(),
                        range: convert::range(&snap.index, first.span, self.encoding()),
                    },
                    container_name: Some(first.kind.as_str().to_string()),
                });
            }
        }
        // Articles on disk that are not open, from the workspace index.
        let open: Vec<String> =
            self.docs.uris().iter().filter_map(|u| u.parse::<Uri>().ok()).map(|u| article_key(&u)).collect();
        for (uri, entry) in self.workspace.find(&query, &open) {
            #[allow(deprecated)]
            out.push(SymbolInformation {
                name: entry.name,
                kind: convert::symbol_kind(entry.kind),
                tags: None,
                deprecated: None,
                location: Location { uri, range: entry.range },
                container_name: Some(entry.kind.as_str().to_string()),
            });
        }
        Ok(Some(WorkspaceSymbolResponse::Flat(out)))
    }
}
