//! `cargo bench`: the analysis on each seed, on a 1 MB document made of the
//! seeds, its stages (segment, metadata, recognize, check) on that
//! document, and the cost curve from 10 KB to 10 MB. Figures are reported in
//! the README.

use copydesk::kb::Kb;
use copydesk::{Context, Reuse, analyze, analyze_reusing};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn seeds() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("seeds/").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).expect("seed")))
        .collect()
}

/// The seeds repeated, separated by blank lines, to `size` bytes.
pub fn corpus(size: usize) -> String {
    let seeds = seeds();
    let mut out = String::with_capacity(size + 8192);
    'fill: loop {
        for (_, text) in &seeds {
            out.push_str(text);
            out.push_str("\n\n");
            if out.len() >= size {
                break 'fill;
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    // The allocator as the `copydesk` binary sets it.
    copydesk::allocator::keep_freed_memory();
    let ctx = Context::default();
    // Warm the knowledge base and the compiled matchers once.
    black_box(analyze("Azerbaijan, 16 June 2024, $1 million.", &ctx));

    let mut group = c.benchmark_group("analyze");
    for (name, text) in seeds() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("seed", &name[..3]), &text, |b, text| {
            b.iter(|| analyze(black_box(text), &ctx))
        });
    }
    let big = corpus(1 << 20);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(20);
    group.bench_function("1MB", |b| b.iter(|| analyze(black_box(&big), &ctx)));
    // A letter typed in the middle of the 1 MB document and taken back, each
    // version analysed reusing what the analysis of the other read.
    let mut middle = big.len() / 2;
    while !big.is_char_boundary(middle) {
        middle += 1;
    }
    let mut edited = big.clone();
    edited.insert(middle, 'x');
    let mut reuse = Reuse::default();
    black_box(analyze_reusing(&big, &ctx, &mut reuse));
    let mut typed = false;
    group.bench_function("1MB-one-letter-edit", |b| {
        b.iter(|| {
            typed = !typed;
            analyze_reusing(black_box(if typed { &edited } else { &big }), &ctx, &mut reuse)
        })
    });
    group.finish();

    // The stages of `analyze`, each on the output of the one before.
    let mut stages = c.benchmark_group("stage-1MB");
    stages.throughput(Throughput::Bytes(big.len() as u64));
    stages.sample_size(20);
    let structure = copydesk::text::segment(&big, false);
    let metadata = copydesk::text::extract_metadata(&big, None);
    let language = copydesk::text::detect_language(&big);
    stages.bench_function("segment", |b| b.iter(|| copydesk::text::segment(black_box(&big), false)));
    stages.bench_function("metadata+language", |b| {
        b.iter(|| (copydesk::text::extract_metadata(black_box(&big), None), copydesk::text::detect_language(&big)))
    });
    let input = copydesk::recognize::Input {
        text: &big,
        language,
        structure: &structure,
        metadata: &metadata,
        published: metadata.published.map(|p| p.date),
        kb: &ctx.kb,
    };
    stages.bench_function("recognize", |b| b.iter(|| copydesk::recognize::recognize(black_box(&input))));
    let analysis = analyze(&big, &ctx);
    let check_ctx = copydesk::checks::CheckContext::new(&big, &analysis, &ctx.kb);
    stages.bench_function("check", |b| b.iter(|| copydesk::checks::run(black_box(&check_ctx), &ctx.config)));
    stages.finish();

    // Each rule alone: a rule that scans the text per mention shows here
    // long before it shows in the total.
    let mut rules = c.benchmark_group("rule-1MB");
    rules.sample_size(10);
    for rule in copydesk::checks::RULES {
        rules.bench_function(rule.code, |b| {
            b.iter(|| {
                let mut out = Vec::new();
                rule.run(black_box(&check_ctx), &mut out);
                out
            })
        });
    }
    rules.finish();

    // Cost against size: linear means constant throughput.
    let mut curve = c.benchmark_group("curve");
    curve.sample_size(10);
    for size in [10 << 10, 100 << 10, 1 << 20, 10 << 20] {
        let text = corpus(size);
        curve.throughput(Throughput::Bytes(text.len() as u64));
        curve.bench_with_input(BenchmarkId::from_parameter(format!("{}KB", size >> 10)), &text, |b, text| {
            b.iter(|| analyze(black_box(text), &ctx))
        });
    }
    curve.finish();

    // The gazetteer alone on each seed (2–5 KB), its automata built.
    let mut gazetteer = c.benchmark_group("gazetteer");
    for (name, text) in seeds() {
        let structure = copydesk::text::segment(&text, false);
        let metadata = copydesk::text::extract_metadata(&text, None);
        let input = copydesk::recognize::Input {
            text: &text,
            language: copydesk::text::detect_language(&text),
            structure: &structure,
            metadata: &metadata,
            published: metadata.published.map(|p| p.date),
            kb: &ctx.kb,
        };
        ctx.kb.gazetteer().warm(&ctx.kb, &text);
        gazetteer.throughput(Throughput::Bytes(text.len() as u64));
        gazetteer.bench_with_input(BenchmarkId::new("seed", &name[..3]), &input, |b, input| {
            b.iter(|| {
                let mut out = Vec::new();
                let starts: Vec<usize> = copydesk::text::word_starts(input.text).collect();
                ctx.kb.gazetteer().recognize(black_box(input), &starts, &mut out);
                out
            })
        });
    }
    gazetteer.finish();

    let mut kb = c.benchmark_group("kb");
    kb.sample_size(20);
    // A fresh knowledge base and a first English analysis with it: what a
    // new process pays before its first result.
    // The embedded data parsed into tables, nothing else: the issue's
    // "knowledge-base load".
    kb.bench_function("load", |b| b.iter(|| black_box(Kb::load_uncached())));
    kb.bench_function("load+first-analysis", |b| {
        b.iter(|| {
            let ctx = Context { kb: std::sync::Arc::new(Kb::load_uncached()), config: Default::default() };
            black_box(analyze("President Ilham Aliyev visited Qatar on 16 May 2024.", &ctx));
        })
    });
    kb.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
