//! The language server: LSP over stdio on tower-lsp-server. `documents`
//! keeps the open texts and their analyses, `convert` translates between
//! the analysis and LSP, `server` holds the thin handlers, `transport`
//! drops malformed frames before they reach the protocol layer, and
//! `workspace` indexes the articles on disk for what crosses articles.

mod convert;
mod documents;
mod server;
mod transport;
mod workspace;

use tower_lsp_server::{LspService, Server};

/// Serves LSP over stdin/stdout until the client exits.
pub async fn serve_stdio() {
    let stdin = transport::checked(tokio::io::stdin());
    let stdout = tokio::io::stdout();
    let (service, socket) = LspService::new(server::Backend::new);
    Server::new(stdin, stdout, socket).serve(service).await;
}
