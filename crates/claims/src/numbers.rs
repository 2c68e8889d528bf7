//! Figures on the claim extractor's token view. The values, ranges and hedges come from
//! the text core's one number parser (`riwaya_text::find_numbers_in`, run once per text in
//! [`Doc::new`]); this module adds what only claims need: the counted noun's class,
//! "منهم"/"آخرين", and the figures that are no counts (identifiers, measures, years).

use crate::data::{cands, Data, NounClass};
use crate::doc::Doc;
use riwaya_text::TokenKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// Tokens of the whole expression, hedge included (end exclusive).
    pub t0: usize,
    pub t1: usize,
    /// Tokens of the value itself.
    pub v0: usize,
    pub v1: usize,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: bool,
    pub vague: bool,
    /// The counted noun's token and class.
    pub noun: Option<(usize, NounClass)>,
    /// "منهم"/"منها" after the figure: counted among the people just named.
    pub pron: Option<usize>,
    /// "آخرين": more of the people of the previous figure.
    pub others: bool,
    /// An identifier, a measure, a year, an age: never a claim of a scored kind.
    pub date_like: bool,
    /// "عدد من": the least telling quantifier.
    pub few: bool,
}

impl Doc<'_> {
    fn is_punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.w(i) == c
    }
    pub(crate) fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && matches!(self.w(i), "\"" | "'" | "(" | ")")
    }
    /// Next token index at or after `i` that is not a quote, below `end`.
    pub(crate) fn skip_q(&self, mut i: usize, end: usize) -> usize {
        while i < end && self.is_quote(i) {
            i += 1;
        }
        i
    }
    /// Previous token index at or before `i` that is not a quote, at or above `start`.
    pub(crate) fn skip_q_back(&self, mut i: isize, start: usize) -> isize {
        while i >= start as isize && self.is_quote(i as usize) {
            i -= 1;
        }
        i
    }
}

/// A victims' phrase of `subjects.tsv` starting at token `k` ("الكوادر الطبية"): its
/// label and end token.
pub(crate) fn victim_phrase<'a>(d: &Doc, data: &'a Data, k: usize, e: usize) -> Option<(&'a str, usize)> {
    let c = cands(d.w(k));
    let list = c.iter().find_map(|x| data.victim_phrases.get(x))?;
    list.iter().find_map(|(rest, label)| {
        let end = k + 1 + rest.len();
        (end <= e && rest.iter().enumerate().all(|(i, r)| cands(d.w(k + 1 + i)).iter().any(|x| x == r))).then_some((label.as_str(), end))
    })
}

/// The figures of the text, per sentence.
pub fn find_all(d: &Doc, data: &Data) -> Vec<Vec<Num>> {
    let mut out: Vec<Vec<Num>> = vec![Vec::new(); d.sents.len()];
    for x in &d.numbers {
        if x.value_end <= x.value_start {
            continue;
        }
        let v0 = d.tok_of_raw(x.value_tokens.0);
        let si = d.sent_of(v0);
        if si >= d.sents.len() {
            continue;
        }
        let (s, e) = d.sents[si];
        if let Some(n) = one(d, data, x, v0, s, e) {
            out[si].push(n);
        }
    }
    for (si, &(s, e)) in d.sents.iter().enumerate() {
        for k in s + 1..e {
            if let Some(n) = definite(d, data, k, s, e) {
                if !out[si].iter().any(|m| m.v0 <= k && k < m.v1) {
                    let at = out[si].partition_point(|m| m.v0 < k);
                    out[si].insert(at, n);
                }
            }
        }
    }
    out
}

/// "تجاوز عدد القتلى المئة"، "قرابة الألف": a definite hundred or thousand right after a verb
/// of exceeding or nearing or a word of about (never "في المئة"، "بالمئة": the percent).
fn definite(d: &Doc, data: &Data, k: usize, s: usize, e: usize) -> Option<Num> {
    if d.toks[k].kind != TokenKind::Word {
        return None;
    }
    let &value = data.fw.definite_numbers.get(d.w(k))?;
    let p = d.skip_q_back(k as isize - 1, s);
    if p < s as isize {
        return None;
    }
    let mut p = p as usize;
    let verb = |p: usize| cands(d.w(p)).iter().any(|x| data.over_verbs.contains(x) || data.near_verbs.contains(x));
    // "تخطى عدد الجرحى الألف": the verb before the toll head
    let mut t0 = p;
    if !verb(p) {
        if let Some(h) = (p.saturating_sub(3).max(s + 1)..=p).rev().find(|&h| cands(d.w(h)).iter().any(|c| data.toll_heads.contains(c))) {
            if verb(h - 1) {
                p = h - 1;
                t0 = k;
            }
        }
    }
    let c = cands(d.w(p));
    let over = c.iter().any(|x| data.over_verbs.contains(x));
    if !over && !c.iter().any(|x| data.near_verbs.contains(x) || data.fw.definite_about.contains(x)) {
        return None;
    }
    let j = d.skip_q(k + 1, e);
    let noun = (j < e && d.toks[j].kind == TokenKind::Word).then(|| data.noun(d.w(j)).map(|n| (j, n.class))).flatten();
    Some(Num {
        t0,
        t1: noun.map_or(k + 1, |(j, _)| j + 1),
        v0: k,
        v1: k + 1,
        low: Some(value),
        high: if over { None } else { Some(value) },
        approx: true,
        vague: false,
        noun,
        pron: None,
        others: false,
        date_like: false,
        few: false,
    })
}

/// The figure of expression `x`, whose value starts at token `v0` of sentence `[s, e)`.
fn one(d: &Doc, data: &Data, x: &riwaya_text::NumberExpr, v0: usize, s: usize, e: usize) -> Option<Num> {
    {
        let v1 = (d.tok_of_raw(x.value_tokens.1.saturating_sub(1)) + 1).min(e);
        let t0 = d.tok_of_raw(x.tokens.0).max(s);
        let mut t1 = (d.tok_of_raw(x.tokens.1.saturating_sub(1)) + 1).min(e).max(v1);
        if v0 < s || v0 >= e || v1 <= v0 {
            return None;
        }
        let t = d.toks[v0];
        let few = x.vague && x.low == Some(3) && x.high == Some(10) && data.fw.few.contains(d.w(v0));
        // "أكبر عدد من الضحايا": a superlative makes "عدد من" no count.
        if few && v0 > s && cands(d.w(v0 - 1)).iter().any(|c| data.one_of.contains(c)) {
            return None;
        }
        // A dual noun is its own counted noun ("مستوصفين").
        let dual = cands(d.w(v0)).iter().find_map(|c| data.nouns.get(c)).filter(|n| n.dual && x.low == Some(2) && x.high == Some(2) && v1 == v0 + 1);
        let mut noun = dual.map(|n| (v0, n.class));
        let mut pron = None;
        let mut others = false;
        let lookup = |k: usize| {
            if victim_phrase(d, data, k, e).is_some() {
                return Some(NounClass::Civilian);
            }
            let class = data.noun(d.w(k)).map(|n| n.class)?;
            // "رجال الأمن", "رجل شرطة": men of a force are its members.
            let force_next = k + 1 < e && cands(d.w(k + 1)).iter().any(|c| data.force_words.contains(c));
            // "عناصر الشرطة"، "أفراد الأمن": members of a state's force
            Some(if matches!(class, NounClass::Civilian | NounClass::Combatant) && force_next { NounClass::Security } else { class })
        };
        if noun.is_none() {
            let mut j = d.skip_q(v1, e);
            if j < e && d.w(j) == data.fw.about {
                j = d.skip_q(j + 1, e);
            }
            if j < e && d.toks[j].kind == TokenKind::Word {
                if let Some(c) = lookup(j) {
                    noun = Some((j, c));
                } else if d.w(j) == data.fw.of {
                    // "المئات من المدنيين" counts civilians; "المئات من السجن" is "from the prison"
                    let k = d.skip_q(j + 1, e);
                    if k < e {
                        if let Some(c) = lookup(k).filter(|c| *c != NounClass::Thing) {
                            noun = Some((k, c));
                        }
                    }
                } else if data.fw.of_them.contains(d.w(j)) {
                    pron = Some(j);
                } else if data.fw.others.contains(d.w(j)) {
                    others = true;
                    t1 = t1.max(j + 1);
                }
            }
            // "أياما عدة": a vague quantifier after its noun.
            if x.vague && t.kind == TokenKind::Word && v0 > s && x.low == Some(3) && noun.is_none() {
                if let Some(c) = lookup(v0 - 1) {
                    noun = Some((v0 - 1, c));
                }
            }
            // "عنصر واحد": the noun comes first; "من عائلة واحدة" is no count at all.
            // "واحدة من أكثر الهجمات دموية": "one of", not a count.
            if v1 == v0 + 1 && x.low == Some(1) && x.high == Some(1) && t.kind == TokenKind::Word {
                let j = d.skip_q(v1, e);
                if j + 1 < e && d.w(j) == data.fw.of && cands(d.w(j + 1)).iter().any(|c| data.one_of.contains(c)) {
                    return None;
                }
            }
            if v1 == v0 + 1 && x.low == Some(1) && x.high == Some(1) && t.kind == TokenKind::Word && v0 > s {
                let mut before = d.skip_q_back(v0 as isize - 2, s);
                // "من منزل عائلة واحدة": the preposition may stand before a construct of
                // indefinite nouns (two at most; "في الهجوم رجل واحد" stops at the definite one).
                for _ in 0..2 {
                    let b = before as usize;
                    if before < s as isize || data.one_after.contains(d.w(b)) || d.toks[b].kind != TokenKind::Word
                        || d.w(b).starts_with("ال") || cands(d.w(b)).iter().any(|c| c.starts_with("ال") || data.triggers.contains_key(c))
                    {
                        break;
                    }
                    let p = d.skip_q_back(before - 1, s);
                    if p < s as isize || d.toks[p as usize].kind != TokenKind::Word {
                        break;
                    }
                    before = p;
                }
                let governed = before >= s as isize && data.one_after.contains(d.w(before as usize));
                if governed {
                    return None;
                }
                if let Some(c) = lookup(v0 - 1) {
                    noun = Some((v0 - 1, c));
                }
            }
        }
        if let Some((k, _)) = noun {
            t1 = t1.max(k + 1);
            // "تسعة رهائن آخرين": more of the people counted before.
            let j = d.skip_q(k + 1, e);
            if j < e && data.fw.others.contains(d.w(j)) {
                others = true;
                t1 = t1.max(j + 1);
            }
        }
        if let Some(k) = pron {
            t1 = t1.max(k + 1);
        }
        // "13 أسرة من المصابين": households of the victims, not victims.
        let mut kin = false;
        if let Some((k, _)) = noun {
            let j = d.skip_q(k + 1, e);
            if j + 1 < e && d.w(j) == data.fw.of && cands(d.w(k)).iter().any(|c| data.kin_nouns.contains(c)) {
                kin = lookup(j + 1).is_some_and(|c| matches!(c, NounClass::Person | NounClass::Prisoner | NounClass::Hostage));
            }
        }
        // "أحد"/"إحدى" count one only before a counted noun ("أحد عناصر").
        if t.kind == TokenKind::Word && v1 == v0 + 1 && x.low == Some(1) && !noun.is_some_and(|(_, c)| c.is_people()) {
            return None;
        }
        // Identifiers, measures and years: "الفرقة 30", "هاون 120", "رؤية 2030", "المادة 5".
        let mut date_like = kin;
        let pb = d.skip_q_back(v0 as isize - 1, s);
        if pb >= s as isize && cands(d.w(pb as usize)).iter().any(|c| data.not_count_before.contains(c)) {
            date_like = true;
        }
        let nxt = d.skip_q(v1, e);
        if nxt < e && d.toks[nxt].kind == TokenKind::Word && cands(d.w(nxt)).iter().any(|c| data.not_count_after.contains(c)) {
            date_like = true;
        }
        if t.kind == TokenKind::Number {
            let w = d.w(v0);
            // Digits glued to a word are part of a name or model: "اتش7"، "سوخوي22".
            if v0 > 0 && d.toks[v0 - 1].end == t.start && d.toks[v0 - 1].kind == TokenKind::Word && d.w(v0 - 1).len() > 4 {
                date_like = true;
            }
            let low = x.low.unwrap_or(0);
            if noun.is_none() && x.low == x.high && (1900..=2100).contains(&low) && w.len() == 4 {
                date_like = true;
            }
            // "10:30", "2023/09/14" (written tight; "102: 61 من داعش" is a total and its parts)
            let tight = |a: usize, b: usize| d.toks[a].end == d.toks[b].start;
            if v0 > s + 1 && (d.is_punct(v0 - 1, "/") || d.is_punct(v0 - 1, ":")) && tight(v0 - 1, v0) && tight(v0 - 2, v0 - 1)
                || nxt + 1 < e && (d.is_punct(nxt, "/") || d.is_punct(nxt, ":")) && tight(v1 - 1, nxt) && tight(nxt, nxt + 1)
            {
                date_like = true;
            }
            // A score or a phone number: "3-1", "0912 345".
            if w.starts_with('0') && w.len() > 1 {
                date_like = true;
            }
        }
        let (low, mut high, mut approx) = (x.low, x.high, x.approx);
        // "تجاوز عدد النازحين 10 آلاف": the verb of exceeding stands before the toll head,
        // not before the figure, so the number parser saw no hedge.
        if !approx && !x.vague && low.is_some() && low == high && t0 > s + 1 {
            let mut k = t0 - 1;
            let mut words = 0;
            while k > s && words < 6 && d.toks[k].kind == TokenKind::Word && !cands(d.w(k)).iter().any(|c| data.toll_heads.contains(c)) {
                k -= 1;
                words += 1;
            }
            if k > s && d.toks[k].kind == TokenKind::Word && cands(d.w(k)).iter().any(|c| data.toll_heads.contains(c)) {
                let v = d.skip_q_back(k as isize - 1, s);
                if v >= s as isize {
                    let c = cands(d.w(v as usize));
                    if c.iter().any(|x| data.over_verbs.contains(x)) {
                        approx = true;
                        high = None;
                    } else if c.iter().any(|x| data.near_verbs.contains(x)) {
                        approx = true;
                    }
                }
            }
        }
        Some(Num { t0: t0.min(v0), t1, v0, v1, low, high, approx, vague: x.vague, noun, pron, others, date_like, few })
    }
}
