//! Hijri dates ("15 رمضان 1445 هـ", "1 Muharram 1446 AH", "15 рамадана 1445
//! года хиджры"), converted to the
//! Gregorian calendar with ICU4X's Umm al-Qura calendar, the official one in
//! Saudi Arabia and the one Gulf agencies date by. Countries that fix a
//! month by local sighting may be a day off it, so a Hijri date's weekday
//! is not checked: a mismatch could be the sighting, not the writer.
//!
//! A Hijri date needs its era mark (هـ, للهجرة, AH) or a day: "رمضان" alone
//! is a month of fasting, not a date.

use super::lexicon::{HIJRI_MONTHS, hijri_month_number};
use super::{Kind, Mention, Value};
use crate::Span;
use crate::text::{Gate, ascii_digits, is_bounded};
use crate::value::{DateInfo, DateValue};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date as IcuDate, Gregorian};
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// The Gregorian day of a Hijri day, if it exists.
pub fn to_gregorian(year: i32, month: u8, day: u8) -> Option<Date> {
    let hijri = IcuDate::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let g = hijri.to_calendar(Gregorian);
    Date::new(
        i16::try_from(g.year().extended_year()).ok()?,
        i8::try_from(g.month().ordinal).ok()?,
        i8::try_from(g.day_of_month().0).ok()?,
    )
    .ok()
}

/// The Gregorian days a Hijri month covers.
fn month_interval(year: i32, month: u8) -> Option<DateValue> {
    let first = to_gregorian(year, month, 1)?;
    let days = IcuDate::try_new_hijri_with_calendar(year, month, 1, Hijri::new_umm_al_qura()).ok()?.days_in_month();
    let last = first.checked_add(jiff::Span::new().days(i64::from(days) - 1)).ok()?;
    Some(DateValue::Interval(Box::new(DateValue::Day(first)), Box::new(DateValue::Day(last))))
}

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<String> = HIJRI_MONTHS.iter().map(|(n, _)| regex::escape(n)).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let months = names.join("|");
    let era = r"(?:هـ|ه\.|ه‍|للهجرة|هجري(?:ة)?|AH|A\.H\.|(?:года\s+)?(?:хиджры|по\s+хиджре)|г\.\s?х\.)";
    Regex::new(&format!(
        r"(?:(?P<d>[0-3]?[0-9]|[٠-٣]?[٠-٩])\s+(?:من\s+)?(?:شهر\s+)?)?(?i:(?P<m>{months}))\s+(?:(?:سنة|عام|من\s+عام)\s+)?(?P<y>1[34][0-9][0-9]|[١][٣٤][٠-٩][٠-٩])(?P<era>\s*{era})?"
    ))
    .unwrap_or_else(|e| panic!("hijri pattern does not compile: {e}"))
});

/// Adds a date mention for every Hijri date.
pub(super) fn recognize(text: &str, out: &mut Vec<Mention>) {
    static WORDS: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["هـ", "هجر", "AH", "A.H.", "хиджр", "г. х.", "г.х."]));
    if !WORDS.any_in(text) {
        return;
    }
    for c in PATTERN.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let span = Span::new(whole.start(), whole.end());
        // A month name and a year without a day need the era mark to be a
        // date; the mark itself may run into the next word ("هـ" is short).
        if c.name("era").is_none() && c.name("d").is_none() {
            continue;
        }
        if !is_bounded(text, span.start, span.end) {
            continue;
        }
        let number = |name: &str| c.name(name).and_then(|m| ascii_digits(m.as_str()).parse::<i32>().ok());
        let (Some(month), Some(year)) = (c.name("m").and_then(|m| hijri_month_number(m.as_str())), number("y")) else {
            continue;
        };
        let value = match number("d") {
            Some(day) => u8::try_from(day).ok().and_then(|d| to_gregorian(year, month, d)).map(DateValue::Day),
            None => month_interval(year, month),
        };
        let mut m = Mention::new(Kind::Date, span);
        m.value = Some(Value::Date(DateInfo {
            value,
            weekday: None,
            year_written: true,
            relative: false,
            written: None,
            anchor: None,
            hijri: true,
        }));
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        recognize(text, &mut out);
        out.iter()
            .map(|m| {
                let v = m.date().and_then(|d| d.value.as_ref()).map_or("null".to_string(), ToString::to_string);
                (m.span.slice(text).to_string(), v)
            })
            .collect()
    }

    #[test]
    fn arabic_and_english_hijri_days() {
        assert_eq!(dates("في 15 رمضان 1445 هـ"), [("15 رمضان 1445 هـ".to_string(), "2024-03-25".to_string())]);
        assert_eq!(dates("1 Muharram 1446 AH"), [("1 Muharram 1446 AH".to_string(), "2024-07-07".to_string())]);
        assert_eq!(dates("١ شوال ١٤٤٥ هـ"), [("١ شوال ١٤٤٥ هـ".to_string(), "2024-04-10".to_string())]);
        assert_eq!(
            dates("15 рамадана 1445 года хиджры"),
            [("15 рамадана 1445 года хиджры".to_string(), "2024-03-25".to_string())]
        );
    }

    #[test]
    fn months_need_the_era_mark() {
        assert_eq!(dates("رمضان 1445 هـ"), [("رمضان 1445 هـ".to_string(), "2024-03-11/2024-04-09".to_string())]);
        assert!(dates("خلال شهر رمضان 1445 وهـ").len() <= 1);
        assert!(dates("صفر 1445").is_empty(), "no era mark, no day, and no mark in the text");
    }
}
