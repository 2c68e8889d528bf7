//! The data types that flow one way through Riwaya's pipeline:
//!
//! ```text
//! ingest ──RawArticle──▶ clean ──Article──▶ extract (fills mentions, claims, dates, events)
//!        ──▶ story (groups Articles into Stories) ──▶ report (json, jsonl, csv, html…)
//! ```
//!
//! Every type here is plain data with serde derives; no stage logic lives in this crate.
//! Field names follow `../shared/spec/claims.md`, which is what the scorer reads.

use serde::{Deserialize, Serialize};

mod kinds;
pub use kinds::{ActorKind, EventKind, MentionKind, PlaceKind, Quantity, UnknownKind};

/// Where a piece of input came from: enough to name it in an error or to find it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Origin {
    /// The file given on the command line (or found under a folder given there).
    pub path: String,
    /// The member inside an archive (`2015-07-21.zip` → `2015-07-21/foo.json`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// The 1-based line (JSONL) or 0-based record index (JSON array), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(e) = &self.entry {
            write!(f, "!{e}")?;
        }
        if let Some(r) = self.record {
            write!(f, ":{r}")?;
        }
        Ok(())
    }
}

/// What kind of document the body was read from; the cleaner treats them alike but
/// reports keep it for provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Html,
    Json,
}

/// A value together with where it was learned (`meta.jsonl`, `html:og`, `record`, `url`, `text`…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: String,
}

/// One article as ingest read it, before cleaning: the body is the whole text that the
/// input holds (for HTML pages, the main text the extractor kept).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawArticle {
    pub id: String,
    pub origin: Origin,
    pub format: SourceFormat,
    pub title: Option<String>,
    pub body: String,
    pub outlet: Option<Sourced<String>>,
    pub url: Option<String>,
    /// Publication date as `YYYY-MM-DD` when known.
    pub published: Option<Sourced<String>>,
    pub author: Option<String>,
}

/// A block the cleaner took out of the body, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The removed text, as it stood in the input.
    pub text: String,
    /// The id of the rule that removed it (see `data/clean/rules.toml`).
    pub reason: String,
}

/// A span of the cleaned `Article::text`, in byte offsets (UTF-8), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A name of a thing (actor, place, outlet, person) found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    /// The id Riwaya gives the thing named: the same for every name of it across a run.
    pub entity: String,
    pub kind: MentionKind,
    pub start: usize,
    pub end: usize,
    /// English canonical name, when the lexicon knows the thing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One item of an attribution chain: the words the article uses, and the entity they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
}

/// A figure an article reports, per `spec/claims.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub quantity: Quantity,
    pub subject: Option<String>,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: bool,
    pub vague: bool,
    pub text: String,
    /// Outermost first; `[]` when the outlet speaks in its own voice.
    pub attribution: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    /// The day of the event the figure reports (`2022-01-20`, or a span `a/b`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where `date` came from: `text` (a time expression in the claim's sentence) or
    /// `published` (none there: the publication date stands in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
    /// The event the figure reports: an index into the article's `events` (the toll of an
    /// operation, the prisoners of an escape), when one is told in the same sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<usize>,
    /// The figure is reported only to be denied («نفى … فرار المئات»، «لا صحة لـ…»): kept
    /// as evidence of the dispute, never as an asserted fact.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denied: bool,
    /// Who denies it, outermost first, in the article's words (empty: the outlet itself).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denied_by: Vec<String>,
    /// This figure is a part of a total given in the same passage («بينهم 7 مدنيين»،
    /// «61 من داعش و34 من قسد»): the index of the total in the article's `claims`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<usize>,
    /// The figure counts more of the same, on top of another count («تسعة رهائن آخرين»،
    /// «ارتفاع الحصيلة بـ 5»): it adds to a total, it does not restate it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub additional: bool,
    pub start: usize,
    pub end: usize,
    pub sentence: String,
}

/// A time expression resolved to a day (`2022-01-21`) or a span (`2022-01-20/2022-01-21`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    pub date: String,
    pub start: usize,
    pub end: usize,
    /// What the date was resolved against: `published`, `absolute`, `story`…
    pub anchor: String,
}

/// A reference to an actor or place by the words the article uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    pub text: String,
    pub entity: Option<String>,
}

/// Something an article says happened, per `spec/events.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: EventKind,
    pub agent: Option<EntityRef>,
    /// Who or what the act was done to (the target of a strike, the condemned party).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<EntityRef>,
    pub place: Option<EntityRef>,
    /// Where `place` is on the map, from the gazetteer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
    pub date: Option<String>,
    pub text: String,
    pub attribution: Vec<String>,
    /// The event is reported only to be denied («نفى الجيش قصف…»).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denied: bool,
    pub start: usize,
    pub end: usize,
}

/// A place on the map, as the gazetteer knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    pub latitude: f64,
    pub longitude: f64,
    /// ISO 3166-1 alpha-2 country code (`SY`, `LY`).
    pub country: String,
    /// First-level division (governorate, province), in English, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// ACLED-style precision: 1 the town itself, 2 near it or a district, 3 a province or
    /// country stands in.
    pub precision: u8,
}

/// A loaded term an outlet attaches to an actor ("إرهابيي داعش" → ISIS, pejorative).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub term: String,
    pub entity: String,
    pub signal: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Whose words the term is when not the outlet's own: the quoted or reported party as
    /// written («الوزارة»), else the words that attribute it («وفق وصفه»), or "quote".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<String>,
}

/// One cleaned article and everything the later stages found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    /// The cleaned body: what every span in this article points into.
    pub text: String,
    pub removed: Vec<Removed>,
    #[serde(default)]
    pub mentions: Vec<Mention>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub dates: Vec<DateMention>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub framing: Vec<Framing>,
    /// Where `outlet` and `published` were learned.
    #[serde(default)]
    pub provenance: Provenance,
    pub origin: Origin,
    pub format: SourceFormat,
}

impl Article {
    /// An article with only an id and a cleaned text, everything else empty: for callers
    /// that build articles by hand (tests, other front ends), with `..Article::new(id, text)`.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            outlet: None,
            url: None,
            published: None,
            title: None,
            text: text.into(),
            removed: vec![],
            mentions: vec![],
            claims: vec![],
            dates: vec![],
            events: vec![],
            framing: vec![],
            provenance: Provenance::default(),
            origin: Origin::default(),
            format: SourceFormat::Text,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Provenance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}
