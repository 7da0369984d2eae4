//! English places named by their kind: "the city of Orsk", "the village of
//! Voskepar", "the Orenburg Region", "Helmand province". The gazetteer
//! knows capitals, large cities and regions; towns, villages and the
//! regions of smaller countries come with their kind written beside them.

use super::{Kind, Mention};
use crate::Span;
use crate::text::Gate;
use regex::Regex;
use std::sync::LazyLock;

/// "the city of Orsk", "the villages of Baganis and Voskepar": the name
/// after the kind, without it (a city's name is "Orsk").
static OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:city|town|village|villages|port|district|settlement|settlements|oasis|island) of ((?:[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?:(?:, | and )[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)*)",
    )
    .expect("valid regex")
});
/// "the Orenburg Region", "Helmand Province", "Tavush province": the
/// kind is part of the name.
static REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:Region|Province|province|Oblast|oblast|Governorate|governorate|District|Velayat|velayat)")
        .expect("valid regex")
});
/// "Olaya Street", "King Abdulaziz Road", "Sheikh Hassan bin Hussein bin
/// Ali Street": a street is named by its kind after the name.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[A-Z][a-z]+ (?:(?:bin|ibn|al|Al) )?){1,6}(?:Street|Road|Avenue|Boulevard|Highway)")
        .expect("valid regex")
});

/// Compiles the patterns ahead of the first text.
pub(super) fn warm_up() {
    LazyLock::force(&OF);
    LazyLock::force(&REGION);
    LazyLock::force(&STREET);
}

/// Adds the places named by their kind in `text`.
pub(super) fn recognize(text: &str, out: &mut Vec<Mention>) {
    // Each pattern runs only where its words are: the street's, with no
    // literal to start from, tried every capitalised word of the text.
    static STREETS: LazyLock<Gate> = LazyLock::new(|| Gate::new(STREET_WORDS));
    static REGIONS: LazyLock<Gate> = LazyLock::new(|| Gate::new(REGION_WORDS));
    static OF_WORD: LazyLock<Gate> = LazyLock::new(|| Gate::new(&[" of "]));
    let streets = STREETS.any_in(text);
    let regions = REGIONS.any_in(text);
    if !streets && !regions && !OF_WORD.any_in(text) {
        return;
    }
    for m in streets.then(|| STREET.find_iter(text)).into_iter().flatten() {
        if !crate::text::is_bounded(text, m.start(), m.end()) {
            continue;
        }
        // "The Road to ...", "This Street": the opener is no name.
        let first = m.as_str().split(' ').next().unwrap_or_default();
        let start = if NOT_NAMES.contains(&first) { m.start() + first.len() + 1 } else { m.start() };
        if text[start..m.end()].contains(' ') {
            out.push(Mention::new(Kind::Place, Span::new(start, m.end())));
        }
    }
    // Word edges by hand: a Unicode `\b` in the patterns would run the
    // slowest engine over any text with a non-ASCII letter.
    for c in OF.captures_iter(text) {
        let (Some(whole), Some(list)) = (c.get(0), c.get(1)) else { continue };
        if !crate::text::starts_word(text, whole.start()) || !crate::text::ends_word(text, list.end()) {
            continue;
        }
        let mut at = list.start();
        for name in list.as_str().split(", ").flat_map(|part| part.split(" and ")) {
            let start = at + list.as_str()[at - list.start()..].find(name).unwrap_or(0);
            at = start + name.len();
            if NOT_NAMES.contains(&name) {
                break;
            }
            let mut m = Mention::new(Kind::Place, Span::new(start, at));
            m.canonical = Some(name.into());
            out.push(m);
        }
    }
    for m in regions.then(|| REGION.find_iter(text)).into_iter().flatten() {
        if !crate::text::is_bounded(text, m.start(), m.end()) {
            continue;
        }
        let first = m.as_str().split([' ', '-']).next().unwrap_or_default();
        if NOT_NAMES.contains(&first) || crate::text::opens_sentence(text, m.start()) && first == "The" {
            continue;
        }
        out.push(Mention::new(Kind::Place, Span::new(m.start(), m.end())));
    }
}

/// The words that make a region's name, in either case where it has two.
const REGION_WORDS: &[&str] = &["Region", "rovince", "blast", "overnorate", "District", "elayat"];

/// The words that make a street's name.
const STREET_WORDS: &[&str] = &["Street", "Road", "Avenue", "Boulevard", "Highway"];

/// Capitalised words that open a sentence or a title, not a name.
const NOT_NAMES: &[&str] =
    &["The", "This", "That", "Each", "Every", "Our", "Its", "Their", "One", "Which", "Asia", "Capital"];

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        recognize(text, &mut out);
        out.iter().map(|m| m.span.slice(text)).collect()
    }

    #[test]
    fn places_named_by_their_kind() {
        assert_eq!(places("a dam burst in the city of Orsk in the Orenburg Region"), ["Orsk", "Orenburg Region"]);
        assert_eq!(places("near the villages of Baganis, Voskepar and Kirants."), ["Baganis", "Voskepar", "Kirants"]);
        assert_eq!(places("fighting in Helmand province"), ["Helmand province"]);
        assert_eq!(
            places("from King Abdulaziz Road to Sheikh Hassan bin Hussein bin Ali Street. The Road Ahead"),
            ["King Abdulaziz Road", "Sheikh Hassan bin Hussein bin Ali Street"]
        );
        // A lowercase word, a sentence's article: no place.
        assert!(places("the city of the future. The Region said").is_empty());
    }
}
