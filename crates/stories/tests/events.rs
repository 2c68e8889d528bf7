//! Single happenings across all 18 days of SaudiNewsNet (hand labels by URL in
//! `fixtures/saudinewsnet_events.json`): per event, the share of its reports in its best
//! story and the share of that story about it; no story over 300 articles. Text alone (no
//! entity extraction); slow in a debug build, so run it on demand:
//! `cargo test --release -p riwaya-stories --test events -- --ignored --nocapture`.
//! (`examples/tune.rs` measures the same on the whole pipeline's output.)

use riwaya_model::{Article, SourceFormat};
use riwaya_stories::{digest, StoryConfig, Stories};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::PathBuf;

fn field(r: &Value, k: &str) -> String {
    r.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string()
}

#[test]
#[ignore]
fn saudinewsnet_events_stay_whole_and_pure() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = manifest.join("../../../shared/data/saudinewsnet");
    if !data.is_dir() {
        eprintln!("events: skipped, {} is absent", data.display());
        return;
    }
    let fx: Value = serde_json::from_str(&std::fs::read_to_string(manifest.join("tests/fixtures/saudinewsnet_events.json")).unwrap()).unwrap();
    let mut zips: Vec<PathBuf> = std::fs::read_dir(&data).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "zip")).collect();
    zips.sort();
    let mut stories = Stories::new(StoryConfig::default());
    let mut seen: HashSet<String> = HashSet::new();
    for z in &zips {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(std::fs::read(z).unwrap())).unwrap();
        let mut batch = Vec::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            let v: Value = serde_json::from_str(&s).unwrap();
            for r in v.as_array().unwrap() {
                let url = field(r, "url");
                if !seen.insert(url.clone()) {
                    continue;
                }
                let a = Article {
                    outlet: Some(field(r, "source")),
                    url: Some(url.clone()),
                    published: Some(field(r, "date_extracted").chars().take(10).collect()),
                    title: Some(field(r, "title")),
                    format: SourceFormat::Json,
                    ..Article::new(url, field(r, "content"))
                };
                batch.push(digest(&a));
            }
        }
        stories.add_batch(batch);
    }
    let st = stories.stories(false);
    let biggest = st.iter().map(|s| s.articles.len()).max().unwrap_or(0);
    let of: HashMap<&str, &str> = st.iter().flat_map(|s| s.articles.iter().map(move |a| (a.id.as_str(), s.id.as_str()))).collect();
    let size: HashMap<&str, &[riwaya_stories::StoryArticle]> = st.iter().map(|s| (s.id.as_str(), s.articles.as_slice())).collect();
    let (mut rs, mut ps) = (0.0, 0.0);
    let events = fx["events"].as_object().unwrap();
    for (name, ev) in events {
        let urls = |k: &str| -> Vec<&str> { ev[k].as_array().unwrap().iter().filter_map(|u| u.as_str()).filter(|u| seen.contains(*u)).collect() };
        let reports = urls("reports");
        let about: HashSet<&str> = reports.iter().copied().chain(urls("related")).collect();
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for u in &reports {
            if let Some(s) = of.get(u) {
                *count.entry(s).or_default() += 1;
            }
        }
        let (r, p) = match count.iter().max_by_key(|(_, c)| **c) {
            Some((s, c)) => {
                let m = size[s];
                (*c as f64 / reports.len() as f64, m.iter().filter(|a| about.contains(a.id.as_str())).count() as f64 / m.len() as f64)
            }
            None => (0.0, 1.0),
        };
        eprintln!("  {name:28} reports {:4}  in best story {r:.2}  story about it {p:.2}", reports.len());
        rs += r;
        ps += p;
    }
    let n = events.len() as f64;
    eprintln!("events: largest story {biggest}; mean share in best story {:.3}, of story about it {:.3}", rs / n, ps / n);
    assert!(biggest <= 300, "a story of {biggest} articles");
}
