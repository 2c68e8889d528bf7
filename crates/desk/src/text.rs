//! Escaping for pages and JSON, and small text helpers. Article text is untrusted.

/// Bidi embedding, override and isolate controls: dropped from anything shown, so that
/// hostile text cannot reorder the page around it (the markup isolates runs instead).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Escapes text for element content and quoted attribute values; drops bidi controls and
/// C0 controls other than tab and newline.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars().filter(|&c| !is_bidi_control(c) && !(c.is_control() && c != '\n' && c != '\t')) {
        riwaya_report::html::push_escaped(&mut out, c);
    }
    out
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// English text with Arabic runs in it ("800 per مصدر من داعش (2022-01-20) cannot …"), escaped,
/// each run of Arabic words isolated in a `<bdi>` so that the dates and numbers around it
/// keep their order.
pub fn mixed(s: &str) -> String {
    let mut out = String::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut String| {
        if !run.is_empty() {
            out.push_str(&format!("<bdi dir=\"rtl\">{}</bdi> ", esc(&run.join(" "))));
            run.clear();
        }
    };
    for w in s.split(' ') {
        if w.chars().any(is_arabic) {
            run.push(w);
        } else {
            flush(&mut run, &mut out);
            out.push_str(&esc(w));
            out.push(' ');
        }
    }
    flush(&mut run, &mut out);
    out.truncate(out.trim_end().len());
    out
}

/// JSON text with `<`, `>`, `&`, line/paragraph separators and bidi controls written as
/// `\u` escapes: the same value for a JSON reader, inert if anything sniffs it as HTML.
pub fn json_string<T: serde::Serialize>(v: &T) -> String {
    let raw = serde_json::to_string(v).unwrap_or_else(|_| "null".into());
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        match c {
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if is_bidi_control(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a path segment or query value (everything but unreserved ASCII).
pub fn url_enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Only web links are links: anything else (`javascript:`, `data:`) is shown as text.
pub fn safe_url(u: &str) -> Option<&str> {
    let t = u.trim();
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(t)
}

/// At most `n` characters, an ellipsis marking the cut.
pub fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n.saturating_sub(1)).chain(std::iter::once('…')).collect()
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` (the first ten characters of a date or span).
pub fn day_number(d: &str) -> Option<i64> {
    let d = d.get(..10)?;
    let y: i64 = d.get(0..4)?.parse().ok()?;
    let m: i64 = d.get(5..7)?.parse().ok()?;
    let day: i64 = d.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// "5", "≥ 900", "20–99": a figure's value in words.
pub fn value(low: Option<u64>, high: Option<u64>) -> String {
    riwaya_stories::value_words(low, high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_bidi_controls() {
        assert_eq!(esc("<script>\u{202E}x'\"&"), "&lt;script&gt;x&#39;&quot;&amp;");
        let j = json_string(&serde_json::json!({"t": "</script>\u{202E}&"}));
        assert!(!j.contains('<') && !j.contains('\u{202E}') && !j.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&j).unwrap();
        assert_eq!(back["t"], "</script>\u{202E}&");
    }

    #[test]
    fn arabic_runs_are_isolated() {
        assert_eq!(mixed("800 per مصدر من <داعش> (2022-01-20) x"), "800 per <bdi dir=\"rtl\">مصدر من &lt;داعش&gt;</bdi> (2022-01-20) x");
    }

    #[test]
    fn links_only_to_the_web() {
        assert_eq!(safe_url(" https://x.example/a "), Some("https://x.example/a"));
        assert_eq!(safe_url("JavaScript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,x"), None);
        assert_eq!(url_enc("a b/ج"), "a%20b%2F%D8%AC");
    }

    #[test]
    fn days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2022-01-22/2022-01-23"), Some(19014));
        assert_eq!(day_number("2022-13-01"), None);
        assert_eq!(day_number("x"), None);
    }
}
