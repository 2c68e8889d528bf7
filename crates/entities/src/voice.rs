//! Whose voice a loaded term is in. An outlet is charged with a term only when it uses it in
//! its own words; a term inside quotation marks, in reported speech («قال X إن …»), after a
//! describing verb («وصفت الوزارة المهاجمين بالإرهابيين»), after a source word («بحسب …»)
//! or before an attribution marker («… وفق وصفه») is the quoted party's.
//! Runs only where a term was found, so it costs nothing on most text.

use crate::prep::Prepared;
use crate::words::words;
use crate::Recognizer;
use riwaya_model::Mention;

struct Tok {
    s: usize,
    e: usize,
    /// Folded, with one «و»/«ف» stripped when the rest is a known word.
    k: String,
}

fn is_word_char(c: char) -> bool {
    riwaya_text::chars::is_alphanumeric(c) || matches!(c, 'ـ' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// The words of `text[from..to]`, folded once for the whole span (not word by word).
fn tokens(rec: &Recognizer, text: &str, from: usize, to: usize) -> Vec<Tok> {
    let w = words();
    let p = Prepared::new(&text[from..to]);
    let m = p.m.as_str();
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        let mut k = &m[s..e];
        for pre in ["و", "ف"] {
            if let Some(r) = k.strip_prefix(pre) {
                if r.chars().count() >= 2
                    && (rec.report_verbs.contains(r) || w.describe_verbs.contains(r) || w.sources.contains(r) || w.complementisers.contains(r))
                {
                    k = r;
                    break;
                }
            }
        }
        let (a, b) = p.original_span(s, e);
        out.push(Tok { s: from + a, e: from + b, k: k.to_string() });
    };
    let mut start: Option<usize> = None;
    for (i, c) in m.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push(s, i);
        }
    }
    if let Some(s) = start {
        push(s, m.len());
    }
    out
}

/// Whether `[a, b)` lies inside quotation marks opened and closed within its paragraph.
fn quoted(text: &str, ps: usize, pe: usize, a: usize, b: usize) -> bool {
    let mut depth = 0i32;
    let mut ascii = false;
    for c in text[ps..a].chars() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = (depth - 1).max(0),
            '"' => ascii = !ascii,
            _ => {}
        }
    }
    if depth == 0 && !ascii {
        return false;
    }
    let inner = &text[a..b];
    if (depth > 0 && inner.contains(['»', '”'])) || (ascii && inner.contains('"')) {
        return false;
    }
    let rest = &text[b..pe];
    (depth > 0 && rest.contains(['»', '”'])) || (ascii && rest.contains('"'))
}

/// The speaker named in `toks[from..to]`: the first actor mention there, else up to four
/// words before a comma, a colon or a function word.
fn speaker(rec: &Recognizer, text: &str, toks: &[Tok], from: usize, to: usize, mentions: &[Mention]) -> Option<String> {
    let (s, e) = (toks.get(from)?.s, toks.get(to.checked_sub(1)?)?.e);
    if from >= to {
        return None;
    }
    if let Some(m) = mentions.iter().find(|m| m.start >= s && m.end <= e && crate::framing::is_actor(rec, m)) {
        return Some(m.text.clone());
    }
    // «في بيان»: a phrase, not a speaker.
    if rec.stop.contains(&toks[from].k) {
        return None;
    }
    let mut end = from;
    while end < to && end < from + 4 && !rec.stop.contains(&toks[end].k) {
        end += 1;
        if sl(text, toks[end - 1].e, toks.get(end).map_or(e, |t| t.s)).contains(['،', ',', ':', '(']) {
            break;
        }
    }
    let words: Vec<&str> = toks[from..end].iter().map(|t| sl(text, t.s, t.e)).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// `text[s..e]`, or nothing when the span is not one (never panics).
fn sl(text: &str, s: usize, e: usize) -> &str {
    text.get(s..e).unwrap_or("")
}

/// Bytes of words read before and after a term.
const BEFORE: usize = 500;
const AFTER: usize = 160;

/// Bytes read on either side of a term.
const WINDOW: usize = 1200;

fn char_floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `None` when the term at `[a, b)` is the outlet's own words; else who says it.
pub(crate) fn voice(rec: &Recognizer, text: &str, a: usize, b: usize, mentions: &[Mention]) -> Option<String> {
    if a > b || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
        return None;
    }
    let w = words();
    // A paragraph, but never more than a window around the term: the work stays linear
    // in the text even when it has no line breaks.
    let (lo, hi) = (char_floor(text, a.saturating_sub(WINDOW)), char_floor(text, (b + WINDOW).min(text.len())));
    let ps = text[lo..a].rfind('\n').map_or(lo, |i| lo + i + 1);
    let pe = text[b..hi].find('\n').map_or(hi, |i| b + i);
    let stops = ['.', '!', '?', '؟'];
    let ss = text[ps..a].rfind(stops).map_or(ps, |i| ps + i + text[ps + i..].chars().next().map_or(1, char::len_utf8));
    let se = text[b..pe].find(stops).map_or(pe, |i| b + i);
    // Words far from the term say nothing about it: a reporting verb stands within a few
    // clauses before it, a marker right after it.
    let (ts, te) = (char_floor(text, ss.max(a.saturating_sub(BEFORE))), char_floor(text, se.min(b + AFTER)).max(b));
    let toks = tokens(rec, text, ts, te);
    let ti = toks.iter().position(|t| t.e > a).unwrap_or(toks.len());
    let tj = toks.iter().position(|t| t.s >= b).unwrap_or(toks.len());

    // Who speaks before the term: a describing verb, a source word, or a reporting verb
    // whose complementiser (or colon) comes before the term.
    let mut said: Option<String> = None;
    let mut verb: Option<usize> = None;
    for (i, t) in toks[..ti].iter().enumerate() {
        if w.describe_verbs.contains(&t.k) || w.sources.contains(&t.k) {
            let end = toks[i + 1..ti].iter().position(|x| w.complementisers.contains(&x.k)).map_or(ti, |j| i + 1 + j);
            let mut from = i + 1;
            // «وفقا لـ…», «نقلا عن …»
            if toks.get(from).is_some_and(|x| matches!(x.k.as_str(), "عن" | "ل" | "لـ")) {
                from += 1;
            }
            // After a describing verb the subject comes before its object: one definite
            // word («الوزارة»), or a construct of two («وزارة الداخلية»).
            let cap = if w.describe_verbs.contains(&t.k) {
                if toks.get(from).is_some_and(|x| x.k.starts_with("ال")) { 1 } else { 2 }
            } else {
                6
            };
            said = Some(speaker(rec, text, &toks, from, end.min(from + cap), mentions).unwrap_or_else(|| sl(text, t.s, t.e).to_string()));
            break;
        }
        if rec.report_verbs.contains(&t.k) {
            verb.get_or_insert(i);
        }
        if let Some(v) = verb {
            let colon = i > v && sl(text, toks[i - 1].e, t.s).contains(':');
            if i > v && (w.complementisers.contains(&t.k) || colon) {
                said = Some(speaker(rec, text, &toks, v + 1, i, mentions).unwrap_or_else(|| sl(text, toks[v].s, toks[v].e).to_string()));
                break;
            }
        }
    }
    if said.is_some() {
        return said;
    }
    // A marker within a few words after the term.
    for i in tj..toks.len().min(tj + 6) {
        for m in &w.markers {
            let n = m.len();
            if i + n > toks.len() {
                continue;
            }
            let hit = m.iter().enumerate().all(|(j, mw)| {
                let k = &toks[i + j].k;
                if j + 1 == n {
                    k.starts_with(mw.as_str())
                } else {
                    k == mw || (j == 0 && k.strip_prefix('و').is_some_and(|r| r == mw))
                }
            });
            if hit {
                return Some(sl(text, toks[i].s, toks[i + n - 1].e).to_string());
            }
        }
    }
    if quoted(text, ps, pe, a, b) {
        // «وقال التنظيم في بيانه "…"»: the reporting verb's subject, else a bare quote.
        let who = verb.and_then(|v| speaker(rec, text, &toks, v + 1, ti.min(v + 5), mentions));
        return Some(who.unwrap_or_else(|| "quote".to_string()));
    }
    // A headline or lead «الجهة: …»: a short actor name before a colon at the line's start.
    let line_start = ps == 0 || text[..ps].ends_with('\n');
    if let Some(c) = text[ps..a].find(':').map(|i| ps + i).filter(|_| line_start) {
        let head = &text[ps..c];
        if head.split_whitespace().count() <= 3
            && !head.contains(['-', '–', '(', '،'])
            && mentions.iter().any(|m| m.start >= ps && m.end <= c && crate::framing::is_actor(rec, m) && m.kind != "outlet")
        {
            return Some(head.trim().to_string());
        }
    }
    None
}
