//! The analyst's desk: a local web app and JSON API over the store (`riwaya serve`).
//!
//! [`router`] is an axum `Router`: server-rendered pages (`/`, `/stories/{id}`,
//! `/articles/{id}`, `/outlets/{name}`, `/search`) and the JSON API under `/api/`
//! (documented in `docs/openapi.json`), both built on the same functions in [`data`].
//! Everything the pages need (CSS, the map's country outlines) is compiled in: the app makes
//! no external request. Article text is untrusted: it is escaped in every page, and JSON is
//! written with `<`, `>`, `&` and bidi controls as `\u` escapes.

mod api;
mod charts;
pub mod client;
pub mod data;
mod index;
mod pages;
mod text;

use axum::http::{header, HeaderValue};
use axum::Router;
use riwaya_lexicon::Lexicon;
use riwaya_store::{SqliteStore, Store};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

pub use index::{Filter, Index, StorySummary};

/// Writes an export table (`acled`, `ucdp`, `claims`) of the given stories (all when `None`)
/// as CSV bytes. Supplied by the caller (the CLI builds it on `riwaya_report::export`), so
/// that the desk needs no part of the pipeline.
pub type Exporter = Box<dyn Fn(&str, Option<&[i64]>) -> std::result::Result<Vec<u8>, String> + Send + Sync>;

/// What the handlers share: the store (a small pool of connections: a rusqlite connection
/// is not `Sync`), the language data for names and places, and the story index.
pub struct Desk {
    db: PathBuf,
    pool: Mutex<Vec<SqliteStore>>,
    pub lexicon: Lexicon,
    index: RwLock<(Arc<Index>, Instant)>,
    pub(crate) exporter: Option<Exporter>,
    /// A rebuild of the index is under way (in a thread of its own).
    rebuilding: std::sync::atomic::AtomicBool,
}

/// Errors as the API and pages show them.
#[derive(Debug)]
pub enum DeskError {
    NotFound(String),
    BadRequest(String),
    Internal(String),
}

impl From<riwaya_store::StoreError> for DeskError {
    fn from(e: riwaya_store::StoreError) -> Self {
        DeskError::Internal(e.0)
    }
}

pub type Result<T> = std::result::Result<T, DeskError>;

/// How often the index checks whether the store changed (a `riwaya add` beside the desk).
const INDEX_CHECK: std::time::Duration = std::time::Duration::from_secs(2);

impl Desk {
    /// Opens an existing store. The story index is built here (one read of every story).
    pub fn open(db: &Path, lexicon: Lexicon) -> std::result::Result<Arc<Desk>, String> {
        Self::open_with_exports(db, lexicon, None)
    }

    /// [`Desk::open`], with the exports offered (`/api/export/…` and download links).
    pub fn open_with_exports(db: &Path, lexicon: Lexicon, exporter: Option<Exporter>) -> std::result::Result<Arc<Desk>, String> {
        if !db.exists() {
            return Err(format!("{}: no store here; create one with `riwaya add PATH…` (or give --db PATH)", db.display()));
        }
        let store = SqliteStore::open(db).map_err(|e| e.0)?;
        let index = Index::build(&store, &lexicon).map_err(|e| e.0)?;
        Ok(Arc::new(Desk { db: db.to_path_buf(), pool: Mutex::new(vec![store]), lexicon, index: RwLock::new((Arc::new(index), Instant::now())), exporter, rebuilding: false.into() }))
    }

    /// Runs `f` with a connection from the pool (opening one when all are busy).
    pub fn with_store<T>(&self, f: impl FnOnce(&SqliteStore) -> Result<T>) -> Result<T> {
        let conn = self.pool.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let conn = match conn {
            Some(c) => c,
            None => SqliteStore::open(&self.db)?,
        };
        let r = f(&conn);
        let mut pool = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        if pool.len() < 8 {
            pool.push(conn);
        }
        r
    }

    /// The story index. When the store has changed since it was built, a new one is built in
    /// a thread of its own; requests keep the current one until it is ready.
    pub fn index(self: &Arc<Self>) -> Result<Arc<Index>> {
        use std::sync::atomic::Ordering;
        let (current, checked) = {
            let g = self.index.read().unwrap_or_else(|e| e.into_inner());
            (g.0.clone(), g.1)
        };
        if checked.elapsed() < INDEX_CHECK || self.rebuilding.load(Ordering::Acquire) {
            return Ok(current);
        }
        self.index.write().unwrap_or_else(|e| e.into_inner()).1 = Instant::now();
        let sig = self.with_store(|s| Ok(index::signature(s)?))?;
        if sig != current.signature && !self.rebuilding.swap(true, Ordering::AcqRel) {
            let me = self.clone();
            std::thread::spawn(move || {
                if let Ok(fresh) = me.with_store(|s| Ok(Index::build(s, &me.lexicon)?)) {
                    *me.index.write().unwrap_or_else(|e| e.into_inner()) = (Arc::new(fresh), Instant::now());
                }
                me.rebuilding.store(false, Ordering::Release);
            });
        }
        Ok(current)
    }

    /// The number of current articles (for the page footer and the startup line).
    pub fn article_count(&self) -> Result<i64> {
        self.with_store(|s| Ok(s.article_count()?))
    }
}

/// The app: pages, API, assets, and the headers that keep hostile text inert (a strict
/// Content-Security-Policy: no script runs, nothing loads from elsewhere).
pub fn router(desk: Arc<Desk>) -> Router {
    Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .with_state(desk)
        .layer(axum::middleware::map_response(|mut r: axum::response::Response| async move {
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
            );
            h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
            h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
            r
        }))
}

/// Serves `desk` on `addr` until the process ends; `ready` gets the bound address (the port
/// chosen when `addr` asks for port 0).
pub async fn serve(desk: Arc<Desk>, addr: std::net::SocketAddr, ready: impl FnOnce(std::net::SocketAddr)) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    ready(listener.local_addr()?);
    axum::serve(listener, router(desk)).await
}
