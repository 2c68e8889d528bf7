//! Linking short forms across the articles of one run: «كيربي» in one article names the
//! «جون كيربي» of another.

use crate::prep::key;
use riwaya_model::Mention;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Heads of named buildings and sites («مستشفى», «مسجد», «مدرسة»…), folded, without «ال»:
/// the first word of a derived `place:` id that names a site rather than a town.
fn site_heads() -> &'static HashSet<String> {
    static H: OnceLock<HashSet<String>> = OnceLock::new();
    H.get_or_init(|| {
        crate::words::words()
            .place_heads
            .iter()
            .filter(|(_, _, settlement)| !settlement)
            .map(|(w, _, _)| {
                let k = key(w);
                k.strip_prefix("ال").filter(|x| x.len() >= 4).map(String::from).unwrap_or(k)
            })
            .collect()
    })
}

/// Heads of civil bodies («مرصد», «هيئة», «مركز»…), folded as in derived `org:` ids: the
/// first word of an id that names a body by its head. Armed heads are left out (their ids
/// hold the name without the head).
fn body_heads() -> &'static HashSet<String> {
    static H: OnceLock<HashSet<String>> = OnceLock::new();
    H.get_or_init(|| {
        crate::words::words()
            .org_heads
            .iter()
            .filter(|(_, _, armed)| !armed)
            .map(|(w, _, _)| key(w))
            .collect()
    })
}

/// Plural body heads inside a body's name («تنسيقية لجان المقاومة»), folded: no word of the
/// body's own («لجان» adds nothing to «تنسيقية المقاومة»).
fn inner_heads() -> &'static HashSet<String> {
    static H: OnceLock<HashSet<String>> = OnceLock::new();
    H.get_or_init(|| crate::words::words().plural_body_heads.iter().map(|w| key(w)).collect())
}

/// Countries' nisbas, feminine and masculine, and their names, folded like the ids' words
/// («السوريه», «السوري», «سوريا») → the country: a body with a nisba is that country's.
fn country_words() -> &'static HashMap<String, &'static str> {
    static N: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    N.get_or_init(|| {
        let mut s = HashMap::new();
        for n in crate::words::nationalities() {
            let fem = key(&n.nisba);
            if let Some(masc) = fem.strip_suffix('ه') {
                s.insert(masc.to_string(), n.country.0);
            }
            s.insert(fem, n.country.0);
            s.insert(key(n.country.1), n.country.0);
        }
        s
    })
}

/// A definite word ending like a nisba («العسكري», «الوطنيه»), folded.
fn adjective_like(w: &str) -> bool {
    w.starts_with("ال") && w.chars().count() >= 5 && (w.ends_with('ي') || w.ends_with("يه"))
}

/// A word of a body's id without its «ال» («المقاومه» and «مقاومه» in «تنسيقية المقاومة»,
/// «منسقية مقاومة الفاشر»), but for what the comparison reads from it: a nisba-like word
/// («الوطنيه»), a country's name («السودان»), a word «ال» + «ل…» («اللاجيين», which would
/// read as a «لـ» complement).
fn bare_word(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(b) if b.chars().count() >= 3 && !b.starts_with('ل') && !adjective_like(w) && !country_words().contains_key(w) => b,
        _ => w,
    }
}

/// Generic words of site names, folded like the ids' words.
fn site_generic() -> &'static HashSet<String> {
    static G: OnceLock<HashSet<String>> = OnceLock::new();
    G.get_or_init(|| crate::words::words().site_generic.iter().map(|w| key(w)).collect())
}

/// People named in full so far in a run, by surname.
///
/// Call [`RunNames::link`] on each article's mentions in order; a surname met before its
/// full name (in a later article) is linked when `link` runs again over that article.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct RunNames {
    /// Folded surname → (entity, English name) of every person named in full with it.
    full: HashMap<String, Vec<(String, Option<String>)>>,
    /// Site head → (entity, Arabic words of its names, the known place it is in) of every
    /// new site named so far.
    sites: HashMap<String, Vec<(String, HashSet<String>, String)>>,
    /// (given name, surname) → (entity, English name, folded words) of every person named
    /// with two words or more so far.
    people: HashMap<(String, String), Vec<(String, Option<String>, Vec<String>)>>,
    /// Body head → (entity, the word sets of every id linked to it) of every new body
    /// named by a head so far.
    #[serde(deserialize_with = "known_countries")]
    bodies: HashMap<String, Vec<(String, Vec<(HashSet<String>, HashSet<&'static str>)>)>>,
    /// Body ids linked so far → the id they were linked to.
    body_links: HashMap<String, String>,
    /// A place's name keyed loosely ([`loose_key`]) → (entity, from the lexicon) of the
    /// first met, a lexicon one before others.
    #[serde(default)]
    loose: HashMap<String, (String, bool)>,
    /// A foreign-named body's id with its words' long vowels dropped ([`skeleton`]) → the
    /// first id met with it ([`RunNames::link_spellings`]).
    #[serde(default)]
    spellings: HashMap<String, String>,
    /// Body ids already weighed (recorded, linked or left as ambiguous).
    body_seen: HashSet<String>,
    /// (head, word) → the indices in `bodies[head]` of the bodies with that word: the only
    /// candidates, as one id within another shares its words.
    body_index: HashMap<(String, String), Vec<usize>>,
    /// A body first named without a place → the parts of the ids of the places its article
    /// is about ([`RunNames::link_bodies`]): that body's place, when another article names it
    /// with one of them.
    #[serde(default)]
    body_top: HashMap<String, HashSet<String>>,
}

type Bodies = HashMap<String, Vec<(String, Vec<(HashSet<String>, HashSet<&'static str>)>)>>;

/// `bodies` read back from a saved state (the store keeps one): its countries as
/// `country_words` has them; one it lacks (another build's data) refuses the state.
fn known_countries<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Bodies, D::Error> {
    type Owned = HashMap<String, Vec<(String, Vec<(HashSet<String>, HashSet<String>)>)>>;
    let known: HashMap<&str, &'static str> = country_words().values().map(|c| (*c, *c)).collect();
    let find = |c: String| known.get(c.as_str()).copied().ok_or_else(|| <D::Error as serde::de::Error>::custom("unknown country"));
    let owned: Owned = serde::Deserialize::deserialize(d)?;
    let mut out = Bodies::with_capacity(owned.len());
    for (head, list) in owned {
        let mut v = Vec::with_capacity(list.len());
        for (e, ids) in list {
            let ids = ids.into_iter().map(|(w, cs)| Ok((w, cs.into_iter().map(find).collect::<Result<_, _>>()?))).collect::<Result<_, D::Error>>()?;
            v.push((e, ids));
        }
        out.insert(head, v);
    }
    Ok(out)
}

/// A name's folded words without «ال» on any and without the spaces between them:
/// «مخيم نور الشمس» and «مخيم نور شمس», «إقليم الأمهرة» and «إقليم أمهرة», «بحر دار» and
/// «بحردار» give one key, as outlets write one name either way. `None` for a key of fewer
/// than five letters (too little to tell two names apart).
fn loose_key(text: &str) -> Option<String> {
    let k = key(text);
    let mut out = String::with_capacity(k.len());
    for w in k.split(' ') {
        out.push_str(w.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(w));
    }
    (out.chars().count() >= 5 && out.chars().all(|c| !c.is_ascii_digit())).then_some(out)
}

/// Common Arabic given names (`data/lexicon/given_names.tsv`, use `arabic`), folded.
fn arabic_given() -> &'static HashSet<String> {
    static G: OnceLock<HashSet<String>> = OnceLock::new();
    G.get_or_init(|| crate::words::arabic_given_names().map(key).collect())
}

/// A transliterated name's consonants: its long vowels after the first letter dropped
/// («افيخاي», «افيخي» → «افخ»), as foreign names are written with or without them.
/// Words of three letters or fewer, and words with «ال» (Arabic family names: «الراشد» is
/// not «الرويشد»), stay whole.
pub(crate) fn skeleton(w: &str) -> String {
    if w.starts_with("ال") || w.chars().count() < 4 {
        return w.to_string();
    }
    w.chars().enumerate().filter(|&(i, c)| i == 0 || !matches!(c, 'ا' | 'و' | 'ي' | 'ى')).map(|(_, c)| c).collect()
}

/// The words a person is matched by: as written for a person whose given name is a
/// common Arabic one or a compound written as one word («عبدالرحمن», «ابوبكر»), whose
/// spelling is fixed («سعيد» is not «سعد»); consonants only for another (foreign) given
/// name, whose transliterations vary («أفيخاي أدرعي», «افيخي ادرعي»).
fn person_words(k: &str) -> Vec<String> {
    let first = k.split(' ').next().unwrap_or("");
    let arabic = arabic_given().contains(first) || first.starts_with("عبد") || first.starts_with("ابو") || first.starts_with("ال");
    if arabic || first.chars().count() < 4 {
        k.split(' ').map(String::from).collect()
    } else {
        k.split(' ').map(skeleton).collect()
    }
}

/// Whether the words of `a` appear in `b`, in order.
fn subsequence(a: &[String], b: &[String]) -> bool {
    let mut it = b.iter();
    a.iter().all(|w| it.any(|x| x == w))
}

impl RunNames {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the full names of people in `mentions`, then links each lone surname
    /// («خلف», a placeholder `person:خلف`) to the one person of the run with that surname.
    pub fn link(&mut self, mentions: &mut [Mention]) {
        self.link_variants(mentions);
        self.link_spellings(mentions);
        self.link_sites(mentions);
        self.link_bodies(mentions);
        // The folded text of each person's mention, once for the three passes below (they
        // change entities and names, never the text).
        let keys: Vec<Option<String>> = mentions.iter().map(|m| (m.kind == "person").then(|| key(&m.text))).collect();
        self.link_people(mentions, &keys);
        for (m, k) in mentions.iter().zip(&keys) {
            let Some(k) = k else { continue };
            let words: Vec<&str> = k.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            let v = self.full.entry(words[words.len() - 1].to_string()).or_default();
            if !v.iter().any(|(e, _)| *e == m.entity) {
                v.push((m.entity.clone(), m.name.clone()));
            }
        }
        for (m, k) in mentions.iter_mut().zip(&keys) {
            let Some(k) = k.as_ref().filter(|_| m.entity.starts_with("person:")) else { continue };
            if k.contains(' ') {
                continue;
            }
            if let Some(v) = self.full.get(k) {
                if v.len() == 1 && v[0].0 != m.entity {
                    m.entity = v[0].0.clone();
                    m.name = v[0].1.clone();
                }
            }
        }
    }

    /// Links the spellings of one place across the run: a new place whose id is, but for
    /// an «ال» or a space ([`loose_key`]), a place met before, in this article or an
    /// earlier one, is that place («مخيم نور الشمس» is the lexicon's «مخيم نور شمس»;
    /// «إقليم الأمهرة» the «إقليم أمهرة» of another article, «بحردار» its «بحر دار»). A new
    /// id is keyed by its own words (not by a shorter form's text, which carries a longer
    /// name's id); one holding a known place («جنوب-sheikh-zuweid») is left alone, and the
    /// lexicon's places are never renamed.
    fn link_variants(&mut self, mentions: &mut [Mention]) {
        let mut renamed: HashMap<String, String> = HashMap::new();
        for m in mentions.iter() {
            if !m.kind.is_place() {
                continue;
            }
            let derived = m.entity.strip_prefix("place:");
            let k = match derived {
                Some(rest) if rest.is_ascii() || rest.split('-').any(|w| w.is_ascii()) => continue,
                Some(rest) => loose_key(&rest.replace('-', " ")),
                None => loose_key(&m.text),
            };
            let Some(k) = k else { continue };
            match self.loose.get(&k) {
                Some((e, _)) if derived.is_some() && *e != m.entity => {
                    renamed.entry(m.entity.clone()).or_insert_with(|| e.clone());
                }
                Some((_, false)) if derived.is_none() => {
                    self.loose.insert(k, (m.entity.clone(), true));
                }
                None => {
                    self.loose.insert(k, (m.entity.clone(), derived.is_none()));
                }
                _ => {}
            }
        }
        if renamed.is_empty() {
            return;
        }
        for m in mentions.iter_mut() {
            if let Some(to) = renamed.get(&m.entity) {
                m.entity = to.clone();
            }
        }
    }

    /// Links the spellings of one foreign-named body across the run: a new body's id whose
    /// words differ from an earlier one's only by long vowels («ريليف-انترناشونال» and
    /// «ريليف-انترناشيونال») is that body, as outlets transliterate a foreign name with or
    /// without them. Only ids of two words or more, not led by a body head and none of them
    /// with «ال» (Arabic names: [`skeleton`] keeps «ال» words whole anyway), with eight
    /// consonants or more: shorter skeletons are shared by different names.
    fn link_spellings(&mut self, mentions: &mut [Mention]) {
        let mut renamed: HashMap<String, String> = HashMap::new();
        for m in mentions.iter() {
            let Some(rest) = m.entity.strip_prefix("org:") else { continue };
            if rest.is_ascii() || renamed.contains_key(&m.entity) {
                continue;
            }
            let words: Vec<&str> = rest.split('-').collect();
            // (An id led by a body head, «منظمه-نور-للتنميه», is an Arabic name: its vowels
            // tell names apart.)
            if words.len() < 2 || body_heads().contains(words[0]) || words.iter().any(|w| w.starts_with("ال") || w.is_ascii()) {
                continue;
            }
            let k = words.iter().map(|w| skeleton(w)).collect::<Vec<_>>().join("-");
            if k.chars().filter(|&c| c != '-').count() < 8 {
                continue;
            }
            match self.spellings.get(&k) {
                Some(e) if *e != m.entity => {
                    renamed.insert(m.entity.clone(), e.clone());
                }
                Some(_) => {}
                None => {
                    self.spellings.insert(k, m.entity.clone());
                }
            }
        }
        for m in mentions.iter_mut() {
            if let Some(to) = renamed.get(&m.entity) {
                m.entity = to.clone();
            }
        }
    }

    /// Links people across the run: «حسن الغباش» names the «حسن محمد الغباش» of an earlier
    /// article (the same given name and surname, the words of one within the other's, in
    /// order), when exactly one earlier person fits. «حسن محمد» is not «حسن محمد الغباش».
    /// A foreign given name's person is matched by consonants ([`person_words`]).
    fn link_people(&mut self, mentions: &mut [Mention], keys: &[Option<String>]) {
        let mut renamed: HashMap<String, (String, Option<String>)> = HashMap::new();
        for (m, k) in mentions.iter().zip(keys) {
            let Some(k) = k else { continue };
            if renamed.contains_key(&m.entity) {
                continue;
            }
            let words = person_words(k);
            if words.len() < 2 {
                continue;
            }
            let v = self.people.entry((words[0].clone(), words[words.len() - 1].clone())).or_default();
            if v.iter().any(|x| x.0 == m.entity) {
                continue;
            }
            let hits: Vec<usize> =
                (0..v.len()).filter(|&i| subsequence(&words, &v[i].2) || subsequence(&v[i].2, &words)).collect();
            match hits.as_slice() {
                [i] if m.entity.starts_with("person:") => {
                    renamed.insert(m.entity.clone(), (v[*i].0.clone(), v[*i].1.clone()));
                }
                [] => v.push((m.entity.clone(), m.name.clone(), words)),
                _ => {}
            }
        }
        for m in mentions.iter_mut() {
            if let Some((to, name)) = renamed.get(&m.entity) {
                m.entity = to.clone();
                m.name = name.clone();
            }
        }
    }

    /// Links new sites across the run: «المستشفى المعمداني» names the «المستشفى الأهلي العربي
    /// المعمداني» of an earlier article, «المستشفى الأهلي» too. A site shares a word of its
    /// name with exactly one earlier site of the same head: it is that site.
    fn link_sites(&mut self, mentions: &mut [Mention]) {
        let mut renamed: HashMap<String, String> = HashMap::new();
        for m in mentions.iter() {
            let Some(rest) = m.entity.strip_prefix("place:") else { continue };
            if renamed.contains_key(&m.entity) {
                continue;
            }
            let mut parts = rest.split('-');
            let Some(head) = parts.next().filter(|h| site_heads().contains(*h)) else { continue };
            // Arabic words of the name; the id of a known place in it («مرفأ بيروت» →
            // «beirut») is one token.
            let mut words: HashSet<String> = HashSet::new();
            let mut place: Vec<&str> = Vec::new();
            for w in parts {
                if w.is_ascii() {
                    place.push(w);
                } else if w.chars().count() >= 3 && !site_generic().contains(w) {
                    words.insert(w.to_string());
                }
            }
            let place = place.join("-");
            if words.is_empty() && place.is_empty() {
                continue;
            }
            let v = self.sites.entry(head.to_string()).or_default();
            // Same words, or the same known place with words of one within the other's.
            let hits: Vec<usize> = (0..v.len())
                .filter(|&i| {
                    let other_place = !place.is_empty() && !v[i].2.is_empty() && v[i].2 != place;
                    (!other_place && !words.is_empty() && !v[i].1.is_disjoint(&words))
                        || (!place.is_empty() && v[i].2 == place && (words.is_subset(&v[i].1) || v[i].1.is_subset(&words)))
                })
                .collect();
            match hits.as_slice() {
                [] => v.push((m.entity.clone(), words, place)),
                [i] => {
                    v[*i].1.extend(words);
                    renamed.insert(m.entity.clone(), v[*i].0.clone());
                }
                _ => {}
            }
        }
        for m in mentions.iter_mut() {
            if let Some(to) = renamed.get(&m.entity) {
                m.entity = to.clone();
            }
        }
    }

    /// Links new bodies across the run: «المرصد الزامبي المعارض» (`org:مرصد-الزامبي`)
    /// names the «المرصد الزامبي لحقوق الإنسان» of another article: the same head and the
    /// words of one id within the other's (the extra words no adjective, place, or country
    /// nisba but of a country the shorter name's article names), when exactly one earlier
    /// body fits and every
    /// id already linked to it fits too («وزارة الصحة» links to neither «وزارة الصحة
    /// الزامبية» nor «وزارة الصحة الكينية» once both are named).
    fn link_bodies(&mut self, mentions: &mut [Mention]) {
        let mut renamed: HashMap<String, String> = HashMap::new();
        // The countries this article names, alone or in its bodies' and places' names (the
        // store replays only those mentions): a body named here without a nisba may be
        // their body.
        let countries: HashSet<&'static str> = mentions
            .iter()
            .filter(|m| m.entity.starts_with("org:") || m.entity.starts_with("place:") || m.kind == "country")
            .flat_map(|m| key(&m.text).split(' ').filter_map(|w| country_words().get(w).copied()).collect::<Vec<_>>())
            .collect();
        // The places this article names by one word: folded text, with and without «ال» →
        // the parts of their ids («الفاشر» → «379555»), as a body's id holds a place named
        // with «بـ» or «في» and keeps one in idafa («منسقية مقاومة الفاشر») as a word.
        let mut place_words: HashMap<String, Vec<String>> = HashMap::new();
        // How often each place is named: the places the article is about are those named
        // at least half as often as the most named one.
        let mut place_count: HashMap<&str, usize> = HashMap::new();
        for m in mentions.iter() {
            if !m.kind.is_place() || !m.entity.is_ascii() {
                continue;
            }
            let parts: Vec<String> = m.entity.split('-').filter(|w| w.chars().count() >= 3).map(String::from).collect();
            if parts.is_empty() {
                continue;
            }
            *place_count.entry(m.entity.as_str()).or_default() += 1;
            let k = key(&m.text);
            if k.contains(' ') || k.chars().count() < 3 {
                continue;
            }
            if let Some(b) = k.strip_prefix("ال").filter(|b| b.chars().count() >= 3) {
                place_words.entry(b.to_string()).or_insert_with(|| parts.clone());
            }
            place_words.entry(k).or_insert(parts);
        }
        let most = place_count.values().copied().max().unwrap_or(0);
        let top: HashSet<String> = place_count
            .iter()
            .filter(|(_, &n)| n * 2 >= most)
            .flat_map(|(e, _)| e.split('-').filter(|w| w.chars().count() >= 3).map(String::from))
            .collect();
        for m in mentions.iter() {
            let Some(rest) = m.entity.strip_prefix("org:") else { continue };
            if renamed.contains_key(&m.entity) {
                continue;
            }
            if let Some(to) = self.body_links.get(&m.entity) {
                renamed.insert(m.entity.clone(), to.clone());
                continue;
            }
            let mut parts = rest.split('-');
            // «الهييه» and «هييه»: one head with or without its article.
            let Some(head) = parts.next().map(|h| h.strip_prefix("ال").filter(|b| body_heads().contains(*b)).unwrap_or(h)).filter(|h| body_heads().contains(*h)) else { continue };
            let mut words: HashSet<String> = HashSet::new();
            for w in parts.filter(|w| w.chars().count() >= 3 && !inner_heads().contains(*w)) {
                match place_words.get(w) {
                    // A country's name stays a word: its nisba's rules are `more`'s.
                    Some(p) if !w.is_ascii() && !country_words().contains_key(w) => words.extend(p.iter().cloned()),
                    _ => {
                        words.insert(bare_word(w).to_string());
                    }
                }
            }
            if words.is_empty() {
                continue;
            }
            let seen = self.body_seen.contains(&m.entity);
            let v = self.bodies.entry(head.to_string()).or_default();
            let mut cands: Vec<usize> = words
                .iter()
                .filter_map(|w| self.body_index.get(&(head.to_string(), w.clone())))
                .flatten()
                .copied()
                .collect();
            cands.sort_unstable();
            cands.dedup();
            // Many bodies share a word («وزارة الصحة» of many states): none is the one.
            if cands.len() > 64 {
                self.body_seen.insert(m.entity.clone());
                continue;
            }
            // The one body of the run that is this name with a place this article is about
            // («تنسيقية المقاومة» is «تنسيقية المقاومة في الفاشر» in an article about
            // الفاشر): that body here, not across the run (another article's «وزارة الصحة»
            // is another place's). The other way («منسقية مقاومة الفاشر» is the «تنسيقية
            // المقاومة» met before) only where the shorter was first named in an article
            // about that place too, with a name of its own (not adjectives only); then that
            // shorter one is never made the longer (two ids never trade places).
            let body_top = &self.body_top;
            let placed = |x: &HashSet<String>, e: &str| {
                let forward = words.len() < x.len();
                let (small, big, small_id) = if forward { (&words, x, m.entity.as_str()) } else { (x, &words, e) };
                // Whether the shorter was first named in an article about these places.
                let of_place = |d: &HashSet<String>| body_top.get(small_id).is_some_and(|t| d.iter().all(|w| t.contains(w)));
                let extra: HashSet<String> = big.difference(small).cloned().collect();
                small.len() < big.len()
                    && small.iter().any(|w| !w.is_ascii() && (forward || !adjective_like(w)))
                    && small.is_subset(big)
                    && extra.iter().all(|w| w.is_ascii() && top.contains(w))
                    && of_place(&extra) != forward
            };
            let local: Vec<usize> = cands.iter().copied().filter(|&i| v[i].1.iter().any(|x| placed(&x.0, &v[i].0))).collect();
            let local = match local.as_slice() {
                [i] if v[*i].0 != m.entity => Some(v[*i].0.clone()),
                _ => None,
            };
            if seen {
                if let Some(to) = local {
                    renamed.insert(m.entity.clone(), to);
                }
                continue;
            }
            // The words one id has more than the other name no country or place of its
            // own: «وزارة الثقافة» is not «وزارة الثقافة المصرية» across a run.
            // The extra words hold no adjective either («مجلس الوزراء الجزائري», «حزب
            // التجمع الوطني الديمقراطي»), and a short name of adjectives only («المرصد
            // السوري») takes only a «لـ» complement («لحقوق الإنسان»).
            // A country's nisba among them only when the shorter name's article names that
            // country («وزارة الصحة» in an article about Syria is «وزارة الصحة السورية»).
            let more = |a: &(HashSet<String>, HashSet<&str>), b: &HashSet<String>| {
                a.0.is_subset(b)
                    && b.difference(&a.0).all(|w| {
                        // A place's id («… في الصومال»: «somalia») only for a country the
                        // shorter name's article names.
                        if w.is_ascii() {
                            return a.1.contains(w.as_str());
                        }
                        country_words().get(w.as_str()).map_or(!adjective_like(w), |c| a.1.contains(c))
                    })
                    // A name of its own, not a place's id only («شركة الطائف» is not «شركة ديما
                // الطائف»).
                && (a.0.iter().any(|w| !w.is_ascii() && !adjective_like(w)) || b.difference(&a.0).any(|w| w.starts_with('ل') && !w.starts_with("ال")))
            };
            let mine = (words.clone(), countries.clone());
            let fits = |sets: &Vec<(HashSet<String>, HashSet<&str>)>| sets.iter().all(|x| more(x, &words) || more(&mine, &x.0));
            let hits: Vec<usize> = cands.into_iter().filter(|&i| fits(&v[i].1)).collect();
            match hits.as_slice() {
                [] if local.is_some() => {
                    renamed.insert(m.entity.clone(), local.unwrap_or_default());
                    continue;
                }
                [] => {
                    self.body_seen.insert(m.entity.clone());
                    if !top.is_empty() && words.iter().all(|w| !w.is_ascii()) {
                        self.body_top.insert(m.entity.clone(), top.clone());
                    }
                    for w in &words {
                        self.body_index.entry((head.to_string(), w.clone())).or_default().push(v.len());
                    }
                    v.push((m.entity.clone(), vec![mine]));
                }
                [i] => {
                    self.body_seen.insert(m.entity.clone());
                    for w in &words {
                        let ix = self.body_index.entry((head.to_string(), w.clone())).or_default();
                        if !ix.contains(i) {
                            ix.push(*i);
                        }
                    }
                    v[*i].1.push(mine);
                    self.body_links.insert(m.entity.clone(), v[*i].0.clone());
                    renamed.insert(m.entity.clone(), v[*i].0.clone());
                }
                _ => {
                    self.body_seen.insert(m.entity.clone());
                }
            }
        }
        for m in mentions.iter_mut() {
            if let Some(to) = renamed.get(&m.entity) {
                m.entity = to.clone();
            }
        }
    }

    /// Number of distinct surnames recorded.
    pub fn len(&self) -> usize {
        self.full.len()
    }

    pub fn is_empty(&self) -> bool {
        self.full.is_empty()
    }
}
