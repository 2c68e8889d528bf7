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
/// A file read whole (`.txt`, `.html`, `.json`, `.jsonl`) larger than this is refused
/// before reading; archives are read member by member instead.
pub const MAX_FILE_BYTES: u64 = 256 << 20;
/// The bytes that actually come out of one archive member or gzip stream, counted as they
/// are inflated (a zip header's size is not trusted): over this, the member is refused.
/// SaudiNewsNet's largest member is 12.6 MB.
pub const MAX_MEMBER_BYTES: u64 = 64 << 20;
/// All members of one archive together, inflated; the members after it are refused.
pub const MAX_ARCHIVE_BYTES: u64 = 2 << 30;
/// A folder's `meta.jsonl` larger than this is refused.
pub const MAX_META_BYTES: u64 = 64 << 20;

/// A problem with one input: which file (and member, and line), and what is wrong.
/// A warning (`warning: true`) reports something the run worked around (bytes replaced,
/// a folder reached twice); the input was still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub origin: Origin,
    pub message: String,
    pub warning: bool,
}

impl IngestError {
    pub fn new(origin: Origin, message: impl Into<String>) -> Self {
        IngestError { origin, message: message.into(), warning: false }
    }

    pub fn warning(origin: Origin, message: impl Into<String>) -> Self {
        IngestError { origin, message: message.into(), warning: true }
    }
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
    /// The id of an article read from this file: its name, or, when another input file has
    /// the same name (`day1/article.txt`, `day2/article.txt`), its path below the folder
    /// given on the command line.
    pub id: String,
}

impl InputFile {
    /// A file given directly (its name is its articles' id).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let id = path.file_name().map(|n| escape_path(Path::new(n))).unwrap_or_default();
        InputFile { path, meta: None, id }
    }
}

/// A path as text for messages and ids, losslessly: UTF-8 as it is, each byte that is not
/// UTF-8 as `\xNN`, control and bidi characters as `\u{…}`, and `\` as `\\`, so a file
/// name can neither forge a line of output nor lose the bytes that tell it apart.
pub fn escape_path(p: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        escape_bytes(p.as_os_str().as_bytes())
    }
    #[cfg(not(unix))]
    {
        escape_bytes(p.to_string_lossy().as_bytes())
    }
}

/// See [`escape_path`].
pub fn escape_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                c if is_control(c) || is_bidi(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out
}

fn is_control(c: char) -> bool {
    c.is_control()
}

/// Characters that reorder the text around them on display (embeddings, overrides,
/// isolates, marks): article text is untrusted, and they can make a report say what its
/// sources did not.
pub fn is_bidi(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text from a file or record, made safe to analyse and show: bidi controls and control
/// characters other than tab, line breaks and form feed removed (a NUL byte or an ESC
/// sequence is never article text), a byte-order mark inside the text too.
pub fn sanitize_text(s: &str) -> std::borrow::Cow<'_, str> {
    if !has_unsafe(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().filter(|c| !is_unsafe(*c)).collect())
}

/// A character [`sanitize_text`] removes.
fn is_unsafe(c: char) -> bool {
    is_bidi(c) || c == '\u{FEFF}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
}

/// Whether `s` holds a character [`is_unsafe`] names, decided on bytes: control bytes, and
/// the UTF-8 forms of C1 controls (C2 80–9F), U+061C (D8 9C), the bidi marks (E2 80 8E/8F,
/// E2 80 AA–AE, E2 81 A6–A9) and U+FEFF (EF BB BF). Only the lead bytes C2, D8, E2, EF
/// look further (guillemets and curly quotes, common in Arabic news, share C2 and E2).
fn has_unsafe(s: &str) -> bool {
    static SUSPECT: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 0x20 {
            t[i] = !matches!(i as u8, b'\t' | b'\n' | b'\r' | 0x0c);
            i += 1;
        }
        t[0x7F] = true;
        t[0xC2] = true;
        t[0xD8] = true;
        t[0xE2] = true;
        t[0xEF] = true;
        t
    };
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if SUSPECT[c as usize] {
            let hit = match c {
                0xC2 => (0x80..=0x9F).contains(&at(i + 1)),
                0xD8 => at(i + 1) == 0x9C,
                0xE2 => match (at(i + 1), at(i + 2)) {
                    (0x80, x) => matches!(x, 0x8E | 0x8F | 0xAA..=0xAE),
                    (0x81, x) => (0xA6..=0xA9).contains(&x),
                    _ => false,
                },
                0xEF => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
                _ => true,
            };
            if hit {
                return true;
            }
        }
        i += 1;
    }
    false
}

fn sanitize_article(a: &mut RawArticle) {
    let fix = |s: &mut String| {
        if let std::borrow::Cow::Owned(t) = sanitize_text(s) {
            *s = t;
        }
    };
    fix(&mut a.body);
    fix(&mut a.id);
    for s in [&mut a.title, &mut a.url, &mut a.author].into_iter().flatten() {
        fix(s);
    }
    if let Some(o) = a.outlet.as_mut() {
        fix(&mut o.value);
    }
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
/// except hidden files and `README`/`meta.jsonl` themselves. Only regular files are read
/// (a FIFO or a device named `x.txt` is refused); a folder or file reached a second time
/// (a symbolic link loop, a link to a file already listed) is read once, with a warning.
pub fn discover(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<IngestError>) {
    let mut w = Walk::default();
    for p in paths {
        let start = w.files.len();
        w.walk(p, true);
        w.roots.extend(std::iter::repeat_n(p.clone(), w.files.len() - start));
    }
    // Ids: the file name, unless another input file has the same name.
    let mut count: HashMap<String, usize> = HashMap::new();
    for f in &w.files {
        *count.entry(f.id.clone()).or_default() += 1;
    }
    for (f, root) in w.files.iter_mut().zip(&w.roots) {
        if count[&f.id] > 1 {
            let rel = f.path.strip_prefix(root).ok().filter(|r| !r.as_os_str().is_empty());
            f.id = match rel {
                Some(r) => escape_path(r),
                None => escape_path(&f.path),
            };
        }
    }
    (w.files, w.errors)
}

fn err(path: &Path, message: impl Into<String>) -> IngestError {
    IngestError::new(Origin { path: escape_path(path), ..Default::default() }, message)
}

#[derive(Default)]
struct Walk {
    files: Vec<InputFile>,
    roots: Vec<PathBuf>,
    errors: Vec<IngestError>,
    metas: HashMap<PathBuf, Arc<HashMap<String, FileMeta>>>,
    /// Folders and files seen, by device and inode.
    seen: HashMap<(u64, u64), PathBuf>,
}

/// A file's identity on its device (folders and files reached twice are read once).
fn identity(md: &std::fs::Metadata) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((md.dev(), md.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = md;
        None
    }
}

/// What a path is when it is neither a file nor a folder, for the message.
fn not_regular(md: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = md.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO), not a regular file; skipped";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device, not a regular file; skipped";
        }
        if t.is_socket() {
            return "a socket, not a regular file; skipped";
        }
    }
    let _ = md;
    "not a regular file; skipped"
}

impl Walk {
    fn walk(&mut self, p: &Path, explicit: bool) {
        let md = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => return self.errors.push(err(p, format!("cannot read: {e}"))),
        };
        if let Some(key) = identity(&md) {
            if let Some(first) = self.seen.get(&key) {
                let what = if md.is_dir() { "folder" } else { "file" };
                let msg = format!("the same {what} as {} (a link); read once", escape_path(first));
                return self.errors.push(IngestError::warning(err(p, "").origin, msg));
            }
            self.seen.insert(key, p.to_path_buf());
        }
        if md.is_dir() {
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => return self.errors.push(err(p, format!("cannot list folder: {e}"))),
            };
            entries.sort();
            for e in entries {
                let name = e.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                if name.starts_with('.') {
                    continue;
                }
                self.walk(&e, false);
            }
            return;
        }
        let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if name == "meta.jsonl" {
            if explicit {
                self.errors.push(err(p, "meta.jsonl holds metadata for the files beside it; give its folder instead"));
            }
            return;
        }
        if kind_of(&name).is_none() {
            let lower = name.to_ascii_lowercase();
            if !explicit && (lower.starts_with("readme") || lower.ends_with(".md")) {
                return; // documentation beside a corpus
            }
            self.errors.push(err(p, "not a file type riwaya reads (.txt, .html, .json, .jsonl, .zip, .gz); skipped"));
            return;
        }
        if !md.is_file() {
            return self.errors.push(err(p, not_regular(&md)));
        }
        let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
        let errors = &mut self.errors;
        let meta_map = self
            .metas
            .entry(dir.clone())
            .or_insert_with(|| Arc::new(read_meta(&dir.join("meta.jsonl"), errors)))
            .clone();
        let file_name = p.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        let mut f = InputFile::new(p);
        f.meta = meta_map.get(&name).cloned();
        f.id = escape_path(Path::new(&file_name));
        self.files.push(f);
    }
}

/// Opens a regular file for reading, never blocking on a FIFO or a device (the path is
/// checked before opening, the open does not wait for a writer, the opened file is checked
/// again). Gives the file and its size.
pub fn open_regular(path: &Path) -> Result<(std::fs::File, u64), String> {
    let md = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if !md.is_file() {
        return Err(not_regular(&md).into());
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(0o4000); // O_NONBLOCK
    }
    #[cfg(target_os = "macos")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(0x0004); // O_NONBLOCK
    }
    let f = opts.open(path).map_err(|e| format!("cannot read: {e}"))?;
    let md = f.metadata().map_err(|e| format!("cannot read: {e}"))?;
    if !md.is_file() {
        return Err(not_regular(&md).into());
    }
    Ok((f, md.len()))
}

/// Reads at most `cap` bytes; `None` when there are more.
fn read_capped(r: impl Read, cap: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    r.take(cap + 1).read_to_end(&mut out)?;
    Ok((out.len() as u64 <= cap).then_some(out))
}

fn mb(n: u64) -> String {
    format!("{} MB", n >> 20)
}

/// Reads a `meta.jsonl` (absent is fine: an empty map). Bad lines are reported.
fn read_meta(path: &Path, errors: &mut Vec<IngestError>) -> HashMap<String, FileMeta> {
    let mut map = HashMap::new();
    if !path.exists() {
        return map;
    }
    let bytes = match open_regular(path).and_then(|(f, _)| read_capped(f, MAX_META_BYTES).map_err(|e| format!("cannot read: {e}"))) {
        Ok(Some(b)) => b,
        Ok(None) => {
            errors.push(err(path, format!("over {}; not read", mb(MAX_META_BYTES))));
            return map;
        }
        Err(m) => {
            errors.push(err(path, m));
            return map;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let origin = Origin { path: escape_path(path), entry: None, record: Some(i as u64 + 1) };
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                errors.push(IngestError::new(origin, format!("malformed JSON: {e}")));
                continue;
            }
        };
        let s = |k: &str| {
            v.get(k).and_then(Value::as_str).map(|s| sanitize_text(s).into_owned()).filter(|s| !s.is_empty())
        };
        let Some(id) = s("id").or_else(|| s("file")) else {
            errors.push(IngestError::new(origin, "meta line has no \"id\" (the file name it describes)"));
            continue;
        };
        let published = s("published").or_else(|| s("date"));
        let published = match published.as_deref().map(|d| (d, iso_day(d))) {
            Some((_, Some(d))) => Some(d),
            Some((d, None)) => {
                errors.push(IngestError::new(origin, format!("unreadable or impossible date {d:?}; ignored")));
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
    let origin = Origin { path: escape_path(&f.path), entry: None, record: None };
    let name = f.path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let mut apply_meta = |item: Item| {
        sink(item.map(|mut a| {
            if let Some(m) = &f.meta {
                apply(&mut a, m);
            }
            sanitize_article(&mut a);
            a
        }))
    };
    let (file, size) = match open_regular(&f.path) {
        Ok(x) => x,
        Err(m) => return apply_meta(Err(IngestError::new(origin, m))),
    };
    match kind_of(&name) {
        // Archives are read as streams: memory holds one member at a time.
        Some("zip") => read_zip(std::io::BufReader::new(file), &f.id, origin, 0, &mut apply_meta),
        Some("gz") => read_gz(file, &name, &f.id, origin, 0, &mut apply_meta),
        _ if size > MAX_FILE_BYTES => apply_meta(Err(IngestError::new(
            origin,
            format!("file is {:.1} MB, over the {} limit for a file read whole; skipped", size as f64 / 1e6, mb(MAX_FILE_BYTES)),
        ))),
        _ => match read_capped(file, MAX_FILE_BYTES) {
            Ok(Some(bytes)) => {
                if let Some(what) = own_output(&bytes) {
                    return apply_meta(Err(IngestError::warning(origin, format!("{what} written by riwaya, not an article; skipped"))));
                }
                read_bytes(&name, &f.id, bytes, origin, 0, &mut apply_meta)
            }
            Ok(None) => apply_meta(Err(IngestError::new(origin, format!("file grew over the {} limit while read; skipped", mb(MAX_FILE_BYTES))))),
            Err(e) => apply_meta(Err(IngestError::new(origin, format!("cannot read: {e}")))),
        },
    }
}

/// Reads bytes as if they were a file called `name` (its type chosen by the name, as for
/// a file): for callers that hold the bytes already, and for the fuzzers.
pub fn read_named(name: &str, bytes: Vec<u8>, sink: &mut dyn FnMut(Item)) {
    let origin = Origin { path: escape_bytes(name.as_bytes()), entry: None, record: None };
    let id = escape_bytes(name.as_bytes());
    read_bytes(name, &id, bytes, origin, 0, &mut |item: Item| {
        sink(item.map(|mut a| {
            sanitize_article(&mut a);
            a
        }))
    });
}

/// The first line of a JSON Lines report: an article with the fields only Riwaya writes
/// (`removed`, then `origin`), however long its text.
fn jsonl_report_line(bytes: &[u8]) -> bool {
    let line = &bytes[..bytes.iter().position(|b| *b == b'\n').unwrap_or(bytes.len())];
    let has = |pat: &[u8]| line.windows(pat.len()).any(|w| w == pat);
    has(b",\"removed\":[") && has(b",\"origin\":{\"path\":")
}

/// Riwaya's own reports carry a mark in their first bytes (the JSON report's `generator`,
/// the HTML report's generator meta, the summary's first line, a JSON Lines report's
/// `origin` object): a report written into a corpus folder is not read back as input.
pub fn own_output(bytes: &[u8]) -> Option<&'static str> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let first = head.lines().next().unwrap_or("");
    if head.starts_with("{\"generator\":\"riwaya") {
        Some("a JSON report")
    } else if head.contains("<meta name=\"generator\" content=\"riwaya") {
        Some("an HTML report")
    } else if first.starts_with("riwaya: ") && first.contains(" articles from ") {
        Some("a summary")
    } else if first.starts_with("{\"id\":") && jsonl_report_line(bytes) {
        Some("a JSON Lines report")
    } else {
        None
    }
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
    let fail = |sink: &mut dyn FnMut(Item), origin: &Origin, m: String| sink(Err(IngestError::new(origin.clone(), m)));
    if depth > 4 {
        return fail(sink, &origin, "archives nested more than 4 deep".into());
    }
    let text = |sink: &mut dyn FnMut(Item), bytes: Vec<u8>, declared: Option<&str>| match decode::decode_owned(bytes, declared) {
        Ok(d) => {
            if let Some(w) = &d.warning {
                sink(Err(IngestError::warning(origin.clone(), w.clone())));
            }
            Some(d.text)
        }
        Err(m) => {
            sink(Err(IngestError::new(origin.clone(), m)));
            None
        }
    };
    match kind_of(name) {
        Some("txt") => {
            if let Some(t) = text(sink, bytes, None) {
                sink(text_article(id_name, &t, origin.clone()))
            }
        }
        Some("html") => {
            let declared = decode::html_declared_charset(&bytes);
            if let Some(t) = text(sink, bytes, declared.as_deref()) {
                sink(html_article(id_name, &t, origin.clone()))
            }
        }
        Some("json") => {
            if let Some(t) = text(sink, bytes, None) {
                read_json(&t, origin.clone(), sink)
            }
        }
        Some("jsonl") => {
            if let Some(t) = text(sink, bytes, None) {
                read_jsonl(&t, origin.clone(), sink)
            }
        }
        Some("zip") => read_zip(std::io::Cursor::new(bytes), id_name, origin, depth, sink),
        Some("gz") => read_gz(&bytes[..], name, id_name, origin, depth, sink),
        _ => fail(sink, &origin, "not a file type riwaya reads".into()),
    }
}

/// A `.gz` stream: inflated up to [`MAX_MEMBER_BYTES`] (counted as they come out), then
/// read as the file it holds.
fn read_gz(r: impl Read, name: &str, id_name: &str, origin: Origin, depth: u32, sink: &mut dyn FnMut(Item)) {
    let inner = &name[..name.len().saturating_sub(3)];
    if kind_of(inner).is_none() || kind_of(inner) == Some("gz") && depth >= 4 {
        return sink(Err(IngestError::new(origin, format!("{inner}: not a file type riwaya reads inside .gz"))));
    }
    match read_capped(flate2::read::MultiGzDecoder::new(r), MAX_MEMBER_BYTES) {
        Ok(Some(out)) => read_bytes(inner, id_name, out, origin, depth + 1, sink),
        Ok(None) => sink(Err(IngestError::new(origin, format!("decompresses to over {}; refused", mb(MAX_MEMBER_BYTES))))),
        Err(e) => sink(Err(IngestError::new(origin, format!("broken gzip data: {e}")))),
    }
}

fn too_big(body: &str, origin: &Origin) -> Option<IngestError> {
    (body.len() > MAX_ARTICLE_BYTES).then(|| IngestError::new(
        origin.clone(),
        format!(
            "article text is {:.1} MB, over the {} MB limit for one article; skipped",
            body.len() as f64 / 1e6,
            MAX_ARTICLE_BYTES >> 20
        ),
    ))
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
        (None, _) => return Err(IngestError::new(origin, "no text in file (only whitespace)")),
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
        return Err(too_big(html, &origin).unwrap_or_else(|| IngestError::new(origin.clone(), "page too large")));
    }
    let most = riwaya_html::most_attributes(html);
    if most > riwaya_html::MAX_ATTRIBUTES_PER_TAG {
        return Err(IngestError::new(
            origin,
            format!("a tag has {most} attributes, over the {} limit per tag; page refused", riwaya_html::MAX_ATTRIBUTES_PER_TAG),
        ));
    }
    let page = riwaya_html::extract(html, None);
    if page.text.trim().is_empty() {
        return Err(IngestError::new(origin, "no article text found in the page"));
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
            let a = record::from_object(o, origin.clone()).map_err(|m| IngestError::new(origin.clone(), m))?;
            match too_big(&a.body, &origin) {
                Some(e) => Err(e),
                None => Ok(a),
            }
        }
        _ => Err(IngestError::new(origin, "record is not a JSON object")),
    }
}

/// `.json`: one object, or an array of them (SaudiNewsNet), or `{"articles": [...]}`.
fn read_json(text: &str, origin: Origin, sink: &mut dyn FnMut(Item)) {
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return sink(Err(IngestError::new(origin, format!("malformed JSON: {e}"))));
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
            sink(Err(IngestError::new(o, format!("line is {:.1} MB long; over the limit for one record", line.len() as f64 / 1e6))));
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => sink(record(&v, o)),
            Err(e) => sink(Err(IngestError::new(o, format!("malformed JSON: {e}")))),
        }
    }
}

/// What to do with one member: its name tells if it is read; the bytes are inflated up to
/// the caps, counting what actually comes out.
struct Members {
    origin: Origin,
    depth: u32,
    /// Inflated so far, all members together.
    total: u64,
    /// Member base names seen more than once in this archive (those get their full path as id).
    repeated: std::collections::HashSet<String>,
    /// The last member could not be inflated (read from local headers, the rest is lost).
    broken: bool,
}

impl Members {
    /// Reads one member from `r`; false once the archive's total is spent.
    /// `size` is the size the archive declares (untrusted: only a first capacity).
    fn member(&mut self, member: &str, size: u64, r: &mut dyn Read, sink: &mut dyn FnMut(Item)) -> bool {
        let o = Origin { entry: Some(escape_bytes(member.as_bytes())), ..self.origin.clone() };
        let base = member.rsplit('/').next().unwrap_or(member).to_string();
        if base.is_empty() || base.starts_with('.') || member.starts_with("__MACOSX") {
            return true;
        }
        if kind_of(&base).is_none() {
            sink(Err(IngestError::new(o, "not a file type riwaya reads; skipped")));
            return true;
        }
        if self.total >= MAX_ARCHIVE_BYTES {
            sink(Err(IngestError::new(o, format!("the archive inflated to over {} before this member; refused", mb(MAX_ARCHIVE_BYTES)))));
            return false;
        }
        let mut out = Vec::with_capacity(size.min(MAX_MEMBER_BYTES + 1) as usize);
        match r.take(MAX_MEMBER_BYTES + 1).read_to_end(&mut out) {
            Ok(_) if out.len() as u64 > MAX_MEMBER_BYTES => {
                self.total += out.len() as u64;
                sink(Err(IngestError::new(o, format!("member inflates to over {}; refused", mb(MAX_MEMBER_BYTES)))));
                return true;
            }
            Ok(_) => self.total += out.len() as u64,
            Err(e) => {
                sink(Err(IngestError::new(o, format!("broken or truncated member: {e}"))));
                self.broken = true;
                return true;
            }
        }
        let id = if self.repeated.contains(&base) { escape_bytes(member.as_bytes()) } else { escape_bytes(base.as_bytes()) };
        read_bytes(&base, &id, out, o, self.depth + 1, sink);
        true
    }
}

fn read_zip<R: Read + std::io::Seek>(mut r: R, archive_id: &str, origin: Origin, depth: u32, sink: &mut dyn FnMut(Item)) {
    let _ = archive_id;
    let mut m = Members { origin: origin.clone(), depth, total: 0, repeated: Default::default(), broken: false };
    let mut zip = match zip::ZipArchive::new(&mut r) {
        Ok(z) => z,
        Err(e) => {
            // No central directory (a cut or still-growing archive): the members are
            // still there, each behind its local header.
            sink(Err(IngestError::new(
                origin,
                format!("unreadable zip directory ({e}); reading the members from their local headers"),
            )));
            return read_zip_local(r, &mut m, sink);
        }
    };
    let mut bases: HashMap<String, usize> = HashMap::new();
    for n in zip.file_names() {
        *bases.entry(n.rsplit('/').next().unwrap_or(n).to_string()).or_default() += 1;
    }
    m.repeated = bases.into_iter().filter(|(_, c)| *c > 1).map(|(b, _)| b).collect();
    for i in 0..zip.len() {
        let mut f = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                sink(Err(IngestError::new(origin.clone(), format!("zip member {i}: {e}"))));
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let name = f.name().to_string();
        let size = f.size();
        if !m.member(&name, size, &mut f, sink) {
            break;
        }
    }
}

/// Members of a zip with no readable central directory, from their local headers.
fn read_zip_local<R: Read + std::io::Seek>(mut r: R, m: &mut Members, sink: &mut dyn FnMut(Item)) {
    if r.seek(std::io::SeekFrom::Start(0)).is_err() {
        return;
    }
    loop {
        match zip::read::read_zipfile_from_stream(&mut r) {
            Ok(Some(mut f)) => {
                if f.is_dir() {
                    continue;
                }
                let name = f.name().to_string();
                let size = f.size();
                if !m.member(&name, size, &mut f, sink) || m.broken {
                    return;
                }
            }
            Ok(None) => return,
            Err(e) => {
                return sink(Err(IngestError::new(m.origin.clone(), format!("zip archive cut short or broken after the members above: {e}"))));
            }
        }
    }
}

#[cfg(test)]
mod tests;
