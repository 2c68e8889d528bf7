//! Context rules for lexicon names: what surrounds a candidate (heads, roles, «ال»,
//! proclitics), and the resolver that decides which entity an ambiguous or short key
//! names (full name earlier in the article, theatre, anaphors), surnames that read as
//! words, and a body's short name after a nisba.

use super::*;

impl Recognizer {
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

    pub(crate) fn resolve(
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
                    // The head: the anaphor's first word («المكتب الأممي» → «مكتب»).
                    let h = self.head_word(m[s..e].split(' ').next().unwrap_or(""));
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
            if let Some(i) = full.iter().copied().find(|&i| in_text(i)) {
                return Some(EntId::Lex(i));
            }
            // A name each of several countries' bodies goes by («القوات الحكومية»), in an
            // article whose places name none of their countries: it does not say whose, so
            // it is a body of its own words (an agent or a source still), none of theirs.
            if pay.by_theatre {
                // (Before a country's nisba it is that country's: step 3b' names it; before
                // another adjective, the longer name is a body the patterns name: «حكومة
                // الإنقاذ الوطني».)
                if next_word(m, e).is_some_and(|w| w.tight && (self.nisba_fem.contains_key(&m[w.s..w.e]) || is_adjective(&m[w.s..w.e]))) {
                    return None;
                }
                return Some(EntId::New(derived_id("org", &m[s..e]), self.ents[full[0] as usize].kind.as_str()));
            }
            return Some(EntId::Lex(full[0]));
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
    pub(crate) fn by_theatre(&self, pay: &Payload, sel: &[Found]) -> Option<u32> {
        let mut cands: Vec<u32> = pay.names.iter().map(|n| n.ent).filter(|&i| !self.ents[i as usize].theatre.is_empty()).collect();
        // (An entity may hold the name twice: a regional alias and a loaded term.)
        cands.sort_unstable();
        cands.dedup();
        // (One body's regional alias is decided as a name several share is.)
        if cands.is_empty() || (cands.len() < 2 && !pay.by_theatre) {
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
        let (best, i) = scored[0];
        // A generic name («القوات الحكومية») is not one body's where another country's
        // places outnumber its own (in an article on South Sudan that names Sudan once, it
        // is not Sudan's army). (A short name's lead alone decides: its full name stands
        // where none leads.)
        if !pay.by_theatre {
            return (best > 0 && best > scored[1].0).then_some(i);
        }
        let mut other: HashMap<[u8; 2], usize> = HashMap::default();
        for f in sel {
            if let EntId::Lex(j) = f.ent {
                if let Some(c) = self.ents[j as usize].country.filter(|c| !self.ents[i as usize].theatre.contains(c)) {
                    *other.entry(c).or_default() += 1;
                }
            }
        }
        // (One body's regional alias in an article that names no other country's places
        // but once stays that body's, as the lexicon had it: a Saudi article on the National
        // Guard that names Yemen once is still about Saudi Arabia's.)
        if best == 0 && cands.len() == 1 && other.values().sum::<usize>() <= 1 {
            return Some(i);
        }
        (best > 0 && scored.get(1).is_none_or(|x| best > x.0) && other.values().all(|&n| n <= best)).then_some(i)
    }

    /// A surname the lexicon knows, standing alone with its bearer not named here, that is
    /// a word or someone else's: a title or role («وقال المهندس طارق …»), a nationality
    /// («الرئيس التركي»), after another given name («ماجد عسيري»), or where a place stands (`heads.locative`: «في المنفى», «في الصدر»).
    pub(crate) fn word_not_surname(&self, m: &str, s: usize, e: usize) -> bool {
        let w = &m[s..e];
        self.keys.get(w).is_some_and(|&i| self.payloads[i as usize].role)
            || self.nisba_country.contains_key(w)
            || prev_word(m, word_start(m, s)).is_some_and(|x| {
                let t = &m[x.s..x.e];
                // «ماجد عسيري»: right after another given name, another person's surname
                // («ومحمد المالكي» too: the given name with «و»).
                let given = |g: &str| self.first_names.contains(g) && !self.given_also_words.contains(g);
                x.tight && (self.locative.contains(t) || given(t) || t.strip_prefix('و').is_some_and(|g| g.chars().count() >= 3 && given(g)))
            })
    }

    /// A head noun as it stands in a derived id: without «ال», synonyms made one
    /// («ميناء» → «مرفأ», «مشفى» → «مستشفى»).
    /// The first words of a body named in full, cut before its complement («الحركة الشعبية
    /// لتحرير السودان» → «الحركة الشعبية», «منظمة غيث للإغاثة» → «منظمة غيث», «جهاز الإسعاف
    /// والطوارئ» → «جهاز الإسعاف»): met alone in the article, the same body. Two words at
    /// least, the first a body head; none the lexicon knows; none two bodies share.
    pub(crate) fn body_prefixes(&self, m: &str, sel: &[Found]) -> Vec<(String, EntId)> {
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
    pub(crate) fn short_body_of_nisba(&self, m: &str, s: usize, e: usize, span_s: usize, pay: &Payload, occ: &Occ) -> Option<Found> {
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
}
