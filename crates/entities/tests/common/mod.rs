//! What the entity tests share: one recogniser over the embedded lexicon, built once.
#![allow(dead_code)] // each test file uses some of these

use riwaya_entities::Recognizer;
use riwaya_lexicon::Lexicon;
use riwaya_model::Mention;
use std::sync::{Arc, OnceLock};

pub fn rec() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(|| Recognizer::new(Arc::new(Lexicon::embedded().unwrap())))
}

pub fn ms(text: &str) -> Vec<Mention> {
    rec().mentions(text)
}

/// The entity of the first mention whose text is `text`.
pub fn ent_of(v: &[Mention], text: &str) -> Option<String> {
    v.iter().find(|m| m.text == text).map(|m| m.entity.clone())
}
