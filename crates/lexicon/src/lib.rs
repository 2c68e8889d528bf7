//! Riwaya's language data: the actors, places and outlets of the news under all their
//! Arabic names, and the loaded ("framing") words outlets attach to them.
//!
//! The data lives in `data/lexicon/*.toml` (schema in `data/lexicon/README.md`); every file
//! there is embedded at build time ([`Lexicon::embedded`]), and users may add folders of
//! their own ([`Lexicon::load`], the `--lexicon DIR` option of the tools).
//!
//! # Validation
//!
//! Loading checks the data and fails with a [`LexiconError`] naming the file, the line and
//! the reason when:
//! - a file is not valid TOML, has an unknown table or field, or a `kind` the schema lacks
//!   (actor kinds, place kinds, term positions and signals are closed sets);
//! - a file's top-level `kind` does not match the tables it holds;
//! - an `id` is not kebab-case ASCII, or is defined twice in the same layer (the embedded
//!   data is one layer, each user folder is another);
//! - an id of one schema is redefined as another (an actor id reused for a place);
//! - a `parent` names no entry of the same schema, or parents form a cycle;
//! - `lat`/`lon` are out of range or only one of them is given;
//! - a name (`name_ar`, an alias, a short alias, a partisan alias, a term text) is empty or
//!   has leading/trailing white space;
//! - `domains`, `outlet_signatures` or `source_names` are set on an actor whose kind is not
//!   `outlet` or `agency`; a domain or source name is claimed by two outlets;
//! - a loaded term with `position = "standalone"` has no `entity`, or its `entity` (any
//!   position) names no actor.
//!
//! It returns warnings (and still loads) when:
//! - a user entry overrides an id defined in an earlier layer (both files are named);
//! - one name, after [`normalize`], is a full name of two different entities (an ambiguous
//!   alias: the resolver must decide by context). Short aliases (surnames, bare words such
//!   as «التحالف») may be shared freely: they only resolve to an entity already named in
//!   full in the same article;
//! - two loaded terms have the same normalised text.
//!
//! The embedded data loads with no warning (a test checks it).

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

mod gazetteer;
mod nationality;
pub use nationality::{nationalities, parse_nationalities, Nationality, NATIONALITIES_TSV};

// ---------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------

pub use riwaya_model::{ActorKind, PlaceKind};

/// The stance a word carries towards the actor it names or qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    Pejorative,
    Delegitimising,
    Legitimising,
    Neutral,
}

impl Signal {
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::Pejorative => "pejorative",
            Signal::Delegitimising => "delegitimising",
            Signal::Legitimising => "legitimising",
            Signal::Neutral => "neutral",
        }
    }
}

/// Where a loaded term stands relative to the actor name it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Before the name: «إرهابيي داعش», «ميليشيا قسد», «ما يسمى بـ"الإدارة الذاتية"».
    Before,
    /// After the name: «"الإدارة الذاتية" المزعومة», «داعش الإرهابي».
    After,
    /// The term itself names an actor (`entity`): «الدواعش» → isis, «قوات النظام» → syrian-government.
    Standalone,
}

impl Position {
    pub fn as_str(self) -> &'static str {
        match self {
            Position::Before => "before",
            Position::After => "after",
            Position::Standalone => "standalone",
        }
    }
}

/// Where an entry was defined.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// `data/lexicon/actors_syria.toml` for embedded files, the path given for user files.
    pub file: String,
    /// 1-based line of the entry's table header.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A name that only one side uses (and what it says about the speaker).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartisanAlias {
    pub text: String,
    #[serde(default)]
    pub note: Option<String>,
    pub signal: Signal,
}

/// An actor: armed group, state force, government body, party, agency, outlet, NGO,
/// person, international organisation, or a group of people (civilians).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name_en: String,
    /// Short English label used as a claim's subject ("ISIS", "SDF", "coalition"), when it
    /// differs from `name_en`. See [`Actor::subject_label`].
    #[serde(default)]
    pub subject: Option<String>,
    pub name_ar: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub parent: Option<String>,
    /// Full Arabic names (spelling variants included) that denote this actor anywhere.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Names that denote this actor only once it has been named in full in the same article
    /// (surnames: «كيربي»; bare words: «التحالف»). Several entities may share one.
    #[serde(default)]
    pub short_aliases: Vec<String>,
    #[serde(default)]
    pub partisan_aliases: Vec<PartisanAlias>,
    /// Words every war has («قوات المعارضة», «القوات الحكومية») that denote this actor only
    /// in an article about its `countries` (whose places name them most); elsewhere they
    /// are a body of their own words. Several actors may share one.
    #[serde(default)]
    pub regional_aliases: Vec<String>,
    /// Outlets: web domains (`aljazeera.net`, `bbc.com/arabic`).
    #[serde(default)]
    pub domains: Vec<String>,
    /// Outlets: phrases by which an article names its own outlet («مصادر الميادين»).
    #[serde(default)]
    pub outlet_signatures: Vec<String>,
    /// Outlets: the `source` field value in the SaudiNewsNet corpus.
    #[serde(default)]
    pub source_names: Vec<String>,
    /// ISO 3166-1 alpha-2 codes (capitals, as a place's `country`) of the countries where the actor acts, for bodies that share a short name
    /// («التحالف»: the US-led coalition in Syria and Iraq, the Saudi-led one in Yemen): an
    /// article that names neither in full means the one whose countries its places name.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

impl Actor {
    /// The label used as a claim's subject: `subject` when set, else `name_en`.
    pub fn subject_label(&self) -> &str {
        self.subject.as_deref().unwrap_or(&self.name_en)
    }
    /// `name_ar`, then every alias and partisan alias (not the short aliases).
    pub fn full_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name_ar.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.partisan_aliases.iter().map(|p| p.text.as_str()))
    }
    pub fn is_outlet(&self) -> bool {
        self.kind.is_media()
    }
}

/// A place: country, governorate, city … down to a bakery or a roundabout.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name_en: String,
    pub name_ar: String,
    pub kind: PlaceKind,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// As for actors: names valid only once the place was named in full.
    #[serde(default)]
    pub short_aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the country (on countries; others inherit it).
    #[serde(default)]
    pub country: Option<String>,
    /// First-level division (governorate, province), in English, when the data gives it.
    #[serde(default)]
    pub admin1: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

/// Where a place is, for an event's geo-reference: coordinates from the place or its
/// nearest located parent, the country code, the first-level division.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceGeo {
    pub lat: f64,
    pub lon: f64,
    pub country: String,
    pub admin1: Option<String>,
    /// ACLED-style: 1 the town itself, 2 a district or area, 3 a province or country.
    pub precision: u8,
}

impl Place {
    /// `name_ar`, then every alias (not the short aliases).
    pub fn full_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name_ar.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
    /// `(lat, lon)` when known.
    pub fn coords(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

/// A loaded word or phrase an outlet attaches to (or uses instead of) an actor's name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadedTerm {
    pub id: String,
    /// The Arabic pattern, as written («إرهابيي», «ما يسمى بـ», «قوات النظام»).
    pub text: String,
    /// Other spellings of the same term («مليشيا» for «ميليشيا»).
    #[serde(default)]
    pub variants: Vec<String>,
    pub position: Position,
    /// The actor the term names (`standalone`) or is reserved for (`before`/`after`).
    #[serde(default)]
    pub entity: Option<String>,
    pub signal: Signal,
    /// A `standalone` term that is also a common noun («الإرهاب», terrorism): it names its
    /// actor only in an article that names the actor otherwise too.
    #[serde(default)]
    pub refers_back: bool,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

impl LoadedTerm {
    /// `text` then the variants.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.text.as_str()).chain(self.variants.iter().map(String::as_str))
    }
}

/// An actor or a place, looked up by id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Entity<'a> {
    Actor(&'a Actor),
    Place(&'a Place),
}

impl<'a> Entity<'a> {
    pub fn id(&self) -> &'a str {
        match self {
            Entity::Actor(a) => &a.id,
            Entity::Place(p) => &p.id,
        }
    }
    pub fn name_en(&self) -> &'a str {
        match self {
            Entity::Actor(a) => &a.name_en,
            Entity::Place(p) => &p.name_en,
        }
    }
    pub fn name_ar(&self) -> &'a str {
        match self {
            Entity::Actor(a) => &a.name_ar,
            Entity::Place(p) => &p.name_ar,
        }
    }
    /// The kind as written in the data (`armed_group`, `city` …).
    pub fn kind_str(&self) -> &'static str {
        match self {
            Entity::Actor(a) => a.kind.as_str(),
            Entity::Place(p) => p.kind.as_str(),
        }
    }
    pub fn parent(&self) -> Option<&'a str> {
        match self {
            Entity::Actor(a) => a.parent.as_deref(),
            Entity::Place(p) => p.parent.as_deref(),
        }
    }
    pub fn origin(&self) -> &'a Origin {
        match self {
            Entity::Actor(a) => &a.origin,
            Entity::Place(p) => &p.origin,
        }
    }
}

/// How a name relates to the entity it denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// `name_ar`.
    Canonical,
    Alias,
    /// Valid only after a full name in the same article.
    Short,
    /// Valid only in an article whose places are in the actor's countries.
    Regional,
    Partisan(Signal),
}

/// One name of one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Name<'a> {
    /// As written in the data.
    pub text: &'a str,
    pub entity: &'a str,
    pub kind: NameKind,
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// A lexicon that cannot be used: the file, the line (1-based; 0 when the whole file is at
/// fault) and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.file, self.reason)
        }
    }
}

impl std::error::Error for LexiconError {}

/// An ISO 3166-1 alpha-2 code as the data writes it: two capital letters («SY»).
fn is_iso_country(c: &str) -> bool {
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
}

fn err(origin: &Origin, reason: impl Into<String>) -> LexiconError {
    LexiconError {
        file: origin.file.clone(),
        line: origin.line,
        reason: reason.into(),
    }
}

// ---------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------

/// Folds the spelling variation of Arabic that carries no meaning for name matching: the
/// text core's folding (`riwaya_text::normalize`: diacritics and tatweel stripped, hamza
/// and alef forms, ى → ي, ة → ه, Persian letters, digits), then quotes removed, runs of
/// white space made one space, Latin letters lower-cased, and the result trimmed.
pub fn normalize(s: &str) -> String {
    let folded = riwaya_text::normalize::normalize_str(s);
    let mut out = String::with_capacity(folded.len());
    let mut space = false;
    for c in folded.chars() {
        match c {
            '"' | '\'' | '«' | '»' => continue,
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// [`normalize`], then strips one leading attached particle and article from the first
/// word: «لـ» / «ل», «بـ» / «ب», «و», «ف», «ك» before «ال», and «ال» itself
/// («للتحالف» → «تحالف», «والتحالف» → «تحالف», «التحالف» → «تحالف»). Used to compare names
/// that differ only by such a prefix; too aggressive for running text (it would eat the
/// first letter of «بغداد» only when followed by «ال», which no name starts with).
pub fn name_key(s: &str) -> String {
    let n = normalize(s);
    let (first, rest) = match n.find(' ') {
        Some(i) => (&n[..i], &n[i..]),
        None => (n.as_str(), ""),
    };
    let stripped = strip_prefix_article(first);
    format!("{stripped}{rest}")
}

fn strip_prefix_article(w: &str) -> &str {
    // «لل» = ل + ال with the alif dropped.
    if let Some(r) = w.strip_prefix("لل") {
        if r.chars().count() >= 2 {
            return r;
        }
    }
    for p in ["وال", "بال", "فال", "كال", "ال"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                return r;
            }
        }
    }
    w
}

// ---------------------------------------------------------------------------------------
// The lexicon
// ---------------------------------------------------------------------------------------

/// Every actor, place and loaded term, validated, with lookup indexes.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    actors: Vec<Actor>,
    places: Vec<Place>,
    terms: Vec<LoadedTerm>,
    actor_ix: HashMap<String, usize>,
    place_ix: HashMap<String, usize>,
    term_ix: HashMap<String, usize>,
    /// normalised name → names.
    names: HashMap<String, Vec<(usize, NameKind, EntRef)>>,
    domains: Vec<(String, usize)>,
    source_names: HashMap<String, usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum EntRef {
    Actor(usize),
    Place(usize),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRaw {
    #[serde(default)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    actor: Vec<Spanned<Actor>>,
    #[serde(default)]
    place: Vec<Spanned<Place>>,
    #[serde(default)]
    term: Vec<Spanned<LoadedTerm>>,
}

/// The entries of one file.
struct Parsed {
    actors: Vec<Actor>,
    places: Vec<Place>,
    terms: Vec<LoadedTerm>,
}

fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn parse_file(file: &str, text: &str) -> Result<Parsed, LexiconError> {
    let raw: FileRaw = toml::from_str(text).map_err(|e| LexiconError {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)).unwrap_or(0),
        reason: e.message().trim().to_string(),
    })?;
    let origin_at = |span: std::ops::Range<usize>| Origin {
        file: file.to_string(),
        line: line_of(text, span.start),
    };
    if let Some(kind) = &raw.kind {
        let o = origin_at(kind.span());
        let (ok, has) = match kind.get_ref().as_str() {
            "actors" | "outlets" => (raw.place.is_empty() && raw.term.is_empty(), "[[actor]]"),
            "places" => (raw.actor.is_empty() && raw.term.is_empty(), "[[place]]"),
            "loaded_terms" | "terms" => (raw.actor.is_empty() && raw.place.is_empty(), "[[term]]"),
            "mixed" => (true, ""),
            other => {
                return Err(err(
                    &o,
                    format!(
                        "unknown file kind {other:?} (expected \"actors\", \"outlets\", \"places\", \"loaded_terms\" or \"mixed\")"
                    ),
                ))
            }
        };
        if !ok {
            return Err(err(
                &o,
                format!("file kind {:?} may hold only {has} tables", kind.get_ref()),
            ));
        }
    }
    let mut p = Parsed {
        actors: vec![],
        places: vec![],
        terms: vec![],
    };
    for s in raw.actor {
        let o = origin_at(s.span());
        let mut a = s.into_inner();
        a.origin = o;
        p.actors.push(a);
    }
    for s in raw.place {
        let o = origin_at(s.span());
        let mut x = s.into_inner();
        x.origin = o;
        p.places.push(x);
    }
    for s in raw.term {
        let o = origin_at(s.span());
        let mut t = s.into_inner();
        t.origin = o;
        p.terms.push(t);
    }
    Ok(p)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn check_name(o: &Origin, id: &str, what: &str, s: &str) -> Result<(), LexiconError> {
    if s.trim().is_empty() {
        return Err(err(o, format!("{id}: empty {what}")));
    }
    if s.trim() != s {
        return Err(err(
            o,
            format!("{id}: {what} {s:?} has leading or trailing white space"),
        ));
    }
    Ok(())
}

/// The host (and path) of a domain or URL, lower-cased, without scheme, `www.`, port,
/// query or trailing slash: `https://www.BBC.com/arabic/x?y` → `bbc.com/arabic/x`.
fn clean_host(s: &str) -> String {
    let s = s.trim().to_ascii_lowercase();
    let s = s.split_once("://").map(|(_, r)| r).unwrap_or(&s);
    let s = s.split(['?', '#']).next().unwrap_or("");
    let (host, path) = match s.find('/') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    format!("{host}{}", path.trim_end_matches('/'))
}

/// The ids and file names listed (one a line, `#` comments) in the file that
/// `RIWAYA_LEXICON_DROP` names: a bench hook for a cold lexicon; empty when unset or
/// unreadable.
fn drop_list_from_env() -> HashSet<String> {
    let Some(path) = std::env::var_os("RIWAYA_LEXICON_DROP") else {
        return HashSet::new();
    };
    std::fs::read_to_string(path)
        .map(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

impl Lexicon {
    /// The data embedded in the binary (every `data/lexicon/*.toml` at build time).
    /// Warnings are dropped; use [`Lexicon::load`] with no folders to see them.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        Self::load(&[]).map(|(l, _)| l)
    }

    /// The names of the embedded files (`data/lexicon/…`), sorted.
    pub fn embedded_files() -> impl Iterator<Item = &'static str> {
        EMBEDDED.iter().map(|(n, _)| *n)
    }

    /// The embedded data, then every `*.toml` of each folder in `extra_dirs` (in order;
    /// files of one folder sorted by name). A folder is one layer: an id defined again in
    /// a later layer replaces the earlier entry, with a warning naming both files.
    pub fn load(extra_dirs: &[PathBuf]) -> Result<(Lexicon, Vec<String>), LexiconError> {
        let mut layers: Vec<Vec<(String, String)>> = vec![EMBEDDED
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()];
        for dir in extra_dirs {
            layers.push(read_dir_files(dir)?);
        }
        let drop = drop_list_from_env();
        Self::from_layers_without(&layers, &drop)
    }

    /// Builds a lexicon from in-memory layers of `(file name, TOML text)`; the first layer
    /// is the base, each later one may override ids of the earlier ones. The embedded
    /// GeoNames gazetteer (`data/lexicon/gazetteer.tsv`) is merged under all of them.
    pub fn from_layers(
        layers: &[Vec<(String, String)>],
    ) -> Result<(Lexicon, Vec<String>), LexiconError> {
        Self::from_layers_without(layers, &HashSet::new())
    }

    /// As [`Lexicon::from_layers`], leaving out the entries and gazetteer rows whose id or
    /// file name (`data/lexicon/x.toml`) is in `drop`: a lexicon that has not met an event, for
    /// measuring recognition on names it lacks (`bench/aliases/cold.py`). A kept entry
    /// whose parent was left out loses its parent; a term for a left-out actor goes too.
    pub fn from_layers_without(
        layers: &[Vec<(String, String)>],
        drop: &HashSet<String>,
    ) -> Result<(Lexicon, Vec<String>), LexiconError> {
        let mut warnings = Vec::new();
        let mut actors: Vec<Actor> = Vec::new();
        let mut places: Vec<Place> = Vec::new();
        let mut terms: Vec<LoadedTerm> = Vec::new();
        // id → (schema, origin), over every layer so far.
        let mut seen: HashMap<String, (&'static str, Origin)> = HashMap::new();
        for layer in layers {
            let mut in_layer: HashMap<String, Origin> = HashMap::new();
            for (file, text) in layer {
                let parsed = parse_file(file, text)?;
                for a in parsed.actors {
                    let earlier = seen.contains_key(&a.id);
                    admit(
                        &mut seen,
                        &mut in_layer,
                        &mut warnings,
                        "actor",
                        &a.id,
                        &a.origin,
                    )?;
                    push_or_replace(&mut actors, a, earlier, |x| &x.id);
                }
                for p in parsed.places {
                    let earlier = seen.contains_key(&p.id);
                    admit(
                        &mut seen,
                        &mut in_layer,
                        &mut warnings,
                        "place",
                        &p.id,
                        &p.origin,
                    )?;
                    push_or_replace(&mut places, p, earlier, |x| &x.id);
                }
                for t in parsed.terms {
                    let earlier = seen.contains_key(&t.id);
                    admit(
                        &mut seen,
                        &mut in_layer,
                        &mut warnings,
                        "term",
                        &t.id,
                        &t.origin,
                    )?;
                    push_or_replace(&mut terms, t, earlier, |x| &x.id);
                }
            }
        }
        if !drop.is_empty() {
            let gone = |id: &str, o: &Origin| drop.contains(id) || drop.contains(&o.file);
            actors.retain(|a| !gone(&a.id, &a.origin));
            places.retain(|p| !gone(&p.id, &p.origin));
            let kept: HashSet<String> = actors
                .iter()
                .map(|a| a.id.clone())
                .chain(places.iter().map(|p| p.id.clone()))
                .collect();
            for a in &mut actors {
                a.parent = a.parent.take().filter(|p| kept.contains(p));
            }
            for p in &mut places {
                p.parent = p.parent.take().filter(|x| kept.contains(x));
            }
            terms.retain(|t| {
                !gone(&t.id, &t.origin) && t.entity.as_ref().is_none_or(|e| kept.contains(e))
            });
        }
        // The gazetteer, under every hand-written layer.
        let mut rows = gazetteer::parse(gazetteer::GAZETTEER)?;
        if !drop.is_empty() {
            rows.retain(|r| !drop.contains(&r.id));
        }
        let mut actor_names: Vec<String> = Vec::new();
        for a in &actors {
            actor_names.push(normalize(&a.name_ar));
            actor_names.extend(a.aliases.iter().chain(&a.short_aliases).map(|s| normalize(s)));
            actor_names.extend(a.partisan_aliases.iter().map(|p| normalize(&p.text)));
            actor_names.extend(a.regional_aliases.iter().map(|s| normalize(s)));
        }
        gazetteer::merge(&mut places, &actor_names, rows);
        let lex = Self::build(actors, places, terms, &mut warnings)?;
        Ok((lex, warnings))
    }

    fn build(
        actors: Vec<Actor>,
        places: Vec<Place>,
        terms: Vec<LoadedTerm>,
        warnings: &mut Vec<String>,
    ) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon {
            actor_ix: actors
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.clone(), i))
                .collect(),
            place_ix: places
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect(),
            term_ix: terms
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), i))
                .collect(),
            actors,
            places,
            terms,
            ..Default::default()
        };
        // Actors.
        for (i, a) in lex.actors.iter().enumerate() {
            let o = &a.origin;
            if a.name_en.trim().is_empty() {
                return Err(err(o, format!("{}: empty name_en", a.id)));
            }
            check_name(o, &a.id, "name_ar", &a.name_ar)?;
            for s in &a.aliases {
                check_name(o, &a.id, "alias", s)?;
            }
            for s in &a.short_aliases {
                check_name(o, &a.id, "short alias", s)?;
            }
            for p in &a.partisan_aliases {
                check_name(o, &a.id, "partisan alias", &p.text)?;
            }
            for s in &a.regional_aliases {
                check_name(o, &a.id, "regional alias", s)?;
            }
            if !a.regional_aliases.is_empty() && a.countries.is_empty() {
                return Err(err(o, format!("{}: regional_aliases need the actor's countries", a.id)));
            }
            if let Some(s) = &a.subject {
                if s.trim().is_empty() {
                    return Err(err(o, format!("{}: empty subject", a.id)));
                }
            }
            if let Some(p) = &a.parent {
                if !lex.actor_ix.contains_key(p) {
                    return Err(err(o, format!("{}: parent {p:?} is not an actor id", a.id)));
                }
            }
            for c in &a.countries {
                if !is_iso_country(c) {
                    return Err(err(o, format!("{}: country {c:?} is not an ISO 3166 alpha-2 code", a.id)));
                }
            }
            let has_outlet_fields = !(a.domains.is_empty()
                && a.outlet_signatures.is_empty()
                && a.source_names.is_empty());
            if has_outlet_fields && !a.kind.is_media() {
                return Err(err(
                    o,
                    format!(
                        "{}: domains, outlet_signatures and source_names are for kind outlet or agency, not {}",
                        a.id,
                        a.kind.as_str()
                    ),
                ));
            }
            for d in &a.domains {
                check_name(o, &a.id, "domain", d)?;
                let h = clean_host(d);
                if let Some((_, j)) = lex.domains.iter().find(|(x, _)| *x == h) {
                    let other = &lex.actors[*j];
                    return Err(err(
                        o,
                        format!(
                            "{}: domain {d:?} already belongs to {} ({})",
                            a.id, other.id, other.origin
                        ),
                    ));
                }
                lex.domains.push((h, i));
            }
            for s in &a.source_names {
                check_name(o, &a.id, "source name", s)?;
                if let Some(j) = lex.source_names.insert(s.to_ascii_lowercase(), i) {
                    let other = &lex.actors[j];
                    return Err(err(
                        o,
                        format!(
                            "{}: source name {s:?} already belongs to {} ({})",
                            a.id, other.id, other.origin
                        ),
                    ));
                }
            }
            for s in &a.outlet_signatures {
                check_name(o, &a.id, "outlet signature", s)?;
            }
        }
        // Places.
        for p in &lex.places {
            let o = &p.origin;
            if p.name_en.trim().is_empty() {
                return Err(err(o, format!("{}: empty name_en", p.id)));
            }
            check_name(o, &p.id, "name_ar", &p.name_ar)?;
            for s in &p.aliases {
                check_name(o, &p.id, "alias", s)?;
            }
            for s in &p.short_aliases {
                check_name(o, &p.id, "short alias", s)?;
            }
            if let Some(par) = &p.parent {
                if !lex.place_ix.contains_key(par) {
                    return Err(err(
                        o,
                        format!("{}: parent {par:?} is not a place id", p.id),
                    ));
                }
            }
            if let Some(c) = &p.country {
                if !is_iso_country(c) {
                    return Err(err(o, format!("{}: country {c:?} is not an ISO 3166 alpha-2 code", p.id)));
                }
            }
            match (p.lat, p.lon) {
                (Some(lat), Some(lon)) => {
                    if !(-90.0..=90.0).contains(&lat) || !lat.is_finite() {
                        return Err(err(
                            o,
                            format!("{}: lat {lat} is out of range -90..90", p.id),
                        ));
                    }
                    if !(-180.0..=180.0).contains(&lon) || !lon.is_finite() {
                        return Err(err(
                            o,
                            format!("{}: lon {lon} is out of range -180..180", p.id),
                        ));
                    }
                }
                (None, None) => {}
                _ => {
                    return Err(err(
                        o,
                        format!("{}: give both lat and lon, or neither", p.id),
                    ))
                }
            }
        }
        // Parent cycles.
        for a in &lex.actors {
            let mut cur = a.parent.as_deref();
            let mut steps = 0;
            while let Some(p) = cur {
                steps += 1;
                if p == a.id || steps > lex.actors.len() {
                    return Err(err(
                        &a.origin,
                        format!("{}: parent chain forms a cycle", a.id),
                    ));
                }
                cur = lex.actors[lex.actor_ix[p]].parent.as_deref();
            }
        }
        for x in &lex.places {
            let mut cur = x.parent.as_deref();
            let mut steps = 0;
            while let Some(p) = cur {
                steps += 1;
                if p == x.id || steps > lex.places.len() {
                    return Err(err(
                        &x.origin,
                        format!("{}: parent chain forms a cycle", x.id),
                    ));
                }
                cur = lex.places[lex.place_ix[p]].parent.as_deref();
            }
        }
        // Terms.
        let mut term_texts: HashMap<String, usize> = HashMap::new();
        for (i, t) in lex.terms.iter().enumerate() {
            let o = &t.origin;
            for s in t.texts() {
                check_name(o, &t.id, "term text", s)?;
            }
            match (&t.entity, t.position) {
                (None, Position::Standalone) => {
                    return Err(err(
                        o,
                        format!("{}: a standalone term needs an entity", t.id),
                    ))
                }
                (Some(e), _) if !lex.actor_ix.contains_key(e) => {
                    return Err(err(o, format!("{}: entity {e:?} is not an actor id", t.id)))
                }
                _ => {}
            }
            if t.refers_back && t.position != Position::Standalone {
                return Err(err(o, format!("{}: refers_back is for standalone terms", t.id)));
            }
            for s in t.texts() {
                if let Some(j) = term_texts.insert(normalize(s), i) {
                    if j != i {
                        let other = &lex.terms[j];
                        warnings.push(format!(
                            "{o}: term {} repeats the text {s:?} of term {} ({})",
                            t.id, other.id, other.origin
                        ));
                    }
                }
            }
        }
        // Name index, and ambiguous full names.
        let mut index: HashMap<String, Vec<(usize, NameKind, EntRef)>> = HashMap::new();
        let mut order = 0usize;
        let mut push = |text: &str, kind: NameKind, e: EntRef| {
            let v = index.entry(normalize(text)).or_default();
            if !v.iter().any(|(_, k, x)| *x == e && *k == kind) {
                v.push((order, kind, e));
                order += 1;
            }
        };
        for (i, a) in lex.actors.iter().enumerate() {
            let e = EntRef::Actor(i);
            push(&a.name_ar, NameKind::Canonical, e);
            for s in &a.aliases {
                push(s, NameKind::Alias, e);
            }
            for p in &a.partisan_aliases {
                push(&p.text, NameKind::Partisan(p.signal), e);
            }
            for s in &a.short_aliases {
                push(s, NameKind::Short, e);
            }
            for s in &a.regional_aliases {
                push(s, NameKind::Regional, e);
            }
        }
        for (i, p) in lex.places.iter().enumerate() {
            let e = EntRef::Place(i);
            push(&p.name_ar, NameKind::Canonical, e);
            for s in &p.aliases {
                push(s, NameKind::Alias, e);
            }
            for s in &p.short_aliases {
                push(s, NameKind::Short, e);
            }
        }
        let mut keys: Vec<&String> = index.keys().collect();
        keys.sort();
        for k in keys {
            let v = &index[k];
            let mut full: Vec<EntRef> = Vec::new();
            for (_, kind, e) in v {
                if *kind != NameKind::Short && !full.contains(e) {
                    full.push(*e);
                }
            }
            // Bodies of several countries that go by one name («القوات الحكومية»), each with
            // its `countries`, are meant to share it: the article's places decide.
            let by_countries = full.iter().all(|e| matches!(e, EntRef::Actor(i) if !lex.actors[*i].countries.is_empty()));
            if full.len() > 1 && !by_countries {
                let desc: Vec<String> = full
                    .iter()
                    .map(|e| {
                        let ent = lex.ent(*e);
                        format!("{} ({})", ent.id(), ent.origin())
                    })
                    .collect();
                warnings.push(format!(
                    "ambiguous name {k:?}: a full name of {}",
                    desc.join(" and ")
                ));
            }
        }
        lex.names = index;
        Ok(lex)
    }

    fn ent(&self, e: EntRef) -> Entity<'_> {
        match e {
            EntRef::Actor(i) => Entity::Actor(&self.actors[i]),
            EntRef::Place(i) => Entity::Place(&self.places[i]),
        }
    }

    pub fn actors(&self) -> impl Iterator<Item = &Actor> {
        self.actors.iter()
    }
    pub fn places(&self) -> impl Iterator<Item = &Place> {
        self.places.iter()
    }
    pub fn terms(&self) -> impl Iterator<Item = &LoadedTerm> {
        self.terms.iter()
    }
    /// Actors of kind `outlet` or `agency`.
    pub fn outlets(&self) -> impl Iterator<Item = &Actor> {
        self.actors.iter().filter(|a| a.kind.is_media())
    }
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_ix.get(id).map(|&i| &self.actors[i])
    }
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_ix.get(id).map(|&i| &self.places[i])
    }
    pub fn term(&self, id: &str) -> Option<&LoadedTerm> {
        self.term_ix.get(id).map(|&i| &self.terms[i])
    }
    /// An actor or place by id.
    pub fn entity(&self, id: &str) -> Option<Entity<'_>> {
        self.actor(id)
            .map(Entity::Actor)
            .or_else(|| self.place(id).map(Entity::Place))
    }

    /// The place's parents, nearest first (`hasakah-city` → `hasakah-governorate`, `syria`).
    pub fn place_ancestors(&self, id: &str) -> Vec<&Place> {
        let mut out = Vec::new();
        let mut cur = self.place(id).and_then(|p| p.parent.as_deref());
        while let Some(p) = cur.and_then(|c| self.place(c)) {
            out.push(p);
            cur = p.parent.as_deref();
        }
        out
    }
    /// Where the place is: coordinates of the place or of its nearest located parent, its
    /// country and first-level division. `None` for an unknown id or a place in no country.
    pub fn geo(&self, id: &str) -> Option<PlaceGeo> {
        let p = self.place(id)?;
        let chain: Vec<&Place> = std::iter::once(p).chain(self.place_ancestors(id)).collect();
        let country = chain.iter().find_map(|x| x.country.clone())?;
        let located = chain.iter().find(|x| x.coords().is_some())?;
        let (lat, lon) = located.coords()?;
        let admin1 = chain.iter().find_map(|x| {
            x.admin1.clone().or_else(|| (x.kind == PlaceKind::Governorate).then(|| x.name_en.clone()))
        });
        let precision = match located.kind {
            PlaceKind::Country | PlaceKind::Governorate => 3,
            PlaceKind::District | PlaceKind::Region | PlaceKind::River | PlaceKind::Field => 2,
            _ => 1,
        };
        Some(PlaceGeo { lat, lon, country, admin1, precision })
    }

    /// The actor's affiliations, nearest first (`ypg` → `sdf`).
    pub fn actor_ancestors(&self, id: &str) -> Vec<&Actor> {
        let mut out = Vec::new();
        let mut cur = self.actor(id).and_then(|a| a.parent.as_deref());
        while let Some(a) = cur.and_then(|c| self.actor(c)) {
            out.push(a);
            cur = a.parent.as_deref();
        }
        out
    }

    /// Every name of every actor and place (canonical, aliases, partisan, short).
    pub fn names(&self) -> impl Iterator<Item = Name<'_>> {
        let a = self.actors.iter().flat_map(|a| {
            std::iter::once(Name {
                text: a.name_ar.as_str(),
                entity: a.id.as_str(),
                kind: NameKind::Canonical,
            })
            .chain(a.aliases.iter().map(move |s| Name {
                text: s,
                entity: &a.id,
                kind: NameKind::Alias,
            }))
            .chain(a.partisan_aliases.iter().map(move |p| Name {
                text: &p.text,
                entity: &a.id,
                kind: NameKind::Partisan(p.signal),
            }))
            .chain(a.short_aliases.iter().map(move |s| Name {
                text: s,
                entity: &a.id,
                kind: NameKind::Short,
            }))
            .chain(a.regional_aliases.iter().map(move |s| Name {
                text: s,
                entity: &a.id,
                kind: NameKind::Regional,
            }))
        });
        let p = self.places.iter().flat_map(|p| {
            std::iter::once(Name {
                text: p.name_ar.as_str(),
                entity: p.id.as_str(),
                kind: NameKind::Canonical,
            })
            .chain(p.aliases.iter().map(move |s| Name {
                text: s,
                entity: &p.id,
                kind: NameKind::Alias,
            }))
            .chain(p.short_aliases.iter().map(move |s| Name {
                text: s,
                entity: &p.id,
                kind: NameKind::Short,
            }))
        });
        a.chain(p)
    }

    /// The entities a name denotes, compared after [`normalize`]: full names first (in
    /// data order), then the entities for which it is only a short alias.
    pub fn lookup_name(&self, text: &str) -> Vec<(Entity<'_>, NameKind)> {
        let Some(v) = self.names.get(&normalize(text)) else {
            return vec![];
        };
        let mut v: Vec<_> = v.clone();
        v.sort_by_key(|(ord, k, _)| (*k == NameKind::Short, *ord));
        v.into_iter().map(|(_, k, e)| (self.ent(e), k)).collect()
    }

    /// The outlet whose domain matches a host name or URL (`www.aljazeera.net`,
    /// `https://www.bbc.com/arabic/middleeast-1`): the longest domain that equals the host,
    /// is a parent domain of it, or (for domains with a path) prefixes host and path.
    pub fn outlet_by_domain(&self, host_or_url: &str) -> Option<&Actor> {
        let h = clean_host(host_or_url);
        let (host, path) = match h.find('/') {
            Some(i) => (&h[..i], &h[i..]),
            None => (h.as_str(), ""),
        };
        let mut best: Option<(usize, usize)> = None;
        for (d, i) in &self.domains {
            let (dh, dp) = match d.find('/') {
                Some(j) => (&d[..j], &d[j..]),
                None => (d.as_str(), ""),
            };
            let host_ok = host == dh || host.ends_with(&format!(".{dh}"));
            let path_ok = dp.is_empty()
                || path == dp
                || path.strip_prefix(dp).is_some_and(|r| r.starts_with('/'));
            if host_ok && path_ok && best.is_none_or(|(len, _)| d.len() > len) {
                best = Some((d.len(), *i));
            }
        }
        best.map(|(_, i)| &self.actors[i])
    }

    /// The outlet whose SaudiNewsNet `source` value is `name` (ASCII case ignored).
    pub fn outlet_by_source_name(&self, name: &str) -> Option<&Actor> {
        self.source_names
            .get(&name.trim().to_ascii_lowercase())
            .map(|&i| &self.actors[i])
    }

    /// Every `(signature phrase, outlet)` pair, longest phrase first (so that a matcher can
    /// try «مصادر الميادين» before «الميادين»).
    pub fn outlet_signatures(&self) -> Vec<(&str, &Actor)> {
        let mut v: Vec<(&str, &Actor)> = self
            .actors
            .iter()
            .flat_map(|a| a.outlet_signatures.iter().map(move |s| (s.as_str(), a)))
            .collect();
        v.sort_by(|x, y| {
            y.0.chars()
                .count()
                .cmp(&x.0.chars().count())
                .then(x.0.cmp(y.0))
        });
        v
    }

    /// Loaded terms that name an actor by themselves (`position = "standalone"`).
    pub fn standalone_terms(&self) -> impl Iterator<Item = &LoadedTerm> {
        self.terms
            .iter()
            .filter(|t| t.position == Position::Standalone)
    }

    /// Counts per schema: `(actors, places, terms)`.
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.actors.len(), self.places.len(), self.terms.len())
    }

    /// Actors grouped by kind, for reports.
    pub fn actor_kind_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut m = BTreeMap::new();
        for a in &self.actors {
            *m.entry(a.kind.as_str()).or_insert(0) += 1;
        }
        m
    }
}

fn admit(
    seen: &mut HashMap<String, (&'static str, Origin)>,
    in_layer: &mut HashMap<String, Origin>,
    warnings: &mut Vec<String>,
    schema: &'static str,
    id: &str,
    o: &Origin,
) -> Result<(), LexiconError> {
    if !valid_id(id) {
        return Err(err(
            o,
            format!("id {id:?} is not kebab-case ASCII (a-z, 0-9, '-')"),
        ));
    }
    if let Some(prev) = in_layer.get(id) {
        return Err(err(
            o,
            format!("id {id:?} is defined twice (first at {prev})"),
        ));
    }
    if let Some((prev_schema, prev)) = seen.get(id) {
        if *prev_schema != schema {
            return Err(err(
                o,
                format!("id {id:?} is a {schema} here but a {prev_schema} at {prev}"),
            ));
        }
        warnings.push(format!(
            "{o}: {schema} {id:?} overrides the one defined at {prev}"
        ));
    }
    in_layer.insert(id.to_string(), o.clone());
    seen.insert(id.to_string(), (schema, o.clone()));
    Ok(())
}

/// Adds `x`, or replaces the entry of its id when an earlier layer defined it (`earlier`:
/// only then is the list searched — a search per entry made loading quadratic).
fn push_or_replace<T>(v: &mut Vec<T>, x: T, earlier: bool, id: impl Fn(&T) -> &String) {
    let slot = if earlier { v.iter_mut().find(|y| id(y) == id(&x)) } else { None };
    match slot {
        Some(slot) => *slot = x,
        None => v.push(x),
    }
}

fn read_dir_files(dir: &Path) -> Result<Vec<(String, String)>, LexiconError> {
    let io = |e: std::io::Error| LexiconError {
        file: dir.display().to_string(),
        line: 0,
        reason: format!("cannot read lexicon folder: {e}"),
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| LexiconError {
            file: p.display().to_string(),
            line: 0,
            reason: format!("cannot read: {e}"),
        })?;
        out.push((p.display().to_string(), text));
    }
    Ok(out)
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn normalise_folds_variants() {
        assert_eq!(normalize("الإدارةُ  الذاتيّة"), normalize("الادارة الذاتيه"));
        assert_eq!(normalize("مستشفى"), "مستشفي");
        assert_eq!(normalize("«قسد»"), "قسد");
        assert_eq!(normalize("ANHA"), "anha");
        assert_eq!(name_key("للتحالف الدولي"), name_key("التحالف الدولي"));
        assert_eq!(name_key("بالحسكة"), "حسكه");
    }

    #[test]
    fn hosts_are_cleaned() {
        assert_eq!(
            clean_host("https://www.BBC.com/arabic/x?y=1"),
            "bbc.com/arabic/x"
        );
        assert_eq!(clean_host("sana.sy"), "sana.sy");
        assert_eq!(clean_host("http://user@www.sana.sy:8080/"), "sana.sy");
    }

    #[test]
    fn ids_are_kebab() {
        assert!(valid_id("us-led-coalition"));
        assert!(!valid_id("US"));
        assert!(!valid_id("a--b"));
        assert!(!valid_id("-a"));
    }
}
