//! The extractor's view of one text: the normalised text with its offset map, its tokens,
//! its sentences as token ranges, and the mentions mapped onto tokens.

use riwaya_model::Mention;
use riwaya_text::{find_numbers_in, normalize, sentences, tokenize, Normalized, NumberExpr, Token, TokenKind};

pub struct Doc<'a> {
    pub orig: &'a str,
    pub norm: Normalized,
    pub toks: Vec<Token>,
    /// Sentences as token ranges `[start, end)`, with their byte spans in the normalised text.
    pub sents: Vec<(usize, usize)>,
    pub sent_bytes: Vec<(usize, usize)>,
    /// Mentions as token ranges, in text order: (first token, end token, index into mentions).
    pub ments: Vec<(usize, usize, usize)>,
    /// The text core's number expressions (the one number parser), in text order.
    pub numbers: Vec<NumberExpr>,
    /// Raw token indices left out of `toks` (blank symbols), ascending.
    dropped: Vec<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(orig: &'a str, mentions: &[Mention]) -> Doc<'a> {
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
        let mut d = Doc { orig, norm, toks, sents, sent_bytes: sb, ments: Vec::new(), numbers, dropped };
        d.map_mentions(mentions);
        d
    }

    /// The normalised text of token `i`.
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
        self.toks.partition_point(|t| self.norm.to_original(t.start) < o)
    }

    fn map_mentions(&mut self, mentions: &[Mention]) {
        let mut v = Vec::with_capacity(mentions.len());
        for (k, m) in mentions.iter().enumerate() {
            if m.end <= m.start || m.end > self.orig.len() {
                continue;
            }
            let a = self.tok_at_orig(m.start);
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

    /// The mention covering token `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<(usize, usize, usize)> {
        let p = self.ments.partition_point(|&(a, _, _)| a <= i);
        self.ments[..p].iter().rev().take(4).find(|&&(a, b, _)| a <= i && i < b).copied()
    }
}
