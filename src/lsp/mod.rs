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

/// glibc gives each thread that allocates under contention an arena of its
/// own and rarely hands their memory back: with a 1 MB article edited a
/// hundred times the server sat at 100 MB, 60 MB with two arenas, at the
/// same speed (analyses are one per core and allocate little against the
/// work they do). The batch checker keeps the default. Call it before the
/// runtime starts its threads.
pub fn cap_allocator_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tunable of the allocator, which glibc
    // reads under its own locks.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}
