//! Prints pattern-found names over a SaudiNewsNet sample, and times recognition.
//! `cargo run --release -p riwaya-entities --example probe -- [MB]`
use riwaya_entities::{render_toml, suggest, Recognizer};
use riwaya_lexicon::Lexicon;
use std::io::Read;
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(4);
    let dir = std::env::var("SNN").unwrap_or("/work/shared/data/saudinewsnet".into());
    let mut docs = Vec::new();
    let mut total = 0;
    let mut zips: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    zips.sort();
    'o: for z in zips {
        let mut a = zip::ZipArchive::new(std::fs::File::open(&z).unwrap()).unwrap();
        for i in 0..a.len() {
            let mut s = String::new();
            a.by_index(i).unwrap().read_to_string(&mut s).unwrap();
            let v: serde_json::Value = serde_json::from_str(&s).unwrap();
            for it in v.as_array().unwrap() {
                if let Some(c) = it["content"].as_str() {
                    total += c.len();
                    docs.push(c.to_string());
                    if total > mb << 20 {
                        break 'o;
                    }
                }
            }
        }
    }
    let words: usize = docs.iter().map(|d| d.split_whitespace().count()).sum();
    let t = Instant::now();
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    eprintln!("build {:?}", t.elapsed());
    let t = Instant::now();
    let n: usize = docs.iter().map(|d| rec.debug_prepare(d)).sum();
    eprintln!("prepare {:?} ({n})", t.elapsed());
    let t = Instant::now();
    let (k, np, _) = rec.debug_stats("x");
    let nc: usize = docs.iter().map(|d| rec.debug_stats(d).2).sum();
    eprintln!("{k} {np} patterns; {nc} raw matches; prepare+AC {:?}", t.elapsed());
    let t = Instant::now();
    let n: usize = docs.iter().map(|d| rec.mentions(d).len()).sum();
    let el = t.elapsed();
    eprintln!("{} docs {} words {} mentions in {:?}: {:.2} M words/s", docs.len(), words, n, el, words as f64 / el.as_secs_f64() / 1e6);
    let t = Instant::now();
    let n: usize = docs.iter().map(|d| riwaya_text::normalize(d).text.len()).sum();
    eprintln!("normalize only {:?} ({n})", t.elapsed());
    if std::env::args().any(|a| a == "--suggest") {
        let s = suggest(docs.iter().enumerate().map(|(i, d)| (i.to_string(), d.clone())), &rec);
        for x in s.iter().take(150) {
            println!("{:>5} {:<16} {}", x.count, x.kind_guess, x.name);
        }
        if std::env::args().any(|a| a == "--toml") {
            println!("{}", render_toml(&s[..s.len().min(3)]));
        }
    }
}

#[allow(dead_code)]
fn unused() {}
