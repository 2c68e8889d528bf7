//! What the API returns and the pages render: one function per view, over the index and
//! the store.

use crate::index::{display_name, Filter, OutletTotals, StorySummary};
use crate::{Desk, DeskError, Result};
use riwaya_store::{Hit, Store};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 200;
/// Full-text hits looked at when a story filter has `q`.
const SEARCH_STORIES: usize = 2000;

#[derive(Serialize)]
pub struct StoryList<'a> {
    pub total: usize,
    pub page: usize,
    pub limit: usize,
    pub stories: Vec<&'a StorySummary>,
}

/// Owns the index the list borrows from.
pub struct Listed {
    pub index: std::sync::Arc<crate::Index>,
    pub ids: Vec<usize>,
    pub total: usize,
    pub page: usize,
    pub limit: usize,
}

impl Listed {
    pub fn view(&self) -> StoryList<'_> {
        StoryList { total: self.total, page: self.page, limit: self.limit, stories: self.ids.iter().map(|&i| &self.index.stories[i]).collect() }
    }
}

pub fn stories(desk: &std::sync::Arc<Desk>, f: &Filter) -> Result<Listed> {
    let index = desk.index()?;
    let limit = f.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let page = f.page.unwrap_or(1).max(1);
    let only = search_stories(desk, f)?;
    let pos: std::collections::HashMap<i64, usize> = index.stories.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let all: Vec<usize> = index.filter(f, only.as_ref()).map(|s| pos[&s.id]).collect();
    let total = all.len();
    let ids = all.into_iter().skip((page - 1).saturating_mul(limit)).take(limit).collect();
    Ok(Listed { index, ids, total, page, limit })
}

/// The stories whose articles hold the filter's words (`q`), when it has any.
pub fn search_stories(desk: &Desk, f: &Filter) -> Result<Option<BTreeSet<i64>>> {
    Ok(match f.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        Some(q) => Some(desk.with_store(|s| Ok(s.search(q, SEARCH_STORIES)?))?.into_iter().filter_map(|h| h.article.story).collect()),
        None => None,
    })
}

/// A story with every entity id it mentions given a display name (`names`).
#[derive(Serialize)]
pub struct StoryView {
    pub id: i64,
    /// The id asked for, when it was merged into this story.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_from: Option<i64>,
    pub title: String,
    pub first: Option<String>,
    pub last: Option<String>,
    pub articles: i64,
    pub names: BTreeMap<String, String>,
    pub story: Value,
}

fn collect_ids(j: &Value, ids: &mut BTreeSet<String>) {
    for k in ["actors", "places"] {
        for x in j[k].as_array().into_iter().flatten() {
            if let Some(e) = x["entity"].as_str() {
                ids.insert(e.to_string());
            }
        }
    }
    for e in j["events"].as_array().into_iter().flatten() {
        for k in ["agent", "place"] {
            if let Some(v) = e[k].as_str() {
                ids.insert(v.to_string());
            }
        }
    }
    for i in j["incidents"].as_array().into_iter().flatten() {
        if let Some(v) = i["place"].as_str() {
            ids.insert(v.to_string());
        }
        for a in i["agents"].as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
            ids.insert(a.to_string());
        }
    }
    for f in j["figures"].as_array().into_iter().flatten() {
        for r in f["reports"].as_array().into_iter().flatten() {
            if let Some(v) = r["place"].as_str() {
                ids.insert(v.to_string());
            }
        }
    }
    for o in j["outlets"].as_array().into_iter().flatten() {
        for n in o["names"].as_array().into_iter().flatten() {
            if let Some(v) = n["entity"].as_str() {
                ids.insert(v.to_string());
            }
        }
        for t in o["loaded_terms"].as_array().into_iter().flatten() {
            if let Some(v) = t["entity"].as_str() {
                ids.insert(v.to_string());
            }
        }
    }
}

pub fn story(desk: &Desk, id: i64) -> Result<StoryView> {
    let s = desk.with_store(|s| Ok(s.story(id)?))?.ok_or_else(|| DeskError::NotFound(format!("no story {id}")))?;
    let mut local: BTreeMap<String, String> = BTreeMap::new();
    for k in ["actors", "places"] {
        for x in s.story[k].as_array().into_iter().flatten() {
            if let (Some(e), Some(n)) = (x["entity"].as_str(), x["name"].as_str()) {
                local.insert(e.to_string(), n.to_string());
            }
        }
    }
    let mut ids = BTreeSet::new();
    collect_ids(&s.story, &mut ids);
    let names = ids.into_iter().map(|i| (display_name(&desk.lexicon, local.get(&i).map(String::as_str), &i), i)).map(|(n, i)| (i, n)).collect();
    Ok(StoryView { id: s.id, merged_from: (s.id != id).then_some(id), title: s.title, first: s.first, last: s.last, articles: s.size, names, story: s.story })
}

#[derive(Serialize)]
pub struct ArticleView {
    pub article: riwaya_model::Article,
    /// The live story it belongs to.
    pub story: Option<i64>,
    /// Entity id → display name, for its mentions.
    pub names: BTreeMap<String, String>,
}

pub fn article(desk: &Desk, id: &str) -> Result<ArticleView> {
    let (art, row) = desk.with_store(|s| {
        let mut found = None;
        s.articles(Some(&[id.to_string()]), &mut |a| {
            found = Some(a);
            Ok(())
        })?;
        let row = s.article_rows(&[id.to_string()])?.into_iter().next();
        Ok((found, row))
    })?;
    let art = art.ok_or_else(|| DeskError::NotFound(format!("no article {id}")))?;
    let mut names = BTreeMap::new();
    for m in &art.mentions {
        names.entry(m.entity.clone()).or_insert_with(|| m.name.clone().unwrap_or_else(|| display_name(&desk.lexicon, Some(&m.text), &m.entity)));
    }
    for e in &art.events {
        for r in [&e.agent, &e.target, &e.place].into_iter().flatten() {
            if let Some(id) = &r.entity {
                names.entry(id.clone()).or_insert_with(|| display_name(&desk.lexicon, Some(&r.text), id));
            }
        }
    }
    Ok(ArticleView { article: art, story: row.and_then(|r| r.story), names })
}

#[derive(Serialize)]
pub struct TermCount {
    pub text: String,
    pub actor: String,
    pub signal: String,
    pub count: usize,
}

/// One outlet across the store's stories.
#[derive(Serialize)]
pub struct OutletView {
    pub outlet: String,
    pub articles: usize,
    pub stories: usize,
    /// Actor → the forms the outlet used for it, most used first.
    pub names: BTreeMap<String, Vec<(String, usize)>>,
    /// Most used first.
    pub loaded_terms: Vec<TermCount>,
    /// Sources cited, most cited first.
    pub cites: Vec<(String, usize)>,
    /// Its stories, newest first (at most 100).
    pub story_ids: Vec<i64>,
}

pub fn outlet(desk: &std::sync::Arc<Desk>, name: &str) -> Result<OutletView> {
    let index = desk.index()?;
    let t: &OutletTotals = index.outlets.get(name).ok_or_else(|| DeskError::NotFound(format!("no outlet {name}")))?;
    let by_count = |m: &BTreeMap<String, usize>| {
        let mut v: Vec<(String, usize)> = m.iter().map(|(k, c)| (k.clone(), *c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    let mut loaded_terms: Vec<TermCount> =
        t.loaded_terms.iter().map(|((text, actor, signal), c)| TermCount { text: text.clone(), actor: actor.clone(), signal: signal.clone(), count: *c }).collect();
    loaded_terms.sort_by_key(|t| std::cmp::Reverse(t.count));
    Ok(OutletView {
        outlet: t.outlet.clone(),
        articles: t.articles,
        stories: t.stories,
        names: t.names.iter().map(|(k, m)| (k.clone(), by_count(m))).collect(),
        loaded_terms,
        cites: by_count(&t.cites),
        story_ids: t.story_ids.iter().take(100).copied().collect(),
    })
}

#[derive(Serialize)]
pub struct SearchView {
    pub q: String,
    pub hits: Vec<Hit>,
}

pub fn search(desk: &Desk, q: &str, limit: Option<usize>) -> Result<SearchView> {
    let limit = limit.unwrap_or(50).clamp(1, MAX_LIMIT);
    let hits = if q.trim().is_empty() { Vec::new() } else { desk.with_store(|s| Ok(s.search(q, limit)?))? };
    Ok(SearchView { q: q.to_string(), hits })
}
