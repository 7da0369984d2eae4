use crate::checks::{CheckContext, Finding, Severity, declare_rule};
use crate::recognize::lexicon::long_date;
use crate::value::DateValue;
use jiff::ToSpan;

declare_rule! {
    /// ## What it flags
    /// A relative word and a date that name different days: "yesterday,
    /// 13 December" in an article published on 15 December.
    ///
    /// ## Why it matters
    /// Copy written one day and published the next keeps its "yesterday";
    /// the date beside it shows the slip. One of the two is wrong, and
    /// readers cannot tell which.
    ///
    /// ## Example
    /// ```text
    ///  date 2021-12-15
    /// The minister said yesterday, 13 December, that ...
    /// ```
    /// "yesterday" is 14 December: fix the word or the date.
    pub(crate) static RELATIVE_MISMATCH = ("date/relative-mismatch", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let Some(published) = ctx.analysis.metadata.published.map(|p| p.date) else { return };
    for m in &ctx.analysis.mentions {
        let Some(info) = m.date() else { continue };
        let (Some((word, delta)), Some(DateValue::Day(written))) = (info.anchor, &info.value) else { continue };
        let Ok(meant) = published.checked_add(delta.days()) else { continue };
        if meant == *written {
            continue;
        }
        out.push(Finding {
            code: RELATIVE_MISMATCH.code,
            severity: RELATIVE_MISMATCH.default_severity,
            message: format!(
                "\"{}\" is {} (published {}), not {}",
                word.slice(ctx.text),
                long_date(meant),
                long_date(published),
                long_date(*written)
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
        crate::checks::messages(text, "date/relative-mismatch")
    }

    #[test]
    fn yesterday_is_not_that_day() {
        let text = " date 2021-12-15 By Azernews\n\nThe minister said yesterday, 13 December, that talks went well.\n";
        assert_eq!(
            findings(text),
            ["\"yesterday\" is 14 December 2021 (published 15 December 2021), not 13 December 2021"]
        );
    }

    #[test]
    fn matching_or_unanchored_dates_pass() {
        assert!(findings(" date 2021-12-15 By Azernews\n\nHe said yesterday, 14 December, that ...\n").is_empty());
        assert!(findings(" date 2021-12-15 By Azernews\n\nHe said today, Wednesday, that ...\n").is_empty());
        assert!(findings("He said yesterday, 13 December, that ...").is_empty(), "no publication date");
    }
}
