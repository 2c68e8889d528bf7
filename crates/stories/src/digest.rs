//! What the story stage keeps of an article: a compact digest (MinHash signature, top
//! distinctive words, entities, figures, events, names), never its text.

use riwaya_model::{Article, Claim, Event, Framing, MentionKind};
use riwaya_text::normalize::normalize_str;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Hashes in a MinHash signature; the LSH index splits them into bands.
pub const MINHASH: usize = 64;
/// Words of a shingle, for near-duplicate detection.
const SHINGLE: usize = 5;
/// Distinctive words kept per article.
pub const TOP_WORDS: usize = 30;

/// Words too common to tell stories apart: `data/stopwords.txt`.
fn stopwords() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        include_str!("../data/stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// A name used for an entity in an article.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct NameUse {
    pub entity: String,
    pub kind: MentionKind,
    /// English name, when the lexicon knows the thing.
    pub name: Option<String>,
    pub text: String,
    pub count: usize,
}

/// The compact per-article record the story stage works on.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ArticleDigest {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// Days since 1970-01-01 of `published`.
    pub day: Option<i32>,
    pub title: Option<String>,
    /// The weekday (0 = Monday … 6 = Sunday) the article calls today ("اليوم السبت"), for
    /// dating articles that carry no publication date from the story they belong to.
    pub today_weekday: Option<u8>,
    /// The first line of the text, for stories whose articles have no headline.
    pub lede: Option<String>,
    #[serde(with = "minhash_serde")]
    pub minhash: [u32; MINHASH],
    /// Whether the text had enough words for a signature.
    pub has_signature: bool,
    /// Word hash → count, for the distinctive words (filled by the index with tf-idf).
    pub word_counts: Vec<(u64, u32)>,
    pub entities: Vec<String>,
    pub names: Vec<NameUse>,
    pub claims: Vec<Claim>,
    /// For each claim, the specific place (facility, neighbourhood, village…) named in its
    /// sentence nearest to the figure: two figures at different places are two incidents.
    pub claim_places: Vec<Option<String>>,
    pub events: Vec<Event>,
    pub framing: Vec<Framing>,
    /// Entity id → kind, for the entities this article names (for party claims).
    pub kinds: HashMap<String, MentionKind>,
    /// The year the text names most (1950–2099), when one stands out: two happenings at
    /// one place years apart (a hospital struck in 2023 and again in 2025) share their
    /// words, but seldom their years.
    pub year: Option<u16>,
}

/// serde derives stop at arrays of 32: the signature travels as a sequence.
mod minhash_serde {
    use super::MINHASH;
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(v: &[u32; MINHASH], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u32; MINHASH], D::Error> {
        let v: Vec<u32> = Vec::deserialize(d)?;
        v.try_into().map_err(|v: Vec<u32>| serde::de::Error::invalid_length(v.len(), &"64 hashes"))
    }
}

/// Place kinds specific enough to tell one incident from another (not cities or countries).
const SPECIFIC_PLACES: &[&str] = &[
    "neighbourhood", "village", "prison", "camp", "school", "university", "college", "institute", "bakery",
    "cemetery", "roundabout", "hospital", "mosque", "building", "airport", "base", "border_crossing", "field", "dam",
];

fn claim_place(a: &Article, c: &Claim) -> Option<String> {
    let off = c.sentence.find(&c.text)?;
    let ss = c.start.checked_sub(off)?;
    let se = ss + c.sentence.len();
    a.mentions
        .iter()
        .filter(|m| m.start >= ss && m.end <= se && (SPECIFIC_PLACES.contains(&m.kind.as_str())))
        // Not a name inside a longer one («غويران» in «سجن غويران»).
        .filter(|m| !a.mentions.iter().any(|o| o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start)))
        .min_by_key(|m| if m.start >= c.start { m.start - c.start } else { c.start - m.start })
        .map(|m| m.entity.clone())
}

/// "اليوم السبت", "اليوم (الاثنين)": the weekday the text calls today, in normalised text.
fn today_weekday(norm: &str) -> Option<u8> {
    const DAYS: [(&str, u8); 8] = [
        ("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الاربعاء", 2), ("الخميس", 3), ("الجمعه", 4), ("السبت", 5), ("الاحد", 6),
    ];
    let mut rest = norm;
    while let Some(i) = rest.find("اليوم") {
        let after = rest[i + "اليوم".len()..].trim_start_matches([' ', '(', '،', ',']);
        if let Some((_, d)) = DAYS.iter().find(|(w, _)| after.starts_with(w)) {
            return Some(*d);
        }
        rest = &rest[i + "اليوم".len()..];
    }
    None
}

/// Days since the epoch of a `YYYY-MM-DD` date.
pub fn day_number(d: &str) -> Option<i32> {
    let b = d.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = d[0..4].parse().ok()?;
    let m: i32 = d[5..7].parse().ok()?;
    let dd: i32 = d[8..10].parse().ok()?;
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// Letters and digits, with Arabic and ASCII decided without the Unicode tables.
#[inline]
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => true,
        0x0621..=0x064A | 0x0660..=0x0669 | 0x0671..=0x06D3 | 0x06F0..=0x06F9 => true,
        0..=0x7F => false,
        _ => riwaya_text::chars::is_alphanumeric(c),
    }
}

/// Whether each character of the Arabic block U+0600–U+06FF is a word character.
fn arabic_word_chars() -> &'static [bool; 256] {
    static T: OnceLock<[bool; 256]> = OnceLock::new();
    T.get_or_init(|| std::array::from_fn(|i| char::from_u32(0x600 + i as u32).is_some_and(is_word_char)))
}

/// Appends the words of `s` (maximal runs of [`is_word_char`] characters) to `out`: the
/// same words as `s.split(|c| !is_word_char(c))` without the empty ones, with ASCII and
/// the Arabic block decided per byte.
fn words_of<'a>(s: &'a str, out: &mut Vec<&'a str>) {
    let ar = arabic_word_chars();
    let b = s.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (word, w) = if c < 0x80 {
            (c.is_ascii_alphanumeric(), 1)
        } else if c & 0xFC == 0xD8 {
            // A two-byte sequence of U+0600–U+06FF: `s` is valid UTF-8.
            (ar[(((c & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize], 2)
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            (is_word_char(ch), ch.len_utf8())
        };
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
}

/// A content word's comparison form: normalised, with a leading و/ف and ال stripped.
fn content_word(w: &str) -> Option<&str> {
    comparison_form(w).filter(|w| !stopwords().contains(w))
}

/// A word less a leading و/ف/ب with ال (or ال, لل), when it has three characters or more
/// and is not all digits; stop words not yet removed.
fn comparison_form(w: &str) -> Option<&str> {
    let mut w = w;
    for p in ["وال", "فال", "بال", "لل", "ال"] {
        if w.len() > p.len() + 4 && w.starts_with(p) {
            w = &w[p.len()..];
            break;
        }
    }
    // Three characters take at most 12 bytes: longer words need no count.
    if w.len() < 12 && w.chars().count() < 3 {
        return None;
    }
    (!w.bytes().all(|b| b.is_ascii_digit())).then_some(w)
}

/// The hash of a content word's comparison form ([`content_word`] then [`hash`]), with the
/// stop words looked up by their hash (one hash per word instead of two).
fn content_hash(w: &str) -> Option<u64> {
    let w = comparison_form(w)?;
    let h = hash(w);
    match stop_hashes().get(&h) {
        Some(s) if *s == w => None,
        _ => Some(h),
    }
}

/// The stop words by their hash.
fn stop_hashes() -> &'static crate::cluster::IdMap<u64, &'static str> {
    static S: OnceLock<crate::cluster::IdMap<u64, &'static str>> = OnceLock::new();
    S.get_or_init(|| stopwords().iter().map(|w| (hash(w), *w)).collect())
}

/// The content words of an article's headline (else of its first line) as hashes, once
/// each, sorted: the cut of a thread into happenings weighs them far above the body's.
pub(crate) fn title_words(d: &ArticleDigest) -> Vec<u64> {
    let of = |t: Option<&str>| -> Vec<u64> {
        let norm = normalize_str(t.unwrap_or(""));
        let mut words = Vec::new();
        words_of(&norm, &mut words);
        words.iter().filter_map(|w| content_hash(w)).collect()
    };
    let mut v = of(d.title.as_deref());
    if v.len() < 2 {
        v = of(d.lede.as_deref());
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// The distinct content words of a text, in their comparison form.
pub fn content_words(text: &str) -> std::collections::HashSet<String> {
    let norm = normalize_str(text);
    norm.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).filter_map(content_word).map(str::to_string).collect()
}

/// Background document frequencies (`data/background_df.tsv`): word hash → articles, and
/// the corpus size.
pub(crate) fn background() -> &'static (crate::cluster::IdMap<u64, u32>, u32) {
    // (Keys are xxh3 hashes already: no SipHash over them.)
    static B: OnceLock<(crate::cluster::IdMap<u64, u32>, u32)> = OnceLock::new();
    B.get_or_init(|| {
        let mut m = crate::cluster::IdMap::default();
        let mut n = 0;
        for line in include_str!("../data/background_df.tsv").lines() {
            if let Some(rest) = line.strip_prefix("#articles\t") {
                n = rest.trim().parse().unwrap_or(0);
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            if let Some((w, c)) = line.split_once('\t') {
                if let Ok(c) = c.trim().parse() {
                    m.insert(hash(w), c);
                }
            }
        }
        (m, n)
    })
}

pub(crate) fn hash(s: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(s.as_bytes())
}

/// The digest of an analysed article.
pub fn digest(a: &Article) -> ArticleDigest {
    digest_folded(a, &normalize_str(&a.text))
}

/// [`digest`] given the article's text already folded (`riwaya_text::normalize`, as the
/// extract stage's `Document` holds it): the text is not folded a second time. Folding is
/// per character, so the headline folded alone and the body give the same words as the
/// two folded together.
pub fn digest_folded(a: &Article, folded_text: &str) -> ArticleDigest {
    let title = normalize_str(a.title.as_deref().unwrap_or(""));
    let mut words: Vec<&str> = Vec::with_capacity(folded_text.len() / 6);
    words_of(&title, &mut words);
    words_of(folded_text, &mut words);
    // MinHash over word shingles: 64 hash functions as xor-salts of one 64-bit hash.
    let has_signature = words.len() >= SHINGLE;
    let minhash = if has_signature { minhash_of(&words) } else { [u32::MAX; MINHASH] };
    // Keys are word hashes already; the order is fixed by the sort below.
    let mut counts: crate::cluster::IdMap<u64, u32> = Default::default();
    for w in &words {
        if let Some(h) = content_hash(w) {
            *counts.entry(h).or_default() += 1;
        }
    }
    let mut word_counts: Vec<(u64, u32)> = counts.into_iter().collect();
    word_counts.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    word_counts.truncate(120);

    let mut kinds = HashMap::new();
    let mut names: HashMap<(&str, &str), NameUse> = HashMap::new();
    for m in &a.mentions {
        if !kinds.contains_key(&m.entity) {
            kinds.insert(m.entity.clone(), m.kind.clone());
        }
        names
            .entry((m.entity.as_str(), m.text.as_str()))
            .or_insert_with(|| NameUse { entity: m.entity.clone(), kind: m.kind.clone(), name: m.name.clone(), text: m.text.clone(), count: 0 })
            .count += 1;
    }
    let mut entities: Vec<String> = kinds.keys().cloned().collect();
    entities.sort();
    let mut names: Vec<NameUse> = names.into_values().collect();
    names.sort_by(|a, b| a.entity.cmp(&b.entity).then(b.count.cmp(&a.count)).then(a.text.cmp(&b.text)));
    let mut years: HashMap<u16, u32> = HashMap::new();
    for w in &words {
        if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(y) = w.parse::<u16>() {
                if (1950..2100).contains(&y) {
                    *years.entry(y).or_default() += 1;
                }
            }
        }
    }
    // A dated article's year is its publication's; an undated one's, the year it names most.
    let published_year: Option<u16> = a.published.as_deref().and_then(|p| p.get(..4)).and_then(|p| p.parse().ok());
    let year = published_year.or_else(|| {
        let mut v: Vec<(u16, u32)> = years.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        match v.as_slice() {
            [(y, _)] => Some(*y),
            [(y, a), (_, b), ..] if a > b => Some(*y),
            _ => None,
        }
    });
    let claims: Vec<Claim> = a.claims.iter().filter(|c| c.quantity != "other").cloned().collect();
    let claim_places = claims.iter().map(|c| claim_place(a, c)).collect();
    ArticleDigest {
        id: a.id.clone(),
        outlet: a.outlet.clone(),
        published: a.published.clone(),
        day: a.published.as_deref().and_then(day_number),
        title: a.title.clone(),
        today_weekday: today_weekday(&title).or_else(|| today_weekday(folded_text)),
        lede: a.text.lines().find(|l| !l.trim().is_empty()).map(|l| l.chars().take(120).collect()),
        minhash,
        has_signature,
        word_counts,
        entities,
        names,
        claims,
        claim_places,
        events: a.events.clone(),
        framing: a.framing.clone(),
        kinds,
        year,
    }
}

/// The MinHash signature of the word shingles of `words`: per hash function `i`, the least
/// `((h ^ SALTS[i]) * K) >> 32` (low 64 bits of the product) over the shingles' hashes `h`.
fn minhash_of(words: &[&str]) -> [u32; MINHASH] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { minhash_avx2(words) };
    }
    minhash_in(words)
}

/// [`minhash_in`] compiled for AVX2: eight hash functions per instruction.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn minhash_avx2(words: &[&str]) -> [u32; MINHASH] {
    minhash_in(words)
}

#[inline(always)]
fn minhash_in(words: &[&str]) -> [u32; MINHASH] {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let (kl, kh) = (K as u32, (K >> 32) as u32);
    let mut minhash = [u32::MAX; MINHASH];
    // Each shingle's words, each followed by a space, hashed in one shot (the same hash as
    // streaming them, without a hasher state per shingle).
    let mut buf: Vec<u8> = Vec::with_capacity(128);
    for sh in words.windows(SHINGLE) {
        buf.clear();
        for w in sh {
            buf.extend_from_slice(w.as_bytes());
            buf.push(b' ');
        }
        let base = xxhash_rust::xxh3::xxh3_64(&buf);
        let (bl, bh) = (base as u32, (base >> 32) as u32);
        // The high half of the product's low 64 bits, from 32-bit halves (which vectorise
        // where 64-bit products do not), branch-free.
        for i in 0..MINHASH {
            let (xl, xh) = (bl ^ SALTS_LO[i], bh ^ SALTS_HI[i]);
            let v = ((((xl as u64) * (kl as u64)) >> 32) as u32).wrapping_add(xl.wrapping_mul(kh)).wrapping_add(xh.wrapping_mul(kl));
            minhash[i] = minhash[i].min(v);
        }
    }
    minhash
}

const SALTS_LO: [u32; MINHASH] = {
    let mut s = [0u32; MINHASH];
    let mut i = 0;
    while i < MINHASH {
        s[i] = SALTS[i] as u32;
        i += 1;
    }
    s
};
const SALTS_HI: [u32; MINHASH] = {
    let mut s = [0u32; MINHASH];
    let mut i = 0;
    while i < MINHASH {
        s[i] = (SALTS[i] >> 32) as u32;
        i += 1;
    }
    s
};

/// Salts for the MinHash functions (fixed, so signatures are the same in every run).
const SALTS: [u64; MINHASH] = {
    let mut s = [0u64; MINHASH];
    let mut x: u64 = 0x243F_6A88_85A3_08D3;
    let mut i = 0;
    while i < MINHASH {
        // splitmix64
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        s[i] = z ^ (z >> 31);
        i += 1;
    }
    s
};

/// Estimated Jaccard similarity of two articles' shingle sets.
pub fn jaccard(a: &ArticleDigest, b: &ArticleDigest) -> f64 {
    if !a.has_signature || !b.has_signature {
        return 0.0;
    }
    a.minhash.iter().zip(&b.minhash).filter(|(x, y)| x == y).count() as f64 / MINHASH as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_found() {
        assert_eq!(today_weekday(&normalize_str("تتواصل الاشتباكات، اليوم السبت، في محيط السجن")), Some(5));
        assert_eq!(today_weekday(&normalize_str("قال اليوم (الاثنين) إن")), Some(0));
        assert_eq!(today_weekday(&normalize_str("حتى اليوم لم يعلن")), None);
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2022-01-22").unwrap() - day_number("2022-01-20").unwrap(), 2);
        assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2);
        assert_eq!(day_number("bad"), None);
    }

    /// `digest_folded` folds the headline alone: folding is per character, so the pieces
    /// give what the whole gave (marks, ligatures and digits at the joins included).
    #[test]
    fn folding_the_headline_alone_is_folding_the_whole() {
        let (t, b) = ("ﻻجئون في مخيم ١٢ اليوم", "ُاليوم السبت، قُتل ٣٠ شخصاً في «البلدة» ﷲ");
        assert_eq!(normalize_str(&format!("{t}\n{b}")), format!("{}\n{}", normalize_str(t), normalize_str(b)));
        let mut a = riwaya_model::Article::new("x", b);
        a.title = Some(t.into());
        let d = digest_folded(&a, &riwaya_text::normalize(b).text);
        assert_eq!(d.today_weekday, Some(5));
        assert_eq!(d.minhash, digest(&a).minhash);
    }

    /// The signature is the 64-bit formula's, on every path (AVX2 or not).
    #[test]
    fn minhash_as_the_64_bit_formula() {
        let text = normalize_str("قتل 30 شخصا في قصف على البلدة أمس وأصيب آخرون بجروح في الهجوم الذي شنته الطائرات");
        let mut words = Vec::new();
        words_of(&text, &mut words);
        let mut want = [u32::MAX; MINHASH];
        for sh in words.windows(SHINGLE) {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            for w in sh {
                h.update(w.as_bytes());
                h.update(b" ");
            }
            let base = h.digest();
            for (i, slot) in want.iter_mut().enumerate() {
                let v = ((base ^ SALTS[i]).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32;
                *slot = (*slot).min(v);
            }
        }
        assert_eq!(minhash_in(&words), want);
        assert_eq!(minhash_of(&words), want);
    }

    /// The byte scanner cuts the words the character split cut.
    #[test]
    fn words_as_the_split_gives_them() {
        for t in ["", " ", "قتل 30 شخصا، في «البلدة» x-y", "ﻻجئون ۱۲ ٣ ـ ﮐ ۀ ہ abc…déjà 😀 ok", "ك", "word"] {
            let t = normalize_str(t);
            let mut got = Vec::new();
            words_of(&t, &mut got);
            let want: Vec<&str> = t.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
            assert_eq!(got, want, "{t:?}");
        }
        // Every character of the Arabic block, alone and between letters.
        for cp in 0x600..0x700u32 {
            let t = format!("ب{}ت {} ", char::from_u32(cp).unwrap(), char::from_u32(cp).unwrap());
            let mut got = Vec::new();
            words_of(&t, &mut got);
            let want: Vec<&str> = t.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
            assert_eq!(got, want, "{cp:x}");
        }
    }

    /// The one-hash content word is the comparison form's hash, stop words left out.
    #[test]
    fn content_hash_is_the_content_words_hash() {
        for w in ["في", "والاشتباكات", "الحسكه", "2022", "لل", "الذي", "وقال", "ab", "abc", "مخيم", "بالمدينه"] {
            assert_eq!(content_hash(w), content_word(w).map(hash), "{w}");
        }
        for w in stopwords().iter() {
            assert_eq!(content_hash(w), content_word(w).map(hash), "{w}");
        }
    }

    #[test]
    fn content_words_drop_articles_and_stopwords() {
        assert_eq!(content_word("الحسكه"), Some("حسكه"));
        assert_eq!(content_word("والاشتباكات"), Some("اشتباكات"));
        assert_eq!(content_word("في"), None);
        assert_eq!(content_word("2022"), None);
    }
}

/// `YYYY-MM-DD` of a day number (inverse of [`day_number`]).
pub fn day_string(z: i32) -> String {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{:02}-{:02}", if m <= 2 { y + 1 } else { y }, m, d)
}
