//! Russian organizations by their head noun, in any case: "Министерства
//! энергетики", "Центрального банка Узбекистана", "Межправительственного
//! комитета по сотрудничеству", "Совета министров Союзного государства".
//! Russian capitalises only a name's first word, so the name is read from
//! its grammar: capitalised adjectives and a head noun, or a capitalised
//! head noun, then the complements a body's name takes (a portfolio in the
//! genitive, "по" and its subject, the country) and nothing after them.

use super::names::{Token, adjacent};
use super::{Kind, Mention};
use crate::Span;
use crate::text::opens_sentence;
use regex::Regex;
use std::sync::LazyLock;

/// Head nouns by stem, with the case endings they take: "Министерство",
/// "Министерства", "Министерству", "Министерством", "Министерстве". Not
/// "правительство", which in news mostly belongs to a title
/// ("Председатель Правительства России"), nor "компания", which opens as
/// many sentences as names.
#[rustfmt::skip]
const HEADS: &[(&str, &[&str])] = &[
    ("министерств", &["о", "а", "у", "ом", "е"]),
    ("агентств", &["о", "а", "у", "ом", "е"]),
    ("посольств", &["о", "а", "у", "ом", "е"]),
    ("банк", &["", "а", "у", "ом", "е"]),
    ("комитет", &["", "а", "у", "ом", "е"]),
    ("совет", &["", "а", "у", "ом", "е"]),
    ("фонд", &["", "а", "у", "ом", "е"]),
    ("союз", &["", "а", "у", "ом", "е"]),
    ("университет", &["", "а", "у", "ом", "е"]),
    ("институт", &["", "а", "у", "ом", "е"]),
    ("департамент", &["", "а", "у", "ом", "е"]),
    ("организаци", &["я", "и", "ю", "ей"]),
    ("корпораци", &["я", "и", "ю", "ей"]),
    ("ассоциаци", &["я", "и", "ю", "ей"]),
    ("академи", &["я", "и", "ю", "ей"]),
    ("администраци", &["я", "и", "ю", "ей"]),
    ("комисси", &["я", "и", "ю", "ей"]),
    ("парти", &["я", "и", "ю", "ей"]),
    ("служб", &["а", "ы", "е", "у", "ой"]),
    ("палат", &["а", "ы", "е", "у", "ой"]),
    ("дум", &["а", "ы", "е", "у", "ой"]),
    ("управлени", &["е", "я", "ю", "ем", "и"]),
];

/// Genitive words of a body's portfolio or membership: "Министерство
/// иностранных дел", "Совет министров", "организации сотрудничества".
#[rustfmt::skip]
const PORTFOLIO: &[&str] = &[
    "министров", "энергетики", "экономики", "финансов", "иностранных", "внутренних", "дел", "обороны",
    "юстиции", "здравоохранения", "образования", "науки", "культуры", "промышленности", "торговли",
    "сельского", "хозяйства", "транспорта", "связи", "цифрового", "развития", "труда", "социальной",
    "защиты", "природных", "ресурсов", "экологии", "туризма", "спорта", "строительства", "инвестиций",
    "внешней", "экономического", "сотрудничества", "безопасности", "коммуникаций", "информации",
    "чрезвычайных", "ситуаций", "статистики", "энергетическим", "атомной", "энергии", "реконструкции",
];

/// Adjectives that open sentences, not names: "Каждый комитет", "Новый
/// банк", "Крупнейший фонд". By stem.
const COMMON_ADJECTIVES: &[&str] = &[
    "кажд",
    "люб",
    "друг",
    "нов",
    "так",
    "котор",
    "эт",
    "сам",
    "крупн",
    "крупнейш",
    "ведущ",
    "данн",
    "указанн",
    "нынешн",
    "прежн",
    "бывш",
    "следующ",
    "перв",
    "втор",
    "последн",
    "наш",
    "ваш",
    "ин",
    "местн",
    "зарубежн",
    "иностранн",
    "частн",
    "коммерческ",
    "российск",
    "европейск",
];

/// The singular adjective endings, longest first: a name's adjectives
/// agree with a singular head ("Центрального банка", "Евразийскому
/// экономическому союзу"); a plural ("Российские компании") is a class of
/// bodies, not one.
const ADJECTIVE_ENDINGS: &[&str] =
    &["ого", "его", "ому", "ему", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ым", "им", "ом", "ем", "ую", "юю", "ей"];

/// Adds Russian organizations found by their head nouns. `existing` are
/// the mentions found before (countries, people), in text order.
pub(super) fn recognize(text: &str, toks: &[Token<'_>], existing: &[Mention], out: &mut Vec<Mention>) {
    let country_at = |t: &Token<'_>| {
        existing.iter().any(|m| m.kind == Kind::Country && m.form == super::Form::Name && m.span == t.span)
    };
    let covered = |t: &Token<'_>| existing.iter().any(|m| m.span.overlaps(t.span));
    let mut i = 0;
    while i < toks.len() {
        let Some((head, opened_by_adjective)) = head_from(text, toks, i, &covered) else {
            i += 1;
            continue;
        };
        let mut end = head + 1;
        let mut complements = 0;
        while let Some(t) = toks.get(end).filter(|t| adjacent(text, &toks[end - 1], t)) {
            let lower = t.text;
            if country_at(t) {
                // "Банка России": the country ends the name.
                end += 1;
                complements += 1;
                break;
            }
            if PORTFOLIO.contains(&lower) {
                end += 1;
                complements += 1;
            } else if lower == "и" && toks.get(end + 1).is_some_and(|n| PORTFOLIO.contains(&n.text)) && complements > 0
            {
                end += 2;
            } else if lower == "по" && complements == 0 {
                // "Комитет по сотрудничеству": "по" and its subject, in
                // the dative.
                let subject = (end + 1..toks.len().min(end + 3))
                    .take_while(|&k| {
                        adjacent(text, &toks[k - 1], &toks[k])
                            && is_lowercase(toks[k].text)
                            && ["у", "ю", "ам", "ям", "ой", "ей", "ым", "им", "ому", "ему", "ии", "е"]
                                .iter()
                                .any(|e| toks[k].text.ends_with(e))
                    })
                    .last();
                let Some(last) = subject else { break };
                end = last + 1;
                complements += 1;
                break;
            } else if is_genitive_name_pair(text, toks, end) {
                // "Совета министров Союзного государства".
                end += 2;
                complements += 1;
                break;
            } else {
                break;
            }
        }
        // A head alone ("Банк") names nothing; a capitalised head needs a
        // complement, and so does any name where a sentence opens.
        let sentence_start = opens_sentence(text, toks[i].span.start);
        if complements == 0 && (!opened_by_adjective || sentence_start) {
            i = head + 1;
            continue;
        }
        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
        out.push(Mention::new(Kind::Organization, span));
        i = end;
    }
    quoted_names(text, out);
}

/// A legal form or a kind of body, and a name in «quotes» after it.
static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:АО|ПАО|ОАО|ЗАО|ООО|НАО|ФГУП|ГУП|АК)|(?i:(?:гос)?корпораци[яиюей]{1,2}|компани[яиюей]{1,2}|агентств(?:о|а|у|ом|е)|концерн(?:а|у|ом|е)?|холдинг(?:а|у|ом|е)?|банк(?:а|у|ом|е)?|фонд(?:а|у|ом|е)?|завод(?:а|у|ом|е)?|комбинат(?:а|у|ом|е)?|групп(?:а|ы|е|у|ой) компаний|телеканал(?:а|у|ом|е)?|издательств(?:о|а|у|ом|е)|объединени(?:е|я|ю|ем|и)))\s+«(\p{Lu}[^«»\n]{0,60})»",
    )
    .expect("valid regex")
});

/// "АО «Атомстройэкспорт»", "агентством «Узатом»", "госкорпорации
/// «Росатом»": a name in quotes after a legal form or a word for a kind of
/// body is that body's name; the quotes and the kind stay outside. Only a
/// capitalised name of up to five words: "проект «зелёный коридор»" names
/// no body.
fn quoted_names(text: &str, out: &mut Vec<Mention>) {
    for c in QUOTED.captures_iter(text) {
        // The kind a word of its own ("АО", not the end of "ПАО" or
        // "Минфина"), checked here: a Unicode `\b` in the pattern would
        // run the slowest engine over every Cyrillic text.
        let (Some(whole), Some(name)) = (c.get(0), c.get(1)) else { continue };
        if !crate::text::starts_word(text, whole.start()) {
            continue;
        }
        if name.as_str().split_whitespace().count() > 5 {
            continue;
        }
        out.push(Mention::new(Kind::Organization, Span::new(name.start(), name.end())));
    }
}

/// "МВД России", "ЦБ Узбекистана": an acronym found before takes the
/// country after it, as a head noun does.
pub(super) fn acronyms_of_countries(text: &str, existing: &[Mention], orgs: &mut [Mention]) {
    for org in orgs.iter_mut() {
        let written = org.span.slice(text);
        if !written.chars().all(|c| c.is_uppercase() && ('\u{400}'..='\u{4FF}').contains(&c)) {
            continue;
        }
        let rest = &text[org.span.end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
        let country = existing.iter().find(|m| {
            m.kind == Kind::Country && m.form == super::Form::Name && gap > 0 && m.span.start == org.span.end + gap
        });
        if let Some(country) = country {
            org.span.end = country.span.end;
        }
    }
}

/// The head noun of a name opening at `toks[i]`, and whether adjectives
/// open it: a capitalised head ("Министерства"), or capitalised adjective
/// then lowercase adjectives and a lowercase head ("Национального банка",
/// "Национальное информационное агентство").
fn head_from(text: &str, toks: &[Token<'_>], i: usize, covered: &dyn Fn(&Token<'_>) -> bool) -> Option<(usize, bool)> {
    let t = &toks[i];
    if !is_capitalized(t.text) || covered(t) {
        return None;
    }
    let lower = crate::text::lowercase(t.text);
    if is_head(&lower) {
        return Some((i, false));
    }
    if !is_adjective(&lower) || COMMON_ADJECTIVES.iter().any(|s| lower.starts_with(s)) {
        return None;
    }
    for j in i + 1..toks.len().min(i + 4) {
        let w = &toks[j];
        if !adjacent(text, &toks[j - 1], w) || !is_lowercase(w.text) || covered(w) {
            return None;
        }
        if is_head(w.text) {
            return Some((j, true));
        }
        if !is_adjective(w.text) {
            return None;
        }
    }
    None
}

fn is_head(lower: &str) -> bool {
    HEADS.iter().any(|(stem, endings)| lower.strip_prefix(stem).is_some_and(|rest| endings.contains(&rest)))
}

fn is_adjective(lower: &str) -> bool {
    lower.chars().count() > 4 && ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// "Союзного государства": a capitalised genitive adjective and the noun
/// it goes with, a name inside the name.
fn is_genitive_name_pair(text: &str, toks: &[Token<'_>], at: usize) -> bool {
    let (Some(adj), Some(noun)) = (toks.get(at), toks.get(at + 1)) else { return false };
    let lower = crate::text::lowercase(adj.text);
    is_capitalized(adj.text)
        && ["ого", "его"].iter().any(|e| lower.ends_with(e))
        && adjacent(text, adj, noun)
        && is_lowercase(noun.text)
        && ["а", "я", "и", "ы"].iter().any(|e| noun.text.ends_with(e))
}

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase() && ('\u{400}'..='\u{4FF}').contains(&c))
        && !word.chars().skip(1).any(char::is_uppercase)
}

fn is_lowercase(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Compiles the patterns ahead of the first text.
pub(super) fn warm_up() {
    LazyLock::force(&QUOTED);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs(text: &str, countries: &[&str]) -> Vec<String> {
        let toks = super::super::names::tokens(text);
        let existing: Vec<Mention> = countries
            .iter()
            .filter_map(|c| text.find(c))
            .map(|at| {
                Mention::new(
                    Kind::Country,
                    Span::new(at, at + countries.iter().find(|c| text[at..].starts_with(**c)).map_or(0, |c| c.len())),
                )
            })
            .collect();
        let mut out = Vec::new();
        recognize(text, &toks, &existing, &mut out);
        out.iter().map(|m| m.span.slice(text).to_string()).collect()
    }

    #[test]
    fn quoted_names_after_a_kind_of_body() {
        assert_eq!(
            orgs("подписали АО «Атомстройэкспорт» и дирекция при агентстве «Узатом».", &[]),
            ["Атомстройэкспорт", "Узатом"]
        );
        assert_eq!(orgs("По данным агентства «Дунё» при МИД", &[]), ["Дунё"]);
        assert!(orgs("проект «зелёный коридор» и программа «Россия»", &[]).is_empty());
    }

    #[test]
    fn names_from_their_heads() {
        assert_eq!(orgs("сообщила пресс-служба Министерства энергетики.", &[]), ["Министерства энергетики"]);
        assert_eq!(
            orgs("следует из данных Центрального банка Узбекистана.", &["Узбекистана"]),
            ["Центрального банка Узбекистана"]
        );
        assert_eq!(orgs("по данным Национального банка республики", &[]), ["Национального банка"]);
        assert_eq!(
            orgs("потенциал Межправительственного комитета по сотрудничеству, а также", &[]),
            ["Межправительственного комитета по сотрудничеству"]
        );
        assert_eq!(
            orgs("на заседании Совета министров Союзного государства в Минске", &[]),
            ["Совета министров Союзного государства"]
        );
        assert_eq!(orgs("председатель Банка России Эльвира Набиуллина", &["России"]), ["Банка России"]);
        assert_eq!(
            orgs("сообщает Национальное информационное агентство Узбекистана (УзА).", &["Узбекистана"]),
            ["Национальное информационное агентство Узбекистана"]
        );
        assert_eq!(
            orgs("присоединиться к Евразийскому экономическому союзу.", &[]),
            ["Евразийскому экономическому союзу"]
        );
        assert_eq!(
            orgs("получила Экологическая партия Узбекистана, а правящая партия", &["Узбекистана"]),
            ["Экологическая партия Узбекистана"]
        );
    }

    #[test]
    fn acronyms_take_their_country() {
        let text = "По данным МВД России, в 2021 году";
        let at = text.find("России").unwrap();
        let existing = [Mention::new(Kind::Country, Span::new(at, at + "России".len()))];
        let mvd = text.find("МВД").unwrap();
        let mut orgs = [Mention::new(Kind::Organization, Span::new(mvd, mvd + "МВД".len()))];
        acronyms_of_countries(text, &existing, &mut orgs);
        assert_eq!(orgs[0].span.slice(text), "МВД России");
    }

    #[test]
    fn not_names() {
        // A head alone, a plural class of bodies, a common adjective, a
        // name-like phrase where a sentence opens without a complement.
        assert!(orgs("Банк сообщил о росте.", &[]).is_empty());
        assert!(orgs("Российские компании и банки", &[]).is_empty());
        assert!(orgs("При этом Каждый комитет работает", &[]).is_empty());
        assert!(orgs("Центральный банк повысил ставку.", &[]).is_empty());
        assert!(orgs("Совет директоров компании одобрил сделку", &[]).is_empty());
        assert!(orgs("Советский Союз одним из первых", &[]).is_empty());
    }
}
