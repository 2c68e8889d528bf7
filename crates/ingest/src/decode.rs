//! Bytes to text. Real Arabic sites publish UTF-8 (with or without a BOM), UTF-16 with a
//! BOM, and windows-1256; an HTML page may also declare its charset. Anything else that
//! is not plausibly text is refused with a reason, never decoded into mojibake silently.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1256};

/// The text and the name of the encoding it was decoded from.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Something to tell the user about the decoding (invalid bytes replaced, and where).
    pub warning: Option<String>,
}

/// Decodes `bytes`; `declared` is a charset label found in the document itself (HTML meta).
/// As [`decode`], taking the bytes: UTF-8 without a byte-order mark (the common case)
/// becomes the text without a copy.
pub fn decode_owned(bytes: Vec<u8>, declared: Option<&str>) -> Result<Decoded, String> {
    if bytes.is_empty() || Encoding::for_bom(&bytes).is_some() {
        return decode(&bytes, declared);
    }
    match String::from_utf8(bytes) {
        Ok(s) => {
            if looks_binary(s.chars().take(65_536)) {
                return Err("binary data, not text".into());
            }
            Ok(Decoded { text: s, encoding: UTF_8.name(), warning: None })
        }
        Err(e) => decode(e.as_bytes(), declared),
    }
}

pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("invalid {} after its byte-order mark", enc.name()));
        }
        return Ok(Decoded { text: text.into_owned(), encoding: enc.name(), warning: None });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if looks_binary(s.chars().take(65_536)) {
            return Err("binary data, not text".into());
        }
        return Ok(Decoded { text: s.to_owned(), encoding: UTF_8.name(), warning: None });
    }
    // UTF-8 with a few bad bytes (a cut multi-byte character, one stray byte) is UTF-8,
    // not a legacy encoding: decoded with U+FFFD in their place, and said where.
    if let Some(first_bad) = mostly_utf8(bytes) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        if looks_binary(text.chars().filter(|c| *c != '\u{fffd}').take(65_536)) {
            return Err("binary data, not text".into());
        }
        let bad = bytes.utf8_chunks().filter(|c| !c.invalid().is_empty()).count();
        let more = if bad > 1 { format!(" (and {} more)", bad - 1) } else { String::new() };
        return Ok(Decoded {
            text,
            encoding: UTF_8.name(),
            warning: Some(format!("invalid UTF-8 at byte {first_bad}{more}; replaced with U+FFFD")),
        });
    }
    // Not UTF-8: a declared charset wins when it decodes cleanly; else detect among the
    // legacy encodings (chardetng is Firefox's detector, built on encoding_rs).
    let enc = declared
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE)
        .unwrap_or_else(|| {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            det.guess(Some(b"sa"), chardetng::Utf8Detection::Deny)
        });
    let (text, _, had_errors) = enc.decode(bytes);
    if had_errors || looks_binary(text.chars().take(65_536)) {
        return Err(format!(
            "bytes are not valid UTF-8, UTF-16 or {} text",
            if enc == WINDOWS_1256 { "windows-1256" } else { enc.name() }
        ));
    }
    Ok(Decoded { text: text.into_owned(), encoding: enc.name(), warning: None })
}

/// The offset of the first invalid byte when `bytes` are UTF-8 but for a few bad
/// sequences: at least 20 valid multi-byte characters for each bad one. Text in a legacy
/// encoding (windows-1256 Arabic) is almost all invalid as UTF-8 and never passes.
fn mostly_utf8(bytes: &[u8]) -> Option<usize> {
    let (mut multi, mut bad, mut first, mut pos) = (0usize, 0usize, None, 0usize);
    for c in bytes.utf8_chunks() {
        multi += c.valid().chars().filter(|ch| !ch.is_ascii()).count();
        pos += c.valid().len();
        if !c.invalid().is_empty() {
            bad += 1;
            first.get_or_insert(pos);
        }
        pos += c.invalid().len();
    }
    first.filter(|_| multi >= 20 * bad && multi > 0)
}

/// Control characters other than whitespace mean a binary file (or a wrong decoding).
fn looks_binary(chars: impl Iterator<Item = char>) -> bool {
    let mut n = 0usize;
    let mut bad = 0usize;
    for c in chars {
        n += 1;
        if (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}' {
            bad += 1;
        }
    }
    n > 0 && bad * 100 > n // more than 1% control characters
}

/// The charset an HTML page declares in its first bytes (`<meta charset=…>` or
/// `<meta http-equiv=Content-Type content="…; charset=…">`).
pub fn html_declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let i = head.find("charset=")?;
    let rest = head[i + 8..].trim_start_matches(['"', '\'', ' ']);
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const AR: &str = "قالت مصادر محلية إن الاشتباكات مستمرة في المدينة.";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(AR.as_bytes(), None).unwrap().text, AR);
        // The owned path answers as the borrowed one, whatever the bytes.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(AR.as_bytes());
        let cut = &AR.as_bytes()[..AR.len() - 1];
        for b in [AR.as_bytes(), &bom[..], cut, b"", b"\x00\x01\x02binary\x00"] {
            let (x, y) = (decode(b, None), decode_owned(b.to_vec(), None));
            assert_eq!(x.as_ref().map(|d| (&d.text, d.encoding, &d.warning)), y.as_ref().map(|d| (&d.text, d.encoding, &d.warning)));
        }
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(AR.as_bytes());
        let d = decode(&b, None).unwrap();
        assert_eq!(d.text, AR);
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in AR.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le, None).unwrap().text, AR);
        let mut be = vec![0xFE, 0xFF];
        for u in AR.encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        let d = decode(&be, None).unwrap();
        assert_eq!(d.text, AR);
        assert_eq!(d.encoding, "UTF-16BE");
    }

    #[test]
    fn windows_1256_detected() {
        let (bytes, _, _) = WINDOWS_1256.encode(AR);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, AR);
        assert_eq!(d.encoding, "windows-1256");
    }

    #[test]
    fn declared_charset_found() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">";
        assert_eq!(html_declared_charset(page).as_deref(), Some("windows-1256"));
        assert_eq!(html_declared_charset(b"<meta charset='UTF-8'>").as_deref(), Some("utf-8"));
    }

    #[test]
    fn mostly_utf8_is_utf8_with_a_warning_naming_the_byte() {
        let mut b = AR.as_bytes().to_vec();
        b.insert(8, 0xFF);
        let d = decode(&b, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\u{fffd}'));
        assert!(d.text.contains("الاشتباكات"));
        assert_eq!(d.warning.as_deref(), Some("invalid UTF-8 at byte 8; replaced with U+FFFD"));
        // A whole legacy-encoded text is still detected as that encoding, silently.
        let (w, _, _) = WINDOWS_1256.encode(AR);
        assert!(decode(&w, None).unwrap().warning.is_none());
    }

    #[test]
    fn binary_and_empty_refused() {
        assert!(decode(b"", None).unwrap_err().contains("empty"));
        let bin: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(decode(&bin, None).is_err());
        assert!(decode(b"\x00\x01\x02\x03abc\x00\x00\x00\x05", None).is_err());
    }
}
