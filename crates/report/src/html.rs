//! The HTML report: one self-contained file (inline CSS and SVG, no scripts, no network),
//! right to left, Arabic text with English labels for canonical actors. Every string that
//! comes from an article is escaped: article text is untrusted.

use std::fmt::Write as _;

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    s.chars().for_each(|c| push_escaped(&mut out, c));
    out
}

/// Appends one character, escaped for element content and quoted attribute values.
pub fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c => out.push(c),
    }
}

/// Text of either direction isolated from what surrounds it (`<bdi>`: an outlet's Latin
/// name in an Arabic line, an Arabic name in an English label).
pub fn bdi(s: &str) -> String {
    format!("<bdi>{}</bdi>", esc(s))
}

/// Left-to-right text (English words, numbers, dates, ranges) isolated in the right-to-left
/// page, so "5 / 40 / 99" and "2425 stories, 30417 articles" keep their order.
pub fn ltr(s: &str) -> String {
    format!("<bdi dir=\"ltr\">{}</bdi>", esc(s))
}

/// An English label, muted.
pub fn en(s: &str) -> String {
    format!("<bdi dir=\"ltr\" class=\"en\">{}</bdi>", esc(s))
}

/// An interface label: English first, the Arabic beside it, each isolated (an Arabic word
/// not isolated would turn the digits after it into Arabic-context numbers, Unicode's rule
/// W2, and reverse the rest of an English line).
pub fn lbl(english: &str, arabic: &str) -> String {
    format!("<bdi dir=\"ltr\" lang=\"en\">{}</bdi> <bdi class=\"ar\" dir=\"rtl\" lang=\"ar\">{}</bdi>", esc(english), esc(arabic))
}

/// The interface label of `key` in `data/labels.tsv`, as [`lbl`] writes it.
pub fn label(key: &'static str) -> String {
    let (english, arabic) = crate::labels::pair(key);
    lbl(english, arabic)
}

/// A link to an original article: only `http:` and `https:` URLs (never `javascript:`), the
/// text escaped, opened without the referrer.
pub fn url_link(url: &str, text: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) || u.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let shown = if text.trim().is_empty() { u } else { text };
    Some(format!("<a href=\"{}\" rel=\"noreferrer noopener\" dir=\"auto\">{}</a>", esc(u), esc(shown)))
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !matches!(c, '\u{0660}'..='\u{0669}' | '\u{060C}')
}

/// An English line with Arabic names in it ("800 per مصدر من “داعش” (2022-01-20)"),
/// escaped, each Arabic run isolated right to left (`<bdi dir="rtl">`), so the brackets and
/// dates beside it stay where they are written.
pub fn mixed(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let inside = |c: char| c == ' ' || matches!(c, '“' | '”' | '"' | '«' | '»' | '\'' | '،' | '-' | 'ـ' | '.');
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if !is_arabic(chars[i]) {
            // An opening quote right before Arabic belongs to the run.
            let opens = matches!(chars[i], '“' | '«' | '"') && chars.get(i + 1).is_some_and(|c| is_arabic(*c));
            if !opens {
                out.push_str(&esc(&chars[i].to_string()));
                i += 1;
                continue;
            }
        }
        let start = i;
        let mut end = i + 1; // exclusive, after the last Arabic character
        let mut j = i + 1;
        while j < chars.len() {
            if is_arabic(chars[j]) {
                end = j + 1;
                j += 1;
            } else if inside(chars[j]) {
                j += 1;
            } else {
                break;
            }
        }
        // A closing quote right after the run belongs to it.
        while end < chars.len() && matches!(chars[end], '”' | '»' | '"') {
            end += 1;
        }
        let run: String = chars[start..end].iter().collect();
        out.push_str("<bdi dir=\"rtl\">");
        out.push_str(&esc(&run));
        out.push_str("</bdi>");
        i = end;
    }
    out
}

/// An id usable in `href="#…"` for any string (article ids are URLs or file names).
pub fn anchor(prefix: &str, s: &str) -> String {
    let h = xxhash_rust::xxh3::xxh3_64(s.as_bytes());
    format!("{prefix}-{h:012x}")
}

pub const CSS: &str = r#"
:root { --ink:#1d2430; --muted:#5b6575; --line:#d9dee6; --bg:#fbfcfd; --warn:#c0392b; --warnbg:#fdecea; --ok:#1e7d4f; --accent:#2c6fbb; }
* { box-sizing: border-box; }
body { margin:0; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", Tahoma, sans-serif; color:var(--ink); background:var(--bg); line-height:1.6; }
header.top { padding:1.2rem 2rem; background:#14324f; color:#fff; }
header.top h1 { margin:0; font-size:1.6rem; }
header.top p { margin:.3rem 0 0; color:#cfe0f1; }
main { padding:1rem 2rem 3rem; max-width:1200px; margin:auto; }
section.story { background:#fff; border:1px solid var(--line); border-radius:8px; padding:1rem 1.4rem; margin:1.2rem 0; }
section.story > h2 { margin:.2rem 0 .4rem; font-size:1.35rem; }
.meta { color:var(--muted); font-size:.9rem; }
h3 { font-size:1.1rem; margin:1.2rem 0 .5rem; border-bottom:1px solid var(--line); padding-bottom:.2rem; }
table { border-collapse:collapse; width:100%; margin:.4rem 0 1rem; font-size:.93rem; }
th, td { border:1px solid var(--line); padding:.3rem .5rem; vertical-align:top; text-align:start; }
th { background:#eef2f7; font-weight:600; }
tr.contradiction td { background:var(--warnbg); }
.tag { display:inline-block; padding:0 .4rem; border-radius:4px; font-size:.8rem; background:#eef2f7; color:var(--muted); margin-inline-start:.3rem; }
.tag.warn { background:var(--warnbg); color:var(--warn); font-weight:600; }
.tag.party { background:#fff4d6; color:#8a5a00; }
.en { direction:ltr; unicode-bidi:isolate; color:var(--muted); font-size:.85rem; font-family: "DejaVu Sans", Arial, sans-serif; }
.ar { color:var(--muted); font-size:.85em; }
mark { background:#fff1a8; padding:0 .1em; }
table.index td:nth-child(n+2) { white-space:nowrap; }
.val { font-weight:700; direction:ltr; unicode-bidi:isolate; }
.contra { border:1px solid var(--warn); background:var(--warnbg); border-radius:6px; padding:.5rem .8rem; margin:.4rem 0; }
.contra h4 { margin:0 0 .3rem; color:var(--warn); font-size:1rem; }
.figure { margin:.6rem 0 1.2rem; }
.estimate { font-size:.92rem; }
ol.timeline { list-style:none; padding:0; border-inline-start:3px solid var(--line); margin-inline-start:.5rem; }
ol.timeline li { margin:.3rem 0 .6rem; padding-inline-start:1rem; position:relative; }
ol.timeline li::before { content:""; position:absolute; inset-inline-start:-.45rem; top:.55rem; width:.6rem; height:.6rem; border-radius:50%; background:var(--accent); }
.evidence p { margin:.3rem 0; padding:.3rem .6rem; border-inline-start:3px solid var(--line); background:#fff; }
.evidence p:target { border-color:var(--accent); background:#eaf2fb; }
a { color:var(--accent); text-decoration:none; }
a:hover { text-decoration:underline; }
svg.range { max-width:100%; height:auto; background:#fff; }
footer { color:var(--muted); font-size:.85rem; padding:1rem 2rem; }
"#;

/// The page around the sections: `<html lang="ar" dir="rtl">`, inline CSS.
pub fn page(title: &str, subtitle: &str, body: &str) -> String {
    let mut s = String::with_capacity(body.len() + CSS.len() + 512);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"riwaya\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>{CSS}</style></head><body>\
         <header class=\"top\"><h1 dir=\"auto\">{}</h1><p><bdi dir=\"ltr\">{}</bdi></p></header><main>{body}</main>\
         <footer><bdi dir=\"ltr\">riwaya {} — every figure links to the sentence it comes from.</bdi></footer></body></html>\n",
        esc(title),
        esc(title),
        esc(subtitle),
        env!("CARGO_PKG_VERSION"),
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(esc(r#"<script>alert("x")</script> & 'y'"#), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
        assert_eq!(esc("قسد"), "قسد");
    }

    #[test]
    fn page_is_rtl_arabic_and_self_contained() {
        let p = page("تقرير <x>", "sub", "<p>body</p>");
        assert!(p.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(p.contains("تقرير &lt;x&gt;"));
        assert!(!p.contains("<script"));
        assert!(!p.contains("http://") || p.contains("http://www.w3.org/2000/svg") || !p.contains("src=\"http"));
    }

    #[test]
    fn arabic_runs_in_english_lines_are_isolated() {
        assert_eq!(
            mixed("800 per مصدر من “داعش” (2022-01-20) <b>"),
            "800 per <bdi dir=\"rtl\">مصدر من “داعش”</bdi> (2022-01-20) &lt;b&gt;"
        );
        assert_eq!(mixed("no arabic"), "no arabic");
        assert_eq!(mixed("«قسد»"), "<bdi dir=\"rtl\">«قسد»</bdi>");
    }

    #[test]
    fn anchors_are_stable_and_safe() {
        assert_eq!(anchor("a", "https://x.example/?q=<1>"), anchor("a", "https://x.example/?q=<1>"));
        assert!(anchor("a", "\"><script>").chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }
}
