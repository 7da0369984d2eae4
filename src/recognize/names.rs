//! People and organizations, found the way a copy editor reads them: by
//! the titles and offices before a name ("Acting Executive Director
//! Abdulrahman Hesham Al-Sowaidi"), the speech verbs after it ("Rashad
//! Nabiyev also stated"), the head nouns that end or open an organization's
//! name ("Development Bank", "Chamber of Commerce and Industry"), acronyms
//! defined in parentheses, and news agencies in attribution ("Trend
//! reports"). Once a person is found, every later mention of the full name
//! or the surname alone is linked to them ("Kabir noted" -> Sherali Kabir).
//!
//! English and Russian here; Arabic, which has no capitals to go by, in
//! `arabic_names`. Word lists live in `entity_words`.

use super::bodies::Body;
use super::entity_words::{
    CHINESE_SURNAMES, COMPANY_WORDS, EN_GIVEN_NAMES, LANDMARK_HEADS, LOWERCASE_TITLES, NAME_PARTICLES, NOT_NAME_WORDS,
    ORG_HEADS, ORG_OPENERS, RU_GIVEN_NAMES, RU_INSTITUTIONS, RU_NAME_ENDINGS, RU_SPEECH_VERBS, RU_TITLE_WORDS,
    RU_WOMEN_GIVEN_NAMES, SPEECH_VERBS, TITLE_WORDS,
};
use super::{Form, Input, Kind, Mention};
use crate::Span;
use crate::text::Language;
use regex::Regex;
// Word lookups hash short strings per token: a fast hasher, not SipHash.
use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

/// A word with its span, and whether a possessive "'s" followed it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'t> {
    pub(super) text: &'t str,
    pub(super) span: Span,
    possessive: bool,
    classes: u16,
}

impl Token<'_> {
    /// The token without its text, to keep while the text changes.
    pub(super) fn stored(&self) -> StoredToken {
        StoredToken { span: self.span, possessive: self.possessive, classes: self.classes }
    }
}

/// A token kept without its text: [`StoredToken::restored`] finds the text
/// again in the document it is part of.
#[derive(Debug, Clone, Copy)]
pub(super) struct StoredToken {
    span: Span,
    possessive: bool,
    classes: u16,
}

impl StoredToken {
    /// The token in `text`, its paragraph starting at `offset`; `None` if
    /// `text` does not hold it (never, for the paragraph it came from).
    pub(super) fn restored(self, text: &str, offset: usize) -> Option<Token<'_>> {
        let span = Span::new(self.span.start + offset, self.span.end + offset);
        let word = text.get(span.start..span.end)?;
        Some(Token { text: word, span, possessive: self.possessive, classes: self.classes })
    }
}

/// Words that may join capitalised words inside one name: "Ministry of
/// Economy", "Commerce and Industry".
const CONNECTORS: &[&str] = &["of", "and", "for", "on", "&"];

/// Particles that belong to the surname after them: "Di Maio", "van Dijk",
/// "دي مايو".
const SURNAME_PARTICLES: &[&str] = &["de", "di", "da", "du", "van", "von", "der", "dos", "le", "la", "دي"];

/// Endings of Russian adjectives in the cases a body's name takes after
/// a title ("Союзного", "Международного", "Государственной").
const ADJECTIVE_ENDINGS: &[&str] = &["ного", "ной", "ному", "ным", "ное", "ная", "ных"];

/// Arabic words that open a forebear's or a family's name inside a
/// person's: what follows them is not the person named shorter.
const ARABIC_LINEAGE: &[&str] = &["بن", "بنت", "ابن", "آل"];

/// Words between a name and its speech verb: "Rashad Nabiyev also stated".
const ADVERBS: &[&str] =
    &["also", "has", "had", "have", "then", "further", "later", "once", "again", "earlier", "previously", "personally"];

/// What a word is, as bits: one lookup per word classifies it for every
/// list at once.
const PARTICLES: u16 = 1;
const NOT_NAME: u16 = 1 << 1;
const TITLES: u16 = 1 << 2;
const JOINERS: u16 = 1 << 3;
const SPEECH: u16 = 1 << 4;
const BETWEEN: u16 = 1 << 5;
const HEADS: u16 = 1 << 6;
const OPENERS: u16 = 1 << 7;
const RU_TITLES: u16 = 1 << 8;
const RU_SPEECH: u16 = 1 << 9;
const GIVEN: u16 = 1 << 10;

/// Keyed by bytes: the lowercased word is looked up from a stack buffer
/// without validating it as UTF-8 again.
static CLASSES: LazyLock<HashMap<&'static [u8], u16>> = LazyLock::new(|| {
    let mut map: HashMap<&'static [u8], u16> = HashMap::new();
    let lists: [(&[&'static str], u16); 11] = [
        (NAME_PARTICLES, PARTICLES),
        (NOT_NAME_WORDS, NOT_NAME),
        (TITLE_WORDS, TITLES),
        (CONNECTORS, JOINERS),
        (SPEECH_VERBS, SPEECH),
        (ADVERBS, BETWEEN),
        (ORG_HEADS, HEADS),
        (ORG_OPENERS, OPENERS),
        (RU_TITLE_WORDS, RU_TITLES),
        (RU_SPEECH_VERBS, RU_SPEECH),
        (EN_GIVEN_NAMES, GIVEN),
    ];
    for (list, bit) in lists {
        for word in list {
            *map.entry(word.as_bytes()).or_default() |= bit;
        }
    }
    map
});

/// The classes of `word`, looked up in lowercase.
fn classify(word: &str) -> u16 {
    // No listed word is longer than this many bytes; lowercased on the
    // stack, since most words are in no list.
    let mut buf = [0u8; 48];
    if word.len() > buf.len() {
        return 0;
    }
    // Arabic has no case and no list holds an Arabic word (a test keeps it
    // so): a fifth of a mixed document's words, answered by their first byte.
    if matches!(word.as_bytes().first(), Some(0xD8..=0xDB)) {
        return 0;
    }
    let mut n = 0;
    if word.is_ascii() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        n = word.len();
    } else {
        for c in word.chars() {
            let mut put = |c: char| {
                if n + c.len_utf8() > buf.len() {
                    return false;
                }
                n += c.encode_utf8(&mut buf[n..]).len();
                true
            };
            let fits = match crate::text::lowercase_fast(c) {
                Some(c) => put(c),
                None => c.to_lowercase().all(put),
            };
            if !fits {
                return 0;
            }
        }
    }
    CLASSES.get(&buf[..n]).copied().unwrap_or(0)
}

/// Whether `word` is in the list `class`.
fn in_list(class: u16, word: &str) -> bool {
    classify(word) & class != 0
}

impl Token<'_> {
    /// Whether the token is in the list `class`.
    fn is(&self, class: u16) -> bool {
        self.classes & class != 0
    }
}

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(word: &str) -> bool {
    // Stops at the first letter that is not a capital: an Arabic or a
    // lowercase word is answered by its first letter.
    let mut capitals = 0;
    for c in word.chars() {
        if c.is_uppercase() {
            capitals += 1;
        } else if crate::text::is_letter(c) {
            return false;
        }
    }
    capitals > 1
}

/// "al-Mahmoud", "el-Sisi": a lowercase particle glued to a capitalised name.
fn is_particle_glued(word: &str) -> bool {
    ["al-", "el-", "bin-", "ibn-"]
        .iter()
        .any(|p| word.starts_with(p) && word[p.len()..].chars().next().is_some_and(char::is_uppercase))
}

/// Splits `text` into words: letters, marks and digits, starting with a
/// letter, with inner hyphens and apostrophes ("Al-Khater", "O'Neill"). A
/// trailing "'s" is cut off and remembered.
pub(super) fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 4);
    out.extend(token_iter(text));
    out
}

/// The words of [`tokens`], one at a time: a reader that stops after a few
/// words (a name after a title) classifies no more.
pub(super) fn token_iter(text: &str) -> impl Iterator<Item = Token<'_>> {
    let bytes = text.as_bytes();
    let is_word = |c: char| crate::text::is_letter_or_digit(c) || unicode_category_mark(c);
    // Read by byte offset, an ASCII byte told by itself and anything else
    // decoded: most of a document's bytes are ASCII, and a peekable
    // character iterator cost a third of the tokenizer.
    let char_at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            match bytes.get(at) {
                Some(b) if b.is_ascii_alphabetic() => break at,
                Some(b) if b.is_ascii() => at += 1,
                _ => {
                    let c = char_at(at)?;
                    if crate::text::is_letter(c) {
                        break at;
                    }
                    at += c.len_utf8();
                }
            }
        };
        let mut end = start;
        loop {
            let c = match bytes.get(end) {
                Some(b) if b.is_ascii_alphanumeric() => {
                    end += 1;
                    continue;
                }
                Some(&b) if b.is_ascii() && !matches!(b, b'-' | b'\'') => break,
                _ => match char_at(end) {
                    Some(c) => c,
                    None => break,
                },
            };
            if is_word(c) {
                end += c.len_utf8();
            } else if matches!(c, '-' | '\'' | '’') && char_at(end + c.len_utf8()).is_some_and(is_word) {
                // Joins only when a word character follows.
                end += c.len_utf8();
            } else {
                break;
            }
        }
        at = end;
        let w = &text[start..end];
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).filter(|s| !s.is_empty());
        Some(match stem {
            Some(stem) => Token {
                text: stem,
                span: Span::new(start, start + stem.len()),
                possessive: true,
                classes: classify(stem),
            },
            None => Token { text: w, span: Span::new(start, end), possessive: false, classes: classify(w) },
        })
    })
}

/// Combining marks (Arabic harakat, accents) belong to the word they sit on.
fn unicode_category_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D)
}

/// Whether only plain spaces separate two tokens.
pub(super) fn adjacent(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    !a.possessive
        && text
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

/// Runs of capitalised words (with connectors and particles between them)
/// inside one sentence: the places where names live. Each is a stretch of
/// `toks`, given as its range.
fn runs(text: &str, toks: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_capitalized(toks[i].text) {
            i += 1;
            continue;
        }
        // "his Uzbek counterpart Shavkat Mirziyoyev", "the president Ilham
        // Aliyev": a title written in lowercase right before the run opens
        // it, so the name after it is found as after "President".
        let lowercase_title =
            i > 0 && LOWERCASE_TITLES.contains(&toks[i - 1].text) && adjacent(text, &toks[i - 1], &toks[i]);
        let from = if lowercase_title { i - 1 } else { i };
        let mut j = i + 1;
        while j < toks.len() && adjacent(text, &toks[j - 1], &toks[j]) {
            let w = toks[j].text;
            let joins = is_capitalized(w)
                || is_particle_glued(w)
                || ((in_list(JOINERS, w) || in_list(PARTICLES, w))
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| adjacent(text, &toks[j], n) && (is_capitalized(n.text) || n.is(PARTICLES))));
            if !joins {
                break;
            }
            j += 1;
        }
        out.push(from..j);
        i = j;
    }
    out
}

/// Whether `s` overlaps any of `sorted` (sorted by position), by one
/// binary search. Exact when the spans do not nest; where they do, an
/// overlap with the inner span alone may go unseen, never one invented.
fn overlaps_sorted(sorted: &[Span], s: Span) -> bool {
    let i = sorted.partition_point(|c| c.end <= s.start);
    sorted.get(i).is_some_and(|c| c.overlaps(s))
}

/// Whether a token could be part of a person's name.
fn name_like(t: &Token<'_>, covered: &dyn Fn(Span) -> bool) -> bool {
    (is_capitalized(t.text) || is_particle_glued(t.text))
        && !is_all_caps(t.text)
        && !t.is(NOT_NAME)
        && !t.is(TITLES)
        && !t.is(JOINERS)
        && !covered(t.span)
}

/// The name starting at `run[from]`: name-like words with particles inside,
/// not ending on a particle; at most nine words with the particles.
fn name_at(run: &[Token<'_>], from: usize, covered: &dyn Fn(Span) -> bool) -> Option<(usize, usize)> {
    let mut end = from;
    while end < run.len() && end - from < 9 {
        let t = &run[end];
        let particle = t.is(PARTICLES) && end > from;
        if !(name_like(t, covered) || particle) {
            break;
        }
        end += 1;
        if t.possessive {
            break;
        }
    }
    while end > from && run[end - 1].is(PARTICLES) && !is_capitalized(run[end - 1].text) {
        end -= 1;
    }
    (end > from).then_some((from, end))
}

fn span_of(run: &[Token<'_>], from: usize, to: usize) -> Span {
    Span::new(run[from].span.start, run[to - 1].span.end)
}

/// What a block of paragraphs names by itself: the people, bodies and
/// landmarks of its runs of capitalised words (a run never crosses a
/// line), the people a speech verb or an office in apposition names (a
/// few adjacent words: never across a blank line), the bodies the
/// knowledge base names, the news agencies in attribution, and the places
/// named by their kind.
#[derive(Debug, Clone, Default)]
pub(super) struct BlockNames {
    pub(super) people: Vec<Mention>,
    /// Kept apart from `people`: the document's pass puts them after every
    /// block's people, in the order the passes ran over the whole text.
    pub(super) spoken: Vec<Mention>,
    pub(super) appositive: Vec<Mention>,
    pub(super) orgs: Vec<Mention>,
    pub(super) places: Vec<Mention>,
    pub(super) bodies: Vec<Body>,
    pub(super) agencies: Vec<Mention>,
    pub(super) by_kind: Vec<Mention>,
}

impl BlockNames {
    /// Appends `other`, found in a block that starts at `offset`.
    pub(super) fn extend_moved(&mut self, other: &BlockNames, offset: usize) {
        self.append_moved(other.clone(), offset);
    }

    /// Appends `other`, found in a block that starts at `offset`, moving
    /// its contents rather than copying them.
    pub(super) fn append_moved(&mut self, mut other: BlockNames, offset: usize) {
        for list in [
            &mut other.people,
            &mut other.spoken,
            &mut other.appositive,
            &mut other.orgs,
            &mut other.places,
            &mut other.agencies,
            &mut other.by_kind,
        ] {
            list.iter_mut().for_each(|m| m.move_by(offset));
        }
        other.bodies.iter_mut().for_each(|b| b.move_by(offset));
        self.people.append(&mut other.people);
        self.spoken.append(&mut other.spoken);
        self.appositive.append(&mut other.appositive);
        self.orgs.append(&mut other.orgs);
        self.places.append(&mut other.places);
        self.bodies.append(&mut other.bodies);
        self.agencies.append(&mut other.agencies);
        self.by_kind.append(&mut other.by_kind);
    }
}

/// What a block, `input.text`, names by itself, given the spans of its
/// countries (sorted), which names do not swallow, and its word starts.
pub(super) fn in_block(input: &Input<'_>, toks: &[Token<'_>], countries: &[Span], starts: &[usize]) -> BlockNames {
    let covered = |s: Span| overlaps_sorted(countries, s);
    let mut found = BlockNames::default();
    let BlockNames { people, spoken, appositive, orgs, places, bodies, agencies, by_kind } = &mut found;
    for range in runs(input.text, toks) {
        let run = &toks[range];
        let from = people.len();
        titled_people(run, &covered, people);
        patronymics(run, &covered, people);
        if input.language == Language::En {
            given_named_people(run, &covered, people);
        }
        known_officials(input, run, &covered, people);
        let named: Vec<Span> = people[from..].iter().map(|p| p.span).collect();
        organizations(run, &covered, &named, orgs);
        acronym_companies(run, &covered, orgs);
        landmarks(run, &named, places);
    }
    spoken_people(input.text, toks, &covered, spoken);
    if input.language != Language::Ar {
        appositive_people(input.text, toks, &covered, appositive);
    }
    *bodies = super::bodies::known_bodies(input.text, starts, input.kb);
    super::bodies::agencies(input.text, starts, input.kb, agencies);
    match input.language {
        Language::En => super::english_places::recognize(input.text, by_kind),
        Language::Ru => super::russian_places::recognize(input.text, by_kind),
        _ => {}
    }
    found
}

/// Adds person and organization mentions. `existing` are the mentions found
/// so far (countries), which names do not swallow; `blocks` what
/// [`in_block`] found in every block.
pub(super) fn recognize(
    input: &Input<'_>,
    toks: &[Token<'_>],
    existing: &[Mention],
    blocks: BlockNames,
    out: &mut Vec<Mention>,
) {
    let text = input.text;
    let country_spans: Vec<Span> = existing.iter().filter(|m| m.kind == Kind::Country).map(|m| m.span).collect();
    let covered = |s: Span| overlaps_sorted(&country_spans, s);
    // The places named by their kind (English or Russian: one language's)
    // join the others where the order of gathering puts them.
    let BlockNames { mut people, spoken, appositive, mut orgs, mut places, mut bodies, agencies, mut by_kind } = blocks;
    widen_small_and_medium(text, &mut orgs);
    people.extend(spoken);
    people.extend(appositive);
    if input.language == Language::Ar {
        super::arabic_names::recognize(text, toks, &covered, &mut people, &mut orgs, &mut places, input.kb);
        super::arabic_orgs::recognize(text, existing, input.kb, &mut orgs);
        super::arabic_orgs::with_club_word(text, &mut bodies);
    }
    if input.language == Language::Ru {
        // "губернатор Санкт-Петербурга Александр Беглов": a city or a body
        // the knowledge base names belongs to the office, as a country does.
        let named: Vec<Span> = existing
            .iter()
            .filter(|m| matches!(m.kind, Kind::Country | Kind::Place | Kind::Organization))
            .map(|m| m.span)
            .collect();
        let known = |s: Span| overlaps_sorted(&named, s);
        russian_people(text, toks, &known, &mut people);
        places.append(&mut by_kind);
    }
    acronyms(text, bodies, &mut orgs);
    orgs.extend(agencies);
    if input.language == Language::Ru {
        let mut seen = existing.to_vec();
        seen.extend(people.iter().cloned());
        super::russian_orgs::recognize(text, toks, &seen, &mut orgs);
        super::russian_orgs::acronyms_of_countries(text, existing, &mut orgs);
    }
    // A name the knowledge base holds as a body's ("«Росатом»" after an
    // office) is no one's name, nor is any later mention of it.
    let bodies = Enclosing::new(
        orgs.iter().filter(|o| matches!(o.entity, Some(super::EntityRef::Organization(_)))).map(|o| o.span),
    );
    people.retain(|p| !bodies.encloses(p.span));
    if input.language != Language::Ar {
        let spans: Vec<Span> = existing.iter().map(|m| m.span).collect();
        let org_spans = super::Covered::new(orgs.iter().map(|o| o.span));
        let taken = |span: Span| overlaps_sorted(&spans, span) || org_spans.holds(span);
        listed_people(text, toks, &taken, &mut people);
    }
    corefer_people(text, toks, &covered, &mut people);
    people.retain(|p| !bodies.encloses(p.span));
    if input.language == Language::En {
        places.append(&mut by_kind);
    }
    // A place named once by its kind is that place where named again bare.
    let taken: Vec<Span> = existing.iter().chain(&people).chain(&orgs).chain(&places).map(|m| m.span).collect();
    let named = std::mem::take(&mut places);
    super::recurring_places::recognize(text, &named, &taken, &mut places);
    places.extend(named);
    out.extend(people);
    out.extend(orgs);
    out.extend(places);
}

/// Spans, to ask whether one of them holds a given span whole: sorted by
/// start, each with the furthest end reached so far, so a question is one
/// binary search (a document has thousands of people and bodies).
struct Enclosing {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl Enclosing {
    fn new(spans: impl IntoIterator<Item = Span>) -> Enclosing {
        let mut sorted: Vec<Span> = spans.into_iter().collect();
        sorted.sort();
        let starts = sorted.iter().map(|s| s.start).collect();
        let reach = sorted
            .iter()
            .scan(0, |far, s| {
                *far = s.end.max(*far);
                Some(*far)
            })
            .collect();
        Enclosing { starts, reach }
    }

    fn encloses(&self, span: Span) -> bool {
        let i = self.starts.partition_point(|&start| start <= span.start);
        i > 0 && self.reach[i - 1] >= span.end
    }
}

/// "Kassym-Jomart Tokayev, Sadyr Japarov, Emomali Rahmon": a name the
/// knowledge base holds as an official's, written in full, is a person's
/// without a title. Only whole names of two to four words are looked up,
/// so a surname that is also a word ("Rahmon") never is.
fn known_officials(input: &Input<'_>, run: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    let text = input.text;
    let mut officials = None;
    let mut i = 0;
    while i + 1 < run.len() {
        let longest = (2..=4.min(run.len() - i)).rev().find(|&len| {
            if !run[i..i + len].iter().all(|t| name_like(t, covered)) {
                return false;
            }
            let name = span_of(run, i, i + len).slice(text);
            // Asked by link, which remembers: the same candidates come
            // back in every article and every edit.
            officials.get_or_insert_with(|| input.kb.officials()).link(name).is_some()
        });
        match longest {
            Some(len) => {
                let span = span_of(run, i, i + len);
                let mut m = Mention::new(Kind::Person, span);
                m.canonical = Some(span.slice(text).into());
                out.push(m);
                i += len;
            }
            None => i += 1,
        }
    }
}

/// "Chairman Orkhan Mammadov", "Minister of Economy of Azerbaijan Mikayil
/// Jabbarov": a name after a title, past the title's "of ..." phrase.
fn titled_people(run: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < run.len() {
        if !run[i].is(TITLES) || run[i].possessive {
            i += 1;
            continue;
        }
        // Skip the rest of the title: more title words, connectors, portfolio
        // words and countries ("of Economy of Azerbaijan").
        let mut j = i + 1;
        while j < run.len() && !name_like(&run[j], covered) {
            if run[j - 1].possessive {
                break;
            }
            j += 1;
        }
        if j < run.len()
            && !run[j - 1].possessive
            && let Some((from, to)) = name_at(run, j, covered)
        {
            if to - from >= 2 {
                let mut m = Mention::new(Kind::Person, span_of(run, from, to));
                m.canonical = Some(run[from..to].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").into());
                // The title reaches back over portfolio words ("Digital
                // Development and Transport Minister"), not over a
                // country or a possessive before it.
                let mut t0 = i;
                while t0 > 0
                    && !run[t0 - 1].possessive
                    && !covered(run[t0 - 1].span)
                    && (run[t0 - 1].is(NOT_NAME) || run[t0 - 1].is(TITLES) || run[t0 - 1].is(JOINERS))
                {
                    t0 -= 1;
                }
                while t0 < i && run[t0].is(JOINERS) {
                    t0 += 1;
                }
                m.title = Some(span_of(run, t0, j));
                out.push(m);
            }
            i = to;
            continue;
        }
        i = j.max(i + 1);
    }
}

/// "Oscar Piastri", "McLaren's Lando Norris": a common given name opening
/// two or three name-like words is a person's name with no title. The
/// name must end its run of capitalised words ("Max Planck Institute" is a
/// body) and open it, or follow a title or a possessive ("bin Hamad Al
/// Khalifa" is a forebear's name inside a longer one).
fn given_named_people(run: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    for i in 0..run.len() {
        let t = &run[i];
        if !t.is(GIVEN) || !is_capitalized(t.text) {
            continue;
        }
        let opens = i == 0 || run[i - 1].possessive || run[i - 1].is(TITLES) || run[i - 1].is(NOT_NAME);
        if !opens {
            continue;
        }
        let Some((from, to)) = name_at(run, i, covered) else { continue };
        if !(2..=3).contains(&(to - from)) || to < run.len() || run[from..to - 1].iter().any(|t| t.possessive) {
            continue;
        }
        let mut m = Mention::new(Kind::Person, span_of(run, from, to));
        m.canonical = Some(run[from..to].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").into());
        out.push(m);
    }
}

/// "Aleksandr Grigorievich": a first name and patronymic, as Russians are
/// addressed.
fn patronymics(run: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    for w in run.windows(2) {
        let patronymic = ["ovich", "evich", "ovna", "evna", "yevich", "ich"].iter().any(|s| w[1].text.ends_with(s));
        if patronymic && w[1].text.chars().count() > 6 && name_like(&w[0], covered) && name_like(&w[1], covered) {
            let mut m = Mention::new(Kind::Person, Span::new(w[0].span.start, w[1].span.end));
            m.canonical = Some(format!("{} {}", w[0].text, w[1].text).into());
            out.push(m);
        }
    }
}

/// "Rashad Nabiyev also stated": two to four name-like words before a
/// speech verb, with nothing else capitalised in between.
fn spoken_people(text: &str, toks: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    for (i, t) in toks.iter().enumerate() {
        // "Asaad bin Tarik Al Said": a capitalised "Said" is a name.
        if !t.is(SPEECH) || is_capitalized(t.text) {
            continue;
        }
        let mut k = i;
        while k > 0 && toks[k - 1].is(BETWEEN) && adjacent(text, &toks[k - 1], &toks[k]) {
            k -= 1;
        }
        let mut start = k;
        while start > 0
            && k - start < 4
            && adjacent(text, &toks[start - 1], &toks[start])
            && name_like(&toks[start - 1], covered)
        {
            start -= 1;
        }
        if start > 0 && adjacent(text, &toks[start - 1], &toks[start]) && is_capitalized(toks[start - 1].text) {
            continue; // Part of a longer capitalised phrase: let the title rule decide.
        }
        if start > 0 && is_determiner(toks[start - 1].text) {
            continue; // "the Amiri Diwan said": a body, not a person.
        }
        if k - start >= 2 && k - start <= 4 {
            let mut m = Mention::new(Kind::Person, Span::new(toks[start].span.start, toks[k - 1].span.end));
            m.canonical = Some(toks[start..k].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").into());
            out.push(m);
        }
    }
}

/// A lowercase article or demonstrative, which a person's name never
/// follows and a body's or a place's often does.
fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "this" | "that")
}

/// Offices that, in apposition after a name, say it is a person's.
const APPOSITIVE_OFFICES: &[&str] = &[
    "minister",
    "president",
    "director",
    "director-general",
    "chairman",
    "chairwoman",
    "chairperson",
    "ambassador",
    "envoy",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "ceo",
    "adviser",
    "advisor",
    "head",
    "chief",
    "commissioner",
    "deputy",
    "undersecretary",
    "representative",
    "senator",
    "lawmaker",
    "leader",
    "vice-president",
    "vice-chairman",
    "prime",
];

/// "Tatiana Proskuryakova, the bank's Director for Central Asia, said",
/// "Carolina Sanchez-Paramo, Director of Strategy": two or three
/// name-like words with an office in apposition after them ("the", a
/// possessive, then the office) are a person's name, with no title before
/// them or speech verb right after.
fn appositive_people(text: &str, toks: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    let word = |t: &Token<'_>| name_like(t, covered) && !t.is(HEADS) && !t.is(OPENERS) && !t.possessive;
    let mut i = 0;
    while i < toks.len() {
        // A name opens a capitalised run, not inside one.
        let inside = i > 0 && adjacent(text, &toks[i - 1], &toks[i]) && is_capitalized(toks[i - 1].text);
        let mut end = i;
        while !inside
            && end < toks.len()
            && end - i < 3
            && word(&toks[end])
            && (end == i || adjacent(text, &toks[end - 1], &toks[end]))
        {
            end += 1;
        }
        if end - i < 2
            || toks.get(end).is_some_and(|t| adjacent(text, &toks[end - 1], t) && is_capitalized(t.text))
            || i > 0 && is_determiner(toks[i - 1].text)
        {
            // "in the North Field, Minister of State ... said": a place
            // with an article, the office a title for the next name.
            i = end.max(i + 1);
            continue;
        }
        let mut k = end;
        let comma = toks.get(k).is_some_and(|t| text.get(toks[end - 1].span.end..t.span.start) == Some(", "));
        if comma && toks.get(k).is_some_and(|t| matches!(t.text, "the" | "a" | "an")) {
            k += 1;
        }
        if comma && toks.get(k).is_some_and(|t| t.possessive && !is_capitalized(t.text)) {
            k += 1;
        }
        let office = toks.get(k).is_some_and(|t| APPOSITIVE_OFFICES.contains(&crate::text::lowercase(t.text).as_str()));
        if comma && office {
            let mut m = Mention::new(Kind::Person, Span::new(toks[i].span.start, toks[end - 1].span.end));
            m.canonical = Some(toks[i..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").into());
            out.push(m);
        }
        i = end;
    }
}

/// Head-final ("Investment Authority", "Digital Development and Transport
/// Ministry") and head-initial ("Chamber of Commerce and Industry")
/// organization names inside a run, cut before any title that follows.
fn organizations(run: &[Token<'_>], covered: &dyn Fn(Span) -> bool, people: &[Span], out: &mut Vec<Mention>) {
    let strong_title = |t: &Token<'_>| t.is(TITLES) && !t.is(NOT_NAME) && !t.is(HEADS);
    let mut start = 0;
    let mut i = 0;
    while i < run.len() {
        let t = &run[i];
        if people.iter().any(|p| p.overlaps(t.span)) {
            // An organization's name never runs through a person's.
            start = i + 1;
            i += 1;
            continue;
        }
        if strong_title(t) {
            start = i + 1;
            i += 1;
            continue;
        }
        // Head-initial: "Ministry of ..." up to a title or the run's end.
        if t.is(OPENERS) && run.get(i + 1).is_some_and(|n| matches!(n.text, "of" | "for" | "on")) && !t.possessive {
            let mut end = i + 2;
            while end < run.len() && !strong_title(&run[end]) && !run[end - 1].possessive {
                // "Ministry of Energy and ACWA Power": an acronym after
                // "and" starts another organization's name.
                if run[end].is(JOINERS) && run.get(end + 1).is_some_and(|n| is_all_caps(n.text) && n.text.len() > 1) {
                    break;
                }
                end += 1;
            }
            while end > i + 2 && run[end - 1].is(JOINERS) {
                end -= 1;
            }
            if end > i + 2 {
                let from = (start..i).find(|&k| name_opener(&run[k])).unwrap_or(i);
                let from = if (from..i).all(|k| covered(run[k].span)) { i } else { from };
                push_org(run, from, end, out);
                start = end;
                i = end;
                continue;
            }
        }
        // Head-final: the stretch since the last title, ending at this head.
        // "Association Board Chairman": a head before a title's own head
        // ("Board Chairman") ends the name.
        let next_is_head = run.get(i + 1).is_some_and(|n| n.is(HEADS) && !t.possessive)
            && !run.get(i + 2).is_some_and(|n| strong_title(n) && !n.is(JOINERS));
        if t.is(HEADS) && !next_is_head && i > start {
            let from = (start..i).find(|&k| name_opener(&run[k])).unwrap_or(i);
            if from < i {
                push_org(run, from, i + 1, out);
            }
            start = i + 1;
        }
        if t.possessive {
            start = i + 1;
        }
        i += 1;
    }
}

/// Whether an organization's name can start at `t`: a capitalised word,
/// not a connector nor the article that opens a sentence ("The World
/// Bank said" names the World Bank).
fn name_opener(t: &Token<'_>) -> bool {
    is_capitalized(t.text) && !t.is(JOINERS) && !matches!(t.text, "The" | "A" | "An")
}

/// "ACWA Power", "TPAO Petroleum": an acronym followed by a company word
/// names a company that writes no legal form. A country's acronym
/// ("USA Energy") is left to the country.
fn acronym_companies(run: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    for (i, pair) in run.windows(2).enumerate() {
        let [acronym, word] = pair else { continue };
        if acronym.text.chars().count() >= 3
            && is_all_caps(acronym.text)
            && !acronym.possessive
            && COMPANY_WORDS.contains(&word.text)
            && !covered(acronym.span)
        {
            push_org(run, i, i + 2, out);
        }
    }
}

/// Capitalised names of parks, airports, squares and zones: "Sumgayit
/// Chemical Industrial Park", "Heydar Aliyev International Airport". Places,
/// not organizations; longer than the city they start with, so they win
/// over it.
fn landmarks(run: &[Token<'_>], people: &[Span], out: &mut Vec<Mention>) {
    let mut start = 0;
    for (i, t) in run.iter().enumerate() {
        if t.possessive || t.is(TITLES) && !t.is(NOT_NAME) {
            start = i + 1;
            continue;
        }
        if !LANDMARK_HEADS.contains(&t.text) || i == start {
            continue;
        }
        let from = (start..i).find(|&k| is_capitalized(run[k].text) && !run[k].is(JOINERS)).unwrap_or(i);
        // "Aliyev Park" alone could be a person's park or a surname and a
        // word; two words before the head, or a name a person took, make it
        // a name.
        let named = people.iter().any(|p| p.start == run[from].span.start);
        if from < i && (i - from >= 2 || named) {
            let span = span_of(run, from, i + 1);
            let mut m = Mention::new(Kind::Place, span);
            m.canonical = Some(run[from..=i].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").into());
            out.push(m);
        }
        start = i + 1;
    }
}

/// "small and Medium Business Development Agency": copy often lowercases
/// the first of a pair of size words; the name starts at it all the same.
fn widen_small_and_medium(text: &str, orgs: &mut [Mention]) {
    for org in orgs.iter_mut() {
        let before = &text[..org.span.start];
        if !org.span.slice(text).starts_with("Medium ") {
            continue;
        }
        let Some(pair) = ["small and ", "micro and ", "micro, small and "].iter().find(|p| before.ends_with(*p)) else {
            continue;
        };
        let start = org.span.start - pair.len();
        if crate::text::starts_word(text, start) {
            org.span.start = start;
            org.canonical = Some(crate::text::capitalized(&text[start..org.span.end]).into());
        }
    }
}

fn push_org(run: &[Token<'_>], from: usize, to: usize, out: &mut Vec<Mention>) {
    let span = span_of(run, from, to);
    let mut m = Mention::new(Kind::Organization, span);
    m.canonical = Some(run[from..to].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").into());
    out.push(m);
}

/// An acronym in parentheses: "(AZPROMO)", "(МИД)", "(قنا)".
static PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,11}|[\p{Arabic}&&\p{L}]{2,8})\)").expect("valid regex"));

/// Compiles the acronyms' pattern ahead of the first text.
pub(super) fn warm_up() {
    LazyLock::force(&PAREN);
}

/// "... Promotion Agency (AZPROMO)": the acronym becomes a mention of the
/// organization before it, here and everywhere else it is used; and the
/// bodies the knowledge base names, by name or acronym ("CIS").
fn acronyms(text: &str, bodies: Vec<Body>, orgs: &mut Vec<Mention>) {
    // Full names first: a body found by its grammar too links to its
    // common name, and so does an acronym defined after it.
    let mut by_span: HashMap<Span, usize> = HashMap::with_capacity(orgs.len());
    for (i, o) in orgs.iter().enumerate() {
        by_span.entry(o.span).or_insert(i);
    }
    for body in bodies.iter().filter(|b| !b.acronym) {
        let entity = body.entity.map(super::EntityRef::Organization);
        match by_span.get(&body.span).and_then(|&i| orgs.get_mut(i)) {
            Some(same) => {
                same.canonical = Some(body.canonical.clone().into());
                same.entity = entity;
            }
            None => {
                let mut mention = Mention::new(Kind::Organization, body.span);
                mention.canonical = Some(body.canonical.clone().into());
                mention.entity = entity;
                orgs.push(mention);
            }
        }
    }
    // Looked up by where they end, the first of each end: searching the
    // list for each parenthesis made a long document's cost grow with
    // its square.
    let mut by_end: HashMap<usize, usize> = HashMap::with_capacity(orgs.len());
    for (i, o) in orgs.iter().enumerate() {
        by_end.entry(o.span.end).or_insert(i);
    }
    let mut defined: Vec<(String, String)> = Vec::new();
    for c in PAREN.captures_iter(text) {
        let (Some(paren), Some(acr)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let before = text[..paren.start()].trim_end();
        let expansion = by_end.get(&before.len()).and_then(|&i| orgs[i].canonical.clone());
        if let Some(expansion) = expansion
            && !defined.iter().any(|(a, _)| a == acr.as_str())
        {
            defined.push((acr.as_str().to_string(), expansion.to_string()));
        }
    }
    let acronym = |span: Span, canonical: String, entity: Option<usize>| {
        let mut mention = Mention::new(Kind::Organization, span);
        mention.form = Form::Acronym;
        mention.canonical = Some(canonical.into());
        mention.entity = entity.map(super::EntityRef::Organization);
        mention
    };
    // In the text's order and apart, as the matcher finds them.
    let mut own_spans = Vec::new();
    if !defined.is_empty() {
        let words: Vec<&str> = defined.iter().map(|(a, _)| a.as_str()).collect();
        let longer = Longer::new(bodies.iter().map(|b| b.span));
        if let Ok(ac) = small_matcher(&words) {
            for m in ac.find_iter(text) {
                let span = Span::new(m.start(), m.end());
                // "أوبك" defined, "أوبك+" written: the longer known name.
                if longer.overlaps(span) {
                    continue;
                }
                own_spans.push(span);
                if super::bodies::whole(text, span.start, span.end) {
                    orgs.push(acronym(span, defined[m.pattern().as_usize()].1.clone(), None));
                }
            }
        }
    }
    for body in bodies.into_iter().filter(|b| b.acronym) {
        // The document's own expansion wins over the common one.
        if !overlaps_sorted(&own_spans, body.span) {
            orgs.push(acronym(body.span, body.canonical, body.entity));
        }
    }
}

/// Spans that may overlap each other, to ask whether one longer than a
/// given span overlaps it: sorted by start, so only the spans that start
/// within the longest one's length before it are read.
struct Longer {
    sorted: Vec<Span>,
    longest: usize,
}

impl Longer {
    fn new(spans: impl IntoIterator<Item = Span>) -> Longer {
        let mut sorted: Vec<Span> = spans.into_iter().collect();
        sorted.sort();
        let longest = sorted.iter().map(|s| s.len()).max().unwrap_or(0);
        Longer { sorted, longest }
    }

    fn overlaps(&self, span: Span) -> bool {
        let from = self.sorted.partition_point(|s| s.start + self.longest <= span.start);
        let to = self.sorted.partition_point(|s| s.start < span.end);
        self.sorted[from..to.max(from)].iter().any(|s| s.overlaps(span) && s.len() > span.len())
    }
}

/// A matcher over a document's own few names, built for every document:
/// a plain automaton builds in a fraction of the time a DFA takes, and a
/// handful of patterns gain nothing from one.
fn small_matcher(patterns: &[&str]) -> Result<aho_corasick::AhoCorasick, aho_corasick::BuildError> {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(patterns)
}

/// Russian names after a title ("с президентом Ильхамом Алиевым") or
/// before a speech verb ("Алиев заявил"): one to three capitalised
/// Cyrillic words. The canonical form is the nominative, by the endings
/// in `RU_NAME_ENDINGS`; every case form of a found surname elsewhere in
/// the text is linked to it ("Алиеву").
fn russian_people(text: &str, toks: &[Token<'_>], covered: &dyn Fn(Span) -> bool, out: &mut Vec<Mention>) {
    let cyrillic_cap = |t: &Token<'_>| {
        t.text.chars().next().is_some_and(|c| c.is_uppercase() && ('\u{0400}'..='\u{04FF}').contains(&c))
            && !is_all_caps(t.text)
    };
    let cyrillic_lower =
        |t: &Token<'_>| t.text.chars().all(|c| c.is_lowercase() && ('\u{0400}'..='\u{04FF}').contains(&c));
    // Arabic names' particles inside a Russian name: "Мухаммедом бен
    // Сальманом Аль Саудом".
    let particle = |t: &Token<'_>| t.is(PARTICLES);
    // Where a name starting at `start` ends: up to three capitalised
    // Cyrillic words, each right after the word before it (`start` > 0),
    // with particles between them.
    // "госкорпорации «Росатом» Алексей Лихачев": a body's name in quotes
    // belongs to the office, and the name follows its closing quote.
    // "(МАГАТЭ) Рафаэль Гросси": so does one in parentheses.
    let quoted = |a: &Token<'_>, b: &Token<'_>| {
        matches!(text.get(a.span.end..b.span.start).map(str::trim), Some("«" | "»" | "(" | ")")) && !a.possessive
    };
    let name_end = |start: usize| {
        let (mut end, mut words) = (start, 0);
        while end < toks.len()
            && (adjacent(text, &toks[end - 1], &toks[end]) || (end == start && quoted(&toks[end - 1], &toks[end])))
        {
            let joins = end > start
                && particle(&toks[end])
                && toks.get(end + 1).is_some_and(|n| cyrillic_cap(n) && !particle(n) && adjacent(text, &toks[end], n));
            if joins {
                end += 1;
            } else if words < 3 && cyrillic_cap(&toks[end]) && !particle(&toks[end]) {
                end += 1;
                words += 1;
            } else {
                break;
            }
        }
        end
    };
    // Where a known name (a country, a place, a body) follows up to three
    // capitalised words from `first`, with a capitalised word after it.
    let body_before_country = |first: usize| {
        let mut j = first;
        while j < toks.len() && j < first + 3 && cyrillic_cap(&toks[j]) && !covered(toks[j].span) {
            if j > first && !adjacent(text, &toks[j - 1], &toks[j]) {
                return None;
            }
            j += 1;
        }
        let known = toks.get(j).filter(|k| j > first && covered(k.span) && adjacent(text, &toks[j - 1], k))?;
        toks.get(j + 1).filter(|n| cyrillic_cap(n) && adjacent(text, known, n)).map(|_| j)
    };
    let mut found: Vec<(Span, Vec<String>)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.is(RU_TITLES) {
            // Past the office ("министр иностранных дел", "министр
            // занятости и трудовых отношений"), a body's acronym ("Глава ЦБ")
            // and the title's country ("президент Азербайджана").
            let mut first = i + 1;
            let mut office_words = 0;
            while first < toks.len()
                && (adjacent(text, &toks[first - 1], &toks[first]) || quoted(&toks[first - 1], &toks[first]))
            {
                // Inside quotes opened since the title: every word of
                // "компании «Аккую Нуклеар»" is the office's.
                let since_title = &text[t.span.end..toks[first].span.start];
                let in_quotes = since_title.rfind('«') > since_title.rfind('»');
                // "Международного агентства по атомной энергии": a body's
                // capitalised adjective before a lowercase noun.
                let body_adjective = cyrillic_cap(&toks[first])
                    && ADJECTIVE_ENDINGS.iter().any(|e| toks[first].text.ends_with(e))
                    && toks.get(first + 1).is_some_and(|n| cyrillic_lower(n) && adjacent(text, &toks[first], n));
                if covered(toks[first].span) {
                    first += 1;
                } else if office_words < 7
                    && ((in_quotes && cyrillic_cap(&toks[first]))
                        || body_adjective
                        || cyrillic_lower(&toks[first])
                        || RU_INSTITUTIONS.contains(&crate::text::lowercase(toks[first].text).as_str())
                        || (is_all_caps(toks[first].text) && toks[first].text.chars().count() <= 8))
                {
                    office_words += 1;
                    first += 1;
                } else if let Some(country) = body_before_country(first) {
                    // "председатель Халк Маслахаты Туркменистана Гурбангулы
                    // Бердымухамедов": capitalised words before the title's
                    // country name its body, not the person.
                    office_words += country - first;
                    first = country;
                } else {
                    break;
                }
            }
            let i = first - 1;
            let end = name_end(i + 1);
            // After office words only a full name is evidence enough.
            let least = if office_words > 0 { 2 } else { 1 };
            // "Совета министров Союзного государства": one capitalised
            // adjective is the start of a name of a body, not a person's.
            let adjective = end == i + 2 && ADJECTIVE_ENDINGS.iter().any(|e| toks[i + 1].text.ends_with(e));
            if end >= i + 1 + least && !adjective {
                found.push((Span::new(toks[i + 1].span.start, toks[end - 1].span.end), base_form(&toks[i + 1..end])));
                // "президенты Владимир Путин и Шавкат Мирзиёев": a plural
                // title names a second full name after "и".
                let plural = ["президенты", "министры", "премьер-министры", "лидеры"]
                    .contains(&crate::text::lowercase(t.text).as_str());
                if plural && toks.get(end).is_some_and(|a| a.text == "и" && adjacent(text, &toks[end - 1], a)) {
                    let second = end + 1;
                    let stop = name_end(second);
                    if stop >= second + 2 {
                        found.push((
                            Span::new(toks[second].span.start, toks[stop - 1].span.end),
                            base_form(&toks[second..stop]),
                        ));
                    }
                }
            }
        } else if t.is(RU_SPEECH) && i > 0 {
            let mut start = i;
            // A country before the name is the title's ("министр
            // иностранных дел России Сергей Лавров заявил").
            while start > 0
                && i - start < 3
                && cyrillic_cap(&toks[start - 1])
                && !covered(toks[start - 1].span)
                && adjacent(text, &toks[start - 1], &toks[start])
            {
                start -= 1;
            }
            // "Министр заявил": a title opening the sentence is no name.
            while start < i && toks[start].is(RU_TITLES) {
                start += 1;
            }
            // "Он напомнил": a pronoun opening the sentence is no name.
            let pronoun =
                i - start == 1 && matches!(toks[start].text, "Он" | "Она" | "Они" | "Мы" | "Я" | "Вы" | "Это");
            if start < i && !pronoun {
                found.push((Span::new(toks[start].span.start, toks[i - 1].span.end), base_form(&toks[start..i])));
            }
        }
    }
    // A given name in any case with a surname after it, no title needed:
    // "с участием Александра Лукашенко, Касым-Жомарта Токаева". The given
    // name may be a place's too (Владимир); the surname must be no other
    // mention, title or institution.
    let given = |w: &str| {
        RU_WOMEN_GIVEN_NAMES.contains(&w)
            || RU_GIVEN_NAMES.contains(&w)
            || RU_GIVEN_NAMES.contains(&nominative(w).as_str())
    };
    let mut i = 0;
    while i + 1 < toks.len() {
        let (t, next) = (&toks[i], &toks[i + 1]);
        let fits = cyrillic_cap(t)
            && cyrillic_cap(next)
            && !covered(next.span)
            && !next.is(RU_TITLES)
            && !RU_INSTITUTIONS.contains(&crate::text::lowercase(next.text).as_str())
            && !found.iter().any(|(s, _)| s.overlaps(t.span) || s.overlaps(next.span))
            && given(t.text);
        let end = if fits { name_end(i + 1) } else { i };
        if end < i + 2 {
            i += 1;
            continue;
        }
        found.push((Span::new(t.span.start, toks[end - 1].span.end), base_form(&toks[i..end])));
        i = end;
    }
    // The fullest nominative of each surname names the person, unless two
    // given names share the surname ("Гурбангулы Бердымухамедов" and his
    // son "Сердар Бердымухамедов"): then each full name is its own, and the
    // surname alone names neither.
    let mut by_surname: HashMap<String, String> = HashMap::new();
    let mut shared: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (_, words) in &found {
        if let Some(last) = words.last() {
            let full = words.join(" ");
            let entry = by_surname.entry(last.clone()).or_insert_with(|| full.clone());
            if words.len() > 1 && entry.contains(' ') && !entry.starts_with(&format!("{} ", words[0])) {
                shared.insert(last.clone());
            }
            if full.len() > entry.len() {
                *entry = full;
            }
        }
    }
    // The names found so far, merged into sorted disjoint ranges, so that
    // each word asks one binary search whether a name already holds it.
    let taken = super::Covered::new(found.iter().map(|(s, _)| *s));
    let held = |s: Span| taken.holds(s);
    for (span, words) in found {
        let mut m = Mention::new(Kind::Person, span);
        m.canonical = match words.last() {
            Some(last) if shared.contains(last) => Some(words.join(" ").into()),
            Some(last) => by_surname.get(last).cloned().map(Into::into),
            None => None,
        };
        out.push(m);
    }
    // Surnames alone, in any case, with the first name when the full name
    // gave it ("Ильхаму Алиеву" after "Ильхам Алиев").
    let mut last_alone: Option<Span> = None;
    for (i, t) in toks.iter().enumerate().filter(|(_, t)| cyrillic_cap(t)) {
        if held(t.span) {
            continue;
        }
        let surname = nominative(t.text);
        if let Some(full) = by_surname.get(&surname) {
            if shared.contains(&surname) {
                let mut m = Mention::new(Kind::Person, t.span);
                m.canonical = Some(surname.into());
                out.push(m);
                continue;
            }
            let first_name = full.split_once(' ').map(|(first, _)| first);
            let span = match i.checked_sub(1).map(|p| &toks[p]) {
                Some(before)
                    if first_name == Some(nominative(before.text).as_str())
                        && adjacent(text, before, t)
                        && !held(before.span)
                        && last_alone.is_none_or(|s| !s.overlaps(before.span)) =>
                {
                    Span::new(before.span.start, t.span.end)
                }
                _ => t.span,
            };
            let mut m = Mention::new(Kind::Person, span);
            m.canonical = Some(full.clone().into());
            last_alone = Some(span);
            out.push(m);
        }
    }
}

/// The base form of a Russian name's words: each in the nominative, but
/// a name opened by a given name as written (in the nominative already)
/// keeps that, and a woman's name keeps every word ("Анастасия
/// Зотеева"): a masculine ending read off a feminine name is a man's.
fn base_form(words: &[Token<'_>]) -> Vec<String> {
    let woman = words.first().is_some_and(|t| RU_WOMEN_GIVEN_NAMES.contains(&t.text));
    words
        .iter()
        .enumerate()
        .map(|(k, t)| {
            if woman || (k == 0 && RU_GIVEN_NAMES.contains(&t.text)) { t.text.to_string() } else { nominative(t.text) }
        })
        .collect()
}

/// The nominative of a masculine Russian name in an oblique case; a word
/// already in the nominative comes back unchanged.
pub(crate) fn nominative(word: &str) -> String {
    for &(ending, replacement) in RU_NAME_ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && (stem.chars().count() >= 3 && stem.chars().last().is_some_and(|c| !"аеёиоуыэюяь".contains(c))
                || !replacement.is_empty() && stem.chars().count() >= 3)
        {
            return format!("{stem}{replacement}");
        }
    }
    word.to_string()
}

/// "Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon", "energy
/// ministers Parviz Shahbazov, Almasadam Satkaliyev and Jurabek
/// Mirzamahmudov": the names listed after a person's, joined by a comma
/// or "and" ("и"), are people's too. A listed name has two to four capitalised
/// words, none a title, a head noun or a common word, none inside another
/// mention, and ends the list item (no capitalised word or "of" after it).
fn listed_people(text: &str, toks: &[Token<'_>], taken: &dyn Fn(Span) -> bool, people: &mut Vec<Mention>) {
    let mut queue: Vec<Span> = people.iter().filter(|p| p.span.slice(text).contains(' ')).map(|p| p.span).collect();
    let mut found: Vec<Span> = Vec::new();
    while let Some(after) = queue.pop() {
        let mut i = toks.partition_point(|t| t.span.start < after.end);
        let Some(gap) = toks.get(i).and_then(|t| text.get(after.end..t.span.start)) else { continue };
        let and = |t: &Token<'_>| t.text == "and" || t.text == "и";
        if !(gap == ", " || gap == " " && and(&toks[i])) {
            continue;
        }
        if and(&toks[i]) {
            i += 1;
            if toks.get(i).is_none_or(|t| !adjacent(text, &toks[i - 1], t)) {
                continue;
            }
        }
        let word = |t: &Token<'_>| name_like(t, taken) && !t.is(HEADS) && !t.is(OPENERS) && !t.possessive;
        let mut end = i;
        while end < toks.len()
            && end - i < 5
            && word(&toks[end])
            && (end == i || adjacent(text, &toks[end - 1], &toks[end]))
        {
            end += 1;
        }
        let len = end - i;
        let next_joins = toks.get(end).is_some_and(|n| {
            adjacent(text, &toks[end - 1], n) && (is_capitalized(n.text) || n.text == "of" || n.is(HEADS))
        });
        if !(2..=4).contains(&len) || next_joins {
            continue;
        }
        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
        if taken(span) || people.iter().map(|p| &p.span).chain(&found).any(|p| p.overlaps(span)) {
            continue;
        }
        found.push(span);
        queue.push(span);
    }
    for span in found {
        let mut m = Mention::new(Kind::Person, span);
        // "Садыром Жапаровым": named in the nominative, as Russian names
        // found by their titles are.
        m.canonical = Some(span.slice(text).split(' ').map(nominative).collect::<Vec<_>>().join(" ").into());
        people.push(m);
    }
}

/// Links later mentions to the people already found: the full name again,
/// or the surname alone ("Kabir noted", "السفير إسماعيلوف"). The longest
/// form found is the canonical name.
fn corefer_people(text: &str, toks: &[Token<'_>], covered: &dyn Fn(Span) -> bool, people: &mut Vec<Mention>) {
    // Each name once, in the order first found.
    let mut full: Vec<String> = Vec::new();
    let mut listed: std::collections::HashSet<&str, foldhash::fast::RandomState> = Default::default();
    for p in people.iter() {
        if let Some(name) = &p.canonical
            && listed.insert(name)
        {
            full.push(name.to_string());
        }
    }
    // A one-word name found by title ("السفير إسماعيلوف") belongs to the
    // fuller name that ends with it.
    // Each name and each of its word-final parts, to the longest name that
    // ends so: one pass, where a search per mention was quadratic on a long
    // document.
    let mut longest: HashMap<&str, &str> = HashMap::new();
    // Word-final parts two people share ("Heydar Aliyev" and his son "Ilham
    // Aliyev"): alone, such a part names neither.
    let mut shared: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for f in &full {
        let ends = std::iter::once(f.as_str()).chain(f.match_indices(' ').map(|(i, _)| &f[i + 1..]));
        for end in ends {
            // "سلمان بن عبدالعزيز آل سعود" inside "محمد بن سلمان بن
            // عبدالعزيز آل سعود" is the father, not the son named shorter.
            let before = f[..f.len() - end.len()].split_whitespace().next_back();
            if before.is_some_and(|w| ARABIC_LINEAGE.contains(&w)) {
                continue;
            }
            // The last of equally long names wins, as it always has.
            let best = longest.entry(end).or_insert(f);
            let one = |a: &str, b: &str| a.ends_with(b) || b.ends_with(a) || a.split(' ').next() == b.split(' ').next();
            if end != f.as_str() && !one(best, f) {
                shared.insert(end);
            }
            if f.len() >= best.len() {
                *best = f;
            }
        }
    }
    for p in people.iter_mut() {
        if let Some(name) = &p.canonical
            && let Some(&best) = longest.get(&**name)
            && best != &**name
            && !shared.contains(&**name)
        {
            p.canonical = Some(best.into());
        }
    }
    let mut forms: Vec<(String, String)> = Vec::new();
    for name in full.iter().filter(|name| !shared.contains(name.as_str())) {
        let canonical = longest.get(name.as_str()).map_or_else(|| name.clone(), |best| best.to_string());
        forms.push((name.clone(), canonical.clone()));
        // "Luigi Di Maio", "لويجي دي مايو": a surname with its particle is
        // written with it alone too ("Di Maio", "دي مايو").
        let words: Vec<&str> = name.split(' ').collect();
        // "Xi Jinping", "Wang Yi": a Chinese name opens with the surname,
        // and the surname alone is the person later ("Xi said").
        if let [first, _] = words[..]
            && CHINESE_SURNAMES.contains(&first)
        {
            forms.push((first.to_string(), canonical));
            continue;
        }
        // "Ursula von der Leyen": every particle before the last name, and
        // the same opening a sentence ("Von der Leyen said").
        let particles = words
            .iter()
            .rev()
            .skip(1)
            .take_while(|w| SURNAME_PARTICLES.contains(&crate::text::lowercase(w).as_str()))
            .count();
        if particles > 0 && words.len() >= particles + 2 {
            let surname = words[words.len() - 1 - particles..].join(" ");
            let opening = crate::text::capitalized(&surname);
            if opening != surname {
                forms.push((opening, canonical.clone()));
            }
            forms.push((surname, canonical));
        } else if let Some(&last) = words.last()
            && last.chars().count() >= 3
            // "تميم بن حمد آل ثاني": after "بن" a forebear's name, after
            // "آل" a family's; alone, "ثاني" is "second".
            && !matches!(words[..], [.., before, _] if ARABIC_LINEAGE.contains(&before))
            && !in_list(NOT_NAME, last)
            && !in_list(PARTICLES, last)
        {
            // "Abdel Fattah al-Sisi" is "Sisi" alone too.
            let bare = ["al-", "Al-", "el-", "El-"].iter().find_map(|p| last.strip_prefix(p));
            if let Some(bare) = bare.filter(|b| b.chars().count() >= 3 && is_capitalized(b)) {
                forms.push((bare.to_string(), canonical.clone()));
            }
            forms.push((last.to_string(), canonical));
        }
    }
    forms.sort();
    forms.dedup();
    if forms.is_empty() {
        return;
    }
    // Forms by their first word: a name starts where a word does, so one
    // lookup per word finds them (an automaton built per document cost more
    // than the rest of the names' recognition).
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    // And the bytes forms open with: most words open with none of them, and
    // are passed over without a lookup.
    let mut opens = [false; 256];
    for (i, (form, _)) in forms.iter().enumerate() {
        let first = form.split(' ').next().unwrap_or(form);
        by_first.entry(first).or_default().push(i);
        if let Some(&b) = form.as_bytes().first() {
            opens[usize::from(b)] = true;
        }
    }
    // The spans already taken, sorted, to test overlaps by binary search.
    let mut taken: Vec<Span> = people.iter().map(|p| p.span).collect();
    taken.sort();
    let overlaps_taken = |span: Span| overlaps_sorted(&taken, span);
    let mut free_from = 0;
    for tok in toks {
        if tok.span.start < free_from {
            continue;
        }
        // "لأردوغان", "وعلييف": an Arabic proclitic glued to the name stays
        // outside the mention.
        // Every proclitic is a letter of the Arabic block's first half.
        let glued = matches!(tok.text.as_bytes().first(), Some(0xD8 | 0xD9));
        if !glued && !tok.text.as_bytes().first().is_some_and(|&b| opens[usize::from(b)]) {
            continue;
        }
        let (start, word) = match by_first.get(tok.text) {
            Some(_) => (tok.span.start, tok.text),
            None if !glued => continue,
            None => match tok.text.strip_prefix(crate::text::ARABIC_PROCLITICS) {
                Some(rest) if rest.chars().count() >= 3 => (tok.span.start + (tok.text.len() - rest.len()), rest),
                _ => continue,
            },
        };
        let Some(candidates) = by_first.get(word) else { continue };
        // The longest form written here, the first listed among equals.
        let mut best: Option<usize> = None;
        for &i in candidates {
            let form = forms[i].0.as_str();
            let end = start + form.len();
            let fits = text[start..].starts_with(form) && super::bodies::whole(text, start, end);
            if fits && best.is_none_or(|b| form.len() > forms[b].0.len()) {
                best = Some(i);
            }
        }
        let Some(i) = best else { continue };
        let span = Span::new(start, start + forms[i].0.len());
        free_from = span.end;
        if (covered(span) && !nisba_surname(text, span)) || overlaps_taken(span) {
            continue;
        }
        let mut mention = Mention::new(Kind::Person, span);
        mention.canonical = Some(forms[i].1.clone().into());
        people.push(mention);
    }
}

/// "وقال السوداني": an Arabic surname the article gave in full ("محمد
/// شياع السوداني") that is also a nationality's adjective is the person's
/// where no definite noun before it takes it as an adjective ("الجانب
/// السوداني" stays a country's).
fn nisba_surname(text: &str, span: Span) -> bool {
    let word = span.slice(text);
    if !word.starts_with("ال") {
        return false;
    }
    let before = text[..span.start].trim_end();
    let previous = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let previous = previous.trim_start_matches(crate::text::ARABIC_PROCLITICS);
    !previous.is_empty() && !previous.starts_with("ال") && previous.chars().all(crate::text::is_letter_or_digit)
}

#[cfg(test)]
mod tests {
    use crate::recognize::Kind;

    #[test]
    fn a_longer_overlapping_span_is_found_as_a_search_of_all_would() {
        // Overlapping, nested, equal and empty spans, in no order.
        let spans: Vec<crate::Span> = [(10, 14), (0, 3), (12, 30), (12, 14), (40, 41), (2, 2), (25, 27), (10, 14)]
            .iter()
            .map(|&(a, b)| crate::Span::new(a, b))
            .collect();
        let longer = super::Longer::new(spans.iter().copied());
        let mut found = 0;
        for start in 0..45 {
            for end in start..45 {
                let span = crate::Span::new(start, end);
                let all = spans.iter().any(|s| s.overlaps(span) && s.len() > span.len());
                assert_eq!(longer.overlaps(span), all, "{span:?}");
                found += usize::from(all);
            }
        }
        assert!(found > 100, "the spans overlap few queries: {found}");
        assert!(!super::Longer::new([]).overlaps(crate::Span::new(0, 5)));
    }

    use crate::{Context, analyze};

    /// The people and organizations found in `text`, and places longer
    /// than a city's name (landmarks), as (kind, text, canonical).
    fn found(text: &str) -> Vec<(&'static str, String, String)> {
        let analysis = analyze(text, &Context::default());
        analysis
            .mentions
            .iter()
            .filter(|m| {
                matches!(m.kind, Kind::Person | Kind::Organization)
                    || m.kind == Kind::Place && m.span.slice(text).chars().count() > 12
            })
            .map(|m| {
                (
                    m.kind.as_str(),
                    m.span.slice(text).to_string(),
                    m.canonical.as_deref().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// `classify` answers an Arabic word by its first byte, which holds
    /// only while no list has one; and the tokenizer keeps hyphens,
    /// apostrophes, marks and digits inside words.
    #[test]
    fn words_are_read_whole_and_arabic_is_in_no_list() {
        assert!(super::CLASSES.keys().all(|w| !matches!(w.first(), Some(0xD8..=0xDB))));
        let words: Vec<(&str, bool)> = super::token_iter("Al-Khater's 3rd O'Neill – مُحمّد, ‘quoted’ Ту-154 -x")
            .map(|t| (t.text, t.possessive))
            .collect();
        assert_eq!(
            words,
            [
                ("Al-Khater", true),
                ("rd", false),
                ("O'Neill", false),
                ("مُحمّد", false),
                ("quoted", false),
                ("Ту-154", false),
                ("x", false)
            ]
        );
    }

    /// Asserts the people found in `text`, each with its canonical name.
    #[track_caller]
    fn check_people(text: &str, expected: &[(&str, Option<&str>)]) {
        let analysis = analyze(text, &Context::default());
        let people: Vec<(&str, Option<&str>)> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Person)
            .map(|m| (m.span.slice(text), m.canonical.as_deref()))
            .collect();
        assert_eq!(people, expected, "in {text:?}");
    }

    #[track_caller]
    fn check(text: &str, expected: &[(&str, &str, &str)]) {
        let got = found(text);
        let want: Vec<(&str, String, String)> =
            expected.iter().map(|&(k, t, c)| (k, t.to_string(), c.to_string())).collect();
        let got: Vec<(&str, String, String)> = got.into_iter().collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn names_after_titles_without_the_title() {
        check("President Ilham Aliyev arrived.", &[("person", "Ilham Aliyev", "Ilham Aliyev")]);
        check(
            "Minister of Economy of Azerbaijan Mikayil Jabbarov met them.",
            &[("person", "Mikayil Jabbarov", "Mikayil Jabbarov")],
        );
        check(
            "Qatar's Municipality and Environment Minister Abdulla bin Abdulaziz bin Turki Al Subaie spoke.",
            &[("person", "Abdulla bin Abdulaziz bin Turki Al Subaie", "Abdulla bin Abdulaziz bin Turki Al Subaie")],
        );
    }

    #[test]
    fn an_acronym_after_and_starts_another_organization() {
        check(
            "It was signed by the Ministry of Energy and ACWA Power on Monday.",
            &[
                ("organization", "Ministry of Energy", "Ministry of Energy"),
                ("organization", "ACWA Power", "ACWA Power"),
            ],
        );
        check(
            "the Ministry of Trade and Industry said",
            &[("organization", "Ministry of Trade and Industry", "Ministry of Trade and Industry")],
        );
    }

    #[test]
    fn organizations_stop_at_titles_and_names() {
        check(
            "Investment Authority Chief Executive Mansour Ibrahim al-Mahmoud and Development Bank Acting Executive Director Abdulrahman Hesham Al-Sowaidi met.",
            &[
                ("organization", "Investment Authority", "Investment Authority"),
                ("person", "Mansour Ibrahim al-Mahmoud", "Mansour Ibrahim al-Mahmoud"),
                ("organization", "Development Bank", "Development Bank"),
                ("person", "Abdulrahman Hesham Al-Sowaidi", "Abdulrahman Hesham Al-Sowaidi"),
            ],
        );
        check(
            "the Chamber of Commerce and Industry First Vice-Chairman",
            &[("organization", "Chamber of Commerce and Industry", "Chamber of Commerce and Industry")],
        );
    }

    #[test]
    fn acronyms_link_to_their_expansion() {
        check(
            "the Export and Investment Promotion Agency (AZPROMO) said. AZPROMO's Head Yusif Abdullayev",
            &[
                ("organization", "Export and Investment Promotion Agency", "Export and Investment Promotion Agency"),
                ("organization", "AZPROMO", "Export and Investment Promotion Agency"),
                ("organization", "AZPROMO", "Export and Investment Promotion Agency"),
                ("person", "Yusif Abdullayev", "Yusif Abdullayev"),
            ],
        );
        // An acronym defined in the text does not cut a longer known one.
        check(
            "واجتمعت منظمة البلدان المصدرة للبترول (أوبك) أمس، ثم اجتمع تحالف أوبك+ اليوم.",
            &[
                ("organization", "منظمة البلدان المصدرة للبترول", "Organization of the Petroleum Exporting Countries"),
                ("organization", "أوبك", "Organization of the Petroleum Exporting Countries"),
                ("organization", "أوبك+", "OPEC+"),
            ],
        );
    }

    #[test]
    fn russian_names_with_arabic_particles() {
        check(
            "переговоры с наследным принцем Саудовской Аравии Мухаммедом бен Сальманом Аль Саудом.",
            &[("person", "Мухаммедом бен Сальманом Аль Саудом", "Мухаммед бен Сальман Аль Сауд")],
        );
    }

    #[test]
    fn officials_the_knowledge_base_holds_need_no_title() {
        check(
            "Kassym-Jomart Tokayev, Emomali Rahmon and Shavkat Mirziyoyev signed. Green Energy Partners said.",
            &[
                ("person", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
                ("person", "Emomali Rahmon", "Emomali Rahmon"),
                ("person", "Shavkat Mirziyoyev", "Shavkat Mirziyoyev"),
            ],
        );
    }

    #[test]
    fn international_bodies_by_full_name_in_arabic_and_russian() {
        check(
            "وقال صندوق النقد الدولي إن منظمة الأقطار العربية المصدرة للبترول (أوابك) وأوابك",
            &[
                ("organization", "صندوق النقد الدولي", "International Monetary Fund"),
                (
                    "organization",
                    "منظمة الأقطار العربية المصدرة للبترول",
                    "Organization of Arab Petroleum Exporting Countries",
                ),
                ("organization", "أوابك", "Organization of Arab Petroleum Exporting Countries"),
                ("organization", "أوابك", "Organization of Arab Petroleum Exporting Countries"),
            ],
        );
        check(
            "страны Евразийского экономического союза и Союзного государства",
            &[
                ("organization", "Евразийского экономического союза", "Eurasian Economic Union"),
                ("organization", "Союзного государства", "Union State"),
            ],
        );
    }

    #[test]
    fn surnames_and_speakers_corefer() {
        check(
            "Minister Sherali Kabir arrived. Kabir noted the growth.",
            &[("person", "Sherali Kabir", "Sherali Kabir"), ("person", "Kabir", "Sherali Kabir")],
        );
        check("Rashad Nabiyev also stated that it grew.", &[("person", "Rashad Nabiyev", "Rashad Nabiyev")]);
        check(
            "President Ursula von der Leyen arrived. Von der Leyen said that von der Leyen would stay.",
            &[
                ("person", "Ursula von der Leyen", "Ursula von der Leyen"),
                ("person", "Von der Leyen", "Ursula von der Leyen"),
                ("person", "von der Leyen", "Ursula von der Leyen"),
            ],
        );
        check(
            "President Xi Jinping sent a letter. Xi said the railway mattered.",
            &[("person", "Xi Jinping", "Xi Jinping"), ("person", "Xi", "Xi Jinping")],
        );
        // A surname that is a nationality's adjective: the person's after
        // a verb, the country's after the noun it describes.
        let text = "رعى دولة السيد محمد شياع السوداني المراسم. وقال السوداني إن الجانب السوداني وافق.";
        let analysis = analyze(text, &Context::default());
        let kinds: Vec<(&str, &str)> = analysis
            .mentions
            .iter()
            .filter(|m| m.span.slice(text).ends_with("السوداني"))
            .map(|m| (m.kind.as_str(), m.span.slice(text)))
            .collect();
        assert_eq!(kinds, [("person", "محمد شياع السوداني"), ("person", "السوداني"), ("country", "السوداني")]);
    }

    #[test]
    fn agencies_in_attribution_only() {
        check("The sides agreed, Trend reports.", &[("organization", "Trend", "Trend News Agency")]);
        check("said in a statement carried by Kazinform.", &[("organization", "Kazinform", "Kazinform")]);
        check("The trend continued.", &[]);
        check("A Trend of growth.", &[]);
        check("4 ноября, Минск /Корр. БЕЛТА/. Президент", &[("organization", "БЕЛТА", "Belarusian Telegraph Agency")]);
        check("في 2 أبريل / وام / اختتم", &[("organization", "وام", "Emirates News Agency")]);
        check("وفق ما نقلته فرانس برس.", &[("organization", "فرانس برس", "Agence France-Presse")]);
    }

    #[test]
    fn arabic_titles() {
        check(
            "ذكر موقع الشرق أن سعادة السيد رشاد إسماعيلوف سفير جمهورية أذربيجان. وتابع السفير إسماعيلوف: نعم",
            &[
                ("organization", "الشرق", "الشرق"),
                ("person", "رشاد إسماعيلوف", "رشاد إسماعيلوف"),
                ("person", "إسماعيلوف", "رشاد إسماعيلوف"),
            ],
        );
        check(
            "وصل الرئيس رجب طيب أردوغان إلى الدوحة. ويضم الوفد المرافق لأردوغان وزير التجارة",
            &[("person", "رجب طيب أردوغان", "رجب طيب أردوغان"), ("person", "أردوغان", "رجب طيب أردوغان")],
        );
        // A father named inside his son's name is another person, and a
        // family's or forebear's name alone no shorter form of either.
        check_people(
            "ولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود، وخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود. وتعد الرياض ثاني مدينة.",
            &[
                ("محمد بن سلمان بن عبدالعزيز آل سعود", Some("محمد بن سلمان بن عبدالعزيز آل سعود")),
                ("سلمان بن عبدالعزيز آل سعود", Some("سلمان بن عبدالعزيز آل سعود")),
            ],
        );
    }

    #[test]
    fn lowercase_titles_and_russian_institutions() {
        check(
            "He held talks with his Uzbek counterpart Shavkat Mirziyoyev in Tashkent.",
            &[("person", "Shavkat Mirziyoyev", "Shavkat Mirziyoyev")],
        );
        check(
            "Председатель Правительства России Михаил Мишустин прибыл в Ташкент.",
            &[("person", "Михаил Мишустин", "Михаил Мишустин")],
        );
        check(
            "15 сентября президенты Владимир Путин и Шавкат Мирзиёев подписали декларацию.",
            &[("person", "Владимир Путин", "Владимир Путин"), ("person", "Шавкат Мирзиёев", "Шавкат Мирзиёев")],
        );
    }

    #[test]
    fn arabic_family_names_after_a_patronymic_chain() {
        check(
            "وقال السيد بدر بن حمد البوسعيدي وزير الخارجية",
            &[("person", "بدر بن حمد البوسعيدي", "بدر بن حمد البوسعيدي")],
        );
        check(
            "واستقبل الشيخ محمد بن ناصر بن جاسم آل ثاني الوفد",
            &[("person", "محمد بن ناصر بن جاسم آل ثاني", "محمد بن ناصر بن جاسم آل ثاني")],
        );
        check("وأكد السفير أحمد الكبير أهمية التعاون", &[("person", "أحمد", "أحمد")]);
        check("ووصل الرئيس المصري عبد الفتاح السيسي إلى مسقط", &[("person", "عبد الفتاح السيسي", "عبد الفتاح السيسي")]);
    }

    #[test]
    fn arabic_outlets_by_newspaper_word_or_reported_site() {
        check("ونقلت صحيفة الراية عن الوزير", &[("organization", "الراية", "الراية")]);
        check("وأضاف أن موقع الوزارة نشر البيان", &[]);
        check("في صحيفة محلية", &[]);
    }

    #[test]
    fn landmarks_and_board_titles() {
        check(
            "They toured the Sumgayit Chemical Industrial Park on Monday.",
            &[("place", "Sumgayit Chemical Industrial Park", "Sumgayit Chemical Industrial Park")],
        );
        check(
            "He met Qatar's Businessmen Association Board Chairman Faisal Bin Qassim Al-Thani.",
            &[
                ("organization", "Businessmen Association", "Businessmen Association"),
                ("person", "Faisal Bin Qassim Al-Thani", "Faisal Bin Qassim Al-Thani"),
            ],
        );
        check(
            "meetings that small and Medium Business Development Agency Chairman Orkhan Mammadov held",
            &[
                (
                    "organization",
                    "small and Medium Business Development Agency",
                    "Small and Medium Business Development Agency",
                ),
                ("person", "Orkhan Mammadov", "Orkhan Mammadov"),
            ],
        );
        check("a walk in the Park.", &[]);
    }

    #[test]
    fn a_given_name_opens_a_name_without_a_title() {
        check(
            "Oscar Piastri won ahead of Mercedes' George Russell. Piastri said the car was fast.",
            &[
                ("person", "Oscar Piastri", "Oscar Piastri"),
                ("person", "George Russell", "George Russell"),
                ("person", "Piastri", "Oscar Piastri"),
            ],
        );
        // A body named after a person, a forebear's name inside a longer
        // name, a given name alone: no person of its own.
        check(
            "He studied at the Max Planck Institute.",
            &[("organization", "Max Planck Institute", "Max Planck Institute")],
        );
        check("Max said it was fine.", &[]);
        check(
            "President Abdel Fattah al-Sisi said on Thursday. Sisi warned.",
            &[("person", "Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi"), ("person", "Sisi", "Abdel Fattah al-Sisi")],
        );
    }

    #[test]
    fn russian_names_in_every_case() {
        check(
            "Президент Ильхам Алиев встретился с премьер-министром Али Асадовым. Алиеву вручили орден. Асадов заявил, что всё хорошо.",
            &[
                ("person", "Ильхам Алиев", "Ильхам Алиев"),
                ("person", "Али Асадовым", "Али Асадов"),
                ("person", "Алиеву", "Ильхам Алиев"),
                ("person", "Асадов", "Али Асадов"),
            ],
        );
        check(
            "Президент Ильхам Алиев прибыл в Москву. Путин вручил Ильхаму Алиеву орден.",
            &[("person", "Ильхам Алиев", "Ильхам Алиев"), ("person", "Ильхаму Алиеву", "Ильхам Алиев")],
        );
        // A father and son: each full name its own, the surname alone
        // neither's.
        check(
            "В ней участвовал председатель Милли Генгеша Туркменистана Гурбангулы Бердымухамедов, \
             а президент Туркменистана Сердар Бердымухамедов выступил. Бердымухамедов отметил успех.",
            &[
                ("person", "Гурбангулы Бердымухамедов", "Гурбангулы Бердымухамедов"),
                ("person", "Сердар Бердымухамедов", "Сердар Бердымухамедов"),
                ("person", "Бердымухамедов", "Бердымухамедов"),
            ],
        );
        assert_eq!(super::nominative("Ильхамом"), "Ильхам");
        assert_eq!(super::nominative("Алиевым"), "Алиев");
        assert_eq!(super::nominative("Александра"), "Александр");
        assert_eq!(super::nominative("Лукашенко"), "Лукашенко");
    }

    #[test]
    fn a_name_with_an_office_in_apposition() {
        check(
            "\"We welcome it,\" Tatiana Proskuryakova, the bank's Director for Central Asia, said. Carolina Sanchez-Paramo, Director of Strategy, added.",
            &[
                ("person", "Tatiana Proskuryakova", "Tatiana Proskuryakova"),
                ("person", "Carolina Sanchez-Paramo", "Carolina Sanchez-Paramo"),
            ],
        );
        // A body's name, a place and a longer run before an office are no
        // person's.
        check("The Silk Road Fund, the head of which spoke.", &[("organization", "Silk Road Fund", "Silk Road Fund")]);
        // A name after an article is a place's or a body's, and the office
        // after it the title of the next name.
        let text = "more gas in the North Field, Minister of State for Energy Affairs Saad Al-Kaabi said, as the Amiri Diwan said.";
        let analysis = analyze(text, &Context::default());
        let people: Vec<&str> =
            analysis.mentions.iter().filter(|m| m.kind == Kind::Person).map(|m| m.span.slice(text)).collect();
        assert_eq!(people, ["Saad Al-Kaabi"]);
    }

    #[test]
    fn russian_given_names_open_a_name_without_a_title() {
        check(
            "Оно прошло с участием Александра Лукашенко, Никола Пашиняна и Касым-Жомарта Токаева.",
            &[
                ("person", "Александра Лукашенко", "Александр Лукашенко"),
                ("person", "Никола Пашиняна", "Никол Пашинян"),
                ("person", "Касым-Жомарта Токаева", "Касым-Жомарт Токаев"),
            ],
        );
        check(
            "Губернатор встретился с Дмитрием Мезенцевым. Затем Мезенцев уехал.",
            &[("person", "Дмитрием Мезенцевым", "Дмитрий Мезенцев"), ("person", "Мезенцев", "Дмитрий Мезенцев")],
        );
        // A given name before a place or a title is no name.
        check("Встреча прошла во Владимире. Александр Президент.", &[]);
    }

    #[test]
    fn an_adjective_after_a_plural_title_is_no_name() {
        // "Союзного государства" is the Union State, not a name; here the
        // council of ministers of it, one body.
        check(
            "на заседании Совета министров Союзного государства в Минске",
            &[("organization", "Совета министров Союзного государства", "")],
        );
        check("в рамках Союзного государства", &[("organization", "Союзного государства", "Union State")]);
    }

    #[test]
    fn russian_titles_past_a_quoted_body_and_a_country() {
        check(
            "Генеральный директор госкорпорации «Росатом» Алексей Лихачев передал паспорт. Лихачев ранее благодарил",
            &[
                ("organization", "Росатом", "Rosatom"),
                ("person", "Алексей Лихачев", "Алексей Лихачев"),
                ("person", "Лихачев", "Алексей Лихачев"),
            ],
        );
        check("Министр иностранных дел России Сергей Лавров заявил", &[("person", "Сергей Лавров", "Сергей Лавров")]);
        // A body the knowledge base names is no one's name after an office.
        check(
            "Глава «Росатома» Алексей Лихачев заявил, что Лихачев и «Росатом» готовы",
            &[
                ("organization", "Росатома", "Rosatom"),
                ("person", "Алексей Лихачев", "Алексей Лихачев"),
                ("person", "Лихачев", "Алексей Лихачев"),
                ("organization", "Росатом", "Rosatom"),
            ],
        );
        // A body of several words in quotes, a body's full name with its
        // acronym in parentheses.
        // A woman's name is in its base form as written.
        check_people(
            "генеральный директор Международного агентства по атомной энергии (МАГАТЭ) Рафаэль Гросси и генеральный директор компании «Аккую Нуклеар» Анастасия Зотеева.",
            &[("Рафаэль Гросси", Some("Рафаэль Гросси")), ("Анастасия Зотеева", Some("Анастасия Зотеева"))],
        );
    }

    #[test]
    fn russian_titles_with_their_office() {
        check(
            "Министр заявил, что переговоры прошли успешно. Министр иностранных дел Джейхун Байрамов прибыл.",
            &[("person", "Джейхун Байрамов", "Джейхун Байрамов")],
        );
        check("После Нового года министр экономики выступил.", &[]);
    }

    #[test]
    fn no_people_in_plain_capitalised_phrases() {
        check("The Middle Corridor project and the Azerbaijani-Pakistani Technology Forum.", &[]);
        check("Unfortunately, the existing conflicts are not solved.", &[]);
    }
}
