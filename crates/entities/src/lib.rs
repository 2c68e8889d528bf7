//! Riwaya's entity recognition: who and where, whatever name an outlet uses.
//!
//! [`Recognizer::mentions`] finds every name of an actor, person, organisation, outlet or
//! place in a cleaned article:
//!
//! 1. **Lexicon names** (`data/lexicon`): every canonical name, alias, partisan alias, short
//!    alias and standalone loaded term, folded ([`riwaya_text::normalize`], quotes and runs
//!    of spaces collapsed) and searched with one Aho-Corasick automaton over the folded
//!    article. A match must start a word, or follow the proclitics و ف ب ل ك (and their
//!    pairs وب ول فب فل وك فك); «للـ» before a name with «ال» is read as ل + ال. The
//!    mention's `text` is the original words without the proclitic («لقسد» → «قسد»,
//!    «بالحسكة» → «الحسكة»; «للميادين» keeps its «لل», which stands for «ال»).
//!    Overlapping matches: the longest wins.
//! 2. **Context** decides short and ambiguous names: a short alias («كيربي», «خلف»,
//!    «السجن») names an entity only once it was named in full in the same article
//!    ([`RunNames`] extends this to the articles of one run); «التنظيم» refers back to the
//!    organisation last named, «الميليشيا» to the actor last called a militia, «التحالف» to
//!    an alliance named earlier or else the lexicon's default; «الدولة» alone is never a name;
//!    a surname that reads as a preposition («خلف المبنى») is not taken.
//! 3. **Patterns** find names the data lacks: organisations and places by head noun
//!    («وزارة X», «وكالة X», «سجن X», «حي X» …), people after roles and titles
//!    («المتحدث باسم X <الاسم>», «الرئيس المشترك لـ… <الاسم>»). They get ids derived from
//!    their folded words (`person:ابراهيم-خلف`, `org:…`, `place:…`), so the same name gets
//!    the same id in every article; their surnames are then linked within the article.
//!
//! [`Recognizer::framing`] attaches loaded terms to actors, [`Recognizer::outlet`] names
//! an article's outlet, and [`suggest`] lists pattern-found names for the data files.

mod prep;
mod words;

pub mod framing;
pub mod outlet;
mod voice;
pub mod run;
pub mod suggest;

pub use run::RunNames;
pub use suggest::{render_toml, suggest, Suggestion};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use prep::{key, Prepared};
use riwaya_lexicon::{ActorKind, Entity, Lexicon, NameKind, Signal};
use riwaya_model::Mention;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use words::{Anaphor, Head};

/// How a key names an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NK {
    /// Canonical name or alias: names the entity anywhere.
    Full,
    /// Names it anywhere, and carries a stance.
    Partisan(Signal),
    /// Names it only once it was named in full in the same article.
    Short,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct NameRef {
    pub ent: u32,
    pub kind: NK,
}

/// Everything one folded key stands for.
#[derive(Default, Debug)]
pub(crate) struct Payload {
    pub names: Vec<NameRef>,
    pub head: Option<Head>,
    pub role: bool,
    pub anaphor: Option<Anaphor>,
    pub never: bool,
    /// Words in the key.
    pub words: u8,
}

/// An entity of the lexicon, with what the resolver needs to know about it.
#[derive(Debug)]
pub(crate) struct Ent {
    pub id: String,
    pub kind: &'static str,
    pub name_en: String,
    pub person: bool,
    /// Armed group or state force.
    pub armed: bool,
    pub media: bool,
    pub place: bool,
    /// A settlement or area: «مدينة X» is X, «سجن X» is a place in X.
    pub settlement: bool,
    /// Named «تنظيم …» somewhere in the data: what «التنظيم» refers back to first.
    pub tanzim: bool,
    /// Named «تحالف …» / «ائتلاف …».
    pub alliance: bool,
}

#[derive(Clone, Copy, Debug)]
struct PatRef {
    payload: u32,
    /// The key with its «ال» read as the «ل» of «لل».
    elided: bool,
}

/// Finds the names of actors, people, organisations, outlets and places in articles.
pub struct Recognizer {
    pub(crate) lex: Arc<Lexicon>,
    dfa: NFA,
    /// Bloom bits of the first word of every pattern: a word whose bit is clear starts
    /// no pattern, so most words cost one hash.
    first_words: Vec<u64>,
    pats: Vec<Vec<PatRef>>,
    pub(crate) payloads: Vec<Payload>,
    pub(crate) keys: HashMap<String, u32>,
    pub(crate) ents: Vec<Ent>,
    pub(crate) ent_ix: HashMap<String, u32>,
    stop: HashSet<String>,
    generic: HashSet<String>,
    particles: HashSet<String>,
    report_verbs: HashSet<String>,
    titles: HashSet<String>,
    first_names: HashSet<String>,
    /// Heads after which the bare name is the same town («مدينة», «بلدة», «قرية»).
    bare_town_heads: HashSet<String>,
    /// Head nouns that name the same kind of site, folded: variant → the one ids use.
    head_synonyms: HashMap<String, String>,
    /// Heads that make a place only before a known place («ولاية»).
    known_only_heads: HashSet<String>,
    /// Common words of news (the story stage's stop words): never the bare name of a town.
    common: HashSet<String>,
    /// In how many of 31,030 SaudiNewsNet articles a word occurs (the story stage's table):
    /// a frequent word is no bare town name.
    news_df: HashMap<String, u32>,
    /// Nouns of a statement given to someone («تصريح», «حديث»).
    statement_nouns: HashSet<String>,
    militia: Vec<String>,
    pub(crate) outlet: outlet::OutletMatcher,
    pub(crate) terms: framing::TermMatcher,
}

/// A mention being built: spans are offsets in the match text.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    /// Start of the name (after any proclitic).
    pub s: usize,
    pub e: usize,
    /// Start of the quoted span: `s`, or the «ل» before it for «لل».
    pub span_s: usize,
    pub ent: EntId,
    /// Called a militia here.
    pub militia: bool,
    /// Found by a pattern (not the lexicon).
    #[allow(dead_code)]
    pub pattern: bool,
    /// A name inside a longer name («أعماق» in «وكالة أعماق»).
    #[allow(dead_code)]
    pub nested: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum EntId {
    Lex(u32),
    /// A derived id and its kind.
    New(String, &'static str),
}

/// Occupied spans, sorted and disjoint.
#[derive(Default)]
struct Occ(Vec<(usize, usize)>);

impl Occ {
    fn free(&self, s: usize, e: usize) -> bool {
        let i = self.0.partition_point(|x| x.1 <= s);
        i >= self.0.len() || self.0[i].0 >= e
    }
    fn insert(&mut self, s: usize, e: usize) {
        let i = self.0.partition_point(|x| x.0 < s);
        self.0.insert(i, (s, e));
    }
    fn remove(&mut self, s: usize, e: usize) {
        if let Some(i) = self.0.iter().position(|x| *x == (s, e)) {
            self.0.remove(i);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Characters and words of the match text
// ---------------------------------------------------------------------------------------

#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
        || c.is_ascii_alphanumeric()
}

const BLOOM_BITS: usize = 1 << 20;
const BLOOM_WORDS: usize = BLOOM_BITS / 64;

/// FNV-1a of a word, reduced to a bloom bit index.
#[inline]
fn word_hash(b: &[u8]) -> usize {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    ((h >> 20) as usize) & (BLOOM_BITS - 1)
}

#[inline]
fn prev_char(m: &str, i: usize) -> Option<char> {
    m[..i].chars().next_back()
}

#[inline]
fn next_char(m: &str, i: usize) -> Option<char> {
    m[i..].chars().next()
}

/// Start of the word that contains byte `i` (or ends at it).
fn word_start(m: &str, mut i: usize) -> usize {
    while let Some(c) = prev_char(m, i) {
        if !is_word_char(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

/// Whether the character at byte `i` is a word character, and its length.
#[inline]
fn word_char_at(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        (c.is_ascii_alphanumeric(), 1)
    } else if (0xD8..=0xDB).contains(&c) && i + 1 < b.len() {
        let cp = (((c & 0x1F) as u32) << 6) | (b[i + 1] & 0x3F) as u32;
        (matches!(cp, 0x0621..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF), 2)
    } else {
        let w = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        (false, w.min(b.len() - i))
    }
}

fn word_end(m: &str, mut i: usize) -> usize {
    let b = m.as_bytes();
    while i < b.len() {
        let (w, len) = word_char_at(b, i);
        if !w {
            break;
        }
        i += len;
    }
    i
}

const PRE_PLAIN: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];
const PRE_ARTICLE: &[&str] = &["و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"];
const PRE_ELIDED: &[&str] = &["ل", "ول", "فل"];
pub(crate) const PRE_PLAIN_PUB: &[&str] = PRE_PLAIN;

/// The mentions not inside another one, from mentions sorted by start, longer first (as
/// [`Recognizer::mentions_nested`] returns them): what claims, events and framing read.
pub fn outermost(mentions: &[Mention]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if out.last().is_none_or(|l| m.start >= l.end) {
            out.push(m.clone());
        }
    }
    out
}

/// Whether a match at `s..e` of the match text stands as a word: it ends at a word
/// boundary, and nothing but a proclitic («و», «ب», «لـ»…) joins it on the left.
pub(crate) fn whole_word(m: &str, s: usize, e: usize) -> bool {
    if m[e..].chars().next().is_some_and(is_word_char) {
        return false;
    }
    let ws = m[..s].char_indices().rev().take_while(|(_, c)| is_word_char(*c)).last().map_or(s, |(i, _)| i);
    ws == s || PRE_PLAIN_PUB.contains(&&m[ws..s])
}

/// A word of the match text and what separates it from the previous one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct W {
    pub s: usize,
    pub e: usize,
    /// Only one space (maybe standing for a quote) between this word and the previous.
    pub tight: bool,
}

/// The word after byte `i` (skipping one separator).
pub(crate) fn next_word(m: &str, i: usize) -> Option<W> {
    let b = m.as_bytes();
    let mut j = i;
    let mut tight = true;
    let mut seen_space = false;
    while j < b.len() {
        let c = next_char(m, j)?;
        if is_word_char(c) {
            break;
        }
        if c == ' ' && !seen_space {
            seen_space = true;
        } else {
            tight = false;
        }
        j += c.len_utf8();
    }
    if j >= b.len() {
        return None;
    }
    Some(W { s: j, e: word_end(m, j), tight: tight && seen_space })
}

pub(crate) fn prev_word(m: &str, i: usize) -> Option<W> {
    let mut j = i;
    let mut tight = true;
    let mut seen_space = false;
    while j > 0 {
        let c = prev_char(m, j)?;
        if is_word_char(c) {
            break;
        }
        if c == ' ' && !seen_space {
            seen_space = true;
        } else {
            tight = false;
        }
        j -= c.len_utf8();
    }
    if j == 0 {
        return None;
    }
    Some(W { s: word_start(m, j), e: j, tight: tight && seen_space })
}

/// Start of the word that ends at `e`.
#[inline]
fn last_end_word(m: &str, e: usize) -> usize {
    word_start(m, e)
}

#[inline]
fn is_definite(w: &str) -> bool {
    w.starts_with("ال") && w.len() > 4
}

/// A definite word that reads as an adjective: a nisba («الشمالية», «الكبرى») or a common
/// colour or size word. Nouns («الهجوم») end a name.
fn is_adjective(w: &str) -> bool {
    is_definite(w)
        && (w.ends_with('ي') || w.ends_with("يه") || w.ends_with("يين") || w.ends_with("يون")
            || matches!(w, "الحر" | "الكبير" | "الصغير" | "العام" | "الخاص" | "الاعلي" | "الاخضر" | "الاحمر"
                | "الابيض" | "الاسود" | "الازرق" | "الاكبر" | "الحره" | "العامه" | "الخاصه"))
}

/// A word with a proclitic and article («بالحسكه», «والعمل», «للتحالف»).
#[inline]
fn has_article_proclitic(w: &str) -> bool {
    ["وال", "بال", "فال", "كال", "لل"].iter().any(|p| w.starts_with(p)) && w.len() > 8
}

/// Where a named place is: the lexicon's [`Lexicon::geo`] for a lexicon id; for a derived
/// id of a site in a known place («مرفأ بيروت» → `place:مرفا-beirut`), that place's, with
/// precision 2 at best (near it).
pub fn place_geo(lex: &Lexicon, id: &str) -> Option<riwaya_lexicon::PlaceGeo> {
    if let Some(g) = lex.geo(id) {
        return Some(g);
    }
    let parts: Vec<&str> = id.strip_prefix("place:")?.split('-').collect();
    for len in (1..=parts.len()).rev() {
        for st in 0..=parts.len() - len {
            let seg = &parts[st..st + len];
            if seg.iter().all(|p| p.is_ascii()) {
                if let Some(mut g) = lex.geo(&seg.join("-")) {
                    g.precision = g.precision.max(2);
                    return Some(g);
                }
            }
        }
    }
    None
}

/// The derived id of a name: folded words joined by '-'.
pub(crate) fn derived_id(prefix: &str, m_words: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + 1 + m_words.len());
    s.push_str(prefix);
    s.push(':');
    let mut first = true;
    for w in m_words.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
        if !first {
            s.push('-');
        }
        first = false;
        s.push_str(w);
    }
    s
}

impl Recognizer {
    /// Builds the automata for `lexicon` (once; a recognizer is cheap to share).
    pub fn new(lexicon: Arc<Lexicon>) -> Self {
        let lex = lexicon;
        let mut ents: Vec<Ent> = Vec::new();
        let mut ent_ix: HashMap<String, u32> = HashMap::new();
        let set = |v: &[String]| -> HashSet<String> { v.iter().map(|w| key(w)).collect() };
        let wl = words::words();
        for a in lex.actors() {
            let names: Vec<String> = a.full_names().map(key).collect();
            let tanzim = names.iter().any(|n| n.starts_with("تنظيم "));
            let alliance = names.iter().any(|n| n.starts_with("التحالف ") || n.starts_with("تحالف ") || n.starts_with("الائتلاف ") || n.starts_with("ائتلاف "));
            ent_ix.insert(a.id.clone(), ents.len() as u32);
            ents.push(Ent {
                id: a.id.clone(),
                kind: a.kind.as_str(),
                name_en: a.name_en.clone(),
                person: a.kind == ActorKind::Person,
                armed: matches!(a.kind, ActorKind::ArmedGroup | ActorKind::StateForce),
                media: a.kind.is_media(),
                place: false,
                settlement: false,
                tanzim,
                alliance,
            });
        }
        for p in lex.places() {
            use riwaya_lexicon::PlaceKind as P;
            let settlement = matches!(
                p.kind,
                P::Country | P::Governorate | P::City | P::Town | P::Village | P::District | P::Neighbourhood | P::Region
            );
            ent_ix.insert(p.id.clone(), ents.len() as u32);
            ents.push(Ent {
                id: p.id.clone(),
                kind: p.kind.as_str(),
                name_en: p.name_en.clone(),
                person: false,
                armed: false,
                media: false,
                place: true,
                settlement,
                tanzim: false,
                alliance: false,
            });
        }

        let mut payloads: Vec<Payload> = Vec::new();
        let mut keys: HashMap<String, u32> = HashMap::new();
        let mut slot = |k: String, payloads: &mut Vec<Payload>| -> Option<usize> {
            if k.chars().count() < 2 {
                return None;
            }
            let n = payloads.len() as u32;
            let i = *keys.entry(k.clone()).or_insert(n);
            if i == n {
                payloads.push(Payload { words: k.split(' ').count().min(255) as u8, ..Default::default() });
            }
            Some(i as usize)
        };
        let mut add_name = |text: &str, ent: u32, kind: NK, payloads: &mut Vec<Payload>| {
            if let Some(i) = slot(key(text), payloads) {
                let p = &mut payloads[i];
                if !p.names.iter().any(|n| n.ent == ent && n.kind == kind) {
                    p.names.push(NameRef { ent, kind });
                }
            }
        };
        for name in lex.names() {
            let ent = ent_ix[name.entity];
            let kind = match name.kind {
                NameKind::Canonical | NameKind::Alias => NK::Full,
                NameKind::Partisan(s) => NK::Partisan(s),
                NameKind::Short => NK::Short,
            };
            add_name(name.text, ent, kind, &mut payloads);
        }
        for t in lex.standalone_terms() {
            let Some(e) = t.entity.as_deref().and_then(|e| ent_ix.get(e)) else { continue };
            // A neutral standalone word («المسلحين», «الوحدات») is generic: it names the
            // actor only once the actor was named in full.
            let kind = if t.signal == Signal::Neutral { NK::Short } else { NK::Partisan(t.signal) };
            for s in t.texts() {
                add_name(s, *e, kind, &mut payloads);
            }
        }
        for (w, outlet, armed) in &wl.org_heads {
            let (outlet, armed) = (*outlet, *armed);
            if let Some(i) = slot(key(w), &mut payloads) {
                payloads[i].head = Some(Head::Org { outlet, armed });
            }
        }
        for (w, kind, settlement) in &wl.place_heads {
            let (kind, settlement) = (kind.as_str(), *settlement);
            if let Some(i) = slot(key(w), &mut payloads) {
                payloads[i].head = Some(Head::Place { kind, settlement });
            }
        }
        for w in wl.roles.iter().chain(&wl.titles) {
            if let Some(i) = slot(key(w), &mut payloads) {
                payloads[i].role = true;
            }
        }
        for (w, a) in &wl.anaphors {
            let a = *a;
            if let Some(i) = slot(key(w), &mut payloads) {
                payloads[i].anaphor = Some(a);
            }
        }
        for w in &wl.never_alone {
            if let Some(i) = slot(key(w), &mut payloads) {
                payloads[i].never = true;
            }
        }

        // Automaton patterns: every key, and «ل…» for the «لل» reading of keys with «ال».
        let mut pat_ix: HashMap<String, usize> = HashMap::new();
        let mut pat_strs: Vec<String> = Vec::new();
        let mut pats: Vec<Vec<PatRef>> = Vec::new();
        let mut push = |p: String, r: PatRef| {
            let n = pat_strs.len();
            let i = *pat_ix.entry(p.clone()).or_insert(n);
            if i == n {
                pat_strs.push(p);
                pats.push(Vec::new());
            }
            pats[i].push(r);
        };
        let mut sorted: Vec<(&String, &u32)> = keys.iter().collect();
        sorted.sort();
        for (k, &i) in sorted {
            push(k.clone(), PatRef { payload: i, elided: false });
            if let Some(rest) = k.strip_prefix("ال") {
                if rest.chars().count() >= 2 {
                    push(format!("ل{rest}"), PatRef { payload: i, elided: true });
                }
            }
        }
        // Anchored: every search starts at a word (after its proclitics), so the walk
        // through the automaton stops within a few bytes of most words.
        let dfa = NFA::builder()
            .match_kind(MatchKind::Standard)
            .dense_depth(8)
            .build(&pat_strs)
            .expect("lexicon automaton");

        let mut first_words = vec![0u64; BLOOM_WORDS];
        for p in &pat_strs {
            let end = p.char_indices().find(|(_, c)| !is_word_char(*c)).map_or(p.len(), |(i, _)| i);
            let h = word_hash(&p.as_bytes()[..end]);
            first_words[h >> 6] |= 1u64 << (h & 63);
        }
        let outlet = outlet::OutletMatcher::new(&lex, &ent_ix);
        let terms = framing::TermMatcher::new(&lex);
        Recognizer {
            lex,
            dfa,
            first_words,
            pats,
            payloads,
            keys,
            ents,
            ent_ix,
            stop: set(&wl.stop),
            generic: set(&wl.generic),
            particles: set(&wl.name_particles),
            report_verbs: set(&wl.report_verbs),
            titles: set(&wl.titles),
            bare_town_heads: set(&wl.bare_town_heads),
            known_only_heads: set(&wl.known_only_heads),
            news_df: words::NEWS_DF_TSV
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .filter_map(|(w, n)| Some((w.to_string(), n.parse().ok()?)))
                .collect(),
            common: words::COMMON_WORDS_TXT
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(key)
                .collect(),
            statement_nouns: set(&wl.statement_nouns),
            head_synonyms: wl.head_synonyms.iter().map(|(a, b)| (key(a), key(b))).collect(),
            first_names: words::FIRST_NAMES_TXT
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(key)
                .collect(),
            militia: wl.militia.iter().map(|w| key(w)).collect(),
            outlet,
            terms,
        }
    }

    /// Diagnostics: (automaton kind, patterns, candidate matches in `text`).
    #[doc(hidden)]
    pub fn debug_stats(&self, text: &str) -> (String, usize, usize) {
        let p = Prepared::new(text);
        let mut n = 0;
        self.scan(p.m.as_str(), |_, _, _, _| n += 1);
        ("anchored DFA".to_string(), self.pats.len(), n)
    }

    #[doc(hidden)]
    pub fn debug_prepare(&self, text: &str) -> usize {
        Prepared::new(text).m.len()
    }

    /// The lexicon this recognizer was built from.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// All mentions in the text, in order, non-overlapping (longest match wins).
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let p = Prepared::new(text);
        let found = self.find(&p, false);
        self.to_mentions(text, &p, &found)
    }

    /// [`Recognizer::mentions`], plus the names inside longer names, at every depth:
    /// «وكالة سانا الرسمية» also gives «وكالة سانا» and «سانا»; «التحالف الدولي ضد تنظيم
    /// داعش الإرهابي» also gives «التحالف الدولي» and «تنظيم داعش الإرهابي». Sorted by start,
    /// the longer first; nested mentions overlap their container.
    pub fn mentions_nested(&self, text: &str) -> Vec<Mention> {
        let p = Prepared::new(text);
        let found = self.find(&p, true);
        self.to_mentions(text, &p, &found)
    }

    pub(crate) fn to_mentions(&self, text: &str, p: &Prepared, found: &[Found]) -> Vec<Mention> {
        found
            .iter()
            .map(|f| {
                let (a, e) = p.original_span(f.span_s, f.e);
                let (entity, kind, name) = match &f.ent {
                    EntId::Lex(i) => {
                        let x = &self.ents[*i as usize];
                        (x.id.clone(), x.kind.to_string(), Some(x.name_en.clone()))
                    }
                    EntId::New(id, kind) => (id.clone(), kind.to_string(), None),
                };
                Mention { text: text[a..e].to_string(), entity, kind, start: a, end: e, name }
            })
            .collect()
    }

    /// English subject label for claims ("ISIS", "SDF", "coalition", "civilians"…).
    pub fn subject_of(&self, entity: &str) -> Option<String> {
        match self.lex.entity(entity)? {
            Entity::Actor(a) => Some(a.subject_label().to_string()),
            Entity::Place(_) => None,
        }
    }

    /// The article's outlet: from the URL's domain, else from its own words (the text and
    /// `extra_lines` such as removed bylines). Returns (English name, "url" | "text").
    pub fn outlet(&self, url: Option<&str>, text: &str, extra_lines: &[&str]) -> Option<(String, &'static str)> {
        outlet::outlet(self, url, text, extra_lines)
    }

    /// Loaded terms attached to actors, with spans.
    /// [`Recognizer::mentions_nested`], its [`outermost`] mentions, and
    /// [`Recognizer::framing`] over those, with one normalisation of the text instead of two.
    pub fn mentions_and_framing(&self, text: &str) -> (Vec<Mention>, Vec<Mention>, Vec<riwaya_model::Framing>) {
        self.mentions_and_framing_prepared(text, Prepared::new(text))
    }

    /// [`Recognizer::mentions_and_framing`] given the text already folded
    /// (`riwaya_text::normalize(text)`, as the article's shared `Document` holds it).
    pub fn mentions_and_framing_in(&self, text: &str, norm: &riwaya_text::Normalized) -> (Vec<Mention>, Vec<Mention>, Vec<riwaya_model::Framing>) {
        self.mentions_and_framing_prepared(text, Prepared::from_norm(norm.clone()))
    }

    fn mentions_and_framing_prepared(&self, text: &str, p: Prepared) -> (Vec<Mention>, Vec<Mention>, Vec<riwaya_model::Framing>) {
        let found = self.find(&p, true);
        let nested = self.to_mentions(text, &p, &found);
        let outer = outermost(&nested);
        let framing = framing::framing_prepared(self, text, &p, &outer);
        (nested, outer, framing)
    }

    pub fn framing(&self, text: &str, mentions: &[Mention]) -> Vec<riwaya_model::Framing> {
        framing::framing(self, text, mentions)
    }

    // -----------------------------------------------------------------------------------
    // Recognition
    // -----------------------------------------------------------------------------------

    /// Strips one proclitic pair (و ف then ب ل ك) when the rest is a word of `set`.
    fn bare<'a>(&self, w: &'a str) -> &'a str {
        for p in ["و", "ف"] {
            if let Some(r) = w.strip_prefix(p) {
                if r.len() >= 4 && self.report_verbs.contains(r) {
                    return r;
                }
            }
        }
        w
    }

    /// Calls `f(start, end, proclitic, pattern)` for every key that starts a word of `m`
    /// (after no proclitic, or after one of و ف ب ل ك and their pairs) and ends one.
    fn scan(&self, m: &str, mut f: impl FnMut(usize, usize, &str, usize)) {
        let b = m.as_bytes();
        let n = b.len();
        let dfa = &self.dfa;
        let start = dfa.start_state(Anchored::Yes).expect("anchored start");
        let walk = |from: usize, ws: usize, f: &mut dyn FnMut(usize, usize, &str, usize)| {
            let mut sid = start;
            let mut i = from;
            while i < n {
                sid = dfa.next_state(Anchored::Yes, sid, b[i]);
                i += 1;
                if dfa.is_special(sid) {
                    if dfa.is_dead(sid) {
                        break;
                    }
                    if dfa.is_match(sid) && (i == n || !next_char(m, i).is_some_and(is_word_char)) {
                        for k in 0..dfa.match_len(sid) {
                            let pid = dfa.match_pattern(sid, k);
                            if dfa.pattern_len(pid) == i - from {
                                f(from, i, &m[ws..from], pid.as_usize());
                            }
                        }
                    }
                }
            }
        };
        let bloom = |x: usize, e: usize| {
            let h = word_hash(&b[x..e]);
            self.first_words[h >> 6] & (1u64 << (h & 63)) != 0
        };
        let is = |j: usize, set: &[&str]| j + 2 <= n && set.iter().any(|x| &b[j..j + 2] == x.as_bytes());
        let mut i = 0;
        while i < n {
            // Skip to the next word.
            let (w, len) = word_char_at(b, i);
            if !w {
                i += len;
                continue;
            }
            let ws = i;
            let we = word_end(m, ws);
            if bloom(ws, we) {
                walk(ws, ws, &mut f);
            }
            // After one or two proclitic letters.
            if len == 2 && is(ws, &["و", "ف", "ب", "ل", "ك"]) && ws + 2 < we {
                if bloom(ws + 2, we) {
                    walk(ws + 2, ws, &mut f);
                }
                if is(ws, &["و", "ف"]) && is(ws + 2, &["ب", "ل", "ك"]) && ws + 4 < we && bloom(ws + 4, we) {
                    walk(ws + 4, ws, &mut f);
                }
            }
            i = we;
        }
    }

    pub(crate) fn find(&self, p: &Prepared, nested: bool) -> Vec<Found> {
        let m = p.m.as_str();
        // 1. Candidates with valid word boundaries.
        struct Cand {
            s: usize,
            e: usize,
            span_s: usize,
            payload: u32,
        }
        let mut cands: Vec<Cand> = Vec::new();
        self.scan(m, |s, e, prefix, pid| {
            for r in &self.pats[pid] {
                let pay = &self.payloads[r.payload as usize];
                let ok = if r.elided {
                    PRE_ELIDED.contains(&prefix)
                } else if prefix.is_empty() {
                    true
                } else if m[s..].starts_with("ال") {
                    PRE_ARTICLE.contains(&prefix)
                } else {
                    PRE_PLAIN.contains(&prefix)
                };
                if !ok {
                    continue;
                }
                // Heads and roles must be followed by a word.
                if (pay.head.is_some() || pay.role) && pay.names.is_empty() && pay.anaphor.is_none() && next_word(m, e).is_none() {
                    continue;
                }
                let span_s = if r.elided { s - "ل".len() } else { s };
                cands.push(Cand { s, e, span_s, payload: r.payload });
            }
        });

        // 2. Full names, longest first.
        let mut order: Vec<usize> = (0..cands.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&cands[a], &cands[b]);
            (y.e - y.s).cmp(&(x.e - x.s)).then(x.s.cmp(&y.s))
        });
        let mut occ = Occ::default();
        let mut sel: Vec<Found> = Vec::new();
        let mut named: HashSet<u32> = HashSet::new();
        for &ci in &order {
            let c = &cands[ci];
            let pay = &self.payloads[c.payload as usize];
            if pay.never || pay.anaphor.is_some() {
                continue;
            }
            let full: Vec<&NameRef> = pay.names.iter().filter(|n| n.kind != NK::Short).collect();
            if full.is_empty() || !occ.free(c.s, c.e) {
                continue;
            }
            // A full name that is also the short name of another entity: decided later.
            if pay.names.iter().any(|n| n.kind == NK::Short) {
                continue;
            }
            let ent = full[0].ent;
            occ.insert(c.s, c.e);
            named.insert(ent);
            sel.push(Found { s: c.s, e: c.e, span_s: c.span_s, ent: EntId::Lex(ent), militia: false, pattern: false, nested: false });
        }
        sel.sort_by_key(|f| f.s);
        self.mark_militia(m, &mut sel);

        // 3. Short names, anaphors and shared names, in text order of length.
        for &ci in &order {
            let c = &cands[ci];
            let pay = &self.payloads[c.payload as usize];
            if pay.never || (pay.names.is_empty() && pay.anaphor.is_none()) {
                continue;
            }
            let is_short_or_shared = pay.anaphor.is_some() || pay.names.iter().any(|n| n.kind == NK::Short);
            if !is_short_or_shared || !occ.free(c.s, c.e) {
                continue;
            }
            if let Some(ent) = self.resolve(m, p, c.s, c.e, pay, &sel, &named) {
                occ.insert(c.s, c.e);
                let i = sel.partition_point(|f| f.s < c.s);
                sel.insert(i, Found { s: c.s, e: c.e, span_s: c.span_s, ent, militia: false, pattern: false, nested: false });
            }
        }

        // 3b. «وزارة الزراعة» + «الفنلندية»: a lexicon body named by a head noun, followed by
        // a nationality the name lacks, is another country's body.
        for k in 0..sel.len() {
            let f = &sel[k];
            let EntId::Lex(i) = f.ent else { continue };
            if self.ents[i as usize].place || self.ents[i as usize].person {
                continue;
            }
            let first = m[f.s..f.e].split(' ').next().unwrap_or("");
            if !matches!(self.head_of(first).and_then(|h| h.head), Some(Head::Org { .. })) {
                continue;
            }
            let Some(w) = next_word(m, f.e) else { continue };
            let t = &m[w.s..w.e];
            if !w.tight || !is_definite(t) || !(t.ends_with("يه") || t.ends_with("ي")) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                continue;
            }
            if matches!(t, "الذي" | "التي" | "الحالي" | "الحاليه" | "الماضي" | "الماضيه" | "الرسمي" | "الرسميه" | "الجاري") {
                continue;
            }
            let (s0, e0) = (f.s, f.e);
            occ.remove(s0, e0);
            occ.insert(s0, w.e);
            let span_s = sel[k].span_s;
            sel[k] = Found {
                s: s0,
                e: w.e,
                span_s,
                ent: EntId::New(derived_id("org", &m[s0..w.e]), self.ents[i as usize].kind),
                militia: false,
                pattern: true,
                nested: false,
            };
        }

        // 4. Patterns: head nouns and roles, in text order.
        let mut heads: Vec<&Cand> = cands
            .iter()
            .filter(|c| {
                let pay = &self.payloads[c.payload as usize];
                pay.head.is_some() || pay.role
            })
            .collect();
        heads.sort_by_key(|c| c.s);
        let mut new_names: Vec<(String, EntId, usize)> = Vec::new(); // (folded words, id, word count)
        for c in heads {
            if !occ.free(c.s, c.e) {
                continue;
            }
            let pay = &self.payloads[c.payload as usize];
            if let Some(h) = pay.head {
                if let Some(f) = self.head_pattern(m, c.s, c.e, c.span_s, h, &mut sel, &mut occ, p) {
                    // «بلدة X» of a known town: the bare X elsewhere in the text is it too.
                    if let (EntId::Lex(_), Head::Place { settlement: true, .. }) = (&f.ent, h) {
                        if let Some(w1) = next_word(m, c.e) {
                            if self.keys.contains_key(&m[w1.s..w1.e]) {
                                new_names.push((m[w1.s..w1.e].to_string(), f.ent.clone(), 1));
                            }
                        }
                    }
                    if let EntId::New(id, _) = &f.ent {
                        let words = m[f.s..f.e].split(' ').count();
                        new_names.push((m[f.s..f.e].to_string(), f.ent.clone(), words));
                        // The bare name of a new town («بلدة الهبيط» … «الهبيط»), unless it
                        // reads as a word: short, a function word, or met too often
                        // («مدينة كان» and «كان», «قرية الطفل» and «الطفل»).
                        if matches!(h, Head::Place { settlement: true, .. }) && self.bare_town_heads.contains(&m[c.s..c.e]) {
                            let core = id.split_once(':').map_or("", |x| x.1).replace('-', " ");
                            let content = core.strip_prefix("ال").filter(|x| x.chars().count() >= 2).unwrap_or(&core);
                            let wordlike = core.chars().count() < 4
                                || self.generic.contains(&core)
                                || self.stop.contains(&core)
                                || self.common.contains(content)
                                || self.news_df.get(content).is_some_and(|&n| n >= 30)
                                || self.first_names.contains(&core)
                                || memchr::memmem::find_iter(m.as_bytes(), core.as_bytes()).count() > 4;
                            if !wordlike && m[f.s..f.e].contains(&core) {
                                new_names.push((core, f.ent.clone(), 1));
                            }
                        }
                    }
                    continue;
                }
            }
            if pay.role {
                if let Some(f) = self.role_pattern(m, p, c.s, c.e, &sel, &mut occ) {
                    let words = m[f.s..f.e].split(' ').count();
                    new_names.push((m[f.s..f.e].to_string(), f.ent.clone(), words));
                    let i = sel.partition_point(|x| x.s < f.s);
                    sel.insert(i, f);
                }
            }
        }

        // 5. Other occurrences of the new names, and the surnames of new people.
        let mut extra: Vec<(String, EntId, bool)> = Vec::new();
        for (w, id, n) in &new_names {
            extra.push((w.clone(), id.clone(), false));
            if *n >= 2 {
                if let EntId::New(ref s, _) = id {
                    if s.starts_with("person:") {
                        if let Some(last) = w.rsplit(' ').next() {
                            if last.chars().count() >= 3
                                && !self.stop.contains(last)
                                && !self.generic.contains(last)
                                && !self.titles.contains(last)
                                && self.head_of(last).is_none()
                                && !self.particles.contains(last)
                            {
                                extra.push((last.to_string(), id.clone(), true));
                            }
                        }
                    }
                }
            }
        }
        extra.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        extra.dedup_by(|a, b| a.0 == b.0);
        for (w, id, single) in extra {
            let finder = memchr::memmem::Finder::new(w.as_bytes());
            for s in finder.find_iter(m.as_bytes()) {
                let e = s + w.len();
                if next_char(m, e).is_some_and(is_word_char) {
                    continue;
                }
                let ws = word_start(m, s);
                if !(ws == s || PRE_PLAIN.contains(&&m[ws..s])) {
                    continue;
                }
                if !occ.free(s, e) {
                    continue;
                }
                if single && !self.name_context(m, p, s, e, false) {
                    continue;
                }
                occ.insert(s, e);
                let i = sel.partition_point(|x| x.s < s);
                sel.insert(i, Found { s, e, span_s: s, ent: id.clone(), militia: false, pattern: true, nested: false });
            }
        }
        // 5a. «قالت، لـ"المملكة"»، «في تصريح لـ"سانا"»: a quoted name given a statement is
        // the outlet it was given to.
        let qs = p.quotes();
        for k in 0..qs.len().saturating_sub(1) {
            let (qo, qc) = (qs[k] as usize, qs[k + 1] as usize);
            if qc <= qo + 1 || qc - qo > 60 || !m.is_char_boundary(qo + 1) {
                continue;
            }
            let Some(l) = prev_word(m, qo) else { continue };
            if &m[l.s..l.e] != "ل" || l.e != qo {
                continue;
            }
            let (is, ie) = (qo + 1, qc);
            let inner = &m[is..ie];
            let words: Vec<&str> = inner.split(' ').collect();
            if words.is_empty()
                || words.len() > 4
                || !words.iter().all(|w| w.chars().count() >= 2 && !self.stop.contains(*w) && !w.bytes().any(|b| b.is_ascii_digit()))
                || !occ.free(is, ie)
            {
                continue;
            }
            // A statement within the six words before: a verb of saying or its noun.
            let mut said = false;
            let mut at = l.s;
            for _ in 0..6 {
                let Some(w) = prev_word(m, at) else { break };
                let t = self.bare(&m[w.s..w.e]);
                if self.report_verbs.contains(t) || self.statement_nouns.contains(t) {
                    said = true;
                    break;
                }
                at = w.s;
            }
            if !said {
                continue;
            }
            occ.insert(is, ie);
            let f = Found { s: is, e: ie, span_s: is, ent: EntId::New(derived_id("org", inner), "outlet"), militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|x| x.s < is);
            sel.insert(i, f);
        }

        // 5b. «وزارة الصحة» in an article that names «وزارة الصحة اللبنانية», «المستشفى
        // المعمداني» where «المستشفى الأهلي العربي المعمداني» is named: a new name whose words
        // after the head are some of another's (same head) is that body or place, when only
        // one such other is named.
        let head_key = |t: &str| -> Option<(String, Vec<String>)> {
            let (h, rest) = t.split_once(' ')?;
            self.head_of(h)?.head?;
            Some((self.head_word(h).to_string(), rest.split(' ').map(String::from).collect()))
        };
        if sel.iter().any(|f| matches!(&f.ent, EntId::New(id, _) if !id.starts_with("person:"))) {
            let keys: Vec<Option<(String, Vec<String>)>> = sel
                .iter()
                .map(|f| {
                    let person = match &f.ent {
                        EntId::Lex(i) => self.ents[*i as usize].person,
                        EntId::New(x, _) => x.starts_with("person:"),
                    };
                    if person { None } else { head_key(&m[f.s..f.e]) }
                })
                .collect();
            for k in 0..sel.len() {
                if !matches!(&sel[k].ent, EntId::New(..)) {
                    continue;
                }
                let Some((h, words)) = &keys[k] else { continue };
                let mut pick: Option<EntId> = None;
                let mut clash = false;
                for (j, f) in sel.iter().enumerate() {
                    if f.ent == sel[k].ent || f.e - f.s <= sel[k].e - sel[k].s {
                        continue;
                    }
                    let Some((h2, w2)) = &keys[j] else { continue };
                    if h2 == h && words.iter().all(|w| w2.contains(w)) {
                        match &pick {
                            Some(p) if *p != f.ent => clash = true,
                            _ => pick = Some(f.ent.clone()),
                        }
                    }
                }
                if let (Some(p), false) = (pick, clash) {
                    sel[k].ent = p;
                }
            }
        }
        // 5d. «وزارة الصحة التابعة للنظام السوري»: of the bodies the words name, the one
        // that belongs to that actor. (Both names stay mentions: the actor is one too.)
        let mut k = 0;
        while k < sel.len() {
            let org = match &sel[k].ent {
                EntId::Lex(i) => !self.ents[*i as usize].place && !self.ents[*i as usize].person,
                EntId::New(x, _) => x.starts_with("org:"),
            };
            let Some(w) = next_word(m, sel[k].e).filter(|w| org && w.tight) else {
                k += 1;
                continue;
            };
            if !matches!(&m[w.s..w.e], "التابعه" | "التابع" | "التابعين") {
                k += 1;
                continue;
            }
            // The affiliation: the next mention, right after «ل».
            let Some(j) = sel.iter().position(|f| f.span_s > w.e && f.span_s <= w.e + 1 + "لل".len()) else {
                k += 1;
                continue;
            };
            // «لحماس»: «ل» is the proclitic before the name; «للنظام»: «ل» + «ال».
            let gap = m[w.e..sel[j].s].trim();
            let after_l = gap == "ل" || (gap.is_empty() && m[sel[j].span_s..].starts_with("لل"));
            let y = match &sel[j].ent {
                EntId::Lex(i) if !self.ents[*i as usize].place && after_l => *i,
                _ => {
                    k += 1;
                    continue;
                }
            };
            let y_id = self.ents[y as usize].id.clone();
            // Among the bodies the words name, the one that belongs to the affiliation.
            let text = &m[sel[k].s..sel[k].e];
            let cands: Vec<u32> = self.keys.get(text).map_or(vec![], |&pi| self.payloads[pi as usize].names.iter().map(|n| n.ent).collect());
            let belongs = |e: u32| {
                let id = &self.ents[e as usize].id;
                self.lex.actor_ancestors(id).iter().any(|a| a.id == y_id)
            };
            if let Some(&e) = cands.iter().find(|&&e| belongs(e)) {
                sel[k].ent = EntId::Lex(e);
            }
            k += 1;
        }

        // 5c. «موقع "العهد"», «صحيفة "الأيام" الفلسطينية»: an outlet named by a head noun
        // and a quoted name is named by the quoted words, as in «لـ"العهد"».
        let mut quoted: Vec<(usize, usize)> = vec![(0, 0); sel.len()];
        for (k, f) in sel.iter_mut().enumerate() {
            let EntId::New(_, "outlet") = &f.ent else { continue };
            let Some(w1) = next_word(m, word_end(m, f.s)) else { continue };
            if w1.s >= f.e || w1.s == 0 || !p.is_quote(w1.s - 1) {
                continue;
            }
            let qs = p.quotes();
            let Some(close) = qs[qs.partition_point(|&q| (q as usize) <= w1.s)..].first().map(|&q| q as usize) else { continue };
            if close > f.e || close <= w1.s {
                continue;
            }
            quoted[k] = (w1.s, close);
            f.ent = EntId::New(derived_id("org", &m[w1.s..close]), "outlet");
        }
        if nested {
            // 6. Every name inside a longer name, at every depth (they may overlap).
            let mut out: Vec<Found> = Vec::new();
            let mut seen: HashSet<(usize, usize)> = HashSet::new();
            for f in &sel {
                let lo = cands.partition_point(|c| c.s < f.s);
                let _ = lo;
                for c in cands.iter().filter(|c| c.s >= f.s && c.e <= f.e && (c.e - c.s) < (f.e - f.s)) {
                    let pay = &self.payloads[c.payload as usize];
                    if pay.never || (pay.names.is_empty() && pay.anaphor.is_none()) || !seen.insert((c.s, c.e)) {
                        continue;
                    }
                    let simple = pay.anaphor.is_none() && pay.names.iter().all(|n| n.kind != NK::Short);
                    let ent = if simple { Some(EntId::Lex(pay.names[0].ent)) } else { self.resolve(m, p, c.s, c.e, pay, &sel, &named) };
                    if let Some(ent) = ent {
                        let span_s = if c.span_s < f.span_s { c.s } else { c.span_s };
                        out.push(Found { s: c.s, e: c.e, span_s, ent, militia: false, pattern: false, nested: true });
                    }
                }
            }
            // «لموقع "العهد"»: the outlet's own name inside the head pattern.
            for (f, (qs, qe)) in sel.iter().zip(&quoted) {
                if qe > qs && seen.insert((*qs, *qe)) {
                    out.push(Found { s: *qs, e: *qe, span_s: *qs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
                }
            }
            sel.extend(out);
            sel.sort_by(|a, b| a.span_s.cmp(&b.span_s).then(b.e.cmp(&a.e)));
        }
        sel
    }

    /// Marks the mentions called a militia («ميليشيا قسد», «ميليشيات "X"»).
    fn mark_militia(&self, m: &str, sel: &mut [Found]) {
        for f in sel.iter_mut() {
            let t = &m[f.s..f.e];
            if self.militia.iter().any(|w| t.starts_with(w.as_str())) {
                f.militia = true;
            } else if let Some(w) = prev_word(m, f.span_s) {
                if self.militia.iter().any(|x| x == &m[w.s..w.e]) {
                    f.militia = true;
                }
            }
        }
    }

    /// Whether a single word at `[s, e)` reads as a person's name here: quoted, after a verb
    /// of saying, or before «أن»/«إن»/punctuation. With `lenient`, anything but a
    /// preposition-like use («خلف المبنى») passes.
    pub(crate) fn name_context(&self, m: &str, p: &Prepared, s: usize, e: usize, lenient: bool) -> bool {
        let ws = word_start(m, s);
        let quoted_before = ws > 0 && p.is_quote(ws - 1);
        let quoted_after = e < m.len() && p.is_quote(e);
        if quoted_before && quoted_after {
            return true;
        }
        let prev = prev_word(m, ws);
        let after_verb = prev.is_some_and(|w| w.tight && self.report_verbs.contains(self.bare(&m[w.s..w.e])));
        if after_verb {
            return true;
        }
        let next = next_word(m, e);
        let before_clause = match next {
            None => true,
            Some(w) if !w.tight => true,
            Some(w) => matches!(&m[w.s..w.e], "ان" | "انه" | "انها" | "الي" | "لـ" | "بان" | "بانه" | "قوله" | "خلال"),
        };
        if before_clause {
            return true;
        }
        if lenient {
            // Preposition-like: followed by a definite noun or a pronoun-bearing word.
            return !next.is_some_and(|w| is_definite(&m[w.s..w.e]) || self.stop.contains(&m[w.s..w.e]));
        }
        false
    }

    fn resolve(
        &self,
        m: &str,
        p: &Prepared,
        s: usize,
        e: usize,
        pay: &Payload,
        sel: &[Found],
        named: &HashSet<u32>,
    ) -> Option<EntId> {
        let before = &sel[..sel.partition_point(|f| f.s < s)];
        if let Some(a) = pay.anaphor {
            let pick = match a {
                Anaphor::Organisation => before
                    .iter()
                    .rev()
                    .find(|f| matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].tanzim))
                    .or_else(|| {
                        before.iter().rev().find(|f| match &f.ent {
                            EntId::Lex(i) => self.ents[*i as usize].armed,
                            EntId::New(id, k) => id.starts_with("org:") && *k == "armed_group",
                        })
                    }),
                Anaphor::Militia => before.iter().rev().find(|f| f.militia),
                Anaphor::Alliance => before.iter().rev().find(|f| match &f.ent {
                    EntId::Lex(i) => self.ents[*i as usize].alliance,
                    EntId::New(id, _) => id.starts_with("org:تحالف") || id.starts_with("org:ائتلاف"),
                }),
            };
            if let Some(f) = pick {
                return Some(f.ent.clone());
            }
            if a == Anaphor::Militia {
                // The data's own reading («الميليشيا» → sdf) only when that actor is named.
                return pay
                    .names
                    .iter()
                    .find(|n| named.contains(&n.ent))
                    .map(|n| EntId::Lex(n.ent));
            }
        }
        if pay.names.is_empty() {
            return None;
        }
        let single_person = pay.words == 1 && pay.names.iter().all(|n| self.ents[n.ent as usize].person);
        // Short names of entities named in full here, the latest mention first.
        let shorts: Vec<u32> = pay.names.iter().filter(|n| n.kind == NK::Short).map(|n| n.ent).collect();
        let in_text = |ent: u32| sel.iter().any(|f| f.ent == EntId::Lex(ent));
        if !shorts.is_empty() {
            let latest = before
                .iter()
                .rev()
                .find_map(|f| match f.ent {
                    EntId::Lex(i) if shorts.contains(&i) => Some(i),
                    _ => None,
                })
                .or_else(|| shorts.iter().copied().find(|&i| in_text(i)));
            if let Some(i) = latest {
                if single_person && !self.name_context(m, p, s, e, true) {
                    return None;
                }
                return Some(EntId::Lex(i));
            }
        }
        let full: Vec<u32> = pay.names.iter().filter(|n| n.kind != NK::Short).map(|n| n.ent).collect();
        if !full.is_empty() {
            let pick = full.iter().copied().find(|&i| in_text(i)).unwrap_or(full[0]);
            return Some(EntId::Lex(pick));
        }
        // An unresolved surname in a clear name context: the one person the data knows by
        // it («الدبيبة»), else a placeholder the run may link.
        if single_person && self.name_context(m, p, s, e, false) {
            if let [only] = shorts.as_slice() {
                return Some(EntId::Lex(*only));
            }
            return Some(EntId::New(derived_id("person", &m[s..e]), "person"));
        }
        None
    }

    /// A head noun as it stands in a derived id: without «ال», synonyms made one
    /// («ميناء» → «مرفأ», «مشفى» → «مستشفى»).
    fn head_word<'a>(&'a self, h: &'a str) -> &'a str {
        let h = h.strip_prefix("ال").filter(|x| x.len() >= 4).unwrap_or(h);
        self.head_synonyms.get(h).map_or(h, String::as_str)
    }

    /// Is `w` (a word of the match text) a possible first word of a name?
    fn name_word(&self, w: &str) -> bool {
        w.chars().count() >= 2
            && !self.stop.contains(w)
            && !self.generic.contains(w)
            && !has_article_proclitic(w)
            && !w.bytes().all(|b| b.is_ascii_digit())
            && !self.report_verbs.contains(self.bare(w))
    }

    fn head_of(&self, w: &str) -> Option<&Payload> {
        let i = *self.keys.get(w)?;
        let p = &self.payloads[i as usize];
        (p.head.is_some() || p.role).then_some(p)
    }

    /// «وزارة X», «سجن X», «مدينة X»…: a mention starting at the head noun `[s, e)`.
    #[allow(clippy::too_many_arguments)]
    fn head_pattern(
        &self,
        m: &str,
        s: usize,
        e: usize,
        span_s: usize,
        head: Head,
        sel: &mut Vec<Found>,
        occ: &mut Occ,
        p: &Prepared,
    ) -> Option<Found> {
        let p_is_quote = |i: usize| p.is_quote(i);
        let w1 = next_word(m, e)?;
        if !w1.tight {
            return None;
        }
        let (prefix, kind, settlement_head, outlet_head, armed_head) = match head {
            Head::Org { outlet, armed } => (
                "org",
                if outlet {
                    "outlet"
                } else if armed {
                    "armed_group"
                } else {
                    "org"
                },
                false,
                outlet,
                armed,
            ),
            Head::Place { kind, settlement } => ("place", kind, settlement, false, false),
        };
        // A known name right after the head.
        if let Some(xi) = sel.iter().position(|f| f.span_s == w1.s) {
            let x = sel[xi].clone();
            let xe = match &x.ent {
                EntId::Lex(i) => Some(&self.ents[*i as usize]),
                _ => None,
            };
            let combine = match xe {
                Some(xe) => {
                    (settlement_head && xe.place && xe.kind != "country" && xe.kind != "governorate")
                        || (outlet_head && xe.media)
                        || (armed_head && (xe.armed || xe.kind == "armed_group"))
                }
                None => false,
            };
            if combine {
                // «مدينة درنة الليبية», «بلدة X الساحلية»: the descriptors belong to the name.
                let mut end = x.e;
                if settlement_head {
                    end = self.descriptors_end(m, end, occ);
                }
                occ.remove(x.s, x.e);
                occ.insert(s, end);
                let militia = self.militia.iter().any(|w| w == &m[s..e]);
                let f = Found { s, e: end, span_s, ent: x.ent.clone(), militia: militia || x.militia, pattern: true, nested: false };
                sel[xi] = f.clone();
                return Some(f);
            }
            let area = xe.is_some_and(|xe| xe.settlement);
            if !area || settlement_head {
                return None;
            }
            // «سجن الحسكة», «ريف حلب», «مجلس منبج»: a new place or body in the area.
            let mut end = x.e;
            while let Some(w) = next_word(m, end) {
                let t = &m[w.s..w.e];
                if !w.tight || !is_adjective(t) || self.stop.contains(t) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                    break;
                }
                end = w.e;
            }
            occ.remove(x.s, x.e);
            sel.remove(xi);
            occ.insert(s, end);
            // Named by the head and the place's id: «مرفأ بيروت», «ميناء بيروت» and «مرفأ
            // العاصمة اللبنانية» are one port.
            let place_id = xe.map_or("", |xe| xe.id.as_str());
            let id = derived_id(prefix, &format!("{} {place_id} {}", self.head_word(&m[s..e]), &m[x.e..end]));
            let f = Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|y| y.s < s);
            sel.insert(i, f.clone());
            return Some(f);
        }
        // «بلدة X» where X is a town the data knows only by a short name (a small town of
        // the gazetteer whose name is also a word): that town.
        let t1 = &m[w1.s..w1.e];
        if settlement_head && occ.free(w1.s, w1.e) {
            if let Some(&pi) = self.keys.get(t1) {
                let towns: Vec<u32> = self.payloads[pi as usize]
                    .names
                    .iter()
                    .filter(|n| n.kind == NK::Short && self.ents[n.ent as usize].place)
                    .map(|n| n.ent)
                    .collect();
                if let [only] = towns.as_slice() {
                    let end = self.descriptors_end(m, w1.e, occ);
                    occ.insert(s, end);
                    let f = Found { s, e: end, span_s, ent: EntId::Lex(*only), militia: false, pattern: true, nested: false };
                    let i = sel.partition_point(|y| y.s < s);
                    sel.insert(i, f.clone());
                    return Some(f);
                }
            }
        }
        // Unknown words. «ولاية» is also a term of office («ولاية خامسة»): a place only
        // before a known one.
        if self.known_only_heads.contains(&m[s..e]) {
            return None;
        }
        if !self.name_word(t1) || self.head_of(t1).is_some() || !occ.free(w1.s, w1.e) {
            return None;
        }
        let definite = is_definite(t1);
        if !definite && t1.chars().count() > 3 && (t1.ends_with("يه") || t1.ends_with("يين") || t1.ends_with("يون")) {
            return None; // an indefinite adjective («قوات أمريكية»)
        }
        let quoted = w1.s > 0 && p_is_quote(w1.s - 1);
        if !definite && matches!(head, Head::Org { .. }) && !quoted && !t1.is_ascii() && !self.particles.contains(t1) {
            return None; // «تنظيم ضربات», «مجلس إدارة»: a common noun, not a name
        }
        let mut end = w1.e;
        let mut n = 1;
        if !definite && self.particles.contains(t1) {
            let w2 = next_word(m, end)?;
            let t2 = &m[w2.s..w2.e];
            if !w2.tight || !(self.name_word(t2) || self.first_names.contains(t2)) || !occ.free(w2.s, w2.e) {
                return None;
            }
            end = w2.e;
            n += 1;
        }
        let core_end = end;
        while n < 4 {
            let Some(w) = next_word(m, end) else { break };
            let t = &m[w.s..w.e];
            if !w.tight || !is_adjective(t) || self.stop.contains(t) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                break;
            }
            end = w.e;
            n += 1;
        }
        occ.insert(s, end);
        let militia = self.militia.iter().any(|w| w == &m[s..e]);
        // «بلدة الهبيط» is the town «الهبيط»: named by its own words, without the head or
        // the descriptors after it, so that the bare name links to it.
        let id = if settlement_head {
            derived_id(prefix, &m[w1.s..core_end])
        } else {
            // «المستشفى الأهلي» and «مستشفى الأهلي» are one name.
            derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]))
        };
        let f = Found { s, e: end, span_s, ent: EntId::New(id, kind), militia, pattern: true, nested: false };
        let i = sel.partition_point(|y| y.s < s);
        sel.insert(i, f.clone());
        Some(f)
    }

    /// A person's name after a role word ending at `e`, past the role's complement.
    /// Where a settlement's name ends with up to two adjectives after it («مدينة درنة
    /// الليبية», «بلدة X الساحلية»): the descriptors belong to the name.
    fn descriptors_end(&self, m: &str, mut end: usize, occ: &Occ) -> usize {
        for _ in 0..2 {
            let Some(w) = next_word(m, end) else { break };
            let t = &m[w.s..w.e];
            if !w.tight || !is_adjective(t) || self.stop.contains(t) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                break;
            }
            end = w.e;
        }
        end
    }

    fn role_pattern(&self, m: &str, p: &Prepared, rs: usize, e: usize, sel: &[Found], occ: &mut Occ) -> Option<Found> {
        let title = self.titles.contains(&m[rs..e]);
        let mut pos = e;
        let mut commas = 0;
        for _ in 0..10 {
            let w = next_word(m, pos)?;
            if !w.tight {
                // One comma or dash may stand between the complement and the name.
                let gap = m[pos..w.s].trim();
                if commas == 0 && matches!(gap, "," | "-" | "–") {
                    commas += 1;
                } else {
                    return None;
                }
            }
            // Inside a known name: skip it, unless it is a person (the role is theirs).
            if let Some(f) = sel.iter().find(|f| f.span_s <= w.s && w.s < f.e) {
                if let EntId::Lex(i) = f.ent {
                    if self.ents[i as usize].person {
                        return None;
                    }
                }
                if matches!(&f.ent, EntId::New(id, _) if id.starts_with("person:")) {
                    return None;
                }
                pos = f.e;
                continue;
            }
            let t = &m[w.s..w.e];
            let skip = is_definite(t)
                || has_article_proclitic(t)
                || matches!(t, "في" | "باسم" | "لدي" | "عن" | "ل" | "ب" | "لشوون" | "لمكتب" | "عام")
                || self.head_of(t).is_some()
                || (t.starts_with('ل') && t.len() > 6 && self.head_of(&t[2..]).is_some())
                || (t.chars().count() > 3 && (t.ends_with("يه") || t.ends_with("يين")));
            if skip {
                pos = w.e;
                continue;
            }
            if !self.name_word(t) {
                return None;
            }
            // A given name, a quoted name, or any name right after a title.
            let quoted = w.s > 0 && p.is_quote(w.s - 1);
            let direct = title && w.s == next_word(m, e).map_or(usize::MAX, |x| x.s);
            if !(self.first_names.contains(t) || quoted || direct) {
                return None;
            }
            // The name: this word and up to four more; a particle («بن», «عبد», «أبو», «آل»)
            // takes the word after it, a family name with «ال» ends the name.
            let s = w.s;
            let mut end = w.e;
            let mut n = 1;
            let mut last_end = w.e; // end of the name without a trailing particle
            let mut after_particle = self.particles.contains(t);
            // The definite word of a compound given name («عبد المنعم») does not end the name.
            let mut compound = false;
            while n < 5 {
                let Some(x) = next_word(m, end) else { break };
                let u = &m[x.s..x.e];
                if !x.tight || !occ.free(x.s, x.e) {
                    break;
                }
                if !after_particle {
                    if !self.name_word(u) || self.head_of(u).is_some() {
                        break;
                    }
                    if x.s > 0 && p.is_quote(x.s - 1) && !(s > 0 && p.is_quote(s - 1)) {
                        break; // a quote opens after the name
                    }
                    if is_definite(&m[last_end_word(m, end)..end]) && n >= 2 && !self.particles.contains(u) && !compound {
                        break;
                    }
                } else if self.stop.contains(u) {
                    break;
                }
                compound = after_particle && n == 1 && is_definite(u);
                end = x.e;
                n += 1;
                after_particle = self.particles.contains(u);
                if !after_particle {
                    last_end = end;
                    if is_definite(u) && !self.particles.contains(&m[s..w.e]) && n >= 2 {
                        // «زيدان العاصي»: done unless «بن»/«آل» follows.
                        match next_word(m, end) {
                            Some(y) if y.tight && self.particles.contains(&m[y.s..y.e]) => {}
                            _ => break,
                        }
                    }
                }
            }
            let end = last_end;
            let n = m[s..end].split(' ').count();
            if n < 2 || !occ.free(s, end) {
                return None;
            }
            occ.insert(s, end);
            return Some(Found {
                s,
                e: end,
                span_s: s,
                ent: EntId::New(derived_id("person", &m[s..end]), "person"),
                militia: false,
                pattern: true,
                nested: false,
            });
        }
        None
    }
}

