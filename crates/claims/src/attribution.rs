//! Who an article says a figure comes from: attribution chains per sentence, carried across
//! sentences ("وأضاف البيان"، "وأشار المصدر"), and the outlet's distance from it (hedges).
//!
//! Frames recognised, all from `data/claims/attribution.toml`:
//! - reporting verbs with their subject after ("قال مصدر ..."), before ("مصادر محلية تؤكد")
//!   or as a pronoun (the actor named earlier in the sentence, else the last source);
//! - "نقل ... عن X" (nested: outer outlet, inner source), "لوكالة X"، "عبر وكالة X" (outer);
//! - participles of manner continuing the speaker ("مضيفاً أن")；
//! - prepositional frames over the whole sentence ("بحسب X"، "وفق ما نقلت X")；
//! - a heading "X: ..." at the start of a sentence;
//! - quoted speech running over several sentences.

use crate::data::{cands, Data};
use crate::doc::Doc;
use crate::refs::{self, Ref};
use riwaya_model::{Mention, Source};
use riwaya_text::TokenKind;
use std::sync::Arc;

/// The attribution of one sentence: the chain of sources, outermost first (`[]`: the
/// outlet's own voice), and the outlet's hedge toward it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    pub chain: Vec<Source>,
    pub hedge: Option<String>,
}

/// A source as found: tokens and entity.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Src {
    pub a: usize,
    pub b: usize,
    pub entity: Option<String>,
}

pub(crate) type Chain = Vec<Src>;

/// "المصادر نفسها"، "المصدر ذاته": the same source again.

/// The longest chain of relays kept ("X quoted Y citing Z…"); deeper nesting is noise.
const MAX_CHAIN: usize = 4;

/// How far before a reporting verb a second account's opener is looked for
/// ("، في حين قالت مصادر طبية محلية في المدينة إن").
const CONTRAST_REACH: usize = 12;

#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// First token the frame covers.
    pub from: usize,
    /// The token where it stops covering (a report without a complement ends at its clause).
    pub to: usize,
    pub chain: Chain,
    pub hedge: Option<(usize, usize)>,
}

/// Frames of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentAttr {
    pub frames: Vec<Frame>,
    /// Sentence-wide outer sources ("بحسب X").
    pub outer: Chain,
    /// Carried from a quote opened in an earlier sentence.
    pub base: Option<Chain>,
    pub hedge: Option<(usize, usize)>,
    /// The source of a report opening the sentence that points back at the one before
    /// («جاء ذلك في بيان لـX»، «وأعلن ذلك X»).
    pub points_back: Option<Chain>,
}

impl SentAttr {
    /// The chain and hedge that cover token `i`.
    pub fn at(&self, i: usize) -> (Chain, Option<(usize, usize)>) {
        let f = self.frames.iter().rev().find(|f| f.from <= i && i < f.to);
        let mut chain = self.outer.clone();
        let mut hedge = self.hedge;
        match f {
            Some(f) => {
                extend(&mut chain, &f.chain);
                if f.hedge.is_some() {
                    hedge = f.hedge;
                }
            }
            None => {
                if let Some(b) = &self.base {
                    if chain.is_empty() {
                        chain = b.clone();
                    }
                }
            }
        }
        (chain, hedge)
    }

    fn last(&self) -> Option<Chain> {
        if let Some(f) = self.frames.last() {
            let mut c = self.outer.clone();
            extend(&mut c, &f.chain);
            return Some(c);
        }
        if !self.outer.is_empty() {
            return Some(self.outer.clone());
        }
        self.base.clone()
    }
}

/// `chain` followed by `more`, less the sources that repeat one already in it ("بحسب متحدثها
/// (فلان)، الذي قال": the speaker is the same).
fn extend(chain: &mut Chain, more: &Chain) {
    for s in more {
        if !chain.iter().any(|c| s.a < c.b && c.a < s.b) {
            chain.push(s.clone());
        }
    }
}

/// Finds attribution chains and hedges.
pub struct Attributor {
    pub(crate) data: Arc<Data>,
}

impl Default for Attributor {
    fn default() -> Self {
        Self::new()
    }
}

impl Attributor {
    pub fn new() -> Self {
        Attributor { data: Arc::new(Data::embedded()) }
    }

    pub(crate) fn with_data(data: Arc<Data>) -> Self {
        Attributor { data }
    }

    /// One [`Attribution`] per sentence of `text` (as `riwaya_text::sentences` cuts it),
    /// carrying sources across sentences. `mentions` are the entity mentions of `text`.
    pub fn for_sentences(&self, text: &str, mentions: &[Mention]) -> Vec<Attribution> {
        let d = Doc::new(text, mentions);
        let (_, sa) = d.attribution(self);
        sa.iter()
            .map(|s| {
                let chain = s.last().unwrap_or_default();
                Attribution {
                    chain: to_sources(&d, &chain),
                    hedge: s.hedge.or_else(|| s.frames.iter().find_map(|f| f.hedge)).map(|(a, b)| d.orig_text(a, b).to_string()),
                }
            })
            .collect()
    }

    /// The attribution covering each byte offset of `text` in `offsets` (one per offset):
    /// the frame the offset lies in, else the sentence-wide source, else a quote carried on.
    pub fn at_offsets(&self, text: &str, mentions: &[Mention], offsets: &[usize]) -> Vec<Attribution> {
        self.at_offsets_doc(&Doc::new(text, mentions), offsets)
    }

    /// [`Attributor::at_offsets`] over an article's shared reading: the frames worked out
    /// for its figures are not worked out again.
    pub fn at_offsets_doc(&self, d: &Doc, offsets: &[usize]) -> Vec<Attribution> {
        let (_, sa) = d.attribution(self);
        offsets
            .iter()
            .map(|&o| {
                let i = d.tok_at_orig(o);
                let si = d.sent_of(i);
                let Some(s) = sa.get(si) else { return Attribution::default() };
                let (chain, hedge) = s.at(i);
                Attribution { chain: to_sources(&d, &chain), hedge: hedge.map(|(a, b)| d.orig_text(a, b).to_string()) }
            })
            .collect()
    }

    pub(crate) fn analyse(&self, d: &Doc, refs: &[Ref]) -> Vec<SentAttr> {
        let mut out = Vec::with_capacity(d.sents.len());
        let mut last: Option<Chain> = None;
        let mut open_quote: Option<Chain> = None;
        for &(s, e) in &d.sents {
            let mut sa = SentAttr::default();
            let quotes = (s..e).filter(|&i| d.toks[i].kind == TokenKind::Punct && d.w(i) == "\"").count();
            if let Some(q) = open_quote.take() {
                sa.base = Some(q.clone());
                if quotes % 2 == 0 {
                    open_quote = Some(q);
                }
            }
            self.sentence(d, refs, s, e, &mut sa, &last);
            // «قتل 70 شخصا … . جاء ذلك في بيان لـX»: X's words are the sentence before's too,
            // where no source of its own covers them.
            if let (Some(c), Some(prev)) = (sa.points_back.clone(), out.last_mut()) {
                let prev: &mut SentAttr = prev;
                if prev.outer.is_empty() && prev.base.is_none() {
                    prev.base = Some(c.clone());
                    if last.is_none() {
                        last = Some(c);
                    }
                }
            }
            if let Some(f) = sa.frames.last() {
                let q = (f.from..e).filter(|&i| d.toks[i].kind == TokenKind::Punct && d.w(i) == "\"").count();
                // A quote opened after the frame and left open (a sentence whose quotes pair
                // up opens none: "في بيان \"… متهمة …\"").
                if q % 2 == 1 && quotes % 2 == 1 {
                    open_quote = sa.last();
                }
            }
            if let Some(c) = sa.last() {
                if !c.is_empty() {
                    last = Some(c);
                }
            }
            out.push(sa);
        }
        out
    }

    fn sentence(&self, d: &Doc, refs: &[Ref], s: usize, e: usize, sa: &mut SentAttr, last: &Option<Chain>) {
        let fw = &self.data.fw;
        let data = &*self.data;
        // A heading "X: ...".
        {
            let mut a = s;
            while a < e && d.toks[a].kind != TokenKind::Word {
                a += 1;
            }
            if let Some(c) = (a..e.min(a + 9)).find(|&i| d.toks[i].kind == TokenKind::Punct && d.w(i) == ":") {
                if c > a && self.is_head(d, refs, a) {
                    if let Some((na, nb)) = self.np(d, refs, a, c) {
                        if nb >= c || (nb..c).all(|k| d.is_quote(k)) {
                            sa.frames.push(Frame { from: c, to: e, chain: vec![src(d, refs, na, nb)], hedge: None });
                        } else if d.w(nb) == fw.lam && c > nb + 1 && c <= nb + 6 && (nb + 1..c).all(|k| d.is_quote(k) || d.toks[k].kind == TokenKind::Word) {
                            // "محافظ المدينة لـ\"الصحيفة\": …": the outlet spoken to, then the speaker
                            let (oa, mut ob) = (d.skip_q(nb + 1, c), c);
                            while ob > oa && d.is_quote(ob - 1) {
                                ob -= 1;
                            }
                            if ob > oa {
                                sa.frames.push(Frame { from: c, to: e, chain: vec![src(d, refs, oa, ob), src(d, refs, na, nb)], hedge: None });
                            }
                        }
                    }
                }
            }
        }
        // Only sentences with a word the scan reacts to need the full scan.
        let hits = (s..e).any(|i| d.toks[i].kind == TokenKind::Word && cands(d.w(i)).find_in(&data.attn).is_some());
        if !hits {
            return;
        }
        // Hedges anywhere in the sentence.
        for i in s..e {
            if d.toks[i].kind != TokenKind::Word || cands(d.w(i)).find_in(&data.attn).is_none() {
                continue;
            }
            let w = d.w(i);
            for p in &data.hedge_phrases {
                if i + p.len() <= e && p.iter().enumerate().all(|(k, x)| {
                    let t = d.w(i + k);
                    t == x || (k == 0 && cands(t).iter().any(|c| c == x))
                }) {
                    sa.hedge.get_or_insert((i, i + p.len()));
                }
            }
            if sa.hedge.is_none() && cands(w).find_in(&data.hedge_words).is_some() {
                sa.hedge = Some((i, i + 1));
            }
        }
        let mut consumed_until = s;
        // Where a second account opens after the sentence-wide source ("قتل 3، بحسب X، فيما
        // أفادت Y بـ…"): that source covers only the words before.
        let mut outer_until: Option<usize> = None;
        // Prepositional frames found: (first index in `sa.outer`, end token, names an outlet).
        let mut preps: Vec<(usize, usize, bool)> = Vec::new();
        let mut i = s;
        while i < e {
            if i < consumed_until || d.toks[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let w = d.w(i);
            let c = cands(w);
            // Prepositional frame: بحسب X, وفق ما نقلت X, نقلاً عن X.
            if c.find_in(&data.preps).is_some() {
                let mut j = i + 1;
                while j < e && (d.is_quote(j) || data.prep_skip.contains(d.w(j)) || j > i + 1 && cands(d.w(j)).find_in(&data.prep_skip).is_some() && d.w(j).len() <= 10) {
                    j += 1;
                }
                if j < e && cands(d.w(j)).find_in(&data.hedge_nouns).is_some() {
                    sa.hedge.get_or_insert((i, j + 1));
                    i = j + 1;
                    continue;
                }
                // "وفق ما نقلت X عن Y"، "بحسب ما نقلته X عن Y": the verb, maybe with its object pronoun
                let mut relay = false;
                if j < e {
                    let w = d.w(j);
                    let bare = fw.relay_suffixes.iter().find_map(|p| w.strip_suffix(p.as_str())).filter(|x| x.len() >= 6);
                    if let Some(v) = cands(w).iter().chain(bare.iter().copied()).find_map(|x| data.verbs.get(x)) {
                        relay = v.nested;
                        j = d.skip_q(j + 1, e);
                        // "وفق ما أفادت به X"
                        if j < e && fw.with_it.contains(d.w(j)) {
                            j = d.skip_q(j + 1, e);
                        }
                    }
                }
                // "قال X: \"حسب معلومات لدينا …\"": the speaker's own documents, no new source.
                let speaking = sa.base.is_some() || sa.frames.iter().any(|f| f.from <= i && i < f.to && !f.chain.is_empty());
                if speaking && !d.w(i).ends_with(fw.quoting.as_str()) && j < e && cands(d.w(j)).find_in(&data.documents).is_some() {
                    i = j + 1;
                    continue;
                }
                // "وفق حصيلة جديدة لوزارة الصحة"، "بحسب أرقام رسمية للأمم المتحدة"
                if j < e && (!self.is_head(d, refs, j) || cands(d.w(j)).find_in(&data.genitive_heads).is_some() || cands(d.w(j)).find_in(&data.documents).is_some()) {
                    if j + 2 < e && data.made_by.contains(d.w(j + 1)) && self.is_head(d, refs, j + 2) {
                        // "حسب آخر حصيلة أعلنتها وزارة الداخلية": the body that made it
                        j += 2;
                    } else if let Some(h) = (j + 1..e.min(j + 4)).find(|&h| d.w(h).starts_with('ل') && d.w(h).len() > 4 && self.is_head(d, refs, h)) {
                        j = h;
                    } else if let Some(h) = (j + 1..e.min(j + 4)).find(|&h| d.w(h) == fw.from && d.w(h - 1).trim_start_matches("ال").starts_with(fw.issued.as_str()) && self.is_head(d, refs, h + 1)) {
                        // "وفقا لآخر إحصائية صادرة عن وزارة الصحة"
                        j = h + 1;
                    } else if !speaking && !self.is_head(d, refs, j) && cands(d.w(j)).find_in(&data.genitive_heads).is_some() {
                        // "وفق حصيلة رسمية جديدة": a toll of no named body is itself the
                        // source, as "بحسب تقدير رسمي" is.
                        let mut k = j + 1;
                        while k < e.min(j + 4) && d.toks[k].kind == TokenKind::Word && refs::at(refs, k).is_none() && {
                            let c = cands(d.w(k));
                            !data.stops.contains(d.w(k)) && c.find_in(&data.stop_nouns).is_none() && c.find_in(&data.preps).is_none()
                                && !c.iter().any(|x| data.verbs.contains_key(x) || data.triggers.contains_key(x)) && !data.complement.contains(d.w(k))
                        } {
                            k += 1;
                        }
                        if k > j + 1 {
                            preps.push((sa.outer.len(), k, false));
                            sa.outer.push(src(d, refs, j, k));
                            consumed_until = k;
                            i = k;
                            continue;
                        }
                    }
                }
                if j < e && self.is_head(d, refs, j) {
                    if let Some((na, nb)) = self.np(d, refs, j, e) {
                        // "وبحسب المصادر نفسها"، "وفق المصدر": the source named before
                        let same = nb < e && fw.same.contains(d.w(nb));
                        let again = nb - na <= 1 && data.back.contains(d.w(na)) && (same || fw.source_again.contains(d.w(na)));
                        if let Some(c) = last.clone().filter(|_| again && sa.outer.is_empty()) {
                            let end = if same { nb + 1 } else { nb };
                            preps.push((0, end, true));
                            sa.outer = c;
                            consumed_until = end;
                            i = end;
                            continue;
                        }
                        let nested = d.w(i).ends_with(fw.quoting.as_str()) && !sa.frames.is_empty();
                        if nested {
                            // "X، نقلاً عن Y": Y is X's source, for all that X reports
                            // ("ذكر التلفزيون أن 19 قتلوا، نقلا عن مصادر أمنية").
                            let y = src(d, refs, na, nb);
                            let f = sa.frames.last_mut().unwrap();
                            let prep_between = preps.iter().any(|p| p.1 > f.from);
                            if f.from <= i && i < f.to && !prep_between && f.chain.len() < MAX_CHAIN && !f.chain.iter().any(|c| c.a == y.a) {
                                for o in f.chain.iter_mut() {
                                    strip_outlet_noun(d, data, refs, o);
                                }
                                f.chain.push(y);
                            } else {
                                let mut chain = f.chain.clone();
                                chain.push(y);
                                let (to, hedge) = (f.to, f.hedge);
                                sa.frames.push(Frame { from: i, to, chain, hedge });
                            }
                        } else {
                            // "وفق ما أكدت الوزارة، بحسب فرانس برس": a later outlet relays the
                            // earlier source, so it is the outer one.
                            let media = refs::at(refs, na).is_some_and(|r| r.is_media()) || cands(d.w(na)).find_in(&data.outlets).is_some();
                            let mut x = src(d, refs, na, nb);
                            let mut inner = None;
                            // "بحسب ما نقلت X عن Y": Y is X's source.
                            let q = d.skip_q(nb, e);
                            if relay && q + 1 < e && d.w(q) == fw.from && self.is_head(d, refs, q + 1) {
                                if let Some((ya, yb)) = self.np(d, refs, q + 1, e) {
                                    let mut o = x.clone();
                                    strip_outlet_noun(d, data, refs, &mut o);
                                    x = o;
                                    inner = Some((src(d, refs, ya, yb), yb));
                                }
                            }
                            let end = inner.as_ref().map_or(nb, |x| x.1);
                            if media && !sa.outer.is_empty() && inner.is_none() {
                                // "وفقا لموقع \"X\"": the outer outlet by its name
                                strip_outlet_noun(d, data, refs, &mut x);
                                sa.outer.insert(0, x);
                                // the frames before now relay through it: no splitting
                                preps.push((0, end, true));
                            } else {
                                preps.push((sa.outer.len(), end, media));
                                sa.outer.push(x);
                                if let Some((y, _)) = inner {
                                    sa.outer.push(y);
                                }
                            }
                            consumed_until = end;
                            i = end;
                            continue;
                        }
                        consumed_until = nb;
                        i = nb;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            // "حصيلة هيئة الصحة"، "أرقام الأمم المتحدة": a toll of a named body is its word.
            if c.find_in(&data.genitive_heads).is_some() && !sa.frames.iter().any(|f| f.from <= i && i < f.to) && sa.outer.is_empty() {
                let j = d.skip_q(i + 1, e);
                if let Some(r) = refs::at(refs, j).filter(|r| r.a == j && r.is_body()) {
                    let (a, b) = self.np(d, refs, j, e).unwrap_or((r.a, r.b));
                    sa.frames.push(Frame { from: i, to: e, chain: vec![src(d, refs, a, b)], hedge: None });
                    i = b;
                    continue;
                }
            }
            // Participle of manner: the speaker goes on; with no report before it in the
            // sentence, the body the sentence tells of speaks («وتبنت الحركة الهجوم، قائلة إن»).
            if c.find_in(&data.participles).is_some() {
                // (refs are in text order: from the sentence's start only)
                let told = || {
                    refs[refs.partition_point(|r| r.a < s)..].iter().take_while(|r| r.a < i).find(|r| r.b <= i && r.is_body())
                        .map(|r| vec![Src { a: r.a, b: r.b, entity: Some(r.entity.clone()) }])
                };
                let chain = sa.frames.last().map(|f| f.chain.clone()).or_else(|| sa.base.clone()).or_else(|| (sa.outer.is_empty()).then(told).flatten()).or_else(|| last.clone());
                if let Some(chain) = chain {
                    let hedge = c.find_in(&data.participle_hedges).map(|_| (i, i + 1));
                    sa.frames.push(Frame { from: i, to: e, chain, hedge });
                }
                i += 1;
                continue;
            }
            let Some(v) = c.no_article().find_map(|x| data.verbs.get(x)).copied() else {
                i += 1;
                continue;
            };
            // "طالبا عدم كشف اسمه"، "ولم تذكر الوزارة": no report.
            if i > s && {
                let p = d.w(i - 1);
                fw.unreal_report.contains(p) || p.strip_prefix(fw.and.as_str()).is_some_and(|x| fw.unreal_report.contains(x))
            } {
                i += 1;
                continue;
            }
            let mut j = d.skip_q(i + 1, e);
            // «وأعلن ذلك X»، «جاء ذلك في بيان X»: the report points back; its source follows.
            let first_word = (s..i).all(|k| d.toks[k].kind != TokenKind::Word);
            // (a denial pointing back, «ونفى ذلك الجيش», disowns the figures: no source of them)
            let pointing = first_word && j < e && cands(d.w(j)).iter().any(|c| fw.pointers.contains(c)) && cands(w).find_in(&data.denial).is_none();
            if pointing {
                j = d.skip_q(j + 1, e);
            }
            // "يذكر أن ...": the outlet's own aside.
            if data.impersonal.contains(w) && j < e && (data.complement.contains(d.w(j)) || fw.aside_to.contains(d.w(j))) {
                sa.frames.push(Frame { from: i + 1, to: e, chain: Vec::new(), hedge: None });
                i += 1;
                continue;
            }
            // "جاء في بيان X": X speaks; "جاء البيان بعد ساعات" frames nothing.
            if v.via && !(j < e && d.w(j) == fw.in_ && self.is_head(d, refs, j + 1)) {
                i += 1;
                continue;
            }
            // Within what an earlier frame of this sentence reports, unless a second account
            // opens between ("قالت X إن …، بينما قالت Y إن …": Y is not X's source).
            // (the opener stands a few words before the verb: a bounded look keeps it linear)
            let near = i.saturating_sub(CONTRAST_REACH);
            let second = sa.frames.last().filter(|f| f.from <= i && i < f.to).and_then(|f| self.contrast_at(d, f.from.max(near), i));
            let inside = sa.frames.last().filter(|f| f.from <= i && i < f.to && second.is_none()).map(|f| f.chain.clone());
            let after_outer = if !sa.outer.is_empty() && outer_until.is_none() {
                let after = preps.iter().map(|p| p.1).max().unwrap_or(s);
                if after <= i { self.contrast_at(d, after.max(near), i) } else { None }
            } else {
                None
            };
            if v.strict && !(j < e && (data.complement.contains(d.w(j)) || d.w(j) == ":")) {
                i += 1;
                continue;
            }
            // The complement that opens the reported content; one after another reporting
            // word is that word's ("اتهمت X Y بقصف …، لكن Y نفت ذلك، مؤكدة أن …").
            let comp = (i + 1..e.min(i + 22))
                .take_while(|&k| {
                    // a participle of another speaker ("، مؤكدة أن") takes the complement, and
                    // a second account ("، فيما قالت Y إن") its own
                    cands(d.w(k)).find_in(&data.participles).is_none() && self.contrast_at(d, k, (k + 2).min(e)).is_none_or(|c| c != k)
                })
                .find(|&k| {
                    let w = d.w(k);
                    data.complement.contains(w) || (d.toks[k].kind == TokenKind::Punct && w == ":")
                });
            let mut chain: Chain = Vec::new();
            let mut subj_end = i + 1;
            let mut from_back = false;
            // Subject after the verb.
            let mut subj: Option<(usize, usize)> = None;
            if v.via {
                // "جاء في الوثيقة المرسلة إلى …": a named document again, unless a body is named.
                subj = self.np(d, refs, j + 1, e).map(|(a, b)| {
                    let back = data.back.contains(d.w(a)) && !refs.iter().any(|r| r.a >= a && r.a < b && r.is_actor());
                    if back && last.is_some() { (a, a + 1) } else { (a, b) }
                });
            } else if j < e && !cands(d.w(j)).iter().any(|x| x == fw.from) && self.is_head(d, refs, j) && !self.is_outlet_pp(d, j) {
                subj = self.np(d, refs, j, e);
            } else if let Some(k) = comp.or_else(|| {
                (j..e.min(j + 4)).find(|&x| x > j && cands(d.w(x)).iter().any(|c| data.triggers.contains_key(c)))
            }) {
                // A name the lexicon does not know: the words up to the complement (or to the
                // verbal noun it announces: "أعلنت الفصائل إعطاب ...").
                // "أعلنت الحركة في بيان مقتل …": up to "في بيان" then.
                let k = (j + 1..k).find(|&x| d.w(x) == fw.in_ && x + 1 < e && cands(d.w(x + 1)).find_in(&data.statements).is_some()).unwrap_or(k);
                if k > j && k <= j + 4 && (j..k).all(|x| d.toks[x].kind == TokenKind::Word || d.is_quote(x))
                    && !(j..k).any(|x| data.stops.contains(d.w(x)) || self.is_outlet_pp(d, x))
                {
                    subj = Some((j, k));
                }
            }
            // "أعلنت الحركة عبر حسابها على منصة إكس مقتل …": a definite name the lexicon does
            // not know, then the words that say how it spoke, then the verbal noun further on.
            if subj.is_none() && comp.is_none() && j < e && d.w(j).starts_with("ال") && !data.stops.contains(d.w(j))
                && cands(d.w(j)).iter().all(|c| !data.triggers.contains_key(c))
                && (j + 4..e.min(j + 12)).any(|x| cands(d.w(x)).iter().any(|c| data.triggers.contains_key(c)))
            {
                let k = (j + 1..e.min(j + 4)).find(|&x| data.stops.contains(d.w(x)) || d.toks[x].kind == TokenKind::Punct && !d.is_quote(x));
                if let Some(k) = k.filter(|&k| (j..k).all(|x| d.toks[x].kind == TokenKind::Word) && !(j..k).any(|x| self.is_outlet_pp(d, x))) {
                    subj = Some((j, k));
                }
            }
            // «واتهم المجلس العسكري الحاكم بقتل …»: the accused, right before «بـ» + the deed;
            // the accuser is the subject before the verb, or the last source
            if subj.is_some_and(|(_, b)| {
                b < e && d.w(b).starts_with('ب') && d.w(b).len() > 6 && cands(w).no_article().any(|x| fw.accuse_verbs.contains(x))
            }) {
                subj = None;
            }
            if v.explicit && subj.is_none() {
                i += 1;
                continue;
            }
            if let Some((a, b)) = subj {
                subj_end = b;
                let single_back = (data.back.contains(d.w(d.skip_q(a, b))) || b - a <= 1 && Self::names_head_of(d, a, last))
                    && (b - a <= 1 || data.back.contains(&d.norm.text[d.toks[a].start..d.toks[b - 1].end]) && d.w(a) != fw.sources_plural);
                if single_back && b - a <= 1 {
                    if let Some(l) = last {
                        chain = l.clone();
                        from_back = true;
                    }
                }
                if !from_back {
                    chain.push(src(d, refs, a, b));
                }
            } else {
                // Subject before the verb.
                let mut k = i as isize - 1;
                let mut steps = 0;
                let mut head = None;
                while k >= s as isize && steps < 14 {
                    let ku = k as usize;
                    if d.is_quote(ku) {
                        k -= 1;
                        continue;
                    }
                    let wk = d.w(ku);
                    // "مديرية صحة إدلب، قالت إن": a heading subject before a comma.
                    if steps == 0 && d.toks[ku].kind == TokenKind::Punct && fw.commas.contains(wk) && ku > s {
                        k -= 1;
                        continue;
                    }
                    if d.toks[ku].kind == TokenKind::Punct || data.complement.contains(wk) || (steps > 0 && data.verbs.contains_key(wk)) {
                        break;
                    }
                    if cands(wk).find_in(&data.source_nouns).is_some() || cands(wk).find_in(&data.back).is_some() {
                        head = Some(ku);
                    } else if head.is_none() && steps == 0 {
                        // "إسرائيل تزعم أن": a country right before the verb speaks for its state.
                        if let Some(r) = refs::at(refs, ku) {
                            if r.is_actor() || r.kind == "country" {
                                head = Some(r.a);
                            }
                        }
                    }
                    steps += 1;
                    k -= 1;
                }
                if let Some(h) = head {
                    if let Some((a, b)) = self.np(d, refs, h, i) {
                        // Overlap with a prepositional frame's source: that frame speaks.
                        if sa.outer.iter().any(|o| o.a <= a && a < o.b) {
                            i += 1;
                            continue;
                        }
                        let single_back = b - a <= 1 && (data.back.contains(d.w(a)) || Self::names_head_of(d, a, last));
                        if single_back && last.is_some() {
                            chain = last.clone().unwrap();
                            from_back = true;
                        } else {
                            chain.push(src(d, refs, a, b));
                        }
                    }
                }
                if chain.is_empty() && inside.is_some() {
                    // "قال X إن الأرقام تشير إلى": no new speaker.
                    i += 1;
                    continue;
                }
                // "وفقا لما ذكره X، والذي صرح بأن …": the relative's antecedent, already the
                // sentence's source, speaks again.
                if chain.is_empty() && i > s {
                    let p = d.skip_q_back(i as isize - 1, s);
                    if p >= s as isize && cands(d.w(p as usize)).iter().any(|c| fw.relatives.contains(c)) {
                        if let Some(c) = sa.last().filter(|c| !c.is_empty()) {
                            chain = c;
                        } else if p > s as isize && d.toks[p as usize - 1].kind == TokenKind::Punct && fw.commas.contains(d.w(p as usize - 1)) {
                            // "عن الجيش، الذي أعلن …": the body right before the comma speaks.
                            let comma = p as usize - 1;
                            if let Some(r) = refs[..refs.partition_point(|r| r.a < comma)].iter().rev().take(4).find(|r| r.b == comma && r.is_body()) {
                                chain.push(Src { a: r.a, b: r.b, entity: Some(r.entity.clone()) });
                            } else if comma > s && cands(d.w(comma - 1)).find_in(&data.source_nouns).is_some() {
                                chain.push(src(d, refs, comma - 1, comma));
                            }
                        }
                    }
                }
                if chain.is_empty() {
                    // A pronoun: the actor named earlier in this sentence, else the last source,
                    // else the actor last named.
                    let in_sent = refs.iter().rev().find(|r| r.b <= i && r.a >= s && r.is_body());
                    if let Some(r) = in_sent {
                        chain.push(Src { a: r.a, b: r.b, entity: Some(r.entity.clone()) });
                    } else if let Some(l) = last {
                        chain = l.clone();
                        from_back = true;
                    } else if let Some(r) = refs.iter().rev().find(|r| r.b <= i && r.is_body()) {
                        chain.push(Src { a: r.a, b: r.b, entity: Some(r.entity.clone()) });
                    }
                }
            }
            // Nested: "نقل ... عن X".
            let scan_end = comp.unwrap_or(e.min(subj_end + 12));
            if v.nested {
                if let Some(k) = (subj_end.min(i + 1)..scan_end).find(|&k| d.w(k) == fw.from) {
                    let h = d.skip_q(k + 1, e);
                    let inner = if h < e && self.is_head(d, refs, h) {
                        self.np(d, refs, h, e)
                    } else {
                        let stop = (h..scan_end).find(|&x| d.toks[x].kind == TokenKind::Punct && !d.is_quote(x) || data.stops.contains(d.w(x)));
                        let end = stop.unwrap_or(scan_end);
                        (end > h).then_some((h, end))
                    };
                    if let Some((a, b)) = inner {
                        let mut b = b;
                        while b > a && d.is_quote(b - 1) {
                            b -= 1;
                        }
                        for o in chain.iter_mut() {
                            strip_outlet_noun(d, data, refs, o);
                        }
                        chain.push(src(d, refs, a, b));
                        subj_end = subj_end.max(b);
                    }
                }
            }
            // Outer outlet: "لوكالة أعماق", "عبر وكالة ناشر نيوز", "لأورينت نت".
            if !chain.is_empty() && !from_back {
                let mut k = subj_end.min(i + 1);
                while k < scan_end {
                    if self.is_outlet_pp(d, k) && !chain.iter().any(|c| c.a <= k && k < c.b) || (d.w(k) == fw.via && k + 1 < e && cands(d.w(k + 1)).find_in(&data.outlets).is_some()) {
                        let name0 = d.skip_q(if d.w(k) == fw.via { k + 2 } else { k + 1 }, e);
                        let mut name1 = name0;
                        while name1 < e.min(name0 + 3) && d.toks[name1].kind != TokenKind::Punct
                            && !data.stops.contains(d.w(name1)) && !data.complement.contains(d.w(name1))
                            && !d.w(name1).starts_with(fw.affiliated.as_str())
                            && (name1 == name0 || cands(d.w(name1)).find_in(&data.stop_nouns).is_none() && cands(d.w(name1)).find_in(&data.participles).is_none())
                        {
                            name1 += 1;
                        }
                        // a known name ends where it ends ("لوكالة فرانس برس طالبا …")
                        if let Some(r) = refs::at(refs, name0).filter(|r| r.b > name0 && r.b < name1) {
                            name1 = r.b;
                        }
                        if d.is_quote(name0.saturating_sub(1)) {
                            // a quoted name: up to the closing quote
                            if let Some(q) = (name0..e.min(name0 + 5)).find(|&x| d.is_quote(x)) {
                                name1 = q;
                            }
                        }
                        if name1 > name0 && !chain.iter().any(|c| c.a == name0) {
                            chain.insert(0, src(d, refs, name0, name1));
                        }
                        break;
                    }
                    // "لـ\"الجزيرة نت\""
                    if d.w(k) == fw.lam {
                        let j = d.skip_q(k + 1, e);
                        if let Some(r) = refs::at(refs, j).filter(|r| r.is_media() && r.a == j) {
                            if !chain.iter().any(|c| c.a <= j && j < c.b) {
                                chain.insert(0, Src { a: r.a, b: r.b, entity: Some(r.entity.clone()) });
                            }
                            break;
                        }
                    }
                    if let Some(r) = refs::at(refs, k) {
                        if r.is_media() && d.w(k).starts_with('ل') && r.a == k && !chain.iter().any(|c| c.a <= k && k < c.b) {
                            chain.insert(0, Src { a: r.a, b: r.b, entity: Some(r.entity.clone()) });
                            break;
                        }
                    }
                    k += 1;
                }
            }
            if chain.is_empty() {
                i += 1;
                continue;
            }
            // "ذكرت الوكالة أن رئيس الحكومة قال إن": the new speaker is the outer one's source.
            // "قال X إن التقديرات تشير إلى": the estimates are X's word, not a new source.
            if inside.as_ref().is_some_and(|o| !o.is_empty()) && chain.len() == 1 && cands(d.w(chain[0].a)).find_in(&data.documents).is_some() {
                i += 1;
                continue;
            }
            // "…، وقال Y إن": a new speaker named after "و" at a clause's start reports beside
            // the one before, not through it.
            let beside = !from_back && subj.is_some() && i > s && d.toks[i - 1].kind == TokenKind::Punct
                && fw.commas.contains(d.w(i - 1)) && d.w(i).starts_with(fw.and.as_str()) && cands(d.w(i)).has_conj();
            if let Some(outer) = inside.filter(|_| !beside) {
                // The same words again are the same speaker going on, not a new relay; and
                // real relays are short: a run-on page of "قال X إن … قال X إن …" must not
                // grow a chain per sentence (quadratic memory).
                let same_words = |o: &Src, c: &Src| o.b - o.a == c.b - c.a && (o.a..o.b).zip(c.a..c.b).all(|(x, y)| d.w(x) == d.w(y));
                if !from_back && !outer.is_empty() && outer.len() < MAX_CHAIN
                    && !outer.iter().any(|o| chain.iter().any(|c| c.a == o.a || same_words(o, c))) {
                    let mut c = outer;
                    c.extend(chain);
                    chain = c;
                }
            }
            let from = comp.map(|k| k + 1).unwrap_or(subj_end).max(i + 1);
            let hedge = v.hedge.then_some((i, i + 1));
            // Without a complement the report is its object: it ends with its clause
            // ("أعلن الصليب الأحمر ارتفاع الحصيلة …، حيث غصت المشافي بمئات الجرحى").
            let to = if comp.is_some() { e } else { self.clause_end(d, from, e) };
            // «"قتلنا 14 مسلحا"، قال المتحدث»: the quote right before the verb is its speaker's.
            let mut q = i as isize - 1;
            while q > s as isize && d.toks[q as usize].kind == TokenKind::Punct && fw.commas.contains(d.w(q as usize)) {
                q -= 1;
            }
            if q > s as isize && d.is_quote(q as usize) && !d.w(i).starts_with(fw.and.as_str()) {
                let close = q as usize;
                if let Some(open) = (s..close).rev().find(|&k| d.is_quote(k)) {
                    sa.frames.push(Frame { from: open + 1, to: close, chain: chain.clone(), hedge: None });
                }
            }
            if pointing && sa.points_back.is_none() {
                sa.points_back = Some(chain.clone());
            }
            sa.frames.push(Frame { from, to, chain, hedge });
            outer_until = outer_until.or(after_outer);
            i += 1;
        }
        Self::split_preps(sa, &preps, s, e);
        if let Some(c) = outer_until.filter(|_| !sa.outer.is_empty()) {
            let outer = std::mem::take(&mut sa.outer);
            for f in sa.frames.iter_mut().filter(|f| f.from < c) {
                let mut ch = outer.clone();
                extend(&mut ch, &f.chain);
                f.chain = ch;
            }
            sa.frames.insert(0, Frame { from: s, to: c, chain: outer, hedge: None });
        }
    }

    /// Where a second account opens in `a..b`: "بينما"، "في حين"، "إلا أن"…
    fn contrast_at(&self, d: &Doc, a: usize, b: usize) -> Option<usize> {
        let fw = &self.data.fw;
        let b = b.min(d.toks.len());
        (a..b).find(|&k| {
            d.toks[k].kind == TokenKind::Word
                && (cands(d.w(k)).find_in(&fw.contrast).is_some()
                    || k + 1 < b && fw.contrast_pairs.iter().any(|(x, y)| d.w(k + 1) == y && cands(d.w(k)).iter().any(|c| c == x)))
        })
    }

    /// "قتل 83 بحسب X، و87 بحسب Y": several prepositional frames of bodies, none an outlet
    /// relaying another, each cover the figures from the frame before up to themselves (the
    /// last to the sentence's end) instead of the whole sentence; within their span they
    /// name the source, whoever speaks the sentence.
    fn split_preps(sa: &mut SentAttr, preps: &[(usize, usize, bool)], s: usize, e: usize) {
        if preps.len() < 2 || preps.iter().any(|p| p.2) {
            return;
        }
        if preps.windows(2).any(|w| w[0].0 >= w[1].0) || preps.last().is_some_and(|p| p.0 >= sa.outer.len()) {
            return;
        }
        let outer = std::mem::take(&mut sa.outer);
        let mut from = s;
        for (n, &(first, end, _)) in preps.iter().enumerate() {
            let last = preps.get(n + 1).map_or(outer.len(), |p| p.0);
            let to = if n + 1 == preps.len() { e } else { end };
            sa.frames.push(Frame { from, to, chain: outer[first..last].to_vec(), hedge: None });
            from = to;
        }
    }

    /// Where a clause ends after `from`: a comma or semicolon before "حيث"، "فيما"…
    fn clause_end(&self, d: &Doc, from: usize, e: usize) -> usize {
        let fw = &self.data.fw;
        (from..e.saturating_sub(1))
            .find(|&k| {
                d.toks[k].kind == TokenKind::Punct && fw.clause_punct.contains(d.w(k)) && {
                    // "، في حين"، "، في وقت": two-word openers
                    self.data.clause_openers.contains(d.w(k + 1))
                        // "، ونفذت طائراته": a verb of action after "و"/"ف"
                        || (d.w(k + 1).starts_with('و') || d.w(k + 1).starts_with('ف'))
                            && cands(d.w(k + 1)).has_conj() && cands(d.w(k + 1)).iter().skip(1).any(|c| self.data.clause_verbs.contains(c))
                        || k + 2 < e && d.w(k + 1) == fw.in_ && fw.opener_after_in.contains(d.w(k + 2))
                }
            })
            .unwrap_or(e)
    }

    /// "وأضافت المنظمة" after "قالت منظمة أطباء بلا حدود": a bare definite noun is the
    /// last source when that source's head is the same noun.
    fn names_head_of(d: &Doc, a: usize, last: &Option<Chain>) -> bool {
        let Some(inner) = last.as_ref().and_then(|c| c.last()) else { return false };
        let w = d.w(a);
        let bare = cands(w).iter().find(|x| w.ends_with(*x) && w[..w.len() - x.len()].ends_with("ال")).filter(|x| x.len() >= 6);
        let head = d.w(d.skip_q(inner.a, inner.b));
        inner.b > inner.a + 1 && bare.is_some_and(|x| head == x || cands(head).iter().any(|h| h == x))
    }

    /// Whether a source noun phrase can start at token `i`.
    fn is_head(&self, d: &Doc, refs: &[Ref], i: usize) -> bool {
        let i = d.skip_q(i, d.toks.len());
        if i >= d.toks.len() || d.toks[i].kind != TokenKind::Word && d.toks[i].kind != TokenKind::Latin {
            return false;
        }
        if let Some(r) = refs::at(refs, i) {
            if r.is_actor() {
                return true;
            }
        }
        let c = cands(d.w(i));
        c.find_in(&self.data.source_nouns).is_some() || c.find_in(&self.data.back).is_some()
    }

    /// "لوكالة"، "للوكالة"، "لصحيفة": an outlet the speaker talked to.
    /// «لوكالة إدارة الطوارئ»: an outlet noun naming a state's bureau (no news word or media
    /// name after it).
    fn bureau_at(&self, d: &Doc, refs: &[Ref], i: usize) -> bool {
        let data = &*self.data;
        if !cands(d.w(i)).iter().skip(1).any(|x| data.bureau_outlets.contains(x)) {
            return false;
        }
        let j = d.skip_q(i + 1, d.toks.len());
        let media = |k: usize| refs::at(refs, k).is_some_and(|r| r.is_media());
        !(media(i) || j < d.toks.len() && (media(j) || cands(d.w(j)).find_in(&data.news_words).is_some()))
    }

    fn is_outlet_pp(&self, d: &Doc, i: usize) -> bool {
        let w = d.w(i);
        w.starts_with('ل') && cands(w).iter().skip(1).any(|x| self.data.outlets.contains(x))
    }

    /// A source noun phrase from `i` (a source noun or an actor reference) to before `end`.
    fn np(&self, d: &Doc, refs: &[Ref], i: usize, end: usize) -> Option<(usize, usize)> {
        let fw = &self.data.fw;
        let data = &*self.data;
        let a = d.skip_q(i, end);
        if a >= end {
            return None;
        }
        let paren = a > 0 && d.w(a - 1) == "(";
        let mut b = a + 1;
        if let Some(r) = refs::at(refs, a) {
            b = b.max(r.b);
        }
        let head_is_noun = cands(d.w(a)).find_in(&data.source_nouns).is_some() || cands(d.w(a)).find_in(&data.back).is_some();
        if !head_is_noun {
            return Some((a, b.min(end)));
        }
        // "تحقيق أجرته صحيفة الغارديان": the body that made the work speaks.
        if a + 2 < end && data.made_by.contains(d.w(a + 1)) && self.is_head(d, refs, a + 2) {
            return self.np(d, refs, a + 2, end);
        }
        let mut k = b;
        let mut last_word = b;
        let head_ref_end = refs::at(refs, a).filter(|r| r.a == a).map(|r| r.b);
        while k < end && k < a + 10 {
            let t = d.toks[k];
            let w = d.w(k);
            if d.is_quote(k) {
                if paren && w == ")" {
                    break;
                }
                k += 1;
                continue;
            }
            // "روايات #شهود": a hashtag goes on with the phrase.
            if w == "#" && k + 1 < end && d.toks[k + 1].kind == TokenKind::Word && d.toks[k + 1].start == t.end {
                k += 1;
                continue;
            }
            if t.kind == TokenKind::Punct || t.kind == TokenKind::Number {
                break;
            }
            let c = cands(w);
            // «نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات»: a name is a whole phrase and
            // takes no genitive, so a definite word right after it (no nisba) is the verb's object.
            if head_ref_end == Some(k) && t.kind == TokenKind::Word && refs::at(refs, k).is_none()
                && w.starts_with("ال") && !w.ends_with('ي') && !w.ends_with("يه") && !w.ends_with("ية")
            {
                break;
            }
            // "وزير الصحة في حكومة دمشق"، "مصادر طبية في ريف إدلب": a named place or body
            // after "في" is part of the source; "في بيان" is not.
            // "مصدر طبي لـ\"الجزيرة\"": the outlet spoken to is no part of the source
            if w == fw.lam && k > a {
                break;
            }
            if w == fw.in_ && k + 1 < end && k > a && cands(d.w(k + 1)).find_in(&data.statements).is_none() {
                if let Some(r) = refs::at(refs, k + 1).filter(|r| r.a == k + 1) {
                    k = r.b.max(k + 2);
                    last_word = k;
                    continue;
                }
                // "وزير الصحة في حكومة دمشق": a body named by a source noun
                if cands(d.w(k + 1)).find_in(&data.source_nouns).is_some() && !data.outlets.contains(d.w(k + 1)) {
                    k += 2;
                    last_word = k;
                    continue;
                }
                // "بعثة الأمم المتحدة في جمهورية أفريقيا الوسطى": a place the lexicon does not
                // know, named by its head and up to three plain words
                if d.w(k + 1) == cands(d.w(k + 1)).find_in(&data.place_heads).unwrap_or("") {
                    let plain = |m: usize| {
                        let c = cands(d.w(m));
                        d.toks[m].kind == TokenKind::Word && refs::at(refs, m).is_none_or(|r| !r.is_actor())
                            && !data.stops.contains(d.w(m)) && !data.complement.contains(d.w(m))
                            && c.find_in(&data.preps).is_none() && c.find_in(&data.stop_nouns).is_none()
                            && !c.iter().any(|x| data.verbs.contains_key(x) || data.triggers.contains_key(x))
                            && !self.is_outlet_pp(d, m) && d.w(m) != fw.lam
                    };
                    let m = (k + 2..end.min(k + 5)).take_while(|&m| plain(m)).last().map_or(k + 2, |m| m + 1);
                    if m > k + 2 {
                        k = m;
                        last_word = k;
                        continue;
                    }
                }
            }
            if c.find_in(&data.stop_nouns).is_some() {
                break;
            }
            // "البيان الصادر عن الدفاع المدني"
            if w.starts_with(fw.issued_def.as_str()) && k + 1 < end && d.w(k + 1) == fw.from {
                k += 2;
                last_word = k;
                continue;
            }
            if data.complement.contains(w) || data.stops.contains(w) || c.find_in(&data.stops).is_some() && w.len() <= 8
                || c.iter().any(|x| data.verbs.contains_key(x)) || c.find_in(&data.participles).is_some()
                || c.find_in(&data.preps).is_some()
                || (k > a + 1 && self.is_outlet_pp(d, k) && !self.bureau_at(d, refs, k))
                || c.iter().any(|x| data.triggers.contains_key(x) && x.len() > 4)
            {
                break;
            }
            // "قال مسؤول لرويترز": the outlet spoken to, glued to its "ل", is no part of the source
            if k > a && w.starts_with('ل') && refs::at(refs, k).is_some_and(|r| r.a == k && r.is_media()) {
                break;
            }
            // "أفاد به مصدر محلي وكالة فرانس برس": an outlet after the source's adjective is
            // the one spoken to ("مصادر وكالة الأنباء", right after the head, is a genitive).
            // (adjectives only between: "وثيقة اطلعت عليها وكالة …" is the agency's relative clause)
            let adjectives = (a + 1..k).all(|x| d.w(x).ends_with(['ي', 'ه']) || d.w(x).ends_with("ين"));
            if k > a + 1 && k <= a + 3 && adjectives && data.outlets.contains(w) && refs::at(refs, k).is_none_or(|r| r.is_media()) && refs::at(refs, a).is_none_or(|r| r.b <= k) {
                break;
            }
            // "اتهمت الحكومة قوات الدعم السريع بقتل …": a definite noun takes no genitive, so
            // a body named right after a one-word definite head is the verb's object.
            if k == a + 1 && d.w(a).starts_with("ال") && refs::at(refs, a).is_none()
                && refs::at(refs, k).is_some_and(|r| r.a == k && r.is_body() && r.kind != "person")
            {
                break;
            }
            if let Some(r) = refs::at(refs, k) {
                // "اتهمت منظمة العفو الدولية الجيش بقصف …": a name right after another is the
                // verb's object, not part of the source.
                if r.a == k && r.is_actor() && refs.iter().any(|p| p.b == k && p.a >= a && p.is_actor()) {
                    break;
                }
                // a name that runs on past "فإن"/"أن" (a recogniser's slip) ends there
                let rb = (k + 1..r.b).find(|&x| data.complement.contains(d.w(x))).unwrap_or(r.b);
                if rb < r.b {
                    last_word = rb;
                    break;
                }
                k = r.b.max(k + 1);
                last_word = k;
                continue;
            }
            k += 1;
            last_word = k;
        }
        let mut b = last_word.max(b).min(end);
        // keep a closing quote that pairs an opening one inside
        let q = (a..b).filter(|&x| d.is_quote(x)).count();
        if q % 2 == 1 && b < end && d.is_quote(b) {
            b += 1;
        }
        Some((a, b))
    }
}

fn src(d: &Doc, refs: &[Ref], a: usize, b: usize) -> Src {
    let entity = refs.iter().find(|r| r.a >= a && r.a < b && r.is_actor()).map(|r| r.entity.clone());
    let _ = d;
    Src { a, b, entity }
}

/// "صحيفة القدس العربي" → "القدس العربي" when it is the outer link of a chain; a name
/// only: a lone indefinite adjective is no name ("صحيفة محلية" stays whole).
fn strip_outlet_noun(d: &Doc, data: &Data, refs: &[Ref], s: &mut Src) {
    let named = |k: usize| d.is_quote(k) || refs::at(refs, k).is_some() || s.b > k + 1 || d.w(k).starts_with("ال");
    // "التلفزيون الرسمي": a definite head with its adjective is no noun before a name
    if s.b > s.a + 1 && cands(d.w(s.a)).find_in(&data.outlets).is_some() && !d.w(s.a).starts_with("ال") && named(s.a + 1) {
        s.a = d.skip_q(s.a + 1, s.b);
        // «موقع "X"»: the name without its quotes
        if s.a > 0 && d.is_quote(s.a - 1) {
            while s.b > s.a + 1 && d.is_quote(s.b - 1) {
                s.b -= 1;
            }
        }
    }
}

pub(crate) fn to_sources(d: &Doc, chain: &Chain) -> Vec<Source> {
    chain
        .iter()
        .map(|s| {
            let mut text = d.orig_text(s.a, s.b);
            // "لرويترز": a name after a glued proclitic is written without it
            if let Some((ma, _, k)) = d.mention_at(s.a).filter(|m| m.0 == s.a) {
                let (ts, te) = d.orig_span(s.a, s.b);
                let m = &d.mentions()[k];
                if ma == s.a && m.start > ts && m.start < te {
                    text = &d.orig[m.start..te];
                    // «للجنة الطبية» named from its second lam: ل + اللجنة, the article restored
                    let first = d.orig[ts..te].split(char::is_whitespace).next().unwrap_or("");
                    if riwaya_text::lam_readings(first).is_some_and(|r| r.conj == 0 && r.chosen() == r.own_lam && ts + first.len() - r.own_lam.len() == m.start) {
                        return Source { text: format!("ال{text}"), entity: s.entity.clone() };
                    }
                }
            }
            // "وفقا للأمم المتحدة": a word begun with «لل» is «ل» on a definite noun, whose
            // own «ل» the segmenter keeps where the noun begins with one («للجنة» = ل + اللجنة)
            let first = text.split(char::is_whitespace).next().unwrap_or("");
            let text = match riwaya_text::lam_readings(first).filter(|r| r.conj == 0 && !r.article.starts_with('ل') && r.article.chars().count() >= 3) {
                Some(r) => format!("ال{}", &text[first.len() - r.chosen().len()..]),
                None => text.to_string(),
            };
            Source { text, entity: s.entity.clone() }
        })
        .fold(Vec::with_capacity(chain.len()), |mut out: Vec<Source>, x| {
            // «قالت البعثة: "… وفقا للتكليف الصادر للبعثة"»: one body twice in a row is one link
            if out.last().is_none_or(|p| p.text != x.text) {
                out.push(x);
            }
            out
        })
}
