//! Money, percentages and quantities in English, Russian and Arabic, with
//! their normalized values.
//!
//! A figure includes its currency, scale and unit ("$1.1 million", "1,1 млн
//! долларов", "50 مليون دولار", "9.6 percent", "5 тыс. тонн"); a qualifier
//! before it ("about", "более", "أكثر من") stays outside the span and is
//! kept in the value. A bare number is not a figure: without a currency, a
//! percent sign or a unit there is nothing to check it against.
//!
//! Separators are read by language and by evidence: in English "1,100" is
//! eleven hundred but "$745,12 million" is 745.12 million (a comma followed
//! by one or two digits and a scale word is a decimal comma); in Russian a
//! comma is decimal and a space groups thousands. A range ("$1-2 million")
//! is valued at its lower bound.

use super::{Input, Kind, Mention, Value};
use crate::Span;
use crate::text::{Language, Shadda, Unmarked, is_bounded as bounded};
use crate::value::{Figure, Qualifier};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Currency symbols and codes written before the amount.
const PREFIX_CURRENCIES: &[(&str, &str)] =
    &[("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₼", "AZN"), ("₽", "RUB"), ("₹", "INR")];

/// ISO 4217 codes copydesk reads when written out.
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "AZN", "RUB", "QAR", "SAR", "AED", "CNY", "JPY", "TRY", "KZT", "UZS", "BYN", "PKR", "INR",
    "TJS", "KGS", "TMT", "GEL", "AMD", "CHF", "KWD", "BHD", "OMR", "EGP", "IRR", "UAH",
];

/// Scale words and their factors.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("тыс.", 1e3),
    ("тыс", 1e3),
    ("тысяч", 1e3),
    ("тысячи", 1e3),
    ("тысяча", 1e3),
    ("млн", 1e6),
    ("млн.", 1e6),
    ("миллион", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("млрд", 1e9),
    ("млрд.", 1e9),
    ("миллиард", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
    ("трлн", 1e12),
    ("трлн.", 1e12),
    ("ألف", 1e3),
    ("آلاف", 1e3),
    ("مليون", 1e6),
    ("ملايين", 1e6),
    ("مليار", 1e9),
    ("مليارات", 1e9),
    ("تريليون", 1e12),
    ("تريليونات", 1e12),
];

/// Number words, in the forms they take before a scale or a unit: "five
/// million dollars", "пять тысяч тонн", "خمسة ملايين دولار".
#[rustfmt::skip]
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0), ("seven", 7.0),
    ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0), ("fifteen", 15.0),
    ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0), ("fifty", 50.0), ("hundred", 100.0),
    ("один", 1.0), ("одна", 1.0), ("одного", 1.0), ("два", 2.0), ("две", 2.0), ("двух", 2.0), ("три", 3.0),
    ("трех", 3.0), ("трёх", 3.0), ("четыре", 4.0), ("четырех", 4.0), ("пять", 5.0), ("пяти", 5.0),
    ("шесть", 6.0), ("шести", 6.0), ("семь", 7.0), ("семи", 7.0), ("восемь", 8.0), ("восьми", 8.0),
    ("девять", 9.0), ("девяти", 9.0), ("десять", 10.0), ("десяти", 10.0), ("двадцать", 20.0), ("сто", 100.0),
    ("واحد", 1.0), ("ثلاثة", 3.0), ("ثلاث", 3.0), ("أربعة", 4.0), ("أربع", 4.0), ("خمسة", 5.0),
    ("خمس", 5.0), ("ستة", 6.0), ("ست", 6.0), ("سبعة", 7.0), ("سبع", 7.0), ("ثمانية", 8.0), ("ثماني", 8.0),
    ("تسعة", 9.0), ("تسع", 9.0), ("عشرة", 10.0), ("عشر", 10.0),
];

/// One-letter scales, only glued to an amount with a currency sign:
/// "€5m", "$2bn", "$3k".
const SHORT_SCALES: &[(&str, f64)] = &[("k", 1e3), ("m", 1e6), ("b", 1e9)];

/// What a word after an amount makes it.
#[derive(Debug, Clone, Copy)]
enum Suffix {
    Currency(&'static str),
    /// A currency named by its unit alone ("ريال", "دينار"), which several
    /// countries use: the article's countries decide which it is.
    Family(&'static str),
    Percent,
    Unit(&'static str),
}

/// The currencies each bare unit may be, by the country that uses it
/// (ISO 3166 and ISO 4217 codes). An article that names exactly one of the
/// countries tells which riyal or dinar it means; one that names none or
/// several leaves the figure out, as before.
#[rustfmt::skip]
const CURRENCY_FAMILIES: &[(&str, &[(&str, &str)])] = &[
    ("ريال", &[("SA", "SAR"), ("QA", "QAR"), ("OM", "OMR"), ("YE", "YER"), ("IR", "IRR")]),
    ("دينار", &[("KW", "KWD"), ("BH", "BHD"), ("JO", "JOD"), ("IQ", "IQD"), ("LY", "LYD"), ("DZ", "DZD"), ("TN", "TND")]),
    ("درهم", &[("AE", "AED"), ("MA", "MAD")]),
    ("جنيه", &[("EG", "EGP"), ("SD", "SDG"), ("SS", "SSP")]),
    ("ليرة", &[("TR", "TRY"), ("LB", "LBP"), ("SY", "SYP")]),
];

/// Marks the unit of a figure whose currency waits for the article's
/// countries: "?" and the family's word.
const PENDING: char = '?';

/// Words after the amount: currencies, percent words, units.
const SUFFIXES: &[(&str, Suffix)] = &[
    ("%", Suffix::Percent),
    ("٪", Suffix::Percent),
    ("percent", Suffix::Percent),
    ("per cent", Suffix::Percent),
    ("pct", Suffix::Percent),
    ("basis points", Suffix::Unit("bp")),
    ("basis point", Suffix::Unit("bp")),
    ("percentage points", Suffix::Unit("pp")),
    ("percentage point", Suffix::Unit("pp")),
    ("базисных пунктов", Suffix::Unit("bp")),
    ("базисных пункта", Suffix::Unit("bp")),
    ("процентных пунктов", Suffix::Unit("pp")),
    ("процентных пункта", Suffix::Unit("pp")),
    ("процентного пункта", Suffix::Unit("pp")),
    ("п.п.", Suffix::Unit("pp")),
    ("نقطة أساس", Suffix::Unit("bp")),
    ("نقاط أساس", Suffix::Unit("bp")),
    ("مترا", Suffix::Unit("m")),
    ("متر", Suffix::Unit("m")),
    ("أمتار", Suffix::Unit("m")),
    ("процента", Suffix::Percent),
    ("процентов", Suffix::Percent),
    ("процент", Suffix::Percent),
    ("بالمائة", Suffix::Percent),
    ("بالمئة", Suffix::Percent),
    ("في المائة", Suffix::Percent),
    ("في المئة", Suffix::Percent),
    ("dollars", Suffix::Currency("USD")),
    ("dollar", Suffix::Currency("USD")),
    ("US dollars", Suffix::Currency("USD")),
    ("euros", Suffix::Currency("EUR")),
    ("euro", Suffix::Currency("EUR")),
    ("manats", Suffix::Currency("AZN")),
    ("manat", Suffix::Currency("AZN")),
    ("rubles", Suffix::Currency("RUB")),
    ("roubles", Suffix::Currency("RUB")),
    ("Qatari riyals", Suffix::Currency("QAR")),
    ("Saudi riyals", Suffix::Currency("SAR")),
    // Bare, as in Arabic: the article's countries tell which.
    ("riyals", Suffix::Family("ريال")),
    ("riyal", Suffix::Family("ريال")),
    ("dinars", Suffix::Family("دينار")),
    ("dirhams", Suffix::Family("درهم")),
    ("долларов", Suffix::Currency("USD")),
    ("доллара", Suffix::Currency("USD")),
    ("доллар", Suffix::Currency("USD")),
    ("долл.", Suffix::Currency("USD")),
    ("евро", Suffix::Currency("EUR")),
    ("рублей", Suffix::Currency("RUB")),
    ("рубля", Suffix::Currency("RUB")),
    ("рубль", Suffix::Currency("RUB")),
    ("руб.", Suffix::Currency("RUB")),
    ("манатов", Suffix::Currency("AZN")),
    ("маната", Suffix::Currency("AZN")),
    ("манат", Suffix::Currency("AZN")),
    ("دولار أمريكي", Suffix::Currency("USD")),
    ("دولارا", Suffix::Currency("USD")),
    ("دولار", Suffix::Currency("USD")),
    ("يورو", Suffix::Currency("EUR")),
    ("ريال قطري", Suffix::Currency("QAR")),
    ("ريال سعودي", Suffix::Currency("SAR")),
    // Currencies of the region by unit and nationality (ISO 4217 codes):
    // a bare "ريال" or "دينار" is one of several, told by the countries.
    ("ريال", Suffix::Family("ريال")),
    ("ريالا", Suffix::Family("ريال")),
    ("دينار", Suffix::Family("دينار")),
    ("دينارا", Suffix::Family("دينار")),
    ("درهم", Suffix::Family("درهم")),
    ("درهما", Suffix::Family("درهم")),
    ("جنيه", Suffix::Family("جنيه")),
    ("جنيها", Suffix::Family("جنيه")),
    ("ليرة", Suffix::Family("ليرة")),
    ("ريال عماني", Suffix::Currency("OMR")),
    ("ريال يمني", Suffix::Currency("YER")),
    ("ريال إيراني", Suffix::Currency("IRR")),
    ("دينار كويتي", Suffix::Currency("KWD")),
    ("دينار بحريني", Suffix::Currency("BHD")),
    ("دينار أردني", Suffix::Currency("JOD")),
    ("دينار عراقي", Suffix::Currency("IQD")),
    ("دينار ليبي", Suffix::Currency("LYD")),
    ("دينار جزائري", Suffix::Currency("DZD")),
    ("دينار تونسي", Suffix::Currency("TND")),
    ("جنيه مصري", Suffix::Currency("EGP")),
    ("جنيه سوداني", Suffix::Currency("SDG")),
    ("جنيه إسترليني", Suffix::Currency("GBP")),
    ("ليرة تركية", Suffix::Currency("TRY")),
    ("ليرة لبنانية", Suffix::Currency("LBP")),
    ("ليرة سورية", Suffix::Currency("SYP")),
    ("درهم إماراتي", Suffix::Currency("AED")),
    ("درهم مغربي", Suffix::Currency("MAD")),
    ("روبل روسي", Suffix::Currency("RUB")),
    ("روبل", Suffix::Currency("RUB")),
    ("يوان صيني", Suffix::Currency("CNY")),
    ("يوان", Suffix::Currency("CNY")),
    ("ين ياباني", Suffix::Currency("JPY")),
    ("روبية هندية", Suffix::Currency("INR")),
    ("مانات أذربيجاني", Suffix::Currency("AZN")),
    ("Omani rials", Suffix::Currency("OMR")),
    ("Kuwaiti dinars", Suffix::Currency("KWD")),
    ("Bahraini dinars", Suffix::Currency("BHD")),
    ("Jordanian dinars", Suffix::Currency("JOD")),
    ("Egyptian pounds", Suffix::Currency("EGP")),
    ("Turkish lira", Suffix::Currency("TRY")),
    ("Turkish liras", Suffix::Currency("TRY")),
    ("UAE dirhams", Suffix::Currency("AED")),
    ("dirhams", Suffix::Currency("AED")),
    ("yuan", Suffix::Currency("CNY")),
    ("tenge", Suffix::Currency("KZT")),
    ("турецких лир", Suffix::Currency("TRY")),
    ("юаней", Suffix::Currency("CNY")),
    ("юаня", Suffix::Currency("CNY")),
    ("тенге", Suffix::Currency("KZT")),
    ("белорусских рублей", Suffix::Currency("BYN")),
    ("белорусского рубля", Suffix::Currency("BYN")),
    ("белорусских рубля", Suffix::Currency("BYN")),
    // A currency with its country's adjective: the adjective is part of
    // the amount, not a mention of the country ("105 млрд российских
    // рублей", "Russian roubles").
    ("российских рублей", Suffix::Currency("RUB")),
    ("российского рубля", Suffix::Currency("RUB")),
    ("российских рубля", Suffix::Currency("RUB")),
    ("казахстанских тенге", Suffix::Currency("KZT")),
    ("узбекских сумов", Suffix::Currency("UZS")),
    ("узбекских сума", Suffix::Currency("UZS")),
    ("сумов", Suffix::Currency("UZS")),
    ("кыргызских сомов", Suffix::Currency("KGS")),
    ("киргизских сомов", Suffix::Currency("KGS")),
    ("сомони", Suffix::Currency("TJS")),
    ("азербайджанских манатов", Suffix::Currency("AZN")),
    ("туркменских манатов", Suffix::Currency("TMT")),
    ("китайских юаней", Suffix::Currency("CNY")),
    ("японских иен", Suffix::Currency("JPY")),
    ("индийских рупий", Suffix::Currency("INR")),
    ("фунтов стерлингов", Suffix::Currency("GBP")),
    ("дирхамов", Suffix::Currency("AED")),
    ("саудовских риялов", Suffix::Currency("SAR")),
    ("катарских риалов", Suffix::Currency("QAR")),
    ("гривен", Suffix::Currency("UAH")),
    ("армянских драмов", Suffix::Currency("AMD")),
    ("драмов", Suffix::Currency("AMD")),
    ("Russian rubles", Suffix::Currency("RUB")),
    ("Russian roubles", Suffix::Currency("RUB")),
    ("Belarusian rubles", Suffix::Currency("BYN")),
    ("Belarusian roubles", Suffix::Currency("BYN")),
    ("Kazakh tenge", Suffix::Currency("KZT")),
    ("Uzbek soums", Suffix::Currency("UZS")),
    ("Uzbek sums", Suffix::Currency("UZS")),
    ("soums", Suffix::Currency("UZS")),
    ("Kyrgyz soms", Suffix::Currency("KGS")),
    ("soms", Suffix::Currency("KGS")),
    ("Tajik somoni", Suffix::Currency("TJS")),
    ("somoni", Suffix::Currency("TJS")),
    ("Azerbaijani manats", Suffix::Currency("AZN")),
    ("Azerbaijani manat", Suffix::Currency("AZN")),
    ("Turkmen manats", Suffix::Currency("TMT")),
    ("Chinese yuan", Suffix::Currency("CNY")),
    ("Japanese yen", Suffix::Currency("JPY")),
    ("Indian rupees", Suffix::Currency("INR")),
    ("Iraqi dinars", Suffix::Currency("IQD")),
    ("Emirati dirhams", Suffix::Currency("AED")),
    ("Saudi riyal", Suffix::Currency("SAR")),
    ("Qatari riyal", Suffix::Currency("QAR")),
    ("درهم", Suffix::Currency("AED")),
    ("مانات", Suffix::Currency("AZN")),
    ("tonnes", Suffix::Unit("t")),
    ("tonne", Suffix::Unit("t")),
    ("tons", Suffix::Unit("t")),
    ("ton", Suffix::Unit("t")),
    ("barrels", Suffix::Unit("bbl")),
    ("barrel", Suffix::Unit("bbl")),
    ("barrels of oil equivalent", Suffix::Unit("boe")),
    ("cubic feet", Suffix::Unit("ft3")),
    ("kilometers per hour", Suffix::Unit("km/h")),
    ("kilometres per hour", Suffix::Unit("km/h")),
    ("square meters", Suffix::Unit("m2")),
    ("square metres", Suffix::Unit("m2")),
    ("cubic meters", Suffix::Unit("m3")),
    ("cubic metres", Suffix::Unit("m3")),
    ("m3", Suffix::Unit("m3")),
    ("square kilometers", Suffix::Unit("km2")),
    ("square kilometres", Suffix::Unit("km2")),
    ("km2", Suffix::Unit("km2")),
    ("kilometers", Suffix::Unit("km")),
    ("kilometres", Suffix::Unit("km")),
    ("km", Suffix::Unit("km")),
    ("millimetres", Suffix::Unit("mm")),
    ("millimeters", Suffix::Unit("mm")),
    ("mm", Suffix::Unit("mm")),
    ("мм", Suffix::Unit("mm")),
    ("meters", Suffix::Unit("m")),
    ("metres", Suffix::Unit("m")),
    ("kg", Suffix::Unit("kg")),
    ("hectares", Suffix::Unit("ha")),
    ("megawatt-hours", Suffix::Unit("MWh")),
    ("megawatts", Suffix::Unit("MW")),
    ("megawatt", Suffix::Unit("MW")),
    ("gigawatt-hours", Suffix::Unit("GWh")),
    ("gigawatts", Suffix::Unit("GW")),
    ("gigawatt", Suffix::Unit("GW")),
    ("kilowatt-hours", Suffix::Unit("kWh")),
    ("kilowatt-hour", Suffix::Unit("kWh")),
    ("MWh", Suffix::Unit("MWh")),
    ("GWh", Suffix::Unit("GWh")),
    ("кВт·ч", Suffix::Unit("kWh")),
    ("МВт·ч", Suffix::Unit("MWh")),
    ("ГВт·ч", Suffix::Unit("GWh")),
    ("МВт", Suffix::Unit("MW")),
    ("ГВт", Suffix::Unit("GW")),
    ("ميغاواط", Suffix::Unit("MW")),
    ("ميجاوات", Suffix::Unit("MW")),
    ("MW", Suffix::Unit("MW")),
    ("GW", Suffix::Unit("GW")),
    ("kWh", Suffix::Unit("kWh")),
    ("тонн", Suffix::Unit("t")),
    ("тонны", Suffix::Unit("t")),
    ("тонна", Suffix::Unit("t")),
    ("баррелей", Suffix::Unit("bbl")),
    ("кубометров", Suffix::Unit("m3")),
    ("куб. м", Suffix::Unit("m3")),
    ("км", Suffix::Unit("km")),
    ("гектаров", Suffix::Unit("ha")),
    ("гектара", Suffix::Unit("ha")),
    ("га", Suffix::Unit("ha")),
    ("طن", Suffix::Unit("t")),
    ("أطنان", Suffix::Unit("t")),
    ("برميل", Suffix::Unit("bbl")),
    ("متر مكعب", Suffix::Unit("m3")),
    ("كيلومتر", Suffix::Unit("km")),
    ("كيلومتر في الساعة", Suffix::Unit("km/h")),
    ("كيلومترا في الساعة", Suffix::Unit("km/h")),
    ("كيلومترا", Suffix::Unit("km")),
    ("متر مربع", Suffix::Unit("m2")),
    ("كيلوغراما", Suffix::Unit("kg")),
    ("كيلوغرام", Suffix::Unit("kg")),
    ("км/ч", Suffix::Unit("km/h")),
    ("كم", Suffix::Unit("km")),
    ("كيلومترا مربعا", Suffix::Unit("km2")),
    ("كيلومتر مربع", Suffix::Unit("km2")),
    ("مترا مربعا", Suffix::Unit("m2")),
    ("هكتار", Suffix::Unit("ha")),
    ("طنا", Suffix::Unit("t")),
    ("кв. км", Suffix::Unit("km2")),
    ("километровый", Suffix::Unit("km")),
    ("километрового", Suffix::Unit("km")),
    ("километровой", Suffix::Unit("km")),
    ("километровая", Suffix::Unit("km")),
    ("метровый", Suffix::Unit("m")),
    ("метрового", Suffix::Unit("m")),
    ("метровой", Suffix::Unit("m")),
    ("метровая", Suffix::Unit("m")),
    ("кв. м", Suffix::Unit("m2")),
];

/// Qualifiers before an amount, as they end the preceding text.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("about", Qualifier::Approximately),
    ("around", Qualifier::Approximately),
    ("approximately", Qualifier::Approximately),
    ("nearly", Qualifier::Approximately),
    ("almost", Qualifier::Approximately),
    ("roughly", Qualifier::Approximately),
    ("some", Qualifier::Approximately),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("up to", Qualifier::UpTo),
    ("около", Qualifier::Approximately),
    ("почти", Qualifier::Approximately),
    ("порядка", Qualifier::Approximately),
    ("более", Qualifier::MoreThan),
    ("свыше", Qualifier::MoreThan),
    ("больше", Qualifier::MoreThan),
    ("менее", Qualifier::LessThan),
    ("меньше", Qualifier::LessThan),
    ("до", Qualifier::UpTo),
    ("حوالي", Qualifier::Approximately),
    ("نحو", Qualifier::Approximately),
    ("قرابة", Qualifier::Approximately),
    ("زهاء", Qualifier::Approximately),
    ("أكثر من", Qualifier::MoreThan),
    ("أقل من", Qualifier::LessThan),
];

/// An alternation of `words`, longest first.
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// Words read where an amount ends: the longest one the text goes on with,
/// as an alternation sorted longest first matches. The scale and unit
/// words are looked up here rather than in the patterns: their three
/// hundred alternatives made the two figure patterns cost more to compile
/// than all of an English article's other patterns together, and checking
/// one article is mostly compiling.
struct Words {
    /// Grouped by first byte, longest first within a group.
    words: Vec<&'static str>,
    /// `words[starts[b]..starts[b + 1]]` are the words opening with byte `b`.
    starts: [usize; 257],
}

impl Words {
    fn new(words: impl Iterator<Item = &'static str>) -> Words {
        let mut words: Vec<&'static str> = words.filter(|w| !w.is_empty()).collect();
        words.sort_by_key(|w| (w.as_bytes()[0], std::cmp::Reverse(w.len())));
        words.dedup();
        let mut starts = [0; 257];
        for b in 0..256 {
            starts[b + 1] =
                starts[b] + words[starts[b]..].iter().take_while(|w| usize::from(w.as_bytes()[0]) == b).count();
        }
        Words { words, starts }
    }

    /// The longest word `text` starts with.
    fn at(&self, text: &str) -> Option<&'static str> {
        let b = usize::from(*text.as_bytes().first()?);
        self.words[self.starts[b]..self.starts[b + 1]].iter().copied().find(|w| text.starts_with(w))
    }
}

static SCALE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(SCALES.iter().map(|(s, _)| *s)));
static SUFFIX_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(SUFFIXES.iter().map(|(s, _)| *s)));

/// The end of the whitespace at `at`.
fn skip_space(text: &str, at: usize) -> usize {
    text[at..].find(|c: char| !c.is_whitespace()).map_or(text.len(), |n| at + n)
}

/// A word of `words` at `at`, after whitespace: its span.
fn word_after_space(text: &str, at: usize, words: &Words) -> Option<Range<usize>> {
    let start = skip_space(text, at);
    words.at(&text[start..]).map(|w| start..start + w.len())
}

/// Amounts written in digits, with a sign or code before them and a glued
/// scale letter ("$5bn"); the scale and unit words after them are read by
/// [`figure_tail`]. A text with Arabic vowel marks ("ريال عُماني") is
/// searched without them.
static FIGURE: LazyLock<Regex> = LazyLock::new(figure_pattern);

fn figure_pattern() -> Regex {
    let prefixes = alternation(PREFIX_CURRENCIES.iter().map(|(s, _)| *s).chain(CODES.iter().copied()));
    let number = r"(?:[0-9٠-٩]{1,3}(?:[,٬][0-9٠-٩]{3})+(?:[.٫][0-9٠-٩]+)?|[0-9]{1,3}(?:[\u{A0}\u{202F} ][0-9]{3})+(?:,[0-9]+)?|[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?)";
    let pattern = format!(
        r"(?P<pct>٪\s?)?(?:(?P<pre>{prefixes})\s?)?(?P<n>{number})(?:\s*[-–]\s*(?P<n2>{number}))?(?P<short>[kmb](?:n)?)?"
    );
    Regex::new(&pattern).unwrap_or_else(|e| panic!("figure pattern does not compile: {e}"))
}

/// The scale and unit words after an amount ending at `end`: whitespace
/// and a scale word, then whitespace or a hyphen and a unit word, each
/// optional ("5 млн долларов", "$3 million", "10-percent").
fn figure_tail(text: &str, end: usize) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let scale = word_after_space(text, end, &SCALE_WORDS);
    let at = scale.as_ref().map_or(end, |s| s.end);
    let suffix = word_after_space(text, at, &SUFFIX_WORDS).or_else(|| {
        let hyphen = text[at..].strip_prefix('-')?;
        SUFFIX_WORDS.at(hyphen).map(|w| at + 1..at + 1 + w.len())
    });
    (scale, suffix)
}

/// A figure's pieces in the text searched.
struct Pieces<'t> {
    whole: Range<usize>,
    n: &'t str,
    n2: Option<&'t str>,
    pre: Option<&'t str>,
    percent_sign: bool,
    short: Option<&'t str>,
    scale: Option<&'t str>,
    suffix: Option<&'t str>,
}

/// Every figure in `text`, from the first, each searched after the one
/// before it.
fn figures_in(text: &str) -> impl Iterator<Item = Pieces<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let core = FIGURE.find_at(text, at)?;
        let groups = Groups::read(core.as_str())?;
        let (scale, suffix) = figure_tail(text, core.end());
        let end = suffix.as_ref().or(scale.as_ref()).map_or(core.end(), |w| w.end);
        at = end;
        Some(Pieces {
            whole: core.start()..end,
            n: groups.n,
            n2: groups.n2,
            pre: groups.pre,
            percent_sign: groups.percent_sign,
            short: groups.short,
            scale: scale.map(|r| &text[r]),
            suffix: suffix.map(|r| &text[r]),
        })
    })
}

/// The groups of a match of [`FIGURE`], read from its text. Asking the
/// pattern for them cost as much again as finding the match, after every
/// number of every article; its pieces are told apart by their
/// characters: the percent sign and the currency come before the first
/// digit, the glued scale letters after the last, and a dash stands
/// between two numbers (none of the pieces holds one).
#[derive(Debug, PartialEq)]
struct Groups<'t> {
    n: &'t str,
    n2: Option<&'t str>,
    pre: Option<&'t str>,
    percent_sign: bool,
    short: Option<&'t str>,
}

impl<'t> Groups<'t> {
    fn read(core: &'t str) -> Option<Groups<'t>> {
        let is_digit = |c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c);
        let first = core.find(is_digit)?;
        let last = core.rfind(is_digit)?;
        let digits_end = last + core[last..].chars().next()?.len_utf8();
        let (head, numbers, short) = (&core[..first], &core[first..digits_end], &core[digits_end..]);
        let (percent_sign, head) = match head.strip_prefix('٪') {
            Some(rest) => (true, rest),
            None => (false, head),
        };
        let pre = Some(head.trim()).filter(|p| !p.is_empty());
        let (n, n2) = match numbers.find(['-', '–']) {
            Some(dash) => {
                let after = &numbers[dash..];
                let after = &after[after.chars().next()?.len_utf8()..];
                (numbers[..dash].trim_end(), Some(after.trim_start()))
            }
            None => (numbers, None),
        };
        Some(Groups { n, n2, pre, percent_sign, short: Some(short).filter(|s| !s.is_empty()) })
    }
}

/// "five million dollars": a number word and whitespace, which a worded
/// figure needs to be one; its scale and unit words are read by
/// [`worded_tail`].
static WORDED: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let words = words.iter().map(|w| capitalizable(w)).collect::<Vec<_>>().join("|");
    Regex::new(&format!(r"(?P<w>{words})\s")).unwrap_or_else(|e| panic!("worded figure pattern does not compile: {e}"))
});

/// The scale and unit words after a number word ending at `end`: the unit
/// is required, each word follows whitespace ("five million dollars",
/// "пять тысяч тонн").
fn worded_tail(text: &str, end: usize) -> Option<(Option<Range<usize>>, Range<usize>)> {
    let spaced = |at: usize| skip_space(text, at) > at;
    if !spaced(end) {
        return None;
    }
    let scaled = word_after_space(text, end, &SCALE_WORDS).and_then(|scale| {
        let suffix = word_after_space(text, scale.end, &SUFFIX_WORDS).filter(|_| spaced(scale.end))?;
        Some((Some(scale), suffix))
    });
    scaled.or_else(|| Some((None, word_after_space(text, end, &SUFFIX_WORDS)?)))
}

/// Every worded figure in `text`: its span, number word, scale and unit.
fn worded_in(text: &str) -> impl Iterator<Item = (Range<usize>, &str, Option<&str>, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let c = WORDED.captures_at(text, at)?;
            let word = c.name("w")?;
            match worded_tail(text, word.end()) {
                Some((scale, suffix)) => {
                    at = suffix.end;
                    return Some((word.start()..suffix.end, word.as_str(), scale.map(|r| &text[r]), &text[suffix]));
                }
                // As the whole pattern would, look again one letter on.
                None => at = word.start() + text[word.start()..].chars().next().map_or(1, char::len_utf8),
            }
        }
    })
}

/// `word` in lower case or capitalised at a sentence start: "Five million
/// dollars". A case-insensitive pattern would take "FIVE" too, at ten times
/// the compile time of the whole alternation (Cyrillic case folding).
fn capitalizable(word: &str) -> String {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return String::new() };
    let upper: String = first.to_uppercase().collect();
    if upper.chars().eq([first]) {
        return regex::escape(word);
    }
    format!(
        "[{}{}]{}",
        regex::escape(&upper),
        regex::escape(first.encode_utf8(&mut [0; 4])),
        regex::escape(chars.as_str())
    )
}

/// Arabic scale words that are an amount by themselves: "مليار دولار" is
/// one billion, and the dual "مليونا دولار" / "ملياري دولار" two.
const BARE_SCALES: &[(&str, f64)] =
    &[("مليون", 1e6), ("مليار", 1e9), ("مليونا", 2e6), ("مليوني", 2e6), ("مليارا", 2e9), ("ملياري", 2e9)];

static BARE_SCALE: LazyLock<Regex> = LazyLock::new(|| {
    let scales = alternation(BARE_SCALES.iter().map(|(s, _)| *s));
    Regex::new(&format!(r"(?P<scale>{scales})\s+(?P<suf>دولار|يورو)"))
        .unwrap_or_else(|e| panic!("pattern does not compile: {e}"))
});

/// Compiles the figure patterns ahead of the first article.
pub(super) fn warm_up() {
    LazyLock::force(&FIGURE);
    LazyLock::force(&WORDED);
    LazyLock::force(&BARE_SCALE);
    LazyLock::force(&SCALE_WORDS);
    LazyLock::force(&SUFFIX_WORDS);
}

/// Adds a mention for every figure found.
pub(super) fn recognize(input: &Input<'_>, out: &mut Vec<Mention>) {
    let text = input.text;
    let decimal_comma = matches!(input.language, Language::Ru);
    // A text with Arabic vowel marks is matched without them, and the
    // spans mapped back onto the text as written: a pattern that took a
    // mark after every letter cost more to compile than all the others
    // together.
    let unmarked = Unmarked::new(text, Shadda::Strip);
    let scan = unmarked.as_ref().map_or(text, |u| u.text.as_str());
    out.extend(figures_in(scan).filter_map(|p| figure(scan, &p, decimal_comma)).map(|mut m| {
        if let Some(u) = &unmarked {
            m.span = Span::new(u.original(m.span.start), u.original(m.span.end));
        }
        m
    }));
    out.extend(worded_in(text).filter_map(|(whole, word, scale, suffix)| worded(text, whole, word, scale, suffix)));
    for c in BARE_SCALE.captures_iter(text) {
        let (Some(whole), Some(scale), Some(suf)) = (c.get(0), c.name("scale"), c.name("suf")) else { continue };
        if !bounded(text, whole.start(), whole.end()) || preceded_by_number(text, whole.start()) {
            continue;
        }
        let Some(&(_, factor)) = BARE_SCALES.iter().find(|(w, _)| *w == scale.as_str()) else { continue };
        let currency = match suffix(suf.as_str()) {
            Some(Suffix::Currency(code)) => code,
            _ => continue,
        };
        let mut m = Mention::new(Kind::Money, Span::new(whole.start(), whole.end()));
        m.value = Some(Value::Figure(Figure {
            amount: factor,
            precision: factor,
            unit: Some(currency.to_string()),
            qualifier: qualifier_before(text, whole.start()),
            upper: None,
        }));
        out.push(m);
    }
}

/// A figure written with a number word: its value is exact to the word
/// ("five million" is precise to a million).
fn worded(text: &str, whole: Range<usize>, word: &str, scale: Option<&str>, suf: &str) -> Option<Mention> {
    if !bounded(text, whole.start, whole.end) {
        return None;
    }
    let word = crate::text::lowercase(word);
    let value = NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)?;
    let factor = scale.and_then(|w| SCALES.iter().find(|(s, _)| *s == w)).map_or(1.0, |(_, f)| *f);
    let (kind, unit) = match suffix(suf)? {
        Suffix::Percent => (Kind::Percent, None),
        Suffix::Currency(code) => (Kind::Money, Some(code.to_string())),
        Suffix::Family(word) => (Kind::Money, Some(format!("{PENDING}{word}"))),
        Suffix::Unit(u) => (Kind::Quantity, Some(u.to_string())),
    };
    let mut m = Mention::new(kind, Span::new(whole.start, whole.end));
    m.value = Some(Value::Figure(Figure {
        amount: value * factor,
        precision: factor,
        unit,
        qualifier: qualifier_before(text, whole.start),
        upper: None,
    }));
    Some(m)
}

/// Gives each figure in a bare unit ("110 مليارات ريال") the currency of
/// the one country of its family the article names, by name or
/// nationality; drops it when the article names none or several.
pub(super) fn resolve_currencies(mentions: &mut Vec<Mention>, kb: &crate::kb::Kb) {
    let pending =
        |m: &Mention| m.figure().and_then(|f| f.unit.as_deref()).and_then(|u| u.strip_prefix(PENDING)).is_some();
    if !mentions.iter().any(pending) {
        return;
    }
    let named: Vec<&str> = mentions
        .iter()
        .filter_map(|m| match m.entity {
            Some(super::EntityRef::Country(i)) if m.kind == Kind::Country => kb.country(i).map(|c| c.iso2.as_str()),
            _ => None,
        })
        .collect();
    mentions.retain_mut(|m| {
        let Some(Value::Figure(f)) = &mut m.value else { return true };
        let Some(word) = f.unit.as_deref().and_then(|u| u.strip_prefix(PENDING)) else { return true };
        let family = CURRENCY_FAMILIES.iter().find(|(w, _)| *w == word).map_or(&[][..], |(_, f)| *f);
        let mut used = family.iter().filter(|(country, _)| named.contains(country));
        match (used.next(), used.next()) {
            (Some(&(_, code)), None) => {
                f.unit = Some(code.to_string());
                true
            }
            _ => false,
        }
    });
}

fn preceded_by_number(text: &str, start: usize) -> bool {
    text[..start].trim_end().chars().next_back().is_some_and(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
}

fn suffix(word: &str) -> Option<Suffix> {
    let found = |word: &str| SUFFIXES.iter().find(|(s, _)| *s == word).map(|(_, k)| *k);
    found(&crate::text::strip_arabic_marks(word))
}

/// The number a string of digits and separators writes, and the step of
/// its last digit. `decimal_comma` says a comma is a decimal point;
/// `scaled` says a scale word follows, which makes "745,12" decimal too.
fn parse_number(raw: &str, decimal_comma: bool, scaled: bool) -> Option<(f64, f64)> {
    let ascii: String = raw
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '٫' => '.',
            '٬' => ',',
            '\u{A0}' | '\u{202F}' => ' ',
            _ => c,
        })
        .collect();
    let groups_of_three = |s: &str| s.split(',').skip(1).all(|g| g.len() == 3);
    let normalized = if ascii.contains(' ') {
        // "5 000" or "5 000,5": spaces group thousands, a comma is decimal.
        ascii.replace(' ', "").replace(',', ".")
    } else if ascii.contains(',') && ascii.contains('.') {
        ascii.replace(',', "")
    } else if ascii.contains(',') {
        let after = ascii.rsplit(',').next().unwrap_or("");
        let decimal = decimal_comma || (scaled && after.len() <= 2) || !groups_of_three(&ascii);
        if decimal && ascii.matches(',').count() == 1 { ascii.replace(',', ".") } else { ascii.replace(',', "") }
    } else {
        ascii
    };
    let value: f64 = normalized.parse().ok()?;
    let decimals = normalized.split_once('.').map_or(0, |(_, f)| f.len());
    Some((value, 10f64.powi(-(decimals as i32))))
}

fn qualifier_before(text: &str, start: usize) -> Option<Qualifier> {
    let before = text[..start].trim_end();
    QUALIFIERS.iter().find_map(|(word, q)| {
        let rest = before.strip_suffix(word)?;
        if *word == "до" && names_a_start(rest) {
            return None;
        }
        rest.chars().next_back().is_none_or(|c| !crate::text::is_letter_or_digit(c)).then_some(*q)
    })
}

/// "с 4,2 млрд долларов до 5,24": after a starting figure "до" is "to",
/// the end of a change or a range, not "up to".
fn names_a_start(before: &str) -> bool {
    static START: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\s)(?:с|со|от)\s+[0-9][^.!?;]*$").expect("valid regex"));
    let mut from = before.len().saturating_sub(120);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    START.is_match(&before[from..])
}

fn figure(text: &str, p: &Pieces<'_>, decimal_comma: bool) -> Option<Mention> {
    let pre = p.pre;
    let scale_word = p.scale;
    let short = p.short;
    let suf = p.suffix.and_then(suffix);
    let percent_prefix = p.percent_sign;

    let currency = pre
        .map(|p| PREFIX_CURRENCIES.iter().find(|(s, _)| *s == p.trim()).map_or(p.trim(), |(_, code)| *code))
        .map(str::to_string)
        .or(match suf {
            Some(Suffix::Currency(code)) => Some(code.to_string()),
            Some(Suffix::Family(word)) => Some(format!("{PENDING}{word}")),
            _ => None,
        });
    let kind = if percent_prefix || matches!(suf, Some(Suffix::Percent)) {
        Kind::Percent
    } else if currency.is_some() {
        Kind::Money
    } else if matches!(suf, Some(Suffix::Unit(_))) {
        Kind::Quantity
    } else {
        return None;
    };
    // A glued one-letter scale counts only after a currency sign ("€5m");
    // elsewhere "5m" is five metres or a typo, not five million.
    let short_scale = match short {
        Some(s) if pre.is_some() && scale_word.is_none() => {
            let s = s.trim_end_matches('n');
            Some(SHORT_SCALES.iter().find(|(w, _)| *w == s).map_or(1.0, |(_, f)| *f))
        }
        Some(_) => return None,
        None => None,
    };
    let factor =
        scale_word.and_then(|w| SCALES.iter().find(|(s, _)| *s == w).map(|(_, f)| *f)).or(short_scale).unwrap_or(1.0);
    let (value, step) = parse_number(p.n, decimal_comma, factor > 1.0)?;
    // "$1-2 million": a range, when its end is above its start.
    let upper =
        p.n2.and_then(|n2| parse_number(n2, decimal_comma, factor > 1.0)).map(|(u, _)| u).filter(|&u| u > value);

    // Boundaries: the figure must not continue a word or a larger number.
    let (start, end) = (p.whole.start, p.whole.end);
    let before = text[..start].chars().next_back();
    // An Arabic proclitic may glue to the number ("و64 مليار ليرة"), or
    // be drawn out to it with a tatweel ("بـ7.8 مليار دولار").
    let proclitic_end = text[..start].strip_suffix('\u{640}').map_or(start, str::len);
    let glued =
        text[..proclitic_end].chars().next_back().is_some_and(|ch| crate::text::ARABIC_PROCLITICS.contains(&ch))
            && crate::text::starts_word(text, proclitic_end);
    if before.is_some_and(|ch| crate::text::is_letter_or_digit(ch) || ch == '.' || ch == ',')
        && !glued
        && pre.is_none()
        && !percent_prefix
    {
        return None;
    }
    let after = text[end..].chars().next();
    let ends_in_word = suf.is_some() || scale_word.is_some() || short.is_some();
    if after.is_some_and(|ch| crate::text::is_letter_or_digit(ch) && (ends_in_word || ch.is_ascii_digit())) {
        return None;
    }
    // A year with a unit-like word after it ("in 2020 km") is rare; a year
    // with no currency or percent is not a figure anyway.
    let unit = match (kind, suf) {
        (Kind::Money, _) => currency,
        (Kind::Quantity, Some(Suffix::Unit(u))) => Some(u.to_string()),
        _ => None,
    };
    // "$9,4 млрд." at a sentence's end: one full stop serves the
    // abbreviation and the sentence, and belongs to the sentence.
    let end = match text[..end].strip_suffix('.') {
        Some(before)
            if suf.is_none()
                && scale_word.is_some_and(|w| w.ends_with('.'))
                && after.is_none_or(char::is_whitespace) =>
        {
            before.len()
        }
        _ => end,
    };
    let mut m = Mention::new(kind, Span::new(start, end));
    m.value = Some(Value::Figure(Figure {
        amount: round_to(value * factor, step * factor),
        precision: round(step * factor),
        unit,
        qualifier: qualifier_before(text, start),
        upper: upper.map(|u| round(u * factor)),
    }));
    Some(m)
}

/// Removes binary noise from scaled decimals (1.1 × 10⁶ = 1100000.0000000002).
/// `x` at the nearest multiple of `step`, the figure's last written digit:
/// "16,9 млрд" is 169 × 10⁸, where binary noise past a million (16.9 × 10⁹
/// = 16899999999.999998) is beyond what [`round`] can mend.
fn round_to(x: f64, step: f64) -> f64 {
    let step = round(step);
    if step >= 1.0 { (x / step).round() * step } else { round(x) }
}

fn round(x: f64) -> f64 {
    if x.abs() >= 1.0 { (x * 1e6).round() / 1e6 } else { x }
}

#[cfg(test)]
mod tests {
    use crate::{Context, analyze};

    /// The groups as the pattern's capture search finds them.
    fn captured(text: &str) -> Vec<super::Groups<'_>> {
        super::FIGURE
            .captures_iter(text)
            .filter_map(|c| {
                Some(super::Groups {
                    n: c.name("n")?.as_str(),
                    n2: c.name("n2").map(|m| m.as_str()),
                    pre: c.name("pre").map(|m| m.as_str()),
                    percent_sign: c.name("pct").is_some(),
                    short: c.name("short").map(|m| m.as_str()),
                })
            })
            .collect()
    }

    fn read(text: &str) -> Vec<super::Groups<'_>> {
        super::FIGURE.find_iter(text).filter_map(|m| super::Groups::read(m.as_str())).collect()
    }

    #[test]
    fn groups_read_by_hand_are_the_captured_ones_in_every_article() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seen = 0;
        for dir in ["seeds", "tests/corpus", "tests/fixtures"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                let text = crate::text::unify_digits(&text);
                let captured = captured(&text);
                seen += captured.len();
                assert_eq!(read(&text), captured, "{}", path.display());
            }
        }
        assert!(seen > 1000, "only {seen} figures read");
    }

    proptest::proptest! {
        #[test]
        fn groups_read_by_hand_are_the_captured_ones(text in "[0-9٠-٩,.٫٬ \u{A0}\u{202F}\t–$€٪USDkmbnx-]{0,24}") {
            proptest::prop_assert_eq!(read(&text), captured(&text));
        }
    }

    /// The figures in `text`, as (text, kind, amount, unit).
    fn figures(text: &str) -> Vec<(String, &'static str, f64, Option<String>)> {
        analyze(text, &Context::default())
            .mentions
            .iter()
            .filter_map(|m| {
                let f = m.figure()?;
                Some((m.span.slice(text).to_string(), m.kind.as_str(), f.amount, f.unit.clone()))
            })
            .collect()
    }

    #[track_caller]
    fn check(text: &str, expected: &[(&str, &str, f64, Option<&str>)]) {
        let want: Vec<_> = expected.iter().map(|&(t, k, a, u)| (t.to_string(), k, a, u.map(str::to_string))).collect();
        let got: Vec<_> = figures(text).into_iter().collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn english_money() {
        check("amounted to $1.1 million in", &[("$1.1 million", "money", 1_100_000.0, Some("USD"))]);
        check(
            "USD 5 bn and AZN 100",
            &[("USD 5 bn", "money", 5e9, Some("USD")), ("AZN 100", "money", 100.0, Some("AZN"))],
        );
        check(
            "100 manat, €5m, US$ 3 million",
            &[
                ("100 manat", "money", 100.0, Some("AZN")),
                ("€5m", "money", 5e6, Some("EUR")),
                ("US$ 3 million", "money", 3e6, Some("USD")),
            ],
        );
        check(
            "$745,12 million and $1,100",
            &[("$745,12 million", "money", 745_120_000.0, Some("USD")), ("$1,100", "money", 1100.0, Some("USD"))],
        );
        check("5 million dollars", &[("5 million dollars", "money", 5e6, Some("USD"))]);
        check("$1-2 million", &[("$1-2 million", "money", 1e6, Some("USD"))]);
        check("1.8 billion soms", &[("1.8 billion soms", "money", 1.8e9, Some("KGS"))]);
        check("a dam 256 meters high", &[("256 meters", "quantity", 256.0, Some("m"))]);
    }

    #[test]
    fn scaled_decimals_keep_their_exact_value() {
        check("16,9 млрд долларов", &[("16,9 млрд долларов", "money", 16_900_000_000.0, Some("USD"))]);
        check("$2.24 billion", &[("$2.24 billion", "money", 2_240_000_000.0, Some("USD"))]);
    }

    #[test]
    fn currencies_by_unit_and_nationality() {
        check(
            "بلغ 217.742 مليون ريال عُماني و64 مليار ليرة تركية و5 آلاف دينار كويتي",
            &[
                ("217.742 مليون ريال عُماني", "money", 217_742_000.0, Some("OMR")),
                ("64 مليار ليرة تركية", "money", 64e9, Some("TRY")),
                ("5 آلاف دينار كويتي", "money", 5000.0, Some("KWD")),
            ],
        );
        check("ميزانية تقدر بـ7.8 مليار دولار", &[("7.8 مليار دولار", "money", 7.8e9, Some("USD"))]);
        check("worth 3 million Egyptian pounds", &[("3 million Egyptian pounds", "money", 3e6, Some("EGP"))]);
        check("на 5 млн юаней", &[("5 млн юаней", "money", 5e6, Some("CNY"))]);
        // The full stop that ends the sentence after an abbreviated scale
        // is the sentence's.
        check(
            "составил $9,4 млрд. Импорт — $2,5 млрд. долларов",
            &[("$9,4 млрд", "money", 9.4e9, Some("USD")), ("$2,5 млрд. долларов", "money", 2.5e9, Some("USD"))],
        );
        // The country's adjective belongs to the amount, not to a mention
        // of the country.
        check("кредит в 105 млрд российских рублей", &[("105 млрд российских рублей", "money", 105e9, Some("RUB"))]);
        check("worth 20 billion Kazakh tenge", &[("20 billion Kazakh tenge", "money", 20e9, Some("KZT"))]);
        // A bare riyal is the riyal of the one country of riyals the
        // article names; with none or two named, no one currency.
        check("110 مليارات ريال", &[]);
        check("أعلنت قطر عن 110 مليارات ريال", &[("110 مليارات ريال", "money", 110e9, Some("QAR"))]);
        check("بين السعودية وقطر 110 مليارات ريال", &[]);
        check("موازنة العراق 197.828 تريليون دينار", &[("197.828 تريليون دينار", "money", 197.828e12, Some("IQD"))]);
        check("In Riyadh, Saudi Arabia, a pass costs 4 riyals", &[("4 riyals", "money", 4.0, Some("SAR"))]);
        check("a pass costs 4 riyals", &[]);
    }

    #[test]
    fn percentages_and_quantities() {
        check(
            "up 9.6 percent, 15% and 15 per cent",
            &[
                ("9.6 percent", "percent", 9.6, None),
                ("15%", "percent", 15.0, None),
                ("15 per cent", "percent", 15.0, None),
            ],
        );
        check(
            "10 tons, 5,000 barrels and 2 million cubic meters",
            &[
                ("10 tons", "quantity", 10.0, Some("t")),
                ("5,000 barrels", "quantity", 5000.0, Some("bbl")),
                ("2 million cubic meters", "quantity", 2e6, Some("m3")),
            ],
        );
        check(
            "a 240-megawatt plant, 220 megawatts and 2 billion kilowatt-hours",
            &[
                ("240-megawatt", "quantity", 240.0, Some("MW")),
                ("220 megawatts", "quantity", 220.0, Some("MW")),
                ("2 billion kilowatt-hours", "quantity", 2e9, Some("kWh")),
            ],
        );
        check(
            "около 35 млрд кВт·ч электроэнергии и 1200 МВт",
            &[("35 млрд кВт·ч", "quantity", 35e9, Some("kWh")), ("1200 МВт", "quantity", 1200.0, Some("MW"))],
        );
        check(
            "240 trillion cubic feet, 1 million barrels of oil equivalent, 121 ألف كيلومتر في الساعة, 1350 كيلوغراما",
            &[
                ("240 trillion cubic feet", "quantity", 2.4e14, Some("ft3")),
                ("1 million barrels of oil equivalent", "quantity", 1e6, Some("boe")),
                ("121 ألف كيلومتر في الساعة", "quantity", 121_000.0, Some("km/h")),
                ("1350 كيلوغراما", "quantity", 1350.0, Some("kg")),
            ],
        );
        check(
            "50 كيلومتراً مربعاً، 900 هكتار، 98 طناً، 6,5 кв. км, 177-метровый мост",
            &[
                ("50 كيلومتراً مربعاً", "quantity", 50.0, Some("km2")),
                ("900 هكتار", "quantity", 900.0, Some("ha")),
                ("98 طناً", "quantity", 98.0, Some("t")),
                ("6,5 кв. км", "quantity", 6.5, Some("km2")),
                ("177-метровый", "quantity", 177.0, Some("m")),
            ],
        );
        check(
            "cut by 25 basis points, 0.5 percentage point, 50 базисных пунктов, 25 نقطة أساس, 340 متراً",
            &[
                ("25 basis points", "quantity", 25.0, Some("bp")),
                ("0.5 percentage point", "quantity", 0.5, Some("pp")),
                ("50 базисных пунктов", "quantity", 50.0, Some("bp")),
                ("25 نقطة أساس", "quantity", 25.0, Some("bp")),
                ("340 متراً", "quantity", 340.0, Some("m")),
            ],
        );
        check(
            "a 1,435 mm gauge and 1520 мм",
            &[("1,435 mm", "quantity", 1435.0, Some("mm")), ("1520 мм", "quantity", 1520.0, Some("mm"))],
        );
    }

    #[test]
    fn russian_and_arabic() {
        check("составил 1,1 млн долларов", &[("1,1 млн долларов", "money", 1_100_000.0, Some("USD"))]);
        check(
            "вырос на 15,5% до 5 000 тонн",
            &[("15,5%", "percent", 15.5, None), ("5 000 тонн", "quantity", 5000.0, Some("t"))],
        );
        check("5 тыс. тонн", &[("5 тыс. тонн", "quantity", 5000.0, Some("t"))]);
        check(
            "بلغ 50 مليون دولار بنسبة 20 بالمائة",
            &[("50 مليون دولار", "money", 5e7, Some("USD")), ("20 بالمائة", "percent", 20.0, None)],
        );
        check(
            "٥ ملايين دولار و مليار دولار",
            &[("٥ ملايين دولار", "money", 5e6, Some("USD")), ("مليار دولار", "money", 1e9, Some("USD"))],
        );
    }

    #[test]
    fn number_words() {
        check(
            "Five million dollars and two billion manat, пять тысяч тонн, خمسة ملايين دولار, مليونا دولار.",
            &[
                ("Five million dollars", "money", 5e6, Some("USD")),
                ("two billion manat", "money", 2e9, Some("AZN")),
                ("пять тысяч тонн", "quantity", 5e3, Some("t")),
                ("خمسة ملايين دولار", "money", 5e6, Some("USD")),
                ("مليونا دولار", "money", 2e6, Some("USD")),
            ],
        );
        check("one of the five ministers said", &[]);
    }

    #[test]
    fn qualifiers_stay_outside() {
        let text = "about $5 million and более 10%";
        let a = analyze(text, &Context::default());
        let quals: Vec<_> =
            a.mentions.iter().filter_map(|m| Some((m.span.slice(text), m.figure()?.qualifier?.as_str()))).collect();
        assert_eq!(quals, [("$5 million", "approximately"), ("10%", "more-than")]);
    }

    #[test]
    fn ranges_keep_their_upper_end() {
        let text = "$1-2 million, 5-3 tons and с 4,2 млрд долларов до 5,24 млрд долларов";
        let a = analyze(text, &Context::default());
        let got: Vec<_> = a
            .mentions
            .iter()
            .filter_map(|m| {
                let f = m.figure()?;
                Some((m.span.slice(text), f.upper, f.qualifier.map(|q| q.as_str())))
            })
            .collect();
        assert_eq!(got[0], ("$1-2 million", Some(2e6), None));
        assert_eq!(got[1], ("5-3 tons", None, None), "no range runs backwards");
        assert_eq!(got[3], ("5,24 млрд долларов", None, None), "'до' after a starting figure is 'to'");
    }

    #[test]
    fn persian_digits_read_like_arabic_indic() {
        let text = "بلغ ۵ ملايين دولار في ۱۵ مايو ۲۰۲۰";
        let a = analyze(text, &Context::default());
        let got: Vec<_> = a.mentions.iter().map(|m| (m.span.slice(text), m.kind.as_str())).collect();
        assert_eq!(got, [("۵ ملايين دولار", "money"), ("۱۵ مايو ۲۰۲۰", "date")]);
    }

    #[test]
    fn not_figures() {
        check("in 2021, COVID-19, B2B, the 30th anniversary, at 15:59, 2 decades, page 5", &[]);
    }
}
