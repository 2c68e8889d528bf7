//! The text every matcher searches: the letter-folded article ([`riwaya_text::normalize`])
//! with quotes, brackets and runs of white space collapsed to one space and ASCII
//! lower-cased, so that `سجن "الصناعة"`, `سجن  الصناعة` and `سجن الصناعة` read alike and
//! `لـ"قسد"` reads `ل قسد`. Offsets map back to the original article through the
//! folding map.

use riwaya_text::normalize::Normalized;

/// Folded text ready for matching, with the maps back to the original.
pub(crate) struct Prepared {
    pub norm: Normalized,
    /// The match text (valid UTF-8).
    pub m: String,
    /// `(m offset, normalised offset)` at every point where the two drift apart.
    shifts: Vec<(u32, u32)>,
    /// Offsets in `m` of the spaces that stand for a quote or bracket, sorted.
    quotes: Vec<u32>,
}

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    // 0xC2 may start a no-break space: checked by the slow path.
    t[0xC2] = 5;
    while i < 128 {
        t[i] = match i as u8 {
            b' ' | b'\n' | b'\r' | b'\t' | 0x0b | 0x0c => 1,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'`' => 2,
            b'A'..=b'Z' => 3,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// Builds the match text of a normalised string: returns `(m, shifts, quotes)`.
fn build(n: &str, want_map: bool) -> (String, Vec<(u32, u32)>, Vec<u32>) {
    let b = n.as_bytes();
    let len = b.len();
    let mut out: Vec<u8> = Vec::with_capacity(len);
    let mut shifts: Vec<(u32, u32)> = Vec::new();
    let mut quotes: Vec<u32> = Vec::new();
    let mut delta = 0usize; // normalised offset - match offset, as last recorded
    let mut i = 0;
    // Leading white space is dropped.
    let mut last_space = true;
    macro_rules! align {
        () => {
            if want_map && i - out.len() != delta {
                delta = i - out.len();
                shifts.push((out.len() as u32, i as u32));
            }
        };
    }
    while i < len {
        let c = b[i];
        let k = match CLASS[c as usize] {
            5 if i + 1 < len && b[i + 1] == 0xA0 => 4, // no-break space
            5 => 0,
            k => k,
        };
        match k {
            0 => {
                align!();
                let start = i;
                i += 1;
                while i < len {
                    let d = b[i];
                    let k = CLASS[d as usize];
                    if k != 0 && (k != 5 || (i + 1 < len && b[i + 1] == 0xA0)) {
                        break;
                    }
                    i += 1;
                }
                out.extend_from_slice(&b[start..i]);
                last_space = false;
            }
            3 => {
                align!();
                out.push(c.to_ascii_lowercase());
                i += 1;
                last_space = false;
            }
            _ => {
                let w = if k == 4 { 2 } else { 1 };
                if last_space {
                    if k == 2 {
                        if let Some(p) = out.len().checked_sub(1) {
                            if quotes.last() != Some(&(p as u32)) {
                                quotes.push(p as u32);
                            }
                        }
                    }
                } else {
                    align!();
                    if k == 2 {
                        quotes.push(out.len() as u32);
                    }
                    out.push(b' ');
                    last_space = true;
                }
                i += w;
            }
        }
    }
    if out.last() == Some(&b' ') {
        out.pop();
    }
    // Only whole UTF-8 characters were copied; the bytes replaced are ASCII or U+00A0.
    (unsafe { String::from_utf8_unchecked(out) }, shifts, quotes)
}

impl Prepared {
    pub fn new(text: &str) -> Prepared {
        Self::from_norm(riwaya_text::normalize(text))
    }

    /// The match text of an already folded text.
    pub fn from_norm(norm: Normalized) -> Prepared {
        let (m, shifts, quotes) = build(&norm.text, true);
        Prepared { norm, m, shifts, quotes }
    }

    /// Whether a line ends between match-text offsets `a` and `b` (`a <= b`).
    pub fn line_break(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.to_norm(a), self.to_norm(b));
        self.norm.text.get(x..y).is_some_and(|t| t.as_bytes().contains(&b'\n'))
    }

    /// [`Prepared::line_break`] for calls whose offsets never decrease: `cur` (0 at first)
    /// keeps the place in the shifts, so a pass over the words does no binary searches.
    pub fn line_break_seq(&self, a: usize, b: usize, cur: &mut usize) -> bool {
        let x = self.to_norm_seq(a, cur);
        let y = self.to_norm_seq(b, cur);
        // (Gaps between words are short: a plain loop, no memchr call.)
        self.norm.text.get(x..y).is_some_and(|t| t.bytes().any(|c| c == b'\n'))
    }

    /// [`Prepared::to_norm`] with a cursor over the shifts, for non-decreasing `x`.
    #[inline]
    fn to_norm_seq(&self, x: usize, cur: &mut usize) -> usize {
        let mut i = *cur;
        while i < self.shifts.len() && self.shifts[i].0 as usize <= x {
            i += 1;
        }
        *cur = i;
        if i == 0 {
            x
        } else {
            let (mo, no) = self.shifts[i - 1];
            no as usize + (x - mo as usize)
        }
    }

    /// Normalised offset of match-text offset `x`.
    #[inline]
    pub fn to_norm(&self, x: usize) -> usize {
        let i = self.shifts.partition_point(|s| s.0 as usize <= x);
        if i == 0 {
            x
        } else {
            let (mo, no) = self.shifts[i - 1];
            no as usize + (x - mo as usize)
        }
    }

    /// The original span of match-text span `[s, e)` (`e > s`).
    pub fn original_span(&self, s: usize, e: usize) -> (usize, usize) {
        let ns = self.to_norm(s);
        let ne = self.to_norm(e - 1) + 1;
        self.norm.original_span(ns, ne)
    }

    /// Offsets in `m` of the spaces that stand for a quote or bracket, sorted.
    pub fn quotes(&self) -> &[u32] {
        &self.quotes
    }

    /// Whether the space at `m` offset `p` stands for a quote or bracket.
    pub fn is_quote(&self, p: usize) -> bool {
        self.quotes.binary_search(&(p as u32)).is_ok()
    }
}

/// The lookup key of a name: the same folding as the match text, trimmed.
pub(crate) fn key(s: &str) -> String {
    let n = riwaya_text::normalize_str(s);
    build(&n, false).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_and_maps() {
        let s = "سجن  \"الصناعة\"\nفي لـ«قسد» SDF";
        let p = Prepared::new(s);
        assert_eq!(p.m, "سجن الصناعه في ل قسد sdf");
        let i = p.m.find("الصناعه").unwrap();
        let (a, e) = p.original_span(i, i + "الصناعه".len());
        assert_eq!(&s[a..e], "الصناعة");
        let i = p.m.find("قسد").unwrap();
        let (a, e) = p.original_span(i, i + "قسد".len());
        assert_eq!(&s[a..e], "قسد");
        let i = p.m.find("sdf").unwrap();
        let (a, e) = p.original_span(i, i + 3);
        assert_eq!(&s[a..e], "SDF");
        assert!(p.is_quote(p.m.find(" الصناعه").unwrap()));
        let q = Prepared::new("قال مصدر \"هنا\"");
        assert!(!q.is_quote(q.m.find(" مصدر").unwrap()));
        assert!(q.is_quote(q.m.find(" هنا").unwrap()));
        assert_eq!(key(" قوات سوريا الديمقراطية (قسد) "), "قوات سوريا الديمقراطيه قسد");
        assert_eq!(key("لـ\"القدس العربي\""), "ل القدس العربي");
    }

    #[test]
    fn maps_with_diacritics() {
        let s = "وأعلنت   قوات \"الأسايش\" الكردية حيِّ الزهور";
        let p = Prepared::new(s);
        for w in ["الاسايش الكرديه", "حي الزهور", "قوات"] {
            let i = p.m.find(w).unwrap();
            let (a, e) = p.original_span(i, i + w.len());
            assert_eq!(riwaya_text::normalize_str(&s[a..e]).replace('"', ""), w.replace('"', ""));
        }
    }
}
