//! Officials and their terms of office, from Wikidata (see
//! `data/README.md`), with the spellings news copy uses.
//!
//! Parsed on first use: an article without a person never pays for it.

use jiff::civil::Date;
use std::collections::HashMap;

const OFFICIALS_TSV: &str = include_str!("../../data/officials.tsv");
const ALIASES_TSV: &str = include_str!("../../data/person-aliases.tsv");

/// A date at the precision the source gives: `2020-07-16`, `2020-07`,
/// `2020`, as the first and last day it may mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fuzzy {
    /// The earliest day.
    pub first: Date,
    /// The latest day.
    pub last: Date,
}

impl Fuzzy {
    fn parse(s: &str) -> Option<Fuzzy> {
        let mut parts = s.split('-');
        let year: i16 = parts.next()?.parse().ok()?;
        match (parts.next().and_then(|m| m.parse::<i8>().ok()), parts.next().and_then(|d| d.parse::<i8>().ok())) {
            (Some(m), Some(d)) => Date::new(year, m, d).ok().map(|d| Fuzzy { first: d, last: d }),
            (Some(m), None) => {
                let first = Date::new(year, m, 1).ok()?;
                Some(Fuzzy { first, last: first.last_of_month() })
            }
            _ => Some(Fuzzy { first: Date::new(year, 1, 1).ok()?, last: Date::new(year, 12, 31).ok()? }),
        }
    }
}

/// One person in one office for one stretch of time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spell {
    /// Wikidata id of the country.
    pub country: String,
    /// The office, as Wikidata labels it: "Minister of Foreign Affairs".
    pub position: String,
    /// When it began, if known.
    pub start: Option<Fuzzy>,
    /// When it ended; `None` if ongoing at the data's as-of date.
    pub end: Option<Fuzzy>,
}

impl Spell {
    /// Whether the spell surely covers `day`.
    pub fn covers(&self, day: Date) -> bool {
        self.start.is_some_and(|s| s.last <= day) && self.end.is_none_or(|e| day <= e.first)
    }

    /// Whether the spell surely does not cover `day`.
    pub fn excludes(&self, day: Date) -> bool {
        self.start.is_some_and(|s| day < s.first) || self.end.is_some_and(|e| e.last < day)
    }
}

/// An official.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Official {
    /// Wikidata id.
    pub id: String,
    /// English name (Wikidata label).
    pub name: String,
    /// Every office held, in source order.
    pub spells: Vec<Spell>,
}

/// Every official, with an index by every known spelling.
#[derive(Debug, Default)]
pub struct Officials {
    people: Vec<Official>,
    by_name: HashMap<String, usize>,
    by_position: HashMap<(String, String), Vec<usize>>,
}

impl Officials {
    /// Parses the embedded tables. Rows that do not parse are skipped.
    pub fn load() -> Officials {
        let mut o = Officials::default();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for line in OFFICIALS_TSV.lines().skip(1) {
            let mut f = line.split('\t');
            let (Some(country), Some(position), Some(person), Some(qid), Some(start), end) =
                (f.next(), f.next(), f.next(), f.next(), f.next(), f.next())
            else {
                continue;
            };
            let i = *by_id.entry(qid).or_insert_with(|| {
                o.people.push(Official { id: qid.to_string(), name: person.to_string(), spells: Vec::new() });
                o.people.len() - 1
            });
            o.by_position.entry((country.to_string(), position.to_string())).or_default().push(i);
            o.people[i].spells.push(Spell {
                country: country.to_string(),
                position: position.to_string(),
                start: Fuzzy::parse(start),
                end: end.and_then(Fuzzy::parse),
            });
        }
        for (i, p) in o.people.iter().enumerate() {
            o.by_name.entry(p.name.clone()).or_insert(i);
        }
        for line in ALIASES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            if let (Some(qid), Some(_lang), Some(text)) = (f.next(), f.next(), f.next()) {
                if let Some(&i) = by_id.get(qid) {
                    o.by_name.insert(text.to_string(), i);
                }
            }
        }
        o
    }

    /// The official written `name`, if exactly that spelling is known.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The official at `index`.
    pub fn get(&self, index: usize) -> Option<&Official> {
        self.people.get(index)
    }

    /// Who held `position` in `country` on `day`.
    pub fn holders(&self, country: &str, position: &str, day: Date) -> Vec<&Official> {
        let Some(ids) = self.by_position.get(&(country.to_string(), position.to_string())) else { return Vec::new() };
        let mut out: Vec<&Official> = Vec::new();
        for &i in ids {
            let p = &self.people[i];
            let holds = p.spells.iter().any(|s| s.country == country && s.position == position && s.covers(day));
            if holds && !out.iter().any(|o| o.id == p.id) {
                out.push(p);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn terms_and_spellings() {
        let o = Officials::load();
        let i = o.find("Elmar Mammadyarov").expect("Elmar Mammadyarov");
        let p = o.get(i).unwrap();
        assert_eq!(p.id, "Q58083");
        let fm = p.spells.iter().find(|s| s.position == "Minister of Foreign Affairs").unwrap();
        assert!(fm.covers(date(2015, 1, 1)) && fm.excludes(date(2022, 5, 1)));
        let holders = o.holders("Q227", "Minister of Foreign Affairs", date(2022, 5, 1));
        assert_eq!(holders.iter().map(|h| h.name.as_str()).collect::<Vec<_>>(), ["Jeyhun Bayramov"]);
        assert_eq!(o.find("Sherali Kabir"), o.find("Sherali Kabirov"));
        assert_eq!(o.find("رشاد إسماعيلوف").and_then(|i| o.get(i)).map(|p| p.id.as_str()), Some("Q55700522"));
    }
}
