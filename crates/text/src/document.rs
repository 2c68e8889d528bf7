//! One reading of an article, made once and lent to every extractor: the folded text with
//! its offset map, its tokens, its sentences (as byte spans of the folded text and as token
//! ranges) and its number expressions. Claims, events and the rest read this instead of
//! folding, cutting and parsing the same text again.

use crate::{find_numbers_in, normalize, sentences, tokenize, Normalized, NumberExpr, Token, TokenKind};

pub struct Document<'a> {
    /// The text as given; every span reported points into it.
    pub orig: &'a str,
    pub norm: Normalized,
    /// Tokens of `norm.text`, blank symbols left out.
    pub toks: Vec<Token>,
    /// Sentences as token ranges `[start, end)`.
    pub sents: Vec<(usize, usize)>,
    /// Sentences as byte spans of `norm.text` (as [`sentences`] cuts it).
    pub sent_bytes: Vec<(usize, usize)>,
    /// Number expressions (the one number parser), in text order.
    pub numbers: Vec<NumberExpr>,
    /// Raw token indices left out of `toks` (blank symbols), ascending.
    dropped: Vec<usize>,
    /// The original offset of each token's start (for [`Document::tok_at_orig`]).
    orig_starts: Vec<usize>,
}

impl<'a> Document<'a> {
    pub fn new(orig: &'a str) -> Document<'a> {
        let norm = normalize(orig);
        let raw = tokenize(&norm.text);
        let numbers = find_numbers_in(orig, &norm, &raw);
        let mut dropped = Vec::new();
        let mut toks: Vec<Token> = Vec::with_capacity(raw.len());
        for (k, t) in raw.into_iter().enumerate() {
            if t.kind != TokenKind::Symbol || !norm.text[t.start..t.end].trim().is_empty() {
                toks.push(t);
            } else {
                dropped.push(k);
            }
        }
        let sb = sentences(&norm.text);
        let mut sents = Vec::with_capacity(sb.len());
        let mut ti = 0;
        for &(s, e) in &sb {
            while ti < toks.len() && toks[ti].start < s {
                ti += 1;
            }
            let a = ti;
            while ti < toks.len() && toks[ti].end <= e {
                ti += 1;
            }
            sents.push((a, ti));
        }
        let mut cur = norm.cursor();
        let orig_starts = toks.iter().map(|t| cur.to_original(t.start)).collect();
        Document { orig, norm, toks, sents, sent_bytes: sb, numbers, dropped, orig_starts }
    }

    /// The folded text of token `i`.
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        let t = self.toks[i];
        &self.norm.text[t.start..t.end]
    }

    /// The original byte span of tokens `[a, b)`.
    pub fn orig_span(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.toks[a].start;
        let e = self.toks[b - 1].end;
        self.norm.original_span(s, e)
    }

    /// The original text of tokens `[a, b)`.
    pub fn orig_text(&self, a: usize, b: usize) -> &'a str {
        let (s, e) = self.orig_span(a, b);
        &self.orig[s..e]
    }

    /// The index in `toks` of raw token `k` (as the number parser counts them).
    pub fn tok_of_raw(&self, k: usize) -> usize {
        k - self.dropped.partition_point(|&x| x < k)
    }

    /// The token whose original start is `o` or the first after it.
    pub fn tok_at_orig(&self, o: usize) -> usize {
        self.orig_starts.partition_point(|&s| s < o)
    }

    /// Whether a number expression starts within tokens `[a, b)`.
    pub fn number_in(&self, a: usize, b: usize) -> bool {
        if a >= b || b > self.toks.len() {
            return false;
        }
        let (s, e) = self.orig_span(a, b);
        let i = self.numbers.partition_point(|x| x.start < s);
        self.numbers.get(i).is_some_and(|x| x.start < e) || (a..b).any(|k| self.toks[k].kind == TokenKind::Number)
    }

    /// The sentence holding token `i`.
    pub fn sent_of(&self, i: usize) -> usize {
        self.sents.partition_point(|&(_, e)| e <= i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The precomputed starts answer as mapping each token's start did.
    #[test]
    fn token_at_an_original_offset() {
        let s = "قُتِلَ ٣٠ شخصاً، «الحســـكة» ﻻ ١٬٥ x";
        let d = Document::new(s);
        for o in 0..=s.len() + 1 {
            assert_eq!(d.tok_at_orig(o), d.toks.partition_point(|t| d.norm.to_original(t.start) < o), "{o}");
        }
    }
}
