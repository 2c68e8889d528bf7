//! JSON records to articles. Datasets and scrapers name the same fields differently
//! (SaudiNewsNet: `source`, `date_extracted`, `content`; schema.org: `articleBody`,
//! `datePublished`), so each field is looked up under all the names seen in the wild.

use riwaya_model::{Origin, RawArticle, SourceFormat, Sourced};
use serde_json::{Map, Value};

const TEXT_KEYS: &[&str] = &["text", "content", "body", "articleBody", "article", "maintext"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const URL_KEYS: &[&str] = &["url", "link", "canonical", "source_url"];
const OUTLET_KEYS: &[&str] = &["outlet", "source", "site", "site_name", "publisher", "source_domain"];
const DATE_KEYS: &[&str] = &["published", "date", "datePublished", "pubDate", "date_publish", "published_at", "date_extracted"];
const ID_KEYS: &[&str] = &["id", "_id", "guid"];
const AUTHOR_KEYS: &[&str] = &["author", "byline"];

fn field<'a>(obj: &'a Map<String, Value>, keys: &[&'static str]) -> Option<(&'static str, &'a Value)> {
    keys.iter().find_map(|k| obj.get(*k).filter(|v| !v.is_null()).map(|v| (*k, v)))
}

/// A JSON value as a string: strings as they are, numbers printed, an object's `name`.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(as_text),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().filter_map(as_text).collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        _ => None,
    }
}

/// Scrapers often store a page's text with its character references still in it
/// (SaudiNewsNet: 410 titles with `&quot;`): decoded here, once, so no later stage or
/// report sees them (and none decodes them again).
fn decoded(s: String) -> String {
    if s.contains('&') { riwaya_html::decode_entities(&s) } else { s }
}

/// Turns one JSON object into an article, or says why it cannot.
pub fn from_object(obj: &Map<String, Value>, origin: Origin) -> Result<RawArticle, String> {
    let (_, body) = field(obj, TEXT_KEYS).ok_or_else(|| {
        format!("record has no text field (looked for {})", TEXT_KEYS.join(", "))
    })?;
    let title = field(obj, TITLE_KEYS).and_then(|(_, v)| as_text(v)).map(decoded);
    // Scraped datasets hold headline-only records (SaudiNewsNet has 354): they are still
    // articles, with an empty body. A record with neither text nor title is an error.
    let body = match (as_text(body), &title) {
        (Some(b), _) => decoded(b),
        (None, Some(_)) if body.is_string() => String::new(),
        _ => return Err("empty record: no text and no title".into()),
    };
    let url = field(obj, URL_KEYS).and_then(|(_, v)| as_text(v));
    let outlet = field(obj, OUTLET_KEYS)
        .and_then(|(k, v)| as_text(v).map(|s| Sourced { value: decoded(s), source: format!("record:{k}") }));
    let published = field(obj, DATE_KEYS).and_then(|(k, v)| {
        as_text(v).and_then(|s| iso_day(&s)).map(|d| Sourced { value: d, source: format!("record:{k}") })
    });
    let author = field(obj, AUTHOR_KEYS).and_then(|(_, v)| as_text(v)).map(decoded);
    let id = field(obj, ID_KEYS)
        .and_then(|(_, v)| as_text(v))
        .or_else(|| url.clone())
        .unwrap_or_else(|| crate::content_id(&format!("{}\n{body}", title.as_deref().unwrap_or(""))));
    Ok(RawArticle { id, origin, format: SourceFormat::Json, title, body, outlet, url, published, author })
}

/// The day of a metadata date written as ISO 8601 (`2022-01-22`, `2022-01-22T10:00:00Z`,
/// `2015-07-21 02:51:32`) or `2022/01/22`, or `22/01/2022`.
pub fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).filter(|x| x.iter().all(u8::is_ascii_digit)).map(|_| &s[r]);
    let valid = |y: &str, m: &str, d: &str| {
        let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        ((1900..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
            .then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    if b.len() >= 10 && matches!(b[4], b'-' | b'/') && b[7] == b[4] {
        return valid(digits(0..4)?, digits(5..7)?, digits(8..10)?);
    }
    if b.len() >= 10 && matches!(b[2], b'-' | b'/' | b'.') && b[5] == b[2] {
        return valid(digits(6..10)?, digits(3..5)?, digits(0..2)?);
    }
    None
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn saudinewsnet_fields() {
        let o = obj(json!({"source": "aawsat", "url": "http://example.org/a/1", "date_extracted": "2015-07-21 02:51:32",
            "title": "عنوان", "author": "لندن: كاتب", "content": "نص الخبر"}));
        let a = from_object(&o, Origin::default()).unwrap();
        assert_eq!(a.id, "http://example.org/a/1");
        assert_eq!(a.outlet.unwrap().value, "aawsat");
        assert_eq!(a.published.unwrap(), Sourced { value: "2015-07-21".into(), source: "record:date_extracted".into() });
        assert_eq!(a.body, "نص الخبر");
        assert_eq!(a.author.as_deref(), Some("لندن: كاتب"));
    }

    #[test]
    fn other_field_names_and_hash_id() {
        let o = obj(json!({"headline": "ع", "articleBody": "نص", "datePublished": "2022-01-22T10:00:00+03:00",
            "publisher": {"name": "الميادين"}}));
        let a = from_object(&o, Origin::default()).unwrap();
        assert_eq!(a.title.as_deref(), Some("ع"));
        assert_eq!(a.outlet.unwrap().value, "الميادين");
        assert_eq!(a.published.unwrap().value, "2022-01-22");
        assert_eq!(a.id.len(), 16 + 5); // "hash-" + 16 hex digits
    }

    #[test]
    fn character_references_are_decoded_once() {
        let a = from_object(
            &obj(json!({"title": "مهرجان &quot;فنون أبها&quot; يبدأ", "content": "قال &laquo;المصدر&raquo; إن &amp;quot; تبقى &#1575;&#x644;", "source": "A &amp; B", "author": "O&#39;Neil"})),
            Origin::default(),
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("مهرجان \"فنون أبها\" يبدأ"));
        assert_eq!(a.body, "قال «المصدر» إن &quot; تبقى ال");
        assert_eq!(a.outlet.unwrap().value, "A & B");
        assert_eq!(a.author.as_deref(), Some("O'Neil"));
        // Text with a bare ampersand or an unknown reference is kept as written.
        let b = from_object(&obj(json!({"title": "R&D &foo; 5 & 6", "content": "x"})), Origin::default()).unwrap();
        assert_eq!(b.title.as_deref(), Some("R&D &foo; 5 & 6"));
    }

    #[test]
    fn headline_only_record_is_an_article() {
        let a = from_object(&obj(json!({"title": "عنوان فقط", "content": "", "url": "u"})), Origin::default()).unwrap();
        assert_eq!(a.body, "");
        assert!(from_object(&obj(json!({"content": ""})), Origin::default()).is_err());
    }

    #[test]
    fn missing_text_is_an_error() {
        let o = obj(json!({"title": "x"}));
        assert!(from_object(&o, Origin::default()).unwrap_err().contains("no text field"));
    }

    #[test]
    fn dates() {
        assert_eq!(iso_day("2022/01/20").as_deref(), Some("2022-01-20"));
        assert_eq!(iso_day("20-01-2022").as_deref(), Some("2022-01-20"));
        assert_eq!(iso_day("2022-13-01"), None);
        // Impossible days are refused, leap days kept.
        assert_eq!(iso_day("2022-02-30"), None);
        assert_eq!(iso_day("2022-04-31"), None);
        assert_eq!(iso_day("2100-02-29"), None);
        assert_eq!(iso_day("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(iso_day("9999-12-31"), None);
        assert_eq!(iso_day("yesterday"), None);
    }
}
