use crate::checks::{CheckContext, Finding, Severity, declare_rule};
use crate::recognize::lexicon::month_name_en;
use jiff::civil::Date;

declare_rule! {
    /// ## What it flags
    /// A date that does not exist: "31 September", "30 February 2021",
    /// "29 February 2023".
    ///
    /// ## Why it matters
    /// An impossible date is always an error, usually a typo in the day or
    /// the month, and nothing else in the article can be checked against
    /// it.
    ///
    /// ## Example
    /// ```text
    /// The agreement was signed on 31 September 2021.
    /// ```
    /// September has 30 days: the day or the month is wrong.
    ///
    /// A 29 February without a year is checked against the publication
    /// year; with neither, it is left alone.
    pub(crate) static INVALID = ("date/invalid", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let published = ctx.analysis.metadata.published.map(|p| p.date);
    for m in &ctx.analysis.mentions {
        let Some(info) = m.date() else { continue };
        let Some(w) = info.written else { continue };
        if info.value.is_some() || !(1..=12).contains(&w.month) {
            continue;
        }
        let month = month_name_en(w.month);
        // The longest the month can be in any year.
        let max_any = Date::new(2024, w.month, 1).map(|d| d.days_in_month()).unwrap_or(31);
        let message = if w.day > max_any {
            format!("{} {month} does not exist: {month} has {max_any} days", w.day)
        } else {
            let Some(year) = w.year.or(published.map(|p| p.year())) else { continue };
            if Date::new(year, w.month, w.day).is_ok() {
                continue;
            }
            let written_year = if w.year.is_some() { "" } else { " (year from the publication date)" };
            format!("{} {month} {year} does not exist: {year} is not a leap year{written_year}", w.day)
        };
        out.push(Finding {
            code: INVALID.code,
            severity: INVALID.default_severity,
            message,
            span: m.span,
            related: Vec::new(),
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "date/invalid")
    }

    #[test]
    fn impossible_days() {
        assert_eq!(findings("Signed on 31 September 2021."), ["31 September does not exist: September has 30 days"]);
        assert_eq!(
            findings("Signed on 29 February 2023."),
            ["29 February 2023 does not exist: 2023 is not a leap year"]
        );
        assert_eq!(
            findings("Подписано 31 сентября 2021 года."),
            ["31 September does not exist: September has 30 days"]
        );
        assert_eq!(findings("وقعت في 30 فبراير 2021"), ["30 February does not exist: February has 29 days"]);
    }

    #[test]
    fn real_days_pass() {
        assert!(findings("Signed on 29 February 2024 and 30 September 2021.").is_empty());
        assert!(findings("Signed on February 29.").is_empty(), "no year and no publication date");
    }
}
