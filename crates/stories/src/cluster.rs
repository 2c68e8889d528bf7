//! Incremental clustering of articles into stories.
//!
//! Two signals, both found through indexes (never all pairs):
//! - near-duplicates (wire copies, republications): MinHash over word 5-gram shingles with
//!   LSH banding (16 bands of 4); an estimated Jaccard similarity ≥ 0.6 marks the later
//!   article as a near-copy of the earlier one, and puts both in one story;
//! - independent reports of one happening: an inverted index over each article's
//!   distinctive words (tf-idf top words whose document frequency is below a share of the
//!   corpus) proposes candidate articles published within a few days; their stories are
//!   the candidates. The article joins the story whose centroid it is closest to (cosine,
//!   decayed by the days since the story's latest article and by the story's age), when one
//!   of that story's articles is also close to it and the years agree; else it opens one.
//!
//! Assignment is against the story as a whole (as in online news clustering, Miranda et
//! al., EMNLP 2018), never through a chain of single links, and a story older than a week
//! takes no more articles: coverage that moved on starts a new story. `groups` then merges
//! stories by average linkage, best pair first, capped at 300 articles.

use crate::digest::{background, day_number, hash, jaccard, ArticleDigest, MINHASH, TOP_WORDS};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct StoryConfig {
    /// Articles further apart than this many days are not linked directly.
    pub window_days: i32,
    /// Cosine (with the entity bonus) at or above which two articles are one story.
    pub link_threshold: f32,
    /// Cosine of two stories' centroids at or above which they are merged at the end.
    pub merge_threshold: f32,
    /// Cosine with the story's centroid the article must also reach to join it.
    pub centroid_threshold: f32,
    /// Estimated Jaccard at or above which an article is a near-copy.
    pub near_duplicate: f64,
    /// A word in more than this share of the articles so far is not distinctive.
    pub max_df_share: f64,
    /// Score against a story as a whole (cosine with its centroid, times the time decay)
    /// at or above which an article joins it.
    pub join_threshold: f32,
    /// Per day between an article and a story's latest article, the score is multiplied by
    /// this (the first day is free): coverage that has moved on joins less easily.
    pub decay_per_day: f32,
    /// Per day a story has run beyond its first two, the score is multiplied by this, and
    /// a story older than `max_age_days` takes no more articles: one happening's direct
    /// coverage lasts days; an ongoing subject is a thread of stories.
    pub age_decay: f32,
    pub max_age_days: i32,
    /// The last pass merges no two stories into one larger than this.
    pub max_story: usize,
    /// Story centroids closer than this (cosine) fall in one thread.
    pub thread_threshold: f32,
    /// Days two happenings' dates may lie apart and still be one happening (see
    /// [`Happening`]); negative turns the requirement off.
    #[serde(default = "default_happening_days")]
    pub happening_days: i32,
    /// In the last merge, two stories whose average linkage reaches this merge even when
    /// their happenings disagree (the events stage's lede events are sometimes wrong).
    #[serde(default = "default_happening_override")]
    pub happening_override: f32,
    /// In the cut of a thread into happenings ([`Stories::cut`]): the share of a report's
    /// headline weight (idf) that a happening's story must hold when their happenings may
    /// be one (a country standing in for the place), and when they are not known to be one
    /// (no happening in the report's lede, or none that agrees). Negative turns the cut off.
    #[serde(default = "default_cut_maybe")]
    pub cut_maybe: f32,
    #[serde(default = "default_cut_title")]
    pub cut_title: f32,
    /// Stories of one thread whose headlines' average linkage (mean cosine of idf-weighted
    /// headline words over their pairs) reaches this merge after the cut; above 1: none.
    #[serde(default = "default_cut_merge")]
    pub cut_merge: f32,
    /// After the cut, stories of two threads merge when their first days tell one happening
    /// at one specific place (a town or site, not a country) and their headlines' average
    /// linkage reaches `cross_place`, or, without such a happening, when it reaches
    /// `cross_title` (first days within 2). Negative turns either off.
    #[serde(default = "default_cross_place")]
    pub cross_place: f32,
    #[serde(default = "default_cross_title")]
    pub cross_title: f32,
}

fn default_cross_place() -> f32 {
    0.05
}

fn default_cross_title() -> f32 {
    0.2
}

fn default_cut_merge() -> f32 {
    0.15
}

fn default_cut_maybe() -> f32 {
    0.2
}

fn default_cut_title() -> f32 {
    0.4
}

fn default_happening_days() -> i32 {
    2
}

fn default_happening_override() -> f32 {
    0.2
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig {
            window_days: 4,
            link_threshold: env_f32("RIWAYA_STORY_LINK", 0.2),
            merge_threshold: env_f32("RIWAYA_STORY_MERGE", 0.1),
            centroid_threshold: 0.15,
            near_duplicate: 0.6,
            max_df_share: 0.02,
            join_threshold: env_f32("RIWAYA_STORY_JOIN", 0.15),
            decay_per_day: env_f32("RIWAYA_STORY_DECAY", 0.85),
            thread_threshold: env_f32("RIWAYA_STORY_THREAD", 0.25),
            max_story: 300,
            age_decay: env_f32("RIWAYA_STORY_AGE", 0.75),
            max_age_days: env_f32("RIWAYA_STORY_MAXAGE", 7.0) as i32,
            happening_days: env_f32("RIWAYA_STORY_HAPPENING", default_happening_days() as f32) as i32,
            happening_override: env_f32("RIWAYA_STORY_HAPPENING_OVERRIDE", default_happening_override()),
            cut_maybe: env_f32("RIWAYA_STORY_CUT_MAYBE", default_cut_maybe()),
            cut_title: env_f32("RIWAYA_STORY_CUT_TITLE", default_cut_title()),
            cut_merge: env_f32("RIWAYA_STORY_CUT_MERGE", default_cut_merge()),
            cross_place: env_f32("RIWAYA_STORY_CROSS_PLACE", default_cross_place()),
            cross_title: env_f32("RIWAYA_STORY_CROSS_TITLE", default_cross_title()),
        }
    }
}

/// A tuning knob read from the environment (for `examples/tune.rs`), else its default.
fn env_f32(name: &str, default: f32) -> f32 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// What a batch changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Stories (of two or more articles) that did not exist before the batch.
    pub new_stories: Vec<String>,
    /// Stories that existed and gained articles.
    pub grown: Vec<String>,
    /// (article, the article it is a near-copy of).
    pub near_duplicates: Vec<(String, String)>,
}

/// Keys here are already hashes (xxh3 of words, of bands) or small indices: hashing them
/// again with SipHash is waste. (The store's maps of row hashes use it too.)
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);
impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}
pub(crate) type IdMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

/// Postings scanned per word, newest first: the date window makes older ones moot.
const POSTINGS_SCAN: usize = 100;
/// Candidates scored per article.
const MAX_CANDIDATES: usize = 25;
pub(crate) const BANDS: usize = 16;
pub(crate) const ROWS: usize = MINHASH / BANDS;

/// The clustering state of a run.
///
/// Assignment is online (each article against the state the articles before it left), so
/// the state can be saved and a later batch continue from it: it is `Serialize` and
/// `Deserialize` (every field, digests included, in any serde format), and
/// `restore(save(s))` then `add_batch(more)` gives the same stories as one run over
/// everything. The final merge pass ([`Stories::stories`]) is not state: it reruns over
/// all stories each time.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Stories {
    pub(crate) cfg: StoryConfig,
    pub(crate) docs: Vec<ArticleDigest>,
    /// Normalised tf-idf vector of each article (sorted by word).
    pub(crate) vecs: Vec<Vec<(u64, f32)>>,
    pub(crate) df: IdMap<u64, u32>,
    pub(crate) postings: IdMap<u64, Vec<u32>>,
    pub(crate) bands: IdMap<u64, Vec<u32>>,
    pub(crate) parent: Vec<u32>,
    /// Articles in the story each root stands for.
    pub(crate) size: Vec<u32>,
    /// Story root → first and latest day of its dated articles (`None` while undated).
    pub(crate) span: Vec<Option<(i32, i32)>>,
    /// Story root → how many of its articles name each year most.
    pub(crate) years: IdMap<u32, Vec<(u16, u32)>>,
    pub(crate) near_dup: Vec<Option<u32>>,
    /// Story root → sum of its articles' vectors, and that sum's squared norm.
    pub(crate) centroids: IdMap<u32, (IdMap<u64, f32>, f32)>,
    /// Story root → the happenings its first days' reports tell (see [`Happening`]): an
    /// article whose lede tells happenings joins only a story one of them agrees with.
    #[serde(default)]
    pub(crate) happenings: IdMap<u32, Vec<Happening>>,
    /// Per article, what the cut of a thread into happenings reads (see [`Headline`]);
    /// shorter than `docs` when a restored state did not carry them.
    #[serde(default)]
    pub(crate) headlines: Vec<Headline>,
}

impl Stories {
    pub fn new(cfg: StoryConfig) -> Self {
        Stories {
            cfg,
            docs: Vec::new(),
            vecs: Vec::new(),
            df: IdMap::default(),
            postings: IdMap::default(),
            bands: IdMap::default(),
            parent: Vec::new(),
            size: Vec::new(),
            span: Vec::new(),
            years: IdMap::default(),
            near_dup: Vec::new(),
            centroids: IdMap::default(),
            happenings: IdMap::default(),
            headlines: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn find(&mut self, mut i: u32) -> u32 {
        while self.parent[i as usize] != i {
            let p = self.parent[i as usize];
            self.parent[i as usize] = self.parent[p as usize];
            i = p;
        }
        i
    }

    fn root(&self, mut i: u32) -> u32 {
        while self.parent[i as usize] != i {
            i = self.parent[i as usize];
        }
        i
    }

    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The lower index stays root: story ids are stable as stories grow.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
            self.size[lo as usize] += self.size[hi as usize];
            if let Some(ys) = self.years.remove(&hi) {
                for (y, c) in ys {
                    self.add_year(lo, y, c);
                }
            }
            self.span[lo as usize] = match (self.span[lo as usize], self.span[hi as usize]) {
                (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
                (a, b) => a.or(b),
            };
            if let Some((c, _)) = self.centroids.remove(&hi) {
                for (w, x) in c {
                    self.add_to_centroid(lo, w, x);
                }
            }
            if let Some(h) = self.happenings.remove(&hi) {
                extend_happenings(self.happenings.entry(lo).or_default(), &h);
            }
        }
    }

    pub(crate) fn add_year(&mut self, root: u32, y: u16, c: u32) {
        let v = self.years.entry(root).or_default();
        match v.iter_mut().find(|(x, _)| *x == y) {
            Some(e) => e.1 += c,
            None => v.push((y, c)),
        }
    }

    /// The year most of a story's articles name, when one leads.
    fn story_year(&self, root: u32) -> Option<u16> {
        year_of(self.years.get(&root)?)
    }

    /// Adds `x` to word `w` of a story's centroid, keeping its squared norm current.
    pub(crate) fn add_to_centroid(&mut self, root: u32, w: u64, x: f32) {
        let (c, n2) = self.centroids.entry(root).or_default();
        let e = c.entry(w).or_default();
        *n2 += 2.0 * *e * x + x * x;
        *e += x;
    }

    /// Cosine of a vector with a story's centroid.
    fn centroid_score(&self, root: u32, v: &[(u64, f32)]) -> f32 {
        let Some((c, n2)) = self.centroids.get(&root) else { return 0.0 };
        v.iter().map(|(w, x)| x * c.get(w).copied().unwrap_or(0.0)).sum::<f32>() / n2.sqrt().max(1e-6)
    }

    /// Adds a batch of articles and links them into stories.
    pub fn add_batch(&mut self, batch: Vec<ArticleDigest>) -> Changes {
        // The size, before this batch, of each story the batch joins.
        let mut before: BTreeMap<u32, u32> = BTreeMap::new();
        let mut changes = Changes::default();
        let (bg, bg_n) = background();
        for d in batch {
            // Document frequencies count the articles up to this one: the result does not
            // depend on how the input was cut into batches.
            for (w, _) in &d.word_counts {
                *self.df.entry(*w).or_default() += 1;
            }
            let i = self.docs.len() as u32;
            self.parent.push(i);
            self.size.push(1);
            self.span.push(d.day.map(|x| (x, x)));
            self.near_dup.push(None);
            let n = (self.docs.len() + 1) as f32;
            // tf-idf over the words kept in the digest, the document frequencies being the
            // run's own plus a background corpus's (so a run of five articles still knows
            // which words are rare). The whole vector scores a pair; its top words are
            // what the index posts.
            let mut v: Vec<(u64, f32)> = d
                .word_counts
                .iter()
                .map(|(w, c)| {
                    let df = (*self.df.get(w).unwrap_or(&1) + bg.get(w).copied().unwrap_or(0)) as f32;
                    (*w, (1.0 + (*c as f32).ln()) * (1.0 + (n + *bg_n as f32) / df).ln())
                })
                .collect();
            v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-6);
            for x in &mut v {
                x.1 /= norm;
            }
            let top: Vec<u64> = v.iter().take(TOP_WORDS).map(|x| x.0).collect();
            v.sort_unstable_by_key(|x| x.0);

            // Near-duplicates through the LSH bands.
            let mut dup_of: Option<u32> = None;
            let mut band_keys = Vec::with_capacity(BANDS);
            if d.has_signature {
                for b in 0..BANDS {
                    let mut h = xxhash_rust::xxh3::Xxh3::new();
                    h.update(&[b as u8]);
                    for x in &d.minhash[b * ROWS..(b + 1) * ROWS] {
                        h.update(&x.to_le_bytes());
                    }
                    let key = h.digest();
                    if let Some(list) = self.bands.get(&key) {
                        for &j in list.iter().rev().take(POSTINGS_SCAN) {
                            if dup_of.is_none_or(|k| j < k) && jaccard(&d, &self.docs[j as usize]) >= self.cfg.near_duplicate {
                                dup_of = Some(j);
                            }
                        }
                    }
                    band_keys.push(key);
                }
            }

            // Independent reports: candidates share two or more distinctive words.
            let max_df = ((self.cfg.max_df_share * n as f64) as u32).max(8);
            let mut shared: IdMap<u32, u8> = IdMap::default();
            for w in &top {
                if self.df.get(w).copied().unwrap_or(0) > max_df {
                    continue;
                }
                if let Some(list) = self.postings.get(w) {
                    for &j in list.iter().rev().take(POSTINGS_SCAN) {
                        if let (Some(a), Some(b)) = (d.day, self.docs[j as usize].day) {
                            if (a - b).abs() > self.cfg.window_days {
                                continue;
                            }
                        }
                        *shared.entry(j).or_default() += 1;
                    }
                }
            }
            // The article is scored against each candidate story as a whole (the cosine
            // with its centroid, decayed by the days since the story's latest article),
            // never through a single link: stories do not chain into one another, and a
            // story whose coverage has moved on stops growing.
            let mut cands: Vec<(u32, u8)> = shared.into_iter().filter(|(_, k)| *k >= 2).collect();
            if cands.len() > MAX_CANDIDATES {
                cands.select_nth_unstable_by(MAX_CANDIDATES, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                cands.truncate(MAX_CANDIDATES);
            }
            // A story is a candidate when one of its articles is close to this one too.
            let mut link: IdMap<u32, f32> = IdMap::default();
            for (j, _) in &cands {
                let cos = cosine(&v, &self.vecs[*j as usize]);
                let e = link.entry(self.root(*j)).or_default();
                *e = e.max(cos);
            }
            let mut roots: Vec<u32> = link.iter().filter(|(_, c)| **c >= self.cfg.link_threshold).map(|(r, _)| *r).collect();
            roots.sort_unstable();
            let mut best: Option<(u32, f32)> = None;
            let lede = happenings(&d);
            for r in roots {
                // One happening's reports agree on what, where and when: sharing a
                // subject's words is not enough.
                let sig = self.happenings.get(&r).map_or(&[][..], |v| v.as_slice());
                if !happenings_agree(&lede, sig, self.cfg.happening_days) {
                    continue;
                }

                let decay = match (d.day, self.span[r as usize]) {
                    (Some(x), Some((lo, hi))) => {
                        let gap = if x > hi { x - hi } else if x < lo { lo - x } else { 0 };
                        let age = (x - lo).max(hi - x);
                        if gap > self.cfg.window_days || age > self.cfg.max_age_days {
                            continue;
                        }
                        self.cfg.decay_per_day.powi((gap - 1).max(0)) * self.cfg.age_decay.powi((age - 2).max(0))
                    }
                    _ => 1.0,
                };
                if let (Some(a), Some(b)) = (d.year, self.story_year(r)) {
                    if a != b {
                        continue;
                    }
                }
                let score = self.centroid_score(r, &v) * decay;
                if score >= self.cfg.join_threshold && best.is_none_or(|(br, bs)| score > bs || (score == bs && r < br)) {
                    best = Some((r, score));
                }
            }
            let join = match (dup_of, best) {
                // A near-copy goes with its original.
                (Some(j), _) => Some(j),
                (None, Some((r, _))) => Some(r),
                _ => None,
            };
            for w in top {
                self.postings.entry(w).or_default().push(i);
            }
            for key in band_keys {
                self.bands.entry(key).or_default().push(i);
            }
            if let Some(j) = dup_of {
                changes.near_duplicates.push((d.id.clone(), self.docs[j as usize].id.clone()));
            }
            self.near_dup[i as usize] = dup_of;
            let day = d.day;
            self.headlines.resize(i as usize, Headline::default());
            self.headlines.push(Headline { lede: lede.clone(), words: crate::digest::title_words(&d) });
            self.docs.push(d);
            self.vecs.push(v);
            if let Some(j) = join {
                let r = self.find(j);
                before.entry(r).or_insert(self.size[r as usize]);
                self.union(i, j);
            }
            let r = self.find(i);
            if let Some(y) = self.docs[i as usize].year {
                self.add_year(r, y, 1);
            }
            // A story's happenings are those of its first day's reports (or of its first
            // report that tells any): later reports may have moved on to the next happening.
            if !lede.is_empty() {
                let first = self.span[r as usize].map(|(lo, _)| lo);
                let sig = self.happenings.entry(r).or_default();
                if sig.is_empty() || matches!((day, first), (Some(x), Some(lo)) if x <= lo) || day.is_none() {
                    extend_happenings(sig, &lede);
                }
            }
            for k in 0..self.vecs[i as usize].len() {
                let (w, x) = self.vecs[i as usize][k];
                self.add_to_centroid(r, w, x);
            }
        }
        // What changed, by story.
        let mut grew: BTreeMap<u32, u32> = BTreeMap::new();
        for (r, b) in before {
            let now = self.root(r);
            let e = grew.entry(now).or_insert(0);
            *e = (*e).max(b);
        }
        for (r, b) in grew {
            let id = format!("s{r}");
            if b >= 2 {
                changes.grown.push(id);
            } else {
                changes.new_stories.push(id);
            }
        }
        changes
    }

    /// Members of each story (root → article indices, in input order), smallest root first.
    ///
    /// Articles join stories one at a time, so one happening can end up as a few stories
    /// about its aspects (the attack, the condemnations, the funerals), and a report that
    /// came before its story's others stays alone. A last pass merges stories by average
    /// linkage (the mean cosine over all their pairs of articles, which the centroid sums
    /// give at once), best pair first, while it stays at or above `merge_threshold`, the
    /// two stories lie within the time window and the result is no larger than
    /// `max_story`: a merge weighs every article of both, so no chain of single links
    /// can join two happenings.
    pub(crate) fn groups(&self, include_singletons: bool) -> Vec<(u32, Vec<u32>)> {
        let mut g: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for i in 0..self.docs.len() as u32 {
            g.entry(self.root(i)).or_default().push(i);
        }
        let roots: Vec<u32> = g.keys().copied().collect();
        let slot: IdMap<u32, usize> = roots.iter().enumerate().map(|(k, r)| (*r, k)).collect();
        // Sum of each story's unit vectors, sorted by word; its size; its span of days.
        let mut sums: Vec<Vec<(u64, f32)>> = {
            use rayon::prelude::*;
            roots
                .par_iter()
                .map(|r| {
                    let mut v: Vec<(u64, f32)> = self.centroids.get(r).map(|(c, _)| c.iter().map(|(w, x)| (*w, *x)).collect()).unwrap_or_default();
                    v.sort_unstable_by_key(|x| x.0);
                    v
                })
                .collect()
        };
        let mut n: Vec<f32> = roots.iter().map(|r| g[r].len() as f32).collect();
        let mut span: Vec<Option<(i32, i32)>> = roots.iter().map(|r| self.span[*r as usize]).collect();
        let mut years: Vec<Vec<(u16, u32)>> = roots.iter().map(|r| self.years.get(r).cloned().unwrap_or_default()).collect();
        let mut haps: Vec<Vec<Happening>> = roots.iter().map(|r| self.happenings.get(r).cloned().unwrap_or_default()).collect();
        let hap_days = self.cfg.happening_days;
        let strong = self.cfg.happening_override;
        let mut alive: Vec<bool> = vec![true; roots.len()];
        let mut version: Vec<u32> = vec![0; roots.len()];
        let mut into: Vec<usize> = (0..roots.len()).collect();
        // Neighbours: stories that share one of their top words (rare enough to tell).
        let mut index: IdMap<u64, Vec<usize>> = IdMap::default();
        let by_weight = |a: &(u64, f32), b: &(u64, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // Each story's eight heaviest words, in order (one pass, no copy of its words).
        let mut top: Vec<(u64, f32)> = Vec::with_capacity(9);
        for (k, v) in sums.iter().enumerate() {
            top.clear();
            for e in v {
                if top.len() == 8 && by_weight(e, &top[7]) != std::cmp::Ordering::Less {
                    continue;
                }
                let at = top.partition_point(|t| by_weight(t, e) == std::cmp::Ordering::Less);
                top.insert(at, *e);
                top.truncate(8);
            }
            for &(w, _) in &top {
                index.entry(w).or_default().push(k);
            }
        }
        let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); roots.len()];
        for list in index.values() {
            if list.len() > 40 {
                continue;
            }
            for x in 0..list.len() {
                for y in x + 1..list.len() {
                    neighbours[list[x]].push(list[y]);
                    neighbours[list[y]].push(list[x]);
                }
            }
        }
        for v in &mut neighbours {
            v.sort_unstable();
            v.dedup();
        }
        let window = self.cfg.window_days;
        let max_age = self.cfg.max_age_days;
        let fits_days = |a: Option<(i32, i32)>, b: Option<(i32, i32)>| match (a, b) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 + window && b0 <= a1 + window && a1.max(b1) - a0.min(b0) <= max_age,
            _ => true,
        };
        let fits_years = |a: &[(u16, u32)], b: &[(u16, u32)]| match (year_of(a), year_of(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        #[derive(PartialEq)]
        struct Cand(f32, usize, usize, u32, u32);
        impl Eq for Cand {}
        impl PartialOrd for Cand {
            fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(o))
            }
        }
        impl Ord for Cand {
            fn cmp(&self, o: &Self) -> std::cmp::Ordering {
                self.0.total_cmp(&o.0).then(o.1.cmp(&self.1)).then(o.2.cmp(&self.2))
            }
        }
        let max_story = self.cfg.max_story as f32;
        // The first links are independent of each other, so they are worked out in parallel;
        // the heap's order is total (ties by index), so the merges that follow do not depend
        // on the order they were pushed in.
        let first: Vec<Cand> = {
            use rayon::prelude::*;
            let (sums, n, span, years, haps) = (&sums, &n, &span, &years, &haps);
            (0..roots.len())
                .into_par_iter()
                .map_init(crate::sparse::Table::default, |table, a| {
                    let mut filled = false;
                    neighbours[a]
                        .iter()
                        .filter_map(|&b| {
                            if !(b > a && fits_days(span[a], span[b]) && fits_years(&years[a], &years[b]) && n[a] + n[b] <= max_story) {
                                return None;
                            }
                            if !std::mem::replace(&mut filled, true) {
                                table.fill(&sums[a]);
                            }
                            let l = table.dot(&sums[b]) / (n[a] * n[b]);
                            (l >= self.cfg.merge_threshold && (l >= strong || happenings_agree(&haps[a], &haps[b], hap_days))).then_some(Cand(l, a, b, 0, 0))
                        })
                        .collect::<Vec<_>>()
                })
                .flatten_iter()
                .collect()
        };
        let mut heap = std::collections::BinaryHeap::from(first);
        // The merged story's words, looked up by each neighbour (the same link, cheaper).
        let mut table = crate::sparse::Table::default();
        while let Some(Cand(_, a, b, va, vb)) = heap.pop() {
            if !alive[a] || !alive[b] || version[a] != va || version[b] != vb {
                continue;
            }
            // b goes into a (a has the lower root: story ids stay stable).
            let (a, b) = if roots[a] < roots[b] { (a, b) } else { (b, a) };
            let sb = std::mem::take(&mut sums[b]);
            sums[a] = add_sorted(&sums[a], &sb);
            n[a] += n[b];
            let (fa, fb) = (span[a].map(|x| x.0), span[b].map(|x| x.0));
            span[a] = match (span[a], span[b]) {
                (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
                (x, y) => x.or(y),
            };
            let yb = std::mem::take(&mut years[b]);
            for (y, c) in yb {
                match years[a].iter_mut().find(|(x, _)| *x == y) {
                    Some(e) => e.1 += c,
                    None => years[a].push((y, c)),
                }
            }
            // The merged story's happenings are its first reports': merging by the
            // later story's would let stories chain from one happening to the next. A
            // story that tells none yet takes the other's: else it agrees with every
            // story and, growing, stays open to all of them.
            let hb = std::mem::take(&mut haps[b]);
            merge_signature(&mut haps[a], fa, hb, fb);
            alive[b] = false;
            into[b] = a;
            version[a] += 1;
            let nb = std::mem::take(&mut neighbours[b]);
            neighbours[a].extend(nb);
            neighbours[a].sort_unstable();
            neighbours[a].dedup();
            let mut keep = Vec::new();
            for &c in &neighbours[a] {
                let mut c = c;
                while into[c] != c {
                    c = into[c];
                }
                if c != a && alive[c] {
                    keep.push(c);
                }
            }
            keep.sort_unstable();
            keep.dedup();
            // Links to the merged story, in parallel when there are many (a repeated
            // candidate was stale once popped, so scoring each neighbour once merges the same).
            table.fill(&sums[a]);
            let (sums, n, span, years, haps, version, table) = (&sums, &n, &span, &years, &haps, &version, &table);
            let score = |&c: &usize| {
                if !(fits_days(span[a], span[c]) && fits_years(&years[a], &years[c]) && n[a] + n[c] <= max_story) {
                    return None;
                }
                let l = table.dot(&sums[c]) / (n[a] * n[c]);
                let (x, y) = if a < c { (a, c) } else { (c, a) };
                (l >= self.cfg.merge_threshold && (l >= strong || happenings_agree(&haps[a], &haps[c], hap_days))).then(|| Cand(l, x, y, version[x], version[y]))
            };
            if keep.len() >= 24 {
                use rayon::prelude::*;
                heap.extend(keep.par_iter().filter_map(score).collect::<Vec<_>>());
            } else {
                heap.extend(keep.iter().filter_map(score));
            }
            neighbours[a] = keep;
        }
        let mut merged: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for (r, members) in g {
            let mut k = slot[&r];
            while into[k] != k {
                k = into[k];
            }
            merged.entry(roots[k]).or_default().extend(members);
        }
        for v in merged.values_mut() {
            v.sort_unstable();
        }
        merged.into_iter().filter(|(_, v)| include_singletons || v.len() >= 2).collect()
    }

    /// Article id → story id, for the articles in stories of two or more.
    pub fn story_of(&self) -> HashMap<String, String> {
        let mut m = HashMap::new();
        for (r, members, _) in self.cut(&self.groups(true), false) {
            for i in members {
                m.insert(self.docs[i as usize].id.clone(), format!("s{r}"));
            }
        }
        m
    }

    /// The score that links two articles (for tuning).
    pub fn pair_score(&self, a: u32, b: u32) -> f32 {
        cosine(&self.vecs[a as usize], &self.vecs[b as usize])
    }
}

/// What the cut of a thread into happenings reads of an article: the happenings its lede
/// tells and its headline's content words. `add_batch` makes it; a restored state gets it
/// through [`Stories::set_headline`] (saved with the article's placement).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Headline {
    pub(crate) lede: Vec<Happening>,
    /// Hashes of the headline's content words (else its first line's), sorted.
    pub words: Vec<u64>,
}

/// Days a happening's story in the cut stays open after its latest report.
const CUT_WINDOW: i32 = 3;
/// The share of its headline's weight a story's headlines must hold to take a report whose
/// lede names only a country or province (the events stage found no nearer place): rather
/// than open a story of its own, it joins the happening its rarer words tell.
const CUT_VAGUE: f32 = 0.1;
/// Two stories of the cut whose happenings are two merge only when their headlines' cosine
/// is this much above `cut_merge` (the place of one happening told as a town by one outlet
/// and as the site in it by another).
const CUT_TWO_MORE: f32 = 0.1;

/// A thread that tells fewer than two happenings is still cut when its headlines make two
/// stories of at least this many reports each (two stories of two are as often one
/// subject's wordings: the dev set's B-cubed falls from 0.91 to 0.88 at 2).
const CUT_SUBJECT_MIN: usize = 3;
/// A word in this share of a cut story's headlines is its own (see `recall_to_subject`;
/// at 0.5 the thread's loose reports went to stories that share a commoner word)…
const RECALL_CORE: f32 = 0.8;
/// …and calls reports to it when its idf is at least this (a word of the thread's every
/// day calls none; at 5.5 the truce's «الهدنة» was too common to call its statements).
const RECALL_RARE: f32 = 5.0;

/// A headline word whose idf is at least this is rare enough to propose two stories of
/// different threads as one (see [`Stories::join_threads`]).
const CROSS_RARE: f32 = 6.0;
/// A place one of a story's later reports names counts for the join across threads when
/// this share of its reports name it (its first day's places always count): a happening
/// recalled in passing is not what the story is about.
const CROSS_SUPPORT: f32 = 0.3;
/// Index lists longer than this (a capital named every day) propose no pairs.
const CROSS_BUCKET: usize = 400;


/// How two happenings relate in the cut: one place named by both; possibly one (a
/// country or province standing in for the place, on near days); or two.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Match {
    No,
    Maybe,
    Same,
}

/// One story being cut out of a thread.
#[derive(Default)]
struct Cut {
    members: Vec<u32>,
    /// The happenings of its first day's reports (none for the thread's remaining story).
    sig: Vec<Happening>,
    first: Option<i32>,
    last: Option<i32>,
    /// Its headlines' words: in how many headlines each.
    words: IdMap<u64, f32>,
    /// The sum of its headlines' unit vectors (idf weights), and how many were summed: the
    /// merge pass's average linkage.
    unit: IdMap<u64, f32>,
    n: f32,
}

impl Cut {
    fn add(&mut self, h: &Headline, idf: &dyn Fn(u64) -> f32) {
        // Each word's idf looked up once (two table lookups each).
        let mut room = [0f32; 32];
        let mut more = Vec::new();
        let weights: &mut [f32] = if h.words.len() <= room.len() {
            &mut room[..h.words.len()]
        } else {
            more.resize(h.words.len(), 0.0);
            &mut more
        };
        for (x, &w) in weights.iter_mut().zip(&h.words) {
            *x = idf(w);
        }
        let norm = weights.iter().map(|&x| x * x).sum::<f32>().sqrt();
        for (&w, &x) in h.words.iter().zip(weights.iter()) {
            *self.words.entry(w).or_default() += 1.0;
            if norm > 0.0 {
                *self.unit.entry(w).or_default() += x / norm;
            }
        }
        if norm > 0.0 {
            self.n += 1.0;
        }
    }

    fn absorb(&mut self, o: Cut) {
        self.members.extend(o.members);
        for (w, x) in o.words {
            *self.words.entry(w).or_default() += x;
        }
        for (w, x) in o.unit {
            *self.unit.entry(w).or_default() += x;
        }
        self.n += o.n;
    }
}

impl Stories {
    /// The headline record of article `i`, to save with its placement.
    pub fn headline(&self, i: usize) -> Option<&Headline> {
        self.headlines.get(i)
    }

    /// Gives article `i` of a restored state its saved headline record.
    pub fn set_headline(&mut self, i: usize, h: Headline) {
        if i < self.docs.len() {
            if self.headlines.len() <= i {
                self.headlines.resize(i + 1, Headline::default());
            }
            self.headlines[i] = h;
        }
    }

    /// The stories: each group of the last merge pass is a thread (one subject over days),
    /// cut by happening. Returns (story root, members, the group's root), smallest root of
    /// each group first.
    pub(crate) fn cut(&self, groups: &[(u32, Vec<u32>)], include_singletons: bool) -> Vec<(u32, Vec<u32>, u32)> {
        use rayon::prelude::*;
        let (bg, bg_n) = background();
        let n = (self.docs.len() + *bg_n as usize) as f32;
        let idf = |w: u64| -> f32 {
            let df = self.df.get(&w).copied().unwrap_or(0) + bg.get(&w).copied().unwrap_or(0);
            (1.0 + n / df.max(1) as f32).ln()
        };
        let parts: Vec<Vec<(Vec<u32>, u32)>> =
            groups.par_iter().map(|(g, members)| self.cut_group(members, &idf).into_iter().map(|m| (m, *g)).collect()).collect();
        let mut pieces: Vec<(Vec<u32>, u32)> = parts.into_iter().flatten().collect();
        pieces.sort_unstable_by_key(|x| x.0[0]);
        let mut out: Vec<(u32, Vec<u32>, u32)> = self
            .join_threads(pieces, &idf)
            .into_iter()
            .filter(|(m, _)| include_singletons || m.len() >= 2)
            .map(|(m, g)| (m[0], m, g))
            .collect();
        out.sort_unstable_by_key(|x| x.0);
        out
    }

    /// Stories of different threads that tell one happening merge (see
    /// [`StoryConfig::cross_place`]): one happening's reports sit in several merge-pass
    /// groups when their words differ. Candidates come from indexes (a specific place; a
    /// rare headline word), pairs merge best first, none beyond `max_story`. The result
    /// depends only on the pieces, not on the order articles came in. Pieces are sorted by
    /// their lowest member; a merged story keeps the thread of its lowest piece.
    fn join_threads(&self, pieces: Vec<(Vec<u32>, u32)>, idf: &dyn Fn(u64) -> f32) -> Vec<(Vec<u32>, u32)> {
        let (place_at, title_at) = (self.cfg.cross_place, self.cfg.cross_title);
        if pieces.len() < 2 || (place_at < 0.0 && title_at < 0.0) {
            return pieces;
        }
        let days = self.cfg.happening_days.max(0);
        let day = |i: u32| self.docs[i as usize].day;
        // Per piece: its days, its reports' specific happenings, per place the share of
        // its reports naming it (1 for its first day's), its headlines' summed unit
        // vectors (sorted) and how many.
        struct P {
            first: Option<i32>,
            last: Option<i32>,
            sig: Vec<Happening>,
            /// Per place, the share of its reports whose lede names it.
            support: IdMap<u64, f32>,
            unit: Vec<(u64, f32)>,
            n: f32,
        }
        let info: Vec<P> = pieces
            .iter()
            .map(|(m, _)| {
                let first = m.iter().filter_map(|&i| day(i)).min();
                let last = m.iter().filter_map(|&i| day(i)).max();
                let mut sig = Vec::new();
                let mut support: IdMap<u64, f32> = IdMap::default();
                let mut leading: Vec<u64> = Vec::new();
                let mut c = Cut::default();
                for &i in m {
                    let h = self.headline_of(i);
                    c.add(h, idf);
                    let mut named: Vec<u64> = Vec::new();
                    for x in h.lede.iter().filter(|x| x.specific()) {
                        if !sig.contains(x) && sig.len() < 64 {
                            sig.push(*x);
                        }
                        if !named.contains(&x.place) {
                            named.push(x.place);
                        }
                    }
                    let lead = day(i).is_none() || day(i) == first;
                    for w in named {
                        *support.entry(w).or_default() += 1.0;
                        if lead && !leading.contains(&w) {
                            leading.push(w);
                        }
                    }
                }
                let mut unit: Vec<(u64, f32)> = c.unit.into_iter().collect();
                unit.sort_unstable_by_key(|x| x.0);
                for (w, x) in support.iter_mut() {
                    *x = if leading.contains(w) { 1.0 } else { *x / m.len() as f32 };
                }
                P { first, last, sig, support, unit, n: c.n.max(1.0) }
            })
            .collect();
        let near_days = |a: &P, b: &P| match (a.first, a.last, b.first, b.last) {
            (Some(x), Some(x2), Some(y), Some(y2)) => y <= x2 + days && x <= y2 + days,
            _ => false,
        };
        // Candidate pairs: one specific place; one rare headline word.
        let mut by_place: IdMap<u64, Vec<usize>> = IdMap::default();
        let mut by_word: IdMap<u64, Vec<usize>> = IdMap::default();
        for (k, p) in info.iter().enumerate() {
            let mut places: Vec<u64> = p.sig.iter().map(|h| h.place).collect();
            places.sort_unstable();
            places.dedup();
            for w in places {
                by_place.entry(w).or_default().push(k);
            }
            if title_at >= 0.0 {
                for &(w, _) in &p.unit {
                    if idf(w) >= CROSS_RARE {
                        by_word.entry(w).or_default().push(k);
                    }
                }
            }
        }
        let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
        let mut seen: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
        let mut consider = |a: usize, b: usize, place: bool, pairs: &mut Vec<(f32, usize, usize)>| {
            let (a, b) = (a.min(b), a.max(b));
            let same = pieces[a].1 == pieces[b].1;
            if a == b || (same && !place) || !near_days(&info[a], &info[b]) || !seen.insert((a, b)) {
                return;
            }
            let (x, y) = (&info[a], &info[b]);
            let one = place && x.sig.iter().any(|h| y.sig.iter().any(|o| h.place == o.place && h.matches(o, days) == Match::Same && x.support[&h.place] >= CROSS_SUPPORT && y.support[&h.place] >= CROSS_SUPPORT && h.lo <= o.hi + days && o.lo <= h.hi + days));
            if same && !one {
                seen.remove(&(a, b));
                return;
            }
            let link = cosine(&x.unit, &y.unit) / (x.n * y.n);
            let at = if one && place_at >= 0.0 { place_at } else { title_at };
            if at >= 0.0 && link >= at {
                pairs.push((link, a, b));
            } else {
                seen.remove(&(a, b));
            }
        };
        for list in by_place.values().filter(|l| l.len() <= CROSS_BUCKET) {
            for (x, &a) in list.iter().enumerate() {
                for &b in &list[x + 1..] {
                    consider(a, b, true, &mut pairs);
                }
            }
        }
        for list in by_word.values().filter(|l| l.len() <= CROSS_BUCKET) {
            for (x, &a) in list.iter().enumerate() {
                for &b in &list[x + 1..] {
                    consider(a, b, false, &mut pairs);
                }
            }
        }
        if pairs.is_empty() {
            return pieces;
        }
        pairs.sort_unstable_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
        let mut parent: Vec<usize> = (0..pieces.len()).collect();
        let mut size: Vec<usize> = pieces.iter().map(|p| p.0.len()).collect();
        fn find(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for (_, a, b) in pairs {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra == rb || size[ra] + size[rb] > self.cfg.max_story {
                continue;
            }
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            parent[hi] = lo;
            size[lo] += size[hi];
        }
        let mut out: Vec<(Vec<u32>, u32)> = Vec::with_capacity(pieces.len());
        let mut slot: HashMap<usize, usize> = HashMap::new();
        for (k, (m, g)) in pieces.into_iter().enumerate() {
            let r = find(&mut parent, k);
            match slot.get(&r) {
                Some(&s) => out[s].0.extend(m),
                None => {
                    slot.insert(r, out.len());
                    out.push((m, g));
                }
            }
        }
        for (m, _) in &mut out {
            m.sort_unstable();
        }
        out
    }

    /// A headline record, or an empty one (a restored article that was not given one).
    fn headline_of(&self, i: u32) -> &Headline {
        static EMPTY: Headline = Headline { lede: Vec::new(), words: Vec::new() };
        self.headlines.get(i as usize).unwrap_or(&EMPTY)
    }

    /// One group cut into stories (members sorted, each list non-empty), as online news
    /// clustering assigns reports: in order of day, a report joins the story whose first
    /// reports tell a happening its lede agrees with (one place; or a country standing in
    /// for the place, with enough of its headline's rare words in the story's headlines),
    /// or whose headlines hold most of its headline's weight; else it opens one (of its
    /// happening, or of its headline's subject when it tells none). A story of one report
    /// goes to the thread's remaining story. Then stories whose headlines are alike
    /// (average linkage) merge, best pair first, harder when their happenings are two. A
    /// thread that tells fewer than two happenings is not cut. Tests: `happening_tests`.
    fn cut_group(&self, members: &[u32], idf: &dyn Fn(u64) -> f32) -> Vec<Vec<u32>> {
        let (maybe_at, title_at, merge_at) = (self.cfg.cut_maybe, self.cfg.cut_title, self.cfg.cut_merge);
        let vague_at = maybe_at.min(CUT_VAGUE);

        if members.len() < 2 || maybe_at < 0.0 || members.iter().all(|&i| self.headline_of(i).lede.is_empty()) {
            return vec![members.to_vec()];
        }
        let days = self.cfg.happening_days.max(0);
        let day = |i: u32| self.docs[i as usize].day;
        let mut order: Vec<u32> = members.to_vec();
        order.sort_unstable_by_key(|&i| (day(i).unwrap_or(i32::MAX), i));
        // The share of a headline's weight that a story's headlines hold.
        let held = |h: &Headline, c: &Cut| -> f32 {
            let (mut all, mut got) = (0.0, 0.0);
            for &w in &h.words {
                let x = idf(w);
                all += x;
                if c.words.contains_key(&w) {
                    got += x;
                }
            }
            if all > 0.0 { got / all } else { 0.0 }
        };
        let near = |x: Option<i32>, c: &Cut| match (x, c.first, c.last) {
            (Some(x), Some(a), Some(b)) => x >= a - CUT_WINDOW && x <= b + CUT_WINDOW,
            _ => true,
        };
        // Cut 0 is the thread's remaining story: lone reports, no happening.
        let mut cuts: Vec<Cut> = vec![Cut::default()];
        for i in order {
            let h = self.headline_of(i);
            let d = day(i);
            // A lede that names only a country (or province): its headline's words decide.
            let vague = !h.lede.is_empty() && h.lede.iter().all(|x| !x.specific());
            let mut best: Option<(usize, Match, f32)> = None;
            for (k, c) in cuts.iter().enumerate().skip(1) {
                if !near(d, c) {
                    continue;
                }
                let m = h.lede.iter().flat_map(|a| c.sig.iter().map(move |b| a.matches(b, days))).max().unwrap_or(Match::No);
                let t = held(h, c);
                let ok = match m {
                    Match::Same => true,
                    Match::Maybe => t >= if vague { vague_at } else { maybe_at },
                    Match::No => t >= title_at,
                };
                if ok && best.is_none_or(|(_, bm, bt)| m > bm || (m == bm && t > bt)) {
                    best = Some((k, m, t));
                }
            }
            // A report that none takes opens a story: of its happening, or, when it tells
            // none, of its headline's subject (a truce, a trial, a visit).
            let k = match best {
                Some((k, _, _)) => k,
                None => {
                    cuts.push(Cut { sig: h.lede.clone(), first: d, last: d, ..Cut::default() });
                    cuts.len() - 1
                }
            };
            let c = &mut cuts[k];
            c.members.push(i);
            c.add(h, idf);
            if d.is_some() && c.first.is_none() {
                c.first = d;
            }
            c.last = c.last.max(d);
            if k > 0 && (d.is_none() || d == c.first) {
                extend_happenings(&mut c.sig, &h.lede);
            }
        }
        // A happening told by one report is no story of its own: it stays in the thread's.
        let mut k = 1;
        while k < cuts.len() {
            if cuts[k].members.len() < 2 {
                let c = cuts.swap_remove(k);
                cuts[0].absorb(c);
            } else {
                k += 1;
            }
        }
        // Stories whose headlines are alike merge (best pair first), unless their
        // happenings are two (no pair of them can be one).
        if merge_at <= 1.0 {
            // Average linkage: the mean cosine over the two stories' pairs of headlines.
            let vec_of = |c: &Cut| -> (Vec<(u64, f32)>, f32) {
                let mut v: Vec<(u64, f32)> = c.unit.iter().map(|(w, x)| (*w, *x)).collect();
                v.sort_unstable_by_key(|x| x.0);
                (v, c.n.max(1.0))
            };
            loop {
                let vs: Vec<(Vec<(u64, f32)>, f32)> = cuts.iter().map(vec_of).collect();
                let mut best: Option<(f32, usize, usize)> = None;
                for a in 0..cuts.len() {
                    if cuts[a].members.is_empty() {
                        continue;
                    }
                    for b in a + 1..cuts.len() {
                        if cuts[b].members.is_empty() {
                            continue;
                        }
                        let two = cuts[a].sig.iter().all(|x| cuts[b].sig.iter().all(|y| x.matches(y, days) == Match::No))
                            && !cuts[a].sig.is_empty()
                            && !cuts[b].sig.is_empty();
                        let link = cosine(&vs[a].0, &vs[b].0) / (vs[a].1 * vs[b].1);
                        if link >= if two { merge_at + CUT_TWO_MORE } else { merge_at } && best.is_none_or(|(bl, _, _)| link > bl) {
                            best = Some((link, a, b));
                        }
                    }
                }
                let Some((_, a, b)) = best else { break };
                // The merged story keeps both signatures: it is two happenings' only if one
                // of each agrees.
                let mut c = std::mem::take(&mut cuts[b]);
                let sig = std::mem::take(&mut c.sig);
                cuts[a].absorb(c);
                extend_happenings(&mut cuts[a].sig, &sig);
                cuts.remove(b);
            }
        }
        // A thread that tells one happening (or none twice) is one story: its reports whose
        // happening the events stage missed belong with those whose it found.
        // Unless its headlines tell two subjects of several reports each (a truce beside
        // the week's visits and calls): those are two stories whether or not the events
        // stage found a happening in them.
        if cuts.iter().skip(1).filter(|c| !c.sig.is_empty()).count() < 2
            && cuts.iter().skip(1).filter(|c| c.members.len() >= CUT_SUBJECT_MIN).count() < 2
        {
            return vec![members.to_vec()];
        }
        self.recall_to_subject(&mut cuts, idf);
        let mut out: Vec<Vec<u32>> = cuts.into_iter().map(|c| c.members).filter(|m| !m.is_empty()).collect();
        for m in &mut out {
            m.sort_unstable();
        }
        out
    }
}

impl Stories {
    /// A report that tells no happening at a place, whose headline names a story's own
    /// rare words (a word in most of its headlines: «الهدنة») while its own story has no
    /// such word (the thread's remaining story, a loose one), goes to that story, within
    /// its days: a
    /// statement about a truce is coverage of the truce. All moves are decided on the cut
    /// as it stands, then made, so the result does not depend on the order of stories.
    fn recall_to_subject(&self, cuts: &mut [Cut], idf: &dyn Fn(u64) -> f32) {
        // A cut story's words in RECALL_CORE of its headlines (two at least), as rare as `rare`.
        let core = |c: &Cut, rare: f32| -> Vec<u64> {
            let n = c.members.len() as f32;
            let mut v: Vec<u64> =
                c.words.iter().filter(|(w, x)| **x >= 2.0 && **x >= RECALL_CORE * n && idf(**w) >= rare).map(|(w, _)| *w).collect();
            v.sort_unstable();
            v
        };
        let cores: Vec<Vec<u64>> =
            cuts.iter().map(|c| if c.members.len() >= CUT_SUBJECT_MIN { core(c, RECALL_RARE) } else { Vec::new() }).collect();
        let owns: Vec<Vec<u64>> = cuts.iter().map(|c| core(c, 0.0)).collect();
        let day = |i: u32| self.docs[i as usize].day;
        let mut moves: Vec<(usize, u32, usize)> = Vec::new();
        for (a, c) in cuts.iter().enumerate() {
            for &i in &c.members {
                let h = self.headline_of(i);
                let words = &h.words;
                // A report that tells a happening of its own place is that happening's.
                if h.lede.iter().any(|x| x.specific()) || owns[a].iter().any(|w| words.contains(w)) {
                    continue;
                }
                let d = day(i);
                let mut best: Option<(usize, usize)> = None;
                for (b, o) in cuts.iter().enumerate() {
                    if b == a || cores[b].is_empty() {
                        continue;
                    }
                    let near = match (d, o.first, o.last) {
                        (Some(x), Some(f), Some(l)) => x >= f - CUT_WINDOW && x <= l + CUT_WINDOW,
                        _ => true,
                    };
                    let n = cores[b].iter().filter(|w| words.contains(w)).count();
                    if near && n > 0 && best.is_none_or(|(_, bn)| n > bn) {
                        best = Some((b, n));
                    }
                }
                if let Some((b, _)) = best {
                    moves.push((a, i, b));
                }
            }
        }
        for (a, i, b) in moves {
            cuts[a].members.retain(|&x| x != i);
            cuts[b].members.push(i);
        }
    }
}

impl Happening {
    /// Whether the happening names a specific place: a town or site, or an unresolved
    /// place that is no generic word (not a country or province).
    fn specific(&self) -> bool {
        self.place != 0 && (self.precise || (self.country == 0 && self.admin1 == 0))
    }

    /// How two reports' happenings relate in the cut: the same family and one place named
    /// by both; the same family, the country (or province) standing in for the place and
    /// days that agree; else not one.
    fn matches(&self, o: &Happening, days: i32) -> Match {
        if !kinds_related(self.family, o.family) {
            return Match::No;
        }
        if self.place != 0 && self.place == o.place {
            return Match::Same;
        }
        if self.country != 0 && o.country != 0 && self.country != o.country {
            return Match::No;
        }
        let near = self.lo <= o.hi + days && o.lo <= self.hi + days;
        let one_province = !(self.precise && o.precise) || (self.admin1 != 0 && self.admin1 == o.admin1);
        if near && one_province {
            Match::Maybe
        } else {
            Match::No
        }
    }
}

/// Happenings an article's lede reports: its first events of a known family, in text order.
const LEDE_HAPPENINGS: usize = 3;
/// Happenings kept as a story's signature (from its first days' reports).
const STORY_HAPPENINGS: usize = 24;
/// The lede is the text's first this many bytes (two sentences or so): the happening an
/// article reports is told there; events further on are often background.
const LEDE_BYTES: usize = 800;
/// An event dated by a range longer than this many days is background, not a happening.
const HAPPENING_SPAN: i32 = 7;

/// One happening an article reports, from the events stage: the family of its type, where
/// (place entity, country, province, whether the place is a town or more precise) and on
/// which days. Two reports of one happening agree on all three; the next week's attack in
/// the same country, or the air campaign that followed a bombing, do not.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Happening {
    family: u8,
    /// Hash of the place's entity id (0: none).
    place: u64,
    /// The country's two letters as a number (0: unknown).
    country: u16,
    /// Hash of the province (0: unknown).
    admin1: u64,
    /// The place is a town or nearer (gazetteer precision 1–2).
    precise: bool,
    lo: i32,
    hi: i32,
}

/// Event families (`data/event_families.tsv`): type → family number (from 1), and per
/// family number its name, for [`kinds_agree`].
struct Families {
    of: HashMap<&'static str, u8>,
    names: Vec<&'static str>,
}

fn families() -> &'static Families {
    static F: OnceLock<Families> = OnceLock::new();
    F.get_or_init(|| parse_families(include_str!("../data/event_families.tsv")))
}

fn parse_families(text: &'static str) -> Families {
    let mut names: Vec<&str> = vec![""];
    let mut of = HashMap::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some((ty, fam)) = line.split_once('\t') {
            let fam = fam.trim();
            let k = match names.iter().position(|n| *n == fam) {
                Some(k) => k,
                None if names.len() < 255 => {
                    names.push(fam);
                    names.len() - 1
                }
                None => continue,
            };
            of.insert(ty.trim(), k as u8);
        }
    }
    Families { of, names }
}

/// Two families agree when one is the other or contains it ("violence" and
/// "violence/bombing"), not when they are two parts of one ("violence/bombing" and
/// "violence/strike").
fn kinds_agree(a: u8, b: u8) -> bool {
    if a == b {
        return true;
    }
    let n = &families().names;
    let (Some(x), Some(y)) = (n.get(a as usize), n.get(b as usize)) else { return false };
    let within = |inner: &str, outer: &str| inner.strip_prefix(outer).is_some_and(|r| r.starts_with('/'));
    within(x, y) || within(y, x)
}

/// Two families of one kind of happening ("violence/bombing" and "violence/strike": one
/// explosion is told as a bombing by one outlet and a strike by another).
fn kinds_related(a: u8, b: u8) -> bool {
    let n = &families().names;
    let top = |k: u8| n.get(k as usize).map(|x| x.split('/').next().unwrap_or(x));
    a == b || top(a).is_some_and(|x| !x.is_empty() && Some(x) == top(b))
}

/// The happenings of an article's lede: its first events (not denied) of a known family
/// dated to a day or a short range.
pub(crate) fn happenings(d: &ArticleDigest) -> Vec<Happening> {
    let fam = families();
    let mut evs: Vec<&riwaya_model::Event> = d.events.iter().filter(|e| !e.denied).collect();
    evs.sort_by_key(|e| e.start);
    let mut out = Vec::new();
    for e in evs {
        if e.start >= LEDE_BYTES {
            break;
        }
        let Some(&family) = fam.of.get(e.kind.as_str()) else { continue };
        let Some(date) = e.date.as_deref() else { continue };
        let (a, b) = date.split_once('/').unwrap_or((date, date));
        let (Some(lo), Some(hi)) = (day_number(a), day_number(b)) else { continue };
        if hi < lo || hi - lo > HAPPENING_SPAN {
            continue;
        }
        let place = e.place.as_ref().and_then(|p| p.entity.as_deref()).filter(|id| !generic_place(id)).map(hash).unwrap_or(0);
        let (country, admin1, precise) = match &e.geo {
            Some(g) => {
                let c = g.country.as_bytes();
                let country = if c.len() == 2 { u16::from_be_bytes([c[0], c[1]]) } else { 0 };
                (country, g.admin1.as_deref().map(hash).unwrap_or(0), g.precision <= 2)
            }
            None => (0, 0, false),
        };
        out.push(Happening { family, place, country, admin1, precise, lo, hi });
        if out.len() == LEDE_HAPPENINGS {
            break;
        }
    }
    out
}

/// Whether a place id names no one place: an unresolved place («place:…») whose words are
/// all in `data/generic_places.txt` («place:مدينه», «place:قاعده-جويه»). Two happenings «in
/// a city» are not one by their place.
fn generic_place(id: &str) -> bool {
    static WORDS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        include_str!("../data/generic_places.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    });
    id.strip_prefix("place:").is_some_and(|rest| !rest.is_empty() && rest.split('-').all(|w| words.contains(w)))
}

impl Happening {
    /// Whether two reports can be of one happening: same family, days within `days` of
    /// each other, and places that do not rule it out (the same place; else the same
    /// country, and the same province when both are towns with a known province).
    fn agrees(&self, o: &Happening, days: i32) -> bool {
        if !kinds_agree(self.family, o.family) {
            return false;
        }
        // One place named by both: later reports keep dating it to their own day, so the
        // story's window is the only limit.
        if self.place != 0 && self.place == o.place {
            return true;
        }
        if self.country != 0 && o.country != 0 && self.country != o.country {
            return false;
        }
        // Two towns or sites, each named: two happenings (unless one holds the other,
        // which the gazetteer's provinces tell).
        if self.precise && o.precise {
            return self.admin1 != 0 && self.admin1 == o.admin1 && self.lo <= o.hi + days && o.lo <= self.hi + days;
        }
        // A country or province standing in for the place: the days must agree.
        self.lo <= o.hi + days && o.lo <= self.hi + days
    }
}

/// Whether an article (or story) with happenings `a` may be one story with `b`: either
/// side without happenings leaves it to the words; else one pair must agree.
fn happenings_agree(a: &[Happening], b: &[Happening], days: i32) -> bool {
    days < 0 || a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| x.agrees(y, days)))
}

/// The signature of two stories merged (`a` first seen on day `fa`, `b` on `fb`): the
/// earlier story's (merging by the later one's would let stories chain from one happening
/// to the next); both when they began on one day; and the other's when one tells none yet,
/// else a story without happenings agrees with every story and, growing, stays open to all.
fn merge_signature(a: &mut Vec<Happening>, fa: Option<i32>, b: Vec<Happening>, fb: Option<i32>) {
    match (fa, fb) {
        _ if b.is_empty() => {}
        _ if a.is_empty() => *a = b,
        (Some(x), Some(y)) if y < x => *a = b,
        (Some(x), Some(y)) if y > x => {}
        _ => extend_happenings(a, &b),
    }
}

/// Adds happenings to a story's signature, up to its cap, without repeats.
pub(crate) fn extend_happenings(sig: &mut Vec<Happening>, more: &[Happening]) {
    for h in more {
        if sig.len() >= STORY_HAPPENINGS {
            break;
        }
        if !sig.contains(h) {
            sig.push(*h);
        }
    }
}

/// The sum of two vectors sorted by word (a linear merge).
fn add_sorted(a: &[(u64, f32)], b: &[(u64, f32)]) -> Vec<(u64, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The year that leads a story's count of its articles' years.
fn year_of(v: &[(u16, u32)]) -> Option<u16> {
    let mut v = v.to_vec();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    match v.as_slice() {
        [(y, _)] => Some(*y),
        [(y, a), (_, b), ..] if a > b => Some(*y),
        _ => None,
    }
}

/// Cosine of two normalised vectors sorted by word (a merge walk; the merge pass's table
/// lookups in `sparse.rs` are checked against it bit for bit).
pub(crate) fn cosine(va: &[(u64, f32)], vb: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < va.len() && j < vb.len() {
        match va[i].0.cmp(&vb[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += va[i].1 * vb[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

#[cfg(test)]
#[path = "merge_check.rs"]
mod merge_check;

#[cfg(test)]
mod happening_tests {
    //! Happenings on invented articles and events (no dev or archive text).
    use super::*;
    use riwaya_model::{Article, EntityRef, Event, Geo};

    fn event(kind: &str, place: &str, country: &str, precision: u8, date: &str, start: usize) -> Event {
        Event {
            kind: kind.parse().unwrap(),
            agent: None,
            target: None,
            place: Some(EntityRef { text: place.into(), entity: Some(place.into()) }),
            geo: (!country.is_empty()).then(|| Geo { latitude: 0.0, longitude: 0.0, country: country.into(), admin1: None, precision }),
            date: Some(date.into()),
            text: String::new(),
            attribution: Vec::new(),
            denied: false,
            start,
            end: start + 10,
        }
    }

    fn hap(e: Event) -> Happening {
        let mut a = Article::new("x", "نص");
        a.events = vec![e];
        happenings(&crate::digest(&a))[0]
    }

    #[test]
    fn families_load_from_data() {
        let f = families();
        for t in ["attack", "bombing", "air_strike", "shelling", "clash", "arrest", "takeover"] {
            assert!(f.of.contains_key(t), "{t}");
        }
        assert!(!f.of.contains_key("statement"));
        assert!(!f.of.contains_key("displacement"));
        let k = |t: &str| f.of[t];
        assert!(kinds_agree(k("attack"), k("bombing")));
        assert!(kinds_agree(k("air_strike"), k("shelling")));
        assert!(!kinds_agree(k("bombing"), k("air_strike")));
        assert!(!kinds_agree(k("bombing"), k("arrest")));
    }

    #[test]
    fn agreement_by_kind_place_and_day() {
        let town = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        // The same town, reported days later (outlets date it to their own day).
        assert!(town.agrees(&hap(event("attack", "town-a", "XA", 1, "2031-05-05", 0)), 2));
        // Another town of the same country: another happening.
        assert!(!town.agrees(&hap(event("bombing", "town-b", "XA", 1, "2031-05-02", 0)), 2));
        // The country standing in for the place: one happening only on near days.
        assert!(town.agrees(&hap(event("bombing", "country-xa", "XA", 3, "2031-05-03", 0)), 2));
        assert!(!town.agrees(&hap(event("bombing", "country-xa", "XA", 3, "2031-05-06", 0)), 2));
        // Another country, another kind.
        assert!(!town.agrees(&hap(event("bombing", "country-xb", "XB", 3, "2031-05-02", 0)), 2));
        assert!(!town.agrees(&hap(event("air_strike", "town-a", "XA", 1, "2031-05-02", 0)), 2));
    }

    #[test]
    fn only_the_ledes_dated_happenings_count() {
        let mut a = Article::new("x", "نص");
        let mut denied = event("bombing", "town-a", "XA", 1, "2031-05-02", 0);
        denied.denied = true;
        a.events = vec![
            denied,
            event("statement", "town-a", "XA", 1, "2031-05-02", 5),
            event("bombing", "town-a", "XA", 1, "2031-01-01/2031-12-31", 10),
            event("clash", "town-c", "XA", 1, "2031-05-02", LEDE_BYTES + 1),
        ];
        assert!(happenings(&crate::digest(&a)).is_empty());
        a.events.push(event("shelling", "town-d", "XA", 1, "2031-05-01/2031-05-02", 20));
        let h = happenings(&crate::digest(&a));
        assert_eq!(h.len(), 1);
        assert_eq!((h[0].lo, h[0].hi), (day_number("2031-05-01").unwrap(), day_number("2031-05-02").unwrap()));
    }

    #[test]
    fn generic_places_are_no_place() {
        for id in ["place:مدينه", "place:قاعده-جويه", "place:احياء-سكنيه", "place:مسجد"] {
            assert!(generic_place(id), "{id}");
        }
        for id in ["place:مسجد-الطواري", "place:زنجبار", "place:وادي-الحسيني", "place:شمال-iraq", "aden", "place:"] {
            assert!(!generic_place(id), "{id}");
        }
        // Two bombings «in a mosque» a week apart, places unresolved: not one by the place.
        let a = hap(event("bombing", "place:مسجد", "", 0, "2031-05-02", 0));
        let b = hap(event("bombing", "place:مسجد", "", 0, "2031-05-09", 0));
        assert!(!a.agrees(&b, 2));
        let a = hap(event("bombing", "place:مسجد-النور", "", 0, "2031-05-02", 0));
        let b = hap(event("bombing", "place:مسجد-النور", "", 0, "2031-05-09", 0));
        assert!(a.agrees(&b, 2));
    }

    #[test]
    fn a_merged_story_keeps_a_signature() {
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        let strike = hap(event("air_strike", "country-xb", "XB", 3, "2031-05-05", 0));
        // A story that told no happening takes the later one's, and then refuses the bombing.
        let mut sig = Vec::new();
        merge_signature(&mut sig, Some(10), vec![strike], Some(12));
        assert_eq!(sig, vec![strike]);
        assert!(!happenings_agree(&sig, &[bombing], 2));
        // Of two stories that both tell one, the earlier's stays; of one day's, both.
        let mut sig = vec![bombing];
        merge_signature(&mut sig, Some(10), vec![strike], Some(12));
        assert_eq!(sig, vec![bombing]);
        merge_signature(&mut sig, Some(10), Vec::new(), Some(8));
        assert_eq!(sig, vec![bombing]);
        let mut later = vec![strike];
        merge_signature(&mut later, Some(12), vec![bombing], Some(10));
        assert_eq!(later, vec![bombing]);
        merge_signature(&mut later, Some(10), vec![strike], Some(10));
        assert_eq!(later, vec![bombing, strike]);
    }

    const REPORT: &str = "قصفت الطائرات مواقع في محيط بلدة وادي السنابل الجبلية، وقالت مصادر محلية إن \
        الغارات دمرت مخازن ومباني قرب السوق، فيما أعلنت فرق الإسعاف نقل جرحى إلى مستشفى البلدة \
        وأغلقت قوات الأمن الطرق المؤدية إلى وادي السنابل بحثاً عن ناجين تحت الأنقاض.";

    /// The same happening's words, told another way (not a near-copy).
    const REPORT_2: &str = "نقلت فرق الإسعاف جرحى إلى مستشفى بلدة وادي السنابل الجبلية بعد قصف \
        استهدف مخازن ومباني قرب السوق، وأغلقت قوات الأمن الطرق المؤدية إلى البلدة بينما بحث \
        السكان عن ناجين تحت الأنقاض في محيط وادي السنابل طوال الليل.";

    fn report(id: &str, day: &str, events: Vec<Event>) -> Article {
        let text = if id == "a" || id == "b" { REPORT } else { REPORT_2 };
        Article {
            outlet: Some(id.into()),
            published: Some(day.into()),
            title: Some("غارات على بلدة وادي السنابل الجبلية".into()),
            events,
            ..Article::new(id, &format!("{text} {id}"))
        }
    }

    fn stories_of(arts: &[Article], happening_days: i32) -> Vec<Vec<String>> {
        let cfg = StoryConfig { happening_override: 2.0, happening_days, ..StoryConfig::default() };
        let mut s = Stories::new(cfg);
        s.add_batch(arts.iter().map(crate::digest).collect());
        s.stories(false).into_iter().map(|st| st.articles.into_iter().map(|a| a.id).collect()).collect()
    }

    /// A state of `n` articles with the given headline records, days and headlines' words
    /// (for the cut alone, without clustering).
    fn cut_of(heads: Vec<(Vec<Happening>, i32, &[u64])>) -> Vec<Vec<u32>> {
        let mut s = Stories::new(StoryConfig::default());
        for (k, (lede, day, words)) in heads.into_iter().enumerate() {
            let mut a = Article::new(&format!("a{k}"), "نص");
            a.published = Some(crate::digest::day_string(day));
            s.docs.push(crate::digest(&a));
            s.headlines.push(Headline { lede, words: words.to_vec() });
        }
        let all: Vec<u32> = (0..s.docs.len() as u32).collect();
        let mut out: Vec<Vec<u32>> = s.cut(&[(0, all)], true).into_iter().map(|(_, m, g)| {
            assert_eq!(g, 0);
            m
        }).collect();
        out.sort();
        out
    }

    /// Stories of several threads (one group per list) after the cut and the joins.
    fn joined(groups: Vec<Vec<(Vec<Happening>, i32, &[u64])>>) -> Vec<Vec<u32>> {
        let mut s = Stories::new(StoryConfig::default());
        let mut gs = Vec::new();
        for heads in groups {
            let first = s.docs.len() as u32;
            for (lede, day, words) in heads {
                let mut a = Article::new(&format!("a{}", s.docs.len()), "نص");
                a.published = Some(crate::digest::day_string(day));
                s.docs.push(crate::digest(&a));
                s.headlines.push(Headline { lede, words: words.to_vec() });
            }
            gs.push((first, (first..s.docs.len() as u32).collect()));
        }
        let mut out: Vec<Vec<u32>> = s.cut(&gs, true).into_iter().map(|(_, m, _)| m).collect();
        out.sort();
        out
    }

    #[test]
    fn threads_telling_one_happening_at_one_place_join() {
        let d = day_number("2031-05-02").unwrap();
        let at = |place: &str, precision: u8, day: i32| hap(event("bombing", place, "XA", precision, &crate::digest::day_string(day), 0));
        let out = joined(vec![
            // One bombing in town-a told by two threads of different words: one story.
            vec![(vec![at("town-a", 1, d)], d, &[1, 2, 3]), (vec![at("town-a", 1, d)], d, &[1, 2, 4])],
            vec![(vec![at("town-a", 1, d + 1)], d + 1, &[5, 6, 1]), (vec![], d + 1, &[5, 6, 7])],
            // Another town the same day, other words: another story.
            vec![(vec![at("town-b", 1, d)], d, &[8, 9]), (vec![at("town-b", 1, d)], d, &[8, 9, 10])],
            // Only the country named: not joined by place.
            vec![(vec![at("country-xa", 3, d)], d, &[11, 12]), (vec![], d, &[11, 12])],
            // The same place ten days later: another happening.
            vec![(vec![at("town-a", 1, d + 10)], d + 10, &[13, 14]), (vec![], d + 10, &[13, 14])],
        ]);
        assert_eq!(out, vec![vec![0, 1, 2, 3], vec![4, 5], vec![6, 7], vec![8, 9]]);
    }

    #[test]
    fn a_place_recalled_in_passing_joins_no_thread() {
        let d = day_number("2031-05-02").unwrap();
        let at = |place: &str, day: i32| hap(event("clash", place, "XA", 1, &crate::digest::day_string(day), 0));
        let run = |later: usize| {
            let mut first: Vec<(Vec<Happening>, i32, &[u64])> = vec![(vec![at("town-x", d)], d, &[1, 2]), (vec![at("town-x", d)], d, &[1, 2, 3])];
            for k in 0..4 {
                first.push((if k < later { vec![at("town-a", d + 1)] } else { vec![] }, d + 1, &[1, 2, 20]));
            }
            joined(vec![first, vec![(vec![at("town-a", d + 1)], d + 1, &[20, 30]), (vec![at("town-a", d + 1)], d + 1, &[21, 31])]])
        };
        // Town-a named by one of six reports: a passing mention, two stories.
        assert_eq!(run(1).len(), 2);
        // Named by three of six: the story is about it too, one story.
        assert_eq!(run(3).len(), 1);
    }

    #[test]
    fn threads_with_near_identical_headlines_join_within_days() {
        let d = day_number("2031-05-02").unwrap();
        let out = joined(vec![
            vec![(vec![], d, &[1, 2, 3]), (vec![], d, &[1, 2, 3, 4])],
            vec![(vec![], d + 1, &[1, 2, 3]), (vec![], d + 2, &[1, 2, 3, 5])],
            // The same words two weeks later: not joined.
            vec![(vec![], d + 14, &[1, 2, 3]), (vec![], d + 14, &[1, 2, 3])],
            // Other words the same day: not joined.
            vec![(vec![], d, &[7, 8]), (vec![], d, &[7, 8, 9])],
        ]);
        assert_eq!(out, vec![vec![0, 1, 2, 3], vec![4, 5], vec![6, 7]]);
    }

    #[test]
    fn a_thread_is_cut_by_happening() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        let strike = hap(event("air_strike", "country-xb", "XB", 3, "2031-05-03", 0));
        let clash = hap(event("clash", "town-c", "XA", 1, "2031-05-04", 0));
        let (w1, w2, w3, w4): (&[u64], &[u64], &[u64], &[u64]) = (&[1, 2, 3], &[1, 2, 4], &[5, 6, 7], &[8, 9]);
        let cut = cut_of(vec![
            (vec![bombing], d, w1),
            (vec![bombing], d, w2),
            (vec![strike], d + 1, w3),
            (vec![strike], d + 1, w3),
            // A statement that tells no happening and shares no headline word.
            (Vec::new(), d + 1, &[12, 13]),
            (vec![clash], d + 2, w4),
            (vec![clash], d + 2, &[10, 11]),
        ]);
        // Each happening is a story (the clash is not the bombing: another town); the
        // statement stays in the thread's remaining story.
        assert_eq!(cut, vec![vec![0, 1], vec![2, 3], vec![4], vec![5, 6]]);
    }

    #[test]
    fn a_thread_of_one_happening_stays_one_story() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        let lone = hap(event("clash", "town-c", "XA", 1, "2031-05-04", 0));
        // Reports whose happening the events stage missed, one report of another one: one story.
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2]),
            (Vec::new(), d, &[3, 4]),
            (vec![bombing], d + 1, &[1, 5]),
            (Vec::new(), d + 1, &[6]),
            (vec![lone], d + 2, &[7]),
        ]);
        assert_eq!(cut, vec![vec![0, 1, 2, 3, 4]]);
        // A thread whose reports tell no happening is not cut.
        let cut = cut_of(vec![(Vec::new(), d, &[1]), (Vec::new(), d + 5, &[2])]);
        assert_eq!(cut, vec![vec![0, 1]]);
    }

    #[test]
    fn reports_that_tell_no_happening_are_cut_by_their_headlines() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        let strike = hap(event("air_strike", "country-xb", "XB", 3, "2031-05-03", 0));
        // Two happenings, a truce told over three days and two unrelated statements.
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2]),
            (vec![bombing], d, &[1, 3]),
            (vec![strike], d, &[5, 6]),
            (vec![strike], d, &[5, 7]),
            (Vec::new(), d, &[20, 21]),
            (Vec::new(), d + 1, &[20, 22]),
            (Vec::new(), d + 2, &[20, 21, 23]),
            (Vec::new(), d + 1, &[30]),
            (Vec::new(), d + 2, &[31]),
        ]);
        assert_eq!(cut, vec![vec![0, 1], vec![2, 3], vec![4, 5, 6], vec![7, 8]]);
    }

    #[test]
    fn a_report_naming_a_storys_own_word_joins_it() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        // A truce (word 20 in all three headlines) and a minister's calls; a statement
        // about the truce, whose other words are its own, is the truce's coverage. A report
        // of other words, and one naming the truce ten days after it, stay in the thread's.
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2]),
            (Vec::new(), d, &[20, 21]),
            (Vec::new(), d, &[20, 21, 22]),
            (Vec::new(), d + 1, &[20, 23]),
            (Vec::new(), d, &[40, 41]),
            (Vec::new(), d + 1, &[40, 41, 42]),
            (Vec::new(), d + 1, &[40, 43]),
            (Vec::new(), d + 1, &[20, 60, 61, 62, 63]),
            (Vec::new(), d + 1, &[70, 71, 72]),
            (Vec::new(), d + 12, &[20, 80, 81, 82, 83, 84, 85]),
        ]);
        assert_eq!(cut, vec![vec![0, 8, 9], vec![1, 2, 3, 7], vec![4, 5, 6]]);
        // A word in only two of the truce's three headlines is not its own: nothing moves.
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2]),
            (Vec::new(), d, &[20, 21]),
            (Vec::new(), d, &[20, 21, 22]),
            (Vec::new(), d + 1, &[21, 23]),
            (Vec::new(), d, &[40, 41]),
            (Vec::new(), d + 1, &[40, 41, 42]),
            (Vec::new(), d + 1, &[40, 43]),
            (Vec::new(), d + 1, &[20, 60, 61, 62, 63]),
        ]);
        assert_eq!(cut, vec![vec![0, 7], vec![1, 2, 3], vec![4, 5, 6]]);
    }

    #[test]
    fn a_thread_of_two_subjects_is_cut_without_two_happenings() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        // One happening told once, a truce announced in three reports and a minister's calls
        // in three: the truce and the calls are two stories.
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2]),
            (Vec::new(), d, &[20, 21]),
            (Vec::new(), d, &[20, 21, 22]),
            (Vec::new(), d + 1, &[20, 23]),
            (Vec::new(), d, &[40, 41]),
            (Vec::new(), d + 1, &[40, 41, 42]),
            (Vec::new(), d + 1, &[40, 43]),
        ]);
        assert_eq!(cut, vec![vec![0], vec![1, 2, 3], vec![4, 5, 6]]);
        // Two reports each: one thread's wordings, not cut.
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2]),
            (Vec::new(), d, &[20, 21]),
            (Vec::new(), d + 1, &[20, 23]),
            (Vec::new(), d, &[40, 41]),
            (Vec::new(), d + 1, &[40, 43]),
        ]);
        assert_eq!(cut, vec![vec![0, 1, 2, 3, 4]]);
    }

    #[test]
    fn a_report_joins_a_happening_by_its_headline() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        let strike = hap(event("air_strike", "country-xb", "XB", 3, "2031-05-03", 0));
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2, 3]),
            (vec![bombing], d, &[1, 2]),
            (vec![strike], d, &[5, 6]),
            (vec![strike], d, &[5, 7]),
            // Tells no happening, but its headline is the bombing's.
            (Vec::new(), d + 1, &[1, 2, 3]),
            // A bombing «in the country»: one happening when the headline agrees.
            (vec![hap(event("bombing", "country-xa", "XA", 3, "2031-05-03", 0))], d + 1, &[2, 3]),
            (vec![hap(event("bombing", "country-xa", "XA", 3, "2031-05-03", 0))], d + 1, &[8, 9]),
        ]);
        assert_eq!(cut, vec![vec![0, 1, 4, 5], vec![2, 3], vec![6]]);
    }

    #[test]
    fn a_report_naming_only_a_country_joins_by_fewer_words() {
        let d = day_number("2031-05-02").unwrap();
        let bombing = hap(event("bombing", "town-a", "XA", 1, "2031-05-02", 0));
        let strike = hap(event("air_strike", "country-xb", "XB", 3, "2031-05-03", 0));
        let in_country = || vec![hap(event("bombing", "country-xa", "XA", 3, "2031-05-03", 0))];
        let cut = cut_of(vec![
            (vec![bombing], d, &[1, 2, 3]),
            (vec![bombing], d, &[1, 2]),
            (vec![strike], d, &[5, 6]),
            (vec![strike], d, &[5, 7]),
            // Only the country named; one word of seven in the bombing's headlines: joins.
            (in_country(), d + 1, &[1, 8, 9, 10, 11, 12, 13]),
            // Another town, the same share of words: another happening.
            (vec![hap(event("bombing", "town-c", "XA", 1, "2031-05-03", 0))], d + 1, &[1, 16, 17, 18, 19, 20, 21]),
            // Only the country named, no word shared: no story takes it.
            (in_country(), d + 1, &[14, 15]),
        ]);
        assert_eq!(cut, vec![vec![0, 1, 4], vec![2, 3], vec![5, 6]]);
    }

    #[test]
    fn the_cut_does_not_depend_on_batches() {
        // One group by its words (the clustering's own requirement off), two happenings.
        let titled = |mut a: Article, t: &str| {
            a.title = Some(t.into());
            a
        };
        let strike = "طائرات حربية تقصف مخازن الذخيرة في الإقليم الشمالي";
        let arts = vec![
            report("a", "2031-05-02", vec![event("bombing", "town-a", "XA", 1, "2031-05-02", 0)]),
            report("b", "2031-05-02", vec![event("bombing", "town-a", "XA", 1, "2031-05-02", 0)]),
            titled(report("c", "2031-05-03", vec![event("air_strike", "country-xb", "XB", 3, "2031-05-03", 0)]), strike),
            titled(report("d", "2031-05-03", vec![event("air_strike", "country-xb", "XB", 3, "2031-05-03", 0)]), strike),
            report("e", "2031-05-03", Vec::new()),
        ];
        let run = |size: usize| {
            let mut s = Stories::new(StoryConfig { happening_days: -1, ..StoryConfig::default() });
            for chunk in arts.chunks(size) {
                s.add_batch(chunk.iter().map(crate::digest).collect());
            }
            let mut out: Vec<(Vec<String>, Option<String>)> =
                s.stories(true).into_iter().map(|st| (st.articles.into_iter().map(|a| a.id).collect(), st.thread)).collect();
            out.sort();
            out
        };
        let one = run(arts.len());
        assert!(one.len() >= 2, "the group is cut: {one:?}");
        assert!(one.iter().all(|(_, t)| t.is_some()), "the cut stories share a thread: {one:?}");
        for size in 1..arts.len() {
            assert_eq!(run(size), one, "batches of {size}");
        }
    }

    #[test]
    fn a_report_of_another_happening_does_not_join() {
        let first = || {
            vec![
                report("a", "2031-05-02", vec![event("air_strike", "town-a", "XA", 1, "2031-05-02", 0)]),
                report("b", "2031-05-02", vec![event("air_strike", "town-a", "XA", 1, "2031-05-02", 0)]),
            ]
        };
        // Same words, but its lede tells a bombing in another town three days later.
        let mut arts = first();
        arts.push(report("c", "2031-05-05", vec![event("bombing", "town-b", "XA", 1, "2031-05-05", 0)]));
        assert_eq!(stories_of(&arts, 2), vec![vec!["a".to_string(), "b".into()]]);
        // The words alone would have joined it.
        assert_eq!(stories_of(&arts, -1), vec![vec!["a".to_string(), "b".into(), "c".into()]]);
        // A later report of the same town's strikes joins; so does one that tells no event.
        let mut arts = first();
        arts.push(report("c", "2031-05-05", vec![event("shelling", "town-a", "XA", 1, "2031-05-05", 0)]));
        arts.push(report("d", "2031-05-04", Vec::new()));
        assert_eq!(stories_of(&arts, 2), vec![vec!["a".to_string(), "b".into(), "c".into(), "d".into()]]);
    }
}
