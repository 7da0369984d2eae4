//! Word lists more than one check reads: what makes a sentence a forecast
//! or a plan rather than a statement of fact.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Words that make a sentence a forecast or a plan: its figures and
/// periods are not results.
pub(crate) const FORECAST: &[&str] = &[
    "expect",
    "will",
    "forecast",
    "projected",
    "plan",
    "target",
    "estimate",
    "could",
    "would",
    // The modal, not the month: "may be", "may reach", never "20 May".
    "may be",
    "may reach",
    "may exceed",
    "might",
    "aim",
    "goal",
    "potential",
    "ожида",
    "планир",
    "прогноз",
    "будет",
    "может",
    "цель",
    "يتوقع",
    "متوقع",
    "سوف",
    "المقرر",
    "خطة",
    "هدف",
];

/// Whether a lowercased sentence holds one of the [`FORECAST`] words: one
/// pass over it, where a search per word made thirty.
pub(crate) fn is_forecast(lower: &str) -> bool {
    static WORDS: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(FORECAST).expect("the forecast words are a valid automaton"));
    WORDS.is_match(lower)
}
