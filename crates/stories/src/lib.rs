//! The story stage: group articles into stories ([`Stories::add_batch`]), and lay each
//! story's accounts side by side ([`Stories::stories`]): every figure with each outlet's
//! and source's value, agreement groups, contradictions, low/best/high estimates, how
//! figures evolved; events reported by several outlets; each outlet's names, loaded terms
//! and sources.
//!
//! The stage keeps an [`ArticleDigest`] per article (no text), so a run of any size holds
//! a few hundred bytes to a few kilobytes per article.

pub mod cluster;
pub mod digest;
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

#[cfg(test)]
mod tests;
