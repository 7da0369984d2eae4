//! Arabic people, organizations and places found by the words around them:
//! Arabic has no capital letters, so a name's start is told by the title
//! or honorific before it and its end by punctuation, a particle chain
//! ("بن", "آل") closing on a family name, or the next title.

use super::entity_words::{AR_INSTITUTIONS, AR_NAME_ALS, AR_NEXT_TITLES, AR_STOP, AR_WAW_NAMES};
use super::names::{Token, token_iter};
use super::{Kind, Mention};
use crate::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Adds the Arabic people, organizations and places of `text`.
pub(super) fn recognize(
    text: &str,
    toks: &[Token<'_>],
    covered: &dyn Fn(Span) -> bool,
    people: &mut Vec<Mention>,
    orgs: &mut Vec<Mention>,
    places: &mut Vec<Mention>,
    kb: &crate::kb::Kb,
) {
    // A name the knowledge base holds as an official's needs nothing to
    // close it ("الرئيس الأذربيجاني إلهام علييف في باكو").
    let known = |name: &str| kb.officials().find(name).is_some();
    titled_people(text, covered, &known, people);
    patronymic_chains(text, toks, covered, people);
    outlets(text, orgs);
    agencies(text, orgs);
    super::arabic_places::recognize(text, toks, places);
}

/// How far after a title a name is looked for, in bytes: four office
/// words and a name of six parts fit many times over.
const WINDOW: usize = 400;

/// A title or honorific and the words that belong to it; a profession
/// names its person as a title does ("المغنيتان الأمريكيتان كريستينا
/// أغيليرا", "اللاعب المصري محمد صلاح").
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:سعادة السيد(?:ة)?|فخامة الرئيس|السيد(?:ة)?|السفير(?:ة)?|الرئيس|الوزير(?:ة)?|الشيخ|الأمير|سمو الأمير|معالي|سعادة|السلطان|الملك|الدكتور(?:ة)?|المهندس(?:ة)?|المحافظ|نظير(?:ه|ته|ها)|(?P<profession>المغني(?:ة|تان|ان)?|المطرب(?:ة)?|الفنان(?:ة)?|الممثل(?:ة)?|اللاعب(?:ة)?|المدرب|الروائي(?:ة)?|الشاعر(?:ة)?|المخرج(?:ة)?|الموسيقار)|(?P<minister>وزير(?:ة)?|رئيس(?:ة)?|قائد))[\u{64B}-\u{652}]?(?:\s+(?:الدكتور(?:ة)?|المهندس(?:ة)?|الراحل(?:ة)?))?\s+")
        .expect("valid regex")
});

/// "سعادة السيد رشاد إسماعيلوف", "الرئيس المصري عبد الفتاح السيسي",
/// "معالي ثاني بن أحمد الزيودي", "وزير المالية نور الدين نباتي": the name
/// after a title or honorific, past the title's own words (a nationality,
/// an office). After an honorific the name runs to punctuation, a
/// preposition or another title, three names at most; after a minister's
/// office ("وزير الخارجية") the words are as often a verbal noun as a name
/// ("أعلن وزير التجارة السعودي توقيع اتفاقيات"), so a name is taken there
/// only when it has two names and punctuation or a title closes it.
fn titled_people(text: &str, covered: &dyn Fn(Span) -> bool, known: &dyn Fn(&str) -> bool, out: &mut Vec<Mention>) {
    let mut found: Vec<Span> = Vec::new();
    let mut at = 0;
    while let Some(c) = TITLE.captures_at(text, at) {
        let Some(title) = c.get(0) else { break };
        at = title.end();
        // "قائد" a word of its own: "القائد الأعلى" is an office's words.
        if c.name("minister").is_some_and(|m| m.as_str() == "قائد") && !crate::text::starts_word(text, title.start())
        {
            continue;
        }
        // The words after the title, to the end of the line or of the
        // longest name with its office: a name is read in a few hundred
        // bytes, and a line can be a whole article.
        let mut window_end = (at + WINDOW).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let window = text[at..window_end].split('\n').next().unwrap_or("");
        // "جامعة الملك سعود", "مطار الملك خالد الدولي": a title after an
        // institution's head noun is part of the institution's name.
        let before = text[..title.start()].trim_end();
        if AR_INSTITUTIONS.iter().any(|head| before.ends_with(head)) {
            continue;
        }
        let covered_here = |s: Span| covered(Span::new(at + s.start, at + s.end));
        let title = Title { minister: c.name("minister").is_some(), profession: c.name("profession").is_some() };
        let Some(name) = name_after_title(window, title, &covered_here, known) else {
            continue;
        };
        let span = Span::new(at + name.start, at + name.end);
        found.push(span);
        at = span.end;
    }
    // "الرئيس أردوغان تحيات": a surname the article already gave in full
    // ends the name there.
    let surnames: std::collections::HashSet<&str> = found
        .iter()
        .filter_map(|s| {
            let name = s.slice(text);
            name.rsplit_once(' ').map(|(_, last)| last)
        })
        .collect();
    for span in &mut found {
        let name = span.slice(text);
        // "سلمان بن عبدالعزيز" after "محمد بن سلمان" is a name of its own.
        if let Some((first, rest)) = name.split_once(' ')
            && surnames.contains(&first)
            && !rest.starts_with("بن ")
            && !rest.starts_with("آل ")
        {
            span.end = span.start + first.len();
        }
    }
    for span in found {
        let mut m = Mention::new(Kind::Person, span);
        m.canonical = Some(span.slice(text).into());
        out.push(m);
    }
}

/// "وسلطان بن سالم الحبسي وزير المالية", "السلطان الراحل قابوس بن سعيد":
/// a name with a "بن" chain is a person's wherever it stands, before its
/// title as after it. The chain runs over "بن" and "آل" pairs; a definite
/// family name after it ("الحبسي", "الرميان") is taken when a title or
/// punctuation follows it, or when it is a nisba.
fn patronymic_chains(text: &str, toks: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    // Only whitespace between two words: punctuation ends a name.
    let joined = |a: &Token<'_>, b: &Token<'_>| text[a.span.end..b.span.start].chars().all(char::is_whitespace);
    let mut i = 1;
    while i + 1 < toks.len() {
        if !matches!(toks[i].text, "بن" | "بنت") || !joined(&toks[i - 1], &toks[i]) {
            i += 1;
            continue;
        }
        let first = &toks[i - 1];
        let mut start = first.span.start;
        let word = match first.text.strip_prefix('و') {
            Some(rest) if !AR_WAW_NAMES.contains(&first.text) && rest.chars().count() >= 2 => {
                start += 'و'.len_utf8();
                rest
            }
            _ => first.text,
        };
        let bad_first = word.starts_with("ال")
            || AR_STOP.contains(&word)
            || AR_NEXT_TITLES.contains(&word)
            || covered(first.span)
            || !word.chars().all(crate::text::is_letter);
        if bad_first {
            i += 1;
            continue;
        }
        let mut end = first.span.end;
        let mut j = i;
        // After "آل ثاني" the family is named.
        let mut family_named = false;
        // "بن سالم", "بن عبد الرحمن", then "آل سعود".
        while j + 1 < toks.len()
            && matches!(toks[j].text, "بن" | "بنت" | "آل")
            && joined(&toks[j - 1], &toks[j])
            && joined(&toks[j], &toks[j + 1])
            && !toks[j + 1].text.starts_with("ال")
            && !AR_STOP.contains(&toks[j + 1].text)
        {
            end = toks[j + 1].span.end;
            family_named |= toks[j].text == "آل";
            j += 2;
            if toks[j - 1].text == "عبد" && j < toks.len() && joined(&toks[j - 1], &toks[j]) {
                end = toks[j].span.end;
                j += 1;
            }
        }
        if end == first.span.end {
            i += 1;
            continue;
        }
        if let Some(family) =
            toks.get(j).filter(|t| !family_named && joined(&toks[j - 1], t) && t.text.starts_with("ال"))
        {
            let after = text[family.span.end..].trim_start_matches(' ');
            let titled = toks.get(j + 1).is_some_and(|t| AR_NEXT_TITLES.contains(&t.text) || t.text == "محافظ");
            // A preposition after it ends the name as punctuation does:
            // "محمد بن عبدالله الجدعان في مقابلة".
            let preposition = after.split_whitespace().next().is_some_and(|w| AR_CLOSING_PREPOSITIONS.contains(&w));
            let closed = after.is_empty() || after.starts_with(['،', ',', '.', '؛', ':', ')', '\n']) || preposition;
            let nisba = family.text.ends_with('ي');
            if !covered(family.span) && !AR_STOP.contains(&family.text) && (titled || closed || nisba) {
                end = family.span.end;
                j += 1;
            }
        }
        let span = Span::new(start, end);
        let mut m = Mention::new(Kind::Person, span);
        m.canonical = Some(span.slice(text).into());
        out.push(m);
        i = j.max(i + 1);
    }
}

/// Prepositions that open a phrase after a name, never a name's part.
const AR_CLOSING_PREPOSITIONS: &[&str] = &["في", "إلى", "على", "عن", "مع", "خلال", "لدى"];

/// Bodies in construct after a minister-like title, part of the office:
/// "رئيس مجلس الوزراء", "رئيس حكومة الإقليم", "رئيس هيئة الأركان".
const OFFICE_BODIES: &[&str] = &["مجلس", "حكومة", "هيئة", "ديوان", "مجلسي", "لجنة", "جهاز"];

/// A manager's office words, after any title: "الرئيس المدير العام",
/// "الرئيس التنفيذي".
const MANAGING_WORDS: &[&str] = &["المدير", "العام", "التنفيذي", "المنتدب"];

/// What kind of title opened the words a name is looked for in.
#[derive(Clone, Copy)]
struct Title {
    /// A minister's or head's office ("وزير", "رئيس"), whose own words
    /// follow it.
    minister: bool,
    /// A profession ("المدرب", "المغنية"): a name after it needs a
    /// nationality before it and punctuation or a title to close it,
    /// however many words it has ("المدرب المغربي الحسين عموتة مشوارهم").
    profession: bool,
}

/// The name at the start of `words` (the text after a title), if any.
fn name_after_title(
    words: &str,
    title: Title,
    covered: &dyn Fn(Span) -> bool,
    known: &dyn Fn(&str) -> bool,
) -> Option<Span> {
    let minister = title.minister;
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut count = 0;
    let mut office_words = 0;
    // Whether a manager's office word was read: then "ل" and a name is
    // the company managed ("المدير العام لسوناطراك").
    let mut managed = false;
    let (mut after_particle, mut patronymic) = (false, false);
    let mut after_abd = false;
    let mut closed = false;
    let mut last_end = 0;
    for w in token_iter(words) {
        // "وزيرُ الدفاع مرهف أبو قصرة ورئيسُ جهاز": a vowel mark changes
        // no word's part in a name.
        let plain = crate::text::strip_arabic_marks(w.text);
        let word: &str = &plain;
        // Punctuation or a digit before this word closes the name (and,
        // before the first word, means there is none).
        if !words[last_end..w.span.start].chars().all(char::is_whitespace) {
            closed = true;
            break;
        }
        last_end = w.span.end;
        let al = word.starts_with("ال");
        // "الرئيس المصري عبد الفتاح السيسي", "وزير الصناعة والتكنولوجيا":
        // the title's own words (a nationality, an office) come before the
        // name.
        // After a minister, any definite word; after other titles only a
        // nationality the gazetteer knows ("السيسي" looks like one but is a
        // name).
        // "وزير الخارجية وشؤون المغتربين": a noun joined by "و" with a
        // definite word after it continues the office.
        let next_definite = words[w.span.end..].split_whitespace().next().is_some_and(|n| n.starts_with("ال"));
        // So does one joined by "ل": "نائب رئيس الوزراء لشؤون الدفاع".
        let conjunct = office_words > 0
            && next_definite
            && (word.starts_with('و') || word.starts_with('ل'))
            && !word.starts_with("وعبد")
            && word.chars().count() >= 4;
        let office_word =
            al || word.starts_with("وال") || word.starts_with("لل") || word.starts_with("بال") || conjunct;
        // "رئيس مجلس الوزراء", "رئيس حكومة الإقليم": a body in construct
        // after a minister-like title is the office's.
        let body = minister && OFFICE_BODIES.contains(&word);
        // "الرئيس المدير العام لسوناطراك": a manager's office, and the
        // company it runs, joined by "ل", after any title.
        let managing = MANAGING_WORDS.contains(&word)
            || (managed && word.starts_with('ل') && !word.starts_with("لل") && word.chars().count() >= 4);
        managed |= MANAGING_WORDS.contains(&word);
        if start.is_none()
            && (office_word || body || managing)
            && office_words < 7
            && (minister || covered(w.span) || managing || (office_words > 0 && office_word))
        {
            office_words += 1;
            continue;
        }
        // A prepositional phrase ("بالخارج") or a definite conjunct
        // belongs to an office, never opens a name.
        if start.is_none() && (word.starts_with("بال") || word.starts_with("لل")) {
            return None;
        }
        // "محمد شياع السوداني": a nationality's form right after a given
        // name is the family name (the nationality goes with the title).
        let family_nisba = covered(w.span) && count > 0 && !after_particle && al && word.ends_with('ي');
        // A country ("سمو الأمير لمصر") or, before any name, a conjunction
        // with a title ("الرئيس السيسي والشيخ تميم") is no part of a name.
        if (covered(w.span) && !family_nisba) || (start.is_none() && word.starts_with("وال")) {
            closed = start.is_some();
            break;
        }
        if start.is_none() && minister && office_words == 0 {
            // "وزير دولة للتجارة": an office without "ال" is not read.
            return None;
        }
        // "بن" and "آل" join a name's parts and do not count.
        let particle = matches!(word, "بن" | "بنت" | "آل" | "أبو" | "عبد");
        // "بدر بن حمد البوسعيدي", "عبد الفتاح السيسي": after a "بن" chain
        // or an "عبد" compound, a nisba ("ال...ي") is the family name,
        // and the name ends with it. "عبد الفتاح" itself keeps its "ال".
        // "عبدالفتاح السيسي", "مصطفى الكاظمي", "عبدالله الثاني": after a
        // given name too, a nisba or an ordinal is the last part of the
        // name; a time word ("الماضي") is not.
        let nisba = family_nisba
            || ((patronymic || count > 0)
                && !after_particle
                && al
                && word.ends_with('ي')
                && !matches!(word, "الماضي" | "الحالي" | "الجاري" | "التالي" | "الحقيقي" | "الرسمي"));
        // "قائد الإدارة السورية الجديدة أحمد الشرع،": a definite word right
        // after a given name, with punctuation after it, is the family name.
        let punctuated_family = count > 0
            && !after_particle
            && al
            && words[w.span.end..].starts_with(['،', ',', '.', '؛'])
            && crate::recognize::lexicon::weekday(word).is_none()
            && !AR_STOP.contains(&word);
        let nisba = nisba || punctuated_family;
        let compound = count > 0 && !after_particle && AR_NAME_ALS.contains(&word);
        if AR_NEXT_TITLES.contains(&word) {
            closed = true;
            break;
        }
        // "هيثم والرئيس", "هيثم بن طارق مقاليد الحكم": a conjunction with
        // "ال", or a bare word after a "بن" chain, is past the name.
        if start.is_some() && (word.starts_with("وال") || (patronymic && !after_particle && !particle && !al)) {
            closed = true;
            break;
        }
        // "كريستينا أغيليرا ونورا جونز": after a given name and a surname,
        // a word joined by "و" opens the next person.
        if count >= 2 && !after_particle && word.starts_with('و') && !AR_WAW_NAMES.contains(&word) {
            closed = true;
            break;
        }
        let limit = count == 3 && !particle && !after_particle;
        // "المحافظ منذ أغسطس": a month does not open a name; inside one,
        // with no date word after it, it is a name's part ("لويجي دي
        // مايو").
        let next = words[w.span.end..].split_whitespace().next().unwrap_or("");
        let dated = next.starts_with(|c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
            || matches!(next, "الماضي" | "المقبل" | "القادم" | "الجاري" | "من");
        let month = crate::recognize::lexicon::month_number(word).is_some() && (count == 0 || dated);
        // "مشعل الأحمد الجابر الصباح", "عبدالرحمن الطيب الأنصاري": forebears'
        // names with "ال" closed by a family's name or a nisba.
        if al
            && count > 0
            && !after_particle
            && !compound
            && !nisba
            && let Some(family_end) = family_chain(words, w.span.start)
        {
            end = family_end;
            closed = true;
            break;
        }
        if AR_STOP.contains(&word) || month || (al && !nisba && !after_particle && !compound) || limit {
            break;
        }
        start.get_or_insert(w.span.start);
        if !particle {
            // A name never ends on "بن" or "آل".
            end = w.span.end;
        }
        if !particle && !compound {
            count += 1;
        }
        if nisba {
            closed = true;
            break;
        }
        // "بن سلمان آل سعود" closes on its family; "عبد المجيد" is one
        // given name, and the surname still follows ("عبد المجيد تبون").
        patronymic |= matches!(word, "بن" | "بنت") || (after_particle && al && !after_abd);
        after_particle = particle;
        after_abd = particle && word == "عبد";
    }
    let start = start?;
    if count == 0 {
        return None;
    }
    // After an office or a nationality ("الرئيس الصيني شهادة الدكتوراه")
    // a noun follows as often as a name: two names closed by punctuation,
    // a title or a family name, or three names, are needed.
    // After a profession a verb follows as often as a name ("اللاعب
    // يواصل تدريباته"): only a nationality between them, or a name the
    // knowledge base holds, says a person is named.
    if title.profession && office_words == 0 && !known(&words[start..end]) {
        return None;
    }
    if minister || office_words > 0 {
        let rest = words[end..].trim_start();
        let punctuated = rest.is_empty() || rest.starts_with(['،', ',', '.', '؛', ':', ')']);
        let long = count >= 3 && !title.profession;
        if count < 2 || !(closed || punctuated || long || known(&words[start..end])) {
            return None;
        }
    }
    Some(Span::new(start, end))
}

/// Ruling families whose members are named with their forebears, each
/// with "ال" ("نواف سعود الناصر الصباح").
const FAMILIES: &[&str] = &["الصباح"];

/// Where a chain of up to three definite words from `from` ends when it
/// closes a name: on a ruling family's name, or on a nisba ("الأنصاري")
/// or, after a "بن" chain, any definite word, with punctuation, "و", "أن"
/// or a relative after it.
fn family_chain(words: &str, from: usize) -> Option<usize> {
    let mut at = from;
    for _ in 0..3 {
        let rest = &words[at..];
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | '.' | '؛' | ':' | ')'))
            .unwrap_or(rest.len());
        let word = crate::text::strip_arabic_marks(&rest[..len]);
        if !word.starts_with("ال") || AR_STOP.contains(&word.as_ref()) {
            return None;
        }
        let end = at + len;
        let after = words[end..].trim_start_matches(' ');
        let next = after.split_whitespace().next().unwrap_or("");
        let closes = after.is_empty()
            || after.starts_with(['،', ',', '.', '؛', ':', ')'])
            || next.starts_with('و')
            || matches!(next, "أن" | "إن" | "الذي" | "التي");
        let nisba = word.ends_with('ي') && !matches!(word.as_ref(), "الماضي" | "الحالي" | "الجاري" | "التالي");
        if FAMILIES.contains(&word.as_ref()) || nisba && closes {
            return Some(end);
        }
        if !words[end..].starts_with(' ') {
            return None;
        }
        at = end + 1;
    }
    None
}

/// A newspaper word, or a verb of reporting and a site or channel word, and the outlet's name.
static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:صحيفة|جريدة)|(?:ذكر|ذكرت|أفاد|أفادت|نشر|نشرت|نقل|نقلت|أورد|أوردت|قال|قالت)\s+(?:موقع|قناة))\s+(ال[\p{Arabic}&&\p{L}]{2,})")
        .expect("valid regex")
});

/// Newspapers, sites and channels named in Arabic attribution: "صحيفة
/// الشرق", "ذكر موقع الشرق أن". A newspaper word names one wherever it
/// stands; a site or channel word only after a verb of reporting ("موقع
/// الوزارة" is the ministry's site, not an outlet's name).
fn outlets(text: &str, out: &mut Vec<Mention>) {
    if !text.contains("صحيفة") && !text.contains("جريدة") && !text.contains("موقع") && !text.contains("قناة")
    {
        return;
    }
    for c in OUTLET.captures_iter(text) {
        let Some(name) = c.get(1) else { continue };
        if !crate::text::is_bounded(text, name.start(), name.end()) {
            continue;
        }
        let mut m = Mention::new(Kind::Organization, Span::new(name.start(), name.end()));
        m.canonical = Some(name.as_str().into());
        out.push(m);
    }
}

/// "وكالة الأنباء ..." and the short name in brackets.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<full>وكالة\s+(?:الأنباء\s+ال[[\p{Arabic}\p{M}]&&[\p{L}\p{M}]]+|أنباء\s+[[\p{Arabic}\p{M}]&&[\p{L}\p{M}]]+))(?:\s*\((?P<short>[\p{Arabic}&&\p{L}]{2,6})\))?")
        .expect("valid regex")
});

/// National news agencies by their Arabic names: "وكالة الأنباء
/// العُمانية", "وكالة أنباء الإمارات (وام)"; the short name in brackets is
/// a mention of its own, linked to the full one.
fn agencies(text: &str, out: &mut Vec<Mention>) {
    if !text.contains("وكالة") {
        return;
    }
    for c in AGENCY.captures_iter(text) {
        let Some(full) = c.name("full") else { continue };
        if !super::bodies::whole(text, full.start(), full.end()) {
            continue;
        }
        let mut m = Mention::new(Kind::Organization, Span::new(full.start(), full.end()));
        m.canonical = Some(full.as_str().into());
        out.push(m);
        if let Some(short) = c.name("short") {
            let mut m = Mention::new(Kind::Organization, Span::new(short.start(), short.end()));
            m.canonical = Some(full.as_str().into());
            m.form = super::Form::Acronym;
            out.push(m);
        }
    }
}

/// Compiles the patterns ahead of the first text.
pub(super) fn warm_up() {
    LazyLock::force(&TITLE);
    LazyLock::force(&OUTLET);
    LazyLock::force(&AGENCY);
}

#[cfg(test)]
mod tests {
    use crate::{Context, analyze};

    /// The people, organizations and places of `text`, as (kind, text).
    fn found(text: &str) -> Vec<(&'static str, String)> {
        let config = crate::config::Config { language: Some(crate::text::Language::Ar), ..Default::default() };
        analyze(text, &Context::new(config))
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, crate::Kind::Person | crate::Kind::Organization | crate::Kind::Place))
            .map(|m| (m.kind.as_str(), m.span.slice(text).to_string()))
            .collect()
    }

    fn people(text: &str) -> Vec<String> {
        found(text).into_iter().filter(|(k, _)| *k == "person").map(|(_, t)| t).collect()
    }

    #[test]
    fn names_after_a_ministers_office() {
        assert_eq!(
            people("ويضم الوفد وزير الخارجية مولود تشاووش أوغلو، ووزير المالية نور الدين نباتي."),
            ["مولود تشاووش أوغلو", "نور الدين نباتي"]
        );
        assert_eq!(people("ووزير الصناعة والتكنولوجيا مصطفى ورانك."), ["مصطفى ورانك"]);
        // An office with a conjunct noun, titles with vowel marks, a
        // commander.
        assert_eq!(people("أعلنه وزير الخارجية وشؤون المغتربين أيمن الصفدي."), ["أيمن الصفدي"]);
        assert_eq!(
            people("وضم الوفد وزيرُ الدفاع مرهف أبو قصرة ورئيسُ جهاز الاستخبارات العامة أنس خطاب، بحسب"),
            ["مرهف أبو قصرة", "أنس خطاب"]
        );
        assert_eq!(people("والتقى قائد الإدارة السورية الجديدة أحمد الشرع، فيما"), ["أحمد الشرع"]);
        // "القائد الأعلى" is an office's words, "دولة" no name's.
        assert!(people("نائب القائد الأعلى للقوات المسلحة ودولة فلان").is_empty());
        assert!(people("السيد شهاب نائب رئيس الوزراء لشؤون الدفاع، والسيد").iter().all(|p| !p.contains("الدفاع")));
    }

    #[test]
    fn names_after_a_profession() {
        assert_eq!(
            people("وأحيت الحفل المغنيتان الأمريكيتان كريستينا أغيليرا ونورا جونز، واختتم"),
            ["كريستينا أغيليرا"]
        );
        assert_eq!(people("وقال اللاعب المصري محمد صلاح، إن الفريق جاهز."), ["محمد صلاح"]);
        // A profession with no name after it, or a verb.
        assert!(people("وقال الفنان الكبير إن العمل جديد").is_empty());
        assert!(people("وقال إن اللاعب يواصل تدريباته.").is_empty());
        assert!(people("بقيادة المدرب المغربي الحسين عموتة مشوارهم بالفوز على ماليزيا").is_empty());
    }

    #[test]
    fn forebears_names_closed_by_a_family_or_a_nisba() {
        assert_eq!(people("افتتح أمير البلاد الشيخ مشعل الأحمد الجابر الصباح وأخوه"), ["مشعل الأحمد الجابر الصباح"]);
        assert_eq!(people("بإشراف الدكتور عبدالرحمن الطيب الأنصاري، الذي قاد"), ["عبدالرحمن الطيب الأنصاري"]);
        // A date after the name is no forebear.
        assert!(people("وقال الشيخ خالد الفالح الأسبوع الماضي").iter().all(|p| !p.contains("الأسبوع")));
    }

    #[test]
    fn a_family_name_closed_by_a_preposition() {
        assert_eq!(
            people("وقال وزير المالية محمد بن عبدالله الجدعان في مقابلة مع الصحيفة"),
            ["محمد بن عبدالله الجدعان"]
        );
    }

    #[test]
    fn an_official_the_knowledge_base_holds_after_a_nationality() {
        // Two names and a preposition: an unknown pair is left (it may be
        // a noun phrase), an official's name is taken.
        assert_eq!(people("قال الرئيس الأذربيجاني إلهام علييف في باكو إن المحادثات ناجحة"), ["إلهام علييف"]);
        assert!(people("قال الرئيس الأذربيجاني جولة جديدة في باكو").is_empty());
    }

    #[test]
    fn no_name_where_a_verbal_noun_follows_the_office() {
        assert!(people("وأعلن وزير التجارة السعودي توقيع اتفاقيات بين البلدين").is_empty());
        assert!(people("وقال وزير الدفاع بالمملكة العربية السعودية اليوم").is_empty());
        assert!(people("واستقبل وزير الخارجية نظيره الأردني").is_empty());
        assert!(people("معالي ثاني بن أحمد الزيودي وزير دولة للتجارة الخارجية").len() == 1);
    }

    #[test]
    fn a_conjunction_or_a_word_after_a_patronymic_chain_ends_a_name() {
        assert_eq!(people("تولى السلطان هيثم بن طارق مقاليد الحكم"), ["هيثم بن طارق"]);
        assert_eq!(people("وعقد السلطان هيثم والرئيس عبد الفتاح السيسي جلسة"), ["هيثم", "عبد الفتاح السيسي"]);
        assert!(people("وشهد سموه والرئيس التركي توقيع عدد من الاتفاقيات").is_empty());
        let text = "الأمير محمد بن سلمان ... الملك سلمان بن عبدالعزيز آل سعود";
        assert_eq!(people(text), ["محمد بن سلمان", "سلمان بن عبدالعزيز آل سعود"]);
    }

    #[test]
    fn no_name_inside_an_institution_or_a_country() {
        assert!(people("كما منحت جامعة الملك سعود الرئيس الصيني شهادة الدكتوراه").is_empty());
        assert_eq!(found("لدى وصوله إلى مطار الملك خالد الدولي"), [("place", "مطار الملك خالد الدولي".to_string())]);
        assert!(people("في إطار الزيارة التي يقوم بها سمو الأمير لمصر وتستغرق يومين").is_empty());
        assert_eq!(people("والتقى الرئيس السيسي والشيخ تميم بن حمد في بغداد"), ["تميم بن حمد"]);
    }

    #[test]
    fn names_with_a_patronymic_chain_before_their_title() {
        assert_eq!(
            people("والسيد بدر بن حمد البوسعيدي وزير الخارجية، وسلطان بن سالم الحبسي وزير المالية رئيس بعثة"),
            ["بدر بن حمد البوسعيدي", "سلطان بن سالم الحبسي"]
        );
        assert_eq!(people("التقى خلالها السلطان الراحل قابوس بن سعيد، كما"), ["قابوس بن سعيد"]);
        assert_eq!(people("ومعالي ياسر بن عثمان الرميان محافظ صندوق الاستثمارات العامة"), ["ياسر بن عثمان الرميان"]);
        assert_eq!(
            people("وليد بن طلال والأمير محمد بن عبد الرحمن آل ثاني"),
            ["وليد بن طلال", "محمد بن عبد الرحمن آل ثاني"]
        );
    }

    #[test]
    fn a_nisba_or_an_ordinal_ends_a_name_after_a_given_name() {
        assert_eq!(
            people(
                "بمشاركة الرئيس المصري عبدالفتاح السيسي ورئيس الوزراء العراقي مصطفى الكاظمي. ووصل الملك عبدالله الثاني إلى بغداد"
            ),
            ["عبدالفتاح السيسي", "مصطفى الكاظمي", "عبدالله الثاني"]
        );
        assert_eq!(people("واستقبل الرئيس أردوغان الأسبوع الماضي"), ["أردوغان"]);
    }

    #[test]
    fn a_separate_abd_compound_keeps_its_surname() {
        assert_eq!(
            people("استقبل الرئيس الجزائري عبد المجيد تبون، ووزير الخارجية والجالية الوطنية بالخارج رمطان لعمامرة."),
            ["عبد المجيد تبون", "رمطان لعمامرة"]
        );
    }

    #[test]
    fn academic_and_professional_titles() {
        assert_eq!(
            people(
                "وسعادة الدكتور مصطفى كوكصو سفير تركيا لدى قطر، والمحافظ خالد محمد بالعمى، واجتماع الدكتور مصطفى مدبولي رئيس مجلس الوزراء"
            ),
            ["مصطفى كوكصو", "خالد محمد بالعمى", "مصطفى مدبولي"]
        );
    }

    #[test]
    fn honorifics_open_a_name_and_titles_close_it() {
        assert_eq!(people("وكان في استقبال معالي ثاني بن أحمد الزيودي وزير دولة"), ["ثاني بن أحمد الزيودي"]);
        assert_eq!(people("وسعادة توغاي تونتشار سفير تركيا لدى الدولة"), ["توغاي تونتشار"]);
    }

    #[test]
    fn a_title_inside_the_words_after_a_name_starts_a_name_of_its_own() {
        let text = "وصل الرئيس رجب طيب أردوغان. ونقل سموه إلى الرئيس أردوغان تحيات صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة";
        assert_eq!(people(text), ["رجب طيب أردوغان", "أردوغان", "خليفة بن زايد آل نهيان"]);
    }

    #[test]
    fn agencies_with_their_short_names() {
        assert_eq!(
            found("حسبما أفادت وكالة أنباء الإمارات (وام)."),
            [("organization", "وكالة أنباء الإمارات".to_string()), ("organization", "وام".to_string())]
        );
        assert_eq!(
            found("وفق ما أفادت وكالة الأنباء العُمانية."),
            [("organization", "وكالة الأنباء العُمانية".to_string())]
        );
    }

    #[test]
    fn names_after_a_long_office_a_manager_or_a_counterpart() {
        assert_eq!(
            people(
                "كما وقع وزير الشؤون الخارجية والجالية الوطنية بالخارج رمطان لعمامرة ونظيره الإيطالي لويجي دي مايو اتفاقا."
            ),
            ["رمطان لعمامرة", "لويجي دي مايو"]
        );
        assert_eq!(
            people("وقعه الرئيس المدير العام لسوناطراك توفيق حكار، والرئيس التنفيذي لإيني كلاوديو ديسكالزي."),
            ["توفيق حكار", "كلاوديو ديسكالزي"]
        );
        // A nationality's form right after a given name is the family
        // name; the office's body is read past.
        assert_eq!(people("جمع رئيس مجلس الوزراء محمد شياع السوداني، برئيس"), ["محمد شياع السوداني"]);
        // A month inside a name is a name's part, not where a date follows.
        assert_eq!(people("التقى الوزير خالد العلي مايو الماضي."), ["خالد العلي"]);
    }
}
