//! Names found by their head noun («وزارة X», «مدينة X», «سجن X», «قوات X»): where a
//! head's name ends, whether a word stands as a name, names in construct, and a body's
//! one-word name the article makes a subject.

use super::*;

impl Recognizer {
    pub(crate) fn head_word<'a>(&'a self, h: &'a str) -> &'a str {
        let h = h.strip_prefix("ال").filter(|x| x.len() >= 4).unwrap_or(h);
        self.head_synonyms.get(h).map_or(h, String::as_str)
    }

    /// Is `w` (a word of the match text) a possible first word of a name?
    pub(crate) fn name_word(&self, w: &str) -> bool {
        w.chars().count() >= 2
            && !self.stop.contains(w)
            && !self.generic.contains(w)
            && !has_article_proclitic(w)
            && !w.bytes().all(|b| b.is_ascii_digit())
            && !self.report_verbs.contains(self.bare(w))
    }

    /// Is the name at `s` where a place stands: after «ب» on its word, a word of
    /// `heads.locative`, or a place or site head noun («مطار», «مدينة»)?
    pub(crate) fn in_place_position(&self, m: &str, s: usize) -> bool {
        let ws = word_start(m, s);
        let pre = m[ws..s].trim_start_matches(['و', 'ف']);
        if pre.starts_with('ب') {
            return true;
        }
        let Some(v) = prev_word(m, ws).filter(|v| v.tight) else { return false };
        let w = &m[v.s..v.e];
        let bare = w.strip_prefix(['و', 'ف']).filter(|x| x.len() >= 4).unwrap_or(w);
        [w, bare].iter().any(|x| {
            self.locative.contains(*x) || matches!(self.head_of(x).and_then(|p| p.head), Some(Head::Place { .. }))
        })
    }

    /// Whether a name that folds onto a common word stands as a name at `[s, e)`: set off
    /// by quotes or brackets; a place where a place stands («في تدمر», «بدوما», «على
    /// تدمر», after another place in a list); an outlet with «لـ» («للميادين»); else, no
    /// «و»/«ف» attached, right after a head noun or a reporting verb («وكالة أفاد», «وقالت
    /// أفاد»). «وأفاد المصدر», «تظهر دوما نظيفة», «تدمر المنازل» are the words.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn stands_as_name(&self, m: &str, p: &Prepared, s: usize, e: usize, prefix: &str, elided: bool, pay: &Payload) -> bool {
        // The match text keeps a quote or bracket as a space, and remembers where.
        let ws = word_start(m, s);
        if (ws > 0 && p.is_quote(ws - 1)) || p.is_quote(e) {
            return true;
        }
        let prev = prev_word(m, ws).filter(|w| w.tight);
        let prev_t = prev.map(|w| &m[w.s..w.e]);
        let is = |f: &dyn Fn(&Ent) -> bool| pay.names.iter().any(|n| f(&self.ents[n.ent as usize]));
        if is(&|x| x.place) {
            let listed = prefix.starts_with('و')
                && prev_t.and_then(|t| self.keys.get(t).or_else(|| self.keys.get(t.strip_prefix('و')?))).is_some_and(|&i| self.payloads[i as usize].names.iter().any(|n| self.ents[n.ent as usize].place));
            // «بمدينة مشهد»: a place head with its proclitics.
            let head = prev_t.is_some_and(|t| {
                let b = t.trim_start_matches(['و', 'ف']).trim_start_matches(['ب', 'ل']);
                matches!(self.head_of(b).and_then(|h| h.head), Some(Head::Place { .. }))
            });
            // «الرباط - هسبريس»: a dateline opens its line.
            let line_start = prefix.is_empty() && prev_word(m, ws).is_none_or(|w| p.line_break(w.e, ws));
            if self.in_place_position(m, s) || listed || head || line_start || prev_t.is_some_and(|t| self.homograph_place_before.contains(t)) {
                return true;
            }
        }
        if is(&|x| x.media) && (elided || prefix == "ل") {
            return true;
        }
        // «الرئيس هادي»: a person after a title or role, or inside a full name («منصور هادي»).
        if is(&|x| x.person)
            && prefix.is_empty()
            && prev_t.is_some_and(|t| self.keys.get(t).is_some_and(|&i| self.payloads[i as usize].role) || self.first_names.contains(t))
        {
            return true;
        }
        if !prefix.is_empty() {
            return false;
        }
        prev.is_some_and(|w| {
            let t = self.bare(&m[w.s..w.e]);
            self.head_of(t).is_some_and(|h| matches!(h.head, Some(Head::Org { .. }))) || self.report_verbs.contains(t)
        })
    }

    pub(crate) fn head_of(&self, w: &str) -> Option<&Payload> {
        let i = *self.keys.get(w)?;
        let p = &self.payloads[i as usize];
        (p.head.is_some() || p.role).then_some(p)
    }

    /// «وزارة X», «سجن X», «مدينة X»…: a mention starting at the head noun `[s, e)`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn head_pattern(
        &self,
        m: &str,
        s: usize,
        e: usize,
        span_s: usize,
        head: Head,
        sel: &mut Vec<Found>,
        occ: &mut Occ,
        p: &Prepared,
    ) -> Option<Found> {
        let p_is_quote = |i: usize| p.is_quote(i);
        let w1 = next_word(m, e)?;
        if !w1.tight {
            return None;
        }
        // «جهاز التكييف» is a device; «جهاز الأمن» a body.
        if self.service_heads.contains(&m[s..e]) && !self.service_nouns.contains(&m[w1.s..w1.e]) {
            return None;
        }
        // «موقع الانفجار», «موقع الصدارة»: a site or a rank, unless the name is quoted or a
        // known outlet.
        if self.indefinite_names.contains(&m[s..e])
            && is_definite(&m[w1.s..w1.e])
            && !p.is_quote(w1.s - 1)
            && !sel.iter().any(|f| f.span_s == w1.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].media))
        {
            return None;
        }
        // «الائتلاف الوطني لقوى الثورة»: «لـ» and a head that is also a complement noun
        // after a definite nisba open the complement of the body named before, no body of
        // its own («المكتب الإعلامي لوزارة الدفاع» names the ministry).
        let ws = word_start(m, s);
        if ws < s && &m[ws..s] == "ل" && self.complement_nouns.contains(&m[s..e]) && prev_word(m, ws).is_some_and(|v| v.tight && is_adjective(&m[v.s..v.e]) && m[v.s..v.e].chars().count() >= 5) {
            return None;
        }
        let (prefix, kind, settlement_head, outlet_head, armed_head) = match head {
            Head::Org { outlet, armed } => (
                "org",
                if outlet {
                    "outlet"
                } else if armed {
                    "armed_group"
                } else {
                    "org"
                },
                false,
                outlet,
                armed,
            ),
            Head::Place { kind, settlement } => ("place", kind, settlement, false, false),
        };
        // «قناة 7»: a media head and a number name a channel; its nisba is the name's.
        if outlet_head && m[w1.s..w1.e].chars().all(|c| c.is_ascii_digit()) && occ.free(w1.s, w1.e) {
            let mut end = w1.e;
            if let Some(a) = next_word(m, end).filter(|a| a.tight && is_definite(&m[a.s..a.e]) && is_adjective(&m[a.s..a.e]) && occ.free(a.s, a.e)) {
                end = a.e;
            }
            occ.insert(s, end);
            let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
            return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
        }
        // A known name right after the head; «مرفأ العاصمة بيروت»: after «العاصمة», the
        // town named.
        let at_known = sel.iter().position(|f| f.span_s == w1.s).or_else(|| {
            let w2 = next_word(m, w1.e).filter(|w| w.tight && self.capital_words.contains(&m[w1.s..w1.e]))?;
            sel.iter().position(|f| f.span_s == w2.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].settlement))
        });
        if let Some(xi) = at_known {
            let x = sel[xi].clone();
            let xe = match &x.ent {
                EntId::Lex(i) => Some(&self.ents[*i as usize]),
                _ => None,
            };
            let combine = match xe {
                Some(xe) => {
                    (settlement_head && xe.place && xe.kind != "country" && xe.kind != "governorate")
                        || (outlet_head && xe.media)
                        || (armed_head && (xe.armed || xe.kind == "armed_group"))
                }
                // «ولاية شمال دارفور»: a region found by its compass word.
                None => settlement_head && matches!(&x.ent, EntId::New(id, "region") if id.starts_with("place:")),
            };
            if combine {
                // «مدينة درنة الليبية», «بلدة X الساحلية», «تنظيم X الإرهابي»: the
                // descriptors belong to the name.
                let mut end = x.e;
                if settlement_head || armed_head {
                    end = self.descriptors_end(m, end, occ);
                }
                occ.remove(x.s, x.e);
                occ.insert(s, end);
                let militia = self.militia.iter().any(|w| w == &m[s..e]);
                let f = Found { s, e: end, span_s, ent: x.ent.clone(), militia: militia || x.militia, pattern: true, nested: false };
                sel[xi] = f.clone();
                return Some(f);
            }
            // «منسقية النازحين واللاجئين», «رابطة الصحفيين»: a civil body of a group of people.
            if let (Head::Org { outlet: false, armed: false }, Some(xe)) = (head, xe) {
                if xe.kind == "group" && !is_definite(&m[s..e]) {
                    return Some(self.body_of_group(m, s, e, span_s, xi, sel, occ));
                }
            }
            let area = xe.is_some_and(|xe| xe.settlement);
            if !area || settlement_head {
                return None;
            }
            // «سجن الحسكة», «ريف حلب», «مجلس منبج»: a new place or body in the area.
            let mut end = x.e;
            while let Some(w) = next_word(m, end) {
                let t = &m[w.s..w.e];
                if !w.tight || !is_adjective(t) || self.stop.contains(t) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                    break;
                }
                end = w.e;
            }
            let adj_end = end;
            // «مرفأ العاصمة اللبنانية بيروت»: the same place again, in apposition.
            let appos = next_word(m, end)
                .filter(|w| w.tight)
                .and_then(|w| sel.iter().position(|f| f.span_s == w.s && f.ent == x.ent));
            occ.remove(x.s, x.e);
            if let Some(yi) = appos {
                end = sel[yi].e;
                occ.remove(sel[yi].s, sel[yi].e);
                sel.remove(yi.max(xi));
                sel.remove(yi.min(xi));
            } else {
                sel.remove(xi);
            }
            occ.insert(s, end);
            // Named by the head and the place's id: «مرفأ بيروت», «ميناء بيروت» and «مرفأ
            // العاصمة اللبنانية» are one port.
            let place_id = xe.map_or("", |xe| xe.id.as_str());
            let id = derived_id(prefix, &format!("{} {place_id} {}", self.head_word(&m[s..e]), &m[x.e..adj_end]));
            return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
        }
        // «بلدة X» where X is a town the data knows only by a short name (a small town of
        // the gazetteer whose name is also a word): that town.
        let t1 = &m[w1.s..w1.e];
        if settlement_head && occ.free(w1.s, w1.e) {
            if let Some(&pi) = self.keys.get(t1) {
                let towns: Vec<u32> = self.payloads[pi as usize]
                    .names
                    .iter()
                    .filter(|n| n.kind == NK::Short && self.ents[n.ent as usize].place)
                    .map(|n| n.ent)
                    .collect();
                // Several towns of that name: the one whose country the article named.
                let in_country = |i: u32| {
                    let c = self.ents[i as usize].country;
                    c.is_some() && sel.iter().any(|f| matches!(f.ent, EntId::Lex(j) if j != i && self.ents[j as usize].place && self.ents[j as usize].country == c))
                };
                let pick = match towns.as_slice() {
                    [only] => Some(*only),
                    many => {
                        let mut fit = many.iter().copied().filter(|&i| in_country(i));
                        match (fit.next(), fit.next()) {
                            (Some(i), None) => Some(i),
                            _ => None,
                        }
                    }
                };
                if let Some(only) = pick {
                    let end = self.descriptors_end(m, w1.e, occ);
                    occ.insert(s, end);
                    return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::Lex(only), militia: false, pattern: true, nested: false }));
                }
            }
        }
        // Unknown words. «ولاية» is also a term of office («ولاية خامسة»): a place only
        // before a known one.
        if self.known_only_heads.contains(&m[s..e]) {
            return None;
        }
        // «مستشفى الملك فهد», «حسينية الإمام الحسين»: a site named after a titled person.
        if matches!(head, Head::Place { settlement: false, .. }) && self.titles.contains(t1) && occ.free(w1.s, w1.e) {
            let w2 = next_word(m, w1.e).filter(|w| w.tight && occ.free(w.s, w.e))?;
            let t2 = &m[w2.s..w2.e];
            let bare2 = t2.strip_prefix("ال").unwrap_or(t2);
            let rare = is_definite(t2) && self.name_word(t2) && !self.common.contains(bare2) && self.news_df.get(bare2).is_none_or(|&n| n < 200);
            if !(self.first_names.contains(t2) || self.first_names.contains(bare2) || self.particles.contains(t2) || rare) || self.head_of(t2).is_some() {
                return None;
            }
            let mut end = w2.e;
            if self.particles.contains(t2) {
                let w3 = next_word(m, end).filter(|w| w.tight && occ.free(w.s, w.e) && self.name_word(&m[w.s..w.e]))?;
                end = w3.e;
            }
            occ.insert(s, end);
            let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
            return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
        }
        // «قرية أم سيالة»: «أم» is also «or», a stop word, but after a place head it opens
        // the name (its complement is checked below).
        let place_particle = matches!(head, Head::Place { .. }) && self.particles.contains(t1);
        // «مجلس الأمن الدولي», «قوات الأمن السورية»: a generic word after a body head, with a
        // nisba after it, is a name.
        let generic_named = matches!(head, Head::Org { outlet: false, .. })
            && !self.construct_not_heads.contains(&m[s..e])
            && is_definite(t1)
            && self.generic.contains(t1)
            && !self.stop.contains(t1)
            && next_word(m, w1.e).is_some_and(|x| {
                let u = &m[x.s..x.e];
                x.tight && is_adjective(u) && u.chars().count() >= 5 && !self.stop.contains(u) && !self.generic.contains(u) && occ.free(x.s, x.e)
            });
        if !(self.name_word(t1) || place_particle || generic_named) || self.head_of(t1).is_some() || !occ.free(w1.s, w1.e) {
            return None;
        }
        let definite = is_definite(t1);
        // «قوات الحركة الشعبية لتحرير السودان»: a body head after the armed head, its
        // adjectives and a «لـ» complement are a body named in full (read by the definite
        // body pattern, with the same complement test), not «قوات» + a two-word name with
        // the country left outside.
        if armed_head && definite && t1.chars().count() > 4 && matches!(self.head_of(&t1["ال".len()..]).and_then(|h| h.head), Some(Head::Org { outlet: false, .. })) {
            let mut x = w1.e;
            while let Some(w) = next_word(m, x).filter(|w| w.tight && is_adjective(&m[w.s..w.e]) && m[w.s..w.e].chars().count() >= 5) {
                x = w.e;
            }
            if x > w1.e && next_word(m, x).is_some_and(|w| w.tight && self.name_complement(&m[w.s..w.e]).is_some()) {
                return None;
            }
        }
        // «المستشفى كان», «المستشفى تعرض»: a definite head and an indefinite word are a
        // clause, not a name; «مستشفى ومسجدا», «مدينة وبلدة»: two nouns joined.
        if !definite && is_definite(&m[s..e]) && !t1.is_ascii() {
            return None;
        }
        if let Some(rest) = t1.strip_prefix('و').filter(|r| r.chars().count() >= 2) {
            let c = rest.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(rest);
            if self.head_of(rest).is_some() || self.common.contains(c) || self.news_df.get(c).is_some_and(|&n| n >= 30) {
                return None;
            }
        }
        // «مدينة يبلغ», «بلدة مجاورة», «منطقة كوارث»: a frequent word of news, unquoted
        // and indefinite, is a verb or a description.
        let quoted1 = w1.s > 0 && p_is_quote(w1.s - 1);
        let given = self.first_names.contains(t1);
        if !definite && !quoted1 && !given && matches!(head, Head::Place { .. }) && !self.particles.contains(t1) && (self.common.contains(t1) || self.news_df.get(t1).is_some_and(|&n| n >= 100)) {
            return None;
        }
        if !definite && t1.chars().count() > 3 && ((t1.ends_with("يه") && !t1.ends_with("ايه")) || t1.ends_with("يين") || t1.ends_with("يون")) {
            return None; // an indefinite adjective («قوات أمريكية»; «حماية» is a noun)
        }
        let quoted = w1.s > 0 && p_is_quote(w1.s - 1);
        if !definite && matches!(head, Head::Org { .. }) && !quoted && !t1.is_ascii() && !self.particles.contains(t1) {
            // «منظمة غيث للإغاثة والتنمية», «جمعية X للتنمية»: a civil head, a word rare in
            // news and a «لل» complement (and one «و» + definite noun) name a body.
            // Not a verb after a feminine head («غرفة استأجرت للمقابلات»).
            let verb_like = m[s..e].ends_with('ه') && t1.ends_with('ت');
            if !armed_head && !outlet_head && !verb_like && !self.common.contains(t1) && !self.stop.contains(t1) && self.news_df.get(t1).is_none_or(|&n| n < 100) {
                let comp = next_word(m, w1.e).filter(|c| c.tight && occ.free(c.s, c.e) && m[c.s..c.e].strip_prefix("لل").is_some_and(|x| x.chars().count() >= 3 && self.head_of(x).is_none()));
                if let Some(c) = comp {
                    let mut end = c.e;
                    if let Some(j) = next_word(m, end).filter(|j| j.tight && occ.free(j.s, j.e) && m[j.s..j.e].strip_prefix("وال").is_some_and(|x| x.chars().count() >= 3 && self.head_of(x).is_none() && !self.stop.contains(&m[j.s + "و".len()..j.e]))) {
                        end = j.e;
                    }
                    occ.insert(s, end);
                    let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
                    return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
                }
            }
            // «لجان مقاومة الفاشر», «شبكة أطباء السودان»: one or two nouns and a known place
            // in construct name a body of that place.
            let mut at = w1;
            for _ in 0..2 {
                let Some(x) = next_word(m, at.e).filter(|x| x.tight) else { break };
                if let Some(xi) = sel.iter().position(|f| f.span_s == x.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place)) {
                    let end = sel[xi].e;
                    occ.remove(sel[xi].s, end);
                    sel.remove(xi);
                    occ.insert(s, end);
                    let id = derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..end]));
                    return Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
                }
                let u = &m[x.s..x.e];
                if is_definite(u) || !self.name_word(u) || self.head_of(u).is_some() || !occ.free(x.s, x.e) {
                    break;
                }
                at = x;
            }
            // «منظمة حظر الأسلحة الكيميائية», «مكتب تنسيق الشؤون الإنسانية»: a noun and
            // definite words in construct, the last a nisba, name a body.
            let Some(ce) = self.construct_end(m, s, e, w1, occ) else {
                // «حركة حماس» … «وأضافت حماس»: a word the article also makes the subject of
                // a verb of saying, alone and indefinite, is a name.
                if !self.subject_heads.contains(&m[s..e]) || !(self.subject_alone(m, t1, w1.s) || self.named_in_context(m, p, s, w1)) {
                    return None;
                }
                // «تنظيم X الإرهابي»: the judging words after the name are the mention's.
                let mut w_end = w1.e;
                while let Some(d) = next_word(m, w_end).filter(|d| d.tight && self.descriptors.contains(&m[d.s..d.e]) && occ.free(d.s, d.e)) {
                    w_end = d.e;
                }
                occ.insert(s, w_end);
                let id = if armed_head { derived_id(prefix, t1) } else { derived_id(prefix, &format!("{} {t1}", self.head_word(&m[s..e]))) };
                let militia = self.militia.iter().any(|w| w == &m[s..e]);
                return Some(insert_found(sel, Found { s, e: w_end, span_s, ent: EntId::New(id, kind), militia, pattern: true, nested: false }));
            };
            occ.insert(s, ce);
            let core = shapes::judged_end(m, w1.s, ce, &self.descriptors);
            let id = if armed_head {
                derived_id(prefix, &m[w1.s..shapes::without_last_nisba(m, w1.s, core)])
            } else {
                derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..core]))
            };
            return Some(insert_found(sel, Found { s, e: ce, span_s, ent: EntId::New(id, kind), militia: false, pattern: true, nested: false }));
        }
        let mut end = w1.e;
        let mut n = 1;
        if !definite && self.particles.contains(t1) {
            let w2 = next_word(m, end)?;
            let t2 = &m[w2.s..w2.e];
            if !w2.tight || !(self.name_word(t2) || self.first_names.contains(t2)) || !occ.free(w2.s, w2.e) {
                return None;
            }
            end = w2.e;
            n += 1;
        } else if quoted && matches!(head, Head::Org { .. }) {
            // «قوات "الكرامة الزرقاء"»: the quoted words, up to four, are the name.
            let qs = p.quotes();
            if let Some(&q) = qs[qs.partition_point(|&q| (q as usize) < w1.e)..].first() {
                let q = q as usize;
                let inner = &m[w1.s..q];
                if inner.split(' ').count() <= 4 && occ.free(w1.s, q) && !inner.split(' ').any(|w| self.stop.contains(w)) {
                    end = q;
                    n = inner.split(' ').count();
                }
            }
        } else if given && matches!(head, Head::Place { settlement: false, .. }) {
            // «مسجد محمد الأمين»: a site named after a person takes the family name.
            if let Some(w2) = next_word(m, end) {
                let t2 = &m[w2.s..w2.e];
                if w2.tight && is_definite(t2) && !is_adjective(t2) && self.name_word(t2) && self.head_of(t2).and_then(|h| h.head).is_none() && occ.free(w2.s, w2.e) {
                    end = w2.e;
                    n += 1;
                }
            }
        }
        let core_end = end;
        while n < 4 {
            let Some(w) = next_word(m, end) else { break };
            let t = &m[w.s..w.e];
            // «هيئة الإغاثة والتنمية الزامبية»: «و» and a definite noun, when a nisba ends
            // the name after it (not «هيئة الإغاثة والجيش»: a head or a known name; not after a
            // head that is also a noun of action, «تنظيم الأنشطة والبرامج …»).
            let joined = definite && !self.construct_not_heads.contains(&m[s..e]) && w.tight && t.starts_with("وال") && t.len() > "وال".len() + 4 && occ.free(w.s, w.e) && {
                let x = &t["و".len()..];
                !self.stop.contains(x)
                    && !self.generic.contains(x)
                    && self.head_of(x).is_none()
                    && self.head_of(&x["ال".len()..]).is_none()
                    && !self.collective_bodies.contains_key(x)
                    && !self.keys.contains_key(x)
                    && next_word(m, w.e).is_some_and(|a| a.tight && is_adjective(&m[a.s..a.e]) && m[a.s..a.e].chars().count() >= 5 && !self.stop.contains(&m[a.s..a.e]) && occ.free(a.s, a.e))
            };
            if joined {
                end = w.e;
                n += 1;
                continue;
            }
            if !w.tight || !is_adjective(t) || self.stop.contains(t) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                break;
            }
            end = w.e;
            n += 1;
        }
        occ.insert(s, end);
        let militia = self.militia.iter().any(|w| w == &m[s..e]);
        // «بلدة الهبيط» is the town «الهبيط»: named by its own words, without the head or
        // the descriptors after it, so that the bare name links to it.
        let id = if settlement_head {
            derived_id(prefix, &m[w1.s..core_end])
        } else if armed_head {
            // «ميليشيا X», «قوات X», «جماعة X»: the same X whatever a camp calls it (and
            // whatever judgement follows it: «تنظيم X الإرهابي»).
            let core = shapes::judged_end(m, w1.s, end, &self.descriptors);
            derived_id(prefix, &m[w1.s..shapes::without_last_nisba(m, w1.s, core)])
        } else {
            // «المستشفى الأهلي» and «مستشفى الأهلي» are one name.
            let core = shapes::judged_end(m, w1.s, end, &self.descriptors);
            derived_id(prefix, &format!("{} {}", self.head_word(&m[s..e]), &m[w1.s..core]))
        };
        Some(insert_found(sel, Found { s, e: end, span_s, ent: EntId::New(id, kind), militia, pattern: true, nested: false }))
    }

    /// Whether the name `x` stands in a lineage somewhere in the text: after «بن», «بنت»
    /// or «ابن», or before «بن».
    pub(crate) fn in_lineage(&self, m: &str, x: &str) -> bool {
        memchr::memmem::find_iter(m.as_bytes(), x.as_bytes()).any(|s| {
            let e = s + x.len();
            let before = prev_word(m, s).is_some_and(|w| self.lineage.contains(&m[w.s..w.e]));
            let after = next_word(m, e).is_some_and(|w| self.lineage.contains(&m[w.s..w.e]));
            before || after
        })
    }

    /// Whether `x` is a name of a place of the lexicon («قناة روسيا اليوم»: Russia stays
    /// Russia when met alone).
    pub(crate) fn is_place_name(&self, x: &str) -> bool {
        self.keys.get(x).is_some_and(|&pi| self.payloads[pi as usize].names.iter().any(|n| self.ents[n.ent as usize].place))
    }

    /// Whether `x` (one word) stands alone elsewhere in the text (not at `skip`) right after
    /// a verb of saying («وأضافت حماس», «ونقلت رويترز»): the article uses it as a name. Not
    /// a given name («مكتب محمد» is a person's), a common word or a function word.
    pub(crate) fn subject_alone(&self, m: &str, x: &str, skip: usize) -> bool {
        if x.chars().count() < 3 || x.contains(' ') || self.stop.contains(x) || self.generic.contains(x) || self.first_names.contains(x) {
            return false;
        }
        let content = x.strip_prefix("ال").unwrap_or(x);
        if self.common.contains(content) || self.report_verbs.contains(x) || self.is_place_name(x) {
            return false;
        }
        memchr::memmem::find_iter(m.as_bytes(), x.as_bytes()).any(|s| {
            let e = s + x.len();
            if s == skip || next_char(m, e).is_some_and(is_word_char) {
                return false;
            }
            let ws = word_start(m, s);
            if !(ws == s || matches!(&m[ws..s], "و" | "ف")) {
                return false;
            }
            prev_word(m, ws).is_some_and(|v| v.tight && self.report_verbs.contains(self.bare(&m[v.s..v.e])))
        })
    }

    /// Whether the one indefinite word `w1` after the body head at `hs` reads as a name
    /// in its context: a judging word follows («تنظيم X الإرهابي»); the head is the
    /// subject of a verb of saying, a media head, and the name, rare in news, ends at its
    /// «أن»/«إن» or a colon («وذكرت شبكة X أن …»); or the article quotes the word alone elsewhere («وكالة X»
    /// … «وفق "X"»). Not a common, function, generic or frequent word, a given name or a
    /// place.
    pub(crate) fn named_in_context(&self, m: &str, p: &Prepared, hs: usize, w1: W) -> bool {
        let x = &m[w1.s..w1.e];
        if x.chars().count() < 3 || is_definite(x) || self.stop.contains(x) || self.generic.contains(x) || self.first_names.contains(x) {
            return false;
        }
        if self.common.contains(x) || self.report_verbs.contains(x) || self.is_place_name(x) || self.head_of(x).is_some() {
            return false;
        }
        let next = next_word(m, w1.e).filter(|w| w.tight);
        if next.is_some_and(|w| self.descriptors.contains(&m[w.s..w.e])) {
            return true;
        }
        // After a media head only: «حركة احتجاج» and «جماعة مسلحة» are descriptions.
        let outlet = matches!(self.head_of(&m[hs..word_end(m, hs)]).and_then(|h| h.head), Some(Head::Org { outlet: true, .. }));
        let rare = outlet && self.news_df.get(x).is_none_or(|&n| n < 300);
        let said = prev_word(m, hs).is_some_and(|v| v.tight && self.report_verbs.contains(self.bare(&m[v.s..v.e])));
        let ends = next.is_some_and(|w| crate::words::words().complementisers.contains(&m[w.s..w.e]))
            || m[w1.e..].trim_start_matches(' ').starts_with(':');
        if rare && said && ends && !p.is_quote(w1.e) {
            return true;
        }
        memchr::memmem::find_iter(m.as_bytes(), x.as_bytes()).any(|s| {
            let e = s + x.len();
            s != w1.s && s > 0 && p.is_quote(s - 1) && p.is_quote(e)
        })
    }

    /// The end of a construct name after an indefinite body head `[s, e)` and its first
    /// noun `w1`: up to three definite words, ending at the last nisba among them
    /// («حظر الأسلحة الكيميائية»); none after a media head («موقع سقوط الصاروخ …») or a
    /// head that is also a noun of action (`construct_not`), nor without a nisba
    /// («مجلس إدارة الشركة»).
    pub(crate) fn construct_end(&self, m: &str, s: usize, e: usize, w1: W, occ: &Occ) -> Option<usize> {
        let h = &m[s..e];
        if is_definite(h) || self.construct_not_heads.contains(h) || matches!(self.head_of(h).and_then(|p| p.head), Some(Head::Org { outlet: true, .. })) {
            return None;
        }
        let mut at = w1.e;
        let mut end = None;
        for _ in 0..3 {
            let Some(w) = next_word(m, at).filter(|w| w.tight && occ.free(w.s, w.e)) else { break };
            let t = &m[w.s..w.e];
            if !is_definite(t) || self.stop.contains(t) || self.head_of(t).is_some() {
                break;
            }
            if is_adjective(t) {
                end = Some(w.e);
            } else if end.is_some() || self.generic.contains(t) {
                break; // a noun after the nisba, or a generic noun: a clause goes on
            }
            at = w.e;
        }
        end
    }

    /// Whether a name found once («الهبيط») also reads as a word, so that its other
    /// occurrences are not taken: short, a function or generic word, frequent in news
    /// («كان», «الطفل»; a name a few dozen articles of a year use, «زمزم», is still a name),
    /// a given name, or met too often in this text (an article about a camp names it
    /// a dozen times; a word met more is a word).
    pub(crate) fn wordlike(&self, m: &str, core: &str) -> bool {
        let content = core.strip_prefix("ال").filter(|x| x.chars().count() >= 2).unwrap_or(core);
        core.chars().count() < 4
            || self.generic.contains(core)
            || self.stop.contains(core)
            || self.common.contains(content)
            || self.news_df.get(content).is_some_and(|&n| n >= 100)
            || self.first_names.contains(core)
            || memchr::memmem::find_iter(m.as_bytes(), core.as_bytes()).count() > 12
    }
}
