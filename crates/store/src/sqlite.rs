//! [`Store`] over one SQLite file (rusqlite, SQLite compiled in): WAL, so that readers
//! (`riwaya search`) never wait for a writer; every write in a transaction, so that a
//! killed process leaves whole articles or none; FTS5 over the normalised text.

use crate::*;
use rayon::prelude::*;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::path::Path;

/// `PRAGMA application_id`: "Rwy1". A database without it is not ours.
const APPLICATION_ID: i32 = 0x5277_7931;
/// `PRAGMA user_version`: the schema's version (1: digests and names inside `articles`; 2:
/// a row per filter term in `story_terms`).
const SCHEMA_VERSION: i32 = 3;

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  finished TEXT,
  command TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'running',
  summary TEXT);
CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  version INTEGER NOT NULL,
  current INTEGER NOT NULL,
  id TEXT NOT NULL,
  outlet TEXT, url TEXT, published TEXT, title TEXT,
  raw_outlet TEXT NOT NULL,
  content_hash INTEGER NOT NULL,
  origin TEXT NOT NULL,
  run INTEGER NOT NULL REFERENCES runs(id),
  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  article TEXT NOT NULL,
  UNIQUE(key, version));
CREATE INDEX articles_content ON articles(raw_outlet, content_hash);
CREATE INDEX articles_current ON articles(current, seq);
CREATE INDEX articles_id ON articles(id);
CREATE VIRTUAL TABLE search USING fts5(body, content='', tokenize='ascii');
CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL,
  merged_into INTEGER,
  created_run INTEGER NOT NULL,
  updated_run INTEGER NOT NULL,
  size INTEGER NOT NULL,
  first TEXT, last TEXT,
  title TEXT NOT NULL,
  hash INTEGER NOT NULL,
  story TEXT NOT NULL,
  split_from INTEGER);
CREATE INDEX stories_live ON stories(status, last);
CREATE TABLE story_articles(story INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY(story, article));
CREATE INDEX story_articles_article ON story_articles(article);
CREATE TABLE http(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked TEXT NOT NULL, status TEXT NOT NULL);
INSERT INTO meta VALUES('stories_stale', '0');
";

/// Tables of schema 2 that schema 1 lacks. What is read for every article on each add (the
/// story stage's digests, the names that run-level linking learns from) lives in narrow
/// tables of its own: in `articles` it sat behind the article's JSON, and reading it walked
/// every overflow page of the whole store.
const SCHEMA_2: &str = "
CREATE TABLE digests(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, current INTEGER NOT NULL, digest BLOB NOT NULL);
CREATE TABLE linking(seq INTEGER PRIMARY KEY, mentions TEXT NOT NULL);
CREATE TABLE state(name TEXT PRIMARY KEY, upto INTEGER NOT NULL, value BLOB NOT NULL);
";

/// Schema 3: a story's filter terms in one row, each kind's folded values joined by a line
/// break (`LIKE '%x%'` on the joined text matches what it matched on any one value: the
/// filter's wildcards are escaped, and a filter holding a line break is answered with no
/// story before any query). Schema 2 kept a row per term,
/// ~157 a story: bringing a grown story's rows up to date was most of the story update's
/// SQLite work on each add.
const SCHEMA_3: &str = "
CREATE TABLE story_filter(story INTEGER PRIMARY KEY, outlets TEXT NOT NULL, actors TEXT NOT NULL, places TEXT NOT NULL);
";

/// Schema 2 → 3: the term rows of the live stories become their filter rows.
const MIGRATE_2_3: &str = "
INSERT INTO story_filter
  SELECT s.id,
    coalesce((SELECT group_concat(value, char(10)) FROM (SELECT DISTINCT value FROM story_terms t WHERE t.story = s.id AND t.kind = 'outlet' ORDER BY value)), ''),
    coalesce((SELECT group_concat(value, char(10)) FROM (SELECT DISTINCT value FROM story_terms t WHERE t.story = s.id AND t.kind = 'actor' ORDER BY value)), ''),
    coalesce((SELECT group_concat(value, char(10)) FROM (SELECT DISTINCT value FROM story_terms t WHERE t.story = s.id AND t.kind = 'place' ORDER BY value)), '')
  FROM stories s WHERE s.status = 'live';
DROP TABLE story_terms;
";

/// The story stage's clustering, one row per placed article in store order (a cache that
/// grows by appending: see `riwaya_stories::incremental`). Made on open when missing, so a
/// schema-2 store gains it without a migration; older builds ignore it.
const PLACED: &str = "CREATE TABLE IF NOT EXISTS placed(idx INTEGER PRIMARY KEY, row BLOB NOT NULL, extra TEXT NOT NULL);";

/// Schema 1 → 2: digests and linking names move out of `articles`; stories record splits.
/// One transaction (the whole file is rewritten once).
const MIGRATE_1_2: &str = "
INSERT INTO digests SELECT seq, id, current, digest FROM articles;
INSERT INTO linking SELECT seq, persons FROM articles WHERE persons != '[]';
ALTER TABLE articles DROP COLUMN persons;
ALTER TABLE articles DROP COLUMN digest;
ALTER TABLE stories ADD COLUMN split_from INTEGER;
";

/// FTS5's `automerge` for the search index (segments of one level merged at once).
const AUTOMERGE: i64 = 16;

pub struct SqliteStore {
    conn: Connection,
}

fn err(path: &Path, what: &str) -> StoreError {
    StoreError(format!("{}: {what}; refusing to use it (nothing was changed). Give another file with --db.", path.display()))
}

impl SqliteStore {
    /// Opens the store at `path`, creating it when the file does not exist (or is empty).
    /// A file that is not a Riwaya store — another SQLite database, a corrupt one, or
    /// anything else — is refused, never overwritten.
    pub fn open(path: &Path) -> Result<Self> {
        let existing = std::fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
        if existing {
            let mut head = [0u8; 16];
            let n = {
                use std::io::Read;
                let mut f = std::fs::File::open(path).map_err(|e| StoreError(format!("{}: cannot open: {e}", path.display())))?;
                f.read(&mut head).unwrap_or(0)
            };
            if n < 16 || &head != b"SQLite format 3\0" {
                return Err(err(path, "not a Riwaya store (not an SQLite database)"));
            }
        }
        // NO_MUTEX: a connection is used by one thread at a time (rusqlite's `Connection`
        // is not `Sync`), so SQLite's per-call locking is only cost.
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|e| StoreError(format!("{}: cannot open: {e}", path.display())))?;
        let check = |conn: &Connection| -> rusqlite::Result<(i32, i32, i64)> {
            let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
            let ver: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            Ok((app, ver, tables))
        };
        let (app, ver, tables) = check(&conn).map_err(|e| {
            err(
                path,
                &format!("unreadable ({e}): corrupt or not a Riwaya store"),
            )
        })?;
        if existing || tables > 0 {
            if app != APPLICATION_ID {
                return Err(err(path, "an SQLite database of another program, not a Riwaya store"));
            }
            if ver > SCHEMA_VERSION {
                return Err(err(path, &format!("a store of a newer Riwaya (schema {ver}; this one reads {SCHEMA_VERSION})")));
            }
            // The tables must be there and readable (a full integrity check would read
            // the whole file; damage found later stops the command with SQLite's message,
            // and nothing is written over it).
            conn.query_row("SELECT count(*) FROM meta", [], |r| r.get::<_, i64>(0))
                .map_err(|e| err(path, &format!("corrupt or incomplete ({e})")))?;
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        if !(existing || tables > 0) {
            let tx = conn.unchecked_transaction()?;
            tx.execute_batch(SCHEMA)?;
            tx.execute_batch(SCHEMA_2)?;
            tx.execute_batch(SCHEMA_3)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        } else if ver < SCHEMA_VERSION {
            let tx = conn.unchecked_transaction()?;
            if ver == 1 {
                tx.execute_batch(SCHEMA_2)?;
                tx.execute_batch(MIGRATE_1_2)?;
            }
            tx.execute_batch(SCHEMA_3)?;
            tx.execute_batch(MIGRATE_2_3)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit().map_err(|e| {
                err(
                    path,
                    &format!("cannot be brought to schema {SCHEMA_VERSION} ({e})"),
                )
            })?;
        }
        conn.execute_batch(PLACED)?;
        Ok(SqliteStore { conn })
    }

    /// Settings for the connection that writes a run's articles and stories: a 16 MB page
    /// cache (SQLite's 2 MB one spilled dirty pages to the WAL mid-transaction and read
    /// index pages back: on six SaudiNewsNet days 303k page writes and 162k reads, 241k
    /// and 99k with it; 32 MB saved more but brought `add` of everything near 1 GB) and a
    /// checkpoint every 32 MB of WAL instead of 4 MB (fewer fsyncs; a page changed by
    /// several commits is copied once). Committed is committed either way (WAL).
    pub fn for_bulk_writes(&self) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -16384)?;
        let _: i64 = self.conn.query_row("PRAGMA wal_autocheckpoint = 8192", [], |r| r.get(0))?;
        self.search_merges()
    }

    /// The search index merges its segments when one level holds [`AUTOMERGE`] of them
    /// (FTS5's default, 4, rewrote each posting about twice as often: merging was ~0.8 G of
    /// the 1.3 G instructions that indexing one more day cost). Kept in the index's own
    /// config (any build reads it); searches then read a few more segments.
    fn search_merges(&self) -> Result<()> {
        let v: Option<i64> = self.conn.query_row("SELECT v FROM search_config WHERE k = 'automerge'", [], |r| r.get(0)).optional()?;
        if v != Some(AUTOMERGE) {
            self.conn.execute("INSERT INTO search(search, rank) VALUES('automerge', ?1)", [AUTOMERGE])?;
        }
        Ok(())
    }

    /// Copies what the write-ahead log holds into the database file as far as no reader
    /// needs it (SQLite's passive checkpoint: it waits for nobody and blocks nobody).
    /// `add` runs it on a reader's connection once the articles are committed, while the
    /// story stage works: the story update's commit then has only its own pages left to
    /// copy (that commit had copied both: ~72 MB for one more SaudiNewsNet day).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// A second connection to the same file (for a reader thread).
    pub fn reopen(&self) -> Result<Self> {
        let path = self.conn.path().map(std::path::PathBuf::from).ok_or_else(|| StoreError("an in-memory store cannot be reopened".into()))?;
        Self::open(&path)
    }
}

/// A story's filter row: its folded `outlet`, `actor` and `place` values, each kind's
/// sorted, each value once, joined by line breaks (see [`SCHEMA_3`]).
fn filter_row(terms: &[(&str, String)]) -> [String; 3] {
    let mut row: [Vec<&str>; 3] = Default::default();
    for (kind, v) in terms {
        let k = match *kind {
            "outlet" => 0,
            "actor" => 1,
            "place" => 2,
            _ => continue,
        };
        if !v.is_empty() {
            row[k].push(v.as_str());
        }
    }
    row.map(|mut v| {
        v.sort_unstable();
        v.dedup();
        v.join("\n")
    })
}

/// The key a row is matched on when a stored story's rows are brought up to date.
fn row_key(value: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(value.as_bytes())
}

/// A stored story's article rows brought up to date: the rows it keeps stay, the missing
/// ones are inserted (in the story's order), the others deleted. The stored rows are
/// matched by a hash of their text, read in place, and compared in full on a match.
/// `None` (nothing written) when two of the story's own articles share a hash: the caller
/// then does it with a map of the strings.
fn update_rows(
    old_a: &mut rusqlite::CachedStatement<'_>,
    ins_a: &mut rusqlite::CachedStatement<'_>,
    drop_a: &mut rusqlite::CachedStatement<'_>,
    s: &StoryRecord,
) -> Result<Option<()>> {
    type Ids = std::collections::HashMap<u64, usize, std::hash::BuildHasherDefault<riwaya_stories::cluster::IdHasher>>;
    let mut arts: Ids = Ids::with_capacity_and_hasher(s.articles.len(), Default::default());
    for (k, a) in s.articles.iter().enumerate() {
        if arts.insert(row_key(a), k).is_some() {
            return Ok(None);
        }
    }
    let text = |r: &rusqlite::Row, i: usize| -> rusqlite::Result<String> { r.get(i) };
    let mut have_a = vec![false; s.articles.len()];
    let mut gone_a: Vec<i64> = Vec::new();
    let mut rows = old_a.query([s.id])?;
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let found = match r.get_ref(1)?.as_str() {
            Ok(a) => arts.get(&row_key(a)).copied().filter(|&k| s.articles[k] == a),
            Err(_) => arts.get(&row_key(&text(r, 1)?)).copied().filter(|&k| text(r, 1).is_ok_and(|a| s.articles[k] == a)),
        };
        match found {
            Some(k) if !have_a[k] => have_a[k] = true,
            _ => gone_a.push(rowid),
        }
    }
    drop(rows);
    for (k, a) in s.articles.iter().enumerate() {
        if !have_a[k] {
            ins_a.execute(params![s.id, a])?;
        }
    }
    for rowid in gone_a {
        drop_a.execute([rowid])?;
    }
    Ok(Some(()))
}

/// With RIWAYA_TIMES set, how long a part of a write took (stderr).
fn times(what: &str, since: std::time::Instant) {
    if std::env::var_os("RIWAYA_TIMES").is_some() {
        eprintln!("riwaya: {what}: {:.2} s", since.elapsed().as_secs_f64());
    }
}

/// The text the search index is given: folded, lowercased, every character that is not a
/// letter or a digit made a space. New stores index it with FTS5's `ascii` tokenizer, which
/// then only has to split at spaces (`unicode61`'s per-character tables were about 1.4 s of
/// CPU in an `add` of SaudiNewsNet); a store made with `unicode61` splits this text the same.
fn index_text(s: &str) -> String {
    let folded = search_text(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            // The common cases without Unicode's tables (`is_alphanumeric` and
            // `to_lowercase` search them per character: they cost more than unicode61).
            _ if c.is_ascii() => out.push(if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }),
            '\u{0620}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{0671}'..='\u{06D3}' => out.push(c),
            _ if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    out
}

/// The words of a query as FTS5 strings (each quoted, so that no word is read as syntax),
/// all required.
fn fts_query(q: &str) -> String {
    index_text(q)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn row_article(r: &rusqlite::Row) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        seq: r.get(0)?,
        id: r.get(1)?,
        version: r.get(2)?,
        outlet: r.get(3)?,
        url: r.get(4)?,
        published: r.get(5)?,
        title: r.get(6)?,
        added: r.get(7)?,
        story: r.get(8)?,
    })
}

const ARTICLE_COLS: &str = "a.seq, a.id, a.version, a.outlet, a.url, a.published, a.title, a.added, (SELECT sa.story FROM story_articles sa WHERE sa.article = a.id LIMIT 1)";

fn row_story(r: &rusqlite::Row) -> rusqlite::Result<StoredStory> {
    let json: String = r.get(8)?;
    Ok(StoredStory {
        id: r.get(0)?,
        size: r.get(1)?,
        first: r.get(2)?,
        last: r.get(3)?,
        title: r.get(4)?,
        created_run: r.get(5)?,
        updated_run: r.get(6)?,
        split_from: r.get(9)?,
        story: serde_json::from_str(&json).unwrap_or(serde_json::Value::Null),
    })
}

const STORY_COLS: &str = "s.id, s.size, s.first, s.last, s.title, s.created_run, s.updated_run, s.merged_into, s.story, s.split_from";

impl Store for SqliteStore {
    fn begin_run(&mut self, command: &str) -> Result<i64> {
        self.conn.execute("INSERT INTO runs(command) VALUES(?1)", [command])?;
        Ok(self.conn.last_insert_rowid())
    }

    fn finish_run(&mut self, run: i64, status: &str, summary: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ','now'), status = ?2, summary = ?3 WHERE id = ?1",
            params![run, status, summary],
        )?;
        Ok(())
    }

    fn known(&self) -> Result<Known> {
        let mut k = Known::default();
        let mut st = self.conn.prepare("SELECT key, version, raw_outlet, content_hash FROM articles ORDER BY seq")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let (key, v, o, h): (String, i64, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let e = k.keys.entry(key).or_insert((v, h as u64));
            if v >= e.0 {
                *e = (v, h as u64);
            }
            k.contents.insert((o, h as u64));
        }
        Ok(k)
    }

    fn add_articles(&mut self, run: i64, batch: &[NewArticle]) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        {
            let mut version =
                tx.prepare_cached("SELECT max(version) FROM articles WHERE key = ?1")?;
            let mut retire_d = tx.prepare_cached("UPDATE digests SET current = 0 WHERE seq IN (SELECT seq FROM articles WHERE key = ?1 AND current = 1)")?;
            let mut retire = tx
                .prepare_cached("UPDATE articles SET current = 0 WHERE key = ?1 AND current = 1")?;
            let mut ins = tx.prepare_cached(
                "INSERT INTO articles(key, version, current, id, outlet, url, published, title, raw_outlet, content_hash, origin, run, article)
                 VALUES(?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?;
            let mut ins_d = tx.prepare_cached(
                "INSERT INTO digests(seq, id, current, digest) VALUES(?1, ?2, 1, ?3)",
            )?;
            let mut ins_l =
                tx.prepare_cached("INSERT INTO linking(seq, mentions) VALUES(?1, ?2)")?;
            let mut fts = tx.prepare_cached("INSERT INTO search(rowid, body) VALUES(?1, ?2)")?;
            for n in batch {
                let a = n.article;
                let v: Option<i64> = version.query_row([&n.key], |r| r.get(0))?;
                if v.is_some() {
                    retire_d.execute([&n.key])?;
                    retire.execute([&n.key])?;
                    // Saved derived state placed the retired version: no longer valid.
                    tx.execute("DELETE FROM state", [])?;
                    tx.execute("DELETE FROM placed", [])?;
                }
                let json = serde_json::to_string(a)
                    .map_err(|e| StoreError(format!("article {}: {e}", a.id)))?;
                ins.execute(params![
                    n.key,
                    v.unwrap_or(0) + 1,
                    a.id,
                    a.outlet,
                    a.url,
                    a.published,
                    a.title,
                    n.raw_outlet,
                    n.content_hash as i64,
                    a.origin.to_string(),
                    run,
                    json,
                ])?;
                let seq = tx.last_insert_rowid();
                ins_d.execute(params![seq, a.id, n.digest])?;
                if !n.linking.is_empty() {
                    let m = serde_json::to_string(&n.linking)
                        .map_err(|e| StoreError(format!("article {}: {e}", a.id)))?;
                    ins_l.execute(params![seq, m])?;
                }
                let body = format!("{}\n{}", a.title.as_deref().unwrap_or(""), a.text);
                fts.execute(params![seq, index_text(&body)])?;
            }
        }
        tx.execute("UPDATE meta SET value = '1' WHERE key = 'stories_stale'", [])?;
        tx.commit()?;
        Ok(())
    }

    fn article_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM articles WHERE current = 1", [], |r| {
                r.get(0)
            })?)
    }

    fn digests(
        &self,
        after: i64,
        upto: Option<i64>,
        sink: &mut dyn FnMut(String, &[u8]) -> Result<()>,
    ) -> Result<()> {
        let mut st = self.conn.prepare("SELECT id, digest FROM digests WHERE current = 1 AND seq > ?1 AND seq <= ?2 ORDER BY seq")?;
        let mut rows = st.query(params![after, upto.unwrap_or(i64::MAX)])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let b = r.get_ref(1)?.as_blob().map_err(|e| StoreError(format!("digest of {id}: {e}")))?;
            sink(id, b)?;
        }
        Ok(())
    }

    fn last_position(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM articles", [], |r| {
                r.get(0)
            })?)
    }

    fn linking_mentions(&self, after: i64, sink: &mut dyn FnMut(Vec<riwaya_model::Mention>)) -> Result<()> {
        let mut st = self
            .conn
            .prepare("SELECT mentions FROM linking WHERE seq > ?1 ORDER BY seq")?;
        let mut rows = st.query([after])?;
        while let Some(r) = rows.next()? {
            let s = r.get_ref(0)?.as_str().unwrap_or("[]");
            if let Ok(v) = serde_json::from_str(s) {
                sink(v);
            }
        }
        Ok(())
    }

    fn articles(&self, only: Option<&[String]>, sink: &mut dyn FnMut(Article) -> Result<()>) -> Result<()> {
        let one = |json: &str| -> Result<Article> { serde_json::from_str(json).map_err(|e| StoreError(format!("a stored article cannot be read: {e}"))) };
        match only {
            None => {
                let mut st = self.conn.prepare("SELECT article FROM articles WHERE current = 1 ORDER BY seq")?;
                let mut rows = st.query([])?;
                while let Some(r) = rows.next()? {
                    sink(one(r.get_ref(0)?.as_str().unwrap_or(""))?)?;
                }
            }
            Some(ids) => {
                let mut seqs: Vec<(i64, String)> = Vec::new();
                let mut st = self.conn.prepare_cached("SELECT seq, article FROM articles WHERE current = 1 AND id = ?1")?;
                for id in ids {
                    if let Some(x) = st.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()? {
                        seqs.push(x);
                    }
                }
                seqs.sort_by_key(|x| x.0);
                for (_, j) in seqs {
                    sink(one(&j)?)?;
                }
            }
        }
        Ok(())
    }

    fn article_rows(&self, ids: &[String]) -> Result<Vec<ArticleRow>> {
        let mut st = self.conn.prepare_cached(&format!("SELECT {ARTICLE_COLS} FROM articles a WHERE a.current = 1 AND a.id = ?1"))?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(r) = st.query_row([id], row_article).optional()? {
                out.push(r);
            }
        }
        Ok(out)
    }

    fn stories_stale(&self) -> Result<bool> {
        let v: String = self.conn.query_row("SELECT value FROM meta WHERE key = 'stories_stale'", [], |r| r.get(0))?;
        Ok(v == "1")
    }

    fn story_members(&self) -> Result<HashMap<String, i64>> {
        let mut st = self.conn.prepare("SELECT article, story FROM story_articles")?;
        let m = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<HashMap<String, i64>>>()?;
        Ok(m)
    }

    fn next_story_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) + 1 FROM stories", [], |r| {
                r.get(0)
            })?)
    }

    fn save_stories(&mut self, run: i64, stories: &[StoryRecord], merged_into: &HashMap<i64, i64>) -> Result<()> {
        let live: Vec<i64> = stories.iter().map(|s| s.id).collect();
        self.save_story_update(&StoryUpdate { run, changed: stories, live: &live, merged_into, placed: &[], state: &[] })
    }

    fn save_story_update(&mut self, u: &StoryUpdate) -> Result<()> {
        self.save_parts(u, [Some(u.changed), None].into_iter())
    }

    fn placed(&self, sink: &mut dyn FnMut(i64, &[u8], &str) -> Result<()>) -> Result<()> {
        let mut st = self.conn.prepare("SELECT idx, row, extra FROM placed ORDER BY idx")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let idx: i64 = r.get(0)?;
            let row = r.get_ref(1)?.as_blob().map_err(|e| StoreError(format!("placement {idx}: {e}")))?;
            let extra = r.get_ref(2)?.as_str().map_err(|e| StoreError(format!("placement {idx}: {e}")))?;
            sink(idx, row, extra)?;
        }
        Ok(())
    }

    fn current_up_to(&self, upto: i64) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM digests WHERE current = 1 AND seq <= ?1", [upto], |r| r.get(0))?)
    }

    fn digests_of(&self, ids: &[String], sink: &mut dyn FnMut(String, &[u8]) -> Result<()>) -> Result<()> {
        let mut st = self.conn.prepare_cached("SELECT d.digest FROM articles a JOIN digests d ON d.seq = a.seq WHERE a.current = 1 AND a.id = ?1")?;
        for id in ids {
            let mut rows = st.query([id])?;
            if let Some(r) = rows.next()? {
                let b = r.get_ref(0)?.as_blob().map_err(|e| StoreError(format!("digest of {id}: {e}")))?;
                sink(id.clone(), b)?;
            }
        }
        Ok(())
    }

    fn stories(&self, f: &StoryFilter) -> Result<Vec<StoredStory>> {
        // A filter is a literal piece of one value: LIKE's wildcards are escaped, and one
        // holding a line break (the filter row's separator) is in no single value.
        let keys = [&f.outlet, &f.actor, &f.place].map(|v| v.as_deref().map(filter_key));
        if keys.iter().flatten().any(|k| k.contains('\n')) {
            return Ok(Vec::new());
        }
        let like = |k: &Option<String>| k.as_deref().map(|k| format!("%{}%", k.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
        let sql = format!(
            "SELECT {STORY_COLS} FROM stories s WHERE s.status = 'live'
               AND (?1 IS NULL OR s.last >= ?1)
               AND (?2 IS NULL OR EXISTS(SELECT 1 FROM story_filter f WHERE f.story = s.id AND f.outlets LIKE ?2 ESCAPE '\\'))
               AND (?3 IS NULL OR EXISTS(SELECT 1 FROM story_filter f WHERE f.story = s.id AND f.actors LIKE ?3 ESCAPE '\\'))
               AND (?4 IS NULL OR EXISTS(SELECT 1 FROM story_filter f WHERE f.story = s.id AND f.places LIKE ?4 ESCAPE '\\'))
             ORDER BY s.last DESC, s.size DESC, s.id LIMIT ?5"
        );
        let mut st = self.conn.prepare(&sql)?;
        let limit = f.limit.map(|l| l as i64).unwrap_or(-1);
        let v = st
            .query_map(params![f.since, like(&keys[0]), like(&keys[1]), like(&keys[2]), limit], row_story)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    fn story(&self, mut id: i64) -> Result<Option<StoredStory>> {
        // Follow merges (a chain at most as long as the store's history).
        for _ in 0..1000 {
            let r: Option<(String, Option<i64>)> =
                self.conn.query_row("SELECT status, merged_into FROM stories WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
            match r {
                Some((s, Some(into))) if s == "merged" => id = into,
                Some((s, _)) if s == "live" => {
                    return Ok(Some(self.conn.query_row(&format!("SELECT {STORY_COLS} FROM stories s WHERE s.id = ?1"), [id], row_story)?))
                }
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let q = fts_query(query);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {ARTICLE_COLS}, f.rank FROM search f JOIN articles a ON a.seq = f.rowid
             WHERE search MATCH ?1 AND a.current = 1 ORDER BY f.rank LIMIT ?2"
        ))?;
        let v = st
            .query_map(params![q, limit as i64], |r| {
                Ok(Hit {
                    article: row_article(r)?,
                    rank: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    fn runs(&self, limit: Option<usize>) -> Result<Vec<RunRow>> {
        let mut st = self.conn.prepare("SELECT id, started, finished, command, status, summary FROM runs ORDER BY id DESC LIMIT ?1")?;
        let v = st
            .query_map([limit.map(|l| l as i64).unwrap_or(-1)], |r| {
                let summary: Option<String> = r.get(5)?;
                Ok(RunRow {
                    id: r.get(0)?,
                    started: r.get(1)?,
                    finished: r.get(2)?,
                    command: r.get(3)?,
                    status: r.get(4)?,
                    summary: summary
                        .map(|s| serde_json::from_str(&s).unwrap_or(serde_json::Value::String(s))),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    fn state(&self, name: &str) -> Result<Option<(i64, Vec<u8>)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT upto, value FROM state WHERE name = ?1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    fn set_state(&mut self, name: &str, upto: i64, value: &[u8]) -> Result<()> {
        self.conn.execute(
            "INSERT INTO state(name, upto, value) VALUES(?1, ?2, ?3) ON CONFLICT(name) DO UPDATE SET upto = ?2, value = ?3",
            params![name, upto, value],
        )?;
        Ok(())
    }

    fn http_state(&self, url: &str) -> Result<HttpState> {
        Ok(self
            .conn
            .query_row(
                "SELECT etag, last_modified FROM http WHERE url = ?1",
                [url],
                |r| {
                    Ok(HttpState {
                        etag: r.get(0)?,
                        last_modified: r.get(1)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    fn http_status(&self, url: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT status FROM http WHERE url = ?1", [url], |r| r.get(0)).optional()?)
    }

    fn set_http_state(&mut self, url: &str, s: &HttpState, status: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO http(url, etag, last_modified, checked, status) VALUES(?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?4)
             ON CONFLICT(url) DO UPDATE SET etag = coalesce(?2, etag), last_modified = coalesce(?3, last_modified), checked = excluded.checked, status = ?4",
            params![url, s.etag, s.last_modified, status],
        )?;
        Ok(())
    }
}

#[cfg(test)]
impl SqliteStore {
    pub(crate) fn conn_for_tests(&self) -> &Connection {
        &self.conn
    }
}

impl SqliteStore {
    /// [`Store::save_story_update`] with the changed stories given a part at a time instead
    /// of in `u.changed` (ignored): each part is written as it comes, in the one
    /// transaction, so a caller can lay out the next part while this one is written (the
    /// same rows in the same order as one call with every part in `u.changed`). The parts
    /// end with `None`; parts that end without it (a producer that stopped) roll the whole
    /// update back.
    pub fn save_story_update_parts(&mut self, u: &StoryUpdate, parts: impl IntoIterator<Item = Option<Vec<StoryRecord>>>) -> Result<()> {
        self.save_parts(u, parts.into_iter())
    }

    fn save_parts<P: AsRef<[StoryRecord]>>(&mut self, u: &StoryUpdate, parts: impl Iterator<Item = Option<P>>) -> Result<()> {
        let (run, merged_into) = (u.run, u.merged_into);
        let t0 = std::time::Instant::now();
        let tx = self.conn.transaction()?;
        {
            // Stories are compared by a hash of their JSON: reading every story back would
            // cost more than the rest of the update.
            let before: HashMap<i64, i64> = {
                let mut st = tx.prepare("SELECT id, hash FROM stories WHERE status = 'live'")?;
                let m = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
                m
            };
            let mut upsert = tx.prepare_cached(
                "INSERT INTO stories(id, status, merged_into, created_run, updated_run, size, first, last, title, hash, story, split_from)
                 VALUES(?1, 'live', NULL, ?2, ?2, ?3, ?4, ?5, ?6, ?8, ?7, ?9)
                 ON CONFLICT(id) DO UPDATE SET status = 'live', merged_into = NULL, updated_run = ?2, size = ?3, first = ?4, last = ?5, title = ?6, story = ?7, hash = ?8",
            )?;
            let mut del_a = tx.prepare_cached("DELETE FROM story_articles WHERE story = ?1")?;
            let mut del_f = tx.prepare_cached("DELETE FROM story_filter WHERE story = ?1")?;
            let mut ins_a = tx.prepare_cached("INSERT OR IGNORE INTO story_articles(story, article) VALUES(?1, ?2)")?;
            let mut put_f = tx.prepare_cached("INSERT OR REPLACE INTO story_filter(story, outlets, actors, places) VALUES(?1, ?2, ?3, ?4)")?;
            let mut old_a = tx.prepare_cached("SELECT rowid, article FROM story_articles WHERE story = ?1")?;
            let mut drop_a = tx.prepare_cached("DELETE FROM story_articles WHERE rowid = ?1")?;
            let mut live: std::collections::HashSet<i64> = u.live.iter().copied().collect();
            let mut ended = false;
            for part in parts {
                let Some(stories) = part else {
                    ended = true;
                    break;
                };
                let stories: &[StoryRecord] = stories.as_ref();
                live.extend(stories.iter().map(|s| s.id));
                // The filter terms folded (in parallel), each kind's in one row.
                let folded: Vec<[String; 3]> = stories
                    .par_iter()
                    .map(|s| {
                        let t: Vec<(&str, String)> = s.terms.iter().map(|(k, v)| (*k, filter_key(v))).collect();
                        filter_row(&t)
                    })
                    .collect();
                for (s, [outlets, actors, places]) in stories.iter().zip(&folded) {
                    let hash = xxhash_rust::xxh3::xxh3_64(s.json.as_bytes()) as i64;
                    if before.get(&s.id) == Some(&hash) {
                        continue;
                    }
                    upsert.execute(params![
                        s.id,
                        run,
                        s.articles.len() as i64,
                        s.first,
                        s.last,
                        s.title,
                        s.json,
                        hash,
                        s.split_from
                    ])?;
                    put_f.execute(params![s.id, outlets, actors, places])?;
                    if !before.contains_key(&s.id) {
                        del_a.execute([s.id])?;
                        for a in &s.articles {
                            ins_a.execute(params![s.id, a])?;
                        }
                        continue;
                    }
                    if let Some(()) = update_rows(&mut old_a, &mut ins_a, &mut drop_a, s)? {
                        continue;
                    }
                    // A story stored before: only the rows that changed are deleted and
                    // inserted (a grown story keeps most of its articles).
                    let mut had: HashMap<String, i64> = HashMap::new();
                    let mut rows = old_a.query([s.id])?;
                    while let Some(r) = rows.next()? {
                        had.insert(r.get(1)?, r.get(0)?);
                    }
                    for a in &s.articles {
                        if had.remove(a).is_none() {
                            ins_a.execute(params![s.id, a])?;
                        }
                    }
                    for rowid in had.into_values() {
                        drop_a.execute([rowid])?;
                    }
                }
            }
            if !ended {
                return Err(StoreError("the story update was cut short (nothing saved)".into()));
            }
            let mut gone = tx.prepare_cached("UPDATE stories SET status = ?2, merged_into = ?3, updated_run = ?4 WHERE id = ?1")?;
            for id in before.keys().filter(|id| !live.contains(id)) {
                let into = merged_into.get(id).copied();
                gone.execute(params![id, if into.is_some() { "merged" } else { "dissolved" }, into, run])?;
                del_a.execute([id])?;
                del_f.execute([id])?;
            }
        }
        times("save: stories", t0);
        {
            let mut ins = tx.prepare_cached("INSERT OR REPLACE INTO placed(idx, row, extra) VALUES(?1, ?2, ?3)")?;
            for (idx, row, extra) in u.placed {
                ins.execute(params![idx, row, extra])?;
            }
            let mut set = tx.prepare_cached("INSERT INTO state(name, upto, value) VALUES(?1, ?2, ?3) ON CONFLICT(name) DO UPDATE SET upto = ?2, value = ?3")?;
            for (name, upto, value) in u.state {
                set.execute(params![name, upto, value])?;
            }
        }
        times("save: placements and state", t0);
        tx.execute("UPDATE meta SET value = '0' WHERE key = 'stories_stale'", [])?;
        tx.commit()?;
        times("save: committed", t0);
        Ok(())
    }
}
