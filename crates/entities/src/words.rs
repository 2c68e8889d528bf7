//! Closed word lists the patterns rely on — head nouns of organisations and places, roles
//! and titles that introduce a person's name, the words that end a name, reporting verbs,
//! the words that mark another's voice — read from `crates/entities/data/words.toml`
//! once per process. Written as Arabic is written; folded like every other key when used.

/// What a head noun names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    /// An organisation; `outlet` for media heads, `armed` for forces.
    Org { outlet: bool, armed: bool },
    /// A place of this kind (lexicon place-kind words, or "place").
    Place { kind: &'static str, settlement: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anaphor {
    /// «التنظيم»: the organisation (armed group) last named, preferring one called «تنظيم …».
    Organisation,
    /// «الميليشيا»: the actor last called a militia.
    Militia,
    /// «التحالف»: an alliance named earlier, else the lexicon's default.
    Alliance,
    /// «الوزارة», «المنظمة»: the body last named with the same head noun («وزارة …»).
    SameHead,
}

/// The story stage's stop words (very common words of news, without «ال»).
pub(crate) const COMMON_WORDS_TXT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../stories/data/stopwords.txt"));

/// Document frequencies of words in SaudiNewsNet (the story stage's background table).
pub(crate) const NEWS_DF_TSV: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../stories/data/background_df.tsv"));

/// Given names (`data/lexicon/given_names.tsv`): a name, a tab, its uses (`role`,
/// `arabic`, `alone`; the file's header says what each means).
pub(crate) const GIVEN_NAMES_TSV: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/given_names.tsv"));

/// The names of [`GIVEN_NAMES_TSV`] with the use `what`, as written.
fn given_names_with(what: &'static str) -> impl Iterator<Item = &'static str> {
    GIVEN_NAMES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(move |l| {
        let (name, uses) = l.split_once('\t')?;
        uses.split(',').any(|u| u.trim() == what).then_some(name.trim())
    })
}

/// Given names that start a person's name after a role word that is not a title.
pub(crate) fn role_given_names() -> impl Iterator<Item = &'static str> {
    given_names_with("role")
}

/// Common Arabic given names, matched across a run by exact spelling.
pub(crate) fn arabic_given_names() -> impl Iterator<Item = &'static str> {
    given_names_with("arabic")
}

/// Arabic given names rarely anything but a name: one opens a person's name alone.
pub(crate) fn arabic_given_names_opening() -> impl Iterator<Item = &'static str> {
    given_names_with("alone")
}

/// A nationality adjective that names its country and capital (the lexicon's
/// `nationalities.tsv`): the definite feminine nisba, the country's id and name, the
/// capital's id and name.
pub(crate) struct Nationality {
    pub nisba: String,
    pub country: (&'static str, &'static str),
    pub capital: (&'static str, &'static str),
}

pub(crate) fn nationalities() -> impl Iterator<Item = Nationality> {
    riwaya_lexicon::nationalities().iter().filter_map(|n| {
        let (c, p) = (n.country.as_ref()?, n.capital.as_ref()?);
        Some(Nationality { nisba: n.feminine(), country: (&c.0, &c.1), capital: (&p.0, &p.1) })
    })
}

// ---------------------------------------------------------------------------------------
// Word lists read from `crates/entities/data/words.toml`
// ---------------------------------------------------------------------------------------

use riwaya_lexicon::LexiconError;
use serde::Deserialize;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;
use toml::Spanned;

/// The file's name in errors.
pub(crate) const WORDS_FILE: &str = "crates/entities/data/words.toml";
const WORDS_TOML: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/words.toml"));

type List = Vec<Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRaw {
    heads: HeadsRaw,
    names: NamesRaw,
    speech: SpeechRaw,
    voice: VoiceRaw,
    forms: FormsRaw,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormsRaw {
    camp_qualifiers: List,
    outlet_quote_verbs: List,
    outlet_cues: List,
    foreign_org_heads: List,
    foreign_org_words: List,
    platform_heads: List,
    called: List,
    plural_body_heads: List,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgRaw {
    word: Spanned<String>,
    #[serde(default)]
    outlet: bool,
    #[serde(default)]
    armed: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceRaw {
    word: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    settlement: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListRaw {
    word: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    dual: bool,
    #[serde(default)]
    known: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnaphorRaw {
    words: Spanned<String>,
    refers: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadsRaw {
    org: Vec<OrgRaw>,
    place: Vec<PlaceRaw>,
    lists: Vec<ListRaw>,
    synonyms: Vec<[Spanned<String>; 2]>,
    regime: Vec<[Spanned<String>; 2]>,
    known_only: List,
    bare_town: List,
    capital: List,
    locative: List,
    site_generic: List,
    construct_not: List,
    subject_heads: List,
    indefinite_names: List,
    service_heads: List,
    service_nouns: List,
    national: List,
    geo_nouns: List,
    geo_adjectives: List,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesRaw {
    roles: List,
    titles: List,
    particles: List,
    given_also_words: List,
    complement_nouns: List,
    descriptors: List,
    not_nisba: List,
    lineage: List,
    known_as: List,
    kunya: Vec<[Spanned<String>; 2]>,
    din_compounds: List,
    conjoined_prefixes: List,
    affiliation: List,
    compass: Vec<[Spanned<String>; 2]>,
    compass_definite: Vec<[Spanned<String>; 2]>,
    page_words: List,
    latin_not: List,
    outlet_suffixes: List,
    collective_bodies: List,
    collective_bodies_masculine: List,
    stop: List,
    generic: List,
    never_alone: List,
    #[serde(default)]
    verb_homographs: List,
    #[serde(default)]
    word_homographs: List,
    #[serde(default)]
    homograph_place_before: List,
    militia: List,
    anaphors: Vec<AnaphorRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeechRaw {
    report_verbs: List,
    statement_nouns: List,
    agent_words: List,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoiceRaw {
    complementisers: List,
    describe_verbs: List,
    sources: List,
    markers: List,
}

/// The word lists: names and heads as written (the recogniser folds them), voice words folded.
pub(crate) struct Words {
    /// (head, outlet, armed), in file order.
    pub org_heads: Vec<(String, bool, bool)>,
    /// (head, place kind, settlement), in file order.
    pub place_heads: Vec<(String, String, bool)>,
    /// (plural or dual head, place kind, dual, needs a known place in the list): «مدن X
    /// وY», «بلدتي X وY».
    pub list_heads: Vec<(String, String, bool, bool)>,
    /// Head nouns for the same kind of site: (variant, the word derived ids use).
    pub head_synonyms: Vec<(String, String)>,
    /// (definite noun, body head): the noun and a country's nisba are the country's body
    /// named by that head («النظام السوري» is «الحكومة السورية»).
    pub regime: Vec<(String, String)>,
    pub known_only_heads: Vec<String>,
    pub bare_town_heads: Vec<String>,
    /// Definite nouns of land and sea that with an adjective name a region («الساحل
    /// السوري», «الجبل الأخضر»), and the adjectives other than nisbas they take.
    pub geo_nouns: Vec<String>,
    pub geo_adjectives: Vec<String>,
    /// Words for a capital before the town's name in apposition («العاصمة بيروت»).
    pub capital_words: Vec<String>,
    /// Words after which a name stands where a place stands («في», «مطار» is a head).
    pub locative: Vec<String>,
    /// Body heads that are also common nouns of action («حركة نزوح الأسر السورية»): no name
    /// of the construct shape («منظمة حظر الأسلحة الكيميائية») after them.
    pub construct_not_heads: Vec<String>,
    /// Heads whose one-word name alone, as a subject, is the body («حركة زيتون» … «زيتون»).
    pub subject_heads: Vec<String>,
    /// «موقع»: an outlet head after which an unquoted definite word is no name.
    pub indefinite_names: Vec<String>,
    /// «جهاز»: a body head only before a word of `service_nouns` (else a device).
    pub service_heads: Vec<String>,
    pub service_nouns: Vec<String>,
    /// Heads of a state's bodies named without their state («وزارة الصحة»): the body of the
    /// country the article is about.
    pub national_heads: Vec<String>,
    /// Words that name no site by themselves («العام», «المركزي»): two sites sharing only
    /// these are not one.
    pub site_generic: Vec<String>,
    pub roles: Vec<String>,
    pub titles: Vec<String>,
    pub name_particles: Vec<String>,
    /// Given names that are also common words («حسن», «أمل»).
    pub given_also_words: Vec<String>,
    /// Indefinite nouns of a body's «لـ» complement («شؤون», «حقوق»).
    pub complement_nouns: Vec<String>,
    /// Judging adjectives after a body's name («الإرهابية»): the same body.
    pub descriptors: Vec<String>,
    /// Definite nouns that end like a nisba and are none («القضية», «العملية»).
    pub not_nisba: Vec<String>,
    /// «بن», «بنت», «ابن»: a name after or before one stands in a lineage.
    pub lineage: Vec<String>,
    /// «المعروف», «الملقب», «المكنى»…: «بـ» and another name of the person follow.
    pub known_as: Vec<String>,
    /// A kunya word after «بـ» and its nominative («أبي» → «أبو»).
    pub kunya: Vec<(String, String)>,
    /// «زين», «سيف», «نور»…: the first word of a compound given name with «الدين».
    pub din_compounds: Vec<String>,
    /// «وب», «وال», «وك»: «و» and another proclitic open a new phrase, never a name's word.
    pub conjoined_prefixes: Vec<String>,
    /// Words that tie a body to its owner («وزارة الصحة التابعة لـX»).
    pub affiliation: Vec<String>,
    /// Compass words and the word region ids use: (variant, word).
    pub compass: Vec<(String, String)>,
    /// Definite compass words before «لـ» and a place («الشمال الغربي لسوريا»): (variant, word).
    pub compass_definite: Vec<(String, String)>,
    /// Page words before a dash at a line's start that name no outlet («عاجل»).
    pub page_words: Vec<String>,
    /// Latin-script words that name nothing in Arabic text (units, abbreviations of
    /// formats and times: «km», «PDF», «GMT»).
    pub latin_not: Vec<String>,
    /// Last words of outlets' names («شفق نيوز», «سيريانيوز», «جسر برس»).
    pub outlet_suffixes: Vec<String>,
    /// Definite collective nouns that with a nisba name a body («المعارضة التشادية»).
    pub collective_bodies: Vec<String>,
    /// The same, with a masculine nisba («البرلمان الأوروبي»).
    pub collective_bodies_masculine: Vec<String>,
    pub stop: Vec<String>,
    pub generic: Vec<String>,
    pub never_alone: Vec<String>,
    /// Lexicon names that fold onto a common verb: read as names only where set off.
    pub verb_homographs: Vec<String>,
    /// Lexicon names that are also common nouns or verbs («دوما», «تدمر», «الميادين»).
    pub word_homographs: Vec<String>,
    /// Words after which such a place name stands as the place («على», «عن»).
    pub homograph_place_before: Vec<String>,
    pub militia: Vec<String>,
    pub anaphors: Vec<(String, Anaphor)>,
    pub report_verbs: Vec<String>,
    /// Verbs (and «بقيادة») whose subject or agent is a body, not a town: a capital after
    /// them stands for its state («سارعت موسكو», «بقيادة واشنطن»).
    pub agent_words: Vec<String>,
    pub statement_nouns: Vec<String>,
    /// Voice: complementisers of reported speech («إن», «بأن»).
    pub complementisers: HashSet<String>,
    /// Voice: verbs of describing or naming («وصف», «سمى»).
    pub describe_verbs: HashSet<String>,
    /// Voice: words that introduce a source («بحسب»).
    pub sources: HashSet<String>,
    /// Voice: attribution markers, as folded words; the last matches as a prefix.
    pub markers: Vec<Vec<String>>,
    /// Section `forms`: words that belong to a name's extent or stand it as a name.
    pub camp_qualifiers: Vec<String>,
    pub outlet_quote_verbs: Vec<String>,
    pub outlet_cues: Vec<String>,
    pub foreign_org_heads: Vec<String>,
    pub foreign_org_words: Vec<String>,
    pub platform_heads: Vec<String>,
    pub called: Vec<String>,
    pub plural_body_heads: Vec<String>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Parses and checks a words file: every entry one non-empty word (markers: words), listed
/// once as written; entries are folded (so «أن» and «إن» may both be listed).
pub(crate) fn parse(file: &str, text: &str) -> Result<Words, LexiconError> {
    let bad = |off: usize, reason: String| LexiconError { file: file.to_string(), line: line_of(text, off), reason };
    let raw: FileRaw = toml::from_str(text).map_err(|e| LexiconError {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)).unwrap_or(0),
        reason: e.message().trim().to_string(),
    })?;
    let words = |name: &str, l: &List, phrase: bool| -> Result<Vec<(String, usize)>, LexiconError> {
        let mut seen = HashSet::default();
        let mut out = Vec::new();
        for w in l {
            let s = w.get_ref();
            let at = w.span().start;
            if s.trim().is_empty() || s.trim() != s {
                return Err(bad(at, format!("{name}: {s:?} is empty or has white space around it")));
            }
            if !phrase && s.contains(char::is_whitespace) {
                return Err(bad(at, format!("{name}: {s:?} must be one word")));
            }
            let k = crate::prep::key(s);
            if k.is_empty() {
                return Err(bad(at, format!("{name}: {s:?} folds to nothing")));
            }
            if !seen.insert(s.clone()) {
                return Err(bad(at, format!("{name}: {s:?} is listed twice")));
            }
            out.push((k, at));
        }
        Ok(out)
    };
    let set = |name: &str, l: &List| -> Result<HashSet<String>, LexiconError> {
        Ok(words(name, l, false)?.into_iter().map(|(k, _)| k).collect())
    };
    // Names and heads stay as written: the recogniser folds them itself.
    let raw_list = |name: &str, l: &List, phrase: bool| -> Result<Vec<String>, LexiconError> {
        words(name, l, phrase)?;
        Ok(l.iter().map(|w| w.get_ref().clone()).collect())
    };
    let one = |name: &str, w: &Spanned<String>| -> Result<String, LexiconError> {
        words(name, &vec![w.clone()], false)?;
        Ok(w.get_ref().clone())
    };
    let h = &raw.heads;
    let mut org_heads = Vec::new();
    for o in &h.org {
        org_heads.push((one("heads.org", &o.word)?, o.outlet, o.armed));
    }
    let mut place_heads = Vec::new();
    for p in &h.place {
        let k = p.kind.get_ref();
        if let Err(e) = k.parse::<riwaya_model::PlaceKind>() {
            return Err(bad(p.kind.span().start, format!("heads.place: {e}")));
        }
        place_heads.push((one("heads.place", &p.word)?, k.clone(), p.settlement));
    }
    let mut list_heads = Vec::new();
    for p in &h.lists {
        let k = p.kind.get_ref();
        if let Err(e) = k.parse::<riwaya_model::PlaceKind>() {
            return Err(bad(p.kind.span().start, format!("heads.lists: {e}")));
        }
        list_heads.push((one("heads.lists", &p.word)?, k.clone(), p.dual, p.known));
    }
    let mut head_synonyms = Vec::new();
    for [a, b] in &h.synonyms {
        head_synonyms.push((one("heads.synonyms", a)?, one("heads.synonyms", b)?));
    }
    let mut regime = Vec::new();
    for [a, b] in &h.regime {
        regime.push((one("heads.regime", a)?, one("heads.regime", b)?));
    }
    let n = &raw.names;
    let mut kunya = Vec::new();
    for [a, b] in &n.kunya {
        kunya.push((one("names.kunya", a)?, one("names.kunya", b)?));
    }
    let mut anaphors = Vec::new();
    for a in &n.anaphors {
        let refers = match a.refers.get_ref().as_str() {
            "organisation" => Anaphor::Organisation,
            "militia" => Anaphor::Militia,
            "alliance" => Anaphor::Alliance,
            "same_head" => Anaphor::SameHead,
            r => {
                return Err(bad(
                    a.refers.span().start,
                    format!("names.anaphors: refers {r:?} is not organisation, militia, alliance or same_head"),
                ))
            }
        };
        words("names.anaphors", &vec![a.words.clone()], true)?;
        anaphors.push((a.words.get_ref().clone(), refers));
    }
    let mut compass = Vec::new();
    for [a, b] in &n.compass {
        compass.push((one("names.compass", a)?, one("names.compass", b)?));
    }
    let mut compass_definite = Vec::new();
    for [a, b] in &n.compass_definite {
        compass_definite.push((one("names.compass_definite", a)?, one("names.compass_definite", b)?));
    }
    let sp = &raw.speech;
    let v = &raw.voice;
    let fo = &raw.forms;
    Ok(Words {
        camp_qualifiers: raw_list("forms.camp_qualifiers", &fo.camp_qualifiers, false)?,
        outlet_quote_verbs: raw_list("forms.outlet_quote_verbs", &fo.outlet_quote_verbs, false)?,
        outlet_cues: raw_list("forms.outlet_cues", &fo.outlet_cues, false)?,
        foreign_org_heads: raw_list("forms.foreign_org_heads", &fo.foreign_org_heads, false)?,
        foreign_org_words: raw_list("forms.foreign_org_words", &fo.foreign_org_words, false)?,
        platform_heads: raw_list("forms.platform_heads", &fo.platform_heads, false)?,
        called: raw_list("forms.called", &fo.called, false)?,
        plural_body_heads: raw_list("forms.plural_body_heads", &fo.plural_body_heads, false)?,
        org_heads,
        place_heads,
        list_heads,
        head_synonyms,
        regime,
        known_only_heads: raw_list("heads.known_only", &h.known_only, false)?,
        bare_town_heads: raw_list("heads.bare_town", &h.bare_town, false)?,
        geo_nouns: raw_list("heads.geo_nouns", &h.geo_nouns, false)?,
        geo_adjectives: raw_list("heads.geo_adjectives", &h.geo_adjectives, false)?,
        capital_words: raw_list("heads.capital", &h.capital, false)?,
        locative: raw_list("heads.locative", &h.locative, false)?,
        site_generic: raw_list("heads.site_generic", &h.site_generic, false)?,
        construct_not_heads: raw_list("heads.construct_not", &h.construct_not, false)?,
        subject_heads: raw_list("heads.subject_heads", &h.subject_heads, false)?,
        indefinite_names: raw_list("heads.indefinite_names", &h.indefinite_names, false)?,
        service_heads: raw_list("heads.service_heads", &h.service_heads, false)?,
        service_nouns: raw_list("heads.service_nouns", &h.service_nouns, false)?,
        national_heads: raw_list("heads.national", &h.national, false)?,
        roles: raw_list("names.roles", &n.roles, true)?,
        titles: raw_list("names.titles", &n.titles, false)?,
        name_particles: raw_list("names.particles", &n.particles, false)?,
        given_also_words: raw_list("names.given_also_words", &n.given_also_words, false)?,
        complement_nouns: raw_list("names.complement_nouns", &n.complement_nouns, false)?,
        descriptors: raw_list("names.descriptors", &n.descriptors, false)?,
        not_nisba: raw_list("names.not_nisba", &n.not_nisba, false)?,
        lineage: raw_list("names.lineage", &n.lineage, false)?,
        din_compounds: raw_list("names.din_compounds", &n.din_compounds, false)?,
        known_as: raw_list("names.known_as", &n.known_as, false)?,
        kunya,
        conjoined_prefixes: raw_list("names.conjoined_prefixes", &n.conjoined_prefixes, false)?,
        affiliation: raw_list("names.affiliation", &n.affiliation, false)?,
        compass,
        compass_definite,
        page_words: raw_list("names.page_words", &n.page_words, false)?,
        latin_not: raw_list("names.latin_not", &n.latin_not, false)?,
        outlet_suffixes: raw_list("names.outlet_suffixes", &n.outlet_suffixes, false)?,
        collective_bodies: raw_list("names.collective_bodies", &n.collective_bodies, false)?,
        collective_bodies_masculine: raw_list("names.collective_bodies_masculine", &n.collective_bodies_masculine, false)?,
        stop: raw_list("names.stop", &n.stop, false)?,
        generic: raw_list("names.generic", &n.generic, false)?,
        never_alone: raw_list("names.never_alone", &n.never_alone, false)?,
        verb_homographs: raw_list("names.verb_homographs", &n.verb_homographs, false)?,
        word_homographs: raw_list("names.word_homographs", &n.word_homographs, false)?,
        homograph_place_before: raw_list("names.homograph_place_before", &n.homograph_place_before, false)?,
        militia: raw_list("names.militia", &n.militia, false)?,
        anaphors,
        report_verbs: raw_list("speech.report_verbs", &sp.report_verbs, false)?,
        agent_words: raw_list("speech.agent_words", &sp.agent_words, false)?,
        statement_nouns: raw_list("speech.statement_nouns", &sp.statement_nouns, false)?,
        complementisers: set("voice.complementisers", &v.complementisers)?,
        describe_verbs: set("voice.describe_verbs", &v.describe_verbs)?,
        sources: set("voice.sources", &v.sources)?,
        markers: words("voice.markers", &v.markers, true)?
            .into_iter()
            .map(|(k, _)| k.split(' ').map(str::to_string).collect())
            .collect(),
    })
}

/// The embedded word lists, read once. The file is checked by this crate's tests.
pub(crate) fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| parse(WORDS_FILE, WORDS_TOML).unwrap_or_else(|e| panic!("{e}")))
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn embedded_words_load() {
        let w = parse(WORDS_FILE, WORDS_TOML).unwrap_or_else(|e| panic!("{e}"));
        assert!(w.complementisers.contains(&crate::prep::key("بأن")));
        assert!(w.markers.iter().any(|m| m.len() == 3));
        assert_eq!(w.org_heads[0], ("وزارة".to_string(), false, false));
        assert!(w.place_heads.iter().any(|(h, k, s)| h == "مدينة" && k == "city" && *s));
        assert!(w.list_heads.iter().any(|(h, k, d, _)| h == "بلدتي" && k == "town" && *d));
        assert!(w.roles.iter().any(|r| r == "الرئيس التنفيذي"));
        assert!(w.anaphors.iter().any(|(a, r)| a == "التحالف" && *r == Anaphor::Alliance));
        assert!(w.stop.len() > 200 && w.report_verbs.len() > 50);
    }

    #[test]
    fn given_names_file_is_well_formed() {
        for l in GIVEN_NAMES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let (name, uses) = l.split_once('\t').unwrap_or_else(|| panic!("no tab: {l}"));
            assert!(!name.trim().is_empty() && !name.contains(' '), "{l}");
            let uses: Vec<&str> = uses.split(',').map(str::trim).collect();
            assert!(!uses.is_empty() && uses.iter().all(|u| matches!(*u, "role" | "arabic" | "alone")), "{l}");
            assert!(!uses.contains(&"alone") || uses.contains(&"arabic"), "alone without arabic: {l}");
        }
        let names: Vec<&str> = GIVEN_NAMES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').next().unwrap()).collect();
        let set: std::collections::HashSet<&&str> = names.iter().collect();
        assert_eq!(set.len(), names.len(), "a name listed twice");
    }

    /// The one file yields the sets the two files before it gave (`data/lexicon/first_names.txt`
    /// and `crates/entities/data/arabic_given_names.txt`, compared member by member before
    /// they were removed in session 9): 456 names after a role, 386 Arabic given names, 288
    /// of them opening a name alone; names added since (session 13: eight Gulf names) on top.
    #[test]
    fn given_names_match_the_two_files_before() {
        let role: std::collections::HashSet<&str> = role_given_names().collect();
        let arabic: std::collections::HashSet<&str> = arabic_given_names().collect();
        let alone: std::collections::HashSet<&str> = arabic_given_names_opening().collect();
        assert_eq!((role.len(), arabic.len(), alone.len()), (456 + 8, 386 + 8, 288 + 8));
        for n in ["مشاري", "مسفر", "هذال", "عبدالإله", "عبداللطيف", "عبدالمحسن", "عايض", "فواز"] {
            assert!(role.contains(n) && alone.contains(n), "{n}");
        }
        for n in ["محمد", "فاطمة", "خلدون"] {
            assert!(alone.contains(n) && arabic.contains(n), "{n}");
        }
        assert!(arabic.contains("رجاء") && !alone.contains("رجاء") && arabic.contains("عبد"));
    }

    #[test]
    fn arabic_given_names_load() {
        let v: Vec<&str> = arabic_given_names().collect();
        assert!(v.len() > 350, "{}", v.len());
        assert!(v.contains(&"محمد") && v.contains(&"فاطمة") && v.contains(&"عبد"));
        // One word each, listed once.
        assert!(v.iter().all(|n| !n.contains(' ')));
        let set: std::collections::HashSet<&&str> = v.iter().collect();
        assert_eq!(set.len(), v.len());
        // Names that are common words too do not open a name alone.
        let opening: Vec<&str> = arabic_given_names_opening().collect();
        assert!(opening.contains(&"خلدون") && !opening.contains(&"رجاء") && opening.len() < v.len());
    }

    #[test]
    fn bad_words_name_file_and_line() {
        let line = WORDS_TOML.lines().position(|l| l.starts_with("known_only = [")).unwrap() + 2;
        let t = WORDS_TOML.replacen("known_only = [\n", "known_only = [\n    \"ولاية\",\n", 1);
        let e = parse("w.toml", &t).err().unwrap();
        assert_eq!((e.file.as_str(), e.line), ("w.toml", line + 1), "{e}");
        assert!(e.to_string().contains("listed twice"), "{e}");
        let t = WORDS_TOML.replacen("refers = \"militia\"", "refers = \"gang\"", 1);
        let e = parse("w.toml", &t).err().unwrap();
        assert!(e.to_string().contains("gang") && e.line > 0, "{e}");
        let e = parse("w.toml", "[voice]\ncomplementisers = [\"إن أن\"]\n").err().unwrap();
        assert!(e.to_string().starts_with("w.toml:"), "{e}");
    }
}

/// The `forms` section, folded: words that extend a name or stand a word as a name.
pub(crate) struct FormWords {
    /// «للنازحين» after «مخيم X»: part of the camp's name.
    pub camp_qualifiers: HashSet<String>,
    /// «نقلت X عن»: a verb whose subject before «عن» is an outlet.
    pub outlet_quote_verbs: HashSet<String>,
    /// «بحسب X», «ذكرت X»: words before which an outlet named in the article stands as one.
    pub outlet_cues: HashSet<String>,
    /// «منظمة», «شركة»: heads before a body's foreign name.
    pub foreign_org_heads: HashSet<String>,
    /// «إنترناشيونال», «تكنولوجيز»: foreign words that end a body's name.
    pub foreign_org_words: HashSet<String>,
    /// «منصة», «تطبيق»: heads before a platform's one-word name.
    pub platform_heads: HashSet<String>,
    /// «يدعى»: the name of the person just described follows.
    pub called: HashSet<String>,
    /// «لجان», «نقابات»: plural heads that stand inside a body's name after its own head
    /// («تنسيقية لجان المقاومة», «اتحاد نقابات العمال»).
    pub plural_body_heads: HashSet<String>,
}
