//! Development aid: cluster some SaudiNewsNet days and print the stories (largest first).
//! `cargo run --release -p riwaya-story --example explore -- 2015-08-06 2015-08-07`
#[path = "../tests/snn/mod.rs"]
mod snn;

use riwaya_story::{ArticleDigest, Stories, StoryConfig};

fn main() {
    let days: Vec<String> = std::env::args().skip(1).collect();
    let days: Vec<&str> = days.iter().map(String::as_str).collect();
    let dir = snn::data_dir().expect("no SaudiNewsNet data");
    let arts = snn::load(&dir, &days);
    let mut st = Stories::new(StoryConfig::default());
    let digests: Vec<ArticleDigest> = arts.iter().map(ArticleDigest::new).collect();
    st.add_batch(digests);
    let top: usize = std::env::var("TOP").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let filt = std::env::var("GREP").ok();
    for s in st.stories().iter().filter(|s| filt.as_ref().is_none_or(|f| s.articles.iter().any(|a| a.title.as_deref().unwrap_or("").contains(f.as_str())))).take(top) {
        println!("== {} [{}] {} ({}..{})", s.id, s.articles.len(), s.title, s.first.clone().unwrap_or_default(), s.last.clone().unwrap_or_default());
        for a in &s.articles {
            println!("   {} {:12} {}{}", a.published.clone().unwrap_or_default(), a.outlet.clone().unwrap_or_default(), a.title.clone().unwrap_or_default(), a.near_duplicate_of.as_ref().map(|_| "  [copy]").unwrap_or(""));
        }
    }
}
