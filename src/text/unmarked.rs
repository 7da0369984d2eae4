//! A text without its Arabic vowel marks, and the way back to the text as
//! written: names and amounts are matched in the text a lexicon knows
//! ("عمان", "ريال عماني") and reported where the reporter wrote them.

/// Whether the shadda (U+0651) is stripped with the other marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shadda {
    /// Kept: it tells "عمّان" (Amman) from "عمان" (Oman) as much as a damma
    /// does.
    Keep,
    /// Stripped: an amount's words mean the same with it or without.
    Strip,
}

/// A text without its Arabic vowel marks, and where its offsets lie in the
/// text as written.
#[derive(Debug)]
pub struct Unmarked {
    /// The text without its marks.
    pub text: String,
    /// From each offset on (in `text`), how many bytes of marks the text as
    /// written had before it; sorted. Sparse: a megabyte with a few marks
    /// keeps a few entries, not a table per byte.
    shifts: Vec<(usize, usize)>,
}

impl Unmarked {
    /// `text` without its vowel marks; `None` when it has none.
    pub fn new(text: &str, shadda: Shadda) -> Option<Unmarked> {
        // The marks (U+064B–U+0652, U+0670) are 0xD9 and one byte in UTF-8,
        // and 0xD9 only ever leads a character: a byte search finds them
        // without decoding the text.
        let bytes = text.as_bytes();
        let mark_at = |i: usize| match bytes.get(i + 1) {
            Some(0x91) => shadda == Shadda::Strip,
            Some(0x8B..=0x92 | 0xB0) => true,
            _ => false,
        };
        let mut marks = memchr::memchr_iter(0xD9, bytes).filter(|&i| mark_at(i)).peekable();
        marks.peek()?;
        let mut stripped = String::with_capacity(text.len());
        let mut shifts = Vec::new();
        let (mut copied, mut removed) = (0, 0);
        for i in marks {
            stripped.push_str(&text[copied..i]);
            copied = i + 2;
            removed += 2;
            shifts.push((stripped.len(), removed));
        }
        stripped.push_str(&text[copied..]);
        Some(Unmarked { text: stripped, shifts })
    }

    /// The offset here of offset `at` in the text as written, where `at`
    /// is not inside a mark: the marks before it taken out.
    pub fn stripped(&self, at: usize) -> usize {
        let i = self.shifts.partition_point(|&(from, removed)| from + removed <= at);
        at - i.checked_sub(1).map_or(0, |i| self.shifts[i].1)
    }

    /// The offset in the text as written of offset `at` here: past the
    /// marks written before it, those right before it included.
    pub fn original(&self, at: usize) -> usize {
        let i = self.shifts.partition_point(|&(from, _)| from <= at);
        at + i.checked_sub(1).map_or(0, |i| self.shifts[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back() {
        let text = "في سلطنة عُمان، وعمّان غداً";
        let u = Unmarked::new(text, Shadda::Keep).unwrap();
        assert_eq!(u.text, "في سلطنة عمان، وعمّان غدا");
        let oman = u.text.find("عمان").unwrap();
        let span = u.original(oman)..u.original(oman + "عمان".len());
        assert_eq!(&text[span], "عُمان");
        // A mark after the last letter stays with the word; the end maps
        // to the end.
        let tomorrow = u.text.find("غدا").unwrap();
        assert_eq!(&text[u.original(tomorrow)..u.original(u.text.len())], "غداً");
        // And back: each word's start in the text as written to its start here.
        for word in ["سلطنة", "عمان،", "وعمّان", "غدا"] {
            let here = u.text.find(word).unwrap();
            assert_eq!(u.stripped(u.original(here)), here);
        }
        assert!(Unmarked::new("بلا حركات", Shadda::Keep).is_none());
        assert_eq!(Unmarked::new(text, Shadda::Strip).unwrap().text, "في سلطنة عمان، وعمان غدا");
        // The byte search finds what a character test finds.
        let marked: String = ('\u{600}'..='\u{6FF}').collect();
        let by_chars: String = marked.chars().filter(|&c| !super::super::is_arabic_mark(c)).collect();
        assert_eq!(Unmarked::new(&marked, Shadda::Strip).unwrap().text, by_chars);
    }
}
