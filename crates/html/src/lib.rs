//! Main-text and metadata extraction from a news HTML page.
//!
//! [`extract`] parses the page once, reads its metadata (Open Graph, `article:*`, JSON-LD,
//! `<title>`, `<link rel=canonical>`, `<time>`, `<html lang>`) and hands the same DOM to the
//! `trafilatura` crate (a Rust port of go-trafilatura) for the main text, configured for
//! precision with its readability/baseline fallback on (F1 0.969 on the
//! article-extraction benchmark; see `bench/html_extraction.md`). On top of that:
//! pages whose JSON-LD `articleBody` is much longer than the extracted text get the
//! `articleBody`; bidi control characters are removed; short "read also" lines are dropped.
//!
//! It never panics: the extraction runs under `catch_unwind` (on a thread with a large
//! stack, so deeply nested pages cannot overflow it) and falls back to a plain text dump.

mod date;
mod jsonld;
pub mod score;

pub use date::normalize_date;

use std::panic::{catch_unwind, AssertUnwindSafe};
use trafilatura::dom::Document;

/// What [`extract`] finds in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// og:title, else JSON-LD headline, else `<title>`; a " | Site" / " - Site" suffix (or
    /// prefix) naming the site is removed.
    pub title: Option<String>,
    /// The main article text, paragraphs separated by `"\n"` or `"\n\n"`, no boilerplate.
    pub text: String,
    /// `<link rel=canonical>`, else og:url, else the JSON-LD article's url.
    pub url: Option<String>,
    /// Publication date as `YYYY-MM-DD`, with where it was read: `"html:article:published_time"`,
    /// `"html:json-ld"`, `"html:meta"` or `"html:time"`.
    pub published: Option<(String, &'static str)>,
    /// og:site_name, else JSON-LD publisher.name.
    pub site_name: Option<String>,
    /// Author name(s), comma-separated when there are several.
    pub author: Option<String>,
    /// `<html lang>` (else a Content-Language meta), as written.
    pub lang: Option<String>,
}

/// Input larger than this is cut (at a char boundary) before parsing: no news page is
/// this big, and it bounds the time one call can take.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// A tag with more attributes than this makes the page refused: the parser checks each
/// new attribute against the tag's others (quadratic), and no real page comes near it.
pub const MAX_ATTRIBUTES_PER_TAG: usize = 1000;

/// The most attributes any one tag of the page has, by a linear scan of the markup (quoted
/// values, comments, scripts and styles skipped), so a page can be refused before parsing.
pub fn most_attributes(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut i, mut most) = (0usize, 0usize);
    let find = |from: usize, pat: &[u8]| -> usize {
        let mut k = from;
        while k + pat.len() <= b.len() {
            if b[k..k + pat.len()].eq_ignore_ascii_case(pat) {
                return k + pat.len();
            }
            k += 1;
        }
        b.len()
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if b[i + 1..].starts_with(b"!--") {
            i = find(i + 4, b"-->");
            continue;
        }
        if !b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let name_start = i + 1;
        let mut j = name_start;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
            j += 1;
        }
        let name = &b[name_start..j];
        // 0 between attributes, 1 in a name, 2 after '=', 3 in an unquoted value, 4 quoted.
        let (mut state, mut quote, mut n) = (0u8, 0u8, 0usize);
        while j < b.len() {
            let c = b[j];
            let ws = c.is_ascii_whitespace();
            match state {
                4 if c == quote => state = 0,
                4 => {}
                _ if c == b'>' => break,
                0 if ws || c == b'/' => {}
                0 if c == b'=' => state = 2,
                0 => {
                    n += 1;
                    state = 1;
                }
                1 if ws || c == b'/' => state = 0,
                1 if c == b'=' => state = 2,
                1 => {}
                2 if ws => {}
                2 if c == b'"' || c == b'\'' => {
                    quote = c;
                    state = 4;
                }
                2 => state = 3,
                _ if ws => state = 0,
                _ => {}
            }
            j += 1;
        }
        most = most.max(n);
        i = j + 1;
        if name.eq_ignore_ascii_case(b"script") {
            i = find(i, b"</script");
        } else if name.eq_ignore_ascii_case(b"style") {
            i = find(i, b"</style");
        }
    }
    most
}

/// Extracts the article text and metadata of one HTML page. `url_hint` is the address the
/// page was fetched from (used to resolve a relative canonical link). Never panics. A page
/// with a tag over [`MAX_ATTRIBUTES_PER_TAG`] gives nothing (callers say why, see
/// [`most_attributes`]).
pub fn extract(html: &str, url_hint: Option<&str>) -> HtmlArticle {
    let html = truncate(html, MAX_INPUT_BYTES);
    if most_attributes(html) > MAX_ATTRIBUTES_PER_TAG {
        return HtmlArticle::default();
    }
    let hint = url_hint.map(str::to_string);
    let owned = html.to_string();
    // A thread of its own with a generous stack: html5ever and the extractor recurse over
    // the tree, and a stack overflow (unlike a panic) cannot be caught.
    let worker = std::thread::Builder::new()
        .name("riwaya-html".into())
        .stack_size(256 * 1024 * 1024)
        .spawn(move || catch_unwind(AssertUnwindSafe(|| extract_dom(&owned, hint.as_deref()))).ok());
    let res = match worker {
        Ok(h) => h.join().ok().flatten(),
        Err(_) => catch_unwind(AssertUnwindSafe(|| extract_dom(html, url_hint))).ok(),
    };
    res.unwrap_or_else(|| HtmlArticle {
        text: catch_unwind(|| text_dump(html)).unwrap_or_default(),
        ..Default::default()
    })
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

// ---------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------

#[derive(Default)]
struct Meta {
    /// (lower-cased property/name/itemprop, content) of every `<meta>`.
    metas: Vec<(String, String)>,
    title_tag: Option<String>,
    canonical: Option<String>,
    lang: Option<String>,
    times: Vec<String>,
    ld_article: Option<serde_json::Map<String, serde_json::Value>>,
    ld_any_date: Option<String>,
    ld_publisher: Option<String>,
    ld_headline: Option<String>,
    ld_url: Option<String>,
}

impl Meta {
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas.iter().find(|(n, v)| n == k && !v.trim().is_empty()).map(|(_, v)| clean_inline(v))
        })
    }
}

fn read_meta(doc: &Document) -> Meta {
    let root = doc.root();
    let mut m = Meta::default();
    for id in doc.query_selector_all(root, "meta") {
        let content = doc.get_attribute(id, "content").or_else(|| doc.get_attribute(id, "value"));
        let Some(content) = content else { continue };
        for attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(k) = doc.get_attribute(id, attr) {
                for k in k.split_whitespace() {
                    m.metas.push((k.to_lowercase(), content.clone()));
                }
            }
        }
    }
    if let Some(id) = doc.query_selector(root, "title") {
        let t = clean_inline(&doc.text_content(id));
        m.title_tag = (!t.is_empty()).then_some(t);
    }
    for id in doc.query_selector_all(root, "link[rel][href]") {
        let rel = doc.get_attribute(id, "rel").unwrap_or_default().to_lowercase();
        if rel.split_whitespace().any(|r| r == "canonical") {
            let href = doc.get_attribute(id, "href").unwrap_or_default();
            if !href.trim().is_empty() {
                m.canonical = Some(href.trim().to_string());
                break;
            }
        }
    }
    if let Some(id) = doc.query_selector(root, "html") {
        m.lang = doc
            .get_attribute(id, "lang")
            .or_else(|| doc.get_attribute(id, "xml:lang"))
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty());
    }
    // <time datetime> (first those marked as the publication time).
    let mut marked = Vec::new();
    let mut plain = Vec::new();
    for id in doc.query_selector_all(root, "time") {
        let v = doc.get_attribute(id, "datetime").filter(|v| !v.trim().is_empty()).unwrap_or_else(|| doc.text_content(id));
        let is_pub = doc.get_attribute(id, "pubdate").is_some()
            || doc.get_attribute(id, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            || doc.get_attribute(id, "class").is_some_and(|c| {
                let c = c.to_lowercase();
                c.contains("publish") || c.contains("posted")
            });
        if is_pub { marked.push(v) } else { plain.push(v) }
    }
    m.times = marked.into_iter().chain(plain).take(20).collect();
    // JSON-LD.
    let mut values = Vec::new();
    for id in doc.query_selector_all(root, "script[type]") {
        let ty = doc.get_attribute(id, "type").unwrap_or_default().to_lowercase();
        if ty.contains("ld+json") {
            values.extend(jsonld::parse_block(&doc.text_content(id)));
        }
    }
    let mut objs = Vec::new();
    jsonld::flatten(&values, &mut objs);
    // The article object: the article-typed one with the most body text, else the first.
    let art = objs
        .iter()
        .filter(|o| jsonld::is_article(o))
        .max_by_key(|o| (o.contains_key("headline") as usize, jsonld::str_prop(o, "articleBody").map_or(0, |b| b.len())))
        .copied();
    m.ld_article = art.cloned();
    m.ld_any_date = art
        .and_then(|o| jsonld::str_prop(o, "datePublished"))
        .or_else(|| objs.iter().find_map(|o| jsonld::str_prop(o, "datePublished")));
    m.ld_publisher = art
        .and_then(|o| o.get("publisher").map(jsonld::names))
        .and_then(|n| n.into_iter().next())
        .or_else(|| {
            objs.iter().find_map(|o| o.get("publisher").map(jsonld::names).and_then(|n| n.into_iter().next()))
        });
    m.ld_headline = art.and_then(|o| jsonld::str_prop(o, "headline").or_else(|| jsonld::str_prop(o, "name")));
    m.ld_url = art.and_then(|o| {
        jsonld::str_prop(o, "url").or_else(|| match o.get("mainEntityOfPage") {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Object(p)) => jsonld::str_prop(p, "@id").or_else(|| jsonld::str_prop(p, "url")),
            _ => None,
        })
    });
    m
}

const PUB_META_KEYS: &[&str] = &[
    "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "article.published", "article_date_original",
    "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "dcterms.issued",
    "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate",
    "datecreated", "created", "release_date", "og:updated_time", "article:modified_time",
];

fn published(m: &Meta) -> Option<(String, &'static str)> {
    if let Some(d) = m.get(&["article:published_time"]).and_then(|v| normalize_date(&v)) {
        return Some((d, "html:article:published_time"));
    }
    if let Some(d) = m.ld_any_date.as_deref().and_then(normalize_date) {
        return Some((d, "html:json-ld"));
    }
    for k in PUB_META_KEYS {
        if let Some(d) = m.get(&[k]).and_then(|v| normalize_date(&v)) {
            return Some((d, "html:meta"));
        }
    }
    m.times.iter().find_map(|t| normalize_date(t)).map(|d| (d, "html:time"))
}

fn site_name(m: &Meta) -> Option<String> {
    m.get(&["og:site_name"])
        .or_else(|| m.ld_publisher.as_deref().map(clean_inline))
        .filter(|s| !s.is_empty())
}

/// Removes a " | Site", " - Site", " — Site" suffix or "Site | " prefix that names the site.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = clean_inline(title);
    let Some(site) = site.map(fold).filter(|s| !s.is_empty()) else { return title };
    const SEPS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " : ", " ـ ", "|"];
    for sep in SEPS {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            if !head.trim().is_empty() && same_site(tail, &site) {
                return head.trim().to_string();
            }
        }
        if let Some(pos) = title.find(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            if !tail.trim().is_empty() && same_site(head, &site) {
                return tail.trim().to_string();
            }
        }
    }
    title
}

fn same_site(part: &str, site_folded: &str) -> bool {
    let p = fold(part);
    !p.is_empty() && (p == site_folded || (p.chars().count() >= 3 && (site_folded.contains(&p) || p.contains(site_folded))))
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            _ => c,
        })
        .collect()
}

fn resolve(href: &str, base: Option<&str>) -> String {
    let href = href.trim();
    if href.contains("://") || base.is_none() {
        return href.to_string();
    }
    let base = base.unwrap_or_default();
    let Some(scheme_end) = base.find("://") else { return href.to_string() };
    let host_end = base[scheme_end + 3..].find('/').map_or(base.len(), |i| scheme_end + 3 + i);
    if let Some(rest) = href.strip_prefix("//") {
        format!("{}//{}", &base[..scheme_end + 1], rest)
    } else if href.starts_with('/') {
        format!("{}{}", &base[..host_end], href)
    } else {
        href.to_string()
    }
}

// ---------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------

/// Element nesting beyond which the page is not given to the DOM engines: HTML parsing and
/// the extractor's tree walks grow much faster than linearly with depth (10,000 nested
/// `<div>`s take the extractor half a minute), and real pages nest well under 100 deep.
const MAX_NESTING: usize = 1500;

fn extract_dom(html: &str, url_hint: Option<&str>) -> HtmlArticle {
    let (m, mut text, engine_meta) = if nesting_exceeds(html, MAX_NESTING) {
        // Metadata from the head alone (when it is sane), text from a plain dump.
        let head_end = find_ascii_ci(html, "<body").unwrap_or(html.len()).min(1 << 20);
        let head = truncate(html, head_end);
        let m = if nesting_exceeds(head, MAX_NESTING) { Meta::default() } else { read_meta(&Document::parse(head)) };
        (m, text_dump(html), None)
    } else {
        let doc = Document::parse(html);
        let m = read_meta(&doc);
        let opts = trafilatura::Options::default()
            .with_focus(trafilatura::ExtractionFocus::FavorPrecision)
            .with_fallback(true);
        let (text, engine_meta) = match trafilatura::extract_document(doc, &opts) {
            Ok(r) => {
                let t = html_to_text(&r.content_html);
                (if t.is_empty() { clean_text(&r.content_text) } else { t }, Some(r.metadata))
            }
            Err(_) => (String::new(), None),
        };
        (m, text, engine_meta)
    };

    // JSON-LD articleBody when the DOM gave much less (pages that render the body with
    // scripts, or hide it behind a "read more").
    if let Some(body) = m.ld_article.as_ref().and_then(|o| jsonld::str_prop(o, "articleBody")) {
        let body = clean_text(&if body.contains('<') { text_dump(&body) } else { body });
        let (bw, tw) = (word_count(&body), word_count(&text));
        if bw >= 30 && bw * 10 > tw * 15 {
            text = body;
        }
    }

    let site = site_name(&m);
    // A leading heading that repeats the title is not body text.
    let titles: Vec<String> = [m.get(&["og:title", "twitter:title"]), m.ld_headline.clone(), m.title_tag.clone()]
        .into_iter()
        .flatten()
        .map(|t| fold(&strip_site(&t, site.as_deref())))
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(first) = text.split('\n').next() {
        let f = fold(first);
        if !f.is_empty() && titles.contains(&f) {
            text = text[first.len()..].trim_start().to_string();
        }
    }
    let title = m
        .get(&["og:title", "twitter:title"])
        .or_else(|| m.ld_headline.clone())
        .or_else(|| m.title_tag.clone())
        .or_else(|| engine_meta.as_ref().map(|e| e.title.clone()))
        .map(|t| strip_site(&t, site.as_deref()))
        .filter(|t| !t.is_empty());
    let url = m
        .canonical
        .clone()
        .or_else(|| m.get(&["og:url"]))
        .or_else(|| m.ld_url.clone())
        .map(|u| resolve(&u, url_hint))
        .filter(|u| !u.is_empty());
    let author = m
        .ld_article
        .as_ref()
        .and_then(|o| o.get("author"))
        .map(jsonld::names)
        .filter(|n| !n.is_empty())
        .map(dedup_join)
        .or_else(|| m.get(&["author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author"]).filter(|a| !a.contains("://")))
        .or_else(|| engine_meta.as_ref().map(|e| e.author.clone()))
        .map(|a| clean_inline(&a))
        .filter(|a| !a.is_empty() && a.chars().count() < 200);
    let lang = m.lang.clone().or_else(|| m.get(&["content-language"]));
    HtmlArticle { published: published(&m), title, text, url, site_name: site, author, lang }
}

/// Byte offset of the first ASCII-case-insensitive occurrence of `needle` (ASCII).
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Whether the open-minus-closed element count (void elements, `/>`, comments, scripts and
/// styles aside) ever exceeds `limit`. Linear, and pessimistic for unclosed `<p>`/`<li>`.
fn nesting_exceeds(html: &str, limit: usize) -> bool {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "basefont", "frame", "!doctype",
    ];
    let b = html.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while let Some(p) = html[i..].find('<') {
        i += p;
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if html[i..].starts_with("<!--") {
            i = html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3);
            continue;
        }
        let end = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
        let closing = next == b'/';
        if !(next.is_ascii_alphabetic() || closing) {
            i += 1;
            continue;
        }
        let tag = &html[i + 1 + closing as usize..end];
        let n = tag.bytes().take_while(|c| c.is_ascii_alphanumeric()).count();
        let name = tag[..n].to_ascii_lowercase();
        if closing {
            depth = depth.saturating_sub(1);
        } else if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = find_ascii_ci(&html[end..], &close).map_or(b.len(), |e| end + e + close.len());
            continue;
        } else if !VOID.contains(&name.as_str()) && !html[..end].ends_with("/>") {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
        i = end;
    }
    false
}

fn dedup_join(names: Vec<String>) -> String {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        let n = clean_inline(&n);
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    out.join(", ")
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// One line: invisible characters removed, whitespace collapsed.
fn clean_inline(s: &str) -> String {
    let s: String = s.chars().filter(|c| !is_invisible(*c)).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Prefixes of a short line that only points to other articles.
const READ_ALSO: &[&str] = &[
    "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "إقرأ ايضا", "اقرأ المزيد", "إقرأ المزيد", "اقرأ كذلك",
    "إقرأ كذلك", "اقرأ أيضًا", "اقرأ أيضاً", "إقرأ أيضاً", "ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة",
    "read also", "read more", "see also", "related:", "related articles",
];

/// Normalises the engine's text: invisible characters out, whitespace inside lines
/// collapsed, empty lines squeezed, and short "read also" lines dropped.
fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = false;
    for line in s.lines() {
        let line = clean_inline(line);
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if is_read_also(&line) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&line);
    }
    out
}

fn is_read_also(line: &str) -> bool {
    if line.split_whitespace().count() > 25 {
        return false;
    }
    let l = line.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let l = l.replace('ً', "");
    READ_ALSO.iter().any(|p| l.starts_with(&p.replace('ً', "")))
}

/// A plain text dump of HTML without a DOM: tags removed, `<script>`/`<style>`/`<head>`
/// content skipped, entities decoded, block tags as paragraph breaks. Linear time.
pub fn text_dump(html: &str) -> String {
    html_to_text(html)
}

/// HTML (a page, or the engine's cleaned article HTML) to text: block elements become
/// paragraphs (`"\n\n"`), `<br>`, `<li>` and table rows line breaks, cells are separated by
/// spaces, inline elements leave no gap.
fn html_to_text(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len().min(1 << 20));
    let mut i = 0;
    let mut skip_until: Option<&'static str> = None;
    let mut last = 0;
    while i < b.len() {
        if b[i] != b'<' {
            // Jump to the next '<' (memchr-fast via str::find).
            i = html[i..].find('<').map_or(b.len(), |p| i + p);
            continue;
        }
        // Only `<` followed by a letter, `/` or `!` opens markup.
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i += 1;
            continue;
        }
        if skip_until.is_none() {
            out.push_str(&decode_entities(&html[last..i]));
        }
        let end = if html[i..].starts_with("<!--") {
            html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3)
        } else {
            html[i..].find('>').map_or(b.len(), |e| i + e + 1)
        };
        let closing = next == b'/';
        let tag = &html[(i + 1 + closing as usize).min(end)..end];
        let name_len = tag.bytes().take_while(|c| c.is_ascii_alphanumeric()).count();
        let name = tag[..name_len].to_ascii_lowercase();
        if let Some(stop) = skip_until {
            if closing && name == stop {
                skip_until = None;
            }
        } else if !closing && matches!(name.as_str(), "script" | "style" | "noscript" | "template" | "head" | "svg") {
            skip_until = Some(match name.as_str() {
                "script" => "script",
                "style" => "style",
                "noscript" => "noscript",
                "template" => "template",
                "svg" => "svg",
                _ => "head",
            });
        } else {
            match name.as_str() {
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "article" | "section" | "blockquote"
                | "ul" | "ol" | "table" | "hr" | "pre" | "figure" | "figcaption" | "header" | "footer"
                | "main" | "aside" | "nav" | "dl" | "form" | "body" | "title" => out.push_str("\n\n"),
                "br" | "li" | "tr" | "dt" | "dd" => out.push('\n'),
                "td" | "th" | "img" => out.push(' '),
                _ => {}
            }
        }
        i = end;
        last = end;
    }
    if skip_until.is_none() && last < b.len() {
        out.push_str(&decode_entities(&html[last..]));
    }
    clean_text(&out)
}

/// Character references (`&quot;`, `&#39;`, `&#x627;`) decoded, once: `&amp;quot;` gives
/// `&quot;`. An unknown or unterminated reference stays as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let semi = rest.as_bytes()[..rest.len().min(12)].iter().position(|&c| c == b';');
        let decoded = semi.and_then(|e| {
            let ent = &rest[1..e];
            let c = if let Some(h) = ent.strip_prefix("#x").or_else(|| ent.strip_prefix("#X")) {
                u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
            } else if let Some(d) = ent.strip_prefix('#') {
                d.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match ent {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some(' '),
                    "laquo" => Some('«'),
                    "raquo" => Some('»'),
                    "hellip" => Some('…'),
                    "mdash" => Some('—'),
                    "ndash" => Some('–'),
                    "rsquo" => Some('’'),
                    "lsquo" => Some('‘'),
                    "rdquo" => Some('”'),
                    "ldquo" => Some('“'),
                    _ => None,
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_counted_linearly_and_a_flood_is_refused() {
        assert_eq!(most_attributes(r#"<p class="a b" id=x data-k='1 > 2' hidden>t</p><br/>"#), 4);
        assert_eq!(most_attributes("<!-- <p a b c d> --><script>if (a<b c d e) {}</script><i>x</i>"), 0);
        let mut page = String::from("<html><body><p ");
        for i in 0..100_000 {
            page += &format!("a{i}=\"v\" ");
        }
        page += ">نص</p></body></html>";
        assert_eq!(most_attributes(&page), 100_000);
        let t = std::time::Instant::now();
        assert_eq!(extract(&page, None).text, "");
        assert!(t.elapsed().as_secs() < 20);
    }

    #[test]
    fn read_also_lines_are_dropped() {
        let t = clean_text("الفقرة الأولى من الخبر.\n\nاقرأ أيضاً: عنوان خبر آخر\nإقرأ ايضا عنوان ثالث\n\nالفقرة الثانية.");
        assert_eq!(t, "الفقرة الأولى من الخبر.\n\nالفقرة الثانية.");
        // A long paragraph that merely starts that way is kept.
        let long = format!("اقرأ أيضا {}", "كلمة ".repeat(40));
        assert!(!clean_text(&long).is_empty());
    }

    #[test]
    fn whitespace_and_invisibles() {
        assert_eq!(clean_text("  a \u{200F}b\n\n\n\n c\u{FEFF} \n"), "a b\n\nc");
        assert_eq!(clean_inline("\u{202B} x\t y \u{202C}"), "x y");
    }

    #[test]
    fn site_suffixes() {
        assert_eq!(strip_site("خبر عاجل | الجزيرة نت", Some("الجزيرة نت")), "خبر عاجل");
        assert_eq!(strip_site("خبر عاجل - الجزيره", Some("قناة الجزيرة")), "خبر عاجل");
        assert_eq!(strip_site("الأخبار - خبر عاجل", Some("الأخبار")), "خبر عاجل");
        assert_eq!(strip_site("حرب - سلام", Some("موقع")), "حرب - سلام");
        assert_eq!(strip_site("عنوان", None), "عنوان");
    }

    #[test]
    fn nesting_guard() {
        assert!(!nesting_exceeds("<div><p>x</p><br><img src=a><input/></div>", 2));
        assert!(nesting_exceeds(&"<div>".repeat(10), 5));
        assert!(!nesting_exceeds(&"<div></div>".repeat(100), 5));
        assert!(!nesting_exceeds("<script>if (a<b) { x = '<div><div><div>' }</script><p>", 2));
        assert!(!nesting_exceeds("<!-- <div><div><div> -->", 2));
        assert!(!nesting_exceeds("<", 1));
        assert!(!nesting_exceeds("</", 1));
    }

    #[test]
    fn relative_canonical() {
        assert_eq!(resolve("/a/b", Some("https://ex.org/x/y")), "https://ex.org/a/b");
        assert_eq!(resolve("//cdn.ex.org/a", Some("http://ex.org/")), "http://cdn.ex.org/a");
        assert_eq!(resolve("/a", None), "/a");
        assert_eq!(resolve("https://o.org/a", Some("https://ex.org/")), "https://o.org/a");
    }
}
