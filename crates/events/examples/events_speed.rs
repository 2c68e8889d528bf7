//! One timed pass over SaudiNewsNet: `cargo run --release -p riwaya-events --example events_speed -- FILES.zip…`
//! Prints the words read, the time of normalising alone, and of event extraction (no
//! mentions or dates given: the trigger pass and the work around hits).
//! `PRINT=N`: a sample of N events and the count per type instead; `DUMP=1`: every event,
//! one line each (`file:member:index`, type, agent, place, text), for reading what trigger
//! changes do on unseen text (`… > events.tsv`).
use std::io::Read;
fn main() {
    let mut ids_texts = Vec::new();
    for f in std::env::args().skip(1) {
        let mut z = zip::ZipArchive::new(std::fs::File::open(&f).unwrap()).unwrap();
        for i in 0..z.len() {
            let mut s = String::new();
            if z.by_index(i).unwrap().read_to_string(&mut s).is_ok() {
                if let Ok(serde_json::Value::Array(v)) = serde_json::from_str::<serde_json::Value>(&s) {
                    let content = v.iter().enumerate().filter_map(|(j, a)| Some((format!("{f}:{i}:{j}"), a["content"].as_str()?.to_string())));
                    ids_texts.extend(content);
                }
            }
        }
    }
    let (ids, texts): (Vec<String>, Vec<String>) = ids_texts.into_iter().unzip();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let ex = riwaya_events::EventExtractor::new();
    if std::env::var("DUMP").is_ok() {
        for (id, x) in ids.iter().zip(&texts) {
            for e in ex.extract(x, &[], &[], None) {
                let ag = e.agent.map(|p| p.text).unwrap_or_default();
                let pl = e.place.map(|p| p.text).unwrap_or_default();
                println!("{id}\t{}\t{ag}\t{pl}\t{}", e.kind, e.text.replace(['\n', '\t'], " "));
            }
        }
        return;
    }
    if let Ok(k) = std::env::var("PRINT") {
        // A sample of events, and the count per type.
        let k: usize = k.parse().unwrap_or(40);
        let mut per: std::collections::BTreeMap<riwaya_model::EventKind, usize> = Default::default();
        let mut shown = 0;
        for (i, x) in texts.iter().enumerate() {
            for e in ex.extract(x, &[], &[], None) {
                *per.entry(e.kind).or_default() += 1;
                if i % 13 == 0 && shown < k && e.kind != "statement" {
                    shown += 1;
                    println!("{:<12} {} | {}", e.kind, e.place.map(|p| p.text).unwrap_or_default(), e.text.replace('\n', " "));
                }
            }
        }
        println!("{per:?}");
        return;
    }
    for _ in 0..2 {
        let t = std::time::Instant::now();
        let mut n = 0;
        for x in &texts {
            n += riwaya_text::normalize(x).text.len();
        }
        let norm = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let mut k = 0;
        let mut arts = 0;
        for x in &texts {
            let e = ex.extract(x, &[], &[], Some("2015-07-21"));
            arts += !e.is_empty() as usize;
            k += e.len();
        }
        let s = t.elapsed().as_secs_f64();
        println!("{} articles, {words} words ({n} bytes): normalise {norm:.3}s; events {s:.3}s ({:.1} M words/s), {k} events in {arts} articles", texts.len(), words as f64 / s / 1e6);
    }
}
