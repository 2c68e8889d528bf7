use super::test_server::{small_warc, Route, Server};
use super::*;
use std::collections::HashMap;

const PAGE: &str = "<html><head><title>غارة على مستودع</title><meta property=\"og:site_name\" content=\"Test Outlet\"><meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\"></head><body><article><h1>غارة على مستودع</h1><p>قالت مصادر محلية إن غارة جوية استهدفت مستودعا للذخيرة في ضواحي المدينة صباح اليوم، ما أدى إلى مقتل ثلاثة أشخاص وإصابة سبعة آخرين بجروح متفاوتة.</p><p>وأضافت المصادر أن فرق الدفاع المدني هرعت إلى المكان وعملت على إخماد الحرائق التي اندلعت في المستودع والمباني المجاورة له طوال ساعات.</p></article></body></html>";

fn limits() -> Limits {
    Limits { timeout: Duration::from_millis(700), max_bytes: 200_000, delay: Duration::ZERO }
}

#[test]
fn fetches_politely_and_survives_bad_servers() {
    let mut routes = HashMap::new();
    routes.insert("/robots.txt".into(), Route::ok("text/plain", "User-agent: *\nDisallow: /private\n"));
    routes.insert("/a".into(), Route { etag: Some("\"v1\"".into()), ..Route::ok("text/html; charset=utf-8", PAGE) });
    routes.insert("/private/b".into(), Route::ok("text/html", PAGE));
    routes.insert("/gone".into(), Route::status(404));
    routes.insert("/broken".into(), Route::status(500));
    routes.insert("/slow".into(), Route { delay: Duration::from_millis(2000), ..Route::ok("text/html", PAGE) });
    routes.insert("/huge".into(), Route::ok("text/html", vec![b'x'; 300_000]));
    let srv = Server::start(routes);
    let mut f = Fetcher::new(limits()).unwrap();
    let Fetched::Body { bytes, validators, content_type, .. } = f.fetch(&srv.url("/a"), &Validators::default()).unwrap() else { panic!("body expected") };
    assert_eq!(validators.etag.as_deref(), Some("\"v1\""));
    let a = page_article(&srv.url("/a"), &bytes, content_type.as_deref(), Origin::default()).unwrap();
    assert!(a.body.contains("مستودعا"));
    assert_eq!(a.published.unwrap().value, "2021-03-04");
    // Conditional GET: the server answers 304 to the ETag it gave.
    assert!(matches!(f.fetch(&srv.url("/a"), &validators).unwrap(), Fetched::NotModified));
    assert_eq!(srv.log.lock().unwrap().last().unwrap().1.as_deref(), Some("\"v1\""));
    let e = f.fetch(&srv.url("/private/b"), &Validators::default()).unwrap_err();
    assert!(e.contains("robots.txt"), "{e}");
    assert_eq!(srv.hits("/private/b"), 0);
    assert!(f.fetch(&srv.url("/gone"), &Validators::default()).unwrap_err().contains("404"));
    assert!(f.fetch(&srv.url("/broken"), &Validators::default()).unwrap_err().contains("500"));
    assert!(f.fetch(&srv.url("/slow"), &Validators::default()).unwrap_err().contains("timed out"));
    assert!(f.fetch(&srv.url("/huge"), &Validators::default()).unwrap_err().contains("limit"));
    assert_eq!(srv.hits("/robots.txt"), 1, "robots.txt read once per host");
    assert!(f.fetch("ftp://example.org/x", &Validators::default()).is_err());
}

#[test]
fn robots_unreachable_allows_nothing_missing_allows_all() {
    let mut routes = HashMap::new();
    routes.insert("/a".into(), Route::ok("text/html", PAGE));
    let srv = Server::start(routes);
    let mut f = Fetcher::new(limits()).unwrap();
    assert!(f.fetch(&srv.url("/a"), &Validators::default()).is_ok(), "404 robots.txt allows all");
    srv.routes.lock().unwrap().insert("/robots.txt".into(), Route::status(503));
    let mut f = Fetcher::new(limits()).unwrap();
    assert!(f.fetch(&srv.url("/a"), &Validators::default()).unwrap_err().contains("robots"));
}

#[test]
fn per_host_delay() {
    let srv = Server::start([("/a".to_string(), Route::ok("text/html", PAGE))].into_iter().collect());
    let mut f = Fetcher::new(Limits { delay: Duration::from_millis(300), ..limits() }).unwrap();
    let t = Instant::now();
    for _ in 0..3 {
        f.fetch(&srv.url("/a"), &Validators::default()).unwrap();
    }
    // robots.txt, then three pages: three waits.
    assert!(t.elapsed() >= Duration::from_millis(900), "{:?}", t.elapsed());
}

#[test]
fn feeds_rss_atom_and_malformed() {
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>خبر أول</title><link>http://example.org/1</link><pubDate>Thu, 04 Mar 2021 10:00:00 GMT</pubDate></item>
      <item><title>خبر ثان</title><link>http://example.org/2</link></item></channel></rss>"#;
    let e = parse_feed(rss.as_bytes(), "http://example.org/feed").unwrap();
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].published.as_deref(), Some("2021-03-04"));
    assert_eq!(e[1].url, "http://example.org/2");
    let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2021-03-05T00:00:00Z</updated>
      <entry><title>خبر</title><id>e1</id><link href="http://example.org/3"/><updated>2021-03-05T09:00:00Z</updated></entry></feed>"#;
    let e = parse_feed(atom.as_bytes(), "http://example.org/atom").unwrap();
    assert_eq!(e[0].url, "http://example.org/3");
    assert_eq!(e[0].published.as_deref(), Some("2021-03-05"));
    assert!(parse_feed(b"<rss><channel><item><title>broken", "http://x/f").is_err());
    assert!(parse_feed(b"\x00\x01 not xml", "http://x/f").is_err());
}

#[test]
fn warc_html_responses_only() {
    let dir = tempfile::tempdir().unwrap();
    for (name, gz) in [("a.warc.gz", true), ("b.warc", false)] {
        let p = dir.path().join(name);
        std::fs::write(&p, small_warc(PAGE, gz)).unwrap();
        let mut items = Vec::new();
        read_warc(&p, &mut |i| items.push(i));
        assert_eq!(items.len(), 1, "{items:?}");
        let a = items.pop().unwrap().unwrap();
        assert_eq!(a.url.as_deref(), Some("http://example.org/news/1"));
        assert!(a.body.contains("الدفاع المدني"));
    }
    // Truncated: the article before the cut survives, the cut is reported.
    let p = dir.path().join("cut.warc");
    let w = small_warc(PAGE, false);
    std::fs::write(&p, &w[..w.len() - 30]).unwrap();
    let mut items = Vec::new();
    read_warc(&p, &mut |i| items.push(i));
    assert!(items[0].is_ok());
    assert!(items.last().unwrap().as_ref().unwrap_err().message.contains("truncated"));
    let p = dir.path().join("junk.warc");
    std::fs::write(&p, b"hello").unwrap();
    let mut items = Vec::new();
    read_warc(&p, &mut |i| items.push(i));
    assert!(items[0].is_err());
}
