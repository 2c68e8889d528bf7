//! Riwaya's Arabic text core: letter folding with an offset map back to the original
//! ([`normalize`]), tokens ([`token`]), sentence spans ([`sentence`]), light clitic
//! segmentation ([`clitic`]) and number expressions with ranges and hedges ([`number`]);
//! [`Document`] holds all of them for one article, made once and read by every extractor.
//!
//! Every offset this crate returns is a UTF-8 byte offset into the string the caller
//! passed in, so results can quote the original article exactly.

pub mod chars;
pub mod clitic;
pub mod document;
pub mod normalize;
pub mod number;
pub mod sentence;
pub mod token;

pub use clitic::{lam_readings, segment, stem_candidates, LamReadings, Segmented};
pub use document::Document;
pub use normalize::{normalize, normalize_str, Normalized, OffsetCursor};
pub use sentence::sentences;
pub use token::{tokenize, tokens, Token, TokenKind};
pub use number::{find_numbers, find_numbers_in, NumberExpr};
