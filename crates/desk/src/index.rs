//! The story index: one small summary per live story (outlets, span, top figures,
//! contradictions, filter keys) and per-outlet totals, built from the store's stories in one
//! read and kept in memory, so that the story list is filtered and paged without SQL.
//! Rebuilt when the store changes.

use riwaya_lexicon::Lexicon;
use riwaya_store::{filter_key, SqliteStore, Store, StoryFilter};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What shows a change in the store: articles added, stories rebuilt.
pub fn signature(s: &SqliteStore) -> riwaya_store::Result<(i64, i64, bool)> {
    Ok((s.last_position()?, s.next_story_id()?, s.stories_stale()?))
}

/// A figure in one line of the list.
#[derive(Debug, Clone, Serialize)]
pub struct FigureBrief {
    pub quantity: String,
    pub subject: Option<String>,
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    pub reports: usize,
}

/// One story as the list shows it (and `/api/stories` returns it).
#[derive(Debug, Clone, Serialize)]
pub struct StorySummary {
    pub id: i64,
    pub title: String,
    pub first: Option<String>,
    pub last: Option<String>,
    pub articles: i64,
    /// Outlets with their article counts, most articles first.
    pub outlets: Vec<(String, usize)>,
    /// Actors and places most named, in English where the lexicon has them.
    pub actors: Vec<String>,
    pub places: Vec<String>,
    /// ISO 3166 codes of the countries its places lie in.
    pub countries: Vec<String>,
    pub event_types: Vec<String>,
    pub top_figures: Vec<FigureBrief>,
    pub contradictions: usize,
    /// The ongoing subject it belongs to (a key for the `thread` filter) and how many
    /// stories share it.
    pub thread: Option<String>,
    pub thread_stories: usize,
    #[serde(skip)]
    pub(crate) keys: Keys,
}

/// Folded filter keys (ids, English and Arabic names), newline-separated.
#[derive(Debug, Clone, Default)]
pub(crate) struct Keys {
    outlet: String,
    actor: String,
    place: String,
    country: String,
}

/// One outlet across stories: the names it uses for each actor, its loaded terms, whom it cites.
#[derive(Debug, Clone, Default)]
pub struct OutletTotals {
    pub outlet: String,
    pub articles: usize,
    pub stories: usize,
    /// Actor (display name) → the forms the outlet used, with counts.
    pub names: BTreeMap<String, BTreeMap<String, usize>>,
    /// (term as written, actor, signal) → count.
    pub loaded_terms: BTreeMap<(String, String, String), usize>,
    pub cites: BTreeMap<String, usize>,
    /// Its stories' ids, newest first.
    pub story_ids: Vec<i64>,
}

pub struct Index {
    pub signature: (i64, i64, bool),
    /// Newest first (last day, then size).
    pub stories: Vec<StorySummary>,
    pub outlets: BTreeMap<String, OutletTotals>,
}

/// The filters of the list (and of `/api/stories`).
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct Filter {
    pub since: Option<String>,
    pub until: Option<String>,
    pub outlet: Option<String>,
    pub actor: Option<String>,
    pub place: Option<String>,
    pub country: Option<String>,
    #[serde(alias = "event_type")]
    pub event: Option<String>,
    pub q: Option<String>,
    /// Stories of one thread (ongoing subject).
    pub thread: Option<String>,
    pub page: Option<usize>,
    pub limit: Option<usize>,
}

pub const UNKNOWN_OUTLET: &str = "(unknown outlet)";

/// An entity's display name: the lexicon's English name, else the story's own name for it,
/// else the id without its kind prefix.
pub fn display_name(lex: &Lexicon, local: Option<&str>, id: &str) -> String {
    if let Some(e) = lex.entity(id) {
        return e.name_en().to_string();
    }
    if let Some(n) = local.filter(|n| !n.is_empty()) {
        return n.to_string();
    }
    match id.split_once(':') {
        Some((kind, rest)) if !kind.is_empty() && kind.chars().all(|c| c.is_ascii_lowercase()) => rest.replace('-', " "),
        _ => id.to_string(),
    }
}

fn str_of(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

impl Filter {
    /// No filter given (paging aside).
    pub fn is_empty(&self) -> bool {
        [&self.since, &self.until, &self.outlet, &self.actor, &self.place, &self.country, &self.event, &self.q, &self.thread]
            .iter()
            .all(|v| v.as_deref().is_none_or(|s| s.trim().is_empty()))
    }
}

impl Index {
    pub fn build(store: &SqliteStore, lex: &Lexicon) -> riwaya_store::Result<Index> {
        let signature = signature(store)?;
        let stored = store.stories(&StoryFilter::default())?;
        let mut outlets: BTreeMap<String, OutletTotals> = BTreeMap::new();
        let mut stories = Vec::with_capacity(stored.len());
        for s in stored {
            let j = &s.story;
            let mut per_outlet: HashMap<String, usize> = HashMap::new();
            for a in j["articles"].as_array().into_iter().flatten() {
                *per_outlet.entry(str_of(&a["outlet"]).unwrap_or_else(|| UNKNOWN_OUTLET.into())).or_default() += 1;
            }
            let mut outlet_list: Vec<(String, usize)> = per_outlet.into_iter().collect();
            outlet_list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut keys = Keys { outlet: outlet_list.iter().map(|o| filter_key(&o.0)).collect::<Vec<_>>().join("\n"), ..Keys::default() };
            let named = |k: &str, key: &mut String| -> Vec<String> {
                let mut shown = Vec::new();
                for x in j[k].as_array().into_iter().flatten() {
                    let id = x["entity"].as_str().unwrap_or("");
                    let name = display_name(lex, x["name"].as_str(), id);
                    let ar = lex.entity(id).map(|e| e.name_ar()).unwrap_or("");
                    for v in [id, name.as_str(), ar, x["name"].as_str().unwrap_or("")] {
                        key.push('\n');
                        key.push_str(&filter_key(v));
                    }
                    shown.push(name);
                }
                shown
            };
            let actors = named("actors", &mut keys.actor);
            let places = named("places", &mut keys.place);
            let mut countries = BTreeSet::new();
            for p in j["places"].as_array().into_iter().flatten() {
                if let Some(g) = p["entity"].as_str().and_then(|id| lex.geo(id)) {
                    countries.insert(g.country);
                }
            }
            for c in &countries {
                keys.country.push('\n');
                keys.country.push_str(&c.to_lowercase());
                if let Some(p) = lex.places().find(|p| p.kind.as_str() == "country" && p.country.as_deref() == Some(c)) {
                    keys.country.push('\n');
                    keys.country.push_str(&filter_key(&p.name_en));
                    keys.country.push('\n');
                    keys.country.push_str(&filter_key(&p.name_ar));
                }
            }
            let mut event_types: BTreeSet<String> = j["events"].as_array().into_iter().flatten().filter_map(|e| str_of(&e["type"])).collect();
            event_types.extend(j["incidents"].as_array().into_iter().flatten().flat_map(|i| i["kinds"].as_array().into_iter().flatten().filter_map(str_of)));
            let mut figs: Vec<FigureBrief> = j["figures"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| FigureBrief {
                    quantity: str_of(&f["quantity"]).unwrap_or_default(),
                    subject: str_of(&f["subject"]),
                    low: f["low"].as_u64(),
                    best: f["best"].as_u64(),
                    high: f["high"].as_u64(),
                    reports: f["reports"].as_array().map(|r| r.len()).unwrap_or(0),
                })
                .collect();
            figs.sort_by_key(|f| std::cmp::Reverse(f.reports));
            figs.truncate(3);
            for o in j["outlets"].as_array().into_iter().flatten() {
                let name = str_of(&o["outlet"]).unwrap_or_else(|| UNKNOWN_OUTLET.into());
                let t = outlets.entry(name.clone()).or_insert_with(|| OutletTotals { outlet: name, ..Default::default() });
                t.articles += o["articles"].as_u64().unwrap_or(0) as usize;
                t.stories += 1;
                t.story_ids.push(s.id);
                for n in o["names"].as_array().into_iter().flatten() {
                    let actor = display_name(lex, n["name"].as_str(), n["entity"].as_str().unwrap_or(""));
                    let forms = t.names.entry(actor).or_default();
                    for f in n["forms"].as_array().into_iter().flatten() {
                        if let Some(form) = f[0].as_str() {
                            *forms.entry(form.to_string()).or_default() += f[1].as_u64().unwrap_or(1) as usize;
                        }
                    }
                }
                for lt in o["loaded_terms"].as_array().into_iter().flatten() {
                    let k = (
                        str_of(&lt["text"]).unwrap_or_default(),
                        display_name(lex, None, lt["entity"].as_str().unwrap_or("")),
                        str_of(&lt["signal"]).unwrap_or_default(),
                    );
                    *t.loaded_terms.entry(k).or_default() += lt["count"].as_u64().unwrap_or(1) as usize;
                }
                for c in o["cites"].as_array().into_iter().flatten() {
                    if let Some(src) = c[0].as_str() {
                        *t.cites.entry(src.to_string()).or_default() += c[1].as_u64().unwrap_or(1) as usize;
                    }
                }
            }
            stories.push(StorySummary {
                id: s.id,
                title: s.title,
                first: s.first,
                last: s.last,
                articles: s.size,
                outlets: outlet_list,
                actors: actors.into_iter().take(6).collect(),
                places: places.into_iter().take(6).collect(),
                countries: countries.into_iter().collect(),
                event_types: event_types.into_iter().collect(),
                top_figures: figs,
                contradictions: j["contradictions"].as_array().map(|c| c.len()).unwrap_or(0),
                thread: str_of(&j["thread"]),
                thread_stories: 0,
                keys,
            });
        }
        let mut per_thread: HashMap<String, usize> = HashMap::new();
        for s in &stories {
            if let Some(t) = &s.thread {
                *per_thread.entry(t.clone()).or_default() += 1;
            }
        }
        for s in &mut stories {
            s.thread_stories = s.thread.as_ref().map(|t| per_thread[t]).unwrap_or(0);
        }
        Ok(Index { signature, stories, outlets })
    }

    /// The stories that pass `f` (all but `q`, which the caller resolves with the store's
    /// full-text search into `only`), newest first.
    pub fn filter<'a>(&'a self, f: &Filter, only: Option<&'a BTreeSet<i64>>) -> impl Iterator<Item = &'a StorySummary> + 'a {
        let want = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(filter_key);
        let (outlet, actor, place) = (want(&f.outlet), want(&f.actor), want(&f.place));
        let country = f.country.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(filter_key);
        let event = f.event.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_lowercase);
        let since = f.since.clone().filter(|s| !s.is_empty());
        let until = f.until.clone().filter(|s| !s.is_empty());
        let thread = f.thread.clone().filter(|s| !s.is_empty());
        self.stories.iter().filter(move |s| {
            let has = |key: &str, v: &Option<String>| v.as_ref().is_none_or(|v| key.contains(v.as_str()));
            since.as_ref().is_none_or(|d| s.last.as_ref().is_some_and(|l| l >= d))
                && until.as_ref().is_none_or(|d| s.first.as_ref().is_some_and(|x| x.as_str() <= d.as_str()))
                && has(&s.keys.outlet, &outlet)
                && has(&s.keys.actor, &actor)
                && has(&s.keys.place, &place)
                && country.as_ref().is_none_or(|c| s.keys.country.split('\n').any(|k| !k.is_empty() && (k == c || (c.chars().count() > 2 && k.contains(c.as_str())))))
                && event.as_ref().is_none_or(|e| s.event_types.iter().any(|t| t == e))
                && only.is_none_or(|o| o.contains(&s.id))
                && thread.as_ref().is_none_or(|t| s.thread.as_ref() == Some(t))
        })
    }
}
