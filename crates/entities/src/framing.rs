//! Loaded terms attached to actors: «إرهابيي داعش» (before), «داعش الإرهابي» (after),
//! «الدواعش» (standalone: the term names the actor), and partisan aliases
//! («ميليشيا قسد») found as mentions.

use crate::prep::{key, Prepared};
use crate::{whole_word, Recognizer, NK};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use riwaya_lexicon::{Lexicon, Position};
use riwaya_model::{Framing, Mention};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

struct Term {
    id: String,
    position: Position,
    entity: Option<String>,
    signal: &'static str,
}

pub(crate) struct TermMatcher {
    ac: Option<AhoCorasick>,
    pats: Vec<u32>,
    terms: Vec<Term>,
    /// Folded text of a standalone term → term index.
    standalone: HashMap<String, u32>,
    /// (folded partisan alias, entity id) → the alias as written in the data.
    partisan: HashMap<(String, String), String>,
}

impl TermMatcher {
    pub(crate) fn new(lex: &Lexicon) -> Self {
        let mut strs = Vec::new();
        let mut pats = Vec::new();
        let mut terms = Vec::new();
        let mut standalone = HashMap::default();
        let mut seen = HashSet::default();
        for t in lex.terms() {
            let i = terms.len() as u32;
            terms.push(Term {
                id: t.id.clone(),
                position: t.position,
                entity: t.entity.clone(),
                signal: t.signal.as_str(),
            });
            for s in t.texts() {
                let k = key(s);
                if k.chars().count() < 2 {
                    continue;
                }
                if t.position == Position::Standalone {
                    standalone.entry(k).or_insert(i);
                } else if seen.insert(k.clone()) {
                    strs.push(k);
                    pats.push(i);
                }
            }
        }
        let mut partisan = HashMap::default();
        for a in lex.actors() {
            for p in &a.partisan_aliases {
                partisan.entry((key(&p.text), a.id.clone())).or_insert_with(|| p.text.clone());
            }
        }
        let ac = (!strs.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).kind(Some(AhoCorasickKind::DFA)).build(&strs).expect("term automaton"));
        TermMatcher { ac, pats, terms, standalone, partisan }
    }
}

/// Only spaces, quotes, tatweel, marks and one «ب»/«ل» between a term and its name.
fn gap_ok(g: &str) -> bool {
    let mut letters = 0;
    for c in g.chars() {
        match c {
            c if c.is_whitespace() => {}
            '"' | '\'' | '«' | '»' | '“' | '”' | '‘' | '’' | '(' | ')' | 'ـ' => {}
            '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            'ب' | 'ل' => letters += 1,
            _ => return false,
        }
    }
    letters <= 1
}

pub(crate) fn is_actor(rec: &Recognizer, m: &Mention) -> bool {
    match rec.ent_ix.get(&m.entity) {
        Some(&i) => !rec.ents[i as usize].place,
        None => !m.entity.starts_with("place:"),
    }
}

pub(crate) fn framing(rec: &Recognizer, text: &str, mentions: &[Mention]) -> Vec<Framing> {
    framing_prepared(rec, text, &Prepared::new(text), mentions)
}

/// [`framing`] over a text already prepared (normalised with its offset map).
pub(crate) fn framing_prepared(rec: &Recognizer, text: &str, p: &Prepared, mentions: &[Mention]) -> Vec<Framing> {
    let tm = &rec.terms;
    // Each framing with the span of the term itself, whose voice is read after deduplication.
    let mut out: Vec<(Framing, usize, usize)> = Vec::new();
    // Mentions that are partisan aliases or standalone terms.
    for mt in mentions {
        let mut k = key(&mt.text);
        if let Some(r) = k.strip_prefix("لل") {
            k = format!("ال{r}");
        }
        if let Some(&ti) = tm.standalone.get(&k) {
            let t = &tm.terms[ti as usize];
            if t.entity.as_deref() == Some(mt.entity.as_str()) {
                out.push((Framing {
                    term: t.id.clone(),
                    entity: mt.entity.clone(),
                    signal: t.signal.to_string(),
                    text: mt.text.clone(),
                    start: mt.start,
                    end: mt.end,
                    voice: None,
                }, mt.start, mt.end));
                continue;
            }
        }
        if let Some(&pi) = rec.keys.get(&k) {
            let Some(&ei) = rec.ent_ix.get(&mt.entity) else { continue };
            if let Some(n) = rec.payloads[pi as usize].names.iter().find(|n| n.ent == ei && matches!(n.kind, NK::Partisan(_))) {
                let NK::Partisan(sig) = n.kind else { unreachable!() };
                let term = tm.partisan.get(&(k.clone(), mt.entity.clone())).cloned().unwrap_or_else(|| mt.text.clone());
                out.push((Framing {
                    term,
                    entity: mt.entity.clone(),
                    signal: sig.as_str().to_string(),
                    text: mt.text.clone(),
                    start: mt.start,
                    end: mt.end,
                    voice: None,
                }, mt.start, mt.end));
            }
        }
    }
    // Terms before or after a name.
    if let Some(ac) = &tm.ac {
        let m = p.m.as_str();
        for h in ac.find_iter(m) {
            let (s, e) = (h.start(), h.end());
            if !whole_word(m, s, e) {
                continue;
            }
            let t = &tm.terms[tm.pats[h.pattern().as_usize()] as usize];
            let (a, b) = p.original_span(s, e);
            let target = match t.position {
                Position::Before => mentions
                    .iter()
                    .find(|x| (x.start <= a && a < x.end) || (x.start >= b && gap_ok(&text[b..x.start]))),
                Position::After => mentions
                    .iter()
                    .rev()
                    .find(|x| (x.start < b && b <= x.end && x.start < a) || (x.end <= a && gap_ok(&text[x.end..a]))),
                Position::Standalone => None,
            };
            let Some(x) = target else { continue };
            if !is_actor(rec, x) || t.entity.as_deref().is_some_and(|e| e != x.entity) {
                continue;
            }
            let (fs, fe) = (a.min(x.start), b.max(x.end));
            out.push((Framing {
                term: t.id.clone(),
                entity: x.entity.clone(),
                signal: t.signal.to_string(),
                text: text[fs..fe].to_string(),
                start: fs,
                end: fe,
                voice: None,
            }, a, b));
        }
    }
    out.sort_by_key(|(f, _, _)| (f.start, f.end));
    // One framing per span and actor: a term's own id beats a partisan alias.
    let mut seen: HashSet<(usize, usize, String)> = HashSet::default();
    let mut dedup: Vec<(Framing, usize, usize)> = Vec::new();
    for (f, a, b) in out {
        let k = (f.start, f.end, f.entity.clone());
        if seen.contains(&k) {
            if let Some(prev) = dedup.iter_mut().rev().find(|(g, _, _)| (g.start, g.end, g.entity.clone()) == k) {
                if tm.terms.iter().any(|t| t.id == f.term) && !tm.terms.iter().any(|t| t.id == prev.0.term) {
                    *prev = (f, a, b);
                }
            }
            continue;
        }
        seen.insert(k);
        dedup.push((f, a, b));
    }
    dedup
        .into_iter()
        .map(|(mut f, a, b)| {
            f.voice = crate::voice::voice(rec, text, a, b, mentions);
            f
        })
        .collect()
}
