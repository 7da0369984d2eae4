//! Airlines named "Air" and a place: "Air Astana", "Air France", "Air
//! India". The place the gazetteer found there is the airline's name, not
//! a place the article speaks of.

use super::{Form, Kind, Mention};
use crate::Span;

/// Turns each country or place mention right after a word "Air" into the
/// airline's mention.
pub(super) fn recognize(text: &str, found: &mut [Mention]) {
    const AIR: &str = "Air ";
    for m in found.iter_mut().filter(|m| matches!(m.kind, Kind::Country | Kind::Place)) {
        let Some(start) = m.span.start.checked_sub(AIR.len()) else { continue };
        if text.get(start..m.span.start) != Some(AIR) || !crate::text::starts_word(text, start) {
            continue;
        }
        let span = Span::new(start, m.span.end);
        let mut airline = Mention::new(Kind::Organization, span);
        airline.form = Form::Name;
        airline.canonical = Some(span.slice(text).into());
        *m = airline;
    }
}

#[cfg(test)]
mod tests {
    use crate::{Context, Kind, analyze};

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        let a = analyze(text, &Context::default());
        a.mentions.iter().map(|m| (m.kind, m.span.slice(text).to_string())).collect()
    }

    #[test]
    fn an_airline_named_after_a_place_is_the_airline() {
        assert_eq!(
            kinds("Air Astana flies from Astana; Air France too."),
            [
                (Kind::Organization, "Air Astana".to_string()),
                (Kind::Place, "Astana".to_string()),
                (Kind::Organization, "Air France".to_string())
            ]
        );
        // "air" as a word, or inside another: the place stays.
        assert_eq!(kinds("fresh air France"), [(Kind::Country, "France".to_string())]);
        assert_eq!(kinds("Hair France"), [(Kind::Country, "France".to_string())]);
    }
}
