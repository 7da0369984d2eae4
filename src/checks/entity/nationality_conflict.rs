use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::recognize::{EntityRef, Kind};

declare_rule! {
    /// ## What it flags
    /// An official given a country that none of their offices belongs to:
    /// "the Moldovan Prime Minister Ali Asadov" (Ali Asadov is Prime
    /// Minister of Azerbaijan), "Minister of Economy of Tajikistan Mikayil
    /// Jabbarov".
    ///
    /// ## Why it matters
    /// In copy about two countries' delegations, names and countries get
    /// swapped; the knowledge base knows whose minister is whose.
    ///
    /// ## Example
    /// ```text
    /// Minister of Economy of Tajikistan Mikayil Jabbarov met ...
    /// ```
    /// Mikayil Jabbarov's offices are all Azerbaijan's.
    ///
    /// Only for officials the knowledge base knows, with the country
    /// written in the title itself; titles naming another country by
    /// design (ambassadors, envoys, "counterpart") are left alone.
    pub(crate) static NATIONALITY_CONFLICT = ("entity/nationality-conflict", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let text = ctx.text;
    for m in &ctx.analysis.mentions {
        let (Some(EntityRef::Official(i)), Some(title), Kind::Person) = (m.entity, m.title, m.kind) else { continue };
        let title_text = crate::text::lowercase(title.slice(text));
        if ["ambassador", "envoy", "counterpart", "consul", "representative"].iter().any(|w| title_text.contains(w)) {
            continue;
        }
        // The country the title names, or the country just before it
        // ("Moldovan Prime Minister", "Azerbaijan President").
        let before = text[..title.start].trim_end_matches(['\'', '’', 's', ' ']).len();
        let mentions = &ctx.analysis.mentions;
        let from = mentions.partition_point(|c| c.span.end < before.min(title.start));
        let to = mentions.partition_point(|c| c.span.start < title.end);
        let named: Vec<_> = mentions[from..to.max(from)]
            .iter()
            .filter(|c| c.kind == Kind::Country)
            .filter(|c| {
                (title.start <= c.span.start && c.span.end <= title.end)
                    || (c.span.end == before && before + 4 >= title.start)
            })
            // "ambassador to Moldova": the country it is sent to.
            .filter(|c| {
                !text.get(c.span.start.saturating_sub(3)..c.span.start).is_some_and(|t| t.eq_ignore_ascii_case("to "))
            })
            .collect();
        let [country] = named.as_slice() else { continue };
        let Some(EntityRef::Country(said)) = country.entity else { continue };
        let Some(said_country) = ctx.kb.country(said) else { continue };
        let Some(official) = ctx.kb.officials().get(i) else { continue };
        let countries: Vec<&str> =
            official.spells.iter().map(|s| s.country.as_str()).filter(|c| !c.is_empty()).collect();
        if countries.is_empty() || countries.contains(&said_country.id.as_str()) {
            continue;
        }
        let mut theirs: Vec<String> = countries
            .iter()
            .map(|id| ctx.kb.country_by_id(id).map_or(id.to_string(), |c| c.name_en().to_string()))
            .collect();
        theirs.sort();
        theirs.dedup();
        out.push(Finding {
            code: NATIONALITY_CONFLICT.code,
            severity: NATIONALITY_CONFLICT.default_severity,
            message: format!(
                "{}'s offices are {}'s, not {}'s",
                official.name,
                theirs.join(" and "),
                said_country.name_en()
            ),
            span: m.span,
            related: vec![Related { span: country.span, message: format!("called {}'s here", said_country.name_en()) }],
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "entity/nationality-conflict")
    }

    #[test]
    fn an_official_of_another_country() {
        assert_eq!(
            findings("Minister of Economy of Tajikistan Mikayil Jabbarov met them."),
            ["Mikayil Jabbarov's offices are Azerbaijan's, not Tajikistan's"]
        );
        assert_eq!(
            findings("The Moldovan President Ilham Aliyev spoke."),
            ["Ilham Aliyev's offices are Azerbaijan's, not Moldova's"]
        );
    }

    #[test]
    fn right_countries_and_ambassadors_pass() {
        assert!(findings("Minister of Economy of Azerbaijan Mikayil Jabbarov met them.").is_empty());
        assert!(findings("Azerbaijan's ambassador to Qatar Rashad Ismayilov spoke.").is_empty());
        for seed in [
            include_str!("../../../seeds/003_5d4062198c4cec68.txt"),
            include_str!("../../../seeds/004_675cf598d3944afe.txt"),
        ] {
            assert!(findings(seed).is_empty());
        }
    }
}
