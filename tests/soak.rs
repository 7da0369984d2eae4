//! Soak: 100,000 random edits across 20 open articles in one server
//! session. Memory must stay flat (the curve is printed: `cargo test --test
//! soak -- --nocapture`), and at the end every article's diagnostics and
//! semantic tokens must equal those of a fresh server-side analysis of the
//! same text. The edits are seeded, so a failure replays exactly.

mod common;

use common::{Lsp, apply};
use serde_json::{Value, json};

const DOCS: usize = 20;
const EDITS: usize = 100_000;

fn edits() -> usize {
    std::env::var("SOAK_EDITS").ok().and_then(|v| v.parse().ok()).unwrap_or(EDITS)
}

/// xorshift64*: a few lines of seeded randomness, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Pieces typed in: words, figures, dates, other scripts, line breaks.
const PIECES: &[&str] =
    &["a", " ", "Qatar ", "$1.1 million", " on Monday, 16 June 2024", "Баку ", "قطر ", "\n", "\r\n", ".", "15%"];

fn seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("seeds").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("seed")).collect()
}

/// A position at a character boundary of `text` (lines and UTF-16 units;
/// the pieces are all in the basic plane, so units are characters).
fn position(rng: &mut Rng, text: &str) -> (usize, usize) {
    let lines: Vec<&str> = text.split('\n').collect();
    let line = rng.below(lines.len());
    let chars = lines[line].trim_end_matches('\r').chars().count();
    (line, rng.below(chars + 1))
}

#[test]
#[cfg(target_os = "linux")]
fn a_hundred_thousand_edits_keep_memory_flat_and_end_in_fresh_analyses() {
    let mut lsp = Lsp::spawn();
    lsp.initialize(&[]);
    let seeds = seeds();
    let mut texts: Vec<String> = (0..DOCS).map(|i| seeds[i % seeds.len()].clone()).collect();
    let mut versions = [1i64; DOCS];
    let sizes: Vec<usize> = texts.iter().map(String::len).collect();
    let uri = |i: usize| format!("file:///soak/article-{i}.txt");
    for (i, text) in texts.iter().enumerate() {
        lsp.open(&uri(i), text, 1);
    }
    let mut rng = Rng(0x00C0_FFEE_D00D_F00D);
    let mut curve = Vec::new();
    for n in 1..=edits() {
        let doc = rng.below(DOCS);
        let text = &texts[doc];
        let start = position(&mut rng, text);
        // Typing, and deleting whenever an article has outgrown its seed,
        // so the articles keep their size and memory has no reason to grow.
        let (end, new) = if text.len() > sizes[doc] {
            let line_len = text.split('\n').nth(start.0).map_or(0, |l| l.trim_end_matches('\r').chars().count());
            ((start.0, (start.1 + 1 + rng.below(32)).min(line_len)), "")
        } else {
            (start, PIECES[rng.below(PIECES.len())])
        };
        texts[doc] = apply(text, start, end, new);
        versions[doc] += 1;
        lsp.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri(doc), "version": versions[doc]},
                "contentChanges": [{"range": {"start": {"line": start.0, "character": start.1}, "end": {"line": end.0, "character": end.1}}, "text": new}],
            }),
        );
        if n % 10_000 == 0 {
            // A request answered means every edit before it was read.
            lsp.result("textDocument/documentSymbol", json!({"textDocument": {"uri": uri(doc)}}));
            lsp.backlog.clear();
            curve.push((n, rss_kb(lsp.pid())));
        }
    }
    let size: usize = texts.iter().map(String::len).sum();
    println!("\nedits  server RSS (KB); the 20 articles end at {size} bytes");
    for (n, kb) in &curve {
        println!("{n:>6}  {kb}");
    }
    // Measured from the second tenth on: tables built on first use (the
    // officials by office, the organizations' matcher) and the allocator's
    // arenas are in place by then, and when they fill the first tenth
    // depends on the scheduling of the analyses, not on a leak.
    let (first, last) = (curve[1].1, curve[curve.len() - 1].1);
    assert!(last <= first + first / 2, "memory grew from {first} KB to {last} KB over the session: {curve:?}");

    let strip = |d: &[Value]| d.iter().map(|d| (d["range"].clone(), d["message"].clone())).collect::<Vec<_>>();
    for (i, text) in texts.iter().enumerate() {
        let edited = lsp.diagnostics(&uri(i), versions[i]);
        let edited_tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri(i)}}));
        let fresh = format!("file:///soak/fresh-{i}.txt");
        lsp.open(&fresh, text, 1);
        let fresh_diags = lsp.diagnostics(&fresh, 1);
        let fresh_tokens = lsp.result("textDocument/semanticTokens/full", json!({"textDocument": {"uri": fresh}}));
        assert_eq!(strip(&edited), strip(&fresh_diags), "article {i}: diagnostics differ from a fresh analysis");
        assert_eq!(edited_tokens["data"], fresh_tokens["data"], "article {i}: tokens differ from a fresh analysis");
    }
    assert_eq!(lsp.shutdown(), Some(0));
}
