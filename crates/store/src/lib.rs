//! The embedded store: articles with their provenance, content hash and versions; what was
//! extracted from them (claims, events, mentions, dates, in the article's JSON); the story
//! stage's digests (so stories are rebuilt without extracting again); stories with stable
//! ids; feeds' conditional-GET state; the run log.
//!
//! [`Store`] is the interface; [`SqliteStore`] the one implementation (one file, WAL, FTS5
//! for search), so a monitor needs no server. The trait speaks in plain values (no SQL, no
//! rusqlite types) so that a PostgreSQL implementation can follow for a fleet of machines.

mod codec;
mod ids;
mod sqlite;

pub use codec::{decode_digest, decode_snapshot, decode_stories, encode_digest, encode_snapshot, encode_stories};
pub use ids::{assign_ids, Assigned};
pub use sqlite::SqliteStore;

use riwaya_model::Article;
use serde::Serialize;

pub type Result<T> = std::result::Result<T, StoreError>;

/// What went wrong, worded for the person running the command.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(format!("database: {e}"))
    }
}

/// How an incoming article relates to what the store holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// Neither its key nor its (outlet, content hash) is known.
    New,
    /// Same key and same content, or same outlet and content under another key: nothing to add.
    Known,
    /// Same key (URL), other content: a new version of the article at `version`.
    Changed { version: i64 },
}

/// An article ready to be stored, with its extraction done.
pub struct NewArticle<'a> {
    /// The URL when known, else the article id: what makes "the same article".
    pub key: String,
    /// The outlet as the input named it (before the extract stage resolved it) and the
    /// hash of the input's title and body: what makes "the same content".
    pub raw_outlet: String,
    pub content_hash: u64,
    pub article: &'a Article,
    /// The story stage's digest, encoded with [`encode_digest`].
    pub digest: Vec<u8>,
    /// What run-level name linking learns from this article ([`linking_mentions`] of its
    /// mentions as extracted, before linking), replayed in store order by the next run.
    pub linking: Vec<riwaya_model::Mention>,
}

/// The mentions run-level linking (`riwaya_entities::RunNames`) learns from: people named
/// in full (two words or more), places (`place:` ids: named sites; and every lexicon place,
/// whose spellings `link_variants` keys loosely) and derived bodies (`org:` ids: a body
/// named by its head). Kept as
/// extracted, before linking, so that replaying them in order rebuilds the linker's state
/// exactly as one run over all the articles would have it.
pub fn linking_mentions(ms: &[riwaya_model::Mention]) -> Vec<riwaya_model::Mention> {
    ms.iter()
        .filter(|m| {
            (m.kind == "person" && m.text.trim().chars().any(|c| !c.is_alphanumeric()))
                || m.entity.starts_with("place:")
                || m.kind.is_place()
                || m.entity.starts_with("org:")
        })
        .cloned()
        .collect()
}

/// One article as the store lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRow {
    pub seq: i64,
    pub id: String,
    pub version: i64,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub added: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<i64>,
}

/// A story as stored: its stable id and the story stage's JSON with that id.
#[derive(Debug, Clone, Serialize)]
pub struct StoredStory {
    pub id: i64,
    pub size: i64,
    pub first: Option<String>,
    pub last: Option<String>,
    pub title: String,
    /// The run that first stored it, the run that last changed it.
    pub created_run: i64,
    pub updated_run: i64,
    /// The earlier story most of whose articles went elsewhere when this one was made
    /// from part of it (a split), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub split_from: Option<i64>,
    /// The story stage's `Story`, as JSON, its `id` the stable id.
    pub story: serde_json::Value,
}

/// A story to save: stable id, member article ids, filter terms and the JSON.
pub struct StoryRecord {
    pub id: i64,
    pub articles: Vec<String>,
    pub first: Option<String>,
    pub last: Option<String>,
    pub title: String,
    /// (kind, value): `outlet`, `actor` and `place` values (ids and names) for filtering.
    pub terms: Vec<(&'static str, String)>,
    /// The story as JSON, membership included: a story whose JSON is unchanged is not rewritten.
    pub json: String,
    /// See [`StoredStory::split_from`] (recorded when the story is first saved).
    pub split_from: Option<i64>,
}

/// What [`Store::save_story_update`] writes.
pub struct StoryUpdate<'a> {
    pub run: i64,
    /// Stories to write (a story whose JSON is unchanged is skipped all the same).
    pub changed: &'a [StoryRecord],
    /// Every story live after the update; a live id in neither list is marked merged
    /// (into `merged_into`'s value) or dissolved.
    pub live: &'a [i64],
    pub merged_into: &'a std::collections::HashMap<i64, i64>,
    /// New placement rows: (index, row, extra). Dropped, with the saved state, when a new
    /// version of an article retires the one placed.
    pub placed: &'a [(i64, Vec<u8>, String)],
    /// Named state: (name, store position it is valid up to, value).
    pub state: &'a [(&'a str, i64, Vec<u8>)],
}

/// One run of the log.
#[derive(Debug, Clone, Serialize)]
pub struct RunRow {
    pub id: i64,
    pub started: String,
    pub finished: Option<String>,
    pub command: String,
    /// `running` (or killed before it finished), `done`, `partial`, `failed`.
    pub status: String,
    /// The run's summary (JSON) as `add`/`watch` printed it.
    pub summary: Option<serde_json::Value>,
}

/// Filters of `riwaya stories`.
#[derive(Debug, Default, Clone)]
pub struct StoryFilter {
    /// Stories whose last day is on or after this `YYYY-MM-DD`.
    pub since: Option<String>,
    pub outlet: Option<String>,
    pub actor: Option<String>,
    pub place: Option<String>,
    pub limit: Option<usize>,
}

/// A search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    #[serde(flatten)]
    pub article: ArticleRow,
    /// FTS5's bm25 rank (lower is better).
    pub rank: f64,
}

/// A feed's or page's conditional-GET state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HttpState {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// The interface to a store.
pub trait Store {
    /// Starts a run in the log; returns its id.
    fn begin_run(&mut self, command: &str) -> Result<i64>;
    /// Closes a run with its status (`done`, `partial`, `failed`) and summary (JSON).
    fn finish_run(&mut self, run: i64, status: &str, summary: &str) -> Result<()>;

    /// Every key's latest (version, content hash) and every (outlet, content hash) known, so
    /// that a run decides what is new without a query per article.
    fn known(&self) -> Result<Known>;
    /// Stores a batch of articles in one transaction: all of them or none.
    fn add_articles(&mut self, run: i64, batch: &[NewArticle]) -> Result<()>;
    /// Number of current articles (latest versions).
    fn article_count(&self) -> Result<i64>;
    /// The current articles' ids and encoded digests, in the order they were added: those
    /// stored after position `after` and up to `upto` (positions as [`Store::last_position`]
    /// gives them).
    fn digests(&self, after: i64, upto: Option<i64>, sink: &mut dyn FnMut(String, &[u8]) -> Result<()>) -> Result<()>;
    /// The position of the last article stored (0 when none).
    fn last_position(&self) -> Result<i64>;
    /// What run-level name linking learns from ([`NewArticle::linking`]), article by
    /// article in the order stored (every version, as a run over them all would have seen),
    /// of the articles stored after position `after` (0: all).
    fn linking_mentions(&self, after: i64, sink: &mut dyn FnMut(Vec<riwaya_model::Mention>)) -> Result<()>;
    /// Current articles in order (all, or those whose ids are given), with their text.
    fn articles(&self, only: Option<&[String]>, sink: &mut dyn FnMut(Article) -> Result<()>) -> Result<()>;
    fn article_rows(&self, ids: &[String]) -> Result<Vec<ArticleRow>>;

    /// Whether the stories lag behind the articles (a run stopped between the two).
    fn stories_stale(&self) -> Result<bool>;
    /// Article id → stable story id of the live stories.
    fn story_members(&self) -> Result<std::collections::HashMap<String, i64>>;
    /// The next unused story id.
    fn next_story_id(&self) -> Result<i64>;
    /// Replaces the live stories in one transaction: `stories` are live after it; ids that
    /// were live and are not in `stories` are marked merged into `merged_into`'s value (or
    /// dissolved). Unchanged stories keep their run numbers. Clears the stale mark.
    fn save_stories(&mut self, run: i64, stories: &[StoryRecord], merged_into: &std::collections::HashMap<i64, i64>) -> Result<()>;
    /// As `save_stories`, for an update that rewrites only what changed, in one
    /// transaction: the changed stories, the ids of every live story (the others keep their
    /// rows), the story stage's new placement rows and saved state.
    fn save_story_update(&mut self, update: &StoryUpdate) -> Result<()>;
    /// The story stage's placement rows (index, row, extra), in order.
    fn placed(&self, sink: &mut dyn FnMut(i64, &[u8], &str) -> Result<()>) -> Result<()>;
    /// How many current articles were stored up to position `upto`.
    fn current_up_to(&self, upto: i64) -> Result<i64>;
    /// The encoded digests of the current articles with these ids (those found, in the
    /// order given).
    fn digests_of(&self, ids: &[String], sink: &mut dyn FnMut(String, &[u8]) -> Result<()>) -> Result<()>;
    fn stories(&self, filter: &StoryFilter) -> Result<Vec<StoredStory>>;
    /// A story by id; a merged id answers with the story it went into.
    fn story(&self, id: i64) -> Result<Option<StoredStory>>;
    /// Full-text search over the normalised title and text of the current articles.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>>;

    /// The run log, newest first (at most `limit` runs).
    fn runs(&self, limit: Option<usize>) -> Result<Vec<RunRow>>;

    /// A named blob of derived state valid up to store position `upto` (a cache: the story
    /// stage's state, when it can be saved, so that the next add need not rebuild it).
    fn state(&self, name: &str) -> Result<Option<(i64, Vec<u8>)>>;
    fn set_state(&mut self, name: &str, upto: i64, value: &[u8]) -> Result<()>;

    fn http_state(&self, url: &str) -> Result<HttpState>;
    fn set_http_state(&mut self, url: &str, state: &HttpState, status: &str) -> Result<()>;
    /// The status last recorded for a URL (`ok`, `unreadable`, `duplicate`, `error: …`).
    fn http_status(&self, url: &str) -> Result<Option<String>>;
}

/// What [`Store::known`] returns.
#[derive(Debug, Default)]
pub struct Known {
    pub keys: std::collections::HashMap<String, (i64, u64)>,
    pub contents: std::collections::HashSet<(String, u64)>,
}

impl Known {
    pub fn seen(&self, key: &str, raw_outlet: &str, hash: u64) -> Seen {
        match self.keys.get(key) {
            Some((_, h)) if *h == hash => Seen::Known,
            _ if self.contents.contains(&(raw_outlet.to_string(), hash)) => Seen::Known,
            Some((v, _)) => Seen::Changed { version: v + 1 },
            None => Seen::New,
        }
    }

    /// Records an article added in this run, so that a copy later in the run is known.
    pub fn insert(&mut self, key: &str, raw_outlet: &str, hash: u64) {
        let v = self.keys.get(key).map(|(v, _)| v + 1).unwrap_or(1);
        self.keys.insert(key.to_string(), (v, hash));
        self.contents.insert((raw_outlet.to_string(), hash));
    }
}

/// Search text: the text core's normaliser, so that «إرهابيي داعش» finds «ارهابيي داعش».
pub fn search_text(s: &str) -> String {
    riwaya_text::normalize::normalize_str(s)
}

/// A story filter's key (outlet, actor, place, country): the search text lowercased, so
/// that the store's filters and the desk's match the same values.
pub fn filter_key(s: &str) -> String {
    lowercase(search_text(s))
}

/// `s.to_lowercase()`, without its per-character Unicode tables for text that is all ASCII
/// and Arabic (a script without case): every story's filter terms are keyed by it.
fn lowercase(s: String) -> String {
    if s.chars().all(|c| c.is_ascii() || ('\u{0600}'..='\u{06FF}').contains(&c)) {
        let mut s = s;
        s.make_ascii_lowercase();
        s
    } else {
        s.to_lowercase()
    }
}

#[cfg(test)]
mod tests;
