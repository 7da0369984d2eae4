//! The language server: converts between LSP and the analysis, nothing else.

/// Serves LSP over stdin/stdout until the client exits.
pub async fn serve_stdio() {}
