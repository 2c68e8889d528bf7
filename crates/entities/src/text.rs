//! Characters and words of the match text: word boundaries (a byte table for Arabic
//! letters), the next and previous word, proclitics, a bloom hash for first words and the
//! cheap "surely not in this set" filters the per-word passes use. Everything here is
//! about the folded text's bytes; nothing knows names.

use super::*;

// ---------------------------------------------------------------------------------------
// Characters and words of the match text
// ---------------------------------------------------------------------------------------

#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
        || c.is_ascii_alphanumeric()
}

pub(crate) const BLOOM_BITS: usize = 1 << 20;
pub(crate) const BLOOM_WORDS: usize = BLOOM_BITS / 64;

/// FNV-1a of a word, reduced to a bloom bit index.
#[inline]
pub(crate) fn word_hash(b: &[u8]) -> usize {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    ((h >> 20) as usize) & (BLOOM_BITS - 1)
}

#[inline]
pub(crate) fn prev_char(m: &str, i: usize) -> Option<char> {
    m[..i].chars().next_back()
}

#[inline]
pub(crate) fn next_char(m: &str, i: usize) -> Option<char> {
    m[i..].chars().next()
}

/// Start of the word that contains byte `i` (or ends at it).
pub(crate) fn word_start(m: &str, mut i: usize) -> usize {
    while let Some(c) = prev_char(m, i) {
        if !is_word_char(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

/// A bitmap over (length, first and last bytes) of a set's words: a word whose bit is
/// clear is surely not in the set, found without hashing it (most words of a text).
#[derive(Debug, Clone)]
pub(crate) struct WordFilter(Box<[u64; 256]>);

impl Default for WordFilter {
    /// Lets every word through.
    fn default() -> Self {
        WordFilter(Box::new([u64::MAX; 256]))
    }
}

impl WordFilter {
    pub(crate) fn of<'a>(words: impl Iterator<Item = &'a String>) -> Self {
        let mut f = WordFilter(Box::new([0; 256]));
        for w in words {
            let i = Self::bit(w);
            f.0[i / 64] |= 1 << (i % 64);
        }
        f
    }

    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (n, first, last) = (b.len(), b.get(1).copied().unwrap_or(0) as usize, b.last().copied().unwrap_or(0) as usize);
        (n.wrapping_mul(0x9E5) ^ first.wrapping_mul(0x45) ^ last.wrapping_mul(0x1F3)) & 0x3FFF
    }

    /// False when `w` is surely not in the set.
    #[inline]
    pub(crate) fn maybe(&self, w: &str) -> bool {
        let i = Self::bit(w);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

#[cfg(test)]
mod word_filter_tests {
    use super::WordFilter;

    #[test]
    fn never_drops_a_word_of_its_set() {
        let words: Vec<String> = ["الساحل", "النظام", "محمد", "مدن", "a", "", "الجبل الاخضر"].iter().map(|w| w.to_string()).collect();
        let f = WordFilter::of(words.iter());
        assert!(words.iter().all(|w| f.maybe(w)));
        assert!(WordFilter::default().maybe("اي كلمه"));
    }
}

/// The filters of [`Recognizer`]'s per-word sets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Quick {
    pub geo_nouns: WordFilter,
    pub regime: WordFilter,
    pub first_names: WordFilter,
    pub list_heads: WordFilter,
    pub report_verbs: WordFilter,
    pub collective_bodies: WordFilter,
}

/// The Arabic word letters among U+0600..U+06FF, by the low 10 bits of the code point (a
/// table lookup instead of three range tests on the hot word-boundary path).
pub(crate) const ARABIC_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x0600 + i as u32;
        t[i] = matches!(cp, 0x0621..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF);
        i += 1;
    }
    t
};

/// Whether the character at byte `i` is a word character, and its length.
#[inline]
pub(crate) fn word_char_at(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        (c.is_ascii_alphanumeric(), 1)
    } else if (0xD8..=0xDB).contains(&c) && i + 1 < b.len() {
        let idx = (((c - 0xD8) as usize) << 6) | (b[i + 1] & 0x3F) as usize;
        (ARABIC_WORD[idx], 2)
    } else {
        let w = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        (false, w.min(b.len() - i))
    }
}

pub(crate) fn word_end(m: &str, mut i: usize) -> usize {
    let b = m.as_bytes();
    // `word_char_at`'s classes, Arabic letters tested first (most of the text).
    while i < b.len() {
        let c = b[i];
        if c.wrapping_sub(0xD8) < 4 {
            match b.get(i + 1) {
                Some(&d) if ARABIC_WORD[(((c - 0xD8) as usize) << 6) | (d & 0x3F) as usize] => i += 2,
                _ => break,
            }
        } else if c.is_ascii_alphanumeric() {
            i += 1;
        } else {
            break;
        }
    }
    i
}

pub(crate) const PRE_PLAIN: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];
pub(crate) const PRE_ARTICLE: &[&str] = &["و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"];
pub(crate) const PRE_ELIDED: &[&str] = &["ل", "ول", "فل"];
pub(crate) const PRE_PLAIN_PUB: &[&str] = PRE_PLAIN;

/// The mentions not inside another one, from mentions sorted by start, longer first (as
/// [`Recognizer::mentions_nested`] returns them): what claims, events and framing read.
pub fn outermost(mentions: &[Mention]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if out.last().is_none_or(|l| m.start >= l.end) {
            out.push(m.clone());
        }
    }
    out
}

/// Whether a match at `s..e` of the match text stands as a word: it ends at a word
/// boundary, and nothing but a proclitic («و», «ب», «لـ»…) joins it on the left.
pub(crate) fn whole_word(m: &str, s: usize, e: usize) -> bool {
    if m[e..].chars().next().is_some_and(is_word_char) {
        return false;
    }
    let ws = m[..s].char_indices().rev().take_while(|(_, c)| is_word_char(*c)).last().map_or(s, |(i, _)| i);
    ws == s || PRE_PLAIN_PUB.contains(&&m[ws..s])
}

/// A word of the match text and what separates it from the previous one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct W {
    pub s: usize,
    pub e: usize,
    /// Only one space (maybe standing for a quote) between this word and the previous.
    pub tight: bool,
}

/// The word after byte `i` (skipping one separator).
/// Puts a pattern's name among the selected ones, in order of start, and returns it.
pub(crate) fn insert_found(sel: &mut Vec<Found>, f: Found) -> Found {
    let i = sel.partition_point(|y| y.s < f.s);
    sel.insert(i, f.clone());
    f
}

/// Drops from `sel` the names marked in `gone` (now inside a longer name).
pub(crate) fn drop_gone(sel: &mut Vec<Found>, gone: &[bool]) {
    if gone.contains(&true) {
        let mut it = gone.iter();
        sel.retain(|_| !*it.next().unwrap_or(&false));
    }
}

pub(crate) fn next_word(m: &str, i: usize) -> Option<W> {
    next_word_inline(m, i)
}

/// [`next_word`], inlined into the loop that lists a text's words.
#[inline(always)]
pub(crate) fn next_word_inline(m: &str, i: usize) -> Option<W> {
    let b = m.as_bytes();
    let mut j = i;
    let mut tight = true;
    let mut seen_space = false;
    while j < b.len() {
        // By bytes: `word_char_at` classes a char as `is_word_char` does.
        let (w, len) = word_char_at(b, j);
        if w {
            break;
        }
        if b[j] == b' ' && !seen_space {
            seen_space = true;
        } else {
            tight = false;
        }
        j += len;
    }
    if j >= b.len() {
        return None;
    }
    Some(W { s: j, e: word_end(m, j), tight: tight && seen_space })
}

pub(crate) fn prev_word(m: &str, i: usize) -> Option<W> {
    let mut j = i;
    let mut tight = true;
    let mut seen_space = false;
    while j > 0 {
        let c = prev_char(m, j)?;
        if is_word_char(c) {
            break;
        }
        if c == ' ' && !seen_space {
            seen_space = true;
        } else {
            tight = false;
        }
        j -= c.len_utf8();
    }
    if j == 0 {
        return None;
    }
    Some(W { s: word_start(m, j), e: j, tight: tight && seen_space })
}

/// Start of the word that ends at `e`.
#[inline]
pub(crate) fn last_end_word(m: &str, e: usize) -> usize {
    word_start(m, e)
}

#[inline]
pub(crate) fn is_definite(w: &str) -> bool {
    w.starts_with("ال") && w.len() > 4
}

/// A definite word that reads as an adjective: a nisba («الشمالية», «الكبرى») or a common
/// colour or size word. Nouns («الهجوم») end a name.
pub(crate) fn is_adjective(w: &str) -> bool {
    is_definite(w)
        && (w.ends_with('ي') || w.ends_with("يه") || w.ends_with("يين") || w.ends_with("يون")
            || matches!(w, "الحر" | "الكبير" | "الصغير" | "العام" | "الخاص" | "الاعلي" | "العليا" | "الاخضر" | "الاحمر"
                | "الابيض" | "الاسود" | "الازرق" | "الاكبر" | "الحره" | "العامه" | "الخاصه"))
}

/// A word with a proclitic and article («بالحسكه», «والعمل», «للتحالف»).
#[inline]
pub(crate) fn has_article_proclitic(w: &str) -> bool {
    ["وال", "بال", "فال", "كال", "لل"].iter().any(|p| w.starts_with(p)) && w.len() > 8
}
