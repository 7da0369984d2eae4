use crate::Span;
use crate::checks::{Applicability, CheckContext, Edit, Finding, Fix, Related, Severity, declare_rule};
use crate::recognize::{Kind, Mention};

declare_rule! {
    /// ## What it flags
    /// One person's name spelled two ways in the same article: "Sherali
    /// Kabir" and "Sherali Kabirov", "Lukashenko" and "Lukashenka".
    ///
    /// ## Why it matters
    /// Readers take two spellings for two people, and a newsroom's
    /// archive search finds only one of them. Transliterated names
    /// (Azerbaijani, Arabic, Russian, Belarusian) drift most.
    ///
    /// ## Example
    /// ```text
    /// Minister Sherali Kabir met ... Sherali Kabirov noted ...
    /// ```
    /// Use one spelling throughout:
    /// ```text
    /// Minister Sherali Kabir met ... Sherali Kabir noted ...
    /// ```
    ///
    /// The two spellings must share the rest of the name (the same first
    /// name, or both stand alone as surnames), and their surnames of five
    /// letters or more must differ by one letter (two from eight letters
    /// on) or by a Russian ending ("Kabir" / "Kabirov"). That is evidence of a
    /// variant, not proof: the finding is `info`. A surname's feminine form
    /// ("Aliyev" / "Aliyeva") names another member of the family and is not
    /// flagged.
    ///
    /// ## Fix safety
    /// The fix respells the less used form as the more used one (the
    /// earlier one on a tie). It is unsafe: two people can have names
    /// this close.
    pub(crate) static NAME_VARIANT = ("entity/name-variant", Severity::Info, check);
}

/// A spelling of a name and the mentions that use it.
struct Spelling<'a> {
    words: Vec<&'a str>,
    mentions: Vec<&'a Mention>,
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let text = ctx.text;
    let mut spellings: Vec<Spelling<'_>> = Vec::new();
    for m in ctx.analysis.mentions.iter().filter(|m| m.kind == Kind::Person) {
        let written = m.span.slice(text);
        let words: Vec<&str> = written.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        match spellings.iter_mut().find(|s| s.words == words) {
            Some(s) => s.mentions.push(m),
            None => spellings.push(Spelling { words, mentions: vec![m] }),
        }
    }
    let mut reported: Vec<(usize, usize)> = Vec::new();
    for (a, sa) in spellings.iter().enumerate() {
        for (b, sb) in spellings.iter().enumerate().skip(a + 1) {
            let Some((wa, wb)) = variant_surnames(&sa.words, &sb.words) else { continue };
            if reported.iter().any(|&(x, y)| x == a || y == b) {
                continue;
            }
            reported.push((a, b));
            // The more used spelling is preferred; on a tie, the earlier.
            let (keep, change) = if sb.mentions.len() > sa.mentions.len() { (sb, sa) } else { (sa, sb) };
            let (keep_word, change_word) = if std::ptr::eq(keep, sa) { (wa, wb) } else { (wb, wa) };
            let first_change = change.mentions[0];
            let line_of = |m: &Mention| crate::checks::line_number(text, m.span.start);
            let message = format!(
                "\"{}\" (line {}) and \"{}\" (line {}) look like one person spelled two ways",
                change.words.join(" "),
                line_of(first_change),
                keep.words.join(" "),
                line_of(keep.mentions[0])
            );
            let edits = change
                .mentions
                .iter()
                .filter_map(|m| {
                    let written = m.span.slice(text);
                    let at = written.find(change_word)?;
                    let start = m.span.start + at;
                    Some(Edit { span: Span::new(start, start + change_word.len()), text: keep_word.to_string() })
                })
                .collect();
            out.push(Finding {
                code: NAME_VARIANT.code,
                severity: NAME_VARIANT.default_severity,
                message,
                span: first_change.span,
                related: keep
                    .mentions
                    .iter()
                    .take(3)
                    .map(|m| Related { span: m.span, message: format!("spelled \"{}\" here", m.span.slice(text)) })
                    .collect(),
                fix: Some(Fix {
                    title: format!("Spell it \"{keep_word}\" throughout"),
                    applicability: Applicability::Unsafe,
                    edits,
                }),
            });
        }
    }
}

/// The differing surnames of two spellings of one name, if they are
/// variants: the other words equal, the last words close but not equal.
pub(crate) fn variant_surnames<'a>(a: &[&'a str], b: &[&'a str]) -> Option<(&'a str, &'a str)> {
    let (sa, sb) = (*a.last()?, *b.last()?);
    if sa == sb || a[..a.len() - 1] != b[..b.len() - 1] {
        return None;
    }
    let (la, lb) = (sa.chars().count(), sb.chars().count());
    if la.min(lb) < 5 {
        return None;
    }
    let (xa, xb) = (crate::text::lowercase(sa), crate::text::lowercase(sb));
    let cyrillic = |w: &str| w.chars().all(|c| ('\u{0400}'..='\u{04FF}').contains(&c) || c == '-');
    if cyrillic(&xa) && cyrillic(&xb) && crate::recognize::nominative(&xa) == crate::recognize::nominative(&xb) {
        // "Токаев" / "Токаева" / "Токаеву": one name in two grammatical
        // cases, not two spellings.
        return None;
    }
    // "Aliyev" / "Aliyeva": a woman of the same family (the First Lady
    // beside the President), not a second spelling.
    let feminine = |man: &str, woman: &str| {
        woman.strip_suffix('a') == Some(man) && ["ov", "ev", "in", "yn"].iter().any(|e| man.ends_with(e))
    };
    if feminine(&xa, &xb) || feminine(&xb, &xa) {
        return None;
    }
    // A Russified surname: "Kabir" / "Kabirov", "Rahmon" / "Rahmonov".
    let russified = ["ov", "ev", "ova", "eva"].iter().any(|s| xa == format!("{xb}{s}") || xb == format!("{xa}{s}"));
    let distance = strsim::levenshtein(&xa, &xb);
    (russified || distance <= 1 || (distance == 2 && la.min(lb) >= 8)).then_some((sa, sb))
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "entity/name-variant")
    }

    #[test]
    fn two_spellings_of_one_name() {
        let text = "Minister Sherali Kabir arrived.\nLater Minister Sherali Kabirov said so. Kabir agreed.";
        assert_eq!(
            findings(text),
            ["\"Sherali Kabirov\" (line 2) and \"Sherali Kabir\" (line 1) look like one person spelled two ways"]
        );
        let text =
            "President Aleksandr Lukashenko spoke. Lukashenko agreed, and President Aleksandr Lukashenka said so.";
        let found = findings(text);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn different_people_are_not_variants() {
        assert!(findings("Minister Rashad Nabiyev met Minister Rashad Ismayilov.").is_empty());
        assert!(findings("President Ilham Aliyev met Minister Elmar Aliyev.").is_empty());
        assert!(findings("Minister Ali Asadov met Minister Ali Asadi.").is_empty(), "surnames under five letters");
        assert!(
            findings("President Ilham Aliyev and First Lady Mehriban Aliyeva arrived. Aliyev and Aliyeva visited.")
                .is_empty(),
            "a husband and wife"
        );
        assert!(
            findings("Токаев прибыл в Москву. Визит стал для Токаева первым. Путин и Токаеву вручил награду.")
                .is_empty(),
            "Russian case forms"
        );
        let misspelt = "Президент Касым-Жомарт Токаев прибыл в Москву. Касым-Жомарт Токоев заявил, что визит важен.";
        assert_eq!(findings(misspelt).len(), 1, "a Cyrillic misspelling still counts");
    }
}
