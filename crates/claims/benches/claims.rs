//! Claim extraction over a sample of SaudiNewsNet articles (../shared/data/saudinewsnet/*.zip,
//! JSON arrays with a `content` field). Throughput is in words; the target is ≥ 5 M words/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use riwaya_claims::ClaimExtractor;
use std::io::Read;
use std::path::Path;

fn sample() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/saudinewsnet");
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} not found; benchmarking a built-in text", dir.display());
        out.push("وأعلنت قسد مقتل 12 عنصراً من داعش، فيما قال مصدر محلي إن 30 مدنياً نزحوا. ".repeat(200));
        return out;
    };
    let mut files: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "zip")).collect();
    files.sort();
    for f in files.iter().take(3) {
        let mut z = zip::ZipArchive::new(std::fs::File::open(f).unwrap()).unwrap();
        for i in 0..z.len() {
            let mut e = z.by_index(i).unwrap();
            let mut s = String::new();
            if e.read_to_string(&mut s).is_err() {
                continue;
            }
            if let Ok(serde_json::Value::Array(v)) = serde_json::from_str::<serde_json::Value>(&s) {
                out.extend(v.iter().filter_map(|a| a["content"].as_str().map(String::from)));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = sample();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let ex = ClaimExtractor::new();
    let none = |_: &str| None;
    let mut g = c.benchmark_group("claims");
    g.throughput(Throughput::Elements(words as u64));
    g.sample_size(10);
    g.bench_function(format!("extract {} articles, {} words", texts.len(), words), |b| {
        b.iter(|| texts.iter().map(|t| ex.extract(t, &[], &none).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
