//! `cargo bench -p riwaya-dates --bench dates` — find_dates over SaudiNewsNet text.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

mod snn;

fn bench(c: &mut Criterion) {
    // About one million words keeps one iteration near a second.
    let (arts, src) = snn::load(Some(1_000_000));
    let words: usize = arts
        .iter()
        .map(|a| a.content.split_whitespace().count())
        .sum();
    let bytes: usize = arts.iter().map(|a| a.content.len()).sum();
    eprintln!(
        "corpus: {src}: {} articles, {words} words, {bytes} bytes",
        arts.len()
    );
    let mut g = c.benchmark_group("find_dates");
    g.sample_size(10);
    g.throughput(Throughput::Elements(words as u64));
    g.bench_function("saudinewsnet_words", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for a in &arts {
                n += riwaya_dates::find_dates(black_box(&a.content), a.published).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
