//! The extractor's view of one text: the text core's [`Document`] (folded text, tokens,
//! sentences, numbers; made once per article and shared with events), the mentions mapped
//! onto tokens, and the attribution frames, worked out at most once and read by claims
//! and events alike.

use crate::attribution::{Attributor, SentAttr};
use crate::refs::{self, Ref};
use riwaya_model::Mention;
use riwaya_text::Document;
use std::cell::OnceCell;
use std::ops::Deref;

enum Base<'a> {
    Owned(Box<Document<'a>>),
    Lent(&'a Document<'a>),
}

pub struct Doc<'a> {
    base: Base<'a>,
    mentions: &'a [Mention],
    /// Mentions as token ranges, in text order: (first token, end token, index into mentions).
    pub ments: Vec<(usize, usize, usize)>,
    attr: OnceCell<(Vec<Ref>, Vec<SentAttr>)>,
    prison: OnceCell<bool>,
}

impl<'a> Deref for Doc<'a> {
    type Target = Document<'a>;
    #[inline]
    fn deref(&self) -> &Document<'a> {
        match &self.base {
            Base::Owned(d) => d,
            Base::Lent(d) => d,
        }
    }
}

impl<'a> Doc<'a> {
    /// Reads `orig` afresh (for callers that hold no [`Document`]).
    pub fn new(orig: &'a str, mentions: &'a [Mention]) -> Doc<'a> {
        Self::build(Base::Owned(Box::new(Document::new(orig))), mentions)
    }

    /// The view over an article's shared [`Document`]; `mentions` are its outermost mentions.
    pub fn over(doc: &'a Document<'a>, mentions: &'a [Mention]) -> Doc<'a> {
        Self::build(Base::Lent(doc), mentions)
    }

    fn build(base: Base<'a>, mentions: &'a [Mention]) -> Doc<'a> {
        let mut d = Doc { base, mentions, ments: Vec::new(), attr: OnceCell::new(), prison: OnceCell::new() };
        d.map_mentions();
        d
    }

    /// The mentions this view was made with.
    pub fn mentions(&self) -> &'a [Mention] {
        self.mentions
    }

    /// The references (mentions and resolved anaphors) and each sentence's frames, worked
    /// out on first use.
    pub(crate) fn attribution(&self, attributor: &Attributor) -> &(Vec<Ref>, Vec<SentAttr>) {
        self.attr.get_or_init(|| {
            let refs = refs::build(self, &attributor.data, self.mentions);
            let sa = attributor.analyse(self, &refs);
            (refs, sa)
        })
    }

    /// Whether the text speaks of a prison anywhere (worked out on first use): there,
    /// people who flee are escaped prisoners, elsewhere the displaced.
    pub(crate) fn mentions_prison(&self, words: &crate::data::HashSet<String>) -> bool {
        *self.prison.get_or_init(|| (0..self.toks.len()).any(|j| crate::data::cands(self.w(j)).find_in(words).is_some()))
    }

    fn map_mentions(&mut self) {
        let mut v = Vec::with_capacity(self.mentions.len());
        for (k, m) in self.mentions.iter().enumerate() {
            if m.end <= m.start || m.end > self.orig.len() {
                continue;
            }
            let mut a = self.tok_at_orig(m.start);
            // A name after a glued proclitic ("لرويترز"، "بغزة") starts inside its token.
            if a > 0 && self.norm.to_original(self.toks[a - 1].end) > m.start {
                a -= 1;
            }
            let mut b = a;
            while b < self.toks.len() && self.norm.to_original(self.toks[b].start) < m.end {
                b += 1;
            }
            if b > a {
                v.push((a, b, k));
            }
        }
        v.sort();
        self.ments = v;
    }

    /// The mention covering token `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<(usize, usize, usize)> {
        let p = self.ments.partition_point(|&(a, _, _)| a <= i);
        self.ments[..p].iter().rev().take(4).find(|&&(a, b, _)| a <= i && i < b).copied()
    }
}
