//! Story: group articles into stories, and triangulate each story.
//!
//! Types are in [`types`]; clustering and triangulation are being built (see the crate's
//! README once it lands).

pub mod types;
pub use types::*;
