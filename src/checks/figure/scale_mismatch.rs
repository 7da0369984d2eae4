use super::statement::contradictions;
use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};

declare_rule! {
    /// ## What it flags
    /// The same quantity stated twice a thousandfold apart: "$5.2 million"
    /// in one paragraph and "$5.2 billion" in another, for the same
    /// measure, countries and period.
    ///
    /// ## Why it matters
    /// Million and billion ("млн" and "млрд", "مليون" and "مليار") are one
    /// word apart and a thousand times apart; the slip survives
    /// proofreading because the digits are right.
    ///
    /// ## Example
    /// ```text
    /// Exports amounted to $5.2 million in 2021.
    /// ...
    /// In 2021, exports reached $5.2 billion.
    /// ```
    ///
    /// The same quantity is told as in `figure/conflict`: the same measure,
    /// unit, period and countries, in sentences that neither compare nor
    /// forecast. The two figures must agree within their rounding once one
    /// is scaled by a thousand, a million or a billion.
    pub(crate) static SCALE_MISMATCH = ("figure/scale-mismatch", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let statements = ctx.statements();
    let text = ctx.text;
    for (later, first) in contradictions(statements, true) {
        let ratio = later.figure.amount / first.figure.amount;
        let how = if ratio > 1.0 { "times more" } else { "times less" };
        let factor = if ratio > 1.0 { ratio } else { 1.0 / ratio };
        out.push(Finding {
            code: SCALE_MISMATCH.code,
            severity: SCALE_MISMATCH.default_severity,
            message: format!(
                "{} is given as {} here but as {} earlier: {} {how}, the same digits on another scale",
                later.describe(text),
                later.mention.span.slice(text),
                first.mention.span.slice(text),
                crate::describe::group_thousands(factor.round()),
            ),
            span: later.mention.span,
            related: vec![Related {
                span: first.mention.span,
                message: format!("stated here as {}", first.mention.span.slice(text)),
            }],
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "figure/scale-mismatch")
    }

    #[test]
    fn million_and_billion_for_one_quantity() {
        let text = " date 2021-12-14 By X\n\nExports amounted to $5.2 million in 2021.\n\nIn 2021, exports reached $5.2 billion.\n";
        assert_eq!(
            findings(text),
            [
                "exports for 2021 (\"2021\") is given as $5.2 billion here but as $5.2 million earlier: 1,000 times more, the same digits on another scale"
            ]
        );
        assert!(crate::checks::messages(text, "figure/conflict").is_empty(), "reported once");
    }

    #[test]
    fn other_quantities_pass() {
        let text = " date 2021-12-14 By X\n\nExports amounted to $5.2 million in 2021.\n\nImports reached $5.2 billion in 2021.\n";
        assert!(findings(text).is_empty());
        let text = " date 2021-12-14 By X\n\nExports amounted to $5.2 million in 2021.\n\nExports reached $5.2 billion in 2020.\n";
        assert!(findings(text).is_empty());
    }
}
