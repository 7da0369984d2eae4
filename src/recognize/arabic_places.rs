//! Arabic places named by their kind: palaces and airports ("قصر الوطن",
//! "مطار أبوظبي الدولي"), and a governorate, region, village, oasis,
//! desert, mountain range or sea before its name ("محافظة الوسطى", "منطقة
//! حائل", "قرية الفاو", "واحة الأحساء", "جبال طويق", "بحر العرب"). Arabic
//! has no capitals: the kind of place is what tells a name from a word.

use super::names::Token;
use super::{Kind, Mention};
use crate::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Adds the palaces, airports and places named by their kind in `text`.
pub(super) fn recognize(text: &str, toks: &[Token<'_>], out: &mut Vec<Mention>) {
    palaces_and_airports(text, out);
    by_kind(text, toks, out);
}

/// The kinds of place whose indefinite noun opens a place's name.
const KINDS: &[&str] = &[
    "محافظة",
    "منطقة",
    "قرية",
    "مدينة",
    "واحة",
    "صحراء",
    "جبال",
    "جبل",
    "بحر",
    "نهر",
    "جزيرة",
    "ولاية",
    "بلدة",
    "مقاطعة",
    "بحيرة",
];

/// Kinds that stay outside the name's span, as "city" does in English:
/// "مدينة العقبة" is the city "العقبة".
const OUTSIDE: &[&str] = &["مدينة", "بلدة"];

/// Words that open a name of two words ("وادي الدواسر", "عروق بني
/// معارض", "أم الجمال").
const CONSTRUCT: &[&str] =
    &["وادي", "جبل", "رأس", "أم", "عين", "بني", "تل", "دير", "بئر", "حمى", "عروق", "شرم", "خميس", "حفر", "الربع"];

/// Words after "منطقة" that make it a zone, not a place's name.
const NOT_NAMES: &[&str] = &[
    "التجارة",
    "العمليات",
    "النزاع",
    "الصراع",
    "الحظر",
    "العازلة",
    "الجمارك",
    "النفوذ",
    "الخطر",
    "اليورو",
    "الشرق",
    "حرة",
    "آمنة",
    "عازلة",
    "عسكرية",
    "صناعية",
    "جديدة",
    "واحدة",
    "أخرى",
    "كبيرة",
    "صغيرة",
    "نائية",
    "مفتوحة",
];

/// A place's own adjective after its name ("منطقة الفاو الأثرية").
const ADJECTIVES: &[&str] = &["الأثرية", "التاريخية", "القديمة"];

/// "محافظة وادي الدواسر", "قرية الفاو", "بحر العرب": the kind, then one
/// name (two after a word that opens a compound), then a place's own
/// adjective. The kind is indefinite: "المنطقة" is "the region", no name.
fn by_kind(text: &str, toks: &[Token<'_>], out: &mut Vec<Mention>) {
    // Borrowed unless the word carries marks: this reads every word.
    fn bare<'t>(t: &Token<'t>) -> std::borrow::Cow<'t, str> {
        crate::text::strip_arabic_marks(t.text)
    }
    // Adjacent: only spaces between two words, no punctuation.
    let adjacent = |a: &Token<'_>, b: &Token<'_>| text[a.span.end..b.span.start].chars().all(|c| c == ' ');
    for (i, kind) in toks.iter().enumerate() {
        let head = bare(kind);
        // The kind after a proclitic ("وبمحافظة"): the span opens at the
        // kind's own letters.
        let Some(k) = KINDS.iter().find(|k| {
            head.strip_suffix(**k).is_some_and(|p| {
                p.chars().count() <= 2 && p.chars().all(|c| crate::text::ARABIC_PROCLITICS.contains(&c))
            })
        }) else {
            continue;
        };
        let Some(first) = toks.get(i + 1).filter(|w| adjacent(kind, w)) else { continue };
        let name = bare(first);
        // An indefinite adjective ("منطقة عسكرية", "مدينة ذكية") is no name.
        if NOT_NAMES.contains(&&*name) || !name.starts_with("ال") && name.ends_with('ة') || name.chars().count() < 3
        {
            continue;
        }
        let mut last = i + 1;
        if CONSTRUCT.contains(&&*name)
            && let Some(next) = toks.get(i + 2).filter(|w| adjacent(first, w))
        {
            last = i + 2;
            if bare(next) == "بني" && toks.get(i + 3).is_some_and(|w| adjacent(next, w)) {
                last = i + 3;
            }
        }
        let name_end = toks[last].span.end;
        if toks.get(last + 1).is_some_and(|w| adjacent(&toks[last], w) && ADJECTIVES.contains(&&*bare(w))) {
            last += 1;
        }
        // A kind written with marks is found by its letters; the span then
        // opens at the word.
        let start = kind.span.end.checked_sub(k.len()).filter(|&s| text.get(s..kind.span.end) == Some(*k));
        let start = if OUTSIDE.contains(k) { first.span.start } else { start.unwrap_or(kind.span.start) };
        let mut m = Mention::new(Kind::Place, Span::new(start, toks[last].span.end));
        m.canonical = Some(text[first.span.start..name_end].into());
        out.push(m);
    }
}

/// A palace, or an airport or stadium and its name up to "الدولي".
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"قصر\s+ال[[\p{Arabic}\p{M}]&&[\p{L}\p{M}]]{2,}|(?:مطار|استاد|ملعب)(?:\s+[[\p{Arabic}\p{M}]&&[\p{L}\p{M}]]{2,}){1,2}\s+الدولي",
    )
    .expect("valid regex")
});

/// Palaces, airports and stadiums by name: "قصر الوطن", "مطار أبوظبي
/// الدولي", "بمطار القاهرة الدولي" (the proclitic outside), "استاد الملك
/// فهد الدولي". A city or a king inside the name gives way to the longer
/// place.
fn palaces_and_airports(text: &str, out: &mut Vec<Mention>) {
    if !["قصر", "مطار", "استاد", "ملعب"].iter().any(|kind| text.contains(kind)) {
        return;
    }
    for m in PLACE.find_iter(text) {
        let span = Span::new(m.start(), m.end());
        if !super::bodies::whole(text, span.start, span.end) {
            continue;
        }
        let mut mention = Mention::new(Kind::Place, span);
        mention.canonical = Some(m.as_str().into());
        out.push(mention);
    }
}

/// Compiles the patterns ahead of the first text.
pub(super) fn warm_up() {
    LazyLock::force(&PLACE);
}

#[cfg(test)]
mod tests {
    use crate::{Context, analyze};

    fn places(text: &str) -> Vec<String> {
        let config = crate::config::Config { language: Some(crate::text::Language::Ar), ..Default::default() };
        analyze(text, &Context::new(config))
            .mentions
            .iter()
            .filter(|m| m.kind == crate::Kind::Place)
            .map(|m| m.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn palaces_and_airports() {
        assert_eq!(places("في قصر الوطن بأبوظبي"), ["قصر الوطن", "أبوظبي"]);
        assert_eq!(places("لدى وصوله إلى مطار أبوظبي الدولي"), ["مطار أبوظبي الدولي"]);
        assert_eq!(places("بمطار القاهرة الدولي"), ["مطار القاهرة الدولي"]);
        assert_eq!(places("على استاد الملك فهد الدولي"), ["استاد الملك فهد الدولي"]);
    }

    #[test]
    fn places_named_by_their_kind() {
        assert_eq!(places("في محافظة الوسطى جنوب"), ["محافظة الوسطى"]);
        assert_eq!(places("وتقع في محافظة وادي الدواسر على"), ["محافظة وادي الدواسر"]);
        assert_eq!(places("اكتشافات منطقة الفاو الأثرية. وكانت الفاو عاصمة"), ["منطقة الفاو الأثرية", "الفاو"]);
        assert_eq!(places("وبمنطقة حائل، وواحة الأحساء"), ["منطقة حائل", "واحة الأحساء"]);
        assert_eq!(places("على بحر العرب وجبال طويق"), ["بحر العرب", "جبال طويق"]);
        assert_eq!(places("في صحراء الربع الخالي قرب مدينة نجران"), ["صحراء الربع الخالي", "نجران"]);
        // A zone, an indefinite adjective, the definite kind: no name.
        assert!(places("منطقة التجارة الحرة في منطقة عسكرية، والمنطقة الشرقية").is_empty());
    }
}
