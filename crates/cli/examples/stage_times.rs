//! Time each pipeline stage separately over a corpus, on one thread:
//! `cargo run --release -p riwaya --example stage_times -- ../shared/data/saudinewsnet`
//! Prints seconds and million words per second for each stage.

use riwaya_clean::Cleaner;
use riwaya_ingest::{discover, read_file};
use std::time::{Duration, Instant};

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let (files, _) = discover(&paths);
    let t = Instant::now();
    let mut raws = Vec::new();
    for f in &files {
        read_file(f, &mut |item| {
            if let Ok(a) = item {
                raws.push(a)
            }
        });
    }
    let ingest = t.elapsed();
    let cleaner = Cleaner::new();
    let (ex, _) = riwaya_extract::Extractor::new(&[]).unwrap();
    let rec = ex.recognizer();
    let mut times = [Duration::ZERO; 7];
    let mut words = 0usize;
    for raw in raws {
        let t = Instant::now();
        let a = cleaner.clean(raw);
        times[0] += t.elapsed();
        words += a.text.split_whitespace().count();
        let t = Instant::now();
        let m = rec.mentions_nested(&a.text);
        times[1] += t.elapsed();
        let t = Instant::now();
        let _ = rec.mentions_and_framing(&a.text);
        times[2] += t.elapsed();
        let t = Instant::now();
        let _ = riwaya_extract::dates(&a.text, None);
        times[3] += t.elapsed();
        let t = Instant::now();
        let _ = ex.claims_only(&a.text, &m);
        times[4] += t.elapsed();
        let t = Instant::now();
        let _ = riwaya_text::number::find_numbers(&a.text);
        times[5] += t.elapsed();
        let t = Instant::now();
        let _ = ex.events_of(&a.text, None);
        times[6] += t.elapsed();
    }
    let mw = words as f64 / 1e6;
    println!("{:>10} words; ingest (read+decode+parse) {:.2} s", words, ingest.as_secs_f64());
    for (name, d) in ["clean", "mentions", "mentions+framing", "dates", "claims", "numbers alone", "events (+mentions, dates)"].iter().zip(times) {
        println!("{name:>14}: {:6.2} s  {:6.1} M words/s", d.as_secs_f64(), mw / d.as_secs_f64());
    }
}
