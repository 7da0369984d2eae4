use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::describe::group_thousands;
use crate::recognize::{Kind, Mention};
use crate::text::{ends_word, starts_word};
use crate::value::Figure;
use regex::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// ## What it flags
    /// A percentage change that does not match the figures it describes:
    /// "grew by 30% from $4.2 billion to $5.24 billion" (that is 24.8%),
    /// and a change stated as a factor: "doubled from $2.1 billion to $5.4
    /// billion", "вырос в 1,5 раза", "تضاعفت".
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
    /// A factor in digits ("2.5 times", "в 1,5 раза") is as precise as
    /// written; in words ("doubled", "two-fold", "в два раза", "تضاعف")
    /// it is read as ±0.25, since writers round those loosely, and "more
    /// than doubled", "почти вдвое" are not checked at all.
    ///
    /// Only in one sentence with a direction word (grew, rose, fell,
    /// "up", "down", вырос, снизился, ارتفع, انخفض) and "from ... to ..."
    /// ("с ... до ...", "من ... إلى ...") around two figures of the same
    /// unit.
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

/// "from A to B": the word before A and the word between.
const FROM: &[&str] = &["from", "с", "со", "من"];
const TO: &[&str] = &[" to ", " до ", " إلى ", " الى "];

/// The interval a figure may mean, given its precision.
fn bounds(f: &Figure) -> (f64, f64) {
    let half = f.precision / 2.0;
    (f.amount - half, f.amount + half)
}

/// The change a sentence states, as the ratio after/before it allows.
struct Stated {
    span: crate::Span,
    /// The lowest and highest ratio the written change allows.
    ratio: (f64, f64),
    /// How the message names it: "30%", "2 times".
    said: String,
    factor: bool,
}

/// "doubled", "two-fold", "2.5 times", "в 1,5 раза", "в два раза",
/// "تضاعف", "3 أضعاف": a change as a factor.
static FACTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<word>doubled|tripled|quadrupled|halved|удвоил[а-я]*|утроил[а-я]*)|(?P<n>[0-9]+(?:[.,][0-9]+)?|two|three|four|five|ten)[- ]?(?:fold|times)|в\s+(?P<ru>[0-9]+(?:,[0-9]+)?|два|две|три|четыре|пять|полтора)\s+раза?|(?P<ar_double>تضاعف[\p{Arabic}]*)|(?P<ar>[0-9]+)\s+(?:أضعاف|مرات)",
    )
    .expect("valid regex")
});

/// Whether a factor's words stand whole: "doubled" not inside another
/// word ("often times" is no tenfold), "times" and "раза" not the start
/// of one, "в" a word of its own.
/// Checked here rather than with `\b` in the pattern, which for Cyrillic
/// would run the slowest regex engine.
fn whole_words(sentence: &str, c: &regex::Captures<'_>) -> bool {
    let Some(whole) = c.get(0) else { return false };
    if c.name("word").is_some() {
        starts_word(sentence, whole.start())
    } else if c.name("ru").is_some() || c.name("n").is_some() {
        starts_word(sentence, whole.start()) && ends_word(sentence, whole.end())
    } else {
        true
    }
}

/// Words that make a factor approximate or a floor: "more than doubled",
/// "почти вдвое", "أكثر من".
const LOOSE: &[&str] =
    &["more than", "almost", "nearly", "over", "about", "более чем", "почти", "около", "أكثر من", "نحو", "حوالي"];

fn factor_word(word: &str) -> Option<f64> {
    Some(match crate::text::lowercase(word).as_str() {
        "two" | "два" | "две" => 2.0,
        "three" | "три" => 3.0,
        "four" | "четыре" => 4.0,
        "five" | "пять" => 5.0,
        "ten" => 10.0,
        "полтора" => 1.5,
        _ => return None,
    })
}

/// The factor a sentence states, if it states exactly one.
fn stated_factor(sentence: &str, offset: usize, up: bool, down: bool) -> Option<Stated> {
    let mut found = FACTOR.captures_iter(sentence).filter(|c| whole_words(sentence, c));
    let c = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let whole = c.get(0)?;
    let before = crate::text::lowercase(sentence[..whole.start()].trim_end());
    if LOOSE.iter().any(|w| before.ends_with(w)) {
        return None;
    }
    // Words are loose by habit ("doubled" for 1.8 times); digits as
    // precise as written.
    let (factor, tolerance) = if let Some(w) = c.name("word") {
        let w = crate::text::lowercase(w.as_str());
        let f = if w.starts_with("tripl") || w.starts_with("утро") {
            3.0
        } else if w.starts_with("quadr") {
            4.0
        } else {
            2.0
        };
        (if w == "halved" { 1.0 / f } else { f }, 0.25)
    } else if c.name("ar_double").is_some() {
        (2.0, 0.25)
    } else {
        let n = c.name("n").or(c.name("ru")).or(c.name("ar"))?.as_str();
        match factor_word(n) {
            Some(f) => (f, 0.25),
            None => {
                let digits = n.replace(',', ".");
                let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
                (digits.parse().ok()?, 0.5 * 10f64.powi(-(decimals as i32)))
            }
        }
    };
    // "doubled" says its direction; "two-fold" and "в 2 раза" take the
    // sentence's, which must be one.
    let worded = c.name("word").is_some() || c.name("ar_double").is_some();
    if !worded && (up == down || factor <= 1.0) {
        return None;
    }
    // "fell two-fold", "снизился в 2 раза": to a half.
    let ratio = if !worded && down {
        (1.0 / (factor + tolerance), 1.0 / (factor - tolerance).max(f64::MIN_POSITIVE))
    } else if factor < 1.0 {
        (1.0 / (1.0 / factor + tolerance), 1.0 / (1.0 / factor - tolerance))
    } else {
        (factor - tolerance, factor + tolerance)
    };
    Some(Stated {
        span: crate::Span::new(offset + whole.start(), offset + whole.end()),
        ratio,
        said: format!("\"{}\"", whole.as_str()),
        factor: true,
    })
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let text = ctx.text;
    for sentence in &ctx.analysis.structure.sentences {
        // Mentions and sentences are both sorted: the sentence's mentions are
        // found by binary search, so the check stays linear.
        let in_sentence: Vec<&Mention> =
            ctx.analysis.mentions_in(*sentence).iter().filter(|m| m.span.end <= sentence.end).collect();
        let amounts: Vec<&&Mention> =
            in_sentence.iter().filter(|m| matches!(m.kind, Kind::Money | Kind::Quantity)).collect();
        let [a, b] = amounts.as_slice() else { continue };
        let lower = crate::text::lowercase(sentence.slice(text));
        let up = UP.iter().any(|w| lower.contains(w));
        let down = DOWN.iter().any(|w| lower.contains(w));
        let percents: Vec<&&Mention> = in_sentence.iter().filter(|m| m.kind == Kind::Percent).collect();
        let stated = match percents.as_slice() {
            [percent] if up != down => {
                let Some(fp) = percent.figure() else { continue };
                let p = if down { -fp.amount } else { fp.amount };
                let half = fp.precision / 2.0;
                Stated {
                    span: percent.span,
                    ratio: (1.0 + (p - half) / 100.0, 1.0 + (p + half) / 100.0),
                    said: format!("{}%", group_thousands(fp.amount)),
                    factor: false,
                }
            }
            [] => match stated_factor(sentence.slice(text), sentence.start, up, down) {
                Some(s) => s,
                None => continue,
            },
            _ => continue,
        };
        let (Some(fa), Some(fb)) = (a.figure(), b.figure()) else { continue };
        if fa.unit != fb.unit || fa.amount <= 0.0 {
            continue;
        }
        // "from A to B", in that order.
        let between = &text[a.span.end..b.span.start];
        let before_a = crate::text::lowercase(&text[sentence.start..a.span.start]);
        let before_a = before_a.trim_end();
        let from = FROM
            .iter()
            .any(|w| before_a.strip_suffix(w).is_some_and(|rest| !rest.ends_with(crate::text::is_letter_or_digit)));
        if !from || !TO.iter().any(|w| between.contains(w)) {
            continue;
        }
        let (a_lo, a_hi) = bounds(fa);
        let (b_lo, b_hi) = bounds(fb);
        let lowest = b_lo / a_hi;
        let highest = b_hi / a_lo.max(f64::MIN_POSITIVE);
        if stated.ratio.1 >= lowest && stated.ratio.0 <= highest {
            continue;
        }
        let actual = fb.amount / fa.amount;
        let message = if stated.factor {
            format!(
                "from {} to {} is a factor of {:.2} ({:.2} to {:.2} within the rounding written), not {}",
                a.span.slice(text),
                b.span.slice(text),
                actual,
                lowest,
                highest,
                stated.said
            )
        } else {
            let word = if actual >= 1.0 { "rise" } else { "fall" };
            let (lo, hi) = ((lowest - 1.0) * 100.0, (highest - 1.0) * 100.0);
            format!(
                "from {} to {} is a {word} of {:.1}% ({:.1}% to {:.1}% within the rounding written), not {}",
                a.span.slice(text),
                b.span.slice(text),
                ((actual - 1.0) * 100.0).abs(),
                lo.abs().min(hi.abs()),
                lo.abs().max(hi.abs()),
                stated.said
            )
        };
        out.push(Finding {
            code: PERCENT_CHANGE.code,
            severity: PERCENT_CHANGE.default_severity,
            message,
            span: stated.span,
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
    fn a_factor_the_figures_do_not_support() {
        assert_eq!(
            findings("Exports doubled from $2.1 billion to $5.4 billion."),
            [
                "from $2.1 billion to $5.4 billion is a factor of 2.57 (2.49 to 2.66 within the rounding written), not \"doubled\""
            ]
        );
        assert_eq!(findings("Товарооборот увеличился в 1,5 раза с 200 млн долларов до 400 млн долларов.").len(), 1);
        assert_eq!(findings("Imports fell two-fold from 300 tons to 100 tons.").len(), 1);
        assert_eq!(findings("وتضاعفت الصادرات من 2.1 مليار دولار إلى 6.3 مليار دولار.").len(), 1);
    }

    #[test]
    fn factors_that_agree_or_hedge_pass() {
        assert!(findings("Exports doubled from $2.1 billion to $4.4 billion.").is_empty());
        assert!(findings("Imports fell two-fold from 300 tons to 150 tons.").is_empty());
        assert!(findings("Товарооборот увеличился в 1,5 раза с 200 млн долларов до 300 млн долларов.").is_empty());
        assert!(findings("Exports more than doubled from $2.1 billion to $5.4 billion.").is_empty(), "a floor");
        assert!(findings("The delegation visited three times from 2019 to 2021.").is_empty(), "no amounts");
        assert!(
            findings("Exports often times grew from $2.1 billion to $5.4 billion.").is_empty(),
            "\"ten times\" inside \"often times\" states no factor"
        );
        assert!(
            findings("Exports rose and imports fell two-fold from 300 tons to 100 tons.").is_empty(),
            "two directions"
        );
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
