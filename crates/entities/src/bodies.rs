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
