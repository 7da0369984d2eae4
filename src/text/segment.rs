//! Paragraphs, sentences and the ranges that are not prose.
//!
//! Markdown front matter, fenced code blocks, inline code, HTML comments and
//! URLs carry no claims about the world, so recognizers skip them. Sentence
//! breaks survive abbreviations ("Mr.", "U.S.", "Oct. 9") and initials.

use super::Span;
use crate::recognize::lexicon::ABBREVIATIONS;
use regex::Regex;
use std::sync::LazyLock;

/// The layout of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Structure {
    /// Paragraphs: runs of non-blank lines, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order, each inside one paragraph.
    pub sentences: Vec<Span>,
    /// Ranges that are not prose, sorted and disjoint.
    pub non_prose: Vec<Span>,
}

impl Structure {
    /// Whether `span` overlaps a non-prose range. O(log n).
    pub fn is_non_prose(&self, span: Span) -> bool {
        let i = self.non_prose.partition_point(|r| r.end <= span.start);
        self.non_prose.get(i).is_some_and(|r| r.overlaps(span))
    }

    /// The index of the sentence containing `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences.get(i).filter(|s| s.start <= offset).map(|_| i)
    }
}

static FRONT_MATTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:\u{FEFF})?---[ \t]*\r?\n(?s:.*?)\r?\n---[ \t]*(?:\r?\n|\z)").expect("valid regex")
});
static HTML_COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<!--.*?(?:-->|\z)").expect("valid regex"));
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:https?://|www\.)[^\s<>"'\)\]]+"#).expect("valid regex"));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+\.[\w.]+").expect("valid regex"));
static INLINE_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`[^`\n]+`").expect("valid regex"));

/// The sentences of the paragraphs of earlier versions of a document, by
/// the paragraph's text, each counted from its paragraph's start.
pub type Sentences = super::Pieces<std::sync::Arc<[Span]>>;

/// Segments `text`. `markdown` turns on fenced and inline code.
pub fn segment(text: &str, markdown: bool) -> Structure {
    segment_with(text, markdown, None)
}

/// [`segment`], splitting into sentences only the paragraphs `kept` does
/// not hold from an earlier version; the structure is the same.
pub fn segment_reusing(text: &str, markdown: bool, kept: &mut Sentences) -> Structure {
    segment_with(text, markdown, Some(kept))
}

fn segment_with(text: &str, markdown: bool, kept: Option<&mut Sentences>) -> Structure {
    let mut non_prose = Vec::new();
    if let Some(m) = FRONT_MATTER.find(text) {
        non_prose.push(Span::new(m.start(), m.end()));
    }
    if markdown {
        non_prose.extend(fenced_blocks(text));
        non_prose.extend(INLINE_CODE.find_iter(text).map(|m| Span::new(m.start(), m.end())));
    }
    non_prose.extend(HTML_COMMENT.find_iter(text).map(|m| Span::new(m.start(), m.end())));
    non_prose.extend(URL.find_iter(text).map(|m| Span::new(m.start(), m.end())));
    non_prose.extend(emails(text));
    non_prose.extend(crate::suppress::directive_spans(text));
    let non_prose = merge(non_prose);

    let paragraphs = paragraphs(text, &non_prose);
    let sentences = match kept {
        None => paragraphs.iter().flat_map(|&p| sentences(text, p)).collect(),
        Some(kept) => {
            kept.begin();
            let mut out = Vec::new();
            for &p in &paragraphs {
                let piece = p.slice(text);
                let split = kept.get(piece).unwrap_or_else(|| {
                    let split: std::sync::Arc<[Span]> =
                        sentences(piece, Span::new(0, piece.len())).into_iter().collect();
                    kept.insert(piece, std::sync::Arc::clone(&split));
                    split
                });
                out.extend(split.iter().map(|s| Span::new(s.start + p.start, s.end + p.start)));
            }
            out
        }
    };
    Structure { paragraphs, sentences, non_prose }
}

/// E-mail addresses. The pattern has no literal to search for, so it runs
/// only on the lines that have an `@`: a scan of every position of a long
/// article cost more than the rest of the segmentation.
fn emails(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut searched_to = 0;
    for (at, _) in text.match_indices('@') {
        if at < searched_to {
            continue;
        }
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        out.extend(EMAIL.find_iter(&text[start..end]).map(|m| Span::new(start + m.start(), start + m.end())));
        searched_to = end;
    }
    out
}

/// The lines of `text` as (start, end of content, start of next line),
/// breaking at `\n`, `\r\n` and a lone `\r` as LSP does.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        let rest = &bytes[start..];
        let (end, next) = match memchr::memchr2(b'\n', b'\r', rest) {
            None => (bytes.len(), bytes.len()),
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => (start + i, start + i + 2),
            Some(i) => (start + i, start + i + 1),
        };
        at = next;
        Some((start, end, next))
    })
}

/// Fenced code blocks: from a line opening with three or more backticks or
/// tildes to the line closing with at least as many of the same, or to the
/// end of the text.
fn fenced_blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char, usize)> = None;
    for (start, end, next) in lines(text) {
        let line = &text[start..end];
        let trimmed = line.trim_start_matches([' ', '\t']);
        if line.len() - trimmed.len() > 3 {
            continue;
        }
        let fence_char = match trimmed.chars().next() {
            Some(c @ ('`' | '~')) => c,
            _ => continue,
        };
        let run = trimmed.chars().take_while(|&c| c == fence_char).count();
        if run < 3 {
            continue;
        }
        match open {
            None => open = Some((start, fence_char, run)),
            Some((from, c, n)) if c == fence_char && run >= n && trimmed[run..].trim().is_empty() => {
                out.push(Span::new(from, next));
                open = None;
            }
            Some(_) => {}
        }
    }
    if let Some((from, _, _)) = open {
        out.push(Span::new(from, text.len()));
    }
    out
}

fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// Runs of non-blank lines, trimmed of surrounding whitespace, skipping
/// those wholly inside non-prose ranges.
fn paragraphs(text: &str, non_prose: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (line_start, line_end, _) in lines(text) {
        let content = &text[line_start..line_end];
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, end));
            }
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        if start.is_none() {
            start = Some(line_start + lead);
        }
        end = line_start + content.trim_end().len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, end));
    }
    out.retain(|p| {
        // Non-prose ranges are sorted and disjoint: only the last one
        // starting at or before the paragraph can hold it.
        let i = non_prose.partition_point(|r| r.start <= p.start);
        !(i > 0 && p.end <= non_prose[i - 1].end)
    });
    out
}

/// Sentences of one paragraph. A sentence ends at `.`, `!`, `?`, `؟` or `…`
/// (with any closing quotes or brackets) followed by a space and a
/// sentence start, or at a line break; not after an abbreviation, an
/// initial or a number's decimal point.
fn sentences(text: &str, para: Span) -> Vec<Span> {
    let body = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // Only the few terminators are visited; the characters between them are
    // skipped by the search, not collected.
    while let Some(found) = body[from..].find(['\n', '\r', '.', '!', '?', '؟', '…', '。']) {
        let at = from + found;
        let Some(ch) = body[at..].chars().next() else { break };
        let is_break = ch == '\n' || ch == '\r';
        let mut end = at + ch.len_utf8();
        if !is_break {
            end += body[end..]
                .chars()
                .take_while(|c| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '.'))
                .map(char::len_utf8)
                .sum::<usize>();
        }
        let rest = &body[end..];
        // A line break inside a paragraph ends a sentence unless the next
        // line carries on in lowercase (a soft-wrapped Markdown line).
        let next_starts = if is_break {
            !rest.chars().find(|c| !c.is_whitespace()).is_some_and(char::is_lowercase)
        } else {
            next_starts_sentence(rest)
        };
        if next_starts && !(ch == '.' && ends_with_abbreviation(&body[start..at])) {
            push_trimmed(&mut out, body, start, end, para.start);
            start = end;
        }
        from = end;
    }
    push_trimmed(&mut out, body, start, body.len(), para.start);
    out
}

fn push_trimmed(out: &mut Vec<Span>, body: &str, start: usize, end: usize, base: usize) {
    let piece = &body[start..end];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    let s = base + start + lead;
    out.push(Span::new(s, s + trimmed.len()));
}

/// After whitespace, an uppercase letter, a digit, an opening quote, or a
/// letter of a script without case.
fn next_starts_sentence(rest: &str) -> bool {
    let mut it = rest.chars();
    match it.next() {
        None => true,
        Some(c) if c.is_whitespace() => {
            let next = it.find(|c| !c.is_whitespace());
            match next {
                None => true,
                Some(c) => {
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '"' | '“' | '«' | '\'' | '‘' | '(' | '[' | '—' | '–' | '-')
                        || (crate::text::is_letter(c) && !c.is_lowercase())
                }
            }
        }
        Some(_) => false,
    }
}

/// Whether the text before a period ends with an abbreviation or an
/// initial ("Mr", "U.S", "J").
fn ends_with_abbreviation(before: &str) -> bool {
    let word_start =
        before.char_indices().rev().find(|&(_, c)| c.is_whitespace() || c == '(').map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars().filter(|&c| crate::text::is_letter(c));
    if let (Some(c), None) = (letters.next(), letters.next()) {
        // A single letter: an initial, as in "J. Smith" or "U.S.".
        if c.is_uppercase() && word.chars().count() <= 2 {
            return true;
        }
    }
    let lower = crate::text::lowercase(word);
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        segment(text, false).sentences.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentence_texts("Mr. Smith met U.S. officials on Oct. 9 in Baku. They agreed."),
            ["Mr. Smith met U.S. officials on Oct. 9 in Baku.", "They agreed."]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_stay() {
        assert_eq!(sentence_texts("It grew 9.6 percent. e.g. this stays."), ["It grew 9.6 percent. e.g. this stays."]);
    }

    #[test]
    fn links_and_addresses_are_not_prose() {
        let text = "Write to press@mfa.gov.az or see https://mfa.gov.az/news.\nSecond line, no address @ all.";
        let spans: Vec<&str> = segment(text, false).non_prose.iter().map(|s| s.slice(text)).collect();
        assert_eq!(spans, ["press@mfa.gov.az", "https://mfa.gov.az/news."]);
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(sentence_texts("“We agree.” He left."), ["“We agree.”", "He left."]);
    }

    #[test]
    fn soft_wrapped_lines_continue() {
        assert_eq!(
            sentence_texts(
                "The agency
reported it.
Next"
            ),
            ["The agency\nreported it.", "Next"]
        );
    }

    #[test]
    fn arabic_question_mark_and_lines() {
        assert_eq!(sentence_texts("هل وصل؟ نعم\nسطر"), ["هل وصل؟", "نعم", "سطر"]);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let text = "One.\n\nTwo\r\nthree.\n\n\n";
        let s = segment(text, false);
        let p: Vec<_> = s.paragraphs.iter().map(|p| p.slice(text)).collect();
        assert_eq!(p, ["One.", "Two\r\nthree."]);
    }

    #[test]
    fn markdown_non_prose() {
        let text =
            "---\ndate: 2024-05-16\n---\nSee https://example.org/Qatar and `Qatar`.\n<!-- Qatar -->\n```\nQatar\n```\n";
        let s = segment(text, true);
        let covered = |needle: &str, nth: usize| {
            let at = text.match_indices(needle).nth(nth).unwrap().0;
            s.is_non_prose(Span::new(at, at + needle.len()))
        };
        assert!(covered("date", 0));
        assert!(covered("Qatar", 0), "URL");
        assert!(covered("Qatar", 1), "inline code");
        assert!(covered("Qatar", 2), "comment");
        assert!(covered("Qatar", 3), "fence");
        assert!(!covered("See", 0));
    }
}
