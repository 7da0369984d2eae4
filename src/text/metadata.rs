//! What an article says about itself: when it was published, where it was
//! filed from (the dateline), who wrote it (the byline).
//!
//! The publication date is the reference for every partial and relative
//! date, so where it came from is recorded and shown. Sources, in order of
//! trust: configuration, front matter (`date:`), the header line scraped
//! articles carry (` date 2021-12-14 By Azernews`), a page timestamp
//! ("16 May 2024, 15:59"), a dateline with a full date.

use super::Span;
use crate::recognize::lexicon::month_number;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// Where the publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishedSource {
    /// The configuration or the command line.
    Config,
    /// Markdown/YAML front matter.
    FrontMatter,
    /// A header line or page timestamp.
    Header,
    /// The dateline.
    Dateline,
}

impl PublishedSource {
    /// The contract's name of the source.
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedSource::Config => "config",
            PublishedSource::FrontMatter => "front-matter",
            PublishedSource::Header => "header",
            PublishedSource::Dateline => "dateline",
        }
    }
}

/// The publication date and its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The date.
    pub date: Date,
    /// Where it came from.
    pub source: PublishedSource,
    /// The text it was read from, when it came from the text.
    pub span: Option<Span>,
}

/// A dateline: "BAKU, Azerbaijan, June 15." or "BAKU, 16 May (BelTA) –".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline.
    pub span: Span,
    /// The city, as written (often in capitals).
    pub place: Span,
    /// The country after the city, if written.
    pub country: Option<Span>,
    /// The date, if written.
    pub date: Option<Span>,
    /// The news agency, in parentheses or after the city, if written.
    pub agency: Option<Span>,
}

/// Everything the article says about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Metadata {
    /// The publication date, if known.
    pub published: Option<Published>,
    /// The dateline, if the article has one.
    pub dateline: Option<Dateline>,
    /// The author's name in a "By ..." line.
    pub byline: Option<Span>,
    /// The outlet named in a header line (" date ... By Azernews").
    pub outlet: Option<Span>,
}

const MONTH_WORD: &str = r"[A-Za-z]{3,9}\.?|[а-яё]{3,8}";

static FRONT_MATTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)\A(?:\u{FEFF})?---[ \t]*\r?\n(?s:.*?)^(?:date|published|pubdate)[ \t]*:[ \t]*["']?([0-9]{4})-([0-9]{2})-([0-9]{2})"#)
        .expect("valid regex")
});
static FRONT_MATTER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:\u{FEFF})?---[ \t]*\r?\n(?s:.*?)\r?\n---[ \t]*(?:\r?\n|\z)").expect("valid regex")
});
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:\u{FEFF})?[ \t]*date[ \t]+([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ \t]+By[ \t]+([A-Z][A-Za-z0-9.&'’-]*(?:[ \t][A-Z][A-Za-z0-9.&'’-]*){0,3})[ \t]*(?:\r?\n|\r|\z))?")
        .expect("valid regex")
});
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*(?:([0-9]{{1,2}})[ \t]+({MONTH_WORD})|({MONTH_WORD})[ \t]+([0-9]{{1,2}}),?)[ \t]+([0-9]{{4}})(?:,|[ \t]+г\.,?)?[ \t]+[0-9]{{1,2}}:[0-9]{{2}}[ \t]*\r?$"
    ))
    .expect("valid regex")
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)(?:^|\A[ \t]*date[ \t]+[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}[ \t]+)[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ'’ .-]*[A-ZА-ЯЁ]),[ \t]+(?:([A-ZА-ЯЁ][a-zа-яё]+(?:[ \t][A-ZА-ЯЁ][a-zа-яё]+)?),[ \t]+)?((?:{MONTH_WORD})[ \t]+[0-9]{{1,2}}|[0-9]{{1,2}}[ \t]+(?:{MONTH_WORD}))(?:,?[ \t]+([0-9]{{4}}))?(?:[ \t]+\(([^()\n]{{2,40}})\))?[ \t]*(?:\.|[–—-](?:[ \t]+(РИА Новости|ТАСС|Интерфакс|Sputnik|Спутник|ПРАЙМ)\.)?|/)"
    ))
    .expect("valid regex")
});
/// "АСТАНА. KAZINFORM – Президент...": the city in capitals, a full stop,
/// the agency and a dash, with the date given above the headline.
static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,}(?:[ \t][A-ZА-ЯЁ-]{3,})?)\.[ \t]+([A-Z][A-Za-z]{2,}|[А-ЯЁ][А-ЯЁа-яё]{2,})[ \t]+[–—-][ \t]")
        .expect("valid regex")
});

/// A first line that is a date and nothing else, maybe with its weekday
/// and the city it was filed from: "الأربعاء 27 نوفمبر 2024", "عمّان، 7
/// كانون الثاني/يناير 2025", "Tuesday, 7 January 2025", "7 января 2025
/// года". Pages print the publication date so above the headline.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\A[ \t\r\n]*(?:(?P<city>{L}+(?:[ \t]{L}+)?)[،,][ \t]*)?(?:(?P<wd>{L}+)[،,]?[ \t]+)?(?:(?P<d>[0-9٠-٩]{{1,2}})[ \t]+(?P<m>{L}+(?:[ \t]{L}+)?(?:/{L}+)?)|(?P<m2>{L}+\.?)[ \t]+(?P<d2>[0-9]{{1,2}}),?)[ \t]+(?P<y>[0-9٠-٩]{{4}})(?:[ \t]*(?:م|года|г\.))?[ \t]*(?:\r?\n|\z)",
        L = LETTER
    ))
    .expect("valid regex")
});

/// A letter of the three languages' scripts, vowel marks included: all a
/// date line's words are, and `\p{L}` would cost this one pattern more
/// compile time than all the others together.
const LETTER: &str = "[A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ\u{0620}-\u{065F}\u{066E}-\u{06D3}]";

/// "الدوحة في 12 مارس 2024 (قنا) -": Arabic has no capitals, so the city
/// is the first word of the article, before "في" and a full date. Saudi
/// datelines give the Hijri date first ("11 رمضان 1444هـ الموافق 02 أبريل
/// 2023م (واس)"), Qatari ones the agency between slashes ("/قنا/"); a
/// dateline on a line of its own may end with the agency bare ("28 نوفمبر
/// 2023 م واس"). A city of two words has "ال" in the second ("مكة
/// المكرمة") or is "أبو ظبي".
static ARABIC_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(\p{Arabic}+(?:[ \t]ال\p{Arabic}+)?|أبو[ \t]\p{Arabic}+)[ \t]+(?:في[ \t]+)?(?:[0-9٠-٩]{1,2}[ \t]+\p{Arabic}+(?:[ \t]\p{Arabic}+)?[ \t]+[0-9٠-٩]{4}[ \t]*هـ[ \t]+الموافق[ \t]+)?(([0-9٠-٩]{1,2})[ \t]+(\p{Arabic}+(?:[ \t]\p{Arabic}+)?(?:/\p{Arabic}+)?)[ \t]+([0-9٠-٩]{4})(?:[ \t]?م)?)(?:[ \t]*(?:\(([^()\n]{1,30})\)|/([^/\n]{1,30})/)|[ \t]+(\p{Arabic}{2,12})[ \t]*\r?$)?[ \t]*(?:[-–—]|\r?$)")
        .expect("valid regex")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*By[ \t]+([A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]+){1,3})[ \t]*\r?$")
        .expect("valid regex")
});

/// How far into the article header lines, timestamps and bylines are
/// looked for; past it they would be quotes or related-article lists.
const HEAD_BYTES: usize = 2048;

/// Reads the metadata of `text`. `configured` is the publication date from
/// configuration, which wins over anything in the text.
pub fn extract_metadata(text: &str, configured: Option<Date>) -> Metadata {
    let head = match text.char_indices().find(|&(i, _)| i >= HEAD_BYTES) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let mut meta = Metadata::default();
    let mut candidates: Vec<Published> = Vec::new();
    if let Some(date) = configured {
        candidates.push(Published { date, source: PublishedSource::Config, span: None });
    }
    // Each pattern is compiled the first time a text could match it: a
    // check of one article pays for the ones its head can use, and most
    // heads have no front matter, no time, no Arabic.
    let front_matter = head.trim_start_matches('\u{FEFF}').starts_with("---");
    if front_matter
        && let Some(c) = FRONT_MATTER_DATE.captures(head)
        && let Some(p) = ymd(&c, 1, PublishedSource::FrontMatter)
    {
        candidates.push(p);
    }
    if let Some(c) = HEADER_LINE.captures(head) {
        if let Some(p) = ymd(&c, 1, PublishedSource::Header) {
            candidates.push(p);
        }
        meta.outlet = c.get(4).map(|m| Span::new(m.start(), m.end()));
    }
    // Past front matter, so that a YAML value is not read as prose.
    let body_start = if front_matter { FRONT_MATTER_END.find(head).map_or(0, |m| m.end()) } else { 0 };
    let body_head = &head[body_start..];
    if body_head.contains(':')
        && let Some(c) = TIMESTAMP.captures(body_head)
    {
        let (day, month) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(d), Some(m), _, _) => (d.as_str(), m.as_str()),
            (_, _, Some(m), Some(d)) => (d.as_str(), m.as_str()),
            _ => ("", ""),
        };
        let year = c.get(5).and_then(|y| y.as_str().parse::<i16>().ok());
        if let (Ok(day), Some(month), Some(year)) = (day.parse::<i8>(), month_number(month), year)
            && let Ok(date) = Date::new(year, month, day)
        {
            let whole = c.get(0).map(|m| m.as_str().trim()).unwrap_or("");
            let start = c.get(0).map_or(0, |m| m.start() + m.as_str().find(whole).unwrap_or(0)) + body_start;
            candidates.push(Published {
                date,
                source: PublishedSource::Header,
                span: Some(Span::new(start, start + whole.len())),
            });
        }
    }
    if let Some(c) = DATE_LINE.captures(body_head)
        && let Some(p) = date_line(&c, body_start)
    {
        candidates.push(p);
    }
    if let Some(c) = DATELINE.captures(body_head) {
        let at = |i: usize| c.get(i).map(|m| Span::new(m.start() + body_start, m.end() + body_start));
        if let (Some(whole), Some(place)) = (c.get(0), at(1)) {
            let start = place.start;
            meta.dateline = Some(Dateline {
                span: Span::new(start, whole.end() + body_start),
                place,
                country: at(2),
                date: at(3).map(|d| match at(4) {
                    Some(y) => Span::new(d.start, y.end),
                    None => d,
                }),
                agency: at(5).or(at(6)),
            });
            if let (Some(date_text), Some(year)) = (c.get(3), c.get(4))
                && let Some(date) = day_month(date_text.as_str(), year.as_str())
            {
                candidates.push(Published { date, source: PublishedSource::Dateline, span: at(3) });
            }
        }
    }
    if meta.dateline.is_none()
        && let Some(c) = AGENCY_DATELINE.captures(body_head)
        && let (Some(place), Some(agency)) = (c.get(1), c.get(2))
    {
        let shift = |m: regex::Match<'_>| Span::new(m.start() + body_start, m.end() + body_start);
        meta.dateline = Some(Dateline {
            span: Span::new(place.start() + body_start, agency.end() + body_start),
            place: shift(place),
            country: None,
            date: None,
            agency: Some(shift(agency)),
        });
    }
    if meta.dateline.is_none()
        && super::has_arabic(body_head)
        && let Some(c) = ARABIC_DATELINE.captures(body_head)
    {
        let at = |i: usize| c.get(i).map(|m| Span::new(m.start() + body_start, m.end() + body_start));
        let date = (|| {
            let day = super::ascii_digits(c.get(3)?.as_str()).parse::<i8>().ok()?;
            let month = month_number(c.get(4)?.as_str())?;
            let year = super::ascii_digits(c.get(5)?.as_str()).parse::<i16>().ok()?;
            Date::new(year, month, day).ok()
        })();
        if let (Some(date), Some(place), Some(whole)) = (date, at(1), c.get(0)) {
            meta.dateline = Some(Dateline {
                span: Span::new(place.start, whole.end() + body_start),
                place,
                country: None,
                date: at(2),
                agency: at(6).or(at(7)).or(at(8)),
            });
            candidates.push(Published { date, source: PublishedSource::Dateline, span: at(2) });
        }
    }
    if body_head.contains("By")
        && let Some(c) = BYLINE.captures(body_head)
    {
        meta.byline = c.get(1).map(|m| Span::new(m.start() + body_start, m.end() + body_start));
    }
    meta.published = candidates.first().copied();
    meta
}

/// The date of a first line [`DATE_LINE`] matched: a real month, a real
/// weekday if one is written, and a valid date.
fn date_line(c: &regex::Captures<'_>, offset: usize) -> Option<Published> {
    if let Some(wd) = c.name("wd") {
        crate::recognize::lexicon::weekday(wd.as_str())?;
    }
    let day = c.name("d").or(c.name("d2"))?;
    let month = month_number(c.name("m").or(c.name("m2"))?.as_str())?;
    let year = c.name("y")?;
    let date = Date::new(
        super::ascii_digits(year.as_str()).parse().ok()?,
        month,
        super::ascii_digits(day.as_str()).parse().ok()?,
    )
    .ok()?;
    let start = c.name("d").or(c.name("m2"))?.start();
    Some(Published {
        date,
        source: PublishedSource::Header,
        span: Some(Span::new(start + offset, year.end() + offset)),
    })
}

fn ymd(c: &regex::Captures<'_>, first: usize, source: PublishedSource) -> Option<Published> {
    let num = |i: usize| c.get(i).map(|m| m.as_str());
    let date =
        Date::new(num(first)?.parse().ok()?, num(first + 1)?.parse().ok()?, num(first + 2)?.parse().ok()?).ok()?;
    let span = Span::new(c.get(first)?.start(), c.get(first + 2)?.end());
    Some(Published { date, source, span: Some(span) })
}

/// "June 15" or "15 June" with a year.
fn day_month(text: &str, year: &str) -> Option<Date> {
    let mut parts = text.split_whitespace();
    let (a, b) = (parts.next()?, parts.next()?);
    let (day, month) = match a.parse::<i8>() {
        Ok(d) => (d, month_number(b)?),
        Err(_) => (b.parse::<i8>().ok()?, month_number(a)?),
    };
    Date::new(year.parse().ok()?, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn published(text: &str) -> Option<(Date, &'static str)> {
        extract_metadata(text, None).published.map(|p| (p.date, p.source.as_str()))
    }

    #[test]
    fn header_line_and_outlet() {
        let text = " date 2021-12-14 By Azernews\n\nBy Ayya Lmahamad\n\nText.";
        let meta = extract_metadata(text, None);
        assert_eq!(published(text), Some((date(2021, 12, 14), "header")));
        assert_eq!(meta.outlet.map(|s| s.slice(text)), Some("Azernews"));
        assert_eq!(meta.byline.map(|s| s.slice(text)), Some("Ayya Lmahamad"));
    }

    #[test]
    fn header_line_with_dateline() {
        let text = " date 2023-06-15 BAKU, Azerbaijan, June 15. Minister of Economy spoke.";
        let meta = extract_metadata(text, None);
        assert_eq!(published(text), Some((date(2023, 6, 15), "header")));
        let dl = meta.dateline.unwrap();
        assert_eq!(dl.place.slice(text), "BAKU");
        assert_eq!(dl.country.map(|s| s.slice(text)), Some("Azerbaijan"));
        assert_eq!(dl.date.map(|s| s.slice(text)), Some("June 15"));
        assert_eq!(meta.outlet, None);
    }

    #[test]
    fn page_timestamp_and_agency_dateline() {
        let text = "Flag Sunday, 16 June 2024\nAll news\n16 May 2024, 15:59\n\nTitle\n\nBAKU, 16 May (BelTA) – Azerbaijan and Belarus agreed.";
        let meta = extract_metadata(text, None);
        assert_eq!(published(text), Some((date(2024, 5, 16), "header")));
        let dl = meta.dateline.unwrap();
        assert_eq!(dl.place.slice(text), "BAKU");
        assert_eq!(dl.date.map(|s| s.slice(text)), Some("16 May"));
        assert_eq!(dl.agency.map(|s| s.slice(text)), Some("BelTA"));
    }

    #[test]
    fn front_matter_and_config() {
        let text = "---\ntitle: x\ndate: 2024-05-16T10:00:00Z\n---\nBody.";
        assert_eq!(published(text), Some((date(2024, 5, 16), "front-matter")));
        let meta = extract_metadata(text, Some(date(2020, 1, 2)));
        assert_eq!(meta.published.map(|p| (p.date, p.source)), Some((date(2020, 1, 2), PublishedSource::Config)));
    }

    #[test]
    fn dateline_with_year_and_russian() {
        assert_eq!(published("MOSCOW, May 16, 2024. Talks began."), Some((date(2024, 5, 16), "dateline")));
        let ru = "МОСКВА, 16 мая 2024 /ТАСС/. Переговоры начались.";
        assert_eq!(published(ru), Some((date(2024, 5, 16), "dateline")));
    }

    #[test]
    fn arabic_dateline() {
        let text = "الدوحة في 12 مارس 2024 (قنا) - استقبل الرئيس";
        let meta = extract_metadata(text, None);
        assert_eq!(published(text), Some((date(2024, 3, 12), "dateline")));
        let dl = meta.dateline.unwrap();
        assert_eq!(dl.place.slice(text), "الدوحة");
        assert_eq!(dl.agency.map(|s| s.slice(text)), Some("قنا"));
        assert_eq!(published("باكو ١٦ مايو ٢٠٢٤ - نص"), Some((date(2024, 5, 16), "dateline")));
        assert_eq!(published("وقال السفير في 7 سبتمبر من هذا العام - نص"), None);
        let saudi = "الرياض 11 رمضان 1444هـ الموافق 02 أبريل 2023م (واس) - صرح مصدر";
        assert_eq!(published(saudi), Some((date(2023, 4, 2), "dateline")));
        assert_eq!(extract_metadata(saudi, None).dateline.and_then(|d| d.agency).map(|s| s.slice(saudi)), Some("واس"));
        let qatari = "بغداد في 22 أبريل 2024 /قنا/ - رعى دولة السيد";
        assert_eq!(published(qatari), Some((date(2024, 4, 22), "dateline")));
        assert_eq!(
            extract_metadata(qatari, None).dateline.and_then(|d| d.agency).map(|s| s.slice(qatari)),
            Some("قنا")
        );
        // A line of its own, the era letter apart and the agency bare.
        let spaced = "باريس 14 جمادى الأولى 1445 هـ الموافق 28 نوفمبر 2023 م واس\n\nالرياض تفوز";
        assert_eq!(published(spaced), Some((date(2023, 11, 28), "dateline")));
        assert_eq!(
            extract_metadata(spaced, None).dateline.and_then(|d| d.agency).map(|s| s.slice(spaced)),
            Some("واس")
        );
        assert_eq!(published("باريس 28 نوفمبر 2023 مع وفد كبير"), None);
        // A city of two words.
        let mecca = "مكة المكرمة 09 ذو الحجة 1445 هـ الموافق 15 يونيو 2024 م واس\n\nنص";
        assert_eq!(published(mecca), Some((date(2024, 6, 15), "dateline")));
        assert_eq!(extract_metadata(mecca, None).dateline.map(|d| d.place.slice(mecca)), Some("مكة المكرمة"));
        // Kazinform's: the city, a full stop, the agency, a dash.
        let kazinform = "16 сентября 2025, 17:40\n\nЗаголовок\n\nАСТАНА. KAZINFORM – Президент Казахстана";
        let dl = extract_metadata(kazinform, None).dateline.unwrap();
        assert_eq!((dl.place.slice(kazinform), dl.agency.map(|a| a.slice(kazinform))), ("АСТАНА", Some("KAZINFORM")));
        // A month abbreviated, as RIA Novosti's datelines have it.
        let ria = "МОСКВА, 28 окт – РИА Новости. Текст";
        assert_eq!(extract_metadata(ria, None).dateline.map(|d| d.place.slice(ria)), Some("МОСКВА"));
        assert_eq!(
            extract_metadata(ria, None).dateline.and_then(|d| d.agency).map(|s| s.slice(ria)),
            Some("РИА Новости")
        );
    }

    #[test]
    fn a_first_line_that_is_a_date() {
        assert_eq!(published("الأربعاء 27 نوفمبر 2024\n\nالسعودية تقر ميزانية"), Some((date(2024, 11, 27), "header")));
        let levant = "عمّان، 7 كانون الثاني/يناير 2025\n\nالأردن وسوريا";
        assert_eq!(published(levant), Some((date(2025, 1, 7), "header")));
        assert_eq!(published("Tuesday, 7 January 2025\nTalks began."), Some((date(2025, 1, 7), "header")));
        assert_eq!(published("January 7, 2025\nTalks began."), Some((date(2025, 1, 7), "header")));
        assert_eq!(published("7 января 2025 года\nПереговоры начались."), Some((date(2025, 1, 7), "header")));
        let text = "Baku, 7 January 2025\n";
        let p = extract_metadata(text, None).published.unwrap();
        assert_eq!(p.span.map(|s| s.slice(text)), Some("7 January 2025"));
        // A headline with a date in it, a word that is no weekday, a
        // second line: no publication date.
        assert_eq!(published("Talks set for 7 January 2025\n"), None);
        assert_eq!(published("Budget, 7 January 2025 draft\n"), None);
        assert_eq!(published("Summit 7 January 2025\n"), None);
        assert_eq!(published("Headline\n7 January 2025\n"), None);
    }

    #[test]
    fn nothing_to_go_on() {
        assert_eq!(published("السفير إسماعيلوف: آفاق جديدة"), None);
        assert_eq!(published(""), None);
        assert_eq!(published(" date 2021-02-30 By X"), None, "an invalid header date is not a reference");
    }
}
