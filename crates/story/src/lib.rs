//! Story: group articles into stories, and triangulate each story.
//!
//! ```text
//! Article ──features()──▶ ArticleFeatures ─┐
//!         ──ArticleDigest::new()───────────┴▶ Stories::add_batch ──▶ Changes
//!                                              Stories::stories()  ──▶ Vec<Story> (triangulated)
//! ```
//!
//! - [`features`]: compact per-article features (MinHash over word 5-gram shingles,
//!   distinctive terms, entity ids, figures, days) — never the whole text.
//! - [`cluster`]: incremental clustering — near-copies by MinHash/LSH, independent reports
//!   of one event by tf-idf centroids with an inverted index for candidates, within a time
//!   window. Near-linear: no all-pairs step anywhere.
//! - [`triangulate`]: per story, figures aligned and compared (agreement groups,
//!   contradictions, UCDP-style low/best/high), events, and framing per outlet.
//!
//! The output types are in [`types`]; `schema/stories.schema.json` documents their JSON.

pub mod cluster;
pub mod features;
pub mod triangulate;
pub mod types;

pub use cluster::{Changes, Stories, StoryConfig};
pub use features::{features, ArticleDigest, ArticleFeatures, NameUse};
pub use types::*;
