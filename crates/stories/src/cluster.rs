//! Incremental clustering of articles into stories.
//!
//! Two signals, both found through indexes (never all pairs):
//! - near-duplicates (wire copies, republications): MinHash over word 5-gram shingles with
//!   LSH banding (16 bands of 4); an estimated Jaccard similarity ≥ 0.6 marks the later
//!   article as a near-copy of the earlier one, and puts both in one story;
//! - independent reports of one event: an inverted index over each article's distinctive
//!   words (tf-idf top words whose document frequency is below a share of the corpus)
//!   proposes candidates published within a few days; the cosine of their top-word vectors,
//!   plus a small bonus for shared named entities, links them when it passes a threshold.
//!
//! Stories are the connected components of those links (union-find), so adding a batch
//! only links the new articles. Distinct events that share actors and places stay apart
//! because the date window and the distinctive words (the place of a bombing, its toll,
//! its day) differ.

use crate::digest::{background, jaccard, ArticleDigest, MINHASH, TOP_WORDS};
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone)]
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
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig { window_days: 4, link_threshold: 0.2, merge_threshold: 0.3, centroid_threshold: 0.15, near_duplicate: 0.6, max_df_share: 0.02 }
    }
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
/// again with SipHash is waste.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);
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
const BANDS: usize = 16;
const ROWS: usize = MINHASH / BANDS;

/// The clustering state of a run.
pub struct Stories {
    pub(crate) cfg: StoryConfig,
    pub(crate) docs: Vec<ArticleDigest>,
    /// Normalised tf-idf vector of each article (sorted by word).
    pub(crate) vecs: Vec<Vec<(u64, f32)>>,
    df: IdMap<u64, u32>,
    postings: IdMap<u64, Vec<u32>>,
    bands: IdMap<u64, Vec<u32>>,
    parent: Vec<u32>,
    /// Articles in the story each root stands for.
    size: Vec<u32>,
    pub(crate) near_dup: Vec<Option<u32>>,
    /// Story root → sum of its articles' vectors, and that sum's squared norm.
    pub(crate) centroids: IdMap<u32, (IdMap<u64, f32>, f32)>,
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
            near_dup: Vec::new(),
            centroids: IdMap::default(),
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
            if let Some((c, _)) = self.centroids.remove(&hi) {
                for (w, x) in c {
                    self.add_to_centroid(lo, w, x);
                }
            }
        }
    }

    /// Adds `x` to word `w` of a story's centroid, keeping its squared norm current.
    fn add_to_centroid(&mut self, root: u32, w: u64, x: f32) {
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
        for d in &batch {
            for (w, _) in &d.word_counts {
                *self.df.entry(*w).or_default() += 1;
            }
        }
        // The size, before this batch, of each story the batch joins.
        let mut before: BTreeMap<u32, u32> = BTreeMap::new();
        let mut changes = Changes::default();
        let (bg, bg_n) = background();
        for d in batch {
            let i = self.docs.len() as u32;
            self.parent.push(i);
            self.size.push(1);
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
            let ents: HashSet<&str> = d.entities.iter().map(String::as_str).collect();
            // The article joins the story of its best match, if it also resembles that
            // story as a whole (its centroid): stories do not chain into one another.
            // The candidates sharing the most distinctive words, at most MAX_CANDIDATES.
            let mut cands: Vec<(u32, u8)> = shared.into_iter().filter(|(_, k)| *k >= 2).collect();
            if cands.len() > MAX_CANDIDATES {
                cands.select_nth_unstable_by(MAX_CANDIDATES, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                cands.truncate(MAX_CANDIDATES);
            }
            let mut best: Option<(u32, f32)> = None;
            for (j, _) in cands {
                let dj = &self.docs[j as usize];
                let cos = cosine(&v, &self.vecs[j as usize]);
                let common = dj.entities.iter().filter(|e| ents.contains(e.as_str())).count();
                let union = ents.len() + dj.entities.len() - common;
                let bonus = if union > 0 { 0.15 * common as f32 / union as f32 } else { 0.0 };
                let score = cos + bonus;
                if score >= self.cfg.link_threshold && best.is_none_or(|(bj, bs)| score > bs || (score == bs && j < bj)) {
                    best = Some((j, score));
                }
            }
            let join = match (dup_of, best) {
                // A near-copy goes with its original.
                (Some(j), _) => Some(j),
                (None, Some((j, _))) if self.centroid_score(self.root(j), &v) >= self.cfg.centroid_threshold => Some(j),
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
            self.docs.push(d);
            self.vecs.push(v);
            if let Some(j) = join {
                let r = self.find(j);
                before.entry(r).or_insert(self.size[r as usize]);
                self.union(i, j);
            }
            let r = self.find(i);
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
    /// Articles join stories one at a time, so one event can end up as a few stories about
    /// its aspects (the attack, the condemnations, the funerals). A last pass merges the
    /// stories of two or more articles whose centroids are close and whose dates overlap.
    pub(crate) fn groups(&self, include_singletons: bool) -> Vec<(u32, Vec<u32>)> {
        let mut g: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for i in 0..self.docs.len() as u32 {
            g.entry(self.root(i)).or_default().push(i);
        }
        // Merge close multi-article stories: candidates through their top centroid words.
        let roots: Vec<u32> = g.iter().filter(|(_, v)| v.len() >= 2).map(|(r, _)| *r).collect();
        let mut parent: HashMap<u32, u32> = roots.iter().map(|r| (*r, *r)).collect();
        fn find(p: &mut HashMap<u32, u32>, mut x: u32) -> u32 {
            while p[&x] != x {
                let nx = p[&p[&x]];
                p.insert(x, nx);
                x = nx;
            }
            x
        }
        let unit = |r: u32| -> Vec<(u64, f32)> {
            let (c, n2) = &self.centroids[&r];
            let norm = n2.sqrt().max(1e-6);
            let mut v: Vec<(u64, f32)> = c.iter().map(|(w, x)| (*w, x / norm)).collect();
            v.sort_unstable_by_key(|x| x.0);
            v
        };
        let spans: HashMap<u32, (i32, i32)> = roots
            .iter()
            .map(|&r| {
                let days: Vec<i32> = g[&r].iter().filter_map(|&i| self.docs[i as usize].day).collect();
                (r, (days.iter().copied().min().unwrap_or(i32::MIN / 2), days.iter().copied().max().unwrap_or(i32::MAX / 2)))
            })
            .collect();
        let span = |r: u32| spans[&r];
        let vecs: HashMap<u32, Vec<(u64, f32)>> = roots.iter().map(|&r| (r, unit(r))).collect();
        let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
        for &r in &roots {
            let mut top = vecs[&r].clone();
            top.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
            for (w, _) in top.into_iter().take(10) {
                index.entry(w).or_default().push(r);
            }
        }
        for list in index.values() {
            if list.len() > 50 {
                continue;
            }
            for x in 0..list.len() {
                for y in x + 1..list.len() {
                    let (a, b) = (list[x], list[y]);
                    let ((a0, a1), (b0, b1)) = (span(a), span(b));
                    if a0 > b1 + self.cfg.window_days || b0 > a1 + self.cfg.window_days {
                        continue;
                    }
                    if cosine(&vecs[&a], &vecs[&b]) >= self.cfg.merge_threshold {
                        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                        if ra != rb {
                            parent.insert(ra.max(rb), ra.min(rb));
                        }
                    }
                }
            }
        }
        let mut merged: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for (r, members) in g {
            let to = if parent.contains_key(&r) { find(&mut parent, r) } else { r };
            merged.entry(to).or_default().extend(members);
        }
        for v in merged.values_mut() {
            v.sort_unstable();
        }
        merged.into_iter().filter(|(_, v)| include_singletons || v.len() >= 2).collect()
    }

    /// Article id → story id, for the articles in stories of two or more.
    pub fn story_of(&self) -> HashMap<String, String> {
        let mut m = HashMap::new();
        for (r, members) in self.groups(false) {
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

/// Cosine of two normalised vectors sorted by word.
fn cosine(va: &[(u64, f32)], vb: &[(u64, f32)]) -> f32 {
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
