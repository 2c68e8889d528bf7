//! The order of recognition in one article: lexicon candidates, then context rules,
//! then the shape passes (heads, lists, definite bodies, people, datelines, outlets),
//! then in-article linking (surnames, short bodies, governorates, national bodies).
//! [`Recognizer::find`] is the one entry point; each pass lives in its own module.

use super::*;

/// A lexicon key matched at a word boundary: its span (`span_s` before an elided «ل»).
struct Cand {
    s: usize,
    e: usize,
    span_s: usize,
    payload: u32,
}

impl Recognizer {
    pub(crate) fn find(&self, p: &Prepared, nested: bool) -> Vec<Found> {
        let m = p.m.as_str();
        // 1. Candidates with valid word boundaries.
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
        let mut shared: Vec<usize> = Vec::new();
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
            occ.insert(c.s, c.e);
            // A name several countries' bodies share: its place is taken (the names inside
            // it are not the article's), whose it is decided once the places are known.
            if pay.by_theatre {
                shared.push(ci);
                continue;
            }
            let ent = full[0].ent;
            named.insert(ent);
            sel.push(Found { s: c.s, e: c.e, span_s: c.span_s, ent: EntId::Lex(ent), militia: false, pattern: false, nested: false });
        }
        sel.sort_by_key(|f| f.s);
        let mut unresolved: Vec<usize> = Vec::new();
        for ci in shared {
            let c = &cands[ci];
            match self.resolve(m, p, c.s, c.e, &self.payloads[c.payload as usize], &sel, &named) {
                Some(ent) => {
                    let i = sel.partition_point(|f| f.s < c.s);
                    sel.insert(i, Found { s: c.s, e: c.e, span_s: c.span_s, ent, militia: false, pattern: false, nested: false });
                }
                None => {
                    // (Before another country's nisba step 3b' names it; before another
                    // adjective, the patterns the longer name.)
                    occ.remove(c.s, c.e);
                    unresolved.push(ci);
                }
            }
        }
        self.mark_militia(m, &mut sel);

        // 3. Short names, anaphors and shared names, in text order of length.
        let mut nisba_bodies: Vec<(String, EntId)> = Vec::new();
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
            // «حركة X الإرهابية»: a judgement, not another body. «قوات X السودانية», «حزب X
            // اللبناني»: an armed group's nationality is its own (no state has a body of it).
            if self.descriptors.contains(t) || nationality && self.ents[i as usize].kind == "armed_group" {
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

        // 4a. «مخيم زمزم للنازحين»: a camp's qualifier is part of its name.
        let camps_inner = self.camp_qualified(m, &mut sel, &mut occ);

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
        for (s, e, kind) in self.list_pattern(m, p, &words, &sel, &occ) {
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

        // 4c-called. «زعيم محلي يدعى بابا غوني موداو»: a person's name after «يدعى».
        for f in self.called_people(m, &words, &sel, &occ) {
            occ.insert(f.s, f.e);
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
        // «نقلت الموقف عن …»: an outlet named by an ordinary word.
        datelines.extend(self.quoting_outlets(m, &words, &occ, &sel));
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

        // 4d-foreign. «منظمة ووتر ميشن إنترناشيونال»: a body's foreign name after its head;
        // its name without the head elsewhere in the article too.
        let mut foreign_inner: Vec<(usize, usize)> = Vec::new();
        for (s, e, core, inside) in self.foreign_bodies(m, &words, &sel, &occ) {
            if core > s {
                foreign_inner.push((core, e));
            }
            let ent = match inside.and_then(|(a, b)| sel.iter().position(|x| x.s == a && x.e == b)) {
                Some(k) => {
                    let x = sel.remove(k);
                    occ.remove(x.s, x.e);
                    x.ent
                }
                None => EntId::New(derived_id("org", &m[core..e]), "org"),
            };
            occ.insert(s, e);
            new_names.push((m[core..e].to_string(), ent.clone(), m[core..e].split(' ').count()));
            let f = Found { s, e, span_s: s, ent, militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|x| x.s < s);
            sel.insert(i, f);
        }

        // 4d-platform. «منصة ثريدز»: a platform; «على ثريدز» elsewhere in the article too.
        for (s, x) in self.platforms(m, p, &words, &sel, &occ) {
            occ.insert(s, x.e);
            let ent = EntId::New(derived_id("org", &m[x.s..x.e]), "outlet");
            new_names.push((m[x.s..x.e].to_string(), ent.clone(), 1));
            let f = Found { s, e: x.e, span_s: s, ent, militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|y| y.s < s);
            sel.insert(i, f);
        }
        // «منصة إكس» of the lexicon: its bare name too.
        for f in &sel {
            if let Some(x) = next_word(m, word_end(m, f.s)).filter(|x| x.e == f.e && !f.nested && matches!(f.ent, EntId::Lex(_))) {
                if self.platform_name(m, p, &W { s: f.s, e: word_end(m, f.s), tight: true }).is_some_and(|y| y.s == x.s) {
                    new_names.push((m[x.s..x.e].to_string(), f.ent.clone(), 1));
                }
            }
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

        // 4f. «تنسيقية لجان المقاومة بالفاشر»: a body the patterns named from a plural head
        // right after a civil body's own head is that outer body, named without the inner
        // head (the id of «تنسيقية المقاومة بالفاشر»).
        self.outer_heads(m, &mut sel, &mut occ);

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
                                if let Some(pre) = w.rsplit(' ').nth(1).filter(|p| self.particles.contains(*p) && w.split(' ').count() >= 3) {
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
                    // «عبد الجليل» found alone as a person of its own, or «خضر» after a title:
                    // the family name of the one named in full.
                    if single {
                        let lone = !w.contains(' ');
                        if let Some(f) = sel.iter_mut().find(|f| f.s == s && f.e == e && f.ent != id && matches!(&f.ent, EntId::New(x, _) if x.starts_with("person:") && (!lone || !x.contains('-')))) {
                            f.ent = id.clone();
                        }
                    }
                    continue;
                }
                // «وصف فيه خاطر الوضع»: a family name rare in news, written as the full name
                // ends, is the person's anywhere in the article that names them in full. Not
                // a definite word («العامة», «المخطوطة»: common nouns after a misread name),
                // nor one with a pronoun («زوجك»).
                let rare = || {
                    !w.contains(' ')
                        && !is_definite(&w)
                        && w.chars().count() >= 4
                        && !["ك", "كم", "ها", "هم", "نا"].iter().any(|x| w.ends_with(x))
                        && !self.common.contains(w.as_str())
                        && !self.first_names.contains(w.as_str())
                        && self.news_df.get(w.as_str()).is_none_or(|&n| n < 80)
                        && sel.iter().any(|f| f.ent == id && m[f.s..f.e].ends_with(w.as_str()) && m[f.s..f.e].len() > w.len() && m[f.s..f.e - w.len()].ends_with(' '))
                };
                if single && !self.name_context(m, p, s, e, false) && !rare() {
                    continue;
                }
                occ.insert(s, e);
                let i = sel.partition_point(|x| x.s < s);
                sel.insert(i, Found { s, e, span_s: s, ent: id.clone(), militia: false, pattern: true, nested: false });
            }
        }
        // 5a. «قالت، لـ"المملكة"»، «في تصريح لـ"سانا"»: a quoted name given a statement is
        // the outlet it was given to.
        self.given_to_outlets(m, p, &mut sel, &mut occ);

        // 5a'. «وبحسب الموقف»: an outlet named by an ordinary word, again where an outlet
        // stands.
        for f in self.outlet_word_again(m, &sel, &occ) {
            occ.insert(f.s, f.e);
            let i = sel.partition_point(|x| x.s < f.s);
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
        self.armies_by_nisba(m, &mut sel);
        self.capitals_as_states(m, &mut sel);
        let govs = self.governorates_named(m, &sel);
        self.bare_governorates(m, &govs, &mut sel);
        self.governorates_as_seats(m, &mut sel);
        if nested {
            // 6. Every name inside a longer name, at every depth (they may overlap).
            let inner = Inner { camps: &camps_inner, foreign: &foreign_inner, quoted: &quoted };
            let out = self.nested_names(m, p, &cands, &sel, &named, places_in_bodies, &inner, &govs);
            sel.extend(out);
            sel.sort_by(|a, b| a.span_s.cmp(&b.span_s).then(b.e.cmp(&a.e)));
        }
        sel
    }

    /// Step 5a: a quoted name given a statement is the outlet it was given to («قالت،
    /// لـ"المملكة"»، «في تصريح لـ"سانا"»).
    fn given_to_outlets(&self, m: &str, p: &Prepared, sel: &mut Vec<Found>, occ: &mut Occ) {
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
    }

    /// Step 6: every name inside a longer name of `sel`, at every depth (they may overlap).
    #[allow(clippy::too_many_arguments)]
    fn nested_names(&self, m: &str, p: &Prepared, cands: &[Cand], sel: &[Found], named: &HashSet<u32>, places_in_bodies: Vec<Found>, inner_spans: &Inner, govs: &[(String, EntId)]) -> Vec<Found> {
        let (camps_inner, foreign_inner, quoted) = (inner_spans.camps, inner_spans.foreign, inner_spans.quoted);
        // 6. Every name inside a longer name, at every depth (they may overlap).
        let mut out: Vec<Found> = Vec::new();
        let mut seen: HashSet<(usize, usize)> = HashSet::default();
        // The candidates by start (stable: those of one start keep their order), so that each
        // longer name looks only at the candidates inside it.
        let mut by_start: Vec<&Cand> = cands.iter().collect();
        by_start.sort_by_key(|c| c.s);
        let starting_at = |ws: usize| {
            let a = by_start.partition_point(|d| d.s < ws);
            &by_start[a..a + by_start[a..].partition_point(|d| d.s == ws)]
        };
        for f in sel {
            let lo = by_start.partition_point(|c| c.s < f.s);
            // Not a name inside a word that is a name itself («كسلا» is no «ك» + «سلا»).
            let glued = |c: &Cand| {
                let ws = word_start(m, c.s);
                // («وجدة» is Oujda or «و» + «جدة»: both readings stay.)
                ws < c.s && ws >= f.s && !matches!(&m[ws..c.s], "و" | "ف") && starting_at(ws).iter().any(|d| d.e >= c.e && !self.payloads[d.payload as usize].never)
            };
            for &c in by_start[lo..].iter().take_while(|c| c.s < f.e).filter(|c| c.e <= f.e && (c.e - c.s) < (f.e - f.s) && !glued(c)) {
                let pay = &self.payloads[c.payload as usize];
                if pay.never || (pay.names.is_empty() && pay.anaphor.is_none()) || !seen.insert((c.s, c.e)) {
                    continue;
                }
                let simple = pay.anaphor.is_none() && !pay.by_theatre && pay.names.iter().all(|n| n.kind != NK::Short);
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
        for f in sel {
            let EntId::New(id, _) = &f.ent else { continue };
            let Some(core) = id.strip_prefix("place:") else { continue };
            let Some((h, rest)) = m[f.s..f.e].split_once(' ') else { continue };
            let core = match self.head_of(h).and_then(|x| x.head) {
                Some(Head::Place { settlement: true, .. }) => core.replace('-', " "),
                // («مخيم X للنازحين»: X, without the camp's qualifier.)
                Some(Head::Place { settlement: false, .. }) if self.bare_town_heads.contains(h) => match rest.rsplit_once(' ') {
                    Some((x, q)) if self.forms.camp_qualifiers.contains(q) => x.to_string(),
                    _ => rest.to_string(),
                },
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
        // «منصة إكس»: the platform's own name inside it.
        for f in sel {
            let Some(x) = next_word(m, word_end(m, f.s)).filter(|x| x.e == f.e && x.tight) else { continue };
            if self.platform_name(m, p, &W { s: f.s, e: word_end(m, f.s), tight: true }).is_some_and(|y| y.s == x.s) && seen.insert((x.s, x.e)) {
                out.push(Found { s: x.s, e: x.e, span_s: x.s, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
            }
        }
        // «منظمة "ريليف إنترناشيونال"»: the foreign name inside it.
        for &(cs, ce) in foreign_inner {
            let Some(f) = sel.iter().find(|f| f.s < cs && f.e == ce) else { continue };
            if seen.insert((cs, ce)) {
                out.push(Found { s: cs, e: ce, span_s: cs, ent: f.ent.clone(), militia: false, pattern: true, nested: true });
            }
        }
        // «مخيم زمزم للنازحين»: «مخيم زمزم» inside it.
        for (s0, e0, ent) in camps_inner {
            if sel.iter().any(|f| f.s == *s0 && f.e > *e0 && f.ent == *ent) && seen.insert((*s0, *e0)) {
                out.push(Found { s: *s0, e: *e0, span_s: *s0, ent: ent.clone(), militia: false, pattern: true, nested: true });
            }
        }
        // «وكالة الأناضول», «حركة حماس»: after a head whose bare name is the body
        // (heads.subject_heads), the name's own words inside it are a name of it too.
        for f in sel {
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
        for f in sel {
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
        for f in sel {
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
        for &(fs, qs, qe) in quoted {
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
        out
    }
}

/// Names the passes put inside longer names, for step 6: camps without their qualifier,
/// foreign names without their head, quoted outlet names.
struct Inner<'a> {
    camps: &'a [(usize, usize, EntId)],
    foreign: &'a [(usize, usize)],
    quoted: &'a [(usize, usize, usize)],
}
