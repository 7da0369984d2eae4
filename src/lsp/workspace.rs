//! The workspace's articles, beyond the open ones: read once from disk when
//! the editor starts (reported with `$/progress`) and kept current from
//! every analysis of an open article. It holds what crosses articles, the
//! named entities with their first place in each file, not whole analyses:
//! the same person spelled two ways in two articles, and workspace symbols.

use super::convert;
use super::documents::Snapshot;
use crate::checks::entity::variant_surnames;
use crate::recognize::Kind;
use crate::text::PositionEncoding;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Range, Uri,
};

/// More articles than this are not indexed: a workspace that large is an
/// archive, and `copydesk check` serves it better than an editor.
pub const MAX_ARTICLES: usize = 20_000;

/// One named entity of one article, where it first appears.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    pub kind: Kind,
    pub range: Range,
    /// Line of the first mention, 1-based, for messages.
    pub line: usize,
}

/// An article's URI (for locations) and entries.
type Article = (Uri, Vec<Entry>);

/// Every indexed article, by key: its file-system path when it has one, so
/// that the editor's spelling of a URI and ours name one article.
#[derive(Debug, Default)]
pub struct WorkspaceIndex {
    files: Mutex<HashMap<String, Article>>,
}

impl WorkspaceIndex {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Article>> {
        self.files.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records the entities of `snap` as the content of the article `key`;
    /// returns the people it names now and did not before, or named before
    /// and no longer does, whose spellings other articles' findings read.
    pub fn update(&self, key: &str, uri: &Uri, snap: &Snapshot, enc: PositionEncoding) -> Vec<String> {
        let entries = entries(snap, enc);
        let people = |entries: &[Entry]| -> std::collections::BTreeSet<String> {
            entries.iter().filter(|e| e.kind == Kind::Person).map(|e| e.name.clone()).collect()
        };
        let now = people(&entries);
        let before = self.lock().insert(key.to_string(), (uri.clone(), entries)).map(|(_, old)| people(&old));
        let before = before.unwrap_or_default();
        before.symmetric_difference(&now).cloned().collect()
    }

    /// Whether the article `key` names someone spelled like one of `names`
    /// (see [`variant_surnames`]): its cross-article findings change with them.
    pub fn spells_like(&self, key: &str, names: &[String]) -> bool {
        let files = self.lock();
        let Some((_, entries)) = files.get(key) else { return false };
        entries.iter().filter(|e| e.kind == Kind::Person).any(|e| {
            let ours: Vec<&str> = e.name.split_whitespace().collect();
            names.iter().any(|n| variant_surnames(&ours, &n.split_whitespace().collect::<Vec<_>>()).is_some())
        })
    }

    /// The number of articles indexed.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Every entry whose name contains `query` (lowercase), with the URI
    /// of its article, skipping the articles `skip` names by key.
    pub fn find(&self, query: &str, skip: &[String]) -> Vec<(Uri, Entry)> {
        let files = self.lock();
        let mut out: Vec<(Uri, Entry)> = files
            .iter()
            .filter(|(key, _)| !skip.contains(key))
            .flat_map(|(_, (uri, entries))| entries.iter().map(move |e| (uri.clone(), e.clone())))
            .filter(|(_, e)| e.name.to_lowercase().contains(query))
            .collect();
        out.sort_by(|a, b| (a.0.as_str(), a.1.line).cmp(&(b.0.as_str(), b.1.line)));
        out
    }

    /// People in `snap` (the article at `uri`) whose name another article
    /// spells differently: one `info` diagnostic per spelling, pointing at
    /// the other articles. Silent when `entity/name-variant` is off.
    pub fn name_variants(&self, key: &str, snap: &Snapshot, enc: PositionEncoding) -> Vec<Diagnostic> {
        if !snap.ctx.config.is_enabled("entity/name-variant") {
            return Vec::new();
        }
        let files = self.lock();
        // The entries `update` stored for this analysis; computed only when
        // the article was never indexed.
        let here = files.get(key).map_or_else(|| entries(snap, enc), |(_, e)| e.clone());
        let mut out = Vec::new();
        for person in here.iter().filter(|e| e.kind == Kind::Person) {
            let words: Vec<&str> = person.name.split_whitespace().collect();
            // A spelling this article also uses is the article's own
            // business (`entity/name-variant` inside it).
            let elsewhere: Vec<(&Uri, &Entry)> = files
                .iter()
                .filter(|(other, _)| other.as_str() != key)
                .flat_map(|(_, (other, entries))| entries.iter().map(move |e| (other, e)))
                .filter(|(_, e)| e.kind == Kind::Person && !here.iter().any(|h| h.name == e.name))
                .filter(|(_, e)| {
                    let theirs: Vec<&str> = e.name.split_whitespace().collect();
                    variant_surnames(&words, &theirs).is_some()
                })
                .collect();
            let Some((first_uri, first)) = elsewhere.first() else { continue };
            let more = elsewhere.len() - 1;
            let message = format!(
                "\"{}\" is spelled \"{}\" in {} (line {}){}",
                person.name,
                first.name,
                file_name(first_uri.as_str()),
                first.line,
                if more > 0 { format!(" and {more} more place(s) in the workspace") } else { String::new() }
            );
            let related = elsewhere
                .iter()
                .take(5)
                .map(|(other, e)| DiagnosticRelatedInformation {
                    location: Location { uri: (*other).clone(), range: e.range },
                    message: format!("spelled \"{}\" here", e.name),
                })
                .collect();
            out.push(Diagnostic {
                range: person.range,
                severity: Some(DiagnosticSeverity::INFORMATION),
                code: Some(NumberOrString::String("entity/name-variant".to_string())),
                source: Some("copydesk".to_string()),
                message,
                related_information: Some(related),
                ..Diagnostic::default()
            });
        }
        out
    }
}

/// The named entities of an article, the first mention of each spelling.
fn entries(snap: &Snapshot, enc: PositionEncoding) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for m in &snap.analysis.mentions {
        if !matches!(m.kind, Kind::Person | Kind::Country | Kind::Place | Kind::Organization) {
            continue;
        }
        let name = m.span.slice(&snap.text).split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() || out.iter().any(|e| e.name == name && e.kind == m.kind) {
            continue;
        }
        out.push(Entry {
            name,
            kind: m.kind,
            range: convert::range(&snap.index, m.span, enc),
            line: snap.index.line_col_1based(m.span.start).0,
        });
    }
    out
}

fn file_name(uri: &str) -> String {
    let last = uri.rsplit('/').next().unwrap_or(uri);
    super::server::percent_decode(last)
}

/// The articles under `root` (`*.txt`, `*.md`), honouring `.gitignore`, in
/// a stable order, at most [`MAX_ARTICLES`].
pub fn articles(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = ignore::WalkBuilder::new(root)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(ignore::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .take(MAX_ARTICLES)
        .collect();
    out.sort();
    out
}
