//! Word lists as data: month (Gregorian and Hijri) and weekday names in
//! English, Russian and Arabic, with the abbreviations and inflected forms
//! news copy uses. Lookups are case-insensitive for scripts with case.

use jiff::civil::Weekday;

/// Month names and forms, each with its month number (1-12).
///
/// Russian has nominative and genitive forms ("июнь", "15 июня"); Arabic
/// has the Egyptian/Gulf series (يناير) and the Levantine/Iraqi series
/// (كانون الثاني), which share numbers.
#[rustfmt::skip]
pub const MONTHS: &[(&str, i8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ("январь", 1), ("января", 1), ("январе", 1), ("февраль", 2), ("февраля", 2), ("феврале", 2),
    ("март", 3), ("марта", 3), ("марте", 3), ("апрель", 4), ("апреля", 4), ("апреле", 4),
    ("май", 5), ("мая", 5), ("мае", 5), ("июнь", 6), ("июня", 6), ("июне", 6),
    ("июль", 7), ("июля", 7), ("июле", 7), ("август", 8), ("августа", 8), ("августе", 8),
    ("сентябрь", 9), ("сентября", 9), ("сентябре", 9), ("октябрь", 10), ("октября", 10), ("октябре", 10),
    ("ноябрь", 11), ("ноября", 11), ("ноябре", 11), ("декабрь", 12), ("декабря", 12), ("декабре", 12),
    // The abbreviations agencies' datelines use ("МОСКВА, 28 окт – РИА
    // Новости"); none is a Russian word.
    ("янв", 1), ("фев", 2), ("февр", 2), ("апр", 4), ("авг", 8), ("сент", 9), ("окт", 10), ("нояб", 11),
    ("дек", 12),
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4),
    ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8),
    ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6),
    ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
    // Both names with a slash, as Syrian, Jordanian and Lebanese agencies
    // write them ("7 كانون الثاني/يناير 2025").
    ("كانون الثاني/يناير", 1), ("شباط/فبراير", 2), ("آذار/مارس", 3), ("نيسان/أبريل", 4), ("أيار/مايو", 5),
    ("حزيران/يونيو", 6), ("تموز/يوليو", 7), ("آب/أغسطس", 8), ("أيلول/سبتمبر", 9), ("تشرين الأول/أكتوبر", 10),
    ("تشرين الثاني/نوفمبر", 11), ("كانون الأول/ديسمبر", 12),
    // The Maghreb's names, from the French (Algerian and Tunisian press).
    ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
    // Morocco's, where they differ from the Egyptian series ("دجنبر الماضي").
    ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
];

/// English month abbreviations that are also ordinary words or names, so
/// they count as months only next to a day number ("Mar 3", not "Mar").
#[rustfmt::skip]
pub const AMBIGUOUS_MONTHS: &[&str] = &["may", "mar", "jun", "jan", "dec", "aug", "sep", "oct", "nov", "apr", "feb", "jul", "sept", "март", "май", "آب", "مارس", "ماي", "غشت"];

/// Hijri month names in Arabic and English transliteration, with their
/// common variants.
#[rustfmt::skip]
pub const HIJRI_MONTHS: &[(&str, u8)] = &[
    ("محرم", 1), ("المحرم", 1), ("صفر", 2),
    ("ربيع الأول", 3), ("ربيع الاول", 3), ("ربيع الآخر", 4), ("ربيع الثاني", 4), ("ربيع الاخر", 4),
    ("جمادى الأولى", 5), ("جمادى الاولى", 5), ("جمادى الآخرة", 6), ("جمادى الثانية", 6), ("جمادى الاخرة", 6),
    ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    ("Muharram", 1), ("Safar", 2), ("Rabi al-Awwal", 3), ("Rabi' al-Awwal", 3), ("Rabi al-Thani", 4),
    ("Rabi al-Akhir", 4), ("Jumada al-Awwal", 5), ("Jumada al-Ula", 5), ("Jumada al-Thani", 6),
    ("Jumada al-Akhirah", 6), ("Rajab", 7), ("Sha'ban", 8), ("Shaban", 8), ("Ramadan", 9), ("Shawwal", 10),
    ("Dhu al-Qadah", 11), ("Dhu al-Qi'dah", 11), ("Dhul-Qadah", 11), ("Dhu al-Hijjah", 12), ("Dhul-Hijjah", 12),
    // Russian, nominative and genitive ("15 рамадана").
    ("мухаррам", 1), ("мухаррама", 1), ("сафар", 2), ("сафара", 2),
    ("раби аль-авваль", 3), ("раби аль-авваля", 3), ("раби ас-сани", 4),
    ("джумада аль-уля", 5), ("джумада ас-сани", 6), ("джумада аль-ахира", 6),
    ("раджаб", 7), ("раджаба", 7), ("шаабан", 8), ("шаабана", 8), ("рамадан", 9), ("рамадана", 9),
    ("шавваль", 10), ("шавваля", 10), ("зуль-када", 11), ("зуль-каада", 11), ("зуль-хиджа", 12), ("зуль-хиджжа", 12),
];

/// The Hijri month `name` names (case ignored), 1-12.
pub fn hijri_month_number(name: &str) -> Option<u8> {
    static LOWER: std::sync::LazyLock<Vec<(String, u8)>> =
        std::sync::LazyLock::new(|| HIJRI_MONTHS.iter().map(|&(n, m)| (crate::text::lowercase(n), m)).collect());
    let name = crate::text::lowercase(name);
    LOWER.iter().find(|(n, _)| *n == name).map(|&(_, m)| m)
}

/// Weekday names and forms.
#[rustfmt::skip]
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday), ("mon", Weekday::Monday),
    ("tuesday", Weekday::Tuesday), ("tue", Weekday::Tuesday), ("tues", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday), ("wed", Weekday::Wednesday),
    ("thursday", Weekday::Thursday), ("thu", Weekday::Thursday), ("thurs", Weekday::Thursday),
    ("friday", Weekday::Friday), ("fri", Weekday::Friday),
    ("saturday", Weekday::Saturday), ("sat", Weekday::Saturday),
    ("sunday", Weekday::Sunday), ("sun", Weekday::Sunday),
    ("понедельник", Weekday::Monday), ("вторник", Weekday::Tuesday), ("среда", Weekday::Wednesday),
    ("среду", Weekday::Wednesday), ("четверг", Weekday::Thursday), ("пятница", Weekday::Friday),
    ("пятницу", Weekday::Friday), ("суббота", Weekday::Saturday), ("субботу", Weekday::Saturday),
    ("воскресенье", Weekday::Sunday),
    ("الاثنين", Weekday::Monday), ("الإثنين", Weekday::Monday), ("الثلاثاء", Weekday::Tuesday),
    ("الأربعاء", Weekday::Wednesday), ("الاربعاء", Weekday::Wednesday), ("الخميس", Weekday::Thursday),
    ("الجمعة", Weekday::Friday), ("السبت", Weekday::Saturday), ("الأحد", Weekday::Sunday), ("الاحد", Weekday::Sunday),
];

/// Whether `word` is an English month's full name ("January", "May"),
/// never abbreviated, so a full stop after it ends a sentence.
pub fn is_full_english_month(word: &str) -> bool {
    month_number(word).is_some_and(|n| month_name_en(n).eq_ignore_ascii_case(word))
}

/// The month number of `word` (any case; a trailing dot allowed).
pub fn month_number(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.');
    let lower = crate::text::lowercase(word);
    MONTHS.iter().find(|(name, _)| *name == lower).map(|&(_, n)| n)
}

/// The weekday `word` names (any case; a trailing dot allowed).
pub fn weekday(word: &str) -> Option<Weekday> {
    let word = word.trim_end_matches('.');
    let lower = crate::text::lowercase(word);
    WEEKDAYS.iter().find(|(name, _)| *name == lower).map(|&(_, w)| w)
}

/// The English name of a weekday, as messages print it.
pub fn weekday_name_en(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// A date as messages print it, unambiguous in every newsroom's
/// convention: "16 June 2024".
pub fn long_date(date: jiff::civil::Date) -> String {
    format!("{} {} {}", date.day(), month_name_en(date.month()), date.year())
}

/// The English name of month `month` (1-12).
pub fn month_name_en(month: i8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get((month as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

/// Abbreviations after which a period does not end a sentence.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "approx", "dept", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "г", "гг", "им", "т.е", "т.д", "т.п", "млн", "млрд", "тыс", "руб", "долл",
];

/// Words that put a bare weekday after them in the future: "will meet on
/// Monday", "которая пройдет в понедельник".
#[rustfmt::skip]
pub const FUTURE_MARKERS: &[&str] = &[
    "will", "due", "scheduled",
    "пройдет", "пройдёт", "состоится", "состоятся", "будет", "будут", "начнется", "начнётся", "откроется",
    "прибудет", "посетит", "проведет", "проведёт", "встретится", "отправится", "вступит", "завершится",
    "планирует", "планируется", "намерен", "намерены",
];
