//! Criterion benchmark of the text core on a fixed ~20 MB SaudiNewsNet sample (or a
//! built-in sample when the data folder is missing). Throughput is in words
//! (whitespace-separated), so criterion reports words/s ("elem/s").
//!
//! `CARGO_TARGET_DIR=/work/target-text cargo bench -p riwaya-text --bench text_core`

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let docs = common::load(common::SAMPLE_BYTES);
    let words = common::word_count(&docs);
    let mut g = c.benchmark_group("text_core");
    g.throughput(Throughput::Elements(words));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("normalize", |b| {
        b.iter(|| docs.iter().map(|d| riwaya_text::normalize(black_box(d)).text.len()).sum::<usize>())
    });
    g.bench_function("normalize+tokenize", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let n = riwaya_text::normalize(black_box(d));
                    riwaya_text::tokenize(&n.text).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("normalize+tokenize+numbers", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let n = riwaya_text::normalize(black_box(d));
                    let toks = riwaya_text::tokenize(&n.text);
                    riwaya_text::find_numbers_in(d, &n, &toks).len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
