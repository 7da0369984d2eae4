//! Acronyms an article defines as common nouns: "global depositary receipts
//! (GDRs)". Where the text says what an acronym means, a knowledge-base
//! name spelled the same ("GDR", East Germany) is not what it means.

use super::Mention;
use regex::Regex;
use std::sync::LazyLock;

/// Drops the mentions whose text is an acronym `text` defines from
/// lowercase words, in the singular or the plural.
pub(super) fn drop_redefined(text: &str, found: &mut Vec<Mention>) {
    static DEFINED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([A-Z]{2,6})s?\)").expect("valid regex"));
    if !text.contains('(') {
        return;
    }
    let mut defined: Vec<&str> = Vec::new();
    for c in DEFINED.captures_iter(text) {
        let (Some(paren), Some(acronym)) = (c.get(0), c.get(1)) else { continue };
        let letters = acronym.as_str();
        let words: Vec<&str> = text[..paren.start()].split_whitespace().rev().take(letters.len()).collect();
        let spelled = words.len() == letters.len()
            && words.iter().rev().zip(letters.chars()).all(|(w, l)| {
                w.starts_with(|c: char| c.is_lowercase() && c.to_ascii_uppercase() == l)
                    && w.chars().all(|c| crate::text::is_letter(c) || c == '-')
            });
        if spelled && !defined.contains(&letters) {
            defined.push(letters);
        }
    }
    if defined.is_empty() {
        return;
    }
    found.retain(|m| {
        let said = m.span.slice(text);
        !defined.iter().any(|a| said == *a || said.strip_suffix('s') == Some(a))
    });
}

#[cfg(test)]
mod tests {
    use crate::{Context, Kind, analyze};

    fn countries(text: &str) -> Vec<String> {
        let a = analyze(text, &Context::default());
        a.mentions.iter().filter(|m| m.kind == Kind::Country).map(|m| m.span.slice(text).to_string()).collect()
    }

    #[test]
    fn an_acronym_the_article_defines_is_not_the_knowledge_bases() {
        let text = "Its global depositary receipts (GDRs) rose. Each GDR is four shares.";
        assert!(countries(text).is_empty());
        // Undefined, or defined by a name: the knowledge base's.
        assert_eq!(countries("Berlin was the capital of the GDR."), ["GDR"]);
        assert_eq!(
            countries("the German Democratic Republic (GDR) and the GDR."),
            ["German Democratic Republic", "GDR", "GDR"]
        );
    }
}
