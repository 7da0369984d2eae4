//! What was computed from each piece of a text (a paragraph, a block of
//! paragraphs), by the piece's own text, kept from one version of a
//! document to the next so that an edit recomputes only the pieces it
//! touched.

use foldhash::HashMap;

/// Values by the text of the piece they were computed from. Each pass over
/// a version of the document starts with [`Pieces::begin`]; what that pass
/// does not ask for is dropped at the next one, so only the pieces of the
/// newest version stay and the cache never outgrows the document.
#[derive(Debug)]
pub struct Pieces<V> {
    now: HashMap<Box<str>, V>,
    before: HashMap<Box<str>, V>,
}

impl<V> Default for Pieces<V> {
    fn default() -> Self {
        Pieces { now: HashMap::default(), before: HashMap::default() }
    }
}

impl<V: Clone> Pieces<V> {
    /// Starts a pass over a new version: what the last pass kept is there
    /// to take, and what this one does not take goes.
    pub fn begin(&mut self) {
        self.before = std::mem::take(&mut self.now);
    }

    /// The value for `piece`, if an earlier pass kept one; it is kept for
    /// the next pass too. The piece's text is not copied again.
    pub fn get(&mut self, piece: &str) -> Option<V> {
        if let Some(v) = self.now.get(piece) {
            return Some(v.clone());
        }
        let (key, v) = self.before.remove_entry(piece)?;
        self.now.insert(key, v.clone());
        Some(v)
    }

    /// Keeps `value` for `piece`.
    pub fn insert(&mut self, piece: &str, value: V) {
        self.now.insert(Box::from(piece), value);
    }

    /// Forgets everything: the values were computed under other settings.
    pub fn clear(&mut self) {
        self.now.clear();
        self.before.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_pieces_of_the_newest_version_stay() {
        let mut kept: Pieces<u32> = Pieces::default();
        kept.begin();
        kept.insert("one", 1);
        kept.insert("two", 2);
        kept.begin();
        assert_eq!(kept.get("two"), Some(2));
        assert_eq!(kept.get("two"), Some(2), "a piece written twice is found twice");
        assert_eq!(kept.get("three"), None);
        kept.begin();
        assert_eq!(kept.get("one"), None, "not asked for in the pass before: gone");
        assert_eq!(kept.get("two"), Some(2));
    }
}
