//! The clustering saved as it grows, for a store that adds a day at a time.
//!
//! An article's place in the clustering never changes once it is placed: it joins the
//! story of an earlier article (whose root, the lowest index, stays root), its tf-idf
//! vector and distinctive words are fixed by the articles before it. So the state is a
//! list of [`Placement`]s, one per article, appended as articles come: a store writes
//! only the new ones, and [`Stories::restore`] rebuilds every index (document
//! frequencies, postings, LSH bands, story sizes, spans, years, centroids — summed in the
//! same order, so bit for bit) without the articles' digests or any scoring. Restored
//! articles carry only what placing later articles reads of them (id, day, year,
//! signature); [`Stories::fill`] gives one its full digest before its story is laid out.

use crate::cluster::{extend_happenings, happenings, Happening, IdMap, BANDS, ROWS};
use crate::digest::{ArticleDigest, MINHASH};
use crate::{Stories, Story, StoryConfig};
use std::collections::HashMap;

/// One article's place in the clustering (see the module doc).
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub id: String,
    /// The story root it joined (its own index when it opened one).
    pub root: u32,
    pub near_dup: Option<u32>,
    pub day: Option<i32>,
    pub year: Option<u16>,
    pub minhash: Option<[u32; MINHASH]>,
    /// Its normalised tf-idf vector, sorted by word.
    pub vec: Vec<(u64, f32)>,
    /// Indices into `vec` of the distinctive words the index posts.
    pub top: Vec<u16>,
    /// The happenings its lede tells (what a story's first reports are matched on).
    pub(crate) lede: Vec<Happening>,
    /// Its headline's content words (what the cut of a thread into stories reads).
    pub words: Vec<u64>,
}

impl Placement {
    /// Little-endian bytes (a format of this crate's own, read back by [`Placement::decode`]).
    pub fn encode(&self, out: &mut Vec<u8>) {
        out.push(3); // format
        out.extend_from_slice(&self.root.to_le_bytes());
        out.extend_from_slice(&self.near_dup.unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(&self.day.unwrap_or(i32::MIN).to_le_bytes());
        out.extend_from_slice(&self.year.unwrap_or(0).to_le_bytes());
        let id = self.id.as_bytes();
        out.extend_from_slice(&(id.len() as u32).to_le_bytes());
        out.extend_from_slice(id);
        match &self.minhash {
            Some(m) => {
                out.push(1);
                for x in m {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
            None => out.push(0),
        }
        out.extend_from_slice(&(self.vec.len() as u32).to_le_bytes());
        for (w, x) in &self.vec {
            out.extend_from_slice(&w.to_le_bytes());
            out.extend_from_slice(&x.to_le_bytes());
        }
        out.extend_from_slice(&(self.top.len() as u32).to_le_bytes());
        for t in &self.top {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let lede = serde_json::to_vec(&self.lede).unwrap_or_else(|_| b"[]".to_vec());
        out.extend_from_slice(&(lede.len() as u32).to_le_bytes());
        out.extend_from_slice(&lede);
        out.extend_from_slice(&(self.words.len() as u32).to_le_bytes());
        for w in &self.words {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }

    /// `None` for bytes that are not a placement (truncated, another format).
    pub fn decode(b: &[u8]) -> Option<Placement> {
        let mut r = Reader(b);
        if r.take(1)?[0] != 3 {
            return None;
        }
        let root = r.u32()?;
        let near_dup = Some(r.u32()?).filter(|x| *x != u32::MAX);
        let day = Some(r.u32()? as i32).filter(|x| *x != i32::MIN);
        let year = Some(u16::from_le_bytes(r.take(2)?.try_into().ok()?)).filter(|x| *x != 0);
        let n = r.u32()? as usize;
        let id = String::from_utf8(r.take(n)?.to_vec()).ok()?;
        let minhash = match r.take(1)?[0] {
            1 => {
                let mut m = [0u32; MINHASH];
                for x in &mut m {
                    *x = r.u32()?;
                }
                Some(m)
            }
            _ => None,
        };
        let n = r.u32()? as usize;
        let raw = r.take(n.checked_mul(12)?)?;
        let vec = raw
            .chunks_exact(12)
            .map(|c| (u64::from_le_bytes(c[..8].try_into().unwrap_or_default()), f32::from_le_bytes(c[8..].try_into().unwrap_or_default())))
            .collect();
        let n = r.u32()? as usize;
        let raw = r.take(n.checked_mul(2)?)?;
        let top = raw.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let n = r.u32()? as usize;
        let lede = serde_json::from_slice(r.take(n)?).ok()?;
        let n = r.u32()? as usize;
        let raw = r.take(n.checked_mul(8)?)?;
        let words = raw.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default())).collect();
        r.0.is_empty().then_some(Placement { id, root, near_dup, day, year, minhash, vec, top, lede, words })
    }
}

struct Reader<'a>(&'a [u8]);
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

/// The LSH band keys of a signature, as `add_batch` makes them: xxh3 of the band's number
/// and rows, hashed in one call (streaming xxh3 gives the same digest for the same bytes;
/// its set-up per band was most of a restore's hashing).
fn band_keys(m: &[u32; MINHASH]) -> [u64; BANDS] {
    let mut keys = [0u64; BANDS];
    let mut buf = [0u8; 1 + 4 * ROWS];
    for (b, k) in keys.iter_mut().enumerate() {
        buf[0] = b as u8;
        for (c, x) in buf[1..].chunks_exact_mut(4).zip(&m[b * ROWS..(b + 1) * ROWS]) {
            c.copy_from_slice(&x.to_le_bytes());
        }
        *k = xxhash_rust::xxh3::xxh3_64(&buf);
    }
    keys
}

/// What placing later articles reads of a restored one; the rest waits for [`Stories::fill`].
fn light(p: &Placement) -> ArticleDigest {
    ArticleDigest {
        id: p.id.clone(),
        outlet: None,
        published: None,
        day: p.day,
        title: None,
        today_weekday: None,
        lede: None,
        minhash: p.minhash.unwrap_or([0; MINHASH]),
        has_signature: p.minhash.is_some(),
        word_counts: Vec::new(),
        entities: Vec::new(),
        names: Vec::new(),
        claims: Vec::new(),
        claim_places: Vec::new(),
        events: Vec::new(),
        framing: Vec::new(),
        kinds: HashMap::new(),
        year: p.year,
    }
}

impl Stories {
    /// The placements of articles `from..` (in order), to be saved after a batch.
    pub fn placements(&self, from: usize) -> Vec<Placement> {
        (from..self.docs.len()).filter_map(|i| self.placement(i)).collect()
    }

    /// The placement of article `i`.
    pub fn placement(&self, i: usize) -> Option<Placement> {
        let d = self.docs.get(i)?;
        let v = &self.vecs[i];
        // The words posted for this article: its index is in their postings.
        let top = v
            .iter()
            .enumerate()
            .filter(|(_, (w, _))| self.postings.get(w).is_some_and(|l| l.binary_search(&(i as u32)).is_ok()))
            .map(|(k, _)| k as u16)
            .collect();
        Some(Placement {
            id: d.id.clone(),
            root: self.parent[i],
            near_dup: self.near_dup[i],
            day: d.day,
            year: d.year,
            minhash: d.has_signature.then_some(d.minhash),
            vec: v.clone(),
            top,
            lede: happenings(d),
            words: self.headlines.get(i).map(|h| h.words.clone()).unwrap_or_default(),
        })
    }

    /// The state [`Stories::placements`] describes, as placing those articles one by one
    /// left it. `None` when the placements do not describe a clustering (a root or
    /// near-copy ahead of its article, a word index out of range).
    pub fn restore(cfg: StoryConfig, placements: impl IntoIterator<Item = Placement>) -> Option<Stories> {
        use rayon::prelude::*;
        let ps: Vec<Placement> = placements.into_iter().collect();
        let mut s = Stories::new(cfg);
        let mut parent: Vec<u32> = Vec::with_capacity(ps.len());
        for (i, p) in ps.iter().enumerate() {
            let i = i as u32;
            if p.root > i || p.near_dup.is_some_and(|j| j >= i) || p.top.iter().any(|&k| k as usize >= p.vec.len()) {
                return None;
            }
            // A root is an article that opened its story.
            if p.root != i && parent[p.root as usize] != p.root {
                return None;
            }
            parent.push(p.root);
        }
        // Each story's members in order: its centroid is summed over them as placing did,
        // one story per task (the sums, and so the bits, are those of one run).
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); ps.len()];
        for (i, &r) in parent.iter().enumerate() {
            members[r as usize].push(i as u32);
        }
        // The word indexes on one thread while the centroids are summed on the others.
        let ((df, postings, bands), centroids) = rayon::join(
            || {
                let mut df: IdMap<u64, u32> = IdMap::default();
                let mut postings: IdMap<u64, Vec<u32>> = IdMap::default();
                let mut bands: IdMap<u64, Vec<u32>> = IdMap::default();
                for (i, p) in ps.iter().enumerate() {
                    for (w, _) in &p.vec {
                        *df.entry(*w).or_default() += 1;
                    }
                    for &k in &p.top {
                        postings.entry(p.vec[k as usize].0).or_default().push(i as u32);
                    }
                    if let Some(m) = &p.minhash {
                        for key in band_keys(m) {
                            bands.entry(key).or_default().push(i as u32);
                        }
                    }
                }
                (df, postings, bands)
            },
            || -> Vec<(u32, (IdMap<u64, f32>, f32))> {
                members
                    .par_iter()
                    .enumerate()
                    .filter(|(_, m)| !m.is_empty())
                    .map(|(r, m)| {
                        let (mut c, mut n2): (IdMap<u64, f32>, f32) = Default::default();
                        for &j in m {
                            for &(w, x) in &ps[j as usize].vec {
                                let e = c.entry(w).or_default();
                                n2 += 2.0 * *e * x + x * x;
                                *e += x;
                            }
                        }
                        (r as u32, (c, n2))
                    })
                    .collect()
            },
        );
        drop(members);
        (s.df, s.postings, s.bands) = (df, postings, bands);
        // Roots in the order placing met them (each is its story's first article).
        for (r, c) in centroids {
            s.centroids.insert(r, c);
        }
        s.docs.reserve(ps.len());
        s.headlines.reserve(ps.len());
        s.vecs.reserve(ps.len());
        for (i, p) in ps.into_iter().enumerate() {
            let i = i as u32;
            s.parent.push(p.root);
            s.size.push(1);
            s.span.push(p.day.map(|x| (x, x)));
            s.near_dup.push(p.near_dup);
            let r = p.root;
            if r != i {
                s.size[r as usize] += 1;
                if let Some(x) = p.day {
                    s.span[r as usize] = Some(match s.span[r as usize] {
                        Some((a, b)) => (a.min(x), b.max(x)),
                        None => (x, x),
                    });
                }
            }
            if let Some(y) = p.year {
                s.add_year(r, y, 1);
            }
            // As `add_batch`: a story's happenings are its first day's reports'.
            if !p.lede.is_empty() {
                let first = s.span[r as usize].map(|(lo, _)| lo);
                let sig = s.happenings.entry(r).or_default();
                if sig.is_empty() || matches!((p.day, first), (Some(x), Some(lo)) if x <= lo) || p.day.is_none() {
                    extend_happenings(sig, &p.lede);
                }
            }
            s.docs.push(light(&p));
            s.headlines.push(crate::cluster::Headline { lede: p.lede, words: p.words });
            s.vecs.push(p.vec);
        }
        Some(s)
    }

    /// Gives article `i` its full digest (a restored article has only what placing reads).
    /// Refused (false) when the digest is of another article.
    pub fn fill(&mut self, i: usize, d: ArticleDigest) -> bool {
        match self.docs.get_mut(i) {
            Some(x) if x.id == d.id => {
                *x = d;
                true
            }
            _ => false,
        }
    }

    /// The stories as [`Stories::stories`] makes them — (root, member indices), smallest
    /// root first, two articles or more — and story id (`s` and root) → thread id.
    pub fn story_groups(&self) -> (Vec<(u32, Vec<u32>)>, HashMap<String, String>) {
        self.stories_and_threads(false)
    }

    /// [`Stories::story_groups`], with `then` run on the groups while their threads are
    /// worked out (see [`Stories::stories_and_threads_then`]).
    pub fn story_groups_then<R: Send>(&self, then: impl FnOnce(&[(u32, Vec<u32>)]) -> R + Send) -> (Vec<(u32, Vec<u32>)>, HashMap<String, String>, R) {
        self.stories_and_threads_then(false, then)
    }

    /// One group of [`Stories::story_groups`] laid out (its members' digests must be full),
    /// without its thread.
    pub fn story_of_group(&self, root: u32, members: &[u32]) -> Story {
        self.story(root, members)
    }

    /// The articles before `from` that share a story with one from `from` on, before the
    /// last merge pass (in order): their stories change, so a caller lays them out again.
    pub fn story_mates(&self, from: usize) -> Vec<u32> {
        let root = |mut i: u32| {
            while self.parent[i as usize] != i {
                i = self.parent[i as usize];
            }
            i
        };
        let n = self.parent.len();
        let touched: std::collections::HashSet<u32> = (from.min(n)..n).map(|i| root(i as u32)).collect();
        (0..from.min(n) as u32).filter(|&i| touched.contains(&root(i))).collect()
    }

    /// The article id at index `i`.
    pub fn article_id(&self, i: usize) -> Option<&str> {
        self.docs.get(i).map(|d| d.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest;
    use riwaya_model::Article;

    // Invented reports: two of one bombing, a copy, a flood, an undated follow-up.
    const TEXTS: &[(&str, &str, &str)] = &[
        ("a1", "2021-03-01", "فجر انتحاري حزاماً ناسفاً داخل مسجد في بلدة وادي الصنوبر أثناء صلاة الظهر، ما أدى إلى مقتل مصلين وإصابة آخرين، وطوقت قوات الأمن محيط المسجد وأغلقت الطرق المؤدية إلى البلدة."),
        ("a2", "2021-03-01", "غمرت السيول شوارع مدينة الشاطئ الأزرق بعد أمطار غزيرة استمرت ساعات، وأعلن الدفاع المدني إجلاء عائلات من الأحياء المنخفضة وانقطعت الكهرباء عن المنازل."),
        ("a3", "2021-03-02", "قتل مصلون بتفجير انتحاري استهدف مسجداً في وادي الصنوبر ظهر أمس، وقالت مصادر طبية إن المستشفى استقبل جرحى التفجير، وأغلقت قوات الأمن الطرق المؤدية إلى البلدة الجبلية."),
        ("a4", "2021-03-02", "فجر انتحاري حزاماً ناسفاً داخل مسجد في بلدة وادي الصنوبر أثناء صلاة الظهر، ما أدى إلى مقتل مصلين وإصابة آخرين، وطوقت قوات الأمن محيط المسجد وأغلقت الطرق المؤدية إلى البلدة."),
        ("a5", "", "واصلت فرق الدفاع المدني إجلاء العائلات من أحياء مدينة الشاطئ الأزرق التي غمرتها السيول بعد الأمطار الغزيرة، وعادت الكهرباء إلى بعض المنازل."),
        ("a6", "2021-03-03", "شيعت بلدة وادي الصنوبر ضحايا تفجير المسجد الانتحاري، وسط إجراءات أمنية مشددة فرضتها قوات الأمن على الطرق المؤدية إلى البلدة."),
    ];

    fn digests() -> Vec<ArticleDigest> {
        TEXTS
            .iter()
            .map(|(id, day, text)| {
                let a = Article { outlet: Some("وكالة".into()), published: (!day.is_empty()).then(|| day.to_string()), title: Some(text.chars().take(30).collect()), ..Article::new(*id, *text) };
                digest::digest(&a)
            })
            .collect()
    }

    fn json(s: &Stories) -> String {
        serde_json::to_string(&s.stories(true)).unwrap()
    }

    #[test]
    fn placements_round_trip_through_bytes() {
        let mut s = Stories::new(StoryConfig::default());
        s.add_batch(digests());
        for p in s.placements(0) {
            let mut b = Vec::new();
            p.encode(&mut b);
            assert_eq!(Placement::decode(&b), Some(p.clone()));
            assert_eq!(Placement::decode(&b[..b.len() - 1]), None, "truncated");
            b.push(0);
            assert_eq!(Placement::decode(&b), None, "trailing bytes");
        }
        assert_eq!(Placement::decode(&[]), None);
        assert_eq!(Placement::decode(&[3, 0, 0]), None);
    }

    /// Restored from its placements (at every cut), filled and continued, the clustering
    /// gives the stories of one run over everything.
    #[test]
    fn restored_state_continues_as_one_run() {
        let all = digests();
        let mut one = Stories::new(StoryConfig::default());
        one.add_batch(all.clone());
        let want = json(&one);
        assert!(one.story_groups().0.iter().any(|(_, m)| m.len() >= 2), "the fixture has stories");
        for cut in 0..=all.len() {
            let mut first = Stories::new(StoryConfig::default());
            first.add_batch(all[..cut].to_vec());
            let mut bytes = Vec::new();
            let saved: Vec<Vec<u8>> = first
                .placements(0)
                .iter()
                .map(|p| {
                    bytes.clear();
                    p.encode(&mut bytes);
                    bytes.clone()
                })
                .collect();
            let mut s = Stories::restore(StoryConfig::default(), saved.iter().map(|b| Placement::decode(b).unwrap())).unwrap();
            s.add_batch(all[cut..].to_vec());
            assert_eq!(s.placements(0), one.placements(0), "cut at {cut}");
            for (i, d) in all.iter().enumerate().take(cut) {
                assert!(s.fill(i, d.clone()));
            }
            // The earlier articles of the stories later ones joined (a placement's root
            // is its story's).
            let ps = one.placements(0);
            let later: Vec<u32> = ps[cut..].iter().map(|p| p.root).collect();
            let mates: Vec<u32> = (0..cut as u32).filter(|&i| later.contains(&ps[i as usize].root)).collect();
            assert_eq!(s.story_mates(cut), mates, "cut at {cut}");
            assert_eq!(json(&s), want, "cut at {cut}");
            assert_eq!(s.story_groups(), one.story_groups());
        }
    }

    /// The one-call band keys equal the streaming hasher's that `add_batch` uses.
    #[test]
    fn band_keys_equal_streaming_hashes() {
        let mut m = [0u32; MINHASH];
        for (i, x) in m.iter_mut().enumerate() {
            *x = (i as u32).wrapping_mul(2_654_435_761) ^ 0xdead_beef;
        }
        let keys = band_keys(&m);
        for (b, k) in keys.iter().enumerate() {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            h.update(&[b as u8]);
            for x in &m[b * ROWS..(b + 1) * ROWS] {
                h.update(&x.to_le_bytes());
            }
            assert_eq!(*k, h.digest(), "band {b}");
        }
    }

    #[test]
    fn inconsistent_placements_are_refused() {
        let mut s = Stories::new(StoryConfig::default());
        s.add_batch(digests());
        let mut ps = s.placements(0);
        ps[0].root = 3;
        assert!(Stories::restore(StoryConfig::default(), ps).is_none());
        let mut ps = s.placements(0);
        ps[1].top.push(10_000);
        assert!(Stories::restore(StoryConfig::default(), ps).is_none());
        let mut r = Stories::restore(StoryConfig::default(), s.placements(0)).unwrap();
        assert!(!r.fill(0, digests()[1].clone()), "another article's digest");
        assert!(!r.fill(99, digests()[1].clone()));
    }
}
