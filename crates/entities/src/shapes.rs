//! Names found by their shape beyond the lexicon, in small pieces kept out of lib.rs: a
//! name's core without the judgement after it, outlets named «X نيوز» or in Latin
//! capitals, people named right after a verb of saying.

use std::collections::HashSet;

/// The end of a name's core: `e` moved back over the judging adjectives that close it
/// («تنظيم الجهاد الإسلامي الإرهابي» is «الجهاد الإسلامي»), never past its first word.
pub(crate) fn judged_end<S: std::hash::BuildHasher>(m: &str, s: usize, mut e: usize, descriptors: &HashSet<String, S>) -> usize {
    while let Some(sp) = m[s..e].rfind(' ') {
        let last = &m[s + sp + 1..e];
        if !descriptors.contains(last) {
            break;
        }
        e = s + sp;
    }
    e
}

/// An armed group's name less a last nisba that leaves two words or more: «حركة الجهاد
/// الإسلامي الفلسطينية» is «الجهاد الإسلامي», «قوات الدعم السريع السودانية» is «الدعم
/// السريع»; «الجهاد الإسلامي» and «سوريا الديمقراطية» keep theirs (one word would be left).
pub(crate) fn without_last_nisba(m: &str, s: usize, e: usize) -> usize {
    let name = &m[s..e];
    let Some(sp) = name.rfind(' ') else { return e };
    if !crate::is_adjective(&name[sp + 1..]) || !name[..sp].contains(' ') {
        return e;
    }
    s + sp
}

/// «ال» + `rest` in `buf` (reused across words).
fn al<'a>(buf: &'a mut String, rest: &str) -> &'a str {
    buf.clear();
    buf.push_str("ال");
    buf.push_str(rest);
    buf
}

/// The words of `text` not in `drop`, joined by spaces.
pub(crate) fn without_words<S: std::hash::BuildHasher>(text: &str, drop: &HashSet<String, S>) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split(' ').filter(|w| !w.is_empty() && !drop.contains(*w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The shorter forms of a definite body's name that still name it: the name less its last
/// nisbas or judging words, two words or more left («المجلس الرئاسي الليبي» →
/// «المجلس الرئاسي»; «الحكومة اللبنانية» has none: «الحكومة» alone is any government).
pub(crate) fn shorter_forms<'a, S: std::hash::BuildHasher>(name: &'a str, descriptors: &HashSet<String, S>) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut e = name.len();
    while let Some(sp) = name[..e].rfind(' ') {
        let last = &name[sp + 1..e];
        if !(crate::is_adjective(last) || descriptors.contains(last)) {
            break;
        }
        e = sp;
        if !name[..e].contains(' ') {
            break;
        }
        out.push(&name[..e]);
    }
    out
}

impl crate::Recognizer {
    /// «شفق نيوز», «جسر برس», «سيريانيوز»: an outlet's last word after one name word (not
    /// a function, generic or frequent word, nor a head: «وكالة برس» is left to the head;
    /// or a known place's name, «كسلا نيوز»), or joined to a name of three letters or more;
    /// «الإخبارية» after an indefinite name word.
    pub(crate) fn suffix_outlets(&self, m: &str, words: &[crate::W], sel: &[crate::Found], occ: &crate::Occ) -> Vec<(usize, usize)> {
        let free = |a: usize, b: usize| occ.free_of(sel, a, b) && !self.keys.contains_key(&m[a..b]);
        let rare = |w: &str| {
            let c = w.strip_prefix("ال").unwrap_or(w);
            self.name_word(w) && self.head_of(w).is_none() && !self.common.contains(c) && self.news_df.get(c).is_none_or(|&n| n < 300)
        };
        let mut out = Vec::new();
        for (k, w) in words.iter().enumerate() {
            let t = &m[w.s..w.e];
            for suf in &self.outlet_suffixes {
                // Both forms below end with the suffix: one test before the others.
                if !t.ends_with(suf.as_str()) {
                    continue;
                }
                if t == suf.as_str() {
                    let Some(prev) = k.checked_sub(1).map(|j| words[j]) else { continue };
                    if !w.tight || !m[prev.e..w.s].chars().all(|c| c == ' ') {
                        continue;
                    }
                    let u = &m[prev.s..prev.e];
                    // «كسلا نيوز»: a town's name is an outlet's too.
                    let place = sel.iter().any(|f| f.s == prev.s && f.e == prev.e && matches!(f.ent, crate::EntId::Lex(i) if self.ents[i as usize].place))
                        && occ.free(w.s, w.e)
                        && !sel.iter().any(|f| f.span_s < w.e && w.s < f.e);
                    // «قدس الإخبارية»: a definite adjective after an indefinite word makes
                    // the word a name, so a word less rare is taken; never a definite one
                    // («النشرة الإخبارية» is the bulletin).
                    let name_ok = if suf.starts_with("ال") {
                        !crate::is_definite(u)
                            && self.name_word(u)
                            && self.head_of(u).is_none()
                            && !self.common.contains(u)
                            && self.news_df.get(u).is_none_or(|&n| n < 1000)
                    } else {
                        rare(u)
                    };
                    if u.chars().count() >= 2 && !u.starts_with('و') && ((name_ok && free(prev.s, w.e)) || place) {
                        out.push((prev.s, w.e));
                    }
                } else if let Some(stem) = t.strip_suffix(suf.as_str()).filter(|_| !suf.starts_with("ال")) {
                    if stem.chars().count() >= 3 && !stem.starts_with('و') && rare(stem) && free(w.s, w.e) {
                        out.push((w.s, w.e));
                    }
                }
            }
        }
        out
    }

    /// Latin-script names in Arabic text, set apart as credits and datelines are: one
    /// capitalised word or word in capitals («/AFP», «Facebook» alone on its line, «خاص -
    /// SY24»), or two in capitals («LEB NOW»); a longer run is an English phrase; not in a
    /// web address, not a word of `names.latin_not` («km», «PDF»).
    pub(crate) fn latin_names(&self, m: &str, p: &crate::prep::Prepared, words: &[crate::W], sel: &[crate::Found], occ: &crate::Occ) -> Vec<(usize, usize)> {
        let latin = |w: &crate::W| m[w.s..w.e].bytes().all(|b| b.is_ascii_alphanumeric()) && m[w.s..w.e].bytes().any(|b| b.is_ascii_alphabetic());
        // 2: in capitals; 1: capitalised; 0: neither, or listed as no name.
        let cased = |w: &crate::W| -> u8 {
            let ns = p.to_norm(w.s);
            let Some(o) = p.norm.text.get(ns..ns + (w.e - w.s)) else { return 0 };
            let letters = o.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let caps = o.chars().all(|c| !c.is_ascii_lowercase());
            let capitalised = o.starts_with(|c: char| c.is_ascii_uppercase()) && o.chars().any(|c| c.is_ascii_lowercase());
            if self.latin_not.contains(&m[w.s..w.e]) {
                0
            } else if caps && letters >= 2 {
                2
            } else if capitalised && letters >= 3 {
                1
            } else {
                0
            }
        };
        // Set apart as a credit or a dateline: alone on its line, after a dash or a slash
        // («/AFP», «خاص - SY24»); in running text or brackets a Latin word may be a
        // translation, a town or a technical term («(Osteoarthritis)», «London»).
        let apart = |s: usize, e: usize| {
            let before = m[..s].trim_end_matches(' ');
            let line_start = before.is_empty() || p.line_break(before.len(), s);
            let line_end = m[e..].trim_start_matches(' ').is_empty() || words.iter().find(|x| x.s >= e).is_none_or(|x| p.line_break(e, x.s));
            // (The match text has spaces for punctuation; the normalised text keeps it.)
            let nb = p.norm.text.get(..p.to_norm(s)).unwrap_or("").trim_end_matches(' ');
            (line_start && line_end) || nb.ends_with(['-', '–', '—', '/'])
        };
        // A web address or a file name: «.», «@», «_», «:» before the run, or «.», «@»,
        // «/», «_», «-» and more after it.
        let joined = |i: usize, j: usize| {
            let before = m[..i].chars().next_back().is_some_and(|c| matches!(c, '.' | '@' | '_' | ':'));
            let after = m[j..].chars().next().is_some_and(|c| matches!(c, '.' | '@' | '/' | '_' | '-')) && m[j..].chars().nth(1).is_some_and(|c| c.is_ascii_alphanumeric());
            before || after
        };
        let free = |a: usize, b: usize| occ.free_of(sel, a, b);
        let mut out = Vec::new();
        let mut k = 0;
        while k < words.len() {
            if !latin(&words[k]) {
                k += 1;
                continue;
            }
            let mut j = k + 1;
            while j < words.len() && latin(&words[j]) && words[j].tight && !p.line_break(words[j - 1].e, words[j].s) && !p.is_quote(words[j - 1].e) {
                j += 1;
            }
            let run = &words[k..j];
            let (s, e) = (run[0].s, run[run.len() - 1].e);
            let ok = apart(s, e)
                && match run {
                    [one] => cased(one) >= 1,
                    [a, b] => cased(a) == 2 && cased(b) == 2,
                    _ => false,
                };
            if ok && !joined(s, e) && free(s, e) {
                out.push((s, e));
            }
            k = j;
        }
        out
    }

    /// «النظام السوري», «للنظام الإيراني»: a regime noun (heads.regime) and a country's
    /// nisba, as (start, end, the id «الحكومة السورية» gets); no other adjective («النظام
    /// الصحي»).
    pub(crate) fn regimes(&self, m: &str, words: &[crate::W], sel: &[crate::Found], occ: &crate::Occ) -> Vec<(usize, usize, String)> {
        let free = |a: usize, b: usize| occ.free_of(sel, a, b);
        let mut out = Vec::new();
        // «للX» looked up as «الX» in one buffer, not a `format!` per word.
        let mut buf = String::new();
        for (k, w) in words.iter().enumerate() {
            let t = &m[w.s..w.e];
            let regime = |x: &str| if self.quick.regime.maybe(x) { self.regime.get(x) } else { None };
            let (s, head) = if let Some(h) = regime(t) {
                (w.s, h)
            } else if let Some(h) = t.strip_prefix("لل").and_then(|r| regime(al(&mut buf, r))) {
                (w.s + 'ل'.len_utf8(), h)
            } else if let Some(h) = t.strip_prefix(['و', 'ب', 'ف']).and_then(regime) {
                (w.s + 'و'.len_utf8(), h)
            } else {
                continue;
            };
            let Some(a) = words.get(k + 1).filter(|a| a.tight) else { continue };
            let Some(fem) = self.nisba_fem.get(&m[a.s..a.e]) else { continue };
            if free(s, a.e) {
                out.push((s, a.e, crate::derived_id("org", &format!("{head} {fem}"))));
            }
        }
        out
    }

    /// «الساحل السوري», «الضاحية الجنوبية», «البحر الأبيض المتوسط»: a definite noun of land
    /// or sea (heads.geo_nouns; after «و», «ب», «ف», «ك» or as «لل…») and one or two
    /// adjectives, nisbas or heads.geo_adjectives, name a region; not where a name is found.
    pub(crate) fn geo_regions(&self, m: &str, words: &[crate::W], sel: &[crate::Found], occ: &crate::Occ) -> Vec<(usize, usize)> {
        let free = |a: usize, b: usize| occ.free_of(sel, a, b);
        let mut out = Vec::new();
        let mut buf = String::new();
        for (k, w) in words.iter().enumerate() {
            let t = &m[w.s..w.e];
            let geo = |x: &str| self.quick.geo_nouns.maybe(x) && self.geo_nouns.contains(x);
            let (s, noun) = if geo(t) {
                (w.s, true)
            } else if let Some(r) = t.strip_prefix("لل") {
                (w.s + 'ل'.len_utf8(), geo(al(&mut buf, r)))
            } else if let Some(r) = t.strip_prefix(['و', 'ب', 'ف', 'ك']) {
                (w.s + 'و'.len_utf8(), geo(r))
            } else {
                continue;
            };
            if !noun {
                continue;
            }
            let mut e = w.e;
            for a in words.iter().skip(k + 1).take(2) {
                let u = &m[a.s..a.e];
                let adj = self.geo_adjectives.contains(u) || (crate::is_adjective(u) && u.chars().count() >= 5 && !self.stop.contains(u) && !self.descriptors.contains(u));
                if !a.tight || !adj || !m[e..a.s].chars().all(|c| c == ' ') {
                    break;
                }
                e = a.e;
            }
            if e > w.e && free(w.s, e) {
                out.push((s, e));
            }
        }
        out
    }

    /// «الشمال الغربي لسوريا», «الجنوب الشرقي لليبيا»: two definite compass words,
    /// «لـ» and a known place name the region «شمال غرب X» (the lexicon's region when it
    /// has one by that name). Returns the two compass words as a short name of the region
    /// («الشمال الغربي» later in the article).
    pub(crate) fn definite_compass_regions(&self, m: &str, sel: &mut [crate::Found], occ: &mut crate::Occ) -> Vec<(String, crate::EntId, usize)> {
        use crate::{derived_id, prev_word, EntId, Found};
        let mut short = Vec::new();
        for k in 0..sel.len() {
            let f = &sel[k];
            let EntId::Lex(i) = f.ent else { continue };
            if !self.ents[i as usize].place || f.span_s != f.s {
                continue;
            }
            // The place's word starts with «لـ» right before the name.
            let l = 'ل'.len_utf8();
            if !m[..f.s].ends_with('ل') || !(f.s == l || m[..f.s - l].ends_with(' ')) {
                continue;
            }
            let Some(c) = prev_word(m, f.s - l).filter(|c| c.tight) else { continue };
            let Some(d1) = self.compass_definite.get(&m[c.s..c.e]) else { continue };
            // Two words: one alone is too often the West or the East («دعم الغرب لإسرائيل»).
            let Some((s, dirs)) = prev_word(m, c.s)
                .filter(|b| b.tight)
                .and_then(|b| Some((b, self.compass_definite.get(&m[b.s..b.e])?)))
                .filter(|(_, d0)| *d0 != d1)
                .map(|(b, d0)| (b.s, format!("{d0} {d1}")))
            else {
                continue;
            };
            if !occ.free(s, c.e) {
                continue;
            }
            let ent = self
                .keys
                .get(format!("{dirs} {}", &m[f.s..f.e]).as_str())
                .and_then(|&pi| {
                    let names = &self.payloads[pi as usize].names;
                    (names.len() == 1 && self.ents[names[0].ent as usize].place).then(|| EntId::Lex(names[0].ent))
                })
                .unwrap_or_else(|| EntId::New(derived_id("place", &format!("{dirs} {}", self.ents[i as usize].id)), "region"));
            short.push((m[s..c.e].to_string(), ent.clone(), 2));
            let e = f.e;
            occ.remove(f.s, f.e);
            occ.insert(s, e);
            sel[k] = Found { s, e, span_s: s, ent, militia: false, pattern: true, nested: false };
        }
        short
    }

    /// «الشمال السوري», «الجنوب اللبناني»: one definite compass noun and a country's
    /// nisba name the region «شمال X» («شمال سوريا» gets the same id). Compass adjectives
    /// («الشمالي») are no head here, nor is «الشرق الأوسط» (no country's nisba).
    pub(crate) fn nisba_compass_regions(&self, m: &str, sel: &[crate::Found], occ: &mut crate::Occ) -> Vec<crate::Found> {
        use crate::{derived_id, next_word, word_start, EntId, Found, PRE_PLAIN_PUB};
        let mut out = Vec::new();
        if self.nisba_country.is_empty() {
            return out;
        }
        // The compass nouns («الشمال»), not their adjectives («الشمالي»).
        for (word, dir) in self.compass_definite.iter().filter(|(w, _)| !w.ends_with('ي')) {
            for s in memchr::memmem::find_iter(m.as_bytes(), word.as_bytes()) {
                let e = s + word.len();
                let ws = word_start(m, s);
                if !(ws == s || PRE_PLAIN_PUB.contains(&&m[ws..s])) {
                    continue;
                }
                let Some(w) = next_word(m, e).filter(|w| w.tight && w.s == e + 1) else { continue };
                let Some(&c) = self.nisba_country.get(&m[w.s..w.e]) else { continue };
                if !occ.free(s, w.e) || sel.iter().any(|f| f.s < w.e && f.e > s) {
                    continue;
                }
                occ.insert(s, w.e);
                let id = derived_id("place", &format!("{dir} {}", self.ents[c as usize].id));
                out.push(Found { s, e: w.e, span_s: s, ent: EntId::New(id, "region"), militia: false, pattern: true, nested: false });
            }
        }
        out.sort_by_key(|f| f.s);
        out
    }

    /// «منسقية النازحين واللاجئين»: a civil head (`s..e`) and the group named after it
    /// (`sel[xi]`), with a second group joined by «و», are one new body; the groups stay
    /// names of their own only inside it.
    pub(crate) fn body_of_group(&self, m: &str, s: usize, e: usize, span_s: usize, xi: usize, sel: &mut Vec<crate::Found>, occ: &mut crate::Occ) -> crate::Found {
        use crate::{derived_id, insert_found, next_word, EntId, Found};
        let group = |f: &Found| matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].kind == "group");
        let x = sel.remove(xi);
        occ.remove(x.s, x.e);
        let mut end = x.e;
        if let Some(w) = next_word(m, end).filter(|w| w.tight && m[w.s..w.e].starts_with('و')) {
            if let Some(yi) = sel.iter().position(|f| f.s > w.s && f.s <= w.s + 'و'.len_utf8() && group(f)) {
                let y = sel.remove(yi);
                occ.remove(y.s, y.e);
                end = y.e;
            }
        }
        occ.insert(s, end);
        let id = derived_id("org", &format!("{} {}", self.head_word(&m[s..e]), &m[x.s..end]));
        insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, "org"), militia: false, pattern: true, nested: false })
    }

    /// «غرفة طوارئ مخيم أبو X», «لجنة حي الزهور»: a civil body's head, up to two indefinite
    /// nouns, and a place the head patterns named («مخيم X», «حي Y», «ولاية X») in construct
    /// are a body of that place. Returns
    /// the places, now inside the bodies' names.
    pub(crate) fn bodies_of_new_places(&self, m: &str, sel: &mut Vec<crate::Found>, occ: &mut crate::Occ) -> Vec<crate::Found> {
        use crate::{derived_id, is_definite, prev_word, EntId, Found, Head};
        let mut inner = Vec::new();
        let mut k = 0;
        while k < sel.len() {
            let x = &sel[k];
            // A new place, or a known one a head named after the body's head («حكومة ولاية X»).
            let place_id = match &x.ent {
                EntId::New(id, _) if id.starts_with("place:") => id.clone(),
                EntId::Lex(i) if x.pattern && self.ents[*i as usize].place => self.ents[*i as usize].id.clone(),
                _ => {
                    k += 1;
                    continue;
                }
            };
            if x.s != x.span_s {
                k += 1;
                continue;
            }
            // Back over up to two free indefinite nouns to a civil head.
            let mut at = x.s;
            let mut head = None;
            for _ in 0..3 {
                let Some(w) = prev_word(m, at).filter(|w| w.tight && occ.free(w.s, w.e)) else { break };
                let t = &m[w.s..w.e];
                let bare = t.strip_prefix('و').filter(|r| self.head_of(r).is_some()).unwrap_or(t);
                match self.head_of(bare).and_then(|h| h.head) {
                    Some(Head::Org { outlet: false, armed: false }) if !is_definite(bare) => {
                        head = Some((w.s + (t.len() - bare.len()), w.e));
                        break;
                    }
                    _ if is_definite(t) || !self.name_word(t) || self.head_of(t).is_some() => break,
                    _ => at = w.s,
                }
            }
            let Some((hs, he)) = head else {
                k += 1;
                continue;
            };
            let (xs, xe) = (x.s, x.e);
            let id = derived_id("org", &format!("{} {}", self.head_word(&m[hs..he]), &m[he..xs]))
                + "-"
                + place_id.trim_start_matches("place:");
            occ.remove(xs, xe);
            occ.insert(hs, xe);
            inner.push(sel.remove(k));
            let f = Found { s: hs, e: xe, span_s: hs, ent: EntId::New(id, "org"), militia: false, pattern: true, nested: false };
            let i = sel.partition_point(|y| y.s < hs);
            sel.insert(i, f);
            k = i + 1;
        }
        inner
    }

    /// «وزارة الصحة التابعة لحماس», «وزارة الصحة السورية التابعة للنظام»: a civil body, a word of
    /// affiliation and its owner (a name found there, else a definite word and its nisbas)
    /// are one name of the body, which keeps its entity. Returns the owners' names, now
    /// inside the body's.
    pub(crate) fn bodies_of_owners(&self, m: &str, sel: &mut Vec<crate::Found>, occ: &mut crate::Occ) -> Vec<crate::Found> {
        use crate::{drop_gone, is_adjective, next_word, EntId};
        let mut inner = Vec::new();
        let mut gone = vec![false; sel.len()];
        for k in 0..sel.len() {
            if gone[k] {
                continue;
            }
            let f = &sel[k];
            // Civil bodies only: an armed force's name stays short for the events that
            // name it as a doer («قوات الأمن الداخلي التابعة لـ…» is told as «قوات الأمن الداخلي»).
            let body = match &f.ent {
                EntId::Lex(i) => {
                    let e = &self.ents[*i as usize];
                    !e.place && !e.person && !e.armed && !e.media
                }
                EntId::New(id, kind) => id.starts_with("org:") && *kind == "org",
            };
            let first = m[f.s..f.e].split(' ').next().unwrap_or("");
            let armed_head = matches!(self.head_of(first).and_then(|h| h.head), Some(crate::Head::Org { outlet: true, .. } | crate::Head::Org { armed: true, .. }));
            if !body || armed_head {
                continue;
            }
            let Some(a) = next_word(m, f.e).filter(|w| w.tight && self.affiliation.contains(&m[w.s..w.e])) else { continue };
            let Some(o) = next_word(m, a.e).filter(|w| w.tight && m[w.s..w.e].starts_with('ل')) else { continue };
            let l = 'ل'.len_utf8();
            // A name found right after «لـ» or «لل».
            let from = sel.partition_point(|x| x.s < o.s);
            let owner = (from..sel.len())
                .take_while(|&j| sel[j].s <= o.s + 2 * l)
                .find(|&j| !gone[j] && j != k && sel[j].e > o.s);
            let (fs, end) = match owner {
                Some(j) => (f.s, sel[j].e),
                None => {
                    let t = &m[o.s..o.e];
                    // «للنظام»: «لل» is «لـ» and the article.
                    let bare = t.strip_prefix("لل").map(|x| x.len()).unwrap_or(0);
                    if bare < 3 * 2 || !self.name_word(&format!("ال{}", &t["لل".len()..])) || !occ.free(o.s, o.e) {
                        continue;
                    }
                    let mut end = o.e;
                    let mut n = 0;
                    while let Some(w) = next_word(m, end).filter(|w| w.tight && n < 2 && is_adjective(&m[w.s..w.e]) && occ.free(w.s, w.e)) {
                        end = w.e;
                        n += 1;
                    }
                    (f.s, end)
                }
            };
            occ.remove(fs, sel[k].e);
            if let Some(j) = owner {
                occ.remove(sel[j].s, sel[j].e);
                gone[j] = true;
                inner.push(sel[j].clone());
            }
            occ.insert(fs, end);
            sel[k].e = end;
        }
        drop_gone(sel, &gone);
        inner
    }
}
