//! Reading articles from disk: walking folders for `*.txt` and `*.md` in a
//! stable order (respecting `.gitignore`), telling binary files from text,
//! and reporting invalid UTF-8 with the byte where it starts.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why a file could not be read as an article.
#[derive(Debug)]
pub enum ReadError {
    /// The file system refused.
    Io(std::io::Error),
    /// The bytes are not UTF-8 from `offset` on.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// NUL bytes: a binary file, skipped rather than failed.
    Binary,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::InvalidUtf8 { offset } => {
                write!(f, "not valid UTF-8: invalid byte sequence at byte offset {offset}")
            }
            ReadError::Binary => write!(f, "binary file (contains NUL bytes), skipped"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads `path` as UTF-8 text.
pub fn read_article(path: &Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    decode(bytes)
}

/// Checks `bytes` are article text: no NUL in the first 8 KiB (as git and
/// ripgrep decide binary-ness), valid UTF-8 throughout.
pub fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(ReadError::Binary);
    }
    String::from_utf8(bytes).map_err(|e| ReadError::InvalidUtf8 { offset: e.utf8_error().valid_up_to() })
}

/// Whether a path found by walking a folder is an article.
pub fn is_article_path(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md" | "markdown"))
}

/// Whether a path is Markdown.
pub fn is_markdown(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "markdown"))
}

/// The files named by `paths`: files as given, folders walked for
/// articles (honouring `.gitignore` and hidden files as git does), each
/// folder's files sorted by path. A path that does not exist comes back as
/// an error for that path; the rest still come.
pub fn collect(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, String)>> {
    let mut out = Vec::new();
    for root in paths {
        if root.is_file() {
            out.push(Ok(root.clone()));
            continue;
        }
        if !root.exists() {
            out.push(Err((root.clone(), "no such file or directory".to_string())));
            continue;
        }
        let mut found = Vec::new();
        let walker = ignore::WalkBuilder::new(root).follow_links(true).require_git(false).build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && is_article_path(e.path()) => {
                    found.push(Ok(e.into_path()));
                }
                Ok(_) => {}
                Err(err) => found.push(Err((root.clone(), err.to_string()))),
            }
        }
        found.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => a.cmp(b),
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err((a, _)), Err((b, _))) => a.cmp(b),
        });
        out.extend(found);
    }
    out
}

/// A path for display, with `/` separators.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// A path as a URI reference (SARIF locations, LSP workspace files): a relative reference for a relative path, a
/// `file://` URI for an absolute one, every byte outside the unreserved
/// set percent-encoded ("talks today.txt" -> "talks%20today.txt"), `/` kept.
pub fn uri_reference(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len() + 8);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert!(matches!(decode(b"ok".to_vec()), Ok(s) if s == "ok"));
        assert!(matches!(decode(b"ab\xffcd".to_vec()), Err(ReadError::InvalidUtf8 { offset: 2 })));
        assert!(matches!(decode(b"a\0b".to_vec()), Err(ReadError::Binary)));
        assert!(matches!(decode(Vec::new()), Ok(s) if s.is_empty()));
        let bom = "\u{FEFF}Qatar".as_bytes().to_vec();
        assert!(matches!(decode(bom), Ok(s) if s.starts_with('\u{FEFF}')));
    }
}

#[cfg(test)]
mod uri_tests {
    use super::uri_reference;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("news/talks.txt"), "news/talks.txt");
        assert_eq!(uri_reference("talks today.txt"), "talks%20today.txt");
        assert_eq!(uri_reference("a#1%.txt"), "a%231%25.txt");
        assert_eq!(uri_reference("переговоры.txt"), "%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B.txt");
        assert_eq!(uri_reference("/srv/news/a b.txt"), "file:///srv/news/a%20b.txt");
    }
}
