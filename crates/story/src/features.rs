//! Compact per-article features: what the clusterer keeps of an article instead of its text.
//!
//! - a MinHash signature (one-permutation hashing with densification, [`SIG_LEN`] bins)
//!   over word 5-gram shingles of the folded text, for near-duplicates;
//! - the article's terms (light-stemmed folded words, stop words dropped, numbers as
//!   `#123`) with position-weighted counts — the clusterer turns them into tf-idf weights
//!   with the document frequencies of everything it has seen;
//! - entity ids (actors and places, from `mentions`), figures (from `claims`, else the
//!   numbers of the headline and lede), days named (from `dates`), the publication day.
//!
//! [`ArticleDigest`] adds the small parts of an article triangulation needs (claims,
//! events, framing, the names used for each entity), never the whole text.

use riwaya_model::{Article, Claim, Event, Framing};
use riwaya_text::{normalize_str, tokens, TokenKind};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Number of MinHash bins.
pub const SIG_LEN: usize = 64;
/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Terms kept per article (before idf weighting).
pub const MAX_TERMS: usize = 64;

static STOPWORDS_TXT: &str = include_str!("../data/stopwords.txt");

/// 64-bit mix (splitmix64 finaliser): cheap and well spread.
#[inline]
pub(crate) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// FNV-1a over bytes, then mixed.
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    mix(h)
}

fn stopwords() -> &'static HashSet<u64> {
    static S: OnceLock<HashSet<u64>> = OnceLock::new();
    S.get_or_init(|| {
        STOPWORDS_TXT
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| hash_str(stem(&normalize_str(l))))
            .collect()
    })
}

/// Light stemming of a folded word: strip the article and its proclitic chains
/// (وال فال بال كال لل ال) when at least three letters stay, and a bare و/ف before a
/// word of at least four more letters. Enough to make «بالحسكه», «والحسكه», «الحسكه»
/// and «حسكه» one term.
pub fn stem(w: &str) -> &str {
    let chars = w.chars().count();
    for p in ["وال", "فال", "بال", "كال", "لل", "ال"] {
        if let Some(rest) = w.strip_prefix(p) {
            if chars - p.chars().count() >= 3 {
                return rest;
            }
        }
    }
    for p in ["و", "ف"] {
        if let Some(rest) = w.strip_prefix(p) {
            if chars > 5 {
                return rest;
            }
        }
    }
    w
}

/// «وفي», «ومن», «فقد», «وقال»: a conjunction before a stop word.
#[inline]
fn conj_stop(w: &str, stop: &HashSet<u64>) -> bool {
    match w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        Some(rest) if !rest.is_empty() => stop.contains(&hash_str(stem(rest))),
        _ => false,
    }
}

/// Whether a number is a year (Gregorian or Hijri) and so says nothing about the event.
fn is_year(n: u64) -> bool {
    (1400..=1450).contains(&n) || (1950..=2040).contains(&n)
}

fn parse_number(s: &str) -> Option<u64> {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 12 {
        return None;
    }
    digits.parse().ok()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD…` date (the first ten characters).
pub fn day_number(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s[0..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Place kinds of the lexicon (and of names found beyond it).
pub fn is_place_kind(kind: &str) -> bool {
    matches!(
        kind,
        "place"
            | "city"
            | "town"
            | "village"
            | "country"
            | "governorate"
            | "region"
            | "district"
            | "neighbourhood"
            | "prison"
            | "camp"
            | "base"
            | "airport"
            | "border_crossing"
            | "building"
            | "mosque"
            | "hospital"
            | "dam"
            | "field"
            | "river"
            | "roundabout"
            | "university"
            | "college"
            | "institute"
            | "bakery"
            | "cemetery"
            | "school"
            | "street"
    )
}

/// Outlets and news agencies: named as sources, not as actors of the story.
pub fn is_media_kind(kind: &str) -> bool {
    matches!(kind, "outlet" | "agency" | "media")
}

/// Kinds of actor that are party to a conflict (their claims about an enemy's losses are
/// flagged).
pub fn is_party_kind(kind: &str) -> bool {
    matches!(kind, "armed_group" | "state_force")
}

/// A figure as a feature: what is counted and its lower value (or the bare number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FigureKey {
    /// Hash of the quantity (`killed`…), 0 for a bare number of the headline or lede.
    pub quantity: u64,
    pub value: u64,
}

/// What the clusterer keeps of one article: no text, a few hundred bytes.
#[derive(Debug, Clone)]
pub struct ArticleFeatures {
    /// MinHash signature over word 5-gram shingles (empty when the text is too short to
    /// judge copying: fewer than [`SHINGLE`] + 3 words).
    pub minhash: Vec<u32>,
    /// Number of shingles the signature was built from.
    pub shingles: u32,
    /// Terms (hashes of stemmed folded words, `#n` for numbers) with their weighted counts:
    /// a word of the headline counts 3, of the lede (first 60 words) 2, elsewhere 1.
    /// Highest first, at most [`MAX_TERMS`].
    pub terms: Vec<(u64, f32)>,
    /// The headline's terms (hashes, as in `terms`), in order, without repeats.
    pub title_terms: Vec<u64>,
    /// Actor entity ids (hashed), sorted.
    pub actors: Vec<u64>,
    /// Place entity ids (hashed), sorted.
    pub places: Vec<u64>,
    /// Figures reported (from claims), else the numbers of the headline and lede.
    pub figures: Vec<FigureKey>,
    /// Days named in the text (from `dates`), as day numbers.
    pub days: Vec<i32>,
    /// Publication day (days since 1970-01-01).
    pub published: Option<i32>,
}

/// Words of the lede: counted twice.
const LEDE_WORDS: usize = 60;

/// Compute the features of one article. Pure, no shared state: callers may run it on
/// many threads.
pub fn features(a: &Article) -> ArticleFeatures {
    let stop = stopwords();
    let title_n = normalize_str(a.title.as_deref().unwrap_or(""));
    let text_n = normalize_str(&a.text);

    let mut counts: rustc_hash::FxHashMap<u64, (f32, u32)> = Default::default();
    let mut order = 0u32;
    let mut lede_numbers: Vec<u64> = Vec::new();
    let mut add = |counts: &mut rustc_hash::FxHashMap<u64, (f32, u32)>, h: u64, w: f32| {
        let e = counts.entry(h).or_insert((0.0, order));
        e.0 += w;
        order += 1;
    };

    // Headline words.
    let mut title_terms: Vec<u64> = Vec::new();
    for t in tokens(&title_n) {
        match t.kind {
            TokenKind::Word => {
                let s = stem(t.text(&title_n));
                if s.chars().count() >= 3 {
                    let h = hash_str(s);
                    if !stop.contains(&h) && !conj_stop(t.text(&title_n), stop) {
                        if !title_terms.contains(&h) {
                            title_terms.push(h);
                        }
                        add(&mut counts, h, 3.0);
                    }
                }
            }
            TokenKind::Number => {
                if let Some(n) = parse_number(t.text(&title_n)) {
                    if n >= 2 && !is_year(n) {
                        lede_numbers.push(n);
                        add(&mut counts, mix(n ^ 0x6e75_6d62_6572), 3.0);
                    }
                }
            }
            _ => {}
        }
    }

    // Body: terms and shingles in one pass.
    let mut sig = [u32::MAX; SIG_LEN];
    let mut window: [u64; SHINGLE] = [0; SHINGLE];
    let mut nwords: usize = 0;
    let mut shingles: u32 = 0;
    for t in tokens(&text_n) {
        let wh = match t.kind {
            TokenKind::Word | TokenKind::Latin => {
                let w = t.text(&text_n);
                let s = stem(w);
                let h = hash_str(s);
                if t.kind == TokenKind::Word && s.chars().count() >= 3 && !stop.contains(&h) && !conj_stop(w, stop) {
                    add(&mut counts, h, if nwords < LEDE_WORDS { 2.0 } else { 1.0 });
                }
                h
            }
            TokenKind::Number => {
                let w = t.text(&text_n);
                if let Some(n) = parse_number(w) {
                    if n >= 2 && !is_year(n) {
                        let h = mix(n ^ 0x6e75_6d62_6572);
                        if nwords < LEDE_WORDS {
                            lede_numbers.push(n);
                            add(&mut counts, h, 2.0);
                        } else {
                            add(&mut counts, h, 1.0);
                        }
                    }
                }
                hash_str(w)
            }
            _ => continue,
        };
        window[nwords % SHINGLE] = wh;
        nwords += 1;
        if nwords >= SHINGLE {
            // Order-sensitive combination of the last SHINGLE words.
            let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
            for k in 0..SHINGLE {
                let w = window[(nwords + k) % SHINGLE];
                h = mix(h ^ w).rotate_left(17);
            }
            let h = mix(h);
            let bin = (h >> 58) as usize; // 6 bits → 64 bins
            let v = h as u32;
            if v < sig[bin] {
                sig[bin] = v;
            }
            shingles += 1;
        }
    }
    let minhash = if nwords >= SHINGLE + 3 { densify(sig) } else { Vec::new() };

    let mut terms: Vec<(u64, f32, u32)> = counts.into_iter().map(|(h, (w, o))| (h, w, o)).collect();
    terms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
    terms.truncate(MAX_TERMS);
    let terms = terms.into_iter().map(|(h, w, _)| (h, w)).collect();

    let mut actors = Vec::new();
    let mut places = Vec::new();
    for m in &a.mentions {
        if is_media_kind(&m.kind) {
            continue;
        }
        let h = hash_str(&m.entity);
        if is_place_kind(&m.kind) {
            places.push(h);
        } else {
            actors.push(h);
        }
    }
    actors.sort_unstable();
    actors.dedup();
    places.sort_unstable();
    places.dedup();

    let mut figures: Vec<FigureKey> = a
        .claims
        .iter()
        .filter(|c| c.quantity != "other")
        .filter_map(|c| c.low.or(c.high).map(|v| FigureKey { quantity: hash_str(&c.quantity), value: v }))
        .collect();
    if figures.is_empty() {
        figures = lede_numbers.iter().map(|&n| FigureKey { quantity: 0, value: n }).collect();
    }
    figures.sort_unstable_by_key(|f| (f.quantity, f.value));
    figures.dedup();
    figures.truncate(16);

    let mut days: Vec<i32> = a.dates.iter().filter_map(|d| day_number(&d.date)).collect();
    days.sort_unstable();
    days.dedup();
    days.truncate(16);

    ArticleFeatures {
        minhash,
        shingles,
        terms,
        title_terms,
        actors,
        places,
        figures,
        days,
        published: a.published.as_deref().and_then(day_number),
    }
}

/// Fill empty bins from the next non-empty bin (circularly), salted by the distance, so
/// that two signatures stay comparable bin by bin (one-permutation hashing with rotation).
fn densify(mut sig: [u32; SIG_LEN]) -> Vec<u32> {
    let src = sig;
    if src.iter().all(|&v| v == u32::MAX) {
        return Vec::new();
    }
    for i in 0..SIG_LEN {
        if src[i] == u32::MAX {
            let mut d = 1;
            while src[(i + d) % SIG_LEN] == u32::MAX {
                d += 1;
            }
            sig[i] = (mix(src[(i + d) % SIG_LEN] as u64 ^ ((d as u64) << 40)) as u32) | 1;
        }
    }
    sig.to_vec()
}

/// Estimated Jaccard similarity of the shingle sets of two signatures.
pub fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    if a.len() != SIG_LEN || b.len() != SIG_LEN {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / SIG_LEN as f32
}

/// How often an article used a name for an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct NameUse {
    pub entity: String,
    pub kind: String,
    /// English canonical name when known.
    pub name: Option<String>,
    /// The words used.
    pub form: String,
    pub count: usize,
}

/// What a story keeps of an article: its features and the small parts triangulation needs.
#[derive(Debug, Clone)]
pub struct ArticleDigest {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub features: ArticleFeatures,
    pub claims: Vec<Claim>,
    /// Per claim (same index): the place named in the claim's sentence, if any (entity id).
    pub claim_places: Vec<Option<String>>,
    pub events: Vec<Event>,
    pub framing: Vec<Framing>,
    /// Every (entity, form) used, with counts.
    pub names: Vec<NameUse>,
}

impl ArticleDigest {
    /// Features plus the parts triangulation needs; the text itself is dropped.
    pub fn new(a: &Article) -> Self {
        Self::with_features(a, features(a))
    }

    /// As [`ArticleDigest::new`] with features computed elsewhere (e.g. on another thread).
    pub fn with_features(a: &Article, features: ArticleFeatures) -> Self {
        let mut names: Vec<NameUse> = Vec::new();
        for m in &a.mentions {
            let form = m.text.trim().to_string();
            if let Some(n) = names.iter_mut().find(|n| n.entity == m.entity && n.form == form) {
                n.count += 1;
            } else {
                names.push(NameUse { entity: m.entity.clone(), kind: m.kind.clone(), name: m.name.clone(), form, count: 1 });
            }
        }
        let claim_places = a.claims.iter().map(|c| claim_place(a, c)).collect();
        ArticleDigest {
            id: a.id.clone(),
            outlet: a.outlet.clone(),
            url: a.url.clone(),
            published: a.published.as_ref().map(|p| p.chars().take(10).collect()),
            title: a.title.clone(),
            features,
            claims: a.claims.clone(),
            claim_places,
            events: a.events.clone(),
            framing: a.framing.clone(),
            names,
        }
    }
}

/// The place named in a claim's sentence (the one nearest the claim), if any.
fn claim_place(a: &Article, c: &Claim) -> Option<String> {
    let text = &a.text;
    if c.start > text.len() || c.end > text.len() {
        return None;
    }
    // The sentence's span: from the claim, out to the nearest sentence end either side.
    let is_end = |ch: char| matches!(ch, '.' | '\n' | '!' | '?' | '؟' | '。');
    let s = text[..c.start].rfind(is_end).map(|i| i + 1).unwrap_or(0);
    let e = text[c.end..].find(is_end).map(|i| c.end + i).unwrap_or(text.len());
    a.mentions
        .iter()
        .filter(|m| is_place_kind(&m.kind) && m.start >= s && m.end <= e)
        .min_by_key(|m| if m.start >= c.end { m.start - c.end } else { c.start.saturating_sub(m.end) })
        .map(|m| m.entity.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2015-08-06 18:00:00").unwrap() - day_number("2015-07-31").unwrap(), 6);
        assert_eq!(day_number("2016-03-01").unwrap() - day_number("2016-02-28").unwrap(), 2);
        assert_eq!(day_number("x"), None);
    }

    #[test]
    fn stems() {
        assert_eq!(stem("بالحسكه"), "حسكه");
        assert_eq!(stem("والحسكه"), "حسكه");
        assert_eq!(stem("الحسكه"), "حسكه");
        assert_eq!(stem("للامن"), "امن");
        assert_eq!(stem("وزير"), "وزير");
        assert_eq!(stem("الى"), "الى");
    }

    #[test]
    fn stopwords_load() {
        let s = stopwords();
        assert!(s.len() > 200);
        assert!(s.contains(&hash_str(stem(&normalize_str("الذي")))));
        assert!(conj_stop("وفي", s) && conj_stop("وقال", s) && !conj_stop("وزير", s));
    }
}
