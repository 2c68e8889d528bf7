//! `riwaya add PATH|URL…`: read as `analyze` does, keep what is new in the store, and
//! update the stories.
//!
//! Only articles the store lacks are cleaned and extracted (the same URL, or the same
//! outlet and content, is known; a changed article at a known URL is a new version). Each
//! batch of articles is written in one transaction, so a killed run leaves whole articles
//! or none, and a re-run adds the rest. The stories are then rebuilt from every current
//! article's stored digest (no extraction), in store order, each article placed knowing
//! only those before it, so that adding day by day or all at once gives the same stories;
//! each story keeps the id of the earlier story it continues (`riwaya_store::assign_ids`).

use anyhow::Context;
use rayon::prelude::*;
use riwaya_clean::Cleaner;
use riwaya_extract::Extractor;
use riwaya_ingest::{discover, read_file, IngestError, Item};
use riwaya_model::{Article, RawArticle};
use riwaya_report::RunError;
use riwaya_store::{Known, NewArticle, Seen, SqliteStore, Store, StoryRecord};
use riwaya_stories::{ArticleDigest, Stories, StoryConfig};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, SyncSender};

/// Options every store command shares.
#[derive(clap::Args, Clone)]
pub struct DbArgs {
    /// The store: one SQLite file, created when missing.
    #[arg(long, value_name = "PATH", default_value = "riwaya.db")]
    pub db: PathBuf,
}

/// What reading needs: the language data and cleaning rules, as `analyze` takes them.
#[derive(clap::Args, Clone)]
pub struct ReadArgs {
    /// No progress lines and no per-input error lines on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Cleaning rules to use instead of the shipped data/clean/rules.toml.
    #[arg(long, value_name = "FILE")]
    pub clean_rules: Option<PathBuf>,
    /// A folder of lexicon files read after the shipped data. Repeatable.
    #[arg(long, value_name = "DIR")]
    pub lexicon: Vec<PathBuf>,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files and folders (as `analyze` reads them), WARC files (.warc, .warc.gz: their HTML
    /// responses) and article URLs (http, https).
    #[arg(required = true, value_name = "PATH|URL")]
    inputs: Vec<String>,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    read: ReadArgs,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// Articles per batch (per transaction).
pub const BATCH: usize = 1024;

/// The batch size: [`BATCH`], or `RIWAYA_ADD_BATCH` (the kill tests use small batches, so
/// that a kill falls between commits; the result does not depend on it).
fn batch_size() -> usize {
    static N: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *N.get_or_init(|| std::env::var("RIWAYA_ADD_BATCH").ok().and_then(|v| v.parse().ok()).filter(|n| *n > 0).unwrap_or(BATCH))
}

/// The per-article stages, loaded once. The language data loads on a thread of its own
/// while the store is read.
pub struct Pipeline {
    pub cleaner: Cleaner,
    extractor: std::sync::OnceLock<Extractor>,
    loading: std::sync::Mutex<Option<std::thread::JoinHandle<anyhow::Result<Extractor>>>>,
    pub quiet: bool,
    /// Whether run-level state may be saved and read as one blob (not with `--lexicon`:
    /// the names learned depend on the lexicon, which the build does not fix).
    snapshots: bool,
}

impl Pipeline {
    pub fn load(r: &ReadArgs) -> anyhow::Result<Self> {
        let cleaner = match &r.clean_rules {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
                Cleaner::from_toml(&text, &p.display().to_string()).map_err(anyhow::Error::msg)?
            }
            None => Cleaner::new(),
        };
        let (dirs, quiet) = (r.lexicon.clone(), r.quiet);
        let loading = std::thread::spawn(move || crate::analyze::load_extractor(&dirs, quiet));
        Ok(Pipeline { cleaner, extractor: std::sync::OnceLock::new(), loading: std::sync::Mutex::new(Some(loading)), quiet, snapshots: r.lexicon.is_empty() })
    }

    /// The extract stage, once its data is loaded.
    pub fn extractor(&self) -> anyhow::Result<&Extractor> {
        if let Some(e) = self.extractor.get() {
            return Ok(e);
        }
        let handle = self.loading.lock().map_err(|_| anyhow::anyhow!("the language data failed to load"))?.take();
        if let Some(h) = handle {
            let e = h.join().map_err(|_| anyhow::anyhow!("the language data failed to load"))??;
            let _ = self.extractor.set(e);
        }
        self.extractor.get().ok_or_else(|| anyhow::anyhow!("the language data failed to load"))
    }
}

/// An incoming article that the store lacks, with what identifies it.
struct Pending {
    raw: RawArticle,
    key: String,
    raw_outlet: String,
    hash: u64,
    new_version: bool,
}

/// Where producers put what they read: skips what the store already holds.
pub struct Intake<'a> {
    known: &'a mut Known,
    batch: Vec<Result<Pending, IngestError>>,
    tx: &'a SyncSender<Vec<Result<Pending, IngestError>>>,
    pub already: usize,
    /// URLs whose page the store holds under another URL (the same outlet and content).
    duplicate_urls: Vec<String>,
    open: bool,
    /// Told (once) when the first new article comes in: the story thread starts then.
    go: Option<std::sync::mpsc::Sender<()>>,
}

/// The hash of an input's title and body: "the same content".
fn content_hash(raw: &RawArticle) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(raw.title.as_deref().unwrap_or("").as_bytes());
    h.update(&[0]);
    h.update(raw.body.as_bytes());
    h.digest()
}

impl Intake<'_> {
    /// Whether the store (or this run) already has an article at `url`: a feed's entry
    /// that is known is not fetched again.
    pub fn have_url(&self, url: &str) -> bool {
        self.known.keys.contains_key(url)
    }

    pub fn push(&mut self, item: Item) {
        let item = match item {
            Ok(raw) => {
                let key = raw.url.clone().unwrap_or_else(|| raw.id.clone());
                let raw_outlet = raw.outlet.as_ref().map(|o| o.value.clone()).unwrap_or_default();
                let hash = content_hash(&raw);
                match self.known.seen(&key, &raw_outlet, hash) {
                    Seen::Known => {
                        self.already += 1;
                        if !self.known.keys.contains_key(&key) && (key.starts_with("http://") || key.starts_with("https://")) {
                            self.duplicate_urls.push(key);
                        }
                        return;
                    }
                    seen => {
                        if let Some(go) = self.go.take() {
                            let _ = go.send(());
                        }
                        self.known.insert(&key, &raw_outlet, hash);
                        Ok(Pending { raw, key, raw_outlet, hash, new_version: matches!(seen, Seen::Changed { .. }) })
                    }
                }
            }
            Err(e) => Err(e),
        };
        self.batch.push(item);
        if self.batch.len() >= batch_size() {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.open && !self.batch.is_empty() {
            self.open = self.tx.send(std::mem::take(&mut self.batch)).is_ok();
        }
    }
}

/// What a run added.
#[derive(Debug, Default, Serialize)]
pub struct Added {
    pub added: usize,
    pub new_versions: usize,
    pub already_stored: usize,
    pub errors: Vec<RunError>,
    /// URLs read in this run whose article the store holds under another URL: marked in
    /// the store once the run is done, so that `watch` does not fetch them again.
    #[serde(skip)]
    pub duplicate_urls: Vec<String>,
    /// What run-level linking knows after the run (every stored article's names), encoded
    /// on a thread of its own, and the store position it covers: saved with the stories.
    #[serde(skip)]
    names: std::sync::Mutex<Option<(i64, std::thread::JoinHandle<Vec<u8>>)>>,
}

/// What a saved state of the stored names was made by: only the same build (the same
/// linking rules and data) reads it back; another one replays the stored names.
fn names_fingerprint() -> Option<String> {
    let m = std::env::current_exe().and_then(std::fs::metadata).ok()?;
    let t = m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(format!("names 1; riwaya {}; build {} {}", env!("CARGO_PKG_VERSION"), m.len(), t.as_nanos()))
}

/// Marks the run's duplicate URLs (after its articles are stored: a killed run at worst
/// fetches them again).
pub fn mark_duplicates(store: &mut SqliteStore, added: &Added) -> anyhow::Result<()> {
    for u in &added.duplicate_urls {
        store.set_http_state(u, &Default::default(), "duplicate")?;
    }
    Ok(())
}

/// Reads what `produce` hands the intake, runs clean → extract → digest on what is new
/// (in parallel), and stores it batch by batch.
pub fn add_items(
    store: &mut SqliteStore,
    run: i64,
    pipe: &Pipeline,
    stories: &mut StoryThread,
    produce: impl FnOnce(&mut Intake) + Send,
) -> anyhow::Result<Added> {
    let t = std::time::Instant::now();
    // Surnames and sites link to those named earlier in the store, as within one run: what
    // the linker learnt from each stored article is replayed in store order (on a thread
    // and connection of its own, while the first articles are extracted).
    // What a run before saved of it (the names up to a store position) is read back and
    // only the names stored after that position replayed.
    let own = store.reopen()?;
    let fingerprint = names_fingerprint().filter(|_| pipe.snapshots);
    let fp = fingerprint.clone();
    let replay = std::thread::spawn(move || -> anyhow::Result<riwaya_entities::RunNames> {
        let saved = match &fp {
            Some(fp) => own.state("names")?.and_then(|(upto, b)| Some((upto, riwaya_store::decode_snapshot::<riwaya_entities::RunNames>(fp, &b)?))),
            None => None,
        };
        let (mut run_names, after) = match saved {
            Some((upto, r)) => (r, upto),
            None => (riwaya_entities::RunNames::new(), 0),
        };
        own.linking_mentions(after, &mut |mut m| run_names.link(&mut m))?;
        Ok(run_names)
    });
    let mut known = store.known()?;
    tick("known", t);
    let extractor = pipe.extractor()?;
    tick("known, names and language data", t);
    let mut out = Added::default();
    let quiet = pipe.quiet;
    type Done = Vec<Result<(Pending, Article, ArticleDigest), IngestError>>;
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (tx, rx) = sync_channel::<Vec<Result<Pending, IngestError>>>(2);
        let go = stories.go.clone();
        let reader = scope.spawn(move || {
            let mut intake = Intake { known: &mut known, batch: Vec::new(), tx: &tx, already: 0, duplicate_urls: Vec::new(), open: true, go: Some(go) };
            produce(&mut intake);
            intake.flush();
            (intake.already, intake.duplicate_urls)
        });
        let (done_tx, done_rx) = sync_channel::<Done>(1);
        scope.spawn(move || {
            for batch in rx {
                let results: Done = batch
                    .into_par_iter()
                    .map(|p| {
                        p.map(|p| {
                            let mut a = pipe.cleaner.clean(p.raw.clone());
                            // The digest is made from the extract stage's folded text, as
                            // `analyze` makes it (no second folding).
                            let d = extractor.extract_with(&mut a, |a, doc| {
                                riwaya_stories::digest::digest_folded(a, &doc.norm.text)
                            });
                            (p, a, d)
                        })
                    })
                    .collect();
                if done_tx.send(results).is_err() {
                    return;
                }
            }
        });
        let mut run_names = replay.join().map_err(|_| anyhow::anyhow!("the name replay failed"))??;
        tick("names", t);
        for results in done_rx {
            let mut arts: Vec<(Pending, Article, Vec<u8>, Vec<riwaya_model::Mention>)> =
                Vec::with_capacity(results.len());
            let mut digests = Vec::with_capacity(results.len());
            for r in results {
                match r {
                    Ok((p, mut a, d)) => {
                        let linking = riwaya_store::linking_mentions(&a.mentions);
                        run_names.link(&mut a.mentions);
                        let enc = riwaya_store::encode_digest(&d);
                        digests.push((a.id.clone(), d));
                        arts.push((p, a, enc, linking));
                    }
                    Err(e) => {
                        if !quiet {
                            eprintln!("riwaya: {e}");
                        }
                        out.errors.push(RunError { input: e.origin.to_string(), message: e.message.clone() });
                    }
                }
            }
            let batch: Vec<NewArticle> = arts
                .iter_mut()
                .map(|(p, a, d, l)| NewArticle {
                    key: p.key.clone(),
                    raw_outlet: p.raw_outlet.clone(),
                    content_hash: p.hash,
                    article: a,
                    digest: std::mem::take(d),
                    linking: std::mem::take(l),
                })
                .collect();
            // The story thread places the batch while it is written: placing is in
            // memory and follows store order, and nothing of it is saved before the
            // articles are committed.
            stories.send(digests);
            store.add_articles(run, &batch)?;
            out.added += arts.len();
            out.new_versions += arts.iter().filter(|(p, _, _, _)| p.new_version).count();
            if !quiet && !arts.is_empty() {
                eprintln!("riwaya: {} articles stored", out.added);
            }
        }
        tick("articles", t);
        (out.already_stored, out.duplicate_urls) = reader.join().map_err(|_| anyhow::anyhow!("the reader thread failed"))?;
        if let Some(fp) = fingerprint {
            let upto = store.last_position()?;
            out.names = std::sync::Mutex::new(Some((upto, std::thread::spawn(move || riwaya_store::encode_snapshot(&fp, &run_names)))));
        }
        Ok(())
    })?;
    Ok(out)
}

/// What changed in the stories.
#[derive(Debug, Default, Serialize)]
pub struct StoryChanges {
    pub articles: usize,
    pub stories: usize,
    pub new: Vec<StoryLine>,
    pub grown: Vec<StoryLine>,
    pub new_contradictions: Vec<ContradictionLine>,
}

#[derive(Debug, Serialize)]
pub struct StoryLine {
    pub id: i64,
    pub title: String,
    pub articles: usize,
    /// Articles it had before this run (grown stories).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct ContradictionLine {
    pub story: i64,
    pub about: String,
    pub why: String,
}

/// The story stage over the current articles' stored digests in store order: each article is placed knowing only the articles before it, so the same
/// articles give the same stories however they were added, and adding more never changes
/// how earlier articles were linked (only the story stage's last merge pass can).
pub struct Clustered {
    pub stories: Stories,
    /// Article ids in store order.
    pub order: Vec<String>,
    /// Arabic names each entity was called, for the story filters.
    pub forms: Forms,
    /// The store position up to which articles were taken.
    pub upto: i64,
    /// Articles (from the first) whose placements the store holds: restored from them,
    /// with only what placing reads of their digests.
    pub saved: usize,
    /// For each article from `saved` on, the (entity, name) pairs it used first.
    fresh_forms: Vec<Vec<(String, String)>>,
}

/// What the saved placements and stories were made by: another build or tuning rebuilds
/// them (the clustering from the digests, every story laid out again).
fn fingerprint() -> String {
    format!(
        "placed 3; riwaya {}; {}",
        env!("CARGO_PKG_VERSION"),
        serde_json::to_string(&StoryConfig::default()).unwrap_or_default()
    )
}

impl Clustered {
    pub fn new() -> Self {
        Clustered {
            stories: Stories::new(StoryConfig::default()),
            order: Vec::new(),
            forms: Forms::new(),
            upto: 0,
            saved: 0,
            fresh_forms: Vec::new(),
        }
    }

    /// The clustering as the store saved it (its placements, when they were made by this
    /// build and cover current articles stored up to at most `upto`), else empty: what is
    /// not covered is then taken from the digests ([`Clustered::take`]).
    pub fn load(store: &SqliteStore, upto: i64) -> anyhow::Result<Self> {
        let t = std::time::Instant::now();
        let empty = Clustered::new();
        let Some((at, fp)) = store.state("placed")? else { return Ok(empty) };
        if fp != fingerprint().as_bytes() || at > upto {
            return Ok(empty);
        }
        let n = store.current_up_to(at)? as usize;
        // The rows are read, then decoded in parallel.
        let mut rows: Vec<(i64, Vec<u8>, String)> = Vec::with_capacity(n);
        store.placed(&mut |i, row, extra| {
            rows.push((i, row.to_vec(), extra.to_string()));
            Ok(())
        })?;
        tick(&format!("{} placement rows read", rows.len()), t);
        type Decoded = (Option<riwaya_stories::incremental::Placement>, Vec<(String, String)>);
        let decoded: Vec<Decoded> = rows
            .into_par_iter()
            .enumerate()
            .map(|(k, (i, row, extra))| {
                let p = riwaya_stories::incremental::Placement::decode(&row).filter(|_| i as usize == k);
                let f = if extra.is_empty() { Vec::new() } else { serde_json::from_str::<Vec<(String, String)>>(&extra).unwrap_or_default() };
                (p, f)
            })
            .collect();
        let mut placements = Vec::with_capacity(n);
        let mut forms = Forms::new();
        let mut whole = true;
        for (p, f) in decoded {
            match p {
                Some(p) => placements.push(p),
                None => whole = false,
            }
            for (e, f) in f {
                forms.entry(e).or_default().insert(f);
            }
        }
        if !whole || placements.len() != n {
            return Ok(empty);
        }
        tick("placements decoded", t);
        let order: Vec<String> = placements.iter().map(|p| p.id.clone()).collect();
        let Some(stories) = Stories::restore(StoryConfig::default(), placements) else { return Ok(empty) };
        tick(&format!("{n} placements restored"), t);
        Ok(Clustered { stories, order, forms, upto: at, saved: n, fresh_forms: Vec::new() })
    }

    /// Takes the articles stored after `self.upto` and up to `upto` (all when `None`).
    /// Digests are decoded in parallel, a chunk at a time, while the chunk before is
    /// placed (placing is sequential: each article knows only those before it).
    pub fn take(&mut self, store: &SqliteStore, upto: Option<i64>) -> anyhow::Result<()> {
        const CHUNK: usize = 512;
        let end = match upto {
            Some(u) => u,
            None => store.last_position()?,
        };
        let after = self.upto;
        let Clustered {
            stories,
            order,
            forms,
            fresh_forms,
            ..
        } = self;
        let t0 = std::time::Instant::now();
        std::thread::scope(|scope| -> anyhow::Result<()> {
            let (tx, rx) = sync_channel::<Vec<(String, ArticleDigest)>>(2);
            let placer = scope.spawn(move || {
                for chunk in rx {
                    place(stories, order, forms, fresh_forms, chunk);
                }
            });
            let decode = |raw: Vec<(String, Vec<u8>)>| -> riwaya_store::Result<Vec<(String, ArticleDigest)>> {
                raw.into_par_iter().map(|(id, b)| riwaya_store::decode_digest(&b).map(|d| (id, d))).collect()
            };
            let mut raw: Vec<(String, Vec<u8>)> = Vec::with_capacity(CHUNK);
            let read = store.digests(after, Some(end), &mut |id, b| {
                raw.push((id, b.to_vec()));
                if raw.len() >= CHUNK {
                    let chunk = decode(std::mem::replace(&mut raw, Vec::with_capacity(CHUNK)))?;
                    tx.send(chunk)
                        .map_err(|_| riwaya_store::StoreError("the story stage stopped".into()))?;
                }
                Ok(())
            });
            let last = read.and_then(|()| decode(std::mem::take(&mut raw)));
            let sent = last.map(|chunk| {
                let _ = tx.send(chunk);
            });
            drop(tx);
            placer
                .join()
                .map_err(|_| anyhow::anyhow!("the story stage failed"))?;
            Ok(sent?)
        })?;
        tick(
            &format!("{} digests decoded and placed", self.order.len()),
            t0,
        );
        self.upto = end;
        Ok(())
    }
}

/// Articles into the clustering, in order (each is placed knowing only those before it,
/// however the input is cut into batches).
fn place(
    stories: &mut Stories,
    order: &mut Vec<String>,
    forms: &mut Forms,
    fresh_forms: &mut Vec<Vec<(String, String)>>,
    batch: Vec<(String, ArticleDigest)>,
) {
    let mut digests = Vec::with_capacity(batch.len());
    for (id, d) in batch {
        let mut fresh = Vec::new();
        for n in &d.names {
            if !forms.get(&n.entity).is_some_and(|f| f.contains(&n.text)) {
                forms.entry(n.entity.clone()).or_default().insert(n.text.clone());
                fresh.push((n.entity.clone(), n.text.clone()));
            }
        }
        fresh_forms.push(fresh);
        order.push(id);
        digests.push(d);
    }
    stories.add_batch(digests);
}

impl Default for Clustered {
    fn default() -> Self {
        Self::new()
    }
}

/// The story stage on a thread of its own, as in `analyze`: it clusters what the store
/// holds (its own connection), then each batch of new articles once stored.
///
/// It starts work only when told that something new came in (a pass that finds nothing
/// new costs nothing).
pub struct StoryThread {
    tx: Option<SyncSender<Vec<(String, ArticleDigest)>>>,
    go: std::sync::mpsc::Sender<()>,
    handle: std::thread::JoinHandle<anyhow::Result<Option<Clustered>>>,
}

pub fn cluster_in_background(store: &SqliteStore) -> anyhow::Result<StoryThread> {
    let upto = store.last_position()?;
    let own = store.reopen()?;
    let (tx, rx) = sync_channel::<Vec<(String, ArticleDigest)>>(4);
    let (go, go_rx) = std::sync::mpsc::channel::<()>();
    let handle = std::thread::spawn(move || {
        if go_rx.recv().is_err() {
            return Ok(None);
        }
        let mut c = Clustered::load(&own, upto)?;
        c.take(&own, Some(upto))?;
        drop(own);
        for batch in rx {
            place(&mut c.stories, &mut c.order, &mut c.forms, &mut c.fresh_forms, batch);
        }
        Ok(Some(c))
    });
    Ok(StoryThread { tx: Some(tx), go, handle })
}

impl StoryThread {
    /// Hands a batch over, in store order (while it is written: nothing of the clustering
    /// is saved before the articles are committed).
    fn send(&mut self, batch: Vec<(String, ArticleDigest)>) {
        if let Some(tx) = &self.tx {
            if tx.send(batch).is_err() {
                self.tx = None;
            }
        }
    }

    /// The clustering of everything stored, or `None` when it cannot be trusted (the thread
    /// stopped, or a new version retired an article it had placed).
    fn finish(mut self, store: &SqliteStore, added: &Added) -> anyhow::Result<Option<Clustered>> {
        let complete = self.tx.take().is_some();
        drop(self.go);
        let Some(mut c) = self
            .handle
            .join()
            .map_err(|_| anyhow::anyhow!("the story thread failed"))??
        else {
            return Ok(None);
        };
        if !complete || added.new_versions > 0 {
            return Ok(None);
        }
        c.upto = store.last_position()?;
        Ok(Some(c))
    }
}

/// What the story update reads from the store while the last merge pass runs.
struct Prefetched {
    previous: HashMap<String, i64>,
    threads_before: Option<HashMap<i64, Option<String>>>,
    digests: HashMap<String, ArticleDigest>,
    /// Its connection, kept: it reads the stored stories' contradictions while the update
    /// is written (it sees the store as it was before).
    reader: SqliteStore,
}

/// What the story update decides from the groups alone (not their threads): each
/// group's stable id, and whether its stored story is kept or it is laid out again.
struct Plan {
    /// Each group's article ids.
    members: Vec<Vec<String>>,
    assigned: riwaya_store::Assigned,
    /// Article id → its story id before this update.
    previous: HashMap<String, i64>,
    /// Story id → how many articles it had.
    before: HashMap<i64, usize>,
    /// The threads the stored stories have (saved with the placements, so only when the
    /// clustering was restored from them).
    threads_before: Option<HashMap<i64, Option<String>>>,
    /// Groups whose stored story has the same articles (and a stored thread): kept.
    kept: Vec<usize>,
    /// Groups laid out again.
    layout: Vec<usize>,
    /// The restored articles of those: their full digests are needed.
    light: Vec<String>,
}

impl Plan {
    fn new(
        groups: &[(u32, Vec<u32>)],
        order: &[String],
        saved: usize,
        previous: HashMap<String, i64>,
        threads_before: Option<HashMap<i64, Option<String>>>,
        next_id: i64,
    ) -> Plan {
        // Groups are in first-come order (a root is its story's first article).
        let members: Vec<Vec<String>> = groups.iter().map(|(_, m)| m.iter().map(|&i| order[i as usize].clone()).collect()).collect();
        let assigned = riwaya_store::assign_ids(&previous, &members, next_id);
        let mut before: HashMap<i64, usize> = HashMap::new();
        for s in previous.values() {
            *before.entry(*s).or_default() += 1;
        }
        let mut plan = Plan { members, assigned, previous, before, threads_before, kept: Vec::new(), layout: Vec::new(), light: Vec::new() };
        for k in 0..groups.len() {
            let stored = plan.threads_before.as_ref().is_some_and(|t| t.contains_key(&plan.assigned.ids[k]));
            if stored && plan.same(k) {
                plan.kept.push(k);
            } else {
                plan.layout.push(k);
            }
        }
        plan.light = plan.light_of(groups, order, saved, &plan.layout);
        plan
    }

    /// Whether group `k` has exactly the articles of the stored story whose id it got.
    fn same(&self, k: usize) -> bool {
        let id = self.assigned.ids[k];
        self.before.get(&id) == Some(&self.members[k].len()) && self.members[k].iter().all(|a| self.previous.get(a) == Some(&id))
    }

    /// The restored articles (before `saved`) of groups `ks`.
    fn light_of(&self, groups: &[(u32, Vec<u32>)], order: &[String], saved: usize, ks: &[usize]) -> Vec<String> {
        ks.iter().flat_map(|&k| groups[k].1.iter().filter(|&&i| (i as usize) < saved).map(|&i| order[i as usize].clone())).collect()
    }
}

/// Reads and decodes (in parallel) the stored digests of `ids` that `into` lacks.
fn read_digests(ids: &[String], into: &mut HashMap<String, ArticleDigest>, from: &SqliteStore) -> anyhow::Result<()> {
    let rest: Vec<String> = ids.iter().filter(|id| !into.contains_key(*id)).cloned().collect();
    if rest.is_empty() {
        return Ok(());
    }
    let mut raw: Vec<(String, Vec<u8>)> = Vec::with_capacity(rest.len());
    from.digests_of(&rest, &mut |id, b| {
        raw.push((id, b.to_vec()));
        Ok(())
    })?;
    let decoded: Vec<(String, ArticleDigest)> = raw
        .into_par_iter()
        .map(|(id, b)| riwaya_store::decode_digest(&b).map(|d| (id, d)))
        .collect::<riwaya_store::Result<_>>()?;
    into.extend(decoded);
    Ok(())
}

/// Stories with their stable ids.
pub struct StableStories {
    /// Each story with its stable id (`Story::id` set to it), in first-come order.
    pub stories: Vec<(i64, riwaya_stories::Story)>,
}

/// Entity id → the names articles used for it.
pub type Forms = HashMap<String, HashSet<String>>;

/// Every current story laid out, with the ids the store's next update would give them
/// (for readers: nothing is written). `pre`: the store's articles clustered so far (the
/// rest are taken here).
pub fn stable_stories(
    store: &SqliteStore,
    pre: Option<Clustered>,
) -> anyhow::Result<StableStories> {
    let t = std::time::Instant::now();
    let mut c = pre.unwrap_or_default();
    c.take(store, None)?;
    let Clustered { stories: clusters, order, .. } = c;
    tick("clustered", t);
    let pos: HashMap<&str, usize> = order.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    let mut stories = clusters.stories(false);
    tick("triangulated", t);
    stories.sort_by_key(|s| {
        s.articles
            .iter()
            .filter_map(|a| pos.get(a.id.as_str()))
            .min()
            .copied()
            .unwrap_or(usize::MAX)
    });
    let groups: Vec<Vec<String>> = stories
        .iter()
        .map(|s| s.articles.iter().map(|a| a.id.clone()).collect())
        .collect();
    let previous = store.story_members()?;
    let assigned = riwaya_store::assign_ids(&previous, &groups, store.next_story_id()?);
    let stories = assigned
        .ids
        .iter()
        .zip(stories)
        .map(|(id, mut s)| {
            s.id = id.to_string();
            (*id, s)
        })
        .collect();
    Ok(StableStories { stories })
}

/// Brings the stories up to date and saves them; says what changed.
/// `pre`: the articles stored before this run, clustered in the background (`None` when a
/// new version replaced an article: then the clustering is loaded or rebuilt here).
///
/// The clustering continues from its saved placements; the last merge pass runs over all
/// stories; only stories whose articles changed are laid out again (triangulated) and
/// written, a story whose articles are the same keeps its stored row (its thread is
/// brought up to date). What changes is written in one transaction with the new
/// articles' placements, so the next add starts from there.
pub fn refresh_stories(store: &mut SqliteStore, run: i64, pre: Option<Clustered>) -> anyhow::Result<StoryChanges> {
    refresh(store, run, pre, &Added::default(), false)
}

/// [`refresh_stories`] after `added` came in (its names are saved with the stories).
/// `exiting`: the process ends after this update (`add`), so the clustering is left for
/// the system to reclaim instead of being freed piece by piece (≈ 0.27 G instructions
/// after 17 days of SaudiNewsNet).
fn refresh(store: &mut SqliteStore, run: i64, pre: Option<Clustered>, added: &Added, exiting: bool) -> anyhow::Result<StoryChanges> {
    let t = std::time::Instant::now();
    let mut c = match pre {
        Some(c) => c,
        None => Clustered::load(store, store.last_position()?)?,
    };
    c.take(store, None)?;
    tick("clustered", t);
    // While the last merge pass runs (mostly one core), a connection of its own reads what
    // the update needs next: the stored stories' members and threads, and the digests of
    // the restored articles that share a story with a new one (those stories are laid
    // out again whatever the pass merges). Nothing is filled in before the pass ends.
    let mates: Vec<String> = c.stories.story_mates(c.saved).into_iter().map(|i| c.order[i as usize].clone()).collect();
    let reader = store.reopen().ok();
    let want_threads = c.saved > 0;
    let next_id = store.next_story_id()?;
    let (stories, order, saved) = (&c.stories, &c.order, c.saved);
    let (groups, thread_of, early) = std::thread::scope(|scope| {
        let read = scope.spawn(move || -> anyhow::Result<Option<Prefetched>> {
            let Some(reader) = reader else { return Ok(None) };
            let previous = reader.story_members()?;
            let threads_before = if want_threads { reader.state("threads")?.and_then(|(_, b)| serde_json::from_slice(&b).ok()) } else { None };
            let mut digests: HashMap<String, ArticleDigest> = HashMap::with_capacity(mates.len());
            read_digests(&mates, &mut digests, &reader)?;
            // The articles' pages into the database file while the pass runs (an error
            // only leaves them to the next commit's checkpoint).
            let _ = reader.checkpoint();
            Ok(Some(Prefetched { previous, threads_before, digests, reader }))
        });
        // On a worker of the pool: the pass hands its larger scorings to the pool, cheaply
        // from inside it (from outside, each hand-over is a sleep and a wake-up). Once the
        // groups are cut, and while their threads are worked out, the stable ids are
        // assigned, and the stories to lay out chosen and their articles' digests read.
        rayon::scope(|_| {
            stories.story_groups_then(move |groups| -> anyhow::Result<Option<(Plan, Prefetched)>> {
                let read = read.join().map_err(|_| anyhow::anyhow!("reading the stored stories failed"))??;
                let Some(mut p) = read else { return Ok(None) };
                let plan = Plan::new(groups, order, saved, std::mem::take(&mut p.previous), p.threads_before.take(), next_id);
                read_digests(&plan.light, &mut p.digests, &p.reader)?;
                Ok(Some((plan, p)))
            })
        })
    });
    tick("merged, threads, cut", t);
    let (mut plan, mut fetched, reader) = match early? {
        Some((plan, p)) => (plan, p.digests, Some(p.reader)),
        None => {
            let threads_before = if c.saved > 0 { store.state("threads")?.and_then(|(_, b)| serde_json::from_slice(&b).ok()) } else { None };
            let plan = Plan::new(&groups, &c.order, c.saved, store.story_members()?, threads_before, next_id);
            let mut fetched = HashMap::new();
            read_digests(&plan.light, &mut fetched, store)?;
            (plan, fetched, None)
        }
    };
    let thread = |k: usize| thread_of.get(&format!("s{}", groups[k].0)).cloned();
    // Stories with the same articles as stored: the stored story, with its thread changed
    // when it has another one now.
    let mut patched: Vec<(usize, riwaya_stories::Story)> = Vec::new();
    let mut unreadable: Vec<usize> = Vec::new();
    for &k in &plan.kept {
        let id = plan.assigned.ids[k];
        let stored_thread = plan.threads_before.as_ref().and_then(|t| t.get(&id));
        if stored_thread.is_some_and(|th| *th != thread(k)) {
            match store.story(id)?.and_then(|o| serde_json::from_value::<riwaya_stories::Story>(o.story).ok()) {
                Some(mut st) => {
                    st.thread = thread(k);
                    patched.push((k, st));
                }
                None => unreadable.push(k),
            }
        }
    }
    // A stored story that cannot be read is laid out again (its articles' digests read).
    if !unreadable.is_empty() {
        let more = plan.light_of(&groups, &c.order, c.saved, &unreadable);
        read_digests(&more, &mut fetched, store)?;
        plan.light.extend(more);
        plan.layout.extend(unreadable);
        plan.layout.sort_unstable();
    }
    let Plan { members, assigned, before, previous, layout, light, .. } = &plan;
    if std::env::var_os("RIWAYA_TIMES").is_some() {
        let (mut fresh, mut grown, mut other) = (0, 0, 0);
        for &k in layout {
            let id = assigned.ids[k];
            match before.get(&id) {
                None => fresh += 1,
                Some(&b) if b < members[k].len() && members[k].iter().filter(|a| previous.get(*a) == Some(&id)).count() == b => grown += 1,
                _ => other += 1,
            }
        }
        eprintln!("riwaya: laid out: {fresh} with a new id, {grown} grown, {other} otherwise changed (merged or split); {} with a new thread", patched.len());
    }
    // Restored articles of the stories laid out get their full digests.
    if !light.is_empty() {
        let pos: HashMap<&str, usize> = c.order.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
        let mut found = 0;
        for id in light {
            let Some(d) = fetched.remove(id) else { continue };
            found += 1;
            if !pos.get(id.as_str()).is_some_and(|&i| c.stories.fill(i, d)) {
                anyhow::bail!("the stored digest of article {id} does not match the saved stories");
            }
        }
        if found != light.len() {
            anyhow::bail!("{} stored digests are missing", light.len() - found);
        }
    }
    drop(fetched);
    let same = |k: usize| plan.same(k);
    tick(&format!("{} of {} stories to lay out, {} digests read", layout.len(), groups.len(), light.len()), t);
    let forms = &c.forms;
    let split_from = &assigned.split_from;
    let mut changes = StoryChanges {
        articles: store.article_count()? as usize,
        stories: groups.len(),
        ..Default::default()
    };
    // The new articles' placements, and the threads of every live story.
    let placed: Vec<(i64, Vec<u8>, String)> = c
        .fresh_forms
        .par_iter()
        .enumerate()
        .filter_map(|(k, f)| {
            let p = c.stories.placement(c.saved + k)?;
            let mut b = Vec::with_capacity(2048);
            p.encode(&mut b);
            let extra = if f.is_empty() { String::new() } else { serde_json::to_string(f).unwrap_or_default() };
            Some(((c.saved + k) as i64, b, extra))
        })
        .collect();
    if placed.len() + c.saved != c.order.len() {
        anyhow::bail!("the story stage lost track of its articles");
    }
    let threads: HashMap<i64, Option<String>> = (0..groups.len()).map(|k| (assigned.ids[k], thread(k))).collect();
    let mut state = vec![("placed", c.upto, fingerprint().into_bytes()), ("threads", c.upto, serde_json::to_vec(&threads)?)];
    if let Some((upto, names)) = added.names.lock().ok().and_then(|mut n| n.take()) {
        // (An encoding that failed is empty: not saved.)
        let b = names.join().map_err(|_| anyhow::anyhow!("saving the names failed"))?;
        if !b.is_empty() {
            state.push(("names", upto, b));
        }
    }
    let update = riwaya_store::StoryUpdate { run, changed: &[], live: &assigned.ids, merged_into: &assigned.merged_into, placed: &placed, state: &state };
    // The stories to lay out, a part at a time: each part is laid out (in parallel), made
    // into its rows and JSON, and handed to the writer, which writes it while the next
    // part is laid out (the same rows in the same order as all at once). The stories
    // with only a new thread come last, as before.
    const PART: usize = 64;
    let mut patched = Some(patched);
    let mut chunks = layout.chunks(PART);
    let mut next_part = || -> Option<Vec<(usize, riwaya_stories::Story)>> {
        let mut part: Vec<(usize, riwaya_stories::Story)> = match chunks.next() {
            Some(ks) => ks
                .par_iter()
                .map(|&k| {
                    let mut st = c.stories.story_of_group(groups[k].0, &groups[k].1);
                    st.thread = thread(k);
                    (k, st)
                })
                .collect(),
            None => patched.take()?,
        };
        for (k, st) in &mut part {
            st.id = assigned.ids[*k].to_string();
        }
        Some(part)
    };
    // Each story's JSON and filter terms, in parallel.
    let records_of = |part: &[(usize, riwaya_stories::Story)]| -> anyhow::Result<Vec<StoryRecord>> {
        part.par_iter()
            .map(|(k, s)| -> anyhow::Result<StoryRecord> {
                let id = assigned.ids[*k];
                let json = serde_json::to_string(s)?;
                let mut terms: Vec<(&'static str, String)> = Vec::new();
                let outlets: HashSet<&str> = s
                    .articles
                    .iter()
                    .filter_map(|a| a.outlet.as_deref())
                    .collect();
                terms.extend(outlets.into_iter().map(|o| ("outlet", o.to_string())));
                for (kind, list) in [("actor", &s.actors), ("place", &s.places)] {
                    for n in list {
                        terms.push((kind, n.entity.clone()));
                        terms.push((kind, n.name.clone()));
                        for f in forms.get(n.entity.as_str()).into_iter().flatten() {
                            terms.push((kind, f.to_string()));
                        }
                    }
                }
                terms.sort();
                terms.dedup();
                Ok(StoryRecord {
                    id,
                    articles: s.articles.iter().map(|a| a.id.clone()).collect(),
                    first: s.first.clone(),
                    last: s.last.clone(),
                    title: s.title.clone(),
                    terms,
                    json,
                    split_from: split_from.get(&id).copied(),
                })
            })
            .collect()
    };
    // What a part changed, for the summary: new and grown stories, and new contradictions
    // (those a story did not have before this run, by what and why; a story with the same
    // articles as before has the same contradictions), read from `old`, the store as it
    // was before this update.
    let summarise = |changes: &mut StoryChanges, part: &[(usize, riwaya_stories::Story)], old: &SqliteStore| -> anyhow::Result<()> {
        for (k, s) in part {
            let id = assigned.ids[*k];
            let line = |b: Option<usize>| StoryLine {
                id,
                title: s.title.clone(),
                articles: s.articles.len(),
                before: b,
            };
            match before.get(&id) {
                None => changes.new.push(line(None)),
                Some(&b) if b < s.articles.len() => changes.grown.push(line(Some(b))),
                _ => {}
            }
        }
        for (k, s) in part {
            let id = assigned.ids[*k];
            if s.contradictions.is_empty() || same(*k) {
                continue;
            }
            let had: HashSet<(String, String)> = match before.contains_key(&id).then(|| old.story(id)).transpose()?.flatten() {
                Some(o) => o.story["contradictions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|c| {
                        (
                            c["about"].as_str().unwrap_or("").to_string(),
                            c["why"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect(),
                None => HashSet::new(),
            };
            for x in &s.contradictions {
                if !had.contains(&(x.about.clone(), x.why.clone())) {
                    changes.new_contradictions.push(ContradictionLine { story: id, about: x.about.clone(), why: x.why.clone() });
                }
            }
        }
        Ok(())
    };
    match reader {
        Some(old) => {
            // The writer on a thread of its own, fed part by part; `None` ends the update
            // (a producer that fails sends nothing more, and the writer rolls back).
            let (tx, rx) = sync_channel::<Option<Vec<StoryRecord>>>(2);
            let (saved, made) = std::thread::scope(|scope| {
                let store = &mut *store;
                let update = &update;
                let writer = scope.spawn(move || store.save_story_update_parts(update, rx));
                let made = (|| -> anyhow::Result<()> {
                    while let Some(part) = next_part() {
                        let records = records_of(&part)?;
                        if tx.send(Some(records)).is_err() {
                            break;
                        }
                        summarise(&mut changes, &part, &old)?;
                    }
                    let _ = tx.send(None);
                    Ok(())
                })();
                drop(tx);
                (writer.join(), made)
            });
            made?;
            saved.map_err(|_| anyhow::anyhow!("saving the stories failed"))??;
        }
        None => {
            let mut parts: Vec<Option<Vec<StoryRecord>>> = Vec::new();
            while let Some(part) = next_part() {
                parts.push(Some(records_of(&part)?));
                summarise(&mut changes, &part, store)?;
            }
            parts.push(None);
            store.save_story_update_parts(&update, parts)?;
        }
    }
    tick("saved", t);
    // The clustering is large and freeing it takes a while: a process that ends here
    // leaves it to the system; one that goes on (`watch`) frees it on a thread of its own.
    if exiting {
        std::mem::forget(c);
    } else {
        std::thread::spawn(move || drop(c));
    }
    changes
        .new
        .sort_by(|a, b| b.articles.cmp(&a.articles).then(a.id.cmp(&b.id)));
    changes.grown.sort_by(|a, b| {
        (b.articles - b.before.unwrap_or(0))
            .cmp(&(a.articles - a.before.unwrap_or(0)))
            .then(a.id.cmp(&b.id))
    });
    Ok(changes)
}

/// The summary of a run, for a person.
pub fn print_summary(added: &Added, changes: Option<&StoryChanges>) {
    let mut line = format!("added {} articles", added.added);
    if added.new_versions > 0 {
        line.push_str(&format!(" ({} new versions of known URLs)", added.new_versions));
    }
    line.push_str(&format!("; {} already in the store", added.already_stored));
    if !added.errors.is_empty() {
        line.push_str(&format!("; {} inputs could not be read", added.errors.len()));
    }
    println!("{line}");
    let Some(c) = changes else { return };
    println!(
        "stories: {} new, {} grown, {} new contradictions (the store: {} articles, {} stories)",
        c.new.len(),
        c.grown.len(),
        c.new_contradictions.len(),
        c.articles,
        c.stories
    );
    const SHOW: usize = 15;
    for s in c.new.iter().take(SHOW) {
        println!("  new    #{:<6} {} ({} articles)", s.id, one_line(&s.title), s.articles);
    }
    if c.new.len() > SHOW {
        println!("  … and {} more new stories", c.new.len() - SHOW);
    }
    for s in c.grown.iter().take(SHOW) {
        println!("  grown  #{:<6} {} ({} → {} articles)", s.id, one_line(&s.title), s.before.unwrap_or(0), s.articles);
    }
    if c.grown.len() > SHOW {
        println!("  … and {} more grown stories", c.grown.len() - SHOW);
    }
    for x in c.new_contradictions.iter().take(SHOW) {
        println!("  contradiction in #{}: {} — {}", x.story, one_line(&x.about), one_line(&x.why));
    }
    if c.new_contradictions.len() > SHOW {
        println!("  … and {} more new contradictions", c.new_contradictions.len() - SHOW);
    }
}

/// With RIWAYA_TIMES set, how long each part of an add took (stderr).
pub fn tick(what: &str, since: std::time::Instant) {
    if std::env::var_os("RIWAYA_TIMES").is_some() {
        eprintln!("riwaya: {what}: {:.2} s", since.elapsed().as_secs_f64());
    }
}

pub fn one_line(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(89).collect::<String>())
    } else {
        s
    }
}

/// Reads local inputs and URLs into the intake, in the order given.
fn produce(inputs: &[String], store_path: &std::path::Path, intake: &mut Intake, quiet: bool) {
    let mut fetcher: Option<riwaya_web::Fetcher> = None;
    let mut http_store: Option<SqliteStore> = None;
    for input in inputs {
        if input.starts_with("http://") || input.starts_with("https://") {
            let f = match &mut fetcher {
                Some(f) => f,
                None => match riwaya_web::Fetcher::new(riwaya_web::Limits::default()) {
                    Ok(f) => fetcher.insert(f),
                    Err(m) => {
                        intake.push(Err(IngestError::new(origin(input), m)));
                        continue;
                    }
                },
            };
            if http_store.is_none() {
                http_store = SqliteStore::open(store_path).ok();
            }
            fetch_page(f, http_store.as_mut(), input, None, intake, quiet);
        } else if input.ends_with(".warc") || input.ends_with(".warc.gz") {
            riwaya_web::read_warc(std::path::Path::new(input), &mut |item| intake.push(item));
        } else {
            let (files, errors) = discover(&[PathBuf::from(input)]);
            for e in errors {
                intake.push(Err(e));
            }
            for f in &files {
                read_file(f, &mut |item| intake.push(item));
            }
        }
    }
}

fn origin(url: &str) -> riwaya_model::Origin {
    riwaya_model::Origin { path: url.to_string(), entry: None, record: None }
}

/// Fetches an article page (conditional GET against what the store saw last) into the
/// intake; `published` is the feed's date, used when the page gives none.
pub fn fetch_page(
    f: &mut riwaya_web::Fetcher,
    store: Option<&mut SqliteStore>,
    url: &str,
    published: Option<&str>,
    intake: &mut Intake,
    quiet: bool,
) {
    let state = store.as_ref().and_then(|s| s.http_state(url).ok()).unwrap_or_default();
    let v = riwaya_web::Validators { etag: state.etag, last_modified: state.last_modified };
    match f.fetch(url, &v) {
        Ok(riwaya_web::Fetched::NotModified) => {
            if !quiet {
                eprintln!("riwaya: {url}: not modified");
            }
            intake.already += 1;
        }
        Ok(riwaya_web::Fetched::Body { bytes, content_type, validators, .. }) => {
            let mut item = riwaya_web::page_article(url, &bytes, content_type.as_deref(), origin(url));
            if let (Ok(a), Some(p)) = (&mut item, published) {
                if a.published.is_none() {
                    a.published = Some(riwaya_model::Sourced { value: p.to_string(), source: "feed".into() });
                }
            }
            if let Some(s) = store {
                let ok = if item.is_ok() { "ok" } else { "unreadable" };
                let _ = s.set_http_state(url, &riwaya_store::HttpState { etag: validators.etag, last_modified: validators.last_modified }, ok);
            }
            intake.push(item);
        }
        Err(m) => intake.push(Err(IngestError::new(origin(url), m))),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let t = std::time::Instant::now();
    let mut store = SqliteStore::open(&args.db.db)?;
    store.for_bulk_writes()?;
    let pipe = Pipeline::load(&args.read)?;
    tick("opened", t);
    let run = store.begin_run(&format!("add {}", args.inputs.join(" ")))?;
    let db = args.db.db.clone();
    let inputs = args.inputs.clone();
    let quiet = pipe.quiet;
    let mut background = cluster_in_background(&store)?;
    let added = add_items(&mut store, run, &pipe, &mut background, |intake| {
        produce(&inputs, &db, intake, quiet)
    })?;
    let changes = if added.added > 0 || store.stories_stale()? {
        let pre = background.finish(&store, &added)?;
        Some(refresh(&mut store, run, pre, &added, true).context("updating the stories")?)
    } else {
        None
    };
    tick("stories updated", t);
    let code = finish(&mut store, run, &added, changes.as_ref(), args.json);
    tick("done", t);
    // The language data is not freed one piece at a time: the process ends here.
    std::mem::forget(pipe);
    code
}

/// Brings the stories up to date after a run's articles were added.
pub fn update_stories(
    store: &mut SqliteStore,
    run: i64,
    added: &Added,
    background: StoryThread,
) -> anyhow::Result<StoryChanges> {
    let pre = background.finish(store, added)?;
    refresh(store, run, pre, added, false).context("updating the stories")
}

/// Logs the run, prints its summary, and gives the exit status.
pub fn finish(store: &mut SqliteStore, run: i64, added: &Added, changes: Option<&StoryChanges>, json: bool) -> anyhow::Result<ExitCode> {
    #[derive(Serialize)]
    struct Summary<'a> {
        run: i64,
        #[serde(flatten)]
        added: &'a Added,
        #[serde(skip_serializing_if = "Option::is_none")]
        stories: Option<&'a StoryChanges>,
    }
    let summary = serde_json::to_string(&Summary { run, added, stories: changes })?;
    let status = if added.errors.is_empty() { "done" } else { "partial" };
    // What the log is left holding is copied into the database file before the run is
    // marked finished (else the last connection's close does it after): a run the log
    // calls finished has nothing left to do but print.
    let _ = store.checkpoint();
    store.finish_run(run, status, &summary)?;
    if json {
        println!("{summary}");
    } else {
        print_summary(added, changes);
    }
    Ok(if added.errors.is_empty() {
        ExitCode::SUCCESS
    } else if added.added == 0 && added.already_stored == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::from(3)
    })
}

#[cfg(test)]
mod tests {
    /// The names run-level linking learned, saved as a snapshot and read back, link a later
    /// article as the live state does (people, sites, bodies with a country's nisba).
    #[test]
    fn saved_names_link_as_the_live_state() {
        let (ex, _) = riwaya_extract::Extractor::new(&[]).unwrap();
        let texts = [
            "أعلن المرصد الزامبي لحقوق الإنسان مقتل خمسة مدنيين في قصف على مستشفى النور الأهلي في مدينة لوساكا، وقال المتحدث جون كيربي إن وزارة الصحة الزامبية فتحت تحقيقاً.",
            "قال المرصد الزامبي إن عدد القتلى ارتفع، وأكد كيربي أن مستشفى النور خرج عن الخدمة، فيما قالت وزارة الصحة إن الجرحى نقلوا.",
        ];
        let mentions: Vec<Vec<riwaya_model::Mention>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut a = riwaya_model::Article { title: Some("خبر".into()), ..riwaya_model::Article::new(format!("a{i}"), *t) };
                ex.extract(&mut a);
                riwaya_store::linking_mentions(&a.mentions)
            })
            .collect();
        assert!(mentions[0].iter().any(|m| m.entity.starts_with("org:")), "{:?}", mentions[0]);
        let mut live = riwaya_entities::RunNames::new();
        live.link(&mut mentions[0].clone());
        let b = riwaya_store::encode_snapshot("t", &live);
        let mut saved: riwaya_entities::RunNames = riwaya_store::decode_snapshot("t", &b).expect("read back");
        let (mut x, mut y) = (mentions[1].clone(), mentions[1].clone());
        live.link(&mut x);
        saved.link(&mut y);
        let ids = |v: &[riwaya_model::Mention]| v.iter().map(|m| (m.entity.clone(), m.name.clone())).collect::<Vec<_>>();
        assert_eq!(ids(&x), ids(&y));
        assert!(riwaya_store::decode_snapshot::<riwaya_entities::RunNames>("another build", &b).is_none());
    }
}
