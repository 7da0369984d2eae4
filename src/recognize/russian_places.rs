//! Russian places named by the kind of place: regions by their adjective
//! ("Гродненской области", "Краснодарский край", "Тагтабазарского
//! этрапа"), provinces and states by their name ("провинции Гильменд"),
//! settlements after their kind ("в селе Кукуевка", "у сел Беркабер,
//! Воскепар и Баганис") and power plants ("Белорусской АЭС", "АЭС
//! «Аккую»"). The gazetteer knows cities and countries; these are named
//! after them in a form it does not hold.

use super::{Kind, Mention};
use crate::Span;
use crate::text::opens_sentence;
use regex::Regex;
use std::sync::LazyLock;

/// Adds the regions and plants of `text`.
pub(super) fn recognize(text: &str, out: &mut Vec<Mention>) {
    // The adjective of a place ends in "-ск-" or "-цк-" ("Гродненской",
    // "Донецкой"): "Российской" and "Государственной" are left to the
    // names of states and bodies they open.
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"[А-ЯЁ][а-яё]+(?:ск|цк)(?:ая|ой|ую|ий|ого|ом|ому|им)\s+(?:област(?:ь|и|ью)|кра(?:й|я|ю|ем|е)|район(?:а|е|у|ом)?|долин(?:а|ы|е|у|ой)|этрап(?:а|е|у|ом)?|велаят(?:а|е|у|ом)?|вилоят(?:а|е|у|ом)?|АЭС|ГЭС|ТЭС|ТЭЦ)",
        )
        .expect("valid regex")
    });
    // "в деревне Зайцево", "в селе Кукуевка", "в городе Ош": the name
    // after the kind of settlement, whatever its form.
    static SETTLEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:деревн(?:я|и|е|ю|ей)|сел(?:о|а|е|у|ом)|пос[её]л(?:ок|ка|ке|ку|ком)|город(?:а|е|у|ом)?|станиц(?:а|ы|е|у|ей)|аул(?:а|е|у|ом)?|кишлак(?:а|е|у|ом)?|хутор(?:а|е|у|ом)?)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)",
        )
        .expect("valid regex")
    });
    for c in SETTLEMENT.captures_iter(text) {
        // Word edges by hand: a Unicode `\b` in the pattern would run the
        // slowest engine over every Cyrillic text.
        if let (Some(whole), Some(name)) = (c.get(0), c.get(1))
            && crate::text::starts_word(text, whole.start())
            && crate::text::is_bounded(text, name.start(), name.end())
        {
            let mut m = Mention::new(Kind::Place, Span::new(name.start(), name.end()));
            m.canonical = Some(name.as_str().into());
            out.push(m);
        }
    }
    // "провинции Гильменд", "штата Техас": the kind is part of the name.
    static PROVINCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:провинци(?:я|и|ю|ей)|штат(?:а|е|у|ом)?)\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
            .expect("valid regex")
    });
    // "у сел Беркабер, Воскепар и Баганис", "четырех сел Газахского района –
    // Баганис Айрым, Хейримли и Гызылгаджылы": the names listed after the
    // kind in the plural.
    static SETTLEMENTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:сел|сёл|деревень|поселков|кишлаков|аулов|населенных пунктов|населённых пунктов)(?:\s+[А-ЯЁ][а-яё]+(?:ского|цкого) района\s+–)?\s+((?:[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)(?:(?:,\s+|\s+и\s+)[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)+)",
        )
        .expect("valid regex")
    });
    for m in PROVINCE.find_iter(text) {
        if crate::text::starts_word(text, m.start()) && crate::text::ends_word(text, m.end()) {
            out.push(Mention::new(Kind::Place, Span::new(m.start(), m.end())));
        }
    }
    for c in SETTLEMENTS.captures_iter(text) {
        let (Some(whole), Some(list)) = (c.get(0), c.get(1)) else { continue };
        if !crate::text::starts_word(text, whole.start()) || !crate::text::ends_word(text, list.end()) {
            continue;
        }
        let mut at = list.start();
        for name in list.as_str().split(", ").flat_map(|part| part.split(" и ")) {
            let Some(offset) = text[at..list.end()].find(name) else { break };
            let start = at + offset;
            at = start + name.len();
            let mut m = Mention::new(Kind::Place, Span::new(start, at));
            m.canonical = Some(name.into());
            out.push(m);
        }
    }
    // "АЭС «Аккую»", "ГЭС «Камбарата-1»": a plant named in quotes after
    // its kind; the name alone is the place.
    static PLANT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:АЭС|ГЭС|ТЭС|ТЭЦ)\s+«([А-ЯЁ][А-ЯЁа-яё0-9 -]{1,40})»").expect("valid regex"));
    for c in PLANT.captures_iter(text) {
        if let (Some(whole), Some(name)) = (c.get(0), c.get(1))
            && crate::text::starts_word(text, whole.start())
        {
            let mut m = Mention::new(Kind::Place, Span::new(name.start(), name.end()));
            m.canonical = Some(name.as_str().into());
            out.push(m);
        }
    }
    for m in PLACE.find_iter(text) {
        if !crate::text::is_bounded(text, m.start(), m.end())
            || opens_sentence(text, m.start()) && is_demonym(m.as_str())
        {
            continue;
        }
        out.push(Mention::new(Kind::Place, Span::new(m.start(), m.end())));
    }
}

/// Where a sentence opens, a capitalised adjective may be a nationality
/// ("Российский район"): only a region's own adjective is taken there,
/// which a demonym of the knowledge base never is. Checked by the common
/// nationality stems.
fn is_demonym(phrase: &str) -> bool {
    const STEMS: &[&str] = &["Российск", "Белорусск", "Казахстанск", "Узбекистанск", "Азербайджанск", "Китайск"];
    STEMS.iter().any(|s| phrase.starts_with(s)) && !phrase.contains("АЭС")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        recognize(text, &mut out);
        out.iter().map(|m| m.span.slice(text)).collect()
    }

    #[test]
    fn regions_and_plants() {
        assert_eq!(places("сооружена в 18 км от Островца Гродненской области по проекту"), ["Гродненской области"]);
        assert_eq!(places("паспорт Белорусской АЭС, который"), ["Белорусской АЭС"]);
        assert_eq!(places("на энергоблок № 1 АЭС «Аккую», которую"), ["Аккую"]);
        assert_eq!(places("в Краснодарском крае и Ферганской долине"), ["Краснодарском крае", "Ферганской долине"]);
        // Not a place's name: a lowercase adjective, a state's adjective.
        assert!(places("в соседней области и в Российской Федерации").is_empty());
        assert!(places("Российский район не указан").is_empty());
        assert_eq!(places("В деревне Зайцево Гатчинского района"), ["Зайцево", "Гатчинского района"]);
        assert_eq!(places("в селе Усть-Кокса и городе Ош"), ["Усть-Кокса", "Ош"]);
        assert_eq!(
            places("у сел Беркабер, Воскепар и Баганис в Тавушской области"),
            ["Беркабер", "Воскепар", "Баганис", "Тавушской области"]
        );
        assert_eq!(
            places("четырех сел Газахского района – Баганис Айрым, Хейримли и Гызылгаджылы."),
            ["Баганис Айрым", "Хейримли", "Гызылгаджылы", "Газахского района"]
        );
        assert_eq!(
            places("в городе Серхетабат Тагтабазарского этрапа, до провинции Гильменд"),
            ["Серхетабат", "провинции Гильменд", "Тагтабазарского этрапа"]
        );
    }
}
