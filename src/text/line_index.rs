//! The one place where byte offsets meet editor positions.
//!
//! Editors address text by line and column, where a column counts UTF-8
//! bytes, UTF-16 code units or Unicode scalar values depending on the
//! negotiated encoding. The index is a ropey [`Rope`] configured with
//! `cr_lines` and without `unicode_lines`, so lines break at `\n`, `\r\n` and
//! a lone `\r` exactly as the LSP specification counts them (U+2028 and NEL
//! are not line breaks). Positions from clients are clamped as the
//! specification demands, never rejected.

use ropey::Rope;

/// How a position's column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    /// UTF-8 bytes.
    Utf8,
    /// UTF-16 code units: the LSP default.
    #[default]
    Utf16,
    /// Unicode scalar values (characters).
    Utf32,
}

/// A zero-based line and column, the column counted in some encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LineCol {
    /// Zero-based line.
    pub line: u32,
    /// Zero-based column in the encoding the caller asked for.
    pub col: u32,
}

/// Converts between byte offsets and line/column positions of one text.
///
/// Cloning is O(1): the rope shares its nodes.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    rope: Rope,
}

impl LineIndex {
    /// Builds the index of `text`. O(n).
    pub fn new(text: &str) -> LineIndex {
        LineIndex { rope: Rope::from_str(text) }
    }

    /// Wraps an existing rope. O(1).
    pub fn from_rope(rope: Rope) -> LineIndex {
        LineIndex { rope }
    }

    /// The rope behind the index.
    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    /// Number of lines, counting the (possibly empty) line after a final
    /// line break, as editors do.
    pub fn line_count(&self) -> usize {
        self.rope.len_lines()
    }

    /// The position of byte `offset`. An offset past the end maps to the end
    /// of the text; an offset inside a character maps to that character's
    /// start. O(log n + line length).
    pub fn position(&self, offset: usize, encoding: PositionEncoding) -> LineCol {
        let offset = self.floor_char_boundary(offset.min(self.rope.len_bytes()));
        let line = self.rope.byte_to_line(offset);
        let line_start = self.rope.line_to_byte(line);
        let col = match encoding {
            PositionEncoding::Utf8 => offset - line_start,
            PositionEncoding::Utf16 => {
                let char_idx = self.rope.byte_to_char(offset);
                let line_char = self.rope.line_to_char(line);
                self.rope.char_to_utf16_cu(char_idx) - self.rope.char_to_utf16_cu(line_char)
            }
            PositionEncoding::Utf32 => self.rope.byte_to_char(offset) - self.rope.line_to_char(line),
        };
        LineCol { line: to_u32(line), col: to_u32(col) }
    }

    /// The byte offset of a client position, clamped per the LSP
    /// specification: a column past the end of its line means the end of the
    /// line (before its line break), a line past the last means the end of
    /// the text, and a column inside a character (half of a UTF-16 surrogate
    /// pair, the middle of a UTF-8 sequence) snaps to that character's start.
    /// Never panics. O(log n + line length).
    pub fn offset(&self, pos: LineCol, encoding: PositionEncoding) -> usize {
        let line = pos.line as usize;
        if line >= self.rope.len_lines() {
            return self.rope.len_bytes();
        }
        let line_start = self.rope.line_to_byte(line);
        let line_slice = self.rope.line(line);
        let content_end = line_start + content_len(&line_slice);
        let want = pos.col as usize;
        let mut units = 0usize;
        let mut byte = line_start;
        for ch in line_slice.chars() {
            if byte >= content_end {
                break;
            }
            let width = match encoding {
                PositionEncoding::Utf8 => ch.len_utf8(),
                PositionEncoding::Utf16 => ch.len_utf16(),
                PositionEncoding::Utf32 => 1,
            };
            if units + width > want {
                return byte;
            }
            units += width;
            byte += ch.len_utf8();
        }
        byte.min(content_end)
    }

    /// One-based line and one-based column counted in characters, as
    /// compilers and the JSON contract report them.
    pub fn line_col_1based(&self, offset: usize) -> (usize, usize) {
        let pos = self.position(offset, PositionEncoding::Utf32);
        (pos.line as usize + 1, pos.col as usize + 1)
    }

    /// The byte range of line `line` without its line break, or an empty
    /// range at the end of the text for a line past the last.
    pub fn line_span(&self, line: usize) -> super::Span {
        if line >= self.rope.len_lines() {
            let end = self.rope.len_bytes();
            return super::Span::new(end, end);
        }
        let start = self.rope.line_to_byte(line);
        let slice = self.rope.line(line);
        super::Span::new(start, start + content_len(&slice))
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        // A rope's chunks each hold whole characters, so checking the byte at
        // `offset` inside its chunk suffices.
        while offset > 0 {
            let (chunk, chunk_start, _, _) = self.rope.chunk_at_byte(offset);
            if chunk.is_char_boundary(offset - chunk_start) {
                break;
            }
            offset -= 1;
        }
        offset
    }
}

/// Positions of offsets met in (mostly) increasing order, as a document's
/// mentions are: each is found by reading the text from the last one, not
/// by walking the rope's tree six times, which made semantic tokens for a
/// 1 MB document cost 25 ms. An offset before the current line, or inside
/// a character, is asked of the [`LineIndex`] instead; the answers are the
/// same either way.
pub struct PositionCursor<'a> {
    text: &'a str,
    index: &'a LineIndex,
    encoding: PositionEncoding,
    /// Where the cursor stands, its line, where that line starts, and the
    /// column of `offset` in `encoding`.
    offset: usize,
    line: usize,
    line_start: usize,
    col: usize,
}

impl<'a> PositionCursor<'a> {
    /// A cursor at the start of `text`, which `index` must index.
    pub fn new(text: &'a str, index: &'a LineIndex, encoding: PositionEncoding) -> PositionCursor<'a> {
        PositionCursor { text, index, encoding, offset: 0, line: 0, line_start: 0, col: 0 }
    }

    /// The position of byte `offset`, as [`LineIndex::position`] gives it.
    pub fn position(&mut self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        if offset < self.line_start || !self.text.is_char_boundary(offset) {
            return self.index.position(offset, self.encoding);
        }
        if offset < self.offset {
            // Back within the line: count again from its start.
            self.offset = self.line_start;
            self.col = 0;
        }
        let bytes = self.text.as_bytes();
        let mut from = self.offset;
        for hit in memchr::memchr2_iter(b'\n', b'\r', &bytes[self.offset..offset]) {
            let at = self.offset + hit;
            // A `\r` before `\n` is one break with it, counted at the `\n`.
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue;
            }
            self.line += 1;
            self.line_start = at + 1;
            from = at + 1;
            self.col = 0;
        }
        self.col += self.units(&self.text[from..offset]);
        self.offset = offset;
        LineCol { line: to_u32(self.line), col: to_u32(self.col) }
    }

    fn units(&self, s: &str) -> usize {
        match self.encoding {
            PositionEncoding::Utf8 => s.len(),
            _ if s.is_ascii() => s.len(),
            PositionEncoding::Utf16 => s.chars().map(char::len_utf16).sum(),
            PositionEncoding::Utf32 => s.chars().count(),
        }
    }
}

/// Bytes of a line's content, without its `\n`, `\r\n` or `\r`.
fn content_len(line: &ropey::RopeSlice<'_>) -> usize {
    let len = line.len_bytes();
    let mut end = len;
    if end > 0 && line.byte(end - 1) == b'\n' {
        end -= 1;
    }
    if end > 0 && line.byte(end - 1) == b'\r' {
        end -= 1;
    }
    end
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PositionEncoding::{Utf8, Utf16, Utf32};

    /// (text, byte offset, encoding, expected line, expected column)
    const TABLE: &[(&str, usize, PositionEncoding, u32, u32)] = &[
        ("abc", 2, Utf16, 0, 2),
        ("a\nb", 2, Utf16, 1, 0),
        ("a\r\nb", 3, Utf16, 1, 0),
        ("a\rb", 2, Utf16, 1, 0),
        ("a\r\nb", 3, Utf8, 1, 0),
        // Arabic letters are two bytes, one UTF-16 unit, one char.
        ("قطر x", 6, Utf8, 0, 6),
        ("قطر x", 6, Utf16, 0, 3),
        ("قطر x", 6, Utf32, 0, 3),
        // Cyrillic likewise.
        ("Баку\nМинск", 9, Utf16, 1, 0),
        ("Баку\nМинск", 13, Utf16, 1, 2),
        // An emoji is four bytes, two UTF-16 units, one char.
        ("🇦🇿 Baku", 9, Utf16, 0, 5),
        ("🇦🇿 Baku", 9, Utf32, 0, 3),
        ("🇦🇿 Baku", 9, Utf8, 0, 9),
        // U+2028 is not a line break for LSP.
        ("a\u{2028}b", 4, Utf16, 0, 2),
        // Past the end clamps to the end.
        ("ab\n", 99, Utf16, 1, 0),
    ];

    #[test]
    fn offsets_to_positions() {
        for &(text, offset, enc, line, col) in TABLE {
            let index = LineIndex::new(text);
            assert_eq!(index.position(offset, enc), LineCol { line, col }, "{text:?} @ {offset} {enc:?}");
        }
    }

    #[test]
    fn positions_to_offsets_round_trip() {
        for &(text, offset, enc, line, col) in TABLE {
            let index = LineIndex::new(text);
            let back = index.offset(LineCol { line, col }, enc);
            assert_eq!(back, offset.min(text.len()), "{text:?} ({line},{col}) {enc:?}");
        }
    }

    #[test]
    fn client_positions_are_clamped() {
        let index = LineIndex::new("ab\r\ncd\n");
        // Column past the end of a line stops before the line break.
        assert_eq!(index.offset(LineCol { line: 0, col: 50 }, Utf16), 2);
        // Line past the end is the end of the text.
        assert_eq!(index.offset(LineCol { line: 9, col: 0 }, Utf16), 7);
        // The last, empty line.
        assert_eq!(index.offset(LineCol { line: 2, col: 3 }, Utf16), 7);
        // Half of a surrogate pair snaps to the character's start.
        let emoji = LineIndex::new("x😀y");
        assert_eq!(emoji.offset(LineCol { line: 0, col: 2 }, Utf16), 1);
        assert_eq!(emoji.offset(LineCol { line: 0, col: 3 }, Utf16), 5);
        // The middle of a UTF-8 sequence snaps back too.
        assert_eq!(emoji.offset(LineCol { line: 0, col: 3 }, Utf8), 1);
    }

    #[test]
    fn offsets_inside_characters_snap_back() {
        let index = LineIndex::new("Баку");
        assert_eq!(index.position(3, Utf16), LineCol { line: 0, col: 1 });
    }

    #[test]
    fn one_based_columns_count_characters() {
        let index = LineIndex::new("x\nأذربيجان و Qatar");
        let q = "x\nأذربيجان و Qatar".find("Qatar").unwrap();
        assert_eq!(index.line_col_1based(q), (2, 12));
    }
}
