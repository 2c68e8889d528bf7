//! Who an article says an event comes from: the chain of the frame covering its trigger.
//!
//! The lookup is kept behind this small type so that the source of chains can change
//! without touching the extractor. It uses `riwaya_claims::attribution::Attributor`, which
//! reads reporting verbs, "نقل … عن"، "بحسب"، quotes carried over sentences and the like
//! (see that crate); sentences are cut as `riwaya_text::sentences` cuts the folded text.

use riwaya_claims::attribution::Attributor;
use riwaya_model::{Mention, Source};

pub struct Lookup {
    attributor: Attributor,
}

impl Default for Lookup {
    fn default() -> Self {
        Self::new()
    }
}

impl Lookup {
    pub fn new() -> Self {
        Lookup { attributor: Attributor::new() }
    }

    /// The attribution chain covering each byte offset of `text`, outermost source first.
    pub fn at(&self, text: &str, mentions: &[Mention], offsets: &[usize]) -> Vec<Vec<Source>> {
        self.attributor.at_offsets(text, mentions, offsets).into_iter().map(|a| a.chain).collect()
    }

    /// [`Lookup::at`] over an article's shared reading (its frames are worked out once).
    pub fn at_doc(&self, d: &riwaya_claims::Doc, offsets: &[usize]) -> Vec<Vec<Source>> {
        self.attributor.at_offsets_doc(d, offsets).into_iter().map(|a| a.chain).collect()
    }

    /// The attribution chain of every sentence of `text`, outermost source first.
    pub fn chains(&self, text: &str, mentions: &[Mention]) -> Vec<Vec<Source>> {
        self.attributor.for_sentences(text, mentions).into_iter().map(|a| a.chain).collect()
    }
}
