//! The JSON API under `/api/` (documented in `docs/openapi.json`).

use crate::data;
use crate::index::Filter;
use crate::text::json_string;
use crate::{Desk, DeskError};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::sync::Arc;

type St = State<Arc<Desk>>;

/// A JSON body written by [`json_string`] (hostile text escaped).
pub fn json<T: serde::Serialize>(status: StatusCode, v: &T) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json; charset=utf-8")], json_string(v)).into_response()
}

fn answer<T: serde::Serialize>(r: crate::Result<T>) -> Response {
    match r {
        Ok(v) => json(StatusCode::OK, &v),
        Err(e) => json_error(e),
    }
}

pub fn json_error(e: DeskError) -> Response {
    let (status, msg) = match e {
        DeskError::NotFound(m) => (StatusCode::NOT_FOUND, m),
        DeskError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
        DeskError::Internal(m) => (StatusCode::INTERNAL_SERVER_ERROR, m),
    };
    json(status, &serde_json::json!({ "error": msg }))
}

/// Runs a store-reading view off the async workers.
pub async fn blocking<T: Send + 'static>(f: impl FnOnce() -> crate::Result<T> + Send + 'static) -> crate::Result<T> {
    tokio::task::spawn_blocking(f).await.map_err(|e| DeskError::Internal(format!("the request failed: {e}")))?
}

/// A malformed query (`page=x`) answers 400 with the JSON error body, as documented.
type Q<T> = Result<Query<T>, QueryRejection>;

fn bad(e: QueryRejection) -> Response {
    json_error(DeskError::BadRequest(e.body_text()))
}

async fn stories(State(d): St, f: Q<Filter>) -> Response {
    let Query(f) = match f {
        Ok(f) => f,
        Err(e) => return bad(e),
    };
    match blocking(move || data::stories(&d, &f)).await {
        Ok(l) => json(StatusCode::OK, &l.view()),
        Err(e) => json_error(e),
    }
}

async fn story(State(d): St, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else { return json_error(DeskError::BadRequest(format!("not a story id: {id}"))) };
    answer(blocking(move || data::story(&d, id)).await)
}

async fn article(State(d): St, Path(id): Path<String>) -> Response {
    answer(blocking(move || data::article(&d, &id)).await)
}

async fn outlet(State(d): St, Path(name): Path<String>) -> Response {
    answer(blocking(move || data::outlet(&d, &name)).await)
}

#[derive(serde::Deserialize)]
pub struct SearchQ {
    #[serde(default)]
    pub q: String,
    pub limit: Option<usize>,
}

async fn search(State(d): St, q: Q<SearchQ>) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return bad(e),
    };
    answer(blocking(move || data::search(&d, &q.q, q.limit)).await)
}

/// `/api/export/{kind}?story=ID&…filters`: a CSV download of one story, the filtered
/// stories, or everything.
async fn export(State(d): St, Path(kind): Path<String>, q: Q<ExportQ>, filter: Q<Filter>) -> Response {
    let (Query(q), Query(filter)) = match (q, filter) {
        (Ok(q), Ok(f)) => (q, f),
        (Err(e), _) | (_, Err(e)) => return bad(e),
    };
    let f = Export { story: q.story, filter };
    if !matches!(kind.as_str(), "acled" | "ucdp" | "claims") {
        return json_error(DeskError::NotFound(format!("no export {kind}: acled, ucdp or claims")));
    }
    let k = kind.clone();
    let r = blocking(move || {
        let Some(ex) = d.exporter.as_ref() else { return Err(DeskError::NotFound("exports are not offered by this server".into())) };
        let ids: Option<Vec<i64>> = match f.story {
            Some(id) => Some(vec![data::story(&d, id)?.id]),
            None if f.filter.is_empty() => None,
            None => {
                let index = d.index()?;
                let only = data::search_stories(&d, &f.filter)?;
                Some(index.filter(&f.filter, only.as_ref()).map(|s| s.id).collect())
            }
        };
        ex(&k, ids.as_deref()).map_err(DeskError::Internal)
    })
    .await;
    match r {
        Ok(bytes) => {
            let name = format!("attachment; filename=\"riwaya-{kind}{}.csv\"", f.story.map(|s| format!("-story{s}")).unwrap_or_default());
            (StatusCode::OK, [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)], bytes).into_response()
        }
        Err(e) => json_error(e),
    }
}

#[derive(serde::Deserialize)]
pub struct ExportQ {
    pub story: Option<i64>,
}

struct Export {
    story: Option<i64>,
    filter: Filter,
}

async fn not_found() -> Response {
    json_error(DeskError::NotFound("no such API path; see docs/openapi.json".into()))
}

pub fn routes() -> Router<Arc<Desk>> {
    Router::new()
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/articles/{*id}", get(article))
        .route("/api/outlets/{*name}", get(outlet))
        .route("/api/search", get(search))
        .route("/api/export/{kind}", get(export))
        .route("/api/{*rest}", get(not_found))
}
