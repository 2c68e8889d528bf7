//! B-cubed check of the story grouping on two real days of SaudiNewsNet (2015-08-06/07),
//! against the hand labels in `fixtures/saudinewsnet_stories.json` (URLs only).
//!
//! The data lies outside the repository (`../shared/data/saudinewsnet`); when it is absent
//! the test says so and passes. Clustering runs here on text alone (no entity
//! extraction), which is harder than in the full pipeline.

use riwaya_model::{Article, SourceFormat};
use riwaya_stories::{digest, StoryConfig, Stories};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::PathBuf;

/// F1 measured (text only, default config), less a margin. Since stories are assigned
/// against the story as a whole (no chains of single links) and capped in size, the Abha
/// bombing's third-party condemnations form stories of their own beside its direct
/// coverage: 0.65 on these broad labels (was 0.80 with single-link chaining), while the
/// strict labels below stay at 0.9+.
const MEASURED_F1: f64 = 0.65;
/// Measured on the strict labels.
const MEASURED_STRICT_F1: f64 = 0.90;
const MARGIN: f64 = 0.05;
const FLOOR: f64 = 0.5;

fn read_day(path: &PathBuf) -> Vec<Value> {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if !f.name().ends_with(".json") {
            continue;
        }
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        let v: Value = serde_json::from_str(&s).unwrap();
        out.extend(v.as_array().expect("a JSON array of records").iter().cloned());
    }
    out
}

fn field(r: &Value, k: &str) -> String {
    r.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string()
}

fn article(r: &Value) -> Article {
    let url = field(r, "url");
    let date = field(r, "date_extracted");
    let title = field(r, "title");
    Article {
        outlet: Some(field(r, "source")).filter(|s| !s.is_empty()),
        url: Some(url.clone()),
        published: Some(date.chars().take(10).collect::<String>()).filter(|s| s.len() == 10),
        title: Some(title).filter(|s| !s.is_empty()),
        format: SourceFormat::Json,
        ..Article::new(url, field(r, "content"))
    }
}

/// B-cubed F1 of the clustering against one fixture's labels; `None` when the data is absent.
fn bcubed(fixture_file: &str) -> Option<f64> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = manifest.join("../../../shared/data/saudinewsnet");
    let fixture: Value =
        serde_json::from_str(&std::fs::read_to_string(manifest.join("tests/fixtures").join(fixture_file)).unwrap()).unwrap();
    let days: Vec<String> = fixture["days"].as_array().unwrap().iter().map(|d| d.as_str().unwrap().to_string()).collect();
    let zips: Vec<PathBuf> = days.iter().map(|d| data.join(format!("{d}.zip"))).collect();
    if let Some(z) = zips.iter().find(|z| !z.exists()) {
        eprintln!("bcubed: skipped, {} is absent", z.display());
        return None;
    }

    // Gold: url → label; `other` articles are each their own singleton.
    let mut gold: HashMap<String, String> = HashMap::new();
    for (name, urls) in fixture["stories"].as_object().unwrap() {
        for u in urls.as_array().unwrap() {
            assert!(gold.insert(u.as_str().unwrap().to_string(), name.clone()).is_none(), "labelled twice: {u}");
        }
    }
    for (k, u) in fixture["other"].as_array().map(|a| a.as_slice()).unwrap_or(&[]).iter().enumerate() {
        assert!(gold.insert(u.as_str().unwrap().to_string(), format!("other-{k}")).is_none(), "labelled twice: {u}");
    }

    let records: Vec<Value> = zips.iter().flat_map(read_day).collect();
    let mut stories = Stories::new(StoryConfig::default());
    let mut seen = 0usize;
    for chunk in records.chunks(256) {
        let batch = chunk.iter().map(|r| digest(&article(r))).collect();
        stories.add_batch(batch);
    }
    let mut titles: HashMap<String, String> = HashMap::new();
    for r in &records {
        if gold.contains_key(&field(r, "url")) {
            seen += 1;
            titles.insert(field(r, "url"), field(r, "title"));
        }
    }
    assert_eq!(seen, gold.len(), "some labelled URLs are not in the data");

    // Predicted cluster: the story id, or a singleton of its own.
    let story_of = stories.story_of();
    let items: Vec<(&String, &String)> = gold.iter().collect();
    let pred: Vec<String> =
        items.iter().map(|(u, _)| story_of.get(*u).cloned().unwrap_or_else(|| format!("single:{u}"))).collect();

    let n = items.len();
    let (mut p_sum, mut r_sum) = (0.0, 0.0);
    let mut per_story: BTreeMap<&str, (f64, f64, usize)> = BTreeMap::new();
    for i in 0..n {
        let (mut same_both, mut same_pred, mut same_gold) = (0usize, 0usize, 0usize);
        for j in 0..n {
            let p = pred[i] == pred[j];
            let g = items[i].1 == items[j].1;
            same_pred += p as usize;
            same_gold += g as usize;
            same_both += (p && g) as usize;
        }
        let p = same_both as f64 / same_pred as f64;
        let r = same_both as f64 / same_gold as f64;
        p_sum += p;
        r_sum += r;
        let label = if items[i].1.starts_with("other-") { "other" } else { items[i].1.as_str() };
        let e = per_story.entry(label).or_default();
        e.0 += p;
        e.1 += r;
        e.2 += 1;
    }
    let precision = p_sum / n as f64;
    let recall = r_sum / n as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);

    eprintln!("bcubed: {} articles read, {} labelled, {} in stories of two or more", records.len(), n, story_of.len());
    for (label, (p, r, k)) in &per_story {
        // Where the story's articles went: the largest predicted groups.
        let mut where_: HashMap<&str, (usize, &str)> = HashMap::new();
        for i in 0..n {
            let l = if items[i].1.starts_with("other-") { "other" } else { items[i].1.as_str() };
            if l == *label {
                let c = if pred[i].starts_with("single:") { "singleton" } else { pred[i].as_str() };
                let e = where_.entry(c).or_insert((0, titles[items[i].0].as_str()));
                e.0 += 1;
            }
        }
        let mut w: Vec<_> = where_.into_iter().collect();
        w.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        eprintln!("  {label:<34} n={k:<4} P={:.3} R={:.3}", p / *k as f64, r / *k as f64);
        for (c, (k, t)) in w.iter().take(6) {
            let t: String = t.chars().take(60).collect();
            eprintln!("      {c:<10} ×{k:<4} e.g. {t}");
        }
    }
    let stories_only: Vec<_> = per_story.iter().filter(|(l, _)| **l != "other").collect();
    let macro_r = stories_only.iter().map(|(_, (_, r, k))| r / *k as f64).sum::<f64>() / stories_only.len() as f64;
    eprintln!("bcubed: precision {precision:.4}  recall {recall:.4}  F1 {f1:.4}  (macro recall over labelled stories {macro_r:.4})");

    Some(f1)
}

/// Broad labels: every article about an event, reactions and aftermath included (the Abha
/// bombing's condolence calls, funerals, the festival it cancelled).
#[test]
fn bcubed_broad_labels() {
    if let Some(f1) = bcubed("saudinewsnet_stories.json") {
        let min = (MEASURED_F1 - MARGIN).max(FLOOR);
        assert!(f1 >= min, "B-cubed F1 {f1:.4} fell below {min:.4}");
    }
}

/// Strict labels: each story's own reports only; reactions are listed apart and not scored.
#[test]
fn bcubed_strict_labels() {
    if let Some(f1) = bcubed("saudinewsnet_stories_strict.json") {
        assert!(f1 >= MEASURED_STRICT_F1 - MARGIN, "B-cubed F1 {f1:.4} fell below {:.4}", MEASURED_STRICT_F1 - MARGIN);
    }
}
