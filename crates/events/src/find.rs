//! Trigger hits over the normalised text, and the reading of their neighbourhood.

use crate::{Form, Pattern, WordPat};
use aho_corasick::AhoCorasick;
use riwaya_model::{DateMention, EntityRef, Mention};
use riwaya_text::normalize::normalize_str;

/// Prefixes a noun may carry before a trigger's letters.
const NOUN_PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "فب", "فل", "وك", "فك",
];

/// Suffixes a `word*` may carry.
const SUFFIXES: &[&str] = &[
    "", "ه", "ها", "هم", "هما", "هن", "ات", "ان", "ين", "ون", "وا", "ت", "تا", "تان", "تين", "ي", "يه", "يات", "ا", "نا",
    "وه", "وها", "وهم", "تم", "ن", "يها", "ته", "تها", "تهم", "اته", "اتها", "اتهم", "يا", "يان", "يين", "يون",
];

fn verb_prefix_ok(p: &str) -> bool {
    // [و|ف]? [ل|س]? [ي|ت|ن|ا]?
    let mut rest = p;
    for set in [&["و", "ف"][..], &["ل", "س"][..], &["ي", "ت", "ن", "ا"][..]] {
        if let Some(x) = set.iter().find(|x| rest.starts_with(**x)) {
            rest = &rest[x.len()..];
        }
    }
    rest.is_empty()
}

fn noun_prefix_ok(p: &str) -> bool {
    NOUN_PREFIXES.contains(&p)
}

#[inline]
fn is_letter(c: char) -> bool {
    c.is_alphanumeric()
}

#[inline]
fn is_break(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '\n' | '،' | ',' | ';' | '؛' | ':')
}

#[inline]
fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '\n')
}

fn word_start(t: &str, i: usize) -> usize {
    t[..i].char_indices().rev().take_while(|&(_, c)| is_letter(c)).last().map_or(i, |(j, _)| j)
}

fn word_end(t: &str, i: usize) -> usize {
    t[i..].char_indices().find(|&(_, c)| !is_letter(c)).map_or(t.len(), |(j, _)| i + j)
}

/// Does `word` (prefixes included) read as the word pattern?
fn word_matches(word: &str, p: &WordPat) -> bool {
    for pre in NOUN_PREFIXES.iter().chain(["س", "ي", "ت", "وت", "وي", "فت", "في", "ست", "سي"].iter()) {
        if let Some(rest) = word.strip_prefix(pre) {
            if let Some(suf) = rest.strip_prefix(p.w.as_str()) {
                if suf.is_empty() || (p.star && SUFFIXES.contains(&suf)) {
                    return true;
                }
            }
        }
    }
    false
}

/// A trigger found in the normalised text (byte offsets into it).
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub(crate) kind: usize,
    pub(crate) form: Form,
    pub(crate) priority: u8,
    pub(crate) start: usize,
    pub(crate) head_end: usize,
    /// Where the `~N` word begins (the end of the head phrase when there is none).
    pub(crate) tail_start: usize,
    pub(crate) end: usize,
}

pub(crate) fn hits(ac: &AhoCorasick, pats: &[Pattern], t: &str) -> Vec<Hit> {
    let mut found: Vec<Hit> = Vec::new();
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    for m in ac.find_overlapping_iter(t) {
        let p = &pats[m.pattern().as_usize()];
        let ws = word_start(t, m.start());
        let prefix = &t[ws..m.start()];
        let ok = match p.form {
            Form::Verb => verb_prefix_ok(prefix),
            Form::Noun | Form::Block => noun_prefix_ok(prefix),
        };
        if !ok {
            continue;
        }
        let we = word_end(t, m.end());
        let suffix = &t[m.end()..we];
        if !(suffix.is_empty() || (p.star && SUFFIXES.contains(&suffix))) {
            continue;
        }
        if p.form == Form::Block {
            blocks.push((ws, we));
            continue;
        }
        let (mut end, mut tail_start) = (we, we);
        if let Some((n, alts)) = &p.near {
            let mut i = we;
            let mut seen = 0;
            let mut hit = None;
            while seen < *n + 1 {
                // Skip to the next word, stopping at the end of a clause.
                let Some((j, c)) = t[i..].char_indices().find(|&(_, c)| is_letter(c) || is_break(c)) else { break };
                if is_break(c) {
                    break;
                }
                let a = i + j;
                let b = word_end(t, a);
                if alts.iter().any(|w| word_matches(&t[a..b], w)) {
                    hit = Some((a, b));
                    break;
                }
                seen += 1;
                i = b;
            }
            match hit {
                Some((a, b)) => {
                    tail_start = a;
                    end = b;
                }
                None => continue,
            }
        }
        found.push(Hit { kind: p.kind, form: p.form, priority: p.priority, start: ws, head_end: we, tail_start, end });
    }
    found.retain(|h| !blocks.iter().any(|&(a, b)| a < h.end && h.start < b));
    // Overlapping hits: the higher priority, then the longer, then the earlier wins.
    found.sort_by(|a, b| {
        b.priority.cmp(&a.priority).then((b.end - b.start).cmp(&(a.end - a.start))).then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Hit> = Vec::with_capacity(found.len());
    for h in found {
        if !kept.iter().any(|k| k.start < h.end && h.start < k.end) {
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.start);
    kept
}

/// What the neighbourhood of a hit is read from.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    /// Sorted by start.
    pub(crate) mentions: &'a [&'a Mention],
    /// The sentence of the hit.
    pub(crate) sent: (usize, usize),
}

const ACTOR_KINDS: &[&str] = &["armed_group", "state_force", "international_org", "government_body", "party"];

const FACILITY_KINDS: &[&str] = &[
    "prison", "camp", "school", "university", "college", "institute", "bakery", "cemetery", "roundabout", "hospital",
    "mosque", "building", "airport", "base", "border_crossing", "dam", "field",
];
const AREA_KINDS: &[&str] = &["neighbourhood", "village", "district", "town"];
const WIDE_KINDS: &[&str] = &["city", "region", "governorate", "country", "river"];

fn is_actor(m: &Mention) -> bool {
    ACTOR_KINDS.contains(&m.kind.as_str())
}

/// 3 for a facility, 2 for a neighbourhood or village, 1 for a city or wider, 0 for no place.
fn place_rank(m: &Mention) -> u8 {
    let k = m.kind.as_str();
    if FACILITY_KINDS.contains(&k) {
        3
    } else if AREA_KINDS.contains(&k) {
        2
    } else if WIDE_KINDS.contains(&k) {
        1
    } else {
        0
    }
}

fn char_floor(t: &str, mut i: usize) -> usize {
    while i > 0 && !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The words of `t[a..b]` (letter runs).
fn words(t: &str) -> Vec<&str> {
    t.split(|c: char| !is_letter(c)).filter(|w| !w.is_empty()).collect()
}

fn gap(ctx: &Ctx, a: usize, b: usize) -> Option<Vec<String>> {
    if a > b {
        return Some(Vec::new());
    }
    let g = &ctx.text[a..b];
    if g.chars().any(is_break) {
        return None;
    }
    Some(words(g).into_iter().map(normalize_str).collect())
}

fn eref(m: &Mention) -> EntityRef {
    EntityRef { text: m.text.clone(), entity: if m.entity.is_empty() { None } else { Some(m.entity.clone()) } }
}

/// Types whose verbal noun takes its doer as the following genitive («قصف قوات النظام»);
/// for the others the genitive is what is done to («اعتقال عناصر داعش»).
const GENITIVE_DOER: &[&str] = &["attack", "bombing", "air_strike", "shelling", "takeover", "control", "clash", "statement"];

/// Words that may stand between a verbal noun and its doer.
const DOER_LINKS: &[&str] = &["ل", "لل", "من قبل", "قبل", "تابعه ل", "التابعه ل", "التابع ل", "تابعه", "التابعه", "التابع", "بواسطه", "شنها", "شنه", "شنته", "نفذها", "نفذه", "نفذته"];

fn in_sentence(ctx: &Ctx, m: &Mention) -> bool {
    m.start >= ctx.sent.0 && m.end <= ctx.sent.1
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn agent(ctx: &Ctx, kind: &str, form: Form, s: usize, e: usize, tail_start: usize) -> Option<EntityRef> {
    let ms = ctx.mentions;
    let actors = || ms.iter().filter(|m| is_actor(m) && in_sentence(ctx, m));
    // A doer inside the trigger phrase («استهدف طيران التحالف», «طائرات تابعة للتحالف … تقصف»).
    if let Some(m) = actors().find(|m| m.start >= s && m.start < e) {
        return Some(eref(m));
    }
    let before = |max: usize| {
        actors().filter(|m| m.end <= s).last().and_then(|m| gap(ctx, m.end, s).filter(|g| g.len() <= max).map(|_| eref(m)))
    };
    let after = |max: usize, links: bool| {
        actors().find(|m| m.start >= e).and_then(|m| {
            gap(ctx, e, m.start)
                .filter(|g| g.len() <= max || (links && DOER_LINKS.contains(&g.join(" ").as_str())))
                .map(|_| eref(m))
        })
    };
    let found = match form {
        Form::Verb => before(1).or_else(|| after(3, false)).or_else(|| before(4)),
        _ => {
            let gen = if GENITIVE_DOER.contains(&kind) { after(0, true) } else { None };
            gen.or_else(|| before(3))
        }
    };
    if found.is_some() {
        return found;
    }
    // Aircraft named without a known doer: «طائرات من طراز "أباتشي" الأميركية تقصف».
    if kind == "air_strike" && tail_start > s && tail_start <= e {
        let head = normalize_str(&ctx.text[s..tail_start]);
        if ["طائر", "طيران", "مروحي", "مقاتلات", "الطائر", "والطائر", "الطيران", "والطيران", "المروحي"]
            .iter()
            .any(|p| head.starts_with(p))
        {
            let phrase = ctx.text[s..tail_start].trim_matches(|c: char| !is_letter(c));
            return Some(EntityRef { text: phrase.to_string(), entity: None });
        }
    }
    // The nearest doer named earlier in the sentence, else just after the trigger.
    if let Some(m) = actors().filter(|m| m.end <= s).last() {
        return Some(eref(m));
    }
    actors().find(|m| m.start >= e).filter(|m| gap(ctx, e, m.start).is_some_and(|g| g.len() <= 8)).map(|m| eref(m))
}

pub(crate) fn place(ctx: &Ctx, s: usize, e: usize) -> Option<EntityRef> {
    let ms = ctx.mentions;
    let places = || ms.iter().filter(|m| place_rank(m) > 0 && in_sentence(ctx, m));
    let n_words = |a: usize, b: usize| if a >= b { 0 } else { words(&ctx.text[a..b]).len() };
    // The first place after the trigger in its sentence; a wide one gives way to a
    // facility or neighbourhood just after it.
    let after: Vec<&&Mention> = places().filter(|m| m.start >= s && n_words(e, m.start) <= 15).collect();
    if let Some(first) = after.first() {
        if place_rank(first) == 1 {
            if let Some(better) = after.iter().skip(1).find(|m| place_rank(m) >= 2 && n_words(first.end, m.start) <= 4) {
                return Some(eref(better));
            }
        }
        return Some(eref(first));
    }
    let before: Vec<&&Mention> = places().filter(|m| m.end <= s && n_words(m.end, s) <= 12).collect();
    before.iter().rev().max_by_key(|m| place_rank(m)).map(|m| eref(m))
}

/// The day of the hit: the time expression overlapping it or nearest before it in its
/// sentence, else the first after it there.
pub(crate) fn date(dates: &[DateMention], sent: (usize, usize), s: usize, e: usize) -> Option<String> {
    let day = |d: &&DateMention| d.start >= sent.0 && d.end <= sent.1 && !d.date.contains('/') && d.date.len() == 10;
    if let Some(d) = dates.iter().filter(day).filter(|d| d.start < e).last() {
        return Some(d.date.clone());
    }
    dates.iter().filter(day).find(|d| d.start >= e).map(|d| d.date.clone())
}

/// «قصف» near aircraft is an air strike.
pub(crate) fn refine_kind<'k>(kind: &'k str, ctx: &Ctx, s: usize, e: usize) -> &'k str {
    if kind != "shelling" {
        return kind;
    }
    let head = normalize_str(&ctx.text[s..e]);
    if head.contains("مدفع") || head.contains("صاروخ") || head.contains("هاون") || head.contains("قذ") {
        return kind;
    }
    let a = char_floor(ctx.text, s.saturating_sub(80).max(ctx.sent.0));
    let b = char_floor(ctx.text, (e + 80).min(ctx.sent.1));
    let win = normalize_str(&ctx.text[a..b]);
    if ["طيران", "طائر", "مروحي", "جوي", "غار", "مقاتلات", "مسير"].iter().any(|w| win.contains(w)) {
        "air_strike"
    } else {
        kind
    }
}

/// The clause of the hit, as the article writes it.
pub(crate) fn clause_text(t: &str, sent: (usize, usize), s: usize, e: usize) -> String {
    let a = t[sent.0..s].rfind(['،', ',', ';', '؛', ':', '\n']).map_or(sent.0, |i| {
        sent.0 + i + t[sent.0 + i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = sent.1.max(e);
    let b = t[e..end].find(['،', ',', ';', '؛', ':', '\n', '.']).map_or(end, |i| e + i);
    let _ = is_stop;
    t[a..b].trim().to_string()
}
