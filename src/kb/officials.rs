//! Officials and their terms of office, from Wikidata (see
//! `data/README.md`), with the spellings news copy uses.
//!
//! The table is sorted by person, so a name is found by binary search over
//! line starts and only that person's lines are parsed: an article pays
//! for the officials it names, not for all 49,486 terms.

use jiff::civil::Date;
use std::collections::HashMap;

const OFFICIALS_TSV: &str = include_str!("../../data/officials.tsv");
/// Where each data line of [`OFFICIALS_TSV`] starts, as little-endian
/// `u32`s: found by `build.rs`.
const LINE_STARTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/officials-lines.bin"));
const ALIASES_TSV: &str = include_str!("../../data/person-aliases.tsv");
const ENWIKI_TSV: &str = include_str!("../../data/officials-enwiki.tsv");
const OVERLAY_TSV: &str = include_str!("../../data/officials-overlay.tsv");

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
    /// Parses `2020-07-16`, `2020-07` or `2020`.
    pub fn parse(s: &str) -> Option<Fuzzy> {
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

/// A row of the table, borrowed.
#[derive(Debug, Clone, Copy)]
struct Row<'a> {
    person: &'a str,
    qid: &'a str,
    country: &'a str,
    position: &'a str,
    start: &'a str,
    end: &'a str,
}

fn row(line: &str) -> Option<Row<'_>> {
    let mut f = line.split('\t');
    Some(Row {
        person: f.next()?,
        qid: f.next()?,
        country: f.next()?,
        position: f.next()?,
        start: f.next()?,
        end: f.next().unwrap_or(""),
    })
}

/// An official's index and Wikidata id, when a name links to one.
pub type Link = Option<(usize, Option<std::sync::Arc<str>>)>;

/// The officials table, indexed by line.
#[derive(Debug, Default)]
pub struct Officials {
    /// Byte offset of each data line (header excluded).
    lines: Vec<u32>,
    /// Curated spellings and English Wikipedia's titles: written name ->
    /// Wikidata id.
    aliases: HashMap<&'static str, &'static str>,
    /// Wikidata id of each curated spelling -> its first line, found in one
    /// pass the first time a curated spelling is looked up.
    /// The first line of each person asked for by a curated spelling,
    /// found when first asked.
    alias_lines: std::sync::Mutex<HashMap<&'static str, Option<usize>>>,
    /// What [`Officials::link`] answered, by name: a newsroom's articles,
    /// and every version of an edited one, name the same people again.
    links: std::sync::Mutex<HashMap<Box<str>, Link>>,
    /// The lines of each office (country, position), built when first asked.
    offices: std::sync::OnceLock<HashMap<(&'static str, &'static str), Vec<u32>>>,
    /// Changes after the table's as-of date, curated with their sources:
    /// a row with the start of a known term closes it, any other row adds
    /// a term.
    overlay: Vec<Row<'static>>,
    /// People from a workspace overlay, numbered after the table's lines.
    local: Vec<Official>,
    /// For each local person, the first line of the same person in the
    /// table, when the overlay gives a Wikidata id the table knows.
    local_base: Vec<Option<usize>>,
    /// Local names and spellings -> index into `local`.
    local_names: HashMap<String, usize>,
}

impl Officials {
    /// The embedded table, its line starts as `build.rs` found them.
    pub fn load() -> Officials {
        let lines = LINE_STARTS.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        // English Wikipedia's titles first, so that a curated spelling
        // wins where both give one.
        let titles = ENWIKI_TSV.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
            let (qid, text) = l.split_once('\t')?;
            Some((text, qid))
        });
        let curated = ALIASES_TSV.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
            let mut f = l.split('\t');
            let (qid, _lang, text) = (f.next()?, f.next()?, f.next()?);
            Some((text, qid))
        });
        let aliases = titles.chain(curated).collect();
        let overlay = OVERLAY_TSV.lines().skip(1).filter(|l| !l.starts_with('#')).filter_map(row).collect();
        Officials {
            lines,
            aliases,
            alias_lines: std::sync::Mutex::default(),
            links: std::sync::Mutex::default(),
            offices: std::sync::OnceLock::new(),
            overlay,
            local: Vec::new(),
            local_base: Vec::new(),
            local_names: HashMap::new(),
        }
    }

    /// The embedded table with a workspace's people laid over it: their
    /// names and spellings find them first, and their offices join those
    /// the table knows for the same Wikidata id.
    pub fn with_local(people: &[super::LocalPerson]) -> Officials {
        let mut officials = Officials::load();
        let wanted: Vec<&str> = people.iter().filter(|p| !p.local_id).map(|p| p.id.as_str()).collect();
        let mut first_line: HashMap<&str, usize> = HashMap::new();
        if !wanted.is_empty() {
            for i in 0..officials.lines.len() {
                if let Some(r) = row(officials.line(i))
                    && wanted.contains(&r.qid)
                {
                    first_line.entry(r.qid).or_insert(i);
                }
            }
        }
        for p in people {
            let k = officials.local.len();
            officials.local_base.push(first_line.get(p.id.as_str()).copied());
            officials.local.push(Official { id: p.id.clone(), name: p.name.clone(), spells: p.offices.clone() });
            for name in std::iter::once(&p.name).chain(&p.spellings) {
                officials.local_names.insert(name.clone(), k);
            }
        }
        officials
    }

    fn line(&self, i: usize) -> &'static str {
        let start = self.lines[i] as usize;
        let end = self.lines.get(i + 1).map_or(OFFICIALS_TSV.len(), |&e| e as usize);
        OFFICIALS_TSV[start..end].trim_end_matches('\n')
    }

    /// The person field of the line starting at byte `offset`.
    fn person_at(offset: u32) -> &'static str {
        let rest = &OFFICIALS_TSV[offset as usize..];
        // A byte loop: names are short, and `str::find` costs more to set
        // up than the search (a binary search asks two dozen times).
        let end = rest.bytes().position(|b| b == b'\t').unwrap_or(rest.len());
        &rest[..end]
    }

    /// The range of lines whose person is `name`. O(log n).
    fn block(&self, name: &str) -> std::ops::Range<usize> {
        let lo = self.lines.partition_point(|&off| Self::person_at(off).as_bytes() < name.as_bytes());
        let hi = lo + self.lines[lo..].iter().take_while(|&&off| Self::person_at(off) == name).count();
        lo..hi
    }

    /// The official written `name` (Wikidata label or curated spelling),
    /// as the index of their first line. `None` when unknown, or when two
    /// people share the name: linking must not guess.
    pub fn find(&self, name: &str) -> Option<usize> {
        if let Some(&k) = self.local_names.get(name) {
            return Some(self.lines.len() + k);
        }
        if let Some(qid) = self.aliases.get(name) {
            return self.find_id(qid);
        }
        let block = self.block(name);
        if block.is_empty() {
            return None;
        }
        // Only the id field of each line is read: a name held by one
        // person for many terms has a long block.
        let qid = |i: usize| self.line(i).split('\t').nth(1);
        let first = qid(block.start)?;
        let unique = block.clone().all(|i| qid(i) == Some(first));
        unique.then_some(block.start)
    }

    /// [`Officials::find`] with the official's Wikidata id, remembered.
    pub fn link(&self, name: &str) -> Link {
        /// Past this many names the memory starts again: it serves the
        /// names of a run, not every name ever read.
        const REMEMBERED: usize = 1 << 16;
        let lock = || self.links.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(link) = lock().get(name) {
            return link.clone();
        }
        let link = self.find(name).map(|i| (i, self.get(i).map(|o| o.id.into())));
        let mut links = lock();
        if links.len() >= REMEMBERED {
            links.clear();
        }
        links.insert(name.into(), link.clone());
        link
    }

    /// The first line of the person with Wikidata id `qid`, for curated
    /// spellings.
    fn find_id(&self, qid: &str) -> Option<usize> {
        let mut cache = self.alias_lines.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(&line) = cache.get(qid) {
            return line;
        }
        let &qid_static = self.aliases.values().find(|&&q| q == qid)?;
        // The id field is the line's second: "\tQ57371\t". One substring
        // search of the table per person asked for; parsing every row
        // cost 20 ms, one pass for all curated ids 15.
        let needle = format!("\t{qid}\t");
        let mut line = None;
        let mut from = 0;
        while let Some(i) = OFFICIALS_TSV[from..].find(&needle) {
            let at = from + i;
            let l = self.lines.partition_point(|&start| start as usize <= at).saturating_sub(1);
            if row(self.line(l)).is_some_and(|r| r.qid == qid) {
                line = Some(l);
                break;
            }
            from = at + needle.len();
        }
        cache.insert(qid_static, line);
        line
    }

    /// The official whose first line is `index`, with every term.
    pub fn get(&self, index: usize) -> Option<Official> {
        if index >= self.lines.len() {
            let k = index - self.lines.len();
            let local = self.local.get(k)?;
            let Some(mut official) = self.local_base[k].and_then(|base| self.get(base)) else {
                return Some(local.clone());
            };
            // The newsroom's word wins: its spelling, and its dates for a
            // term the table also has.
            official.name = local.name.clone();
            for spell in &local.spells {
                match official
                    .spells
                    .iter_mut()
                    .find(|s| s.country == spell.country && s.position == spell.position && s.start == spell.start)
                {
                    Some(known) => known.end = spell.end,
                    None => official.spells.push(spell.clone()),
                }
            }
            return Some(official);
        }
        let first = row(self.line(index))?;
        let mut official = Official { id: first.qid.to_string(), name: first.person.to_string(), spells: Vec::new() };
        for i in index..self.lines.len() {
            let Some(r) = row(self.line(i)) else { break };
            if r.qid != first.qid {
                break;
            }
            official.spells.push(Spell {
                country: r.country.to_string(),
                position: r.position.to_string(),
                start: Fuzzy::parse(r.start),
                end: Fuzzy::parse(r.end),
            });
        }
        for r in self.overlay.iter().filter(|r| r.qid == official.id) {
            let spell = Spell {
                country: r.country.to_string(),
                position: r.position.to_string(),
                start: Fuzzy::parse(r.start),
                end: Fuzzy::parse(r.end),
            };
            match official
                .spells
                .iter_mut()
                .find(|s| s.country == spell.country && s.position == spell.position && s.start == spell.start)
            {
                Some(known) => known.end = spell.end,
                None => official.spells.push(spell),
            }
        }
        Some(official)
    }

    /// Who held `position` in `country` on `day`. The rows of each office
    /// are indexed on the first call (one scan of the table), so a folder
    /// with many findings does not scan it for each.
    pub fn holders(&self, country: &str, position: &str, day: Date) -> Vec<String> {
        let offices = self.offices.get_or_init(|| {
            let mut map: HashMap<(&'static str, &'static str), Vec<u32>> = HashMap::new();
            for i in 0..self.lines.len() {
                if let Some(r) = row(self.line(i)) {
                    map.entry((r.country, r.position)).or_default().push(i as u32);
                }
            }
            map
        });
        let mut out: Vec<String> = Vec::new();
        for &i in offices.get(&(country, position)).map_or(&[][..], Vec::as_slice) {
            let Some(r) = row(self.line(i as usize)) else { continue };
            let spell = Spell {
                country: String::new(),
                position: String::new(),
                start: Fuzzy::parse(r.start),
                end: Fuzzy::parse(r.end),
            };
            if spell.covers(day) && !out.iter().any(|n| n == r.person) {
                out.push(r.person.to_string());
            }
        }
        for p in &self.local {
            let holds = p.spells.iter().any(|s| s.country == country && s.position == position && s.covers(day));
            if holds && !out.contains(&p.name) {
                out.push(p.name.clone());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The build's index is every data line's start, in order: a person's
    /// lines are found by binary search over it.
    #[test]
    fn line_starts_are_the_tables() {
        let o = Officials::load();
        let header_end = OFFICIALS_TSV.find('\n').map_or(0, |i| i + 1);
        let starts: Vec<u32> = std::iter::once(header_end)
            .chain(OFFICIALS_TSV.match_indices('\n').map(|(i, _)| i + 1).filter(|&at| at > header_end))
            .filter(|&at| at < OFFICIALS_TSV.len())
            .map(|at| at as u32)
            .collect();
        assert!(starts.len() > 40_000, "{} lines", starts.len());
        assert_eq!(o.lines, starts);
    }

    #[test]
    fn terms_and_spellings() {
        let o = Officials::load();
        let i = o.find("Elmar Mammadyarov").expect("Elmar Mammadyarov");
        let p = o.get(i).unwrap();
        assert_eq!(p.id, "Q58083");
        let fm = p.spells.iter().find(|s| s.position == "Minister of Foreign Affairs").unwrap();
        assert!(fm.covers(date(2015, 1, 1)) && fm.excludes(date(2022, 5, 1)));
        assert_eq!(o.holders("Q227", "Minister of Foreign Affairs", date(2022, 5, 1)), ["Jeyhun Bayramov"]);
        assert_eq!(o.find("Sherali Kabir"), o.find("Sherali Kabirov"));
        assert_eq!(o.find("رشاد إسماعيلوف").and_then(|i| o.get(i)).map(|p| p.id), Some("Q55700522".to_string()));
        assert_eq!(o.find("Nobody Atall"), None);
        // Asked again, a name gives the same link from memory, unknown
        // names included.
        for _ in 0..2 {
            assert_eq!(o.link("Elmar Mammadyarov"), Some((i, Some("Q58083".into()))));
            assert_eq!(o.link("Nobody Atall"), None);
        }
        // The overlay closes Khalid bin Khalifa's term as Qatar's prime
        // minister on 2023-03-07.
        let khalid = o.find("Khalid bin Khalifa bin Abdul Aziz Al Thani").and_then(|i| o.get(i)).unwrap();
        let pm = khalid.spells.iter().find(|s| s.position == "Prime Minister").unwrap();
        assert!(pm.covers(date(2022, 1, 1)) && pm.excludes(date(2024, 1, 1)));
    }
}
