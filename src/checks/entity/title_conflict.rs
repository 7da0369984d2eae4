use super::office_term::OfficeKeys;
use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::recognize::Kind;

declare_rule! {
    /// ## What it flags
    /// One person given two different offices in one article: "Foreign
    /// Minister Jeyhun Bayramov" and later "Economy Minister Jeyhun
    /// Bayramov".
    ///
    /// ## Why it matters
    /// One of the titles is usually wrong, left over from a template or
    /// another story. Some people do hold two offices, so this is `info`:
    /// worth a look, not an error.
    ///
    /// ## Example
    /// ```text
    /// Foreign Minister Jeyhun Bayramov arrived. ... Economy Minister Jeyhun Bayramov said ...
    /// ```
    ///
    /// Only titles copydesk understands as offices (president, prime
    /// minister, ministers by portfolio) are compared.
    pub(crate) static TITLE_CONFLICT = ("entity/title-conflict", Severity::Info, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let text = ctx.text;
    let mut seen: Vec<(String, String, crate::Span, crate::Span)> = Vec::new();
    let mut keys = OfficeKeys::new(ctx.kb);
    for m in ctx.analysis.mentions.iter().filter(|m| m.kind == Kind::Person) {
        let Some(title) = m.title else { continue };
        let Some(key) = keys.of(title.slice(text)) else { continue };
        let person = m.id.as_deref().or(m.canonical.as_deref()).unwrap_or_else(|| m.span.slice(text)).to_string();
        match seen.iter().find(|(p, _, _, _)| *p == person) {
            Some((_, first_key, first_title, first_span)) if *first_key != key => {
                let line = crate::checks::line_number(text, first_title.start);
                out.push(Finding {
                    code: TITLE_CONFLICT.code,
                    severity: TITLE_CONFLICT.default_severity,
                    message: format!(
                        "{} is called \"{}\" here and \"{}\" on line {line}",
                        m.canonical.as_deref().unwrap_or(m.span.slice(text)),
                        title.slice(text),
                        first_title.slice(text)
                    ),
                    span: crate::Span::new(title.start, m.span.end),
                    related: vec![Related {
                        span: crate::Span::new(first_title.start, first_span.end),
                        message: "the other title".to_string(),
                    }],
                    fix: None,
                });
            }
            Some(_) => {}
            None => seen.push((person, key, title, m.span)),
        }
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "entity/title-conflict")
    }

    #[test]
    fn two_offices_for_one_person() {
        let text = "Foreign Minister Jeyhun Bayramov arrived.\nLater, Economy Minister Jeyhun Bayramov said so.";
        assert_eq!(
            findings(text),
            ["Jeyhun Bayramov is called \"Economy Minister\" here and \"Foreign Minister\" on line 1"]
        );
    }

    #[test]
    fn the_same_office_twice_passes() {
        assert!(
            findings("Foreign Minister Jeyhun Bayramov arrived. Minister of Foreign Affairs Jeyhun Bayramov said so.")
                .is_empty()
        );
        for seed in [
            include_str!("../../../seeds/002_adb4616c7cf76855.txt"),
            include_str!("../../../seeds/004_675cf598d3944afe.txt"),
        ] {
            assert!(findings(seed).is_empty());
        }
    }
}
