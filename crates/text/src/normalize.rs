//! Letter folding for matching, with a map back to the original text.
//!
//! Arabic news text spells the same word many ways (with or without harakat, with
//! tatweel, with any of four alef forms, with Arabic-Indic or Western digits). Every
//! matcher in Riwaya works on the folded text so that one pattern covers all spellings,
//! and then reports offsets in the *original* text through [`Normalized::to_original`].
//!
//! The scan is byte-oriented: ASCII and plain Arabic letters are copied in runs, and a
//! 256-entry table decides what to do with each character of the Arabic block, so the
//! common case costs a table lookup per letter.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// What to do with one character of the Arabic block U+0600–U+06FF.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    Keep,
    Drop,
    Put(&'static str),
}

const fn arabic_table() -> [Act; 256] {
    let mut t = [Act::Keep; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x600 + i as u32;
        t[i] = match cp {
            // Quranic honorifics and small marks above/below.
            0x0610..=0x061A => Act::Drop,
            // Arabic letter mark (bidi control).
            0x061C => Act::Drop,
            // Tanween, harakat, shadda, sukun, maddah, hamza above/below, other small vowels.
            0x064B..=0x065F => Act::Drop,
            // Tatweel.
            0x0640 => Act::Drop,
            // Superscript alef.
            0x0670 => Act::Drop,
            // Quranic annotation marks.
            0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7 | 0x06E8 | 0x06EA..=0x06ED => Act::Drop,
            // Alef forms: madda, hamza above, hamza below, wasla, wavy hamza above/below.
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 => Act::Put("ا"),
            // Alef maqsura and Farsi yeh → yeh; yeh with hamza → yeh.
            0x0649 | 0x06CC | 0x0626 => Act::Put("ي"),
            // Taa marbuta and heh with yeh above → heh.
            0x0629 | 0x06C0 => Act::Put("ه"),
            // Waw with hamza → waw.
            0x0624 => Act::Put("و"),
            // Keheh (Persian kaf) → kaf.
            0x06A9 => Act::Put("ك"),
            // Punctuation.
            0x060C => Act::Put(","),
            0x061B => Act::Put(";"),
            0x061F => Act::Put("?"),
            0x066A => Act::Put("%"),
            0x066B => Act::Put("."),
            0x066C => Act::Put(","),
            0x06D4 => Act::Put("."),
            // Arabic-Indic and Persian digits.
            0x0660..=0x0669 => Act::Put(DIGITS[(cp - 0x0660) as usize]),
            0x06F0..=0x06F9 => Act::Put(DIGITS[(cp - 0x06F0) as usize]),
            _ => Act::Keep,
        };
        i += 1;
    }
    t
}

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
static ARABIC: [Act; 256] = arabic_table();

const fn keep_table() -> [bool; 256] {
    let t = arabic_table();
    let mut k = [false; 256];
    let mut i = 0;
    while i < 256 {
        k[i] = matches!(t[i], Act::Keep);
        i += 1;
    }
    k
}

/// Whether a character of the Arabic block passes through unchanged (the hot path).
static ARABIC_KEEP: [bool; 256] = keep_table();

/// Fold one character outside ASCII and the Arabic block. `None` keeps it unchanged.
#[inline]
fn fold_other(c: char) -> Option<Act> {
    Some(match c {
        // Quotes.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}'
        | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
        | '\u{2032}' | '\u{301D}' | '\u{301E}' | '\u{FF02}' => Act::Put("\""),
        // Dashes and minus.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Act::Put("-"),
        // Invisible format characters that split words for no reason.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{2066}'
        | '\u{2067}' | '\u{2068}' | '\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}'
        | '\u{00AD}' => Act::Drop,
        // Quranic marks in Arabic Extended-A.
        '\u{08D3}'..='\u{08FF}' => Act::Drop,
        _ => return None,
    })
}

#[inline]
fn is_presentation(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// One piece of the offset map: from normalised byte `n` on, normalised offsets map to
/// original offsets by `o + (x - n)` (or, for an expansion, to the whole original char).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seg {
    n: usize,
    o: usize,
    expand: bool,
}

/// Text folded for matching, together with a map back to the original byte offsets.
///
/// Matchers search `text`; reports must quote the original, so every offset found in
/// `text` goes through [`Normalized::to_original`] or [`Normalized::original_span`].
#[derive(Clone, Debug, Serialize)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    #[serde(skip)]
    segs: Vec<Seg>,
    #[serde(skip)]
    orig_len: usize,
}

impl Normalized {
    /// Map a byte offset in `text` (a char boundary, or `text.len()`) to the original
    /// string. Positions just after dropped marks map past them, so a span start never
    /// lands inside a letter's diacritics. Inside an expansion (ligature → letters) the
    /// offset maps to the start of the original character.
    pub fn to_original(&self, norm_byte: usize) -> usize {
        self.map(norm_byte, false)
    }

    /// Map a span `[start, end)` of `text` to the smallest span of the original that
    /// holds all of it, including diacritics and tatweel that follow its last letter.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map(start, false), self.map(end, true))
    }

    /// Length of the original string in bytes.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    /// A mapper for offsets asked in rising order (a token scan): the same answers as
    /// [`Normalized::to_original`] and [`Normalized::original_span`], without a binary
    /// search per offset.
    pub fn cursor(&self) -> OffsetCursor<'_> {
        OffsetCursor { norm: self, i: 0 }
    }

    fn map(&self, x: usize, round_up: bool) -> usize {
        if self.segs.is_empty() {
            return x.min(self.orig_len);
        }
        let x = x.min(self.text.len());
        // Last segment starting at or before x.
        let i = self.segs.partition_point(|s| s.n <= x);
        self.map_at(x, i, round_up)
    }

    /// `map` once `i` (the number of segments starting at or before `x`) is known.
    #[inline]
    fn map_at(&self, x: usize, i: usize, round_up: bool) -> usize {
        let s = self.segs[i.saturating_sub(1)];
        if i == 0 {
            return x;
        }
        if x == s.n {
            return s.o;
        }
        let (next_n, next_o) = match self.segs.get(i) {
            Some(t) => (t.n, t.o),
            None => (self.text.len(), self.orig_len),
        };
        let _ = next_n;
        if s.expand {
            if round_up {
                next_o
            } else {
                s.o
            }
        } else {
            (s.o + (x - s.n)).min(next_o)
        }
    }
}

/// See [`Normalized::cursor`].
pub struct OffsetCursor<'a> {
    norm: &'a Normalized,
    /// Segments starting at or before the last offset asked.
    i: usize,
}

impl OffsetCursor<'_> {
    #[inline]
    fn map(&mut self, x: usize, round_up: bool) -> usize {
        let n = self.norm;
        if n.segs.is_empty() {
            return x.min(n.orig_len);
        }
        let x = x.min(n.text.len());
        if self.i > 0 && n.segs[self.i - 1].n > x {
            // Asked out of order: start again.
            self.i = 0;
        }
        while self.i < n.segs.len() && n.segs[self.i].n <= x {
            self.i += 1;
        }
        n.map_at(x, self.i, round_up)
    }

    /// As [`Normalized::to_original`].
    #[inline]
    pub fn to_original(&mut self, norm_byte: usize) -> usize {
        self.map(norm_byte, false)
    }

    /// As [`Normalized::original_span`].
    #[inline]
    pub fn original_span(&mut self, start: usize, end: usize) -> (usize, usize) {
        let a = self.map(start, false);
        (a, self.map(end, true))
    }
}

/// Fold `s` for matching and keep the map back to its byte offsets.
///
/// Drops harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel and
/// invisible bidi/zero-width marks; folds أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
/// Arabic-Indic and Persian digits → ASCII; ، ؛ ؟ ٬ ٫ ٪ → , ; ? , . %; quote variants → `"`;
/// dash variants → `-`; presentation forms through NFKC and then the same folds.
pub fn normalize(s: &str) -> Normalized {
    let mut segs = Vec::new();
    let text = fold::<true>(s, &mut segs);
    Normalized { text, segs, orig_len: s.len() }
}

/// The same folding as [`normalize`] without the offset map: the fast path for building
/// lookup keys.
pub fn normalize_str(s: &str) -> String {
    let mut segs = Vec::new();
    fold::<false>(s, &mut segs)
}

#[inline]
fn push_seg(segs: &mut Vec<Seg>, n: usize, o: usize, expand: bool) {
    if segs.is_empty() {
        segs.push(Seg { n: 0, o: 0, expand: false });
    }
    let last = segs.last_mut().unwrap();
    if last.n == n {
        *last = Seg { n, o, expand };
    } else {
        segs.push(Seg { n, o, expand });
    }
}

fn fold<const MAP: bool>(s: &str, segs: &mut Vec<Seg>) -> String {
    let b = s.as_bytes();
    let len = b.len();
    let mut out: Vec<u8> = Vec::with_capacity(len);
    let mut run = 0; // start of the pending unchanged run in `b`
    let mut i = 0;
    while i < len {
        let c = b[i];
        if c < 0x80 {
            i += 1;
            continue;
        }
        if c & 0xFC == 0xD8 {
            // A two-byte sequence: `s` is valid UTF-8, so b[i + 1] exists.
            let idx = (((c & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize;
            if ARABIC_KEEP[idx] {
                i += 2;
                continue;
            }
            match ARABIC[idx] {
                Act::Keep => unreachable!(),
                act => {
                    out.extend_from_slice(&b[run..i]);
                    let rep = if let Act::Put(r) = act { r } else { "" };
                    out.extend_from_slice(rep.as_bytes());
                    i += 2;
                    run = i;
                    if MAP && rep.len() != 2 {
                        push_seg(segs, out.len(), i, false);
                    }
                    continue;
                }
            }
        }
        // Other multi-byte character: decode it.
        let ch = s[i..].chars().next().unwrap();
        let w = ch.len_utf8();
        if let Some(act) = fold_other(ch) {
            out.extend_from_slice(&b[run..i]);
            let rep = if let Act::Put(r) = act { r } else { "" };
            out.extend_from_slice(rep.as_bytes());
            i += w;
            run = i;
            if MAP && rep.len() != w {
                push_seg(segs, out.len(), i, false);
            }
            continue;
        }
        if is_presentation(ch) {
            out.extend_from_slice(&b[run..i]);
            let start_n = out.len();
            let decomposed: String = std::iter::once(ch).nfkc().collect();
            let mut inner = Vec::new();
            // Some characters of these blocks are their own NFKC form (U+FEFF, the
            // noncharacters U+FDD0–FDEF): keep them as they are instead of folding again.
            let folded = if decomposed.chars().eq(std::iter::once(ch)) {
                if ch == '\u{FEFF}' { String::new() } else { decomposed }
            } else {
                fold::<false>(&decomposed, &mut inner)
            };
            out.extend_from_slice(folded.as_bytes());
            let o_start = i;
            i += w;
            run = i;
            if MAP && folded.len() != w {
                if folded.len() > w || folded.chars().count() > 1 {
                    push_seg(segs, start_n, o_start, true);
                }
                push_seg(segs, out.len(), i, false);
            }
            continue;
        }
        i += w;
    }
    out.extend_from_slice(&b[run..]);
    // Only whole UTF-8 characters were copied or inserted.
    unsafe { String::from_utf8_unchecked(out) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_map(s: &str) {
        let n = normalize(s);
        assert_eq!(n.text, normalize_str(s));
        // Every boundary maps to a boundary, monotonically, and the end maps to the end.
        let mut prev = 0;
        for (i, _) in n.text.char_indices().chain(std::iter::once((n.text.len(), ' '))) {
            let o = n.to_original(i);
            assert!(s.is_char_boundary(o), "{s:?} {i} -> {o}");
            assert!(o >= prev);
            prev = o;
            let (a, e) = n.original_span(i, i);
            assert!(s.is_char_boundary(a) && s.is_char_boundary(e) && a <= e);
        }
        assert_eq!(n.to_original(n.text.len()), s.len());
        // The cursor answers the same, in rising order and after a step back.
        let mut cur = n.cursor();
        let bounds: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain(std::iter::once(n.text.len())).collect();
        for w in bounds.windows(2) {
            assert_eq!(cur.original_span(w[0], w[1]), n.original_span(w[0], w[1]));
        }
        if let Some(&b) = bounds.first() {
            assert_eq!(cur.to_original(b), n.to_original(b));
        }
    }

    #[test]
    fn folds_letters() {
        assert_eq!(normalize_str("أحمد إبراهيم آمنة ٱلله"), "احمد ابراهيم امنه الله");
        assert_eq!(normalize_str("مستشفى مؤسسة رئيس"), "مستشفي موسسه رييس");
        assert_eq!(normalize_str("عَدَدٌ كَبِيرٌ"), "عدد كبير");
        assert_eq!(normalize_str("الحســـكة"), "الحسكه");
        assert_eq!(normalize_str("مُحَمَّدٌ"), "محمد");
        assert_eq!(normalize_str("الرَّحْمٰن"), "الرحمن");
    }

    #[test]
    fn folds_digits_and_punct() {
        assert_eq!(normalize_str("١٣٠ و۴۵"), "130 و45");
        assert_eq!(normalize_str("٣٬٥٠٠ و١٫٥"), "3,500 و1.5");
        assert_eq!(normalize_str("نعم، لا؛ لماذا؟"), "نعم, لا; لماذا?");
        assert_eq!(normalize_str("«قسد» “داعش” ‘هنا’ „x″"), "\"قسد\" \"داعش\" \"هنا\" \"x\"");
        assert_eq!(normalize_str("2000–4000 — ―‒"), "2000-4000 - --");
        assert_eq!(normalize_str("٥٠٪"), "50%");
    }

    #[test]
    fn presentation_forms() {
        assert_eq!(normalize_str("ﻻ"), "لا");
        assert_eq!(normalize_str("ﺃﺣﻤﺪ"), "احمد");
        assert_eq!(normalize_str("ﷲ"), "الله");
        check_map("قال ﻻ ﷲ أحمد");
    }

    #[test]
    fn offsets_map_back() {
        let s = "قُتِلَ ٣٠ شخصاً، «الحســـكة»";
        let n = normalize(s);
        let w = "الحسكه";
        let p = n.text.find(w).unwrap();
        let (a, e) = n.original_span(p, p + w.len());
        assert_eq!(&s[a..e], "الحســـكة");
        let p = n.text.find("30").unwrap();
        let (a, e) = n.original_span(p, p + 2);
        assert_eq!(&s[a..e], "٣٠");
        let p = n.text.find("قتل").unwrap();
        let (a, e) = n.original_span(p, p + "قتل".len());
        assert_eq!(&s[a..e], "قُتِلَ");
        check_map(s);
        check_map("ـــ\u{200f}x\u{200f}");
        check_map("");
        check_map("plain ascii");
    }

    #[test]
    fn identity_when_clean() {
        let s = "قتل 30 شخصا في الحسكه";
        let n = normalize(s);
        assert_eq!(n.text, s);
        assert_eq!(n.to_original(10), 10);
    }
}

#[cfg(test)]
mod self_nfkc_tests {
    use super::*;

    /// Characters of the presentation blocks that NFKC leaves alone must not loop.
    #[test]
    fn zero_width_no_break_space_and_noncharacters() {
        assert_eq!(normalize_str("قسد\u{FEFF} داعش"), "قسد داعش");
        assert_eq!(normalize_str("a\u{FDD0}b"), "a\u{FDD0}b");
        let n = normalize("\u{FEFF}الحسكة");
        assert_eq!(n.text, "الحسكه");
        assert_eq!(n.to_original(n.text.len()), "\u{FEFF}الحسكة".len());
    }
}
