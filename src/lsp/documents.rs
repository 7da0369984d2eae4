//! Open documents: their text as a rope, their version, and their newest
//! analysis.
//!
//! tower-lsp-server runs up to four notifications at once, so two
//! `didChange` notifications can reach their handlers out of order. Edits
//! are therefore applied strictly in version order: an edit whose
//! predecessor has not arrived waits in `pending`, and is applied when the
//! predecessor comes or, if the client skipped versions (Neovim's
//! `changedtick` may), when [`Documents::flush`] is called after a short
//! wait. All of it happens under a plain mutex, never across an `.await`.

use crate::analysis::{Analysis, Context, Reuse, analyze, analyze_reusing};
use crate::text::{LineCol, LineIndex, PositionEncoding};
use ropey::Rope;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use tower_lsp_server::ls_types::SemanticToken;

/// One edit from the client, its positions not yet converted.
#[derive(Debug, Clone)]
pub struct Change {
    /// The replaced range, or `None` to replace the whole text.
    pub range: Option<(LineCol, LineCol)>,
    /// The new text.
    pub text: String,
}

/// An immutable analysis of one version of a document.
#[derive(Debug)]
pub struct Snapshot {
    /// The document version it analyses.
    pub version: i32,
    /// The text it analyses.
    pub text: String,
    /// Positions of that text.
    pub index: LineIndex,
    /// The analysis.
    pub analysis: Analysis,
    /// The context it was analysed in.
    pub ctx: Context,
    /// The whole document's semantic tokens in the session's position
    /// encoding, made once, by the analysis task (so that the editor's
    /// request only reads them). Shared with the record of what was sent,
    /// which the next delta is computed against.
    pub tokens: OnceLock<Arc<Vec<SemanticToken>>>,
}

#[derive(Debug)]
struct Document {
    rope: Rope,
    version: i32,
    ctx: Context,
    pending: BTreeMap<i32, Vec<Change>>,
    snapshot: Option<Arc<Snapshot>>,
    /// What the last analysis read, for the next one to reuse.
    reuse: Arc<Mutex<Reuse>>,
}

/// What [`Documents::change`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The document is now at this version.
    UpTo(i32),
    /// The edit waits for an earlier one; flush after a short wait.
    Waiting,
    /// The edit was older than the document, or the document is not open.
    Ignored,
}

/// Every open document, by URI.
#[derive(Debug, Default)]
pub struct Documents {
    docs: Mutex<HashMap<String, Document>>,
}

impl Documents {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, Document>> {
        // A panic while holding the lock cannot leave a half-applied edit
        // (edits are applied to a copy first), so a poisoned lock is safe.
        self.docs.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Opens (or reopens) a document.
    pub fn open(&self, uri: &str, text: &str, version: i32, ctx: Context) {
        let doc = Document {
            rope: Rope::from_str(text),
            version,
            ctx,
            pending: BTreeMap::new(),
            snapshot: None,
            reuse: Arc::default(),
        };
        self.lock().insert(uri.to_string(), doc);
    }

    /// Closes a document.
    pub fn close(&self, uri: &str) {
        self.lock().remove(uri);
    }

    /// The URIs of the open documents.
    pub fn uris(&self) -> Vec<String> {
        self.lock().keys().cloned().collect()
    }

    /// Replaces the context of every open document (the configuration
    /// changed) and drops their analyses.
    pub fn set_context(&self, update: impl Fn(&str, &Context) -> Context) {
        for (uri, doc) in self.lock().iter_mut() {
            doc.ctx = update(uri, &doc.ctx);
            doc.snapshot = None;
        }
    }

    /// Takes the edits of `version`, applying them and every waiting edit
    /// that follows in order.
    pub fn change(&self, uri: &str, version: i32, changes: Vec<Change>, encoding: PositionEncoding) -> Applied {
        let mut docs = self.lock();
        let Some(doc) = docs.get_mut(uri) else { return Applied::Ignored };
        if version <= doc.version {
            return Applied::Ignored;
        }
        doc.pending.insert(version, changes);
        while let Some(entry) = doc.pending.first_entry() {
            if *entry.key() != doc.version + 1 {
                break;
            }
            let (v, changes) = entry.remove_entry();
            apply(&mut doc.rope, &changes, encoding);
            doc.version = v;
        }
        if doc.pending.is_empty() { Applied::UpTo(doc.version) } else { Applied::Waiting }
    }

    /// Applies every waiting edit in version order, accepting that the
    /// client skipped the versions between them.
    pub fn flush(&self, uri: &str, encoding: PositionEncoding) -> Option<i32> {
        let mut docs = self.lock();
        let doc = docs.get_mut(uri)?;
        if doc.pending.is_empty() {
            return None;
        }
        for (v, changes) in std::mem::take(&mut doc.pending) {
            apply(&mut doc.rope, &changes, encoding);
            doc.version = v;
        }
        Some(doc.version)
    }

    /// The document's version, if it is open.
    pub fn version(&self, uri: &str) -> Option<i32> {
        self.lock().get(uri).map(|d| d.version)
    }

    /// The newest analysis if it is of the current version.
    pub fn current(&self, uri: &str) -> Option<Arc<Snapshot>> {
        let docs = self.lock();
        let doc = docs.get(uri)?;
        doc.snapshot.as_ref().filter(|s| s.version == doc.version).cloned()
    }

    /// What an analysis of the current version needs: a cheap clone of the
    /// rope, the version, the context and what the last analysis read.
    pub fn work(&self, uri: &str) -> Option<(Rope, i32, Context, Arc<Mutex<Reuse>>)> {
        let docs = self.lock();
        let doc = docs.get(uri)?;
        Some((doc.rope.clone(), doc.version, doc.ctx.clone(), Arc::clone(&doc.reuse)))
    }

    /// Stores an analysis if its version is still current; a stale one is
    /// dropped. Returns whether it was stored.
    pub fn store(&self, uri: &str, snapshot: Arc<Snapshot>) -> bool {
        let mut docs = self.lock();
        match docs.get_mut(uri) {
            Some(doc) if doc.version == snapshot.version => {
                doc.snapshot = Some(snapshot);
                true
            }
            _ => false,
        }
    }

    /// The analysis of the current version, computed now if needed.
    pub fn snapshot(&self, uri: &str) -> Option<Arc<Snapshot>> {
        if let Some(s) = self.current(uri) {
            return Some(s);
        }
        let (rope, version, ctx, reuse) = self.work(uri)?;
        let snapshot = Arc::new(analyse(rope, version, ctx, Some(&reuse)));
        self.store(uri, Arc::clone(&snapshot));
        Some(snapshot)
    }

    /// The document's text now.
    #[cfg(test)]
    pub fn text(&self, uri: &str) -> Option<String> {
        self.lock().get(uri).map(|d| d.rope.to_string())
    }
}

/// Analyses one version of a document, reusing what an earlier analysis
/// of it read unless another analysis of it is using that now.
pub fn analyse(rope: Rope, version: i32, ctx: Context, reuse: Option<&Mutex<Reuse>>) -> Snapshot {
    let text = rope.to_string();
    let kept = reuse.and_then(|r| match r.try_lock() {
        Ok(guard) => Some(guard),
        // What is kept is replaced whole, never half-written: a panic
        // elsewhere leaves it usable.
        Err(std::sync::TryLockError::Poisoned(e)) => Some(e.into_inner()),
        Err(std::sync::TryLockError::WouldBlock) => None,
    });
    let analysis = match kept {
        Some(mut reuse) => analyze_reusing(&text, &ctx, &mut reuse),
        None => analyze(&text, &ctx),
    };
    Snapshot { version, text, index: LineIndex::from_rope(rope), analysis, ctx, tokens: OnceLock::new() }
}

/// Applies edits to a rope; positions are clamped, so no client input can
/// make it panic.
fn apply(rope: &mut Rope, changes: &[Change], encoding: PositionEncoding) {
    for change in changes {
        match change.range {
            None => *rope = Rope::from_str(&change.text),
            Some((start, end)) => {
                let index = LineIndex::from_rope(rope.clone());
                let (a, b) = (index.offset(start, encoding), index.offset(end, encoding));
                let (a, b) = (a.min(b), a.max(b));
                let (ca, cb) = (rope.byte_to_char(a), rope.byte_to_char(b));
                rope.remove(ca..cb);
                rope.insert(ca, &change.text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> LineCol {
        LineCol { line, col }
    }

    fn edit(a: (u32, u32), b: (u32, u32), text: &str) -> Vec<Change> {
        vec![Change { range: Some((at(a.0, a.1), at(b.0, b.1))), text: text.to_string() }]
    }

    #[test]
    fn edits_apply_in_version_order_even_when_they_arrive_out_of_order() {
        let docs = Documents::default();
        docs.open("u", "abc", 1, Context::default());
        let enc = PositionEncoding::Utf16;
        // Version 3 inserts at the end of what version 2 produced.
        assert_eq!(docs.change("u", 3, edit((0, 4), (0, 4), "Y"), enc), Applied::Waiting);
        assert_eq!(docs.text("u").as_deref(), Some("abc"));
        assert_eq!(docs.change("u", 2, edit((0, 3), (0, 3), "X"), enc), Applied::UpTo(3));
        assert_eq!(docs.text("u").as_deref(), Some("abcXY"));
        assert_eq!(docs.change("u", 3, edit((0, 0), (0, 0), "Z"), enc), Applied::Ignored, "stale");
    }

    #[test]
    fn skipped_versions_are_flushed() {
        let docs = Documents::default();
        docs.open("u", "abc", 1, Context::default());
        let enc = PositionEncoding::Utf16;
        assert_eq!(docs.change("u", 5, edit((0, 0), (0, 0), ">"), enc), Applied::Waiting);
        assert_eq!(docs.flush("u", enc), Some(5));
        assert_eq!(docs.text("u").as_deref(), Some(">abc"));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Applies one UTF-16 edit to a `String` the way the LSP
        /// specification defines it, as an independent model.
        fn model_apply(text: &str, (l0, c0, l1, c1): (u32, u32, u32, u32), new: &str) -> String {
            let index = LineIndex::new(text);
            let a = index.offset(LineCol { line: l0, col: c0 }, PositionEncoding::Utf16);
            let b = index.offset(LineCol { line: l1, col: c1 }, PositionEncoding::Utf16);
            let (a, b) = (a.min(b), a.max(b));
            format!("{}{new}{}", &text[..a], &text[b..])
        }

        fn piece() -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                "",
                "a",
                "Qatar ",
                "قطر",
                "😀",
                "\r\n",
                "\n",
                "\r",
                "Monday, 16 June 2024. ",
                "$1 million ",
            ])
            .prop_map(str::to_string)
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

            /// Every sequence of incremental edits leaves the text, and so the
            /// analysis, that a fresh open of the final text would give.
            #[test]
            fn incremental_edits_equal_a_full_reread(edits in prop::collection::vec(((0u32..4, 0u32..30, 0u32..4, 0u32..30), piece()), 1..40)) {
                let docs = Documents::default();
                let mut model = "Azerbaijan and Qatar.\r\nأذربيجان 🇦🇿\nBaku".to_string();
                docs.open("u", &model, 0, Context::default());
                for (i, (range, new)) in edits.iter().enumerate() {
                    let change = Change { range: Some((LineCol { line: range.0, col: range.1 }, LineCol { line: range.2, col: range.3 })), text: new.clone() };
                    docs.change("u", i as i32 + 1, vec![change], PositionEncoding::Utf16);
                    model = model_apply(&model, *range, new);
                }
                prop_assert_eq!(docs.text("u").unwrap(), model.clone());
                let incremental = docs.snapshot("u").unwrap();
                let fresh = analyze(&model, &Context::default());
                prop_assert_eq!(&incremental.analysis.mentions, &fresh.mentions);
                prop_assert_eq!(&incremental.analysis.findings, &fresh.findings);
            }
        }
    }

    #[test]
    fn out_of_range_edits_are_clamped() {
        let docs = Documents::default();
        docs.open("u", "أذربيجان\r\nQatar", 1, Context::default());
        docs.change("u", 2, edit((9, 9), (99, 0), "!"), PositionEncoding::Utf16);
        assert_eq!(docs.text("u").as_deref(), Some("أذربيجان\r\nQatar!"));
        docs.change("u", 3, edit((0, 99), (0, 2), ""), PositionEncoding::Utf16);
        assert_eq!(docs.text("u").as_deref(), Some("أذ\r\nQatar!"));
    }
}
