//! Clusters all SaudiNewsNet articles and reports the time, at 1× and 2× (every article
//! again under a new id — each copy is then a near-duplicate, so 2× also exercises LSH).
//!
//! `CARGO_TARGET_DIR=/work/target-story cargo run --release -p riwaya-story --example cluster_bench`
//!
//! Features are computed on all cores (they are per-article and pure); clustering and
//! triangulation run on one thread, fed one day per batch as a pipeline would.
#[path = "../tests/snn/mod.rs"]
mod snn;

use riwaya_model::Article;
use riwaya_story::{features, ArticleDigest, ArticleFeatures, Stories, StoryConfig};
use std::time::Instant;

fn digests(arts: &[Article]) -> Vec<ArticleDigest> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let chunk = arts.len().div_ceil(threads).max(1);
    let feats: Vec<ArticleFeatures> = std::thread::scope(|s| {
        let hs: Vec<_> = arts.chunks(chunk).map(|c| s.spawn(move || c.iter().map(features).collect::<Vec<_>>())).collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    arts.iter().zip(feats).map(|(a, f)| ArticleDigest::with_features(a, f)).collect()
}

fn rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let l = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = l.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn run(label: &str, arts: &[Article]) {
    let t0 = Instant::now();
    let ds = digests(arts);
    let t_feat = t0.elapsed();
    let t1 = Instant::now();
    let mut st = Stories::new(StoryConfig::default());
    // One batch per publication day.
    let mut by_day: std::collections::BTreeMap<String, Vec<ArticleDigest>> = Default::default();
    for d in ds {
        by_day.entry(d.published.clone().unwrap_or_default()).or_default().push(d);
    }
    let mut dups = 0;
    for (_, b) in by_day {
        dups += st.add_batch(b).near_duplicates.len();
    }
    let t_clu = t1.elapsed();
    let t2 = Instant::now();
    let stories = st.stories();
    let t_tri = t2.elapsed();
    let in_stories: usize = stories.iter().map(|s| s.articles.len()).sum();
    println!(
        "{label}: {} articles → {} stories of ≥2 ({} articles in them), {} near-copies; features {:.2} s ({} threads), clustering {:.2} s, stories+triangulation {:.2} s, clustering+triangulation {:.2} s; total {:.2} s; peak RSS {:.0} MB",
        arts.len(),
        stories.len(),
        in_stories,
        dups,
        t_feat.as_secs_f64(),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        t_clu.as_secs_f64(),
        t_tri.as_secs_f64(),
        (t_clu + t_tri).as_secs_f64(),
        (t_feat + t_clu + t_tri).as_secs_f64(),
        rss_mb().unwrap_or(f64::NAN)
    );
    if std::env::var("SHOW").is_ok() {
        for s in stories.iter().take(15) {
            println!("  {} [{}] {} ({}..{})", s.id, s.articles.len(), s.title, s.first.clone().unwrap_or_default(), s.last.clone().unwrap_or_default());
        }
    }
}

fn main() {
    let Some(dir) = snn::data_dir() else {
        eprintln!("SaudiNewsNet data not found (../shared/data/saudinewsnet); nothing to bench");
        return;
    };
    let t = Instant::now();
    let arts = snn::load(&dir, &[]);
    println!("loaded {} articles in {:.2} s", arts.len(), t.elapsed().as_secs_f64());
    run("1x", &arts);
    let mut twice = arts.clone();
    twice.extend(arts.iter().map(|a| {
        let mut b = a.clone();
        b.id = format!("{}#copy", a.id);
        b
    }));
    drop(arts);
    run("2x", &twice);
}
