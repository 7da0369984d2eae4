use crate::checks::words::is_forecast;
use crate::checks::{CheckContext, Finding, Severity, declare_rule};
use crate::recognize::lexicon::long_date;
use crate::recognize::{Kind, Mention};
use crate::value::DateValue;

declare_rule! {
    /// ## What it flags
    /// An event reported as past but dated after publication: "the talks
    /// took place on 20 May 2024" in an article of 16 May 2024.
    ///
    /// ## Why it matters
    /// Either the date is wrong (a mistyped day or year) or the story was
    /// written ahead and never updated; readers see a report from the
    /// future.
    ///
    /// ## Example
    /// ```text
    ///  date 2024-05-16
    /// The talks took place on 20 May 2024 in Baku.
    /// ```
    ///
    /// ## When it fires
    /// Only for a date with its year written, starting more than a day
    /// after publication (time zones), alone in its sentence, in a
    /// sentence with a verb of a past event ("took place", "was held",
    /// "signed", "состоялись", "подписали", "عقد", "وقع") in the date's
    /// own clause (no comma between them) and no word of
    /// the future or a plan ("will", "scheduled", "состоится", "سيعقد",
    /// "المقرر"). Tense is read from these words only; anything less
    /// certain stays silent.
    pub(crate) static AFTER_PUBLICATION = ("date/after-publication", Severity::Warning, check);
}

/// Words that report an event as done.
const PAST: &[&str] = &[
    "took place",
    "was held",
    "were held",
    "was signed",
    "were signed",
    "signed",
    "met ",
    "visited",
    "held talks",
    "arrived",
    "opened",
    "was opened",
    "inaugurated",
    "состоял",
    "прошли",
    "прошла",
    "прошел",
    "прошёл",
    "подписал",
    "посетил",
    "провел",
    "провёл",
    "открыл",
    "عقد",
    "عقدت",
    "وقع",
    "وقعت",
    "زار",
    "التقى",
    "جرت",
    "افتتح",
];

/// Words that put an event ahead; a plan or forecast word (`FORECAST`)
/// does too.
const AHEAD: &[&str] = &[
    "shall",
    "to be held",
    "to take place",
    "scheduled",
    "due ",
    "upcoming",
    "next",
    "until",
    "by ",
    "состоится",
    "пройдет",
    "пройдёт",
    "намечен",
    "до ",
    "سيعقد",
    "ستعقد",
    "سيزور",
    "سيلتقي",
    "سيتم",
    "ستجري",
    "المقبل",
    "القادم",
    "حتى",
];

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let Some(published) = ctx.analysis.metadata.published.map(|p| p.date) else { return };
    let Ok(threshold) = published.tomorrow() else { return };
    for (index, sentence) in ctx.analysis.structure.sentences.iter().enumerate() {
        let dates: Vec<&Mention> =
            ctx.analysis.mentions_in(*sentence).iter().filter(|m| m.kind == Kind::Date).collect();
        let [date] = dates.as_slice() else { continue };
        // The header's own date is the publication date, not an event.
        if index == 0 && ctx.analysis.metadata.published.is_some_and(|p| p.span == Some(date.span)) {
            continue;
        }
        let Some(info) = date.date() else { continue };
        if !info.year_written || info.relative || info.hijri {
            continue;
        }
        let Some(first) = info.value.as_ref().and_then(DateValue::first_day) else { continue };
        if first <= threshold {
            continue;
        }
        let lower = crate::text::lowercase(sentence.slice(ctx.text));
        // The verb in the date's own clause: no comma or semicolon between
        // them ("Поездка состоялась вскоре после встречи ОПЕК+, на которой
        // ... договорился о сокращении добычи в первом квартале 2024 года"
        // reports the trip as past, not the quarter).
        let date_at = date.span.start.saturating_sub(sentence.start);
        let same_clause = |at: usize| {
            let (a, b) = if at < date_at { (at, date_at) } else { (date_at, at) };
            lower.get(a..b).is_some_and(|between| !between.contains([',', ';', '،', '؛']))
        };
        let Some(at) = PAST.iter().find_map(|w| word_at(&lower, w).filter(|&at| same_clause(at))) else { continue };
        if is_forecast(&lower) || AHEAD.iter().any(|w| lower.contains(w)) {
            continue;
        }
        let days = (first - published).get_days();
        out.push(Finding {
            code: AFTER_PUBLICATION.code,
            severity: AFTER_PUBLICATION.default_severity,
            message: format!(
                "{} is {days} days after publication ({}), but the sentence reports it as past (\"{}\")",
                date.span.slice(ctx.text),
                long_date(published),
                whole_word(&lower, at)
            ),
            span: date.span,
            related: Vec::new(),
            fix: None,
        });
    }
}

/// Where `word` starts a word in `text` (after an Arabic proclitic, too).
fn word_at(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(i, _)| i).find(|&i| crate::text::starts_word(text, i))
}

/// The words from `at` on up to the first space after a letter run:
/// "состоялись", not the stem that found it; "took place" whole.
fn whole_word(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest.find(|c: char| !crate::text::is_letter_or_digit(c)).unwrap_or(rest.len());
    let first = &rest[..end];
    match PAST.iter().find(|p| p.contains(' ') && rest.starts_with(p.trim())) {
        Some(phrase) => &rest[..phrase.trim().len()],
        None => first,
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "date/after-publication")
    }

    #[test]
    fn a_past_event_dated_after_publication() {
        assert_eq!(
            findings(" date 2024-05-16 By X\n\nThe talks took place on 20 May 2024 in Baku.\n"),
            [
                "20 May 2024 is 4 days after publication (16 May 2024), but the sentence reports it as past (\"took place\")"
            ]
        );
        assert_eq!(findings(" date 2024-05-16 By X\n\nПереговоры состоялись 20 мая 2024 года.\n").len(), 1);
        assert_eq!(findings(" date 2024-05-16 By X\n\nعقدت المحادثات في 20 مايو 2024.\n").len(), 1);
    }

    #[test]
    fn future_events_and_the_next_day_pass() {
        assert!(findings(" date 2024-05-16 By X\n\nThe talks will take place on 20 May 2024.\n").is_empty());
        assert!(findings(" date 2024-05-16 By X\n\nThe talks, scheduled for 20 May 2024, were held.\n").is_empty());
        assert!(findings(" date 2024-05-16 By X\n\nThe talks took place on 17 May 2024.\n").is_empty(), "time zones");
        assert!(findings(" date 2024-05-16 By X\n\nThe talks took place on 20 May.\n").is_empty(), "year not written");
        assert!(findings(" date 2024-05-16 By X\n\nПереговоры состоятся 20 мая 2024 года.\n").is_empty());
        // The past verb is another clause's.
        assert!(
            findings(
                " date 2023-12-06 By X\n\nПоездка состоялась вскоре после встречи ОПЕК+, на которой договорились о сокращении добычи в первом квартале 2024 года.\n"
            )
            .is_empty()
        );
    }
}
