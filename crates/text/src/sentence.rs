//! Sentence spans for news text.
//!
//! Claims and attributions are read one sentence at a time, so the splitter must not cut
//! "1.5 مليون" or "د. محمد" in two, and must treat a line break as the end of a sentence
//! (news pages put headlines, captions and bullets on their own lines without a stop).

use crate::token::{class_at, Class};

#[inline]
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '»' | '”' | '’' | '›' | '″' | '\u{200F}' | '\u{200E}'
    )
}

/// Bytes that may begin (or, for ؟ U+061F and ۔ U+06D4, end) a stop or a line break:
/// `\n \r . ! ?`, the lead bytes C2 (U+0085) and E2 (… ‼ ⁇ ⁈ ⁉ U+2028 U+2029), and the
/// second bytes 9F (؟) and 94 (۔). Every other byte is skipped without decoding.
static STOP_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let set = [b'\n', b'\r', b'.', b'!', b'?', 0xC2, 0xE2, 0x9F, 0x94];
    while k < set.len() {
        t[set[k] as usize] = true;
        k += 1;
    }
    t
};

/// Split `s` into sentence spans `(start, end)` (byte offsets, whitespace trimmed, never
/// empty). Ends a sentence at `. ! ? ؟ …` (with any closing quotes or brackets that follow)
/// and at every line break; does not end one at a point between digits or after a
/// single-letter abbreviation such as "د." or "U.".
pub fn sentences(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let len = b.len();
    let mut start = 0;
    let mut i = 0;
    while i < len {
        let c = b[i];
        if !STOP_BYTE[c as usize] {
            i += 1;
            continue;
        }
        if c == b'\n' || c == b'\r' {
            push_trimmed(s, start, i, &mut out);
            i += 1;
            start = i;
            continue;
        }
        // ؟ and ۔ are found by their second byte (their first, D8 or DB, starts half the
        // Arabic letters); step back onto the character.
        if c == 0x9F || c == 0x94 {
            let lead = if c == 0x9F { 0xD8 } else { 0xDB };
            if i == 0 || b[i - 1] != lead {
                i += 1;
                continue;
            }
            i -= 1;
        }
        let ch = s[i..].chars().next().unwrap();
        let w = ch.len_utf8();
        if ch == '\u{2028}' || ch == '\u{2029}' || ch == '\u{85}' {
            push_trimmed(s, start, i, &mut out);
            i += w;
            start = i;
            continue;
        }
        if !is_terminator(ch) {
            i += w;
            continue;
        }
        if ch == '.' && !ends_sentence_at_point(s, i) {
            i += 1;
            continue;
        }
        // Take the whole run of terminators and closers.
        let mut j = i + w;
        while j < len {
            let c2 = s[j..].chars().next().unwrap();
            if is_terminator(c2) || is_closer(c2) {
                j += c2.len_utf8();
            } else {
                break;
            }
        }
        push_trimmed(s, start, j, &mut out);
        start = j;
        i = j;
    }
    push_trimmed(s, start, len, &mut out);
    out
}

/// Whether the '.' at `i` ends a sentence.
fn ends_sentence_at_point(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    // Between digits: a decimal point or a date (20.01.2022).
    let next_digit = i + 1 < b.len() && class_at(s, i + 1).0 == Class::Digit;
    let prev = s[..i].chars().next_back();
    let prev_digit = prev.is_some_and(|p| class_at(s, i - p.len_utf8()).0 == Class::Digit);
    if prev_digit && next_digit {
        return false;
    }
    // A point followed directly by another point is part of an ellipsis run; handled by
    // the caller taking the whole run.
    // Single-letter abbreviation: the word before the point is one letter.
    let mut k = i;
    let mut letters = 0;
    while k > 0 {
        let p = s[..k].chars().next_back().unwrap();
        let pk = k - p.len_utf8();
        match class_at(s, pk).0 {
            Class::Letter | Class::Latin => letters += 1,
            Class::Mark => {}
            _ => break,
        }
        k = pk;
        if letters > 1 {
            break;
        }
    }
    if letters == 1 {
        // The letter must start a word (start of text or preceded by space/punctuation)
        // and the next character must not be a line end.
        let followed_by_space = s[i + 1..].starts_with(' ');
        if followed_by_space || next_digit || i + 1 == b.len() {
            return i + 1 == b.len();
        }
        return false;
    }
    true
}

fn push_trimmed(s: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &s[start..end];
    let t = piece.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
    let a = start + (piece.len() - t.len());
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c));
    let e = a + t.len();
    if e > a {
        out.push((a, e));
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn basic() {
        assert_eq!(
            split("قتل 5 أشخاص. وأصيب 1.5 مليون؟ نعم! "),
            vec!["قتل 5 أشخاص.", "وأصيب 1.5 مليون؟", "نعم!"]
        );
    }

    #[test]
    fn newlines_end_sentences() {
        assert_eq!(
            split("عنوان الخبر\n\n  • نقطة أولى\r\nنص آخر"),
            vec!["عنوان الخبر", "• نقطة أولى", "نص آخر"]
        );
        assert!(split("\n \n").is_empty());
        assert!(split("").is_empty());
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            split("قال د. محمد إن \"الوضع خطير.\" ثم غادر..."),
            vec!["قال د. محمد إن \"الوضع خطير.\"", "ثم غادر..."]
        );
        assert_eq!(split("عام 2022. وفي"), vec!["عام 2022.", "وفي"]);
        assert_eq!(split("في 20.01.2022 قتل"), vec!["في 20.01.2022 قتل"]);
        assert_eq!(split("ماذا؟! لا."), vec!["ماذا؟!", "لا."]);
    }

    /// Every stop and separator outside ASCII still cuts after Arabic letters (the scan
    /// skips other bytes without decoding them).
    #[test]
    fn stops_outside_ascii() {
        for sep in ['؟', '۔', '…', '‼', '⁇', '⁈', '⁉'] {
            assert_eq!(split(&format!("قتل خمسة{sep} وأصيب")), vec![format!("قتل خمسة{sep}"), "وأصيب".to_string()], "{sep:?}");
        }
        for sep in ['\u{2028}', '\u{2029}', '\u{85}'] {
            assert_eq!(split(&format!("قتل خمسة{sep}وأصيب")), vec!["قتل خمسة", "وأصيب"], "{sep:?}");
        }
        // Letters of the same lead bytes as ؟ and ۔ (ب، ـ، ی، ۓ) and a no-break space cut nothing.
        assert_eq!(split("ببب ـ ی ۓ\u{a0}كلمة"), vec!["ببب ـ ی ۓ\u{a0}كلمة"]);
        // Other characters whose second byte is that of ؟ (9F) or ۔ (94).
        assert_eq!(split("سأل\u{654} ڟ\u{65F} كلمة"), vec!["سأل\u{654} ڟ\u{65F} كلمة"]);
    }

    /// The byte scan cuts exactly where decoding every character would.
    #[test]
    fn same_as_decoding_every_character() {
        fn reference(s: &str) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let (mut start, mut i) = (0, 0);
            while i < s.len() {
                let ch = s[i..].chars().next().unwrap();
                let w = ch.len_utf8();
                if matches!(ch, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}') {
                    push_trimmed(s, start, i, &mut out);
                    i += w;
                    start = i;
                } else if !is_terminator(ch) || ch == '.' && !ends_sentence_at_point(s, i) {
                    i += w;
                } else {
                    let mut j = i + w;
                    while let Some(c2) = s[j..].chars().next().filter(|&c| is_terminator(c) || is_closer(c)) {
                        j += c2.len_utf8();
                    }
                    push_trimmed(s, start, j, &mut out);
                    start = j;
                    i = j;
                }
            }
            push_trimmed(s, start, s.len(), &mut out);
            out
        }
        let alphabet: Vec<char> = "اب ـ.!?؟۔…‼⁇⁈⁉\n\r\u{2028}\u{2029}\u{85}\u{a0}\u{654}\u{65F}ڟی1٣\"»)د".chars().collect();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..next() % 24 {
                s.push(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
            assert_eq!(sentences(&s), reference(&s), "{s:?}");
        }
    }
}
