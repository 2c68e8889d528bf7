//! Tokens over the original text.
//!
//! Tokens keep byte offsets into the string they were cut from, so callers can tokenise
//! either the original or the normalised text. Diacritics and tatweel stay inside the
//! word they decorate (so "لـقسد" and "قُتِلَ" are one word each), and a digit run keeps
//! its thousands separators and decimal point (3,500 / ٣٬٥٠٠ / 1.5) as one number.

use serde::Serialize;

/// What a token is made of; matchers mostly look at `Word` and `Number`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum TokenKind {
    /// Arabic letters, with any diacritics and tatweel inside.
    Word,
    /// A digit run (Western, Arabic-Indic or Persian) with `, . ٬ ٫` between digits.
    Number,
    /// One punctuation character.
    Punct,
    /// A word in Latin (or any other non-Arabic) letters, digits allowed after the first letter.
    Latin,
    /// Any other visible character (symbols, emoji), one per token.
    Symbol,
}

/// One token: a byte range of the input and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `s` (the string it was cut from).
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// Character classes used by the scanner.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Class {
    Space,
    /// Arabic letter.
    Letter,
    /// Diacritic, tatweel, zero-width joiner: inside a word only.
    Mark,
    Digit,
    /// Separator allowed between digits: , . ٬ ٫
    NumSep,
    Latin,
    Punct,
    Symbol,
    /// Invisible format character, dropped like whitespace.
    Invisible,
}

const fn arabic_class_table() -> [Class; 256] {
    let mut t = [Class::Symbol; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x600 + i as u32;
        t[i] = match cp {
            0x0621..=0x063A | 0x0641..=0x064A | 0x066E | 0x066F | 0x0671..=0x06D3 | 0x06D5
            | 0x06EE | 0x06EF | 0x06FA..=0x06FC | 0x06FF => Class::Letter,
            0x0610..=0x061A | 0x0640 | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC
            | 0x06DF..=0x06E8 | 0x06EA..=0x06ED => Class::Mark,
            0x0660..=0x0669 | 0x06F0..=0x06F9 => Class::Digit,
            0x066B | 0x066C => Class::NumSep,
            0x060C | 0x060D | 0x061B | 0x061E | 0x061F | 0x066A | 0x066D | 0x06D4 | 0x0609
            | 0x060A => Class::Punct,
            0x061C => Class::Invisible,
            _ => Class::Symbol,
        };
        i += 1;
    }
    t
}

static ARABIC_CLASS: [Class; 256] = arabic_class_table();

const fn ascii_class_table() -> [Class; 128] {
    let mut t = [Class::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
            b'0'..=b'9' => Class::Digit,
            b',' | b'.' => Class::NumSep,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Latin,
            b'!' | b'"' | b'#' | b'%' | b'&' | b'\'' | b'(' | b')' | b'*' | b'-' | b'/' | b':'
            | b';' | b'?' | b'@' | b'[' | b'\\' | b']' | b'_' | b'{' | b'}' => Class::Punct,
            0..=0x1F | 0x7F => Class::Invisible,
            _ => Class::Symbol,
        };
        i += 1;
    }
    t
}

static ASCII_CLASS: [Class; 128] = ascii_class_table();

/// Classify the character starting at byte `i` of `s`; returns the class and its width.
#[inline(always)]
pub(crate) fn class_at(s: &str, i: usize) -> (Class, usize) {
    let b = s.as_bytes();
    let c = b[i];
    if c < 0x80 {
        return (ASCII_CLASS[c as usize], 1);
    }
    if (0xD8..=0xDB).contains(&c) {
        let idx = (((c & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize;
        return (ARABIC_CLASS[idx], 2);
    }
    let ch = s[i..].chars().next().unwrap();
    (class_of_other(ch), ch.len_utf8())
}

fn class_of_other(ch: char) -> Class {
    match ch {
        '\u{200C}' | '\u{200D}' => Class::Mark,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' | '\u{00AD}' => Class::Invisible,
        '\u{08D3}'..='\u{08FF}' => Class::Mark,
        '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08D2}' | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}' => Class::Letter,
        '\u{00AB}' | '\u{00BB}' | '\u{00A1}' | '\u{00A7}' | '\u{00B6}' | '\u{00B7}'
        | '\u{00BF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}'
        | '\u{300C}'..='\u{300F}' | '\u{FF01}'..='\u{FF0F}' => Class::Punct,
        c if c.is_whitespace() => Class::Space,
        c if c.is_ascii_digit() => Class::Digit,
        c if crate::chars::is_alphabetic(c) => Class::Latin,
        c if c.is_control() => Class::Invisible,
        _ => Class::Symbol,
    }
}

/// Iterator over the tokens of a string; see [`tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        let s = self.s;
        let len = s.len();
        let b = s.as_bytes();
        // Skip whitespace and invisible characters.
        let (start, cls, w) = loop {
            if self.i >= len {
                return None;
            }
            // ASCII space fast path.
            if b[self.i] == b' ' {
                self.i += 1;
                continue;
            }
            let (c, w) = class_at(s, self.i);
            match c {
                Class::Space | Class::Invisible => self.i += w,
                _ => break (self.i, c, w),
            }
        };
        let mut j = start + w;
        let kind = match cls {
            Class::Letter | Class::Mark => {
                while j < len {
                    // Hot path: two-byte Arabic letters; ASCII always ends a word.
                    let c0 = b[j];
                    if c0 & 0xFC == 0xD8 {
                        let idx = (((c0 & 0x03) as usize) << 6) | (b[j + 1] & 0x3F) as usize;
                        if matches!(ARABIC_CLASS[idx], Class::Letter | Class::Mark) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if c0 < 0x80 {
                        break;
                    }
                    let (c, w) = class_at(s, j);
                    if matches!(c, Class::Letter | Class::Mark) {
                        j += w;
                    } else {
                        break;
                    }
                }
                TokenKind::Word
            }
            Class::Digit => {
                while j < len {
                    let (c, w) = class_at(s, j);
                    match c {
                        Class::Digit => j += w,
                        Class::NumSep if j + w < len && class_at(s, j + w).0 == Class::Digit => {
                            j += w
                        }
                        _ => break,
                    }
                }
                TokenKind::Number
            }
            Class::Latin => {
                while j < len {
                    let (c, w) = class_at(s, j);
                    if matches!(c, Class::Latin | Class::Digit) {
                        j += w;
                    } else {
                        break;
                    }
                }
                TokenKind::Latin
            }
            Class::Punct | Class::NumSep => TokenKind::Punct,
            _ => TokenKind::Symbol,
        };
        self.i = j;
        Some(Token { start, end: j, kind })
    }
}

/// Lazily cut `s` into tokens (whitespace dropped), for callers that stop early or
/// want no allocation.
pub fn tokens(s: &str) -> Tokens<'_> {
    Tokens { s, i: 0 }
}

/// Cut `s` into tokens (whitespace dropped): Arabic words with their diacritics and
/// tatweel, digit runs with separators, Latin words, single punctuation characters.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut v = Vec::with_capacity(s.len() / 6 + 1);
    v.extend(tokens(s));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).iter().map(|t| (t.text(s), t.kind)).collect()
    }

    #[test]
    fn words_numbers_punct() {
        use TokenKind::*;
        assert_eq!(
            show("قُتِلَ 3,500 شخصٍ، و١٫٥ مليون (ISIS) لـ\"قسد\"."),
            vec![
                ("قُتِلَ", Word),
                ("3,500", Number),
                ("شخصٍ", Word),
                ("،", Punct),
                ("و", Word),
                ("١٫٥", Number),
                ("مليون", Word),
                ("(", Punct),
                ("ISIS", Latin),
                (")", Punct),
                ("لـ", Word),
                ("\"", Punct),
                ("قسد", Word),
                ("\"", Punct),
                (".", Punct),
            ]
        );
    }

    #[test]
    fn separators_only_between_digits() {
        use TokenKind::*;
        assert_eq!(show("عام 2022."), vec![("عام", Word), ("2022", Number), (".", Punct)]);
        assert_eq!(show("10,"), vec![("10", Number), (",", Punct)]);
        assert_eq!(
            show("2000-4000"),
            vec![("2000", Number), ("-", Punct), ("4000", Number)]
        );
        assert_eq!(show("٣٬٥٠٠"), vec![("٣٬٥٠٠", Number)]);
        assert_eq!(show("F16 $5"), vec![("F16", Latin), ("$", Symbol), ("5", Number)]);
    }

    #[test]
    fn tatweel_and_marks_stay_in_word() {
        let s = "الحســـكة\u{200f} لـقسد";
        let v = show(s);
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].0, "الحســـكة");
        assert_eq!(v[1].0, "لـقسد");
        assert_eq!(tokens(s).count(), 2);
        assert!(tokenize("  \n\t").is_empty());
    }
}
