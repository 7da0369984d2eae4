use super::statement::contradictions;
use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};

declare_rule! {
    /// ## What it flags
    /// The same quantity stated twice with two values: trade turnover
    /// between the same countries for the same period given as $1.1 million
    /// in one paragraph and $1.4 million in another.
    ///
    /// ## Why it matters
    /// At least one of the two figures is wrong, and a reader cannot tell
    /// which. Figures are usually copied from a release; a retyped digit
    /// shows up exactly like this.
    ///
    /// ## Example
    /// ```text
    /// Trade turnover between Azerbaijan and Qatar amounted to $1.1 million in 2021.
    /// ...
    /// Trade between the two countries reached a turnover of $1.4 million in 2021.
    /// ```
    ///
    /// ## What counts as the same quantity
    /// The measure word before the figure ("turnover", "exports",
    /// "non-oil exports", "товарооборот", "الصادرات"), the unit, the one
    /// period the sentence names and the countries it names (or "the two
    /// countries" last named) must all be equal. Sentences that compare
    /// ("compared to", "up from", "of which"), forecast ("expected",
    /// "will"), or name two periods are left alone: turnover quoted for two
    /// periods is not a conflict.
    ///
    /// ## Rounding
    /// Each figure stands for every value its written precision allows
    /// ("$1.1 million" is 1.05 to 1.15 million); "more than", "up to" and
    /// "about" (±10%) widen it. Only figures with no value in common are
    /// flagged. A thousandfold difference is reported by
    /// `figure/scale-mismatch` instead.
    pub(crate) static CONFLICT = ("figure/conflict", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let statements = ctx.statements();
    for (later, first) in contradictions(statements, false) {
        let text = ctx.text;
        out.push(Finding {
            code: CONFLICT.code,
            severity: CONFLICT.default_severity,
            message: format!(
                "{} is given as {} here but as {} earlier",
                later.describe(text),
                later.mention.span.slice(text),
                first.mention.span.slice(text)
            ),
            span: later.mention.span,
            related: vec![Related {
                span: first.mention.span,
                message: format!("{} stated here as {}", first.describe(text), first.mention.span.slice(text)),
            }],
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "figure/conflict")
    }

    #[test]
    fn the_same_turnover_twice_with_two_values() {
        let text = " date 2021-12-14 By X\n\nThe trade turnover between Azerbaijan and Qatar amounted to $1.1 million in the first 10 months of 2021.\n\nIn the first 10 months of 2021, the trade turnover between the two countries amounted to $1.4 million.\n";
        assert_eq!(
            findings(text),
            [
                "turnover (Azerbaijan, Qatar) for 2021-01/2021-10 (\"first 10 months of 2021\") is given as $1.4 million here but as $1.1 million earlier"
            ]
        );
    }

    #[test]
    fn different_periods_rounding_and_qualifiers_pass() {
        let seed = " date 2021-12-14 By X\n\nThe trade turnover between Azerbaijan and Qatar amounted to $1.1 million in the first 10 months of 2021. In addition, the trade turnover between the two countries amounted to $2.4 million in 2020.\n";
        assert!(findings(seed).is_empty());
        let rounding = " date 2021-12-14 By X\n\nExports amounted to $1.1 million in 2021.\n\nExports reached $1.14 million in 2021.\n";
        assert!(findings(rounding).is_empty());
        let qualifier = " date 2021-12-14 By X\n\nExports amounted to more than $1 million in 2021.\n\nExports reached $1.4 million in 2021.\n";
        assert!(findings(qualifier).is_empty());
        let parties = " date 2021-12-14 By X\n\nAzerbaijan's exports to Qatar amounted to $1 million in 2021.\n\nQatar's exports to Azerbaijan amounted to $3 million in 2021.\n";
        assert!(findings(parties).is_empty());
        let measures = " date 2021-12-14 By X\n\nExports amounted to $5 million in 2021.\n\nNon-oil exports amounted to $3 million in 2021.\n";
        assert!(findings(measures).is_empty());
    }
}
