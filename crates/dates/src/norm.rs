//! The date finder's tokens, cut from the text `riwaya_text::normalize` folded (the
//! article's shared `Document` lends it), with offsets mapped back to the original.
//!
//! Its own cut (not `riwaya_text`'s tokens): digit runs stop at any separator
//! ("21/7/2015" is five tokens), each punctuation character is a token and keeps the
//! character as written, and a word carries its proclitic-stripped variants.

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

/// Tokens of `text`, folded by `riwaya_text::normalize`.
pub fn tokenize(text: &str) -> Tokens {
    tokenize_folded(text, &riwaya_text::normalize(text))
}

/// Tokens of `orig` read from its folded text `norm` (the article's shared
/// `riwaya_text::Document` already has it): offsets go back through the fold's map.
pub fn tokenize_folded(orig: &str, norm: &riwaya_text::Normalized) -> Tokens {
    let text = norm.text.as_str();
    let mut cur = norm.cursor();
    let mut buf = String::with_capacity(text.len() + 64);
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 4);
    let mut it = text.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        if fold_letter(c).is_some() {
            let ns = buf.len() as u32;
            let mut e = i;
            while let Some(&(j, c2)) = it.peek() {
                if let Some(f) = fold_letter(c2) {
                    buf.push(f);
                    e = j + c2.len_utf8();
                } else if is_mark(c2) {
                    e = j + c2.len_utf8();
                } else {
                    break;
                }
                it.next();
            }
            let ne = buf.len() as u32;
            let (v1, v2) = variants(&mut buf, ns, ne);
            let (os, mut oe) = cur.original_span(i, e);
            // The span takes the marks after the last letter, not other dropped
            // characters (a zero-width space, a soft hyphen).
            while let Some(c) = orig[os..oe].chars().next_back().filter(|&c| fold_letter(c).is_none() && !is_mark(c) && !is_presentation(c)) {
                oe -= c.len_utf8();
            }
            toks.push(Tok { kind: Kind::Word, ns, ne, v1, v2, os, oe, num: 0, ndig: 0, ch: ' ' });
        } else if digit(c).is_some() {
            let ns = buf.len() as u32;
            let mut v: u32 = 0;
            let mut nd: u32 = 0;
            let os = cur.to_original(i);
            // Original end of the last digit: a run stops where the fold dropped
            // something between two digits («1437ـ1441» is two numbers).
            let mut oe = os;
            while let Some(&(j, c2)) = it.peek() {
                let Some(d) = digit(c2) else { break };
                let o = cur.to_original(j);
                if nd > 0 && o != oe {
                    break;
                }
                v = v.saturating_mul(10).saturating_add(d);
                nd += 1;
                buf.push(char::from(b'0' + d as u8));
                oe = o + orig[o..].chars().next().map_or(1, char::len_utf8);
                it.next();
            }
            let ne = buf.len() as u32;
            toks.push(Tok { kind: Kind::Num, ns, ne, v1: (ns, ne), v2: (ns, ne), os, oe, num: v, ndig: nd.min(255) as u8, ch: ' ' });
        } else if c.is_whitespace() || is_mark(c) {
            it.next();
        } else if riwaya_text::chars::is_alphanumeric(c) {
            let mut e = i;
            while let Some(&(j, c2)) = it.peek() {
                if riwaya_text::chars::is_alphanumeric(c2) && fold_letter(c2).is_none() && digit(c2).is_none() {
                    e = j + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let n = buf.len() as u32;
            let (os, mut oe) = cur.original_span(i, e);
            while let Some(c) = orig[os..oe].chars().next_back().filter(|&c| !riwaya_text::chars::is_alphanumeric(c)) {
                oe -= c.len_utf8();
            }
            toks.push(Tok { kind: Kind::Other, ns: n, ne: n, v1: (n, n), v2: (n, n), os, oe, num: 0, ndig: 0, ch: ' ' });
        } else {
            it.next();
            let n = buf.len() as u32;
            let os = cur.to_original(i);
            // The character as written («،» and «–», not the folded «,» and «-»).
            let ch = orig[os..].chars().next().unwrap_or(c);
            let oe = os + ch.len_utf8();
            toks.push(Tok { kind: Kind::Punct, ns: n, ne: n, v1: (n, n), v2: (n, n), os, oe, num: 0, ndig: 0, ch });
        }
    }
    Tokens { buf, toks }
}

/// Presentation forms (ligatures such as «ﻷ»): the fold spells them out as letters.
#[inline]
fn is_presentation(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Proclitic-stripped variants of the word at `ns..ne` (at most one و/ف, then at
/// most one ب/ل; لل+X is read as ال+X, or ال+لX for a noun beginning with ل, as the text
/// crate's segmenter reads it). Appends to `buf` only for لل.
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
        // the segmenter's reading: «لليلة» is ل + الليلة, «للحرب» ل + الحرب
        let rest = riwaya_text::lam_readings(w1).map_or(&w1[4..], |r| r.chosen_folded()).to_string();
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

#[cfg(test)]
pub(crate) mod legacy {
    //! The tokenizer that folded letters itself (before the shared `Document`), kept as
    //! the reference the folded reading must agree with.
    use super::*;

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

}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens read from `riwaya_text`'s folded text are those the old tokenizer cut
    /// (kind, original span, folded word and its variants, number, character as written).
    fn same_as_legacy(s: &str) {
        let a = tokenize(s);
        let b = legacy::tokenize(s);
        let f = |t: &Tokens, r: (u32, u32)| t.buf[r.0 as usize..r.1 as usize].to_string();
        let key = |t: &Tokens, k: &Tok| (k.kind, k.os, k.oe, k.num, k.ndig, k.ch, f(t, (k.ns, k.ne)), f(t, k.v1), f(t, k.v2));
        let ka: Vec<_> = a.toks.iter().map(|k| key(&a, k)).collect();
        let kb: Vec<_> = b.toks.iter().map(|k| key(&b, k)).collect();
        assert_eq!(ka, kb, "{s:?}");
    }

    /// Presentation forms are read as the letters they stand for (the old tokenizer
    /// left «اﻷحد» a foreign word).
    #[test]
    fn ligatures_are_letters() {
        let t = tokenize("يوم اﻷحد");
        assert_eq!(t.toks.len(), 2);
        assert_eq!(&t.buf[t.toks[1].ns as usize..t.toks[1].ne as usize], "الاحد");
        assert_eq!((t.toks[1].os, t.toks[1].oe), ("يوم ".len(), "يوم اﻷحد".len()));
    }

    /// Invisible characters the fold drops (zero-width space, soft hyphen) are no tokens
    /// (the old tokenizer made them punctuation) and stay outside the spans around them.
    #[test]
    fn invisible_characters_are_no_tokens() {
        let s = "عام 1432\u{200b}، \u{200b} وقال\u{200b} ١٤٣٢\u{ad}";
        let t = tokenize(s);
        let spans: Vec<&str> = t.toks.iter().map(|k| &s[k.os..k.oe]).collect();
        assert_eq!(spans, ["عام", "1432", "،", "وقال", "١٤٣٢"]);
    }

    #[test]
    fn folded_reading_cuts_as_before() {
        for s in [
            "",
            "قُتِلَ ٣٠ شخصاً مساء أمس الجمعة، في «الحســـكة»",
            "وللمرة الثانية في 21/7/2015 و٢٠٢٢-٠١-٢٠ و1436/10/21هـ",
            "بتاريخ 17th, September 2031 GMT – آخر تحديث: 3 آذار",
            "ليلة الخميس–الجمعة (12 يناير) ؛ ؟ ٪ ٫ ٬",
            "إئتلاف مؤسسة ى ة ی ک ٱلله ۴۵ abc123 x٣y",
            "ـــ\u{200c}كلمة\u{200d} ٣٬٥٠٠ , .",
            "العام الدراسي 1437ـ1441هـ و18ـ19/ 10/ 1436هــ",
        ] {
            same_as_legacy(s);
        }
    }

    /// The same over the dev set's training excerpts and the seeds, when `../shared` is
    /// there (the held-out event, d-C13–d-C23, is left out).
    #[test]
    fn folded_reading_cuts_as_before_on_the_corpora() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
        let mut n = 0;
        for dir in ["dev", "seeds"] {
            let Ok(rd) = std::fs::read_dir(root.join(dir)) else { continue };
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().to_string();
                let held_out = name.strip_prefix("d-C").and_then(|r| r.get(..2)).and_then(|d| d.parse::<u32>().ok()).is_some_and(|d| (13..=23).contains(&d));
                if !name.ends_with(".txt") || held_out {
                    continue;
                }
                if let Ok(s) = std::fs::read_to_string(e.path()) {
                    same_as_legacy(&s);
                    n += 1;
                }
            }
        }
        if n == 0 {
            eprintln!("note: ../shared/corpus absent; corpus comparison skipped");
        }
    }
}
