use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::recognize::lexicon::long_date;
use crate::text::PublishedSource;
use crate::value::DateValue;

declare_rule! {
    /// ## What it flags
    /// A dateline whose date is days away from the publication date the
    /// header or the page gives: "BAKU, Azerbaijan, June 5." under a
    /// header dated 2023-06-15.
    ///
    /// ## Why it matters
    /// The dateline is the reader's first fact; a stale one means the copy
    /// was reused, or the wrong draft was published.
    ///
    /// ## Example
    /// ```text
    ///  date 2023-06-15 BAKU, Azerbaijan, June 5. The minister said ...
    /// ```
    ///
    /// A difference of one day is normal (copy filed late in the evening,
    /// or across time zones) and is not reported.
    pub(crate) static DATELINE_MISMATCH = ("date/dateline-mismatch", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let meta = &ctx.analysis.metadata;
    let (Some(published), Some(dateline)) = (meta.published, meta.dateline) else { return };
    if published.source == PublishedSource::Dateline {
        return;
    }
    let Some(date_span) = dateline.date else { return };
    let Some(mention) = ctx.analysis.mentions.iter().find(|m| m.span.overlaps(date_span)) else { return };
    let Some(DateValue::Day(day)) = mention.date().and_then(|d| d.value.as_ref()) else { return };
    let days = (*day - published.date).get_days().abs();
    if days < 2 {
        return;
    }
    out.push(Finding {
        code: DATELINE_MISMATCH.code,
        severity: DATELINE_MISMATCH.default_severity,
        message: format!(
            "the dateline says {}, {} days from the publication date {} ({})",
            long_date(*day),
            days,
            long_date(published.date),
            published.source.as_str()
        ),
        span: mention.span,
        related: published
            .span
            .map(|s| Related { span: s, message: "publication date".to_string() })
            .into_iter()
            .collect(),
        fix: None,
    });
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "date/dateline-mismatch")
    }

    #[test]
    fn a_stale_dateline() {
        assert_eq!(
            findings(" date 2023-06-15 BAKU, Azerbaijan, June 5. The minister said so.\n"),
            ["the dateline says 5 June 2023, 10 days from the publication date 15 June 2023 (header)"]
        );
    }

    #[test]
    fn same_or_next_day_passes() {
        assert!(findings(" date 2023-06-15 BAKU, Azerbaijan, June 15. The minister said so.\n").is_empty());
        assert!(findings(" date 2023-06-16 BAKU, Azerbaijan, June 15. The minister said so.\n").is_empty());
        assert!(findings(include_str!("../../../seeds/004_675cf598d3944afe.txt")).is_empty());
    }
}
