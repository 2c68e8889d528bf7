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

mod bodies;
mod context;
mod datelines;
mod find;
mod heads;
mod lists;
mod load;
mod people;
mod prep;
mod scan;
mod shapes;
mod text;
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
pub use text::outermost;
use text::*;

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
    /// A full name of two bodies or more, each acting in given countries (lexicon
    /// `countries`), or one body's regional alias: which one it is, if any, the article's
    /// places tell ([`Recognizer::by_theatre`]).
    pub by_theatre: bool,
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
    /// Section `forms` of words.toml (recognition of name forms; see find.rs).
    forms: words::FormWords,
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
}


