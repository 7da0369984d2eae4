use crate::checks::{CheckContext, Finding, Severity, declare_rule};
use crate::value::DateValue;
use regex::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// ## What it flags
    /// An anniversary whose number does not match the years since the
    /// event it marks: "the 30th anniversary of relations established in
    /// 1991" in an article of 2023 (the 32nd).
    ///
    /// ## Why it matters
    /// Anniversary numbers are copied from last year's story and from
    /// press releases; the arithmetic is the reader's first check.
    ///
    /// ## Example
    /// ```text
    ///  date 2023-06-15
    /// ... marks the 30th anniversary of diplomatic relations, established in 1991.
    /// ```
    /// 2023 − 1991 = 32: the 32nd anniversary.
    ///
    /// Only when the sentence names exactly one earlier year, the number is
    /// off by at most five years (a year further off is when the
    /// anniversary was marked, not what it counts from) and the article's
    /// publication year is known; a year elsewhere in the article is not
    /// evidence.
    pub(crate) static ANNIVERSARY_MISMATCH = ("date/anniversary-mismatch", Severity::Warning, check);
}

/// "30th anniversary", "30-летие", "30-ю годовщину", "الذكرى الـ30",
/// "الذكرى الثلاثين": the number in digits (`n1`..`n4`) or in Arabic
/// ordinal words (`unit`, `tens1`/`tens2`: "الخامسة والعشرين" = 25).
static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| {
    let units = alternation(ARABIC_UNITS);
    let tens = alternation(ARABIC_TENS);
    Regex::new(&format!(
        r"(?P<n1>[0-9]{{1,3}})(?i:st|nd|rd|th)\s+(?i:anniversary)|(?P<n2>[0-9]{{1,3}})\s*[-–]?\s*(?:лети[еяюи]|летием|(?:я|й|ю|ей)\s+годовщин[аыуе])|الذكرى\s+(?:السنوية\s+)?(?:الـ\s*(?P<n3>[0-9٠-٩]{{1,3}})|(?P<n4>[0-9٠-٩]{{1,3}})|(?P<unit>{units})(?:\s+و(?P<tens1>{tens}))?|(?P<tens2>{tens}))"
    ))
    .expect("valid regex")
});

/// Compiles the pattern ahead of the first text.
pub(in crate::checks) fn warm_up() {
    LazyLock::force(&ANNIVERSARY);
}

/// Feminine ordinals, as "الذكرى" takes them.
const ARABIC_UNITS: &[(&str, i64)] = &[
    ("الأولى", 1),
    ("الثانية", 2),
    ("الثالثة", 3),
    ("الرابعة", 4),
    ("الخامسة", 5),
    ("السادسة", 6),
    ("السابعة", 7),
    ("الثامنة", 8),
    ("التاسعة", 9),
    ("العاشرة", 10),
];
const ARABIC_TENS: &[(&str, i64)] = &[
    ("العشرين", 20),
    ("الثلاثين", 30),
    ("الأربعين", 40),
    ("الخمسين", 50),
    ("الستين", 60),
    ("السبعين", 70),
    ("الثمانين", 80),
    ("التسعين", 90),
    ("المئوية", 100),
];

fn alternation(words: &[(&str, i64)]) -> String {
    words.iter().map(|(w, _)| regex::escape(w)).collect::<Vec<_>>().join("|")
}

fn word_value(table: &[(&str, i64)], word: Option<regex::Match<'_>>) -> i64 {
    word.and_then(|w| table.iter().find(|(t, _)| *t == w.as_str())).map_or(0, |(_, n)| *n)
}

/// The anniversary's number, from digits (Arabic-Indic too) or words.
fn stated(c: &regex::Captures<'_>) -> Option<i64> {
    if let Some(n) = ["n1", "n2", "n3", "n4"].iter().find_map(|g| c.name(g)) {
        return crate::text::ascii_digits(n.as_str()).parse().ok();
    }
    let n = word_value(ARABIC_UNITS, c.name("unit")) + word_value(ARABIC_TENS, c.name("tens1").or(c.name("tens2")));
    (n > 0).then_some(n)
}

fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The most years an anniversary's number is found off by: last year's
/// number copied, a count from the wrong end.
const MAX_SLIP: i64 = 5;

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let Some(published) = ctx.analysis.metadata.published.map(|p| p.date) else { return };
    // The pattern is compiled only for an article that names an
    // anniversary in one of its words, and searched only in the sentences
    // that do: most never do, and a search has a cost of its own.
    let mut words: Vec<usize> = ["nniversary", "NNIVERSARY", "лети", "одовщин", "الذكرى"]
        .iter()
        .flat_map(|w| memchr::memmem::find_iter(ctx.text.as_bytes(), w.as_bytes()))
        .collect();
    if words.is_empty() {
        return;
    }
    words.sort_unstable();
    let names_one =
        |s: &crate::Span| words.get(words.partition_point(|&at| at < s.start)).is_some_and(|&at| at < s.end);
    for sentence in ctx.analysis.structure.sentences.iter().filter(|s| names_one(s)) {
        let text = sentence.slice(ctx.text);
        for c in ANNIVERSARY.captures_iter(text) {
            let (Some(whole), Some(stated)) = (c.get(0), stated(&c)) else { continue };
            // The years the sentence names, before publication.
            let years: Vec<i64> = ctx
                .analysis
                .mentions_in(*sentence)
                .iter()
                .filter(|m| m.span.end <= sentence.end)
                .filter_map(|m| match m.date()?.value.as_ref()? {
                    DateValue::Year(y) => Some(i64::from(*y)),
                    DateValue::Month { year, .. } => Some(i64::from(*year)),
                    DateValue::Day(d) => Some(i64::from(d.year())),
                    DateValue::Interval(..) => None,
                })
                .filter(|&y| y < i64::from(published.year()))
                .collect();
            let [year] = years.as_slice() else { continue };
            let actual = i64::from(published.year()) - year;
            // A count off by a few years is a slip; off by more, the year
            // is not the one counted from but when the anniversary was
            // marked ("marking the 30th anniversary, was held in January
            // 2022").
            if actual == stated || (actual - stated).abs() > MAX_SLIP {
                continue;
            }
            let span = crate::Span::new(sentence.start + whole.start(), sentence.start + whole.end());
            out.push(Finding {
                code: ANNIVERSARY_MISMATCH.code,
                severity: ANNIVERSARY_MISMATCH.default_severity,
                message: format!(
                    "the {} anniversary of {year} falls in {}, not {} (publication year): {} is the {}",
                    ordinal(stated),
                    year + stated,
                    published.year(),
                    published.year(),
                    ordinal(actual)
                ),
                span,
                related: Vec::new(),
                fix: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "date/anniversary-mismatch")
    }

    #[test]
    fn wrong_count_of_years() {
        let text =
            " date 2023-06-15 By Azernews\n\nThis year marks the 30th anniversary of relations established in 1991.\n";
        assert_eq!(
            findings(text),
            ["the 30th anniversary of 1991 falls in 2021, not 2023 (publication year): 2023 is the 32nd"]
        );
    }

    #[test]
    fn right_counts_and_missing_evidence_pass() {
        assert!(
            findings(" date 2021-06-15 By X\n\nIt marks the 30th anniversary of relations established in 1991.\n")
                .is_empty()
        );
        // Seed 002: the year is in another sentence.
        assert!(findings(include_str!("../../../seeds/002_adb4616c7cf76855.txt")).is_empty());
        assert!(
            findings(" date 2023-06-15 By X\n\nThe 30th anniversary of ties set in 1991 and renewed in 2001.\n")
                .is_empty(),
            "two years"
        );
        // The year is when the anniversary was marked, not what it counts from.
        assert!(
            findings(
                " date 2023-05-19 By X

The previous summit, marking the 30th anniversary of diplomatic relations, was held via video link in January 2022.
"
            )
            .is_empty()
        );
    }
}
