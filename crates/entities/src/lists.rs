//! Names a plural or dual head lists («مدن X وY»، «بلدتي X وY»), where a free name ends
//! before a judging adjective, and definite bodies with a nisba or a «لـ» complement
//! («المركز الوطني للأرصاد الجوية», «المعارضة التشادية»).

use super::*;

impl Recognizer {
    /// The names a plural or dual settlement head lists («مدن X وY، وZ», «بلدتي X وY»), as
    /// (start, end, kind) of the names no mention holds yet. A list counts when it has two
    /// names at least (exactly two after a dual) joined by «و» or «،», every name a word or
    /// two that can start a name; a frequent word of news («البيضاء») only in a list that
    /// holds a known place, as every name after a head that needs one («مناطق»: «مناطق
    /// النزاع والنزوح»). A known name that is no place spoils the list.
    pub(crate) fn list_pattern(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize, &'static str)> {
        let mut out = Vec::new();
        let mut at = 0;
        for &h in words {
            if h.s < at {
                continue;
            }
            at = h.e;
            let t = &m[h.s..h.e];
            // (The quick filter first: most words are no head, and counting chars costs.)
            let head = |x: &str| if self.quick.list_heads.maybe(x) { self.list_heads.get(x) } else { None };
            let bare = || t.strip_prefix(['و', 'ب', 'ف', 'ل']).filter(|x| self.quick.list_heads.maybe(x) && x.chars().count() >= 3);
            let Some(&(kind, dual, needs_known)) = head(t).or_else(|| bare().and_then(head)) else {
                continue;
            };
            // (start, end, known place)
            let mut items: Vec<(usize, usize, bool)> = Vec::new();
            // Items taken past a comma by their shape alone.
            let mut commas = 0;
            let mut pos = h.e;
            let mut ok = true;
            loop {
                let Some(w) = next_word(m, pos) else { break };
                let gap = m[pos..w.s].trim();
                let first = items.is_empty();
                let mut ws = w.s;
                if first {
                    if !w.tight {
                        break;
                    }
                } else if gap == "،" || gap == "," {
                    // «… ودرنة، وغمرت مناطق»: past a comma only a known place goes on.
                    if m[w.s..].starts_with('و') && !sel.iter().any(|f| f.span_s == w.s) {
                        ws += 'و'.len_utf8();
                    }
                    if !sel.iter().any(|f| f.span_s == ws) {
                        // «قرى هدلية، تمرابيت، أم عقيبة»: past a comma, one or two rare
                        // name words that end where a punctuation mark stands are the next
                        // name of the list (a verb or a clause goes on past them).
                        match self.comma_item(m, p, ws, occ) {
                            Some(end) => {
                                items.push((ws, end, false));
                                commas += 1;
                                pos = end;
                                continue;
                            }
                            None => break,
                        }
                    }
                } else if w.tight && m[w.s..w.e].starts_with('و') {
                    ws += 'و'.len_utf8();
                } else {
                    break;
                }
                // A known name here: a place continues the list, anything else spoils it.
                if let Some(f) = sel.iter().find(|f| f.span_s == w.s || f.span_s == ws) {
                    let place = match &f.ent {
                        EntId::Lex(i) => self.ents[*i as usize].place,
                        EntId::New(id, _) => id.starts_with("place:"),
                    };
                    if !place {
                        ok = false;
                        break;
                    }
                    // «مدن الجنوب اليمني وثاني …»: a region found by its compass word vouches
                    // for no town beside it.
                    let region = matches!(&f.ent, EntId::New(_, "region"));
                    items.push((f.s, f.e, !region));
                    pos = f.e;
                    continue;
                }
                if ws >= w.e {
                    break;
                }
                let u = &m[ws..w.e];
                // «معزولا»: an accusative adjective, not a name.
                let accusative = u.ends_with('ا') && self.news_df.get(u).is_some_and(|&n| n >= 5);
                if accusative || !self.name_word(u) || self.head_of(u).is_some() || self.list_heads.contains_key(u.strip_prefix('و').unwrap_or(u)) || !occ.free(ws, w.e) {
                    if first {
                        ok = false;
                    }
                    break;
                }
                // «بستان القصر», «عين العرب»: a particle or an indefinite noun takes the
                // definite word after it.
                let mut end = w.e;
                if let Some(x) = next_word(m, end) {
                    let v = &m[x.s..x.e];
                    let takes = self.particles.contains(u) || (!is_definite(u) && is_definite(v) && !is_adjective(v));
                    if x.tight && takes && self.name_word(v) && occ.free(x.s, x.e) && !sel.iter().any(|f| f.span_s == x.s) {
                        end = x.e;
                    }
                }
                items.push((ws, end, false));
                pos = end;
                if dual && items.len() == 2 {
                    break;
                }
            }
            if !ok || items.len() < 2 || (dual && items.len() != 2) {
                continue;
            }
            // A frequent word of news («القتال», «البيضاء») names a place only beside a
            // known one.
            let known = items.iter().any(|x| x.2);
            let new: Vec<_> = items.iter().filter(|x| !x.2).collect();
            let frequent = |x: &str| {
                let c = x.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(x);
                self.common.contains(c) || self.news_df.get(c).is_some_and(|&n| n >= 100)
            };
            // Three names or more in a comma list, none a word of news, hold without a known
            // one («مناطق ميتوغي، كوامبي، أنكوابي»); a particle takes any word («أم علي»).
            let listed = commas >= 2 && items.len() >= 3;
            let particle = |x: &str| x.split(' ').next().is_some_and(|w| self.particles.contains(w));
            if !known && ((needs_known && !listed) || new.iter().any(|x| !particle(&m[x.0..x.1]) && m[x.0..x.1].split(' ').any(frequent))) {
                continue;
            }
            out.extend(new.into_iter().map(|&(s, e, _)| (s, e, kind)));
        }
        out
    }

    /// The end of a list item that starts at `s` past a comma, read by its shape: one or
    /// two rare name words (a particle and any word), none a head, then a comma, a full
    /// stop or the line's end.
    fn comma_item(&self, m: &str, p: &Prepared, s: usize, occ: &Occ) -> Option<usize> {
        let mut at = s;
        for n in 0..2 {
            let we = word_end(m, at);
            if we <= at {
                return None;
            }
            let u = &m[at..we];
            let content = u.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(u);
            let df = self.news_df.get(content).copied().unwrap_or(0);
            // «… قرى كرمش، هدمت منازلها»: a verb ends the list.
            let verb = df >= 20 && content.ends_with('ت');
            let rare = !self.common.contains(content) && df < 100 && !verb;
            // «أم عقيبة», «تل علي»: a particle takes the word after it.
            let particle = n == 0 && self.particles.contains(u);
            let after_particle = n == 1 && self.particles.contains(&m[s..at - 1]);
            // A second word: no object with its pronoun («هدمت منازلها»; «عدي حاقي», «سير
            // الضنية» go on).
            let pronoun = u.chars().count() >= 5 && ["ها", "هم", "هن", "نا", "كم"].iter().any(|x| u.ends_with(x));
            if n == 1 && !after_particle && pronoun {
                return None;
            }
            if !particle && (!(rare || after_particle) || !self.name_word(u) || self.head_of(u).is_some() || self.list_heads.contains_key(u)) {
                return None;
            }
            // («مناطق "قولو، شقرة، سلومة"»: a closing quote ends the last one.)
            if !particle && p.is_quote(we) {
                return occ.free(s, we).then_some(we);
            }
            match m[we..].chars().next() {
                None | Some('،' | ',' | '.' | '\n') if !particle => return occ.free(s, we).then_some(we),
                Some(' ') if n == 0 && m[we + 1..].chars().next().is_some_and(is_word_char) => at = we + 1,
                _ => return None,
            }
        }
        None
    }

    /// A person's name after a role word ending at `e`, past the role's complement.
    /// Where a settlement's name ends with up to two adjectives after it («مدينة درنة
    /// الليبية», «بلدة X الساحلية»): the descriptors belong to the name.
    pub(crate) fn descriptors_end(&self, m: &str, mut end: usize, occ: &Occ) -> usize {
        for _ in 0..2 {
            let Some(w) = next_word(m, end) else { break };
            let t = &m[w.s..w.e];
            if !w.tight || !is_adjective(t) || self.stop.contains(t) || self.generic.contains(t) || !occ.free(w.s, w.e) {
                break;
            }
            end = w.e;
        }
        end
    }

    /// The end of a person's name that starts with the word `w`: it and up to four more; a
    /// particle («بن», «عبد», «أبو», «آل») takes the word after it, a family name with «ال»
    /// ends the name.
    pub(crate) fn name_end(&self, m: &str, p: &Prepared, w: W, occ: &Occ) -> usize {
        let s = w.s;
        let t = &m[w.s..w.e];
        let mut end = w.e;
        let mut n = 1;
        let mut last_end = w.e; // end of the name without a trailing particle
        let mut after_particle = self.particles.contains(t);
        // The definite word of a compound given name («عبد المنعم») does not end the name.
        let mut compound = false;
        let mut abd_before = t == "عبد";
        let mut mid_compound = false;
        while n < 5 {
            let Some(x) = next_word(m, end) else { break };
            let u = &m[x.s..x.e];
            // A name ends at a line's end or a quotation mark («دانيال" المتوسطية»).
            if !x.tight || !occ.free(x.s, x.e) || p.is_quote(end) || p.line_break(end, x.s) {
                break;
            }
            if !after_particle {
                // «وبمشاركة», «والذي», «وكذلك»: «و» and another proclitic open a new phrase.
                // «ناصر علي الحجوري»: «علي» (folded like «على») between a given name and a
                // given or nisba family name is the name Ali («وقف ناصر على الحياد» is not).
                let ali = u == "علي"
                    && self.first_names.contains(&m[last_end_word(m, end)..end])
                    && next_word(m, x.e).is_some_and(|y| {
                        let v = &m[y.s..y.e];
                        y.tight && (self.first_names.contains(v) || (is_definite(v) && v.ends_with('ي') && v.chars().count() >= 5 && !self.common.contains(v)))
                    });
                if (!self.name_word(u) && !ali) || self.head_of(u).is_some() || self.conjoined_prefixes.iter().any(|c| u.starts_with(c.as_str())) {
                    break;
                }
                // «وكان الحاج صالح مطلوبا»: an accusative word of news («مطلوب») ends it.
                if let Some(stem) = u.strip_suffix('ا').filter(|x| x.chars().count() >= 3) {
                    let family = is_definite(u) && self.family_of_given(stem);
                    if !family && (self.common.contains(stem) || self.news_df.get(stem).is_some_and(|&n| n >= 30)) {
                        break;
                    }
                }
                // After «عبد الله» inside a name, only a word rare in news goes on («سعيد عبد
                // الله دني», not «سعيد عبد الله حالة الطوارئ»).
                if mid_compound {
                    let stem = u.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(u);
                    let family = is_definite(u) && self.family_of_given(stem);
                    if !family && (self.common.contains(stem) || self.news_df.get(stem).is_some_and(|&n| n >= 30)) {
                        break;
                    }
                }
                if x.s > 0 && p.is_quote(x.s - 1) && !(s > 0 && p.is_quote(s - 1)) {
                    break; // a quote opens after the name
                }
                let last = &m[last_end_word(m, end)..end];
                if is_definite(last) && n >= 2 && !self.particles.contains(u) && !compound && !self.given_not_word(last) {
                    break;
                }
            } else if self.stop.contains(u) {
                break;
            }
            // «عبد الله» first or later in the name («سعيد عبد الله دني»).
            compound = after_particle && (n == 1 || abd_before) && is_definite(u);
            mid_compound = mid_compound || (compound && n >= 2);
            abd_before = u == "عبد";
            end = x.e;
            n += 1;
            after_particle = self.particles.contains(u);
            if !after_particle {
                last_end = end;
                if is_definite(u) && !self.particles.contains(&m[s..w.e]) && n >= 2 && !compound && !self.given_not_word(u) {
                    // «زيدان العاصي»: done unless «بن»/«آل» follows.
                    match next_word(m, end) {
                        Some(y) if y.tight && self.particles.contains(&m[y.s..y.e]) => {}
                        _ => break,
                    }
                }
            }
        }
        last_end
    }

    /// The word after a body's name and adjectives when it opens the name's «لـ»
    /// complement: («لل» + noun, true), or («لـ» + one of `complement_nouns`, false). Not
    /// «لاستقبال الجرحى», «لدعوات الليبيين» (a purpose, a verb's object) nor «للهيئة العامة …»
    /// (a body of another, left whole).
    pub(crate) fn name_complement<'a>(&self, ct: &'a str) -> Option<(&'a str, bool)> {
        let inner = ct.strip_prefix("لل").map(|x| (x, true)).or_else(|| ct.strip_prefix('ل').map(|x| (x, false)))?;
        let purpose = !inner.1 && !self.complement_nouns.contains(inner.0);
        let of_body = inner.1 && self.head_of(inner.0).is_some_and(|x| x.head.is_some());
        (!purpose && !of_body && inner.0.chars().count() >= 3 && !self.stop.contains(ct)).then_some(inner)
    }

    /// Bodies named by a definite head noun, one or more adjectives and a complement with
    /// «لـ» («المركز الوطني للأرصاد الجوية», «المفوضية السامية لشؤون اللاجئين», «اللجنة
    /// العليا للطوارئ والاستجابة»), as (start, end, kind): the complement («لل» + noun, or
    /// «لـ» + one of `complement_nouns` and the definite noun after it) takes its
    /// adjectives and one «و» + definite noun.
    /// Without the complement («اللجنة العليا») it is a description, not a name.
    pub(crate) fn definite_body_pattern(&self, m: &str, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize, &'static str)> {
        let mut out = Vec::new();
        let mut at = 0;
        let free = |a: usize, b: usize| occ.free_of(sel, a, b);
        for &h in words {
            if h.s < at {
                continue;
            }
            at = h.e;
            let t = &m[h.s..h.e];
            // «المركز», «والمركز», «بالمركز»: the head without its article.
            let (s, bare) = match t.strip_prefix("ال") {
                Some(b) => (h.s, b),
                None => match ["وال", "بال", "فال"].iter().find_map(|p| t.strip_prefix(p)) {
                    Some(b) => (h.s + "و".len(), b),
                    None => continue,
                },
            };
            // «الجهاز الفني للفريق», «الجهاز العصبي»: a device head's nisba is no body.
            if self.service_heads.contains(bare) {
                continue;
            }
            // Bodies, and institutions with a site head («المعهد», «الجامعة»).
            let collective_get = |x: &str| if self.quick.collective_bodies.maybe(x) { self.collective_bodies.get(x) } else { None };
            let collective = collective_get(t).or_else(|| t.strip_prefix('و').and_then(collective_get)).copied();
            let kind = match self.head_of(bare).and_then(|x| x.head) {
                Some(Head::Org { armed: true, .. }) if collective.is_some() => "armed_group",
                _ if collective.is_some() => "org",
                Some(Head::Org { outlet: true, .. }) => "outlet",
                Some(Head::Org { armed: true, .. }) => "armed_group",
                Some(Head::Org { .. }) => "org",
                Some(Head::Place { kind: k @ ("institute" | "university" | "college" | "hospital"), .. }) => k,
                _ => continue,
            };
            let mut end = h.e;
            // «القناة 13 العبرية»: a media head and a number name a channel, with its nisba.
            if kind == "outlet" {
                if let Some(n) = next_word(m, end).filter(|n| n.tight && m[n.s..n.e].bytes().all(|b| b.is_ascii_digit()) && free(n.s, n.e)) {
                    end = n.e;
                    if let Some(a) = next_word(m, end).filter(|a| a.tight && is_definite(&m[a.s..a.e]) && is_adjective(&m[a.s..a.e]) && free(a.s, a.e)) {
                        end = a.e;
                    }
                    at = end;
                    out.push((s, end, kind));
                    continue;
                }
            }
            let mut adjectives = 0;
            // Nisbas, nationalities included («الأميركي»), but not «الذي» or «الماضي».
            let adjective = |t: &str| is_adjective(t) && t.chars().count() >= 5 && !matches!(t, "الذي" | "التي" | "الماضي" | "الماضيه" | "الحالي" | "الحاليه" | "الجاري" | "التالي");
            while let Some(w) = next_word(m, end).filter(|w| w.tight && adjective(&m[w.s..w.e]) && free(w.s, w.e)) {
                end = w.e;
                adjectives += 1;
            }
            // «المجلس الوطني للمقاومة»: a head with a «لـ» complement is read below.
            let complement = self.head_of(bare).is_some_and(|x| x.head.is_some())
                && next_word(m, end).is_some_and(|w| w.tight && m[w.s..w.e].starts_with('ل'));
            // «المعارضة التشادية», «الأمن الإسرائيلي»: a collective body and its nisba;
            // judging words may stand among them («الفصائل المسلحة الفلسطينية»).
            if let Some(masculine) = collective.filter(|_| !complement) {
                loop {
                    let Some(w) = next_word(m, end).filter(|w| w.tight && free(w.s, w.e)) else { break };
                    let u = &m[w.s..w.e];
                    if self.descriptors.contains(u) {
                        end = w.e;
                    } else if (adjective(u) || (adjectives > 0 && is_adjective(u) && !self.stop.contains(u) && u != "الي")) && end > h.e && !matches!(u, "الموالي" | "المواليه") {
                        // («الجيش السوري الحر»: a short adjective after the nisba.)
                        end = w.e;
                        adjectives += 1;
                    } else {
                        break;
                    }
                }
                // The first nisba agrees: «وزير الخارجية الأمريكي» is the minister's.
                let agrees = next_word(m, h.e).is_some_and(|w| {
                    let u = &m[w.s..w.e];
                    // «القوات الموالية للرئيس»: loyal to someone, a description.
                    !matches!(u, "الموالي" | "المواليه") && (self.descriptors.contains(u) || u.ends_with("يه") != masculine)
                });
                // A name the lexicon knows («الدفاع المدني», a short name) is left to it.
                let known = self.keys.contains_key(&m[s..end]);
                if adjectives > 0 && agrees && !known && free(s, end) {
                    at = end;
                    out.push((s, end, kind));
                }
                continue;
            }
            let Some(c) = next_word(m, end).filter(|w| w.tight) else { continue };
            let ct = &m[c.s..c.e];
            let Some(inner) = self.name_complement(ct) else { continue };
            if adjectives == 0 || !free(s, c.e) {
                continue;
            }
            end = c.e;
            // «لحقوق الإنسان», «لشؤون اللاجئين»: an indefinite complement takes its noun.
            // «لطوارئ ولاية شمال كردفان»: or a known place, whole.
            if !inner.1 {
                match next_word(m, end) {
                    Some(w) if w.tight && is_definite(&m[w.s..w.e]) && self.name_word(&m[w.s..w.e]) && free(w.s, w.e) => end = w.e,
                    Some(w) if w.tight => match sel.iter().find(|f| f.s == w.s && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place)) {
                        Some(f) => end = f.e,
                        None => continue,
                    },
                    _ => continue,
                }
            }
            while let Some(w) = next_word(m, end).filter(|w| w.tight && adjective(&m[w.s..w.e]) && free(w.s, w.e)) {
                end = w.e;
            }
            if let Some(w) = next_word(m, end) {
                let u = &m[w.s..w.e];
                // Not «والمجلس …»: another body's head.
                if w.tight && u.starts_with("وال") && u.len() > "وال".len() + 4 && !self.stop.contains(&u["و".len()..]) && self.head_of(&u["وال".len()..]).is_none() && free(w.s, w.e) {
                    end = w.e;
                    // «لقوى الثورة والمعارضة السورية»: the nisba after it too.
                    while let Some(w) = next_word(m, end).filter(|w| w.tight && adjective(&m[w.s..w.e]) && free(w.s, w.e)) {
                        end = w.e;
                    }
                }
            }
            at = end;
            out.push((s, end, kind));
        }
        out
    }
}
