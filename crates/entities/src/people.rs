//! People named beyond the lexicon: by a listed given name and the names after it, by a
//! name they are known as («X المعروف بأبي عمر»), as a speaker before a role in
//! apposition («وقال X Y المتحدث باسم»), and after roles and titles.

use super::*;

impl Recognizer {
    /// The end of a name found without a role, which starts with the given name `w`: more
    /// given names, a particle and its complement, a family name with «ال» that is not
    /// frequent in news (it ends the name), or a rare word. A word with a proclitic
    /// («بتحقيق», «وأيمن»: the next name of a list), a pronoun suffix («احتياطياتنا») or
    /// an accusative ending («مبعوثا», «رئيسا») ends the name.
    /// A listed given name that is not also a common word («أحمد», «سالم»; not «أمل»):
    /// with «ال» it is a family name («الأحمد», «السالم»).
    pub(crate) fn family_of_given(&self, stem: &str) -> bool {
        stem.chars().count() >= 3 && self.first_names.contains(stem) && !self.given_also_words.contains(stem)
    }

    /// Whether one word after a title or a definite role can be a family name standing
    /// alone («الجنرال تياني قد»): no common word, accusative, verb or pronoun form of one
    /// («خاصة», «قانونا», «نرجو», «حقه», «برحمته»), no proclitic before a word of news.
    pub(crate) fn lone_surname_shape(&self, t: &str) -> bool {
        let df = |x: &str| self.news_df.get(x).copied().unwrap_or(0);
        let n = t.chars().count();
        let common = |x: &str| self.common.contains(x) || self.stop.contains(x) || df(x) >= 30;
        // «اكتمل», «انتهى»: a verb of form VIII (ا_ت__), not a name.
        let form8 = n == 5 && t.starts_with('ا') && t.chars().nth(2) == Some('ت');
        n >= 3
            && !form8
            && t.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            && !(n <= 3 && t.ends_with('ه'))
            && !is_definite(t)
            && !t.ends_with('ا')
            && !t.starts_with(['ي', 'ن', 'و', 'ف'])
            && !(n <= 4 && t.starts_with(['ت', 'ا']))
            && !["ها", "هم", "نا", "كم", "ته"].iter().any(|x| t.ends_with(x))
            && !t.strip_suffix('ه').is_some_and(|x| x.chars().count() >= 2 && common(x))
            && !t.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|x| x.chars().count() >= 3 && (common(x) || df(x) >= 10 || self.keys.contains_key(x)))
            && !self.common.contains(t)
            && !self.stop.contains(t)
            && df(t) < 200
            // A lexicon name only as a person's («تياني», a short alias named in full in
            // another article of the run).
            && self.keys.get(t).is_none_or(|&k| self.payloads[k as usize].names.iter().all(|n| self.ents[n.ent as usize].person))
    }

    /// A listed given name that is not also a word: «الياس» (إلياس) looks definite but
    /// does not end a name as a family name with «ال» does.
    pub(crate) fn given_not_word(&self, w: &str) -> bool {
        self.first_names.contains(w) && !self.given_also_words.contains(w)
    }

    pub(crate) fn free_name_end(&self, m: &str, p: &Prepared, w: W, occ: &Occ) -> usize {
        let df = |x: &str| self.news_df.get(x).copied().unwrap_or(0);
        let mut end = w.e;
        let mut last = w.e;
        let mut n = 1;
        let mut after_particle = self.particles.contains(&m[w.s..w.e]);
        // Right after a given name of the list, or after a compound given name («عبد
        // الحميد»), the next word is a family name unless it is frequent: «أسامة حماد»,
        // «عبد الحميد السالم» (later words must be rarer).
        let head_given = self.first_names.contains(&m[w.s..w.e]) && !self.given_also_words.contains(&m[w.s..w.e]);
        let mut after_compound = false;
        let mut din_before = false;
        let mut abd_before = &m[w.s..w.e] == "عبد";
        while n < 5 {
            let Some(x) = next_word(m, end) else { break };
            let u = &m[x.s..x.e];
            if !x.tight
                || !occ.free(x.s, x.e)
                || p.is_quote(end)
                || p.line_break(end, x.s)
                || self.stop.contains(u)
                || self.generic.contains(u)
                || self.head_of(u).is_some()
                || self.report_verbs.contains(self.bare(u))
            {
                break;
            }
            let given = self.first_names.contains(u) && !self.given_also_words.contains(u);
            // «زين الدين», «سيف الدين»: a compound given name, whatever its first word.
            let din = self.din_compounds.contains(u) && next_word(m, x.e).is_some_and(|y| y.tight && &m[y.s..y.e] == "الدين");
            let ok = after_particle
                || given
                || din
                || (u == "الدين" && din_before)
                || self.particles.contains(u)
                || if is_definite(u) {
                    let stem = &u["ال".len()..];
                    let most = if after_compound { 1000 } else { 200 };
                    (df(stem) < most && !self.common.contains(stem)) || self.family_of_given(stem)
                } else {
                    let chars = u.chars().count();
                    let proclitic = u.starts_with(['و', 'ب', 'ل', 'ك', 'ف']) && (u[2..].starts_with("ال") || df(&u[2..]) >= 30);
                    let suffix = chars >= 5 && ["ها", "هم", "نا", "كم", "هما"].iter().any(|x| u.ends_with(x));
                    // Not a verb («عبد الله يشكك») nor an adjective («لجان تطوعية»).
                    let relaxed = ((n == 1 && head_given) || after_compound)
                        && !u.starts_with('ي')
                        && !["يه", "ين", "ون"].iter().any(|x| u.ends_with(x));
                    let most = if relaxed { 100 } else { 30 };
                    // «للكاتب»: a preposition and the article, never a name.
                    !u.starts_with('و') && !u.starts_with("لل") && !proclitic && !suffix && !u.ends_with('ا') && df(u) < most && !self.common.contains(u)
                };
            if !ok {
                break;
            }
            // «عبد الرحمن»: the definite word of a compound given name does not end it, first
            // or later in the name («سعيد عبد الله دني»).
            let compound = (after_particle && (n == 1 || abd_before)) || (u == "الدين" && din_before);
            abd_before = u == "عبد";
            din_before = din;
            after_compound = compound;
            end = x.e;
            n += 1;
            after_particle = self.particles.contains(u);
            if !after_particle {
                last = end;
                // «أيمن الحميش»: a family name with «ال» ends the name unless «بن» follows;
                // a given name that only looks definite («إلياس») does not.
                if is_definite(u) && !compound && !given {
                    match next_word(m, end) {
                        Some(y) if y.tight && self.particles.contains(&m[y.s..y.e]) => {}
                        _ => break,
                    }
                }
            }
        }
        last
    }

    /// People named without a role: a given name of the list, then one to four more names,
    /// the second a given name, a particle's complement, or a word that is not frequent in
    /// news («أيمن الحميش»); after a given name that is also a word, only another given
    /// name («حسن محمد الغباش», not «حسن النية»). A name right
    /// after a particle («أبو», «بن») is left to the name it belongs to.
    pub(crate) fn given_name_pattern(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &mut Occ) -> Vec<Found> {
        let frequent = |x: &str| {
            let c = x.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(x);
            self.common.contains(c) || self.news_df.get(c).is_some_and(|&n| n >= 300)
        };
        let mut out = Vec::new();
        let mut at = 0;
        for &w in words {
            if w.s < at {
                continue;
            }
            let mut w = w;
            at = w.e;
            let t0 = &m[w.s..w.e];
            if !(self.quick.first_names.maybe(t0) && self.first_names.contains(t0)) {
                match t0.strip_prefix(['و', 'ل', 'ب', 'ف']) {
                    Some(r) if self.quick.first_names.maybe(r) && r.chars().count() >= 2 && self.first_names.contains(r) => w.s += 'و'.len_utf8(),
                    _ => continue,
                }
            }
            let t = &m[w.s..w.e];
            if self.common.contains(t) || self.stop.contains(t) || !occ.free(w.s, w.e) || sel.iter().any(|f| f.span_s <= w.s && w.s < f.e) {
                continue;
            }
            if prev_word(m, w.s).is_some_and(|x| x.tight && self.particles.contains(&m[x.s..x.e])) {
                continue;
            }
            let Some(x) = next_word(m, w.e).filter(|x| x.tight) else { continue };
            let u = &m[x.s..x.e];
            // A definite word after a given name is a family name unless it is common
            // («دانيال السواحل»: the storm and the coasts).
            // «محمد الأحمد»، «خالد السالم»: a given name with «ال» is a family name.
            let family = is_definite(u) && self.family_of_given(&u["ال".len()..]);
            let common_def = is_definite(u) && !family && (self.common.contains(&u["ال".len()..]) || self.news_df.get(&u["ال".len()..]).is_some_and(|&n| n >= 200));
            if !self.name_word(u) || (common_def && !self.particles.contains(t)) {
                continue;
            }
            let ok = if self.given_also_words.contains(t) {
                // «وقالت إيمان عياد»: right after a verb of saying, a rare word after it too.
                let after_speech = prev_word(m, w.s).is_some_and(|x| x.tight && self.report_verbs.contains(self.bare(&m[x.s..x.e])));
                (self.first_names.contains(u) && !self.given_also_words.contains(u))
                    || (after_speech && !is_definite(u) && !frequent(u) && self.news_df.get(u).is_none_or(|&n| n < 30))
            } else {
                // «وجدي زين الدين»: a compound given name with «الدين» after the first.
                let din = self.din_compounds.contains(u) && next_word(m, x.e).is_some_and(|y| y.tight && &m[y.s..y.e] == "الدين");
                self.first_names.contains(u) || family || self.particles.contains(t) || self.particles.contains(u) || !frequent(u) || din
            };
            if !ok {
                continue;
            }
            let end = self.free_name_end(m, p, w, occ);
            if m[w.s..end].split(' ').count() < 2 || !occ.free(w.s, end) {
                continue;
            }
            occ.insert(w.s, end);
            at = end;
            out.push(Found {
                s: w.s,
                e: end,
                span_s: w.s,
                ent: EntId::New(derived_id("person", &m[w.s..end]), "person"),
                militia: false,
                pattern: true,
                nested: false,
            });
        }
        out
    }

    /// The names a person is «known as» right after their name («X المعروف بأبي عمر»,
    /// «الملقب بـ"الحاج"», «المكنى بالذباح», words.toml names.known_as): a kunya and the
    /// word after it, a quoted name of up to three words, or one rare definite word. Each
    /// with the forms it is met in elsewhere («أبو عمر», «أبي عمر», «أبا عمر»).
    pub(crate) fn known_as_names(&self, m: &str, p: &Prepared, sel: &[Found], occ: &Occ) -> Vec<(Found, Vec<String>)> {
        let mut out = Vec::new();
        for f in sel {
            let person = match &f.ent {
                EntId::Lex(i) => self.ents[*i as usize].person,
                EntId::New(id, _) => id.starts_with("person:"),
            };
            if !person {
                continue;
            }
            let Some(k) = next_word(m, f.e).filter(|k| k.tight || m[f.e..k.s].trim() == ",") else { continue };
            if !self.known_as.contains(&m[k.s..k.e]) {
                continue;
            }
            let Some(x) = next_word(m, k.e).filter(|x| x.tight) else { continue };
            // «بـ» alone (before a quote) or joined to the name.
            let first = if &m[x.s..x.e] == "ب" {
                match next_word(m, x.e) {
                    Some(y) if y.e - y.s >= 2 => y,
                    _ => continue,
                }
            } else if let Some(rest) = m[x.s..x.e].strip_prefix('ب').filter(|r| r.chars().count() >= 2) {
                W { s: x.e - rest.len(), e: x.e, tight: true }
            } else {
                continue;
            };
            let quoted = first.s > 0 && p.is_quote(first.s - 1);
            let w0 = &m[first.s..first.e];
            let mut names = Vec::new();
            let end = if let Some(nom) = self.kunya.get(w0) {
                // «أبو» + a name («أبو عمر»; «أبو عبد الله»).
                let Some(y) = next_word(m, first.e).filter(|y| y.tight && !p.is_quote(first.e) && self.name_word(&m[y.s..y.e])) else { continue };
                let mut e = y.e;
                if self.particles.contains(&m[y.s..y.e]) {
                    match next_word(m, y.e).filter(|z| z.tight && self.name_word(&m[z.s..z.e])) {
                        Some(z) => e = z.e,
                        None => continue,
                    }
                }
                let rest = &m[y.s..e];
                for (g, n) in &self.kunya {
                    if n == nom {
                        names.push(format!("{g} {rest}"));
                    }
                }
                e
            } else if quoted {
                // Up to the closing quote, three words at most.
                let mut e = first.e;
                let mut n = 1;
                while !p.is_quote(e) {
                    match next_word(m, e).filter(|y| y.tight) {
                        Some(y) if n < 3 => {
                            e = y.e;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                if !p.is_quote(e) && e != m.len() {
                    continue;
                }
                names.push(m[first.s..e].to_string());
                e
            } else if is_definite(w0) && w0.chars().count() >= 5 && !self.stop.contains(w0) && !self.generic.contains(w0) && {
                let stem = &w0["ال".len()..];
                !self.common.contains(stem) && self.news_df.get(stem).is_none_or(|&n| n < 100)
            } {
                names.push(w0.to_string());
                first.e
            } else {
                continue;
            };
            if !occ.free(first.s, end) || m[first.s..end].split(' ').any(|w| self.stop.contains(w)) {
                continue;
            }
            let alias = Found { s: first.s, e: end, span_s: first.s, ent: f.ent.clone(), militia: false, pattern: true, nested: false };
            out.push((alias, names));
        }
        out
    }

    /// Speakers named by apposition: a verb of saying, two or three words rare in news
    /// (none common, a function word, a head, a known name; the first indefinite), then a
    /// role, after a comma or not («وقال كورنيل مابوتو، المتحدث باسم الجيش»): a person.
    pub(crate) fn speaker_pattern(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &mut Occ) -> Vec<Found> {
        let df = |x: &str| self.news_df.get(x.strip_prefix("ال").filter(|c| c.chars().count() >= 2).unwrap_or(x)).copied().unwrap_or(0);
        let is_role = |x: &str| self.keys.get(x).is_some_and(|&i| self.payloads[i as usize].role);
        let mut out = Vec::new();
        for (i, v) in words.iter().enumerate() {
            let verb = self.bare(&m[v.s..v.e]);
            if !(self.quick.report_verbs.maybe(verb) && self.report_verbs.contains(verb)) {
                continue;
            }
            let mut end = None;
            for k in 1..=3 {
                let Some(x) = words.get(i + k) else { break };
                let u = &m[x.s..x.e];
                let prev_end = words[i + k - 1].e;
                if !x.tight
                    || p.is_quote(prev_end)
                    || p.line_break(prev_end, x.s)
                    || !occ.free(x.s, x.e)
                    || sel.iter().any(|f| f.span_s < x.e && x.s < f.e)
                    || u.chars().count() < 3
                    || self.stop.contains(u)
                    || self.generic.contains(u)
                    || self.head_of(u).is_some()
                    || self.keys.contains_key(u)
                    || self.report_verbs.contains(self.bare(u))
                    || self.common.contains(u.strip_prefix("ال").unwrap_or(u))
                    || u.bytes().any(|b| b.is_ascii_digit())
                    || (k == 1 && is_definite(u))
                    || df(u) >= if k == 1 { 30 } else { 100 }
                    || !self.name_word(u)
                {
                    break;
                }
                let Some(r) = words.get(i + k + 1) else { break };
                let gap = m[x.e..r.s].trim();
                if k >= 2 && (r.tight || gap == "،" || gap == ",") && !p.is_quote(x.e) && is_role(&m[r.s..r.e]) {
                    end = Some(x.e);
                }
            }
            let Some(e) = end else { continue };
            let s = words[i + 1].s;
            occ.insert(s, e);
            out.push(Found { s, e, span_s: s, ent: EntId::New(derived_id("person", &m[s..e]), "person"), militia: false, pattern: true, nested: false });
        }
        out
    }

    pub(crate) fn role_pattern(&self, m: &str, p: &Prepared, rs: usize, e: usize, sel: &[Found], occ: &mut Occ) -> Option<Found> {
        let title = self.titles.contains(&m[rs..e]);
        // A one-letter title is an abbreviation: «د.» with its dot, never «د» alone.
        if m[rs..e].chars().count() == 1 && !m[e..].trim_start().starts_with('.') {
            return None;
        }
        let mut pos = e;
        let mut commas = 0;
        for _ in 0..10 {
            let w = next_word(m, pos)?;
            if !w.tight {
                // One comma or dash may stand between the complement and the name.
                let gap = m[pos..w.s].trim();
                // «د. X», «د.X»: the abbreviation's dot.
                let dot = gap == "." && pos == e && m[rs..e].chars().count() == 1;
                if commas == 0 && (matches!(gap, "," | "-" | "–") || dot) {
                    commas += 1;
                } else {
                    return None;
                }
            }
            // Inside a known name: skip it, unless it is a person (the role is theirs).
            if let Some(f) = sel.iter().find(|f| f.span_s <= w.s && w.s < f.e) {
                if let EntId::Lex(i) = f.ent {
                    if self.ents[i as usize].person {
                        return None;
                    }
                }
                if matches!(&f.ent, EntId::New(id, _) if id.starts_with("person:")) {
                    return None;
                }
                pos = f.e;
                continue;
            }
            let t = &m[w.s..w.e];
            // «المتحدث باسم الجيش الفاتح …»: a listed given name with «ال» starts the name.
            let skip = (is_definite(t) && !self.first_names.contains(t))
                || has_article_proclitic(t)
                || matches!(t, "في" | "باسم" | "لدي" | "عن" | "ل" | "ب" | "لشوون" | "لمكتب" | "عام")
                // Rank words after a title: «الفريق أول ركن X».
                || (title && RANK_WORDS.contains(&t))
                || self.head_of(t).is_some()
                || (t.starts_with('ل') && t.len() > 6 && self.head_of(&t[2..]).is_some())
                || (t.chars().count() > 3 && (t.ends_with("يه") || t.ends_with("يين")));
            if skip {
                pos = w.e;
                continue;
            }
            if !self.name_word(t) {
                return None;
            }
            // A given name, a quoted name, or any name right after a title.
            let quoted = w.s > 0 && p.is_quote(w.s - 1);
            // «د.» stands before any word a doctor's name could follow («د. إبراهيم», a
            // quoted «د. "X"», or a rare name): not taken as direct.
            let abbrev = m[rs..e].chars().count() == 1;
            let between: Vec<&str> = m[e..w.s].split(|c: char| !is_word_char(c)).filter(|x| !x.is_empty()).collect();
            let direct = title && !abbrev && between.is_empty();
            // «وقالت المتحدثة ماديفي سون سوون، لـ…»: words met nowhere in news, up to a
            // comma or a clause, are a foreign name no list holds.
            let rare = |x: &str| {
                let suffix = x.chars().count() >= 5 && ["ته", "تك", "ها", "هم", "كم"].iter().any(|s| x.ends_with(s));
                !suffix && !self.common.contains(x) && !self.stop.contains(x) && self.news_df.get(x).is_none_or(|&n| n < 10)
            };
            // «الملازم الأول X», «الفريق أول ركن X»: after rank words, a given name or a rare
            // word (not «الفريق الأول لكرة القدم», the first team).
            let direct = direct || (title && !abbrev && between.iter().all(|x| RANK_WORDS.contains(x)) && (self.first_names.contains(t) || (!t.starts_with(['ل', 'و', 'ب', 'ف']) && !self.common.contains(t) && !self.stop.contains(t) && self.news_df.get(t).is_none_or(|&n| n < 100))));
            let unlisted = !self.first_names.contains(t) && !quoted && !direct && rare(t) && {
                let end = self.name_end(m, p, w, occ);
                let all_rare = m[w.s..end].split(' ').all(|x| rare(x) && !is_definite(x));
                let closed = next_word(m, end).is_none_or(|x| !x.tight || matches!(&m[x.s..x.e], "ان" | "انه" | "انها" | "ل"));
                all_rare && closed && m[w.s..end].split(' ').count() >= 2
            };
            // «وقال المحافظ خضر إن», «وكان الجنرال تياني قد»: one word, closed by a clause or
            // a mark, is the person's family name (linked to the full name in the article or
            // the run); a word rare in news after a role, one not frequent after a title.
            // «محافظ طولكرم كميل»: a role and the known place it holds stand as a title.
            let place_between = !between.is_empty() && {
                let place = |f: &Found| match &f.ent {
                    EntId::Lex(i) => self.ents[*i as usize].place,
                    EntId::New(id, _) => id.starts_with("place:"),
                };
                let mut ok = true;
                let mut at = e;
                while let Some(x) = next_word(m, at).filter(|x| x.s < w.s) {
                    ok &= sel.iter().any(|f| f.span_s <= x.s && x.e <= f.e && place(f));
                    at = x.e;
                }
                ok
            };
            let lone = ((between.is_empty() && (title || is_definite(&m[rs..e]))) || place_between) && !quoted && {
                let closed = next_word(m, w.e).is_none_or(|x| {
                    let gap = m[w.e..x.s].trim();
                    matches!(gap, "،" | "," | ":" | ".") || (x.tight && matches!(&m[x.s..x.e], "ان" | "انه" | "انها" | "قد"))
                });
                closed && self.lone_surname_shape(t)
            };
            if !(self.first_names.contains(t) || quoted || direct || unlisted || lone) {
                return None;
            }
            let s = w.s;
            // After «د.» the name ends as a name with no role does (no frequent words).
            let end = if abbrev { self.free_name_end(m, p, w, occ) } else { self.name_end(m, p, w, occ) };
            let n = m[s..end].split(' ').count();
            // «مراسل وكالة "X برس"»: a name ending like an outlet is the outlet's.
            let outlet_like = m[s..end].rsplit(' ').next().is_some_and(|x| self.outlet_suffixes.iter().any(|o| o == x));
            if (n < 2 && !(lone && end == w.e)) || !occ.free(s, end) || outlet_like {
                return None;
            }
            occ.insert(s, end);
            return Some(Found {
                s,
                e: end,
                span_s: s,
                ent: EntId::New(derived_id("person", &m[s..end]), "person"),
                militia: false,
                pattern: true,
                nested: false,
            });
        }
        None
    }
}
