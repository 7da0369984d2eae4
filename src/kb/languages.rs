//! The names of the official languages countries list, by their ISO 639-3
//! codes, in English, Arabic and Russian (`data/languages.json`, from
//! CLDR). Read only when a country card is first shown, so start-up pays
//! nothing for them.

use super::LangText;
use std::collections::HashMap;
use std::sync::LazyLock;

const LANGUAGES_JSON: &str = include_str!("../../data/languages.json");

static NAMES: LazyLock<HashMap<String, LangText>> =
    LazyLock::new(|| serde_json::from_str(LANGUAGES_JSON).unwrap_or_default());

/// The name of language `code` in `lang`, else in English; `None` for a
/// code the table lacks.
pub fn language_name(code: &str, lang: &str) -> Option<&'static str> {
    let names = NAMES.get(code)?;
    names.get(lang).or(names.en.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_a_country_lists_has_an_english_name() {
        let kb = crate::kb::Kb::embedded();
        for country in kb.countries() {
            for code in &country.languages {
                assert!(language_name(code, "en").is_some(), "{code} of {}", country.iso2);
            }
        }
        assert_eq!(language_name("ara", "ar"), Some("العربية"));
        assert_eq!(language_name("rus", "ru"), Some("русский"));
        // CLDR has no Arabic name for Berber: the English one stands in.
        assert_eq!(language_name("ber", "ar"), Some("Berber"));
    }
}
