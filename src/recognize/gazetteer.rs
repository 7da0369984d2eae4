//! Knowledge-base names found in text: countries by name, official name,
//! short form and demonym, capital cities, places, seas and regions, in
//! English, Arabic and Russian.
//!
//! One trie over every name of a script, asked for the longest name at
//! each word's start, so that "Nigeria" beats "Niger" and "Guinea-Bissau"
//! beats "Guinea": a name never starts inside a word ("Oman" in "woman"),
//! and the search ends at the first letter no name continues with, where a
//! scan of the whole text would step through every byte of it. A boundary
//! check then ends the name with a word. Matching is case-sensitive:
//! "Turkey" is a country, "turkey" is not. Arabic names may carry a glued
//! proclitic (و ف ب ل ك), which stays outside the span; Russian names are
//! matched in their case forms ("Азербайджана").

use super::{EntityRef, Form, Input, Kind, Mention};
use crate::Span;
use crate::kb::Kb;
use crate::text::Prefixes;
use crate::text::{Shadda, Unmarked};

/// What one pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: Kind,
    form: Form,
    entity: EntityRef,
}

/// The names of one script and their trie.
#[derive(Debug)]
struct Names {
    patterns: Vec<String>,
    entries: Vec<Entry>,
    trie: Prefixes,
}

/// One script's [`Names`], collected and compiled when a text in that
/// script first needs them: an English article never pays for the Russian
/// case forms or the Arabic names.
#[derive(Debug, Default)]
struct Matcher {
    names: std::sync::OnceLock<Names>,
}

impl Names {
    /// The knowledge base's names whose first letter is in `script` (where
    /// the search starts them), in the order that settles ties: every
    /// country's names before any capital, so that a city named like a
    /// country (Djibouti, Kuwait, Singapore) stays a country. A name
    /// listed twice is found as its first entry.
    fn collect(kb: &Kb, script: Script) -> Names {
        let mut names = Names { patterns: Vec::new(), entries: Vec::new(), trie: Prefixes::new::<&str>(&[]) };
        let mut add_entry = |text: &str, entry: Entry| {
            let text = text.trim();
            if !opens_in(text, script) || text.chars().nth(1).is_none() {
                return;
            }
            names.patterns.push(text.to_string());
            names.entries.push(entry);
        };
        let country = |form: Form, index: usize| Entry { kind: Kind::Country, form, entity: EntityRef::Country(index) };
        for (i, c) in kb.countries().iter().enumerate() {
            for (lang, name) in c.name.iter().chain(c.official.iter()) {
                add_entry(name, country(Form::Name, i));
                if lang == "ru" && opens_in(name, script) {
                    for form in russian_noun_forms(name) {
                        add_entry(&form, country(Form::Name, i));
                    }
                }
            }
            for alias in &c.aliases {
                add_entry(&alias.text, country(Form::Name, i));
                if alias.lang == "ru" && opens_in(&alias.text, script) {
                    for form in russian_noun_forms(&alias.text) {
                        add_entry(&form, country(Form::Name, i));
                    }
                }
            }
            for d in &c.demonyms {
                add_entry(&d.text, country(Form::Demonym, i));
                // "Белорусский лидер" opening a sentence.
                if d.lang == "ru" && script == Script::Cyrillic && d.text.starts_with(char::is_lowercase) {
                    add_entry(&crate::text::capitalized(&d.text), country(Form::Demonym, i));
                }
                if d.lang == "ar" && script == Script::Arabic {
                    for plural in arabic_nisba_numbers(&d.text) {
                        add_entry(&plural, country(Form::Demonym, i));
                    }
                }
            }
        }
        // Capitals after every country name, so that a city named like a
        // country (Djibouti, Kuwait, Singapore) stays a country.
        for (i, c) in kb.countries().iter().enumerate() {
            for (p, place) in c.places.iter().enumerate() {
                for (lang, name) in place.iter() {
                    let entry = Entry { kind: Kind::Place, form: Form::Name, entity: EntityRef::Place(i, p) };
                    add_entry(name, entry);
                    if lang == "ru" && opens_in(name, script) {
                        for form in russian_noun_forms(name) {
                            add_entry(&form, entry);
                        }
                    }
                }
            }
            let Some(capital) = &c.capital else { continue };
            for (lang, name) in capital.iter() {
                let entry = Entry { kind: Kind::Place, form: Form::Name, entity: EntityRef::Capital(i) };
                add_entry(name, entry);
                if lang == "ru" && opens_in(name, script) {
                    for form in russian_noun_forms(name) {
                        add_entry(&form, entry);
                    }
                }
            }
        }
        for (i, region) in kb.regions().iter().enumerate() {
            let entry = Entry { kind: Kind::Place, form: Form::Name, entity: EntityRef::Region(i) };
            for (_, name) in region.name.iter() {
                add_entry(name, entry);
            }
            for form in &region.forms {
                add_entry(&form.text, entry);
            }
        }
        names.trie = Prefixes::new(&names.patterns);
        names
    }
}

/// Whether `name` opens with a letter of `script` (a digit or a sign
/// counts as Latin).
fn opens_in(name: &str, script: Script) -> bool {
    name.chars().next().map_or(Script::Latin, script_of_name) == script
}

/// Which script a name or a text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
}

fn script_of(c: char) -> Option<Script> {
    match c as u32 {
        0x0400..=0x04FF => Some(Script::Cyrillic),
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Some(Script::Arabic),
        _ if crate::text::is_letter(c) => Some(Script::Latin),
        _ => None,
    }
}

/// The matcher a name opening with `c` is in: a digit's or a sign's is
/// the Latin one.
fn script_of_name(c: char) -> Script {
    script_of(c).unwrap_or(Script::Latin)
}

/// The compiled matcher over a knowledge base's names, one automaton per
/// script; each script's names are collected and compiled when a text in
/// that script first needs them ([`Gazetteer::warm`] does it ahead).
#[derive(Debug, Default)]
pub struct Gazetteer {
    latin: Matcher,
    cyrillic: Matcher,
    arabic: Matcher,
}

impl Gazetteer {
    /// Collects and compiles the names `text` will be searched for: the
    /// Latin ones, which every text is, and those of the other scripts it
    /// is written in, as the one-article start-up does on another core.
    pub fn warm(&self, kb: &Kb, text: &str) {
        self.names(kb, Script::Latin);
        if crate::text::has_arabic(text) {
            self.names(kb, Script::Arabic);
        }
        if crate::text::has_cyrillic(text) {
            self.names(kb, Script::Cyrillic);
        }
    }

    fn names(&self, kb: &Kb, script: Script) -> &Names {
        let matcher = match script {
            Script::Latin => &self.latin,
            Script::Cyrillic => &self.cyrillic,
            Script::Arabic => &self.arabic,
        };
        matcher.names.get_or_init(|| Names::collect(kb, script))
    }

    /// Adds a mention for every name found in `input.text`, whose word
    /// starts ([`crate::text::word_starts`]) are `starts`. Public for the
    /// benchmark that times it alone.
    pub fn recognize(&self, input: &Input<'_>, starts: &[usize], out: &mut Vec<Mention>) {
        let text = input.text;
        // Vowel marks are written where a word is ambiguous ("عُمان", Oman,
        // beside "عمّان", Amman): in a text that has them, an Arabic word
        // found by the one scan of the text as written is matched in the
        // text without them, and the span mapped back.
        let unmarked = Unmarked::new(text, Shadda::Keep);
        let kb = input.kb;
        let mut searched_to = 0;
        for &from in starts {
            if from < searched_to {
                continue;
            }
            let Some(rest) = text.get(from..) else { continue };
            let (Some(&first), Some(script)) = (rest.as_bytes().first(), rest.chars().next().map(script_of_name))
            else {
                continue;
            };
            // Only the scripts the text is written in have their names
            // collected.
            let names = self.names(kb, script);
            if !names.trie.opens()[first as usize] {
                continue;
            }
            let end = match &unmarked {
                Some(u) if script == Script::Arabic => {
                    Self::match_at(names, input, Some(u), u.stripped(from), out).map(|end| u.original(end))
                }
                _ => Self::match_at(names, input, None, from, out),
            };
            searched_to = end.unwrap_or(searched_to);
        }
    }

    /// Matches the longest of `names` that starts at `from` in the text,
    /// or in `unmarked`, the text without its vowel marks, and adds its
    /// mention if it ends a word. Returns where a match ended.
    fn match_at(
        names: &Names,
        input: &Input<'_>,
        unmarked: Option<&Unmarked>,
        from: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let text = unmarked.map_or(input.text, |u| u.text.as_str());
        let to_original = |at: usize| unmarked.map_or(at, |u| u.original(at));
        let (pattern, len) = names.trie.longest(text.as_bytes().get(from..)?)?;
        let (name_start, name_end) = (from, from + len);
        let Some(entry) = names.entries.get(pattern) else {
            return Some(name_end);
        };
        if !crate::text::ends_word(text, name_end) {
            return Some(name_end);
        }
        // A capitalised Russian adjective is a demonym only where a
        // sentence opens ("Белорусский лидер"); elsewhere it starts a
        // name ("Белорусской АЭС").
        if entry.form == Form::Demonym
            && text[name_start..].starts_with(|c: char| c.is_uppercase() && ('\u{400}'..='\u{4FF}').contains(&c))
            && !text[..name_start].trim_end().ends_with(['.', '!', '?', '\n', '»', '"', '('])
            && !text[..name_start].trim().is_empty()
        {
            return Some(name_end);
        }
        // "US" is the country in running text, the pronoun in a headline
        // set in capitals ("TRUMP TELLS US").
        if &text[name_start..name_end] == "US" && in_capitals(text, name_start, name_end) {
            return Some(name_end);
        }
        // "the Gulf" is a region; "Gulf of Aden" a sea the table lacks,
        // not the region named inside it.
        if matches!(entry.entity, EntityRef::Region(_)) && text[name_end..].starts_with(" of ") {
            return Some(name_end);
        }
        let (mut start, mut end) = (name_start, name_end);
        let mut named_after = None;
        match entry.entity {
            EntityRef::Country(_) => {
                if let Some(state) = arabic_state_word(text, start) {
                    start = state;
                }
            }
            EntityRef::Capital(_) | EntityRef::Place(..) => {
                if let Some((at, to, what)) = named_after_city(text, start, end) {
                    (start, end, named_after) = (at, to, Some(what));
                }
            }
            _ => {}
        }
        let span = Span::new(to_original(start), to_original(end));
        let mut mention = Mention::new(entry.kind, span);
        mention.form = entry.form;
        mention.entity = Some(entry.entity);
        match entry.entity {
            EntityRef::Country(index) => {
                if let Some(country) = input.kb.country(index) {
                    mention.canonical = Some(country.name_en().into());
                    mention.id = Some(country.id.clone().into());
                }
            }
            EntityRef::Capital(index) => {
                mention.canonical =
                    input.kb.country(index).and_then(|c| c.capital.as_ref()?.en.clone()).map(Into::into);
            }
            EntityRef::Place(country, place) => {
                mention.canonical =
                    input.kb.country(country).and_then(|c| c.places.get(place)?.en.clone()).map(Into::into);
            }
            EntityRef::Region(index) => {
                if let Some(region) = input.kb.region(index) {
                    mention.canonical = region.name.en.clone().map(Into::into);
                    mention.id = region.id.clone().map(Into::into);
                }
            }
            EntityRef::Official(_) | EntityRef::Organization(_) | EntityRef::LocalOrganization(_) => {}
        }
        if let Some(what) = named_after {
            // The province or the airport is not the city the knowledge
            // base describes.
            mention.entity = None;
            mention.canonical = mention.canonical.map(|city| format!("{city} {what}")).map(Into::into);
        }
        out.push(mention);
        Some(name_end)
    }
}

/// Whether a word beside `start..end` is in capitals too: a headline or
/// a shouted line, where "US" is as likely "us".
fn in_capitals(text: &str, start: usize, end: usize) -> bool {
    let capitals =
        |w: &str| w.chars().filter(|&c| crate::text::is_letter(c)).count() >= 2 && !w.chars().any(char::is_lowercase);
    let before = text[..start].split_whitespace().next_back().unwrap_or("");
    let after = text[end..].split_whitespace().next().unwrap_or("");
    capitals(before) || capitals(after)
}

/// The sound masculine plurals and the duals of an Arabic nationality
/// adjective, which the data gives in the singular: "اللبناني" →
/// "اللبنانيون", "اللبنانيين" (plural or dual, oblique), "اللبنانيان",
/// "اللبنانيتان", "اللبنانيتين" ("المغنيتان الأمريكيتان"). Broken plurals
/// ("المغاربة") cannot be made.
fn arabic_nisba_numbers(adjective: &str) -> Vec<String> {
    if !adjective.ends_with('\u{64A}') {
        return Vec::new();
    }
    ["ون", "ين", "ان", "تان", "تين"].iter().map(|ending| format!("{adjective}{ending}")).collect()
}

/// The oblique case forms of a Russian country name in the singular:
/// genitive, dative, instrumental, prepositional. Names that do not
/// decline (Катар does; Перу, Того do not) give forms nobody writes, which
/// cost nothing.
fn russian_noun_forms(name: &str) -> Vec<String> {
    let mut words: Vec<&str> = name.split(' ').collect();
    // Multi-word names decline in several words; only the last is handled
    // here, which covers "Южная Корея" poorly but "Республика Азербайджан"
    // in its head noun. Adjective phrases come from the data's aliases.
    let Some(last) = words.pop() else {
        return Vec::new();
    };
    let prefix = if words.is_empty() { String::new() } else { format!("{} ", words.join(" ")) };
    let stem_forms: Vec<String> = if let Some(stem) = last.strip_suffix("ия") {
        ["ии", "ию", "ией"].iter().map(|e| format!("{stem}{e}")).collect()
    } else if let Some(stem) = last.strip_suffix('я') {
        ["и", "е", "ю", "ей"].iter().map(|e| format!("{stem}{e}")).collect()
    } else if let Some(stem) = last.strip_suffix('а') {
        let after_velar = stem.ends_with(['к', 'г', 'х', 'ж', 'ш', 'ч', 'щ']);
        let genitive = if after_velar { "и" } else { "ы" };
        [genitive, "е", "у", "ой"].iter().map(|e| format!("{stem}{e}")).collect()
    } else if let Some(stem) = last.strip_suffix('й') {
        ["я", "ю", "ем", "е"].iter().map(|e| format!("{stem}{e}")).collect()
    } else if let Some(stem) = last.strip_suffix('ь') {
        // Masculine ("Кремль": Кремля) and feminine ("Казань": Казани)
        // alike; the other gender's forms are never written.
        ["я", "ю", "ем", "е", "и", "ью"].iter().map(|e| format!("{stem}{e}")).collect()
    } else if last.ends_with(|c: char| "бвгджзклмнпрстфхцчшщ".contains(c)) {
        ["а", "у", "ом", "е"].iter().map(|e| format!("{last}{e}")).collect()
    } else {
        Vec::new()
    };
    // "Российская Федерация", "Китайская Народная Республика": feminine
    // adjectives before the noun agree with it ("Российской Федерацией",
    // "Китайской Народной Республики"), and so do masculine ones
    // ("Советского Союза", "Советским Союзом").
    if !words.is_empty() && words.iter().all(|w| w.ends_with("ая")) {
        return stem_forms
            .into_iter()
            .map(|f| {
                let accusative = f.ends_with(['ю', 'у']) && !f.ends_with("ою");
                let ending = if accusative { "ую" } else { "ой" };
                let adjectives: Vec<String> =
                    words.iter().map(|w| format!("{}{ending}", w.strip_suffix("ая").unwrap_or(w))).collect();
                format!("{} {f}", adjectives.join(" "))
            })
            .collect();
    }
    let masculine = |w: &str| {
        w.strip_suffix("ий").map(|s| (s.to_string(), true)).or(w.strip_suffix("ый").map(|s| (s.to_string(), false)))
    };
    if !words.is_empty()
        && words.iter().all(|w| masculine(w).is_some())
        && last.ends_with(|c: char| "бвгджзклмнпрстфхцчшщ".contains(c))
    {
        // The noun's forms are genitive, dative, instrumental, prepositional.
        return stem_forms
            .into_iter()
            .enumerate()
            .map(|(case, f)| {
                let adjectives: Vec<String> = words
                    .iter()
                    .filter_map(|w| masculine(w))
                    .map(|(stem, soft)| {
                        let e = ["ого", "ому", if soft { "им" } else { "ым" }, "ом"][case.min(3)];
                        format!("{stem}{e}")
                    })
                    .collect();
                format!("{} {f}", adjectives.join(" "))
            })
            .collect();
    }
    stem_forms.into_iter().map(|f| format!("{prefix}{f}")).collect()
}

/// "منطقة الرياض", "Tashkent region", "مطار أضنة": a city's name with the
/// word for the province or the airport named after it is that place (with
/// "الدولي" after an airport the airports' pattern takes the longer name).
/// Returns the span with the word, and what the place is to the city.
fn named_after_city(text: &str, start: usize, end: usize) -> Option<(usize, usize, &'static str)> {
    const BEFORE: &[(&str, &str)] =
        &[("منطقة", "region"), ("محافظة", "region"), ("ولاية", "region"), ("إقليم", "region"), ("مطار", "airport")];
    const AFTER: &[&str] = &[" region", " Region", " province", " Province", " oblast", " Oblast"];
    let before = text[..start].strip_suffix(' ').unwrap_or("");
    if let Some(&(word, what)) = BEFORE.iter().find(|(w, _)| before.ends_with(w)) {
        let at = before.len() - word.len();
        if crate::text::starts_word(text, at) {
            return Some((at, end, what));
        }
    }
    let after = &text[end..];
    AFTER
        .iter()
        .find(|w| after.starts_with(**w) && crate::text::ends_word(text, end + w.len()))
        .map(|w| (start, end + w.len(), "region"))
}

/// "دولة الإمارات", "سلطنة عُمان", "مملكة البحرين", "جمهورية تركيا": the
/// state word before an Arabic country name is part of its official name.
/// Returns where the name then starts (after a proclitic on the state
/// word: "لسلطنة").
fn arabic_state_word(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].strip_suffix(' ')?;
    let word = ["دولة", "سلطنة", "مملكة", "إمارة", "جمهورية"].into_iter().find(|w| before.ends_with(w))?;
    let at = before.len() - word.len();
    crate::text::starts_word(text, at).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_forms() {
        assert_eq!(
            russian_noun_forms("Азербайджан"),
            ["Азербайджана", "Азербайджану", "Азербайджаном", "Азербайджане"]
        );
        assert_eq!(russian_noun_forms("Россия"), ["России", "Россию", "Россией"]);
        assert_eq!(russian_noun_forms("Турция")[0], "Турции");
        assert_eq!(russian_noun_forms("Америка")[0], "Америки");
        assert!(russian_noun_forms("Перу").is_empty());
        assert!(russian_noun_forms("Кремль").contains(&"Кремле".to_string()));
        assert!(russian_noun_forms("Казань").contains(&"Казани".to_string()));
        assert_eq!(
            russian_noun_forms("Российская Федерация"),
            ["Российской Федерации", "Российскую Федерацию", "Российской Федерацией"]
        );
        assert_eq!(russian_noun_forms("Азербайджанская Республика")[3], "Азербайджанской Республикой");
        assert_eq!(russian_noun_forms("Китайская Народная Республика")[0], "Китайской Народной Республики");
        assert_eq!(
            russian_noun_forms("Советский Союз"),
            ["Советского Союза", "Советскому Союзу", "Советским Союзом", "Советском Союзе"]
        );
    }

    #[test]
    fn every_name_opens_where_the_search_looks() {
        let kb = Kb::embedded();
        let g = Gazetteer::default();
        for script in [Script::Latin, Script::Cyrillic, Script::Arabic] {
            let names = g.names(&kb, script);
            assert!(!names.patterns.is_empty());
            for name in &names.patterns {
                assert_eq!(crate::text::word_starts(name).next(), Some(0), "{name:?}");
                assert!(names.trie.opens()[name.as_bytes()[0] as usize]);
            }
        }
    }

    #[test]
    fn names_start_words() {
        let text = "A woman from Oman, وأذربيجان, Romania's and Ukraine's.";
        let found: Vec<&str> = {
            let kb = Kb::embedded();
            let structure = crate::text::segment(text, false);
            let metadata = crate::text::Metadata::default();
            let input = Input {
                text,
                language: crate::text::Language::En,
                structure: &structure,
                metadata: &metadata,
                published: None,
                kb: &kb,
            };
            let mut out = Vec::new();
            let starts: Vec<usize> = crate::text::word_starts(text).collect();
            Gazetteer::default().recognize(&input, &starts, &mut out);
            out.iter().map(|m| m.span.slice(text)).collect()
        };
        assert_eq!(found, ["Oman", "أذربيجان", "Romania", "Ukraine"]);
    }

    #[test]
    fn us_in_running_text_not_in_a_capitalised_headline() {
        let countries = |text: &str| -> Vec<String> {
            let analysis = crate::analyze(text, &crate::Context::default());
            analysis
                .mentions
                .iter()
                .filter(|m| m.kind == Kind::Country)
                .map(|m| m.span.slice(text).to_string())
                .collect()
        };
        assert_eq!(countries("a cut by the US Federal Reserve and the U.S. economy"), ["US", "U.S."]);
        assert!(countries("TRUMP TELLS US TO WAIT").is_empty());
    }

    /// The countries found in `text`, as written and by English name.
    fn countries_named(text: &str) -> Vec<(String, Option<String>)> {
        crate::analyze(text, &crate::Context::default())
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Country)
            .map(|m| (m.span.slice(text).to_string(), m.canonical.as_deref().map(str::to_string)))
            .collect()
    }

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        pairs.iter().map(|&(text, name)| (text.to_string(), Some(name.to_string()))).collect()
    }

    #[test]
    fn arabic_nationalities_in_the_plural_and_the_dual() {
        assert_eq!(
            countries_named("وقال اللبنانيون إن المسؤولين السعوديين والمغاربة التقوا عمانيين."),
            owned(&[("اللبنانيون", "Lebanon"), ("السعوديين", "Saudi Arabia"), ("عمانيين", "Oman")])
        );
        assert_eq!(
            countries_named("وأحيت الحفل المغنيتان الأمريكيتان واللاعبان المصريان."),
            owned(&[("الأمريكيتان", "United States"), ("المصريان", "Egypt")])
        );
    }

    #[test]
    fn names_with_vowel_marks() {
        assert_eq!(
            countries_named("مذكرة بين وزارة التجارة العُمانية وسلطنة عُمان في عمّان."),
            owned(&[("العُمانية", "Oman"), ("سلطنة عُمان", "Oman")])
        );
    }

    #[test]
    fn provinces_named_after_their_city() {
        let text = "أمير منطقة الرياض ومحافظة القاهرة. The Tashkent region and Samarkand.";
        let analysis = crate::analyze(text, &crate::Context::default());
        let places: Vec<&str> =
            analysis.mentions.iter().filter(|m| m.kind == Kind::Place).map(|m| m.span.slice(text)).collect();
        assert_eq!(places, ["منطقة الرياض", "محافظة القاهرة", "Tashkent region", "Samarkand"]);
    }

    #[test]
    fn airports_named_by_their_city() {
        let text = "هبطت الطائرة في مطار أضنة التركي، وأقلعت بمطار القاهرة الدولي نحو المطار في أربيل.";
        let analysis = crate::analyze(text, &crate::Context::default());
        let places: Vec<(&str, Option<&str>)> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Place)
            .map(|m| (m.span.slice(text), m.canonical.as_deref()))
            .collect();
        assert_eq!(
            places,
            [
                ("مطار أضنة", Some("Adana airport")),
                ("مطار القاهرة الدولي", Some("مطار القاهرة الدولي")),
                ("أربيل", Some("Erbil"))
            ]
        );
    }

    #[test]
    fn boundaries() {
        use crate::text::starts_word;
        assert!(!starts_word("woman", 1));
        assert!(starts_word("(Oman", 1));
        assert!(starts_word("وأذربيجان", "و".len()));
        assert!(starts_word("وبأذربيجان", "وب".len()));
        assert!(!starts_word("سوقطر", "سو".len()));
        assert!(crate::text::ends_word("Azerbaijan's", "Azerbaijan".len()));
        assert!(!crate::text::ends_word("Nigeria", "Niger".len()));
        let text = "زيارة لسلطنة عُمان";
        assert_eq!(arabic_state_word(text, text.find("عُمان").unwrap()), text.find("سلطنة"));
        let text = "وقعت دولة قطر وجمهورية تركيا";
        assert_eq!(arabic_state_word(text, text.find("تركيا").unwrap()), text.find("جمهورية"));
        let text = "في ولاية عُمان";
        assert_eq!(arabic_state_word(text, text.find("عُمان").unwrap()), None);
    }
}
