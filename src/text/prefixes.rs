//! Many names found where words start: a byte trie laid out breadth-first,
//! each node's edges side by side and sorted, asked for the longest name
//! at each word start whose first byte opens one.
//!
//! A knowledge-base name never starts inside a word, so the places, the
//! countries and the bodies are looked for only there. An aho-corasick
//! automaton finds the same names, but its build fills the failure links an
//! unanchored scan follows (10 ms for the 6,800 Russian case forms of the
//! place names, which a one-article check pays in full), and a scan with
//! more names than its prefilter takes steps through every byte of the
//! text; this trie builds in a fifth of the time and reads a few bytes at
//! each word's start.

/// Names, each found by its index in the list it was built from.
#[derive(Debug, Clone)]
pub struct Prefixes {
    /// Node `n`'s edges are at `first_edge[n]..first_edge[n + 1]` of
    /// `edge_bytes` (sorted) and `edge_targets` (the nodes they lead to).
    first_edge: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_targets: Vec<u32>,
    /// The name that ends at each node, or [`NONE`].
    names: Vec<u32>,
    /// The first bytes of the names.
    opens: [bool; 256],
}

const NONE: u32 = u32::MAX;

impl Prefixes {
    /// The trie over `names`; where a name is listed twice, the first
    /// index is the one found.
    pub fn new<S: AsRef<[u8]>>(names: &[S]) -> Prefixes {
        let mut order: Vec<(&[u8], u32)> = names.iter().zip(0..).map(|(name, i)| (name.as_ref(), i)).collect();
        order.sort_unstable();
        // Each node is a run of `order` sharing its first `depth` bytes;
        // nodes are numbered in the order they are queued, so a node's
        // children are queued, and their edges written, together.
        let mut queue: Vec<(u32, u32, u32)> = vec![(0, order.len() as u32, 0)];
        let mut trie = Prefixes {
            first_edge: Vec::with_capacity(order.len() * 8),
            edge_bytes: Vec::with_capacity(order.len() * 8),
            edge_targets: Vec::with_capacity(order.len() * 8),
            names: Vec::with_capacity(order.len() * 8),
            opens: [false; 256],
        };
        for (name, _) in &order {
            if let Some(&first) = name.first() {
                trie.opens[first as usize] = true;
            }
        }
        let mut next = 0;
        while let Some(&(from, to, depth)) = queue.get(next) {
            next += 1;
            let (mut from, to, depth) = (from as usize, to as usize, depth as usize);
            trie.first_edge.push(trie.edge_bytes.len() as u32);
            // The names that end here sort first in the run.
            trie.names.push(order.get(from).filter(|(name, _)| name.len() == depth).map_or(NONE, |&(_, i)| i));
            while from < to && order[from].0.len() == depth {
                from += 1;
            }
            while from < to {
                let byte = order[from].0[depth];
                let mut end = from + 1;
                while end < to && order[end].0[depth] == byte {
                    end += 1;
                }
                trie.edge_bytes.push(byte);
                trie.edge_targets.push(queue.len() as u32);
                queue.push((from as u32, end as u32, depth as u32 + 1));
                from = end;
            }
        }
        trie.first_edge.push(trie.edge_bytes.len() as u32);
        trie
    }

    /// The longest name `text` starts with: its index and length.
    pub fn longest(&self, text: &[u8]) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut found = None;
        for (at, byte) in text.iter().enumerate() {
            let (Some(&first), Some(&last)) = (self.first_edge.get(node), self.first_edge.get(node + 1)) else {
                break;
            };
            let (first, last) = (first as usize, last as usize);
            let Some(k) = self.edge_bytes.get(first..last).and_then(|bytes| bytes.binary_search(byte).ok()) else {
                break;
            };
            node = self.edge_targets[first + k] as usize;
            if let Some(&name) = self.names.get(node).filter(|&&name| name != NONE) {
                found = Some((name as usize, at + 1));
            }
        }
        found
    }

    /// The first bytes of the names, to find where they may start.
    pub fn opens(&self) -> &[bool; 256] {
        &self.opens
    }

    /// The longest name at each of `starts`, the word starts of `text`
    /// ([`word_starts`]), left to right, each search starting past the last
    /// name found, whether or not that name ended a word: its index and
    /// where it starts and ends.
    pub fn find_iter<'t>(
        &'t self,
        text: &'t str,
        starts: &'t [usize],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut searched_to = 0;
        starts.iter().filter_map(move |&from| {
            let rest = text
                .as_bytes()
                .get(from..)
                .filter(|rest| from >= searched_to && rest.first().is_some_and(|&b| self.opens[b as usize]))?;
            let (name, len) = self.longest(rest)?;
            searched_to = from + len;
            Some((name, from, from + len))
        })
    }
}

/// Where a name may start: a letter or digit that opens a word, or
/// follows one or two Arabic proclitics ("وأذربيجان"), as
/// [`crate::text::starts_word`] has it. One pass over the bytes, made once
/// for every matcher of a block: ASCII and Cyrillic letters are told by
/// their first byte, and only other characters decoded.
pub fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // Letters since the last non-letter, and whether all were proclitics.
    let (mut run, mut proclitics) = (0u8, true);
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(i) {
            let at = i;
            i += 1;
            let (word, proclitic) = match BYTE_CLASS[b as usize] {
                WORD => (true, false),
                NOT_WORD => (false, false),
                CONTINUATION => continue,
                _ => {
                    let c = text.get(at..).and_then(|rest| rest.chars().next())?;
                    (crate::text::is_letter_or_digit(c), crate::text::ARABIC_PROCLITICS.contains(&c))
                }
            };
            if !word {
                (run, proclitics) = (0, true);
                continue;
            }
            let starts = run == 0 || (run <= 2 && proclitics);
            run = run.saturating_add(1);
            proclitics &= proclitic;
            if starts {
                return Some(at);
            }
        }
        None
    })
}

const WORD: u8 = 0;
const NOT_WORD: u8 = 1;
const CONTINUATION: u8 = 2;
const DECODE: u8 = 3;

/// What a byte says of the character it starts: ASCII letters and digits
/// and Cyrillic's two lead bytes (U+0400..U+047F, letters all) are word
/// characters, other ASCII is not, a continuation byte starts nothing, and
/// other lead bytes need the character decoded.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [DECODE; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' | 0xD0 | 0xD1 => WORD,
            0..0x80 => NOT_WORD,
            0x80..0xC0 => CONTINUATION,
            _ => DECODE,
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::{Prefixes, word_starts};
    use proptest::prelude::*;

    #[test]
    fn the_longest_name_wins_and_the_first_of_twins() {
        let trie = Prefixes::new(&["Niger", "Nigeria", "Guinea", "Guinea-Bissau", "Niger", "N"]);
        assert_eq!(trie.longest(b"Nigeria's"), Some((1, 7)));
        assert_eq!(trie.longest(b"Niger Delta"), Some((0, 5)));
        assert_eq!(trie.longest(b"Nige"), Some((5, 1)));
        assert_eq!(trie.longest(b"Guinea-B"), Some((2, 6)));
        assert_eq!(trie.longest(b"Oman"), None);
        assert_eq!(trie.longest(b""), None);
        assert!(Prefixes::new::<&str>(&[]).longest(b"a").is_none());
        assert_eq!(Prefixes::new(&[""]).longest(b"a"), None);
    }

    proptest! {
        /// The byte scan finds the word starts `starts_word` defines.
        #[test]
        fn word_starts_agree_with_starts_word(text in "[a-zA-Z0-9 .,«»—\u{a0}éñ×ДжёѢ\u{482}وبلأذرعُ،٣ -]{0,40}") {
            let expected: Vec<usize> = text
                .char_indices()
                .filter(|&(i, c)| crate::text::is_letter_or_digit(c) && crate::text::starts_word(&text, i))
                .map(|(i, _)| i)
                .collect();
            prop_assert_eq!(word_starts(&text).collect::<Vec<_>>(), expected);
        }

        /// The trie finds what a plain scan of the names finds.
        #[test]
        fn agrees_with_a_scan(names in prop::collection::vec("[abé]{1,4}", 0..30), text in "[abé]{0,8}") {
            let trie = Prefixes::new(&names);
            let scan = names
                .iter()
                .enumerate()
                .filter(|(_, n)| text.as_bytes().starts_with(n.as_bytes()))
                .max_by(|(i, a), (j, b)| a.len().cmp(&b.len()).then(j.cmp(i)))
                .map(|(i, n)| (i, n.len()));
            prop_assert_eq!(trie.longest(text.as_bytes()), scan);
        }
    }
}
