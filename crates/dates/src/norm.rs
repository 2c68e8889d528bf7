//! A small private letter-folding tokenizer with a map back to the original
//! byte offsets. (To be swapped for `riwaya_text::normalize` later.)
//!
//! Folding: diacritics U+064B–U+065F, U+0670 and tatweel U+0640 are dropped;
//! أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Persian ی/ک → ي/ك;
//! Arabic-Indic and Persian digits → ASCII.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Arabic letters (folded).
    Word,
    /// A run of digits; `num` holds its value (saturating).
    Num,
    /// One punctuation character; `ch` holds it.
    Punct,
    /// Latin words and anything else.
    Other,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub kind: Kind,
    /// Range of the folded text in `Tokens::buf`.
    pub ns: u32,
    pub ne: u32,
    /// Folded text with a leading و/ف removed (`ns..ne` when none).
    pub v1: (u32, u32),
    /// `v1` with a further leading ب/ل removed, or لل → ال (`v1` when none).
    pub v2: (u32, u32),
    /// Original byte offsets.
    pub os: usize,
    pub oe: usize,
    pub num: u32,
    pub ndig: u8,
    pub ch: char,
}

pub struct Tokens {
    pub buf: String,
    pub toks: Vec<Tok>,
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{200D}' | '\u{200F}' | '\u{200E}')
}

#[inline]
fn fold_letter(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ئ' | 'ی' | 'ې' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' => c,
        _ => return None,
    })
}

#[inline]
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

pub fn tokenize(text: &str) -> Tokens {
    let mut buf = String::with_capacity(text.len() + 64);
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 4);
    let mut it = text.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        if fold_letter(c).is_some() {
            let ns = buf.len() as u32;
            let mut oe = i;
            while let Some(&(j, c2)) = it.peek() {
                if let Some(f) = fold_letter(c2) {
                    buf.push(f);
                    oe = j + c2.len_utf8();
                } else if is_mark(c2) {
                    oe = j + c2.len_utf8();
                } else {
                    break;
                }
                it.next();
            }
            let ne = buf.len() as u32;
            let (v1, v2) = variants(&mut buf, ns, ne);
            toks.push(Tok {
                kind: Kind::Word,
                ns,
                ne,
                v1,
                v2,
                os: i,
                oe,
                num: 0,
                ndig: 0,
                ch: ' ',
            });
        } else if let Some(d0) = digit(c) {
            let ns = buf.len() as u32;
            let mut v: u32 = 0;
            let mut nd: u32 = 0;
            let mut oe = i;
            let _ = d0;
            while let Some(&(j, c2)) = it.peek() {
                if let Some(d) = digit(c2) {
                    v = v.saturating_mul(10).saturating_add(d);
                    nd += 1;
                    buf.push(char::from(b'0' + d as u8));
                    oe = j + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let ne = buf.len() as u32;
            toks.push(Tok {
                kind: Kind::Num,
                ns,
                ne,
                v1: (ns, ne),
                v2: (ns, ne),
                os: i,
                oe,
                num: v,
                ndig: nd.min(255) as u8,
                ch: ' ',
            });
        } else if c.is_whitespace() || is_mark(c) {
            it.next();
        } else if c.is_alphanumeric() {
            let mut oe = i;
            while let Some(&(j, c2)) = it.peek() {
                if c2.is_alphanumeric() && fold_letter(c2).is_none() && digit(c2).is_none() {
                    oe = j + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let n = buf.len() as u32;
            toks.push(Tok {
                kind: Kind::Other,
                ns: n,
                ne: n,
                v1: (n, n),
                v2: (n, n),
                os: i,
                oe,
                num: 0,
                ndig: 0,
                ch: ' ',
            });
        } else {
            it.next();
            let n = buf.len() as u32;
            toks.push(Tok {
                kind: Kind::Punct,
                ns: n,
                ne: n,
                v1: (n, n),
                v2: (n, n),
                os: i,
                oe: i + c.len_utf8(),
                num: 0,
                ndig: 0,
                ch: c,
            });
        }
    }
    Tokens { buf, toks }
}

/// Proclitic-stripped variants of the word at `ns..ne` (at most one و/ف, then at
/// most one ب/ل; لل+X is read as ال+X). Appends to `buf` only for لل.
fn variants(buf: &mut String, ns: u32, ne: u32) -> ((u32, u32), (u32, u32)) {
    let w = &buf[ns as usize..ne as usize];
    // Arabic letters are 2 bytes each in UTF-8.
    let nchars = w.len() / 2;
    let mut v1 = (ns, ne);
    if nchars >= 3 && (w.starts_with('و') || w.starts_with('ف')) {
        v1 = (ns + 2, ne);
    }
    let w1 = &buf[v1.0 as usize..v1.1 as usize];
    let n1 = w1.len() / 2;
    let mut v2 = v1;
    if n1 >= 4 && w1.starts_with("لل") {
        let s = buf.len() as u32;
        let rest = buf[v1.0 as usize + 4..v1.1 as usize].to_string();
        buf.push_str("ال");
        buf.push_str(&rest);
        v2 = (s, buf.len() as u32);
    } else if n1 >= 3 && (w1.starts_with('ب') || w1.starts_with('ل')) {
        v2 = (v1.0 + 2, v1.1);
    }
    (v1, v2)
}

/// Fold a string the same way (used for loose parsing of small inputs and tests).
#[allow(dead_code)]
pub fn fold(s: &str) -> String {
    let t = tokenize(s);
    let mut out = String::new();
    for tk in &t.toks {
        if !out.is_empty() {
            out.push(' ');
        }
        match tk.kind {
            Kind::Word | Kind::Num => out.push_str(&t.buf[tk.ns as usize..tk.ne as usize]),
            Kind::Punct => out.push(tk.ch),
            Kind::Other => out.push_str(&s[tk.os..tk.oe]),
        }
    }
    out
}
