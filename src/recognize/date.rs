//! Dates and periods in English, Russian and Arabic, resolved against the
//! publication date the way a copy editor reads them.
//!
//! A date's value has the precision the text gives ("2021-12-12",
//! "2023-04", "2021", or an interval "2021-01/2021-10"). A date without a
//! year takes the year that puts it nearest the publication date ("December
//! 28" in an article of 3 January is the previous December). Relative
//! expressions ("yesterday", "last year", "в прошлом году", "العام الماضي")
//! resolve against the publication date; without one their value is
//! unknown, never guessed.
//!
//! Month and weekday names come from `lexicon`; each pattern is compiled
//! once and scans the text in one pass. Word boundaries are checked by
//! hand rather than with Unicode `\b`, which would force the slowest regex
//! engine over the whole text.

use super::lexicon::{self, MONTHS, WEEKDAYS};
use super::{Input, Kind, Mention, Value};
use crate::Span;
use crate::text::{Gate, Language, ascii_digits, is_bounded as bounded};
use crate::value::{DateInfo, DateValue, WrittenDay};
use jiff::civil::{Date, Weekday};
use jiff::{Span as Duration, ToSpan};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Adds a mention for every date found.
pub(super) fn recognize(input: &Input<'_>, out: &mut Vec<Mention>) {
    recognize_text(input.text, input.language, input.published, out);
}

/// [`recognize`] on a text in `language` published on `published`.
pub(super) fn recognize_text(text: &str, language: Language, published: Option<Date>, out: &mut Vec<Mention>) {
    let r = Resolver { published };
    let mut found: Vec<(Span, DateInfo)> = Vec::new();
    english(text, &r, &mut found);
    if matches!(language, Language::Ru | Language::Und) || crate::text::has_cyrillic(text) {
        russian(text, &r, &mut found);
    }
    if matches!(language, Language::Ar | Language::Und) || crate::text::has_arabic(text) {
        arabic(text, &r, &mut found);
        arabic_periods(text, &mut found);
    }
    year_ranges(text, &mut found);
    years_in_parentheses(text, &mut found);
    same_period(text, &mut found);
    anchor_day_words(text, &mut found);
    for (span, _) in found.iter_mut() {
        // "27 يوليو 2024 م": the Gregorian era's letter written apart
        // belongs to the date, as "2024م" does.
        let after = &text[span.end..];
        if text[..span.end].ends_with(|c: char| c.is_ascii_digit())
            && after.starts_with(" م")
            && after[" م".len()..].chars().next().is_none_or(|c| !crate::text::is_letter_or_digit(c))
        {
            *span = Span::new(span.start, span.end + " م".len());
        }
    }
    for (span, info) in found {
        let mut m = Mention::new(Kind::Date, span);
        m.value = Some(Value::Date(info));
        out.push(m);
    }
}

/// "a joint action plan for 2023-2027", "خطة 2023-2027": two years joined
/// by a dash, the second later and at most thirty years on, are a period
/// in any language, with no preposition needed. Where Russian adds its word
/// ("2021-2022 годах") the longer mention wins.
fn year_ranges(text: &str, found: &mut Vec<(Span, DateInfo)>) {
    static RANGE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?P<y>(?:1[89]|20)[0-9][0-9])\s?[-–]\s?(?P<y2>(?:1[89]|20)[0-9][0-9])"));
    // Each pattern is compiled the first time a text could match it: a
    // check of one article pays only for those its words can use.
    static DASHES: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["-", "–"]));
    let dashed = DASHES.any_in(text);
    for c in dashed.then(|| RANGE.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        let (Some(a), Some(b)) = (num::<i16>(&c, "y"), num::<i16>(&c, "y2")) else { continue };
        if a < b && b - a <= 30 && number_bounded(text, span.start, span.end) {
            found.push((span, info(Some(interval(DateValue::Year(a), DateValue::Year(b))), true, false)));
        }
    }
}

/// "Historic Jeddah (2014)", "وجدة التاريخية (2014)": a year alone in
/// parentheses is a date in any language.
fn years_in_parentheses(text: &str, found: &mut Vec<(Span, DateInfo)>) {
    for (open, _) in text.match_indices('(') {
        let Some(inner) = text.get(open + 1..open + 5) else { continue };
        let year = inner.parse::<i16>().ok().filter(|y| (1900..=2100).contains(y));
        if let Some(year) = year
            && inner.bytes().all(|b| b.is_ascii_digit())
            && text[open + 5..].starts_with(')')
        {
            found.push((Span::new(open + 1, open + 5), info(Some(DateValue::Year(year)), true, false)));
        }
    }
}

/// "1 أكتوبر 2030 حتى 31 مارس 2031", "بين أكتوبر 2021 ومارس 2022": two
/// dates with their years, joined by "حتى" or "إلى", or by "و" after
/// "بين", the second the later, are one period. The preposition before
/// the first ("من", "بين") stays outside, as it does in every language.
fn arabic_periods(text: &str, found: &mut Vec<(Span, DateInfo)>) {
    fn first(v: &DateValue) -> Option<(i16, i8, i8)> {
        match v {
            DateValue::Day(d) => Some((d.year(), d.month(), d.day())),
            DateValue::Month { year, month } => Some((*year, *month, 0)),
            _ => None,
        }
    }
    static JOINED: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["حتى", "إلى", "بين"]));
    if !JOINED.any_in(text) {
        return;
    }
    found.sort_by_key(|(s, _)| *s);
    let mut i = 0;
    while i + 1 < found.len() {
        // The next date after this one, past the shorter readings inside
        // it ("أكتوبر 2030" in "1 أكتوبر 2030").
        let Some(j) = (i + 1..found.len()).find(|&j| found[j].0.start >= found[i].0.end) else { break };
        let ((a, da), (b, db)) = (&found[i], &found[j]);
        let between = text.get(a.end..b.start).unwrap_or("");
        let opener = text[..a.start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        let joined = matches!(between, " حتى " | " إلى " | " وحتى ") || (between == " و" && opener == "بين");
        let years = da.year_written && db.year_written;
        let ordered = match (da.value.as_ref().and_then(first), db.value.as_ref().and_then(first)) {
            (Some(x), Some(y)) => x < y,
            _ => false,
        };
        if joined
            && years
            && ordered
            && let (Some(va), Some(vb)) = (da.value.clone(), db.value.clone())
        {
            let span = Span::new(a.start, b.end);
            found[i] = (span, info(Some(interval(va, vb)), true, false));
            found.remove(j);
        }
        i += 1;
    }
}

/// "the same period of the previous year", "за аналогичный период прошлого
/// года", "الفترة نفسها من العام الماضي": the period named last before it
/// in the same paragraph, a year earlier.
fn same_period(text: &str, found: &mut Vec<(Span, DateInfo)>) {
    static SAME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"same\s+period\s+(?:of\s+|in\s+)?(?:the\s+previous\s+year|last\s+year|a\s+year\s+earlier|the\s+year\s+before|(?P<y1>(?:19|20)[0-9][0-9]))|аналогичн(?:ый|ым|ого)\s+период(?:ом|а)?\s+(?:прошлого|предыдущего|(?P<y2>(?:19|20)[0-9][0-9]))\s+года|(?:الفترة\s+نفسها|نفس\s+الفترة)\s+من\s+(?:العام\s+(?:الماضي|السابق)|عام\s+(?P<y3>(?:19|20)[0-9][0-9]))",
        )
    });
    static WORDS: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["same period", "аналогичн", "الفترة"]));
    if !WORDS.any_in(text) {
        return;
    }
    found.sort_by_key(|(s, _)| *s);
    let mut added = Vec::new();
    for c in SAME.captures_iter(text) {
        let mut span = span_of(&c);
        // "the same period": the article joins the span here, not in the
        // pattern, where "the" would make every "the" a candidate.
        let before = text[..span.start].trim_end_matches(char::is_whitespace);
        if before.len() < span.start
            && let Some(start) = before.strip_suffix("the").or_else(|| before.strip_suffix("The")).map(str::len)
            && bounded(text, start, span.end)
        {
            span.start = start;
        }
        // "the same period of 2021": that year, not the one before.
        let year: Option<i16> = ["y1", "y2", "y3"].iter().find_map(|g| num(&c, g));
        // The period it repeats: the last one before it, not across a
        // blank line.
        let before = found.iter().rev().find(|(s, d)| {
            s.end <= span.start
                && matches!(d.value, Some(DateValue::Interval(..)) | Some(DateValue::Month { .. }))
                && !text[s.end..span.start].contains("\n\n")
        });
        let value = before.and_then(|(_, d)| d.value.as_ref()).and_then(|v| match year {
            Some(y) => shift_year(v, y - first_year(v)),
            None => shift_year(v, -1),
        });
        added.push((span, info(value, year.is_some(), year.is_none())));
    }
    found.extend(added);
}

/// Days a day word ("yesterday", "вчера", "أمس") points from publication,
/// in every language: one table for the relative dates and the anchors.
fn day_word_delta(word: &str) -> Option<i64> {
    Some(match crate::text::lowercase(word).as_str() {
        "yesterday" | "вчера" | "أمس" | "الأمس" | "the day before" | "накануне" => -1,
        "позавчера" => -2,
        "today" | "сегодня" | "اليوم" => 0,
        "tomorrow" | "завтра" | "غدا" | "غداً" => 1,
        _ => return None,
    })
}

/// Whether a clause ends at `at`: punctuation or the end of the text
/// follows, not the noun a word like "the day before" would take.
fn ends_clause(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .find(|c| *c != ' ')
        .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '\n' | '\r' | '—' | '–'))
}

/// Whether the word after `at` is a preposition or a verb in the past
/// tense: "накануне провел переговоры", "прибыл накануне вместе с ...".
/// A noun after it ("накануне визита", "накануне начала") makes it the
/// eve of that, not a date.
fn before_verb(text: &str, at: usize) -> bool {
    let Some(word) = text[at..].split_whitespace().next() else { return false };
    let word = word.trim_end_matches(|c: char| !crate::text::is_letter(c));
    matches!(word, "в" | "во" | "на" | "с" | "со" | "вместе" | "по" | "из" | "у" | "к")
        || ["л", "ли", "лся", "лась", "лись"].iter().any(|end| word.ends_with(end))
}

/// "вчера, 13 октября", "أمس، 13 أكتوبر": a day word written right before a
/// date is one date said twice; the date keeps the word as its anchor so
/// `date/relative-mismatch` can compare them.
fn anchor_day_words(text: &str, found: &mut Vec<(Span, DateInfo)>) {
    found.sort_by_key(|(s, _)| *s);
    let mut pairs = Vec::new();
    for (i, pair) in found.windows(2).enumerate() {
        let [(word, _), (day, info)] = pair else { continue };
        let Some(delta) = day_word_delta(word.slice(text)) else { continue };
        if day.start <= word.end || info.written.is_none() || info.anchor.is_some() {
            continue;
        }
        let gap = &text[word.end..day.start];
        if gap.chars().all(|c| c.is_whitespace() || matches!(c, ',' | '،' | '—' | '–')) {
            pairs.push((i, delta));
        }
    }
    for &(i, delta) in pairs.iter().rev() {
        let (word, _) = found.remove(i);
        let (day, info) = &mut found[i];
        day.start = word.start;
        info.anchor = Some((word, delta));
    }
}

/// `value` moved by `years`, at the same precision.
fn shift_year(value: &DateValue, years: i16) -> Option<DateValue> {
    Some(match value {
        DateValue::Day(d) => DateValue::Day(d.checked_add(jiff::Span::new().years(years)).ok()?),
        DateValue::Month { year, month } => DateValue::Month { year: year + years, month: *month },
        DateValue::Year(y) => DateValue::Year(y + years),
        DateValue::Interval(a, b) => interval(shift_year(a, years)?, shift_year(b, years)?),
    })
}

/// The year a date or period starts in.
fn first_year(value: &DateValue) -> i16 {
    match value {
        DateValue::Day(d) => d.year(),
        DateValue::Month { year, .. } => *year,
        DateValue::Year(y) => *y,
        DateValue::Interval(a, _) => first_year(a),
    }
}

/// Resolves partial and relative dates against the publication date.
struct Resolver {
    published: Option<Date>,
}

impl Resolver {
    /// A day without a year: the year that puts it from nine months before
    /// publication to three after. News reports what happened more often
    /// and further back than what is planned ("signed in Tashkent on May
    /// 1", in November, is the May before).
    fn day_near(&self, month: i8, day: i8) -> Option<Date> {
        let p = self.published?;
        let candidate = Date::new(p.year(), month, day).ok()?;
        let days = (candidate - p).get_days();
        let year = if days > 92 {
            p.year() - 1
        } else if days < -273 {
            p.year() + 1
        } else {
            p.year()
        };
        Date::new(year, month, day).ok()
    }

    /// A month without a year, likewise.
    /// The first `month` after publication (`later`) or the last before it
    /// ("نوفمبر المقبل", "أكتوبر الماضي").
    fn month_beside(&self, month: i8, later: bool) -> Option<DateValue> {
        let p = self.published?;
        let year = match later {
            true if month > p.month() => p.year(),
            true => p.year() + 1,
            false if month < p.month() => p.year(),
            false => p.year() - 1,
        };
        month_value(year, month)
    }

    fn month_near(&self, month: i8) -> Option<DateValue> {
        let p = self.published?;
        let diff = i32::from(month) - i32::from(p.month());
        let year = if diff > 6 {
            p.year() - 1
        } else if diff < -6 {
            p.year() + 1
        } else {
            p.year()
        };
        Some(DateValue::Month { year, month })
    }

    /// The publication date moved by `delta`.
    fn shifted(&self, delta: Duration) -> Option<Date> {
        self.published?.checked_add(delta).ok()
    }

    /// The publication year plus `offset`.
    fn year(&self, offset: i16) -> Option<DateValue> {
        Some(DateValue::Year(self.published?.year() + offset))
    }

    /// The publication month plus `offset` months.
    fn month(&self, offset: i32) -> Option<DateValue> {
        let d = self.published?.first_of_month().checked_add(offset.months()).ok()?;
        Some(DateValue::Month { year: d.year(), month: d.month() })
    }

    /// The Monday-to-Sunday week `offset` weeks from publication.
    fn week(&self, offset: i32) -> Option<DateValue> {
        let p = self.published?;
        let monday = p.checked_sub(i64::from(p.weekday().to_monday_zero_offset()).days()).ok()?;
        let start = monday.checked_add((offset * 7).days()).ok()?;
        let end = start.checked_add(6.days()).ok()?;
        Some(DateValue::Interval(Box::new(DateValue::Day(start)), Box::new(DateValue::Day(end))))
    }

    /// The last `weekday` on or before publication ("on Friday").
    /// The last `weekday` strictly before publication.
    fn weekday_before(&self, weekday: Weekday) -> Option<Date> {
        let p = self.published?;
        let back = (p.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset() - 1).rem_euclid(7) + 1;
        p.checked_sub(i64::from(back).days()).ok()
    }

    /// The first `weekday` strictly after publication.
    fn weekday_after(&self, weekday: Weekday) -> Option<Date> {
        let p = self.published?;
        let ahead = (weekday.to_monday_zero_offset() - p.weekday().to_monday_zero_offset() - 1).rem_euclid(7) + 1;
        p.checked_add(i64::from(ahead).days()).ok()
    }

    /// The year a relative word names: "last" / "the previous" /
    /// "прошлого" / "العام الماضي" the one before publication's, "next" /
    /// "the next" / "следующего" the one after, any other ("this", "the
    /// current", "этого", "текущего", "العام الجاري") its own.
    fn year_named(&self, word: &str) -> Option<i16> {
        let shift = match word {
            "last" | "the previous" | "прошлого" => -1,
            "next" | "the next" | "следующего" => 1,
            w if w.ends_with("الماضي") => -1,
            _ => 0,
        };
        Some(self.published?.year() + shift)
    }

    /// The first `weekday` on or after publication ("will meet on Friday").
    fn next_weekday(&self, weekday: Weekday) -> Option<Date> {
        let p = self.published?;
        let ahead = (weekday.to_monday_zero_offset() - p.weekday().to_monday_zero_offset()).rem_euclid(7);
        p.checked_add(i64::from(ahead).days()).ok()
    }

    /// A bare weekday: the last one on or before publication, or the next
    /// one on or after it where the verb before it is in the future tense.
    fn bare_weekday(&self, weekday: Weekday, text: &str, at: usize) -> Option<Date> {
        if future_before(text, at) { self.next_weekday(weekday) } else { self.last_weekday(weekday) }
    }

    fn last_weekday(&self, weekday: Weekday) -> Option<Date> {
        let p = self.published?;
        let back = (p.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset()).rem_euclid(7);
        p.checked_sub(i64::from(back).days()).ok()
    }
}

/// Whether one of the three words before `at` marks the future: "will
/// meet on Monday", "которая пройдет в понедельник". News reports the past
/// unless it says otherwise.
fn future_before(text: &str, at: usize) -> bool {
    let start = at.saturating_sub(120);
    let start = (start..at).find(|&i| text.is_char_boundary(i)).unwrap_or(at);
    let before = &text[start..at];
    // Within the sentence: a full stop ends the search.
    let before = before.rsplit(['.', '!', '?', '\n']).next().unwrap_or("");
    before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| lexicon::FUTURE_MARKERS.contains(&w.trim_matches(|c: char| !crate::text::is_letter(c))))
}

/// Like [`bounded`], but a number must not continue a larger number or a
/// decimal ("2,020", "1.15").
fn number_bounded(text: &str, start: usize, end: usize) -> bool {
    if !bounded(text, start, end) {
        return false;
    }
    let before = text[..start].chars().rev().take(2).collect::<Vec<_>>();
    let after = text[end..].chars().take(2).collect::<Vec<_>>();
    let glued = |pair: &[char]| matches!(pair, [p, d, ..] if matches!(p, ',' | '.') && d.is_ascii_digit());
    !glued(&before) && !glued(&after) && !before.first().is_some_and(|c| matches!(c, '$' | '€' | '£' | '#' | '№'))
}

/// Whether the word before `at`, across white space, is one that puts a
/// bare year after it: "in 2021", "since 2019", "between 2020 and 2022".
fn after_year_word(text: &str, at: usize) -> bool {
    const WORDS: &[&str] = &[
        "in", "since", "from", "until", "by", "of", "during", "before", "after", "between", "and", "to", "year",
        "through",
    ];
    let before = text[..at].trim_end_matches(char::is_whitespace);
    if before.len() == at {
        return false;
    }
    let start = before
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[start..];
    // Capitalised where a sentence opens ("In 2021"); "and", "to" and
    // "year" only in lower case, as the pattern had them.
    let lower = word.to_ascii_lowercase();
    let capital_ok = !matches!(lower.as_str(), "and" | "to" | "year");
    let cased =
        word == lower || (capital_ok && word[1..] == lower[1..] && word.starts_with(|c: char| c.is_ascii_uppercase()));
    cased && WORDS.contains(&lower.as_str()) && bounded(text, start, before.len())
}

/// Like [`number_bounded`], but an Arabic proclitic may glue to the date's
/// first word ("ونوفمبر 2018", "وفي").
fn arabic_bounded(text: &str, start: usize, end: usize) -> bool {
    if !crate::text::starts_word(text, start) {
        return false;
    }
    let glued: usize = text[..start]
        .chars()
        .rev()
        .take(2)
        .take_while(|c| crate::text::ARABIC_PROCLITICS.contains(c))
        .map(char::len_utf8)
        .sum();
    number_bounded(text, start - glued, end)
}

fn num<T: std::str::FromStr>(c: &Captures<'_>, name: &str) -> Option<T> {
    let digits = ascii_digits(c.name(name)?.as_str());
    digits.trim_end_matches(|ch: char| crate::text::is_letter(ch)).parse().ok()
}

fn span_of(c: &Captures<'_>) -> Span {
    c.get(0).map_or(Span::default(), |m| Span::new(m.start(), m.end()))
}

fn group_span(c: &Captures<'_>, name: &str) -> Option<Span> {
    c.name(name).map(|m| Span::new(m.start(), m.end()))
}

/// An alternation of the month names of one script, longest first, for
/// use inside a regex.
fn month_alternation(script: fn(&str) -> bool, capitalize: bool) -> String {
    let mut names: Vec<String> = MONTHS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| script(n))
        .map(|n| if capitalize { crate::text::capitalized(n) } else { n.to_string() })
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
}

fn weekday_alternation(script: fn(&str) -> bool, capitalize: bool) -> String {
    let mut names: Vec<String> = WEEKDAYS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| script(n))
        .map(|n| if capitalize { crate::text::capitalized(n) } else { n.to_string() })
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
}

fn latin(s: &str) -> bool {
    s.is_ascii()
}

fn cyrillic(s: &str) -> bool {
    s.chars().all(|c| ('\u{0400}'..='\u{04FF}').contains(&c) || c == ' ')
}

fn arabic_script(s: &str) -> bool {
    s.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c) || c == ' ' || c == '/')
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("date pattern does not compile: {e}"))
}

/// A date written with day and month, and maybe a year and weekday.
fn day_month(r: &Resolver, c: &Captures<'_>, day: i8, month: i8, year: Option<i16>) -> DateInfo {
    let value = match year {
        Some(y) => Date::new(y, month, day).ok(),
        None => r.day_near(month, day),
    }
    .map(DateValue::Day);
    let weekday = group_span(c, "wd").and_then(|s| {
        let w = c.name("wd").and_then(|m| lexicon::weekday(m.as_str()))?;
        Some((w, s))
    });
    let written = Some(WrittenDay { year, month, day });
    DateInfo { value, weekday, year_written: year.is_some(), relative: false, written, anchor: None, hijri: false }
}

fn info(value: Option<DateValue>, year_written: bool, relative: bool) -> DateInfo {
    DateInfo { value, weekday: None, year_written, relative, written: None, anchor: None, hijri: false }
}

fn interval(a: DateValue, b: DateValue) -> DateValue {
    DateValue::Interval(Box::new(a), Box::new(b))
}

/// "January 29 to February 8, 2024", "28 December – 4 January": two days
/// joined by "to" or a dash are one period, the first taking the second's
/// year when only the second writes it (the year before, when the first
/// day comes later in the calendar). Both must be plain days, without a
/// weekday or a relative word; the second is emptied for the caller to drop.
fn join_day_ranges(text: &str, found: &mut [(Span, DateInfo)]) {
    for i in 1..found.len() {
        let (head, tail) = found.split_at_mut(i);
        let ((a_span, a), (b_span, b)) = (&mut head[i - 1], &mut tail[0]);
        let joined = text
            .get(a_span.end..b_span.start)
            .is_some_and(|gap| matches!(gap.trim(), "to" | "through" | "–" | "-" | "—") && gap.len() <= 9);
        let plain = |d: &DateInfo| d.weekday.is_none() && d.anchor.is_none() && d.written.is_some();
        if !joined || a_span.is_empty() || !plain(a) || !plain(b) {
            continue;
        }
        let (Some(wa), Some(DateValue::Day(end))) = (a.written, b.value.clone()) else { continue };
        let start = match (wa.year, b.year_written) {
            (Some(y), _) => Date::new(y, wa.month, wa.day).ok(),
            (None, true) => {
                let y = end.year() - i16::from((wa.month, wa.day) > (end.month(), end.day()));
                Date::new(y, wa.month, wa.day).ok()
            }
            (None, false) => match &a.value {
                Some(DateValue::Day(d)) => Some(*d),
                _ => None,
            },
        };
        let Some(start) = start.filter(|s| *s < end) else { continue };
        a.value = Some(interval(DateValue::Day(start), DateValue::Day(end)));
        a.year_written |= b.year_written;
        a.written = None;
        *a_span = Span::new(a_span.start, b_span.end);
        *b_span = Span::new(b_span.start, b_span.start);
    }
}

/// Month `m` of `year`, or an invalid month as `None`.
fn month_value(year: i16, month: i8) -> Option<DateValue> {
    (1..=12).contains(&month).then_some(DateValue::Month { year, month })
}

const EN_NUMBER_WORDS: &[(&str, i8)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
];

/// Which part of a year a period names: its first or last `n` months, or
/// its `n`th half or quarter (0 for the last).
#[derive(Debug, Clone, Copy)]
enum Part {
    FirstMonths(i8),
    LastMonths(i8),
    Half(i8),
    Quarter(i8),
}

/// The months of `year` that `part` spans: "первом полугодии 2022 года",
/// "الربع الرابع من عام 2022", "11 месяцев 2021 года".
fn part_of_year(year: i16, part: Part) -> Option<DateValue> {
    let (a, b) = match part {
        Part::FirstMonths(n) if (1..=12).contains(&n) => (1, n),
        Part::LastMonths(n) if (1..=12).contains(&n) => (13 - n, 12),
        Part::Half(1) => (1, 6),
        Part::Half(0 | 2) => (7, 12),
        Part::Quarter(n @ 1..=4) => (3 * n - 2, 3 * n),
        Part::Quarter(0) => (10, 12),
        _ => return None,
    };
    Some(interval(month_value(year, a)?, month_value(year, b)?))
}

/// The number words, in the definite form months take, that count "الأشهر
/// ... الأولى" ("الأشهر الثمانية الأولى": the first eight months).
const ARABIC_MONTH_COUNTS: &[(&str, i8)] = &[
    ("الثلاثة", 3),
    ("الأربعة", 4),
    ("الخمسة", 5),
    ("الستة", 6),
    ("السبعة", 7),
    ("الثمانية", 8),
    ("التسعة", 9),
    ("العشرة", 10),
];

/// The days of a month as Arabic ordinals ("الخامس من آب", "الحادي
/// والعشرين من مارس"), longest first, with their numbers.
static ARABIC_ORDINAL_DAYS: LazyLock<Vec<(String, i8)>> = LazyLock::new(|| {
    const UNITS: [&str; 9] = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
    // In compounds "first" is "الحادي".
    let unit = |n: usize| if n == 1 { "الحادي" } else { UNITS[n - 1] };
    let mut days: Vec<(String, i8)> = Vec::new();
    for n in 1..=9 {
        days.push((UNITS[n - 1].to_string(), n as i8));
        days.push((format!("{} عشر", unit(n)), 10 + n as i8));
        days.push((format!("{} والعشرين", unit(n)), 20 + n as i8));
    }
    days.push(("العاشر".to_string(), 10));
    days.push(("العشرين".to_string(), 20));
    days.push(("الثلاثين".to_string(), 30));
    days.push(("الحادي والثلاثين".to_string(), 31));
    days.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    days
});

/// How many months "الأشهر ... الأولى" counts: one of
/// [`ARABIC_MONTH_COUNTS`], or digits ("الـ9", "9").
fn arabic_month_count(word: &str) -> Option<i8> {
    let digits = word.trim_start_matches("الـ").trim_start();
    digits.parse().ok().or_else(|| ARABIC_MONTH_COUNTS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n))
}

/// Russian and Arabic ordinals and numbers a period is counted in, by
/// stem: "первом", "первые", "четвёртом"; "الأول", "الرابع"; "три".
fn period_number(word: &str) -> Option<i8> {
    const STEMS: &[(&str, i8)] = &[
        ("перв", 1),
        ("втор", 2),
        ("трет", 3),
        ("четв", 4),
        ("последн", 0),
        ("الأول", 1),
        ("الثاني", 2),
        ("الثالث", 3),
        ("الرابع", 4),
        ("الأخير", 0),
        ("два", 2),
        ("две", 2),
        ("три", 3),
        ("четыре", 4),
        ("пять", 5),
        ("шесть", 6),
        ("семь", 7),
        ("восемь", 8),
        ("девять", 9),
        ("десять", 10),
        ("одиннадцать", 11),
    ];
    word.parse().ok().or_else(|| STEMS.iter().find(|(stem, _)| word.starts_with(stem)).map(|&(_, n)| n))
}

fn english(text: &str, r: &Resolver, out: &mut Vec<(Span, DateInfo)>) {
    static FULL: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(latin, true);
        let weekdays = weekday_alternation(latin, true);
        compile(&format!(
            r"(?:(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow),\s+)?(?:(?P<wd>{weekdays})\.?,?\s+)?(?:the\s+)?(?:(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d1b>[0-3]?[0-9])(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<m1>{months})\.?|(?P<m2>{months})\.?\s+(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2b>[0-3]?[0-9])(?:st|nd|rd|th)?)?)(?:,?\s+(?P<y>(?:1[89]|20)[0-9][0-9])|\s+(?P<ry>last|this|next)\s+year)?"
        ))
    });
    static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(latin, true);
        compile(&format!(
            r"(?:(?P<q>late|early|mid|mid-)\s*)?(?P<m>{months})\.?(?:\s*[-–]\s*(?P<m2>{months})\.?)?(?:\s+of)?\s+(?:(?P<y>(?:1[89]|20)[0-9][0-9])|(?P<rel>this|last|next|the previous|the next)\s+year)"
        ))
    });
    static MONTH_SPAN: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(latin, true);
        compile(&format!(
            r"(?:from\s+)?(?:(?:late|early|mid)\s+)?(?P<a>{months})\s+to\s+(?:(?:late|early|mid)\s+)?(?P<b>{months})(?:\s+(?:in|of)\s+|\s+)(?P<y>(?:1[89]|20)[0-9][0-9])"
        ))
    });
    static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(latin, true);
        compile(&format!(
            r"(?:in|since|from|until|till|by|during|of|last|next|this|early|late|mid|mid-)\s+(?P<m>{months})"
        ))
    });
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?P<y>(?:1[89]|20)[0-9][0-9])-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])|(?P<d2>[0-3]?[0-9])\.(?P<m2>[01]?[0-9])\.(?P<y2>(?:1[89]|20)[0-9][0-9])",
        )
    });
    static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:the\s+)?(?P<which>first|last|1st|2nd|second|3rd|third|4th|fourth)\s+(?:(?P<n>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|(?P<half>half)|(?P<quarter>quarter))\s+of\s+(?:(?P<y>(?:1[89]|20)[0-9][0-9])|(?P<rel>this|last|the current|the previous)\s+year|(?P<bare>the)\s+year)",
        )
    });
    static QUARTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?P<h>[QH])(?P<n>[1-4])\s+(?:of\s+)?(?P<y>(?:1[89]|20)[0-9][0-9])"));
    // A year found from its digits, and the word before it read by hand:
    // with the prepositions in the pattern, every "in", "and" and "to" of
    // the text was a candidate.
    static YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"(?:1[89]|20)[0-9][0-9]s?"));
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        let weekdays = weekday_alternation(latin, true);
        compile(&format!(
            r"(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow)(?:,\s+(?P<wd2>{weekdays}))?|(?P<year>(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year|[Tt]he\s+previous\s+year)|(?P<month>(?:[Tt]his|[Ll]ast|[Nn]ext)\s+month)|(?P<week>(?:[Tt]his|[Ll]ast|[Nn]ext)\s+week)|[Oo]n\s+(?P<wd>{weekdays})(?:\s+and\s+(?P<wd_and>{weekdays}))?"
        ))
    });

    // Every pattern but the numeric ones needs an English word, and so a
    // lower-case Latin letter: most Russian and Arabic articles have none,
    // and their check never compiles these patterns.
    let words = text.bytes().any(|b| b.is_ascii_lowercase());
    let first_full = out.len();
    for c in words.then(|| FULL.captures_iter(text)).into_iter().flatten() {
        let mut whole = span_of(&c);
        // "until 4 January." : the full stop ends the sentence, not an
        // abbreviated month ("4 Jan.").
        if c.name("y").is_none()
            && c.name("ry").is_none()
            && let Some(m) =
                c.name("m1").filter(|m| m.end() + 1 == whole.end && lexicon::is_full_english_month(m.as_str()))
        {
            whole.end = m.end();
        }
        let (day, day_b, month) = match (c.name("d1"), c.name("m1"), c.name("d2"), c.name("m2")) {
            (Some(d), Some(m), _, _) => (d.as_str(), c.name("d1b"), m.as_str()),
            (_, _, Some(d), Some(m)) => (d.as_str(), c.name("d2b"), m.as_str()),
            _ => continue,
        };
        let (Some(month), Ok(day)) =
            (lexicon::month_number(month), day.trim_end_matches(crate::text::is_letter).parse::<i8>())
        else {
            continue;
        };
        if !number_bounded(text, whole.start, whole.end) || !(1..=31).contains(&day) {
            continue;
        }
        // "October 3 last year": the year counted from the publication's.
        let year: Option<i16> = num(&c, "y").or_else(|| r.year_named(c.name("ry")?.as_str()));
        let mut date = day_month(r, &c, day, month, year);
        date.year_written = c.name("y").is_some();
        if let Some(b) = day_b.and_then(|b| b.as_str().trim_end_matches(crate::text::is_letter).parse::<i8>().ok()) {
            // "May 4-5": one period.
            let end = match year {
                Some(y) => Date::new(y, month, b).ok(),
                None => r.day_near(month, b),
            };
            date.value = match (date.value, end) {
                (Some(a), Some(e)) if b > day => Some(interval(a, DateValue::Day(e))),
                _ => None,
            };
            date.weekday = None;
        }
        let mut span = whole;
        if let Some(rel) = c.name("rel") {
            // "yesterday, 13 December": one date, said twice.
            span.start = rel.start();
            let delta = day_word_delta(rel.as_str()).unwrap_or(0);
            date.anchor = Some((Span::new(rel.start(), rel.end()), delta));
        }
        out.push((span, date));
    }
    join_day_ranges(text, &mut out[first_full..]);
    out.retain(|(span, _)| !span.is_empty());
    for c in words.then(|| MONTH_YEAR.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        if !bounded(text, span.start, span.end) {
            continue;
        }
        let Some(m) = c.name("m").and_then(|m| lexicon::month_number(m.as_str())) else { continue };
        let (year, relative) = match (num::<i16>(&c, "y"), c.name("rel")) {
            (Some(y), _) => (Some(y), false),
            (None, Some(rel)) => (r.year_named(rel.as_str()), true),
            (None, None) => (None, true),
        };
        let value = year.and_then(|y| {
            let first = month_value(y, m)?;
            match c.name("m2").and_then(|m2| lexicon::month_number(m2.as_str())) {
                Some(m2) if m2 > m => Some(interval(first, month_value(y, m2)?)),
                Some(_) => None,
                None => Some(first),
            }
        });
        out.push((span, info(value, !relative, relative)));
    }
    for c in words.then(|| MONTH_SPAN.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        let span = match c.get(0).map(|m| m.as_str()) {
            Some(s) if s.starts_with("from ") => Span::new(span.start + 5, span.end),
            _ => span,
        };
        let (Some(a), Some(b), Some(y)) = (
            c.name("a").and_then(|m| lexicon::month_number(m.as_str())),
            c.name("b").and_then(|m| lexicon::month_number(m.as_str())),
            num::<i16>(&c, "y"),
        ) else {
            continue;
        };
        let value = (b > a).then(|| Some(interval(month_value(y, a)?, month_value(y, b)?))).flatten();
        out.push((span, info(value, true, false)));
    }
    for c in words.then(|| MONTH_ALONE.captures_iter(text)).into_iter().flatten() {
        let Some(m) = c.name("m") else { continue };
        let whole = span_of(&c);
        if !bounded(text, whole.start, m.end()) {
            continue;
        }
        let Some(month) = lexicon::month_number(m.as_str()) else { continue };
        // "in May" is a month; "may" as a verb is lowercase and never here.
        let qualifier = ["early", "late", "mid"].iter().any(|q| text[whole.start..].starts_with(q));
        let span = if qualifier { whole } else { Span::new(m.start(), m.end()) };
        out.push((span, info(r.month_near(month), false, true)));
    }
    for c in ISO.captures_iter(text) {
        let span = span_of(&c);
        if !number_bounded(text, span.start, span.end) {
            continue;
        }
        let (y, m, d) = match (num::<i16>(&c, "y"), num::<i8>(&c, "m"), num::<i8>(&c, "d")) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => match (num::<i16>(&c, "y2"), num::<i8>(&c, "m2"), num::<i8>(&c, "d2")) {
                (Some(y), Some(m), Some(d)) => (y, m, d),
                _ => continue,
            },
        };
        out.push((span, info(Date::new(y, m, d).ok().map(DateValue::Day), true, false)));
    }
    // Compiled the first time a text could match them, as the year ranges.
    static PERIODS: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["months", "half", "quarter"]));
    let periods = PERIODS.any_in(text);
    for c in periods.then(|| PERIOD.captures_iter(text)).into_iter().flatten() {
        let mut span = span_of(&c);
        if let Some(s) = c.get(0).map(|m| m.as_str()).filter(|s| s.starts_with("the ")) {
            span.start += s.len() - s.trim_start_matches("the ").trim_start().len();
        }
        // "the first five months of the year": which year is the text's
        // to say, often one named sentences before; left unresolved.
        let (year, relative) = match (num::<i16>(&c, "y"), c.name("rel")) {
            (Some(y), _) => (Some(y), false),
            (None, Some(rel)) => (r.year_named(rel.as_str()), true),
            (None, None) => (None, true),
        };
        let which = c.name("which").map_or("", |m| m.as_str());
        let ordinal = match which {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            _ => 0,
        };
        let part = match c.name("n") {
            Some(n) => n
                .as_str()
                .parse::<i8>()
                .ok()
                .or_else(|| EN_NUMBER_WORDS.iter().find(|(w, _)| *w == n.as_str()).map(|&(_, v)| v))
                .map(|n| if which == "last" { Part::LastMonths(n) } else { Part::FirstMonths(n) }),
            None if c.name("half").is_some() => Some(Part::Half(ordinal)),
            None => Some(Part::Quarter(ordinal)),
        };
        let value = year.zip(part).and_then(|(y, part)| part_of_year(y, part));
        out.push((span, info(value, !relative, relative)));
    }
    let bytes = text.as_bytes();
    let quarters = memchr::memchr2_iter(b'Q', b'H', bytes).any(|i| matches!(bytes.get(i + 1), Some(b'1'..=b'4')));
    for c in quarters.then(|| QUARTER.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        if !bounded(text, span.start, span.end) {
            continue;
        }
        let (Some(n), Some(y)) = (num::<i8>(&c, "n"), num::<i16>(&c, "y")) else { continue };
        let months = if c.name("h").is_some_and(|h| h.as_str() == "H") {
            if n > 2 {
                continue;
            }
            (6 * n - 5, 6 * n)
        } else {
            (3 * n - 2, 3 * n)
        };
        let value = month_value(y, months.0).zip(month_value(y, months.1)).map(|(a, b)| interval(a, b));
        out.push((span, info(value, true, false)));
    }
    for m in YEAR.find_iter(text) {
        let Some(digits) = m.as_str().get(..4) else { continue };
        let Ok(year) = digits.parse::<i16>() else { continue };
        let span = Span::new(m.start(), m.end());
        if m.as_str().ends_with('s') {
            // "the 1990s": a decade.
            if year % 10 == 0 && bounded(text, span.start, span.end) {
                out.push((span, info(Some(interval(DateValue::Year(year), DateValue::Year(year + 9))), true, false)));
            }
            continue;
        }
        // A year inside a title in quotes ("Azerbaijan 2030: ...") is a
        // name; only a year after a preposition is a date here.
        if number_bounded(text, span.start, span.end) && after_year_word(text, span.start) {
            out.push((span, info(Some(DateValue::Year(year)), true, false)));
        }
    }
    for c in words.then(|| RELATIVE.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        if let Some(w) = c.name("word") {
            if !bounded(text, w.start(), w.end()) {
                continue;
            }
            let delta = day_word_delta(w.as_str()).unwrap_or(0);
            let value = r.shifted(delta.days()).map(DateValue::Day);
            let mut date = info(value, false, true);
            let mut span = Span::new(w.start(), w.end());
            // "today, Monday": the weekday is part of the date.
            if let Some(wd) = c.name("wd2").filter(|wd| bounded(text, wd.start(), wd.end())) {
                date.weekday = lexicon::weekday(wd.as_str()).map(|d| (d, Span::new(wd.start(), wd.end())));
                span.end = wd.end();
            }
            out.push((span, date));
        } else if let Some(y) = c.name("year") {
            if !bounded(text, y.start(), y.end()) {
                continue;
            }
            let s = y.as_str().to_ascii_lowercase();
            let offset = if s.starts_with("this") {
                0
            } else if s.starts_with("next") {
                1
            } else {
                -1
            };
            out.push((Span::new(y.start(), y.end()), info(r.year(offset), false, true)));
        } else if let Some(m) = c.name("month") {
            if !bounded(text, m.start(), m.end()) {
                continue;
            }
            let s = m.as_str().to_ascii_lowercase();
            let offset = if s.starts_with("this") {
                0
            } else if s.starts_with("next") {
                1
            } else {
                -1
            };
            out.push((Span::new(m.start(), m.end()), info(r.month(offset), false, true)));
        } else if let Some(w) = c.name("week") {
            if !bounded(text, w.start(), w.end()) {
                continue;
            }
            let s = w.as_str().to_ascii_lowercase();
            let offset = if s.starts_with("this") {
                0
            } else if s.starts_with("next") {
                1
            } else {
                -1
            };
            out.push((Span::new(w.start(), w.end()), info(r.week(offset), false, true)));
        } else if let Some(wd) = c.name("wd") {
            if !bounded(text, span.start, wd.end()) {
                continue;
            }
            // "on Monday and Tuesday": two days, each a mention.
            let second = c.name("wd_and").filter(|w| bounded(text, w.start(), w.end()));
            for wd in std::iter::once(wd).chain(second) {
                let Some(weekday) = lexicon::weekday(wd.as_str()) else { continue };
                let value = r.bare_weekday(weekday, text, span.start).map(DateValue::Day);
                out.push((Span::new(wd.start(), wd.end()), info(value, false, true)));
            }
        }
    }
    // "a year ago", found from its rarer words: with the "a" in the pattern
    // every "a" of the text was a candidate, three times the cost of the
    // other relative dates together.
    static YEAR_AGO: LazyLock<Regex> = LazyLock::new(|| compile(r"year\s+(?:earlier|ago)"));
    static AGO: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["ago", "earlier"]));
    let ago = AGO.any_in(text);
    for m in ago.then(|| YEAR_AGO.find_iter(text)).into_iter().flatten() {
        let before = text[..m.start()].trim_end_matches(char::is_whitespace);
        if before.len() == m.start() || !before.ends_with(['a', 'A']) {
            continue;
        }
        let start = before.len() - 1;
        if bounded(text, start, m.end()) {
            out.push((Span::new(start, m.end()), info(r.year(-1), false, true)));
        }
    }
    // "held talks the day before, which ...": the day before publication.
    // "the day before the summit" is a day before something else. Found
    // from its literal: a pattern with `\b` ran the slowest engine over
    // every text that had the words anywhere.
    for (at, _) in text.match_indices("day before") {
        let end = at + "day before".len();
        let before = text[..at].trim_end_matches(char::is_whitespace);
        let Some(start) = before.strip_suffix("the").or_else(|| before.strip_suffix("The")).map(str::len) else {
            continue;
        };
        if before.len() < at && bounded(text, start, end) && ends_clause(text, end) {
            let date = info(r.shifted((-1).days()).map(DateValue::Day), false, true);
            out.push((Span::new(start, end), date));
        }
    }
}

fn russian(text: &str, r: &Resolver, out: &mut Vec<(Span, DateInfo)>) {
    // "в июне", "в январе-октябре", "за январь-октябрь", "за июнь", "в
    // середине февраля": a month or a run of months alone, after "в" in the
    // prepositional, after "за" or with a dash in the nominative, or after
    // a part of it in the genitive; the year that puts the last month nearest the
    // publication. "в мае 2024 года" is the longer mention and wins.
    static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
        const IN: &str = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";
        const OF: &str = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
        const NOM: &str = "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь";
        compile(&format!(
            r"(?:[вВ]\s+(?P<m>(?P<a>{IN})(?:\s*[-–]\s*(?P<b>{IN}))?)|[зЗ]а\s+(?P<z>(?P<f>{NOM})(?:\s*[-–]\s*(?P<g>{NOM}))?)|(?P<part>(?:середине|начале|конце)\s+(?P<c>{OF}))|(?P<run>(?P<d>{NOM})\s*[-–]\s*(?P<e>{NOM})))"
        ))
    });
    for c in MONTH_ALONE.captures_iter(text) {
        let whole = c.name("m").or(c.name("z")).or(c.name("part")).or(c.name("run"));
        let (Some(whole), Some(first)) = (whole, c.name("a").or(c.name("f")).or(c.name("c")).or(c.name("d"))) else {
            continue;
        };
        let span = Span::new(whole.start(), whole.end());
        // The "в" a word of its own, the months whole words.
        let opening = c.get(0).map_or(span.start, |all| all.start());
        if !bounded(text, span.start, span.end) || !crate::text::starts_word(text, opening) {
            continue;
        }
        let first = lexicon::month_number(first.as_str());
        let last = c.name("b").or(c.name("g")).or(c.name("e")).and_then(|m| lexicon::month_number(m.as_str()));
        let value = match (first, last) {
            (Some(a), None) => r.month_near(a),
            (Some(a), Some(b)) if a < b => r.month_near(b).and_then(|end| match end {
                DateValue::Month { year, .. } => month_value(year, a).map(|start| interval(start, end)),
                _ => None,
            }),
            _ => None,
        };
        out.push((span, info(value, false, true)));
    }
    static FULL: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(cyrillic, false);
        // Capitalized where it opens a line: "Четверг, 4 ноября 2021".
        let weekdays = format!("{}|{}", weekday_alternation(cyrillic, false), weekday_alternation(cyrillic, true));
        compile(&format!(
            r"(?:(?P<wd>{weekdays}),?\s+)?(?P<d>[0-3]?[0-9])(?:\s*[-–]\s*(?P<db>[0-3]?[0-9]))?\s+(?P<m>{months})(?:\s+(?P<y>(?:1[89]|20)[0-9][0-9])(?:\s*(?:года|году|год|г\.))?|\s+(?P<ry>этого|текущего|прошлого|следующего)\s+года)?"
        ))
    });
    static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(cyrillic, false);
        compile(&format!(
            r"(?P<m>{months})(?:\s*[-–]\s*(?P<m2>{months}))?\s+(?:(?P<y>(?:1[89]|20)[0-9][0-9])\s*(?:года|году|г\.)?|(?P<rel>этого|прошлого|текущего)\s+года)"
        ))
    });
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?P<y>(?:1[89]|20)[0-9][0-9])(?:\s*[-–]\s*(?P<y2>(?:1[89]|20)[0-9][0-9]))?\s*(?:годах|годы|годом|года|году|год|гг\.|г\.)",
        )
    });
    // "первом полугодии 2022 года", "второй половине 2025 года", "первые
    // три месяца 2022 года", "11 месяцев 2021 года" (the first eleven),
    // "первом квартале текущего года".
    static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:(?P<which>(?:перв|втор|трет|четв[её]рт|последн)[а-яё]{1,3})\s+)?(?:(?P<quarter>квартал[а-я]{0,2})|(?P<half>полугоди[а-я]{1,2}|половин[а-я]{1,2})|(?P<n>[0-9]{1,2}|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать)\s+месяц[а-я]{0,2})\s+(?:(?P<y>(?:1[89]|20)[0-9][0-9])\s*(?:года|г\.)|(?P<rel>текущего|этого|прошлого)\s+года)",
        )
    });
    // "в первом полугодии", "за третий квартал": no year written. Only a
    // half or a quarter with its ordinal: "три месяца" alone is a span of
    // time, not a date.
    static PERIOD_BARE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?P<which>(?:перв|втор|трет|четв[её]рт)[а-яё]{1,3})\s+(?:(?P<quarter>квартал[а-я]{0,2})|(?P<half>полугоди[а-я]{1,2}))",
        )
    });
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?P<word>[Сс]егодня|[Вв]чера|[Зз]автра|[Пп]озавчера|[Нн]акануне)|(?P<year>(?:прошлом|этом|текущем|следующем)\s+году|(?:прошлый|этот|следующий)\s+год|(?:прошлого|этого|текущего|следующего)\s+года)|(?P<month>(?:прошлом|этом|следующем)\s+месяце)|(?P<week>(?:прошлой|этой|следующей)\s+неделе)|[Вв]о?\s+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)",
        )
    });
    for c in FULL.captures_iter(text) {
        let span = span_of(&c);
        if !number_bounded(text, span.start, span.end) {
            continue;
        }
        let (Some(day), Some(month)) =
            (num::<i8>(&c, "d"), c.name("m").and_then(|m| lexicon::month_number(m.as_str())))
        else {
            continue;
        };
        // "2 сентября этого года": the year counted from the publication's.
        let year = num::<i16>(&c, "y").or_else(|| r.year_named(c.name("ry")?.as_str()));
        let mut date = day_month(r, &c, day, month, year);
        date.year_written = c.name("y").is_some();
        if let Some(b) = num::<i8>(&c, "db") {
            let end = match year {
                Some(y) => Date::new(y, month, b).ok(),
                None => r.day_near(month, b),
            };
            date.value = match (date.value, end) {
                (Some(a), Some(e)) if b > day => Some(interval(a, DateValue::Day(e))),
                _ => None,
            };
        }
        out.push((span, date));
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let span = span_of(&c);
        if !bounded(text, span.start, span.end) {
            continue;
        }
        let Some(m) = c.name("m").and_then(|m| lexicon::month_number(m.as_str())) else { continue };
        let (year, relative) = match (num::<i16>(&c, "y"), c.name("rel")) {
            (Some(y), _) => (Some(y), false),
            (None, Some(rel)) => (r.year_named(rel.as_str()), true),
            (None, None) => (None, true),
        };
        let value = year.and_then(|y| match c.name("m2").and_then(|m2| lexicon::month_number(m2.as_str())) {
            Some(m2) if m2 > m => Some(interval(month_value(y, m)?, month_value(y, m2)?)),
            Some(_) => None,
            None => month_value(y, m),
        });
        out.push((span, info(value, !relative, relative)));
    }
    for c in YEAR.captures_iter(text) {
        // "в 2023 году": the year and its word; a date inside a longer one
        // ("15 июня 2023 года") gives way to it when overlaps are resolved.
        // "в 2021-2022 годах": both years.
        let span = span_of(&c);
        let Some(y) = num::<i16>(&c, "y") else { continue };
        if !number_bounded(text, span.start, span.end) {
            continue;
        }
        let value = match num::<i16>(&c, "y2") {
            Some(y2) if y2 > y => Some(interval(DateValue::Year(y), DateValue::Year(y2))),
            Some(_) => None,
            None => Some(DateValue::Year(y)),
        };
        out.push((span, info(value, true, false)));
    }
    // Every reading names a quarter, a half or months, and the pattern,
    // with a number among its openings, tries every digit of the text:
    // compiled and run only where one of its words is.
    static PERIODS: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["квартал", "полугоди", "половин", "месяц"]));
    let periods = PERIODS.any_in(text);
    for c in periods.then(|| PERIOD.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        if !bounded(text, span.start, span.end) {
            continue;
        }
        let which = c.name("which").and_then(|w| period_number(w.as_str()));
        let part = match (which, c.name("n").and_then(|n| period_number(n.as_str()))) {
            // "11 месяцев", "первые три месяца": the first months; "последние
            // три месяца" are not counted from January.
            (None | Some(1), Some(n)) => Part::FirstMonths(n),
            (Some(w), None) if c.name("half").is_some() => Part::Half(w),
            (Some(w), None) if c.name("quarter").is_some() => Part::Quarter(w),
            _ => continue,
        };
        // No year and no word: the period of the publication's year.
        let (year, relative) = match num::<i16>(&c, "y") {
            Some(y) => (Some(y), false),
            None => (r.year_named(c.name("rel").map_or("", |m| m.as_str())), true),
        };
        out.push((span, info(year.and_then(|y| part_of_year(y, part)), !relative, relative)));
    }
    for c in PERIOD_BARE.captures_iter(text) {
        let span = span_of(&c);
        let Some(which) = c.name("which").and_then(|w| period_number(w.as_str())) else { continue };
        if !bounded(text, span.start, span.end) {
            continue;
        }
        let part = if c.name("half").is_some() { Part::Half(which) } else { Part::Quarter(which) };
        // The publication year's period, when it had ended by then; one
        // still running, or to come, may be last year's or a forecast:
        // found, but left unresolved.
        let value = r.published.and_then(|p| {
            let value = part_of_year(p.year(), part)?;
            value.last_day().is_some_and(|last| last <= p).then_some(value)
        });
        out.push((span, info(value, false, true)));
    }
    for c in RELATIVE.captures_iter(text) {
        let span = span_of(&c);
        if !bounded(text, span.start, span.end) {
            continue;
        }
        if let Some(wd) = c.name("wd") {
            // "во вторник": the weekday, the preposition outside.
            let Some(weekday) = lexicon::weekday(wd.as_str()) else { continue };
            let value = r.bare_weekday(weekday, text, span.start).map(DateValue::Day);
            out.push((Span::new(wd.start(), wd.end()), info(value, false, true)));
            continue;
        }
        let value = if let Some(w) = c.name("word") {
            if w.as_str().ends_with("акануне") && !ends_clause(text, w.end()) && !before_verb(text, w.end()) {
                // "накануне визита": the eve of something else, not a date.
                continue;
            }
            let delta = day_word_delta(w.as_str()).unwrap_or(0);
            r.shifted(delta.days()).map(DateValue::Day)
        } else {
            let s = c.get(0).map_or("", |m| m.as_str());
            let offset = if s.starts_with("прошл") {
                -1
            } else if s.starts_with("следующ") {
                1
            } else {
                0
            };
            if c.name("year").is_some() {
                r.year(offset as i16)
            } else if c.name("month").is_some() {
                r.month(offset)
            } else {
                r.week(offset)
            }
        };
        out.push((span, info(value, false, true)));
    }
}

fn arabic(text: &str, r: &Resolver, out: &mut Vec<(Span, DateInfo)>) {
    static FULL: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(arabic_script, false);
        let weekdays = weekday_alternation(arabic_script, false);
        let ordinals = ARABIC_ORDINAL_DAYS.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join("|");
        compile(&format!(
            r"(?:(?:يوم\s+)?(?P<wd>{weekdays})\s+(?:الموافق\s+)?)?(?:(?P<d0>[0-3]?[0-9]|[٠-٣]?[٠-٩])(?:\s+(?P<m0>{months}))?\s*(?:[-–]|إلى|حتى)\s*)?(?:(?P<d>[0-3]?[0-9]|[٠-٣]?[٠-٩])\s+(?:من\s+)?|(?P<dw>{ordinals})\s+من\s+)(?:شهر\s+)?(?P<m>{months})(?:\s+(?:(?P<y>(?:1[89]|20)[0-9][0-9]|[١٢][٠-٩]{{3}})م?|(?P<rel>من\s+(?:هذا\s+العام|العام\s+الجاري|العام\s+الماضي)|الماضي|المقبل|القادم|الجاري)))?"
        ))
    });
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(arabic_script, false);
        let weekdays = weekday_alternation(arabic_script, false);
        compile(&format!(
            r"(?P<today>اليوم(?:\s+(?P<wd>{weekdays}))?)|(?P<yesterday>(?:أمس|الأمس)(?:\s+(?P<wdy>{weekdays}))?)|(?P<tomorrow>(?:غدا|غداً|غد)(?:\s+(?P<wdt>{weekdays}))?)|(?P<year>العام\s+(?:الماضي|المقبل|الجاري|الحالي|القادم)|هذا\s+العام|السنة\s+الماضية)|(?P<month>الشهر\s+(?:الماضي|المقبل|الجاري|الحالي|القادم)|هذا\s+الشهر)|(?P<week>الأسبوع\s+(?:الماضي|المقبل|القادم))|(?P<lastm>{months})\s+الماضي|(?P<nextm>{months})\s+(?:المقبل|القادم)|(?:يوم\s+)?(?P<dayof>{weekdays})\s+(?P<dir>الماضي|المقبل|القادم)|(?P<bare>يوم\s+(?:{weekdays}))"
        ))
    });
    static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        let months = month_alternation(arabic_script, false);
        compile(&format!(
            r"(?:شهر\s+)?(?P<m>{months})(?:\s*[-–]\s*(?P<m2>{months}))?\s+(?:(?:(?:من\s+)?(?:عام|العام|سنة)\s+)?(?P<y>(?:1[89]|20)[0-9][0-9]|[١٢][٠-٩]{{3}})م?|من\s+(?P<rel>العام\s+(?:الماضي|الجاري|الحالي)|هذا\s+العام))"
        ))
    });
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?:[لبو]?(?P<word>عام|العام|سنة)|في)\s+(?P<y>(?:1[89]|20)[0-9][0-9]|[١٢][٠-٩]{3})م?")
    });
    // "الربع الرابع من عام 2022", "النصف الأول من العام الجاري", "الأشهر
    // الثمانية الأولى من سنة 2023".
    static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
        let counts = ARABIC_MONTH_COUNTS.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
        compile(&format!(
            r"(?:(?P<part>الربع|النصف)\s+(?P<which>الأول|الثاني|الثالث|الرابع|الأخير)|(?:الأشهر|الشهور)\s+(?P<count>{counts}|الـ\s?[0-9]{{1,2}}|[0-9]{{1,2}})\s+(?P<end>الأولى|الأخيرة))\s+(?:من\s+)?(?:(?:عام|العام|سنة)\s+(?P<y>(?:1[89]|20)[0-9][0-9]|[١٢][٠-٩]{{3}})|(?P<rel>العام\s+(?:الجاري|الحالي|الماضي)|هذا\s+العام))",
        ))
    });
    // Its words all open with the article, as most Arabic words do, which
    // leaves the pattern no rare letters to look for first.
    static PERIODS: LazyLock<Gate> = LazyLock::new(|| Gate::new(&["الربع", "النصف", "الأشهر", "الشهور"]));
    let periods = PERIODS.any_in(text);
    for c in periods.then(|| PERIOD.captures_iter(text)).into_iter().flatten() {
        let span = span_of(&c);
        if !arabic_bounded(text, span.start, span.end) {
            continue;
        }
        let part = match (c.name("part"), c.name("which"), c.name("count"), c.name("end")) {
            (Some(part), Some(which), _, _) => {
                let Some(which) = period_number(which.as_str()) else { continue };
                if part.as_str() == "الربع" { Part::Quarter(which) } else { Part::Half(which) }
            }
            (_, _, Some(count), Some(end)) => {
                let Some(n) = arabic_month_count(count.as_str()) else { continue };
                if end.as_str() == "الأولى" { Part::FirstMonths(n) } else { Part::LastMonths(n) }
            }
            _ => continue,
        };
        let (year, relative) = match (num::<i16>(&c, "y"), c.name("rel").map(|m| m.as_str())) {
            (Some(y), _) => (Some(y), false),
            (None, Some(rel)) => (r.year_named(rel), true),
            (None, None) => (r.published.map(|p| p.year()), true),
        };
        out.push((span, info(year.and_then(|y| part_of_year(y, part)), !relative, relative)));
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let span = span_of(&c);
        let Some(m) = c.name("m").and_then(|m| lexicon::month_number(m.as_str())) else { continue };
        if !arabic_bounded(text, span.start, span.end) {
            continue;
        }
        // "مايو من العام الماضي": the year counted from the publication's.
        let rel = c.name("rel").map(|rel| rel.as_str());
        let year = num::<i16>(&c, "y").or_else(|| r.year_named(rel?));
        let value = year.and_then(|y| match c.name("m2").and_then(|m2| lexicon::month_number(m2.as_str())) {
            Some(m2) if m2 > m => month_value(y, m).zip(month_value(y, m2)).map(|(a, b)| interval(a, b)),
            Some(_) => None,
            None => month_value(y, m),
        });
        out.push((span, info(value, rel.is_none(), rel.is_some())));
    }
    for c in YEAR.captures_iter(text) {
        // "عام 2023" is one mention, as "2023 года" is ("لعام 2023": the
        // proclitic outside); "في 2023": the year alone.
        let Some(y) = group_span(&c, "y") else { continue };
        let Some(year) = num::<i16>(&c, "y") else { continue };
        let whole = span_of(&c);
        // "2023م": the year with its era letter.
        if bounded(text, whole.start, whole.end) && number_bounded(text, y.start, whole.end) {
            let span = Span::new(group_span(&c, "word").map_or(y.start, |w| w.start), whole.end);
            out.push((span, info(Some(DateValue::Year(year)), true, false)));
        }
    }
    for c in FULL.captures_iter(text) {
        let mut span = span_of(&c);
        let ordinal = || {
            let word = c.name("dw")?.as_str();
            ARABIC_ORDINAL_DAYS.iter().find(|(w, _)| w == word).map(|&(_, n)| n)
        };
        let (Some(day), Some(month)) =
            (num::<i8>(&c, "d").or_else(ordinal), c.name("m").and_then(|m| lexicon::month_number(m.as_str())))
        else {
            continue;
        };
        // "22 إلى 31 يوليو": the days of one month, one period; "13 أبريل
        // إلى 13 أكتوبر 2025" runs over months. A number before that is no
        // earlier day, or is part of a longer one, is not the period's
        // start: the date is its last day alone.
        let first_month = match c.name("m0") {
            Some(m0) => lexicon::month_number(m0.as_str()),
            None => Some(month),
        };
        let first_day = num::<i8>(&c, "d0")
            .zip(first_month)
            .filter(|&(d0, m0)| (1..=31).contains(&d0) && (m0, d0) < (month, day))
            .filter(|_| arabic_bounded(text, span.start, span.end));
        let day_alone = c.name("d0").is_some() && first_day.is_none();
        if day_alone {
            span.start = group_span(&c, "d").map_or(span.start, |d| d.start);
        }
        if !arabic_bounded(text, span.start, span.end) {
            continue;
        }
        let (year, relative) = match (num::<i16>(&c, "y"), c.name("rel").map(|m| m.as_str())) {
            (Some(y), _) => (Some(y), false),
            // "19 يناير الماضي": the last 19 January before publication;
            // "5 مارس المقبل": the next 5 March after it.
            (None, Some("الماضي")) => {
                (r.published.map(|p| if (month, day) < (p.month(), p.day()) { p.year() } else { p.year() - 1 }), true)
            }
            (None, Some("المقبل" | "القادم")) => {
                (r.published.map(|p| if (month, day) > (p.month(), p.day()) { p.year() } else { p.year() + 1 }), true)
            }
            (None, Some(rel)) => (r.year_named(rel), true),
            (None, None) => (None, false),
        };
        let mut date = match (year, relative) {
            (Some(y), _) => {
                let mut d = day_month(r, &c, day, month, Some(y));
                d.year_written = !relative;
                d
            }
            (None, _) => day_month(r, &c, day, month, None),
        };
        date.relative = relative;
        if relative && r.published.is_none() {
            date.value = None;
        }
        if day_alone {
            date.weekday = None;
        }
        if let Some((d0, m0)) = first_day {
            date.value = match date.value {
                Some(DateValue::Day(last)) => Date::new(last.year(), m0, d0)
                    .ok()
                    .map(|first| interval(DateValue::Day(first), DateValue::Day(last))),
                _ => None,
            };
            date.weekday = None;
        }
        out.push((span, date));
    }
    for c in RELATIVE.captures_iter(text) {
        let mut span = span_of(&c);
        // A glued proclitic ("وأمس") stays outside; any other letter glued
        // before means this is part of another word.
        if !crate::text::starts_word(text, span.start) {
            continue;
        }
        if text[span.end..].chars().next().is_some_and(crate::text::is_letter_or_digit) {
            continue;
        }
        let value = if c.name("today").is_some() {
            r.shifted(0.days()).map(DateValue::Day)
        } else if c.name("yesterday").is_some() {
            r.shifted((-1).days()).map(DateValue::Day)
        } else if c.name("tomorrow").is_some() {
            r.shifted(1.days()).map(DateValue::Day)
        } else if let (Some(wd), Some(dir)) = (c.name("dayof"), c.name("dir")) {
            // "الأربعاء الماضي": the last Wednesday before publication;
            // "الأحد المقبل": the next Sunday after it.
            let weekday = lexicon::weekday(wd.as_str());
            match (weekday, dir.as_str()) {
                (Some(weekday), "الماضي") => r.weekday_before(weekday).map(DateValue::Day),
                (Some(weekday), _) => r.weekday_after(weekday).map(DateValue::Day),
                _ => None,
            }
        } else if c.name("bare").is_some() {
            // "يوم الأربعاء": a weekday, as "on Wednesday" is; which one,
            // before or after publication, the tense tells, and copydesk
            // reads no Arabic tense: found, left unresolved.
            None
        } else if let Some(m) = c.name("nextm") {
            // "نوفمبر المقبل": the first November after publication.
            lexicon::month_number(m.as_str()).and_then(|month| r.month_beside(month, true))
        } else if let Some(m) = c.name("lastm") {
            // "أكتوبر الماضي": the last October before publication.
            lexicon::month_number(m.as_str()).and_then(|month| r.month_beside(month, false))
        } else {
            let s = c.get(0).map_or("", |m| m.as_str());
            let offset = if s.contains("الماضي") {
                -1
            } else if s.contains("المقبل") || s.contains("القادم") {
                1
            } else {
                0
            };
            if c.name("year").is_some() {
                r.year(offset as i16)
            } else if c.name("month").is_some() {
                r.month(offset)
            } else {
                r.week(offset)
            }
        };
        let mut date = info(value, false, true);
        let weekday = c.name("wd").or_else(|| c.name("wdy")).or_else(|| c.name("wdt"));
        if let (Some(wd), Some(value)) = (weekday, &date.value) {
            // "اليوم الخميس", "أمس الاثنين": the day, said to be a weekday.
            if let (Some(weekday), DateValue::Day(_)) = (lexicon::weekday(wd.as_str()), value) {
                date.weekday = Some((weekday, Span::new(wd.start(), wd.end())));
            }
        }
        if c.name("today").is_some() && c.name("wd").is_none() {
            // "اليوم" alone is also "the day" in many phrases; only the
            // publication date gives it a value, and without one it is
            // not worth a mention.
            if r.published.is_none() {
                continue;
            }
        }
        span.end = span.end.min(text.len());
        out.push((span, date));
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::{Context, analyze};
    use jiff::civil::Date;

    /// The dates found in `text` published on `published`, as (text,
    /// value) with "null" for an unresolved value.
    fn dates(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        let config = Config { published: published.map(|p| p.parse::<Date>().unwrap()), ..Config::default() };
        let analysis = analyze(text, &Context::new(config));
        analysis
            .mentions
            .iter()
            .filter_map(|m| {
                let d = m.date()?;
                Some((m.span.slice(text).to_string(), d.value.as_ref().map_or("null".to_string(), |v| v.to_string())))
            })
            .collect()
    }

    #[track_caller]
    fn check(text: &str, published: Option<&str>, expected: &[(&str, &str)]) {
        let want: Vec<(String, String)> = expected.iter().map(|&(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(dates(text, published), want, "in {text:?}");
    }

    #[test]
    fn english_absolute_dates() {
        check(
            "on 16 May 2024 and May 16, 2024.",
            None,
            &[("16 May 2024", "2024-05-16"), ("May 16, 2024", "2024-05-16")],
        );
        check("It was Sunday, 16 June 2024.", None, &[("Sunday, 16 June 2024", "2024-06-16")]);
        check("Friday, March 3", Some("2023-03-10"), &[("Friday, March 3", "2023-03-03")]);
        check("on Oct. 9 and Sept. 30", Some("2023-10-10"), &[("Oct. 9", "2023-10-09"), ("Sept. 30", "2023-09-30")]);
        check("dated 2021-12-14 and 21.03.2019", None, &[("2021-12-14", "2021-12-14"), ("21.03.2019", "2019-03-21")]);
        check("the talks on May 4-5", Some("2024-05-20"), &[("May 4-5", "2024-05-04/2024-05-05")]);
        // A full stop after a month's full name ends the sentence.
        check("It reopens on 3-5 May.", Some("2024-03-01"), &[("3-5 May", "2024-05-03/2024-05-05")]);
        check("until 4 January. Then", Some("2024-01-10"), &[("4 January", "2024-01-04")]);
        check("until 4 Jan. 2024", None, &[("4 Jan. 2024", "2024-01-04")]);
    }

    #[test]
    fn english_day_ranges_across_months_are_one_period() {
        check(
            "The fair ran from January 29 to February 8, 2024.",
            None,
            &[("January 29 to February 8, 2024", "2024-01-29/2024-02-08")],
        );
        // The first day takes the year before when it comes later in the year.
        check(
            "from 28 December to 4 January 2024",
            None,
            &[("28 December to 4 January 2024", "2023-12-28/2024-01-04")],
        );
        check("between 10 March – 2 April", Some("2024-04-10"), &[("10 March – 2 April", "2024-03-10/2024-04-02")]);
        // Joined by "and", two dates stay two; a weekday keeps its own date.
        check(
            "on 28 December and 4 January",
            Some("2024-01-10"),
            &[("28 December", "2023-12-28"), ("4 January", "2024-01-04")],
        );
        check(
            "on Friday, 5 January to 9 January",
            Some("2024-01-10"),
            &[("Friday, 5 January", "2024-01-05"), ("9 January", "2024-01-09")],
        );
    }

    #[test]
    fn partial_dates_take_the_nearest_year() {
        check("on December 28", Some("2024-01-03"), &[("December 28", "2023-12-28")]);
        check("on January 5", Some("2023-12-28"), &[("January 5", "2024-01-05")]);
        check("on December 12", None, &[("December 12", "null")]);
        check("signed in Tashkent on May 1", Some("2024-11-13"), &[("May 1", "2024-05-01")]);
        check("a joint action plan for 2023-2027.", None, &[("2023-2027", "2023/2027")]);
        check("codes 2027-2023, 1990-2050", None, &[]);
        check("to be held on February 10", Some("2024-11-13"), &[("February 10", "2025-02-10")]);
    }

    #[test]
    fn months_years_and_periods() {
        check("in June of this year", Some("2021-12-14"), &[("June of this year", "2021-06")]);
        check("since September 1994", None, &[("September 1994", "1994-09")]);
        check("in the first 10 months of 2021", None, &[("first 10 months of 2021", "2021-01/2021-10")]);
        check(
            "the first nine months of this year",
            Some("2022-10-01"),
            &[("first nine months of this year", "2022-01/2022-09")],
        );
        // Which year "the year" is, the text says: a date left unresolved.
        check("in the first five months of the year", Some("2022-07-19"), &[("first five months of the year", "null")]);
        check("in January-September 2020", None, &[("January-September 2020", "2020-01/2020-09")]);
        check("Q3 of 2020 and H2 2020", None, &[("Q3 of 2020", "2020-07/2020-09"), ("H2 2020", "2020-07/2020-12")]);
        check("the 2nd half of 2020", None, &[("2nd half of 2020", "2020-07/2020-12")]);
        check("in the fourth quarter of 2023", None, &[("fourth quarter of 2023", "2023-10/2023-12")]);
        check("the second quarter of 2023", None, &[("second quarter of 2023", "2023-04/2023-06")]);
        check("in the last three months of 2021", None, &[("last three months of 2021", "2021-10/2021-12")]);
        check("in the second half of 2022", None, &[("second half of 2022", "2022-07/2022-12")]);
        check("in the last quarter of 2022", None, &[("last quarter of 2022", "2022-10/2022-12")]);
        check("in 2020, since 1991", None, &[("2020", "2020"), ("1991", "1991")]);
        check("in the 1990s", None, &[("1990s", "1990/1999")]);
        check(
            "from late September to early November in 2020",
            None,
            &[("late September to early November in 2020", "2020-09/2020-11")],
        );
        check(
            "in January-September 2020, up from the same period of the previous year",
            None,
            &[
                ("January-September 2020", "2020-01/2020-09"),
                ("the same period of the previous year", "2019-01/2019-09"),
            ],
        );
        check(
            "خلال يناير-مارس 2024 مقارنة بالفترة نفسها من العام الماضي",
            None,
            &[("يناير-مارس 2024", "2024-01/2024-03"), ("الفترة نفسها من العام الماضي", "2023-01/2023-03")],
        );
    }

    #[test]
    fn relative_dates() {
        let p = Some("2021-12-15");
        check(
            "yesterday, today and tomorrow",
            p,
            &[("yesterday", "2021-12-14"), ("today", "2021-12-15"), ("tomorrow", "2021-12-16")],
        );
        check("last year and this year", p, &[("last year", "2020"), ("this year", "2021")]);
        check(
            "A year ago, and a\u{a0}year earlier; not the year earlier, not a year ago",
            p,
            &[("A year ago", "2020"), ("a\u{a0}year earlier", "2020"), ("a year ago", "2020")],
        );
        check("talks were held the day before, and the day before the summit", p, &[("the day before", "2021-12-14")]);
        check("переговоры прошли накануне. Накануне визита", p, &[("накануне", "2021-12-14")]);
        check("где накануне провел переговоры. Накануне начала саммита", p, &[("накануне", "2021-12-14")]);
        check("прибыл накануне вместе с супругой", p, &[("накануне", "2021-12-14")]);
        check("подписали во вторник декларацию, в среду", p, &[("вторник", "2021-12-14"), ("среду", "2021-12-15")]);
        check("last month", p, &[("last month", "2021-11")]);
        check("last week", p, &[("last week", "2021-12-06/2021-12-12")]);
        check("on Friday", p, &[("Friday", "2021-12-10")]);
        check("on Thursday and Friday", p, &[("Thursday", "2021-12-09"), ("Friday", "2021-12-10")]);
        // The future tense points ahead.
        check("the talks will resume on Friday", p, &[("Friday", "2021-12-17")]);
        check("инаугурация, которая пройдет в понедельник", p, &[("понедельник", "2021-12-20")]);
        check("He said on Friday. It will rain.", p, &[("Friday", "2021-12-10")]);
        check("today, Monday", Some("2024-06-17"), &[("today, Monday", "2024-06-17")]);
        check("yesterday", None, &[("yesterday", "null")]);
        // A day and month with the year counted from publication.
        check("on October 3 last year", p, &[("October 3 last year", "2020-10-03")]);
        check("2 сентября этого года", p, &[("2 сентября этого года", "2021-09-02")]);
        check("في 18 فبراير الجاري", Some("2021-02-09"), &[("18 فبراير الجاري", "2021-02-18")]);
        check(
            "من 1 أكتوبر 2030 حتى 31 مارس 2031، و24 مليون زيارة بين أكتوبر 2021 ومارس 2022",
            None,
            &[
                ("1 أكتوبر 2030 حتى 31 مارس 2031", "2030-10-01/2031-03-31"),
                ("أكتوبر 2021 ومارس 2022", "2021-10/2022-03"),
            ],
        );
    }

    #[test]
    fn not_dates() {
        check("It may be 2,020 or $2020 or 1.15 or the 30th anniversary.", None, &[]);
        check("The March of Dimes may march on.", None, &[]);
        check("Azerbaijan 2030: National Priorities", None, &[]);
        check("at 15:59 on page 16", None, &[]);
    }

    #[test]
    fn russian_dates() {
        let p = Some("2024-05-16");
        check("15 июня 2023 года", None, &[("15 июня 2023 года", "2023-06-15")]);
        check("16 мая встретились", p, &[("16 мая", "2024-05-16")]);
        check("в январе-марте 2024 года", None, &[("январе-марте 2024 года", "2024-01/2024-03")]);
        check("в 2023 году и 2020 г.", None, &[("2023 году", "2023"), ("2020 г.", "2020")]);
        check(
            "в январе-марте 2024 года по сравнению с аналогичным периодом прошлого года",
            None,
            &[("январе-марте 2024 года", "2024-01/2024-03"), ("аналогичным периодом прошлого года", "2023-01/2023-03")],
        );
        check(
            "в январе-октябре 2022 года против аналогичного периода 2021 года",
            None,
            &[("январе-октябре 2022 года", "2022-01/2022-10"), ("аналогичного периода 2021 года", "2021-01/2021-10")],
        );
        check(
            "exports in January-June 2023 exceeded the same period of 2021",
            None,
            &[("January-June 2023", "2023-01/2023-06"), ("the same period of 2021", "2021-01/2021-06")],
        );
        check("в прошлом году и вчера", p, &[("прошлом году", "2023"), ("вчера", "2024-05-15")]);
        check("в пятницу, 3 марта 2023 года", None, &[("пятницу, 3 марта 2023 года", "2023-03-03")]);
        check("Четверг, 4 ноября 2021\n\nЛукашенко", None, &[("Четверг, 4 ноября 2021", "2021-11-04")]);
        // A day word and its date are one mention.
        check("заявил вчера, 13 мая, что", p, &[("вчера, 13 мая", "2024-05-13")]);
    }

    #[test]
    fn russian_and_arabic_periods() {
        let p = Some("2024-05-16");
        check("в первом полугодии 2022 года", None, &[("первом полугодии 2022 года", "2022-01/2022-06")]);
        check("во второй половине 2025 года", None, &[("второй половине 2025 года", "2025-07/2025-12")]);
        // Half of a day is no date.
        check("в первой половине дня 5 мая 2024 года", None, &[("5 мая 2024 года", "2024-05-05")]);
        // No year: the publication year's half once it has ended, else found
        // but unresolved.
        check("В первом полугодии экспорт вырос", Some("2024-08-10"), &[("первом полугодии", "2024-01/2024-06")]);
        check("В первом полугодии экспорт вырастет", Some("2024-03-10"), &[("первом полугодии", "null")]);
        check("за третий квартал", Some("2024-11-01"), &[("третий квартал", "2024-07/2024-09")]);
        check("в трёх кварталах от дома за три месяца", Some("2024-11-01"), &[]);
        check("в первом квартале 2024 года", None, &[("первом квартале 2024 года", "2024-01/2024-03")]);
        check("в четвёртом квартале прошлого года", p, &[("четвёртом квартале прошлого года", "2023-10/2023-12")]);
        check("за 11 месяцев 2021 года", None, &[("11 месяцев 2021 года", "2021-01/2021-11")]);
        check("за первые три месяца 2022 года", None, &[("первые три месяца 2022 года", "2022-01/2022-03")]);
        check("в 2021-2022 годах", None, &[("2021-2022 годах", "2021/2022")]);
        check(
            "В июне лидеры встретятся, а в середине февраля",
            Some("2025-03-03"),
            &[("июне", "2025-06"), ("середине февраля", "2025-02")],
        );
        check(
            "в январе-октябре товарооборот вырос, а за январь-октябрь",
            Some("2022-12-01"),
            &[("январе-октябре", "2022-01/2022-10"), ("январь-октябрь", "2022-01/2022-10")],
        );
        check("сократившись за июнь на 649 млн", Some("2023-08-04"), &[("июнь", "2023-06")]);
        // "за" inside a word: "база июнь" is no date's.
        check("база июнь", Some("2023-08-04"), &[]);
        // "в" inside a word, a month name opening a longer one.
        check("Ков июне; в мартеновском цехе", Some("2025-03-03"), &[]);
        check("на уровне текущего года", p, &[("текущего года", "2024")]);
        // The last three months are not counted from January.
        check("за последние три месяца 2022 года", None, &[("2022 года", "2022")]);
        check("خلال الربع الرابع من عام 2022", None, &[("الربع الرابع من عام 2022", "2022-10/2022-12")]);
        // Published on a Tuesday: the Wednesday before, the Tuesday after,
        // and the year in hand.
        let tue = Some("2025-01-07");
        check("زار الأربعاء الماضي", tue, &[("الأربعاء الماضي", "2025-01-01")]);
        check("يزور الثلاثاء المقبل", tue, &[("الثلاثاء المقبل", "2025-01-14")]);
        check("منذ يوم الأربعاء الماضي", tue, &[("يوم الأربعاء الماضي", "2025-01-01")]);
        check("وتبدأ غد الأربعاء", tue, &[("غد الأربعاء", "2025-01-08")]);
        check("خلال العام الحالي", tue, &[("العام الحالي", "2025")]);
        check("في النصف الأول من العام الجاري", p, &[("النصف الأول من العام الجاري", "2024-01/2024-06")]);
        check(
            "خلال الأشهر الثمانية الأولى من سنة 2023 والأشهر الـ3 الأخيرة من عام 2022",
            None,
            &[
                ("الأشهر الثمانية الأولى من سنة 2023", "2023-01/2023-08"),
                ("الأشهر الـ3 الأخيرة من عام 2022", "2022-10/2022-12"),
            ],
        );
        // A count that is no number leaves the year alone a date.
        check("الأشهر القليلة الأولى من عام 2022", None, &[("عام 2022", "2022")]);
    }

    #[test]
    fn arabic_dates() {
        check("في 7 سبتمبر من هذا العام", None, &[("7 سبتمبر من هذا العام", "null")]);
        check("في 7 سبتمبر من هذا العام", Some("2021-10-19"), &[("7 سبتمبر من هذا العام", "2021-09-07")]);
        check("في 18 أكتوبر", Some("2021-10-19"), &[("18 أكتوبر", "2021-10-18")]);
        check("في ١٦ مايو ٢٠٢٤", None, &[("١٦ مايو ٢٠٢٤", "2024-05-16")]);
        check("15 حزيران 2023", None, &[("15 حزيران 2023", "2023-06-15")]);
        check("وأمس والعام الماضي", Some("2024-03-12"), &[("أمس", "2024-03-11"), ("العام الماضي", "2023")]);
        check("اليوم الثلاثاء", Some("2024-03-12"), &[("اليوم الثلاثاء", "2024-03-12")]);
        check("وصل أمس الاثنين إلى الدوحة", Some("2021-12-07"), &[("أمس الاثنين", "2021-12-06")]);
        // A weekday after "يوم" is a date; its tense, unread, would tell
        // which one.
        check("التقى الوزيران يوم الأربعاء في الدوحة", Some("2021-12-07"), &[("يوم الأربعاء", "null")]);
        check("يوم الأربعاء الماضي", Some("2021-12-07"), &[("يوم الأربعاء الماضي", "2021-12-01")]);
        check("يوم الأربعاء 5 يونيو 2024", None, &[("يوم الأربعاء 5 يونيو 2024", "2024-06-05")]);
        check("أكتوبر الماضي", Some("2024-03-12"), &[("أكتوبر الماضي", "2023-10")]);
        check("اعتبارا من نوفمبر المقبل", Some("2022-10-05"), &[("نوفمبر المقبل", "2022-11")]);
        check("في مارس القادم", Some("2024-03-12"), &[("مارس القادم", "2025-03")]);
        check(
            "في 19 يناير الماضي و5 مايو المقبل",
            Some("2024-03-12"),
            &[("19 يناير الماضي", "2024-01-19"), ("5 مايو المقبل", "2024-05-05")],
        );
        check("زار مصر في مارس 2018 ونوفمبر 2018", None, &[("مارس 2018", "2018-03"), ("نوفمبر 2018", "2018-11")]);
        // The Maghreb's month names.
        check(
            "الجزائر في 11 أفريل 2022 وجانفي 2021",
            None,
            &[("11 أفريل 2022", "2022-04-11"), ("جانفي 2021", "2021-01")],
        );
        check(
            "من 22 إلى 31 يوليو الجاري، و3-5 مايو 2024، وفي 2023-5 يونيو",
            Some("2024-07-20"),
            &[
                ("22 إلى 31 يوليو الجاري", "2024-07-22/2024-07-31"),
                ("3-5 مايو 2024", "2024-05-03/2024-05-05"),
                ("5 يونيو", "2024-06-05"),
            ],
        );
        check(
            "تقام من 13 أبريل إلى 13 أكتوبر 2025 في أوساكا",
            Some("2022-04-02"),
            &[("13 أبريل إلى 13 أكتوبر 2025", "2025-04-13/2025-10-13")],
        );
        // Morocco's ("دجنبر", "شتنبر"); "غشت" only beside a day or a year.
        check(
            "في 15 شتنبر 2023 ودجنبر الماضي وغشت",
            Some("2024-03-12"),
            &[("15 شتنبر 2023", "2023-09-15"), ("دجنبر الماضي", "2023-12")],
        );
        check("في عام 2023 وفي مارس 2024", None, &[("عام 2023", "2023"), ("مارس 2024", "2024-03")]);
        check("في مايو من العام الماضي", Some("2024-04-22"), &[("مايو من العام الماضي", "2023-05")]);
        // A day written as an ordinal.
        check(
            "يقام في الخامس من آب المقبل وفي الحادي والعشرين من مارس 2024",
            Some("2023-06-01"),
            &[("الخامس من آب المقبل", "2023-08-05"), ("الحادي والعشرين من مارس 2024", "2024-03-21")],
        );
        assert!(dates("الأول من نوعه في المنطقة", None).is_empty());
        check("وفقا لبيانات لعام 2021", None, &[("عام 2021", "2021")]);
        check("خلال يناير-مارس ٢٠٢٤", None, &[("يناير-مارس ٢٠٢٤", "2024-01/2024-03")]);
        check("وقال أمس، 13 مايو، إن", Some("2024-05-16"), &[("أمس، 13 مايو", "2024-05-13")]);
        check(
            "في 7 كانون الثاني/يناير 2025 و23 كانون الأول/ديسمبر",
            Some("2025-01-07"),
            &[("7 كانون الثاني/يناير 2025", "2025-01-07"), ("23 كانون الأول/ديسمبر", "2024-12-23")],
        );
        check(
            "الموافق 27 يوليو 2024 م واس، وجدة التاريخية (2014) و2023 مليون (1234567)",
            None,
            &[("27 يوليو 2024 م", "2024-07-27"), ("2014", "2014")],
        );
        // Saudi datelines write the Gregorian era's letter after the year.
        check(
            "1444هـ الموافق 02 أبريل 2023م (واس) وفي عام 2022م ومارس 2021م ثم 2023 مليون",
            None,
            &[("02 أبريل 2023م", "2023-04-02"), ("عام 2022م", "2022"), ("مارس 2021م", "2021-03")],
        );
    }
}
