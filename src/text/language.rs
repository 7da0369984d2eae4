//! Which language an article is written in, by script and stop words.
//!
//! Arabic and Cyrillic letters decide for Arabic and Russian; Latin text is
//! English when enough of its words are English function words. Anything
//! else is `und` (undetermined) and still gets dates and figures.

/// A document language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English.
    En,
    /// Arabic.
    Ar,
    /// Russian.
    Ru,
    /// Undetermined.
    #[default]
    Und,
}

impl Language {
    /// The BCP 47 tag.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ar => "ar",
            Language::Ru => "ru",
            Language::Und => "und",
        }
    }

    /// Parses a BCP 47 tag's primary subtag.
    pub fn from_tag(tag: &str) -> Option<Language> {
        match tag.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Language::En),
            "ar" => Some(Language::Ar),
            "ru" => Some(Language::Ru),
            "und" => Some(Language::Und),
            _ => None,
        }
    }
}

/// Whether `word` (ASCII letters, any case) is an English function word.
fn is_english_stop_word(word: &[u8]) -> bool {
    if word.len() > 7 {
        return false;
    }
    let mut lower = [0u8; 7];
    for (l, b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..word.len()],
        b"the"
            | b"and"
            | b"of"
            | b"to"
            | b"in"
            | b"a"
            | b"is"
            | b"that"
            | b"for"
            | b"on"
            | b"with"
            | b"was"
            | b"as"
            | b"by"
            | b"at"
            | b"from"
            | b"has"
            | b"have"
            | b"are"
            | b"be"
            | b"this"
            | b"it"
            | b"an"
            | b"will"
            | b"said"
            | b"between"
    )
}

/// The script a byte starts a letter of, as an index into the counts of
/// [`detect_language`]: 0 none, 1 Latin, 2 Cyrillic, 3 Arabic. A table
/// read without a branch, as every byte of a text is.
static SCRIPT_OF_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'A'..=b'Z' | b'a'..=b'z' | 0xC3..=0xC9 => 1,
            0xD0..=0xD3 => 2,
            0xD8..=0xDB | 0xDD => 3,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Detects the language of `text`, reading at most its first 16 KB.
pub fn detect_language(text: &str) -> Language {
    // A few thousand letters tell the language as well as the whole text.
    let mut end = text.len().min(16 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text.as_bytes()[..end];
    // Letters counted by the bytes that start them in UTF-8: ASCII and the
    // Latin supplements (U+00C0–U+024F), Cyrillic (U+0400–U+04FF), Arabic
    // (U+0600–U+06FF, U+0750–U+077F). A byte scan, no character decode.
    let mut counts = [0usize; 4];
    for &b in sample {
        counts[SCRIPT_OF_BYTE[b as usize] as usize] += 1;
    }
    let [_, latin, cyrillic, arabic] = counts;
    let letters = latin + arabic + cyrillic;
    if letters == 0 {
        return Language::Und;
    }
    if arabic * 2 > letters {
        return Language::Ar;
    }
    if cyrillic * 2 > letters {
        return Language::Ru;
    }
    if latin * 2 > letters {
        let (mut words, mut stop) = (0usize, 0usize);
        // Words of ASCII letters; a word broken by a non-ASCII letter
        // counts as a word or two and is never a stop word.
        for w in sample.split(|b| !b.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
            words += 1;
            if is_english_stop_word(w) {
                stop += 1;
            }
        }
        // English prose runs at a third or more function words; a tenth is
        // a safe floor that titles and lists still pass.
        if words > 0 && stop * 10 >= words {
            return Language::En;
        }
    }
    Language::Und
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_script_and_stop_words() {
        assert_eq!(detect_language("Azerbaijan and Qatar have discussed cooperation."), Language::En);
        assert_eq!(detect_language("السفير إسماعيلوف: آفاق جديدة لشراكات مثمرة بين قطر وأذربيجان"), Language::Ar);
        assert_eq!(detect_language("Ильхам Алиев встретился с Александром Лукашенко в Минске."), Language::Ru);
        assert_eq!(detect_language("Der Präsident traf sich mit dem Minister."), Language::Und);
        assert_eq!(detect_language("2021-12-14 15:59"), Language::Und);
        assert_eq!(detect_language(""), Language::Und);
    }
}
