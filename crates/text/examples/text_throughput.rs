//! Words per second of the three text-core chains on one core, on the same SaudiNewsNet
//! sample as the criterion bench. Used by `bench/text_core.sh` for the Python comparison.
//!
//! `cargo run --release -p riwaya-text --example text_throughput -- [--dump FILE.jsonl] [--bytes N]`
//! prints one line per chain: `chain<TAB>words<TAB>seconds<TAB>words_per_s`.

#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;

fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut bytes = common::SAMPLE_BYTES;
    let mut dump = None;
    let mut only: Option<String> = None;
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--bytes" => {
                bytes = args[i + 1].parse().expect("--bytes N");
                i += 1;
            }
            "--only" => {
                only = Some(args[i + 1].clone());
                i += 1;
            }
            "--dump" => {
                dump = Some(args[i + 1].clone());
                i += 1;
            }
            a => panic!("unknown argument {a}"),
        }
        i += 1;
    }
    let docs = common::load(bytes);
    let words = common::word_count(&docs);
    let total: usize = docs.iter().map(|d| d.len()).sum();
    eprintln!("sample: {} articles, {} bytes, {} words", docs.len(), total, words);
    if let Some(path) = dump {
        let mut out = String::with_capacity(total + docs.len() * 8);
        for d in &docs {
            out.push_str(&serde_json::to_string(d).unwrap());
            out.push('\n');
        }
        std::fs::write(&path, out).expect("write sample");
    }
    let runs = 10;
    let want = |name: &str| only.as_deref().is_none_or(|o| o == name);
    let skip = |_: usize| 0usize;
    let _ = skip;
    let t_norm = if !want("normalize") { f64::NAN } else { best_of(runs, || docs.iter().map(|d| riwaya_text::normalize(d).text.len()).sum()) };
    let t_norm_str = if !want("normalize_str") { f64::NAN } else { best_of(runs, || docs.iter().map(|d| riwaya_text::normalize_str(d).len()).sum()) };
    let t_tok = if !want("normalize+tokenize") { f64::NAN } else { best_of(runs, || {
        docs.iter()
            .map(|d| {
                let n = riwaya_text::normalize(d);
                riwaya_text::tokenize(&n.text).len()
            })
            .sum()
    }) };
    let t_num = if !want("normalize+tokenize+numbers") { f64::NAN } else { best_of(runs, || {
        docs.iter()
            .map(|d| {
                let n = riwaya_text::normalize(d);
                let toks = riwaya_text::tokenize(&n.text);
                riwaya_text::find_numbers_in(d, &n, &toks).len()
            })
            .sum()
    }) };
    let w = words as f64;
    for (name, t) in [
        ("normalize", t_norm),
        ("normalize_str", t_norm_str),
        ("normalize+tokenize", t_tok),
        ("normalize+tokenize+numbers", t_num),
    ] {
        if t.is_nan() {
            continue;
        }
        println!("{name}\t{words}\t{t:.4}\t{:.0}", w / t);
    }
}
