//! The text layer: spans, the line index that converts byte offsets to and
//! from editor positions, article metadata (header, dateline, byline),
//! language detection, paragraph/sentence segmentation, the text without
//! its Arabic vowel marks, the longest of many names a text starts with,
//! and what was computed from a text's pieces, kept across edits.

mod language;
mod line_index;
mod metadata;
mod pieces;
mod prefixes;
mod segment;
mod unmarked;

pub use language::{Language, detect_language};
pub use line_index::{LineCol, LineIndex, PositionCursor, PositionEncoding};
pub use metadata::{Metadata, Published, PublishedSource, extract_metadata};
pub use pieces::Pieces;
pub use prefixes::{Prefixes, word_starts};
pub use segment::{Sentences, Structure, segment, segment_reusing};
pub use unmarked::{Shadda, Unmarked};

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

/// The letters among U+0080..U+07FF (Latin-1 to Thaana: Latin, Greek,
/// Cyrillic, Armenian, Hebrew, Arabic), as inclusive ranges. The standard
/// library answers `is_alphabetic` outside ASCII with a table search of
/// about 400 instructions; the tokenizer asks it of every letter of a
/// Russian or Arabic article. A test checks these against the standard
/// library, code point by code point.
const LETTERS_80_7FF: &[(u32, u32)] = &[
    (0xaa, 0xaa),
    (0xb5, 0xb5),
    (0xba, 0xba),
    (0xc0, 0xd6),
    (0xd8, 0xf6),
    (0xf8, 0x2c1),
    (0x2c6, 0x2d1),
    (0x2e0, 0x2e4),
    (0x2ec, 0x2ec),
    (0x2ee, 0x2ee),
    (0x345, 0x345),
    (0x363, 0x374),
    (0x376, 0x377),
    (0x37a, 0x37d),
    (0x37f, 0x37f),
    (0x386, 0x386),
    (0x388, 0x38a),
    (0x38c, 0x38c),
    (0x38e, 0x3a1),
    (0x3a3, 0x3f5),
    (0x3f7, 0x481),
    (0x48a, 0x52f),
    (0x531, 0x556),
    (0x559, 0x559),
    (0x560, 0x588),
    (0x5b0, 0x5bd),
    (0x5bf, 0x5bf),
    (0x5c1, 0x5c2),
    (0x5c4, 0x5c5),
    (0x5c7, 0x5c7),
    (0x5d0, 0x5ea),
    (0x5ef, 0x5f2),
    (0x610, 0x61a),
    (0x620, 0x657),
    (0x659, 0x65f),
    (0x66e, 0x6d3),
    (0x6d5, 0x6dc),
    (0x6e1, 0x6e8),
    (0x6ed, 0x6ef),
    (0x6fa, 0x6fc),
    (0x6ff, 0x6ff),
    (0x710, 0x73f),
    (0x74d, 0x7b1),
    (0x7ca, 0x7ea),
    (0x7f4, 0x7f5),
    (0x7fa, 0x7fa),
];

/// The numerals among U+0080..U+07FF: superscripts, fractions, Arabic-Indic
/// and Persian digits, N'Ko digits.
const NUMERALS_80_7FF: &[(u32, u32)] =
    &[(0xb2, 0xb3), (0xb9, 0xb9), (0xbc, 0xbe), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9)];

fn in_ranges(ranges: &[(u32, u32)], u: u32) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.is_alphabetic()`, answered from short tables for the scripts
/// articles are written in and for punctuation.
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphabetic(),
        // Cyrillic and the Arabic letters, the bulk of the non-ASCII text,
        // without the table search.
        0x400..=0x481 | 0x620..=0x657 => true,
        u @ 0x80..=0x7ff => in_ranges(LETTERS_80_7FF, u),
        // General punctuation: dashes, quotes, spaces, bullets.
        0x2000..=0x206f => false,
        _ => c.is_alphabetic(),
    }
}

/// Whether a sentence (or a line, a quotation, a parenthesis) opens at
/// `at`: where a capital letter says nothing about a name.
pub fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '»', '"', '(', ':'])
}

/// Whether `c` is an Arabic vowel mark (harakat, tanween, shadda, sukun,
/// the dagger alif): written where a word is ambiguous, and read past.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x0652 | 0x0670)
}

/// Whether `text` has a Cyrillic letter (U+0400–U+04FF), told by its lead
/// byte without decoding the text, with memchr's SIMD search (a byte loop
/// read every byte of every block that had none).
pub fn has_cyrillic(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(0xD0, 0xD1, 0xD2, bytes).is_some() || memchr::memchr(0xD3, bytes).is_some()
}

/// Words one of which a recognizer's patterns need: a block without any
/// is not searched. Each word is searched with memchr's SIMD search, its
/// searcher built once (built per call, the searchers cost as much as the
/// searches on a 1 MB document's three hundred blocks).
pub struct Gate(Vec<memchr::memmem::Finder<'static>>);

impl Gate {
    /// The gate of `words`.
    pub fn new(words: &[&'static str]) -> Gate {
        Gate(words.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes())).collect())
    }

    /// Whether any of the words occurs in `text`.
    pub fn any_in(&self, text: &str) -> bool {
        self.0.iter().any(|f| f.find(text.as_bytes()).is_some())
    }
}

/// Whether `text` has an Arabic-script character (U+0600–U+06FF,
/// U+0740–U+077F: the Arabic Supplement and the Syriac letters sharing its
/// lead byte), told by its lead byte.
pub fn has_arabic(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(0xD8, 0xD9, 0xDA, bytes).is_some() || memchr::memchr2(0xDB, 0xDD, bytes).is_some()
}

/// The lowercase of `c` where it is found without the standard library's
/// table search (about a hundred instructions a letter): ASCII, Cyrillic,
/// Arabic and the caseless punctuation around them; `None` elsewhere.
pub fn lowercase_fast(c: char) -> Option<char> {
    let code = c as u32;
    let lower = match code {
        0..=0x7f => return Some(c.to_ascii_lowercase()),
        0x0410..=0x042F => code + 0x20,
        0x0400..=0x040F => code + 0x50,
        0xa0..=0xbf | 0x0430..=0x045F | 0x0600..=0x06FF | 0x2000..=0x206F => code,
        _ => return None,
    };
    char::from_u32(lower)
}

/// `s` with its first letter in capitals ("Von der Leyen" opening a
/// sentence, a month's name in a pattern).
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `s.to_lowercase()`, a few times faster on Russian and Arabic text: the
/// checks and recognizers lowercase every sentence they read.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lowercase_fast(c) {
            Some(lower) => out.push(lower),
            // Another script: the standard library's rules for the whole
            // text (Greek's final sigma depends on the letters around it).
            None => return s.to_lowercase(),
        }
    }
    out
}

/// `c.is_alphanumeric()`, answered like [`is_letter`].
pub fn is_letter_or_digit(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0x400..=0x481 | 0x620..=0x657 => true,
        u @ 0x80..=0x7ff => in_ranges(LETTERS_80_7FF, u) || in_ranges(NUMERALS_80_7FF, u),
        0x2000..=0x206f => false,
        _ => c.is_alphanumeric(),
    }
}

/// Whether `start..end` in `text` is a whole word or phrase: no letter or
/// digit glued to either side.
pub fn is_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !is_letter_or_digit(c)) && after.is_none_or(|c| !is_letter_or_digit(c))
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
            Some(c) if !is_letter_or_digit(c) => return true,
            Some(c) if ARABIC_PROCLITICS.contains(&c) => {}
            Some(_) => return false,
        }
    }
    before.next().is_none_or(|c| !is_letter_or_digit(c))
}

/// Whether a word ends at `end`: no letter or digit follows.
pub fn ends_word(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_none_or(|c| !is_letter_or_digit(c))
}

/// `word` without Arabic vowel marks, borrowed when it has none: a mark
/// changes no word's meaning for a lexicon.
pub fn strip_arabic_marks(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(is_arabic_mark) {
        std::borrow::Cow::Owned(word.chars().filter(|&c| !is_arabic_mark(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// `text` with Persian digits (۰-۹) written as Arabic-Indic ones (٠-٩), so
/// that the recognizers know one set. Both are two bytes in UTF-8: every
/// offset stays valid in the original text.
pub fn unify_digits(text: &str) -> std::borrow::Cow<'_, str> {
    // "۰".."۹" are 0xDB 0xB0..0xB9: a byte search, not a walk over chars.
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(0xDB, bytes).any(|i| bytes.get(i + 1).is_some_and(|b| (0xB0..=0xB9).contains(b))) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_lowercase_is_the_standard_librarys() {
        for code in 0..=0x10ffff {
            let Some(c) = char::from_u32(code) else { continue };
            if let Some(fast) = lowercase_fast(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), fast.to_string(), "U+{code:04X}");
            }
        }
        for s in ["Товарооборот ВЫРОС", "وبلغ حجم التبادل التجاري", "Baku, AZƏRBAYCAN", "ΟΔΟΣ", "İstanbul", ""]
        {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn letter_tables_agree_with_the_standard_library_everywhere() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn scripts_are_told_by_their_lead_bytes() {
        let cyrillic = |t: &str| t.bytes().any(|b| matches!(b, 0xD0..=0xD3));
        let arabic = |t: &str| t.bytes().any(|b| matches!(b, 0xD8..=0xDB | 0xDD));
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let t = format!("Baku {c} 2024");
            assert_eq!(has_cyrillic(&t), cyrillic(&t), "U+{:04X}", c as u32);
            assert_eq!(has_arabic(&t), arabic(&t), "U+{:04X}", c as u32);
        }
        assert!(has_cyrillic("в Баку") && !has_cyrillic("في باكو") && has_arabic("في باكو") && !has_arabic(""));
    }

    #[test]
    fn persian_digits_become_arabic_indic_ones_and_nothing_else_changes() {
        assert_eq!(unify_digits("سال ۲۰۲۴ و ٢٠٢٤"), "سال ٢٠٢٤ و ٢٠٢٤");
        // "ی" and "ۀ" share the digits' first byte.
        assert!(matches!(unify_digits("ی ۀ 2024"), std::borrow::Cow::Borrowed(_)));
    }
}
