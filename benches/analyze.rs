//! `cargo bench`: the analysis on each seed, on a 1 MB document made of the
//! seeds, and its stages. Figures are reported in the README.

use copydesk::kb::Kb;
use copydesk::{Context, analyze};
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
    group.finish();

    let mut kb = c.benchmark_group("kb");
    kb.sample_size(20);
    // A fresh knowledge base and a first English analysis with it: what a
    // new process pays before its first result.
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
