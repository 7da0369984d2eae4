//! The text layer: spans, the line index that converts byte offsets to and
//! from editor positions, article metadata (header, dateline, byline),
//! language detection, and paragraph/sentence segmentation.

mod language;
mod line_index;
mod metadata;
mod segment;

pub use language::{Language, detect_language};
pub use line_index::{LineCol, LineIndex, PositionEncoding};
pub use metadata::{Metadata, Published, PublishedSource, extract_metadata};
pub use segment::{Structure, segment};

/// A half-open UTF-8 byte range `start..end` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether `offset` lies inside the span, or at its end (so that a cursor
    /// just after a word still touches it).
    pub const fn touches(self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers, or `""` when it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Whether `start..end` in `text` is a whole word or phrase: no letter or
/// digit glued to either side.
pub fn is_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// The Arabic proclitics (and, so, with, for, like) that glue to the word
/// after them: "وأذربيجان", "لقطر".
pub const ARABIC_PROCLITICS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];

/// Whether a word starts at `start`: the character before is not a letter
/// or digit, or is an Arabic proclitic (one, or a double "وب") that itself
/// starts a word.
pub fn starts_word(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    for _ in 0..2 {
        match before.next() {
            None => return true,
            Some(c) if !c.is_alphanumeric() => return true,
            Some(c) if ARABIC_PROCLITICS.contains(&c) => {}
            Some(_) => return false,
        }
    }
    before.next().is_none_or(|c| !c.is_alphanumeric())
}

/// `text` with Persian digits (۰-۹) written as Arabic-Indic ones (٠-٩), so
/// that the recognizers know one set. Both are two bytes in UTF-8: every
/// offset stays valid in the original text.
pub fn unify_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| ('۰'..='۹').contains(&c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let unified: String = text
        .chars()
        .map(|c| match c {
            '۰'..='۹' => char::from_u32(c as u32 - '۰' as u32 + '٠' as u32).unwrap_or(c),
            _ => c,
        })
        .collect();
    debug_assert_eq!(unified.len(), text.len());
    std::borrow::Cow::Owned(unified)
}

/// Western digits for Arabic-Indic and Persian ones.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            _ => c,
        })
        .collect()
}
