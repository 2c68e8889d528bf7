//! Incremental story clustering.
//!
//! Articles come in batches (sorted inside a batch by publication day, then input order)
//! and each is handled once:
//!
//! 1. **Near-duplicates.** The MinHash signature is cut into [`BANDS`] bands of
//!    [`ROWS`] rows; articles sharing a band bucket are candidates, and one whose estimated
//!    Jaccard similarity is at least `near_dup_jaccard` is a near-copy: it is marked
//!    `near_duplicate_of` the first article of its copy family and joins that article's
//!    story without further ado.
//! 2. **Vector.** The article's terms are weighted tf × idf, with document frequencies over
//!    every article seen so far (a batch's frequencies are counted before any of its
//!    articles is placed), and the strongest `vector_terms` kept, L2-normalised.
//! 3. **Candidates.** An inverted index from each article's `index_terms` strongest terms
//!    (and its entity ids) to the articles holding them gives candidate stories: only
//!    postings within `window_days` of the article are read, at most `max_postings` per
//!    term, so the work per article is bounded and the whole run near-linear.
//! 4. **Join.** Similarity to a candidate story is the cosine between the article vector and
//!    the story's centroid (the sum of its articles' vectors), blended with the share of the
//!    article's entities the story names, a small bonus for a shared figure or named day,
//!    and a decay beyond a day from the story's anchor day (the mean publication day of
//!    its articles). The article joins the best story at or above `threshold` — and a
//!    story whose anchor lies more than `window_days` away is never a candidate, so two
//!    events a week apart stay apart and a story cannot drift along a running topic. A
//!    second story that also passes the threshold is merged in when the two centroids
//!    are themselves at least `merge_threshold` alike (this undoes order effects without
//!    single-link chaining). Otherwise the article starts a story.

use crate::features::{jaccard, mix, ArticleDigest, FigureKey, SIG_LEN};
use crate::types::Story;
use rustc_hash::{FxHashMap, FxHashSet};

/// LSH bands and rows per band (BANDS × ROWS = SIG_LEN): the S-curve's midpoint is
/// (1/16)^(1/4) = 0.5.
pub const BANDS: usize = 16;
pub const ROWS: usize = SIG_LEN / BANDS;

/// Tunables of the clusterer; [`StoryConfig::default`] is what the tests and bench use.
#[derive(Debug, Clone)]
pub struct StoryConfig {
    /// Days either side of a story's span within which an article may join it.
    pub window_days: i32,
    /// Estimated Jaccard similarity of 5-gram shingles at or above which two articles are
    /// near-copies.
    pub near_dup_jaccard: f32,
    /// Similarity at or above which an article joins a story.
    pub threshold: f32,
    /// Share of the headline cosine in the similarity (the rest is the body's).
    pub title_weight: f32,
    /// Centroid similarity at or above which two stories an article bridges are merged.
    pub merge_threshold: f32,
    /// Blended centroid similarity (body and headline) at or above which two stories are
    /// merged in the pass after each batch.
    pub story_merge_threshold: f32,
    /// Terms per article that go into the inverted index.
    pub index_terms: usize,
    /// Terms per article vector.
    pub vector_terms: usize,
    /// Terms kept in a story centroid.
    pub centroid_terms: usize,
    /// Postings read per term and per entity when looking for candidates.
    pub max_postings: usize,
    /// Candidate stories scored in full per article.
    pub max_candidates: usize,
    /// Stories with fewer articles are left out of [`Stories::stories`].
    pub min_articles: usize,
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig {
            window_days: 3,
            near_dup_jaccard: 0.5,
            threshold: 0.20,
            title_weight: 0.5,
            merge_threshold: 0.30,
            story_merge_threshold: 0.30,
            index_terms: 12,
            vector_terms: 30,
            centroid_terms: 120,
            max_postings: 400,
            max_candidates: 12,
            min_articles: 2,
        }
    }
}

/// What one [`Stories::add_batch`] changed.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Changes {
    /// Stories created by this batch (ids), that have at least `min_articles` articles.
    pub new_stories: Vec<String>,
    /// Stories that existed before the batch (as reported stories) and gained articles.
    pub grown: Vec<String>,
    /// `(article, original)`: articles marked as near-copies in this batch.
    pub near_duplicates: Vec<(String, String)>,
    /// `(absorbed, into)`: stories merged because an article bridged them.
    pub merged: Vec<(String, String)>,
    /// Articles skipped because their id was already seen.
    pub skipped: Vec<String>,
}

pub(crate) struct Rec {
    pub digest: ArticleDigest,
    /// Weighted, L2-normalised terms.
    pub vec: Vec<(u64, f32)>,
    /// Weighted, L2-normalised headline terms.
    #[allow(dead_code)]
    pub tvec: Vec<(u64, f32)>,
    pub story: u32,
    pub dup_of: Option<u32>,
    pub day: Option<i32>,
}

pub(crate) struct StoryState {
    /// Index of its first article: the story id is `s{first}`.
    pub first: u32,
    pub members: Vec<u32>,
    pub centroid: FxHashMap<u64, f32>,
    pub norm: f32,
    /// Sum of the members' headline vectors.
    pub tcentroid: FxHashMap<u64, f32>,
    pub tnorm: f32,
    pub min_day: Option<i32>,
    pub max_day: Option<i32>,
    /// Sum and count of its dated articles' days: the story's anchor day is their mean.
    pub day_sum: i64,
    pub day_n: u32,
    pub entities: FxHashMap<u64, u32>,
    pub figures: FxHashSet<FigureKey>,
    pub days: FxHashSet<i32>,
    pub alive: bool,
}

impl StoryState {
    /// The mean day of its dated articles.
    pub(crate) fn anchor(&self) -> Option<i32> {
        (self.day_n > 0).then(|| (self.day_sum as f64 / self.day_n as f64).round() as i32)
    }
    fn recompute_norm(&mut self) {
        self.norm = self.centroid.values().map(|v| v * v).sum::<f32>().sqrt();
        self.tnorm = self.tcentroid.values().map(|v| v * v).sum::<f32>().sqrt();
    }
    fn prune(&mut self, keep: usize) {
        if self.centroid.len() > keep * 2 {
            let mut v: Vec<(u64, f32)> = self.centroid.drain().collect();
            v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(keep);
            self.centroid = v.into_iter().collect();
        }
        if self.tcentroid.len() > keep * 2 {
            let mut v: Vec<(u64, f32)> = self.tcentroid.drain().collect();
            v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(keep);
            self.tcentroid = v.into_iter().collect();
        }
        self.recompute_norm();
    }
    pub(crate) fn cosine(&self, vec: &[(u64, f32)]) -> f32 {
        if self.norm == 0.0 {
            return 0.0;
        }
        vec.iter().map(|(t, w)| w * self.centroid.get(t).copied().unwrap_or(0.0)).sum::<f32>() / self.norm
    }
    pub(crate) fn tcosine(&self, tvec: &[(u64, f32)]) -> f32 {
        if self.tnorm == 0.0 {
            return 0.0;
        }
        tvec.iter().map(|(t, w)| w * self.tcentroid.get(t).copied().unwrap_or(0.0)).sum::<f32>() / self.tnorm
    }
}

/// Incremental clustering state: compact features of every article seen, the indexes, and
/// the stories.
pub struct Stories {
    pub(crate) cfg: StoryConfig,
    pub(crate) recs: Vec<Rec>,
    pub(crate) stories: Vec<StoryState>,
    ids: FxHashSet<String>,
    df: FxHashMap<u64, u32>,
    n_docs: u32,
    lsh: FxHashMap<u64, Vec<u32>>,
    terms: FxHashMap<u64, Vec<u32>>,
    ents: FxHashMap<u64, Vec<u32>>,
}

impl Stories {
    pub fn new(config: StoryConfig) -> Self {
        Stories {
            cfg: config,
            recs: Vec::new(),
            stories: Vec::new(),
            ids: Default::default(),
            df: Default::default(),
            n_docs: 0,
            lsh: Default::default(),
            terms: Default::default(),
            ents: Default::default(),
        }
    }

    pub fn config(&self) -> &StoryConfig {
        &self.cfg
    }

    /// Number of articles held.
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    pub(crate) fn story_id(&self, s: u32) -> String {
        format!("s{}", self.stories[s as usize].first)
    }

    /// The story id an article was put in, if the article is known.
    pub fn story_of(&self, article_id: &str) -> Option<String> {
        // Linear in the number of articles: for callers that ask rarely. Use
        // [`Stories::assignments`] for all of them.
        self.recs.iter().find(|r| r.digest.id == article_id).map(|r| self.story_id(r.story))
    }

    /// `(article id, story id)` for every article, in insertion order (singletons included).
    pub fn assignments(&self) -> Vec<(String, String)> {
        self.recs.iter().map(|r| (r.digest.id.clone(), self.story_id(r.story))).collect()
    }

    /// Add a batch of articles; returns what changed.
    pub fn add_batch(&mut self, batch: Vec<ArticleDigest>) -> Changes {
        let mut changes = Changes::default();
        let mut batch: Vec<ArticleDigest> = batch
            .into_iter()
            .filter(|d| {
                if self.ids.insert(d.id.clone()) {
                    true
                } else {
                    changes.skipped.push(d.id.clone());
                    false
                }
            })
            .collect();
        // Oldest first (stable: input order within a day; undated last).
        batch.sort_by_key(|d| d.features.published.unwrap_or(i32::MAX));
        // Document frequencies first, so the batch's first articles see its vocabulary.
        for d in &batch {
            for (t, _) in &d.features.terms {
                *self.df.entry(*t).or_insert(0) += 1;
            }
        }
        self.n_docs += batch.len() as u32;

        let before_stories = self.stories.len();
        let mut touched: FxHashSet<u32> = Default::default();
        let old_sizes: Vec<usize> = self.stories.iter().map(|s| s.members.len()).collect();
        for d in batch {
            let s = self.add_one(d, &mut changes);
            touched.insert(s);
        }
        // Second pass: stories this batch touched, smallest first, are merged into a
        // candidate story whose centroids (body and headline) are alike enough — the
        // reactions and follow-ups that arrived before the story's core had formed.
        let mut order: Vec<u32> = touched.iter().copied().collect();
        order.sort_unstable_by_key(|&s| (self.stories[s as usize].members.len(), s));
        for s in order {
            if !self.stories[s as usize].alive {
                continue;
            }
            if let Some(t) = self.best_merge(s) {
                let (keep, gone) = self.merge(t, s);
                changes.merged.push((self.story_id(gone), self.story_id(keep)));
                touched.insert(keep);
            }
        }
        let touched: FxHashSet<u32> = touched.into_iter().map(|s| self.resolve(s)).collect();
        // Report by id.
        let mut touched: Vec<u32> = touched.into_iter().collect();
        touched.sort_unstable();
        let min = self.cfg.min_articles;
        for s in touched {
            let st = &self.stories[s as usize];
            if !st.alive || st.members.len() < min {
                continue;
            }
            let id = self.story_id(s);
            if (s as usize) >= before_stories || old_sizes[s as usize] < min {
                changes.new_stories.push(id);
            } else {
                changes.grown.push(id);
            }
        }
        changes
    }

    fn add_one(&mut self, d: ArticleDigest, changes: &mut Changes) -> u32 {
        let idx = self.recs.len() as u32;
        let day = d.features.published;

        // 1. Near-duplicates.
        let mut dup_of: Option<u32> = None;
        if d.features.minhash.len() == SIG_LEN {
            let sig = &d.features.minhash;
            let mut best: Option<(f32, u32)> = None;
            let mut seen: FxHashSet<u32> = Default::default();
            let mut keys = [0u64; BANDS];
            for (b, key) in keys.iter_mut().enumerate() {
                let mut h = mix(b as u64 + 1);
                for r in 0..ROWS {
                    h = mix(h ^ sig[b * ROWS + r] as u64);
                }
                *key = h;
                if let Some(bucket) = self.lsh.get(&h) {
                    for &j in bucket.iter().rev().take(64) {
                        if !seen.insert(j) {
                            continue;
                        }
                        let jj = jaccard(sig, &self.recs[j as usize].digest.features.minhash);
                        if jj >= self.cfg.near_dup_jaccard && best.is_none_or(|(bj, bi)| jj > bj || (jj == bj && j < bi)) {
                            best = Some((jj, j));
                        }
                    }
                }
            }
            for key in keys {
                self.lsh.entry(key).or_default().push(idx);
            }
            if let Some((_, j)) = best {
                dup_of = Some(self.recs[j as usize].dup_of.unwrap_or(j));
            }
        }

        // 2. Vector.
        let n = self.n_docs.max(1) as f32;
        let mut vec: Vec<(u64, f32)> = d
            .features
            .terms
            .iter()
            .map(|(t, w)| {
                let df = self.df.get(t).copied().unwrap_or(1) as f32;
                (*t, w.sqrt() * ((n + 1.0) / df).ln().max(0.0))
            })
            .filter(|(_, w)| *w > 0.0)
            .collect();
        vec.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        vec.truncate(self.cfg.vector_terms);
        let norm = vec.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for v in &mut vec {
                v.1 /= norm;
            }
        }

        let mut tvec: Vec<(u64, f32)> = d
            .features
            .title_terms
            .iter()
            .map(|t| {
                let df = self.df.get(t).copied().unwrap_or(1) as f32;
                (*t, ((n + 1.0) / df).ln().max(0.0))
            })
            .filter(|(_, w)| *w > 0.0)
            .collect();
        let tn = tvec.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if tn > 0.0 {
            for v in &mut tvec {
                v.1 /= tn;
            }
        }

        if let Some(orig) = dup_of {
            let s = self.recs[orig as usize].story;
            changes.near_duplicates.push((d.id.clone(), self.recs[orig as usize].digest.id.clone()));
            let st = &mut self.stories[s as usize];
            st.members.push(idx);
            extend_days(st, day);
            self.recs.push(Rec { digest: d, vec, tvec, story: s, dup_of, day });
            return s;
        }

        // 3. Candidates.
        let w = self.cfg.window_days;
        let in_window = |o: Option<i32>| match (day, o) {
            (Some(a), Some(b)) => (a - b).abs() <= w,
            _ => true,
        };
        let mut cand: FxHashMap<u32, f32> = Default::default();
        for (t, wt) in vec.iter().take(self.cfg.index_terms) {
            if let Some(post) = self.terms.get(t) {
                for &j in post.iter().rev().take(self.cfg.max_postings) {
                    let r = &self.recs[j as usize];
                    if in_window(r.day) {
                        *cand.entry(r.story).or_insert(0.0) += wt;
                    }
                }
            }
        }
        let ent_keys: Vec<u64> = d.features.actors.iter().chain(&d.features.places).copied().collect();
        for e in &ent_keys {
            if let Some(post) = self.ents.get(e) {
                for &j in post.iter().rev().take(self.cfg.max_postings / 4) {
                    let r = &self.recs[j as usize];
                    if in_window(r.day) {
                        *cand.entry(r.story).or_insert(0.0) += 0.05;
                    }
                }
            }
        }
        let mut cand: Vec<(u32, f32)> = cand.into_iter().collect();
        cand.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cand.truncate(self.cfg.max_candidates);

        // 4. Score and join.
        let mut scored: Vec<(f32, u32)> = cand
            .iter()
            .filter_map(|&(s, _)| {
                let st = &self.stories[s as usize];
                if !st.alive {
                    return None;
                }
                if let (Some(a), Some(c)) = (day, st.anchor()) {
                    if (a - c).abs() > w {
                        return None;
                    }
                }
                Some((self.similarity(&d, &vec, &tvec, day, st), s))
            })
            .collect();
        scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(self.stories[a.1 as usize].first.cmp(&self.stories[b.1 as usize].first)));
        let target = match scored.first() {
            Some(&(sim, s)) if sim >= self.cfg.threshold => {
                // Merge other passing stories whose centroids agree with the target's.
                let mut tgt = s;
                for &(sim2, s2) in scored.iter().skip(1) {
                    if sim2 < self.cfg.threshold {
                        break;
                    }
                    if self.stories[s2 as usize].alive && s2 != tgt && self.centroid_similarity(tgt, s2) >= self.cfg.merge_threshold {
                        let (keep, gone) = self.merge(tgt, s2);
                        changes.merged.push((self.story_id(gone), self.story_id(keep)));
                        tgt = keep;
                    }
                }
                tgt
            }
            _ => {
                self.stories.push(StoryState {
                    first: idx,
                    members: Vec::new(),
                    centroid: Default::default(),
                    norm: 0.0,
                    tcentroid: Default::default(),
                    tnorm: 0.0,
                    min_day: None,
                    max_day: None,
                    day_sum: 0,
                    day_n: 0,
                    entities: Default::default(),
                    figures: Default::default(),
                    days: Default::default(),
                    alive: true,
                });
                (self.stories.len() - 1) as u32
            }
        };

        // 5. Index and update the story.
        for (t, _) in vec.iter().take(self.cfg.index_terms) {
            self.terms.entry(*t).or_default().push(idx);
        }
        for e in &ent_keys {
            self.ents.entry(*e).or_default().push(idx);
        }
        let keep = self.cfg.centroid_terms;
        let st = &mut self.stories[target as usize];
        st.members.push(idx);
        for (t, wt) in &vec {
            *st.centroid.entry(*t).or_insert(0.0) += wt;
        }
        for (t, wt) in &tvec {
            *st.tcentroid.entry(*t).or_insert(0.0) += wt;
        }
        st.prune(keep);
        extend_days(st, day);
        for e in &ent_keys {
            *st.entities.entry(*e).or_insert(0) += 1;
        }
        st.figures.extend(d.features.figures.iter().copied());
        st.days.extend(d.features.days.iter().copied());
        self.recs.push(Rec { digest: d, vec, tvec, story: target, dup_of: None, day });
        target
    }

    fn similarity(&self, d: &ArticleDigest, vec: &[(u64, f32)], tvec: &[(u64, f32)], day: Option<i32>, st: &StoryState) -> f32 {
        let body = st.cosine(vec);
        let mut sim = if tvec.is_empty() || st.tnorm == 0.0 { body } else { (1.0 - self.cfg.title_weight) * body + self.cfg.title_weight * st.tcosine(tvec) };
        let ents: Vec<u64> = d.features.actors.iter().chain(&d.features.places).copied().collect();
        if !ents.is_empty() && !st.entities.is_empty() {
            let shared = ents.iter().filter(|e| st.entities.contains_key(e)).count() as f32;
            sim = 0.8 * sim + 0.2 * shared / ents.len() as f32;
        }
        if d.features.figures.iter().any(|f| st.figures.contains(f)) {
            sim += 0.05;
        }
        if d.features.days.iter().any(|x| st.days.contains(x)) {
            sim += 0.05;
        }
        if let (Some(a), Some(c)) = (day, st.anchor()) {
            let gap = (a - c).abs();
            if gap > 1 {
                sim *= 1.0 - 0.1 * (gap - 1) as f32;
            }
        }
        sim
    }

    /// Diagnostic: the (body, headline) centroid cosines of two live stories, by id.
    pub fn story_similarity(&self, a: &str, b: &str) -> Option<(f32, f32)> {
        let find = |id: &str| -> Option<u32> {
            let first: u32 = id.strip_prefix('s')?.parse().ok()?;
            self.stories.iter().position(|st| st.alive && st.first == first).map(|x| x as u32)
        };
        let (x, y) = (find(a)?, find(b)?);
        Some((self.centroid_similarity(x, y), self.title_similarity(x, y)))
    }

    /// Where a merged-away story's articles went.
    fn resolve(&self, s: u32) -> u32 {
        let st = &self.stories[s as usize];
        if st.alive {
            return s;
        }
        st.members.first().map(|&m| self.recs[m as usize].story).unwrap_or(s)
    }

    /// The story `s` should be merged into, if any: a candidate (found through the
    /// inverted index from the strongest centroid terms) within the time window whose
    /// blended centroid similarity reaches `story_merge_threshold`.
    fn best_merge(&self, s: u32) -> Option<u32> {
        let st = &self.stories[s as usize];
        let w = self.cfg.window_days;
        let mut top: Vec<(u64, f32)> = st.centroid.iter().map(|(t, v)| (*t, *v)).collect();
        top.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut cand: FxHashMap<u32, f32> = Default::default();
        for (t, wt) in top.iter().take(self.cfg.index_terms) {
            if let Some(post) = self.terms.get(t) {
                for &j in post.iter().rev().take(self.cfg.max_postings) {
                    let o = self.recs[j as usize].story;
                    if o != s {
                        *cand.entry(o).or_insert(0.0) += wt;
                    }
                }
            }
        }
        let mut cand: Vec<(u32, f32)> = cand.into_iter().collect();
        cand.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cand.truncate(self.cfg.max_candidates);
        let mut best: Option<(f32, u32)> = None;
        for (o, _) in cand {
            let ot = &self.stories[o as usize];
            if !ot.alive {
                continue;
            }
            if let (Some(a), Some(b)) = (st.anchor(), ot.anchor()) {
                if (a - b).abs() > w {
                    continue;
                }
            }
            let tw = self.cfg.title_weight;
            let sim = (1.0 - tw) * self.centroid_similarity(s, o) + tw * self.title_similarity(s, o);
            if sim >= self.cfg.story_merge_threshold && best.is_none_or(|(b, _)| sim > b) {
                best = Some((sim, o));
            }
        }
        best.map(|(_, o)| o)
    }

    fn title_similarity(&self, a: u32, b: u32) -> f32 {
        let (x, y) = (&self.stories[a as usize], &self.stories[b as usize]);
        if x.tnorm == 0.0 || y.tnorm == 0.0 {
            return 0.0;
        }
        let (small, big) = if x.tcentroid.len() <= y.tcentroid.len() { (x, y) } else { (y, x) };
        small.tcentroid.iter().map(|(t, w)| w * big.tcentroid.get(t).copied().unwrap_or(0.0)).sum::<f32>() / (x.tnorm * y.tnorm)
    }

    fn centroid_similarity(&self, a: u32, b: u32) -> f32 {
        let (x, y) = (&self.stories[a as usize], &self.stories[b as usize]);
        if x.norm == 0.0 || y.norm == 0.0 {
            return 0.0;
        }
        let (small, big) = if x.centroid.len() <= y.centroid.len() { (x, y) } else { (y, x) };
        small.centroid.iter().map(|(t, w)| w * big.centroid.get(t).copied().unwrap_or(0.0)).sum::<f32>() / (x.norm * y.norm)
    }

    /// Merge the smaller story into the larger; the survivor takes the smaller `first`
    /// (so its id is its earliest article's). Returns (survivor, absorbed).
    fn merge(&mut self, a: u32, b: u32) -> (u32, u32) {
        let (keep, gone) = if self.stories[a as usize].members.len() >= self.stories[b as usize].members.len() { (a, b) } else { (b, a) };
        let g = std::mem::replace(
            &mut self.stories[gone as usize],
            StoryState {
                first: 0,
                members: Vec::new(),
                centroid: Default::default(),
                norm: 0.0,
                tcentroid: Default::default(),
                tnorm: 0.0,
                min_day: None,
                max_day: None,
                day_sum: 0,
                day_n: 0,
                entities: Default::default(),
                figures: Default::default(),
                days: Default::default(),
                alive: false,
            },
        );
        for &m in &g.members {
            self.recs[m as usize].story = keep;
        }
        let keep_n = self.cfg.centroid_terms;
        let k = &mut self.stories[keep as usize];
        let gone_first = g.first;
        k.first = k.first.min(g.first);
        k.members.extend(g.members.iter().copied());
        k.members.sort_unstable();
        for (t, w) in g.centroid {
            *k.centroid.entry(t).or_insert(0.0) += w;
        }
        for (t, w) in g.tcentroid {
            *k.tcentroid.entry(t).or_insert(0.0) += w;
        }
        k.prune(keep_n);
        k.day_sum += g.day_sum;
        k.day_n += g.day_n;
        k.min_day = min_opt(k.min_day, g.min_day);
        k.max_day = max_opt(k.max_day, g.max_day);
        for (e, c) in g.entities {
            *k.entities.entry(e).or_insert(0) += c;
        }
        k.figures.extend(g.figures);
        k.days.extend(g.days);
        // Keep the absorbed story's first member reachable for `live`.
        let gs = &mut self.stories[gone as usize];
        gs.first = gone_first;
        gs.members = g.members.first().copied().into_iter().collect();
        (keep, gone)
    }

    /// Every story with at least `min_articles` articles, triangulated; largest first,
    /// then by id.
    pub fn stories(&self) -> Vec<Story> {
        let mut ids: Vec<u32> = (0..self.stories.len() as u32)
            .filter(|&s| self.stories[s as usize].alive && self.stories[s as usize].members.len() >= self.cfg.min_articles)
            .collect();
        ids.sort_by_key(|&s| (std::cmp::Reverse(self.stories[s as usize].members.len()), self.stories[s as usize].first));
        ids.into_iter().map(|s| self.build(s)).collect()
    }

    /// One story by id (`s17`), triangulated, whatever its size.
    pub fn story(&self, id: &str) -> Option<Story> {
        let first: u32 = id.strip_prefix('s')?.parse().ok()?;
        let s = self.stories.iter().position(|st| st.alive && st.first == first)?;
        Some(self.build(s as u32))
    }

    fn build(&self, s: u32) -> Story {
        let st = &self.stories[s as usize];
        let mut members: Vec<u32> = st.members.clone();
        members.sort_by_key(|&m| (self.recs[m as usize].day.unwrap_or(i32::MAX), m));
        // The most central headline: the original article closest to the centroid.
        let title_idx = members
            .iter()
            .copied()
            .filter(|&m| self.recs[m as usize].dup_of.is_none() && self.recs[m as usize].digest.title.as_deref().is_some_and(|t| !t.trim().is_empty()))
            .map(|m| (st.cosine(&self.recs[m as usize].vec), m))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, m)| m)
            .or_else(|| members.first().copied());
        let title = title_idx.and_then(|m| self.recs[m as usize].digest.title.clone()).unwrap_or_default();
        let digests: Vec<(&ArticleDigest, Option<&str>)> = members
            .iter()
            .map(|&m| {
                let r = &self.recs[m as usize];
                (&r.digest, r.dup_of.map(|o| self.recs[o as usize].digest.id.as_str()))
            })
            .collect();
        crate::triangulate::build_story(self.story_id(s), title, &digests)
    }
}

fn extend_days(st: &mut StoryState, day: Option<i32>) {
    if let Some(d) = day {
        st.day_sum += d as i64;
        st.day_n += 1;
        st.min_day = Some(st.min_day.map_or(d, |x| x.min(d)));
        st.max_day = Some(st.max_day.map_or(d, |x| x.max(d)));
    }
}

fn min_opt(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

fn max_opt(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    }
}
