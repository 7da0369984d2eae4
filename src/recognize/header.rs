//! Mentions that the article's metadata proves: the byline's author, the
//! outlet in the header line, the dateline's city and news agency.

use super::{Input, Kind, Mention};
use crate::Span;

/// Adds the metadata's mentions.
pub(super) fn recognize(input: &Input<'_>, out: &mut Vec<Mention>) {
    let meta = input.metadata;
    let mention = |kind: Kind, span: Span| {
        let mut m = Mention::new(kind, span);
        m.canonical = Some(canonical_case(span.slice(input.text)).into());
        m
    };
    if let Some(span) = meta.byline {
        out.push(mention(Kind::Person, span));
    }
    if let Some(span) = meta.outlet {
        out.push(mention(Kind::Organization, span));
    }
    if let Some(dateline) = meta.dateline {
        let mut place = mention(Kind::Place, dateline.place);
        // A capital in the dateline is the knowledge base's city.
        let capital_of = input.kb.countries().iter().position(|c| {
            c.capital.as_ref().is_some_and(|cap| cap.iter().any(|(_, name)| Some(name) == place.canonical.as_deref()))
        });
        place.entity = capital_of.map(super::EntityRef::Capital);
        out.push(place);
        if let Some(span) = dateline.agency {
            out.push(mention(Kind::Organization, span));
        }
    }
}

/// Datelines write cities in capitals ("BAKU"); the canonical form is the
/// name as a reader would write it ("Baku").
fn canonical_case(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|&c| crate::text::is_letter(c)).collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !crate::text::is_letter(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitals_become_names() {
        assert_eq!(super::canonical_case("BAKU"), "Baku");
        assert_eq!(super::canonical_case("NEW YORK"), "New York");
        assert_eq!(super::canonical_case("МОСКВА"), "Москва");
        assert_eq!(super::canonical_case("BelTA"), "BelTA");
    }
}
