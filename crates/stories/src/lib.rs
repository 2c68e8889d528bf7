//! The story stage: group articles into stories ([`Stories::add_batch`]), and lay each
//! story's accounts side by side ([`Stories::stories`]): every figure with each outlet's
//! and source's value, agreement groups, contradictions, low/best/high estimates, how
//! figures evolved; events reported by several outlets; each outlet's names, loaded terms
//! and sources.
//!
//! The stage keeps an [`ArticleDigest`] per article (no text), so a run of any size holds
//! a few hundred bytes to a few kilobytes per article.
//!
//! Incremental use: save each article's [`incremental::Placement`] after a batch (they
//! only grow), [`Stories::restore`] them, `add_batch` the next articles: the stories are
//! those of one run over everything (each article is assigned against the state the
//! articles before it left, and document frequencies count the articles up to it, so batch
//! boundaries do not matter). The last merge pass reruns over all stories each time.

pub mod cluster;
pub mod digest;
pub mod incremental;
mod sparse;
pub mod triangulate;
pub mod types;

pub use cluster::{Changes, StoryConfig, Stories};
pub use digest::{digest, ArticleDigest};
pub use types::*;

/// "130", "20–99", "≥ 250", "≤ 20".
pub fn value_words(low: Option<u64>, high: Option<u64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => l.to_string(),
        (Some(l), Some(h)) => format!("{l}–{h}"),
        (Some(l), None) => format!("≥ {l}"),
        (None, Some(h)) => format!("≤ {h}"),
        (None, None) => "?".into(),
    }
}

/// The threads of a set of stories (from each story's `thread`): stories on one ongoing
/// subject, largest thread first, its stories largest first.
pub fn threads(stories: &[Story]) -> Vec<Thread> {
    let mut by: std::collections::BTreeMap<&str, Vec<&Story>> = std::collections::BTreeMap::new();
    for s in stories {
        if let Some(t) = &s.thread {
            by.entry(t.as_str()).or_default().push(s);
        }
    }
    let mut out: Vec<Thread> = by
        .into_iter()
        .map(|(id, mut ss)| {
            ss.sort_by(|a, b| b.articles.len().cmp(&a.articles.len()).then(a.id.cmp(&b.id)));
            Thread {
                id: id.to_string(),
                title: ss[0].title.clone(),
                stories: ss.iter().map(|s| s.id.clone()).collect(),
                articles: ss.iter().map(|s| s.articles.len()).sum(),
                first: ss.iter().filter_map(|s| s.first.clone()).min(),
                last: ss.iter().filter_map(|s| s.last.clone()).max(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests;
