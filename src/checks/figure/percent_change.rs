use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::describe::group_thousands;
use crate::recognize::{Kind, Mention};
use crate::value::Figure;

declare_rule! {
    /// ## What it flags
    /// A percentage change that does not match the figures it describes:
    /// "grew by 30% from $4.2 billion to $5.24 billion" (that is 24.8%).
    ///
    /// ## Why it matters
    /// The percentage is what headlines repeat; when it disagrees with the
    /// figures beside it, one of the three numbers is wrong.
    ///
    /// ## Example
    /// ```text
    /// Exports grew by 30% from $4.2 billion to $5.24 billion.
    /// ```
    /// From 4.2 to 5.24 is a rise of 24.8%.
    ///
    /// ## Rounding
    /// Each figure is taken as exact only to the precision written: $4.2
    /// billion is anything from 4.15 to 4.25 billion, 30% anything from
    /// 29.5% to 30.5%. The change is flagged only when no values within
    /// those bounds agree. "up 24.8% from $4.2bn to $5.24bn" passes.
    ///
    /// Only in one sentence with a direction word (grew, rose, fell,
    /// "up", "down") and "from ... to ..." around two figures of the
    /// same unit.
    pub(crate) static PERCENT_CHANGE = ("figure/percent-change", Severity::Warning, check);
}

const UP: &[&str] = &[
    "grew",
    "grow",
    "rose",
    "rise",
    "increase",
    "up ",
    "up by",
    "growth",
    "gain",
    "jump",
    "climb",
    "вырос",
    "увелич",
    "ارتفع",
    "زيادة",
    "نمو",
];
const DOWN: &[&str] = &[
    "fell",
    "fall",
    "drop",
    "decline",
    "decrease",
    "down ",
    "down by",
    "shrank",
    "снизил",
    "сократил",
    "упал",
    "انخفض",
    "تراجع",
];

/// The interval a figure may mean, given its precision.
fn bounds(f: &Figure) -> (f64, f64) {
    let half = f.precision / 2.0;
    (f.amount - half, f.amount + half)
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let text = ctx.text;
    for sentence in &ctx.analysis.structure.sentences {
        // Mentions and sentences are both sorted: the sentence's mentions are
        // found by binary search, so the check stays linear.
        let mentions = &ctx.analysis.mentions;
        let from = mentions.partition_point(|m| m.span.start < sentence.start);
        let to = mentions.partition_point(|m| m.span.start < sentence.end);
        let in_sentence: Vec<&Mention> = mentions[from..to].iter().filter(|m| m.span.end <= sentence.end).collect();
        if !in_sentence.iter().any(|m| m.kind == Kind::Percent) {
            continue;
        }
        let lower = sentence.slice(text).to_lowercase();
        let up = UP.iter().any(|w| lower.contains(w));
        let down = DOWN.iter().any(|w| lower.contains(w));
        if up == down {
            continue;
        }
        let percents: Vec<&&Mention> = in_sentence.iter().filter(|m| m.kind == Kind::Percent).collect();
        let [percent] = percents.as_slice() else { continue };
        let amounts: Vec<&&Mention> =
            in_sentence.iter().filter(|m| matches!(m.kind, Kind::Money | Kind::Quantity)).collect();
        let [a, b] = amounts.as_slice() else { continue };
        let (Some(fa), Some(fb), Some(fp)) = (a.figure(), b.figure(), percent.figure()) else { continue };
        if fa.unit != fb.unit || fa.amount <= 0.0 {
            continue;
        }
        // "from A to B", in that order.
        let between = &text[a.span.end..b.span.start];
        let before_a = text[sentence.start..a.span.start].to_lowercase();
        if !(before_a.trim_end().ends_with("from") || before_a.trim_end().ends_with("с"))
            || !(between.contains(" to ") || between.contains(" до "))
        {
            continue;
        }
        let stated = if down { -fp.amount } else { fp.amount };
        let (a_lo, a_hi) = bounds(fa);
        let (b_lo, b_hi) = bounds(fb);
        let lowest = (b_lo - a_hi) / a_hi * 100.0;
        let highest = (b_hi - a_lo) / a_lo.max(f64::MIN_POSITIVE) * 100.0;
        let (p_lo, p_hi) = (stated - fp.precision / 2.0, stated + fp.precision / 2.0);
        if p_hi >= lowest && p_lo <= highest {
            continue;
        }
        let actual = (fb.amount - fa.amount) / fa.amount * 100.0;
        let word = if actual >= 0.0 { "rise" } else { "fall" };
        out.push(Finding {
            code: PERCENT_CHANGE.code,
            severity: PERCENT_CHANGE.default_severity,
            message: format!(
                "from {} to {} is a {word} of {:.1}% ({:.1}% to {:.1}% within the rounding written), not {}%",
                a.span.slice(text),
                b.span.slice(text),
                actual.abs(),
                lowest.abs().min(highest.abs()),
                lowest.abs().max(highest.abs()),
                group_thousands(fp.amount)
            ),
            span: percent.span,
            related: vec![
                Related { span: a.span, message: "from".to_string() },
                Related { span: b.span, message: "to".to_string() },
            ],
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "figure/percent-change")
    }

    #[test]
    fn a_change_the_figures_do_not_support() {
        assert_eq!(
            findings("Exports grew by 30% from $4.2 billion to $5.24 billion."),
            [
                "from $4.2 billion to $5.24 billion is a rise of 24.8% (23.2% to 26.4% within the rounding written), not 30%"
            ]
        );
        assert_eq!(findings("Imports fell by 10% from 500 tons to 400 tons.").len(), 1);
    }

    #[test]
    fn changes_within_rounding_pass() {
        assert!(findings("Exports were up 24.8% from $4.2bn to $5.24bn.").is_empty());
        assert!(findings("Exports grew by 25% from $4.2 billion to $5.24 billion.").is_empty());
        assert!(
            findings("Exports grew by 30% to $5.24 billion, from $4.2 billion a year earlier.").is_empty(),
            "not from A to B"
        );
    }
}
