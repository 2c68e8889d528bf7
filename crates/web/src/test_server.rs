//! A small HTTP/1.1 server on 127.0.0.1 for tests (of this crate and of the command line):
//! fixed routes, optional delay, ETag handling, a log of requests. Stops when dropped.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub type Log = Arc<Mutex<Vec<(String, Option<String>)>>>;

#[derive(Clone, Debug)]
pub struct Route {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    pub etag: Option<String>,
    /// Sent as Last-Modified; a request whose If-Modified-Since equals it gets a 304.
    pub last_modified: Option<String>,
    pub delay: Duration,
}

impl Route {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Route { status: 200, content_type: content_type.into(), body: body.into(), etag: None, last_modified: None, delay: Duration::ZERO }
    }
    pub fn status(status: u16) -> Self {
        Route { status, content_type: "text/plain".into(), body: b"error".to_vec(), etag: None, last_modified: None, delay: Duration::ZERO }
    }
}

pub struct Server {
    pub base: String,
    pub routes: Arc<Mutex<HashMap<String, Route>>>,
    /// (path, If-None-Match sent) of every request, in order.
    pub log: Log,
    /// (path, If-Modified-Since sent) of every request, in order.
    pub modified_since: Log,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(routes: HashMap<String, Route>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        listener.set_nonblocking(true).expect("nonblocking");
        let routes = Arc::new(Mutex::new(routes));
        let log = Arc::new(Mutex::new(Vec::new()));
        let modified_since: Log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (r, l, m, s) = (routes.clone(), log.clone(), modified_since.clone(), stop.clone());
        std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (r, l, m) = (r.clone(), l.clone(), m.clone());
                        std::thread::spawn(move || serve(stream, &r, &l, &m));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server { base, routes, log, modified_since, stop }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn hits(&self, path: &str) -> usize {
        self.log.lock().map(|l| l.iter().filter(|(p, _)| p == path).count()).unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn serve(mut s: TcpStream, routes: &Mutex<HashMap<String, Route>>, log: &Mutex<Vec<(String, Option<String>)>>, ims_log: &Mutex<Vec<(String, Option<String>)>>) {
    let _ = s.set_nonblocking(false);
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 65536 {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let inm = head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("if-none-match:").map(|_| l[14..].trim().to_string()));
    let ims = head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("if-modified-since:").map(|_| l[18..].trim().to_string()));
    if let Ok(mut l) = log.lock() {
        l.push((path.clone(), inm.clone()));
    }
    if let Ok(mut l) = ims_log.lock() {
        l.push((path.clone(), ims.clone()));
    }
    let route = routes.lock().ok().and_then(|r| r.get(&path).cloned()).unwrap_or_else(|| Route::status(404));
    std::thread::sleep(route.delay);
    let mut out = Vec::new();
    if (route.etag.is_some() && route.etag == inm) || (route.last_modified.is_some() && route.last_modified == ims) {
        out.extend_from_slice(b"HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n");
    } else {
        out.extend_from_slice(format!("HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n", route.status, route.content_type, route.body.len()).as_bytes());
        if let Some(e) = &route.etag {
            out.extend_from_slice(format!("ETag: {e}\r\n").as_bytes());
        }
        if let Some(m) = &route.last_modified {
            out.extend_from_slice(format!("Last-Modified: {m}\r\n").as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&route.body);
    }
    let _ = s.write_all(&out);
}

/// A WARC of five records: a warcinfo, an HTML response (`page`), a request, a 404
/// response and a JSON response; only the HTML page is an article.
pub fn small_warc(page: &str, gz: bool) -> Vec<u8> {
    let rec = |typ: &str, uri: &str, ct: &str, block: &[u8]| -> Vec<u8> {
        let mut r = format!("WARC/1.0\r\nWARC-Type: {typ}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n", block.len()).into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    };
    let http = |status: &str, ct: &str, body: &str| format!("HTTP/1.1 {status}\r\nContent-Type: {ct}\r\n\r\n{body}").into_bytes();
    let records = vec![
        rec("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        rec("response", "http://example.org/news/1", "application/http; msgtype=response", &http("200 OK", "text/html; charset=utf-8", page)),
        rec("request", "http://example.org/news/1", "application/http; msgtype=request", b"GET /news/1 HTTP/1.1\r\n\r\n"),
        rec("response", "http://example.org/missing", "application/http; msgtype=response", &http("404 Not Found", "text/html", "<p>no</p>")),
        rec("response", "http://example.org/api", "application/http; msgtype=response", &http("200 OK", "application/json", "{}")),
    ];
    let mut out = Vec::new();
    for r in records {
        if gz {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&r).unwrap();
            out.extend(e.finish().unwrap());
        } else {
            out.extend(r);
        }
    }
    out
}

