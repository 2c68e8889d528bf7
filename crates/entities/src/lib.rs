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
//!    («المتحدث باسم X <الاسم>», «الرئيس المشترك لـ… <الاسم>») or by a listed given name
//!    alone («أيمن الحميش»), the names a plural or dual head lists («مدن X وY»), definite
//!    bodies («المركز الوطني للأرصاد الجوية», «المعارضة التشادية»), bracketed aliases of a
//!    body or site, outlets in a dateline. They get ids derived from their folded words
//!    (`person:ابراهيم-خلف`, `org:…`, `place:…`), so the same name gets the same id in
//!    every article; their surnames are then linked within the article.
//!
//! [`Recognizer::framing`] attaches loaded terms to actors, [`Recognizer::outlet`] names
//! an article's outlet, and [`suggest`] lists pattern-found names for the data files.

mod prep;
mod shapes;
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
use riwaya_model::{Mention, MentionKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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
    /// Folds onto a common word (words.toml `verb_homographs`, `word_homographs`): a name
    /// only where it stands as one (`stands_as_name`).
    pub homograph: bool,
    /// A loaded term that names its actor only where the actor is named otherwise
    /// (loaded_terms.toml `refers_back`).
    pub refers_back: bool,
    /// Words in the key.
    pub words: u8,
    /// Latin names that must keep the lexicon's case («IS», «ISIS», «UN»; not the English
    /// «Is»): every form written for this key, when all of them are capitals or of at most
    /// three letters. `None`: any case.
    pub latin_case: Option<Vec<Box<str>>>,
}

/// Whether a Latin name is matched only in the case the lexicon writes it: all capitals,
/// or three letters or fewer.
fn case_bound(name: &str) -> bool {
    if !name.is_ascii() {
        return false;
    }
    let t = name.trim();
    let letters = t.chars().filter(|c| c.is_ascii_alphabetic()).count();
    letters > 0 && (letters <= 3 || !t.chars().any(|c| c.is_ascii_lowercase()))
}

/// Whether `orig`'s Latin letters are those of one of `forms`, case included.
fn case_fits(orig: &str, forms: &[Box<str>]) -> bool {
    let letters = |x: &str| x.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>();
    let o = letters(orig);
    forms.iter().any(|f| letters(f) == o)
}

/// An entity of the lexicon, with what the resolver needs to know about it.
#[derive(Debug)]
pub(crate) struct Ent {
    pub id: String,
    pub kind: MentionKind,
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
    /// A place's ISO country (two ASCII bytes), when the lexicon knows it.
    pub country: Option<[u8; 2]>,
    /// A GeoNames town (`gn-…`): its one-word names passed the gazetteer's word filter.
    pub gazetteer_town: bool,
    /// The movement or party an armed wing belongs to («كتائب القسام» → «حماس»): naming the
    /// wing in full makes the parent's short names valid, as naming the parent would.
    pub wing_of: Option<u32>,
    /// Where an actor acts (lexicon `countries`), ISO codes: picks among bodies that share
    /// a short name when none is named in full.
    pub theatre: Vec<[u8; 2]>,
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
    /// Given names that are also common words: no person without a role unless a given
    /// name follows.
    given_also_words: HashSet<String>,
    /// Indefinite nouns of a body's «لـ» complement («شؤون», «حقوق»).
    complement_nouns: HashSet<String>,
    /// Heads after which the bare name is the same town («مدينة», «بلدة», «قرية»).
    bare_town_heads: HashSet<String>,
    geo_nouns: HashSet<String>,
    latin_not: HashSet<String>,
    /// Folded regime noun → the folded body head it stands for (words.toml heads.regime).
    regime: HashMap<String, String>,
    /// A country's nisba, masculine or feminine, folded → the feminine.
    nisba_fem: HashMap<String, String>,
    geo_adjectives: HashSet<String>,
    /// Head nouns that name the same kind of site, folded: variant → the one ids use.
    head_synonyms: HashMap<String, String>,
    /// Heads that make a place only before a known place («ولاية»).
    known_only_heads: HashSet<String>,
    /// Compass words, folded → the word region ids use («شمالي» → «شمال»).
    compass: HashMap<String, String>,
    /// «نيوز», «برس»: the last word of an outlet's name (`shapes::suffix_outlets`).
    outlet_suffixes: Vec<String>,
    /// «الشمال الغربي لـX»: definite compass words → the word region ids use.
    compass_definite: HashMap<String, String>,
    /// Definite collective nouns that with a nisba name a body («المعارضة التشادية»), and
    /// whether the nisba is masculine («البرلمان الأوروبي»).
    collective_bodies: HashMap<String, bool>,
    /// Page words that open a line before a dash and name no outlet («عاجل», «خاص»).
    page_words: HashSet<String>,
    /// Judging adjectives after a name («الإرهابي», «المتطرفة»): the name's, not a nationality.
    descriptors: HashSet<String>,
    /// «التابعة»: a body named with its owner after it (`shapes::bodies_of_owners`).
    affiliation: HashSet<String>,
    /// Words for a capital that stand before the town's name in apposition («العاصمة»).
    capital_words: HashSet<String>,
    /// Words besides `locative` after which a place whose name is also a word stands as
    /// the place (words.toml `names.homograph_place_before`: «على تدمر»), keys folded.
    homograph_place_before: HashSet<String>,
    /// Words after which a name stands where a place stands (`heads.locative`), keys folded.
    locative: HashSet<String>,
    construct_not_heads: HashSet<String>,
    subject_heads: HashSet<String>,
    indefinite_names: HashSet<String>,
    /// «جهاز» and the public services after which it names a body.
    service_heads: HashSet<String>,
    service_nouns: HashSet<String>,
    national_heads: HashSet<String>,
    /// A country's ISO code → its feminine nisba, folded («السوريه»).
    country_nisba: HashMap<[u8; 2], String>,
    not_nisba: HashSet<String>,
    lineage: HashSet<String>,
    din_compounds: HashSet<String>,
    known_as: HashSet<String>,
    /// Kunya word after «بـ» → its nominative («ابي» → «ابو»), folded.
    kunya: HashMap<String, String>,
    conjoined_prefixes: Vec<String>,
    /// «العاصمة» + nisba → the capital («العاصمة اللبنانية» → Beirut), keys folded.
    capitals: HashMap<String, u32>,
    /// A masculine nationality adjective → its country («السوري» → Syria), keys folded.
    nisba_country: HashMap<String, u32>,
    /// A capital → its country, for a capital that stands for its state.
    capital_country: HashMap<u32, u32>,
    /// A governorate → the city of its own name inside it («محافظة حلب» → «حلب»).
    gov_seat: HashMap<u32, u32>,
    agent_words: HashSet<String>,
    /// Plural and dual settlement heads that open a list of names, folded → (kind, dual,
    /// needs a known place in the list).
    list_heads: HashMap<String, (&'static str, bool, bool)>,
    /// Quick "surely not in" tests for the sets the per-word passes look every word up in.
    quick: Quick,
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
    /// Free here and overlapping none of the names already selected (a shape pass's test).
    fn free_of(&self, sel: &[Found], s: usize, e: usize) -> bool {
        self.free(s, e) && !sel.iter().any(|f| f.span_s < e && s < f.e)
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

/// A bitmap over (length, first and last bytes) of a set's words: a word whose bit is
/// clear is surely not in the set, found without hashing it (most words of a text).
#[derive(Debug, Clone)]
pub(crate) struct WordFilter(Box<[u64; 256]>);

impl Default for WordFilter {
    /// Lets every word through.
    fn default() -> Self {
        WordFilter(Box::new([u64::MAX; 256]))
    }
}

impl WordFilter {
    fn of<'a>(words: impl Iterator<Item = &'a String>) -> Self {
        let mut f = WordFilter(Box::new([0; 256]));
        for w in words {
            let i = Self::bit(w);
            f.0[i / 64] |= 1 << (i % 64);
        }
        f
    }

    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (n, first, last) = (b.len(), b.get(1).copied().unwrap_or(0) as usize, b.last().copied().unwrap_or(0) as usize);
        (n.wrapping_mul(0x9E5) ^ first.wrapping_mul(0x45) ^ last.wrapping_mul(0x1F3)) & 0x3FFF
    }

    /// False when `w` is surely not in the set.
    #[inline]
    pub(crate) fn maybe(&self, w: &str) -> bool {
        let i = Self::bit(w);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

#[cfg(test)]
mod word_filter_tests {
    use super::WordFilter;

    #[test]
    fn never_drops_a_word_of_its_set() {
        let words: Vec<String> = ["الساحل", "النظام", "محمد", "مدن", "a", "", "الجبل الاخضر"].iter().map(|w| w.to_string()).collect();
        let f = WordFilter::of(words.iter());
        assert!(words.iter().all(|w| f.maybe(w)));
        assert!(WordFilter::default().maybe("اي كلمه"));
    }
}

/// The filters of [`Recognizer`]'s per-word sets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Quick {
    pub geo_nouns: WordFilter,
    pub regime: WordFilter,
    pub first_names: WordFilter,
    pub list_heads: WordFilter,
    pub report_verbs: WordFilter,
    pub collective_bodies: WordFilter,
}

/// The Arabic word letters among U+0600..U+06FF, by the low 10 bits of the code point (a
/// table lookup instead of three range tests on the hot word-boundary path).
const ARABIC_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x0600 + i as u32;
        t[i] = matches!(cp, 0x0621..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF);
        i += 1;
    }
    t
};

/// Whether the character at byte `i` is a word character, and its length.
#[inline]
fn word_char_at(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        (c.is_ascii_alphanumeric(), 1)
    } else if (0xD8..=0xDB).contains(&c) && i + 1 < b.len() {
        let idx = (((c - 0xD8) as usize) << 6) | (b[i + 1] & 0x3F) as usize;
        (ARABIC_WORD[idx], 2)
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
    // `word_char_at`'s classes, Arabic letters tested first (most of the text).
    while i < b.len() {
        let c = b[i];
        if c.wrapping_sub(0xD8) < 4 {
            match b.get(i + 1) {
                Some(&d) if ARABIC_WORD[(((c - 0xD8) as usize) << 6) | (d & 0x3F) as usize] => i += 2,
                _ => break,
            }
        } else if c.is_ascii_alphanumeric() {
            i += 1;
        } else {
            break;
        }
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
/// Puts a pattern's name among the selected ones, in order of start, and returns it.
fn insert_found(sel: &mut Vec<Found>, f: Found) -> Found {
    let i = sel.partition_point(|y| y.s < f.s);
    sel.insert(i, f.clone());
    f
}

/// Drops from `sel` the names marked in `gone` (now inside a longer name).
pub(crate) fn drop_gone(sel: &mut Vec<Found>, gone: &[bool]) {
    if gone.contains(&true) {
        let mut it = gone.iter();
        sel.retain(|_| !*it.next().unwrap_or(&false));
    }
}

pub(crate) fn next_word(m: &str, i: usize) -> Option<W> {
    next_word_inline(m, i)
}

/// [`next_word`], inlined into the loop that lists a text's words.
#[inline(always)]
fn next_word_inline(m: &str, i: usize) -> Option<W> {
    let b = m.as_bytes();
    let mut j = i;
    let mut tight = true;
    let mut seen_space = false;
    while j < b.len() {
        // By bytes: `word_char_at` classes a char as `is_word_char` does.
        let (w, len) = word_char_at(b, j);
        if w {
            break;
        }
        if b[j] == b' ' && !seen_space {
            seen_space = true;
        } else {
            tight = false;
        }
        j += len;
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
pub(crate) fn is_definite(w: &str) -> bool {
    w.starts_with("ال") && w.len() > 4
}

/// A definite word that reads as an adjective: a nisba («الشمالية», «الكبرى») or a common
/// colour or size word. Nouns («الهجوم») end a name.
pub(crate) fn is_adjective(w: &str) -> bool {
    is_definite(w)
        && (w.ends_with('ي') || w.ends_with("يه") || w.ends_with("يين") || w.ends_with("يون")
            || matches!(w, "الحر" | "الكبير" | "الصغير" | "العام" | "الخاص" | "الاعلي" | "العليا" | "الاخضر" | "الاحمر"
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
/// Words of a military rank after a title («الفريق أول ركن», «الملازم الأول»), folded.
const RANK_WORDS: &[&str] = &["اول", "الاول", "ثاني", "الثاني", "ركن", "طيار", "بحري"];

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

/// One order for a new body's words: «المنظمة الدولية للهجرة» and «منظمة الهجرة الدولية»
/// (head, adjective, «لل» + noun … ↔ head, the noun …, adjective) are one body, given the
/// id of the second order. Other ids are kept.
pub(crate) fn org_word_order(id: &str) -> String {
    let Some(rest) = id.strip_prefix("org:") else { return id.to_string() };
    let w: Vec<&str> = rest.split('-').collect();
    if w.len() < 3 || !is_adjective(w[1]) || w[0].starts_with("ال") {
        return id.to_string();
    }
    let Some(noun) = w[2].strip_prefix("لل").filter(|n| n.chars().count() >= 2) else { return id.to_string() };
    let mut out = format!("org:{}-ال{noun}", w[0]);
    for x in &w[3..] {
        out.push('-');
        out.push_str(x);
    }
    out.push('-');
    out.push_str(w[1]);
    out
}

impl Recognizer {
    /// Builds the automata for `lexicon` (once; a recognizer is cheap to share).
    pub fn new(lexicon: Arc<Lexicon>) -> Self {
        let lex = lexicon;
        let mut ents: Vec<Ent> = Vec::new();
        let mut ent_ix: HashMap<String, u32> = HashMap::default();
        let set = |v: &[String]| -> HashSet<String> { v.iter().map(|w| key(w)).collect() };
        let wl = words::words();
        for a in lex.actors() {
            let names: Vec<String> = a.full_names().map(key).collect();
            let tanzim = names.iter().any(|n| n.starts_with("تنظيم "));
            let alliance = names.iter().any(|n| n.starts_with("التحالف ") || n.starts_with("تحالف ") || n.starts_with("الائتلاف ") || n.starts_with("ائتلاف "));
            ent_ix.insert(a.id.clone(), ents.len() as u32);
            ents.push(Ent {
                id: a.id.clone(),
                kind: MentionKind::Actor(a.kind),
                name_en: a.name_en.clone(),
                person: a.kind == ActorKind::Person,
                armed: matches!(a.kind, ActorKind::ArmedGroup | ActorKind::StateForce),
                media: a.kind.is_media(),
                place: false,
                settlement: false,
                tanzim,
                alliance,
                country: None,
                gazetteer_town: false,
                wing_of: None,
                theatre: a.countries.iter().filter_map(|c| <[u8; 2]>::try_from(c.as_bytes()).ok()).collect(),
            });
        }
        for a in lex.actors() {
            let parent = a.parent.as_deref().and_then(|p| lex.actor(p));
            if let Some(parent) = parent.filter(|p| matches!(p.kind, ActorKind::ArmedGroup | ActorKind::Party)) {
                if a.kind == ActorKind::ArmedGroup {
                    let (i, j) = (ent_ix[&a.id], ent_ix[&parent.id]);
                    ents[i as usize].wing_of = Some(j);
                }
            }
        }
        for p in lex.places() {
            use riwaya_lexicon::PlaceKind as P;
            let settlement = matches!(
                p.kind,
                P::Country | P::Governorate | P::City | P::Town | P::Village | P::District | P::Neighbourhood | P::Region
            );
            let country = lex.geo(&p.id).and_then(|g| <[u8; 2]>::try_from(g.country.as_bytes()).ok());
            ent_ix.insert(p.id.clone(), ents.len() as u32);
            ents.push(Ent {
                id: p.id.clone(),
                kind: MentionKind::Place(p.kind),
                name_en: p.name_en.clone(),
                person: false,
                armed: false,
                media: false,
                place: true,
                settlement,
                tanzim: false,
                alliance: false,
                country,
                gazetteer_town: p.id.starts_with("gn-") && matches!(p.kind, P::City | P::Town | P::Village),
                wing_of: None,
                theatre: Vec::new(),
            });
        }

        let mut payloads: Vec<Payload> = Vec::new();
        let mut keys: HashMap<String, u32> = HashMap::default();
        let titles_1: HashSet<String> = wl.titles.iter().map(|w| key(w)).filter(|k| k.chars().count() == 1).collect();
        // One-letter keys only for titles («د.»: role_pattern wants its dot).
        let mut slot = |k: String, payloads: &mut Vec<Payload>| -> Option<usize> {
            if k.chars().count() < 2 && !titles_1.contains(&k) {
                return None;
            }
            let n = payloads.len() as u32;
            let i = *keys.entry(k.clone()).or_insert(n);
            if i == n {
                payloads.push(Payload { words: k.split(' ').count().min(255) as u8, ..Default::default() });
            }
            Some(i as usize)
        };
        // Keys of Latin names that some form lets match in any case.
        let mut any_case: HashSet<u32> = HashSet::default();
        let mut add_name = |text: &str, ent: u32, kind: NK, payloads: &mut Vec<Payload>| {
            if let Some(i) = slot(key(text), payloads) {
                let p = &mut payloads[i];
                if !p.names.iter().any(|n| n.ent == ent && n.kind == kind) {
                    p.names.push(NameRef { ent, kind });
                }
                if text.is_ascii() {
                    if case_bound(text) {
                        p.latin_case.get_or_insert_with(Vec::new).push(text.trim().into());
                    } else {
                        any_case.insert(i as u32);
                    }
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
        let mut refers_back: Vec<String> = Vec::new();
        for t in lex.standalone_terms() {
            let Some(e) = t.entity.as_deref().and_then(|e| ent_ix.get(e)) else { continue };
            // A neutral standalone word («المسلحين», «الوحدات») is generic: it names the
            // actor only once the actor was named in full.
            let kind = if t.signal == Signal::Neutral { NK::Short } else { NK::Partisan(t.signal) };
            for s in t.texts() {
                add_name(s, *e, kind, &mut payloads);
                if t.refers_back {
                    refers_back.push(key(s));
                }
            }
        }
        for i in any_case {
            payloads[i as usize].latin_case = None;
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
        for k in &refers_back {
            if let Some(i) = keys.get(k) {
                payloads[*i as usize].refers_back = true;
            }
        }
        for w in wl.verb_homographs.iter().chain(&wl.word_homographs) {
            if let Some(i) = keys.get(&key(w)) {
                payloads[*i as usize].homograph = true;
            }
        }

        // Automaton patterns: every key, and «ل…» for the «لل» reading of keys with «ال».
        let mut pat_ix: HashMap<String, usize> = HashMap::default();
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
        // A place by id, else the one place of that full name (a lexicon without the id).
        let place_of = |id: &str, name: &str| -> Option<u32> {
            ent_ix.get(id).copied().or_else(|| {
                let pay = &payloads[*keys.get(&key(name))? as usize];
                let mut it = pay.names.iter().filter(|r| r.kind != NK::Short && ents[r.ent as usize].place);
                match (it.next(), it.next()) {
                    (Some(r), None) => Some(r.ent),
                    _ => None,
                }
            })
        };
        let mut capitals: HashMap<String, u32> = HashMap::default();
        let mut nisba_country: HashMap<String, u32> = HashMap::default();
        let mut capital_country: HashMap<u32, u32> = HashMap::default();
        let mut country_nisba: HashMap<[u8; 2], String> = HashMap::default();
        for n in words::nationalities() {
            let fem = key(&n.nisba);
            if let Some(iso) = place_of(n.country.0, n.country.1).and_then(|k| ents[k as usize].country) {
                country_nisba.entry(iso).or_insert_with(|| fem.clone());
            }
            if let Some(c) = place_of(n.capital.0, n.capital.1) {
                capitals.insert(fem.clone(), c);
                if let Some(k) = place_of(n.country.0, n.country.1) {
                    capital_country.insert(c, k);
                }
            }
            // «السورية» → «السوري»: the masculine, after a compass word.
            if let (Some(c), Some(masc)) = (place_of(n.country.0, n.country.1), fem.strip_suffix('ه')) {
                nisba_country.insert(masc.to_string(), c);
            }
        }
        // A governorate's seat: a city whose parent it is and whose name is the governorate's
        // name less its head word («محافظة حلب» → «حلب»).
        let mut gov_seat: HashMap<u32, u32> = HashMap::default();
        for p in lex.places() {
            let Some(g) = p.parent.as_deref().and_then(|g| lex.place(g)) else { continue };
            use riwaya_lexicon::PlaceKind;
            if g.kind != PlaceKind::Governorate || !matches!(p.kind, PlaceKind::City | PlaceKind::Town) {
                continue;
            }
            let Some((_, bare)) = g.name_ar.trim().split_once(' ') else { continue };
            let names = std::iter::once(&p.name_ar).chain(p.aliases.iter());
            if names.into_iter().any(|n| key(n) == key(bare)) {
                if let (Some(&gi), Some(&ci)) = (ent_ix.get(g.id.as_str()), ent_ix.get(p.id.as_str())) {
                    gov_seat.insert(gi, ci);
                }
            }
        }
        let mut r = Recognizer {
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
            given_also_words: set(&wl.given_also_words),
            complement_nouns: set(&wl.complement_nouns),
            report_verbs: set(&wl.report_verbs),
            titles: set(&wl.titles),
            bare_town_heads: set(&wl.bare_town_heads),
            geo_nouns: set(&wl.geo_nouns),
            latin_not: set(&wl.latin_not),
            regime: wl.regime.iter().map(|(a, b)| (key(a), key(b))).collect(),
            nisba_fem: words::nationalities()
                .flat_map(|n| {
                    let fem = key(&n.nisba);
                    let masc = fem.strip_suffix('ه').unwrap_or(&fem).to_string();
                    [(masc, fem.clone()), (fem.clone(), fem)]
                })
                .collect(),
            geo_adjectives: set(&wl.geo_adjectives),
            known_only_heads: set(&wl.known_only_heads),
            capital_words: set(&wl.capital_words),
            locative: set(&wl.locative),
            homograph_place_before: set(&wl.homograph_place_before),
            construct_not_heads: set(&wl.construct_not_heads),
            subject_heads: set(&wl.subject_heads),
            indefinite_names: set(&wl.indefinite_names),
            service_heads: set(&wl.service_heads),
            service_nouns: set(&wl.service_nouns),
            national_heads: set(&wl.national_heads),
            country_nisba,
            not_nisba: set(&wl.not_nisba),
            lineage: set(&wl.lineage),
            din_compounds: set(&wl.din_compounds),
            known_as: set(&wl.known_as),
            kunya: wl.kunya.iter().map(|(a, b)| (key(a), key(b))).collect(),
            conjoined_prefixes: wl.conjoined_prefixes.iter().map(|w| key(w)).collect(),
            capitals,
            nisba_country,
            capital_country,
            gov_seat,
            agent_words: set(&wl.agent_words),
            descriptors: set(&wl.descriptors),
            affiliation: set(&wl.affiliation),
            compass: wl.compass.iter().map(|(a, b)| (key(a), key(b))).collect(),
            outlet_suffixes: wl.outlet_suffixes.iter().map(|w| key(w)).collect(),
            compass_definite: wl.compass_definite.iter().map(|(a, b)| (key(a), key(b))).collect(),
            page_words: set(&wl.page_words),
            collective_bodies: wl
                .collective_bodies
                .iter()
                .map(|w| (key(w), false))
                .chain(wl.collective_bodies_masculine.iter().map(|w| (key(w), true)))
                .collect(),
            list_heads: wl.list_heads.iter().map(|(w, k, d, n)| (key(w), (k.as_str(), *d, *n))).collect(),
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
            first_names: words::role_given_names().map(key).collect(),
            militia: wl.militia.iter().map(|w| key(w)).collect(),
            outlet,
            terms,
            quick: Quick::default(),
        };
        // Arabic given names of the entities' own list that are rarely anything else
        // (above its «also words» line; no common word) open a name too.
        for n in words::arabic_given_names_opening() {
            let k = key(n);
            if k.chars().count() >= 3 && !r.common.contains(&k) {
                r.first_names.insert(k);
            }
        }
        r.quick = Quick {
            geo_nouns: WordFilter::of(r.geo_nouns.iter()),
            regime: WordFilter::of(r.regime.keys()),
            first_names: WordFilter::of(r.first_names.iter()),
            list_heads: WordFilter::of(r.list_heads.keys()),
            report_verbs: WordFilter::of(r.report_verbs.iter()),
            collective_bodies: WordFilter::of(r.collective_bodies.keys()),
        };
        r
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
                        (x.id.clone(), x.kind, Some(x.name_en.clone()))
                    }
                    // A derived name's kind is a place kind words.toml was checked against, or
                    // `org`.
                    EntId::New(id, kind) => (org_word_order(id), kind.parse().unwrap_or(MentionKind::Org), None),
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
                if r.len() >= 4 && self.quick.report_verbs.maybe(r) && self.report_verbs.contains(r) {
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
                // «فاطمة» is a given name, not «ف» + «اطمة»: a word that is a given name
                // whole has no proclitic.
                if !prefix.is_empty() {
                    let ws = s - prefix.len();
                    if self.first_names.contains(&m[ws..word_end(m, ws)]) {
                        continue;
                    }
                }
                if let Some(forms) = &pay.latin_case {
                    let (a, b) = (p.to_norm(s), p.to_norm(e - 1) + 1);
                    if !p.norm.text.get(a..b).is_some_and(|o| case_fits(o, forms)) {
                        continue;
                    }
                }
                if pay.homograph && !self.stands_as_name(m, p, s, e, prefix, r.elided, pay) {
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
        let mut named: HashSet<u32> = HashSet::default();
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
            if pay.refers_back || pay.names.iter().any(|n| n.kind == NK::Short) {
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
        let mut nisba_bodies: Vec<(String, EntId)> = Vec::new();
        let mut unresolved: Vec<usize> = Vec::new();
        for &ci in &order {
            let c = &cands[ci];
            let pay = &self.payloads[c.payload as usize];
            if pay.never || (pay.names.is_empty() && pay.anaphor.is_none()) {
                continue;
            }
            let is_short_or_shared = pay.anaphor.is_some() || pay.refers_back || pay.names.iter().any(|n| n.kind == NK::Short);
            if !is_short_or_shared || !occ.free(c.s, c.e) {
                continue;
            }
            if let Some(ent) = self.resolve(m, p, c.s, c.e, pay, &sel, &named) {
                occ.insert(c.s, c.e);
                let i = sel.partition_point(|f| f.s < c.s);
                sel.insert(i, Found { s: c.s, e: c.e, span_s: c.span_s, ent, militia: false, pattern: false, nested: false });
            } else {
                unresolved.push(ci);
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
            let Some(w) = next_word(m, f.e) else { continue };
            let t = &m[w.s..w.e];
            // «الأمن العام» + «اللبناني»: without a head noun, a country's nisba only.
            let nationality = self.nisba_country.contains_key(t) || self.capitals.contains_key(t) || self.nisba_fem.contains_key(t);
            if !matches!(self.head_of(first).and_then(|h| h.head), Some(Head::Org { .. })) && !nationality {
                continue;
            }
            if !w.tight || !is_definite(t) || !(t.ends_with("يه") || t.ends_with("ي")) || self.generic.contains(t) || self.not_nisba.contains(t) || !occ.free(w.s, w.e) {
                continue;
            }
            // «إلى» folds to «الي»: a preposition; «الموالية لـ»: a relation, not a nisba.
            if matches!(t, "الذي" | "التي" | "الحالي" | "الحاليه" | "الماضي" | "الماضيه" | "الرسمي" | "الرسميه" | "الجاري" | "الي" | "الموالي" | "المواليه") {
                continue;
            }
            let (s0, e0) = (f.s, f.e);
            occ.remove(s0, e0);
            occ.insert(s0, w.e);
            let span_s = sel[k].span_s;
            // «حركة X الإرهابية»: a judgement, not another body.
            if self.descriptors.contains(t) {
                sel[k].e = w.e;
                continue;
            }
            // One id whatever the nisba's gender («الهلال الأحمر الليبي», «… الليبية»).
            let id = match self.nisba_fem.get(t) {
                Some(fem) => derived_id("org", &format!("{} {fem}", &m[s0..w.s])),
                None => derived_id("org", &m[s0..w.e]),
            };
            sel[k] = Found {
                s: s0,
                e: w.e,
                span_s,
                ent: EntId::New(id, self.ents[i as usize].kind.as_str()),
                militia: false,
                pattern: true,
                nested: false,
            };
        }

        // 3b'. «الدفاع المدني اليمني»: a short name several countries' bodies share (none
        // chosen above), with one country's nisba, is that country's body; its bare name in
        // the article too.
        for ci in unresolved {
            let c = &cands[ci];
            if !occ.free(c.s, c.e) {
                continue;
            }
            if let Some(f) = self.short_body_of_nisba(m, c.s, c.e, c.span_s, &self.payloads[c.payload as usize], &occ) {
                occ.insert(f.s, f.e);
                let w = next_word(m, c.e).map_or(c.e, |w| w.s);
                nisba_bodies.push((m[c.s..w].trim_end().to_string(), f.ent.clone()));
                let i = sel.partition_point(|x| x.s < f.s);
                sel.insert(i, f);
            }
        }

        // 3c. «شمال دارفور», «جنوبي لبنان»: a compass word and a known place name a region.
        let mut k = 0;
        while k < sel.len() {
            let f = &sel[k];
            let known_place = matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place);
            let Some(c) = prev_word(m, f.span_s).filter(|c| known_place && c.tight && c.e + 1 == f.span_s) else {
                k += 1;
                continue;
            };
            // «شمال وشرق سوريا»: a second compass word joined by «و» (north and east, not
            // north-east).
            let ct = &m[c.s..c.e];
            let (dir, joined) = match self.compass.get(ct) {
                Some(d) => (d, false),
                None => match ct.strip_prefix('و').and_then(|r| self.compass.get(r)) {
                    Some(d) => (d, true),
                    None => {
                        k += 1;
                        continue;
                    }
                },
            };
            // «شمال غرب سوريا»: two compass words.
            let (s, dirs) = match prev_word(m, c.s).filter(|b| b.tight).and_then(|b| Some((b, self.compass.get(&m[b.s..b.e])?))) {
                Some((b, d0)) if d0 != dir && occ.free(b.s, b.e) => (b.s, if joined { format!("{d0} و{dir}") } else { format!("{d0} {dir}") }),
                _ if joined => {
                    k += 1;
                    continue;
                }
                _ => (c.s, dir.clone()),
            };
            if !occ.free(s, c.e) {
                k += 1;
                continue;
            }
            let EntId::Lex(i) = f.ent else { unreachable!() };
            let id = derived_id("place", &format!("{dirs} {}", self.ents[i as usize].id));
            let e = f.e;
            occ.remove(f.s, f.e);
            occ.insert(s, e);
            sel[k] = Found { s, e, span_s: s, ent: EntId::New(id, "region"), militia: false, pattern: true, nested: false };
            k += 1;
        }

        // 3d. «العاصمة اللبنانية»: the capital of the country of the nisba.
        for cap in self.capital_words.iter().filter(|_| !self.capitals.is_empty()) {
            for s in memchr::memmem::find_iter(m.as_bytes(), cap.as_bytes()) {
                let e = s + cap.len();
                let ws = word_start(m, s);
                if !(ws == s || PRE_PLAIN.contains(&&m[ws..s])) {
                    continue;
                }
                let Some(w) = next_word(m, e).filter(|w| w.tight) else { continue };
                let Some(&ci) = self.capitals.get(&m[w.s..w.e]) else { continue };
                if !occ.free(s, w.e) {
                    continue;
                }
                occ.insert(s, w.e);
                let i = sel.partition_point(|f| f.s < s);
                sel.insert(i, Found { s, e: w.e, span_s: s, ent: EntId::Lex(ci), militia: false, pattern: true, nested: false });
            }
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
                        // «حركة حماس» … «حماس», «وكالة الأناضول» … «الأناضول»: a body's one-word
                        // name met alone after a verb of saying (definite: an outlet's only).
                        let subject_head = self.subject_heads.contains(&m[c.s..c.e]);
                        let one_word = |w: &W| w.e == f.e || next_word(m, w.e).is_some_and(|d| d.s < f.e && self.descriptors.contains(&m[d.s..f.e]));
                        if let (Head::Org { outlet, .. }, Some(w1), true) = (h, next_word(m, c.e).filter(|w| w.tight && one_word(w)), subject_head) {
                            let x = &m[w1.s..w1.e];
                            if (outlet || !is_definite(x)) && !is_adjective(x) && (self.subject_alone(m, x, w1.s) || self.named_in_context(m, p, c.s, w1)) {
                                new_names.push((x.to_string(), f.ent.clone(), 1));
                            }
                        }
                        // «ميليشيا "الفجر"» … «الفجر»: an armed group's own name, met alone.
                        if matches!(h, Head::Org { armed: true, .. }) {
                            if let Some(w1) = next_word(m, c.e).filter(|w| w.e <= f.e) {
                                // Only a quoted name or one of two words or more: «تنظيم
                                // المهرجان» is organising a festival.
                                let core = &m[w1.s..f.e];
                                let named = p.is_quote(w1.s - 1) || core.contains(' ');
                                if named && !self.wordlike(m, core) && !self.generic.contains(core) {
                                    new_names.push((core.to_string(), f.ent.clone(), core.split(' ').count()));
                                }
                            }
                        }
                        // The bare name of a new town («بلدة الهبيط» … «الهبيط»), unless it
                        // reads as a word: short, a function word, or met too often
                        // («مدينة كان» and «كان», «قرية الطفل» and «الطفل»).
                        if matches!(h, Head::Place { settlement: true, .. }) && self.bare_town_heads.contains(&m[c.s..c.e]) {
                            let core = id.split_once(':').map_or("", |x| x.1).replace('-', " ");
                            if !self.wordlike(m, &core) && m[f.s..f.e].contains(&core) {
                                new_names.push((core, f.ent.clone(), 1));
                            }
                        }
                        // «مخيم زمزم» … «زمزم»: a camp is named by its own words too.
                        if matches!(h, Head::Place { settlement: false, .. }) && self.bare_town_heads.contains(&m[c.s..c.e]) {
                            if let Some(w1) = next_word(m, c.e).filter(|w| w.e <= f.e) {
                                let core = &m[w1.s..f.e];
                                if !self.wordlike(m, core) {
                                    new_names.push((core.to_string(), f.ent.clone(), core.split(' ').count()));
                                }
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

        // 4a'. «غرفة طوارئ مخيم X»: a civil body of a place the patterns named.
        let bodies_of_new = self.bodies_of_new_places(m, &mut sel, &mut occ);
        // «الشمال الغربي لسوريا» is «شمال غرب سوريا»; «الشمال الغربي» alone then too.
        new_names.extend(self.definite_compass_regions(m, &mut sel, &mut occ));
        // «الشمال السوري» is «شمال سوريا».
        for f in self.nisba_compass_regions(m, &sel, &mut occ) {
            let i = sel.partition_point(|x| x.s < f.s);
            sel.insert(i, f);
        }

        // The words of the text, once, for the patterns below.
        let words: Vec<W> = {
            let mut v = Vec::with_capacity(m.len() / 6);
            let mut at = 0;
            while let Some(w) = next_word_inline(m, at) {
                at = w.e;
                v.push(w);
            }
            v
        };
        // 4b. «مدن البيضاء والمرج ودرنة», «في مدينتي غات وتهالا»: the names a plural or dual
        // settlement head lists are places of its kind.
        for (s, e, kind) in self.list_pattern(m, &words, &sel, &occ) {
            occ.insert(s, e);
            let f = Found { s, e, span_s: s, ent: EntId::New(derived_id("place", &m[s..e]), kind), militia: false, pattern: true, nested: false };
            if !self.wordlike(m, &m[s..e]) {
                new_names.push((m[s..e].to_string(), f.ent.clone(), 1));
            }
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4b''. «الساحل السوري», «الجبل الأخضر»: a noun of land or sea and its adjective
        // name a region.
        for (s, e) in self.geo_regions(m, &words, &sel, &occ) {
            occ.insert(s, e);
            let f = Found { s, e, span_s: s, ent: EntId::New(derived_id("place", &m[s..e]), "region"), militia: false, pattern: true, nested: false };
            new_names.push((m[s..e].to_string(), f.ent.clone(), 2));
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4b-regime. «النظام السوري»: the regime noun and a country's nisba are the
        // country's government, one id with «الحكومة السورية».
        for (s, e, id) in self.regimes(m, &words, &sel, &occ) {
            occ.insert(s, e);
            let f = Found { s, e, span_s: s, ent: EntId::New(id, "org"), militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4b'. «المركز الوطني للزلازل», «المعهد الأميركي للجيوفيزياء»: a definite head of a
        // body, its adjectives and its «لـ» complement name one body.
        for (s, e, kind) in self.definite_body_pattern(m, &words, &sel, &occ) {
            occ.insert(s, e);
            let prefix = if matches!(kind, "outlet" | "armed_group" | "org") { "org" } else { "place" };
            // Judging words are no part of the id: «الفصائل المسلحة الفلسطينية» and
            // «الفصائل الفلسطينية المسلحة» are one body.
            let rest = shapes::without_words(&m[word_end(m, s)..e], &self.descriptors);
            let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..word_end(m, s)]), rest));
            let f = Found { s, e, span_s: s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false };
            new_names.push((m[s..e].to_string(), f.ent.clone(), m[s..e].split(' ').count()));
            // «المجلس الرئاسي الليبي» … «المجلس الرئاسي»: the name less its last nisbas.
            for short in shapes::shorter_forms(&m[s..e], &self.descriptors) {
                new_names.push((short.to_string(), f.ent.clone(), 1));
            }
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4c. «وعرف من القتلى أيمن الحميش، وعبد الحميد السالم»: a given name and the names
        // after it are a person wherever they stand.
        for f in self.given_name_pattern(m, p, &words, &sel, &mut occ) {
            new_names.push((m[f.s..f.e].to_string(), f.ent.clone(), m[f.s..f.e].split(' ').count()));
            let i = sel.partition_point(|x| x.s < f.s);
            sel.insert(i, f);
        }

        // 4c'. «وقال X Y المتحدث باسم …»: the rare words between a verb of saying and a
        // role in apposition are the speaker's name.
        for f in self.speaker_pattern(m, p, &words, &sel, &mut occ) {
            new_names.push((m[f.s..f.e].to_string(), f.ent.clone(), m[f.s..f.e].split(' ').count()));
            let i = sel.partition_point(|x| x.s < f.s);
            sel.insert(i, f);
        }

        // 4c''. «X المعروف بـ"أبو عمر"», «الملقب بالذباح»: another name of the person X,
        // wherever the article uses it.
        for (f, names) in self.known_as_names(m, p, &sel, &occ) {
            occ.insert(f.s, f.e);
            for w in names {
                new_names.push((w, f.ent.clone(), 1));
            }
            let i = sel.partition_point(|x| x.s < f.s);
            sel.insert(i, f);
        }

        // 4d. «سرايا - أكدت وكالة …», «رام الله – المواطن»: an outlet naming itself in the
        // dateline.
        let mut datelines = self.dateline_outlets(m, p, &words, &sel, &occ);
        datelines.extend(self.bracketed_dateline_outlets(m, p, &sel, &occ));
        for (s, e) in datelines {
            occ.insert(s, e);
            let f = Found { s, e, span_s: s, ent: EntId::New(derived_id("org", &m[s..e]), "outlet"), militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // Names inside the names found below («وكالة X برس» holds «X برس»), as (the outer
        // mention's start, the inner name's span): nested mentions of the same id.
        let mut inner_names: Vec<(usize, usize, usize)> = Vec::new();
        // 4d'. «شفق نيوز», «سيريانيوز»: a name and an outlet's last word.
        for (s, e) in self.suffix_outlets(m, &words, &sel, &occ) {
            // The town whose name the outlet bears is inside it.
            if let Some(k) = sel.iter().position(|f| f.s == s && f.e < e) {
                occ.remove(sel[k].s, sel[k].e);
                sel.remove(k);
            }
            let id = derived_id("org", &m[s..e]);
            // «وكالة فرانس برس», «موقع "X نيوز"»: a media head before it is the mention's.
            let head = prev_word(m, s).filter(|h| {
                let gap = &m[h.e..s];
                (h.tight || (gap.chars().all(|c| c == ' ') && (h.e..s).any(|i| p.is_quote(i))))
                    && matches!(self.head_of(&m[h.s..h.e]).and_then(|x| x.head), Some(Head::Org { outlet: true, .. }))
                    && occ.free(h.s, h.e)
            });
            let ms = head.map_or(s, |h| h.s);
            if ms < s {
                inner_names.push((ms, s, e));
            }
            occ.insert(ms, e);
            let f = Found { s: ms, e, span_s: ms, ent: EntId::New(id, "outlet"), militia: false, pattern: true, nested: false };
            new_names.push((m[s..e].to_string(), f.ent.clone(), 1));
            let i = sel.partition_point(|x| x.s < ms);
            sel.insert(i, f);
        }

        // 4d''. «(أ ف ب)», «د ب أ»: an agency's initials, spelled as letters.
        for (s, le, e) in self.initials_outlets(m, p, &words, &sel, &occ) {
            if le < e {
                inner_names.push((s, s, le));
            }
            occ.insert(s, e);
            let f = Found { s, e, span_s: s, ent: EntId::New(derived_id("org", &m[s..le]), "outlet"), militia: false, pattern: true, nested: false };
            new_names.push((m[s..le].to_string(), f.ent.clone(), 2));
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4d-latin. «CNN», «Facebook», «SY24»: Latin-script names in Arabic text.
        for (s, e) in self.latin_names(m, p, &words, &sel, &occ) {
            occ.insert(s, e);
            let f = Found { s, e, span_s: s, ent: EntId::New(derived_id("org", &m[s..e]), "org"), militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4e. «الوزارة» after a body the patterns found («وزارة الصحة في الإقليم»).
        for c in &cands {
            let pay = &self.payloads[c.payload as usize];
            if pay.anaphor != Some(Anaphor::SameHead) || !occ.free(c.s, c.e) {
                continue;
            }
            if let Some(ent) = self.resolve(m, p, c.s, c.e, pay, &sel, &named) {
                occ.insert(c.s, c.e);
                let i = sel.partition_point(|f| f.s < c.s);
                sel.insert(i, Found { s: c.s, e: c.e, span_s: c.span_s, ent, militia: false, pattern: false, nested: false });
            } else if let Some(f) = self.short_body_of_nisba(m, c.s, c.e, c.span_s, pay, &occ) {
                // «الدفاع المدني اليمني»: a short name several countries' bodies share, with
                // one country's nisba, is that country's body; its bare name in the article too.
                occ.insert(f.s, f.e);
                let w = next_word(m, c.e).map_or(c.e, |w| w.s);
                nisba_bodies.push((m[c.s..w].trim_end().to_string(), f.ent.clone()));
                let i = sel.partition_point(|x| x.s < f.s);
                sel.insert(i, f);
            }
        }

        // 5. Other occurrences of the new names, and the surnames of new people and of
        // the lexicon's people named in full here («عيدروس الزبيدي» … «اتهم الزبيدي»).
        // Only a family name: not a father's name after «بن» («محمد بن سلمان»), nor a
        // given name or a common word («مفتي المملكة»), nor the half of «عبد العزيز».
        for f in &sel {
            if let EntId::Lex(i) = f.ent {
                let t = &m[f.s..f.e];
                let ws: Vec<&str> = t.split(' ').collect();
                if !self.ents[i as usize].person || ws.len() < 2 || f.nested {
                    continue;
                }
                let last = ws[ws.len() - 1];
                let bare = last.strip_prefix("ال").unwrap_or(last);
                let family = !ws.iter().any(|w| self.lineage.contains(*w) || self.particles.contains(*w))
                    && !self.first_names.contains(last)
                    && !self.common.contains(bare)
                    && !self.titles.contains(ws[0])
                    && self.head_of(ws[0]).is_none();
                if family {
                    new_names.push((t.to_string(), f.ent.clone(), ws.len()));
                }
            }
        }
        for (w, id) in nisba_bodies {
            let n = w.split(' ').count();
            new_names.push((w, id, n));
        }
        let mut extra: Vec<(String, EntId, bool)> = Vec::new();
        extra.extend(self.body_prefixes(m, &sel).into_iter().map(|(w, id)| (w, id, false)));
        for (w, id, n) in &new_names {
            extra.push((w.clone(), id.clone(), false));
            if *n >= 2 {
                let person = match id {
                    EntId::New(s, _) => s.starts_with("person:"),
                    EntId::Lex(i) => self.ents[*i as usize].person,
                };
                {
                    if person {
                        if let Some(last) = w.rsplit(' ').next() {
                            if last.chars().count() >= 3
                                && !self.stop.contains(last)
                                && !self.generic.contains(last)
                                && !self.titles.contains(last)
                                && self.head_of(last).is_none()
                                && !self.particles.contains(last)
                            {
                                // «عثمان عبد الجليل» … «عبد الجليل»: a family name that opens
                                // with a particle is both words.
                                let mut ws = w.rsplit(' ');
                                let _ = ws.next();
                                if let Some(pre) = ws.next().filter(|p| self.particles.contains(*p) && w.split(' ').count() >= 3) {
                                    let two = format!("{pre} {last}");
                                    // Not a name of a lineage («بن عبد العزيز»): many bear it.
                                    if !self.in_lineage(m, &two) {
                                        extra.push((two, id.clone(), true));
                                    }
                                }
                                extra.push((last.to_string(), id.clone(), true));
                                // «الدبيبة» is also written «دبيبة».
                                if let Some(bare) = last.strip_prefix("ال").filter(|b| b.chars().count() >= 4 && !self.wordlike(m, b) && self.head_of(b).is_none()) {
                                    extra.push((bare.to_string(), id.clone(), true));
                                }
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
                    // «عبد الجليل» found alone as a person of its own: the family name of
                    // the one named in full.
                    if single && w.contains(' ') {
                        if let Some(f) = sel.iter_mut().find(|f| f.s == s && f.e == e && f.ent != id && matches!(&f.ent, EntId::New(x, _) if x.starts_with("person:"))) {
                            f.ent = id.clone();
                        }
                    }
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
        // (the outlet's start, the quoted words): by start, as later steps remove entries.
        let mut quoted: Vec<(usize, usize, usize)> = inner_names;
        for f in sel.iter_mut() {
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
            quoted.push((f.s, w1.s, close));
            f.ent = EntId::New(derived_id("org", &m[w1.s..close]), "outlet");
        }
        // 5e. «المستشفى الأهلي العربي (المعمداني)», «منظمة حظر الأسلحة الكيميائية (OPCW)»: a
        // bracketed or quoted name right after a site found by its head, or after a body, is
        // another name of it (not after a town: «الخرطوم (سودان تربيون)» is a source).
        let qs = p.quotes();
        let mut aliases: Vec<Found> = Vec::new();
        for f in &sel {
            let site = || {
                let h = m[f.s..f.e].split(' ').next().unwrap_or("");
                matches!(self.head_of(h).and_then(|x| x.head), Some(Head::Place { settlement: false, .. }))
            };
            let named = match &f.ent {
                EntId::New(id, _) => (id.starts_with("place:") && f.pattern && site()) || id.starts_with("org:"),
                EntId::Lex(i) => {
                    let x = &self.ents[*i as usize];
                    !x.place && !x.person && !matches!(x.kind.as_str(), "city" | "town" | "village" | "country" | "governorate" | "region" | "district" | "neighbourhood")
                }
            };
            if !named {
                continue;
            }
            let k = qs.partition_point(|&q| (q as usize) < f.e);
            let (Some(&q1), Some(&q2)) = (qs.get(k), qs.get(k + 1)) else { continue };
            let (q1, q2) = (q1 as usize, q2 as usize);
            if m[f.e..q1].trim() != "" || q2 <= q1 + 1 || !m.is_char_boundary(q1 + 1) {
                continue;
            }
            let inner = m[q1 + 1..q2].trim();
            let cs = q1 + 1 + (m[q1 + 1..q2].len() - m[q1 + 1..q2].trim_start().len());
            let ce = cs + inner.len();
            let words: Vec<&str> = inner.split(' ').collect();
            // Short acronyms («WHO», «فاو») pass; frequent words do not.
            let frequent = self.common.contains(inner) || self.news_df.get(inner.strip_prefix("ال").unwrap_or(inner)).is_some_and(|&n| n >= 300);
            // Words, not marks; no «و» or pronoun joined («ومنافستها»).
            let wordy = |w: &&str| {
                w.chars().all(is_word_char) && self.name_word(w) && (!w.starts_with('و') || self.first_names.contains(*w)) && !["ها", "هم", "نا"].iter().any(|x| w.chars().count() >= 5 && w.ends_with(x))
            };
            if inner.is_empty() || words.len() > 3 || !words.iter().all(wordy) || frequent || !occ.free(cs, ce) {
                continue;
            }
            aliases.push(Found { s: cs, e: ce, span_s: cs, ent: f.ent.clone(), militia: false, pattern: true, nested: false });
        }
        for f in aliases {
            occ.insert(f.s, f.e);
            let i = sel.partition_point(|x| x.s < f.s);
            sel.insert(i, f);
        }
        let mut places_in_bodies = self.bodies_of_places(m, &mut sel, &mut occ);
        places_in_bodies.extend(self.bodies_of_owners(m, &mut sel, &mut occ));
        places_in_bodies.extend(bodies_of_new);
        self.known_by_first_words(m, &mut sel);
        self.link_short_bodies(m, &mut sel);
        self.national_bodies(m, &mut sel);
        self.capitals_as_states(m, &mut sel);
        let govs = self.governorates_named(m, &sel);
        self.bare_governorates(m, &govs, &mut sel);
        self.governorates_as_seats(m, &mut sel);
        if nested {
            // 6. Every name inside a longer name, at every depth (they may overlap).
            let mut out: Vec<Found> = Vec::new();
            let mut seen: HashSet<(usize, usize)> = HashSet::default();
            for f in &sel {
                let lo = cands.partition_point(|c| c.s < f.s);
                let _ = lo;
                // Not a name inside a word that is a name itself («كسلا» is no «ك» + «سلا»).
                let glued = |c: &Cand| {
                    let ws = word_start(m, c.s);
                    // («وجدة» is Oujda or «و» + «جدة»: both readings stay.)
                    ws < c.s && ws >= f.s && !matches!(&m[ws..c.s], "و" | "ف") && cands.iter().any(|d| d.s == ws && d.e >= c.e && !self.payloads[d.payload as usize].never)
                };
                for c in cands.iter().filter(|c| c.s >= f.s && c.e <= f.e && (c.e - c.s) < (f.e - f.s) && !glued(c)) {
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
            // «وزارة الصحة بولاية X»: the place stays a name inside the body's.
            for mut x in places_in_bodies {
                if seen.insert((x.s, x.e)) {
                    x.nested = true;
                    out.push(x);
                }
            }
            // «بلدة الهبيط», «مخيم زمزم»: the town's or camp's own name inside it is a name
            // of it too.
            for f in &sel {
                let EntId::New(id, _) = &f.ent else { continue };
                let Some(core) = id.strip_prefix("place:") else { continue };
                let Some((h, rest)) = m[f.s..f.e].split_once(' ') else { continue };
                let core = match self.head_of(h).and_then(|x| x.head) {
                    Some(Head::Place { settlement: true, .. }) => core.replace('-', " "),
                    Some(Head::Place { settlement: false, .. }) if self.bare_town_heads.contains(h) => rest.to_string(),
                    _ => continue,
                };
                let cs = f.s + h.len() + 1;
                let ce = cs + core.len();
                let whole = ce <= f.e && m.get(cs..ce) == Some(core.as_str()) && (ce == f.e || m[ce..].starts_with(' '));
                if !whole || self.wordlike(m, &core) {
                    continue;
                }
                if whole && seen.insert((cs, ce)) {
                    out.push(Found { s: cs, e: ce, span_s: cs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
                }
            }
            // «وكالة الأناضول», «حركة حماس»: after a head whose bare name is the body
            // (heads.subject_heads), the name's own words inside it are a name of it too.
            for f in &sel {
                let EntId::New(id, _) = &f.ent else { continue };
                if !id.starts_with("org:") || !f.pattern {
                    continue;
                }
                let Some((h, core)) = m[f.s..f.e].split_once(' ') else { continue };
                if !self.subject_heads.contains(h) || core.split(' ').count() > 3 {
                    continue;
                }
                let first = core.split(' ').next().unwrap_or("");
                let content = first.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(first);
                // («حظر الأسلحة الكيميائية»: an indefinite noun in construct is no name alone.)
                let construct = core.contains(' ') && !is_definite(first);
                // A word frequent in news is a common noun here («هيئة التدريس», «اتحاد
                // الكرة»), more so with «ال».
                let df = self.news_df.get(content).copied().unwrap_or(0);
                let frequent = if is_definite(first) { df >= 250 } else { df >= 1000 };
                if construct || frequent || self.is_place_name(core) || core.chars().count() < 3 || is_adjective(first) || !self.name_word(first) || self.common.contains(content) || self.head_of(first).is_some() {
                    continue;
                }
                let cs = f.e - core.len();
                if seen.insert((cs, f.e)) {
                    out.push(Found { s: cs, e: f.e, span_s: cs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
                }
            }
            // «تنظيم X الإرهابي»: an armed group's own name between its head and the
            // judging words after it is a name of it too.
            for f in &sel {
                let EntId::New(id, "armed_group") = &f.ent else { continue };
                if !id.starts_with("org:") || !f.pattern {
                    continue;
                }
                let text = &m[f.s..f.e];
                let Some((h, rest)) = text.split_once(' ') else { continue };
                if self.head_of(h).and_then(|x| x.head).is_none() {
                    continue;
                }
                let mut core = rest;
                while let Some((c, last)) = core.rsplit_once(' ') {
                    if !self.descriptors.contains(last) {
                        break;
                    }
                    core = c;
                }
                if core.len() == rest.len() || self.wordlike(m, core) || !core.split(' ').all(|w| self.name_word(w)) {
                    continue;
                }
                let cs = f.s + h.len() + 1;
                if m.get(cs..cs + core.len()) == Some(core) && seen.insert((cs, cs + core.len())) {
                    out.push(Found { s: cs, e: cs + core.len(), span_s: cs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
                }
            }
            // «المستشفى الأهلي العربي (المعمداني)», «مستشفى "الشفاء"»: the quoted or
            // bracketed words of a site's name are a name of the site too.
            for f in &sel {
                let EntId::New(id, _) = &f.ent else { continue };
                if !id.starts_with("place:") || !f.pattern {
                    continue;
                }
                let qs = p.quotes();
                let Some(&q) = qs[qs.partition_point(|&q| (q as usize) <= f.s)..].first() else { continue };
                let q = q as usize;
                if q >= f.e || !m.is_char_boundary(q + 1) {
                    continue;
                }
                let (cs, mut ce) = (q + 1, f.e);
                if let Some(&q2) = qs[qs.partition_point(|&x| (x as usize) <= cs)..].first() {
                    ce = ce.min(q2 as usize);
                }
                let inner = &m[cs..ce];
                if cs < ce && !inner.is_empty() && inner.split(' ').all(|w| self.name_word(w)) && !self.wordlike(m, inner) && seen.insert((cs, ce)) {
                    out.push(Found { s: cs, e: ce, span_s: cs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
                }
            }
            // «لموقع "العهد"»: the outlet's own name inside the head pattern.
            for &(fs, qs, qe) in &quoted {
                let Some(f) = sel.iter().find(|f| f.s == fs && f.e >= qe) else { continue };
                if qe > qs && seen.insert((qs, qe)) {
                    out.push(Found { s: qs, e: qe, span_s: qs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
                }
            }
            // Inside «مدينة إدلب» the bare name stays the town's.
            if !govs.is_empty() {
                let mut inner: Vec<Found> = out.iter().filter(|x| sel.iter().any(|f| f.s <= x.s && x.e <= f.e && govs.iter().any(|(_, g)| *g == f.ent))).cloned().collect();
                self.bare_governorates(m, &govs, &mut inner);
                for x in inner {
                    if let Some(o) = out.iter_mut().find(|o| o.s == x.s && o.e == x.e) {
                        o.ent = x.ent;
                    }
                }
            }
            sel.extend(out);
            sel.sort_by(|a, b| a.span_s.cmp(&b.span_s).then(b.e.cmp(&a.e)));
        }
        sel
    }

    /// «وزارة الصحة» named without its state, in an article whose places are all, or mostly,
    /// in one country: that country's ministry, the one «وزارة الصحة السورية» names, so
    /// articles that name it either way link. No country, or two as often, or a nisba after
    /// its portfolio («وزارة الدفاع الروسية»): left alone.
    fn national_bodies(&self, m: &str, sel: &mut [Found]) {
        // «الهلال الأحمر الليبي» … «الهلال الأحمر»: a lexicon body's name without a nisba,
        // in an article that names it with one country's nisba, is that country's body.
        let mut with_nisba: Vec<String> = sel
            .iter()
            .filter_map(|f| match &f.ent {
                EntId::New(id, _) if id.starts_with("org:") && id.rsplit('-').next().is_some_and(|w| self.nisba_fem.contains_key(w)) => Some(id.clone()),
                _ => None,
            })
            .collect();
        with_nisba.sort();
        with_nisba.dedup();
        if !with_nisba.is_empty() {
            for f in sel.iter_mut() {
                let EntId::Lex(i) = f.ent else { continue };
                let e = &self.ents[i as usize];
                let t = &m[f.s..f.e];
                if e.place || e.person || f.pattern || !t.contains(' ') {
                    continue;
                }
                let prefix = format!("{}-", derived_id("org", t));
                let mut fits = with_nisba.iter().filter(|id| id.strip_prefix(prefix.as_str()).is_some_and(|r| !r.contains('-')));
                if let (Some(id), None) = (fits.next(), fits.next()) {
                    f.ent = EntId::New(id.clone(), e.kind.as_str());
                }
            }
        }
        // «وزارة الصحة التابعة للنظام السوري»: a state's body named with its affiliation to
        // a country's government is that country's body («وزارة الصحة السورية»).
        for f in sel.iter_mut() {
            let EntId::New(_, kind) = f.ent else { continue };
            let t = &m[f.s..f.e];
            let Some((core, owner)) = self.affiliation.iter().find_map(|a| t.split_once(&format!(" {a} "))) else { continue };
            if !core.split_once(' ').is_some_and(|(h, _)| self.national_heads.contains(h)) || !owner.starts_with('ل') {
                continue;
            }
            let Some(fem) = owner.split(' ').find_map(|w| self.nisba_fem.get(w)) else { continue };
            let full = format!("{core} {fem}");
            f.ent = match self.keys.get(full.as_str()).and_then(|&p| {
                let mut it = self.payloads[p as usize].names.iter().filter(|r| r.kind != NK::Short && !self.ents[r.ent as usize].place);
                match (it.next(), it.next()) {
                    (Some(r), None) => Some(r.ent),
                    _ => None,
                }
            }) {
                Some(i) => EntId::Lex(i),
                None => EntId::New(derived_id("org", &full), kind),
            };
        }
        let nisba = |w: &str| self.capitals.contains_key(w) || self.nisba_country.contains_key(w);
        // 1: a new «وزارة X» with no nisba; 2: a lexicon body named by a form with no nisba
        // (its name or alias «الهلال الأحمر»); 0: neither.
        let bare = |f: &Found| -> u8 {
            let t = &m[f.s..f.e];
            match &f.ent {
                EntId::New(id, _) => {
                    let ok = t.split_once(' ').is_some_and(|(h, rest)| {
                        self.national_heads.contains(h) && !rest.split(' ').any(nisba) && !rest.split(' ').skip(1).any(is_adjective)
                    }) && *id == derived_id("org", t);
                    u8::from(ok)
                }
                EntId::Lex(i) => {
                    let e = &self.ents[*i as usize];
                    let ok = !e.place && !e.person && !f.pattern && t.contains(' ') && !t.split(' ').any(nisba);
                    if ok { 2 } else { 0 }
                }
            }
        };
        if !sel.iter().any(|f| bare(f) == 1) && !sel.iter().any(|f| bare(f) == 2) {
            return;
        }
        let mut count: HashMap<[u8; 2], usize> = HashMap::default();
        for f in sel.iter() {
            if let EntId::Lex(i) = f.ent {
                if let Some(c) = self.ents[i as usize].country.filter(|_| self.ents[i as usize].place) {
                    *count.entry(c).or_default() += 1;
                }
            }
        }
        let mut by: Vec<([u8; 2], usize)> = count.into_iter().collect();
        by.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(&(c, n)) = by.first() else { return };
        if by.get(1).is_some_and(|x| x.1 == n) {
            return;
        }
        let Some(fem) = self.country_nisba.get(&c) else { return };
        let masc = fem.strip_suffix('ه').unwrap_or(fem);
        // The lexicon's body of that full name, when it has one and only one.
        let lex_of = |full: &str| {
            self.keys.get(full).map(|&p| &self.payloads[p as usize]).and_then(|pay| {
                let mut it = pay.names.iter().filter(|r| r.kind != NK::Short && !self.ents[r.ent as usize].place && !self.ents[r.ent as usize].person);
                match (it.next(), it.next()) {
                    (Some(r), None) => Some(r.ent),
                    _ => None,
                }
            })
        };
        for f in sel.iter_mut() {
            let t = &m[f.s..f.e];
            match bare(f) {
                1 => {
                    let EntId::New(_, kind) = f.ent else { continue };
                    let full = format!("{t} {fem}");
                    f.ent = match lex_of(&full).or_else(|| lex_of(&format!("{t} {masc}"))) {
                        Some(i) => EntId::Lex(i),
                        None => EntId::New(derived_id("org", &full), kind),
                    };
                }
                2 => {
                    if let Some(i) = lex_of(&format!("{t} {fem}")).or_else(|| lex_of(&format!("{t} {masc}"))) {
                        f.ent = EntId::Lex(i);
                    }
                }
                _ => {}
            }
        }
    }

    /// «سارعت موسكو إلى التنديد», «اتهمت واشنطن طهران»: a capital named by its own name right
    /// after a verb of saying or acting (or after another capital so read) is its state.
    fn capitals_as_states(&self, m: &str, sel: &mut [Found]) {
        let mut last_state_end = usize::MAX;
        for f in sel.iter_mut() {
            let EntId::Lex(i) = f.ent else { continue };
            let Some(&k) = self.capital_country.get(&i) else { continue };
            if f.pattern || m[f.s..f.e].contains(' ') {
                continue; // «العاصمة الروسية»: the town
            }
            let Some(v) = prev_word(m, f.s).filter(|v| v.tight && v.e + 1 == f.s) else { continue };
            let t = self.bare(&m[v.s..v.e]);
            let t = if self.agent_words.contains(t) { t } else { t.strip_prefix(['و', 'ف']).unwrap_or(t) };
            if self.report_verbs.contains(t) || self.agent_words.contains(t) || last_state_end == v.e {
                f.ent = EntId::Lex(k);
                last_state_end = f.e;
            }
        }
    }

    /// The governorates the article names with their head («محافظة إدلب», «ولاية كسلا»):
    /// (the bare name, the governorate).
    fn governorates_named(&self, m: &str, sel: &[Found]) -> Vec<(String, EntId)> {
        let mut govs: Vec<(String, EntId)> = Vec::new();
        for f in sel {
            let EntId::Lex(i) = f.ent else { continue };
            if self.ents[i as usize].kind != "governorate" {
                continue;
            }
            let Some((h, rest)) = m[f.s..f.e].split_once(' ') else { continue };
            // «محافظة إدلب السورية»: the name less its nisbas.
            let mut bare = rest;
            while let Some((a, last)) = bare.rsplit_once(' ') {
                if !is_adjective(last) {
                    break;
                }
                bare = a;
            }
            if matches!(self.head_of(h).and_then(|x| x.head), Some(Head::Place { kind: "governorate", .. })) && !govs.iter().any(|(b, _)| b == bare) {
                govs.push((bare.to_string(), f.ent.clone()));
            }
        }
        govs
    }

    /// The annotators' convention, and the usual reading: in an article that names a
    /// governorate with its head, its bare name is the governorate too, not the town of that
    /// name («محافظة إدلب» … «في إدلب»; «مدينة إدلب» stays the town).
    fn bare_governorates(&self, m: &str, govs: &[(String, EntId)], sel: &mut [Found]) {
        if govs.is_empty() {
            return;
        }
        for f in sel.iter_mut() {
            let EntId::Lex(i) = f.ent else { continue };
            let e = &self.ents[i as usize];
            if !e.place || e.kind == "governorate" || e.kind == "country" {
                continue;
            }
            let t = &m[f.s..f.e];
            if let Some((_, g)) = govs.iter().find(|(b, _)| b == t) {
                f.ent = g.clone();
            }
        }
    }

    /// The annotators merge a city and its governorate of the same name (NOTES: «حلب» =
    /// «محافظة حلب»), and an article that names only the town must link with one that names
    /// the governorate: «محافظة X» and its bare «X» are the seat city X. Its other names
    /// («ريف حلب») stay the governorate.
    fn governorates_as_seats(&self, m: &str, sel: &mut [Found]) {
        for f in sel.iter_mut() {
            let EntId::Lex(i) = f.ent else { continue };
            let Some(&city) = self.gov_seat.get(&i) else { continue };
            let t = &m[f.s..f.e];
            let rest = match t.split_once(' ') {
                Some((h, rest)) if matches!(self.head_of(h).and_then(|x| x.head), Some(Head::Place { kind: "governorate", .. })) => rest,
                Some(_) => continue,
                None => t,
            };
            let mut bare = rest;
            while let Some((a, last)) = bare.rsplit_once(' ') {
                if !is_adjective(last) {
                    break;
                }
                bare = a;
            }
            let kb = key(bare);
            let named = self.lex.place(&self.ents[city as usize].id).is_some_and(|p| std::iter::once(&p.name_ar).chain(p.aliases.iter()).any(|n| key(n) == kb));
            if named {
                f.ent = EntId::Lex(city);
            }
        }
    }

    /// «وزارة الصحة في غزة», «وزارة الصحة بولاية شمال دارفور»: a civil body named by its head
    /// noun, then «في» or «بـ» and a known place, is named with that place (a lexicon body
    /// keeps its entity; a new one is the body of that place). Armed and media heads are
    /// left alone: «قوات X في Y» tells where they are.
    fn bodies_of_places(&self, m: &str, sel: &mut Vec<Found>, occ: &mut Occ) -> Vec<Found> {
        let mut inner = Vec::new();
        let mut gone = vec![false; sel.len()];
        for k in 0..sel.len() {
            if gone[k] {
                continue;
            }
            let f = &sel[k];
            let body = match &f.ent {
                EntId::Lex(i) => !self.ents[*i as usize].place && !self.ents[*i as usize].person,
                EntId::New(id, _) => id.starts_with("org:"),
            };
            let first = m[f.s..f.e].split(' ').next().unwrap_or("");
            // «الهيئة العامة للأرصاد الجوية في مصر»: a definite head too.
            let civil = |w: &str| matches!(self.head_of(w).and_then(|h| h.head), Some(Head::Org { outlet: false, armed: false }));
            if !body || !(civil(first) || (is_definite(first) && civil(&first["ال".len()..]))) {
                continue;
            }
            let Some(w) = next_word(m, f.e).filter(|w| w.tight) else { continue };
            let t = &m[w.s..w.e];
            let pos = if t == "في" {
                match next_word(m, w.e).filter(|x| x.tight) {
                    Some(x) => x.s,
                    None => continue,
                }
            } else if t.starts_with('ب') && t.len() > 4 {
                w.s + 'ب'.len_utf8()
            } else {
                continue;
            };
            // `sel` is in order of start: the place, if any, is among those starting at `pos`.
            let from = sel.partition_point(|x| x.s < pos);
            let Some(xi) = (from..sel.len()).take_while(|&j| sel[j].s == pos).find(|&j| {
                !gone[j]
                    && match &sel[j].ent {
                        EntId::Lex(i) => self.ents[*i as usize].settlement,
                        EntId::New(id, k) => id.starts_with("place:") && matches!(*k, "region" | "governorate" | "city" | "town"),
                    }
            }) else {
                continue;
            };
            let (fs, fe, xs, xe) = (f.s, f.e, sel[xi].s, sel[xi].e);
            let place_id = match &sel[xi].ent {
                EntId::Lex(i) => self.ents[*i as usize].id.clone(),
                EntId::New(id, _) => id.trim_start_matches("place:").to_string(),
            };
            // A new body, or a lexicon body met by a short name («وزارة الصحة» read as the one
            // named elsewhere in the article): the body of this place.
            let kind = match &sel[k].ent {
                EntId::New(_, kind) => Some(*kind),
                EntId::Lex(i) => {
                    let short = self.keys.get(&m[fs..fe]).is_some_and(|&pi| {
                        self.payloads[pi as usize].names.iter().any(|n| n.ent == *i && n.kind == NK::Short)
                    });
                    short.then_some(self.ents[*i as usize].kind.as_str())
                }
            };
            if let Some(kind) = kind {
                sel[k].ent = EntId::New(derived_id("org", &format!("{} {place_id}", &m[fs..fe])), kind);
            }
            sel[k].e = xe;
            occ.remove(xs, xe);
            occ.remove(fs, fe);
            occ.insert(fs, xe);
            gone[xi] = true;
            inner.push(sel[xi].clone());
        }
        drop_gone(sel, &gone);
        inner
    }

    /// A body's shorter form named by the head-noun pattern («هيئة الأرصاد الجوية») is the
    /// body named in full in the same article («الهيئة العامة للأرصاد الجوية المصرية»,
    /// «هيئة الأرصاد الجوية في ولاية X»): its words, in order, within that name's, the same
    /// head first. Only when exactly one body of the article fits. Each distinct name is
    /// compared once (a long page repeats the same few).
    fn link_short_bodies(&self, m: &str, sel: &mut [Found]) {
        let is_org = |f: &Found| matches!(&f.ent, EntId::New(id, _) if id.starts_with("org:"));
        if !sel.iter().any(is_org) {
            return;
        }
        // Words compared without «و», «ال»/«لل» and a nisba's gender: «الائتلاف السوري
        // المعارض» is the «الائتلاف الوطني لقوى الثورة والمعارضة السورية» named before.
        let content = |w: &'_ str| -> String {
            let w = w.strip_prefix("وال").map_or(w, |x| &w[w.len() - x.len() - "ال".len()..]);
            let w = w.strip_prefix("لل").or_else(|| w.strip_prefix("ال")).filter(|x| x.len() >= 4).unwrap_or(w);
            // «لطوارئ الولاية» and «للطوارئ»: the indefinite complement's «لـ» too.
            let w = w.strip_prefix('ل').filter(|x| x.chars().count() >= 4).unwrap_or(w);
            let w = self.head_word(w);
            w.strip_suffix('ه').filter(|x| x.chars().count() >= 3).unwrap_or(w).to_string()
        };
        // Distinct (entity, words) of the article's bodies of two words or more.
        let mut seen: HashSet<(&EntId, &str)> = HashSet::default();
        let mut bodies: Vec<(&EntId, Vec<String>)> = Vec::new();
        for f in sel.iter() {
            let body = match &f.ent {
                EntId::Lex(i) => !self.ents[*i as usize].place && !self.ents[*i as usize].person,
                EntId::New(id, _) => id.starts_with("org:"),
            };
            let text = &m[f.s..f.e];
            if body && text.contains(' ') && seen.insert((&f.ent, text)) {
                bodies.push((&f.ent, text.split(' ').map(content).collect()));
            }
        }
        let mut renamed: HashMap<EntId, EntId> = HashMap::default();
        for (short_ent, short) in &bodies {
            if !matches!(short_ent, EntId::New(id, _) if id.starts_with("org:")) {
                continue;
            }
            let mut pick: Option<&EntId> = None;
            let mut several = false;
            for (other, long) in &bodies {
                if long.len() <= short.len() || long[0] != short[0] || other == short_ent {
                    continue;
                }
                if !short.iter().all(|w| long.contains(w)) {
                    continue;
                }
                match pick {
                    None => pick = Some(other),
                    Some(p) if p == *other => {}
                    Some(_) => several = true,
                }
            }
            // Two bodies fit (or two forms of the short name fit two bodies): leave it.
            let to = match (pick, several) {
                (Some(e), false) => match renamed.get(*short_ent) {
                    Some(prev) if prev != e => (*short_ent).clone(),
                    _ => e.clone(),
                },
                (Some(_), true) => (*short_ent).clone(),
                _ => continue,
            };
            renamed.insert((*short_ent).clone(), to);
        }
        if renamed.is_empty() {
            return;
        }
        for f in sel.iter_mut() {
            if let Some(e) = renamed.get(&f.ent) {
                f.ent = e.clone();
            }
        }
    }

    /// A new body whose words open a lexicon name of a body the article names («الحركة
    /// الشعبية لتحرير السودان» in an article that names «الحركة الشعبية - شمال») is that body,
    /// when only one of the article's bodies fits.
    fn known_by_first_words(&self, m: &str, sel: &mut [Found]) {
        let mut known: Vec<u32> = sel
            .iter()
            .filter_map(|f| match f.ent {
                EntId::Lex(i) if !self.ents[i as usize].place && !self.ents[i as usize].person => Some(i),
                _ => None,
            })
            .collect();
        known.sort_unstable();
        known.dedup();
        if known.is_empty() {
            return;
        }
        let mut renamed: Vec<(EntId, u32)> = Vec::new();
        // The known bodies' names, folded once per article and only if a new body asks.
        let mut names: Option<Vec<(u32, Vec<String>)>> = None;
        for f in sel.iter() {
            let EntId::New(id, _) = &f.ent else { continue };
            let t = &m[f.s..f.e];
            if !id.starts_with("org:") || !t.contains(' ') || renamed.iter().any(|(e, _)| *e == f.ent) {
                continue;
            }
            let names = names.get_or_insert_with(|| {
                known.iter().map(|&i| (i, self.lex.actor(&self.ents[i as usize].id).map_or(Vec::new(), |a| a.full_names().map(key).collect()))).collect()
            });
            let opens = format!("{t} ");
            let mut fits = names.iter().filter(|(_, ns)| ns.iter().any(|n| n.starts_with(&opens))).map(|(i, _)| *i);
            if let (Some(i), None) = (fits.next(), fits.next()) {
                renamed.push((f.ent.clone(), i));
            }
        }
        for f in sel.iter_mut() {
            if let Some((_, i)) = renamed.iter().find(|(e, _)| *e == f.ent) {
                f.ent = EntId::Lex(*i);
            }
        }
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
                // «الوزارة»: the last body named «وزارة …» (not a place or a person).
                // («النظام الصحي»: a head with its own adjective is another thing.)
                Anaphor::SameHead
                    if next_word(m, e).is_some_and(|w| {
                        let u = &m[w.s..w.e];
                        w.tight && is_adjective(u) && u.chars().count() >= 5 && !self.stop.contains(u)
                    }) =>
                {
                    None
                }
                Anaphor::SameHead => {
                    let h = self.head_word(&m[s..e]);
                    before.iter().rev().find(|f| {
                        let first = m[f.s..f.e].split(' ').next().unwrap_or("");
                        let body = match &f.ent {
                            EntId::Lex(i) => !self.ents[*i as usize].place && !self.ents[*i as usize].person,
                            EntId::New(id, _) => id.starts_with("org:"),
                        };
                        body && f.e > f.s + first.len() && self.head_word(first) == h
                    })
                }
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
        // A loaded common noun names its actor only where the actor is named (full names
        // found in step 2 are all in `sel`).
        if pay.refers_back {
            return pay.names.iter().find(|n| in_text(n.ent)).map(|n| EntId::Lex(n.ent));
        }
        // The entity itself, or its armed wing, named in full.
        let names_it = |j: u32| shorts.iter().copied().find(|&i| j == i || self.ents[j as usize].wing_of == Some(i));
        if !shorts.is_empty() {
            let latest = before
                .iter()
                .rev()
                .find_map(|f| match f.ent {
                    EntId::Lex(j) => names_it(j),
                    _ => None,
                })
                .or_else(|| shorts.iter().copied().find(|&i| in_text(i)))
                .or_else(|| sel.iter().find_map(|f| match f.ent {
                    EntId::Lex(j) => names_it(j),
                    _ => None,
                }));
            // A government's short name that is also a town's («القاهرة») is the town where a
            // place stands («في القاهرة», «بالقاهرة», «مطار القاهرة»); after a verb
            // `capitals_as_states` reads it as the state.
            let town = latest
                .filter(|&i| !self.ents[i as usize].place && self.in_place_position(m, s))
                .and_then(|_| pay.names.iter().find(|n| n.kind != NK::Short && self.ents[n.ent as usize].place));
            if let Some(t) = town {
                return Some(EntId::Lex(t.ent));
            }
            if let Some(i) = latest {
                if single_person && !self.name_context(m, p, s, e, true) {
                    return None;
                }
                return Some(EntId::Lex(i));
            }
        }
        // A small town's one-word name («مرزق»), short in the gazetteer, in an article that
        // named a place of its country, when the word is rare in news.
        if pay.words == 1 && !shorts.is_empty() {
            let core = m[s..e].strip_prefix("ال").filter(|x| x.len() >= 4).unwrap_or(&m[s..e]);
            // With its proclitic, the whole word must be rare too: «بلاد» is no «ب» + «لاد».
            let whole = &m[word_start(m, s)..e];
            let rare = |w: &str| !self.common.contains(w) && self.news_df.get(w).is_none_or(|&n| n < 30);
            if rare(core) && rare(whole) {
                let pick = shorts.iter().copied().find(|&i| {
                    let x = &self.ents[i as usize];
                    x.gazetteer_town
                        && x.country.is_some()
                        && named.iter().any(|&n| n != i && self.ents[n as usize].place && self.ents[n as usize].country == x.country)
                });
                if let Some(i) = pick {
                    return Some(EntId::Lex(i));
                }
            }
        }
        if let Some(i) = self.by_theatre(pay, sel) {
            return Some(EntId::Lex(i));
        }
        let full: Vec<u32> = pay.names.iter().filter(|n| n.kind != NK::Short).map(|n| n.ent).collect();
        if !full.is_empty() {
            let pick = full.iter().copied().find(|&i| in_text(i)).unwrap_or(full[0]);
            return Some(EntId::Lex(pick));
        }
        // An unresolved surname in a clear name context: the one person the data knows by
        // it («الدبيبة»), else a placeholder the run may link.
        if single_person && self.name_context(m, p, s, e, false) && !self.word_not_surname(m, s, e) {
            if let [only] = shorts.as_slice() {
                return Some(EntId::Lex(*only));
            }
            return Some(EntId::New(derived_id("person", &m[s..e]), "person"));
        }
        None
    }

    /// Among bodies sharing this name that say where they act (lexicon `countries`), none
    /// named here in full: the one whose countries the article's places name most, if one
    /// leads («غارات التحالف» in an article on Abyan and Aden is the Saudi-led coalition).
    fn by_theatre(&self, pay: &Payload, sel: &[Found]) -> Option<u32> {
        let cands: Vec<u32> = pay.names.iter().map(|n| n.ent).filter(|&i| !self.ents[i as usize].theatre.is_empty()).collect();
        if cands.len() < 2 {
            return None;
        }
        let score = |i: u32| {
            let t = &self.ents[i as usize].theatre;
            sel.iter()
                .filter(|f| matches!(f.ent, EntId::Lex(j) if self.ents[j as usize].country.is_some_and(|c| t.contains(&c))))
                .count()
        };
        let mut scored: Vec<(usize, u32)> = cands.iter().map(|&i| (score(i), i)).collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0));
        (scored[0].0 > 0 && scored[0].0 > scored[1].0).then_some(scored[0].1)
    }

    /// A surname the lexicon knows, standing alone with its bearer not named here, that is
    /// a word or someone else's: a title or role («وقال المهندس طارق …»), a nationality
    /// («الرئيس التركي»), after another given name («ماجد عسيري»), or where a place stands (`heads.locative`: «في المنفى», «في الصدر»).
    fn word_not_surname(&self, m: &str, s: usize, e: usize) -> bool {
        let w = &m[s..e];
        self.keys.get(w).is_some_and(|&i| self.payloads[i as usize].role)
            || self.nisba_country.contains_key(w)
            || prev_word(m, word_start(m, s)).is_some_and(|x| {
                let t = &m[x.s..x.e];
                // «ماجد عسيري»: right after another given name, another person's surname.
                x.tight && (self.locative.contains(t) || (self.first_names.contains(t) && !self.given_also_words.contains(t)))
            })
    }

    /// A head noun as it stands in a derived id: without «ال», synonyms made one
    /// («ميناء» → «مرفأ», «مشفى» → «مستشفى»).
    /// The first words of a body named in full, cut before its complement («الحركة الشعبية
    /// لتحرير السودان» → «الحركة الشعبية», «منظمة غيث للإغاثة» → «منظمة غيث», «جهاز الإسعاف
    /// والطوارئ» → «جهاز الإسعاف»): met alone in the article, the same body. Two words at
    /// least, the first a body head; none the lexicon knows; none two bodies share.
    fn body_prefixes(&self, m: &str, sel: &[Found]) -> Vec<(String, EntId)> {
        let mut out: Vec<(String, EntId)> = Vec::new();
        let mut shared: HashSet<String> = HashSet::default();
        for f in sel {
            let body = match &f.ent {
                EntId::Lex(i) => !self.ents[*i as usize].place && !self.ents[*i as usize].person,
                EntId::New(id, _) => id.starts_with("org:"),
            };
            let ws: Vec<&str> = m[f.s..f.e].split(' ').collect();
            let first = self.bare(ws[0]);
            let first = first.strip_prefix("ال").unwrap_or(first);
            if !body || ws.len() < 3 || !matches!(self.head_of(first).and_then(|h| h.head), Some(Head::Org { .. })) {
                continue;
            }
            for k in 2..ws.len() {
                let (last, next) = (ws[k - 1], ws[k]);
                let cut = next.starts_with(['ل', 'و', 'ب']) || next == "في";
                if !cut || last.starts_with(['ل', 'و', 'ب']) || self.stop.contains(last) || !last.chars().all(is_word_char) {
                    continue;
                }
                let pre = ws[..k].join(" ");
                if self.keys.contains_key(&pre) {
                    continue;
                }
                match out.iter().find(|(p, _)| *p == pre) {
                    Some((_, e)) if *e != f.ent => {
                        shared.insert(pre);
                    }
                    Some(_) => {}
                    None => out.push((pre, f.ent.clone())),
                }
            }
        }
        out.retain(|(p, _)| !shared.contains(p));
        out
    }

    /// A short name the lexicon gives bodies of several countries (none chosen), right
    /// before a country's nisba: that country's body, named as step 3b names one.
    fn short_body_of_nisba(&self, m: &str, s: usize, e: usize, span_s: usize, pay: &Payload, occ: &Occ) -> Option<Found> {
        // «جمعية الهلال الأحمر الموريتانية»: after a head noun the head's pattern names it.
        if prev_word(m, span_s).is_some_and(|h| h.tight && self.head_of(self.bare(&m[h.s..h.e])).is_some_and(|x| x.head.is_some())) {
            return None;
        }
        let w = next_word(m, e).filter(|w| w.tight && occ.free(w.s, w.e))?;
        let fem = self.nisba_fem.get(&m[w.s..w.e])?;
        let first = pay.names.first()?;
        let ok = pay.names.iter().all(|n| {
            let x = &self.ents[n.ent as usize];
            !x.place && !x.person
        });
        if !ok || !m[s..e].contains(' ') || self.keys.contains_key(&m[s..w.e]) {
            return None;
        }
        let id = derived_id("org", &format!("{} {fem}", &m[s..w.s]));
        Some(Found { s, e: w.e, span_s, ent: EntId::New(id, self.ents[first.ent as usize].kind.as_str()), militia: false, pattern: true, nested: false })
    }

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

    /// Is the name at `s` where a place stands: after «ب» on its word, a word of
    /// `heads.locative`, or a place or site head noun («مطار», «مدينة»)?
    fn in_place_position(&self, m: &str, s: usize) -> bool {
        let ws = word_start(m, s);
        let pre = m[ws..s].trim_start_matches(['و', 'ف']);
        if pre.starts_with('ب') {
            return true;
        }
        let Some(v) = prev_word(m, ws).filter(|v| v.tight) else { return false };
        let w = &m[v.s..v.e];
        let bare = w.strip_prefix(['و', 'ف']).filter(|x| x.len() >= 4).unwrap_or(w);
        [w, bare].iter().any(|x| {
            self.locative.contains(*x) || matches!(self.head_of(x).and_then(|p| p.head), Some(Head::Place { .. }))
        })
    }

    /// Whether a name that folds onto a common word stands as a name at `[s, e)`: set off
    /// by quotes or brackets; a place where a place stands («في تدمر», «بدوما», «على
    /// تدمر», after another place in a list); an outlet with «لـ» («للميادين»); else, no
    /// «و»/«ف» attached, right after a head noun or a reporting verb («وكالة أفاد», «وقالت
    /// أفاد»). «وأفاد المصدر», «تظهر دوما نظيفة», «تدمر المنازل» are the words.
    #[allow(clippy::too_many_arguments)]
    fn stands_as_name(&self, m: &str, p: &Prepared, s: usize, e: usize, prefix: &str, elided: bool, pay: &Payload) -> bool {
        // The match text keeps a quote or bracket as a space, and remembers where.
        let ws = word_start(m, s);
        if (ws > 0 && p.is_quote(ws - 1)) || p.is_quote(e) {
            return true;
        }
        let prev = prev_word(m, ws).filter(|w| w.tight);
        let prev_t = prev.map(|w| &m[w.s..w.e]);
        let is = |f: &dyn Fn(&Ent) -> bool| pay.names.iter().any(|n| f(&self.ents[n.ent as usize]));
        if is(&|x| x.place) {
            let listed = prefix.starts_with('و')
                && prev_t.and_then(|t| self.keys.get(t).or_else(|| self.keys.get(t.strip_prefix('و')?))).is_some_and(|&i| self.payloads[i as usize].names.iter().any(|n| self.ents[n.ent as usize].place));
            // «بمدينة مشهد»: a place head with its proclitics.
            let head = prev_t.is_some_and(|t| {
                let b = t.trim_start_matches(['و', 'ف']).trim_start_matches(['ب', 'ل']);
                matches!(self.head_of(b).and_then(|h| h.head), Some(Head::Place { .. }))
            });
            // «الرباط - هسبريس»: a dateline opens its line.
            let line_start = prefix.is_empty() && prev_word(m, ws).is_none_or(|w| p.line_break(w.e, ws));
            if self.in_place_position(m, s) || listed || head || line_start || prev_t.is_some_and(|t| self.homograph_place_before.contains(t)) {
                return true;
            }
        }
        if is(&|x| x.media) && (elided || prefix == "ل") {
            return true;
        }
        // «الرئيس هادي»: a person after a title or role, or inside a full name («منصور هادي»).
        if is(&|x| x.person)
            && prefix.is_empty()
            && prev_t.is_some_and(|t| self.keys.get(t).is_some_and(|&i| self.payloads[i as usize].role) || self.first_names.contains(t))
        {
            return true;
        }
        if !prefix.is_empty() {
            return false;
        }
        prev.is_some_and(|w| {
            let t = self.bare(&m[w.s..w.e]);
            self.head_of(t).is_some_and(|h| matches!(h.head, Some(Head::Org { .. }))) || self.report_verbs.contains(t)
        })
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
        // «جهاز التكييف» is a device; «جهاز الأمن» a body.
        if self.service_heads.contains(&m[s..e]) && !self.service_nouns.contains(&m[w1.s..w1.e]) {
            return None;
        }
        // «موقع الانفجار», «موقع الصدارة»: a site or a rank, unless the name is quoted or a
        // known outlet.
        if self.indefinite_names.contains(&m[s..e])
            && is_definite(&m[w1.s..w1.e])
            && !p.is_quote(w1.s - 1)
            && !sel.iter().any(|f| f.span_s == w1.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].media))
        {
            return None;
        }
        // «الائتلاف الوطني لقوى الثورة»: «لـ» and a head that is also a complement noun
        // after a definite nisba open the complement of the body named before, no body of
        // its own («المكتب الإعلامي لوزارة الدفاع» names the ministry).
        let ws = word_start(m, s);
        if ws < s && &m[ws..s] == "ل" && self.complement_nouns.contains(&m[s..e]) && prev_word(m, ws).is_some_and(|v| v.tight && is_adjective(&m[v.s..v.e]) && m[v.s..v.e].chars().count() >= 5) {
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
        // «قناة 7»: a media head and a number name a channel; its nisba is the name's.
        if outlet_head && m[w1.s..w1.e].chars().all(|c| c.is_ascii_digit()) && occ.free(w1.s, w1.e) {
            let mut end = w1.e;
            if let Some(a) = next_word(m, end).filter(|a| a.tight && is_definite(&m[a.s..a.e]) && is_adjective(&m[a.s..a.e]) && occ.free(a.s, a.e)) {
                end = a.e;
            }
            occ.insert(s, end);
            let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
            return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
        }
        // A known name right after the head; «مرفأ العاصمة بيروت»: after «العاصمة», the
        // town named.
        let at_known = sel.iter().position(|f| f.span_s == w1.s).or_else(|| {
            let w2 = next_word(m, w1.e).filter(|w| w.tight && self.capital_words.contains(&m[w1.s..w1.e]))?;
            sel.iter().position(|f| f.span_s == w2.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].settlement))
        });
        if let Some(xi) = at_known {
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
                // «ولاية شمال دارفور»: a region found by its compass word.
                None => settlement_head && matches!(&x.ent, EntId::New(id, "region") if id.starts_with("place:")),
            };
            if combine {
                // «مدينة درنة الليبية», «بلدة X الساحلية», «تنظيم X الإرهابي»: the
                // descriptors belong to the name.
                let mut end = x.e;
                if settlement_head || armed_head {
                    end = self.descriptors_end(m, end, occ);
                }
                occ.remove(x.s, x.e);
                occ.insert(s, end);
                let militia = self.militia.iter().any(|w| w == &m[s..e]);
                let f = Found { s, e: end, span_s, ent: x.ent.clone(), militia: militia || x.militia, pattern: true, nested: false };
                sel[xi] = f.clone();
                return Some(f);
            }
            // «منسقية النازحين واللاجئين», «رابطة الصحفيين»: a civil body of a group of people.
            if let (Head::Org { outlet: false, armed: false }, Some(xe)) = (head, xe) {
                if xe.kind == "group" && !is_definite(&m[s..e]) {
                    return Some(self.body_of_group(m, s, e, span_s, xi, sel, occ));
                }
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
            let adj_end = end;
            // «مرفأ العاصمة اللبنانية بيروت»: the same place again, in apposition.
            let appos = next_word(m, end)
                .filter(|w| w.tight)
                .and_then(|w| sel.iter().position(|f| f.span_s == w.s && f.ent == x.ent));
            occ.remove(x.s, x.e);
            if let Some(yi) = appos {
                end = sel[yi].e;
                occ.remove(sel[yi].s, sel[yi].e);
                sel.remove(yi.max(xi));
                sel.remove(yi.min(xi));
            } else {
                sel.remove(xi);
            }
            occ.insert(s, end);
            // Named by the head and the place's id: «مرفأ بيروت», «ميناء بيروت» and «مرفأ
            // العاصمة اللبنانية» are one port.
            let place_id = xe.map_or("", |xe| xe.id.as_str());
            let id = derived_id(prefix, &format!("{} {place_id} {}", self.head_word(&m[s..e]), &m[x.e..adj_end]));
            return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
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
                // Several towns of that name: the one whose country the article named.
                let in_country = |i: u32| {
                    let c = self.ents[i as usize].country;
                    c.is_some() && sel.iter().any(|f| matches!(f.ent, EntId::Lex(j) if j != i && self.ents[j as usize].place && self.ents[j as usize].country == c))
                };
                let pick = match towns.as_slice() {
                    [only] => Some(*only),
                    many => {
                        let mut fit = many.iter().copied().filter(|&i| in_country(i));
                        match (fit.next(), fit.next()) {
                            (Some(i), None) => Some(i),
                            _ => None,
                        }
                    }
                };
                if let Some(only) = pick {
                    let end = self.descriptors_end(m, w1.e, occ);
                    occ.insert(s, end);
                    return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::Lex(only), militia: false, pattern: true, nested: false }));
                }
            }
        }
        // Unknown words. «ولاية» is also a term of office («ولاية خامسة»): a place only
        // before a known one.
        if self.known_only_heads.contains(&m[s..e]) {
            return None;
        }
        // «مستشفى الملك فهد», «حسينية الإمام الحسين»: a site named after a titled person.
        if matches!(head, Head::Place { settlement: false, .. }) && self.titles.contains(t1) && occ.free(w1.s, w1.e) {
            let w2 = next_word(m, w1.e).filter(|w| w.tight && occ.free(w.s, w.e))?;
            let t2 = &m[w2.s..w2.e];
            let bare2 = t2.strip_prefix("ال").unwrap_or(t2);
            let rare = is_definite(t2) && self.name_word(t2) && !self.common.contains(bare2) && self.news_df.get(bare2).is_none_or(|&n| n < 200);
            if !(self.first_names.contains(t2) || self.first_names.contains(bare2) || self.particles.contains(t2) || rare) || self.head_of(t2).is_some() {
                return None;
            }
            let mut end = w2.e;
            if self.particles.contains(t2) {
                let w3 = next_word(m, end).filter(|w| w.tight && occ.free(w.s, w.e) && self.name_word(&m[w.s..w.e]))?;
                end = w3.e;
            }
            occ.insert(s, end);
            let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
            return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
        }
        // «قرية أم سيالة»: «أم» is also «or», a stop word, but after a place head it opens
        // the name (its complement is checked below).
        let place_particle = matches!(head, Head::Place { .. }) && self.particles.contains(t1);
        // «مجلس الأمن الدولي», «قوات الأمن السورية»: a generic word after a body head, with a
        // nisba after it, is a name.
        let generic_named = matches!(head, Head::Org { outlet: false, .. })
            && !self.construct_not_heads.contains(&m[s..e])
            && is_definite(t1)
            && self.generic.contains(t1)
            && !self.stop.contains(t1)
            && next_word(m, w1.e).is_some_and(|x| {
                let u = &m[x.s..x.e];
                x.tight && is_adjective(u) && u.chars().count() >= 5 && !self.stop.contains(u) && !self.generic.contains(u) && occ.free(x.s, x.e)
            });
        if !(self.name_word(t1) || place_particle || generic_named) || self.head_of(t1).is_some() || !occ.free(w1.s, w1.e) {
            return None;
        }
        let definite = is_definite(t1);
        // «المستشفى كان», «المستشفى تعرض»: a definite head and an indefinite word are a
        // clause, not a name; «مستشفى ومسجدا», «مدينة وبلدة»: two nouns joined.
        if !definite && is_definite(&m[s..e]) && !t1.is_ascii() {
            return None;
        }
        if let Some(rest) = t1.strip_prefix('و').filter(|r| r.chars().count() >= 2) {
            let c = rest.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(rest);
            if self.head_of(rest).is_some() || self.common.contains(c) || self.news_df.get(c).is_some_and(|&n| n >= 30) {
                return None;
            }
        }
        // «مدينة يبلغ», «بلدة مجاورة», «منطقة كوارث»: a frequent word of news, unquoted
        // and indefinite, is a verb or a description.
        let quoted1 = w1.s > 0 && p_is_quote(w1.s - 1);
        let given = self.first_names.contains(t1);
        if !definite && !quoted1 && !given && matches!(head, Head::Place { .. }) && !self.particles.contains(t1) && (self.common.contains(t1) || self.news_df.get(t1).is_some_and(|&n| n >= 100)) {
            return None;
        }
        if !definite && t1.chars().count() > 3 && ((t1.ends_with("يه") && !t1.ends_with("ايه")) || t1.ends_with("يين") || t1.ends_with("يون")) {
            return None; // an indefinite adjective («قوات أمريكية»; «حماية» is a noun)
        }
        let quoted = w1.s > 0 && p_is_quote(w1.s - 1);
        if !definite && matches!(head, Head::Org { .. }) && !quoted && !t1.is_ascii() && !self.particles.contains(t1) {
            // «منظمة غيث للإغاثة والتنمية», «جمعية X للتنمية»: a civil head, a word rare in
            // news and a «لل» complement (and one «و» + definite noun) name a body.
            // Not a verb after a feminine head («غرفة استأجرت للمقابلات»).
            let verb_like = m[s..e].ends_with('ه') && t1.ends_with('ت');
            if !armed_head && !outlet_head && !verb_like && !self.common.contains(t1) && !self.stop.contains(t1) && self.news_df.get(t1).is_none_or(|&n| n < 100) {
                let comp = next_word(m, w1.e).filter(|c| c.tight && occ.free(c.s, c.e) && m[c.s..c.e].strip_prefix("لل").is_some_and(|x| x.chars().count() >= 3 && self.head_of(x).is_none()));
                if let Some(c) = comp {
                    let mut end = c.e;
                    if let Some(j) = next_word(m, end).filter(|j| j.tight && occ.free(j.s, j.e) && m[j.s..j.e].strip_prefix("وال").is_some_and(|x| x.chars().count() >= 3 && self.head_of(x).is_none() && !self.stop.contains(&m[j.s + "و".len()..j.e]))) {
                        end = j.e;
                    }
                    occ.insert(s, end);
                    let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
                    return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
                }
            }
            // «لجان مقاومة الفاشر», «شبكة أطباء السودان»: one or two nouns and a known place
            // in construct name a body of that place.
            let mut at = w1;
            for _ in 0..2 {
                let Some(x) = next_word(m, at.e).filter(|x| x.tight) else { break };
                if let Some(xi) = sel.iter().position(|f| f.span_s == x.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place)) {
                    let end = sel[xi].e;
                    occ.remove(sel[xi].s, end);
                    sel.remove(xi);
                    occ.insert(s, end);
                    let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
                    return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
                }
                let u = &m[x.s..x.e];
                if is_definite(u) || !self.name_word(u) || self.head_of(u).is_some() || !occ.free(x.s, x.e) {
                    break;
                }
                at = x;
            }
            // «منظمة حظر الأسلحة الكيميائية», «مكتب تنسيق الشؤون الإنسانية»: a noun and
            // definite words in construct, the last a nisba, name a body.
            let Some(ce) = self.construct_end(m, s, e, w1, occ) else {
                // «حركة حماس» … «وأضافت حماس»: a word the article also makes the subject of
                // a verb of saying, alone and indefinite, is a name.
                if !self.subject_heads.contains(&m[s..e]) || !(self.subject_alone(m, t1, w1.s) || self.named_in_context(m, p, s, w1)) {
                    return None;
                }
                // «تنظيم X الإرهابي»: the judging words after the name are the mention's.
                let mut w_end = w1.e;
                while let Some(d) = next_word(m, w_end).filter(|d| d.tight && self.descriptors.contains(&m[d.s..d.e]) && occ.free(d.s, d.e)) {
                    w_end = d.e;
                }
                occ.insert(s, w_end);
                let id = if armed_head { derived_id(prefix, t1) } else { derived_id(prefix, &format!("{} {t1}", self.head_word(&m[s..e]))) };
                let militia = self.militia.iter().any(|w| w == &m[s..e]);
                return Some(insert_found(sel, Found { s, e: w_end, span_s, ent: EntId::New(id, kind), militia, pattern: true, nested: false }));
            };
            occ.insert(s, ce);
            let core = shapes::judged_end(m, w1.s, ce, &self.descriptors);
            let id = if armed_head {
                derived_id(prefix, &m[w1.s..shapes::without_last_nisba(m, w1.s, core)])
            } else {
                derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..core]))
            };
            return Some(insert_found(sel, Found { s, e: ce, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
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
        } else if quoted && matches!(head, Head::Org { .. }) {
            // «قوات "الكرامة الزرقاء"»: the quoted words, up to four, are the name.
            let qs = p.quotes();
            if let Some(&q) = qs[qs.partition_point(|&q| (q as usize) < w1.e)..].first() {
                let q = q as usize;
                let inner = &m[w1.s..q];
                if inner.split(' ').count() <= 4 && occ.free(w1.s, q) && !inner.split(' ').any(|w| self.stop.contains(w)) {
                    end = q;
                    n = inner.split(' ').count();
                }
            }
        } else if given && matches!(head, Head::Place { settlement: false, .. }) {
            // «مسجد محمد الأمين»: a site named after a person takes the family name.
            if let Some(w2) = next_word(m, end) {
                let t2 = &m[w2.s..w2.e];
                if w2.tight && is_definite(t2) && !is_adjective(t2) && self.name_word(t2) && self.head_of(t2).and_then(|h| h.head).is_none() && occ.free(w2.s, w2.e) {
                    end = w2.e;
                    n += 1;
                }
            }
        }
        let core_end = end;
        while n < 4 {
            let Some(w) = next_word(m, end) else { break };
            let t = &m[w.s..w.e];
            // «هيئة الإغاثة والتنمية الزامبية»: «و» and a definite noun, when a nisba ends
            // the name after it (not «هيئة الإغاثة والجيش»: a head or a known name; not after a
            // head that is also a noun of action, «تنظيم الأنشطة والبرامج …»).
            let joined = definite && !self.construct_not_heads.contains(&m[s..e]) && w.tight && t.starts_with("وال") && t.len() > "وال".len() + 4 && occ.free(w.s, w.e) && {
                let x = &t["و".len()..];
                !self.stop.contains(x)
                    && !self.generic.contains(x)
                    && self.head_of(x).is_none()
                    && self.head_of(&x["ال".len()..]).is_none()
                    && !self.collective_bodies.contains_key(x)
                    && !self.keys.contains_key(x)
                    && next_word(m, w.e).is_some_and(|a| a.tight && is_adjective(&m[a.s..a.e]) && m[a.s..a.e].chars().count() >= 5 && !self.stop.contains(&m[a.s..a.e]) && occ.free(a.s, a.e))
            };
            if joined {
                end = w.e;
                n += 1;
                continue;
            }
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
        } else if armed_head {
            // «ميليشيا X», «قوات X», «جماعة X»: the same X whatever a camp calls it (and
            // whatever judgement follows it: «تنظيم X الإرهابي»).
            let core = shapes::judged_end(m, w1.s, end, &self.descriptors);
            derived_id(prefix, &m[w1.s..shapes::without_last_nisba(m, w1.s, core)])
        } else {
            // «المستشفى الأهلي» and «مستشفى الأهلي» are one name.
            let core = shapes::judged_end(m, w1.s, end, &self.descriptors);
            derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..core]))
        };
        Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia, pattern: true, nested: false }))
    }

    /// Whether the name `x` stands in a lineage somewhere in the text: after «بن», «بنت»
    /// or «ابن», or before «بن».
    fn in_lineage(&self, m: &str, x: &str) -> bool {
        memchr::memmem::find_iter(m.as_bytes(), x.as_bytes()).any(|s| {
            let e = s + x.len();
            let before = prev_word(m, s).is_some_and(|w| self.lineage.contains(&m[w.s..w.e]));
            let after = next_word(m, e).is_some_and(|w| self.lineage.contains(&m[w.s..w.e]));
            before || after
        })
    }

    /// Whether `x` is a name of a place of the lexicon («قناة روسيا اليوم»: Russia stays
    /// Russia when met alone).
    fn is_place_name(&self, x: &str) -> bool {
        self.keys.get(x).is_some_and(|&pi| self.payloads[pi as usize].names.iter().any(|n| self.ents[n.ent as usize].place))
    }

    /// Whether `x` (one word) stands alone elsewhere in the text (not at `skip`) right after
    /// a verb of saying («وأضافت حماس», «ونقلت رويترز»): the article uses it as a name. Not
    /// a given name («مكتب محمد» is a person's), a common word or a function word.
    fn subject_alone(&self, m: &str, x: &str, skip: usize) -> bool {
        if x.chars().count() < 3 || x.contains(' ') || self.stop.contains(x) || self.generic.contains(x) || self.first_names.contains(x) {
            return false;
        }
        let content = x.strip_prefix("ال").unwrap_or(x);
        if self.common.contains(content) || self.report_verbs.contains(x) || self.is_place_name(x) {
            return false;
        }
        memchr::memmem::find_iter(m.as_bytes(), x.as_bytes()).any(|s| {
            let e = s + x.len();
            if s == skip || next_char(m, e).is_some_and(is_word_char) {
                return false;
            }
            let ws = word_start(m, s);
            if !(ws == s || matches!(&m[ws..s], "و" | "ف")) {
                return false;
            }
            prev_word(m, ws).is_some_and(|v| v.tight && self.report_verbs.contains(self.bare(&m[v.s..v.e])))
        })
    }

    /// Whether the one indefinite word `w1` after the body head at `hs` reads as a name
    /// in its context: a judging word follows («تنظيم X الإرهابي»); the head is the
    /// subject of a verb of saying, a media head, and the name, rare in news, ends at its
    /// «أن»/«إن» or a colon («وذكرت شبكة X أن …»); or the article quotes the word alone elsewhere («وكالة X»
    /// … «وفق "X"»). Not a common, function, generic or frequent word, a given name or a
    /// place.
    fn named_in_context(&self, m: &str, p: &Prepared, hs: usize, w1: W) -> bool {
        let x = &m[w1.s..w1.e];
        if x.chars().count() < 3 || is_definite(x) || self.stop.contains(x) || self.generic.contains(x) || self.first_names.contains(x) {
            return false;
        }
        if self.common.contains(x) || self.report_verbs.contains(x) || self.is_place_name(x) || self.head_of(x).is_some() {
            return false;
        }
        let next = next_word(m, w1.e).filter(|w| w.tight);
        if next.is_some_and(|w| self.descriptors.contains(&m[w.s..w.e])) {
            return true;
        }
        // After a media head only: «حركة احتجاج» and «جماعة مسلحة» are descriptions.
        let outlet = matches!(self.head_of(&m[hs..word_end(m, hs)]).and_then(|h| h.head), Some(Head::Org { outlet: true, .. }));
        let rare = outlet && self.news_df.get(x).is_none_or(|&n| n < 300);
        let said = prev_word(m, hs).is_some_and(|v| v.tight && self.report_verbs.contains(self.bare(&m[v.s..v.e])));
        let ends = next.is_some_and(|w| crate::words::words().complementisers.contains(&m[w.s..w.e]))
            || m[w1.e..].trim_start_matches(' ').starts_with(':');
        if rare && said && ends && !p.is_quote(w1.e) {
            return true;
        }
        memchr::memmem::find_iter(m.as_bytes(), x.as_bytes()).any(|s| {
            let e = s + x.len();
            s != w1.s && s > 0 && p.is_quote(s - 1) && p.is_quote(e)
        })
    }

    /// The end of a construct name after an indefinite body head `[s, e)` and its first
    /// noun `w1`: up to three definite words, ending at the last nisba among them
    /// («حظر الأسلحة الكيميائية»); none after a media head («موقع سقوط الصاروخ …») or a
    /// head that is also a noun of action (`construct_not`), nor without a nisba
    /// («مجلس إدارة الشركة»).
    fn construct_end(&self, m: &str, s: usize, e: usize, w1: W, occ: &Occ) -> Option<usize> {
        let h = &m[s..e];
        if is_definite(h) || self.construct_not_heads.contains(h) || matches!(self.head_of(h).and_then(|p| p.head), Some(Head::Org { outlet: true, .. })) {
            return None;
        }
        let mut at = w1.e;
        let mut end = None;
        for _ in 0..3 {
            let Some(w) = next_word(m, at).filter(|w| w.tight && occ.free(w.s, w.e)) else { break };
            let t = &m[w.s..w.e];
            if !is_definite(t) || self.stop.contains(t) || self.head_of(t).is_some() {
                break;
            }
            if is_adjective(t) {
                end = Some(w.e);
            } else if end.is_some() || self.generic.contains(t) {
                break; // a noun after the nisba, or a generic noun: a clause goes on
            }
            at = w.e;
        }
        end
    }

    /// Whether a name found once («الهبيط») also reads as a word, so that its other
    /// occurrences are not taken: short, a function or generic word, frequent in news
    /// («كان», «الطفل»; a name a few dozen articles of a year use, «زمزم», is still a name),
    /// a given name, or met too often in this text (an article about a camp names it
    /// a dozen times; a word met more is a word).
    fn wordlike(&self, m: &str, core: &str) -> bool {
        let content = core.strip_prefix("ال").filter(|x| x.chars().count() >= 2).unwrap_or(core);
        core.chars().count() < 4
            || self.generic.contains(core)
            || self.stop.contains(core)
            || self.common.contains(content)
            || self.news_df.get(content).is_some_and(|&n| n >= 100)
            || self.first_names.contains(core)
            || memchr::memmem::find_iter(m.as_bytes(), core.as_bytes()).count() > 12
    }

    /// The names a plural or dual settlement head lists («مدن X وY، وZ», «بلدتي X وY»), as
    /// (start, end, kind) of the names no mention holds yet. A list counts when it has two
    /// names at least (exactly two after a dual) joined by «و» or «،», every name a word or
    /// two that can start a name; a frequent word of news («البيضاء») only in a list that
    /// holds a known place, as every name after a head that needs one («مناطق»: «مناطق
    /// النزاع والنزوح»). A known name that is no place spoils the list.
    fn list_pattern(&self, m: &str, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize, &'static str)> {
        let mut out = Vec::new();
        let mut at = 0;
        for &h in words {
            if h.s < at {
                continue;
            }
            at = h.e;
            let t = &m[h.s..h.e];
            // (The quick filter first: most words are no head, and counting chars costs.)
            let head = |x: &str| if self.quick.list_heads.maybe(x) { self.list_heads.get(x) } else { None };
            let bare = || t.strip_prefix(['و', 'ب', 'ف', 'ل']).filter(|x| self.quick.list_heads.maybe(x) && x.chars().count() >= 3);
            let Some(&(kind, dual, needs_known)) = head(t).or_else(|| bare().and_then(head)) else {
                continue;
            };
            // (start, end, known place)
            let mut items: Vec<(usize, usize, bool)> = Vec::new();
            let mut pos = h.e;
            let mut ok = true;
            loop {
                let Some(w) = next_word(m, pos) else { break };
                let gap = m[pos..w.s].trim();
                let first = items.is_empty();
                let mut ws = w.s;
                if first {
                    if !w.tight {
                        break;
                    }
                } else if gap == "،" || gap == "," {
                    // «… ودرنة، وغمرت مناطق»: past a comma only a known place goes on.
                    if m[w.s..].starts_with('و') && !sel.iter().any(|f| f.span_s == w.s) {
                        ws += 'و'.len_utf8();
                    }
                    if !sel.iter().any(|f| f.span_s == ws) {
                        break;
                    }
                } else if w.tight && m[w.s..w.e].starts_with('و') {
                    ws += 'و'.len_utf8();
                } else {
                    break;
                }
                // A known name here: a place continues the list, anything else spoils it.
                if let Some(f) = sel.iter().find(|f| f.span_s == w.s || f.span_s == ws) {
                    let place = match &f.ent {
                        EntId::Lex(i) => self.ents[*i as usize].place,
                        EntId::New(id, _) => id.starts_with("place:"),
                    };
                    if !place {
                        ok = false;
                        break;
                    }
                    // «مدن الجنوب اليمني وثاني …»: a region found by its compass word vouches
                    // for no town beside it.
                    let region = matches!(&f.ent, EntId::New(_, "region"));
                    items.push((f.s, f.e, !region));
                    pos = f.e;
                    continue;
                }
                if ws >= w.e {
                    break;
                }
                let u = &m[ws..w.e];
                // «معزولا»: an accusative adjective, not a name.
                let accusative = u.ends_with('ا') && self.news_df.get(u).is_some_and(|&n| n >= 5);
                if accusative || !self.name_word(u) || self.head_of(u).is_some() || self.list_heads.contains_key(u.strip_prefix('و').unwrap_or(u)) || !occ.free(ws, w.e) {
                    if first {
                        ok = false;
                    }
                    break;
                }
                // «بستان القصر», «عين العرب»: a particle or an indefinite noun takes the
                // definite word after it.
                let mut end = w.e;
                if let Some(x) = next_word(m, end) {
                    let v = &m[x.s..x.e];
                    let takes = self.particles.contains(u) || (!is_definite(u) && is_definite(v) && !is_adjective(v));
                    if x.tight && takes && self.name_word(v) && occ.free(x.s, x.e) && !sel.iter().any(|f| f.span_s == x.s) {
                        end = x.e;
                    }
                }
                items.push((ws, end, false));
                pos = end;
                if dual && items.len() == 2 {
                    break;
                }
            }
            if !ok || items.len() < 2 || (dual && items.len() != 2) {
                continue;
            }
            // A frequent word of news («القتال», «البيضاء») names a place only beside a
            // known one.
            let known = items.iter().any(|x| x.2);
            let new: Vec<_> = items.iter().filter(|x| !x.2).collect();
            let frequent = |x: &str| {
                let c = x.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(x);
                self.common.contains(c) || self.news_df.get(c).is_some_and(|&n| n >= 100)
            };
            if !known && (needs_known || new.iter().any(|x| m[x.0..x.1].split(' ').any(frequent))) {
                continue;
            }
            out.extend(new.into_iter().map(|&(s, e, _)| (s, e, kind)));
        }
        out
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

    /// The end of a person's name that starts with the word `w`: it and up to four more; a
    /// particle («بن», «عبد», «أبو», «آل») takes the word after it, a family name with «ال»
    /// ends the name.
    fn name_end(&self, m: &str, p: &Prepared, w: W, occ: &Occ) -> usize {
        let s = w.s;
        let t = &m[w.s..w.e];
        let mut end = w.e;
        let mut n = 1;
        let mut last_end = w.e; // end of the name without a trailing particle
        let mut after_particle = self.particles.contains(t);
        // The definite word of a compound given name («عبد المنعم») does not end the name.
        let mut compound = false;
        while n < 5 {
            let Some(x) = next_word(m, end) else { break };
            let u = &m[x.s..x.e];
            // A name ends at a line's end or a quotation mark («دانيال" المتوسطية»).
            if !x.tight || !occ.free(x.s, x.e) || p.is_quote(end) || p.line_break(end, x.s) {
                break;
            }
            if !after_particle {
                // «وبمشاركة», «والذي», «وكذلك»: «و» and another proclitic open a new phrase.
                if !self.name_word(u) || self.head_of(u).is_some() || self.conjoined_prefixes.iter().any(|c| u.starts_with(c.as_str())) {
                    break;
                }
                // «وكان الحاج صالح مطلوبا»: an accusative word of news («مطلوب») ends it.
                if let Some(stem) = u.strip_suffix('ا').filter(|x| x.chars().count() >= 3) {
                    if self.common.contains(stem) || self.news_df.get(stem).is_some_and(|&n| n >= 30) {
                        break;
                    }
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
        last_end
    }

    /// Bodies named by a definite head noun, one or more adjectives and a complement with
    /// «لـ» («المركز الوطني للأرصاد الجوية», «المفوضية السامية لشؤون اللاجئين», «اللجنة
    /// العليا للطوارئ والاستجابة»), as (start, end, kind): the complement («لل» + noun, or
    /// «لـ» + one of `complement_nouns` and the definite noun after it) takes its
    /// adjectives and one «و» + definite noun.
    /// Without the complement («اللجنة العليا») it is a description, not a name.
    fn definite_body_pattern(&self, m: &str, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize, &'static str)> {
        let mut out = Vec::new();
        let mut at = 0;
        let free = |a: usize, b: usize| occ.free_of(sel, a, b);
        for &h in words {
            if h.s < at {
                continue;
            }
            at = h.e;
            let t = &m[h.s..h.e];
            // «المركز», «والمركز», «بالمركز»: the head without its article.
            let (s, bare) = match t.strip_prefix("ال") {
                Some(b) => (h.s, b),
                None => match ["وال", "بال", "فال"].iter().find_map(|p| t.strip_prefix(p)) {
                    Some(b) => (h.s + "و".len(), b),
                    None => continue,
                },
            };
            // «الجهاز الفني للفريق», «الجهاز العصبي»: a device head's nisba is no body.
            if self.service_heads.contains(bare) {
                continue;
            }
            // Bodies, and institutions with a site head («المعهد», «الجامعة»).
            let collective_get = |x: &str| if self.quick.collective_bodies.maybe(x) { self.collective_bodies.get(x) } else { None };
            let collective = collective_get(t).or_else(|| t.strip_prefix('و').and_then(collective_get)).copied();
            let kind = match self.head_of(bare).and_then(|x| x.head) {
                Some(Head::Org { armed: true, .. }) if collective.is_some() => "armed_group",
                _ if collective.is_some() => "org",
                Some(Head::Org { outlet: true, .. }) => "outlet",
                Some(Head::Org { armed: true, .. }) => "armed_group",
                Some(Head::Org { .. }) => "org",
                Some(Head::Place { kind: k @ ("institute" | "university" | "college" | "hospital"), .. }) => k,
                _ => continue,
            };
            let mut end = h.e;
            // «القناة 13 العبرية»: a media head and a number name a channel, with its nisba.
            if kind == "outlet" {
                if let Some(n) = next_word(m, end).filter(|n| n.tight && m[n.s..n.e].bytes().all(|b| b.is_ascii_digit()) && free(n.s, n.e)) {
                    end = n.e;
                    if let Some(a) = next_word(m, end).filter(|a| a.tight && is_definite(&m[a.s..a.e]) && is_adjective(&m[a.s..a.e]) && free(a.s, a.e)) {
                        end = a.e;
                    }
                    at = end;
                    out.push((s, end, kind));
                    continue;
                }
            }
            let mut adjectives = 0;
            // Nisbas, nationalities included («الأميركي»), but not «الذي» or «الماضي».
            let adjective = |t: &str| is_adjective(t) && t.chars().count() >= 5 && !matches!(t, "الذي" | "التي" | "الماضي" | "الماضيه" | "الحالي" | "الحاليه" | "الجاري" | "التالي");
            while let Some(w) = next_word(m, end).filter(|w| w.tight && adjective(&m[w.s..w.e]) && free(w.s, w.e)) {
                end = w.e;
                adjectives += 1;
            }
            // «المجلس الوطني للمقاومة»: a head with a «لـ» complement is read below.
            let complement = self.head_of(bare).is_some_and(|x| x.head.is_some())
                && next_word(m, end).is_some_and(|w| w.tight && m[w.s..w.e].starts_with('ل'));
            // «المعارضة التشادية», «الأمن الإسرائيلي»: a collective body and its nisba;
            // judging words may stand among them («الفصائل المسلحة الفلسطينية»).
            if let Some(masculine) = collective.filter(|_| !complement) {
                loop {
                    let Some(w) = next_word(m, end).filter(|w| w.tight && free(w.s, w.e)) else { break };
                    let u = &m[w.s..w.e];
                    if self.descriptors.contains(u) {
                        end = w.e;
                    } else if (adjective(u) || (adjectives > 0 && is_adjective(u) && !self.stop.contains(u) && u != "الي")) && end > h.e && !matches!(u, "الموالي" | "المواليه") {
                        // («الجيش السوري الحر»: a short adjective after the nisba.)
                        end = w.e;
                        adjectives += 1;
                    } else {
                        break;
                    }
                }
                // The first nisba agrees: «وزير الخارجية الأمريكي» is the minister's.
                let agrees = next_word(m, h.e).is_some_and(|w| {
                    let u = &m[w.s..w.e];
                    // «القوات الموالية للرئيس»: loyal to someone, a description.
                    !matches!(u, "الموالي" | "المواليه") && (self.descriptors.contains(u) || u.ends_with("يه") != masculine)
                });
                // A name the lexicon knows («الدفاع المدني», a short name) is left to it.
                let known = self.keys.contains_key(&m[s..end]);
                if adjectives > 0 && agrees && !known && free(s, end) {
                    at = end;
                    out.push((s, end, kind));
                }
                continue;
            }
            let Some(c) = next_word(m, end).filter(|w| w.tight) else { continue };
            let ct = &m[c.s..c.e];
            let Some(inner) = ct.strip_prefix("لل").map(|x| (x, true)).or_else(|| ct.strip_prefix('ل').map(|x| (x, false))) else { continue };
            // «لاستقبال الجرحى», «لدعوات الليبيين»: a purpose or a verb's object, not a
            // complement of the name; «للهيئة العامة …»: a body of another, left whole.
            let purpose = !inner.1 && !self.complement_nouns.contains(inner.0);
            let of_body = inner.1 && self.head_of(inner.0).is_some_and(|x| x.head.is_some());
            if adjectives == 0 || purpose || of_body || inner.0.chars().count() < 3 || self.stop.contains(ct) || !free(s, c.e) {
                continue;
            }
            end = c.e;
            // «لحقوق الإنسان», «لشؤون اللاجئين»: an indefinite complement takes its noun.
            // «لطوارئ ولاية شمال كردفان»: or a known place, whole.
            if !inner.1 {
                match next_word(m, end) {
                    Some(w) if w.tight && is_definite(&m[w.s..w.e]) && self.name_word(&m[w.s..w.e]) && free(w.s, w.e) => end = w.e,
                    Some(w) if w.tight => match sel.iter().find(|f| f.s == w.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place)) {
                        Some(f) => end = f.e,
                        None => continue,
                    },
                    _ => continue,
                }
            }
            while let Some(w) = next_word(m, end).filter(|w| w.tight && adjective(&m[w.s..w.e]) && free(w.s, w.e)) {
                end = w.e;
            }
            if let Some(w) = next_word(m, end) {
                let u = &m[w.s..w.e];
                // Not «والمجلس …»: another body's head.
                if w.tight && u.starts_with("وال") && u.len() > "وال".len() + 4 && !self.stop.contains(&u["و".len()..]) && self.head_of(&u["وال".len()..]).is_none() && free(w.s, w.e) {
                    end = w.e;
                    // «لقوى الثورة والمعارضة السورية»: the nisba after it too.
                    while let Some(w) = next_word(m, end).filter(|w| w.tight && adjective(&m[w.s..w.e]) && free(w.s, w.e)) {
                        end = w.e;
                    }
                }
            }
            at = end;
            out.push((s, end, kind));
        }
        out
    }

    /// Datelines that name the outlet: a line that starts with one to three name words and
    /// a dash, then a sentence of five words or more («سرايا - أكدت وكالة سانا …»), or a
    /// line that is only a known place, a dash and the name («رام الله – المواطن»). Page
    /// words («عاجل», «خاص») and frequent single words are no outlet.
    fn dateline_outlets(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize)> {
        let dash = |a: usize, b: usize| matches!(m[a..b].trim(), "-" | "–" | "—" | "ـ");
        let known = |s: usize| sel.iter().find(|f| f.span_s == s);
        let mut out = Vec::new();
        let mut prev_end: Option<usize> = None;
        let mut at = 0;
        let mut cur = 0;
        for &w in words {
            if w.s < at {
                continue;
            }
            at = w.e;
            let line_start = prev_end.is_none_or(|pe| p.line_break_seq(pe, w.s, &mut cur));
            prev_end = Some(w.e);
            if !line_start {
                continue;
            }
            // The line's words, up to the dash (at most three).
            let mut line: Vec<W> = vec![w];
            let mut start = w;
            // «رام الله – المواطن»: a known place first.
            if let Some(f) = known(w.s) {
                let place = matches!(&f.ent, EntId::Lex(i) if self.ents[*i as usize].place);
                let Some(x) = next_word(m, f.e).filter(|x| place && dash(f.e, x.s) && !p.line_break(f.e, x.s)) else { continue };
                start = x;
                line = vec![x];
            }
            let mut end_w = start;
            while line.len() <= 3 {
                let Some(x) = next_word(m, end_w.e) else { break };
                if p.line_break(end_w.e, x.s) || !x.tight {
                    break;
                }
                line.push(x);
                end_w = x;
            }
            // The name ends before the dash.
            let Some(k) = (0..line.len().min(3)).find(|&k| next_word(m, line[k].e).is_some_and(|x| dash(line[k].e, x.s) && !p.line_break(line[k].e, x.s)) || (start.s != w.s && next_word(m, line[k].e).is_none_or(|x| p.line_break(line[k].e, x.s)))) else { continue };
            let (s, e) = (start.s, line[k].e);
            let name = &m[s..e];
            let ok_word = |t: &str| self.name_word(t) && !self.page_words.contains(t) && !t.bytes().any(|b| b.is_ascii_digit());
            let first_ok = name.split(' ').next().is_some_and(ok_word);
            let rest_ok = name.split(' ').skip(1).all(|t| !self.stop.contains(t) && !t.bytes().any(|b| b.is_ascii_digit()));
            if !first_ok || !rest_ok || !occ.free(s, e) || sel.iter().any(|f| f.span_s < e && s < f.e) {
                continue;
            }
            // «حاتم العميري- سبق- جدة»: a reporter's byline.
            if self.first_names.contains(name.split(' ').next().unwrap_or("")) {
                continue;
            }
            // «(كونا) – أعلن …»: a word in brackets is a name however frequent it is.
            let bracketed = s > 0 && p.is_quote(s - 1) && p.is_quote(e);
            if k == 0 && (self.common.contains(name) || (!bracketed && self.news_df.get(name.strip_prefix("ال").unwrap_or(name)).is_some_and(|&n| n >= 300))) {
                continue;
            }
            // A sentence after the dash, on the same line (not for the «place – name» line).
            if start.s == w.s {
                let mut n = 0;
                let mut pos = e;
                while let Some(x) = next_word(m, pos) {
                    if p.line_break(pos, x.s) || n >= 5 {
                        break;
                    }
                    n += 1;
                    pos = x.e;
                }
                if n < 5 {
                    continue;
                }
            }
            out.push((s, e));
        }
        out
    }

    /// «أتلانتا، الولايات المتحدة (CNN) – …»: a dateline's places, then the outlet in
    /// brackets and a dash. One to three words, Latin or not frequent in news.
    fn bracketed_dateline_outlets(&self, m: &str, p: &Prepared, sel: &[Found], occ: &Occ) -> Vec<(usize, usize)> {
        let qs = p.quotes();
        let mut out = Vec::new();
        for k in 0..qs.len().saturating_sub(1) {
            let (qo, qc) = (qs[k] as usize, qs[k + 1] as usize);
            if qc <= qo + 1 || qc - qo > 40 || !m.is_char_boundary(qo + 1) {
                continue;
            }
            // A known place right before the bracket, a dash right after it.
            if !sel.iter().any(|f| f.e == qo && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place)) {
                continue;
            }
            let after = m[qc..].trim_start();
            if !["-", "–", "—"].iter().any(|d| after.starts_with(d)) {
                continue;
            }
            let (s, e) = (qo + 1, qc);
            let inner = &m[s..e];
            let ws: Vec<&str> = inner.split(' ').collect();
            let ok = ws.len() <= 3
                && ws.iter().all(|w| {
                    if w.is_ascii() {
                        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphanumeric())
                    } else {
                        self.name_word(w) && !self.stop.contains(*w) && !self.common.contains(*w) && !self.page_words.contains(*w)
                    }
                });
            if ok && occ.free(s, e) && !sel.iter().any(|f| f.span_s < e && s < f.e) {
                out.push((s, e));
            }
        }
        out
    }

    /// The end of a name found without a role, which starts with the given name `w`: more
    /// given names, a particle and its complement, a family name with «ال» that is not
    /// frequent in news (it ends the name), or a rare word. A word with a proclitic
    /// («بتحقيق», «وأيمن»: the next name of a list), a pronoun suffix («احتياطياتنا») or
    /// an accusative ending («مبعوثا», «رئيسا») ends the name.
    /// A listed given name that is not also a common word («أحمد», «سالم»; not «أمل»):
    /// with «ال» it is a family name («الأحمد», «السالم»).
    fn family_of_given(&self, stem: &str) -> bool {
        stem.chars().count() >= 3 && self.first_names.contains(stem) && !self.given_also_words.contains(stem)
    }

    fn free_name_end(&self, m: &str, p: &Prepared, w: W, occ: &Occ) -> usize {
        let df = |x: &str| self.news_df.get(x).copied().unwrap_or(0);
        let mut end = w.e;
        let mut last = w.e;
        let mut n = 1;
        let mut after_particle = self.particles.contains(&m[w.s..w.e]);
        // Right after a given name of the list, or after a compound given name («عبد
        // الحميد»), the next word is a family name unless it is frequent: «أسامة حماد»,
        // «عبد الحميد السالم» (later words must be rarer).
        let head_given = self.first_names.contains(&m[w.s..w.e]) && !self.given_also_words.contains(&m[w.s..w.e]);
        let mut after_compound = false;
        let mut din_before = false;
        while n < 5 {
            let Some(x) = next_word(m, end) else { break };
            let u = &m[x.s..x.e];
            if !x.tight
                || !occ.free(x.s, x.e)
                || p.is_quote(end)
                || p.line_break(end, x.s)
                || self.stop.contains(u)
                || self.generic.contains(u)
                || self.head_of(u).is_some()
                || self.report_verbs.contains(self.bare(u))
            {
                break;
            }
            let given = self.first_names.contains(u) && !self.given_also_words.contains(u);
            // «زين الدين», «سيف الدين»: a compound given name, whatever its first word.
            let din = self.din_compounds.contains(u) && next_word(m, x.e).is_some_and(|y| y.tight && &m[y.s..y.e] == "الدين");
            let ok = after_particle
                || given
                || din
                || (u == "الدين" && din_before)
                || self.particles.contains(u)
                || if is_definite(u) {
                    let stem = &u["ال".len()..];
                    let most = if after_compound { 1000 } else { 200 };
                    (df(stem) < most && !self.common.contains(stem)) || self.family_of_given(stem)
                } else {
                    let chars = u.chars().count();
                    let proclitic = u.starts_with(['و', 'ب', 'ل', 'ك', 'ف']) && (u[2..].starts_with("ال") || df(&u[2..]) >= 30);
                    let suffix = chars >= 5 && ["ها", "هم", "نا", "كم", "هما"].iter().any(|x| u.ends_with(x));
                    // Not a verb («عبد الله يشكك») nor an adjective («لجان تطوعية»).
                    let relaxed = ((n == 1 && head_given) || after_compound)
                        && !u.starts_with('ي')
                        && !["يه", "ين", "ون"].iter().any(|x| u.ends_with(x));
                    let most = if relaxed { 100 } else { 30 };
                    // «للكاتب»: a preposition and the article, never a name.
                    !u.starts_with('و') && !u.starts_with("لل") && !proclitic && !suffix && !u.ends_with('ا') && df(u) < most && !self.common.contains(u)
                };
            if !ok {
                break;
            }
            // «عبد الرحمن»: the definite word of a compound given name does not end it.
            let compound = (after_particle && n == 1) || (u == "الدين" && din_before);
            din_before = din;
            after_compound = compound;
            end = x.e;
            n += 1;
            after_particle = self.particles.contains(u);
            if !after_particle {
                last = end;
                // «أيمن الحميش»: a family name with «ال» ends the name unless «بن» follows.
                if is_definite(u) && !compound {
                    match next_word(m, end) {
                        Some(y) if y.tight && self.particles.contains(&m[y.s..y.e]) => {}
                        _ => break,
                    }
                }
            }
        }
        last
    }

    /// People named without a role: a given name of the list, then one to four more names,
    /// the second a given name, a particle's complement, or a word that is not frequent in
    /// news («أيمن الحميش»); after a given name that is also a word, only another given
    /// name («حسن محمد الغباش», not «حسن النية»). A name right
    /// after a particle («أبو», «بن») is left to the name it belongs to.
    fn given_name_pattern(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &mut Occ) -> Vec<Found> {
        let frequent = |x: &str| {
            let c = x.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(x);
            self.common.contains(c) || self.news_df.get(c).is_some_and(|&n| n >= 300)
        };
        let mut out = Vec::new();
        let mut at = 0;
        for &w in words {
            if w.s < at {
                continue;
            }
            let mut w = w;
            at = w.e;
            let t0 = &m[w.s..w.e];
            if !(self.quick.first_names.maybe(t0) && self.first_names.contains(t0)) {
                match t0.strip_prefix(['و', 'ل', 'ب', 'ف']) {
                    Some(r) if self.quick.first_names.maybe(r) && r.chars().count() >= 2 && self.first_names.contains(r) => w.s += 'و'.len_utf8(),
                    _ => continue,
                }
            }
            let t = &m[w.s..w.e];
            if self.common.contains(t) || self.stop.contains(t) || !occ.free(w.s, w.e) || sel.iter().any(|f| f.span_s <= w.s && w.s < f.e) {
                continue;
            }
            if prev_word(m, w.s).is_some_and(|x| x.tight && self.particles.contains(&m[x.s..x.e])) {
                continue;
            }
            let Some(x) = next_word(m, w.e).filter(|x| x.tight) else { continue };
            let u = &m[x.s..x.e];
            // A definite word after a given name is a family name unless it is common
            // («دانيال السواحل»: the storm and the coasts).
            // «محمد الأحمد»، «خالد السالم»: a given name with «ال» is a family name.
            let family = is_definite(u) && self.family_of_given(&u["ال".len()..]);
            let common_def = is_definite(u) && !family && (self.common.contains(&u["ال".len()..]) || self.news_df.get(&u["ال".len()..]).is_some_and(|&n| n >= 200));
            if !self.name_word(u) || (common_def && !self.particles.contains(t)) {
                continue;
            }
            let ok = if self.given_also_words.contains(t) {
                // «وقالت إيمان عياد»: right after a verb of saying, a rare word after it too.
                let after_speech = prev_word(m, w.s).is_some_and(|x| x.tight && self.report_verbs.contains(self.bare(&m[x.s..x.e])));
                (self.first_names.contains(u) && !self.given_also_words.contains(u))
                    || (after_speech && !is_definite(u) && !frequent(u) && self.news_df.get(u).is_none_or(|&n| n < 30))
            } else {
                // «وجدي زين الدين»: a compound given name with «الدين» after the first.
                let din = self.din_compounds.contains(u) && next_word(m, x.e).is_some_and(|y| y.tight && &m[y.s..y.e] == "الدين");
                self.first_names.contains(u) || family || self.particles.contains(t) || self.particles.contains(u) || !frequent(u) || din
            };
            if !ok {
                continue;
            }
            let end = self.free_name_end(m, p, w, occ);
            if m[w.s..end].split(' ').count() < 2 || !occ.free(w.s, end) {
                continue;
            }
            occ.insert(w.s, end);
            at = end;
            out.push(Found {
                s: w.s,
                e: end,
                span_s: w.s,
                ent: EntId::New(derived_id("person", &m[w.s..end]), "person"),
                militia: false,
                pattern: true,
                nested: false,
            });
        }
        out
    }

    /// The names a person is «known as» right after their name («X المعروف بأبي عمر»,
    /// «الملقب بـ"الحاج"», «المكنى بالذباح», words.toml names.known_as): a kunya and the
    /// word after it, a quoted name of up to three words, or one rare definite word. Each
    /// with the forms it is met in elsewhere («أبو عمر», «أبي عمر», «أبا عمر»).
    fn known_as_names(&self, m: &str, p: &Prepared, sel: &[Found], occ: &Occ) -> Vec<(Found, Vec<String>)> {
        let mut out = Vec::new();
        for f in sel {
            let person = match &f.ent {
                EntId::Lex(i) => self.ents[*i as usize].person,
                EntId::New(id, _) => id.starts_with("person:"),
            };
            if !person {
                continue;
            }
            let Some(k) = next_word(m, f.e).filter(|k| k.tight || m[f.e..k.s].trim() == ",") else { continue };
            if !self.known_as.contains(&m[k.s..k.e]) {
                continue;
            }
            let Some(x) = next_word(m, k.e).filter(|x| x.tight) else { continue };
            // «بـ» alone (before a quote) or joined to the name.
            let first = if &m[x.s..x.e] == "ب" {
                match next_word(m, x.e) {
                    Some(y) if y.e - y.s >= 2 => y,
                    _ => continue,
                }
            } else if let Some(rest) = m[x.s..x.e].strip_prefix('ب').filter(|r| r.chars().count() >= 2) {
                W { s: x.e - rest.len(), e: x.e, tight: true }
            } else {
                continue;
            };
            let quoted = first.s > 0 && p.is_quote(first.s - 1);
            let w0 = &m[first.s..first.e];
            let mut names = Vec::new();
            let end = if let Some(nom) = self.kunya.get(w0) {
                // «أبو» + a name («أبو عمر»; «أبو عبد الله»).
                let Some(y) = next_word(m, first.e).filter(|y| y.tight && !p.is_quote(first.e) && self.name_word(&m[y.s..y.e])) else { continue };
                let mut e = y.e;
                if self.particles.contains(&m[y.s..y.e]) {
                    match next_word(m, y.e).filter(|z| z.tight && self.name_word(&m[z.s..z.e])) {
                        Some(z) => e = z.e,
                        None => continue,
                    }
                }
                let rest = &m[y.s..e];
                for (g, n) in &self.kunya {
                    if n == nom {
                        names.push(format!("{g} {rest}"));
                    }
                }
                e
            } else if quoted {
                // Up to the closing quote, three words at most.
                let mut e = first.e;
                let mut n = 1;
                while !p.is_quote(e) {
                    match next_word(m, e).filter(|y| y.tight) {
                        Some(y) if n < 3 => {
                            e = y.e;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                if !p.is_quote(e) && e != m.len() {
                    continue;
                }
                names.push(m[first.s..e].to_string());
                e
            } else if is_definite(w0) && w0.chars().count() >= 5 && !self.stop.contains(w0) && !self.generic.contains(w0) && {
                let stem = &w0["ال".len()..];
                !self.common.contains(stem) && self.news_df.get(stem).is_none_or(|&n| n < 100)
            } {
                names.push(w0.to_string());
                first.e
            } else {
                continue;
            };
            if !occ.free(first.s, end) || m[first.s..end].split(' ').any(|w| self.stop.contains(w)) {
                continue;
            }
            let alias = Found { s: first.s, e: end, span_s: first.s, ent: f.ent.clone(), militia: false, pattern: true, nested: false };
            out.push((alias, names));
        }
        out
    }

    /// Agencies named by their initials, Arabic letters spelled one a word: three or more
    /// («د ب أ»), or two between brackets, quotes or line ends («(أ ب)»); «تي في» after
    /// them is the agency's television («أ ف ب تي في»).
    fn initials_outlets(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize, usize)> {
        let letter = |w: &W| {
            let mut c = m[w.s..w.e].chars();
            matches!((c.next(), c.next()), (Some(x), None) if ('\u{0621}'..='\u{064A}').contains(&x))
        };
        let edge = |a: usize, b: usize| a == b || (a..b).any(|i| p.is_quote(i)) || p.line_break(a, b);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if !letter(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && letter(&words[j]) && words[j].tight && !p.is_quote(words[j - 1].e) {
                j += 1;
            }
            let (s, mut e) = (words[i].s, words[j - 1].e);
            let before = if i == 0 { true } else { edge(words[i - 1].e, s) };
            let after = words.get(j).is_none_or(|w| edge(e, w.s)) || m[e..].trim_start().starts_with(['.', '،', ',', ':']);
            let n = j - i;
            // «البند أ و ب»: «و» inside is «and».
            let and = words[i + 1..j].iter().any(|w| &m[w.s..w.e] == "و");
            if !and && (n >= 3 || (n == 2 && before && after)) {
                let letters_end = e;
                if let (Some(a), Some(b)) = (words.get(j), words.get(j + 1)) {
                    if a.tight && b.tight && &m[a.s..a.e] == "تي" && &m[b.s..b.e] == "في" {
                        e = b.e;
                    }
                }
                if occ.free(s, e) && !sel.iter().any(|f| f.s < e && s < f.e) {
                    out.push((s, letters_end, e));
                }
            }
            i = j;
        }
        out
    }

    /// Speakers named by apposition: a verb of saying, two or three words rare in news
    /// (none common, a function word, a head, a known name; the first indefinite), then a
    /// role, after a comma or not («وقال كورنيل مابوتو، المتحدث باسم الجيش»): a person.
    fn speaker_pattern(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &mut Occ) -> Vec<Found> {
        let df = |x: &str| self.news_df.get(x.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(x)).copied().unwrap_or(0);
        let is_role = |x: &str| self.keys.get(x).is_some_and(|&i| self.payloads[i as usize].role);
        let mut out = Vec::new();
        for (i, v) in words.iter().enumerate() {
            let verb = self.bare(&m[v.s..v.e]);
            if !(self.quick.report_verbs.maybe(verb) && self.report_verbs.contains(verb)) {
                continue;
            }
            let mut end = None;
            for k in 1..=3 {
                let Some(x) = words.get(i + k) else { break };
                let u = &m[x.s..x.e];
                let prev_end = words[i + k - 1].e;
                if !x.tight
                    || p.is_quote(prev_end)
                    || p.line_break(prev_end, x.s)
                    || !occ.free(x.s, x.e)
                    || sel.iter().any(|f| f.span_s < x.e && x.s < f.e)
                    || u.chars().count() < 3
                    || self.stop.contains(u)
                    || self.generic.contains(u)
                    || self.head_of(u).is_some()
                    || self.keys.contains_key(u)
                    || self.report_verbs.contains(self.bare(u))
                    || self.common.contains(u.strip_prefix("ال").unwrap_or(u))
                    || u.bytes().any(|b| b.is_ascii_digit())
                    || (k == 1 && is_definite(u))
                    || df(u) >= if k == 1 { 30 } else { 100 }
                    || !self.name_word(u)
                {
                    break;
                }
                let Some(r) = words.get(i + k + 1) else { break };
                let gap = m[x.e..r.s].trim();
                if k >= 2 && (r.tight || gap == "،" || gap == ",") && !p.is_quote(x.e) && is_role(&m[r.s..r.e]) {
                    end = Some(x.e);
                }
            }
            let Some(e) = end else { continue };
            let s = words[i + 1].s;
            occ.insert(s, e);
            out.push(Found { s, e, span_s: s, ent: EntId::New(derived_id("person", &m[s..e]), "person"), militia: false, pattern: true, nested: false });
        }
        out
    }

    fn role_pattern(&self, m: &str, p: &Prepared, rs: usize, e: usize, sel: &[Found], occ: &mut Occ) -> Option<Found> {
        let title = self.titles.contains(&m[rs..e]);
        // A one-letter title is an abbreviation: «د.» with its dot, never «د» alone.
        if m[rs..e].chars().count() == 1 && !m[e..].trim_start().starts_with('.') {
            return None;
        }
        let mut pos = e;
        let mut commas = 0;
        for _ in 0..10 {
            let w = next_word(m, pos)?;
            if !w.tight {
                // One comma or dash may stand between the complement and the name.
                let gap = m[pos..w.s].trim();
                // «د. X», «د.X»: the abbreviation's dot.
                let dot = gap == "." && pos == e && m[rs..e].chars().count() == 1;
                if commas == 0 && (matches!(gap, "," | "-" | "–") || dot) {
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
            // «المتحدث باسم الجيش الفاتح …»: a listed given name with «ال» starts the name.
            let skip = (is_definite(t) && !self.first_names.contains(t))
                || has_article_proclitic(t)
                || matches!(t, "في" | "باسم" | "لدي" | "عن" | "ل" | "ب" | "لشوون" | "لمكتب" | "عام")
                // Rank words after a title: «الفريق أول ركن X».
                || (title && RANK_WORDS.contains(&t))
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
            // «د.» stands before any word a doctor's name could follow («د. إبراهيم», a
            // quoted «د. "X"», or a rare name): not taken as direct.
            let abbrev = m[rs..e].chars().count() == 1;
            let between: Vec<&str> = m[e..w.s].split(|c: char| !is_word_char(c)).filter(|x| !x.is_empty()).collect();
            let direct = title && !abbrev && between.is_empty();
            // «وقالت المتحدثة ماديفي سون سوون، لـ…»: words met nowhere in news, up to a
            // comma or a clause, are a foreign name no list holds.
            let rare = |x: &str| {
                let suffix = x.chars().count() >= 5 && ["ته", "تك", "ها", "هم", "كم"].iter().any(|s| x.ends_with(s));
                !suffix && !self.common.contains(x) && !self.stop.contains(x) && self.news_df.get(x).is_none_or(|&n| n < 10)
            };
            // «الملازم الأول X», «الفريق أول ركن X»: after rank words, a given name or a rare
            // word (not «الفريق الأول لكرة القدم», the first team).
            let direct = direct || (title && !abbrev && between.iter().all(|x| RANK_WORDS.contains(x)) && (self.first_names.contains(t) || (!t.starts_with(['ل', 'و', 'ب', 'ف']) && !self.common.contains(t) && !self.stop.contains(t) && self.news_df.get(t).is_none_or(|&n| n < 100))));
            let unlisted = !self.first_names.contains(t) && !quoted && !direct && rare(t) && {
                let end = self.name_end(m, p, w, occ);
                let all_rare = m[w.s..end].split(' ').all(|x| rare(x) && !is_definite(x));
                let closed = next_word(m, end).is_none_or(|x| !x.tight || matches!(&m[x.s..x.e], "ان" | "انه" | "انها" | "ل"));
                all_rare && closed && m[w.s..end].split(' ').count() >= 2
            };
            if !(self.first_names.contains(t) || quoted || direct || unlisted) {
                return None;
            }
            let s = w.s;
            // After «د.» the name ends as a name with no role does (no frequent words).
            let end = if abbrev { self.free_name_end(m, p, w, occ) } else { self.name_end(m, p, w, occ) };
            let n = m[s..end].split(' ').count();
            // «مراسل وكالة "X برس"»: a name ending like an outlet is the outlet's.
            let outlet_like = m[s..end].rsplit(' ').next().is_some_and(|x| self.outlet_suffixes.iter().any(|o| o == x));
            if n < 2 || !occ.free(s, end) || outlet_like {
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

