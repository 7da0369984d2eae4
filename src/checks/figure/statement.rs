//! What quantity a figure states: the measure named before it ("trade
//! turnover", "экспорт", "الصادرات"), the period its sentence names and the
//! countries it is between. Two figures with the same statement key are
//! the same quantity, so they must agree; figures whose key is unclear get
//! none, because a wrong key is a false alarm.

use crate::Span;
use crate::analysis::Analysis;
use crate::checks::words::is_forecast;
use crate::recognize::{Kind, Mention};
use crate::value::{DateValue, Figure, Qualifier};

/// A figure with the quantity it states.
#[derive(Debug, Clone)]
pub(in crate::checks) struct Statement<'a> {
    /// The figure's mention.
    pub mention: &'a Mention,
    /// Its value.
    pub figure: &'a Figure,
    /// The measure, normalized: "turnover", "export", "non-oil export".
    pub measure: String,
    /// The measure as written, for messages.
    pub measure_span: Span,
    /// The period the sentence names, if exactly one.
    pub period: Option<(DateValue, Span)>,
    /// The countries the sentence names, in order (or the pair "the two
    /// countries" refers to).
    pub countries: Vec<&'a str>,
    /// Their names, for messages.
    pub country_names: Vec<&'a str>,
    /// The index of the sentence.
    pub sentence: usize,
}

impl Statement<'_> {
    /// "trade turnover between Azerbaijan and Qatar in the first 10 months
    /// of 2021", from the words of the text.
    pub fn describe(&self, text: &str) -> String {
        let mut s = crate::text::lowercase(self.measure_span.slice(text));
        match self.country_names.as_slice() {
            [] => {}
            [one] => s.push_str(&format!(" ({one})")),
            many => s.push_str(&format!(" ({})", many.join(", "))),
        }
        if let Some((value, span)) = &self.period {
            s.push_str(&format!(" for {value} (\"{}\")", span.slice(text)));
        }
        s
    }
}

/// Each statement with the first earlier one that states its quantity in
/// another sentence with no value in common: a thousandfold apart when
/// `scaled`, otherwise not. The same quantity is the same measure, unit,
/// period and countries; a statement with no period states none. One pair
/// per figure, however often the quantity is repeated. Statements are
/// compared only within their quantity: a long document states thousands
/// of figures about hundreds of quantities.
pub(super) fn contradictions<'s, 'a>(
    statements: &'s [Statement<'a>],
    scaled: bool,
) -> Vec<(&'s Statement<'a>, &'s Statement<'a>)> {
    type Quantity<'k, 'a> = (&'k str, Option<&'k str>, &'k [&'a str], &'k DateValue);
    let mut earlier: foldhash::HashMap<Quantity<'_, 'a>, Vec<&Statement<'a>>> = foldhash::HashMap::default();
    let mut out = Vec::new();
    for later in statements {
        let Some((period, _)) = &later.period else { continue };
        let key = (later.measure.as_str(), later.figure.unit.as_deref(), later.countries.as_slice(), period);
        let same = earlier.entry(key).or_default();
        let first = same.iter().find(|s| {
            s.sentence != later.sentence
                && !overlap(bounds(s.figure), bounds(later.figure))
                && differ_in_scale(s.figure, later.figure) == scaled
        });
        if let Some(first) = first {
            out.push((later, *first));
        }
        same.push(later);
    }
    out
}

/// Whether `a` and `b` differ by a factor of a thousand, a million or a
/// billion, each within its rounding: "$5.2 million" and "$5.2 billion".
fn differ_in_scale(a: &Figure, b: &Figure) -> bool {
    let (lo, hi) = bounds(a);
    [1e3, 1e6, 1e9].iter().any(|&k| overlap((lo * k, hi * k), bounds(b)) || overlap((lo / k, hi / k), bounds(b)))
}

/// The values a figure can mean, given its precision and its qualifier:
/// "$1.1 million" is 1.05 to 1.15 million, "more than $1 million" anything
/// above 1 million, "about $1 million" within 10% of it.
pub(super) fn bounds(f: &Figure) -> (f64, f64) {
    let half = f.precision / 2.0;
    if let Some(upper) = f.upper {
        return (f.amount - half, upper + half);
    }
    match f.qualifier {
        None => (f.amount - half, f.amount + half),
        Some(Qualifier::Approximately) => {
            let margin = (f.amount.abs() * 0.1).max(half);
            (f.amount - margin, f.amount + margin)
        }
        Some(Qualifier::MoreThan) => (f.amount - half, f64::INFINITY),
        Some(Qualifier::LessThan | Qualifier::UpTo) => (f64::NEG_INFINITY, f.amount + half),
    }
}

/// Whether two value ranges share a value.
pub(super) fn overlap((a_lo, a_hi): (f64, f64), (b_lo, b_hi): (f64, f64)) -> bool {
    a_lo <= b_hi && b_lo <= a_hi
}

/// A measure word and the key it normalizes to. English words match whole
/// and lowercased; Russian ones as a stem; Arabic ones after the article
/// and proclitics are stripped.
const MEASURES: &[(&str, &str)] = &[
    ("turnover", "turnover"),
    ("exports", "export"),
    ("export", "export"),
    ("imports", "import"),
    ("import", "import"),
    ("investments", "investment"),
    ("investment", "investment"),
    ("gdp", "gdp"),
    ("budget", "budget"),
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("output", "production"),
    ("production", "production"),
    ("population", "population"),
    ("товарооборот", "turnover"),
    ("экспорт", "export"),
    ("импорт", "import"),
    ("инвестиц", "investment"),
    ("ввп", "gdp"),
    ("бюджет", "budget"),
    ("доход", "revenue"),
    ("производств", "production"),
    ("добыч", "production"),
    ("населени", "population"),
    ("صادرات", "export"),
    ("واردات", "import"),
    ("استثمارات", "investment"),
    ("ناتج", "gdp"),
    ("ميزانية", "budget"),
    ("موازنة", "budget"),
    ("إيرادات", "revenue"),
    ("إنتاج", "production"),
    ("سكان", "population"),
];

/// Two-word measures: the first word's key when the second follows.
const PAIRS: &[(&str, &str, &str)] = &[
    ("trade", "volume", "turnover"),
    ("bilateral", "trade", "turnover"),
    ("mutual", "trade", "turnover"),
    ("объем", "торговли", "turnover"),
    ("تبادل", "تجاري", "turnover"),
    ("حجم", "تجارة", "turnover"),
];

/// Modifiers that do not change what is measured.
const NEUTRAL: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "total",
    "overall",
    "bilateral",
    "mutual",
    "trade",
    "of",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "to",
    "as",
    "from",
    "into",
    "that",
    "this",
    "these",
    "those",
    "said",
    "says",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "also",
    "while",
    "when",
    "where",
    "which",
    "whose",
    "general",
    "annual",
    "yearly",
    "monthly",
    "общий",
    "общая",
    "общем",
];

/// Words between a measure and a figure that make the link unclear: a
/// comparison, a part, another party.
const BLOCKERS: &[&str] = &[
    "compared",
    "against",
    "versus",
    "from",
    "while",
    "whereas",
    "which",
    "including",
    "than",
    "share",
    "same period",
    "previous",
    "earlier",
    "сравнению",
    "против",
    "из них",
    "в том числе",
    "тогда как",
    "прошл",
    "مقارنة",
    "مقابل",
    "منها",
    "الماضي",
];

/// Phrases that refer back to the two countries last named.
const THE_TWO: &[&str] = &[
    "two countries",
    "both countries",
    "двумя странами",
    "двух стран",
    "обеих стран",
    "между странами",
    "البلدين",
    "الجانبين",
];

/// One word of a sentence: its span and its lowercased text.
struct Word {
    span: Span,
    lower: String,
}

fn words(text: &str, sentence: Span) -> Vec<Word> {
    let s = sentence.slice(text);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let part = crate::text::is_letter_or_digit(c) || c == '-' || c == '\'' || c == '’';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                let span = Span::new(sentence.start + b, sentence.start + i);
                out.push(Word { span, lower: crate::text::lowercase(span.slice(text)) });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The Arabic stem of a word: without the proclitics و ف ب ل ك and the
/// article ال.
fn arabic_stem(word: &str) -> &str {
    let mut w = word;
    for _ in 0..2 {
        if let Some(rest) = w.strip_prefix(crate::text::ARABIC_PROCLITICS)
            && rest.chars().count() >= 3
        {
            w = rest;
        }
    }
    for article in ["ال", "ل"] {
        if let Some(rest) = w.strip_prefix(article)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    w
}

fn is_arabic(word: &str) -> bool {
    word.chars().next().is_some_and(|c| ('\u{600}'..='\u{6ff}').contains(&c))
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().next().is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// The measure key a word names, alone or with the word after it, and
/// how many words it takes (1 or 2).
fn measure_of(word: &Word, next: Option<&Word>) -> Option<(&'static str, usize)> {
    let w = word.lower.as_str();
    let stem = if is_arabic(w) { arabic_stem(w) } else { w };
    let next_stem = next.map(|n| if is_arabic(&n.lower) { arabic_stem(&n.lower) } else { n.lower.as_str() });
    if let Some(&(_, _, key)) = PAIRS.iter().find(|(a, b, _)| *a == stem && next_stem == Some(b)) {
        return Some((key, 2));
    }
    // A Russian measure is a stem; the others are whole words.
    let cyrillic = is_cyrillic(stem);
    MEASURES.iter().find_map(|&(word, key)| {
        let hit = if cyrillic { stem.starts_with(word) } else { stem == word };
        hit.then_some((key, 1))
    })
}

/// Every figure in the analysis whose quantity can be told, in text order.
pub(in crate::checks) fn statements<'a>(text: &'a str, analysis: &'a Analysis) -> Vec<Statement<'a>> {
    let mut out = Vec::new();
    let mentions = &analysis.mentions;
    if !mentions.iter().any(|m| matches!(m.kind, Kind::Money | Kind::Quantity)) {
        return out;
    }
    // Borrowed, not copied: a long document names two countries in
    // thousands of sentences.
    let mut last_pair: Option<(Vec<&str>, Vec<&str>)> = None;
    for (index, &sentence) in analysis.structure.sentences.iter().enumerate() {
        let in_sentence = analysis.mentions_in(sentence);
        let mut countries = Vec::new();
        let mut names = Vec::new();
        for m in in_sentence.iter().filter(|m| m.kind == Kind::Country) {
            let key = m.id.as_deref().or(m.canonical.as_deref()).unwrap_or_else(|| m.span.slice(text));
            if !countries.contains(&key) {
                countries.push(key);
                names.push(m.canonical.as_deref().unwrap_or_else(|| m.span.slice(text)));
            }
        }
        let has_amount = in_sentence.iter().any(|m| matches!(m.kind, Kind::Money | Kind::Quantity));
        if countries.len() == 2 {
            last_pair = Some((countries.clone(), names.clone()));
        }
        // Most sentences state no amount: lowercase only those that do.
        if !has_amount {
            continue;
        }
        let lower = crate::text::lowercase(sentence.slice(text));
        if countries.is_empty()
            && THE_TWO.iter().any(|p| lower.contains(p))
            && let Some((c, n)) = &last_pair
        {
            countries = c.clone();
            names = n.clone();
        }
        if is_forecast(&lower) {
            continue;
        }
        let Some(period) = period_of(in_sentence) else { continue };
        let words = words(text, sentence);
        // Each word's measure once, however many figures look back at it.
        let measures: Vec<_> = words.iter().enumerate().map(|(i, w)| measure_of(w, words.get(i + 1))).collect();
        for m in in_sentence.iter().filter(|m| matches!(m.kind, Kind::Money | Kind::Quantity)) {
            let Some(figure) = m.figure() else { continue };
            let Some((measure, measure_span)) = measure_before(text, &words, &measures, in_sentence, m) else {
                continue;
            };
            out.push(Statement {
                mention: m,
                figure,
                measure,
                measure_span,
                period: period.clone(),
                countries: countries.clone(),
                country_names: names.clone(),
                sentence: index,
            });
        }
    }
    out
}

/// The one period a sentence names (a year, month or interval), if any;
/// `None` when it names two: such a sentence compares periods, and its
/// figures are left alone.
fn period_of(in_sentence: &[Mention]) -> Option<Option<(DateValue, Span)>> {
    let mut found: Option<(DateValue, Span)> = None;
    for m in in_sentence {
        let Some(value) = m.date().and_then(|d| d.value.as_ref()) else { continue };
        if matches!(value, DateValue::Day(_)) {
            continue;
        }
        match &found {
            Some((v, _)) if v != value => return None,
            Some(_) => {}
            None => found = Some((value.clone(), m.span)),
        }
    }
    Some(found)
}

/// The measure a figure states: the nearest measure word before it in its
/// sentence, with nothing between them that makes the link unclear (a
/// comparison, another figure, "of which").
fn measure_before(
    text: &str,
    words: &[Word],
    measures: &[Option<(&'static str, usize)>],
    in_sentence: &[Mention],
    figure: &Mention,
) -> Option<(String, Span)> {
    let before = words.partition_point(|w| w.span.end <= figure.span.start);
    let (i, (key, len)) = (0..before).rev().find_map(|i| measures[i].map(|k| (i, k)))?;
    let word = &words[i];
    let between = Span::new(word.span.end, figure.span.start);
    let gap = crate::text::lowercase(between.slice(text));
    if BLOCKERS.iter().any(|b| gap.contains(b)) {
        return None;
    }
    // Another figure between the measure and this one: only a change
    // ("grew by 15.5% and amounted to") may stand there.
    for other in in_sentence.iter().filter(|o| o.span.start >= between.start && o.span.end <= between.end) {
        match other.kind {
            Kind::Money | Kind::Quantity => return None,
            Kind::Percent => {
                let lead = crate::text::lowercase(&text[word.span.end..other.span.start]);
                let lead = lead.trim_end();
                if !["by", "на", "بنسبة", "بـ"].iter().any(|w| lead.ends_with(w)) {
                    return None;
                }
            }
            _ => {}
        }
    }
    // A two-word measure ("trade volume", "التبادل التجاري") ends at its
    // second word; modifiers are looked for around the whole.
    let last = i + len - 1;
    let mut measure = key.to_string();
    let mut span = Span::new(word.span.start, words[last].span.end);
    if is_cyrillic(&word.lower) || is_arabic(&word.lower) {
        // Russian and Arabic put modifiers after the noun: "экспорт нефти",
        // "الصادرات النفطية".
        let after =
            words.get(last + 1).filter(|n| n.span.end <= figure.span.start && is_modifier_after(n, in_sentence));
        if let Some(m) = after {
            measure = format!("{measure} {}", m.lower);
            span.end = m.span.end;
        }
    } else if let Some(m) =
        i.checked_sub(1).map(|p| &words[p]).filter(|w| is_modifier_before(text, w, i == 1, in_sentence))
    {
        measure = format!("{} {measure}", m.lower);
        span.start = m.span.start;
    }
    Some((measure, span))
}

fn inside_mention(span: Span, in_sentence: &[Mention]) -> bool {
    in_sentence.iter().any(|m| m.span.overlaps(span))
}

/// "non-oil exports": a lowercase word before the measure that is neither
/// a function word nor a name.
fn is_modifier_before(text: &str, word: &Word, first: bool, in_sentence: &[Mention]) -> bool {
    let raw = word.span.slice(text);
    (first || raw.chars().next().is_some_and(char::is_lowercase))
        && !NEUTRAL.contains(&word.lower.as_str())
        && !word.lower.ends_with("'s")
        && !inside_mention(word.span, in_sentence)
}

/// "экспорт нефти", "الصادرات النفطية": a word after the measure that is
/// not a verb of stating, a preposition or a name.
fn is_modifier_after(word: &Word, in_sentence: &[Mention]) -> bool {
    const NOT: &[&str] = &[
        "в",
        "из",
        "между",
        "на",
        "за",
        "до",
        "с",
        "по",
        "и",
        "составил",
        "составля",
        "вырос",
        "вырас",
        "достиг",
        "увеличил",
        "сократил",
        "снизил",
        "превысил",
        "бил",
        "بين",
        "في",
        "من",
        "إلى",
        "مع",
        "بلغ",
        "ارتفع",
        "وصل",
        "تجاوز",
        "قد",
        "على",
    ];
    let w = word.lower.as_str();
    !NEUTRAL.contains(&w)
        && !NOT.iter().any(|n| if n.chars().count() <= 3 { w == *n } else { w.starts_with(n) })
        && !inside_mention(word.span, in_sentence)
        && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && (!is_arabic(w) || w.starts_with("ال"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        let analysis = crate::analyze(text, &crate::Context::default());
        statements(text, &analysis)
            .iter()
            .map(|s| {
                format!(
                    "{} {} [{}] {}",
                    s.mention.span.slice(text),
                    s.measure,
                    s.countries.join(","),
                    s.period.as_ref().map(|(v, _)| v.to_string()).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn measure_period_and_countries() {
        let text = " date 2021-12-14 By X\n\nThe trade turnover between Azerbaijan and Qatar amounted to $1.1 million in the first 10 months of 2021. In addition, the trade turnover between the two countries amounted to $2.4 million in 2020.\n";
        assert_eq!(
            keys(text),
            ["$1.1 million turnover [Q227,Q846] 2021-01/2021-10", "$2.4 million turnover [Q227,Q846] 2020"]
        );
    }

    #[test]
    fn modifiers_and_russian_arabic() {
        let text = " date 2021-12-14 By X\n\nNon-oil exports amounted to $5 million in 2020.\n";
        assert_eq!(keys(text), ["$5 million non-oil export [] 2020"]);
        let ru = " date 2024-05-16 By X\n\nТоварооборот между странами в январе-марте 2024 года вырос на 15,5% и составил 120 млн долларов.\n";
        assert_eq!(keys(ru), ["120 млн долларов turnover [] 2024-01/2024-03"]);
        let ar = " date 2024-05-16 By X\n\nوبلغ حجم التبادل التجاري بين أذربيجان وقطر 50 مليون دولار في عام 2023.\n";
        assert_eq!(keys(ar), ["50 مليون دولار turnover [Q227,Q846] 2023"]);
    }

    #[test]
    fn unclear_links_get_no_key() {
        let text = " date 2021-12-14 By X\n\nExports reached $5 million in 2021, compared to $4 million in 2020.\n";
        assert!(keys(text).is_empty(), "two periods");
        let text = " date 2021-12-14 By X\n\nExports are expected to reach $5 million in 2021.\n";
        assert!(keys(text).is_empty(), "forecast");
        let sum = " date 2021-12-14 By X\n\nTrade turnover amounted to $100 million in 2021, with exports of $60 million and imports of $30 million.\n";
        assert_eq!(
            keys(sum),
            ["$100 million turnover [] 2021", "$60 million export [] 2021", "$30 million import [] 2021"]
        );
        let text = " date 2021-12-14 By X\n\nTurnover amounted to $5 million in 2021, of which $3 million was oil.\n";
        assert_eq!(keys(text), ["$5 million turnover [] 2021"]);
    }

    #[test]
    fn each_figure_meets_the_first_disagreeing_one_of_its_own_quantity() {
        let text = " date 2022-03-01 By X\n\nExports amounted to $5 million in 2021.\n\nImports amounted to $9 million in 2021.\n\nExports amounted to $7 million in 2021.\n\nImports amounted to $9 million in 2021.\n\nExports amounted to $8 million in 2021.\n\nExports amounted to $5 billion in 2021.\n";
        let analysis = crate::analyze(text, &crate::Context::default());
        let all = statements(text, &analysis);
        let pairs = |scaled| -> Vec<(&str, &str)> {
            contradictions(&all, scaled)
                .iter()
                .map(|(later, first)| (later.mention.span.slice(text), first.mention.span.slice(text)))
                .collect()
        };
        // The imports between them, and the imports that agree, are no one's
        // contradiction; each export meets the first export it disagrees
        // with, a thousandfold apart or not.
        assert_eq!(
            pairs(false),
            [("$7 million", "$5 million"), ("$8 million", "$5 million"), ("$5 billion", "$7 million")]
        );
        assert_eq!(pairs(true), [("$5 billion", "$5 million")]);
    }
}
