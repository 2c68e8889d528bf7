//! WARC files (`.warc`, `.warc.gz` of gzip members, as Common Crawl's CC-NEWS): the
//! `response` records whose HTTP answer is a successful HTML page, each read as an article
//! page. A small streaming reader: one record in memory at a time.

use riwaya_ingest::{IngestError, Item};
use riwaya_model::Origin;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Largest record read; a larger one is skipped.
const MAX_RECORD: u64 = 16 << 20;

fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    buf.clear();
    r.take(64 << 10).read_until(b'\n', buf)
}

/// Calls `sink` for each HTML response (an article or why it could not be read).
pub fn read_warc(path: &Path, sink: &mut dyn FnMut(Item)) {
    let name = path.display().to_string();
    let origin = |record: Option<u64>, entry: Option<String>| Origin { path: name.clone(), entry, record };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(Err(IngestError::new(origin(None, None), format!("cannot read: {e}")))),
    };
    let raw: Box<dyn Read> = if name.ends_with(".gz") { Box::new(flate2::read::MultiGzDecoder::new(file)) } else { Box::new(file) };
    let mut r = BufReader::with_capacity(1 << 16, raw);
    let mut line = Vec::new();
    let mut n: u64 = 0;
    loop {
        // The version line, after any blank lines between records.
        let got = match read_line(&mut r, &mut line) {
            Ok(0) => return,
            Ok(g) => g,
            Err(e) => return sink(Err(IngestError::new(origin(Some(n), None), format!("broken WARC data: {e}")))),
        };
        if line.iter().all(|b| b.is_ascii_whitespace()) && got > 0 {
            continue;
        }
        if !line.starts_with(b"WARC/") {
            return sink(Err(IngestError::new(origin(Some(n), None), "not a WARC record (no WARC/ version line); the rest of the file is skipped")));
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match read_line(&mut r, &mut line) {
                Ok(0) => return sink(Err(IngestError::new(origin(Some(n), None), "truncated WARC record"))),
                Ok(_) => {}
                Err(e) => return sink(Err(IngestError::new(origin(Some(n), None), format!("broken WARC data: {e}")))),
            }
            let l = String::from_utf8_lossy(&line);
            let l = l.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let h = |k: &str| headers.iter().find(|(x, _)| x == k).map(|(_, v)| v.as_str());
        let len: u64 = h("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
        let target = h("warc-target-uri").map(str::to_string);
        let is_response = h("warc-type") == Some("response") && h("content-type").is_some_and(|c| c.contains("application/http"));
        n += 1;
        if !is_response || len > MAX_RECORD {
            if len > MAX_RECORD && is_response {
                sink(Err(IngestError::new(origin(Some(n), target.clone()), format!("WARC record of {len} bytes, over the limit; skipped"))));
            }
            match std::io::copy(&mut (&mut r).take(len), &mut std::io::sink()) {
                Ok(c) if c == len => continue,
                _ => return sink(Err(IngestError::new(origin(Some(n), target), "truncated WARC record"))),
            }
        }
        let mut block = Vec::with_capacity(len as usize);
        match (&mut r).take(len).read_to_end(&mut block) {
            Ok(c) if c as u64 == len => {}
            _ => return sink(Err(IngestError::new(origin(Some(n), target), "truncated WARC record"))),
        }
        let Some(url) = target else { continue };
        if let Some(item) = http_page(&url, &block, origin(Some(n), Some(url.clone()))) {
            sink(item);
        }
    }
}

/// An HTTP response block → an article, when it is a 2xx HTML page; `None` for the rest.
fn http_page(url: &str, block: &[u8], origin: Origin) -> Option<Item> {
    let end = block.windows(4).position(|w| w == b"\r\n\r\n").map(|p| (p, p + 4)).or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    if !(200..300).contains(&status) {
        return None;
    }
    let mut ct = None;
    let mut encoded = false;
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => ct = Some(v.trim().to_string()),
                "content-encoding" => encoded = !matches!(v.trim(), "identity" | ""),
                _ => {}
            }
        }
    }
    if !ct.as_deref().is_some_and(|c| c.to_ascii_lowercase().contains("html")) {
        return None;
    }
    let body = &block[end.1..];
    if encoded {
        return Some(Err(IngestError::new(origin, "compressed HTTP body in the WARC record; skipped")));
    }
    Some(crate::page_article(url, body, ct.as_deref(), origin))
}
