//! Building a [`Recognizer`]: the lexicon's entities and every folded name key, the
//! Aho-Corasick automaton over them, and the word lists of `words.toml` read into the
//! sets the passes look words up in. Runs once per process.

use super::*;

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
        let mut regional: Vec<String> = Vec::new();
        for name in lex.names() {
            let ent = ent_ix[name.entity];
            let kind = match name.kind {
                NameKind::Canonical | NameKind::Alias => NK::Full,
                NameKind::Regional => {
                    regional.push(key(name.text));
                    NK::Full
                }
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

        // A full name of several countries' bodies («الجيش الشعبي لتحرير السودان»), or one
        // body's regional alias (lexicon `regional_aliases`): the article's places decide
        // whose it is (`find`, once the full names are found), not the first body's.
        let regional: HashSet<u32> = regional.iter().filter_map(|k| keys.get(k).copied()).collect();
        for (i, p) in payloads.iter_mut().enumerate() {
            let mut full: Vec<u32> = p.names.iter().filter(|n| n.kind != NK::Short).map(|n| n.ent).collect();
            full.sort_unstable();
            full.dedup();
            p.by_theatre = (full.len() >= 2 || regional.contains(&(i as u32))) && full.iter().all(|&e| !ents[e as usize].theatre.is_empty());
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
            // «الأممالمتحدة»: a name of two words, the second definite, glued together as
            // scraped pages often write it (names only; each word four letters or more).
            let pay = &payloads[i as usize];
            if let Some((a, b)) = k.split_once(' ').filter(|(a, b)| !b.contains(' ') && b.starts_with("ال") && a.chars().count() >= 4 && b.chars().count() >= 4) {
                if !pay.names.is_empty() && !pay.homograph && pay.head.is_none() && !pay.role && pay.anaphor.is_none() {
                    push(format!("{a}{b}"), PatRef { payload: i, elided: false });
                }
            }
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
            forms: words::FormWords {
                camp_qualifiers: set(&wl.camp_qualifiers),
                outlet_quote_verbs: set(&wl.outlet_quote_verbs),
                outlet_cues: set(&wl.outlet_cues),
                foreign_org_heads: set(&wl.foreign_org_heads),
                foreign_org_words: set(&wl.foreign_org_words),
                platform_heads: set(&wl.platform_heads),
                called: set(&wl.called),
                plural_body_heads: set(&wl.plural_body_heads),
            },
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
}
