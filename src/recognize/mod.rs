//! Recognizers: each finds one kind of mention in the text. Knowledge-base
//! names (gazetteer), dates, and figures; their word lists live in
//! `lexicon` as data, one table per language.

mod airlines;
mod arabic_names;
mod arabic_orgs;
mod arabic_places;
mod bodies;
mod date;
mod defined_terms;
mod english_places;
mod entity_words;
mod figure;
mod gazetteer;
mod header;
mod hijri;
pub mod lexicon;
mod names;
mod paragraphs;
mod recurring_places;
mod russian_orgs;
mod russian_places;
mod workspace;

use crate::Span;
use crate::kb::Kb;
use crate::text::{Language, Metadata, Structure};
use crate::value::{DateInfo, Figure};
use jiff::civil::Date;

pub use bodies::OrgMatcher;
pub use gazetteer::Gazetteer;
pub(crate) use names::nominative;
pub use paragraphs::ParagraphCache;
pub use workspace::WorkspaceNames;

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person: "Ilham Aliyev".
    Person,
    /// A country, by name or demonym: "Azerbaijan", "Qatari".
    Country,
    /// A city, region or landmark: "Baku".
    Place,
    /// An organization: "BelTA", "Ministry of Economy".
    Organization,
    /// A date or period.
    Date,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A quantity with or without a unit.
    Quantity,
}

impl Kind {
    /// Every kind, in the order of the semantic-token legend.
    pub const ALL: [Kind; 8] = [
        Kind::Person,
        Kind::Country,
        Kind::Place,
        Kind::Organization,
        Kind::Date,
        Kind::Money,
        Kind::Percent,
        Kind::Quantity,
    ];

    /// The contract's name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Country => "country",
            Kind::Place => "place",
            Kind::Organization => "organization",
            Kind::Date => "date",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
        }
    }
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// A name: "Azerbaijan", "Republic of Azerbaijan".
    #[default]
    Name,
    /// A demonym or adjective: "Azerbaijani", "أذربيجاني".
    Demonym,
    /// An acronym: "AZPROMO".
    Acronym,
}

/// What the knowledge base says a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRef {
    /// Index into [`Kb::countries`].
    Country(usize),
    /// The capital of the country at this index into [`Kb::countries`].
    Capital(usize),
    /// A place (country index, index into its `places`).
    Place(usize, usize),
    /// An official, by index into [`Kb::officials`](crate::kb::Kb::officials).
    Official(usize),
    /// An organization the knowledge base names, by index into
    /// [`Kb::organizations`].
    Organization(usize),
    /// An organization of the workspace overlay, by index into its
    /// `organizations`.
    LocalOrganization(usize),
    /// A sea or region of several countries, by index into
    /// [`Kb::regions`].
    Region(usize),
}

/// The normalized value of a mention.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A date or period.
    Date(DateInfo),
    /// Money, percent or quantity.
    Figure(Figure),
}

/// One mention of an entity, a date or a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// What it is.
    pub kind: Kind,
    /// Where it is.
    pub span: Span,
    /// How it names its entity.
    pub form: Form,
    /// The entity's preferred name.
    pub canonical: Option<std::sync::Arc<str>>,
    /// The knowledge-base entity, when linked.
    pub entity: Option<EntityRef>,
    /// The entity's stable id (Wikidata QID where known), when linked.
    pub id: Option<std::sync::Arc<str>>,
    /// The normalized value, for dates and figures.
    pub value: Option<Value>,
    /// For a person, the title or office written before the name
    /// ("Minister of Economy of Azerbaijan"), outside the mention's span.
    pub title: Option<Span>,
}

impl Mention {
    /// A mention with no link and no value.
    pub fn new(kind: Kind, span: Span) -> Mention {
        Mention { kind, span, form: Form::Name, canonical: None, entity: None, id: None, value: None, title: None }
    }

    /// The date information, for a date mention.
    pub fn date(&self) -> Option<&DateInfo> {
        match &self.value {
            Some(Value::Date(d)) => Some(d),
            _ => None,
        }
    }

    /// What makes two mentions the same entity: its kind and its id,
    /// canonical name, normalized value or text, the first that exists.
    pub fn entity_key(&self, text: &str) -> (Kind, String) {
        let value = match &self.value {
            Some(Value::Date(d)) => d.value.as_ref().map(|v| v.to_string()),
            Some(Value::Figure(f)) => Some(format!("{} {}", f.amount, f.unit.as_deref().unwrap_or(""))),
            None => None,
        };
        let key = match self.id.as_deref().or(self.canonical.as_deref()) {
            Some(name) => name.to_string(),
            None => value.unwrap_or_else(|| self.span.slice(text).to_string()),
        };
        (self.kind, key)
    }

    /// The same mention in a text where what precedes it grew by `offset`
    /// bytes: its span, its title's and its date's inner spans moved.
    pub(crate) fn moved(&self, offset: usize) -> Mention {
        let mut m = self.clone();
        m.move_by(offset);
        m
    }

    /// [`Mention::moved`], in place.
    pub(crate) fn move_by(&mut self, offset: usize) {
        let shift = |s: Span| Span::new(s.start + offset, s.end + offset);
        self.span = shift(self.span);
        self.title = self.title.map(shift);
        if let Some(Value::Date(d)) = &mut self.value {
            d.weekday = d.weekday.map(|(w, s)| (w, shift(s)));
            d.anchor = d.anchor.map(|(s, days)| (shift(s), days));
        }
    }

    /// The figure, for money, percent and quantity mentions.
    pub fn figure(&self) -> Option<&Figure> {
        match &self.value {
            Some(Value::Figure(f)) => Some(f),
            _ => None,
        }
    }
}

/// What the recognizers read besides the text.
pub struct Input<'a> {
    /// The article's text.
    pub text: &'a str,
    /// Its language.
    pub language: Language,
    /// Its paragraphs, sentences and non-prose ranges.
    pub structure: &'a Structure,
    /// Header, dateline and byline.
    pub metadata: &'a Metadata,
    /// The publication date, to resolve partial and relative dates.
    pub published: Option<Date>,
    /// The knowledge base.
    pub kb: &'a Kb,
}

/// Does, on another thread, the one-time work the first analysis of `text`
/// with `kb` would otherwise do in sequence: building the knowledge base's
/// name matchers for the scripts `text` is written in, in the order the
/// analysis needs them, reading the officials, and compiling the patterns
/// of the recognizers and checks that run last. The dates' and figures'
/// patterns are [`warm_up_patterns`]' work, on a third. One article is
/// then checked in the longest of the threads, not their sum; later
/// analyses wait for what they need, never redo it.
pub fn warm_up(kb: std::sync::Arc<Kb>, text: std::sync::Arc<str>) {
    let spawned = std::thread::Builder::new().name("copydesk-warm-up".into()).spawn(move || {
        kb.gazetteer().warm(&kb, &text);
        kb.org_matcher();
        names::warm_up();
        english_places::warm_up();
        if crate::text::has_arabic(&text) {
            arabic_names::warm_up();
            arabic_orgs::warm_up();
            arabic_places::warm_up();
        }
        if crate::text::has_cyrillic(&text) {
            russian_orgs::warm_up();
        }
        crate::checks::warm_up();
        kb.officials();
    });
    // Without a thread the first analysis does the same work itself.
    drop(spawned);
}

/// Compiles the patterns of dates and figures that reading `text` in
/// `language` will use, by reading it and dropping what is found.
pub fn warm_up_patterns(text: &str, language: Language) {
    let mut found = Vec::new();
    date::recognize_text(text, language, None, &mut found);
    figure::warm_up();
}

/// Runs every recognizer and returns the mentions sorted by position, with
/// overlaps resolved in favour of the longer mention and mentions inside
/// non-prose ranges (code, URLs, comments) dropped.
pub fn recognize(input: &Input<'_>) -> Vec<Mention> {
    finish(input, read_blocks(input, None))
}

/// What every block of paragraphs holds by itself: recognition's first
/// stage, which reads neither the document's structure nor its metadata,
/// so that the analysis of a long text segments it meanwhile.
pub struct Blocks<'t> {
    found: Vec<Mention>,
    toks: Vec<names::Token<'t>>,
    names: names::BlockNames,
}

/// Reads the blocks of `input.text` (those `cache` does not hold), on two
/// threads when the text is long; `input.structure` and `input.metadata`
/// are not read.
pub fn read_blocks<'t>(input: &Input<'t>, cache: Option<&mut ParagraphCache>) -> Blocks<'t> {
    read_blocks_on(input, input.text.len() >= PARALLEL_FROM, cache)
}

/// [`read_blocks`], on two threads when `parallel`.
fn read_blocks_on<'t>(input: &Input<'t>, parallel: bool, cache: Option<&mut ParagraphCache>) -> Blocks<'t> {
    let (found, toks, names) = paragraphs::recognize(input, parallel, cache);
    Blocks { found, toks, names }
}

/// Recognition's second stage: the document-wide passes over what the
/// blocks hold (the metadata's mentions, coreference, lists, acronyms,
/// overlaps, links).
pub fn finish<'t>(input: &Input<'t>, blocks: Blocks<'t>) -> Vec<Mention> {
    let Blocks { mut found, toks, names: blocks } = blocks;
    header::recognize(input, &mut found);
    found.sort_by_key(|m| m.span);
    let mut named = Vec::new();
    names::recognize(input, &toks, &found, blocks, &mut named);
    // Two sorted runs, which the sort of `resolve_overlaps` merges.
    named.sort_by_key(|m| m.span);
    found.extend(named);
    workspace::recognize(input, &mut found);
    found.retain(|m| !input.structure.is_non_prose(m.span));
    defined_terms::drop_redefined(input.text, &mut found);
    // A person's surname written as a nationality's adjective ("وقال
    // السوداني") was taken for the person's by the names' coreference.
    let surnames: std::collections::HashSet<Span> =
        found.iter().filter(|m| m.kind == Kind::Person).map(|m| m.span).collect();
    found.retain(|m| m.kind != Kind::Country || !surnames.contains(&m.span));
    let mut mentions = resolve_overlaps(found);
    figure::resolve_currencies(&mut mentions, input.kb);
    link_officials(input, &mut mentions);
    bodies::link(input, &mut mentions);
    mentions
}

/// From this many bytes on, paragraphs are read on two threads: below it a
/// thread's start costs more than it saves (a 5 KB article is recognized in
/// a quarter of a millisecond).
pub(crate) const PARALLEL_FROM: usize = 64 * 1024;

/// The mentions found by patterns: dates in both calendars and figures.
fn patterns(input: &Input<'_>) -> Vec<Mention> {
    let mut found = Vec::new();
    date::recognize(input, &mut found);
    hijri::recognize(input.text, &mut found);
    figure::recognize(input, &mut found);
    found
}

/// Links people to the officials the knowledge base knows, by the fullest
/// name the document gives them (so that "Kabir" links through "Sherali
/// Kabir").
fn link_officials(input: &Input<'_>, mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| m.kind == Kind::Person) {
        return;
    }
    let officials = input.kb.officials();
    // A person is named many times; `link` asks the table once per name.
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Person) {
        let name = m.canonical.as_deref().unwrap_or_else(|| m.span.slice(input.text));
        if let Some((i, id)) = officials.link(name) {
            m.entity = Some(EntityRef::Official(i));
            m.id = id;
        }
    }
}

/// Spans merged into sorted disjoint ranges, which [`Covered::holds`]
/// searches once a question: whether a new span overlaps any of them.
pub(super) struct Covered(Vec<Span>);

impl Covered {
    pub(super) fn new(spans: impl IntoIterator<Item = Span>) -> Covered {
        let mut sorted: Vec<Span> = spans.into_iter().collect();
        sorted.sort();
        let mut merged: Vec<Span> = Vec::with_capacity(sorted.len());
        for s in sorted {
            match merged.last_mut() {
                Some(last) if s.start < last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Covered(merged)
    }

    /// Whether `span` overlaps a covered range. O(log n).
    pub(super) fn holds(&self, span: Span) -> bool {
        let i = self.0.partition_point(|m| m.end <= span.start);
        self.0.get(i).is_some_and(|m| m.overlaps(span))
    }
}

/// Keeps, of overlapping mentions, the longest; ties go to the earliest.
fn resolve_overlaps(mut found: Vec<Mention>) -> Vec<Mention> {
    longest_first(&mut found);
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        match kept.last() {
            Some(last) if last.span.overlaps(m.span) => {
                if m.span.len() > last.span.len() {
                    kept.pop();
                    kept.push(m);
                }
            }
            _ => kept.push(m),
        }
    }
    kept
}

/// Sorts by start, the longest first among those that start together, and
/// the same span in the order given: a stable sort by span, then each
/// start's spans reversed. The sort by span finds the runs the mentions
/// come in; a sort by start and length found none and cost a tenth of a
/// re-analysis.
fn longest_first(found: &mut [Mention]) {
    found.sort_by_key(|m| m.span);
    let mut from = 0;
    while from < found.len() {
        let start = found[from].span.start;
        let to = from + found[from..].iter().take_while(|m| m.span.start == start).count();
        if to - from > 1 {
            let group = &mut found[from..to];
            group.reverse();
            // Reversed, one span's mentions are backwards: put them back.
            let mut at = 0;
            while at < group.len() {
                let span = group[at].span;
                let same = group[at..].iter().take_while(|m| m.span == span).count();
                group[at..at + same].reverse();
                at += same;
            }
        }
        from = to;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_first_is_the_stable_sort_by_start_and_length() {
        let spans = [(5, 9), (0, 3), (5, 12), (0, 7), (5, 9), (0, 3), (2, 4), (5, 12)];
        let mut found: Vec<Mention> = spans
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| {
                let mut m = Mention::new(Kind::Place, Span::new(a, b));
                m.canonical = Some(i.to_string().into());
                m
            })
            .collect();
        let mut expected = found.clone();
        expected.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.len().cmp(&a.span.len())));
        longest_first(&mut found);
        assert_eq!(found, expected);
    }

    #[test]
    fn two_threads_find_what_one_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut seeds: Vec<_> =
            std::fs::read_dir(dir).expect("seeds/").filter_map(Result::ok).map(|e| e.path()).collect();
        seeds.sort();
        let mut text = String::new();
        while text.len() < PARALLEL_FROM {
            for seed in &seeds {
                text.push_str(&std::fs::read_to_string(seed).expect("seed"));
                text.push_str("\n\n");
            }
        }
        let structure = crate::text::segment(&text, false);
        let metadata = crate::text::extract_metadata(&text, None);
        let kb = Kb::embedded();
        let input = Input {
            text: &text,
            language: crate::text::detect_language(&text),
            structure: &structure,
            metadata: &metadata,
            published: metadata.published.map(|p| p.date),
            kb: &kb,
        };
        let one = finish(&input, read_blocks_on(&input, false, None));
        assert!(one.len() > 100, "the seeds repeated have many mentions");
        assert_eq!(finish(&input, read_blocks_on(&input, true, None)), one);
    }
}
