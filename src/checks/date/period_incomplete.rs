use crate::checks::words::is_forecast;
use crate::checks::{CheckContext, Finding, Severity, declare_rule};
use crate::recognize::lexicon::long_date;
use crate::value::DateValue;

declare_rule! {
    /// ## What it flags
    /// A result reported for a period that had not ended when the article
    /// was published: "exports in January-December 2020 amounted to ..."
    /// in an article of 10 December 2020.
    ///
    /// ## Why it matters
    /// A period's total cannot be known before the period ends; the figure
    /// is really for a shorter period, or the date is wrong. Statistics
    /// offices and readers both catch it.
    ///
    /// ## Example
    /// ```text
    ///  date 2020-12-10
    /// Exports in January-December 2020 amounted to $1.2 billion.
    /// ```
    ///
    /// Only when the sentence states a result in the past ("amounted",
    /// "totaled", "reached", "составил", "بلغ") and says nothing of a
    /// forecast ("expected", "will", "plan", "forecast").
    pub(crate) static PERIOD_INCOMPLETE = ("date/period-incomplete", Severity::Warning, check);
}

const RESULT_WORDS: &[&str] = &[
    "amounted",
    "totaled",
    "totalled",
    "reached",
    "stood at",
    "grew",
    "increased",
    "decreased",
    "fell",
    "rose",
    "exceeded",
    "составил",
    "составила",
    "составило",
    "составили",
    "вырос",
    "выросла",
    "выросло",
    "достиг",
    "بلغ",
    "بلغت",
    "ارتفع",
    "ارتفعت",
];
fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let Some(published) = ctx.analysis.metadata.published.map(|p| p.date) else { return };
    for m in &ctx.analysis.mentions {
        let Some(info) = m.date() else { continue };
        let Some(value @ DateValue::Interval(..)) = &info.value else { continue };
        let (Some(first), Some(last)) = (value.first_day(), value.last_day()) else { continue };
        if last <= published || first > published {
            continue;
        }
        let Some(i) = ctx.analysis.structure.sentence_at(m.span.start) else { continue };
        let sentence = crate::text::lowercase(ctx.analysis.structure.sentences[i].slice(ctx.text));
        let result = RESULT_WORDS.iter().any(|w| sentence.contains(w));
        let forecast = is_forecast(&sentence);
        if !result || forecast {
            continue;
        }
        out.push(Finding {
            code: PERIOD_INCOMPLETE.code,
            severity: PERIOD_INCOMPLETE.default_severity,
            message: format!(
                "the period {} runs to {}, after publication on {}: its result cannot be known yet",
                m.span.slice(ctx.text),
                long_date(last),
                long_date(published)
            ),
            span: m.span,
            related: Vec::new(),
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "date/period-incomplete")
    }

    #[test]
    fn a_whole_year_reported_before_it_ends() {
        let text = " date 2020-12-10 By X\n\nExports in January-December 2020 amounted to $1.2 billion.\n";
        assert_eq!(
            findings(text),
            [
                "the period January-December 2020 runs to 31 December 2020, after publication on 10 December 2020: its result cannot be known yet"
            ]
        );
        let ru = " date 2020-12-10 By X\n\nТоварооборот в январе-декабре 2020 года составил 5 млн долларов.\n";
        assert_eq!(findings(ru).len(), 1);
    }

    #[test]
    fn finished_periods_and_forecasts_pass() {
        assert!(
            findings(" date 2021-12-14 By X\n\nTrade amounted to $1.1 million in the first 10 months of 2021.\n")
                .is_empty()
        );
        assert!(findings(" date 2020-12-10 By X\n\nExports in 2020 are expected to reach $1.2 billion.\n").is_empty());
        assert!(
            findings(" date 2020-12-10 By X\n\nThe plan for January-December 2020 was approved.\n").is_empty(),
            "no result stated"
        );
    }
}
