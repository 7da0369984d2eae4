//! Arabic organizations by their head noun: "وزارة التجارة والصناعة",
//! "البنك المركزي المصري", "مجلس التعاون لدول الخليج العربية". Arabic has
//! no capitals, so a name is read from its grammar: a head noun in the
//! construct state followed by definite words, conjoined definite words and
//! "ل" complements, ending at punctuation, a preposition, a verb or a
//! nationality adjective.

use super::bodies::Body;
use super::{Form, Kind, Mention};
use crate::Span;
use crate::kb::Kb;
use crate::text::{is_arabic_mark, is_letter};
use regex::Regex;
use std::sync::LazyLock;

/// Heads that name an institution with the word after them in construct:
/// "وزارة الخارجية", "جهاز حماية المنافسة", "بنك قطر الوطني". A committee
/// is named only so ("لجنة السياسة النقدية"): "اللجنة المشتركة" is
/// described, not named.
#[rustfmt::skip]
const CONSTRUCT_HEADS: &[&str] = &[
    "وزارة", "هيئة", "مجلس", "صندوق", "بنك", "مصرف", "جامعة", "جهاز", "ديوان", "غرفة", "منظمة", "اتحاد", "مؤسسة",
    "سفارة", "محكمة", "أكاديمية", "معهد", "شركة", "لجنة", "نادي",
];

/// Definite heads, named only with one of the adjectives that make them one
/// body ("البنك المركزي", "الديوان الملكي", "الهيئة العامة للاستثمار").
const DEFINITE_HEADS: &[(&str, &[&str])] = &[
    ("البنك", &["المركزي", "الدولي", "الأهلي", "الإسلامي", "الأوروبي", "الآسيوي", "الأفريقي"]),
    ("المصرف", &["المركزي"]),
    ("الديوان", &["الملكي", "الأميري"]),
    ("الهيئة", &["العامة", "الوطنية", "الملكية"]),
    ("المركز", &["الوطني"]),
    ("المجلس", &["الأعلى", "الوطني"]),
    ("الاتحاد", &["الأوروبي", "الأفريقي", "الاقتصادي", "الدولي"]),
    ("الصندوق", &["السيادي", "الدولي", "الوطني"]),
    ("الجهاز", &["المركزي"]),
    ("المحكمة", &["العليا", "الدستورية"]),
    ("الأمانة", &["العامة"]),
    ("الشركة", &["الوطنية", "القابضة"]),
];

/// The words that make a council part of an office: "رئيس مجلس الوزراء"
/// is the prime minister, "نائب رئيس مجلس الوزراء" his deputy, "وزير
/// الدولة لشؤون مجلس الوزراء" a minister. Other
/// heads after a title are named ("محافظ صندوق الاستثمارات العامة").
const COUNCIL_TITLES: &[&str] = &["رئيس", "رئيسة", "نائب", "عضو", "ورئيس", "ونائب", "لرئيس", "لشؤون"];

/// Heads whose names list portfolios joined by "و": "وزارة التجارة
/// والصناعة وترويج الاستثمار", "المركز الوطني للإحصاء والمعلومات". After
/// other heads "و" joins another party ("مجلس التعاون ومصر").
const PORTFOLIO_HEADS: &[&str] =
    &["وزارة", "هيئة", "الهيئة", "جهاز", "الجهاز", "مركز", "المركز", "غرفة", "ديوان", "مؤسسة"];

/// Titles of rulers in an institution's name ("جامعة الملك سعود"): the name
/// after them is part of it.
const RULERS: &[&str] = &["الملك", "الأمير", "الشيخ", "السلطان", "الإمام"];

/// Words that end a name: prepositions, relatives, time words, and the
/// verbal nouns that follow a body as the object of its verb ("قرر مجلس
/// الوزراء الموافقة على"). A definite time word ("الأسبوع الماضي") is a
/// date, never part of a name.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "في", "من", "على", "إلى", "عن", "مع", "لدى", "بين", "خلال", "الذي", "التي", "الذين", "اليوم", "أمس", "غدا",
    "الماضي", "المقبل", "الجاري", "الحالي", "الأسبوع", "الشهر", "العام", "السنة", "الأحد", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الآن", "أيضا", "الموافقة", "التوصل", "الاتفاق", "الإعلان", "التوقيع",
    "البدء", "الانتهاء", "الاستمرار", "الإبقاء", "الإفراج", "المصادقة", "اعتماد", "الاعتماد",
    // Titles before a person's name: "مجلس الوزراء الدكتور محمد".
    "الدكتور", "الدكتورة", "المهندس", "السيد", "السيدة", "الرئيس", "الوزير", "السفير", "المحافظ", "معالي", "سعادة",
];

/// Heads of companies: their nationality is part of their name ("مؤسسة
/// البترول الكويتية", "البنك المركزي المصري"), and so is a "ل" complement
/// ("الشركة الكويتية لنفط الخليج").
const COMPANY_HEADS: &[&str] = &["شركة", "الشركة", "مؤسسة", "بنك", "البنك", "مصرف", "المصرف"];

/// The most words a name runs to after its head.
const MAX_WORDS: usize = 8;

/// A head noun opening a word, a proclitic allowed before it.
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let mut heads: Vec<&str> = CONSTRUCT_HEADS.to_vec();
    heads.extend(DEFINITE_HEADS.iter().map(|(h, _)| *h));
    Regex::new(&format!(r"(?:^|[^\p{{L}}\p{{M}}\p{{N}}])[وف]?[بل]?(?P<head>{})\s", heads.join("|")))
        .expect("valid regex")
});

/// Adds the organizations named by a head noun. `existing` are the
/// mentions found so far, sorted by position: a country's name inside
/// ("مصرف الإمارات العربية المتحدة المركزي") is read as one word, its
/// adjective after the name ("وزارة الخارجية العمانية") ends it.
pub(super) fn recognize(text: &str, existing: &[Mention], kb: &Kb, out: &mut Vec<Mention>) {
    if !CONSTRUCT_HEADS.iter().chain(DEFINITE_HEADS.iter().map(|(h, _)| h)).any(|h| text.contains(h)) {
        return;
    }
    let mut at = 0;
    while let Some(c) = HEAD.captures_at(text, at) {
        let Some(head) = c.name("head") else { break };
        at = head.end();
        if head.as_str() == "مجلس" && after_title(text, head.start()) {
            continue;
        }
        // "للجنة المشتركة" is "ل" before "اللجنة", the committee described.
        if head.as_str().starts_with('ل') && text[..head.start()].ends_with('ل') {
            continue;
        }
        if let Some(end) = name_end(text, head.start(), head.as_str(), existing, kb) {
            let span = Span::new(head.start(), end);
            let mut m = Mention::new(Kind::Organization, span);
            m.canonical = Some(span.slice(text).into());
            out.push(m);
            at = end;
        }
    }
}

/// "نادي باريس سان جيرمان": a body the knowledge base names, with the word
/// "club" before it, is that body, the word included; without this the
/// construct rule reads "نادي باريس", the club's city as its name.
pub(super) fn with_club_word(text: &str, bodies: &mut [Body]) {
    for m in bodies.iter_mut().filter(|b| !b.acronym) {
        let before = text[..m.span.start].trim_end_matches(' ');
        if before.len() == m.span.start {
            continue;
        }
        let Some(word) = before.strip_suffix("نادي") else { continue };
        // Its proclitics outside: "ونادي", "لنادي", "بنادي".
        if crate::text::starts_word(text, word.len()) {
            m.span = Span::new(word.len(), m.span.end);
        }
    }
}

/// Whether the word before `start` makes a council an office ("رئيس مجلس
/// الوزراء").
fn after_title(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| !is_letter(c) && c != '\n');
    let word = before.rsplit(|c: char| !is_letter(c)).next().unwrap_or("");
    COUNCIL_TITLES.contains(&word)
}

/// One word after the head: where it is and whether punctuation closes it.
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    closes: bool,
}

/// The words after `from` on its line, at most `MAX_WORDS`.
fn words_after(text: &str, from: usize) -> Vec<Word<'_>> {
    let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    let mut words = Vec::new();
    let mut i = from;
    let rest = &text[..line_end];
    while i < line_end && words.len() < MAX_WORDS + 4 {
        let Some(skip) = rest[i..].find(|c: char| !c.is_whitespace()) else { break };
        let start = i + skip;
        let len = rest[start..].find(char::is_whitespace).unwrap_or(line_end - start);
        let raw = &rest[start..start + len];
        // The word's letters (diacritics included), then what follows them.
        let letters = raw.find(|c: char| !is_letter(c) && !is_arabic_mark(c)).unwrap_or(raw.len());
        let word = &raw[..letters];
        words.push(Word { text: word, start, end: start + letters, closes: letters < raw.len() || word.is_empty() });
        if letters < raw.len() || word.is_empty() {
            break;
        }
        i = start + len;
    }
    words
}

/// The mention of `existing` that covers `start`, if any.
fn mention_at(existing: &[Mention], start: usize) -> Option<&Mention> {
    let i = existing.partition_point(|m| m.span.end <= start);
    existing.get(i).filter(|m| m.span.start <= start)
}

/// Whether `word` is definite, with a conjunction or preposition before
/// the article allowed ("والصناعة", "للإحصاء").
fn definite(word: &str) -> bool {
    let bare = word.strip_prefix('و').unwrap_or(word);
    (bare.starts_with("ال") || bare.starts_with("لل")) && bare.chars().count() > 3
}

/// Where the name that starts with `head` at `start` ends, if the words
/// after it make a name.
fn name_end(text: &str, start: usize, head: &str, existing: &[Mention], kb: &Kb) -> Option<usize> {
    // A body the knowledge of international bodies names ("صندوق النقد
    // الدولي التوصل إلى اتفاق"): its name, not the words after it.
    if let Some(end) = super::bodies::body_name_at(text, start, kb) {
        return Some(end);
    }
    let words = words_after(text, start + head.len());
    let company = COMPANY_HEADS.contains(&head);
    let demonym = |w: &Word<'_>| mention_at(existing, w.start).is_some_and(|m| m.form == Form::Demonym);
    let definite_head = DEFINITE_HEADS.iter().find(|(h, _)| *h == head);
    if let Some((_, adjectives)) = definite_head {
        // "البنك المركزي", "الشركة الكويتية لنفط الخليج".
        let named = words.first().is_some_and(|w| adjectives.contains(&w.text) || (company && demonym(w)));
        if !named {
            return None;
        }
    }
    let mut end = None;
    // Whether the last word taken leaves a noun in construct, wanting its
    // complement: the head itself, "لدول", "وترويج".
    let mut construct = definite_head.is_none();
    let mut taken = 0;
    let mut k = 0;
    while k < words.len() && taken < MAX_WORDS {
        let w = &words[k];
        if w.text.is_empty() {
            break;
        }
        if let Some(m) = mention_at(existing, w.start) {
            match m.kind {
                // "مؤسسة البترول الكويتية", "البنك المركزي المصري": a
                // company's nationality is part of its name, and only its
                // first adjective leaves room for more; elsewhere the
                // nationality follows the name ("وزارة الخارجية العمانية").
                Kind::Country if m.form == Form::Demonym => {
                    if company && !construct && (end.is_some() || k == 0) {
                        end = Some(m.span.end.max(w.end));
                        if k == 0 && !w.closes {
                            k += 1;
                            taken += 1;
                            continue;
                        }
                    }
                    break;
                }
                // "البنك المركزي لجمهورية تركيا": a state's name may start
                // inside the word before, after its "ل".
                Kind::Country | Kind::Place
                    if construct && (m.span.start >= w.start || k > 0 && m.span.start > words[k - 1].start) =>
                {
                    end = Some(m.span.end);
                    construct = false;
                    taken += 1;
                    // Past the words the name covers.
                    while k < words.len() && words[k].start < m.span.end {
                        k += 1;
                    }
                    if words.get(k - 1).is_some_and(|w| w.closes) {
                        break;
                    }
                    continue;
                }
                _ => break,
            }
        }
        let bare = w.text.strip_prefix('و').unwrap_or(w.text);
        if STOP_WORDS.contains(&w.text) || STOP_WORDS.contains(&bare) || is_head(bare) {
            break;
        }
        if w.text.starts_with('و') && (!PORTFOLIO_HEADS.contains(&head) || mention_at(existing, w.end - 1).is_some()) {
            break;
        }
        if k > 0 && RULERS.contains(&words[k - 1].text) && !definite(w.text) {
            // "جامعة الملك سعود": the ruler's name closes the name.
            end = Some(w.end);
            construct = false;
            break;
        }
        let complement = |n: Option<&Word<'_>>| {
            n.is_some_and(|n| {
                definite(n.text)
                    || mention_at(existing, n.start).is_some_and(|m| matches!(m.kind, Kind::Country | Kind::Place))
            })
        };
        // The complement next, or after one more noun in construct:
        // "هيئة تنمية صادرات المنتجات".
        let plain = |n: &Word<'_>| !n.closes && !n.text.starts_with('و') && !STOP_WORDS.contains(&n.text);
        let next_complement = complement(words.get(k + 1))
            || (construct && words.get(k + 1).is_some_and(plain) && complement(words.get(k + 2)));
        // "ل" before a noun: the complement of a country's or a company's
        // name ("لجمهورية تركيا", "لنفط الخليج"), not a purpose after it.
        let of = w.text.starts_with('ل') && (company || of_country(w.text, words.get(k + 1), existing));
        if definite(w.text) {
            construct = false;
        } else if (construct || w.text.starts_with('و') || of) && next_complement && !w.closes {
            // A noun in construct before its complement: "حماية المنافسة",
            // "وترويج الاستثمار", "لدول الخليج", "لجمهورية تركيا".
            construct = true;
        } else {
            break;
        }
        end = Some(w.end);
        taken += 1;
        if w.closes {
            break;
        }
        k += 1;
    }
    // A name needs a complement that closes it, not a noun left hanging.
    if construct { None } else { end }
}

/// Whether `word` is "ل" before a country's or states' name ("لجمهورية
/// تركيا", "لدول الخليج"): a purpose after the name ("لتعزيز التعاون")
/// is not part of it.
fn of_country(word: &str, next: Option<&Word<'_>>, existing: &[Mention]) -> bool {
    let Some(bare) = word.strip_prefix('ل') else { return false };
    bare == "دول"
        || matches!(bare, "جمهورية" | "دولة" | "مملكة" | "سلطنة")
        || next.is_some_and(|n| mention_at(existing, n.start).is_some_and(|m| m.kind == Kind::Country))
}

/// Whether `word` starts a name of its own ("ووزارة" after a ministry).
fn is_head(word: &str) -> bool {
    CONSTRUCT_HEADS.contains(&word) || DEFINITE_HEADS.iter().any(|(h, _)| *h == word)
}

/// Compiles the patterns ahead of the first text.
pub(super) fn warm_up() {
    LazyLock::force(&HEAD);
}

#[cfg(test)]
mod tests {
    use crate::{Context, analyze};

    /// The organizations found in `text`.
    fn orgs(text: &str) -> Vec<String> {
        let a = analyze(text, &Context::default());
        a.mentions
            .iter()
            .filter(|m| m.kind == crate::recognize::Kind::Organization)
            .map(|m| m.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn ministries_with_conjoined_portfolios_end_before_the_nationality() {
        assert_eq!(
            orgs(
                "وقعت وزارة التجارة والصناعة وترويج الاستثمار العمانية مذكرة تفاهم مع جهاز حماية المنافسة ومنع الممارسات الاحتكارية المصري."
            ),
            ["وزارة التجارة والصناعة وترويج الاستثمار", "جهاز حماية المنافسة ومنع الممارسات الاحتكارية"]
        );
        assert_eq!(orgs("وقال بيان لوزارة الخارجية السعودية إن"), ["وزارة الخارجية"]);
    }

    #[test]
    fn central_banks_keep_their_nationality_and_country() {
        assert_eq!(
            orgs(
                "وقع مصرف الإمارات العربية المتحدة المركزي والبنك المركزي لجمهورية تركيا اتفاقية. وأعلن البنك المركزي المصري أمس."
            ),
            ["مصرف الإمارات العربية المتحدة المركزي", "البنك المركزي لجمهورية تركيا", "البنك المركزي المصري"]
        );
        // A governor's bank is named; only a council makes an office.
        assert_eq!(orgs("قال محافظ البنك المركزي المصري"), ["البنك المركزي المصري"]);
    }

    #[test]
    fn councils_funds_and_courts() {
        assert_eq!(
            orgs("قادة دول مجلس التعاون لدول الخليج العربية وصندوق الاستثمارات العامة والديوان الملكي في الرياض."),
            ["مجلس التعاون لدول الخليج العربية", "صندوق الاستثمارات العامة", "الديوان الملكي"]
        );
        // "و" after a council joins another party, not a portfolio.
        assert_eq!(
            orgs("قادة دول مجلس التعاون لدول الخليج العربية ومصر والأردن وقادة الدول العربية"),
            ["مجلس التعاون لدول الخليج العربية"]
        );
        assert_eq!(orgs("زار جامعة الملك سعود في الرياض"), ["جامعة الملك سعود"]);
        assert_eq!(orgs("أعلن مجلس الوزراء المصري الاتفاق"), ["مجلس الوزراء"]);
        assert_eq!(orgs("بيانات المركز الوطني للإحصاء والمعلومات أن"), ["المركز الوطني للإحصاء والمعلومات"]);
    }

    #[test]
    fn companies_keep_their_nationality_and_complement() {
        assert_eq!(
            orgs("وقعت مؤسسة البترول الكويتية والشركة الكويتية لنفط الخليج وشركة مصفاة البترول الأردنية اتفاقا"),
            ["مؤسسة البترول الكويتية", "الشركة الكويتية لنفط الخليج", "شركة مصفاة البترول الأردنية"]
        );
        assert_eq!(
            orgs("وقالت هيئة تنمية صادرات المنتجات الزراعية إن لجنة السياسة النقدية قررت"),
            ["هيئة تنمية صادرات المنتجات الزراعية", "لجنة السياسة النقدية"]
        );
        assert_eq!(orgs("وأعلن صندوق النقد الدولي التوصل إلى اتفاق"), ["صندوق النقد الدولي"]);
        assert_eq!(orgs("وقرر مجلس الوزراء الموافقة على المشروع"), ["مجلس الوزراء"]);
        assert_eq!(orgs("وقعت شركة صينية عقدا"), Vec::<String>::new());
        // A club by its name: "نادي الهلال", never "نادي" alone.
        assert_eq!(orgs("وقّع اللاعب مع نادي الهلال السعودي"), ["نادي الهلال"]);
        // A club the knowledge names keeps its identity, "club" included.
        let text = "انتقل نيمار من نادي باريس سان جيرمان إلى الهلال";
        assert_eq!(orgs(text), ["نادي باريس سان جيرمان"]);
        let a = analyze(text, &Context::default());
        assert!(a.mentions.iter().any(|m| m.canonical.as_deref() == Some("Paris Saint-Germain")), "{:?}", a.mentions);
        assert!(!a.mentions.iter().any(|m| m.kind == crate::recognize::Kind::Place), "Paris is the club's");
    }

    #[test]
    fn no_organization_in_an_office_a_description_or_a_verb_phrase() {
        // An office: "رئيس مجلس الوزراء" is a title.
        assert_eq!(orgs("محمد بن سلمان ولي العهد رئيس مجلس الوزراء، وفق"), Vec::<String>::new());
        // Described, not named.
        assert_eq!(
            orgs("أطلق صندوق بقيمة 10 مليارات دولار وعقدت اللجنة المشتركة اجتماعها وفقا للجنة المشتركة"),
            Vec::<String>::new()
        );
        assert_eq!(orgs("وقال البنك إن"), Vec::<String>::new());
        // A verb after the name is not part of it.
        assert_eq!(orgs("وافق مجلس الوزراء يوم الأحد على"), ["مجلس الوزراء"]);
        assert_eq!(orgs("وقال مجلس الوزراء الأسبوع الماضي"), ["مجلس الوزراء"]);
    }
}
