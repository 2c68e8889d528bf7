//! In-article linking of places and bodies once names are found: a state's body named
//! without its state, capitals that stand for their state, a governorate and the city of
//! its name, a civil body of a known place, short forms of bodies named in full, names
//! known by their first words, and who is called a militia.

use super::*;

impl Recognizer {
    /// «وزارة الصحة» named without its state, in an article whose places are all, or mostly,
    /// in one country: that country's ministry, the one «وزارة الصحة السورية» names, so
    /// articles that name it either way link. No country, or two as often, or a nisba after
    /// its portfolio («وزارة الدفاع الروسية»): left alone.
    pub(crate) fn national_bodies(&self, m: &str, sel: &mut [Found]) {
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
    pub(crate) fn capitals_as_states(&self, m: &str, sel: &mut [Found]) {
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
    pub(crate) fn governorates_named(&self, m: &str, sel: &[Found]) -> Vec<(String, EntId)> {
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
    pub(crate) fn bare_governorates(&self, m: &str, govs: &[(String, EntId)], sel: &mut [Found]) {
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
    pub(crate) fn governorates_as_seats(&self, m: &str, sel: &mut [Found]) {
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
    pub(crate) fn bodies_of_places(&self, m: &str, sel: &mut Vec<Found>, occ: &mut Occ) -> Vec<Found> {
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
    pub(crate) fn link_short_bodies(&self, m: &str, sel: &mut [Found]) {
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
    pub(crate) fn known_by_first_words(&self, m: &str, sel: &mut [Found]) {
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
    pub(crate) fn mark_militia(&self, m: &str, sel: &mut [Found]) {
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

    /// «القوات المسلحة التشادية» and «الجيش التشادي» name one army: a new body of «القوات»
    /// (with «المسلحة») and a country's feminine nisba is the body «الجيش» and the
    /// masculine nisba name, the lexicon's when it has that name, else its new id
    /// (`org:جيش-…`, the id «الجيش التشادي» gets when the lexicon lacks it).
    pub(crate) fn armies_by_nisba(&self, m: &str, sel: &mut [Found]) {
        let mut renamed: Vec<(EntId, EntId)> = Vec::new();
        for f in sel.iter() {
            let EntId::New(id, _) = &f.ent else { continue };
            if !id.starts_with("org:") || renamed.iter().any(|(a, _)| *a == f.ent) {
                continue;
            }
            let words: Vec<&str> = m[f.s..f.e].split(' ').collect();
            let fem = match words.as_slice() {
                ["القوات", "المسلحه", n] | ["القوات", n] => *n,
                _ => continue,
            };
            if self.nisba_fem.get(fem).is_none_or(|x| x != fem) {
                continue;
            }
            let Some(masc) = fem.strip_suffix('ه') else { continue };
            let army = format!("الجيش {masc}");
            let lex = self.keys.get(&army).and_then(|&k| self.payloads[k as usize].names.iter().find(|n| n.kind == NK::Full)).map(|n| EntId::Lex(n.ent));
            let to = lex.unwrap_or_else(|| EntId::New(derived_id("org", &format!("جيش {masc}")), "org"));
            renamed.push((f.ent.clone(), to));
        }
        for f in sel.iter_mut() {
            if let Some((_, to)) = renamed.iter().find(|(a, _)| *a == f.ent) {
                f.ent = to.clone();
            }
        }
    }
}

/// Name forms by their extent (session 11): a camp's qualifier, outlets named by ordinary
/// words where they stand as outlets, bodies with foreign names.
impl Recognizer {
    /// Is `t` a camp's head («مخيم», «معسكر»)?
    fn camp_head(&self, t: &str) -> bool {
        self.bare_town_heads.contains(t)
            && matches!(
                self.head_of(t).and_then(|x| x.head),
                Some(Head::Place {
                    settlement: false,
                    ..
                })
            )
    }

    /// «مخيم زمزم للنازحين», «معسكر X للاجئين»: the qualifier after a camp's name is part of
    /// it (a lexicon name the qualifier holds, «النازحين», gives way). Returns the spans of
    /// the camps' names without it, which stay names inside.
    pub(crate) fn camp_qualified(
        &self,
        m: &str,
        sel: &mut Vec<Found>,
        occ: &mut Occ,
    ) -> Vec<(usize, usize, EntId)> {
        let mut inner = Vec::new();
        let mut k = 0;
        while k < sel.len() {
            let f = &sel[k];
            let place = match &f.ent {
                EntId::Lex(i) => self.ents[*i as usize].place,
                EntId::New(id, _) => id.starts_with("place:"),
            };
            let head = m[f.s..f.e].split(' ').next().unwrap_or("");
            if !place || f.nested || !m[f.s..f.e].contains(' ') || !self.camp_head(head) {
                k += 1;
                continue;
            }
            let Some(w) = next_word(m, f.e)
                .filter(|w| w.tight && self.forms.camp_qualifiers.contains(&m[w.s..w.e]))
            else {
                k += 1;
                continue;
            };
            if let Some(j) = sel.iter().position(|x| x.s >= w.s && x.e <= w.e) {
                occ.remove(sel[j].s, sel[j].e);
                sel.remove(j);
                if j < k {
                    k -= 1;
                }
            }
            if !occ.free(w.s, w.e) {
                k += 1;
                continue;
            }
            let (s0, e0) = (sel[k].s, sel[k].e);
            occ.remove(s0, e0);
            occ.insert(s0, w.e);
            sel[k].e = w.e;
            inner.push((s0, e0, sel[k].ent.clone()));
            k += 1;
        }
        inner
    }

    /// «نقلت الموقف عن مصادر»: the definite word between a verb of quoting and «عن» is an
    /// outlet, however ordinary («نقلت الوكالة عن» is no name: a head noun).
    pub(crate) fn quoting_outlets(
        &self,
        m: &str,
        words: &[W],
        occ: &Occ,
        sel: &[Found],
    ) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (i, v) in words.iter().enumerate() {
            if !self.forms.outlet_quote_verbs.contains(&m[v.s..v.e]) {
                continue;
            }
            let (Some(x), Some(an)) = (words.get(i + 1), words.get(i + 2)) else {
                continue;
            };
            let t = &m[x.s..x.e];
            if !x.tight
                || !an.tight
                || &m[an.s..an.e] != "عن"
                || !is_definite(t)
                || t.chars().count() < 4
            {
                continue;
            }
            if !self.name_word(t)
                || self.head_of(t).is_some()
                || self.keys.contains_key(t)
                || self.descriptors.contains(t)
                || !occ.free_of(sel, x.s, x.e)
            {
                continue;
            }
            out.push((x.s, x.e));
        }
        out
    }

    /// An outlet the article names by one definite word («الموقف», «البوصلة»), found in a
    /// dateline, a quote or after «نقلت … عن»: its other occurrences where an outlet stands
    /// («وبحسب الموقف»، «في حديث للضياء»، «قال … للرصيف إن»).
    pub(crate) fn outlet_word_again(&self, m: &str, sel: &[Found], occ: &Occ) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for f in sel {
            let EntId::New(_, "outlet") = &f.ent else {
                continue;
            };
            let t = &m[f.s..f.e];
            if t.contains(' ') || !is_definite(t) || t.chars().count() < 4 || seen.contains(&t) {
                continue;
            }
            seen.push(t);
            let bare = &t["ال".len()..];
            for s in memchr::memmem::find_iter(m.as_bytes(), bare.as_bytes()) {
                let e = s + bare.len();
                if next_char(m, e).is_some_and(is_word_char) {
                    continue;
                }
                // «الموقف», «والموقف», «بالموقف», «للموقف».
                let ws = word_start(m, s);
                let pre = &m[ws..s];
                let (ms, l) = match pre {
                    "ال" => (ws, false),
                    "وال" | "بال" | "فال" => (ws + "و".len(), false),
                    "لل" | "ولل" => (s - "ل".len(), true),
                    _ => continue,
                };
                if !occ.free(ms, e) || out.iter().any(|x| x.s == ms) {
                    continue;
                }
                let cue = prev_word(m, ws)
                    .is_some_and(|w| w.tight && self.forms.outlet_cues.contains(&m[w.s..w.e]));
                // «قال الحجوري للرصيف إن»: a statement given to it.
                let given = l
                    && next_word(m, e).is_some_and(|w| {
                        w.tight && matches!(&m[w.s..w.e], "ان" | "انه" | "انها" | "بان")
                    });
                if cue || given {
                    out.push(Found {
                        s: ms,
                        e,
                        span_s: ws,
                        ent: f.ent.clone(),
                        militia: false,
                        pattern: true,
                        nested: false,
                    });
                }
            }
        }
        out
    }

    /// «منظمة ووتر ميشن إنترناشيونال», «شركة بلانيت لابز»: after a body's head, up to four
    /// indefinite words, the last a foreign word of bodies' names, are the body's name. A
    /// lexicon body inside («سيف ذا تشيلدرن» + «إنترناشيونال») takes the whole extent.
    /// Without a head, two to four such words after a word that is none («وأفادت كونسيرن
    /// ورلدوايد»). Returns (start, end, the name's start without its head, the span of the
    /// lexicon body inside).
    pub(crate) fn foreign_bodies(
        &self,
        m: &str,
        words: &[W],
        sel: &[Found],
        occ: &Occ,
    ) -> Vec<(usize, usize, usize, Option<(usize, usize)>)> {
        let mut out = Vec::new();
        for (i, h) in words.iter().enumerate() {
            let t = &m[h.s..h.e];
            let hs = match t.strip_prefix(['و', 'ب', 'ل', 'ف']) {
                Some(r)
                    if !self.forms.foreign_org_heads.contains(t)
                        && self.forms.foreign_org_heads.contains(r) =>
                {
                    h.s + "و".len()
                }
                _ if self.forms.foreign_org_heads.contains(t) => h.s,
                _ => continue,
            };
            let mut end = None;
            let mut inside = None;
            for j in i + 1..(i + 5).min(words.len()) {
                let w = words[j];
                let u = &m[w.s..w.e];
                if !w.tight || is_definite(u) || !self.name_word(u) || self.head_of(u).is_some() {
                    break;
                }
                if let Some(k) = sel.iter().position(|f| f.s <= w.s && w.e <= f.e) {
                    let x = &sel[k];
                    let org = matches!(&x.ent, EntId::Lex(e) if !self.ents[*e as usize].place && !self.ents[*e as usize].person);
                    if !org || x.s < words[i + 1].s || inside.is_some_and(|y| y != k) {
                        break;
                    }
                    inside = Some(k);
                }
                if self.forms.foreign_org_words.contains(u) {
                    end = Some(w.e);
                }
            }
            let Some(e) = end else { continue };
            let inside = inside.map(|k: usize| (sel[k].s, sel[k].e));
            let core = words[i + 1].s;
            // Only one foreign word after the head: a word of two readings («منظمة إيد»).
            if !m[core..e].contains(' ') {
                continue;
            }
            let free = match inside {
                Some((a, b)) => occ.free(hs, a) && occ.free(b, e),
                None => occ.free_of(sel, hs, e),
            };
            if free {
                out.push((hs, e, core, inside));
            }
        }
        // Without a head: back from a foreign word, name words that are no verb («وزعت»),
        // no word of news and no head.
        for (j, w) in words.iter().enumerate() {
            if !w.tight
                || !self.forms.foreign_org_words.contains(&m[w.s..w.e])
                || out.iter().any(|x| x.0 <= w.s && w.e <= x.1)
            {
                continue;
            }
            let mut start = None;
            let mut inside = None;
            for k in (j.saturating_sub(3)..j).rev() {
                let x = words[k];
                let u = &m[x.s..x.e];
                let content = u
                    .strip_prefix(['و', 'ف'])
                    .filter(|c| c.chars().count() >= 3)
                    .unwrap_or(u);
                let df = self.news_df.get(content).copied().unwrap_or(0);
                let verb = content.ends_with('ت') && df >= 20;
                let lex = sel.iter().find(|f| f.s <= x.s && x.e <= f.e);
                let lex_org = lex.is_some_and(|f| matches!(&f.ent, EntId::Lex(e) if !self.ents[*e as usize].place && !self.ents[*e as usize].person));
                if lex.is_some() && !lex_org {
                    break;
                }
                if !lex_org
                    && (is_definite(u)
                        || !self.name_word(u)
                        || self.head_of(u).is_some()
                        || self.forms.outlet_cues.contains(u)
                        || verb
                        || df >= 150
                        || self.stop.contains(content))
                {
                    break;
                }
                if let Some(f) = lex.filter(|_| lex_org) {
                    if inside.is_some_and(|y| y != (f.s, f.e)) || f.e > w.e {
                        break;
                    }
                    inside = Some((f.s, f.e));
                }
                start = Some(x.s);
                if !words[k].tight {
                    break;
                }
            }
            let Some(s) = start else { continue };
            // The lexicon body must start the name.
            if inside.is_some_and(|(a, _)| a != s) {
                continue;
            }
            let free = match inside {
                Some((_, b)) => occ.free(b, w.e),
                None => occ.free_of(sel, s, w.e),
            };
            if free {
                out.push((s, w.e, s, inside));
            }
        }
        out
    }
}

impl Recognizer {
    /// The word after a platform's head (`forms.platform_heads`, with its proclitics) at
    /// word `h`: «منصة ثريدز» gives «ثريدز».
    pub(crate) fn platform_name(&self, m: &str, p: &Prepared, h: &W) -> Option<W> {
        let t = &m[h.s..h.e];
        // (Most words end with no head: two suffix tests before any hashing.)
        if !self.forms.platform_heads.iter().any(|x| t.ends_with(x.as_str())) {
            return None;
        }
        let head = self.forms.platform_heads.contains(t) || t.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|r| self.forms.platform_heads.contains(r));
        if !head {
            return None;
        }
        let x = next_word(m, h.e).filter(|x| x.tight)?;
        let u = &m[x.s..x.e];
        // «تطبيق» is mostly applying («تطبيق القانون»): only a quoted or Latin name after it;
        // after «منصة», no preposition joined («منصة لمقاربة») nor pronoun («نهجه»).
        let quoted = p.is_quote(x.s - 1);
        let latin = u.is_ascii();
        let apply = t.ends_with("تطبيق");
        if apply && !quoted && !latin {
            return None;
        }
        if !quoted && !latin && (u.starts_with(['ل', 'ب']) || ["ه", "ها", "هم", "ك", "نا"].iter().any(|s| u.ends_with(s))) {
            return None;
        }
        let df = self.news_df.get(u).copied().unwrap_or(0);
        let ok = !is_definite(u) && self.name_word(u) && self.head_of(u).is_none() && !self.common.contains(u) && !is_adjective(u) && df < 150 && u.chars().count() >= 3;
        ok.then_some(x)
    }

    /// «منصة ثريدز», «تطبيق سيغنال»: a platform named by its head and one rare word. Returns
    /// (start of the head, the name's word).
    pub(crate) fn platforms(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, W)> {
        let mut out = Vec::new();
        for h in words {
            let Some(x) = self.platform_name(m, p, h) else { continue };
            let hs = if self.forms.platform_heads.contains(&m[h.s..h.e]) { h.s } else { h.s + "و".len() };
            if occ.free_of(sel, hs, x.e) {
                out.push((hs, x));
            }
        }
        out
    }
}

impl Recognizer {
    /// «زعيم محلي يدعى بابا غوني موداو إن …»: after «يدعى» (`forms.called`), two to four
    /// name words, the first indefinite, that end at a punctuation mark, «إن/أن» or a verb
    /// of saying, are a person.
    pub(crate) fn called_people(&self, m: &str, words: &[W], sel: &[Found], occ: &Occ) -> Vec<Found> {
        let mut out = Vec::new();
        for (i, c) in words.iter().enumerate() {
            if !self.forms.called.contains(&m[c.s..c.e]) || (i > 0 && matches!(&m[words[i - 1].s..words[i - 1].e], "ما" | "بما" | "وما" | "لما")) {
                continue;
            }

            let mut end = None;
            for j in i + 1..(i + 5).min(words.len()) {
                let w = words[j];
                let u = &m[w.s..w.e];
                if !w.tight || !self.name_word(u) || self.head_of(u).is_some() || (j == i + 1 && is_definite(u)) {
                    break;
                }
                end = Some(j);
                let next = words.get(j + 1);
                let closes = match next {
                    None => true,
                    Some(x) if !x.tight => true,
                    Some(x) => matches!(&m[x.s..x.e], "ان" | "انه" | "انها" | "بان") || self.report_verbs.contains(self.bare(&m[x.s..x.e])),
                };
                if closes {
                    break;
                }
                if j + 1 == (i + 5).min(words.len()) {
                    end = None;
                }
            }
            let Some(j) = end else { continue };
            let closes = words.get(j + 1).is_none_or(|x| !x.tight || matches!(&m[x.s..x.e], "ان" | "انه" | "انها" | "بان") || self.report_verbs.contains(self.bare(&m[x.s..x.e])));
            let (s, e) = (words[i + 1].s, words[j].e);
            // An indefinite word rare in news among them: a name, not a concept («يدعى جيل
            // الانتفاضة»).
            let rare = words[i + 1..=j].iter().any(|w| {
                let u = &m[w.s..w.e];
                !is_definite(u) && !self.common.contains(u) && self.news_df.get(u).is_none_or(|&n| n < 100)
            });
            if j > i + 1 && closes && rare && occ.free_of(sel, s, e) {
                out.push(Found { s, e, span_s: s, ent: EntId::New(derived_id("person", &m[s..e]), "person"), militia: false, pattern: true, nested: false });
            }
        }
        out
    }

    /// «تنسيقية لجان المقاومة X»: a new body whose name opens with a plural body head
    /// (`forms.plural_body_heads`) right after a civil body's head grows to that head, and
    /// its id is the outer head's with the rest of its own («org:لجان-المقاومه-…» →
    /// «org:تنسيقيه-المقاومه-…»).
    pub(crate) fn outer_heads(&self, m: &str, sel: &mut [Found], occ: &mut Occ) {
        for f in sel.iter_mut() {
            let EntId::New(id, kind) = &f.ent else { continue };
            if !self.forms.plural_body_heads.contains(&m[f.s..word_end(m, f.s)]) {
                continue;
            }
            let Some(h) = prev_word(m, f.s).filter(|h| h.tight && occ.free(h.s, h.e)) else { continue };
            let head = &m[h.s..h.e];
            if !matches!(self.head_of(head).and_then(|x| x.head), Some(Head::Org { outlet: false, armed: false })) {
                continue;
            }
            let Some((_, rest)) = id.strip_prefix("org:").and_then(|r| r.split_once('-')) else { continue };
            let new_id = format!("{}-{rest}", derived_id("org", self.head_word(head)));
            let kind = *kind;
            occ.remove(f.s, f.e);
            occ.insert(h.s, f.e);
            f.s = h.s;
            f.span_s = f.span_s.min(h.s);
            f.ent = EntId::New(new_id, kind);
        }
    }
}
