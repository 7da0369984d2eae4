//! Conversions between the analysis and LSP types, and nothing else. Every
//! position goes through the snapshot's [`LineIndex`] in the negotiated
//! encoding.

use super::documents::Snapshot;
use crate::checks::{Applicability, Finding, Severity};
use crate::recognize::{Kind, Mention};
use crate::text::{LineCol, LineIndex, PositionCursor, PositionEncoding};
use crate::{Span, describe};
use std::sync::Arc;
use tower_lsp_server::ls_types::{
    self as lsp, CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, Location, NumberOrString, Position, Range, SemanticToken, SemanticTokenType, TextEdit, Uri,
    WorkspaceEdit,
};

/// The semantic token types, in the order of [`Kind::ALL`].
pub fn token_types() -> Vec<SemanticTokenType> {
    Kind::ALL.iter().map(|k| SemanticTokenType::new(k.as_str())).collect()
}

/// An LSP position from a byte offset.
pub fn position(index: &LineIndex, offset: usize, enc: PositionEncoding) -> Position {
    let p = index.position(offset, enc);
    Position { line: p.line, character: p.col }
}

/// An LSP range from a span.
pub fn range(index: &LineIndex, span: Span, enc: PositionEncoding) -> Range {
    Range { start: position(index, span.start, enc), end: position(index, span.end, enc) }
}

/// A byte offset from an LSP position, clamped.
pub fn offset(index: &LineIndex, pos: Position, enc: PositionEncoding) -> usize {
    index.offset(line_col(pos), enc)
}

/// The analysis's position type from LSP's.
pub fn line_col(pos: Position) -> LineCol {
    LineCol { line: pos.line, col: pos.character }
}

/// A span from an LSP range, clamped and ordered.
pub fn span(index: &LineIndex, r: Range, enc: PositionEncoding) -> Span {
    let (a, b) = (offset(index, r.start, enc), offset(index, r.end, enc));
    Span::new(a.min(b), a.max(b))
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// A finding as an LSP diagnostic.
pub fn diagnostic(f: &Finding, snap: &Snapshot, uri: &Uri, enc: PositionEncoding) -> Diagnostic {
    let related = (!f.related.is_empty()).then(|| {
        f.related
            .iter()
            .map(|r| DiagnosticRelatedInformation {
                location: Location { uri: uri.clone(), range: range(&snap.index, r.span, enc) },
                message: r.message.clone(),
            })
            .collect()
    });
    Diagnostic {
        range: range(&snap.index, f.span, enc),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.code.to_string())),
        code_description: snap
            .ctx
            .config
            .rule_docs_for(f.code)
            .and_then(|href| href.parse::<Uri>().ok())
            .map(|href| lsp::CodeDescription { href }),
        source: Some("copydesk".to_string()),
        message: f.message.clone(),
        related_information: related,
        ..Diagnostic::default()
    }
}

/// Every diagnostic of a snapshot.
pub fn diagnostics(snap: &Snapshot, uri: &Uri, enc: PositionEncoding) -> Vec<Diagnostic> {
    snap.analysis.findings.iter().map(|f| diagnostic(f, snap, uri, enc)).collect()
}

/// Semantic tokens for the mentions overlapping `within`, encoded relative
/// to each other as LSP requires. A mention across lines becomes one token
/// per line.
pub fn semantic_tokens(snap: &Snapshot, within: Span, enc: PositionEncoding) -> Vec<SemanticToken> {
    let mut out = Vec::new();
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    let mut starts = PositionCursor::new(&snap.text, &snap.index, enc);
    let mut ends = PositionCursor::new(&snap.text, &snap.index, enc);
    for m in snap
        .analysis
        .mentions
        .iter()
        .filter(|m| m.span.overlaps(within) || (m.span.start >= within.start && m.span.end <= within.end))
    {
        let token_type = Kind::ALL.iter().position(|k| *k == m.kind).unwrap_or(0) as u32;
        let start = starts.position(m.span.start);
        let end = ends.position(m.span.end);
        for line in start.line..=end.line {
            let from = if line == start.line { start.col } else { 0 };
            let to = if line == end.line {
                end.col
            } else {
                let line_span = snap.index.line_span(line as usize);
                snap.index.position(line_span.end, enc).col
            };
            if to <= from {
                continue;
            }
            let delta_line = line - prev_line;
            let delta_start = if delta_line == 0 { from - prev_col } else { from };
            out.push(SemanticToken {
                delta_line,
                delta_start,
                length: to - from,
                token_type,
                token_modifiers_bitset: 0,
            });
            prev_line = line;
            prev_col = from;
        }
    }
    out
}

/// The whole document's semantic tokens, made once per snapshot.
pub fn document_tokens(snap: &Snapshot, enc: PositionEncoding) -> Arc<Vec<SemanticToken>> {
    let tokens = snap.tokens.get_or_init(|| Arc::new(semantic_tokens(snap, Span::new(0, snap.text.len()), enc)));
    Arc::clone(tokens)
}

/// The one edit that turns `old` tokens into `new`: what lies between
/// their common prefix and common suffix. Offsets count integers, five
/// per token, as the specification says.
pub fn token_edits(old: &[SemanticToken], new: &[SemanticToken]) -> Vec<lsp::SemanticTokensEdit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    if prefix == old.len() && prefix == new.len() {
        return Vec::new();
    }
    vec![lsp::SemanticTokensEdit {
        start: (prefix * 5) as u32,
        delete_count: ((old.len() - prefix - suffix) * 5) as u32,
        data: Some(new[prefix..new.len() - suffix].to_vec()),
    }]
}

/// The Markdown hover card of a mention.
pub fn hover(snap: &Snapshot, m: &Mention, enc: PositionEncoding) -> lsp::Hover {
    let value = describe::describe(m, &snap.analysis, &snap.text, &snap.ctx.kb);
    lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent { kind: lsp::MarkupKind::Markdown, value }),
        range: Some(range(&snap.index, m.span, enc)),
    }
}

/// Quick fixes and "disable for this line" for the findings in `within`.
pub fn code_actions(
    snap: &Snapshot,
    uri: &Uri,
    within: Span,
    markdown: bool,
    enc: PositionEncoding,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    for f in snap.analysis.findings.iter().filter(|f| f.span.overlaps(within) || f.span.touches(within.start)) {
        let diag = diagnostic(f, snap, uri, enc);
        if let Some(fix) = &f.fix {
            let edits = fix
                .edits
                .iter()
                .map(|e| TextEdit { range: range(&snap.index, e.span, enc), new_text: e.text.clone() })
                .collect();
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diag.clone()]),
                edit: Some(workspace_edit(uri, edits)),
                is_preferred: Some(fix.applicability == Applicability::Safe),
                ..CodeAction::default()
            }));
        }
        // A suppression comment on its own line before the finding's line,
        // with that line's indentation and line ending.
        let pos = snap.index.position(f.span.start, PositionEncoding::Utf8);
        let line = snap.index.line_span(pos.line as usize);
        let line_text = line.slice(&snap.text);
        let indent: String = line_text.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
        let newline = if snap.text[line.end..].starts_with("\r\n") {
            "\r\n"
        } else if snap.text[line.end..].starts_with('\r') {
            "\r"
        } else {
            "\n"
        };
        let comment = if markdown {
            format!("{indent}<!-- copydesk-disable-next-line {} -->{newline}", f.code)
        } else {
            format!("{indent}[copydesk: ignore {}]{newline}", f.code)
        };
        let at = position(&snap.index, line.start, enc);
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!("Disable {} for this line", f.code),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![diag]),
            edit: Some(workspace_edit(uri, vec![TextEdit { range: Range { start: at, end: at }, new_text: comment }])),
            is_preferred: Some(false),
            ..CodeAction::default()
        }));
    }
    out
}

/// Edits to one document.
pub fn workspace_edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    let mut changes = std::collections::HashMap::new();
    changes.insert(uri.clone(), edits);
    WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }
}

/// The symbol kind shown for an entity kind.
pub fn symbol_kind(kind: Kind) -> lsp::SymbolKind {
    match kind {
        Kind::Person => lsp::SymbolKind::OBJECT,
        Kind::Country => lsp::SymbolKind::NAMESPACE,
        Kind::Place => lsp::SymbolKind::PACKAGE,
        Kind::Organization => lsp::SymbolKind::CLASS,
        Kind::Date => lsp::SymbolKind::EVENT,
        Kind::Money | Kind::Percent | Kind::Quantity => lsp::SymbolKind::NUMBER,
    }
}

/// "Add this name to the workspace knowledge": for each person in `within`
/// that no knowledge links, an edit appending a `[[person]]` entry to the
/// overlay file (`overlay_uri`, whose current text is `overlay`). The
/// newsroom then fills in offices and spellings; the name is recognized and
/// shown on hover from then on.
pub fn add_to_knowledge(
    snap: &Snapshot,
    within: Span,
    overlay_uri: &Uri,
    overlay: &str,
    enc: PositionEncoding,
) -> Vec<CodeActionOrCommand> {
    let file = overlay_uri.as_str().rsplit('/').next().unwrap_or("the overlay");
    let end = LineIndex::new(overlay).position(overlay.len(), enc);
    let end = Position { line: end.line, character: end.col };
    let separator = match overlay {
        "" => "",
        t if t.ends_with("\n\n") => "",
        t if t.ends_with('\n') => "\n",
        _ => "\n\n",
    };
    let mut names: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for m in snap.analysis.mentions.iter().filter(|m| m.kind == Kind::Person && m.entity.is_none()) {
        if !(m.span.overlaps(within) || m.span.touches(within.start)) {
            continue;
        }
        let name = m.canonical.as_deref().unwrap_or_else(|| m.span.slice(&snap.text)).to_string();
        if names.contains(&name) {
            continue;
        }
        let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
        let entry = format!("{separator}[[person]]\nname = \"{quoted}\"\n");
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!("Add \"{name}\" to the workspace knowledge ({file})"),
            kind: Some(CodeActionKind::REFACTOR),
            edit: Some(workspace_edit(
                overlay_uri,
                vec![TextEdit { range: Range { start: end, end }, new_text: entry }],
            )),
            ..CodeAction::default()
        }));
        names.push(name);
    }
    out
}
