//! One timed pass over SaudiNewsNet samples: `cargo run --release --example claims_speed -- FILES.zip…`
use std::io::Read;
fn main() {
    let mut texts = Vec::new();
    for f in std::env::args().skip(1) {
        let mut z = zip::ZipArchive::new(std::fs::File::open(&f).unwrap()).unwrap();
        for i in 0..z.len() {
            let mut s = String::new();
            if z.by_index(i).unwrap().read_to_string(&mut s).is_ok() {
                if let Ok(serde_json::Value::Array(v)) = serde_json::from_str::<serde_json::Value>(&s) {
                    texts.extend(v.iter().filter_map(|a| a["content"].as_str().map(String::from)));
                }
            }
        }
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let ex = riwaya_claims::ClaimExtractor::new();
    let none = |_: &str| None;
    if let Ok(k) = std::env::var("PRINT") {
        let k: usize = k.parse().unwrap_or(40);
        let mut shown = 0;
        for x in texts.iter().step_by(7) {
            for c in ex.extract(x, &[], &none).iter().filter(|c| c.quantity != "other") {
                let mark = format!("{}{}{}", if c.denied { " DENIED" } else { "" }, c.part_of.map(|p| format!(" PART_OF {p}")).unwrap_or_default(), if c.additional { " MORE" } else { "" });
                println!("{} {:?}-{:?} {:?}{mark} | {} | {:?}", c.quantity, c.low, c.high, c.subject, c.text, c.attribution);
                shown += 1;
            }
            if shown >= k {
                return;
            }
        }
        return;
    }
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let mut k = 0;
        for x in &texts {
            let n = riwaya_text::normalize(x);
            k += riwaya_text::tokens(&n.text).count() + riwaya_text::sentences(&n.text).len();
        }
        let s = t.elapsed().as_secs_f64();
        println!("baseline normalize+tokens+sentences ({k}): {:.3} s, {:.2} M words/s", s, words as f64 / s / 1e6);
        let t = std::time::Instant::now();
        let mut n = 0;
        let mut scored = 0;
        for x in &texts {
            let c = ex.extract(x, &[], &none);
            scored += c.iter().filter(|c| c.quantity != "other").count();
            n += c.len();
        }
        let s = t.elapsed().as_secs_f64();
        println!("{} articles, {} words, {} claims ({} scored): {:.3} s, {:.2} M words/s", texts.len(), words, n, scored, s, words as f64 / s / 1e6);
    }
}
