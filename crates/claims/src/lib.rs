//! Claim extraction: every figure an article reports, what it counts (`quantity`), whose
//! people or things (`subject`), the range the words allow (`low`/`high`/`approx`/`vague`)
//! and who the article says it comes from (`attribution`), per `spec/claims.md`.
//!
//! The language lives in data: `data/claims/triggers.toml` (what kind of figure a word
//! announces, by form: verb, masdar, participle, noun), `data/claims/nouns.toml` (counted
//! nouns and their class) and `data/claims/attribution.toml` (reporting verbs, source nouns,
//! frames and hedges). Matching runs on `riwaya_text::normalize`d text with proclitics
//! stripped; spans are mapped back to the original text.
//!
//! Work is done only around number expressions, which are few; a text without one costs a
//! normalisation and a token scan.

pub mod attribution;
mod data;
mod doc;
mod numbers;
mod refs;

use crate::attribution::{to_sources, Attributor};
use crate::data::{cands, Data, Form, NounClass, Needs, Trigger};
use crate::doc::Doc;
use crate::numbers::Num;
use crate::refs::Ref;
use riwaya_model::{Claim, Mention};
use riwaya_text::TokenKind;
use std::sync::Arc;

pub use crate::data::KINDS;

/// Extracts claims from cleaned article text.
pub struct ClaimExtractor {
    data: Arc<Data>,
    attributor: Attributor,
}

impl Default for ClaimExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Kinds where the counted people suffered the act of another side: the agent named
/// before the figure is not their side.
const HOSTILE: &[&str] = &["killed", "wounded", "casualties", "arrested", "released"];

/// Words that end the clause a trigger may govern a figure across.
const BOUNDARY: &[&str] = &[
    "فيما", "بينما", "حيث", "الذي", "التي", "الذين", "اللذين", "ثم", "لكن", "بعد", "قبل", "منذ", "حين", "عندما",
    "ان", "بان", "انه", "كما", "اضافه", "فضلا", "في", "خلال", "اثر", "عقب", "ضمن", "لدي", "داخل",
    "بسبب", "جراء", "نتيجه", "وسط", "ضد", "بحق", "مع", "عبر", "او", "وفي", "وخلال",
];

/// Words that end the search for whose people a figure counts.
const SUBJ_STOP: &[&str] = &[
    "في", "علي", "عن", "خلال", "بعد", "قبل", "مقابل", "الي", "منذ", "حيث", "فيما", "بينما", "بينهم", "اي",
    "الذين", "الذي", "التي", "قبضه", "لدي", "سجون", "داخل", "ضد", "بحق", "مع", "عبر", "بيد", "ايدي", "يد",
    "وفي", "بين", "اثر", "عقب", "جراء", "بسبب", "ان", "انه", "بان",
];

const NEG: &[&str] = &["لم", "لن", "لا", "كاد", "يكاد", "كادت", "تكاد", "دون", "بدون"];
const REFLEXIVE: &[&str] = &["نفسه", "نفسها", "انفسهم", "انفسهن", "انفسهما", "نفسيهما"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Strength {
    Weak,
    Strong,
}

#[derive(Clone, Copy, Debug)]
struct Found {
    tok: usize,
    kind: &'static str,
    strength: Strength,
}

impl ClaimExtractor {
    /// Loads the embedded `data/claims/*.toml`.
    pub fn new() -> Self {
        let data = Arc::new(Data::embedded());
        ClaimExtractor { attributor: Attributor::with_data(data.clone()), data }
    }

    /// Extract the claims of `text` (the cleaned article text). `mentions` are its entity
    /// mentions (may be empty); `subject_of` gives an entity's English subject label.
    pub fn extract(&self, text: &str, mentions: &[Mention], subject_of: &dyn Fn(&str) -> Option<String>) -> Vec<Claim> {
        // Fast path: no digit and no letter that could start a number word.
        let d = Doc::new(text, mentions);
        let mut per_sent: Vec<Vec<Num>> = Vec::with_capacity(d.sents.len());
        let mut any = false;
        for &(s, e) in &d.sents {
            let v = numbers::find(&d, &self.data, s, e);
            any |= !v.is_empty();
            per_sent.push(v);
        }
        if !any {
            return Vec::new();
        }
        // Kinds first: attribution and subjects are only worked out where a figure counts.
        let mut decided: Vec<(usize, usize, &'static str, Option<usize>, Option<usize>)> = Vec::new();
        for (si, nums) in per_sent.iter().enumerate() {
            let (s, e) = d.sents[si];
            let mut prev_in_sent: Option<&'static str> = None;
            for (ni, n) in nums.iter().enumerate() {
                let (kind, trig, right_end) = self.kind_of(&d, n, s, e, prev_in_sent);
                prev_in_sent = Some(kind);
                decided.push((si, ni, kind, trig, right_end));
            }
        }
        let scored = decided.iter().any(|x| x.2 != "other");
        let refs = if scored { refs::build(&d, mentions) } else { Vec::new() };
        let sattr = if scored { self.attributor.analyse(&d, &refs) } else { Vec::new() };
        let mut out: Vec<Claim> = Vec::new();
        let mut prev: Option<(&'static str, Option<String>)> = None;
        for &(si, ni, kind, trig, right_end) in &decided {
            let n = &per_sent[si][ni];
            let (s, e) = d.sents[si];
            let (chain, hedge) = if scored { sattr[si].at(n.v0) } else { (Vec::new(), None) };
            let (subject, subj_end) = if kind == "other" {
                (None, None)
            } else {
                self.subject(&d, &refs, n, kind, trig, s, e, &chain, &prev, subject_of)
            };
            let a = trig.map_or(n.t0, |t| t.min(n.t0));
            let mut b = n.t1.max(right_end.unwrap_or(0)).max(subj_end.unwrap_or(0));
            while b > a + 1 && d.is_quote(b - 1) && d.w(b - 1) != "\"" {
                b -= 1;
            }
            let (bs, be) = d.orig_span(a, b);
            let (ss, se) = d.sent_bytes[si];
            let sentence = evidence(text, d.norm.to_original(ss), d.norm.original_span(ss, se).1, bs, be);
            let sources = to_sources(&d, &chain);
            let claim = Claim {
                quantity: kind.to_string(),
                subject: subject.clone(),
                low: n.low,
                high: n.high,
                approx: n.approx,
                vague: n.vague,
                text: text[bs..be].to_string(),
                attribution: sources.iter().map(|s| s.text.clone()).collect(),
                sources,
                hedge: hedge.map(|(x, y)| d.orig_text(x, y).to_string()),
                date: None,
                date_source: None,
                event: None,
                denied: false,
                denied_by: Vec::new(),
                part_of: None,
                additional: false,
                start: bs,
                end: be,
                sentence: sentence.to_string(),
            };
            if kind != "other" {
                prev = Some((kind, subject));
            }
            push_dedup(&mut out, claim);
        }
        out
    }

    /// Decide the kind of figure `n`: (kind, trigger token, end of a trigger after it).
    fn kind_of(&self, d: &Doc, n: &Num, s: usize, e: usize, prev: Option<&'static str>) -> (&'static str, Option<usize>, Option<usize>) {
        let other = ("other", None, None);
        if n.date_like || n.low.is_none() && n.high.is_none() {
            return other;
        }
        let noun_class = n.noun.map(|(_, c)| c);
        if let Some(NounClass::Thing) = noun_class {
            return other;
        }
        // "مفخخة": a car bomb is a weapon, not a vehicle lost.
        if let Some((k, NounClass::Vehicle)) = n.noun {
            let j = d.skip_q(k + 1, e);
            if j < e && (d.w(j).starts_with("مفخخ") || d.w(j).starts_with("ملغم") || d.w(j) == "اسعاف") {
                return other;
            }
        }
        let before = d.skip_q_back(n.t0 as isize - 1, s);
        if before >= s as isize {
            let w = d.w(before as usize);
            if matches!(w, "اي" | "بينهم" | "بينها" | "ومنهم" | "منهم" | "بينهما") {
                return other;
            }
        }
        // A noun that names the kind outright wins: "قتيلاً وقرابة 36 جريحاً".
        if let Some((nk, _)) = n.noun {
            let nt = cands(d.w(nk)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| v.iter().find(|t| t.form == Form::Noun));
            if let Some(t) = nt {
                if matches!(t.kind, "killed" | "wounded" | "displaced" | "strikes") {
                    let j = d.skip_q(nk + 1, e);
                    let mut kind = t.kind;
                    if j < e && (kind == "killed" || kind == "wounded") && d.w(j).starts_with('و') {
                        let other = if kind == "killed" { "wounded" } else { "killed" };
                        if cands(d.w(j)).iter().skip(1).any(|c| self.data.triggers.get(c).is_some_and(|v| v.iter().any(|t| t.kind == other && t.form == Form::Noun))) {
                            kind = "casualties";
                        }
                    }
                    // a casualties masdar right before ("مقتل وإصابة 5 قتلى" is rare; keep the noun)
                    return (kind, None, None);
                }
            }
        }
        // Left of the figure.
        let mut best: Option<Found> = None;
        let mut k = n.t0 as isize - 1;
        let mut words = 0;
        let mut after_prep = None::<usize>;
        while k >= s as isize && words < 7 {
            let ku = k as usize;
            let t = d.toks[ku];
            if d.is_quote(ku) {
                k -= 1;
                continue;
            }
            if t.kind == TokenKind::Punct || t.kind == TokenKind::Number || t.kind == TokenKind::Symbol {
                break;
            }
            if let Some(f) = self.trigger_at(d, ku, n, e, true) {
                if after_prep.is_some_and(|p| ku + 3 < p) && f.strength == Strength::Strong && matches!(self.form_at(d, ku), Some(Form::Verb)) {
                    // after "على/عن" only a masdar or verb right before it governs
                }
                match (best, f.strength) {
                    (None, _) => best = Some(f),
                    (Some(b), Strength::Strong) if b.strength == Strength::Weak => best = Some(f),
                    _ => {}
                }
                if f.strength == Strength::Strong {
                    break;
                }
            }
            let w = d.w(ku);
            if w == "مقابل" || w == "بمقابل" {
                if best.is_none() {
                    let kind = match prev {
                        Some(p) => p,
                        None => "released",
                    };
                    return (kind, Some(ku), None);
                }
                break;
            }
            if w == "اي" {
                return other;
            }
            if after_prep.is_some_and(|p| p >= ku + 3) {
                break;
            }
            if matches!(w, "علي" | "عن") {
                after_prep = Some(ku);
            } else if BOUNDARY.contains(&w) {
                break;
            }
            words += 1;
            k -= 1;
        }
        if let Some(b) = best {
            if b.strength == Strength::Strong {
                return (b.kind, Some(b.tok), None);
            }
        }
        // The noun names the kind: "N قتلى", "N غارات".
        if let Some((nk, _)) = n.noun {
            for c in cands(d.w(nk)).iter() {
                if let Some(ts) = self.data.triggers.get(c) {
                    if let Some(t) = ts.iter().find(|t| t.form == Form::Noun) {
                        let mut kind = t.kind;
                        let j = d.skip_q(nk + 1, e);
                        if j < e && (kind == "killed" || kind == "wounded") && d.w(j).starts_with('و') {
                            if let Some(t2) = cands(d.w(j)).iter().skip(1).find_map(|c| self.data.triggers.get(c)).and_then(|v| v.first()) {
                                if (t2.kind == "killed" || t2.kind == "wounded") && t2.kind != kind {
                                    kind = "casualties";
                                }
                            }
                        }
                        return (kind, None, None);
                    }
                }
            }
        }
        // Right of the figure: "N عنصراً سلّموا أنفسهم", "N عناصر ... محتجزين".
        let mut k = n.t1;
        let mut words = 0;
        let mut right: Option<Found> = None;
        while k < e && words < 7 {
            if d.is_quote(k) {
                k += 1;
                continue;
            }
            let t = d.toks[k];
            if t.kind != TokenKind::Word {
                break;
            }
            let w = d.w(k);
            if let Some(f) = self.trigger_at(d, k, n, e, false) {
                if f.strength == Strength::Strong {
                    right = Some(f);
                    break;
                }
                right.get_or_insert(f);
            }
            if BOUNDARY.contains(&w) || w == "مقابل" || SUBJ_STOP.contains(&w) && w != "في" {
                break;
            }
            words += 1;
            k += 1;
        }
        let weak = match (right, best) {
            (Some(r), _) if r.strength == Strength::Strong => return (r.kind, None, Some(r.tok + 1)),
            (Some(r), None) => Some((r, true)),
            (_, Some(b)) => Some((b, false)),
            (None, None) => None,
        };
        if let Some((f, is_right)) = weak {
            if !n.few {
                return if is_right { (f.kind, None, Some(f.tok + 1)) } else { (f.kind, Some(f.tok), None) };
            }
        }
        // "يقدر عددهم بـ 500 عنصر": the size of a force.
        if matches!(noun_class, Some(NounClass::Combatant)) && n.t0 > s && (n.t0.saturating_sub(3)..n.v0).any(|k| k >= s && d.w(k).starts_with("عدد")) {
            return ("fighters", None, None);
        }
        // "5 عناصر ... محتجزين كرهائن" is handled above; hostage nouns alone are hostages.
        if matches!(noun_class, Some(NounClass::Hostage)) && !n.few {
            return ("hostages", None, None);
        }
        other
    }

    fn form_at(&self, d: &Doc, k: usize) -> Option<Form> {
        cands(d.w(k)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| v.first()).map(|t| t.form)
    }

    /// A trigger at token `k` that fits figure `n`. `left`: the trigger stands before it.
    fn trigger_at(&self, d: &Doc, k: usize, n: &Num, e: usize, left: bool) -> Option<Found> {
        let w = d.w(k);
        let c = cands(w);
        for x in c.iter() {
            let Some(ts) = self.data.triggers.get(x) else { continue };
            for t in ts {
                if !left && t.form == Form::Masdar && !(k > 0 && d.w(k - 1) == "من") {
                    continue;
                }
                if !self.fits(d, k, t, n, e) {
                    continue;
                }
                // Negated or unreal: "لم يقتل", "كاد يودي بحياة".
                let p = d.skip_q_back(k as isize - 1, 0);
                if p >= 0 && NEG.contains(&d.w(p as usize).strip_prefix('و').filter(|x| x.len() >= 4).unwrap_or(d.w(p as usize))) {
                    return None;
                }
                // "كاد القصف يودي بحياة": an unreal verb two words back.
                if (k.saturating_sub(3)..k).any(|j| {
                    let w = d.w(j);
                    matches!(w.strip_prefix('و').unwrap_or(w), "كاد" | "كادت" | "يكاد" | "تكاد")
                }) {
                    return None;
                }
                let mut kind = t.kind;
                // "مقتل وإصابة", "قتلى وجرحى": killed and wounded together.
                if kind == "killed" || kind == "wounded" {
                    let other = if kind == "killed" { "wounded" } else { "killed" };
                    let is_other = |j: usize| {
                        cands(d.w(j)).iter().any(|y| self.data.triggers.get(y).is_some_and(|v| v.iter().any(|t| t.kind == other)))
                    };
                    let conj = c.has_conj();
                    if t.form == Form::Verb {
                        // "قتل 5 وأصيب 3": two predicates, two figures.
                    } else if conj && p >= 0 && is_other(p as usize) {
                        kind = "casualties";
                    } else if k + 1 < e && d.w(k + 1).starts_with('و') && is_other(k + 1) {
                        kind = "casualties";
                    }
                }
                // People fleeing their homes are displaced, not escaped.
                if kind == "escaped" && matches!(n.noun, Some((_, NounClass::Civilian))) {
                    kind = "displaced";
                }
                let strength = if t.form == Form::Participle || (!left && t.form == Form::Noun) { Strength::Weak } else { Strength::Strong };
                return Some(Found { tok: k, kind, strength });
            }
        }
        None
    }

    fn fits(&self, d: &Doc, k: usize, t: &Trigger, n: &Num, e: usize) -> bool {
        if !t.not_next.is_empty() {
            let j = d.skip_q(k + 1, e);
            if j < e && t.not_next.iter().any(|x| x == d.w(j)) {
                return false;
            }
        }
        if !t.next.is_empty() {
            let j = d.skip_q(k + 1, e);
            let is_next = |j: usize| t.next.iter().any(|x| x == d.w(j)) || cands(d.w(j)).iter().any(|c| t.next.iter().any(|x| x == c));
            // "لقي سبعة مدنيين حتفهم": the second word may follow the figure.
            if !(j < e && is_next(j)) && !(k < n.t0 && (n.t1..e.min(n.t1 + 2)).any(is_next)) {
                return false;
            }
        }
        let class = n.noun.map(|(_, c)| c);
        let people = class.map_or(true, |c| c.is_people());
        match t.kind {
            "vehicles" => {
                if class != Some(NounClass::Vehicle) {
                    return false;
                }
            }
            "strikes" => {
                if class != Some(NounClass::Strike) {
                    return false;
                }
            }
            _ => {
                if !people {
                    return false;
                }
            }
        }
        match t.needs {
            None | Some(Needs::Vehicle) => true,
            Some(Needs::Person) => people && (class.is_some() || n.pron.is_some() || n.others),
            Some(Needs::Prisoner) => class == Some(NounClass::Prisoner),
            Some(Needs::Combatant) => matches!(class, Some(NounClass::Combatant | NounClass::Security)),
            Some(Needs::Reflexive) => {
                let a = k.min(n.t0);
                (a..e.min(n.t1.max(k) + 10)).any(|j| REFLEXIVE.contains(&d.w(j)))
            }
        }
    }

    /// Whose people or things figure `n` counts; and the end token of the words that say so.
    #[allow(clippy::too_many_arguments)]
    fn subject(
        &self,
        d: &Doc,
        refs: &[Ref],
        n: &Num,
        kind: &str,
        trig: Option<usize>,
        s: usize,
        e: usize,
        chain: &[attribution::Src],
        prev: &Option<(&'static str, Option<String>)>,
        subject_of: &dyn Fn(&str) -> Option<String>,
    ) -> (Option<String>, Option<usize>) {
        if n.pron.is_some() || n.others {
            if let Some((_, subj)) = prev {
                return (subj.clone(), None);
            }
        }
        let class = n.noun.map(|(_, c)| c);
        // Named after the figure: "من داعش", "من صفوف ميليشيا قسد", "لقوات قسد", "عناصر التنظيم".
        let mut k = n.t1;
        let mut steps = 0;
        while k < e && steps < 6 {
            if d.is_quote(k) {
                k += 1;
                continue;
            }
            let t = d.toks[k];
            if t.kind != TokenKind::Word && t.kind != TokenKind::Latin {
                break;
            }
            if let Some(r) = refs::at(refs, k) {
                if r.is_actor() && !r.is_media() {
                    if let Some(sj) = subject_of(&r.entity) {
                        return (Some(sj), Some(r.b));
                    }
                }
                k = r.b.max(k + 1);
                steps += 1;
                continue;
            }
            let w = d.w(k);
            let ranks = k + 1 < e && cands(d.w(k + 1)).iter().any(|c| c == "صفوف");
            if (SUBJ_STOP.contains(&w) || BOUNDARY.contains(&w) && w != "الذين") && !ranks {
                break;
            }
            if w != "من" && self.form_at(d, k).is_some_and(|f| f != Form::Noun) {
                break;
            }
            steps += 1;
            k += 1;
        }
        match class {
            Some(NounClass::Civilian) => return (Some("civilians".to_string()), None),
            Some(NounClass::Hostage) | Some(NounClass::Vehicle) | Some(NounClass::Person) | Some(NounClass::Thing) => {
                return (None, None)
            }
            Some(NounClass::Strike) => {
                // The side that strikes: the first actor named before the figure.
                let a = refs.iter().find(|r| r.a >= s && r.b <= n.v0 && r.is_body() && agentive(d, r));
                return (a.and_then(|r| subject_of(&r.entity)), None);
            }
            _ => {}
        }
        if kind == "vehicles" || kind == "strikes" {
            return (None, None);
        }
        // From context: the armed group last named, not the agent of a hostile act nor the
        // side that speaks.
        let mut excluded: Vec<&str> = Vec::new();
        let frees_own = trig.is_some_and(|t| {
            cands(d.w(t)).iter().any(|c| {
                self.data.triggers.get(c).is_some_and(|v| v.iter().any(|x| x.kind == kind && x.needs == Some(Needs::Prisoner)))
            })
        });
        for c in chain.iter().filter(|_| !frees_own) {
            if let Some(ent) = &c.entity {
                if refs.iter().any(|r| r.a == c.a && r.b == c.b) {
                    excluded.push(ent);
                }
            }
        }
        let limit = trig.unwrap_or(n.v0).min(n.v0);
        if HOSTILE.contains(&kind) {
            if let Some(r) = refs.iter().find(|r| r.a >= s && r.b <= limit && r.is_body() && agentive(d, r)) {
                excluded.push(&r.entity);
            }
        }
        let si = d.sent_of(n.v0);
        let from = d.sents[si.saturating_sub(6)].0;
        // Soldiers, police and guards belong to a state force, never to the group last named.
        let security = class == Some(NounClass::Security);
        let cand = refs
            .iter()
            .rev()
            .filter(|r| r.b <= n.v0 && r.a >= from && r.is_armed() && !excluded.contains(&r.entity.as_str()))
            .filter(|r| !security || r.kind == "state_force")
            .find_map(|r| subject_of(&r.entity));
        (cand, None)
    }
}

/// Whether a reference can be the doer of its clause: not inside a prepositional phrase
/// ("لقسد"، "لعناصر التنظيم"، "من داعش"، "ضد التنظيم").
fn agentive(d: &Doc, r: &Ref) -> bool {
    const PREPS: &[&str] = &["من", "علي", "عن", "ضد", "الي", "في", "مع", "بحق", "لدي", "حول", "بين", "و"];
    let first = d.w(r.a);
    if (first.starts_with('ل') || first.starts_with('ب')) && !first.starts_with("ال") {
        return false;
    }
    let p = d.skip_q_back(r.a as isize - 1, 0);
    if p < 0 {
        return true;
    }
    let w = d.w(p as usize);
    if PREPS.contains(&w) {
        return false;
    }
    // construct after a prepositional noun: "لعناصر التنظيم", "بمساندة التحالف"
    !(w.starts_with('ل') && !w.starts_with("ال") && w.chars().count() > 3)
}

/// The sentence stored with a figure, at most this long: a run-on "sentence" (a page with
/// no full stop) keeps a window around the figure, so that N figures in it do not copy it
/// N times (a 3.9 MB one-sentence article took 20 s, mostly copying).
const MAX_SENTENCE_BYTES: usize = 4096;

/// `text[s0..s1]`, or the window of it around `bs..be` when it is over the limit.
fn evidence(text: &str, s0: usize, s1: usize, bs: usize, be: usize) -> &str {
    if s1.saturating_sub(s0) <= MAX_SENTENCE_BYTES || bs < s0 || be > s1 {
        return &text[s0..s1];
    }
    let half = MAX_SENTENCE_BYTES / 2;
    let (mut a, mut b) = (bs.saturating_sub(half).max(s0), be.saturating_add(half).min(s1));
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b += 1;
    }
    &text[a..b]
}

fn push_dedup(out: &mut Vec<Claim>, c: Claim) {
    if c.quantity != "other" {
        if let Some(x) = out.iter_mut().find(|x| {
            x.quantity == c.quantity && x.low == c.low && x.high == c.high && x.subject == c.subject
        }) {
            if x.attribution.is_empty() && !c.attribution.is_empty() {
                x.attribution = c.attribution;
                x.sources = c.sources;
            }
            return;
        }
    } else if out.iter().any(|x| x.quantity == "other" && x.text == c.text && x.low == c.low) {
        return;
    }
    out.push(c);
}
