use crate::checks::{CheckContext, Finding, Severity, declare_rule};
use crate::kb::{Kb, Spell};
use crate::recognize::lexicon::long_date;
use crate::recognize::{EntityRef, Kind};

declare_rule! {
    /// ## What it flags
    /// An official given an office they did not hold on the article's
    /// date: "Foreign Minister Elmar Mammadyarov" in a 2022 article (he
    /// left that office on 16 July 2020).
    ///
    /// ## Why it matters
    /// Titles go stale faster than names: a reporter reuses last year's
    /// copy, or a template, and a former minister is minister again. Readers
    /// and the people named notice at once.
    ///
    /// ## Example
    /// ```text
    ///  date 2022-05-01
    /// Foreign Minister Elmar Mammadyarov met his counterpart.
    /// ```
    /// The message names his term and who held the office on that date
    /// (Jeyhun Bayramov).
    ///
    /// Evidence required: the person is linked to a Wikidata official, the
    /// title written before the name maps to an office that person held
    /// (so the title is understood), none of their terms in that office
    /// covers the publication date, and the date is within the data's
    /// range (up to its as-of date). Otherwise the rule stays silent: it
    /// never guesses what a title means.
    pub(crate) static OFFICE_TERM = ("entity/office-term", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let Some(day) = ctx.analysis.metadata.published.map(|p| p.date) else { return };
    if ctx.kb.officials_as_of().is_none_or(|as_of| day > as_of) {
        return;
    }
    let mut keys = OfficeKeys::new(ctx.kb);
    // An official is named with the same title many times: each pair is
    // judged once.
    let mut judged: foldhash::HashMap<(usize, String), Option<String>> = foldhash::HashMap::default();
    for m in &ctx.analysis.mentions {
        let (Some(EntityRef::Official(i)), Some(title), Kind::Person) = (m.entity, m.title, m.kind) else { continue };
        let Some(key) = keys.of(title.slice(ctx.text)) else { continue };
        let judgement =
            judged.entry((i, key)).or_insert_with_key(|(i, key)| stale_office(ctx.kb, *i, key, day, &mut keys));
        let Some(message) = judgement.clone() else { continue };
        out.push(Finding {
            code: OFFICE_TERM.code,
            severity: OFFICE_TERM.default_severity,
            message,
            span: crate::Span::new(title.start, m.span.end),
            related: Vec::new(),
            fix: None,
        });
    }
}

/// The finding's message when official `i` held no office of `key` on
/// `day` but did hold it at some time: their terms and who held it then.
fn stale_office(kb: &Kb, i: usize, key: &str, day: jiff::civil::Date, keys: &mut OfficeKeys<'_>) -> Option<String> {
    let official = kb.officials().get(i)?;
    let spells: Vec<&Spell> = official.spells.iter().filter(|s| keys.of(&s.position).as_deref() == Some(key)).collect();
    if spells.is_empty() || spells.iter().any(|s| !s.excludes(day)) {
        return None;
    }
    let terms: Vec<String> = spells.iter().map(|s| term(s)).collect();
    let position = &spells[0].position;
    let holders = kb.officials().holders(&spells[0].country, position, day);
    let then = match holders.as_slice() {
        [] => String::new(),
        hs => format!("; on that date it was held by {}", hs.join(" and ")),
    };
    Some(format!(
        "{} was {} {}, not on {} (publication){then}",
        official.name,
        position,
        terms.join(" and "),
        long_date(day)
    ))
}

fn term(s: &Spell) -> String {
    let show = |f: Option<crate::kb::Fuzzy>| {
        f.map_or("?".to_string(), |f| if f.first == f.last { long_date(f.first) } else { f.first.year().to_string() })
    };
    match s.end {
        Some(_) => format!("from {} to {}", show(s.start), show(s.end)),
        None => format!("from {}", show(s.start)),
    }
}

/// [`office_key`] of each title once: a long document gives the same
/// titles and the same officials' offices thousands of times.
pub(crate) struct OfficeKeys<'a> {
    kb: &'a Kb,
    known: foldhash::HashMap<Box<str>, Option<String>>,
}

impl<'a> OfficeKeys<'a> {
    pub(crate) fn new(kb: &'a Kb) -> OfficeKeys<'a> {
        OfficeKeys { kb, known: foldhash::HashMap::default() }
    }

    pub(crate) fn of(&mut self, title: &str) -> Option<String> {
        if let Some(key) = self.known.get(title) {
            return key.clone();
        }
        let key = office_key(title, self.kb);
        self.known.insert(title.into(), key.clone());
        key
    }
}

/// A title and an office label reduced to one comparable form: "Foreign
/// Minister", "Minister of Foreign Affairs of Azerbaijan" and "Azerbaijani
/// Foreign Affairs Minister" all become "minister of foreign affairs".
/// `None` when the text is not an office copydesk understands.
pub(crate) fn office_key(title: &str, kb: &Kb) -> Option<String> {
    let mut words: Vec<String> = title
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| crate::text::lowercase(w.trim_end_matches("'s").trim_end_matches("’s")))
        .collect();
    // Countries and demonyms say whose office, not which.
    words.retain(|w| !kb.is_english_country_word(w) && w != "the" && w != "acting");
    while words.last().is_some_and(|w| w == "of") {
        words.pop();
    }
    let text = words.join(" ");
    let text = text.strip_suffix(" of").unwrap_or(&text).to_string();
    let key = match text.as_str() {
        "president" | "prime minister" | "vice president" | "vice-president" | "first vice-president" => text.clone(),
        t if t.starts_with("minister of ") => t.to_string(),
        t if t.ends_with(" minister") && t != "prime minister" => {
            let portfolio = t.trim_end_matches(" minister");
            format!("minister of {portfolio}")
        }
        _ => return None,
    };
    // "Foreign Minister" is the Minister of Foreign Affairs.
    Some(if key == "minister of foreign" { "minister of foreign affairs".to_string() } else { key })
}

#[cfg(test)]
mod tests {
    use super::office_key;
    use crate::kb::Kb;

    #[test]
    fn titles_and_labels_meet() {
        let kb = Kb::embedded();
        let key = |t: &str| office_key(t, &kb);
        assert_eq!(key("Foreign Minister").as_deref(), Some("minister of foreign affairs"));
        assert_eq!(key("Minister of Foreign Affairs").as_deref(), Some("minister of foreign affairs"));
        assert_eq!(key("Minister of Economy of Azerbaijan").as_deref(), Some("minister of economy"));
        assert_eq!(key("Azerbaijani Foreign Minister").as_deref(), Some("minister of foreign affairs"));
        assert_eq!(key("President").as_deref(), Some("president"));
        assert_eq!(key("Chairman"), None);
        assert_eq!(key("Undersecretary"), None);
    }

    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "entity/office-term")
    }

    #[test]
    fn a_former_minister_is_flagged_with_the_term_and_the_holder() {
        let found =
            findings(" date 2022-05-01 By Azernews\n\nForeign Minister Elmar Mammadyarov met his counterpart.\n");
        assert_eq!(
            found,
            [
                "Elmar Mammadyarov was Minister of Foreign Affairs from 7 April 2004 to 16 July 2020, not on 1 May 2022 (publication); on that date it was held by Jeyhun Bayramov"
            ]
        );
    }

    #[test]
    fn silent_when_right_unknown_or_after_the_data() {
        assert!(findings(" date 2015-05-01 By Azernews\n\nForeign Minister Elmar Mammadyarov met them.\n").is_empty());
        assert!(findings(" date 2022-05-01 By Azernews\n\nForeign Minister Jeyhun Bayramov met them.\n").is_empty());
        // A title that maps to no office of his: no guessing.
        assert!(findings(" date 2022-05-01 By Azernews\n\nChairman Elmar Mammadyarov met them.\n").is_empty());
        // After the data's as-of date nothing can be said.
        assert!(findings(" date 2024-05-01 By Azernews\n\nForeign Minister Elmar Mammadyarov met them.\n").is_empty());
        // Seed 003: the Minister of Economy in June 2023, after the data.
        assert!(findings(include_str!("../../../seeds/003_5d4062198c4cec68.txt")).is_empty());
    }
}
