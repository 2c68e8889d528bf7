//! Criterion benchmark of recognition over a sample of SaudiNewsNet (the `content` field of
//! the JSON arrays in `../shared/data/saudinewsnet/*.zip`), or a built-in sample when the
//! data folder is missing. Throughput is in words (whitespace-separated): "elem/s".
//!
//! `CARGO_TARGET_DIR=/work/target-entities cargo bench -p riwaya-entities --bench entities`
//! (`ENTITIES_BENCH_MB=20` sets the sample size in MB; default 8.)

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use riwaya_entities::Recognizer;
use riwaya_lexicon::Lexicon;
use std::hint::black_box;
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

fn load(max_bytes: usize) -> Vec<String> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = [here.join("../../../shared/data/saudinewsnet"), PathBuf::from("/work/shared/data/saudinewsnet")]
        .into_iter()
        .find(|p| p.is_dir());
    let mut docs = Vec::new();
    let mut total = 0;
    if let Some(dir) = dir {
        let mut zips: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "zip"))
            .collect();
        zips.sort();
        'outer: for z in zips {
            let Ok(f) = std::fs::File::open(&z) else { continue };
            let Ok(mut a) = zip::ZipArchive::new(f) else { continue };
            for i in 0..a.len() {
                let mut e = a.by_index(i).unwrap();
                let mut s = String::new();
                if e.read_to_string(&mut s).is_err() {
                    continue;
                }
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&s) else { continue };
                for item in v.as_array().into_iter().flatten() {
                    if let Some(c) = item.get("content").and_then(|c| c.as_str()) {
                        total += c.len();
                        docs.push(c.to_string());
                        if total >= max_bytes {
                            break 'outer;
                        }
                    }
                }
            }
        }
    }
    if docs.is_empty() {
        let s = "أعلنت قوات سوريا الديمقراطية (قسد) أن عناصر تنظيم داعش هاجموا سجن غويران في مدينة الحسكة، \
                 وقال المتحدث باسم وزارة الدفاع الأميركية جون كيربي إن قوات التحالف نفذت غارات. ";
        docs = (0..2000).map(|_| s.repeat(20)).collect();
    }
    docs
}

fn bench(c: &mut Criterion) {
    let mb: usize = std::env::var("ENTITIES_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let docs = load(mb << 20);
    let words: u64 = docs.iter().map(|d| d.split_whitespace().count() as u64).sum();
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Elements(words));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("normalize", |b| {
        b.iter(|| docs.iter().map(|d| riwaya_text::normalize(black_box(d)).text.len()).sum::<usize>())
    });
    g.bench_function("mentions", |b| b.iter(|| docs.iter().map(|d| rec.mentions(black_box(d)).len()).sum::<usize>()));
    g.bench_function("mentions_nested", |b| {
        b.iter(|| docs.iter().map(|d| rec.mentions_nested(black_box(d)).len()).sum::<usize>())
    });
    g.bench_function("mentions+framing", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let m = rec.mentions(black_box(d));
                    rec.framing(d, &m).len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
    c.bench_function("build_recognizer", |b| {
        let lex = Arc::new(Lexicon::embedded().unwrap());
        b.iter(|| Recognizer::new(lex.clone()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
