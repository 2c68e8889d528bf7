//! Inputs from the web: article pages and RSS/Atom feeds fetched over HTTP(S), and WARC
//! files (such as Common Crawl's CC-NEWS) read from disk.
//!
//! Fetching is polite and bounded: robots.txt is honoured (RFC 9309: a missing file allows
//! all, an unreachable one allows nothing), one host is asked at most once per `delay`,
//! conditional GET (ETag, Last-Modified) spares unchanged feeds, the user agent names
//! Riwaya, and every request has a timeout and a size limit. Nothing here panics on what
//! a server sends; every failure is a message naming the URL.

mod robots;
#[doc(hidden)]
pub mod test_server;
mod warc;

pub use robots::Robots;
pub use warc::read_warc;

use riwaya_ingest::{IngestError, Item};
use riwaya_model::{Origin, RawArticle, SourceFormat, Sourced};
use std::collections::HashMap;
use std::io::Read;
use std::time::{Duration, Instant};

pub const USER_AGENT: &str = concat!("riwaya/", env!("CARGO_PKG_VERSION"), " (news monitor; +https://github.com/riwaya)");
/// The product token matched against robots.txt groups.
pub const ROBOTS_TOKEN: &str = "riwaya";

/// Limits of a [`Fetcher`].
#[derive(Debug, Clone)]
pub struct Limits {
    /// Whole request, connection to last byte.
    pub timeout: Duration,
    /// Bytes read of one response; a larger one is refused.
    pub max_bytes: u64,
    /// Least time between two requests to one host.
    pub delay: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { timeout: Duration::from_secs(20), max_bytes: 8 << 20, delay: Duration::from_secs(1) }
    }
}

/// The conditional-GET state of a URL: sent back to the server, updated from its answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A server's answer.
#[derive(Debug)]
pub enum Fetched {
    /// 304: unchanged since the validators were given.
    NotModified,
    Body { url: String, bytes: Vec<u8>, content_type: Option<String>, validators: Validators },
}

pub struct Fetcher {
    client: reqwest::blocking::Client,
    limits: Limits,
    /// Per site: its rules, or why they could not be had.
    robots: HashMap<String, Result<Robots, String>>,
    last: HashMap<String, Instant>,
}

fn origin_of(url: &reqwest::Url) -> String {
    let mut s = format!("{}://{}", url.scheme(), url.host_str().unwrap_or(""));
    if let Some(p) = url.port() {
        s.push_str(&format!(":{p}"));
    }
    s
}

impl Fetcher {
    pub fn new(limits: Limits) -> Result<Self, String> {
        let client = reqwest::blocking::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(limits.timeout)
            .connect_timeout(limits.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::limited(5))
            .build()
            .map_err(|e| format!("cannot start the HTTP client: {e}"))?;
        Ok(Fetcher { client, limits, robots: HashMap::new(), last: HashMap::new() })
    }

    /// Waits until `host` may be asked again.
    fn pace(&mut self, host: &str) {
        if let Some(t) = self.last.get(host) {
            let since = t.elapsed();
            if since < self.limits.delay {
                std::thread::sleep(self.limits.delay - since);
            }
        }
        self.last.insert(host.to_string(), Instant::now());
    }

    fn get(&mut self, url: &reqwest::Url, v: &Validators) -> Result<Fetched, String> {
        self.pace(&origin_of(url));
        let mut req = self.client.get(url.clone());
        if let Some(e) = &v.etag {
            req = req.header(reqwest::header::IF_NONE_MATCH, e);
        }
        if let Some(m) = &v.last_modified {
            req = req.header(reqwest::header::IF_MODIFIED_SINCE, m);
        }
        let resp = req.send().map_err(|e| format!("{url}: {}", describe(&e)))?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(format!("{url}: HTTP {status}"));
        }
        if resp.content_length().is_some_and(|n| n > self.limits.max_bytes) {
            return Err(format!("{url}: {} bytes, over the {} byte limit; skipped", resp.content_length().unwrap_or(0), self.limits.max_bytes));
        }
        let header = |h: reqwest::header::HeaderName| resp.headers().get(h).and_then(|v| v.to_str().ok()).map(str::to_string);
        let validators = Validators { etag: header(reqwest::header::ETAG), last_modified: header(reqwest::header::LAST_MODIFIED) };
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let final_url = resp.url().to_string();
        let mut bytes = Vec::new();
        resp.take(self.limits.max_bytes + 1).read_to_end(&mut bytes).map_err(|e| format!("{url}: {e}"))?;
        if bytes.len() as u64 > self.limits.max_bytes {
            return Err(format!("{url}: over the {} byte limit; skipped", self.limits.max_bytes));
        }
        Ok(Fetched::Body { url: final_url, bytes, content_type, validators })
    }

    /// Whether robots.txt lets Riwaya fetch `url` (read once per host and run); an error
    /// when the site's robots.txt cannot be had (the site is then not fetched).
    pub fn allowed(&mut self, url: &reqwest::Url) -> Result<bool, String> {
        let host = origin_of(url);
        if !self.robots.contains_key(&host) {
            let robots = match reqwest::Url::parse(&format!("{host}/robots.txt")) {
                Ok(r) => {
                    self.pace(&host);
                    match self.client.get(r).send() {
                        Ok(resp) if resp.status().is_success() => {
                            let mut s = String::new();
                            let _ = resp.take(512 << 10).read_to_string(&mut s);
                            Ok(Robots::parse(&s, ROBOTS_TOKEN))
                        }
                        // RFC 9309: "unavailable" (4xx) allows everything; "unreachable"
                        // (5xx, no answer) allows nothing.
                        Ok(resp) if resp.status().is_client_error() => Ok(Robots::allow_all()),
                        Ok(resp) => Err(format!("{host}/robots.txt answered HTTP {}; the site is not fetched", resp.status())),
                        Err(e) => Err(format!("{host}: {} (robots.txt)", describe(&e))),
                    }
                }
                Err(e) => Err(format!("{host}: {e}")),
            };
            self.robots.insert(host.clone(), robots);
        }
        let path = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        };
        match self.robots.get(&host) {
            Some(Ok(r)) => Ok(r.allowed(&path)),
            Some(Err(m)) => Err(m.clone()),
            None => Ok(false),
        }
    }

    /// Fetches `url` if robots.txt allows, with conditional GET.
    pub fn fetch(&mut self, url: &str, v: &Validators) -> Result<Fetched, String> {
        let u = reqwest::Url::parse(url).map_err(|e| format!("{url}: not a URL ({e})"))?;
        if !matches!(u.scheme(), "http" | "https") {
            return Err(format!("{url}: only http and https are fetched"));
        }
        if !self.allowed(&u)? {
            return Err(format!("{url}: disallowed by the site's robots.txt; skipped"));
        }
        self.get(&u, v)
    }
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        "cannot connect".into()
    } else {
        let mut s = e.to_string();
        let mut src = std::error::Error::source(e);
        while let Some(x) = src {
            s.push_str(&format!(": {x}"));
            src = x.source();
        }
        s
    }
}

/// An article page's bytes → the raw article (main text and metadata), as ingest reads a
/// saved `.html` file; `url` names it when the page gives no canonical URL.
pub fn page_article(url: &str, bytes: &[u8], content_type: Option<&str>, origin: Origin) -> Item {
    let fail = |m: String| Err(IngestError::new(origin.clone(), m));
    if let Some(ct) = content_type {
        let ct = ct.to_ascii_lowercase();
        if !(ct.contains("html") || ct.starts_with("text/plain")) {
            return fail(format!("not an HTML page ({ct})"));
        }
    }
    let declared = content_type
        .and_then(|ct| ct.to_ascii_lowercase().split("charset=").nth(1).map(|c| c.trim_matches(['"', ' ', ';']).to_string()));
    // Else the page's own <meta charset> or detection, as ingest decodes files.
    let text = match riwaya_ingest::decode(bytes, declared.as_deref()) {
        Ok(d) => d.text,
        Err(m) => return fail(m),
    };
    if text.len() > 8 * riwaya_ingest::MAX_ARTICLE_BYTES {
        return fail("page too large".into());
    }
    let page = riwaya_html::extract(&text, Some(url));
    if page.text.trim().is_empty() {
        return fail("no article text found in the page".into());
    }
    if page.text.len() > riwaya_ingest::MAX_ARTICLE_BYTES {
        return fail("article text over the limit for one article; skipped".into());
    }
    Ok(RawArticle {
        id: url.to_string(),
        origin,
        format: SourceFormat::Html,
        title: page.title,
        body: page.text,
        outlet: page.site_name.map(|s| Sourced { value: s, source: "html:site_name".into() }),
        // The URL asked for: what makes "the same article" when it is asked again.
        url: Some(url.to_string()),
        published: page.published.map(|(d, from)| Sourced { value: d, source: from.to_string() }),
        author: page.author,
    })
}

/// One entry of a feed.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub url: String,
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// RSS 0.9x/1.0/2.0, Atom and JSON Feed (feed-rs) → entries with a link, in feed order.
pub fn parse_feed(bytes: &[u8], feed_url: &str) -> Result<Vec<Entry>, String> {
    let feed = feed_rs::parser::Builder::new().base_uri(Some(feed_url)).build().parse(bytes).map_err(|e| format!("{feed_url}: not a feed ({e})"))?;
    Ok(feed
        .entries
        .into_iter()
        .filter_map(|e| {
            let url = e.links.iter().find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate")).or(e.links.first())?.href.clone();
            let published = e.published.or(e.updated).map(|d| d.format("%Y-%m-%d").to_string());
            Some(Entry { url, title: e.title.map(|t| t.content), published })
        })
        .collect())
}

#[cfg(test)]
mod tests;
