//! Ingest: paths in, [`RawArticle`]s out.
//!
//! `discover` expands the command line's paths (folders recursively, in a stable order)
//! and attaches each folder's `meta.jsonl`; `read_file` turns one file into articles,
//! calling a sink for every article and every problem, so one bad record never stops the
//! rest. Formats are chosen by file name: `.txt`, `.html`/`.htm`, `.json`, `.jsonl`, and
//! `.zip`/`.gz` holding any of these. Nothing here panics on input.

mod decode;
mod record;

pub use decode::{decode, Decoded};
pub use record::iso_day;

use riwaya_model::{Origin, RawArticle, SourceFormat, Sourced};
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An article body larger than this is refused: no news article is 4 MiB of text, and a
/// 50 MB one-line file is a dump or an accident, not something to run extraction over.
pub const MAX_ARTICLE_BYTES: usize = 4 << 20;
/// An archive member larger than this (uncompressed) is refused (zip bombs, stray dumps).
pub const MAX_MEMBER_BYTES: u64 = 1 << 30;

/// A problem with one input: which file (and member, and line), and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub origin: Origin,
    pub message: String,
}

impl std::fmt::Display for IngestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// What one input yields: an article, or an error to report while the run goes on.
pub type Item = Result<RawArticle, IngestError>;

/// Per-file metadata from a folder's `meta.jsonl`, keyed by file name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileMeta {
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
}

/// One file to read, with the metadata its folder gives it.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub path: PathBuf,
    pub meta: Option<FileMeta>,
}

/// File types ingest reads, by name (`.gz` of any of them too).
fn kind_of(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".gz") {
        return Some("gz");
    }
    match lower.rsplit_once('.')?.1 {
        "txt" => Some("txt"),
        "html" | "htm" | "xhtml" => Some("html"),
        "jsonl" | "ndjson" => Some("jsonl"),
        "json" => Some("json"),
        "zip" => Some("zip"),
        _ => None,
    }
}

/// Expands `paths` into the files to read. Folders are walked recursively in name order;
/// each folder's `meta.jsonl` is read and attached to the files it names. Files of types
/// ingest does not read, and unreadable folders, come back as errors (never a silent skip),
/// except hidden files and `README`/`meta.jsonl` themselves.
pub fn discover(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut metas: HashMap<PathBuf, Arc<HashMap<String, FileMeta>>> = HashMap::new();
    for p in paths {
        walk(p, true, &mut files, &mut errors, &mut metas);
    }
    (files, errors)
}

fn err(path: &Path, message: impl Into<String>) -> IngestError {
    IngestError { origin: Origin { path: path.display().to_string(), ..Default::default() }, message: message.into() }
}

fn walk(
    p: &Path,
    explicit: bool,
    files: &mut Vec<InputFile>,
    errors: &mut Vec<IngestError>,
    metas: &mut HashMap<PathBuf, Arc<HashMap<String, FileMeta>>>,
) {
    let md = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => return errors.push(err(p, format!("cannot read: {e}"))),
    };
    if md.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return errors.push(err(p, format!("cannot list folder: {e}"))),
        };
        entries.sort();
        for e in entries {
            let name = e.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            walk(&e, false, files, errors, metas);
        }
        return;
    }
    let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    if name == "meta.jsonl" {
        if explicit {
            errors.push(err(p, "meta.jsonl holds metadata for the files beside it; give its folder instead"));
        }
        return;
    }
    if kind_of(&name).is_none() {
        let lower = name.to_ascii_lowercase();
        if !explicit && (lower.starts_with("readme") || lower.ends_with(".md")) {
            return; // documentation beside a corpus
        }
        errors.push(err(p, "not a file type riwaya reads (.txt, .html, .json, .jsonl, .zip, .gz); skipped"));
        return;
    }
    let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
    let meta_map = metas
        .entry(dir.clone())
        .or_insert_with(|| Arc::new(read_meta(&dir.join("meta.jsonl"), errors)))
        .clone();
    files.push(InputFile { path: p.to_path_buf(), meta: meta_map.get(&name).cloned() });
}

/// Reads a `meta.jsonl` (absent is fine: an empty map). Bad lines are reported.
fn read_meta(path: &Path, errors: &mut Vec<IngestError>) -> HashMap<String, FileMeta> {
    let mut map = HashMap::new();
    let Ok(text) = std::fs::read_to_string(path) else { return map };
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let origin = Origin { path: path.display().to_string(), entry: None, record: Some(i as u64 + 1) };
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                errors.push(IngestError { origin, message: format!("malformed JSON: {e}") });
                continue;
            }
        };
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(|s| s.to_string()).filter(|s| !s.is_empty());
        let Some(id) = s("id").or_else(|| s("file")) else {
            errors.push(IngestError { origin, message: "meta line has no \"id\" (the file name it describes)".into() });
            continue;
        };
        let published = s("published").or_else(|| s("date"));
        let published = match published.as_deref().map(|d| (d, iso_day(d))) {
            Some((_, Some(d))) => Some(d),
            Some((d, None)) => {
                errors.push(IngestError { origin, message: format!("unreadable date {d:?}; ignored") });
                None
            }
            None => None,
        };
        map.insert(id, FileMeta { outlet: s("outlet"), url: s("url"), published, title: s("title") });
    }
    map
}

/// A stable id for an article that has none: `hash-` and 16 hex digits of its text.
pub fn content_id(text: &str) -> String {
    format!("hash-{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

/// Reads one file and calls `sink` for each article or problem found in it.
pub fn read_file(f: &InputFile, sink: &mut dyn FnMut(Item)) {
    let origin = Origin { path: f.path.display().to_string(), entry: None, record: None };
    let name = f.path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let bytes = match std::fs::read(&f.path) {
        Ok(b) => b,
        Err(e) => return sink(Err(IngestError { origin, message: format!("cannot read: {e}") })),
    };
    let mut apply_meta = |item: Item| {
        sink(item.map(|mut a| {
            if let Some(m) = &f.meta {
                apply(&mut a, m);
            }
            a
        }))
    };
    read_bytes(&name, &name, bytes, origin, 0, &mut apply_meta);
}

/// Metadata from `meta.jsonl` wins over what the file says of itself: the user wrote it.
fn apply(a: &mut RawArticle, m: &FileMeta) {
    if let Some(o) = &m.outlet {
        a.outlet = Some(Sourced { value: o.clone(), source: "meta.jsonl".into() });
    }
    if let Some(d) = &m.published {
        a.published = Some(Sourced { value: d.clone(), source: "meta.jsonl".into() });
    }
    if m.url.is_some() {
        a.url = m.url.clone();
    }
    if m.title.is_some() {
        a.title = m.title.clone();
    }
}

/// Dispatches on the (inner) name. `id_name` is what a file-based article is called.
fn read_bytes(name: &str, id_name: &str, bytes: Vec<u8>, origin: Origin, depth: u32, sink: &mut dyn FnMut(Item)) {
    let fail = |sink: &mut dyn FnMut(Item), origin: &Origin, m: String| {
        sink(Err(IngestError { origin: origin.clone(), message: m }))
    };
    if depth > 4 {
        return fail(sink, &origin, "archives nested more than 4 deep".into());
    }
    match kind_of(name) {
        Some("txt") => match decode(&bytes, None) {
            Ok(d) => sink(text_article(id_name, &d.text, origin)),
            Err(m) => fail(sink, &origin, m),
        },
        Some("html") => {
            let declared = decode::html_declared_charset(&bytes);
            match decode(&bytes, declared.as_deref()) {
                Ok(d) => sink(html_article(id_name, &d.text, origin)),
                Err(m) => fail(sink, &origin, m),
            }
        }
        Some("json") => match decode(&bytes, None) {
            Ok(d) => read_json(&d.text, origin, sink),
            Err(m) => fail(sink, &origin, m),
        },
        Some("jsonl") => match decode(&bytes, None) {
            Ok(d) => read_jsonl(&d.text, origin, sink),
            Err(m) => fail(sink, &origin, m),
        },
        Some("zip") => read_zip(bytes, origin, depth, sink),
        Some("gz") => {
            let inner = &name[..name.len() - 3];
            let mut out = Vec::new();
            let mut dec = flate2::read::MultiGzDecoder::new(&bytes[..]).take(MAX_MEMBER_BYTES + 1);
            match dec.read_to_end(&mut out) {
                Ok(_) if out.len() as u64 > MAX_MEMBER_BYTES => {
                    fail(sink, &origin, format!("decompresses to over {} bytes; refused", MAX_MEMBER_BYTES))
                }
                Ok(_) if kind_of(inner).is_none() => {
                    fail(sink, &origin, format!("{inner}: not a file type riwaya reads inside .gz"))
                }
                Ok(_) => read_bytes(inner, id_name, out, origin, depth + 1, sink),
                Err(e) => fail(sink, &origin, format!("broken gzip data: {e}")),
            }
        }
        _ => fail(sink, &origin, "not a file type riwaya reads".into()),
    }
}

fn too_big(body: &str, origin: &Origin) -> Option<IngestError> {
    (body.len() > MAX_ARTICLE_BYTES).then(|| IngestError {
        origin: origin.clone(),
        message: format!(
            "article text is {:.1} MB, over the {} MB limit for one article; skipped",
            body.len() as f64 / 1e6,
            MAX_ARTICLE_BYTES >> 20
        ),
    })
}

/// A plain-text article: the first non-empty line is the title, the rest the body.
fn text_article(id: &str, text: &str, origin: Origin) -> Item {
    if let Some(e) = too_big(text, &origin) {
        return Err(e);
    }
    let text = text.replace("\r\n", "\n");
    let mut lines = text.lines();
    let title = lines.by_ref().map(str::trim).find(|l| !l.is_empty()).map(str::to_string);
    let body = lines.collect::<Vec<_>>().join("\n").trim().to_string();
    let (title, body) = match (title, body.is_empty()) {
        (None, _) => return Err(IngestError { origin, message: "no text in file (only whitespace)".into() }),
        (Some(t), true) => (None, t),
        // A first line that reads as a paragraph is the lede of an article with no
        // headline: it stays in the body.
        (Some(t), false) if reads_as_paragraph(&t) => (None, format!("{t}\n{body}")),
        (Some(t), false) => (Some(t), body),
    };
    Ok(RawArticle {
        id: id.to_string(),
        origin,
        format: SourceFormat::Text,
        title,
        body,
        outlet: None,
        url: None,
        published: None,
        author: None,
    })
}

/// Headlines are short and carry no full stop; a lede is a sentence or more.
fn reads_as_paragraph(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words > 30 || (words > 12 && line.trim_end().ends_with(['.', '。', '؟', '!']))
}

/// An HTML page: main text and metadata from the page (see `riwaya-html`).
fn html_article(id: &str, html: &str, origin: Origin) -> Item {
    if html.len() > 8 * MAX_ARTICLE_BYTES {
        return Err(too_big(html, &origin).unwrap_or_else(|| IngestError {
            origin: origin.clone(),
            message: "page too large".into(),
        }));
    }
    let page = riwaya_html::extract(html, None);
    if page.text.trim().is_empty() {
        return Err(IngestError { origin, message: "no article text found in the page".into() });
    }
    if let Some(e) = too_big(&page.text, &origin) {
        return Err(e);
    }
    Ok(RawArticle {
        id: id.to_string(),
        origin,
        format: SourceFormat::Html,
        title: page.title,
        body: page.text,
        outlet: page.site_name.map(|s| Sourced { value: s, source: "html:site_name".into() }),
        url: page.url,
        published: page.published.map(|(d, from)| Sourced { value: d, source: from.to_string() }),
        author: page.author,
    })
}

fn record(v: &Value, origin: Origin) -> Item {
    match v {
        Value::Object(o) => {
            let a = record::from_object(o, origin.clone()).map_err(|m| IngestError { origin: origin.clone(), message: m })?;
            match too_big(&a.body, &origin) {
                Some(e) => Err(e),
                None => Ok(a),
            }
        }
        _ => Err(IngestError { origin, message: "record is not a JSON object".into() }),
    }
}

/// `.json`: one object, or an array of them (SaudiNewsNet), or `{"articles": [...]}`.
fn read_json(text: &str, origin: Origin, sink: &mut dyn FnMut(Item)) {
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return sink(Err(IngestError { origin, message: format!("malformed JSON: {e}") }));
        }
    };
    let arr = match &v {
        Value::Array(a) => Some(a),
        Value::Object(o) if !o.keys().any(|k| ["text", "content", "body", "articleBody"].contains(&k.as_str())) => {
            ["articles", "items", "data", "results"].iter().find_map(|k| o.get(*k).and_then(Value::as_array))
        }
        _ => None,
    };
    match arr {
        Some(a) => {
            for (i, r) in a.iter().enumerate() {
                sink(record(r, Origin { record: Some(i as u64), ..origin.clone() }));
            }
        }
        None => sink(record(&v, origin)),
    }
}

/// `.jsonl`: one object per line; a malformed line is reported with its number.
fn read_jsonl(text: &str, origin: Origin, sink: &mut dyn FnMut(Item)) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let o = Origin { record: Some(i as u64 + 1), ..origin.clone() };
        if line.len() > 2 * MAX_ARTICLE_BYTES {
            sink(Err(IngestError { origin: o, message: format!("line is {:.1} MB long; over the limit for one record", line.len() as f64 / 1e6) }));
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => sink(record(&v, o)),
            Err(e) => sink(Err(IngestError { origin: o, message: format!("malformed JSON: {e}") })),
        }
    }
}

fn read_zip(bytes: Vec<u8>, origin: Origin, depth: u32, sink: &mut dyn FnMut(Item)) {
    let mut zip = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return sink(Err(IngestError { origin, message: format!("unreadable zip archive: {e}") })),
    };
    for i in 0..zip.len() {
        let mut f = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                sink(Err(IngestError { origin: origin.clone(), message: format!("zip member {i}: {e}") }));
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let member = f.name().to_string();
        let o = Origin { entry: Some(member.clone()), ..origin.clone() };
        let base = member.rsplit('/').next().unwrap_or(&member).to_string();
        if base.starts_with('.') || member.starts_with("__MACOSX") {
            continue;
        }
        if kind_of(&base).is_none() {
            sink(Err(IngestError { origin: o, message: "not a file type riwaya reads; skipped".into() }));
            continue;
        }
        if f.size() > MAX_MEMBER_BYTES {
            sink(Err(IngestError { origin: o, message: "member too large; refused".into() }));
            continue;
        }
        let mut out = Vec::with_capacity(f.size() as usize);
        if let Err(e) = f.read_to_end(&mut out) {
            sink(Err(IngestError { origin: o, message: format!("broken or truncated member: {e}") }));
            continue;
        }
        read_bytes(&base, &base, out, o, depth + 1, sink);
    }
}

#[cfg(test)]
mod tests;
