//! Plants errors in correct articles and counts how many the checks catch.
//!
//! The correct articles are the seeds, the gold corpus and every clean
//! check fixture: on them no warning may be raised at all. Each error is
//! planted where a copy editor would make it, one at a time, from what the
//! analysis of the correct text finds:
//!
//! - `weekday`: a weekday written with a date moved by three days;
//! - `invalid`: the day of a date in a 30-day month made 31, in February 30;
//! - `dateline`: the dateline's day moved by five days;
//! - `conflict`: a sentence stating one figure repeated as a new paragraph
//!   after its own, with the amount 30% higher;
//! - `scale`: the same, with million written as billion;
//! - `relative`: the date beside "yesterday" / "вчера" / "أمس" a day earlier;
//! - `percent`: in a sentence of a percentage and two amounts, the
//!   percentage ten points higher.
//!
//! `cargo test --test planted -- --nocapture` prints the table. The test
//! fails when the catch rate of a kind drops below its floor, or when a
//! correct article raises a warning.

use copydesk::recognize::{Kind, Mention};
use copydesk::text::Structure;
use copydesk::value::DateValue;
use copydesk::{Context, Severity, Span, analyze};
use std::collections::BTreeMap;
use std::path::Path;

struct Plant {
    kind: &'static str,
    expect: &'static str,
    base: String,
    text: String,
}

fn bases() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (dir, keep) in [
        ("seeds", (|_: &str| true) as fn(&str) -> bool),
        ("tests/corpus", |n: &str| n.starts_with("team-")),
        // Not the suppression fixtures: they silence their errors on purpose.
        ("tests/fixtures/checks", |n: &str| n.contains("__clean") && !n.starts_with("meta__")),
    ] {
        let mut names: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("base folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter(|p| keep(&p.file_name().unwrap_or_default().to_string_lossy()))
            .collect();
        names.sort();
        for p in names {
            let text = std::fs::read_to_string(&p).expect("base article");
            out.push((format!("{dir}/{}", p.file_name().unwrap_or_default().to_string_lossy()), text));
        }
    }
    out
}

fn replace(text: &str, span: Span, with: &str) -> String {
    format!("{}{with}{}", &text[..span.start], &text[span.end..])
}

/// Weekday names in one form each; a word is moved within its own list.
const WEEKDAY_FORMS: &[[&str; 7]] = &[
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"],
    ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
];

fn moved_weekday(word: &str) -> Option<&'static str> {
    WEEKDAY_FORMS.iter().find_map(|forms| {
        let i = forms.iter().position(|f| f.to_lowercase() == word.to_lowercase())?;
        Some(forms[(i + 3) % 7])
    })
}

/// The digits of `day` inside `span`, as written (ASCII).
fn day_digits(text: &str, span: Span, day: i8) -> Option<Span> {
    let written = span.slice(text);
    let needle = day.to_string();
    let mut from = 0;
    while let Some(i) = written[from..].find(&needle) {
        let at = from + i;
        let end = at + needle.len();
        let before = written[..at].chars().next_back();
        let after = written[end..].chars().next();
        if !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit()) {
            return Some(Span::new(span.start + at, span.start + end));
        }
        from = end;
    }
    None
}

/// The sentence around `span` copied, changed, as a new paragraph right
/// after the one it is in, so that "the two countries" still names the
/// same pair.
fn repeated_with(text: &str, structure: &Structure, span: Span, changed: &str) -> Option<String> {
    let inside = |s: &&Span| s.start <= span.start && span.end <= s.end;
    let sentence = structure.sentences.iter().find(inside)?;
    let paragraph = structure.paragraphs.iter().find(inside)?;
    let copy = format!("{}{changed}{}", &text[sentence.start..span.start], &text[span.end..sentence.end]);
    Some(format!("{}\n\n{}{}", &text[..paragraph.end], copy.trim(), &text[paragraph.end..]))
}

fn plants(name: &str, text: &str) -> Vec<Plant> {
    let analysis = analyze(text, &Context::default());
    let structure = &analysis.structure;
    let mut out = Vec::new();
    let mut plant = |kind, expect, text: String| out.push(Plant { kind, expect, base: name.to_string(), text });
    for m in &analysis.mentions {
        if let Some(info) = m.date() {
            // "yesterday, 14 December": the date a day earlier.
            if let (Some((word, _)), Some(w)) = (info.anchor, info.written) {
                let date = Span::new(word.end, m.span.end);
                if let (true, Some(digits)) = (w.day > 1, day_digits(text, date, w.day)) {
                    plant("relative", "date/relative-mismatch", replace(text, digits, &(w.day - 1).to_string()));
                }
            }
            if let (Some((_, span)), Some(DateValue::Day(_))) = (info.weekday, &info.value)
                && let Some(other) = moved_weekday(span.slice(text))
            {
                plant("weekday", "date/weekday-mismatch", replace(text, span, other));
            }
            if let (Some(w), false) = (info.written, info.hijri) {
                let bad = match w.month {
                    4 | 6 | 9 | 11 => Some("31"),
                    2 => Some("30"),
                    _ => None,
                };
                if let (Some(bad), Some(digits)) = (bad, day_digits(text, m.span, w.day)) {
                    plant("invalid", "date/invalid", replace(text, digits, bad));
                }
            }
        }
        // A sentence of one figure: one with more compares or adds them up,
        // and has checks of its own.
        let figures_in_sentence = |span: Span| {
            let Some(s) = structure.sentences.iter().find(|s| s.start <= span.start && span.end <= s.end) else {
                return 0;
            };
            let figure = |o: &&Mention| matches!(o.kind, Kind::Money | Kind::Percent | Kind::Quantity);
            analysis.mentions.iter().filter(figure).filter(|o| s.start <= o.span.start && o.span.end <= s.end).count()
        };
        // A change between two amounts: the percentage ten points higher.
        if m.kind == Kind::Percent && figures_in_sentence(m.span) == 3 {
            let written = m.span.slice(text);
            let digits = written.find(|c: char| c.is_ascii_digit()).zip(written.rfind(|c: char| c.is_ascii_digit()));
            if let (Some((a, b)), Some(f)) = (digits, m.figure()) {
                let number = &written[a..=b];
                let higher = format!("{}", f.amount.round() as i64 + 10);
                let at = Span::new(m.span.start + a, m.span.start + a + number.len());
                plant("percent", "figure/percent-change", replace(text, at, &higher));
            }
        }
        if m.kind == Kind::Money && figures_in_sentence(m.span) == 1 {
            let Some(f) = m.figure() else { continue };
            let written = m.span.slice(text);
            // The first number in the figure, 30% higher, written alike.
            let Some(start) = written.find(|c: char| c.is_ascii_digit()) else { continue };
            let len = written[start..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(written.len() - start);
            let number = written[start..start + len].trim_end_matches(['.', ',']);
            let comma = number.contains(',') && !number.contains('.');
            let Ok(value) = number.replace(',', if comma { "." } else { "" }).parse::<f64>() else { continue };
            let decimals = number.split_once(['.', ',']).map_or(0, |(_, d)| d.len());
            let higher = format!("{:.*}", decimals, value * 1.3);
            let higher = if comma { higher.replace('.', ",") } else { higher };
            let changed = format!("{}{higher}{}", &written[..start], &written[start + number.len()..]);
            if let Some(t) = repeated_with(text, structure, m.span, &changed) {
                plant("conflict", "figure/conflict", t);
            }
            let scaled = [("million", "billion"), ("млн", "млрд"), ("مليون", "مليار")]
                .iter()
                .find(|(from, _)| written.contains(from))
                .map(|(from, to)| written.replacen(from, to, 1));
            if let (Some(scaled), true) = (scaled, f.amount > 0.0)
                && let Some(t) = repeated_with(text, structure, m.span, &scaled)
            {
                plant("scale", "figure/scale-mismatch", t);
            }
        }
    }
    if let (Some(dl), Some(p)) = (analysis.metadata.dateline, analysis.metadata.published) {
        let from_dateline = p.span.is_some_and(|s| dl.span.start <= s.start && s.end <= dl.span.end);
        if let (Some(date), false) = (dl.date, from_dateline) {
            let day = p.date.day();
            let moved = if day > 14 { day - 5 } else { day + 5 };
            if let Some(digits) = day_digits(text, date, day) {
                plant("dateline", "date/dateline-mismatch", replace(text, digits, &moved.to_string()));
            }
        }
    }
    out
}

/// Catch-rate floors, per kind: what the checks reach today. Raise them as
/// the checks improve; never lower one to let a change land.
const FLOORS: &[(&str, f64)] = &[
    ("weekday", 1.0),
    ("invalid", 1.0),
    ("dateline", 1.0),
    ("relative", 1.0),
    ("percent", 0.9),
    ("conflict", 0.9),
    ("scale", 0.9),
];

#[test]
fn checks_catch_planted_errors_and_stay_silent_on_correct_articles() {
    let ctx = Context::default();
    let mut table: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    for (name, text) in bases() {
        let loud: Vec<_> = analyze(&text, &ctx)
            .findings
            .into_iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| format!("{}: {}", f.code, f.message))
            .collect();
        assert!(loud.is_empty(), "{name} is a correct article but raises {loud:?}");
        for p in plants(&name, &text) {
            let caught = analyze(&p.text, &ctx).findings.iter().any(|f| f.code == p.expect);
            let row = table.entry(p.kind).or_default();
            row.0 += 1;
            if caught {
                row.1 += 1;
            } else {
                let tail = p.text.trim_end().rsplit("\n\n").next().unwrap_or("");
                missed.push(format!(
                    "{} in {}: {}",
                    p.kind,
                    p.base,
                    if matches!(p.kind, "conflict" | "scale") { tail } else { "" }
                ));
            }
        }
    }
    println!("\n{:<10} {:>7} {:>7} {:>6}", "planted", "errors", "caught", "rate");
    let (mut all, mut caught) = (0, 0);
    for (kind, (n, c)) in &table {
        println!("{kind:<10} {n:>7} {c:>7} {:>6.2}", *c as f64 / *n as f64);
        all += n;
        caught += c;
    }
    println!("{:<10} {all:>7} {caught:>7} {:>6.2}", "all", caught as f64 / all.max(1) as f64);
    for m in &missed {
        println!("missed: {m}");
    }
    for (kind, floor) in FLOORS {
        let (n, c) = table.get(kind).copied().unwrap_or_default();
        assert!(n > 0, "no {kind} error could be planted: the bases lost their dates or figures");
        let rate = c as f64 / n as f64;
        assert!(rate >= *floor, "{kind}: caught {c} of {n} ({rate:.2}), floor {floor}");
    }
}
