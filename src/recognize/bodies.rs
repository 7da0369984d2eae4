//! Organizations the knowledge base names: international bodies and
//! companies by name or acronym wherever they stand, news agencies where
//! they are cited as a source, and the link of every organization mention
//! to the knowledge base's entry (its id, its English name, its card).

use super::entity_words::MINISTRY_ACRONYMS;
use super::{EntityRef, Form, Input, Kind, Mention};
use crate::Span;
use crate::kb::{Kb, OrgKind};
use crate::text::Prefixes;

/// What a name in the matcher stands for.
#[derive(Debug, Clone, Copy)]
enum Target {
    /// An organization of [`Kb::organizations`]; whether the name is an
    /// acronym.
    Known(usize, bool),
    /// A ministry's acronym, the same in every country ("МИД"): its
    /// index into `MINISTRY_ACRONYMS`.
    Ministry(usize),
}

/// The tries over the knowledge base's organization names, built the
/// first time an article needs them and kept with the knowledge base.
#[derive(Debug)]
pub struct OrgMatcher {
    bodies: Prefixes,
    body_targets: Vec<Target>,
    agencies: Prefixes,
    agency_targets: Vec<usize>,
}

impl OrgMatcher {
    /// The matcher for `kb`'s organizations.
    pub fn build(kb: &Kb) -> OrgMatcher {
        let (mut bodies, mut body_targets) = (Vec::new(), Vec::new());
        let (mut agencies, mut agency_targets) = (Vec::new(), Vec::new());
        for (i, org) in kb.organizations().iter().enumerate() {
            for (name, acronym) in org.written_names() {
                if org.kind == OrgKind::NewsAgency {
                    agencies.push(name);
                    agency_targets.push(i);
                } else {
                    bodies.push(name);
                    body_targets.push(Target::Known(i, acronym));
                }
            }
        }
        for (i, (acronym, _)) in MINISTRY_ACRONYMS.iter().enumerate() {
            bodies.push(acronym);
            body_targets.push(Target::Ministry(i));
        }
        OrgMatcher { bodies: Prefixes::new(&bodies), body_targets, agencies: Prefixes::new(&agencies), agency_targets }
    }
}

/// A body found by name: where, its English name, whether by acronym, and
/// its entry.
#[derive(Debug, Clone)]
pub(super) struct Body {
    pub(super) span: Span,
    pub(super) canonical: String,
    pub(super) acronym: bool,
    pub(super) entity: Option<usize>,
}

impl Body {
    /// The same body where what precedes it grew by `offset` bytes.
    pub(super) fn move_by(&mut self, offset: usize) {
        self.span = Span::new(self.span.start + offset, self.span.end + offset);
    }
}

/// Every whole-word occurrence of a body's name or acronym in `text`, whose
/// word starts are `starts` (an Arabic proclitic allowed before: "وأوبك").
pub(super) fn known_bodies(text: &str, starts: &[usize], kb: &Kb) -> Vec<Body> {
    let matcher = kb.org_matcher();
    let mut out = Vec::new();
    for (name, start, end) in matcher.bodies.find_iter(text, starts) {
        if !crate::text::ends_word(text, end) {
            continue;
        }
        let span = Span::new(start, end);
        let body = match matcher.body_targets.get(name) {
            Some(&Target::Known(i, acronym)) => match kb.organization(i) {
                Some(org) => Body { span, canonical: org.name_en().to_string(), acronym, entity: Some(i) },
                None => continue,
            },
            Some(&Target::Ministry(i)) => match MINISTRY_ACRONYMS.get(i) {
                Some((_, name)) => Body { span, canonical: name.to_string(), acronym: true, entity: None },
                None => continue,
            },
            None => continue,
        };
        out.push(body);
    }
    out
}

/// Whether `start..end` is whole words of `text`, a proclitic allowed
/// before.
pub(super) fn whole(text: &str, start: usize, end: usize) -> bool {
    crate::text::starts_word(text, start) && crate::text::ends_word(text, end)
}

/// Whether a body the knowledge base names starts at `start`, and where
/// its name ends: an Arabic body's name bounds the words the grammar would
/// take after it ("صندوق النقد الدولي التوصل إلى اتفاق").
pub(super) fn body_name_at(text: &str, start: usize, kb: &Kb) -> Option<usize> {
    let rest = text.get(start..)?;
    kb.organizations()
        .iter()
        .filter(|o| o.kind != OrgKind::NewsAgency)
        .flat_map(|o| o.written_names())
        .filter(|(name, _)| rest.starts_with(name))
        .map(|(name, _)| start + name.len())
        .filter(|&end| text[end..].chars().next().is_none_or(|c| !crate::text::is_letter(c)))
        .max()
}

/// News agencies named in attribution: "Trend reports", "BelTA has
/// learned", "according to Reuters", "carried by Kazinform", "(BelTA)",
/// "/ТАСС/", "/Корр. БЕЛТА/", "сообщает ТАСС", "(د ب أ)", "/ وام /",
/// "نقلته فرانس برس". A name that is also a word
/// ("Trend", "Report") counts only there.
pub(super) fn agencies(text: &str, starts: &[usize], kb: &Kb, orgs: &mut Vec<Mention>) {
    const AFTER: &[&str] = &[
        " reports",
        " reported",
        " has learned",
        " has reported",
        " informs",
        " cites",
        " quoted",
        " said",
        " says",
        " writes",
        " сообщает",
        " сообщил",
        " передает",
    ];
    const BEFORE: &[&str] = &[
        "according to ",
        "told ",
        "carried by ",
        "reported by ",
        "cited by ",
        "published by ",
        "сообщает ",
        "передает ",
        "пишет ",
        "по данным ",
        "сообщили ",
        "نقلته ",
        "نقلتها ",
        "نقلا عن ",
        "نقلاً عن ",
        "بحسب ",
        "ذكرت ",
        "أفادت ",
    ];
    let matcher = kb.org_matcher();
    for (name, start, end) in matcher.agencies.find_iter(text, starts) {
        let (before, after) = (&text[..start], &text[end..]);
        let bounded = before.chars().next_back().is_none_or(|c| !crate::text::is_letter_or_digit(c))
            && after.chars().next().is_none_or(|c| !crate::text::is_letter_or_digit(c));
        // "(BelTA)", "/ وام /", and BelTA's own "/Корр. БЕЛТА/".
        let inside = before.strip_suffix("Корр. ").unwrap_or(before);
        let inside = inside.strip_suffix(' ').unwrap_or(inside);
        let wrapped = |open: char, close: char| {
            inside.ends_with(open) && after.strip_prefix(' ').unwrap_or(after).starts_with(close)
        };
        let attributed = AFTER.iter().any(|w| {
            after.starts_with(w) && after[w.len()..].chars().next().is_none_or(|c| !crate::text::is_letter_or_digit(c))
        }) || BEFORE.iter().any(|w| before.ends_with(w));
        let org = matcher.agency_targets.get(name).and_then(|&i| Some((i, kb.organization(i)?)));
        if let Some((i, org)) = org
            && bounded
            && (attributed || wrapped('(', ')') || wrapped('/', '/'))
        {
            let mut mention = Mention::new(Kind::Organization, Span::new(start, end));
            mention.canonical = Some(org.name_en().into());
            mention.entity = Some(EntityRef::Organization(i));
            orgs.push(mention);
        }
    }
}

/// Links each organization mention the knowledge base names, by its text
/// or its canonical name, to the entry: its id and English name. The
/// workspace's own organizations keep their link.
pub(super) fn link(input: &Input<'_>, mentions: &mut [Mention]) {
    let kb = input.kb;
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Organization) {
        if matches!(m.entity, Some(EntityRef::LocalOrganization(_))) {
            continue;
        }
        let index = match m.entity {
            Some(EntityRef::Organization(i)) => Some(i),
            _ => kb
                .organization_named(m.span.slice(input.text))
                .or_else(|| m.canonical.as_deref().and_then(|c| kb.organization_named(c))),
        };
        let Some((i, org)) = index.and_then(|i| Some((i, kb.organization(i)?))) else { continue };
        m.entity = Some(EntityRef::Organization(i));
        m.id = Some(org.stable_id().into());
        m.canonical = Some(org.name_en().into());
        if org.acronyms.iter().any(|a| a == m.span.slice(input.text)) {
            m.form = Form::Acronym;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<(String, String, bool)> {
        let kb = Kb::embedded();
        let starts: Vec<usize> = crate::text::word_starts(text).collect();
        known_bodies(text, &starts, &kb)
            .into_iter()
            .map(|b| (b.span.slice(text).to_string(), b.canonical, b.acronym))
            .collect()
    }

    #[test]
    fn bodies_by_acronym_and_name_in_three_scripts() {
        assert_eq!(
            bodies("OPEC+ and the CSTO met; ОПЕК и ОДКБ; وأوبك"),
            [
                ("OPEC+".into(), "OPEC+".into(), true),
                ("CSTO".into(), "Collective Security Treaty Organization".into(), true),
                ("ОПЕК".into(), "Organization of the Petroleum Exporting Countries".into(), true),
                ("ОДКБ".into(), "Collective Security Treaty Organization".into(), true),
                ("أوبك".into(), "Organization of the Petroleum Exporting Countries".into(), true),
            ]
        );
        let ru = bodies("в рамках Евразийского экономического союза и «Газпрома»");
        assert_eq!(ru[0].1, "Eurasian Economic Union");
        assert_eq!(ru[1].0, "Газпрома");
    }

    #[test]
    fn parts_of_words_and_ministries() {
        assert!(bodies("the UNESCOs and AUDIT, CISCO").is_empty(), "only whole words");
        assert_eq!(bodies("глава МИД")[0].1, "Ministry of Foreign Affairs");
    }

    #[test]
    fn an_arabic_body_bounds_the_words_after_it() {
        let text = "صندوق النقد الدولي التوصل إلى اتفاق";
        assert_eq!(body_name_at(text, 0, &Kb::embedded()), Some("صندوق النقد الدولي".len()));
    }
}
