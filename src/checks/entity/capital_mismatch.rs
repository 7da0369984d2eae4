use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::recognize::{EntityRef, Kind, Mention};

declare_rule! {
    /// ## What it flags
    /// A city called the capital of a country whose capital it is not:
    /// "Baku, the capital of Kazakhstan", "the capital of Kazakhstan,
    /// Baku", "Баку, столица Казахстана", "باكو عاصمة كازاخستان".
    ///
    /// ## Why it matters
    /// Capitals are facts every reader can check; a wrong one, usually a
    /// country swapped while editing a template, costs the article its
    /// credibility.
    ///
    /// ## Example
    /// ```text
    /// The forum opened in Baku, the capital of Kazakhstan.
    /// ```
    /// Baku is the capital of Azerbaijan.
    ///
    /// Only cities the knowledge base knows as capitals, and only in these
    /// set phrases; "a capital of culture" is not a claim about a country.
    pub(crate) static CAPITAL_MISMATCH = ("entity/capital-mismatch", Severity::Warning, check);
}

/// Words between a city and the country it is said to be the capital of.
const AFTER_CITY: &[&str] = &[
    ", the capital of ",
    ", capital of ",
    " is the capital of ",
    ", the capital city of ",
    " عاصمة ",
    "، عاصمة ",
    ", столица ",
    " - столица ",
    " — столица ",
];
/// Words before a country, then the city after it.
const BEFORE_COUNTRY: &[&str] = &["the capital of ", "capital of ", "столица "];

fn country_of(m: &Mention) -> Option<usize> {
    match (m.kind, m.entity) {
        (Kind::Country, Some(EntityRef::Country(i))) => Some(i),
        _ => None,
    }
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let mentions = &ctx.analysis.mentions;
    let text = ctx.text;
    for (k, m) in mentions.iter().enumerate() {
        let Some(EntityRef::Capital(real)) = m.entity else { continue };
        // "Baku, the capital of Kazakhstan"
        let after = &text[m.span.end..];
        let claimed = AFTER_CITY.iter().find_map(|w| {
            let rest = after.strip_prefix(w)?;
            let at = m.span.end + w.len() + (rest.len() - rest.trim_start_matches("the ").len());
            let i = mentions.partition_point(|n| n.span.start < at);
            mentions.get(i).filter(|n| n.span.start == at).and_then(|n| Some((n, country_of(n)?)))
        });
        // "the capital of Kazakhstan, Baku"
        let claimed = claimed.or_else(|| {
            let before = text[..m.span.start].trim_end_matches([' ', ',']);
            let i = mentions[..k].partition_point(|n| n.span.end <= before.len());
            let n = mentions[..k].get(i.checked_sub(1)?).filter(|n| n.span.end == before.len())?;
            let lead = &text[..n.span.start];
            BEFORE_COUNTRY.iter().any(|w| crate::text::lowercase(lead).ends_with(w)).then_some(())?;
            Some((n, country_of(n)?))
        });
        let Some((country_mention, said)) = claimed else { continue };
        if said == real {
            continue;
        }
        let (Some(real_country), Some(said_country)) = (ctx.kb.country(real), ctx.kb.country(said)) else { continue };
        let capital_of_said = said_country
            .capital
            .as_ref()
            .and_then(|c| c.en.clone())
            .map(|c| format!("; the capital of {} is {c}", said_country.name_en()))
            .unwrap_or_default();
        out.push(Finding {
            code: CAPITAL_MISMATCH.code,
            severity: CAPITAL_MISMATCH.default_severity,
            message: format!(
                "{} is the capital of {}, not {}{capital_of_said}",
                m.canonical.as_deref().unwrap_or(m.span.slice(text)),
                real_country.name_en(),
                said_country.name_en()
            ),
            span: m.span,
            related: vec![Related {
                span: country_mention.span,
                message: format!("said to be {}", said_country.name_en()),
            }],
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "entity/capital-mismatch")
    }

    #[test]
    fn a_capital_given_to_the_wrong_country() {
        let want = ["Baku is the capital of Azerbaijan, not Kazakhstan; the capital of Kazakhstan is Astana"];
        assert_eq!(findings("The forum opened in Baku, the capital of Kazakhstan."), want);
        assert_eq!(findings("They met in the capital of Kazakhstan, Baku."), want);
        assert_eq!(findings("Форум открылся в Баку, столица Казахстана."), want);
    }

    #[test]
    fn right_capitals_and_loose_phrases_pass() {
        assert!(findings("The forum opened in Baku, the capital of Azerbaijan.").is_empty());
        assert!(findings("Baku, a capital of culture, and Kazakhstan.").is_empty());
        assert!(findings("In Baku, Kazakhstan's minister spoke.").is_empty());
    }
}
