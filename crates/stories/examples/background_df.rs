//! Builds `crates/stories/data/background_df.tsv`: how many articles of a large corpus use
//! each content word. Clustering adds these counts to the run's own, so that a small run
//! (five articles) still knows «الحسكة» is rare and «الأمنية» common.
//! `cargo run --release -p riwaya-stories --example background_df -- ../shared/data/saudinewsnet > crates/stories/data/background_df.tsv`
use std::collections::HashMap;
use std::io::Read;

fn main() {
    let dir = std::env::args().nth(1).expect("corpus folder of zipped JSON arrays");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut df: HashMap<String, u32> = HashMap::new();
    let mut n = 0u32;
    for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "zip")) {
        let mut z = zip::ZipArchive::new(std::fs::File::open(p).unwrap()).unwrap();
        for i in 0..z.len() {
            let mut s = String::new();
            z.by_index(i).unwrap().read_to_string(&mut s).unwrap();
            let recs: Vec<serde_json::Value> = serde_json::from_str(&s).unwrap();
            for r in recs {
                let text = format!("{}\n{}", r["title"].as_str().unwrap_or(""), r["content"].as_str().unwrap_or(""));
                n += 1;
                for w in riwaya_stories::digest::content_words(&text) {
                    *df.entry(w).or_default() += 1;
                }
            }
        }
    }
    let mut v: Vec<(String, u32)> = df.into_iter().filter(|(_, c)| *c >= 8).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("# Document frequency of content words (normalised: see riwaya_story::digest), from {n} articles");
    println!("# of SaudiNewsNet (2015). Built by crates/stories/examples/background_df.rs. Columns: word, articles.");
    println!("#articles\t{n}");
    for (w, c) in v {
        println!("{w}\t{c}");
    }
}
