//! Number expressions: digits, number words, mixes, duals, ranges, hedges and vague
//! magnitudes, each read into the `low/high/approx/vague` form of the claims spec.
//!
//! News reports give the same figure as "130", "١٣٠", "مئة وثلاثون", "نحو 130",
//! "أكثر من مئة" or "العشرات". Claim extraction needs one reading of each, with the exact
//! words it came from. The scan works on the normalised text (so harakat, tatweel and
//! letter variants cannot break a match) and maps every span back to the original.
//!
//! The per-token cost is low: a word is only looked up in the number dictionary when a
//! 64 Kbit filter over its first and last letters and length says it might be there.

use crate::normalize::{normalize, normalize_str, Normalized};
use crate::token::{tokenize, Token, TokenKind};
use serde::Serialize;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// One number expression found in a text, in the form the claims spec scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NumberExpr {
    /// The original words of the whole expression, hedge words included.
    pub text: String,
    /// Byte range of `text` in the original string.
    pub start: usize,
    pub end: usize,
    /// Smallest value the words allow (`None` for "أقل من X", "لا يتجاوز X").
    pub low: Option<u64>,
    /// Largest value the words allow (`None` for "أكثر من X", "X على الأقل").
    pub high: Option<u64>,
    /// Hedged (نحو، قرابة، تقريباً) or open-ended (أكثر من، لا يتجاوز).
    pub approx: bool,
    /// Given only as a magnitude (عشرات، المئات، آلاف، عدة، بضعة، عدد من).
    pub vague: bool,
    /// Byte range of the number words themselves (hedges excluded).
    pub value_start: usize,
    pub value_end: usize,
    /// The counted noun that follows ("عنصراً" in "130 عنصراً"), as written.
    pub noun: Option<String>,
    pub noun_start: Option<usize>,
    pub noun_end: Option<usize>,
    /// Token ranges `[a, b)` of the value and of the whole expression in the tokens given
    /// to [`find_numbers_in`], so a caller on the same tokens needs no offset search.
    #[serde(skip)]
    pub value_tokens: (usize, usize),
    #[serde(skip)]
    pub tokens: (usize, usize),
}

// ---------------------------------------------------------------------------------------
// Dictionary

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Sing,
    /// ألفا / مليونا: accusative singular after 11..99, construct dual (2×) when bare.
    Acc,
    Dual,
    Plural,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Nw {
    /// 1..=10 (عشر/عشرة are Unit(10) and also close a teen).
    Unit(u8),
    /// أحد، إحدى، اثنا، اثني…: only before عشر.
    TeenOnly(u8),
    Ten(u8),
    Hundred(u16),
    Scale(u64, Form),
    Half,
    /// عشرات (10), مئات (100): low/high of the magnitude and its unit.
    Vague(u64),
    /// عدة، بضع، بضعة.
    Few,
    /// عدد / عدداً: vague when "من" follows.
    Adad,
    /// A dual countable noun: 2.
    Dual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    nw: Nw,
    /// Carries the conjunction و as a proclitic.
    wa: bool,
    /// Bytes of proclitics before the number word (in normalised text).
    pre: u8,
}

#[derive(Default)]
struct Fx(u64);
impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut v = 0u64;
            for (k, &b) in chunk.iter().enumerate() {
                v |= (b as u64) << (8 * k);
            }
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

struct Dict {
    map: HashMap<String, Entry, BuildHasherDefault<Fx>>,
    filter: Vec<u64>,
}

#[inline]
fn filter_key(w: &[u8]) -> usize {
    let n = w.len();
    if n < 4 {
        return 0;
    }
    let a = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as u64;
    let b = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]) as u64;
    let h = (a ^ (b << 32) ^ (n as u64).wrapping_mul(0x9E37_79B9)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 48) as usize
}

/// The proclitic sets of `numbers.tsv` (`proclitic` lines) a number word takes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PreSet {
    /// The bare word and the `num` proclitics.
    Num,
    /// The bare word and `wa`.
    Wa,
    /// `num` and the article's `def` forms.
    NumDef,
}

fn dict() -> &'static Dict {
    static D: OnceLock<Dict> = OnceLock::new();
    D.get_or_init(build_dict)
}

fn build_dict() -> Dict {
    let mut map: HashMap<String, Entry, BuildHasherDefault<Fx>> = HashMap::default();
    let mut add = |word: &str, nw: Nw, prefixes: &[&str]| {
        let base = normalize_str(word);
        for p in prefixes {
            let key = format!("{p}{base}");
            let e = Entry { nw, wa: p.starts_with('و'), pre: p.len() as u8 };
            match map.get(&key) {
                Some(old) if old.pre <= e.pre => {}
                _ => {
                    map.insert(key, e);
                }
            }
        }
    };
    let ws = words();
    for &(form, nw, set) in &ws.dict {
        match set {
            PreSet::Num => add(form, nw, &ws.pre_num),
            PreSet::Wa => add(form, nw, &ws.pre_wa),
            PreSet::NumDef => {
                add(form, nw, &ws.pre_num);
                add(form, nw, &ws.pre_def);
            }
        }
    }
    // Duals of countable nouns.
    let dual_prefixes = &ws.pre_dual;
    for line in include_str!("../data/dual_nouns.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let noun = parts.next().unwrap();
        let an_only = parts.next() == Some("an");
        let stem = match noun.strip_suffix('ة') {
            Some(s) => format!("{s}ت"),
            None => noun.replace('ى', "ي"),
        };
        let mut sufs = vec!["ان"];
        if !an_only {
            sufs.push("ين");
        }
        for suf in sufs {
            let w = format!("{stem}{suf}");
            for p in dual_prefixes {
                let key = format!("{p}{}", normalize_str(&w));
                map.entry(key).or_insert(Entry { nw: Nw::Dual, wa: p.starts_with('و'), pre: p.len() as u8 });
            }
        }
    }
    let mut filter = vec![0u64; 1 << 10];
    for k in map.keys() {
        let f = filter_key(k.as_bytes());
        filter[f >> 6] |= 1 << (f & 63);
    }
    Dict { map, filter }
}

impl Dict {
    #[inline]
    fn get(&self, w: &str) -> Option<Entry> {
        let f = filter_key(w.as_bytes());
        if self.filter[f >> 6] & (1 << (f & 63)) == 0 {
            return None;
        }
        self.map.get(w).copied()
    }
}

// ---------------------------------------------------------------------------------------
// Context word lists (normalised spellings).

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Hedge {
    /// نحو، قرابة: exact value, approx.
    About,
    /// أكثر من: low X, high open.
    Over,
    /// أقل من، لا يتجاوز: low open, high X.
    Under,
    /// بين X و Y (range follows).
    Between,
    /// من X إلى Y.
    From,
}

/// The number words and context lists, compiled in from `data/numbers.tsv`.
pub const NUMBERS_TSV: &str = include_str!("../data/numbers.tsv");

/// `data/numbers.tsv` read: number words in file order with the proclitic sets they take,
/// hedges in the order they are tried, and the context lists.
#[derive(Default)]
struct Words {
    dict: Vec<(&'static str, Nw, PreSet)>,
    /// Proclitic sets, the bare word first where the set takes it.
    pre_num: Vec<&'static str>,
    pre_wa: Vec<&'static str>,
    pre_def: Vec<&'static str>,
    pre_dual: Vec<&'static str>,
    hedges: Vec<(Vec<&'static str>, Hedge)>,
    /// Hedges after the figure or its noun («تقريبا», «على الأقل»): about or over.
    hedges_after: Vec<(Vec<&'static str>, Hedge)>,
    /// Percent written as a word (بالمئة), and the noun of «في المئة».
    percent: Vec<&'static str>,
    percent_noun: Vec<&'static str>,
    /// A number after one of these is a clock hour (الساعة 10).
    clock: Vec<&'static str>,
    /// The second figure of a range after one of these (إلى، حتى).
    range_to: Vec<&'static str>,
    /// A lone number word after one of these names a day («يوم اثنين»), no figure.
    day_word: Vec<&'static str>,
    /// «أو أكثر», «فأكثر» after the figure or its noun: the figure is a floor.
    or_more: Vec<&'static str>,
    months: Vec<&'static str>,
    month_first: Vec<&'static str>,
    month_second: Vec<&'static str>,
    year_cues: Vec<&'static str>,
    year_after: Vec<&'static str>,
    stop: Vec<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| parse_words(NUMBERS_TSV).unwrap_or_else(|e| panic!("text/data/numbers.tsv: {e}")))
}

/// Reads `numbers.tsv`; an error names the line. Every form must fold to itself.
fn parse_words(src: &'static str) -> Result<Words, String> {
    let mut w = Words { pre_num: vec![""], pre_wa: vec![""], pre_dual: vec![""], ..Words::default() };
    let mut seen = std::collections::HashSet::new();
    for (n, line) in src.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [kind, value, prefixes, form] = cols[..] else {
            return Err(at(format!("{} columns, want 4 (kind, value, prefixes, form)", cols.len())));
        };
        if form.is_empty() || form.trim() != form || form.contains("  ") || normalize_str(form) != form {
            return Err(at(format!("form {form:?} is empty or not folded (folds to {:?})", normalize_str(form))));
        }
        if !seen.insert((kind, if kind == "proclitic" { value } else { "" }, form)) {
            return Err(at(format!("{kind} {form:?} is listed twice")));
        }
        let one_word = |f: &'static str| if f.contains(' ') { Err(at(format!("{kind} takes one word, not {f:?}"))) } else { Ok(f) };
        let none = |x: &str, what: &str| if x == "-" { Ok(()) } else { Err(at(format!("{kind} takes {what} -, not {x:?}"))) };
        let num = |lo: u64, hi: u64| value.parse::<u64>().ok().filter(|v| (lo..=hi).contains(v)).ok_or_else(|| at(format!("{kind} value {value:?} is not in {lo}..={hi}")));
        let scale = || match value {
            "1000" | "1000000" | "1000000000" => Ok(value.parse::<u64>().unwrap_or(0)),
            _ => Err(at(format!("{kind} value {value:?} is not 1000, 1000000 or 1000000000"))),
        };
        let nw = match kind {
            "unit" => Some(Nw::Unit(num(1, 10)? as u8)),
            "teen" => Some(Nw::TeenOnly(num(1, 2)? as u8)),
            "ten" => Some(Nw::Ten(num(20, 90)? as u8)),
            "hundred" => Some(Nw::Hundred(num(100, 900)? as u16)),
            "scale" => Some(Nw::Scale(scale()?, Form::Sing)),
            "scale_acc" => Some(Nw::Scale(scale()?, Form::Acc)),
            "scale_dual" => Some(Nw::Scale(scale()?, Form::Dual)),
            "scale_plural" => Some(Nw::Scale(scale()?, Form::Plural)),
            "half" => none(value, "the value").map(|_| Nw::Half).map(Some)?,
            "vague" => Some(Nw::Vague(num(10, 100)?)),
            "few" => none(value, "the value").map(|_| Nw::Few).map(Some)?,
            "adad" => none(value, "the value").map(|_| Nw::Adad).map(Some)?,
            _ => None,
        };
        if let Some(nw) = nw {
            let ps = match prefixes {
                "num" => PreSet::Num,
                "wa" => PreSet::Wa,
                "num+def" => PreSet::NumDef,
                _ => return Err(at(format!("prefixes {prefixes:?} is not num, wa or num+def"))),
            };
            w.dict.push((one_word(form)?, nw, ps));
            continue;
        }
        none(prefixes, "the prefixes")?;
        if kind == "proclitic" {
            let set = match value {
                "num" => &mut w.pre_num,
                "wa" => &mut w.pre_wa,
                "def" => &mut w.pre_def,
                "dual" => &mut w.pre_dual,
                _ => return Err(at(format!("proclitic set {value:?} is not num, wa, def or dual"))),
            };
            set.push(one_word(form)?);
            continue;
        }
        if kind == "hedge_after" {
            let h = match value {
                "about" => Hedge::About,
                "over" => Hedge::Over,
                _ => return Err(at(format!("hedge_after {value:?} is not about or over"))),
            };
            w.hedges_after.push((form.split(' ').collect(), h));
            continue;
        }
        if kind == "hedge" {
            let h = match value {
                "about" => Hedge::About,
                "over" => Hedge::Over,
                "under" => Hedge::Under,
                "between" => Hedge::Between,
                "from" => Hedge::From,
                _ => return Err(at(format!("hedge {value:?} is not about, over, under, between or from"))),
            };
            w.hedges.push((form.split(' ').collect(), h));
            continue;
        }
        none(value, "the value")?;
        let list = match kind {
            "month" => &mut w.months,
            "month_first" => &mut w.month_first,
            "month_second" => &mut w.month_second,
            "year_cue" => &mut w.year_cues,
            "year_after" => &mut w.year_after,
            "stop" => &mut w.stop,
            "percent" => &mut w.percent,
            "percent_noun" => &mut w.percent_noun,
            "clock" => &mut w.clock,
            "range_to" => &mut w.range_to,
            "day_word" => &mut w.day_word,
            "or_more" => &mut w.or_more,
            _ => return Err(at(format!("unknown kind {kind:?}"))),
        };
        list.push(one_word(form)?);
    }
    Ok(w)
}

fn word_in(w: &str, list: &[&str]) -> bool {
    list.contains(&w)
}

/// Strip one or two one-letter proclitics (و ف ب ل ك) for context-word checks.
fn strip1(s: &str) -> Option<&str> {
    let c = s.chars().next()?;
    if matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') && s.len() > 4 {
        Some(&s[c.len_utf8()..])
    } else {
        None
    }
}

/// Strip one or two one-letter proclitics (و ف ب ل ك) for context-word checks.
fn bare(w: &str) -> impl Iterator<Item = &str> {
    let mut v = [Some(w), None, None];
    let strip = strip1;
    v[1] = strip(w);
    v[2] = v[1].and_then(strip);
    v.into_iter().flatten()
}

// ---------------------------------------------------------------------------------------
// Parser

struct P<'a> {
    norm: &'a Normalized,
    t: &'a str,
    toks: &'a [Token],
    ents: Vec<Option<Entry>>,
}

#[derive(Clone, Copy, Debug)]
enum Num {
    Int(u64),
    /// mantissa, number of decimals
    Dec(u64, u32),
}

#[derive(Clone, Copy, Debug)]
struct Val {
    v: u64,
    /// Token index just past the value.
    next: usize,
    /// Smallest scale used (1 when none).
    scale: u64,
    /// Byte offset (normalised) where the value words start (after proclitics).
    vstart: usize,
}

impl<'a> P<'a> {
    #[inline]
    fn w(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.t[t.start..t.end],
            None => "",
        }
    }
    #[inline]
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    #[inline]
    fn ent(&self, i: usize) -> Option<Entry> {
        self.ents.get(i).copied().flatten()
    }
    /// Entry at i without any proclitic (inside a compound: "خمسة عشر", "ثلاث مئة").
    #[inline]
    fn plain(&self, i: usize) -> Option<Nw> {
        self.ent(i).filter(|e| e.pre == 0).map(|e| e.nw)
    }
    fn is_teen_ten(&self, i: usize) -> bool {
        self.plain(i) == Some(Nw::Unit(10))
    }

    /// The number word at `i`, joined by و when `need_wa` ("وعشرون" or "و عشرون").
    /// Returns the entry and the index of its token.
    fn connected(&self, i: usize, need_wa: bool) -> Option<(Entry, usize)> {
        let e = self.ent(i);
        if !need_wa {
            return e.map(|e| (e, i));
        }
        if let Some(e) = e {
            if e.wa {
                return Some((e, i));
            }
            // "وأحد عشر" folds to "واحد عشر".
            if e.nw == Nw::Unit(1) && self.w(i) == "واحد" && self.is_teen_ten(i + 1) {
                return Some((Entry { nw: Nw::TeenOnly(1), wa: true, pre: 2 }, i));
            }
            return None;
        }
        if self.w(i) == "و" {
            if let Some(e) = self.ent(i + 1) {
                if !e.wa && e.pre == 0 {
                    return Some((e, i + 1));
                }
            }
        }
        None
    }

    /// 1..99 after a hundred or as a group: unit, teen, unit و ten, ten.
    fn sub100(&self, i: usize, need_wa: bool) -> Option<(u64, usize)> {
        let (e, j) = self.connected(i, need_wa)?;
        match e.nw {
            Nw::Unit(u) | Nw::TeenOnly(u) if u <= 9 && self.is_teen_ten(j + 1) => {
                Some((u as u64 + 10, j + 2))
            }
            Nw::TeenOnly(_) => None,
            Nw::Unit(u) => {
                if u <= 9 {
                    if let Some((t, k)) = self.ten_with_wa(j + 1) {
                        return Some((u as u64 + t, k));
                    }
                }
                Some((u as u64, j + 1))
            }
            Nw::Ten(t) => Some((t as u64, j + 1)),
            _ => None,
        }
    }

    fn ten_with_wa(&self, i: usize) -> Option<(u64, usize)> {
        match self.connected(i, true)? {
            (Entry { nw: Nw::Ten(t), .. }, j) => Some((t as u64, j + 1)),
            _ => None,
        }
    }

    /// A group 1..999 in words.
    fn group(&self, i: usize, need_wa: bool) -> Option<(u64, usize)> {
        let (e, j) = self.connected(i, need_wa)?;
        match e.nw {
            Nw::Hundred(h) => {
                let mut v = h as u64;
                let mut k = j + 1;
                if let Some((t, k2)) = self.sub100(k, true) {
                    v += t;
                    k = k2;
                }
                Some((v, k))
            }
            Nw::Unit(u) if (3..=9).contains(&u) && self.plain(j + 1) == Some(Nw::Hundred(100)) => {
                let mut v = u as u64 * 100;
                let mut k = j + 2;
                if let Some((t, k2)) = self.sub100(k, true) {
                    v += t;
                    k = k2;
                }
                Some((v, k))
            }
            Nw::Unit(_) | Nw::TeenOnly(_) | Nw::Ten(_) => self.sub100(i, need_wa),
            _ => None,
        }
    }

    fn digits(&self, i: usize) -> Option<Num> {
        if self.kind(i)? != TokenKind::Number {
            return None;
        }
        parse_digits(self.w(i))
    }

    /// A scale word without proclitic at `i`.
    fn scale_at(&self, i: usize) -> Option<(u64, Form)> {
        match self.plain(i)? {
            Nw::Scale(s, f) => Some((s, f)),
            _ => None,
        }
    }

    /// One component: a group in words, a digit run, a bare scale or "نصف" + scale.
    /// Returns (value before scaling, next index, whether it was a bare scale, vstart).
    fn component(&self, i: usize, first: bool) -> Option<(Num, usize, Option<u64>, usize)> {
        if first {
            if let Some(n) = self.digits(i) {
                return Some((n, i + 1, None, self.toks[i].start));
            }
        } else if self.w(i) == "و" {
            if let Some(n) = self.digits(i + 1) {
                return Some((n, i + 2, None, self.toks[i + 1].start));
            }
        }
        let (e, j) = self.connected(i, !first)?;
        let vstart = self.toks[j].start + e.pre as usize;
        match e.nw {
            Nw::Scale(s, Form::Sing) => Some((Num::Int(s), j + 1, Some(s), vstart)),
            Nw::Scale(s, Form::Dual | Form::Acc) => Some((Num::Int(2 * s), j + 1, Some(s), vstart)),
            Nw::Half => {
                let (s, f) = self.scale_at(j + 1)?;
                if f != Form::Sing {
                    return None;
                }
                Some((Num::Int(s / 2), j + 2, Some(s), vstart))
            }
            _ => {
                let (g, k) = self.group(i, !first)?;
                Some((Num::Int(g), k, None, vstart))
            }
        }
    }

    /// A full value: components joined by scales and و.
    fn value(&self, i: usize) -> Option<Val> {
        let mut total: u64 = 0;
        let mut last_scale = u64::MAX;
        let mut k = i;
        let mut first = true;
        let mut vstart = 0;
        let mut min_scale = 1;
        loop {
            let (num, k2, bare_scale, vs) = self.component(k, first)?;
            if first {
                vstart = vs;
            }
            if let Some(s) = bare_scale {
                // "ألف", "ألفان", "مليون": the scale stands for its own count.
                if s >= last_scale {
                    return None;
                }
                let Num::Int(v) = num else { return None };
                total += v;
                last_scale = s;
                min_scale = s;
                k = k2;
            } else if let Some((s, f)) = self.scale_at(k2).filter(|&(s, _)| s < last_scale) {
                let _ = f;
                let v = match num {
                    Num::Int(g) => g.checked_mul(s)?,
                    Num::Dec(m, d) => m.checked_mul(s)? / 10u64.pow(d),
                };
                total = total.checked_add(v)?;
                last_scale = s;
                min_scale = s;
                k = k2 + 1;
            } else {
                let Num::Int(g) = num else { return None };
                if !first && g >= last_scale {
                    return None;
                }
                total = total.checked_add(g)?;
                k = k2;
                return Some(Val { v: total, next: k, scale: min_scale, vstart });
            }
            // After a scale: "ونصف", or a و-joined smaller part.
            if self.ent(k).map(|e| (e.nw, e.wa)) == Some((Nw::Half, true)) {
                total += last_scale / 2;
                k += 1;
                return Some(Val { v: total, next: k, scale: min_scale, vstart });
            }
            first = false;
            // Look ahead: continue only if a smaller part follows that is not itself scaled
            // by an equal or larger scale ("بين ألفين وثلاثة آلاف" is a range).
            let Some((n2, k3, bare2, _)) = self.component(k, false) else {
                return Some(Val { v: total, next: k, scale: min_scale, vstart });
            };
            let ok = match (n2, bare2) {
                (Num::Int(_), Some(s)) => s < last_scale,
                (Num::Int(g), None) => match self.scale_at(k3) {
                    Some((s, _)) => s < last_scale,
                    None => g < last_scale,
                },
                _ => false,
            };
            if !ok {
                return Some(Val { v: total, next: k, scale: min_scale, vstart });
            }
        }
    }

    fn orig_span(&self, a: usize, b: usize) -> (usize, usize) {
        self.norm.original_span(a, b)
    }
}

fn parse_digits(s: &str) -> Option<Num> {
    let b = s.as_bytes();
    let dots = b.iter().filter(|&&c| c == b'.').count();
    let commas = b.iter().filter(|&&c| c == b',').count();
    if dots > 1 {
        return None;
    }
    let mut int_part = s;
    let mut dec_part = "";
    if dots == 1 {
        let (a, c) = s.split_once('.').unwrap();
        int_part = a;
        dec_part = c;
    } else if commas == 1 {
        let (a, c) = s.split_once(',').unwrap();
        if c.len() != 3 {
            // "1,5": a decimal comma.
            int_part = a;
            dec_part = c;
        }
    }
    let mut v: u64 = 0;
    let mut ndig = 0;
    for (k, part) in int_part.split(',').enumerate() {
        if k > 0 && part.len() != 3 {
            return None;
        }
        for c in part.bytes() {
            // Only digits: "06.04,201" has a comma after its decimal point (found by fuzzing).
            let digit = c.checked_sub(b'0').filter(|x| *x < 10)?;
            v = v.checked_mul(10)?.checked_add(digit as u64)?;
            ndig += 1;
        }
    }
    if ndig > 15 {
        return None;
    }
    if dec_part.is_empty() {
        return Some(Num::Int(v));
    }
    let d = dec_part.len() as u32;
    if d > 6 {
        return None;
    }
    let mut m = v;
    for c in dec_part.bytes() {
        let digit = c.checked_sub(b'0').filter(|x| *x < 10)?;
        m = m.checked_mul(10)?.checked_add(digit as u64)?;
    }
    Some(Num::Dec(m, d))
}

/// Find every number expression in `s` (offsets into `s`).
pub fn find_numbers(s: &str) -> Vec<NumberExpr> {
    let norm = normalize(s);
    let toks = tokenize(&norm.text);
    find_numbers_in(s, &norm, &toks)
}

/// [`find_numbers`] for callers that already hold the normalised text and its tokens
/// (`tokens` must be `tokenize(&norm.text)`); `original` is the string `norm` came from.
pub fn find_numbers_in(original: &str, norm: &Normalized, tokens: &[Token]) -> Vec<NumberExpr> {
    let d = dict();
    let t = norm.text.as_str();
    let ents: Vec<Option<Entry>> = tokens
        .iter()
        .map(|tk| {
            if tk.kind != TokenKind::Word {
                return None;
            }
            let w = &t[tk.start..tk.end];
            let e = d.get(w)?;
            // "بعدة" (with several) and "بعده" (after it) fold alike: the original must
            // spell عدة/بضعة with taa marbuta.
            if e.nw == Nw::Few && w.ends_with('ه') {
                let (a, b) = norm.original_span(tk.start, tk.end);
                if !original[a..b].contains('ة') {
                    return None;
                }
            }
            Some(e)
        })
        .collect();
    let p = P { norm, t, toks: tokens, ents };
    let mut out = Vec::new();
    let mut i = 0;
    let mut last_year: Option<usize> = None;
    while i < tokens.len() {
        let start_ok = match tokens[i].kind {
            TokenKind::Number => true,
            TokenKind::Word => p.ents[i].is_some(),
            _ => false,
        };
        if !start_ok {
            i += 1;
            continue;
        }
        match parse_at(&p, original, i, &mut last_year) {
            Step::Found(e, next) => {
                out.push(e);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
        }
    }
    out
}

enum Step {
    Found(NumberExpr, usize),
    Skip(usize),
}

fn is_punct(p: &P, i: usize, c: &str) -> bool {
    matches!(p.kind(i), Some(TokenKind::Punct) | Some(TokenKind::Symbol)) && p.w(i) == c
}

/// Dates, times, years and percentages are not counts.
fn date_like(p: &P, i: usize, last_year: &mut Option<usize>) -> Option<usize> {
    let w = p.w(i);
    if w.bytes().filter(|&c| c == b'.').count() > 1 {
        return Some(i + 1);
    }
    // 10:30, 2022/1/20, 1/2
    // (written without spaces: "حصيلة القتلى 102: 61 من داعش" is a total and its parts)
    let tight = |a: usize| p.toks.get(a + 1).is_some_and(|t| t.start == p.toks[a].end);
    for sep in [":", "/"] {
        if is_punct(p, i + 1, sep) && p.kind(i + 2) == Some(TokenKind::Number) && tight(i) && tight(i + 1) {
            let mut k = i + 2;
            while is_punct(p, k + 1, sep) && p.kind(k + 2) == Some(TokenKind::Number) {
                k += 2;
            }
            return Some(k + 1);
        }
    }
    // 20-01-2022
    if is_punct(p, i + 1, "-")
        && p.kind(i + 2) == Some(TokenKind::Number)
        && is_punct(p, i + 3, "-")
        && p.kind(i + 4) == Some(TokenKind::Number)
    {
        return Some(i + 5);
    }
    let v = match parse_digits(w) {
        Some(Num::Int(v)) => v,
        _ => return None,
    };
    let prev = if i > 0 { p.w(i - 1) } else { "" };
    let prev_word = i > 0 && p.kind(i - 1) == Some(TokenKind::Word);
    let next = p.w(i + 1);
    let next_word = p.kind(i + 1) == Some(TokenKind::Word);
    let is_month = |k: usize| -> bool {
        let w = p.w(k);
        bare(w).any(|b| word_in(b, &words().months))
            || (word_in(w, &words().month_second) && k > 0 && bare(p.w(k - 1)).any(|b| word_in(b, &words().month_first)))
    };
    // Clock hours: "الساعة 10".
    if v <= 24 && prev_word && bare(prev).any(|b| word_in(b, &words().clock)) {
        return Some(i + 1);
    }
    // Day before a month name: "21 يناير".
    if (1..=31).contains(&v) && next_word && is_month(i + 1) {
        return Some(i + 1);
    }
    let four = w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
    if four {
        let greg = (1900..=2100).contains(&v);
        let hijri = (1300..=1500).contains(&v);
        let cue_before = prev_word && (bare(prev).any(|b| word_in(b, &words().year_cues)) || is_month(i - 1));
        let cue_after = next_word && word_in(next, &words().year_after);
        // "عامي 2014 و2015", "2014-2015"
        let follows_year = match *last_year {
            Some(y) => y + 1 == i || (y + 2 == i && (prev == "و" || prev == "-" || word_in(prev, &words().range_to))),
            None => false,
        };
        if (greg && (cue_before || cue_after || follows_year)) || (hijri && cue_after) {
            *last_year = Some(i);
            return Some(i + 1);
        }
    }
    None
}

fn percent_after(p: &P, k: usize) -> bool {
    if is_punct(p, k, "%") {
        return true;
    }
    let w = p.w(k);
    if word_in(w, &words().percent) {
        return true;
    }
    (w == "في" || w == "من") && word_in(p.w(k + 1), &words().percent_noun)
}

/// Match a hedge ending just before token `i`. Returns the hedge, the index of its first
/// token and the bytes of proclitic on that token ("بنحو", "لأكثر").
fn hedge_before(p: &P, i: usize) -> Option<(Hedge, usize, usize)> {
    // "لا يتجاوز عددهم 20", "يقدر عددهم بـ 500": the hedge governs over "عدد…" and "ب".
    let mut i = i;
    for _ in 0..2 {
        if i > 1 && p.kind(i - 1) == Some(TokenKind::Word) && (p.w(i - 1) == "ب" || p.w(i - 1).starts_with("عدد") && p.w(i - 1).len() <= 12) {
            i -= 1;
        } else {
            break;
        }
    }
    // Most numbers have no hedge: one look at the word before decides.
    if i == 0 || p.kind(i - 1) != Some(TokenKind::Word) {
        return None;
    }
    static LAST: OnceLock<Vec<&'static str>> = OnceLock::new();
    let last = LAST.get_or_init(|| {
        let mut v: Vec<&'static str> = words().hedges.iter().map(|(w, _)| w[w.len() - 1]).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    if !bare(p.w(i - 1)).any(|b| last.binary_search(&b).is_ok()) {
        return None;
    }
    for (words, h) in &words().hedges {
        let n = words.len();
        if i < n {
            continue;
        }
        let s = i - n;
        let mut strip = 0;
        let ok = words.iter().enumerate().all(|(k, w)| {
            let tw = p.w(s + k);
            if p.kind(s + k) != Some(TokenKind::Word) {
                return false;
            }
            if tw == *w {
                return true;
            }
            if k == 0 {
                if let Some(b) = bare(tw).skip(1).find(|b| b == w) {
                    strip = tw.len() - b.len();
                    return true;
                }
            }
            false
        });
        if ok {
            return Some((*h, s, strip));
        }
    }
    None
}

/// A second value for a range, starting at `k` (after the connector).
fn range_end(p: &P, k: usize) -> Option<Val> {
    p.value(k)
}

fn parse_at(p: &P, original: &str, i: usize, last_year: &mut Option<usize>) -> Step {
    let tk = p.toks[i];
    let mut vague = false;
    let mut low: u64;
    let mut high: u64;
    let mut k: usize; // next token after the value
    let vstart: usize;
    let mut noun_at: Option<usize> = None;
    let mut skip_min = false;

    if tk.kind == TokenKind::Number {
        if let Some(n) = date_like(p, i, last_year) {
            return Step::Skip(n);
        }
    }
    let e = p.ent(i);
    match e.map(|e| e.nw) {
        Some(Nw::Adad) => {
            if p.w(i + 1) != "من" {
                return Step::Skip(i + 1);
            }
            vague = true;
            low = 3;
            high = 10;
            k = i + 2;
            vstart = tk.start + e.unwrap().pre as usize;
        }
        Some(Nw::Few) => {
            vague = true;
            vstart = tk.start + e.unwrap().pre as usize;
            match p.ent(i + 1).map(|e| e.nw) {
                Some(Nw::Vague(u)) => {
                    (low, high, k) = vague_mag(p, i + 1, u);
                }
                Some(Nw::Scale(s, Form::Plural)) => {
                    (low, high, k) = (2 * s, 10 * s - 1, i + 2);
                }
                _ => {
                    (low, high, k) = (3, 10, i + 1);
                }
            }
            skip_min = true;
        }
        Some(Nw::Vague(u)) => {
            vague = true;
            vstart = tk.start + e.unwrap().pre as usize;
            (low, high, k) = vague_mag(p, i, u);
            skip_min = true;
        }
        Some(Nw::Scale(s, Form::Plural)) => {
            // "آلاف", "الآلاف", "ملايين" alone.
            vague = true;
            vstart = tk.start + e.unwrap().pre as usize;
            (low, high, k) = (2 * s, 10 * s - 1, i + 1);
            skip_min = true;
        }
        Some(Nw::Dual) => {
            low = 2;
            high = 2;
            k = i + 1;
            // "سيارتين اثنتين": the number word repeats the dual, one figure.
            if p.plain(i + 1) == Some(Nw::Unit(2)) {
                k = i + 2;
            }
            vstart = tk.start + e.unwrap().pre as usize;
            noun_at = Some(i);
        }
        _ => {
            let Some(v) = p.value(i) else { return Step::Skip(i + 1) };
            // A lone "ثمان" or "عشر" inside other words is fine; a bare one-token value
            // that is only a teen-closer is not.
            low = v.v;
            high = v.v;
            k = v.next;
            vstart = v.vstart;
            if low == 0 {
                return Step::Skip(k);
            }
            // Weekday "الاثنين" never reaches here (no article forms); "يوم اثنين" might.
            if i > 0 && bare(p.w(i - 1)).any(|b| word_in(b, &words().day_word)) && k == i + 1 {
                return Step::Skip(k);
            }
            // Ranges.
            let before = hedge_before(p, i);
            let conn = p.w(k);
            let between = matches!(before, Some((Hedge::Between, _, _)));
            let from = matches!(before, Some((Hedge::From, _, _)));
            // "2000-4000", "بين 2000 و4000", "من 10 إلى 15", "ثلاثة أو أربعة" …
            let sep_token = is_punct(p, k, "-")
                || (conn == "و" && between)
                || (word_in(conn, &words().range_to) && (from || between))
                || conn == "او";
            let second = if sep_token {
                range_end(p, k + 1)
            } else if between && p.ent(k).is_some_and(|e| e.wa) {
                // "بين ثلاثة وخمسة": the و is on the second number.
                range_end(p, k)
            } else {
                None
            };
            if let Some(v2) = second {
                let mut a = low;
                if v2.scale > 1 && a < v2.scale && a * v2.scale < v2.v {
                    a *= v2.scale;
                }
                if a < v2.v {
                    low = a;
                    high = v2.v;
                    k = v2.next;
                } else if is_punct(p, k, "-") && tk.kind == TokenKind::Number {
                    // "20-01" and the like: not a count.
                    return Step::Skip(v2.next);
                }
            }
        }
    }
    let _ = skip_min;

    if percent_after(p, k) {
        return Step::Skip(k + 1);
    }

    // Hedge before.
    let mut approx = false;
    let mut lo = Some(low);
    let mut hi = Some(high);
    let mut start_n = vstart;
    let mut start_tok = i;
    if let Some((h, s, strip)) = hedge_before(p, i) {
        match h {
            Hedge::About => approx = true,
            Hedge::Over => {
                approx = true;
                hi = None;
            }
            Hedge::Under => {
                approx = true;
                lo = None;
                hi = Some(high);
            }
            Hedge::Between | Hedge::From => {}
        }
        let include = match h {
            Hedge::Between | Hedge::From => low != high,
            _ => true,
        };
        if include {
            start_n = p.toks[s].start + strip;
            start_tok = s;
        }
    }
    let vend_n = p.toks[k - 1].end;
    let mut end_n = vend_n;
    let mut end_tok = k;

    // Noun.
    let mut nk = k;
    if vague && p.w(nk) == "من" {
        nk += 1;
    }
    let same_line = |a: usize, b: usize| -> bool {
        match (p.toks.get(a), p.toks.get(b)) {
            (Some(x), Some(y)) => !p.t[x.end..y.start].contains('\n'),
            _ => false,
        }
    };
    if noun_at.is_none()
        && k > 0
        && same_line(k - 1, nk)
        && p.kind(nk) == Some(TokenKind::Word)
        && !word_in(p.w(nk), &words().stop)
        && p.ent(nk).is_none_or(|e| matches!(e.nw, Nw::Dual))
    {
        noun_at = Some(nk);
    }
    // Hedges after the number or after its noun.
    let mut after = k;
    for pass in 0..2 {
        let w = p.w(after);
        let post = words().hedges_after.iter().find(|(f, _)| f.iter().enumerate().all(|(j, x)| p.w(after + j) == *x));
        if let Some((f, h)) = post {
            approx = true;
            if *h == Hedge::Over {
                hi = None;
            }
            end_n = p.toks[after + f.len() - 1].end;
            end_tok = after + f.len();
            break;
        }
        // "100 قتيل وأكثر", but not "113 قتيلاً وأكثر من 4 آلاف جريح" (the next figure's).
        let glued = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
        let more = (w == "او" || w == "و") && word_in(p.w(after + 1), &words().or_more) && p.w(after + 2) != "من"
            || glued.is_some_and(|m| word_in(m, &words().or_more)) && p.w(after + 1) != "من";
        if more {
            approx = true;
            hi = None;
            let last = if w.len() > 4 { after } else { after + 1 };
            end_n = p.toks[last].end;
            end_tok = last + 1;
            break;
        }
        if pass == 0 {
            match noun_at {
                Some(n) if n >= k => after = n + 1,
                _ => break,
            }
        }
    }

    let (start, end) = p.orig_span(start_n, end_n);
    let (value_start, value_end) = p.orig_span(vstart, vend_n);
    let (noun, noun_start, noun_end) = match noun_at {
        Some(n) => {
            let (a, b) = p.orig_span(p.toks[n].start, p.toks[n].end);
            (Some(original[a..b].to_string()), Some(a), Some(b))
        }
        None => (None, None, None),
    };
    let expr = NumberExpr {
        text: original[start..end].to_string(),
        start,
        end,
        low: lo,
        high: hi,
        approx,
        vague,
        value_start,
        value_end,
        noun,
        noun_start,
        noun_end,
        value_tokens: (i, k),
        tokens: (start_tok, end_tok),
    };
    Step::Found(expr, k)
}

/// عشرات / مئات, possibly followed by الآلاف / آلاف / الملايين.
fn vague_mag(p: &P, i: usize, unit: u64) -> (u64, u64, usize) {
    let (lo, hi) = (2 * unit, 10 * unit - 1);
    if let Some(Nw::Scale(s, Form::Plural)) = p.ent(i + 1).filter(|e| !e.wa).map(|e| e.nw) {
        return (lo * s, (hi + 1) * s - 1, i + 2);
    }
    (lo, hi, i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_parse() {
        assert!(matches!(parse_digits("3,500"), Some(Num::Int(3500))));
        assert!(matches!(parse_digits("1.5"), Some(Num::Dec(15, 1))));
        assert!(matches!(parse_digits("1,5"), Some(Num::Dec(15, 1))));
        assert!(matches!(parse_digits("1,234,567"), Some(Num::Int(1234567))));
    }

    #[test]
    fn dict_has_forms() {
        let d = dict();
        assert!(d.get(&normalize_str("ثلاثمائة")).is_some());
        assert!(d.get(&normalize_str("وعشرون")).unwrap().wa);
        assert!(d.get(&normalize_str("الآلاف")).is_some());
        assert!(d.get(&normalize_str("عنصرين")).is_some());
        assert!(d.get(&normalize_str("انتحاريان")).is_some());
        assert!(d.get(&normalize_str("انتحاريين")).is_none());
        assert!(d.get(&normalize_str("الاثنين")).is_none());
        assert!(d.get(&normalize_str("ثلاثاء")).is_none());
        assert!(d.get(&normalize_str("لست")).is_none());
    }

    #[test]
    fn numbers_tsv_loads_and_is_checked() {
        let w = parse_words(NUMBERS_TSV).expect("numbers.tsv parses");
        assert!(w.dict.len() > 100 && w.hedges.len() > 40 && !w.stop.is_empty());
        // Hedges are tried in order: a longer hedge must come before any shorter one it ends with.
        for (i, (a, _)) in w.hedges.iter().enumerate() {
            for (b, _) in &w.hedges[..i] {
                assert!(!(b.len() < a.len() && a.ends_with(b)), "{a:?} is shadowed by {b:?}");
            }
        }
        assert!(parse_words("unit\t3\tnum\tثلاثة\n").is_err(), "not folded");
        assert!(parse_words("unit\t3\tnum\tثلاث\nunit\t3\tnum\tثلاث\n").is_err(), "twice");
        assert!(parse_words("unit\t11\tnum\tثلاث\n").is_err(), "value");
        assert!(parse_words("colour\t-\t-\tاحمر\n").is_err(), "kind");
        assert!(parse_words("unit\t3\tall\tثلاث\n").is_err(), "prefixes");
        assert!(parse_words("hedge\tnear\t-\tنحو\n").is_err(), "hedge value");
        assert!(parse_words("stop\t-\t-\tمن في\n").is_err(), "one word");
        assert!(parse_words("# comment\n\n").is_ok());
        // Proclitic sets: bare first where taken, no ك in num, one set per line.
        assert_eq!(w.pre_num, ["", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"]);
        assert_eq!((w.pre_wa.len(), w.pre_def.len(), w.pre_dual.len()), (2, 7, 11));
        assert!(!w.pre_def.contains(&""));
        assert!(parse_words("proclitic\tnum\t-\tو\nproclitic\twa\t-\tو\n").is_ok(), "two sets");
        assert!(parse_words("proclitic\tnum\t-\tو\nproclitic\tnum\t-\tو\n").is_err(), "twice in a set");
        assert!(parse_words("proclitic\tall\t-\tو\n").is_err(), "set");
        assert!(parse_words("hedge_after\tunder\t-\tتقريبا\n").is_err(), "hedge_after value");
        assert_eq!(w.hedges_after.len(), 2);
        assert!(w.percent.contains(&"بالميه") && w.percent_noun.contains(&"الميه") && w.clock == ["الساعه"]);
        assert_eq!(w.range_to, ["الي", "حتي"]);
        assert_eq!(w.day_word, ["يوم"]);
        assert_eq!(w.or_more, ["اكثر"]);
    }

    #[test]
    fn year_after_a_part_word_is_no_count() {
        for s in ["تراجعت الأسعار في أوائل 2015 بعد أن", "في مطلع 2015 قال", "منذ أواخر 2014"] {
            assert!(find_numbers(s).is_empty(), "{s}: {:?}", find_numbers(s));
        }
        assert_eq!(find_numbers("قتل 2015 شخصا").len(), 1);
    }
}
