//! B-cubed evaluation of the clustering on hand-labelled SaudiNewsNet stories
//! (`tests/fixtures/saudinewsnet_stories.json`: URLs only). Reads `../shared` at test time;
//! skips with a note when the data is absent.

mod snn;

use riwaya_story::{ArticleDigest, Stories, StoryConfig};
use std::collections::HashMap;

/// B-cubed precision, recall and F1 over the labelled articles only: for each labelled
/// article, precision is the share of the labelled articles in its predicted story that share
/// its gold story, recall the share of its gold story that is in its predicted story.
pub fn bcubed(pred: &HashMap<String, String>, gold: &HashMap<String, String>) -> (f64, f64, f64) {
    let items: Vec<&str> = gold.keys().filter(|k| pred.contains_key(*k)).map(String::as_str).collect();
    let (mut p, mut r) = (0.0, 0.0);
    for &a in &items {
        let same_pred = items.iter().filter(|&&b| pred[b] == pred[a]).count() as f64;
        let same_gold = items.iter().filter(|&&b| gold[b] == gold[a]).count() as f64;
        let both = items.iter().filter(|&&b| pred[b] == pred[a] && gold[b] == gold[a]).count() as f64;
        p += both / same_pred;
        r += both / same_gold;
    }
    let n = items.len().max(1) as f64;
    let (p, r) = (p / n, r / n);
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

#[test]
fn saudinewsnet_bcubed() {
    let Some(dir) = snn::data_dir() else {
        eprintln!("note: ../shared/data/saudinewsnet not found; B-cubed test skipped");
        return;
    };
    let fx: serde_json::Value = serde_json::from_str(include_str!("fixtures/saudinewsnet_stories.json")).unwrap();
    let days: Vec<&str> = fx["days"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    let mut gold_url: HashMap<String, String> = HashMap::new();
    for (story, urls) in fx["stories"].as_object().unwrap() {
        for u in urls.as_array().unwrap() {
            gold_url.insert(u.as_str().unwrap().to_string(), story.clone());
        }
    }
    let arts = snn::load(&dir, &days);
    let mut gold: HashMap<String, String> = HashMap::new();
    for a in &arts {
        if let Some(g) = a.url.as_ref().and_then(|u| gold_url.get(u)) {
            gold.insert(a.id.clone(), g.clone());
        }
    }
    assert!(gold.len() >= gold_url.len(), "every labelled URL is in the data");
    // One batch per day, as a pipeline would feed them.
    let mut cfg = StoryConfig::default();
    // Tuning aid: STORY_THRESHOLD / STORY_MERGE override the defaults.
    if let Some(t) = std::env::var("STORY_THRESHOLD").ok().and_then(|s| s.parse().ok()) {
        cfg.threshold = t;
    }
    if let Some(t) = std::env::var("STORY_MERGE").ok().and_then(|s| s.parse().ok()) {
        cfg.merge_threshold = t;
    }
    if let Some(t) = std::env::var("STORY_VTERMS").ok().and_then(|s| s.parse().ok()) {
        cfg.vector_terms = t;
    }
    if let Some(t) = std::env::var("STORY_CTERMS").ok().and_then(|s| s.parse().ok()) {
        cfg.centroid_terms = t;
    }
    if let Some(t) = std::env::var("STORY_TW").ok().and_then(|s| s.parse().ok()) {
        cfg.title_weight = t;
    }
    if let Some(t) = std::env::var("STORY_SMERGE").ok().and_then(|s| s.parse().ok()) {
        cfg.story_merge_threshold = t;
    }
    let mut st = Stories::new(cfg);
    for d in &days {
        let batch: Vec<ArticleDigest> = arts.iter().filter(|a| a.published.as_deref() == Some(*d)).map(ArticleDigest::new).collect();
        st.add_batch(batch);
    }
    let pred: HashMap<String, String> = st.assignments().into_iter().collect();
    let (p, r, f) = bcubed(&pred, &gold);
    // For information: reactions folded into the story they react to.
    let mut broad = gold.clone();
    if let Some(re) = fx.get("reactions").and_then(|v| v.as_object()) {
        for (story, urls) in re {
            let urls: std::collections::HashSet<&str> = urls.as_array().unwrap().iter().map(|u| u.as_str().unwrap()).collect();
            for a in &arts {
                if a.url.as_deref().is_some_and(|u| urls.contains(u)) {
                    broad.insert(a.id.clone(), story.clone());
                }
            }
        }
    }
    let (bp, br, bf) = bcubed(&pred, &broad);
    eprintln!("  with reactions folded in ({} labelled): B-cubed P {bp:.3} R {br:.3} F1 {bf:.3} (not asserted)", broad.len());
    eprintln!("SaudiNewsNet {days:?}: {} articles, {} labelled in {} stories; B-cubed P {p:.3} R {r:.3} F1 {f:.3}", arts.len(), gold.len(), fx["stories"].as_object().unwrap().len());
    // Per gold story: how it was split.
    for (story, _) in fx["stories"].as_object().unwrap() {
        let mut parts: HashMap<&String, usize> = HashMap::new();
        for (a, g) in &gold {
            if g == story {
                *parts.entry(&pred[a]).or_insert(0) += 1;
            }
        }
        let mut v: Vec<usize> = parts.values().copied().collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        eprintln!("  {story}: predicted parts {v:?}");
    }
    // The Abha bombing's copies are marked.
    let stories = st.stories();
    let abha = stories
        .iter()
        .max_by_key(|s| s.articles.iter().filter(|a| gold.get(&a.id).map(String::as_str) == Some("abha-bombing")).count())
        .unwrap();
    let copies = abha.articles.iter().filter(|a| a.near_duplicate_of.is_some()).count();
    eprintln!("  Abha story {}: {} articles, {} outlets, {} marked near-copies; title {}", abha.id, abha.articles.len(), abha.outlets.len(), copies, abha.title);
    if std::env::var("STORY_DEBUG").is_ok() {
        let titles: HashMap<&str, &str> = arts.iter().map(|a| (a.id.as_str(), a.title.as_deref().unwrap_or(""))).collect();
        let mut seen = std::collections::HashSet::new();
        for (a, g) in &gold {
            if g == "abha-bombing" && pred[a] != abha.id && seen.insert(pred[a].clone()) {
                let sim = st.story_similarity(&pred[a], &abha.id);
                eprintln!("   {} {:?} {}", pred[a], sim, titles[a.as_str()]);
            }
        }
    }
    assert!(copies >= 3, "near-copies of the Abha reports are marked");
    assert!(p >= 0.9 && r >= 0.85 && f >= 0.9, "B-cubed P {p:.3} R {r:.3} F1 {f:.3} below the bar");
}
