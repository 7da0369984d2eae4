//! Recognition one block of paragraphs at a time. What the date and figure
//! patterns, the gazetteer, the tokenizer and the runs of capitalised words
//! find in a block depends on that block alone, so an edit re-reads only
//! the block it touches, and the document-wide passes (coreference, lists,
//! acronyms) then run over all. Blocks, not single paragraphs: each
//! recognizer's search has a fixed cost, which a 5 KB article would pay
//! twenty times over.

use super::names::{self, BlockNames, StoredToken, Token};
use super::{Input, Kind, Mention, PARALLEL_FROM};
use crate::Span;
use crate::text::{Metadata, Pieces, Structure};
use std::sync::Arc;

/// What one block holds by itself, its spans counted from the block's
/// start.
#[derive(Debug, Default)]
pub(super) struct Local {
    found: Vec<Mention>,
    tokens: Vec<StoredToken>,
    names: BlockNames,
}

/// What the blocks of earlier versions of a document hold, by the block's
/// text.
#[derive(Debug, Default)]
pub struct ParagraphCache {
    kept: Pieces<Arc<Local>>,
}

impl ParagraphCache {
    /// Forgets every block: what they hold was read with another language,
    /// publication date or knowledge base.
    pub fn clear(&mut self) {
        self.kept.clear();
    }
}

/// What every block of `input.text` holds, moved to its place in the text:
/// the mentions found, the tokens, and the names in runs. Blocks `cache`
/// holds are not read again; the ones read are kept in it.
pub(super) fn recognize<'t>(
    input: &Input<'t>,
    parallel: bool,
    cache: Option<&mut ParagraphCache>,
) -> (Vec<Mention>, Vec<Token<'t>>, BlockNames) {
    let text = input.text;
    let spans = blocks(text);
    let mut out = Assembled::default();
    let Some(cache) = cache else {
        // Nothing to keep: what is read is moved into place, not copied.
        for (span, local) in spans.iter().zip(read_all(input, &spans, parallel)) {
            out.take(text, *span, local);
        }
        return (out.found, out.tokens, out.runs);
    };
    cache.kept.begin();
    let mut locals: Vec<Option<Arc<Local>>> = spans.iter().map(|s| cache.kept.get(s.slice(text))).collect();
    let missing: Vec<Span> = spans.iter().zip(&locals).filter(|(_, l)| l.is_none()).map(|(s, _)| *s).collect();
    let mut read = read_all(input, &missing, parallel).into_iter();
    for (span, local) in spans.iter().zip(locals.iter_mut()).filter(|(_, l)| l.is_none()) {
        let Some(fresh) = read.next().map(Arc::new) else { break };
        cache.kept.insert(span.slice(text), Arc::clone(&fresh));
        *local = Some(fresh);
    }
    // Reserved once: grown piece by piece, a 1 MB document's mentions
    // were copied over and over.
    out.found.reserve(locals.iter().flatten().map(|l| l.found.len()).sum());
    out.tokens.reserve(locals.iter().flatten().map(|l| l.tokens.len()).sum());
    for (span, local) in spans.iter().zip(&locals) {
        if let Some(local) = local {
            out.copy(text, *span, local);
        }
    }
    (out.found, out.tokens, out.runs)
}

/// The blocks' findings put together, each moved to its block's place.
#[derive(Default)]
struct Assembled<'t> {
    found: Vec<Mention>,
    tokens: Vec<Token<'t>>,
    runs: BlockNames,
}

impl<'t> Assembled<'t> {
    fn take(&mut self, text: &'t str, span: Span, local: Local) {
        let Local { mut found, tokens, names } = local;
        found.iter_mut().for_each(|m| m.move_by(span.start));
        self.found.append(&mut found);
        self.tokens.extend(tokens.iter().filter_map(|t| t.restored(text, span.start)));
        self.runs.append_moved(names, span.start);
    }

    fn copy(&mut self, text: &'t str, span: Span, local: &Local) {
        self.found.extend(local.found.iter().map(|m| m.moved(span.start)));
        self.tokens.extend(local.tokens.iter().filter_map(|t| t.restored(text, span.start)));
        self.runs.extend_moved(&local.names, span.start);
    }
}

/// Reads each of `spans`, on two threads when `parallel` and they are
/// long enough for a thread to pay; the results come in their order.
fn read_all(input: &Input<'_>, spans: &[Span], parallel: bool) -> Vec<Local> {
    let bytes: usize = spans.iter().map(|s| s.len()).sum();
    if !parallel || bytes < PARALLEL_FROM {
        return spans.iter().map(|s| read(input, s.slice(input.text))).collect();
    }
    crate::two_threads::map(spans, |s| read(input, s.slice(input.text)))
}

/// What one block, `text`, holds by itself.
fn read(input: &Input<'_>, text: &str) -> Local {
    // The block's recognizers read neither the document's structure
    // nor its metadata: those are the document-wide passes' to read.
    let structure = Structure::default();
    let metadata = Metadata::default();
    let input = Input {
        text,
        language: input.language,
        structure: &structure,
        metadata: &metadata,
        published: input.published,
        kb: input.kb,
    };
    let mut found = super::patterns(&input);
    // Where a knowledge-base name may start, for every matcher that looks.
    // A word starts every six bytes or so.
    let mut starts = Vec::with_capacity(text.len() / 4);
    starts.extend(crate::text::word_starts(text));
    input.kb.gazetteer().recognize(&input, &starts, &mut found);
    super::airlines::recognize(text, &mut found);
    // Sorted here, where it is kept: the blocks put together are then in
    // order, and the document's sort has nothing left to do.
    found.sort_by_key(|m| m.span);
    let tokens = names::tokens(text);
    let mut countries: Vec<Span> = found.iter().filter(|m| m.kind == Kind::Country).map(|m| m.span).collect();
    countries.sort();
    let names = names::in_block(&input, &tokens, &countries, &starts);
    Local { found, tokens: tokens.iter().map(Token::stored).collect(), names }
}

/// Blocks end after about one paragraph in this many.
const PARAGRAPHS_PER_BLOCK: usize = 8;

/// A block this long ends at its next paragraph's end, whatever that is.
const LONGEST_BLOCK: usize = 64 * 1024;

/// The blocks of `text`: runs of paragraphs, each ending after a paragraph
/// chosen by its own text (one in [`PARAGRAPHS_PER_BLOCK`]). The choice
/// depends on no offset, so an edit moves the ends of no block but its
/// own, and the text analysed whole or edited is cut the same way.
fn blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<Span> = None;
    for p in paragraphs(text) {
        let block = Span::new(open.map_or(p.start, |o| o.start), p.end);
        if ends_block(p.slice(text)) || block.len() >= LONGEST_BLOCK {
            out.push(block);
            open = None;
        } else {
            open = Some(block);
        }
    }
    out.extend(open);
    out
}

/// Whether a block ends after this paragraph: by a hash of its last bytes
/// (FNV-1a), so that an edit inside a paragraph leaves the choice as it was.
fn ends_block(paragraph: &str) -> bool {
    let bytes = paragraph.as_bytes();
    let tail = &bytes[bytes.len().saturating_sub(16)..];
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in tail {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    hash.is_multiple_of(PARAGRAPHS_PER_BLOCK as u64)
}

/// The paragraphs of `text`: runs of lines that are not blank, from the
/// first line's start to the last one's end, without its line break.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<Span> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let content = line.strip_suffix('\n').map_or(line, |l| l.strip_suffix('\r').unwrap_or(l));
        if content.trim().is_empty() {
            out.extend(open.take());
            continue;
        }
        let end = start + content.len();
        open = Some(Span::new(open.map_or(start, |o| o.start), end));
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_runs_of_lines_that_are_not_blank() {
        let text = "Title\r\n\r\nOne line\nand another.\n  \t\nLast";
        let got: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["Title", "One line\nand another.", "Last"]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n \n").is_empty());
    }

    #[test]
    fn an_edit_moves_no_block_but_its_own() {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut text = String::new();
        for entry in std::fs::read_dir(seeds).expect("seeds/").filter_map(Result::ok) {
            text.push_str(&std::fs::read_to_string(entry.path()).expect("seed"));
            text.push_str("\n\n");
        }
        let before: Vec<&str> = blocks(&text).iter().map(|s| s.slice(&text)).collect();
        assert!(before.len() > 3, "the seeds make several blocks");
        // One letter added in the middle block's first paragraph.
        let middle = blocks(&text)[before.len() / 2];
        let mut edited = text.clone();
        edited.insert(middle.start + 1, 'x');
        let after: Vec<&str> = blocks(&edited).iter().map(|s| s.slice(&edited)).collect();
        let changed = after.iter().filter(|b| !before.contains(b)).count();
        assert_eq!(changed, 1, "only the edited block differs");
        assert_eq!(after.len(), before.len());
    }
}
