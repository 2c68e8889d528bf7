//! Report: the last stage. Articles arrive one at a time (the run streams), so every writer
//! has the same three steps: `begin`, `article` for each, `finish` with the run's totals.
//!
//! - [`Format::Summary`]: a short text for a person at a terminal;
//! - [`Format::Json`]: one document per `spec/claims.md` (`articles`, plus `errors` and
//!   `totals`); articles are written as they come, so memory stays flat;
//! - [`Format::Jsonl`]: one article per line;
//! - [`Format::Csv`]: the claims table (and, beside it, the events in ACLED's and UCDP
//!   GED's columns: [`export`]);
//! - [`Format::Acled`], [`Format::Ucdp`]: one of those event tables alone;
//! - [`Format::Md`]: a Markdown brief per story;
//! - [`Format::Html`]: one self-contained HTML file, or past a size an index and a page per
//!   story (see [`brief`]).
//!
//! The table and story formats keep a small digest per article (its figures and events,
//! never its text) until the end, when the stories are known.

pub mod brief;
pub mod csv_out;
pub mod export;
pub mod html;
pub mod labels;
pub mod story_parts;
pub mod svg;

use csv_out::Digest;
use riwaya_model::Article;
use riwaya_stories::Story;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Summary,
    Json,
    Jsonl,
    Csv,
    Md,
    Html,
    /// Events in ACLED's columns, one row per event (see [`export`]).
    Acled,
    /// Events of organised violence in UCDP GED's columns (see [`export`]).
    Ucdp,
}

/// What the story stage found, handed to [`Writer::finish`].
pub struct StoryOutput<'a> {
    pub stories: &'a [Story],
    /// Article id → story id.
    pub story_of: &'a HashMap<String, String>,
    /// Names, actor kinds and the gazetteer, for the event exports (ACLED, UCDP); without
    /// it those tables have no English names, actor types or coordinates beyond `Event.geo`.
    pub lexicon: Option<&'a riwaya_lexicon::Lexicon>,
}

/// What the run did, for the end of a report.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Totals {
    pub files: usize,
    pub articles: usize,
    pub duplicates: usize,
    pub errors: usize,
    pub words: usize,
    pub removed_blocks: usize,
    pub claims: usize,
    pub mentions: usize,
    pub dates: usize,
    pub events: usize,
    pub by_outlet: BTreeMap<String, usize>,
}

/// A problem met during the run, as the report lists it.
#[derive(Debug, Clone, Serialize)]
pub struct RunError {
    pub input: String,
    pub message: String,
}

/// An article read twice (the same id and text): kept once, both origins named.
#[derive(Debug, Clone, Serialize)]
pub struct Duplicate {
    pub id: String,
    pub input: String,
    pub same_as: String,
}

/// `s` with control and bidi characters written as `\u{…}`: untrusted text (file names,
/// outlet names, titles) shown on a terminal can neither forge a line nor send escape
/// sequences.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Writes `pages` (`folder_name/file`, page) into `folder` whole: a temporary folder beside
/// it first, then renamed over the previous one.
fn write_folder(folder: &std::path::Path, folder_name: &str, pages: &[(String, String)]) -> io::Result<()> {
    let tmp = folder.with_file_name(format!(".{folder_name}.riwaya-{}.tmp", std::process::id()));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp)?;
    }
    std::fs::create_dir_all(&tmp)?;
    let result = (|| {
        for (path, page) in pages {
            let file = path.strip_prefix(&format!("{folder_name}/")).unwrap_or(path);
            let mut f = std::fs::File::create(tmp.join(file))?;
            f.write_all(page.as_bytes())?;
            f.sync_all()?;
        }
        if folder.is_dir() {
            std::fs::remove_dir_all(folder)?;
        }
        std::fs::rename(&tmp, folder)
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

/// `s.split_whitespace().count()`, reading bytes: only the lead bytes of the non-ASCII
/// spaces (0xC2, 0xE1, 0xE2, 0xE3) are decoded.
pub fn count_words(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (space, w) = match c {
            b' ' | b'\t'..=b'\r' => (true, 1),
            0..=0x7F => (false, 1),
            0xC2 | 0xE1..=0xE3 => {
                let ch = s[i..].chars().next().unwrap_or('x');
                (ch.is_whitespace(), ch.len_utf8())
            }
            // A lead byte of another character: its continuation bytes follow.
            0xC0..=0xDF => (false, 2),
            0xE0..=0xEF => (false, 3),
            0xF0..=0xFF => (false, 4),
            // Continuation bytes are skipped with their lead; never met here.
            _ => (false, 1),
        };
        if !space && !in_word {
            n += 1;
        }
        in_word = !space;
        i += w;
    }
    n
}

pub struct Writer<W: Write> {
    out: W,
    format: Format,
    first: bool,
    totals: Totals,
    digests: Vec<Digest>,
    /// Where the CSV events tables go (beside the claims table): ACLED-shaped, UCDP-shaped.
    events_out: Option<Box<dyn Write>>,
    ucdp_out: Option<Box<dyn Write>>,
    /// For [`Format::Html`]: the folder for one page per story, and the index's file name.
    pages: Option<(std::path::PathBuf, String)>,
    warnings: Vec<RunError>,
    duplicates: Vec<Duplicate>,
    /// An article's JSON before it is written.
    buf: Vec<u8>,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, format: Format) -> Self {
        Writer { out, format, first: true, totals: Totals::default(), digests: Vec::new(), events_out: None, ucdp_out: None, pages: None, warnings: Vec::new(), duplicates: Vec::new(), buf: Vec::new() }
    }

    /// For [`Format::Csv`]: where to write the events table.
    pub fn with_events_table(mut self, out: Box<dyn Write>) -> Self {
        self.events_out = Some(out);
        self
    }

    /// For [`Format::Html`]: a report too large to open quickly (see
    /// [`brief::ONE_PAGE_BYTES`]) becomes an index (the main output, named `index_name`)
    /// and one page per story in `folder` beside it. The folder is written whole: into a
    /// temporary folder, then renamed over the old one.
    pub fn with_pages(mut self, folder: std::path::PathBuf, index_name: String) -> Self {
        self.pages = Some((folder, index_name));
        self
    }

    /// For [`Format::Csv`]: where to write the UCDP-shaped events table.
    pub fn with_ucdp_table(mut self, out: Box<dyn Write>) -> Self {
        self.ucdp_out = Some(out);
        self
    }

    /// Something the run worked around (listed under `warnings` in the JSON report).
    pub fn warning(&mut self, w: RunError) {
        self.warnings.push(w);
    }

    /// An article met again (listed under `duplicates` in the JSON report).
    pub fn duplicate(&mut self, d: Duplicate) {
        self.duplicates.push(d);
    }

    pub fn begin(&mut self) -> io::Result<()> {
        if self.format == Format::Json {
            write!(self.out, "{{\"generator\":\"riwaya {}\",\"articles\":[", env!("CARGO_PKG_VERSION"))?;
        }
        Ok(())
    }

    pub fn article(&mut self, a: &Article) -> io::Result<()> {
        let t = &mut self.totals;
        t.articles += 1;
        t.words += count_words(&a.text);
        t.removed_blocks += a.removed.len();
        t.claims += a.claims.len();
        t.mentions += a.mentions.len();
        t.dates += a.dates.len();
        t.events += a.events.len();
        *t.by_outlet.entry(a.outlet.clone().unwrap_or_else(|| "(unknown)".into())).or_default() += 1;
        match self.format {
            Format::Summary => Ok(()),
            Format::Csv | Format::Md | Format::Html | Format::Acled | Format::Ucdp => {
                self.digests.push(Digest::of(a));
                Ok(())
            }
            Format::Json => {
                if !self.first {
                    self.out.write_all(b",\n")?;
                } else {
                    self.out.write_all(b"\n")?;
                }
                self.first = false;
                self.write_json(a)
            }
            Format::Jsonl => {
                self.write_json(a)?;
                self.out.write_all(b"\n")
            }
        }
    }

    /// One article's JSON, made in a reused buffer and handed to `out` in one write
    /// (serde_json's many small writes through a boxed writer cost more than the copy).
    fn write_json(&mut self, a: &Article) -> io::Result<()> {
        self.buf.clear();
        serde_json::to_writer(&mut self.buf, a).map_err(io::Error::from)?;
        self.out.write_all(&self.buf)
    }

    /// Ends the report. `errors` are the problems met (also printed on stderr as they came).
    pub fn finish(mut self, files: usize, duplicates: usize, errors: &[RunError], stories: &StoryOutput) -> io::Result<Totals> {
        self.totals.files = files;
        self.totals.duplicates = duplicates;
        self.totals.errors = errors.len();
        let n = self.totals.articles;
        match self.format {
            Format::Csv => {
                csv_out::write_claims(&mut self.out, &self.digests, stories.story_of)?;
                let fallback = riwaya_lexicon::Lexicon::default();
                let input = export::ExportInput::new(&self.digests, stories.stories, stories.lexicon.unwrap_or(&fallback));
                let opts = export::Options::default();  // event tables: no byte-order mark
                for (kind, out) in [(export::ExportKind::Acled, self.events_out.as_mut()), (export::ExportKind::Ucdp, self.ucdp_out.as_mut())] {
                    if let Some(out) = out {
                        export::write(kind, &input, &opts, &mut *out)?;
                        out.flush()?;
                    }
                }
            }
            Format::Acled | Format::Ucdp => {
                let fallback = riwaya_lexicon::Lexicon::default();
                let input = export::ExportInput::new(&self.digests, stories.stories, stories.lexicon.unwrap_or(&fallback));
                let kind = if self.format == Format::Acled { export::ExportKind::Acled } else { export::ExportKind::Ucdp };
                export::write(kind, &input, &export::Options::default(), &mut self.out)?;
            }
            Format::Md => self.out.write_all(brief::markdown_brief(stories.stories, n).as_bytes())?,
            Format::Html => {
                let urls: brief::Urls = self.digests.iter().filter_map(|d| Some((d.id.clone(), d.url.clone()?))).collect();
                let title = "Riwaya — تقرير الروايات";
                match &self.pages {
                    Some((folder, index)) => {
                        let name = folder.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_else(|| "stories".into());
                        let pages = brief::html_pages(stories.stories, n, title, &urls, index, &name);
                        self.out.write_all(pages[0].1.as_bytes())?;
                        if pages.len() > 1 {
                            write_folder(folder, &name, &pages[1..])?;
                        }
                    }
                    None => self.out.write_all(brief::html_report_with(stories.stories, n, title, &urls).as_bytes())?,
                }
            }
            Format::Json => {
                write!(self.out, "\n],\"stories\":")?;
                serde_json::to_writer(&mut self.out, stories.stories)?;
                write!(self.out, ",\"threads\":")?;
                serde_json::to_writer(&mut self.out, &riwaya_stories::threads(stories.stories))?;
                write!(self.out, ",\"errors\":")?;
                serde_json::to_writer(&mut self.out, errors)?;
                write!(self.out, ",\"warnings\":")?;
                serde_json::to_writer(&mut self.out, &self.warnings)?;
                write!(self.out, ",\"duplicates\":")?;
                serde_json::to_writer(&mut self.out, &self.duplicates)?;
                write!(self.out, ",\"totals\":")?;
                serde_json::to_writer(&mut self.out, &self.totals)?;
                writeln!(self.out, "}}")?;
            }
            Format::Jsonl => {}
            Format::Summary => self.summary(errors, stories.stories)?,
        }
        self.out.flush()?;
        Ok(self.totals)
    }

    fn summary(&mut self, errors: &[RunError], stories: &[Story]) -> io::Result<()> {
        let t = &self.totals;
        let o = &mut self.out;
        writeln!(o, "riwaya: {} articles from {} files ({} words)", t.articles, t.files, t.words)?;
        if t.duplicates > 0 {
            writeln!(o, "  {} duplicate articles reported once", t.duplicates)?;
        }
        writeln!(o, "  removed blocks: {}", t.removed_blocks)?;
        writeln!(o, "  mentions: {}  claims: {}  dates: {}  events: {}", t.mentions, t.claims, t.dates, t.events)?;
        let mut outlets: Vec<(&String, &usize)> = t.by_outlet.iter().collect();
        outlets.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        writeln!(o, "  outlets:")?;
        for (name, n) in outlets.iter().take(20) {
            writeln!(o, "    {n:>6}  {}", terminal_safe(name))?;
        }
        if outlets.len() > 20 {
            writeln!(o, "    … and {} more", outlets.len() - 20)?;
        }
        writeln!(o, "  stories of two or more articles: {}", stories.len())?;
        for st in stories.iter().take(5) {
            let outlets: std::collections::BTreeSet<&str> = st.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
            writeln!(
                o,
                "    {:>4} articles, {:>2} outlets, {:>3} contradictions  {}",
                st.articles.len(),
                outlets.len(),
                st.contradictions.len(),
                terminal_safe(&st.title.chars().take(70).collect::<String>())
            )?;
        }
        if !errors.is_empty() {
            writeln!(o, "  {} inputs could not be read (see the messages above)", errors.len())?;
        }
        if !self.warnings.is_empty() {
            writeln!(o, "  {} warnings (see the messages above)", self.warnings.len())?;
        }
        writeln!(o, "  (--format json|jsonl|csv|md|html for the full report)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_counted_as_split_whitespace_does() {
        for s in ["", " ", "قال  المتحدث\tإن\n\nالقوات", "a\u{a0}b\u{2009}c\u{3000}d\u{85}e", "  x  ", "\u{202f}é ü 20 — «نص»\u{1680}", "\u{a9}\u{e9}\u{2019}"] {
            assert_eq!(count_words(s), s.split_whitespace().count(), "{s:?}");
        }
    }

    fn none() -> StoryOutput<'static> {
        static EMPTY: std::sync::OnceLock<HashMap<String, String>> = std::sync::OnceLock::new();
        StoryOutput { stories: &[], story_of: EMPTY.get_or_init(HashMap::new), lexicon: None }
    }

    fn art(id: &str, outlet: Option<&str>) -> Article {
        Article {
            outlet: outlet.map(Into::into),
            published: Some("2031-03-15".into()),
            title: Some("ع".into()),
            ..Article::new(id, "نص من ثلاث كلمات")
        }
    }

    #[test]
    fn json_is_one_valid_document() {
        let mut out = Vec::new();
        {
            let mut w = Writer::new(&mut out, Format::Json);
            w.begin().unwrap();
            w.article(&art("a", Some("X"))).unwrap();
            w.article(&art("b", None)).unwrap();
            w.finish(2, 0, &[RunError { input: "f.txt".into(), message: "empty file".into() }], &none()).unwrap();
        }
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["articles"].as_array().unwrap().len(), 2);
        assert_eq!(v["articles"][0]["id"], "a");
        assert_eq!(v["articles"][0]["claims"], serde_json::json!([]));
        assert_eq!(v["errors"][0]["input"], "f.txt");
        assert_eq!(v["totals"]["words"], 8);
    }

    #[test]
    fn summary_escapes_control_characters_in_outlets_and_titles() {
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out, Format::Summary);
        w.begin().unwrap();
        w.article(&art("a", Some("evil\x1b[2J\nriwaya: forged line\u{202E}"))).unwrap();
        w.finish(1, 0, &[], &none()).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.contains('\x1b') && !s.contains('\u{202E}'), "{s}");
        assert!(s.contains("evil\\u{1b}[2J\\u{a}riwaya: forged line\\u{202e}"), "{s}");
        assert_eq!(s.lines().filter(|l| l.starts_with("riwaya: ")).count(), 1);
    }

    #[test]
    fn jsonl_one_article_per_line() {
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out, Format::Jsonl);
        w.begin().unwrap();
        w.article(&art("a", None)).unwrap();
        w.article(&art("b", None)).unwrap();
        w.finish(1, 0, &[], &none()).unwrap();
        let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(serde_json::from_str::<serde_json::Value>(lines[1]).unwrap()["id"], "b");
    }
}
