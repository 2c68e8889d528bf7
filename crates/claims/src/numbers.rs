//! Number expressions over normalised tokens: digits, number words, duals, scale words
//! ("5 آلاف"), hedges ("نحو"، "أكثر من"، "لا يتجاوز عددهم"), ranges and vague magnitudes
//! ("العشرات"، "عدد من"), with the counted noun that follows.
//!
//! riwaya-text is to grow its own number module; this one works on the claim extractor's
//! token view and adds what the extractor needs (the noun's class, "منهم"، "آخرين").

use crate::data::{cands, Data, NounClass};
use crate::doc::Doc;
use crate::data::HashMap;
use std::sync::OnceLock;
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
    /// A date, a year, a time, a percentage, an age: never a claim of a scored kind.
    pub date_like: bool,
    /// "عدد من": the least telling quantifier.
    pub few: bool,
}

#[derive(Clone, Copy, Debug)]
enum W {
    /// A plain value (1..999).
    V(u64),
    /// 10 after a unit ("ثلاثة عشر").
    Teen,
    /// A scale (1000, 1e6, 1e9) that multiplies what precedes.
    Scale(u64),
    /// A vague magnitude (low, high).
    Vague(u64, u64),
}

/// The number words (normalised), for the extractor's quick check.
pub fn word_forms() -> impl Iterator<Item = String> {
    words().keys().cloned()
}

fn words() -> &'static HashMap<String, W> {
    static M: OnceLock<HashMap<String, W>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = HashMap::default();
        let mut put = |forms: &[&str], w: W| {
            for f in forms {
                m.insert(riwaya_text::normalize_str(f), w);
            }
        };
        put(&["واحد", "واحدة", "أحد", "إحدى"], W::V(1));
        put(&["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"], W::V(2));
        put(&["ثلاث", "ثلاثة"], W::V(3));
        put(&["أربع", "أربعة"], W::V(4));
        put(&["خمس", "خمسة"], W::V(5));
        put(&["ست", "ستة"], W::V(6));
        put(&["سبع", "سبعة"], W::V(7));
        put(&["ثمان", "ثماني", "ثمانية"], W::V(8));
        put(&["تسع", "تسعة"], W::V(9));
        put(&["عشر", "عشرة"], W::Teen);
        put(&["عشرون", "عشرين"], W::V(20));
        put(&["ثلاثون", "ثلاثين"], W::V(30));
        put(&["أربعون", "أربعين"], W::V(40));
        put(&["خمسون", "خمسين"], W::V(50));
        put(&["ستون", "ستين"], W::V(60));
        put(&["سبعون", "سبعين"], W::V(70));
        put(&["ثمانون", "ثمانين"], W::V(80));
        put(&["تسعون", "تسعين"], W::V(90));
        put(&["مئة", "مائة", "مئه"], W::V(100));
        put(&["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي"], W::V(200));
        for (i, u) in ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"].iter().enumerate() {
            let v = (i as u64 + 3) * 100;
            put(&[&format!("{u}مئة"), &format!("{u}مائة")], W::V(v));
        }
        put(&["ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة"], W::V(800));
        put(&["ألف", "الف", "ألفا"], W::Scale(1000));
        put(&["ألفان", "ألفين"], W::V(2000));
        put(&["آلاف"], W::Scale(1000));
        put(&["مليون", "ملايين"], W::Scale(1_000_000));
        put(&["مليار", "مليارات"], W::Scale(1_000_000_000));
        put(&["عشرات"], W::Vague(20, 99));
        put(&["مئات"], W::Vague(200, 999));
        put(&["بضعة", "بضع", "عدة"], W::Vague(3, 10));
        m
    })
}

/// Hedge patterns before a value: (words, effect).
#[derive(Clone, Copy, PartialEq, Debug)]
enum H {
    About,
    More,
    Less,
    Between,
}

fn hedges() -> &'static Vec<(Vec<String>, H)> {
    static M: OnceLock<Vec<(Vec<String>, H)>> = OnceLock::new();
    M.get_or_init(|| {
        let raw: &[(&str, H)] = &[
            ("ما لا يقل عن", H::More), ("لا يقل عن", H::More), ("ما يزيد عن", H::More), ("ما يزيد على", H::More),
            ("يزيد عن", H::More), ("يزيد على", H::More), ("أكثر من", H::More), ("أزيد من", H::More),
            ("ما يفوق", H::More), ("يفوق", H::More), ("يربو على", H::More), ("لا يتجاوز", H::Less),
            ("لا تتجاوز", H::Less), ("لم يتجاوز", H::Less), ("لم تتجاوز", H::Less), ("لا يزيد عن", H::Less),
            ("لا يزيد على", H::Less), ("أقل من", H::Less), ("تجاوز", H::More), ("تجاوزت", H::More),
            ("يتجاوز", H::More), ("تتجاوز", H::More), ("تخطى", H::More), ("تخطت", H::More), ("يتخطى", H::More),
            ("ما يقارب", H::About), ("يقارب", H::About), ("ما يناهز", H::About), ("يناهز", H::About),
            ("ناهز", H::About), ("نحو", H::About), ("قرابة", H::About), ("حوالي", H::About), ("زهاء", H::About),
            ("يقدر", H::About), ("تقدر", H::About), ("يقدرون", H::About), ("قدر", H::About), ("قدرت", H::About),
            ("ما بين", H::Between), ("بين", H::Between), ("من", H::Between),
        ];
        raw.iter()
            .map(|(s, h)| (riwaya_text::normalize_str(s).split(' ').map(String::from).collect(), *h))
            .collect()
    })
}

const MONTHS: &[&str] = &[
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "يونيه", "يوليه",
];
const DATE_BEFORE: &[&str] = &[
    "عام", "سنه", "الساعه", "ساعه", "رقم", "الماده", "ماده", "القرار", "قرار", "مواليد", "سن", "عمر", "تاريخ",
    "بتاريخ", "العدد", "الفقره", "صفحه", "الدقيقه", "الجوله", "المرحله", "الطبعه", "مرسوم", "المرسوم", "الرقم", "العام",
];

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

fn parse_digits(s: &str) -> Option<f64> {
    let t: String = s.chars().filter(|c| *c != ',' && *c != '٬').map(|c| if c == '٫' { '.' } else { c }).collect();
    t.parse::<f64>().ok()
}

fn word_value(d: &Doc, i: usize) -> Option<(W, bool)> {
    word_value_c(d.w(i), &cands(d.w(i)))
}

fn word_value_c(w: &str, cs: &crate::data::Cands) -> Option<(W, bool)> {
    let m = words();
    if let Some(v) = m.get(w) {
        return Some((*v, false));
    }
    // With a proclitic: "وعشرون", "بثلاثة", "والعشرات", "بالمئات".
    for c in cs.iter().skip(1) {
        // "كميات" is no "ك" + "مئات".
        if w[..w.len() - c.len()].contains('ك') {
            continue;
        }
        if let Some(v) = m.get(c) {
            let via_article = w.ends_with(c) && w[..w.len() - c.len()].ends_with("ال");
            if via_article && !matches!(v, W::Vague(..) | W::Scale(_)) {
                return None;
            }
            return Some((*v, w.starts_with('و') && w.len() == c.len() + 2));
        }
    }
    None
}

/// Find the number expressions in tokens `[s, e)` (one sentence).
pub fn find(d: &Doc, data: &Data, s: usize, e: usize) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        let t = d.toks[i];
        let mut val: Option<(u64, u64, bool)> = None; // low, high, vague
        let v0 = i;
        let mut v1 = i + 1;
        let mut few = false;
        let mut dual_noun: Option<(usize, NounClass)> = None;
        if t.kind == TokenKind::Number {
            if let Some(x) = parse_digits(d.w(i)) {
                let mut x = x;
                let j = d.skip_q(i + 1, e);
                if j < e {
                    if let Some((W::Scale(sc), _)) = word_value(d, j) {
                        x *= sc as f64;
                        v1 = j + 1;
                    }
                }
                let v = x.round() as u64;
                val = Some((v, v, false));
            }
        } else if t.kind == TokenKind::Word {
            let cw = cands(d.w(i));
            if !cw.iter().any(|c| data.numkeys.contains(c)) {
                i += 1;
                continue;
            }
            if let Some((w, conj)) = word_value_c(d.w(i), &cw) {
                if !conj {
                    match w {
                        W::Vague(lo, hi) => {
                            let mut lo = lo;
                            let mut hi = hi;
                            // "عشرات الآلاف"
                            let j = d.skip_q(i + 1, e);
                            if j < e && hi > 10 {
                                if let Some((W::Scale(sc), false)) = word_value(d, j) {
                                    lo *= sc;
                                    hi = hi * sc + (sc - 1);
                                    v1 = j + 1;
                                }
                            }
                            val = Some((lo, hi, true));
                        }
                        W::Scale(sc) => {
                            // "الآلاف" alone is vague; "ألف" alone is 1000.
                            let bare = d.w(i);
                            if sc == 1000 && (bare.ends_with("الاف") || bare.ends_with("ملايين")) {
                                val = Some((2000, 9999, true));
                            } else if sc == 1_000_000 && bare.ends_with("ملايين") {
                                val = Some((2_000_000, 9_999_999, true));
                            } else {
                                val = Some((sc, sc, false));
                            }
                        }
                        W::V(_) | W::Teen => {
                            let (v, end) = parse_words(d, i, e);
                            if v > 0 {
                                val = Some((v, v, false));
                                v1 = end;
                            }
                        }
                    }
                }
            } else {
                let w = d.w(i);
                let c = cw;
                let dn = c.iter().find_map(|c| data.nouns.get(c)).copied().filter(|n| n.dual);
                if let Some(n) = dn {
                    val = Some((2, 2, false));
                    dual_noun = Some((i, n.class));
                    // "سيارتين اثنتين": the number word is part of it.
                    let j = d.skip_q(i + 1, e);
                    if j < e && matches!(word_value(d, j), Some((W::V(2), false))) {
                        v1 = j + 1;
                    }
                } else if (w == "عدد" || w == "عددا") && i + 1 < e && d.w(i + 1) == "من" {
                    val = Some((3, 10, true));
                    few = true;
                }
            }
        }
        let Some((mut low, mut high, vague)) = val else {
            i += 1;
            continue;
        };
        let mut lo_o = Some(low);
        let mut hi_o = Some(high);
        let mut approx = false;
        let mut t0 = v0;
        let mut t1 = v1;
        // Range: "2000-4000", "20 إلى 30", "بين 20 و30".
        let mut ranged = false;
        if !vague && dual_noun.is_none() {
            let j = v1;
            if j + 1 < e && d.toks[j + 1].kind == TokenKind::Number
                && (d.is_punct(j, "-") || matches!(d.w(j), "الي" | "حتي" | "و"))
            {
                if let Some(x) = parse_digits(d.w(j + 1)) {
                    let x = x.round() as u64;
                    if x > low && (d.w(j) != "و" || prev_is(d, v0, s, &["بين"])) {
                        let mut x = x;
                        let mut end = j + 2;
                        let k = d.skip_q(end, e);
                        if k < e {
                            if let Some((W::Scale(sc), _)) = word_value(d, k) {
                                x *= sc;
                                end = k + 1;
                                if low < sc {
                                    low *= sc;
                                }
                            }
                        }
                        high = x;
                        lo_o = Some(low);
                        hi_o = Some(high);
                        t1 = end;
                        ranged = true;
                    }
                }
            }
        }
        // Hedges before the value, over "عددهم"/"ب" ("لا يتجاوز عددهم 20", "يقدر عددهم بـ 500").
        {
            let mut k = d.skip_q_back(v0 as isize - 1, s);
            while k >= s as isize {
                let w = d.w(k as usize);
                if w == "ب" || w.starts_with("عدد") || w.starts_with("اعداد") || w.starts_with("بعدد") {
                    k = d.skip_q_back(k - 1, s);
                } else {
                    break;
                }
            }
            if k >= s as isize {
                for (pat, h) in hedges() {
                    let n = pat.len() as isize;
                    if k - n + 1 < s as isize {
                        continue;
                    }
                    let ok = pat.iter().enumerate().all(|(q, p)| {
                        let tok = (k - n + 1) as usize + q;
                        let w = d.w(tok);
                        w == p || (q == 0 && cands(w).iter().any(|c| c == p))
                    });
                    if !ok {
                        continue;
                    }
                    match h {
                        H::About => approx = true,
                        H::More => {
                            approx = true;
                            hi_o = None;
                            if vague {
                                lo_o = Some(low);
                            }
                        }
                        H::Less => {
                            approx = true;
                            lo_o = None;
                        }
                        H::Between => {
                            if !ranged {
                                continue;
                            }
                        }
                    }
                    t0 = (k - n + 1) as usize;
                    break;
                }
            }
        }
        // After the value: "تقريباً", "على الأقل".
        let mut j = d.skip_q(t1, e);
        if j < e && d.w(j) == "تقريبا" {
            approx = true;
            t1 = j + 1;
        }
        // The counted noun.
        let mut noun = dual_noun;
        let mut pron = None;
        let mut others = false;
        if noun.is_none() {
            j = d.skip_q(t1, e);
            if j < e && d.toks[j].kind == TokenKind::Word {
                let lookup = |k: usize| {
                    let class = cands(d.w(k)).iter().find_map(|c| data.nouns.get(c)).map(|n| n.class)?;
                    // "رجال الأمن", "رجل شرطة": men of a force are its members.
                    let force_next = k + 1 < e && matches!(d.w(k + 1), "الامن" | "امن" | "الشرطه" | "شرطه" | "الجيش");
                    Some(if class == NounClass::Civilian && force_next { NounClass::Security } else { class })
                };
                if let Some(c) = lookup(j) {
                    noun = Some((j, c));
                } else if d.w(j) == "من" {
                    let k = d.skip_q(j + 1, e);
                    if k < e {
                        if let Some(c) = lookup(k) {
                            noun = Some((k, c));
                        }
                    }
                } else if matches!(d.w(j), "منهم" | "منها" | "منهما") {
                    pron = Some(j);
                } else if matches!(d.w(j), "اخرين" | "اخرون" | "اخري" | "اخر") {
                    others = true;
                }
                // "عنصر واحد": the noun comes first.
                if v1 == v0 + 1 && matches!(words().get(d.w(v0)), Some(W::V(1))) && v0 > s {
                    if let Some(c) = lookup(v0 - 1) {
                        noun = Some((v0 - 1, c));
                        t0 = t0.min(v0 - 1);
                    }
                }
            }
        }
        if let Some((k, _)) = noun {
            t1 = t1.max(k + 1);
        }
        if let Some(k) = pron {
            t1 = t1.max(k + 1);
        }
        // "أحد"/"إحدى" count one only before a counted noun ("أحد عناصر"), not in "أحد أقسامه".
        if t.kind == TokenKind::Word && v1 == v0 + 1 && matches!(d.w(v0).trim_start_matches('و'), "احد" | "احدي" | "باحد" | "لاحد")
            && !noun.is_some_and(|(_, c)| c.is_people())
        {
            i = v1;
            continue;
        }
        // After the noun: "على الأقل".
        let k = d.skip_q(t1, e);
        if k + 1 < e && d.w(k) == "علي" && d.w(k + 1) == "الاقل" {
            approx = true;
            hi_o = None;
            t1 = k + 2;
        }
        // Dates, years, times, ages, percentages.
        let mut date_like = false;
        if t.kind == TokenKind::Number {
            let nxt = d.skip_q(v1, e);
            let next_w = if nxt < e { d.w(nxt) } else { "" };
            if prev_is(d, v0, s, DATE_BEFORE)
                || MONTHS.iter().any(|m| next_w.trim_start_matches('و') == *m || cands(next_w).iter().any(|c| c == *m))
                || matches!(next_w, "%" | ":" | "/" | "بالمئه" | "بالمائه" | "م" | "ه")
                || (next_w == "في" && nxt + 1 < e && matches!(d.w(nxt + 1), "المئه" | "المائه"))
                || (noun.is_none() && (1900..=2100).contains(&low) && d.w(v0).len() == 4)
            {
                date_like = true;
            }
            if v0 > s && matches!(d.w(v0 - 1), "/" | ":") {
                date_like = true;
            }
        }
        out.push(Num {
            t0,
            t1,
            v0,
            v1,
            low: lo_o,
            high: hi_o,
            approx,
            vague,
            noun,
            pron,
            others,
            date_like,
            few,
        });
        i = v1.max(i + 1);
    }
    out
}

fn prev_is(d: &Doc, i: usize, s: usize, list: &[&str]) -> bool {
    let k = d.skip_q_back(i as isize - 1, s);
    k >= s as isize && {
        let w = d.w(k as usize);
        list.iter().any(|x| w == *x || cands(w).iter().any(|c| c == *x))
    }
}

/// Number words from `i`: units, teens, tens joined by و, hundreds and scales.
fn parse_words(d: &Doc, i: usize, e: usize) -> (u64, usize) {
    let mut total = 0u64;
    let mut cur = 0u64;
    let mut j = i;
    let mut first = true;
    while j < e {
        let Some((w, conj)) = word_value(d, j) else { break };
        if !first && !conj && !matches!(w, W::Scale(_) | W::Teen) {
            // "ثلاث مئة"
            if let (W::V(100), true) = (w, cur > 0 && cur < 10) {
                cur *= 100;
                j += 1;
                continue;
            }
            break;
        }
        match w {
            W::V(v) => cur += v,
            W::Teen => {
                if first {
                    cur += 10;
                } else if cur < 10 {
                    cur += 10;
                } else {
                    break;
                }
            }
            W::Scale(sc) => {
                if first {
                    break;
                }
                total += cur.max(1) * sc;
                cur = 0;
            }
            W::Vague(..) => break,
        }
        first = false;
        j += 1;
    }
    (total + cur, j)
}
