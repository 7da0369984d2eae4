//! Scores the recognizers against the hand-annotated corpus in
//! `tests/corpus/` (see its README): precision, recall and F1 per kind and
//! per language, on exact spans and on overlapping spans, and the accuracy
//! of the values of the dates and figures found.
//!
//! `cargo test --test eval -- --nocapture` prints the table. The test
//! fails when a score drops below the floor recorded here, so a change
//! that loses entities cannot land unnoticed; raise the floors as the
//! recognizers improve.

use copydesk::recognize::{Kind, Mention};
use copydesk::{Context, Span, analyze};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone)]
struct Gold {
    kind: String,
    span: Span,
    value: Option<String>,
}

fn read_gold(text: &str, ann: &str, name: &str) -> Vec<Gold> {
    let mut out = Vec::new();
    let mut from = 0;
    for (n, line) in ann.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split('\t');
        let (Some(kind), Some(needle)) = (parts.next(), parts.next()) else {
            panic!("{name}.ann:{}: kind<TAB>text", n + 1)
        };
        let value = parts.next().map(str::to_string);
        let at = text[from..]
            .find(needle)
            .map(|i| i + from)
            .unwrap_or_else(|| panic!("{name}.ann:{}: {needle:?} not found after byte {from}", n + 1));
        out.push(Gold { kind: kind.to_string(), span: Span::new(at, at + needle.len()), value });
        from = at + needle.len();
    }
    out
}

/// A mention's value in the annotation's notation.
fn value_of(m: &Mention) -> Option<String> {
    if let Some(d) = m.date() {
        return Some(d.value.as_ref().map_or("null".to_string(), |v| v.to_string()));
    }
    let f = m.figure()?;
    Some(match m.kind {
        Kind::Percent => format!("{}", f.amount),
        _ => format!("{} {}", f.amount, f.unit.as_deref().unwrap_or("")).trim_end().to_string(),
    })
}

/// Values compare as numbers where they are numbers.
fn same_value(gold: &str, got: &str) -> bool {
    let norm = |s: &str| -> Vec<String> {
        s.split(' ').map(|p| p.parse::<f64>().map(|x| format!("{x}")).unwrap_or_else(|_| p.to_string())).collect()
    };
    norm(gold) == norm(got)
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    exact: usize,
    overlap: usize,
    values: usize,
    values_right: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.exact += o.exact;
        self.overlap += o.overlap;
        self.values += o.values;
        self.values_right += o.values_right;
    }
    fn prf(tp: usize, found: usize, gold: usize) -> (f64, f64, f64) {
        let p = if found == 0 { 0.0 } else { tp as f64 / found as f64 };
        let r = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
    fn exact_f1(&self) -> f64 {
        Self::prf(self.exact, self.found, self.gold).2
    }
}

/// Scores the corpus articles whose names start with one of `prefixes`.
fn score(prefixes: &[&str]) -> (BTreeMap<(String, String), Counts>, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| p.file_name().is_some_and(|n| prefixes.iter().any(|x| n.to_string_lossy().starts_with(x))))
        .collect();
    names.sort();
    let mut table: BTreeMap<(String, String), Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    let ctx = Context::default();
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let ann = std::fs::read_to_string(path.with_extension("ann")).unwrap_or_else(|_| panic!("{name}.ann"));
        let gold = read_gold(&text, &ann, &name);
        let analysis = analyze(&text, &ctx);
        let lang = analysis.language.as_str().to_string();
        let mut used = vec![false; analysis.mentions.len()];
        for g in &gold {
            let entry = table.entry((lang.clone(), g.kind.clone())).or_default();
            entry.gold += 1;
            let exact = analysis.mentions.iter().position(|m| m.kind.as_str() == g.kind && m.span == g.span);
            let overlap = analysis.mentions.iter().position(|m| m.kind.as_str() == g.kind && m.span.overlaps(g.span));
            if let Some(i) = exact {
                entry.exact += 1;
                used[i] = true;
            } else {
                misses.push(format!(
                    "{name}: missed {} {:?}{}",
                    g.kind,
                    g.span.slice(&text),
                    overlap
                        .map(|i| format!(" (found {:?})", analysis.mentions[i].span.slice(&text)))
                        .unwrap_or_default()
                ));
            }
            if let Some(i) = exact.or(overlap) {
                entry.overlap += 1;
                used[i] = true;
                if let (Some(want), Some(got)) = (&g.value, value_of(&analysis.mentions[i])) {
                    entry.values += 1;
                    if same_value(want, &got) {
                        entry.values_right += 1;
                    } else {
                        misses.push(format!("{name}: {} {:?} valued {got}, not {want}", g.kind, g.span.slice(&text)));
                    }
                }
            }
        }
        for (i, m) in analysis.mentions.iter().enumerate() {
            table.entry((lang.clone(), m.kind.as_str().to_string())).or_default().found += 1;
            if !used[i] && !gold.iter().any(|g| g.span.overlaps(m.span) && g.kind == m.kind.as_str()) {
                misses.push(format!("{name}: spurious {} {:?}", m.kind.as_str(), m.span.slice(&text)));
            }
        }
    }
    (table, misses)
}

/// Exact-span micro-F1 floors per language on the articles the rules were
/// written against (the seeds, the team's first texts): what the
/// recognizers reach today, rounded down. Raise them when they improve.
const FLOORS: &[(&str, f64)] = &[("en", 0.98), ("ar", 0.97), ("ru", 0.97)];

/// The same on the held-out articles, written by an annotator who saw
/// neither the code nor its output: the honest figures. Floors guard
/// against regressions; the README and the notes report the table.
const HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.95), ("ar", 0.98), ("ru", 0.98)];

#[test]
fn recognizers_against_the_gold_corpus() {
    report("articles the rules were written against", &["seed-", "team-"], FLOORS);
}

#[test]
fn recognizers_against_the_held_out_corpus() {
    report("held-out articles", &["heldout-"], HELD_OUT_FLOORS);
}

/// The same on the second held-out set (`heldout2-`), added when the
/// first had been read for its misses.
const SECOND_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.93), ("ar", 0.99), ("ru", 0.97)];

#[test]
fn recognizers_against_the_second_held_out_set() {
    report("second held-out set", &["heldout2-"], SECOND_HELD_OUT_FLOORS);
}

/// The same on the third set (`heldout3-`), added at the end of the session
/// that tuned to the second: scored, not tuned to.
const THIRD_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.92), ("ar", 0.99), ("ru", 0.99)];

#[test]
fn recognizers_against_the_third_held_out_set() {
    report("third held-out set", &["heldout3-"], THIRD_HELD_OUT_FLOORS);
}

/// The same on the fourth set (`heldout4-`, four Arabic articles), added
/// after the Arabic organization rules were written and scored before any
/// rule read it (en 0.875, ar 0.783, ru 0.810); its misses were read since.
const FOURTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.93), ("ar", 0.91), ("ru", 0.96)];

#[test]
fn recognizers_against_the_fourth_held_out_set() {
    report("fourth held-out set", &["heldout4-"], FOURTH_HELD_OUT_FLOORS);
}

/// The same on the fifth set (`heldout5-`), added at the end of the
/// session that tuned to the fourth and scored before any rule read it
/// (en 0.953, ar 0.724, ru 0.804); its misses were read in session 7
/// (Russian organizations and periods, Arabic names after long offices).
const FIFTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.96), ("ar", 0.93), ("ru", 0.94)];

#[test]
fn recognizers_against_the_fifth_held_out_set() {
    report("fifth held-out set", &["heldout5-"], FIFTH_HELD_OUT_FLOORS);
}

/// The same on the sixth set (`heldout6-`), written at the start of
/// session 8 by an annotator who saw neither the code nor its output, and
/// scored before any rule read it (session 7's binary: en 0.917, ar 0.900,
/// ru 0.923; with the organizations of the knowledge base, listed before
/// the set was written: en 0.917, ar 0.900, ru 0.927). Its one false
/// alarm then showed a body's name ("«Росатома»") taken for a person's.
const SIXTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.99), ("ar", 0.93), ("ru", 0.98)];

#[test]
fn recognizers_against_the_sixth_held_out_set() {
    report("sixth held-out set", &["heldout6-"], SIXTH_HELD_OUT_FLOORS);
}

/// The same on the seventh set (`heldout7-`), written in session 9 by an
/// annotator who saw neither the code nor its output, while that session
/// tuned the rules to the sixth set, and scored before any rule read it:
/// en 0.853, ar 0.822, ru 0.793 (session 8's binary: 0.838, 0.817, 0.782).
/// Its precision faults were then fixed ("The World Bank", "Tarik Al"
/// before "Said", a city taken into a Russian name) with Levantine month
/// pairs and Russian months alone; session 10 read its misses for general
/// rules (Russian given names, offices in apposition, Arabic offices).
const SEVENTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.92), ("ar", 0.93), ("ru", 0.93)];

#[test]
fn recognizers_against_the_seventh_held_out_set() {
    report("seventh held-out set", &["heldout7-"], SEVENTH_HELD_OUT_FLOORS);
}

/// The same on the eighth set (`heldout8-`), written at the start of
/// session 11 by an annotator who saw neither the code nor its output, after
/// session 10 had read the seventh set's misses, and scored before any rule
/// read it: en 0.770, ar 0.667, ru 0.907 (overlap 0.803, 0.765, 0.929). It
/// is the first set about energy and space: oil majors, gas fields, units
/// such as "trillion cubic feet", none of which the knowledge base had.
/// Session 11 read its misses (companies, agencies, parliaments, dates with
/// a relative year, Arabic periods and lineage): en 0.954, ar 0.854, ru
/// 0.950.
const EIGHTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.95), ("ar", 0.87), ("ru", 0.95)];

#[test]
fn recognizers_against_the_eighth_held_out_set() {
    report("eighth held-out set", &["heldout8-"], EIGHTH_HELD_OUT_FLOORS);
}

/// The same on the ninth set (`heldout9-`), written during session 11 by
/// an annotator who saw neither the code nor its output, while that session
/// read the eighth set's misses, and scored at the end of that work before
/// any rule read it: en 0.858, ar 0.670, ru 0.719 (overlap 0.871, 0.733,
/// 0.759). Its subjects (a railway, central-bank rates, the Asian Cup, the
/// Hajj, a harvest, an election) were new to the rules. Its first reading
/// in session 11 ("US", basis points, central banks, sports bodies, the
/// Hajj's sites, Kazinform's dateline, Russian ministries' short names):
/// en 0.944, ar 0.780, ru 0.802.
const NINTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.94), ("ar", 0.81), ("ru", 0.82)];

#[test]
fn recognizers_against_the_ninth_held_out_set() {
    report("ninth held-out set", &["heldout9-"], NINTH_HELD_OUT_FLOORS);
}

/// The same on the tenth set (`heldout10-`), written at the end of
/// session 11 by an annotator who saw neither the code nor its output, and
/// scored once with all of that session's rules, before any rule read it:
/// en 0.800, ar 0.707, ru 0.803 (overlap 0.810, 0.773, 0.900). Only its
/// false mentions were then read: a sentence's full stop taken into "$9,4
/// млрд." and "Госдумы" into a name after its title (ru 0.867). Session
/// 12 read its misses with the eleventh set's (places by their kind,
/// people without titles, the knowledge base's places and bodies): en
/// 0.910, ar 0.771, ru 0.886.
const TENTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.90), ("ar", 0.80), ("ru", 0.88)];

#[test]
fn recognizers_against_the_tenth_held_out_set() {
    report("tenth held-out set", &["heldout10-"], TENTH_HELD_OUT_FLOORS);
}

/// The same on the eleventh set (`heldout11-`), written at the start of
/// session 12 by an annotator who saw neither the code nor its output
/// (a Grand Prix, the Suez Canal's revenue, the Duqm refinery, a UNESCO
/// listing, the TAPI pipeline, the Armenia–Azerbaijan border), and scored
/// before any rule read it: en 0.707, ar 0.653, ru 0.714 (overlap 0.745,
/// 0.812, 0.735). People with no title (racing drivers), villages, heritage
/// sites and a country's name taken into a title were its largest misses.
/// Read in session 12 for general rules: en 0.904, ar 0.812, ru 0.908.
const ELEVENTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.90), ("ar", 0.81), ("ru", 0.90)];

#[test]
fn recognizers_against_the_eleventh_held_out_set() {
    report("eleventh held-out set", &["heldout11-"], ELEVENTH_HELD_OUT_FLOORS);
}

/// The same on the twelfth set (`heldout12-`), written during session 13
/// by an annotator who saw neither the code nor its output (Air Astana's
/// listing, the Riyadh Metro, Moscow's Big Circle Line, Uzbekistan's gold,
/// Neymar at Al Hilal, Morocco's tourism), and scored before any rule read
/// it: en 0.779, ar 0.710, ru 0.881 (overlap 0.831, 0.720, 0.890). Read in
/// session 13 for general rules (Arabic and Russian demonyms of 55 more
/// countries, streets and stadiums, clubs, airlines named "Air" and a
/// place, acronyms the article defines, bare riyals in English, "за
/// июнь"): en 0.883, ar 0.781, ru 0.886. Session 14 added clubs whose
/// names hold a city to the knowledge base ("باريس سان جيرمان" had given a
/// false Paris): ar 0.810; and English day ranges across months ("January
/// 29 to February 8"): en 0.896; Russian halves and quarters without a
/// year ("в первом полугодии"): ru 0.891. Session 15, Arabic: Morocco's
/// month names, "the first eight months of", day ranges in one month, a
/// weekday after "يوم", nationalities in the plural: ar 0.830.
const TWELFTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.89), ("ar", 0.82), ("ru", 0.89)];

#[test]
fn recognizers_against_the_twelfth_held_out_set() {
    report("twelfth held-out set", &["heldout12-"], TWELFTH_HELD_OUT_FLOORS);
}

fn report(title: &str, prefixes: &[&str], floors: &[(&str, f64)]) {
    let (table, misses) = score(prefixes);
    println!("\n{title}");
    println!(
        "{:<4} {:<13} {:>5} {:>5} {:>6} {:>6} {:>6} {:>8} {:>7}",
        "lang", "kind", "gold", "found", "P", "R", "F1", "F1(ovl)", "values"
    );
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    for ((lang, kind), c) in &table {
        let (p, r, f) = Counts::prf(c.exact, c.found, c.gold);
        let (_, _, fo) = Counts::prf(c.overlap, c.found, c.gold);
        let values = if c.values == 0 { "-".to_string() } else { format!("{}/{}", c.values_right, c.values) };
        println!("{lang:<4} {kind:<13} {:>5} {:>5} {p:>6.3} {r:>6.3} {f:>6.3} {fo:>8.3} {values:>7}", c.gold, c.found);
        by_lang.entry(lang.clone()).or_default().add(*c);
    }
    for (lang, c) in &by_lang {
        let (p, r, f) = Counts::prf(c.exact, c.found, c.gold);
        let (_, _, fo) = Counts::prf(c.overlap, c.found, c.gold);
        println!(
            "{lang:<4} {:<13} {:>5} {:>5} {p:>6.3} {r:>6.3} {f:>6.3} {fo:>8.3} {:>7}",
            "ALL",
            c.gold,
            c.found,
            format!("{}/{}", c.values_right, c.values)
        );
    }
    println!("\n{}", misses.join("\n"));
    for &(lang, floor) in floors {
        let f1 = by_lang.get(lang).map_or(0.0, Counts::exact_f1);
        assert!(f1 >= floor, "{title}, {lang}: exact-span F1 {f1:.3} fell below its floor {floor}");
    }
}

/// The same on the thirteenth set (`heldout13-`), written at the start of
/// session 16 by an annotator who saw neither the code nor its output
/// (the EU–Azerbaijan gas memorandum, the SCO summit in Samarkand, Expo
/// 2020 Dubai's close, Iraq's Development Road, the Union State's
/// programmes, Akkuyu's first fuel), and scored before any rule read it:
/// en 0.970, ar 0.857, ru 0.903 (overlap 0.983, 0.898, 0.944), each
/// language above its target on unseen text. Its largest misses: Arabic
/// people named after a profession ("المغنيتان الأمريكيتان كريستينا
/// أغيليرا") or before their office, Russian places in quotes after their
/// kind ("АЭС «Аккую»"), agencies in capitals ("БЕЛТА") and a weekday
/// before a Russian date line. Read in session 16 for general rules (those
/// and surnames with all their particles, Arabic periods over two months,
/// "جمهورية" before a country, a Russian title past a body's full name):
/// en 0.990, ar 0.915, ru 0.960.
const THIRTEENTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.99), ("ar", 0.91), ("ru", 0.96)];

#[test]
fn recognizers_against_the_thirteenth_held_out_set() {
    report("thirteenth held-out set", &["heldout13-"], THIRTEENTH_HELD_OUT_FLOORS);
}

/// The same on the fourteenth set (`heldout14-`), written at the start of
/// session 17 by an annotator who saw neither the code nor its output
/// (COP29's finance goal, Qatar's North Field West, the Union State's
/// Supreme State Council in Minsk, the Bank of Russia's 21% rate, the
/// Egypt–Jordan–Iraq summit in Baghdad, OPEC+'s two-million-barrel cut),
/// and scored before any rule read it: en 0.926, ar 0.915, ru 0.933
/// (overlap 0.947, 0.927, 0.974), the second unseen set in a row above
/// every target. Read in session 17 for general rules (a Russian half-year
/// as "второй половине 2025 года", an Arabic month "المقبل"): ar 0.921,
/// ru 0.953.
const FOURTEENTH_HELD_OUT_FLOORS: &[(&str, f64)] = &[("en", 0.92), ("ar", 0.92), ("ru", 0.95)];

#[test]
fn recognizers_against_the_fourteenth_held_out_set() {
    report("fourteenth held-out set", &["heldout14-"], FOURTEENTH_HELD_OUT_FLOORS);
}
