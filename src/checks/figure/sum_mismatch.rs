use super::statement::{Statement, bounds, overlap};
use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::describe::group_thousands;
use crate::recognize::{Kind, Mention};
use crate::value::Figure;

declare_rule! {
    /// ## What it flags
    /// Parts that do not add up to their stated total: trade turnover of
    /// $100 million "with exports of $60 million and imports of $30
    /// million", or a total "of which" the listed parts exceed it.
    ///
    /// ## Why it matters
    /// Turnover is exports plus imports by definition, and parts cannot
    /// exceed their whole; when they do, one of the figures was mistyped
    /// or belongs to another period.
    ///
    /// ## Example
    /// ```text
    /// Trade turnover amounted to $100 million in 2021, with exports of $60 million and imports of $30 million.
    /// ```
    ///
    /// ## What is compared
    /// - Turnover with one export and one import figure of the same unit, in
    ///   its sentence or in the next one when that sentence names no other
    ///   period or country: they must add up.
    /// - A total followed in its sentence by "of which", "including", "в
    ///   том числе", "из них" or "منها" and parts of the same unit: the
    ///   parts must not exceed it (they need not make it up).
    ///
    /// ## Rounding
    /// Each figure stands for every value its written precision allows,
    /// widened by "about", "more than" or "up to"; the sum is flagged only
    /// when no such values agree.
    pub(crate) static SUM_MISMATCH = ("figure/sum-mismatch", Severity::Warning, check);
}

/// Words after a total that introduce some of its parts.
const PARTS: &[&str] = &["of which", "including", "в том числе", "из них", "из которых", "منها", "بينها"];

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let statements = ctx.statements();
    turnover(ctx.text, statements, out);
    parts_exceed(ctx, out);
}

/// "$90 million", from a figure's unit and amount, for messages.
fn amount(f: &Figure) -> String {
    let (value, scale) = match f.amount.abs() {
        a if a >= 1e9 => (f.amount / 1e9, " billion"),
        a if a >= 1e6 => (f.amount / 1e6, " million"),
        _ => (f.amount, ""),
    };
    let value = (value * 1000.0).round() / 1000.0;
    format!("{}{scale} {}", group_thousands(value), f.unit.as_deref().unwrap_or("")).trim_end().to_string()
}

fn turnover(text: &str, statements: &[Statement<'_>], out: &mut Vec<Finding>) {
    for total in statements.iter().filter(|s| s.measure == "turnover") {
        let follows = |s: &&Statement<'_>| {
            s.figure.unit == total.figure.unit
                && (s.sentence == total.sentence
                    || (s.sentence == total.sentence + 1 && s.period.is_none() && s.countries.is_empty()))
        };
        let exports: Vec<_> = statements.iter().filter(|s| s.measure == "export").filter(follows).collect();
        let imports: Vec<_> = statements.iter().filter(|s| s.measure == "import").filter(follows).collect();
        let ([export], [import]) = (exports.as_slice(), imports.as_slice()) else { continue };
        let (e, i) = (bounds(export.figure), bounds(import.figure));
        let sum = (e.0 + i.0, e.1 + i.1);
        if overlap(sum, bounds(total.figure)) {
            continue;
        }
        let exact = Figure { amount: export.figure.amount + import.figure.amount, ..total.figure.clone() };
        out.push(Finding {
            code: SUM_MISMATCH.code,
            severity: SUM_MISMATCH.default_severity,
            message: format!(
                "exports of {} and imports of {} add up to {}, not the turnover of {} given here",
                export.mention.span.slice(text),
                import.mention.span.slice(text),
                amount(&exact),
                total.mention.span.slice(text)
            ),
            span: total.mention.span,
            related: vec![
                Related { span: export.mention.span, message: "exports".to_string() },
                Related { span: import.mention.span, message: "imports".to_string() },
            ],
            fix: None,
        });
    }
}

fn parts_exceed(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let text = ctx.text;
    for sentence in &ctx.analysis.structure.sentences {
        let figures: Vec<&Mention> = ctx
            .analysis
            .mentions_in(*sentence)
            .iter()
            .filter(|m| matches!(m.kind, Kind::Money | Kind::Quantity))
            .collect();
        for (k, total) in figures.iter().enumerate() {
            let Some(total_value) = total.figure() else { continue };
            let Some(next) = figures.get(k + 1) else { break };
            let gap = crate::text::lowercase(&text[total.span.end..next.span.start]);
            if !PARTS.iter().any(|p| gap.contains(p)) {
                continue;
            }
            let parts: Vec<&&Mention> = figures[k + 1..]
                .iter()
                .take_while(|m| m.figure().is_some_and(|f| f.unit == total_value.unit))
                .collect();
            let lowest: f64 = parts.iter().filter_map(|m| m.figure()).map(|f| bounds(f).0).sum();
            if lowest <= bounds(total_value).1 {
                continue;
            }
            let sum: f64 = parts.iter().filter_map(|m| m.figure()).map(|f| f.amount).sum();
            let listed: Vec<&str> = parts.iter().map(|m| m.span.slice(text)).collect();
            out.push(Finding {
                code: SUM_MISMATCH.code,
                severity: SUM_MISMATCH.default_severity,
                message: format!(
                    "the parts {} add up to {}, more than the total of {} they belong to",
                    listed.join(" + "),
                    amount(&Figure { amount: sum, ..total_value.clone() }),
                    total.span.slice(text)
                ),
                span: total.span,
                related: parts.iter().map(|m| Related { span: m.span, message: "part".to_string() }).collect(),
                fix: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "figure/sum-mismatch")
    }

    #[test]
    fn exports_and_imports_that_miss_the_turnover() {
        let text = " date 2021-12-14 By X\n\nTrade turnover amounted to $100 million in 2021, with exports of $60 million and imports of $30 million.\n";
        assert_eq!(
            findings(text),
            [
                "exports of $60 million and imports of $30 million add up to 90 million USD, not the turnover of $100 million given here"
            ]
        );
        let next = " date 2021-12-14 By X\n\nTrade turnover amounted to $100 million in 2021. Exports amounted to $60 million and imports to $30 million.\n";
        assert_eq!(findings(next).len(), 1);
    }

    #[test]
    fn parts_that_exceed_their_total() {
        let text = " date 2021-12-14 By X\n\nInvestment reached $500 million, of which $300 million in energy and $250 million in farming.\n";
        assert_eq!(
            findings(text),
            [
                "the parts $300 million + $250 million add up to 550 million USD, more than the total of $500 million they belong to"
            ]
        );
    }

    #[test]
    fn sums_within_rounding_pass() {
        let text = " date 2021-12-14 By X\n\nTrade turnover amounted to $100 million in 2021, with exports of $60.4 million and imports of $39.7 million.\n";
        assert!(findings(text).is_empty());
        let text = " date 2021-12-14 By X\n\nInvestment reached $500 million, of which $300 million in energy.\n";
        assert!(findings(text).is_empty());
        let text = " date 2021-12-14 By X\n\nTrade turnover amounted to $100 million in 2021. Exports to Qatar amounted to $60 million and imports to $30 million.\n";
        assert!(findings(text).is_empty(), "another country in the next sentence");
    }
}
