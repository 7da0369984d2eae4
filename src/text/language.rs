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

const EN_STOP_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "at", "from", "has",
    "have", "are", "be", "this", "it", "an", "will", "said", "between",
];

/// Detects the language of `text`, reading at most its first 64 KiB.
pub fn detect_language(text: &str) -> Language {
    let sample = match text.char_indices().nth(65_536) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let (mut latin, mut arabic, mut cyrillic) = (0usize, 0usize, 0usize);
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        match c as u32 {
            0x0041..=0x024F => latin += 1,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => arabic += 1,
            0x0400..=0x04FF => cyrillic += 1,
            _ => {}
        }
    }
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
        for w in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            words += 1;
            let lower = w.to_ascii_lowercase();
            if EN_STOP_WORDS.contains(&lower.as_str()) {
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
