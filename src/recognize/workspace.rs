//! Names from the workspace overlay: the newsroom's people and
//! organizations, in every spelling it lists. A name the other recognizers
//! found too keeps their reading (and its title) and takes the overlay's
//! canonical name and id; a name they missed is added. A glued Arabic
//! proclitic stays outside the span, as in the gazetteer.

use super::{EntityRef, Form, Input, Kind, Mention};
use crate::Span;
use crate::kb::Overlay;
use aho_corasick::{AhoCorasick, MatchKind};

/// What a pattern of the automaton names.
#[derive(Debug, Clone, Copy)]
enum Target {
    Person(usize),
    Organization(usize, Form),
}

/// An automaton over every name and spelling of one overlay, built the
/// first time an article uses it and kept with its knowledge base.
#[derive(Debug)]
pub struct WorkspaceNames {
    automaton: AhoCorasick,
    targets: Vec<Target>,
}

impl WorkspaceNames {
    /// The matcher for `overlay`, or `None` when it names nothing.
    pub fn build(overlay: &Overlay) -> Option<WorkspaceNames> {
        let mut patterns: Vec<&str> = Vec::new();
        let mut targets = Vec::new();
        for (i, p) in overlay.people.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.spellings).filter(|n| !n.is_empty()) {
                patterns.push(name);
                targets.push(Target::Person(i));
            }
        }
        for (i, o) in overlay.organizations.iter().enumerate() {
            for name in std::iter::once(&o.name).chain(&o.spellings).filter(|n| !n.is_empty()) {
                patterns.push(name);
                targets.push(Target::Organization(i, Form::Name));
            }
            if let Some(acronym) = o.acronym.as_ref().filter(|a| !a.is_empty()) {
                patterns.push(acronym);
                targets.push(Target::Organization(i, Form::Acronym));
            }
        }
        if patterns.is_empty() {
            return None;
        }
        let automaton = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).ok()?;
        Some(WorkspaceNames { automaton, targets })
    }
}

/// Adds or updates mentions for the overlay's names in `found`.
pub(super) fn recognize(input: &Input<'_>, found: &mut Vec<Mention>) {
    let (Some(overlay), Some(m)) = (input.kb.overlay(), input.kb.workspace_names()) else { return };
    let text = input.text;
    for hit in m.automaton.find_iter(text) {
        let span = Span::new(hit.start(), hit.end());
        let ends = text[span.end..].chars().next().is_none_or(|c| !crate::text::is_letter_or_digit(c));
        if !ends || !crate::text::starts_word(text, span.start) {
            continue;
        }
        let (kind, canonical, id, form, entity) = match m.targets[hit.pattern().as_usize()] {
            Target::Person(i) => {
                let p = &overlay.people[i];
                (Kind::Person, p.name.clone(), p.id.clone(), Form::Name, None)
            }
            Target::Organization(i, form) => {
                let o = &overlay.organizations[i];
                (Kind::Organization, o.name.clone(), o.id.clone(), form, Some(EntityRef::LocalOrganization(i)))
            }
        };
        if let Some(same) = found.iter_mut().find(|f| f.span == span && f.kind == kind) {
            same.canonical = Some(canonical.into());
            same.id = Some(id.into());
            same.form = form;
            same.entity = entity.or(same.entity);
            continue;
        }
        let mut mention = Mention::new(kind, span);
        mention.canonical = Some(canonical.into());
        mention.id = Some(id.into());
        mention.form = form;
        mention.entity = entity;
        found.push(mention);
    }
}
